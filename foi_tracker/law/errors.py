"""Errors raised while reading legal references or applying them."""

from foi_tracker.errors import FoiTrackerError


class LegalRefsError(FoiTrackerError):
    """Invalid or missing fact in a legal_refs file.

    The message names the file, the field path inside it and the reason, so a
    lawyer editing the YAML file can find the line to correct.
    """

    def __init__(self, file_name: str, field_path: str, reason: str) -> None:
        self.file_name = file_name
        self.field_path = field_path
        self.reason = reason
        super().__init__(f"{file_name}: {field_path}: {reason}")


class PeriodNotDefinedError(LegalRefsError):
    """Period that the law version in force does not define, or that no source confirms yet."""


class NoWorkingDayError(FoiTrackerError):
    """Calendar in which no working day follows a date within the search limit."""


class UnknownJurisdictionError(FoiTrackerError, LookupError):
    """Code that names no jurisdiction of the legal_refs files, neither as code nor as alias."""

    def __init__(self, code: str, accepted: tuple[str, ...]) -> None:
        self.code = code
        self.accepted = accepted
        super().__init__(f"unknown jurisdiction {code!r}; accepted values: {', '.join(accepted)}")
