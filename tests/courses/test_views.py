"""Learner-facing pages: catalogue filters, restricted courses, the dashboard."""

import pytest
from django.urls import reverse

from courses.models import CoursePage
from courses.services import lesson_complete
from tests.factories import make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db


def add_course(index, *, slug, title, audience, topics, locale=None):
    course = CoursePage(
        title=title, slug=slug, audience=audience, topics=topics, locale=locale
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    return course


@pytest.fixture
def catalogue(course):
    index = course.get_parent().specific
    add_course(
        index,
        slug="talking-with-your-child",
        title="Talking with your child about their online life",
        audience="parents",
        topics="parenting, reporting",
    )
    return index


class TestCatalogueFilters:
    def test_lists_every_course_without_filters(self, client, catalogue):
        page = client.get(catalogue.url).content.decode()
        assert "Mini course on personal information" in page
        assert "Talking with your child" in page
        assert '<label for="filter-audience">' in page

    def test_filters_by_audience(self, client, catalogue):
        page = client.get(catalogue.url, {"audience": "parents"}).content.decode()
        assert "Talking with your child" in page
        assert "Mini course on personal information" not in page

    def test_filters_by_topic(self, client, catalogue):
        page = client.get(catalogue.url, {"topic": "privacy"}).content.decode()
        assert "Mini course on personal information" in page
        assert "Talking with your child" not in page

    def test_filters_by_language(self, client, catalogue):
        page = client.get(catalogue.url, {"language": "ar"}).content.decode()
        assert "No course matches these choices" in page
        page = client.get(catalogue.url, {"language": "en"}).content.decode()
        assert "Talking with your child" in page

    def test_unknown_values_are_ignored_not_errors(self, client, catalogue):
        response = client.get(catalogue.url, {"audience": "robots", "language": "xx"})
        assert response.status_code == 200
        assert "Talking with your child" in response.content.decode()


@pytest.fixture
def restricted(course):
    course.restricted_to_classes = True
    course.pre_test = None
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


class TestRestrictedCourse:
    def test_learner_outside_the_class_gets_a_clear_page(self, client, restricted):
        client.force_login(make_user("outsider"))
        lesson = restricted.get_lessons().first()
        response = client.get(lesson.url)
        assert response.status_code == 403
        assert "This course is for assigned classes" in response.content.decode()
        response = client.post(reverse("lesson_complete", args=[lesson.pk]))
        assert response.status_code == 403

    def test_learner_in_an_assigned_class_can_open_it(self, client, restricted):
        make_class(teacher=make_teacher(), learners=1, course=restricted, prefix="p")
        client.force_login(make_user("p-00-other"))
        lesson = restricted.get_lessons().first()
        assert client.get(lesson.url).status_code == 403
        from accounts.models import User

        client.force_login(User.objects.get(username="p-00"))
        assert client.get(lesson.url).status_code == 200

    def test_teacher_of_the_class_can_open_it(self, client, restricted):
        teacher = make_teacher()
        make_class(teacher=teacher, course=restricted)
        client.force_login(teacher)
        lesson = restricted.get_lessons().first()
        assert client.get(lesson.url).status_code == 200

    def test_dashboard_hides_courses_the_learner_cannot_open(self, client, restricted):
        client.force_login(make_user("outsider"))
        page = client.get(reverse("learner_dashboard")).content.decode()
        assert restricted.title not in page


class TestLearnerDashboard:
    def test_shows_what_is_next(self, client, course):
        learner = make_user("learner")
        client.force_login(learner)
        page = client.get(reverse("learner_dashboard")).content.decode()
        assert "What&#x27;s next:" in page or "What's next:" in page
        assert "Start the pre-test" in page

    def test_next_step_is_the_first_unfinished_lesson(self, client, course):
        course.pre_test = None
        course.save_revision().publish()
        course = CoursePage.objects.get(pk=course.pk)
        learner = make_user("learner")
        first, second = course.get_lessons()
        lesson_complete(learner=learner, lesson=first)
        client.force_login(learner)
        page = client.get(reverse("learner_dashboard")).content.decode()
        assert f"Continue: {second.title}" in page
        assert f'href="{second.url}"' in page


@pytest.fixture
def open_course(course):
    course.pre_test = None
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


class TestPrintableLesson:
    def test_print_view_opens_every_answer_and_links_the_print_stylesheet(
        self, client, open_course
    ):
        client.force_login(make_user("learner"))
        lesson = open_course.get_lessons().first()
        normal = client.get(lesson.url).content.decode()
        assert "?print=1" in normal
        assert 'media="print"' in normal
        assert "<details open>" not in normal
        page = client.get(lesson.url, {"print": "1"}).content.decode()
        assert 'class="print-view"' in page
        assert "css/print.css" in page
        assert "<details open>" in page
        assert '<form method="post"' not in page.split('<main id="main"')[1]

    def test_facilitator_notes_print_for_teachers_only(self, client, open_course):
        lesson = open_course.get_lessons().first()
        note = "sort cards into"
        client.force_login(make_user("learner"))
        assert note not in client.get(lesson.url, {"print": "1"}).content.decode()
        client.force_login(make_teacher())
        assert note in client.get(lesson.url, {"print": "1"}).content.decode()

    def test_print_view_keeps_the_access_rules(self, client, course):
        client.force_login(make_user("learner"))
        lesson = course.get_lessons().first()
        response = client.get(lesson.url, {"print": "1"})
        assert response.status_code == 302  # the pre-test comes first


class TestLessonSearch:
    def test_finds_published_lessons_with_their_course(self, client, course):
        response = client.get(reverse("lesson_search"), {"q": "trusted adult"})
        page = response.content.decode()
        assert response.status_code == 200
        assert "Telling a trusted adult" in page
        assert course.title in page
        assert '<label for="search-q">' in page

    def test_unpublished_lessons_are_not_found(self, client, course):
        lesson = course.get_lessons().get(slug="telling-a-trusted-adult")
        lesson.unpublish()
        page = client.get(reverse("lesson_search"), {"q": "trusted"}).content.decode()
        assert "Telling a trusted adult" not in page
        assert "No lesson matches" in page

    def test_lessons_in_an_unpublished_module_are_not_found(self, client, course):
        from tests.courses.test_models import add_lesson, add_module

        draft = add_module(course, "Draft part", live=False)
        add_lesson(draft, "Blocking a stranger")
        page = client.get(reverse("lesson_search"), {"q": "stranger"}).content.decode()
        assert "Blocking a stranger" not in page

    def test_restricted_courses_are_hidden_from_outsiders(self, client, restricted):
        client.force_login(make_user("outsider"))
        page = client.get(reverse("lesson_search"), {"q": "trusted"}).content.decode()
        assert "Telling a trusted adult" not in page

    def test_empty_query_shows_only_the_form(self, client, course):
        page = client.get(reverse("lesson_search")).content.decode()
        assert "found for" not in page


@pytest.mark.django_db
class TestRestrictedCoursePreTest:
    def test_learner_outside_the_classes_cannot_start_the_pre_test(
        self, client, course
    ):
        from django.urls import reverse

        from assessments.models import Attempt
        from tests.factories import make_user

        course.restricted_to_classes = True
        course.save_revision().publish()
        outsider = make_user("outsider", is_child_account=True)
        client.force_login(outsider)
        response = client.get(reverse("assessments:take", args=[course.pk, "pre"]))
        assert response.status_code == 302
        assert not Attempt.objects.filter(learner=outsider).exists()


@pytest.mark.django_db
class TestSignInRoutesForChildren:
    def test_header_offers_join_and_picture_sign_in(self, client, course):
        from django.urls import reverse

        page = client.get(reverse("account_login")).content.decode()
        assert reverse("classes:join") in page
        assert reverse("classes:picture_login") in page


@pytest.mark.django_db
class TestScheduledPublishing:
    def test_beat_task_publishes_a_lesson_whose_time_has_come(self, course):
        from datetime import timedelta

        from django.utils import timezone

        from courses.models import LessonPage
        from courses.tasks import pages_publish_scheduled

        lesson = course.get_lessons().first()
        lesson.title = "Scheduled new title"
        revision = lesson.save_revision()
        revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
        revision.save()
        pages_publish_scheduled.delay()
        assert LessonPage.objects.get(pk=lesson.pk).title == "Scheduled new title"


class TestLessonDoneSentLater:
    """A lesson marked done offline is sent by the page's script, asking for JSON."""

    def post(self, client, lesson):
        return client.post(
            reverse("lesson_complete", args=[lesson.pk]),
            HTTP_ACCEPT="application/json",
        )

    def test_stored_once_however_often_it_is_sent(self, client, open_course):
        from courses.models import LessonCompletion

        learner = make_user("learner")
        client.force_login(learner)
        lesson = open_course.get_lessons().first()
        for _ in range(2):  # the reply was lost: the device sends it again
            response = self.post(client, lesson)
            assert response.status_code == 200
            assert response.json() == {"done": True}
        assert LessonCompletion.objects.filter(learner=learner).count() == 1

    def test_refused_with_the_reason_before_the_pre_test(self, client, course):
        from courses.models import LessonCompletion

        client.force_login(make_user("learner"))
        response = self.post(client, course.get_lessons().first())
        assert response.status_code == 409
        assert "pre-test" in response.json()["error"]
        assert not LessonCompletion.objects.exists()

    def test_signed_out_devices_are_sent_to_sign_in_and_keep_it(
        self, client, open_course
    ):
        response = self.post(client, open_course.get_lessons().first())
        assert response.status_code == 302  # not JSON: the script keeps it queued
        assert "/accounts/login/" in response["Location"]
