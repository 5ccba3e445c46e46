"""Missing or wrong environment variables stop the process with their name.

Settings are imported in a fresh interpreter, as a server would on start-up.
"""

import json
import os
import subprocess
import sys

from django.conf import settings

PROJECT = settings.BASE_DIR
GOOD = {
    "SECRET_KEY": "k" * 60,
    "ALLOWED_HOSTS": "learn.example.org",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
}
CLEARED = (
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DATABASE_REPLICA_URL",
    "LOG_FORMAT",
    "S3_BUCKET",
    "AWS_STORAGE_BUCKET_NAME",
    "EMAIL_URL",
)


def _run(code: str, module: str = "elearn.settings.production", **env):
    clean = {k: v for k, v in os.environ.items() if k not in CLEARED}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env={**clean, "DJANGO_SETTINGS_MODULE": module, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _import_production(**env):
    return _run("import elearn.settings.production", **env)


class TestRefusesToStart:
    def test_production_without_allowed_hosts(self):
        result = _import_production(SECRET_KEY="k" * 60)
        assert result.returncode != 0
        assert "ALLOWED_HOSTS is not set" in result.stderr

    def test_production_without_a_mail_server(self):
        without = {k: v for k, v in GOOD.items() if k != "EMAIL_URL"}
        result = _import_production(**without)
        assert result.returncode != 0
        assert "EMAIL_URL is not set to a mail server" in result.stderr

    def test_production_with_mail_printed_to_the_log(self):
        result = _import_production(**GOOD | {"EMAIL_URL": "consolemail://"})
        assert result.returncode != 0
        assert "EMAIL_URL is not set to a mail server" in result.stderr

    def test_malformed_database_url(self):
        result = _import_production(**GOOD, DATABASE_URL="postgres://u@db:five/x")
        assert result.returncode != 0
        assert "DATABASE_URL" in result.stderr
        assert "DATABASE_URL is malformed" in result.stderr

    def test_unsupported_database_scheme(self):
        result = _import_production(**GOOD, DATABASE_URL="mysql://u@db/elearn")
        assert result.returncode != 0
        assert "DATABASE_URL has an unsupported scheme" in result.stderr

    def test_database_url_without_a_name(self):
        result = _import_production(**GOOD, DATABASE_URL="postgres://u@db:5432/")
        assert result.returncode != 0
        assert "DATABASE_URL names no database" in result.stderr

    def test_malformed_replica_url(self):
        result = _import_production(**GOOD, DATABASE_REPLICA_URL="nonsense")
        assert result.returncode != 0
        assert "DATABASE_REPLICA_URL" in result.stderr

    def test_unknown_log_format(self):
        result = _import_production(**GOOD, LOG_FORMAT="xml")
        assert result.returncode != 0
        assert "LOG_FORMAT must be" in result.stderr

    def test_starts_with_the_required_variables(self):
        result = _import_production(
            **GOOD,
            DATABASE_URL="postgres://elearn@db:5432/elearn",
            DATABASE_REPLICA_URL="postgres://elearn@replica:5432/elearn",
        )
        assert result.returncode == 0, result.stderr


SHOW_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "default": settings.STORAGES["default"],
    "exports": settings.STORAGES["exports"],
    "reporting": settings.REPORTING_DATABASE,
    "databases": sorted(settings.DATABASES),
}, default=str))
"""


class TestConfiguredServices:
    def test_bucket_moves_media_and_exports_to_private_object_storage(self):
        result = _run(SHOW_SETTINGS, **GOOD, S3_BUCKET="elearn-media")
        assert result.returncode == 0, result.stderr
        shown = json.loads(result.stdout)
        for alias in ("default", "exports"):
            assert shown[alias]["BACKEND"] == "storages.backends.s3.S3Storage"
            assert shown[alias]["OPTIONS"]["bucket_name"] == "elearn-media"
            assert shown[alias]["OPTIONS"]["default_acl"] == "private"
        assert shown["exports"]["OPTIONS"]["querystring_auth"] is False
        assert shown["exports"]["OPTIONS"]["location"] == "exports"
        assert shown["default"]["OPTIONS"]["location"] == "media"

    def test_local_storage_without_a_bucket(self):
        result = _run(SHOW_SETTINGS, **GOOD)
        shown = json.loads(result.stdout)
        assert "FileSystemStorage" in shown["default"]["BACKEND"]
        assert "FileSystemStorage" in shown["exports"]["BACKEND"]
        assert shown["reporting"] == "default"
        assert shown["databases"] == ["default"]

    def test_replica_url_adds_the_reporting_alias(self):
        result = _run(
            SHOW_SETTINGS,
            **GOOD,
            DATABASE_REPLICA_URL="postgres://elearn@replica:5432/elearn",
        )
        shown = json.loads(result.stdout)
        assert shown["databases"] == ["default", "replica"]
        assert shown["reporting"] == "replica"


class TestJsonLogs:
    def test_log_lines_are_json_objects(self):
        code = (
            "import django, logging; django.setup(); "
            "logging.getLogger('elearn.audit').warning('export requested job=%s', 7)"
        )
        result = _run(code, **GOOD, LOG_FORMAT="json")
        assert result.returncode == 0, result.stderr
        line = json.loads(result.stderr.strip().splitlines()[-1])
        assert line["message"] == "export requested job=7"
        assert line["level"] == "WARNING"
        assert line["logger"] == "elearn.audit"
        assert "time" in line
