"""Admin screen of the letter templates: built-in files, uploaded versions and new uploads."""

import logging
from io import BytesIO
from itertools import groupby

from flask import Blueprint, abort, current_app, flash, redirect, render_template, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..access import ACCOUNT_ADMIN_ROLES, require_roles
from ..extensions import db
from ..form_errors import attach_field_error
from ..letters import LETTER_LANGUAGES, LetterKind, TemplateProblem
from ..models import Jurisdiction, LetterTemplateVersion
from ..services.errors import FieldError
from ..services.letter_templates import (
    SHORT_SHA256_LENGTH,
    TemplateRejected,
    activate_template_version,
    builtin_template_path,
    list_template_slots,
    stored_template_path,
    upload_template,
    use_builtin_template,
)
from .forms import ActivateForm, TemplateSlotForm, TemplateUploadForm

logger = logging.getLogger(__name__)

bp = Blueprint("letter_templates", __name__, url_prefix="/letter-templates")

admin_required = require_roles(*ACCOUNT_ADMIN_ROLES)

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _render_page(
    form: TemplateUploadForm, status_code: int = 200, problems: list[TemplateProblem] | None = None
) -> ResponseReturnValue:
    jurisdictions = {j.code: j for j in db.session.scalars(select(Jurisdiction).order_by(Jurisdiction.name_en))}
    form.jurisdiction_code.choices = [(code, f"{j.name_en} ({code})") for code, j in jurisdictions.items()]
    form.kind.choices = [(kind.value, kind.value.replace("_", " ")) for kind in LetterKind]
    form.language.choices = [(tag, tag) for tag in sorted(LETTER_LANGUAGES)]

    slots = list_template_slots()
    grouped = [(code, list(code_slots)) for code, code_slots in groupby(slots, key=lambda slot: slot.jurisdiction_code)]
    page = render_template(
        "letter_templates/list.html",
        form=form,
        problems=problems or [],
        grouped_slots=grouped,
        jurisdictions=jurisdictions,
        short_sha=SHORT_SHA256_LENGTH,
    )
    return page, status_code


@bp.get("/")
@admin_required
def list_templates() -> ResponseReturnValue:
    """List the built-in and uploaded templates per jurisdiction, kind and language."""
    return _render_page(TemplateUploadForm())


@bp.post("/")
@admin_required
def upload() -> ResponseReturnValue:
    """Check an uploaded template and, if it has no problems, store it as the active version."""
    form = TemplateUploadForm()
    if not form.validate_on_submit():
        return _render_page(form, 400)

    file_storage = form.template.data
    if file_storage is None or not file_storage.filename:
        form.template.errors = [*form.template.errors, _("Choose the .docx file to upload.")]
        return _render_page(form, 400)

    limit = current_app.config["MAX_UPLOAD_BYTES"]
    data = file_storage.stream.read(limit + 1)
    if len(data) > limit:
        message = _("The file is larger than %(limit)d MB. A letter template is far smaller, so check that this is the right file.",
                    limit=limit // 1_048_576)
        form.template.errors = [*form.template.errors, message]
        return _render_page(form, 413)

    try:
        version = upload_template(
            form.jurisdiction_code.data or "",
            form.kind.data or "",
            form.language.data or "",
            file_storage.filename,
            data,
            current_user,
        )
    except FieldError as error:
        db.session.rollback()
        attach_field_error(form, error)
        return _render_page(form, 400)
    except TemplateRejected as error:
        db.session.rollback()
        return _render_page(form, 400, problems=error.problems)

    stored_path = stored_template_path(version)
    try:
        db.session.commit()
    except IntegrityError:
        # Another admin uploaded a version of the same template at the same moment.
        db.session.rollback()
        stored_path.unlink(missing_ok=True)
        logger.warning("letter template upload by user %s lost a race for the version number", current_user.id)
        flash(_("Another admin uploaded this template at the same moment, so nothing was saved. Reload the page and upload again."), "error")
        return _render_page(form, 409)
    except Exception:
        stored_path.unlink(missing_ok=True)
        raise

    flash(
        _(
            "Version %(version)d of the %(kind)s template for %(code)s in %(language)s is now in use.",
            version=version.version,
            kind=version.kind.value.replace("_", " "),
            code=version.jurisdiction_code,
            language=version.language,
        ),
        "success",
    )
    return redirect(url_for("letter_templates.list_templates"))


@bp.post("/versions/<int:version_id>/activate")
@admin_required
def activate(version_id: int) -> ResponseReturnValue:
    """Make an uploaded version the one in use again."""
    if not ActivateForm().validate_on_submit():
        abort(400)

    try:
        version = activate_template_version(version_id, current_user)
        db.session.commit()
    except FieldError as error:
        db.session.rollback()
        flash(error.message, "error")
        return redirect(url_for("letter_templates.list_templates"))

    flash(
        _(
            "Version %(version)d of the %(kind)s template for %(code)s in %(language)s is now in use.",
            version=version.version,
            kind=version.kind.value.replace("_", " "),
            code=version.jurisdiction_code,
            language=version.language,
        ),
        "success",
    )
    return redirect(url_for("letter_templates.list_templates"))


@bp.post("/builtin")
@admin_required
def use_builtin() -> ResponseReturnValue:
    """Return a template to the built-in file of letter_templates/. The uploaded versions stay."""
    form = TemplateSlotForm()
    if not form.validate_on_submit():
        flash(_("Nothing changed: the form did not name a template. Reload the page and try again."), "error")
        return redirect(url_for("letter_templates.list_templates"))

    try:
        use_builtin_template(form.jurisdiction_code.data, form.kind.data, form.language.data, current_user)
        db.session.commit()
    except FieldError as error:
        db.session.rollback()
        flash(error.message, "error")
        return redirect(url_for("letter_templates.list_templates"))

    flash(_("The built-in template is in use again."), "success")
    return redirect(url_for("letter_templates.list_templates"))


@bp.get("/versions/<int:version_id>.docx")
@admin_required
def download_version(version_id: int) -> ResponseReturnValue:
    """Download an uploaded version as it was uploaded."""
    version = db.session.get(LetterTemplateVersion, version_id)
    if version is None:
        abort(404)

    path = stored_template_path(version)
    if not path.is_file():
        abort(404)

    return send_file(
        BytesIO(path.read_bytes()), mimetype=DOCX_MIMETYPE, as_attachment=True, download_name=version.original_filename
    )


@bp.get("/builtin/<jurisdiction_code>/<kind>/<language>.docx")
@admin_required
def download_builtin(jurisdiction_code: str, kind: str, language: str) -> ResponseReturnValue:
    """Download a built-in template, to edit it and upload it as a new version."""
    try:
        letter_kind = LetterKind(kind)
    except ValueError:
        abort(404)

    if language not in LETTER_LANGUAGES:
        abort(404)

    path = builtin_template_path(jurisdiction_code, letter_kind, language)
    if path is None:
        abort(404)

    return send_file(
        BytesIO(path.read_bytes()), mimetype=DOCX_MIMETYPE, as_attachment=True, download_name=path.name
    )
