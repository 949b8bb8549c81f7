"""Letter templates uploaded by admins, and the record of every letter generated."""

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..letters.kinds import LetterKind
from .base import stored_enum, utc_now

if TYPE_CHECKING:
    from .foi_request import FoiRequest
    from .organisation import User


class LetterTemplateVersion(db.Model):  # type: ignore[name-defined,misc]
    """One uploaded .docx template of a letter kind in one language of one jurisdiction.

    Versions are numbered from 1 per jurisdiction, kind and language. At most
    one version of each is active (a partial unique index enforces it), and the
    active one replaces the built-in template in letter_templates/. Like the
    legal references, a template belongs to no organisation: it serves every
    organisation of the installation.
    """

    __tablename__ = "letter_template_version"
    __table_args__ = (
        UniqueConstraint(
            "jurisdiction_code", "kind", "language", "version", name="uq_letter_template_version_number"
        ),
        Index(
            "uq_letter_template_version_active",
            "jurisdiction_code",
            "kind",
            "language",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_code: Mapped[str] = mapped_column(ForeignKey("jurisdiction.code"))
    kind: Mapped[LetterKind] = mapped_column(stored_enum(LetterKind))
    language: Mapped[str] = mapped_column(String(35))  # BCP 47 tag, e.g. "sr-Latn"
    version: Mapped[int]
    stored_name: Mapped[str] = mapped_column(String(64), unique=True)  # random file name in the template store
    sha256: Mapped[str] = mapped_column(String(64))
    original_filename: Mapped[str] = mapped_column(String(255))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    uploaded_at: Mapped[datetime] = mapped_column(default=utc_now)
    active: Mapped[bool] = mapped_column(default=False, server_default=false())

    uploaded_by: Mapped["User | None"] = relationship()


class GeneratedLetter(db.Model):  # type: ignore[name-defined,misc]
    """A letter generated for a request, with the template version that produced it."""

    __tablename__ = "generated_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    foi_request_id: Mapped[int] = mapped_column(ForeignKey("foi_request.id"), index=True)
    kind: Mapped[LetterKind] = mapped_column(stored_enum(LetterKind))
    language: Mapped[str] = mapped_column(String(35))
    template_version_label: Mapped[str] = mapped_column(String(80))  # e.g. "version 2" or "built-in 3f9a0c12b4de"
    template_sha256: Mapped[str] = mapped_column(String(64))
    generated_at: Mapped[datetime] = mapped_column(default=utc_now)
    generated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    foi_request: Mapped["FoiRequest"] = relationship(back_populates="generated_letters")
    generated_by: Mapped["User | None"] = relationship()
