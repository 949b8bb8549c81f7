"""Legal references of one jurisdiction, as read from its legal_refs YAML file."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from foi_tracker.law.errors import LegalRefsError, PeriodNotDefinedError, UnknownJurisdictionError
from foi_tracker.law.grounds import RefusalGroundRef
from foi_tracker.law.periods import Period, PeriodName

WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


@dataclass(frozen=True)
class ArticleRef:
    """Article of the law that is cited in letters or on screens but is not a period."""

    key: str
    article: str | None
    confirmed: bool
    note: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CountingRule:
    """Rule of the administrative procedure act for counting periods in days."""

    act: str
    article: str | None
    day_after_event: bool  # the day of the event is day 0, so counting starts the next day
    rolls_to_working_day: bool  # a last day that is not a working day moves to the next one
    confirmed: bool
    note: str | None
    sources: tuple[str, ...]
    # Neither the first nor the last day counts ("clear days"), so an N-day period
    # ends on day N + 1 (Romania: Methodological Norms of Law 544/2001, Art. 16).
    last_day_excluded: bool = False


@dataclass(frozen=True)
class LetterLanguage:
    """Language and script in which letters to the jurisdiction's authorities may be written."""

    language: str  # BCP 47 tag, e.g. sr-Latn
    script: str  # ISO 15924 code: Latn or Cyrl
    default: bool


@dataclass(frozen=True)
class AppealBody:
    """Second-instance body that decides appeals against the authority."""

    name_local: str
    name_en: str
    address: str | None
    confirmed: bool
    note: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class LawVersion:
    """Text of the access-to-information law in force from one date until the next version."""

    in_force_from: date
    law_title_local: str
    law_title_en: str
    law_citation: str
    law_gazette: str  # official gazette issues that published the text
    law_sources: tuple[str, ...]
    counting: CountingRule
    articles: Mapping[str, ArticleRef]
    periods: Mapping[PeriodName, Period]
    omitted_periods: Mapping[PeriodName, str]  # why the file does not define a period
    refusal_grounds: tuple[RefusalGroundRef, ...]
    refusal_grounds_note: str | None  # required when refusal_grounds is empty
    note: str | None
    index: int  # position in the file's `versions` list, for error messages

    @property
    def sources(self) -> tuple[str, ...]:
        """Sources of the law text and of the counting rule, without duplicates."""
        return tuple(dict.fromkeys(self.law_sources + self.counting.sources))


@dataclass(frozen=True)
class JurisdictionRefs:
    """Everything the deadline engine and the letters need to know about one jurisdiction."""

    code: str
    aliases: tuple[str, ...]  # other codes that data files use, e.g. ISO 3166-2 BA-BIH
    name_en: str
    name_local: str
    letters: tuple[LetterLanguage, ...]  # exactly one is the default
    timezone: str  # IANA zone in which legal dates are taken
    holidays_country: str  # country code of the `holidays` package
    holidays_subdivision: str | None
    non_working_weekdays: frozenset[int]  # date.weekday() numbers, Monday = 0
    calendar_confirmed: bool
    calendar_note: str | None
    calendar_sources: tuple[str, ...]
    appeal_body: AppealBody
    versions: tuple[LawVersion, ...]  # ordered by in_force_from
    file_name: str

    @property
    def language(self) -> str:
        """BCP 47 tag of the default letter language."""
        return self.default_letter.language

    @property
    def default_letter(self) -> LetterLanguage:
        """Language and script used for letters unless the user picks another."""
        return next(letter for letter in self.letters if letter.default)

    @property
    def codes(self) -> tuple[str, ...]:
        """The jurisdiction's code followed by its aliases."""
        return (self.code, *self.aliases)

    def has_code(self, code_or_alias: str) -> bool:
        """Return whether ``code_or_alias`` names this jurisdiction, ignoring case."""
        target = code_or_alias.strip().casefold()
        return any(code.casefold() == target for code in self.codes)

    def version_on(self, day: date) -> LawVersion:
        """Return the law version in force on ``day``.

        Raises LegalRefsError when ``day`` is earlier than the first version in the file.
        """
        in_force = [version for version in self.versions if version.in_force_from <= day]
        if not in_force:
            first = self.versions[0].in_force_from.isoformat()
            raise LegalRefsError(
                self.file_name,
                "versions",
                f"no law version in force on {day.isoformat()}; the earliest version is in force from {first}",
            )

        return in_force[-1]

    def period_on(self, period_name: PeriodName, day: date) -> tuple[LawVersion, Period]:
        """Return the law version in force on ``day`` and its definition of ``period_name``.

        Raises PeriodNotDefinedError when that version does not define the period. The
        message repeats the file's note on why it is missing, if there is one.
        """
        version = self.version_on(day)
        period = version.periods.get(period_name)
        if period is None:
            field_path = f"versions[{version.index}].periods.{period_name.value}"
            reason = version.omitted_periods.get(period_name, "not defined in this law version")
            raise PeriodNotDefinedError(self.file_name, field_path, reason)

        return version, period

    def period_names_on(self, day: date) -> tuple[PeriodName, ...]:
        """Return the names of the periods that the version in force on ``day`` defines."""
        return tuple(self.version_on(day).periods)


def find_refs(all_refs: Mapping[str, JurisdictionRefs], code_or_alias: str) -> JurisdictionRefs:
    """Return the jurisdiction whose code or alias is ``code_or_alias``, ignoring case.

    Raises UnknownJurisdictionError, whose message lists the accepted codes.
    """
    for refs in all_refs.values():
        if refs.has_code(code_or_alias):
            return refs

    accepted = sorted(code for refs in all_refs.values() for code in refs.codes)
    raise UnknownJurisdictionError(code_or_alias, tuple(accepted))
