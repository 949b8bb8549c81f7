"""`flask create-admin`: the first admin of an organisation."""

import click
from flask.cli import with_appcontext

from ..extensions import db
from ..services.accounts import AccountChangeRejected, LetterheadDetails, create_admin
from ..services.errors import FieldError

NEW_ORGANISATION_ONLY = "Stored only when this command creates the organisation."


@click.command("create-admin")
@click.argument("email")
@click.option("--organisation", required=True, help="Organisation name; created if it does not exist.")
@click.option("--name", "full_name", required=True, help="The admin's full name.")
@click.option("--job-title", default="", help="The admin's job title, printed under the signature of letters.")
@click.option("--street-address", default="", help=f"The organisation's street address for letters. {NEW_ORGANISATION_ONLY}")
@click.option("--postal-code", default="", help=f"The organisation's postal code for letters. {NEW_ORGANISATION_ONLY}")
@click.option("--city", default="", help=f"The organisation's city for letters. {NEW_ORGANISATION_ONLY}")
@click.option(
    "--organisation-email",
    default="",
    help=f"The organisation's e-mail address for replies to letters. {NEW_ORGANISATION_ONLY}",
)
@click.option("--network", is_flag=True, help="Make a network admin, who may invite admins of any organisation.")
@click.password_option(help="At least 12 characters; asked for when not given.")
@with_appcontext
def create_admin_command(
    email: str,
    organisation: str,
    full_name: str,
    job_title: str,
    street_address: str,
    postal_code: str,
    city: str,
    organisation_email: str,
    network: bool,
    password: str,
) -> None:
    """Create an admin account; further users are invited from the Users page.

    An existing organisation keeps its letterhead details, which its admins
    change on the Organisation page.
    """
    letterhead = LetterheadDetails(
        street_address=street_address, postal_code=postal_code, city=city, email=organisation_email
    )
    try:
        user = create_admin(
            organisation, email, full_name, password, network=network, job_title=job_title, letterhead=letterhead
        )
    except (AccountChangeRejected, FieldError) as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error

    db.session.commit()
    click.echo(f"Created {user.role.value} {user.email} (user {user.id}) in {user.organisation.name}.")
