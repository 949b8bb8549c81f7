"""Two people editing one request or case: a stale save is rejected and shows both versions."""

import re
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update

from foi_tracker.extensions import db
from foi_tracker.models import Case, EventKind, FoiRequest, RequestState, User
from tests.app.helpers import count_events, sign_in
from tests.factories import make_agency, make_case, make_organisation, make_request, make_user


@pytest.fixture
def team(app: Flask) -> dict[str, int]:
    """Two officers of one organisation, a draft request and a case; returns their ids."""
    with app.app_context():
        organisation = make_organisation()
        first = make_user(organisation)
        second = make_user(organisation, "colleague@example.org", full_name="Ivo Kovač")
        foi_request = make_request(organisation, first, make_agency())
        case = make_case(organisation)
        db.session.commit()
        return {
            "first": first.id,
            "second": second.id,
            "foi_request": foi_request.id,
            "agency": foi_request.agency_id,
            "case": case.id,
        }


def client_for(app: Flask, user_id: int) -> FlaskClient:
    client = app.test_client()
    with app.app_context():
        sign_in(client, db.session.get(User, user_id))
    return client


def loaded_version(page: str) -> str:
    match = re.search(r'name="version" value="(\d+)"', page)
    assert match is not None, "the form carries no version"
    return match.group(1)


def request_form(agency_id: int, version: str, **overrides: str | int) -> dict[str, str | int]:
    form: dict[str, str | int] = {
        "agency_id": agency_id,
        "title": "Kaznene prijave za trgovanje ljudima",
        "items": "Broj kaznenih prijava u 2025.",
        "legal_basis": "",
        "delivery_method": "email",
        "preferred_form": "email",
        "agency_reference": "",
        "case_id": 0,
        "version": version,
    }
    form.update(overrides)
    return form


def case_form(version: str, **overrides: str) -> dict[str, str]:
    form = {
        "reference": "T-2026-01",
        "case_type": "trafficking",
        "region": "Slavonija",
        "court_file_number": "K-12/2026",
        "prosecution_file_number": "KO-DO-34/2025",
        "victim_age_band": "16-17",
        "victim_gender": "female",
        "victim_citizenship": "Moldova",
        "exploitation_form": "sexual exploitation",
        "summary": "Recruited through a job advertisement for seasonal work.",
        "version": version,
    }
    form.update(overrides)
    return form


def test_save_increments_version(app: Flask, team: dict[str, int]) -> None:
    first = client_for(app, team["first"])
    version = loaded_version(first.get(f"/requests/{team['foi_request']}/edit").get_data(as_text=True))

    response = first.post(f"/requests/{team['foi_request']}/edit", data=request_form(team["agency"], version, title="Prvi"))

    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(FoiRequest, team["foi_request"]).version == int(version) + 1


def test_stale_request_edit_shows_both_versions(app: Flask, team: dict[str, int]) -> None:
    first = client_for(app, team["first"])
    second = client_for(app, team["second"])
    url = f"/requests/{team['foi_request']}/edit"
    first_version = loaded_version(first.get(url).get_data(as_text=True))
    second_version = loaded_version(second.get(url).get_data(as_text=True))
    second.post(url, data=request_form(team["agency"], second_version, title="Naslov kolege"))

    response = first.post(url, data=request_form(team["agency"], first_version, title="Moj naslov"))

    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else saved this record while you were editing it" in page
    assert 'value="Moj naslov"' in page  # the typed value stays in the form
    assert "Naslov kolege" in page  # the saved value is shown beside it
    assert loaded_version(page) == str(int(first_version) + 1)
    with app.app_context():
        foi_request = db.session.get(FoiRequest, team["foi_request"])
        assert foi_request.title == "Naslov kolege"
        assert [event.kind for event in foi_request.events] == [EventKind.CREATED, EventKind.EDITED]


def test_conflict_form_saves_on_second_submit(app: Flask, team: dict[str, int]) -> None:
    first = client_for(app, team["first"])
    second = client_for(app, team["second"])
    url = f"/requests/{team['foi_request']}/edit"
    first_version = loaded_version(first.get(url).get_data(as_text=True))
    second_version = loaded_version(second.get(url).get_data(as_text=True))
    second.post(url, data=request_form(team["agency"], second_version, title="B"))
    conflict = first.post(url, data=request_form(team["agency"], first_version, title="A"))
    conflict_version = loaded_version(conflict.get_data(as_text=True))

    response = first.post(url, data=request_form(team["agency"], conflict_version, title="A"))

    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(FoiRequest, team["foi_request"]).title == "A"


def bump_version_before(original: Callable[..., Any], model: type, row_id: int) -> Callable[..., Any]:
    """Wrap a service so that the row changes in the database between loading and saving."""

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        db.session.execute(
            update(model.__table__).where(model.__table__.c.id == row_id).values(version=model.__table__.c.version + 1)  # type: ignore[attr-defined]
        )
        return original(*args, **kwargs)

    return wrapped


def test_edit_racing_another_save_is_rejected(
    app: Flask, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import foi_tracker.requests.views as views

    first = client_for(app, team["first"])
    url = f"/requests/{team['foi_request']}/edit"
    version = loaded_version(first.get(url).get_data(as_text=True))
    monkeypatch.setattr(views, "update_request", bump_version_before(views.update_request, FoiRequest, team["foi_request"]))

    response = first.post(url, data=request_form(team["agency"], version, title="Moj naslov"))

    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else saved this record while you were editing it" in page
    assert 'value="Moj naslov"' in page
    with app.app_context():
        assert db.session.get(FoiRequest, team["foi_request"]).title == "Kaznene prijave za trgovanje ljudima"


def test_send_racing_another_save_is_rejected(
    app: Flask, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import foi_tracker.requests.views as views

    first = client_for(app, team["first"])
    monkeypatch.setattr(views, "mark_sent", bump_version_before(views.mark_sent, FoiRequest, team["foi_request"]))

    response = first.post(
        f"/requests/{team['foi_request']}/send",
        data={"sent_on": "2026-11-19", "received_on": "2026-11-20", "note": "poslano e-poštom"},
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else changed this request while you were saving, so nothing was saved." in page
    assert "poslano e-poštom" in page
    with app.app_context():
        foi_request = db.session.get(FoiRequest, team["foi_request"])
        assert foi_request.state is RequestState.DRAFT
        assert count_events(team["foi_request"]) == 1


def test_reply_racing_another_save_keeps_no_file(
    app: Flask, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import foi_tracker.requests.views as views

    with app.app_context():
        officer = db.session.get(User, team["first"])
        sent = make_request(
            officer.organisation, officer, make_agency("Ministarstvo pravde"), received_on=date(2026, 11, 20)
        )
        db.session.commit()
        sent_id = sent.id
    first = client_for(app, team["first"])
    monkeypatch.setattr(views, "record_reply", bump_version_before(views.record_reply, FoiRequest, sent_id))

    response = first.post(
        f"/requests/{sent_id}/reply",
        data={"outcome": "granted", "replied_on": "2026-12-01", "document": (BytesIO(b"%PDF-1.4 x"), "odgovor.pdf")},
        content_type="multipart/form-data",
    )

    assert response.status_code == 409
    upload_dir = Path(app.config["UPLOAD_DIR"])
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []
    with app.app_context():
        assert db.session.get(FoiRequest, sent_id).state is RequestState.AWAITING_REPLY


def test_stale_case_edit_shows_both_versions(app: Flask, team: dict[str, int]) -> None:
    first = client_for(app, team["first"])
    second = client_for(app, team["second"])
    url = f"/cases/{team['case']}/edit"
    first_version = loaded_version(first.get(url).get_data(as_text=True))
    second.post(url, data=case_form(loaded_version(second.get(url).get_data(as_text=True)), region="Istra"))

    response = first.post(url, data=case_form(first_version, region="Lika"))

    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else saved this record while you were editing it" in page
    assert 'value="Lika"' in page
    assert "Istra" in page
    with app.app_context():
        assert db.session.get(Case, team["case"]).region == "Istra"

    retry = first.post(url, data=case_form(loaded_version(page), region="Lika"))

    assert retry.status_code == 302
    with app.app_context():
        assert db.session.get(Case, team["case"]).region == "Lika"


def test_case_edit_racing_another_save_is_rejected(
    app: Flask, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import foi_tracker.cases.views as views

    first = client_for(app, team["first"])
    url = f"/cases/{team['case']}/edit"
    version = loaded_version(first.get(url).get_data(as_text=True))
    monkeypatch.setattr(views, "update_case", bump_version_before(views.update_case, Case, team["case"]))

    response = first.post(url, data=case_form(version, region="Lika"))

    assert response.status_code == 409
    assert 'value="Lika"' in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Case, team["case"]).region == "Slavonija"
