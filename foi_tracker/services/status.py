"""What a busy reader needs first: the running deadline, days left, the next action."""

from dataclasses import dataclass
from datetime import date

from ..law import PeriodName, compute_deadline, days_left
from ..models import FoiRequest, RequestState
from .legal import get_refs, local_today


@dataclass(frozen=True)
class RequestStatus:
    """The computed status of one request on one day."""

    state: RequestState
    is_overdue: bool
    due_on: date | None
    days_left: int | None
    next_action: str
    action_anchor: str | None  # id of the form on the detail page that performs it


def describe_status(foi_request: FoiRequest, today: date | None = None) -> RequestStatus:
    """Compute the status shown in lists and on the request page.

    Overdue is never stored: it is an awaiting request whose due date lies
    before today in the authority's time zone.
    """
    code = foi_request.agency.jurisdiction_code
    today = today or local_today(code)
    state = foi_request.state
    due_on = foi_request.due_on if state is RequestState.AWAITING_REPLY else None
    remaining = days_left(due_on, today) if due_on else None
    is_overdue = remaining is not None and remaining < 0
    appeal_body = get_refs(code).appeal_body.name_en

    if state is RequestState.DRAFT:
        action = "Download the letter, send it, then record when it was sent and received."
        anchor: str | None = "send"
    elif is_overdue:
        action = (
            f"The reply period ended on {due_on}. The authority is silent: "
            f"urge a reply or appeal against silence to {appeal_body}."
        )
        anchor = "reply"
    elif state is RequestState.AWAITING_REPLY:
        action = f"Wait for the reply, due {due_on}. Record the reply or an extension notice when it arrives."
        anchor = "reply"
    elif state in (RequestState.REFUSED, RequestState.PARTIALLY_GRANTED):
        action = _appeal_advice(foi_request, appeal_body)
        anchor = None
    elif state is RequestState.TRANSFERRED:
        action = "Follow the request at the authority it was transferred to."
        anchor = None
    else:
        action = "No action needed: the request is closed."
        anchor = None

    return RequestStatus(state, is_overdue, due_on, remaining, action, anchor)


def _appeal_advice(foi_request: FoiRequest, appeal_body: str) -> str:
    refs = get_refs(foi_request.agency.jurisdiction_code)
    if foi_request.replied_on is None or foi_request.sent_on is None:
        return f"Consider an appeal to {appeal_body}."

    version = refs.version_on(foi_request.sent_on)
    period = version.periods.get(PeriodName.APPEAL_REFUSAL)
    if period is None:
        return f"Consider an appeal to {appeal_body}; the appeal period is not confirmed."

    # The period runs from delivery of the decision, and the reply date is the
    # best date the app knows until delivery is recorded separately.
    deadline = compute_deadline(
        refs, PeriodName.APPEAL_REFUSAL, foi_request.replied_on, sent_on=foi_request.sent_on
    )
    article = deadline.article or "article not confirmed"
    return (
        f"Consider an appeal to {appeal_body}: {deadline.length} days from delivery of the "
        f"decision ({article}), so by {deadline.due_on} if it was delivered on "
        f"{foi_request.replied_on}."
    )
