"""Transliteration between the Serbian Cyrillic and Latin (gajica) alphabets."""

import re

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


# Serbian Latin (and Montenegrin) to Cyrillic. The digraphs come first, so "nj"
# becomes "њ" and not "нј". Montenegrin "ś" and "ź" become "с́" and "з́".
# fmt: off
_LATIN_DIGRAPHS: dict[str, str] = {
    "lj": "љ", "Lj": "Љ", "LJ": "Љ",
    "nj": "њ", "Nj": "Њ", "NJ": "Њ",
    "dž": "џ", "Dž": "Џ", "DŽ": "Џ",
}
_LATIN_LETTERS: dict[str, str] = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ",
    "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с",
    "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
    "ś": "с\u0301", "ź": "з\u0301",
}
# fmt: on


def to_serbian_cyrillic(text: str) -> str:
    """Transliterate Serbian or Montenegrin Latin letters in ``text`` to Cyrillic.

    "lj", "nj" and "dž" always become one letter (љ, њ, џ). That is right for
    the wording of the templates, but wrong for the few words where the two
    letters belong to different morphemes ("nadživeti", "konjunktura"), so do
    not use this on names typed by users. Letters outside the Serbian Latin
    alphabet (q, w, x, y), digits and punctuation pass through unchanged.
    """
    output: list[str] = []
    index = 0

    while index < len(text):
        pair = text[index : index + 2]
        if pair in _LATIN_DIGRAPHS:
            output.append(_LATIN_DIGRAPHS[pair])
            index += 2
            continue

        character = text[index]
        cyrillic = _LATIN_LETTERS.get(character.lower())
        if cyrillic is None:
            output.append(character)
        elif character.isupper():
            output.append(cyrillic[0].upper() + cyrillic[1:])
        else:
            output.append(cyrillic)
        index += 1

    return "".join(output)


# Parts of template wording that stay in Latin letters: Jinja tags, str.format
# fields and the names of data carriers.
_KEEP_IN_LATIN = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{[a-z_]+\}|\b(?:CD|DVD|USB)\b)")


def transliterate_wording(text: str) -> str:
    """Transliterate template wording to Serbian Cyrillic, keeping placeholders and tags intact.

    Jinja tags ("{{ agency_name }}", "{% if subject %}"), str.format fields
    ("{email}") and the names CD, DVD and USB stay as they are.
    """
    pieces = _KEEP_IN_LATIN.split(text)

    return "".join(
        piece if index % 2 else to_serbian_cyrillic(piece) for index, piece in enumerate(pieces)
    )
