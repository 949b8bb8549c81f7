"""Download of uploaded documents, only to the owning organisation."""

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from ..access import get_document_or_404

bp = Blueprint("documents", __name__, url_prefix="/documents")


@bp.get("/<int:document_id>")
@login_required
def download(document_id: int) -> ResponseReturnValue:
    """Send the file as an attachment, never rendered inline by the browser."""
    document = get_document_or_404(document_id, current_user)
    path = Path(current_app.config["UPLOAD_DIR"]) / document.stored_name
    if not path.is_file():
        abort(404)

    response = send_file(
        path,
        mimetype=document.content_type,
        as_attachment=True,
        download_name=document.original_filename,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
