"""Import public authorities from CSV, deduplicated on normalised name."""

import csv
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..extensions import db
from ..models import Agency, AgencyType, Jurisdiction
from .legal import get_all_refs

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("jurisdiction", "name_local", "type")
AGENCY_COLUMNS = (
    "name_en",
    "parent",
    "street_address",
    "postal_code",
    "city",
    "email",
    "website",
    "source",
    "note",
)


@dataclass
class ImportResult:
    """Counts of an import, and one line per row that was skipped."""

    created: int = 0
    updated: int = 0
    skipped: list[str] = field(default_factory=list)


def normalize_name(name: str) -> str:
    """Return the key agencies are deduplicated on.

    NFC, case-folded, quotes dropped and whitespace collapsed, so that
    "Ministarstvo  pravde" and "ministarstvo pravde" are one authority.
    """
    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"[\"'“”„«»]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def import_agencies_csv(path: Path) -> ImportResult:
    """Create or update agencies from a CSV file in the agencies.csv layout.

    Rows of a jurisdiction that is not loaded from legal_refs/ are skipped
    and reported; nothing is guessed. The caller commits.
    """
    result = ImportResult()
    loaded = set(db.session.scalars(select(Jurisdiction.code)))
    # Data files may use another code for a jurisdiction, e.g. the ISO 3166-2
    # BA-BIH for the Federation of BiH; legal_refs/ lists them as aliases.
    known_codes = {
        alias.casefold(): refs.code
        for refs in get_all_refs().values()
        if refs.code in loaded
        for alias in refs.codes
    }

    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [name for name in REQUIRED_COLUMNS if name not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}.")

        for line_number, row in enumerate(reader, start=2):
            _import_row(row, line_number, path.name, known_codes, result)

    logger.info(
        "imported agencies from %s: %s created, %s updated, %s skipped",
        path.name,
        result.created,
        result.updated,
        len(result.skipped),
    )
    return result


def _import_row(
    row: dict[str, str], line_number: int, file_name: str, known_codes: dict[str, str], result: ImportResult
) -> None:
    given_code = (row.get("jurisdiction") or "").strip()
    name = unicodedata.normalize("NFC", (row.get("name_local") or "").strip())
    code = known_codes.get(given_code.casefold())
    if code is None:
        result.skipped.append(f"{file_name}:{line_number}: jurisdiction {given_code!r} is not loaded")
        return
    if not name:
        result.skipped.append(f"{file_name}:{line_number}: name_local is empty")
        return

    type_value = (row.get("type") or "").strip()
    agency_type = AgencyType(type_value) if type_value in AgencyType._value2member_map_ else AgencyType.OTHER
    key = normalize_name(name)
    agency = db.session.scalar(
        select(Agency).where(Agency.jurisdiction_code == code, Agency.normalized_name == key)
    )
    if agency is None:
        agency = Agency(jurisdiction_code=code, name=name, normalized_name=key)
        db.session.add(agency)
        result.created += 1
    else:
        result.updated += 1

    agency.agency_type = agency_type
    values = {column: (row.get(column) or "").strip() for column in AGENCY_COLUMNS}
    agency.name_en = values["name_en"]
    agency.parent_name = values["parent"]
    agency.street_address = values["street_address"]
    agency.postal_code = values["postal_code"]
    agency.city = values["city"]
    agency.email = values["email"]
    agency.website = values["website"]
    agency.source = values["source"]
    agency.note = values["note"]
    db.session.flush()
