"""Read and validate legal_refs YAML files.

Every fact is checked when the file is read, so a typing mistake in a lawyer's edit
stops the application at start-up with the file, the field path and the reason,
never later inside a deadline computation. The schema is described in
legal_refs/README.md.
"""

import re
from collections.abc import Iterable, Mapping
from importlib.metadata import version as package_version
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
import yaml

from foi_tracker.law.errors import LegalRefsError
from foi_tracker.law.refs import WEEKDAY_NUMBERS, AppealBody, JurisdictionRefs, LetterLanguage
from foi_tracker.law.refs_fields import describe
from foi_tracker.law.refs_versions import VersionReader

# ISO 3166-1 alpha-2 code, optionally followed by an entity part in its usual letter
# case (BA-SRP, BA-FBiH).
CODE_PATTERN = re.compile(r"^[A-Z]{2}(-[A-Za-z0-9]{1,4})?$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
SCRIPT_SUBTAG = re.compile(r"^[A-Z][a-z]{3}$")
SCRIPTS = ("Latn", "Cyrl")


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

    check_codes_unique(jurisdictions.values())
    return jurisdictions


def check_codes_unique(all_refs: Iterable[JurisdictionRefs]) -> None:
    """Raise LegalRefsError when a code or alias names two files, ignoring case.

    Data files refer to jurisdictions by code or alias, so each must lead to one file.
    Codes are registered first, so an alias that repeats a code is reported at the alias.
    """
    refs_list = list(all_refs)
    owners: dict[str, str] = {}  # casefolded code or alias -> "the code of X.yaml" or "an alias in X.yaml"
    for refs in refs_list:
        owner = owners.get(refs.code.casefold())
        if owner is not None:
            raise LegalRefsError(refs.file_name, "code", f"{refs.code!r} differs only in case from {owner}")

        owners[refs.code.casefold()] = f"the code of {refs.file_name}"

    for refs in refs_list:
        for index, alias in enumerate(refs.aliases):
            owner = owners.get(alias.casefold())
            if owner is not None:
                raise LegalRefsError(
                    refs.file_name,
                    f"aliases[{index}]",
                    f"{alias!r} is already {owner}; a code or alias must name one jurisdiction only",
                )

            owners[alias.casefold()] = f"an alias in {refs.file_name}"


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


class _FileReader(VersionReader):
    """Validating reader for the structure of one jurisdiction file."""

    def jurisdiction(self, document: object, expected_code: str) -> JurisdictionRefs:
        fields = self.mapping(
            document,
            "(top level)",
            {"code", "name", "letters", "timezone", "calendar", "appeal_body", "versions"},
            frozenset({"aliases"}),
        )

        code = self.text(fields["code"], "code")
        if not CODE_PATTERN.match(code):
            self.fail("code", f"must be an ISO 3166 code such as HR, BA-SRP or BA-FBiH, got {code!r}")

        if code != expected_code:
            self.fail("code", f"must match the file name {expected_code!r}, got {code!r}")

        name = self.mapping(fields["name"], "name", {"en", "local"})
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
            aliases=self.aliases(fields.get("aliases", []), code),
            name_en=self.text(name["en"], "name.en"),
            name_local=self.text(name["local"], "name.local"),
            letters=self.letters(fields["letters"]),
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

    def aliases(self, value: object, code: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail("aliases", f"must be a list of codes, got {describe(value)}")

        aliases: list[str] = []
        for index, item in enumerate(value):
            path = f"aliases[{index}]"
            alias = self.text(item, path)
            if not CODE_PATTERN.match(alias):
                self.fail(path, f"must be a code such as BA-BIH (ISO 3166-2), got {alias!r}")

            if alias.casefold() in {known.casefold() for known in (code, *aliases)}:
                self.fail(path, f"{alias!r} repeats the code or another alias of this file")

            aliases.append(alias)

        return tuple(aliases)

    def letters(self, value: object) -> tuple[LetterLanguage, ...]:
        if not isinstance(value, list) or not value:
            self.fail("letters", "must be a non-empty list of {language, script, default} entries")

        letters: list[LetterLanguage] = []
        for index, item in enumerate(value):
            path = f"letters[{index}]"
            fields = self.mapping(item, path, {"language", "script", "default"})
            language = self.text(fields["language"], f"{path}.language")
            if not LANGUAGE_PATTERN.match(language):
                self.fail(f"{path}.language", f"must be a BCP 47 tag such as hr or sr-Latn, got {language!r}")

            script = self.text(fields["script"], f"{path}.script")
            if script not in SCRIPTS:
                self.fail(f"{path}.script", f"must be one of {', '.join(SCRIPTS)}, got {script!r}")

            tag_scripts = [part for part in language.split("-")[1:] if SCRIPT_SUBTAG.match(part)]
            if tag_scripts and tag_scripts[0] != script:
                self.fail(f"{path}.script", f"must match the script subtag of {language!r}, got {script!r}")

            letter = LetterLanguage(language, script, self.flag(fields["default"], f"{path}.default"))
            if any((known.language, known.script) == (language, script) for known in letters):
                self.fail(path, f"repeats language {language!r} in script {script!r}")

            letters.append(letter)

        defaults = sum(letter.default for letter in letters)
        if defaults != 1:
            self.fail("letters", f"exactly one entry must have default: true, got {defaults}")

        return tuple(letters)

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
