"""Dates as they are written in the body of a letter."""

from datetime import date

from babel.dates import format_date

from foi_tracker.letters.languages import require_letter_language


def format_letter_date(day: date, language: str) -> str:
    """Format ``day`` as a letter's date line writes it, e.g. "4. prosinca 2026." in Croatian.

    Babel's "long" pattern gives the forms that authorities use: Croatian puts the
    month in the genitive ("4. prosinca 2026."), while Serbian (Latin script) and
    Bosnian use the nominative ("4. decembar 2026."). Checked with Babel 2.19.
    """
    locale = require_letter_language(language)

    return format_date(day, format="long", locale=locale)
