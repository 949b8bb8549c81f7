"""`flask create-admin`, the way the first admin of an organisation is made."""

from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import select

from foi_tracker.extensions import db
from foi_tracker.models import Organisation, User, UserRole

PASSWORD = "a long enough passphrase"


def test_creates_admin_and_organisation(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        args=["create-admin", "Admin@Example.org", "--organisation", "Udruga Sigurna kuća", "--name", "Ana Babić",
              "--password", PASSWORD]
    )

    assert result.exit_code == 0, result.output
    assert "Created admin admin@example.org" in result.output
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        assert user.role is UserRole.ADMIN
        assert user.organisation.name == "Udruga Sigurna kuća"
        assert user.check_password(PASSWORD)


def test_network_flag_and_duplicate(app: Flask, runner: FlaskCliRunner) -> None:
    args = ["create-admin", "net@example.org", "--organisation", "Mreža", "--name", "Ivo Ivić", "--password", PASSWORD]
    first = runner.invoke(args=[*args, "--network"])
    second = runner.invoke(args=args)

    assert first.exit_code == 0, first.output
    assert "Created network_admin" in first.output
    assert second.exit_code == 1
    assert "An account for net@example.org already exists." in second.output


def test_short_password_rejected(runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        args=["create-admin", "a@example.org", "--organisation", "X", "--name", "Y", "--password", "short"]
    )

    assert result.exit_code == 1
    assert "at least 12 characters" in result.output


def test_rejects_invalid_email(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        args=["create-admin", "not-an-email", "--organisation", "X", "--name", "Y", "--password", PASSWORD]
    )

    assert result.exit_code == 1
    assert "“not-an-email” is not a valid e-mail address" in result.output
    with app.app_context():
        assert db.session.scalars(select(User)).all() == []


def test_rejects_invalid_organisation_email(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        args=["create-admin", "a@example.org", "--organisation", "X", "--name", "Y", "--password", PASSWORD,
              "--organisation-email", "ured"]
    )

    assert result.exit_code == 1
    assert "“ured” is not a valid e-mail address" in result.output
    with app.app_context():
        assert db.session.scalars(select(Organisation)).all() == []


def test_sets_letterhead_of_new_organisation(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        args=["create-admin", "ana@example.org", "--organisation", "Udruga Sigurna kuća", "--name", "Ana Babić",
              "--password", PASSWORD, "--job-title", "koordinatorica", "--street-address", "Ilica 5",
              "--postal-code", "10000", "--city", "Zagreb", "--organisation-email", "Ured@Sigurna.example"]
    )

    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        assert user.job_title == "koordinatorica"
        assert user.organisation.street_address == "Ilica 5"
        assert user.organisation.postal_code == "10000"
        assert user.organisation.city == "Zagreb"
        assert user.organisation.email == "ured@sigurna.example"


def test_keeps_letterhead_of_existing_organisation(app: Flask, runner: FlaskCliRunner) -> None:
    base = ["--organisation", "Udruga Sigurna kuća", "--password", PASSWORD]
    runner.invoke(args=["create-admin", "ana@example.org", "--name", "Ana Babić", "--city", "Zagreb", *base])

    result = runner.invoke(args=["create-admin", "ivo@example.org", "--name", "Ivo Ivić", "--city", "Split", *base])

    assert result.exit_code == 0, result.output
    with app.app_context():
        organisation = db.session.scalars(select(Organisation)).one()
        assert organisation.city == "Zagreb"
