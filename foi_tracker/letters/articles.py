"""Article references written the way the letter's language cites them.

legal_refs/ writes every article in one English form: "Art. 20(1)",
"Art. 15(2) item 1", "Art. 24(2)(a)", "Arts. 13-16", and "ZUP Art. 222(5)" or
"АПК Art. 149(1)" for an article of another act. localize_article turns that
into the nominative phrase of the letter's language. cite_article adds the act,
for a citation in brackets after a sentence.

Forms, with the sources that show them in use:

- Croatian: "članak 20. stavak 1. točka 1." (Narodne novine texts).
- Serbian: "član 16. stav 1. tačka 1)" and in Cyrillic "члан 16. став 1. тачка 1)";
  items are numbered "1)" in Serbian laws.
- Bosnian: "član 16. stav 1. tačka 1.".
- Montenegrin: "član 16 stav 1 tačka 1": Montenegrin laws write article and
  paragraph numbers without the ordinal dot.
- Macedonian: "член 16 став 1 точка 1" (decisions of the access-to-information
  commission cite "член 32 од Законот").
- Bulgarian: "чл. 16, ал. 1, т. 1".
- Albanian in Albania: "neni 16, pika 1, shkronja “a”": Law 119/2014 divides
  articles into "pika" and "shkronja".
- Albanian in Kosovo: "neni 16, paragrafi 1, nënparagrafi 1.1": Kosovo laws
  (Law 06/L-081) divide articles into "paragrafi" and "nënparagrafi".
- Slovenian: "prvi odstavek 16. člena", "3. točka prvega odstavka 6. člena":
  the Information Commissioner's decisions cite the paragraph first and the
  article in the genitive, so the form "16. člen, 1. odstavek" is not used.
- Romanian: "art. 16 alin. (1) lit. a)" and "pct. 1" for a numbered item.

NOTE: Macedonian laws since about 2010 number paragraphs "(1)", and some texts
cite "став (1)". The plain "став 1" used here is the common form in decisions,
but no style rule was checked. State-level Bosnian laws also number paragraphs
"(1)" ("stav (1)"). Ask a lawyer of each country before changing either form.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.languages import resolve_letter_language
from foi_tracker.letters.transliteration import to_serbian_cyrillic, to_serbian_latin

_ENGLISH_CITATION = re.compile(
    r"^(?:(?P<act>\S+)\s+)?"
    r"(?P<plural>Arts?)\.\s*(?P<number>\d+[a-z]?)"
    r"(?:\s*[-–]\s*(?P<last>\d+[a-z]?))?"
    r"(?:\((?P<paragraph>\d+)\))?"
    r"(?:\((?P<point>[a-z])\)|\s+item\s+(?P<item>\d+))?$"
)

# Styles whose phrases are written in Serbian Latin letters.
_SERBIAN_LATIN_STYLES = frozenset({"hr", "sr", "bs", "cnr"})

_SLOVENIAN_ORDINALS = (
    ("prvi", "prvega"),
    ("drugi", "drugega"),
    ("tretji", "tretjega"),
    ("četrti", "četrtega"),
    ("peti", "petega"),
    ("šesti", "šestega"),
    ("sedmi", "sedmega"),
    ("osmi", "osmega"),
    ("deveti", "devetega"),
    ("deseti", "desetega"),
)


@dataclass(frozen=True)
class ParsedArticle:
    """An article reference from legal_refs/, split into its parts."""

    act: str | None  # abbreviation of another act, e.g. "ZUP"; None for the access-to-information law
    number: str
    last: str | None  # last article of a range ("Arts. 13-16")
    paragraph: str | None
    item: str | None  # numbered item of the paragraph
    point: str | None  # lettered point of the paragraph


def parse_article(article: str) -> ParsedArticle:
    """Split a legal_refs/ article such as "Art. 15(2) item 1" into its parts.

    Raise LetterError for any other form, so that a letter never shows a
    half-translated reference.
    """
    match = _ENGLISH_CITATION.match(article.strip())
    if match is None:
        raise LetterError(f"Cannot write the article {article!r} in the letter's language.")

    return ParsedArticle(
        act=match["act"],
        number=match["number"],
        last=match["last"],
        paragraph=match["paragraph"],
        item=match["item"],
        point=match["point"],
    )


def localize_article(article: str, language: str, *, jurisdiction: str | None = None) -> str:
    """Turn "Art. 20(1)" into the letter language's phrase, e.g. "članak 20. stavak 1.".

    The phrase is in the nominative and names no act, for a legal-basis line
    such as "Zakon o pravu na pristup informacijama (NN 25/13), članak 18.".
    An article of another act ("ZUP Art. 222(5)") keeps the act's abbreviation
    at the end. ``jurisdiction`` picks the form where one language has two
    (Albanian in Albania and in Kosovo). Raise LetterError for an article in
    another form or an unsupported language.
    """
    letter_language = resolve_letter_language(language, jurisdiction)
    parsed = parse_article(article)
    phrase = _PHRASE_WRITERS[letter_language.citation_style](parsed)
    if parsed.act:
        phrase = f"{phrase} {_other_act(parsed.act, letter_language.citation_style)}"

    return _in_script(phrase, letter_language.citation_style, letter_language.script)


def cite_article(article: str, language: str, *, jurisdiction: str | None = None) -> str:
    """Turn "Art. 25(1)" into a citation that names its act, e.g. "članak 25. stavak 1. Zakona".

    The citation fits in brackets after a sentence of the letter: "(članak 25.
    stavak 1. Zakona)". "Zakona" refers back to the access-to-information law
    named in the letter's legal-basis line. An article of another act names
    that act instead: "peti odstavek 222. člena ZUP", "чл. 149, ал. 1 от АПК".
    Raise LetterError like localize_article.
    """
    letter_language = resolve_letter_language(language, jurisdiction)
    parsed = parse_article(article)
    style = letter_language.citation_style
    phrase = _PHRASE_WRITERS[style](parsed)

    if parsed.act:
        citation = f"{phrase} {_other_act(parsed.act, style)}"
    else:
        citation = _OWN_ACT[style](phrase)

    return _in_script(citation, style, letter_language.script)


def refer_to_law(phrase: str, language: str, *, jurisdiction: str | None = None) -> str:
    """Add "of the Act" to an article phrase from localize_article: "članak 20. stavak 1. Zakona".

    Use it only for articles of the access-to-information law itself. Raise
    LetterError for an unsupported language.
    """
    letter_language = resolve_letter_language(language, jurisdiction)
    citation = _OWN_ACT[letter_language.citation_style](phrase)

    return _in_script(citation, letter_language.citation_style, letter_language.script)


def _other_act(act: str, style: str) -> str:
    """Write "of <act>" for an article of another act, e.g. "от АПК"."""
    preposition = {"mk": "од ", "bg": "от ", "ro": "din "}.get(style, "")
    return f"{preposition}{act}"


def _in_script(text: str, style: str, script: str) -> str:
    """Write a Serbian or Montenegrin citation in the letter's script.

    Their phrases are built in Latin, so a Cyrillic letter transliterates them,
    and a Latin letter transliterates an act abbreviation given in Cyrillic.
    """
    if style not in _SERBIAN_LATIN_STYLES:
        return text
    if script == "Cyrl":
        return to_serbian_cyrillic(text)

    return to_serbian_latin(text)


def _ordinal(number: str) -> str:
    """Write an article number with the ordinal dot: "20." and "5.a"."""
    digits = number.rstrip("abcdefghijklmnopqrstuvwxyz")
    suffix = number[len(digits) :]
    return f"{digits}.{suffix}"


def _croatian(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"članci {_ordinal(parsed.number)} – {_ordinal(parsed.last)}"
    parts = [f"članak {_ordinal(parsed.number)}"]
    if parsed.paragraph:
        parts.append(f"stavak {parsed.paragraph}.")
    if parsed.item:
        parts.append(f"točka {parsed.item}.")
    if parsed.point:
        parts.append(f"točka {parsed.point})")
    return " ".join(parts)


def _serbian(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"članovi {_ordinal(parsed.number)} – {_ordinal(parsed.last)}"
    parts = [f"član {_ordinal(parsed.number)}"]
    if parsed.paragraph:
        parts.append(f"stav {parsed.paragraph}.")
    if parsed.item:
        parts.append(f"tačka {parsed.item})")
    if parsed.point:
        parts.append(f"tačka {parsed.point})")
    return " ".join(parts)


def _bosnian(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"članovi {_ordinal(parsed.number)} – {_ordinal(parsed.last)}"
    parts = [f"član {_ordinal(parsed.number)}"]
    if parsed.paragraph:
        parts.append(f"stav {parsed.paragraph}.")
    if parsed.item:
        parts.append(f"tačka {parsed.item}.")
    if parsed.point:
        parts.append(f"tačka {parsed.point})")
    return " ".join(parts)


def _montenegrin(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"čl. {parsed.number} – {parsed.last}"
    parts = [f"član {parsed.number}"]
    if parsed.paragraph:
        parts.append(f"stav {parsed.paragraph}")
    if parsed.item:
        parts.append(f"tačka {parsed.item}")
    if parsed.point:
        parts.append(f"tačka {parsed.point})")
    return " ".join(parts)


def _macedonian(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"членови {parsed.number} – {parsed.last}"
    parts = [f"член {parsed.number}"]
    if parsed.paragraph:
        parts.append(f"став {parsed.paragraph}")
    if parsed.item:
        parts.append(f"точка {parsed.item}")
    if parsed.point:
        parts.append(f"алинеја {parsed.point}")
    return " ".join(parts)


def _bulgarian(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"чл. {parsed.number} – {parsed.last}"
    parts = [f"чл. {parsed.number}"]
    if parsed.paragraph:
        parts.append(f"ал. {parsed.paragraph}")
    if parsed.item:
        parts.append(f"т. {parsed.item}")
    if parsed.point:
        parts.append(f"буква „{parsed.point}“")
    return ", ".join(parts)


def _albanian_albania(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"nenet {parsed.number}–{parsed.last}"
    parts = [f"neni {parsed.number}"]
    if parsed.paragraph:
        parts.append(f"pika {parsed.paragraph}")
    if parsed.item:
        parts.append(f"nënpika {parsed.item}")
    if parsed.point:
        parts.append(f"shkronja “{parsed.point}”")
    return ", ".join(parts)


def _albanian_kosovo(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"nenet {parsed.number}–{parsed.last}"
    parts = [f"neni {parsed.number}"]
    if parsed.paragraph:
        parts.append(f"paragrafi {parsed.paragraph}")
        if parsed.item:
            parts.append(f"nënparagrafi {parsed.paragraph}.{parsed.item}")
    elif parsed.item:
        parts.append(f"nënparagrafi {parsed.item}")
    if parsed.point:
        parts.append(f"nënparagrafi {parsed.point}")
    return ", ".join(parts)


def _slovenian(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"{_ordinal(parsed.number)} do {_ordinal(parsed.last)} člen"
    article = f"{_ordinal(parsed.number)} člena"
    if not parsed.paragraph:
        if parsed.item:
            return f"{parsed.item}. točka {article}"
        if parsed.point:
            return f"točka {parsed.point}) {article}"
        return f"{_ordinal(parsed.number)} člen"

    paragraph = int(parsed.paragraph)
    if 1 <= paragraph <= len(_SLOVENIAN_ORDINALS):
        nominative, genitive = _SLOVENIAN_ORDINALS[paragraph - 1]
    else:
        nominative = genitive = f"{paragraph}."
    if parsed.item:
        return f"{parsed.item}. točka {genitive} odstavka {article}"
    if parsed.point:
        return f"točka {parsed.point}) {genitive} odstavka {article}"
    return f"{nominative} odstavek {article}"


def _romanian(parsed: ParsedArticle) -> str:
    if parsed.last:
        return f"art. {parsed.number}–{parsed.last}"
    parts = [f"art. {parsed.number}"]
    if parsed.paragraph:
        parts.append(f"alin. ({parsed.paragraph})")
    if parsed.item:
        parts.append(f"pct. {parsed.item}")
    if parsed.point:
        parts.append(f"lit. {parsed.point})")
    return " ".join(parts)


_PHRASE_WRITERS: dict[str, Callable[[ParsedArticle], str]] = {
    "hr": _croatian,
    "sr": _serbian,
    "bs": _bosnian,
    "cnr": _montenegrin,
    "mk": _macedonian,
    "bg": _bulgarian,
    "sq-AL": _albanian_albania,
    "sq-XK": _albanian_kosovo,
    "sl": _slovenian,
    "ro": _romanian,
}


def _albanian_own_act(phrase: str) -> str:
    # The genitive link agrees with "neni" (or "nenet" for a range).
    link = "të" if phrase.startswith("nenet") else "i"
    separator = ", " if "," in phrase else " "
    return f"{phrase}{separator}{link} ligjit"


# "of the Act" in each style, referring back to the law of the legal-basis line.
_OWN_ACT: dict[str, Callable[[str], str]] = {
    "hr": lambda phrase: f"{phrase} Zakona",
    "sr": lambda phrase: f"{phrase} Zakona",
    "bs": lambda phrase: f"{phrase} Zakona",
    "cnr": lambda phrase: f"{phrase} Zakona",
    "mk": lambda phrase: f"{phrase} од Законот",
    "bg": lambda phrase: f"{phrase} от закона",
    "sq-AL": _albanian_own_act,
    "sq-XK": _albanian_own_act,
    "sl": lambda phrase: f"{phrase} zakona",
    "ro": lambda phrase: f"{phrase} din lege",
}
