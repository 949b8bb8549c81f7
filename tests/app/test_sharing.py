"""Sharing requests and documents with the network, and the read-only network view."""

from datetime import date
from io import BytesIO

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from foi_tracker.extensions import db
from foi_tracker.models import Document, EventKind, FoiRequest, RequestState, User, UserRole
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_case, make_organisation, make_request, make_user


@pytest.fixture
def network(app: Flask, client: FlaskClient) -> dict[str, int]:
    """A Croatian NGO with a replied request holding two documents, and people of a second NGO.

    The request is linked to a case and carries a note and a title that must
    never reach the network view.
    """
    with app.app_context():
        owner_org = make_organisation()
        owner = make_user(owner_org)
        case = make_case(owner_org, "T-2026-TAJNO")
        foi_request = make_request(
            owner_org,
            owner,
            make_agency(),
            title="Naslov s imenom žrtve",
            items=["Stavka o oštećenoj osobi"],
            received_on=date(2026, 11, 20),
        )
        foi_request.case = case
        other_org = make_organisation("Mreža za praćenje")
        ids = {
            "owner": owner.id,
            "foi_request": foi_request.id,
            "auditor": make_user(other_org, "auditor@example.org", role=UserRole.AUDITOR).id,
            "network_admin": make_user(other_org, "network@example.org", role=UserRole.NETWORK_ADMIN).id,
            "officer": make_user(other_org, "officer.rs@example.org").id,
            "advocate": make_user(other_org, "advocate@example.org", role=UserRole.ADVOCATE).id,
        }
        db.session.commit()
        sign_in(client, owner)

    response = client.post(
        f"/requests/{ids['foi_request']}/reply",
        data={
            "outcome": "partially_granted",
            "replied_on": "2026-12-01",
            "note": "Bilješka o žrtvi",
            "document": (BytesIO(b"%PDF-1.4 public"), "javni-odgovor.pdf"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302

    # A second document that the organisation keeps to itself.
    with app.app_context():
        foi_request = db.session.get(FoiRequest, ids["foi_request"])
        private = Document(
            organisation_id=foi_request.organisation_id,
            foi_request=foi_request,
            original_filename="interni-prilog.pdf",
            stored_name="0" * 32,
            content_type="application/pdf",
            size_bytes=16,
            sha256="0" * 64,
        )
        db.session.add(private)
        db.session.commit()
        documents = {document.original_filename: document.id for document in db.session.scalars(select(Document))}
    ids["public_document"] = documents["javni-odgovor.pdf"]
    ids["private_document"] = documents["interni-prilog.pdf"]
    return ids


def share(client: FlaskClient, ids: dict[str, int], shared: bool = True) -> None:
    response = client.post(f"/requests/{ids['foi_request']}/sharing", data={"shared": "1" if shared else "0"})
    assert response.status_code == 302


def share_document(client: FlaskClient, ids: dict[str, int], name: str) -> None:
    response = client.post(
        f"/requests/{ids['foi_request']}/documents/{ids[name]}/sharing", data={"shared": "1"}
    )
    assert response.status_code == 302


def switch_to(app: Flask, client: FlaskClient, user_id: int) -> None:
    client.post("/auth/logout")
    with app.app_context():
        sign_in(client, db.session.get(User, user_id))


def test_sharing_writes_event_each_change(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    share(client, network)
    share(client, network)  # already shared: no second event
    share(client, network, shared=False)

    with app.app_context():
        foi_request = db.session.get(FoiRequest, network["foi_request"])
        assert foi_request.shared_with_network is False
        assert foi_request.state is RequestState.PARTIALLY_GRANTED
        kinds = [event.kind for event in foi_request.events]
        assert kinds[-2:] == [EventKind.SHARED, EventKind.UNSHARED]
        assert kinds.count(EventKind.SHARED) == 1
        assert all(event.to_state is RequestState.PARTIALLY_GRANTED for event in foi_request.events[-2:])


def test_draft_can_be_shared(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    with app.app_context():
        owner = db.session.get(User, network["owner"])
        draft = make_request(owner.organisation, owner, make_agency("Ministarstvo pravde"))
        db.session.commit()
        draft_id = draft.id

    client.post(f"/requests/{draft_id}/sharing", data={"shared": "1"})

    with app.app_context():
        draft = db.session.get(FoiRequest, draft_id)
        assert draft.shared_with_network is True
        assert draft.state is RequestState.DRAFT
        assert draft.events[-1].kind is EventKind.SHARED


def test_document_sharing_writes_event(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    share_document(client, network, "public_document")

    with app.app_context():
        assert db.session.get(Document, network["public_document"]).shared_with_network is True
        assert db.session.get(Document, network["private_document"]).shared_with_network is False
        event = db.session.get(FoiRequest, network["foi_request"]).events[-1]
        assert event.kind is EventKind.SHARED
        assert "javni-odgovor.pdf" in event.note


def test_network_view_hides_private_details(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    share(client, network)
    share_document(client, network, "public_document")
    switch_to(app, client, network["auditor"])

    response = client.get("/network/requests")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Ministarstvo unutarnjih poslova" in page
    assert "partially granted" in page
    assert "T-2026-TAJNO" not in page  # case reference
    assert "Bilješka o žrtvi" not in page  # event note
    assert "Naslov s imenom žrtve" not in page  # title
    assert "Stavka o oštećenoj osobi" not in page  # items
    assert "Moldova" not in page  # victim fields of the case
    assert f"/network/documents/{network['public_document']}" in page
    assert f"/network/documents/{network['private_document']}" not in page
    assert "interni-prilog.pdf" not in page


def test_network_downloads_only_shared_documents(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    share(client, network)
    share_document(client, network, "public_document")
    switch_to(app, client, network["auditor"])

    public = client.get(f"/network/documents/{network['public_document']}")
    private = client.get(f"/network/documents/{network['private_document']}")

    assert public.status_code == 200
    assert public.data == b"%PDF-1.4 public"
    assert "attachment" in public.headers["Content-Disposition"]
    assert private.status_code == 404
    assert client.get(f"/documents/{network['public_document']}").status_code == 404


def test_unshared_request_is_invisible(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    share_document(client, network, "public_document")
    switch_to(app, client, network["network_admin"])

    page = client.get("/network/requests").get_data(as_text=True)

    assert "Ministarstvo unutarnjih poslova" not in page
    assert "No organisation shares a request yet." in page
    assert client.get(f"/network/documents/{network['public_document']}").status_code == 404


def test_unsharing_hides_request_again(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    share(client, network)
    share(client, network, shared=False)
    switch_to(app, client, network["auditor"])

    assert "Ministarstvo unutarnjih poslova" not in client.get("/network/requests").get_data(as_text=True)


@pytest.mark.parametrize("role", ["officer", "advocate"])
def test_network_view_rejects_other_roles(
    app: Flask, client: FlaskClient, network: dict[str, int], role: str
) -> None:
    share(client, network)
    share_document(client, network, "public_document")
    switch_to(app, client, network[role])

    assert client.get("/network/requests").status_code == 403
    assert client.get(f"/network/documents/{network['public_document']}").status_code == 403


def test_other_organisation_cannot_toggle_sharing(app: Flask, client: FlaskClient, network: dict[str, int]) -> None:
    switch_to(app, client, network["officer"])

    response = client.post(f"/requests/{network['foi_request']}/sharing", data={"shared": "1"})
    document_response = client.post(
        f"/requests/{network['foi_request']}/documents/{network['public_document']}/sharing", data={"shared": "1"}
    )

    assert response.status_code == 404
    assert document_response.status_code == 404
    with app.app_context():
        assert db.session.get(FoiRequest, network["foi_request"]).shared_with_network is False
