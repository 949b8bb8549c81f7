"""The legal-refs, import-agencies and demo commands."""

from pathlib import Path

from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from foi_tracker.extensions import db
from foi_tracker.models import Agency, FoiRequest, RequestState

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def test_legal_refs_load_lists_codes(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["legal-refs", "load"])

    assert result.exit_code == 0, result.output
    assert "AL, BA, BA-FBiH, BA-RS, BG, HR, MD, ME, MK, RO, RS, SI, XK" in result.output


def test_import_agencies_is_idempotent(app: Flask, runner: FlaskCliRunner) -> None:
    first = runner.invoke(args=["import-agencies", str(DATA_DIR / "agencies.csv")])
    second = runner.invoke(args=["import-agencies", str(DATA_DIR / "agencies.csv")])

    # agencies.csv has 62 rows, all in jurisdictions that legal_refs/ covers.
    assert first.exit_code == 0, first.output
    assert first.output.startswith("62 created, 0 updated, 0 skipped")
    assert second.output.startswith("0 created, 62 updated, 0 skipped")


def test_import_maps_iso_entity_codes(app: Flask, runner: FlaskCliRunner) -> None:
    runner.invoke(args=["import-agencies", str(DATA_DIR / "agencies.csv")])

    with app.app_context():
        codes = dict(
            db.session.execute(select(Agency.jurisdiction_code, func.count()).group_by(Agency.jurisdiction_code)).all()
        )

    # The file lists 5 Federation and 2 Republika Srpska bodies under BA-BIH and BA-SRP.
    assert codes["BA-FBiH"] == 5
    assert codes["BA-RS"] == 2
    assert "BA-BIH" not in codes


def test_import_agencies_reports_missing_column(tmp_path: Path, runner: FlaskCliRunner) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("name_local,city\nMinistarstvo,Zagreb\n", encoding="utf-8")

    result = runner.invoke(args=["import-agencies", str(broken)])

    assert result.exit_code == 1
    assert "broken.csv: missing column(s) jurisdiction, type." in result.output


def test_demo_covers_every_state(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["demo"])
    again = runner.invoke(args=["demo"])

    assert result.exit_code == 0, result.output
    assert again.exit_code == 0, again.output
    with app.app_context():
        per_jurisdiction = dict(
            db.session.execute(select(Agency.jurisdiction_code, func.count()).group_by(Agency.jurisdiction_code)).all()
        )
        states = set(db.session.scalars(select(FoiRequest.state)))
        total = db.session.scalar(select(func.count()).select_from(FoiRequest))
        timelines = [[event.legal_on for event in foi_request.events] for foi_request in db.session.scalars(select(FoiRequest))]

    for timeline in timelines:
        assert timeline == sorted(timeline), timeline

    assert all(per_jurisdiction[code] >= 10 for code in ("HR", "RS", "BA")), per_jurisdiction
    assert states == set(RequestState)
    assert total == 33
