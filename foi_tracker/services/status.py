"""Status of a request for a busy reader: the running deadline, days left and the next action."""

from dataclasses import dataclass
from datetime import date

from ..law import Deadline, JurisdictionRefs, LawVersion, PeriodName, compute_deadline, days_left
from ..models import FoiRequest, RequestState
from .legal import get_refs, get_working_calendar, local_today, version_day_of, version_for_request


@dataclass(frozen=True)
class RequestStatus:
    """The computed status of one request on one day."""

    state: RequestState
    is_overdue: bool
    due_on: date | None  # the reply deadline, or the appeal deadline after a refusal
    days_left: int | None
    next_action: str
    action_anchor: str | None  # id of the form on the detail page that performs it
    provisional: bool  # the deadline rests on a fact legal_refs/ marks unconfirmed
    appeal_window: bool = False  # due_on is the requester's appeal deadline


def describe_status(foi_request: FoiRequest, today: date | None = None) -> RequestStatus:
    """Compute the status shown in lists and on the request page.

    Overdue is never stored: it is an awaiting request whose due date lies
    before today in the authority's time zone.
    """
    code = foi_request.agency.jurisdiction_code
    refs = get_refs(code)
    today = today or local_today(code)
    state = foi_request.state
    version = version_for_request(foi_request)
    appeal_body = f"the {refs.appeal_body.name_en}"

    if state in (RequestState.REFUSED, RequestState.PARTIALLY_GRANTED):
        return _appeal_status(foi_request, refs, version, appeal_body, today)

    due_on = foi_request.due_on if state is RequestState.AWAITING_REPLY else None
    remaining = days_left(due_on, today) if due_on else None
    is_overdue = remaining is not None and remaining < 0
    provisional = due_on is not None and _is_provisional(refs, version, PeriodName.REPLY)

    if state is RequestState.DRAFT:
        action = "Download the letter, send it, then record when it was sent and received."
        anchor: str | None = "send"
    elif is_overdue:
        action = (
            f"The reply period ended on {due_on}. The authority is silent: urge a reply "
            f"or appeal against silence to {appeal_body}.{_exceptions_note(version)}"
        )
        anchor = "reply"
    elif state is RequestState.AWAITING_REPLY:
        action = f"Wait for the reply, due {due_on}. Record the reply or an extension notice when it arrives."
        anchor = "reply"
    elif state is RequestState.TRANSFERRED:
        action = "Follow the request at the authority it was transferred to."
        anchor = None
    else:
        action = "No action needed: the request is closed."
        anchor = None

    return RequestStatus(state, is_overdue, due_on, remaining, action, anchor, provisional)


def _is_provisional(refs: JurisdictionRefs, version: LawVersion, period_name: PeriodName) -> bool:
    period = version.periods.get(period_name)
    return (
        period is None
        or not period.confirmed
        or not version.counting.confirmed
        or not refs.calendar_confirmed
    )


def _exceptions_note(version: LawVersion) -> str:
    # Some laws exempt their highest bodies from the appeal; legal_refs/ lists
    # them under articles.no_appeal_bodies.
    exceptions = version.articles.get("no_appeal_bodies")
    if exceptions is None or not exceptions.note:
        return ""

    article = exceptions.article or "article not confirmed"
    return (
        f" No appeal lies against these bodies ({article}), so bring an administrative "
        f"dispute instead: {exceptions.note.strip()}"
    )


def _appeal_status(
    foi_request: FoiRequest,
    refs: JurisdictionRefs,
    version: LawVersion,
    appeal_body: str,
    today: date,
) -> RequestStatus:
    state = foi_request.state
    deadline = compute_appeal_deadline(foi_request)
    if deadline is None or foi_request.replied_on is None:
        action = f"Consider an appeal to {appeal_body}; the appeal period is not confirmed."
        return RequestStatus(state, False, None, None, action, None, True, appeal_window=True)

    remaining = days_left(deadline.due_on, today)
    article = deadline.article or "article not confirmed"
    if remaining < 0:
        action = (
            f"The appeal period ended on {deadline.due_on} ({deadline.length} days from delivery "
            f"of the decision, {article}), counted from the reply date {foi_request.replied_on}."
        )
        return RequestStatus(state, False, None, None, action, None, deadline.provisional)

    action = (
        f"Consider an appeal to {appeal_body}: {deadline.length} days from delivery of the "
        f"decision ({article}), so by {deadline.due_on} if it was delivered on "
        f"{foi_request.replied_on}.{_exceptions_note(version)}"
    )
    return RequestStatus(
        state, False, deadline.due_on, remaining, action, None, deadline.provisional, appeal_window=True
    )


def compute_appeal_deadline(foi_request: FoiRequest) -> Deadline | None:
    """Compute the requester's window to appeal a refusal, or None where it does not run.

    The period runs from delivery of the decision. The app records the reply
    date only, so it counts from that date.
    """
    # NOTE: a decision delivered later than its date gives a later deadline.
    # Count from the delivery date once the reply form records it.
    refs = get_refs(foi_request.agency.jurisdiction_code)
    version = version_for_request(foi_request)
    if (
        foi_request.state not in (RequestState.REFUSED, RequestState.PARTIALLY_GRANTED)
        or PeriodName.APPEAL_REFUSAL not in version.periods
        or foi_request.replied_on is None
        or foi_request.sent_on is None
    ):
        return None

    return compute_deadline(
        refs,
        PeriodName.APPEAL_REFUSAL,
        foi_request.replied_on,
        sent_on=version_day_of(foi_request),
        calendar=get_working_calendar(refs.code),
    )


def action_rank(foi_request: FoiRequest, status: RequestStatus) -> tuple[int, date]:
    """Return the sort key that puts what needs action first.

    Overdue requests come first, then running deadlines (replies and appeal
    windows) by due date, then drafts, then closed requests.
    """
    if status.is_overdue:
        rank = 0
    elif foi_request.state is RequestState.AWAITING_REPLY or status.due_on is not None:
        rank = 1
    elif foi_request.state is RequestState.DRAFT:
        rank = 2
    else:
        rank = 3

    return (rank, status.due_on or date.max)
