"""Audit log: an AuditEntry for every created, changed or deleted row of case or request data.

One session listener pair does the work for every audited model, so no
service can forget it. ``before_flush`` reads the attribute history of
changed and deleted rows (the history is only complete before the flush
writes it) and rejects any change to an existing AuditEntry. ``after_flush``
writes the entries, because new rows get their ids only during the flush.
The entries go through the flush's own connection, so they are committed or
rolled back together with the change they describe.

Entries hold field values, which can describe victims. They are shown only
to the organisation's admins and are never written to the Python logger.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from flask import Flask, g
from flask_login import current_user
from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.interfaces import MANYTOONE

from ..errors import FoiTrackerError
from ..extensions import db
from ..models import (
    AuditAction,
    AuditEntry,
    Case,
    Document,
    Event,
    FoiRequest,
    RefusalGroundCitation,
    RequestBatch,
)

logger = logging.getLogger(__name__)

# The models that hold case or request data, with the entity name stored in the log.
AUDITED_ENTITIES: dict[type, str] = {
    FoiRequest: "foi_request",
    Case: "case",
    Event: "event",
    Document: "document",
    RefusalGroundCitation: "refusal_ground_citation",
    RequestBatch: "request_batch",
}

# Bookkeeping columns that change on every update and carry no information about the change itself.
UNLOGGED_FIELDS = frozenset({"id", "version", "updated_at"})

# Stored in place of a value that was erased on request.
ERASED_VALUE = "[erased]"

_PENDING_KEY = "audit_pending"
_MANUAL_KEY = "audit_recorded_manually"

_acting_user_id: ContextVar[int | None] = ContextVar("audit_acting_user_id", default=None)


class AuditLogIsAppendOnly(FoiTrackerError):
    """An existing audit entry was about to be changed or deleted."""


@dataclass
class _PendingEntry:
    target: Any
    action: AuditAction
    changes: dict[str, list[Any]]
    organisation_id: int | None = None  # known before the flush only for deleted rows


def set_acting_user(user_id: int | None) -> Token[int | None]:
    """Make ``user_id`` the author of the entries written from now on in this context."""
    return _acting_user_id.set(user_id)


def reset_acting_user(token: Token[int | None]) -> None:
    """Restore the author that was in force before ``set_acting_user`` returned ``token``."""
    _acting_user_id.reset(token)


@contextmanager
def acting_user(user_id: int | None) -> Iterator[None]:
    """Attribute the entries written inside the block to ``user_id`` (CLI commands, jobs)."""
    token = set_acting_user(user_id)
    try:
        yield
    finally:
        reset_acting_user(token)


@contextmanager
def recorded_manually(session: Session, target: Any) -> Iterator[None]:
    """Skip the automatic entry of ``target`` for flushes inside the block.

    The caller writes its own entry instead, as the erasure of a case does,
    so that the erased values never reach the log.
    """
    manual: set[int] = session.info.setdefault(_MANUAL_KEY, set())
    manual.add(id(target))
    try:
        yield
    finally:
        manual.discard(id(target))


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_value(item) for key, item in value.items()}
    if value is None or isinstance(value, bool | int | float | str):
        return value

    return str(value)


def _column_keys(target: Any) -> list[str]:
    return [attr.key for attr in inspect(target).mapper.column_attrs if attr.key not in UNLOGGED_FIELDS]


def _organisation_id(target: Any) -> int | None:
    if isinstance(target, Event | RefusalGroundCitation):
        return target.foi_request.organisation_id if target.foi_request else None

    return target.organisation_id  # type: ignore[no-any-return]


def _history_pair(history: Any) -> tuple[Any, Any]:
    before = history.deleted[0] if history.deleted else None
    after = history.added[0] if history.added else None
    return before, after


def _updated_fields(target: Any) -> dict[str, list[Any]]:
    """Return ``{field: [before, after]}`` for the columns changed since the row was loaded.

    A many-to-one relationship set to another row (``foi_request.case = case``)
    only writes its foreign key during the flush, so it is read from the
    relationship and logged under the foreign key's name.
    """
    state = inspect(target)
    changes: dict[str, list[Any]] = {}

    for relationship in state.mapper.relationships:
        if relationship.direction is not MANYTOONE or len(relationship.local_columns) != 1:
            continue
        history = state.attrs[relationship.key].history
        if not history.has_changes():
            continue
        before, after = _history_pair(history)
        column = next(iter(relationship.local_columns))
        key = state.mapper.get_property_by_column(column).key
        changes[key] = [_json_value(getattr(before, "id", None)), _json_value(getattr(after, "id", None))]

    for key in _column_keys(target):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        before, after = (_json_value(value) for value in _history_pair(history))
        if before != after:
            changes[key] = [before, after]

    return {key: pair for key, pair in changes.items() if pair[0] != pair[1]}


def _all_fields(target: Any, deleted: bool) -> dict[str, list[Any]]:
    values = {key: _json_value(getattr(target, key)) for key in _column_keys(target)}
    if deleted:
        return {key: [value, None] for key, value in values.items()}

    return {key: [None, value] for key, value in values.items()}


def _reject_audit_changes(session: Session) -> None:
    for target in session.deleted:
        if isinstance(target, AuditEntry):
            raise AuditLogIsAppendOnly(f"Audit entry {target.id} cannot be deleted: the audit log is append-only.")

    for target in session.dirty:
        if isinstance(target, AuditEntry) and session.is_modified(target):
            raise AuditLogIsAppendOnly(f"Audit entry {target.id} cannot be changed: the audit log is append-only.")


def _collect_changes(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    _reject_audit_changes(session)
    manual: set[int] = session.info.get(_MANUAL_KEY, set())
    pending: list[_PendingEntry] = session.info.setdefault(_PENDING_KEY, [])

    for target in session.new:
        if type(target) in AUDITED_ENTITIES and id(target) not in manual:
            pending.append(_PendingEntry(target, AuditAction.CREATE, {}))

    for target in session.dirty:
        if type(target) not in AUDITED_ENTITIES or id(target) in manual:
            continue
        changes = _updated_fields(target)
        if changes:
            pending.append(_PendingEntry(target, AuditAction.UPDATE, changes))

    for target in session.deleted:
        if type(target) in AUDITED_ENTITIES and id(target) not in manual:
            entry = _PendingEntry(target, AuditAction.DELETE, _all_fields(target, deleted=True))
            entry.organisation_id = _organisation_id(target)
            pending.append(entry)


def _write_entries(session: Session, flush_context: UOWTransaction) -> None:
    pending: list[_PendingEntry] = session.info.pop(_PENDING_KEY, [])
    if not pending:
        return

    user_id = _acting_user_id.get()
    rows = []
    for entry in pending:
        target = entry.target
        if entry.action is AuditAction.CREATE:
            entry.changes = _all_fields(target, deleted=False)
        organisation_id = entry.organisation_id or _organisation_id(target)
        if organisation_id is None:
            # Every audited row belongs to an organisation, so this branch is not
            # expected: such a row would fail its own NOT NULL constraint in this flush.
            logger.warning("audit: no organisation for %s %s", AUDITED_ENTITIES[type(target)], target.id)
            continue
        rows.append(
            {
                "organisation_id": organisation_id,
                "user_id": user_id,
                "entity": AUDITED_ENTITIES[type(target)],
                "entity_id": target.id,
                "action": entry.action,
                "changes": entry.changes,
            }
        )

    if rows:
        session.connection().execute(AuditEntry.__table__.insert(), rows)


def _discard_pending(session: Session, *args: Any) -> None:
    session.info.pop(_PENDING_KEY, None)


def _reject_bulk_statements(orm_execute_state: ORMExecuteState) -> None:
    if not (orm_execute_state.is_update or orm_execute_state.is_delete):
        return

    if any(mapper.class_ is AuditEntry for mapper in orm_execute_state.all_mappers):
        raise AuditLogIsAppendOnly("Audit entries cannot be updated or deleted: the audit log is append-only.")


def _reject_row_change(mapper: Any, connection: Any, target: AuditEntry) -> None:
    raise AuditLogIsAppendOnly(f"Audit entry {target.id} cannot be changed: the audit log is append-only.")


def install_listeners() -> None:
    """Attach the audit listeners to every session and to AuditEntry, once per process."""
    if event.contains(Session, "before_flush", _collect_changes):
        return

    event.listen(Session, "before_flush", _collect_changes)
    event.listen(Session, "after_flush", _write_entries)
    event.listen(Session, "after_rollback", _discard_pending)
    event.listen(Session, "do_orm_execute", _reject_bulk_statements)
    event.listen(AuditEntry, "before_update", _reject_row_change)
    event.listen(AuditEntry, "before_delete", _reject_row_change)


def init_app(app: Flask) -> None:
    """Install the listeners and make the signed-in user the author of each request's entries."""
    install_listeners()

    @app.before_request
    def remember_acting_user() -> None:
        user_id = current_user.id if current_user.is_authenticated else None
        g.audit_token = set_acting_user(user_id)

    @app.teardown_request
    def forget_acting_user(error: BaseException | None) -> None:
        token = g.pop("audit_token", None)
        if token is not None:
            reset_acting_user(token)


def record_entry(
    organisation_id: int, entity: str, entity_id: int, action: AuditAction, changes: dict[str, list[Any]]
) -> AuditEntry:
    """Add an entry written by a service itself, attributed to the acting user. The caller commits."""
    entry = AuditEntry(
        organisation_id=organisation_id,
        user_id=_acting_user_id.get(),
        entity=entity,
        entity_id=entity_id,
        action=action,
        changes=changes,
    )
    db.session.add(entry)
    return entry


def redact_history(entity: str, entity_id: int, fields: frozenset[str]) -> int:
    """Replace the logged values of ``fields`` with ERASED_VALUE in the entity's earlier entries.

    This is the one change the log allows: erasing a case must not leave its
    victim data readable in the audit page. The entries keep their action,
    author, time and field names. Return the number of entries rewritten.
    The statements go to the table directly, past the ORM guards.
    """
    table = AuditEntry.__table__
    rows = db.session.execute(
        select(table.c.id, table.c.changes).where(table.c.entity == entity, table.c.entity_id == entity_id)
    ).all()

    rewritten = 0
    for entry_id, changes in rows:
        redacted = dict(changes)
        for key in fields & changes.keys():
            redacted[key] = [value if value in (None, "") else ERASED_VALUE for value in changes[key]]
        if redacted != changes:
            db.session.execute(update(table).where(table.c.id == entry_id).values(changes=redacted))
            rewritten += 1

    return rewritten
