"""deploy/gunicorn.conf.py reads its numbers from the environment and refuses bad ones."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
CONF = PROJECT / "deploy" / "gunicorn.conf.py"


def _check_config(**env):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.run(
        [str(gunicorn), "-c", str(CONF), "--print-config", "elearn.wsgi:application"],
        cwd=PROJECT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "elearn.settings.test", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


class TestGunicornConfig:
    def test_workers_timeout_and_bind_come_from_the_environment(self):
        result = _check_config(
            WEB_CONCURRENCY="3", GUNICORN_TIMEOUT="45", GUNICORN_BIND="127.0.0.1:9123"
        )
        assert result.returncode == 0, result.stderr
        lines = {
            line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip()
            for line in result.stdout.splitlines()
            if "=" in line
        }
        assert lines["workers"] == "3"
        assert lines["timeout"] == "45"
        assert lines["bind"] == "['127.0.0.1:9123']"
        assert "JsonAccessLogger" in lines["logger_class"]

    def test_a_malformed_number_names_the_variable(self):
        result = _check_config(GUNICORN_TIMEOUT="soon")
        assert result.returncode != 0
        assert (
            "GUNICORN_TIMEOUT must be a whole number" in result.stdout + result.stderr
        )
