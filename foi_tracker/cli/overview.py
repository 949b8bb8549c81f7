"""`flask legal-refs-table`: the Markdown table of every jurisdiction's periods."""

from datetime import UTC, datetime
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from ..law import LegalRefsError, load_legal_refs
from ..law.overview import build_overview, render_overview_markdown


@click.command("legal-refs-table")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Law in force on this day (default: today).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of standard output.")
@with_appcontext
def legal_refs_table_command(day: datetime | None, output: Path | None) -> None:
    """Print the periods of every jurisdiction's law as a Markdown table."""
    try:
        all_refs = load_legal_refs(Path(current_app.config["LEGAL_REFS_DIR"]))
    except LegalRefsError as error:
        raise click.ClickException(str(error)) from error

    on = day.date() if day else datetime.now(UTC).date()
    try:
        rows = build_overview(all_refs, on)
    except LegalRefsError as error:
        # A date before a jurisdiction's first recorded law version.
        raise click.ClickException(f"No table for {on.isoformat()}: {error}") from error

    text = render_overview_markdown(rows, on)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {output}")
