"""WorkingCalendar: weekends, holidays from the `holidays` package and extra closed days."""

from datetime import date, timedelta

import pytest

from foi_tracker.law import JurisdictionRefs, NoWorkingDayError, SkippedDay, WorkingCalendar


@pytest.fixture
def croatian_calendar(croatia: JurisdictionRefs) -> WorkingCalendar:
    return WorkingCalendar.for_jurisdiction(croatia)


@pytest.fixture
def serbian_calendar(serbia: JurisdictionRefs) -> WorkingCalendar:
    return WorkingCalendar.for_jurisdiction(serbia)


def test_add_working_days_croatia_easter(croatian_calendar: WorkingCalendar) -> None:
    # From Thu 17 Apr 2025: Good Friday 18 Apr is a working day in Croatia.
    # The weekend and Easter Monday 21 Apr are not, so the fifth working day is Fri 25 Apr.
    assert croatian_calendar.add_working_days(date(2025, 4, 17), 5) == date(2025, 4, 25)


def test_add_working_days_serbia_easter(serbian_calendar: WorkingCalendar) -> None:
    # From Thu 17 Apr 2025: Good Friday to Easter Monday (18-21 Apr) are Serbian holidays.
    assert serbian_calendar.add_working_days(date(2025, 4, 17), 5) == date(2025, 4, 28)


def test_add_working_days_saturday_start(croatian_calendar: WorkingCalendar) -> None:
    # A Saturday start is day 0; the tenth working day is Fri 30 Oct 2026 (no holiday in between).
    assert croatian_calendar.add_working_days(date(2026, 10, 17), 10) == date(2026, 10, 30)


def test_add_working_days_zero_returns_start(croatian_calendar: WorkingCalendar) -> None:
    assert croatian_calendar.add_working_days(date(2026, 10, 17), 0) == date(2026, 10, 17)


def test_add_working_days_rejects_negative(croatian_calendar: WorkingCalendar) -> None:
    with pytest.raises(ValueError, match="-1"):
        croatian_calendar.add_working_days(date(2026, 10, 17), -1)


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2026, 8, 15), "Assumption Day"),  # a Saturday: the holiday's name wins
        (date(2026, 8, 16), "Sunday"),
        (date(2026, 8, 22), "Saturday"),
        (date(2026, 8, 17), None),
        (date(2027, 3, 29), "Easter Monday"),
    ],
)
def test_non_working_reason_croatia(
    croatian_calendar: WorkingCalendar, day: date, reason: str | None
) -> None:
    assert croatian_calendar.non_working_reason(day) == reason


def test_extra_day_reason_wins(croatia: JurisdictionRefs) -> None:
    calendar = WorkingCalendar.for_jurisdiction(croatia, {date(2026, 1, 1): "Office moved"})

    assert calendar.non_working_reason(date(2026, 1, 1)) == "Office moved"


def test_first_working_day_from_skips_new_year(serbian_calendar: WorkingCalendar) -> None:
    # 1-2 Jan 2026 are New Year's Day in Serbia, 3-4 Jan a weekend.
    assert serbian_calendar.first_working_day_from(date(2026, 1, 1)) == date(2026, 1, 5)
    assert serbian_calendar.first_working_day_from(date(2026, 1, 5)) == date(2026, 1, 5)


def test_non_working_days_lists_reasons(serbian_calendar: WorkingCalendar) -> None:
    assert serbian_calendar.non_working_days(date(2026, 1, 1), date(2026, 1, 5)) == (
        SkippedDay(date(2026, 1, 1), "New Year's Day"),
        SkippedDay(date(2026, 1, 2), "New Year's Day"),
        SkippedDay(date(2026, 1, 3), "Saturday"),
        SkippedDay(date(2026, 1, 4), "Sunday"),
    )


def test_closed_year_raises(croatia: JurisdictionRefs) -> None:
    closed = {date(2026, 1, 1) + timedelta(days=offset): "Closed" for offset in range(400)}
    calendar = WorkingCalendar.for_jurisdiction(croatia, closed)

    with pytest.raises(NoWorkingDayError, match="2026-01-01"):
        calendar.first_working_day_from(date(2026, 1, 1))
