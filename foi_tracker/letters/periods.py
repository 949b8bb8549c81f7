"""The sentence on the authority's reply period."""

from foi_tracker.letters.languages import (
    BOSNIAN,
    CROATIAN,
    SERBIAN_LATIN,
    require_letter_language,
)

# The event that starts the period follows each law: ZPPI Art. 20(1) counts from
# the complete request, the Serbian law Art. 16(1) from its receipt. The Bosnian
# sentence is used only where the caller has a confirmed period and article.
_REPLY_PERIOD_SENTENCES: dict[str, str] = {
    CROATIAN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {days} dana"
        " od dana podnošenja urednog zahtjeva ({article} Zakona)."
    ),
    SERBIAN_LATIN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {days} dana"
        " od dana prijema zahteva ({article} Zakona)."
    ),
    BOSNIAN: (
        "Molimo da nam tražene informacije dostavite u zakonskom roku od {days} dana"
        " od dana prijema zahtjeva ({article} Zakona)."
    ),
}


def format_reply_period(language: str, days: int, article: str) -> str:
    """Write the sentence asking for a reply within ``days`` days under ``article``.

    ``article`` is a nominative phrase such as "članak 20. stavak 1." (HR) or
    "član 16. stav 1." (RS), taken from the jurisdiction's legal references.
    "dana" follows "od" in the genitive for every number, so it needs no plural rule.
    Raise LetterError for an unsupported language.
    """
    sentence = _REPLY_PERIOD_SENTENCES[require_letter_language(language)]

    return sentence.format(days=days, article=article)
