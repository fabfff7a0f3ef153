"""Shared fixtures and paths for the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "moscow-times-appeal.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article with its appeal trailer, from ../shared."""
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the repository")
    return SEED.read_text(encoding="utf-8")
