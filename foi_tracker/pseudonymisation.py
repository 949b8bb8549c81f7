"""Find what looks like personal data in free text, so a form can warn before saving it.

A heuristic, not a guarantee: it flags runs of capitalised words that look
like a personal name, and numbers that pass the check digit of a Croatian
OIB or a Yugoslav JMBG, or look like a passport number. It misses names
written in lower case and flags some place names ("Slavonski Brod"), so the
forms warn and let the user save anyway. Pure Python, no Flask.
"""

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class FindingKind(StrEnum):
    """Kind of personal data a finding looks like."""

    NAME = "name"
    OIB = "oib"
    JMBG = "jmbg"
    PASSPORT = "passport"


FINDING_LABELS = {
    FindingKind.NAME: "a personal name",
    FindingKind.OIB: "a Croatian personal identification number (OIB)",
    FindingKind.JMBG: "a personal identity number (JMBG)",
    FindingKind.PASSPORT: "a passport number",
}


@dataclass(frozen=True)
class Finding:
    """A span of the text that looks like personal data. ``start`` and ``end`` index the text."""

    kind: FindingKind
    text: str
    start: int
    end: int

    @property
    def label(self) -> str:
        """Describe the kind of data in words, for the warning on a form."""
        return FINDING_LABELS[self.kind]


# Words that start institution names, laws and sentences. They never count as
# part of a personal name, so "Ministarstvo Pravde" is not flagged while
# "Sud Ivan Horvat" still flags "Ivan Horvat". Compared in lower case.
STOP_WORDS = frozenset(
    {
        # Institutions (Croatian, Serbian and Bosnian, Latin script)
        "ministarstvo", "ministarstva", "ministarstvu", "sud", "suda", "sudu", "sudom",
        "policijska", "policijske", "policijskoj", "policija", "policije", "uprava", "uprave",
        "upravi", "republika", "republike", "republici", "vlada", "vlade", "vladi", "državno",
        "državni", "državna", "državnog", "odvjetništvo", "odvjetništva", "tužiteljstvo",
        "tužilaštvo", "tužilaštva", "tužilac", "tužitelj", "županijski", "županijsko",
        "općinski", "opštinski", "osnovni", "viši", "vrhovni", "ustavni", "prekršajni",
        "kazneni", "krivični", "centar", "centra", "zavod", "zavoda", "agencija", "agencije",
        "ured", "ureda", "kancelarija", "direkcija", "inspektorat", "povjerenik", "povjerenica",
        "poverenik", "ombudsman", "pučki", "pravobranitelj", "zaštitnik", "grad", "grada",
        "općina", "opština", "županija", "kanton", "federacija", "federacije", "hrvatska",
        "hrvatske", "srbija", "srbije", "bosna", "bosne", "hercegovina", "hercegovine",
        "europska", "evropska", "unija", "unije",
        # Laws and their parts
        "zakon", "zakona", "zakonu", "zakonom", "zakonik", "zakonika", "pravilnik", "uredba",
        "odluka", "članak", "član", "stavak", "stav", "točka", "tačka", "narodne", "novine",
        "službeni", "glasnik",
        # Institutions and laws in Cyrillic
        "министарство", "министарства", "суд", "суда", "полиција", "полицијска", "управа",
        "република", "републике", "влада", "владе", "тужилаштво", "тужилаштва", "закон",
        "закона", "центар", "завод", "агенција", "повереник", "заштитник", "град", "општина",
        "србија", "србије", "службени", "гласник", "члан", "став",
        # Words that often start a sentence or an item of a request
        "broj", "brojevi", "koliko", "koji", "koja", "koje", "molimo", "molim", "podaci",
        "podatke", "popis", "preslika", "presliku", "kopija", "kopiju", "informacija",
        "informacije", "prema", "kada", "gdje", "gde", "ukupan", "ukupno", "žrtva", "žrtve",
        "okrivljeni", "okrivljena", "osumnjičeni", "osumnjičena", "svjedok", "svjedokinja",
        "svedok", "oštećeni", "oštećena", "predmet", "slučaj", "the", "number", "copy", "list",
        "how", "which", "what", "please", "victim", "case", "court", "ministry", "police",
        "број", "колико", "који", "молимо", "подаци", "копија", "предмет", "жртва", "сведок",
        "оштећени", "оштећена", "окривљени", "окривљена",
    }
)  # fmt: skip

# A capitalised word: an upper-case letter, then lower-case letters, with an
# optional hyphenated second part (Kovač-Horvat). \w covers č ć đ š ž and Cyrillic.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_GAP = re.compile(r"[ \t\u00a0]+")  # names run along a line; punctuation or a line break ends them
_ELEVEN_DIGITS = re.compile(r"(?<!\d)\d{11}(?!\d)")
_THIRTEEN_DIGITS = re.compile(r"(?<!\d)\d{13}(?!\d)")
# One or two capital letters and 6 to 8 digits, or 9 digits after a word for
# passport. NOTE: these shapes are an estimate of common passport numbers in
# the region, not checked against each country's format.
_LETTERED_PASSPORT = re.compile(r"(?<![\w-])[A-Z]{1,2}\d{6,8}(?![\w-])")
_NAMED_PASSPORT = re.compile(
    r"(?:putovnic\w*|pasoš\w*|pasos\w*|пасош\w*|passport)\D{0,20}?(?<!\d)(\d{9})(?!\d)",
    re.IGNORECASE,
)


def _is_capitalised(word: str) -> bool:
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-")) and len(word) > 1


def _find_names(text: str) -> list[Finding]:
    findings: list[Finding] = []
    run: list[re.Match[str]] = []

    def close_run() -> None:
        if len(run) >= 2:
            findings.append(Finding(FindingKind.NAME, text[run[0].start() : run[-1].end()], run[0].start(), run[-1].end()))
        run.clear()

    previous_end: int | None = None
    for match in _WORD.finditer(text):
        word = match.group()
        adjacent = previous_end is not None and _GAP.fullmatch(text[previous_end : match.start()]) is not None
        if not adjacent:
            close_run()
        if _is_capitalised(word) and word.lower() not in STOP_WORDS:
            run.append(match)
        else:
            close_run()
        previous_end = match.end()

    close_run()
    return findings


def is_valid_oib(digits: str) -> bool:
    """Return whether ``digits`` is an OIB with a correct ISO 7064 MOD 11,10 check digit."""
    if len(digits) != 11 or not digits.isdigit():
        return False

    remainder = 10
    for digit in digits[:10]:
        remainder = (remainder + int(digit)) % 10 or 10
        remainder = (remainder * 2) % 11

    check = (11 - remainder) % 10
    return check == int(digits[10])


def is_valid_jmbg(digits: str) -> bool:
    """Return whether ``digits`` is a JMBG with a real birth date and a correct check digit.

    The 13 digits are DDMMYYY, a region, a serial number and a modulo-11
    check digit weighted 7, 6, 5, 4, 3, 2 over each half of the first twelve.
    """
    if len(digits) != 13 or not digits.isdigit():
        return False

    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:7])
    full_year = 2000 + year if year < 800 else 1000 + year
    try:
        date(full_year, month, day)
    except ValueError:
        return False

    numbers = [int(digit) for digit in digits]
    weights = (7, 6, 5, 4, 3, 2)
    total = sum(weight * (numbers[i] + numbers[i + 6]) for i, weight in enumerate(weights))
    check = 11 - total % 11
    if check > 9:
        check = 0

    return check == numbers[12]


def find_personal_data(text: str) -> list[Finding]:
    """Return the spans of ``text`` that look like personal data, in order of position."""
    findings = _find_names(text)

    for match in _ELEVEN_DIGITS.finditer(text):
        if is_valid_oib(match.group()):
            findings.append(Finding(FindingKind.OIB, match.group(), match.start(), match.end()))
    for match in _THIRTEEN_DIGITS.finditer(text):
        if is_valid_jmbg(match.group()):
            findings.append(Finding(FindingKind.JMBG, match.group(), match.start(), match.end()))
    for match in _LETTERED_PASSPORT.finditer(text):
        findings.append(Finding(FindingKind.PASSPORT, match.group(), match.start(), match.end()))
    for match in _NAMED_PASSPORT.finditer(text):
        findings.append(Finding(FindingKind.PASSPORT, match.group(1), match.start(1), match.end(1)))

    return sorted(findings, key=lambda finding: (finding.start, finding.end))


def find_personal_data_in_fields(values: dict[str, str]) -> dict[str, list[Finding]]:
    """Return the findings of each named text, leaving out the texts with none."""
    findings = {name: find_personal_data(text) for name, text in values.items()}
    return {name: found for name, found in findings.items() if found}


def fingerprint_findings(findings: dict[str, list[Finding]]) -> str:
    """Return a short digest of the findings, which a form's confirmation box carries.

    A confirmation counts only for the findings the user saw: typing another
    name after confirming changes the digest, so the form warns again.
    """
    listing = "\n".join(
        f"{name}\t{finding.kind.value}\t{finding.text}" for name in sorted(findings) for finding in findings[name]
    )
    return hashlib.sha256(listing.encode()).hexdigest()[:16]
