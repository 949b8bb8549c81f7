"""Forms of the user-management screens. They validate input, and services change state."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, SelectField, StringField
from wtforms.validators import DataRequired, Email, Length


class InviteForm(FlaskForm):
    """Invite a person by e-mail. The view removes ``organisation_id`` for organisation admins."""

    organisation_id = SelectField(_l("Organisation"), coerce=int)
    email = EmailField(
        _l("E-mail"),
        validators=[
            DataRequired(message=_l("Enter the e-mail address of the person to invite.")),
            Length(max=254),
            Email(message=_l("Enter a valid e-mail address, for example name@example.org.")),
        ],
    )
    full_name = StringField(
        _l("Full name"),
        validators=[DataRequired(message=_l("Enter the full name of the person to invite.")), Length(max=200)],
    )
    role = SelectField(_l("Role"))
