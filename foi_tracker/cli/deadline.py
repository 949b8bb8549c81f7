"""`flask deadline`: compute one statutory deadline from the legal_refs files."""

import json
from datetime import date
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from foi_tracker.law import (
    Deadline,
    JurisdictionRefs,
    LegalRefsError,
    PeriodName,
    PeriodNotDefinedError,
    UnknownJurisdictionError,
    compute_deadline,
    find_refs,
    load_legal_refs,
)


def parse_iso_date(_context: click.Context, _parameter: click.Parameter, value: str) -> date:
    """Parse the DATE argument, or fail with exit status 2 and the expected form."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"invalid date {value!r}; expected a real calendar date in YYYY-MM-DD form, e.g. 2026-03-30"
        ) from None


@click.command("deadline")
@click.argument("jurisdiction")
@click.argument("start_on", metavar="DATE", callback=parse_iso_date)
@click.option(
    "--period",
    "period_value",
    type=click.Choice([name.value for name in PeriodName]),
    default=PeriodName.REPLY.value,
    show_default=True,
    help="Statutory period to compute.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@with_appcontext  # add_command() does not push an app context, and current_app needs one
def deadline_command(jurisdiction: str, start_on: date, period_value: str, as_json: bool) -> None:
    """Compute the due date of a statutory period in JURISDICTION (a code such as HR or an alias).

    DATE (YYYY-MM-DD) is the local date of the event the period is counted from, as
    the legal_refs file names it: receipt or submission of the request, delivery of
    the decision (appeal_refusal), receipt of the appeal (appeal_decision). For a
    period counted from the reply due date (Croatia's extension, an appeal after
    silence), DATE starts the reply period, which is computed first. The first output
    line is the due date in ISO form, and the lines after it explain the computation.
    """
    refs_by_code = _load_refs()
    refs = _find_jurisdiction(refs_by_code, jurisdiction)
    period_name = PeriodName(period_value)

    try:
        deadline = compute_deadline(refs, period_name, start_on)
    except PeriodNotDefinedError as error:
        defined = ", ".join(name.value for name in refs.period_names_on(start_on))
        raise click.UsageError(
            f"Period {period_name.value!r} is not defined for {refs.code}: {error.reason} "
            f"Periods defined for {refs.code}: {defined}."
        ) from None
    except LegalRefsError as error:
        raise click.BadParameter(str(error), param_hint="DATE") from None

    if as_json:
        click.echo(json.dumps(deadline_to_json(deadline), ensure_ascii=False, indent=2))
        return

    click.echo(deadline.due_on.isoformat())
    for line in deadline.explanation():
        click.echo(line)


def deadline_to_json(deadline: Deadline) -> dict[str, object]:
    """Convert a deadline to the JSON object printed by ``--json``."""
    return {
        "due_date": deadline.due_on.isoformat(),
        "jurisdiction": deadline.jurisdiction,
        "period": deadline.period_name.value,
        "start_date": deadline.start_on.isoformat(),
        "day_zero_date": deadline.day_zero_on.isoformat(),
        "unit": deadline.unit.value,
        "length": deadline.length,
        "article": deadline.article,
        "law_title": deadline.law_title_local,
        "law_version_from": deadline.law_version_from.isoformat(),
        "rolled_from": deadline.rolled_from.isoformat() if deadline.rolled_from else None,
        "skipped": [
            {"date": day.skipped_on.isoformat(), "reason": day.reason, "source": day.source} for day in deadline.skipped
        ],
        "provisional": deadline.provisional,
        "provisional_reasons": list(deadline.provisional_reasons),
        "explanation": deadline.explanation(),
    }


def _load_refs() -> dict[str, JurisdictionRefs]:
    directory = Path(current_app.config["LEGAL_REFS_DIR"])
    try:
        return load_legal_refs(directory)
    except LegalRefsError as error:
        raise click.ClickException(f"Cannot load legal references: {error}") from None


def _find_jurisdiction(refs_by_code: dict[str, JurisdictionRefs], jurisdiction: str) -> JurisdictionRefs:
    try:
        return find_refs(refs_by_code, jurisdiction)
    except UnknownJurisdictionError as error:
        raise click.BadParameter(str(error), param_hint="JURISDICTION") from None
