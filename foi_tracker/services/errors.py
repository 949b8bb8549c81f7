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


class StaleEdit(FoiTrackerError):
    """Someone else saved the row after the user loaded it, so the user's edit would overwrite theirs."""

    def __init__(self, loaded_version: int | None, current_version: int) -> None:
        super().__init__(
            f"Someone else saved this record (version {current_version}) after you opened version "
            f"{loaded_version}. Nothing was saved."
        )
        self.loaded_version = loaded_version
        self.current_version = current_version


def check_version(loaded_version: int | None, current_version: int) -> None:
    """Raise StaleEdit unless the user's form was loaded from ``current_version``.

    None skips the check, because only a client that never loaded the edit
    form sends no version. The version column still rejects a save that
    races another one, with StaleDataError at the flush.
    """
    if loaded_version is not None and loaded_version != current_version:
        raise StaleEdit(loaded_version, current_version)
