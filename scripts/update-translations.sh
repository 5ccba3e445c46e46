#!/bin/sh
# Re-extract interface strings from templates and Python code into
# locale/<lang>/LC_MESSAGES/django.po, keeping existing translations, then
# compile them. Needs GNU gettext (xgettext, msgmerge) for the extraction only:
#   Debian/Ubuntu: sudo apt-get install gettext    macOS: brew install gettext
# Compiling (manage.py compile_messages_py, run by `make run` and `make test`)
# is pure Python and needs no system tool.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
LANGS="en es fr pt ar sw"

for tool in xgettext msgmerge; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool not found: install GNU gettext to extract messages." >&2
        exit 2
    fi
done

args=""
for lang in $LANGS; do
    args="$args -l $lang"
done
# shellcheck disable=SC2086
DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-elearn.settings.dev}" \
    "$PYTHON" manage.py makemessages $args \
    --add-location=file --no-obsolete \
    --ignore=.venv --ignore=tests --ignore=static_collected \
    --ignore=media --ignore=exports --ignore=build
"$PYTHON" manage.py compile_messages_py
echo "Updated locale/*/LC_MESSAGES/django.po; translate the new empty msgstr entries."
