"""Domain errors. Views turn them into form errors or flash messages."""


class FoiTrackerError(Exception):
    """Base class for every error the application raises on purpose."""
