"""Reads for the KAP evaluation report: from the database to plain vectors.

The database does the filtering and the joins: one ``.values()`` query over
submitted pre/post attempts (with school, class, course and learner columns
joined in) and one over their item responses, both filtered by the same
subquery, so no model instance is built per learner and no ``IN`` list grows
with the data. Everything after that is ``reports.analysis`` and
``assessments.stats`` on plain lists and numpy arrays.

``docs/kap_report.md`` documents the filters, the cohort rule and every key of
the returned dict.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from accounts.models import Gender
from assessments import scoring, versions
from assessments.labels import answer_labels
from assessments.models import Attempt, Domain, Item, Phase, Response
from courses.models import Audience, CoursePage

from . import analysis

AGE_BAND_LABELS = {
    "under_10": _lazy("under 10"),
    "10_12": _lazy("10-12"),
    "13_15": _lazy("13-15"),
    "16_17": _lazy("16-17"),
    "18_plus": _lazy("18 and over"),
}
DEFAULT_COMBINATIONS = (("gender", "age_band"),)


@dataclass(frozen=True)
class ReportFilters:
    """Which attempts a report covers. Every field is optional.

    ``programme``, ``country``, ``region``, ``school``, ``school_class``,
    ``course`` (a course page id; all its translations count) and
    ``instrument`` (an instrument code) select attempts directly.
    ``date_from``/``date_to`` (inclusive, local dates), ``language`` and
    ``survey_wave`` (a wave id) define the cohort through the pre-test: see
    :func:`report_units`.
    """

    programme: int | None = None
    country: str = ""
    region: str = ""
    school: int | None = None
    school_class: int | None = None
    course: int | None = None
    instrument: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    language: str = ""
    survey_wave: int | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("date_from", "date_to"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data


def small_cell_threshold() -> int:
    return int(getattr(settings, "SMALL_CELL_THRESHOLD", 10))


def report_attempts(filters: ReportFilters) -> QuerySet:
    """Submitted pre- and post-test attempts selected by ``filters``.

    Date and language filters are pushed down only as far as they are safe:
    a pre-test must fall in the range and language; a post-test is kept if it
    was submitted on or after ``date_from`` (it may pair with a pre-test in the
    range even when it was taken after ``date_to``).
    """
    qs = Attempt.objects.filter(
        submitted_at__isnull=False, phase__in=[Phase.PRE, Phase.POST]
    )
    if filters.programme is not None:
        qs = qs.filter(school__programme_id=filters.programme)
    if filters.country:
        qs = qs.filter(school__country=filters.country)
    if filters.region:
        qs = qs.filter(school__region=filters.region)
    if filters.school is not None:
        qs = qs.filter(school_id=filters.school)
    if filters.school_class is not None:
        qs = qs.filter(school_class_id=filters.school_class)
    if filters.course is not None:
        key = (
            CoursePage.objects.filter(pk=filters.course)
            .values_list("translation_key", flat=True)
            .first()
        )
        qs = qs.filter(course_key=key) if key else qs.none()
    if filters.instrument:
        qs = qs.filter(instrument__code=filters.instrument)
    pre = Q(phase=Phase.PRE)
    post = Q(phase=Phase.POST)
    if filters.date_from:
        pre &= Q(submitted_at__date__gte=filters.date_from)
        post &= Q(submitted_at__date__gte=filters.date_from)
    if filters.date_to:
        pre &= Q(submitted_at__date__lte=filters.date_to)
    if filters.language:
        pre &= Q(locale=filters.language)
    if filters.survey_wave is not None:
        pre &= Q(survey_wave_id=filters.survey_wave)
    return qs.filter(pre | post)


ATTEMPT_FIELDS = (
    "id",
    "learner_id",
    "course_key",
    "phase",
    "locale",
    "instrument__code",
    "school_id",
    "school__name",
    "school__country",
    "school__region",
    "school_class_id",
    "school_class__name",
    "course__audience",
    "learner__gender",
    "learner__birth_year",
    "submitted_at",
    "scores",
    "survey_wave_id",
    "survey_wave__name",
)


def _passes_cohort(row: dict, filters: ReportFilters) -> bool:
    """Whether a post-test-only attempt belongs to the cohort on its own."""
    day = timezone.localdate(row["submitted_at"])
    if filters.date_from and day < filters.date_from:
        return False
    if filters.date_to and day > filters.date_to:
        return False
    if filters.survey_wave is not None and row["survey_wave_id"] != filters.survey_wave:
        return False
    return not (filters.language and row["locale"] != filters.language)


def _groups(row: dict) -> dict[str, str]:
    region = row["school__country"] or ""
    if row["school__region"]:
        region = f"{region}/{row['school__region']}"
    return {
        "gender": row["learner__gender"] or "",
        "age_band": analysis.age_band(
            row["learner__birth_year"], timezone.localdate(row["submitted_at"]).year
        ),
        "audience": row["course__audience"] or "",
        "language": row["locale"] or "",
        "school": str(row["school_id"] or ""),
        "class": str(row["school_class_id"] or ""),
        "region": region,
        "survey_wave": str(row["survey_wave_id"] or ""),
    }


def report_units(filters: ReportFilters) -> tuple[list[dict], dict[str, dict]]:
    """Return the report's units (learner × course) and group labels.

    The cohort rule: a unit is in the report if its pre-test matches every
    filter; its post-test then counts whenever it was submitted. A unit with
    only a post-test is in the report if that post-test matches every filter
    (it counts as "post only" in the attrition table). Disaggregation values
    come from the pre-test attempt (school, class, language and age at the
    pre-test), or from the post-test for post-only units.

    Each unit is ``{"groups", "pre", "post", "pre_attempt", "post_attempt",
    "pre_instrument", "post_instrument"}``.
    """
    pre_rows: dict[tuple, dict] = {}
    post_rows: dict[tuple, dict] = {}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in (
        report_attempts(filters).values(*ATTEMPT_FIELDS).iterator(chunk_size=2000)
    ):
        key = (
            row["learner_id"],
            str(row["course_key"] or f"instrument:{row['instrument__code']}"),
        )
        (pre_rows if row["phase"] == Phase.PRE else post_rows)[key] = row
        if row["school_id"]:
            labels["school"][str(row["school_id"])] = row["school__name"]
        if row["survey_wave_id"]:
            labels["survey_wave"][str(row["survey_wave_id"])] = row["survey_wave__name"]
        if row["school_class_id"]:
            labels["class"][str(row["school_class_id"])] = (
                f"{row['school_class__name']} ({row['school__name']})"
            )
    units = []
    for key in sorted(pre_rows.keys() | post_rows.keys(), key=str):
        pre = pre_rows.get(key)
        post = post_rows.get(key)
        if pre is None and not _passes_cohort(post, filters):
            continue
        defining = pre or post
        units.append(
            {
                "groups": _groups(defining),
                "pre": pre["scores"] if pre else None,
                "post": post["scores"] if post else None,
                "pre_attempt": pre["id"] if pre else None,
                "post_attempt": post["id"] if post else None,
                "pre_instrument": pre["instrument__code"] if pre else None,
                "post_instrument": post["instrument__code"] if post else None,
            }
        )
    return units, labels


def _item_meta(item_keys: set, language: str) -> tuple[dict, dict]:
    """The question each item key stands for across versions of its form
    (``Item.identity``, assessments.versions), and the questions'
    descriptions by identity, in ``language`` where available. An unchanged
    question of a later version describes its first version's, word for word
    in the source language. One query."""
    identity: dict = {}
    meta: dict = {}
    rank: dict = {}
    for item in Item.objects.filter(translation_key__in=item_keys).select_related(
        "locale", "instrument"
    ):
        key = item.identity
        identity[item.translation_key] = key
        preferred = 0 if item.locale.language_code == language else 1
        if key in rank and rank[key] <= preferred:
            continue
        rank[key] = preferred
        spec = item.spec()
        numbers = [number for _name, number in spec.scale()]
        meta[key] = (
            item.sort_order or 0,
            analysis.ItemMeta(
                key=str(key),
                code=item.code,
                domain=item.domain,
                subscale=item.subscale,
                item_type=item.item_type,
                text=item.text,
                levels=spec.levels(),
                scale_range=(min(numbers), max(numbers)) if numbers else (),
                reverse_coded=spec.reverse_coded,
            ),
            item.instrument.version,
        )
    return identity, meta


def report_item_blocks(
    filters: ReportFilters, units: list[dict], language: str
) -> list[analysis.ItemBlock]:
    """Item-score matrices of the matched units, one block per instrument pair."""
    by_instrument: dict[str, list[dict]] = defaultdict(list)
    for unit in units:
        if unit["pre"] and unit["post"]:
            pre, post = unit["pre_instrument"], unit["post_instrument"]
            name = pre if pre == post else f"{pre} → {post}"
            by_instrument[name].append(unit)
    if not by_instrument:
        return []
    where: dict = {}
    for name, members in by_instrument.items():
        for row, unit in enumerate(members):
            where[unit["pre_attempt"]] = (name, row, "pre")
            where[unit["post_attempt"]] = (name, row, "post")
    answers: dict[str, list[tuple]] = defaultdict(list)
    item_keys: dict[str, set] = defaultdict(set)
    responses = Response.objects.filter(
        attempt__in=report_attempts(filters).values("id"), score__isnull=False
    ).values_list("attempt_id", "item_key", "score", "value")
    for attempt_id, item_key, score, value in responses.iterator(chunk_size=5000):
        place = where.get(attempt_id)
        if place is None:
            continue
        answers[place[0]].append((place[1], place[2], item_key, score, value))
        item_keys[place[0]].add(item_key)
    # One question across versions of its form is one column
    # (assessments.versions): its items' keys map to the first version's.
    identity, meta = _item_meta(
        set().union(*item_keys.values()) if item_keys else set(), language
    )
    for name in answers:
        answers[name] = [
            (row, phase, identity[key], score, value)
            for row, phase, key, score, value in answers[name]
            if key in identity
        ]
        item_keys[name] = {identity[key] for key in item_keys[name] if key in identity}
    blocks = []
    for name in sorted(by_instrument):
        keys = sorted(
            (key for key in item_keys[name] if key in meta),
            key=lambda key: (meta[key][0], meta[key][1].code),
        )
        # A question that changed in a later version is its own item with
        # the same name: its version tells the two apart.
        codes = [meta[key][1].code for key in keys]
        items = [
            replace(meta[key][1], code=f"{code} (v{meta[key][2]})")
            if codes.count(code) > 1
            else meta[key][1]
            for key, code in zip(keys, codes, strict=True)
        ]
        column = {key: j for j, key in enumerate(keys)}
        n = len(by_instrument[name])
        matrices = {
            "pre": np.full((n, len(keys)), np.nan),
            "post": np.full((n, len(keys)), np.nan),
        }
        values: dict[str, dict[str, list]] = {"pre": {}, "post": {}}
        scale = {key for key in keys if meta[key][1].answer_levels()}
        for key in scale:
            values["pre"][str(key)] = [None] * n
            values["post"][str(key)] = [None] * n
        for row, phase, item_key, score, value in answers[name]:
            j = column.get(item_key)
            if j is None:
                continue
            matrices[phase][row, j] = score
            if item_key in scale:
                values[phase][str(item_key)][row] = value
        blocks.append(
            analysis.ItemBlock(
                instrument=name,
                items=items,
                pre=matrices["pre"],
                post=matrices["post"],
                pre_values=values["pre"],
                post_values=values["post"],
            )
        )
    return blocks


def _group_label(dimension: str, value: str, labels: dict) -> str:
    if value == "":
        return str(_("No wave") if dimension == "survey_wave" else _("Not given"))
    if dimension == "gender":
        return str(dict(Gender.choices).get(value, value))
    if dimension == "age_band":
        return str(AGE_BAND_LABELS.get(value, value))
    if dimension == "audience":
        return str(dict(Audience.choices).get(value, value))
    if dimension == "language":
        return str(dict(settings.LANGUAGES).get(value, value))
    if dimension == "region":
        return value.replace("/", " · ")
    return labels.get(dimension, {}).get(value, value)


def _label_rows(report: dict, labels: dict) -> None:
    for rows in report["disaggregation"].values():
        for row in rows:
            row["label"] = " · ".join(
                _group_label(dimension, value, labels)
                for dimension, value in row["group"].items()
            )


QUESTION_DIMENSION = "q:"
#: Background questions whose answers are groups: a fixed set of answers.
BACKGROUND_GROUP_TYPES = (scoring.SINGLE, scoring.YES_NO, scoring.TRUE_FALSE)


def background_question_groups(
    units: list[dict], labels: dict, questions: tuple[str, ...], language: str
) -> None:
    """Add each background question (a form's question without a KAP domain:
    gender, school type, disability …) as a disaggregation dimension
    ``q:<question name>``: a unit's group is its answer on the pre-test (on
    the post-test for a post-only unit), labelled with the option's text in
    ``language`` where the form has it. Only questions with a fixed set of
    answers (choices, yes/no): a typed answer is not a group. One query for
    the answers, one for the labels."""
    if not questions:
        return
    defining = {}
    for unit in units:
        attempt = unit["pre_attempt"] or unit["post_attempt"]
        defining[attempt] = unit
        for code in questions:
            unit["groups"][f"{QUESTION_DIMENSION}{code}"] = ""
    categorical = BACKGROUND_GROUP_TYPES
    for attempt_id, code, value in Response.objects.filter(
        attempt_id__in=list(defining),
        item__code__in=questions,
        item__domain=scoring.BACKGROUND,
        item__item_type__in=categorical,
    ).values_list("attempt_id", "item__code", "value"):
        defining[attempt_id]["groups"][f"{QUESTION_DIMENSION}{code}"] = value
    rank: dict = {}
    found = set()
    for item in Item.objects.filter(
        code__in=questions, domain=scoring.BACKGROUND, item_type__in=categorical
    ).select_related("locale"):
        found.add(item.code)
        preferred = 0 if item.locale.language_code == language else 1
        dimension = labels[f"{QUESTION_DIMENSION}{item.code}"]
        for value, text in answer_labels(
            item.item_type, item.option_list(), item.locale.language_code
        ):
            if rank.get((item.code, value), 2) > preferred:
                rank[(item.code, value)] = preferred
                dimension[value] = str(text)
    unknown = [code for code in questions if code not in found]
    if unknown:
        raise ValueError(
            _(
                "Not a background question with fixed answers (a choice or "
                "yes/no question without kap_domain): %(names)s"
            )
            % {"names": ", ".join(unknown)}
        )


def kap_report(
    *,
    filters: ReportFilters,
    combinations: tuple[tuple[str, str], ...] = DEFAULT_COMBINATIONS,
    dimensions: tuple[str, ...] = analysis.DIMENSIONS,
    questions: tuple[str, ...] = (),
    k: int | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """Compute the KAP evaluation report for the attempts ``filters`` select.

    Parameters:
        filters: which attempts (see :class:`ReportFilters`).
        combinations: pairs of dimensions to cross, e.g. ``("gender",
            "age_band")``, besides the single ``dimensions``.
        dimensions: the single dimensions to disaggregate by (all of
            :data:`reports.analysis.DIMENSIONS` by default).
        k: the small-cell threshold; ``settings.SMALL_CELL_THRESHOLD`` if None.
        language: language of the item texts (the active language if None).

    Returns the JSON-safe dict documented in ``docs/kap_report.md``: the keys of
    :func:`reports.analysis.build_report` plus ``filters``, ``generated_at``,
    ``domain_labels`` and ``null_reasons`` inside every statistic.
    """
    k = small_cell_threshold() if k is None else k
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    units, labels = report_units(filters)
    questions = tuple(questions)
    background_question_groups(units, labels, questions, language)
    dimensions = (*dimensions, *(f"{QUESTION_DIMENSION}{q}" for q in questions))
    blocks = report_item_blocks(filters, units, language)
    wanted = list(dimensions) + [tuple(c) for c in combinations]
    report = analysis.build_report(units, blocks, k=k, dimensions=wanted)
    _label_rows(report, labels)
    report["filters"] = filters.as_json()
    report["generated_at"] = timezone.now().isoformat(timespec="seconds")
    report["domain_labels"] = {value: str(label) for value, label in Domain.choices}
    report["versions"] = versions.versions_in(report_attempts(filters))
    return report
