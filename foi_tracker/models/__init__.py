"""SQLAlchemy models, one module per aggregate."""

from .audit import AuditEntry
from .batch import RequestBatch
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
from .letter_template import GeneratedLetter, LetterTemplateVersion
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
    "GeneratedLetter",
    "Jurisdiction",
    "LetterTemplateVersion",
    "NonWorkingDay",
    "Organisation",
    "RefusalGroundCitation",
    "ReplyOutcome",
    "RequestBatch",
    "RequestState",
    "User",
    "UserRole",
]
