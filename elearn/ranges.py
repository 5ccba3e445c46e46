"""Files served by the app answer byte ranges, and are never gzipped.

A lesson video is a Wagtail document, served by Wagtail's view (which checks
a collection's privacy) as a ``FileResponse`` without byte ranges: a phone
then cannot seek in a video, resume a download cut off on a slow network,
and Safari on iOS does not play it at all. Django's GZipMiddleware also
compressed every file on the fly (MP4, JPEG, PDF: already compressed), which
costs CPU, drops the ``Content-Length`` and makes a range meaningless.

``RangeMiddleware`` answers one ``Range: bytes=…`` with 206 and that slice of
any ``FileResponse`` (documents, lesson images, certificates, export
downloads), 416 when it lies outside the file, and says ``Accept-Ranges:
bytes``; several ranges in one request get the whole file, as RFC 9110
allows. ``If-Range`` with another validator gets the whole file.
``FileGZipMiddleware`` is Django's, for pages only.
"""

import re

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.middleware.gzip import GZipMiddleware

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


class FileGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, except for files (see the module's docstring)."""

    def process_response(self, request, response):
        if isinstance(response, FileResponse) or response.status_code == 206:
            return response
        return super().process_response(request, response)


def _slice(handle, start: int, length: int):
    handle.seek(start)
    while length > 0:
        chunk = handle.read(min(CHUNK, length))
        if not chunk:
            return
        length -= len(chunk)
        yield chunk


def _wanted(header: str, size: int) -> tuple[int, int] | None:
    """``(first, last)`` byte of a single range, or ``None`` when it cannot be
    satisfied; raises ``ValueError`` for a header that is not one range."""
    found = RANGE.match(header.strip())
    if not found:
        raise ValueError(header)
    first, last = found.groups()
    if not first and not last:
        raise ValueError(header)
    if not first:  # the last N bytes
        count = int(last)
        if count == 0:
            return None
        return max(size - count, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or start > end:
        return None
    return start, end


class RangeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not isinstance(response, FileResponse) or response.status_code != 200:
            return response
        response["Accept-Ranges"] = "bytes"
        if response.get("Content-Encoding") == "None":
            # Wagtail's document view sets the guessed encoding even when
            # there is none: the header then reads "None" (wagtail/utils/
            # sendfile.py, `encoding or guessed_encoding`, since wagtail#3903),
            # which no client can decode. A plain file has no encoding.
            del response["Content-Encoding"]
        header = request.META.get("HTTP_RANGE", "")
        handle = getattr(response, "file_to_stream", None)
        size = response.get("Content-Length")
        if (
            not header
            or request.method not in ("GET", "HEAD")
            or handle is None
            or size is None
            or not getattr(handle, "seekable", lambda: False)()
        ):
            return response
        if_range = request.META.get("HTTP_IF_RANGE")
        if if_range and if_range not in (
            response.get("ETag"),
            response.get("Last-Modified"),
        ):
            return response  # the file changed since the part the client has
        size = int(size)
        try:
            wanted = _wanted(header, size)
        except ValueError:
            return response  # several ranges, or not bytes: the whole file
        if wanted is None:
            handle.close()
            refused = HttpResponse(status=416)
            refused["Content-Range"] = f"bytes */{size}"
            refused["Accept-Ranges"] = "bytes"
            return refused
        start, end = wanted
        length = end - start + 1
        partial = StreamingHttpResponse(_slice(handle, start, length), status=206)
        for name, value in response.items():
            partial[name] = value
        partial.cookies = response.cookies
        partial["Content-Length"] = str(length)
        partial["Content-Range"] = f"bytes {start}-{end}/{size}"
        partial._resource_closers.append(handle.close)
        return partial
