#!/usr/bin/env bash
# Run the site in production mode: migrate, collect static files, then gunicorn.
#
# Needs the production environment (docs/deploy.md): at least SECRET_KEY,
# ALLOWED_HOSTS and DATABASE_URL. gunicorn binds to GUNICORN_BIND
# (default 127.0.0.1:8000); put a TLS-terminating reverse proxy in front.
# RUN_MIGRATIONS=false skips migrate (when several web servers start at once,
# run migrations once from a release step instead).
set -euo pipefail
cd "$(dirname "$0")/.."

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-elearn.settings.production}"
BIN="${VENV_BIN:-.venv/bin}"
[ -x "$BIN/python" ] || BIN="$(dirname "$(command -v python3)")"

if [ "${RUN_MIGRATIONS:-true}" = "true" ]; then
  "$BIN/python" manage.py migrate --noinput
fi
"$BIN/python" manage.py collectstatic --noinput -v0
exec "$BIN/gunicorn" -c deploy/gunicorn.conf.py elearn.wsgi:application
