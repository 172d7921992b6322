#!/usr/bin/env python3
"""Two builds' imports of the generated dataset, alternating, in wall time and CPU time.

An import keeps both cores busy, so on a shared machine its wall time follows the host's
load more than its own work; CPU time (user + system) shows a change in the work itself.
Each round validates the dataset once with the first binary, then imports it with each
binary, in turn first, into a new store (the last one deleted and the disk synced first). Prints medians,
ranges and each binary's import / validate ratio, also as the median of the rounds' own.

    git worktree add /tmp/before HEAD~1 && (cd /tmp/before && swift build -c release)
    python3 Benchmarks/import_ab.py /tmp/before/.build/release/contextmap .build/release/contextmap --runs 13
"""
import argparse
import os
import resource
import statistics
import subprocess
import tempfile

from whole_process import ROOT


def timed(argv):
    """Runs argv with its output discarded; returns (wall seconds, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = os.times().elapsed
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = os.times().elapsed - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binaries", nargs="+", help="contextmap binaries to compare")
    parser.add_argument("--data", default=str(ROOT / "Benchmarks/data/yp100000-c20000-s1"),
                        help="a generated dataset (store.py makes the default one)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    validate, imports = [], {binary: [] for binary in args.binaries}
    with tempfile.TemporaryDirectory() as folder:
        store = f"{folder}/store.sqlite"
        for round in range(args.runs):
            validate.append(timed([args.binaries[0], "validate", "--dataset", args.data]))
            # Each binary in turn goes first: an import can leave the machine slower or
            # faster for the next (memory to reclaim, pages to write back).
            for binary in args.binaries[round % len(args.binaries):] + args.binaries[:round % len(args.binaries)]:
                for suffix in ["", "-wal", "-shm", "-journal"]:
                    if os.path.exists(store + suffix):
                        os.remove(store + suffix)
                os.sync()
                imports[binary].append(timed([binary, "import", "--dataset", args.data, "--db", store]))

    median = statistics.median
    wall = median(w for w, _ in validate)
    print(f"validate: wall {wall:.2f} s, CPU {median(c for _, c in validate):.2f} s   ({args.runs} rounds, alternating)")
    for binary, runs in imports.items():
        walls = [w for w, _ in runs]
        rounds = [w / v for (w, _), (v, _) in zip(runs, validate)]
        print(f"{binary}\n  import: wall {median(walls):.2f} s ({min(walls):.2f}–{max(walls):.2f}), "
              f"CPU {median(c for _, c in runs):.2f} s; import / validate {median(walls) / wall:.2f}, "
              f"per round {median(rounds):.2f}")


if __name__ == "__main__":
    main()
