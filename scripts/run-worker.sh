#!/usr/bin/env bash
# Run a Celery worker for the "elearn" queue with production settings.
# CELERY_CONCURRENCY (default: CPU cores) sets the processes per worker; add
# workers on more machines to scale out (docs/deploy.md).
set -euo pipefail
cd "$(dirname "$0")/.."

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-elearn.settings.production}"
BIN="${VENV_BIN:-.venv/bin}"
[ -x "$BIN/python" ] || BIN="$(dirname "$(command -v python3)")"
: "${CELERY_BROKER_URL:?CELERY_BROKER_URL is not set: a worker needs the broker (e.g. redis://127.0.0.1:6379/0)}"

args=(-A elearn worker --queues=elearn --loglevel="${CELERY_LOG_LEVEL:-INFO}")
[ -n "${CELERY_CONCURRENCY:-}" ] && args+=(--concurrency="$CELERY_CONCURRENCY")
[ -n "${CELERY_HOSTNAME:-}" ] && args+=(--hostname="$CELERY_HOSTNAME")
# A worker restarts its child processes after this many tasks (caps memory).
args+=(--max-tasks-per-child="${CELERY_MAX_TASKS_PER_CHILD:-100}")
exec "$BIN/celery" "${args[@]}" "$@"
