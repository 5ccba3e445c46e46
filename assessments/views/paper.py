"""Paper mode: type a class's paper tests into one grid (learners × questions)."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts.permissions import classes_for_paper_entry
from courses.models import CoursePage

from ..models import Attempt, Phase
from ..selectors import instrument_for_phase
from ..services_paper import PaperEntryRejected, allowed_answers, paper_results_save


def _class_or_404(user, class_id: int):
    school_class = (
        classes_for_paper_entry(user)
        .select_related("school")
        .filter(pk=class_id)
        .first()
    )
    if school_class is None:
        raise Http404
    return school_class


def _courses(school_class):
    assigned = school_class.courses.live().specific().order_by("path")
    return assigned if assigned.exists() else CoursePage.objects.live().order_by("path")


@never_cache
@login_required
def paper_choose(request, class_id: int):
    """List the tests of the class's courses that can be entered from paper."""
    school_class = _class_or_404(request.user, class_id)
    tests = []
    for course in _courses(school_class):
        for phase, label in ((Phase.PRE, _("Pre-test")), (Phase.POST, _("Post-test"))):
            if instrument_for_phase(course, phase) is not None:
                tests.append({"course": course, "phase": phase, "label": label})
    return render(
        request,
        "assessments/paper_choose.html",
        {"school_class": school_class, "tests": tests},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def paper_entry(request, class_id: int, course_id: int, phase: str):
    school_class = _class_or_404(request.user, class_id)
    if phase not in (Phase.PRE, Phase.POST):
        raise Http404
    course = get_object_or_404(_courses(school_class), pk=course_id)
    instrument = instrument_for_phase(course, phase)
    if instrument is None:
        raise Http404
    items = list(instrument.get_items())
    learners = list(
        school_class.learners.order_by("display_name", "username").only(
            "id", "username", "display_name"
        )
    )
    existing = dict(
        Attempt.objects.filter(
            learner__in=learners, course_key=course.translation_key, phase=phase
        ).values_list("learner_id", "source")
    )
    typed: dict[int, dict[int, str]] = {}
    errors: dict[tuple[int, int], str] = {}
    taken_on = timezone.localdate()
    status = 200
    if request.method == "POST":
        for learner in learners:
            if learner.pk in existing:
                continue
            typed[learner.pk] = {
                item.pk: request.POST.get(f"c-{learner.pk}-{item.pk}", "")
                for item in items
            }
        try:
            taken_on = date.fromisoformat(request.POST.get("taken_on", ""))
        except ValueError:
            errors[(0, 0)] = _("Enter the date the test was taken (YYYY-MM-DD).")
        if taken_on > timezone.localdate():
            errors[(0, 0)] = _("The date can't be in the future.")
        if not errors:
            try:
                result = paper_results_save(
                    school_class=school_class,
                    course=course,
                    phase=phase,
                    instrument=instrument,
                    entered_by=request.user,
                    taken_on=taken_on,
                    grid=typed,
                )
            except PaperEntryRejected as error:
                errors = error.errors
            else:
                messages.success(
                    request,
                    _("Saved the paper tests of %(n)d learners.")
                    % {"n": result.attempts},
                )
                return redirect(request.path)
        status = 400
    rows = []
    for learner in learners:
        cells = []
        for item in items:
            key = (learner.pk, item.pk)
            cells.append(
                {
                    "item": item,
                    "name": f"c-{learner.pk}-{item.pk}",
                    "value": typed.get(learner.pk, {}).get(item.pk, ""),
                    "error": errors.get(key, ""),
                }
            )
        rows.append(
            {
                "learner": learner,
                "locked": existing.get(learner.pk),
                "error": errors.get((learner.pk, 0), ""),
                "cells": cells,
            }
        )
    columns = [{"item": item, "hint": allowed_answers(item)} for item in items]
    return render(
        request,
        "assessments/paper_entry.html",
        {
            "school_class": school_class,
            "course": course,
            "phase": phase,
            "instrument": instrument,
            "columns": columns,
            "rows": rows,
            "errors": errors,
            "error_count": len(errors),
            "form_error": errors.get((0, 0), ""),
            "taken_on": taken_on.isoformat(),
        },
        status=status,
    )


@never_cache
@login_required
def follow_up_flags(request):
    """The teacher's list of children whose follow-up test is open."""
    from accounts.permissions import is_teacher

    from ..services_follow_up import follow_up_flags_for_teacher

    if not is_teacher(request.user):
        raise PermissionDenied
    return render(
        request,
        "assessments/follow_up_flags.html",
        {"flags": follow_up_flags_for_teacher(user=request.user)},
    )
