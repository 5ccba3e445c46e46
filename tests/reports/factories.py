"""Builders for report tests: submitted pre/post attempts with item responses.

Attempts are written directly (scored with ``assessments.scoring``) rather than
through the learner journey, so a test can place them in time, language and
class exactly.
"""

import datetime as dt

from django.utils import timezone

from assessments import scoring
from assessments.models import Attempt, Response

RIGHT = {
    "K01": "B",
    "K02": ["A", "B"],
    "K03": "false",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "no",
}
WRONG = {
    "K01": "A",
    "K02": ["A"],
    "K03": "true",
    "A01": "2",
    "A02": "4",
    "P01": "2",
    "P02": "yes",
}


def answers(pattern):
    """Right answers for the codes in ``pattern`` that are True, else wrong ones."""
    return {code: RIGHT[code] if pattern.get(code) else WRONG[code] for code in RIGHT}


def submit(
    learner,
    course,
    phase,
    given,
    *,
    school_class,
    when=None,
    locale="en",
    instrument=None,
):
    """Create one submitted attempt with a response per item (of the course's
    pre-test, or of ``instrument``); return it."""
    instrument = instrument or course.pre_test
    items = list(instrument.get_items())
    values = {
        item.code: scoring.normalise_value(item.spec(), given[item.code])
        for item in items
    }
    attempt = Attempt.objects.create(
        learner=learner,
        instrument=instrument,
        course=course,
        course_key=course.translation_key,
        phase=phase,
        locale=locale,
        school_class=school_class,
        school=school_class.school,
        submitted_at=when or timezone.now(),
        scores=scoring.score_attempt([item.spec() for item in items], values),
    )
    Response.objects.bulk_create(
        [
            Response(
                attempt=attempt,
                item=item,
                item_key=item.translation_key,
                value=values[item.code],
                score=scoring.score_item(item.spec(), values[item.code]),
            )
            for item in items
        ]
    )
    return attempt


def class_results(school_class, course, *, matched, pre_only=0, when=None):
    """Give the class's first learners a pre-test (and most a post-test).

    Learner i answers item j right on the pre-test when (i + j) % 3 == 0 and on
    the post-test unless (i + j) % 4 == 0, so scores vary and mostly improve.
    Returns the learners used.
    """
    learners = list(school_class.learners.order_by("username"))
    if len(learners) < matched + pre_only:
        raise ValueError("not enough learners in the class")
    when = when or timezone.now() - dt.timedelta(days=7)
    codes = list(RIGHT)
    for i, learner in enumerate(learners[: matched + pre_only]):
        pre = {code: (i + j) % 3 == 0 for j, code in enumerate(codes)}
        submit(
            learner, course, "pre", answers(pre), school_class=school_class, when=when
        )
        if i < matched:
            post = {code: (i + j) % 4 != 0 for j, code in enumerate(codes)}
            submit(
                learner,
                course,
                "post",
                answers(post),
                school_class=school_class,
                when=when + dt.timedelta(days=3),
            )
    return learners[: matched + pre_only]
