"""Uploaded files: replies, scans. Stored outside static/ under generated names."""

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utc_now

if TYPE_CHECKING:
    from .event import Event
    from .foi_request import FoiRequest


class Document(db.Model):  # type: ignore[name-defined,misc]
    """A file kept in the upload store and served only to its organisation."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    foi_request_id: Mapped[int] = mapped_column(ForeignKey("foi_request.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))
    original_filename: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(64), unique=True)
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(default=utc_now)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # Visible to the network only while its request is shared too.
    shared_with_network: Mapped[bool] = mapped_column(default=False, server_default=false())

    foi_request: Mapped["FoiRequest"] = relationship(back_populates="documents")
    event: Mapped["Event | None"] = relationship(back_populates="documents")
