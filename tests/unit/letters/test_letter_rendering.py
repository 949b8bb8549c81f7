"""Escaping, split placeholders, value cleaning and template checks of render_letter."""

import dataclasses
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from foi_tracker.errors import FoiTrackerError
from foi_tracker.letters import LetterContext, LetterError, LetterKind, render_letter

AGENCY_WITH_MARKUP = 'Zavod za ceste & mostove <Sjever> "Istok" d.o.o.'
ORGANISATION_WITH_QUOTES = 'Udruga "Glas građana" – O\'Reilly & partneri'
TEXT_WITH_ANGLES = "a < b > c"


def _save(document: docx.document.Document, path: Path) -> Path:
    document.save(str(path))
    return path


def _add_proof_mark(paragraph: Paragraph) -> None:
    """Insert the spell-check mark that Word leaves between runs of a misspelt word."""
    mark = OxmlElement("w:proofErr")
    mark.set(qn("w:type"), "spellStart")
    paragraph._p.append(mark)


def _split_template(path: Path) -> Path:
    """Build a template shaped like one saved from Word, with placeholders split across runs."""
    document = docx.Document()

    # Split inside the name, the second half bold, with a proofing mark between the runs.
    paragraph = document.add_paragraph()
    paragraph.add_run("Tijelo: {{ agency_")
    _add_proof_mark(paragraph)
    paragraph.add_run("name }}").bold = True

    # Split between the braces themselves.
    paragraph = document.add_paragraph()
    paragraph.add_run("Mjesto: {")
    paragraph.add_run("{ place }")
    paragraph.add_run("}")

    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Datum"
    table.cell(0, 1).text = "{{ date_text }}"

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.add_run("{{ sender_")
    header.add_run("name }}").italic = True
    section.footer.paragraphs[0].text = "Kontakt: {{ sender_email }}"

    return _save(document, path)


def _simple_template(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    return _save(document, path)


def test_render_keeps_xml_special_characters(
    croatian_context: LetterContext,
    template_root: Path,
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
) -> None:
    context = dataclasses.replace(
        croatian_context,
        agency_name=AGENCY_WITH_MARKUP,
        sender_name=ORGANISATION_WITH_QUOTES,
        items=[TEXT_WITH_ANGLES, "Drugi podatak."],
    )

    data = render_letter(template_root / "HR" / "request.docx", context)
    text = docx_text(data)

    for xml in word_parts(data).values():
        etree.fromstring(xml.encode("utf-8"))
    assert AGENCY_WITH_MARKUP in text
    assert ORGANISATION_WITH_QUOTES in text
    assert f"1.\t{TEXT_WITH_ANGLES}" in text
    assert "2.\tDrugi podatak." in text
    assert "&amp;" not in text
    assert "&#39;" not in text
    assert "&#34;" not in text
    assert "&lt;" not in text


def test_render_replaces_split_placeholders(
    tmp_path: Path,
    croatian_context: LetterContext,
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
) -> None:
    template = _split_template(tmp_path / "split.docx")
    context = dataclasses.replace(
        croatian_context, sender_name=ORGANISATION_WITH_QUOTES
    )

    data = render_letter(template, context)
    document = docx.Document(BytesIO(data))
    section = document.sections[0]

    assert document.paragraphs[0].text == "Tijelo: Ministarstvo unutarnjih poslova"
    assert document.paragraphs[1].text == "Mjesto: Zagreb"
    assert document.tables[0].cell(0, 1).text == "4. prosinca 2026."
    assert section.header.paragraphs[0].text == ORGANISATION_WITH_QUOTES
    assert section.footer.paragraphs[0].text == "Kontakt: pravna@udruga.example"
    for name, xml in word_parts(data).items():
        for delimiter in ("{{", "}}", "{%", "%}"):
            assert delimiter not in xml, (name, delimiter)
    assert "agency_" not in docx_text(data)


def test_render_strips_control_characters(
    croatian_context: LetterContext,
    template_root: Path,
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
) -> None:
    context = dataclasses.replace(
        croatian_context,
        agency_name="Ministarstvo\x00 unutarnjih\x01 poslova\x1f",
        items=["Broj\x07 prijava\x1b u 2025.\x7f", "Podaci\x9b po županijama."],
    )

    data = render_letter(template_root / "HR" / "request.docx", context)
    text = docx_text(data)
    document_xml = word_parts(data)["word/document.xml"]

    assert "Ministarstvo unutarnjih poslova" in text
    assert "1.\tBroj prijava u 2025." in text
    assert "2.\tPodaci po županijama." in text
    for control in ("\x00", "\x07", "\x0b", "\x1b", "\x1f", "\x7f", "\x9b"):
        assert control not in document_xml, repr(control)


def test_render_turns_newlines_into_breaks(
    croatian_context: LetterContext,
    template_root: Path,
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
) -> None:
    context = dataclasses.replace(
        croatian_context,
        items=["Podaci za 2024.\r\nPodaci za 2025.", "Treći\rred\x0bčetvrti"],
    )

    data = render_letter(template_root / "HR" / "request.docx", context)
    text = docx_text(data)

    assert "1.\tPodaci za 2024.\nPodaci za 2025." in text
    assert "2.\tTreći\nred\nčetvrti" in text
    assert "<w:br/>" in word_parts(data)["word/document.xml"]


def test_render_normalizes_decomposed_letters(
    croatian_context: LetterContext,
    template_root: Path,
    docx_text: Callable[[bytes], str],
) -> None:
    # "c" + COMBINING CARON and "z" + COMBINING CARON, as in text copied from some PDF files.
    context = dataclasses.replace(
        croatian_context, officer_name="Ivana Bac\u030cic\u0301 Z\u030cic"
    )

    text = docx_text(render_letter(template_root / "HR" / "request.docx", context))

    assert "Ivana Bačić Žic" in text
    assert "\u030c" not in text
    assert "\u0301" not in text


def test_render_rejects_unknown_placeholder(
    tmp_path: Path, croatian_context: LetterContext
) -> None:
    template = _simple_template(
        tmp_path / "unknown.docx", "{{ agency_nam }} {{ court_name }} {{ place }}"
    )

    with pytest.raises(LetterError) as caught:
        render_letter(template, croatian_context)

    assert "agency_nam" in str(caught.value)
    assert "court_name" in str(caught.value)
    assert "place" not in str(caught.value).split(":")[-1]


def test_render_rejects_invalid_syntax(
    tmp_path: Path, croatian_context: LetterContext
) -> None:
    template = _simple_template(tmp_path / "broken.docx", "{% if subject %}Predmet")

    with pytest.raises(LetterError, match="syntax"):
        render_letter(template, croatian_context)


def test_render_rejects_missing_template(
    tmp_path: Path, croatian_context: LetterContext
) -> None:
    with pytest.raises(LetterError, match="not found"):
        render_letter(tmp_path / "missing.docx", croatian_context)


def test_render_rejects_non_docx_file(
    tmp_path: Path, croatian_context: LetterContext
) -> None:
    fake = tmp_path / "letter.docx"
    fake.write_text("not a zip archive", encoding="utf-8")

    with pytest.raises(LetterError, match=r"not a valid \.docx"):
        render_letter(fake, croatian_context)


@pytest.mark.parametrize(
    ("changes", "expected_message"),
    [
        ({"agency_name": "  \x07 "}, "agency_name is empty"),
        ({"items": []}, "items is empty"),
        ({"items": ["Prvi podatak.", " "]}, "items[2] is empty"),
        (
            {"agency_address_lines": ["", "10000 Zagreb"]},
            "agency_address_lines[1] is empty",
        ),
    ],
)
def test_render_rejects_empty_values(
    template_root: Path,
    croatian_context: LetterContext,
    changes: dict[str, object],
    expected_message: str,
) -> None:
    context = dataclasses.replace(croatian_context, **changes)  # type: ignore[arg-type]

    with pytest.raises(LetterError) as caught:
        render_letter(template_root / "HR" / "request.docx", context)

    assert expected_message in str(caught.value)


def test_letter_error_is_domain_error() -> None:
    assert issubclass(LetterError, FoiTrackerError)


def test_render_accepts_template_bytes(
    template_root: Path, croatian_context: LetterContext, docx_text: Callable[[bytes], str]
) -> None:
    data = (template_root / "HR" / "request.hr.docx").read_bytes()

    text = docx_text(render_letter(data, croatian_context, "request"))

    assert "Ministarstvo unutarnjih poslova" in text


def test_render_rejects_non_docx_bytes(croatian_context: LetterContext) -> None:
    with pytest.raises(LetterError, match=r"The letter template is not a valid \.docx file"):
        render_letter(b"not a zip archive", croatian_context)


def test_render_rejects_template_of_other_kind(template_root: Path, croatian_context: LetterContext) -> None:
    with pytest.raises(LetterError, match="unknown placeholders: appeal_body_address_lines, appeal_body_name"):
        render_letter(template_root / "HR" / "enforcement.hr.docx", croatian_context, LetterKind.REQUEST)
