"""Grounds an authority gave for refusing access, one row per ground per reply."""

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..law.grounds import RefusalGround
from .base import stored_enum

if TYPE_CHECKING:
    from .event import Event
    from .foi_request import FoiRequest


class RefusalGroundCitation(db.Model):  # type: ignore[name-defined,misc]
    """A ground cited in a refusal or partial refusal, coded so the audit can count it."""

    __tablename__ = "refusal_ground_citation"
    __table_args__ = (UniqueConstraint("event_id", "ground"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    foi_request_id: Mapped[int] = mapped_column(ForeignKey("foi_request.id"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    ground: Mapped[RefusalGround] = mapped_column(stored_enum(RefusalGround), index=True)
    article: Mapped[str] = mapped_column(String(120), default="")  # as the law version cites it

    foi_request: Mapped["FoiRequest"] = relationship(back_populates="refusal_grounds")
    event: Mapped["Event"] = relationship(back_populates="refusal_grounds")
