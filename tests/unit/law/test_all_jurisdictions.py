"""Properties of every day-counted period in every legal_refs file, on generated dates.

The cases are built from the files in legal_refs/, so a new jurisdiction or law version
is covered without editing this module. Each version is tested on start dates from its
in-force day to the day before the next version, at most to the end of 2030. The request
counts as sent on the start date, so the version under test is the one applied.

Working days are counted twice: with the engine's WorkingCalendar and, independently,
day by day from the weekday and `holidays.country_holidays`.
"""

from datetime import date, timedelta
from functools import cache
from pathlib import Path

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foi_tracker.law import (
    JurisdictionRefs,
    LawVersion,
    PeriodName,
    PeriodUnit,
    WorkingCalendar,
    compute_deadline,
    load_legal_refs,
)

LEGAL_REFS = load_legal_refs(Path(__file__).resolve().parents[3] / "legal_refs")
LAST_TESTED_DAY = date(2030, 12, 31)
EXAMPLES_PER_CASE = 40

# (code, version index, period name) for every defined period of every version.
ALL_CASES = [
    (code, version.index, period_name)
    for code, refs in sorted(LEGAL_REFS.items())
    for version in refs.versions
    for period_name in version.periods
]
# A period in hours ends on the latest possible day and is not counted in days.
DAY_CASES = [
    case
    for case in ALL_CASES
    if LEGAL_REFS[case[0]].versions[case[1]].periods[case[2]].unit is not PeriodUnit.HOURS
]
WORKING_DAY_CASES = [
    case
    for case in DAY_CASES
    if LEGAL_REFS[case[0]].versions[case[1]].periods[case[2]].unit is PeriodUnit.WORKING_DAYS
]
CALENDAR_DAY_CASES = [
    case
    for case in DAY_CASES
    if LEGAL_REFS[case[0]].versions[case[1]].periods[case[2]].unit is PeriodUnit.CALENDAR_DAYS
]
# Working-day periods always end on a working day, so they are checked whatever the rule.
ROLLING_CASES = [
    case
    for case in DAY_CASES
    if LEGAL_REFS[case[0]].versions[case[1]].counting.rolls_to_working_day or case in WORKING_DAY_CASES
]


def case_id(case: tuple[str, int, PeriodName]) -> str:
    code, index, period_name = case
    return f"{code}-v{index}-{period_name.value}"


def start_dates(refs: JurisdictionRefs, version: LawVersion) -> st.SearchStrategy[date]:
    """Draw start dates on which ``version`` is the law in force."""
    first = version.in_force_from
    last = LAST_TESTED_DAY
    if version.index + 1 < len(refs.versions):
        last = min(last, refs.versions[version.index + 1].in_force_from - timedelta(days=1))

    return st.dates(min_value=first, max_value=max(first, last))


@cache
def public_holidays(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, subdiv=subdivision, years=year))


def is_working_day(refs: JurisdictionRefs, day: date) -> bool:
    """Decide from the weekday and the holidays package alone, without WorkingCalendar."""
    if day.weekday() in refs.non_working_weekdays:
        return False

    return day not in public_holidays(refs.holidays_country, refs.holidays_subdivision, day.year)


def end_day_number(version: LawVersion, length: int) -> int:
    # With clear days (Romania) day N + 1 takes the place of day N.
    return length + 1 if version.counting.last_day_excluded else length


@pytest.mark.parametrize("case", DAY_CASES, ids=case_id)
@settings(max_examples=EXAMPLES_PER_CASE, deadline=None)
@given(data=st.data())
def test_due_never_before_start(case: tuple[str, int, PeriodName], data: st.DataObject) -> None:
    code, index, period_name = case
    refs = LEGAL_REFS[code]
    version = refs.versions[index]
    start_on = data.draw(start_dates(refs, version))

    deadline = compute_deadline(refs, period_name, start_on, sent_on=start_on)

    assert deadline.law_version_from == version.in_force_from
    assert deadline.due_on >= deadline.start_on
    assert deadline.due_on >= deadline.day_zero_on
    assert deadline.day_zero_on >= deadline.start_on


@pytest.mark.parametrize("case", WORKING_DAY_CASES, ids=case_id)
@settings(max_examples=EXAMPLES_PER_CASE, deadline=None)
@given(data=st.data())
def test_working_days_span_exactly_n(case: tuple[str, int, PeriodName], data: st.DataObject) -> None:
    code, index, period_name = case
    refs = LEGAL_REFS[code]
    version = refs.versions[index]
    start_on = data.draw(start_dates(refs, version))
    calendar = WorkingCalendar.for_jurisdiction(refs)

    deadline = compute_deadline(refs, period_name, start_on, sent_on=start_on)

    # Day 0 itself counts only where the counting rule makes the event's day day 1.
    first_counted = deadline.day_zero_on
    if version.counting.day_after_event:
        first_counted += timedelta(days=1)

    span = [
        first_counted + timedelta(days=offset) for offset in range((deadline.due_on - first_counted).days + 1)
    ]
    expected = end_day_number(version, deadline.length)
    assert sum(calendar.is_working_day(day) for day in span) == expected
    assert sum(is_working_day(refs, day) for day in span) == expected
    assert is_working_day(refs, deadline.due_on)


@pytest.mark.parametrize("case", ROLLING_CASES, ids=case_id)
@settings(max_examples=EXAMPLES_PER_CASE, deadline=None)
@given(data=st.data())
def test_rolled_due_is_working_day(case: tuple[str, int, PeriodName], data: st.DataObject) -> None:
    code, index, period_name = case
    refs = LEGAL_REFS[code]
    version = refs.versions[index]
    start_on = data.draw(start_dates(refs, version))

    deadline = compute_deadline(refs, period_name, start_on, sent_on=start_on)

    assert is_working_day(refs, deadline.due_on)
    assert WorkingCalendar.for_jurisdiction(refs).is_working_day(deadline.due_on)


@pytest.mark.parametrize("case", CALENDAR_DAY_CASES, ids=case_id)
@settings(max_examples=EXAMPLES_PER_CASE, deadline=None)
@given(data=st.data())
def test_calendar_roll_passes_closed_days(case: tuple[str, int, PeriodName], data: st.DataObject) -> None:
    # Holidays inside a calendar-day period do not lengthen it: it ends on day N (day N + 1
    # with clear days), or on the first working day after it where the rule rolls.
    code, index, period_name = case
    refs = LEGAL_REFS[code]
    version = refs.versions[index]
    start_on = data.draw(start_dates(refs, version))

    deadline = compute_deadline(refs, period_name, start_on, sent_on=start_on)

    offset = 0 if version.counting.day_after_event else 1
    day_n = deadline.day_zero_on + timedelta(days=end_day_number(version, deadline.length) - offset)
    passed = [day_n + timedelta(days=step) for step in range((deadline.due_on - day_n).days)]
    assert deadline.due_on >= day_n
    assert not any(is_working_day(refs, day) for day in passed)
    if not version.counting.rolls_to_working_day:
        assert deadline.due_on == day_n


@pytest.mark.parametrize("case", ALL_CASES, ids=case_id)
def test_provisional_reason_per_unconfirmed_fact(case: tuple[str, int, PeriodName]) -> None:
    code, index, period_name = case
    refs = LEGAL_REFS[code]
    version = refs.versions[index]
    period = version.periods[period_name]
    start_on = version.in_force_from

    deadline = compute_deadline(refs, period_name, start_on, sent_on=start_on)

    reasons = deadline.provisional_reasons
    period_reason = f"the {period_name.value} period is not confirmed: {period.note}"
    counting_reason = f"the counting rule is not confirmed: {version.counting.note}"
    calendar_reason = f"the holiday calendar is not confirmed: {refs.calendar_note}"
    assert (period_reason in reasons) is not period.confirmed
    assert (counting_reason in reasons) is not version.counting.confirmed
    assert (calendar_reason in reasons) is not refs.calendar_confirmed
    assert deadline.provisional is bool(reasons)
