"""SQLAlchemy models, one module per aggregate."""

from .case import Case
from .document import Document
from .enums import (
    AgencyType,
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
