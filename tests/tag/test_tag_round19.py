"""Language the nineteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_14_NOV_2025 = date(2025, 11, 14)


# -- "a walk with X past the palace": X is met, not the subject the next "his" stands for ---------------------------------

@pytest.mark.parametrize("met_with", ["a walk with", "a stroll with", "a handshake with"])
def test_the_one_met_on_a_walk_is_not_the_next_his(full_ref: Reference, met_with: str) -> None:
    text = (f"Narendra Modi spent Thursday in Ottawa. The day ended with {met_with} Mark Carney by the river. "
            "Before it, his most recent journey abroad had been to Brazil in July.")
    travellers = {(f[1], f[2]) for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert ("Narendra Modi", "BRA") in travellers
    assert ("Mark Carney", "BRA") not in travellers
