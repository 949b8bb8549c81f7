"""The life cycle of a request through the web client, with every kind of bad input."""

from datetime import date
from io import BytesIO

import pytest
from docx import Document as DocxDocument
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.extensions import db
from foi_tracker.models import EventKind, FoiRequest, RequestState
from tests.app.helpers import count_events, count_requests, sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user


@pytest.fixture
def officer(app: Flask, client: FlaskClient) -> dict[str, int]:
    """A signed-in Croatian legal officer and one authority; returns their ids."""
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        agency = make_agency()
        serbian_agency = make_agency("Министарство правде", "RS", street_address="Немањина 22-26", city="Београд")
        db.session.commit()
        ids = {"organisation": organisation.id, "user": user.id, "agency": agency.id, "rs_agency": serbian_agency.id}
        sign_in(client, user)

    return ids


def new_request_form(agency_id: int, **overrides: str) -> dict[str, str | int]:
    form: dict[str, str | int] = {
        "agency_id": agency_id,
        "title": "Kaznene prijave 2025.",
        "items": "Broj kaznenih prijava za trgovanje ljudima u 2025.\nBroj žrtava po spolu i dobi",
        "legal_basis": "",
        "delivery_method": "email",
        "preferred_form": "email",
        "agency_reference": "",
        "case_id": 0,
    }
    form.update(overrides)
    return form


def create_sent_request(app: Flask, officer: dict[str, int], received_on: date) -> int:
    with app.app_context():
        from foi_tracker.models import Agency, Organisation, User

        organisation = db.session.get(Organisation, officer["organisation"])
        user = db.session.get(User, officer["user"])
        agency = db.session.get(Agency, officer["agency"])
        foi_request = make_request(organisation, user, agency, received_on=received_on)
        db.session.commit()
        return foi_request.id


def test_list_requires_sign_in(client: FlaskClient) -> None:
    response = client.get("/requests/")

    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


def test_login_rejects_wrong_password(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        make_user(make_organisation())
        db.session.commit()

    response = client.post("/auth/login", data={"email": "officer@example.org", "password": "wrong"})

    assert response.status_code == 401
    assert "The e-mail address or the password is wrong." in response.get_data(as_text=True)


def test_new_request_creates_draft_with_event(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    response = client.post("/requests/new", data=new_request_form(officer["agency"]))

    assert response.status_code == 302
    with app.app_context():
        foi_request = db.session.scalars(db.select(FoiRequest)).one()
        assert foi_request.state is RequestState.DRAFT
        assert foi_request.items == ["Broj kaznenih prijava za trgovanje ljudima u 2025.", "Broj žrtava po spolu i dobi"]
        assert [event.kind for event in foi_request.events] == [EventKind.CREATED]


def test_new_request_rejects_empty_items(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    response = client.post("/requests/new", data=new_request_form(officer["agency"], items="  \n \n"))

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "List at least one item of information you are asking for." in page
    assert 'value="Kaznene prijave 2025."' in page
    with app.app_context():
        assert count_requests() == 0


def test_new_request_rejects_unknown_agency(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    response = client.post("/requests/new", data=new_request_form(999_999, items="Jedna stavka"))

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Choose an agency from the list; the one given is unknown." in page
    assert "Jedna stavka" in page
    with app.app_context():
        assert count_requests() == 0


def test_mark_sent_computes_due_date(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    # Received Fri 2026-11-20; day 15 is Sat 2026-12-05, so the period ends on
    # Mon 2026-12-07 (ZPPI Art. 20(1) with ZUP Art. 81).
    response = client.post(
        f"/requests/{foi_request_id}/send", data={"sent_on": "2026-11-19", "received_on": "2026-11-20", "note": ""}
    )

    assert response.status_code == 302
    with app.app_context():
        foi_request = db.session.get(FoiRequest, foi_request_id)
        assert foi_request.state is RequestState.AWAITING_REPLY
        assert foi_request.due_on == date(2026, 12, 7)
        assert foi_request.law_version_from is not None
        assert foi_request.events[-1].kind is EventKind.SENT
        assert foi_request.events[-1].due_on == date(2026, 12, 7)

    page = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)
    assert "3 days left" in page
    assert "Easter" not in page
    assert "Sat 2026-12-05" in page


def test_mark_sent_rejects_receipt_before_sending(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    response = client.post(
        f"/requests/{foi_request_id}/send",
        data={"sent_on": "2026-11-20", "received_on": "2026-11-18", "note": "poslano preporučeno"},
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The date of receipt 2026-11-18 is before the sending date 2026-11-20." in page
    assert "poslano preporučeno" in page
    with app.app_context():
        foi_request = db.session.get(FoiRequest, foi_request_id)
        assert foi_request.state is RequestState.DRAFT
        assert foi_request.sent_on is None
        assert count_events(foi_request_id) == 1


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("sent_on", {"sent_on": "2026-12-05", "received_on": "2026-12-05"}),
        ("received_on", {"sent_on": "2026-12-01", "received_on": "2026-12-09"}),
    ],
)
def test_mark_sent_rejects_future_date(
    app: Flask, client: FlaskClient, officer: dict[str, int], field: str, values: dict[str, str]
) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    response = client.post(f"/requests/{foi_request_id}/send", data=values)

    assert response.status_code == 400
    assert "is in the future; today is 2026-12-04" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(FoiRequest, foi_request_id).state is RequestState.DRAFT


def test_mark_sent_rejects_impossible_date(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    response = client.post(f"/requests/{foi_request_id}/send", data={"sent_on": "2026-02-30", "received_on": "2026-03-02"})

    assert response.status_code == 400
    assert "Enter a real date as YYYY-MM-DD" in response.get_data(as_text=True)


def test_extension_counts_from_original_due(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))

    # First period ends Mon 2026-12-07; 15 more days end Tue 2026-12-22 (ZPPI Art. 22(1)).
    response = client.post(f"/requests/{foi_request_id}/extension", data={"notified_on": "2026-11-24", "note": ""})

    assert response.status_code == 302
    with app.app_context():
        foi_request = db.session.get(FoiRequest, foi_request_id)
        assert foi_request.due_on == date(2026, 12, 22)
        assert foi_request.original_due_on == date(2026, 12, 7)
        assert foi_request.events[-1].kind is EventKind.EXTENSION_NOTIFIED


def test_second_extension_is_rejected(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))
    client.post(f"/requests/{foi_request_id}/extension", data={"notified_on": "2026-11-24"})

    response = client.post(f"/requests/{foi_request_id}/extension", data={"notified_on": "2026-11-25"})

    assert response.status_code == 409
    assert "An extension was already recorded on 2026-11-24" in response.get_data(as_text=True)
    with app.app_context():
        assert count_events(foi_request_id) == 3


def test_reply_before_sending_date_is_rejected(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))

    response = client.post(
        f"/requests/{foi_request_id}/reply",
        data={"outcome": "granted", "replied_on": "2026-11-10", "note": "odgovor stigao poštom"},
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The reply date 2026-11-10 is before the request was sent on 2026-11-20." in page
    assert "odgovor stigao poštom" in page
    with app.app_context():
        assert db.session.get(FoiRequest, foi_request_id).state is RequestState.AWAITING_REPLY


def test_reply_in_future_is_rejected(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))

    response = client.post(f"/requests/{foi_request_id}/reply", data={"outcome": "refused", "replied_on": "2026-12-10"})

    assert response.status_code == 400
    assert "The reply date 2026-12-10 is in the future" in response.get_data(as_text=True)


def test_reply_on_draft_names_current_state(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    response = client.post(f"/requests/{foi_request_id}/reply", data={"outcome": "granted", "replied_on": "2026-12-01"})

    assert response.status_code == 409
    assert "Cannot record “reply received” while the request is draft." in response.get_data(as_text=True)


def test_refusal_shows_appeal_deadline(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))

    response = client.post(f"/requests/{foi_request_id}/reply", data={"outcome": "refused", "replied_on": "2026-12-01"})

    assert response.status_code == 302
    page = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)
    # 15 days from Tue 2026-12-01 is Wed 2026-12-16 (ZPPI Art. 25(1)).
    assert "by 2026-12-16" in page
    with app.app_context():
        foi_request = db.session.get(FoiRequest, foi_request_id)
        assert foi_request.state is RequestState.REFUSED
        assert foi_request.replied_on == date(2026, 12, 1)


def test_withdraw_closes_request(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))

    response = client.post(f"/requests/{foi_request_id}/withdraw", data={"withdrawn_on": "2026-12-02", "note": ""})

    assert response.status_code == 302
    with app.app_context():
        foi_request = db.session.get(FoiRequest, foi_request_id)
        assert foi_request.state is RequestState.WITHDRAWN
        assert [event.kind for event in foi_request.events] == [
            EventKind.CREATED,
            EventKind.SENT,
            EventKind.WITHDRAWN,
        ]

    second = client.post(f"/requests/{foi_request_id}/withdraw", data={"withdrawn_on": "2026-12-03"})
    assert second.status_code == 409
    assert "while the request is withdrawn" in second.get_data(as_text=True)


def test_edit_after_sending_keeps_items(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))

    response = client.post(
        f"/requests/{foi_request_id}/edit",
        data=new_request_form(officer["agency"], title="Novi naslov", items="Nešto drugo", agency_reference="UP/I-008-01/26-01/5"),
    )

    assert response.status_code == 302
    with app.app_context():
        foi_request = db.session.get(FoiRequest, foi_request_id)
        assert foi_request.title == "Novi naslov"
        assert foi_request.agency_reference == "UP/I-008-01/26-01/5"
        assert foi_request.items == ["Broj kaznenih prijava u 2025.", "Broj identificiranih žrtava u 2025."]
        assert foi_request.events[-1].kind is EventKind.EDITED
        assert "title" in foi_request.events[-1].note


def test_letter_download_opens_in_docx(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post(
        "/requests/new",
        data=new_request_form(officer["agency"], items="Broj žrtava – čćđšž ČĆĐŠŽ\nZavod za ceste & mostove <Sjever>"),
    )
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    response = client.get(f"/requests/{foi_request_id}/letter.docx")

    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    document = DocxDocument(BytesIO(response.data))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "Ministarstvo unutarnjih poslova" in text
    assert "Broj žrtava – čćđšž ČĆĐŠŽ" in text
    assert "Zavod za ceste & mostove <Sjever>" in text
    assert "Zakon o pravu na pristup informacijama" in text
    assert "članak 20. stavak 1." in text
    assert "4. prosinca 2026." in text
    assert "Udruga „Glas građana”" in header


def test_serbian_letter_uses_latin_script(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["rs_agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    response = client.get(f"/requests/{foi_request_id}/letter.docx")

    text = "\n".join(paragraph.text for paragraph in DocxDocument(BytesIO(response.data)).paragraphs)
    assert "Ministarstvo pravde" in text
    assert "Nemanjina 22-26" in text
    assert "Zakon o slobodnom pristupu informacijama od javnog značaja" in text
    assert "član 16. stav 1." in text


def test_late_extension_notice_is_flagged(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    foi_request_id = create_sent_request(app, officer, date(2026, 11, 20))

    # ZPPI Art. 22(2): notice within 8 days of receipt, so by 2026-11-30.
    response = client.post(f"/requests/{foi_request_id}/extension", data={"notified_on": "2026-12-01"})

    assert response.status_code == 302
    page = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)
    assert "Late notice: the law requires it within 8 days of receipt (Art. 22(2)), by 2026-11-30." in page


def test_bosnian_extension_is_refused_without_period(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    with app.app_context():
        from foi_tracker.models import Organisation, User

        bosnian = make_agency("Tužilaštvo Bosne i Hercegovine", "BA", city="Sarajevo")
        foi_request = make_request(
            db.session.get(Organisation, officer["organisation"]),
            db.session.get(User, officer["user"]),
            bosnian,
            received_on=date(2026, 11, 20),
        )
        db.session.commit()
        foi_request_id = foi_request.id

    response = client.post(f"/requests/{foi_request_id}/extension", data={"notified_on": "2026-11-24"})

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "No extension period is confirmed for this law" in page
    assert "provisional" in page
    with app.app_context():
        assert count_events(foi_request_id) == 2


def test_form_without_csrf_token_is_rejected(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = client.post("/requests/new", data=new_request_form(officer["agency"]))
    finally:
        app.config["WTF_CSRF_ENABLED"] = False

    assert response.status_code == 400
    assert "The form expired" in response.get_data(as_text=True)
    with app.app_context():
        assert count_requests() == 0


def test_empty_form_lists_every_error(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    response = client.post("/requests/new", data=new_request_form(0, title="", items=""))

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Choose the authority the request goes to." in page
    assert "Give the request a short title, without victims" in page
    assert "List at least one item of information you are asking for." in page


def test_legal_basis_defaults_to_law(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))

    with app.app_context():
        foi_request = db.session.scalars(db.select(FoiRequest)).one()
        assert foi_request.legal_basis == (
            "Zakon o pravu na pristup informacijama (Narodne novine 25/13, 85/15, 69/22), Art. 18"
        )


def test_send_before_law_in_force_is_rejected(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    # The Croatian law of 2013 is the first version recorded in legal_refs/HR.yaml.
    response = client.post(f"/requests/{foi_request_id}/send", data={"sent_on": "1999-01-01", "received_on": "1999-01-02"})

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "No version of this country&#39;s FOI law is recorded as in force on 1999-01-01" in page
    with app.app_context():
        assert db.session.get(FoiRequest, foi_request_id).state is RequestState.DRAFT


def test_sent_event_carries_sending_date(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"]))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    client.post(f"/requests/{foi_request_id}/send", data={"sent_on": "2026-11-19", "received_on": "2026-11-20"})

    with app.app_context():
        event = db.session.get(FoiRequest, foi_request_id).events[-1]
        assert event.kind is EventKind.SENT
        assert event.legal_on == date(2026, 11, 19)
        assert event.note == "Sent on 2026-11-19, received on 2026-11-20."


def test_letter_file_name_keeps_diacritics(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    client.post("/requests/new", data=new_request_form(officer["agency"], title="Žrtve trgovanja: čćđšž"))
    with app.app_context():
        foi_request_id = db.session.scalars(db.select(FoiRequest.id)).one()

    response = client.get(f"/requests/{foi_request_id}/letter.docx")

    disposition = response.headers["Content-Disposition"]
    assert f"filename*=UTF-8''request-{foi_request_id}-%C5%BDrtve-trgovanja-%C4%8D%C4%87%C4%91%C5%A1%C5%BE.docx" in disposition
