"""Files answer byte ranges and are never gzipped: a phone seeks in a lesson
video (Safari on iOS plays none without ranges) and resumes a download cut
off on a slow network."""

import pytest
from django.urls import reverse

from tests.courses.media import make_document, make_image

pytestmark = pytest.mark.django_db

VIDEO = bytes(range(256)) * 40  # 10,240 bytes standing in for an MP4


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.fixture
def video():
    return make_document("lesson.mp4", VIDEO)


class TestByteRanges:
    def test_the_whole_file_says_ranges_are_accepted(self, client, video):
        response = client.get(video.url)
        assert response.status_code == 200
        assert response["Accept-Ranges"] == "bytes"
        assert body(response) == VIDEO

    @pytest.mark.parametrize(
        ("header", "first", "last"),
        [
            ("bytes=0-99", 0, 99),
            ("bytes=10000-", 10000, len(VIDEO) - 1),
            ("bytes=-240", len(VIDEO) - 240, len(VIDEO) - 1),
            ("bytes=10200-99999", 10200, len(VIDEO) - 1),
        ],
    )
    def test_one_range_is_a_206_with_that_slice(
        self, client, video, header, first, last
    ):
        response = client.get(video.url, HTTP_RANGE=header)
        assert response.status_code == 206
        assert response["Content-Range"] == f"bytes {first}-{last}/{len(VIDEO)}"
        assert response["Content-Length"] == str(last - first + 1)
        assert body(response) == VIDEO[first : last + 1]
        assert response["Content-Type"] == video_type(client, video)

    def test_a_range_outside_the_file_is_a_416(self, client, video):
        response = client.get(video.url, HTTP_RANGE=f"bytes={len(VIDEO)}-")
        assert response.status_code == 416
        assert response["Content-Range"] == f"bytes */{len(VIDEO)}"

    @pytest.mark.parametrize("header", ["bytes=0-1,5-6", "items=0-1", "bytes=-"])
    def test_anything_else_gets_the_whole_file(self, client, video, header):
        response = client.get(video.url, HTTP_RANGE=header)
        assert response.status_code == 200
        assert body(response) == VIDEO

    def test_if_range_with_another_date_gets_the_whole_file(self, client, video):
        response = client.get(
            video.url,
            HTTP_RANGE="bytes=0-9",
            HTTP_IF_RANGE="Mon, 01 Jan 2001 00:00:00 GMT",
        )
        assert response.status_code == 200
        same = client.get(
            video.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=response["Last-Modified"]
        )
        assert same.status_code == 206

    def test_lesson_images_too(self, client):
        image = make_image()
        response = client.get(image.file.url, HTTP_RANGE="bytes=0-7")
        assert response.status_code == 206
        assert body(response) == b"\x89PNG\r\n\x1a\n"


class TestFilesAreNotGzipped:
    def test_a_video_keeps_its_length_and_encoding(self, client, video):
        """Also without Wagtail's "Content-Encoding: None" (worked around in
        elearn/ranges.py)."""
        response = client.get(video.url, HTTP_ACCEPT_ENCODING="gzip")
        assert not response.has_header("Content-Encoding")
        assert response["Content-Length"] == str(len(VIDEO))

    def test_pages_still_are(self, client):
        response = client.get(reverse("get_help"), HTTP_ACCEPT_ENCODING="gzip")
        assert response["Content-Encoding"] == "gzip"


def video_type(client, video) -> str:
    return client.get(video.url)["Content-Type"]
