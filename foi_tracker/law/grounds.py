"""Grounds on which an authority may refuse access, shared by every jurisdiction.

Each law words and numbers its exemptions differently. Every legal_refs entry maps
one of them to a RefusalGround, so the audit can count refusals by ground across
countries.
"""

from dataclasses import dataclass
from enum import StrEnum


class RefusalGround(StrEnum):
    """Kind of exemption, independent of any one law's wording."""

    CLASSIFIED_INFORMATION = "classified_information"
    PERSONAL_DATA = "personal_data"
    CRIMINAL_PROCEEDINGS = "criminal_proceedings"  # pre-investigation, investigation, prosecution
    COURT_OR_ADMINISTRATIVE_PROCEEDINGS = "court_or_administrative_proceedings"
    COMMERCIAL_SECRET = "commercial_secret"  # noqa: S105 - a ground name, not a password
    TAX_SECRET = "tax_secret"  # noqa: S105 - a ground name, not a password
    NATIONAL_SECURITY_DEFENCE = "national_security_defence"
    INTERNATIONAL_RELATIONS = "international_relations"
    ECONOMIC_MONETARY_POLICY = "economic_monetary_policy"
    LIFE_HEALTH_SAFETY = "life_health_safety"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    ENVIRONMENT_PROTECTION = "environment_protection"
    INFORMATION_IN_PREPARATION = "information_in_preparation"
    INSPECTION_SUPERVISION = "inspection_supervision"
    ABUSE_OF_RIGHT = "abuse_of_right"
    RESTRICTED_BY_OTHER_LAW = "restricted_by_other_law"
    INTERNATIONAL_AGREEMENT = "international_agreement"
    OTHER = "other"


@dataclass(frozen=True)
class RefusalGroundRef:
    """Exemption of one law version, with its own wording and article."""

    code: RefusalGround
    label_local: str  # short wording in the law's language
    label_en: str
    article: str | None
    confirmed: bool
    note: str | None
    sources: tuple[str, ...]
