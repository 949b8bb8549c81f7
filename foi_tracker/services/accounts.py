"""User accounts: invitations, password rules, password resets, deactivation, profiles and organisation details.

Invitations and reset links are signed, expiring tokens (itsdangerous), so no
table stores them:

- an invitation carries the organisation, e-mail address, name, role and the
  inviter, and stops working once an account with that address exists;
- a reset link carries the user id and a keyed digest of the current password
  hash, so it stops working once the password changes, including by its own use.

Both are signed with SECRET_KEY and a salt per purpose, so one kind of token is
never accepted as the other.
"""

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import func, select

from ..errors import FoiTrackerError
from ..extensions import db
from ..models import Jurisdiction, Organisation, User, UserRole
from .errors import FieldError
from .mail import external_url, send_mail

logger = logging.getLogger(__name__)

INVITATION_MAX_AGE = timedelta(days=7)
RESET_MAX_AGE = timedelta(hours=1)
MIN_PASSWORD_LENGTH = 12
# Long enough for any passphrase, short enough that hashing a posted value stays cheap.
MAX_PASSWORD_LENGTH = 200

INVITATION_SALT = "foi-tracker.invitation"
RESET_SALT = "foi-tracker.password-reset"

ROLE_LABELS: dict[UserRole, str] = {
    UserRole.ADMIN: "admin",
    UserRole.LEGAL_OFFICER: "legal officer",
    UserRole.ADVOCATE: "advocate",
    UserRole.AUDITOR: "auditor (read-only)",
    UserRole.NETWORK_ADMIN: "network admin",
}

# An organisation admin may give any role of its own organisation but network admin.
ORGANISATION_ROLES = (UserRole.ADMIN, UserRole.LEGAL_OFFICER, UserRole.ADVOCATE, UserRole.AUDITOR)


class InvalidToken(FoiTrackerError):
    """An invitation or reset link that is malformed, expired, used or no longer allowed."""


class AccountChangeRejected(FoiTrackerError):
    """A change to an account that the signed-in user may not make."""


@dataclass(frozen=True)
class Invitation:
    """The facts an invitation link carries, after its signature and age were checked."""

    organisation_id: int
    email: str
    full_name: str
    role: UserRole
    invited_by_id: int


class _AppClockSigner(TimestampSigner):
    """Timestamp signer that reads the app's clock, so tests can move time with FIXED_NOW."""

    def get_timestamp(self) -> int:
        return int(_now().timestamp())


def _now() -> datetime:
    # FIXED_NOW pins the clock for tests. Production leaves it unset.
    fixed = current_app.config.get("FIXED_NOW")
    return fixed if isinstance(fixed, datetime) else datetime.now(UTC)


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt, signer=_AppClockSigner)


def normalize_email(email: str) -> str:
    """Return the address as accounts store and compare it: trimmed and lower case."""
    return email.strip().lower()


def find_user_by_email(email: str) -> User | None:
    """Return the account with this address, compared without regard to case, or None."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalize_email(email)))


def check_new_password(password: str) -> None:
    """Raise FieldError on ``password`` unless it has 12 to 200 characters and not only digits."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise FieldError("password", f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")

    if len(password) > MAX_PASSWORD_LENGTH:
        raise FieldError("password", f"The password may have at most {MAX_PASSWORD_LENGTH} characters.")

    if password.isdigit():
        raise FieldError("password", "The password must not consist of digits only. Add letters or other characters.")


def change_password(user: User, new_password: str) -> None:
    """Store a new password for ``user``. Every reset link sent earlier stops working.

    Raise FieldError when the password breaks the rules. The caller commits.
    """
    check_new_password(new_password)

    # NOTE: sessions already signed in elsewhere stay valid, because Flask-Login's
    # session id is the user id alone. Remove this mark once User.get_id includes a password fingerprint.
    user.set_password(new_password)

    logger.info("user %s: password changed", user.id)


def invitable_roles(inviter: User, organisation: Organisation) -> list[UserRole]:
    """List the roles ``inviter`` may give a new member of ``organisation``, or none."""
    own_organisation = organisation.id == inviter.organisation_id
    if inviter.role is UserRole.NETWORK_ADMIN:
        return [*ORGANISATION_ROLES, UserRole.NETWORK_ADMIN] if own_organisation else [UserRole.ADMIN]

    if inviter.role is UserRole.ADMIN and own_organisation:
        return list(ORGANISATION_ROLES)

    return []


def invite_user(inviter: User, organisation: Organisation, email: str, full_name: str, role: UserRole) -> None:
    """E-mail an invitation to join ``organisation`` with ``role``, valid for 7 days.

    Raise FieldError when ``inviter`` may not give that role there, or when an
    account with the address exists. Raise MailError when the mail fails.
    Nothing is stored until the invitee opens the link.
    """
    if role not in invitable_roles(inviter, organisation):
        raise FieldError("role", f"You cannot invite someone as {ROLE_LABELS[role]} to {organisation.name}.")

    address = normalize_email(email)
    if find_user_by_email(address) is not None:
        raise FieldError(
            "email",
            f"An account for {address} already exists. The person can sign in, or reset the password "
            "from the sign-in page.",
        )

    payload = {
        "organisation": organisation.id,
        "email": address,
        "name": full_name.strip(),
        "role": role.value,
        "by": inviter.id,
    }
    token = _serializer(INVITATION_SALT).dumps(payload)
    link = external_url("accounts.accept_invitation", token=token)
    body = (
        f"{inviter.full_name} invited you to FOI Tracker as {ROLE_LABELS[role]} of {organisation.name}.\n"
        "\n"
        f"Open this link within {INVITATION_MAX_AGE.days} days to choose your password and sign in:\n"
        f"{link}\n"
        "\n"
        "If you did not expect this invitation, ignore this message. No account exists until you open the link.\n"
    )
    send_mail(address, "Your invitation to FOI Tracker", body, purpose="invitation", user_id=inviter.id)

    logger.info("user %s invited a new %s to organisation %s", inviter.id, role.value, organisation.id)


def load_invitation(token: str) -> Invitation:
    """Check an invitation link and return what it carries.

    Raise InvalidToken when the link is malformed or older than 7 days, when an
    account with its address exists, or when its sender may no longer invite.
    """
    payload = _load(
        token,
        INVITATION_SALT,
        INVITATION_MAX_AGE,
        expired=(
            "This invitation has expired, because invitations are valid for 7 days. "
            "Ask your organisation's admin to send a new one."
        ),
        malformed=(
            "This invitation link is not valid. Check that you opened the whole link from the e-mail, "
            "or ask your organisation's admin to send a new one."
        ),
    )
    try:
        invitation = Invitation(
            organisation_id=int(payload["organisation"]),
            email=str(payload["email"]),
            full_name=str(payload["name"]),
            role=UserRole(payload["role"]),
            invited_by_id=int(payload["by"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidToken("This invitation link is not valid. Ask your organisation's admin to send a new one.") from error

    if find_user_by_email(invitation.email) is not None:
        raise InvalidToken(
            "This invitation was already used: an account for this e-mail address exists. "
            "Sign in, or reset your password from the sign-in page."
        )

    inviter = db.session.get(User, invitation.invited_by_id)
    organisation = db.session.get(Organisation, invitation.organisation_id)
    if (
        inviter is None
        or not inviter.active
        or organisation is None
        or invitation.role not in invitable_roles(inviter, organisation)
    ):
        raise InvalidToken(
            "The person who sent this invitation can no longer invite you. "
            "Ask your organisation's admin to send a new one."
        )

    return invitation


def create_invited_user(invitation: Invitation, password: str) -> User:
    """Create the invited account with ``password`` and return it. The caller commits.

    Raise FieldError when the password breaks the rules.
    """
    check_new_password(password)

    user = User(
        organisation_id=invitation.organisation_id,
        email=invitation.email,
        full_name=invitation.full_name,
        role=invitation.role,
    )
    user.set_password(password)
    db.session.add(user)
    db.session.flush()

    logger.info(
        "user %s created from an invitation by user %s, role %s, organisation %s",
        user.id,
        invitation.invited_by_id,
        invitation.role.value,
        invitation.organisation_id,
    )
    return user


def _password_fingerprint(user: User) -> str:
    # Keyed, so the token (readable by its holder) reveals nothing about the stored hash.
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, user.password_hash.encode(), hashlib.sha256).hexdigest()


def send_password_reset(email: str) -> None:
    """E-mail a reset link valid for 1 hour, if an active account has this address.

    Return silently otherwise, so the caller's page reads the same whether or
    not the account exists. Raise MailError when the mail fails.
    """
    user = find_user_by_email(email)
    if user is None or not user.active:
        # NOTE: returning here skips the SMTP round trip, so the response time can still tell
        # that no account exists. Remove this mark once mail is sent outside the request.
        logger.info("password reset requested for an address without an active account")
        return

    token = _serializer(RESET_SALT).dumps({"user": user.id, "password": _password_fingerprint(user)})
    link = external_url("auth.reset_password", token=token)
    minutes = int(RESET_MAX_AGE.total_seconds() // 60)
    body = (
        "Someone asked to reset the password of your FOI Tracker account.\n"
        "\n"
        f"Open this link within {minutes} minutes to choose a new password:\n"
        f"{link}\n"
        "\n"
        "The link works once. If you did not ask for it, ignore this message: your password stays as it is.\n"
    )
    send_mail(user.email, "Reset your FOI Tracker password", body, purpose="password_reset", user_id=user.id)

    logger.info("user %s: password reset link sent", user.id)


def load_reset_token(token: str) -> User:
    """Return the user whose password a reset link may change.

    Raise InvalidToken when the link is malformed or older than 1 hour, when
    the password changed after it was sent (including by this link), or when
    the account is deactivated.
    """
    payload = _load(
        token,
        RESET_SALT,
        RESET_MAX_AGE,
        expired=(
            "This password-reset link has expired, because links are valid for 1 hour. "
            "Request a new one below."
        ),
        malformed=(
            "This password-reset link is not valid. Check that you opened the whole link from the e-mail, "
            "or request a new one below."
        ),
    )
    user_id = payload.get("user")
    fingerprint = payload.get("password")
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None or not user.active or not isinstance(fingerprint, str):
        raise InvalidToken("This password-reset link is not valid. Request a new one below.")

    if not hmac.compare_digest(fingerprint, _password_fingerprint(user)):
        raise InvalidToken(
            "This password-reset link was already used, or the password was changed after it was sent. "
            "Request a new one below if you still need it."
        )

    return user


def _load(token: str, salt: str, max_age: timedelta, *, expired: str, malformed: str) -> dict[str, Any]:
    """Check the signature and age of ``token`` and return its payload."""
    try:
        payload = _serializer(salt).loads(token, max_age=int(max_age.total_seconds()))
    except SignatureExpired as error:
        raise InvalidToken(expired) from error
    except BadSignature as error:
        raise InvalidToken(malformed) from error

    if not isinstance(payload, dict):
        raise InvalidToken(malformed)

    return payload


def list_organisation_users(organisation_id: int) -> list[User]:
    """List an organisation's accounts: active ones first, then by name."""
    query = (
        select(User)
        .where(User.organisation_id == organisation_id)
        .order_by(User.active.desc(), User.full_name, User.id)
    )
    return list(db.session.scalars(query))


def set_user_active(admin: User, user: User, active: bool) -> None:
    """Deactivate or reactivate ``user``. A deactivated user cannot sign in. The caller commits.

    Raise AccountChangeRejected when ``admin`` targets their own account, an
    account of another organisation, or a network admin without being one.
    """
    if user.organisation_id != admin.organisation_id:
        raise AccountChangeRejected("You can only change the accounts of your own organisation.")

    if user.id == admin.id:
        raise AccountChangeRejected(
            "You cannot deactivate or reactivate your own account. Ask another admin of your organisation."
        )

    if user.role is UserRole.NETWORK_ADMIN and admin.role is not UserRole.NETWORK_ADMIN:
        raise AccountChangeRejected("Only a network admin can change the account of a network admin.")

    user.active = active

    logger.info("user %s %s user %s", admin.id, "reactivated" if active else "deactivated", user.id)


@dataclass(frozen=True)
class LetterheadDetails:
    """The sender's details that letters print in their letterhead. Empty strings are left unset."""

    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""


def check_email_address(email: str, field: str = "email") -> str:
    """Return ``email`` normalized, or raise FieldError on ``field`` when it is not a valid address.

    Only the syntax is checked: no DNS look-up is made, so an address on a
    domain that does not exist yet still passes.
    """
    try:
        validated = validate_email(email.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise FieldError(
            field, f"“{email}” is not a valid e-mail address: {error} Enter one such as name@example.org."
        ) from error

    return normalize_email(validated.normalized)


def update_organisation(
    admin: User, name: str, letterhead: LetterheadDetails, jurisdiction_code: str | None
) -> Organisation:
    """Change the name, letterhead details and country of the admin's own organisation.

    Raise AccountChangeRejected when ``admin`` is not an admin, and FieldError
    when another organisation has the name, or the e-mail address or the
    country code is invalid. The caller commits.
    """
    if admin.role not in (UserRole.ADMIN, UserRole.NETWORK_ADMIN):
        raise AccountChangeRejected("Only an admin can change the organisation's details.")

    organisation = admin.organisation
    new_name = name.strip()
    if not new_name:
        raise FieldError("name", "Enter the organisation's name.")

    clash = db.session.scalar(
        select(Organisation.id).where(Organisation.name == new_name, Organisation.id != organisation.id)
    )
    if clash is not None:
        raise FieldError("name", f"Another organisation is already called “{new_name}”. Choose a different name.")

    email = check_email_address(letterhead.email) if letterhead.email.strip() else ""
    if jurisdiction_code is not None and db.session.get(Jurisdiction, jurisdiction_code) is None:
        raise FieldError("jurisdiction_code", f"No jurisdiction with the code {jurisdiction_code} is loaded.")

    organisation.name = new_name
    organisation.street_address = letterhead.street_address.strip()
    organisation.postal_code = letterhead.postal_code.strip()
    organisation.city = letterhead.city.strip()
    organisation.email = email
    organisation.jurisdiction_code = jurisdiction_code

    logger.info("user %s updated organisation %s", admin.id, organisation.id)
    return organisation


def update_profile(user: User, full_name: str, job_title: str) -> None:
    """Change the name and job title that sign the user's letters. The caller commits.

    Raise FieldError when the full name is empty.
    """
    name = full_name.strip()
    if not name:
        raise FieldError("full_name", "Enter your full name. Letters print it above the signature.")

    user.full_name = name
    user.job_title = job_title.strip()

    logger.info("user %s updated their profile", user.id)


def create_admin(
    organisation_name: str,
    email: str,
    full_name: str,
    password: str,
    *,
    network: bool = False,
    job_title: str = "",
    letterhead: LetterheadDetails | None = None,
) -> User:
    """Create the first admin of an organisation, and the organisation if it is new.

    Invitations need an admin to send them, so the first one is created from
    the command line. ``network`` makes a network admin. ``letterhead`` is
    stored only on an organisation that this call creates, so an existing
    organisation keeps its details. The caller commits.

    Raise FieldError when the password or an e-mail address is invalid, and
    AccountChangeRejected when the account exists or a name is missing.
    """
    check_new_password(password)
    address = check_email_address(email)
    if find_user_by_email(address) is not None:
        raise AccountChangeRejected(f"An account for {address} already exists.")

    name = organisation_name.strip()
    if not name or not full_name.strip():
        raise AccountChangeRejected("Give the organisation's name and the admin's full name.")

    letterhead = letterhead or LetterheadDetails()
    organisation_email = (
        check_email_address(letterhead.email, "organisation_email") if letterhead.email.strip() else ""
    )

    organisation = db.session.scalar(select(Organisation).where(Organisation.name == name))
    if organisation is None:
        organisation = Organisation(
            name=name,
            street_address=letterhead.street_address.strip(),
            postal_code=letterhead.postal_code.strip(),
            city=letterhead.city.strip(),
            email=organisation_email,
        )
        db.session.add(organisation)

    role = UserRole.NETWORK_ADMIN if network else UserRole.ADMIN
    user = User(
        organisation=organisation, email=address, full_name=full_name.strip(), job_title=job_title.strip(), role=role
    )
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    logger.info("created %s user %s in organisation %s", role.value, user.id, organisation.id)
    return user
