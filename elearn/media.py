"""Lesson images from local storage, for deployments without a web server
or object storage in front of ``/media/`` (the single-server quick start, the
Docker Compose setup, the smoke test).

Only image files are served: originals (``original_images/``) and renditions
(``images/``). Documents (lesson videos, captions, handouts) are not under
this view: Wagtail serves them through its own view, which applies a
collection's privacy (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``), and a web
server in front must not serve ``/media/documents/`` directly either
(docs/deploy.md). ``SERVE_MEDIA`` switches this view off where nginx or a CDN
serves the images.
"""

import mimetypes
import os

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

#: Folders of MEDIA_ROOT holding Wagtail images (originals and renditions).
IMAGE_FOLDERS = ("original_images/", "images/")
#: What an image upload may be (WAGTAILIMAGES_EXTENSIONS, never SVG).
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"}
#: Renditions and uploaded originals get a new name when they change.
MAX_AGE = 7 * 24 * 60 * 60


@require_safe
def serve_image(request, path: str):
    """Serve one image file of MEDIA_ROOT, with Last-Modified and a week's
    cache; anything else under /media/ is a 404."""
    if not path.startswith(IMAGE_FOLDERS):
        raise Http404
    content_type, encoding = mimetypes.guess_type(path)
    if content_type not in IMAGE_TYPES or encoding:
        raise Http404
    try:
        full_path = safe_join(settings.MEDIA_ROOT, path)
    except SuspiciousFileOperation:
        raise Http404 from None
    try:
        stat = os.stat(full_path)
    except (FileNotFoundError, NotADirectoryError):
        raise Http404 from None
    if not os.path.isfile(full_path):
        raise Http404
    if not was_modified_since(
        request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime
    ):
        return HttpResponseNotModified()
    response = FileResponse(open(full_path, "rb"), content_type=content_type)
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response
