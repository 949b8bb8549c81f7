"""Letters of every kind for one request: choose, preview, download as .docx or PDF."""

import logging
import re
from datetime import date
from io import BytesIO

from docx import Document as DocxDocument
from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from ..access import get_request_or_404
from ..extensions import db
from ..letters import LetterError, LetterKind, convert_to_pdf, libreoffice_available, render_letter
from ..models import FoiRequest
from ..services.letter_kinds import (
    LetterDetails,
    available_languages,
    build_kind_context,
    letter_kind_availability,
)
from ..services.letter_templates import record_generated_letter, resolve_template

logger = logging.getLogger(__name__)

bp = Blueprint("letters", __name__, url_prefix="/requests")

KIND_LABELS = {
    LetterKind.REQUEST: "Request",
    LetterKind.URGENCY: "Urgency (reminder)",
    LetterKind.COMPLAINT_SILENCE: "Complaint about silence",
    LetterKind.APPEAL_REFUSAL: "Appeal against a refusal",
    LetterKind.DECISION_IN_WRITING: "Request for a decision in writing",
    LetterKind.ENFORCEMENT: "Request to enforce the appeal decision",
}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _details_from_args() -> LetterDetails:
    reasons = tuple(line.strip() for line in request.args.get("appeal_reasons", "").split("\n\n") if line.strip())
    decided = request.args.get("appeal_decision_on", "").strip()
    try:
        appeal_decision_on = date.fromisoformat(decided) if decided else None
    except ValueError:
        appeal_decision_on = None
        flash(_("The appeal decision date %(value)s is not a date; use YYYY-MM-DD.", value=decided), "error")

    return LetterDetails(
        decision_reference=request.args.get("decision_reference", "").strip()[:120],
        appeal_reasons=reasons,
        appeal_decision_on=appeal_decision_on,
        appeal_decision_reference=request.args.get("appeal_decision_reference", "").strip()[:120],
    )


def _file_stem(foi_request: FoiRequest, kind: LetterKind, language: str) -> str:
    # Letters with diacritics stay: downloads send a UTF-8 file name.
    title = re.sub(r"[^\w]+", "-", foi_request.title).strip("-_")[:50] or "request"
    return f"{kind.value}-{foi_request.id}-{language}-{title}"


@bp.get("/<int:foi_request_id>/letters")
@login_required
def choose(foi_request_id: int) -> ResponseReturnValue:
    """List the letter kinds that fit the request, with the choice of language."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    languages = available_languages(foi_request.agency.jurisdiction_code)
    return render_template(
        "letters/choose.html",
        foi_request=foi_request,
        availability=letter_kind_availability(foi_request),
        kind_labels=KIND_LABELS,
        languages=languages,
        pdf_available=libreoffice_available(),
    )


@bp.get("/<int:foi_request_id>/letters/<kind>")
@login_required
def render_kind(foi_request_id: int, kind: str) -> ResponseReturnValue:
    """Preview the letter in the page, or download it as .docx or PDF (``format``)."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    if kind not in LetterKind._value2member_map_:
        abort(404)
    letter_kind = LetterKind(kind)
    output = request.args.get("format", "preview")
    code = foi_request.agency.jurisdiction_code
    languages = [tag for tag, _default in available_languages(code)]
    language = request.args.get("language") or (languages[0] if languages else "")
    back = redirect(url_for("letters.choose", foi_request_id=foi_request.id))

    reason = letter_kind_availability(foi_request)[letter_kind]
    if reason:
        flash(reason, "error")
        return back
    if language not in languages:
        flash(_("Letters to this authority are written in: %(languages)s.", languages=", ".join(languages)), "error")
        return back

    try:
        template = resolve_template(code, letter_kind, language)
        context = build_kind_context(foi_request, current_user, letter_kind, language, _details_from_args())
        data = render_letter(template.path, context, letter_kind)
    except LetterError as error:
        flash(str(error), "error")
        return back

    stem = _file_stem(foi_request, letter_kind, language)
    if output == "preview":
        document = DocxDocument(BytesIO(data))
        section = document.sections[0]
        return render_template(
            "letters/preview.html",
            foi_request=foi_request,
            kind_label=KIND_LABELS[letter_kind],
            kind=letter_kind,
            language=language,
            header=[paragraph.text for paragraph in section.header.paragraphs if paragraph.text.strip()],
            body=[paragraph.text for paragraph in document.paragraphs],
            footer=[paragraph.text for paragraph in section.footer.paragraphs if paragraph.text.strip()],
            template_label=template.version_label,
            query=request.args.to_dict(),
            pdf_available=libreoffice_available(),
        )

    if output == "pdf":
        if not libreoffice_available():
            flash(_("PDF needs LibreOffice on the server, which is not installed; download the .docx."), "error")
            return back
        try:
            data = convert_to_pdf(data)
        except LetterError as error:
            flash(str(error), "error")
            return back
        mimetype, download_name = "application/pdf", f"{stem}.pdf"
    else:
        mimetype, download_name = DOCX_TYPE, f"{stem}.docx"

    record_generated_letter(foi_request, letter_kind, language, template, current_user)
    db.session.commit()
    logger.info("foi_request %s: %s letter downloaded as %s", foi_request.id, letter_kind.value, output)
    return send_file(BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=download_name)
