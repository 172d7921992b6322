#!/usr/bin/env python3
"""Compare two folders of ContextMap result JSON figure by figure.

Usage::

    python3 crosscheck.py OURS_DIR REFERENCE_DIR

Compares ``weigh.json``, ``hotspots.json``, ``clusters.json`` and
``plan.json`` wherever both folders hold the file. The reference is walked
and every value in it must be matched in ours:

* objects: every key of the reference must be present in ours (extra keys in
  ours are ignored);
* arrays: same length and element by element, so orderings and ids must be
  the same;
* numbers: equal within an absolute tolerance of 1e-9 (booleans are not
  numbers: ``true`` only equals ``true``);
* ``null`` only equals ``null``; strings must be identical.

Prints the first 20 differences with their paths, e.g.
``weigh.young_people[12].contexts[3].share: 33.3333 vs 33.3334``
(ours first, reference second), then a summary line. Exit status: 0 when
everything matches, 1 on any difference, 2 when no file could be compared.
"""

from __future__ import annotations

import json
import os
import sys

FILES = ("weigh.json", "hotspots.json", "clusters.json", "plan.json")
TOLERANCE = 1e-9
SHOWN = 20
MISSING = object()


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def show(value, limit: int = 80) -> str:
    """A value as short JSON for a difference line."""
    if value is MISSING:
        return "<missing>"
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def compare(ours, reference, path: str, differences: list[str]) -> None:
    """Append to ``differences`` every place where ``ours`` fails to match
    ``reference`` (see the module docstring for the rules)."""
    if isinstance(reference, dict):
        if not isinstance(ours, dict):
            differences.append(f"{path}: {show(ours)} vs {show(reference)} (expected an object)")
            return
        for key, expected in reference.items():
            if key not in ours:
                differences.append(f"{path}.{key}: <missing> vs {show(expected)}")
            else:
                compare(ours[key], expected, f"{path}.{key}", differences)
        return
    if isinstance(reference, list):
        if not isinstance(ours, list):
            differences.append(f"{path}: {show(ours)} vs {show(reference)} (expected an array)")
            return
        if len(ours) != len(reference):
            differences.append(f"{path}: length {len(ours)} vs {len(reference)}")
        for index, (mine, expected) in enumerate(zip(ours, reference)):
            compare(mine, expected, f"{path}[{index}]", differences)
        return
    if is_number(reference):
        if not is_number(ours) or abs(ours - reference) > TOLERANCE:
            differences.append(f"{path}: {show(ours)} vs {show(reference)}")
        return
    # strings, booleans and null: exact equality, same type
    if type(ours) is not type(reference) or ours != reference:
        differences.append(f"{path}: {show(ours)} vs {show(reference)}")


def load(path: str):
    with open(path, encoding="utf-8-sig") as handle:
        return json.load(handle)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python3 crosscheck.py OURS_DIR REFERENCE_DIR", file=sys.stderr)
        return 2
    ours_dir, reference_dir = argv
    differences: list[str] = []
    compared = []
    for name in FILES:
        ours_path = os.path.join(ours_dir, name)
        reference_path = os.path.join(reference_dir, name)
        if not (os.path.exists(ours_path) and os.path.exists(reference_path)):
            if os.path.exists(ours_path) or os.path.exists(reference_path):
                print(f"note: {name} is in only one folder; not compared")
            continue
        compared.append(name)
        figure = name[: -len(".json")]
        compare(load(ours_path), load(reference_path), figure, differences)

    for line in differences[:SHOWN]:
        print(line)
    if len(differences) > SHOWN:
        print(f"... and {len(differences) - SHOWN} more")
    if not compared:
        print("no file to compare: neither weigh, hotspots, clusters nor plan.json "
              "is in both folders")
        return 2
    verdict = "match" if not differences else f"{len(differences)} difference(s)"
    print(f"{verdict} in {len(compared)} file(s) compared: {', '.join(compared)}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
