"""Recording the grounds of a refusal, and counting refusals by ground."""

from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.extensions import db
from foi_tracker.law.grounds import RefusalGround
from foi_tracker.models import FoiRequest, RequestState
from foi_tracker.stats.refusals import refusals_by_ground_query
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user


@pytest.fixture
def sent_ids(app: Flask, client: FlaskClient) -> dict[str, int]:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        croatian = make_request(organisation, user, make_agency(), received_on=date(2026, 11, 20))
        serbian = make_request(organisation, user, make_agency("Министарство правде", "RS"), received_on=date(2026, 11, 20))
        db.session.commit()
        sign_in(client, user)
        return {"organisation": organisation.id, "hr": croatian.id, "rs": serbian.id}


def test_refusal_records_coded_grounds(app: Flask, client: FlaskClient, sent_ids: dict[str, int]) -> None:
    response = client.post(
        f"/requests/{sent_ids['hr']}/reply",
        data={"outcome": "refused", "replied_on": "2026-12-01", "grounds": ["criminal_proceedings", "personal_data"]},
    )

    assert response.status_code == 302
    with app.app_context():
        foi_request = db.session.get(FoiRequest, sent_ids["hr"])
        cited = {(citation.ground, citation.article) for citation in foi_request.refusal_grounds}
        # ZPPI Art. 15(1): criminal proceedings; Art. 15(2) item 4: personal data.
        assert (RefusalGround.CRIMINAL_PROCEEDINGS, "Art. 15(1)") in cited
        assert (RefusalGround.PERSONAL_DATA, "Art. 15(2) item 4") in cited
        assert foi_request.refusal_grounds[0].event_id == foi_request.events[-1].id

    page = client.get(f"/requests/{sent_ids['hr']}").get_data(as_text=True)
    assert "criminal proceedings (Art. 15(1))" in page


def test_grounds_on_granted_reply_rejected(app: Flask, client: FlaskClient, sent_ids: dict[str, int]) -> None:
    response = client.post(
        f"/requests/{sent_ids['hr']}/reply",
        data={"outcome": "granted", "replied_on": "2026-12-01", "grounds": ["personal_data"]},
    )

    assert response.status_code == 400
    assert "Refusal grounds apply only to a refusal or a partial refusal." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(FoiRequest, sent_ids["hr"]).state is RequestState.AWAITING_REPLY


def test_ground_not_in_law_rejected(app: Flask, client: FlaskClient, sent_ids: dict[str, int]) -> None:
    # The Serbian law lost its abuse-of-right ground in 2021 (Art. 13 deleted by 105/2021).
    response = client.post(
        f"/requests/{sent_ids['rs']}/reply",
        data={"outcome": "refused", "replied_on": "2026-12-01", "grounds": ["abuse_of_right"]},
    )

    assert response.status_code == 400
    assert "Unknown refusal ground(s) for this law: abuse_of_right." in response.get_data(as_text=True)


def test_refusals_counted_by_ground(app: Flask, client: FlaskClient, sent_ids: dict[str, int]) -> None:
    client.post(
        f"/requests/{sent_ids['hr']}/reply",
        data={"outcome": "refused", "replied_on": "2026-12-01", "grounds": ["personal_data", "criminal_proceedings"]},
    )
    client.post(
        f"/requests/{sent_ids['rs']}/reply",
        data={"outcome": "partially_granted", "replied_on": "2026-12-02", "grounds": ["personal_data"]},
    )

    with app.app_context():
        rows = db.session.execute(refusals_by_ground_query(sent_ids["organisation"])).all()

    assert [tuple(row) for row in rows] == [
        (RefusalGround.CRIMINAL_PROCEEDINGS, "HR", 1),
        (RefusalGround.PERSONAL_DATA, "HR", 1),
        (RefusalGround.PERSONAL_DATA, "RS", 1),
    ]
