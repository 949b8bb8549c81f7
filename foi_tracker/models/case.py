"""The trafficking or corruption case a request is about. Pseudonymised only."""

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import stored_enum, utc_now
from .enums import CaseType

if TYPE_CHECKING:
    from .foi_request import FoiRequest


class Case(db.Model):  # type: ignore[name-defined,misc]
    """A case known by its internal reference.

    There is no field for a victim's name or identity number on purpose:
    victims are described only by an age band, gender, citizenship and the
    form of exploitation.

    ``version`` is SQLAlchemy's version counter: an UPDATE that finds another
    version than the one loaded raises StaleDataError instead of overwriting.
    """

    __tablename__ = "case_file"
    __table_args__ = (UniqueConstraint("organisation_id", "reference"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    reference: Mapped[str] = mapped_column(String(60))
    case_type: Mapped[CaseType] = mapped_column(stored_enum(CaseType))
    region: Mapped[str] = mapped_column(String(120), default="")
    court_file_number: Mapped[str] = mapped_column(String(120), default="")
    prosecution_file_number: Mapped[str] = mapped_column(String(120), default="")
    victim_age_band: Mapped[str] = mapped_column(String(20), default="")
    victim_gender: Mapped[str] = mapped_column(String(20), default="")
    victim_citizenship: Mapped[str] = mapped_column(String(60), default="")
    exploitation_form: Mapped[str] = mapped_column(String(120), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    version: Mapped[int] = mapped_column(server_default=text("1"))

    foi_requests: Mapped[list["FoiRequest"]] = relationship(back_populates="case", order_by="FoiRequest.id")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads this mapping once)
