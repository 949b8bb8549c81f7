"""Sign-in, password-reset and password forms."""

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, Field, PasswordField, ValidationError
from wtforms.validators import DataRequired, EqualTo, Length

from ..services.accounts import MAX_PASSWORD_LENGTH, check_new_password
from ..services.errors import FieldError


class LoginForm(FlaskForm):
    """E-mail and password."""

    email = EmailField(_l("E-mail"), validators=[DataRequired(message=_l("Enter your e-mail address.")), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(message=_l("Enter your password."))])


class ForgotPasswordForm(FlaskForm):
    """The address to which a password-reset link goes, if an account has it."""

    email = EmailField(_l("E-mail"), validators=[DataRequired(message=_l("Enter your e-mail address.")), Length(max=254)])


def _password_rules(form: Any, field: Field) -> None:
    # The service holds the rules, so the form and the service cannot disagree.
    try:
        check_new_password(field.data or "")
    except FieldError as error:
        raise ValidationError(error.message) from error


class NewPasswordForm(FlaskForm):
    """A new password, typed twice."""

    password = PasswordField(
        _l("New password"),
        validators=[
            DataRequired(message=_l("Enter a new password.")),
            Length(max=MAX_PASSWORD_LENGTH),
            _password_rules,
        ],
        description=_l("At least 12 characters, not only digits. A few unrelated words make a good password."),
    )
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[
            DataRequired(message=_l("Type the new password a second time.")),
            EqualTo("password", message=_l("The two passwords differ. Type the same password twice.")),
        ],
    )


class ChangePasswordForm(NewPasswordForm):
    """The current password, then a new one typed twice."""

    current_password = PasswordField(
        _l("Current password"), validators=[DataRequired(message=_l("Enter your current password."))]
    )
