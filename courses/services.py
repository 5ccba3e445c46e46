"""Writes about learners' progress."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import CoursePage, Enrolment, LessonCompletion, LessonPage


def enrolment_get_or_create(*, learner, course: CoursePage) -> Enrolment:
    enrolment, _ = Enrolment.objects.get_or_create(
        learner=learner,
        course_key=course.translation_key,
        defaults={"course": course},
    )
    return enrolment


def lesson_complete(*, learner, lesson: LessonPage) -> LessonCompletion:
    """Record that the learner finished a lesson. Safe to call twice."""
    course = lesson.get_course()
    enrolment = enrolment_get_or_create(learner=learner, course=course)
    try:
        with transaction.atomic():
            completion, _ = LessonCompletion.objects.get_or_create(
                learner=learner,
                lesson_key=lesson.translation_key,
                defaults={"lesson": lesson, "course_key": course.translation_key},
            )
    except IntegrityError:  # a double click raced us: the row exists
        completion = LessonCompletion.objects.get(
            learner=learner, lesson_key=lesson.translation_key
        )
    enrolment.last_lesson = lesson
    enrolment.save(update_fields=["last_lesson"])
    return completion


def enrolment_mark_complete_if_done(*, learner, course: CoursePage) -> bool:
    """Mark the course complete when every lesson and the post-test are done."""
    from assessments.selectors import phase_submitted

    from .selectors import course_progress

    progress = course_progress(user=learner, course=course)
    if progress["done"] < progress["total"]:
        return False
    if course.post_test_id and not phase_submitted(
        user=learner, course=course, phase="post"
    ):
        return False
    enrolment = enrolment_get_or_create(learner=learner, course=course)
    if enrolment.completed_at is None:
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
    return True
