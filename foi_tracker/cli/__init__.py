"""Flask CLI commands: `flask --app wsgi COMMAND`."""

from flask import Flask

from .data import demo_command, import_agencies_command, legal_refs_group


def register_commands(app: Flask) -> None:
    """Attach every command to the app's CLI."""
    from .accounts import create_admin_command
    from .backup import backup_command, restore_command
    from .deadline import deadline_command
    from .non_working_days import non_working_days_group
    from .overview import legal_refs_table_command

    app.cli.add_command(deadline_command)
    app.cli.add_command(legal_refs_group)
    app.cli.add_command(import_agencies_command)
    app.cli.add_command(demo_command)
    app.cli.add_command(legal_refs_table_command)
    app.cli.add_command(non_working_days_group)
    app.cli.add_command(backup_command)
    app.cli.add_command(restore_command)
    app.cli.add_command(create_admin_command)
