"""Errors that services raise for the views to show next to a form field."""

from ..errors import FoiTrackerError


class FieldError(FoiTrackerError):
    """Error in a value the user entered. ``field`` names the form field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class InvalidTransition(FoiTrackerError):
    """The request's current state does not allow the requested step."""
