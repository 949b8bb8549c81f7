"""The sign-in form accepts at most 10 POSTs a minute from one address."""

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker import create_app
from foi_tracker.extensions import db
from tests.app.helpers import sign_in
from tests.factories import PASSWORD, make_organisation, make_user


@pytest.fixture
def limited_app(app: Flask) -> Iterator[Flask]:
    """Build an app with the limiter on, sharing the database of the session app."""
    limited = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": True,
            "UPLOAD_DIR": app.config["UPLOAD_DIR"],
        }
    )

    yield limited

    with limited.app_context():
        db.engine.dispose()


@pytest.fixture
def email(limited_app: Flask) -> str:
    with limited_app.app_context():
        user = make_user(make_organisation())
        db.session.commit()
        return user.email


def test_eleventh_login_post_gets_429(limited_app: Flask, email: str) -> None:
    client = limited_app.test_client()
    statuses = [
        client.post("/auth/login", data={"email": email, "password": f"wrong guess {attempt}"}).status_code
        for attempt in range(10)
    ]

    response = client.post("/auth/login", data={"email": email, "password": PASSWORD})

    assert statuses == [401] * 10
    assert response.status_code == 429
    assert "Too many attempts from your address in a short time. Wait a minute" in response.get_data(as_text=True)
    assert response.headers["Retry-After"].isdigit()
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_login_page_stays_readable_when_limited(limited_app: Flask, email: str) -> None:
    client = limited_app.test_client()
    for attempt in range(11):
        client.post("/auth/login", data={"email": email, "password": f"wrong guess {attempt}"})

    response = client.get("/auth/login")

    assert response.status_code == 200


def test_other_address_is_not_limited(limited_app: Flask, email: str) -> None:
    client = limited_app.test_client()
    for attempt in range(11):
        client.post("/auth/login", data={"email": email, "password": f"wrong guess {attempt}"})

    response = client.post(
        "/auth/login",
        data={"email": email, "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "127.0.0.2"},
    )

    assert response.status_code == 302


def test_limit_off_in_app_that_disables_it(limited_app: Flask, app: Flask, client: FlaskClient) -> None:
    # Flask-Limiter keeps one on/off switch for every app in the process. The
    # session app turned the limit off, so it must stay unlimited.
    with app.app_context():
        user = make_user(make_organisation(), "other@example.org")
        db.session.commit()
        for attempt in range(11):
            client.post("/auth/login", data={"email": user.email, "password": f"wrong guess {attempt}"})

        sign_in(client, user)


def test_forgot_password_posts_limited(limited_app: Flask, email: str) -> None:
    client = limited_app.test_client()
    statuses = [
        client.post("/auth/forgot-password", data={"email": f"someone{attempt}@example.org"}).status_code
        for attempt in range(11)
    ]

    assert 429 not in statuses[:10]
    assert statuses[10] == 429
