"""Legal references and the deadline engine. Pure Python: nothing here imports Flask."""

from foi_tracker.errors import FoiTrackerError
from foi_tracker.law.calendar import SkippedDay, WorkingCalendar, holidays_in_year
from foi_tracker.law.deadlines import Deadline, compute_deadline, days_left, format_day
from foi_tracker.law.errors import (
    LegalRefsError,
    NoWorkingDayError,
    PeriodNotDefinedError,
    UnknownJurisdictionError,
)
from foi_tracker.law.grounds import RefusalGround, RefusalGroundRef
from foi_tracker.law.local_time import local_date_of
from foi_tracker.law.periods import (
    COUNTED_FROM_TEXT,
    CountedFrom,
    Notice,
    Period,
    PeriodName,
    PeriodUnit,
    clock_start_date,
)
from foi_tracker.law.refs import (
    AppealBody,
    ArticleRef,
    CountingRule,
    JurisdictionRefs,
    LawVersion,
    LetterLanguage,
    find_refs,
)
from foi_tracker.law.refs_loader import load_jurisdiction_file, load_legal_refs

__all__ = [
    "COUNTED_FROM_TEXT",
    "AppealBody",
    "ArticleRef",
    "CountedFrom",
    "CountingRule",
    "Deadline",
    "FoiTrackerError",
    "JurisdictionRefs",
    "LawVersion",
    "LegalRefsError",
    "LetterLanguage",
    "NoWorkingDayError",
    "Notice",
    "Period",
    "PeriodName",
    "PeriodNotDefinedError",
    "PeriodUnit",
    "RefusalGround",
    "RefusalGroundRef",
    "SkippedDay",
    "UnknownJurisdictionError",
    "WorkingCalendar",
    "clock_start_date",
    "compute_deadline",
    "days_left",
    "find_refs",
    "format_day",
    "holidays_in_year",
    "load_jurisdiction_file",
    "load_legal_refs",
    "local_date_of",
]
