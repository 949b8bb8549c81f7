"""load_legal_refs: the repository's files load, and broken copies fail with a field path."""

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from foi_tracker.law import (
    FoiTrackerError,
    JurisdictionRefs,
    LegalRefsError,
    LetterLanguage,
    PeriodName,
    PeriodUnit,
    RefusalGround,
    load_legal_refs,
)

LEGAL_REFS_DIR = Path(__file__).resolve().parents[3] / "legal_refs"

Document = dict[str, Any]


def write_broken_copy(directory: Path, mutate: Callable[[Document], None], code: str = "HR") -> Path:
    """Copy ``code``.yaml into ``directory`` after applying ``mutate`` to its parsed content."""
    document = yaml.safe_load((LEGAL_REFS_DIR / f"{code}.yaml").read_text(encoding="utf-8"))
    mutate(document)
    (directory / f"{code}.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return directory


def reply_of(document: Document) -> Document:
    period: Document = document["versions"][0]["periods"]["reply"]
    return period


def test_repository_files_load(legal_refs: dict[str, JurisdictionRefs]) -> None:
    assert sorted(legal_refs) == [
        "AL", "BA", "BA-FBiH", "BA-RS", "BG", "HR", "MD", "ME", "MK", "RO", "RS", "SI", "XK",
    ]


def test_repository_files_cite_sources(legal_refs: dict[str, JurisdictionRefs]) -> None:
    for refs in legal_refs.values():
        for version in refs.versions:
            assert version.law_sources
            assert version.counting.sources
            assert all(period.sources for period in version.periods.values())


@pytest.mark.parametrize(
    ("code", "language", "timezone"),
    [
        ("HR", "hr", "Europe/Zagreb"),
        ("RS", "sr-Latn", "Europe/Belgrade"),
        ("BA", "bs", "Europe/Sarajevo"),
    ],
)
def test_repository_file_header(
    legal_refs: dict[str, JurisdictionRefs], code: str, language: str, timezone: str
) -> None:
    refs = legal_refs[code]

    assert refs.language == language
    assert refs.timezone == timezone
    assert refs.holidays_country == code


def test_croatian_law_title_keeps_diacritics(croatia: JurisdictionRefs) -> None:
    version = croatia.version_on(date(2026, 1, 1))

    assert version.law_title_local == "Zakon o pravu na pristup informacijama"
    assert version.counting.act.startswith("Zakon o općem upravnom postupku")


def test_serbian_periods_match_law(serbia: JurisdictionRefs) -> None:
    periods = serbia.version_on(date(2026, 1, 1)).periods

    assert periods[PeriodName.REPLY].length == 15
    assert periods[PeriodName.EXTENSION].length == 40
    assert periods[PeriodName.EXTENSION].article == "Art. 16(4)"
    assert periods[PeriodName.APPEAL_REFUSAL].unit is PeriodUnit.CALENDAR_DAYS


def test_bosnian_unknown_articles_are_null(bosnia: JurisdictionRefs) -> None:
    version = bosnia.version_on(date(2026, 1, 1))

    assert version.periods[PeriodName.REPLY].article is None
    assert version.periods[PeriodName.REPLY].confirmed is False
    assert version.counting.article is None
    assert sorted(version.omitted_periods) == [
        "appeal_decision",
        "appeal_refusal",
        "appeal_silence",
        "extension",
        "transfer",
        "urgent",
    ]


def _delete_reply_length(document: Document) -> None:
    del reply_of(document)["length"]


def _negative_length(document: Document) -> None:
    reply_of(document)["length"] = -15


def _unknown_unit(document: Document) -> None:
    reply_of(document)["unit"] = "business_days"


def _unknown_country(document: Document) -> None:
    document["calendar"]["holidays_country"] = "XX"


def _unknown_subdivision(document: Document) -> None:
    document["calendar"]["holidays_subdivision"] = "ZZ"


def _versions_out_of_order(document: Document) -> None:
    earlier = dict(document["versions"][0], in_force_from=date(2010, 1, 1))
    document["versions"].append(earlier)


def _missing_sources(document: Document) -> None:
    del reply_of(document)["sources"]


def _empty_sources(document: Document) -> None:
    reply_of(document)["sources"] = []


def _unconfirmed_without_note(document: Document) -> None:
    reply_of(document)["confirmed"] = False
    del reply_of(document)["note"]


def _null_article_without_note(document: Document) -> None:
    period = document["versions"][0]["periods"]["appeal_refusal"]
    period["article"] = None


def _misspelt_field(document: Document) -> None:
    reply_of(document)["lenght"] = reply_of(document).pop("length")


def _unknown_period(document: Document) -> None:
    document["versions"][0]["periods"]["court_review"] = dict(reply_of(document))


def _bad_timezone(document: Document) -> None:
    document["timezone"] = "Europe/Zagrebb"


def _bad_weekday(document: Document) -> None:
    document["calendar"]["non_working_weekdays"] = ["saturday", "sundy"]


def _wrong_code(document: Document) -> None:
    document["code"] = "RS"


def _bad_date(document: Document) -> None:
    document["versions"][0]["in_force_from"] = "2013-02-30"


def _boolean_length(document: Document) -> None:
    reply_of(document)["length"] = True


def grounds_of(document: Document) -> list[Document]:
    grounds: list[Document] = document["versions"][0]["refusal_grounds"]
    return grounds


def _unknown_ground(document: Document) -> None:
    grounds_of(document)[0]["code"] = "state_secret"


def _duplicate_ground(document: Document) -> None:
    grounds_of(document)[1]["code"] = grounds_of(document)[0]["code"]


def _empty_grounds_without_note(document: Document) -> None:
    document["versions"][0]["refusal_grounds"] = []


def _ground_without_sources(document: Document) -> None:
    del grounds_of(document)[2]["sources"]


def _two_default_letters(document: Document) -> None:
    document["letters"].append({"language": "sr-Latn", "script": "Latn", "default": True})


def _script_mismatch(document: Document) -> None:
    document["letters"] = [{"language": "sr-Cyrl", "script": "Latn", "default": True}]


def _old_language_field(document: Document) -> None:
    document["language"] = "hr"


def _alias_is_own_code(document: Document) -> None:
    document["aliases"] = ["HR"]


def _bad_alias(document: Document) -> None:
    document["aliases"] = ["Croatia"]


def _period_neither_defined_nor_omitted(document: Document) -> None:
    del document["versions"][0]["omitted_periods"]["urgent"]


def _hours_from_due_date(document: Document) -> None:
    period = document["versions"][0]["periods"]["extension"]
    period["unit"] = "hours"


def _missing_gazette(document: Document) -> None:
    del document["versions"][0]["law"]["gazette"]


def _clear_days_not_boolean(document: Document) -> None:
    document["versions"][0]["counting"]["last_day_excluded"] = "yes"


@pytest.mark.parametrize(
    ("mutate", "field_path", "reason"),
    [
        (_delete_reply_length, "versions[0].periods.reply.length", "missing"),
        (_negative_length, "versions[0].periods.reply.length", "positive"),
        (_boolean_length, "versions[0].periods.reply.length", "positive"),
        (_unknown_unit, "versions[0].periods.reply.unit", "calendar_days, working_days"),
        (_unknown_country, "calendar.holidays_country", "'XX'"),
        (_unknown_subdivision, "calendar.holidays_subdivision", "'ZZ'"),
        (_versions_out_of_order, "versions[1].in_force_from", "ascending"),
        (_missing_sources, "versions[0].periods.reply.sources", "missing"),
        (_empty_sources, "versions[0].periods.reply.sources", "non-empty"),
        (_unconfirmed_without_note, "versions[0].periods.reply.note", "confirmed is false"),
        (_null_article_without_note, "versions[0].periods.appeal_refusal.note", "article is null"),
        (_misspelt_field, "versions[0].periods.reply.lenght", "unknown field"),
        (_unknown_period, "versions[0].periods.court_review", "reply, extension, urgent, appeal_refusal"),
        (_bad_timezone, "timezone", "Europe/Zagrebb"),
        (_bad_weekday, "calendar.non_working_weekdays[1]", "sundy"),
        (_wrong_code, "code", "file name"),
        (_bad_date, "versions[0].in_force_from", "YYYY-MM-DD"),
        (_unknown_ground, "versions[0].refusal_grounds[0].code", "'state_secret'"),
        (_duplicate_ground, "versions[0].refusal_grounds[1].code", "duplicate ground"),
        (_empty_grounds_without_note, "versions[0].refusal_grounds_note", "refusal_grounds is empty"),
        (_ground_without_sources, "versions[0].refusal_grounds[2].sources", "missing"),
        (_two_default_letters, "letters", "exactly one"),
        (_script_mismatch, "letters[0].script", "sr-Cyrl"),
        (_old_language_field, "(top level).language", "unknown field"),
        (_alias_is_own_code, "aliases[0]", "repeats the code"),
        (_bad_alias, "aliases[0]", "'Croatia'"),
        (_period_neither_defined_nor_omitted, "versions[0].periods.urgent", "omitted_periods"),
        (_hours_from_due_date, "versions[0].periods.extension.counted_from", "hours"),
        (_missing_gazette, "versions[0].law.gazette", "missing"),
        (_clear_days_not_boolean, "versions[0].counting.last_day_excluded", "true or false"),
    ],
)
def test_broken_copy_names_field(
    tmp_path: Path, mutate: Callable[[Document], None], field_path: str, reason: str
) -> None:
    directory = write_broken_copy(tmp_path, mutate)

    with pytest.raises(LegalRefsError) as error:
        load_legal_refs(directory)

    assert error.value.file_name == "HR.yaml"
    assert error.value.field_path == field_path
    assert reason in error.value.reason
    assert str(error.value).startswith(f"HR.yaml: {field_path}: ")


def test_alias_equal_to_other_code_rejected(tmp_path: Path) -> None:
    shutil.copy(LEGAL_REFS_DIR / "RS.yaml", tmp_path / "RS.yaml")
    write_broken_copy(tmp_path, lambda document: document.update(aliases=["RS"]))

    with pytest.raises(LegalRefsError) as error:
        load_legal_refs(tmp_path)

    assert error.value.file_name == "HR.yaml"
    assert error.value.field_path == "aliases[0]"
    assert "already the code of RS.yaml" in error.value.reason


def test_alias_in_two_files_rejected(tmp_path: Path) -> None:
    write_broken_copy(tmp_path, lambda document: document.update(aliases=["HR-ZGb"]))
    write_broken_copy(tmp_path, lambda document: document.update(aliases=["HR-ZGB"]), code="RS")

    with pytest.raises(LegalRefsError) as error:
        load_legal_refs(tmp_path)

    assert error.value.file_name == "RS.yaml"
    assert "already an alias in HR.yaml" in error.value.reason


def test_aliases_and_letters_load(tmp_path: Path) -> None:
    def add_alias_and_script(document: Document) -> None:
        # RS.yaml lists Latin and Cyrillic; the copy keeps Latin only and adds Cyrillic back.
        document["aliases"] = ["RS-SRB"]
        document["letters"] = [
            {"language": "sr-Latn", "script": "Latn", "default": True},
            {"language": "sr-Cyrl", "script": "Cyrl", "default": False},
        ]

    refs = load_legal_refs(write_broken_copy(tmp_path, add_alias_and_script, code="RS"))["RS"]

    assert refs.aliases == ("RS-SRB",)
    assert refs.codes == ("RS", "RS-SRB")
    assert refs.letters == (LetterLanguage("sr-Latn", "Latn", True), LetterLanguage("sr-Cyrl", "Cyrl", False))
    assert refs.language == "sr-Latn"


def test_croatian_grounds_match_zppi(croatia: JurisdictionRefs) -> None:
    grounds = {ground.code: ground for ground in croatia.version_on(date(2026, 1, 1)).refusal_grounds}

    assert len(grounds) == 12
    assert grounds[RefusalGround.CRIMINAL_PROCEEDINGS].article == "Art. 15(1)"
    assert grounds[RefusalGround.CLASSIFIED_INFORMATION].article == "Art. 15(2) item 1"
    assert grounds[RefusalGround.RESTRICTED_BY_OTHER_LAW].article == "Art. 15(2) item 7"
    assert grounds[RefusalGround.INTELLECTUAL_PROPERTY].article == "Art. 15(3) item 3"
    assert grounds[RefusalGround.ABUSE_OF_RIGHT].article == "Art. 23(5) item 5"


def test_serbian_grounds_match_article_9(serbia: JurisdictionRefs) -> None:
    version = serbia.version_on(date(2026, 1, 1))
    articles = [ground.article for ground in version.refusal_grounds]

    assert articles == [f"Art. 9 item {item}" for item in range(1, 8)] + ["Art. 14"]
    assert all(ground.confirmed for ground in version.refusal_grounds)
    assert version.refusal_grounds_note is not None
    assert "105/2021" in version.refusal_grounds_note


def test_bosnian_grounds_empty_with_note(bosnia: JurisdictionRefs) -> None:
    for version in bosnia.versions:
        assert version.refusal_grounds == ()
        assert version.refusal_grounds_note


def test_every_version_accounts_for_periods(legal_refs: dict[str, JurisdictionRefs]) -> None:
    for refs in legal_refs.values():
        for version in refs.versions:
            assert set(version.periods) | set(version.omitted_periods) == set(PeriodName)


def test_duplicate_key_rejected(tmp_path: Path) -> None:
    text = (LEGAL_REFS_DIR / "HR.yaml").read_text(encoding="utf-8")
    (tmp_path / "HR.yaml").write_text(text.replace("timezone: Europe/Zagreb\n", "timezone: Europe/Zagreb\ntimezone: UTC\n"))

    with pytest.raises(LegalRefsError, match="duplicate key 'timezone'") as error:
        load_legal_refs(tmp_path)

    assert error.value.file_name == "HR.yaml"


def test_invalid_yaml_rejected(tmp_path: Path) -> None:
    (tmp_path / "HR.yaml").write_text("code: HR\nname: {en: Croatia\n", encoding="utf-8")

    with pytest.raises(LegalRefsError, match="invalid YAML"):
        load_legal_refs(tmp_path)


def test_missing_directory_rejected(tmp_path: Path) -> None:
    with pytest.raises(LegalRefsError, match="directory not found"):
        load_legal_refs(tmp_path / "absent")


def test_other_files_are_ignored(tmp_path: Path) -> None:
    shutil.copy(LEGAL_REFS_DIR / "RS.yaml", tmp_path / "RS.yaml")
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")

    assert sorted(load_legal_refs(tmp_path)) == ["RS"]


def test_legal_refs_error_is_domain_error() -> None:
    assert issubclass(LegalRefsError, FoiTrackerError)
