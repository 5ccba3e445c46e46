# Two commands on a fresh machine: `make run` and `make test`.
# Everything installs into .venv; nothing outside the project is changed, except
# that `make test-services` starts the local PostgreSQL/Redis if they are
# installed but stopped.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PYTEST_WORKERS ?= 2
SERVICES_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/elearn
SERVICES_REDIS_URL ?= redis://127.0.0.1:6379

export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: run test test-services worker lint install migrate seed messages clean pspp
.PHONY: lock upgrade
.PHONY: beat run-prod smoke backup restore-test browser test-e2e

# The environment is built from the lock files only (requirements/*.txt, exact
# versions with hashes; docs/dependencies.md). When a lock changes, the
# environment is built again from nothing, so it never keeps a package the lock
# no longer has: what is installed is what the lock says, and tests/test_lock.py
# checks it.
LOCKS := requirements/tools.txt requirements/test.txt
# The stamp names the locks' content: a lock rewritten with the same pins
# (make lock, make upgrade with nothing new) does not rebuild the environment.
STAMP := $(VENV)/.installed-$(shell cat $(LOCKS) | { sha256sum 2>/dev/null || shasum -a 256; } | cut -c1-16)
# Wheels only: building a source distribution would fetch build tools the lock
# does not pin. Python 3.11's venv brings a setuptools nothing here uses; it goes.
PIP_INSTALL := $(BIN)/python -m pip install --quiet --require-hashes --only-binary :all:

$(STAMP):
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r requirements/tools.txt
	$(BIN)/python -m pip uninstall --quiet --yes setuptools
	$(PIP_INSTALL) -r requirements/test.txt
	touch $(STAMP)

install: $(STAMP)

## make lock: re-resolve the lock files after a change to pyproject.toml or
## requirements/tools.in, keeping every version that still fits
UV_COMPILE = $(BIN)/uv pip compile --quiet --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command "make lock" $(UPGRADE)
lock: install
	$(UV_COMPILE) requirements/tools.in -o requirements/tools.txt
	$(UV_COMPILE) pyproject.toml --extra test -o requirements/test.txt
	$(UV_COMPILE) pyproject.toml -c requirements/test.txt -o requirements/base.txt

## make upgrade: the newest versions within pyproject.toml's ranges, then the
## whole suite on them (commit requirements/*.txt when it passes);
## make upgrade PACKAGE=django takes a new release of that package only
upgrade:
	$(MAKE) lock UPGRADE="$(if $(PACKAGE),--upgrade-package $(PACKAGE),--upgrade)"
	$(MAKE) test

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

## make messages: compile locale/*/LC_MESSAGES/*.po to .mo (pure Python, no gettext)
messages: install
	$(BIN)/python manage.py compile_messages_py

## make run: install, migrate, seed the demo and serve on http://127.0.0.1:8000
run: seed messages
	$(BIN)/python manage.py collectstatic --noinput -v0
	@echo "Serving on http://127.0.0.1:8000/ (Ctrl+C to stop)"
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## make pspp: PSPP (Debian package) for the SPSS export test, when run as root
## with apt-get; otherwise that one test is skipped with its reason.
pspp:
	@command -v pspp >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get install -y -q --no-install-recommends pspp >/dev/null 2>&1; } \
	  || echo "pspp is not installed: the PSPP export test will be skipped."

## make test: lint, Django checks, migrations check and the whole suite
test: install lint pspp messages
	DJANGO_SETTINGS_MODULE=elearn.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=elearn.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile -p no:cacheprovider -m "not e2e"

## make browser: Debian's Chromium and Noto fonts (Arabic glyphs) for the browser
## tests, installed with apt-get when run as root; never a downloaded browser.
browser:
	@command -v chromium >/dev/null && fc-list 2>/dev/null | grep -q NotoNaskhArabic \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get install -y -q --no-install-recommends chromium fonts-noto-core >/dev/null; } \
	  || { echo "Debian's chromium is missing and cannot be installed here." >&2; exit 1; }

tests/e2e/node_modules/.package-lock.json: tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund --silent

## make test-e2e: browser journeys, page budgets and axe-core checks in Chromium
test-e2e: install browser messages tests/e2e/node_modules/.package-lock.json
	CI=$${CI:-} $(BIN)/python -m pytest -n $(PYTEST_WORKERS) -p no:cacheprovider -m e2e tests/e2e

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## make test-services: the same suite against PostgreSQL and Redis, plus a real worker
test-services: install messages
	@scripts/ensure-services.sh; rc=$$?; \
	if [ $$rc -eq 3 ]; then echo "Skipping the services lane."; exit 0; fi; \
	[ $$rc -eq 0 ] || exit $$rc; \
	DATABASE_URL=$(SERVICES_DATABASE_URL) \
	CACHE_URL=$(SERVICES_REDIS_URL)/1 \
	CELERY_BROKER_URL=$(SERVICES_REDIS_URL)/0 \
	CELERY_RESULT_BACKEND=$(SERVICES_REDIS_URL)/0 \
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile -p no:cacheprovider -m "not e2e"

## make worker: a Celery worker (set CELERY_BROKER_URL, e.g. redis://127.0.0.1:6379/0)
worker: install
	$(BIN)/celery -A elearn worker --loglevel=INFO --queues=elearn

## make beat: Celery beat, the scheduler (exactly one per deployment)
beat: install
	$(BIN)/celery -A elearn beat --loglevel=INFO

## make run-prod: migrate, collectstatic and gunicorn on 127.0.0.1 (production settings)
run-prod: install
	scripts/run-prod.sh

## make smoke: production smoke test on PostgreSQL + Redis (skips if they are absent)
smoke: install
	scripts/smoke-test.sh

## make backup: pg_dump + media/exports tarball into BACKUP_DIR (default ./backups)
backup: install
	scripts/backup.sh

## make restore-test: back up, restore into an empty database, check the site serves it
restore-test: install
	scripts/restore-test.sh

clean:
	rm -rf $(VENV) tests/e2e/node_modules test-artifacts db.sqlite3 db.sqlite3-* media exports static_collected
