"""Fixtures shared by every test: the app, its client and CLI runner, and a clean database.

The schema comes from the Alembic migrations, as in production. TEST_DATABASE_URL
selects PostgreSQL; without it each run uses a new SQLite file.
"""

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from flask_migrate import upgrade
from sqlalchemy import delete

from foi_tracker import create_app
from foi_tracker.extensions import db
from foi_tracker.services.jurisdictions import sync_jurisdictions
from foi_tracker.services.legal import get_all_refs

# Friday 4 December 2026, 10:00 in Zagreb: a fixed "now" keeps dates literal.
FIXED_NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    work_dir = tmp_path_factory.mktemp("app")
    database_url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{work_dir / 'test.sqlite3'}"
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": database_url,
            "WTF_CSRF_ENABLED": False,
            # Many tests sign in from one address. test_login_rate_limit.py turns the limit on.
            "RATELIMIT_ENABLED": False,
            "UPLOAD_DIR": str(work_dir / "documents"),
            "LETTER_TEMPLATE_UPLOAD_DIR": str(work_dir / "letter_templates"),
            "FIXED_NOW": FIXED_NOW,
        }
    )
    with app.app_context():
        upgrade()

    yield app

    with app.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def db_session(app: Flask) -> Iterator[None]:
    """Give each test the reference jurisdictions and remove every row afterwards."""
    with app.app_context():
        sync_jurisdictions(get_all_refs(), FIXED_NOW.date())
        db.session.commit()

    yield

    with app.app_context():
        db.session.rollback()
        for table in reversed(db.metadata.sorted_tables):
            db.session.execute(delete(table))
        db.session.commit()

    for setting in ("UPLOAD_DIR", "LETTER_TEMPLATE_UPLOAD_DIR"):
        upload_dir = Path(app.config[setting])
        if upload_dir.exists():
            for path in upload_dir.iterdir():
                path.unlink()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()
