"""`flask deadline`: output format and argument errors.

The `runner` fixture is a CLI runner of an app whose LEGAL_REFS_DIR is the
repository's legal_refs directory.
"""

import json
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner

LEGAL_REFS_DIR = Path(__file__).resolve().parents[2] / "legal_refs"


def test_deadline_prints_iso_date_first(runner: FlaskCliRunner) -> None:
    # Case C2: day 15 is Easter Sunday 5 Apr 2026, then Easter Monday (ZPPI Art. 20(1)).
    result = runner.invoke(args=["deadline", "HR", "2026-03-21"])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "2026-04-07"
    assert "Skipped: Sun 2026-04-05, Easter Sunday (public holiday, holidays package HR)." in lines
    assert "Skipped: Mon 2026-04-06, Easter Monday (public holiday, holidays package HR)." in lines


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
        {"date": "2026-04-11", "reason": "Holy Saturday", "source": "public holiday, holidays package RS"},
        {"date": "2026-04-12", "reason": "Easter Sunday", "source": "public holiday, holidays package RS"},
        {"date": "2026-04-13", "reason": "Easter Monday", "source": "public holiday, holidays package RS"},
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
    assert "AL, BA, BA-BIH, BA-FBiH, BA-RS, BA-SRP, BG, HR, MD, ME, MK, RO, RS, SI, XK" in result.output


@pytest.mark.parametrize("bad_date", ["2026-02-30", "30.03.2026", "tomorrow"])
def test_deadline_bad_date_exits_2(runner: FlaskCliRunner, bad_date: str) -> None:
    result = runner.invoke(args=["deadline", "HR", bad_date])

    assert result.exit_code == 2
    assert bad_date in result.output
    assert "YYYY-MM-DD" in result.output


def test_deadline_unknown_period_exits_2(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["deadline", "HR", "2026-03-21", "--period", "court_review"])

    assert result.exit_code == 2
    assert "'court_review'" in result.output
    assert "appeal_decision" in result.output


def test_deadline_undefined_period_exits_2(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["deadline", "BA", "2026-03-02", "--period", "extension"])

    assert result.exit_code == 2
    assert "not defined for BA" in result.output
    assert "Periods defined for BA: reply." in result.output


def test_deadline_serbian_urgent_hours(runner: FlaskCliRunner) -> None:
    # 48 hours from receipt on Wed 4 Mar 2026 end by Fri 6 Mar at the latest (Art. 16(2)).
    result = runner.invoke(args=["deadline", "RS", "2026-03-04", "--period", "urgent", "--json"])

    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["due_date"] == "2026-03-06"
    assert payload["unit"] == "hours"
    assert payload["length"] == 48
    assert payload["rolled_from"] is None
    assert any("the time is not recorded" in line for line in payload["explanation"])


@pytest.mark.parametrize(
    ("code", "period", "start", "due"),
    [
        # Fri 22 May 2026 + 8 days is Sat 30 May, Statehood Day, then Sunday (ZPPI Art. 21(1)).
        ("HR", "transfer", "2026-05-22", "2026-06-01"),
        # Sat 7 Mar 2026 + 30 days is Easter Monday 6 Apr (ZPPI Art. 25(3)).
        ("HR", "appeal_decision", "2026-03-07", "2026-04-07"),
        # Mon 2 Mar 2026 + 60 days is Fri 1 May; Labour Day lasts to Sat 2 May in Serbia (Art. 24(1)).
        ("RS", "appeal_decision", "2026-03-02", "2026-05-04"),
    ],
)
def test_deadline_new_periods(runner: FlaskCliRunner, code: str, period: str, start: str, due: str) -> None:
    result = runner.invoke(args=["deadline", code, start, "--period", period])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == due


def test_deadline_old_serbian_version(runner: FlaskCliRunner) -> None:
    # Received Thu 2 Apr 2020: day 15 is Orthodox Good Friday, then Holy Saturday to Easter Monday.
    result = runner.invoke(args=["deadline", "RS", "2020-04-02", "--json"])

    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["due_date"] == "2020-04-21"
    assert payload["law_version_from"] == "2005-01-01"
    assert payload["provisional"] is True


def test_deadline_accepts_alias(runner: FlaskCliRunner) -> None:
    # BA-BIH, the ISO 3166-2 code data/agencies.csv uses, is an alias of BA-FBiH.
    # 15 calendar days from Mon 2026-09-07 end on Tue 2026-09-22, a working day.
    result = runner.invoke(args=["deadline", "ba-bih", "2026-09-07", "--json"])

    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["jurisdiction"] == "BA-FBiH"
    assert payload["due_date"] == "2026-09-22"


def test_deadline_period_not_defined_names_reason(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["deadline", "HR", "2026-03-02", "--period", "urgent"])

    assert result.exit_code == 2
    assert "not defined for HR" in result.output
    assert "no shorter period for urgent requests" in result.output
