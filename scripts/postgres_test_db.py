"""Run a command against a fresh PostgreSQL database, then drop it.

Usage: postgres_test_db.py --admin-url URL -- COMMAND...

The command gets TEST_DATABASE_URL naming the new database. When no server
answers at the admin URL, say so and exit 0, so that SQLite-only machines
still pass `make test`.
"""

import argparse
import os
import secrets
import subprocess
import sys

import psycopg
from psycopg import sql


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin-url", required=True, help="URL of a database used to create and drop the test database")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="command to run, after --")
    args = parser.parse_args()
    command = [part for part in args.command if part != "--"] or ["true"]

    try:
        admin = psycopg.connect(args.admin_url, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        print(f"PostgreSQL is not reachable at {args.admin_url} ({error}); skipping the PostgreSQL run.")
        return 0

    name = f"foi_tracker_test_{secrets.token_hex(4)}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        print(f"Running the tests on PostgreSQL database {name}.")
        try:
            base = args.admin_url.rsplit("/", 1)[0]
            env = {**os.environ, "TEST_DATABASE_URL": f"{base}/{name}"}
            result = subprocess.run(command, env=env, check=False)
        finally:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
