"""Accept uploaded files: check size and content type, store under a random name.

A file is kept only after every check passed, and it is written to a
temporary name first, so a failed upload leaves nothing behind.
"""

import hashlib
import logging
import os
import secrets
import unicodedata
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import filetype

from ..extensions import db
from ..models import Document, Event, FoiRequest, User
from .errors import FieldError

logger = logging.getLogger(__name__)

ALLOWED_DESCRIPTION = "PDF, DOCX, ODT, an image (JPEG, PNG, TIFF, GIF, WebP) or plain text"

IMAGE_TYPES = {
    "image/jpeg": {".jpg", ".jpeg"},
    "image/png": {".png"},
    "image/tiff": {".tif", ".tiff"},
    "image/gif": {".gif"},
    "image/webp": {".webp"},
}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"


class UploadTooLarge(FieldError):
    """Error for a file over the size limit, which the view answers with 413."""


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check, ready to store."""

    original_filename: str
    content_type: str
    data: bytes


def clean_filename(filename: str) -> str:
    """Return the last path component of a client file name, for display only.

    The name is never used as a path: files are stored under random names.
    Both separators count, because Windows clients send backslashes.
    """
    name = unicodedata.normalize("NFC", filename).replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return name[:255] or "unnamed"


def _sniff_zip_document(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return DOCX_TYPE
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_TYPE.encode():
                return ODT_TYPE
    except zipfile.BadZipFile:
        return None

    return None


def _looks_like_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False

    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False

    return True


def detect_content_type(filename: str, data: bytes) -> str | None:
    """Return the content type that both the extension and the bytes agree on, or None."""
    extension = Path(filename).suffix.lower()

    if extension == ".pdf":
        return "application/pdf" if data.startswith(b"%PDF-") else None
    if extension == ".docx":
        return DOCX_TYPE if _sniff_zip_document(data) == DOCX_TYPE else None
    if extension == ".odt":
        return ODT_TYPE if _sniff_zip_document(data) == ODT_TYPE else None
    if extension == ".txt":
        return "text/plain" if _looks_like_text(data) else None

    kind = filetype.guess(data)
    if kind is not None and extension in IMAGE_TYPES.get(kind.mime, set()):
        return str(kind.mime)

    return None


def check_upload(filename: str, data: bytes, max_bytes: int) -> CheckedUpload:
    """Validate an uploaded file or raise FieldError on the ``document`` field."""
    display_name = clean_filename(filename)

    if len(data) > max_bytes:
        raise UploadTooLarge(
            "document",
            f"The file “{display_name}” is {len(data) / 1_048_576:.1f} MB; the limit is "
            f"{max_bytes / 1_048_576:.0f} MB. Split or compress it and upload again.",
        )
    if not data:
        raise FieldError("document", f"The file “{display_name}” is empty. Choose the file again.")

    content_type = detect_content_type(display_name, data)
    if content_type is None:
        raise FieldError(
            "document",
            f"The file “{display_name}” is not a file type we accept, or its content does not "
            f"match its extension. Upload {ALLOWED_DESCRIPTION}.",
        )

    return CheckedUpload(display_name, content_type, data)


def store_upload(
    upload: CheckedUpload,
    upload_dir: Path,
    foi_request: FoiRequest,
    author: User,
    event: Event | None = None,
) -> Document:
    """Write the file to the upload store and add its Document row to the session."""
    upload_dir.mkdir(parents=True, exist_ok=True)
    stored_name = secrets.token_hex(16)
    final_path = upload_dir / stored_name
    temporary_path = upload_dir / f".{stored_name}.part"

    with open(temporary_path, "wb") as handle:
        handle.write(upload.data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary_path, final_path)

    document = Document(
        organisation_id=foi_request.organisation_id,
        foi_request=foi_request,
        event=event,
        original_filename=upload.original_filename,
        stored_name=stored_name,
        content_type=upload.content_type,
        size_bytes=len(upload.data),
        sha256=hashlib.sha256(upload.data).hexdigest(),
        uploaded_by_id=author.id,
    )
    db.session.add(document)
    logger.info("foi_request %s: stored document %s", foi_request.id, stored_name)
    return document
