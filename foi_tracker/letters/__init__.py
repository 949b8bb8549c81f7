"""Letters to public authorities rendered from the .docx templates in letter_templates/.

Pure code: nothing here imports Flask, so letters can be rendered and tested alone.
"""

from foi_tracker.letters.articles import cite_article, localize_article, refer_to_law
from foi_tracker.letters.checks import ProblemCode, TemplateProblem, check_template
from foi_tracker.letters.context import LetterContext, build_template_values
from foi_tracker.letters.dates import format_letter_date
from foi_tracker.letters.delivery import DELIVERY_FORMS, format_delivery_text
from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.kinds import KIND_SPECS, Addressee, KindSpec, LetterKind, kind_spec
from foi_tracker.letters.languages import (
    BOSNIAN,
    CROATIAN,
    DEFAULT_LETTER_LANGUAGES,
    JURISDICTION_LANGUAGES,
    LETTER_LANGUAGES,
    SERBIAN_CYRILLIC,
    SERBIAN_LATIN,
    LetterLanguage,
    all_letter_languages,
    letter_languages,
    require_letter_language,
    resolve_letter_language,
)
from foi_tracker.letters.pdf import convert_to_pdf, libreoffice_available
from foi_tracker.letters.periods import format_period_length, format_reply_period
from foi_tracker.letters.render import find_unknown_placeholders, render_letter
from foi_tracker.letters.sanitize import clean_letter_text
from foi_tracker.letters.templates import find_template, template_file_name
from foi_tracker.letters.transliteration import to_serbian_cyrillic, to_serbian_latin

__all__ = [
    "BOSNIAN",
    "CROATIAN",
    "DEFAULT_LETTER_LANGUAGES",
    "DELIVERY_FORMS",
    "JURISDICTION_LANGUAGES",
    "KIND_SPECS",
    "LETTER_LANGUAGES",
    "SERBIAN_CYRILLIC",
    "SERBIAN_LATIN",
    "Addressee",
    "KindSpec",
    "LetterContext",
    "LetterError",
    "LetterKind",
    "LetterLanguage",
    "ProblemCode",
    "TemplateProblem",
    "all_letter_languages",
    "build_template_values",
    "check_template",
    "cite_article",
    "clean_letter_text",
    "convert_to_pdf",
    "find_template",
    "find_unknown_placeholders",
    "format_delivery_text",
    "format_letter_date",
    "format_period_length",
    "format_reply_period",
    "kind_spec",
    "letter_languages",
    "libreoffice_available",
    "localize_article",
    "refer_to_law",
    "render_letter",
    "require_letter_language",
    "resolve_letter_language",
    "template_file_name",
    "to_serbian_cyrillic",
    "to_serbian_latin",
]
