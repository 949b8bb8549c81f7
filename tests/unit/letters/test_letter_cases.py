"""Worked letter cases L1 (markup characters in values) and L2 (templates saved from Word) for each kind."""

import dataclasses
import io
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from foi_tracker.letters import LetterKind, check_template, find_template, render_letter

from .conftest import LanguageSample

AGENCY_WITH_MARKUP = 'Zavod za ceste & mostove <Sjever> "Istok" d.o.o.'
ORGANISATION_WITH_QUOTES = 'Udruga "Glas građana" – O\'Reilly & partneri'
TEXT_WITH_ANGLES = "a < b > c"

SAMPLE_TEMPLATES = [
    ("HR", "hr", LetterKind.URGENCY),
    ("HR", "hr", LetterKind.APPEAL_REFUSAL),
    ("RS", "sr-Cyrl", LetterKind.COMPLAINT_SILENCE),
    ("BA-RS", "sr-Latn", LetterKind.DECISION_IN_WRITING),
    ("MK", "mk", LetterKind.ENFORCEMENT),
    ("AL", "sq", LetterKind.APPEAL_REFUSAL),
    ("RO", "ro", LetterKind.COMPLAINT_SILENCE),
    ("SI", "sl", LetterKind.URGENCY),
    ("BG", "bg", LetterKind.REQUEST),
]
SAMPLE_IDS = [f"{jurisdiction}-{tag}-{kind.value}" for jurisdiction, tag, kind in SAMPLE_TEMPLATES]

# A placeholder of each kind that the L2 template splits, and one it puts in a table cell.
SPLIT_PLACEHOLDERS = {
    LetterKind.REQUEST: ("{{ agency_name }}", "{{ date_text }}"),
    LetterKind.URGENCY: ("{{ agency_name }}", "{{ due_date_text }}"),
    LetterKind.COMPLAINT_SILENCE: ("{{ appeal_body_name }}", "{{ due_date_text }}"),
    LetterKind.APPEAL_REFUSAL: ("{{ appeal_body_name }}", "{{ decision_date_text }}"),
    LetterKind.DECISION_IN_WRITING: ("{{ agency_name }}", "{{ reply_date_text }}"),
    LetterKind.ENFORCEMENT: ("{{ appeal_body_name }}", "{{ appeal_decision_date_text }}"),
}


@pytest.mark.parametrize(("jurisdiction", "tag", "kind"), SAMPLE_TEMPLATES, ids=SAMPLE_IDS)
def test_letter_keeps_markup_characters(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
    jurisdiction: str,
    tag: str,
    kind: LetterKind,
) -> None:
    context = dataclasses.replace(
        language_samples[(jurisdiction, tag)].context,
        agency_name=AGENCY_WITH_MARKUP,
        sender_name=ORGANISATION_WITH_QUOTES,
        appeal_body_name=f"Povjerenik & {TEXT_WITH_ANGLES}",
        items=[TEXT_WITH_ANGLES, "Drugi podatak."],
        appeal_reasons=[TEXT_WITH_ANGLES],
    )

    data = render_letter(find_template(template_root, jurisdiction, kind, tag), context, kind)
    text = docx_text(data)

    for xml in word_parts(data).values():
        etree.fromstring(xml.encode("utf-8"))
    assert AGENCY_WITH_MARKUP in text
    assert ORGANISATION_WITH_QUOTES in text
    if kind is not LetterKind.ENFORCEMENT:
        assert f"1.\t{TEXT_WITH_ANGLES}" in text
    for escaped in ("&amp;", "&#39;", "&#34;", "&lt;", "&gt;"):
        assert escaped not in text


@pytest.mark.parametrize(("jurisdiction", "tag", "kind"), SAMPLE_TEMPLATES, ids=SAMPLE_IDS)
def test_word_saved_template_replaces_everywhere(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
    jurisdiction: str,
    tag: str,
    kind: LetterKind,
) -> None:
    split_placeholder, cell_placeholder = SPLIT_PLACEHOLDERS[kind]
    template = _word_style_template(
        find_template(template_root, jurisdiction, kind, tag), split_placeholder, cell_placeholder
    )
    context = language_samples[(jurisdiction, tag)].context

    problems = check_template(template, kind)
    data = render_letter(template, context, kind)
    document = docx.Document(io.BytesIO(data))
    text = docx_text(data)

    assert problems == []
    for name, xml in word_parts(data).items():
        for delimiter in ("{{", "}}", "{%", "%}"):
            assert delimiter not in xml, (name, delimiter)
    split_value = getattr(context, split_placeholder.strip("{} "))
    cell_value = getattr(context, cell_placeholder.strip("{} "))
    assert split_value in text
    assert document.tables[0].cell(0, 1).text == cell_value
    assert document.sections[0].header.paragraphs[0].text == context.sender_name
    assert context.sender_email in "\n".join(p.text for p in document.sections[0].footer.paragraphs)


def _word_style_template(path: Path, split_placeholder: str, cell_placeholder: str) -> bytes:
    """Rework a shipped template the way Word saves an edited file.

    The placeholder is split in two runs with a spell-check mark between them and
    the second half bold, the header's placeholder is split between its braces,
    and a table cell contains another placeholder.
    """
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if split_placeholder in p.text)
    run = next(r for r in paragraph.runs if split_placeholder in r.text)
    before, after = run.text.split(split_placeholder, 1)
    cut = len(split_placeholder) // 2
    run.text = before + split_placeholder[:cut]
    mark = OxmlElement("w:proofErr")
    mark.set(qn("w:type"), "spellStart")
    run._r.addnext(mark)
    second = paragraph.add_run(split_placeholder[cut:] + after)
    second.bold = True
    mark.addnext(second._r)

    header = document.sections[0].header.paragraphs[0]
    header_run = header.runs[0]
    header_run.text = "{"
    header.add_run("{ sender_name }}").italic = True

    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "—"
    table.cell(0, 1).text = cell_placeholder

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
