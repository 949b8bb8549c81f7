"""Forms of the letter template screen. They validate input, and services change state."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import SelectField
from wtforms.validators import DataRequired


class TemplateUploadForm(FlaskForm):
    """Upload a .docx template for one jurisdiction, letter kind and language."""

    jurisdiction_code = SelectField(
        _l("Country"), validate_choice=False, validators=[DataRequired(message=_l("Choose the country."))]
    )
    kind = SelectField(
        _l("Letter kind"), validate_choice=False, validators=[DataRequired(message=_l("Choose the letter kind."))]
    )
    language = SelectField(
        _l("Language"), validate_choice=False, validators=[DataRequired(message=_l("Choose the letter language."))]
    )
    template = FileField(_l("Template (.docx)"))


class TemplateSlotForm(FlaskForm):
    """Name one jurisdiction, kind and language, for the button that returns to the built-in file."""

    jurisdiction_code = SelectField(validate_choice=False, validators=[DataRequired()])
    kind = SelectField(validate_choice=False, validators=[DataRequired()])
    language = SelectField(validate_choice=False, validators=[DataRequired()])


class ActivateForm(FlaskForm):
    """Activate an uploaded version. The URL names the version, so the form carries only the CSRF token."""
