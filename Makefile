# Two entry points: `make run` serves the app with demo data, `make test` runs every check.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
PG_ADMIN_URL ?= postgresql://127.0.0.1:5432/test

.PHONY: run test install install-dev secret migrate demo lint typecheck schema-check pytest-sqlite pytest-postgres clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# A random secret key, written once to instance/config.py and never committed.
instance/config.py:
	mkdir -p instance
	$(BIN)/python -c "import secrets; print('SECRET_KEY = ' + repr(secrets.token_hex(32)))" > $@

secret: instance/config.py

migrate: install secret
	$(FLASK) db upgrade

demo: migrate
	$(FLASK) legal-refs load
	$(FLASK) demo

# Plain HTTP on the loopback address, so the session cookie cannot be Secure here.
# Mail is kept in memory, not sent, because no mail server is assumed locally.
run: demo
	FOI_TRACKER_COOKIE_SECURE=false FOI_TRACKER_MAIL_SUPPRESS_SEND=true $(FLASK) run --host 127.0.0.1 --port 5000

lint: install-dev
	$(BIN)/ruff check .

typecheck: install-dev
	$(BIN)/mypy

# The models must match the migrations: autogenerate must find nothing to add.
schema-check: install-dev
	@tmp=$$(mktemp -d); \
	DATABASE_URL=sqlite:///$$tmp/check.sqlite3 FOI_TRACKER_SECRET_KEY=schema-check $(FLASK) db upgrade >/dev/null && \
	DATABASE_URL=sqlite:///$$tmp/check.sqlite3 FOI_TRACKER_SECRET_KEY=schema-check $(FLASK) db check; \
	status=$$?; rm -rf $$tmp; exit $$status

pytest-sqlite: install-dev
	@echo "Running the tests on SQLite."
	$(BIN)/python -m pytest -q

# A fresh PostgreSQL database per run, dropped afterwards.
pytest-postgres: install-dev
	@$(BIN)/python scripts/postgres_test_db.py --admin-url "$(PG_ADMIN_URL)" -- $(BIN)/python -m pytest -q

test: lint typecheck schema-check pytest-sqlite pytest-postgres

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
