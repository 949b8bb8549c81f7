"""FOI Tracker: freedom-of-information requests and their statutory deadlines."""

import logging
import os
from pathlib import Path
from typing import Any

from flask import Flask, redirect, request, url_for
from flask.typing import ResponseReturnValue

from .config import DefaultConfig
from .extensions import babel, csrf, db, login_manager, migrate
from .security import init_security

logger = logging.getLogger(__name__)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the application.

    Settings come, later ones winning, from config.DefaultConfig,
    instance/config.py, environment variables prefixed FOI_TRACKER_,
    DATABASE_URL, and finally ``test_config``.
    """
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(DefaultConfig)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("FOI_TRACKER")
    else:
        app.config.from_mapping(test_config)

    _configure_database(app, test_config)
    app.config.setdefault("UPLOAD_DIR", os.path.join(app.instance_path, "documents"))
    app.config.setdefault("LETTER_TEMPLATE_UPLOAD_DIR", os.path.join(app.instance_path, "letter_templates"))
    _require_secret_key(app)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(Path(app.root_path).parent / "migrations"))
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    csrf.init_app(app)
    babel.init_app(app, locale_selector=_select_locale)
    init_security(app)

    from .services import audit

    audit.init_app(app)

    _register_blueprints(app)

    from .cli import register_commands

    register_commands(app)

    from .views_support import register_template_helpers

    register_template_helpers(app)

    _register_error_pages(app)

    @app.get("/")
    def index() -> ResponseReturnValue:
        return redirect(url_for("requests.list_requests"))

    return app


def _configure_database(app: Flask, test_config: dict[str, Any] | None) -> None:
    """Use DATABASE_URL when set, else an SQLite file in instance/."""
    url = os.environ.get("DATABASE_URL")
    if test_config and "SQLALCHEMY_DATABASE_URI" in test_config:
        url = test_config["SQLALCHEMY_DATABASE_URI"]

    if not url:
        url = "sqlite:///" + os.path.join(app.instance_path, "foi_tracker.sqlite3")

    # psycopg 3 is the installed driver, and plain postgresql:// would load psycopg2.
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")

    app.config["SQLALCHEMY_DATABASE_URI"] = url


def _require_secret_key(app: Flask) -> None:
    """Refuse to start a production app without a secret key."""
    if app.config.get("SECRET_KEY"):
        return

    if app.debug or app.testing:
        app.config["SECRET_KEY"] = "development-only-not-secret"  # noqa: S105 (debug and tests only)
        return

    raise RuntimeError(
        "SECRET_KEY is not set. Set FOI_TRACKER_SECRET_KEY in the environment "
        "or SECRET_KEY in instance/config.py (`make run` writes one)."
    )


def _select_locale() -> str | None:
    languages = DefaultConfig.LANGUAGES
    chosen = request.args.get("lang")
    if chosen in languages:
        return chosen

    return request.accept_languages.best_match(languages)


def _register_error_pages(app: Flask) -> None:
    from flask import render_template
    from flask_wtf.csrf import CSRFError
    from werkzeug.exceptions import HTTPException

    messages = {
        400: "The form could not be read. Reload the page and try again.",
        403: "You do not have access to this page.",
        404: "There is nothing here, or it belongs to another organisation.",
        413: "The upload is too large. Files may be at most 20 MB; split or compress the file and try again.",
        429: "Too many attempts from your address in a short time. Wait a minute, then try again.",
    }

    def render_error(error: HTTPException) -> ResponseReturnValue:
        code = error.code or 500
        message = messages.get(code, error.description or "")
        return render_template("errors/error.html", title=error.name, message=message), code

    def render_csrf_error(error: CSRFError) -> ResponseReturnValue:
        message = "The form expired or was sent from another page. Reload the page and submit it again."
        return render_template("errors/error.html", title="Form expired", message=message), 400

    for code in messages:
        app.register_error_handler(code, render_error)
    app.register_error_handler(CSRFError, render_csrf_error)


def _register_blueprints(app: Flask) -> None:
    from .accounts.views import bp as accounts_bp
    from .admin.views import bp as admin_bp
    from .agencies.views import bp as agencies_bp
    from .audit.views import bp as audit_bp
    from .auth.views import bp as auth_bp
    from .batches.views import bp as batches_bp
    from .calculator.views import bp as calculator_bp
    from .cases.views import bp as cases_bp
    from .documents.views import bp as documents_bp
    from .laws.views import bp as laws_bp
    from .letter_template_admin.views import bp as letter_templates_bp
    from .network.views import bp as network_bp
    from .requests.letter_views import bp as letters_bp
    from .requests.views import bp as requests_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(requests_bp)
    app.register_blueprint(letters_bp)
    app.register_blueprint(agencies_bp)
    app.register_blueprint(calculator_bp)
    app.register_blueprint(documents_bp)
    app.register_blueprint(laws_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(accounts_bp)
    app.register_blueprint(cases_bp)
    app.register_blueprint(audit_bp)
    app.register_blueprint(network_bp)
    app.register_blueprint(batches_bp)
    app.register_blueprint(letter_templates_bp)
