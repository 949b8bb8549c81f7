"""Mirror the jurisdictions of legal_refs/ into the database."""

import logging
from datetime import date

from ..extensions import db
from ..law import JurisdictionRefs
from ..models import Jurisdiction

logger = logging.getLogger(__name__)


def sync_jurisdictions(all_refs: dict[str, JurisdictionRefs], today: date) -> int:
    """Create or update one Jurisdiction row per legal_refs file and return the count.

    The law titles are those of the version in force on ``today``. The caller commits.
    """
    for code, refs in sorted(all_refs.items()):
        version = refs.version_on(today)
        jurisdiction = db.session.get(Jurisdiction, code) or Jurisdiction(code=code)
        jurisdiction.name_en = refs.name_en
        jurisdiction.name_local = refs.name_local
        jurisdiction.language = refs.language
        jurisdiction.timezone = refs.timezone
        jurisdiction.law_title_local = version.law_title_local
        jurisdiction.law_title_en = version.law_title_en
        db.session.add(jurisdiction)

    db.session.flush()
    logger.info("synchronised %s jurisdictions from legal_refs", len(all_refs))
    return len(all_refs)
