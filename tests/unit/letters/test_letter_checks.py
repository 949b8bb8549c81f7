"""check_template on shipped templates, on templates saved the way Word splits runs, and on broken ones."""

import dataclasses
import io
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import CT_R
from docx.text.paragraph import Paragraph

from foi_tracker.letters import (
    LetterContext,
    LetterKind,
    ProblemCode,
    TemplateProblem,
    check_template,
    render_letter,
)

from .conftest import LanguageSample

TEMPLATE_ROOT = Path(__file__).resolve().parents[3] / "letter_templates"
SHIPPED = sorted(path for path in TEMPLATE_ROOT.glob("*/*.docx"))
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _kind_of(path: Path) -> LetterKind:
    return LetterKind(path.name.split(".")[0])


def _codes(problems: list[TemplateProblem]) -> list[ProblemCode]:
    return [problem.code for problem in problems]


def _load(relative: str) -> docx.document.Document:
    return docx.Document(str(TEMPLATE_ROOT / relative))


def _save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _paragraph_with(document: docx.document.Document, text: str) -> Paragraph:
    for paragraph in document.paragraphs:
        if text in paragraph.text:
            return paragraph
    raise AssertionError(f"no paragraph contains {text!r}")


def _split_run(paragraph: Paragraph, placeholder: str, cut: int) -> tuple[CT_R, CT_R]:
    """Split the run holding ``placeholder`` the way Word does: a new run with its own rsid and bold."""
    run = next(run for run in paragraph.runs if placeholder in run.text)
    before, after = run.text.split(placeholder, 1)
    run.text = before + placeholder[:cut]
    run._r.set(qn("w:rsidR"), "00A1B2C3")

    mark = OxmlElement("w:proofErr")
    mark.set(qn("w:type"), "spellStart")
    run._r.addnext(mark)

    second = paragraph.add_run(placeholder[cut:] + after)
    second.bold = True
    second._r.set(qn("w:rsidR"), "00D4E5F6")
    mark.addnext(second._r)
    return run._r, second._r


@pytest.mark.parametrize("path", SHIPPED, ids=[f"{path.parent.name}/{path.name}" for path in SHIPPED])
def test_shipped_template_passes_check(path: Path) -> None:
    assert check_template(path.read_bytes(), _kind_of(path)) == []


def test_check_accepts_runs_split_by_word(
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
) -> None:
    document = _load("HR/appeal_refusal.hr.docx")
    _split_run(_paragraph_with(document, "{{ appeal_body_name }}"), "{{ appeal_body_name }}", 9)
    # Word also splits between the two braces of a delimiter.
    _split_run(_paragraph_with(document, "{{ decision_date_text }}"), "{{ decision_date_text }}", 1)
    header = document.sections[0].header.paragraphs[0]
    _split_run(header, "{{ sender_name }}", 10)
    data = _save(document)
    context = language_samples[("HR", "hr")].context

    problems = check_template(data, LetterKind.APPEAL_REFUSAL)
    text = docx_text(render_letter(data, context, LetterKind.APPEAL_REFUSAL))

    assert problems == []
    assert "Povjerenik za informiranje" in text
    assert "protiv rješenja od 20. studenoga 2026." in text
    assert "appeal_bo" not in text


def test_check_reports_tag_split_by_hyperlink() -> None:
    document = _load("HR/appeal_refusal.hr.docx")
    _, second = _split_run(_paragraph_with(document, "{{ appeal_body_name }}"), "{{ appeal_body_name }}", 9)
    hyperlink = OxmlElement("w:hyperlink")
    second.addprevious(hyperlink)
    hyperlink.append(second)

    problems = check_template(_save(document), LetterKind.APPEAL_REFUSAL)

    assert ProblemCode.SPLIT_TAG in _codes(problems)
    split = next(problem for problem in problems if problem.code is ProblemCode.SPLIT_TAG)
    assert "hyperlink" in split.message
    assert "{{ appeal_body_name }}" in split.message
    assert split.location is not None
    assert split.location.startswith("body, paragraph")


def test_check_reports_tag_split_by_tracked_change() -> None:
    document = _load("HR/request.hr.docx")
    _, second = _split_run(_paragraph_with(document, "{{ place }}"), "{{ place }}", 4)
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "1")
    insertion.set(qn("w:author"), "Pravna služba")
    second.addprevious(insertion)
    insertion.append(second)

    problems = check_template(_save(document), LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.SPLIT_TAG]
    assert "tracked insertion" in problems[0].message


def test_check_reports_tag_across_paragraphs() -> None:
    document = _load("HR/request.hr.docx")
    paragraph = _paragraph_with(document, "{{ place }}, {{ date_text }}")
    paragraph.runs[0].text = "{{ place }}, {{ date_"
    paragraph.insert_paragraph_before("Zagreb")
    following = document.add_paragraph("text }}")
    paragraph._p.addnext(following._p)

    problems = check_template(_save(document), LetterKind.REQUEST)

    assert ProblemCode.SPLIT_TAG in _codes(problems)
    message = next(problem.message for problem in problems if problem.code is ProblemCode.SPLIT_TAG)
    assert "does not end in the same paragraph" in message
    assert "{{ date_" in message


def test_check_reports_unknown_placeholder() -> None:
    document = _load("HR/request.hr.docx")
    paragraph = _paragraph_with(document, "{{ place }}, {{ date_text }}")
    paragraph.runs[0].text = "{{ place }}, {{ date_text }} {{ agency_nam }}"

    problems = check_template(_save(document), LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.UNKNOWN_PLACEHOLDER]
    assert "“agency_nam”" in problems[0].message
    assert "request letter" in problems[0].message
    assert "agency_name" in problems[0].message
    assert problems[0].location is not None
    assert problems[0].location.startswith("body, paragraph")


def test_check_reports_placeholder_of_other_kind() -> None:
    data = (TEMPLATE_ROOT / "HR" / "appeal_refusal.hr.docx").read_bytes()

    problems = check_template(data, LetterKind.REQUEST)

    unknown = {problem.message.split("”")[0].split("“")[1] for problem in problems if problem.code is ProblemCode.UNKNOWN_PLACEHOLDER}
    assert "decision_date_text" in unknown
    assert "appeal_body_name" in unknown
    missing = [problem.message for problem in problems if problem.code is ProblemCode.MISSING_PLACEHOLDER]
    assert any("{{ delivery_form_text }}" in message for message in missing)


def test_check_reports_missing_required_placeholder() -> None:
    document = _load("HR/appeal_refusal.hr.docx")
    subheading = _paragraph_with(document, "protiv rješenja od")
    subheading.runs[0].text = "protiv rješenja"
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace("{% if appeal_period_citation %} ({{ appeal_period_citation }}){% endif %}", "")

    problems = check_template(_save(document), LetterKind.APPEAL_REFUSAL)

    assert _codes(problems) == [ProblemCode.MISSING_PLACEHOLDER] * 3
    assert "{{ appeal_period_citation }}" in problems[0].message
    assert "{{ decision_date_text }}" in problems[1].message
    assert "{{ decision_reference }}" in problems[2].message
    assert "appeal_refusal template" in problems[2].message


def test_check_reports_missing_date_placeholder() -> None:
    document = _load("HR/urgency.hr.docx")
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace("{{ due_date_text }}", "na vrijeme")

    problems = check_template(_save(document), LetterKind.URGENCY)

    assert _codes(problems) == [ProblemCode.MISSING_PLACEHOLDER]
    assert "{{ due_date_text }}" in problems[0].message


def test_check_reports_broken_jinja_with_context() -> None:
    document = _load("HR/request.hr.docx")
    _paragraph_with(document, "{%p endif %}").runs[0].text = "{%p endfor %}"

    problems = check_template(_save(document), LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.INVALID_SYNTAX]
    assert problems[0].location is not None
    assert problems[0].location.startswith("body, paragraph")
    assert "“{%p endfor %}”" in problems[0].message
    assert "endfor" in problems[0].message


def test_check_reports_unclosed_block() -> None:
    document = _load("HR/request.hr.docx")
    _paragraph_with(document, "{%p endif %}").runs[0].text = "Kraj"

    problems = check_template(_save(document), LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.INVALID_SYNTAX]
    assert "endif" in problems[0].message


def test_check_reports_broken_header() -> None:
    document = _load("HR/request.hr.docx")
    document.sections[0].header.paragraphs[0].runs[0].text = "{{ sender_name }"

    problems = check_template(_save(document), LetterKind.REQUEST)

    assert ProblemCode.SPLIT_TAG in _codes(problems) or ProblemCode.INVALID_SYNTAX in _codes(problems)
    assert any((problem.location or "").startswith("header 1") for problem in problems)


def test_check_accepts_typographic_quotes_in_tags() -> None:
    document = _load("HR/request.hr.docx")
    paragraph = _paragraph_with(document, "{{ place }}, {{ date_text }}")
    paragraph.runs[0].text = "{{ place }}, {{ date_text }}{% if subject == “x” %}!{% endif %}"

    assert check_template(_save(document), LetterKind.REQUEST) == []


def test_check_reports_paragraph_tag_with_text() -> None:
    document = _load("HR/request.hr.docx")
    _paragraph_with(document, "{%p if agency_reference %}").runs[0].text = "Broj: {%p if agency_reference %}"

    problems = check_template(_save(document), LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.PARAGRAPH_TAG_WITH_TEXT]
    assert "“Broj:”" in problems[0].message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"%PDF-1.7 not a Word file", "not a ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word .doc", "not a ZIP archive"),
    ],
)
def test_check_rejects_non_docx_bytes(data: bytes, expected: str) -> None:
    problems = check_template(data, LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.NOT_DOCX]
    assert expected in problems[0].message


def test_check_rejects_zip_without_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "Predložak")

    problems = check_template(buffer.getvalue(), LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.NOT_DOCX]
    assert "word/document.xml is missing" in problems[0].message


def test_check_rejects_macro_enabled_document() -> None:
    data = (TEMPLATE_ROOT / "HR" / "request.hr.docx").read_bytes()
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
                )
            target.writestr(item, content)

    problems = check_template(buffer.getvalue(), LetterKind.REQUEST)

    assert _codes(problems) == [ProblemCode.NOT_DOCX]
    assert ".docm" in problems[0].message


def test_check_accepts_kind_as_string() -> None:
    data = (TEMPLATE_ROOT / "RS" / "urgency.sr-Cyrl.docx").read_bytes()

    assert check_template(data, "urgency") == []


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice (soffice) is not on PATH")
def test_check_accepts_template_saved_by_libreoffice(
    tmp_path: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
) -> None:
    document = _load("RS/appeal_refusal.sr-Cyrl.docx")
    _split_run(_paragraph_with(document, "{{ appeal_body_name }}"), "{{ appeal_body_name }}", 9)
    source = tmp_path / "source" / "appeal.docx"
    source.parent.mkdir()
    source.write_bytes(_save(document))
    assert OFFICE is not None

    # Opening and saving the file in an office suite rewrites every run.
    subprocess.run(
        [
            OFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = (tmp_path / "appeal.docx").read_bytes()
    context = dataclasses.replace(language_samples[("RS", "sr-Cyrl")].context)

    problems = check_template(saved, LetterKind.APPEAL_REFUSAL)
    text = docx_text(render_letter(saved, context, LetterKind.APPEAL_REFUSAL))

    assert problems == []
    assert "Повереник за информације од јавног значаја и заштиту података о личности" in text
    assert "ЖАЛБА" in text


def test_context_fixture_is_letter_context(croatian_context: LetterContext) -> None:
    assert isinstance(croatian_context, LetterContext)
