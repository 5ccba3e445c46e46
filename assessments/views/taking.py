"""Taking a test: plain forms that work without JavaScript.

Whole page (every question on one form) or one screen at a time, as the
instrument says: a screen is one question, or the questions of an XLSForm
``field-list`` group (``Item.screen``), as ODK Collect and Enketo show them.
"Save" stores what has been answered so far; "Hand in" stores and then
submits. Every valid answer is stored even when another one in the
same request is invalid, and the learner is told exactly which questions need
attention. Each rendered page carries a fresh token, so a page sent twice (a
double click, the back button, a retry after a dropped connection) is applied
once.
"""

import hashlib
import json
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from courses.models import CoursePage
from courses.selectors import live_course
from courses.services import (
    enrolment_ensure,
    enrolment_mark_complete_if_done,
)

from .. import expressions, scoring
from ..labels import answer_labels
from ..models import Delivery, Phase
from ..selectors import (
    follow_up_due_at,
    instrument_for_phase,
    phase_attempt,
    phase_state,
    results_for_course,
)
from ..services import (
    AttemptAlreadySubmitted,
    AttemptError,
    SubmissionConflict,
    attempt_calculated,
    attempt_get_or_start,
    attempt_items,
    attempt_lead_ins,
    attempt_logic,
    attempt_option_order,
    attempt_save_answers,
    attempt_save_batch,
    attempt_submit,
    attempt_unanswered,
    item_default,
)

#: The browser's own field for a date or time: a picker where the browser has
#: one, a text box that takes ``2026-05-02``, ``14:30`` where it has not.
INPUT_TYPES = {
    scoring.DATE: "date",
    scoring.TIME: "time",
    scoring.DATETIME: "datetime-local",
}


def _choices(attempt, item, offered: dict) -> list[tuple[str, str]]:
    if item.item_type in (scoring.SINGLE, scoring.MULTI):
        keep = offered.get(item.translation_key)  # a choice_filter's choices
        return [
            (o["key"], o["text"])
            for o in attempt_option_order(attempt, item)
            if keep is None or o["key"] in keep
        ]
    # A scale keeps its declared order (never shuffled): its anchors' order
    # is part of the instrument.
    return answer_labels(item.item_type, item.option_list())


def _dropdown(item) -> bool:
    """A single-choice question the form asks as a drop-down list (XLSForm
    appearance ``minimal``, or ``autocomplete``/``search``, which a plain list
    stands for without JavaScript): a long list (districts, schools) then
    takes one line on a phone instead of a screenful of radio buttons."""
    words = set(item.appearance.lower().split())
    return item.item_type in (scoring.SINGLE, scoring.SCALE) and bool(
        words & {"minimal", "autocomplete", "search"}
    )


#: XLSForm appearances that lay out a question's choices, and the classes
#: of its list (static/css/site.css): in columns, or packed in rows (ODK's
#: older names ``horizontal`` and ``horizontal-compact`` included).
LAYOUTS = {
    "columns": "options-columns",
    "horizontal": "options-columns",
    "columns-pack": "options-pack",
    "horizontal-compact": "options-pack",
    **{f"columns-{n}": f"options-columns options-columns-{n}" for n in range(1, 6)},
}
#: The types asked with radio buttons: what ``likert`` lays out in a row.
ONE_CHOICE = {
    scoring.SINGLE,
    scoring.SCALE,
    scoring.LIKERT,
    scoring.FREQUENCY,
    scoring.YES_NO,
    scoring.TRUE_FALSE,
}


def _layout(item) -> str:
    """The classes of a question's list of choices, from its appearance:
    ``likert`` puts a single choice's options in one row, each label under
    its radio button (as ODK Collect and Enketo show a scale), wrapping on a
    narrow screen; the column appearances flow the options in columns. The
    markup stays radio buttons and check boxes with their labels, so a
    keyboard and a screen reader work as on any other question."""
    words = item.appearance.lower().split()
    if "likert" in words and item.item_type in ONE_CHOICE:
        return "options-likert"
    if item.item_type not in ONE_CHOICE | {scoring.MULTI}:
        return ""
    return next((LAYOUTS[word] for word in words if word in LAYOUTS), "")


def _visible(items, saved) -> tuple[list, set, dict]:
    """The questions the form's skip logic shows, the keys of those that are
    optional (not required, or their condition could not be evaluated), and
    the choices a ``choice_filter`` offers now (``services.attempt_logic``)."""
    shown, uncertain, offered = attempt_logic(items, saved)
    visible = [item for item in items if item.translation_key in shown]
    optional = {item.translation_key for item in visible if not item.required}
    return visible, optional | uncertain, offered


def _piped_answers(every_item, items, saved) -> dict[str, str]:
    """What ``${name}`` in a question's text shows: the learner's answer to
    that question (an option's label, not its name), as XLSForm pipes it,
    and a calculation's value (``${total}``). ``items`` are the questions
    shown, among ``every_item``."""
    answers = {}
    for item in items:
        value = saved.get(item.translation_key)
        if value is None:
            continue
        labels = dict(answer_labels(item.item_type, item.option_list()))
        answers[item.code] = ", ".join(labels.get(v, v) for v in value.split(","))
    answers.update(
        attempt_calculated(
            every_item, saved, shown={item.translation_key for item in items}
        )
    )
    return answers


def _pipe(text: str, answers: dict[str, str]) -> str:
    return expressions.REFERENCE.sub(lambda m: answers.get(m.group(1), "…"), text)


def _posted_answers(request, items) -> dict:
    answers = {}
    for item in items:
        name = f"item-{item.pk}"
        if item.item_type == scoring.MULTI:
            values = request.POST.getlist(name)
            if values:
                answers[item.pk] = values
        else:
            value = request.POST.get(name, "").strip()
            if value:
                answers[item.pk] = value
    return answers


def _page_token(request):
    """Return the page's hidden token as a UUID, or ``None`` if absent or forged."""
    try:
        return uuid.UUID(request.POST.get("page_token", ""))
    except ValueError:
        return None


def _payload_hash(request) -> str:
    payload = sorted(
        (key, sorted(request.POST.getlist(key)))
        for key in request.POST
        if key.startswith("item-") or key in ("action", "q")
    )
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


def _course_or_404(course_id: int) -> CoursePage:
    course = live_course(course_id)
    if course is None:
        raise Http404
    return course


def _screens(items) -> list[list]:
    """The screens of a test taken one screen at a time: consecutive shown
    questions of one ``field-list`` group share a screen, any other question
    is a screen of its own. Built from the questions shown, so a question the
    skip logic hides leaves its screen, and a screen left empty is no more."""
    screens: list[list] = []
    for item in items:
        if item.screen and screens and screens[-1][-1].screen == item.screen:
            screens[-1].append(item)
        else:
            screens.append([item])
    return screens


def _screen_number(request, screens, saved) -> int:
    """Return the 1-based screen to show (``q``): the one asked for, else the
    first with a question still to answer."""
    raw = request.POST.get("q") or request.GET.get("q")
    if raw and raw.isdigit() and 1 <= int(raw) <= len(screens):
        return int(raw)
    for number, screen in enumerate(screens, start=1):
        if any(item.translation_key not in saved for item in screen):
            return number
    return len(screens) or 1


def _saved(attempt) -> dict[str, str]:
    """``{item key: stored value}`` of the attempt's answers."""
    return {r.item_key: r.value for r in attempt.responses.only("item_key", "value")}


def _next_screen(screens, shown, saved, current: int, action: str) -> tuple[int, bool]:
    """The screen to go to after "Next" or "Back" on screen ``current`` (which
    showed ``shown``), on the screens as the answers just saved left them,
    and whether it is the same screen again: a question that the answers
    made appear on it, still unanswered, keeps the learner there (ODK would
    show it at once; here it shows once the screen is saved)."""
    here = _screen_holding(screens, shown) or current
    before = {item.translation_key for item in shown}
    if action != "back" and 1 <= here <= len(screens):
        if any(
            item.translation_key not in before and item.translation_key not in saved
            for item in screens[here - 1]
        ):
            return here, True
    step = -1 if action == "back" else 1
    return min(max(here + step, 1), len(screens) or 1), False


def _screen_holding(screens, items) -> int:
    """The 1-based number of the screen that holds one of ``items`` (0: none)."""
    keys = {item.translation_key for item in items}
    for number, screen in enumerate(screens, start=1):
        if any(item.translation_key in keys for item in screen):
            return number
    return 0


def _after_submit(request, course, phase):
    enrolment_ensure(learner=request.user, course=course)
    if phase == Phase.PRE:
        messages.success(
            request,
            _("Thank you! Your answers are saved. Now on to the lessons."),
        )
        return redirect(course.url)
    enrolment_mark_complete_if_done(learner=request.user, course=course)
    return redirect("assessments:results", course_id=course.pk)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def take(request, course_id: int, phase: str):
    if phase not in (Phase.PRE, Phase.POST, Phase.FOLLOW_UP):
        raise Http404
    course = _course_or_404(course_id)
    language = translation.get_language() or "en"
    try:
        attempt = attempt_get_or_start(
            learner=request.user, course=course, phase=phase, language=language
        )
    except AttemptError as error:
        messages.warning(request, str(error))
        return redirect(course.url)
    if attempt.is_submitted and request.method == "GET":
        messages.info(request, _("You have already handed in this test."))
        return redirect("assessments:results", course_id=course.pk)

    every_item = attempt_items(attempt)
    one_per_screen = attempt.instrument.delivery == Delivery.ONE
    saved = _saved(attempt)
    # The form's skip logic, on what is saved: a question shows up once the
    # answers it depends on are saved (at "Save", "Next" or "Hand in").
    items, optional, offered = _visible(every_item, saved)
    screens = _screens(items) if one_per_screen else [items]
    current = _screen_number(request, screens, saved) if one_per_screen else 0
    shown = screens[current - 1] if one_per_screen and screens else items
    errors: dict[int, str] = {}
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "save")
        try:
            result = attempt_save_answers(
                attempt=attempt,
                answers=_posted_answers(request, shown),
                token=_page_token(request),
                payload_hash=_payload_hash(request),
            )
            if result.replayed:
                attempt.refresh_from_db()
                if attempt.is_submitted:
                    return _after_submit(request, course, phase)
                if action != "submit":
                    messages.info(request, _("Your answers are saved."))
                    return redirect(request.path)
                # A "Hand in" sent again: the first send stored the answers
                # but the hand-in did not complete (the connection or the
                # server dropped in between). Finish it now.
            errors = result.errors
            if one_per_screen and not errors:
                # The answers just saved may show or hide questions, on this
                # screen too: where to go next is worked out on the new screens.
                saved = _saved(attempt)
                items, optional, offered = _visible(every_item, saved)
                screens = _screens(items)
            if action == "submit" and not errors:
                missing = attempt_unanswered(
                    attempt, every_item, saved if one_per_screen else None
                )
                if one_per_screen and missing:
                    number = _screen_holding(screens, missing[:1])
                    if len(screens[number - 1]) == 1:
                        message = _("Please answer this question before handing in.")
                    else:
                        message = _(
                            "Please answer question %(n)d before handing in."
                        ) % {"n": items.index(missing[0]) + 1}
                    messages.warning(request, message)
                    return redirect(f"{request.path}?q={number}")
                errors = {
                    item.pk: _("Please answer this question.") for item in missing
                }
            if action == "submit" and not errors:
                attempt_submit(attempt=attempt)
                return _after_submit(request, course, phase)
            if not errors:
                if one_per_screen:
                    number, again = _next_screen(screens, shown, saved, current, action)
                    if again:
                        messages.info(
                            request,
                            _(
                                "Your answers are saved. More questions are now "
                                "shown on this page."
                            ),
                        )
                    return redirect(f"{request.path}?q={number}")
                messages.success(
                    request,
                    _("Your answers are saved. You can come back and finish later."),
                )
                return redirect(request.path)
        except AttemptAlreadySubmitted as error:
            messages.info(request, str(error))
            return redirect("assessments:results", course_id=course.pk)
        except SubmissionConflict as error:
            messages.warning(request, str(error))
            status = 409
        except AttemptError as error:
            messages.warning(request, str(error))
        saved = _saved(attempt)
        items, optional, offered = _visible(every_item, saved)
        if one_per_screen:
            # The same screen again, with what the save changed on it.
            screens = _screens(items)
            current = _screen_holding(screens, shown) or min(current, len(screens))
            shown = screens[current - 1] if screens else []
        else:
            shown = items

    piped = _piped_answers(every_item, items, saved)
    on_screen = {item.translation_key for item in shown}
    numbers = {item.translation_key: n for n, item in enumerate(items, start=1)}
    # On a whole-page form with skip logic, the questions hidden now are in
    # the page too, hidden and disabled (never sent, never seen): the page's
    # script shows them as soon as their condition holds, asking the server
    # (form_logic). Without the script they show once the page is saved.
    live = not one_per_screen and any(item.relevant for item in every_item)
    listed = every_item if live else items
    # The notes above each question, each shown when its condition holds.
    lead_ins = attempt_lead_ins(
        every_item, saved, shown={item.translation_key for item in items}
    )
    questions = []
    for item in listed:
        hidden = item.translation_key not in on_screen
        if hidden and not live:
            continue
        value = saved.get(item.translation_key) or item_default(item)
        questions.append(
            {
                "number": numbers.get(item.translation_key),
                "hidden": hidden,
                "item": item,
                "text": _pipe(item.text, piped),
                "hint": _pipe(item.hint, piped),
                "lead_in": _pipe(
                    "\n\n".join(lead_ins.get(item.translation_key, [])), piped
                ),
                "name": f"item-{item.pk}",
                "choices": _choices(attempt, item, offered),
                "multi": item.item_type == scoring.MULTI,
                "tick": item.item_type == scoring.ACKNOWLEDGE,
                "dropdown": _dropdown(item),
                "layout": _layout(item),
                "open": item.item_type == scoring.OPEN,
                "numeric": item.item_type == scoring.NUMBER,
                "input_type": INPUT_TYPES.get(item.item_type, ""),
                "optional": item.translation_key in optional,
                "selected": set(value.split(",")) if value else set(),
                "value": value,
                "error": errors.get(item.pk, ""),
            }
        )
    answered = sum(1 for item in items if item.translation_key in saved)
    if errors:
        status = 400
    return render(
        request,
        "assessments/take.html",
        {
            "course": course,
            "phase": phase,
            "attempt": attempt,
            "instrument": attempt.instrument,
            "questions": questions,
            "answered": answered,
            "total": len(items),
            "errors": errors,
            "one_per_screen": one_per_screen,
            "current": current,
            "screens": len(screens),
            # "Question 3 of 9" while each screen is one question, else pages.
            "pages": len(screens) != len(items),
            "is_last": current == len(screens),
            "page_token": uuid.uuid4(),
            "live_logic": live,
        },
        status=status,
    )


@never_cache
@require_POST
def form_logic(request, course_id: int, phase: str):
    """Which questions the form's skip logic shows for the answers on the page
    now, saved or not: ``{"answers": {"<item id>": value or [values]}}`` in,
    ``{"shown": [item ids]}`` out. Nothing is stored. The test page's script
    asks this after each change so that a question appears at once; the
    logic is the server's (``services.attempt_logic``), the one the page and
    the hand-in use. Without the script, the page is saved first."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Please sign in again.")}, status=401)
    if phase not in (Phase.PRE, Phase.POST, Phase.FOLLOW_UP):
        raise Http404
    course = _course_or_404(course_id)
    attempt = phase_attempt(user=request.user, course=course, phase=phase)
    if attempt is None or attempt.is_submitted:
        return JsonResponse({"error": _("This test is not open.")}, status=409)
    try:
        given = json.loads(request.body or b"{}").get("answers", {})
        if not isinstance(given, dict):
            raise ValueError
    except (ValueError, AttributeError, RecursionError):
        return JsonResponse({"error": _("The answers could not be read.")}, status=400)
    items = attempt_items(attempt)
    values = _saved(attempt)
    for item in items:
        if str(item.pk) not in given:
            continue
        raw = given[str(item.pk)]
        try:
            values[item.translation_key] = scoring.normalise_value(item.spec(), raw)
        except (scoring.InvalidAnswer, TypeError, ValueError):
            values.pop(item.translation_key, None)  # empty, or not an answer yet
    shown, _uncertain, _offered = attempt_logic(items, values)
    return JsonResponse(
        {"shown": [item.pk for item in items if item.translation_key in shown]}
    )


@never_cache
@require_POST
def answers_sync(request, course_id: int, phase: str):
    """Receive answers given offline (JSON), each with its client id.

    The page's script queues answers on the device while there is no
    connection and sends them here when it returns: ``{"answers": [{"client_id",
    "item", "value"}], "submit": false}``. The reply lists the client ids stored
    now, those already stored before (a resend) and those refused, so the
    device can forget every id it names. Without JavaScript the form above is
    the way in; this only serves the enhancement.
    """
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Please sign in again.")}, status=401)
    if phase not in (Phase.PRE, Phase.POST, Phase.FOLLOW_UP):
        raise Http404
    course = _course_or_404(course_id)
    try:
        payload = json.loads(request.body or b"{}")
        answers = payload.get("answers", [])
        if not isinstance(answers, list) or not all(
            isinstance(a, dict) for a in answers
        ):
            raise ValueError
    except (ValueError, AttributeError, RecursionError):
        # RecursionError: JSON nested thousands deep, which json.loads refuses
        # by running out of stack.
        return JsonResponse({"error": _("The answers could not be read.")}, status=400)
    language = translation.get_language() or "en"
    try:
        attempt = attempt_get_or_start(
            learner=request.user, course=course, phase=phase, language=language
        )
        result = attempt_save_batch(
            # Only JSON true hands in: "no", "false" or 0 must not.
            attempt=attempt,
            answers=answers,
            submit=payload.get("submit") is True,
        )
    except AttemptError as error:
        return JsonResponse({"error": str(error)}, status=409)
    if result.submitted:
        enrolment_ensure(learner=request.user, course=course)
        if phase != Phase.PRE:
            enrolment_mark_complete_if_done(learner=request.user, course=course)
    return JsonResponse(
        {
            "saved": result.saved,
            "duplicates": result.duplicates,
            "superseded": result.superseded,
            "errors": result.errors,
            "submitted": result.submitted,
            "submit_error": result.submit_error,
            "results_url": reverse("assessments:results", args=[course.pk])
            if result.submitted
            else "",
        }
    )


@never_cache
@login_required
def results(request, course_id: int):
    course = _course_or_404(course_id)
    data = results_for_course(user=request.user, course=course)
    if data["pre"] is None and data["post"] is None:
        messages.info(request, _("You have not taken a test in this course yet."))
        return redirect(course.url)
    explanations = []
    post = phase_attempt(user=request.user, course=course, phase=Phase.POST)
    if post and post.is_submitted:
        answers = {r.item_key: r for r in post.responses.all()}
        for item in attempt_items(post):
            if item.domain == scoring.KNOWLEDGE and item.explanation:
                response = answers.get(item.translation_key)
                explanations.append(
                    {
                        "item": item,
                        "correct": bool(response and response.score == 1.0),
                    }
                )
    follow_up = None
    if instrument_for_phase(course, Phase.FOLLOW_UP) is not None:
        follow_up = {
            "state": phase_state(
                user=request.user, course=course, phase=Phase.FOLLOW_UP
            ),
            "due": follow_up_due_at(user=request.user, course=course),
            "url": reverse("assessments:take", args=[course.pk, Phase.FOLLOW_UP]),
        }
    return render(
        request,
        "assessments/results.html",
        {
            "course": course,
            "explanations": explanations,
            "follow_up": follow_up,
            **data,
        },
    )
