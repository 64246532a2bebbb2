"""Settings for the facial-palsy site, read from the environment.

Development defaults are safe: SQLite in the project folder, e-mail to the console,
``DEBUG`` only when asked for. Production is what ``DJANGO_DEBUG`` unset plus a real
``DJANGO_SECRET_KEY`` and ``DJANGO_ALLOWED_HOSTS`` give. The README lists every variable.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development)."
        )
    SECRET_KEY = "insecure-development-key-only-for-DJANGO_DEBUG"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    # django.contrib.admin, with the staff site (second login factor) as admin.site.
    "core.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Serve static files the same way in development as in production.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_prose_editor",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "core",
    "content",
    "gallery",
    "contact",
    # Last, as its documentation asks: it wraps authentication.
    "axes",
]

MIDDLEWARE = [
    # Before Security: 405 for TRACE & co. even where HTTPS would redirect, and the
    # page headers on static files and redirects, which the CSP middleware never sees.
    "core.middleware.SiteHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Our subclass answers unknown language prefixes with 404 instead of redirecting.
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks the user as verified by a second factor (django-otp).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: answers locked-out login attempts.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "facialpalsy.urls"
WSGI_APPLICATION = "facialpalsy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "core.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and immediate transactions keep concurrent writes from several gunicorn
    # workers from failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Caches ---------------------------------------------------------------
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Staff login ------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # Counts failed logins per user name and client in the database, so the lockout
    # holds across all server processes.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failures lock a user name (from every address: a password guessed from many
# addresses) and an address (for every user name: one client trying many accounts).
# The pair is implied by either. So that nobody can keep the staff locked out:
# - the lock is short (15 minutes) and tries during it neither count nor prolong it;
# - one address locks itself with its fifth failure, so it can lock at most one user
#   name per lockout period; locking every account needs as many addresses as accounts.
# A successful login does not wipe the counts: it would also wipe an attacker's
# failures against the same user name or from the same (shared) address.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("DJANGO_LOCKOUT_MINUTES", 15))
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = False
# Login records (address, browser, time) are deleted after this many days by
# `manage.py purge_login_records`.
AXES_RECORDS_RETENTION_DAYS = env_int("AXES_RECORDS_RETENTION_DAYS", 90)
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "core.clientip.client_address"
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
AXES_VERBOSE = False
# Two-factor authentication (TOTP) for every staff account, unless debugging on a
# workstation. `manage.py enrol_totp <user>` enrols the first device.
REQUIRE_2FA = env_bool("DJANGO_REQUIRE_2FA", not DEBUG)
OTP_TOTP_ISSUER = "Fazialisparese"
# Only staff have sessions. They end after inactivity and when the browser closes.
SESSION_COOKIE_AGE = env_int("DJANGO_STAFF_SESSION_MINUTES", 30) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
LOGIN_URL = "admin:login"

# --- Passwords ------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)

# --- Static files and uploads --------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
# Patient images, videos and signed consent forms: never inside MEDIA_ROOT or
# STATIC_ROOT, only served by the gallery's views after a consent check.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Hashed file names may be cached for a year; see whitenoise's docs.
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365 if not DEBUG else 0

# --- Security -------------------------------------------------------------
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto: the scheme only.
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The addresses (or CIDR networks) of our own proxies. X-Forwarded-For is believed
# only from them (core.clientip); gunicorn.conf.py reads the same variable.
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES", "")
# Cookies are marked Secure whenever the site is served over HTTPS.
_HTTPS = SECURE_SSL_REDIRECT
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
LANGUAGE_COOKIE_SECURE = _HTTPS
SESSION_COOKIE_HTTPONLY = True
# No script here reads the CSRF cookie: forms carry the token.
CSRF_COOKIE_HTTPONLY = True
# A friendly page in both languages when a form's token is missing or stale.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365 if _HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Public pages carry no inline script or style. The admin's scripts get a nonce,
# which Django only adds to the header on responses that used it.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    # The admin's text editor (Tiptap) injects one fixed stylesheet; its hash allows
    # exactly that one and nothing else.
    "style-src": [CSP.SELF, "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "media-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

# --- E-mail ---------------------------------------------------------------
# Production sends through SMTP (a local relay unless DJANGO_EMAIL_HOST says
# otherwise); development prints mails to the console.
_EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "")
_EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG and not _EMAIL_HOST
    else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {
    "default": {
        "BACKEND": _EMAIL_BACKEND,
        "OPTIONS": {
            "host": _EMAIL_HOST or "localhost",
            "port": env_int("DJANGO_EMAIL_PORT", 25),
            "username": os.environ.get("DJANGO_EMAIL_HOST_USER", ""),
            "password": os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("DJANGO_EMAIL_USE_TLS", False),
            "timeout": env_int("DJANGO_EMAIL_TIMEOUT", 10),
        }
        if _EMAIL_BACKEND.endswith("smtp.EmailBackend")
        else {},
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "fazialis@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Patient gallery --------------------------------------------------------
GALLERY_MAX_IMAGE_BYTES = env_int("GALLERY_MAX_IMAGE_BYTES", 15 * 1024 * 1024)
GALLERY_MAX_IMAGE_PIXELS = env_int("GALLERY_MAX_IMAGE_PIXELS", 40_000_000)
GALLERY_MAX_VIDEO_BYTES = env_int("GALLERY_MAX_VIDEO_BYTES", 200 * 1024 * 1024)
GALLERY_MAX_FORM_BYTES = env_int("GALLERY_MAX_FORM_BYTES", 10 * 1024 * 1024)
# The longest side of the stored clean image, and the widths of the renditions.
GALLERY_MAX_IMAGE_SIDE = 3000
GALLERY_RENDITION_WIDTHS = [480, 800, 1200, 1600]
# Uploads larger than this go to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Functions that add a panel to content pages; content itself knows no other app.
CONTENT_PAGE_PANELS = ["gallery.panels.cases_for_page"]

# --- Appointment requests -------------------------------------------------
# "3/30m" = three requests per client in any 30 minutes (a sliding window of at most
# 30 minutes, see contact/ratelimit.py); "0" turns the limit off.
APPOINTMENT_RATE_LIMIT = os.environ.get("APPOINTMENT_RATE_LIMIT", "3/30m")
APPOINTMENT_RETENTION_DAYS = env_int("APPOINTMENT_RETENTION_DAYS", 180)
# A person needs a few seconds to fill in the form; bots post at once.
APPOINTMENT_MIN_FILL_SECONDS = env_int("APPOINTMENT_MIN_FILL_SECONDS", 3)
APPOINTMENT_NOTIFICATION_EMAILS = env_list("APPOINTMENT_NOTIFICATION_EMAILS", "termine@example.org")
# Shared store for rate limits across processes: Redis when configured, else the database.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES["shared"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }

# --- Site -----------------------------------------------------------------
# The public address, for links in e-mails sent outside a request.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = _("Understanding facial palsy")
# How long a medical review is valid by default when staff mark a page as reviewed.
CONTENT_REVIEW_INTERVAL_DAYS = env_int("CONTENT_REVIEW_INTERVAL_DAYS", 365)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}

# The health check must answer plain HTTP inside the container.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
FORMAT_MODULE_PATH = ["facialpalsy.formats"]
