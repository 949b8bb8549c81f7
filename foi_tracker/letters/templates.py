"""Lookup of letter templates under letter_templates/.

The template of a kind in a language is ``<root>/<CODE>/<kind>.<tag>.docx``,
e.g. ``letter_templates/RS/appeal_refusal.sr-Cyrl.docx``, where ``tag`` is the
BCP 47 tag of the letter language in legal_refs/. ``<root>/<CODE>/request.docx``
is a copy of the default-language request template, kept for code that
predates the other kinds.
"""

from pathlib import Path

from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.kinds import LetterKind
from foi_tracker.letters.languages import (
    DEFAULT_LETTER_LANGUAGES,
    normalize_language_tag,
    resolve_letter_language,
)


def template_file_name(kind: LetterKind | str, language: str) -> str:
    """Return the file name of a template, e.g. "urgency.sr-Latn.docx"."""
    return f"{LetterKind(kind).value}.{normalize_language_tag(language)}.docx"


def find_template(
    root: Path, jurisdiction: str, kind: LetterKind | str, language: str | None = None
) -> Path:
    """Return the path of ``jurisdiction``'s template of ``kind`` in ``language``.

    Without ``language`` the jurisdiction's default letter language applies.
    Raise LetterError when the jurisdiction does not write letters in that
    language or the file is missing.
    """
    tag = language or DEFAULT_LETTER_LANGUAGES.get(jurisdiction)
    if tag is None:
        known = ", ".join(sorted(DEFAULT_LETTER_LANGUAGES))
        raise LetterError(f"There are no letter templates for jurisdiction {jurisdiction!r}; use one of: {known}.")

    letter_language = resolve_letter_language(tag, jurisdiction)
    path = root / jurisdiction / template_file_name(kind, letter_language.tag)
    if not path.is_file():
        raise LetterError(
            f"The {LetterKind(kind).value} template for {jurisdiction} in {letter_language.tag}"
            f" is missing: {path}."
        )

    return path
