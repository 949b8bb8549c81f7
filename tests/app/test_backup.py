"""`flask backup` and `flask restore`, each test on an app of its own.

The app here has its own SQLite file and upload folder, so deleting and
restoring them never touches the database of the other tests.
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
from foi_tracker.models import Case, CaseType, Organisation, ReplyOutcome, UserRole
from foi_tracker.services.jurisdictions import sync_jurisdictions
from foi_tracker.services.legal import get_all_refs
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
