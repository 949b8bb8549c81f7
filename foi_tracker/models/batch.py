"""Batches: the same request sent to many authorities at once."""

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utc_now

if TYPE_CHECKING:
    from .foi_request import FoiRequest
    from .organisation import User


class RequestBatch(db.Model):  # type: ignore[name-defined,misc]
    """A group of requests created together, one per authority, with the same items.

    Each request of the batch is an ordinary request with its own timeline;
    the batch only groups them for the overview and the letter download.
    """

    __tablename__ = "request_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    created_by: Mapped["User | None"] = relationship()
    foi_requests: Mapped[list["FoiRequest"]] = relationship(back_populates="batch", order_by="FoiRequest.id")
