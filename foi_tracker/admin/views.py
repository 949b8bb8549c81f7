"""Admin screens: the non-working days that governments declare ad hoc."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import select

from ..access import ACCOUNT_ADMIN_ROLES, require_roles
from ..extensions import db
from ..models import Jurisdiction, NonWorkingDay
from ..services.errors import FieldError
from ..services.non_working_days import (
    RecomputeResult,
    declare_non_working_day,
    list_non_working_days,
    remove_non_working_day,
)
from .forms import NonWorkingDayForm

bp = Blueprint("admin", __name__, url_prefix="/admin")


admin_required = require_roles(*ACCOUNT_ADMIN_ROLES)


def _render_page(form: NonWorkingDayForm, status_code: int = 200) -> ResponseReturnValue:
    jurisdictions = db.session.scalars(select(Jurisdiction).order_by(Jurisdiction.name_en)).all()
    form.jurisdiction_code.choices = [(j.code, f"{j.name_en} ({j.code})") for j in jurisdictions]
    declared_by_code: dict[str, list[NonWorkingDay]] = {}
    for declared in list_non_working_days():
        declared_by_code.setdefault(declared.jurisdiction_code, []).append(declared)

    page = render_template(
        "admin/non_working_days.html",
        form=form,
        jurisdictions=jurisdictions,
        declared_by_code=declared_by_code,
    )
    return page, status_code


def _flash_recompute(result: RecomputeResult) -> None:
    flash(
        ngettext(
            "%(num)d open request moved to a new due date (%(checked)d checked).",
            "%(num)d open requests moved to a new due date (%(checked)d checked).",
            result.changed,
            checked=result.checked,
        ),
        "success",
    )
    if result.failed_ids:
        flash(
            ngettext(
                "The due date of %(num)d request could not be recomputed because its legal "
                "references failed to load; see the application log.",
                "The due dates of %(num)d requests could not be recomputed because their legal "
                "references failed to load; see the application log.",
                len(result.failed_ids),
            ),
            "error",
        )


@bp.get("/non-working-days")
@admin_required
def non_working_days() -> ResponseReturnValue:
    """List the declared non-working days per jurisdiction, with the form to add one."""
    return _render_page(NonWorkingDayForm())


@bp.post("/non-working-days")
@admin_required
def add_non_working_day() -> ResponseReturnValue:
    """Declare a non-working day and move the due dates of the open requests it affects."""
    form = NonWorkingDayForm()
    if not form.validate_on_submit():
        return _render_page(form, 400)

    try:
        result = declare_non_working_day(
            form.jurisdiction_code.data or "",
            form.day.data,
            form.reason.data,
            form.source.data or "",
            current_user,
        )
    except FieldError as error:
        db.session.rollback()
        field = getattr(form, error.field, None)
        if field is None:
            flash(error.message, "error")
        else:
            field.errors = [*field.errors, error.message]
        return _render_page(form, 400)

    db.session.commit()
    flash(
        _(
            "%(day)s is now a non-working day in %(code)s.",
            day=result.day.isoformat(),
            code=result.jurisdiction_code,
        ),
        "success",
    )
    _flash_recompute(result)
    return redirect(url_for("admin.non_working_days"))


@bp.post("/non-working-days/<int:non_working_day_id>/remove")
@admin_required
def remove_non_working_day_view(non_working_day_id: int) -> ResponseReturnValue:
    """Remove a declared day and move the affected due dates back."""
    declared = db.session.get(NonWorkingDay, non_working_day_id)
    if declared is None:
        abort(404)

    try:
        result = remove_non_working_day(declared.jurisdiction_code, declared.day, current_user)
    except FieldError as error:
        db.session.rollback()
        flash(error.message, "error")
        return redirect(url_for("admin.non_working_days"))

    db.session.commit()
    flash(
        _(
            "%(day)s is no longer a declared non-working day in %(code)s.",
            day=result.day.isoformat(),
            code=result.jurisdiction_code,
        ),
        "success",
    )
    _flash_recompute(result)
    return redirect(url_for("admin.non_working_days"))
