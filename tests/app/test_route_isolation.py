"""Every route that takes an id answers 404 to another organisation's user.

The table below names, for each route with an id in its path, whether the id
belongs to one organisation (probed) or is a legal fact or network-wide
setting (listed in NETWORK_WIDE with the reason). A new route with an id
fails the first test until it is placed in one of the two.
"""

from datetime import date
from io import BytesIO

import pytest
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.extensions import db
from foi_tracker.models import DeliveryForm, DeliveryMethod, Document, User, UserRole
from foi_tracker.services.batches import BatchDraft, create_batch
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_case, make_organisation, make_request, make_user

NETWORK_WIDE = {
    "agencies.detail": "public authorities are shared by every organisation",
    "admin.remove_non_working_day_view": "a declared non-working day is a legal fact of a jurisdiction",
    "letter_templates.activate": "letter templates serve the whole network",
    "letter_templates.download_version": "letter templates serve the whole network",
    "letter_templates.download_builtin": "built-in templates ship with the application",
    "static": "static files",
}
TOKEN_ROUTES = {"accounts.accept_invitation", "auth.reset_password"}


def id_routes(app: Flask) -> dict[str, tuple[str, set[str]]]:
    routes = {}
    for rule in app.url_map.iter_rules():
        if rule.arguments and rule.endpoint not in TOKEN_ROUTES:
            methods = (rule.methods or set()) - {"HEAD", "OPTIONS"}
            routes[rule.endpoint] = (rule.rule, methods)

    return routes


@pytest.fixture
def owner_objects(app: Flask, client: FlaskClient) -> dict[str, int]:
    """Objects of the first organisation; the client is signed in as the first one's user."""
    with app.app_context():
        owner_org = make_organisation()
        owner = make_user(owner_org, role=UserRole.ADMIN)
        colleague = make_user(owner_org, email="colleague@example.org")
        case = make_case(owner_org)
        foi_request = make_request(owner_org, owner, make_agency(), received_on=date(2026, 11, 20))
        db.session.commit()
        ids = {"foi_request_id": foi_request.id, "case_id": case.id, "user_id": colleague.id}
        owner_id = owner.id
        sign_in(client, owner)

    client.post(
        f"/requests/{ids['foi_request_id']}/reply",
        data={"outcome": "granted", "replied_on": "2026-12-01", "document": (BytesIO(b"%PDF-1.4 x"), "a.pdf")},
        content_type="multipart/form-data",
    )
    client.post("/auth/logout")

    with app.app_context():
        ids["document_id"] = db.session.scalars(db.select(Document.id)).one()
        owner = db.session.get(User, owner_id)
        batch = create_batch(owner.organisation, owner, batch_draft(make_agency("Ravnateljstvo policije").id))
        db.session.commit()
        ids["batch_id"] = batch.id

    return ids


def batch_draft(agency_id: int) -> BatchDraft:
    return BatchDraft(
        title="Skupni zahtjev",
        items=["Broj prijava"],
        delivery_method=DeliveryMethod.EMAIL,
        preferred_form=DeliveryForm.EMAIL,
        agency_ids=[agency_id],
    )


def test_every_id_route_is_classified(app: Flask) -> None:
    unclassified = [
        endpoint
        for endpoint in id_routes(app)
        if endpoint not in NETWORK_WIDE
        and not endpoint.startswith(("requests.", "letters.", "cases.", "documents.", "batches.", "accounts.", "network."))
    ]

    assert unclassified == []


@pytest.mark.parametrize("role", [UserRole.ADMIN, UserRole.AUDITOR, UserRole.NETWORK_ADMIN])
def test_stranger_gets_404_everywhere(
    app: Flask, client: FlaskClient, owner_objects: dict[str, int], role: UserRole
) -> None:
    with app.app_context():
        stranger = make_user(make_organisation("Druga udruga"), email=f"{role.value}@druga.example", role=role)
        db.session.commit()
        sign_in(client, stranger)

    probed = []
    for endpoint, (rule, methods) in id_routes(app).items():
        if endpoint in NETWORK_WIDE:
            continue

        url = rule.replace("<kind>", "request")
        for name, value in owner_objects.items():
            url = url.replace(f"<int:{name}>", str(value))
        assert "<" not in url, f"{endpoint}: no test object for {rule}"

        for method in sorted(methods):
            response = client.open(url, method=method, data={})
            # 403 for a role that may never use the route tells nothing about the object.
            assert response.status_code in (403, 404), (endpoint, method, response.status_code)
            if response.status_code == 403:
                assert role is not UserRole.ADMIN or endpoint.startswith("network."), (endpoint, method)
            probed.append(endpoint)

    assert "requests.detail" in probed
    assert "documents.download" in probed
    assert "cases.export" in probed
    assert "batches.letters" in probed
    assert "letters.render_kind" in probed
