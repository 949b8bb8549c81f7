"""Read-only view of the requests that member organisations share with the network.

It shows the agency, jurisdiction, dates, state and outcome of each shared
request, and links the documents shared explicitly. It never shows a
request's title, items, notes, case or anything else about victims.
"""

import logging
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, render_template, send_file
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..access import NETWORK_READER_ROLES, get_network_document_or_404, network_requests, require_roles
from ..extensions import db
from ..models import Agency, Document, FoiRequest

logger = logging.getLogger(__name__)

bp = Blueprint("network", __name__, url_prefix="/network")


@bp.app_context_processor
def inject_network_permission() -> dict[str, Any]:
    """Tell every template whether the signed-in user may open the network view."""
    return {"can_read_network": current_user.is_authenticated and current_user.role in NETWORK_READER_ROLES}


@bp.get("/requests")
@require_roles(*NETWORK_READER_ROLES)
def list_requests() -> ResponseReturnValue:
    """List the shared requests of every organisation, most recently sent first."""
    foi_requests = db.session.scalars(
        network_requests()
        .join(Agency)
        .options(selectinload(FoiRequest.agency), selectinload(FoiRequest.organisation))
        .order_by(FoiRequest.sent_on.desc().nulls_last(), FoiRequest.id.desc())
    ).all()
    shared_documents: dict[int, list[Document]] = {}
    if foi_requests:
        documents = db.session.scalars(
            select(Document)
            .where(
                Document.shared_with_network.is_(True),
                Document.foi_request_id.in_([foi_request.id for foi_request in foi_requests]),
            )
            .order_by(Document.id)
        )
        for document in documents:
            shared_documents.setdefault(document.foi_request_id, []).append(document)

    return render_template("network/requests.html", foi_requests=foi_requests, shared_documents=shared_documents)


@bp.get("/documents/<int:document_id>")
@require_roles(*NETWORK_READER_ROLES)
def download(document_id: int) -> ResponseReturnValue:
    """Send a document that its organisation shares with the network, as an attachment."""
    document = get_network_document_or_404(document_id)
    path = Path(current_app.config["UPLOAD_DIR"]) / document.stored_name
    if not path.is_file():
        abort(404)

    logger.info("document %s downloaded from the network view by user %s", document.id, current_user.id)
    response = send_file(
        path,
        mimetype=document.content_type,
        as_attachment=True,
        download_name=document.original_filename,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
