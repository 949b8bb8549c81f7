"""Life cycle of a request: create, edit, send, extension, reply, withdraw.

``transition()`` is the only place that changes ``FoiRequest.state``, and it
writes one Event per change. Callers commit the session.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..extensions import db
from ..law import (
    CountedFrom,
    JurisdictionRefs,
    LegalRefsError,
    Notice,
    PeriodName,
    PeriodNotDefinedError,
)
from ..models import (
    Agency,
    Case,
    DeliveryForm,
    DeliveryMethod,
    Document,
    Event,
    EventKind,
    FoiRequest,
    Organisation,
    RefusalGroundCitation,
    ReplyOutcome,
    RequestBatch,
    RequestState,
    User,
)
from .errors import FieldError, InvalidTransition, check_version
from .legal import (
    compute_request_deadline,
    get_refs,
    get_working_calendar,
    local_today,
    version_for_request,
)

logger = logging.getLogger(__name__)

# Allowed steps: (state before, event kind) -> state after. A reply's outcome
# picks its own state, so REPLY_RECEIVED is checked separately.
TRANSITIONS: dict[tuple[RequestState, EventKind], RequestState] = {
    (RequestState.DRAFT, EventKind.EDITED): RequestState.DRAFT,
    (RequestState.AWAITING_REPLY, EventKind.EDITED): RequestState.AWAITING_REPLY,
    (RequestState.DRAFT, EventKind.SENT): RequestState.AWAITING_REPLY,
    (RequestState.AWAITING_REPLY, EventKind.EXTENSION_NOTIFIED): RequestState.AWAITING_REPLY,
    (RequestState.DRAFT, EventKind.WITHDRAWN): RequestState.WITHDRAWN,
    (RequestState.AWAITING_REPLY, EventKind.WITHDRAWN): RequestState.WITHDRAWN,
    (RequestState.AWAITING_REPLY, EventKind.DUE_DATE_RECOMPUTED): RequestState.AWAITING_REPLY,
}
# Sharing with the network is possible in every state and changes none.
TRANSITIONS.update(
    {(state, kind): state for state in RequestState for kind in (EventKind.SHARED, EventKind.UNSHARED)}
)
REPLY_ALLOWED_FROM = frozenset({RequestState.AWAITING_REPLY})

CLOSED_STATES = frozenset(
    {
        RequestState.GRANTED,
        RequestState.PARTIALLY_GRANTED,
        RequestState.REFUSED,
        RequestState.NOT_HELD,
        RequestState.TRANSFERRED,
        RequestState.WITHDRAWN,
    }
)

STATE_LABELS: dict[RequestState, str] = {
    RequestState.DRAFT: "draft",
    RequestState.AWAITING_REPLY: "awaiting reply",
    RequestState.GRANTED: "granted",
    RequestState.PARTIALLY_GRANTED: "partially granted",
    RequestState.REFUSED: "refused",
    RequestState.NOT_HELD: "information not held",
    RequestState.TRANSFERRED: "transferred",
    RequestState.WITHDRAWN: "withdrawn",
}


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.CREATED: "created",
    EventKind.EDITED: "edited",
    EventKind.SENT: "sent",
    EventKind.EXTENSION_NOTIFIED: "extension notified",
    EventKind.REPLY_RECEIVED: "reply received",
    EventKind.WITHDRAWN: "withdrawn",
    EventKind.DUE_DATE_RECOMPUTED: "due date recomputed",
    EventKind.SHARED: "shared with the network",
    EventKind.UNSHARED: "no longer shared with the network",
}


@dataclass(frozen=True)
class RequestDraft:
    """The fields a user types for a request, already parsed by the form."""

    agency_id: int | None
    title: str
    items: list[str]
    delivery_method: DeliveryMethod
    preferred_form: DeliveryForm
    legal_basis: str = ""
    agency_reference: str = ""
    case_id: int | None = None


def require_transition(foi_request: FoiRequest, kind: EventKind) -> None:
    """Raise InvalidTransition, naming the current state, unless ``kind`` may happen now."""
    current = foi_request.state
    if kind is EventKind.REPLY_RECEIVED:
        allowed = current in REPLY_ALLOWED_FROM
    else:
        allowed = (current, kind) in TRANSITIONS

    if not allowed:
        raise InvalidTransition(
            f"Cannot record “{EVENT_LABELS[kind]}” while the request is "
            f"{STATE_LABELS[current]}."
        )


def transition(
    foi_request: FoiRequest,
    kind: EventKind,
    legal_on: date,
    author: User | None,
    *,
    to_state: RequestState | None = None,
    due_on: date | None = None,
    note: str = "",
) -> Event:
    """Record one timeline step and move the request to its next state.

    ``to_state`` is given only for a reply, whose outcome decides the state.
    Raise InvalidTransition, naming the current state, for a step the life
    cycle does not allow.
    """
    current = foi_request.state
    require_transition(foi_request, kind)
    next_state = to_state if kind is EventKind.REPLY_RECEIVED else TRANSITIONS[(current, kind)]
    if next_state is None:
        raise ValueError("A reply needs its outcome as to_state.")

    event = Event(
        foi_request=foi_request,
        kind=kind,
        legal_on=legal_on,
        author_id=author.id if author else None,
        from_state=current,
        to_state=next_state,
        due_on=due_on,
        note=note,
    )
    foi_request.state = next_state
    db.session.add(event)

    # Ids only: titles and notes can identify victims.
    logger.info(
        "foi_request %s: %s -> %s (%s) by user %s",
        foi_request.id,
        current.value,
        next_state.value,
        kind.value,
        author.id if author else None,
    )
    return event


def _visible_agency(agency_id: int | None) -> Agency:
    agency = db.session.get(Agency, agency_id) if agency_id else None
    if agency is None:
        raise FieldError("agency_id", "Choose an agency from the list; the one given is unknown.")

    return agency


def _own_case(organisation: Organisation, case_id: int | None) -> Case | None:
    if case_id is None:
        return None

    case = db.session.get(Case, case_id)
    if case is None or case.organisation_id != organisation.id:
        raise FieldError("case_id", "Choose a case of your organisation; the one given is unknown.")

    return case


def _clean_items(items: list[str]) -> list[str]:
    cleaned = [item.strip() for item in items if item.strip()]
    if not cleaned:
        raise FieldError("items", "List at least one item of information you are asking for.")

    return cleaned


def describe_legal_basis(jurisdiction_code: str, day: date) -> str:
    """Cite the FOI law in force on ``day`` and its article on requests, if confirmed."""
    version = get_refs(jurisdiction_code).version_on(day)
    citation = f"{version.law_title_local} ({version.law_citation})"
    request_article = version.articles.get("request")
    if request_article is None or not request_article.confirmed or not request_article.article:
        return citation

    return f"{citation}, {request_article.article}"


def create_request(
    organisation: Organisation,
    author: User,
    draft: RequestDraft,
    created_on: date | None = None,
    *,
    batch: RequestBatch | None = None,
) -> FoiRequest:
    """Create a request in the draft state and write its first event.

    ``created_on`` dates that event. It defaults to today and is set only
    when older requests are entered after the fact. ``batch`` groups the
    request with the others created by services.batches.create_batch and
    must belong to ``organisation``.
    """
    if batch is not None and batch.organisation_id != organisation.id:
        raise ValueError(f"Batch {batch.id} belongs to another organisation than {organisation.id}.")

    agency = _visible_agency(draft.agency_id)
    case = _own_case(organisation, draft.case_id)
    items = _clean_items(draft.items)

    today = created_on or local_today(agency.jurisdiction_code)
    legal_basis = draft.legal_basis.strip() or describe_legal_basis(agency.jurisdiction_code, today)
    foi_request = FoiRequest(
        organisation=organisation,
        created_by_id=author.id,
        agency=agency,
        case=case,
        batch=batch,
        title=draft.title.strip(),
        items=items,
        legal_basis=legal_basis,
        delivery_method=draft.delivery_method,
        preferred_form=draft.preferred_form,
        agency_reference=draft.agency_reference.strip(),
        state=RequestState.DRAFT,
    )
    db.session.add(foi_request)
    db.session.flush()

    event = Event(
        foi_request=foi_request,
        kind=EventKind.CREATED,
        legal_on=today,
        author_id=author.id,
        from_state=None,
        to_state=RequestState.DRAFT,
    )
    db.session.add(event)
    logger.info("foi_request %s created by user %s", foi_request.id, author.id)
    return foi_request


def update_request(
    foi_request: FoiRequest, author: User, draft: RequestDraft, loaded_version: int | None = None
) -> Event:
    """Apply edits. After sending, only the title, case and agency reference change.

    The agency, the items and the delivery details are what the authority
    received, so they stay as sent. ``loaded_version`` is the version the
    user's form was loaded from: StaleEdit is raised when someone saved the
    request since, so no edit overwrites another unseen.
    """
    check_version(loaded_version, foi_request.version)
    require_transition(foi_request, EventKind.EDITED)
    organisation = foi_request.organisation
    case = _own_case(organisation, draft.case_id)
    changed: list[str] = []

    if foi_request.state is RequestState.DRAFT:
        agency = _visible_agency(draft.agency_id)
        items = _clean_items(draft.items)
        if agency.id != foi_request.agency_id:
            changed.append("agency")
        if items != foi_request.items:
            changed.append("items")
        if draft.delivery_method is not foi_request.delivery_method:
            changed.append("delivery method")
        if draft.preferred_form is not foi_request.preferred_form:
            changed.append("preferred form")
        if draft.legal_basis.strip() != foi_request.legal_basis:
            changed.append("legal basis")
        foi_request.agency = agency
        foi_request.items = items
        foi_request.delivery_method = draft.delivery_method
        foi_request.preferred_form = draft.preferred_form
        foi_request.legal_basis = draft.legal_basis.strip()

    if draft.title.strip() != foi_request.title:
        changed.append("title")
    if (case.id if case else None) != foi_request.case_id:
        changed.append("case")
    if draft.agency_reference.strip() != foi_request.agency_reference:
        changed.append("agency reference")
    foi_request.title = draft.title.strip()
    foi_request.case = case
    foi_request.agency_reference = draft.agency_reference.strip()

    today = local_today(foi_request.agency.jurisdiction_code)
    note = "Changed: " + ", ".join(changed) if changed else "No field changed."
    return transition(foi_request, EventKind.EDITED, today, author, note=note)


def _check_not_future(field: str, label: str, day: date, today: date) -> None:
    if day > today:
        raise FieldError(
            field,
            f"The {label} {day.isoformat()} is in the future; today is "
            f"{today.isoformat()} in the authority's time zone. Enter the date it happened.",
        )


def _check_date_after_sending(foi_request: FoiRequest, field: str, label: str, day: date) -> None:
    today = local_today(foi_request.agency.jurisdiction_code)
    _check_not_future(field, label, day, today)
    if foi_request.sent_on is not None and day < foi_request.sent_on:
        raise FieldError(
            field,
            f"The {label} {day.isoformat()} is before the request was sent on "
            f"{foi_request.sent_on.isoformat()}. Check the date.",
        )


def mark_sent(
    foi_request: FoiRequest, author: User, sent_on: date, received_on: date, note: str = ""
) -> Event:
    """Record that the request was sent and received, and start the reply period.

    The period runs from receipt by the authority (the clock-start event of
    each law in legal_refs/); the law version in force on ``sent_on`` applies.
    """
    require_transition(foi_request, EventKind.SENT)
    code = foi_request.agency.jurisdiction_code
    today = local_today(code)
    _check_not_future("sent_on", "sending date", sent_on, today)
    _check_not_future("received_on", "date of receipt", received_on, today)
    if received_on < sent_on:
        raise FieldError(
            "received_on",
            f"The date of receipt {received_on.isoformat()} is before the sending date "
            f"{sent_on.isoformat()}. Correct one of them.",
        )

    try:
        deadline = compute_request_deadline(code, PeriodName.REPLY, received_on, sent_on)
    except LegalRefsError as error:
        raise FieldError(
            "sent_on",
            f"No version of this country's FOI law is recorded as in force on "
            f"{sent_on.isoformat()}, so no deadline can be computed ({error.reason}).",
        ) from error

    # The period runs from receipt, so the note keeps both dates.
    dates = f"Sent on {sent_on.isoformat()}, received on {received_on.isoformat()}."
    event = transition(
        foi_request,
        EventKind.SENT,
        sent_on,
        author,
        due_on=deadline.due_on,
        note=f"{dates} {note}".strip(),
    )
    foi_request.sent_on = sent_on
    foi_request.received_on = received_on
    foi_request.due_on = deadline.due_on
    foi_request.original_due_on = deadline.due_on
    foi_request.law_version_from = deadline.law_version_from
    return event


def record_extension(
    foi_request: FoiRequest, author: User, notified_on: date, note: str = ""
) -> Event:
    """Record the authority's notice that it extends the reply period.

    The new due date comes from the law's extension period, counted as that
    law says (Croatia: from the end of the first period; Serbia: at most 40
    days from receipt).
    """
    require_transition(foi_request, EventKind.EXTENSION_NOTIFIED)
    code = foi_request.agency.jurisdiction_code
    today = local_today(code)
    if foi_request.extension_notified_on is not None:
        raise InvalidTransition(
            "An extension was already recorded on "
            f"{foi_request.extension_notified_on.isoformat()}; the law allows one."
        )

    _check_not_future("notified_on", "date of the notice", notified_on, today)
    if foi_request.received_on is None or foi_request.sent_on is None:
        raise InvalidTransition("The request has not been sent yet, so no period runs.")
    if notified_on < foi_request.received_on:
        raise FieldError(
            "notified_on",
            f"The notice date {notified_on.isoformat()} is before the authority received the "
            f"request on {foi_request.received_on.isoformat()}.",
        )

    try:
        deadline = compute_request_deadline(
            code,
            PeriodName.EXTENSION,
            foi_request.received_on,
            foi_request.sent_on,
            law_version_from=foi_request.law_version_from,
        )
    except PeriodNotDefinedError as error:
        # NOTE: the authority's own new date cannot be recorded yet where the
        # law's extension period is unconfirmed, so the reply period stays in force.
        raise FieldError(
            "notified_on",
            f"No extension period is confirmed for this law, so the app cannot compute a new "
            f"due date; the reply period stays in force. Detail: {error}",
        ) from error
    late_notice = _late_notice_warning(
        get_refs(code), deadline.period.notice, foi_request.received_on, notified_on
    )
    event = transition(
        foi_request,
        EventKind.EXTENSION_NOTIFIED,
        notified_on,
        author,
        due_on=deadline.due_on,
        note=f"{late_notice} {note}".strip(),
    )
    foi_request.extension_notified_on = notified_on
    foi_request.due_on = deadline.due_on
    return event


def _late_notice_warning(
    refs: JurisdictionRefs, notice: Notice | None, received_on: date, notified_on: date
) -> str:
    """Return a warning when the authority gave notice later than the law allows.

    The notice period is counted like the authority's other periods: a last
    day that is not a working day moves to the next working day. The
    extension is still recorded, because the requester decides whether to
    treat a late notice as silence and appeal.
    """
    if notice is None or notice.counted_from is not CountedFrom.CLOCK_START:
        return ""

    last_day = received_on + timedelta(days=notice.within_days)
    if refs.version_on(received_on).counting.rolls_to_working_day:
        last_day = get_working_calendar(refs.code).first_working_day_from(last_day)
    if notified_on <= last_day:
        return ""

    article = notice.article or "article not confirmed"
    return (
        f"Late notice: the law requires it within {notice.within_days} days of receipt "
        f"({article}), by {last_day.isoformat()}."
    )


REFUSING_OUTCOMES = frozenset({ReplyOutcome.REFUSED, ReplyOutcome.PARTIALLY_GRANTED})


def _cite_grounds(
    foi_request: FoiRequest, outcome: ReplyOutcome, grounds: Sequence[str]
) -> list[RefusalGroundCitation]:
    """Turn the ground codes the officer ticked into citations of the request's law.

    Only a refusal or a partial refusal has grounds, and only the grounds the
    law version of the request lists, each with that law's article.
    """
    if not grounds:
        return []

    if outcome not in REFUSING_OUTCOMES:
        raise FieldError("grounds", "Refusal grounds apply only to a refusal or a partial refusal.")

    version = version_for_request(foi_request)
    known = {ref.code.value: ref for ref in version.refusal_grounds}
    unknown = [code for code in grounds if code not in known]
    if unknown:
        raise FieldError(
            "grounds",
            f"Unknown refusal ground(s) for this law: {', '.join(unknown)}. Choose from the list.",
        )

    return [
        RefusalGroundCitation(
            foi_request=foi_request,
            ground=known[code].code,
            article=known[code].article or "",
        )
        for code in dict.fromkeys(grounds)
    ]


def record_reply(
    foi_request: FoiRequest,
    author: User,
    outcome: ReplyOutcome,
    replied_on: date,
    note: str = "",
    grounds: Sequence[str] = (),
) -> Event:
    """Record the authority's reply and close the request with its outcome.

    ``grounds`` are RefusalGround codes of the request's law version, cited
    in a refusal or partial refusal; they are counted in the audit.
    """
    require_transition(foi_request, EventKind.REPLY_RECEIVED)
    _check_date_after_sending(foi_request, "replied_on", "reply date", replied_on)
    citations = _cite_grounds(foi_request, outcome, grounds)

    event = transition(
        foi_request,
        EventKind.REPLY_RECEIVED,
        replied_on,
        author,
        to_state=RequestState(outcome.value),
        note=note,
    )
    foi_request.replied_on = replied_on
    foi_request.closed_on = replied_on
    for citation in citations:
        citation.event = event
        db.session.add(citation)

    return event


def withdraw(foi_request: FoiRequest, author: User, withdrawn_on: date, note: str = "") -> Event:
    """Withdraw the request. No deadline runs after this."""
    require_transition(foi_request, EventKind.WITHDRAWN)
    _check_date_after_sending(foi_request, "withdrawn_on", "withdrawal date", withdrawn_on)

    event = transition(foi_request, EventKind.WITHDRAWN, withdrawn_on, author, note=note)
    foi_request.closed_on = withdrawn_on
    return event


def set_request_sharing(foi_request: FoiRequest, author: User, shared: bool) -> Event | None:
    """Share the request with the network, or stop sharing it, and write the event.

    Return None without an event when the request is already in that state.
    """
    if foi_request.shared_with_network == shared:
        return None

    kind = EventKind.SHARED if shared else EventKind.UNSHARED
    today = local_today(foi_request.agency.jurisdiction_code)
    note = "Agency, dates, state and outcome visible to the network." if shared else ""
    event = transition(foi_request, kind, today, author, note=note)
    foi_request.shared_with_network = shared
    return event


def set_document_sharing(document: Document, author: User, shared: bool) -> Event | None:
    """Share one document with the network, or stop sharing it, and write the event on its request.

    The network view lists the document only while its request is shared too.
    Return None without an event when the document is already in that state.
    """
    if document.shared_with_network == shared:
        return None

    foi_request = document.foi_request
    kind = EventKind.SHARED if shared else EventKind.UNSHARED
    today = local_today(foi_request.agency.jurisdiction_code)
    verb = "shared with" if shared else "no longer shared with"
    event = transition(
        foi_request, kind, today, author, note=f"Document “{document.original_filename}” {verb} the network."
    )
    document.shared_with_network = shared
    return event
