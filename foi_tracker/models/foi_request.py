"""A freedom-of-information request and the dates that run its legal clock."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import stored_enum, utc_now
from .enums import DeliveryForm, DeliveryMethod, RequestState

if TYPE_CHECKING:
    from .batch import RequestBatch
    from .case import Case
    from .document import Document
    from .event import Event
    from .jurisdiction import Agency
    from .letter_template import GeneratedLetter
    from .organisation import Organisation, User
    from .refusal import RefusalGroundCitation


class FoiRequest(db.Model):  # type: ignore[name-defined,misc]
    """One request to one authority.

    ``state`` is changed only by services.requests.transition(), which writes
    an Event for every change. ``due_on`` is computed by the deadline engine
    when the request is sent (or an extension is notified) and stored, so a
    later edit of legal_refs/ never moves a deadline silently.

    ``version`` is SQLAlchemy's version counter: an UPDATE that finds another
    version than the one loaded raises StaleDataError instead of overwriting.
    """

    __tablename__ = "foi_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("request_batch.id"), index=True)

    title: Mapped[str] = mapped_column(String(200))
    items: Mapped[list[str]] = mapped_column(JSON)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    delivery_method: Mapped[DeliveryMethod] = mapped_column(stored_enum(DeliveryMethod))
    preferred_form: Mapped[DeliveryForm] = mapped_column(stored_enum(DeliveryForm))
    agency_reference: Mapped[str] = mapped_column(String(120), default="")

    state: Mapped[RequestState] = mapped_column(
        stored_enum(RequestState), default=RequestState.DRAFT, index=True
    )
    sent_on: Mapped[date | None]
    received_on: Mapped[date | None]  # receipt by the authority: the clock starts here
    due_on: Mapped[date | None] = mapped_column(index=True)
    original_due_on: Mapped[date | None]  # the reply due date before any extension
    law_version_from: Mapped[date | None]  # in_force_from of the law version applied
    extension_notified_on: Mapped[date | None]
    replied_on: Mapped[date | None]
    closed_on: Mapped[date | None]

    # Members of other organisations with the auditor or network admin role
    # see the request's agency, dates, state and outcome, never its case,
    # title, items or notes. Changed only by services.requests.set_request_sharing().
    shared_with_network: Mapped[bool] = mapped_column(default=False, server_default=false())
    version: Mapped[int] = mapped_column(server_default=text("1"))

    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    organisation: Mapped["Organisation"] = relationship(back_populates="foi_requests")
    created_by: Mapped["User | None"] = relationship()
    agency: Mapped["Agency"] = relationship(back_populates="foi_requests")
    case: Mapped["Case | None"] = relationship(back_populates="foi_requests")
    batch: Mapped["RequestBatch | None"] = relationship(back_populates="foi_requests")
    events: Mapped[list["Event"]] = relationship(
        back_populates="foi_request", order_by="Event.id", cascade="all, delete-orphan"
    )
    documents: Mapped[list["Document"]] = relationship(
        back_populates="foi_request", order_by="Document.id", cascade="all, delete-orphan"
    )
    refusal_grounds: Mapped[list["RefusalGroundCitation"]] = relationship(
        back_populates="foi_request", order_by="RefusalGroundCitation.id", cascade="all, delete-orphan"
    )
    generated_letters: Mapped[list["GeneratedLetter"]] = relationship(
        back_populates="foi_request", order_by="GeneratedLetter.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads this mapping once)
