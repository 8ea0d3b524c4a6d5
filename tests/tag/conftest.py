from __future__ import annotations

from pathlib import Path

import pytest

from warrantwatch.reference import Reference, load_reference

FIXTURE_REFERENCE = Path(__file__).parent / "fixtures" / "reference"


@pytest.fixture(scope="session")
def ref() -> Reference:
    """The small fixture reference: fixed people and dates, independent of the real data files."""
    return load_reference(FIXTURE_REFERENCE)


@pytest.fixture(scope="session")
def full_ref() -> Reference:
    """The shipped reference: the fixture's lacks several people the round tests need (Haqqani, Deif, ministers)."""
    return load_reference()
