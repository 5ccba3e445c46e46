"""The offline pieces the server provides: worker, manifest, save control."""

import re

import pytest
from django.urls import reverse

from tests.factories import make_class, make_teacher

pytestmark = pytest.mark.django_db


@pytest.fixture
def pupil(course):
    school_class = make_class(
        teacher=make_teacher(), learners=1, course=course, prefix="off"
    )
    return school_class.memberships.get().learner


class TestServiceWorker:
    def test_is_served_from_the_root_as_javascript_cached_a_day(self, client):
        response = client.get("/sw.js")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/javascript")
        assert "max-age=86400" in response["Cache-Control"]
        assert b'addEventListener("fetch"' in response.content

    def test_manifest_is_json_in_the_visitors_language(self, client):
        client.cookies["django_language"] = "ar"
        response = client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="ar")
        assert response["Content-Type"] == "application/manifest+json"
        data = response.json()
        assert data["scope"] == "/"
        assert data["lang"] == "ar" and data["dir"] == "rtl"
        assert data["icons"][0]["src"].startswith("/static/")


class TestSaveForOffline:
    def test_course_page_lists_the_pages_to_save_for_a_learner(
        self, client, course, pupil
    ):
        client.force_login(pupil)
        html = client.get(course.url).content.decode()
        urls = re.search(r'data-urls="([^"]+)"', html).group(1).split()
        lessons = [lesson.url for lesson in course.get_lessons()]
        assert urls[0] == course.url
        assert urls[1:3] == lessons
        assert reverse("assessments:take", args=[course.pk, "pre"]) in urls
        assert urls[-1] == reverse("offline_page")
        assert "Save for offline" in html
        # Hidden until the script shows it: without JavaScript there is no
        # control that cannot work.
        assert re.search(r'<div class="offline-save" hidden', html)

    def test_no_save_control_for_a_visitor(self, client, course):
        html = client.get(course.url).content.decode()
        assert "data-offline-course" not in html
        assert "data-service-worker" not in html

    def test_test_form_names_its_sync_address_and_items(self, client, course, pupil):
        client.force_login(pupil)
        url = reverse("assessments:take", args=[course.pk, "pre"])
        html = client.get(url).content.decode()
        sync = reverse("assessments:answers_sync", args=[course.pk, "pre"])
        assert f'data-offline-sync="{sync}"' in html
        assert len(re.findall(r'<fieldset[^>]+data-item="\d+"', html)) == 7

    def test_offline_page_renders_without_signing_in(self, client):
        response = client.get(reverse("offline_page"))
        assert response.status_code == 200
        assert b"You are offline" in response.content
