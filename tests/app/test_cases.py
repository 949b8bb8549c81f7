"""Case screens: pseudonymised fields, the personal-data warning, export, erasure and isolation."""

import json
import re
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from foi_tracker.extensions import db
from foi_tracker.models import AuditAction, AuditEntry, Case, FoiRequest, Organisation, User, UserRole
from tests.app.helpers import count_requests, sign_in
from tests.factories import make_agency, make_case, make_organisation, make_request, make_user


@pytest.fixture
def people(app: Flask) -> dict[str, int]:
    """Staff of two organisations, with a case and a sent request about it in the first."""
    with app.app_context():
        organisation = make_organisation()
        officer = make_user(organisation)
        case = make_case(organisation, summary="Recruited through a job advertisement.")
        foi_request = make_request(organisation, officer, make_agency(), received_on=date(2026, 11, 20))
        foi_request.case = case
        other = make_organisation("Druga udruga")
        ids = {
            "organisation": organisation.id,
            "officer": officer.id,
            "admin": make_user(organisation, "admin@example.org", role=UserRole.ADMIN).id,
            "advocate": make_user(organisation, "advocate@example.org", role=UserRole.ADVOCATE).id,
            "stranger_admin": make_user(other, "stranger@example.org", role=UserRole.ADMIN).id,
            "case": case.id,
            "foi_request": foi_request.id,
            "agency": foi_request.agency_id,
        }
        db.session.commit()

    return ids


def sign_in_as(app: Flask, client: FlaskClient, user_id: int) -> None:
    with app.app_context():
        sign_in(client, db.session.get(User, user_id))


def case_form(**overrides: str) -> dict[str, str]:
    form = {
        "reference": "T-2026-07",
        "case_type": "trafficking",
        "region": "Istra",
        "court_file_number": "K-7/2026",
        "prosecution_file_number": "KO-DO-9/2026",
        "victim_age_band": "18-24",
        "victim_gender": "male",
        "victim_citizenship": "Nepal",
        "exploitation_form": "forced labour",
        "summary": "Construction workers whose passports the employer kept.",
    }
    form.update(overrides)
    return form


def confirmation(page: str) -> str:
    match = re.search(r'name="personal_data_confirmed" value="([0-9a-f]+)"', page)
    assert match is not None, "the page shows no confirmation box"
    return match.group(1)


def test_new_case_saves_fields(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])

    response = client.post("/cases/new", data=case_form())

    assert response.status_code == 302
    with app.app_context():
        case = db.session.scalar(select(Case).where(Case.reference == "T-2026-07"))
        assert case is not None
        assert case.organisation_id == people["organisation"]
        assert case.victim_age_band == "18-24"
        assert case.exploitation_form == "forced labour"
        assert case.version == 1


def test_duplicate_reference_is_rejected(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])

    response = client.post("/cases/new", data=case_form(reference="T-2026-01"))

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Your organisation already has a case “T-2026-01”." in page
    assert "Construction workers whose passports the employer kept." in page


def test_case_form_warns_about_personal_data(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])
    summary = "Žrtva Ana Kovač, OIB 69435151530, radila je na gradilištu."

    warned = client.post("/cases/new", data=case_form(summary=summary))

    page = warned.get_data(as_text=True)
    assert warned.status_code == 200
    assert "This looks like personal data:" in page
    assert "“Ana Kovač”: a personal name" in page
    assert "“69435151530”: a Croatian personal identification number (OIB)" in page
    assert summary in page  # the typed text stays in the form
    with app.app_context():
        assert db.session.scalar(select(Case).where(Case.reference == "T-2026-07")) is None

    saved = client.post("/cases/new", data=case_form(summary=summary, personal_data_confirmed=confirmation(page)))

    assert saved.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(Case.summary).where(Case.reference == "T-2026-07")) == summary


def test_confirmation_covers_only_seen_findings(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])
    page = client.post("/cases/new", data=case_form(summary="Svjedokinja Ana Kovač")).get_data(as_text=True)

    response = client.post(
        "/cases/new", data=case_form(summary="Svjedok Ivan Horvat", personal_data_confirmed=confirmation(page))
    )

    assert response.status_code == 200
    assert "“Ivan Horvat”: a personal name" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Case).where(Case.reference == "T-2026-07")) is None


def test_request_form_warns_about_personal_data(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])
    form = {
        "agency_id": people["agency"],
        "title": "Postupak protiv Marka Markovića",
        "items": "Broj kaznenih prijava u 2025.",
        "legal_basis": "",
        "delivery_method": "email",
        "preferred_form": "email",
        "agency_reference": "",
        "case_id": 0,
    }

    warned = client.post("/requests/new", data=form)

    page = warned.get_data(as_text=True)
    assert warned.status_code == 200
    assert "“Marka Markovića”: a personal name" in page
    with app.app_context():
        assert count_requests() == 1

    saved = client.post("/requests/new", data={**form, "personal_data_confirmed": confirmation(page)})

    assert saved.status_code == 302
    with app.app_context():
        assert count_requests() == 2


def test_case_detail_lists_requests(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["advocate"])

    response = client.get(f"/cases/{people['case']}")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "T-2026-01" in page
    assert "Moldova" in page
    assert f"/requests/{people['foi_request']}" in page
    assert "Erase victim data" not in page  # only admins erase
    assert f"/cases/{people['case']}/edit" not in page  # advocates read only


def test_case_list_shows_request_count(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        make_case(db.session.get(Organisation, people["organisation"]), "C-2026-02")
        db.session.commit()
    sign_in_as(app, client, people["officer"])

    page = client.get("/cases/").get_data(as_text=True)

    assert "T-2026-01" in page
    assert "C-2026-02" in page
    assert re.search(r"T-2026-01</a></td>.*?<td>1</td>", page, re.DOTALL)


def test_advocate_cannot_change_cases(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["advocate"])

    assert client.post("/cases/new", data=case_form()).status_code == 403
    assert client.post(f"/cases/{people['case']}/edit", data=case_form()).status_code == 403


def test_export_lists_case_requests_events(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])

    response = client.get(f"/cases/{people['case']}/export.json")

    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f"attachment; filename=case-{people['case']}.json"
    exported = json.loads(response.get_data(as_text=True))
    assert exported["case"]["reference"] == "T-2026-01"
    assert exported["case"]["victim_citizenship"] == "Moldova"
    [foi_request] = exported["requests"]
    assert foi_request["id"] == people["foi_request"]
    assert foi_request["received_on"] == "2026-11-20"
    assert [event["kind"] for event in foi_request["events"]] == ["created", "sent"]


def test_erase_blanks_victim_fields(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])
    client.post(
        f"/cases/{people['case']}/edit",
        data=case_form(reference="T-2026-01", summary="Druga verzija sažetka", version="1"),
    )

    response = client.post(f"/cases/{people['case']}/erase", data={"confirm_reference": "T-2026-01"})

    assert response.status_code == 302
    with app.app_context():
        case = db.session.get(Case, people["case"])
        assert case.reference == "T-2026-01"
        assert case.court_file_number == "K-7/2026"
        assert case.summary == ""
        assert case.victim_citizenship == ""
        assert case.victim_age_band == ""
        assert db.session.get(FoiRequest, people["foi_request"]).case_id == case.id

        case_entries = list(
            db.session.scalars(select(AuditEntry).where(AuditEntry.entity == "case").order_by(AuditEntry.id))
        )
        assert case_entries[-1].action is AuditAction.ERASE
        assert case_entries[-1].user_id == people["admin"]
        assert case_entries[-1].changes["summary"] == ["[erased]", ""]
        logged = json.dumps([entry.changes for entry in case_entries], ensure_ascii=False)
        assert "Druga verzija sažetka" not in logged
        assert "Recruited through a job advertisement." not in logged
        assert "Nepal" not in logged
        assert "T-2026-01" in logged  # the reference is no victim data and stays


def test_erase_requires_typed_reference(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["admin"])

    response = client.post(f"/cases/{people['case']}/erase", data={"confirm_reference": "T-2026"})

    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Case, people["case"]).victim_citizenship == "Moldova"


def test_erase_rejects_legal_officer(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])

    response = client.post(f"/cases/{people['case']}/erase", data={"confirm_reference": "T-2026-01"})

    assert response.status_code == 403
    with app.app_context():
        assert db.session.get(Case, people["case"]).victim_citizenship == "Moldova"


def test_other_organisation_case_returns_404(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["stranger_admin"])
    case_id = people["case"]

    assert client.get(f"/cases/{case_id}").status_code == 404
    assert client.get(f"/cases/{case_id}/edit").status_code == 404
    assert client.post(f"/cases/{case_id}/edit", data=case_form(version="1")).status_code == 404
    assert client.get(f"/cases/{case_id}/export.json").status_code == 404
    assert client.post(f"/cases/{case_id}/erase", data={"confirm_reference": "T-2026-01"}).status_code == 404
    assert "T-2026-01" not in client.get("/cases/").get_data(as_text=True)
    with app.app_context():
        case = db.session.get(Case, case_id)
        assert case.victim_citizenship == "Moldova"
        assert case.region == "Slavonija"
