"""Deadlines in the Federation of Bosnia and Herzegovina on the real 2025-2028 calendars.

Expected dates were worked out by hand from the public holidays of the `holidays`
package 0.109 (BA, subdivision BIH), which lists Catholic and Orthodox holidays and both
Eids (the Eid dates are estimates). The reply period (15 days) has no confirmed article;
the 8-day objection is Art. 14(4) as amended by Službene novine FBiH 48/11.
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

AMENDED_LAW_FROM = date(2012, 1, 1)


@pytest.fixture(scope="module")
def federation(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return find_refs(legal_refs, "BA-FBiH")


def reason_subjects(reasons: tuple[str, ...]) -> list[str]:
    return [reason.split(":")[0] for reason in reasons]


def test_alias_finds_federation(legal_refs: dict[str, JurisdictionRefs]) -> None:
    # No holiday: data files use the ISO 3166-2 code BA-BIH for the Federation.
    refs = find_refs(legal_refs, "ba-bih")

    assert refs.code == "BA-FBiH"
    assert refs.holidays_subdivision == "BIH"
    assert refs.language == "bs"


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Day 15 is New Year's Day Thu 1 Jan 2026, then 2 Jan and a weekend (article not read).
        (date(2025, 12, 17), date(2026, 1, 5)),
        # Received on Eid al-Fitr Sat 21 Mar 2026. Day 15 is Catholic Easter Sunday, then Easter Monday.
        (date(2026, 3, 21), date(2026, 4, 7)),
        # Day 15 is Orthodox Good Friday 10 Apr 2026, then Orthodox Easter Sunday and Monday.
        (date(2026, 3, 26), date(2026, 4, 14)),
        # Day 15 is Eid al-Adha Wed 27 May 2026 (estimated), then Thu 28 May (estimated).
        (date(2026, 5, 12), date(2026, 5, 29)),
        # No holiday. Day 15 is leap day Tue 29 Feb 2028.
        (date(2028, 2, 14), date(2028, 2, 29)),
        # Friday receipt. No holiday, day 15 is Saturday 6 Feb 2027.
        (date(2027, 1, 22), date(2027, 2, 8)),
    ],
)
def test_reply_federation_holidays(federation: JurisdictionRefs, received_on: date, due_on: date) -> None:
    # The reply period is 15 days from receipt (municipal service sheet, article not read).
    deadline = compute_deadline(federation, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on
    assert deadline.law_version_from == AMENDED_LAW_FROM


def test_reply_eid_skipped_names(federation: JurisdictionRefs) -> None:
    # Eid al-Adha 27-28 May 2026 is marked as estimated by the package (article not read).
    deadline = compute_deadline(federation, PeriodName.REPLY, date(2026, 5, 12))

    assert [day.reason for day in deadline.skipped] == ["Eid al-Adha (estimated)", "Eid al-Adha (estimated)"]


def test_objection_statehood_day(federation: JurisdictionRefs) -> None:
    # Day 8 is Statehood Day Wed 25 Nov 2026 (Art. 14(4)).
    deadline = compute_deadline(
        federation, PeriodName.APPEAL_REFUSAL, date(2026, 11, 17), sent_on=date(2026, 10, 20)
    )

    assert deadline.due_on == date(2026, 11, 26)
    assert deadline.article == "Art. 14(4)"


def test_objection_before_amendment_undefined(federation: JurisdictionRefs) -> None:
    # No holiday: the remedy before Službene novine FBiH 48/11 was not read, so no period is given.
    with pytest.raises(PeriodNotDefinedError, match="48/11"):
        compute_deadline(federation, PeriodName.APPEAL_REFUSAL, date(2005, 6, 1))


def test_reply_before_placeholder_rejected(federation: JurisdictionRefs) -> None:
    # No holiday: the in-force day of Službene novine FBiH 32/01 is not recorded. 2002-01-01 is a placeholder.
    with pytest.raises(LegalRefsError, match="no law version in force on 2001-12-31"):
        compute_deadline(federation, PeriodName.REPLY, date(2001, 12, 31))


@pytest.mark.parametrize(
    "period_name",
    [
        PeriodName.EXTENSION,
        PeriodName.URGENT,
        PeriodName.APPEAL_SILENCE,
        PeriodName.APPEAL_DECISION,
        PeriodName.TRANSFER,
    ],
)
def test_omitted_periods_federation(federation: JurisdictionRefs, period_name: PeriodName) -> None:
    # No holiday: these periods of the Law were not found in the sources read.
    with pytest.raises(PeriodNotDefinedError):
        compute_deadline(federation, period_name, date(2026, 11, 17))


@pytest.mark.parametrize(
    ("period_name", "start_on", "sent_on", "expected_subjects"),
    [
        (
            PeriodName.REPLY,
            date(2026, 5, 12),
            None,
            [
                "the reply period is not confirmed",
                "the counting rule is not confirmed",
                "the holiday calendar is not confirmed",
            ],
        ),
        (
            PeriodName.APPEAL_REFUSAL,
            date(2026, 11, 17),
            date(2026, 10, 20),
            ["the counting rule is not confirmed", "the holiday calendar is not confirmed"],
        ),
        (
            PeriodName.REPLY,
            date(2005, 6, 1),
            None,
            [
                "the reply period is not confirmed",
                "the counting rule is not confirmed",
                "the holiday calendar is not confirmed",
            ],
        ),
    ],
)
def test_provisional_reasons_federation(
    federation: JurisdictionRefs,
    period_name: PeriodName,
    start_on: date,
    sent_on: date | None,
    expected_subjects: list[str],
) -> None:
    # No holiday: Art. 14(4) is confirmed. The reply period, counting rule and holiday list are not.
    deadline = compute_deadline(federation, period_name, start_on, sent_on=sent_on)

    assert reason_subjects(deadline.provisional_reasons) == expected_subjects
