"""Batches: the same questions sent to many authorities at once, one request per authority.

A batch only groups requests. Each request is created by
services.requests.create_request with its own CREATED event, and runs its own
legal clock from then on.
"""

import logging
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from sqlalchemy import select

from ..extensions import db
from ..law import LegalRefsError
from ..letters import LetterError, LetterKind
from ..models import (
    Agency,
    DeliveryForm,
    DeliveryMethod,
    FoiRequest,
    Organisation,
    RequestBatch,
    RequestState,
    User,
)
from .errors import FieldError
from .letter_templates import record_generated_letter
from .letters import render_request_letter, request_letter_language, resolve_request_template
from .requests import RequestDraft, create_request
from .status import RequestStatus, action_rank, describe_status

logger = logging.getLogger(__name__)

FAILURES_FILE_NAME = "failures.txt"


@dataclass(frozen=True)
class BatchDraft:
    """The fields a user types for a batch, already parsed by the form."""

    title: str
    items: list[str]
    delivery_method: DeliveryMethod
    preferred_form: DeliveryForm
    agency_ids: list[int]
    case_id: int | None = None


@dataclass(frozen=True)
class BatchOverview:
    """A batch's requests with their computed status, in the order the batch page lists them."""

    batch: RequestBatch
    rows: list[tuple[FoiRequest, RequestStatus]]  # overdue first, then by due date
    state_counts: dict[RequestState, int]  # only states that occur, in the order of RequestState
    overdue_count: int  # requests awaiting a reply whose due date has passed, counted in state_counts too


@dataclass(frozen=True)
class LettersArchive:
    """A zip file of a batch's letters, one .docx per request."""

    data: bytes
    filename: str
    letter_count: int
    failure_count: int  # requests listed in failures.txt


def create_batch(organisation: Organisation, author: User, draft: BatchDraft) -> RequestBatch:
    """Create a batch and one draft request per chosen authority, each with its CREATED event.

    Raise FieldError naming the field (``title``, ``items`` or ``agency_ids``)
    before anything is added to the session. A case of another organisation
    raises FieldError on ``case_id`` after the batch is added, so the caller
    rolls back on FieldError. The requests are created in the order of
    jurisdiction and authority name. The caller commits, so the batch and all
    its requests are saved together or not at all.
    """
    title = draft.title.strip()
    if not title:
        raise FieldError("title", "Give the batch a short title, without victims' names.")

    items = [item.strip() for item in draft.items if item.strip()]
    if not items:
        raise FieldError("items", "List at least one item of information you are asking for.")

    agencies = find_chosen_agencies(draft.agency_ids)

    batch = RequestBatch(organisation_id=organisation.id, title=title, created_by_id=author.id)
    db.session.add(batch)
    db.session.flush()

    for agency in agencies:
        request_draft = RequestDraft(
            agency_id=agency.id,
            title=title,
            items=items,
            delivery_method=draft.delivery_method,
            preferred_form=draft.preferred_form,
            case_id=draft.case_id,
        )
        create_request(organisation, author, request_draft, batch=batch)

    logger.info("request_batch %s created by user %s with %s requests", batch.id, author.id, len(agencies))
    return batch


def find_chosen_agencies(agency_ids: list[int]) -> list[Agency]:
    """Return the chosen authorities ordered by jurisdiction and name, once each.

    Raise FieldError on ``agency_ids`` when none is chosen or an id is unknown.
    """
    unique_ids = sorted(set(agency_ids))
    if not unique_ids:
        raise FieldError("agency_ids", "Choose at least one authority to send the request to.")

    agencies = db.session.scalars(select(Agency).where(Agency.id.in_(unique_ids))).all()
    unknown = sorted(set(unique_ids) - {agency.id for agency in agencies})
    if unknown:
        listed = ", ".join(str(agency_id) for agency_id in unknown)
        raise FieldError(
            "agency_ids",
            f"Unknown authority (id {listed}): it may have been removed. Choose the authorities from the list again.",
        )

    return sorted(agencies, key=lambda agency: (agency.jurisdiction_code, agency_sort_key(agency)))


def agency_sort_key(agency: Agency) -> str:
    """Return the key that orders authorities by name the same way on SQLite and PostgreSQL.

    The two databases collate differently, so the order is set in Python.
    Decomposed, "š" sorts between "s" and "t", as in the Croatian alphabet.
    """
    return unicodedata.normalize("NFKD", agency.name).casefold()


def list_batch_requests(batch: RequestBatch) -> list[FoiRequest]:
    """Return the batch's requests in the order they were created, the order of the letter numbers."""
    return list(
        db.session.scalars(
            select(FoiRequest)
            .where(FoiRequest.batch_id == batch.id, FoiRequest.organisation_id == batch.organisation_id)
            .order_by(FoiRequest.id)
        )
    )


def describe_batch(batch: RequestBatch, today: date | None = None) -> BatchOverview:
    """Compute the status of every request of the batch and count them per state."""
    rows = [(foi_request, describe_status(foi_request, today)) for foi_request in list_batch_requests(batch)]
    rows.sort(key=_action_order)

    counted = Counter(foi_request.state for foi_request, _status in rows)
    state_counts = {state: counted[state] for state in RequestState if counted[state]}
    overdue_count = sum(1 for _foi_request, status in rows if status.is_overdue)
    return BatchOverview(batch, rows, state_counts, overdue_count)


def _action_order(row: tuple[FoiRequest, RequestStatus]) -> tuple[int, date, int]:
    # Within a rank, the order in which the batch created its requests.
    foi_request, status = row
    return (*action_rank(foi_request, status), foi_request.id)


def build_letters_archive(batch: RequestBatch, author: User) -> LettersArchive:
    """Render the request letter of every request of the batch into one zip file.

    Each letter is ``<nn>-<authority>.docx``, numbered in the order the
    requests were created, and each generated letter is recorded with its
    template version. A letter that cannot be rendered (no template for the
    country, a broken template) does not stop the others: failures.txt lists
    it with the reason. The caller commits the recorded letters.
    """
    foi_requests = list_batch_requests(batch)
    width = max(2, len(str(len(foi_requests))))
    failures: list[str] = []
    letter_count = 0

    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, foi_request in enumerate(foi_requests, start=1):
            prefix = f"{number:0{width}d}"
            agency = foi_request.agency
            try:
                template = resolve_request_template(foi_request)
                data, _filename = render_request_letter(foi_request, author, template)
            except (LetterError, LegalRefsError) as error:
                logger.warning(
                    "request_batch %s: letter of foi_request %s not rendered: %s", batch.id, foi_request.id, error
                )
                failures.append(f"{prefix} {agency.name} ({agency.jurisdiction_code}): {error}")
                continue

            # zipfile marks a non-ASCII name as UTF-8 (general purpose flag bit 11).
            archive.writestr(f"{prefix}-{name_for_file(agency.name, 'authority')}.docx", data)
            record_generated_letter(
                foi_request, LetterKind.REQUEST, request_letter_language(foi_request), template, author
            )
            letter_count += 1

        if failures:
            lines = ["These letters could not be generated. Write them by hand or fix the template:", "", *failures]
            archive.writestr(FAILURES_FILE_NAME, "\n".join(lines) + "\n")

    logger.info(
        "request_batch %s: letters archive with %s letters and %s failures for user %s",
        batch.id,
        letter_count,
        len(failures),
        author.id,
    )
    filename = f"batch-{batch.id}-{name_for_file(batch.title, 'letters')[:60]}.zip"
    return LettersArchive(buffer.getvalue(), filename, letter_count, len(failures))


def name_for_file(text: str, fallback: str) -> str:
    """Turn a name into a file name part: letters with diacritics and digits stay, the rest become hyphens.

    Return ``fallback`` when nothing of the name remains.
    """
    composed = unicodedata.normalize("NFC", text)
    return re.sub(r"[^\w]+", "-", composed).strip("-_")[:100] or fallback
