"""Properties of every computed deadline, checked on generated dates.

The oracle for "working day" is the `holidays` package and the weekday, read
directly here, not through WorkingCalendar.
"""

from datetime import date, timedelta
from math import ceil
from pathlib import Path

import holidays
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from foi_tracker.law import JurisdictionRefs, PeriodName, PeriodUnit, compute_deadline, load_legal_refs

LEGAL_REFS = load_legal_refs(Path(__file__).resolve().parents[3] / "legal_refs")
START_DATES = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
ALL_PERIODS = [
    (code, period_name, period.unit)
    for code, refs in sorted(LEGAL_REFS.items())
    for period_name, period in refs.versions[-1].periods.items()
]
CASES = st.sampled_from([(code, name) for code, name, _unit in ALL_PERIODS])
# A period in hours ends on the latest possible day and never moves to a working day.
DAY_CASES = st.sampled_from([(code, name) for code, name, unit in ALL_PERIODS if unit is not PeriodUnit.HOURS])
CALENDAR_DAY_CASES = st.sampled_from(
    [(code, name) for code, name, unit in ALL_PERIODS if unit is PeriodUnit.CALENDAR_DAYS]
)


def is_working_day(refs: JurisdictionRefs, day: date) -> bool:
    public_holidays = holidays.country_holidays(
        refs.holidays_country, subdiv=refs.holidays_subdivision, years=day.year
    )
    return day.weekday() not in refs.non_working_weekdays and day not in public_holidays


@settings(max_examples=300, deadline=None)
@given(case=CASES, start_on=START_DATES)
def test_due_never_before_start(case: tuple[str, PeriodName], start_on: date) -> None:
    code, period_name = case
    deadline = compute_deadline(LEGAL_REFS[code], period_name, start_on)

    minimum_days = ceil(deadline.length / 24) if deadline.unit is PeriodUnit.HOURS else deadline.length
    assert deadline.due_on > start_on
    assert deadline.due_on - deadline.day_zero_on >= timedelta(days=minimum_days)


@settings(max_examples=300, deadline=None)
@given(case=DAY_CASES, start_on=START_DATES)
def test_rolled_due_is_working(case: tuple[str, PeriodName], start_on: date) -> None:
    code, period_name = case
    refs = LEGAL_REFS[code]
    deadline = compute_deadline(refs, period_name, start_on)

    assert is_working_day(refs, deadline.due_on)


@settings(max_examples=300, deadline=None)
@given(case=CALENDAR_DAY_CASES, start_on=START_DATES)
def test_roll_passes_only_closed_days(case: tuple[str, PeriodName], start_on: date) -> None:
    # Holidays inside a calendar-day period do not lengthen it: the period ends on day N,
    # or on the first working day after it. Where the last day is not counted
    # (Romania's clear days), day N + 1 takes its place.
    code, period_name = case
    refs = LEGAL_REFS[code]
    deadline = compute_deadline(refs, period_name, start_on)
    # An older law version in force on start_on may count the period in another unit.
    assume(deadline.unit is PeriodUnit.CALENDAR_DAYS)
    extra_day = 1 if deadline.counting.last_day_excluded else 0
    day_n = deadline.day_zero_on + timedelta(days=deadline.length + extra_day)

    passed = [day_n + timedelta(days=offset) for offset in range((deadline.due_on - day_n).days)]
    assert all(not is_working_day(refs, day) for day in passed)
    assert [skipped.skipped_on for skipped in deadline.skipped] == passed
