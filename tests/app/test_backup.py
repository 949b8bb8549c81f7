"""`flask backup` and `flask restore`, each test on an app of its own.

The app here has its own SQLite file, upload folder and template store, so
deleting and restoring them never touches the files of the other tests.
"""

import hashlib
import io
import json
import os
import shutil
import tarfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import inspect, text

from foi_tracker import create_app
from foi_tracker.extensions import db
from foi_tracker.letters import LetterKind
from foi_tracker.models import Case, CaseType, Organisation, ReplyOutcome, User, UserRole
from foi_tracker.services.jurisdictions import sync_jurisdictions
from foi_tracker.services.legal import get_all_refs
from foi_tracker.services.letter_templates import builtin_template_path, resolve_template, upload_template
from foi_tracker.services.non_working_days import declare_non_working_day
from foi_tracker.services.requests import record_reply
from foi_tracker.services.uploads import check_upload, store_upload
from tests.conftest import FIXED_NOW
from tests.factories import make_agency, make_organisation, make_request, make_user

ON_POSTGRESQL = (os.environ.get("TEST_DATABASE_URL") or "").startswith("postgres")
sqlite_only = pytest.mark.skipif(
    ON_POSTGRESQL, reason="backup and restore copy SQLite files; the SQLite run of the suite covers them"
)

REPLY_TEXT = "Ministarstvo odgovara: u 2025. identificirano je 9 žrtava trgovanja ljudima.\n".encode()

# Tables the fixture fills, one for each model.
FILLED_TABLES = [
    "agency",
    "case_file",
    "document",
    "event",
    "foi_request",
    "jurisdiction",
    "non_working_day",
    "organisation",
    "refusal_ground_citation",
    "user_account",
]


@pytest.fixture
def own_app(tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'foi.sqlite3'}",
            "UPLOAD_DIR": str(tmp_path / "documents"),
            "LETTER_TEMPLATE_UPLOAD_DIR": str(tmp_path / "letter_templates"),
            "RATELIMIT_ENABLED": False,
            "FIXED_NOW": FIXED_NOW,
        }
    )
    with app.app_context():
        upgrade()

    yield app

    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def stored_name(own_app: Flask) -> str:
    """Fill every model's table and return the stored name of the one document."""
    with own_app.app_context():
        sync_jurisdictions(get_all_refs(), FIXED_NOW.date())
        organisation = make_organisation()
        officer = make_user(organisation)
        admin = make_user(organisation, "admin@example.org", role=UserRole.ADMIN)
        agency = make_agency()
        db.session.add(
            Case(
                organisation_id=organisation.id,
                reference="TL-2026-03",
                case_type=CaseType.TRAFFICKING,
                victim_age_band="18-25",
                exploitation_form="labour",
            )
        )
        foi_request = make_request(organisation, officer, agency, received_on=date(2026, 11, 2))
        reply = record_reply(foi_request, officer, ReplyOutcome.REFUSED, date(2026, 12, 1), grounds=["personal_data"])
        upload = check_upload("odgovor.txt", REPLY_TEXT, own_app.config["MAX_UPLOAD_BYTES"])
        document = store_upload(upload, Path(own_app.config["UPLOAD_DIR"]), foi_request, officer, event=reply)
        declare_non_working_day("HR", date(2026, 12, 18), "Government decision of 2026-11-30", "", admin)
        db.session.commit()
        return str(document.stored_name)


@pytest.fixture
def template_upload(own_app: Flask, stored_name: str) -> tuple[str, bytes]:
    """Upload the built-in Croatian request template as version 1 and return its stored name and bytes."""
    with own_app.app_context():
        builtin = builtin_template_path("HR", LetterKind.REQUEST, "hr")
        assert builtin is not None
        data = builtin.read_bytes()
        admin = db.session.query(User).filter_by(email="admin@example.org").one()
        version = upload_template("HR", "request", "hr", "zahtjev.docx", data, admin)
        db.session.commit()
        return str(version.stored_name), data


def dump_tables() -> dict[str, list[tuple[Any, ...]]]:
    """Read every row of every table, alembic_version included, in primary-key order."""
    rows = {}
    for table in sorted(inspect(db.engine).get_table_names()):
        result = db.session.execute(text(f'SELECT * FROM "{table}" ORDER BY 1'))  # noqa: S608 (names from the schema)
        rows[table] = [tuple(row) for row in result]

    return rows


def make_backup(app: Flask, output_dir: Path) -> Path:
    result = app.test_cli_runner().invoke(args=["backup", "--output", str(output_dir)])
    assert result.exit_code == 0, result.output

    archives = list(output_dir.glob("*.tar.gz"))
    assert len(archives) == 1
    return archives[0]


def read_manifest(archive: Path) -> dict[str, Any]:
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile("manifest.json")
        assert member is not None
        manifest: dict[str, Any] = json.load(member)

    return manifest


def make_version_1_archive(archive: Path) -> None:
    """Rewrite ``archive`` as a backup made before letter templates were included."""
    with tarfile.open(archive, "r:gz") as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar]  # type: ignore[union-attr]

    with tarfile.open(archive, "w:gz") as tar:
        for member, content in members:
            if member.name.startswith("letter_templates/"):
                continue
            if member.name == "manifest.json":
                manifest = json.loads(content)
                manifest["format_version"] = 1
                del manifest["letter_templates"]
                content = json.dumps(manifest).encode()
                member.size = len(content)
            tar.addfile(member, io.BytesIO(content))


def rewrite_member(archive: Path, name: str, data: bytes) -> None:
    """Replace one member's bytes and keep the manifest as it was."""
    with tarfile.open(archive, "r:gz") as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar]  # type: ignore[union-attr]

    with tarfile.open(archive, "w:gz") as tar:
        for member, content in members:
            if member.name == name:
                content = data
                member.size = len(data)
            tar.addfile(member, io.BytesIO(content))


@sqlite_only
def test_backup_restore_brings_back_everything(own_app: Flask, stored_name: str, tmp_path: Path) -> None:
    upload_dir = Path(own_app.config["UPLOAD_DIR"])
    database_file = tmp_path / "foi.sqlite3"
    with own_app.app_context():
        before = dump_tables()

    for table in FILLED_TABLES:
        assert before[table], f"the fixture left {table} empty"

    archive = make_backup(own_app, tmp_path / "backups")
    database_file.unlink()
    shutil.rmtree(upload_dir)

    result = own_app.test_cli_runner().invoke(args=["restore", str(archive)])

    assert result.exit_code == 0, result.output
    assert "Restored the backup made at" in result.output
    assert "foi_request: 1" in result.output
    assert "Documents" in result.output
    with own_app.app_context():
        assert dump_tables() == before
    assert (upload_dir / stored_name).read_bytes() == REPLY_TEXT


@sqlite_only
def test_backup_manifest_lists_rows_and_checksums(own_app: Flask, stored_name: str, tmp_path: Path) -> None:
    archive = make_backup(own_app, tmp_path / "backups")

    manifest = read_manifest(archive)

    assert manifest["created_at"].endswith("Z")
    assert manifest["database"]["file"] == "foi.sqlite3"
    assert manifest["row_counts"]["foi_request"] == 1
    assert manifest["row_counts"]["document"] == 1
    assert manifest["documents"] == [
        {"name": stored_name, "sha256": hashlib.sha256(REPLY_TEXT).hexdigest(), "size_bytes": len(REPLY_TEXT)}
    ]
    assert archive.stat().st_mode & 0o777 == 0o600


@sqlite_only
def test_restore_rejects_changed_document(own_app: Flask, stored_name: str, tmp_path: Path) -> None:
    upload_dir = Path(own_app.config["UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    rewrite_member(archive, f"documents/{stored_name}", b"Ministarstvo odgovara: 0 prijava.\n")
    with own_app.app_context():
        db.session.add(Organisation(name="Added after the backup"))
        db.session.commit()

    result = own_app.test_cli_runner().invoke(args=["restore", "--yes", str(archive)])

    assert result.exit_code == 1
    assert f"documents/{stored_name}" in result.output
    assert "does not match the SHA-256" in result.output
    assert "Nothing was restored" in result.output
    assert (upload_dir / stored_name).read_bytes() == REPLY_TEXT
    with own_app.app_context():
        assert db.session.query(Organisation).filter_by(name="Added after the backup").count() == 1


@sqlite_only
def test_restore_without_yes_keeps_database(own_app: Flask, stored_name: str, tmp_path: Path) -> None:
    archive = make_backup(own_app, tmp_path / "backups")
    with own_app.app_context():
        db.session.add(Organisation(name="Added after the backup"))
        db.session.commit()

    result = own_app.test_cli_runner().invoke(args=["restore", str(archive)])

    assert result.exit_code == 1
    assert str(tmp_path / "foi.sqlite3") in result.output
    assert "--yes" in result.output
    with own_app.app_context():
        assert db.session.query(Organisation).filter_by(name="Added after the backup").count() == 1


@sqlite_only
def test_restore_yes_replaces_newer_data(own_app: Flask, stored_name: str, tmp_path: Path) -> None:
    upload_dir = Path(own_app.config["UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    with own_app.app_context():
        db.session.add(Organisation(name="Added after the backup"))
        db.session.commit()
    (upload_dir / "added-after-the-backup").write_bytes(b"later upload")

    result = own_app.test_cli_runner().invoke(args=["restore", "--yes", str(archive)])

    assert result.exit_code == 0, result.output
    with own_app.app_context():
        assert db.session.query(Organisation).filter_by(name="Added after the backup").count() == 0
    assert sorted(path.name for path in upload_dir.iterdir()) == [stored_name]


@sqlite_only
def test_restore_rejects_archive_without_manifest(own_app: Flask, tmp_path: Path) -> None:
    archive = tmp_path / "not-a-backup.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"notes"))
    (tmp_path / "foi.sqlite3").unlink()

    result = own_app.test_cli_runner().invoke(args=["restore", str(archive)])

    assert result.exit_code == 1
    assert "manifest.json" in result.output
    assert not (tmp_path / "foi.sqlite3").exists()


@sqlite_only
def test_restore_brings_back_letter_template(
    own_app: Flask, template_upload: tuple[str, bytes], tmp_path: Path
) -> None:
    template_name, template_bytes = template_upload
    template_dir = Path(own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    (tmp_path / "foi.sqlite3").unlink()
    shutil.rmtree(Path(own_app.config["UPLOAD_DIR"]))
    shutil.rmtree(template_dir)

    result = own_app.test_cli_runner().invoke(args=["restore", str(archive)])

    assert result.exit_code == 0, result.output
    assert f"Letter templates {template_dir}: 1 files." in result.output
    assert "Warning" not in result.output
    assert (template_dir / template_name).read_bytes() == template_bytes
    with own_app.app_context():
        resolved = resolve_template("HR", LetterKind.REQUEST, "hr")
    assert resolved.path == template_dir / template_name
    assert resolved.version_label == "version 1"
    assert resolved.sha256 == hashlib.sha256(template_bytes).hexdigest()


@sqlite_only
def test_restore_template_store_elsewhere(own_app: Flask, stored_name: str, tmp_path: Path) -> None:
    # A template store outside the documents folder's parent is copied there before the rename.
    template_dir = tmp_path / "store" / "letter_templates"
    own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"] = str(template_dir)
    with own_app.app_context():
        builtin = builtin_template_path("HR", LetterKind.REQUEST, "hr")
        assert builtin is not None
        admin = db.session.query(User).filter_by(email="admin@example.org").one()
        version = upload_template("HR", "request", "hr", "zahtjev.docx", builtin.read_bytes(), admin)
        db.session.commit()
        template_name = str(version.stored_name)
    archive = make_backup(own_app, tmp_path / "backups")
    (template_dir / "added-after-the-backup.docx").write_bytes(b"later template")

    result = own_app.test_cli_runner().invoke(args=["restore", "--yes", str(archive)])

    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in template_dir.iterdir()) == [template_name]
    assert (template_dir / template_name).read_bytes() == builtin.read_bytes()
    assert [path.name for path in template_dir.parent.iterdir()] == ["letter_templates"]


@sqlite_only
def test_backup_manifest_lists_letter_templates(
    own_app: Flask, template_upload: tuple[str, bytes], tmp_path: Path
) -> None:
    template_name, template_bytes = template_upload

    archive = make_backup(own_app, tmp_path / "backups")

    manifest = read_manifest(archive)
    assert manifest["format_version"] == 2
    assert manifest["row_counts"]["letter_template_version"] == 1
    assert manifest["letter_templates"] == [
        {
            "name": template_name,
            "sha256": hashlib.sha256(template_bytes).hexdigest(),
            "size_bytes": len(template_bytes),
        }
    ]
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile(f"letter_templates/{template_name}")
        assert member is not None
        assert member.read() == template_bytes


@sqlite_only
def test_backup_warns_about_missing_template_file(
    own_app: Flask, template_upload: tuple[str, bytes], tmp_path: Path
) -> None:
    template_name, _ = template_upload
    (Path(own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"]) / template_name).unlink()

    result = own_app.test_cli_runner().invoke(args=["backup", "--output", str(tmp_path / "backups")])

    assert result.exit_code == 0, result.output
    assert "Warning: the files of 1 letter template versions" in result.output
    assert f"HR request template in hr, version 1 ({template_name})" in result.output
    assert read_manifest(next((tmp_path / "backups").glob("*.tar.gz")))["letter_templates"] == []


@sqlite_only
def test_restore_rejects_changed_letter_template(
    own_app: Flask, template_upload: tuple[str, bytes], tmp_path: Path
) -> None:
    template_name, template_bytes = template_upload
    template_dir = Path(own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    rewrite_member(archive, f"letter_templates/{template_name}", template_bytes + b"changed")
    with own_app.app_context():
        db.session.add(Organisation(name="Added after the backup"))
        db.session.commit()

    result = own_app.test_cli_runner().invoke(args=["restore", "--yes", str(archive)])

    assert result.exit_code == 1
    assert f"letter_templates/{template_name}" in result.output
    assert "does not match the SHA-256" in result.output
    assert "Nothing was restored" in result.output
    assert (template_dir / template_name).read_bytes() == template_bytes
    with own_app.app_context():
        assert db.session.query(Organisation).filter_by(name="Added after the backup").count() == 1


@sqlite_only
def test_restore_version_1_archive_keeps_templates(
    own_app: Flask, stored_name: str, template_upload: tuple[str, bytes], tmp_path: Path
) -> None:
    template_name, template_bytes = template_upload
    template_dir = Path(own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    upload_dir = Path(own_app.config["UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    make_version_1_archive(archive)
    (template_dir / "added-after-the-backup.docx").write_bytes(b"later template")
    (tmp_path / "foi.sqlite3").unlink()
    shutil.rmtree(upload_dir)

    result = own_app.test_cli_runner().invoke(args=["restore", str(archive)])

    assert result.exit_code == 0, result.output
    assert f"Letter templates {template_dir}: left as it is" in result.output
    assert "Warning" not in result.output
    assert (upload_dir / stored_name).read_bytes() == REPLY_TEXT
    assert sorted(path.name for path in template_dir.iterdir()) == sorted(
        [template_name, "added-after-the-backup.docx"]
    )
    assert (template_dir / template_name).read_bytes() == template_bytes
    with own_app.app_context():
        assert resolve_template("HR", LetterKind.REQUEST, "hr").version_label == "version 1"


@sqlite_only
def test_restore_version_1_archive_warns_missing_templates(
    own_app: Flask, template_upload: tuple[str, bytes], tmp_path: Path
) -> None:
    template_name, _ = template_upload
    template_dir = Path(own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    make_version_1_archive(archive)
    shutil.rmtree(template_dir)

    result = own_app.test_cli_runner().invoke(args=["restore", "--yes", str(archive)])

    assert result.exit_code == 0, result.output
    assert "left as it is" in result.output
    assert "Warning: the files of 1 letter template versions in the restored database" in result.output
    assert template_name in result.output
    assert not template_dir.exists()


@sqlite_only
def test_restore_without_yes_keeps_templates(
    own_app: Flask, template_upload: tuple[str, bytes], tmp_path: Path
) -> None:
    template_name, template_bytes = template_upload
    template_dir = Path(own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    (tmp_path / "foi.sqlite3").unlink()
    shutil.rmtree(Path(own_app.config["UPLOAD_DIR"]))
    (template_dir / "added-after-the-backup.docx").write_bytes(b"later template")

    result = own_app.test_cli_runner().invoke(args=["restore", str(archive)])

    assert result.exit_code == 1
    assert str(template_dir) in result.output
    assert "--yes" in result.output
    assert not (tmp_path / "foi.sqlite3").exists()
    assert (template_dir / "added-after-the-backup.docx").exists()
    assert (template_dir / template_name).read_bytes() == template_bytes


@sqlite_only
def test_restore_failed_template_move_keeps_documents(
    own_app: Flask,
    stored_name: str,
    template_upload: tuple[str, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    upload_dir = Path(own_app.config["UPLOAD_DIR"])
    template_dir = Path(own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    archive = make_backup(own_app, tmp_path / "backups")
    (upload_dir / "added-after-the-backup").write_bytes(b"later upload")
    (template_dir / "added-after-the-backup.docx").write_bytes(b"later template")
    real_replace = os.replace

    def replace_failing_for_templates(source: Any, target: Any) -> None:
        if Path(source).name == "letter_templates" and Path(target) == template_dir:
            raise OSError("simulated rename failure")
        real_replace(source, target)

    monkeypatch.setattr("foi_tracker.services.backup.os.replace", replace_failing_for_templates)

    result = own_app.test_cli_runner().invoke(args=["restore", "--yes", str(archive)])

    assert result.exit_code == 1
    assert "simulated rename failure" in result.output
    assert "Nothing was restored" in result.output
    assert (upload_dir / "added-after-the-backup").read_bytes() == b"later upload"
    assert (upload_dir / stored_name).read_bytes() == REPLY_TEXT
    assert (template_dir / "added-after-the-backup.docx").read_bytes() == b"later template"
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


@sqlite_only
def test_backup_rejects_template_dir_inside_uploads(own_app: Flask, stored_name: str, tmp_path: Path) -> None:
    own_app.config["LETTER_TEMPLATE_UPLOAD_DIR"] = str(Path(own_app.config["UPLOAD_DIR"]) / "templates")

    result = own_app.test_cli_runner().invoke(args=["backup", "--output", str(tmp_path / "backups")])

    assert result.exit_code == 1
    assert "LETTER_TEMPLATE_UPLOAD_DIR" in result.output
    assert "separate folders" in result.output


def test_backup_on_postgresql_points_to_readme(tmp_path: Path) -> None:
    # The command reads only the URL's dialect, so no PostgreSQL server needs to run.
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": "postgresql://127.0.0.1:5432/foi_tracker_backup_check",
            "UPLOAD_DIR": str(tmp_path / "documents"),
            "RATELIMIT_ENABLED": False,
        }
    )

    result = app.test_cli_runner().invoke(args=["backup", "--output", str(tmp_path / "backups")])

    assert result.exit_code == 1
    assert "pg_dump -Fc" in result.output
    assert "README.md" in result.output
    assert not (tmp_path / "backups").exists()
