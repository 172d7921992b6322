#!/usr/bin/env python3
"""Hotspots and peer clusters with pandas and python-igraph: how an analyst without
ContextMap would compute them from the same CSV folder, and a second independent check.

Reads young_people.csv, contexts.csv, links.csv, scaling.csv and peer_links.csv (the data
contract's CSV form), computes current harm as the contract defines it (harm of a row:
10 - score on the safety scale, the default, score on the risk scale; per pair, the rows
of the latest date on or before as-of; the mean of the role means), then:

* hotspots: non-family contexts where at least --min-young-people distinct young people
  have current harm >= --concern; young_people, total_harm, mean_harm; ordered by
  young_people desc, total_harm desc (6 dp), id asc;
* clusters: connected components with two or more young people of the graph joining a
  young person to each non-family context of concern, and young people by peer links;
  members ascending, the contexts where two or more members are of concern ascending;
  ordered by size desc, then smallest member id.

    python3 reference_igraph.py DATASET_DIR [--as-of D] [--concern 5] [--min-young-people 2] --out-dir DIR

Writes hotspots.json and clusters.json to DIR (the shapes of `contextmap ... --format json`).
"""
import argparse
import json
import os

import igraph
import pandas as pd

EPSILON = 1e-9


def id_key(identifier):
    return identifier.encode("utf-8")


def read(folder, name, required=True):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        if required:
            raise SystemExit(f"{path} is missing")
        return None
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    frame.columns = [column.strip() for column in frame.columns]
    return frame


def current_harm(scaling, as_of):
    """One row per (young person, context): the harm of its latest date on or before as_of."""
    rows = scaling[scaling["date"] <= as_of].copy()
    scale = rows["scale"] if "scale" in rows else pd.Series("", index=rows.index)
    score = rows["score"].str.strip().astype(int)
    rows["h"] = score.where(scale.str.strip() == "risk", 10 - score).astype(float)
    latest = rows.groupby(["young_person_id", "context_id"])["date"].transform("max")
    rows = rows[rows["date"] == latest]
    roles = rows.groupby(["young_person_id", "context_id", "respondent_role"])["h"].mean()
    return roles.groupby(level=[0, 1]).mean().rename("harm").reset_index()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset_dir")
    parser.add_argument("--as-of", default=None)
    parser.add_argument("--concern", type=float, default=5.0)
    parser.add_argument("--min-young-people", type=int, default=2)
    parser.add_argument("--out-dir", required=True)
    args = parser.parse_args()

    contexts = read(args.dataset_dir, "contexts.csv")
    people = read(args.dataset_dir, "young_people.csv")
    scaling = read(args.dataset_dir, "scaling.csv")
    peers = read(args.dataset_dir, "peer_links.csv", required=False)
    as_of = args.as_of or (scaling["date"].max() if len(scaling) else None)

    harm = current_harm(scaling, as_of) if as_of else pd.DataFrame(columns=["young_person_id", "context_id", "harm"])
    types = contexts.set_index("id")["type"]
    harm["type"] = harm["context_id"].map(types)
    concern = harm[(harm["type"] != "family") & (harm["harm"] >= args.concern - EPSILON)]

    by_context = concern.groupby("context_id")["harm"].agg(["count", "sum"])
    by_context = by_context[by_context["count"] >= args.min_young_people]
    names = contexts.set_index("id")["name"]
    hotspots = [
        {"id": context, "name": names[context], "type": types[context], "young_people": int(row["count"]),
         "total_harm": float(row["sum"]), "mean_harm": float(row["sum"]) / int(row["count"])}
        for context, row in by_context.iterrows()
    ]
    hotspots.sort(key=lambda h: (-h["young_people"], -round(h["total_harm"], 6), id_key(h["id"])))

    # The young-person/context graph: young people are vertices 0..n-1, contexts after them.
    person_ids = list(people["id"])
    index = {identifier: position for position, identifier in enumerate(person_ids)}
    context_ids = sorted(set(concern["context_id"]), key=id_key)
    context_index = {identifier: len(person_ids) + position for position, identifier in enumerate(context_ids)}
    edges = [(index[p], context_index[c]) for p, c in zip(concern["young_person_id"], concern["context_id"])]
    if peers is not None and len(peers):
        edges += [(index[a], index[b]) for a, b in zip(peers["young_person_id"], peers["other_young_person_id"]) if a != b]
    graph = igraph.Graph(n=len(person_ids) + len(context_ids), edges=edges)
    members_by_context = concern.groupby("context_id")["young_person_id"].apply(set)
    clusters = []
    for component in graph.connected_components():
        members = sorted((person_ids[v] for v in component if v < len(person_ids)), key=id_key)
        if len(members) < 2:
            continue
        member_set = set(members)
        joining = sorted((c for c in context_ids if len(members_by_context[c] & member_set) >= 2), key=id_key)
        clusters.append({"members": members, "contexts": joining})
    clusters.sort(key=lambda c: (-len(c["members"]), id_key(c["members"][0])))

    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "hotspots.json"), "w", encoding="utf-8") as out:
        json.dump({"as_of": as_of, "hotspots": hotspots}, out, ensure_ascii=False)
    with open(os.path.join(args.out_dir, "clusters.json"), "w", encoding="utf-8") as out:
        json.dump({"as_of": as_of, "clusters": clusters}, out, ensure_ascii=False)


if __name__ == "__main__":
    main()
