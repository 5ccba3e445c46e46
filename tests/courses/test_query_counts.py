"""Server speed: the catalogue is cached, learner pages take a fixed number of
queries however many lessons, questions and answers there are."""

import copy

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home import demo
from tests.factories import (
    MINI_COURSE,
    build_site,
    hand_in_pre_test,
    make_class,
    make_teacher,
)

pytestmark = pytest.mark.django_db


def bigger_course(slug: str, lessons: int, extra_items: int = 0) -> dict:
    """The mini course with more lessons (and optionally more questions)."""
    data = copy.deepcopy(MINI_COURSE)
    data["slug"] = slug
    data["title"] = f"Course {slug}"
    template = data["lessons"][0]
    data["lessons"] = [
        {**copy.deepcopy(template), "slug": f"{slug}-lesson-{n}", "title": f"L{n}"}
        for n in range(lessons)
    ]
    data["test"]["code"] = slug.upper()
    extra = copy.deepcopy(data["test"]["items"][3])  # a Likert item
    for n in range(extra_items):
        data["test"]["items"].append({**extra, "code": f"X{n:02d}"})
    return data


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def two_courses(db):
    small = build_site(bigger_course("small", lessons=2))
    index = small.get_parent().specific
    big = demo.ensure_course(
        index, bigger_course("big", lessons=8, extra_items=10), locale=small.locale
    )
    learner = (
        make_class(teacher=make_teacher(), learners=1, course=small, prefix="q")
        .memberships.get()
        .learner
    )
    learner.memberships.get().school_class.courses.add(big)
    return small, big, learner


class TestCatalogueCache:
    def test_a_second_visit_reads_no_course_from_the_database(self, client, course):
        catalogue = course.get_parent()
        first = queries(client, catalogue.url)
        with CaptureQueriesContext(connection) as second:
            html = client.get(catalogue.url).content.decode()
        assert course.title in html
        assert len(second) < first
        assert not any("courses_coursepage" in q["sql"] for q in second)

    def test_publishing_a_course_shows_it_at_once(self, client, course):
        catalogue = course.get_parent().specific
        client.get(catalogue.url)
        new = demo.ensure_course(
            catalogue, bigger_course("fresh", lessons=1), locale=course.locale
        )
        assert new.title in client.get(catalogue.url).content.decode()
        new.unpublish()
        assert new.title not in client.get(catalogue.url).content.decode()

    def test_each_language_and_filter_has_its_own_copy(self, client, course):
        catalogue = course.get_parent()
        client.get(catalogue.url)
        html = client.get(catalogue.url + "?audience=parents").content.decode()
        assert course.title not in html


class TestFixedQueries:
    def test_course_page_does_not_grow_with_lessons(self, client, two_courses):
        small, big, learner = two_courses
        client.force_login(learner)
        for cached in (True, False):  # shared caches full, then empty
            client.get(small.url)
            client.get(big.url)
            if not cached:
                cache.clear()
                client.get(small.url)  # the session again, site root paths
                cache.clear()
            big_count = queries(client, big.url)
            if not cached:
                cache.clear()
                client.get(big.url)
                cache.clear()
            assert big_count == queries(client, small.url)

    def test_lesson_page_does_not_grow_with_lessons(self, client, two_courses):
        small, big, learner = two_courses
        client.force_login(learner)
        for course in (small, big):
            hand_in_pre_test(learner, course)
        small_lesson = small.get_lessons().last()
        big_lesson = big.get_lessons().last()
        client.get(small_lesson.url)
        client.get(big_lesson.url)
        assert queries(client, big_lesson.url) == queries(client, small_lesson.url)
        cache.clear()
        client.get(small_lesson.url)  # the session, site root paths
        cache.clear()
        cold_big = queries(client, big_lesson.url)
        cache.clear()
        client.get(big_lesson.url)
        cache.clear()
        assert cold_big == queries(client, small_lesson.url)

    def test_my_courses_does_not_grow_with_courses(self, client, two_courses):
        """The dashboard reads the learner's attempts, finished lessons and
        classes once for all courses; each course's outline comes from the cache."""

        small, big, learner = two_courses
        client.force_login(learner)
        url = reverse("learner_dashboard")
        client.get(url)
        two = queries(client, url)
        third = demo.ensure_course(
            small.get_parent().specific,
            bigger_course("third", lessons=5, extra_items=3),
            locale=small.locale,
        )
        learner.memberships.get().school_class.courses.add(third)
        hand_in_pre_test(learner, third)
        client.get(url)
        page = client.get(url).content.decode()
        assert third.title in page
        assert queries(client, url) == two

    def test_a_lesson_read_again_takes_few_queries(self, client, two_courses):
        """What is the same for everyone (route, course, outline, lesson text)
        comes from the cache: the user, a check that the page is still live,
        the learner's pre-test and completions remain (a child's account has no roles to look up)."""
        small, _big, learner = two_courses
        client.force_login(learner)
        hand_in_pre_test(learner, small)
        lesson = small.get_lessons().last()
        client.get(lesson.url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(lesson.url)
        assert response.status_code == 200
        tables = [q["sql"].split(" FROM ", 1)[1].split()[0] for q in captured]
        # The session is in the database in this lane, in the cache with Redis.
        tables = [t for t in tables if t != '"django_session"']
        assert tables == [
            '"accounts_user"',
            '"wagtailcore_page"',  # the cached page is still live, same path
            '"assessments_attempt"',
            '"courses_lessoncompletion"',
        ], tables

    def test_test_page_does_not_grow_with_questions_or_answers(
        self, client, two_courses, django_assert_max_num_queries
    ):
        small, big, learner = two_courses
        client.force_login(learner)
        small_url = reverse("assessments:take", args=[small.pk, "pre"])
        big_url = reverse("assessments:take", args=[big.pk, "pre"])
        client.get(small_url)
        client.get(big_url)  # both attempts started
        assert queries(client, big_url) == queries(client, small_url)
        with django_assert_max_num_queries(25):
            client.get(big_url)
