"""Pre/post (KAP) outcome statistics for programme evaluation: pure functions.

No Django and no database: numbers in, JSON-safe dicts out. The reporting layer
uses these functions to summarise Knowledge, Attitudes and Practices scores
(0-100 per learner per domain) before and after a course, and to analyse the
items behind them. ``docs/statistics.md`` documents every function, every
output key and every formula.

Conventions used by every function here:

* **Output.** Each function returns a ``dict`` made only of ``int``, ``float``,
  ``str``, ``bool``, ``None``, ``list`` and ``dict`` values: never numpy types,
  tuples, NaN or infinity, so ``json.dumps(result, allow_nan=False)`` works.
* **Nulls.** A statistic that cannot be computed is ``None`` (never NaN), and
  the result's ``null_reasons`` dict says why. ``null_reasons`` maps the *path*
  of every ``None`` in the result to a human-readable reason and has no other
  entries. A path is a key (``"t_p_value"``), followed by ``[i]`` for a list
  element (``"discrimination[2]"``) and ``.key`` inside a nested dict
  (``"levels[0].pre_prop"``).
* **Edge cases are not errors.** Empty input, n < 2, zero variance, everyone
  correct, a pre-test at the ceiling, no discordant pairs: all give ``None`` plus
  a reason. ``ValueError`` is raised only for malformed input (sequences of
  different lengths, ragged matrices, values that are not numbers or lie outside
  their allowed range).
* **Missing values.** ``None`` (or NaN) marks a missing value. Missing values are
  never dropped silently: every function reports how many it left out.
* **Direction.** Differences are post - pre, so a positive difference is an
  improvement. Differences are rounded to 9 decimal places before they are
  classified or ranked, so floating-point noise cannot turn "unchanged" into a
  tiny change or break a tie.
* **Conventions.** Standard deviations are sample SDs (denominator n - 1) unless
  a docstring says otherwise (KR-20 follows Kuder & Richardson and divides by n).
  p-values are two-sided and confidence intervals are 95%.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence
from typing import Any

import numpy as np
from scipy import optimize
from scipy import stats as st

__all__ = [
    "complementary_suppress",
    "cronbach_alpha",
    "item_difficulty",
    "item_discrimination",
    "kr20",
    "likert_distribution",
    "match_pre_post",
    "mcnemar",
    "ordinal_change",
    "paired_summary",
    "suppress",
]

CI_LEVEL = 0.95
DIFF_DECIMALS = 9
WILCOXON_EXACT_MAX_N = 50
#: Our name of each signed-rank method -> ``scipy.stats.wilcoxon``'s.
SCIPY_WILCOXON_METHOD = {"exact": "exact", "normal_approximation": "asymptotic"}
MCNEMAR_EXACT_BELOW = 25
MAX_ABS_T_FOR_INTERVAL = 1e5

ORDINAL_REASON = (
    "ordinal=True: interval-scale statistic (mean-based test, effect size or "
    "gain) not computed; use the medians, the Wilcoxon test, the rank-biserial "
    "correlation and the shares improved, unchanged and declined"
)
NO_PAIRS = "no pairs"
NOT_RIGHT_WRONG = (
    "Hake's normalised gain is defined for scores of right/wrong answers with a "
    "real ceiling (knowledge); not computed for attitude and practice scales"
)

Result = dict[str, Any]


# ---------------------------------------------------------------- helpers


class _Builder:
    """Collects an ordered result dict and the reason for every ``None``."""

    def __init__(self) -> None:
        self.data: Result = {}
        self.reasons: dict[str, str] = {}

    def put(self, key: str, value: Any, reason: str | None = None) -> None:
        """Store ``value``; when it is ``None``, record ``reason`` for it."""
        self.data[key] = value
        if value is None:
            self.reasons[key] = reason or "not computed"

    def null(self, keys: Sequence[str], reason: str) -> None:
        """Store ``None`` for every key in ``keys``, all for the same reason."""
        for key in keys:
            self.put(key, None, reason)

    def finish(self) -> Result:
        """Return the JSON-safe result with its ``null_reasons``."""
        result = _jsonable(self.data, "", self.reasons)
        present = _none_paths(result)
        result["null_reasons"] = {
            path: self.reasons.get(path, "not computed") for path in present
        }
        return result


def _jsonable(value: Any, path: str, reasons: dict[str, str]) -> Any:
    """Convert numpy scalars and tuples to plain Python; never leak NaN/inf.

    A non-finite float (which the functions here never produce on purpose) is
    replaced by ``None`` and its path is given a reason, as a last safeguard.
    """
    kind = type(value)
    if kind is str or kind is int or value is None:  # the common cases, fast
        return value
    if kind is float and math.isfinite(value):
        return value
    if isinstance(value, Mapping):
        return {
            key: _jsonable(item, _join(path, key), reasons)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            _jsonable(item, f"{path}[{index}]", reasons)
            for index, item in enumerate(value)
        ]
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        if not math.isfinite(number):
            reasons.setdefault(path, "numerically undefined (non-finite result)")
            return None
        return number
    return value


def _join(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


def _none_paths(value: Any, path: str = "") -> list[str]:
    """Paths of every ``None`` inside ``value`` (see the module docstring)."""
    kind = type(value)
    if kind is str or kind is int or kind is float:
        return []
    if value is None:
        return [path]
    if isinstance(value, dict):
        found: list[str] = []
        for key, item in value.items():
            if key == "null_reasons" and not path:
                continue
            found.extend(_none_paths(item, _join(path, key)))
        return found
    if isinstance(value, list):
        found = []
        for index, item in enumerate(value):
            found.extend(_none_paths(item, f"{path}[{index}]"))
        return found
    return []


def _is_number(value: Any) -> bool:
    kind = type(value)
    if kind is float or kind is int:  # the common cases, without ABC checks
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def _is_missing(value: Any) -> bool:
    return value is None or (_is_number(value) and math.isnan(float(value)))


def _sort_key(key: Any) -> tuple[int, Any]:
    """Sort numbers before strings, each in natural order; never raises."""
    if _is_number(key):
        return (0, float(key))
    if isinstance(key, str):
        return (1, key)
    return (2, repr(key))


def _numeric_array(values: Any, ndim: int) -> np.ndarray | None:
    """``values`` as a float array when it already is a numeric numpy array.

    The fast path for the reporting layer, which hands over numpy arrays of
    100,000s of scores: validation is then vectorised instead of one
    ``isinstance`` per cell. Anything else (lists, object arrays) returns
    ``None`` and goes through the per-element checks.
    """
    if (
        isinstance(values, np.ndarray)
        and values.ndim == ndim
        and values.dtype.kind in "biuf"
    ):
        return values.astype(float, copy=False)
    return None


def _first_bad(mask: np.ndarray) -> tuple[int, ...]:
    """Index of the first ``True`` in ``mask`` (for error messages)."""
    return tuple(int(i) for i in np.argwhere(mask)[0])


def _scores(values: Sequence[Any], name: str) -> np.ndarray:
    """A 1-d float array of finite numbers, or ``ValueError``."""
    array = _numeric_array(values, 1)
    if array is not None:
        bad = ~np.isfinite(array)
        if bad.any():
            (index,) = _first_bad(bad)
            raise ValueError(
                f"{name}[{index}] = {float(array[index])!r} is not a finite number; "
                "pass complete pairs (see match_pre_post)"
            )
        return array
    if isinstance(values, str | bytes):
        raise ValueError(f"{name} must be a sequence of numbers, not a string")
    out = []
    for index, value in enumerate(values):
        if not _is_number(value) or not math.isfinite(float(value)):
            raise ValueError(
                f"{name}[{index}] = {value!r} is not a finite number; "
                "pass complete pairs (see match_pre_post)"
            )
        out.append(float(value))
    return np.asarray(out, dtype=float)


def _check_cell(value: Any, where: str) -> None:
    if not _is_number(value) or not math.isfinite(float(value)):
        raise ValueError(f"{where} = {value!r} is not a finite number")


def _any_value(values: np.ndarray) -> np.ndarray:
    return np.ones(values.shape, dtype=bool)


def _unit_interval(values: np.ndarray) -> np.ndarray:
    return (values >= 0) & (values <= 1)


def _zero_one(values: np.ndarray) -> np.ndarray:
    return (values == 0) | (values == 1)


def _check_allowed(
    array: np.ndarray,
    allowed: Callable[[np.ndarray], np.ndarray],
    what: str,
    where: Callable[[tuple[int, ...]], str],
) -> None:
    """Raise ``ValueError`` naming the first value ``allowed`` rejects."""
    bad = ~allowed(array)
    if bad.any():
        index = _first_bad(bad)
        raise ValueError(f"{where(index)} = {float(array[index])!r} is not {what}")


def _complete_rows(
    matrix: Sequence[Sequence[Any]],
    *,
    allowed: Callable[[np.ndarray], np.ndarray] = _any_value,
    what: str = "allowed",
) -> tuple[np.ndarray, int, int]:
    """Listwise deletion on a learners x items matrix.

    Returns ``(complete_rows, n_excluded, n_items)``: the rows without any
    missing value as an (n, k) float array, the number of rows dropped because
    they had a missing value, and the number of items k. ``allowed`` is a
    vectorised predicate on the complete values.
    """
    array = _numeric_array(matrix, 2)
    if array is not None:
        if np.isinf(array).any():
            r, c = _first_bad(np.isinf(array))
            raise ValueError(
                f"matrix[{r}][{c}] = {float(array[r, c])!r} is not a finite number"
            )
        missing = np.isnan(array).any(axis=1)
        complete = array[~missing]
        rows_kept = np.flatnonzero(~missing)
        _check_allowed(
            complete,
            allowed,
            what,
            lambda index: f"matrix[{int(rows_kept[index[0]])}][{index[1]}]",
        )
        return complete, int(missing.sum()), int(array.shape[1])
    if isinstance(matrix, str | bytes):
        raise ValueError("matrix must be a sequence of rows")
    rows = list(matrix)
    n_items = None
    complete_rows: list[list[float]] = []
    row_numbers: list[int] = []
    excluded = 0
    for r, row in enumerate(rows):
        if isinstance(row, str | bytes) or not isinstance(row, Sequence | np.ndarray):
            raise ValueError(f"matrix row {r} is not a sequence of item scores")
        row = list(row)
        if n_items is None:
            n_items = len(row)
        elif len(row) != n_items:
            raise ValueError(f"matrix row {r} has {len(row)} items, expected {n_items}")
        if any(_is_missing(value) for value in row):
            excluded += 1
            continue
        for c, value in enumerate(row):
            _check_cell(value, f"matrix[{r}][{c}]")
        complete_rows.append([float(value) for value in row])
        row_numbers.append(r)
    n_items = n_items or 0
    array = np.asarray(complete_rows, dtype=float).reshape(len(complete_rows), n_items)
    _check_allowed(
        array,
        allowed,
        what,
        lambda index: f"matrix[{row_numbers[index[0]]}][{index[1]}]",
    )
    return array, excluded, n_items


def _ncp_interval(t: float, df: float) -> tuple[float, float] | None:
    """95% interval for the noncentrality parameter of a noncentral t.

    Finds the ncp values that put the observed ``t`` at the 97.5th and 2.5th
    percentiles of a noncentral t with ``df`` degrees of freedom (Steiger &
    Fouladi 1997; Cumming & Finch 2001). Returns ``None`` when the root cannot
    be bracketed within numerical limits: |t| >= 1e5 (scipy's noncentral t is
    unreliable and slow that far out; it happens only when the differences are
    all but identical) or a non-finite cdf.
    """
    if not math.isfinite(t) or abs(t) >= MAX_ABS_T_FOR_INTERVAL:
        return None
    alpha = 1.0 - CI_LEVEL

    def solve(target: float) -> float | None:
        def gap(ncp: float) -> float:
            return float(st.nct.cdf(t, df, ncp)) - target

        width = max(1.0, abs(t) / 4)
        low, high = t - width, t + width
        for _ in range(30):
            g_low, g_high = gap(low), gap(high)
            if not (math.isfinite(g_low) and math.isfinite(g_high)):
                return None
            if g_low > 0 > g_high:
                break
            if g_low <= 0:
                low -= width
            if g_high >= 0:
                high += width
            width *= 2
        else:
            return None
        try:
            root = optimize.brentq(gap, low, high, xtol=1e-12, rtol=1e-12)
        except ValueError:  # the cdf returned NaN inside the bracket
            return None
        return float(root) if math.isfinite(root) else None

    with np.errstate(all="ignore"):
        lower = solve(1.0 - alpha / 2)
        upper = solve(alpha / 2)
    if lower is None or upper is None:
        return None
    return lower, upper


def _signed_rank_p(nonzero: np.ndarray, method: str) -> float:
    """Two-sided p of the Wilcoxon signed-rank test, by ``scipy.stats.wilcoxon``.

    ``nonzero`` holds the non-zero differences (zeros already discarded:
    Wilcoxon's method, scipy's ``zero_method="wilcox"``). ``method`` is
    ``"exact"`` (the exact null distribution of W+; only without tied
    magnitudes) or ``"normal_approximation"``: z = (W+ - m(m+1)/4) /
    sqrt(m(m+1)(2m+1)/24 - sum(t^3 - t)/48), with the tie correction and no
    continuity correction (Hollander & Wolfe's large-sample approximation, as
    R's ``wilcox.test(exact = FALSE, correct = FALSE)``).
    """
    result = st.wilcoxon(
        nonzero,
        zero_method="wilcox",
        correction=False,
        method=SCIPY_WILCOXON_METHOD[method],
    )
    return float(min(1.0, result.pvalue))


# --------------------------------------------------------------- matching


def match_pre_post(
    pre: Mapping[Hashable, float | None], post: Mapping[Hashable, float | None]
) -> Result:
    """Pair each learner's pre-test score with their post-test score.

    Parameters:
        pre: learner key -> pre-test score. Keys are any hashable, sortable
            values (ints or strings). A ``None`` or NaN score means the learner
            has no usable score on that test.
        post: learner key -> post-test score, as ``pre``.

    Returns a dict with ``pairs`` (``[key, pre, post]`` lists sorted by key),
    ``pre_only`` and ``post_only`` (sorted keys of learners with a score on one
    test only), ``pre_no_score`` and ``post_no_score`` (keys present with a
    ``None``/NaN score), the counts ``n_matched``, ``n_pre_only``,
    ``n_post_only``, ``n_pre`` and ``n_post``, and ``attrition_rate``: the share
    of pre-test takers with no post-test score (``None`` when nobody took the
    pre-test). Keys sort numbers first, then strings. Nobody is dropped
    silently: every key appears in ``pairs``, ``pre_only``, ``post_only`` or a
    ``*_no_score`` list.

    Raises ``ValueError`` for a ``None`` key or a score that is not a number.
    """
    pre_scores, pre_missing = _split_scores(pre, "pre")
    post_scores, post_missing = _split_scores(post, "post")
    matched = sorted(pre_scores.keys() & post_scores.keys(), key=_sort_key)
    pre_only = sorted(pre_scores.keys() - post_scores.keys(), key=_sort_key)
    post_only = sorted(post_scores.keys() - pre_scores.keys(), key=_sort_key)

    out = _Builder()
    out.put("pairs", [[key, pre_scores[key], post_scores[key]] for key in matched])
    out.put("pre_only", pre_only)
    out.put("post_only", post_only)
    out.put("pre_no_score", sorted(pre_missing, key=_sort_key))
    out.put("post_no_score", sorted(post_missing, key=_sort_key))
    out.put("n_matched", len(matched))
    out.put("n_pre_only", len(pre_only))
    out.put("n_post_only", len(post_only))
    out.put("n_pre", len(pre_scores))
    out.put("n_post", len(post_scores))
    if pre_scores:
        out.put("attrition_rate", len(pre_only) / len(pre_scores))
    else:
        out.put("attrition_rate", None, "no learner has a pre-test score")
    return out.finish()


def _split_scores(
    scores: Mapping[Hashable, Any], name: str
) -> tuple[dict[Hashable, float], list[Hashable]]:
    valid: dict[Hashable, float] = {}
    missing: list[Hashable] = []
    for key, value in scores.items():
        if key is None:
            raise ValueError(f"{name} has a None learner key")
        if _is_missing(value) or (_is_number(value) and math.isinf(float(value))):
            missing.append(key)
        elif _is_number(value):
            valid[key] = float(value)
        else:
            raise ValueError(f"{name}[{key!r}] = {value!r} is not a number")
    return valid, missing


# ---------------------------------------------------------- paired summary


def paired_summary(
    pre: Sequence[float],
    post: Sequence[float],
    *,
    max_score: float = 100.0,
    ordinal: bool = False,
    effect_size_ci: bool = True,
    gain: bool = True,
) -> Result:
    """Describe and test the change from pre-test to post-test.

    Parameters:
        pre: pre-test scores, one per learner (complete pairs only: use
            ``match_pre_post`` first).
        post: post-test scores in the same learner order.
        max_score: the maximum possible score (100 on the 0-100 scale), used
            by Hake's normalized gain and for range checks.
        ordinal: set for ordinal data (e.g. attitude scales). Then only the
            descriptives, medians, the Wilcoxon test, the rank-biserial
            correlation and the shares improved / unchanged / declined are
            computed; the t-test, confidence interval, Cohen's d, the pre/post
            correlation and Hake's gains are ``None``.
        effect_size_ci: compute the noncentral-t intervals of d_z and d_av
            (about 30 ms each). ``False`` leaves the four ``*_ci95_*`` keys
            ``None`` with the reason "not requested"; for tables of many small
            groups that do not show them.
        gain: compute Hake's normalised gains. Set ``False`` for scores that
            are not percent correct (attitude and practice scales): the four
            ``hake_*`` keys are then ``None`` with the reason.

    Returns a dict with the sample size ``n``; descriptives ``pre_mean``,
    ``pre_sd``, ``pre_median``, ``post_mean``, ``post_sd``, ``post_median``,
    ``mean_diff``, ``diff_sd``, ``median_diff``; the t-based 95% CI of the mean
    difference ``ci95_low``/``ci95_high``; the paired t-test ``t_statistic``,
    ``t_df``, ``t_p_value``; the Wilcoxon signed-rank test
    ``wilcoxon_statistic`` (min of W+ and W-), ``wilcoxon_w_plus``,
    ``wilcoxon_w_minus``, ``wilcoxon_n_nonzero``, ``wilcoxon_p_value``,
    ``wilcoxon_method``, ``wilcoxon_zero_method`` and
    ``wilcoxon_continuity_correction`` (always ``False``); the matched-pairs
    rank-biserial correlation ``rank_biserial`` = (W+ - W-) / (W+ + W-)
    (Kerby 2014) on ``rank_biserial_n`` non-zero differences;
    ``pre_post_correlation``;
    Cohen's ``d_z`` and ``d_av`` with ``*_ci95_low``/``*_ci95_high``; Hake's
    ``hake_g_class``, ``hake_g_individual_mean``, ``hake_n_included`` and
    ``hake_n_excluded``; the counts and proportions ``n_improved``,
    ``n_unchanged``, ``n_declined``, ``prop_improved``, ``prop_unchanged``,
    ``prop_declined``; and ``null_reasons``. ``docs/statistics.md`` gives the
    formula behind each key.

    Raises ``ValueError`` if the sequences differ in length, hold anything but
    finite numbers, ``max_score`` is not positive, or (unless ``ordinal``) a
    score lies outside ``[0, max_score]``.
    """
    if not _is_number(max_score) or not math.isfinite(max_score) or max_score <= 0:
        raise ValueError(f"max_score must be a positive number, got {max_score!r}")
    before = _scores(pre, "pre")
    after = _scores(post, "post")
    if len(before) != len(after):
        raise ValueError(
            f"pre has {len(before)} scores but post has {len(after)}; "
            "they must be paired"
        )
    if not ordinal:
        both = np.concatenate([before, after])
        if both.size and (both.min() < 0 or both.max() > max_score):
            raise ValueError(f"scores must lie in [0, {max_score:g}]")
    max_score = float(max_score)
    n = len(before)
    diffs = np.round(after - before, DIFF_DECIMALS)

    out = _Builder()
    out.put("n", n)
    out.put("max_score", max_score)
    out.put("ordinal", bool(ordinal))
    _describe(out, before, after, diffs)
    _t_test(out, diffs, ordinal)
    _wilcoxon(out, diffs)
    _effect_sizes(out, before, after, diffs, ordinal, effect_size_ci)
    _hake(out, before, after, max_score, ordinal, gain)
    _shares(out, diffs)
    return out.finish()


def _describe(
    out: _Builder, before: np.ndarray, after: np.ndarray, diffs: np.ndarray
) -> None:
    n = len(before)
    one = "fewer than 2 pairs: a sample SD needs n >= 2"
    for label, values in (("pre", before), ("post", after)):
        if n == 0:
            out.null([f"{label}_mean", f"{label}_sd", f"{label}_median"], NO_PAIRS)
            continue
        out.put(f"{label}_mean", float(values.mean()))
        out.put(f"{label}_sd", float(values.std(ddof=1)) if n >= 2 else None, one)
        out.put(f"{label}_median", float(np.median(values)))
    if n == 0:
        out.null(["mean_diff", "diff_sd", "median_diff"], NO_PAIRS)
        return
    out.put("mean_diff", float(diffs.mean()))
    out.put("diff_sd", float(diffs.std(ddof=1)) if n >= 2 else None, one)
    out.put("median_diff", float(np.median(diffs)))


def _t_reason(diffs: np.ndarray, ordinal: bool) -> str | None:
    """Why a t-based statistic cannot be computed, or ``None`` if it can."""
    if ordinal:
        return ORDINAL_REASON
    if len(diffs) == 0:
        return NO_PAIRS
    if len(diffs) < 2:
        return "fewer than 2 pairs: t needs n >= 2"
    if diffs.std(ddof=1) == 0:
        return (
            "all differences are identical (SD of the differences is 0), "
            "so t is undefined"
        )
    return None


def _t_test(out: _Builder, diffs: np.ndarray, ordinal: bool) -> None:
    keys = ["ci95_low", "ci95_high", "t_statistic", "t_df", "t_p_value"]
    reason = _t_reason(diffs, ordinal)
    if reason:
        out.null(keys, reason)
        return
    n = len(diffs)
    df = n - 1
    se = diffs.std(ddof=1) / math.sqrt(n)
    t = float(diffs.mean() / se)
    margin = float(st.t.ppf(1 - (1 - CI_LEVEL) / 2, df)) * se
    out.put("ci95_low", float(diffs.mean() - margin))
    out.put("ci95_high", float(diffs.mean() + margin))
    out.put("t_statistic", t)
    out.put("t_df", df)
    out.put("t_p_value", float(min(1.0, 2 * st.t.sf(abs(t), df))))


WILCOXON_KEYS = (
    "wilcoxon_statistic",
    "wilcoxon_w_plus",
    "wilcoxon_w_minus",
    "wilcoxon_n_nonzero",
    "wilcoxon_p_value",
    "wilcoxon_method",
)
NOTHING_TO_RANK = "all differences are zero: nothing to rank"


def _wilcoxon(out: _Builder, diffs: np.ndarray) -> None:
    """The signed-rank test and the matched-pairs rank-biserial correlation.

    ``diffs`` are the rounded differences post - pre. Zeros are discarded
    before ranking; the m non-zero magnitudes get average ranks for ties.
    W+ and W- are the rank sums of the positive and negative differences,
    and r = (W+ - W-) / (W+ + W-) (Kerby 2014), on those m pairs.
    """
    keys = list(WILCOXON_KEYS)
    nonzero = diffs[diffs != 0]
    m = len(nonzero)
    rank_biserial: float | None = None
    if len(diffs) == 0:
        out.null(keys, NO_PAIRS)
        reason = NO_PAIRS
    elif m == 0:
        out.null(keys[:3], NOTHING_TO_RANK)
        out.put("wilcoxon_n_nonzero", 0)
        out.null(keys[4:], NOTHING_TO_RANK)
        reason = NOTHING_TO_RANK
    else:
        magnitudes = np.abs(nonzero)
        ranks = st.rankdata(magnitudes)
        w_plus = float(ranks[nonzero > 0].sum())
        w_minus = float(ranks[nonzero < 0].sum())
        # Exact only for m <= 50 without tied magnitudes (so the costly
        # np.unique runs on small samples only).
        exact = m <= WILCOXON_EXACT_MAX_N and len(np.unique(magnitudes)) == m
        method = "exact" if exact else "normal_approximation"
        out.put("wilcoxon_statistic", min(w_plus, w_minus))
        out.put("wilcoxon_w_plus", w_plus)
        out.put("wilcoxon_w_minus", w_minus)
        out.put("wilcoxon_n_nonzero", m)
        out.put("wilcoxon_p_value", _signed_rank_p(nonzero, method))
        out.put("wilcoxon_method", method)
        rank_biserial = (w_plus - w_minus) / (w_plus + w_minus)
        reason = None
    out.put("wilcoxon_zero_method", "wilcox")
    out.put("wilcoxon_continuity_correction", False)
    out.put("rank_biserial", rank_biserial, reason)
    out.put("rank_biserial_n", m if len(diffs) else None, NO_PAIRS)


def _effect_sizes(
    out: _Builder,
    before: np.ndarray,
    after: np.ndarray,
    diffs: np.ndarray,
    ordinal: bool,
    with_ci: bool = True,
) -> None:
    n = len(diffs)
    t_reason = _t_reason(diffs, ordinal)

    # Pearson correlation between pre and post scores.
    if ordinal:
        out.put("pre_post_correlation", None, ORDINAL_REASON)
    elif n < 3:
        out.put(
            "pre_post_correlation",
            None,
            "fewer than 3 pairs: a correlation needs n >= 3",
        )
    elif before.std() == 0 or after.std() == 0:
        out.put(
            "pre_post_correlation",
            None,
            "pre or post scores have no variance: correlation undefined",
        )
    else:
        out.put("pre_post_correlation", float(np.corrcoef(before, after)[0, 1]))

    # Cohen's d_z = mean difference / SD of the differences.
    dz_keys = ["d_z", "d_z_ci95_low", "d_z_ci95_high"]
    if t_reason:
        out.null(dz_keys, t_reason)
        t = None
    else:
        sd_diff = float(diffs.std(ddof=1))
        t = float(diffs.mean() / (sd_diff / math.sqrt(n)))
        out.put("d_z", float(diffs.mean()) / sd_diff)
        _put_interval(out, "d_z", t, n, 1 / math.sqrt(n), with_ci)

    # Cohen's d_av = mean difference / ((SD_pre + SD_post) / 2).
    dav_keys = ["d_av", "d_av_ci95_low", "d_av_ci95_high"]
    if ordinal:
        out.null(dav_keys, ORDINAL_REASON)
        return
    if n < 2:
        out.null(dav_keys, NO_PAIRS if n == 0 else "fewer than 2 pairs")
        return
    sd_av = (before.std(ddof=1) + after.std(ddof=1)) / 2
    if sd_av == 0:
        out.null(dav_keys, "pre and post SDs are both 0: d_av undefined")
        return
    out.put("d_av", float(diffs.mean() / sd_av))
    if t is None:
        out.null(dav_keys[1:], t_reason or "t undefined")
        return
    # Algina & Keselman (2003): rescale the ncp limits from the d_z metric.
    _put_interval(
        out,
        "d_av",
        t,
        n,
        float(diffs.std(ddof=1)) / (math.sqrt(n) * sd_av),
        with_ci,
    )


EFFECT_CI_NOT_REQUESTED = "not requested (effect_size_ci=False)"


def _put_interval(
    out: _Builder, name: str, t: float, n: int, scale: float, with_ci: bool = True
) -> None:
    """Store ``name``_ci95_low/high = the ncp limits for ``t`` times ``scale``."""
    keys = [f"{name}_ci95_low", f"{name}_ci95_high"]
    if not with_ci:
        out.null(keys, EFFECT_CI_NOT_REQUESTED)
        return
    interval = _ncp_interval(t, n - 1)
    if interval is None:
        out.null(keys, f"noncentral t interval could not be computed for t = {t:.6g}")
        return
    out.put(keys[0], interval[0] * scale)
    out.put(keys[1], interval[1] * scale)


def _hake(
    out: _Builder,
    before: np.ndarray,
    after: np.ndarray,
    max_score: float,
    ordinal: bool,
    gain: bool = True,
) -> None:
    keys = [
        "hake_g_class",
        "hake_g_individual_mean",
        "hake_n_included",
        "hake_n_excluded",
    ]
    if not gain:  # the more specific reason first
        out.null(keys, NOT_RIGHT_WRONG)
        return
    if ordinal:
        out.null(keys, ORDINAL_REASON)
        return
    n = len(before)
    if n == 0:
        out.null(keys[:2], NO_PAIRS)
        out.put("hake_n_included", 0)
        out.put("hake_n_excluded", 0)
        return
    pre_mean = float(before.mean())
    if pre_mean >= max_score:
        out.put(
            "hake_g_class",
            None,
            "class pre-test mean is at the maximum score (ceiling): no room to gain",
        )
    else:
        out.put(
            "hake_g_class", (float(after.mean()) - pre_mean) / (max_score - pre_mean)
        )
    room = before < max_score
    included = int(room.sum())
    if included == 0:
        out.put(
            "hake_g_individual_mean",
            None,
            "every learner scored the maximum on the pre-test (ceiling)",
        )
    else:
        gains = (after[room] - before[room]) / (max_score - before[room])
        out.put("hake_g_individual_mean", float(gains.mean()))
    out.put("hake_n_included", included)
    out.put("hake_n_excluded", n - included)


def _shares(out: _Builder, diffs: np.ndarray) -> None:
    n = len(diffs)
    counts = {
        "improved": int((diffs > 0).sum()),
        "unchanged": int((diffs == 0).sum()),
        "declined": int((diffs < 0).sum()),
    }
    for label, count in counts.items():
        out.put(f"n_{label}", count)
    for label, count in counts.items():
        out.put(f"prop_{label}", count / n if n else None, NO_PAIRS)


# ---------------------------------------------------------- item analysis


def item_difficulty(responses: Sequence[float | None]) -> Result:
    """Item difficulty (facility): the proportion of learners answering right.

    Parameters:
        responses: one item score per learner: 0 or 1 (``True``/``False``
            allowed), or a partial-credit score in [0, 1]. ``None`` or NaN
            means the learner did not answer and is left out.

    Returns a dict with ``difficulty`` (mean item score, i.e. the proportion
    correct for 0/1 items; ``None`` if nobody answered), ``n`` (answers used)
    and ``n_missing`` (``None``/NaN responses left out).

    Raises ``ValueError`` for a value that is not a number in [0, 1].
    """
    array = _numeric_array(responses, 1)
    if array is not None:
        present = ~np.isnan(array)
        values = array[present]
        _check_allowed(
            array,
            lambda v: np.isnan(v) | _unit_interval(v),
            "in [0, 1]",
            lambda index: f"responses[{index[0]}]",
        )
        missing = int((~present).sum())
    else:
        if isinstance(responses, str | bytes):
            raise ValueError("responses must be a sequence of item scores")
        listed: list[float] = []
        missing = 0
        for index, value in enumerate(responses):
            if _is_missing(value):
                missing += 1
                continue
            if isinstance(value, bool | np.bool_):
                value = int(value)
            where = f"responses[{index}]"
            _check_cell(value, where)
            if not 0 <= float(value) <= 1:
                raise ValueError(f"{where} = {value!r} is not in [0, 1]")
            listed.append(float(value))
        values = np.asarray(listed, dtype=float)
    out = _Builder()
    out.put(
        "difficulty",
        float(values.sum()) / len(values) if len(values) else None,
        "no responses (all missing or empty input)",
    )
    out.put("n", int(len(values)))
    out.put("n_missing", missing)
    return out.finish()


def item_discrimination(matrix: Sequence[Sequence[float | None]]) -> Result:
    """Corrected item-total correlation for every item of a test.

    Parameters:
        matrix: learners x items; each entry a 0/1 item score or a scored value
            in [0, 1] (``True``/``False`` allowed). A row with any ``None``/NaN
            is dropped (listwise deletion) and counted in ``n_excluded``.

    Returns a dict with ``discrimination``: for each item column j, the Pearson
    correlation between the item score and the total of the *other* items (the
    rest score), so the item does not correlate with itself. An entry is
    ``None`` when the item or its rest score has no variance (e.g. everyone
    answered it correctly), when fewer than 3 complete learners remain, or when
    the test has fewer than 2 items. Also ``n`` (learners used), ``n_excluded``
    and ``n_items``.

    Raises ``ValueError`` for a ragged matrix or a value outside [0, 1].
    """
    data, excluded, k = _complete_rows(
        _bools_to_ints(matrix), allowed=_unit_interval, what="in [0, 1]"
    )
    n = len(data)
    out = _Builder()
    out.put("n", n)
    out.put("n_excluded", excluded)
    out.put("n_items", k)
    values: list[float | None] = []
    for j in range(k):
        path = f"discrimination[{j}]"
        if k < 2:
            out.reasons[path] = "need at least 2 items to form a rest score"
            values.append(None)
            continue
        if n < 3:
            out.reasons[path] = "fewer than 3 complete learners"
            values.append(None)
            continue
        item = data[:, j]
        rest = data.sum(axis=1) - item
        if item.std() == 0:
            out.reasons[path] = (
                f"every learner scored {item[0]:g} on this item (e.g. everyone "
                "correct): no variance, so the correlation is undefined"
            )
            values.append(None)
        elif rest.std() == 0:
            out.reasons[path] = (
                "the rest score (total of the other items) has no variance: "
                "correlation undefined"
            )
            values.append(None)
        else:
            values.append(float(np.corrcoef(item, rest)[0, 1]))
    out.put("discrimination", values)
    return out.finish()


def _bools_to_ints(matrix: Sequence[Sequence[Any]]) -> Any:
    if _numeric_array(matrix, 2) is not None:
        return matrix  # numeric arrays (bool included) are handled vectorised
    if isinstance(matrix, str | bytes):
        raise ValueError("matrix must be a sequence of rows")
    converted = []
    for row in matrix:
        if isinstance(row, str | bytes) or not isinstance(row, Sequence | np.ndarray):
            converted.append(row)  # rejected with a clear message later
            continue
        converted.append([int(v) if isinstance(v, bool | np.bool_) else v for v in row])
    return converted


def mcnemar(
    pre_correct: Sequence[bool | int | None],
    post_correct: Sequence[bool | int | None],
    *,
    exact_below: int = MCNEMAR_EXACT_BELOW,
) -> Result:
    """McNemar's test for paired right/wrong answers to one item.

    Parameters:
        pre_correct: per learner, 1/``True`` if right on the pre-test, 0/
            ``False`` if wrong, ``None`` if not answered.
        post_correct: the same learners' post-test answers, same order.
        exact_below: use the exact test when the number of discordant pairs
            b + c is below this (25 by default), the chi-square otherwise.

    Returns a dict with the 2x2 counts ``a`` (right both times), ``b`` (right
    before, wrong after), ``c`` (wrong before, right after) and ``d`` (wrong
    both times); ``n`` complete pairs and ``n_incomplete`` pairs left out for a
    ``None``; ``pre_prop_correct`` and ``post_prop_correct``; the exact
    two-sided binomial p-value ``exact_p_value``; the continuity-corrected
    chi-square ``chi2_cc`` = (max(|b - c| - 1, 0))^2 / (b + c) (1 df) with
    ``chi2_cc_p_value``; ``method`` ("exact" or "chi2_cc") and ``p_value`` from
    that method. The tests are ``None`` when there are no discordant pairs.

    Raises ``ValueError`` for unequal lengths or values other than 0/1/bool.
    """
    pre_array = _numeric_array(pre_correct, 1)
    post_array = _numeric_array(post_correct, 1)
    if pre_array is not None and post_array is not None:
        return _mcnemar_arrays(pre_array, post_array, exact_below)
    pre_list, post_list = list(pre_correct), list(post_correct)
    if len(pre_list) != len(post_list):
        raise ValueError(
            f"pre_correct has {len(pre_list)} answers but post_correct has "
            f"{len(post_list)}; they must be paired"
        )
    counts = {"a": 0, "b": 0, "c": 0, "d": 0}
    incomplete = 0
    for index, (before, after) in enumerate(zip(pre_list, post_list, strict=True)):
        if _is_missing(before) or _is_missing(after):
            incomplete += 1
            continue
        right_before = _binary(before, f"pre_correct[{index}]")
        right_after = _binary(after, f"post_correct[{index}]")
        cell = {(1, 1): "a", (1, 0): "b", (0, 1): "c", (0, 0): "d"}
        counts[cell[right_before, right_after]] += 1
    return _mcnemar_result(counts, incomplete, exact_below)


def _mcnemar_arrays(before: np.ndarray, after: np.ndarray, exact_below: int) -> Result:
    """``mcnemar`` on float arrays (NaN = not answered), vectorised."""
    if len(before) != len(after):
        raise ValueError(
            f"pre_correct has {len(before)} answers but post_correct has "
            f"{len(after)}; they must be paired"
        )
    complete = ~np.isnan(before) & ~np.isnan(after)
    for name, values in (("pre_correct", before), ("post_correct", after)):
        _check_allowed(
            values,
            lambda v: np.isnan(v) | _zero_one(v),
            "0/1 or True/False",
            lambda index, name=name: f"{name}[{index[0]}]",
        )
    right_before = before[complete] == 1
    right_after = after[complete] == 1
    counts = {
        "a": int((right_before & right_after).sum()),
        "b": int((right_before & ~right_after).sum()),
        "c": int((~right_before & right_after).sum()),
        "d": int((~right_before & ~right_after).sum()),
    }
    return _mcnemar_result(counts, int((~complete).sum()), exact_below)


def _mcnemar_result(
    counts: dict[str, int], incomplete: int, exact_below: int
) -> Result:
    a, b, c, d = counts["a"], counts["b"], counts["c"], counts["d"]
    n = a + b + c + d

    out = _Builder()
    out.put("n", n)
    out.put("n_incomplete", incomplete)
    for key, value in counts.items():
        out.put(key, value)
    no_pairs = "no complete pairs"
    out.put("pre_prop_correct", (a + b) / n if n else None, no_pairs)
    out.put("post_prop_correct", (a + c) / n if n else None, no_pairs)
    keys = ["exact_p_value", "chi2_cc", "chi2_cc_p_value", "method", "p_value"]
    discordant = b + c
    if discordant == 0:
        out.null(
            keys,
            no_pairs
            if n == 0
            else "no discordant pairs (b + c = 0): the test has no information",
        )
        return out.finish()
    exact_p = float(min(1.0, 2 * st.binom.cdf(min(b, c), discordant, 0.5)))
    chi2 = max(abs(b - c) - 1, 0) ** 2 / discordant
    chi2_p = float(st.chi2.sf(chi2, 1))
    method = "exact" if discordant < exact_below else "chi2_cc"
    out.put("exact_p_value", exact_p)
    out.put("chi2_cc", float(chi2))
    out.put("chi2_cc_p_value", chi2_p)
    out.put("method", method)
    out.put("p_value", exact_p if method == "exact" else chi2_p)
    return out.finish()


def _binary(value: Any, where: str) -> int:
    if isinstance(value, bool | np.bool_):
        return int(value)
    if _is_number(value) and float(value) in (0.0, 1.0):
        return int(value)
    raise ValueError(f"{where} = {value!r} is not 0/1 or True/False")


def likert_distribution(
    pre_values: Sequence[Any], post_values: Sequence[Any], levels: Sequence[Any]
) -> Result:
    """Counts and proportions per response level, before and after.

    Parameters:
        pre_values: pre-test responses (e.g. 1-5); ``None`` means no answer.
            Pre and post need not be paired or of equal length.
        post_values: post-test responses, as ``pre_values``.
        levels: the allowed levels in display order (str, int or float).

    Returns a dict with ``levels``: one dict per level with ``level``,
    ``pre_count``, ``pre_prop``, ``post_count`` and ``post_prop`` (proportions
    of the non-missing answers; ``None`` when there are none), and ``pre_n``,
    ``pre_n_missing``, ``post_n``, ``post_n_missing``.

    Raises ``ValueError`` for no levels, duplicate or non-JSON levels, or a
    response that is not one of the levels.
    """
    level_list = list(levels)
    if not level_list:
        raise ValueError("levels must not be empty")
    for level in level_list:
        if not (isinstance(level, str) or _is_number(level)) or (
            _is_number(level) and not math.isfinite(float(level))
        ):
            raise ValueError(f"level {level!r} must be a string or finite number")
    if len(set(level_list)) != len(level_list):
        raise ValueError("levels must be unique")

    tallies = {}
    for label, values in (("pre", pre_values), ("post", post_values)):
        if isinstance(values, str | bytes):
            raise ValueError(f"{label}_values must be a sequence of responses")
        counts = dict.fromkeys(level_list, 0)
        missing = 0
        for index, value in enumerate(values):
            if _is_missing(value):
                missing += 1
            elif isinstance(value, Hashable) and value in counts:
                counts[value] += 1
            else:
                raise ValueError(
                    f"{label}_values[{index}] = {value!r} is not one of the levels"
                )
        tallies[label] = (counts, sum(counts.values()), missing)

    out = _Builder()
    rows = []
    for i, level in enumerate(level_list):
        row: Result = {"level": level}
        for label in ("pre", "post"):
            counts, total, _ = tallies[label]
            row[f"{label}_count"] = counts[level]
            row[f"{label}_prop"] = counts[level] / total if total else None
            if not total:
                out.reasons[f"levels[{i}].{label}_prop"] = (
                    f"no {label}-test responses (all missing or empty input)"
                )
        rows.append(row)
    out.put("levels", rows)
    for label in ("pre", "post"):
        _, total, missing = tallies[label]
        out.put(f"{label}_n", total)
        out.put(f"{label}_n_missing", missing)
    return out.finish()


def ordinal_change(
    pre: Sequence[float | None],
    post: Sequence[float | None],
    *,
    scale_min: float,
    scale_max: float,
) -> Result:
    """Pre/post change of one ordinal item (a scale of any length), matched.

    Parameters:
        pre: per learner, the number of the pre-test answer on the item's own
            scale, after reverse coding (``scale_min + scale_max - x`` for a
            negatively worded statement or a risky behaviour, so that a higher
            number is always the desired direction); ``None``/NaN when not
            answered.
        post: the same learners' post-test numbers, in the same order.
        scale_min, scale_max: the lowest and the highest number of the
            declared scale (1 and 7 on a 7-point scale 1-7).

    A learner with a missing answer on either side is left out and counted in
    ``n_incomplete``; everything else is computed on the ``n`` complete pairs.

    Returns a dict with ``n``, ``n_incomplete``, ``scale_min``, ``scale_max``,
    ``scale_midpoint`` = (min + max) / 2; ``pre_median``, ``post_median`` and
    ``median_diff`` (median of post - pre); ``pre_prop_above_mid`` and
    ``post_prop_above_mid``, the share of answers above the midpoint (the
    agree side of an agreement scale, the frequent side of a frequency scale;
    a neutral middle answer does not count); the Wilcoxon signed-rank test
    and the matched-pairs rank-biserial correlation with the same keys as
    :func:`paired_summary` (``wilcoxon_*``, ``rank_biserial``,
    ``rank_biserial_n``); and ``n_improved`` / ``n_unchanged`` /
    ``n_declined`` with their ``prop_*``. Values that cannot be computed are
    ``None`` with a reason in ``null_reasons``.

    Raises ``ValueError`` for sequences of different lengths, a value that is
    not a number, ``scale_min >= scale_max``, or a value outside the scale.
    """
    for name, bound in (("scale_min", scale_min), ("scale_max", scale_max)):
        if not _is_number(bound) or not math.isfinite(float(bound)):
            raise ValueError(f"{name} must be a finite number, got {bound!r}")
    low, high = float(scale_min), float(scale_max)
    if low >= high:
        raise ValueError(f"scale_min ({low:g}) must be below scale_max ({high:g})")
    before = _optional_values(pre, "pre")
    after = _optional_values(post, "post")
    if len(before) != len(after):
        raise ValueError(
            f"pre has {len(before)} values but post has {len(after)}; "
            "they must be paired"
        )
    for name, values in (("pre", before), ("post", after)):
        _check_allowed(
            values,
            lambda v: np.isnan(v) | ((v >= low) & (v <= high)),
            f"on the scale [{low:g}, {high:g}]",
            lambda index, name=name: f"{name}[{index[0]}]",
        )
    complete = ~np.isnan(before) & ~np.isnan(after)
    before, after = before[complete], after[complete]
    n = len(before)
    midpoint = (low + high) / 2
    diffs = np.round(after - before, DIFF_DECIMALS)

    out = _Builder()
    out.put("n", n)
    out.put("n_incomplete", int((~complete).sum()))
    out.put("scale_min", low)
    out.put("scale_max", high)
    out.put("scale_midpoint", midpoint)
    if n == 0:
        out.null(
            [
                "pre_median",
                "post_median",
                "median_diff",
                "pre_prop_above_mid",
                "post_prop_above_mid",
            ],
            NO_PAIRS,
        )
    else:
        out.put("pre_median", float(np.median(before)))
        out.put("post_median", float(np.median(after)))
        out.put("median_diff", float(np.median(diffs)))
        out.put("pre_prop_above_mid", float((before > midpoint).mean()))
        out.put("post_prop_above_mid", float((after > midpoint).mean()))
    _wilcoxon(out, diffs)
    _shares(out, diffs)
    return out.finish()


def _optional_values(values: Sequence[Any], name: str) -> np.ndarray:
    """A 1-d float array with NaN for ``None``/NaN, or ``ValueError``."""
    array = _numeric_array(values, 1)
    if array is not None:
        if np.isinf(array).any():
            (index,) = _first_bad(np.isinf(array))
            raise ValueError(
                f"{name}[{index}] = {float(array[index])!r} is not a finite number"
            )
        return array
    if isinstance(values, str | bytes):
        raise ValueError(f"{name} must be a sequence of numbers, not a string")
    out = []
    for index, value in enumerate(values):
        if _is_missing(value):
            out.append(math.nan)
            continue
        _check_cell(value, f"{name}[{index}]")
        out.append(float(value))
    return np.asarray(out, dtype=float)


# ------------------------------------------------------------- reliability


def cronbach_alpha(matrix: Sequence[Sequence[float | None]]) -> Result:
    """Cronbach's coefficient alpha for a set of items.

    Parameters:
        matrix: learners x items item scores (any finite numbers, e.g. 0/1,
            0..1 or raw Likert points). A row with any ``None``/NaN is dropped
            (listwise deletion).

    Returns a dict with ``alpha`` = k / (k - 1) * (1 - sum of item variances /
    variance of the total score), ``item_variance_sum`` and ``total_variance``
    (sample variances, denominator n - 1; alpha itself does not depend on the
    denominator as long as it is the same for both), ``n`` (learners used),
    ``n_excluded`` (rows dropped) and ``n_items``. ``alpha`` is ``None`` with
    fewer than 2 items, fewer than 2 complete learners, or when every learner
    has the same total score. Alpha can be negative; it is reported as is.

    Raises ``ValueError`` for a ragged matrix or a non-numeric value.
    """
    data, excluded, k = _complete_rows(_bools_to_ints(matrix))
    return _reliability(data, excluded, k, ddof=1, name="alpha")


def kr20(matrix: Sequence[Sequence[int | bool | None]]) -> Result:
    """Kuder-Richardson formula 20 for dichotomous (0/1) items.

    Parameters:
        matrix: learners x items, each entry 0/1 (``True``/``False`` allowed).
            A row with any ``None``/NaN is dropped (listwise deletion).

    Returns a dict with ``kr20`` = k / (k - 1) * (1 - sum(p_j q_j) /
    variance of the total score), where p_j is the proportion right on item j
    (``item_p``) and q_j = 1 - p_j; ``sum_pq``; ``total_variance``, the
    *population* variance of the total scores (denominator n), as Kuder &
    Richardson (1937) use, which is consistent with p_j q_j being the
    population variance of item j; ``n``, ``n_excluded`` and ``n_items``. With
    that convention KR-20 equals Cronbach's alpha on the same 0/1 data.

    Raises ``ValueError`` for a ragged matrix or a value other than 0/1.
    """
    data, excluded, k = _complete_rows(
        _bools_to_ints(matrix), allowed=_zero_one, what="0 or 1"
    )
    return _reliability(data, excluded, k, ddof=0, name="kr20")


def _reliability(
    data: np.ndarray, excluded: int, k: int, *, ddof: int, name: str
) -> Result:
    """Shared body of ``cronbach_alpha`` (ddof=1) and ``kr20`` (ddof=0)."""
    n = len(data)
    is_kr20 = name == "kr20"
    sum_key = "sum_pq" if is_kr20 else "item_variance_sum"
    out = _Builder()
    if n < 2:
        reason = "fewer than 2 complete learners (after listwise deletion)"
        out.null([name, sum_key, "total_variance"], reason)
    else:
        item_variance_sum = float(data.var(axis=0, ddof=ddof).sum())
        total_variance = float(data.sum(axis=1).var(ddof=ddof))
        if k < 2:
            out.put(name, None, "need at least 2 items")
        elif total_variance == 0:
            out.put(
                name,
                None,
                "every learner has the same total score (total variance 0)",
            )
        else:
            out.put(name, k / (k - 1) * (1 - item_variance_sum / total_variance))
        out.put(sum_key, item_variance_sum)
        out.put("total_variance", total_variance)
    if is_kr20:
        if n:
            out.put("item_p", [float(p) for p in data.mean(axis=0)])
        else:
            out.put("item_p", [None] * k)
            for j in range(k):
                out.reasons[f"item_p[{j}]"] = "no complete learners"
    out.put("n", n)
    out.put("n_excluded", excluded)
    out.put("n_items", k)
    return out.finish()


# ------------------------------------------------------------ suppression


def suppress(
    cells: Mapping[Hashable, Mapping[str, Any]],
    k: int = 10,
    count_key: str = "n",
    *,
    keep: Collection[str] = (),
) -> dict[Hashable, Result]:
    """Hide statistics of small groups (small-cell suppression).

    Parameters:
        cells: cell key (e.g. a class or school) -> that cell's result dict,
            which holds its learner count under ``count_key``.
        k: the minimum number of learners a cell must have to be shown.
        count_key: the key of the learner count in each cell.
        keep: keys that are labels rather than statistics (e.g. ``"label"``)
            and stay visible in a suppressed cell; must not include
            ``count_key``.

    Returns a new dict with the same keys. A cell whose count is at least
    ``k`` is returned unchanged plus ``suppressed: False``. Any other cell
    (count below ``k``, or missing/not a number) has every value, the count
    included, replaced by ``None`` (except ``keep`` keys) and gets
    ``suppressed: True``, ``reason`` (e.g. ``"fewer than 10 learners"``) and a
    fresh ``null_reasons`` naming the suppressed keys. This is primary
    suppression only: totals or differences across cells can still reveal a
    hidden cell (see ``docs/statistics.md``).

    Raises ``ValueError`` if ``k`` is not a positive integer or ``keep``
    contains ``count_key``.
    """
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    if count_key in keep:
        raise ValueError("keep must not contain count_key: the count is hidden too")
    shown: dict[Hashable, Result] = {}
    for cell_key, cell in cells.items():
        count = cell.get(count_key)
        valid = _is_number(count) and math.isfinite(float(count))
        if valid and count >= k:
            shown[cell_key] = {**cell, "suppressed": False}
            continue
        reason = (
            f"fewer than {k} learners"
            if valid
            else f"learner count {count_key!r} missing or not a number"
        )
        hidden: Result = {}
        reasons: dict[str, str] = {}
        for name, value in cell.items():
            if name in ("null_reasons", "suppressed", "reason"):
                continue
            if name in keep:
                hidden[name] = value
            else:
                hidden[name] = None
                reasons[name] = reason
        hidden[count_key] = None
        reasons[count_key] = reason
        hidden["suppressed"] = True
        hidden["reason"] = reason
        hidden["null_reasons"] = reasons
        shown[cell_key] = hidden
    return shown


def complementary_suppress(
    counts: Mapping[tuple, int], k: int, *, vary: Collection[int] | None = None
) -> set[tuple]:
    """Return the cells to hide: small ones, and enough others to protect them.

    Parameters:
        counts: cell key (a tuple, one value per dimension, e.g.
            ``("f", "10_12")``) -> that cell's learner count.
        k: the minimum number of learners a shown cell must have.
        vary: the key positions along which totals may be published (default:
            all). A *line* is a set of cells that agree on every position but
            one of these; its total is assumed known (the overall n, or the
            margin shown in another table).

    Primary suppression hides every cell with fewer than ``k`` learners. If a
    line then had exactly one hidden cell, its count would be the line total
    minus the shown cells; and two hidden cells adding up to less than ``k``
    would reveal a small group too. So, in every line with a hidden cell, the
    smallest shown cells are hidden as well until the line has at least two
    hidden cells that together hold at least ``k`` learners (or nothing is left
    to hide). Lines share cells, so this repeats until nothing changes.
    Deterministic: ties go by key order. Not an optimal (minimum-loss)
    solution, which is NP-hard in general; a simple, conservative one.
    """
    hidden = {key for key, n in counts.items() if n < k}
    width = len(next(iter(counts), ()))
    positions = range(width) if vary is None else vary
    lines: list[list[tuple]] = []
    for position in positions:
        by_rest: dict[tuple, list[tuple]] = {}
        for key in counts:
            by_rest.setdefault(key[:position] + key[position + 1 :], []).append(key)
        lines.extend(by_rest.values())
    changed = bool(hidden)
    while changed:
        changed = False
        for line in lines:
            line_hidden = [key for key in line if key in hidden]
            if not line_hidden:
                continue
            shown = sorted(
                (key for key in line if key not in hidden),
                key=lambda key: (counts[key], key),
            )
            total = sum(counts[key] for key in line_hidden)
            while shown and (len(line_hidden) == 1 or total < k):
                extra = shown.pop(0)
                hidden.add(extra)
                line_hidden.append(extra)
                total += counts[extra]
                changed = True
    return hidden
