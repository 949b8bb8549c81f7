"""The audit log of the organisation, for its admins only."""

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from ..access import ACCOUNT_ADMIN_ROLES, require_roles
from ..extensions import db
from ..models import AuditEntry, User
from ..services.audit import AUDITED_ENTITIES

bp = Blueprint("audit", __name__, url_prefix="/audit")

ENTRIES_PER_PAGE = 50
ENTITY_NAMES = sorted(AUDITED_ENTITIES.values())


@bp.get("/")
@require_roles(*ACCOUNT_ADMIN_ROLES)
def list_entries() -> ResponseReturnValue:
    """List the organisation's audit entries, newest first, optionally of one kind of entity."""
    entity = request.args.get("entity", "")
    query = (
        select(AuditEntry)
        .where(AuditEntry.organisation_id == current_user.organisation_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    if entity in ENTITY_NAMES:
        query = query.where(AuditEntry.entity == entity)
    else:
        entity = ""

    page = db.paginate(query, per_page=ENTRIES_PER_PAGE, error_out=False)
    user_ids = {entry.user_id for entry in page.items if entry.user_id is not None}
    users = {user.id: user for user in db.session.scalars(select(User).where(User.id.in_(user_ids)))}
    return render_template(
        "audit/list.html", page=page, users=users, entity=entity, entity_names=ENTITY_NAMES
    )
