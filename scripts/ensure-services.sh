#!/usr/bin/env bash
# Make sure PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) answer.
# Installed but stopped: start them. Not installed: fail loudly in CI (CI=true),
# otherwise exit 0 after saying why the services lane cannot run.
set -u

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

missing=()

if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && ls /etc/postgresql >/dev/null 2>&1; then
    echo "PostgreSQL is installed but not answering: starting it."
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    done
    for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  fi
  pg_up || missing+=("PostgreSQL on 127.0.0.1:5432")
fi

if ! redis_up; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "Redis is installed but not answering: starting it."
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" \
      --appendonly no >/dev/null 2>&1 || true
    for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  fi
  redis_up || missing+=("Redis on 127.0.0.1:6379")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "################################################################"
  echo "# The services lane needs: ${missing[*]}"
  echo "# Install PostgreSQL and Redis (e.g. apt-get install postgresql redis-server)."
  echo "################################################################"
  if [ "${CI:-}" = "true" ]; then
    exit 1
  fi
  exit 3
fi
echo "PostgreSQL and Redis are answering."
