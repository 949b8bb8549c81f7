"""Montenegrin deadlines on the real 2025-2028 calendars, under both law versions.

The 2012 law (Sl. list CG 44/12, 30/17) applies to requests sent before 8 July 2026 and
the law of 160/2025 from that day. Expected dates were worked out by hand from the
public holidays of the `holidays` package 0.109 (ME). Orthodox and Catholic holidays are
days off only for believers, so they count as working days here. No article of either
law was read, so every deadline is provisional.
"""

from datetime import date

import pytest

from foi_tracker.law import (
    JurisdictionRefs,
    PeriodName,
    PeriodNotDefinedError,
    compute_deadline,
    find_refs,
)

LAW_2012_FROM = date(2013, 2, 17)
LAW_2025_FROM = date(2026, 7, 8)


@pytest.fixture(scope="module")
def montenegro(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return find_refs(legal_refs, "ME")


def reason_subjects(reasons: tuple[str, ...]) -> list[str]:
    return [reason.split(":")[0] for reason in reasons]


def test_reply_new_year_orthodox_christmas_worked(montenegro: JurisdictionRefs) -> None:
    # 15 working days. 1-2 Jan 2026 are New Year, but Orthodox Christmas 6-7 Jan is a working day (2012 law, article not read).
    deadline = compute_deadline(montenegro, PeriodName.REPLY, date(2025, 12, 17))
    skipped_on = [day.skipped_on for day in deadline.skipped]

    assert deadline.due_on == date(2026, 1, 9)
    assert deadline.law_version_from == LAW_2012_FROM
    assert date(2026, 1, 1) in skipped_on
    assert date(2026, 1, 2) in skipped_on
    assert date(2025, 12, 25) not in skipped_on
    assert date(2026, 1, 7) not in skipped_on


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Labour Day Fri 1 May and Independence Day 21-22 May 2026 (2012 law, article not read).
        (date(2026, 4, 30), date(2026, 5, 26)),
        # Statehood Day 13-14 Jul 2026. Sent 1 Jul, so the 2012 law applies (article not read).
        (date(2026, 7, 1), date(2026, 7, 24)),
    ],
)
def test_reply_2012_law_holidays(montenegro: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(montenegro, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.law_version_from == LAW_2012_FROM


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Statehood Day 13-14 Jul 2026. First day of the 160/2025 law (placeholder period, article not read).
        (date(2026, 7, 8), date(2026, 7, 31)),
        # Friday receipt. Njegoš Day Fri 13 Nov 2026 (160/2025 placeholder period).
        (date(2026, 10, 23), date(2026, 11, 16)),
        # No holiday. Working day 15 is leap day Tue 29 Feb 2028 (160/2025 placeholder period).
        (date(2028, 2, 8), date(2028, 2, 29)),
    ],
)
def test_reply_2025_law_placeholder(montenegro: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(montenegro, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.law_version_from == LAW_2025_FROM
    assert deadline.law_title_local == "Zakon o slobodnom pristupu informacijama"


def test_extension_after_new_year(montenegro: JurisdictionRefs) -> None:
    # No holiday in the 8 working days after the reply due date Fri 9 Jan 2026 (2012 law, article not read).
    deadline = compute_deadline(montenegro, PeriodName.EXTENSION, date(2025, 12, 17))

    assert deadline.due_on == date(2026, 1, 21)
    assert deadline.day_zero_on == date(2026, 1, 9)


def test_appeal_refusal_labour_day(montenegro: JurisdictionRefs) -> None:
    # Day 15 is Labour Day Thu 1 May 2025, then Fri 2 May and a weekend (2012 law, article not read).
    deadline = compute_deadline(
        montenegro, PeriodName.APPEAL_REFUSAL, date(2025, 4, 16), sent_on=date(2025, 3, 20)
    )

    assert deadline.due_on == date(2025, 5, 5)
    assert deadline.rolled_from == date(2025, 5, 1)


def test_appeal_decision_statehood_observed(montenegro: JurisdictionRefs) -> None:
    # Day 15 is Tue 15 Jul 2025, the day off in lieu of Statehood Day on Sunday 13 Jul (2012 law, article not read).
    deadline = compute_deadline(
        montenegro, PeriodName.APPEAL_DECISION, date(2025, 6, 30), sent_on=date(2025, 5, 5)
    )

    assert deadline.due_on == date(2025, 7, 16)


def test_urgent_hours_never_roll(montenegro: JurisdictionRefs) -> None:
    # No holiday: 48 hours from a Friday end on Sunday 28 Dec 2025 at the latest (2012 law, article not read).
    deadline = compute_deadline(montenegro, PeriodName.URGENT, date(2025, 12, 26))

    assert deadline.due_on == date(2025, 12, 28)
    assert deadline.rolled_from is None


@pytest.mark.parametrize(
    "period_name",
    [
        PeriodName.EXTENSION,
        PeriodName.URGENT,
        PeriodName.APPEAL_REFUSAL,
        PeriodName.APPEAL_SILENCE,
        PeriodName.APPEAL_DECISION,
        PeriodName.TRANSFER,
    ],
)
def test_2025_law_periods_not_read(montenegro: JurisdictionRefs, period_name: PeriodName) -> None:
    # No holiday: only the placeholder reply period is defined for the 160/2025 law.
    with pytest.raises(PeriodNotDefinedError):
        compute_deadline(montenegro, period_name, date(2026, 9, 1), sent_on=date(2026, 7, 20))


def test_2025_law_periods_all_unconfirmed(montenegro: JurisdictionRefs) -> None:
    # No holiday: nothing of the 160/2025 law's procedure was read.
    version = montenegro.version_on(LAW_2025_FROM)

    assert list(version.periods) == [PeriodName.REPLY]
    assert not any(period.confirmed for period in version.periods.values())
    assert not version.counting.confirmed
    assert version.refusal_grounds == ()


@pytest.mark.parametrize(
    ("period_name", "start_on", "sent_on"),
    [
        (PeriodName.REPLY, date(2025, 12, 17), None),
        (PeriodName.EXTENSION, date(2025, 12, 17), None),
        (PeriodName.URGENT, date(2025, 12, 26), None),
        (PeriodName.APPEAL_REFUSAL, date(2025, 4, 16), date(2025, 3, 20)),
        (PeriodName.APPEAL_DECISION, date(2025, 6, 30), date(2025, 5, 5)),
        (PeriodName.REPLY, date(2026, 10, 23), None),
    ],
)
def test_provisional_reasons_montenegro(
    montenegro: JurisdictionRefs, period_name: PeriodName, start_on: date, sent_on: date | None
) -> None:
    # No holiday: the period, the counting rule and the holiday list are all unconfirmed.
    deadline = compute_deadline(montenegro, period_name, start_on, sent_on=sent_on)
    subjects = reason_subjects(deadline.provisional_reasons)

    assert f"the {period_name.value} period is not confirmed" in subjects
    assert "the counting rule is not confirmed" in subjects
    assert "the holiday calendar is not confirmed" in subjects
