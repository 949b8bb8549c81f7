"""Working days of a jurisdiction: weekends, public holidays and extra closed days."""

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
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

# Values of SkippedDay.source, apart from the public-holiday source that names its calendar.
SOURCE_WEEKEND = "weekend"
SOURCE_DECLARED = "declared non-working day"

# Country, subdivision, non-working weekdays and extra days with their reasons. The
# extra days are a frozenset, so two calendars with equal extra days share one index.
CalendarKey = tuple[str, str | None, frozenset[int], frozenset[tuple[date, str]]]


@dataclass(frozen=True)
class SkippedDay:
    """Non-working day that a deadline passed over, with the reason it is not a working day."""

    skipped_on: date
    reason: str  # "Saturday", "Sunday", a holiday's name, or an extra day's reason
    # "weekend", "public holiday, holidays package HR" or "declared non-working day".
    # Left out of == and hash, so a SkippedDay built with only a date and a reason
    # equals the one the calendar returns.
    source: str = field(default="", compare=False)


def describe_holiday_source(country: str, subdivision: str | None) -> str:
    """Return the SkippedDay.source of a public holiday of ``country`` and ``subdivision``."""
    region = country if subdivision is None else f"{country}/{subdivision}"
    return f"public holiday, holidays package {region}"


@lru_cache(maxsize=512)
def holidays_in_year(country: str, subdivision: str | None, year: int) -> Mapping[date, str]:
    """Return the public holidays of one year from the `holidays` package, with English names.

    Cached per (country, subdivision, year) because list pages compute thousands of
    deadlines and building a year's holidays is far slower than a lookup.
    """
    table = holidays.country_holidays(country, subdiv=subdivision, years=year, language=HOLIDAY_LANGUAGE)

    return MappingProxyType({day: name for day, name in table.items() if day.year == year})


@dataclass(frozen=True)
class YearIndex:
    """Working and non-working days of one calendar year, as date ordinals in ascending order."""

    working: tuple[int, ...]
    non_working: tuple[int, ...]
    skipped: tuple[SkippedDay, ...]  # one entry for each ordinal in ``non_working``, in the same order
    skipped_by_ordinal: Mapping[int, SkippedDay]


class WorkingDayIndex:
    """Working days of one calendar, built one year at a time on first use and then kept.

    The years never change once built: holidays come from the installed `holidays`
    package, and a change to the extra days makes a new key and so a new index.
    """

    def __init__(self, key: CalendarKey) -> None:
        self.key = key
        self._extra_by_ordinal = {day.toordinal(): reason for day, reason in key[3]}
        self._years: dict[int, YearIndex] = {}

    def year(self, year: int) -> YearIndex:
        """Return the index of ``year``, building it on the first request."""
        index = self._years.get(year)
        if index is None:
            index = self._build_year(year)
            # Two threads may build the same year at once. Both build equal indexes,
            # so the last assignment wins without harm.
            self._years[year] = index

        return index

    def _build_year(self, year: int) -> YearIndex:
        country, subdivision, weekdays, _ = self.key
        holiday_names = holidays_in_year(country, subdivision, year)
        holiday_source = describe_holiday_source(country, subdivision)

        working: list[int] = []
        skipped: list[SkippedDay] = []
        for ordinal in range(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1):
            day = date.fromordinal(ordinal)

            # An extra day's reason wins over a holiday's name, and a holiday's name
            # wins over the weekday name, so a holiday on a Saturday shows its name.
            extra_reason = self._extra_by_ordinal.get(ordinal)
            holiday_name = holiday_names.get(day)
            if extra_reason is not None:
                skipped.append(SkippedDay(day, extra_reason, SOURCE_DECLARED))
            elif holiday_name is not None:
                skipped.append(SkippedDay(day, holiday_name, holiday_source))
            elif day.weekday() in weekdays:
                skipped.append(SkippedDay(day, WEEKDAY_NAMES[day.weekday()], SOURCE_WEEKEND))
            else:
                working.append(ordinal)

        return YearIndex(
            working=tuple(working),
            non_working=tuple(day.skipped_on.toordinal() for day in skipped),
            skipped=tuple(skipped),
            skipped_by_ordinal=MappingProxyType({day.skipped_on.toordinal(): day for day in skipped}),
        )


@lru_cache(maxsize=64)
def working_day_index(key: CalendarKey) -> WorkingDayIndex:
    """Return the shared index of the calendar that ``key`` describes.

    Each set of extra days that an administrator declares makes a new key, so only
    the 64 most recently used indexes are kept.
    """
    return WorkingDayIndex(key)


class WorkingCalendar:
    """Days on which an authority of one jurisdiction works.

    A day is not a working day if it is one of the jurisdiction's non-working
    weekdays, a public holiday of its `holidays` calendar, or an extra closed day
    that an administrator recorded. Lookups use a shared index of working days per
    year, so each is a binary search, not a walk over the days.
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
        # NOTE: the index is chosen here, so changing the attributes above after
        # construction does not change the results. Build a new calendar instead.
        self.index = working_day_index(
            (
                holidays_country,
                holidays_subdivision,
                frozenset(non_working_weekdays),
                frozenset(self.extra_non_working.items()),
            )
        )

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
        skipped = self.index.year(day.year).skipped_by_ordinal.get(day.toordinal())

        return None if skipped is None else skipped.reason

    def is_working_day(self, day: date) -> bool:
        """Return whether the authority works on ``day``."""
        return day.toordinal() not in self.index.year(day.year).skipped_by_ordinal

    def first_working_day_from(self, day: date) -> date:
        """Return ``day`` if it is a working day, else the next working day after it.

        Raises NoWorkingDayError when none of the 366 days from ``day`` is a working day.
        """
        ordinal = day.toordinal()
        working = self.index.year(day.year).working
        position = bisect_left(working, ordinal)
        if position < len(working):
            found: int | None = working[position]
        else:
            # The 366 days from ``day`` end in the next year at the latest.
            next_year = self.index.year(day.year + 1).working
            found = next_year[0] if next_year else None

        if found is None or found - ordinal >= MAX_SEARCH_DAYS:
            raise self._no_working_day_error(day)

        return day if found == ordinal else date.fromordinal(found)

    def add_working_days(self, start: date, count: int) -> date:
        """Return the ``count``-th working day after ``start``, which itself never counts.

        ``count`` must be zero or more, and zero returns ``start`` unchanged. Raises
        NoWorkingDayError when more than 366 days in a row on the way are not working days.
        """
        if count < 0:
            raise ValueError(f"count must be zero or more, got {count}")

        if count == 0:
            return start

        # The last working day counted so far, or the start before the first one.
        counted_to = start.toordinal()
        year = start.year
        working = self.index.year(year).working
        position = bisect_right(working, counted_to)
        remaining = count

        # Gaps between working days of one year are at most 365 days, so only the
        # gap to the first working day taken from each year needs the length check.
        while position + remaining > len(working):
            if position < len(working):
                self._check_gap(counted_to, working[position])
                remaining -= len(working) - position
                counted_to = working[-1]

            year += 1
            if date(year, 1, 1).toordinal() - counted_to > MAX_SEARCH_DAYS:
                raise self._no_working_day_error(date.fromordinal(counted_to + 1))

            working = self.index.year(year).working
            position = 0

        self._check_gap(counted_to, working[position])

        return date.fromordinal(working[position + remaining - 1])

    def non_working_days(self, first: date, last: date) -> tuple[SkippedDay, ...]:
        """List the non-working days from ``first`` to ``last``, both included, with reasons."""
        first_ordinal = first.toordinal()
        last_ordinal = last.toordinal()

        skipped: tuple[SkippedDay, ...] = ()
        for year in range(first.year, last.year + 1):
            index = self.index.year(year)
            low = bisect_left(index.non_working, first_ordinal)
            high = bisect_right(index.non_working, last_ordinal)
            skipped += index.skipped[low:high]

        return skipped

    def _check_gap(self, counted_to: int, next_working: int) -> None:
        if next_working - counted_to > MAX_SEARCH_DAYS:
            raise self._no_working_day_error(date.fromordinal(counted_to + 1))

    def _no_working_day_error(self, day: date) -> NoWorkingDayError:
        return NoWorkingDayError(
            f"No working day in the {MAX_SEARCH_DAYS} days from {day.isoformat()} in the "
            f"{self.holidays_country} calendar; check the extra non-working days."
        )
