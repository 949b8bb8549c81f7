"""Overview of every jurisdiction's periods, for the docs table and the law page."""

from dataclasses import dataclass
from datetime import date

from foi_tracker.law.periods import PeriodName
from foi_tracker.law.refs import JurisdictionRefs

NOT_DEFINED = "—"


@dataclass(frozen=True)
class PeriodCell:
    """One period of one law version, as a table cell."""

    text: str  # e.g. "15 calendar days, Art. 20(1)", or NOT_DEFINED
    confirmed: bool
    note: str  # why a period is missing or unconfirmed; empty when neither


@dataclass(frozen=True)
class JurisdictionRow:
    """One jurisdiction's law in force on a day and its periods."""

    code: str
    name_en: str
    law_title_local: str
    law_citation: str
    in_force_from: date
    cells: tuple[PeriodCell, ...]  # in the order of PeriodName


def _describe_cell(refs: JurisdictionRefs, name: PeriodName, day: date) -> PeriodCell:
    version = refs.version_on(day)
    period = version.periods.get(name)
    if period is None:
        note = version.omitted_periods.get(name, "")
        return PeriodCell(NOT_DEFINED, True, note)

    unit = period.unit.value.replace("_", " ")
    article = period.article or "article not confirmed"
    confirmed = period.confirmed and version.counting.confirmed and refs.calendar_confirmed
    note = "" if period.confirmed else (period.note or "")
    return PeriodCell(f"{period.length} {unit}, {article}", confirmed, note)


def build_overview(all_refs: dict[str, JurisdictionRefs], day: date) -> list[JurisdictionRow]:
    """Describe the law in force on ``day`` in every jurisdiction, one row each, by code."""
    rows = []
    for code in sorted(all_refs):
        refs = all_refs[code]
        version = refs.version_on(day)
        cells = tuple(_describe_cell(refs, name, day) for name in PeriodName)
        rows.append(
            JurisdictionRow(
                code=code,
                name_en=refs.name_en,
                law_title_local=version.law_title_local,
                law_citation=version.law_citation,
                in_force_from=version.in_force_from,
                cells=cells,
            )
        )

    return rows


def render_overview_markdown(rows: list[JurisdictionRow], day: date) -> str:
    """Render the overview as a Markdown table; a trailing * marks an unconfirmed period."""
    header = ["Jurisdiction", "Law (in force from)", *(name.value for name in PeriodName)]
    lines = [
        f"# Periods of the access-to-information laws on {day.isoformat()}",
        "",
        "Generated from legal_refs/ by `flask --app wsgi legal-refs-table`. Each cell gives",
        "the length, the unit and the article. A * marks a period that rests on a fact the",
        "file does not confirm; deadlines computed from it are shown as provisional.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for row in rows:
        cells = [f"{cell.text}{'' if cell.confirmed else ' *'}" for cell in row.cells]
        law = f"{row.law_title_local}, {row.law_citation} ({row.in_force_from.isoformat()})"
        lines.append("| " + " | ".join([f"{row.name_en} ({row.code})", law, *cells]) + " |")

    return "\n".join(lines) + "\n"
