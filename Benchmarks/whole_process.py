#!/usr/bin/env python3
"""Whole-process timings of the contextmap commands on a generated dataset.

Builds the release binary, generates the dataset once (kept under Benchmarks/data/,
which git ignores), then runs each command several times in rotation and prints the
median and range of wall time and the peak resident memory of each process.

    python3 Benchmarks/whole_process.py --young-people 100000 --contexts 20000 --runs 5
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["validate", "weigh", "hotspots", "clusters", "plan"]


def run_once(argv):
    """Runs argv with stdout discarded; returns (seconds, peak RSS in MB)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(argv, stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        error = process.stderr.read().decode(errors="replace")
        process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{error}")
    return seconds, usage.ru_maxrss / 1024


def dataset_arguments(doc, young_people=100_000, contexts=20_000, runs=5):
    """An argument parser with the options every benchmark on a generated dataset takes:
    --young-people, --contexts, --seed and --runs; add a script's own before parsing."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--young-people", type=int, default=young_people)
    parser.add_argument("--contexts", type=int, default=contexts)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=runs)
    return parser


def prepare(young_people, contexts, seed):
    """Builds the release binary and generates the dataset once; returns (binary, folder)."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "contextmap"], cwd=ROOT, check=True)
    binary = str(ROOT / ".build/release/contextmap")
    data = ROOT / f"Benchmarks/data/yp{young_people}-c{contexts}-s{seed}"
    if not (data / "scaling.csv").exists():
        subprocess.run([binary, "generate", "--young-people", str(young_people), "--contexts", str(contexts),
                        "--seed", str(seed), "--out", str(data)], check=True)
    return binary, data


def main():
    parser = dataset_arguments(__doc__)
    parser.add_argument("--format", default="json", choices=["table", "json", "csv"])
    parser.add_argument("--commands", nargs="*", default=COMMANDS)
    args = parser.parse_args()

    binary, data = prepare(args.young_people, args.contexts, args.seed)
    size = sum(f.stat().st_size for f in data.glob("*.csv")) / 1e6
    rows = sum(1 for _ in open(data / "scaling.csv", "rb")) - 1
    print(f"dataset: {data.relative_to(ROOT)} ({size:.0f} MB of CSV, {rows:,} scaling rows)")

    samples = {command: [] for command in args.commands}
    for _ in range(args.runs):
        for command in args.commands:
            samples[command].append(run_once([binary, command, "--dataset", str(data), "--format", args.format]))

    print(f"{'command':<10} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8}   ({args.runs} runs each, in rotation, --format {args.format})")
    for command, runs in samples.items():
        times = [t for t, _ in runs]
        peak = max(m for _, m in runs)
        print(f"{command:<10} {statistics.median(times):>9.2f} {min(times):>7.2f} {max(times):>7.2f} {peak:>8.0f}")


if __name__ == "__main__":
    main()
