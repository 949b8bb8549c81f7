"""A request keeps the law version it was sent under when legal_refs/ changes."""

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.extensions import db
from foi_tracker.law import PeriodName, load_legal_refs
from foi_tracker.models import FoiRequest
from foi_tracker.services.legal import compute_request_deadline
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user

LEGAL_REFS = Path(__file__).resolve().parents[2] / "legal_refs"
CACHE_KEY = "foi_tracker.legal_refs"


@pytest.fixture
def amended_croatian_law(app: Flask, tmp_path: Path) -> Iterator[None]:
    """Swap in legal_refs where a new Croatian version with an 8-day reply applies from 2026-11-25."""
    copy = tmp_path / "legal_refs"
    shutil.copytree(LEGAL_REFS, copy)
    path = copy / "HR.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    amended = yaml.safe_load(yaml.safe_dump(document["versions"][-1]))
    amended["in_force_from"] = date(2026, 11, 25)
    amended["periods"]["reply"]["length"] = 8
    document["versions"].append(amended)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")

    original = app.extensions.get(CACHE_KEY)
    app.extensions[CACHE_KEY] = load_legal_refs(copy)
    yield
    app.extensions[CACHE_KEY] = original


def test_new_version_keeps_old_due_date(app: Flask, client: FlaskClient, amended_croatian_law: None) -> None:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        agency = make_agency()
        # Sent before the amendment: 15 days from Fri 2026-11-20, Sat 2026-12-05, rolls to Mon 2026-12-07.
        old = make_request(organisation, user, agency, title="Staro", received_on=date(2026, 11, 20))
        # Sent after it: 8 days from Thu 2026-11-26 end on Fri 2026-12-04.
        new = make_request(organisation, user, agency, title="Novo", received_on=date(2026, 11, 26))
        db.session.commit()
        ids = (old.id, new.id)
        sign_in(client, user)

    with app.app_context():
        old_request = db.session.get(FoiRequest, ids[0])
        new_request = db.session.get(FoiRequest, ids[1])
        assert old_request.due_on == date(2026, 12, 7)
        assert old_request.law_version_from == date(2013, 3, 8)
        assert new_request.due_on == date(2026, 12, 4)
        assert new_request.law_version_from == date(2026, 11, 25)

    page = client.get(f"/requests/{ids[0]}").get_data(as_text=True)
    assert "The legal references now give" not in page
    assert "15 calendar days" in page


def test_serbian_request_of_2020_uses_old_law(app: Flask) -> None:
    with app.app_context():
        deadline = compute_request_deadline("RS", PeriodName.REPLY, date(2020, 3, 2), date(2020, 3, 2))

    # The version before the 2021 amendment (Sl. glasnik RS 105/2021) applies.
    assert deadline.law_version_from < date(2021, 12, 1)
