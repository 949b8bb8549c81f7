"""Languages in which letters are written, as Babel locale identifiers."""

from foi_tracker.letters.errors import LetterError

CROATIAN = "hr"
SERBIAN_LATIN = "sr_Latn"
BOSNIAN = "bs"

LETTER_LANGUAGES: frozenset[str] = frozenset({CROATIAN, SERBIAN_LATIN, BOSNIAN})

# Serbian letters use the Latin script, so "sr" (Cyrillic in Babel) is not mapped.
JURISDICTION_LANGUAGES: dict[str, str] = {
    "HR": CROATIAN,
    "RS": SERBIAN_LATIN,
    "BA": BOSNIAN,
}


def require_letter_language(language: str) -> str:
    """Return ``language`` as a supported Babel identifier or raise LetterError.

    "sr-Latn" is accepted as well as "sr_Latn", because both spellings occur in
    configuration files and HTTP headers.
    """
    normalized = language.replace("-", "_")
    if normalized not in LETTER_LANGUAGES:
        supported = ", ".join(sorted(LETTER_LANGUAGES))
        raise LetterError(
            f"Unsupported letter language {language!r}; use one of: {supported}."
        )

    return normalized
