"""Cases: create, edit, export and erase the pseudonymised record of a case.

Every change is written to the audit log by services.audit. Callers commit.
"""

import logging
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from ..extensions import db
from ..models import AuditAction, Case, CaseType, FoiRequest, Organisation, User
from . import audit
from .errors import FieldError, check_version
from .requests import EVENT_LABELS, STATE_LABELS

logger = logging.getLogger(__name__)

# The fields that describe the victims or the facts of a case. Erasing a case
# blanks them and keeps the reference, type, region and file numbers, which
# identify the case but no person.
ERASABLE_FIELDS = (
    "victim_age_band",
    "victim_gender",
    "victim_citizenship",
    "exploitation_form",
    "summary",
)


@dataclass(frozen=True)
class CaseDraft:
    """The fields a user types for a case, already parsed by the form."""

    reference: str
    case_type: CaseType
    region: str = ""
    court_file_number: str = ""
    prosecution_file_number: str = ""
    victim_age_band: str = ""
    victim_gender: str = ""
    victim_citizenship: str = ""
    exploitation_form: str = ""
    summary: str = ""


def _check_reference(organisation_id: int, reference: str, case_id: int | None) -> str:
    cleaned = reference.strip()
    if not cleaned:
        raise FieldError("reference", "Give the case an internal reference, without victims' names.")

    clash = db.session.scalar(
        select(Case.id).where(Case.organisation_id == organisation_id, Case.reference == cleaned)
    )
    if clash is not None and clash != case_id:
        raise FieldError("reference", f"Your organisation already has a case “{cleaned}”. Choose another reference.")

    return cleaned


def _apply(case: Case, draft: CaseDraft, reference: str) -> None:
    for field in fields(CaseDraft):
        value = getattr(draft, field.name)
        setattr(case, field.name, value.strip() if isinstance(value, str) else value)
    case.reference = reference


def create_case(organisation: Organisation, author: User, draft: CaseDraft) -> Case:
    """Add a case to the organisation. Raise FieldError for a missing or taken reference."""
    reference = _check_reference(organisation.id, draft.reference, None)
    case = Case(organisation_id=organisation.id)
    _apply(case, draft, reference)
    db.session.add(case)
    db.session.flush()

    logger.info("case %s created by user %s", case.id, author.id)
    return case


def update_case(case: Case, author: User, draft: CaseDraft, loaded_version: int | None) -> Case:
    """Apply edits to a case.

    ``loaded_version`` is the version the user's form was loaded from:
    StaleEdit is raised when someone saved the case since.
    """
    check_version(loaded_version, case.version)
    reference = _check_reference(case.organisation_id, draft.reference, case.id)
    _apply(case, draft, reference)

    logger.info("case %s edited by user %s", case.id, author.id)
    return case


def erase_case(case: Case, author: User) -> list[str]:
    """Blank the victim fields and the summary of a case, here and in its audit history.

    The reference, type, region and file numbers stay, and so do the linked
    requests. One audit entry with the action "erase" names the blanked
    fields without their values. Return the names of the fields that held a value.
    """
    erased = [name for name in ERASABLE_FIELDS if getattr(case, name)]

    with audit.recorded_manually(db.session(), case):
        for name in ERASABLE_FIELDS:
            setattr(case, name, "")
        db.session.flush()

    audit.redact_history("case", case.id, frozenset(ERASABLE_FIELDS))
    audit.record_entry(
        case.organisation_id,
        "case",
        case.id,
        AuditAction.ERASE,
        {name: [audit.ERASED_VALUE, ""] for name in erased},
    )

    logger.info("case %s: %s fields erased by user %s", case.id, len(erased), author.id)
    return erased


def export_case(case: Case) -> dict[str, Any]:
    """Return the case, its requests and their timelines as JSON-ready data.

    Documents are listed by name, type and SHA-256, without their content.
    """
    return {
        "case": {
            "reference": case.reference,
            "case_type": case.case_type.value,
            "region": case.region,
            "court_file_number": case.court_file_number,
            "prosecution_file_number": case.prosecution_file_number,
            "victim_age_band": case.victim_age_band,
            "victim_gender": case.victim_gender,
            "victim_citizenship": case.victim_citizenship,
            "exploitation_form": case.exploitation_form,
            "summary": case.summary,
            "created_at": case.created_at.isoformat(),
        },
        "requests": [_export_request(foi_request) for foi_request in case.foi_requests],
    }


def _export_request(foi_request: FoiRequest) -> dict[str, Any]:
    def day(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": foi_request.id,
        "title": foi_request.title,
        "agency": foi_request.agency.name,
        "jurisdiction": foi_request.agency.jurisdiction_code,
        "agency_reference": foi_request.agency_reference,
        "items": foi_request.items,
        "legal_basis": foi_request.legal_basis,
        "state": foi_request.state.value,
        "state_label": STATE_LABELS[foi_request.state],
        "sent_on": day(foi_request.sent_on),
        "received_on": day(foi_request.received_on),
        "due_on": day(foi_request.due_on),
        "replied_on": day(foi_request.replied_on),
        "closed_on": day(foi_request.closed_on),
        "shared_with_network": foi_request.shared_with_network,
        "events": [
            {
                "kind": event.kind.value,
                "label": EVENT_LABELS[event.kind],
                "legal_on": day(event.legal_on),
                "from_state": event.from_state.value if event.from_state else None,
                "to_state": event.to_state.value,
                "due_on": day(event.due_on),
                "note": event.note,
            }
            for event in foi_request.events
        ],
        "documents": [
            {
                "filename": document.original_filename,
                "content_type": document.content_type,
                "size_bytes": document.size_bytes,
                "sha256": document.sha256,
            }
            for document in foi_request.documents
        ],
    }
