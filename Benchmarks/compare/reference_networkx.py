#!/usr/bin/env python3
"""Independent reference implementation of the ContextMap figures.

Computes, from a dataset folder in the CSV form of the data contract
(``shared/spec/data-format.md``), the figures the engine returns:

* ``weigh``    -- for every young person, the current harm of each linked
                  context (per respondent role and combined), its spread,
                  trend, significance, and the computed context weighting;
* ``hotspots`` -- non-family contexts where enough young people are harmed;
* ``clusters`` -- peer clusters (connected components, found with networkx);
* ``plan``     -- the contextual focus of each young person's plan.

It exists to cross-check the engine on generated data (see ``crosscheck.py``)
and is written for clarity, not speed. Input is assumed valid: no validation
is done beyond what is needed to read it.

Usage::

    python3 reference_networkx.py DATASET_DIR [--as-of YYYY-MM-DD]
        [--concern 5] [--significant 7] [--min-young-people 2] [--out-dir DIR]

With ``--out-dir`` it writes ``weigh.json``, ``hotspots.json``,
``clusters.json`` and ``plan.json`` there; without it, it prints one JSON
object with the keys ``weigh``, ``hotspots``, ``clusters`` and ``plan``.

Conventions used throughout:

* ids are ordered byte-wise (UTF-8 bytes, ascending);
* orderings compare figures rounded to 6 decimal places (``round(x, 6)``),
  then fall back to the id;
* thresholds are compared with a tolerance: ``harm >= threshold - 1e-9``,
  since a harm is a mean of means and may miss an exact value by an ulp.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

EPSILON = 1e-9
ROLE_ORDER = ("young_person", "parent_carer", "partner_agency")


# --------------------------------------------------------------------------
# Reading the dataset
# --------------------------------------------------------------------------

def read_csv(path: str, required: bool = True) -> list[dict[str, str | None]]:
    """Read one CSV file into a list of row dicts.

    A leading UTF-8 BOM is dropped, header names are stripped of surrounding
    spaces, and empty cells become ``None`` (the contract's "absent").
    A missing optional file gives an empty list.
    """
    if not os.path.exists(path):
        if required:
            raise SystemExit(f"missing required file: {path}")
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = [name.strip() for name in next(reader)]
        except StopIteration:
            return []
        rows = []
        for cells in reader:
            if not cells or all(cell == "" for cell in cells):
                continue  # blank line
            row: dict[str, str | None] = {}
            for index, name in enumerate(header):
                value = cells[index] if index < len(cells) else ""
                row[name] = value if value != "" else None
            rows.append(row)
        return rows


@dataclass
class ScalingRow:
    """One scaling answer, reduced to what the figures need."""

    date: str
    young_person_id: str
    context_id: str
    role: str
    harm: float  # h: 0 (safe) .. 10


@dataclass
class Dataset:
    """The parts of the dataset the figures use."""

    young_people: dict[str, dict] = field(default_factory=dict)
    contexts: dict[str, dict] = field(default_factory=dict)
    # young person id -> set of linked context ids (explicit or implied)
    links: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    scaling: list[ScalingRow] = field(default_factory=list)
    peer_links: list[tuple[str, str]] = field(default_factory=list)
    plan_actions: list[dict] = field(default_factory=list)
    agreed_weighting: list[dict] = field(default_factory=list)


def row_harm(score: str, scale: str | None) -> float:
    """Harm ``h`` of a scaling row: ``10 - score`` on ``safety`` (the default
    when the scale cell is empty), ``score`` on ``risk``."""
    value = int(score.strip())
    scale = (scale or "safety").strip()
    if scale == "risk":
        return float(value)
    if scale == "safety":
        return float(10 - value)
    raise SystemExit(f"unknown scale: {scale!r}")


def load_dataset(folder: str) -> Dataset:
    """Load the CSV folder. Links are unique (young person, context) pairs;
    a scaling row whose pair has no link row adds the link."""
    data = Dataset()
    for row in read_csv(os.path.join(folder, "young_people.csv")):
        data.young_people[row["id"]] = row
    for row in read_csv(os.path.join(folder, "contexts.csv")):
        data.contexts[row["id"]] = row
    for row in read_csv(os.path.join(folder, "links.csv")):
        data.links[row["young_person_id"]].add(row["context_id"])
    for row in read_csv(os.path.join(folder, "scaling.csv")):
        scaling = ScalingRow(
            date=row["date"].strip(),
            young_person_id=row["young_person_id"],
            context_id=row["context_id"],
            role=row["respondent_role"].strip(),
            harm=row_harm(row["score"], row.get("scale")),
        )
        data.scaling.append(scaling)
        data.links[scaling.young_person_id].add(scaling.context_id)
    for row in read_csv(os.path.join(folder, "peer_links.csv"), required=False):
        data.peer_links.append((row["young_person_id"], row["other_young_person_id"]))
    data.plan_actions = read_csv(os.path.join(folder, "plan_actions.csv"), required=False)
    # Agreed weightings are shown beside the computed ones by the engine; they
    # never change a computed figure, so they are read but not used here.
    data.agreed_weighting = read_csv(
        os.path.join(folder, "agreed_weighting.csv"), required=False
    )
    return data


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def id_key(identifier: str) -> bytes:
    """Sort key for ids: byte-wise ascending."""
    return identifier.encode("utf-8")


def r6(value: float) -> float:
    """A figure rounded to 6 decimal places, as every ordering compares."""
    return round(value, 6)


def at_least(value: float, threshold: float) -> bool:
    """``value >= threshold`` with a tolerance of 1e-9."""
    return value >= threshold - EPSILON


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


# --------------------------------------------------------------------------
# Current harm of a context for a young person
# --------------------------------------------------------------------------

@dataclass
class PairHarm:
    """Current harm of one (young person, context) pair as of a date."""

    harm: float
    roles: dict[str, float]
    spread: float
    trend: float | None
    date: str


def harm_at(rows: list[ScalingRow]) -> tuple[float, dict[str, float]]:
    """Harm on one date: the mean ``h`` per respondent role, then the mean of
    the role harms (each role weighs 1)."""
    by_role: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        by_role[row.role].append(row.harm)
    order = [r for r in ROLE_ORDER if r in by_role] + sorted(
        r for r in by_role if r not in ROLE_ORDER
    )
    roles = {role: mean(by_role[role]) for role in order}
    return mean(list(roles.values())), roles


def pair_harm(rows: list[ScalingRow], as_of: str) -> PairHarm | None:
    """Current harm of a pair from all of its scaling rows.

    Keeps the rows dated on or before ``as_of``; ``d`` is the latest of their
    dates. ``spread`` is max h - min h over the rows at ``d``; ``trend`` is the
    harm at ``d`` minus the harm at the previous scaling date of the pair
    (``None`` when there is none). Returns ``None`` when no row qualifies.
    """
    by_date: dict[str, list[ScalingRow]] = defaultdict(list)
    for row in rows:
        if row.date <= as_of:
            by_date[row.date].append(row)
    if not by_date:
        return None
    dates = sorted(by_date)
    latest = dates[-1]
    harm, roles = harm_at(by_date[latest])
    values = [row.harm for row in by_date[latest]]
    trend = None
    if len(dates) >= 2:
        previous_harm, _ = harm_at(by_date[dates[-2]])
        trend = harm - previous_harm
    return PairHarm(
        harm=harm, roles=roles, spread=max(values) - min(values), trend=trend, date=latest
    )


def current_harms(data: Dataset, as_of: str | None) -> dict[tuple[str, str], PairHarm]:
    """Current harm of every scaled pair, keyed by (young person, context)."""
    if as_of is None:
        return {}
    rows_by_pair: dict[tuple[str, str], list[ScalingRow]] = defaultdict(list)
    for row in data.scaling:
        rows_by_pair[(row.young_person_id, row.context_id)].append(row)
    result = {}
    for pair, rows in rows_by_pair.items():
        harm = pair_harm(rows, as_of)
        if harm is not None:
            result[pair] = harm
    return result


# --------------------------------------------------------------------------
# The four figures
# --------------------------------------------------------------------------

def weigh(data, harms, as_of, significant):
    """Context weighting of every young person (id order).

    ``share = 100 * harm / sum of harms`` over the young person's scaled
    contexts (all 0 when that sum is 0). Scaled contexts are ordered by share
    descending (6-dp rounded) then id; linked contexts with no scaling as of
    the date follow, by id, with every figure null and no roles.
    """
    people = []
    for yp_id in sorted(data.young_people, key=id_key):
        person = data.young_people[yp_id]
        scaled, gaps = [], []
        for ctx_id in data.links.get(yp_id, ()):
            (scaled if (yp_id, ctx_id) in harms else gaps).append(ctx_id)
        total = sum(harms[(yp_id, c)].harm for c in scaled)
        shares = {
            c: (0.0 if total == 0 else 100.0 * harms[(yp_id, c)].harm / total)
            for c in scaled
        }
        scaled.sort(key=lambda c: (-r6(shares[c]), id_key(c)))
        gaps.sort(key=id_key)
        contexts = []
        for ctx_id in scaled:
            pair = harms[(yp_id, ctx_id)]
            contexts.append(
                context_entry(data, ctx_id)
                | {
                    "harm": pair.harm,
                    "share": shares[ctx_id],
                    "spread": pair.spread,
                    "trend": pair.trend,
                    "significant": at_least(pair.harm, significant),
                    "date": pair.date,
                    "roles": dict(pair.roles),
                }
            )
        for ctx_id in gaps:
            contexts.append(
                context_entry(data, ctx_id)
                | {
                    "harm": None,
                    "share": None,
                    "spread": None,
                    "trend": None,
                    "significant": None,
                    "date": None,
                    "roles": {},
                }
            )
        people.append({"id": yp_id, "name": person.get("name"), "contexts": contexts})
    return {"as_of": as_of, "young_people": people}


def context_entry(data: Dataset, ctx_id: str) -> dict:
    """The id, name and type of a context."""
    ctx = data.contexts.get(ctx_id, {})
    return {"id": ctx_id, "name": ctx.get("name"), "type": ctx.get("type")}


def concerned_by_context(data, harms, concern) -> dict[str, list[str]]:
    """For each non-family context, the young people (id order) whose current
    harm there is >= concern."""
    result: dict[str, list[str]] = defaultdict(list)
    for (yp_id, ctx_id), pair in harms.items():
        if data.contexts.get(ctx_id, {}).get("type") == "family":
            continue
        if at_least(pair.harm, concern):
            result[ctx_id].append(yp_id)
    for members in result.values():
        members.sort(key=id_key)
    return result


def hotspots(data, harms, as_of, concern, min_young_people):
    """Non-family contexts where at least ``min_young_people`` distinct young
    people have current harm >= concern, with their count, total and mean
    harm; ordered by count desc, total desc (6-dp rounded), id asc."""
    found = []
    for ctx_id, members in concerned_by_context(data, harms, concern).items():
        if len(members) < min_young_people:
            continue
        total = sum(harms[(yp, ctx_id)].harm for yp in members)
        found.append(
            context_entry(data, ctx_id)
            | {
                "young_people": len(members),
                "total_harm": total,
                "mean_harm": total / len(members),
            }
        )
    # first_seen / last_seen: the earliest and latest scaling dates (on or before
    # as_of) at which any young person's harm there, on that date, was >= concern.
    rows_by_pair_date: dict[tuple[str, str, str], list[ScalingRow]] = defaultdict(list)
    for row in data.scaling:
        if row.date <= as_of:
            rows_by_pair_date[(row.young_person_id, row.context_id, row.date)].append(row)
    seen: dict[str, list[str]] = defaultdict(list)
    for (_, ctx_id, date), rows in rows_by_pair_date.items():
        if at_least(harm_at(rows)[0], concern):
            seen[ctx_id].append(date)
    for hotspot in found:
        dates = seen.get(hotspot["id"], [])
        hotspot["first_seen"] = min(dates) if dates else None
        hotspot["last_seen"] = max(dates) if dates else None
    found.sort(key=lambda h: (-h["young_people"], -r6(h["total_harm"]), id_key(h["id"])))
    return {"as_of": as_of, "hotspots": found}


def clusters(data, harms, as_of, concern):
    """Peer clusters.

    Builds a graph whose nodes are young people and contexts: a young person
    -- context edge for every current harm >= concern in a non-family context,
    and a young person -- young person edge for every peer link. Each
    connected component holding two or more young people is a cluster. Its
    contexts are the non-family contexts where at least two of its members
    have harm >= concern; its bridges are those of its contexts whose removal
    would split it. Ordered by size desc, then smallest member id.
    """
    graph = nx.Graph()
    for yp_id in data.young_people:
        graph.add_node(("yp", yp_id))
    concerned = concerned_by_context(data, harms, concern)
    for ctx_id, members in concerned.items():
        for yp_id in members:
            graph.add_edge(("yp", yp_id), ("ctx", ctx_id))
    for a, b in data.peer_links:
        graph.add_edge(("yp", a), ("yp", b))

    found = []
    for component in nx.connected_components(graph):
        members = sorted((n[1] for n in component if n[0] == "yp"), key=id_key)
        if len(members) < 2:
            continue
        member_set = set(members)
        joining = sorted(
            (
                ctx_id
                for ctx_id, concerned_members in concerned.items()
                if sum(1 for yp in concerned_members if yp in member_set) >= 2
            ),
            key=id_key,
        )
        # Bridges: the joining contexts that are articulation points of the cluster's
        # graph (members, joining contexts, and the edges among them).
        core = graph.subgraph([("yp", m) for m in members] + [("ctx", c) for c in joining])
        cut = set(nx.articulation_points(core))
        bridges = [c for c in joining if ("ctx", c) in cut]
        found.append({"members": members, "contexts": joining, "bridges": bridges})
    found.sort(key=lambda c: (-len(c["members"]), id_key(c["members"][0])))
    return {"as_of": as_of, "clusters": found}


def plan(data, as_of):
    """Contextual focus of every young person's plan: the percentage of the
    actions not ``dropped`` whose target is a non-family context (null when
    there are no such actions)."""
    counted: dict[str, int] = defaultdict(int)
    contextual: dict[str, int] = defaultdict(int)
    for action in data.plan_actions:
        if (action.get("status") or "").strip() == "dropped":
            continue
        yp_id = action["young_person_id"]
        counted[yp_id] += 1
        if (action.get("target") or "").strip() == "context":
            ctx_type = data.contexts.get(action.get("context_id") or "", {}).get("type")
            if ctx_type != "family":
                contextual[yp_id] += 1
    people = []
    for yp_id in sorted(data.young_people, key=id_key):
        n = counted.get(yp_id, 0)
        focus = None if n == 0 else 100.0 * contextual.get(yp_id, 0) / n
        people.append({"id": yp_id, "contextual_focus": focus})
    return {"as_of": as_of, "young_people": people}


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------

def compute(data: Dataset, as_of, concern, significant, min_young_people, only=None) -> dict:
    """The figures keyed weigh / hotspots / clusters / plan (all four, or those in ``only``)."""
    if as_of is None and data.scaling:
        as_of = max(row.date for row in data.scaling)
    harms = current_harms(data, as_of)
    figures = {
        "weigh": lambda: weigh(data, harms, as_of, significant),
        "hotspots": lambda: hotspots(data, harms, as_of, concern, min_young_people),
        "clusters": lambda: clusters(data, harms, as_of, concern),
        "plan": lambda: plan(data, as_of),
    }
    return {name: make() for name, make in figures.items() if only is None or name in only}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset_dir")
    parser.add_argument("--as-of", default=None,
                        help="YYYY-MM-DD (default: latest scaling date in the dataset)")
    parser.add_argument("--concern", type=float, default=5.0)
    parser.add_argument("--significant", type=float, default=7.0)
    parser.add_argument("--min-young-people", type=int, default=2)
    parser.add_argument("--out-dir", default=None,
                        help="write weigh.json, hotspots.json, clusters.json, plan.json here")
    parser.add_argument("--only", nargs="*", default=None, choices=["weigh", "hotspots", "clusters", "plan"],
                        help="compute only these figures")
    args = parser.parse_args(argv)

    data = load_dataset(args.dataset_dir)
    result = compute(data, args.as_of, args.concern, args.significant, args.min_young_people, args.only)

    if args.out_dir is None:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    os.makedirs(args.out_dir, exist_ok=True)
    for name, figure in result.items():
        with open(os.path.join(args.out_dir, f"{name}.json"), "w", encoding="utf-8") as out:
            json.dump(figure, out, indent=2, ensure_ascii=False)
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
