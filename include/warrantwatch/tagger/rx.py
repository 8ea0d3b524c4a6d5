"""Regex machinery the tagger's rules share, with no knowledge of the domain: patterns gated by a
literal scan for the words they cannot match without, near searches anchored at those words, and
prefix-shared alternations of many literals.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from warrantwatch.dates import matches_near, words_back

# ---- regex gates ------------------------------------------------------------------------------------


class _Gated:
    """A compiled pattern that first checks, with one fast literal scan of the lower-cased text, for
    the words it cannot match without; most sentences lack them, and the big case-insensitive
    alternations (tried at every character) then never run. Same results as the pattern alone."""

    __slots__ = ("rx", "stems", "gate", "back", "gated")

    def __init__(self, rx: re.Pattern[str], stems: str, patterns: str = "", back: int | None = None,
                 gated: bool = True) -> None:
        """``stems``: literal words (space-separated); ``patterns``: small regexes (one per line).

        ``back``: every match holds a stem starting at most that many words after the match starts,
        so the search starts that many words before the first stem instead of at the text's start.
        ``gated=False``: a pattern that had no gate before (its stems being complete for every match
        in text without the letters whose case folds to ASCII from outside it: see _FOLDS_TO_ASCII)."""
        assert back is None or not patterns, "the near search needs the stems' positions"
        self.back = back
        self.gated = gated
        self.rx = rx
        # Plain substring tests for the stems: an alternation of literals is tried at every offset
        # that starts with one of their first letters, which costs more than a few ``in`` scans.
        self.stems = tuple(sorted(stems.split(), key=len, reverse=True))
        alternatives = [line.strip() for line in patterns.splitlines() if line.strip()]
        self.gate = re.compile("|".join(alternatives)) if alternatives else None

    def _open(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        if pos or endpos is not None:
            text = text[pos:endpos]
        lower = text.lower()
        for stem in self.stems:
            if stem in lower:
                return True
        return self.gate is not None and self.gate.search(lower) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self.back is not None:
            lower = text.lower()
            if len(lower) == len(text) and (text.isascii() or _FOLDS_TO_ASCII.search(text) is None):
                end = len(text) if endpos is None else endpos
                first = -1
                for stem in self.stems:
                    at = lower.find(stem, pos, end)
                    if at >= 0 and (first < 0 or at < first):
                        first = at
                if first < 0:
                    return None
                start = max(pos, words_back(text, first, self.back))
                return self.rx.search(text, start) if endpos is None else self.rx.search(text, start, endpos)
            if not self.gated:
                return self.rx.search(text, pos) if endpos is None else self.rx.search(text, pos, endpos)
        if not self._open(text, pos, endpos):
            return None
        return self.rx.search(text, pos) if endpos is None else self.rx.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        if not self._open(text, pos, endpos):
            return iter(())
        return self.rx.finditer(text, pos) if endpos is None else self.rx.finditer(text, pos, endpos)

    def sub(self, repl: Any, text: str) -> str:
        return self.rx.sub(repl, text) if self._open(text) else text


# The non-ASCII letters that a case-insensitive pattern matches to an ASCII letter (İ ı ſ K): found
# by trying every code point against [a-z] with re.IGNORECASE. Text without them folds like its
# lower-casing, so a literal scan of the lower-cased text finds every case-insensitive match.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _matches_near(rx: re.Pattern[str], words: re.Pattern[str], text: str, back: int,
                  tail: re.Pattern[str] | None = None) -> list[re.Match[str]]:
    """``rx.finditer(text)``, found faster: every match of ``rx`` holds one of ``words`` (a fast
    scan of the lower-cased text), followed by ``tail`` if given, and starts at most ``back`` words
    before it (see dates.matches_near)."""
    lower = text.lower()
    if len(lower) != len(text):  # lower-casing changed offsets (rare letters): the plain way
        return list(rx.finditer(text))
    # (Lazily: the scan stops where the last match was found.)
    anchors = (hit.start() for hit in words.finditer(lower) if tail is None or tail.match(text, hit.end()))
    return matches_near(rx, text, anchors, back)
_WORD_GAP = r"(?:[^\w\-'’.&]|[-'’.&](?!\w))\W*"


def _trie_regex(words: list[str]) -> str:
    """A regex matching exactly ``words`` (no empty string), prefix-shared so the engine never tries
    1,400 alternatives one by one; longer keys are tried before their prefixes (longest match)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [(_WORD_GAP if c == " " else re.escape(c)) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        # A key may also end here: the greedy "?" tries the longer keys first, then backs off.
        return body + "?" if ends else body

    return emit(trie)


@functools.lru_cache(maxsize=64)
def _stems_rx(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(stem) for stem in stems))


def _has_any(text: str, stems: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``stems``: a few substring scans cost less than one regex
    alternation of literals, which is tried at every offset opening on one of their letters."""
    for stem in stems:
        if stem in text:
            return True
    return False
