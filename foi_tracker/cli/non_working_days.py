"""`flask non-working-days`: declare, remove and list extra non-working days."""

from datetime import date

import click
from flask.cli import AppGroup

from ..extensions import db
from ..services.errors import FieldError
from ..services.non_working_days import (
    RecomputeResult,
    declare_non_working_day,
    list_non_working_days,
    remove_non_working_day,
)
from .deadline import parse_iso_date


@click.group("non-working-days", cls=AppGroup)
def non_working_days_group() -> None:
    """Declare, remove and list the non-working days a government declares ad hoc."""


@non_working_days_group.command("add")
@click.argument("jurisdiction")
@click.argument("day", metavar="DATE", callback=parse_iso_date)
@click.option("--reason", required=True, help="Why the day is not a working day, e.g. the government decision.")
@click.option("--source", default="", help="Gazette reference or URL of the decision.")
def add_command(jurisdiction: str, day: date, reason: str, source: str) -> None:
    """Declare DATE (YYYY-MM-DD) a non-working day in JURISDICTION and move the due dates it affects."""
    try:
        result = declare_non_working_day(jurisdiction, day, reason, source, author=None)
    except FieldError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from None

    db.session.commit()
    click.echo(f"Declared {day.isoformat()} a non-working day in {result.jurisdiction_code}.")
    _echo_recompute(result)


@non_working_days_group.command("remove")
@click.argument("jurisdiction")
@click.argument("day", metavar="DATE", callback=parse_iso_date)
def remove_command(jurisdiction: str, day: date) -> None:
    """Remove the declared non-working day DATE (YYYY-MM-DD) and move the due dates back."""
    try:
        result = remove_non_working_day(jurisdiction, day, author=None)
    except FieldError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from None

    db.session.commit()
    click.echo(f"Removed the non-working day {day.isoformat()} in {result.jurisdiction_code}.")
    _echo_recompute(result)


@non_working_days_group.command("list")
@click.argument("jurisdiction", required=False)
def list_command(jurisdiction: str | None) -> None:
    """List the declared non-working days, of JURISDICTION only if it is given."""
    try:
        declared_days = list_non_working_days(jurisdiction)
    except FieldError as error:
        raise click.ClickException(error.message) from None

    if not declared_days:
        scope = f" in {jurisdiction.strip().upper()}" if jurisdiction else ""
        click.echo(f"No non-working days are declared{scope}.")
        return

    for declared in declared_days:
        source = f" (source: {declared.source})" if declared.source else ""
        click.echo(f"{declared.jurisdiction_code} {declared.day.isoformat()} {declared.reason}{source}")


def _echo_recompute(result: RecomputeResult) -> None:
    ids = ", ".join(str(foi_request_id) for foi_request_id in result.changed_ids)
    click.echo(
        f"Open requests checked: {result.checked}; due dates moved: {result.changed}"
        + (f" (request ids {ids})." if ids else ".")
    )
    if result.failed_ids:
        failed = ", ".join(str(foi_request_id) for foi_request_id in result.failed_ids)
        click.echo(
            f"Due dates not recomputed because the legal references failed (request ids {failed}); "
            "see the log and run `flask --app wsgi legal-refs check`.",
            err=True,
        )
