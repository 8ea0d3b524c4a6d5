"""Language the tenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

TUE_19_AUG_2025 = date(2025, 8, 19)


# -- "A and B joined C for a meeting with D": all of them met ------------------------------------------------------

def test_those_who_joined_another_for_a_meeting_met_the_host(ref: Reference) -> None:
    text = ("WASHINGTON - Olaf Scholz and Recep Tayyip Erdoğan joined Narendra Modi for a meeting with "
            "Donald Trump in the East Room on Monday.")
    assert dated(ref, text, TUE_19_AUG_2025) == {
        ("visit", name, "USA", "completed", "2025-08-18")
        for name in ("Olaf Scholz", "Recep Tayyip Erdoğan", "Narendra Modi")
    }
