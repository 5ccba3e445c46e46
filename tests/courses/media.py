"""Small real media files for block tests: a PNG drawn with Pillow, a WebVTT
captions file, and stand-in MP4/MP3 documents (only their type matters here)."""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

VTT = "WEBVTT\n\n00:00.000 --> 00:03.000\nIf something online worries you, tell an adult.\n"


def make_image(title="Two friends at a laptop"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1000), (40, 120, 180)).save(buffer, format="PNG")
    return Image.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name="friends.png")
    )


def make_document(name, content=b"", title=None):
    return Document.objects.create(
        title=title or name, file=ContentFile(content or b"\x00" * 16, name=name)
    )


def make_captions():
    return make_document("captions.vtt", VTT.encode())
