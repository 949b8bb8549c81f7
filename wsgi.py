"""Entry point for gunicorn and `flask --app wsgi`."""

from foi_tracker import create_app

app = create_app()
