"""Deadlines in Republika Srpska (Sl. glasnik RS 20/01) on the real 2025-2028 calendars.

Expected dates were worked out by hand from the public holidays of the `holidays`
package 0.109 (BA, subdivision SRP), which lists Orthodox and Catholic holidays, the
Orthodox New Year and Dayton Agreement Day. The 15-day reply period and the 7-day
extension come from a public body's guide; no article was read.
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


@pytest.fixture(scope="module")
def republika_srpska(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return find_refs(legal_refs, "BA-RS")


def reason_subjects(reasons: tuple[str, ...]) -> list[str]:
    return [reason.split(":")[0] for reason in reasons]


def test_alias_finds_republika_srpska(legal_refs: dict[str, JurisdictionRefs]) -> None:
    # No holiday: data files use the ISO 3166-2 code BA-SRP for Republika Srpska.
    refs = find_refs(legal_refs, "BA-SRP")

    assert refs.code == "BA-RS"
    assert refs.holidays_subdivision == "SRP"
    assert refs.language == "sr-Cyrl"


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Day 15 is Orthodox Christmas Eve Tue 6 Jan 2026, then Orthodox Christmas Day (article not read).
        (date(2025, 12, 22), date(2026, 1, 8)),
        # Day 15 is Orthodox New Year Wed 14 Jan 2026.
        (date(2025, 12, 30), date(2026, 1, 15)),
        # Day 15 is Orthodox Good Friday 30 Apr 2027, then Labour Day, Orthodox Easter and Easter Monday.
        (date(2027, 4, 15), date(2027, 5, 4)),
        # Day 15 is Catholic Easter Monday 6 Apr 2026.
        (date(2026, 3, 22), date(2026, 4, 7)),
        # Day 15 is Dayton Agreement Day Fri 21 Nov 2025, then a weekend.
        (date(2025, 11, 6), date(2025, 11, 24)),
        # Day 15 is New Year's Day Sun 2 Jan 2028, then its day off in lieu Mon 3 Jan.
        (date(2027, 12, 18), date(2028, 1, 4)),
        # No holiday. Day 15 is leap day Tue 29 Feb 2028.
        (date(2028, 2, 14), date(2028, 2, 29)),
        # Friday receipt. No holiday, day 15 is Saturday 17 Oct 2026.
        (date(2026, 10, 2), date(2026, 10, 19)),
    ],
)
def test_reply_republika_srpska_holidays(
    republika_srpska: JurisdictionRefs, received_on: date, due_on: date
) -> None:
    # The reply period is 15 days from receipt (public health institute's guide, article not read).
    deadline = compute_deadline(republika_srpska, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on


def test_extension_dayton_agreement_day(republika_srpska: JurisdictionRefs) -> None:
    # 7 days after the reply due date Tue 14 Nov 2028 is Dayton Agreement Day Tue 21 Nov (article not read).
    deadline = compute_deadline(republika_srpska, PeriodName.EXTENSION, date(2028, 10, 30))

    assert deadline.due_on == date(2028, 11, 22)
    assert deadline.day_zero_on == date(2028, 11, 14)
    assert deadline.rolled_from == date(2028, 11, 21)


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
def test_omitted_periods_republika_srpska(
    republika_srpska: JurisdictionRefs, period_name: PeriodName
) -> None:
    # No holiday: the appeal route of the Law was not found in the sources read.
    with pytest.raises(PeriodNotDefinedError):
        compute_deadline(republika_srpska, period_name, date(2026, 10, 2))


def test_appeal_body_unconfirmed(republika_srpska: JurisdictionRefs) -> None:
    # No holiday: the appeal body of the Law is not known.
    assert not republika_srpska.appeal_body.confirmed
    assert republika_srpska.appeal_body.address is None


@pytest.mark.parametrize(
    ("period_name", "expected_subjects"),
    [
        (
            PeriodName.REPLY,
            [
                "the reply period is not confirmed",
                "the counting rule is not confirmed",
                "the holiday calendar is not confirmed",
            ],
        ),
        # The extension is counted from the reply due date, so the reply's reasons come first.
        (
            PeriodName.EXTENSION,
            [
                "the reply period is not confirmed",
                "the counting rule is not confirmed",
                "the holiday calendar is not confirmed",
                "the extension period is not confirmed",
            ],
        ),
    ],
)
def test_provisional_reasons_republika_srpska(
    republika_srpska: JurisdictionRefs, period_name: PeriodName, expected_subjects: list[str]
) -> None:
    # No holiday: the periods, the counting rule and the holiday list are all unconfirmed.
    deadline = compute_deadline(republika_srpska, period_name, date(2026, 10, 2))

    assert reason_subjects(deadline.provisional_reasons) == expected_subjects
