"""The 404, 403, 429 and 500 pages: in the visitor's language and direction,
in the site's look, without JavaScript, and always with the way to Get help."""

import re

import pytest
from django.core.cache.backends.base import BaseCache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from elearn.errors import server_error

LANGUAGES = [("en", "ltr", "Get help"), ("ar", "rtl", "احصل على المساعدة")]


class UnreachableCache(BaseCache):
    """A cache that fails every call, as Redis does when it is down."""

    def __init__(self, location, params):
        super().__init__(params)

    def __getattribute__(self, name):
        if name in {"get", "set", "add", "delete", "get_many", "incr", "has_key"}:
            raise AssertionError(f"the 500 page used the cache ({name})")
        return super().__getattribute__(name)


def assert_error_page(response, status, language, direction, get_help):
    assert response.status_code == status
    html = response.content.decode()
    assert re.search(rf'<html lang="{language}" dir="{direction}">', html)
    help_url = f"/{language}/help/"
    with translation.override(language):
        assert reverse("get_help") == help_url
    assert f'<a class="help-link" href="{help_url}">{get_help}</a>' in html
    assert f'href="/{language}/"' in html
    assert "<script" not in html
    assert "for the log only" not in html
    return html


@pytest.mark.django_db
@pytest.mark.urls("tests.home.error_urls")
@pytest.mark.parametrize(("language", "direction", "get_help"), LANGUAGES)
class TestErrorPages:
    def test_page_not_found(self, client, language, direction, get_help):
        response = client.get(f"/{language}/no-such-page/")
        html = assert_error_page(response, 404, language, direction, get_help)
        assert 'class="site-header"' in html

    def test_permission_denied(self, client, language, direction, get_help):
        response = client.get(f"/{language}/refused/")
        html = assert_error_page(response, 403, language, direction, get_help)
        assert 'class="site-header"' in html

    def test_allauth_rate_limit(self, client, settings, language, direction, get_help):
        settings.ACCOUNT_RATE_LIMITS = {
            **settings.ACCOUNT_RATE_LIMITS,
            "login": "1/m/ip",
        }
        url = f"/{language}/accounts/login/"
        client.post(url, {"login": "nobody", "password": "wrong"})
        response = client.post(url, {"login": "nobody", "password": "wrong"})
        html = assert_error_page(response, 429, language, direction, get_help)
        assert 'class="site-header"' in html

    def test_server_error(self, language, direction, get_help):
        client = Client(raise_request_exception=False)
        response = client.get(f"/{language}/broken/")
        html = assert_error_page(response, 500, language, direction, get_help)
        assert '<link rel="stylesheet" href="/static/css/site.css">' in html


@pytest.mark.parametrize(("language", "direction", "get_help"), LANGUAGES)
def test_the_500_page_needs_no_database_or_cache(
    rf, settings, language, direction, get_help
):
    """No ``django_db`` mark: any query fails the test, and so does the cache."""
    settings.CACHES = {"default": {"BACKEND": f"{__name__}.UnreachableCache"}}
    response = server_error(rf.get(f"/{language}/courses/"))
    assert_error_page(response, 500, language, direction, get_help)


def test_the_500_page_shows_without_a_stylesheet_it_cannot_find(rf, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
        },
    }
    response = server_error(rf.get("/en/courses/"))
    html = assert_error_page(response, 500, "en", "ltr", "Get help")
    assert "stylesheet" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "direction", "get_help"), LANGUAGES)
def test_a_form_sent_from_an_out_of_date_page(language, direction, get_help):
    """A stale form (no valid CSRF token) gets the site's page, not Django's."""
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{language}/join/", {"code": "ABCDEF"})
    html = assert_error_page(response, 403, language, direction, get_help)
    assert "CSRF" not in html
