#!/usr/bin/env bash
# Run Celery beat, the scheduler, with production settings.
# Run exactly ONE beat per deployment, however many workers there are.
# CELERY_BEAT_SCHEDULE_FILENAME (default ./celerybeat-schedule) must be writable.
set -euo pipefail
cd "$(dirname "$0")/.."

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-elearn.settings.production}"
BIN="${VENV_BIN:-.venv/bin}"
[ -x "$BIN/python" ] || BIN="$(dirname "$(command -v python3)")"
: "${CELERY_BROKER_URL:?CELERY_BROKER_URL is not set: beat needs the broker (e.g. redis://127.0.0.1:6379/0)}"

exec "$BIN/celery" -A elearn beat --loglevel="${CELERY_LOG_LEVEL:-INFO}" "$@"
