#!/usr/bin/env bash
# Restore test: back up a seeded site, restore it into an EMPTY database and
# check that the restored site serves it.
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres); otherwise it says so and
# exits 0. Uses the databases elearn_deploy_restore_src_<pid> and
# elearn_deploy_restore_dst_<pid> and a temporary folder; drops and removes them
# at the end. Steps: seed the source (seed_demo --learners 3) and add a media
# file; scripts/backup.sh; createdb (empty) + scripts/restore.sh; compare row
# counts; start scripts/run-prod.sh on the restored database and files; a
# restored learner signs in and hands in a pre-test; /health/ready/ answers.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
PY="$BIN/python"
PG=(-h 127.0.0.1 -p 5432 -U postgres)

# On a shared server DROP DATABASE can wait behind other sessions: give every
# database command a time limit and, when a database already exists, empty it
# (drop its public schema) instead of dropping it.
export PGCONNECT_TIMEOUT=10
db_exists() { psql "${PG[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$1'" | grep -q 1; }
db_fresh() {  # db_fresh NAME: an empty database NAME
  if db_exists "$1"; then
    PGOPTIONS="-c statement_timeout=60000" psql "${PG[@]}" -d "$1" -q \
      -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
  else
    createdb "${PG[@]}" "$1"
  fi
}
db_drop() {  # db_drop NAME: drop it, or leave it for the next run to empty
  PGOPTIONS="-c statement_timeout=30000" dropdb "${PG[@]}" --if-exists "$1" 2>/dev/null \
    || echo "note: could not drop $1 within 30 s (left for the next run to empty)"
}
SRC_DB="elearn_deploy_restore_src_$$"
DST_DB="elearn_deploy_restore_dst_$$"

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "Skipping the restore test: PostgreSQL is not answering on 127.0.0.1:5432."
  exit 0
fi

WORK="$(mktemp -d /tmp/elearn-restore.XXXXXX)"
cleanup() {
  local rc=$?
  set +e
  if [ -n "${WEB_PID:-}" ] && kill -0 "$WEB_PID" 2>/dev/null; then
    kill -TERM "$WEB_PID"
    for _ in $(seq 1 60); do kill -0 "$WEB_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$WEB_PID" 2>/dev/null
  fi
  [ $rc -ne 0 ] && [ -f "$WORK/web.log" ] && tail -n 40 "$WORK/web.log"
  db_drop "$SRC_DB"
  db_drop "$DST_DB"
  rm -rf "$WORK"
  if [ $rc -eq 0 ]; then echo "RESTORE TEST PASSED"; else echo "RESTORE TEST FAILED"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export DJANGO_SETTINGS_MODULE=elearn.settings.production
export VENV_BIN="$BIN"
SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(64))')"
export SECRET_KEY ALLOWED_HOSTS=127.0.0.1
# Production refuses to start without a mail server; these runs send no mail.
export EMAIL_URL="smtp://127.0.0.1:25"
unset CACHE_URL CELERY_BROKER_URL CELERY_RESULT_BACKEND DATABASE_REPLICA_URL
export STATIC_ROOT="$WORK/static"

echo "== seed the source site =="
db_fresh "$SRC_DB"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$SRC_DB"
export MEDIA_ROOT="$WORK/src/media" EXPORTS_ROOT="$WORK/src/exports"
mkdir -p "$MEDIA_ROOT/original_images" "$EXPORTS_ROOT"
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py seed_demo --learners 3 --quiet-logins >"$WORK/seed.log" 2>&1
echo "restore test marker" >"$MEDIA_ROOT/original_images/marker.txt"

echo "== back up =="
BACKUP="$(scripts/backup.sh "$WORK/backups")"
echo "backup in $BACKUP"

echo "== restore into an empty database =="
db_fresh "$DST_DB"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DST_DB"
export MEDIA_ROOT="$WORK/dst/media" EXPORTS_ROOT="$WORK/dst/exports"
scripts/restore.sh "$BACKUP"
if scripts/restore.sh "$BACKUP" >/dev/null 2>&1; then
  echo "restore.sh overwrote a database that was not empty"; exit 1
fi
echo "ok: a second restore into the now non-empty database is refused"

count() { psql "${PG[@]}" -d "$1" -tAc "select (select count(*) from accounts_user) || '/' || (select count(*) from wagtailcore_page) || '/' || (select count(*) from assessments_item)"; }
src_counts="$(count "$SRC_DB")"; dst_counts="$(count "$DST_DB")"
[ "$src_counts" = "$dst_counts" ] || { echo "row counts differ: $src_counts vs $dst_counts"; exit 1; }
echo "ok: users/pages/items match ($dst_counts)"
grep -q "restore test marker" "$MEDIA_ROOT/original_images/marker.txt"
echo "ok: media files restored"

echo "== serve the restored site =="
WEB_PORT="$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export GUNICORN_BIND="127.0.0.1:$WEB_PORT" WEB_CONCURRENCY=1
scripts/run-prod.sh >"$WORK/web.log" 2>&1 &
WEB_PID=$!
BASE="http://127.0.0.1:$WEB_PORT"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$BASE/health/" 2>/dev/null && break
  kill -0 "$WEB_PID" 2>/dev/null || { echo "gunicorn exited"; exit 1; }
  sleep 0.5
done
curl -fsS -H "X-Forwarded-Proto: https" "$BASE/health/ready/" >/dev/null
echo "ok: /health/ready/ on the restored database"
"$PY" scripts/smoke_client.py "$BASE" journey
