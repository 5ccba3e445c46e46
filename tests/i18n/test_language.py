"""Language negotiation, the switcher, remembered choice and the fallback."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from courses.models import CoursePage
from home import demo
from tests.factories import MINI_COURSE, PASSWORD, make_user

pytestmark = pytest.mark.django_db


def html_tag(response) -> dict:
    match = re.search(r"<html lang=\"([^\"]+)\" dir=\"([^\"]+)\">", response.text)
    assert match, response.text[:500]
    return {"lang": match.group(1), "dir": match.group(2)}


@pytest.fixture
def english_only_course(site):
    """A second course that exists only in English."""
    index = site["en"].get_parent().specific
    data = dict(MINI_COURSE, slug="only-in-english", title="Only in English")
    data["test"] = dict(MINI_COURSE["test"], code="ONLY-EN")
    return demo.ensure_course(index, data, locale=site["en"].locale)


class TestFirstVisit:
    @pytest.mark.parametrize("language", ["ar", "es", "en"])
    def test_root_follows_accept_language(self, client, site, language):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 302
        assert response["Location"] == f"/{language}/"

    def test_unsupported_browser_language_gets_the_default(self, client, site):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
        assert response["Location"] == "/en/"


class TestLangAndDir:
    @pytest.mark.parametrize(
        "language,direction,title",
        [
            ("ar", "rtl", "دورة قصيرة عن المعلومات الشخصية"),
            ("es", "ltr", "Minicurso sobre información personal"),
            ("en", "ltr", "Mini course on personal information"),
        ],
    )
    def test_course_page_in_each_language(
        self, client, site, language, direction, title
    ):
        response = client.get(f"/{language}/courses/mini-course/")
        assert response.status_code == 200
        assert html_tag(response) == {"lang": language, "dir": direction}
        assert f"<h1>{title}</h1>" in response.text
        assert "translation-notice" not in response.text

    def test_home_page_in_arabic_is_right_to_left_and_translated(self, client, site):
        response = client.get("/ar/")
        assert html_tag(response) == {"lang": "ar", "dir": "rtl"}
        assert "تعلّم الأمان على الإنترنت" in response.text


class TestFallback:
    def test_untranslated_course_is_served_in_english_with_a_notice(
        self, client, english_only_course
    ):
        response = client.get("/ar/courses/only-in-english/")
        assert response.status_code == 200
        assert html_tag(response) == {"lang": "ar", "dir": "rtl"}
        assert "<h1>Only in English</h1>" in response.text
        assert "translation-notice" in response.text

    def test_language_without_any_translation_shows_the_source_with_a_notice(
        self, client, site
    ):
        response = client.get("/fr/courses/mini-course/")
        assert response.status_code == 200
        assert html_tag(response) == {"lang": "fr", "dir": "ltr"}
        assert "<h1>Mini course on personal information</h1>" in response.text
        assert "translation-notice" in response.text

    def test_translation_under_another_slug_is_found_by_the_source_path(
        self, client, site
    ):
        spanish = site["es"]
        spanish.slug = "mini-curso"
        spanish.save_revision().publish()
        response = client.get("/es/courses/mini-course/")
        assert response.status_code == 302
        assert response["Location"] == "/es/courses/mini-curso/"

    def test_a_path_that_exists_nowhere_is_still_a_404(self, client, site):
        assert client.get("/es/courses/no-such-course/").status_code == 404


class TestSwitcher:
    def switch(self, client, language, next_url):
        return client.post(
            reverse("set_language"), {"language": language, "next": next_url}
        )

    def test_switcher_is_on_every_page(self, client, site):
        for url in ("/en/", "/es/courses/mini-course/", reverse("get_help")):
            response = client.get(url)
            assert 'action="/i18n/setlang/"' in response.text, url
            assert 'name="next"' in response.text

    def test_switching_keeps_the_page(self, client, site):
        response = self.switch(client, "ar", "/en/courses/mini-course/")
        assert response.status_code == 302
        assert response["Location"] == "/ar/courses/mini-course/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"

    def test_switching_goes_to_a_translation_with_another_slug(self, client, site):
        spanish = site["es"]
        spanish.slug = "mini-curso"
        spanish.save_revision().publish()
        response = self.switch(client, "es", "/en/courses/mini-course/")
        assert response["Location"] == "/es/courses/mini-curso/"
        back = self.switch(client, "en", "/es/courses/mini-curso/")
        assert back["Location"] == "/en/courses/mini-course/"

    def test_switching_on_a_django_view_keeps_the_view(self, client, site):
        response = self.switch(client, "es", "/en/help/?country=KE")
        assert response["Location"] == "/es/help/?country=KE"

    def test_an_outside_next_url_is_not_followed(self, client, site):
        response = self.switch(client, "es", "https://example.com/")
        assert "example.com" not in response["Location"]

    def test_signed_in_choice_is_remembered(self, client, site):
        user = make_user("switcher")
        client.force_login(user)
        self.switch(client, "ar", "/en/")
        user.refresh_from_db()
        assert user.preferred_language == "ar"

    def test_unknown_language_changes_nothing(self, client, site):
        user = make_user("switcher2", preferred_language="es")
        client.force_login(user)
        self.switch(client, "xx", "/en/")
        user.refresh_from_db()
        assert user.preferred_language == "es"


class TestLanguageAtSignIn:
    def test_sign_in_continues_in_the_preferred_language(self, client, site):
        make_user("amal", preferred_language="ar", is_child_account=True)
        response = client.post(
            "/en/accounts/login/", {"login": "amal", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert response["Location"] == "/ar/learn/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
        page = client.get(response["Location"])
        assert html_tag(page) == {"lang": "ar", "dir": "rtl"}

    def test_sign_in_with_next_goes_to_that_page_in_the_preferred_language(
        self, client, site
    ):
        make_user("lucia", preferred_language="es", is_child_account=True)
        response = client.post(
            "/en/accounts/login/?next=/en/courses/mini-course/",
            {"login": "lucia", "password": PASSWORD},
        )
        assert response["Location"] == "/es/courses/mini-course/"

    def test_without_a_preference_the_page_language_stays(self, client, site):
        make_user("nopref", is_child_account=True)
        response = client.post(
            "/es/accounts/login/", {"login": "nopref", "password": PASSWORD}
        )
        assert response["Location"] == "/es/learn/"


def test_course_pages_exist_in_three_languages(site):
    assert CoursePage.objects.filter(slug="mini-course").count() == 3
