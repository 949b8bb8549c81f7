"""`flask deadline`: output format and argument errors.

The `runner` fixture is a CLI runner of an app whose LEGAL_REFS_DIR is the
repository's legal_refs directory.
"""

import json

import pytest
from flask.testing import FlaskCliRunner


def test_deadline_prints_iso_date_first(runner: FlaskCliRunner) -> None:
    # Case C2: day 15 is Easter Sunday 5 Apr 2026, then Easter Monday (ZPPI Art. 20(1)).
    result = runner.invoke(args=["deadline", "HR", "2026-03-21"])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "2026-04-07"
    assert "Skipped: Sun 2026-04-05, Easter Sunday." in lines
    assert "Skipped: Mon 2026-04-06, Easter Monday." in lines


def test_deadline_accepts_lower_case_code(runner: FlaskCliRunner) -> None:
    # Case C1 for Serbia: 1-2 Jan 2026 are New Year's Day, then a weekend.
    result = runner.invoke(args=["deadline", "rs", "2025-12-17"])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "2026-01-05"


def test_deadline_json_has_keys(runner: FlaskCliRunner) -> None:
    # Case C5: day 40 is Orthodox Holy Saturday 11 Apr 2026, then Easter (Art. 16(4)).
    result = runner.invoke(args=["deadline", "RS", "2026-03-02", "--period", "extension", "--json"])

    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["due_date"] == "2026-04-14"
    assert payload["jurisdiction"] == "RS"
    assert payload["period"] == "extension"
    assert payload["start_date"] == "2026-03-02"
    assert payload["unit"] == "calendar_days"
    assert payload["length"] == 40
    assert payload["article"] == "Art. 16(4)"
    assert payload["skipped"] == [
        {"date": "2026-04-11", "reason": "Holy Saturday"},
        {"date": "2026-04-12", "reason": "Easter Sunday"},
        {"date": "2026-04-13", "reason": "Easter Monday"},
    ]
    assert payload["provisional"] is False
    assert payload["provisional_reasons"] == []
    assert isinstance(payload["explanation"], list)
    assert payload["explanation"][0].startswith("Start: Mon 2026-03-02")


def test_deadline_json_bosnia_provisional(runner: FlaskCliRunner) -> None:
    # Day 15 is Orthodox Christmas, Wed 7 Jan 2026, in the BA national list.
    result = runner.invoke(args=["deadline", "BA", "2025-12-23", "--json"])

    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["due_date"] == "2026-01-08"
    assert payload["provisional"] is True
    assert payload["article"] is None
    assert len(payload["provisional_reasons"]) == 3


def test_deadline_croatian_extension(runner: FlaskCliRunner) -> None:
    # Case C6: 15 days after the reply due date 31 Jul 2026 is Assumption Day, a Saturday (Art. 22(1)).
    result = runner.invoke(args=["deadline", "HR", "2026-07-16", "--period", "extension"])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "2026-08-17"


def test_deadline_unknown_jurisdiction_exits_2(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["deadline", "XX", "2026-03-21"])

    assert result.exit_code == 2
    assert "'XX'" in result.output
    assert "BA, HR, RS" in result.output


@pytest.mark.parametrize("bad_date", ["2026-02-30", "30.03.2026", "tomorrow"])
def test_deadline_bad_date_exits_2(runner: FlaskCliRunner, bad_date: str) -> None:
    result = runner.invoke(args=["deadline", "HR", bad_date])

    assert result.exit_code == 2
    assert bad_date in result.output
    assert "YYYY-MM-DD" in result.output


def test_deadline_unknown_period_exits_2(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["deadline", "HR", "2026-03-21", "--period", "urgent"])

    assert result.exit_code == 2
    assert "'urgent'" in result.output
    assert "appeal_refusal" in result.output


def test_deadline_undefined_period_exits_2(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["deadline", "BA", "2026-03-02", "--period", "extension"])

    assert result.exit_code == 2
    assert "not defined for BA" in result.output
    assert "Periods defined for BA: reply." in result.output
