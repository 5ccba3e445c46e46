import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .models import CoursePage, LessonPage
from .selectors import course_progress, lesson_access
from .services import enrolment_mark_complete_if_done, lesson_complete


@login_required
@require_POST
def lesson_mark_complete(request, lesson_id: int):
    """Record the lesson as done and go to the next step."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = lesson.get_course()
    refusal = lesson_access(user=request.user, course=course)
    if refusal is not None:
        return refusal.response(request, course)
    lesson_complete(learner=request.user, lesson=lesson)
    enrolment_mark_complete_if_done(learner=request.user, course=course)
    next_lesson = lesson.get_next_siblings().live().type(LessonPage).first()
    if next_lesson is not None:
        return redirect(next_lesson.url)
    messages.success(request, _("Well done! You have finished all the lessons."))
    return redirect(course.url)


@never_cache
@login_required
def learner_dashboard(request):
    """My courses: those assigned through my classes first, then the others."""
    from assessments.selectors import course_test_states
    from classes.models import ClassAssignment

    due_dates = {}
    for course_id, due_date in ClassAssignment.objects.filter(
        school_class__memberships__learner=request.user,
        school_class__archived=False,
    ).values_list("course_id", "due_date"):
        if course_id not in due_dates or (
            due_date
            and (due_dates[course_id] is None or due_date < due_dates[course_id])
        ):
            due_dates[course_id] = due_date
    assigned_ids = set(due_dates)
    courses = list(CoursePage.objects.live().specific().order_by("path"))
    entries = []
    for course in courses:
        entries.append(
            {
                "course": course,
                "assigned": course.pk in assigned_ids,
                "due_date": due_dates.get(course.pk),
                "progress": course_progress(user=request.user, course=course),
                "tests": course_test_states(user=request.user, course=course),
            }
        )
    # Assigned first, soonest due date first; the rest keep catalogue order.
    entries.sort(
        key=lambda e: (
            not e["assigned"],
            e["due_date"] is None,
            e["due_date"] or datetime.date.min,
        )
    )
    return render(request, "courses/learner_dashboard.html", {"entries": entries})
