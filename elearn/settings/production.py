"""Production: refuses to start without a secret key, host names or e-mail,
or with DEBUG on."""

from django.core.exceptions import ImproperlyConfigured

from .base import *

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: production needs a long random secret key."
    )
if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production (unset DEBUG).")
if not env.list("ALLOWED_HOSTS", default=[]):
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set: list the site's host names, comma-separated "
        "(e.g. ALLOWED_HOSTS=learn.example.org)."
    )

# Password resets, parents' consent requests and e-mail confirmations carry
# sign-in links: printed to the log (the console backend, the default without
# EMAIL_URL) they reach whoever reads the logs and never the user.
if not env("EMAIL_URL", default="") or EMAIL_BACKEND in (
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
):
    raise ImproperlyConfigured(
        "EMAIL_URL is not set to a mail server: production sends password-reset "
        "and parental-consent links by e-mail, and without a server they would "
        "be written to the log (e.g. EMAIL_URL=smtp+tls://user:password@"
        "smtp.example.org:587)."
    )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_SECURE = True
# Load balancers probe the health endpoints over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
# HSTS preloading is hard to undo (browsers ship the list), so it is an explicit
# opt-in (SECURE_HSTS_PRELOAD=true); leaving it off is a choice, not a warning.
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [
        *globals().get("SILENCED_SYSTEM_CHECKS", []),
        "security.W021",
    ]
