"""Paper mode: a teacher or data clerk types in a class's paper tests in one grid.

All or nothing: if any cell is invalid, nothing is saved and the grid comes
back with every typed value kept and each bad cell marked, so nothing the
clerk typed is lost and no class is left half-entered.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from classes.selectors import survey_wave_id_for

from . import scoring
from .models import Attempt, Instrument, Response, Source


class PaperEntryRejected(Exception):
    """Some cells are invalid; ``errors`` maps (learner id, item id) to a message."""

    def __init__(self, errors: dict[tuple[int, int], str]):
        super().__init__(f"{len(errors)} invalid cells")
        self.errors = errors


@dataclass
class PaperEntryResult:
    attempts: int
    responses: int


def paper_cell_value(item, raw: str) -> str:
    """Return the stored value for a typed cell, or raise ``InvalidAnswer``.

    Clerks may type option names in any case, ``AB`` or ``A B`` for several
    one-letter options, ``t``/``f`` and ``y``/``n``.
    """
    text = raw.strip()
    spec = item.spec()
    keys = {key.lower(): key for key in spec.option_keys}
    if item.item_type == scoring.MULTI:
        parts = [part for part in re.split(r"[\s,;]+", text) if part]
        if len(parts) == 1 and len(text) > 1 and all(len(k) == 1 for k in keys):
            parts = list(text)
        text = ",".join(keys.get(part.lower(), part) for part in parts)
    elif item.item_type in (scoring.SINGLE, scoring.SCALE):
        text = keys.get(text.lower(), text)
    elif item.item_type == scoring.TRUE_FALSE:
        text = {"t": "true", "f": "false"}.get(text.lower(), text.lower())
    elif item.item_type == scoring.YES_NO:
        text = {"y": "yes", "n": "no"}.get(text.lower(), text.lower())
    elif item.item_type == scoring.ACKNOWLEDGE:
        text = scoring.ACKNOWLEDGED if text.lower() in ("ok", "x", "y", "yes") else text
    return scoring.normalise_value(spec, text)


def paper_results_save(
    *,
    school_class,
    course,
    phase: str,
    instrument: Instrument,
    entered_by,
    taken_on: date,
    grid: Mapping[int, Mapping[int, str]],
) -> PaperEntryResult:
    """Save one attempt per learner row that has at least one answer.

    ``grid`` maps learner id to ``{item id: typed value}``. Learners not in the
    class, and learners who already have an attempt for this phase, are refused.
    """
    items = {item.pk: item for item in instrument.get_items()}
    members = set(school_class.memberships.values_list("learner_id", flat=True))
    taken = set(
        Attempt.objects.filter(
            learner_id__in=members, course_key=course.translation_key, phase=phase
        ).values_list("learner_id", flat=True)
    )
    errors: dict[tuple[int, int], str] = {}
    rows: dict[int, dict[int, str]] = {}
    for learner_id, cells in grid.items():
        filled = {item_id: raw for item_id, raw in cells.items() if raw.strip()}
        if not filled:
            continue
        if learner_id not in members:
            errors[(learner_id, 0)] = _("This learner is not in the class.")
            continue
        if learner_id in taken:
            errors[(learner_id, 0)] = _("This learner already has answers here.")
            continue
        row = {}
        for item_id, raw in filled.items():
            item = items.get(item_id)
            if item is None:
                errors[(learner_id, item_id)] = _("Not a question of this test.")
                continue
            try:
                row[item_id] = paper_cell_value(item, raw)
            except scoring.InvalidAnswer:
                errors[(learner_id, item_id)] = _("Not one of the answers: %(a)s") % {
                    "a": allowed_answers(item)
                }
        rows[learner_id] = row
    if errors:
        raise PaperEntryRejected(errors)

    from .services import attempt_score

    when = timezone.make_aware(datetime.combine(taken_on, time(12)))
    n_responses = 0
    with transaction.atomic():
        for learner_id, row in rows.items():
            attempt = Attempt.objects.create(
                learner_id=learner_id,
                instrument=instrument,
                course=course,
                course_key=course.translation_key,
                phase=phase,
                locale=instrument.locale.language_code,
                school_class=school_class,
                school=school_class.school,
                source=Source.PAPER,
                entered_by=entered_by,
                started_at=when,
            )
            Response.objects.bulk_create(
                Response(
                    attempt=attempt,
                    item=items[item_id],
                    item_key=items[item_id].translation_key,
                    value=value,
                    score=scoring.score_item(items[item_id].spec(), value),
                )
                for item_id, value in row.items()
            )
            n_responses += len(row)
            attempt.scores = attempt_score(attempt)
            attempt.submitted_at = when
            attempt.survey_wave_id = survey_wave_id_for(attempt=attempt)
            attempt.save(update_fields=["scores", "submitted_at", "survey_wave"])
    return PaperEntryResult(attempts=len(rows), responses=n_responses)


def allowed_answers(item) -> str:
    """Return a short hint of what may be typed in a cell for this item."""
    if item.item_type in scoring.OPTION_TYPES:
        keys = " ".join(o["key"] for o in item.option_list())
        several = _("several")
        return keys if item.item_type != scoring.MULTI else f"{keys} ({several})"
    return {
        scoring.LIKERT: "1-5",
        scoring.FREQUENCY: "1-5",
        scoring.TRUE_FALSE: "t / f",
        scoring.YES_NO: "y / n",
        scoring.OPEN: _("text"),
        scoring.NUMBER: _("a number"),
        scoring.DATE: _("YYYY-MM-DD"),
        scoring.TIME: _("HH:MM"),
        scoring.DATETIME: _("YYYY-MM-DD HH:MM"),
        scoring.ACKNOWLEDGE: "OK",
    }.get(item.item_type, "")
