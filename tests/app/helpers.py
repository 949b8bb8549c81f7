"""Small helpers for tests that go through the test client."""

from flask.testing import FlaskClient
from sqlalchemy import func, select

from foi_tracker.extensions import db
from foi_tracker.models import Event, FoiRequest, User
from tests.factories import PASSWORD


def sign_in(client: FlaskClient, user: User) -> None:
    response = client.post("/auth/login", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)


def count_requests() -> int:
    return db.session.scalar(select(func.count()).select_from(FoiRequest)) or 0


def count_events(foi_request_id: int) -> int:
    return db.session.scalar(select(func.count()).where(Event.foi_request_id == foi_request_id)) or 0
