"""The warning that case and request forms show before saving text that looks personal.

The warning does not block a save. The form shows what looked personal above
each field, with a box to tick, and saves when the user submits again with the
box ticked for the same findings.
"""

from dataclasses import dataclass

from .pseudonymisation import Finding, find_personal_data_in_fields, fingerprint_findings


@dataclass(frozen=True)
class PersonalDataWarning:
    """Findings per form field and the digest that the confirmation box must carry."""

    findings: dict[str, list[Finding]]
    fingerprint: str


def check_personal_data(values: dict[str, str], confirmation: str | None) -> PersonalDataWarning | None:
    """Return the warning to show, or None when nothing looks personal or the user confirmed these findings."""
    findings = find_personal_data_in_fields(values)
    if not findings:
        return None

    fingerprint = fingerprint_findings(findings)
    if confirmation == fingerprint:
        return None

    return PersonalDataWarning(findings, fingerprint)
