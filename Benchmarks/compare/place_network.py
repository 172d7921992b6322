#!/usr/bin/env python3
"""The harm-weighted place network against igraph's bipartite projection, in one run.

Generates a dataset (20,000 young people and 5,000 contexts by default; contexts are picked
with Zipf-like popularity, so a few are shared by many), checks that contextmap and
reference_projection.py (pandas + python-igraph, bipartite_projection(multiplicity=True))
find the same pairs of contexts with the same counts of shared young people, then runs each
as a whole process --runs times in rotation and prints medians and the ratio, and the time
igraph spent in bipartite_projection alone.

    python3 Benchmarks/compare/place_network.py --runs 5

contextmap runs `network --of places --hub-limit 0 --format json`: no hub left out, as igraph
leaves none out, and a weight (the sum of the smaller harm) that igraph does not compute.
"""
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from side_by_side import reference_python  # noqa: E402
from whole_process import dataset_arguments, prepare, run_once  # noqa: E402


def main():
    args = dataset_arguments(__doc__, young_people=20_000, contexts=5_000).parse_args()

    python = reference_python()
    binary, data = prepare(args.young_people, args.contexts, args.seed)
    ours = [binary, "network", "--of", "places", "--hub-limit", "0", "--dataset", str(data), "--format", "json"]
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        reference = [str(python), str(HERE / "reference_projection.py"), str(data), "--out", str(work / "igraph.json"),
                     "--timing", str(work / "timing.txt")]
        mine = json.loads(subprocess.run(ours, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout)
        subprocess.run(reference, check=True)
        theirs = json.load(open(work / "igraph.json"))
        ours_pairs = {tuple(sorted((e["first"], e["second"]))): e["shared_young_people"] for e in mine["edges"]}
        their_pairs = {tuple(sorted((a, b))): int(w) for a, b, w in theirs["edges"]}
        if ours_pairs != their_pairs:
            missing = len(their_pairs.keys() - ours_pairs.keys())
            extra = len(ours_pairs.keys() - their_pairs.keys())
            differ = sum(1 for k in ours_pairs.keys() & their_pairs.keys() if ours_pairs[k] != their_pairs[k])
            sys.exit(f"disagreement: {missing} pairs only igraph has, {extra} only contextmap has, {differ} counts differ")
        print(f"agreement: {len(ours_pairs):,} pairs of contexts, the same counts of shared young people")

        samples = {"contextmap": [], "pandas+igraph": []}
        projection = []
        for _ in range(args.runs):
            samples["contextmap"].append(run_once(ours))
            samples["pandas+igraph"].append(run_once(reference))
            projection.append(float((work / "timing.txt").read_text()))

    medians = {name: statistics.median(t for t, _ in runs) for name, runs in samples.items()}
    print(f"{'tool':<14} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8} {'× contextmap':>13}   ({args.runs} runs each, in rotation)")
    for name, runs in samples.items():
        times = [t for t, _ in runs]
        print(f"{name:<14} {medians[name]:>9.2f} {min(times):>7.2f} {max(times):>7.2f} {max(m for _, m in runs):>8.0f} "
              f"{medians[name] / medians['contextmap']:>13.1f}")
    print(f"igraph's bipartite_projection alone: median {statistics.median(projection):.3f} s")


if __name__ == "__main__":
    main()
