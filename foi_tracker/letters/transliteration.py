"""Serbian Cyrillic to Serbian Latin (gajica) transliteration."""

# One entry per letter of the Serbian Cyrillic alphabet (30 letters), lower case.
# Љ, Њ and Џ become two Latin letters, so their upper-case form depends on the
# neighbouring letters and is handled in to_serbian_latin.
# fmt: off
_LOWER: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e",
    "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č",
    "џ": "dž", "ш": "š",
}
# fmt: on

_DIGRAPH_CAPITALS: dict[str, tuple[str, str]] = {
    "Љ": ("Lj", "LJ"),
    "Њ": ("Nj", "NJ"),
    "Џ": ("Dž", "DŽ"),
}


def to_serbian_latin(text: str) -> str:
    """Transliterate Serbian Cyrillic letters in ``text`` to the Serbian Latin alphabet.

    Other characters (Latin letters, digits, punctuation, quotation marks) pass
    through unchanged. A capital Љ, Њ or Џ becomes "Lj", "Nj" or "Dž" in a
    capitalised word and "LJ", "NJ" or "DŽ" in a word written in capitals
    ("ЉУБОВИЈА" → "LJUBOVIJA"). The next letter decides the case, or the
    previous one at the end of a word.
    """
    output: list[str] = []

    for index, character in enumerate(text):
        if character in _DIGRAPH_CAPITALS:
            title_form, upper_form = _DIGRAPH_CAPITALS[character]
            output.append(upper_form if _is_in_capitals(text, index) else title_form)
            continue

        latin = _LOWER.get(character.lower())
        if latin is None:
            output.append(character)
        elif character.isupper():
            output.append(latin.capitalize())
        else:
            output.append(latin)

    return "".join(output)


def _is_in_capitals(text: str, index: int) -> bool:
    """Tell whether the letter at ``index`` is in a word written in capitals."""
    following = text[index + 1] if index + 1 < len(text) else ""
    if following.isalpha():
        return following.isupper()

    preceding = text[index - 1] if index > 0 else ""

    return preceding.isalpha() and preceding.isupper()
