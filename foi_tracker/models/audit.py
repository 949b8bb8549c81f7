"""Append-only log of every change to rows that hold case or request data."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import stored_enum, utc_now
from .enums import AuditAction


class AuditEntry(db.Model):  # type: ignore[name-defined,misc]
    """One created, changed, deleted or erased row, with the values before and after.

    ``changes`` maps each field to ``[before, after]`` in JSON form. Rows are
    written by services.audit. The session rejects any update or delete of
    them, with the single exception of services.audit.redact_history().
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_organisation_id_at", "organisation_id", "at"),
        Index("ix_audit_entry_entity_entity_id", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))  # None for CLI and jobs
    entity: Mapped[str] = mapped_column(String(40))  # "foi_request", "case", "event", "document", ...
    entity_id: Mapped[int]
    action: Mapped[AuditAction] = mapped_column(stored_enum(AuditAction))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(default=utc_now)
