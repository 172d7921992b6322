#!/usr/bin/env python3
"""Computes the reference figures for the Gi* test, once, with PySAL.

An 8 x 8 grid of square cells with queen contiguity (libpysal.weights.lat2W), fictional
harm values with a cluster in one corner, and esda.G_Local(y, w, transform="B",
star=True) with 9,999 permutations. Writes cells.csv (cell, row, column, harm) and
esda.csv (cell, z, p_sim, fdr_cut) beside this file.

    python3 -m venv /tmp/pysal && /tmp/pysal/bin/pip install esda libpysal
    /tmp/pysal/bin/python Fixtures/gistar/esda_reference.py
"""
import csv
import os

import esda
import libpysal
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
rows = columns = 8
rng = np.random.default_rng(20261124)
harm = rng.integers(0, 4, size=rows * columns).astype(float)
for r in range(3):
    for c in range(3):
        harm[r * columns + c] += 12 - 3 * (r + c)  # the cluster in the top left
harm[5 * columns + 6] += 9  # a lone high cell
w = libpysal.weights.lat2W(rows, columns, rook=False)
g = esda.G_Local(harm, w, transform="B", star=True, permutations=9999, seed=7)
cut = esda.fdr(g.p_sim, 0.05)

with open(os.path.join(here, "cells.csv"), "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["cell", "row", "column", "harm"])
    for i in range(rows * columns):
        writer.writerow([i, i // columns, i % columns, repr(float(harm[i]))])
with open(os.path.join(here, "esda.csv"), "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["cell", "z", "p_sim", "fdr_cut"])
    for i in range(rows * columns):
        writer.writerow([i, repr(float(g.Zs[i])), repr(float(g.p_sim[i])), repr(float(cut))])
