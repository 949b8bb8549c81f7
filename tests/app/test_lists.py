"""Request list order, filters and days left; agency pages; the calculator page."""

from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.extensions import db
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user


@pytest.fixture
def populated(app: Flask, client: FlaskClient) -> None:
    """Three Croatian requests on Thu 2026-12-04: overdue, running, draft; one Serbian."""
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        police = make_agency("Ravnateljstvo policije", agency_type="police")
        ministry = make_agency()
        serbian = make_agency("Министарство правде", "RS")
        # Received 2026-11-02: due Tue 2026-11-17, so 17 days overdue.
        make_request(organisation, user, police, title="Zakašnjeli zahtjev", received_on=date(2026, 11, 2))
        # Received 2026-11-27: due Sat 2026-12-12, rolled to Mon 2026-12-14.
        make_request(organisation, user, ministry, title="Tekući zahtjev", received_on=date(2026, 11, 27))
        make_request(organisation, user, ministry, title="Nacrt zahtjeva")
        make_request(organisation, user, serbian, title="Srpski zahtjev", received_on=date(2026, 12, 1))
        db.session.commit()
        sign_in(client, user)


def test_list_puts_overdue_first(client: FlaskClient, populated: None) -> None:
    page = client.get("/requests/").get_data(as_text=True)

    overdue = page.index("Zakašnjeli zahtjev")
    running = page.index("Tekući zahtjev")
    draft = page.index("Nacrt zahtjeva")
    assert overdue < running < draft
    assert "17 days overdue" in page
    assert "10 days left" in page


def test_list_filters_overdue(client: FlaskClient, populated: None) -> None:
    page = client.get("/requests/?status=overdue").get_data(as_text=True)

    assert "Zakašnjeli zahtjev" in page
    assert "Tekući zahtjev" not in page


def test_list_filters_by_jurisdiction(client: FlaskClient, populated: None) -> None:
    page = client.get("/requests/?jurisdiction=RS").get_data(as_text=True)

    assert "Srpski zahtjev" in page
    assert "Tekući zahtjev" not in page


def test_list_filters_by_state(client: FlaskClient, populated: None) -> None:
    page = client.get("/requests/?status=draft").get_data(as_text=True)

    assert "Nacrt zahtjeva" in page
    assert "Zakašnjeli zahtjev" not in page


def test_overdue_detail_names_appeal_body(client: FlaskClient, populated: None) -> None:
    page = client.get("/requests/?status=overdue").get_data(as_text=True)
    link = page.split('href="/requests/', 1)[1].split('"', 1)[0]

    detail = client.get(f"/requests/{link}").get_data(as_text=True)

    assert "The reply period ended on 2026-11-17" in detail
    assert "Information Commissioner" in detail


def test_agency_list_searches_by_name(client: FlaskClient, populated: None) -> None:
    page = client.get("/agencies/?q=ravnateljstvo").get_data(as_text=True)

    assert "Ravnateljstvo policije" in page
    assert "Ministarstvo unutarnjih poslova" not in page


def test_calculator_explains_due_date(client: FlaskClient, populated: None) -> None:
    # Case C2: 15 days from Sat 2026-03-21 end on Easter Sunday; Easter Monday follows.
    response = client.get("/calculator/?jurisdiction=HR&period=reply&start_on=2026-03-21")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "2026-04-07" in page
    assert "Easter Monday" in page


def test_calculator_rejects_bad_date(client: FlaskClient, populated: None) -> None:
    response = client.get("/calculator/?jurisdiction=HR&period=reply&start_on=2026-13-01")

    assert response.status_code == 400
    assert "Enter a real date as YYYY-MM-DD" in response.get_data(as_text=True)


def test_calculator_rejects_date_before_law(client: FlaskClient, populated: None) -> None:
    response = client.get("/calculator/?jurisdiction=HR&period=reply&start_on=2001-01-01")

    assert response.status_code == 400
    assert "Croatia:" in response.get_data(as_text=True)


def test_calculator_explains_missing_period(client: FlaskClient, populated: None) -> None:
    response = client.get("/calculator/?jurisdiction=BA&period=extension&start_on=2026-03-02")

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Whether 61/23 allows an extension" in page


@pytest.fixture
def closed_and_foreign(app: Flask, client: FlaskClient) -> None:
    """On Fri 2026-12-04: a Croatian refusal of 2026-12-01, an old one, and Serbian and Bosnian silence."""
    from foi_tracker.models import ReplyOutcome, User
    from foi_tracker.services.requests import record_reply

    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        ministry = make_agency()
        fresh = make_request(organisation, user, ministry, title="Svježe odbijanje", received_on=date(2026, 11, 20))
        old = make_request(organisation, user, ministry, title="Staro odbijanje", received_on=date(2026, 9, 1))
        record_reply(fresh, user, ReplyOutcome.REFUSED, date(2026, 12, 1))
        record_reply(old, user, ReplyOutcome.PARTIALLY_GRANTED, date(2026, 9, 10))
        make_request(organisation, user, make_agency("Врховно јавно тужилаштво", "RS"), title="Srpska šutnja", received_on=date(2026, 11, 2))
        make_request(organisation, user, make_agency("Sud Bosne i Hercegovine", "BA"), title="Bosanska šutnja", received_on=date(2026, 11, 2))
        db.session.commit()
        sign_in(client, db.session.get(User, user.id))


def test_list_shows_open_appeal_window(client: FlaskClient, closed_and_foreign: None) -> None:
    page = client.get("/requests/?status=refused").get_data(as_text=True)

    # 15 days from Tue 2026-12-01 end on Wed 2026-12-16 (ZPPI Art. 25(1)).
    assert "12 days left" in page
    assert "to appeal" in page
    assert "by 2026-12-16" in page


def test_list_says_appeal_period_ended(client: FlaskClient, closed_and_foreign: None) -> None:
    page = client.get("/requests/?status=partially_granted").get_data(as_text=True)

    # 15 days from Thu 2026-09-10 end on Fri 2026-09-25.
    assert "The appeal period ended on 2026-09-25" in page


def test_serbian_silence_names_exempt_bodies(client: FlaskClient, closed_and_foreign: None) -> None:
    page = client.get("/requests/?jurisdiction=RS").get_data(as_text=True)

    assert "No appeal lies against these bodies (Art. 22(3))" in page
    assert "Republic Public" in page


def test_bosnian_deadline_marked_provisional(client: FlaskClient, closed_and_foreign: None) -> None:
    page = client.get("/requests/?jurisdiction=BA").get_data(as_text=True)

    assert "Bosanska šutnja" in page
    assert "badge-provisional" in page


def test_croatian_deadline_not_provisional(client: FlaskClient, closed_and_foreign: None) -> None:
    page = client.get("/requests/?jurisdiction=HR").get_data(as_text=True)

    assert "badge-provisional" not in page


def test_cyrillic_agency_shows_latin_reading(client: FlaskClient, populated: None) -> None:
    page = client.get("/agencies/?jurisdiction=RS").get_data(as_text=True)

    assert "Министарство правде" in page
    assert "(Ministarstvo pravde)" in page
