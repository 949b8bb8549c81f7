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
