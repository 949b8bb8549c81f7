"""Template helpers: labels and date formatting shared by every screen."""

from datetime import date
from typing import Any

from flask import Flask
from flask_babel import format_date

from .letters import to_serbian_latin
from .models import RequestState, UserRole
from .services.requests import STATE_LABELS


def _format_day(day: date | None) -> str:
    if day is None:
        return "—"

    return f"{format_date(day, 'medium')}"


def _days_left_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return f"{-days} day{'s' if days != -1 else ''} overdue"
    if days == 0:
        return "due today"

    return f"{days} day{'s' if days != 1 else ''} left"


def _latin_reading(name: str) -> str:
    # Serbian authorities are often recorded in Cyrillic; the Latin reading
    # helps colleagues elsewhere in the region find them.
    latin = to_serbian_latin(name)
    return latin if latin != name else ""


def register_template_helpers(app: Flask) -> None:
    """Make the filters and globals available to every template."""
    app.add_template_filter(_format_day, "day")
    app.add_template_filter(_latin_reading, "latin_reading")
    app.add_template_filter(_days_left_text, "days_left")

    @app.context_processor
    def inject_labels() -> dict[str, Any]:
        return {"state_labels": STATE_LABELS, "RequestState": RequestState, "UserRole": UserRole}
