"""`flask legal-refs check --dir`: broken copies of a file fail with the file, field and reason."""

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask.testing import FlaskCliRunner

LEGAL_REFS_DIR = Path(__file__).resolve().parents[2] / "legal_refs"

Document = dict[str, Any]


def write_copy(directory: Path, mutate: Callable[[Document], None]) -> Path:
    """Copy the repository's files into ``directory``, with ``mutate`` applied to HR.yaml."""
    for path in LEGAL_REFS_DIR.glob("*.yaml"):
        shutil.copy(path, directory / path.name)

    document = yaml.safe_load((LEGAL_REFS_DIR / "HR.yaml").read_text(encoding="utf-8"))
    mutate(document)
    (directory / "HR.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return directory


def _missing_sources(document: Document) -> None:
    del document["versions"][0]["periods"]["reply"]["sources"]


def _negative_length(document: Document) -> None:
    document["versions"][0]["periods"]["transfer"]["length"] = -8


def _unknown_holiday_country(document: Document) -> None:
    document["calendar"]["holidays_country"] = "YU"


def _versions_out_of_order(document: Document) -> None:
    document["versions"].append(dict(document["versions"][0], in_force_from=date(2003, 10, 15)))


def _unknown_refusal_ground(document: Document) -> None:
    document["versions"][0]["refusal_grounds"][3]["code"] = "secret"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_missing_sources, "HR.yaml: versions[0].periods.reply.sources: missing required field"),
        (_negative_length, "HR.yaml: versions[0].periods.transfer.length: must be a positive whole number"),
        (_unknown_holiday_country, "HR.yaml: calendar.holidays_country: country 'YU' is not supported"),
        (_versions_out_of_order, "HR.yaml: versions[1].in_force_from: versions must be in ascending order"),
        (_unknown_refusal_ground, "HR.yaml: versions[0].refusal_grounds[3].code: must be one of classified_information"),
    ],
)
def test_check_broken_copy_exits_1(
    runner: FlaskCliRunner, tmp_path: Path, mutate: Callable[[Document], None], message: str
) -> None:
    directory = write_copy(tmp_path, mutate)

    result = runner.invoke(args=["legal-refs", "check", "--dir", str(directory)])

    assert result.exit_code == 1
    assert message in result.output


def test_check_valid_copy_lists_codes(runner: FlaskCliRunner, tmp_path: Path) -> None:
    directory = write_copy(tmp_path, lambda document: None)

    result = runner.invoke(args=["legal-refs", "check", "--dir", str(directory)])

    assert result.exit_code == 0, result.output
    assert result.output.strip() == "13 jurisdictions valid: AL, BA, BA-FBiH, BA-RS, BG, HR, MD, ME, MK, RO, RS, SI, XK"


def test_check_defaults_to_app_setting(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["legal-refs", "check"])

    assert result.exit_code == 0, result.output
    assert "AL, BA, BA-FBiH, BA-RS, BG, HR, MD, ME, MK, RO, RS, SI, XK" in result.output


def test_check_missing_directory_exits_1(runner: FlaskCliRunner, tmp_path: Path) -> None:
    result = runner.invoke(args=["legal-refs", "check", "--dir", str(tmp_path / "absent")])

    assert result.exit_code == 1
    assert "directory not found" in result.output


def test_check_alias_of_other_code_exits_1(runner: FlaskCliRunner, tmp_path: Path) -> None:
    directory = write_copy(tmp_path, lambda document: document.update(aliases=["BA"]))

    result = runner.invoke(args=["legal-refs", "check", "--dir", str(directory)])

    assert result.exit_code == 1
    assert "HR.yaml: aliases[0]: 'BA' is already the code of BA.yaml" in result.output
