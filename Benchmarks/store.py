#!/usr/bin/env python3
"""The case store against files, as whole processes, in one run.

Each round validates the generated dataset from CSV, imports it into a new store (and lets
the disk catch up), and runs `hotspots` once from the CSV folder and once from the store;
the rounds alternate so that the machine's drift falls on all four alike. Prints medians,
ranges, peak memory and the two ratios the store is held to (import ≤ 3 × validate;
loading no slower than files), each also as the median of the rounds' own ratios: the
machine drifts over minutes, and a round's four measurements share its state.

    python3 Benchmarks/store.py --runs 3
"""
import os
import statistics
import tempfile
from pathlib import Path

from whole_process import dataset_arguments, prepare, run_once


def main():
    args = dataset_arguments(__doc__, runs=3).parse_args()

    binary, data = prepare(args.young_people, args.contexts, args.seed)

    samples = {name: [] for name in ["validate", "import", "hotspots --dataset", "hotspots --db"]}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            store = f"{folder}/store-{run}.sqlite"
            samples["validate"].append(run_once([binary, "validate", "--dataset", str(data)]))
            samples["import"].append(run_once([binary, "import", "--dataset", str(data), "--db", store]))
            # The import's pages are written back to disk now, not in the middle of the
            # next measurements (the kernel's writeback of 240 MB takes CPU from them).
            os.sync()
            samples["hotspots --dataset"].append(run_once([binary, "hotspots", "--dataset", str(data), "--format", "json"]))
            samples["hotspots --db"].append(run_once([binary, "hotspots", "--db", store, "--format", "json"]))

    median = {name: statistics.median(t for t, _ in runs) for name, runs in samples.items()}
    print(f"{'measure':<20} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8}   ({args.runs} runs each, alternating)")
    for name, runs in samples.items():
        times = [t for t, _ in runs]
        print(f"{name:<20} {median[name]:>9.2f} {min(times):>7.2f} {max(times):>7.2f} {max(m for _, m in runs):>8.0f}")
    print(f"import / validate: {median['import'] / median['validate']:.1f} (target ≤ 3); "
          f"per round: {paired(samples, 'import', 'validate', '.1f')}")
    print(f"hotspots from the store / from files: {median['hotspots --db'] / median['hotspots --dataset']:.2f} (target ≤ 1); "
          f"per round: {paired(samples, 'hotspots --db', 'hotspots --dataset', '.2f')}")


def paired(samples, numerator, denominator, style):
    """The median and range of each round's own ratio of two measures."""
    ratios = [n / d for (n, _), (d, _) in zip(samples[numerator], samples[denominator])]
    return f"median {statistics.median(ratios):{style}}, {min(ratios):{style}}–{max(ratios):{style}}"


if __name__ == "__main__":
    main()
