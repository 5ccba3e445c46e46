"""Time the KAP report's computation on synthetic data (no database).

Builds N matched learners (default 100,000) with one instrument of 30 items
(15 right/wrong knowledge items, 8 agreement items, 7 frequency items), spread
over schools, classes, languages, genders, ages and two survey waves, and runs
``reports.analysis.build_report`` on them: the same code the report page and
``manage.py kap_report`` run after their two database queries. Prints the time
of each stage and writes them to ``bench/results/kap_report-<date>.json``.

    python bench/kap_report.py                 # 100,000 learners
    python bench/kap_report.py --learners 5000 --schools 10

Not a test: nothing asserts on time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports import analysis  # noqa: E402

N_K, N_A, N_P = 15, 8, 7
LANGUAGES = ["en", "es", "fr", "pt", "ar", "sw"]


def synthetic(n: int, schools: int, classes_per_school: int, seed: int):
    """Return ``(units, block)`` for ``n`` matched learners."""
    rng = np.random.default_rng(seed)
    ability = rng.normal(0, 1, n)
    k_difficulty = rng.normal(0, 0.8, N_K)
    # Knowledge: right with a logistic probability that rises after the course.
    pre_k = rng.random((n, N_K)) < 1 / (1 + np.exp(-(ability[:, None] - k_difficulty)))
    post_k = rng.random((n, N_K)) < 1 / (
        1 + np.exp(-(ability[:, None] + 1.0 - k_difficulty))
    )
    # Scales: answers 1..5 around a learner's lean, higher after the course.
    lean = 3 + 0.6 * ability
    pre_s = np.clip(np.rint(rng.normal(lean[:, None], 0.9, (n, N_A + N_P))), 1, 5)
    post_s = np.clip(
        np.rint(rng.normal(lean[:, None] + 0.5, 0.9, (n, N_A + N_P))), 1, 5
    )
    pre = np.hstack([pre_k.astype(float), (pre_s - 1) / 4])
    post = np.hstack([post_k.astype(float), (post_s - 1) / 4])

    items = [
        analysis.ItemMeta(f"k{j}", f"K{j + 1:02d}", "K", "facts", "single")
        for j in range(N_K)
    ]
    items += [
        analysis.ItemMeta(f"a{j}", f"A{j + 1:02d}", "A", "help", "likert")
        for j in range(N_A)
    ]
    items += [
        analysis.ItemMeta(f"p{j}", f"P{j + 1:02d}", "P", "privacy", "frequency")
        for j in range(N_P)
    ]
    scale_keys = [item.key for item in items[N_K:]]
    pre_values = {
        key: [str(int(v)) for v in pre_s[:, j]] for j, key in enumerate(scale_keys)
    }
    post_values = {
        key: [str(int(v)) for v in post_s[:, j]] for j, key in enumerate(scale_keys)
    }
    block = analysis.ItemBlock("BENCH", items, pre, post, pre_values, post_values)

    def domain_scores(matrix: np.ndarray) -> dict[str, np.ndarray]:
        return {
            "K": 100 * matrix[:, :N_K].mean(axis=1),
            "A": 100 * matrix[:, N_K : N_K + N_A].mean(axis=1),
            "P": 100 * matrix[:, N_K + N_A :].mean(axis=1),
        }

    pre_scores = domain_scores(pre)
    post_scores = domain_scores(post)
    school = rng.integers(0, schools, n)
    klass = school * classes_per_school + rng.integers(0, classes_per_school, n)
    gender = rng.choice(["f", "m", "x", ""], n, p=[0.48, 0.48, 0.01, 0.03])
    band = rng.choice(["under_10", "10_12", "13_15", "16_17"], n)
    language = rng.choice(LANGUAGES, n)
    wave = rng.choice(["1", "2"], n)
    units = []
    for i in range(n):
        units.append(
            {
                "groups": {
                    "gender": str(gender[i]),
                    "age_band": str(band[i]),
                    "audience": "children"
                    if band[i] in ("under_10", "10_12")
                    else "teens",
                    "language": str(language[i]),
                    "school": str(school[i]),
                    "class": str(klass[i]),
                    "region": f"KE/{school[i] % 8}",
                    "survey_wave": str(wave[i]),
                },
                "pre": {
                    "domains": {
                        d: {"score": round(float(v[i]), 2)}
                        for d, v in pre_scores.items()
                    },
                    "subscales": {},
                },
                "post": {
                    "domains": {
                        d: {"score": round(float(v[i]), 2)}
                        for d, v in post_scores.items()
                    },
                    "subscales": {},
                },
            }
        )
    return units, block


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--schools", type=int, default=40)
    parser.add_argument("--classes-per-school", type=int, default=3)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    started = time.perf_counter()
    units, block = synthetic(
        args.learners, args.schools, args.classes_per_school, args.seed
    )
    built = time.perf_counter()

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    report = analysis.build_report(
        units, [], k=args.k, dimensions=()
    )  # domains, subscales, change distribution, attrition
    timings["domains_and_attrition"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    items = analysis.analyse_block(block, args.k)
    timings["items_and_reliability"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    groups = analysis.disaggregate(
        units,
        list(analysis.DIMENSIONS) + [("gender", "age_band"), ("survey_wave", "school")],
        ["K", "A", "P"],
        args.k,
    )
    timings["disaggregation"] = time.perf_counter() - t0
    total = sum(timings.values())
    json.dumps({"report": report, "items": items, "groups": groups}, allow_nan=False)

    cells = sum(len(rows) for rows in groups.values())
    result = {
        "benchmark": "kap_report",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "learners": args.learners,
        "items": len(block.items),
        "schools": args.schools,
        "classes": args.schools * args.classes_per_school,
        "disaggregation_cells": cells,
        "seconds_build_synthetic_data": round(built - started, 3),
        "seconds": {key: round(value, 3) for key, value in timings.items()},
        "seconds_total_report": round(total, 3),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "knowledge_mean_change": report["domains"]["K"]["summary"]["mean_diff"],
    }
    for key, value in timings.items():
        print(f"{key:>24}: {value:8.2f} s")
    print(
        f"KAP report for {args.learners:,} matched learners x {len(block.items)} "
        f"items ({cells} group cells): {total:.2f} s"
    )
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"kap_report-{dt.date.today().isoformat()}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
