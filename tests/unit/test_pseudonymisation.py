"""The personal-data heuristic: names, OIB, JMBG and passport numbers in free text."""

import pytest

from foi_tracker.pseudonymisation import (
    FindingKind,
    find_personal_data,
    find_personal_data_in_fields,
    fingerprint_findings,
    is_valid_jmbg,
    is_valid_oib,
)


def found(text: str) -> list[tuple[FindingKind, str]]:
    return [(finding.kind, finding.text) for finding in find_personal_data(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Žrtva Ana Kovač prijavila je poslodavca.", [(FindingKind.NAME, "Ana Kovač")]),
        ("Svjedok Đuro Šimunić-Čačić", [(FindingKind.NAME, "Đuro Šimunić-Čačić")]),
        ("Оштећена Јована Петровић из Ниша", [(FindingKind.NAME, "Јована Петровић")]),
        ("Sud Ivan Horvat", [(FindingKind.NAME, "Ivan Horvat")]),
        ("Ivan Horvat, Ana Kovač", [(FindingKind.NAME, "Ivan Horvat"), (FindingKind.NAME, "Ana Kovač")]),
    ],
)
def test_names_are_flagged(text: str, expected: list[tuple[FindingKind, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ministarstvo unutarnjih poslova",
        "Vrhovni Sud Republike Hrvatske",
        "Policijska Uprava",
        "Zakon o pravu na pristup informacijama",
        "Министарство правде Републике Србије",
        "Broj kaznenih prijava u 2025.",
        "ana kovač",  # lower case is not recognised: a known gap of the heuristic
        "Ana",
        "Ana\nKovač",  # a line break ends a name: each item of a request is its own line
        "MUP USKOK DORH",
    ],
)
def test_institutions_and_single_words_pass(text: str) -> None:
    assert found(text) == []


def test_finding_positions_index_text() -> None:
    text = "Prema izjavi Ana Kovač"

    finding = find_personal_data(text)[0]

    assert text[finding.start : finding.end] == "Ana Kovač"


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        # MOD 11,10 by hand for ten zeros: the remainder runs 9 7 3 6 1 2 4 8 5 10, so the check digit is 11 - 10 = 1.
        ("00000000001", True),
        ("00000000002", False),
        # 6943515153: the remainder ends at 1, so the check digit is 11 - 1 = 10, written 0.
        ("69435151530", True),
        ("69435151531", False),
        ("6943515153", False),
        ("6943515153a", False),
    ],
)
def test_oib_check_digit(digits: str, valid: bool) -> None:
    assert is_valid_oib(digits) is valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        # 01.01.1990, region 71, serial 000: 7*0 + 6*(1+7) + 5*(0+1) + 4*(1+0) + 3*(9+0) + 2*(9+0) = 102,
        # 102 mod 11 = 3, so the check digit is 11 - 3 = 8.
        ("0101990710008", True),
        ("0101990710007", False),
        ("3102990710008", False),  # 31 February is no birth date
        ("010199071000", False),
    ],
)
def test_jmbg_check_digit(digits: str, valid: bool) -> None:
    assert is_valid_jmbg(digits) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OIB 69435151530", [(FindingKind.OIB, "69435151530")]),
        ("OIB 69435151531", []),
        ("JMBG: 0101990710008", [(FindingKind.JMBG, "0101990710008")]),
        ("račun 123456789012345", []),
        ("putovnica br. 123456789", [(FindingKind.PASSPORT, "123456789")]),
        ("пасош 012345678", [(FindingKind.PASSPORT, "012345678")]),
        ("passport BA1234567", [(FindingKind.PASSPORT, "BA1234567")]),
        ("predmet K-123/2024 i KO-DO-34/2025", []),
        ("IBAN HR1210010051863000160", []),
    ],
)
def test_identity_numbers_are_flagged(text: str, expected: list[tuple[FindingKind, str]]) -> None:
    assert found(text) == expected


def test_fields_without_findings_are_left_out() -> None:
    findings = find_personal_data_in_fields({"title": "Prijave 2025.", "summary": "Ana Kovač"})

    assert list(findings) == ["summary"]


def test_fingerprint_changes_with_findings() -> None:
    first = fingerprint_findings(find_personal_data_in_fields({"summary": "Ana Kovač"}))
    same = fingerprint_findings(find_personal_data_in_fields({"summary": "Ana Kovač je svjedokinja."}))
    other = fingerprint_findings(find_personal_data_in_fields({"summary": "Ivan Horvat"}))

    assert first == same
    assert first != other
