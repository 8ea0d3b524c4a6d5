from __future__ import annotations

from pathlib import Path

import pytest

from warrantwatch.reference import Reference, load_reference

FIXTURE_REFERENCE = Path(__file__).parent / "fixtures" / "reference"


@pytest.fixture(scope="session")
def ref() -> Reference:
    """The small fixture reference: fixed people and dates, independent of the real data files."""
    return load_reference(FIXTURE_REFERENCE)
