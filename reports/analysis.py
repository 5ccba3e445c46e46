"""The KAP evaluation report computed from plain vectors: no Django, no database.

``reports.selectors`` fetches attempts and responses and hands them to
:func:`build_report` as plain Python and numpy data; ``bench/kap_report.py``
feeds it synthetic data of the same shape. Every statistic comes from
``assessments.stats`` (the one addition is :func:`mean_ci95`, the chart's
per-phase interval); this module only arranges the vectors, applies small-cell
suppression and assembles one JSON-safe dict (documented in ``docs/kap_report.md``).

Inputs
------

``units``: one dict per learner × course (the unit that is matched), with

* ``"groups"``: ``{dimension: value}`` for disaggregation (``gender``,
  ``age_band``, ``audience``, ``language``, ``school``, ``class``, ``region``,
  ``survey_wave``);
  values are strings (``""`` when unknown);
* ``"pre"`` and ``"post"``: the submitted attempt's ``scores`` dict
  (``{"domains": {"K": {"score": 80.0, ...}}, "subscales": {...}}``) or ``None``;

``blocks``: item-level data of the matched units, one :class:`ItemBlock` per
instrument (pre-test and post-test instrument codes).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import stats as st

from assessments import stats
from assessments.scoring import ORDINAL_TYPES, PRESET_SCALES

DOMAINS = ("K", "A", "P")
DICHOTOMOUS_TYPES = {"single", "multi", "truefalse"}
SCALE_LEVELS = {
    "likert": ["1", "2", "3", "4", "5"],
    "frequency": ["1", "2", "3", "4", "5"],
    "yesno": ["no", "yes"],
}
DIMENSIONS = (
    "gender",
    "age_band",
    "audience",
    "language",
    "school",
    "class",
    "region",
    "survey_wave",
)
# Change bins (post - pre, on the 0-100 scale): (key, lower, upper). Together
# they partition the real line: d <= -25, -25 < d <= -10, -10 < d < 0, d = 0,
# 0 < d < 10, 10 <= d < 25, d >= 25 (docs/kap_report.md).
CHANGE_BINS = (
    ("le_-25", None, -25.0),
    ("-25_-10", -25.0, -10.0),
    ("-10_0", -10.0, 0.0),
    ("0", 0.0, 0.0),
    ("0_10", 0.0, 10.0),
    ("10_25", 10.0, 25.0),
    ("ge_25", 25.0, None),
)
# Keys of paired_summary kept for each disaggregation cell.
CELL_KEYS = (
    "n",
    "pre_mean",
    "post_mean",
    "mean_diff",
    "ci95_low",
    "ci95_high",
    "t_p_value",
    "d_z",
    "d_av",
    "hake_g_class",
    "prop_improved",
    "pre_median",
    "post_median",
    "wilcoxon_p_value",
    "rank_biserial",
)
SCHEMA = "kap_report/1"


@dataclass
class ItemMeta:
    key: str
    code: str
    domain: str
    subscale: str
    item_type: str
    text: str = ""
    #: An ordinal item's answers, lowest first (a form's own scale of any
    #: length); empty: the built-in levels of its type, if any.
    levels: tuple = ()
    #: An ordinal item's lowest and highest number (a form's own scale);
    #: empty: the built-in 1..5 of ``likert`` and ``frequency``.
    scale_range: tuple = ()
    reverse_coded: bool = False

    def answer_levels(self) -> list | None:
        return list(self.levels) or SCALE_LEVELS.get(self.item_type)

    def value_range(self) -> tuple[float, float] | None:
        """``(min, max)`` of an ordinal item's scale; ``None`` for other items."""
        if self.item_type not in ORDINAL_TYPES:
            return None
        if self.scale_range:
            return float(self.scale_range[0]), float(self.scale_range[1])
        numbers = [number for _name, number in PRESET_SCALES.get(self.item_type, ())]
        return (min(numbers), max(numbers)) if numbers else None


@dataclass
class ItemBlock:
    """Item scores of the matched units that took one instrument (pair).

    ``pre`` and ``post`` are (n_units × n_items) float arrays of item scores in
    [0, 1] with NaN where an item was not answered (or is not on that test);
    ``pre_values``/``post_values`` map an item key to the raw answers (strings,
    ``None`` if missing) of scale items, in unit order.
    """

    instrument: str
    items: list[ItemMeta]
    pre: np.ndarray
    post: np.ndarray
    pre_values: dict[str, list[str | None]] = field(default_factory=dict)
    post_values: dict[str, list[str | None]] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return int(self.pre.shape[0])


def age_band(birth_year: int | None, year: int | None) -> str:
    """Return the age band key for a learner born in ``birth_year`` in ``year``.

    Age is ``year - birth_year`` (the age reached during that calendar year, so
    up to one year above the age on the test day). Bands: ``under_10``,
    ``10_12``, ``13_15``, ``16_17``, ``18_plus``; ``""`` when unknown.
    """
    if not birth_year or not year:
        return ""
    age = year - birth_year
    if age < 10:
        return "under_10"
    if age <= 12:
        return "10_12"
    if age <= 15:
        return "13_15"
    if age <= 17:
        return "16_17"
    return "18_plus"


def _score(attempt: Mapping | None, section: str, key: str) -> float | None:
    if not attempt:
        return None
    entry = (attempt.get(section) or {}).get(key)
    if not entry:
        return None
    value = entry.get("score")
    return float(value) if value is not None else None


def _scale_keys(units: Sequence[Mapping], section: str) -> list[str]:
    keys: set[str] = set()
    for unit in units:
        for phase in ("pre", "post"):
            attempt = unit.get(phase)
            if attempt:
                keys.update((attempt.get(section) or {}).keys())
    if section == "domains":
        return [d for d in DOMAINS if d in keys]
    return sorted(keys)


def _vectors(
    units: Sequence[Mapping], section: str, key: str
) -> tuple[dict[int, float | None], dict[int, float | None]]:
    pre: dict[int, float | None] = {}
    post: dict[int, float | None] = {}
    for index, unit in enumerate(units):
        if unit.get("pre"):
            pre[index] = _score(unit["pre"], section, key)
        if unit.get("post"):
            post[index] = _score(unit["post"], section, key)
    return pre, post


MATCH_COUNT_KEYS = (
    "n_matched",
    "n_pre_only",
    "n_post_only",
    "n_pre",
    "n_post",
    "attrition_rate",
)


def _right_wrong(name: str) -> bool:
    """A domain (``K``) or subscale (``K:privacy``) scored right/wrong:
    knowledge. Hake's gain and the mean-based statistics (t-test, Cohen's d)
    are computed for these only; attitude and practice scores, means of
    ordinal items, are summarised with ``paired_summary(ordinal=True)``:
    medians, the Wilcoxon test and the rank-biserial correlation."""
    return name.split(":", 1)[0] == "K"


def _matched_summary(
    pre: Mapping[int, float | None],
    post: Mapping[int, float | None],
    k: int,
    *,
    gain: bool = True,
    ordinal: bool = False,
) -> dict[str, Any]:
    """Match, summarise, and suppress when fewer than ``k`` matched learners."""
    matched = stats.match_pre_post(pre, post)
    pairs = matched["pairs"]
    if len(pairs) < k:
        # Suppressed anyway: skip the (costly) statistics. The suppressed
        # summary holds only n (None), suppressed, reason and null_reasons.
        summary: dict[str, Any] = {"n": len(pairs)}
    else:
        summary = stats.paired_summary(
            np.fromiter((p[1] for p in pairs), dtype=float, count=len(pairs)),
            np.fromiter((p[2] for p in pairs), dtype=float, count=len(pairs)),
            gain=gain,
            ordinal=ordinal,
        )
    shown = stats.suppress({"s": summary}, k)["s"]
    matching = {key: matched[key] for key in MATCH_COUNT_KEYS}
    if shown["suppressed"]:
        matching = {key: None for key in MATCH_COUNT_KEYS}
    return {
        "matching": matching,
        "summary": shown,
        "changes": [p[2] - p[1] for p in pairs],
    }


def mean_ci95(summary: Mapping[str, Any], phase: str) -> list[float] | None:
    """t-based 95% CI of one phase's mean: mean ± t(0.975, n-1) · SD / √n.

    ``None`` when the summary is suppressed, n < 2, or the SD is unknown.
    """
    n = summary.get("n")
    mean = summary.get(f"{phase}_mean")
    sd = summary.get(f"{phase}_sd")
    if n is None or n < 2 or mean is None or sd is None:
        return None
    margin = float(st.t.ppf(1 - (1 - stats.CI_LEVEL) / 2, n - 1)) * sd / math.sqrt(n)
    return [mean - margin, mean + margin]


def change_distribution(changes: Sequence[float], k: int) -> dict[str, Any]:
    """Count individual changes (post - pre) into :data:`CHANGE_BINS`.

    A bin holding 1 to k - 1 learners is suppressed (``n`` is ``None`` and
    ``suppressed`` is ``True``), and so, by :func:`assessments.stats.complementary_suppress`,
    are enough other non-empty bins that the hidden ones cannot be worked out
    from the total; empty bins show 0.
    """
    rounded = np.round(np.asarray(changes, dtype=float), stats.DIFF_DECIMALS)
    counts = []
    for key, low, high in CHANGE_BINS:
        if key == "0":
            mask = rounded == 0
        elif low is None:
            mask = rounded <= high
        elif high is None:
            mask = rounded >= low
        elif high <= 0:
            mask = (rounded > low) & (rounded <= high) & (rounded != 0)
        else:
            mask = (rounded >= low) & (rounded < high) & (rounded != 0)
        counts.append((key, low, high, int(mask.sum())))
    hidden = stats.complementary_suppress(
        {(key,): count for key, _low, _high, count in counts if count}, k
    )
    bins = [
        {
            "bin": key,
            "low": low,
            "high": high,
            "n": None if (key,) in hidden else count,
            "suppressed": (key,) in hidden,
        }
        for key, low, high, count in counts
    ]
    return {"n": len(rounded), "bins": bins}


def _cell_summary(summary: Mapping[str, Any]) -> dict[str, Any]:
    cell = {key: summary.get(key) for key in CELL_KEYS}
    reasons = summary.get("null_reasons", {})
    cell["null_reasons"] = {
        key: reasons[key] for key in CELL_KEYS if cell[key] is None and key in reasons
    }
    return cell


def _cell_paired_summary(
    pre: np.ndarray,
    post: np.ndarray,
    k: int,
    *,
    gain: bool = True,
    ordinal: bool = False,
) -> dict:
    """paired_summary of a group's matched units that have the domain on both
    tests (suppressed below ``k``); no re-matching, the units are matched.

    ``pre`` and ``post`` are the group's domain scores, NaN where missing.
    The effect-size intervals are not computed: the group tables do not show
    them, and they cost about 30 ms per cell whatever its size.
    """
    both = ~np.isnan(pre) & ~np.isnan(post)
    n = int(both.sum())
    summary = (
        stats.paired_summary(
            pre[both], post[both], effect_size_ci=False, gain=gain, ordinal=ordinal
        )
        if n >= k
        else {"n": n}
    )
    return stats.suppress({"s": summary}, k)["s"]


def _domain_arrays(
    units: Sequence[Mapping], domains: Sequence[str]
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per domain, (pre, post) score arrays in unit order, NaN where missing."""
    arrays = {}
    for domain in domains:
        pre = np.fromiter(
            (_score_or_nan(unit["pre"], domain) for unit in units),
            dtype=float,
            count=len(units),
        )
        post = np.fromiter(
            (_score_or_nan(unit["post"], domain) for unit in units),
            dtype=float,
            count=len(units),
        )
        arrays[domain] = (pre, post)
    return arrays


def _score_or_nan(attempt: Mapping | None, domain: str) -> float:
    value = _score(attempt, "domains", domain)
    return math.nan if value is None else value


def disaggregate(
    units: Sequence[Mapping],
    dimensions: Sequence[str | tuple[str, str]],
    domains: Sequence[str],
    k: int,
) -> dict[str, list[dict[str, Any]]]:
    """Matched pre/post per domain for every group of each dimension.

    ``dimensions`` holds names from :data:`DIMENSIONS` or pairs of them
    (a combination of two, keyed ``"gender+age_band"``). A group's count ``n``
    is its number of matched units (learner × course with both tests); groups
    under ``k`` are suppressed whole (``suppressed: True``, statistics ``None``).
    A domain within a shown group is suppressed on its own if fewer than ``k``
    of its learners have that domain on both tests. Suppression is then made
    complementary (see :func:`assessments.stats.complementary_suppress`) so that no hidden
    group can be worked out from the totals of the shown ones.
    """
    result: dict[str, list[dict[str, Any]]] = {}
    matched_units = [u for u in units if u.get("pre") and u.get("post")]
    scores = _domain_arrays(matched_units, domains)
    for dimension in dimensions:
        names = (dimension,) if isinstance(dimension, str) else tuple(dimension)
        key = "+".join(names)
        groups: dict[tuple[str, ...], list[int]] = {}
        for index, unit in enumerate(matched_units):
            value = tuple(str(unit["groups"].get(name, "") or "") for name in names)
            groups.setdefault(value, []).append(index)
        counts = {value: len(members) for value, members in groups.items()}
        hidden = stats.complementary_suppress(counts, k)
        rows = []
        for value in sorted(groups):
            row: dict[str, Any] = {
                "group": dict(zip(names, value, strict=True)),
                "n": counts[value],
            }
            if value in hidden:
                reason = (
                    f"fewer than {k} learners"
                    if counts[value] < k
                    else COMPLEMENTARY_REASON
                )
                rows.append(
                    row
                    | {
                        "n": None,
                        "suppressed": True,
                        "reason": reason,
                        "null_reasons": {"n": reason, "domains": reason},
                        "domains": None,
                    }
                )
                continue
            members = np.asarray(groups[value], dtype=int)
            domain_cells = {}
            for domain in domains:
                pre, post = scores[domain]
                knowledge = _right_wrong(domain)
                summary = _cell_paired_summary(
                    pre[members],
                    post[members],
                    k,
                    gain=knowledge,
                    ordinal=not knowledge,
                )
                if summary.get("suppressed"):
                    domain_cells[domain] = {
                        "suppressed": True,
                        "reason": summary["reason"],
                    }
                else:
                    domain_cells[domain] = _cell_summary(summary) | {
                        "suppressed": False
                    }
            rows.append(row | {"suppressed": False, "domains": domain_cells})
        result[key] = rows
    return result


COMPLEMENTARY_REASON = (
    "hidden as well so that a suppressed group cannot be worked out "
    "from the total (complementary suppression)"
)


def analyse_block(block: ItemBlock, k: int) -> dict[str, Any]:
    """Item analysis and reliability for one instrument's matched learners.

    Suppressed whole (``suppressed: True``, no items) when the block has fewer
    than ``k`` learners.
    """
    out: dict[str, Any] = {"instrument": block.instrument, "n": block.n}
    if block.n < k:
        out.update(
            {
                "n": None,
                "suppressed": True,
                "reason": f"fewer than {k} learners",
                "items": [],
                "reliability": [],
            }
        )
        return out
    out["suppressed"] = False
    present = {
        phase: [not np.all(np.isnan(matrix[:, j])) for j in range(len(block.items))]
        for phase, matrix in (("pre", block.pre), ("post", block.post))
    }
    discrimination: dict[tuple[str, int], Any] = {}
    reasons: dict[tuple[str, int], str | None] = {}
    reliability = []
    for domain in DOMAINS:
        for phase, matrix in (("pre", block.pre), ("post", block.post)):
            columns = [
                j
                for j, item in enumerate(block.items)
                if item.domain == domain and present[phase][j]
            ]
            if not columns:
                continue
            rows = matrix[:, columns]
            disc = stats.item_discrimination(rows)
            for position, j in enumerate(columns):
                discrimination[(phase, j)] = disc["discrimination"][position]
                reasons[(phase, j)] = disc["null_reasons"].get(
                    f"discrimination[{position}]"
                )
            dichotomous = all(
                block.items[j].item_type in DICHOTOMOUS_TYPES for j in columns
            )
            if dichotomous:
                result = stats.kr20(rows)
                method, key = "kr20", "kr20"
            else:
                result = stats.cronbach_alpha(rows)
                method, key = "cronbach_alpha", "alpha"
            value = result[key]
            reliability.append(
                {
                    "domain": domain,
                    "phase": phase,
                    "method": method,
                    "value": value,
                    "n": result["n"],
                    "n_excluded": result["n_excluded"],
                    "n_items": result["n_items"],
                    "null_reasons": {"value": result["null_reasons"][key]}
                    if value is None
                    else {},
                }
            )
    items = []
    for j, item in enumerate(block.items):
        pre_scores = block.pre[:, j]
        post_scores = block.post[:, j]
        row: dict[str, Any] = {
            "item_key": item.key,
            "code": item.code,
            "domain": item.domain,
            "subscale": item.subscale,
            "item_type": item.item_type,
            "reverse_coded": item.reverse_coded,
            "text": item.text,
            "difficulty_pre": stats.item_difficulty(pre_scores),
            "difficulty_post": stats.item_difficulty(post_scores),
        }
        for phase in ("pre", "post"):
            if (phase, j) in discrimination:
                row[f"discrimination_{phase}"] = discrimination[(phase, j)]
                row[f"discrimination_{phase}_reason"] = reasons[(phase, j)]
            else:
                row[f"discrimination_{phase}"] = None
                row[f"discrimination_{phase}_reason"] = "item not on this test"
        if item.item_type in DICHOTOMOUS_TYPES:
            row["mcnemar"] = stats.mcnemar(pre_scores, post_scores)
        else:
            row["mcnemar"] = None
        row["ordinal"] = ordinal_item_change(item, pre_scores, post_scores, k)
        levels = item.answer_levels()
        if levels and (item.key in block.pre_values or item.key in block.post_values):
            row["distribution"] = stats.likert_distribution(
                block.pre_values.get(item.key, []),
                block.post_values.get(item.key, []),
                levels,
            )
        else:
            row["distribution"] = None
        items.append(row)
    out["items"] = items
    out["reliability"] = reliability
    return out


def scale_values(scores: np.ndarray, low: float, high: float) -> np.ndarray:
    """Item scores in [0, 1] back on the item's own scale: min + s (max - min).

    The score is (x' - min) / (max - min) of the answer's number x' after
    reverse coding (``assessments.scoring.score_item``), so this is x', the
    number on the declared scale with reverse coding applied; rounded to 9
    decimals so that 1 + 6 * (4 / 6) is 5.0, not 4.999999999999999.
    """
    return np.round(low + scores * (high - low), stats.DIFF_DECIMALS)


def ordinal_item_change(
    item: ItemMeta, pre_scores: np.ndarray, post_scores: np.ndarray, k: int
) -> dict[str, Any] | None:
    """``stats.ordinal_change`` of an ordinal item on its own scale, or ``None``.

    ``None`` for items that are not ordinal (right/wrong, yes/no). Suppressed
    when fewer than ``k`` learners answered the item on both tests (a
    question shown only to some learners, by skip logic).
    """
    bounds = item.value_range()
    if bounds is None:
        return None
    low, high = bounds
    result = stats.ordinal_change(
        scale_values(pre_scores, low, high),
        scale_values(post_scores, low, high),
        scale_min=low,
        scale_max=high,
    )
    return stats.suppress({"s": result}, k)["s"]


def build_report(
    units: Sequence[Mapping],
    blocks: Iterable[ItemBlock],
    *,
    k: int,
    dimensions: Sequence[str | tuple[str, str]] = DIMENSIONS,
) -> dict[str, Any]:
    """Compute every figure of the KAP report from plain inputs.

    Returns a JSON-safe dict with ``schema``, ``small_cell_threshold``,
    ``attrition``, ``domains``, ``subscales``, ``change_distribution``,
    ``instruments`` (item analysis and reliability) and ``disaggregation``;
    ``docs/kap_report.md`` documents every key. ``units`` and ``blocks`` are
    described in the module docstring.
    """
    domains = _scale_keys(units, "domains")
    subscales = _scale_keys(units, "subscales")
    report: dict[str, Any] = {"schema": SCHEMA, "small_cell_threshold": k}
    report["ordinal_domains"] = [d for d in domains if not _right_wrong(d)]

    n_units = len(units)
    n_pre = sum(1 for u in units if u.get("pre"))
    n_post = sum(1 for u in units if u.get("post"))
    n_matched = sum(1 for u in units if u.get("pre") and u.get("post"))
    attrition = {
        "n_units": n_units,
        "n_pre": n_pre,
        "n_post": n_post,
        "n_matched": n_matched,
        "n_pre_only": n_pre - n_matched,
        "n_post_only": n_post - n_matched,
        "attrition_rate": (n_pre - n_matched) / n_pre if n_pre else None,
    }
    report["attrition"] = stats.suppress({"all": attrition}, k, "n_pre")["all"]
    if n_pre == 0:
        report["attrition"] = attrition | {
            "suppressed": False,
            "null_reasons": {"attrition_rate": "no learner has a pre-test score"},
        }

    report["domains"] = {}
    report["change_distribution"] = {}
    for domain in domains:
        pre, post = _vectors(units, "domains", domain)
        knowledge = _right_wrong(domain)
        result = _matched_summary(pre, post, k, gain=knowledge, ordinal=not knowledge)
        report["domains"][domain] = {
            "matching": result["matching"],
            "summary": result["summary"],
            "mean_ci95": {
                phase: mean_ci95(result["summary"], phase) for phase in ("pre", "post")
            },
        }
        if result["summary"].get("suppressed"):
            report["change_distribution"][domain] = {
                "n": None,
                "bins": [],
                "suppressed": True,
            }
        else:
            report["change_distribution"][domain] = change_distribution(
                result["changes"], k
            ) | {"suppressed": False}

    report["subscales"] = {}
    for subscale in subscales:
        pre, post = _vectors(units, "subscales", subscale)
        knowledge = _right_wrong(subscale)
        result = _matched_summary(pre, post, k, gain=knowledge, ordinal=not knowledge)
        report["subscales"][subscale] = {
            "matching": result["matching"],
            "summary": result["summary"],
        }

    report["instruments"] = [analyse_block(block, k) for block in blocks]
    report["disaggregation"] = disaggregate(units, dimensions, domains, k)
    return report
