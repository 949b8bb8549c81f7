"""Fixtures for letter tests: template paths, a filled context and readers of .docx output."""

import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.document import Document

from foi_tracker.letters import LetterContext

TEMPLATE_ROOT = Path(__file__).resolve().parents[3] / "letter_templates"


def collect_docx_text(data: bytes) -> str:
    """Return the text of body paragraphs, table cells, headers and footers, one line each."""
    document = docx.Document(BytesIO(data))
    lines = [paragraph.text for paragraph in document.paragraphs]
    lines.extend(_table_lines(document))

    for section in document.sections:
        for part in (section.header, section.footer):
            lines.extend(paragraph.text for paragraph in part.paragraphs)
            for table in part.tables:
                lines.extend(cell.text for row in table.rows for cell in row.cells)

    return "\n".join(lines)


def _table_lines(document: Document) -> list[str]:
    return [
        cell.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
    ]


def read_word_parts(data: bytes) -> dict[str, str]:
    """Return every word/*.xml part of a .docx file, decoded as UTF-8."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


@pytest.fixture
def template_root() -> Path:
    return TEMPLATE_ROOT


@pytest.fixture
def docx_text() -> Callable[[bytes], str]:
    return collect_docx_text


@pytest.fixture
def word_parts() -> Callable[[bytes], dict[str, str]]:
    return read_word_parts


@pytest.fixture
def croatian_context() -> LetterContext:
    """A complete Croatian letter context, written out literally."""
    return LetterContext(
        sender_name="Udruga za zaštitu žrtava trgovanja ljudima",
        sender_address="Ilica 12",
        sender_city="10000 Zagreb",
        sender_email="pravna@udruga.example",
        agency_name="Ministarstvo unutarnjih poslova",
        agency_address_lines=["Ulica grada Vukovara 33", "10000 Zagreb"],
        place="Zagreb",
        date_text="4. prosinca 2026.",
        law_title="Zakon o pravu na pristup informacijama",
        law_citation="„Narodne novine“, br. 25/13, 85/15 i 69/22",
        items=[
            "Broj kaznenih prijava za trgovanje ljudima podnesenih u 2025. godini.",
            "Broj žrtava u Međimurskoj županiji te u gradovima i općinama Čakovec, Đakovo, Šibenik, Ćabar i Žminj.",
        ],
        delivery_form_text=(
            "Tražene informacije molimo dostaviti elektroničkom poštom na adresu"
            " pravna@udruga.example."
        ),
        officer_name="Ivana Šarić",
        officer_role="pravna savjetnica",
        request_article="članak 18.",
        reply_period_text=(
            "Molimo da nam tražene informacije dostavite u zakonskom roku od 15 dana"
            " od dana podnošenja urednog zahtjeva (članak 20. stavak 1. Zakona)."
        ),
        agency_reference="KLASA: 008-04/26-01/112",
        subject="kaznene prijave za trgovanje ljudima",
    )
