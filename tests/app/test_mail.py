"""Outgoing mail through a real SMTP server on 127.0.0.1, and the suppressed mode."""

import logging
from collections.abc import Iterator

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from flask import Flask

from foi_tracker.services.mail import MailError, last_suppressed_mail, send_mail
from tests.app.smtp_server import MailServer, free_loopback_port

RECIPIENT = "primateljica@example.org"
SECRET_LINK = "http://127.0.0.1:5000/auth/reset-password/not-a-real-token"


@pytest.fixture
def mail_app(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    """The app with sending switched on, its mail log enabled and no message kept from an earlier test."""
    # The schema upgrade in conftest runs Alembic's fileConfig, which disables every logger created before it.
    monkeypatch.setattr(logging.getLogger("foi_tracker.services.mail"), "disabled", False)
    monkeypatch.setitem(app.config, "MAIL_SUPPRESS_SEND", False)
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.delitem(app.extensions, "foi_tracker.last_suppressed_mail", raising=False)
    yield app
    app.extensions.pop("foi_tracker.last_suppressed_mail", None)


def send_test_mail() -> None:
    send_mail(RECIPIENT, "Provjera", f"Poveznica: {SECRET_LINK}\n", purpose="test", user_id=42)


def test_send_mail_delivers_over_smtp(mail_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    with MailServer() as server:
        monkeypatch.setitem(mail_app.config, "MAIL_PORT", server.port)
        with mail_app.test_request_context():
            send_test_mail()

    assert len(server.messages) == 1
    message = server.messages[0]
    assert message["From"] == "FOI Tracker <foi-tracker@localhost>"
    assert message["To"] == RECIPIENT
    assert message["Subject"] == "Provjera"
    assert message["Message-ID"].endswith("@localhost>")
    assert message["Date"]
    assert message.get_content().splitlines() == [f"Poveznica: {SECRET_LINK}"]
    assert server.handler.envelope_recipients == [[RECIPIENT]]


def test_send_mail_uses_configured_sender(mail_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(mail_app.config, "MAIL_DEFAULT_SENDER", "Mreža <foi@mreza.example.org>")
    with MailServer() as server:
        monkeypatch.setitem(mail_app.config, "MAIL_PORT", server.port)
        with mail_app.test_request_context():
            send_test_mail()

    assert server.messages[0]["From"] == "Mreža <foi@mreza.example.org>"
    assert server.messages[0]["Message-ID"].endswith("@mreza.example.org>")


def test_send_mail_logs_ids_only(
    mail_app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="foi_tracker.services.mail")
    with MailServer() as server:
        monkeypatch.setitem(mail_app.config, "MAIL_PORT", server.port)
        with mail_app.test_request_context():
            send_test_mail()

    assert "mail sent: test for user 42" in caplog.text
    assert RECIPIENT not in caplog.text
    assert "not-a-real-token" not in caplog.text


def test_send_mail_logs_in_when_configured(mail_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[bytes, bytes]] = []

    def authenticate(server: object, session: object, envelope: object, mechanism: str, data: object) -> AuthResult:
        assert isinstance(data, LoginPassword)
        seen.append((data.login, data.password))
        return AuthResult(success=data.password == b"mail-password")

    # Plain-text AUTH is allowed here only because the server listens on loopback for this test.
    with MailServer(authenticator=authenticate, auth_require_tls=False) as server:
        monkeypatch.setitem(mail_app.config, "MAIL_PORT", server.port)
        monkeypatch.setitem(mail_app.config, "MAIL_USERNAME", "foi-tracker")
        monkeypatch.setitem(mail_app.config, "MAIL_PASSWORD", "mail-password")
        with mail_app.test_request_context():
            send_test_mail()

            monkeypatch.setitem(mail_app.config, "MAIL_PASSWORD", "wrong-password")
            with pytest.raises(MailError):
                send_test_mail()

    assert seen == [(b"foi-tracker", b"mail-password"), (b"foi-tracker", b"wrong-password")]
    assert len(server.messages) == 1


def test_send_mail_raises_when_server_down(
    mail_app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(mail_app.config, "MAIL_PORT", free_loopback_port())
    monkeypatch.setitem(mail_app.config, "MAIL_TIMEOUT_SECONDS", 2)

    with mail_app.test_request_context(), pytest.raises(MailError, match="could not be sent"):
        send_test_mail()

    assert "mail test for user 42 not sent via 127.0.0.1" in caplog.text
    assert "ConnectionRefusedError" in caplog.text
    assert RECIPIENT not in caplog.text


def test_suppressed_mail_kept_in_memory(
    mail_app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="foi_tracker.services.mail")
    monkeypatch.setitem(mail_app.config, "MAIL_SUPPRESS_SEND", True)
    with MailServer() as server:
        monkeypatch.setitem(mail_app.config, "MAIL_PORT", server.port)
        with mail_app.test_request_context():
            send_test_mail()
            kept_message = last_suppressed_mail()

    assert server.messages == []
    assert kept_message is not None
    assert kept_message["To"] == RECIPIENT
    assert SECRET_LINK in kept_message.get_content()
    assert "mail suppressed: test for user 42" in caplog.text
    assert RECIPIENT not in caplog.text
    assert "not-a-real-token" not in caplog.text


@pytest.mark.parametrize(("debug", "suppressed"), [(True, True), (False, False)])
def test_unset_suppress_follows_debug(
    mail_app: Flask, monkeypatch: pytest.MonkeyPatch, debug: bool, suppressed: bool
) -> None:
    monkeypatch.setitem(mail_app.config, "MAIL_SUPPRESS_SEND", None)
    monkeypatch.setitem(mail_app.config, "DEBUG", debug)
    with MailServer() as server:
        monkeypatch.setitem(mail_app.config, "MAIL_PORT", server.port)
        with mail_app.test_request_context():
            send_test_mail()

    assert len(server.messages) == (0 if suppressed else 1)


def test_last_mail_page_in_debug(mail_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(mail_app.config, "MAIL_SUPPRESS_SEND", True)
    monkeypatch.setitem(mail_app.config, "DEBUG", True)
    client = mail_app.test_client()

    empty = client.get("/accounts/last-mail")
    with mail_app.test_request_context():
        send_test_mail()
    page = client.get("/accounts/last-mail")

    assert empty.status_code == 200
    assert "No message was suppressed" in empty.get_data(as_text=True)
    assert page.status_code == 200
    assert page.mimetype == "text/plain"
    assert SECRET_LINK in page.get_data(as_text=True)
