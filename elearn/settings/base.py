"""Settings shared by every environment.

Everything is read from environment variables (documented in the README and in
``.env.example``); ``dev``, ``test`` and ``production`` only override.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from elearn.envcheck import env_database

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "accounts",
    "audit",
    "home",
    "courses",
    "assessments",
    "classes",
    "reports",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.content_cache.ContentVersionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Pages gzipped, files never; files answer byte ranges (elearn/ranges.py).
    "elearn.ranges.FileGZipMiddleware",
    "elearn.ranges.RangeMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "elearn.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "home.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "elearn.wsgi.application"

# Database: a SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": env_database(
        env, "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    ),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dev server read while a task writes.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis in production (CACHE_URL=redis://...), local memory otherwise.
# allauth's rate limits need a real cache, never DummyCache.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://elearn")}
REDIS_CACHE = (
    CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
)
if REDIS_CACHE:  # the same, without a new client object per operation
    CACHES["default"]["BACKEND"] = "elearn.cache.RedisCache"
# Sessions: read from the cache and written through to the database when the
# cache is shared by every process (Redis); a per-process memory cache would let
# one worker keep a session that another has ended, so then only the database.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_CACHE
    else "django.contrib.sessions.backends.db"
)

AUTH_USER_MODEL = "accounts.User"
# Typed passwords and picture passwords each through their own door
# (accounts/backends.py): a picture sequence typed as a password is refused.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.PasswordBackend",
    "accounts.backends.AllauthPasswordBackend",
    "accounts.backends.PictureBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "learner_dashboard"
LOGOUT_REDIRECT_URL = "/"

# django-allauth: children sign in with a username (no e-mail); adults may use
# their e-mail address. Sign-up asks for an e-mail address, which adults verify.
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_EMAIL_NOTIFICATIONS = True
# Sign-in limits that fit schools, where a whole class (or school) shares one
# public address: generous per address, strict per account, so one pupil
# cannot lock out everyone (docs/security.md, "Sign-in"). allauth's defaults
# (30 sign-ins a minute per address) refused the 29th child of a class.
ACCOUNT_RATE_LIMITS = {
    "login": env("SIGN_IN_RATE_LIMIT", default="600/m/ip"),
    "login_failed": env("SIGN_IN_FAILED_RATE_LIMIT", default="100/m/ip,5/5m/key"),
    "signup": env("SIGN_UP_RATE_LIMIT", default="100/h/ip"),
    "reset_password": "20/m/ip,5/m/key",
}
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]

# Internationalisation: the six languages the programmes run in.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("ar", "العربية"),
    ("sw", "Kiswahili"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
    # Exports never live under MEDIA_URL: they are served only by a view that
    # checks permissions.
    "exports": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": env.path("EXPORTS_ROOT", default=BASE_DIR / "exports"),
            "base_url": None,
        },
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 5_242_880

# E-mail: printed to the console unless EMAIL_URL says otherwise
# (e.g. smtp+tls://user:password@smtp.example.org:587).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery: with no broker configured, tasks run eagerly in the calling process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=CELERY_BROKER_URL)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_TRACK_STARTED = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = "elearn"
CELERY_TIMEZONE = TIME_ZONE

# Wagtail
WAGTAIL_SITE_NAME = "Safe Online Learning"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "pptx", "odp"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Documents (lesson videos, captions, handouts): Wagtail has no default limit.
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_MB", default=200) * 2**20
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_LOGIN_URL = "account_login"
# Private pages and password resets go through allauth too (rate-limited).
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Platform
EXPORT_EXPIRY_DAYS = env.int("EXPORT_EXPIRY_DAYS", default=7)
SMALL_CELL_THRESHOLD = env.int("SMALL_CELL_THRESHOLD", default=10)
# A running export job beats every 30 s; with no heartbeat for this long its
# worker is gone and the job is marked failed. A job still queued this long
# after it was requested was never taken by a worker.
EXPORT_STALE_MINUTES = env.int("EXPORT_STALE_MINUTES", default=5)
EXPORT_QUEUED_STALE_MINUTES = env.int("EXPORT_QUEUED_STALE_MINUTES", default=60)
# Days an expired or failed export job's row is kept (its page says "expired")
# before the beat job deletes it; the audit log keeps the record.
EXPORT_JOB_RETENTION_DAYS = env.int("EXPORT_JOB_RETENTION_DAYS", default=30)
# SPSS and Stata files are built in memory (pyreadstat writes whole tables):
# an export with more cells (rows x columns) fails early with a message
# suggesting CSV. 13 million cells peaked at about 450 MB (bench/README.md).
EXPORT_SPSS_STATA_MAX_CELLS = env.int("EXPORT_SPSS_STATA_MAX_CELLS", default=15_000_000)
CELERY_BEAT_SCHEDULE = {
    # Expired files, and jobs whose worker is gone (failed within minutes).
    "exports-expire": {
        "task": "assessments.export_jobs_expire",
        "schedule": 60 * 5,
    },
}

# Security defaults that hold everywhere; production tightens transport.
# Content-Security-Policy (django-csp; docs/security.md): no inline script or
# style on the site, nothing from other origins unless configured below.
MIDDLEWARE[1:1] = [
    "elearn.headers.SitePolicyCSPMiddleware",
    "elearn.headers.PermissionsPolicyMiddleware",
]
INSTALLED_APPS += ["csp"]
# Origins of media in object storage (e.g. https://bucket.s3.example.org),
# allowed for images, audio and video.
MEDIA_ORIGINS = env.list("MEDIA_ORIGINS", default=[])
# Origins that embedded videos may be framed from (EmbedBlock); none by default,
# so an embed from a video-sharing site shows only when allowed here.
EMBED_FRAME_ORIGINS = env.list("EMBED_FRAME_ORIGINS", default=[])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail and Django admins still need inline scripts and styles (Wagtail 8
# has inline <script> in panels and widgets); everyone who reaches them signs
# in with an authenticator app (MFA_REQUIRED_ROLES site_admin and editor;
# check --deploy warns otherwise), and their pages may be framed by the
# admin's own preview.
ADMIN_CSP_URL_PREFIXES = ["/admin/", "/django-admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
    "media-src": ["'self'", "blob:", *MEDIA_ORIGINS],
    "font-src": ["'self'", "data:"],
    "frame-ancestors": ["'self'"],
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "geolocation=(), camera=(), microphone=(), payment=(), usb=()"
SESSION_COOKIE_HTTPONLY = True
# No script of ours reads the CSRF cookie (forms carry the token; Wagtail's
# admin gets it from the page), so it is HttpOnly too.
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A form sent from an out-of-date page gets the site's page saying what to do
# (in the visitor's language, with Get help), not Django's technical one.
CSRF_FAILURE_VIEW = "elearn.errors.csrf_failure"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 12
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Follow-up tests: once a day, e-mail adults whose follow-up test has opened
# and flag children to their teacher (assessments.tasks).
CELERY_BEAT_SCHEDULE |= {
    # A certificate whose task was never queued (the broker was down when the
    # course was completed) or whose worker died is queued again.
    "courses-certificates-requeue": {
        "task": "courses.certificates_requeue",
        "schedule": 60 * 15,
    },
    "assessments-follow-up-reminders": {
        "task": "assessments.follow_up_reminders_send",
        "schedule": 60 * 60 * 24,
    },
}
# Classes: wrong class codes and failed picture sign-ins per client address
# before a pause, and the length of that window in seconds. A school shares one
# address, so these are sized for a school, not a child; each picture account
# has its own, strict limit (504 sequences). Codes: 25^6 possible, so 60 wrong
# codes in 10 minutes find nothing.
CLASS_JOIN_RATE_LIMIT = env.int("CLASS_JOIN_RATE_LIMIT", default=60)
CLASS_JOIN_RATE_WINDOW = env.int("CLASS_JOIN_RATE_WINDOW", default=600)
PICTURE_LOGIN_RATE_LIMIT = env.int("PICTURE_LOGIN_RATE_LIMIT", default=60)
PICTURE_LOGIN_RATE_WINDOW = env.int("PICTURE_LOGIN_RATE_WINDOW", default=600)
PICTURE_LOGIN_ACCOUNT_LIMIT = env.int("PICTURE_LOGIN_ACCOUNT_LIMIT", default=5)
PICTURE_LOGIN_ACCOUNT_WINDOW = env.int("PICTURE_LOGIN_ACCOUNT_WINDOW", default=900)
# Language: remember signed-in users' choice; serve untranslated pages in their
# source language with a notice instead of a 404 (see docs/i18n.md).
MIDDLEWARE += [
    "home.language.UserLanguageMiddleware",
    "home.language.TranslationFallbackMiddleware",
]
# Date and number formats Django lacks (Swahili); other languages use Django's.
FORMAT_MODULE_PATH = ["home.formats"]
# Courses: lesson media are Wagtail documents (video, captions, narration), and
# certificates are private files served only to their owner by a view.
WAGTAILDOCS_EXTENSIONS += ["mp4", "webm", "vtt", "mp3", "ogg", "oga", "m4a"]
STORAGES["certificates"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        "location": env.path("CERTIFICATES_ROOT", default=BASE_DIR / "private"),
        "base_url": None,
    },
}
CERTIFICATE_FONT = env(
    "CERTIFICATE_FONT", default=str(BASE_DIR / "courses" / "fonts" / "DejaVuSans.ttf")
)
# --- Production and scale-out (docs/deploy.md) ---
INSTALLED_APPS += ["ops"]

# Structured logs: LOG_FORMAT=json prints one JSON object per line.
LOG_FORMAT = env("LOG_FORMAT", default="plain")
if LOG_FORMAT not in ("plain", "json"):
    raise ImproperlyConfigured(
        f"LOG_FORMAT must be 'plain' or 'json', not {LOG_FORMAT!r}."
    )
LOGGING["formatters"]["json"] = {
    "()": "pythonjsonlogger.json.JsonFormatter",
    "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
    "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
}
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT

# Read replica: reports and exports read from it (elearn.db_router.reporting_db).
# It is never migrated: the primary's migrations reach it by replication.
DATABASE_REPLICA_URL = env("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = env_database(env, "DATABASE_REPLICA_URL")
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
REPORTING_DATABASE = "replica" if DATABASE_REPLICA_URL else "default"
DATABASE_ROUTERS = ["elearn.db_router.ReplicaRouter"]

# Object storage (S3-compatible) for media and exports when a bucket is named.
S3_BUCKET = env("AWS_STORAGE_BUCKET_NAME", default="") or env("S3_BUCKET", default="")
if S3_BUCKET:
    _s3 = {
        "bucket_name": S3_BUCKET,
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env("AWS_S3_REGION_NAME", default="") or None,
        "default_acl": "private",
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": env("S3_MEDIA_PREFIX", default="media"),
            "querystring_auth": True,
            "querystring_expire": env.int("S3_MEDIA_URL_EXPIRY", default=3600),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default="") or None,
        },
    }
    # Exports stay behind the permission-checked download view: no signed URLs.
    STORAGES["exports"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": env("S3_EXPORTS_PREFIX", default="exports"),
            "querystring_auth": False,
            "custom_domain": None,
        },
    }
# Lesson images from local storage served by the app (elearn/media.py) when no
# web server or bucket serves /media/; turn off where nginx or a CDN does.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=not S3_BUCKET)

# Celery: short publish retries so a request never hangs on a dead broker, and
# a beat schedule other apps extend with CELERY_BEAT_SCHEDULE["name"] = {...}.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 3,
    "socket_timeout": 10,
}
CELERY_BEAT_SCHEDULE |= {
    # Readiness reports beat's last heartbeat; the smoke test shortens it.
    "ops-beat-heartbeat": {
        "task": "ops.beat_heartbeat",
        "schedule": env.float("BEAT_HEARTBEAT_SECONDS", default=60.0),
    },
    # Wagtail's scheduled publishing (go-live and expiry dates on pages).
    "courses-publish-scheduled": {
        "task": "courses.pages_publish_scheduled",
        "schedule": 5 * 60.0,
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = env(
    "CELERY_BEAT_SCHEDULE_FILENAME", default=str(BASE_DIR / "celerybeat-schedule")
)

# Health checks (ops): seconds to wait for the broker and the workers.
HEALTH_TIMEOUT = env.float("HEALTH_TIMEOUT", default=2.0)
HEALTH_REQUIRE_WORKERS = env.bool("HEALTH_REQUIRE_WORKERS", default=False)

# --- Accounts, consent and privacy (issue 9; docs/privacy.md) ---
# The digital age of consent: below it a child cannot sign themselves up and
# joins through a class (the school's basis) or with a parent's consent.
# GDPR Article 8 as set by each EEA state (and the UK); every other country
# uses DIGITAL_AGE_OF_CONSENT_DEFAULT (13, as COPPA).
DIGITAL_AGE_OF_CONSENT_DEFAULT = env.int("DIGITAL_AGE_OF_CONSENT_DEFAULT", default=13)
DIGITAL_AGE_OF_CONSENT = {
    "AT": 14, "BE": 13, "BG": 14, "CY": 14, "CZ": 15, "DE": 16, "DK": 13,
    "EE": 13, "ES": 14, "FI": 13, "FR": 15, "GB": 13, "GR": 15, "HR": 16,
    "HU": 16, "IE": 16, "IS": 13, "IT": 14, "LI": 16, "LT": 14, "LU": 16,
    "LV": 13, "MT": 13, "NL": 16, "NO": 13, "PL": 16, "PT": 13, "RO": 16,
    "SE": 13, "SI": 15, "SK": 16,
}  # fmt: skip
# Shown on the privacy notice and stored with every consent record; raise it
# whenever the notice changes in substance.
PRIVACY_NOTICE_VERSION = env("PRIVACY_NOTICE_VERSION", default="2026-11")
# Child accounts not used for this many days are anonymised by the beat job
# accounts.child_accounts_anonymise (research answers kept pseudonymised
# where the programme says so).
CHILD_ACCOUNT_RETENTION_DAYS = env.int("CHILD_ACCOUNT_RETENTION_DAYS", default=365)
# Days a parent has to answer a consent request before the waiting child
# account and the parent's e-mail address are deleted.
PARENT_CONSENT_REQUEST_DAYS = env.int("PARENT_CONSENT_REQUEST_DAYS", default=14)
# Where the "Quick exit" control on sensitive lessons goes: a neutral site.
QUICK_EXIT_URL = env("QUICK_EXIT_URL", default="https://www.wikipedia.org/")
# Two-step sign-in (TOTP and recovery codes) for adult staff (docs/security.md,
# "Two-step sign-in"): someone holding a role listed in MFA_REQUIRED_ROLES sets
# up an authenticator app before any page but the sign-in, set-up, help and
# learner pages (accounts/mfa.py), and signs in with its code. Children, adult
# learners and parents are never asked. Always on in production; dev turns it
# off by default for the demo logins.
MFA_REQUIRED = env.bool("MFA_REQUIRED", default=True)
# The roles (accounts/roles.py, STAFF_ROLES) that must use it; all by default.
# Comma-separated; empty: no role (children and learners are never asked).
MFA_REQUIRED_ROLES = [
    role.strip()
    for role in env.list(
        "MFA_REQUIRED_ROLES",
        default=["site_admin", "editor", "programme_staff", "teacher", "school_admin"],
    )
]
MIDDLEWARE += [
    "accounts.middleware.AuditActorMiddleware",
    "accounts.middleware.RequireMFAMiddleware",
]
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
CELERY_BEAT_SCHEDULE |= {
    "accounts-child-accounts-anonymise": {
        "task": "accounts.child_accounts_anonymise",
        "schedule": 60 * 60 * 24,
    },
}
