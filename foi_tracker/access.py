"""Access rules: the rows a signed-in user may see and the views a role may use.

Every view fetches requests and documents through these functions, so the
organisation scope is written once: a user sees their own organisation's rows,
nothing else. Every view that changes state names the roles it lets through
with ``require_roles``, so auditors and advocates can read but never change.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from flask import abort
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy import Select, select

from .extensions import db
from .models import Case, Document, FoiRequest, RequestBatch, User, UserRole

View = Callable[..., ResponseReturnValue]

# A network admin is an admin of its own organisation with one extra right:
# inviting the admins of other organisations.
ACCOUNT_ADMIN_ROLES = frozenset({UserRole.ADMIN, UserRole.NETWORK_ADMIN})

# Advocates and auditors read requests; only these roles draft and change them.
REQUEST_EDITOR_ROLES = frozenset({UserRole.LEGAL_OFFICER, *ACCOUNT_ADMIN_ROLES})


def require_roles(*roles: UserRole) -> Callable[[View], View]:
    """Make a view sign-in only and answer 403 to a signed-in user whose role is not in ``roles``."""
    allowed = frozenset(roles)

    def decorate(view: View) -> View:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> ResponseReturnValue:
            if current_user.role not in allowed:
                abort(403)

            return view(*args, **kwargs)

        # login_required runs first, so an anonymous visitor goes to the sign-in page, not to 403.
        return cast(View, login_required(guarded))

    return decorate


def can_change_requests(user: User) -> bool:
    """Return whether ``user`` may draft requests and record their steps."""
    return user.role in REQUEST_EDITOR_ROLES


def scoped_requests(user: User) -> Select[tuple[FoiRequest]]:
    """Return a query over the requests of the user's organisation."""
    return select(FoiRequest).where(FoiRequest.organisation_id == user.organisation_id)


def get_request_or_404(foi_request_id: int, user: User) -> FoiRequest:
    """Return the request if it belongs to the user's organisation, else abort with 404."""
    foi_request = db.session.scalar(scoped_requests(user).where(FoiRequest.id == foi_request_id))
    if foi_request is None:
        abort(404)

    return foi_request


def scoped_batches(user: User) -> Select[tuple[RequestBatch]]:
    """Return a query over the request batches of the user's organisation."""
    return select(RequestBatch).where(RequestBatch.organisation_id == user.organisation_id)


def get_batch_or_404(batch_id: int, user: User) -> RequestBatch:
    """Return the batch if it belongs to the user's organisation, else abort with 404."""
    batch = db.session.scalar(scoped_batches(user).where(RequestBatch.id == batch_id))
    if batch is None:
        abort(404)

    return batch


def get_document_or_404(document_id: int, user: User) -> Document:
    """Return the document if it belongs to the user's organisation, else abort with 404."""
    document = db.session.scalar(
        select(Document).where(
            Document.id == document_id, Document.organisation_id == user.organisation_id
        )
    )
    if document is None:
        abort(404)

    return document


# Members of any organisation with these roles read what other organisations
# share with the network: agencies, dates, states, outcomes and shared documents.
NETWORK_READER_ROLES = frozenset({UserRole.AUDITOR, UserRole.NETWORK_ADMIN})


def scoped_cases(user: User) -> Select[tuple[Case]]:
    """Return a query over the cases of the user's organisation."""
    return select(Case).where(Case.organisation_id == user.organisation_id)


def get_case_or_404(case_id: int, user: User) -> Case:
    """Return the case if it belongs to the user's organisation, else abort with 404."""
    case = db.session.scalar(scoped_cases(user).where(Case.id == case_id))
    if case is None:
        abort(404)

    return case


def network_requests() -> Select[tuple[FoiRequest]]:
    """Return a query over the requests that their organisations share with the network."""
    return select(FoiRequest).where(FoiRequest.shared_with_network.is_(True))


def get_network_document_or_404(document_id: int) -> Document:
    """Return the document if it and its request are shared with the network, else abort with 404."""
    document = db.session.scalar(
        select(Document)
        .join(FoiRequest, Document.foi_request_id == FoiRequest.id)
        .where(
            Document.id == document_id,
            Document.shared_with_network.is_(True),
            FoiRequest.shared_with_network.is_(True),
        )
    )
    if document is None:
        abort(404)

    return document
