"""Next Round's one settings module: every knob is a NEXTROUND_* environment variable."""

import os
from pathlib import Path

import dj_database_url
import platformdirs

from nextround.core.datadir import ensure_data_dir, load_or_create_secret_key

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean environment variable ("1", "true", "yes", "on")."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DATA_DIR = ensure_data_dir(
    Path(os.environ.get("NEXTROUND_DATA_DIR") or platformdirs.user_data_dir("nextround"))
)
SECRET_KEY = load_or_create_secret_key(DATA_DIR / "secret_key")
DEBUG = env_bool("NEXTROUND_DEBUG")
ALLOWED_HOSTS = os.environ.get("NEXTROUND_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("NEXTROUND_CSRF_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",  # serves the API docs page's Swagger UI from local static files
    "django_htmx",
    "template_partials",
    "huey.contrib.djhuey",
    "nextround.core",
    "nextround.accounts",
    "nextround.applications",
    "nextround.debriefs",
    "nextround.mailboxes",
    "nextround.feedback",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "nextround.urls"
WSGI_APPLICATION = "nextround.wsgi.application"

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
            ],
        },
    }
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "nextround.sqlite3",
            "OPTIONS": {
                # WAL lets readers run beside the writer; IMMEDIATE takes the write lock at
                # BEGIN so two concurrent writers queue (busy timeout) instead of failing.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("NEXTROUND_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = DATA_DIR / "uploads"
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Behind TLS (a reverse proxy or a tunnel) set NEXTROUND_HTTPS=1: cookies become secure, HSTS
# is sent and plain HTTP redirects. Left off, the app is meant for http://127.0.0.1 only.
HTTPS = env_bool("NEXTROUND_HTTPS")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SESSION_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Huey: a SQLite queue in the data directory unless Redis is configured.
HUEY_IMMEDIATE = env_bool("NEXTROUND_HUEY_IMMEDIATE")
if os.environ.get("NEXTROUND_REDIS_URL"):
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "nextround",
        "url": os.environ["NEXTROUND_REDIS_URL"],
        "immediate": HUEY_IMMEDIATE,
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "nextround",
        "filename": str(DATA_DIR / "huey.sqlite3"),
        "immediate": HUEY_IMMEDIATE,
    }

# Days without activity after which an application is offered as "no response".
STALE_AFTER_DAYS = int(os.environ.get("NEXTROUND_STALE_AFTER_DAYS", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("NEXTROUND_LOG_LEVEL", "WARNING")},
}
