"""Answers given offline and sent later: each stored once, never rolled back."""

import json
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assessments.models import Attempt, Response
from tests.assessments.test_delivery import ANSWERS
from tests.factories import make_class, make_teacher

pytestmark = pytest.mark.django_db


@pytest.fixture
def pupil(course):
    school_class = make_class(
        teacher=make_teacher(), learners=1, course=course, prefix="sync"
    )
    return school_class.memberships.get().learner


def open_attempt(client, course, learner, phase="pre"):
    client.force_login(learner)
    client.get(reverse("assessments:take", args=[course.pk, phase]))
    return Attempt.objects.select_related("instrument").get(
        learner=learner, phase=phase
    )


def batch(attempt, answers):
    items = {item.code: item.pk for item in attempt.instrument.get_items()}
    return [
        {"client_id": str(uuid.uuid4()), "item": items[code], "value": value}
        for code, value in answers.items()
    ]


def send(client, course, answers, *, submit=False, phase="pre"):
    return client.post(
        reverse("assessments:answers_sync", args=[course.pk, phase]),
        data=json.dumps({"answers": answers, "submit": submit}),
        content_type="application/json",
    )


class TestAnswersSync:
    def test_answers_are_stored_with_their_client_ids(self, client, course, pupil):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, {"K01": "B", "K02": ["A", "B"], "A01": "4"})
        response = send(client, course, answers)
        assert response.status_code == 200
        body = response.json()
        assert sorted(body["saved"]) == sorted(a["client_id"] for a in answers)
        assert body["duplicates"] == [] and body["errors"] == {}
        stored = dict(attempt.responses.values_list("item__code", "value"))
        assert stored == {"K01": "B", "K02": "A,B", "A01": "4"}
        assert {
            str(c) for c in attempt.responses.values_list("client_id", flat=True)
        } == {a["client_id"] for a in answers}

    def test_a_resend_is_acknowledged_and_stores_nothing_twice(
        self, client, course, pupil
    ):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, {"K01": "B", "A01": "4"})
        send(client, course, answers)
        again = send(client, course, answers).json()
        assert again["saved"] == []
        assert sorted(again["duplicates"]) == sorted(a["client_id"] for a in answers)
        assert Response.objects.filter(attempt=attempt).count() == 2

    def test_a_late_replay_never_rolls_back_a_newer_answer(self, client, course, pupil):
        attempt = open_attempt(client, course, pupil)
        first = batch(attempt, {"K01": "A"})
        send(client, course, first)
        url = reverse("assessments:take", args=[course.pk, "pre"])
        item = attempt.instrument.get_items().get(code="K01")
        client.post(url, {"action": "save", f"item-{item.pk}": "B"})
        send(client, course, first)
        assert attempt.responses.get(item=item).value == "B"

    def test_an_answer_queued_before_a_newer_one_never_replaces_it(
        self, client, course, pupil
    ):
        """Queued offline on a phone (never sent), answered again online on
        another page, then the phone comes back: the newer answer stays."""
        attempt = open_attempt(client, course, pupil)
        item = attempt.instrument.get_items().get(code="K01")
        url = reverse("assessments:take", args=[course.pk, "pre"])
        client.post(url, {"action": "save", f"item-{item.pk}": "B"})
        queued = batch(attempt, {"K01": "A"})
        queued[0]["age_ms"] = 10 * 60 * 1000  # given ten minutes ago
        body = send(client, course, queued).json()
        assert body["superseded"] == [queued[0]["client_id"]]
        assert body["saved"] == []
        assert attempt.responses.get(item=item).value == "B"

    def test_an_answer_given_after_the_stored_one_replaces_it(
        self, client, course, pupil
    ):
        attempt = open_attempt(client, course, pupil)
        item = attempt.instrument.get_items().get(code="K01")
        url = reverse("assessments:take", args=[course.pk, "pre"])
        client.post(url, {"action": "save", f"item-{item.pk}": "B"})
        queued = batch(attempt, {"K01": "A"})
        queued[0]["age_ms"] = 0  # given just now
        assert send(client, course, queued).json()["saved"] == [queued[0]["client_id"]]
        assert attempt.responses.get(item=item).value == "A"

    @pytest.mark.parametrize("age", [-5, "600000", True, 10**12])
    def test_an_unusable_age_is_an_answer_given_now(self, client, course, pupil, age):
        attempt = open_attempt(client, course, pupil)
        queued = batch(attempt, {"K01": "A"})
        queued[0]["age_ms"] = age
        assert send(client, course, queued).json()["saved"] == [queued[0]["client_id"]]

    def test_one_id_on_two_questions_refuses_the_second_and_keeps_the_rest(
        self, client, course, pupil
    ):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, {"K01": "A", "A01": "4", "K03": "true"})
        answers[1]["client_id"] = answers[0]["client_id"]
        response = send(client, course, answers)
        assert response.status_code == 200
        body = response.json()
        assert set(body["errors"]) == {answers[0]["client_id"]}
        assert sorted(body["saved"]) == sorted(
            [answers[0]["client_id"], answers[2]["client_id"]]
        )
        again = send(client, course, answers).json()  # the device's retry
        assert sorted(again["duplicates"]) == sorted(body["saved"])
        stored = dict(attempt.responses.values_list("item__code", "value"))
        assert stored == {"K01": "A", "K03": "true"}

    def test_deeply_nested_json_is_a_clear_400(self, client, course, pupil):
        open_attempt(client, course, pupil)
        deep = '{"answers": ' + "[" * 100_000 + "]" * 100_000 + "}"
        response = client.post(
            reverse("assessments:answers_sync", args=[course.pk, "pre"]),
            data=deep,
            content_type="application/json",
        )
        assert response.status_code == 400
        assert response.json()["error"] == "The answers could not be read."

    @pytest.mark.parametrize("value", [[{"x": 1}], [["A"]], 7, {"A": 1}])
    def test_answers_of_the_wrong_shape_are_refused(self, client, course, pupil, value):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, {"K02": value})
        response = send(client, course, answers)
        assert response.status_code == 200
        assert set(response.json()["errors"]) == {answers[0]["client_id"]}

    @pytest.mark.parametrize("submit", ["no", "false", 1, "true"])
    def test_only_json_true_hands_in(self, client, course, pupil, submit):
        attempt = open_attempt(client, course, pupil)
        body = send(client, course, batch(attempt, ANSWERS), submit=submit).json()
        assert body["submitted"] is False
        attempt.refresh_from_db()
        assert not attempt.is_submitted

    def test_the_same_question_twice_in_one_batch_keeps_the_last(
        self, client, course, pupil
    ):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, {"K01": "A"}) + batch(attempt, {"K01": "B"})
        body = send(client, course, answers).json()
        assert body["saved"] == [answers[1]["client_id"]]
        assert body["duplicates"] == [answers[0]["client_id"]]
        assert list(attempt.responses.values_list("value", flat=True)) == ["B"]

    def test_invalid_answers_are_refused_and_the_others_kept(
        self, client, course, pupil
    ):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, {"K01": "Z", "A01": "4"})
        answers.append({"client_id": "not-a-uuid", "item": 1, "value": "x"})
        body = send(client, course, answers).json()
        assert set(body["errors"]) == {answers[0]["client_id"], "not-a-uuid"}
        assert body["saved"] == [answers[1]["client_id"]]

    def test_submit_hands_in_once_and_a_replay_is_acknowledged(
        self, client, course, pupil
    ):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, ANSWERS)
        body = send(client, course, answers, submit=True).json()
        assert body["submitted"] is True
        attempt.refresh_from_db()
        assert attempt.is_submitted and attempt.scores
        replay = send(client, course, answers, submit=True).json()
        assert replay["submitted"] is True
        assert len(replay["duplicates"]) == len(ANSWERS)
        assert attempt.responses.count() == len(ANSWERS)

    def test_submit_with_questions_left_says_how_many(self, client, course, pupil):
        attempt = open_attempt(client, course, pupil)
        body = send(client, course, batch(attempt, {"K01": "B"}), submit=True).json()
        assert body["submitted"] is False
        assert "6 left" in body["submit_error"]

    def test_another_learners_client_id_is_refused(self, client, course, pupil):
        attempt = open_attempt(client, course, pupil)
        answers = batch(attempt, {"K01": "B"})
        send(client, course, answers)
        other = (
            make_class(
                teacher=make_teacher("t2"), learners=1, course=course, prefix="other"
            )
            .memberships.get()
            .learner
        )
        open_attempt(client, course, other)
        body = send(client, course, answers).json()
        assert list(body["errors"]) == [answers[0]["client_id"]]
        assert Response.objects.count() == 1

    def test_signed_out_gets_401_json_not_a_login_page(self, client, course):
        response = send(client, course, [])
        assert response.status_code == 401
        assert "error" in response.json()

    def test_malformed_body_is_400(self, client, course, pupil):
        open_attempt(client, course, pupil)
        response = client.post(
            reverse("assessments:answers_sync", args=[course.pk, "pre"]),
            data="{not json",
            content_type="application/json",
        )
        assert response.status_code == 400

    def test_a_batch_of_any_size_takes_the_same_number_of_queries(
        self, client, course, pupil
    ):
        attempt = open_attempt(client, course, pupil)
        with CaptureQueriesContext(connection) as one:
            send(client, course, batch(attempt, {"K01": "B"}))
        rest = {code: value for code, value in ANSWERS.items() if code != "K01"}
        with CaptureQueriesContext(connection) as many:
            send(client, course, batch(attempt, rest))
        assert attempt.responses.count() == len(ANSWERS)
        assert len(many) == len(one)


def _statement(sql: str) -> str:
    """``"SELECT table"``, ``"INSERT table"`` or ``"UPDATE table"``."""
    words = sql.replace('"', "").replace("(", " ").split()
    verb = words[0]
    if verb == "SELECT":
        table = words[words.index("FROM") + 1]
    elif verb == "INSERT":
        table = words[words.index("INTO") + 1]
    else:
        table = words[1]
    return f"{verb} {table}"


def test_a_test_day_hand_in_takes_a_fixed_set_of_statements(client, course):
    """A learner's first and only request on a test day (every answer and the
    hand-in) reads the course and its questions from the cache: what remains
    is the learner's own rows, each read or written once."""
    school_class = make_class(
        teacher=make_teacher(), learners=2, course=course, prefix="day"
    )
    items = list(course.pre_test.get_items())

    def hand_in(learner):
        answers = [
            {
                "client_id": str(uuid.uuid4()),
                "item": item.pk,
                "value": ANSWERS[item.code],
            }
            for item in items
        ]
        return send(client, course, answers, submit=True)

    first, second = (m.learner for m in school_class.memberships.all())
    client.force_login(first)
    assert hand_in(first).json()["submitted"]  # warms the shared caches
    client.force_login(second)
    with CaptureQueriesContext(connection) as captured:
        reply = hand_in(second).json()
    assert reply["submitted"] and not reply["errors"]
    statements = [
        _statement(q["sql"])
        for q in captured
        if "SAVEPOINT" not in q["sql"] and "django_session" not in q["sql"]
    ]
    assert statements == [
        "SELECT accounts_user",
        "SELECT assessments_attempt",  # the learner's attempts in this course
        "SELECT classes_classmembership",  # the class the attempt is for
        "INSERT assessments_attempt",
        "SELECT assessments_attempt",  # locked for update
        "SELECT assessments_response",  # resends, and what the attempt holds
        "INSERT assessments_response",  # every answer in one statement
        "SELECT classes_classassignment",  # the survey wave (a union)
        "UPDATE assessments_attempt",  # handed in with its scores
        "INSERT courses_enrolment",
    ], statements
    attempt = Attempt.objects.get(learner=second, phase="pre")
    assert attempt.is_submitted and attempt.responses.count() == len(items)
    assert attempt.scores == Attempt.objects.get(learner=first, phase="pre").scores
