"""Roles, invitations, password resets and deactivation, through the client.

Mail goes to a real SMTP server on 127.0.0.1 that the ``mail_server`` fixture
starts, and the tests follow the link in the message as the recipient would.
Tokens are timed with the app's clock, so moving FIXED_NOW ages a link.
"""

import re
from collections.abc import Iterator
from datetime import date, timedelta
from email.message import EmailMessage
from io import BytesIO

import pytest
from docx import Document as DocxDocument
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from foi_tracker.extensions import db
from foi_tracker.models import Event, NonWorkingDay, Organisation, User, UserRole
from tests.app.helpers import sign_in
from tests.app.smtp_server import MailServer
from tests.conftest import FIXED_NOW
from tests.factories import PASSWORD, make_agency, make_organisation, make_request, make_user

NEW_PASSWORD = "tri duge riječi i broj 7"
LINK = re.compile(r"http://127\.0\.0\.1:5000(/\S+)")
GENERIC_RESET_MESSAGE = "If an account exists for that address, we sent a link."


@pytest.fixture
def mail_server(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[MailServer]:
    with MailServer() as server:
        monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
        monkeypatch.setitem(app.config, "MAIL_PORT", server.port)
        monkeypatch.setitem(app.config, "MAIL_SUPPRESS_SEND", False)
        yield server


@pytest.fixture
def people(app: Flask) -> dict[str, int]:
    """Two organisations; the first has one user of each role, a draft and a sent request."""
    with app.app_context():
        organisation = make_organisation()
        other = make_organisation("Udruga Astra", jurisdiction_code="RS", email="astra@example.org")
        admin = make_user(organisation, "admin@example.org", full_name="Ana Horvat", role=UserRole.ADMIN)
        officer = make_user(organisation, "officer@example.org")
        advocate = make_user(organisation, "advocate@example.org", full_name="Ivo Kovač", role=UserRole.ADVOCATE)
        auditor = make_user(organisation, "auditor@example.org", full_name="Lea Babić", role=UserRole.AUDITOR)
        network_admin = make_user(
            organisation, "network@example.org", full_name="Nina Perić", role=UserRole.NETWORK_ADMIN
        )
        other_officer = make_user(other, "officer@astra.example.org", full_name="Jovana Petrović")
        agency = make_agency()
        draft = make_request(organisation, officer, agency)
        sent = make_request(organisation, officer, agency, received_on=date(2026, 11, 20))
        db.session.add(
            NonWorkingDay(
                jurisdiction_code="HR",
                day=date(2026, 12, 24),
                reason="Government decision: 24 December is a non-working day",
                source="Narodne novine 130/2026",
                created_by_id=admin.id,
            )
        )
        db.session.commit()
        return {
            "organisation": organisation.id,
            "other_organisation": other.id,
            "admin": admin.id,
            "officer": officer.id,
            "advocate": advocate.id,
            "auditor": auditor.id,
            "network_admin": network_admin.id,
            "other_officer": other_officer.id,
            "agency": agency.id,
            "draft": draft.id,
            "sent": sent.id,
        }


def sign_in_as(app: Flask, client: FlaskClient, user_id: int) -> None:
    with app.app_context():
        sign_in(client, db.session.get(User, user_id))


def link_path(message: EmailMessage) -> str:
    body = message.get_content()
    match = LINK.search(body)
    assert match is not None, body
    return match.group(1)


def invite_form(**overrides: str | int) -> dict[str, str | int]:
    return {"email": "nova.clanica@example.org", "full_name": "Petra Jurić", "role": "legal_officer", **overrides}


def count_users() -> int:
    return db.session.scalar(select(func.count()).select_from(User)) or 0


def count_all_events() -> int:
    return db.session.scalar(select(func.count()).select_from(Event)) or 0


def get_user(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email))


def test_invitation_signs_in_new_user(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post("/accounts/invite", data=invite_form(email="Nova.Clanica@Example.org"))

    assert response.status_code == 302
    assert len(mail_server.messages) == 1
    message = mail_server.messages[0]
    assert message["To"] == "nova.clanica@example.org"
    assert message["From"] == "FOI Tracker <foi-tracker@localhost>"
    assert message["Subject"] == "Your invitation to FOI Tracker"
    assert mail_server.handler.envelope_recipients == [["nova.clanica@example.org"]]
    assert "as legal officer of Udruga „Glas građana”" in message.get_content()
    assert "within 7 days" in message.get_content()

    invitee = app.test_client()
    page = invitee.get(link_path(message))
    assert page.status_code == 200
    assert "You were invited as legal officer of" in page.get_data(as_text=True)

    accepted = invitee.post(link_path(message), data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})

    assert accepted.status_code == 302
    assert accepted.headers["Location"] == "/requests/"
    assert invitee.get("/requests/").status_code == 200
    with app.app_context():
        user = get_user("nova.clanica@example.org")
        assert user is not None
        assert user.full_name == "Petra Jurić"
        assert user.role is UserRole.LEGAL_OFFICER
        assert user.organisation_id == people["organisation"]
        assert user.active
        assert user.check_password(NEW_PASSWORD)


def test_invitation_link_works_only_once(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])
    client.post("/accounts/invite", data=invite_form())
    path = link_path(mail_server.messages[0])
    app.test_client().post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})

    again = app.test_client().get(path)

    assert again.status_code == 400
    assert "This invitation was already used" in again.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).where(User.email == "nova.clanica@example.org")) == 1


@pytest.mark.parametrize(
    ("age", "status", "text"),
    [
        (timedelta(days=6, hours=23), 200, "Choose a password to finish"),
        (timedelta(days=7, seconds=1), 400, "This invitation has expired, because invitations are valid for 7 days."),
    ],
)
def test_invitation_expires_after_seven_days(
    app: Flask,
    client: FlaskClient,
    people: dict[str, int],
    mail_server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
    age: timedelta,
    status: int,
    text: str,
) -> None:
    sign_in_as(app, client, people["admin"])
    client.post("/accounts/invite", data=invite_form())
    monkeypatch.setitem(app.config, "FIXED_NOW", FIXED_NOW + age)

    response = app.test_client().get(link_path(mail_server.messages[0]))

    assert response.status_code == status
    assert text in response.get_data(as_text=True)


def test_invitation_link_rejects_tampering(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])
    client.post("/accounts/invite", data=invite_form())
    path = link_path(mail_server.messages[0])

    response = app.test_client().get(path[:-3] + ("aaa" if not path.endswith("aaa") else "bbb"))

    assert response.status_code == 400
    assert "This invitation link is not valid." in response.get_data(as_text=True)


def test_invite_rejects_existing_email(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post("/accounts/invite", data=invite_form(email="OFFICER@example.org"))

    assert response.status_code == 400
    assert "An account for officer@example.org already exists." in response.get_data(as_text=True)
    assert mail_server.messages == []


def test_invite_rejects_account_in_other_organisation(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post("/accounts/invite", data=invite_form(email="officer@astra.example.org"))

    assert response.status_code == 400
    assert "An account for officer@astra.example.org already exists." in response.get_data(as_text=True)
    assert mail_server.messages == []


def test_admin_cannot_invite_network_admin(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])

    form_page = client.get("/accounts/invite").get_data(as_text=True)
    response = client.post("/accounts/invite", data=invite_form(role="network_admin"))

    assert 'value="network_admin"' not in form_page
    assert response.status_code == 400
    assert "Not a valid choice" in response.get_data(as_text=True)
    assert mail_server.messages == []


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("email", "not-an-address", "Enter a valid e-mail address"),
        ("email", "", "Enter the e-mail address of the person to invite."),
        ("full_name", "", "Enter the full name of the person to invite."),
    ],
)
def test_invite_rejects_invalid_input(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer, field: str, value: str, error: str
) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post("/accounts/invite", data=invite_form(**{field: value}))

    assert response.status_code == 400
    assert error in response.get_data(as_text=True)
    assert mail_server.messages == []


def test_network_admin_invites_admin_elsewhere(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["network_admin"])

    response = client.post(
        "/accounts/invite",
        data=invite_form(organisation_id=people["other_organisation"], role="admin", email="admin@astra.example.org"),
    )

    assert response.status_code == 302
    invitee = app.test_client()
    accepted = invitee.post(
        link_path(mail_server.messages[0]), data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    )
    assert accepted.status_code == 302
    with app.app_context():
        user = get_user("admin@astra.example.org")
        assert user is not None
        assert user.role is UserRole.ADMIN
        assert user.organisation_id == people["other_organisation"]
    users_page = invitee.get("/accounts/").get_data(as_text=True)
    assert "Jovana Petrović" in users_page
    assert "Ana Horvat" not in users_page


def test_network_admin_invites_only_admins_elsewhere(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["network_admin"])

    response = client.post(
        "/accounts/invite", data=invite_form(organisation_id=people["other_organisation"], role="legal_officer")
    )

    assert response.status_code == 400
    assert "You cannot invite someone as legal officer to Udruga Astra." in response.get_data(as_text=True)
    assert mail_server.messages == []


def test_admin_invites_into_own_organisation_only(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])

    form_page = client.get("/accounts/invite").get_data(as_text=True)
    client.post("/accounts/invite", data=invite_form(organisation_id=people["other_organisation"]))
    app.test_client().post(link_path(mail_server.messages[0]), data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})

    assert "Udruga Astra" not in form_page
    with app.app_context():
        user = get_user("nova.clanica@example.org")
        assert user is not None
        assert user.organisation_id == people["organisation"]


def test_invitation_invalid_after_inviter_deactivated(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    sign_in_as(app, client, people["admin"])
    client.post("/accounts/invite", data=invite_form())
    with app.app_context():
        db.session.get(User, people["admin"]).active = False
        db.session.commit()

    response = app.test_client().get(link_path(mail_server.messages[0]))

    assert response.status_code == 400
    assert "The person who sent this invitation can no longer invite you." in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("password", "confirm", "error"),
    [
        ("kratka lozi", "kratka lozi", "The password must have at least 12 characters."),
        ("123456789012", "123456789012", "The password must not consist of digits only."),
        (NEW_PASSWORD, NEW_PASSWORD + "x", "The two passwords differ."),
        ("", "", "Enter a new password."),
    ],
)
def test_invitation_enforces_password_rules(
    app: Flask,
    client: FlaskClient,
    people: dict[str, int],
    mail_server: MailServer,
    password: str,
    confirm: str,
    error: str,
) -> None:
    sign_in_as(app, client, people["admin"])
    client.post("/accounts/invite", data=invite_form())
    with app.app_context():
        users_before = count_users()

    response = app.test_client().post(
        link_path(mail_server.messages[0]), data={"password": password, "confirm": confirm}
    )

    assert response.status_code == 400
    assert error in response.get_data(as_text=True)
    with app.app_context():
        assert count_users() == users_before


def test_reset_sets_new_password(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    response = client.post("/auth/forgot-password", data={"email": " Officer@Example.org "})

    assert response.status_code == 302
    assert GENERIC_RESET_MESSAGE in client.get(response.headers["Location"]).get_data(as_text=True)
    assert len(mail_server.messages) == 1
    message = mail_server.messages[0]
    assert message["To"] == "officer@example.org"
    assert message["Subject"] == "Reset your FOI Tracker password"
    assert "within 60 minutes" in message.get_content()

    path = link_path(message)
    assert client.get(path).status_code == 200
    changed = client.post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})

    assert changed.status_code == 302
    assert changed.headers["Location"] == "/auth/login"
    old = client.post("/auth/login", data={"email": "officer@example.org", "password": PASSWORD})
    assert old.status_code == 401
    new = client.post("/auth/login", data={"email": "officer@example.org", "password": NEW_PASSWORD})
    assert new.status_code == 302


def test_reset_link_invalid_after_use(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    client.post("/auth/forgot-password", data={"email": "officer@example.org"})
    path = link_path(mail_server.messages[0])
    client.post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})

    again = client.get(path)
    second_use = client.post(path, data={"password": "a different passphrase", "confirm": "a different passphrase"})

    assert again.status_code == 400
    assert "This password-reset link was already used" in again.get_data(as_text=True)
    assert second_use.status_code == 400
    with app.app_context():
        assert db.session.get(User, people["officer"]).check_password(NEW_PASSWORD)


@pytest.mark.parametrize(
    ("age", "status", "text"),
    [
        (timedelta(minutes=59), 200, "Choose a new password"),
        (timedelta(hours=1, seconds=1), 400, "This password-reset link has expired"),
    ],
)
def test_reset_link_expires_after_one_hour(
    app: Flask,
    client: FlaskClient,
    people: dict[str, int],
    mail_server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
    age: timedelta,
    status: int,
    text: str,
) -> None:
    client.post("/auth/forgot-password", data={"email": "officer@example.org"})
    monkeypatch.setitem(app.config, "FIXED_NOW", FIXED_NOW + age)

    response = client.get(link_path(mail_server.messages[0]))

    assert response.status_code == status
    assert text in response.get_data(as_text=True)


def test_reset_link_not_accepted_as_invitation(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    client.post("/auth/forgot-password", data={"email": "officer@example.org"})
    token = link_path(mail_server.messages[0]).rsplit("/", 1)[1]

    response = client.get(f"/accounts/invitation/{token}")

    assert response.status_code == 400
    assert "This invitation link is not valid." in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "email",
    ["nobody@example.org", "officer@example.org", "deactivated@example.org"],
)
def test_forgot_password_reveals_no_account(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer, email: str
) -> None:
    with app.app_context():
        organisation = db.session.get(Organisation, people["organisation"])
        make_user(organisation, "deactivated@example.org", active=False)
        db.session.commit()

    response = client.post("/auth/forgot-password", data={"email": email})

    assert response.status_code == 302
    assert response.headers["Location"] == "/auth/login"
    page = client.get("/auth/login").get_data(as_text=True)
    assert GENERIC_RESET_MESSAGE in page
    expected_recipients = [["officer@example.org"]] if email == "officer@example.org" else []
    assert mail_server.handler.envelope_recipients == expected_recipients


def test_forgot_password_hides_mail_failure(
    app: Flask, client: FlaskClient, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing listens on this port, so the send fails as when the mail server is down.
    with MailServer() as stopped:
        port = stopped.port
    monkeypatch.setitem(app.config, "MAIL_PORT", port)
    monkeypatch.setitem(app.config, "MAIL_SUPPRESS_SEND", False)

    response = client.post("/auth/forgot-password", data={"email": "officer@example.org"})

    assert response.status_code == 302
    assert GENERIC_RESET_MESSAGE in client.get("/auth/login").get_data(as_text=True)


def test_change_password_invalidates_reset_link(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer
) -> None:
    app.test_client().post("/auth/forgot-password", data={"email": "officer@example.org"})
    path = link_path(mail_server.messages[0])
    sign_in_as(app, client, people["officer"])

    changed = client.post(
        "/auth/password",
        data={"current_password": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )

    assert changed.status_code == 302
    response = app.test_client().get(path)
    assert response.status_code == 400
    assert "or the password was changed after it was sent" in response.get_data(as_text=True)


def test_change_password_checks_current_password(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])

    response = client.post(
        "/auth/password",
        data={"current_password": "not the password", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )

    assert response.status_code == 400
    assert "The current password is wrong." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, people["officer"]).check_password(PASSWORD)


def test_change_password_open_to_auditor(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    # Auditors change no data, but their own password is theirs to change.
    sign_in_as(app, client, people["auditor"])

    response = client.post(
        "/auth/password",
        data={"current_password": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )

    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(User, people["auditor"]).check_password(NEW_PASSWORD)


def nav_bar(page: str) -> str:
    return page[page.index("<nav>") : page.index("</nav>")]


def change_routes(people: dict[str, int]) -> list[tuple[str, str, dict[str, str | int]]]:
    """Every state-changing route, each with a form that a legal officer or admin may submit."""
    draft, sent = people["draft"], people["sent"]
    request_form: dict[str, str | int] = {
        "agency_id": people["agency"],
        "title": "Prijave 2025.",
        "items": "Broj prijava",
        "legal_basis": "",
        "delivery_method": "email",
        "preferred_form": "email",
        "agency_reference": "",
        "case_id": 0,
    }
    declared_id = db.session.scalars(select(NonWorkingDay.id)).one()
    return [
        ("GET", "/requests/new", {}),
        ("POST", "/requests/new", request_form),
        ("GET", f"/requests/{draft}/edit", {}),
        ("POST", f"/requests/{draft}/edit", request_form),
        ("POST", f"/requests/{draft}/send", {"sent_on": "2026-11-30", "received_on": "2026-11-30", "note": ""}),
        ("POST", f"/requests/{sent}/extension", {"notified_on": "2026-11-24", "note": ""}),
        ("POST", f"/requests/{sent}/reply", {"outcome": "granted", "replied_on": "2026-12-01", "note": ""}),
        ("POST", f"/requests/{sent}/withdraw", {"withdrawn_on": "2026-12-02", "note": ""}),
        ("GET", "/admin/non-working-days", {}),
        ("POST", "/admin/non-working-days", {"jurisdiction_code": "HR", "day": "2026-12-31", "reason": "Odluka"}),
        ("POST", f"/admin/non-working-days/{declared_id}/remove", {}),
        ("GET", "/accounts/", {}),
        ("GET", "/accounts/invite", {}),
        ("POST", "/accounts/invite", invite_form()),
        ("POST", f"/accounts/{people['officer']}/deactivate", {}),
        ("POST", f"/accounts/{people['officer']}/reactivate", {}),
    ]


@pytest.mark.parametrize("role", ["auditor", "advocate"])
def test_read_only_roles_get_403_on_changes(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer, role: str
) -> None:
    sign_in_as(app, client, people[role])
    with app.app_context():
        routes = change_routes(people)
        events_before = count_all_events()
        declared_before = db.session.scalar(select(func.count()).select_from(NonWorkingDay))

    for method, path, form in routes:
        response = client.open(path, method=method, data=form)
        assert response.status_code == 403, (method, path)

    with app.app_context():
        assert count_all_events() == events_before
        assert db.session.scalar(select(func.count()).select_from(NonWorkingDay)) == declared_before
        assert db.session.get(User, people["officer"]).active
    assert mail_server.messages == []


@pytest.mark.parametrize("role", ["auditor", "advocate"])
def test_read_only_roles_can_read(app: Flask, client: FlaskClient, people: dict[str, int], role: str) -> None:
    sign_in_as(app, client, people[role])

    listing = client.get("/requests/")
    detail = client.get(f"/requests/{people['sent']}")
    letter = client.get(f"/requests/{people['draft']}/letter.docx")

    assert listing.status_code == 200
    assert "Kaznene prijave za trgovanje ljudima" in listing.get_data(as_text=True)
    assert 'href="/requests/new"' not in nav_bar(listing.get_data(as_text=True))
    assert detail.status_code == 200
    assert letter.status_code == 200
    assert client.get("/calculator/").status_code == 200


@pytest.mark.parametrize("role", ["officer", "admin"])
def test_editor_roles_pass_role_check(
    app: Flask, client: FlaskClient, people: dict[str, int], mail_server: MailServer, role: str
) -> None:
    sign_in_as(app, client, people[role])
    with app.app_context():
        routes = [route for route in change_routes(people) if route[1].startswith("/requests/")]

    for method, path, form in routes:
        response = client.open(path, method=method, data=form)
        # 409: the reply before it already closed the request, which is checked after the role.
        assert response.status_code in (200, 302, 409), (method, path, response.status_code)


def test_officer_cannot_manage_accounts(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])

    assert client.get("/accounts/").status_code == 403
    assert client.post(f"/accounts/{people['advocate']}/deactivate").status_code == 403
    assert 'href="/accounts/"' not in nav_bar(client.get("/requests/").get_data(as_text=True))


def test_users_page_lists_own_organisation(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    page = client.get("/accounts/").get_data(as_text=True)

    for name in ("Ana Horvat", "Marija Šimić", "Ivo Kovač", "Lea Babić", "auditor (read-only)"):
        assert name in page
    assert "Jovana Petrović" not in page


def test_deactivated_user_cannot_sign_in(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    officer_client = app.test_client()
    sign_in_as(app, officer_client, people["officer"])
    sign_in_as(app, client, people["admin"])

    response = client.post(f"/accounts/{people['officer']}/deactivate")

    assert response.status_code == 302
    assert "is deactivated and can no longer sign in" in client.get("/accounts/").get_data(as_text=True)
    with app.app_context():
        assert not db.session.get(User, people["officer"]).active
    signed_out = officer_client.get("/requests/")
    assert signed_out.status_code == 302
    assert signed_out.headers["Location"].startswith("/auth/login")
    refused = app.test_client().post("/auth/login", data={"email": "officer@example.org", "password": PASSWORD})
    assert refused.status_code == 401


def test_reactivated_user_signs_in_again(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])
    client.post(f"/accounts/{people['officer']}/deactivate")

    response = client.post(f"/accounts/{people['officer']}/reactivate")

    assert response.status_code == 302
    signed_in = app.test_client().post("/auth/login", data={"email": "officer@example.org", "password": PASSWORD})
    assert signed_in.status_code == 302


def test_admin_cannot_deactivate_themself(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post(f"/accounts/{people['admin']}/deactivate")

    assert response.status_code == 409
    assert "You cannot deactivate or reactivate your own account." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, people["admin"]).active
    assert client.get("/requests/").status_code == 200


def test_admin_cannot_deactivate_network_admin(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post(f"/accounts/{people['network_admin']}/deactivate")

    assert response.status_code == 409
    assert "Only a network admin can change the account of a network admin." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, people["network_admin"]).active


def test_admin_cannot_deactivate_other_organisation(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post(f"/accounts/{people['other_officer']}/deactivate")

    assert response.status_code == 404
    with app.app_context():
        assert db.session.get(User, people["other_officer"]).active


def test_last_mail_page_hidden_outside_debug(client: FlaskClient) -> None:
    assert client.get("/accounts/last-mail").status_code == 404


def test_auditor_sees_no_action_forms(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        organisation = make_organisation("Udruga za reviziju")
        officer = make_user(organisation, email="officer.audit@example.org")
        auditor = make_user(organisation, email="auditor@example.org", role=UserRole.AUDITOR)
        foi_request = make_request(organisation, officer, make_agency(), received_on=date(2026, 11, 20))
        db.session.commit()
        foi_request_id = foi_request.id
        sign_in(client, auditor)

    page = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)

    assert "Record reply" not in page
    assert 'id="withdraw"' not in page
    assert "Download letter (.docx)" in page


def letter_text(data: bytes) -> str:
    document = DocxDocument(BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def organisation_form(**overrides: str) -> dict[str, str]:
    return {
        "name": "Udruga „Glas građana”",
        "street_address": "Savska cesta 41",
        "postal_code": "10144",
        "city": "Zagreb",
        "email": "pisarnica@glas-gradana.example",
        "jurisdiction_code": "HR",
        **overrides,
    }


def test_admin_edits_organisation_letterhead(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])
    assert 'href="/accounts/organisation"' in nav_bar(client.get("/requests/").get_data(as_text=True))
    assert 'href="/accounts/organisation"' in client.get("/accounts/").get_data(as_text=True)
    form_page = client.get("/accounts/organisation").get_data(as_text=True)
    assert 'value="Ilica 5"' in form_page

    response = client.post("/accounts/organisation", data=organisation_form())

    assert response.status_code == 302
    with app.app_context():
        organisation = db.session.get(Organisation, people["organisation"])
        assert organisation.street_address == "Savska cesta 41"
        assert organisation.postal_code == "10144"
        assert organisation.email == "pisarnica@glas-gradana.example"
        assert organisation.jurisdiction_code == "HR"
    letter = client.get(f"/requests/{people['draft']}/letter.docx")
    assert letter.status_code == 200
    text = letter_text(letter.data)
    assert "Savska cesta 41" in text
    assert "10144 Zagreb" in text
    assert "pisarnica@glas-gradana.example" in text
    assert "Ilica 5" not in text


def test_organisation_country_is_optional(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post("/accounts/organisation", data=organisation_form(jurisdiction_code=""))

    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Organisation, people["organisation"]).jurisdiction_code is None


@pytest.mark.parametrize("role", ["officer", "advocate", "auditor"])
def test_organisation_page_forbidden_to_non_admins(
    app: Flask, client: FlaskClient, people: dict[str, int], role: str
) -> None:
    sign_in_as(app, client, people[role])

    assert client.get("/accounts/organisation").status_code == 403
    assert client.post("/accounts/organisation", data=organisation_form(city="Split")).status_code == 403
    assert 'href="/accounts/organisation"' not in nav_bar(client.get("/requests/").get_data(as_text=True))
    with app.app_context():
        assert db.session.get(Organisation, people["organisation"]).city == "Zagreb"


def test_organisation_name_clash_is_field_error(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post(
        "/accounts/organisation", data=organisation_form(name="Udruga Astra", street_address="Savska cesta 41")
    )

    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Another organisation is already called “Udruga Astra”." in page
    assert 'value="Udruga Astra"' in page
    assert 'value="Savska cesta 41"' in page
    with app.app_context():
        organisation = db.session.get(Organisation, people["organisation"])
        assert organisation.name == "Udruga „Glas građana”"
        assert organisation.street_address == "Ilica 5"


def test_organisation_rejects_invalid_email(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post("/accounts/organisation", data=organisation_form(email="pisarnica"))

    assert response.status_code == 400
    assert "Enter a valid e-mail address" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Organisation, people["organisation"]).email == "ured@glas-gradana.example"


def test_profile_edit_changes_letter_signature(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])
    page = client.get("/accounts/profile").get_data(as_text=True)
    assert 'value="pravna savjetnica"' in page
    assert 'href="/auth/password"' in page.split("</header>")[1]

    response = client.post("/accounts/profile", data={"full_name": "Marija Šimić Kos", "job_title": "voditeljica"})

    assert response.status_code == 302
    with app.app_context():
        officer = db.session.get(User, people["officer"])
        assert officer.full_name == "Marija Šimić Kos"
        assert officer.job_title == "voditeljica"
    text = letter_text(client.get(f"/requests/{people['draft']}/letter.docx").data)
    assert "Marija Šimić Kos" in text
    assert "voditeljica" in text
    assert "pravna savjetnica" not in text


def test_profile_requires_full_name(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["auditor"])

    response = client.post("/accounts/profile", data={"full_name": "  ", "job_title": "revizorica"})

    assert response.status_code == 400
    assert "Enter your full name." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, people["auditor"]).full_name == "Lea Babić"


def test_profile_requires_sign_in(client: FlaskClient) -> None:
    response = client.get("/accounts/profile")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/auth/login")
