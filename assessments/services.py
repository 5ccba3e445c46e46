"""Writes about tests: starting, saving answers as they come, submitting, scoring.

Every answer is written in the request's own transaction before the learner is
told it was saved. Saving the same answer twice updates one row; a resend with
the same client id is a no-op; a submitted attempt accepts no more answers.
"""

import random
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from classes.selectors import survey_wave_id_for

from . import expressions, scoring, versions
from .models import Attempt, FormSubmission, Item, Phase, Response
from .selectors import (
    instrument_calculations,
    instrument_for_phase,
    instrument_items,
    learner_attempts,
    localized_instrument,
    phase_state,
)


class AttemptError(Exception):
    """A test action that is not allowed; the message is safe to show."""


class AttemptNotOpen(AttemptError):
    pass


class AttemptAlreadySubmitted(AttemptError):
    pass


class SubmissionConflict(AttemptError):
    """The same page token came back with different answers (HTTP 409)."""


@dataclass
class SaveResult:
    saved: int = 0
    errors: dict[int, str] = field(default_factory=dict)
    replayed: bool = False


_random = random.SystemRandom()


def _shuffled_order(instrument) -> dict:
    """Return the per-attempt order of items and options, if the test shuffles."""
    items = instrument_items(instrument.pk)
    order: dict = {}
    if instrument.shuffle_items:
        keys = [str(item.translation_key) for item in items]
        _random.shuffle(keys)
        order["items"] = keys
    if instrument.shuffle_options:
        options = {}
        for item in items:
            if item.item_type in scoring.CHOICE_TYPES:
                option_keys = [o["key"] for o in item.option_list()]
                _random.shuffle(option_keys)
                options[str(item.translation_key)] = option_keys
        order["options"] = options
    return order


def _crossover_form(*, course, phase: str, context: dict, attempts: dict):
    """Return ``(instrument, form letter)`` for a crossover course, else ``None``.

    A course runs a crossover design when its pre-test has a parallel form (B).
    On the pre-test each learner gets the form fewer classmates have had so far
    (at random when even), so each class splits in half; the post-test is the
    other form. ``attempts`` are the learner's for this course, by phase.
    """
    base = versions.current(course.pre_test)
    if base is None or base.parallel_form_id is None:
        return None
    forms = {"A": base, "B": versions.current(base.parallel_form)}
    if phase == Phase.POST:
        pre = attempts.get(Phase.PRE)
        if pre is not None and pre.form in forms:
            other = "B" if pre.form == "A" else "A"
            return forms[other], other
    elif phase != Phase.PRE:
        return None
    counts = Counter({"A": 0, "B": 0})
    if context["school_class"] is not None:
        counts.update(
            Attempt.objects.filter(
                course_key=course.translation_key,
                phase=Phase.PRE,
                school_class=context["school_class"],
            )
            .exclude(form="")
            .values_list("form", flat=True)
        )
    fewest = min(counts.values())
    form = _random.choice(sorted(k for k, v in counts.items() if v == fewest))
    return forms[form], form


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
    from courses.selectors import course_open_to

    if not course_open_to(user=learner, course=course):
        raise AttemptNotOpen(
            _("This course is for the classes it is given to. Ask your teacher.")
        )
    attempts = learner_attempts(user=learner, course=course)
    state = phase_state(user=learner, course=course, phase=phase, attempts=attempts)
    if state == "not_yet":
        if phase == Phase.POST:
            raise AttemptNotOpen(
                _("The post-test opens when you have finished all the lessons.")
            )
        if phase == Phase.FOLLOW_UP:
            raise AttemptNotOpen(
                _("The follow-up test opens some weeks after the post-test.")
            )
        raise AttemptNotOpen(_("This test is not open yet."))
    existing = attempts.get(phase)
    if existing:
        return existing
    context = _learner_context(learner)
    form = ""
    crossover = _crossover_form(
        course=course, phase=phase, context=context, attempts=attempts
    )
    if crossover is not None:
        instrument, form = crossover
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
                form=form,
                order=_shuffled_order(delivered),
                **context,
            )
    except IntegrityError:  # a second tab started it at the same moment
        return Attempt.objects.get(
            learner=learner, course_key=course.translation_key, phase=phase
        )


def attempt_items(attempt: Attempt) -> list[Item]:
    """Return the attempt's items in the order this learner sees them."""
    items = instrument_items(attempt.instrument_id)
    order = (attempt.order or {}).get("items")
    if order:
        position = {key: n for n, key in enumerate(order)}
        items.sort(key=lambda item: position.get(str(item.translation_key), len(order)))
    return items


def attempt_option_order(attempt: Attempt, item: Item) -> list[dict]:
    """Return the item's options in the order recorded for this attempt."""
    options = item.option_list()
    order = (attempt.order or {}).get("options", {}).get(str(item.translation_key))
    if order:
        position = {key: n for n, key in enumerate(order)}
        options.sort(key=lambda o: position.get(o["key"], len(order)))
    return options


def attempt_save_answers(
    *,
    attempt: Attempt,
    answers: Mapping[int, str | Iterable[str]],
    token=None,
    payload_hash: str = "",
) -> SaveResult:
    """Save answers given as ``{item_id: raw value}``; report invalid ones.

    Valid answers are saved even when others in the same request are invalid,
    so nothing the learner gave is lost. With a page ``token``, a resend of the
    same page (double click, back button, retry after a dropped connection) is
    acknowledged without writing again; the same token with different answers
    raises ``SubmissionConflict``.
    """
    result = SaveResult()
    items = {item.pk: item for item in attempt_items(attempt)}
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if token is not None:
            seen = FormSubmission.objects.filter(token=token).first()
            if seen is not None:
                if seen.attempt_id != locked.pk or seen.payload_hash != payload_hash:
                    raise SubmissionConflict(
                        _(
                            "This page was already sent with other answers. "
                            "Please reload the test to see what is saved."
                        )
                    )
                result.replayed = True
                return result
        if locked.is_submitted:
            raise AttemptAlreadySubmitted(
                _("This test has already been handed in; answers can't be changed.")
            )
        ordered = list(items.values())
        logic = any(
            item.relevant or item.constraint or item.choice_filter for item in ordered
        )
        # The form's logic reads the other answers: the stored ones, then these.
        stored = (
            dict(locked.responses.values_list("item_key", "value")) if logic else {}
        )
        rows: dict = {}
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
                result.errors[item_id] = _invalid_message(item)
                continue
            rows[item.translation_key] = Response(
                attempt=locked,
                item=item,
                item_key=item.translation_key,
                value=value,
                score=item_score,
            )
        if logic:
            given = {**stored, **{key: row.value for key, row in rows.items()}}
            check = _answer_checker(ordered, given)
            for key, row in list(rows.items()):
                problem = check(row.item, row.value)
                if problem:
                    result.errors[row.item.pk] = problem
                    del rows[key]
            shown, _uncertain = attempt_visibility(
                ordered, {**stored, **{key: row.value for key, row in rows.items()}}
            )
            for key in [key for key in rows if key not in shown]:
                del rows[key]  # a question the learner is not shown
        result.saved = len(_responses_upsert(rows.values()))
        if logic:
            stored.update({key: row.value for key, row in rows.items()})
            _hidden_answers_clear(locked, ordered, stored)
        if token is not None:
            FormSubmission.objects.create(
                token=token, attempt=locked, payload_hash=payload_hash
            )
    return result


def _invalid_message(item: Item) -> str:
    if item.item_type == scoring.NUMBER:
        if item.integer:
            return _("Please write a whole number.")
        return _("Please write a number.")
    if item.item_type == scoring.DATE:
        return _("Please write a date (year-month-day).")
    if item.item_type == scoring.TIME:
        return _("Please write a time (hours:minutes, e.g. 14:30).")
    if item.item_type == scoring.DATETIME:
        return _("Please write a date and a time (year-month-day, hours:minutes).")
    return _("Please choose one of the answers shown.")


def _responses_upsert(rows: Iterable[Response], *, with_client_id: bool = False):
    """Insert or update many answers in one statement (one row per attempt+item).

    A form resave leaves an answer's ``client_id`` as it was, so that a late
    replay of an offline answer already stored is still recognised.
    """
    fields = ["item", "value", "score", "answered_at"]
    if with_client_id:
        fields.append("client_id")
    return Response.objects.bulk_create(
        list(rows),
        update_conflicts=True,
        unique_fields=["attempt", "item_key"],
        update_fields=fields,
    )


@dataclass
class BatchResult:
    """What happened to each answer of a batch, by its client id."""

    saved: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    superseded: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    submitted: bool = False
    submit_error: str = ""


MAX_BATCH = 500
#: An answer said to be older than this is taken as given now (a device whose
#: clock jumped).
MAX_ANSWER_AGE = timedelta(days=30)


def _given_at(answer: Mapping, now):
    """When a queued answer was given, from its ``age_ms`` (milliseconds
    between answering and sending, measured on the device: only elapsed time
    counts, so a device clock set to the wrong day does not matter); ``None``
    when the device did not say."""
    age = answer.get("age_ms")
    if isinstance(age, bool) or not isinstance(age, int | float) or age < 0:
        return None
    age = timedelta(milliseconds=age)
    return now - age if age <= MAX_ANSWER_AGE else None


def attempt_save_batch(
    *, attempt: Attempt, answers: Iterable[Mapping], submit: bool = False
) -> BatchResult:
    """Store answers queued on the device (offline), each with its client id.

    ``answers`` are ``{"client_id": uuid, "item": item id, "value": str | list}``.
    An answer whose client id is already stored is acknowledged as a duplicate
    and not written again, so a resend after a lost reply never duplicates or
    rolls back anything. An answer given before the one stored for its
    question (``age_ms``: the device queued it, then the learner answered again
    on another device or page) is acknowledged as superseded and not written,
    so a late replay never replaces a newer answer. A client id used twice in
    one batch is refused the second time. Several answers to one question keep
    the last. All answers of the batch are written with one statement. With ``submit`` the
    attempt is handed in afterwards when every question is answered; a repeated
    hand-in of an attempt already handed in is acknowledged.
    """
    result = BatchResult()
    ordered = attempt_items(attempt)
    items = {item.pk: item for item in ordered}
    parsed: list[tuple[str, uuid.UUID, Mapping]] = []
    seen: set[uuid.UUID] = set()
    for answer in list(answers)[:MAX_BATCH]:
        raw_id = str(answer.get("client_id", ""))
        try:
            client_id = uuid.UUID(raw_id)
        except ValueError:
            result.errors[raw_id] = _("This answer has no valid id.")
            continue
        if client_id in seen:
            # One id, two answers: storing both would break the id's
            # uniqueness and fail the whole batch on every resend.
            result.errors[raw_id] = _("This answer's id was used twice.")
            continue
        seen.add(client_id)
        parsed.append((raw_id, client_id, answer))
    now = timezone.now()
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        # One read: which client ids are stored already (anywhere), and what
        # this attempt holds (to know, after this batch, what is answered).
        known: dict = {}
        stored: dict = {}
        stored_at: dict = {}
        for (
            client_id,
            attempt_id,
            item_key,
            value,
            answered_at,
        ) in Response.objects.filter(
            Q(attempt=locked)
            | Q(client_id__in=[client_id for _r, client_id, _a in parsed])
        ).values_list("client_id", "attempt_id", "item_key", "value", "answered_at"):
            if client_id is not None:
                known[client_id] = attempt_id
            if attempt_id == locked.pk:
                stored[item_key] = value
                stored_at[item_key] = answered_at
        rows: dict = {}
        for raw_id, client_id, answer in parsed:
            if client_id in known:
                if known[client_id] == locked.pk:
                    result.duplicates.append(raw_id)
                else:
                    result.errors[raw_id] = _("This answer belongs to another test.")
                continue
            if locked.is_submitted:
                result.errors[raw_id] = _(
                    "This test has already been handed in; answers can't be changed."
                )
                continue
            try:
                item = items.get(int(answer.get("item")))
            except (TypeError, ValueError):
                item = None
            if item is None:
                result.errors[raw_id] = _("This question is not part of this test.")
                continue
            given_at = _given_at(answer, now)
            newer = stored_at.get(item.translation_key)
            if given_at is not None and newer is not None and newer > given_at:
                result.superseded.append(raw_id)
                continue
            spec = item.spec()
            try:
                value = scoring.normalise_value(spec, answer.get("value", ""))
                item_score = scoring.score_item(spec, value)
            except scoring.InvalidAnswer:
                result.errors[raw_id] = _invalid_message(item)
                continue
            previous = rows.pop(item.translation_key, None)
            if previous is not None:  # answered twice in one batch: keep the last
                result.saved.remove(previous[0])
                result.duplicates.append(previous[0])
            rows[item.translation_key] = (
                raw_id,
                Response(
                    attempt=locked,
                    item=item,
                    item_key=item.translation_key,
                    value=value,
                    score=item_score,
                    client_id=client_id,
                ),
            )
            result.saved.append(raw_id)
        if any(item.constraint or item.choice_filter for item in ordered):
            given = {**stored, **{key: row.value for key, (_r, row) in rows.items()}}
            check = _answer_checker(ordered, given)
            for key, (raw_id, row) in list(rows.items()):
                problem = check(row.item, row.value)
                if problem:
                    result.errors[raw_id] = problem
                    result.saved.remove(raw_id)
                    del rows[key]
        if rows:
            _responses_upsert((row for _r, row in rows.values()), with_client_id=True)
            stored.update({key: row.value for key, (_r, row) in rows.items()})
            _hidden_answers_clear(locked, ordered, stored)
        if submit:
            if locked.is_submitted:
                result.submitted = True
            else:
                missing = attempt_unanswered(locked, ordered, answered=stored)
                if missing:
                    result.submit_error = _(
                        "Please answer every question first (%(n)d left)."
                    ) % {"n": len(missing)}
                else:
                    _attempt_hand_in(locked, ordered, answers=stored)
                    result.submitted = True
    return result


def attempt_unanswered(
    attempt: Attempt, items: list[Item] | None = None, answered=None
) -> list[Item]:
    """The required questions, among those the learner is shown, still to answer.

    ``answered`` (``{item key: value}`` of the stored answers, when the caller
    has them) saves the query. A question hidden by the form's skip logic is
    never required; one whose condition cannot be evaluated is shown but not
    required either."""
    items = attempt_items(attempt) if items is None else items
    if answered is None:
        answered = dict(attempt.responses.values_list("item_key", "value"))
    shown, uncertain = attempt_visibility(items, answered)
    return [
        item
        for item in items
        if item.translation_key not in answered
        and item.required
        and item.translation_key in shown
        and item.translation_key not in uncertain
    ]


def attempt_visibility(items: list[Item], answers: Mapping) -> tuple[set, set]:
    """``(shown, uncertain)`` item keys, given ``{item key: stored value}``:
    the form's skip logic (XLSForm ``relevant``) evaluated on the answers. A
    question whose ``choice_filter`` leaves no choice (the region it depends
    on is not answered yet) is not shown either, as the form asks nothing."""
    shown, uncertain, _offered = attempt_logic(items, answers)
    return shown, uncertain


def attempt_choices(items: list[Item], answers: Mapping) -> dict:
    """``{item key: set of choice names}`` offered now to the shown questions
    that have a ``choice_filter`` (cascading selects), given ``{item key:
    stored value}``. A filter that cannot be evaluated offers every choice
    (the question is then absent here)."""
    _shown, _uncertain, offered = attempt_logic(items, answers)
    return offered


def attempt_logic(items: list[Item], answers: Mapping) -> tuple[set, set, dict]:
    """``(shown, uncertain, offered)``: what :func:`attempt_visibility` and
    :func:`attempt_choices` give, worked out once, for a caller that needs
    both (the test page)."""
    keys = {item.translation_key for item in items}
    relevant = any(item.relevant for item in items)
    filtered = [item for item in items if item.choice_filter]
    if not relevant and not filtered:
        return keys, set(), {}
    by_code = {item.code: item.translation_key for item in items}
    values = {
        item.code: answers[item.translation_key]
        for item in items
        if item.translation_key in answers
    }
    numeric = _numeric(items)
    names = [item.code for item in items]
    calculations = _calculations(items)
    emptied: set[str] = set()
    for _round in range(len(filtered) + 1):
        given = {code: value for code, value in values.items() if code not in emptied}
        if relevant:
            shown, uncertain = expressions.shown(
                [(item.code, item.relevant) for item in items],
                given,
                numeric,
                calculations,
            )
        else:
            shown, uncertain = set(names), set()
        given = expressions.calculate(
            calculations,
            {code: value for code, value in given.items() if code in shown},
            names=names,
            numeric=numeric,
        )
        offered = {}
        for item in filtered:
            if item.code not in shown:
                continue
            try:
                offered[item.code] = set(
                    expressions.choices_offered(
                        item.choice_filter,
                        [
                            (o["key"], (item.choice_attributes or {}).get(o["key"]))
                            for o in item.option_list()
                        ],
                        given,
                        names=names,
                        numeric=numeric,
                    )
                )
            except expressions.ExpressionError:
                uncertain.add(item.code)
        now_emptied = {code for code, choices in offered.items() if not choices}
        if now_emptied == emptied:
            break
        emptied = now_emptied
    shown -= emptied
    return (
        {by_code[c] for c in shown},
        {by_code[c] for c in uncertain if c in shown},
        {by_code[c]: choices for c, choices in offered.items() if c in shown},
    )


def attempt_lead_ins(items: list[Item], answers: Mapping, *, shown: set) -> dict:
    """``{item key: [the texts of the notes shown above it]}`` for the
    questions ``shown`` (item keys, as :func:`attempt_logic` gives them),
    given ``{item key: stored value}``.

    Each note's condition (its own ``relevant`` and its groups') is evaluated
    as the questions' are, on the answers to the questions shown and the
    form's calculations; a condition that cannot be evaluated shows its note,
    as a question is shown when its condition cannot be told. A note is the
    form's, not its question's: one before a question the learner is not
    shown goes above the next question they are shown, where the form puts
    it for them (none after the last question shown: nothing is)."""
    names = [item.code for item in items]
    numeric = _numeric(items)
    values = None

    def holds(condition: str) -> bool:
        nonlocal values
        if not condition:
            return True
        if values is None:
            values = expressions.calculate(
                _calculations(items),
                {
                    item.code: answers[item.translation_key]
                    for item in items
                    if item.translation_key in shown and item.translation_key in answers
                },
                names=names,
                numeric=numeric,
            )
        try:
            return expressions.evaluate(condition, values, names=names, numeric=numeric)
        except expressions.ExpressionError:
            return True

    lead_ins: dict = {}
    carried: list[str] = []
    for item in items:
        carried += [
            note["text"] for note in item.lead_in_list() if holds(note["relevant"])
        ]
        if item.translation_key in shown:
            if carried:
                lead_ins[item.translation_key] = carried
            carried = []
    return lead_ins


def item_default(item: Item) -> str:
    """The answer pre-filled for a question not answered yet (its XLSForm
    ``default``, as stored), or "". Only on background questions, and only
    a literal value that is one of its answers: on a scored question a
    pre-filled answer would count as the learner's. Nothing is stored until
    the learner saves the page."""
    if not item.default or item.domain != scoring.BACKGROUND:
        return ""
    if expressions.default_is_expression(item.default):
        return ""
    try:
        return scoring.normalise_value(
            item.spec(), expressions.default_answer(item.item_type, item.default)
        )
    except scoring.InvalidAnswer:
        return ""


def _numeric(items: list[Item]) -> set[str]:
    """The number, date and time questions (an empty one compares as ODK's
    NaN)."""
    return {
        i.code
        for i in items
        if i.item_type == scoring.NUMBER or i.item_type in scoring.CLOCK_TYPES
    }


def attempt_calculated(items: list[Item], answers: Mapping, *, shown=None) -> dict:
    """``{name: value}`` of the form's ``calculate`` fields, given ``{item
    key: stored value}``: what the form's logic reads (``attempt_logic``)
    and the exports give as columns. Computed from the answers of the
    questions shown, a hidden question counting as unanswered, as in ODK;
    ``shown`` (item keys) when the caller has worked it out. A calculation
    without a value (an answer it needs is missing) is absent."""
    calculations = _calculations(items)
    if not calculations:
        return {}
    if shown is None:
        shown, _uncertain = attempt_visibility(items, answers)
    values = expressions.calculate(
        calculations,
        {
            item.code: answers[item.translation_key]
            for item in items
            if item.translation_key in answers and item.translation_key in shown
        },
        names=[item.code for item in items],
        numeric=_numeric(items),
    )
    return {name: values[name] for name, _c in calculations if name in values}


def _calculations(items: list[Item]) -> list[tuple[str, str]]:
    """The ``calculate`` fields of the items' instrument."""
    return instrument_calculations(items[0].instrument_id) if items else []


def _answer_checker(items: list[Item], answers: Mapping) -> Callable[[Item, str], str]:
    """A check of answers against the form's logic, given ``{item key: value}``
    of every answer (stored and just given): ``check(item, value)`` says why
    ``value`` breaks the question's constraint (its own message) or is not
    among the choices its ``choice_filter`` offers now, or "". The offered
    choices and the calculated values are worked out once for all the answers
    of a page or batch, not once per answer."""
    names = [i.code for i in items]
    numeric = _numeric(items)
    offered = (
        attempt_choices(items, answers)
        if any(item.choice_filter for item in items)
        else {}
    )
    values = None

    def check(item: Item, value: str) -> str:
        nonlocal values
        choices = offered.get(item.translation_key)
        if choices is not None and not set(value.split(",")) <= choices:
            return _("Please choose one of the answers shown.")
        if not item.constraint:
            return ""
        if values is None:
            values = expressions.calculate(
                _calculations(items),
                {
                    other.code: answers[other.translation_key]
                    for other in items
                    if other.translation_key in answers
                },
                names=names,
                numeric=numeric,
            )
        try:
            ok = expressions.evaluate(
                item.constraint,
                values,
                names=names,
                numeric=numeric,
                current=value,
                question=item.code,
            )
        except expressions.ExpressionError:
            return ""  # cannot tell: the answer is kept (docs/xlsform.md)
        if ok:
            return ""
        return item.constraint_message or _(
            "This answer is not accepted; please check it."
        )

    return check


def _hidden_answers_clear(attempt: Attempt, items: list[Item], stored: dict) -> None:
    """Delete the answers to questions the skip logic now hides (a changed
    earlier answer can hide later questions): they are not the learner's
    answers to questions they were asked. ``stored`` is updated."""
    if not any(item.relevant or item.choice_filter for item in items):
        return
    # ... and the answers no longer among the choices offered (the region
    # changed, so the district chosen is not one of its districts), which
    # can empty the next list in turn: repeated until nothing is cleared.
    cleared: list = []
    for _round in range(len(items) + 1):
        shown, _uncertain, offered = attempt_logic(items, stored)
        hidden = [
            key
            for key, value in stored.items()
            if key not in shown
            or (key in offered and not set(value.split(",")) <= offered[key])
        ]
        if not hidden:
            break
        for key in hidden:
            del stored[key]
        cleared += hidden
    if cleared:
        Response.objects.filter(attempt=attempt, item_key__in=cleared).delete()


def attempt_score(
    attempt: Attempt, items: list[Item] | None = None, answers=None
) -> dict:
    """Recompute the attempt's scores from its item-level responses.

    ``answers`` (``{item key: value}`` of every stored answer, when the caller
    has them) saves the query."""
    items = attempt_items(attempt) if items is None else items
    by_key = {item.translation_key: item for item in items}
    if answers is None:
        answers = dict(attempt.responses.values_list("item_key", "value"))
    values = {
        by_key[key].code: value for key, value in answers.items() if key in by_key
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
        _attempt_hand_in(locked)
    return locked


def _attempt_hand_in(
    locked: Attempt, items: list[Item] | None = None, answers=None, submitted_at=None
) -> None:
    """Score and lock an attempt already locked for update by the caller.

    The questions the skip logic hid are recorded (``scores["not_applicable"]``,
    item codes), so exports can tell "not applicable" from "missing".
    ``submitted_at`` (default: now) is when it was handed in, for an import."""
    locked.scores = attempt_score(locked, items, answers)
    items = attempt_items(locked) if items is None else items
    if any(item.relevant or item.choice_filter for item in items):
        if answers is None:
            answers = dict(locked.responses.values_list("item_key", "value"))
        shown, _uncertain = attempt_visibility(items, answers)
        locked.scores["not_applicable"] = sorted(
            item.code for item in items if item.translation_key not in shown
        )
    locked.submitted_at = submitted_at or timezone.now()
    locked.survey_wave_id = survey_wave_id_for(attempt=locked)
    locked.save(update_fields=["scores", "submitted_at", "survey_wave"])
