"""Local development: DEBUG on, a throwaway secret, tasks eager unless a broker is set."""

from .base import *

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="optional")
# The demo's admin and evaluator work without an authenticator app locally.
MFA_REQUIRED = env.bool("MFA_REQUIRED", default=False)
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

try:
    from .local import *  # noqa: F401
except ImportError:
    pass
