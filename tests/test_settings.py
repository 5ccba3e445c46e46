"""Production settings refuse unsafe configuration; configuration comes from env."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

PROJECT = settings.BASE_DIR


def _import_production(**env):
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    return subprocess.run(
        [sys.executable, "-c", "import elearn.settings.production"],
        cwd=PROJECT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


class TestProductionSettings:
    def test_refuses_to_start_without_secret_key(self):
        result = _import_production()
        assert result.returncode != 0
        assert "SECRET_KEY is not set" in result.stderr

    def test_refuses_to_start_with_debug_on(self):
        result = _import_production(SECRET_KEY="x" * 50, DEBUG="true")
        assert result.returncode != 0
        assert "DEBUG must be off" in result.stderr

    def test_starts_with_a_secret_key(self):
        result = _import_production(
            SECRET_KEY="x" * 50,
            ALLOWED_HOSTS="example.org",
            EMAIL_URL="smtp://smtp.example.org:25",
        )
        assert result.returncode == 0, result.stderr


class TestChildSafeDefaults:
    def test_no_third_party_calls_from_wagtail(self):
        assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
        assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None

    def test_rate_limits_need_a_real_cache(self):
        backend = settings.CACHES["default"]["BACKEND"]
        assert "DummyCache" not in backend
        assert settings.ACCOUNT_RATE_LIMITS["login_failed"]

    def test_exports_are_not_under_media(self):
        exports = settings.STORAGES["exports"]["OPTIONS"]
        assert exports["base_url"] is None
        assert str(exports["location"]) != str(settings.MEDIA_ROOT)


@pytest.mark.django_db
class TestSignIn:
    def test_adult_with_unverified_email_cannot_sign_in(self, client):
        from django.urls import reverse

        from tests.factories import PASSWORD, make_user

        make_user("grownup", email="grownup@example.org")
        response = client.post(
            reverse("account_login"), {"login": "grownup", "password": PASSWORD}
        )
        assert "_auth_user_id" not in client.session
        assert response.status_code in (200, 302)
        if response.status_code == 302:
            assert "confirm-email" in response["Location"]

    def test_repeated_failed_sign_ins_are_rate_limited(self, client):
        from django.urls import reverse

        from tests.factories import PASSWORD, make_user

        make_user("pupil", is_child_account=True)
        for _ in range(5):
            client.post(reverse("account_login"), {"login": "pupil", "password": "no"})
        response = client.post(
            reverse("account_login"), {"login": "pupil", "password": PASSWORD}
        )
        assert "_auth_user_id" not in client.session
        assert response.status_code in (200, 429)
