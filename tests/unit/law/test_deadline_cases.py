"""Worked deadline cases with literal dates from the 2025-2028 calendars.

Holiday facts were checked against the `holidays` package 0.109. Counting rule:
the day of receipt is day 0, a 15-day period ends on day 15, and a last day that is
not a working day moves to the next working day (HR: ZUP Art. 81; RS: ZUP Art. 80).
"""

from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest

from foi_tracker.law import (
    JurisdictionRefs,
    LegalRefsError,
    PeriodName,
    PeriodNotDefinedError,
    PeriodUnit,
    SkippedDay,
    WorkingCalendar,
    compute_deadline,
    days_left,
)


def test_reply_c1_croatia_new_year(croatia: JurisdictionRefs) -> None:
    # Day 15 is Thu 1 Jan 2026, New Year's Day; 2 Jan is a working day in Croatia (ZPPI Art. 20(1)).
    deadline = compute_deadline(croatia, PeriodName.REPLY, date(2025, 12, 17))

    assert deadline.due_on == date(2026, 1, 2)
    assert deadline.rolled_from == date(2026, 1, 1)
    assert deadline.skipped == (SkippedDay(date(2026, 1, 1), "New Year's Day"),)


def test_reply_c1_serbia_new_year(serbia: JurisdictionRefs) -> None:
    # 1-2 Jan 2026 are both New Year's Day in Serbia, then a weekend (ZSPIJZ Art. 16(1)).
    deadline = compute_deadline(serbia, PeriodName.REPLY, date(2025, 12, 17))

    assert deadline.due_on == date(2026, 1, 5)
    assert [day.skipped_on for day in deadline.skipped] == [
        date(2026, 1, 1),
        date(2026, 1, 2),
        date(2026, 1, 3),
        date(2026, 1, 4),
    ]


def test_reply_c2_croatia_easter(croatia: JurisdictionRefs) -> None:
    # Received on a Saturday; day 15 is Easter Sunday 5 Apr 2026, then Easter Monday (Art. 20(1)).
    deadline = compute_deadline(croatia, PeriodName.REPLY, date(2026, 3, 21))

    assert deadline.due_on == date(2026, 4, 7)
    assert deadline.skipped == (
        SkippedDay(date(2026, 4, 5), "Easter Sunday"),
        SkippedDay(date(2026, 4, 6), "Easter Monday"),
    )


def test_reply_c5_serbia_no_roll(serbia: JurisdictionRefs) -> None:
    # Day 15 is Tue 17 Mar 2026, a working day (Art. 16(1)).
    deadline = compute_deadline(serbia, PeriodName.REPLY, date(2026, 3, 2))

    assert deadline.due_on == date(2026, 3, 17)
    assert deadline.rolled_from is None
    assert deadline.skipped == ()


def test_extension_c5_serbia_orthodox_easter(serbia: JurisdictionRefs) -> None:
    # 40 days in all from receipt (Art. 16(4)): day 40 is Orthodox Holy Saturday 11 Apr 2026,
    # then Easter Sunday 12 Apr and Easter Monday 13 Apr.
    deadline = compute_deadline(serbia, PeriodName.EXTENSION, date(2026, 3, 2))

    assert deadline.due_on == date(2026, 4, 14)
    assert deadline.day_zero_on == date(2026, 3, 2)
    assert [day.reason for day in deadline.skipped] == ["Holy Saturday", "Easter Sunday", "Easter Monday"]
    assert deadline.article == "Art. 16(4)"


def test_reply_c6_croatia_summer(croatia: JurisdictionRefs) -> None:
    # Day 15 is Fri 31 Jul 2026, a working day (Art. 20(1)).
    deadline = compute_deadline(croatia, PeriodName.REPLY, date(2026, 7, 16))

    assert deadline.due_on == date(2026, 7, 31)


def test_extension_c6_croatia_assumption_day(croatia: JurisdictionRefs) -> None:
    # 15 more days from the reply due date 31 Jul (Art. 22(1)): day 15 is Sat 15 Aug 2026,
    # Assumption Day, then Sunday.
    deadline = compute_deadline(croatia, PeriodName.EXTENSION, date(2026, 7, 16))

    assert deadline.due_on == date(2026, 8, 17)
    assert deadline.start_on == date(2026, 7, 16)
    assert deadline.day_zero_on == date(2026, 7, 31)
    assert deadline.original is not None
    assert deadline.original.due_on == date(2026, 7, 31)
    assert deadline.skipped == (
        SkippedDay(date(2026, 8, 15), "Assumption Day"),
        SkippedDay(date(2026, 8, 16), "Sunday"),
    )


def test_extension_croatia_counts_from_rolled_reply(croatia: JurisdictionRefs) -> None:
    # Reply period of C2 ends Tue 7 Apr 2026 after Easter; 15 days later is Wed 22 Apr (Art. 22(1)).
    deadline = compute_deadline(croatia, PeriodName.EXTENSION, date(2026, 3, 21))

    assert deadline.due_on == date(2026, 4, 22)
    assert deadline.day_zero_on == date(2026, 4, 7)


def test_extension_croatia_given_original_due(croatia: JurisdictionRefs) -> None:
    # The caller's original due date is used as is: 31 Jul + 15 = Sat 15 Aug, Assumption Day (Art. 22(1)).
    deadline = compute_deadline(
        croatia, PeriodName.EXTENSION, date(2026, 7, 16), original_due_on=date(2026, 7, 31)
    )

    assert deadline.due_on == date(2026, 8, 17)
    assert deadline.original is None


@pytest.mark.parametrize(
    ("received_on", "due_on", "holiday"),
    [
        # Day 15 is Easter Monday 21 Apr 2025 (Art. 20(1)).
        (date(2025, 4, 6), date(2025, 4, 22), "Easter Monday"),
        # Day 15 is Easter Sunday 20 Apr 2025, then Easter Monday.
        (date(2025, 4, 5), date(2025, 4, 22), "Easter Sunday"),
        # Day 15 is Easter Monday 29 Mar 2027.
        (date(2027, 3, 14), date(2027, 3, 30), "Easter Monday"),
    ],
)
def test_reply_croatia_easter_monday(
    croatia: JurisdictionRefs, received_on: date, due_on: date, holiday: str
) -> None:
    deadline = compute_deadline(croatia, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.skipped[0].reason == holiday


def test_reply_good_friday_differs_by_country(croatia: JurisdictionRefs, serbia: JurisdictionRefs) -> None:
    # Day 15 is Fri 18 Apr 2025: Good Friday is a working day in Croatia but a holiday in
    # Serbia, where Holy Saturday, Easter Sunday and Easter Monday follow (same dates in 2025).
    assert compute_deadline(croatia, PeriodName.REPLY, date(2025, 4, 3)).due_on == date(2025, 4, 18)
    assert compute_deadline(serbia, PeriodName.REPLY, date(2025, 4, 3)).due_on == date(2025, 4, 22)


@pytest.mark.parametrize(
    ("code", "received_on", "due_on"),
    [
        # Day 15 is Orthodox Christmas, Wed 7 Jan 2026, in Serbia.
        ("RS", date(2025, 12, 23), date(2026, 1, 8)),
        # Same day in Bosnia and Herzegovina's national list.
        ("BA", date(2025, 12, 23), date(2026, 1, 8)),
        # Orthodox Christmas is a working day in Croatia.
        ("HR", date(2025, 12, 23), date(2026, 1, 7)),
        # Orthodox Christmas, Thu 7 Jan 2027, in Serbia.
        ("RS", date(2026, 12, 23), date(2027, 1, 8)),
    ],
)
def test_reply_orthodox_christmas(
    legal_refs: dict[str, JurisdictionRefs], code: str, received_on: date, due_on: date
) -> None:
    deadline = compute_deadline(legal_refs[code], PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on


def test_reply_croatia_epiphany(croatia: JurisdictionRefs, serbia: JurisdictionRefs) -> None:
    # Day 15 is Tue 6 Jan 2026, Epiphany: a holiday in Croatia, a working day in Serbia.
    assert compute_deadline(croatia, PeriodName.REPLY, date(2025, 12, 22)).due_on == date(2026, 1, 7)
    assert compute_deadline(serbia, PeriodName.REPLY, date(2025, 12, 22)).due_on == date(2026, 1, 6)


@pytest.mark.parametrize(
    ("code", "received_on", "due_on"),
    [
        # Fri 6 Feb 2026: day 15 is always a Saturday for a Friday receipt, so Monday.
        ("HR", date(2026, 2, 6), date(2026, 2, 23)),
        ("RS", date(2026, 2, 6), date(2026, 2, 23)),
        # Fri 15 May 2026: day 15 is Sat 30 May, Statehood Day in Croatia, then Sunday.
        ("HR", date(2026, 5, 15), date(2026, 6, 1)),
    ],
)
def test_reply_friday_receipt_ends_monday(
    legal_refs: dict[str, JurisdictionRefs], code: str, received_on: date, due_on: date
) -> None:
    deadline = compute_deadline(legal_refs[code], PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.due_on.weekday() == 0


@pytest.mark.parametrize(
    ("code", "delivered_on", "due_on"),
    [
        # Fri 24 Apr 2026 + 15 = Sat 9 May, so Monday (HR ZPPI Art. 25(1)).
        ("HR", date(2026, 4, 24), date(2026, 5, 11)),
        # Fri 17 Apr 2026 + 15 = Sat 2 May, Labour Day in Serbia, then Sunday (RS Art. 22(1)).
        ("RS", date(2026, 4, 17), date(2026, 5, 4)),
    ],
)
def test_appeal_refusal_from_delivery(
    legal_refs: dict[str, JurisdictionRefs], code: str, delivered_on: date, due_on: date
) -> None:
    deadline = compute_deadline(legal_refs[code], PeriodName.APPEAL_REFUSAL, delivered_on)

    assert deadline.due_on == due_on
    assert deadline.provisional is False


def test_reply_bosnia_is_provisional(bosnia: JurisdictionRefs) -> None:
    # Day 15 is Orthodox Christmas, Wed 7 Jan 2026, in the BA national list.
    deadline = compute_deadline(bosnia, PeriodName.REPLY, date(2025, 12, 23))

    assert deadline.due_on == date(2026, 1, 8)
    assert deadline.provisional is True
    assert deadline.article is None
    assert any(reason.startswith("the reply period is not confirmed") for reason in deadline.provisional_reasons)
    assert any(reason.startswith("the counting rule is not confirmed") for reason in deadline.provisional_reasons)
    assert any(reason.startswith("the holiday calendar is not confirmed") for reason in deadline.provisional_reasons)


def test_explanation_bosnia_says_provisional(bosnia: JurisdictionRefs) -> None:
    lines = compute_deadline(bosnia, PeriodName.REPLY, date(2025, 12, 23)).explanation()

    assert any("article not confirmed" in line for line in lines)
    assert sum(line.startswith("Provisional: ") for line in lines) == 3


def test_extension_bosnia_not_defined(bosnia: JurisdictionRefs) -> None:
    with pytest.raises(PeriodNotDefinedError) as error:
        compute_deadline(bosnia, PeriodName.EXTENSION, date(2026, 3, 2))

    assert error.value.file_name == "BA.yaml"
    assert error.value.field_path == "versions[1].periods.extension"
    assert "not confirmed" in error.value.reason


def test_reply_croatia_is_not_provisional(croatia: JurisdictionRefs) -> None:
    deadline = compute_deadline(croatia, PeriodName.REPLY, date(2025, 12, 17))

    assert deadline.provisional is False
    assert deadline.provisional_reasons == ()


def test_version_before_bosnian_law_rejected(bosnia: JurisdictionRefs) -> None:
    # The file's earliest version, the 2000 law, starts on the placeholder date 1 Jan 2001.
    with pytest.raises(LegalRefsError) as error:
        compute_deadline(bosnia, PeriodName.REPLY, date(2001, 1, 3), sent_on=date(2000, 12, 31))

    assert "2000-12-31" in str(error.value)
    assert "2001-01-01" in str(error.value)


def test_version_selected_by_sent_on(bosnia: JurisdictionRefs) -> None:
    # Sl. glasnik BiH 61/23 entered into force on 13 Sep 2023 and replaced the 2000 law.
    new_law = compute_deadline(bosnia, PeriodName.REPLY, date(2023, 9, 20), sent_on=date(2023, 9, 13))
    old_law = compute_deadline(bosnia, PeriodName.REPLY, date(2023, 9, 20), sent_on=date(2023, 9, 12))

    assert new_law.law_version_from == date(2023, 9, 13)
    assert old_law.law_version_from == date(2001, 1, 1)


def test_explanation_lists_each_skipped_day(croatia: JurisdictionRefs) -> None:
    # C6 extension: Assumption Day (Sat 15 Aug 2026) and Sunday are skipped (ZUP Art. 81).
    lines = compute_deadline(croatia, PeriodName.EXTENSION, date(2026, 7, 16)).explanation()

    assert lines[0] == "Start: Thu 2026-07-16 (receipt of the request by the authority)."
    assert "Skipped: Sat 2026-08-15, Assumption Day (public holiday, holidays package HR)." in lines
    assert "Skipped: Sun 2026-08-16, Sunday." in lines
    assert "Due: Mon 2026-08-17." in lines
    assert any("Art. 22(1)" in line for line in lines)
    assert any("Art. 81" in line for line in lines)
    assert any("Fri 2026-07-31" in line and "Original reply period" in line for line in lines)


def test_explanation_states_day_zero_rule(croatia: JurisdictionRefs) -> None:
    lines = compute_deadline(croatia, PeriodName.REPLY, date(2025, 12, 17)).explanation()

    assert any("The day of receipt, Wed 2025-12-17, is day 0" in line for line in lines)
    assert any("Art. 20(1)" in line for line in lines)
    assert "Day 15 is Thu 2026-01-01." in lines
    assert "Skipped: Thu 2026-01-01, New Year's Day (public holiday, holidays package HR)." in lines


def test_extra_closed_day_moves_deadline(croatia: JurisdictionRefs) -> None:
    # An admin records Fri 2 Jan 2026 as closed; with New Year's Day and the weekend, C1 moves to Monday.
    calendar = WorkingCalendar.for_jurisdiction(croatia, {date(2026, 1, 2): "Office closed by order"})

    deadline = compute_deadline(croatia, PeriodName.REPLY, date(2025, 12, 17), calendar=calendar)

    assert deadline.due_on == date(2026, 1, 5)
    assert SkippedDay(date(2026, 1, 2), "Office closed by order") in deadline.skipped


def test_working_day_period_skips_easter_monday(croatia: JurisdictionRefs) -> None:
    # No law in the files uses working days yet, so a 5-working-day reply period is made up
    # here. 19-20 Apr 2025 is a weekend and 21 Apr is Easter Monday; Good Friday is a working day.
    version = croatia.versions[0]
    five_working_days = replace(version.periods[PeriodName.REPLY], length=5, unit=PeriodUnit.WORKING_DAYS)
    periods = MappingProxyType({PeriodName.REPLY: five_working_days})
    refs = replace(croatia, versions=(replace(version, periods=periods),))

    deadline = compute_deadline(refs, PeriodName.REPLY, date(2025, 4, 17))

    assert deadline.due_on == date(2025, 4, 25)
    assert [day.skipped_on for day in deadline.skipped] == [date(2025, 4, 19), date(2025, 4, 20), date(2025, 4, 21)]
    assert deadline.rolled_from is None


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 12, 31), 2),
        (date(2026, 1, 2), 0),
        (date(2026, 1, 5), -3),
    ],
)
def test_days_left_counts_to_due(today: date, expected: int) -> None:
    assert days_left(date(2026, 1, 2), today) == expected
