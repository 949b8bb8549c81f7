"""Read and validate legal_refs YAML files.

Every fact is checked when the file is read, so a typing mistake in a lawyer's edit
stops the application at start-up with the file, the field path and the reason,
never later inside a deadline computation. The schema is described in
legal_refs/README.md.
"""

import re
from collections.abc import Mapping
from importlib.metadata import version as package_version
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
import yaml

from foi_tracker.law.errors import LegalRefsError
from foi_tracker.law.periods import CountedFrom, Notice, Period, PeriodName, PeriodUnit
from foi_tracker.law.refs import (
    WEEKDAY_NUMBERS,
    AppealBody,
    ArticleRef,
    CountingRule,
    JurisdictionRefs,
    LawVersion,
)
from foi_tracker.law.refs_fields import FieldReader, describe

CODE_PATTERN = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class _UniqueKeyLoader(yaml.SafeLoader):
    """Safe loader that rejects a key repeated in one mapping.

    PyYAML keeps the last value of a repeated key without a warning, which would
    hide a period pasted twice with different lengths.
    """


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[object, object]:
    seen: set[object] = set()
    for key_node, _value_node in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)

    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping
)


def load_legal_refs(directory: Path) -> dict[str, JurisdictionRefs]:
    """Read and validate every ``*.yaml`` file in ``directory``.

    Returns the jurisdictions keyed by code. Raises LegalRefsError on the first
    invalid field, naming the file and the field path.
    """
    if not directory.is_dir():
        raise LegalRefsError(str(directory), "(directory)", "directory not found")

    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise LegalRefsError(str(directory), "(directory)", "no *.yaml files found")

    jurisdictions: dict[str, JurisdictionRefs] = {}
    for path in files:
        refs = load_jurisdiction_file(path)
        jurisdictions[refs.code] = refs

    return jurisdictions


def load_jurisdiction_file(path: Path) -> JurisdictionRefs:
    """Read and validate one jurisdiction file, whose stem must equal its ``code``."""
    file_name = path.name
    try:
        # _UniqueKeyLoader subclasses SafeLoader, so it builds no arbitrary objects.
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506
    except yaml.YAMLError as error:
        raise LegalRefsError(file_name, "(file)", f"invalid YAML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise LegalRefsError(file_name, "(file)", f"cannot be read: {error}") from error

    return _FileReader(file_name).jurisdiction(document, expected_code=path.stem)


class _FileReader(FieldReader):
    """Validating reader for the structure of one jurisdiction file."""

    def jurisdiction(self, document: object, expected_code: str) -> JurisdictionRefs:
        fields = self.mapping(
            document,
            "(top level)",
            {"code", "name", "language", "timezone", "calendar", "appeal_body", "versions"},
        )

        code = self.text(fields["code"], "code")
        if not CODE_PATTERN.match(code):
            self.fail("code", f"must be an ISO 3166 code such as HR or BA-SRP, got {code!r}")

        if code != expected_code:
            self.fail("code", f"must match the file name {expected_code!r}, got {code!r}")

        name = self.mapping(fields["name"], "name", {"en", "local"})
        language = self.text(fields["language"], "language")
        if not LANGUAGE_PATTERN.match(language):
            self.fail("language", f"must be a BCP 47 tag such as hr or sr-Latn, got {language!r}")

        timezone = self.text(fields["timezone"], "timezone")
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            self.fail("timezone", f"unknown IANA time zone {timezone!r}, expected e.g. Europe/Zagreb")

        calendar = self.mapping(
            fields["calendar"],
            "calendar",
            {"holidays_country", "holidays_subdivision", "non_working_weekdays", "confirmed", "sources"},
            frozenset({"note"}),
        )
        country, subdivision = self.holiday_calendar(calendar)
        calendar_confirmed, calendar_note = self.confirmation(calendar, "calendar")

        return JurisdictionRefs(
            code=code,
            name_en=self.text(name["en"], "name.en"),
            name_local=self.text(name["local"], "name.local"),
            language=language,
            timezone=timezone,
            holidays_country=country,
            holidays_subdivision=subdivision,
            non_working_weekdays=self.weekdays(calendar["non_working_weekdays"]),
            calendar_confirmed=calendar_confirmed,
            calendar_note=calendar_note,
            calendar_sources=self.sources(calendar["sources"], "calendar.sources"),
            appeal_body=self.appeal_body(fields["appeal_body"]),
            versions=self.versions(fields["versions"]),
            file_name=self.file_name,
        )

    def holiday_calendar(self, calendar: Mapping[str, object]) -> tuple[str, str | None]:
        supported = holidays.list_supported_countries()
        country = self.text(calendar["holidays_country"], "calendar.holidays_country")
        if country not in supported:
            self.fail(
                "calendar.holidays_country",
                f"country {country!r} is not supported by the holidays package "
                f"(version {package_version('holidays')}); use an ISO 3166-1 alpha-2 code",
            )

        subdivision = self.optional_text(calendar["holidays_subdivision"], "calendar.holidays_subdivision")
        if subdivision is not None and subdivision not in supported[country]:
            accepted = ", ".join(supported[country]) or "none"
            self.fail(
                "calendar.holidays_subdivision",
                f"subdivision {subdivision!r} is not defined for {country}; accepted values: {accepted}",
            )

        return country, subdivision

    def weekdays(self, value: object) -> frozenset[int]:
        path = "calendar.non_working_weekdays"
        if not isinstance(value, list):
            self.fail(path, f"must be a list of weekday names, got {describe(value)}")

        numbers: set[int] = set()
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in WEEKDAY_NUMBERS:
                accepted = ", ".join(WEEKDAY_NUMBERS)
                self.fail(f"{path}[{index}]", f"must be one of {accepted}, got {describe(item)}")

            numbers.add(WEEKDAY_NUMBERS[item])

        if len(numbers) == len(WEEKDAY_NUMBERS):
            self.fail(path, "at least one weekday must be a working day")

        return frozenset(numbers)

    def appeal_body(self, value: object) -> AppealBody:
        fields = self.mapping(
            value,
            "appeal_body",
            {"name_local", "name_en", "address", "confirmed", "sources"},
            frozenset({"note"}),
        )
        confirmed, note = self.confirmation(fields, "appeal_body")
        address = self.optional_text(fields["address"], "appeal_body.address")
        if address is None and note is None:
            self.fail("appeal_body.note", "required when address is null: say where to find the address")

        return AppealBody(
            name_local=self.text(fields["name_local"], "appeal_body.name_local"),
            name_en=self.text(fields["name_en"], "appeal_body.name_en"),
            address=address,
            confirmed=confirmed,
            note=note,
            sources=self.sources(fields["sources"], "appeal_body.sources"),
        )

    def versions(self, value: object) -> tuple[LawVersion, ...]:
        if not isinstance(value, list) or not value:
            self.fail("versions", "must be a non-empty list of law versions")

        versions = tuple(self.version(item, index) for index, item in enumerate(value))
        for earlier, later in pairwise(versions):
            if later.in_force_from <= earlier.in_force_from:
                self.fail(
                    f"versions[{later.index}].in_force_from",
                    f"versions must be in ascending order of in_force_from; "
                    f"{later.in_force_from.isoformat()} is not after {earlier.in_force_from.isoformat()}",
                )

        return versions

    def version(self, value: object, index: int) -> LawVersion:
        path = f"versions[{index}]"
        fields = self.mapping(
            value,
            path,
            {"in_force_from", "law", "counting", "articles", "periods"},
            frozenset({"note", "omitted_periods"}),
        )
        law = self.mapping(fields["law"], f"{path}.law", {"title_local", "title_en", "citation", "sources"})
        periods = self.periods(fields["periods"], f"{path}.periods")
        omitted = self.omitted_periods(fields.get("omitted_periods", {}), f"{path}.omitted_periods")

        for name in omitted:
            if name in {period_name.value for period_name in periods}:
                self.fail(f"{path}.omitted_periods.{name}", "period is both defined and omitted")

        return LawVersion(
            in_force_from=self.day(fields["in_force_from"], f"{path}.in_force_from"),
            law_title_local=self.text(law["title_local"], f"{path}.law.title_local"),
            law_title_en=self.text(law["title_en"], f"{path}.law.title_en"),
            law_citation=self.text(law["citation"], f"{path}.law.citation"),
            law_sources=self.sources(law["sources"], f"{path}.law.sources"),
            counting=self.counting(fields["counting"], f"{path}.counting"),
            articles=self.articles(fields["articles"], f"{path}.articles"),
            periods=periods,
            omitted_periods=MappingProxyType(omitted),
            note=self.optional_text(fields.get("note"), f"{path}.note"),
            index=index,
        )

    def counting(self, value: object, path: str) -> CountingRule:
        fields = self.mapping(
            value,
            path,
            {"act", "article", "day_after_event", "rolls_to_working_day", "confirmed", "sources"},
            frozenset({"note"}),
        )
        confirmed, note = self.confirmation(fields, path)

        return CountingRule(
            act=self.text(fields["act"], f"{path}.act"),
            article=self.optional_text(fields["article"], f"{path}.article"),
            day_after_event=self.flag(fields["day_after_event"], f"{path}.day_after_event"),
            rolls_to_working_day=self.flag(fields["rolls_to_working_day"], f"{path}.rolls_to_working_day"),
            confirmed=confirmed,
            note=note,
            sources=self.sources(fields["sources"], f"{path}.sources"),
        )

    def articles(self, value: object, path: str) -> Mapping[str, ArticleRef]:
        if not isinstance(value, dict):
            self.fail(path, f"must be a mapping of article keys, got {describe(value)}")

        articles: dict[str, ArticleRef] = {}
        for key, item in value.items():
            item_path = f"{path}.{key}"
            if not isinstance(key, str) or not KEY_PATTERN.match(key):
                self.fail(item_path, "article keys must be lower-case snake_case words")

            fields = self.mapping(item, item_path, {"article", "confirmed", "sources"}, frozenset({"note"}))
            confirmed, note = self.confirmation(fields, item_path)
            articles[key] = ArticleRef(
                key=key,
                article=self.optional_text(fields["article"], f"{item_path}.article"),
                confirmed=confirmed,
                note=note,
                sources=self.sources(fields["sources"], f"{item_path}.sources"),
            )

        return MappingProxyType(articles)

    def periods(self, value: object, path: str) -> Mapping[PeriodName, Period]:
        if not isinstance(value, dict):
            self.fail(path, f"must be a mapping of period names, got {describe(value)}")

        periods: dict[PeriodName, Period] = {}
        for key, item in value.items():
            name = self.member(PeriodName, key, f"{path}.{key}")
            periods[name] = self.period(name, item, f"{path}.{key}")

        extension = periods.get(PeriodName.EXTENSION)
        needs_reply = extension is not None and extension.counted_from is CountedFrom.ORIGINAL_DUE
        if needs_reply and PeriodName.REPLY not in periods:
            self.fail(f"{path}.extension.counted_from", "original_due needs a reply period in the same version")

        return MappingProxyType(periods)

    def period(self, name: PeriodName, value: object, path: str) -> Period:
        fields = self.mapping(
            value,
            path,
            {"length", "unit", "counted_from", "article", "confirmed", "sources"},
            frozenset({"note", "notice"}),
        )
        confirmed, note = self.confirmation(fields, path)
        counted_from = self.member(CountedFrom, fields["counted_from"], f"{path}.counted_from")
        if name is PeriodName.REPLY and counted_from is CountedFrom.ORIGINAL_DUE:
            self.fail(f"{path}.counted_from", "the reply period cannot be counted from its own due date")

        notice = None
        if fields.get("notice") is not None:
            notice = self.notice(fields["notice"], f"{path}.notice")

        return Period(
            name=name,
            length=self.positive_int(fields["length"], f"{path}.length"),
            unit=self.member(PeriodUnit, fields["unit"], f"{path}.unit"),
            counted_from=counted_from,
            article=self.optional_text(fields["article"], f"{path}.article"),
            confirmed=confirmed,
            note=note,
            sources=self.sources(fields["sources"], f"{path}.sources"),
            notice=notice,
        )

    def notice(self, value: object, path: str) -> Notice:
        fields = self.mapping(
            value,
            path,
            {"within_days", "counted_from", "article", "confirmed", "sources"},
            frozenset({"note"}),
        )
        confirmed, note = self.confirmation(fields, path)

        return Notice(
            within_days=self.positive_int(fields["within_days"], f"{path}.within_days"),
            counted_from=self.member(CountedFrom, fields["counted_from"], f"{path}.counted_from"),
            article=self.optional_text(fields["article"], f"{path}.article"),
            confirmed=confirmed,
            note=note,
            sources=self.sources(fields["sources"], f"{path}.sources"),
        )

    def omitted_periods(self, value: object, path: str) -> dict[str, str]:
        if not isinstance(value, dict):
            self.fail(path, f"must map a period name to the reason it is omitted, got {describe(value)}")

        omitted: dict[str, str] = {}
        for key, reason in value.items():
            if not isinstance(key, str) or not KEY_PATTERN.match(key):
                self.fail(f"{path}.{key}", "period names must be lower-case snake_case words")

            omitted[key] = self.text(reason, f"{path}.{key}")

        return omitted
