"""Uploads: decompression bombs, disguised files and oversized files are refused
with a clear message, and nothing is stored."""

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from assessments.xlsform import XLSFormError, parse_form
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def huge_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A real, valid black-and-white PNG of width × height pixels.

    One bit per pixel and every row the same, so the 112 MB of pixel data
    compress to about 100 KB: a decompression bomb made cheaply.
    """
    row = b"\x00" + bytes((width + 7) // 8)
    compressor = zlib.compressobj(9)
    block = row * 1000
    compressed = [compressor.compress(block) for _ in range(height // 1000)] + [
        compressor.compress(row * (height % 1000)),
        compressor.flush(),
    ]
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(compressed))
        + _chunk(b"IEND", b"")
    )


def small_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _stored_files(folder: str) -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / folder
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("root", is_superuser=True, is_staff=True))
    return client


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return huge_png()


class TestImageUploads:
    def test_the_bomb_is_a_real_30000_pixel_square_png(self, bomb):
        assert len(bomb) < 1_000_000
        Image.MAX_IMAGE_PIXELS, saved = None, Image.MAX_IMAGE_PIXELS
        try:
            with Image.open(io.BytesIO(bomb)) as image:
                assert image.size == (30_000, 30_000)
                assert image.format == "PNG"
        finally:
            Image.MAX_IMAGE_PIXELS = saved

    def test_a_30000_by_30000_png_is_refused_with_a_message(self, admin_client, bomb):
        before = _stored_files("original_images")
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Bomb", "file": SimpleUploadedFile("bomb.png", bomb)},
        )
        assert response.status_code == 200
        page = response.content.decode()
        assert "too many pixels" in page
        assert "Maximum pixels 40000000" in page
        assert get_image_model().objects.count() == 0
        assert _stored_files("original_images") == before

    def test_the_multiple_upload_view_refuses_it_too(self, admin_client, bomb):
        response = admin_client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": SimpleUploadedFile("bomb.png", bomb)},
        )
        result = response.json()
        assert result["success"] is False
        assert "too many pixels" in result["error_message"]
        assert get_image_model().objects.count() == 0

    def test_pillow_refuses_to_decode_it_anywhere(self, bomb):
        with pytest.raises(Image.DecompressionBombError):
            Image.open(io.BytesIO(bomb))

    def test_html_renamed_to_png_is_refused(self, admin_client):
        fake = b"<html><script>alert(1)</script></html>"
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Fake", "file": SimpleUploadedFile("fake.png", fake)},
        )
        assert response.status_code == 200
        assert "Not a valid .png image" in response.content.decode()
        assert get_image_model().objects.count() == 0

    def test_svg_is_not_an_allowed_image(self, admin_client):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Svg", "file": SimpleUploadedFile("x.svg", svg)},
        )
        assert "Not a supported image format" in response.content.decode()
        assert get_image_model().objects.count() == 0

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=50)
    def test_an_image_over_the_size_limit_is_refused(self, admin_client):
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Big", "file": SimpleUploadedFile("big.png", small_png())},
        )
        assert "This file is too big" in response.content.decode()
        assert get_image_model().objects.count() == 0

    def test_a_normal_image_is_accepted(self, admin_client):
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Fine", "file": SimpleUploadedFile("fine.png", small_png())},
        )
        assert response.status_code == 302
        assert get_image_model().objects.get().title == "Fine"


class TestDocumentUploads:
    def test_documents_have_a_size_limit_and_an_extension_allowlist(self):
        assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 200 * 1024 * 1024
        assert "html" not in settings.WAGTAILDOCS_EXTENSIONS
        assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
        assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=100)
    def test_a_document_over_the_size_limit_is_refused(self, admin_client):
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {"title": "Big", "file": SimpleUploadedFile("big.pdf", b"%PDF" * 100)},
        )
        assert response.status_code == 200
        page = response.content.decode()
        assert "This file is too big (400\xa0bytes)" in page
        assert "Maximum filesize 100\xa0bytes" in page
        assert get_document_model().objects.count() == 0

    def test_a_file_type_outside_the_allowlist_is_refused(self, admin_client):
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {"title": "Page", "file": SimpleUploadedFile("page.html", b"<script>")},
        )
        assert "File extension" in response.content.decode()
        assert get_document_model().objects.count() == 0


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x20" * (60 * 1024 * 1024))
    return buffer.getvalue()


class TestWorkbookUploads:
    def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked(self):
        data = _zip_bomb()
        assert len(data) < 1_000_000
        with pytest.raises(XLSFormError) as refused:
            parse_form(data, "bomb.xlsx")
        assert "unpacks to more than 50 MB" in str(refused.value.errors[0])

    def test_the_import_page_shows_the_message(self, admin_client):
        from assessments.models import Instrument

        response = admin_client.post(
            reverse("assessments_admin:import_instrument"),
            {"file": SimpleUploadedFile("bomb.xlsx", _zip_bomb())},
        )
        assert response.status_code == 400
        assert "unpacks to more than 50 MB" in response.content.decode()
        assert not Instrument.objects.exists()
