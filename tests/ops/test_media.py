"""Lesson images served by the app where nothing else serves /media/ (the
single-server quick start, Docker Compose): images only, never documents."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.http import http_date

from tests.courses.media import make_document, make_image

pytestmark = pytest.mark.django_db


class TestLessonImages:
    def test_a_rendition_and_its_original_are_served(self, client):
        image = make_image()
        rendition = image.get_rendition("width-800")
        for url in (rendition.url, image.file.url):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["Content-Type"] == "image/png"
            body = b"".join(response.streaming_content)
            assert body.startswith(b"\x89PNG\r\n\x1a\n")
            assert "public" in response["Cache-Control"]

    def test_unchanged_since_is_not_modified(self, client):
        image = make_image()
        response = client.get(image.file.url)
        again = client.get(
            image.file.url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]
        )
        assert again.status_code == 304
        old = http_date(0)
        assert client.get(image.file.url, HTTP_IF_MODIFIED_SINCE=old).status_code == 200

    def test_documents_are_never_served_from_media(self, client):
        """Videos, captions and handouts go through Wagtail's document view,
        which applies a collection's privacy."""
        document = make_document("handout.pdf", b"%PDF-1.4 private")
        path = document.file.name
        assert client.get(f"{settings.MEDIA_URL}{path}").status_code == 404
        assert client.get(document.url).status_code == 200  # Wagtail's own view

    @pytest.mark.parametrize(
        "path",
        [
            "images/../documents/handout.pdf",
            "original_images/%2e%2e/%2e%2e/elearn/settings/base.py",
            "images/missing.png",
            "images/",
            "original_images/notes.txt",
            "images/page.svg",
        ],
    )
    def test_anything_else_is_a_404(self, client, path):
        # (LocaleMiddleware may first send a 404 to the same path under /en/.)
        response = client.get(f"{settings.MEDIA_URL}{path}", follow=True)
        assert response.status_code == 404

    def test_only_get_and_head(self, client):
        image = make_image()
        assert client.head(image.file.url).status_code == 200
        assert client.post(image.file.url).status_code == 405

    def test_the_route_is_the_apps_when_no_bucket(self):
        assert settings.SERVE_MEDIA is True
        assert reverse("media_image", args=["images/x.png"]) == "/media/images/x.png"
