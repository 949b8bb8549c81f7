"""Request letters rendered from the .docx templates in letter_templates/.

Pure code: nothing here imports Flask, so letters can be rendered and tested alone.
"""

from foi_tracker.letters.context import LetterContext, build_template_values
from foi_tracker.letters.dates import format_letter_date
from foi_tracker.letters.delivery import DELIVERY_FORMS, format_delivery_text
from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.languages import (
    BOSNIAN,
    CROATIAN,
    JURISDICTION_LANGUAGES,
    LETTER_LANGUAGES,
    SERBIAN_LATIN,
    require_letter_language,
)
from foi_tracker.letters.periods import format_reply_period
from foi_tracker.letters.render import find_unknown_placeholders, render_letter
from foi_tracker.letters.sanitize import clean_letter_text
from foi_tracker.letters.transliteration import to_serbian_latin

__all__ = [
    "BOSNIAN",
    "CROATIAN",
    "DELIVERY_FORMS",
    "JURISDICTION_LANGUAGES",
    "LETTER_LANGUAGES",
    "SERBIAN_LATIN",
    "LetterContext",
    "LetterError",
    "build_template_values",
    "clean_letter_text",
    "find_unknown_placeholders",
    "format_delivery_text",
    "format_letter_date",
    "format_reply_period",
    "render_letter",
    "require_letter_language",
    "to_serbian_latin",
]
