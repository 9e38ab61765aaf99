#!/usr/bin/python3
"""The reference for `mentorflow assign`: scipy's linear_sum_assignment on the capacity-expanded matrix.

Reads the same scores.csv / capacities.csv, repeats each mentor's column `capacity` times, clamps
forbidden (empty), negative and zero scores to 0 (a pair worth 0 is the same as no pair), solves with
maximize=True, and prints as its last line {"assigned":N,"total":X,"seconds":T,"solve_seconds":S}.
Run with Debian's /usr/bin/python3 and its python3-scipy package.
"""
import csv
import io
import json
import re
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main(scores_path, capacities_path):
    start = time.perf_counter()
    with open(scores_path, encoding="utf-8-sig") as f:
        mentors = f.readline().rstrip("\r\n").split(",")[1:]
        body = f.read()
    # numpy's loadtxt has no notion of an empty cell: write the forbidden pairs as nan first.
    body = re.sub(r",(?=,|\r?\n|$)", ",nan", body)
    scores = np.loadtxt(io.StringIO(body), delimiter=",", dtype=np.float64,
                        usecols=range(1, len(mentors) + 1), ndmin=2)
    del body
    with open(capacities_path, encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        next(rows)
        capacity_of = {mentor: int(capacity) for mentor, capacity in rows}
    capacities = np.array([capacity_of[m] for m in mentors], dtype=np.int64)

    np.nan_to_num(scores, copy=False, nan=0.0)
    np.maximum(scores, 0.0, out=scores)
    expanded = np.repeat(scores, capacities, axis=1)
    solve_start = time.perf_counter()
    rows_, columns = linear_sum_assignment(expanded, maximize=True)
    solve_seconds = time.perf_counter() - solve_start
    taken = expanded[rows_, columns]
    taken = taken[taken > 0]
    print(json.dumps({"assigned": int(taken.size), "total": float(taken.sum()),
                      "seconds": round(time.perf_counter() - start, 3),
                      "solve_seconds": round(solve_seconds, 3)}, separators=(",", ":")))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
