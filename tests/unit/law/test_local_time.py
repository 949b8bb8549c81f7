"""local_date_of: the legal date of a UTC timestamp in the jurisdiction's zone."""

from datetime import UTC, date, datetime

import pytest

from foi_tracker.law import local_date_of


@pytest.mark.parametrize(
    ("moment", "timezone", "expected"),
    [
        # Delivered 00:30 on 1 July in Zagreb (UTC+2 in summer), still 30 June in UTC.
        (datetime(2026, 6, 30, 22, 30, tzinfo=UTC), "Europe/Zagreb", date(2026, 7, 1)),
        (datetime(2026, 6, 30, 21, 59, tzinfo=UTC), "Europe/Zagreb", date(2026, 6, 30)),
        # UTC+1 in winter.
        (datetime(2026, 1, 31, 23, 30, tzinfo=UTC), "Europe/Belgrade", date(2026, 2, 1)),
        (datetime(2026, 1, 31, 22, 59, tzinfo=UTC), "Europe/Sarajevo", date(2026, 1, 31)),
        # Night of the switch to summer time, 29 Mar 2026 at 01:00 UTC.
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), "Europe/Zagreb", date(2026, 3, 29)),
    ],
)
def test_local_date_of_delivery(moment: datetime, timezone: str, expected: date) -> None:
    assert local_date_of(moment, timezone) == expected


def test_local_date_of_rejects_naive() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        local_date_of(datetime(2026, 6, 30, 22, 30), "Europe/Zagreb")
