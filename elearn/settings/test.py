"""Test settings: fast hashing, in-memory cache, eager Celery unless a broker is set.

The services lane sets DATABASE_URL (PostgreSQL), CACHE_URL and CELERY_BROKER_URL
(Redis); everything else stays the same.
"""

import tempfile

from .base import *

SECRET_KEY = "test-only-secret-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
_tmp = Path(tempfile.mkdtemp(prefix="elearn-test-"))
STATIC_ROOT = _tmp / "static"
STATIC_ROOT.mkdir()
MEDIA_ROOT = env.path("MEDIA_ROOT", default=_tmp / "media")
STORAGES["exports"]["OPTIONS"]["location"] = env.path(
    "EXPORTS_ROOT", default=_tmp / "exports"
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Parallel test processes (pytest-xdist) each get their own Redis database, so
# one process clearing its cache never touches another's.
_worker = env("PYTEST_XDIST_WORKER", default="gw0")
if REDIS_CACHE:
    _index = int("".join(ch for ch in _worker if ch.isdigit()) or 0)
    _location = CACHES["default"]["LOCATION"].rsplit("/", 1)[0]
    CACHES["default"]["LOCATION"] = f"{_location}/{1 + _index % 14}"
STORAGES["certificates"]["OPTIONS"]["location"] = env.path(
    "CERTIFICATES_ROOT", default=_tmp / "private"
)

# A "replica" alias mirroring default, so replica routing is tested with two
# aliases (tests/ops/test_db_router.py); reports use it only when told to.
DATABASES.setdefault("replica", {**DATABASES["default"], "TEST": {"MIRROR": "default"}})
