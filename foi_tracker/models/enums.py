"""Vocabularies stored by value: states, event kinds, roles and kinds of things."""

from enum import StrEnum


class UserRole(StrEnum):
    """Role of a staff member. ``foi_tracker.access`` lists what each role may change."""

    ADMIN = "admin"
    LEGAL_OFFICER = "legal_officer"
    ADVOCATE = "advocate"
    AUDITOR = "auditor"
    NETWORK_ADMIN = "network_admin"  # an admin who may also invite the admins of other organisations


class AgencyType(StrEnum):
    """Kind of public authority, as classified in the agency data."""

    MINISTRY = "ministry"
    POLICE = "police"
    PROSECUTOR = "prosecutor"
    COURT = "court"
    SOCIAL_WELFARE = "social_welfare"
    LABOUR_INSPECTORATE = "labour_inspectorate"
    COORDINATION_OFFICE = "coordination_office"
    COMMISSIONER = "commissioner"
    ANTI_CORRUPTION = "anti_corruption"
    OMBUDSPERSON = "ombudsperson"
    OTHER = "other"


class CaseType(StrEnum):
    """Kind of case a request is about."""

    TRAFFICKING = "trafficking"
    CORRUPTION = "corruption"


class RequestState(StrEnum):
    """Stored state of a request. "Overdue" is computed from the due date, never stored."""

    DRAFT = "draft"
    AWAITING_REPLY = "awaiting_reply"
    GRANTED = "granted"
    PARTIALLY_GRANTED = "partially_granted"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    TRANSFERRED = "transferred"
    WITHDRAWN = "withdrawn"


class ReplyOutcome(StrEnum):
    """Decision of the authority. Each outcome is also the state it leads to."""

    GRANTED = "granted"
    PARTIALLY_GRANTED = "partially_granted"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    TRANSFERRED = "transferred"


class EventKind(StrEnum):
    """Steps on a request's timeline. Each state change writes exactly one of these."""

    CREATED = "created"
    EDITED = "edited"
    SENT = "sent"
    EXTENSION_NOTIFIED = "extension_notified"
    REPLY_RECEIVED = "reply_received"
    WITHDRAWN = "withdrawn"
    DUE_DATE_RECOMPUTED = "due_date_recomputed"  # a declared non-working day moved the due date
    SHARED = "shared"  # the request or one of its documents became visible to the network
    UNSHARED = "unshared"  # the request or one of its documents stopped being visible to the network


class DeliveryMethod(StrEnum):
    """Channel by which the request reached the authority. The clock starts on receipt."""

    EMAIL = "email"
    POST = "post"
    REGISTERED_POST = "registered_post"
    IN_PERSON = "in_person"


class DeliveryForm(StrEnum):
    """The form in which the requester asks to receive the information."""

    EMAIL = "email"
    POST = "post"
    INSPECTION = "inspection"
    ELECTRONIC_COPY_ON_MEDIUM = "electronic_copy_on_medium"


class AuditAction(StrEnum):
    """Kind of change recorded in an audit entry."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ERASE = "erase"  # the personal fields of a case were blanked on request
