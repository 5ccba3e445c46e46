"""The attack probes of docs/security.md ("Tested faults and attacks") that
no other test sends: a form post without its CSRF token, an open redirect
through ``next``, and a forged Host header."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_a_post_without_its_csrf_token_is_refused():
    make_user("amina", is_child_account=True)
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        reverse("account_login"), {"login": "amina", "password": PASSWORD}
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in browser.session


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "https:evil.example",
    ],
)
def test_next_never_leaves_the_site(client, target):
    make_user("amina", is_child_account=True)
    response = client.post(
        reverse("account_login") + "?next=" + target,
        {"login": "amina", "password": PASSWORD, "next": target},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_a_forged_host_is_refused(client):
    response = client.get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400
