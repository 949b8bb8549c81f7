"""Vocabulary of statutory periods: their names, units and starting events."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PeriodName(StrEnum):
    """Named period of an access-to-information law."""

    REPLY = "reply"
    EXTENSION = "extension"
    URGENT = "urgent"  # shorter reply period where life or liberty is at stake
    APPEAL_REFUSAL = "appeal_refusal"  # the requester's window after a refusal
    APPEAL_SILENCE = "appeal_silence"  # the requester's window after the authority's silence
    APPEAL_DECISION = "appeal_decision"  # the appeal body's own time to decide
    TRANSFER = "transfer"  # time to pass a request to the competent body


class PeriodUnit(StrEnum):
    """Unit in which a period's length is counted."""

    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"
    HOURS = "hours"


class CountedFrom(StrEnum):
    """Event whose date is day 0 of a period."""

    CLOCK_START = "clock_start"  # receipt of the request by the authority
    SUBMISSION = "submission"  # the day the requester submits or sends the request
    COMPLETE_REQUEST = "complete_request"  # receipt of the complete or corrected request
    ORIGINAL_DUE = "original_due"  # last day of the reply period, after any roll
    DECISION_DELIVERED = "decision_delivered"  # delivery of the decision to the requester
    APPEAL_LODGED = "appeal_lodged"  # receipt of the appeal by the appeal body


COUNTED_FROM_TEXT: dict[CountedFrom, str] = {
    CountedFrom.CLOCK_START: "receipt of the request by the authority",
    CountedFrom.SUBMISSION: "submission of the request by the requester",
    CountedFrom.COMPLETE_REQUEST: "receipt of the complete request by the authority",
    CountedFrom.ORIGINAL_DUE: "the last day of the original reply period",
    CountedFrom.DECISION_DELIVERED: "delivery of the decision to the requester",
    CountedFrom.APPEAL_LODGED: "receipt of the appeal by the appeal body",
}

# Events that happen to a request before any reply, so their date is known when it is sent.
REQUEST_EVENTS = frozenset({CountedFrom.CLOCK_START, CountedFrom.SUBMISSION, CountedFrom.COMPLETE_REQUEST})


@dataclass(frozen=True)
class Notice:
    """Duty of the authority to tell the requester about a period, for example an extension."""

    within_days: int
    counted_from: CountedFrom
    article: str | None
    confirmed: bool
    note: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Period:
    """Statutory period as one law version defines it."""

    name: PeriodName
    length: int  # in ``unit``: days, or hours for PeriodUnit.HOURS
    unit: PeriodUnit
    counted_from: CountedFrom
    article: str | None
    confirmed: bool
    note: str | None
    sources: tuple[str, ...]
    notice: Notice | None = None


def clock_start_date(
    period: Period, *, submitted_on: date, received_on: date, reply_period: Period | None = None
) -> date:
    """Pick the request date from which ``period`` starts: submission or receipt.

    ``complete_request`` uses ``received_on``: the app records no separate date for a
    corrected request, so a caller that knows one passes it as ``received_on``.
    A period counted from ``original_due`` starts where the reply period starts, so
    it needs ``reply_period``; compute_deadline then counts the reply first.
    Raises ValueError for ``decision_delivered`` and ``appeal_lodged``, whose dates
    are not dates of the request, and for ``original_due`` without ``reply_period``.
    """
    if period.counted_from is CountedFrom.SUBMISSION:
        return submitted_on

    if period.counted_from in REQUEST_EVENTS:
        return received_on

    if period.counted_from is CountedFrom.ORIGINAL_DUE:
        if reply_period is None or reply_period.counted_from not in REQUEST_EVENTS:
            raise ValueError(
                f"the {period.name.value} period is counted from the reply due date; "
                "pass the reply period of the same law version as reply_period"
            )

        return clock_start_date(reply_period, submitted_on=submitted_on, received_on=received_on)

    raise ValueError(
        f"the {period.name.value} period is counted from {period.counted_from.value}, "
        "which is not a date of the request; pass that event's date to compute_deadline"
    )
