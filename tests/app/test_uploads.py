"""Reply uploads: size limits, content checks and hostile file names."""

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from foi_tracker.config import MAX_UPLOAD_BYTES
from foi_tracker.extensions import db
from foi_tracker.models import Document, FoiRequest, RequestState
from tests.app.helpers import count_events, sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user

PDF_HEADER = b"%PDF-1.7\n"


@pytest.fixture
def sent_request_id(app: Flask, client: FlaskClient) -> int:
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        foi_request = make_request(organisation, user, make_agency(), received_on=date(2026, 11, 20))
        db.session.commit()
        sign_in(client, user)
        return foi_request.id


def post_reply(client: FlaskClient, foi_request_id: int, filename: str, data: bytes) -> "object":
    return client.post(
        f"/requests/{foi_request_id}/reply",
        data={
            "outcome": "granted",
            "replied_on": "2026-12-01",
            "note": "odgovor u prilogu",
            "document": (BytesIO(data), filename),
        },
        content_type="multipart/form-data",
    )


def stored_files(app: Flask) -> list[Path]:
    upload_dir = Path(app.config["UPLOAD_DIR"])
    return sorted(upload_dir.iterdir()) if upload_dir.exists() else []


def test_pdf_reply_is_stored_and_served(app: Flask, client: FlaskClient, sent_request_id: int) -> None:
    response = post_reply(client, sent_request_id, "rješenje.pdf", PDF_HEADER + b"body")

    assert response.status_code == 302
    with app.app_context():
        document = db.session.scalars(db.select(Document)).one()
        assert document.original_filename == "rješenje.pdf"
        assert document.content_type == "application/pdf"
        document_id = document.id

    download = client.get(f"/documents/{document_id}")
    assert download.status_code == 200
    assert download.data == PDF_HEADER + b"body"
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    assert download.headers["Content-Disposition"].startswith("attachment")


def test_file_at_size_limit_is_accepted(app: Flask, client: FlaskClient, sent_request_id: int) -> None:
    data = PDF_HEADER + b"0" * (MAX_UPLOAD_BYTES - len(PDF_HEADER))

    response = post_reply(client, sent_request_id, "scan.pdf", data)

    assert response.status_code == 302
    assert [path.stat().st_size for path in stored_files(app)] == [MAX_UPLOAD_BYTES]


def test_file_over_size_limit_gets_413(app: Flask, client: FlaskClient, sent_request_id: int) -> None:
    data = PDF_HEADER + b"0" * (MAX_UPLOAD_BYTES - len(PDF_HEADER) + 1)

    response = post_reply(client, sent_request_id, "scan.pdf", data)

    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "the limit is 20 MB" in page
    assert "odgovor u prilogu" in page
    assert stored_files(app) == []
    with app.app_context():
        assert db.session.get(FoiRequest, sent_request_id).state is RequestState.AWAITING_REPLY
        assert count_events(sent_request_id) == 2


def test_request_body_over_limit_gets_readable_413(app: Flask, client: FlaskClient, sent_request_id: int) -> None:
    data = b"0" * (app.config["MAX_CONTENT_LENGTH"] + 1)

    response = post_reply(client, sent_request_id, "huge.pdf", data)

    assert response.status_code == 413
    assert "Files may be at most 20 MB" in response.get_data(as_text=True)
    assert stored_files(app) == []


def test_empty_file_is_rejected(app: Flask, client: FlaskClient, sent_request_id: int) -> None:
    response = post_reply(client, sent_request_id, "prazno.pdf", b"")

    assert response.status_code == 400
    assert "The file “prazno.pdf” is empty." in response.get_data(as_text=True)
    assert stored_files(app) == []
    with app.app_context():
        assert db.session.get(FoiRequest, sent_request_id).state is RequestState.AWAITING_REPLY


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("program.exe", b"MZ\x90\x00"),
        ("fake.pdf", b"MZ\x90\x00 not a pdf"),
        ("notes.txt", b"binary\x00data"),
        ("reply.docx", b"PK\x03\x04 not really a zip"),
    ],
)
def test_wrong_type_is_rejected(
    app: Flask, client: FlaskClient, sent_request_id: int, filename: str, data: bytes
) -> None:
    response = post_reply(client, sent_request_id, filename, data)

    assert response.status_code == 400
    assert "is not a file type we accept" in response.get_data(as_text=True)
    assert stored_files(app) == []


@pytest.mark.parametrize(
    ("filename", "shown"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\Windows\\win.ini.txt", "win.ini.txt"),
        ("rješenje <script>.pdf", "rješenje &lt;script&gt;.pdf"),
    ],
)
def test_hostile_names_stay_in_store(
    app: Flask, client: FlaskClient, sent_request_id: int, filename: str, shown: str, tmp_path: Path
) -> None:
    data = PDF_HEADER + b"x" if filename.endswith(".pdf") else b"plain text reply"

    response = post_reply(client, sent_request_id, filename, data)

    assert response.status_code == 302
    files = stored_files(app)
    assert len(files) == 1
    assert files[0].parent == Path(app.config["UPLOAD_DIR"])
    assert len(files[0].name) == 32
    page = client.get(f"/requests/{sent_request_id}").get_data(as_text=True)
    assert shown in page
    assert "<script>" not in page
