"""Convert rendered letters to PDF with LibreOffice, which must read them as Word does."""

import shutil
import subprocess
from pathlib import Path

import pytest

from foi_tracker.letters import LetterContext, render_letter

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice (soffice) is not on PATH")
@pytest.mark.parametrize("jurisdiction", ["HR", "RS", "BA"])
def test_libreoffice_converts_rendered_letter(
    tmp_path: Path,
    template_root: Path,
    croatian_context: LetterContext,
    jurisdiction: str,
) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(
        render_letter(template_root / jurisdiction / "request.docx", croatian_context)
    )
    assert OFFICE is not None

    # A private profile keeps the test independent of any user's LibreOffice settings.
    subprocess.run(
        [
            OFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(letter),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )

    pdf = tmp_path / "letter.pdf"
    assert pdf.is_file()
    assert pdf.read_bytes().startswith(b"%PDF")
