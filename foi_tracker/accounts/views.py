"""User management: accounts, invitations and their acceptance, organisation details and profiles."""

import logging
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..access import ACCOUNT_ADMIN_ROLES, can_change_requests, require_roles
from ..auth.forms import NewPasswordForm
from ..extensions import db
from ..models import Jurisdiction, Organisation, User, UserRole
from ..services.accounts import (
    ORGANISATION_ROLES,
    ROLE_LABELS,
    AccountChangeRejected,
    InvalidToken,
    LetterheadDetails,
    create_invited_user,
    invite_user,
    list_organisation_users,
    load_invitation,
    normalize_email,
    set_user_active,
    update_organisation,
    update_profile,
)
from ..services.errors import FieldError
from ..services.mail import MailError, is_send_suppressed, last_suppressed_mail
from .forms import InviteForm, OrganisationForm, ProfileForm

logger = logging.getLogger(__name__)

bp = Blueprint("accounts", __name__, url_prefix="/accounts")


@bp.app_context_processor
def inject_permissions() -> dict[str, Any]:
    """Tell every template what the signed-in user may change, so it hides what they may not."""
    signed_in = current_user.is_authenticated
    return {
        "can_change_requests": signed_in and can_change_requests(current_user),
        "can_manage_accounts": signed_in and current_user.role in ACCOUNT_ADMIN_ROLES,
        "role_labels": ROLE_LABELS,
    }


def _render_users(status_code: int = 200) -> ResponseReturnValue:
    users = list_organisation_users(current_user.organisation_id)
    page = render_template("accounts/users.html", users=users, status_form=FlaskForm())
    return page, status_code


def _prepare_invite_form(form: InviteForm) -> InviteForm:
    roles = list(ORGANISATION_ROLES)
    if current_user.role is UserRole.NETWORK_ADMIN:
        roles.append(UserRole.NETWORK_ADMIN)
        organisations = db.session.scalars(select(Organisation).order_by(Organisation.name))
        form.organisation_id.choices = [(organisation.id, organisation.name) for organisation in organisations]
        if request.method == "GET":
            form.organisation_id.data = current_user.organisation_id
    else:
        del form.organisation_id

    form.role.choices = [(role.value, ROLE_LABELS[role]) for role in roles]
    return form


@bp.get("/")
@require_roles(*ACCOUNT_ADMIN_ROLES)
def list_users() -> ResponseReturnValue:
    """List the accounts of the admin's organisation, with deactivate and reactivate buttons."""
    return _render_users()


@bp.route("/invite", methods=["GET", "POST"])
@require_roles(*ACCOUNT_ADMIN_ROLES)
def invite() -> ResponseReturnValue:
    """E-mail an invitation link with which a person sets a password and joins with a role."""
    form = _prepare_invite_form(InviteForm())
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("accounts/invite.html", form=form), status

    organisation = current_user.organisation
    if "organisation_id" in form:
        organisation = db.session.get(Organisation, form.organisation_id.data) or abort(404)

    try:
        invite_user(current_user, organisation, form.email.data or "", form.full_name.data or "", UserRole(form.role.data))
    except FieldError as error:
        field = getattr(form, error.field)
        field.errors = [*field.errors, error.message]
        return render_template("accounts/invite.html", form=form), 400
    except MailError as error:
        flash(str(error), "error")
        return render_template("accounts/invite.html", form=form), 503

    flash(
        _("Invitation sent to %(email)s. The link in it works for 7 days.", email=normalize_email(form.email.data or "")),
        "success",
    )
    if organisation.id != current_user.organisation_id:
        return redirect(url_for("accounts.invite"))

    return redirect(url_for("accounts.list_users"))


def _change_active(user_id: int, active: bool) -> ResponseReturnValue:
    user = db.session.scalar(
        select(User).where(User.id == user_id, User.organisation_id == current_user.organisation_id)
    )
    if user is None:
        abort(404)

    if not FlaskForm().validate_on_submit():
        abort(400)

    try:
        set_user_active(current_user, user, active)
    except AccountChangeRejected as error:
        db.session.rollback()
        flash(str(error), "error")
        return _render_users(409)

    db.session.commit()
    if active:
        flash(_("%(name)s can sign in again.", name=user.full_name), "success")
    else:
        flash(_("%(name)s is deactivated and can no longer sign in.", name=user.full_name), "success")

    return redirect(url_for("accounts.list_users"))


@bp.post("/<int:user_id>/deactivate")
@require_roles(*ACCOUNT_ADMIN_ROLES)
def deactivate(user_id: int) -> ResponseReturnValue:
    """Stop an account from signing in. Its requests and events stay."""
    return _change_active(user_id, active=False)


@bp.post("/<int:user_id>/reactivate")
@require_roles(*ACCOUNT_ADMIN_ROLES)
def reactivate(user_id: int) -> ResponseReturnValue:
    """Let a deactivated account sign in again."""
    return _change_active(user_id, active=True)


def _prepare_organisation_form(form: OrganisationForm) -> OrganisationForm:
    jurisdictions = db.session.scalars(select(Jurisdiction).order_by(Jurisdiction.name_en))
    form.jurisdiction_code.choices = [("", _("— none —"))] + [
        (jurisdiction.code, jurisdiction.name_en) for jurisdiction in jurisdictions
    ]
    if request.method == "GET":
        organisation = current_user.organisation
        form.name.data = organisation.name
        form.street_address.data = organisation.street_address
        form.postal_code.data = organisation.postal_code
        form.city.data = organisation.city
        form.email.data = organisation.email
        form.jurisdiction_code.data = organisation.jurisdiction_code or ""

    return form


@bp.route("/organisation", methods=["GET", "POST"])
@require_roles(*ACCOUNT_ADMIN_ROLES)
def edit_organisation() -> ResponseReturnValue:
    """Edit the admin's organisation: its name, country and the sender's details on letters."""
    form = _prepare_organisation_form(OrganisationForm())
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("accounts/organisation.html", form=form), status

    letterhead = LetterheadDetails(
        street_address=form.street_address.data or "",
        postal_code=form.postal_code.data or "",
        city=form.city.data or "",
        email=form.email.data or "",
    )
    try:
        update_organisation(current_user, form.name.data or "", letterhead, form.jurisdiction_code.data or None)
        # Flush here, so a concurrent save of the same name fails inside the try.
        db.session.flush()
    except FieldError as error:
        db.session.rollback()
        field = getattr(form, error.field)
        field.errors = [*field.errors, error.message]
        return render_template("accounts/organisation.html", form=form), 400
    except IntegrityError:
        # Another admin saved the same name between the check and the flush.
        db.session.rollback()
        logger.warning("organisation %s: name clash at save by user %s", current_user.organisation_id, current_user.id)
        form.name.errors = [*form.name.errors, _("Another organisation is already called that. Choose a different name.")]
        return render_template("accounts/organisation.html", form=form), 400

    db.session.commit()
    flash(_("Organisation details saved. New letters use them."), "success")
    return redirect(url_for("accounts.edit_organisation"))


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def edit_profile() -> ResponseReturnValue:
    """Edit the signed-in user's full name and job title, which sign their letters."""
    form = ProfileForm()
    if request.method == "GET":
        form.full_name.data = current_user.full_name
        form.job_title.data = current_user.job_title

    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("accounts/profile.html", form=form), status

    try:
        update_profile(current_user, form.full_name.data or "", form.job_title.data or "")
    except FieldError as error:
        db.session.rollback()
        field = getattr(form, error.field)
        field.errors = [*field.errors, error.message]
        return render_template("accounts/profile.html", form=form), 400

    db.session.commit()
    flash(_("Profile saved. New letters use your name and job title."), "success")
    return redirect(url_for("accounts.edit_profile"))


@bp.route("/invitation/<token>", methods=["GET", "POST"])
def accept_invitation(token: str) -> ResponseReturnValue:
    """Let an invited person choose a password, then sign them in."""
    try:
        invitation = load_invitation(token)
    except InvalidToken as error:
        return _render_link_problem(str(error)), 400

    organisation = db.session.get(Organisation, invitation.organisation_id)
    form = NewPasswordForm()
    context = {"form": form, "invitation": invitation, "organisation": organisation}
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("accounts/accept_invitation.html", **context), status

    try:
        user = create_invited_user(invitation, form.password.data or "")
        db.session.commit()
    except FieldError as error:
        db.session.rollback()
        form.password.errors = [*form.password.errors, error.message]
        return render_template("accounts/accept_invitation.html", **context), 400
    except IntegrityError:
        # Two tabs accepted the same invitation at once: the unique e-mail kept one account.
        db.session.rollback()
        return _render_link_problem(_("This invitation was already used. Sign in with your e-mail address.")), 400

    login_user(user)
    logger.info("user %s signed in after accepting an invitation", user.id)
    flash(_("Welcome. Your account is ready and you are signed in."), "success")
    return redirect(url_for("requests.list_requests"))


def _render_link_problem(message: str) -> str:
    return render_template(
        "auth/link_problem.html", message=message, next_url=url_for("auth.login"), next_label=_("Sign in")
    )


@bp.get("/last-mail")
def last_mail() -> ResponseReturnValue:
    """Show the last suppressed message on a debug server, so a developer can open its link."""
    # Debug only: the message holds a working sign-up or reset link for anyone who reads it.
    if not (current_app.debug and is_send_suppressed()):
        abort(404)

    message = last_suppressed_mail()
    text = message.as_string() if message is not None else "No message was suppressed since the server started.\n"
    return text, 200, {"Content-Type": "text/plain; charset=utf-8"}
