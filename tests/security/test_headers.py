"""Transport and browser security: production settings, check --deploy, headers."""

import json
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import reverse

PROJECT = settings.BASE_DIR


def _production_env(**extra) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        # The browser tests' conftest sets DJANGO_ALLOW_ASYNC_UNSAFE in this
        # process; a deployment never has it (check --deploy says so).
        if k
        not in (
            "DEBUG",
            "DJANGO_SETTINGS_MODULE",
            "SECURE_HSTS_SECONDS",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
    }
    env |= {
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "learn.example.org",
        "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
        "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
    }
    return env | extra


def _run(args, **extra):
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT,
        env=_production_env(**extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


class TestDeployCheck:
    def test_check_deploy_is_clean_with_production_settings(self):
        result = _run(
            ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "System check identified no issues (1 silenced)" in result.stdout

    def test_only_hsts_preload_is_silenced(self):
        result = _run(
            [
                "-c",
                "import django, json; django.setup(); from django.conf import "
                "settings; print(json.dumps(settings.SILENCED_SYSTEM_CHECKS))",
            ]
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == ["security.W021"]

    def test_check_deploy_fails_when_hsts_is_switched_off(self):
        """The check is strict: it would catch a weakened production setting."""
        result = _run(
            ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            SECURE_HSTS_SECONDS="0",
        )
        assert result.returncode != 0
        assert "security.W004" in result.stdout + result.stderr


class TestProductionTransport:
    def test_hsts_secure_and_httponly_cookies(self):
        names = [
            "SECURE_SSL_REDIRECT",
            "SECURE_HSTS_SECONDS",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS",
            "SESSION_COOKIE_SECURE",
            "SESSION_COOKIE_HTTPONLY",
            "SESSION_COOKIE_NAME",
            "CSRF_COOKIE_SECURE",
            "CSRF_COOKIE_HTTPONLY",
            "CSRF_COOKIE_NAME",
            "LANGUAGE_COOKIE_SECURE",
            "LANGUAGE_COOKIE_HTTPONLY",
            "SECURE_CONTENT_TYPE_NOSNIFF",
            "SECURE_REFERRER_POLICY",
            "X_FRAME_OPTIONS",
        ]
        result = _run(
            [
                "-c",
                "import django, json; django.setup(); from django.conf import "
                f"settings; print(json.dumps({{n: getattr(settings, n) for n in "
                f"{names!r}}}))",
            ]
        )
        assert result.returncode == 0, result.stderr
        values = json.loads(result.stdout)
        assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
        assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
        assert values["SECURE_SSL_REDIRECT"] is True
        for cookie in ("SESSION", "CSRF", "LANGUAGE"):
            assert values[f"{cookie}_COOKIE_SECURE"] is True, cookie
            assert values[f"{cookie}_COOKIE_HTTPONLY"] is True, cookie
        assert values["SESSION_COOKIE_NAME"].startswith("__Host-")
        assert values["CSRF_COOKIE_NAME"].startswith("__Host-")
        assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
        assert values["SECURE_REFERRER_POLICY"] == "same-origin"
        assert values["X_FRAME_OPTIONS"] == "DENY"


def _directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


@pytest.mark.django_db
class TestContentSecurityPolicy:
    def test_public_pages_send_the_strict_policy(self, client, course):
        for url in (
            "/en/",
            course.url,
            reverse("account_login"),
            reverse("classes:join"),
            reverse("get_help"),
        ):
            response = client.get(url, follow=True)
            assert response.status_code == 200, url
            policy = _directives(response["Content-Security-Policy"])
            assert policy["default-src"] == ["'self'"], url
            assert policy["script-src"] == ["'self'"], url
            assert policy["style-src"] == ["'self'"], url
            assert policy["object-src"] == ["'none'"]
            assert policy["base-uri"] == ["'self'"]
            assert policy["form-action"] == ["'self'"]
            assert policy["frame-ancestors"] == ["'none'"]
            assert "geolocation=()" in response["Permissions-Policy"]
            assert response["X-Content-Type-Options"] == "nosniff"
            assert response["Cross-Origin-Opener-Policy"] == "same-origin"

    def test_error_pages_carry_the_policy_too(self, client, course):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]

    def test_wagtail_admin_gets_the_admin_policy(self, client, course):
        from tests.factories import make_user

        admin = make_user("root", is_superuser=True, is_staff=True)
        client.force_login(admin)
        response = client.get("/admin/")
        assert response.status_code == 200
        policy = _directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" in policy["script-src"]
        assert "'unsafe-eval'" not in policy["script-src"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
