"""Request screens: list, draft, edit, detail with its timeline, and the actions."""

import logging
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from ..access import (
    REQUEST_EDITOR_ROLES,
    get_document_or_404,
    get_request_or_404,
    require_roles,
    scoped_requests,
)
from ..edit_conflicts import ConflictRow, compare_values
from ..extensions import db
from ..form_errors import attach_field_error
from ..law import PeriodName
from ..letters import LetterError
from ..models import (
    Agency,
    Case,
    DeliveryForm,
    DeliveryMethod,
    FoiRequest,
    Jurisdiction,
    ReplyOutcome,
    RequestState,
)
from ..personal_data_warning import PersonalDataWarning, check_personal_data
from ..services.errors import FieldError, InvalidTransition, StaleEdit
from ..services.legal import compute_request_deadline, get_refs, version_for_request
from ..services.letters import render_request_letter
from ..services.requests import (
    CLOSED_STATES,
    RequestDraft,
    create_request,
    mark_sent,
    record_extension,
    record_reply,
    set_document_sharing,
    set_request_sharing,
    update_request,
    withdraw,
)
from ..services.status import action_rank, compute_appeal_deadline, describe_status
from ..services.uploads import CheckedUpload, UploadTooLarge, check_upload, store_upload
from .forms import (
    STATUS_FILTER_CHOICES,
    STATUS_FILTER_OPEN,
    STATUS_FILTER_OVERDUE,
    ExtensionForm,
    FilterForm,
    ReplyForm,
    RequestForm,
    SendForm,
    SharingForm,
    WithdrawForm,
)

logger = logging.getLogger(__name__)

bp = Blueprint("requests", __name__, url_prefix="/requests")


def _agency_choices() -> dict[str, list[tuple[int, str]]]:
    rows = db.session.execute(
        select(Agency.id, Agency.name, Jurisdiction.name_en)
        .join(Jurisdiction)
        .order_by(Jurisdiction.name_en, Agency.name)
    ).all()
    grouped: dict[str, list[tuple[int, str]]] = {}
    for agency_id, name, jurisdiction_name in rows:
        grouped.setdefault(jurisdiction_name, []).append((agency_id, name))

    return grouped


def _case_choices() -> list[tuple[int, str]]:
    cases = db.session.scalars(
        select(Case).where(Case.organisation_id == current_user.organisation_id).order_by(Case.reference)
    )
    return [(0, _("— no case —"))] + [(case.id, f"{case.reference} ({case.case_type.value})") for case in cases]


def _prepare_request_form(form: RequestForm) -> RequestForm:
    form.agency_id.choices = [(0, _("— choose an authority —"))] + [  # type: ignore[assignment]
        (agency_id, name) for group in _agency_choices().values() for agency_id, name in group
    ]
    form.agency_id.grouped_choices = _agency_choices()  # type: ignore[attr-defined]
    form.case_id.choices = _case_choices()
    return form


def _draft_from_form(form: RequestForm) -> RequestDraft:
    return RequestDraft(
        agency_id=form.agency_id.data or None,
        title=form.title.data or "",
        items=form.item_list(),
        delivery_method=DeliveryMethod(form.delivery_method.data),
        preferred_form=DeliveryForm(form.preferred_form.data),
        legal_basis=form.legal_basis.data or "",
        agency_reference=form.agency_reference.data or "",
        case_id=form.case_id.data or None,
    )


def _render_request_form(
    form: RequestForm,
    foi_request: FoiRequest | None,
    status_code: int = 200,
    *,
    warning: PersonalDataWarning | None = None,
    conflict: list[ConflictRow] | None = None,
) -> ResponseReturnValue:
    # After a conflict the form carries the saved version, so saving again replaces it knowingly.
    loaded_version = foi_request.version if conflict and foi_request else form.version.data
    page = render_template(
        "requests/form.html",
        form=form,
        foi_request=foi_request,
        warning=warning,
        conflict=conflict,
        loaded_version=loaded_version,
    )
    return page, status_code


def _conflict_rows(form: RequestForm, foi_request: FoiRequest) -> list[ConflictRow]:
    typed_case = db.session.get(Case, form.case_id.data) if form.case_id.data else None
    typed_agency = db.session.get(Agency, form.agency_id.data) if form.agency_id.data else None
    rows = [
        (form.title.label.text, form.title.data or "", foi_request.title),
        (form.items.label.text, "\n".join(form.item_list()), "\n".join(foi_request.items)),
        (form.legal_basis.label.text, form.legal_basis.data or "", foi_request.legal_basis),
        (form.agency_reference.label.text, form.agency_reference.data or "", foi_request.agency_reference),
        (
            form.case_id.label.text,
            typed_case.reference if typed_case and typed_case.organisation_id == foi_request.organisation_id else "",
            foi_request.case.reference if foi_request.case else "",
        ),
        (form.agency_id.label.text, typed_agency.name if typed_agency else "", foi_request.agency.name),
        (form.delivery_method.label.text, form.delivery_method.data or "", foi_request.delivery_method.value),
        (form.preferred_form.label.text, form.preferred_form.data or "", foi_request.preferred_form.value),
    ]
    return compare_values([(str(label), typed, saved) for label, typed, saved in rows])


@bp.get("/")
@login_required
def list_requests() -> ResponseReturnValue:
    """List the organisation's requests: overdue first, then by due date."""
    filters = FilterForm(request.args)
    filters.status.choices = STATUS_FILTER_CHOICES
    jurisdictions = db.session.scalars(select(Jurisdiction).order_by(Jurisdiction.name_en)).all()
    filters.jurisdiction.choices = [("", _("All"))] + [(j.code, j.name_en) for j in jurisdictions]
    agencies = db.session.scalars(
        select(Agency).where(Agency.id.in_(scoped_requests(current_user).with_only_columns(FoiRequest.agency_id)))
        .order_by(Agency.name)
    ).all()
    filters.agency.choices = [("", _("All"))] + [(str(a.id), a.name) for a in agencies]

    query = scoped_requests(current_user).join(Agency)
    status = filters.status.data or ""
    if status in {state.value for state in RequestState}:
        query = query.where(FoiRequest.state == RequestState(status))
    elif status in (STATUS_FILTER_OPEN, STATUS_FILTER_OVERDUE):
        query = query.where(FoiRequest.state.in_([RequestState.DRAFT, RequestState.AWAITING_REPLY]))
    if filters.jurisdiction.data:
        query = query.where(Agency.jurisdiction_code == filters.jurisdiction.data)
    if filters.agency.data and filters.agency.data.isdigit():
        query = query.where(FoiRequest.agency_id == int(filters.agency.data))

    rows = [(foi_request, describe_status(foi_request)) for foi_request in db.session.scalars(query)]
    if status == STATUS_FILTER_OVERDUE:
        rows = [row for row in rows if row[1].is_overdue]

    rows.sort(key=_list_order)
    return render_template("requests/list.html", rows=rows, filters=filters)


def _list_order(row: tuple[FoiRequest, Any]) -> tuple[int, date, int]:
    # Within a rank, the newest request first.
    foi_request, status = row
    return (*action_rank(foi_request, status), -foi_request.id)


@bp.route("/new", methods=["GET", "POST"])
@require_roles(*REQUEST_EDITOR_ROLES)
def new_request() -> ResponseReturnValue:
    """Draft a new request."""
    form = _prepare_request_form(RequestForm())
    if request.method == "GET" and request.args.get("agency", "").isdigit():
        form.agency_id.data = int(request.args["agency"])

    if not form.validate_on_submit():
        return _render_request_form(form, None, 400 if request.method == "POST" else 200)

    warning = check_personal_data(form.checked_texts(), form.personal_data_confirmed.data)
    if warning is not None:
        return _render_request_form(form, None, warning=warning)

    try:
        foi_request = create_request(current_user.organisation, current_user, _draft_from_form(form))
    except FieldError as error:
        db.session.rollback()
        attach_field_error(form, error)
        return _render_request_form(form, None, 400)

    db.session.commit()
    flash(_("Draft saved. Download the letter, send it, then mark it sent."), "success")
    return redirect(url_for("requests.detail", foi_request_id=foi_request.id))


@bp.route("/<int:foi_request_id>/edit", methods=["GET", "POST"])
@require_roles(*REQUEST_EDITOR_ROLES)
def edit_request(foi_request_id: int) -> ResponseReturnValue:
    """Edit a request. After sending, only the title, case and file reference change."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    if foi_request.state in CLOSED_STATES:
        flash(_("This request is closed and can no longer be edited."), "error")
        return redirect(url_for("requests.detail", foi_request_id=foi_request.id))

    form = _prepare_request_form(RequestForm(obj=foi_request if request.method == "GET" else None))
    if request.method == "GET":
        form.items.data = "\n".join(foi_request.items)
        form.case_id.data = foi_request.case_id or 0
        form.delivery_method.data = foi_request.delivery_method.value
        form.preferred_form.data = foi_request.preferred_form.value
        form.version.data = foi_request.version

    if not form.validate_on_submit():
        return _render_request_form(form, foi_request, 400 if request.method == "POST" else 200)

    warning = check_personal_data(form.checked_texts(), form.personal_data_confirmed.data)
    if warning is not None:
        return _render_request_form(form, foi_request, warning=warning)

    try:
        update_request(foi_request, current_user, _draft_from_form(form), loaded_version=form.version.data)
        db.session.commit()
    except FieldError as error:
        db.session.rollback()
        attach_field_error(form, error)
        return _render_request_form(form, foi_request, 400)
    except InvalidTransition as error:
        db.session.rollback()
        flash(str(error), "error")
        return _render_request_form(form, foi_request, 409)
    except (StaleEdit, StaleDataError):
        # The rollback expires the request, so the rows below show what is saved now.
        db.session.rollback()
        logger.info("foi_request %s: edit by user %s rejected as stale", foi_request_id, current_user.id)
        foi_request = get_request_or_404(foi_request_id, current_user)
        return _render_request_form(form, foi_request, 409, conflict=_conflict_rows(form, foi_request))

    flash(_("Changes saved."), "success")
    return redirect(url_for("requests.detail", foi_request_id=foi_request.id))


def _render_detail(foi_request: FoiRequest, status_code: int = 200, **forms: Any) -> ResponseReturnValue:
    deadline = compute_appeal_deadline(foi_request)
    if deadline is None and foi_request.received_on and foi_request.sent_on:
        period = PeriodName.EXTENSION if foi_request.extension_notified_on else PeriodName.REPLY
        deadline = compute_request_deadline(
            foi_request.agency.jurisdiction_code,
            period,
            foi_request.received_on,
            foi_request.sent_on,
            law_version_from=foi_request.law_version_from,
        )

    # The stored due date is the one the officer was shown. legal_refs/ may have
    # been corrected since, so the page shows the difference but never applies it.
    recomputed_differs = (
        deadline is not None
        and foi_request.due_on is not None
        and foi_request.state is RequestState.AWAITING_REPLY
        and deadline.due_on != foi_request.due_on
    )
    cover_note = _cover_note(foi_request)

    context = {
        "foi_request": foi_request,
        "status": describe_status(foi_request),
        "deadline": deadline,
        "refs": get_refs(foi_request.agency.jurisdiction_code),
        "send_form": forms.get("send_form") or SendForm(),
        "extension_form": forms.get("extension_form") or ExtensionForm(),
        "reply_form": forms.get("reply_form") or ReplyForm(),
        "withdraw_form": forms.get("withdraw_form") or WithdrawForm(),
        "open_form": forms.get("open_form"),
        "recomputed_differs": recomputed_differs,
        "cover_note": cover_note,
        "law_version": version_for_request(foi_request),
    }
    return render_template("requests/detail.html", **context), status_code


def _cover_note(foi_request: FoiRequest) -> list[str]:
    """List what the letter leaves out or rests on without confirmation."""
    refs = get_refs(foi_request.agency.jurisdiction_code)
    version = version_for_request(foi_request)
    notes: list[str] = []
    reply = version.periods.get(PeriodName.REPLY)
    request_article = version.articles.get("request")

    if request_article is None or not request_article.confirmed or not request_article.article:
        notes.append(_("The letter cites no article for the request, because none is confirmed for this law."))
    if reply is None or not reply.confirmed or not reply.article:
        notes.append(_("The letter names no reply period, because the period or its article is not confirmed."))
    if not version.counting.confirmed:
        notes.append(_("The counting rule is not confirmed: %(note)s", note=version.counting.note or ""))
    if not refs.calendar_confirmed:
        notes.append(_("The holiday calendar is not confirmed: %(note)s", note=refs.calendar_note or ""))

    return notes


@bp.get("/<int:foi_request_id>")
@login_required
def detail(foi_request_id: int) -> ResponseReturnValue:
    """Show a request: state, due date with days left, the rule, the next action, the timeline."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    return _render_detail(foi_request)


STALE_ACTION_MESSAGE = (
    "Someone else changed this request while you were saving, so nothing was saved. "
    "The page now shows the saved state: check it, then record the step again if it is still needed."
)


def _run_action(
    foi_request: FoiRequest,
    form: Any,
    form_name: str,
    action: Any,
    on_stale: Callable[[], None] | None = None,
) -> ResponseReturnValue:
    """Validate ``form``, call ``action`` and commit, or re-render with the typed values on error.

    ``on_stale`` undoes work outside the database, such as a stored file,
    when the commit finds the request changed by someone else.
    """
    not_saved = _("Not saved: correct the fields marked in the form below.")
    if not form.validate_on_submit():
        flash(not_saved, "error")
        return _render_detail(foi_request, 400, **{form_name: form, "open_form": form_name})

    try:
        action()
        db.session.commit()
    except FieldError as error:
        db.session.rollback()
        attach_field_error(form, error)
        flash(not_saved, "error")
        return _render_detail(foi_request, 400, **{form_name: form, "open_form": form_name})
    except InvalidTransition as error:
        db.session.rollback()
        flash(str(error), "error")
        return _render_detail(foi_request, 409, **{form_name: form, "open_form": form_name})
    except StaleDataError:
        db.session.rollback()
        if on_stale is not None:
            on_stale()
        logger.info("foi_request %s: %s by user %s rejected as stale", foi_request.id, form_name, current_user.id)
        flash(_(STALE_ACTION_MESSAGE), "error")
        return _render_detail(foi_request, 409, **{form_name: form, "open_form": form_name})

    return redirect(url_for("requests.detail", foi_request_id=foi_request.id))


@bp.post("/<int:foi_request_id>/send")
@require_roles(*REQUEST_EDITOR_ROLES)
def send(foi_request_id: int) -> ResponseReturnValue:
    """Mark a draft as sent, with the sending and receipt dates."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    form = SendForm()

    def action() -> None:
        mark_sent(foi_request, current_user, form.sent_on.data, form.received_on.data, form.note.data or "")
        flash(_("Marked as sent. The reply is due on %(due)s.", due=foi_request.due_on), "success")

    return _run_action(foi_request, form, "send_form", action)


@bp.post("/<int:foi_request_id>/extension")
@require_roles(*REQUEST_EDITOR_ROLES)
def extension(foi_request_id: int) -> ResponseReturnValue:
    """Record the authority's extension notice."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    form = ExtensionForm()

    def action() -> None:
        record_extension(foi_request, current_user, form.notified_on.data, form.note.data or "")
        flash(_("Extension recorded. The reply is now due on %(due)s.", due=foi_request.due_on), "success")

    return _run_action(foi_request, form, "extension_form", action)


@bp.post("/<int:foi_request_id>/reply")
@require_roles(*REQUEST_EDITOR_ROLES)
def reply(foi_request_id: int) -> ResponseReturnValue:
    """Record the reply and its file. Nothing is saved unless the file passes the checks."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    form = ReplyForm()
    upload: CheckedUpload | None = None

    if form.validate_on_submit() and form.document.data and form.document.data.filename:
        file_storage = form.document.data
        limit = current_app.config["MAX_UPLOAD_BYTES"]
        data = file_storage.stream.read(limit + 1)
        try:
            upload = check_upload(file_storage.filename, data, limit)
        except UploadTooLarge as error:
            attach_field_error(form, error)
            return _render_detail(foi_request, 413, reply_form=form, open_form="reply_form")
        except FieldError as error:
            attach_field_error(form, error)
            return _render_detail(foi_request, 400, reply_form=form, open_form="reply_form")

    stored: list[Path] = []

    def action() -> None:
        event = record_reply(
            foi_request,
            current_user,
            ReplyOutcome(form.outcome.data),
            form.replied_on.data,
            form.note.data or "",
            grounds=form.grounds.data or [],
        )
        if upload is not None:
            upload_dir = Path(current_app.config["UPLOAD_DIR"])
            document = store_upload(upload, upload_dir, foi_request, current_user, event)
            stored.append(upload_dir / document.stored_name)
        flash(_("Reply recorded."), "success")

    def remove_stored() -> None:
        # The commit failed: remove the file whose row was never saved.
        for path in stored:
            path.unlink(missing_ok=True)

    try:
        return _run_action(foi_request, form, "reply_form", action, on_stale=remove_stored)
    except Exception:
        remove_stored()
        raise


@bp.post("/<int:foi_request_id>/withdraw")
@require_roles(*REQUEST_EDITOR_ROLES)
def withdraw_request(foi_request_id: int) -> ResponseReturnValue:
    """Withdraw a request."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    form = WithdrawForm()

    def action() -> None:
        withdraw(foi_request, current_user, form.withdrawn_on.data, form.note.data or "")
        flash(_("Request withdrawn."), "success")

    return _run_action(foi_request, form, "withdraw_form", action)


@bp.get("/<int:foi_request_id>/letter.docx")
@login_required
def letter(foi_request_id: int) -> ResponseReturnValue:
    """Download the request letter in the language of the authority's country."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    try:
        data, filename = render_request_letter(foi_request, current_user)
    except LetterError as error:
        flash(str(error), "error")
        return redirect(url_for("requests.detail", foi_request_id=foi_request.id))

    logger.info("foi_request %s: letter rendered for user %s", foi_request.id, current_user.id)
    return send_file(
        BytesIO(data),
        mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        as_attachment=True,
        download_name=filename,
    )


@bp.post("/<int:foi_request_id>/sharing")
@require_roles(*REQUEST_EDITOR_ROLES)
def sharing(foi_request_id: int) -> ResponseReturnValue:
    """Share the request with the network, or stop sharing it. Each change writes an event."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    form = SharingForm()
    if not form.validate_on_submit():
        flash(_("Nothing changed: choose whether to share the request."), "error")
        return redirect(url_for("requests.detail", foi_request_id=foi_request.id))

    shared = form.shared.data == "1"
    try:
        changed = set_request_sharing(foi_request, current_user, shared)
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        flash(_(STALE_ACTION_MESSAGE), "error")
        return redirect(url_for("requests.detail", foi_request_id=foi_request.id))

    if changed is None:
        flash(_("Nothing changed: the request was already in that state."), "success")
    elif shared:
        flash(_("Shared: the network now sees the authority, dates, state and outcome, never the title, items, notes or case."), "success")
    else:
        flash(_("The request is no longer shared with the network."), "success")
    return redirect(url_for("requests.detail", foi_request_id=foi_request.id))


@bp.post("/<int:foi_request_id>/documents/<int:document_id>/sharing")
@require_roles(*REQUEST_EDITOR_ROLES)
def document_sharing(foi_request_id: int, document_id: int) -> ResponseReturnValue:
    """Share one document of the request with the network, or stop sharing it."""
    foi_request = get_request_or_404(foi_request_id, current_user)
    document = get_document_or_404(document_id, current_user)
    if document.foi_request_id != foi_request.id:
        abort(404)

    form = SharingForm()
    if not form.validate_on_submit():
        flash(_("Nothing changed: choose whether to share the document."), "error")
        return redirect(url_for("requests.detail", foi_request_id=foi_request.id))

    shared = form.shared.data == "1"
    try:
        set_document_sharing(document, current_user, shared)
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        flash(_(STALE_ACTION_MESSAGE), "error")
        return redirect(url_for("requests.detail", foi_request_id=foi_request.id))

    if shared and not foi_request.shared_with_network:
        flash(_("The document is marked as shared, but the network sees it only once the request is shared too."), "success")
    else:
        flash(_("Document sharing saved."), "success")
    return redirect(url_for("requests.detail", foi_request_id=foi_request.id))
