"""Access to the legal references and the jurisdiction's local calendar."""

from datetime import UTC, date, datetime
from pathlib import Path

from flask import current_app

from ..law import (
    Deadline,
    JurisdictionRefs,
    PeriodName,
    compute_deadline,
    load_legal_refs,
    local_date_of,
)

_EXTENSION_KEY = "foi_tracker.legal_refs"


def get_all_refs() -> dict[str, JurisdictionRefs]:
    """Return every jurisdiction's references, loaded once per application."""
    cached = current_app.extensions.get(_EXTENSION_KEY)
    if cached is None:
        cached = load_legal_refs(Path(current_app.config["LEGAL_REFS_DIR"]))
        current_app.extensions[_EXTENSION_KEY] = cached

    return cached


def get_refs(jurisdiction_code: str) -> JurisdictionRefs:
    """Return one jurisdiction's references. Raise KeyError for an unknown code."""
    return get_all_refs()[jurisdiction_code]


def local_today(jurisdiction_code: str, now: datetime | None = None) -> date:
    """Return today's date in the jurisdiction's time zone.

    Deadlines are local dates: just after midnight in Zagreb it is already
    the next day there although UTC still shows the previous one.
    """
    # FIXED_NOW pins the clock for tests. Production leaves it unset.
    moment = now or current_app.config.get("FIXED_NOW") or datetime.now(UTC)
    return local_date_of(moment, get_refs(jurisdiction_code).timezone)


def compute_request_deadline(
    jurisdiction_code: str, period_name: PeriodName, received_on: date, sent_on: date
) -> Deadline:
    """Compute a request's deadline under the law version in force when it was sent."""
    refs = get_refs(jurisdiction_code)
    return compute_deadline(refs, period_name, received_on, sent_on=sent_on)
