"""Working days of a jurisdiction: weekends, public holidays and extra closed days."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

from foi_tracker.law.errors import NoWorkingDayError
from foi_tracker.law.refs import JurisdictionRefs

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# No real authority is closed for a whole year, so a longer search means the calendar
# data is wrong, not that the deadline is far away.
MAX_SEARCH_DAYS = 366

# Holiday names appear in explanations, which are in English.
HOLIDAY_LANGUAGE = "en_US"


@dataclass(frozen=True)
class SkippedDay:
    """Non-working day that a deadline passed over, with the reason it is not a working day."""

    skipped_on: date
    reason: str  # "Saturday", "Sunday", a holiday's name, or an extra day's reason


@lru_cache(maxsize=512)
def holidays_in_year(country: str, subdivision: str | None, year: int) -> Mapping[date, str]:
    """Return the public holidays of one year from the `holidays` package, with English names.

    Cached per (country, subdivision, year) because list pages compute thousands of
    deadlines and building a year's holidays is far slower than a lookup.
    """
    table = holidays.country_holidays(country, subdiv=subdivision, years=year, language=HOLIDAY_LANGUAGE)

    return MappingProxyType({day: name for day, name in table.items() if day.year == year})


class WorkingCalendar:
    """Days on which an authority of one jurisdiction works.

    A day is not a working day if it is one of the jurisdiction's non-working
    weekdays, a public holiday of its `holidays` calendar, or an extra closed day
    that an administrator recorded.
    """

    def __init__(
        self,
        holidays_country: str,
        holidays_subdivision: str | None,
        non_working_weekdays: frozenset[int],
        extra_non_working: Mapping[date, str] | None = None,
    ) -> None:
        self.holidays_country = holidays_country
        self.holidays_subdivision = holidays_subdivision
        self.non_working_weekdays = non_working_weekdays
        self.extra_non_working: Mapping[date, str] = MappingProxyType(dict(extra_non_working or {}))

    @classmethod
    def for_jurisdiction(
        cls, refs: JurisdictionRefs, extra_non_working: Mapping[date, str] | None = None
    ) -> "WorkingCalendar":
        """Build the calendar of ``refs``, plus extra closed days mapped to their reason."""
        return cls(
            refs.holidays_country,
            refs.holidays_subdivision,
            refs.non_working_weekdays,
            extra_non_working,
        )

    def non_working_reason(self, day: date) -> str | None:
        """Return why ``day`` is not a working day, or None if it is one.

        An extra day's reason wins over a holiday's name, and a holiday's name wins
        over the weekday name, so a holiday on a Saturday is reported by its name.
        """
        extra_reason = self.extra_non_working.get(day)
        if extra_reason is not None:
            return extra_reason

        holiday_name = holidays_in_year(self.holidays_country, self.holidays_subdivision, day.year).get(day)
        if holiday_name is not None:
            return holiday_name

        if day.weekday() in self.non_working_weekdays:
            return WEEKDAY_NAMES[day.weekday()]

        return None

    def is_working_day(self, day: date) -> bool:
        """Return whether the authority works on ``day``."""
        return self.non_working_reason(day) is None

    def first_working_day_from(self, day: date) -> date:
        """Return ``day`` if it is a working day, else the next working day after it."""
        candidate = day
        for _ in range(MAX_SEARCH_DAYS):
            if self.is_working_day(candidate):
                return candidate

            candidate += timedelta(days=1)

        raise NoWorkingDayError(
            f"No working day in the {MAX_SEARCH_DAYS} days from {day.isoformat()} in the "
            f"{self.holidays_country} calendar; check the extra non-working days."
        )

    def add_working_days(self, start: date, count: int) -> date:
        """Return the ``count``-th working day after ``start``, which itself never counts.

        ``count`` must be zero or more, and zero returns ``start`` unchanged.
        """
        if count < 0:
            raise ValueError(f"count must be zero or more, got {count}")

        day = start
        for _ in range(count):
            day = self.first_working_day_from(day + timedelta(days=1))

        return day

    def non_working_days(self, first: date, last: date) -> tuple[SkippedDay, ...]:
        """List the non-working days from ``first`` to ``last``, both included, with reasons."""
        skipped: list[SkippedDay] = []
        day = first
        while day <= last:
            reason = self.non_working_reason(day)
            if reason is not None:
                skipped.append(SkippedDay(day, reason))

            day += timedelta(days=1)

        return tuple(skipped)
