"""Sign in and sign out."""

import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import login_required, login_user, logout_user
from sqlalchemy import func, select

from ..extensions import db, login_manager
from ..models import User
from .forms import LoginForm

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
