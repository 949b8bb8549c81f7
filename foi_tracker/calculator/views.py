"""Deadline calculator: the engine's due date and its explanation for any date."""

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from flask_login import login_required
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField
from wtforms.validators import DataRequired

from ..law import Deadline, LegalRefsError, PeriodName, compute_deadline
from ..services.legal import get_all_refs, get_working_calendar

bp = Blueprint("calculator", __name__, url_prefix="/calculator")

PERIOD_LABELS = {
    PeriodName.REPLY: _l("Reply period"),
    PeriodName.EXTENSION: _l("Reply period with extension"),
    PeriodName.APPEAL_REFUSAL: _l("Appeal after a refusal"),
}


def _period_choices() -> list[tuple[str, str]]:
    # Every period the engine knows, so a newly named period needs no change here.
    return [(name.value, str(PERIOD_LABELS.get(name, name.value.replace("_", " ")))) for name in PeriodName]


class CalculatorForm(FlaskForm):
    """Inputs of the calculator, read from the query string."""

    class Meta:
        csrf = False

    jurisdiction = SelectField(_l("Country"))
    period = SelectField(_l("Period"))
    start_on = DateField(
        _l("Clock-start date (receipt by the authority, or delivery of the decision for an appeal)"),
        format="%Y-%m-%d",
        validators=[DataRequired(message=_l("Enter a real date as YYYY-MM-DD, for example 2026-03-30."))],
    )


@bp.get("/")
@login_required
def calculate() -> ResponseReturnValue:
    """Show the form and, when it is filled in, the due date with its explanation."""
    all_refs = get_all_refs()
    form = CalculatorForm(request.args)
    form.period.choices = _period_choices()
    form.jurisdiction.choices = [(code, f"{refs.name_en} ({code})") for code, refs in sorted(all_refs.items())]
    deadline: Deadline | None = None
    error: str | None = None

    if request.args and form.validate():
        refs = all_refs[form.jurisdiction.data]
        try:
            calendar = get_working_calendar(refs.code)
            deadline = compute_deadline(refs, PeriodName(form.period.data), form.start_on.data, calendar=calendar)
        except LegalRefsError as failure:
            # PeriodNotDefinedError carries the file's note on why the period is missing.
            error = f"{refs.name_en}: {failure.reason}"

    status = 400 if request.args and (form.errors or error) else 200
    return render_template("calculator/index.html", form=form, deadline=deadline, error=error), status
