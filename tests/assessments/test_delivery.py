"""Delivery of tests: resends, shuffling, one question per screen, crossover."""

import re
import uuid

import pytest
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse

from assessments.models import Attempt, FormSubmission, Response
from assessments.services import attempt_get_or_start
from classes.models import ClassMembership
from home import demo
from tests.factories import MINI_COURSE, make_class, make_teacher

pytestmark = pytest.mark.django_db

ANSWERS = {
    "K01": "B",
    "K02": ["A", "B"],
    "K03": "false",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "no",
}


@pytest.fixture
def pupils(course):
    school_class = make_class(
        teacher=make_teacher(), learners=4, course=course, prefix="pupil"
    )
    return [m.learner for m in school_class.memberships.order_by("learner__username")]


def page_data(attempt, answers, action, token=None):
    data = {"action": action, "page_token": str(token or uuid.uuid4())}
    for item in attempt.instrument.get_items():
        if item.code in answers:
            data[f"item-{item.pk}"] = answers[item.code]
    return data


def start(client, course, learner, phase="pre"):
    client.force_login(learner)
    url = reverse("assessments:take", args=[course.pk, phase])
    response = client.get(url)
    assert response.status_code == 200
    return url, Attempt.objects.get(learner=learner, phase=phase), response


def values(attempt):
    return dict(attempt.responses.values_list("item__code", "value"))


class TestResend:
    def test_double_post_of_the_same_page_is_stored_once(self, client, course, pupils):
        url, attempt, _page = start(client, course, pupils[0])
        data = page_data(attempt, {"K01": "B", "A01": "4"}, "save")
        first = client.post(url, data)
        second = client.post(url, data)
        assert first.status_code == second.status_code == 302
        assert Response.objects.filter(attempt=attempt).count() == 2
        assert FormSubmission.objects.filter(attempt=attempt).count() == 1

    def test_replay_of_an_old_page_does_not_overwrite_newer_answers(
        self, client, course, pupils
    ):
        url, attempt, _page = start(client, course, pupils[0])
        old_page = page_data(attempt, {"K01": "A"}, "save")
        client.post(url, old_page)
        client.post(url, page_data(attempt, {"K01": "B"}, "save"))
        client.post(url, old_page)  # the back button resends the first page
        assert values(attempt) == {"K01": "B"}

    def test_same_token_with_other_answers_is_refused_with_409(
        self, client, course, pupils
    ):
        url, attempt, _page = start(client, course, pupils[0])
        token = uuid.uuid4()
        client.post(url, page_data(attempt, {"K01": "B"}, "save", token))
        response = client.post(url, page_data(attempt, {"K01": "A"}, "save", token))
        assert response.status_code == 409
        assert "already sent with other answers" in response.content.decode()
        assert values(attempt) == {"K01": "B"}

    def test_replayed_hand_in_acknowledges_without_changes(
        self, client, course, pupils
    ):
        url, attempt, _page = start(client, course, pupils[0])
        data = page_data(attempt, ANSWERS, "submit")
        assert client.post(url, data).status_code == 302
        attempt.refresh_from_db()
        submitted_at = attempt.submitted_at
        response = client.post(url, data)
        assert response.status_code == 302
        assert response["Location"] == course.url
        attempt.refresh_from_db()
        assert attempt.submitted_at == submitted_at
        assert Response.objects.filter(attempt=attempt).count() == 7

    def test_a_hand_in_cut_off_after_the_save_completes_when_sent_again(
        self, course, pupils, monkeypatch
    ):
        """The server (or the connection) drops between storing the answers
        and handing in: the browser's retry of the same page hands in."""
        from assessments.views import taking

        client = Client(raise_request_exception=False)
        url, attempt, _page = start(client, course, pupils[0])
        data = page_data(attempt, ANSWERS, "submit")
        real_submit = taking.attempt_submit

        def crash(**kwargs):
            raise DatabaseError("the connection to the database was lost")

        monkeypatch.setattr(taking, "attempt_submit", crash)
        assert client.post(url, data).status_code == 500
        attempt.refresh_from_db()
        assert not attempt.is_submitted
        assert len(values(attempt)) == 7  # the answers were kept
        monkeypatch.setattr(taking, "attempt_submit", real_submit)
        retry = client.post(url, data)
        assert retry.status_code == 302
        assert retry["Location"] == course.url
        attempt.refresh_from_db()
        assert attempt.is_submitted

    def test_second_tab_cannot_change_a_handed_in_test(self, client, course, pupils):
        url, attempt, _page = start(client, course, pupils[0])
        client.post(url, page_data(attempt, ANSWERS, "submit"))
        other_tab = page_data(attempt, {**ANSWERS, "K01": "A"}, "submit")
        response = client.post(url, other_tab)
        assert response.status_code == 302
        assert response["Location"] == reverse("assessments:results", args=[course.pk])
        assert values(attempt)["K01"] == "B"

    def test_dropped_connection_keeps_answers_already_given(
        self, client, course, pupils
    ):
        url, attempt, _page = start(client, course, pupils[0])
        # The learner saved three answers; then the connection dropped before
        # the response arrived, and the tab was closed.
        client.post(url, page_data(attempt, {"K01": "B", "K03": "false"}, "save"))
        client.post(url, page_data(attempt, {"P02": "no"}, "save"))
        client.logout()
        _url, resumed, page = start(client, course, pupils[0])
        assert resumed.pk == attempt.pk
        assert values(attempt) == {"K01": "B", "K03": "false", "P02": "no"}
        html = page.content.decode()
        k01 = attempt.instrument.items.get(code="K01")
        assert re.search(rf'id="item-{k01.pk}-B"[^>]*checked', html)
        assert "3 of 7 questions answered" in html

    def test_forged_score_and_foreign_item_are_ignored(self, client, course, pupils):
        url, attempt, _page = start(client, course, pupils[0])
        data = page_data(attempt, {"K01": "A"}, "save")
        data["score"] = "1"
        data["item-999999"] = "B"
        assert client.post(url, data).status_code == 302
        response = attempt.responses.get()
        assert (response.item.code, response.value, response.score) == ("K01", "A", 0.0)


class TestShuffling:
    def test_order_is_recorded_and_honoured_on_resume(self, client, course, pupils):
        instrument = course.pre_test
        instrument.shuffle_items = True
        instrument.shuffle_options = True
        instrument.save()
        url, attempt, page = start(client, course, pupils[0])
        keys = {str(i.translation_key) for i in instrument.get_items()}
        assert set(attempt.order["items"]) == keys
        assert sorted(attempt.order["options"]) == sorted(
            str(i.translation_key)
            for i in instrument.get_items()
            if i.item_type in ("single", "multi")
        )
        by_key = {str(i.translation_key): i for i in instrument.get_items()}
        expected = [by_key[k].text for k in attempt.order["items"]]
        html = page.content.decode()
        positions = [html.index(text) for text in expected]
        assert positions == sorted(positions)
        k02 = instrument.items.get(code="K02")
        option_order = attempt.order["options"][str(k02.translation_key)]
        ids = re.findall(rf'id="item-{k02.pk}-([A-H])"', html)
        assert ids == option_order
        again = client.get(url).content.decode()
        assert [again.index(t) for t in expected] == sorted(
            again.index(t) for t in expected
        )

    def test_unshuffled_test_records_no_order(self, client, course, pupils):
        _url, attempt, _page = start(client, course, pupils[0])
        assert attempt.order == {}


class TestOneQuestionPerScreen:
    def test_walks_through_questions_and_hands_in(self, client, course, pupils):
        instrument = course.pre_test
        instrument.delivery = "one"
        instrument.save()
        url, attempt, page = start(client, course, pupils[0])
        html = page.content.decode()
        assert "Question 1 of 7" in html
        assert "Which is personal information?" in html
        assert "Which should you keep private?" not in html
        items = list(attempt.instrument.get_items())

        def answer(number, action="next"):
            item = items[number - 1]
            data = page_data(attempt, {item.code: ANSWERS[item.code]}, action)
            data["q"] = str(number)
            return client.post(url, data)

        response = answer(1)
        assert response["Location"] == f"{url}?q=2"
        assert "Question 2 of 7" in client.get(response["Location"]).content.decode()
        back = client.post(url, {**page_data(attempt, {}, "back"), "q": "2"})
        assert back["Location"] == f"{url}?q=1"
        for number in range(2, 7):
            answer(number)
        # Handing in with a question skipped sends the learner back to it.
        Response.objects.filter(attempt=attempt, item=items[2]).delete()
        response = answer(7, action="submit")
        assert response["Location"] == f"{url}?q=3"
        attempt.refresh_from_db()
        assert not attempt.is_submitted
        answer(3)
        response = answer(7, action="submit")
        assert response.status_code == 302
        attempt.refresh_from_db()
        assert attempt.is_submitted
        assert attempt.scores["domains"]["K"]["score"] == 100.0

    def test_invalid_answer_stays_on_the_question(self, client, course, pupils):
        instrument = course.pre_test
        instrument.delivery = "one"
        instrument.save()
        url, attempt, _page = start(client, course, pupils[0])
        data = page_data(attempt, {"K01": "Z"}, "next")
        data["q"] = "1"
        response = client.post(url, data)
        assert response.status_code == 400
        assert "Question 1 of 7" in response.content.decode()
        assert attempt.responses.count() == 0


@pytest.fixture
def crossover_course(course):
    test_b = dict(MINI_COURSE["test"], code="MINI-B", title="Personal information B")
    form_b = demo.ensure_instrument(
        test_b, locale=course.pre_test.locale, for_children=True
    )
    form_a = course.pre_test
    form_a.construct = form_b.construct = "PRIV-1"
    form_a.parallel_form = form_b
    form_a.save()
    form_b.save()
    return course


class TestCrossover:
    def test_class_splits_between_forms_and_post_is_the_other_form(
        self, crossover_course, pupils
    ):
        course = crossover_course
        pre = [
            attempt_get_or_start(learner=p, course=course, phase="pre", language="en")
            for p in pupils
        ]
        forms = sorted(a.form for a in pre)
        assert forms == ["A", "A", "B", "B"]
        for attempt in pre:
            expected = "MINI" if attempt.form == "A" else "MINI-B"
            assert attempt.instrument.code == expected
            attempt.submitted_at = attempt.started_at
            attempt.save()
        pupil = pupils[0]
        for lesson in course.get_lessons():
            from courses.services import lesson_complete

            lesson_complete(learner=pupil, lesson=lesson)
        post = attempt_get_or_start(
            learner=pupil, course=course, phase="post", language="en"
        )
        assert {post.form, pre[0].form} == {"A", "B"}
        assert post.instrument.code == ("MINI-B" if pre[0].form == "A" else "MINI")
        assert ClassMembership.objects.filter(learner=pupil).exists()
