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

# A short article and an appeal trailer the English rules remove whole; the batch and
# pipeline tests build their documents from these.
SAMPLE_ARTICLE = (
    "The city council approved a new budget for public libraries on Tuesday.\n"
    "Branch hours will be extended on weekends starting in March, the director said.\n"
)
SAMPLE_TRAILER = (
    "A Message from The Riverside Courier:\n"
    "Dear readers,\n"
    "Please consider making a donation today.\n"
    "Remind me later.\n"
)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article with its appeal trailer, from ../shared."""
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the repository")
    return SEED.read_text(encoding="utf-8")
