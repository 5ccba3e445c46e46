"""Shared caches in front of page serving (home/serving.py, home/content_cache.py):
what they save, and that they never serve something stale or private."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from courses.models import LessonPage
from home.content_cache import content_version
from home.models import Helpline
from tests.factories import hand_in_pre_test, make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db


def tree_queries(client, url) -> tuple[int, int]:
    """(status, how many queries read the site or page tables) for one request."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    reads = sum(
        1
        for q in captured
        if '"wagtailcore_page"' in q["sql"] or '"wagtailcore_site"' in q["sql"]
    )
    return response.status_code, reads


@pytest.fixture
def catalogue(course):
    return course.get_parent().specific


@pytest.fixture
def reader(course):
    """A learner in a Kenyan class who has handed in the pre-test."""
    school_class = make_class(teacher=make_teacher(), learners=1, course=course)
    learner = school_class.memberships.get().learner
    hand_in_pre_test(learner, course)
    return learner


class TestCachedRoutes:
    def test_the_second_visit_walks_no_tree(self, client, catalogue):
        status, walk = tree_queries(client, catalogue.url)
        assert status == 200 and walk >= 5  # the site, the walk, the courses
        # The page itself; the course list is cached too.
        assert tree_queries(client, catalogue.url) == (200, 1)

    def test_unpublishing_is_seen_at_once(self, client, catalogue):
        client.get(catalogue.url)
        catalogue.unpublish()
        assert client.get(catalogue.url).status_code == 404

    def test_a_change_behind_the_signals_back_is_still_seen(self, client, catalogue):
        """A write that sends no signal (``QuerySet.update``) leaves the cached
        route in place; it is checked before use and the tree walked again."""
        client.get(catalogue.url)
        version = content_version()
        Page.objects.filter(pk=catalogue.pk).update(live=False)
        assert client.get(catalogue.url).status_code == 404
        Page.objects.filter(pk=catalogue.pk).update(live=True)
        assert client.get(catalogue.url).status_code == 200
        old_url = catalogue.url
        # Renamed: the page's own URL path no longer matches the cached one.
        Page.objects.filter(pk=catalogue.pk).update(
            slug="lessons", url_path=catalogue.url_path.replace("courses", "lessons")
        )
        assert content_version() == version
        assert client.get(old_url).status_code == 404
        assert client.get(old_url.replace("courses", "lessons")).status_code == 200

    def test_a_new_private_page_restriction_applies_at_once(self, client, catalogue):
        assert client.get(catalogue.url).status_code == 200  # "no restrictions" cached
        PageViewRestriction.objects.create(
            page=catalogue, restriction_type=PageViewRestriction.LOGIN
        )
        response = client.get(catalogue.url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        client.force_login(make_user("someone"))
        assert client.get(catalogue.url).status_code == 200


class TestContentVersion:
    def test_goes_up_with_what_published_pages_show(self, catalogue):
        first = content_version()
        catalogue.save_revision().publish()
        published = content_version()
        Helpline.objects.create(
            locale=Locale.get_default(),
            country="KE",
            name="Childline Kenya",
            kind="helpline",
            phone="116",
            source="https://www.childlinekenya.co.ke/",
            verified_on=datetime.date(2026, 1, 5),
        )
        helpline = content_version()
        catalogue.save_revision()  # a draft: visitors see nothing new
        assert first < published < helpline == content_version()

    def test_a_lost_version_never_comes_back_to_an_old_value(self):
        """Entries made under old versions may outlive the version key (an
        eviction); a new series starts above them."""
        from home.content_cache import content_changed, version_key

        VERSION_KEY = version_key()
        old = content_version()
        content_changed()
        cache.delete(VERSION_KEY)
        assert content_version() > old + 1
        cache.delete(VERSION_KEY)
        content_changed()
        assert content_version() > old + 1

    def test_read_once_per_request_and_again_after_this_request_changes_it(self):
        from django.http import HttpResponse
        from django.test import RequestFactory

        from home.content_cache import (
            ContentVersionMiddleware,
            content_changed,
            version_key,
        )

        VERSION_KEY = version_key()
        seen = []

        def view(request):
            first = content_version()
            cache.set(VERSION_KEY, first + 100)  # another process publishes
            seen.append(content_version() == first)  # one reading per request
            content_changed()  # this request publishes: it sees its own change
            seen.append(content_version() == first + 101)
            return HttpResponse()

        ContentVersionMiddleware(view)(RequestFactory().get("/"))
        assert seen == [True, True]
        cache.set(VERSION_KEY, 5)  # outside a request nothing is remembered
        assert content_version() == 5


class TestRelease:
    """Entries pickled by one release are never read by the next."""

    def test_the_fingerprint_follows_the_code(self, tmp_path, settings):
        from home.content_cache import release

        def write(relative: str, text: str = "") -> None:
            path = tmp_path / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)

        for package in ("lessons", "tests", "elearn", "elearn/settings"):
            write(f"{package}/__init__.py")
        write("lessons/models.py", "FIELDS = ['title']\n")
        settings.BASE_DIR = tmp_path
        fingerprint = release.__wrapped__
        first = fingerprint()
        write("tests/test_more.py", "x = 1\n")  # not shipped
        write("elearn/settings/local.py", "DEBUG = False\n")  # may differ per server
        assert fingerprint() == first
        write("lessons/models.py", "FIELDS = ['title', 'summary']\n")
        assert fingerprint() != first

    def test_a_new_release_starts_its_own_version(self, monkeypatch):
        from home import content_cache

        old = content_version()
        content_cache.shared("outline", 1, build=lambda: "from the old code")
        monkeypatch.setattr(content_cache, "release", lambda: "next-release")
        assert content_version() != old
        assert (
            content_cache.shared("outline", 1, build=lambda: "from the new code")
            == "from the new code"
        )


class TestLessonText:
    def test_notes_for_teachers_are_never_served_to_learners_from_the_cache(
        self, client, course, reader
    ):
        lesson = course.get_lessons().first()
        note = "sort cards into"
        teacher = make_teacher("teacher2")
        hand_in_pre_test(teacher, course)
        client.force_login(teacher)
        assert note in client.get(lesson.url).content.decode()
        client.force_login(reader)
        assert note not in client.get(lesson.url).content.decode()

    def test_each_country_sees_its_own_helplines(self, client, course, reader):
        for country, name in (("KE", "Childline Kenya"), ("UG", "Sauti 116")):
            Helpline.objects.create(
                locale=Locale.get_default(),
                country=country,
                name=name,
                kind="helpline",
                phone="116",
                source="https://example.org/",
                verified_on=datetime.date(2026, 1, 5),
            )
        ugandan_class = make_class(
            teacher=make_teacher("teacher3"),
            learners=1,
            course=course,
            school_name="School in Gulu",
            prefix="ug",
        )
        ugandan_class.school.country = "UG"
        ugandan_class.school.save()
        ugandan = ugandan_class.memberships.get().learner
        hand_in_pre_test(ugandan, course)
        lesson = course.get_lessons().get(slug="telling-a-trusted-adult")
        client.force_login(reader)
        kenyan_page = client.get(lesson.url).content.decode()
        client.force_login(ugandan)
        ugandan_page = client.get(lesson.url).content.decode()
        assert "Childline Kenya" in kenyan_page
        assert "Sauti 116" not in kenyan_page
        assert "Sauti 116" in ugandan_page
        assert "Childline Kenya" not in ugandan_page

    def test_a_published_edit_shows_at_once(self, client, course, reader):
        lesson = course.get_lessons().first().specific
        client.force_login(reader)
        assert (
            "What is personal information?" in client.get(lesson.url).content.decode()
        )
        lesson.title = "Your personal information"
        lesson.save_revision().publish()
        page = client.get(LessonPage.objects.get(pk=lesson.pk).url).content.decode()
        assert "Your personal information" in page
        assert "What is personal information?" not in page

    def test_each_learner_sees_their_own_progress(self, client, course, reader):
        """Only the lesson text is shared; "finished" is the learner's own."""
        from courses.services import lesson_complete

        lesson = course.get_lessons().first().specific
        other = make_user("other-learner")
        hand_in_pre_test(other, course)
        lesson_complete(learner=reader, lesson=lesson)
        client.force_login(reader)
        assert (
            "You have finished this lesson." in client.get(lesson.url).content.decode()
        )
        client.force_login(other)
        page = client.get(lesson.url).content.decode()
        assert "You have finished this lesson." not in page
        assert "other-learner" in page or other.get_display_name() in page
