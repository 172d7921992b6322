#!/usr/bin/env python3
"""Whole-process figures for drawing maps with `contextmap render-all`.

Uses the dataset that whole_process.py generates (100,000 young people, 20,000 contexts,
seed 1, under Benchmarks/data/), then:

1. times `render-all --limit 1000 --format svg` (median of --runs runs), next to
   `validate` on the same dataset, so that drawing time = render-all minus loading;
2. runs `render-all --limit 10000` once, reading the process's resident memory when
   5 % of the maps are drawn and when all are, to show whether memory stays flat.

    python3 Benchmarks/maps.py --runs 3
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", default=str(ROOT / "Benchmarks/data/yp100000-c20000-s1"))
    args = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "contextmap"], cwd=ROOT, check=True)
    binary = str(ROOT / ".build/release/contextmap")
    if not Path(args.data, "scaling.csv").exists():
        sys.exit(f"{args.data} is missing: run Benchmarks/whole_process.py first, which generates it")

    with tempfile.TemporaryDirectory() as out:
        loads, draws = [], []
        for _ in range(args.runs):
            loads.append(timed([binary, "validate", "--dataset", args.data]))
            draws.append(timed([binary, "render-all", "--dataset", args.data, "--out", out, "--limit", "1000"]))
        load, total = statistics.median(loads), statistics.median(draws)
        print(f"render-all --limit 1000: median {total:.2f} s whole process; validate alone {load:.2f} s;"
              f" drawing about {total - load:.2f} ms per map ({args.runs} runs)")

        process = subprocess.Popen([binary, "render-all", "--dataset", args.data, "--out", out, "--limit", "10000"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        marks = {}
        for line in process.stderr:
            match = re.match(r"drawn (\d+) of (\d+)", line)
            if match and int(match.group(1)) in (500, 10000):
                marks[int(match.group(1))] = rss_mb(process.pid)
        process.wait()
        if process.returncode != 0 or len(marks) != 2:
            sys.exit("render-all --limit 10000 failed")
        growth = marks[10000] - marks[500]
        print(f"render-all --limit 10000: resident {marks[500]:.0f} MB after 500 maps, {marks[10000]:.0f} MB after 10,000;"
              f" {growth * 1024 / 9500:.1f} KB per map")


if __name__ == "__main__":
    main()
