"""The thin journey through every role, through Django's test client.

A learner signs in with a username, takes the pre-test, reads the lessons, takes
the post-test and sees pre and post scores per KAP domain; the teacher sees the
class; programme staff download a pseudonymous CSV built by a Celery task.
"""

import csv
import io

import pytest
from django.urls import reverse

from assessments.models import Attempt, ExportJob, Response
from classes.models import ClassMembership
from courses.models import LessonCompletion
from tests.factories import (
    PASSWORD,
    make_class,
    make_evaluator,
    make_teacher,
    make_user,
)

pytestmark = pytest.mark.django_db

RIGHT_PRE = {
    "K01": "A",
    "K02": ["A"],
    "K03": "true",
    "A01": "2",
    "A02": "4",
    "P01": "2",
    "P02": "yes",
}
RIGHT_POST = {
    "K01": "B",
    "K02": ["A", "B"],
    "K03": "false",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "no",
}


def form_data(attempt, answers, action):
    data = {"action": action}
    for item in attempt.instrument.get_items():
        if item.code in answers:
            data[f"item-{item.pk}"] = answers[item.code]
    return data


def sign_in(client, username):
    response = client.post(
        reverse("account_login"), {"login": username, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def classroom(course):
    teacher = make_teacher()
    school_class = make_class(
        teacher=teacher, learners=3, course=course, prefix="pupil"
    )
    return school_class


class TestLearnerJourney:
    def test_child_signs_in_with_username_and_no_email(self, client, classroom):
        sign_in(client, "pupil-00")
        response = client.get(reverse("learner_dashboard"))
        assert response.status_code == 200
        assert "Mini course on personal information" in response.content.decode()

    def test_full_journey_pre_lessons_post_results(self, client, course, classroom):
        sign_in(client, "pupil-00")
        lessons = list(course.get_lessons())

        # Lessons are closed until the pre-test is handed in.
        response = client.get(lessons[0].url)
        assert response.status_code == 302
        assert response["Location"] == reverse(
            "assessments:take", args=[course.pk, "pre"]
        )

        # Post-test not open yet.
        response = client.get(reverse("assessments:take", args=[course.pk, "post"]))
        assert response.status_code == 302
        assert Attempt.objects.filter(phase="post").count() == 0

        # Pre-test: save part of it, then hand it in.
        take_pre = reverse("assessments:take", args=[course.pk, "pre"])
        response = client.get(take_pre)
        assert response.status_code == 200
        attempt = Attempt.objects.get(phase="pre")
        partial = {k: RIGHT_PRE[k] for k in ("K01", "A01")}
        response = client.post(take_pre, form_data(attempt, partial, "save"))
        assert response.status_code == 302
        assert attempt.responses.count() == 2
        response = client.post(take_pre, form_data(attempt, RIGHT_PRE, "submit"))
        assert response.status_code == 302
        attempt.refresh_from_db()
        assert attempt.is_submitted
        assert attempt.school_class == classroom
        # K: K01 wrong, K02 wrong, K03 wrong -> 0; A: 0.25 and 0.25 -> 25
        assert attempt.scores["domains"]["K"]["score"] == 0.0
        assert attempt.scores["domains"]["A"]["score"] == 25.0
        assert attempt.scores["domains"]["P"]["score"] == 12.5

        # The pre-test is now locked.
        response = client.post(take_pre, form_data(attempt, RIGHT_POST, "submit"))
        assert response.status_code == 302
        attempt.refresh_from_db()
        assert attempt.scores["domains"]["K"]["score"] == 0.0

        # Lessons: read and mark done; progress recorded.
        for lesson in lessons:
            response = client.get(lesson.url)
            assert response.status_code == 200
            assert lesson.title in response.content.decode()
            response = client.post(reverse("lesson_complete", args=[lesson.pk]))
            assert response.status_code == 302
        assert (
            LessonCompletion.objects.filter(learner__username="pupil-00").count() == 2
        )

        # Post-test is open now.
        take_post = reverse("assessments:take", args=[course.pk, "post"])
        response = client.get(take_post)
        assert response.status_code == 200
        post = Attempt.objects.get(phase="post")
        response = client.post(take_post, form_data(post, RIGHT_POST, "submit"))
        assert response.status_code == 302
        assert response["Location"] == reverse("assessments:results", args=[course.pk])

        response = client.get(reverse("assessments:results", args=[course.pk]))
        page = response.content.decode()
        assert response.status_code == 200
        assert "What you know" in page and "+100.0" in page
        assert "Your address tells people where to find you." in page

    def test_submitting_with_unanswered_questions_keeps_the_answers(
        self, client, course, classroom
    ):
        sign_in(client, "pupil-01")
        take_pre = reverse("assessments:take", args=[course.pk, "pre"])
        client.get(take_pre)
        attempt = Attempt.objects.get(learner__username="pupil-01")
        response = client.post(take_pre, form_data(attempt, {"K01": "B"}, "submit"))
        assert response.status_code == 400
        assert "Please answer this question." in response.content.decode()
        attempt.refresh_from_db()
        assert not attempt.is_submitted
        assert attempt.responses.get().value == "B"

    def test_invalid_option_is_refused_and_valid_answers_kept(
        self, client, course, classroom
    ):
        sign_in(client, "pupil-02")
        take_pre = reverse("assessments:take", args=[course.pk, "pre"])
        client.get(take_pre)
        attempt = Attempt.objects.get(learner__username="pupil-02")
        data = form_data(attempt, {"K01": "Z", "A01": "9", "P01": "3"}, "save")
        response = client.post(take_pre, data)
        assert response.status_code == 400
        assert "Some answers need another look" in response.content.decode()
        assert list(attempt.responses.values_list("value", flat=True)) == ["3"]

    def test_anonymous_visitor_is_asked_to_sign_in(self, client, course):
        lesson = course.get_lessons().first()
        response = client.get(lesson.url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


class TestTeacherJourney:
    def test_teacher_sees_progress_and_scores(self, client, course, classroom):
        pupil = ClassMembership.objects.filter(school_class=classroom).first().learner
        from assessments.services import (
            attempt_get_or_start,
            attempt_save_answers,
            attempt_submit,
        )

        attempt = attempt_get_or_start(
            learner=pupil, course=course, phase="pre", language="en"
        )
        items = {i.code: i.pk for i in attempt.instrument.get_items()}
        attempt_save_answers(
            attempt=attempt, answers={items[k]: v for k, v in RIGHT_POST.items()}
        )
        attempt_submit(attempt=attempt)

        client.force_login(classroom.teachers.get())
        response = client.get(reverse("classes:teacher_home"))
        assert classroom.name in response.content.decode()
        response = client.get(reverse("classes:class_detail", args=[classroom.pk]))
        page = response.content.decode()
        assert response.status_code == 200
        assert pupil.display_name in page
        assert "100 / 100 / 88" in page  # P: (0.75 + 1.0) / 2
        assert "0 / 2" in page

    def test_teacher_cannot_see_another_teachers_class(self, client, course, classroom):
        other = make_teacher("other-teacher")
        make_class(teacher=other, name="Other class", learners=1, prefix="other")
        client.force_login(other)
        response = client.get(reverse("classes:class_detail", args=[classroom.pk]))
        assert response.status_code == 404

    def test_learner_cannot_open_teacher_pages(self, client, classroom):
        sign_in(client, "pupil-00")
        assert client.get(reverse("classes:teacher_home")).status_code == 403
        response = client.get(reverse("classes:class_detail", args=[classroom.pk]))
        assert response.status_code == 404


class TestProgrammeStaffExport:
    def _answer_pre_test(self, course, learner):
        from assessments.services import (
            attempt_get_or_start,
            attempt_save_answers,
            attempt_submit,
        )

        attempt = attempt_get_or_start(
            learner=learner, course=course, phase="pre", language="en"
        )
        items = {i.code: i.pk for i in attempt.instrument.get_items()}
        attempt_save_answers(
            attempt=attempt, answers={items[k]: v for k, v in RIGHT_PRE.items()}
        )
        attempt_submit(attempt=attempt)

    def test_staff_downloads_pseudonymous_csv_built_by_task(
        self, client, course, classroom, django_capture_on_commit_callbacks
    ):
        pupils = [m.learner for m in classroom.memberships.all()]
        for pupil in pupils:
            self._answer_pre_test(course, pupil)
        evaluator = make_evaluator("evaluator", classroom.school.programme)
        client.force_login(evaluator)
        assert client.get(reverse("assessments:export_list")).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("assessments:export_create"),
                {"programme": classroom.school.programme.pk, "demographics": "on"},
            )
        job = ExportJob.objects.get()
        assert response["Location"] == reverse(
            "assessments:export_detail", args=[job.pk]
        )
        job.refresh_from_db()
        assert job.status == "done"
        assert job.rows_done == Response.objects.count() == 3 * 7

        detail = client.get(reverse("assessments:export_detail", args=[job.pk]))
        assert "Download CSV (21 rows)" in detail.content.decode()
        download = client.get(reverse("assessments:export_download", args=[job.pk]))
        assert download.status_code == 200
        body = b"".join(download.streaming_content).decode("utf-8")
        rows = list(csv.reader(io.StringIO(body)))
        assert rows[0][:4] == ["learner", "gender", "age_band", "course"]
        assert len(rows) == 22
        pseudonyms = {row[0] for row in rows[1:]}
        assert len(pseudonyms) == 3
        for pupil in pupils:
            assert pupil.username not in body
            assert pupil.display_name not in body
            assert str(pupil.birth_year) not in body
        assert {row[9] for row in rows[1:]} == set(RIGHT_PRE)

    def test_teacher_and_learner_cannot_export(self, client, classroom):
        client.force_login(classroom.teachers.get())
        assert client.get(reverse("assessments:export_list")).status_code == 403
        learner = make_user("someone")
        client.force_login(learner)
        assert client.get(reverse("assessments:export_list")).status_code == 403
        assert (
            client.post(
                reverse("assessments:export_create"),
                {"programme": classroom.school.programme.pk},
            ).status_code
            == 403
        )
        assert ExportJob.objects.count() == 0

    def test_another_staff_member_cannot_open_someone_elses_export(
        self, client, classroom, django_capture_on_commit_callbacks
    ):
        programme = classroom.school.programme
        owner = make_evaluator("owner", programme)
        client.force_login(owner)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                reverse("assessments:export_create"), {"programme": programme.pk}
            )
        job = ExportJob.objects.get()
        client.force_login(make_evaluator("nosy", programme))
        assert (
            client.get(reverse("assessments:export_detail", args=[job.pk])).status_code
            == 404
        )
        assert (
            client.get(
                reverse("assessments:export_download", args=[job.pk])
            ).status_code
            == 404
        )
