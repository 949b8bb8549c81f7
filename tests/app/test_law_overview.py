"""The law page, the generated Markdown table, and the warnings on a request page."""

from datetime import date
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from foi_tracker.extensions import db
from foi_tracker.models import FoiRequest
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user


def test_table_cites_articles(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["legal-refs-table", "--date", "2026-12-04"])

    assert result.exit_code == 0, result.output
    assert "| Croatia (HR) |" in result.output
    assert "15 calendar days, Art. 20(1)" in result.output
    assert "40 calendar days, Art. 16(4)" in result.output
    assert "15 calendar days, article not confirmed *" in result.output


def test_law_page_lists_jurisdictions(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        user = make_user(make_organisation())
        db.session.commit()
        sign_in(client, user)

    page = client.get("/laws/").get_data(as_text=True)

    assert "Zakon o pravu na pristup informacijama" in page
    assert "15 calendar days, Art. 22(1)" in page
    assert "badge-provisional" in page


def test_changed_refs_never_move_stored_date(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        foi_request = make_request(organisation, user, make_agency(), received_on=date(2026, 11, 20))
        # As if legal_refs/ gave another date when the request was sent.
        foi_request.due_on = date(2026, 12, 8)
        db.session.commit()
        foi_request_id = foi_request.id
        sign_in(client, user)

    page = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)

    assert "The legal references now give" in page
    with app.app_context():
        assert db.session.get(FoiRequest, foi_request_id).due_on == date(2026, 12, 8)


def test_bosnian_request_has_cover_note(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        foi_request = make_request(organisation, user, make_agency("Sud Bosne i Hercegovine", "BA"))
        croatian = make_request(organisation, user, make_agency())
        db.session.commit()
        ids = (foi_request.id, croatian.id)
        sign_in(client, user)

    bosnian_page = client.get(f"/requests/{ids[0]}").get_data(as_text=True)
    croatian_page = client.get(f"/requests/{ids[1]}").get_data(as_text=True)

    assert "Cover note for the letter" in bosnian_page
    assert "The letter cites no article for the request" in bosnian_page
    assert "Cover note for the letter" not in croatian_page


def test_request_page_names_law_version(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        foi_request = make_request(organisation, user, make_agency(), received_on=date(2026, 11, 20))
        db.session.commit()
        foi_request_id = foi_request.id
        sign_in(client, user)

    page = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)

    assert "Zakon o pravu na pristup informacijama (Narodne novine 25/13, 85/15, 69/22), version in force from" in page


def test_docs_table_is_current(runner: FlaskCliRunner) -> None:
    # docs/legal-periods.md is generated; regenerate it after changing legal_refs/ with
    # `flask --app wsgi legal-refs-table --date 2026-12-04 --output docs/legal-periods.md`.
    committed = (Path(__file__).resolve().parents[2] / "docs" / "legal-periods.md").read_text(encoding="utf-8")

    result = runner.invoke(args=["legal-refs-table", "--date", "2026-12-04"])

    assert result.exit_code == 0, result.output
    assert result.output == committed


def test_table_before_first_law_fails_cleanly(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["legal-refs-table", "--date", "1999-01-01"])

    assert result.exit_code == 1
    assert "No table for 1999-01-01" in result.output
    assert "Traceback" not in result.output
