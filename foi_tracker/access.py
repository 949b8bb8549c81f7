"""Which rows a signed-in user may see: their own organisation's, nothing else.

Every view fetches requests and documents through these functions, so the
organisation scope is written once.
"""

from flask import abort
from sqlalchemy import Select, select

from .extensions import db
from .models import Document, FoiRequest, User


def scoped_requests(user: User) -> Select[tuple[FoiRequest]]:
    """Return a query over the requests of the user's organisation."""
    return select(FoiRequest).where(FoiRequest.organisation_id == user.organisation_id)


def get_request_or_404(foi_request_id: int, user: User) -> FoiRequest:
    """Return the request if it belongs to the user's organisation, else abort with 404."""
    foi_request = db.session.scalar(scoped_requests(user).where(FoiRequest.id == foi_request_id))
    if foi_request is None:
        abort(404)

    return foi_request


def get_document_or_404(document_id: int, user: User) -> Document:
    """Return the document if it belongs to the user's organisation, else abort with 404."""
    document = db.session.scalar(
        select(Document).where(
            Document.id == document_id, Document.organisation_id == user.organisation_id
        )
    )
    if document is None:
        abort(404)

    return document
