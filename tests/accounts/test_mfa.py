"""Two-step sign-in is required of site admins and anyone who can export data."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse

from accounts.permissions import mfa_required
from classes.models import Programme
from tests.factories import (
    PASSWORD,
    activate_mfa,
    make_class,
    make_teacher,
    make_user,
)

pytestmark = pytest.mark.django_db

SETUP = "/en/accounts/2fa/totp/activate/"


def current_code(secret: str) -> str:
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


@pytest.fixture
def programme():
    return Programme.objects.create(name="Programme", slug="prog")


@pytest.fixture
def evaluator(programme):
    user = make_user(
        "evaluator", role="Programme staff", mfa=False, email="ev@example.org"
    )
    programme.staff.add(user)
    return user


class TestWhoNeedsIt:
    def test_admins_and_exporters_need_it_teachers_and_children_do_not(self, evaluator):
        assert mfa_required(evaluator)
        assert mfa_required(make_user("root", is_superuser=True, mfa=False))
        assert mfa_required(make_user("staff", is_staff=True, mfa=False))
        assert not mfa_required(make_teacher())
        assert not mfa_required(make_user("kid", is_child_account=True))


class TestEnforcement:
    @pytest.mark.parametrize(
        "url", ["/en/evaluation/exports/", "/en/evaluation/report/"]
    )
    def test_an_evaluator_without_an_authenticator_is_sent_to_set_one_up(
        self, client, evaluator, url
    ):
        client.force_login(evaluator)
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == SETUP
        page = client.get(response["Location"], follow=True).content.decode()
        assert "two-step sign-in" in page

    def test_programme_pages_are_covered_too(self, client, evaluator, programme):
        client.force_login(evaluator)
        url = reverse("classes:programme_overview", args=[programme.pk])
        assert client.get(url)["Location"].startswith(SETUP)

    @pytest.mark.parametrize("url", ["/admin/", "/django-admin/"])
    def test_a_site_admin_without_an_authenticator_cannot_reach_the_admin(
        self, client, url
    ):
        admin = make_user("root", is_superuser=True, is_staff=True, mfa=False)
        client.force_login(admin)
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(SETUP)

    def test_with_an_authenticator_the_pages_open(self, client, evaluator):
        activate_mfa(evaluator)
        client.force_login(evaluator)
        assert client.get("/en/evaluation/exports/").status_code == 200
        admin = make_user("root", is_superuser=True, is_staff=True)
        client.force_login(admin)
        assert client.get("/admin/").status_code == 200

    def test_teachers_pages_are_not_affected(self, client):
        teacher = make_teacher()
        school_class = make_class(teacher=teacher)
        client.force_login(teacher)
        url = reverse("classes:class_detail", args=[school_class.pk])
        assert client.get(url).status_code == 200

    def test_it_can_be_switched_off_for_local_demos(self, client, evaluator, settings):
        settings.MFA_REQUIRED = False
        client.force_login(evaluator)
        assert client.get("/en/evaluation/exports/").status_code == 200


class TestSetUpThroughAllauth:
    def test_an_evaluator_signs_in_sets_up_totp_and_reaches_the_exports(
        self, client, evaluator
    ):
        EmailAddress.objects.create(
            user=evaluator, email=evaluator.email, verified=True, primary=True
        )
        response = client.post(
            reverse("account_login"), {"login": "evaluator", "password": PASSWORD}
        )
        assert response.status_code == 302
        response = client.get("/en/evaluation/exports/")
        assert response["Location"].startswith(SETUP)
        # allauth asks for the password again before changing sign-in methods.
        response = client.get(response["Location"])
        assert response["Location"].startswith(reverse("account_reauthenticate"))
        client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
        assert client.get(SETUP).status_code == 200
        secret = client.session[SECRET_SESSION_KEY]
        response = client.post(SETUP, {"code": current_code(secret)})
        assert response.status_code == 302
        assert Authenticator.objects.filter(
            user=evaluator, type=Authenticator.Type.TOTP
        ).exists()
        assert Authenticator.objects.filter(
            user=evaluator, type=Authenticator.Type.RECOVERY_CODES
        ).exists()
        assert client.get("/en/evaluation/exports/").status_code == 200

    def test_once_set_up_sign_in_asks_for_the_code(self, client, evaluator):
        EmailAddress.objects.create(
            user=evaluator, email=evaluator.email, verified=True, primary=True
        )
        secret = activate_mfa(evaluator)
        response = client.post(
            reverse("account_login"), {"login": "evaluator", "password": PASSWORD}
        )
        assert response["Location"] == reverse("mfa_authenticate")
        assert "_auth_user_id" not in client.session
        response = client.post(
            reverse("mfa_authenticate"), {"code": current_code(secret)}
        )
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(evaluator.pk)
