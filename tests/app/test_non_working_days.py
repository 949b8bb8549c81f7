"""Declared non-working days: the engine skips them and open requests' due dates follow.

Croatian periods here are 15 calendar days from the day after receipt (ZPPI
Art. 20(1)). Under ZUP Art. 81 a non-working day inside a period does not
lengthen it, and a last day that is not a working day moves to the next
working day. FIXED_NOW is Fri 2026-12-04, so every request is received on or
before that day.
"""

from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import func, select

from foi_tracker.extensions import db
from foi_tracker.law import PeriodName
from foi_tracker.models import (
    Agency,
    Event,
    EventKind,
    FoiRequest,
    NonWorkingDay,
    Organisation,
    ReplyOutcome,
    RequestState,
    User,
    UserRole,
)
from foi_tracker.services.errors import FieldError
from foi_tracker.services.legal import compute_request_deadline
from foi_tracker.services.non_working_days import declare_non_working_day, remove_non_working_day
from foi_tracker.services.requests import record_extension, record_reply
from tests.app.helpers import count_events, sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user

REASON = "Government decision of 2026-11-30: 18 December is a non-working day"
SOURCE = "Narodne novine 130/2026"


@pytest.fixture
def people(app: Flask) -> dict[str, int]:
    """A Croatian organisation with a legal officer and an admin, a Croatian and a Serbian authority."""
    with app.app_context():
        organisation = make_organisation()
        officer = make_user(organisation)
        admin = make_user(organisation, email="admin@example.org", full_name="Ana Horvat", role=UserRole.ADMIN)
        agency = make_agency()
        serbian_agency = make_agency("Министарство правде", "RS", street_address="Немањина 22-26", city="Београд")
        db.session.commit()
        return {
            "organisation": organisation.id,
            "officer": officer.id,
            "admin": admin.id,
            "agency": agency.id,
            "rs_agency": serbian_agency.id,
        }


def sent_request(
    people: dict[str, int], received_on: date, *, agency: str = "agency", title: str = "Prijave 2025."
) -> FoiRequest:
    """Create a request sent and received on ``received_on``. Call inside an app context."""
    organisation = db.session.get(Organisation, people["organisation"])
    officer = db.session.get(User, people["officer"])
    target = db.session.get(Agency, people[agency])
    return make_request(organisation, officer, target, received_on=received_on, title=title)


def admin_user(people: dict[str, int]) -> User:
    return db.session.get(User, people["admin"])


def count_declared_days() -> int:
    return db.session.scalar(select(func.count()).select_from(NonWorkingDay)) or 0


def test_declare_moves_due_date_on_that_day(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        # Received Thu 2026-12-03: day 15 is Fri 2026-12-18, a working day.
        foi_request = sent_request(people, date(2026, 12, 3))
        assert foi_request.due_on == date(2026, 12, 18)

        # 18 December declared; 19-20 December is a weekend, so Mon 2026-12-21.
        result = declare_non_working_day("HR", date(2026, 12, 18), REASON, SOURCE, admin_user(people))
        db.session.commit()

        assert result.checked == 1
        assert result.changed == 1
        assert result.changed_ids == (foi_request.id,)
        assert foi_request.due_on == date(2026, 12, 21)
        assert foi_request.original_due_on == date(2026, 12, 21)
        assert foi_request.state is RequestState.AWAITING_REPLY
        event = foi_request.events[-1]
        assert event.kind is EventKind.DUE_DATE_RECOMPUTED
        assert event.legal_on == date(2026, 12, 4)
        assert event.due_on == date(2026, 12, 21)
        assert event.author_id == people["admin"]
        assert event.note == (
            "Due date moved from 2026-12-18 to 2026-12-21: 2026-12-18 declared a non-working day "
            f"({REASON})."
        )


def test_declare_stores_day_with_source(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        declare_non_working_day("hr", date(2026, 12, 18), f"  {REASON} ", f" {SOURCE} ", admin_user(people))
        db.session.commit()

        declared = db.session.scalars(select(NonWorkingDay)).one()
        assert declared.jurisdiction_code == "HR"
        assert declared.day == date(2026, 12, 18)
        assert declared.reason == REASON
        assert declared.source == SOURCE
        assert declared.created_by_id == people["admin"]


def test_declare_leaves_earlier_due_date(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        # Received Fri 2026-11-20: day 15 is Sat 2026-12-05, so due Mon 2026-12-07.
        foi_request = sent_request(people, date(2026, 11, 20))
        db.session.commit()

        result = declare_non_working_day("HR", date(2026, 12, 18), REASON, "", admin_user(people))
        db.session.commit()

        assert result.changed == 0
        assert foi_request.due_on == date(2026, 12, 7)
        assert count_events(foi_request.id) == 2


def test_declare_inside_period_keeps_due_date(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        # Due Fri 2026-12-18; Wed 2026-12-09 lies inside the period, which it does not lengthen.
        foi_request = sent_request(people, date(2026, 12, 3))
        db.session.commit()

        result = declare_non_working_day("HR", date(2026, 12, 9), "Local election day", "", admin_user(people))
        db.session.commit()

        assert result.checked == 1
        assert result.changed == 0
        assert foi_request.due_on == date(2026, 12, 18)
        assert count_events(foi_request.id) == 2


def test_declare_leaves_closed_and_draft_requests(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        closed = sent_request(people, date(2026, 12, 3), title="Odgovoreno")
        record_reply(closed, db.session.get(User, people["officer"]), ReplyOutcome.GRANTED, date(2026, 12, 4))
        organisation = db.session.get(Organisation, people["organisation"])
        draft = make_request(
            organisation, db.session.get(User, people["officer"]), db.session.get(Agency, people["agency"])
        )
        db.session.commit()

        result = declare_non_working_day("HR", date(2026, 12, 18), REASON, "", admin_user(people))
        db.session.commit()

        assert result.checked == 0
        assert closed.state is RequestState.GRANTED
        assert closed.due_on == date(2026, 12, 18)
        assert count_events(closed.id) == 3
        assert draft.due_on is None
        assert count_events(draft.id) == 1


def test_declare_ignores_other_jurisdiction(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        # Serbia: received Thu 2026-12-03, day 15 is Fri 2026-12-18, not a Serbian holiday.
        serbian = sent_request(people, date(2026, 12, 3), agency="rs_agency")
        db.session.commit()
        assert serbian.due_on == date(2026, 12, 18)

        result = declare_non_working_day("HR", date(2026, 12, 18), REASON, "", admin_user(people))
        db.session.commit()

        assert result.checked == 0
        assert serbian.due_on == date(2026, 12, 18)


def test_declare_moves_extended_due_date(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        # Received Fri 2026-11-20: reply due Mon 2026-12-07, and the extension adds
        # 15 days from that day (ZPPI Art. 22(1)), so due Tue 2026-12-22.
        foi_request = sent_request(people, date(2026, 11, 20))
        record_extension(foi_request, db.session.get(User, people["officer"]), date(2026, 11, 24))
        db.session.commit()
        assert foi_request.due_on == date(2026, 12, 22)

        # With Mon 2026-12-07 declared, the reply period ends Tue 2026-12-08 and
        # the extension ends 15 days later, on Wed 2026-12-23.
        result = declare_non_working_day("HR", date(2026, 12, 7), "Day off before a long weekend", "", None)
        db.session.commit()

        assert result.changed_ids == (foi_request.id,)
        assert foi_request.due_on == date(2026, 12, 23)
        assert foi_request.events[-1].author_id is None
        assert foi_request.events[-1].note.startswith("Due date moved from 2026-12-22 to 2026-12-23: ")


def test_remove_moves_due_date_back(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        foi_request = sent_request(people, date(2026, 12, 3))
        declare_non_working_day("HR", date(2026, 12, 18), REASON, "", admin_user(people))
        db.session.commit()
        assert foi_request.due_on == date(2026, 12, 21)

        result = remove_non_working_day("HR", date(2026, 12, 18), admin_user(people))
        db.session.commit()

        assert result.changed_ids == (foi_request.id,)
        assert foi_request.due_on == date(2026, 12, 18)
        assert foi_request.original_due_on == date(2026, 12, 18)
        assert count_declared_days() == 0
        kinds = [event.kind for event in foi_request.events]
        assert kinds == [
            EventKind.CREATED,
            EventKind.SENT,
            EventKind.DUE_DATE_RECOMPUTED,
            EventKind.DUE_DATE_RECOMPUTED,
        ]
        assert foi_request.events[-1].due_on == date(2026, 12, 18)
        assert foi_request.events[-1].note == (
            "Due date moved from 2026-12-21 to 2026-12-18: 2026-12-18 is no longer a declared "
            f"non-working day (was: {REASON})."
        )


def test_compute_request_deadline_skips_declared_day(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        before = compute_request_deadline("HR", PeriodName.REPLY, date(2026, 12, 3), date(2026, 12, 3))
        declare_non_working_day("HR", date(2026, 12, 18), REASON, "", admin_user(people))
        db.session.commit()

        # Same app context: the calendar built for the first call must not be reused.
        after = compute_request_deadline("HR", PeriodName.REPLY, date(2026, 12, 3), date(2026, 12, 3))

    assert before.due_on == date(2026, 12, 18)
    assert after.due_on == date(2026, 12, 21)
    assert after.rolled_from == date(2026, 12, 18)
    skipped = {day.skipped_on: day.reason for day in after.skipped}
    assert skipped[date(2026, 12, 18)] == REASON
    assert skipped[date(2026, 12, 19)] == "Saturday"
    assert skipped[date(2026, 12, 20)] == "Sunday"


@pytest.mark.parametrize(
    ("code", "day", "reason", "field", "message"),
    [
        ("HR", date(2026, 12, 25), REASON, "day", "2026-12-25 is already Christmas Day, a public holiday in Croatia."),
        (
            "HR",
            date(2026, 12, 19),
            REASON,
            "day",
            "2026-12-19 is already a Saturday, a weekly non-working day in Croatia.",
        ),
        (
            "HR",
            date(2026, 12, 18),
            "   ",
            "reason",
            "Give the reason for the non-working day, for example the government decision that declared it.",
        ),
        ("XX", date(2026, 12, 18), REASON, "jurisdiction_code", "Unknown jurisdiction 'XX'. Choose one of: AL, BA, BA-FBiH, BA-RS, BG, HR, MD, ME, MK, RO, RS, SI, XK."),
    ],
)
def test_declare_rejects_invalid_input(
    app: Flask, people: dict[str, int], code: str, day: date, reason: str, field: str, message: str
) -> None:
    with app.app_context():
        with pytest.raises(FieldError) as raised:
            declare_non_working_day(code, day, reason, "", admin_user(people))
        db.session.rollback()

        assert raised.value.field == field
        assert raised.value.message == message
        assert count_declared_days() == 0


def test_declare_rejects_duplicate_day(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        declare_non_working_day("HR", date(2026, 12, 18), REASON, "", admin_user(people))
        db.session.commit()

        with pytest.raises(FieldError) as raised:
            declare_non_working_day("HR", date(2026, 12, 18), "Another reason", "", admin_user(people))
        db.session.rollback()

        assert raised.value.field == "day"
        assert raised.value.message == (
            f"2026-12-18 is already declared a non-working day in Croatia ({REASON}). "
            "Remove it first to change its reason."
        )
        assert count_declared_days() == 1


def test_remove_rejects_undeclared_day(app: Flask, people: dict[str, int]) -> None:
    with app.app_context():
        with pytest.raises(FieldError) as raised:
            remove_non_working_day("HR", date(2026, 12, 18), admin_user(people))

        assert raised.value.field == "day"
        assert raised.value.message == (
            "2026-12-18 is not a declared non-working day in Croatia, so there is nothing to remove."
        )


def test_cli_adds_lists_and_removes_day(app: Flask, runner: FlaskCliRunner, people: dict[str, int]) -> None:
    with app.app_context():
        foi_request_id = sent_request(people, date(2026, 12, 3)).id
        db.session.commit()

    added = runner.invoke(
        args=["non-working-days", "add", "HR", "2026-12-18", "--reason", REASON, "--source", SOURCE]
    )

    assert added.exit_code == 0, added.output
    assert "Declared 2026-12-18 a non-working day in HR." in added.output
    assert f"Open requests checked: 1; due dates moved: 1 (request ids {foi_request_id})." in added.output
    with app.app_context():
        assert db.session.get(FoiRequest, foi_request_id).due_on == date(2026, 12, 21)

    listed = runner.invoke(args=["non-working-days", "list", "HR"])

    assert listed.exit_code == 0, listed.output
    assert listed.output == f"HR 2026-12-18 {REASON} (source: {SOURCE})\n"

    removed = runner.invoke(args=["non-working-days", "remove", "HR", "2026-12-18"])

    assert removed.exit_code == 0, removed.output
    assert "Removed the non-working day 2026-12-18 in HR." in removed.output
    assert f"due dates moved: 1 (request ids {foi_request_id})." in removed.output
    with app.app_context():
        assert db.session.get(FoiRequest, foi_request_id).due_on == date(2026, 12, 18)
    assert runner.invoke(args=["non-working-days", "list"]).output == "No non-working days are declared.\n"


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["add", "HR", "2026-12-25", "--reason", REASON], 1, "2026-12-25 is already Christmas Day"),
        (["add", "XX", "2026-12-18", "--reason", REASON], 1, "Unknown jurisdiction 'XX'"),
        (["add", "HR", "2026-12-18", "--reason", " "], 1, "Give the reason for the non-working day"),
        (["add", "HR", "2026-12-32", "--reason", REASON], 2, "invalid date '2026-12-32'"),
        (["remove", "HR", "2026-12-18"], 1, "2026-12-18 is not a declared non-working day in Croatia"),
        (["list", "XX"], 1, "Unknown jurisdiction 'XX'"),
    ],
)
def test_cli_rejects_invalid_input(
    app: Flask, runner: FlaskCliRunner, args: list[str], exit_code: int, message: str
) -> None:
    result = runner.invoke(args=["non-working-days", *args])

    assert result.exit_code == exit_code, result.output
    assert message in result.output
    with app.app_context():
        assert count_declared_days() == 0


def test_admin_page_forbidden_to_officer(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        sign_in(client, db.session.get(User, people["officer"]))

    form = {"jurisdiction_code": "HR", "day": "2026-12-18", "reason": REASON, "source": ""}

    assert client.get("/admin/non-working-days").status_code == 403
    assert client.post("/admin/non-working-days", data=form).status_code == 403
    assert "Non-working days" not in client.get("/requests/").get_data(as_text=True)
    with app.app_context():
        assert count_declared_days() == 0


def test_admin_page_requires_sign_in(client: FlaskClient) -> None:
    response = client.get("/admin/non-working-days")

    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


def test_admin_page_adds_and_removes_day(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        foi_request_id = sent_request(people, date(2026, 12, 3)).id
        db.session.commit()
        sign_in(client, admin_user(people))

    assert "Non-working days" in client.get("/requests/").get_data(as_text=True)
    response = client.post(
        "/admin/non-working-days",
        data={"jurisdiction_code": "HR", "day": "2026-12-18", "reason": REASON, "source": "https://nn.example/130"},
        follow_redirects=True,
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "2026-12-18 is now a non-working day in HR." in page
    assert "1 open request moved to a new due date (1 checked)." in page
    assert REASON in page
    assert 'href="https://nn.example/130"' in page
    with app.app_context():
        declared_id = db.session.scalars(select(NonWorkingDay.id)).one()
        assert db.session.get(FoiRequest, foi_request_id).due_on == date(2026, 12, 21)

    detail = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)
    assert "due date recomputed" in detail
    assert "Due date moved from 2026-12-18 to 2026-12-21" in detail

    response = client.post(f"/admin/non-working-days/{declared_id}/remove", follow_redirects=True)

    page = response.get_data(as_text=True)
    assert "2026-12-18 is no longer a declared non-working day in HR." in page
    assert "1 open request moved to a new due date (1 checked)." in page
    with app.app_context():
        assert count_declared_days() == 0
        assert db.session.get(FoiRequest, foi_request_id).due_on == date(2026, 12, 18)


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (
            {"jurisdiction_code": "HR", "day": "2026-12-25", "reason": REASON, "source": SOURCE},
            "2026-12-25 is already Christmas Day, a public holiday in Croatia.",
        ),
        (
            {"jurisdiction_code": "HR", "day": "2026-12-18", "reason": "  ", "source": SOURCE},
            "Give the reason for the non-working day, for example the government decision that declared it.",
        ),
        (
            {"jurisdiction_code": "HR", "day": "2026-02-30", "reason": REASON, "source": SOURCE},
            "Enter a real date as YYYY-MM-DD, for example 2026-12-31.",
        ),
        (
            {"jurisdiction_code": "XX", "day": "2026-12-18", "reason": REASON, "source": SOURCE},
            "Unknown jurisdiction &#39;XX&#39;. Choose one of: AL, BA, BA-FBiH, BA-RS, BG, HR, MD, ME, MK, RO, RS, SI, XK.",
        ),
    ],
)
def test_admin_page_rejects_invalid_input(
    app: Flask, client: FlaskClient, people: dict[str, int], form: dict[str, str], message: str
) -> None:
    with app.app_context():
        foi_request_id = sent_request(people, date(2026, 12, 3)).id
        db.session.commit()
        sign_in(client, admin_user(people))

    response = client.post("/admin/non-working-days", data=form)

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page
    assert SOURCE in page
    assert f'value="{form["day"]}"' in page
    with app.app_context():
        assert count_declared_days() == 0
        assert db.session.get(FoiRequest, foi_request_id).due_on == date(2026, 12, 18)
        assert count_events(foi_request_id) == 2


def test_admin_remove_unknown_day_is_404(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        sign_in(client, admin_user(people))

    assert client.post("/admin/non-working-days/999999/remove").status_code == 404


def test_request_lists_show_own_moved_requests(app: Flask, client: FlaskClient, people: dict[str, int]) -> None:
    with app.app_context():
        own_id = sent_request(people, date(2026, 12, 3), title="Prijave udruge Glas").id
        other_organisation = make_organisation("Druga udruga")
        other_officer = make_user(other_organisation, email="other@example.org")
        other_request = make_request(
            other_organisation,
            other_officer,
            db.session.get(Agency, people["agency"]),
            received_on=date(2026, 12, 3),
            title="Prijave druge udruge",
        )
        db.session.commit()
        other_id = other_request.id
        other_officer_id = other_officer.id

        result = declare_non_working_day("HR", date(2026, 12, 18), REASON, "", admin_user(people))
        db.session.commit()
        assert set(result.changed_ids) == {own_id, other_id}

        sign_in(client, db.session.get(User, people["officer"]))
    own_page = client.get("/requests/").get_data(as_text=True)
    client.post("/auth/logout")
    with app.app_context():
        sign_in(client, db.session.get(User, other_officer_id))
    other_page = client.get("/requests/").get_data(as_text=True)

    # Both requests are due Mon 2026-12-21 now; each list shows only its own.
    assert "Prijave udruge Glas" in own_page
    assert "Prijave druge udruge" not in own_page
    assert "Dec 21, 2026" in own_page
    assert "Prijave druge udruge" in other_page
    assert "Prijave udruge Glas" not in other_page
    assert "Dec 21, 2026" in other_page
    with app.app_context():
        kinds = db.session.scalars(select(Event.kind).where(Event.foi_request_id == other_id)).all()
        assert kinds[-1] is EventKind.DUE_DATE_RECOMPUTED
