"""Column helpers shared by the models."""

from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa


def stored_enum(enum_class: type[StrEnum]) -> sa.Enum:
    """Store members by value in a VARCHAR, so adding a member needs no ALTER TYPE."""
    return sa.Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [member.value for member in members],
    )


def utc_now() -> datetime:
    """Return the current time in UTC, the zone of every stored timestamp."""
    return datetime.now(UTC)
