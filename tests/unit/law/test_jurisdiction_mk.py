"""North Macedonian deadlines (Sl. vesnik RSM 101/2019) on the real 2025-2028 calendars.

Expected dates were worked out by hand from the public holidays of the `holidays`
package 0.109 (MK): Orthodox Christmas, Orthodox Easter Monday and Eid al-Fitr are days
off for everyone, Catholic holidays only for Catholics. The 20 and 30 days are taken as
calendar days and no article was read, so every deadline is provisional.
"""

from datetime import date

import pytest

from foi_tracker.law import (
    JurisdictionRefs,
    LegalRefsError,
    PeriodName,
    PeriodNotDefinedError,
    compute_deadline,
    find_refs,
)


@pytest.fixture(scope="module")
def north_macedonia(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return find_refs(legal_refs, "MK")


def reason_subjects(reasons: tuple[str, ...]) -> list[str]:
    return [reason.split(":")[0] for reason in reasons]


@pytest.mark.parametrize(
    ("received_on", "due_on", "rolled_from"),
    [
        # Friday receipt. Day 20 is New Year's Day Thu 1 Jan 2026, and 2 Jan is a working day (article not read).
        (date(2025, 12, 12), date(2026, 1, 2), date(2026, 1, 1)),
        # Day 20 is Orthodox Christmas Wed 7 Jan 2026 (article not read).
        (date(2025, 12, 18), date(2026, 1, 8), date(2026, 1, 7)),
        # Day 20 is Orthodox Easter Monday 13 Apr 2026 (article not read).
        (date(2026, 3, 24), date(2026, 4, 14), date(2026, 4, 13)),
        # Day 20 is Eid al-Fitr Fri 20 Mar 2026 (estimated), then a weekend (article not read).
        (date(2026, 2, 28), date(2026, 3, 23), date(2026, 3, 20)),
        # Day 20 is Saints Cyril and Methodius Sun 24 May 2026, then its day off in lieu on Mon 25 May.
        (date(2026, 5, 4), date(2026, 5, 26), date(2026, 5, 24)),
    ],
)
def test_reply_north_macedonia_holidays(
    north_macedonia: JurisdictionRefs, received_on: date, due_on: date, rolled_from: date
) -> None:
    deadline = compute_deadline(north_macedonia, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.rolled_from == rolled_from


def test_reply_catholic_easter_is_working(north_macedonia: JurisdictionRefs) -> None:
    # Day 20 is Catholic Easter Monday 6 Apr 2026, a day off only for Catholics (article not read).
    deadline = compute_deadline(north_macedonia, PeriodName.REPLY, date(2026, 3, 17))

    assert deadline.due_on == date(2026, 4, 6)
    assert deadline.rolled_from is None


def test_reply_leap_day(north_macedonia: JurisdictionRefs) -> None:
    # No holiday. Day 20 is leap day Tue 29 Feb 2028 (article not read).
    deadline = compute_deadline(north_macedonia, PeriodName.REPLY, date(2028, 2, 9))

    assert deadline.due_on == date(2028, 2, 29)


def test_extension_saint_clement_day(north_macedonia: JurisdictionRefs) -> None:
    # 30 days in all from receipt. Day 30 is Saint Clement of Ohrid Day Tue 8 Dec 2026 (article not read).
    deadline = compute_deadline(north_macedonia, PeriodName.EXTENSION, date(2026, 11, 8))

    assert deadline.due_on == date(2026, 12, 9)
    assert deadline.day_zero_on == date(2026, 11, 8)


@pytest.mark.parametrize(
    "period_name",
    [
        PeriodName.URGENT,
        PeriodName.APPEAL_REFUSAL,
        PeriodName.APPEAL_SILENCE,
        PeriodName.APPEAL_DECISION,
        PeriodName.TRANSFER,
    ],
)
def test_omitted_periods_north_macedonia(north_macedonia: JurisdictionRefs, period_name: PeriodName) -> None:
    # No holiday: the complaint periods of the Law were not read.
    with pytest.raises(PeriodNotDefinedError):
        compute_deadline(north_macedonia, period_name, date(2026, 11, 8))


def test_request_before_2019_law_rejected(north_macedonia: JurisdictionRefs) -> None:
    # No holiday: the 2006 law is not encoded, and 101/2019 starts at the placeholder 26 Dec 2019.
    with pytest.raises(LegalRefsError, match="no law version in force on 2019-12-25"):
        compute_deadline(north_macedonia, PeriodName.REPLY, date(2019, 12, 25))


@pytest.mark.parametrize(
    ("period_name", "received_on"),
    [(PeriodName.REPLY, date(2026, 3, 24)), (PeriodName.EXTENSION, date(2026, 11, 8))],
)
def test_provisional_reasons_north_macedonia(
    north_macedonia: JurisdictionRefs, period_name: PeriodName, received_on: date
) -> None:
    # No holiday: the period's unit, the counting rule and the holiday list are unconfirmed.
    deadline = compute_deadline(north_macedonia, period_name, received_on)

    assert reason_subjects(deadline.provisional_reasons) == [
        f"the {period_name.value} period is not confirmed",
        "the counting rule is not confirmed",
        "the holiday calendar is not confirmed",
    ]
