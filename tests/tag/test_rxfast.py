"""The first-character probe finds exactly what the plain search finds."""

from __future__ import annotations

import re

import pytest

from warrantwatch.rxfast import Probed, first_chars

PATTERNS = [
    re.compile(r"declined\s+to|refused\s+to|(?:will|would)\s*(?:not|n't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE),
    re.compile(r"\b(?:arrested|taken\s+into\s+(?:ICC\s+)?custody|flown\s+to\s+The\s+Hague)\b", re.IGNORECASE),
    re.compile(r"\b(?P<kind>LOC|GOV)(?P<i>\d+)\s+(?:hosted|hosts)\b"),
    re.compile(r"'ll|’ll|shall\s+(?P<w>\w+)", re.IGNORECASE),
]
TEXTS = [
    "He declined to say whether PER0 would not go there ",
    "PER0 was ARRESTED on Tuesday and taken into ICC custody; later flown to the hague",
    "LOC1 hosted the summit while GOV2 hosts talks",
    "She'll go. They SHALL travel, they’ll see",
    "ſtate KING İstanbul ı DECLINED TO",  # letters whose case folds reach ASCII from outside it
    "",
]


@pytest.mark.parametrize("rx", PATTERNS, ids=lambda rx: rx.pattern[:20])
def test_probe_finds_the_same_match_as_search(rx: re.Pattern[str]) -> None:
    probed = Probed(rx)
    for text in TEXTS:
        for pos in range(0, len(text) + 1, 3):
            for endpos in (None, len(text) // 2, len(text)):
                plain = rx.search(text, pos) if endpos is None else rx.search(text, pos, endpos)
                fast = probed.search(text, pos, endpos)
                assert (plain is None) == (fast is None), (text, pos, endpos)
                if plain is not None and fast is not None:
                    assert (plain.span(), plain.groupdict(), plain.groups()) == (fast.span(), fast.groupdict(), fast.groups())


def test_case_folding_outside_ascii_is_kept() -> None:
    rx = re.compile(r"state|king", re.IGNORECASE)
    assert rx.search("ſtate") is not None  # long s folds to "s"
    assert Probed(rx).search("ſtate") is not None
    assert Probed(rx).search("the \u212aing") is not None  # Kelvin sign folds to "k"


def test_no_probe_for_patterns_that_can_match_empty_or_open_on_a_category() -> None:
    assert first_chars(re.compile(r"(?:abc)?")) is None
    assert first_chars(re.compile(r"\w+ing")) is None
    with pytest.raises(ValueError, match="no first-character set"):
        Probed(re.compile(r"\s*x"))


def test_tail_tokens_search_finds_the_same_match_at_the_end() -> None:
    rx = re.compile(r"(?:declined\s+(?:an?\s+(?:\w+\s+)?invitation\s+)?to|not)\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
    probed = Probed(rx, tail_tokens=8)
    texts = ["PER0 said on Monday that he had declined an official invitation to ",
             "a b c d e f g h i j k declined to go ", "x not ", "not\n", "declined the plan", "word " * 30 + "not a b "]
    for text in texts:
        plain, fast = rx.search(text), probed.search(text)
        assert (plain is None) == (fast is None), text
        if plain is not None and fast is not None:
            assert plain.span() == fast.span()


def test_words_back_matches_stepping_back_a_character_at_a_time() -> None:
    from warrantwatch import dates

    def stepping(text: str, pos: int, count: int) -> int:
        i = pos
        for _ in range(count):
            while i > 0 and text[i - 1].isspace():
                i -= 1
            while i > 0 and not text[i - 1].isspace():
                i -= 1
        return i

    texts = ["", " ", "a", "  a b  cc\n\nd\xa0e ", "x-y’ z\u3000w", "one two three four five"]
    for text in texts:
        for pos in range(len(text) + 1):
            for count in range(5):
                expected = stepping(text, pos, count)
                # (one function, in dates.py, serves the tagger's near searches too)
                assert dates.words_back(text, pos, count) == expected, (text, pos, count)


def test_near_search_finds_what_the_gated_search_finds() -> None:
    from warrantwatch.tagger import cues

    texts = ["PER0 was taken into ICC custody and later flown to The Hague", "He arrives in the Hague; ARRESTED",
             "no such words here", "xInternational Criminal Court", "arreſt: a long s folds to s", "\u212aing"]
    for gated in (cues._W_EXECUTED, cues._ICC_RX, cues._WARRANT_CAUSE):
        for text in texts:
            for pos in range(0, len(text), 5):
                plain = gated.rx.search(text, pos)
                if gated.gated and not gated._open(text, pos):
                    plain = None
                fast = gated.search(text, pos)
                assert (plain is None) == (fast is None), (text, pos)
                if plain is not None and fast is not None:
                    assert plain.span() == fast.span()
