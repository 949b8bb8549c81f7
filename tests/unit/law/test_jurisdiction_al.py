"""Albanian deadlines (Law No. 119/2014) on the real 2025-2028 calendars.

Expected dates were worked out by hand from the public holidays of the `holidays`
package 0.109 (AL), which moves a holiday on a weekend to the next Monday. The Law
counts working days from the day of submission (Art. 15(1)); that day is day 0.
"""

from datetime import UTC, date, datetime

import pytest

from foi_tracker.law import (
    JurisdictionRefs,
    LegalRefsError,
    PeriodName,
    PeriodNotDefinedError,
    clock_start_date,
    compute_deadline,
    find_refs,
    local_date_of,
)

COUNTING_NOT_CONFIRMED = "the counting rule is not confirmed"
CALENDAR_NOT_CONFIRMED = "the holiday calendar is not confirmed"


@pytest.fixture(scope="module")
def albania(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return find_refs(legal_refs, "AL")


def reason_subjects(reasons: tuple[str, ...]) -> list[str]:
    return [reason.split(":")[0] for reason in reasons]


def test_reply_november_substitute_days(albania: JurisdictionRefs) -> None:
    # Substitute days off: Alphabet Day Mon 23 Nov, Flag and Liberation Day 30 Nov-1 Dec 2026 (Art. 15(1)).
    deadline = compute_deadline(albania, PeriodName.REPLY, date(2026, 11, 18))

    assert deadline.due_on == date(2026, 12, 7)
    assert deadline.article == "Art. 15(1)"
    assert [day.skipped_on for day in deadline.skipped if day.reason.endswith("(observed)")] == [
        date(2026, 11, 23),
        date(2026, 11, 30),
        date(2026, 12, 1),
    ]


def test_extension_national_youth_day(albania: JurisdictionRefs) -> None:
    # 5 working days after the reply due date 7 Dec 2026. Tue 8 Dec is National Youth Day (Art. 15(3)).
    deadline = compute_deadline(albania, PeriodName.EXTENSION, date(2026, 11, 18))

    assert deadline.due_on == date(2026, 12, 15)
    assert deadline.day_zero_on == date(2026, 12, 7)
    assert deadline.original is not None
    assert deadline.original.due_on == date(2026, 12, 7)


def test_reply_saturday_evening_submission(albania: JurisdictionRefs) -> None:
    # No holiday: the Saturday of submission is day 0 and working days start on Monday (Art. 15(1)).
    submitted_on = local_date_of(datetime(2026, 10, 17, 19, 0, tzinfo=UTC), albania.timezone)
    reply = albania.version_on(submitted_on).periods[PeriodName.REPLY]
    start_on = clock_start_date(reply, submitted_on=submitted_on, received_on=date(2026, 10, 19))

    deadline = compute_deadline(albania, PeriodName.REPLY, start_on)

    assert submitted_on == date(2026, 10, 17)
    assert start_on == date(2026, 10, 17)
    assert deadline.due_on == date(2026, 10, 30)


@pytest.mark.parametrize(
    ("submitted_on", "due_on"),
    [
        # Christmas Fri 25 Dec 2026, New Year Fri 1 Jan and its substitute Mon 4 Jan 2027 (Art. 15(1)).
        (date(2026, 12, 21), date(2027, 1, 7)),
        # Catholic Easter substitute Mon 6 Apr and Orthodox Easter substitute Mon 13 Apr 2026 (Art. 15(1)).
        (date(2026, 3, 31), date(2026, 4, 16)),
        # Friday submission. Summer Day 16 Mar, Eid al-Fitr 20 Mar, Nowruz 23 Mar 2026 (Art. 15(1)).
        (date(2026, 3, 13), date(2026, 4, 1)),
        # Eid al-Fitr substitute Mon 28 Feb 2028 (estimated). Day 10 is leap day 29 Feb (Art. 15(1)).
        (date(2028, 2, 14), date(2028, 2, 29)),
    ],
)
def test_reply_albania_holidays(albania: JurisdictionRefs, submitted_on: date, due_on: date) -> None:
    deadline = compute_deadline(albania, PeriodName.REPLY, submitted_on)

    assert deadline.due_on == due_on


def test_appeal_refusal_orthodox_easter_eid(albania: JurisdictionRefs) -> None:
    # Substitutes for Workers' Day 3 May, Orthodox Easter 4 May, Eid al-Adha 17 May 2027 (Art. 24(2)(a)).
    deadline = compute_deadline(
        albania, PeriodName.APPEAL_REFUSAL, date(2027, 4, 15), sent_on=date(2027, 3, 25)
    )

    assert deadline.due_on == date(2027, 6, 1)
    assert deadline.article == "Art. 24(2)(a)"


def test_appeal_silence_after_reply_due(albania: JurisdictionRefs) -> None:
    # 30 working days after the reply due date 7 Dec 2026. Skips 8 Dec, 25 Dec 2026 and 1 and 4 Jan 2027 (Art. 24(2)(b)).
    deadline = compute_deadline(albania, PeriodName.APPEAL_SILENCE, date(2026, 11, 18))

    assert deadline.due_on == date(2027, 1, 22)
    assert deadline.day_zero_on == date(2026, 12, 7)


def test_appeal_silence_after_extension(albania: JurisdictionRefs) -> None:
    # Counted from the extended due date 15 Dec 2026. Skips 25 Dec, 1 Jan and 4 Jan 2027 (Art. 24(2)(b)).
    deadline = compute_deadline(
        albania, PeriodName.APPEAL_SILENCE, date(2026, 11, 18), original_due_on=date(2026, 12, 15)
    )

    assert deadline.due_on == date(2027, 1, 29)


@pytest.mark.parametrize("period_name", [PeriodName.URGENT, PeriodName.APPEAL_DECISION, PeriodName.TRANSFER])
def test_omitted_periods_albania(albania: JurisdictionRefs, period_name: PeriodName) -> None:
    # No holiday: the Law sets no such period (Art. 15 and Art. 24 as read).
    with pytest.raises(PeriodNotDefinedError):
        compute_deadline(albania, period_name, date(2026, 11, 18))


def test_provisional_reasons_albania(albania: JurisdictionRefs) -> None:
    # No holiday: Art. 15(1) is confirmed. The counting article and the holiday list are not.
    deadline = compute_deadline(albania, PeriodName.REPLY, date(2026, 11, 18))

    assert deadline.provisional
    assert reason_subjects(deadline.provisional_reasons) == [COUNTING_NOT_CONFIRMED, CALENDAR_NOT_CONFIRMED]


def test_request_before_first_version_rejected(albania: JurisdictionRefs) -> None:
    # No holiday: the in-force day of Law No. 119/2014 is not recorded, so 2015-01-01 is the first version.
    with pytest.raises(LegalRefsError, match="no law version in force on 2014-12-01"):
        compute_deadline(albania, PeriodName.REPLY, date(2014, 12, 1))
