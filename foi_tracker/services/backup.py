"""Back up and restore an SQLite database together with the uploaded documents and letter templates.

A backup is one .tar.gz archive that contains:

- ``manifest.json``: when the backup was made, the database file name, the
  row count of every table, and the SHA-256 and size of the database copy,
  of every document and of every uploaded letter template;
- the database copy, made with SQLite's online backup API, so it is
  consistent even while the app writes;
- ``documents/``: the files of the upload folder (``UPLOAD_DIR``);
- ``letter_templates/``: the files of the template store
  (``LETTER_TEMPLATE_UPLOAD_DIR``). Archives of format version 1 have no
  such section, and restoring one leaves the template store as it is.

PostgreSQL databases are backed up with pg_dump instead (see README.md).
"""

import hashlib
import io
import json
import logging
import os
import secrets
import shutil
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from sqlalchemy.engine import URL

from ..errors import FoiTrackerError
from ..models import Document, LetterTemplateVersion

logger = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
DOCUMENTS_PREFIX = "documents"
LETTER_TEMPLATES_PREFIX = "letter_templates"
FORMAT_NAME = "foi-tracker-backup"
# Version 2 added the letter_templates section. Version 1 archives are still restored.
FORMAT_VERSION = 2
READABLE_FORMAT_VERSIONS = (1, 2)
FOLDER_PREFIXES = (DOCUMENTS_PREFIX, LETTER_TEMPLATES_PREFIX)
CHUNK_BYTES = 1024 * 1024


class BackupError(FoiTrackerError):
    """A backup or restore failed. The message names the file or setting to check."""


class RestoreWouldReplace(BackupError):
    """The restore target already contains data, and the caller did not allow replacing it."""

    def __init__(self, existing: list[Path]) -> None:
        names = " and ".join(str(path) for path in existing)
        super().__init__(f"Restoring would replace {names}.")
        self.existing = existing


@dataclass(frozen=True)
class DocumentEntry:
    """One file of the documents folder or the template store: its relative path, checksum and size."""

    name: str
    sha256: str
    size_bytes: int


@dataclass(frozen=True)
class Manifest:
    """Description of a backup archive, stored in it as manifest.json."""

    created_at: datetime
    database_file: str
    database_sha256: str
    database_size_bytes: int
    alembic_revision: str | None
    row_counts: dict[str, int]
    documents: list[DocumentEntry]
    letter_templates: list[DocumentEntry] | None  # None for a version 1 archive, which has no templates

    @property
    def total_rows(self) -> int:
        """Number of rows in all tables together."""
        return sum(self.row_counts.values())

    def to_json(self) -> str:
        """Serialise the manifest as indented JSON."""
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION if self.letter_templates is not None else 1,
            "created_at": self.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "database": {
                "file": self.database_file,
                "sha256": self.database_sha256,
                "size_bytes": self.database_size_bytes,
                "alembic_revision": self.alembic_revision,
            },
            "row_counts": self.row_counts,
            "documents": _entries_to_json(self.documents),
        }
        if self.letter_templates is not None:
            data["letter_templates"] = _entries_to_json(self.letter_templates)

        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        """Parse manifest.json, raising BackupError when a field is missing or invalid."""
        try:
            data: dict[str, Any] = json.loads(text)
            format_version = data.get("format_version")
            if data.get("format") != FORMAT_NAME or format_version not in READABLE_FORMAT_VERSIONS:
                readable = " or ".join(str(version) for version in READABLE_FORMAT_VERSIONS)
                raise BackupError(
                    f"The manifest has format {data.get('format')!r} version {format_version!r}; "
                    f"this version of FOI Tracker reads {FORMAT_NAME!r} version {readable}."
                )

            database = data["database"]
            manifest = cls(
                created_at=datetime.strptime(data["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC),
                database_file=str(database["file"]),
                database_sha256=str(database["sha256"]),
                database_size_bytes=int(database["size_bytes"]),
                alembic_revision=database.get("alembic_revision"),
                row_counts={str(table): int(count) for table, count in data["row_counts"].items()},
                documents=_entries_from_json(data["documents"]),
                letter_templates=None if format_version == 1 else _entries_from_json(data["letter_templates"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise BackupError(f"{MANIFEST_NAME} is invalid ({error!r}). The archive is not a usable backup.") from None

        _check_member_name(manifest.database_file, single_component=True)
        for entry in [*manifest.documents, *(manifest.letter_templates or [])]:
            _check_member_name(entry.name, single_component=False)

        return manifest

    def archived_files(self) -> list[tuple[str, DocumentEntry]]:
        """Return the archive member name and entry of every document and letter template."""
        files = [(f"{DOCUMENTS_PREFIX}/{entry.name}", entry) for entry in self.documents]
        files.extend((f"{LETTER_TEMPLATES_PREFIX}/{entry.name}", entry) for entry in self.letter_templates or [])
        return files


def _entries_to_json(entries: list[DocumentEntry]) -> list[dict[str, Any]]:
    return [{"name": entry.name, "sha256": entry.sha256, "size_bytes": entry.size_bytes} for entry in entries]


def _entries_from_json(items: list[dict[str, Any]]) -> list[DocumentEntry]:
    return [DocumentEntry(str(item["name"]), str(item["sha256"]), int(item["size_bytes"])) for item in items]


@dataclass(frozen=True)
class BackupResult:
    """A written backup archive, its manifest, and the files the database names but the folders lack."""

    archive: Path
    manifest: Manifest
    missing_documents: list[str]
    missing_letter_templates: list[str]  # one description for each LetterTemplateVersion row without its file


@dataclass(frozen=True)
class RestoreResult:
    """Result of a restore: the manifest of the archive, the paths it was restored to, and missing templates.

    ``letter_template_dir`` was left as it was when ``manifest.letter_templates``
    is None. ``missing_letter_templates`` lists the template versions of the
    restored database whose file is not in ``letter_template_dir``.
    """

    manifest: Manifest
    database_path: Path
    upload_dir: Path
    letter_template_dir: Path
    missing_letter_templates: list[str]


def sqlite_database_path(url: URL) -> Path:
    """Return the database file of an SQLite ``url``, or raise BackupError for any other database."""
    if url.get_backend_name() != "sqlite":
        raise BackupError(
            f"This command copies SQLite databases only, and the app uses {url.get_backend_name()}. "
            "Back up PostgreSQL with `pg_dump -Fc` and copy the documents folder, "
            "as the Backups section of README.md explains."
        )

    if not url.database or url.database == ":memory:" or url.database.startswith("file::memory:"):
        raise BackupError("The app uses an in-memory SQLite database, which has no file to back up.")

    return Path(url.database)


def create_backup(
    database_path: Path, upload_dir: Path, letter_template_dir: Path, output_dir: Path, now: datetime
) -> BackupResult:
    """Write a .tar.gz backup of the database, the upload folder and the template store into ``output_dir``.

    The database is copied first and the files after it. Document and
    template uploads write their file before the row that names it is
    committed, so every such row in the copy has its file in the archive.
    """
    if not database_path.is_file():
        raise BackupError(f"The database {database_path} does not exist, so there is nothing to back up.")
    _check_separate_folders(upload_dir, letter_template_dir)

    output_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    archive = output_dir / f"foi-tracker-backup-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}.tar.gz"
    if archive.exists():
        raise BackupError(f"{archive} already exists. Wait a second and run the backup again.")

    with tempfile.TemporaryDirectory(dir=output_dir, prefix=".backup-") as staging:
        database_copy = Path(staging) / database_path.name
        _copy_sqlite(database_path, database_copy)
        row_counts = count_rows(database_copy)
        referenced = _stored_document_names(database_copy)
        referenced_templates = _stored_template_versions(database_copy)
        revision = _alembic_revision(database_copy)
        partial = output_dir / f".{archive.name}.part"

        try:
            # The archive contains case data, so only its owner may read it.
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with open(descriptor, "wb") as raw:
                with tarfile.open(fileobj=raw, mode="w:gz") as tar:
                    database_sha256 = _add_file(tar, database_copy, database_path.name)
                    documents = _add_folder(tar, upload_dir, DOCUMENTS_PREFIX)
                    letter_templates = _add_folder(tar, letter_template_dir, LETTER_TEMPLATES_PREFIX)
                    manifest = Manifest(
                        created_at=now,
                        database_file=database_path.name,
                        database_sha256=database_sha256,
                        database_size_bytes=database_copy.stat().st_size,
                        alembic_revision=revision,
                        row_counts=row_counts,
                        documents=documents,
                        letter_templates=letter_templates,
                    )
                    _add_bytes(tar, MANIFEST_NAME, manifest.to_json().encode(), now)

                raw.flush()
                os.fsync(raw.fileno())

            os.replace(partial, archive)
        finally:
            partial.unlink(missing_ok=True)

    present = {entry.name for entry in documents}
    missing = sorted(name for name in referenced if name not in present)
    missing_templates = _missing_templates(referenced_templates, {entry.name for entry in letter_templates})
    logger.info(
        "wrote backup %s: %s tables, %s documents, %s letter templates",
        archive.name,
        len(row_counts),
        len(documents),
        len(letter_templates),
    )
    if missing:
        logger.warning("backup %s: %s document files named in the database are missing", archive.name, len(missing))
    if missing_templates:
        logger.warning(
            "backup %s: the files of %s letter template versions are missing from %s: %s",
            archive.name,
            len(missing_templates),
            letter_template_dir,
            "; ".join(missing_templates),
        )

    return BackupResult(
        archive=archive, manifest=manifest, missing_documents=missing, missing_letter_templates=missing_templates
    )


def restore_backup(
    archive: Path, database_path: Path, upload_dir: Path, letter_template_dir: Path, *, replace: bool
) -> RestoreResult:
    """Verify ``archive`` and put its database, documents and letter templates in place of the current ones.

    Nothing is replaced unless every checksum and row count in the manifest
    matches. The folders are extracted next to the upload folder and the
    database is copied next to its file, and each is then renamed into
    place. The documents folder and the template store are replaced
    together or not at all. An archive of format version 1 has no letter
    templates, and then the template store is left as it is. Raise
    RestoreWouldReplace when a target contains data and ``replace`` is false.
    The app must be stopped while this runs.
    """
    if not archive.is_file():
        raise BackupError(f"The backup archive {archive} does not exist.")
    _check_separate_folders(upload_dir, letter_template_dir)

    existing = [path for path in (database_path, upload_dir) if _holds_data(path)]
    if existing and not replace:
        raise RestoreWouldReplace(existing)

    upload_dir.parent.mkdir(parents=True, exist_ok=True)
    database_path.parent.mkdir(parents=True, exist_ok=True)

    with ExitStack() as cleanup:
        staging = Path(cleanup.enter_context(tempfile.TemporaryDirectory(dir=upload_dir.parent, prefix=".restore-")))
        try:
            manifest = _extract_archive(archive, staging)
            _verify_extracted(archive, manifest, staging)
        except BackupError as error:
            raise BackupError(f"{error} Nothing was restored.") from None

        # Whether the template store is replaced depends on the manifest, so it is checked only now.
        if manifest.letter_templates is not None and _holds_data(letter_template_dir) and not replace:
            raise RestoreWouldReplace([letter_template_dir])

        staged_documents = staging / DOCUMENTS_PREFIX
        staged_documents.mkdir(exist_ok=True)
        swaps = [(staged_documents, upload_dir)]
        if manifest.letter_templates is not None:
            swaps.append((staging / LETTER_TEMPLATES_PREFIX, letter_template_dir))
        targets = " and ".join(str(target) for _, target in swaps)

        try:
            if manifest.letter_templates is not None:
                swaps[1] = (_stage_next_to(swaps[1][0], letter_template_dir, cleanup), letter_template_dir)
            _swap_directories(swaps)
        except OSError as error:
            raise BackupError(
                f"Moving the restored files to {targets} failed: {error}. Nothing was restored."
            ) from error

        try:
            _replace_database(staging / manifest.database_file, database_path)
        except OSError as error:
            raise BackupError(
                f"Replacing the database {database_path} failed: {error}. The restored files are already in "
                f"{targets}. Fix the cause and run restore again."
            ) from error

    missing_templates = _missing_templates(
        _stored_template_versions(database_path), {name for name, _ in _iter_stored_files(letter_template_dir)}
    )
    logger.info(
        "restored backup %s: %s tables, %s documents, %s letter templates",
        archive.name,
        len(manifest.row_counts),
        len(manifest.documents),
        "no" if manifest.letter_templates is None else len(manifest.letter_templates),
    )
    if missing_templates:
        logger.warning(
            "restored backup %s: the files of %s letter template versions are missing from %s",
            archive.name,
            len(missing_templates),
            letter_template_dir,
        )

    return RestoreResult(
        manifest=manifest,
        database_path=database_path,
        upload_dir=upload_dir,
        letter_template_dir=letter_template_dir,
        missing_letter_templates=missing_templates,
    )


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of the file at ``path``."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)

    return digest.hexdigest()


def count_rows(database_path: Path) -> dict[str, int]:
    """Count the rows of every table in an SQLite file, by table name."""
    with closing(sqlite3.connect(database_path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                "ORDER BY name"
            )
        ]
        # The names come from sqlite_master, and quoting keeps any name an identifier.
        return {
            table: connection.execute(f"SELECT count(*) FROM {_quote_identifier(table)}").fetchone()[0]  # noqa: S608
            for table in tables
        }


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy_sqlite(source_path: Path, target_path: Path) -> None:
    # mode=rw fails on a missing file, where a plain connect would create an empty database.
    source_uri = source_path.resolve().as_uri() + "?mode=rw"
    with (
        closing(sqlite3.connect(source_uri, uri=True, timeout=30)) as source,
        closing(sqlite3.connect(target_path)) as target,
    ):
        source.backup(target)
        # A copy of a WAL-mode database would otherwise need its -wal file beside it.
        target.execute("PRAGMA journal_mode=DELETE")


def _stored_document_names(database_path: Path) -> set[str]:
    table = _quote_identifier(Document.__tablename__)
    with closing(sqlite3.connect(database_path)) as connection:
        try:
            rows = connection.execute(f"SELECT stored_name FROM {table}").fetchall()  # noqa: S608 (fixed model name)
        except sqlite3.OperationalError:
            # A database created before the first migration has no document table.
            return set()

    return {row[0] for row in rows}


def _stored_template_versions(database_path: Path) -> dict[str, str]:
    """Map the stored file name of every LetterTemplateVersion row to a description an admin recognises."""
    table = _quote_identifier(LetterTemplateVersion.__tablename__)
    query = f"SELECT stored_name, jurisdiction_code, kind, language, version FROM {table}"  # noqa: S608 (model name)
    with closing(sqlite3.connect(database_path)) as connection:
        try:
            rows = connection.execute(query).fetchall()
        except sqlite3.OperationalError:
            # Databases migrated before template uploads existed have no such table.
            return {}

    return {
        stored_name: f"{jurisdiction} {kind} template in {language}, version {version} ({stored_name})"
        for stored_name, jurisdiction, kind, language, version in rows
    }


def _missing_templates(referenced: dict[str, str], present: set[str]) -> list[str]:
    return sorted(description for stored_name, description in referenced.items() if stored_name not in present)


def _check_separate_folders(upload_dir: Path, letter_template_dir: Path) -> None:
    documents = upload_dir.resolve()
    templates = letter_template_dir.resolve()
    if documents == templates or documents in templates.parents or templates in documents.parents:
        raise BackupError(
            f"UPLOAD_DIR ({upload_dir}) and LETTER_TEMPLATE_UPLOAD_DIR ({letter_template_dir}) must be two "
            "separate folders, neither inside the other. Change one of the settings."
        )


def _alembic_revision(database_path: Path) -> str | None:
    with closing(sqlite3.connect(database_path)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None

    return str(row[0]) if row else None


class _HashingReader:
    """File wrapper that hashes the bytes tarfile reads, so the checksum is of what was archived."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _tar_info(name: str, size: int, mtime: float) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(mtime)
    info.mode = 0o600
    return info


def _add_file(tar: tarfile.TarFile, path: Path, name: str) -> str:
    """Add the file at ``path`` as ``name`` and return the SHA-256 of the bytes added."""
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        reader = _HashingReader(handle)
        tar.addfile(_tar_info(name, stat.st_size, stat.st_mtime), reader)

    return reader.digest.hexdigest()


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes, mtime: datetime) -> None:
    tar.addfile(_tar_info(name, len(data), mtime.timestamp()), io.BytesIO(data))


def _iter_stored_files(folder: Path) -> Iterator[tuple[str, Path]]:
    if not folder.is_dir():
        return

    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        # A name starting with a dot is an upload still being written
        # (see services/uploads.py and _write_to_store in services/letter_templates.py).
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_symlink() or not path.is_file():
            continue

        yield relative.as_posix(), path


def _add_folder(tar: tarfile.TarFile, folder: Path, prefix: str) -> list[DocumentEntry]:
    entries = []
    for name, path in _iter_stored_files(folder):
        size = path.stat().st_size
        sha256 = _add_file(tar, path, f"{prefix}/{name}")
        entries.append(DocumentEntry(name, sha256, size))

    return entries


def _check_member_name(name: str, *, single_component: bool) -> None:
    path = PurePosixPath(name)
    safe = (
        bool(name)
        and not path.is_absolute()
        and all(part not in {"", ".", ".."} and not part.startswith(".") for part in path.parts)
        and "\\" not in name
        and (len(path.parts) == 1 or not single_component)
    )
    if not safe:
        raise BackupError(f"The backup names a file {name!r}, which is not a valid name inside a backup.")


def _holds_data(path: Path) -> bool:
    if path.is_dir():
        return any(path.iterdir())

    return path.exists()


def _extract_archive(archive: Path, staging: Path) -> Manifest:
    """Extract the regular files of ``archive`` into ``staging`` and return its manifest.

    Every member must be a regular file with a name the manifest expects.
    """
    extracted: set[str] = set()
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                if not member.isfile():
                    raise BackupError(f"{archive.name} contains {member.name!r}, which is not a regular file.")
                if member.name in extracted:
                    raise BackupError(f"{archive.name} contains {member.name!r} twice.")

                folder = next((prefix for prefix in FOLDER_PREFIXES if member.name.startswith(f"{prefix}/")), None)
                name = member.name.removeprefix(f"{folder}/") if folder else member.name
                _check_member_name(name, single_component=folder is None)
                tar.extract(member, staging, filter="data")
                extracted.add(member.name)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"{archive} is not a readable .tar.gz archive: {error}.") from None

    if MANIFEST_NAME not in extracted:
        raise BackupError(f"{archive.name} has no {MANIFEST_NAME}, so it is not a FOI Tracker backup.")

    manifest = Manifest.from_json((staging / MANIFEST_NAME).read_text(encoding="utf-8"))
    expected = {MANIFEST_NAME, manifest.database_file}
    expected.update(name for name, _ in manifest.archived_files())

    missing = sorted(expected - extracted)
    if missing:
        raise BackupError(f"{archive.name} is missing {', '.join(missing)}, which its manifest lists.")

    unlisted = sorted(extracted - expected)
    if unlisted:
        raise BackupError(
            f"{archive.name} contains {', '.join(unlisted)}, which its manifest does not list."
        )

    return manifest


def _verify_extracted(archive: Path, manifest: Manifest, staging: Path) -> None:
    """Check every checksum, the database's integrity and its row counts against the manifest."""
    checks = [(manifest.database_file, manifest.database_sha256)]
    checks.extend((name, entry.sha256) for name, entry in manifest.archived_files())
    for name, expected_sha256 in checks:
        if file_sha256(staging / name) != expected_sha256:
            raise BackupError(
                f"{name} in {archive.name} does not match the SHA-256 in its manifest, so the backup is "
                "damaged or was changed."
            )

    database = staging / manifest.database_file
    try:
        with closing(sqlite3.connect(database)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        row_counts = count_rows(database)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{manifest.database_file} in {archive.name} is not a readable SQLite database: {error}.") from None

    if result != "ok":
        raise BackupError(f"{manifest.database_file} in {archive.name} failed SQLite's integrity check: {result}.")
    if row_counts != manifest.row_counts:
        raise BackupError(
            f"The row counts of {manifest.database_file} in {archive.name} differ from its manifest."
        )


def _stage_next_to(staged: Path, target: Path, cleanup: ExitStack) -> Path:
    """Return ``staged``, or a copy of it in ``target``'s parent when it lies elsewhere.

    A rename works only within one file system, so the copy lets the swap
    rename it. ``cleanup`` removes the copy's temporary folder.
    """
    staged.mkdir(exist_ok=True)
    if staged.parent.resolve() == target.parent.resolve():
        return staged

    target.parent.mkdir(parents=True, exist_ok=True)
    copy_dir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(dir=target.parent, prefix=".restore-")))
    return Path(shutil.copytree(staged, copy_dir / staged.name))


def _swap_directories(swaps: list[tuple[Path, Path]]) -> None:
    """Rename each staged folder to its target, all of them or none.

    Every old target is moved aside first and deleted only after all staged
    folders are in place. When a rename fails, the renames done so far are
    undone and the error is raised.
    """
    # A unique name, so a folder left by an interrupted restore is never deleted here.
    token = secrets.token_hex(4)
    moved_aside: list[tuple[Path, Path]] = []
    placed: list[tuple[Path, Path]] = []
    try:
        for staged, target in swaps:
            if target.exists():
                old = target.with_name(f".{target.name}.replaced-{token}")
                os.replace(target, old)
                moved_aside.append((old, target))
            os.replace(staged, target)
            placed.append((staged, target))
    except OSError:
        for staged, target in reversed(placed):
            os.replace(target, staged)
        for old, target in reversed(moved_aside):
            os.replace(old, target)
        raise

    for old, _ in moved_aside:
        shutil.rmtree(old)


def _replace_database(staged: Path, target: Path) -> None:
    """Copy ``staged`` next to ``target``, then rename it over ``target``.

    The staging folder may be on another file system, and a rename works
    only within one.
    """
    temporary = target.with_name(f".{target.name}.restore")
    shutil.copyfile(staged, temporary)
    if target.exists():
        shutil.copymode(target, temporary)
    else:
        # The database holds case data: readable by its owner only, like the archive.
        os.chmod(temporary, 0o600)

    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())

    # A journal or WAL file left from the old database would be applied to the new one.
    for suffix in ("-wal", "-shm", "-journal"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)

    os.replace(temporary, target)
