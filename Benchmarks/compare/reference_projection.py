#!/usr/bin/env python3
"""The place network the way an analyst without ContextMap would make it: pandas reads the
CSV folder, python-igraph builds the young person–context graph and projects it onto the
contexts with bipartite_projection(multiplicity=True), whose edge weights count the young
people two contexts share.

The graph is the one `contextmap network --of places --hub-limit 0` joins: each young person
to each context outside the home they have been scaled at on or before the as-of date (the
latest scaling date).

    python3 reference_projection.py DATASET_DIR --out FILE [--timing FILE]

Writes {"edges": [[first, second, shared], ...]} to FILE, and the seconds spent in
bipartite_projection alone to --timing.
"""
import argparse
import json
import time

import igraph
import pandas as pd


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset")
    parser.add_argument("--out", required=True)
    parser.add_argument("--timing")
    args = parser.parse_args()

    contexts = pd.read_csv(f"{args.dataset}/contexts.csv", usecols=["id", "type"], dtype=str, keep_default_na=False)
    scaling = pd.read_csv(f"{args.dataset}/scaling.csv", usecols=["young_person_id", "context_id"], dtype=str,
                          keep_default_na=False)
    outside = set(contexts.loc[contexts["type"] != "family", "id"])
    pairs = scaling.drop_duplicates()
    pairs = pairs[pairs["context_id"].isin(outside)]

    people = pd.Index(pairs["young_person_id"].unique())
    places = pd.Index(pairs["context_id"].unique())
    edges = list(zip(people.get_indexer(pairs["young_person_id"]), len(people) + places.get_indexer(pairs["context_id"])))
    graph = igraph.Graph(n=len(people) + len(places), edges=edges)
    graph.vs["type"] = [False] * len(people) + [True] * len(places)

    start = time.perf_counter()
    _, projection = graph.bipartite_projection(multiplicity=True)
    seconds = time.perf_counter() - start

    names = list(places)
    result = [[names[a], names[b], w] for (a, b), w in zip(projection.get_edgelist(), projection.es["weight"])]
    with open(args.out, "w") as out:
        json.dump({"edges": result}, out)
    if args.timing:
        with open(args.timing, "w") as out:
            out.write(f"{seconds}\n")


if __name__ == "__main__":
    main()
