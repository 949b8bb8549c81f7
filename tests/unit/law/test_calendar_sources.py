"""SkippedDay.source: where each non-working day of a WorkingCalendar comes from.

Holiday facts were checked against holidays 0.109.
"""

from datetime import date

import pytest

from foi_tracker.law import SkippedDay, WorkingCalendar

WEEKEND = frozenset({5, 6})
HR_HOLIDAY = "public holiday, holidays package HR"
DECLARED = "declared non-working day"


@pytest.mark.parametrize(
    ("day", "reason", "source"),
    [
        (date(2026, 8, 16), "Sunday", "weekend"),
        (date(2026, 8, 22), "Saturday", "weekend"),
        # Assumption Day falls on a Saturday in 2026: the holiday is the reason.
        (date(2026, 8, 15), "Assumption Day", HR_HOLIDAY),
        # Easter Monday 2026.
        (date(2026, 4, 6), "Easter Monday", HR_HOLIDAY),
        # Christmas Day 2025.
        (date(2025, 12, 25), "Christmas Day", HR_HOLIDAY),
    ],
)
def test_source_of_croatian_days(day: date, reason: str, source: str) -> None:
    (skipped,) = WorkingCalendar("HR", None, WEEKEND).non_working_days(day, day)

    assert skipped.skipped_on == day
    assert skipped.reason == reason
    assert skipped.source == source


def test_source_names_subdivision() -> None:
    # Tue 6 Jan 2026 is Orthodox Christmas Eve in Republika Srpska (BA/SRP), not in the national BA list.
    day = date(2026, 1, 6)
    (skipped,) = WorkingCalendar("BA", "SRP", WEEKEND).non_working_days(day, day)

    assert skipped.reason == "Orthodox Christmas Eve"
    assert skipped.source == "public holiday, holidays package BA/SRP"
    assert WorkingCalendar("BA", None, WEEKEND).non_working_days(day, day) == ()


def test_declared_day_keeps_caller_reason() -> None:
    # Tue 7 Apr 2026 is an ordinary working day in HR until it is declared closed.
    calendar = WorkingCalendar("HR", None, WEEKEND, {date(2026, 4, 7): "Office moved"})

    skipped = calendar.non_working_days(date(2026, 4, 4), date(2026, 4, 7))

    assert [day.skipped_on for day in skipped] == [
        date(2026, 4, 4),
        date(2026, 4, 5),
        date(2026, 4, 6),
        date(2026, 4, 7),
    ]
    assert [day.source for day in skipped] == ["weekend", HR_HOLIDAY, HR_HOLIDAY, DECLARED]
    assert skipped[3].reason == "Office moved"
    assert calendar.non_working_reason(date(2026, 4, 7)) == "Office moved"


def test_declared_day_wins_over_holiday() -> None:
    # Thu 1 Jan 2026 is New Year's Day, and the declared reason replaces the holiday's name.
    calendar = WorkingCalendar("HR", None, WEEKEND, {date(2026, 1, 1): "Office moved"})

    (skipped,) = calendar.non_working_days(date(2026, 1, 1), date(2026, 1, 1))

    assert skipped.reason == "Office moved"
    assert skipped.source == DECLARED


def test_declared_days_across_new_year() -> None:
    # Wed 31 Dec 2025 and Fri 2 Jan 2026 are declared, Thu 1 Jan 2026 is New Year's Day.
    calendar = WorkingCalendar(
        "HR", None, WEEKEND, {date(2025, 12, 31): "Stocktaking", date(2026, 1, 2): "Stocktaking"}
    )

    skipped = calendar.non_working_days(date(2025, 12, 31), date(2026, 1, 2))

    assert [(day.skipped_on, day.reason, day.source) for day in skipped] == [
        (date(2025, 12, 31), "Stocktaking", DECLARED),
        (date(2026, 1, 1), "New Year's Day", HR_HOLIDAY),
        (date(2026, 1, 2), "Stocktaking", DECLARED),
    ]


def test_skipped_day_source_defaults_empty() -> None:
    assert SkippedDay(date(2026, 8, 16), "Sunday").source == ""


def test_skipped_day_equality_ignores_source() -> None:
    # Callers that build a SkippedDay from a date and a reason still compare equal.
    (skipped,) = WorkingCalendar("HR", None, WEEKEND).non_working_days(date(2026, 8, 16), date(2026, 8, 16))

    assert skipped == SkippedDay(date(2026, 8, 16), "Sunday")
    assert hash(skipped) == hash(SkippedDay(date(2026, 8, 16), "Sunday"))


def test_explanation_names_declared_day() -> None:
    from pathlib import Path

    from foi_tracker.law import PeriodName, compute_deadline, load_legal_refs

    croatia = load_legal_refs(Path(__file__).resolve().parents[3] / "legal_refs")["HR"]
    calendar = WorkingCalendar.for_jurisdiction(croatia, {date(2026, 12, 7): "Government decision"})

    # Received Fri 2026-11-20: day 15 is Sat 2026-12-05; Sunday, then the declared Monday.
    lines = compute_deadline(croatia, PeriodName.REPLY, date(2026, 11, 20), calendar=calendar).explanation()

    assert "Skipped: Mon 2026-12-07, Government decision (declared non-working day)." in lines
    assert "Skipped: Sat 2026-12-05, Saturday." in lines
    assert "Due: Tue 2026-12-08." in lines
