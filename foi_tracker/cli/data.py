"""Commands that load reference data and demo data."""

from datetime import UTC, datetime
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from ..extensions import db
from ..law import LegalRefsError, load_legal_refs
from ..services.agencies import import_agencies_csv
from ..services.jurisdictions import sync_jurisdictions


@click.group("legal-refs", cls=AppGroup)
def legal_refs_group() -> None:
    """Check and load the legal references in legal_refs/."""


@legal_refs_group.command("check")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory of the *.yaml files to check. Default: the app's LEGAL_REFS_DIR setting.",
)
def check_command(directory: Path | None) -> None:
    """Validate every legal_refs file, or exit 1 naming the file, field and reason of the first error."""
    if directory is None:
        directory = Path(current_app.config["LEGAL_REFS_DIR"])

    try:
        all_refs = load_legal_refs(directory)
    except LegalRefsError as error:
        raise click.ClickException(str(error)) from error

    click.echo(f"{len(all_refs)} jurisdictions valid: {', '.join(sorted(all_refs))}")


@legal_refs_group.command("load")
def load_command() -> None:
    """Validate legal_refs/ and store its jurisdictions in the database."""
    directory = Path(current_app.config["LEGAL_REFS_DIR"])
    try:
        all_refs = load_legal_refs(directory)
    except LegalRefsError as error:
        raise click.ClickException(str(error)) from error

    count = sync_jurisdictions(all_refs, datetime.now(UTC).date())
    db.session.commit()
    click.echo(f"Loaded {count} jurisdictions: {', '.join(sorted(all_refs))}")


@click.command("import-agencies")
@with_appcontext
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_agencies_command(csv_path: Path) -> None:
    """Import public authorities from CSV_PATH (columns as in data/agencies.csv)."""
    try:
        result = import_agencies_csv(csv_path)
    except ValueError as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error

    db.session.commit()
    click.echo(f"{result.created} created, {result.updated} updated, {len(result.skipped)} skipped")
    for line in result.skipped:
        click.echo(f"  skipped {line}", err=True)


@click.command("demo")
@with_appcontext
@click.option("--reset", is_flag=True, help="Delete the demo organisations' requests first and load them again.")
def demo_command(reset: bool) -> None:
    """Load real public authorities and demo requests at every state, dated around today."""
    from ..services.demo import load_demo

    summary = load_demo(Path(current_app.root_path).parent / "data", reset=reset)
    db.session.commit()
    click.echo(summary)
