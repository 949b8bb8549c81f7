"""Extra non-working days that a government declares outside the public-holiday calendar."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utc_now

if TYPE_CHECKING:
    from .jurisdiction import Jurisdiction
    from .organisation import User


class NonWorkingDay(db.Model):  # type: ignore[name-defined,misc]
    """A day that authorities of one jurisdiction do not work, by a government decision.

    The deadline engine skips it like a public holiday. It is a legal fact of
    the jurisdiction, so it belongs to no organisation.
    """

    __tablename__ = "non_working_day"
    __table_args__ = (UniqueConstraint("jurisdiction_code", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_code: Mapped[str] = mapped_column(ForeignKey("jurisdiction.code"))
    day: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)  # shown in every deadline explanation that skips the day
    source: Mapped[str] = mapped_column(Text, default="")  # gazette reference or URL of the decision
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    jurisdiction: Mapped["Jurisdiction"] = relationship()
    created_by: Mapped["User | None"] = relationship()
