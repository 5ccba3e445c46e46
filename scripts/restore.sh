#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh.
#
#   scripts/restore.sh BACKUP_FOLDER
#
# Restores database.dump into the database named by DATABASE_URL, which must
# exist and be EMPTY (create it with createdb; the script refuses a database
# that already has tables, so a live site is never overwritten by mistake),
# then unpacks files.tar.gz into MEDIA_ROOT and EXPORTS_ROOT (defaults ./media
# and ./exports). Checksums are verified first. Run `manage.py migrate`
# afterwards when restoring into a newer release.
set -euo pipefail
cd "$(dirname "$0")/.."

SRC="${1:?usage: scripts/restore.sh BACKUP_FOLDER}"
: "${DATABASE_URL:?DATABASE_URL is not set: the target database (postgres://user@host:port/name)}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "DATABASE_URL must be a postgres:// URL" >&2; exit 2 ;;
esac
URL="${DATABASE_URL/postgres:\/\//postgresql://}"
MEDIA_ROOT="${MEDIA_ROOT:-$(pwd)/media}"
EXPORTS_ROOT="${EXPORTS_ROOT:-$(pwd)/exports}"

for f in database.dump files.tar.gz SHA256SUMS; do
  [ -f "$SRC/$f" ] || { echo "$SRC/$f is missing: not a backup folder" >&2; exit 2; }
done
(cd "$SRC" && sha256sum --check --quiet SHA256SUMS) || {
  echo "checksums do not match: the backup is damaged" >&2; exit 2; }

tables="$(psql --dbname="$URL" -tAc "select count(*) from pg_tables where schemaname = 'public'")"
if [ "$tables" != "0" ]; then
  echo "the target database already has $tables tables: restore only into an empty database" >&2
  exit 2
fi

pg_restore --no-owner --no-privileges --exit-on-error --dbname="$URL" "$SRC/database.dump"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
tar --extract --gzip --file="$SRC/files.tar.gz" -C "$staging"
if [ -d "$staging/media" ]; then mkdir -p "$MEDIA_ROOT"; cp -a "$staging/media/." "$MEDIA_ROOT/"; fi
if [ -d "$staging/exports" ]; then mkdir -p "$EXPORTS_ROOT"; cp -a "$staging/exports/." "$EXPORTS_ROOT/"; fi
echo "restored $SRC into the database and $MEDIA_ROOT, $EXPORTS_ROOT"
