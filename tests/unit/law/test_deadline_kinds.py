"""Each fault kind from the worked cases, repeated over several years."""

from datetime import date

import holidays
import pytest

from foi_tracker.law import JurisdictionRefs, PeriodName, compute_deadline


@pytest.mark.parametrize(
    ("code", "received_on", "due_on"),
    [
        # Day 15 is New Year's Day, Wed 1 Jan 2025; Serbia also closes on 2 Jan.
        ("HR", date(2024, 12, 17), date(2025, 1, 2)),
        ("RS", date(2024, 12, 17), date(2025, 1, 3)),
        # Day 15 is New Year's Day, Thu 1 Jan 2026 (case C1).
        ("HR", date(2025, 12, 17), date(2026, 1, 2)),
        ("RS", date(2025, 12, 17), date(2026, 1, 5)),
        # Day 15 is New Year's Day, Fri 1 Jan 2027, then a weekend (2 Jan is a holiday in Serbia).
        ("HR", date(2026, 12, 17), date(2027, 1, 4)),
        ("RS", date(2026, 12, 17), date(2027, 1, 4)),
        # Day 15 is New Year's Day, Sat 1 Jan 2028; Serbia observes Sunday 2 Jan on Monday 3 Jan.
        ("HR", date(2027, 12, 17), date(2028, 1, 3)),
        ("RS", date(2027, 12, 17), date(2028, 1, 4)),
    ],
)
def test_next_years_holidays_loaded(
    legal_refs: dict[str, JurisdictionRefs], code: str, received_on: date, due_on: date
) -> None:
    deadline = compute_deadline(legal_refs[code], PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on


@pytest.mark.parametrize(
    ("code", "received_on", "due_on"),
    [
        # Mondays in September with no holiday nearby: day 15 is the Tuesday two weeks later.
        ("HR", date(2025, 9, 1), date(2025, 9, 16)),
        ("HR", date(2026, 9, 7), date(2026, 9, 22)),
        ("HR", date(2027, 9, 6), date(2027, 9, 21)),
        ("RS", date(2025, 9, 1), date(2025, 9, 16)),
        ("RS", date(2026, 9, 7), date(2026, 9, 22)),
        ("RS", date(2027, 9, 6), date(2027, 9, 21)),
        ("BA", date(2026, 9, 7), date(2026, 9, 22)),
    ],
)
def test_receipt_is_day_zero(
    legal_refs: dict[str, JurisdictionRefs], code: str, received_on: date, due_on: date
) -> None:
    deadline = compute_deadline(legal_refs[code], PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.rolled_from is None


@pytest.mark.parametrize(
    ("code", "received_on", "due_on"),
    [
        # Day 15 is Sat 1 Nov 2025, All Saints' Day in Croatia, then Sunday.
        ("HR", date(2025, 10, 17), date(2025, 11, 3)),
        # Day 15 is Sat 26 Dec 2026, St Stephen's Day in Croatia, then Sunday.
        ("HR", date(2026, 12, 11), date(2026, 12, 28)),
        # Day 15 is Sun 15 Feb 2026, Statehood Day in Serbia, observed Mon-Tue 16-17 Feb.
        ("RS", date(2026, 1, 31), date(2026, 2, 18)),
        # Day 15 is Fri 30 Apr 2027, Orthodox Good Friday, then Holy Saturday with Labour Day,
        # Easter Sunday with Labour Day, Easter Monday and Labour Day observed on Tue 4 May.
        ("RS", date(2027, 4, 15), date(2027, 5, 5)),
        # Day 15 is Fri 10 Apr 2026, Orthodox Good Friday in the BA national list.
        ("BA", date(2026, 3, 26), date(2026, 4, 13)),
    ],
)
def test_rolled_due_is_working_day(
    legal_refs: dict[str, JurisdictionRefs], code: str, received_on: date, due_on: date
) -> None:
    refs = legal_refs[code]
    deadline = compute_deadline(refs, PeriodName.REPLY, received_on)
    public_holidays = holidays.country_holidays(refs.holidays_country, years=due_on.year)

    assert deadline.due_on == due_on
    assert deadline.rolled_from is not None
    assert deadline.due_on.weekday() < 5
    assert deadline.due_on not in public_holidays


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Day 40 is Sat 19 Apr 2025, Orthodox Holy Saturday, then Easter Sunday and Monday (Art. 16(4)).
        (date(2025, 3, 10), date(2025, 4, 22)),
        # Case C5: day 40 is Holy Saturday 11 Apr 2026.
        (date(2026, 3, 2), date(2026, 4, 14)),
        # Day 40 is Fri 30 Apr 2027, Orthodox Good Friday; Labour Day observed on Tue 4 May.
        (date(2027, 3, 21), date(2027, 5, 5)),
    ],
)
def test_serbian_extension_caps_at_forty(
    serbia: JurisdictionRefs, received_on: date, due_on: date
) -> None:
    deadline = compute_deadline(serbia, PeriodName.EXTENSION, received_on)

    assert deadline.due_on == due_on
    assert deadline.day_zero_on == received_on


@pytest.mark.parametrize(
    ("received_on", "reply_due_on", "extended_due_on"),
    [
        # Case C6: extension day 15 is Sat 15 Aug 2026, Assumption Day (Art. 22(1)).
        (date(2026, 7, 16), date(2026, 7, 31), date(2026, 8, 17)),
        # Reply day 15 is Fri 15 Aug 2025, Assumption Day, so Mon 18 Aug; + 15 = Tue 2 Sep.
        (date(2025, 7, 31), date(2025, 8, 18), date(2025, 9, 2)),
        # Reply day 15 is Sun 15 Aug 2027, Assumption Day, so Mon 16 Aug; + 15 = Tue 31 Aug.
        (date(2027, 7, 31), date(2027, 8, 16), date(2027, 8, 31)),
    ],
)
def test_croatian_extension_follows_reply(
    croatia: JurisdictionRefs, received_on: date, reply_due_on: date, extended_due_on: date
) -> None:
    deadline = compute_deadline(croatia, PeriodName.EXTENSION, received_on)

    assert deadline.original is not None
    assert deadline.original.due_on == reply_due_on
    assert deadline.due_on == extended_due_on
