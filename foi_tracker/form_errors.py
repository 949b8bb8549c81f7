"""Show a service's FieldError next to the form field it names."""

from typing import Any

from flask import flash

from .services.errors import FieldError


def attach_field_error(form: Any, error: FieldError) -> None:
    """Add the error's message to the named field, or flash it when the form has no such field."""
    field = getattr(form, error.field, None)
    if field is None:
        flash(error.message, "error")
        return

    field.errors = [*field.errors, error.message]
