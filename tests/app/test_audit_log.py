"""The audit log: written for every change of request and case data, append-only, admins only."""

import logging
from datetime import date
from io import BytesIO

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select, update

from foi_tracker.extensions import db
from foi_tracker.models import AuditAction, AuditEntry, FoiRequest, Organisation, User, UserRole
from foi_tracker.services.audit import AuditLogIsAppendOnly, acting_user, record_entry
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_case, make_organisation, make_request, make_user


@pytest.fixture
def people(app: Flask) -> dict[str, int]:
    """An officer and an admin of one organisation, an officer of another, and one authority."""
    with app.app_context():
        organisation = make_organisation()
        other = make_organisation("Druga udruga")
        ids = {
            "organisation": organisation.id,
            "other_organisation": other.id,
            "officer": make_user(organisation).id,
            "admin": make_user(organisation, "admin@example.org", role=UserRole.ADMIN, full_name="Ana Horvat").id,
            "auditor": make_user(organisation, "auditor@example.org", role=UserRole.AUDITOR).id,
            "stranger": make_user(other, "stranger@example.org").id,
            "agency": make_agency().id,
        }
        db.session.commit()

    return ids


def sign_in_as(app: Flask, client: FlaskClient, user_id: int) -> None:
    with app.app_context():
        sign_in(client, db.session.get(User, user_id))


def entries(entity: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    return list(db.session.scalars(query))


def request_form(agency_id: int, **overrides: str | int) -> dict[str, str | int]:
    form: dict[str, str | int] = {
        "agency_id": agency_id,
        "title": "Kaznene prijave 2025.",
        "items": "Broj kaznenih prijava za trgovanje ljudima u 2025.",
        "legal_basis": "",
        "delivery_method": "email",
        "preferred_form": "email",
        "agency_reference": "",
        "case_id": 0,
    }
    form.update(overrides)
    return form


def test_new_request_logs_request_and_event(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    sign_in_as(app, client, people["officer"])

    response = client.post("/requests/new", data=request_form(people["agency"]))

    assert response.status_code == 302
    with app.app_context():
        foi_request_id = db.session.scalars(select(FoiRequest.id)).one()
        [request_entry] = entries("foi_request")
        [event_entry] = entries("event")
        assert request_entry.action is AuditAction.CREATE
        assert request_entry.entity_id == foi_request_id
        assert request_entry.organisation_id == people["organisation"]
        assert request_entry.user_id == people["officer"]
        assert request_entry.changes["title"] == [None, "Kaznene prijave 2025."]
        assert request_entry.changes["items"] == [None, ["Broj kaznenih prijava za trgovanje ljudima u 2025."]]
        assert request_entry.changes["state"] == [None, "draft"]
        assert event_entry.action is AuditAction.CREATE
        assert event_entry.changes["kind"] == [None, "created"]
        assert event_entry.changes["foi_request_id"] == [None, foi_request_id]


def test_edit_logs_before_and_after(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        organisation = db.session.get(Organisation, people["organisation"])
        prosecutor = make_agency("Državno odvjetništvo Republike Hrvatske")
        foi_request = make_request(organisation, db.session.get(User, people["officer"]), prosecutor)
        case = make_case(organisation)
        db.session.commit()
        foi_request_id, case_id = foi_request.id, case.id
    sign_in_as(app, client, people["officer"])

    response = client.post(
        f"/requests/{foi_request_id}/edit",
        data=request_form(people["agency"], title="Novi naslov", case_id=case_id, agency_reference="UP/I-1"),
    )

    assert response.status_code == 302
    with app.app_context():
        updates = [entry for entry in entries("foi_request") if entry.action is AuditAction.UPDATE]
        assert len(updates) == 1
        changes = updates[0].changes
        assert changes["title"] == ["Kaznene prijave za trgovanje ljudima", "Novi naslov"]
        assert changes["case_id"] == [None, case_id]
        assert changes["agency_id"][1] == people["agency"]
        assert changes["agency_reference"] == ["", "UP/I-1"]
        assert "version" not in changes
        assert "updated_at" not in changes
        assert updates[0].user_id == people["officer"]


def test_service_call_outside_request_has_no_user(app: Flask) -> None:
    with app.app_context():
        organisation = make_organisation()
        make_request(organisation, make_user(organisation), make_agency())
        db.session.commit()

        assert {entry.user_id for entry in entries()} == {None}


def test_acting_user_is_set_for_cli(app: Flask) -> None:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        db.session.commit()

        with acting_user(user.id):
            make_request(organisation, user, make_agency())
            db.session.commit()

        assert {entry.user_id for entry in entries("foi_request")} == {user.id}


def test_delete_logs_old_values(app: Flask) -> None:
    with app.app_context():
        organisation = make_organisation()
        foi_request = make_request(organisation, make_user(organisation), make_agency())
        db.session.commit()
        foi_request_id = foi_request.id

        db.session.delete(foi_request)
        db.session.commit()

        deleted = [entry for entry in entries() if entry.action is AuditAction.DELETE]
        assert {entry.entity for entry in deleted} == {"foi_request", "event"}
        [request_entry] = [entry for entry in deleted if entry.entity == "foi_request"]
        assert request_entry.entity_id == foi_request_id
        assert request_entry.changes["title"] == ["Kaznene prijave za trgovanje ljudima", None]


def test_rolled_back_change_writes_nothing(app: Flask) -> None:
    with app.app_context():
        organisation = make_organisation()
        make_request(organisation, make_user(organisation), make_agency())
        db.session.rollback()

        assert entries() == []


def test_audit_entry_rejects_update(app: Flask) -> None:
    with app.app_context():
        organisation = make_organisation()
        entry = record_entry(organisation.id, "case", 1, AuditAction.UPDATE, {"region": ["a", "b"]})
        db.session.commit()

        entry.changes = {"region": ["a", "c"]}
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()

        assert db.session.get(AuditEntry, entry.id).changes == {"region": ["a", "b"]}


def test_audit_entry_rejects_delete(app: Flask) -> None:
    with app.app_context():
        organisation = make_organisation()
        entry = record_entry(organisation.id, "case", 1, AuditAction.UPDATE, {"region": ["a", "b"]})
        db.session.commit()

        db.session.delete(entry)
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()

        assert db.session.get(AuditEntry, entry.id) is not None


@pytest.mark.parametrize(
    "statement",
    [update(AuditEntry).values(entity="changed"), delete(AuditEntry)],
    ids=["update", "delete"],
)
def test_audit_entry_rejects_bulk_statements(app: Flask, statement: object) -> None:
    with app.app_context():
        organisation = make_organisation()
        record_entry(organisation.id, "case", 1, AuditAction.UPDATE, {"region": ["a", "b"]})
        db.session.commit()

        with pytest.raises(AuditLogIsAppendOnly):
            db.session.execute(statement)  # type: ignore[call-overload]
        db.session.rollback()

        assert len(entries()) == 1


def test_reply_document_bytes_not_logged(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        organisation = db.session.get(Organisation, people["organisation"])
        foi_request = make_request(
            organisation,
            db.session.get(User, people["officer"]),
            make_agency("Ministarstvo pravde"),
            received_on=date(2026, 11, 20),
        )
        db.session.commit()
        foi_request_id = foi_request.id
    sign_in_as(app, client, people["officer"])

    client.post(
        f"/requests/{foi_request_id}/reply",
        data={
            "outcome": "granted",
            "replied_on": "2026-12-01",
            "document": (BytesIO(b"%PDF-1.4 unique-content-marker"), "odgovor.pdf"),
        },
        content_type="multipart/form-data",
    )

    with app.app_context():
        [document_entry] = entries("document")
        assert document_entry.changes["original_filename"] == [None, "odgovor.pdf"]
        assert "unique-content-marker" not in str(document_entry.changes)


def test_logged_values_stay_out_of_logger(
    app: Flask, client: FlaskClient, people: dict[str, int], caplog: pytest.LogCaptureFixture
) -> None:
    sign_in_as(app, client, people["officer"])
    caplog.set_level(logging.DEBUG)

    client.post("/requests/new", data=request_form(people["agency"], items="Podaci o žrtvi iz Vukovara"))

    with app.app_context():
        assert len(entries("foi_request")) == 1
    assert "Podaci o žrtvi iz Vukovara" not in caplog.text


@pytest.mark.parametrize("role", ["officer", "auditor", "stranger"])
def test_audit_page_rejects_non_admins(app: Flask, client: FlaskClient, people: dict[str, int], role: str) -> None:
    sign_in_as(app, client, people[role])

    assert client.get("/audit/").status_code == 403


def test_audit_page_lists_own_organisation(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        record_entry(people["organisation"], "case", 7, AuditAction.UPDATE, {"region": ["Lika", "Istra"]})
        db.session.commit()
        record_entry(people["organisation"], "foi_request", 8, AuditAction.CREATE, {"title": [None, "Naslov"]})
        record_entry(people["other_organisation"], "case", 9, AuditAction.UPDATE, {"region": ["Tajna", "Regija"]})
        db.session.commit()
    sign_in_as(app, client, people["admin"])

    response = client.get("/audit/")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Istra" in page
    assert "Naslov" in page
    assert "Tajna" not in page
    assert page.index("foi request 8") < page.index("case 7")  # newest first


def test_audit_page_filters_by_entity(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        record_entry(people["organisation"], "case", 7, AuditAction.UPDATE, {"region": ["Lika", "Istra"]})
        record_entry(people["organisation"], "foi_request", 8, AuditAction.CREATE, {"title": [None, "Naslov"]})
        db.session.commit()
    sign_in_as(app, client, people["admin"])

    page = client.get("/audit/?entity=case").get_data(as_text=True)

    assert "Istra" in page
    assert "Naslov" not in page


def test_audit_page_is_paginated(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        for number in range(55):
            record_entry(people["organisation"], "case", number, AuditAction.UPDATE, {"region": [None, f"R{number:02d}"]})
        db.session.commit()
    sign_in_as(app, client, people["admin"])

    first = client.get("/audit/").get_data(as_text=True)
    second = client.get("/audit/?page=2").get_data(as_text=True)

    assert "Page 1 of 2" in first
    assert "R54" in first
    assert "R04" not in first
    assert "R04" in second
    assert "R54" not in second
