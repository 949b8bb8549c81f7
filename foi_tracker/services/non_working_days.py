"""Non-working days that a government declares outside the public-holiday calendar.

Declaring or removing a day changes the law's working days, so the due dates
of the open requests it affects are recomputed at once, each with an event on
the request's timeline. Callers commit the session.
"""

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from ..extensions import db
from ..law import LegalRefsError, PeriodName, WorkingCalendar, holidays_in_year
from ..models import Agency, EventKind, FoiRequest, Jurisdiction, NonWorkingDay, RequestState, User
from .errors import FieldError
from .legal import (
    build_working_calendar,
    compute_request_deadline,
    forget_working_calendars,
    get_refs,
    load_declared_days,
    local_today,
)
from .requests import transition

logger = logging.getLogger(__name__)

# Requests due up to this many days before the day are checked too. A stored due
# date can precede today's computation of it when legal_refs/ was corrected after
# sending, and such a request may still end on the day. Only requests whose
# computed due date changes get an event, so a wider margin costs time, not events.
RECOMPUTE_MARGIN = timedelta(days=7)


@dataclass(frozen=True)
class RecomputeResult:
    """Outcome of declaring or removing a day: which open requests got a new due date."""

    jurisdiction_code: str
    day: date
    checked: int  # open requests whose counting window could include the day
    changed_ids: tuple[int, ...]  # requests whose due date moved, each with a new event
    failed_ids: tuple[int, ...] = ()  # requests whose deadline could not be computed

    @property
    def changed(self) -> int:
        """Number of requests whose due date moved."""
        return len(self.changed_ids)


def list_non_working_days(jurisdiction_code: str | None = None) -> list[NonWorkingDay]:
    """List declared days by jurisdiction and date, of one jurisdiction if a code is given.

    Raise FieldError on ``jurisdiction_code`` for an unknown code.
    """
    query = select(NonWorkingDay).order_by(NonWorkingDay.jurisdiction_code, NonWorkingDay.day)
    if jurisdiction_code is not None:
        jurisdiction = find_jurisdiction(jurisdiction_code)
        query = query.where(NonWorkingDay.jurisdiction_code == jurisdiction.code)

    return list(db.session.scalars(query))


def find_jurisdiction(code: str) -> Jurisdiction:
    """Return the jurisdiction whose code matches ``code``, ignoring case.

    Raise FieldError on ``jurisdiction_code`` for an unknown code, listing the known ones.
    """
    normalised_code = code.strip().upper()
    jurisdictions = db.session.scalars(select(Jurisdiction).order_by(Jurisdiction.code)).all()
    for jurisdiction in jurisdictions:
        if jurisdiction.code.upper() == normalised_code:
            return jurisdiction

    known = ", ".join(jurisdiction.code for jurisdiction in jurisdictions) or "none loaded"
    raise FieldError(
        "jurisdiction_code",
        f"Unknown jurisdiction {code.strip()!r}. Choose one of: {known}.",
    )


def declare_non_working_day(
    code: str, day: date, reason: str, source: str, author: User | None
) -> RecomputeResult:
    """Declare ``day`` a non-working day in a jurisdiction and move the due dates it affects.

    ``author`` is None when the declaration comes from the command line.
    Raise FieldError, naming the field, for an unknown jurisdiction, a day
    already declared, a weekend or public holiday, or an empty reason.
    """
    jurisdiction = find_jurisdiction(code)
    existing = _find_declared_day(jurisdiction.code, day)
    if existing is not None:
        raise FieldError(
            "day",
            f"{day.isoformat()} is already declared a non-working day in {jurisdiction.name_en} "
            f"({existing.reason}). Remove it first to change its reason.",
        )

    _check_working_day(jurisdiction, day)
    reason = reason.strip()
    if not reason:
        raise FieldError(
            "reason",
            "Give the reason for the non-working day, for example the government decision that declared it.",
        )

    before = load_declared_days(jurisdiction.code)
    after = {**before, day: reason}
    declared = NonWorkingDay(
        jurisdiction_code=jurisdiction.code,
        day=day,
        reason=reason,
        source=source.strip(),
        created_by_id=author.id if author else None,
    )
    db.session.add(declared)
    db.session.flush()
    forget_working_calendars()

    cause = f"{day.isoformat()} declared a non-working day ({reason})"
    result = _recompute_open_requests(jurisdiction.code, day, before, after, cause, author)

    logger.info(
        "non_working_day %s (%s %s) declared by user %s: %s of %s open requests moved %s",
        declared.id,
        jurisdiction.code,
        day.isoformat(),
        author.id if author else None,
        result.changed,
        result.checked,
        list(result.changed_ids),
    )
    return result


def remove_non_working_day(code: str, day: date, author: User | None) -> RecomputeResult:
    """Remove a declared non-working day and move the affected due dates back.

    Raise FieldError on ``jurisdiction_code`` for an unknown jurisdiction and
    on ``day`` for a day that is not declared.
    """
    jurisdiction = find_jurisdiction(code)
    declared = _find_declared_day(jurisdiction.code, day)
    if declared is None:
        raise FieldError(
            "day",
            f"{day.isoformat()} is not a declared non-working day in {jurisdiction.name_en}, "
            "so there is nothing to remove.",
        )

    before = load_declared_days(jurisdiction.code)
    after = {other: reason for other, reason in before.items() if other != day}
    cause = f"{day.isoformat()} is no longer a declared non-working day (was: {declared.reason})"
    declared_id = declared.id
    db.session.delete(declared)
    db.session.flush()
    forget_working_calendars()

    result = _recompute_open_requests(jurisdiction.code, day, before, after, cause, author)

    logger.info(
        "non_working_day %s (%s %s) removed by user %s: %s of %s open requests moved %s",
        declared_id,
        jurisdiction.code,
        day.isoformat(),
        author.id if author else None,
        result.changed,
        result.checked,
        list(result.changed_ids),
    )
    return result


def _find_declared_day(jurisdiction_code: str, day: date) -> NonWorkingDay | None:
    return db.session.scalar(
        select(NonWorkingDay).where(
            NonWorkingDay.jurisdiction_code == jurisdiction_code, NonWorkingDay.day == day
        )
    )


def _check_working_day(jurisdiction: Jurisdiction, day: date) -> None:
    """Raise FieldError on ``day`` when it is a weekend day or a public holiday already."""
    refs = get_refs(jurisdiction.code)
    reason = build_working_calendar(jurisdiction.code, {}).non_working_reason(day)
    if reason is None:
        return

    if day in holidays_in_year(refs.holidays_country, refs.holidays_subdivision, day.year):
        raise FieldError(
            "day",
            f"{day.isoformat()} is already {reason}, a public holiday in {jurisdiction.name_en}.",
        )

    raise FieldError(
        "day",
        f"{day.isoformat()} is already a {reason}, a weekly non-working day in {jurisdiction.name_en}.",
    )


def _recompute_open_requests(
    jurisdiction_code: str,
    day: date,
    declared_before: dict[date, str],
    declared_after: dict[date, str],
    cause: str,
    author: User | None,
) -> RecomputeResult:
    """Move the due date of every awaiting request that the change of ``day`` affects.

    A request counts as affected only if its deadline computed with the old
    and the new declared days differs, so a correction of legal_refs/ made
    since sending never moves a due date under the name of this change.
    """
    candidates = db.session.scalars(
        select(FoiRequest)
        .join(Agency)
        .where(
            Agency.jurisdiction_code == jurisdiction_code,
            FoiRequest.state == RequestState.AWAITING_REPLY,
            FoiRequest.received_on <= day,
            FoiRequest.due_on >= day - RECOMPUTE_MARGIN,
        )
        .order_by(FoiRequest.id)
    ).all()

    calendar_before = build_working_calendar(jurisdiction_code, declared_before)
    calendar_after = build_working_calendar(jurisdiction_code, declared_after)
    today = local_today(jurisdiction_code)
    changed: list[int] = []
    failed: list[int] = []

    for foi_request in candidates:
        try:
            moved = _move_due_date(foi_request, calendar_before, calendar_after, today, cause, author)
        except LegalRefsError as error:
            # One request's unusable law data must not block a legal fact that
            # applies to all, so it is reported and the others go on.
            logger.warning(
                "foi_request %s: due date not recomputed after a change of %s in %s: %s",
                foi_request.id,
                day.isoformat(),
                jurisdiction_code,
                error,
            )
            failed.append(foi_request.id)
            continue

        if moved:
            changed.append(foi_request.id)

    return RecomputeResult(
        jurisdiction_code=jurisdiction_code,
        day=day,
        checked=len(candidates),
        changed_ids=tuple(changed),
        failed_ids=tuple(failed),
    )


def _move_due_date(
    foi_request: FoiRequest,
    calendar_before: WorkingCalendar,
    calendar_after: WorkingCalendar,
    today: date,
    cause: str,
    author: User | None,
) -> bool:
    """Set the request's new due date and write its event. Return whether it moved."""
    if foi_request.received_on is None or foi_request.sent_on is None or foi_request.due_on is None:
        return False

    code = foi_request.agency.jurisdiction_code
    period_name = PeriodName.EXTENSION if foi_request.extension_notified_on else PeriodName.REPLY
    # The law version applied at sending stays in force for the request, so it is
    # selected by its stored start date, even if legal_refs/ now maps sent_on to another.
    version_day = foi_request.law_version_from or foi_request.sent_on

    old = compute_request_deadline(
        code,
        period_name,
        foi_request.received_on,
        foi_request.sent_on,
        calendar=calendar_before,
        law_version_from=version_day,
    )
    new = compute_request_deadline(
        code,
        period_name,
        foi_request.received_on,
        foi_request.sent_on,
        calendar=calendar_after,
        law_version_from=version_day,
    )
    if old.due_on == new.due_on or new.due_on == foi_request.due_on:
        return False

    old_due_on = foi_request.due_on
    note = f"Due date moved from {old_due_on.isoformat()} to {new.due_on.isoformat()}: {cause}."
    transition(
        foi_request,
        EventKind.DUE_DATE_RECOMPUTED,
        today,
        author,
        due_on=new.due_on,
        note=note,
    )
    foi_request.due_on = new.due_on
    if period_name is PeriodName.REPLY:
        foi_request.original_due_on = new.due_on
    else:
        # The page shows the first reply date beside the extended one; keep it true.
        reply = compute_request_deadline(
            code,
            PeriodName.REPLY,
            foi_request.received_on,
            foi_request.sent_on,
            calendar=calendar_after,
            law_version_from=version_day,
        )
        foi_request.original_due_on = reply.due_on

    return True

