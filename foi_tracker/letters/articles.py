"""Article references written the way the letter's language cites them."""

import re

from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.languages import (
    BOSNIAN,
    CROATIAN,
    SERBIAN_LATIN,
    require_letter_language,
)

# legal_refs/ cites articles in English: "Art. 20(1)", "Art. 15", "Art. 9 item 2".
_ENGLISH_CITATION = re.compile(r"^Art\.\s*(\d+)(?:\((\d+)\))?(?:\s+item\s+(\d+))?$")

# Nominative forms: Croatian uses "članak/stavak/točka", Serbian and Bosnian
# "član/stav/tačka".
_WORDS: dict[str, tuple[str, str, str]] = {
    CROATIAN: ("članak", "stavak", "točka"),
    SERBIAN_LATIN: ("član", "stav", "tačka"),
    BOSNIAN: ("član", "stav", "tačka"),
}


def localize_article(article: str, language: str) -> str:
    """Turn "Art. 20(1)" into "članak 20. stavak 1." (Croatian) or "član 20. stav 1.".

    Raise LetterError for a citation in another form, so that a letter never
    shows a half-translated reference.
    """
    match = _ENGLISH_CITATION.match(article.strip())
    if match is None:
        raise LetterError(
            f"Cannot write the article {article!r} in the letter's language."
        )

    article_word, paragraph_word, item_word = _WORDS[require_letter_language(language)]
    number, paragraph, item = match.groups()
    parts = [f"{article_word} {number}."]
    if paragraph:
        parts.append(f"{paragraph_word} {paragraph}.")
    if item:
        parts.append(f"{item_word} {item}.")

    return " ".join(parts)
