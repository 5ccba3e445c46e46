"""Reads about courses and a learner's progress through them."""

from dataclasses import dataclass

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import CoursePage, LessonCompletion, LessonPage


def completed_lesson_keys(*, user, course: CoursePage) -> set:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        LessonCompletion.objects.filter(
            learner=user, course_key=course.translation_key
        ).values_list("lesson_key", flat=True)
    )


def course_progress(*, user, course: CoursePage, lessons=None) -> dict:
    """Return ``{"lessons": [...], "done": n, "total": n, "percent": p}``.

    Each lesson entry is ``{"page": LessonPage, "done": bool}``.
    """
    lessons = list(course.get_lessons() if lessons is None else lessons)
    done_keys = completed_lesson_keys(user=user, course=course)
    entries = [{"page": p, "done": p.translation_key in done_keys} for p in lessons]
    done = sum(1 for e in entries if e["done"])
    total = len(entries)
    return {
        "lessons": entries,
        "done": done,
        "total": total,
        "percent": round(100 * done / total) if total else 0,
    }


def course_overview(*, user, course: CoursePage) -> dict:
    """Return what the course page shows: progress, test states and the next step."""
    from assessments.selectors import course_test_states

    progress = course_progress(user=user, course=course)
    tests = course_test_states(user=user, course=course)
    next_step = None
    if getattr(user, "is_authenticated", False):
        pre = tests.get("pre")
        post = tests.get("post")
        if pre and pre["state"] == "open":
            next_step = {"url": pre["url"], "label": _("Start the pre-test")}
        else:
            todo = next((e["page"] for e in progress["lessons"] if not e["done"]), None)
            if todo is not None:
                next_step = {
                    "url": todo.url,
                    "label": _("Continue: %(title)s") % {"title": todo.title},
                }
            elif post and post["state"] == "open":
                next_step = {"url": post["url"], "label": _("Take the post-test")}
            elif post and post["state"] == "submitted":
                next_step = {
                    "url": reverse("assessments:results", args=[course.pk]),
                    "label": _("See what changed"),
                }
    return {"progress": progress, "tests": tests, "next_step": next_step}


def lesson_navigation(*, user, course: CoursePage, lesson: LessonPage) -> dict:
    lessons = list(course.get_lessons())
    index = next((i for i, p in enumerate(lessons) if p.pk == lesson.pk), 0)
    done_keys = completed_lesson_keys(user=user, course=course)
    return {
        "lesson_number": index + 1,
        "lesson_count": len(lessons),
        "previous_lesson": lessons[index - 1] if index > 0 else None,
        "next_lesson": lessons[index + 1] if index + 1 < len(lessons) else None,
        "lesson_done": lesson.translation_key in done_keys,
    }


@dataclass
class LessonRefusal:
    """Why a learner cannot open a lesson yet, and where to send them instead."""

    reason: str

    def response(self, request, course: CoursePage):
        if self.reason == "login":
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        messages.info(
            request,
            _(
                "Before the lessons, please answer the pre-test. It shows what you "
                "already know; it is not an exam."
            ),
        )
        return redirect("assessments:take", course_id=course.pk, phase="pre")


def lesson_access(*, user, course: CoursePage) -> LessonRefusal | None:
    """Return ``None`` if the user may open the course's lessons now."""
    if not getattr(user, "is_authenticated", False):
        return LessonRefusal("login")
    if course.pre_test_id:
        from assessments.selectors import phase_submitted

        if not phase_submitted(user=user, course=course, phase="pre"):
            return LessonRefusal("pre_test")
    return None
