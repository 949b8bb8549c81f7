"""Convert rendered letters to PDF with LibreOffice, which must read them as Word does."""

import shutil
import subprocess
from pathlib import Path

import pytest

from foi_tracker.letters import (
    LetterError,
    LetterKind,
    convert_to_pdf,
    find_template,
    libreoffice_available,
    render_letter,
)
from foi_tracker.letters import pdf as pdf_module

from .conftest import LanguageSample

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert PDFTOTEXT is not None
    source = tmp_path / "letter.pdf"
    source.write_bytes(pdf)
    result = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(source), "-"], check=True, capture_output=True)
    return result.stdout.decode("utf-8")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice (soffice) is not on PATH")
@pytest.mark.parametrize(
    ("jurisdiction", "tag", "kind", "expected"),
    [
        # Latin with Croatian, Serbian and Slovenian diacritics.
        ("HR", "hr", LetterKind.APPEAL_REFUSAL, "Međimurja"),
        # Serbian Cyrillic.
        ("RS", "sr-Cyrl", LetterKind.COMPLAINT_SILENCE, "ЂАКОВИЦУ"),
        # Macedonian Cyrillic.
        ("MK", "mk", LetterKind.URGENCY, "ЃЕВГЕЛИЈА"),
        # Latin with Romanian comma-below letters.
        ("RO", "ro", LetterKind.REQUEST, "Țăndărei"),
        # Latin with Albanian ë and ç.
        ("AL", "sq", LetterKind.DECISION_IN_WRITING, "KORÇËN"),
    ],
)
def test_letter_converts_to_pdf(
    tmp_path: Path,
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    jurisdiction: str,
    tag: str,
    kind: LetterKind,
    expected: str,
) -> None:
    context = language_samples[(jurisdiction, tag)].context
    letter = render_letter(find_template(template_root, jurisdiction, kind, tag), context, kind)

    pdf = convert_to_pdf(letter)

    assert pdf.startswith(b"%PDF")
    if PDFTOTEXT is not None:
        text = _pdf_text(pdf, tmp_path)
        assert expected in text
        assert context.agency_name in " ".join(text.split())


def test_libreoffice_available_matches_path() -> None:
    assert libreoffice_available() == (OFFICE is not None)


def test_convert_without_libreoffice_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)

    assert libreoffice_available() is False
    with pytest.raises(LetterError, match="LibreOffice is not installed"):
        convert_to_pdf(b"PK")


def test_convert_reports_office_failure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    failing = tmp_path / "soffice"
    failing.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setattr(pdf_module, "find_office", lambda: str(failing))

    with pytest.raises(LetterError, match=r"exit code 1\): Error: source file could not be loaded"):
        convert_to_pdf(b"not a document")


def test_convert_reports_missing_output(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    silent = tmp_path / "soffice"
    silent.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    silent.chmod(0o755)
    monkeypatch.setattr(pdf_module, "find_office", lambda: str(silent))

    with pytest.raises(LetterError, match=r"failed to convert the letter to PDF \(exit code 0\)\."):
        convert_to_pdf(b"PK")


def test_convert_times_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    slow = tmp_path / "soffice"
    slow.write_text("#!/bin/sh\nexec sleep 5\n", encoding="utf-8")
    slow.chmod(0o755)
    monkeypatch.setattr(pdf_module, "find_office", lambda: str(slow))

    with pytest.raises(LetterError, match=r"within 0\.5 seconds"):
        convert_to_pdf(b"PK", timeout=0.5)
