"""Errors raised while preparing or rendering a letter."""

from foi_tracker.errors import FoiTrackerError


class LetterError(FoiTrackerError):
    """A letter cannot be rendered: bad template, unknown placeholder or invalid value."""
