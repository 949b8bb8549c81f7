"""Kosovo deadlines (Law No. 06/L-081) on the real 2025-2028 calendars.

Expected dates were worked out by hand from the public holidays of the `holidays`
package 0.109 (XK), which gives a day off in lieu of a holiday on a weekend and marks the
Eid dates as estimates. The periods come from the Information and Privacy Agency; their
articles were not read, so every deadline is provisional.
"""

from datetime import date

import pytest

from foi_tracker.law import (
    JurisdictionRefs,
    PeriodName,
    compute_deadline,
    find_refs,
)


@pytest.fixture(scope="module")
def kosovo(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return find_refs(legal_refs, "XK")


def reason_subjects(reasons: tuple[str, ...]) -> list[str]:
    return [reason.split(":")[0] for reason in reasons]


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Friday receipt. Day 7 is New Year's Day Fri 1 Jan 2027, then 2 Jan and its day off in lieu Mon 4 Jan.
        (date(2026, 12, 25), date(2027, 1, 5)),
        # Day 7 is Mon 6 Apr 2026, the day off in lieu of Catholic Easter.
        (date(2026, 3, 30), date(2026, 4, 7)),
        # Day 7 is Mon 13 Apr 2026, the day off in lieu of Orthodox Easter.
        (date(2026, 4, 6), date(2026, 4, 14)),
        # Day 7 is Constitution Day Thu 9 Apr 2026.
        (date(2026, 4, 2), date(2026, 4, 10)),
        # Day 7 is Eid al-Adha Wed 27 May 2026 (estimated).
        (date(2026, 5, 20), date(2026, 5, 28)),
        # Day 7 is Independence Day Thu 17 Feb 2028.
        (date(2028, 2, 10), date(2028, 2, 18)),
        # No holiday. Day 7 is leap day Tue 29 Feb 2028.
        (date(2028, 2, 22), date(2028, 2, 29)),
        # No holiday. Day 7 is Saturday 17 Oct 2026.
        (date(2026, 10, 10), date(2026, 10, 19)),
    ],
)
def test_reply_kosovo_holidays(kosovo: JurisdictionRefs, received_on: date, due_on: date) -> None:
    # The reply period is 7 days from registration (Agency, article not read).
    deadline = compute_deadline(kosovo, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on


def test_extension_europe_day_observed(kosovo: JurisdictionRefs) -> None:
    # 15 days after the reply due date Fri 24 Apr 2026 is Europe Day Sat 9 May, in lieu Mon 11 May (article not read).
    deadline = compute_deadline(kosovo, PeriodName.EXTENSION, date(2026, 4, 17))

    assert deadline.due_on == date(2026, 5, 12)
    assert deadline.day_zero_on == date(2026, 4, 24)


def test_transfer_working_days_easter(kosovo: JurisdictionRefs) -> None:
    # 5 working days skip Catholic Easter in lieu 6 Apr, Constitution Day 9 Apr, Orthodox Easter in lieu 13 Apr 2026.
    deadline = compute_deadline(kosovo, PeriodName.TRANSFER, date(2026, 4, 2))

    assert deadline.due_on == date(2026, 4, 14)


def test_urgent_hours_never_roll(kosovo: JurisdictionRefs) -> None:
    # Europe Day Sat 9 May 2026 does not matter: 48 hours from Friday end by Sunday 10 May (article not read).
    deadline = compute_deadline(kosovo, PeriodName.URGENT, date(2026, 5, 8))

    assert deadline.due_on == date(2026, 5, 10)


def test_appeal_refusal_after_christmas(kosovo: JurisdictionRefs) -> None:
    # Catholic Christmas Fri 25 Dec 2026 lies inside. Day 15 is Sat 26 Dec, so Mon 28 Dec (article not read).
    deadline = compute_deadline(
        kosovo, PeriodName.APPEAL_REFUSAL, date(2026, 12, 11), sent_on=date(2026, 11, 20)
    )

    assert deadline.due_on == date(2026, 12, 28)


def test_appeal_silence_after_easter(kosovo: JurisdictionRefs) -> None:
    # 15 days from the reply due date Tue 7 Apr 2026, itself moved past Catholic Easter in lieu (article not read).
    deadline = compute_deadline(kosovo, PeriodName.APPEAL_SILENCE, date(2026, 3, 30))

    assert deadline.due_on == date(2026, 4, 22)
    assert deadline.day_zero_on == date(2026, 4, 7)


def test_appeal_decision_labour_day_easter(kosovo: JurisdictionRefs) -> None:
    # Day 30 is Mon 3 May 2027 (Labour Day in lieu), then Tue 4 May (Orthodox Easter in lieu) (article not read).
    deadline = compute_deadline(
        kosovo, PeriodName.APPEAL_DECISION, date(2027, 4, 3), sent_on=date(2027, 2, 1)
    )

    assert deadline.due_on == date(2027, 5, 5)


@pytest.mark.parametrize(
    ("period_name", "period_confirmed"),
    [
        (PeriodName.REPLY, False),
        (PeriodName.EXTENSION, False),
        (PeriodName.URGENT, False),
        (PeriodName.APPEAL_REFUSAL, False),
        (PeriodName.APPEAL_SILENCE, False),
        (PeriodName.APPEAL_DECISION, False),
        (PeriodName.TRANSFER, True),
    ],
)
def test_provisional_reasons_kosovo(
    kosovo: JurisdictionRefs, period_name: PeriodName, period_confirmed: bool
) -> None:
    # No holiday: only the 5 working days of a transfer are confirmed by the Agency.
    deadline = compute_deadline(kosovo, period_name, date(2026, 3, 30))
    subjects = reason_subjects(deadline.provisional_reasons)

    assert (f"the {period_name.value} period is not confirmed" not in subjects) is period_confirmed
    assert "the counting rule is not confirmed" in subjects
    assert "the holiday calendar is not confirmed" in subjects
