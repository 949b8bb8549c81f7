"""Letters of every kind from the request page: availability, preview, .docx and PDF."""

import shutil
from datetime import date
from io import BytesIO

import pytest
from docx import Document as DocxDocument
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.extensions import db
from foi_tracker.models import GeneratedLetter, ReplyOutcome, User
from foi_tracker.services.requests import record_reply
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user


def letter_text(data: bytes) -> str:
    document = DocxDocument(BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture
def refused_request_id(app: Flask, client: FlaskClient) -> int:
    """A Croatian request received Fri 2026-11-20 and refused on Tue 2026-12-01."""
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        foi_request = make_request(organisation, user, make_agency(), received_on=date(2026, 11, 20))
        record_reply(foi_request, user, ReplyOutcome.REFUSED, date(2026, 12, 1), grounds=["personal_data"])
        db.session.commit()
        sign_in(client, db.session.get(User, user.id))
        return foi_request.id


def test_choice_lists_fitting_kinds(client: FlaskClient, refused_request_id: int) -> None:
    page = client.get(f"/requests/{refused_request_id}/letters").get_data(as_text=True)

    assert "Appeal against a refusal" in page
    assert "Only after the reply period has ended without a reply." in page
    assert f'action="/requests/{refused_request_id}/letters/appeal_refusal"' in page


def test_appeal_docx_cites_article(app: Flask, client: FlaskClient, refused_request_id: int) -> None:
    response = client.get(
        f"/requests/{refused_request_id}/letters/appeal_refusal",
        query_string={"format": "docx", "language": "hr", "decision_reference": "KLASA: 008-01/26-01/12"},
    )

    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    text = letter_text(response.data)
    assert "Povjerenik za informiranje" in text
    assert "KLASA: 008-01/26-01/12" in text
    assert "1. prosinca 2026." in text
    # ZPPI Art. 25(1): the appeal period's article.
    assert "članak 25. stavak 1." in text
    with app.app_context():
        recorded = db.session.scalars(db.select(GeneratedLetter)).one()
        assert recorded.kind.value == "appeal_refusal"
        assert recorded.template_version_label.startswith("built-in")


def test_preview_shows_letter_text(client: FlaskClient, refused_request_id: int) -> None:
    response = client.get(f"/requests/{refused_request_id}/letters/appeal_refusal", query_string={"language": "hr"})

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Povjerenik za informiranje" in page
    assert "Download .docx" in page


def test_unfitting_kind_redirects_with_reason(client: FlaskClient, refused_request_id: int) -> None:
    response = client.get(
        f"/requests/{refused_request_id}/letters/complaint_silence", query_string={"language": "hr"}, follow_redirects=True
    )

    assert "Only after the reply period has ended without a reply." in response.get_data(as_text=True)


def test_serbian_letter_in_cyrillic(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        organisation = make_organisation("Удружење Безбедан пут", city="Београд")
        user = make_user(organisation, email="rs@example.org")
        foi_request = make_request(
            organisation, user, make_agency("Министарство правде", "RS", city="Београд"), received_on=date(2026, 11, 2)
        )
        db.session.commit()
        foi_request_id = foi_request.id
        sign_in(client, user)

    # Received Mon 2026-11-02, due Tue 2026-11-17: on 2026-12-04 the authority is silent.
    response = client.get(
        f"/requests/{foi_request_id}/letters/urgency", query_string={"format": "docx", "language": "sr-Cyrl"}
    )

    assert response.status_code == 200
    text = letter_text(response.data)
    assert "Министарство правде" in text
    assert "Закон о слободном приступу информацијама од јавног значаја" in text
    assert "Службени гласник РС" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_pdf_download(client: FlaskClient, refused_request_id: int) -> None:
    response = client.get(
        f"/requests/{refused_request_id}/letters/appeal_refusal", query_string={"format": "pdf", "language": "hr"}
    )

    assert response.status_code == 200
    assert response.data.startswith(b"%PDF")


def test_refused_page_explains_appeal_deadline(client: FlaskClient, refused_request_id: int) -> None:
    page = client.get(f"/requests/{refused_request_id}").get_data(as_text=True)

    # 15 days from Tue 2026-12-01 end on Wed 2026-12-16 (ZPPI Art. 25(1)).
    assert "How the appeal deadline was computed" in page
    assert "Due: Wed 2026-12-16." in page


def test_cyrillic_complaint_names_commissioner_in_cyrillic(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        organisation = make_organisation("Удружење Безбедан пут", city="Београд")
        user = make_user(organisation, email="rs2@example.org")
        foi_request = make_request(
            organisation, user, make_agency("Министарство правде", "RS", city="Београд"), received_on=date(2026, 11, 2)
        )
        db.session.commit()
        foi_request_id = foi_request.id
        sign_in(client, user)

    response = client.get(
        f"/requests/{foi_request_id}/letters/complaint_silence", query_string={"format": "docx", "language": "sr-Cyrl"}
    )

    assert response.status_code == 200
    assert "Повереник за информације од јавног значаја" in letter_text(response.data)
