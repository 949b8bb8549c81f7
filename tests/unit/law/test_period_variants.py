"""Hours, submission starts, clear days, the new named periods, older law versions and aliases.

Holiday facts were checked against the `holidays` package 0.109. Where a test needs a
rule that no file in legal_refs/ has yet (Albania's working days counted from
submission, Romania's clear days), it builds that rule from Croatia's file and says so.
"""

from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest

from foi_tracker.law import (
    CountedFrom,
    JurisdictionRefs,
    Period,
    PeriodName,
    PeriodUnit,
    UnknownJurisdictionError,
    clock_start_date,
    compute_deadline,
    find_refs,
)

SOURCES = ("made up for this test",)


def make_period(name: PeriodName, length: int, unit: PeriodUnit, counted_from: CountedFrom) -> Period:
    return Period(name, length, unit, counted_from, "Art. 1", True, None, SOURCES)


def with_rules(
    refs: JurisdictionRefs,
    periods: list[Period],
    *,
    holidays_country: str | None = None,
    last_day_excluded: bool = False,
) -> JurisdictionRefs:
    """Copy ``refs`` with only ``periods``, another holiday calendar and another counting rule."""
    version = refs.versions[-1]
    version = replace(
        version,
        periods=MappingProxyType({period.name: period for period in periods}),
        counting=replace(version.counting, last_day_excluded=last_day_excluded),
    )
    return replace(
        refs,
        holidays_country=holidays_country or refs.holidays_country,
        versions=(version,),
    )


@pytest.fixture
def albania_like(croatia: JurisdictionRefs) -> JurisdictionRefs:
    # Albania's rule (Law 119/2014 Art. 15(1), 15(3)): 10 working days from submission,
    # then 5 more working days after the original due date, on Albania's holidays.
    reply = make_period(PeriodName.REPLY, 10, PeriodUnit.WORKING_DAYS, CountedFrom.SUBMISSION)
    extension = make_period(PeriodName.EXTENSION, 5, PeriodUnit.WORKING_DAYS, CountedFrom.ORIGINAL_DUE)
    return with_rules(croatia, [reply, extension], holidays_country="AL")


@pytest.fixture
def romania_like(croatia: JurisdictionRefs) -> JurisdictionRefs:
    # Romania's rule (Law 544/2001 Art. 7(1), Norms Art. 16): 10 calendar days in which
    # neither the first nor the last day counts, on Romania's holidays.
    reply = make_period(PeriodName.REPLY, 10, PeriodUnit.CALENDAR_DAYS, CountedFrom.CLOCK_START)
    return with_rules(croatia, [reply], holidays_country="RO", last_day_excluded=True)


def test_urgent_serbia_ends_two_days_later(serbia: JurisdictionRefs) -> None:
    # 48 hours from receipt on Wed 4 Mar 2026 end by Fri 6 Mar at the latest (ZSPIJZ Art. 16(2)).
    deadline = compute_deadline(serbia, PeriodName.URGENT, date(2026, 3, 4))

    assert deadline.due_on == date(2026, 3, 6)
    assert deadline.unit is PeriodUnit.HOURS
    assert deadline.length == 48
    assert deadline.provisional is False
    assert deadline.article == "Art. 16(2)"


def test_urgent_serbia_never_rolls(serbia: JurisdictionRefs) -> None:
    # Received Thu 9 Apr 2026: the 48 hours end on Holy Saturday 11 Apr, an Orthodox
    # Easter holiday in Serbia, and the period does not move to Tue 14 Apr.
    deadline = compute_deadline(serbia, PeriodName.URGENT, date(2026, 4, 9))

    assert deadline.due_on == date(2026, 4, 11)
    assert deadline.rolled_from is None
    assert deadline.skipped == ()


def test_urgent_explanation_says_time_unknown(serbia: JurisdictionRefs) -> None:
    lines = compute_deadline(serbia, PeriodName.URGENT, date(2026, 3, 4)).explanation()

    assert any(
        line.startswith(
            "48 hours from the time of receipt; the time is not recorded, so the latest end "
            "is the end of Fri 2026-03-06."
        )
        for line in lines
    )
    assert "Due: Fri 2026-03-06." in lines
    assert any("48 hours counted from receipt of the request" in line for line in lines)


def test_submission_start_c4_saturday(albania_like: JurisdictionRefs) -> None:
    # Case C4: submitted Sat 17 Oct 2026 at 21:00 and received on Tue 20 Oct. The Saturday
    # of submission is day 0; no Albanian holiday falls before 30 Oct.
    reply = albania_like.versions[0].periods[PeriodName.REPLY]
    start_on = clock_start_date(reply, submitted_on=date(2026, 10, 17), received_on=date(2026, 10, 20))

    deadline = compute_deadline(albania_like, PeriodName.REPLY, start_on)

    assert start_on == date(2026, 10, 17)
    assert deadline.due_on == date(2026, 10, 30)
    assert deadline.explanation()[0] == "Start: Sat 2026-10-17 (submission of the request by the requester)."


def test_submission_start_c3_extension(albania_like: JurisdictionRefs) -> None:
    # Case C3: submitted Wed 18 Nov 2026. Albania observes Alphabet Day on Mon 23 Nov and
    # Independence and Liberation Days on 30 Nov and 1 Dec, so working day 10 is 7 Dec.
    # The 5 more working days skip National Youth Day, Tue 8 Dec.
    extension = albania_like.versions[0].periods[PeriodName.EXTENSION]
    reply = albania_like.versions[0].periods[PeriodName.REPLY]
    start_on = clock_start_date(
        extension, submitted_on=date(2026, 11, 18), received_on=date(2026, 11, 19), reply_period=reply
    )

    deadline = compute_deadline(albania_like, PeriodName.EXTENSION, start_on)

    assert start_on == date(2026, 11, 18)
    assert deadline.original is not None
    assert deadline.original.due_on == date(2026, 12, 7)
    assert deadline.due_on == date(2026, 12, 15)


def test_clear_days_end_on_day_eleven(romania_like: JurisdictionRefs) -> None:
    # Registered Mon 2 Mar 2026: neither day counts, so 10 days end on day 11, Fri 13 Mar.
    deadline = compute_deadline(romania_like, PeriodName.REPLY, date(2026, 3, 2))

    assert deadline.due_on == date(2026, 3, 13)
    assert deadline.rolled_from is None


def test_clear_days_roll_past_union_day(romania_like: JurisdictionRefs) -> None:
    # Registered Tue 13 Jan 2026: day 11 is Sat 24 Jan, Union Day in Romania, then Sunday.
    deadline = compute_deadline(romania_like, PeriodName.REPLY, date(2026, 1, 13))
    lines = deadline.explanation()

    assert deadline.due_on == date(2026, 1, 26)
    assert deadline.rolled_from == date(2026, 1, 24)
    assert any(line.startswith("The last day is not counted either, so the period ends on day 11") for line in lines)
    assert "Day 11 is Sat 2026-01-24." in lines


def test_appeal_silence_counts_from_rolled_reply(croatia: JurisdictionRefs) -> None:
    # No file sets a silence appeal period yet, so 15 days from the reply due date are made
    # up here. Case C2: the reply period of a request received Sat 21 Mar 2026 ends on
    # Easter Sunday 5 Apr, moves past Easter Monday to Tue 7 Apr, and 15 days later is Wed 22 Apr.
    reply = croatia.versions[0].periods[PeriodName.REPLY]
    silence = make_period(PeriodName.APPEAL_SILENCE, 15, PeriodUnit.CALENDAR_DAYS, CountedFrom.ORIGINAL_DUE)
    refs = with_rules(croatia, [reply, silence])

    deadline = compute_deadline(refs, PeriodName.APPEAL_SILENCE, date(2026, 3, 21))

    assert deadline.original is not None
    assert deadline.original.rolled_from == date(2026, 4, 5)
    assert deadline.day_zero_on == date(2026, 4, 7)
    assert deadline.due_on == date(2026, 4, 22)


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [
        # Mon 2 Mar 2026 + 8 days is Tue 10 Mar (ZPPI Art. 21(1)).
        (date(2026, 3, 2), date(2026, 3, 10)),
        # Fri 22 May 2026 + 8 is Sat 30 May, Statehood Day, then Sunday.
        (date(2026, 5, 22), date(2026, 6, 1)),
    ],
)
def test_transfer_croatia_eight_days(croatia: JurisdictionRefs, received_on: date, due_on: date) -> None:
    deadline = compute_deadline(croatia, PeriodName.TRANSFER, received_on)

    assert deadline.due_on == due_on
    assert deadline.article == "Art. 21(1)"
    assert deadline.provisional is False


@pytest.mark.parametrize(
    ("code", "lodged_on", "due_on", "article"),
    [
        # Commissioner, 30 days (ZPPI Art. 25(3)): Sat 7 Mar 2026 + 30 is Easter Monday 6 Apr.
        ("HR", date(2026, 3, 7), date(2026, 4, 7), "Art. 25(3)"),
        # Commissioner, 60 days (ZSPIJZ Art. 24(1)): Mon 2 Mar 2026 + 60 is Fri 1 May, Labour
        # Day, which Serbia keeps on 1-2 May, then Sunday.
        ("RS", date(2026, 3, 2), date(2026, 5, 4), "Art. 24(1)"),
    ],
)
def test_appeal_decision_from_lodging(
    legal_refs: dict[str, JurisdictionRefs], code: str, lodged_on: date, due_on: date, article: str
) -> None:
    deadline = compute_deadline(legal_refs[code], PeriodName.APPEAL_DECISION, lodged_on)

    assert deadline.due_on == due_on
    assert deadline.article == article
    assert deadline.explanation()[0].endswith("(receipt of the appeal by the appeal body).")


def test_serbia_2020_uses_old_version(serbia: JurisdictionRefs) -> None:
    # Sent and received Thu 2 Apr 2020: day 15 is Orthodox Good Friday 17 Apr, followed
    # by Holy Saturday, Easter Sunday and Easter Monday. The text before 105/2021 applies.
    deadline = compute_deadline(serbia, PeriodName.REPLY, date(2020, 4, 2), sent_on=date(2020, 4, 2))

    assert deadline.due_on == date(2020, 4, 21)
    assert deadline.law_version_from == date(2005, 1, 1)
    assert deadline.provisional is True
    assert deadline.article is None
    assert any("law version in force from 2005-01-01" in line for line in deadline.explanation())


def test_serbia_2020_has_abuse_ground(serbia: JurisdictionRefs) -> None:
    # Art. 13 (abuse of the right) was deleted by Sl. glasnik RS 105/2021.
    old_codes = [ground.code for ground in serbia.version_on(date(2020, 4, 2)).refusal_grounds]
    new_codes = [ground.code for ground in serbia.version_on(date(2026, 4, 2)).refusal_grounds]

    assert "abuse_of_right" in old_codes
    assert "abuse_of_right" not in new_codes


def test_bosnia_2020_uses_old_version(bosnia: JurisdictionRefs) -> None:
    # Received Thu 2 Apr 2020: day 15 is Orthodox Good Friday 17 Apr in the BA national
    # list, then the weekend. The 2000 law (Sl. glasnik BiH 28/00) applies.
    deadline = compute_deadline(bosnia, PeriodName.REPLY, date(2020, 4, 2), sent_on=date(2020, 4, 1))
    version = bosnia.version_on(date(2020, 4, 1))

    assert deadline.due_on == date(2020, 4, 20)
    assert deadline.law_version_from == date(2001, 1, 1)
    assert deadline.law_title_local == "Zakon o slobodi pristupa informacijama u Bosni i Hercegovini"
    assert version.law_citation.startswith("Službeni glasnik BiH 28/00")
    assert deadline.provisional is True


@pytest.mark.parametrize(
    ("counted_from", "expected"),
    [
        (CountedFrom.SUBMISSION, date(2026, 3, 2)),
        (CountedFrom.CLOCK_START, date(2026, 3, 4)),
        (CountedFrom.COMPLETE_REQUEST, date(2026, 3, 4)),
    ],
)
def test_clock_start_date_picks_event(counted_from: CountedFrom, expected: date) -> None:
    period = make_period(PeriodName.REPLY, 15, PeriodUnit.CALENDAR_DAYS, counted_from)

    assert clock_start_date(period, submitted_on=date(2026, 3, 2), received_on=date(2026, 3, 4)) == expected


@pytest.mark.parametrize(
    ("counted_from", "message"),
    [
        (CountedFrom.DECISION_DELIVERED, "decision_delivered, which is not a date of the request"),
        (CountedFrom.APPEAL_LODGED, "appeal_lodged, which is not a date of the request"),
        (CountedFrom.ORIGINAL_DUE, "pass the reply period"),
    ],
)
def test_clock_start_date_rejects_later_events(counted_from: CountedFrom, message: str) -> None:
    period = make_period(PeriodName.APPEAL_REFUSAL, 15, PeriodUnit.CALENDAR_DAYS, counted_from)

    with pytest.raises(ValueError, match=message):
        clock_start_date(period, submitted_on=date(2026, 3, 2), received_on=date(2026, 3, 4))


@pytest.mark.parametrize(
    ("code_or_alias", "expected"),
    [("RS", "RS"), ("rs", "RS"), (" hr ", "HR"), ("ba-bih", "BA-FBiH"), ("BA-SRP", "BA-RS")],
)
def test_find_refs_by_code_or_alias(
    legal_refs: dict[str, JurisdictionRefs], code_or_alias: str, expected: str
) -> None:
    # BA-BIH and BA-SRP are the ISO 3166-2 codes of the two entities.
    assert find_refs(legal_refs, code_or_alias).code == expected


def test_find_refs_unknown_lists_codes(legal_refs: dict[str, JurisdictionRefs]) -> None:
    with pytest.raises(UnknownJurisdictionError) as error:
        find_refs(legal_refs, "BA-BRC")

    assert error.value.code == "BA-BRC"
    assert error.value.accepted == ("AL", "BA", "BA-BIH", "BA-FBiH", "BA-RS", "BA-SRP", "BG", "HR", "MD", "ME", "MK", "RO", "RS", "SI", "XK")
    assert "'BA-BRC'" in str(error.value)
