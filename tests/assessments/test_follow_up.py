import pytest
from django.core import mail
from django.urls import reverse
from freezegun import freeze_time

from assessments.models import Attempt, FollowUpReminder
from assessments.services import (
    attempt_get_or_start,
    attempt_save_answers,
    attempt_submit,
)
from assessments.tasks import follow_up_reminders_send
from courses.services import lesson_complete
from home import demo
from tests.factories import MINI_COURSE, make_class, make_teacher, make_user

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
def follow_up_course(course):
    follow = demo.ensure_instrument(
        dict(MINI_COURSE["test"], code="MINI-F", title="Follow-up check"),
        locale=course.pre_test.locale,
        for_children=True,
    )
    post = course.post_test
    post.follow_up_instrument = follow
    post.follow_up_after_days = 30
    post.save()
    return course


def finish_course(course, learner):
    for phase in ("pre", "post"):
        if phase == "post":
            for lesson in course.get_lessons():
                lesson_complete(learner=learner, lesson=lesson)
        attempt = attempt_get_or_start(
            learner=learner, course=course, phase=phase, language="en"
        )
        items = {i.code: i.pk for i in attempt.instrument.get_items()}
        attempt_save_answers(
            attempt=attempt, answers={items[k]: v for k, v in ANSWERS.items()}
        )
        attempt_submit(attempt=attempt)


@pytest.fixture
def people(follow_up_course):
    teacher = make_teacher()
    school_class = make_class(
        teacher=teacher, learners=1, course=follow_up_course, prefix="kid"
    )
    child = school_class.learners.get()
    parent = make_user("parent", email="parent@example.org")
    with freeze_time("2026-01-10 09:00"):
        finish_course(follow_up_course, child)
        finish_course(follow_up_course, parent)
    return {"teacher": teacher, "child": child, "parent": parent}


class TestFollowUp:
    def test_not_open_before_n_days(self, client, follow_up_course, people):
        url = reverse("assessments:take", args=[follow_up_course.pk, "follow_up"])
        client.force_login(people["parent"])
        with freeze_time("2026-02-08 12:00"):
            response = client.get(url)
            assert response.status_code == 302
            assert follow_up_reminders_send.delay().get() == {
                "emailed": 0,
                "flagged": 0,
            }
        assert not Attempt.objects.filter(phase="follow_up").exists()
        assert mail.outbox == []

    def test_task_emails_adults_and_flags_children_once(
        self, client, follow_up_course, people
    ):
        with freeze_time("2026-02-09 10:00"):
            result = follow_up_reminders_send.delay().get()
            assert result == {"emailed": 1, "flagged": 1}
            assert follow_up_reminders_send.delay().get() == {
                "emailed": 0,
                "flagged": 0,
            }
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["parent@example.org"]
        assert "Mini course on personal information" in message.subject
        assert (
            reverse("assessments:take", args=[follow_up_course.pk, "follow_up"])
            in message.body
        )
        child_flag = FollowUpReminder.objects.get(learner=people["child"])
        assert child_flag.flagged_to_teacher and child_flag.emailed_at is None
        client.force_login(people["teacher"])
        page = client.get(reverse("assessments:follow_up_flags")).content.decode()
        assert people["child"].display_name in page

    def test_learner_takes_follow_up_after_it_opens(
        self, client, follow_up_course, people
    ):
        url = reverse("assessments:take", args=[follow_up_course.pk, "follow_up"])
        client.force_login(people["parent"])
        with freeze_time("2026-02-10 12:00"):
            results = client.get(
                reverse("assessments:results", args=[follow_up_course.pk])
            )
            assert "Take the follow-up test" in results.content.decode()
            assert client.get(url).status_code == 200
            attempt = Attempt.objects.get(phase="follow_up")
            assert attempt.instrument.code == "MINI-F"
            data = {"action": "submit", "page_token": "not-a-uuid"}
            for item in attempt.instrument.get_items():
                data[f"item-{item.pk}"] = ANSWERS[item.code]
            assert client.post(url, data).status_code == 302
        attempt.refresh_from_db()
        assert attempt.is_submitted
        # A finished follow-up is not reminded any more.
        with freeze_time("2026-03-01"):
            assert follow_up_reminders_send.delay().get()["emailed"] == 0

    def test_other_teacher_does_not_see_the_flag(self, client, people):
        with freeze_time("2026-02-09 10:00"):
            follow_up_reminders_send.delay().get()
        other = make_teacher("other")
        client.force_login(other)
        page = client.get(reverse("assessments:follow_up_flags")).content.decode()
        assert people["child"].display_name not in page
        assert "No follow-up tests are waiting." in page

    def test_learner_cannot_open_the_flag_list(self, client, people):
        client.force_login(people["child"])
        assert client.get(reverse("assessments:follow_up_flags")).status_code == 403
