"""Jurisdictions (loaded from legal_refs/) and the public authorities in them."""

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import stored_enum, utc_now
from .enums import AgencyType

if TYPE_CHECKING:
    from .foi_request import FoiRequest


class Jurisdiction(db.Model):  # type: ignore[name-defined,misc]
    """A country or sub-national entity with its own FOI law.

    The legal facts live in legal_refs/. This row mirrors the names so that
    agencies and requests can refer to a jurisdiction by key.
    """

    __tablename__ = "jurisdiction"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_local: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(16))
    timezone: Mapped[str] = mapped_column(String(64))
    law_title_local: Mapped[str] = mapped_column(Text)
    law_title_en: Mapped[str] = mapped_column(Text)

    agencies: Mapped[list["Agency"]] = relationship(back_populates="jurisdiction")


class Agency(db.Model):  # type: ignore[name-defined,misc]
    """A public authority that receives requests.

    Deduplicated on the normalised name within a jurisdiction.
    """

    __tablename__ = "agency"
    __table_args__ = (UniqueConstraint("jurisdiction_code", "normalized_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_code: Mapped[str] = mapped_column(ForeignKey("jurisdiction.code"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    normalized_name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    agency_type: Mapped[AgencyType] = mapped_column(stored_enum(AgencyType), default=AgencyType.OTHER)
    parent_name: Mapped[str] = mapped_column(String(300), default="")
    street_address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    jurisdiction: Mapped[Jurisdiction] = relationship(back_populates="agencies")
    foi_requests: Mapped[list["FoiRequest"]] = relationship(back_populates="agency")
