"""The catalogue is the same for everyone: its rendered list is cached.

The template caches the filter form and the course list per language and
filter choice (``{% cache %}`` in ``courses/course_index_page.html``), keyed
on a version number that goes up whenever a page is published, unpublished,
moved or deleted, so an edit shows at once and nothing stale is served.
"""

from django.core.cache import cache

VERSION_KEY = "courses:catalogue-version"
TIMEOUT = 60 * 60


def catalogue_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def catalogue_changed(**kwargs) -> None:
    """Signal receiver: any page change may change the catalogue."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): start a new series
        cache.set(VERSION_KEY, 2, timeout=None)


def connect() -> None:
    from django.db.models.signals import post_delete
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(catalogue_changed, dispatch_uid="catalogue-published")
    page_unpublished.connect(catalogue_changed, dispatch_uid="catalogue-unpublished")
    post_page_move.connect(catalogue_changed, dispatch_uid="catalogue-moved")
    for model in Page.__subclasses__() + [Page]:
        post_delete.connect(
            catalogue_changed, sender=model, dispatch_uid=f"catalogue-{model}"
        )
