"""Default settings. The factory overrides them from instance/config.py and the environment."""

from datetime import timedelta
from pathlib import Path
from typing import ClassVar

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# 20 MB fits a scanned reply of a few dozen pages. Larger uploads get a 413 page.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class DefaultConfig:
    """Settings that hold for every deployment unless the environment says otherwise."""

    SQLALCHEMY_ENGINE_OPTIONS: ClassVar[dict[str, object]] = {"pool_pre_ping": True}
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    # The whole request body may hold a few form fields on top of the file.
    MAX_CONTENT_LENGTH = MAX_UPLOAD_BYTES + 512 * 1024
    MAX_UPLOAD_BYTES = MAX_UPLOAD_BYTES

    LEGAL_REFS_DIR = str(PROJECT_ROOT / "legal_refs")
    LETTER_TEMPLATES_DIR = str(PROJECT_ROOT / "letter_templates")

    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "UTC"
    LANGUAGES = ("en", "hr")

    # Outgoing mail: invitations and password-reset links, sent with smtplib.
    MAIL_SERVER = "127.0.0.1"
    MAIL_PORT = 25
    MAIL_USE_STARTTLS = False
    MAIL_USERNAME: str | None = None  # log in to the server only when both are set
    MAIL_PASSWORD: str | None = None
    MAIL_TIMEOUT_SECONDS = 10
    MAIL_DEFAULT_SENDER = "FOI Tracker <foi-tracker@localhost>"
    # None follows the debug flag: a debug server logs and keeps mail instead of sending it.
    MAIL_SUPPRESS_SEND: bool | None = None

    # Scheme, host and port under which users reach the app. Links in e-mails start with it.
    EXTERNAL_URL = "http://127.0.0.1:5000"

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None

    # Sets SESSION_COOKIE_SECURE and REMEMBER_COOKIE_SECURE. None means secure
    # everywhere except in debug and testing. `make run` sets it to false,
    # because it serves plain HTTP on 127.0.0.1.
    COOKIE_SECURE: bool | None = None

    # Flask rejects a session cookie signed longer ago than this. It signs the
    # cookie again only when the session changes (at sign-in, or when a page
    # shows a message). The sign-in view never makes the session permanent,
    # so the browser also drops the cookie when it closes.
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    REMEMBER_COOKIE_DURATION = timedelta(hours=8)

    # Sent only on HTTPS requests. Behind a TLS proxy, set TRUSTED_PROXY_COUNT
    # so that the app reads the original scheme from X-Forwarded-Proto.
    HSTS_ENABLED = True
    HSTS_MAX_AGE = 365 * 24 * 60 * 60

    # Number of reverse proxies in front of the app whose X-Forwarded-For and
    # X-Forwarded-Proto headers are trusted. 0 trusts none.
    TRUSTED_PROXY_COUNT = 0

    # Flask-Limiter settings. Memory storage counts per worker process, so a
    # deployment with several workers sets a shared store, e.g. redis://host:6379.
    RATELIMIT_ENABLED = True
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_RATE_LIMIT = "10 per minute"
