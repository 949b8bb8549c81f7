"""Fixtures for the deadline engine: the repository's own legal_refs files."""

from pathlib import Path

import pytest

from foi_tracker.law import JurisdictionRefs, load_legal_refs

LEGAL_REFS_DIR = Path(__file__).resolve().parents[3] / "legal_refs"


@pytest.fixture(scope="session")
def legal_refs() -> dict[str, JurisdictionRefs]:
    return load_legal_refs(LEGAL_REFS_DIR)


@pytest.fixture(scope="session")
def croatia(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return legal_refs["HR"]


@pytest.fixture(scope="session")
def serbia(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return legal_refs["RS"]


@pytest.fixture(scope="session")
def bosnia(legal_refs: dict[str, JurisdictionRefs]) -> JurisdictionRefs:
    return legal_refs["BA"]
