"""Shared fixtures and paths for the test suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests are derandomized by default so that a run is repeatable (CI must not
# fail at random); HYPOTHESIS_PROFILE=explore searches with fresh random examples, and
# HYPOTHESIS_PROFILE=fuzz is the long fuzzing run (hours; README, "Development").
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.register_profile("fuzz", max_examples=50_000)
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


#: Our own article in the seed's shape (nine paragraphs, then an appeal from "A Message
#: from X:" to "Remind me later."), so the seed tests run on a clone without ../shared.
SEED_SHAPED = REPO / "tests" / "data" / "seed-shaped-appeal.txt"
#: What each seed's trailer names as its publisher.
SEED_PUBLISHERS = {"shared": "The Moscow Times", "own": "The Baltic Ledger"}


@pytest.fixture(
    scope="session",
    params=["shared", "own"],
)
def seed(request: pytest.FixtureRequest) -> tuple[str, str]:
    """A seed article with its appeal trailer, and the publisher the trailer names."""
    if request.param == "shared":
        if not SEED.exists():
            pytest.skip("../shared/seed is not beside the repository")
        return SEED.read_text(encoding="utf-8"), SEED_PUBLISHERS["shared"]
    return SEED_SHAPED.read_text(encoding="utf-8"), SEED_PUBLISHERS["own"]


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The shared seed when it is beside the repository, else our seed-shaped article."""
    path = SEED if SEED.exists() else SEED_SHAPED
    return path.read_text(encoding="utf-8")
