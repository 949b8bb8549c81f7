"""Default settings. The factory overrides them from instance/config.py and the environment."""

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

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    WTF_CSRF_TIME_LIMIT = None
