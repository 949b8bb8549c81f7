"""Batch screens: many requests with the same items, one per authority, and their letters."""

import logging
from io import BytesIO

from flask import Blueprint, flash, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required
from sqlalchemy import func, select

from ..access import REQUEST_EDITOR_ROLES, get_batch_or_404, require_roles, scoped_batches
from ..extensions import db
from ..form_errors import attach_field_error
from ..models import (
    Agency,
    AgencyType,
    Case,
    DeliveryForm,
    DeliveryMethod,
    FoiRequest,
    Jurisdiction,
    RequestBatch,
)
from ..personal_data_warning import PersonalDataWarning, check_personal_data
from ..services.batches import (
    BatchDraft,
    agency_sort_key,
    build_letters_archive,
    create_batch,
    describe_batch,
)
from ..services.errors import FieldError
from .forms import CREATE_ACTION, TICK_SHOWN_ACTION, BatchForm

logger = logging.getLogger(__name__)

bp = Blueprint("batches", __name__, url_prefix="/batches")


def _case_choices() -> list[tuple[int, str]]:
    cases = db.session.scalars(
        select(Case).where(Case.organisation_id == current_user.organisation_id).order_by(Case.reference)
    )
    return [(0, _("— no case —"))] + [(case.id, f"{case.reference} ({case.case_type.value})") for case in cases]


def _prepare_form(form: BatchForm) -> BatchForm:
    jurisdictions = db.session.scalars(select(Jurisdiction).order_by(Jurisdiction.name_en)).all()
    form.jurisdiction.choices = [("", _("All countries"))] + [(j.code, f"{j.name_en} ({j.code})") for j in jurisdictions]
    form.agency_type.choices = [("", _("All kinds"))] + [
        (member.value, member.value.replace("_", " ")) for member in AgencyType
    ]
    form.case_id.choices = _case_choices()
    return form


def _shown_agencies(form: BatchForm) -> list[tuple[Agency, str]]:
    """Return the authorities that pass the form's filters, with their jurisdiction's name."""
    query = select(Agency, Jurisdiction.name_en).join(Jurisdiction)
    if form.jurisdiction.data:
        query = query.where(Agency.jurisdiction_code == form.jurisdiction.data)
    if form.agency_type.data in {member.value for member in AgencyType}:
        query = query.where(Agency.agency_type == AgencyType(form.agency_type.data))

    rows = [(agency, jurisdiction_name) for agency, jurisdiction_name in db.session.execute(query).tuples()]
    return sorted(rows, key=lambda row: (row[1], agency_sort_key(row[0])))


def _render_form(
    form: BatchForm, status_code: int = 200, *, warning: PersonalDataWarning | None = None
) -> ResponseReturnValue:
    shown = _shown_agencies(form)
    grouped: dict[str, list[Agency]] = {}
    for agency, jurisdiction_name in shown:
        grouped.setdefault(jurisdiction_name, []).append(agency)

    chosen = set(form.chosen_agency_ids())
    shown_ids = {agency.id for agency, _name in shown}
    # Ticked authorities that the filters hide stay in the form as hidden inputs.
    hidden_chosen = db.session.scalars(
        select(Agency).where(Agency.id.in_(chosen - shown_ids)).order_by(Agency.jurisdiction_code, Agency.name)
    ).all()

    page = render_template(
        "batches/form.html",
        form=form,
        grouped_agencies=grouped,
        chosen=chosen,
        hidden_chosen=hidden_chosen,
        warning=warning,
    )
    return page, status_code


@bp.get("/")
@login_required
def list_batches() -> ResponseReturnValue:
    """List the organisation's batches, newest first, with their number of requests."""
    request_count = (
        select(func.count(FoiRequest.id))
        .where(FoiRequest.batch_id == RequestBatch.id)
        .correlate(RequestBatch)
        .scalar_subquery()
    )
    rows = db.session.execute(
        scoped_batches(current_user).add_columns(request_count).order_by(RequestBatch.created_at.desc(), RequestBatch.id.desc())
    ).tuples().all()
    return render_template("batches/list.html", rows=rows)


@bp.route("/new", methods=["GET", "POST"])
@require_roles(*REQUEST_EDITOR_ROLES)
def new_batch() -> ResponseReturnValue:
    """Create one draft request per chosen authority, all with the same items, in one transaction."""
    form = _prepare_form(BatchForm())
    if request.method == "GET":
        form.jurisdiction.data = request.args.get("jurisdiction", current_user.organisation.jurisdiction_code or "")
        return _render_form(form)

    action = request.form.get("action", CREATE_ACTION)
    if action != CREATE_ACTION:
        # The filter buttons redraw the form with the typed values. Nothing is validated or saved.
        if action == TICK_SHOWN_ACTION:
            shown_ids = [agency.id for agency, _name in _shown_agencies(form)]
            form.agency_ids.data = sorted(set(form.chosen_agency_ids()) | set(shown_ids))
        return _render_form(form)

    if not form.validate_on_submit():
        return _render_form(form, 400)

    warning = check_personal_data(form.checked_texts(), form.personal_data_confirmed.data)
    if warning is not None:
        return _render_form(form, warning=warning)

    draft = BatchDraft(
        title=form.title.data or "",
        items=form.item_list(),
        delivery_method=DeliveryMethod(form.delivery_method.data),
        preferred_form=DeliveryForm(form.preferred_form.data),
        agency_ids=form.chosen_agency_ids(),
        case_id=form.case_id.data or None,
    )
    try:
        batch = create_batch(current_user.organisation, current_user, draft)
    except FieldError as error:
        db.session.rollback()
        attach_field_error(form, error)
        return _render_form(form, 400)

    db.session.commit()
    flash(
        ngettext(
            "Batch saved with %(num)d draft request. Download the letters, send them, then mark each request sent.",
            "Batch saved with %(num)d draft requests, one per authority. Download the letters, send them, "
            "then mark each request sent.",
            len(draft.agency_ids),
        ),
        "success",
    )
    return redirect(url_for("batches.detail", batch_id=batch.id))


@bp.get("/<int:batch_id>")
@login_required
def detail(batch_id: int) -> ResponseReturnValue:
    """Show a batch: its requests with state, due date, days left and next action, overdue first."""
    batch = get_batch_or_404(batch_id, current_user)
    return render_template("batches/detail.html", overview=describe_batch(batch))


@bp.get("/<int:batch_id>/letters.zip")
@login_required
def letters(batch_id: int) -> ResponseReturnValue:
    """Download the letters of all the batch's requests as one zip file."""
    batch = get_batch_or_404(batch_id, current_user)
    archive = build_letters_archive(batch, current_user)
    # The archive is built; what remains to save is the record of the generated letters.
    db.session.commit()

    return send_file(
        BytesIO(archive.data),
        mimetype="application/zip",
        as_attachment=True,
        download_name=archive.filename,
    )
