"""A user of another organisation sees nothing of the first one's requests."""

from datetime import date
from io import BytesIO

from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.extensions import db
from foi_tracker.models import Document
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user


def test_other_organisation_gets_404(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        owner_org = make_organisation()
        owner = make_user(owner_org)
        agency = make_agency()
        foi_request = make_request(owner_org, owner, agency, received_on=date(2026, 11, 20), title="Tajni naslov")
        stranger = make_user(make_organisation("Druga udruga"), email="stranger@example.org")
        db.session.commit()
        foi_request_id = foi_request.id
        agency_id = agency.id

        sign_in(client, owner)
    client.post(
        f"/requests/{foi_request_id}/reply",
        data={"outcome": "granted", "replied_on": "2026-12-01", "document": (BytesIO(b"%PDF-1.4 x"), "a.pdf")},
        content_type="multipart/form-data",
    )
    with app.app_context():
        document_id = db.session.scalars(db.select(Document.id)).one()
    client.post("/auth/logout")

    with app.app_context():
        sign_in(client, db.session.merge(stranger))
    for url in (
        f"/requests/{foi_request_id}",
        f"/requests/{foi_request_id}/edit",
        f"/requests/{foi_request_id}/letter.docx",
        f"/documents/{document_id}",
    ):
        assert client.get(url).status_code == 404, url
    for url in ("send", "extension", "reply", "withdraw"):
        assert client.post(f"/requests/{foi_request_id}/{url}", data={}).status_code == 404, url

    assert "Tajni naslov" not in client.get("/requests/").get_data(as_text=True)
    assert "Tajni naslov" not in client.get(f"/agencies/{agency_id}").get_data(as_text=True)
