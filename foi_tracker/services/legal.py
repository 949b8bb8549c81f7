"""Access to the legal references and the jurisdiction's local calendar."""

from datetime import UTC, date, datetime
from pathlib import Path

from flask import current_app, g
from sqlalchemy import select

from ..extensions import db
from ..law import (
    Deadline,
    JurisdictionRefs,
    LawVersion,
    PeriodName,
    WorkingCalendar,
    clock_start_date,
    compute_deadline,
    load_legal_refs,
    local_date_of,
)
from ..models import FoiRequest, NonWorkingDay

_EXTENSION_KEY = "foi_tracker.legal_refs"

# Attribute of flask.g that stores the calendars built in the current app context.
_CALENDARS_KEY = "foi_tracker_working_calendars"


def get_all_refs() -> dict[str, JurisdictionRefs]:
    """Return every jurisdiction's references, loaded once per application."""
    cached = current_app.extensions.get(_EXTENSION_KEY)
    if cached is None:
        cached = load_legal_refs(Path(current_app.config["LEGAL_REFS_DIR"]))
        current_app.extensions[_EXTENSION_KEY] = cached

    return cached


def get_refs(jurisdiction_code: str) -> JurisdictionRefs:
    """Return one jurisdiction's references. Raise KeyError for an unknown code."""
    return get_all_refs()[jurisdiction_code]


def local_today(jurisdiction_code: str, now: datetime | None = None) -> date:
    """Return today's date in the jurisdiction's time zone.

    Deadlines are local dates: just after midnight in Zagreb it is already
    the next day there although UTC still shows the previous one.
    """
    # FIXED_NOW pins the clock for tests. Production leaves it unset.
    moment = now or current_app.config.get("FIXED_NOW") or datetime.now(UTC)
    return local_date_of(moment, get_refs(jurisdiction_code).timezone)


def load_declared_days(jurisdiction_code: str) -> dict[date, str]:
    """Return the declared non-working days of a jurisdiction, each mapped to its reason."""
    rows = db.session.execute(
        select(NonWorkingDay.day, NonWorkingDay.reason).where(
            NonWorkingDay.jurisdiction_code == jurisdiction_code
        )
    )
    return {day: reason for day, reason in rows}


def build_working_calendar(jurisdiction_code: str, declared_days: dict[date, str]) -> WorkingCalendar:
    """Build the jurisdiction's calendar: weekends, public holidays and ``declared_days``."""
    return WorkingCalendar.for_jurisdiction(get_refs(jurisdiction_code), declared_days)


def get_working_calendar(jurisdiction_code: str) -> WorkingCalendar:
    """Return the jurisdiction's calendar with its declared non-working days.

    The calendar is built once per app context, which is one web request or
    one CLI command. services.non_working_days drops it after every change.
    """
    calendars: dict[str, WorkingCalendar] = g.setdefault(_CALENDARS_KEY, {})
    calendar = calendars.get(jurisdiction_code)
    if calendar is None:
        calendar = build_working_calendar(jurisdiction_code, load_declared_days(jurisdiction_code))
        calendars[jurisdiction_code] = calendar

    return calendar


def forget_working_calendars() -> None:
    """Drop the calendars cached in this app context, so the next use reads the database."""
    g.pop(_CALENDARS_KEY, None)


def compute_request_deadline(
    jurisdiction_code: str,
    period_name: PeriodName,
    received_on: date,
    sent_on: date,
    *,
    calendar: WorkingCalendar | None = None,
    law_version_from: date | None = None,
) -> Deadline:
    """Compute a request's deadline under the law version in force when it was sent.

    The period starts on the event its law names: receipt by the authority
    for most laws, submission for Albania (Art. 15(1)). Weekends, public
    holidays and the jurisdiction's declared non-working days are skipped.
    """
    refs = get_refs(jurisdiction_code)
    calendar = calendar or get_working_calendar(jurisdiction_code)
    # A request keeps the version it was sent under; law_version_from names it.
    version_day = law_version_from or sent_on
    version, period = refs.period_on(period_name, version_day)
    start_on = clock_start_date(
        period,
        submitted_on=sent_on,
        received_on=received_on,
        reply_period=version.periods.get(PeriodName.REPLY),
    )
    return compute_deadline(refs, period_name, start_on, sent_on=version_day, calendar=calendar)


def version_day_of(foi_request: FoiRequest) -> date:
    """Return the day that selects a request's law version.

    A sent request keeps the version it was sent under (``law_version_from``),
    even if legal_refs/ later gains a version in force on its sending date.
    A draft follows the version in force today.
    """
    if foi_request.law_version_from is not None:
        return foi_request.law_version_from

    return foi_request.sent_on or local_today(foi_request.agency.jurisdiction_code)


def version_for_request(foi_request: FoiRequest) -> LawVersion:
    """Return the law version that governs a request."""
    return get_refs(foi_request.agency.jurisdiction_code).version_on(version_day_of(foi_request))
