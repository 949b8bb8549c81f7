"""Vocabulary of statutory periods: their names, units and starting events."""

from dataclasses import dataclass
from enum import StrEnum


class PeriodName(StrEnum):
    """Named period of an access-to-information law."""

    REPLY = "reply"
    EXTENSION = "extension"
    APPEAL_REFUSAL = "appeal_refusal"


class PeriodUnit(StrEnum):
    """Unit in which a period's length is counted."""

    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"


class CountedFrom(StrEnum):
    """Event whose date is day 0 of a period."""

    CLOCK_START = "clock_start"  # receipt of the complete request by the authority
    ORIGINAL_DUE = "original_due"  # last day of the reply period, after any roll
    DECISION_DELIVERED = "decision_delivered"  # delivery of the decision to the requester


COUNTED_FROM_TEXT: dict[CountedFrom, str] = {
    CountedFrom.CLOCK_START: "receipt of the request by the authority",
    CountedFrom.ORIGINAL_DUE: "the last day of the original reply period",
    CountedFrom.DECISION_DELIVERED: "delivery of the decision to the requester",
}


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
    length: int
    unit: PeriodUnit
    counted_from: CountedFrom
    article: str | None
    confirmed: bool
    note: str | None
    sources: tuple[str, ...]
    notice: Notice | None = None
