"""Security headers on every page, cookie flags and the session lifetime."""

import re
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import TimestampSigner

from foi_tracker import create_app
from foi_tracker.extensions import db
from foi_tracker.models import User
from tests.app.helpers import sign_in
from tests.factories import PASSWORD, make_agency, make_organisation, make_request, make_user

EXPECTED_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), geolocation=(), microphone=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "foi_tracker" / "templates"


@pytest.fixture
def signed_in(app: Flask, client: FlaskClient) -> dict[str, int]:
    """Sign the client in and return the ids of a sent request and its agency."""
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        agency = make_agency()
        foi_request = make_request(organisation, user, agency, received_on=date(2026, 11, 2))
        db.session.commit()
        sign_in(client, db.session.get(User, user.id))
        return {"foi_request": foi_request.id, "agency": agency.id}


def assert_security_headers(headers: Any) -> None:
    for name, value in EXPECTED_HEADERS.items():
        assert headers.get(name) == value, name


def test_login_page_has_security_headers(client: FlaskClient) -> None:
    response = client.get("/auth/login")

    assert response.status_code == 200
    assert_security_headers(response.headers)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/requests/", 200),
        ("/requests/{foi_request}", 200),
        ("/requests/new", 200),
        ("/agencies/", 200),
        ("/agencies/{agency}", 200),
        ("/calculator/", 200),
        ("/laws/", 200),
        ("/static/app.css", 200),
        ("/requests/999999", 404),
        ("/no-such-page", 404),
    ],
)
def test_signed_in_pages_have_security_headers(
    client: FlaskClient, signed_in: dict[str, int], path: str, status: int
) -> None:
    response = client.get(path.format(**signed_in))

    assert response.status_code == status
    assert_security_headers(response.headers)


def test_hsts_only_over_https(client: FlaskClient) -> None:
    plain = client.get("/auth/login")
    secure = client.get("/auth/login", base_url="https://localhost")

    assert "Strict-Transport-Security" not in plain.headers
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_hsts_off_by_config(app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "HSTS_ENABLED", False)

    response = client.get("/auth/login", base_url="https://localhost")

    assert "Strict-Transport-Security" not in response.headers


def test_trusted_proxy_sets_https(tmp_path: Path) -> None:
    proxied = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
            "RATELIMIT_ENABLED": False,
            "TRUSTED_PROXY_COUNT": 1,
        }
    )

    response = proxied.test_client().get("/auth/login", headers={"X-Forwarded-Proto": "https"})

    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_templates_have_no_inline_script_or_style() -> None:
    # The policy allows no inline code, so a browser would ignore any of these.
    inline = re.compile(r"<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=|javascript:", re.IGNORECASE)
    offenders = [
        f"{path.relative_to(TEMPLATES_DIR)}: {match.group(0).strip()}"
        for path in sorted(TEMPLATES_DIR.rglob("*.html"))
        for match in inline.finditer(path.read_text(encoding="utf-8"))
    ]

    assert offenders == []


@pytest.mark.parametrize(
    ("settings", "secure"),
    [
        ({"TESTING": True}, False),
        ({"DEBUG": True}, False),
        ({}, True),
        ({"COOKIE_SECURE": False}, False),
        ({"COOKIE_SECURE": "off"}, False),
        ({"TESTING": True, "COOKIE_SECURE": True}, True),
    ],
)
def test_cookie_secure_flag(tmp_path: Path, settings: dict[str, Any], secure: bool) -> None:
    configured = create_app(
        {
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
            "RATELIMIT_ENABLED": False,
            **settings,
        }
    )

    assert configured.config["SESSION_COOKIE_SECURE"] is secure
    assert configured.config["REMEMBER_COOKIE_SECURE"] is secure


def test_session_cookie_flags(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        user = make_user(make_organisation())
        db.session.commit()
        email = user.email

    response = client.post("/auth/login", data={"email": email, "password": PASSWORD})

    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("session=")
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    # No Expires: the browser drops the cookie when it closes.
    assert "Expires" not in cookie


@pytest.mark.parametrize(("hours_later", "status"), [(7.9, 200), (8.1, 302)])
def test_session_ends_after_eight_hours(
    client: FlaskClient, signed_in: dict[str, int], monkeypatch: pytest.MonkeyPatch, hours_later: float, status: int
) -> None:
    later = int(time.time() + hours_later * 3600)
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda _signer: later)

    response = client.get("/requests/")

    assert response.status_code == status
    if status == 302:
        assert response.headers["Location"].startswith("/auth/login")


def test_signed_in_pages_not_cached(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        user = make_user(make_organisation())
        db.session.commit()
        sign_in(client, user)

    assert client.get("/requests/").headers["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/static/app.css").headers.get("Cache-Control", "")
