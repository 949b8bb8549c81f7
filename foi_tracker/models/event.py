"""Timeline of a request: one row per state change or recorded step."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import stored_enum, utc_now
from .enums import EventKind, RequestState

if TYPE_CHECKING:
    from .document import Document
    from .foi_request import FoiRequest
    from .organisation import User
    from .refusal import RefusalGroundCitation


class Event(db.Model):  # type: ignore[name-defined,misc]
    """A dated step in a request's life, with its author and legal date."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    foi_request_id: Mapped[int] = mapped_column(ForeignKey("foi_request.id"), index=True)
    kind: Mapped[EventKind] = mapped_column(stored_enum(EventKind))
    legal_on: Mapped[date]  # local date in the jurisdiction, where legal clocks start
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    from_state: Mapped[RequestState | None] = mapped_column(stored_enum(RequestState))
    to_state: Mapped[RequestState] = mapped_column(stored_enum(RequestState))
    due_on: Mapped[date | None]  # the due date in force after this step, if one runs
    note: Mapped[str] = mapped_column(Text, default="")

    foi_request: Mapped["FoiRequest"] = relationship(back_populates="events")
    author: Mapped["User | None"] = relationship()
    documents: Mapped[list["Document"]] = relationship(back_populates="event")
    refusal_grounds: Mapped[list["RefusalGroundCitation"]] = relationship(
        back_populates="event", order_by="RefusalGroundCitation.id"
    )
