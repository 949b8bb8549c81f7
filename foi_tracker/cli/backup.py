"""`flask backup` and `flask restore`: copy the SQLite database, the documents folder and the uploaded
letter templates, and bring them back."""

from datetime import UTC, datetime
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from ..extensions import db
from ..services.backup import (
    BackupError,
    RestoreWouldReplace,
    create_backup,
    restore_backup,
    sqlite_database_path,
)


def _database_path() -> Path:
    try:
        return sqlite_database_path(db.engine.url)
    except BackupError as error:
        raise click.ClickException(str(error)) from None


@click.command("backup")
@click.option(
    "--output",
    "output_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory to write the .tar.gz archive to. Default: instance/backups.",
)
@with_appcontext  # add_command() does not push an app context, and current_app needs one
def backup_command(output_dir: Path | None) -> None:
    """Write the SQLite database, the uploaded documents and letter templates to a timestamped .tar.gz archive."""
    database_path = _database_path()
    upload_dir = Path(current_app.config["UPLOAD_DIR"])
    template_dir = Path(current_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])
    target_dir = output_dir or Path(current_app.instance_path) / "backups"

    try:
        result = create_backup(database_path, upload_dir, template_dir, target_dir, datetime.now(UTC))
    except BackupError as error:
        raise click.ClickException(str(error)) from None

    manifest = result.manifest
    document_bytes = sum(entry.size_bytes for entry in manifest.documents)
    click.echo(f"Wrote {result.archive}")
    click.echo(f"Database {database_path}: {len(manifest.row_counts)} tables, {manifest.total_rows} rows.")
    click.echo(f"Documents {upload_dir}: {len(manifest.documents)} files, {document_bytes / 1_048_576:.1f} MB.")
    click.echo(f"Letter templates {template_dir}: {len(manifest.letter_templates or [])} files.")
    if result.missing_documents:
        click.echo(
            f"Warning: {len(result.missing_documents)} document files named in the database are not in "
            f"{upload_dir}, so the backup lacks them: {', '.join(result.missing_documents)}",
            err=True,
        )
    if result.missing_letter_templates:
        click.echo(
            f"Warning: the files of {len(result.missing_letter_templates)} letter template versions are not in "
            f"{template_dir}, so the backup lacks them: {'; '.join(result.missing_letter_templates)}. "
            "Letters fail while such a version is active. Upload the template again or activate another version.",
            err=True,
        )


@click.command("restore")
@click.argument("archive", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--yes",
    "replace",
    is_flag=True,
    help="Replace the existing database, documents folder and letter template folder.",
)
@with_appcontext
def restore_command(archive: Path, replace: bool) -> None:
    """Restore the database, documents and letter templates from ARCHIVE, a file written by `backup`.

    Stop the app first. Every checksum in the archive's manifest is verified
    before anything is replaced. A backup made before letter templates were
    included leaves the letter template folder as it is.
    """
    database_path = _database_path()
    upload_dir = Path(current_app.config["UPLOAD_DIR"])
    template_dir = Path(current_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])

    # Pooled connections would keep reading the old database file after the rename.
    db.engine.dispose()
    try:
        result = restore_backup(archive, database_path, upload_dir, template_dir, replace=replace)
    except RestoreWouldReplace as error:
        raise click.ClickException(f"{error} Stop the app and run restore again with --yes to replace them.") from None
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    finally:
        db.engine.dispose()

    manifest = result.manifest
    created_at = manifest.created_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    click.echo(f"Restored the backup made at {created_at} from {archive}.")
    click.echo(f"Database {database_path}: {len(manifest.row_counts)} tables, {manifest.total_rows} rows.")
    for table, count in sorted(manifest.row_counts.items()):
        click.echo(f"  {table}: {count}")
    click.echo(f"Documents {upload_dir}: {len(manifest.documents)} files.")
    if manifest.letter_templates is None:
        click.echo(
            f"Letter templates {template_dir}: left as it is, because this backup was made by a version of "
            "FOI Tracker that did not back up letter templates."
        )
    else:
        click.echo(f"Letter templates {template_dir}: {len(manifest.letter_templates)} files.")
    if result.missing_letter_templates:
        click.echo(
            f"Warning: the files of {len(result.missing_letter_templates)} letter template versions in the restored "
            f"database are not in {template_dir}: {'; '.join(result.missing_letter_templates)}. "
            "Copy those files there, or have an admin upload the templates again.",
            err=True,
        )
    click.echo(
        "If this backup comes from an older version of FOI Tracker, run `flask --app wsgi db upgrade` "
        "before starting the app."
    )
