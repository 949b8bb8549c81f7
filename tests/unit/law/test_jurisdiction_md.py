"""Moldovan deadlines (Law 148/2023, earlier Law 982/2000) with literal dates.

Holiday facts were checked against holidays 0.109 (`country_holidays("MD")`). The
counting rule of the Administrative Code was not read. MD.yaml assumes that the day of
registration is day 0, and that a last day that is not a working day moves to the next
working day. Moldova keeps the Orthodox Easter and the Day of Rejoicing a week later.
"""

from datetime import date

import pytest

from foi_tracker.law import JurisdictionRefs, PeriodName, PeriodNotDefinedError, compute_deadline


@pytest.fixture(scope="module")
def moldova(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return legal_refs["MD"]


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Thu 2 Apr 2026 + 10 = Orthodox Easter Sun 12 Apr, then Easter Monday 13 Apr (Art. 19).
        (date(2026, 4, 2), date(2026, 4, 14)),
        # Friday receipt: Fri 10 Apr 2026 + 10 = Day of Rejoicing, Mon 20 Apr 2026.
        (date(2026, 4, 10), date(2026, 4, 21)),
        # Tue 31 Mar 2026 + 10 = Good Friday 10 Apr 2026, a working day in Moldova.
        (date(2026, 3, 31), date(2026, 4, 10)),
        # Mon 22 Dec 2025 + 10 = New Year's Day, Thu 1 Jan 2026; 2 Jan is a working day.
        (date(2025, 12, 22), date(2026, 1, 2)),
        # Sun 28 Dec 2025 + 10 = Christmas by the old style, Wed 7 Jan 2026, and 8 Jan too.
        (date(2025, 12, 28), date(2026, 1, 9)),
        # Sat 19 Feb 2028 + 10 = leap day Tue 29 Feb 2028, a working day.
        (date(2028, 2, 19), date(2028, 2, 29)),
        # Wed 4 Mar 2026 + 10 = Sat 14 Mar 2026, so Monday.
        (date(2026, 3, 4), date(2026, 3, 16)),
        # Fri 27 Feb 2026 + 10 = Mon 9 Mar; Women's Day on Sun 8 Mar is not moved to Monday.
        (date(2026, 2, 27), date(2026, 3, 9)),
    ],
)
def test_reply_ten_calendar_days(moldova: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(moldova, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on


def test_extension_seven_days_after_reply(moldova: JurisdictionRefs) -> None:
    # Reply due Tue 14 Apr 2026 after Orthodox Easter; + 7 = Tue 21 Apr, after the Day of Rejoicing (Art. 19).
    deadline = compute_deadline(moldova, PeriodName.EXTENSION, date(2026, 4, 2))

    assert deadline.day_zero_on == date(2026, 4, 14)
    assert deadline.due_on == date(2026, 4, 21)


def test_reply_lists_every_provisional_reason(moldova: JurisdictionRefs) -> None:
    # The unit of Art. 19 and the Administrative Code's counting rule are both unconfirmed.
    deadline = compute_deadline(moldova, PeriodName.REPLY, date(2026, 4, 2))

    assert deadline.provisional is True
    assert deadline.provisional_reasons == (
        f"the reply period is not confirmed: {deadline.period.note}",
        f"the counting rule is not confirmed: {deadline.counting.note}",
    )


def test_old_law_working_days(moldova: JurisdictionRefs) -> None:
    # Law 982/2000 Art. 16(1), 15 working days from Mon 10 Apr 2023: Orthodox Easter Monday 17 Apr,
    # the Day of Rejoicing 24 Apr and Labour Day 1 May 2023 are skipped. Easter Sunday 16 Apr is
    # listed by its holiday name, not as a weekend day.
    deadline = compute_deadline(moldova, PeriodName.REPLY, date(2023, 4, 10))

    assert deadline.law_version_from == date(2000, 5, 11)
    assert deadline.due_on == date(2023, 5, 4)
    assert [day.reason for day in deadline.skipped if day.source != "weekend"] == [
        "Easter",
        "Easter",
        "Day of Rejoicing",
        "International Workers' Solidarity Day",
    ]


def test_version_switch_on_eighth_january(moldova: JurisdictionRefs) -> None:
    # Law 148/2023 applies to requests sent from Mon 8 Jan 2024; one sent on Sun 7 Jan follows Law 982/2000.
    new_law = compute_deadline(moldova, PeriodName.REPLY, date(2024, 1, 9), sent_on=date(2024, 1, 8))
    old_law = compute_deadline(moldova, PeriodName.REPLY, date(2024, 1, 9), sent_on=date(2024, 1, 7))

    # Tue 9 Jan 2024 + 10 = Fri 19 Jan 2024.
    assert new_law.law_version_from == date(2024, 1, 8)
    assert new_law.due_on == date(2024, 1, 19)
    # 15 working days from Tue 9 Jan 2024, no holiday in between: Tue 30 Jan 2024.
    assert old_law.law_version_from == date(2000, 5, 11)
    assert old_law.due_on == date(2024, 1, 30)


def test_appeal_route_not_defined(moldova: JurisdictionRefs) -> None:
    # Chapter IV (Art. 25 onwards) refers to the Administrative Code; the periods were not read.
    with pytest.raises(PeriodNotDefinedError) as error:
        compute_deadline(moldova, PeriodName.APPEAL_REFUSAL, date(2026, 4, 14))

    assert error.value.field_path == "versions[1].periods.appeal_refusal"
    assert "Art. 25" in error.value.reason
