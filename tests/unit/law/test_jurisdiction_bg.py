"""Bulgarian deadlines (ЗДОИ) on the 2025-2028 calendars, with literal dates.

Holiday facts were checked against holidays 0.109 (`country_holidays("BG")`). Counting
rule (ГПК Art. 60, not confirmed for ЗДОИ): the day of receipt is day 0, and a last day
that is not a working day moves to the next working day. Bulgaria keeps the Orthodox
Easter with Good Friday, and a holiday on a weekend is observed on the next Monday.
"""

from datetime import date

import pytest

from foi_tracker.law import JurisdictionRefs, PeriodName, PeriodNotDefinedError, compute_deadline


@pytest.fixture(scope="module")
def bulgaria(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return legal_refs["BG"]


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Fri 27 Mar 2026 + 14 = Orthodox Good Friday 10 Apr 2026, then Holy Saturday, Easter, Easter Monday (Art. 28(1)).
        (date(2026, 3, 27), date(2026, 4, 14)),
        # Fri 16 Apr 2027 + 14 = Good Friday 30 Apr 2027; 1 May, Easter 2-3 May and observed Labour Day 4 May follow.
        (date(2027, 4, 16), date(2027, 5, 5)),
        # Catholic Easter Monday, 6 Apr 2026, is a working day in Bulgaria.
        (date(2026, 3, 23), date(2026, 4, 6)),
        # Wed 17 Dec 2025 + 14 = 31 Dec, a declared day off; New Year 1 Jan, 2 Jan off, then a weekend.
        (date(2025, 12, 17), date(2026, 1, 5)),
        # Wed 10 Dec 2025 + 14 = Christmas Eve 24 Dec; Christmas 25-26 Dec, then a weekend.
        (date(2025, 12, 10), date(2025, 12, 29)),
        # Leap day: Tue 15 Feb 2028 + 14 = Tue 29 Feb 2028, a working day.
        (date(2028, 2, 15), date(2028, 2, 29)),
        # Friday receipt: Fri 18 Feb 2028 + 14 = Liberation Day, Fri 3 Mar 2028, then a weekend.
        (date(2028, 2, 18), date(2028, 3, 6)),
        # Sat 7 Nov 2026 + 14 = Sat 21 Nov 2026, so Monday.
        (date(2026, 11, 7), date(2026, 11, 23)),
    ],
)
def test_reply_rolls_past_holidays(bulgaria: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(bulgaria, PeriodName.REPLY, received_on)

    assert deadline.due_on == due_on


def test_reply_orthodox_easter_skipped_days(bulgaria: JurisdictionRefs) -> None:
    # Orthodox Easter 2026: Good Friday 10 Apr is day 14, then 11-13 Apr (Art. 28(1)).
    deadline = compute_deadline(bulgaria, PeriodName.REPLY, date(2026, 3, 27))

    assert deadline.rolled_from == date(2026, 4, 10)
    assert [day.reason for day in deadline.skipped] == ["Good Friday", "Holy Saturday", "Easter", "Easter"]


def test_reply_provisional_counting_rule(bulgaria: JurisdictionRefs) -> None:
    # The 14 days of Art. 28(1) are confirmed; the ГПК counting rule is not confirmed for ЗДОИ.
    deadline = compute_deadline(bulgaria, PeriodName.REPLY, date(2026, 3, 27))

    assert deadline.provisional is True
    assert deadline.provisional_reasons == (f"the counting rule is not confirmed: {deadline.counting.note}",)


def test_extension_counts_from_reply_due(bulgaria: JurisdictionRefs) -> None:
    # Reply due Tue 14 Apr 2026 after Orthodox Easter; 14 more days end Tue 28 Apr 2026 (Art. 31).
    deadline = compute_deadline(bulgaria, PeriodName.EXTENSION, date(2026, 3, 27))

    assert deadline.day_zero_on == date(2026, 4, 14)
    assert deadline.due_on == date(2026, 4, 28)
    assert deadline.provisional_reasons == (
        f"the counting rule is not confirmed: {deadline.counting.note}",
        f"the extension period is not confirmed: {deadline.period.note}",
    )


@pytest.mark.parametrize(
    ("delivered_on", "due_on"),
    [
        # Mon 11 May 2026 + 14 = Mon 25 May, the observed day of 24 May (Slavonic Alphabet Day) (АПК Art. 149(1)).
        (date(2026, 5, 11), date(2026, 5, 26)),
        # Fri 12 Jun 2026 + 14 = Fri 26 Jun 2026, a working day.
        (date(2026, 6, 12), date(2026, 6, 26)),
        # Mon 24 Aug 2026 + 14 = Mon 7 Sep 2026, the observed day of Unification Day (Sun 6 Sep).
        (date(2026, 8, 24), date(2026, 9, 8)),
    ],
)
def test_appeal_refusal_fourteen_days(bulgaria: JurisdictionRefs, delivered_on: date, due_on: date) -> None:
    deadline = compute_deadline(bulgaria, PeriodName.APPEAL_REFUSAL, delivered_on)

    assert deadline.due_on == due_on
    assert deadline.article == "АПК Art. 149(1)"


def test_appeal_silence_not_computed(bulgaria: JurisdictionRefs) -> None:
    # АПК Art. 149(2) sets one month after a tacit refusal; the schema has no month unit.
    with pytest.raises(PeriodNotDefinedError) as error:
        compute_deadline(bulgaria, PeriodName.APPEAL_SILENCE, date(2026, 4, 14))

    assert "one month" in error.value.reason
    assert "Art. 149(2)" in error.value.reason
