"""Near-duplicate grouping and the SimHash fingerprint."""

from __future__ import annotations

from warrantwatch.dedup import DedupItem, fingerprint, group_near_duplicates, hamming, shingles

WIRE = (
    "The foreign minister arrived in the capital on Monday for two days of talks on trade and energy, "
    "the first visit by a senior official from the country in more than a decade. Officials said the "
    "talks would focus on a long-delayed pipeline project and on easing visa rules for students. The "
    "minister is also expected to meet business leaders and to lay a wreath at the war memorial before "
    "flying on to the neighbouring country on Wednesday evening."
)
EDITED = WIRE.replace("on Monday", "on Monday morning").replace("Officials said", "Diplomats said") + (
    " Our correspondent adds that security was tight around the venue."
)
TRIMMED = WIRE.rsplit(" The minister", 1)[0]
OTHER = (
    "Heavy rain flooded several streets in the old town overnight, and the fire brigade pumped water from "
    "basements until dawn. The council said the drains had been cleaned in the autumn but could not cope "
    "with the amount of rain that fell in three hours. Residents asked for sandbags to be handed out before "
    "the next storm, which forecasters expect at the weekend."
)


def test_fingerprint_is_16_hex_stable_and_close_for_copies() -> None:
    first = fingerprint(WIRE)
    assert len(first) == 16
    assert int(first, 16) >= 0
    assert fingerprint(WIRE) == first
    assert hamming(first, fingerprint(EDITED)) < hamming(first, fingerprint(OTHER))
    assert hamming(first, fingerprint(OTHER)) > 12
    assert fingerprint("") == fingerprint("")


def test_groups_copies_under_the_earliest_published() -> None:
    items = [
        DedupItem("b", "2024-11-18T09:00:00+00:00", EDITED),
        DedupItem("a", "2024-11-18T10:00:00+00:00", WIRE),
        DedupItem("c", "2024-11-18T11:00:00+00:00", TRIMMED),
        DedupItem("d", "2024-11-18T08:00:00+00:00", OTHER),
    ]
    groups = group_near_duplicates(items)
    assert groups == {"a": "b", "b": "b", "c": "b", "d": "d"}
    assert group_near_duplicates(list(reversed(items))) == groups


def test_tie_on_time_goes_to_smallest_id() -> None:
    items = [DedupItem("z", "2024-11-18T09:00:00+00:00", WIRE), DedupItem("m", "2024-11-18T09:00:00+00:00", EDITED)]
    assert group_near_duplicates(items) == {"m": "m", "z": "m"}


def test_short_texts_are_never_grouped() -> None:
    items = [DedupItem("a", "2024", "Short note."), DedupItem("b", "2024", "Short note.")]
    assert group_near_duplicates(items) == {"a": "a", "b": "b"}
    assert shingles("one two") == {"one two"}
