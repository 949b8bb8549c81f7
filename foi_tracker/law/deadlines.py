"""Statutory deadlines computed from legal_refs data, with an explanation of each step."""

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil

from foi_tracker.law.calendar import SOURCE_WEEKEND, WEEKDAY_NAMES, SkippedDay, WorkingCalendar
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
    CountedFrom.SUBMISSION: "The day of submission",
    CountedFrom.COMPLETE_REQUEST: "The day the complete request was received",
    CountedFrom.ORIGINAL_DUE: "The original due date",
    CountedFrom.DECISION_DELIVERED: "The day of delivery",
    CountedFrom.APPEAL_LODGED: "The day the appeal was received",
}

# Object of "... hours from the time of ..." in explanations of hours periods.
HOURS_FROM_EVENT: dict[CountedFrom, str] = {
    CountedFrom.CLOCK_START: "receipt",
    CountedFrom.SUBMISSION: "submission",
    CountedFrom.COMPLETE_REQUEST: "receipt of the complete request",
    CountedFrom.DECISION_DELIVERED: "delivery of the decision",
    CountedFrom.APPEAL_LODGED: "receipt of the appeal",
}

HOURS_PER_DAY = 24


@dataclass(frozen=True)
class Deadline:
    """Last day of one statutory period, with the facts behind it."""

    jurisdiction: str
    period_name: PeriodName
    start_on: date  # the date the caller passed: the period's start event, or the reply's for original_due
    day_zero_on: date  # day 0 of the count: the reply due date for an original_due period
    due_on: date
    skipped: tuple[SkippedDay, ...]
    rolled_from: date | None  # day N of the period when it was not a working day
    provisional: bool
    provisional_reasons: tuple[str, ...]
    law_version_from: date
    law_title_local: str
    period: Period
    counting: CountingRule
    original: "Deadline | None" = None  # the reply deadline an original_due period was counted from

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
        if self.unit is PeriodUnit.HOURS:
            lines.append(self._hours_line())
        else:
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
        if self.period.counted_from is not CountedFrom.ORIGINAL_DUE:
            return self.period.counted_from

        if self.original is not None:
            return self.original.period.counted_from

        return CountedFrom.CLOCK_START

    @property
    def _end_day_number(self) -> int:
        return self.length + 1 if self.counting.last_day_excluded else self.length

    def _hours_line(self) -> str:
        event = HOURS_FROM_EVENT.get(self.period.counted_from, "the event")
        return (
            f"{self.length} hours from the time of {event}; the time is not recorded, so the "
            f"latest end is the end of {format_day(self.due_on)}. A period in hours does not "
            "move to the next working day."
        )

    def _day_zero_line(self) -> str:
        subject = f"{DAY_ZERO_SUBJECT[self.period.counted_from]}, {format_day(self.day_zero_on)},"
        rule = _cite(self.counting.act, self.counting.article)
        if self.counting.day_after_event:
            return f"{subject} is day 0 and counting begins on the next day ({rule})."

        return f"{subject} is day 1 ({rule})."

    def _end_lines(self) -> list[str]:
        rule = _cite(self.counting.act, self.counting.article)
        end_number = self._end_day_number
        lines = []
        if self.counting.last_day_excluded:
            lines.append(f"The last day is not counted either, so the period ends on day {end_number} ({rule}).")

        if self.unit is PeriodUnit.WORKING_DAYS:
            lines.append(f"Working day {end_number} is {format_day(self.due_on)}.")
            lines.extend(
                f"Not counted: {format_day(day.skipped_on)}, {_describe_skipped(day)}." for day in self.skipped
            )
            return lines

        counted_end = self.rolled_from or self.due_on
        lines.append(f"Day {end_number} is {format_day(counted_end)}.")
        lines.extend(f"Skipped: {format_day(day.skipped_on)}, {_describe_skipped(day)}." for day in self.skipped)
        if self.rolled_from is not None:
            lines.append(
                f"Day {end_number} is not a working day, so the period ends on the next working day ({rule})."
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

    ``start_on`` is the date of the period's starting event, as the period's
    ``counted_from`` names it: receipt or submission of the request, delivery of the
    decision, receipt of the appeal (clock_start_date() picks it for a request). It is
    day 0, so counting starts on the next day (HR: ZUP Art. 81, RS: ZUP Art. 80(2)).
    A calendar-day period ends on day N, and if the counting rule requires it, a day N
    that is not a working day moves to the next working day. Holidays inside the
    period do not lengthen it. A working-day period ends on the N-th working day after
    day 0. Where the counting rule excludes the last day as well, day N + 1 takes the
    place of day N. A period in hours ends at the latest at the end of the day
    ceil(hours / 24) days after ``start_on``, because the app records no times, and it
    never moves to a working day.

    Some periods are counted from the original due date: Croatia's extension (ZPPI
    Art. 22(1), "from the day the body should have decided") and an appeal after
    silence. Such a period starts from ``original_due_on`` if given. Otherwise it
    starts from the reply deadline computed here from ``start_on``, after its roll to
    a working day. Pass the extended due date as ``original_due_on`` when the authority
    extended the reply period.

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
    if period.unit is PeriodUnit.HOURS:
        # The hours run from a time of day that is not recorded, so the period ends
        # at the latest on the day the last hour falls in.
        return day_zero_on + timedelta(days=ceil(period.length / HOURS_PER_DAY)), None, ()

    # Without the day-after rule the event's own day is day 1, so one day fewer is added.
    offset = 0 if counting.day_after_event else 1
    end_number = period.length + 1 if counting.last_day_excluded else period.length

    if period.unit is PeriodUnit.WORKING_DAYS:
        count = end_number
        if offset and calendar.is_working_day(day_zero_on):
            count -= 1

        due_on = calendar.add_working_days(day_zero_on, count)
        skipped = calendar.non_working_days(day_zero_on + timedelta(days=1), due_on - timedelta(days=1))
        return due_on, None, skipped

    counted_end = day_zero_on + timedelta(days=end_number - offset)
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
    return f"{period.length} {period.unit.value.replace('_', ' ')}"


def _describe_skipped(day: SkippedDay) -> str:
    # A weekend needs no source; a holiday or a declared day names where it comes from.
    if not day.source or day.source == SOURCE_WEEKEND:
        return day.reason

    return f"{day.reason} ({day.source})"


def _cite(title: str, article: str | None) -> str:
    return f"{title}, {article or ARTICLE_NOT_CONFIRMED}"


def _rolled_text(deadline: Deadline) -> str:
    if deadline.rolled_from is None:
        return ""

    return f", moved from {format_day(deadline.rolled_from)}, a non-working day"
