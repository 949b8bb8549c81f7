"""Forms of the admin screens. They validate input, and services change state."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional


class NonWorkingDayForm(FlaskForm):
    """Declare a non-working day in one jurisdiction."""

    jurisdiction_code = SelectField(_l("Country"), validate_choice=False)
    day = DateField(
        _l("Non-working day"),
        format="%Y-%m-%d",
        validators=[DataRequired(message=_l("Enter a real date as YYYY-MM-DD, for example 2026-12-31."))],
    )
    reason = TextAreaField(
        _l("Reason (shown in every deadline explanation that skips the day)"),
        validators=[
            DataRequired(
                message=_l(
                    "Give the reason for the non-working day, for example the government "
                    "decision that declared it."
                )
            ),
            Length(max=1000, message=_l("Keep the reason under 1,000 characters.")),
        ],
    )
    source = StringField(
        _l("Source: gazette reference or URL of the decision"),
        validators=[Optional(), Length(max=1000, message=_l("Keep the source under 1,000 characters."))],
    )
