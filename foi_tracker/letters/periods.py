"""The sentence on the authority's reply period."""

from foi_tracker.letters.articles import refer_to_law
from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.languages import (
    WORDING_ALBANIAN,
    WORDING_BOSNIAN,
    WORDING_BULGARIAN,
    WORDING_CROATIAN,
    WORDING_MACEDONIAN,
    WORDING_MONTENEGRIN,
    WORDING_ROMANIAN,
    WORDING_SERBIAN_EKAVIAN,
    WORDING_SERBIAN_IJEKAVIAN,
    WORDING_SLOVENIAN,
    resolve_letter_language,
)
from foi_tracker.letters.transliteration import transliterate_wording

CALENDAR_DAYS = "calendar_days"
WORKING_DAYS = "working_days"

# "{period}" is the length with its unit, "{citation}" the article with "of the
# Act". The event that starts the period follows each law: ZPPI Art. 20(1)
# (Croatia) and the Montenegrin and Slovenian laws count from the complete
# request, Albania's Law 119/2014 Art. 15(1) from its submission, ЗДОИ Art.
# 28(1) (Bulgaria) and Law 544/2001 Art. 7(1) (Romania) from its registration,
# the others from its receipt.
_REPLY_PERIOD_SENTENCES: dict[str, str] = {
    WORDING_CROATIAN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {period}"
        " od dana podnošenja urednog zahtjeva ({citation})."
    ),
    WORDING_SERBIAN_EKAVIAN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {period}"
        " od dana prijema zahteva ({citation})."
    ),
    WORDING_SERBIAN_IJEKAVIAN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {period}"
        " od dana prijema zahtjeva ({citation})."
    ),
    WORDING_BOSNIAN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {period}"
        " od dana prijema zahtjeva ({citation})."
    ),
    WORDING_MONTENEGRIN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {period}"
        " od dana podnošenja urednog zahtjeva ({citation})."
    ),
    WORDING_MACEDONIAN: (
        "Ве молиме бараните информации да ни ги доставите во законскиот рок од {period}"
        " од денот на приемот на барањето ({citation})."
    ),
    WORDING_ALBANIAN: (
        "Ju lutemi të na dërgoni informacionin e kërkuar brenda afatit ligjor prej {period}"
        " nga data e {event} ({citation})."
    ),
    WORDING_SLOVENIAN: (
        "Zahtevane informacije nam prosimo posredujte v zakonskem roku {period}"
        " od prejema popolne zahteve ({citation})."
    ),
    WORDING_BULGARIAN: (
        "Моля, предоставете ни исканата информация в законоустановения срок от {period}"
        " от датата на регистриране на заявлението ({citation})."
    ),
    WORDING_ROMANIAN: (
        "Vă rugăm să ne comunicați informațiile solicitate în termenul legal de {period}"
        " de la înregistrarea cererii ({citation})."
    ),
}

# Albania counts from the submission of the request, Kosovo from its receipt.
_ALBANIAN_EVENTS = {"AL": "paraqitjes së kërkesës", "XK": "pranimit të kërkesës"}


def format_reply_period(
    language: str,
    days: int,
    article: str,
    *,
    unit: str = CALENDAR_DAYS,
    jurisdiction: str | None = None,
) -> str:
    """Write the sentence asking for a reply within ``days`` days under ``article``.

    ``article`` is a nominative phrase from localize_article, such as "članak
    20. stavak 1." (HR) or "član 16. stav 1." (RS), of the access-to-information
    law itself: the sentence adds "of the Act". ``unit`` is the period's unit
    from legal_refs/, "calendar_days" or "working_days". Raise LetterError for
    an unsupported language, a period in hours or a period shorter than a day.
    """
    letter_language = resolve_letter_language(language, jurisdiction)
    wording = letter_language.wording
    if days < 1:
        raise LetterError(f"A reply period must last at least one day, got {days}.")

    sentence = _REPLY_PERIOD_SENTENCES[wording]
    if letter_language.is_transliterated:
        sentence = transliterate_wording(sentence)

    event = _ALBANIAN_EVENTS.get(letter_language.jurisdiction, _ALBANIAN_EVENTS["AL"])
    period = format_period_length(days, unit, language, jurisdiction=jurisdiction)
    citation = refer_to_law(article, language, jurisdiction=jurisdiction)

    return sentence.format(period=period, citation=citation, event=event)


def format_period_length(
    days: int, unit: str, language: str, *, jurisdiction: str | None = None
) -> str:
    """Write a period's length after "within" in the letter's language, e.g. "15 radnih dana".

    The form is the one that follows "od" (South Slavic), "prej" (Albanian),
    "de" (Romanian), "от" (Bulgarian and Macedonian) or "v roku" (Slovenian).
    Raise LetterError for a unit other than calendar or working days.
    """
    letter_language = resolve_letter_language(language, jurisdiction)
    if unit not in (CALENDAR_DAYS, WORKING_DAYS):
        raise LetterError(
            f"A reply period in {unit!r} cannot be written in a letter; use calendar_days or working_days."
        )

    working = unit == WORKING_DAYS
    words = _PERIOD_WORDS[letter_language.wording](days, working)
    if letter_language.is_transliterated:
        words = transliterate_wording(words)

    return f"{days} {words}"


def _south_slavic_days(days: int, working: bool) -> str:
    # "dana" is the genitive singular and plural alike; "radnih" needs the
    # singular "radnog" after 1, 21, 31 …, but not after 11.
    if not working:
        return "dana"
    singular = days % 10 == 1 and days % 100 != 11
    return "radnog dana" if singular else "radnih dana"


def _macedonian_days(days: int, working: bool) -> str:
    if days == 1:
        return "работен ден" if working else "ден"
    return "работни дена" if working else "дена"


def _bulgarian_days(days: int, working: bool) -> str:
    if days == 1:
        return "работен ден" if working else "ден"
    return "работни дни" if working else "дни"


def _albanian_days(days: int, working: bool) -> str:
    noun = "dite" if days == 1 else "ditësh"
    return f"{noun} pune" if working else noun


def _slovenian_days(days: int, working: bool) -> str:
    # Genitive after "v roku": "1 dneva", "2 dni", "20 dni".
    if days % 100 == 1:
        return "delovnega dneva" if working else "dneva"
    return "delovnih dni" if working else "dni"


def _romanian_days(days: int, working: bool) -> str:
    # Numbers ending in 20-99 or 00 take "de": "10 zile", "20 de zile", "101 zile".
    noun = "zi" if days == 1 else "zile"
    if working:
        noun = f"{noun} lucrătoare"
    remainder = days % 100
    if remainder >= 20 or (remainder == 0 and days >= 100):
        return f"de {noun}"
    return noun


_PERIOD_WORDS = {
    WORDING_CROATIAN: _south_slavic_days,
    WORDING_SERBIAN_EKAVIAN: _south_slavic_days,
    WORDING_SERBIAN_IJEKAVIAN: _south_slavic_days,
    WORDING_BOSNIAN: _south_slavic_days,
    WORDING_MONTENEGRIN: _south_slavic_days,
    WORDING_MACEDONIAN: _macedonian_days,
    WORDING_BULGARIAN: _bulgarian_days,
    WORDING_ALBANIAN: _albanian_days,
    WORDING_SLOVENIAN: _slovenian_days,
    WORDING_ROMANIAN: _romanian_days,
}
