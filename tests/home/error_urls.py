"""The site's URLs plus views that fail on purpose, for tests/home/test_error_pages.py."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.urls import path

from elearn import urls as site_urls


def refused(request):
    raise PermissionDenied("the reason, for the log only")


def broken(request):
    raise RuntimeError("the cause, for the log only")


urlpatterns = [
    *i18n_patterns(
        path("refused/", refused),
        path("broken/", broken),
        prefix_default_language=True,
    ),
    *site_urls.urlpatterns,
]
handler500 = site_urls.handler500
