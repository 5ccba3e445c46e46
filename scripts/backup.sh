#!/usr/bin/env bash
# Back up the database (pg_dump custom format) and the media and export files.
#
#   scripts/backup.sh [BACKUP_DIR]
#
# Reads DATABASE_URL (postgres://...), MEDIA_ROOT and EXPORTS_ROOT from the
# environment (defaults: ./media, ./exports). Writes into BACKUP_DIR (default
# ./backups) one folder per run, named by UTC time:
#   database.dump   pg_dump --format=custom (restore with scripts/restore.sh)
#   files.tar.gz    media/ and exports/ (only those that exist)
#   SHA256SUMS      checksums of both
# With S3 storage configured, media and exports live in the bucket: back the
# bucket up with the provider's versioning/replication instead (docs/deploy.md).
# Prints the folder it wrote. Backups hold personal data: keep them encrypted
# and access-controlled, and delete them on the retention schedule.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL is not set: the backup needs postgres://user@host:port/name}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "DATABASE_URL must be a postgres:// URL for pg_dump" >&2; exit 2 ;;
esac
MEDIA_ROOT="${MEDIA_ROOT:-$(pwd)/media}"
EXPORTS_ROOT="${EXPORTS_ROOT:-$(pwd)/exports}"
BACKUP_DIR="${1:-${BACKUP_DIR:-$(pwd)/backups}}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$BACKUP_DIR/$STAMP"
umask 077
mkdir -p "$OUT"

# libpq understands the postgres:// URL directly.
pg_dump --format=custom --no-owner --no-privileges --file="$OUT/database.dump" \
  --dbname="${DATABASE_URL/postgres:\/\//postgresql://}"

parts=()
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
if [ -d "$MEDIA_ROOT" ]; then ln -s "$MEDIA_ROOT" "$staging/media"; parts+=(media); fi
if [ -d "$EXPORTS_ROOT" ]; then ln -s "$EXPORTS_ROOT" "$staging/exports"; parts+=(exports); fi
if [ ${#parts[@]} -gt 0 ]; then
  tar --create --gzip --dereference --file="$OUT/files.tar.gz" -C "$staging" "${parts[@]}"
else
  tar --create --gzip --file="$OUT/files.tar.gz" --files-from=/dev/null
fi
(cd "$OUT" && sha256sum database.dump files.tar.gz >SHA256SUMS)
echo "$OUT"
