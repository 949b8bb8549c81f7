"""Conversion of rendered letters to PDF with LibreOffice."""

import logging
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from foi_tracker.letters.errors import LetterError

logger = logging.getLogger(__name__)

# A cold LibreOffice start with a new profile takes a few seconds on a 2-core
# machine; a one-page letter converts in well under a minute.
DEFAULT_TIMEOUT_SECONDS = 120.0


def find_office() -> str | None:
    """Return the path of the LibreOffice executable (soffice or libreoffice), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_available() -> bool:
    """Tell whether LibreOffice is installed, so that letters can be converted to PDF."""
    return find_office() is not None


def convert_to_pdf(docx: bytes, *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> bytes:
    """Convert the .docx document ``docx`` to PDF with LibreOffice and return the PDF.

    Each call runs ``soffice --headless --convert-to pdf`` in its own temporary
    folder with its own user profile, so concurrent conversions do not share
    LibreOffice's profile lock. Raise LetterError when LibreOffice is missing,
    fails, times out after ``timeout`` seconds or writes no PDF.
    """
    office = find_office()
    if office is None:
        raise LetterError(
            "LibreOffice is not installed, so the letter cannot be converted to PDF."
            " Install LibreOffice Writer (Debian package libreoffice-writer-nogui) or download the .docx."
        )

    with tempfile.TemporaryDirectory(prefix="foi-letter-") as folder:
        work = Path(folder)
        source = work / "letter.docx"
        source.write_bytes(docx)
        command = [
            office,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(source),
        ]

        started = time.monotonic()
        try:
            result = subprocess.run(  # noqa: S603 - the command is built from fixed arguments
                command, capture_output=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise LetterError(
                f"LibreOffice did not convert the letter to PDF within {timeout:g} seconds."
            ) from error

        target = work / "letter.pdf"
        if result.returncode != 0 or not target.is_file():
            output = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
            raise LetterError(
                f"LibreOffice failed to convert the letter to PDF (exit code {result.returncode})"
                + (f": {output[-500:]}" if output else ".")
            )

        pdf = target.read_bytes()

    logger.info("converted a letter to PDF in %.1f s", time.monotonic() - started)
    return pdf
