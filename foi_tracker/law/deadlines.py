"""Statutory deadlines computed from legal_refs data, with an explanation of each step."""

from dataclasses import dataclass
from datetime import date, timedelta

from foi_tracker.law.calendar import WEEKDAY_NAMES, SkippedDay, WorkingCalendar
from foi_tracker.law.periods import (
    COUNTED_FROM_TEXT,
    CountedFrom,
    Period,
    PeriodName,
    PeriodUnit,
)
from foi_tracker.law.refs import CountingRule, JurisdictionRefs

ARTICLE_NOT_CONFIRMED = "article not confirmed"

# Subject of the sentence "... is day 0" in explanations.
DAY_ZERO_SUBJECT: dict[CountedFrom, str] = {
    CountedFrom.CLOCK_START: "The day of receipt",
    CountedFrom.ORIGINAL_DUE: "The original due date",
    CountedFrom.DECISION_DELIVERED: "The day of delivery",
}


@dataclass(frozen=True)
class Deadline:
    """Last day of one statutory period, with the facts behind it."""

    jurisdiction: str
    period_name: PeriodName
    start_on: date  # the date the caller passed: receipt, or delivery of the decision
    day_zero_on: date  # day 0 of the count, which for an extension is the original due date
    due_on: date
    skipped: tuple[SkippedDay, ...]
    rolled_from: date | None  # day N of the period when it was not a working day
    provisional: bool
    provisional_reasons: tuple[str, ...]
    law_version_from: date
    law_title_local: str
    period: Period
    counting: CountingRule
    original: "Deadline | None" = None  # the reply deadline an extension was counted from

    @property
    def unit(self) -> PeriodUnit:
        """Unit of the period's length."""
        return self.period.unit

    @property
    def length(self) -> int:
        """Length of the period in its unit."""
        return self.period.length

    @property
    def article(self) -> str | None:
        """Article that sets the period, or None if no source confirmed it."""
        return self.period.article

    def explanation(self) -> list[str]:
        """Describe in English how the due date follows from the law, one step a line."""
        lines = [f"Start: {format_day(self.start_on)} ({COUNTED_FROM_TEXT[self._start_event]})."]

        if self.original is not None:
            lines.append(
                f"Original reply period: {_describe_length(self.original.period)} "
                f"({_cite(self.original.law_title_local, self.original.article)}), "
                f"due {format_day(self.original.due_on)}{_rolled_text(self.original)}."
            )

        lines.append(
            f"Period: {self.period_name.value}, {_describe_length(self.period)} counted from "
            f"{COUNTED_FROM_TEXT[self.period.counted_from]} "
            f"({_cite(self.law_title_local, self.article)}; "
            f"law version in force from {self.law_version_from.isoformat()})."
        )
        lines.append(self._day_zero_line())
        lines.extend(self._end_lines())
        lines.append(f"Due: {format_day(self.due_on)}.")

        notice = self.period.notice
        if notice is not None:
            lines.append(
                f"The authority must notify the requester of the {self.period_name.value} "
                f"within {notice.within_days} days of "
                f"{COUNTED_FROM_TEXT[notice.counted_from]} ({notice.article or ARTICLE_NOT_CONFIRMED})."
            )

        lines.extend(f"Provisional: {reason}" for reason in self.provisional_reasons)

        return lines

    @property
    def _start_event(self) -> CountedFrom:
        if self.period.counted_from is CountedFrom.ORIGINAL_DUE:
            return CountedFrom.CLOCK_START

        return self.period.counted_from

    def _day_zero_line(self) -> str:
        subject = f"{DAY_ZERO_SUBJECT[self.period.counted_from]}, {format_day(self.day_zero_on)},"
        rule = _cite(self.counting.act, self.counting.article)
        if self.counting.day_after_event:
            return f"{subject} is day 0 and counting begins on the next day ({rule})."

        return f"{subject} is day 1 ({rule})."

    def _end_lines(self) -> list[str]:
        if self.unit is PeriodUnit.WORKING_DAYS:
            lines = [f"Working day {self.length} is {format_day(self.due_on)}."]
            lines.extend(
                f"Not counted: {format_day(day.skipped_on)}, {day.reason}." for day in self.skipped
            )
            return lines

        counted_end = self.rolled_from or self.due_on
        lines = [f"Day {self.length} is {format_day(counted_end)}."]
        lines.extend(f"Skipped: {format_day(day.skipped_on)}, {day.reason}." for day in self.skipped)
        if self.rolled_from is not None:
            lines.append(
                f"Day {self.length} is not a working day, so the period ends on the next "
                f"working day ({_cite(self.counting.act, self.counting.article)})."
            )

        return lines


def compute_deadline(
    refs: JurisdictionRefs,
    period_name: PeriodName,
    start_on: date,
    *,
    sent_on: date | None = None,
    original_due_on: date | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline:
    """Compute the last day of ``period_name`` under the law version in force on ``sent_on``.

    ``start_on`` is the date of the period's starting event: receipt of the request
    by the authority for the reply and the extension, delivery of the decision for
    an appeal. It is day 0, so counting starts on the next day (HR: ZUP Art. 81,
    RS: ZUP Art. 80(2)). A calendar-day period ends on day N, and if the counting rule
    requires it, a day N that is not a working day moves to the next working day.
    Holidays inside the period do not lengthen it. A working-day period ends on the
    N-th working day after day 0.

    An extension counted from the original due date (HR: ZPPI Art. 22(1), "from the
    day the body should have decided") starts from ``original_due_on`` if given,
    else from the reply deadline computed here, after its roll to a working day.

    ``sent_on`` defaults to ``start_on``. ``calendar`` defaults to the jurisdiction's
    calendar without extra closed days. Raises PeriodNotDefinedError when the law
    version does not define the period, and LegalRefsError when no version is in
    force on ``sent_on``.
    """
    version_day = sent_on or start_on
    version, period = refs.period_on(period_name, version_day)
    working_calendar = calendar or WorkingCalendar.for_jurisdiction(refs)

    original: Deadline | None = None
    day_zero_on = start_on
    if period.counted_from is CountedFrom.ORIGINAL_DUE:
        if original_due_on is None:
            original = compute_deadline(
                refs, PeriodName.REPLY, start_on, sent_on=version_day, calendar=working_calendar
            )
            original_due_on = original.due_on

        day_zero_on = original_due_on

    due_on, rolled_from, skipped = _count(period, version.counting, day_zero_on, working_calendar)

    reasons = _provisional_reasons(refs, period, version.counting)
    if original is not None:
        reasons = tuple(dict.fromkeys(original.provisional_reasons + reasons))

    return Deadline(
        jurisdiction=refs.code,
        period_name=period_name,
        start_on=start_on,
        day_zero_on=day_zero_on,
        due_on=due_on,
        skipped=skipped,
        rolled_from=rolled_from,
        provisional=bool(reasons),
        provisional_reasons=reasons,
        law_version_from=version.in_force_from,
        law_title_local=version.law_title_local,
        period=period,
        counting=version.counting,
        original=original,
    )


def _count(
    period: Period, counting: CountingRule, day_zero_on: date, calendar: WorkingCalendar
) -> tuple[date, date | None, tuple[SkippedDay, ...]]:
    """Return the due date, the unrolled day N if a roll happened, and the skipped days."""
    # Without the day-after rule the event's own day is day 1, so one day fewer is added.
    offset = 0 if counting.day_after_event else 1

    if period.unit is PeriodUnit.WORKING_DAYS:
        count = period.length
        if offset and calendar.is_working_day(day_zero_on):
            count -= 1

        due_on = calendar.add_working_days(day_zero_on, count)
        skipped = calendar.non_working_days(day_zero_on + timedelta(days=1), due_on - timedelta(days=1))
        return due_on, None, skipped

    counted_end = day_zero_on + timedelta(days=period.length - offset)
    if not counting.rolls_to_working_day:
        return counted_end, None, ()

    due_on = calendar.first_working_day_from(counted_end)
    if due_on == counted_end:
        return due_on, None, ()

    return due_on, counted_end, calendar.non_working_days(counted_end, due_on - timedelta(days=1))


def _provisional_reasons(refs: JurisdictionRefs, period: Period, counting: CountingRule) -> tuple[str, ...]:
    reasons: list[str] = []
    if not period.confirmed:
        reasons.append(f"the {period.name.value} period is not confirmed: {period.note}")

    if not counting.confirmed:
        reasons.append(f"the counting rule is not confirmed: {counting.note}")

    if not refs.calendar_confirmed:
        reasons.append(f"the holiday calendar is not confirmed: {refs.calendar_note}")

    return tuple(reasons)


def days_left(due_on: date, today: date) -> int:
    """Return the days from ``today`` to ``due_on``: 0 on the due date, negative when overdue."""
    return (due_on - today).days


def format_day(day: date) -> str:
    """Format a date as weekday and ISO date, e.g. "Thu 2026-01-01", independent of locale."""
    return f"{WEEKDAY_NAMES[day.weekday()][:3]} {day.isoformat()}"


def _describe_length(period: Period) -> str:
    unit = "calendar days" if period.unit is PeriodUnit.CALENDAR_DAYS else "working days"
    return f"{period.length} {unit}"


def _cite(title: str, article: str | None) -> str:
    return f"{title}, {article or ARTICLE_NOT_CONFIRMED}"


def _rolled_text(deadline: Deadline) -> str:
    if deadline.rolled_from is None:
        return ""

    return f", moved from {format_day(deadline.rolled_from)}, a non-working day"
