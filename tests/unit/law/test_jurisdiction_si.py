"""Slovenian deadlines (ZDIJZ) on the 2025-2028 calendars, with literal dates.

Holiday facts were checked against holidays 0.109 (`country_holidays("SI")`). Counting
rule (ZUP Arts. 100-101): the day of receipt is day 0. A working-day period skips
Saturdays, Sundays and public holidays, and a calendar-day period whose last day is not
a working day moves to the next working day. Slovenia keeps the Catholic Easter.
"""

from datetime import date

import pytest

from foi_tracker.law import JurisdictionRefs, PeriodName, PeriodNotDefinedError, compute_deadline


@pytest.fixture(scope="module")
def slovenia(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return legal_refs["SI"]


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Easter Monday 21 Apr 2025 and Labour Day 1-2 May 2025 are skipped; Good Friday is a working day (20 working days).
        (date(2025, 4, 2), date(2025, 5, 5)),
        # Easter Monday 6 Apr 2026, Uprising Day 27 Apr and Labour Day 1 May 2026 are skipped.
        (date(2026, 4, 1), date(2026, 5, 4)),
        # Christmas 25 Dec, Independence Day 26 Dec 2025 and New Year 1-2 Jan 2026 are skipped.
        (date(2025, 12, 15), date(2026, 1, 16)),
        # Prešeren Day Tue 8 Feb 2028 is skipped; leap day Tue 29 Feb 2028 is working day 19.
        (date(2028, 2, 1), date(2028, 3, 1)),
        # Friday receipt with no holiday in the period: four whole weeks, ending on a Friday.
        (date(2026, 3, 6), date(2026, 4, 3)),
        # Primož Trubar Day, Mon 8 Jun 2026, is a national holiday but a working day, so it is day 20.
        (date(2026, 5, 11), date(2026, 6, 8)),
    ],
)
def test_reply_counts_working_days(slovenia: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(slovenia, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.rolled_from is None


def test_reply_skips_easter_monday(slovenia: JurisdictionRefs) -> None:
    # Catholic Easter 2025: Sun 20 and Mon 21 Apr; Labour Day Thu 1 and Fri 2 May (20 working days).
    deadline = compute_deadline(slovenia, PeriodName.REPLY, date(2025, 4, 2))

    skipped = {day.skipped_on: day.reason for day in deadline.skipped}
    assert skipped[date(2025, 4, 20)] == "Easter Sunday"
    assert skipped[date(2025, 4, 21)] == "Easter Monday"
    assert skipped[date(2025, 5, 1)] == "Labor Day"
    assert skipped[date(2025, 5, 2)] == "Labor Day"
    assert date(2025, 4, 18) not in skipped


def test_reply_not_provisional(slovenia: JurisdictionRefs) -> None:
    # The 20 working days are confirmed, but the article number is not.
    deadline = compute_deadline(slovenia, PeriodName.REPLY, date(2025, 4, 2))

    assert deadline.provisional is False
    assert deadline.article is None
    assert any("article not confirmed" in line for line in deadline.explanation())


def test_extension_adds_thirty_working_days(slovenia: JurisdictionRefs) -> None:
    # Reply due Mon 5 May 2025 after Easter Monday and Labour Day; 30 more working days end Mon 16 Jun 2025.
    deadline = compute_deadline(slovenia, PeriodName.EXTENSION, date(2025, 4, 2))

    assert deadline.day_zero_on == date(2025, 5, 5)
    assert deadline.due_on == date(2025, 6, 16)


def test_extension_is_provisional(slovenia: JurisdictionRefs) -> None:
    # The 30-working-day extension comes from secondary summaries only.
    deadline = compute_deadline(slovenia, PeriodName.EXTENSION, date(2025, 4, 2))

    assert deadline.provisional is True
    assert deadline.provisional_reasons == (f"the extension period is not confirmed: {deadline.period.note}",)


@pytest.mark.parametrize(
    ("delivered_on", "due_on"),
    [
        # Fri 24 Apr 2026 + 15 = Sat 9 May, so Monday (ZUP Art. 101(2)).
        (date(2026, 4, 24), date(2026, 5, 11)),
        # Fri 17 Apr 2026 + 15 = Sat 2 May, Labour Day, then Sunday.
        (date(2026, 4, 17), date(2026, 5, 4)),
        # Thu 17 Dec 2026 + 15 = Fri 1 Jan 2027, New Year's Day; 2 Jan is New Year too, then Sunday.
        (date(2026, 12, 17), date(2027, 1, 4)),
        # Mon 22 Mar 2027 + 15 = Tue 6 Apr 2027; Easter Monday 29 Mar lies inside and does not lengthen it.
        (date(2027, 3, 22), date(2027, 4, 6)),
    ],
)
def test_appeal_refusal_rolls_to_monday(slovenia: JurisdictionRefs, delivered_on: date, due_on: date) -> None:
    deadline = compute_deadline(slovenia, PeriodName.APPEAL_REFUSAL, delivered_on)

    assert deadline.due_on == due_on


def test_appeal_refusal_flags_conflict(slovenia: JurisdictionRefs) -> None:
    # 15 days per the Commissioner's page against 21 days in ZUP Art. 235(1): the date is provisional.
    deadline = compute_deadline(slovenia, PeriodName.APPEAL_REFUSAL, date(2026, 4, 24))

    assert deadline.provisional is True
    assert len(deadline.provisional_reasons) == 1
    assert deadline.provisional_reasons[0].startswith("the appeal_refusal period is not confirmed")
    assert "Art. 235(1)" in deadline.provisional_reasons[0]


def test_appeal_silence_has_no_deadline(slovenia: JurisdictionRefs) -> None:
    # ZUP Art. 222(5): an appeal for silence has no time limit and goes to the Commissioner.
    with pytest.raises(PeriodNotDefinedError) as error:
        compute_deadline(slovenia, PeriodName.APPEAL_SILENCE, date(2026, 5, 4))

    assert error.value.field_path == "versions[0].periods.appeal_silence"
    assert "No time limit" in error.value.reason


def test_workday_holidays_not_days_off(slovenia: JurisdictionRefs) -> None:
    # Rudolf Maister Day, Mon 23 Nov 2026, is in the `workday` category only: 15 days from Sun 8 Nov end on it.
    deadline = compute_deadline(slovenia, PeriodName.APPEAL_REFUSAL, date(2026, 11, 8))

    assert deadline.due_on == date(2026, 11, 23)
    assert deadline.skipped == ()
