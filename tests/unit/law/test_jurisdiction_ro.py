"""Romanian deadlines (Law 544/2001) on the 2025-2028 calendars, with literal dates.

Holiday facts were checked against holidays 0.109 (`country_holidays("RO")`). Counting
rule (Norms of HG 123/2002, Art. 16(2)-(3)): neither the day of registration nor the
last day counts, so an N-day period from day D ends on D + N + 1. A last day that is not
a working day moves to the next working day. Romania keeps the Orthodox Easter.
"""

from datetime import date

import pytest

from foi_tracker.law import JurisdictionRefs, PeriodName, PeriodNotDefinedError, compute_deadline


@pytest.fixture(scope="module")
def romania(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return legal_refs["RO"]


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Clear days: Mon 2 Mar 2026 + 11 = Fri 13 Mar 2026, a working day (Art. 7(1)).
        (date(2026, 3, 2), date(2026, 3, 13)),
        # Mon 30 Mar 2026 + 11 = Orthodox Good Friday 10 Apr; Easter 12 Apr and Easter Monday 13 Apr follow.
        (date(2026, 3, 30), date(2026, 4, 14)),
        # Thu 26 Mar 2026 + 11 = Catholic Easter Monday 6 Apr 2026, a working day in Romania.
        (date(2026, 3, 26), date(2026, 4, 6)),
        # Mon 22 Dec 2025 + 11 = Fri 2 Jan 2026, the second day of New Year, then a weekend.
        (date(2025, 12, 22), date(2026, 1, 5)),
        # Friday receipt: Fri 26 Dec 2025 + 11 = Epiphany, Tue 6 Jan 2026, then Saint John the Baptist on 7 Jan.
        (date(2025, 12, 26), date(2026, 1, 8)),
        # Friday receipt: Fri 18 Feb 2028 + 11 = leap day Tue 29 Feb 2028, a working day.
        (date(2028, 2, 18), date(2028, 2, 29)),
        # Tue 3 Mar 2026 + 11 = Sat 14 Mar 2026, so Monday.
        (date(2026, 3, 3), date(2026, 3, 16)),
    ],
)
def test_reply_counts_clear_days(romania: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(romania, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on


def test_reply_clear_day_explained(romania: JurisdictionRefs) -> None:
    # Norms Art. 16(2): a 10-day period from Mon 2 Mar 2026 ends on day 11, Fri 13 Mar, not on Thu 12 Mar.
    deadline = compute_deadline(romania, PeriodName.REPLY, date(2026, 3, 2))
    lines = deadline.explanation()

    assert deadline.rolled_from is None
    assert "Day 11 is Fri 2026-03-13." in lines
    assert any(line.startswith("The last day is not counted either") for line in lines)


def test_reply_orthodox_easter_skipped_days(romania: JurisdictionRefs) -> None:
    # Orthodox Easter 2026: day 11 is Good Friday 10 Apr, then Saturday, Easter Sunday and Easter Monday.
    deadline = compute_deadline(romania, PeriodName.REPLY, date(2026, 3, 30))

    assert deadline.rolled_from == date(2026, 4, 10)
    assert [day.skipped_on for day in deadline.skipped] == [
        date(2026, 4, 10),
        date(2026, 4, 11),
        date(2026, 4, 12),
        date(2026, 4, 13),
    ]


def test_reply_not_provisional(romania: JurisdictionRefs) -> None:
    # Art. 7(1) and the Norms' counting rule are both confirmed.
    deadline = compute_deadline(romania, PeriodName.REPLY, date(2026, 3, 2))

    assert deadline.provisional is False
    assert deadline.article == "Art. 7(1)"


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # 30 days in all (Art. 7(1)): Mon 2 Mar 2026 + 31 = Thu 2 Apr 2026.
        (date(2026, 3, 2), date(2026, 4, 2)),
        # Tue 10 Mar 2026 + 31 = Orthodox Good Friday 10 Apr, then Easter; due Tue 14 Apr.
        (date(2026, 3, 10), date(2026, 4, 14)),
    ],
)
def test_extension_thirty_days_in_all(romania: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(romania, PeriodName.EXTENSION, received_on)

    assert deadline.due_on == due_on
    assert deadline.day_zero_on == received_on


def test_extension_notice_within_ten_days(romania: JurisdictionRefs) -> None:
    # Art. 7(1): the authority notifies the requester of the extension in writing within the first 10 days.
    lines = compute_deadline(romania, PeriodName.EXTENSION, date(2026, 3, 2)).explanation()

    assert any("within 10 days" in line and "Art. 7(1)" in line for line in lines)


def test_appeal_silence_from_reply_due(romania: JurisdictionRefs) -> None:
    # Reply due Fri 13 Mar 2026; + 31 = Easter Monday 13 Apr 2026, so Tue 14 Apr (Art. 22(1)).
    deadline = compute_deadline(romania, PeriodName.APPEAL_SILENCE, date(2026, 3, 2))

    assert deadline.day_zero_on == date(2026, 3, 13)
    assert deadline.due_on == date(2026, 4, 14)


@pytest.mark.parametrize(
    ("name", "event_on", "due_on"),
    [
        # Complaint within 30 days (Art. 21(2)): Wed 1 Jul 2026 + 31 = Sat 1 Aug, so Monday.
        (PeriodName.APPEAL_REFUSAL, date(2026, 7, 1), date(2026, 8, 3)),
        # Head's answer within 15 days (Art. 21(3)): Fri 15 May 2026 + 16 = Pentecost Sun 31 May;
        # Mon 1 Jun is Children's Day and Pentecost Monday.
        (PeriodName.APPEAL_DECISION, date(2026, 5, 15), date(2026, 6, 2)),
    ],
)
def test_appeal_periods_clear_days(
    romania: JurisdictionRefs, name: PeriodName, event_on: date, due_on: date
) -> None:
    deadline = compute_deadline(romania, name, event_on)

    assert deadline.due_on == due_on
    assert deadline.provisional is False


def test_transfer_not_defined(romania: JurisdictionRefs) -> None:
    with pytest.raises(PeriodNotDefinedError) as error:
        compute_deadline(romania, PeriodName.TRANSFER, date(2026, 3, 2))

    assert error.value.file_name == "RO.yaml"
