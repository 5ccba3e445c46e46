"""The two-step gate (accounts/mfa.py) stands in front of every page of the
site but the open ones: every URL pattern, enumerated as in the permission
matrix, requested by a teacher who has no authenticator app yet."""

import pytest
from django.urls import get_resolver

from accounts import roles
from accounts.mfa import OPEN_VIEW_PREFIXES, OPEN_VIEWS
from tests.factories import make_user
from tests.security.test_permission_matrix import (
    _url,
    _walk,
    classified,
    site_url_patterns,
)

pytestmark = pytest.mark.django_db

SETUP = "/en/accounts/2fa/totp/activate/"
# allauth's pages for signing in send someone already signed in on to where
# signing in lands, which for staff without an app is the set-up page
# (accounts/adapter.py): not the gate, and no loop.
LANDING_AFTER_SIGN_IN = {
    "account_login",
    "account_signup",
    "account_confirm_login_code",
    "mfa_authenticate",
}


def is_open(name: str) -> bool:
    return name in OPEN_VIEWS or name.startswith(OPEN_VIEW_PREFIXES)


def sent_to_set_up(response) -> bool:
    return response.status_code == 302 and response["Location"] == SETUP


class TestEveryPage:
    def test_staff_without_an_authenticator_are_stopped_everywhere_else(
        self, client, world
    ):
        from django.core.files.base import ContentFile
        from wagtail.documents import get_document_model

        world.objects["document"] = get_document_model().objects.create(
            title="Handout", file=ContentFile(b"hello", name="handout.txt")
        )
        teacher = make_user("no-code-yet", role=roles.TEACHER, mfa=False)
        wrong = []
        stopped = 0
        for name, rule_ in classified().items():
            client.force_login(teacher)  # again: some pages sign out
            url = _url(name, rule_, world)
            data = rule_.data(world) if rule_.data else {}
            if rule_.method == "POST":
                response = client.post(url, data)
            else:
                response = client.get(url)
            if name in LANDING_AFTER_SIGN_IN:
                continue
            if sent_to_set_up(response) == is_open(name):
                wrong.append(f"{name} ({url}): {response.status_code}")
            stopped += not is_open(name)
        assert not wrong, "\n".join(wrong)
        assert stopped > 30  # the teachers', programme and admin pages

    @pytest.mark.parametrize(
        "url", ["/admin/pages/", "/admin/users/", "/django-admin/auth/group/"]
    )
    def test_the_admins_internals_too(self, client, url):
        client.force_login(make_user("root", is_superuser=True, mfa=False))
        assert sent_to_set_up(client.get(url))


class TestOpenPages:
    def test_every_open_name_is_a_url_of_the_site(self):
        names = {name for _route, name, _pattern in site_url_patterns()}
        assert OPEN_VIEWS <= names

    def test_the_open_prefixes_name_only_the_sign_in_pages(self):
        """``account_`` and ``mfa_`` open allauth's pages (and our sign-up
        form in their place), never an admin page of the same prefix."""
        for route, pattern, namespace in _walk(get_resolver().url_patterns):
            name = f"{namespace}{pattern.name}" if pattern.name else ""
            if not name.startswith(OPEN_VIEW_PREFIXES):
                continue
            assert route.split("/", 1)[1].startswith("accounts/"), (name, route)
            assert pattern.lookup_str.startswith(
                ("allauth.", "accounts.views.SignupView")
            ), (name, pattern.lookup_str)
