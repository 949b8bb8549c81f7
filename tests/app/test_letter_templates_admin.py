"""The letter template admin screen: checked uploads, versions, activation and access."""

import hashlib
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from foi_tracker.extensions import db
from foi_tracker.letters import LetterError, LetterKind
from foi_tracker.models import (
    FoiRequest,
    GeneratedLetter,
    LetterTemplateVersion,
    Organisation,
    User,
    UserRole,
)
from foi_tracker.services.letter_templates import record_generated_letter, resolve_template
from tests.app.helpers import sign_in
from tests.factories import make_agency, make_organisation, make_request, make_user

# Every placeholder that a request template must use, one paragraph each, so
# that no tag is split between runs.
REQUEST_TEMPLATE_LINES = [
    "{{ sender_name }}",
    "{{ sender_address }}",
    "{{ sender_city }}",
    "{{ sender_email }}",
    "{{ agency_name }}",
    "{% for line in agency_address_lines %}{{ line }} {% endfor %}",
    "{{ place }}, {{ date_text }}",
    "Na temelju: {{ law_title }} ({{ law_citation }})",
    "{% for item in items %}{{ loop.index }}. {{ item }} {% endfor %}",
    "{{ delivery_form_text }}",
    "{{ officer_name }}, {{ officer_role }}",
]


def build_docx(lines: list[str]) -> bytes:
    document = DocxDocument()
    for line in lines:
        document.add_paragraph(line)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def request_template(marker: str) -> bytes:
    return build_docx([*REQUEST_TEMPLATE_LINES, marker])


def upload_form(data: bytes, filename: str = "zahtjev.docx", **overrides: object) -> dict[str, object]:
    form: dict[str, object] = {
        "jurisdiction_code": "HR",
        "kind": "request",
        "language": "hr",
        "template": (BytesIO(data), filename),
    }
    form.update(overrides)
    return form


@pytest.fixture
def admin(app: Flask, client: FlaskClient) -> dict[str, int]:
    """A signed-in Croatian admin, a legal officer of the same organisation and a Croatian authority."""
    with app.app_context():
        organisation = make_organisation()
        admin_user = make_user(organisation, "admin@example.org", role=UserRole.ADMIN, full_name="Ana Admin")
        officer = make_user(organisation, "officer@example.org")
        agency = make_agency()
        db.session.commit()
        ids = {"organisation": organisation.id, "admin": admin_user.id, "officer": officer.id, "agency": agency.id}
        sign_in(client, admin_user)

    return ids


def stored_versions(app: Flask) -> list[LetterTemplateVersion]:
    with app.app_context():
        versions = db.session.scalars(select(LetterTemplateVersion).order_by(LetterTemplateVersion.version)).all()
        db.session.expunge_all()
        return list(versions)


def store_files(app: Flask) -> list[Path]:
    store = Path(app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    return sorted(store.iterdir()) if store.exists() else []


def test_page_lists_builtin_templates(client: FlaskClient, admin: dict[str, int]) -> None:
    response = client.get("/letter-templates/")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Croatia (HR)" in page
    assert "Serbia (RS)" in page
    assert "/letter-templates/builtin/HR/request/hr.docx" in page
    assert "/letter-templates/builtin/RS/appeal_refusal/sr-Cyrl.docx" in page


def test_builtin_template_downloads(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    response = client.get("/letter-templates/builtin/HR/request/hr.docx")

    expected = (Path(app.config["LETTER_TEMPLATES_DIR"]) / "HR" / "request.hr.docx").read_bytes()
    assert response.status_code == 200
    assert response.data == expected
    assert client.get("/letter-templates/builtin/HR/request/sr-Cyrl.docx").status_code == 404
    assert client.get("/letter-templates/builtin/..%2FHR/request/hr.docx").status_code == 404


@pytest.mark.parametrize(
    ("data", "expected_message"),
    [
        (request_template("{{ victim_name }}"), "The placeholder “victim_name” in the body, paragraph 12"),
        (request_template("{% if items %}unfinished"), "Invalid template syntax in the body, paragraph 12"),
        (b"%PDF-1.4 a scanned letter", "The file is not a .docx document: it is not a ZIP archive."),
        (build_docx(["{{ agency_name }}"]), "The template does not use the placeholder {{ items }}"),
    ],
    ids=["unknown placeholder", "broken jinja", "not a docx", "missing placeholder"],
)
def test_broken_upload_is_rejected(
    app: Flask, client: FlaskClient, admin: dict[str, int], data: bytes, expected_message: str
) -> None:
    response = client.post("/letter-templates/", data=upload_form(data), content_type="multipart/form-data")

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The template was not stored, because it has these problems:" in page
    assert expected_message in page
    assert stored_versions(app) == []
    assert store_files(app) == []


def test_upload_in_wrong_language_names_field(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    form = upload_form(request_template("Marker"), language="sr-Cyrl")

    response = client.post("/letter-templates/", data=form, content_type="multipart/form-data")

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Letters to authorities in HR are not written in" in page
    assert stored_versions(app) == []


def test_upload_without_file_is_rejected(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    form = {"jurisdiction_code": "HR", "kind": "request", "language": "hr"}

    response = client.post("/letter-templates/", data=form, content_type="multipart/form-data")

    assert response.status_code == 400
    assert "Choose the .docx file to upload." in response.get_data(as_text=True)
    assert stored_versions(app) == []


def test_good_upload_becomes_version_two(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    first = request_template("PRVA INAČICA")
    second = request_template("DRUGA INAČICA")

    client.post("/letter-templates/", data=upload_form(first, "prva.docx"), content_type="multipart/form-data")
    response = client.post(
        "/letter-templates/", data=upload_form(second, "druga.docx"), content_type="multipart/form-data"
    )

    assert response.status_code == 302
    versions = stored_versions(app)
    assert [(version.version, version.active) for version in versions] == [(1, False), (2, True)]
    assert versions[1].original_filename == "druga.docx"
    assert versions[1].sha256 == hashlib.sha256(second).hexdigest()
    assert versions[1].uploaded_by_id == admin["admin"]
    assert versions[1].kind is LetterKind.REQUEST
    assert versions[1].language == "hr"
    assert len(store_files(app)) == 2
    with app.app_context():
        resolved = resolve_template("HR", LetterKind.REQUEST, "hr")
    assert resolved.version_label == "version 2"
    assert resolved.sha256 == hashlib.sha256(second).hexdigest()
    assert resolved.path.read_bytes() == second
    page = client.get("/letter-templates/").get_data(as_text=True)
    assert "druga.docx" in page
    assert "prva.docx" in page


def test_request_letter_uses_active_upload(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    client.post(
        "/letter-templates/", data=upload_form(request_template("DRUGA INAČICA")), content_type="multipart/form-data"
    )
    with app.app_context():
        organisation = db.session.get(Organisation, admin["organisation"])
        officer = db.session.get(User, admin["officer"])
        agency = make_agency("Policijska uprava zagrebačka")
        assert organisation is not None and officer is not None
        foi_request_id = make_request(organisation, officer, agency).id
        db.session.commit()

    response = client.get(f"/requests/{foi_request_id}/letter.docx")

    text = "\n".join(paragraph.text for paragraph in DocxDocument(BytesIO(response.data)).paragraphs)
    assert "DRUGA INAČICA" in text
    assert "Policijska uprava zagrebačka" in text


def test_version_one_can_be_reactivated(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    first = request_template("PRVA INAČICA")
    client.post("/letter-templates/", data=upload_form(first), content_type="multipart/form-data")
    client.post("/letter-templates/", data=upload_form(request_template("DRUGA")), content_type="multipart/form-data")
    version_one = stored_versions(app)[0]

    response = client.post(f"/letter-templates/versions/{version_one.id}/activate")

    assert response.status_code == 302
    assert [(version.version, version.active) for version in stored_versions(app)] == [(1, True), (2, False)]
    with app.app_context():
        resolved = resolve_template("HR", "request", "hr")
    assert resolved.version_label == "version 1"
    assert resolved.path.read_bytes() == first


def test_builtin_file_can_be_restored(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    client.post("/letter-templates/", data=upload_form(request_template("PRVA")), content_type="multipart/form-data")

    response = client.post("/letter-templates/builtin", data={"jurisdiction_code": "HR", "kind": "request", "language": "hr"})

    assert response.status_code == 302
    assert [version.active for version in stored_versions(app)] == [False]
    builtin = Path(app.config["LETTER_TEMPLATES_DIR"]) / "HR" / "request.hr.docx"
    sha256 = hashlib.sha256(builtin.read_bytes()).hexdigest()
    with app.app_context():
        resolved = resolve_template("HR", LetterKind.REQUEST, "hr")
    assert resolved.path == builtin
    assert resolved.version_label == f"built-in {sha256[:12]}"
    assert resolved.sha256 == sha256


def test_uploaded_version_downloads(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    data = request_template("PRVA")
    client.post("/letter-templates/", data=upload_form(data, "prva.docx"), content_type="multipart/form-data")
    version = stored_versions(app)[0]

    response = client.get(f"/letter-templates/versions/{version.id}.docx")

    assert response.status_code == 200
    assert response.data == data
    assert "prva.docx" in response.headers["Content-Disposition"]


def test_resolve_rejects_missing_active_file(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    client.post("/letter-templates/", data=upload_form(request_template("PRVA")), content_type="multipart/form-data")
    for path in store_files(app):
        path.unlink()

    with app.app_context(), pytest.raises(LetterError, match="missing from the template store"):
        resolve_template("HR", LetterKind.REQUEST, "hr")


def test_record_generated_letter_stores_version(app: Flask, client: FlaskClient, admin: dict[str, int]) -> None:
    client.post("/letter-templates/", data=upload_form(request_template("PRVA")), content_type="multipart/form-data")
    with app.app_context():
        organisation = db.session.get(Organisation, admin["organisation"])
        officer = db.session.get(User, admin["officer"])
        assert organisation is not None and officer is not None
        foi_request = make_request(organisation, officer, make_agency("Državno odvjetništvo Republike Hrvatske"))
        template = resolve_template("HR", LetterKind.REQUEST, "hr")
        record_generated_letter(foi_request, LetterKind.REQUEST, "hr", template, officer)
        db.session.commit()

        letter = db.session.scalars(select(GeneratedLetter)).one()
        assert letter.foi_request_id == db.session.scalars(select(FoiRequest.id)).one()
        assert letter.kind is LetterKind.REQUEST
        assert letter.template_version_label == "version 1"
        assert letter.template_sha256 == template.sha256
        assert letter.generated_by_id == admin["officer"]


@pytest.mark.parametrize("role", [UserRole.LEGAL_OFFICER, UserRole.ADVOCATE, UserRole.AUDITOR])
def test_non_admins_get_403(app: Flask, client: FlaskClient, admin: dict[str, int], role: UserRole) -> None:
    client.post("/letter-templates/", data=upload_form(request_template("PRVA")), content_type="multipart/form-data")
    version_id = stored_versions(app)[0].id
    with app.app_context():
        organisation = db.session.get(Organisation, admin["organisation"])
        assert organisation is not None
        user = make_user(organisation, f"{role.value}@example.org", role=role)
        db.session.commit()
        sign_in(client, user)

    assert client.get("/letter-templates/").status_code == 403
    form = upload_form(request_template("TREĆA"))
    assert client.post("/letter-templates/", data=form, content_type="multipart/form-data").status_code == 403
    assert client.post(f"/letter-templates/versions/{version_id}/activate").status_code == 403
    assert client.get(f"/letter-templates/versions/{version_id}.docx").status_code == 403
    assert client.get("/letter-templates/builtin/HR/request/hr.docx").status_code == 403
    assert len(stored_versions(app)) == 1
