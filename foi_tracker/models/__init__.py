"""SQLAlchemy models, one module per aggregate."""

from .audit import AuditEntry
from .case import Case
from .document import Document
from .enums import (
    AgencyType,
    AuditAction,
    CaseType,
    DeliveryForm,
    DeliveryMethod,
    EventKind,
    ReplyOutcome,
    RequestState,
    UserRole,
)
from .event import Event
from .foi_request import FoiRequest
from .jurisdiction import Agency, Jurisdiction
from .non_working_day import NonWorkingDay
from .organisation import Organisation, User
from .refusal import RefusalGroundCitation

__all__ = [
    "Agency",
    "AgencyType",
    "AuditAction",
    "AuditEntry",
    "Case",
    "CaseType",
    "DeliveryForm",
    "DeliveryMethod",
    "Document",
    "Event",
    "EventKind",
    "FoiRequest",
    "Jurisdiction",
    "NonWorkingDay",
    "Organisation",
    "RefusalGroundCitation",
    "ReplyOutcome",
    "RequestState",
    "User",
    "UserRole",
]
