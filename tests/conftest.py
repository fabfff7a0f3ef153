"""Shared fixtures and paths for the test suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests are derandomized by default so that a run is repeatable (CI must not
# fail at random); HYPOTHESIS_PROFILE=explore searches with fresh random examples.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

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
