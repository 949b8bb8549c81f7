"""Case screens: list, new, edit, detail with its requests, JSON export and erasure."""

import json
import logging

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import func
from sqlalchemy.orm.exc import StaleDataError

from ..access import (
    ACCOUNT_ADMIN_ROLES,
    REQUEST_EDITOR_ROLES,
    get_case_or_404,
    require_roles,
    scoped_cases,
    scoped_requests,
)
from ..edit_conflicts import ConflictRow, compare_values
from ..extensions import db
from ..form_errors import attach_field_error
from ..models import Case, CaseType, FoiRequest
from ..personal_data_warning import PersonalDataWarning, check_personal_data
from ..services.cases import CaseDraft, create_case, erase_case, export_case, update_case
from ..services.errors import FieldError, StaleEdit
from ..services.status import describe_status
from .forms import AGE_BAND_CHOICES, CASE_TYPE_LABELS, CHECKED_FIELDS, GENDER_CHOICES, CaseForm, EraseForm

logger = logging.getLogger(__name__)

bp = Blueprint("cases", __name__, url_prefix="/cases")


def _prepare_form(form: CaseForm, case: Case | None) -> CaseForm:
    # Keep a value saved before the choice lists existed selectable, so an edit never drops it.
    for field, choices in ((form.victim_age_band, AGE_BAND_CHOICES), (form.victim_gender, GENDER_CHOICES)):
        field.choices = list(choices)
        saved = getattr(case, field.name) if case else ""
        if saved and saved not in {value for value, _label in choices}:
            field.choices.append((saved, saved))

    return form


def _draft_from_form(form: CaseForm) -> CaseDraft:
    return CaseDraft(
        reference=form.reference.data or "",
        case_type=CaseType(form.case_type.data),
        region=form.region.data or "",
        court_file_number=form.court_file_number.data or "",
        prosecution_file_number=form.prosecution_file_number.data or "",
        victim_age_band=form.victim_age_band.data or "",
        victim_gender=form.victim_gender.data or "",
        victim_citizenship=form.victim_citizenship.data or "",
        exploitation_form=form.exploitation_form.data or "",
        summary=form.summary.data or "",
    )


def _conflict_rows(form: CaseForm, case: Case) -> list[ConflictRow]:
    names = ("case_type", "victim_age_band", "victim_gender", *CHECKED_FIELDS)
    fields = [getattr(form, name) for name in names]
    saved = {name: getattr(case, name) for name in names}
    saved["case_type"] = case.case_type.value
    return compare_values([(str(field.label.text), field.data or "", saved[field.name] or "") for field in fields])


def _render_form(
    form: CaseForm,
    case: Case | None,
    status_code: int = 200,
    *,
    warning: PersonalDataWarning | None = None,
    conflict: list[ConflictRow] | None = None,
) -> ResponseReturnValue:
    loaded_version = case.version if conflict and case else form.version.data
    page = render_template(
        "cases/form.html",
        form=form,
        case=case,
        warning=warning,
        conflict=conflict,
        loaded_version=loaded_version,
    )
    return page, status_code


@bp.get("/")
@login_required
def list_cases() -> ResponseReturnValue:
    """List the organisation's cases by reference, with the number of requests about each."""
    counted = db.session.execute(
        scoped_requests(current_user)
        .with_only_columns(FoiRequest.case_id, func.count())
        .where(FoiRequest.case_id.is_not(None))
        .group_by(FoiRequest.case_id)
    )
    request_counts = {case_id: count for case_id, count in counted}
    cases = db.session.scalars(scoped_cases(current_user).order_by(Case.reference)).all()
    return render_template(
        "cases/list.html",
        cases=cases,
        request_counts=request_counts,
        case_type_labels=CASE_TYPE_LABELS,
        can_edit=current_user.role in REQUEST_EDITOR_ROLES,
    )


@bp.route("/new", methods=["GET", "POST"])
@require_roles(*REQUEST_EDITOR_ROLES)
def new_case() -> ResponseReturnValue:
    """Record a new case with pseudonymised facts only."""
    form = _prepare_form(CaseForm(), None)
    if not form.validate_on_submit():
        return _render_form(form, None, 400 if request.method == "POST" else 200)

    warning = check_personal_data(form.checked_texts(), form.personal_data_confirmed.data)
    if warning is not None:
        return _render_form(form, None, warning=warning)

    try:
        case = create_case(current_user.organisation, current_user, _draft_from_form(form))
    except FieldError as error:
        db.session.rollback()
        attach_field_error(form, error)
        return _render_form(form, None, 400)

    db.session.commit()
    flash(_("Case saved."), "success")
    return redirect(url_for("cases.detail", case_id=case.id))


@bp.route("/<int:case_id>/edit", methods=["GET", "POST"])
@require_roles(*REQUEST_EDITOR_ROLES)
def edit_case(case_id: int) -> ResponseReturnValue:
    """Edit a case. A save over someone else's newer save is rejected and both versions are shown."""
    case = get_case_or_404(case_id, current_user)
    form = _prepare_form(CaseForm(obj=case if request.method == "GET" else None), case)
    if request.method == "GET":
        form.case_type.data = case.case_type.value
        form.version.data = case.version

    if not form.validate_on_submit():
        return _render_form(form, case, 400 if request.method == "POST" else 200)

    warning = check_personal_data(form.checked_texts(), form.personal_data_confirmed.data)
    if warning is not None:
        return _render_form(form, case, warning=warning)

    try:
        update_case(case, current_user, _draft_from_form(form), form.version.data)
        db.session.commit()
    except FieldError as error:
        db.session.rollback()
        attach_field_error(form, error)
        return _render_form(form, case, 400)
    except (StaleEdit, StaleDataError):
        # The rollback expires the case, so the rows below show what is saved now.
        db.session.rollback()
        logger.info("case %s: edit by user %s rejected as stale", case_id, current_user.id)
        case = get_case_or_404(case_id, current_user)
        return _render_form(form, case, 409, conflict=_conflict_rows(form, case))

    flash(_("Changes saved."), "success")
    return redirect(url_for("cases.detail", case_id=case.id))


@bp.get("/<int:case_id>")
@login_required
def detail(case_id: int) -> ResponseReturnValue:
    """Show a case and the organisation's requests about it."""
    case = get_case_or_404(case_id, current_user)
    foi_requests = db.session.scalars(
        scoped_requests(current_user).where(FoiRequest.case_id == case.id).order_by(FoiRequest.id)
    ).all()
    rows = [(foi_request, describe_status(foi_request)) for foi_request in foi_requests]
    return render_template(
        "cases/detail.html",
        case=case,
        rows=rows,
        erase_form=EraseForm(),
        can_erase=current_user.role in ACCOUNT_ADMIN_ROLES,
        can_edit=current_user.role in REQUEST_EDITOR_ROLES,
        case_type_labels=CASE_TYPE_LABELS,
    )


@bp.get("/<int:case_id>/export.json")
@login_required
def export(case_id: int) -> ResponseReturnValue:
    """Download the case, its requests and their timelines as JSON, without document contents."""
    case = get_case_or_404(case_id, current_user)
    body = json.dumps(export_case(case), ensure_ascii=False, indent=2)
    logger.info("case %s exported by user %s", case.id, current_user.id)
    return Response(
        body,
        mimetype="application/json",
        headers={"Content-Disposition": f"attachment; filename=case-{case.id}.json"},
    )


@bp.post("/<int:case_id>/erase")
@require_roles(*ACCOUNT_ADMIN_ROLES)
def erase(case_id: int) -> ResponseReturnValue:
    """Blank the victim fields and the summary of a case, after the admin typed its reference."""
    case = get_case_or_404(case_id, current_user)
    form = EraseForm()
    if not form.validate_on_submit() or (form.confirm_reference.data or "").strip() != case.reference:
        flash(_("Nothing was erased: type the case reference exactly as shown to confirm."), "error")
        return redirect(url_for("cases.detail", case_id=case.id))

    erased = erase_case(case, current_user)
    db.session.commit()
    flash(
        _("The victim fields and the summary were erased (%(count)d held a value).", count=len(erased)),
        "success",
    )
    return redirect(url_for("cases.detail", case_id=case.id))

