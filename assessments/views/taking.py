"""Taking a test: one whole-page form that works without JavaScript.

"Save answers" stores what has been answered so far; "Hand in" stores and then
submits. Every valid answer is stored even when another one in the same request
is invalid, and the learner is told exactly which questions need attention.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from courses.models import CoursePage
from courses.services import enrolment_get_or_create, enrolment_mark_complete_if_done

from .. import scoring
from ..models import Phase
from ..selectors import phase_attempt, results_for_course
from ..services import (
    AttemptAlreadySubmitted,
    AttemptError,
    attempt_get_or_start,
    attempt_items,
    attempt_save_answers,
    attempt_submit,
    attempt_unanswered,
)

SCALE_LABELS = {
    scoring.LIKERT: [
        ("1", gettext_lazy("Strongly disagree")),
        ("2", gettext_lazy("Disagree")),
        ("3", gettext_lazy("Not sure")),
        ("4", gettext_lazy("Agree")),
        ("5", gettext_lazy("Strongly agree")),
    ],
    scoring.FREQUENCY: [
        ("1", gettext_lazy("Never")),
        ("2", gettext_lazy("Rarely")),
        ("3", gettext_lazy("Sometimes")),
        ("4", gettext_lazy("Often")),
        ("5", gettext_lazy("Always")),
    ],
    scoring.YES_NO: [("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))],
    scoring.TRUE_FALSE: [
        ("true", gettext_lazy("True")),
        ("false", gettext_lazy("False")),
    ],
}


def _choices(item) -> list[tuple[str, str]]:
    if item.item_type in (scoring.SINGLE, scoring.MULTI):
        return [(o["key"], o["text"]) for o in item.option_list()]
    return [
        (value, str(label)) for value, label in SCALE_LABELS.get(item.item_type, [])
    ]


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


def _course_or_404(course_id: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live(), pk=course_id)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def take(request, course_id: int, phase: str):
    if phase not in (Phase.PRE, Phase.POST):
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
    if attempt.is_submitted:
        messages.info(request, _("You have already handed in this test."))
        return redirect("assessments:results", course_id=course.pk)

    items = attempt_items(attempt)
    errors: dict[int, str] = {}
    if request.method == "POST":
        try:
            result = attempt_save_answers(
                attempt=attempt, answers=_posted_answers(request, items)
            )
            errors = result.errors
            if request.POST.get("action") == "submit" and not errors:
                errors = {
                    item.pk: _("Please answer this question.")
                    for item in attempt_unanswered(attempt)
                }
            if request.POST.get("action") == "submit" and not errors:
                attempt_submit(attempt=attempt)
                enrolment_get_or_create(learner=request.user, course=course)
                if phase == Phase.PRE:
                    messages.success(
                        request,
                        _("Thank you! Your answers are saved. Now on to the lessons."),
                    )
                    return redirect(course.url)
                enrolment_mark_complete_if_done(learner=request.user, course=course)
                return redirect("assessments:results", course_id=course.pk)
            if not errors:
                messages.success(
                    request,
                    _("Your answers are saved. You can come back and finish later."),
                )
                return redirect(request.path)
        except AttemptAlreadySubmitted as error:
            messages.info(request, str(error))
            return redirect("assessments:results", course_id=course.pk)
        except AttemptError as error:
            messages.warning(request, str(error))

    saved = {r.item_key: r.value for r in attempt.responses.only("item_key", "value")}
    questions = []
    for number, item in enumerate(items, start=1):
        value = saved.get(item.translation_key, "")
        questions.append(
            {
                "number": number,
                "item": item,
                "name": f"item-{item.pk}",
                "choices": _choices(item),
                "multi": item.item_type == scoring.MULTI,
                "open": item.item_type == scoring.OPEN,
                "selected": set(value.split(",")) if value else set(),
                "value": value,
                "error": errors.get(item.pk, ""),
            }
        )
    answered = sum(1 for q in questions if q["value"])
    status = 400 if errors else 200
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
            "errors": errors,
        },
        status=status,
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
    return render(
        request,
        "assessments/results.html",
        {"course": course, "explanations": explanations, **data},
    )
