"""A test's questions are cached for everyone; an edit shows at once."""

import uuid

import pytest
from wagtail.models import Locale

from assessments.models import Attempt
from assessments.selectors import instrument_items, localized_instrument
from assessments.services import attempt_get_or_start, attempt_save_batch
from tests.assessments.test_delivery import ANSWERS
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def hand_in(learner, course):
    attempt = attempt_get_or_start(
        learner=learner, course=course, phase="pre", language="en"
    )
    answers = [
        {"client_id": str(uuid.uuid4()), "item": item.pk, "value": ANSWERS[item.code]}
        for item in instrument_items(attempt.instrument_id)
    ]
    result = attempt_save_batch(attempt=attempt, answers=answers, submit=True)
    assert result.submitted, result
    return Attempt.objects.get(pk=attempt.pk)


def test_a_changed_answer_key_scores_the_next_hand_in(course):
    test = course.pre_test
    before = hand_in(make_user("first"), course)
    knowledge = before.scores["domains"]["K"]["score"]
    item = test.items.get(code="K01")  # the learners answer "B"
    item.options = [
        ("option", {"key": "A", "text": "Your home address", "correct": True}),
        ("option", {"key": "B", "text": "Your favourite colour", "correct": False}),
    ]
    item.save()
    after = hand_in(make_user("second"), course)
    assert after.scores["domains"]["K"]["score"] < knowledge  # K01 now wrong
    texts = {o["text"] for o in instrument_items(test.pk)[0].option_list()}
    assert "Your home address" in texts


def test_a_deleted_question_leaves_the_test(course):
    test = course.pre_test
    codes = [item.code for item in instrument_items(test.pk)]
    test.items.get(code="P02").delete()
    assert [item.code for item in instrument_items(test.pk)] == [
        code for code in codes if code != "P02"
    ]


def test_each_caller_gets_its_own_copies(course):
    first = instrument_items(course.pre_test.pk)
    first[0].option_list()[0]["text"] = "changed by a caller"
    first.reverse()
    again = instrument_items(course.pre_test.pk)
    assert again[0].code == "K01"
    assert again[0].option_list()[0]["text"] == "Your favourite colour"


def test_a_translation_added_later_is_delivered(course):
    test = course.pre_test
    assert localized_instrument(test, "fr") == test  # none yet: the original
    french = test.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Avant le cours"
    french.save()
    assert localized_instrument(test, "fr") == french
