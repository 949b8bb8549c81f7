"""Template helpers: labels and date formatting shared by every screen."""

from datetime import date
from typing import Any

from flask import Flask
from flask_babel import format_date

from .models import RequestState
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


def register_template_helpers(app: Flask) -> None:
    """Make the filters and globals available to every template."""
    app.add_template_filter(_format_day, "day")
    app.add_template_filter(_days_left_text, "days_left")

    @app.context_processor
    def inject_labels() -> dict[str, Any]:
        return {"state_labels": STATE_LABELS, "RequestState": RequestState}
