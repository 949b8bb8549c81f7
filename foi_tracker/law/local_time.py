"""Local dates of UTC timestamps in a jurisdiction's time zone."""

from datetime import date, datetime
from zoneinfo import ZoneInfo


def local_date_of(moment: datetime, timezone: str) -> date:
    """Return the calendar date of ``moment`` in the IANA zone ``timezone``.

    Legal periods run on the jurisdiction's local dates: an e-mail delivered at
    22:30 UTC on 30 June is received on 1 July in Zagreb (UTC+2 in summer).
    Raises ValueError for a naive ``moment``, whose zone cannot be known.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"moment must be timezone-aware (UTC), got naive {moment.isoformat()}")

    return moment.astimezone(ZoneInfo(timezone)).date()
