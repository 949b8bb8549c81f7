"""Dates as they are written in a letter's date line and sentences."""

from datetime import date

from babel.dates import format_date, get_month_names

from foi_tracker.letters.languages import resolve_letter_language

# Month names in the genitive, which a date takes in Serbian, Bosnian,
# Montenegrin and Slovenian ("4. decembra 2026.", "z dne 4. decembra 2026").
# Babel 2.19 (CLDR) gives them in the nominative ("4. decembar 2026."), which
# reads wrongly after "od" or "dne" in a sentence. Croatian already has the
# genitive in CLDR ("4. prosinca 2026."); Macedonian, Bulgarian, Albanian and
# Romanian dates do not inflect.
# fmt: off
_SERBIAN_LATIN_GENITIVE = (
    "januara", "februara", "marta", "aprila", "maja", "juna",
    "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra",
)
_SERBIAN_CYRILLIC_GENITIVE = (
    "јануара", "фебруара", "марта", "априла", "маја", "јуна",
    "јула", "августа", "септембра", "октобра", "новембра", "децембра",
)
_BOSNIAN_GENITIVE = (
    "januara", "februara", "marta", "aprila", "maja", "juna",
    "jula", "augusta", "septembra", "oktobra", "novembra", "decembra",
)
_SLOVENIAN_GENITIVE = (
    "januarja", "februarja", "marca", "aprila", "maja", "junija",
    "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra",
)
# fmt: on

_GENITIVE_MONTHS: dict[str, tuple[str, ...]] = {
    "sr_Latn_RS": _SERBIAN_LATIN_GENITIVE,
    "sr_Latn_BA": _SERBIAN_LATIN_GENITIVE,
    "sr_Latn_ME": _SERBIAN_LATIN_GENITIVE,
    "sr_Latn_XK": _SERBIAN_LATIN_GENITIVE,
    "sr_Cyrl_RS": _SERBIAN_CYRILLIC_GENITIVE,
    "sr_Cyrl_BA": _SERBIAN_CYRILLIC_GENITIVE,
    "sr_Cyrl_ME": _SERBIAN_CYRILLIC_GENITIVE,
    "sr_Cyrl_XK": _SERBIAN_CYRILLIC_GENITIVE,
    "bs_Latn_BA": _BOSNIAN_GENITIVE,
    "sl_SI": _SLOVENIAN_GENITIVE,
}


def format_letter_date(day: date, language: str, *, jurisdiction: str | None = None) -> str:
    """Format ``day`` as a letter writes it, e.g. "4. prosinca 2026." in Croatian.

    The form fits both the date line and a sentence ("zahtjev od 4. prosinca
    2026."): Babel's "long" pattern, with the month in the genitive where the
    language declines it ("4. decembra 2026." in Serbian, Bosnian and
    Montenegrin, "4. decembra 2026" in Slovenian). Macedonian and Bulgarian add
    "г." after a no-break space ("4 декември 2026 г."). Montenegrin uses Babel's Serbian locale for
    Montenegro, because Babel 2.19 has no "cnr" locale. Raise LetterError for
    an unsupported language.
    """
    locale = resolve_letter_language(language, jurisdiction).babel_locale
    # CLDR puts a narrow no-break space before "г."; Times New Roman in older
    # Word versions lacks that character, so use the ordinary no-break space.
    text = format_date(day, format="long", locale=locale).replace("\u202f", "\u00a0")

    genitive = _GENITIVE_MONTHS.get(locale)
    if genitive is None:
        return text

    nominative = get_month_names("wide", context="format", locale=locale)[day.month]

    return text.replace(nominative, genitive[day.month - 1], 1)
