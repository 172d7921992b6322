#!/usr/bin/env python3
"""Hotspots and peer clusters, side by side: contextmap against the two ways an analyst
without it would compute them (Python's csv module with networkx; pandas with igraph).

Makes a virtual environment with networkx, pandas and python-igraph (under
Benchmarks/data/venv, which git ignores), builds contextmap in release, generates a
dataset with `contextmap generate` (kept under Benchmarks/data/), checks that all three
give the same hotspots and clusters, then runs each as a whole process --runs times in
rotation (contextmap, networkx, pandas+igraph, contextmap, ...) and prints the median wall
time, the peak memory and the ratios.

    python3 Benchmarks/compare/side_by_side.py --young-people 100000 --contexts 20000 --runs 5

contextmap's time is one `contextmap partners` process, which writes hotspots and clusters
from one reading of the files, as each Python script computes both in one process.
"""
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "Benchmarks"))
from whole_process import dataset_arguments, prepare, run_once as run  # noqa: E402  (one build, dataset and timing helper for every benchmark)


def reference_python():
    """The virtual environment's Python, with networkx, pandas and python-igraph (made once)."""
    venv = ROOT / "Benchmarks/data/venv"
    python = venv / "bin/python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "networkx", "pandas", "python-igraph"], check=True)
    return python


def main():
    args = dataset_arguments(__doc__).parse_args()

    python = reference_python()
    contextmap, data = prepare(args.young_people, args.contexts, args.seed)
    size = sum(f.stat().st_size for f in data.glob("*.csv")) / 1e6
    rows = sum(1 for _ in open(data / "scaling.csv", "rb")) - 1
    print(f"dataset: {data.relative_to(ROOT)} ({size:.0f} MB of CSV, {rows:,} scaling rows)")

    ours = [contextmap, "partners", "--dataset", str(data), "--format", "json", "--audience", "practitioner"]
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        for name in ("ours", "networkx", "igraph"):
            (work / name).mkdir()
        both = subprocess.run(ours, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
        for figure, document in json.loads(both).items():
            (work / "ours" / f"{figure}.json").write_text(json.dumps(document))
        subprocess.run([str(python), str(HERE / "reference_networkx.py"), str(data), "--only", "hotspots", "clusters",
                        "--out-dir", str(work / "networkx")], check=True)
        subprocess.run([str(python), str(HERE / "reference_igraph.py"), str(data), "--out-dir", str(work / "igraph")], check=True)
        for reference in ("networkx", "igraph"):
            check = subprocess.run([sys.executable, str(HERE / "crosscheck.py"), str(work / "ours"), str(work / reference)],
                                   capture_output=True, text=True)
            print(f"agreement with {reference}: {check.stdout.strip().splitlines()[-1] if check.stdout.strip() else check.stderr}")
            if check.returncode != 0:
                sys.exit(check.stdout)

        samples = {"contextmap": [], "networkx": [], "pandas+igraph": []}
        for _ in range(args.runs):
            samples["contextmap"].append(run(ours))
            samples["networkx"].append(run([str(python), str(HERE / "reference_networkx.py"), str(data), "--only", "hotspots",
                                            "clusters", "--out-dir", str(work / "networkx")]))
            samples["pandas+igraph"].append(run([str(python), str(HERE / "reference_igraph.py"), str(data),
                                                 "--out-dir", str(work / "igraph")]))

    medians = {name: statistics.median(t for t, _ in runs) for name, runs in samples.items()}
    print(f"{'tool':<14} {'median s':>9} {'min s':>7} {'max s':>7} {'peak MB':>8} {'× contextmap':>13}   ({args.runs} runs each, in rotation)")
    for name, runs in samples.items():
        times = [t for t, _ in runs]
        print(f"{name:<14} {medians[name]:>9.2f} {min(times):>7.2f} {max(times):>7.2f} {max(m for _, m in runs):>8.0f} "
              f"{medians[name] / medians['contextmap']:>13.1f}")


if __name__ == "__main__":
    main()
