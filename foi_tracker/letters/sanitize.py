"""Cleaning of text values before they go into a Word document."""

import unicodedata


def clean_letter_text(text: str) -> str:
    """Return ``text`` normalized to NFC, with line breaks unified and control characters removed.

    Word refuses to open a document whose XML contains a C0 control character
    other than tab, line feed and carriage return, so pasted text with a stray
    form feed or bell would break the letter. C1 controls, lone surrogates and
    the non-characters U+FFFE/U+FFFF are removed as well, because XML 1.0 either
    forbids or discourages them. Tabs and newlines stay, and the renderer turns
    them into Word tabs and line breaks. Every line separator that
    str.splitlines recognizes (CRLF, CR, vertical tab, form feed, the information
    separators U+001C-U+001E, NEL, U+2028, U+2029) becomes LF first, so a line break pasted from Word or Windows stays
    a line break. Surrounding whitespace is stripped.
    """
    text = "\n".join(text.splitlines())
    allowed_characters = [character for character in text if _is_allowed(character)]
    cleaned = unicodedata.normalize("NFC", "".join(allowed_characters))

    return cleaned.strip()


def _is_allowed(character: str) -> bool:
    """Tell whether ``character`` may appear in a letter's text."""
    if character in "\t\n":
        return True

    if character in "\ufffe\uffff":
        return False

    return unicodedata.category(character) not in {"Cc", "Cs"}
