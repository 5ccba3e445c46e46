#!/usr/bin/env bash
# Production smoke test: the project's own scripts on 127.0.0.1, end to end.
#
# Needs PostgreSQL (127.0.0.1:5432, user postgres) answering and redis-server
# installed; otherwise it says so and exits 0. It creates the database
# elearn_deploy_smoke_<pid> (SMOKE_DB), starts its OWN two redis-servers on free
# ports, one as the Celery broker and one as the cache (so it can stop each
# without touching anyone else's Redis), and then:
#   check --deploy --fail-level WARNING with production settings;
#   migrate, seed_demo --learners 3; scripts/run-prod.sh (gunicorn),
#   scripts/run-worker.sh and scripts/run-beat.sh;
#   a learner signs in and hands in a pre-test, and a lesson image loads from
#   the app (nothing else serves /media/ here); an evaluator's export is built
#   by the worker and downloaded; /health/ready/ sees the worker and beat;
#   the broker is stopped: pages still work, /health/ready/ answers 503 and a
#   new export says the queue is unavailable; the broker comes back and a new
#   export is built again;
#   the cache's Redis is stopped for CACHE_OUTAGE_SECONDS (20): the signed-in
#   learner reads and finishes the lessons and hands in the post-test (each
#   page sent twice) with no 5xx, /health/ready/ answers 503 naming the cache,
#   and the post-test holds one answer per question; the cache comes back;
#   everything it started is stopped (trap EXIT) and the database dropped.
#
# TLS: the client sends X-Forwarded-Proto: https as the reverse proxy would,
# so production's HTTPS settings (secure cookies, SSL redirect, HSTS) stay on.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
PY="$BIN/python"
# A name per run: an unfinished DROP DATABASE elsewhere on a shared server
# cannot block the next run.
SMOKE_DB="${SMOKE_DB:-elearn_deploy_smoke_$$}"
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

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "Skipping the smoke test: PostgreSQL is not answering on 127.0.0.1:5432."
  exit 0
fi
if ! command -v redis-server >/dev/null; then
  echo "Skipping the smoke test: redis-server is not installed (own broker)."
  exit 0
fi
case "$SMOKE_DB" in elearn_deploy_*) ;; *) echo "SMOKE_DB must start with elearn_deploy_"; exit 2 ;; esac

WORK="$(mktemp -d /tmp/elearn-smoke.XXXXXX)"
PIDS=()
free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_pid() {  # stop_pid PID NAME: TERM, wait up to 30 s, then KILL
  local pid=$1 name=$2
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { echo "stopped $name"; return 0; }; sleep 0.5; done
  echo "$name did not stop in 30 s: killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  set +e
  [ -n "${BEAT_PID:-}" ] && stop_pid "$BEAT_PID" "celery beat"
  [ -n "${WORKER_PID:-}" ] && stop_pid "$WORKER_PID" "celery worker"
  [ -n "${WEB_PID:-}" ] && stop_pid "$WEB_PID" "gunicorn"
  [ -n "${REDIS_PID:-}" ] && stop_pid "$REDIS_PID" "broker redis-server"
  [ -n "${CACHE_PID:-}" ] && stop_pid "$CACHE_PID" "cache redis-server"
  if [ $rc -ne 0 ]; then
    for log in "$WORK"/*.log; do
      [ -f "$log" ] || continue
      echo "----- last lines of $(basename "$log") -----"
      tail -n 40 "$log"
    done
  fi
  db_drop "$SMOKE_DB"
  rm -rf "$WORK"
  if [ $rc -eq 0 ]; then echo "SMOKE TEST PASSED"; else echo "SMOKE TEST FAILED"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_redis() {  # start_redis VAR PORT LOG: a redis-server on PORT, its pid in VAR
  redis-server --port "$2" --bind 127.0.0.1 --save "" --appendonly no \
    --dir "$WORK" >>"$WORK/$3" 2>&1 &
  printf -v "$1" '%s' "$!"
  for _ in $(seq 1 40); do
    redis-cli -h 127.0.0.1 -p "$2" ping 2>/dev/null | grep -q PONG && return 0
    sleep 0.25
  done
  echo "redis-server on port $2 did not start"; return 1
}
start_cache() { start_redis CACHE_PID "$CACHE_PORT" cache-redis.log; }
start_broker() { start_redis REDIS_PID "$BROKER_PORT" redis.log; }

WEB_PORT="$(free_port)"
BROKER_PORT="$(free_port)"
CACHE_PORT="$(free_port)"
export DJANGO_SETTINGS_MODULE=elearn.settings.production
export VENV_BIN="$BIN"
SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(64))')"
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1
# Production refuses to start without a mail server; these runs send no mail.
export EMAIL_URL="smtp://127.0.0.1:25"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$SMOKE_DB"
export CACHE_URL="redis://127.0.0.1:$CACHE_PORT/0"
export CELERY_BROKER_URL="redis://127.0.0.1:$BROKER_PORT/0"
export CELERY_RESULT_BACKEND="redis://127.0.0.1:$BROKER_PORT/1"
export MEDIA_ROOT="$WORK/media" EXPORTS_ROOT="$WORK/exports" STATIC_ROOT="$WORK/static"
export CELERY_BEAT_SCHEDULE_FILENAME="$WORK/celerybeat-schedule"
export GUNICORN_BIND="127.0.0.1:$WEB_PORT" WEB_CONCURRENCY=2
export CELERY_CONCURRENCY=1
export LOG_FORMAT=json
export HEALTH_TIMEOUT=2
# Beat's first heartbeat comes one interval after it starts: 5 s, not 60.
export BEAT_HEARTBEAT_SECONDS=5
mkdir -p "$MEDIA_ROOT" "$EXPORTS_ROOT"

echo "== [${SECONDS} s] database $SMOKE_DB, broker on port $BROKER_PORT, web on port $WEB_PORT =="
db_fresh "$SMOKE_DB"
start_broker
start_cache

echo "== [${SECONDS} s] manage.py check --deploy --fail-level WARNING =="
"$PY" manage.py check --deploy --fail-level WARNING

echo "== [${SECONDS} s] migrate and seed the demo (3 learners) =="
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py seed_demo --learners 3 --quiet-logins >"$WORK/seed.log" 2>&1
# Staff must use an authenticator app (MFA_REQUIRED is on in production;
# docs/security.md). Of the demo logins the client signs in only as the
# evaluator and a child (never asked): give the evaluator one; the client
# types its codes.
SMOKE_TOTP_SECRET=$("$PY" manage.py shell -c '
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
user = get_user_model().objects.get(username="evaluator")
secret = generate_totp_secret()
TOTP.activate(user, secret)
RecoveryCodes.activate(user)
print(secret)' | tail -1)
export SMOKE_TOTP_SECRET SMOKE_TOTP_STATE="$WORK/totp-step"
# The evaluator's browser cookies, so it signs in (with a code) only once.
export SMOKE_COOKIES="$WORK"

echo "== [${SECONDS} s] start gunicorn, a worker and beat with the project's scripts =="
scripts/run-prod.sh >"$WORK/web.log" 2>&1 &
WEB_PID=$!
scripts/run-worker.sh --hostname="smoke-$WEB_PORT@%h" >"$WORK/worker.log" 2>&1 &
WORKER_PID=$!
scripts/run-beat.sh >"$WORK/beat.log" 2>&1 &
BEAT_PID=$!

BASE="http://127.0.0.1:$WEB_PORT"
for _ in $(seq 1 360); do  # up to 3 minutes: collectstatic compresses on a loaded machine
  curl -fsS -o /dev/null "$BASE/health/" 2>/dev/null && break
  kill -0 "$WEB_PID" 2>/dev/null || { echo "gunicorn exited"; exit 1; }
  sleep 0.5
done
curl -fsS "$BASE/health/" >/dev/null
echo "gunicorn answers on $BASE"

echo "== [${SECONDS} s] sign in, take a test, export through the worker, readiness =="
"$PY" scripts/smoke_client.py "$BASE" journey lesson-image export ready

echo "== [${SECONDS} s] stop the broker: pages still work, exports say so =="
stop_pid "$REDIS_PID" "broker redis-server"
REDIS_PID=""
"$PY" scripts/smoke_client.py "$BASE" broker-down

echo "== [${SECONDS} s] the broker returns: exports resume =="
start_broker
"$PY" scripts/smoke_client.py "$BASE" export-after-broker-returns

echo "== [${SECONDS} s] stop the cache's Redis for ${CACHE_OUTAGE_SECONDS:-20} s: learners keep working =="
"$PY" scripts/smoke_client.py "$BASE" learner-session
stop_pid "$CACHE_PID" "cache redis-server"
CACHE_PID=""
"$PY" scripts/smoke_client.py "$BASE" cache-down
start_cache
"$PY" scripts/smoke_client.py "$BASE" cache-back
"$PY" manage.py shell -c '
from assessments.models import Attempt
attempt = Attempt.objects.get(learner__username="g6b-01", phase="post")
assert attempt.is_submitted, "the post-test is not handed in"
answers = attempt.responses.count()
keys = attempt.responses.values("item_key").distinct().count()
assert answers == keys > 0, (answers, keys)
print(f"ok: the post-test handed in during the outage holds {answers} answers, one per question")'

echo "== [${SECONDS} s] access log is JSON =="
grep -m1 '"logger": "gunicorn.access"' "$WORK/web.log" | "$PY" -c 'import json,sys; json.loads(sys.stdin.readline()); print("ok: JSON access log line")'
