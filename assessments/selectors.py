"""Reads about tests: what a learner may take now, and their results."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

from home.content_cache import shared

from . import versions
from .models import Attempt, Instrument, Item, Phase

COURSE_PHASES = (Phase.PRE, Phase.POST)


def instrument_for_phase(course, phase: str) -> Instrument | None:
    """The test a learner starting this phase now is given: the newest version
    of the one the course names (``assessments.versions``)."""
    if phase == Phase.PRE:
        return versions.current(course.pre_test)
    if phase == Phase.POST:
        return versions.current(course.post_test)
    if phase == Phase.FOLLOW_UP:
        post = versions.current(course.post_test)
        return versions.current(post.follow_up_instrument) if post else None
    return None


def instrument_items(instrument_id: int) -> list[Item]:
    """The instrument's items in order, with their options and scoring specs
    worked out once. The same for every learner, so cached per content
    version (saving an instrument or an item changes it); each call returns
    its own copies."""

    def build() -> list[Item]:
        items = list(
            Item.objects.filter(instrument_id=instrument_id).order_by(
                "sort_order", "pk"
            )
        )
        return [item.freeze() for item in items]

    return shared("instrument-items", instrument_id, build=build)


def instrument_calculations(instrument_id: int) -> list[tuple[str, str]]:
    """The instrument's ``calculate`` fields, ``(name, calculation)`` in the
    form's order; cached like its items."""

    def build() -> list[tuple[str, str]]:
        found = (
            Instrument.objects.filter(pk=instrument_id)
            .values_list("calculations", flat=True)
            .first()
        )
        return [(c["name"], c["calculation"]) for c in found or []]

    return shared("instrument-calculations", instrument_id, build=build)


def follow_up_due_at(*, user, course, attempts=None):
    """Return when the follow-up test opens for this learner, or ``None``.

    ``attempts`` (phase -> attempt, as :func:`learner_attempts` gives) saves
    the query when the caller has them already.
    """
    post_test = versions.current(course.post_test)
    if post_test is None or post_test.follow_up_instrument_id is None:
        return None
    post = _attempt(user=user, course=course, phase=Phase.POST, attempts=attempts)
    if post is None or not post.is_submitted:
        return None
    return post.submitted_at + timedelta(days=post_test.follow_up_after_days)


def localized_instrument(instrument: Instrument, language: str | None = None):
    """Return the instrument in the current language, or the one given."""
    language = language or translation.get_language() or "en"
    return shared(
        "instrument-in",
        instrument.pk,
        language,
        build=lambda: (
            instrument.get_translations(inclusive=True)
            .filter(locale__language_code=language)
            .first()
            or instrument
        ),
    )


def phase_attempt(*, user, course, phase: str) -> Attempt | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Attempt.objects.filter(
        learner=user, course_key=course.translation_key, phase=phase
    ).first()


def learner_attempts(*, user, course=None) -> dict:
    """The learner's test attempts in one query: ``{course_key: {phase:
    attempt}}`` (at most one per course and phase), or only ``course``'s
    ``{phase: attempt}`` when it is given."""
    found: dict = {}
    if getattr(user, "is_authenticated", False):
        attempts = Attempt.objects.filter(learner=user, course_key__isnull=False)
        if course is not None:
            attempts = attempts.filter(course_key=course.translation_key)
        for attempt in attempts:
            found.setdefault(attempt.course_key, {})[attempt.phase] = attempt
    if course is not None:
        return found.get(course.translation_key, {})
    return found


def _attempt(*, user, course, phase: str, attempts=None) -> Attempt | None:
    if attempts is not None:
        return attempts.get(phase)
    return phase_attempt(user=user, course=course, phase=phase)


def phase_submitted(*, user, course, phase: str) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return Attempt.objects.filter(
        learner=user,
        course_key=course.translation_key,
        phase=phase,
        submitted_at__isnull=False,
    ).exists()


def phase_state(
    *, user, course, phase: str, attempt=None, lessons_done=None, attempts=None
) -> str:
    """Return one of ``submitted``, ``open``, ``in_progress`` or ``not_yet``.

    Rules: the pre-test comes first and is locked once submitted; the post-test
    opens when the pre-test is submitted and every lesson is complete; the
    follow-up opens a set number of days after the post-test is handed in.
    ``attempts`` (this course's, phase -> attempt) saves the queries.
    """
    attempt = attempt or _attempt(
        user=user, course=course, phase=phase, attempts=attempts
    )
    if attempt and attempt.is_submitted:
        return "submitted"
    if phase == Phase.FOLLOW_UP:
        due = follow_up_due_at(user=user, course=course, attempts=attempts)
        if due is None or timezone.now() < due:
            return "not_yet"
        return "in_progress" if attempt else "open"
    if phase == Phase.POST:
        pre = _attempt(user=user, course=course, phase=Phase.PRE, attempts=attempts)
        if course.pre_test_id and not (pre and pre.is_submitted):
            return "not_yet"
        if lessons_done is None:
            from courses.selectors import course_progress

            progress = course_progress(user=user, course=course)
            lessons_done = progress["done"] >= progress["total"]
        if not lessons_done:
            return "not_yet"
    return "in_progress" if attempt else "open"


def course_test_states(*, user, course, attempts=None, lessons_done=None) -> dict:
    """Return ``{"pre": {...}, "post": {...}}`` for the phases the course has.

    ``attempts`` (this course's, phase -> attempt) and ``lessons_done`` (are
    all lessons done?) save their queries when the caller knows them.
    """
    states = {}
    for phase in COURSE_PHASES:
        if instrument_for_phase(course, phase) is None:
            continue
        attempt = _attempt(user=user, course=course, phase=phase, attempts=attempts)
        state = phase_state(
            user=user,
            course=course,
            phase=phase,
            attempt=attempt,
            lessons_done=lessons_done,
            attempts=attempts,
        )
        states[phase] = {
            "state": "open" if state == "in_progress" else state,
            "resume": state == "in_progress",
            "attempt": attempt,
            "url": reverse("assessments:take", args=[course.pk, phase]),
        }
    return states


def results_for_course(*, user, course) -> dict:
    """Return the learner's pre and post scores per domain for the results page."""
    pre = phase_attempt(user=user, course=course, phase=Phase.PRE)
    post = phase_attempt(user=user, course=course, phase=Phase.POST)
    rows = []
    for domain, label in (("K", "knowledge"), ("A", "attitudes"), ("P", "practices")):
        pre_score = _domain_score(pre, domain)
        post_score = _domain_score(post, domain)
        if pre_score is None and post_score is None:
            continue
        change = (
            round(post_score - pre_score, 1)
            if pre_score is not None and post_score is not None
            else None
        )
        rows.append(
            {
                "domain": domain,
                "key": label,
                "pre": pre_score,
                "post": post_score,
                "change": change,
            }
        )
    return {"pre": pre, "post": post, "rows": rows}


def _domain_score(attempt, domain):
    if attempt is None or not attempt.is_submitted:
        return None
    entry = attempt.scores.get("domains", {}).get(domain)
    return entry["score"] if entry else None
