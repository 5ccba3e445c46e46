"""Writes about tests: starting, saving answers as they come, submitting, scoring.

Every answer is written in the request's own transaction before the learner is
told it was saved. Saving the same answer twice updates one row; a resend with
the same client id is a no-op; a submitted attempt accepts no more answers.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import scoring
from .models import Attempt, Item, Phase, Response
from .selectors import instrument_for_phase, localized_instrument, phase_state


class AttemptError(Exception):
    """A test action that is not allowed; the message is safe to show."""


class AttemptNotOpen(AttemptError):
    pass


class AttemptAlreadySubmitted(AttemptError):
    pass


@dataclass
class SaveResult:
    saved: int = 0
    errors: dict[int, str] = field(default_factory=dict)


def _learner_context(learner) -> dict:
    membership = (
        learner.memberships.select_related("school_class__school")
        .order_by("-joined_at")
        .first()
    )
    if membership is None:
        return {"school_class": None, "school": None}
    return {
        "school_class": membership.school_class,
        "school": membership.school_class.school,
    }


def attempt_get_or_start(*, learner, course, phase: str, language: str) -> Attempt:
    """Return the learner's attempt for this course phase, starting it if allowed."""
    instrument = instrument_for_phase(course, phase)
    if instrument is None:
        raise AttemptNotOpen(_("This course has no such test."))
    state = phase_state(user=learner, course=course, phase=phase)
    if state == "not_yet":
        if phase == Phase.POST:
            raise AttemptNotOpen(
                _("The post-test opens when you have finished all the lessons.")
            )
        raise AttemptNotOpen(_("This test is not open yet."))
    existing = Attempt.objects.filter(
        learner=learner, course_key=course.translation_key, phase=phase
    ).first()
    if existing:
        return existing
    delivered = localized_instrument(instrument, language)
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                learner=learner,
                instrument=delivered,
                course=course,
                course_key=course.translation_key,
                phase=phase,
                locale=language,
                **_learner_context(learner),
            )
    except IntegrityError:  # a second tab started it at the same moment
        return Attempt.objects.get(
            learner=learner, course_key=course.translation_key, phase=phase
        )


def attempt_items(attempt: Attempt) -> list[Item]:
    return list(attempt.instrument.get_items())


def attempt_save_answers(
    *, attempt: Attempt, answers: Mapping[int, str | Iterable[str]]
) -> SaveResult:
    """Save answers given as ``{item_id: raw value}``; report invalid ones.

    Valid answers are saved even when others in the same request are invalid,
    so nothing the learner gave is lost.
    """
    result = SaveResult()
    items = {item.pk: item for item in attempt_items(attempt)}
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_submitted:
            raise AttemptAlreadySubmitted(
                _("This test has already been handed in; answers can't be changed.")
            )
        for item_id, raw in answers.items():
            item = items.get(item_id)
            if item is None:
                result.errors[item_id] = _("This question is not part of this test.")
                continue
            spec = item.spec()
            try:
                value = scoring.normalise_value(spec, raw)
                item_score = scoring.score_item(spec, value)
            except scoring.InvalidAnswer:
                result.errors[item_id] = _("Please choose one of the answers shown.")
                continue
            Response.objects.update_or_create(
                attempt=locked,
                item_key=item.translation_key,
                defaults={"item": item, "value": value, "score": item_score},
            )
            result.saved += 1
    return result


def attempt_unanswered(attempt: Attempt) -> list[Item]:
    answered = set(attempt.responses.values_list("item_key", flat=True))
    return [
        item
        for item in attempt_items(attempt)
        if item.translation_key not in answered and item.item_type != scoring.OPEN
    ]


def attempt_score(attempt: Attempt) -> dict:
    """Recompute the attempt's scores from its item-level responses."""
    items = attempt_items(attempt)
    by_key = {item.translation_key: item for item in items}
    values = {
        by_key[r.item_key].code: r.value
        for r in attempt.responses.all()
        if r.item_key in by_key
    }
    return scoring.score_attempt([item.spec() for item in items], values)


def attempt_submit(*, attempt: Attempt) -> Attempt:
    """Hand in the attempt: score it and lock it. Refuses a second submit."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_submitted:
            raise AttemptAlreadySubmitted(_("This test has already been handed in."))
        missing = attempt_unanswered(locked)
        if missing:
            raise AttemptError(
                _("Please answer every question first (%(n)d left).")
                % {"n": len(missing)}
            )
        locked.scores = attempt_score(locked)
        locked.submitted_at = timezone.now()
        locked.save(update_fields=["scores", "submitted_at"])
    return locked
