"""Safeguarding in the interface: what children see, and what others see of them."""

import copy

import pytest
from django.urls import reverse

from assessments.models import Response
from courses.models import LessonPage
from tests.classes.helpers import WEAK, finish_course, take_test
from tests.factories import (
    MINI_COURSE,
    build_site,
    make_class,
    make_teacher,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_courses(course):
    adult = copy.deepcopy(MINI_COURSE)
    adult.update(
        title="Talking with your child",
        slug="talking-with-your-child",
        audience="parents",
    )
    adult.pop("pre_test", None)
    adult.pop("post_test", None)
    return course, build_site(adult)


class TestLearnerDashboard:
    def test_a_child_never_sees_courses_for_adults(self, client, two_courses):
        children_course, parents_course = two_courses
        child = make_user("kid", is_child_account=True)
        client.force_login(child)
        html = client.get(reverse("learner_dashboard")).content.decode()
        assert children_course.title in html
        assert parents_course.title not in html

    def test_an_adult_sees_both(self, client, two_courses):
        children_course, parents_course = two_courses
        client.force_login(make_user("mum", email="mum@example.org"))
        html = client.get(reverse("learner_dashboard")).content.decode()
        assert children_course.title in html and parents_course.title in html


class TestChildrensAnswers:
    """A child's own answers (about what they think and do online) are shown to
    the child alone: teachers see scores, never the answers themselves."""

    @pytest.fixture
    def answered(self, course):
        teacher = make_teacher()
        school_class = make_class(teacher=teacher, learners=2, course=course)
        child, classmate = [m.learner for m in school_class.memberships.all()]
        finish_course(child, course)
        return school_class, teacher, child, classmate

    def test_the_teachers_pages_show_no_answers(self, client, answered):
        school_class, teacher, child, _classmate = answered
        client.force_login(teacher)
        pages = [
            reverse("classes:class_detail", args=[school_class.pk]),
            reverse("classes:class_report", args=[school_class.pk]),
            reverse("classes:student_detail", args=[school_class.pk, child.pk]),
        ]
        practice_answers = Response.objects.filter(
            attempt__learner=child, item__domain="P"
        ).select_related("item")
        assert practice_answers.exists()
        for url in pages:
            html = client.get(url).content.decode()
            for response in practice_answers:
                # The practice question itself is never listed with the child.
                assert response.item.text not in html, url

    def test_only_knowledge_questions_are_listed_as_still_wrong(self, client, course):
        teacher = make_teacher()
        school_class = make_class(teacher=teacher, learners=1, course=course)
        child = school_class.memberships.get().learner
        finish_course(child, course, post=WEAK)
        client.force_login(teacher)
        html = client.get(
            reverse("classes:class_detail", args=[school_class.pk])
        ).content.decode()
        items = {
            r.item.code: r.item.text
            for r in Response.objects.filter(attempt__learner=child).select_related(
                "item"
            )
        }
        assert items["K01"] in html  # a knowledge question the class got wrong
        for code, text in items.items():
            if not code.startswith("K"):
                assert text not in html, code

    def test_a_classmate_cannot_open_the_childs_results(self, client, answered):
        school_class, _teacher, child, classmate = answered
        client.force_login(classmate)
        url = reverse("assessments:results", args=[school_class.courses.get().pk])
        html = client.get(url).content.decode()
        assert child.get_display_name() not in html
        student_url = reverse(
            "classes:student_detail", args=[school_class.pk, child.pk]
        )
        assert client.get(student_url).status_code in (403, 404)


class TestQuickExit:
    def test_the_quick_exit_goes_where_the_setting_says(self, client, course, settings):
        settings.QUICK_EXIT_URL = "https://example.org/weather"
        lesson = LessonPage.objects.live().first()
        lesson.sensitive = True
        lesson.save_revision().publish()
        child = make_user("kid", is_child_account=True)
        client.force_login(child)
        take_test(child, course, "pre", WEAK)
        html = client.get(lesson.url).content.decode()
        assert 'href="https://example.org/weather"' in html
        assert "google" not in html
