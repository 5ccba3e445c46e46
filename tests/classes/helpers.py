"""Builders for class tests: take a test and read lessons through the services."""

from assessments.services import (
    attempt_get_or_start,
    attempt_save_answers,
    attempt_submit,
)
from courses.services import lesson_complete

# From tests/test_journey.py: all wrong-ish before, all right after.
WEAK = {
    "K01": "A",
    "K02": ["A"],
    "K03": "true",
    "A01": "2",
    "A02": "4",
    "P01": "2",
    "P02": "yes",
}
STRONG = {
    "K01": "B",
    "K02": ["A", "B"],
    "K03": "false",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "no",
}


def take_test(learner, course, phase, answers):
    attempt = attempt_get_or_start(
        learner=learner, course=course, phase=phase, language="en"
    )
    items = {i.code: i.pk for i in attempt.instrument.get_items()}
    attempt_save_answers(
        attempt=attempt, answers={items[k]: v for k, v in answers.items()}
    )
    return attempt_submit(attempt=attempt)


def finish_course(learner, course, pre=WEAK, post=STRONG):
    take_test(learner, course, "pre", pre)
    for lesson in course.get_lessons():
        lesson_complete(learner=learner, lesson=lesson.specific)
    return take_test(learner, course, "post", post)
