"""Sign in and out, reset a forgotten password, change the password."""

import logging

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import func, select

from ..extensions import db, limiter, login_manager
from ..models import User
from ..security import is_rate_limit_disabled
from ..services.accounts import InvalidToken, change_password, load_reset_token, send_password_reset
from ..services.errors import FieldError
from ..services.mail import MailError
from .forms import ChangePasswordForm, ForgotPasswordForm, LoginForm, NewPasswordForm

logger = logging.getLogger(__name__)

bp = Blueprint("auth", __name__, url_prefix="/auth")


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """Return the signed-in user, or None when the id is unknown or inactive."""
    if not user_id.isdigit():
        return None

    user = db.session.get(User, int(user_id))
    return user if user is not None and user.active else None


def _safe_next(target: str | None) -> str:
    # Only local paths: an absolute URL here would make the login page an open redirect.
    if target and target.startswith("/") and not target.startswith("//"):
        return target

    return url_for("requests.list_requests")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(
    lambda: str(current_app.config["LOGIN_RATE_LIMIT"]),
    methods=["POST"],
    exempt_when=is_rate_limit_disabled,
)
def login() -> ResponseReturnValue:
    """Sign a user in with e-mail and password."""
    form = LoginForm()
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("auth/login.html", form=form), status

    email = (form.email.data or "").strip().lower()
    user = db.session.scalar(select(User).where(func.lower(User.email) == email))
    if user is None or not user.active or not user.check_password(form.password.data or ""):
        logger.warning("failed sign-in attempt")
        form.password.errors = [_("The e-mail address or the password is wrong.")]
        return render_template("auth/login.html", form=form), 401

    login_user(user)
    logger.info("user %s signed in", user.id)
    return redirect(_safe_next(request.args.get("next")))


@bp.post("/logout")
@login_required
def logout() -> ResponseReturnValue:
    """Sign the user out."""
    logout_user()
    flash(_("Signed out."), "success")
    return redirect(url_for("auth.login"))


@bp.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit(
    # Each POST may send an e-mail, so it shares the sign-in limit.
    lambda: str(current_app.config["LOGIN_RATE_LIMIT"]),
    methods=["POST"],
    exempt_when=is_rate_limit_disabled,
)
def forgot_password() -> ResponseReturnValue:
    """E-mail a password-reset link. The page reads the same whether or not the account exists."""
    form = ForgotPasswordForm()
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("auth/forgot_password.html", form=form), status

    try:
        send_password_reset(form.email.data or "")
    except MailError:
        # The service logged it. An error page here would tell that the account exists.
        pass

    flash(_("If an account exists for that address, we sent a link. It works for 1 hour."), "success")
    return redirect(url_for("auth.login"))


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> ResponseReturnValue:
    """Set a new password from a reset link."""
    try:
        user = load_reset_token(token)
    except InvalidToken as error:
        return _render_link_problem(str(error), url_for("auth.forgot_password"), _("Request a new link")), 400

    form = NewPasswordForm()
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("auth/reset_password.html", form=form), status

    try:
        change_password(user, form.password.data or "")
    except FieldError as error:
        form.password.errors = [*form.password.errors, error.message]
        return render_template("auth/reset_password.html", form=form), 400

    db.session.commit()
    logger.info("user %s: password set from a reset link", user.id)
    flash(_("Your password was changed. Sign in with the new password."), "success")
    return redirect(url_for("auth.login"))


@bp.route("/password", methods=["GET", "POST"])
@login_required
def change_own_password() -> ResponseReturnValue:
    """Change the signed-in user's password after checking the current one."""
    form = ChangePasswordForm()
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("auth/change_password.html", form=form), status

    if not current_user.check_password(form.current_password.data or ""):
        form.current_password.errors = [_("The current password is wrong.")]
        return render_template("auth/change_password.html", form=form), 400

    try:
        change_password(current_user, form.password.data or "")
    except FieldError as error:
        form.password.errors = [*form.password.errors, error.message]
        return render_template("auth/change_password.html", form=form), 400

    db.session.commit()
    flash(_("Your password was changed. Reset links sent before no longer work."), "success")
    return redirect(url_for("requests.list_requests"))


def _render_link_problem(message: str, next_url: str, next_label: str) -> str:
    return render_template("auth/link_problem.html", message=message, next_url=next_url, next_label=next_label)
