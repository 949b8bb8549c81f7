"""WorkingCalendar's working-day index against a slow day-by-day count written here.

The reference reads the `holidays` package and the weekday directly, one day at a
time, so it shares no code with the index. Holiday facts were checked against
holidays 0.109.
"""

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foi_tracker.law import NoWorkingDayError, WorkingCalendar

COUNTRIES = ("HR", "RS", "BA", "AL")
WEEKEND = frozenset({5, 6})
HOLIDAY_TABLES = {
    country: holidays.country_holidays(country, years=range(2024, 2032)) for country in COUNTRIES
}


def is_working_day_reference(country: str, day: date, closed: frozenset[date] = frozenset()) -> bool:
    return day.weekday() not in WEEKEND and day not in HOLIDAY_TABLES[country] and day not in closed


def add_working_days_reference(
    country: str, start: date, count: int, closed: frozenset[date] = frozenset()
) -> date:
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day_reference(country, day, closed):
            remaining -= 1

    return day


def first_working_day_reference(country: str, day: date) -> date:
    while not is_working_day_reference(country, day):
        day += timedelta(days=1)

    return day


def national_calendar(country: str) -> WorkingCalendar:
    return WorkingCalendar(country, None, WEEKEND)


ADD_CASES = [
    # Sat 20 Dec 2025 + 10 in HR: Christmas 25 Dec, Saint Stephen's Day 26 Dec,
    # New Year's Day 1 Jan and Epiphany 6 Jan 2026 are skipped.
    ("HR", date(2025, 12, 20), 10, date(2026, 1, 8)),
    # Sat 20 Dec 2025 + 10 in RS: 25 Dec is a working day, New Year's Day is 1-2 Jan 2026.
    ("RS", date(2025, 12, 20), 10, date(2026, 1, 6)),
    # One more in RS: Wed 7 Jan 2026 is Orthodox Christmas Day.
    ("RS", date(2025, 12, 20), 11, date(2026, 1, 8)),
    # Sat 20 Dec 2025 + 10 in BA: Catholic Christmas 25 Dec, New Year's Day 1-2 Jan
    # and Orthodox Christmas 7 Jan 2026 are skipped.
    ("BA", date(2025, 12, 20), 10, date(2026, 1, 8)),
    # Mon 20 Dec 2027 + 10 in HR: Christmas and Saint Stephen's Day fall on the weekend
    # and New Year's Day on Sat 1 Jan 2028, with no day off in lieu.
    ("HR", date(2027, 12, 20), 10, date(2028, 1, 3)),
    # Mon 20 Dec 2027 + 10 in RS: New Year's Day on Sat-Sun 1-2 Jan 2028 is observed on Mon 3 Jan.
    ("RS", date(2027, 12, 20), 10, date(2028, 1, 4)),
    # Mon 20 Dec 2027 + 10 in AL: Christmas is observed on Mon 27 Dec, New Year's Day on 3-4 Jan 2028.
    ("AL", date(2027, 12, 20), 10, date(2028, 1, 6)),
    # Thu 2 Apr 2026 + 3 in HR: Good Friday is a working day, Easter Monday 6 Apr is not.
    ("HR", date(2026, 4, 2), 3, date(2026, 4, 8)),
    # Thu 9 Apr 2026 + 3 in RS: Orthodox Good Friday 10 Apr and Easter Monday 13 Apr are skipped.
    ("RS", date(2026, 4, 9), 3, date(2026, 4, 16)),
    # Tue 5 Jan 2027 + 2 in RS: Thu 7 Jan 2027 is Orthodox Christmas Day.
    ("RS", date(2027, 1, 5), 2, date(2027, 1, 8)),
    # Fri 25 Feb 2028 + 2 in HR: Tue 29 Feb 2028, the leap day, is a working day.
    ("HR", date(2028, 2, 25), 2, date(2028, 2, 29)),
    # Fri 25 Feb 2028 + 4 in HR: the count runs over the leap day into March.
    ("HR", date(2028, 2, 25), 4, date(2028, 3, 2)),
    # Fri 25 Feb 2028 + 1 in AL: Mon 28 Feb is Eid al-Fitr (observed, estimated date).
    ("AL", date(2028, 2, 25), 1, date(2028, 2, 29)),
    # Hundreds of working days cross one to three New Years. The dates come from the
    # reference count, because listing every holiday on the way would not fit here.
    ("HR", date(2025, 12, 1), 300, date(2027, 2, 11)),
    ("RS", date(2025, 1, 1), 500, date(2026, 12, 25)),
    ("BA", date(2026, 6, 30), 700, date(2029, 3, 28)),
]


@pytest.mark.parametrize(("country", "start", "count", "expected"), ADD_CASES)
def test_add_working_days_matches_reference(country: str, start: date, count: int, expected: date) -> None:
    assert add_working_days_reference(country, start, count) == expected
    assert national_calendar(country).add_working_days(start, count) == expected


FIRST_WORKING_CASES = [
    # Sat 1 Jan 2028 in RS: New Year's Day on the weekend is observed on Mon 3 Jan.
    ("RS", date(2028, 1, 1), date(2028, 1, 4)),
    # Sat 25 Dec 2027 in HR: Christmas and Saint Stephen's Day fall on the weekend.
    ("HR", date(2027, 12, 25), date(2027, 12, 27)),
    # Thu 31 Dec 2026 in HR is a working day, so the result is the same day.
    ("HR", date(2026, 12, 31), date(2026, 12, 31)),
    # Sat 26 Feb 2028 in AL: Eid al-Fitr (estimated) on Sat 26 Feb is observed on Mon 28 Feb.
    ("AL", date(2028, 2, 26), date(2028, 2, 29)),
    # Wed 7 Jan 2026 in RS is Orthodox Christmas Day.
    ("RS", date(2026, 1, 7), date(2026, 1, 8)),
]


@pytest.mark.parametrize(("country", "day", "expected"), FIRST_WORKING_CASES)
def test_first_working_day_matches_reference(country: str, day: date, expected: date) -> None:
    assert first_working_day_reference(country, day) == expected
    assert national_calendar(country).first_working_day_from(day) == expected


@settings(max_examples=400, deadline=None)
@given(
    country=st.sampled_from(COUNTRIES),
    start=st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)),
    count=st.integers(min_value=0, max_value=40),
)
def test_index_matches_reference_everywhere(country: str, start: date, count: int) -> None:
    calendar = national_calendar(country)
    due = calendar.add_working_days(start, count)

    assert due == add_working_days_reference(country, start, count)
    assert calendar.first_working_day_from(start) == first_working_day_reference(country, start)
    assert calendar.is_working_day(start) == is_working_day_reference(country, start)

    passed = [start + timedelta(days=offset) for offset in range((due - start).days + 1)]
    expected_skipped = [day for day in passed if not is_working_day_reference(country, day)]
    assert [day.skipped_on for day in calendar.non_working_days(start, due)] == expected_skipped


def test_extra_days_move_due_date() -> None:
    # Thu 2 Apr 2026 + 3 in HR is Wed 8 Apr after Easter Monday. Closing Tue 7 Apr moves it to Thu 9 Apr.
    closed = {date(2026, 4, 7): "Office moved"}
    calendar = WorkingCalendar("HR", None, WEEKEND, closed)

    assert add_working_days_reference("HR", date(2026, 4, 2), 3, frozenset(closed)) == date(2026, 4, 9)
    assert calendar.add_working_days(date(2026, 4, 2), 3) == date(2026, 4, 9)
    assert national_calendar("HR").add_working_days(date(2026, 4, 2), 3) == date(2026, 4, 8)


def test_extra_day_across_new_year() -> None:
    # Sat 20 Dec 2025 + 10 in HR is Thu 8 Jan 2026. Closing Wed 31 Dec and Fri 2 Jan
    # moves it two working days, to Mon 12 Jan, because Epiphany 6 Jan is skipped too.
    closed = {date(2025, 12, 31): "Stocktaking", date(2026, 1, 2): "Stocktaking"}
    calendar = WorkingCalendar("HR", None, WEEKEND, closed)

    assert add_working_days_reference("HR", date(2025, 12, 20), 10, frozenset(closed)) == date(2026, 1, 12)
    assert calendar.add_working_days(date(2025, 12, 20), 10) == date(2026, 1, 12)


def test_closure_of_a_year_is_crossed() -> None:
    # No weekend and 365 closed days from Mon 2 Mar 2026 to Mon 1 Mar 2027: the working
    # days Sun 1 Mar 2026 and Tue 2 Mar 2027 are 366 days apart, which is still allowed.
    closed = {date(2026, 3, 2) + timedelta(days=offset): "Closed" for offset in range(365)}
    calendar = WorkingCalendar("HR", None, frozenset(), closed)

    assert calendar.add_working_days(date(2026, 2, 28), 2) == date(2027, 3, 2)
    assert calendar.first_working_day_from(date(2026, 3, 2)) == date(2027, 3, 2)


def test_closure_longer_than_search_raises() -> None:
    # One more closed day, Tue 2 Mar 2027, makes the gap 367 days.
    closed = {date(2026, 3, 2) + timedelta(days=offset): "Closed" for offset in range(366)}
    calendar = WorkingCalendar("HR", None, frozenset(), closed)

    assert calendar.add_working_days(date(2026, 2, 28), 1) == date(2026, 3, 1)
    with pytest.raises(NoWorkingDayError, match="from 2026-03-02"):
        calendar.add_working_days(date(2026, 2, 28), 2)

    with pytest.raises(NoWorkingDayError, match="from 2026-03-02"):
        calendar.first_working_day_from(date(2026, 3, 2))


def test_no_working_weekday_raises() -> None:
    calendar = WorkingCalendar("HR", None, frozenset(range(7)))

    with pytest.raises(NoWorkingDayError, match="from 2026-01-02"):
        calendar.add_working_days(date(2026, 1, 1), 1)


def test_index_shared_for_equal_extras() -> None:
    first = WorkingCalendar("HR", None, WEEKEND, {date(2026, 4, 7): "Office moved"})
    second = WorkingCalendar("HR", None, frozenset({6, 5}), {date(2026, 4, 7): "Office moved"})

    assert first.index is second.index


def test_index_separate_for_other_extras() -> None:
    plain = national_calendar("HR")
    closed = WorkingCalendar("HR", None, WEEKEND, {date(2026, 4, 7): "Office moved"})
    other_reason = WorkingCalendar("HR", None, WEEKEND, {date(2026, 4, 7): "Stocktaking"})
    other_day = WorkingCalendar("HR", None, WEEKEND, {date(2026, 4, 8): "Office moved"})

    assert plain.index is not closed.index
    assert closed.index is not other_reason.index
    assert closed.index is not other_day.index
    assert plain.add_working_days(date(2026, 4, 2), 3) == date(2026, 4, 8)
    assert closed.add_working_days(date(2026, 4, 2), 3) == date(2026, 4, 9)


def test_index_separate_per_weekend() -> None:
    # A Sunday-only weekend makes Sat 11 Apr 2026 a working day in HR.
    sunday_only = WorkingCalendar("HR", None, frozenset({6}))

    assert sunday_only.index is not national_calendar("HR").index
    assert sunday_only.add_working_days(date(2026, 4, 10), 1) == date(2026, 4, 11)
