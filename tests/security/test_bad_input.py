"""Bad input: password guessing, forged ids, spent reset links. Each is refused,
logged, and leaks nothing."""

import logging
import re
import uuid
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from audit.models import AuditAction, AuditEvent
from tests.factories import PASSWORD, make_user
from tests.security.conftest import SECRET_CLASS, SECRET_LEARNER

pytestmark = pytest.mark.django_db


def _locked_events():
    return AuditEvent.objects.filter(action=AuditAction.SIGN_IN_LOCKED)


class TestPasswordGuessing:
    def test_after_five_wrong_passwords_the_right_one_is_refused_and_audited(
        self, client, caplog
    ):
        pupil = make_user("pupil", is_child_account=True)
        login = reverse("account_login")
        for _ in range(5):
            client.post(login, {"login": "pupil", "password": "wrong-guess"})
        assert not _locked_events().exists()
        with caplog.at_level(logging.INFO, logger="elearn.audit"):
            response = client.post(login, {"login": "pupil", "password": PASSWORD})
        assert "_auth_user_id" not in client.session
        assert "Too many failed login attempts" in response.content.decode()
        event = _locked_events().get()
        assert (event.target_type, event.target_id) == ("accounts.user", str(pupil.pk))
        assert event.details == {"method": "password"}
        assert f"signin.locked actor=system target=accounts.user:{pupil.pk}" in (
            caplog.text
        )
        assert "pupil" not in str(event.details)
        # More guesses stay refused without flooding the audit log.
        for _ in range(3):
            client.post(login, {"login": "pupil", "password": PASSWORD})
        assert "_auth_user_id" not in client.session
        assert _locked_events().count() == 1

    def test_the_limit_is_per_account_across_addresses(self, client):
        """Five wrong passwords from anywhere lock the account (5/5m/key)."""
        make_user("pupil2", is_child_account=True)
        login = reverse("account_login")
        for n in range(5):
            client.post(
                login,
                {"login": "pupil2", "password": "wrong"},
                REMOTE_ADDR=f"10.0.0.{n + 1}",
            )
        client.post(
            login, {"login": "pupil2", "password": PASSWORD}, REMOTE_ADDR="10.0.1.1"
        )
        assert "_auth_user_id" not in client.session

    def test_admin_logins_only_lead_to_the_rate_limited_sign_in(self, client):
        make_user("root", is_superuser=True, is_staff=True)
        for url in ("/django-admin/login/", "/admin/login/", "/en/_util/login/"):
            response = client.post(url, {"username": "root", "password": PASSWORD})
            assert response.status_code == 302, url
            assert "/en/accounts/login/" in response["Location"], url
            assert "_auth_user_id" not in client.session, url

    def test_picture_sign_in_is_limited_and_audited(self, client, settings):
        settings.PICTURE_LOGIN_RATE_LIMIT = 3
        make_user("little", is_child_account=True, uses_picture_password=True)
        url = reverse("classes:picture_login")
        data = {
            "username": "little",
            "picture_0": "sun",
            "picture_1": "cat",
            "picture_2": "dog",
        }
        for _ in range(3):
            assert client.post(url, data).status_code == 200
        response = client.post(url, data)
        assert response.status_code == 429
        assert _locked_events().get().details == {"method": "pictures"}


@pytest.mark.usefixtures("world")
class TestForgedIds:
    def test_another_teachers_class_is_a_404_that_names_nothing(self, client, world):
        client.force_login(world.users["teacher"])
        class_id = world.objects["class"].pk
        for name in ("class_detail", "class_report", "join_sheet", "class_roster"):
            response = client.get(reverse(f"classes:{name}", args=[class_id]))
            assert response.status_code == 404, name
            body = response.content.decode()
            assert SECRET_CLASS not in body and SECRET_LEARNER not in body
        response = client.get(
            reverse(
                "classes:student_detail",
                args=[world.users["teacher"].teaching_classes.first().pk, 1],
            )
        )
        assert response.status_code == 404

    def test_another_programmes_export_is_a_404(self, client, world):
        client.force_login(world.users["evaluator"])
        job = world.objects["job"]
        for name in ("export_detail", "export_download", "export_codebook"):
            response = client.get(reverse(f"assessments:{name}", args=[job.pk]))
            assert response.status_code == 404, name
            assert not getattr(response, "streaming", False)
        forged = uuid.uuid4()
        response = client.get(reverse("assessments:export_detail", args=[forged]))
        assert response.status_code == 404

    def test_malformed_ids_do_not_reach_a_view(self, client, world):
        client.force_login(world.owners["teacher"])
        for path in (
            "/en/teach/classes/1%20OR%201=1/",
            "/en/teach/classes/-1/",
            "/en/evaluation/exports/not-a-uuid/",
        ):
            assert client.get(path).status_code == 404, path


def _reset_link(client, email: str) -> str:
    mail.outbox.clear()
    client.post(reverse("account_reset_password"), {"email": email})
    (message,) = mail.outbox
    return re.search(r"https?://\S+/password/reset/key/\S+/", message.body).group(0)


@pytest.fixture
def adult():
    user = make_user("grown", email="grown@example.org")
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


class TestPasswordResetLinks:
    def _use(self, client, link, password="a-brand-new-passphrase"):
        response = client.get(link, follow=True)
        if response.context.get("token_fail"):
            return response
        return client.post(
            response.redirect_chain[-1][0] if response.redirect_chain else link,
            {"password1": password, "password2": password},
            follow=True,
        )

    def test_a_link_works_once(self, client, adult):
        link = _reset_link(client, adult.email)
        self._use(client, link)
        adult.refresh_from_db()
        assert adult.check_password("a-brand-new-passphrase")
        client.logout()
        again = self._use(client, link, password="another-passphrase-x")
        assert again.context["token_fail"] is True
        adult.refresh_from_db()
        assert adult.check_password("a-brand-new-passphrase")

    def test_an_expired_link_is_refused(self, client, adult, settings):
        link = _reset_link(client, adult.email)
        later = timezone.now() + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT + 60)
        with freeze_time(later):
            response = self._use(client, link)
        assert response.context["token_fail"] is True
        adult.refresh_from_db()
        assert adult.check_password(PASSWORD)

    def test_a_forged_link_is_refused(self, client, adult):
        link = _reset_link(client, adult.email)
        forged = re.sub(r"-[^-/]+/$", "-aaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/", link)
        response = self._use(client, forged)
        assert response.context["token_fail"] is True
        adult.refresh_from_db()
        assert adult.check_password(PASSWORD)
