"""Reads for the teacher's class view.

``class_progress_list`` runs a fixed number of queries whatever the class size.
"""

from collections import defaultdict

from assessments.models import Attempt
from courses.models import CoursePage, LessonCompletion

from .models import SchoolClass


def class_progress_list(*, school_class: SchoolClass) -> dict:
    """Return per-course rows of each learner's lesson progress and KAP scores.

    ``{"courses": [{"course": CoursePage, "lesson_total": n,
    "learners": [{"learner": User, "lessons_done": n, "pre": {...} | None,
    "post": {...} | None}]}]}`` where pre/post map domain to score (0-100) for
    submitted attempts, or ``{"in_progress": True}`` for unfinished ones.
    """
    learners = list(
        school_class.learners.order_by("display_name", "username").only(
            "id", "username", "display_name"
        )
    )
    learner_ids = [learner.pk for learner in learners]
    courses = list(school_class.courses.live().specific().order_by("path"))
    if not courses:
        courses = list(CoursePage.objects.live().specific().order_by("path"))
    course_keys = [c.translation_key for c in courses]

    lesson_totals = defaultdict(int)
    parent_paths = {c.path: c.translation_key for c in courses}
    from courses.models import LessonPage

    for path in (
        LessonPage.objects.live()
        .filter(depth__in={c.depth + 1 for c in courses})
        .values_list("path", flat=True)
    ):
        key = parent_paths.get(path[: -LessonPage.steplen])
        if key:
            lesson_totals[key] += 1

    done = defaultdict(int)
    for learner_id, course_key in LessonCompletion.objects.filter(
        learner_id__in=learner_ids, course_key__in=course_keys
    ).values_list("learner_id", "course_key"):
        done[(learner_id, course_key)] += 1

    attempts = {}
    for learner_id, course_key, phase, submitted_at, scores in Attempt.objects.filter(
        learner_id__in=learner_ids, course_key__in=course_keys
    ).values_list("learner_id", "course_key", "phase", "submitted_at", "scores"):
        if submitted_at is None:
            attempts[(learner_id, course_key, phase)] = {"in_progress": True}
        else:
            attempts[(learner_id, course_key, phase)] = {
                d: v["score"] for d, v in scores.get("domains", {}).items()
            }

    rows = []
    for course in courses:
        key = course.translation_key
        rows.append(
            {
                "course": course,
                "lesson_total": lesson_totals[key],
                "learners": [
                    {
                        "learner": learner,
                        "lessons_done": done[(learner.pk, key)],
                        "pre": attempts.get((learner.pk, key, "pre")),
                        "post": attempts.get((learner.pk, key, "post")),
                    }
                    for learner in learners
                ],
            }
        )
    return {"courses": rows, "learner_count": len(learners)}
