"""Forms of the user-management, organisation and profile screens. They validate input, and services change state."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, SelectField, StringField
from wtforms.validators import DataRequired, Email, Length, Optional


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


class OrganisationForm(FlaskForm):
    """The organisation's name, country and the sender's details that letters print."""

    name = StringField(
        _l("Name"),
        validators=[DataRequired(message=_l("Enter the organisation's name.")), Length(max=200)],
    )
    street_address = StringField(_l("Street address"), validators=[Length(max=200)])
    postal_code = StringField(_l("Postal code"), validators=[Length(max=20)])
    city = StringField(_l("City"), validators=[Length(max=100)])
    email = EmailField(
        _l("E-mail"),
        validators=[
            Optional(),
            Length(max=200),
            Email(message=_l("Enter a valid e-mail address, for example ured@example.org.")),
        ],
    )
    # The view fills the choices with the loaded jurisdictions. The empty choice stores no country.
    jurisdiction_code = SelectField(_l("Country"))


class ProfileForm(FlaskForm):
    """The name and job title that sign the user's letters."""

    full_name = StringField(
        _l("Full name"),
        validators=[DataRequired(message=_l("Enter your full name.")), Length(max=200)],
    )
    job_title = StringField(_l("Job title"), validators=[Length(max=200)])
