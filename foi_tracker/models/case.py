"""The trafficking or corruption case a request is about. Pseudonymised only."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import stored_enum, utc_now
from .enums import CaseType


class Case(db.Model):  # type: ignore[name-defined,misc]
    """A case known by its internal reference.

    There is no field for a victim's name or identity number on purpose:
    victims are described only by an age band, gender, citizenship and the
    form of exploitation.
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
