"""`flask create-admin`: the first admin of an organisation."""

import click
from flask.cli import with_appcontext

from ..extensions import db
from ..services.accounts import AccountChangeRejected, create_admin
from ..services.errors import FieldError


@click.command("create-admin")
@click.argument("email")
@click.option("--organisation", required=True, help="Organisation name; created if it does not exist.")
@click.option("--name", "full_name", required=True, help="The admin's full name.")
@click.option("--network", is_flag=True, help="Make a network admin, who may invite admins of any organisation.")
@click.password_option(help="At least 12 characters; asked for when not given.")
@with_appcontext
def create_admin_command(email: str, organisation: str, full_name: str, network: bool, password: str) -> None:
    """Create an admin account; further users are invited from the Users page."""
    try:
        user = create_admin(organisation, email, full_name, password, network=network)
    except (AccountChangeRejected, FieldError) as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error

    db.session.commit()
    click.echo(f"Created {user.role.value} {user.email} (user {user.id}) in {user.organisation.name}.")
