"""Serving published pages with fewer database queries.

Wagtail finds a page by walking the tree from the site's root, a query or two
for each level of the path (a lesson is four levels down), and then checks
private-page restrictions on the page and its ancestors (two more). Both
answers are the same for every visitor until content changes, so they are
cached, keyed on the content version (``home.content_cache``):

- :func:`serve` (the ``wagtail_serve`` URL) looks the path up in the cache
  and hands Wagtail's own ``serve`` view the page it found, so Wagtail's
  hooks, restrictions and ``Page.serve`` run as before. The cached route
  holds the page as it was published; it is checked before use: the page must
  still be live and still have the URL path it was cached with, otherwise the
  tree is walked again. Only plain routes are
  cached (no page model overrides ``route``, no extra arguments).
- :class:`ViewRestrictionsMixin` answers "which restrictions apply to this
  page?" without a query while the site has no private pages at all, which is
  the usual case; once any restriction exists, Wagtail's own query runs.
"""

import hashlib
from functools import cache as memoize

from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.url_routing import RouteResult

from .content_cache import TIMEOUT, content_version, shared


def serve(request, path):
    """Wagtail's ``serve`` view, with the route looked up in the cache first."""
    from wagtail import views as wagtail_views

    route_for_request(request, path)
    return wagtail_views.serve(request, path)


@memoize
def routes_are_plain() -> bool:
    """True if no page model routes paths itself (e.g. ``RoutablePageMixin``)."""
    return all(model.route is Page.route for model in get_page_models())


def _route_key(request, path: str) -> str:
    where = "\n".join(
        [request.get_host(), request.get_port(), translation.get_language(), path]
    )
    digest = hashlib.blake2b(where.encode(), digest_size=16).hexdigest()
    return f"route:{content_version()}:{digest}"


def route_for_request(request, path: str) -> RouteResult | None:
    """Return the page ``path`` shows, as ``Page.route_for_request`` does.

    Sets ``request._wagtail_site`` and ``request._wagtail_route_for_request``,
    the attributes in which Wagtail keeps its own answer for the request.
    """
    if not routes_are_plain() or hasattr(request, "_wagtail_route_for_request"):
        return Page.route_for_request(request, path)
    key = _route_key(request, path)
    entry = cache.get(key)
    if entry is not None:
        page = _cached_page(entry)
        if page is not None:
            request._wagtail_site = entry["site"]
            request._wagtail_route_for_request = RouteResult(page)
            return request._wagtail_route_for_request
    result = Page.route_for_request(request, path)
    if result is not None and not result.args and not result.kwargs:
        site = getattr(request, "_wagtail_site", None)
        page = result.page
        page.locale  # noqa: B018  (read now, so it is cached with the page)
        cache.set(key, {"site": site, "page": page}, TIMEOUT)
    return result


def _cached_page(entry: dict) -> Page | None:
    """The cached page (as published), if it is still live at the same place;
    else ``None``. The check is one indexed EXISTS query, cheaper than
    loading the page."""
    page = entry.get("page")
    if not isinstance(page, Page):
        return None
    still_there = Page.objects.filter(
        pk=page.pk, live=True, url_path=page.url_path
    ).exists()
    return page if still_there else None


def any_view_restrictions() -> bool:
    """Does any page on the site have a private-page restriction?"""
    return shared("view-restrictions", build=PageViewRestriction.objects.exists)


class ViewRestrictionsMixin:
    """Skip the restriction queries while no page has a restriction."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
