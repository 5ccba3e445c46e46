"""What is the same for everyone is cached, keyed on one content version.

The version goes up whenever anything that published pages show changes: a
page published, unpublished, moved or deleted; a site, locale or private-page
restriction; an image, document or helpline; a test or one of its questions
(connected in ``assessments.apps``). Every shared cache entry (the
catalogue, page routes, the rendered lesson text, the helpline lists) has the
version in its key, so an edit shows at once and nothing stale is served; old
entries simply expire.

Saving a page without publishing it does not change the version, and need not:
visitors only see published content. Code that writes pages straight to the
database (``Page.save()`` on a live page, ``QuerySet.update()``) bypasses the
signals; the route cache checks what it serves (``home.serving``), and
``content_changed()`` may be called by hand after such a write.
"""

import hashlib
import time
from contextvars import ContextVar
from functools import cache as memoize

from django.core.cache import cache

TIMEOUT = 60 * 60


@memoize
def release() -> str:
    """A fingerprint of the code that pickles the shared entries.

    Cached entries are pickled objects (pages, tests, questions, outline
    links). After a deploy, objects pickled by the old code could lack a new
    field or attribute, so the version key carries this fingerprint: the new
    code starts its own version and never reads the old entries. It hashes
    the project's Python files (not the settings, which may differ from one
    server to the next) and the Django and Wagtail versions, once per process
    (gunicorn's master does it before forking, ``elearn.warmup``). Every
    server of one release must run the same code, or they would not share
    the version.

    While old and new processes both run during a rolling deploy, an edit
    published through one of them shows in the other's pages only after its
    next restart or within ``TIMEOUT``.
    """
    import django
    import wagtail
    from django.conf import settings

    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"{django.__version__} {wagtail.__version__}".encode())
    root = settings.BASE_DIR
    packages = [
        folder
        for folder in sorted(root.iterdir())
        if (folder / "__init__.py").is_file() and folder.name != "tests"
    ]
    settings_folder = root / "elearn" / "settings"  # may differ per server
    for package in packages:
        for path in sorted(package.rglob("*.py")):
            if path.is_relative_to(settings_folder):
                continue
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def version_key() -> str:
    return f"content:version:{release()}"


# Within a request the version is read from the cache once
# (ContentVersionMiddleware): 0 means "in a request, not read yet".
_request_version: ContextVar[int | None] = ContextVar("content_version", default=None)


def content_version() -> int:
    memo = _request_version.get()
    if memo:
        return memo
    version = cache.get(version_key())
    if version is None:
        cache.add(version_key(), _fresh_version(), timeout=None)
        version = cache.get(version_key())
    if memo is not None:
        _request_version.set(version)
    return version


def shared(name: str, *parts, build):
    """Return ``build()``, cached for everyone until the content changes.

    The key is ``name``, ``parts`` and the content version. ``None`` is not
    cached (a missing page stays a cheap miss, and is found once published).
    """
    key = ":".join(str(part) for part in (name, *parts, content_version()))
    value = cache.get(key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(key, value, TIMEOUT)
    return value


def content_changed(**kwargs) -> None:
    """Signal receiver: shared pages may look different now."""
    try:
        cache.incr(version_key())
    except ValueError:  # not set (or evicted): any fresh value will do
        cache.add(version_key(), _fresh_version(), timeout=None)
    if _request_version.get() is not None:
        _request_version.set(0)  # the rest of this request reads the new one


class ContentVersionMiddleware:
    """Read the content version at most once per request (several caches
    key on it), and again only after this request changed content."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_version.set(0)
        try:
            return self.get_response(request)
        finally:
            _request_version.reset(token)


def _fresh_version() -> int:
    """A starting value above any earlier series: the time in microseconds.

    If the cache loses the version (a restart, an eviction) while entries
    made under the old one live on, starting again from 1 would serve them.
    """
    return time.time_ns() // 1000


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .models import Helpline

    page_published.connect(content_changed, dispatch_uid="content-published")
    page_unpublished.connect(content_changed, dispatch_uid="content-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="content-moved")
    # Deleting a page deletes its ``Page`` row too, which sends this signal.
    post_delete.connect(content_changed, sender=Page, dispatch_uid="content-page")
    for model in (
        Site,
        Locale,
        PageViewRestriction,
        get_image_model(),
        get_document_model(),
        Helpline,
    ):
        label = model._meta.label_lower
        post_save.connect(content_changed, sender=model, dispatch_uid=f"c-s-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"c-d-{label}")
