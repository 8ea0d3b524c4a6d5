"""Tag stage: visits and warrants in articles, with status, date, evidence and who is who.

Rule-based and reference-driven. For each sentence the tagger finds people (names, aliases,
"the Russian president" through who held the office on the article's date, "he" carried over
from the previous sentence), places (countries, capitals, cities, summit names) and dates, and
replaces them with placeholders (``PER0``, ``LOC1``, ``EVT2``, ``GOV3``). Cue patterns over that
masked sentence then read the language around them: tense and modality give the status, negation
and conditionals veto or flip it, prepositions give the destination.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from warrantwatch.dates import (
    DateMention,
    matches_near,
    may_hold_date,
    parse_published,
    resolve_scanned,
    scan_dates,
    words_back,
)
from warrantwatch.fileio import atomic_write_text, read_jsonl, write_jsonl
from warrantwatch.gazetteer import Event, Gazetteer, load_gazetteer, tokens
from warrantwatch.models import Article, Mention, Window
from warrantwatch.reference import Person, Reference, load_reference
from warrantwatch.rxfast import Probed
from warrantwatch.settings import ARTICLES_FILE, MENTIONS_FILE, REFERENCE_DIR, Paths, stats_file

# ---- lexicons ---------------------------------------------------------------------------------

# Office words -> the office titles they can mean in the people reference.
TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "president": ("president",),
    "prime minister": ("prime minister",),
    "premier": ("prime minister", "premier"),
    "pm": ("prime minister",),
    "chancellor": ("chancellor",),
    "foreign minister": ("foreign minister",),
    "top diplomat": ("foreign minister",),
    "defence minister": ("defence minister", "defense minister"),
    "defense minister": ("defence minister", "defense minister"),
    "king": ("king",),
    "emir": ("emir",),
    "crown prince": ("crown prince",),
    "supreme leader": ("supreme leader",),
    "leader": (),  # () = the country's leader
    "head of state": (),
    "strongman": (),
}
LEADER_ORDER = ("supreme leader", "president", "prime minister", "chancellor", "king", "emir",
                "crown prince", "commander-in-chief", "chairman")  # fmt: skip
_TITLE_ALT = "|".join(sorted((re.escape(t).replace(r"\ ", r"\s+") for t in TITLE_WORDS), key=len, reverse=True))

PREFILTER_WORDS = (
    "warrant warrants ICC Criminal Hague arrest arrested president President presidents prime Prime premier Premier "
    "chancellor Chancellor minister Minister leader Leader leaders king King emir Emir Kremlin summit Summit"
).split()
# Small patterns the hot rules ask for many times a sentence, compiled once here (re.search with a
# pattern string looks it up in re's cache on every call).
_PER_INDEX = re.compile(r"PER(\d+)")
# A relative clause closed before the verb: "... whom PER2 called corrupt during the campaign, did not".
_LISTED_PAST_RELATIVE = re.compile(r"PER(\d+)\s*,\s*(?:who|whose|whom)\b[^;]{1,90}?,\s*(?:and|as\s+well\s+as)\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?$")
_SUBJECT_PAST_RELATIVE = re.compile(
    r"((?:PER\d+\s*(?:,\s*|,?\s+and\s+))*PER\d+)(?:'s|’s)?\s*,\s*(?:who|whose|whom)\b[^;,]*\bPER\d+[^;,]*,\s*"
    r"(?:(?:also|then|later|still|had|has|did|does|was|is|were|are|will|would|not|never)\s+)*$")
_PER_LISTED_AT_END = re.compile(r"PER(\d+)\s*(?:,\s*|\s+and\s+|\s*&\s*)$")
_IF_UNLESS = re.compile(r"\b(?:if|unless)\b")
_MODAL_AT_END = re.compile(r"\b(?:to|may|might|could|would)\s+$")
_PERFECT_NEG_AT_END = re.compile(r"\b(?:has|have|had)\s*(?:not|n't|n’t)\s+$|\bnever\s+$")
_NO_LONGER_AT_END = re.compile(r"\bno\s+longer\s+(?:\w+\s+)?$")
_PRESENT_OR_WILL = re.compile(r"\b(?:will|won['’]t|is|are)\b")
_STOP_MARK = re.compile(r"[;.!?]")
_TO_AT_END = re.compile(r"\bto\s+$")
_BE_AT_END = re.compile(r"\b(?:is|are|was|were|be|been)\s+$")
_GATHERING_NAMED = re.compile(r"\b(?:EVT(?P<e>\d+)|(?P<g>summit|forum|conference|gathering))\b", re.IGNORECASE)
_PER_POSSESSIVE_AT_END = re.compile(r"PER(\d+)(?:'s|’s)\s+(?:\w+\s+){0,3}$")
_FROM_BY_AT_END = re.compile(r"\b(?:from|by)\s+$")
# "PER0 held talks with PER1 in LOC2 and flew on to LOC3": the object of a meeting is not the subject
# of a verb coordinated after it.
_MEETING_OBJECT_END = re.compile(r"\b(?:with|met|meet|meets|meeting|hosted|hosts|welcomed|received|greeted|told|urged|invited)\s+$")
_COORDINATED_VERB_END = re.compile(r"(?:,\s*|\s)(?:and|then|and\s+then|before|after|following)\s+(?:also\s+|later\s+|then\s+)?$")
_PLANNED_WORD = re.compile(r"\b(?:planned|upcoming|forthcoming|proposed)\b")
_FORMER_WORD = re.compile(r"(?:former|ex-|then)\b", re.IGNORECASE)

_LOCATIVE = {"in", "to", "at", "from", "into", "near", "outside", "around", "across", "via", "visit", "visits",
             "visited", "visiting", "toured", "reached", "left", "leave", "leaving", "landed", "of", "for"}  # fmt: skip

_APPOSED = re.compile(r"PER\d+(?:\s*,?\s*(?:and|&)\s+PER\d+)*\s*,\s*$")
# A place the clause before names: "In Hanoi, where PER0 arrived on Tuesday".
_WHERE_PLACE = re.compile(r"\bLOC(\d+)\s*,\s*where\s*$")
# Verbs in the simple present that news uses for a schedule ("goes on to Hanoi on Sunday").
_SCHEDULE_PRESENT = re.compile(r"(?:goes|flies|travels|heads|arrives|leaves|returns|lands|visits|moves)\b", re.IGNORECASE)
# Verbs of getting somewhere: done yesterday or today with no way back told, the stay goes on.
# A time told as ahead of the article: "next week", "tomorrow", "later this month".
_AHEAD_WORDS = re.compile(r"\b(?:next|tomorrow|later\s+this|coming|upcoming)\b", re.IGNORECASE)
# Going somewhere told in the simple present ("flies on to Rio", "heads to Paris"): news schedules.
_SCHEDULE_GOING = re.compile(r"(?:flies|travels|goes|heads|leaves|moves)\s+(?:on\s+)?(?:to|for|into)\b", re.IGNORECASE)
_PLUPERFECT_AT_END = re.compile(r"\b(?:had|has|have)\s+(?:already\s+|also\s+|just\s+|recently\s+)?$")
_PARTICIPLE_GO = re.compile(r"(?:come|gone|flown|travell?ed|been)\b", re.IGNORECASE)
_EN_ROUTE = re.compile(r"(?:heading|flying|headed)\b", re.IGNORECASE)
_MOVE_PAST = re.compile(r"(?:flew|travell?ed|went|headed|came|arrived|landed)\b", re.IGNORECASE)
_DAY_TRIP = re.compile(r"\b(?:one-day|day-long|day\s+trip|whirlwind|flying\s+visit|back\s+in|returned|flew\s+(?:back|home))\b", re.IGNORECASE)
_AT_BUILDING = {"at", "in", "to", "inside", "outside", "into"}

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


# ---- small data ---------------------------------------------------------------------------------


@dataclass
class Entity:
    kind: str  # "PER" | "LOC" | "GOV" | "DEM" | "EVT"
    start: int  # offsets within the sentence
    end: int
    surface: str
    person: Person | None = None
    iso3: str | None = None
    city: str | None = None
    event: Event | None = None
    via: str = "name"  # how a person was found: "name", "title", "pronoun"


@dataclass
class Sentence:
    start: int  # offsets within the article text
    end: int
    text: str
    masked: str = ""
    entities: list[Entity] = field(default_factory=list)
    published: date | None = None
    previous: Sentence | None = None  # the sentence before, for "a month later"
    _dates: dict[str, list[DateMention]] = field(default_factory=dict)
    _scanned: list[Any] | None = None
    # What the words around a date expression say of it (see ``_date_cues``): the same for every
    # fact asking for a date in this sentence, so found once per expression.
    _cues: dict[tuple[int, int], tuple[bool, bool, bool, bool]] = field(default_factory=dict)
    # Offsets of a few words the date rules ask about between a date and a verb ("since", "and"),
    # found once per sentence.
    _marks: dict[str, list[int]] = field(default_factory=dict)

    def has_between(self, name: str, rx: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``rx`` matches starting within [start, end) of the masked sentence."""
        marks = self._marks.get(name)
        if marks is None:
            marks = self._marks[name] = [m.start() for m in rx.finditer(self.masked)]
        if not marks:
            return False
        i = bisect_left(marks, start)
        return i < len(marks) and marks[i] < end

    def dates(self, prefer: str) -> list[DateMention]:
        """Date expressions in the masked sentence (placeholders never hold a date, and offsets
        then line up with the cue patterns'); computed only for sentences that yield a fact, and
        scanned once for both tenses."""
        if prefer not in self._dates:
            if self._scanned is None:
                self._scanned = scan_dates(self.masked)
            assert self.published is not None
            self._dates[prefer] = resolve_scanned(self._scanned, self.published, prefer)  # type: ignore[arg-type]
        return self._dates[prefer]


@dataclass
class Lexicon:
    """Everything compiled once per reference: n-gram keys of names, places and events."""

    ref: Reference
    gaz: Gazetteer
    keys: dict[str, tuple[str, Any]]  # "Vladimir Putin" -> ("PER", Person)
    max_len: int
    first_words: dict[str, int]  # first word of any key (possessive stripped) -> longest key length
    prefilter: frozenset[str]
    key_rx: re.Pattern[str] | None = None  # every key in one trie-shaped regex: one C-level scan per sentence
    partial_cache: dict[tuple[str, ...], dict[str, Person]] = field(default_factory=dict)


def _name_keys(ref: Reference, gaz: Gazetteer) -> dict[str, tuple[str, Any]]:
    keys: dict[str, tuple[str, Any]] = {}
    for form, place in gaz.forms.items():
        kind = {"demonym": "DEM", "government": "GOV"}.get(place.kind, "LOC")
        keys[" ".join(tokens(form))] = (kind, place)
    for form, event in gaz.event_forms.items():
        keys[" ".join(tokens(form))] = ("EVT", event)
    # People last: a person's name wins over a place of the same spelling.
    for person in ref.people:
        for form in (person.short, *person.aliases, person.name):
            key = " ".join(tokens(form))
            if key and key[0].isupper():
                keys[key] = ("PER", person)
    return keys


_PUNCT_PREFIX = ("", "(", '"', "“", "‘", "'", "[")
_PUNCT_SUFFIX = ("", ",", ".", ";", ":", ")", '"', "”", "’", "'", "'s", "’s", "'s,", "’s,", "?", "!", "]", "-")


def _prefilter_keys(ref: Reference) -> frozenset[str]:
    words = set(PREFILTER_WORDS)
    for person in ref.people:
        for form in (person.short, person.name, *person.aliases):
            parts = form.split()
            words.add(parts[-1])
            words.add(form.split()[0] if len(parts) == 1 else parts[-1])
    keys = {p + w + s for w in words for p in _PUNCT_PREFIX for s in _PUNCT_SUFFIX}
    return frozenset(keys)


@functools.lru_cache(maxsize=8)
def _lexicon_for(ref_id: int, ref: Reference, places_root: Path) -> Lexicon:
    gaz = load_gazetteer(places_root)
    keys = _name_keys(ref, gaz)
    max_len = max(len(k.split()) for k in keys)
    first_words: dict[str, int] = {}
    for key in keys:
        parts = key.split()
        first_words[parts[0]] = max(first_words.get(parts[0], 0), len(parts))
    return Lexicon(ref=ref, gaz=gaz, keys=keys, max_len=max_len, first_words=first_words,
                   prefilter=_prefilter_keys(ref), key_rx=_keys_regex(k for k in keys if k[0].isupper()))


# How the tokeniser (gazetteer.TOKEN_RE) delimits words, as regex pieces: a key's words must be whole
# tokens, separated by anything that is not a token, and the last may carry a possessive "'s".
_TOKEN_END = r"(?!\w|[-'’.&]\w)"
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


def _keys_regex(keys: Any) -> re.Pattern[str]:
    body = _trie_regex(sorted(set(keys)))
    # No lookbehind in front: a pattern that starts with its trie lets the engine skip to the
    # possible first letters (a charset prefix scan); the token start is checked on each hit.
    return re.compile(rf"(?P<key>{body})(?:['’]s)?{_TOKEN_END}")


# The last (reference, places folder, lexicon): checked by identity before the lru_cache, whose key
# hashes a Path (~2 us, a tenth of an off-topic article's whole cost).
_last_lexicon: list[Any] = [None, None, None]


def lexicon(ref: Reference) -> Lexicon:
    if _last_lexicon[0] is ref and _last_lexicon[1] is REFERENCE_DIR:
        return _last_lexicon[2]  # type: ignore[no-any-return]
    lex = _lexicon_for(id(ref), ref, REFERENCE_DIR)
    _last_lexicon[:] = [ref, REFERENCE_DIR, lex]
    return lex


def is_candidate(text: str, lex: Lexicon) -> bool:
    """Cheap prefilter: does the text name a watched person, an office or a warrant word at all?"""
    return not lex.prefilter.isdisjoint(text.split())


# ---- sentences ------------------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr", "no",
    "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
    "u.n", "e.g", "i.e", "inc", "corp", "ltd", "co", "prof", "pres", "adm", "maj", "d.c", "a.m", "p.m",
}  # fmt: skip
# Spelled to open on one character set (the engine then skips to the candidates in C; an alternation
# whose branches open on a set and a literal gets no such skip): the same matches as
# r"[.!?]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n", ~3x faster over an article.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``; abbreviations and initials do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            before = text[max(start, m.start() - 12) : m.start()].split()
            word = before[-1].lower().lstrip("(\"“") if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        end = m.start() + len(m.group(0).rstrip())
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---- entities and masking --------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _key_of(surface: str) -> str:
    """The lexicon key for a matched surface ("St. Petersburg" -> "St Petersburg")."""
    return " ".join(tokens(surface))


@functools.lru_cache(maxsize=1024)
def _parts_regex(parts: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?P<key>{alternatives})(?:['’]s)?{_TOKEN_END}")


def find_entities(text: str, lex: Lexicon, partial: dict[str, Person] | None = None) -> list[Entity]:
    """Longest-match names, places and events in ``text`` (word-aligned, case-sensitive).

    ``partial``: single name parts of people the article has already named in full ("Kim" after
    "Kim Jong Un"), which then stand for that person.
    """
    found = _key_entities(text, lex)
    return _with_partials(text, found, partial, lex) if partial else found


def _key_entities(text: str, lex: Lexicon) -> list[Entity]:
    rx = lex.key_rx
    assert rx is not None
    found: list[Entity] = []
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        start, end = m.span("key")
        if start and not _token_starts_at(text, start):
            pos = start + 1  # inside a word ("anti-Putin"): not a name
            continue
        key = _key_of(m.group("key"))
        kind, payload = lex.keys[key]
        if " " in key:
            # "President Xi Jinping": an alias ("President Xi") must not eat the start of a longer
            # name that begins inside it.
            second = start + len(m.group("key").split(None, 1)[0])
            second = _next_token_start(text, second)
            nxt = rx.match(text, second) if _token_starts_at(text, second) else None
            if nxt is not None and lex.keys[_key_of(nxt.group("key"))][0] == "PER" and nxt.end("key") > end:
                pos = second
                continue
        if text[end : end + 1] == "." and "." in key.rsplit(" ", 1)[-1]:
            end += 1  # "the U.S. president": an abbreviation's own last dot, not a sentence end
        entity = Entity(kind=kind, start=start, end=end, surface=text[start:end])
        if kind == "PER" and " " not in key and _namesake_before(text, start, lex):
            pos = m.end()  # "Sara Duterte", "Jill Biden": someone else of the family, not the one watched
            continue
        if kind == "PER":
            entity.person = payload
        elif kind == "EVT":
            entity.event = payload
        elif kind != "GOV":
            entity.iso3 = payload.iso3
            if payload.kind in {"capital", "city"}:
                entity.city = payload.name
                if payload.kind == "capital" and _previous_token(text, start).lower() not in _LOCATIVE:
                    entity.kind = "GOV"  # "New Delhi skipped the meeting": the government
        elif kind == "GOV":
            entity.iso3 = payload.iso3
            # "due at the White House", "received him at the Kremlin": the building, a place.
            before = _previous_token(text, start).lower()
            if before == "the":
                before = _previous_token(text, start - 4).lower() if start >= 4 else ""
            if before in _AT_BUILDING:
                entity.kind = "LOC"
        found.append(entity)
        pos = m.end()
    return found


def _with_partials(text: str, found: list[Entity], partial: dict[str, Person], lex: Lexicon | None = None) -> list[Entity]:
    """``found`` plus the name parts ("Kim") outside any longer name."""
    taken = [(e.start, e.end) for e in found]
    extra = []
    for m in _parts_regex(tuple(partial)).finditer(text):
        start, end = m.span("key")
        if start and not _token_starts_at(text, start):
            continue
        if not any(s <= start < e for s, e in taken) and not (lex and _namesake_before(text, start, lex)):
            bare = m.group("key")
            extra.append(Entity("PER", start, end, bare, person=partial[bare], via="name"))
    return sorted(found + extra, key=lambda e: e.start) if extra else found


# Words that may stand capitalised right before a surname and still mean the person watched.
_BEFORE_SURNAME_OK = frozenset("""
president prime minister premier chancellor king queen emir sheikh sultan prince crown pope general admiral
marshal senior field lieutenant colonel commander chief secretary foreign defence defense state vice mr mrs ms dr
sir lord dame madam herr monsieur senator governor speaker leader sen rep judge justice former ex acting interim
the a an and or but of in on at to for with by from as that which when while after before since if his her their
its our your my this these those so then also says said both not president-elect mr. mrs. ms. dr.
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tonight
ayatollah mullah imam chairman chairwoman pm fm gen gen. lt lt. col col. adm adm. maj maj. capt capt. prof prof. rev hon
excellency majesty highness comrade marshal envoy ambassador minister-president taoiseach
""".split())


def _namesake_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a one-word name at ``start`` follows a capitalised word that is neither a title nor a sentence
    start ("Sara Duterte", "Hunter Biden"): a namesake, not the person the short name stands for."""
    before = text[:start].rstrip()
    if len(before) == len(text[:start]) or not before or not before[-1].isalpha():
        return False  # no space before, or a quote, comma or dash: not a first name
    word_start = len(before)
    while word_start and (before[word_start - 1].isalpha() or before[word_start - 1] in "-'’."):
        word_start -= 1
    word = before[word_start:]
    if not word[:1].isupper() or word.lower() in _BEFORE_SURNAME_OK or word.endswith(("'s", "’s", "s'")):
        return False  # a title, a possessive ("Brazil's Lula")
    if _key_of(word) in lex.keys or word.rstrip(".") in lex.keys:
        return False  # a place, a people or another name ("Turkish", "Kremlin")
    ahead = before[:word_start].rstrip()
    return bool(ahead) and ahead[-1] not in ".!?\n:—–\"“"  # (a capitalised sentence opener is no first name)


def _token_starts_at(text: str, pos: int) -> bool:
    before = text[pos - 1]
    if before.isalnum() or before == "_":
        return False
    return not (before in "-'’.&" and pos > 1 and (text[pos - 2].isalnum() or text[pos - 2] == "_"))


def _next_token_start(text: str, pos: int) -> int:
    """Where the token after the one ending at ``pos`` starts (skipping the gap between words)."""
    while pos < len(text) and not (text[pos].isalnum()):
        pos += 1
    return pos


def _previous_token(text: str, pos: int) -> str:
    end = pos
    while end > 0 and not text[end - 1].isalnum():
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-'’.&" and start - 1 > 0 and text[start - 2].isalnum()):
        start -= 1
    return text[start:end]


# Name parts that never stand alone for a person: titles, particles, common words.
_NOT_PARTIAL = {"Jong", "Un", "da", "de", "la", "al", "bin", "van", "von", "The", "President", "Prime",
                "Minister", "King", "Prince", "Crown", "Sheikh", "Emir", "Mohammed", "Mohammad", "Muhammad",
                "Abdul", "Ali", "Ahmed", "Silva", "General", "Supreme"}  # fmt: skip


def partial_names(people: list[Person], lex: Lexicon) -> dict[str, Person]:
    """Name parts of the people an article names ("Kim", "Jinping"): one owner each, no clash with a key."""
    # Cached per list of people (reference data, not article text): many articles name the same few.
    key = tuple(p.name for p in people)
    cached = lex.partial_cache.get(key)
    if cached is None:
        if len(lex.partial_cache) > 4096:
            lex.partial_cache.clear()
        cached = lex.partial_cache[key] = _partial_names(people, lex)
    return cached


def _partial_names(people: list[Person], lex: Lexicon) -> dict[str, Person]:
    owners: dict[str, set[str]] = {}
    by_name = {p.name: p for p in people}
    for person in people:
        for form in (person.name, *person.aliases):
            for part in tokens(form):
                if len(part) >= 3 and part[0].isupper() and part not in _NOT_PARTIAL and part not in lex.keys:
                    owners.setdefault(part, set()).add(person.name)
    return {part: by_name[next(iter(names))] for part, names in owners.items() if len(names) == 1}


_TITLE_RX = re.compile(
    r"(?:\b(?:the|former|then|ex-|outgoing|incoming|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
    r"(?:(?P<ck>LOC|DEM|GOV)(?P<ci>\d+)(?:'s|’s)?\s+)?"
    rf"(?P<title>{_TITLE_ALT})\b"
    r"(?:\s+(?:of\s+(?P<ok>LOC|GOV)(?P<oi>\d+)))?"
    r"(?:,?\s+PER(?P<pi>\d+)\b)?",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b")  # "the president of the commission": not the person just named
_HONORIFIC_RX = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?=PER\d)")
# "he|she|his|her|him" as whole words in any case, spelled so the pattern starts with a character
# set (h/s), which the engine can skip to, instead of a word boundary tried at every character.
_PRONOUN_RX = re.compile(r"[hHsS](?<!\w[hHsS])(?:(?<=[hH])(?:[eE][rR]?|[iI][sSmM])|(?<=[sS])[hH][eE])(?!\w)")


# Someone the reference does not know, named with their role: "prosecutor Karim Khan", "spokesman Dmitry Peskov".
_ROLE_NAMED_STRANGER = re.compile(
    r"\b(?:prosecutor|spokes(?:man|woman|person)|minister|official|envoy|ambassador|judge|secretary|director|adviser|"
    r"general|commander|governor|mayor|senator|lawmaker|chairman|chairwoman|chief)\s+(?!(?:PER|LOC|DEM|GOV|EVT)\d)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\b")
_SUBJECT_OF_OBJECT = re.compile(r"PER(\d+)\s+(?:[\w’']+\s+){1,3}$")
_WHO_VERB_OBJECT = re.compile(r"PER(\d+)\s*,\s*who\s+(?:[\w’']+\s+){1,3}$")
_NOUN_NEXT = re.compile(r"\s+(?!(?:to|in|at|on|as|and|or|for|from|with|by|that|of|was|is|would|will|the|a|an)\b)[a-z]")


# Text that already looks like a placeholder ("PER7", "loc2"): split, so no rule reads it as one of ours.
# (Case-sensitive: a literal prefix the engine finds fast; "per2" in lower case is not a word of news.)
_LITERAL_TOKEN = re.compile(r"(PER|LOC|DEM|GOV|EVT)(?=\d)")


def _plain(text: str) -> str:
    return _LITERAL_TOKEN.sub(r"\1 ", text) if _LITERAL_TOKEN.search(text) else text


class _Masker:
    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.entities = entities
        plain = _plain if _LITERAL_TOKEN.search(text) else str  # (rare: one test per sentence)
        parts: list[str] = []
        pos = 0
        for index, entity in enumerate(entities):
            parts.append(plain(text[pos : entity.start]))
            parts.append(f"{entity.kind}{index}")
            pos = entity.end
        parts.append(plain(text[pos:]))
        self.masked = "".join(parts)


def _leader(lex: Lexicon, iso3: str, on: date, mentioned: set[str], titles: tuple[str, ...]) -> Person | None:
    holders: list[Person] = []
    for title in titles or LEADER_ORDER:
        holder = lex.ref.office_holder(title, iso3, on)
        if holder is not None and holder not in holders:
            holders.append(holder)
    for holder in holders:  # prefer whoever the article names: "the Indian leader" after "Modi"
        if holder.name in mentioned:
            return holder
    return holders[0] if holders else None


def _former(lex: Lexicon, iso3: str, on: date, mentioned: set[str], titles: tuple[str, ...]) -> Person | None:
    """"The former Philippine president": someone the article names who held the office before."""
    wanted = set(titles or LEADER_ORDER)
    for person in lex.ref.people:
        if person.name in mentioned and any(
            o.title in wanted and o.country == iso3 and o.end is not None and o.end <= on for o in person.offices
        ):
            return person
    return None


def _only_mentioned_holder(lex: Lexicon, mentioned: set[str], titles: tuple[str, ...], on: date) -> Person | None:
    """The one person the article names who holds one of ``titles`` on the day, if exactly one does."""
    holders = [p for name in sorted(mentioned) if (p := lex.ref.person(name)) is not None
               and any(o.title in titles for o in p.offices_on(on))]
    return holders[0] if len(holders) == 1 else None


def _recent_holder(recent: list[Person], titles: tuple[str, ...], on: date) -> Person | None:
    """"The president" with no country: the person the article named last who holds that office."""
    wanted = set(titles or LEADER_ORDER)
    for person in recent:
        if any(o.title in wanted for o in person.offices_on(on)):
            return person
    return None


# A plural subject opening the sentence that stands for two people just named.
_BOTH_SUBJECT = re.compile(
    r"(?:Both|The\s+two|The\s+pair)(?:\s+(?:men|women|leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)))?"
    r"(?<!two)(?<!pair)\b(?=\s+(?:are|were|will|would|have|had|is|also|then|later|plan|flew|travel|met|arrived|went|attended|head|left|"
    r"visited|due|expected|should|could|may|might|[a-z]+ed\b))|"
    r"(?:The\s+two|The\s+pair)(?:\s+(?:men|women|leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)))\b",
)
_BOTH_AFTER_SEMICOLON = re.compile(r";\s+(both\s+(?:men|women|leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)))\b")
_DEM_CAPITAL = re.compile(r"\bthe\s+(?:DEM|LOC)(\d+)(?:'s|’s)?\s+capital\b")
# "the Swiss venue", "the Italian resort": somewhere in that country (no city told).
_DEM_VENUE = re.compile(r"\bthe\s+DEM(\d+)\s+(?:(?:seaside|mountain|lakeside|alpine|coastal|border|port|southern|northern|eastern|western)\s+)?"
                        r"(?:venue|resort|city|town|port|island|coast|countryside|mountains)\b")


def _demonym_capital(m: re.Match[str], entities: list[Entity], lex: Lexicon) -> str:
    """"The Brazilian capital": a place (the capital city of that country)."""
    ent = entities[int(m.group(1))]
    if ent.iso3 is None:
        return m.group(0)
    entities.append(Entity("LOC", -1, -1, m.group(0), iso3=ent.iso3, city=lex.gaz.capitals.get(ent.iso3)))
    return f"LOC{len(entities) - 1}"


def _demonym_place(m: re.Match[str], entities: list[Entity]) -> str:
    """"The Swiss venue": a place in that country."""
    ent = entities[int(m.group(1))]
    if ent.iso3 is None:
        return m.group(0)
    entities.append(Entity("LOC", -1, -1, m.group(0), iso3=ent.iso3))
    return f"LOC{len(entities) - 1}"


def analyse_sentence(
    text: str, lex: Lexicon, published: date, mentioned: set[str], carry: Person | None,
    entities: list[Entity] | None = None, recent: list[Person] | None = None,
    pair: tuple[Person, Person] | None = None, countries: frozenset[str] = frozenset(),
) -> tuple[str, list[Entity]]:
    """The masked sentence and its entities (PER tokens include titles and pronouns resolved).

    ``recent``: people the article named in this or the last two sentences, latest first, for a bare
    "the president"; ``pair``: the two people the last sentence named, for "Both" and "The two leaders";
    ``countries``: the countries the article names, for a king it never names."""
    entities = find_entities(text, lex) if entities is None else entities
    masked = _Masker(text, entities).masked
    if "Mr" in masked or "Ms" in masked or "Dr" in masked:
        masked = _HONORIFIC_RX.sub("", masked)

    def title_sub(m: re.Match[str]) -> str:
        if m.group("pi") is not None:
            return f"PER{m.group('pi')}"
        kind, index = (m.group("ck"), m.group("ci")) if m.group("ck") else (m.group("ok"), m.group("oi"))
        if kind is None:
            words = " ".join(m.group("title").lower().split())
            if m.group(0)[:4].lower() == "the " and not _OF_AFTER.match(masked, m.end()):
                holder = _recent_holder(recent, TITLE_WORDS.get(words, ()), published) if recent else None
                if holder is None and words == "king" and m.group("title")[:1].isupper():
                    # "The King" anywhere in an article that names one king: him (a monarch is seldom
                    # meant by another bare "the King").
                    holder = _only_mentioned_holder(lex, mentioned, ("king",), published)
                    if holder is None and not any(p.offices_on(published) and any(o.title == "king" for o in p.offices_on(published))
                                                  for name in mentioned if (p := lex.ref.person(name)) is not None):
                        # No king named at all: the one king of a country the article names
                        # ("The King and Queen began a state visit to Italy", "the British monarch").
                        kings = list(dict.fromkeys(h for iso3 in sorted(countries)
                                                   if (h := lex.ref.office_holder("king", iso3, published)) is not None))
                        holder = kings[0] if len(kings) == 1 else None
                if holder is not None:
                    entities.append(Entity("PER", -1, -1, m.group(0), person=holder, via="bare title"))
                    return f"PER{len(entities) - 1}"
            elif _FORMER_WORD.match(m.group(0)) and masked[max(0, m.start() - 4) : m.start()].lower() == "the " and recent:
                # "The former president was taken into custody": someone just named who once held the office.
                wanted = set(TITLE_WORDS.get(words, ()) or LEADER_ORDER)
                holder = next((p for p in recent if not any(o.title in wanted for o in p.offices_on(published))
                               and any(o.title in wanted and o.end is not None and o.end <= published for o in p.offices)), None)
                if holder is not None:
                    entities.append(Entity("PER", -1, -1, m.group(0), person=holder, via="bare title"))
                    return f"PER{len(entities) - 1}"
            return m.group(0)
        iso3 = entities[int(index)].iso3
        words = " ".join(m.group("title").lower().split())
        if _FORMER_WORD.match(m.group(0)):
            holder = _former(lex, iso3, published, mentioned, TITLE_WORDS.get(words, ())) if iso3 else None
        else:
            holder = _leader(lex, iso3, published, mentioned, TITLE_WORDS.get(words, ())) if iso3 else None
        if holder is None:
            return m.group(0)
        entities.append(Entity("PER", -1, -1, m.group(0), person=holder, via="title"))
        return f"PER{len(entities) - 1}"

    found = _matches_near(_TITLE_RX, _TITLE_GATE, masked, 2)  # "the LOC0's president"
    if found:
        pieces, pos = [], 0
        for m in found:
            pieces += [masked[pos : m.start()], title_sub(m)]
            pos = m.end()
        masked = "".join(pieces) + masked[pos:]

    resolved: list[tuple[int, str]] = []  # pronouns already read in this sentence: (offset, entity index)
    stranger: list[int] = []  # where a stranger named with a role first stands (looked for once)

    def pronoun_sub(m: re.Match[str]) -> str:
        # (Earlier pronouns count as the people they stand for: "In June he was at PER1's forum, and in
        # July he attended ..." is the same "he" twice, not PER1.)
        named = [(t.start(), t.group(1)) for t in _PER_INDEX.finditer(masked, 0, m.start())]
        before = [i for _, i in sorted(named + resolved)] if resolved else [i for _, i in named]
        # "she"/"her" stands for a woman, "he"/"him"/"his" for a man: the others are skipped.
        female = m.group(0)[:1] in "sS" or m.group(0).lower() == "her"
        before = [i for i in before if (p := entities[int(i)].person) is None or p.female == female]
        told = carry if carry is None or carry.female == female else None
        # "X said he would invite Y, and the warrant against him ...": an object pronoun ("him",
        # "her" not before a noun) after two people is the later one; a subject pronoun the first.
        obj = m.group(0).lower() == "him" or (m.group(0).lower() == "her" and not _NOUN_NEXT.match(masked, m.end()))
        pick = before[0] if before else None
        if obj and len(before) == 1 and told is not None and entities[int(before[0])].person is not told and (
                _SUBJECT_OF_OBJECT.search(masked, max(0, m.start() - 60), m.start())
                or _WHO_VERB_OBJECT.search(masked, max(0, m.start() - 60), m.start())):
            pick = None  # "X, who accompanied him": not X (that would be "himself"), the one told before
        elif obj and len(before) > 1:
            # Not the subject of the verb it is the object of ("Starmer will host him" is not Starmer).
            near = _SUBJECT_OF_OBJECT.search(masked, max(0, m.start() - 60), m.start())
            pick = before[-2] if near and near.group(1) == before[-1] else before[-1]
        if pick is None and told is not None and not stranger:
            found = _ROLE_NAMED_STRANGER.search(masked)
            stranger.append(found.start() if found else len(masked) + 1)
        if pick is None and told is not None and stranger[0] < m.start():
            return m.group(0)  # "that prosecutor Karim Khan filed, when he told ...": the stranger, not the last leader
        referent = entities[int(pick)].person if pick is not None else told
        if referent is None:
            return m.group(0)
        entities.append(Entity("PER", -1, -1, m.group(0), person=referent, via="pronoun"))
        resolved.append((m.start(), str(len(entities) - 1)))
        return f"PER{len(entities) - 1}"

    masked = _PRONOUN_RX.sub(pronoun_sub, masked)
    if pair is not None and masked[:1] in "BbTt":
        both = _BOTH_SUBJECT.match(masked)
        if both is not None:  # "Both are due at the summit": the two people the last sentence named
            tokens = []
            for person in pair:
                entities.append(Entity("PER", -1, -1, both.group(0), person=person, via="pronoun"))
                tokens.append(f"PER{len(entities) - 1}")
            masked = " and ".join(tokens) + masked[both.end():]
    if "; both " in masked:
        inner = _BOTH_AFTER_SEMICOLON.search(masked)
        named = [] if inner is None else list(dict.fromkeys(
            p for i in _PER_INDEX.findall(masked, 0, inner.start()) if (p := entities[int(i)].person) is not None))
        if inner is not None and len(named) >= 2:  # "Xi greeted X and Y; both presidents landed earlier"
            tokens = []
            for person in named[-2:]:
                entities.append(Entity("PER", -1, -1, inner.group(1), person=person, via="pronoun"))
                tokens.append(f"PER{len(entities) - 1}")
            masked = masked[: inner.start(1)] + " and ".join(tokens) + masked[inner.end(1):]
    if "capital" in masked:
        masked = _DEM_CAPITAL.sub(lambda m: _demonym_capital(m, entities, lex), masked)
    if "DEM" in masked:
        masked = _DEM_VENUE.sub(lambda m: _demonym_place(m, entities), masked)
    return masked, entities


# ---- cue patterns over masked sentences -------------------------------------------------------------

# ";", " - ", ": ", "but", "while", "whereas", "although", ", which/who/where/whose", quotes; spelled
# to start with one character set so the engine can skip to candidates (same matches).
_CLAUSE_BREAK = re.compile(
    r"[;:,\s“”\"bwa](?:(?<=;)|(?<=[“”\"])|(?<=:)\s|(?<=,)\s*(?:which|who|where|whose)\b|(?<=\s)[—–-]{1,2}\s|"
    r"(?<=b)(?<!\wb)ut\b|(?<=w)(?<!\ww)h(?:ile|ereas)\b|(?<=a)(?<!\wa)lthough\b)"
)
# The same without the dash break, for sentences with no dash: its opening set then holds no
# whitespace, which most characters of a sentence are next to (~40% faster).
_CLAUSE_BREAK_NO_DASH = re.compile(
    r"[;:,“”\"bwa](?:(?<=;)|(?<=[“”\"])|(?<=:)\s|(?<=,)\s*(?:which|who|where|whose)\b|"
    r"(?<=b)(?<!\wb)ut\b|(?<=w)(?<!\ww)h(?:ile|ereas)\b|(?<=a)(?<!\wa)lthough\b)"
)

# Verbs of going somewhere, with their form: the form and the words before decide the status.
# Words that may stand between a verb of going and its "to": "will travel together to Kyiv",
# "will travel on Sunday to Beijing", "flew overnight to Pyongyang".
_ADV = (r"(?:(?:together|jointly|directly|separately|first|later|again|onward|overnight|(?:early\s+|late\s+)?on\s+\w+day"
        r"(?:\s+(?:morning|afternoon|evening|night))?|next\s+week|this\s+week|tomorrow|today|tonight)\s+)?")
_GO_VERBS: list[tuple[str, str]] = [
    # (regex, form) form: base | past | s | ing | arrive_past | arrive
    # "His first trip abroad after the warrant was to LOC1": the trip's owner went there.
    (r"(?:trip|visit|journey)\s+(?:[\w-]+\s+){0,8}?was\s+to(?=\s+(?:the\s+)?LOC)", "past"),
    (r"visit", "base"), (r"visited", "past"), (r"visits", "s"), (r"visiting", "ing"),
    (r"make\s+the\s+(?:trip|journey)", "base"),
    (r"make\s+(?:a|an)\s+(?:\w+\s+)?stop(?:over)?\s+in", "base"), (r"made\s+(?:a|an)\s+(?:\w+\s+)?stop(?:over)?\s+in", "past"), (r"made\s+the\s+(?:trip|journey)", "past"),
    (r"makes\s+the\s+(?:trip|journey)", "s"), (r"making\s+the\s+(?:trip|journey)", "ing"),
    (r"travel(?:l)?ed\s+" + _ADV + r"(?:on\s+)?to", "past"), (r"travels\s+" + _ADV + r"(?:on\s+)?to", "s"), (r"travel(?:l)?ing\s+" + _ADV + r"(?:on\s+)?to", "ing"), (r"travel\s+" + _ADV + r"(?:on\s+)?to", "base"),
    (r"went\s+(?:on\s+)?to", "past"), (r"go\s+(?:on\s+)?to", "base"), (r"goes\s+(?:on\s+)?to", "s"), (r"going\s+to(?=\s+(?:the\s+)?(?:LOC|EVT))", "ing"),
    (r"flew\s+" + _ADV + r"(?:on\s+)?to", "past"), (r"fly\s+" + _ADV + r"(?:on\s+)?to", "base"), (r"flies\s+" + _ADV + r"(?:on\s+)?to", "s"), (r"flying\s+" + _ADV + r"(?:on\s+)?to", "ing"),
    (r"headed\s+(?:on\s+)?to", "past"), (r"head\s+(?:on\s+)?to", "base"), (r"heads\s+(?:on\s+)?to", "s"), (r"heading\s+(?:on\s+)?to", "ing"),
    (r"came\s+to", "past"), (r"come\s+to", "base"), (r"comes\s+to", "s"), (r"coming\s+to", "ing"),
    (r"attended", "past"), (r"attend", "base"), (r"attends", "s"), (r"attending", "ing"),
    # "PER0's Asian tour had begun in LOC1": the trip's first leg (the noun's owner is the traveller).
    (r"(?:tour|trip|swing|journey)\s+(?:that\s+|which\s+)?(?:had\s+)?(?:began|begun|started|opened|kicked\s+off)\s+in", "past"),
    (r"toured", "past"), (r"tour", "base"), (r"tours", "s"), (r"touring", "ing"),
    (r"took\s+part\s+in", "past"), (r"take\s+part\s+in", "base"), (r"taking\s+part\s+in", "ing"),
    (r"(?:take|takes|taking|took)\s+part", "join"),  # "will take part by video link": not there
    (r"participated\s+in", "past"), (r"participate\s+in", "base"), (r"participating\s+in", "ing"),
    (r"(?:made|paid)\s+(?:a|an|his|her|their|PER\d+)\s+(?:\w+\s+){0,2}(?:visit|trip)\s+to", "past"),
    (r"(?:make|pay)\s+(?:a|an|his|her|their|PER\d+)\s+(?:\w+\s+){0,2}(?:visit|trip)\s+to", "base"),
    (r"(?:makes|pays)\s+(?:a|an|his|her|their|PER\d+)\s+(?:\w+\s+){0,2}(?:visit|trip)\s+to", "s"),
    (r"(?:making|paying)\s+(?:a|an|his|her|their|PER\d+)\s+(?:\w+\s+){0,2}(?:visit|trip)\s+to", "ing"),
    (r"arrived\s+(?:in|at)", "arrive_past"), (r"arrives\s+(?:in|at)", "arrive"), (r"arriving\s+(?:in|at)", "arrive"),
    (r"arrive\s+(?:in|at)", "base"), (r"arrived", "arrive_past"), (r"arrives", "arrive"), (r"arrive", "base"), (r"landed\s+in", "arrive_past"), (r"lands\s+in", "arrive"),
    (r"(?:is|are)\s+(?:now\s+|currently\s+|also\s+|already\s+|both\s+|all\s+|still\s+)?in(?=\s+LOC)", "arrive"),
    (r"(?:also|both|all|still|now|already)\s+in(?=\s+(?:the\s+)?LOC)", "apposed"),
    (r"(?:was|were)\s+in(?=\s+LOC\d+\s+(?:on|last|for|in|this|earlier|as|when|while|during|at|to|with)\b)", "past"),
    # "has been in Turkey since Wednesday": there now.
    (r"(?:has|have)\s+been\s+(?:in|at)(?=\s+(?:the\s+)?LOC\d+\s+(?:since|for\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|several|a\s+few|\d+)\s+(?:days|hours|weeks)))", "arrive"),
    (r"reached", "arrive_past"), (r"reaches", "arrive"),
    # "The premier had been in New Delhi on Monday": a stay before the one told.
    (r"had\s+(?:already\s+|just\s+)?been\s+in(?=\s+(?:the\s+)?LOC\d+\s+(?:on|last|earlier|in|for|the\s+day|days|a\s+day)\b)", "past"),
    # "He has already been to Argentina and Uruguay": trips made (a negation or "never" is no trip).
    (r"(?:has|have|had)\s+(?:already\s+|also\s+|just\s+|recently\s+)?been\s+to(?=\s+(?:the\s+)?LOC)", "past"),
    (r"(?:is|are)\s+(?:also\s+)?(?:expected|due)\s+(?:back\s+)?(?:in|at)(?=\s+(?:the\s+)?(?:LOC|EVT|city|capital|summit))", "due"),
    # "where Modi and Xi are both expected", "are expected on Saturday morning": the place told around.
    (r"(?:is|are)\s+(?:also\s+|both\s+|all\s+)?(?:expected|due)(?=\s*(?:$|[.,;]|(?:early\s+|late\s+|later\s+)?(?:on|this|next|by|tomorrow|today)\b[^,.;]{0,25}(?:$|[.,;])))", "due"),
    (r"(?:is|are)\s+(?:still\s+)?staying(?:\s+on)?\s+in", "arrive"),
    # "is on his way to Washington", "will be in Riyadh next week": not there yet.
    (r"(?:is|are)\s+(?:already\s+|now\s+)?on\s+(?:his|her|their|the|PER\d+)\s+way\s+to(?=\s+(?:the\s+)?(?:LOC|EVT))", "due"),
    (r"will\s+(?:also\s+|then\s+)?be\s+in(?=\s+(?:the\s+)?LOC)", "due"), (r"stayed\s+(?:on\s+)?in", "past"),
    (r"staying(?:\s+on)?\s+in", "ing"),
    (r"flew\s+into", "arrive_past"), (r"(?:had|has|have)\s+(?:already\s+)?flown\s+(?:on\s+)?(?:in)?to", "past"), (r"flies\s+into", "arrive"), (r"flying\s+into", "ing"),
    (r"landed\s+at", "arrive_past"), (r"lands\s+at", "arrive"),
    # The guest's side of a welcome: "was greeted in Bishkek by", "was given a state welcome in X".
    (r"(?:was|were)\s+(?:greeted|welcomed|received|hosted|feted)\s+(?:warmly\s+)?(?:in|at)", "past"),
    # "was greeted by crowds in front of the palace in LOC0": the welcome's agent told before the place.
    (r"(?:was|were)\s+(?:greeted|welcomed|received|feted)\s+by\s+(?:[\w’'-]+\s+){1,14}?(?:in|at)(?=\s+(?:the\s+)?LOC)", "past"),
    (r"(?:was|were)\s+(?:given|accorded)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:welcome|reception)\s+(?:in|at)", "past"),
    (r"(?:is|are)\s+(?:being\s+)?(?:greeted|welcomed|received|hosted)\s+(?:in|at)", "arrive"),
    (r"flew\s+in", "arrive_past"), (r"flies\s+in", "arrive"), (r"landed", "arrive_past"), (r"fly\s+in", "base"), (r"land", "base"),
    (r"(?:is|was)\s+(?:now\s+)?on\s+the\s+ground", "arrive"), (r"(?:was|were)\s+met\s+at\s+the\s+airport", "arrive_past"),
    (r"crossed\s+(?:the\s+border\s+)?into", "arrive_past"), (r"pulled\s+into", "arrive_past"),
    (r"showed\s+up", "arrive_past"), (r"stepped\s+(?:off|out\s+of)\s+(?:the|his|her|a)\s+(?:\w+\s+)?(?:plane|aircraft|jet|train)", "arrive_past"),
    # "His first trip since the warrant takes him to Bishkek": the trip's owner goes there.
    (r"took\s+PER\d+\s+(?:on\s+)?to", "past"), (r"takes\s+PER\d+\s+(?:on\s+)?to", "s"), (r"take\s+PER\d+\s+(?:on\s+)?to", "base"),
    # "will embark on a three-nation tour of Africa next week, starting in Ghana": the first leg told.
    (r"embark(?:s|ed|ing)?\s+on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|swing)\s+"
     r"(?:(?:of|to|through)\s+[^,;.]{1,60}?)?(?:,\s*|\s+)(?:starting|beginning)\s+(?:in|with)", "embark"), (r"crosses\s+(?:the\s+border\s+)?into", "arrive"),
    (r"touched\s+down(?:\s+(?:in|at))?", "arrive_past"), (r"touches\s+down(?:\s+(?:in|at))?", "arrive"),
    (r"left(?=\s+LOC)", "past"), (r"left\s+for", "past"), (r"leaves\s+for", "s"), (r"leave\s+for", "base"),
    # "will leave on Sunday for Hanoi", "left late on Friday for Seoul": a time between the verb and "for".
    (r"left\s+(?:early\s+|late\s+)?(?:on\s+)?\w+day\s+(?:\w+\s+)?for", "past"), (r"leaves\s+(?:early\s+|late\s+)?(?:on\s+)?\w+day\s+(?:\w+\s+)?for", "s"),
    (r"leave\s+(?:early\s+|late\s+)?(?:on\s+)?\w+day\s+(?:\w+\s+)?for", "base"),
    (r"spent\s+(?:\w+\s+){1,3}?in(?=\s+(?:the\s+)?LOC)", "past"),
    # "spent the end of August at a regional summit in Tianjin": the gathering's place.
    (r"spent\s+(?:\w+\s+){1,6}?at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:summit|forum|conference|meeting|gathering)\s+in(?=\s+(?:the\s+)?LOC)", "past"), (r"spends\s+(?:\w+\s+){1,3}?in(?=\s+(?:the\s+)?LOC)", "s"),
    (r"set\s+foot\s+in", "past"),
    (r"returned\s+to", "past"), (r"return\s+to", "base"), (r"returns\s+to", "s"), (r"returning\s+to", "ing"),
    (r"(?:began|started|opened|wrapped\s+up|ended|concluded|finished)\s+(?:a|an|his|her|the|their|PER\d+)\s+(?:\w+\s+){0,3}?"
     r"(?:tour|trip|visit|swing|journey)\s+(?:(?:of|through)\s+(?:the\s+)?\w+\s+)?(?:of|to|in|with\s+a\s+stop\s+in)", "past"),
    (r"represent(?:s|ed|ing)?\s+(?:LOC|GOV|DEM)\d+(?:\s+at)?", "rep"),
    (r"returned\s+(?:home\s+)?from", "past"), (r"stopped\s+(?:over\s+)?in", "past"),
    (r"skip(?:s|ped|ping)?", "skip"), (r"miss(?:es|ed|ing)?", "skip"), (r"boycott(?:s|ed|ing)?", "skip"),
    (r"stay(?:s|ed|ing)?\s+away(?:\s+from)?", "skip"), (r"(?:is|was|will\s+be)\s+(?:also\s+)?absent(?:\s+from)?", "skip"),
    (r"head\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?delegation(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?", "base"),
    (r"heads\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?delegation(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?", "s"),
    (r"headed\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?delegation(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?", "past"),
    (r"lead\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?delegation(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?", "base"),
    (r"leads\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?delegation(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?", "s"),
    (r"led\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?delegation(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?", "past"),
    (r"leading\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?delegation(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?", "ing"), (r"pull(?:s|ed|ing)?\s+out\s+of", "skip"),
    (r"snub(?:s|bed|bing)?", "skip"), (r"shun(?:s|ned|ning)?", "skip"),
    (r"join(?:s|ed|ing)?", "join"), (r"address(?:es|ed|ing)?", "join"),
]  # fmt: skip
_GO_FULL = [(re.compile(rf"(?:{rx})\b", re.IGNORECASE), form) for rx, form in _GO_VERBS]
# Each pattern's first word, to dispatch by word instead of trying ~60 alternatives at every
# character (a big alternation costs most of the tagger's time otherwise).
def _head_rx(rx: str) -> str:
    """The pattern's first word as a regex: up to its first top-level \\s, inner phrases cut to their
    first word ("wrapped\\s+up" -> "wrapped", "staying(?:\\s+on)?" -> "staying(?:)?")."""
    depth, cut = 0, len(rx)
    for i, char in enumerate(rx):
        if char == "(" and rx[i - 1 : i] != chr(92):
            depth += 1
        elif char == ")" and rx[i - 1 : i] != chr(92):
            depth -= 1
        elif depth == 0 and rx.startswith(chr(92) + "s", i):
            cut = i
            break
    head = rx[:cut].split("(?=", 1)[0]
    return re.sub(r"\\s\+[^|)]*", "", head)


_GO_HEADS = [re.compile(rf"(?:{_head_rx(rx)})$", re.IGNORECASE) for rx, _ in _GO_VERBS]


def _expand(rx: str) -> list[str]:
    """Every string a small regex of literals, groups, alternatives and "?" matches."""
    from re import _parser as parser  # the stdlib's own parser: no hand-written regex grammar

    def walk(items: Any) -> list[str]:
        out = [""]
        for op, av in items:
            if op is parser.LITERAL:
                choices = [chr(av)]
            elif op is parser.SUBPATTERN:
                choices = walk(av[3])
            elif op is parser.BRANCH:
                choices = [x for branch in av[1] for x in walk(branch)]
            elif op is parser.MAX_REPEAT and av[0] == 0 and av[1] == 1:
                choices = ["", *walk(av[2])]
            else:
                raise ValueError(f"cannot expand {rx!r}")
            out = [a + b for a in out for b in choices]
        return out

    return walk(parser.parse(rx))


# Every word some pattern can start with, as one trie regex: one scan finds the candidate verbs
# (a plain alternation of ~80 patterns would be tried at every character).
_GO_WORDS = sorted({w for rx, _ in _GO_VERBS for w in _expand(_head_rx(rx))})
# Searched in the lower-cased sentence: a case-sensitive trie lets the engine jump to possible first
# letters (case variants spelled out for the rare text whose lower-casing changes its length).
_GO_WORD_LOWER = re.compile(f"(?:{_trie_regex(_GO_WORDS)})(?![a-z])")
_GO_WORD = re.compile(f"(?:{_trie_regex(sorted({v for w in _GO_WORDS for v in (w, w.capitalize(), w.upper())}))})(?![A-Za-z])")


@functools.lru_cache(maxsize=65536)
def _go_candidates(word: str) -> tuple[int, ...]:
    return tuple(i for i, head in enumerate(_GO_HEADS) if head.match(word))


def _go_matches(masked: str) -> list[tuple[re.Match[str], str]]:
    """Verbs of going in order, non-overlapping, the earlier listed pattern winning at a word."""
    out: list[tuple[re.Match[str], str]] = []
    taken = 0
    lower = masked.lower()
    words = _GO_WORD_LOWER.finditer(lower) if len(lower) == len(masked) else _GO_WORD.finditer(masked)
    for word in words:
        start = word.start()
        if start < taken:
            continue
        if start > 0 and (masked[start - 1].isalnum() or masked[start - 1] == "_"):
            continue  # inside a longer word
        for i in _go_candidates(word.group(0).lower()):
            m = _GO_FULL[i][0].match(masked, start)
            if m:
                out.append((m, _GO_FULL[i][1]))
                taken = m.end()
                break
    return out


_NOUN_RX = re.compile(
    r"\b(?P<noun>(?:state\s+|official\s+|working\s+|first\s+|planned\s+|upcoming\s+|forthcoming\s+|rare\s+|"
    r"two-day\s+|three-day\s+|proposed\s+|\w+-day\s+|landmark\s+|historic\s+|foreign\s+|overseas\s+)*"
    r"(?:visits?|trips?|journey|tour|stopover|attendance|presence|participation))\s+"
    r"(?:(?:by|of)\s+PER(?P<bi>\d+)\s+)?(?P<prep>to|in|at)\b",
    re.IGNORECASE,
)

# What follows a noun stem in any _NOUN_RX match ("visit" + "s to", "trip" + " by PER3 to").
_NOUN_TAIL = re.compile(r"s?\s+(?:(?:by|of)\s+PER\d+\s+)?(?:to|in|at)\b", re.IGNORECASE)

_DEST_RX = re.compile(
    r"^\s*(?:(?:the|a|an|his|her|its|their|this|that|next|last|neighbouring|neighboring|annual|upcoming|"
    r"planned|forthcoming|key|major|in-person|first|second|third|final|peace|trade|climate|security|bilateral|trilateral|"
    r"regional|economic|emergency|special|extraordinary|informal|leaders'?|ministerial|direct|ceasefire|"
    r"PER\d+|\w+(?:'s|’s)|\w+-\w+|(?:19|20)\d\d)\s+){0,4}"
    r"(?:(?P<kind>LOC|EVT)(?P<i>\d+)|(?P<generic>summit|forum|conference|gathering|meeting|inauguration|"
    r"funeral|ceremony|parade|celebrations?|talks|sessions?|games|olympics|coronation|swearing-in|swearing\s+in|"
    r"investiture|enthronement|wedding|jubilee|city|capital|country))",
    re.IGNORECASE,
)
_EVT_PLACE_RX = re.compile(
    r"^(?:'s|’s)?\s*(?:leaders'?\s+|heads\s+of\s+state\s+)?(?:summit|meeting|forum|gathering|talks|conference|"
    r"states|nations|countries|group|bloc)?\s*(?:\w+\s+){0,3}?(?:in|at|hosted\s+by|held\s+in|host(?:ed)?\s+by)\s+"
    r"(?:the\s+\w+\s+(?:city|capital)\s+of\s+)?(?P<kind>LOC)(?P<i>\d+)",
    re.IGNORECASE,
)
# A ceremony named by whose it is: "the swearing-in of LOC0's president", "the funeral of the DEM1
# king", "the inauguration of PER2": held in that country.
_CEREMONY = ("inauguration", "swearing-in", "swearing in", "investiture", "enthronement", "funeral", "coronation",
             "wedding", "jubilee")
_CEREMONY_OF = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:(?:new|late|former|outgoing|incoming|re-elected|newly\s+elected)\s+)?"
    r"(?:(?P<kind>LOC|DEM|GOV)(?P<i>\d+)(?:'s|’s)?(?=\s+(?:\w+\s+)?(?:president|prime\s+minister|king|queen|"
    r"emperor|emir|sultan|leader|ruler|head\s+of\s+state|monarch|pope|crown\s+prince))|PER(?P<p>\d+))",
    re.IGNORECASE)
_ORG_NOT_MEETING = re.compile(r"(?:'s|’s)\s+(?!(?:[\w-]+\s+){0,2}(?:summit|meeting|gathering|conference|forum|session|"
                              r"talks|leaders|heads|ministers|anniversary|jubilee)\b)")
_HOSTED_RX = re.compile(r"\b(?P<kind>LOC|GOV)(?P<i>\d+)\s+(?:hosted|hosts|is\s+hosting|will\s+host|was\s+hosting)\b")
_IN_PLACE_RX = re.compile(
    r"\b(?:in|at|to)\s+(?:the\s+(?:\w+\s+)?(?:city|capital|resort)\s+of\s+|the\s+)?(?P<kind>LOC)(?P<i>\d+)|"
    r"\b(?:at|on\s+the\s+sidelines\s+of|during|for)\s+(?:the\s+|a\s+|this\s+\w+'s\s+|last\s+\w+'s\s+)?"
    r"(?:\w+\s+){0,2}?(?P<ekind>EVT)(?P<ei>\d+)",
    re.IGNORECASE,
)

_FUTURE = (
    r"will|'ll|’ll|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intending\s+to|"
    r"(?:is|are|was)\s+(?:also\s+)?(?:expected|scheduled|set|due|poised|slated|likely|going|about)\s+to|"
    r"(?:is|are)\s+to|agreed\s+to|agrees\s+to|"
    r"accept(?:ed|s)?\s+(?:an?|the|PER\d+(?:'s|’s))\s+(?:\w+\s+)?invitation\s+(?:from\s+(?:[\w’']+\s+){1,5}?)?to|promised\s+to|vowed\s+to|confirmed\s+(?:that\s+)?PER\d+\s+would|"
    r"said\s+(?:that\s+)?PER\d+\s+would|announced\s+(?:that\s+)?PER\d+\s+would|prepares?\s+to|preparing\s+to|"
    r"aims?\s+to|to\s+make|(?:is|are)\s+(?:expected|scheduled|set|due|slated|poised)\s+to|will\s+be"
)
_PAST_PLAN = r"had\s+(?:then\s+|also\s+|originally\s+|initially\s+|previously\s+)?(?:planned|intended|hoped|been\s+(?:expected|scheduled|due|set))\s+to|was\s+(?:supposed|meant)\s+to|were\s+to|was\s+to"
_SPECULATIVE = (
    r"may|might|could|would|should|can|hopes?\s+to|hoping\s+to|wants?\s+to|wanted\s+to|wish(?:es)?\s+to|"
    r"considering|considers|consider|mulling|weighing|invited|invites|inviting|invitation\s+to|urged|urges|"
    r"asked|asks|called\s+on|readiness\s+to|ready\s+to|willing\s+to|offered\s+to|threatened\s+to|"
    r"refus(?:e|ed|es)\s+to\s+rule\s+out|possibility|possible|potential|whether|if|unless|in\s+case|"
    r"rumou?red|speculation|talk\s+of"
)
_DECLINE = (
    r"declined\s+(?:an?\s+(?:\w+\s+)?invitation\s+)?to|declines\s+to|refused\s+to|refuses\s+to|"
    r"opted\s+not\s+to|opts\s+not\s+to|chose\s+not\s+to|chooses\s+not\s+to|decided\s+(?:not\s+to|against)|"
    r"(?:will|would|did|does|do|is|was|has|have|had)\s*(?:not|n't|n’t)\s+(?:be\s+)?(?:\w+\s+)?|"
    r"won't|won’t|wont|didn't|didn’t|doesn't|doesn’t|isn't|isn’t|wasn't|wasn’t|"
    r"(?:has|have)\s+no\s+plans?\s+to|(?:is|was)\s+not\s+(?:expected|scheduled|planning|going)\s+to|"
    r"ruled\s+out|rules\s+out|asked\s+PER\d+\s+not\s+to|told\s+PER\d+\s+not\s+to|urged\s+PER\d+\s+not\s+to|"
    r"not\s+to|never|no\s+longer|instead\s+of|rather\s+than\s+(?:go(?:ing)?\s+to|attend(?:ing)?)"
)
_PRE_FUTURE = re.compile(rf"(?:{_FUTURE})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_PRE_PAST_PLAN = re.compile(rf"(?:{_PAST_PLAN})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_PRE_SPEC = re.compile(rf"\b(?:{_SPECULATIVE})\b", re.IGNORECASE)
_PRE_DECLINE = re.compile(rf"(?:{_DECLINE})\s*(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_PRE_NEG = re.compile(r"\b(?:not|n't|n’t|never|no\s+longer)\b\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_PRE_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+|previously\s+|recently\s+)?$", re.IGNORECASE)
_PRE_BE = re.compile(r"\b(?:is|are|am|'s)\s+(?:now\s+|currently\s+|also\s+)?$", re.IGNORECASE)
_PRE_WAS = re.compile(r"\b(?:was|were)\s+(?:also\s+)?$", re.IGNORECASE)
_VIDEO = re.compile(r"\b(?:by|via|over)\s+(?:a\s+)?video(?:\s*-?\s*(?:link|conference|call))?\b|\bvirtually\b|\bremotely\b|\bonline\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|in\s+case|should\s+PER\d+|provided\s+that)\b", re.IGNORECASE)
_CANCEL_RX = re.compile(
    r"\b(?P<verb>cancel(?:l)?(?:ed|s|ing)?|called\s+off|calls\s+off|call\s+off|postpon(?:ed|es|e|ing)|"
    r"scrapp(?:ed|ing)|scraps?|shelv(?:ed|es|e|ing)|put\s+off|put\s+on\s+hold|on\s+ice|delay(?:ed|s)?|abandon(?:ed|s)?)\b",
    re.IGNORECASE,
)
# A meeting of named leaders in a named place: "a summit between PER0 and PER1 in LOC2", "the
# planned summit with PER3 in LOC4". Each guest's trip is there, planned or called off.
_SUMMIT_OF = re.compile(
    r"\b(?P<noun>summit|meeting|talks)\s+(?P<rel>between|with)\s+PER(?P<a>\d+)(?:\s*(?:,|and|&)\s*PER(?P<b>\d+))?"
    r"\s+(?:in|at)\s+(?:the\s+(?:\w+\s+)?(?:city|capital)\s+of\s+)?LOC(?P<loc>\d+)",
    re.IGNORECASE,
)
_SUMMIT_PLANNED_BEFORE = re.compile(r"\b(?:planned|proposed|upcoming|forthcoming|expected|prospective|agreed)\s+(?:\w+\s+)?$",
                                    re.IGNORECASE)
_SUMMIT_PLANNED_AFTER = re.compile(r"\s*(?:,\s*)?(?:is|are|was)\s+(?:now\s+)?(?:planned|expected|scheduled|set|due)\b",
                                   re.IGNORECASE)
_NEW_DATE = re.compile(r"\b(?:until|till|to|for)\s+(?:a\s+later|later|next|early|late|\w+\s+\d|January|February|"
                       r"March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)", re.IGNORECASE)
# The trip told in the present: "PER0's visit to LOC1 comes days after", "... to LOC1 is his first".
_NOUN_FUTURE_AFTER = re.compile(r"\s+(?:the\s+)?LOC\d+(?:\s+(?:[\w-]+\s+){0,3}?)?\s*(?:will|is\s+(?:due|expected|set|scheduled|planned|to)|are\s+(?:due|expected|set|to))\b")
_NOUN_PRESENT_AFTER = re.compile(r"\s+(?:the\s+)?LOC\d+(?:\s*,\s*[^,]{0,60},)?\s+(?:is|comes|marks|makes)\b(?!\s+(?:to|due|expected|set|scheduled|planned|likely)\b)")
_SINCE_AFTER = re.compile(r"\s+(?:the\s+)?(?:LOC|EVT)\d+\s+(?:in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:a|an|\w+)\s+\w+\s+)?since\b")
_IT_IS_NOUN = re.compile(r"\b(?:It|This)\s+is\s+(?:also\s+)?PER\d+(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$")
_NOUN_PLANNED = re.compile(
    r"\b(?:planned|upcoming|forthcoming|expected|proposed|scheduled|future|next|will|plans?|planning|"
    r"preparations?|prepar(?:e|es|ing)|groundwork|run-up|lead-up|ahead\s+of|to\s+make|set\s+to|is\s+to|are\s+to|due|announced|confirmed)\b",
    re.IGNORECASE,
)
_NOUN_ONGOING = re.compile(r"\b(?:began|begins|started|starts|kicked\s+off|is\s+making|is\s+paying)\s+(?:\w+\s+){0,3}$|"
                           r"\bon\s+(?:a|an|his|her|their)\s+(?:\w+\s+){0,3}$|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:on|in\s+the\s+middle\s+of)\b|\bcurrently\b|\bunder\s+way\b|\bunderway\b", re.IGNORECASE)
# "arrived on Saturday for a visit to X", "touched down at the start of a state visit": the arrival's
# reading (there now), not the past tense's.
_ARRIVED_FOR_NOUN = re.compile(
    r"\b(?:arrived|arrives|landed|lands|touched\s+down|touches\s+down|flew\s+in(?:to)?|flies\s+in(?:to)?)\b"
    r"(?:(?!\b(?:and|but|left|returned|home)\b)[^;])*?"
    r"\b(?:for|at\s+the\s+start\s+of|to\s+(?:begin|start))\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE)
_TOUR_STEP_PRESENT = re.compile(r"\b(?:ends|begins|starts|opens|closes|concludes|wraps\s+up|continues)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
_NOUN_PAST = re.compile(
    r"\b(?:after|during|since|following|on)\b|\b(?:was|were|had|did|met|held|made|went|took|paid|spent|said|"
    r"signed|sparked|drew|came|began|ended|marked|visited)\b|\b\w+ed\b",
    re.IGNORECASE,
)
_MET_OBJECTS = re.compile(r"\s+(?:with\s+)?PER\d+(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)PER\d+)*")
_MEET_RX = re.compile(
    r"\b(?P<verb>met|meets|meet|meeting|held\s+talks|holds\s+talks|hold\s+talks|holding\s+talks|talked|"
    r"held\s+(?:a|an|his|her|their|PER\d+)\s+(?:\w+\s+){0,2}?(?:meeting|talks)|held\s+(?:separate\s+|bilateral\s+|private\s+)+meetings|"
    r"sat\s+down|sit\s+down|sits\s+down|sitting\s+down|shook\s+hands|hugged|embraced|greeted\s+each\s+other)\b",
    re.IGNORECASE,
)
# Where a meeting's topic starts ("talks on energy", "met to discuss the war in Gaza"): not "on Tuesday".
_MEET_TOPIC = re.compile(
    r"\b(?:about|over|regarding|concerning|to\s+discuss|discussing|on\s+(?!(?:the\s+)?(?:sidelines|margins)\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d|its\s|the\s+(?:first|second|last|final|eve)\b))"
)
# "the war in Gaza", "the crisis in Sudan": a place that is a topic, never where someone is.
_TOPIC_PLACE = re.compile(r"\b(?:war|wars|conflict|fighting|crisis|situation|violence|invasion|occupation|genocide|"
                          r"offensive|ceasefire|truce|peace|famine|bombing|strikes?)\s+(?:\w+\s+)?$", re.IGNORECASE)
_HOST_RX = re.compile(
    r"\b(?P<host>PER|LOC|GOV)(?P<hi>\d+)(?:'s|’s)?(?:\s*,\s*(?:(?!PER\d)[^,;]){1,60},)?\s+(?:(?:also|had|has|have|will|is|was|to)\s+)?(?:be\s+)?"
    r"(?P<verb>hosted|hosts|host|hosting|received|receives|receive|receiving|welcomed|welcomes|welcome|welcoming|"
    r"greeted|greets|greeting|rolled\s+out\s+the\s+red\s+carpet\s+for|played\s+host\s+to|plays\s+host\s+to)\s+"
    r"(?P<guest>PER)(?P<gi>\d+)(?P<more>(?:(?:'s|’s)?\s*(?:,|,?\s+and)\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*)",
    re.IGNORECASE,
)
# Cheap substring gates: a pattern runs only when one of its words is there at all.
_NOUN_STEMS = ("visit", "trip", "journey", "tour", "stopover", "attendance", "presence", "participation")
# Deeds done on the spot, in the past tense (the present and future ones are told by other rules).
_DONE_IN_RX = re.compile(
    r"\b(?:signed|addressed|spoke|told\s+reporters|laid\s+(?:a\s+)?wreaths?|(?:gave|delivered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:speech|address|lecture)|"
    r"inaugurated|unveiled|presided\s+over|co-chaired|chaired|opened)\b(?=\s+(?:[\w'’-]+\s+){0,6}?(?:in|at)\s+(?:the\s+)?LOC\d)",
    re.IGNORECASE,
)
_DONE_IN_STEMS = ("signed", "addressed", "spoke", "told reporters", "wreath", "speech", "address", "lecture", "inaugurated",
                  "unveiled", "presided", "chaired", "opened")
_WHERE_DONE_RX = re.compile(
    r"\bLOC(?P<loc>\d+)\s*,\s*where\s+(?:(?:on|in|last|earlier)\s+\w+\s+)?PER(?P<per>\d+)\s+(?:also\s+|had\s+)?"
    r"(?:attended|met|held|signed|addressed|spoke|took\s+part|joined|toured|visited|laid|gave|delivered|presided|chaired|co-chaired|"
    r"stayed|spent|opened|inaugurated|watched|witnessed)\b",
    re.IGNORECASE,
)
_MEET_STEMS = ("met", "meet", "talk", "sat down", "sit down", "sits down", "sitting down", "shook", "hugged", "embraced", "greeted", "held")
_HOST_STEMS = ("host", "receiv", "welcom", "greet", "red carpet")
_CANCEL_STEMS = ("cancel", "call", "postpon", "scrap", "shelv", "put off", "on hold", "on ice", "delay", "abandon")
_TITLE_STEMS = tuple(sorted({w.split()[0] for w in TITLE_WORDS}))


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


# Gates whose matches are used (found near their words): regexes; the rest are tested with _has_any.
_TITLE_GATE, _NOUN_GATE, _MEET_GATE = (_stems_rx(stems) for stems in (_TITLE_STEMS, _NOUN_STEMS, _MEET_STEMS))


# "said on Thursday that he would", "told reporters late on Monday that X would": a reported plan.
_REPORTED_FUTURE = re.compile(r"\b(?:said|says|confirmed|announced|told\s+\w+|had\s+confirmed)\s+"
                              r"(?:(?:in|on|at|last|this|late|early|earlier|later)\s+(?:[\w.]+\s+){1,3}?)?(?:that\s+)?PER\d+\s+would\s+(?:\w+\s+)?$|"
                              # "... said that he would go to X and that PER1 would pay a visit to Y"
                              r"\b(?:said|says|confirmed|announced|told\s+\w+)\b[^;]{0,200}?\band\s+that\s+PER\d+\s+would\s+(?:\w+\s+)?$",
                              re.IGNORECASE)
_GATHER_IN = re.compile(r"\b(?:gather(?:ed|s|ing)?|meet(?:s|ing)?|met|convene[sd]?|convening|held|hosted|opens?|opened|under\s+way)"
                        r"\s+(?:\w+\s+){0,2}?in\s+LOC(\d+)", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\b(?!PER\d)[A-Za-z]+\s+(?:that|which|who)\s+(?:\w+\s+)?$")
_HEARSAY = re.compile(r"\b(?:reports?|reported|reportedly|rumou?rs?|speculation|claims?|denied|denies|dismissed|dismisses|"
                      r"rejected)\b(?:\s+\w+){0,3}?\s+(?:that|of)\b|\breportedly\b", re.IGNORECASE)
_AS_IS_ALSO = re.compile(r",\s*as\s+(?:is|are|was|were|will|would|did|does|has|have)\s+(?:[\w'’-]+\s+){0,4}?PER(\d+)\s*[,.;]")
_BARE_ARRIVAL_END = re.compile(r"\s*(?:$|,|\.|and\b|with\b|(?:a|an)\s+(?:few\s+|couple\s+of\s+)?(?:hours?|days?|week)\b|(?:early|late|later)?\s*(?:on|in|last|this|from|at|by|shortly|hours|days|earlier|"
                               r"yesterday|today|overnight|for)\b)", re.IGNORECASE)
# "landed at Palam air base on Thursday": a place the gazetteer does not know (an airport, a base),
# then the words that end a bare arrival; where the traveller is comes from the article.
_UNKNOWN_PLACE_ARRIVAL = re.compile(
    r"\s*(?:(?:at|in|into)\s+)?(?:the\s+)?(?!(?:PER|LOC|EVT|GOV|DEM)\d)(?:[A-Z][\w’'-]*\s+(?:of\s+)?){0,5}?[A-Z][\w’'-]*"
    r"(?:\s+(?:international\s+|military\s+)?(?:air\s*base|airport|airfield|air\s+field|aerodrome))?"
    r"(?=\s*(?:$|,|\.|and\b|(?:early|late|later)?\s*(?:on|in|last|this|from|shortly|hours|earlier|yesterday|today|overnight|for)\b))")
_INTRANSITIVE_END = re.compile(r"\s*(?:$|,|\.|and\b|as\s+well|either|too\b|in\s+person|this\s+year|on\s+\w+day|the\s+trip|instead|"
                               r"in\s+(?:PER\d+|his|her|their)(?:'s|’s)?\s+(?:place|stead)|in\s+place\s+of)", re.IGNORECASE)
_CAUSE_WORD = re.compile(r"\b(?:after|because|since|following|over|for\s+fear|fear(?:ed|s)?|risk(?:ed|s)?|"
                         r"obliged|obligation|would\s+have\s+(?:to|been))\b", re.IGNORECASE)
_WARRANT_CAUSE = re.compile(r"\bwarrants?\b|\barrest\b|\bICC\b|\bInternational\s+Criminal\s+Court\b|\bHague\b", re.IGNORECASE)


# ---- warrants --------------------------------------------------------------------------------------

_WARRANT_RX = re.compile(r"\bwarrants?\b|\barrest\s+orders?\b", re.IGNORECASE)
_NOT_ARREST_WARRANT = re.compile(
    r"\b(?:search|bench|tax|death|warrant\s+officer|does\s+not|doesn't|did\s+not|didn't|would\s+not|not)\s+$|"
    r"\b(?:search|seizure)\s+(?:and\s+\w+\s+)?$",
    re.IGNORECASE,
)
_WARRANT_NOUNISH = re.compile(r"(?:\b(?:an?|the|arrest|ICC|court|court's|issued|issue|issues|issuing|seeking|sought|requested|approved|"
                              r"his|her|its|new|two|three|outstanding|international|such|"
                              r"that|this|these|those|pending|sealed|secret|separate|second|third|another|further|fresh)\s+|"
                              r"\bPER\d+(?:'s|’s)?\s+)$", re.IGNORECASE)
_W_REQUEST = re.compile(
    r"\b(?:sought|seeks?|seeking|requested|requests?|requesting|appl(?:y|ied|ies|ying|ication|ications)\b|"
    r"applications?|asked\s+(?:the\s+|a\s+)?(?:court|judges|chamber)|ask\s+(?:the\s+)?judges|recommend(?:ed|s)?|"
    r"filed\s+(?:a\s+)?(?:request|application))\b",
    re.IGNORECASE,
)
_W_WITHDRAWN = re.compile(r"\b(?:(?:ended|terminated|closed|ends|terminates)\s+(?:the\s+|its\s+)?(?:proceedings|case)|withdr(?:ew|awn|aw|awing|aws)|revok(?:ed|es|ing|e)|rescind(?:ed|s)?|quash(?:ed|es)?|"
                          r"lift(?:ed|s)?|annull?(?:ed|s)?|vacat(?:ed|es)|dropp(?:ed|ing)|cancel(?:l)?ed)\b", re.IGNORECASE)
_WARRANTS_SIGNED = re.compile(r"^(?:The|Both|Those|These|Its|Their)\s+(?:\w+\s+){0,2}?warrants?\s*,?\s+(?:were\s+|was\s+|had\s+been\s+)?"
                              r"(?:signed|issued|approved|dated|made\s+public|unsealed)\b")
# "The judges withdrew it in February", "It was revoked": the warrant told just before.
_IT_WITHDRAWN = re.compile(r"(?:(?:The|Its|the)\s+(?:\w+\s+){0,2}?(?:judges|court|chamber|prosecutors?)\s+(?:later\s+|then\s+|have\s+|has\s+|had\s+)?"
                           r"(?:withdrew|withdrawn|revoked|rescinded|cancell?ed|quashed|annull?ed|vacated)\s+it|"
                           r"It\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+)?(?:withdrawn|revoked|rescinded|cancell?ed|quashed|annull?ed|vacated))\b")
_W_EXECUTED = re.compile(
    r"\b(?:arrested|detained|(?:seized|captured)(?=\s+(?:PER\d|him\b|her\b))|apprehended|gave\s+(?:himself|herself)\s+up|"
    r"turned\s+(?:himself|herself)\s+in|"
    r"taken\s+into\s+(?:ICC\s+)?custody|surrender(?:ed|s)?\s+to|handed\s+(?:over\s+)?to|"
    r"surrendered(?=\s+(?:in|on|last|himself|herself|voluntarily|after|at)\b|\s*[,.])|"
    r"transferred\s+to|flown\s+to\s+The\s+Hague|extradited|arrives?\s+in\s+The\s+Hague|in\s+ICC\s+custody|"
    r"arrest\s+of\s+PER\d+\s+on|(?:after|following|since|upon)\s+(?:his|her|PER\d+(?:'s|’s)?)\s+arrest\s+(?:in|at|on)\s)\b",
    re.IGNORECASE,
)
_W_NEGATED = re.compile(r"\b(?:no|not|never|n't|n’t|without|declined\s+to|refused\s+to|rejected)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_W_SPEC = re.compile(r"\b(?:could|might|(?-i:may)|would|whether|if|possible|possibility|consider(?:ing)?|risk\s+of)\b\s+(?:\w+\s+){0,4}$", re.IGNORECASE)
_W_UNREAL = re.compile(r"\b(?:wants?|wanted|would|could|should|if|unless|be|being|without|avoid|avoiding|escape|risk|risking|"
                       r"demand(?:s|ed)?|calls?\s+for|urged?|ordered|orders?|"
                       r"sought|seeks?|seeking|requested|requests?|asked\s+for)\b", re.IGNORECASE)
_W_REJECTED = re.compile(r"\b(?:rejected|rejects|dismissed|dismisses|denied|refused|turned\s+down)\b", re.IGNORECASE)
_W_ISSUE_WORD = re.compile(r"\bissu(?:ed|es|ing|e)\b|\bwanted\b|\bfaces?\b|\bfacing\b|\bsubject\s+(?:of|to)\b|\boutstanding\b|\bmade\s+public\b|"
                           r"\bunseal(?:ed|s|ing)\b|\b(?:approved|granted|accepted)\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?:request|application)", re.IGNORECASE)
# "approved the prosecutor's request for a warrant": the request is granted, the warrant issued.
_COURT_SEEKS = re.compile(r"\b(?:ICC|court|Court|judges)\s+(?:has\s+|have\s+|had\s+)?(?:been\s+|long\s+|still\s+)*$")
_W_GRANTED = re.compile(r"\b(?:approved|granted|accepted)\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?:request|application)", re.IGNORECASE)
_MORE_SUBJECTS = re.compile(
    r"(?:(?:'s|’s)?\s+arrest)?(?:\s+of\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s*,\s*(?:(?!PER\d)[\w'’-]+\s+){0,5}?(?!PER\d)[\w'’-]+(?=\s*,))?\s*(?:,|and|,\s*and|"
    # "..., remain pending before the judges, as do those for PER3": the same kind of warrant for others.
    r"[^;.]{0,60}?,\s*as\s+(?:do|did|does|is|was|are|were)\s+(?:those|the\s+ones|one|that)\s+(?:for|against)|"
    r"(?:\s+(?:[\w.]+,?\s+){0,5}?)?(?:alongside|along\s+with|together\s+with|as\s+well\s+as|as\s+(?:do|did|does|is|was|are|were))"
    r"(?:\s+(?:those|the\s+ones|one|that)\s+(?:for|against))?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:(?!PER\d)[\w'’-]+\s*,\s*)?(?:PER\d+\s+(?=PER\d))?PER(\d+)(?!\s+PER\d)"
)
_POSSESSOR_ROLE_NAMED = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,\s*PER(\d+)")
_W_PARAPHRASE = re.compile(
    r"\b(?:wanted|indicted)\s+by\s+(?:the\s+)?(?:ICC|International\s+Criminal\s+Court|court\s+in\s+The\s+Hague|Hague)\b|"
    r"\b(?:ordered|orders|issued\s+an\s+order\s+for)\s+(?:the\s+arrest\s+of\s+(?:(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*(?:[A-Z][\w-]*\s+){0,3}?)?"
    r"PER(?P<s1>\d+)|PER(?P<s2>\d+)(?:'s|’s)?\s+arrest)\b|"
    r"\bwants?\s+PER(?P<s3>\d+)\s+arrested\b|"
    # "The court still wants Saif al-Islam Gaddafi": the court's own warrant.
    r"\b(?:ICC|[Cc]ourt)\s+(?:still\s+|also\s+)?wants\s+PER(?P<s4>\d+)\b(?!\s+to\b)|"
    # "has been wanted since March last year", "is already wanted" (in an article about the court).
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?)\s+(?:already\s+|still\s+|also\s+|now\s+|both\s+)*wanted\b(?!\s+(?:to|in\s+LOC))|"
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?)\s+(?:already\s+|still\s+|also\s+|now\s+|both\s+)*wanted\s+in\s+(?=LOC\d+\s+since\b)|"
    # "Netanyahu, wanted since the court's decision of Nov. 21": an apposition.
    r"(?<=,)\s*(?:already\s+|still\s+)?wanted\s+(?:since|by|on)\b",
    re.IGNORECASE,
)
# An arrest asked for in other words: "sought PER0's arrest", "requested the arrest of PER1".
_W_SOUGHT = re.compile(
    r"\b(?:sought|seeks|seeking|seek|requested|requests|requesting|asked\s+for|applied\s+for)\s+"
    r"(?:the\s+arrest\s+of\s+PER(?P<a>\d+)|PER(?P<b>\d+)(?:'s|’s)\s+arrest)\b|"
    # "PER0, whose arrest the court's prosecutor asked judges to authorise in November"
    r"\bPER(?P<c>\d+)\s*,\s*whose\s+arrest\s+(?:[\w'’-]+\s+){0,6}?(?:sought|requested|asked|applied)\b|"
    # "The court has sought Saif al-Islam Gaddafi since 2011": the court's own warrant.
    r"\b(?:sought|seeking|seeks)\s+PER(?P<d>\d+)\b(?!\s*(?:'s|’s))",
    re.IGNORECASE,
)
# What follows a person who is a warrant's subject: "PER0, who faces", "PER0 is wanted", "PER0's arrest".
_OWN_WARRANT = re.compile(
    r"(?:(?:'s|’s)\s+(?:\w+\s+)?(?:arrest|detention|surrender)|\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|remains)\s+)?"
    r"(?:now\s+|also\s+)?(?:faces|facing|face|wanted|the\s+subject\s+of|subject\s+to|under\s+an?|charged|accused|indicted|"
    r"named\s+in|arrested|detained))",
    re.IGNORECASE,
)
_ICC_RX = re.compile(r"\bICC\b|International\s+Criminal\s+Court|\bthe\s+Hague\b|\bThe\s+Hague\b|Rome\s+Statute", re.IGNORECASE)
_CRICKET_RX = re.compile(r"\bcricket|\bInternational\s+Cricket\s+Council\b|\bT20\b|\bTest\s+match", re.IGNORECASE)

_PRE_FUTURE = _Gated(_PRE_FUTURE, "will 'll ’ll shall plan intend expected scheduled set due poised slated likely going about to "
                     "agree accept promised vowed confirmed said announced prepar aim make")  # fmt: skip
_PRE_SPEC = _Gated(_PRE_SPEC, "may might could would should can hop want wish consider mulling weighing invit urge ask "
                   "called readiness ready willing offered threatened refus possib potential whether if unless case "
                   "rumo speculation talk")  # fmt: skip
_PRE_DECLINE = _Gated(_PRE_DECLINE, "declin refus opt cho decided not n't n’t won rule never longer instead rather",
                      r"no\s+plan")
# "if" as a word, spelled to open on its letters (a literal prefix the engine skips to).
_CONDITIONAL = _Gated(_CONDITIONAL, "unless whether case should provided", r"if(?<![a-z]if)(?![a-z])")
_VIDEO = _Gated(_VIDEO, "video virtual remote online")
_HEARSAY = _Gated(_HEARSAY, "report rumo speculation claim deni dismiss rejected")
_OTHER_SUBJECT = _Gated(_OTHER_SUBJECT, "that which who")
_REPORTED_FUTURE = _Gated(_REPORTED_FUTURE, "would")
_WARRANT_RX = _Gated(_WARRANT_RX, "warrant arrest")
_WARRANT_WORDS = ("warrant", "arrest", "detained", "custody", "surrender", "handed", "transferred", "flown", "extradit", "hague",
                  "want", "order", "request", "applic", "sought", "seek", "indicted", "case", "proceedings", "gave", "seized", "captured")
# "dropped his request concerning X", "withdrew the application against X": a warrant application
# named by its subject, in an article about the court.
_W_APPLICATION = re.compile(r"\b(?:request|application)s?\s+(?:(?:lodged|filed|made|submitted)\s+(?:[\w]+\s+){0,3}?[—–-]\s*)?(?:concerning|against|regarding|for|targeting|naming)\s+"
                            r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?!PER\d)[\w'’-]+,\s+)?PER(\d+)", re.IGNORECASE)
# The warrant's object: "for PER0", "for the arrest of PER1", a list introduced after a colon or dash.
_WARRANT_OBJECT = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:for|against|on|naming|targeting|went\s+to|to\s+arrest)\s+(?:the\s+arrest\s+of\s+)?"
    r"(?:(?:[\w:,'’]+\s+){0,5}?|(?:[\w,'’-]+\s+){1,6}?[\w'’]*\s*[:—–-]\s*)PER(\d+)(?!\s+PER\d)")
# "warrants for three Hamas leaders", "against five men", "for Israeli leaders": subjects told as a group.
_W_GROUP_OBJECT = re.compile(r"\b(?:for|against|targeting|naming|as\s+well\s+as|along\s+with|and)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
                             r"(?:leaders|men|officials|commanders|suspects|people|individuals|figures|members)\b", re.IGNORECASE)
_WARRANT_BACK_REFERENCE = re.compile(r"\b(?:warrants?|applications?|requests?)\b")
_THE_WARRANTS = re.compile(r"\bthe\s+(?:arrest\s+)?warrants\b", re.IGNORECASE)
_WARRANTS_NAME = re.compile(r"(?:\s*,[^,;]{1,60},)?\s+(?:name|names|named|cover|covers|covered|list|lists|listed|target|targets|"
                            r"targeted)\s+(?:among\s+them\s+)?(?:[\w'’-]+\s+){0,6}?PER(\d+)")
_W_ENDED_CASE = re.compile(r"\b(?:ended|closed|terminated|dropped|ends|closes|terminates)\s+(?:the\s+|its\s+)?(?:case|proceedings)\s+"
                           r"(?:against|concerning)\s+(?:[\w'’-]+\s+){0,3}?PER(\d+)")
_WANTED_LIST = re.compile(r"\b(?:others|men|people|suspects|leaders|officials|commanders)\s+(?:still\s+)?wanted\b[^:;.]{0,80}:\s*(?=(?:[\w'’-]+\s+){0,4}?PER\d)")
_COURT_ORDERS = re.compile(r"\b(?:ordered|orders|issued|issues|signed|approved)\b")
_APPLICATION_AFTER = re.compile(r"\s+(?:application|request|applications|requests)\b", re.IGNORECASE)
_FOR_BOTH = re.compile(r"\s+(?:\w+\s+){0,2}?(?:for|against)\s+(?:both|the\s+two)(?:\s+(?:men|leaders|women|officials|of\s+them))?\b", re.IGNORECASE)
_W_ANOTHER = re.compile(r"\b(?:a|an)\s+(?:second|third|separate|further|another|new)\s+(?:arrest\s+)?$", re.IGNORECASE)
_W_COMPANIONS = re.compile(r"\b(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+", re.IGNORECASE)
# "He named X, Y and Z", "They are X and Y": the subjects of the warrants the last sentence told of.
_W_NAMES_FOLLOW = re.compile(r"\b(?:named|names|naming|identified|identifies|listed|lists|included|includes|include|including|"
                             r"are|were|targets|targeted|cited|singled\s+out)\b(?=\s+(?:[\w'’-]+,?\s+){0,6}?PER\d)", re.IGNORECASE)
# "Investigators detained PER1": the one arrested is the warrant's subject.
_ARRESTED_OBJECT = re.compile(r"\b(?:arrested|detained|surrendered|extradited)\s+(?:[\w'’-]+\s+){0,3}?PER(\d+)", re.IGNORECASE)
# Every match holds a stem at most 3 words after its start ("taken into ICC custody", "arrives in The Hague").
_W_EXECUTED = _Gated(_W_EXECUTED, "arrest detained custody surrender handed transferred flown extradit hague seized captured "
                                  "apprehended gave turned", back=3)
_W_PARAPHRASE = _Gated(_W_PARAPHRASE, "want order indicted")
_ICC_RX = _Gated(_ICC_RX, "icc criminal hague statute", back=1)  # "International Criminal", "the Hague", "Rome Statute"
_CRICKET_RX = _Gated(_CRICKET_RX, "cricket t20", r"test\s+match")

_NATIONAL_COURT = re.compile(
    r"\b(?:a|an|the)?\s*(?:(?P<dem>DEM|LOC)(?P<di>\d+)(?:'s|’s)?)\s+(?:(?:chief|public|federal|supreme|high|district|criminal|"
    r"constitutional|appeals?|military|regional|state|national|provincial|central|top|local|city|special)\s+){0,3}"
    r"(?:court|judge|prosecutors?|tribunal)\b|"
    r"\b(?:court|judge|prosecutors?|tribunal)\s+in\s+(?:the\s+)?(?P<loc>LOC)(?P<li>\d+)|"
    # "an Argentine arrest order", "a Turkish warrant": the country's own.
    r"\b(?:a|an|the)\s+(?:DEM|LOC)(?P<dw>\d+)(?:'s|’s)?\s+(?:detention\s+|arrest\s+)?(?:warrants?|orders?)\b", re.IGNORECASE)


def _court_place(national: re.Match[str]) -> str:
    """The placeholder index of the country a _NATIONAL_COURT match names ("a Turkish court", "a court
    in Argentina", "an Argentine arrest order")."""
    return national.group("di") or national.group("li") or national.group("dw")


_GATHERING_SENTENCE = re.compile(r"\bEVT\d|\b(?:summit|meeting|gathering|forum|conference|leaders)\b", re.IGNORECASE)
_DAY_SPAN_INSIDE = re.compile(r"\d\s*(?:-|–|to|and)\s*\d")
_DAY_SPAN_AFTER = re.compile(r"\s*(?:-|–|to|and|through)\s*[0-3]?\d\b")
# (A relative clause may come between: "PER0, who arrived in LOC1 on Wednesday, flew home".)
_WENT_HOME = re.compile(r"\bPER(\d+)(?:'s|’s)?(?:\s*,\s*(?:who|which)\s[^,;]{0,80},)?\s+(?:\w+\s+){0,2}?(?P<verb>flew|returned|headed|went|travell?ed|arrived)"
                        r"\s+(?:back\s+)?home\b")
_BACK_HOME = re.compile(r"\bPER(\d+)(?:\s*,\s*(?:who|which)\s[^,;]{0,80},)?\s+(?:(?:was|is|were|are)\s+(?:already\s+)?back\s+in|"
                        r"(?:\w+\s+)?(?:flew|headed|went|returned|travell?ed)\s+(?:straight\s+)?(?:back\s+)?to)\s+LOC(\d+)")
# "flew into Ashgabat on Friday ..., and was back in Moscow by nightfall"; "He left on Wednesday".
_AND_BACK_HOME = re.compile(r"\bPER(\d+)\b[^.;]{0,160}?\band\s+(?:was|is)\s+(?:already\s+)?back\s+in\s+LOC(\d+)")
_LEFT_ON = re.compile(r"\bPER(\d+)\s+(?:\w+\s+)?(?:left|departed)\s+(?:on|late|early|after|at|shortly|the\s+next|hours)\b")
# A stay's stated length: "a three-day state visit", "a one-day forum".
_STAY_LENGTH = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b", re.IGNORECASE)
_STAY_DAYS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DUE_THERE = re.compile(r"\s+(?:the\s+)?LOC\d+[^,;]{0,40},\s*where\s+(?:[\w’']+\s+){0,3}?(?:is|are)\s+(?:due|expected|scheduled|set|to)\b")
_MOVED_TO = re.compile(r"(?:flew|travell?ed|went|headed|came|moved)\b", re.IGNORECASE)
_STILL_THERE = re.compile(r"\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?LOC\d+\s*,\s*where\s+(?:[\w’']+\s+){0,6}?"
                          r"(?:will|is|are|’s|'s|has\s+been)\b(?![^,.;]*\b(?:was|were|had)\b)", re.IGNORECASE)
_CAME_FROM = re.compile(r"\bfrom\s+LOC(?P<loc>\d+)\s*,\s*where\s+PER(?P<per>\d+)\s+(?:had\s+)?"
                        r"(?:spent|held|met|attended|stayed|toured|visited|was|signed)\b", re.IGNORECASE)
_PRESENT_RX = re.compile(
    r"\b(?P<verb>sat|sits|sitting|stood|stands|standing|was|were|is|are)\s+(?:\w+\s+)?(?P<prep>beside|alongside|next\s+to|among)\b",
    re.IGNORECASE,
)
_PRESENT_STEMS = ("beside", "alongside", "next to", "among")
_FIRST_SINCE = re.compile(r"\bfirst\s+(?:(?:state|official|foreign|overseas|bilateral)\s+)?(?:(?:visit|trip)\s+)?(?:to|in)\s+(?:the\s+)?"
                          r"LOC(?P<l>\d+)(?:\s+soil)?\s+(?:in\s+(?:more\s+than\s+|over\s+|nearly\s+)?\w+\s+years?\s+)?since\s+(?=\S)")
_AND_HOSTED = re.compile(r"\band\s+(?:later\s+|then\s+)?(?:hosted|received|welcomed)\s+PER(\d+)(?=\s+(?:in|at|on|last|with|for)\b)")
_CEREMONY_HINTS = ("funeral", "coronation", "inaugura", "sworn", "swearing", "requiem", "enthronement", "investiture",
                   "wedding", "memorial")
_CEREMONY_STORY = re.compile(r"\b(?:funeral|coronation|inauguration|inaugural|sworn\s+in|swearing-in|requiem|enthronement|investiture|"
                             r"wedding|memorial\s+service)\b", re.IGNORECASE)
_BE_PRESENT = re.compile(
    r"\b(?P<verb>was|were|is|are|sat|stood)\s+(?:also\s+|both\s+|all\s+|not\s+)?(?:present|in\s+the\s+audience|in\s+attendance|on\s+hand|"
    r"(?:the\s+)?guests?\s+of\s+honou?r|"
    r"(?:near|in|at|on)\s+the\s+front(?:\s+rows?)?)\b")
_NOT_AFTER_BE = re.compile(r"\w+\s+not\b")
_ACCOMPANIED = re.compile(
    r"\bPER(?P<a>\d+)\s*,\s*who\s+(?:had\s+|has\s+|is\s+|was\s+)?(?:accompanied|accompanying|(?:flew|travell?ed|arrived|came)\s+(?:in\s+)?with)\s+PER(?P<b>\d+)|"
    r"\bPER(?P<b2>\d+)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+accompanied\s+by\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:[\w-]+\s*,\s*)?PER(?P<a2>\d+)|"
    # "Foreign Minister Sugiono accompanied the president to Russia", "Lavrov and an aide accompanied Putin".
    r"\bPER(?P<a3>\d+)\s+(?:and\s+[^,.;]{1,40}?\s+)?(?:also\s+)?accompanied\s+PER(?P<b3>\d+)")
# "Also on the reviewing stand were ...", "Among the guests in LOC0 were ...": the subject comes after.
_INVERTED_PRESENCE = re.compile(
    r"(?:^|[,;:—–-]\s*|\b(?:Also|also)\s+)(?:(?:on|in|at)\s+the\s+(?:\w+\s+)?(?:reviewing\s+stand|stand|podium|dais|platform|"
    r"front\s+rows?|top\s+table|tribune)|(?:Seated|Sitting|Standing|seated|sitting|standing)\s+[^,;]{1,60}?|"
    r"[Aa]mong\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:those\s+(?:present|attending|there|in\s+attendance)|"
    r"guests|leaders|attendees|dignitaries|mourners|delegates|participants|visitors|arrivals|heads\s+of\s+(?:state|government))"
    r"(?:\s+(?:who|that)\s+[^,;]{1,50}?)?)"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:LOC\d+|EVT\d+|parade|summit|ceremony|celebrations?|gathering|talks))?"
    r"\s+(?P<tense>were|was|are|is|will\s+be)\s+")
_OBJECT_BEFORE = re.compile(r"\b(?:with|by|of|to|met|meets|from|for|and\s+not)\s+$")
# The list after it: names with their appositions and relative clauses, to the sentence's end.
_INVERTED_LIST = re.compile(r"(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+[^.;]*")
_AMONG_AT = re.compile(r"\s+(?:the\s+)?(?:\w+\s+){0,5}?(?:leaders|those|guests|heads\s+of\s+state|dignitaries|participants|"
                       r"attendees|delegates)\s+(?:at|in|(?P<there>attending|present|watching|taking\s+part|gathered)|"
                       r"(?P<expected>expected\s+(?:to\s+(?:attend|come|take\s+part|be\s+there)|at|in)))\b|"
                       r"\s+(?:the\s+|today(?:'s|’s)\s+|(?:this|the)\s+\w+(?:'s|’s)\s+|the\s+first\s+|the\s+latest\s+)(?P<arrivals>arrivals)\b", re.IGNORECASE)
# "China is represented by Premier Li Qiang", "Those attending include X and Y": at the gathering told of.
_AT_GATHERING_RX = re.compile(
    r"\b(?:(?:LOC|DEM|GOV)\d+\s+(?P<tense>is|are|was|were|will\s+be)\s+(?:being\s+)?represented\s+by|"
    r"(?:those|leaders|guests)\s+(?:attending|present|taking\s+part)\s+(?P<tense2>include|includes|included|are|were|will\s+include)|"
    r"(?:LOC\d+(?:'s|’s)\s+|DEM\d+\s+|the\s+)?delegation\s+(?:also\s+)?(?P<tense3>includes|included|will\s+include|is\s+led\s+by|was\s+led\s+by))"
    r"\s+(?:[\w'’-]+\s+){0,3}?PER(?P<per>\d+)",
    re.IGNORECASE,
)
_PER_LIST = re.compile(r"\s+(?:\w+\s+){0,2}?PER\d+(?:\s*(?:,|and|,\s*and)\s+(?:[\w’']+\s+){0,3}?PER\d+)*")
_COUNTRY_POSSESSIVE_END = re.compile(r"(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+$")
_NEXT_LEG = re.compile(r"^[^;:]*?,?\s+(?:followed\s+by|and\s+then|then)\s+(?:on\s+)?(?:\w+\s+){0,3}?(?:in|to)\s+"
                       r"(?:the\s+)?LOC(\d+)", re.IGNORECASE)
_AND_THEN = re.compile(r",\s*(?:and|then|and\s+then)\s+(?:also\s+)?$", re.IGNORECASE)
_PER_TOKEN = re.compile(r"PER(\d+)")
_LOC_TOKEN = re.compile(r"\bLOC(\d+)")
_AFTER_DOING = re.compile(r"\b(?:after|since|following)\s+$", re.IGNORECASE)
_GATHERING_WORDS = ("summit", "forum", "conference", "gathering", "evt")
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|confirmed|warned|added|stated|reported|declared|wrote)"
                      r"(?:\s+(?!on\b)\w+){0,2}\s+(?:late\s+|early\s+)?(?:on\s+)?$")
_DATE_AS_NAME = re.compile(r"\s*(?:\w+\s+)?(?:attacks?|massacres?|raids?|invasion|assault|offensive|incursion|killings?|"
                           r"bombings?|coup|uprising|elections?|vote|referendum|war|crackdown|strikes?)\b", re.IGNORECASE)
_OPENED_BEFORE = re.compile(r"\b(?:opened|opens|began|begins|got\s+under\s+way|gets\s+under\s+way|gathered|gather|convened|"
                            r"kicked\s+off|started)\b(?:\s+[\w,]+){0,5}\s+(?:on\s+)?$", re.IGNORECASE)
_SINCE_WORD = re.compile(r"\bsince\b")
_OPENING_PRONOUN = re.compile(r"(?:[^:]{0,30}:\s+)?(?:He|She|His|Her)\b")
_WILL_WORD = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to)\b")
_TIMELINE_HEAD = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{4}"
                            r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s*[:—–-]\s")
_WITH_STOPS = re.compile(r"\b(?:(?:with|including|and)\s+(?:a\s+|two\s+|three\s+|further\s+)?stops?|stopping(?:\s+off)?)\s+in\s+(?:the\s+)?LOC\d+"
                         r"(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?LOC\d+)*")
_PLACE_NOUN = re.compile(r"\bPER(?P<p>\d+)(?:'s|’s)\s+(?:(?:first|second|planned|upcoming|recent|latest|last|next|surprise|"
                         r"long-awaited|brief|rare|state|official)\s+){0,2}(?:LOC|GOV)(?P<l>\d+)\s+(?:(?:state|official|working)\s+)?"
                         r"(?:visit|trip|stopover|tour|summit)\b(?!\s+(?:to|of|by)\b)")
_PLACE_NOUN_AHEAD = re.compile(r"\s+(?:will|is\s+(?:due|expected|set|scheduled|planned|to)|would)\b|\s+(?:next|later\s+this)\b")
_PLACE_NOUN_DONE = re.compile(r"\s+(?:was|ended|drew|came|began|produced|yielded|brought|last\s+\w+|in\s+(?:January|February|March|"
                              r"April|May|June|July|August|September|October|November|December|\d{4}))\b")
_SENT_TO = re.compile(r"\bPER(?P<s>\d+)\s+(?:\w+\s+){0,2}?(?P<verb>sent|sends|is\s+sending|will\s+send|dispatched|will\s+dispatch)\s+"
                      r"(?:(?:his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?PER(?P<o>\d+)(?:\s*,\s*[^,]{1,40},)?\s+to\b")
_IN_HIS_PLACE = re.compile(r"\b(?:in\s+(?:his|her|PER\d+(?:'s|’s)?)\s+(?:place|stead)|instead)\b")
_FRONTED_PLACE = re.compile(
    r"(?:In|At)\s+(?:the\s+)?LOC(?P<loc>\d+)(?:\s+(?:on|last|this|early|late|earlier|later)\s+[^,;]{1,30})?\s*,\s*"
    r"(?P<who>(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)(?!'s|’s)"
    # "... and Vietnam's party chief To Lam": a partner the reference may not know, up to the verb.
    r"(?P<partner>\s+and(?:\s+[\w'’-]+){1,7}?)??"
    r"\s+(?:also\s+|then\s+|later\s+)?(?P<verb>was|were|is|are|will|has|[a-z]+ed|met|held|made|gave|took|spoke|sat|stood|oversaw|"
    r"led|laid|went|saw|told|paid|shook|meets|holds)\b(?!\s+(?:that|to)\b)")
_PAST_VERBS = frozenset({"was", "were", "met", "held", "made", "gave", "took", "spoke", "sat", "stood", "oversaw", "led", "won",
                         "laid", "went", "saw", "told", "paid", "sang", "shook"})
_PRESENT_VERBS = frozenset({"is", "are", "meets", "holds", "has"})
_ARTICLE_AT_END = re.compile(r"\b(?:a|an|the|this|that|its|his|her)\s+$", re.IGNORECASE)
_SINCE_RIGHT_AFTER = re.compile(r"\s+since\b")
_BEEN_IN_SINCE = re.compile(r"\b(?:has|have)\s+been\s+(?:in|at)\s+(?:the\s+)?LOC\d+\s+since\b")
_AND_WORD = re.compile(r"\band\b")
_RELATIVE_WORD = re.compile(r",[^,]*\b(?:tour|trip|visit|journey|leg|swing)\s+(?:that|which)\s")
_BOUNDED_BEFORE = re.compile(r"\b(?:since|until|before|after|from)\s*(?:the\s+)?$")

# ---- datelines -------------------------------------------------------------------------------------

# A wire story's opening place: "ULAANBAATAR, Sept 3 (Reuters) -", "NEW DELHI (AP) —", "Dushanbe,
# Tajikistan (AFP) -", "KARACHI:". The city is in capitals, or carries an agency, region or date.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RX = re.compile(
    r"^\s*(?P<city>[A-ZÀ-Ý][\w.'’ -]{1,38}?)(?P<more>/[\w.'’ /-]{2,40}?)?"
    r"(?:,\s*(?P<region>[A-Z][\w.'’ -]{1,30}?))?"
    rf"(?:,?\s*(?P<date>{_MONTH_ABBR}\s+\d{{1,2}}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w ./&-]{0,30})\)|/(?P<agency2>[A-Za-z][\w .&-]{0,20})/)?"
    r"\s*(?:[-—–]{1,2}|:)\s+(?=\S)"
)
_DATELINE_FORMS: dict[int, dict[str, Any]] = {}  # gazetteer id -> lower-cased place forms


def _place_forms(gaz: Gazetteer) -> dict[str, Any]:
    forms = _DATELINE_FORMS.get(id(gaz))
    if forms is None:
        forms = {form.lower(): place for form, place in gaz.forms.items()
                 if place.kind in {"country", "capital", "city", "place"}}
        _DATELINE_FORMS[id(gaz)] = forms
    return forms


def dateline_place(text: str, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """(ISO3, city) of the story's dateline, or None when the text opens with no dateline."""
    m = _DATELINE_RX.match(text[:120])
    if m is None or m.group("more"):
        return None  # "BEIJING/NEW DELHI": filed from two places, so neither places the story
    city = m.group("city").strip()
    if not (city.isupper() or m.group("agency") or m.group("region") or m.group("date")):
        return None  # "Benjamin Netanyahu - ..." is no dateline: a dateline city is capitalised or tagged
    forms = _place_forms(gaz)
    place = forms.get(city.lower())
    region = forms.get(m.group("region").strip().lower()) if m.group("region") else None
    if place is None:
        # "ANCHORAGE, Alaska": a city the gazetteer does not list, in a named country.
        return (region.iso3, None) if region is not None and region.kind == "country" else None
    if region is not None and region.kind == "country" and region.iso3 != place.iso3:
        return None  # "Paris, Texas": the region names another country
    return place.iso3, (place.name if place.kind != "country" else None)


# A sentence opening on a name the reference does not know, in apposition: "Smith, a banker and ...".
_SUBORDINATOR_WORDS = ("since ", "when ", "after ", "before ", "while ", "because ", "until ", "as ")
_SUBORDINATOR = re.compile(r"\b(?:since|when|after|before|while|because|until|as)\s+(?=(?:[\w’'-]+\s+){0,3}?PER\d)", re.IGNORECASE)
# "It was al-Sharaa's second trip abroad": someone the reference does not know is the topic now.
_POSSESSIVE_TRIP = re.compile(r"(?:'s|’s)\s+(?:(?:first|second|third|fourth|fifth|latest|last|maiden|own|recent|previous)\s+)?"
                              r"(?:(?:foreign|overseas|official|state)\s+)?(?:trip|visit|tour|journey)")
_WORD_AT_END = re.compile(r"(?:(?:al|el|bin|ben)-)?[A-Z][\w’'-]*$")


def _unknown_traveller(masked: str) -> re.Match[str] | None:
    """The first possessive trip of someone the reference does not know ("It was al-Sharaa's second trip
    abroad"), found from the cheap "'s trip" end back to the name."""
    for m in _POSSESSIVE_TRIP.finditer(masked):
        word = _WORD_AT_END.search(masked, max(0, m.start() - 40), m.start())
        if word is not None and not _TOKEN_WORD.match(word.group(0)) and (
                word.start() == 0 or not masked[word.start() - 1].isalnum()):
            return word
    return None


_TOKEN_WORD = re.compile(r"(?:PER|LOC|DEM|GOV|EVT)\d")
_UNKNOWN_SUBJECT = re.compile(r"\s*(?!(?:PER|LOC|DEM|GOV|EVT)\d)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*,\s+(?:a|an)\s+[a-z]")
# "When PER0 travels to X, it will be announced": a generic or hypothetical time clause.
_WHEN_CLAUSE = re.compile(r"\bwhen(?:ever)?\s+(?:[\w’']+\s+){0,3}$", re.IGNORECASE)
# Background trips in a list, each with its own time: "visited LOC0 in July and LOC1 in August",
# "trips to LOC0 last year and to LOC1 last month", "travelled to LOC0 in 2016 and to LOC1 in 2017".
_DATE_WORD = (r"(?:in|on|at|last|this|next|early|late|earlier|later|the|of|year|month|week|ago|spring|summer|"
              r"autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|"
              r"December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|"
              r"Friday|Saturday|Sunday|\d{1,4}(?:st|nd|rd|th)?)")
_LEG_FIRST = re.compile(r"\s*(?:(?:to|in)\s+)?(?:the\s+)?LOC(\d+)")
_LEG_NEXT = re.compile(rf"(?:[\s,]+{_DATE_WORD}){{0,4}}\s*(?:,\s*and|,|and|as\s+well\s+as)\s+(?:then\s+)?(?:(?:on\s+)?to\s+|in\s+)?"
                       r"(?:the\s+)?LOC(\d+)", re.IGNORECASE)
_LEG_DATED = re.compile(rf"^(?:[\s,]+{_DATE_WORD}){{1,4}}", re.IGNORECASE)


# ", and to LOC0 and LOC1 in June": the verb's "to" repeated for the next leg, after any aside.
_AND_TO_LEG = re.compile(
    r"(?:,\s*|\s+)(?:and|then|and\s+then)\s+(?:then\s+)?(?:on\s+)?to\s+(?:the\s+)?LOC(\d+)"
    r"((?:\s*(?:,|,?\s+and)\s+(?:the\s+)?LOC\d+)*)")
_LOC_INDEX = re.compile(r"LOC(\d+)")
_GAP_SUBJECT = re.compile(r"(?:^|[,:]\s*|\b(?:and|but|while|as)\s+)PER\d+\s+(?!inauguration|visit|trip)[a-z]")


def _to_legs(masked: str, pos: int, end: int) -> list[tuple[int, int]]:
    """[(LOC index, offset after it)] for "to LOC0 in May, ..., and to LOC1 and LOC2 in June": the
    places after ``pos`` (a verb ending in "to"), when a later leg repeats the "to" and some leg has
    its own time. Asides between legs may not name a person or end the clause."""
    first = _LEG_FIRST.match(masked, pos, end)
    if first is None:
        return []
    legs = [(int(first.group(1)), first.end())]
    for extra in _LIST_PLACE_AFTER.finditer(masked, first.end(), end):
        if extra.start() != legs[-1][1]:
            break
        legs.append((int(extra.group(1)), extra.end()))
    at = legs[-1][1]
    dated = bool(_LEG_DATED.match(masked[at:end]))
    found = False
    while (more := _AND_TO_LEG.search(masked, at, end)) is not None:
        gap = masked[at : more.start()]
        if ";" in gap or len(gap) > 100 or _GAP_SUBJECT.search(gap):
            break
        found = True
        dated = dated or bool(_LEG_DATED.match(gap))
        legs.append((int(more.group(1)), more.end(1)))
        for extra in _LOC_INDEX.finditer(more.group(2)):
            legs.append((int(extra.group(1)), more.start(2) + extra.end()))
        at = more.end()
        dated = dated or bool(_LEG_DATED.match(masked[at:end]))
    return legs if found and dated else []


def _dated_legs(masked: str, pos: int, end: int) -> list[tuple[int, int]]:
    """[(LOC index, offset after it)] for a list of places after ``pos``, when some leg has its own time."""
    first = _LEG_FIRST.match(masked, pos, end)
    if first is None:
        return []
    legs = [(int(first.group(1)), first.end())]
    dated = False
    at = first.end()
    while (more := _LEG_NEXT.match(masked, at, end)) is not None:
        dated = dated or bool(_LEG_DATED.match(masked[at : more.start(1)]))
        legs.append((int(more.group(1)), more.end()))
        at = more.end()
    dated = dated or bool(_LEG_DATED.match(masked[at:end]))
    return legs if len(legs) > 1 and dated else []


# "here" as a place: "arrived here", "talks here", not "here is why".
_HERE = re.compile(r"\s*here\b(?!\s+(?:is|are|was|were)\b)", re.IGNORECASE)
_HERE_ANYWHERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were)\b)", re.IGNORECASE)
# A stay with no place named: "on a two-day visit", "on his first state visit", "his visit here".
_STAY_HERE = re.compile(
    r"\b(?:on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b(?!\s+(?:to|of|in|at|by|with|abroad|next|later)\b)"
    r"(?!\s*(?:[,.;]|$)\s*(?:to|in)\b)|"
    r"(?P<past>during\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay)\s+here)\b)",
    re.IGNORECASE,
)


# ---- tour legs ----------------------------------------------------------------------------------

# "arrived in LOC0 from LOC1": the place come from is a finished leg.
# Found from "from LOC" (a rare literal) back to the verb: scanning for the verbs costs more.
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?LOC(?P<o>\d+)(?!\s*(?:'s|’s|,\s*where))")
_ARRIVED_BEFORE = re.compile(
    r"\b(?:arrived|landed|flew|came|travell?ed|headed|moved)\s+(?:on\s+)?(?:in|at|to|into)\s+(?:the\s+)?LOC\d+\s+"
    r"(?:[\w’']+\s+){0,3}?$", re.IGNORECASE)
# "LOC0 is next", "the next stop is LOC1", "his next stop will be LOC2": a leg ahead.
_NEXT_STOP = re.compile(
    r"(?:LOC|GOV)(?P<a>\d+)\s+(?:is|comes|will\s+be)\s+next\b|"
    r"(?<!\w)[Nn]ext\s+(?:stop|leg|destination|port\s+of\s+call)\s+(?:is|will\s+be|was)\s+(?:the\s+)?(?:LOC|GOV)(?P<b>\d+)")
# "after stops in LOC0 and LOC1", "following visits to LOC2": legs already done.
# (Spelled to start with a character set and no IGNORECASE, so the engine skips ahead cheaply.)
_MET_BEFORE_STOPS = re.compile(r"\b(?:meet|met|meeting|see|saw|with|by)\s+PER\d+\s*,?\s*$")
_AFTER_STOPS = re.compile(
    r"(?<!\w)(?:[Aa]fter|[Ff]ollowing|[Hh]aving\s+made|[Ff]resh\s+from|[Ss]traight\s+from)\s+(?:\w+\s+){0,2}?(?:stops?|stopovers?|visits?|stays?|legs?|days|nights|talks|trips?|summit)\s+(?:in|to)\s+"
    r"(?:the\s+)?LOC(?P<a>\d+)")
_MORE_PLACES = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:in\s+|to\s+)?(?:the\s+)?(?:LOC|GOV)(\d+)", re.IGNORECASE)
# "left LOC0 for LOC1", "will leave LOC2 for LOC3": the place left, and the next one.
_LEFT_FOR = re.compile(
    r"(?<!\w)(?P<verb>[Ll]eft|[Ll]eaves|[Ll]eave|[Ll]eaving|[Dd]eparted|[Dd]eparts|[Dd]epart|[Dd]eparting)\s+"
    r"(?:the\s+(?:\w+\s+)?(?:city|capital)\s+of\s+)?LOC(?P<a>\d+)\s+(?:[\w’']+\s+){0,3}?for\s+(?:the\s+)?LOC(?P<b>\d+)")
# "the tour ends in LOC0 on Friday", "his trip wrapped up in LOC1": the last leg.
_TOUR_END = re.compile(
    r"(?<!\w)(?:[Tt]our|[Tt]rip|[Jj]ourney|[Ss]wing|[Vv]isit)(?:\s*,[^,;]{1,90},)?\s+(?:(?:will|is\s+(?:due|set|scheduled|expected)\s+to)\s+)?"
    r"(?P<verb>ends?|ended|concludes?|concluded|wraps?\s+up|wrapped\s+up|finish(?:es)?|finished|closes|closed|"
    r"began|begins|started|starts|opened|opens|kicked\s+off)\s+"
    r"(?:\w+\s+){0,2}?in\s+(?:the\s+)?LOC(?P<a>\d+)")
# A trip called off, told with no place: "That leg has been postponed indefinitely", "The visit was
# called off", "officials scrapped the rest of his trip". What it refers to is the trip told nearby.
_CANCEL_TOLD = re.compile(
    r"\b(?P<det>the|that|this|his|her|their|PER\d+(?:'s|’s)?)\s+(?:[\w-]+\s+){0,3}?(?P<noun>visits?|trips?|legs?|tour|journey|stopover|stop|"
    r"travel\s+plans)\b(?:\s+(?:to|in)\s+(?:the\s+)?LOC(?P<loc>\d+))?(?:\s*,[^,;]{1,140},)?"
    r"(?:\s+(?!to\b|in\b|at\b)[\w’']+){0,4}?\s+(?:has|have|had|was|were|is|are|will)\s+(?:been\s+|being\s+|be\s+)?"
    r"(?:now\s+|also\s+)?(?P<verb>cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|put\s+off|put\s+on\s+hold|delayed|abandoned)\b|"
    r"\b(?P<verb2>cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|put\s+off|delayed|abandoned)\s+(?P<rest>the\s+rest\s+of\s+)?"
    r"(?P<det2>the|that|this|his|her|their|PER\d+(?:'s|’s)?)\s+(?:[\w-]+\s+){0,3}?(?P<noun2>visits?|trips?|legs?|tour|journey|stopover|stop|"
    r"travel\s+plans)\b",
    re.IGNORECASE,
)
_LIST_PLACE = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:then\s+)?(?:to\s+)?LOC(\d+)")
_LIST_PLACE_AFTER = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?LOC(\d+)")
# A trip not made names its places with "or" too: "will no longer go to LOC0 or LOC1".
_EITHER_PLACE = re.compile(r"\s*(?:,|and|,\s*and|or|,\s*or|nor)\s+(?:then\s+)?(?:to\s+)?LOC(\d+)")
# ", and then on to LOC0": the next leg of the motion the sentence told.
_THEN_ON_TO = re.compile(r"\b(?:and\s+)?then\s+on\s+to\s+(?:the\s+)?LOC(?P<a>\d+)", re.IGNORECASE)


# A word every _TOUR_END match holds (its verb, or a piece of it).
_TOUR_END_VERBS = ("ends", "ended", "conclud", "wrap", "finish", "closed", "closes", "began", "begins", "start", "opened",
                   "opens", "kicked")


def _leg_anchors(m: str, possible: frozenset[str]) -> set[str]:
    """Which leg rules can match this masked sentence: plain substring tests (a regex scan costs more
    than all of them, and most sentences have none), only for those the article can hold at all."""
    out = set()
    if "from" in possible and ("from LOC" in m or "from the LOC" in m) and ("arrived" in m or "landed" in m or "flew" in m or "came" in m
                                                     or "travel" in m or "headed" in m or "moved" in m):
        out.add("from")
    if "next" in possible and ("is next" in m or "comes next" in m or "be next" in m or "next stop" in m or "next leg" in m
                        or "next destination" in m or "next port" in m):
        out.add("next")
    if "after" in possible and ("stop" in m or "visits" in m or "stays" in m or "legs" in m or "days" in m or "nights" in m
                                or "talks" in m or "trip" in m or "summit" in m) and (
            "fter" in m or "ollowing" in m or "aving" in m or "from" in m):
        out.add("after")
    if "left" in possible and (" for LOC" in m or " for the LOC" in m) and ("left" in m or "eave" in m or "epart" in m):
        out.add("left")
    if "then" in possible and "then on" in m:
        out.add("then")
    if "end" in possible and ("tour" in m or "trip" in m or "ourney" in m or "swing" in m or "isit" in m) and (
            _has_any(m, _TOUR_END_VERBS)):
        out.add("end")
    return out


def _legs_possible(text: str) -> frozenset[str]:
    """The leg rules an article's text can feed at all (checked once per article)."""
    out = []
    if "from " in text:
        out.append("from")
    if "next" in text:
        out.append("next")
    if ("stop" in text or "visits" in text or "stays" in text or "legs" in text or "days" in text or "nights" in text
            or "fresh from" in text or "straight from" in text):
        out.append("after")
    if "left " in text or "eave" in text or "epart" in text:
        out.append("left")
    if "then on" in text:
        out.append("then")
    if _has_any(text, _TOUR_END_VERBS):
        out.append("end")
    return frozenset(out)


_CANCEL_VERB_HINT = re.compile(r"[Cc]ancel|called\s+off|[Pp]ostpon|[Ss]crap|[Ss]helv|put\s+off|on\s+hold|[Dd]elay|[Aa]bandon")
# A literal every match of _CANCEL_VERB_HINT holds: the pattern opens on no fixed character, so the
# engine tries it at every offset (~140 us over a 4 KB article); these substring tests cost ~5 us.
_CANCEL_VERB_LITERALS = ("ancel", "called", "ostpon", "crap", "helv", "put", "hold", "elay", "bandon")


def _cancel_verb_hint(text: str) -> bool:
    """``_CANCEL_VERB_HINT.search(text) is not None``, skipped when no literal it needs is there."""
    return any(word in text for word in _CANCEL_VERB_LITERALS) and _CANCEL_VERB_HINT.search(text) is not None


_CANCEL_NOUN_HINT = ("tour", "trip", "journey", "swing", "visit", "leg", "stop", "travel")
# Searched from one word before its first stem ("International Criminal Court"); it had no gate.
_WARRANT_CAUSE = _Gated(_WARRANT_CAUSE, "warrant arrest icc criminal hague", back=1, gated=False)  # type: ignore[assignment]

# The case-insensitive alternations searched most, through a first-character probe (same matches;
# each search ~1.5-2.5x faster on the dev, holdout and final articles): see warrantwatch.rxfast.
(_CANCEL_VERB_HINT, _TITLE_RX, _W_REQUEST, _GATHER_IN, _IF_UNLESS, _W_WITHDRAWN, _CANCEL_RX,
 _W_REJECTED, _NOUN_PLANNED, _MEET_RX, _W_NEGATED, _PRE_PAST_PLAN, _WARRANT_NOUNISH, _PRE_NEG, _W_ISSUE_WORD,
 _GATHERING_SENTENCE, _W_SPEC, _CAUSE_WORD, _NOT_ARREST_WARRANT, _HOSTED_RX) = (  # type: ignore[assignment]
    Probed(rx) for rx in (
        _CANCEL_VERB_HINT, _TITLE_RX, _W_REQUEST, _GATHER_IN, _IF_UNLESS, _W_WITHDRAWN, _CANCEL_RX,
        _W_REJECTED, _NOUN_PLANNED, _MEET_RX, _W_NEGATED, _PRE_PAST_PLAN, _WARRANT_NOUNISH, _PRE_NEG, _W_ISSUE_WORD,
        _GATHERING_SENTENCE, _W_SPEC, _CAUSE_WORD, _NOT_ARREST_WARRANT, _HOSTED_RX))
for _gated in (_PRE_FUTURE,):
    _gated.rx = Probed(_gated.rx)  # type: ignore[assignment]
# Anchored at the clause's end and short: a match spans at most 8 tokens ("declined an official
# invitation to" is 5, then up to 3 more: whitespace runs \s*, \w+\s+, \w+\s+), so only the last 8
# tokens of a long clause are searched. Likewise the past-plan cue ("had originally been expected
# to" + 3) and the negation cue ("no longer" + 3).
_PRE_DECLINE.rx = Probed(_PRE_DECLINE.rx, tail_tokens=8)  # type: ignore[assignment]
_PRE_PAST_PLAN = Probed(_PRE_PAST_PLAN.rx, tail_tokens=8)  # type: ignore[attr-defined]
_PRE_NEG = Probed(_PRE_NEG.rx, tail_tokens=5)  # type: ignore[attr-defined]


# ---- the tagger -----------------------------------------------------------------------------------


class _PastPlan(NamedTuple):
    """A trip told as a plan now over ("had planned to travel to X"): what a later "the visit was
    called off" may refer to."""

    index: int  # of the sentence it was told in
    travelers: list[Entity]
    dests: list[tuple[str, str | None, str | None, float]]
    sentence: Sentence
    anchor: int  # the verb's offset in the masked sentence


class _CancelNote(NamedTuple):
    """A trip called off with no place of its own ("The visit was called off")."""

    index: int  # of the sentence it was told in
    person: Person | None
    sentence: Sentence
    at: int  # where the called-off phrase starts in the masked sentence
    one_leg: bool  # "that leg", "this stop": only the nearest plan
    rest: bool  # "the rest of his trip": only the legs told after it


@dataclass
class _Fact:
    kind: str
    person: Person
    status: str
    sentence: Sentence
    confidence: float
    host: str | None = None
    city: str | None = None
    occasion: str | None = None
    court: str | None = None
    date: str | None = None
    reason: str | None = None
    cued: bool = True  # warrants: False when no status cue was found (a bare "the warrant")
    # Tense of the telling: a plan told in the present ("intends to go") is still ahead; a refusal
    # told in the past ("stayed away", "did not go") is over, so it cannot be what became of that plan.
    tense: str | None = None
    # A trip told only as the one before another ("first visit since July 2000"): never the same trip as
    # the other one its sentence tells.
    earlier: bool = False


# The clause breaks of the sentence being analysed: the rules ask for clause bounds many times per
# sentence, so the breaks are found once (keyed by the masked string's identity, never its text).
_breaks_memo: list[Any] = [None, ()]


def _clause_bounds(masked: str, pos: int) -> tuple[int, int]:
    if _breaks_memo[0] is not masked:
        _breaks_memo[0] = masked
        rx = _CLAUSE_BREAK if "-" in masked or "—" in masked or "–" in masked else _CLAUSE_BREAK_NO_DASH
        _breaks_memo[1] = tuple(m.span() for m in rx.finditer(masked))
    start, end = 0, len(masked)
    for b_start, b_end in _breaks_memo[1]:
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


def _stay_over(when: str | None, evidence: str, published: date) -> bool:
    """Whether a stay begun ``when`` must be over by the article's date: a past month's arrival, one
    more than two weeks back, or one whose stated length ("a three-day visit") has run out."""
    if when is None:
        return False
    if len(when) < 10:
        return when < published.isoformat()[: len(when)]
    days = (published - date.fromisoformat(when)).days
    length = _STAY_LENGTH.search(evidence)
    if length:
        word = length.group(1).lower()
        return days >= (int(word) if word.isdigit() else _STAY_DAYS[word])
    return days > 14


def _first_day(value: str) -> date:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD value."""
    return date.fromisoformat((value + "-01-01")[:10])


def _pair_named(sentence: Sentence) -> tuple[Person, Person] | None:
    """The two people a sentence names (titles and pronouns included), if it names exactly two."""
    people = list({e.person.name: e.person for e in sentence.entities if e.person is not None}.values())
    return (people[0], people[1]) if len(people) == 2 else None


def _date_cues(sentence: Sentence, pos: int, end: int) -> tuple[bool, bool, bool, bool]:
    """For the date expression at ``pos:end`` of the masked sentence: (told as when something was
    said, names an event, bounded by "since/until/..." before it, that word being "since")."""
    masked = sentence.masked
    before = masked[max(0, pos - 12): pos].lower()
    cues = (_SAID_ON.search(masked, max(0, pos - 40), pos) is not None,
            _DATE_AS_NAME.match(masked, end) is not None,
            _BOUNDED_BEFORE.search(before) is not None,
            before.rstrip().removesuffix(" the").endswith("since"))
    sentence._cues[(pos, end)] = cues
    return cues


def _person_country(person: Person, on: date) -> str | None:
    current = person.offices_on(on)
    if current:
        return current[0].country
    return person.country


def _per(entities: list[Entity], index: str | int) -> Entity:
    return entities[int(index)]


# "PER0 and PER1 of LOC2, who ...": the people a relative clause hangs on (a coordinated list too).
_RELATIVE_SUBJECT = re.compile(r"((?:PER\d+(?:\s+of\s+LOC\d+)?\s*(?:,\s*|,?\s+and\s+))*PER\d+)(?:\s+of\s+LOC\d+)?(?:'s|’s)?\s*,\s*(?:who|whose|whom)$")


def _travelers_before(masked: str, entities: list[Entity], pos: int, clause_start: int) -> list[Entity]:
    """The traveller of a verb at ``pos``: the nearest PER before it in the clause ("X and Y": both)."""
    window = masked[clause_start:pos]
    found = list(_PER_INDEX.finditer(window))
    relative_near = ", wh" in masked[max(0, pos - 200) : pos]  # (a cheap test before the two searches below)
    if found and relative_near and (rel := _SUBJECT_PAST_RELATIVE.search(masked, max(0, pos - 200), pos)) is not None:
        # "PER1, whom PER2 called corrupt, did not attend": the verb after the relative clause is PER1's.
        return [_per(entities, i) for i in _PER_INDEX.findall(rel.group(1))]
    if not found:
        # "Xi, who is in South Africa": a relative clause's subject is the name it hangs on.
        rel = _RELATIVE_SUBJECT.search(masked[:clause_start])
        return [_per(entities, i) for i in _PER_INDEX.findall(rel.group(1))] if rel else []
    last = found[-1]
    # "PER0 accepted an invitation from PER1 to visit": the one a phrase comes from is no subject.
    while len(found) > 1 and (_FROM_BY_AT_END.search(window[max(0, last.start() - 6) : last.start()]) or (
            _MEETING_OBJECT_END.search(window[max(0, last.start() - 10) : last.start()])
            and _COORDINATED_VERB_END.search(window, last.end()))):
        found.pop()
        last = found[-1]
    if _ROLE_OF.match(window, last.end()) and (
            window.startswith(("'s", "’s"), last.end()) or _per(entities, last.group(1)).surface.lower() in {"his", "her"}):
        return []  # "PER0's adviser Celso Amorim went to ...": the adviser went, not PER0
    chosen = [_per(entities, last.group(1))]
    # "PER0 and PER1 will attend": a coordinated subject travels together ("PER0 and LOC1's PER2" too).
    head = _COUNTRY_POSSESSIVE_END.sub("", window[: last.start()])
    # "PER1, whose politics PER2 admires, and PER4 were also there": the first one too.
    split = _LISTED_PAST_RELATIVE.search(masked, max(0, clause_start + last.start() - 200), clause_start + last.start()) if relative_near else None
    if split is not None:
        chosen.insert(0, _per(entities, split.group(1)))
        head = head[: max(0, split.start() - clause_start)]
    m = _PER_LISTED_AT_END.search(head)
    while m:
        chosen.insert(0, _per(entities, m.group(1)))
        head = _COUNTRY_POSSESSIVE_END.sub("", head[: m.start()])  # "LOC0's PER1, LOC2's PER3 and ..."
        m = re.search(r"PER(\d+)\s*(?:,\s*|\s+and\s+)$", head)
    return chosen


# "PER0's chief foreign policy adviser, X, went": the possessor's aide, minister or family is the subject.
_ROLE_OF = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:advis[eo]rs?|aides?|envoys?|spokes(?:man|woman|person)|ministers?|secretary|"
    r"wife|husband|son|daughter|sons|daughters|family|deputy|deputies|delegation|negotiators?|representatives?|"
    r"ambassadors?|officials?|team|government|chief\s+of\s+staff|emissary|special\s+representative|"
    r"predecessor|successor|party|diplomats?|generals?|commanders?|troops|forces)\b(?!\s+(?:to|in|at)\b)",
    re.IGNORECASE,
)


class _ArticleTagger:
    def __init__(self, article_id: str, text: str, published: date, lex: Lexicon) -> None:
        self.article_id = article_id
        self.text = text
        self.published = published
        self.lex = lex
        self.facts: list[_Fact] = []
        self.is_cricket = bool(_CRICKET_RX.search(text)) and not re.search(r"International\s+Criminal\s+Court", text)
        self.mentions_icc = bool(_ICC_RX.search(text)) and not self.is_cricket
        self.context: tuple[str, str | None, str | None] | None = None  # the article's gathering
        self.last_host: dict[str, tuple[str, str | None, str | None]] = {}  # traveller -> latest host
        self.planned_host: dict[str, tuple[str, str | None, str | None]] = {}  # traveller -> next host told
        self.homes: dict[str, str | None] = {}
        self.went_home: set[str] = set()  # travellers the article has seen fly home
        self.gathering_day: tuple[str, str] | None = None  # (host, first day) of the article's gathering
        self.opening_day: tuple[str, str] | None = None  # (host, day) the article's gathering opened, today
        # Where the story is filed from: "arrived on Tuesday", "on a two-day visit", "talks here" put a
        # foreign traveller there (never a leader at home: domestic trips are dropped in _add_visit).
        self.dateline = dateline_place(text, lex.gaz)
        self.sentence_index = 0
        self.legs_possible = _legs_possible(text)
        # Called-off trips need one of these words somewhere (checked once per article).
        self.cancel_possible = _cancel_verb_hint(text)
        # The latest traveller given a trip, with the sentence it was told in: "The tour ends in X",
        # "Budapest is next", "The visit was called off" continue that traveller's story.
        self.last_traveler: tuple[int, Person] | None = None
        self.past_plans: list[_PastPlan] = []
        self.cancel_notes: list[_CancelNote] = []
        # The last warrant or application told (sentence index, status, court, date): its subjects may be
        # named in the next sentence.
        self.last_warrant: tuple[int, str, str, str | None] | None = None
        self.warrants_before: list[_Fact] = []  # warrants the previous sentence told as issued
        self.sentences: list[Sentence] = []
        self.national_court: tuple[int, str] | None = None  # (sentence, ISO3) of the last national court told
        # A story about a one-day ceremony (a funeral, a coronation, an inauguration): those told in the
        # past tense as present at it were there and are done, not still there.
        opening = text[:600].lower()
        self.ceremony = any(w in opening for w in _CEREMONY_HINTS) and _CEREMONY_STORY.search(opening) is not None

    def _update_context(self, sentence: Sentence) -> None:
        """Remember the latest gathering with a place ("a summit in Johannesburg", "this week's G-20")."""
        masked, ents = sentence.masked, sentence.entities
        if "EVT" not in masked and not _has_any(masked.lower(), _GATHERING_WORDS):
            return
        for m in _GATHERING_NAMED.finditer(masked):
            after = masked[m.end():]
            place = _EVT_PLACE_RX.match(after)
            if place:
                loc = _per(ents, place.group("i"))
                occasion = _per(ents, m.group("e")).event.name if m.group("e") else _generic_occasion(m.group("g"))
                self.context = (loc.iso3, loc.city, occasion)
            elif m.group("e") and _ORG_NOT_MEETING.match(after):
                continue  # "NATO's bombing", "the EU's rules": the body, not one of its meetings
            elif m.group("e"):
                event = _per(ents, m.group("e")).event
                host = event.host(self._year_near(sentence, m.start(), "nearest")) if event else None
                if host:
                    self.context = (host[0], host[1], event.name)
            elif (where := _GATHER_IN.search(masked)) is not None:
                # "Leaders are meeting in Kazan for a summit of ...": the place the gathering is in.
                loc = _per(ents, where.group(1))
                self.context = (loc.iso3, loc.city, _generic_occasion(m.group("g")))
        if self.context is not None and self.opening_day is None:
            # "The summit opened in Johannesburg on Saturday" in Saturday's paper: the gathering is
            # today's, and those told to be at it (or to stay away) with no day of their own are dated by it.
            for mention in sentence.dates("past"):
                if (len(mention.value) == 10 and 0 <= (self.published - date.fromisoformat(mention.value)).days <= 1
                        and _OPENED_BEFORE.search(masked, max(0, mention.start - 60), mention.start)):
                    self.opening_day = (self.context[0], mention.value)
                    break

    # -- destinations --
    def _event_host(self, sentence: Sentence, ent: Entity, after: str, ents: list[Entity], anchor: int,
                    prefer: str) -> tuple[str | None, str | None, str | None]:
        """(host ISO3, city, occasion) for an event token: "in LOC" after it, "LOC hosted", or the table."""
        m = _EVT_PLACE_RX.match(after)
        occasion = ent.event.name if ent.event else None
        if m:
            place = _per(ents, m.group("i"))
            return place.iso3, place.city, occasion
        hosted = _HOSTED_RX.search(sentence.masked)
        if hosted:
            place = _per(ents, hosted.group("i"))
            return place.iso3, None, occasion
        if ent.event is not None:
            year = self._year_near(sentence, anchor, prefer)
            host = ent.event.host(year)
            if host:
                return host[0], None, occasion
        return None, None, occasion

    def _year_near(self, sentence: Sentence, anchor: int, prefer: str) -> int | None:
        """The year of the date nearest ``anchor``; ``prefer="nearest"``: read it as past or future,
        whichever lies nearer the article ("the summit on Sept. 9-10" in the paper of Sept. 8)."""
        if prefer == "nearest":
            told = [d for d in (self._date_near(sentence, anchor, p, any_side=True) for p in ("past", "future")) if d]
            when = min(told, key=lambda d: abs((_first_day(d) - self.published).days), default=None)
        else:
            when = self._date_near(sentence, anchor, prefer, any_side=True)
        if when is not None:
            return int(when[:4])
        return self.published.year

    def _destinations(self, sentence: Sentence, pos: int, clause_end: int, prefer: str,
                      either: bool = False) -> list[tuple[str, str | None, str | None, float]]:
        """Destinations right after a verb at ``pos``, and the stops told after them ("a trip to Europe,
        with stops in France and Serbia")."""
        out = self._destinations_named(sentence, pos, clause_end, prefer, either)
        if "stop" in sentence.masked:
            # (a participle's stops run past a comma: "toured Africa, stopping in Kenya, Uganda and Zimbabwe")
            stops = _WITH_STOPS.search(sentence.masked, pos, _clause_bounds(sentence.masked, clause_end)[1]
                                       if clause_end < len(sentence.masked) and sentence.masked[clause_end] == "," else clause_end)
            if stops is not None:
                for index in _LOC_INDEX.findall(stops.group(0)):
                    place = _per(sentence.entities, index)
                    if place.kind == "LOC" and all(place.iso3 != d[0] for d in out):
                        out.append((place.iso3, place.city, None, 0.8))
        return out

    def _destinations_named(self, sentence: Sentence, pos: int, clause_end: int, prefer: str,
                            either: bool = False) -> list[tuple[str, str | None, str | None, float]]:
        """Destinations right after a verb at ``pos``: [(iso3, city, occasion, confidence)]."""
        masked, ents = sentence.masked, sentence.entities
        rest = masked[pos:clause_end]
        m = _DEST_RX.match(rest)
        if not m:
            return []
        out: list[tuple[str, str | None, str | None, float]] = []
        if m.group("generic") and m.group("generic").lower() == "country":
            # "visited the country": the country the sentence named before the verb.
            named = [e for e in _LOC_TOKEN.findall(masked[:pos]) if not _per(ents, e).city]
            if named and re.match(r"\s*the\s", rest, re.IGNORECASE):
                place = _per(ents, named[-1])
                out.append((place.iso3, None, None, 0.75))
            return out
        if m.group("generic"):
            after = rest[m.end():]
            place = _EVT_PLACE_RX.match(after)
            if place:
                ent = _per(ents, place.group("i"))
                out.append((ent.iso3, ent.city, _generic_occasion(m.group("generic")), 0.8))
            elif m.group("generic").lower() in _CEREMONY and (whose := _CEREMONY_OF.match(after)) is not None:
                if whose.group("p"):
                    owner = _per(ents, whose.group("p")).person
                    home = self._home(owner) if owner is not None else None
                    if home:
                        out.append((home, None, None, 0.75))
                else:
                    out.append((_per(ents, whose.group("i")).iso3, None, None, 0.8))
            else:
                hosted = _HOSTED_RX.search(masked)
                if hosted and m.group("generic").lower() in {"summit", "forum", "conference", "meeting", "gathering"}:
                    ent = _per(ents, hosted.group("i"))
                    out.append((ent.iso3, None, _generic_occasion(m.group("generic")), 0.75))
                elif self.context is not None and re.match(r"\s*(?:the|this)\s", rest[: m.start("generic")] or " ", re.IGNORECASE):
                    # "the summit", "the city": the gathering or place the article is about.
                    iso3, city, occasion = self.context
                    if m.group("generic").lower() in {"city", "capital"}:
                        out.append((iso3, city, None, 0.7))
                    else:
                        out.append((iso3, city, occasion, 0.7))
                elif (self.dateline is not None and m.group("generic").lower() in {"city", "capital"}
                      and re.match(r"\s*the\s", rest[: m.start("generic")] or " ", re.IGNORECASE)):
                    out.append((self.dateline[0], self.dateline[1], None, 0.7))  # "arrived in the capital": the dateline's
            return out
        ent = _per(ents, m.group("i"))
        if m.group("kind") == "EVT":
            iso3, city, occasion = self._event_host(sentence, ent, rest[m.end():], ents, pos, prefer)
            if iso3:
                out.append((iso3, city, occasion, 0.85 if city or _EVT_PLACE_RX.match(rest[m.end():]) else 0.75))
            return out
        out.append((ent.iso3, ent.city, None, 0.9))
        tail = rest[m.end():]
        at = 0  # every place of a list: "to LOC0, LOC1 and LOC2"
        while (more := (_EITHER_PLACE if either else _LIST_PLACE).match(tail, at)) is not None:
            extra = _per(ents, more.group(1))
            out.append((extra.iso3, extra.city, None, 0.85))
            at = more.end()
        # The next leg: "..., followed by two days in Tokyo", "then on to Seoul".
        low = tail.lower()
        for leg in _NEXT_LEG.finditer(tail) if "then" in low or "followed" in low else ():
            extra = _per(ents, leg.group(1))
            if extra.kind == "LOC":
                out.append((extra.iso3, extra.city, None, 0.8))
        return out

    def _place_in_clause(self, sentence: Sentence, start: int, end: int, prefer: str, anchor: int,
                         where_only: bool = False) -> list[tuple[str, str | None, str | None, float]]:
        masked, ents = sentence.masked, sentence.entities
        out = []
        for m in _IN_PLACE_RX.finditer(masked, start, end):
            if where_only and m.group(0)[:2].lower() == "to":
                continue
            if _TOPIC_PLACE.search(masked, max(0, m.start() - 30), m.start()):
                continue  # "talks on the war in Gaza": a topic, not a place
            if m.group("kind"):
                ent = _per(ents, m.group("i"))
                if ent.kind == "LOC":
                    out.append((ent.iso3, ent.city, None, 0.85))
            else:
                ent = _per(ents, m.group("ei"))
                iso3, city, occasion = self._event_host(sentence, ent, masked[m.end(): end], ents, anchor, prefer)
                if iso3:
                    out.append((iso3, city, occasion, 0.75))
        if not out:
            hosted = _HOSTED_RX.search(masked, start, end)
            if hosted:
                ent = _per(ents, hosted.group("i"))
                occasion = None
                evt = re.search(r"EVT(\d+)", masked[hosted.end(): end])
                if evt:
                    occasion = _per(ents, evt.group(1)).event.name
                out.append((ent.iso3, None, occasion or "summit", 0.8))
        return out[:1]

    # -- dates --
    def _date_near(self, sentence: Sentence, anchor: int, prefer: str, any_side: bool = False,
                   status: str | None = None, allow_since: bool = False, visit: bool = False) -> str | None:
        """The date expression nearest to ``anchor`` (a masked offset) in its clause, if it fits the status."""
        if sentence._scanned is None:
            # Before the first scan of the sentence: a clause with no date words, digits or month
            # names holds no date expression (none spans a clause break but a "18 - 19 Nov" span,
            # whose first day is in its clause), so the scan is spared.
            start, end = _clause_bounds(sentence.masked, anchor)
            if not may_hold_date(sentence.masked[start : end + 1]) and not _TIMELINE_HEAD.match(sentence.masked):
                return None
        candidates = sentence.dates(prefer)
        if not candidates:
            return None
        start, end = _clause_bounds(sentence.masked, anchor)
        best: tuple[int, str] | None = None
        cues = sentence._cues
        for mention in candidates:
            pos = mention.start
            if not (start <= pos <= end):
                continue
            said_on, as_name, bounded, since = cues.get((pos, mention.end)) or _date_cues(sentence, pos, mention.end)
            if visit and said_on:
                continue  # "the Kremlin said on Friday": when it was said, not when the trip is
            if as_name:
                continue  # "the Oct. 7 attack", "the March 2022 invasion": names an event, dates nothing here
            if bounded and not (allow_since and since):
                continue
            if visit and not allow_since and pos > anchor and sentence.has_between("since", _SINCE_WORD, max(anchor, pos - 40), pos):
                continue  # "his first trip to X since relations froze in 2020": the time before the trip
            if status and not _date_fits(mention.value, status, self.published):
                continue
            if status == "planned" and len(mention.value) >= 7 and (_first_day(mention.value) - self.published).days > 300:
                # "After a call on Oct. 16, X announced he would ..." in late October: the call ten days ago,
                # not a trip a year ahead.
                past = next((d.value for d in sentence.dates("past") if d.start == pos), None)
                if past is not None and 0 <= (self.published - _first_day(past)).days <= 60:
                    continue
            distance = abs(pos - anchor)
            if visit and mention.end <= anchor and sentence.has_between("relative", _RELATIVE_WORD, mention.end, anchor) and (
                    _RELATIVE_WORD.search(sentence.masked, mention.end, anchor)):
                continue  # "arrived late on Sunday, ... a tour that will also take him to X": not the relative clause's time
            if visit and mention.end <= anchor and sentence.has_between("and", _AND_WORD, mention.end, anchor):
                distance += 1000  # "went to X in July and returned to Y that October": July is the first verb's
            if best is None or distance < best[0]:
                best = (distance, mention.value)
        if best is None and sentence.masked[:1].isupper() and (head := _TIMELINE_HEAD.match(sentence.masked)) is not None:
            # A timeline entry: "Nov. 21, 2024: A pre-trial chamber issues warrants ...": its date is the event's.
            first = next((d for d in candidates if d.start < head.end()), None)
            if first is not None and (not status or _date_fits(first.value, status, self.published)):
                return first.value
        return best[1] if best else None

    # -- visits --
    def _add_visit(self, travelers: list[Entity], dests: list[tuple[str, str | None, str | None, float]],
                   status: str, sentence: Sentence, anchor: int, base: float, tense: str | None = None,
                   remember: bool = True, told_date: str | None = None, earlier: bool = False) -> None:
        # The date and the reason are found only once a fact is kept (none is for a trip at home or
        # with no place): both are pure look-ups, and the date scan is most of a fact's cost.
        found = False
        when: str | None = None
        reason: str | None = None
        for traveler in travelers:
            person = traveler.person
            if person is None:
                continue
            home = self._home(person)
            for iso3, city, occasion, conf in dests:
                if iso3 is None or iso3 == home:
                    continue  # domestic trips are not visits
                if not found:
                    found = True
                    when, reason = self._visit_date_and_reason(status, sentence, anchor)
                    when = told_date or when
                confidence = base * conf * (0.85 if traveler.via == "pronoun" else 1.0)
                if remember and status == "planned":  # where the traveller is going, not yet where they are
                    self.planned_host[person.name] = (iso3, city, occasion)
                elif remember:  # a leg left behind is not where the traveller is now
                    self.last_host[person.name] = (iso3, city, occasion)
                self.last_traveler = (self.sentence_index, person)
                self.facts.append(_Fact("visit", person, status, sentence, confidence, host=iso3, city=city,
                                        occasion=occasion, date=when, earlier=earlier,
                                        reason=reason, tense=tense))

    def _visit_date_and_reason(self, status: str, sentence: Sentence, anchor: int) -> tuple[str | None, str | None]:
        prefer = "future" if status == "planned" else "past"
        # "has been in Moscow since Wednesday": the stay began that day.
        since = status == "ongoing" and _BEEN_IN_SINCE.search(sentence.masked) is not None
        when = self._date_near(sentence, anchor, prefer, status=status, visit=True, allow_since=since)
        if when is None and status != "planned":
            when = _date_later_than_before(sentence)
        reason = None
        if status in {"declined", "cancelled"} and _WARRANT_CAUSE.search(sentence.text):
            reason = "warrant"
        elif status in {"declined", "cancelled"}:
            # The reason is often the next sentence: "... would not travel, hours after the court
            # issued a warrant for his arrest."
            following = self.text[sentence.end : sentence.end + 400].split("\n\n", 2)
            nxt = " ".join(following[:2])[:400]
            if _WARRANT_CAUSE.search(nxt) and _CAUSE_WORD.search(nxt):
                reason = "warrant"
        return when, reason

    def _note_gathering_days(self, sentence: Sentence) -> None:
        """"The summit runs from Aug. 22 to 24", "The leaders meet on Sept. 9 and 10": the first day
        of the article's gathering, which dates trips to it told elsewhere without a day."""
        if self.context is None or not _GATHERING_SENTENCE.search(sentence.masked):
            return
        for mention in sentence.dates("future"):
            after = sentence.masked[mention.end : mention.end + 12]
            if len(mention.value) == 10 and (mention.kind == "dm" and _DAY_SPAN_INSIDE.search(mention.text)
                                             or _DAY_SPAN_AFTER.match(after)):
                past = next((d.value for d in sentence.dates("past") if d.start == mention.start), mention.value)
                # The occurrence nearest the article's date: a summit announced or just held.
                pick = min((mention.value, past), key=lambda v: abs((date.fromisoformat(v) - self.published).days))
                self.gathering_day = (self.context[0], pick)
                return

    def _status_for_verb(self, form: str, pre: str, clause: str, after: str, clause_verb: str = "") -> str | None:
        if _CONDITIONAL.search(pre) or _IF_UNLESS.search(after):
            return None
        if form == "due":  # "is expected in Delhi next week", "is due in Beijing"
            return None if _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) else "planned"
        if form == "skip":
            return None if _PRE_NEG.search(pre) else "declined"
        if form == "join":
            return "declined" if _VIDEO.search(after) else None
        if _VIDEO.search(after):
            return "declined"  # "will attend by video": not there in person
        if _PRE_DECLINE.search(pre):
            if _PRE_PERFECT.search(pre) or _PERFECT_NEG_AT_END.search(pre):
                return None  # "has not visited India since 2021" is no trip at all
            if _NO_LONGER_AT_END.search(pre) and form == "base":
                return "cancelled"  # "will no longer go to X": an arranged trip called off
            return "declined"
        if _PRE_NEG.search(pre):
            return None
        if _PRE_PAST_PLAN.search(pre):
            return None  # "had planned to attend": the plan is reported as over
        spec = _PRE_SPEC.search(pre[-40:])
        if _PRE_FUTURE.search(pre):
            if spec and not re.search(r"(?:said|confirmed|announced)\s+(?:that\s+)?PER\d+\s+would\s+$", pre):
                if not re.search(r"accept", pre):
                    return None
            return "planned"
        if spec:
            return None
        if form == "past":
            return "completed"
        if form == "arrive_past":
            return "ongoing"
        if form == "arrive":
            return "ongoing"
        if form == "ing":
            if _PRE_BE.search(pre) and _EN_ROUTE.match(clause_verb):
                return "planned"  # "is heading to Rome", "is flying to Delhi": on the way, not there yet
            if re.match(r"PER\d+\s*,\s*$", pre) or _PRE_BE.search(pre):
                return "ongoing"
            if _PRE_WAS.search(pre):
                return "completed"
            return None
        if form == "s":
            return "ongoing"
        if form == "base" and re.search(r"\bdid\s+(?:\w+\s+)?$", pre):
            return "completed"  # "did travel to Mongolia": the emphatic past
        if form == "base" and _PLUPERFECT_AT_END.search(pre) and _PARTICIPLE_GO.match(clause_verb):
            return "completed"  # "had come to Tehran for the swearing-in": a trip before the one told
        if form == "base" and _PRE_PERFECT.search(pre):
            return None
        if form == "base" and re.search(r"\bto\s+$", pre):
            return None  # a bare infinitive with no plan verb: "readiness to visit"
        return None

    def _visits(self, sentence: Sentence) -> None:
        masked, ents = sentence.masked, sentence.entities
        if "PER" not in masked:
            return
        # Verbs of going.
        lower = masked.lower()
        for m, form in _go_matches(masked):
            if form.startswith("past") or form == "base":
                verb = m.group(0).lower()
                if verb.startswith(("visited", "attended")) and _BE_AT_END.search(masked[:m.start()]):
                    continue  # passive ("was attended by"): handled as nothing
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            after = masked[m.end() : c_end]
            if form == "skip" and _ARTICLE_AT_END.search(pre):
                continue  # "was read as a snub", "the boycott": a noun, not someone staying away
            if _OTHER_SUBJECT.search(pre):
                continue  # "a plane that left for X": the verb's subject is not the person
            travelers = _travelers_before(masked, ents, m.start(), c_start)
            if not travelers and _AND_THEN.search(pre):
                # "He held talks in Doha, where ..., and spent Thursday in Abu Dhabi": the verb
                # shares the subject of the sentence's first clause.
                first_break = _clause_bounds(masked, 0)[1]
                travelers = _travelers_before(masked, ents, first_break, 0) if first_break < c_start else []
            if not travelers:
                continue
            if _CONDITIONAL.search(pre):
                continue  # "If X goes to India, ...": the whole clause is hypothetical
            if _HEARSAY.search(pre):
                continue  # "dismissed a report that X was preparing to travel": no trip
            local = pre[pre.rfind("PER"):] if "PER" in pre else pre
            subject_at = pre.rfind(f"PER{ents.index(travelers[-1])}")
            if 0 <= subject_at < pre.rfind("PER"):
                local = pre[subject_at:]  # the subject's words, past a name they come from ("invitation from PER3")
            if form == "apposed":  # "PER0, also in LOC1 for the summit, ...": there now
                if not _APPOSED.search(pre):
                    continue
                form = "arrive"
            # "will embark on ...", "embarked on ..." (its first leg); "will represent Russia at", "represented Brazil at"
            if form in {"embark", "rep"}:
                head = m.group(0).split()[0].lower()
                form = "past" if head.endswith("ed") else "ing" if head.endswith("ing") else "s" if head.endswith("s") else "base"
            # (A condition told after someone else speaks is theirs: "..., said PER5 was ready to go if ...".)
            own_after = after[: next_per.start()] if (next_per := _PER_TOKEN.search(after)) else after
            status = self._status_for_verb(form, local, masked[c_start:c_end], own_after, m.group(0))
            if status is None and _REPORTED_FUTURE.search(pre) and not _PRE_NEG.search(local) and not _CONDITIONAL.search(after):
                status = "planned"  # "said he would travel to China": a reported plan
            if status is None and form == "base" and _PRE_PAST_PLAN.search(local) and not (
                    _PRE_NEG.search(local) or _CONDITIONAL.search(pre) or _HEARSAY.search(pre)):
                # "had been due to fly to X": a plan told as over; what became of it may be told nearby.
                plan_dests = self._destinations(sentence, m.end(), c_end, "future")
                if plan_dests:
                    self.past_plans.append(_PastPlan(self.sentence_index, travelers, plan_dests, sentence, m.start()))
            if status is None:
                continue
            if status == "completed" and _MOVED_TO.match(m.group(0)) and _STILL_THERE.match(masked, m.end()):
                status = "ongoing"  # "flew on to London, where Starmer will host him": there now
            date_anchor = m.start()
            if status == "completed" and m.group(0).lower().startswith(("left for", "departed for")) and (
                    due := _DUE_THERE.match(masked, m.end())) is not None:
                status = "planned"  # "left for Washington on Sunday night, where he is due to meet Biden on Tuesday": on the way
                date_anchor = due.end()  # (dated by what is due there, not by the departure)
            if form in {"s", "base", "arrive"} and status in {"ongoing", "planned"} and _WHEN_CLAUSE.search(pre):
                # "When the president travels to Ukraine, ..." is no trip unless a day ahead is told
                # ("When Modi visits Washington next week, he will ...": planned).
                ahead = self._date_near(sentence, m.start(), "future", status="planned", visit=True)
                if ahead is None or ahead < self.published.isoformat()[: len(ahead)]:
                    continue
                status = "planned"
            if status == "ongoing" and form == "s" and m.group(0).lower().startswith(("leaves", "departs")):
                status = "planned"  # "leaves for Hungary later on Wednesday": not there yet
            if status == "ongoing" and form == "s" and _SCHEDULE_GOING.match(m.group(0)):
                told = self._date_near(sentence, m.start(), "past", status="completed", visit=True)
                if told is None or told >= self.published.isoformat()[: len(told)]:
                    status = "planned"  # "On Saturday night Modi flies on to Rio": a schedule, not a stay
            if status == "ongoing" and form in {"s", "arrive"} and _SCHEDULE_PRESENT.match(m.group(0)):
                ahead = self._date_near(sentence, m.start(), "future", status="planned", visit=True)
                if ahead is not None and len(ahead) == 10 and ahead > self.published.isoformat() or (
                        ahead is not None and _AHEAD_WORDS.search(masked, m.end(), c_end)):
                    status = "planned"  # "goes on to Hanoi on Sunday" in Thursday's paper: a schedule
            if status == "completed" and form == "past" and _MOVE_PAST.match(m.group(0)):
                done = self._date_near(sentence, m.start(), "past", status="completed", visit=True)
                if (done is not None and len(done) == 10 and (self.published - date.fromisoformat(done)).days <= 1
                        and not _DAY_TRIP.search(masked)):
                    status = "ongoing"  # "flew to Washington on Sunday night" in Monday's paper: there now
            elif status == "completed" and form == "past" and m.group(0)[:3].lower() in {"was", "wer"} and not m.group(0).lower().endswith("to"):
                if self._done_today(sentence, m.start()):
                    status = "ongoing"  # "was in Riyadh on Wednesday evening" in Wednesday's paper: there now
            prefer = "future" if status == "planned" else "past"
            dests = self._destinations(sentence, m.end(), c_end, prefer, either=status in {"declined", "cancelled"})
            if not dests and form in {"join", "skip"}:
                dests = self._place_in_clause(sentence, m.end(), c_end, prefer, m.start())
            # The gathering the article is about, else (for a bare "attended") where the story is filed.
            gathering = self.context or (self.dateline + (None,) if self.dateline is not None and
                                         m.group(0).lower().startswith("attend") else None)
            if not dests and gathering is not None and _INTRANSITIVE_END.match(after):
                # "opted not to attend", "will lead the delegation": the gathering the article is about.
                verb = m.group(0).lower()
                if status in {"declined", "planned"} and re.match(r"(?:attend|go|come|travel|make|skip|stay|lead|head|represent|join|tak|took|is\s|was\s|will\s)", verb) or (
                        re.match(r"(?:attend|lead|led|head|represent)", verb)):
                    # "heads the Russian delegation in person", "who is leading China's delegation":
                    # at the gathering the article is about, whatever the tense says of when.
                    iso3, city, occasion = gathering
                    dests = [(iso3, city, occasion, 0.65)]
                    if (status == "completed" and self.context is not None and not self.ceremony
                            and self._date_near(sentence, m.start(), "past", status="completed") is None):
                        status = "ongoing"  # "represented Russia in person" at today's gathering: there now
            if not dests and self.context is not None and form in {"skip", "join"} and (
                    _GATHERING_SENTENCE.search(masked[c_start:c_end]) or form == "join" and status == "declined"):
                # "the first summit that Xi has skipped": the gathering is the verb's object, told before it.
                iso3, city, occasion = self.context
                dests = [(iso3, city, occasion, 0.6)]
            if not dests and form in {"arrive", "arrive_past", "due", "past"} and _BARE_ARRIVAL_END.match(after):
                where_loc = _WHERE_PLACE.search(masked, 0, c_start)
                if where_loc and _per(ents, where_loc.group(1)).kind == "LOC":
                    place = _per(ents, where_loc.group(1))
                    dests = [(place.iso3, place.city, None, 0.8)]
            # "is expected to arrive for it", "is expected to fly in later on Monday": a planned arrival, place told around
            bare_arrive = form == "base" and status == "planned" and " ".join(m.group(0).lower().split()) in {"arrive", "fly in", "land"}
            if not dests and (form in {"arrive", "arrive_past", "due"} or bare_arrive) and (
                    _BARE_ARRIVAL_END.match(after) or form != "due" and _UNKNOWN_PLACE_ARRIVAL.match(after)):
                # "The Indian leader arrived on Monday", "flew in from Delhi", "landed at Palam": where
                # the article has already put this traveller, else the gathering it is about.
                name = travelers[-1].person.name if travelers[-1].person else ""
                # (A past arrival is not at a place the article has only told as ahead: "will travel on to
                # Guyana ... Modi flew in from Nigeria" is the arrival at the summit.)
                known = self.last_host.get(name) or (self.planned_host.get(name) if form != "arrive_past" else None)
                where = known or self.context or (self.dateline + (None,) if self.dateline else None)
                if where is not None:
                    dests = [(where[0], where[1], where[2], 0.7)]
            if not dests and m.group(0).lower() == "visited" and _BARE_ARRIVAL_END.match(after):
                # "failed to arrest him when he visited in April": the country the sentence names.
                named = [e for e in re.findall(r"LOC(\d+)", masked[c_start : m.start()]) if not _per(ents, e).city]
                if named:
                    place = _per(ents, named[-1])
                    dests = [(place.iso3, None, None, 0.7)]
            if not dests and self.dateline is not None and _HERE.match(after):
                dests = [(self.dateline[0], self.dateline[1], None, 0.75)]  # "arrived here on Tuesday"
            if not dests and (form in {"arrive", "arrive_past", "due"} or bare_arrive):
                continue
            base = 0.9 if form not in {"join"} else 0.8
            tense = _telling_tense(status, local, m.group(0))
            if dests and (also := _AS_IS_ALSO.search(masked, m.end())) is not None and also.start() < len(masked):
                travelers = [*travelers, _per(ents, also.group(1))]  # "X is expected to arrive for it, as is Y"
            if status == "completed" and self._add_legs(travelers, status, sentence, m.end(), c_end, base, tense):
                continue
            if m.group(0)[-2:].lower() == "to" and self._add_legs(travelers, status, sentence, m.end(), c_end, base, tense,
                                                                  legs=_to_legs(masked, m.end(), c_end)):
                continue
            self._add_visit(travelers, dests, status, sentence, date_anchor, base, tense)
        # Nouns: "a visit to", "his trip to", "the visit by X to".
        # Up to 8 words back: the longest run of adjectives before the noun ("first official state visit").
        for m in _matches_near(_NOUN_RX, _NOUN_GATE, masked, 8, _NOUN_TAIL):
            c_start, c_end = _clause_bounds(masked, m.start())
            travelers = [_per(ents, m.group("bi"))] if m.group("bi") else self._owner_or_travelers(sentence, m.start(), c_start)
            if not travelers:
                continue
            # The noun's own stretch of the clause, between commas: "After two visits to X, now ...".
            left = masked.rfind(",", c_start, m.start())
            right = masked.find(",", m.end(), c_end)
            pre = masked[(left + 1 if left >= 0 else c_start) : m.start()]
            clause = masked[(left + 1 if left >= 0 else c_start) : (right if right >= 0 else c_end)]
            status = self._status_for_noun(m.group("noun"), pre, clause)
            if status is None and not (_CONDITIONAL.search(pre) or _PRE_SPEC.search(pre) or _PRE_NEG.search(pre)
                                       or _CANCEL_RX.search(clause) or _NOUN_PLANNED.search(clause)
                                       or m.group("noun").lower().startswith(("attendance", "presence", "participation"))):
                # "his trip to Moscow in July last year, ...": a trip dated in the past is over.
                when = self._date_near(sentence, m.end(), "past", status="completed", visit=True)
                if when is not None and when < self.published.isoformat()[: len(when)]:
                    status = "completed"
            if status is None and self._past_timeline_entry(sentence) is not None and not (
                    _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _CANCEL_RX.search(clause)):
                status = "completed"  # "May 2024: A state visit to China ... runs from May 16-17": a past entry
            if status is None and _NOUN_FUTURE_AFTER.match(masked, m.end()) and not (
                    _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _CANCEL_RX.search(clause)):
                status = "planned"  # "Lula's state visit to Beijing will take place in April"
            if status == "completed" and _NOUN_PLANNED.search(clause):
                ahead = self._date_near(sentence, m.end(), "future", status="planned", visit=True)
                if ahead is not None and ahead > self.published.isoformat()[: len(ahead)]:
                    status = "planned"  # "his trip to X next July is being prepared": still ahead
            if status in {None, "completed"} and (_NOUN_PRESENT_AFTER.match(masked, m.end()) or _IT_IS_NOUN.search(pre)) and not (
                    _CONDITIONAL.search(pre) or _PRE_SPEC.search(pre) or _PRE_NEG.search(pre) or _CANCEL_RX.search(clause)):
                # "PER0's visit to LOC1 comes days after ...", "It is PER0's first visit to LOC1": under way,
                # unless the trip is dated in the past.
                when = self._date_near(sentence, m.end(), "past", status="completed", visit=True)
                if when is not None and re.search(r"\bfirst\b", pre + m.group("noun"), re.IGNORECASE) and _SINCE_AFTER.match(masked, m.end()):
                    when = None  # "It is X's first visit to China since the 2020 clashes": the time before
                if when is None or len(when) == 10 and (self.published - date.fromisoformat(when)).days <= 2:
                    status = "ongoing"
            if status is None or _HEARSAY.search(masked, c_start, m.start()):
                continue  # "denied a report that X was preparing a trip to Y": no trip
            if status == "completed" and _MOVED_TO.match(m.group(0)) and _STILL_THERE.match(masked, m.end()):
                status = "ongoing"  # "flew on to London, where Starmer will host him": there now
            prefer = "future" if status == "planned" else "past"
            if status == "completed" and self._add_legs(travelers, status, sentence, m.start("prep"), c_end, 0.85, None):
                continue
            dests = self._destinations(sentence, m.end(), c_end, prefer)
            self._add_visit(travelers, dests, status, sentence, m.start(), 0.85)
        # "PER0, on a two-day visit, said", "during his state visit here": the dateline's country.
        if self.dateline is not None and ("visit" in lower or "trip" in lower or "tour" in lower or "here" in lower):
            self._dateline_stay(sentence)
        # Meetings and talks in a stated place.
        for m in _matches_near(_MEET_RX, _MEET_GATE, masked, 1):  # "hold talks": one word before "talk"
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _MODAL_AT_END.search(pre) and not _PRE_FUTURE.search(pre):
                continue
            verb = m.group("verb").lower()
            if _PRE_FUTURE.search(pre) or verb == "meet" and re.search(r"\bwill\b", pre):
                status = "planned"
            elif verb in {"meeting", "holding talks"} and _AFTER_DOING.search(pre):
                status = "completed"  # "after meeting Xi in Busan on Thursday"
            elif verb in {"meets", "holds talks", "meeting", "holding talks", "sits down", "sitting down"} and not re.search(r"\b(?:was|were)\s+$", pre):
                status = "ongoing" if verb != "meeting" or _PRE_BE.search(pre) else None
            elif verb in {"meet", "hold talks"} or verb.startswith("sit"):
                status = None
            else:
                status = "completed"
            if status is None:
                continue
            # Who meets: the subject before the verb and whom it meets right after it ("met PER1",
            # "talks with PER1 and PER2"), not a leader named later in the clause ("before a deadline set
            # by PER2"), nor the one who sent an envoy ("PER0's special envoy X met PER1").
            met = _MET_OBJECTS.match(masked, m.end())
            # (A possessive is never the one meeting: "ahead of PER0's visit, officials met".)
            # "..., since PER2 sat down with PER0 in Geneva": the meeting's clause starts at "since".
            from_at = c_start
            for sub in _SUBORDINATOR.finditer(masked, c_start, m.start()) if _has_any(lower, _SUBORDINATOR_WORDS) else ():
                if _PER_TOKEN.search(masked, sub.end(), m.start()):
                    from_at = sub.end()
            participants = [_per(ents, t.group(1)) for t in _PER_TOKEN.finditer(masked, from_at, met.end() if met else m.end())
                            if not masked.startswith(("'s", "’s"), t.end())]
            uniq: list[Entity] = []
            for p in participants:
                if p.person and all(q.person is not p.person for q in uniq):
                    uniq.append(p)
            prefer = "future" if status == "planned" else "past"
            # Talks "on energy supplies ... to China", "about the war in Gaza": the topic names
            # places the meeting is not in, so the place is looked for before the topic starts.
            topic = _MEET_TOPIC.search(masked, m.end(), c_end)
            dests = self._place_in_clause(sentence, m.end(), topic.start() if topic else c_end, prefer, m.start(),
                                          where_only=True)
            if not dests:
                # Before the verb only "in/at X" places the meeting: "invited X to Y when they met" does not.
                dests = [d for d in self._place_in_clause(sentence, c_start, m.start(), prefer, m.start(), where_only=True)]
            if not dests and self.dateline is not None and _HERE_ANYWHERE.search(masked, c_start, c_end):
                dests = [(self.dateline[0], self.dateline[1], None, 0.75)]  # "during talks here": the dateline
            hosts_met = [_per(ents, i) for i in _PER_INDEX.findall(met.group(0))] if met else []
            if not dests and self.dateline is not None and status != "planned" and any(
                    p.person is not None and self._home(p.person) == self.dateline[0] for p in hosts_met) and not any(
                    p.person is not None and self.last_host.get(p.person.name, self.dateline)[0] != self.dateline[0] for p in uniq):
                # "held talks with Putin after the parade" in a story filed from Moscow: met at his home,
                # today unless told otherwise (unless the article has put them elsewhere).
                dests = [(self.dateline[0], self.dateline[1], None, 0.7)]
                if status == "completed" and self._undated_or_today(sentence, m.start()):
                    status = "ongoing"
            # "Met X in Beijing on Tuesday" is a finished meeting; whether the guest is still there
            # is told by other sentences ("is in Beijing", "arrived on Monday"): see _one_stay.
            self._add_visit(uniq, dests, status, sentence, m.start(), 0.85)
        # "Xi Jinping's Moscow visit", "Modi's Washington trip": the place told as the noun's modifier.
        for m in _PLACE_NOUN.finditer(masked) if ("visit" in lower or "trip" in lower or "tour" in lower) and (
                "'s " in masked or "’s " in masked) else ():
            place, who = _per(ents, m.group("l")), _per(ents, m.group("p"))
            if place.kind not in {"LOC", "GOV"} or not place.iso3 or who.person is None:
                continue
            c_start, c_end = _clause_bounds(masked, m.start())
            pre, rest = masked[c_start : m.start()], masked[m.end() : c_end]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _HEARSAY.search(pre) or _CANCEL_RX.search(masked[c_start:c_end]):
                continue
            if _PLACE_NOUN_AHEAD.match(rest) or _NOUN_PLANNED.search(pre):
                status = "planned"
            elif _PLACE_NOUN_DONE.match(rest) or _NOUN_PAST.search(pre):
                status = "completed"
            else:
                continue
            self._add_visit([who], [(place.iso3, place.city, None, 0.8)], status, sentence, m.end(), 0.8)
        # "Xi sent Premier Li Qiang to the G20 summit in his place": the envoy goes; the sender stays away.
        for m in _SENT_TO.finditer(masked) if ("sent" in lower or "send" in lower or "dispatch" in lower) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            sender, envoy = _per(ents, m.group("s")), _per(ents, m.group("o"))
            verb = m.group("verb").lower()
            status = "planned" if verb.startswith(("will", "is", "sends")) else "completed"
            dests = self._destinations(sentence, m.end(), c_end, "future" if status == "planned" else "past")
            if not dests or envoy.person is None:
                continue
            if status == "completed" and self.context is not None and dests[0][0] == self.context[0]:
                status = "ongoing"  # sent to the gathering the article is about: there now
            self._add_visit([envoy], dests, status, sentence, m.end(), 0.8)
            if _IN_HIS_PLACE.search(masked, m.end(), c_end):
                self._add_visit([sender], dests, "declined", sentence, m.end(), 0.75)
        # A place put first: "In Hanoi on Monday, Xi and his host oversaw the signing ...", "In Jerusalem, the
        # US president was given a standing ovation": the subject was there.
        fronted = _FRONTED_PLACE.match(masked) if masked[:3] in {"In ", "At "} else None
        if fronted is not None and _per(ents, fronted.group("loc")).kind == "LOC":
            place = _per(ents, fronted.group("loc"))
            verb = fronted.group("verb").lower()
            doers = [_per(ents, i) for i in _PER_INDEX.findall(fronted.group("who") + (fronted.group("partner") or ""))]
            status = ("planned" if verb == "will" else "ongoing" if verb in _PRESENT_VERBS or verb.endswith("s") and verb not in _PAST_VERBS
                      else "completed" if verb.endswith("ed") or verb in _PAST_VERBS else None)
            if status == "completed" and self._date_near(sentence, fronted.end("loc"), "past", status="completed") == self.published.isoformat():
                status = "ongoing"
            if status is not None and not _CONDITIONAL.search(masked, 0, fronted.end()):
                self._add_visit(doers, [(place.iso3, place.city, None, 0.75)], status, sentence, fronted.end("loc"), 0.8)
        # Things done in a place put the doer there: "signed agreements in Tokyo on Tuesday", "addressed
        # reporters in Anchorage", "Kuala Lumpur, where on Sunday he attended a gathering".
        for m in _DONE_IN_RX.finditer(masked) if _has_any(lower, _DONE_IN_STEMS) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _HEARSAY.search(pre) or _OTHER_SUBJECT.search(pre):
                continue
            travelers = _travelers_before(masked, ents, m.start(), c_start)
            if not travelers:
                continue
            # (No cut at a topic: "signed agreements on rare earths in Tokyo"; a place inside a topic,
            # "the war in Gaza", is skipped by _place_in_clause.)
            dests = self._place_in_clause(sentence, m.end(), c_end, "past", m.start(), where_only=True)
            self._add_visit(travelers, dests, "completed", sentence, m.start(), 0.75)
        for m in _WHERE_DONE_RX.finditer(masked) if "where" in masked else ():
            place, who = _per(ents, m.group("loc")), _per(ents, m.group("per"))
            if place.kind == "LOC" and who.person is not None and not _CONDITIONAL.search(m.group(0)):
                self._add_visit([who], [(place.iso3, place.city, None, 0.8)], "completed", sentence, m.start("per"), 0.8)
        # Hosting: the guest's visit to the host's country.
        for m in _HOST_RX.finditer(masked) if _has_any(lower, _HOST_STEMS) else ():
            host = _per(ents, m.group("hi"))
            guest = _per(ents, m.group("gi"))
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()] + masked[m.start("host") : m.start("verb")]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or re.search(r"\b(?:not|never)\b", masked[m.start():m.start("verb")]):
                continue
            verb = m.group("verb").lower()
            between = masked[m.end("host") : m.start("verb")].lower()
            if re.search(r"\b(?:will|to)\b", between) or _PRE_FUTURE.search(masked[c_start:m.start()]):
                status = "planned"
            elif verb.endswith("ing") or verb in {"hosts", "receives", "welcomes", "greets", "plays host to"}:
                status = "ongoing"
            elif verb.endswith("ed") or verb.startswith(("rolled", "played")):
                status = "completed"
                if self._done_today(sentence, m.start()):
                    status = "ongoing"  # "received Netanyahu at Buda Castle on Thursday" in Thursday's paper: there now
            else:
                continue
            place = self._place_in_clause(sentence, m.end(), c_end, "past", m.start(), where_only=True)
            if host.kind == "PER":
                # A leader receives guests at home: "Xi hosted Modi in Beijing" is Modi's visit to
                # China whatever else the clause names ("talks on the war in Gaza").
                home = self._home(host.person) if host.person else None
                city = next((c for iso3, c, _, _ in place if iso3 == home), None)
                occasion = next((o for iso3, _, o, _ in place if iso3 == home), None)
                dests = [(home, city, occasion, 0.8)] if home else []
            elif place:
                dests = place
            else:
                dests = [(host.iso3, host.city if host.kind == "LOC" else None, None, 0.85)]
            guests = [guest] + [_per(ents, i) for i in _PER_INDEX.findall(m.group("more") or "")]
            self._add_visit(guests, dests, status, sentence, m.start(), 0.85)
        # "X, who accompanied him, ...", "Y was accompanied by his foreign minister, X": X is on Y's trip.
        for m in _ACCOMPANIED.finditer(masked) if "accompan" in masked or (" with PER" in masked and ", who " in masked) else ():
            companion = _per(ents, m.group("a") or m.group("a2") or m.group("a3"))
            leader = _per(ents, m.group("b") or m.group("b2") or m.group("b3"))
            if companion.person is None or leader.person is None or companion.person is leader.person:
                continue
            trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.person is leader.person
                         and f.status in {"ongoing", "completed", "planned"}), None)
            if trip is not None and trip.host != self._home(companion.person):
                self.facts.append(_Fact("visit", companion.person, trip.status, sentence, trip.confidence * 0.8,
                                        host=trip.host, city=trip.city, occasion=trip.occasion, date=trip.date))
        # "Putin's first visit to North Korea since July 2000": the visit before, then.
        for m in _FIRST_SINCE.finditer(masked) if "first" in lower and "since" in lower else ():
            place = _per(ents, m.group("l"))
            if place.kind != "LOC":
                continue
            when = next((d.value for d in sentence.dates("past") if d.start == m.end()), None)
            if when is None or when >= self.published.isoformat()[: len(when)]:
                continue  # "since the war began", "since taking office": no time of a trip
            travelers = self._owner_or_travelers(sentence, m.start(), _clause_bounds(masked, m.start())[0])
            if travelers:
                self._add_visit(travelers[-1:], [(place.iso3, place.city, None, 0.7)], "completed", sentence, m.end(), 0.7,
                                remember=False, told_date=when, earlier=True)
        # "He invited X ... and hosted him in April": the host is the sentence's subject.
        for m in _AND_HOSTED.finditer(masked) if ("hosted" in lower or "received" in lower or "welcomed" in lower) else ():
            host = _PER_TOKEN.match(masked)
            if host is None or _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked[: m.start()]):
                continue
            host_person, guest = _per(ents, host.group(1)).person, _per(ents, m.group(1))
            home = self._home(host_person) if host_person else None
            if home and guest.person is not None and guest.person is not host_person:
                self._add_visit([guest], [(home, None, None, 0.75)], "completed", sentence, m.start(), 0.8)
        # "came to China from Japan, where he spent two days": the leg before this one, finished.
        for m in _CAME_FROM.finditer(masked) if "from" in masked else ():
            place, who = _per(ents, m.group("loc")), _per(ents, m.group("per"))
            if place.kind == "LOC" and who.person is not None:
                self._add_visit([who], [(place.iso3, place.city, None, 0.8)], "completed", sentence, m.start("per"), 0.8)
        # Presence: "sat beside hosts X and Y", "stood alongside X at the parade in Beijing",
        # "was among the leaders at the summit".
        for m in _PRESENT_RX.finditer(masked) if _has_any(lower, _PRESENT_STEMS) else ():
            self._presence(sentence, m)
        for m in _BE_PRESENT.finditer(masked) if ("present" in lower or "audience" in lower or "attendance" in lower
                                                  or "on hand" in lower or "front" in lower or "of honour" in lower
                                                  or "of honor" in lower) else ():
            self._present_at_gathering(sentence, m)
        for m in _INVERTED_PRESENCE.finditer(masked) if ("stand" in lower or "among" in lower or "podium" in lower
                                                          or "row" in lower or "dais" in lower or "seated" in lower
                                                          or "sitting" in lower) else ():
            self._inverted_presence(sentence, m)
        for m in _AT_GATHERING_RX.finditer(masked) if (self.context is not None or self.dateline is not None) and (
                "represented" in lower or "attending" in lower or "present" in lower or "taking part" in lower
                or "delegation" in lower) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            if self.context is None and not m.group("tense3"):
                continue  # (only a delegation is told where the story is filed; the rest need the gathering)
            tense = (m.group("tense") or m.group("tense2") or m.group("tense3")).lower()
            status = ("planned" if tense.startswith("will") else
                      "completed" if tense in {"was", "were", "included"} or tense.startswith("was ") else "ongoing")
            people = [_per(ents, m.group("per"))]
            more = _PER_LIST.match(masked, m.end("per") - len(f"PER{m.group('per')}") - 1, c_end)
            if more:
                people = [_per(ents, i) for i in re.findall(r"PER(\d+)", more.group(0))]
            iso3, city, occasion = self.context or (self.dateline[0], self.dateline[1], None)  # type: ignore[index]
            self._add_visit(people, [(iso3, city, occasion, 0.7)], status, sentence, m.start(), 0.75)
        # A summit of named leaders in a named place: planned, or called off.
        for m in _SUMMIT_OF.finditer(masked) if "summit" in lower or "meeting" in lower or "talks" in lower else ():
            self._summit_of(sentence, m)
        # Called off: "X cancelled his trip to Y", "X's visit to Y was postponed".
        for m in _CANCEL_RX.finditer(masked) if _has_any(lower, _CANCEL_STEMS) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            clause = masked[c_start:c_end]
            noun = _NOUN_RX.search(clause)
            if not noun:
                continue
            if _CONDITIONAL.search(clause[: max(0, m.start() - c_start)]) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            if _PRE_SPEC.search(masked[max(c_start, m.start() - 25) : m.start()]):
                continue
            new_date = m.group("verb").lower().startswith(("postpon", "put off", "delay")) and _NEW_DATE.search(masked[m.end() : c_end])
            status = "planned" if new_date else "cancelled"
            noun_abs = c_start + noun.start()
            if noun.group("bi"):
                travelers = [_per(ents, noun.group("bi"))]
            else:
                poss = _PER_POSSESSIVE_AT_END.search(masked[c_start:noun_abs])
                travelers = [_per(ents, poss.group(1))] if poss else _travelers_before(masked, ents, min(m.start(), noun_abs), c_start)
            if not travelers:
                continue
            dests = self._destinations(sentence, c_start + noun.end(), c_end, "past")
            self._add_visit(travelers, dests, status, sentence, m.start(), 0.9)

    # -- tour legs --
    def _recent_traveler(self) -> list[Entity]:
        """The traveller of the last two sentences' trips, for a sentence naming none ("Budapest is next")."""
        if self.last_traveler is None or self.sentence_index - self.last_traveler[0] > 2:
            return []
        person = self.last_traveler[1]
        return [Entity("PER", 0, 0, person.name, person=person, via="pronoun")]

    @staticmethod
    def _owner_or_travelers(sentence: Sentence, pos: int, c_start: int) -> list[Entity]:
        """Whose trip a noun at ``pos`` is: its possessor ("PER0's first visit"), else the traveller
        of the clause before it."""
        masked, ents = sentence.masked, sentence.entities
        poss = _PER_POSSESSIVE_AT_END.search(masked[c_start:pos])
        if poss:
            return [_per(ents, poss.group(1))]
        return _travelers_before(masked, ents, pos, c_start)

    @staticmethod
    def _unreal(pre: str) -> bool:
        return bool(_CONDITIONAL.search(pre) or _HEARSAY.search(pre) or _PRE_NEG.search(pre)
                    or _PRE_SPEC.search(pre[-40:]) or _OTHER_SUBJECT.search(pre) or _PRE_PAST_PLAN.search(pre))

    def _tour_legs(self, sentence: Sentence) -> None:
        """Legs of a tour told around its main verb: the place come from or left (done), the place left
        for or named next (there now, or ahead), the stops made before, and where the tour ends."""
        masked, ents = sentence.masked, sentence.entities
        if "LOC" not in masked and "GOV" not in masked:
            return
        if "PER" not in masked and (self.last_traveler is None or self.sentence_index - self.last_traveler[0] > 2):
            return  # no traveller named, none in the story just before
        anchors = _leg_anchors(masked, self.legs_possible)
        if not anchors:
            return
        for f in _FROM_PLACE.finditer(masked) if "from" in anchors else ():
            m = _ARRIVED_BEFORE.search(masked, max(0, f.start() - 90), f.start())
            if m is None:
                continue
            c_start, _ = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if self._unreal(pre) or _PRE_FUTURE.search(pre) or _WHEN_CLAUSE.search(pre):
                continue
            place = _per(ents, f.group("o"))
            travelers = _travelers_before(masked, ents, m.start(), c_start)
            if place.kind == "LOC" and travelers:
                self._add_visit(travelers, [(place.iso3, place.city, None, 0.8)], "completed", sentence,
                                f.start("o"), 0.8, remember=False)
        for m in _NEXT_STOP.finditer(masked) if "next" in anchors else ():
            c_start, _ = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if self._unreal(pre) or "was" in m.group(0):
                continue
            place = _per(ents, m.group("a") or m.group("b"))
            travelers = self._owner_or_travelers(sentence, m.start(), c_start) or (
                _travelers_before(masked, ents, m.start(), 0) if "PER" in masked else self._recent_traveler())
            if place.kind in {"LOC", "GOV"} and travelers:  # "Vienna is next": a capital as subject
                self._add_visit(travelers, [(place.iso3, place.city, None, 0.75)], "planned", sentence,
                                m.start(), 0.8, remember=False)
        for m in _AFTER_STOPS.finditer(masked) if "after" in anchors else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if self._unreal(pre):
                continue
            travelers = _travelers_before(masked, ents, m.start(), c_start)
            object_met = _MET_BEFORE_STOPS.search(pre)
            if object_met is not None and (first := _PER_TOKEN.search(pre)) is not None and first.start() < object_met.start():
                travelers = [_per(ents, first.group(1))]  # "X went to Berlin to meet Scholz, after visits to ...": X's
            if not travelers:  # "After stops in X and Y, PER0 arrived in Z": the main clause's subject
                after = _PER_TOKEN.search(masked, m.end())
                travelers = [_per(ents, after.group(1))] if after else []
            indexes = [m.group("a")]
            at = m.end()
            while (more := _MORE_PLACES.match(masked, at, c_end)) is not None:
                indexes.append(more.group(1))
                at = more.end()
            ahead = _PRE_FUTURE.search(pre) or re.search(r"\b(?:will|is\s+(?:due|expected|scheduled|set)\s+to)\b", masked)
            status = "planned" if ahead else "completed"
            places = [_per(ents, i) for i in indexes]
            dests = [(p.iso3, p.city, None, 0.8) for p in places if p.kind in {"LOC", "GOV"}]
            if travelers and dests:  # (dated by the time told with the places: "fresh from talks in X on Friday")
                self._add_visit(travelers, dests, status, sentence, at, 0.8, remember=False)
        for m in _LEFT_FOR.finditer(masked) if "left" in anchors else ():
            c_start, _ = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if self._unreal(pre) or _WHEN_CLAUSE.search(pre) or _AFTER_DOING.search(pre):
                continue
            travelers = _travelers_before(masked, ents, m.start(), c_start)
            left, bound = _per(ents, m.group("a")), _per(ents, m.group("b"))
            if not travelers or left.kind != "LOC" or bound.kind != "LOC":
                continue
            verb = m.group("verb").lower()
            if verb in {"left", "departed"}:
                if _PRE_FUTURE.search(pre):
                    continue
                done = self._date_near(sentence, m.start(), "past", status="completed", visit=True)
                over = done is not None and (self.published - _first_day(done)).days > 7
                first, second = "completed", "completed" if over else "ongoing"
            elif _PRE_FUTURE.search(pre) or _PRE_BE.search(pre) or verb in {"leaves", "departs"}:
                first, second = "ongoing", "planned"  # about to leave: still there, the next place ahead
            else:
                continue
            self._add_visit(travelers, [(left.iso3, left.city, None, 0.8)], first, sentence, m.start(), 0.8,
                            remember=first == "ongoing")
            if first == "ongoing":
                for fact in self.facts[-len(travelers):]:
                    if fact.sentence is sentence and fact.host == left.iso3:
                        fact.date = None  # the day of leaving is not the day the stay began
            self._add_visit(travelers, [(bound.iso3, bound.city, None, 0.8)], second, sentence, m.start("b"), 0.8,
                            remember=second == "ongoing")
        for m in _THEN_ON_TO.finditer(masked) if "then" in anchors else ():
            first = _PER_TOKEN.search(masked, 0, m.start())
            if first is None:
                continue
            person = _per(ents, first.group(1)).person
            # The motion told before it in this sentence: its status carries to the next leg.
            earlier = [f for f in self.facts if f.sentence is sentence and f.kind == "visit" and f.person is person]
            if person is None or not earlier or earlier[-1].status not in {"completed", "ongoing", "planned"}:
                continue
            status = earlier[-1].status
            if status == "ongoing":
                earlier[-1].status = "completed"  # moved on: the earlier stop is over
            place = _per(ents, m.group("a"))
            if place.kind == "LOC":
                self._add_visit([_per(ents, first.group(1))], [(place.iso3, place.city, None, 0.8)], status, sentence,
                                m.start(), 0.8)
                if self.facts[-1].person is person and self.facts[-1].date is None:
                    self.facts[-1].date = earlier[-1].date  # the same journey's day
        for m in _TOUR_END.finditer(masked) if "end" in anchors else ():
            c_start, _ = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if self._unreal(pre):
                continue
            travelers = self._owner_or_travelers(sentence, m.start(), c_start) or (
                self._recent_traveler() if "PER" not in masked[c_start : m.start()] else [])
            apposed = re.search(r"PER(\d+)(?:'s|’s)", masked[m.start() : m.start("verb")])
            if not travelers and apposed:  # "The trip, the president's first tour abroad, began in X"
                travelers = [_per(ents, apposed.group(1))]
            place = _per(ents, m.group("a"))
            if not travelers or place.kind != "LOC":
                continue
            verb = m.group("verb").lower()
            when = self._date_near(sentence, m.start(), "future", visit=True)
            today = self.published.isoformat()
            if verb.endswith("ed") or "wrapped" in verb or verb in {"began", "kicked off"}:
                status = "completed"
            elif when is not None and when < today[: len(when)]:
                status = "completed"
            elif when is not None and when == today:
                status = "ongoing"
            else:
                status = "planned"
            self._add_visit(travelers, [(place.iso3, place.city, None, 0.8)], status, sentence, m.start(), 0.8,
                            remember=status != "completed")

    def _add_legs(self, travelers: list[Entity], status: str, sentence: Sentence, pos: int, end: int,
                  base: float, tense: str | None, legs: list[tuple[int, int]] | None = None) -> bool:
        """Trips listed with their own times: one fact per place, dated by its own time."""
        if legs is None:
            legs = _dated_legs(sentence.masked, pos, end)
        places = [(_per(sentence.entities, i), after) for i, after in legs]
        if not places or any(p.kind != "LOC" for p, _ in places):
            return False
        for place, after in places:
            self._add_visit(travelers, [(place.iso3, place.city, None, 0.85)], status, sentence, after, base, tense)
        return True

    def _dateline_stay(self, sentence: Sentence) -> None:
        """A stay told with no place ("on a two-day visit", "his visit here"): where the story is filed."""
        masked, ents = sentence.masked, sentence.entities
        assert self.dateline is not None
        for m in _STAY_HERE.finditer(masked):
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if _CONDITIONAL.search(pre) or _HEARSAY.search(pre) or _PRE_NEG.search(pre):
                continue
            travelers = self._owner_or_travelers(sentence, m.start(), c_start)
            if not travelers:
                # "..., said PER0, on a two-day visit": the person named right before the phrase.
                apposed = re.search(r"PER(\d+)\s*,\s*$", masked[: m.start()])
                travelers = [_per(ents, apposed.group(1))] if apposed else []
            if not travelers:
                continue
            status = "completed" if m.group("past") else "ongoing"
            self._add_visit(travelers, [(self.dateline[0], self.dateline[1], None, 0.75)], status, sentence,
                            m.start(), 0.85)

    def _gathering_or_dateline(self) -> list[tuple[str, str | None, str | None, float]]:
        """Where people told as present with no place are: the article's gathering, else where the story
        is filed."""
        if self.context is not None:
            iso3, city, occasion = self.context
            return [(iso3, city, occasion, 0.65)]
        if self.dateline is not None:
            return [(self.dateline[0], self.dateline[1], None, 0.6)]
        return []

    def _done_today(self, sentence: Sentence, pos: int) -> bool:
        """A deed told in the past on the paper's own day, and no day trip: the doer is there now."""
        done = self._date_near(sentence, pos, "past", status="completed", visit=True)
        return done == self.published.isoformat() and not _DAY_TRIP.search(sentence.masked)

    def _undated_or_today(self, sentence: Sentence, pos: int) -> bool:
        """A presence told in the past with no day, or the paper's day: the day's news, so there now."""
        return self._date_near(sentence, pos, "past", status="completed") in {None, self.published.isoformat()}

    def _inverted_presence(self, sentence: Sentence, m: re.Match[str]) -> None:
        """"Also on the reviewing stand were X, who arrived on Thursday, and Y", "Among the guests were
        X and Y": the people listed after the verb are at the place told, else the article's gathering."""
        masked, ents = sentence.masked, sentence.entities
        if _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked[: m.start()]):
            return
        listed = _INVERTED_LIST.match(masked, m.end())
        if listed is None:
            return
        # Relative clauses and appositions between the names are skipped; possessives are not people there.
        text = listed.group(0)
        people = [_per(ents, t.group(1)) for t in _PER_TOKEN.finditer(text)
                  if not text.startswith(("'s", "’s"), t.end()) and not _OBJECT_BEFORE.search(text, 0, t.start())]
        where = _LOC_INDEX.search(m.group(0))
        if where is not None and _per(ents, where.group(1)).kind == "LOC":
            place = _per(ents, where.group(1))
            dests = [(place.iso3, place.city, None, 0.75)]
        else:
            dests = self._gathering_or_dateline()
            if not dests:
                return
        tense = m.group("tense").lower()
        status = "planned" if tense.startswith("will") else "ongoing" if tense in {"are", "is"} else "completed"
        if status == "completed" and not self.ceremony and self._undated_or_today(sentence, m.start()):
            status = "ongoing"  # "On the stand were X and Y" in the day's report: there now
        self._add_visit(people, dests, status, sentence, m.start(), 0.8)

    def _past_timeline_entry(self, sentence: Sentence, strict: bool = True) -> str | None:
        """The date heading a timeline entry ("June 2024: He lands in Pyongyang ..."), if it lies before the
        article (``strict``; else not after it): its verbs are a historical present."""
        if not sentence.masked[:1].isupper():
            return None
        head = _TIMELINE_HEAD.match(sentence.masked)
        if head is None:
            return None
        first = next((d for d in sentence.dates("past") if d.start < head.end()), None)
        if first is None or (first.value >= self.published.isoformat()[: len(first.value)] if strict
                              else first.value > self.published.isoformat()[: len(first.value)]):
            return None
        return first.value

    def _present_at_gathering(self, sentence: Sentence, m: re.Match[str]) -> None:
        """"X and Y were also present", "were in the audience", "sat near the front": at the gathering the
        article is about, else the place the clause names, else where the story is filed."""
        masked, ents = sentence.masked, sentence.entities
        c_start, c_end = _clause_bounds(masked, m.start())
        pre = masked[c_start : m.start()]
        if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _NOT_AFTER_BE.match(m.group(0)):
            return
        people = _travelers_before(masked, ents, m.start(), c_start)
        dests = self._place_in_clause(sentence, m.end(), c_end, "past", m.start(), where_only=True) or self._gathering_or_dateline()
        verb = m.group("verb").lower()
        status = "ongoing" if verb in {"is", "are"} else "completed"
        if status == "completed" and not self.ceremony and self._undated_or_today(sentence, m.start()):
            status = "ongoing"  # "were also present" at the day's gathering: there now
        if people and dests:
            self._add_visit(people, dests, status, sentence, m.start(), 0.75)

    def _presence(self, sentence: Sentence, m: re.Match[str]) -> None:
        masked, ents = sentence.masked, sentence.entities
        c_start, c_end = _clause_bounds(masked, m.start())
        pre = masked[c_start : m.start()]
        if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _PRE_FUTURE.search(pre):
            return
        if re.search(r"\b(?:not|never|no\s+longer|n't|n’t)\b", m.group(0), re.IGNORECASE):
            return  # "is not among the leaders in Rio"
        people = _travelers_before(masked, ents, m.start(), c_start)
        if not people:
            return
        verb = m.group("verb").lower()
        status = "completed" if verb in {"sat", "stood", "was", "were"} else "ongoing"
        at = None
        if m.group("prep").lower() == "among":
            at = _AMONG_AT.match(masked, m.end(), c_end)
            if at is None:
                return  # "was among those who ...": no gathering named
            dests = self._destinations(sentence, at.end(), c_end, "past")
            at_event = re.search(r"\b(?:at|in)\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:EVT\d+|summit|meeting|talks|gathering|forum|"
                                 r"venue|centre|center|hall|parade|ceremony|celebrations|commemorations)\b",
                                 masked[at.end() - 12 : c_end], re.IGNORECASE)
            if at.group("expected"):
                status = "planned"  # "are among those expected to attend": ahead
            if not dests and (at_event or at.group("there") or at.group("arrivals") or at.group("expected")):
                # "among the leaders at the Expo Centre": the summit's venue; "among the foreign leaders at
                # the parade" in a story filed from Moscow: the parade there.
                dests = self._gathering_or_dateline()
        else:
            # Those sat beside are there too: "sat beside hosts PER1, PER2 and PER3".
            beside = _PER_LIST.match(masked, m.end(), c_end)
            if beside:
                people += [_per(ents, i) for i in re.findall(r"PER(\d+)", beside.group(0))]
            dests = self._place_in_clause(sentence, c_start, c_end, "past", m.start(), where_only=True)
            if not dests and self.context is not None:
                iso3, city, occasion = self.context
                dests = [(iso3, city, occasion, 0.65)]
        if status == "completed" and self._date_near(sentence, m.start(), "past", status="completed") is None:
            status = "ongoing"  # "sat beside the hosts as the decision was announced": today's news
        if status == "completed" and m.group("prep").lower() == "among" and at is not None and at.group("arrivals"):
            status = "ongoing"  # "was among today's arrivals": there now (a stay over is told elsewhere)
        if dests:
            self._add_visit(people, dests, status, sentence, m.start(), 0.8)

    def _summit_of(self, sentence: Sentence, m: re.Match[str]) -> None:
        masked, ents = sentence.masked, sentence.entities
        c_start, c_end = _clause_bounds(masked, m.start())
        pre, after = masked[c_start : m.start()], masked[m.end() : c_end]
        if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _HEARSAY.search(pre):
            return
        cancel = _CANCEL_RX.search(masked, c_start, c_end)
        if cancel:
            new_date = cancel.group("verb").lower().startswith(("postpon", "put off", "delay")) and _NEW_DATE.search(masked[cancel.end() : c_end])
            status = "planned" if new_date else "cancelled"
        elif _SUMMIT_PLANNED_BEFORE.search(pre) or _SUMMIT_PLANNED_AFTER.match(after):
            status = "planned"
        else:
            return
        guests = [_per(ents, m.group("a"))] + ([_per(ents, m.group("b"))] if m.group("b") else [])
        if m.group("rel").lower() == "with":  # "carrying PER0 to the summit with PER1": PER0 is the other one
            before = _travelers_before(masked, ents, m.start(), c_start)
            guests = before[-1:] + guests
        place = _per(ents, m.group("loc"))
        self._add_visit(guests, [(place.iso3, place.city, "summit", 0.8)], status, sentence, m.start(), 0.85)

    def _status_for_noun(self, noun: str, pre: str, clause: str) -> str | None:
        if _CONDITIONAL.search(pre) or _CANCEL_RX.search(clause):
            return None  # conditionals: no fact; cancellations: handled by their own rule
        noun_l = noun.lower()
        if noun_l.startswith(("attendance", "presence", "participation")):
            return None
        if _PLANNED_WORD.search(noun_l) or _NOUN_PLANNED.search(pre):
            if re.search(r"\b(?:had|was|were)\s+(?:planned|expected|scheduled|due)\b", clause):
                return None
            if _PRE_SPEC.search(pre) and not re.search(r"accept", pre):
                return None
            return "planned"
        if _PRE_SPEC.search(pre):
            return None
        if _NOUN_ONGOING.search(pre) or _ARRIVED_FOR_NOUN.search(pre):
            return "ongoing"
        if _TOUR_STEP_PRESENT.search(pre):
            return "planned"  # "He ends the tour in Namibia on Wednesday": the tour's schedule
        if _NOUN_PAST.search(clause):
            return "completed"
        return None

    # -- warrants --
    def _warrants(self, sentence: Sentence) -> None:
        masked, ents = sentence.masked, sentence.entities
        if self.is_cricket:
            return
        if ("court" in masked or "Court" in masked or "prosecutor" in masked) and ("arrest" in masked or "warrant" in masked) and (
                _COURT_ORDERS.search(masked)):
            national = _NATIONAL_COURT.search(masked)
            if national is not None and not _ICC_RX.search(sentence.text):
                place = _per(ents, _court_place(national))
                if place.iso3:
                    self.national_court = (self.sentence_index, place.iso3)
        if "PER" not in masked:
            if "warrant" in masked and self.mentions_icc:
                self._note_group_warrant(sentence)
            return
        lower = masked.lower()
        national_order = "order" in lower and "arrest" in lower and _NATIONAL_COURT.search(masked) is not None
        if "warrant" not in lower and not (self.mentions_icc and _has_any(lower, _WARRANT_WORDS)) and not national_order:
            return  # none of the words any warrant rule needs (the paraphrases need an ICC article or a court)
        hits = list(_WARRANT_RX.finditer(masked))
        if not hits and "PER" in masked and (self.mentions_icc or national_order):
            self._warrant_paraphrases(sentence)
        executed_cue = self.mentions_icc and _W_EXECUTED.search(masked)
        if not hits and not executed_cue:
            return
        local_icc = bool(_ICC_RX.search(sentence.text))
        for m in hits or [executed_cue]:
            pre = masked[: m.start()]
            if hits:
                if _NOT_ARREST_WARRANT.search(pre[-25:]) and not re.search(r"\barrest\s+$", pre[-10:]):
                    continue
                if not _WARRANT_NOUNISH.search(pre[-30:]) and not re.match(r"\s+(?:for|against|of|was|were|had|has|issued|is|are|went)\b", masked[m.end():]):
                    continue
            c_start, c_end = _clause_bounds(masked, m.start())
            window = masked[c_start:c_end]
            if _W_NEGATED.search(masked[c_start : m.start()]):
                continue
            # "faces a possible warrant after the prosecutor applied for one": only the request is real.
            only_requested = False
            if _W_SPEC.search(masked[max(c_start, m.start() - 40) : m.start()]):
                if not _W_REQUEST.search(masked, m.end(), c_end):
                    continue
                only_requested = True
            subjects = self._warrant_subjects(sentence, m.start(), m.end(), c_start, c_end)
            if local_icc or self.mentions_icc:
                self._note_group_warrant(sentence)
            if not subjects:
                continue
            court = "ICC" if local_icc or self.mentions_icc else None
            national = _NATIONAL_COURT.search(window)
            if national and not local_icc:
                court = _per(ents, _court_place(national)).iso3
            elif not local_icc and self.national_court is not None and self.sentence_index - self.national_court[0] <= 2:
                court = self.national_court[1]  # "A court in Argentina has ordered ... The warrants, issued on Thursday, cover ..."
            if court is None:
                court = "ICC" if any(self.lex.ref.known_warrants(s.name) for s in subjects) else None
            if court is None and re.search(r"\b(?:court|judge|prosecutors?|investigators)\b|court-issued", window, re.IGNORECASE):
                # A national court named by no country ("a court-issued warrant", "a district court"):
                # the subject's own country's, where the warrant is served.
                court = self._home(subjects[0])
            if court is None:
                continue
            statuses = []
            executed = _W_EXECUTED.search(window)
            if executed and not _W_UNREAL.search(window[max(0, executed.start() - 30) : executed.start()]):
                if court != "ICC" or local_icc or self.mentions_icc:
                    statuses.append("executed")
            rejected = _W_REJECTED.search(window)  # "rejected a request to withdraw the warrant"
            withdrawn = _W_WITHDRAWN.search(window)
            if withdrawn and re.search(r"\b(?:trip|visit|journey|tour|plans?|meeting|appearance)\b",
                                       window[max(0, withdrawn.start() - 30) : withdrawn.end() + 40], re.IGNORECASE):
                withdrawn = None  # "cancelled his trip ... after the warrant": the trip, not the warrant
            if withdrawn and not rejected:
                statuses.append("withdrawn")
            if _W_REQUEST.search(window) and not rejected and "withdrawn" not in statuses and not _W_GRANTED.search(window):
                statuses.append("requested")
            # "asked judges to issue a warrant" is a request, not an issued warrant.
            explicit_issue = _W_ISSUE_WORD.search(window)
            if explicit_issue and _TO_AT_END.search(window[: explicit_issue.start()]):
                explicit_issue = None
            if not hits and not statuses:
                continue  # no "warrant" word and the arrest is not real ("would be arrested")
            if only_requested or _APPLICATION_AFTER.match(masked, m.end()):
                # "the subject of a warrant application": asked for, not issued
                statuses, explicit_issue = ["requested"], None
            if explicit_issue or not statuses:
                statuses.append("issued")
            cued = bool(explicit_issue) or any(s != "issued" for s in statuses) or bool(rejected)
            # "the subject of an ICC arrest warrant since March 2023": the time it has stood since.
            when = self._date_near(sentence, m.start(), "past", allow_since=bool(_SINCE_RIGHT_AFTER.match(masked, m.end())))
            for person in subjects:
                for status in dict.fromkeys(statuses):
                    conf = 0.9 if cued else 0.6
                    if not self.lex.ref.known_warrants(person.name) and court == "ICC":
                        conf *= 0.8
                    self.facts.append(_Fact("warrant", person, status, sentence, conf, court=court,
                                            date=when if cued else None, cued=cued))

    def _note_group_warrant(self, sentence: Sentence) -> None:
        """"Seeking warrants for three Hamas leaders": the subjects may be named in the next sentence."""
        masked = sentence.masked
        for m in _WARRANT_RX.finditer(masked):
            c_start, c_end = _clause_bounds(masked, m.start())
            if not _W_GROUP_OBJECT.search(masked, m.end(), c_end) and (
                    "PER" in masked[c_start:c_end] or not (_W_ANOTHER.search(masked, c_start, m.start())
                                                           or _THE_WARRANTS.search(masked, max(c_start, m.start() - 12), m.end()))):
                continue  # (or "A second warrant was signed that day.": its subject is told next)
            if _W_NEGATED.search(masked[c_start : m.start()]) or _CONDITIONAL.search(masked[c_start : m.start()]):
                continue
            status = "requested" if _W_REQUEST.search(masked[c_start:c_end]) else "issued"
            self.last_warrant = (self.sentence_index, status, "ICC", self._date_near(sentence, m.start(), "past"))
            return

    def _withdrawn_after(self, sentence: Sentence) -> None:
        """"A third warrant, for X, did not last long. The judges withdrew it in February.": the
        warrant the sentence before told is withdrawn, dated by this sentence."""
        when = self._date_near(sentence, 0, "past")
        for fact in self.warrants_before:
            self.facts.append(_Fact("warrant", fact.person, "withdrawn", sentence, fact.confidence, court=fact.court,
                                    date=when, cued=True))

    def _warrant_names_follow(self, sentence: Sentence) -> None:
        """"The prosecutor sought warrants for three leaders. He named X, Y and Z.": people the reference
        knows a warrant or application for, named right after a warrant told of a group."""
        assert self.last_warrant is not None
        _, status, court, when = self.last_warrant
        masked, ents = sentence.masked, sentence.entities
        names = _W_NAMES_FOLLOW.search(masked)
        if names is None or _W_NEGATED.search(masked[: names.start()]):
            return
        for index in _PER_INDEX.findall(masked, names.end()):
            person = _per(ents, index).person
            if person is not None and self.lex.ref.known_warrants(person.name):
                self.facts.append(_Fact("warrant", person, status, sentence, 0.75, court=court, date=when, cued=True))

    def _warrant_paraphrases(self, sentence: Sentence) -> None:
        """A warrant in other words: "wanted by the ICC", "the court ordered his arrest", "wants X arrested"."""
        masked, ents = sentence.masked, sentence.entities
        for m in _W_APPLICATION.finditer(masked) if self.mentions_icc and ("request" in masked or "applic" in masked) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            before = masked[c_start : m.start()]
            if _W_NEGATED.search(before) or _W_SPEC.search(before[-40:]) or _W_REJECTED.search(before):
                continue
            indexes, at = [m.group(1)], m.end()
            # (The names may stand in a dashed aside: "requests lodged in May — against X, Y and Z — remain")
            c_end = max(c_end, _clause_bounds(masked, m.end() - 1)[1])
            while (more := _MORE_SUBJECTS.match(masked, at, c_end)) is not None:
                indexes.append(more.group(1))
                at = more.end()
            # "His requests concerning X and Y were dropped": what became of them may follow the names.
            status = "withdrawn" if _W_WITHDRAWN.search(before) or _W_WITHDRAWN.search(masked, at, c_end) else "requested"
            when = self._date_near(sentence, m.start(), "past", any_side=True)
            for index in indexes:
                person = _per(ents, index).person
                if person is not None:
                    self.facts.append(_Fact("warrant", person, status, sentence, 0.8, court="ICC", date=when, cued=True))
        for m in _W_SOUGHT.finditer(masked) if self.mentions_icc and ("sought" in masked or "seek" in masked or "request" in masked or "asked" in masked or "applied" in masked) else ():
            # "the court had already sought PER0's arrest", "prosecutors requested the arrest of PER1 and PER2"
            c_start, c_end = _clause_bounds(masked, m.start())
            before = masked[c_start : m.start()]
            if _W_NEGATED.search(before) or _W_SPEC.search(before[-40:]) or _W_REJECTED.search(before) or _CONDITIONAL.search(before):
                continue
            if m.group("d") and not _COURT_SEEKS.search(before):
                continue  # "X sought Y's help" is no warrant; only the court seeks someone
            indexes = [m.group("a") or m.group("b") or m.group("c") or m.group("d")]
            at = m.end()
            while (more := _MORE_SUBJECTS.match(masked, at, c_end)) is not None:
                indexes.append(more.group(1))
                at = more.end()
            when = self._date_near(sentence, m.end() if m.group("c") else m.start(), "past", any_side=True, allow_since=True)
            # "The ICC has been seeking X's arrest since 2009": the court's own warrant; a prosecutor's
            # seeking is a request to the judges.
            status = "issued" if _COURT_SEEKS.search(before) and "prosecut" not in before.lower() else "requested"
            if m.group("c"):  # "whose arrest the prosecutor asked judges to authorise" / "the court sought"
                status = "requested" if "prosecut" in m.group(0).lower() or "asked" in m.group(0).lower() else "issued"
            for index in indexes:
                person = _per(ents, index).person
                if person is not None:
                    self.facts.append(_Fact("warrant", person, status, sentence, 0.8, court="ICC", date=when, cued=True))
        for m in _WANTED_LIST.finditer(masked) if "wanted" in masked and ":" in masked else ():
            # "Three others wanted in the same investigation have never been handed over: X, Y and Z"
            when = self._date_near(sentence, m.start(), "past", any_side=True, allow_since=True)
            for index in _PER_INDEX.findall(masked, m.end()):
                person = _per(ents, index).person
                if person is not None and self.lex.ref.known_warrants(person.name):
                    self.facts.append(_Fact("warrant", person, "issued", sentence, 0.75, court="ICC", date=when, cued=True))
        for m in _W_ENDED_CASE.finditer(masked) if self.mentions_icc and ("case" in masked or "proceedings" in masked) else ():
            # "Judges ended the case against X earlier this year": the warrant is withdrawn.
            c_start, _ = _clause_bounds(masked, m.start())
            person = _per(ents, m.group(1)).person
            if person is not None and self.lex.ref.known_warrants(person.name) and not _W_NEGATED.search(masked[c_start : m.start()]):
                when = self._date_near(sentence, m.start(), "past", any_side=True)
                self.facts.append(_Fact("warrant", person, "withdrawn", sentence, 0.8, court="ICC", date=when, cued=True))
        for m in _W_PARAPHRASE.finditer(masked):
            c_start, _ = _clause_bounds(masked, m.start())
            if _W_NEGATED.search(masked[c_start : m.start()]) or _W_SPEC.search(masked[max(c_start, m.start() - 40) : m.start()]):
                continue
            told = m.group("s1") or m.group("s2") or m.group("s3") or m.group("s4")  # the subject inside the phrase
            index = told
            if index is None:
                before = _PER_INDEX.findall(masked[: m.start()])
                rel = re.search(r"PER(\d+)(?:'s|’s)?\s*,?\s*(?:who\s+(?:is|was|has\s+been)\s+|(?:\w+\s+){0,6}?)$", masked[: m.start()])
                index = rel.group(1) if rel else (before[-1] if before else None)
            if index is None:
                continue
            person = _per(ents, index).person
            if person is None:
                continue
            # "The president, X, and his ombudsman, Y, have been wanted by the court": all of them.
            others = [] if told else [
                p for i in _PER_INDEX.findall(masked, c_start, m.start())
                if (p := _per(ents, i).person) is not None and p is not person and self.lex.ref.known_warrants(p.name)]
            when = self._date_near(sentence, m.start(), "past", any_side=True, allow_since=True)
            court = "ICC"
            if m.group("s1") or m.group("s2"):  # "a federal court in Argentina has ordered the arrest of X"
                national = _NATIONAL_COURT.search(masked, c_start, m.start())
                if national and not _ICC_RX.search(sentence.text):
                    court = _per(ents, _court_place(national)).iso3
            if court == "ICC" and not self.mentions_icc:
                continue  # (a national court's order is the only paraphrase outside an article about the ICC)
            for subject in dict.fromkeys([*others, person]):
                self.facts.append(_Fact("warrant", subject, "issued", sentence, 0.85, court=court, date=when, cued=True))

    def _warrant_subjects(self, sentence: Sentence, w_start: int, w_end: int, c_start: int, c_end: int) -> list[Person]:
        masked, ents = sentence.masked, sentence.entities
        # A list after a colon still names the subjects: "warrants for three leaders: A, B and C".
        after = masked[w_end:]
        after = after[: m.start()] if (m := _STOP_MARK.search(after)) else after
        # ... or after a dash: "warrants for three men — A, B and C", "for the leaders of the group: A and B".
        named_in = _WARRANTS_NAME.match(after)
        if named_in is not None:  # "The warrants, made public on Tuesday, name X, commander of ..., and Y"
            people = [_per(ents, named_in.group(1)).person]
            pos = named_in.end()
            while more := _MORE_SUBJECTS.match(after, pos):
                people.append(_per(ents, more.group(1)).person)
                pos = more.end()
            return [p for p in dict.fromkeys(people) if p is not None]
        both = _FOR_BOTH.match(after)
        if both is not None:  # "... Netanyahu and Gallant ..., and issued warrants for both men": the two named before
            named = [e.person for i in _PER_INDEX.findall(masked, 0, w_start) if (e := _per(ents, i)).person is not None]
            named = list(dict.fromkeys(named))
            if len(named) >= 2:
                return named[-2:]
        obj = _WARRANT_OBJECT.match(after)
        if obj:
            people = [_per(ents, obj.group(1)).person]
            pos = obj.end()
            while more := _MORE_SUBJECTS.match(after, pos):
                found = _per(ents, more.group(1))
                pos = more.end()
                if found.surface.lower() in {"his", "her", "their"} and (
                        named := _POSSESSOR_ROLE_NAMED.match(after, pos)) is not None:
                    # "for PER0 and his children's commissioner, PER1": the one named, not "his".
                    found, pos = _per(ents, named.group(1)), named.end()
                people.append(found.person)
            return [p for p in dict.fromkeys(people) if p is not None]
        candidates = [_per(ents, i) for i in _PER_INDEX.findall(masked[c_start:c_end])]
        if not candidates:
            # "X, who faces an arrest warrant, ...": the relative clause hangs on X.
            rel = re.search(r"PER(\d+)\s*,\s*who\s*$", masked[:c_start]) if _OWN_WARRANT.match(masked, c_start) else None
            person = _per(ents, rel.group(1)).person if rel else None
            return [person] if person is not None else []
        # Prefer someone the reference lists a warrant for: "Mongolia's leader ignored the warrant".
        wanted = [c for c in candidates if c.person and self.lex.ref.known_warrants(c.person.name)]
        # Anyone else needs the language to make the warrant theirs ("X, who faces a warrant",
        # "X's arrest"): a leader merely named near the word ("Orbán invited him despite the
        # warrant", "Biden's government criticised the warrants") is not its subject.
        own = [c for c in candidates if c.person and _OWN_WARRANT.match(masked, masked.find(f"PER{ents.index(c)}", c_start) + len(f"PER{ents.index(c)}"))]
        arrested = [_per(ents, a.group(1)) for a in _ARRESTED_OBJECT.finditer(masked, c_start, c_end)]
        pick = wanted or own or [a for a in arrested if a.person]
        if not pick:
            return []
        # The nearest before the word, else the first after it.
        before = [c for c in pick if masked.find(f"PER{ents.index(c)}", c_start) < w_start]
        chosen = before[-1] if before else pick[0]
        # "X was named in a warrant together with Y and Z": the companions share it.
        with_them = _W_COMPANIONS.search(masked, masked.find(f"PER{ents.index(chosen)}", c_start), c_end)
        companions = [] if with_them is None else [
            c for c in pick if masked.find(f"PER{ents.index(c)}", c_start) > with_them.start() and c is not chosen]
        return [p.person for p in [chosen, *companions] if p.person]

    # -- driver --
    def run(self) -> list[Mention]:
        sentences: list[Sentence] = []
        for start, end in split_sentences(self.text):
            sentences.append(Sentence(start, end, self.text[start:end]))
        self.sentences = sentences
        # Names mentioned anywhere pick "the Indian leader" among office holders.
        found = [_key_entities(s.text, self.lex) for s in sentences]
        mentioned = {e.person.name for ents in found for e in ents if e.person is not None}
        people = list({e.person.name: e.person for ents in found for e in ents if e.person is not None}.values())
        partial = partial_names(people, self.lex) if people else {}
        if partial:
            parts = _parts_regex(tuple(partial))
            for index, s in enumerate(sentences):
                if parts.search(s.text):
                    found[index] = _with_partials(s.text, found[index], partial, self.lex)
        carry: Person | None = None
        carry_age = 99
        countries = frozenset(e.iso3 for ents in found for e in ents if e.kind in {"LOC", "DEM", "GOV"} and e.iso3)
        salience: Counter[str] = Counter()  # how often each person has been named so far
        seen: dict[str, tuple[int, Person]] = {}  # person -> (sentence last named in, person)
        for index, (s, ents) in enumerate(zip(sentences, found, strict=True)):
            for e in ents:  # named in this sentence: the nearest candidates for "the president"
                if e.person is not None:
                    seen.pop(e.person.name, None)
                    seen[e.person.name] = (index, e.person)
            recent = [p for i, p in reversed(seen.values()) if index - i <= 2]
            told = carry if carry_age <= 1 else None
            if (index and "\n" in self.text[sentences[index - 1].end : s.start] and _OPENING_PRONOUN.match(s.text)
                    and salience):
                # A paragraph opening on "He"/"His" is about the article's main person, not whoever the
                # last paragraph ended on ("Lavrov leads the delegation there. || His first trip since the
                # warrant takes him to Bishkek"), when that person is named far more often.
                top, count = salience.most_common(1)[0]
                if told is None or top != told.name and count > salience[told.name] and count >= 2:
                    told = self.lex.ref.person(top) or told
            s.masked, s.entities = analyse_sentence(s.text, self.lex, self.published, mentioned,
                                                    told, ents, recent,
                                                    _pair_named(sentences[index - 1]) if index else None, countries)
            for e in ents:
                if e.person is not None:
                    salience[e.person.name] += 1
            for e in s.entities:  # a country's title or a pronoun keeps its person near
                if e.person is not None and e.via in {"title", "pronoun"}:
                    seen.pop(e.person.name, None)
                    seen[e.person.name] = (index, e.person)
            s.published = self.published
            s.previous = sentences[index - 1] if index else None
            self._update_context(s)
            if "summit" in s.masked.lower() or "EVT" in s.masked or "meet" in s.masked or "gathering" in s.masked:
                self._note_gathering_days(s)
            self.sentence_index = index
            self._visits(s)
            if self.legs_possible:
                self._tour_legs(s)
            if self.cancel_possible and _cancel_verb_hint(s.masked) and _has_any(s.masked.lower(), _CANCEL_NOUN_HINT):
                self._note_cancel(s)
            if "home" in s.masked or "back" in s.masked or "returned" in s.masked or "left" in s.masked or "departed" in s.masked:
                self._note_home(s)
            told_before = len(self.facts)
            if self.warrants_before and _IT_WITHDRAWN.match(s.masked):
                self._withdrawn_after(s)
            elif self.warrants_before and (signed := _WARRANTS_SIGNED.search(s.masked)) is not None:
                # "The warrants were signed on Monday", "The warrants, signed by the court on Thursday, ...":
                # the day of the warrants told just before.
                when = self._date_near(s, signed.end(), "past")
                for fact in self.warrants_before:
                    fact.date = fact.date or when
            self._warrants(s)
            if self.last_warrant is not None and (index - self.last_warrant[0] == 1 or index - self.last_warrant[0] == 2
                                                   and _WARRANT_BACK_REFERENCE.search(s.masked)):
                # Named in the next sentence, or in the one after when it points back ("named in the applications").
                self._warrant_names_follow(s)
            self.warrants_before = [f for f in self.facts[told_before:] if f.kind == "warrant" and f.status == "issued"]
            first = _PER_TOKEN.search(s.masked)
            unknown = _UNKNOWN_SUBJECT.match(s.masked)
            stranger = _unknown_traveller(s.masked) if ("trip" in s.masked or "visit" in s.masked or "tour" in s.masked) and (
                "'s " in s.masked or "’s " in s.masked) else None
            if stranger is not None and (first is None or stranger.start() < first.start()):
                carry, carry_age = None, 0  # "It was al-Sharaa's second trip abroad. On Sunday he was in Riyadh."
            elif first and unknown is not None and unknown.end() <= first.start():
                # "Smith, a longtime friend of PER0's, met ...": the subject is someone the reference
                # does not know, so "He" in the next sentence is not PER0.
                carry, carry_age = None, 0
            elif first:
                carry, carry_age = s.entities[int(first.group(1))].person, 0
            else:
                carry_age += 1
        self._resolve_cancels()
        return self._mentions()

    def _note_cancel(self, sentence: Sentence) -> None:
        """Remember a trip called off with no place told ("The visit was called off")."""
        masked, ents = sentence.masked, sentence.entities
        starts: set[int] = set()
        # Only around a cancel verb: the pattern opens on words as common as "the".
        spans = [(max(0, v.start() - 240), min(len(masked), v.end() + 140)) for v in _CANCEL_RX.finditer(masked)]
        for m in (x for lo, hi in spans for x in _CANCEL_TOLD.finditer(masked, lo, hi)):
            if m.start() in starts:
                continue
            starts.add(m.start())
            c_start, _ = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _HEARSAY.search(pre):
                continue
            if re.search(r"\b(?:not|never|n't|n’t)\b", m.group(0)):
                continue
            det = (m.group("det") or m.group("det2")).lower()
            noun = (m.group("noun") or m.group("noun2")).lower()
            owner = re.match(r"per(\d+)", det)
            who = [_per(ents, owner.group(1))] if owner else _travelers_before(masked, ents, m.start(), c_start)
            person = who[-1].person if who else None
            one_leg = noun in {"leg", "stop", "stopover"} or det in {"that", "this"}
            if any(f.sentence is sentence and f.kind == "visit" and f.status == "cancelled" for f in self.facts):
                continue  # the place was told in the same clause: the cancel rule has it
            # "scrapped the rest of his trip": only the legs told after it, not those still on
            if m.group("loc") and person is not None:
                # "PER0's state visit to LOC1, which was to be his first, has been postponed": the place is told.
                place = _per(ents, m.group("loc"))
                verb = (m.group("verb") or "").lower()
                later = verb.startswith(("postpon", "put off", "delay")) and _NEW_DATE.search(masked, m.end())
                if place.kind == "LOC":
                    self._add_visit(who[-1:], [(place.iso3, place.city, None, 0.85)], "planned" if later else "cancelled",
                                    sentence, m.start(), 0.85)
                    if later and self.facts and self.facts[-1].sentence is sentence:
                        self.facts[-1].date = self._date_near(sentence, later.end(), "future", status="planned")
            self.cancel_notes.append(_CancelNote(self.sentence_index, person, sentence, m.start(), one_leg, bool(m.group("rest"))))

    def _resolve_cancels(self) -> None:
        """A trip called off in another sentence: the plan told just before it (or, for a whole trip,
        the plans told as over just after it) by the same traveller is cancelled; a postponement with a
        new date keeps the plan, dated anew."""
        for index, person, sentence, at, one_leg, rest in self.cancel_notes:
            masked = sentence.masked
            verb = _CANCEL_RX.search(masked, at)
            postponed = verb is not None and verb.group("verb").lower().startswith(("postpon", "put off", "delay"))
            new_date = None
            if postponed and _NEW_DATE.search(masked, verb.end()):
                new_date = self._date_near(sentence, verb.end(), "future", status="planned", any_side=True)
                if new_date is None:
                    continue  # "postponed until later": still a plan, with no day to give it
            # Plans already told as facts, in this sentence or the two before.
            # (A plan in the cancelling sentence itself has its own clause: "will still attend X, but has
            # scrapped the rest of his trip".)
            plans = [f for f in self.facts if f.kind == "visit" and f.status == "planned" and not rest
                     and f.sentence.start < sentence.start and (person is None or f.person is person)
                     and self._sentence_gap(f.sentence, sentence) <= 2]
            past = [p for p in self.past_plans
                    if (index - 2 <= p.index <= index if one_leg else (index < p.index if rest else index - 2 <= p.index)
                        and p.index <= index + 3)]
            if person is None:
                latest = max([(self._sentence_gap(f.sentence, sentence), f.person) for f in plans], key=lambda x: -x[0], default=None)
                last_past = max(past, key=lambda p: (p.index <= index, -abs(index - p.index)), default=None)
                if latest is not None:
                    person = latest[1]
                elif last_past is not None and last_past.travelers and last_past.travelers[-1].person is not None:
                    person = last_past.travelers[-1].person
                if person is None:
                    continue
            plans = [f for f in plans if f.person is person]
            past = [p for p in past if any(t.person is person for t in p.travelers)]
            if one_leg:  # "That leg": only the nearest plan before it
                before = [(f.sentence.start, 0, f) for f in plans] + [(p.sentence.start, 1, p) for p in past if p.index <= index]
                if not before:
                    continue
                nearest = max(before, key=lambda x: (x[0], x[1]))
                plans = [nearest[2]] if nearest[1] == 0 else []
                past = [nearest[2]] if nearest[1] == 1 else []
            for f in plans:
                if new_date is not None:
                    f.date = new_date
                else:
                    self.facts.append(_Fact("visit", f.person, "cancelled", f.sentence, f.confidence * 0.9, host=f.host,
                                            city=f.city, occasion=f.occasion, date=f.date, reason=f.reason))
            for plan in past:
                status = "planned" if new_date is not None else "cancelled"
                who = [t for t in plan.travelers if t.person is person]
                self._add_visit(who, plan.dests, status, plan.sentence, plan.anchor, 0.75, remember=False)
                if who:  # a plan is dated ahead: "had planned to go in December"
                    self.facts[-1].date = new_date or self._date_near(plan.sentence, plan.anchor, "future", visit=True)

    @staticmethod
    def _sentence_gap(a: Sentence, b: Sentence) -> int:
        gap, s = 0, b
        while s is not None and s is not a and gap <= 3:
            s, gap = s.previous, gap + 1
        return gap if s is a else 99

    def _home(self, person: Person) -> str | None:
        """The country a person serves on the article's date (cached: asked for every fact)."""
        if person.name not in self.homes:
            self.homes[person.name] = _person_country(person, self.published)
        return self.homes[person.name]

    def _note_home(self, sentence: Sentence) -> None:
        """"Trump flew home on Friday": the traveller's stays abroad in this article are over."""
        for m in _BACK_HOME.finditer(sentence.masked):
            person = _per(sentence.entities, m.group(1)).person
            if person is not None and _per(sentence.entities, m.group(2)).iso3 == self._home(person):
                self.went_home.add(person.name)  # "was back in Moscow by the evening"
        for m in _AND_BACK_HOME.finditer(sentence.masked):
            person = _per(sentence.entities, m.group(1)).person
            if person is not None and _per(sentence.entities, m.group(2)).iso3 == self._home(person):
                self.went_home.add(person.name)
        for m in _WENT_HOME.finditer(sentence.masked):
            if not _PRE_FUTURE.search(sentence.masked[m.start() : m.start("verb")]):
                person = _per(sentence.entities, m.group(1)).person
                if person is not None:
                    self.went_home.add(person.name)
        for m in _LEFT_ON.finditer(sentence.masked):
            person = _per(sentence.entities, m.group(1)).person
            if person is not None:
                self.went_home.add(person.name)  # "He left on Wednesday": the stay told before is over

    def _mentions(self) -> list[Mention]:
        for fact in self.facts:
            if fact.kind == "visit" and fact.status == "ongoing" and (
                    fact.person.name in self.went_home or _stay_over(fact.date, fact.sentence.text, self.published)):
                fact.status = "completed"
        if self.gathering_day is not None:
            host, first = self.gathering_day
            for fact in self.facts:  # trips to the gathering with no day of their own
                if fact.kind == "visit" and fact.host == host and (
                        fact.date is None or len(fact.date) < 10 and first.startswith(fact.date)):
                    fact.date = first
        if self.opening_day is not None:
            host, day = self.opening_day
            for fact in self.facts:  # there, or staying away, on the day it opened
                if fact.kind == "visit" and fact.host == host and fact.date is None and fact.status in {"ongoing", "declined"}:
                    fact.date = day
        ceremony_day = None
        if self.ceremony and self.sentences:
            # The day of the ceremony the story is about: the first day its opening sentence tells.
            opening = next((d.value for d in self.sentences[0].dates("past") if len(d.value) == 10), None)
            ceremony_day = opening if opening and opening <= self.published.isoformat() else None
        for fact in self.facts:
            if fact.kind == "visit" and fact.status in {"ongoing", "planned"} and fact.sentence.masked[:1].isupper():
                head = self._past_timeline_entry(fact.sentence, strict=False)
                if head is not None and not _WILL_WORD.search(fact.sentence.masked):
                    # "June 2024: He lands in Pyongyang on June 19": told in the present, over by now.
                    when = head if fact.date is None else fact.date if fact.date.startswith(head[:4]) else head[:4] + fact.date[4:]
                    if len(when) < 10:  # the day told after the head, read in the head's year
                        when = next((d.value for d in fact.sentence.dates("past") if len(d.value) == 10
                                     and d.value.startswith(when)), when)
                    if when < self.published.isoformat()[: len(when)]:
                        fact.status, fact.date = "completed", when
        facts = _dedupe(self.facts)
        _one_place_at_a_time(facts)
        if ceremony_day is not None:
            for f in facts:  # at (or away from) the ceremony the story is about, with no day of their own
                if f.kind == "visit" and f.date is None and f.status in {"completed", "ongoing", "declined"} and (
                        self.dateline is None or f.host == self.dateline[0]):
                    f.date = ceremony_day
        for f in facts:
            if f.kind == "visit" and f.status == "ongoing" and f.date is None:
                f.date = self.published.isoformat()  # under way with no day told: there on the paper's day
        out = []
        for f in facts:
            out.append(
                Mention(
                    article=self.article_id, kind=f.kind, person=f.person.name, status=f.status, date=f.date,
                    evidence=f.sentence.text, start=f.sentence.start, end=f.sentence.end,
                    confidence=round(min(1.0, max(0.0, f.confidence)), 3), host_country=f.host, city=f.city,
                    occasion=f.occasion, court=f.court, reason=f.reason,
                )
            )
        out.sort(key=lambda x: (x.start, x.kind, x.person, x.host_country or x.court or "", x.status))
        return out


_LATER = re.compile(r"\b(?:(?P<num>a|an|one|two|three|four|five|six)\s+(?P<unit>month|year)s?\s+later|"
                    r"the\s+(?:following|next)\s+(?P<unit2>month|year))\b", re.IGNORECASE)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _date_later_than_before(sentence: Sentence) -> str | None:
    """"A month later he stayed away from ...": the last date the sentence before gave, moved on."""
    m = _LATER.search(sentence.masked) if "later" in sentence.masked or "following" in sentence.masked or "next" in sentence.masked else None
    before = sentence.previous
    if m is None or before is None or sentence.published is None:
        return None
    before.published = before.published or sentence.published
    earlier = [d.value for d in before.dates("past")]
    if not earlier:
        return None
    base = earlier[-1]
    count = _NUMBER_WORDS.get((m.group("num") or "a").lower(), 1)
    unit = (m.group("unit") or m.group("unit2")).lower()
    year = int(base[:4])
    if unit == "year":
        return str(year + count)
    if len(base) < 7:
        return None  # "in 2016 ... a month later": the month is not told
    month = int(base[5:7]) - 1 + count
    value = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return value if value <= sentence.published.isoformat()[:7] else None


def _generic_occasion(word: str) -> str | None:
    word = word.lower()
    return word if word in {"summit", "forum", "conference", "inauguration", "funeral", "coronation", "parade"} else None


def _date_fits(value: str, status: str, published: date) -> bool:
    """A planned trip lies ahead; a completed, ongoing or declined one not after the article."""
    pub = published.isoformat()[: len(value)]
    if status == "planned":
        return value >= pub
    if status in {"completed", "ongoing"}:
        return value <= pub
    return True


def _more_precise(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a) >= len(b) else b


def _other_trip(a: _Fact, b: _Fact) -> bool:
    """Two facts of one sentence about the same person and country that are different trips: another
    status and times a month or more apart, or the same status half a year or more apart."""
    if a.earlier != b.earlier:
        return True
    if a.date is None or b.date is None:
        # "It is X's first visit to Russia since ...; he held talks in the Kremlin in July last year":
        # a finished trip dated a month or more back is not the undated one under way.
        dated, undated = (a, b) if b.date is None else (b, a)
        published = dated.sentence.published
        return (dated.date is not None and undated.status in {"ongoing", "planned"} and dated.status == "completed"
                and published is not None and (published - _first_day(dated.date)).days >= 30)
    apart = abs((_first_day(a.date) - _first_day(b.date)).days)
    return apart >= 30 if a.status != b.status else apart >= 180  # ("in 2019 and again in 2023": two)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _not_before(settled: _Fact, plan: _Fact) -> bool:
    """A settled fact replaces a plan only if it is not an earlier, separate trip (visited in May, plans to return)."""
    if settled.status in {"cancelled", "declined"}:
        return True  # "has postponed a trip to Germany", then "was due to leave for Berlin on Thursday"
    return settled.sentence.start >= plan.sentence.start or settled.date is not None and plan.date is not None


_PAST_REFUSAL = re.compile(r"\b(?:did|was|were|had|declined|refused|chose|opted|decided)\b|n['’]t\b", re.IGNORECASE)
_PAST_PLAN_WORDS = re.compile(r"\b(?:was|were|had|would)\b", re.IGNORECASE)


def _telling_tense(status: str, pre: str, verb: str) -> str | None:
    """"past" for a refusal told as over ("stayed away", "did not go"), "present" for a plan still
    ahead ("intends to travel", "will go"); None when the words do not say."""
    if status == "declined":
        head = verb.split()[0].lower()
        if head.endswith("ed") or _PAST_REFUSAL.search(pre[-40:]) and not _PRESENT_OR_WILL.search(pre[-40:]):
            return "past"
    elif status == "planned" and not _PAST_PLAN_WORDS.search(pre[-40:]):
        return "present"
    return None


def _same_trip(settled: _Fact, plan: _Fact) -> bool:
    """Could ``settled`` be what became of the planned trip? A missed event already past is another trip."""
    a, b = settled.date, plan.date
    if settled.status == "declined" and settled.tense == "past" and plan.tense == "present":
        return False  # "intends to travel to India" beside "stayed away from the summit in New Delhi"
    published = settled.sentence.published
    if (plan.tense == "present" and settled.status == "completed" and a is not None and published is not None
            and a < published.isoformat()[: len(a)]):
        return False  # "intends to travel to India" beside "his last visit to India was in December 2021"
    if settled.status in {"cancelled", "declined"}:
        published = settled.sentence.published
        if a is not None and published is not None and a < published.isoformat()[: len(a)]:
            return False
        if a is not None and b is not None and len(a) == len(b) == 10:
            return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 7
    if settled.status == "ongoing" and a is not None and b is not None and len(a) == len(b) == 10:
        # "flew on to Washington on Sunday" + "is due at the White House on Monday": one stay.
        return 0 <= (date.fromisoformat(b) - date.fromisoformat(a)).days <= 7
    return _compatible(a, b)


_WARRANT_STAGES = {"requested": 0, "issued": 1, "executed": 2, "withdrawn": 2}


def _warrant_stage(fact: _Fact) -> tuple[int, str]:
    return _WARRANT_STAGES.get(fact.status, 1), fact.date or ""


def _evidence_score(fact: _Fact) -> tuple[float, int]:
    """Better evidence: more confident, and saying when and where (ties: the earlier sentence)."""
    detail = 0.1 * (fact.date is not None) + 0.05 * (fact.city is not None) + 0.05 * (fact.occasion is not None)
    return fact.confidence + detail, -fact.sentence.start


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _one_stay(facts: list[_Fact]) -> list[_Fact]:
    """Sentences about one stay abroad, told on different days, are one trip dated by its first day:
    "flew to Hanoi on Sunday" and "is in Hanoi on Monday" is a stay that began on Sunday and goes on;
    "came to China from Japan" beside "is in China" adds no finished trip."""
    stays: dict[tuple[int, str | None], list[_Fact]] = {}
    for f in facts:
        if f.kind == "visit" and f.status in {"ongoing", "completed"}:
            stays.setdefault((id(f.person), f.host), []).append(f)
    dropped: set[int] = set()
    for group in stays.values():
        if len(group) < 2:
            continue
        ongoing = [f for f in group if f.status == "ongoing"]
        if ongoing:
            days = [f.date for f in ongoing if f.date and len(f.date) == 10]
            for f in group:
                if f.status != "completed":
                    continue
                if f.date is None:
                    dropped.add(id(f))  # the finished trip is the stay still going on
                elif len(f.date) == 10 and any(_days_apart(f.date, day) <= 7 for day in days):
                    f.status = "ongoing"  # went there, or met someone there, during the stay
        for status in ("ongoing", "completed"):
            days = sorted({f.date for f in group if f.status == status and f.date and len(f.date) == 10})
            if len(days) > 1 and _days_apart(days[0], days[-1]) <= 7:
                for f in group:
                    if f.status == status and f.date in days:
                        f.date = days[0]
    return [f for f in facts if id(f) not in dropped]


def _one_place_at_a_time(facts: list[_Fact]) -> None:
    """A traveller is in one country at a time: of several stays going on, only the one that began
    last still is ("arrived in Belgrade on Tuesday" is over once "landed in Budapest on Wednesday")."""
    latest: dict[str, tuple[str, str | None]] = {}
    for f in facts:
        if f.kind == "visit" and f.status == "ongoing" and f.date and len(f.date) == 10:
            latest[f.person.name] = max(latest.get(f.person.name, ("", None)), (f.date, f.host), key=lambda x: x[0])
    for f in facts:
        if f.kind == "visit" and f.status == "ongoing" and f.date and len(f.date) == 10:
            day, host = latest[f.person.name]
            if f.date < day and f.host != host:
                f.status = "completed"


def _dedupe(facts: list[_Fact]) -> list[_Fact]:
    """One fact per trip or warrant: merge repeats whose dates agree, keeping the best evidence."""
    # A bare "the warrant" only stands when no cued mention names the subject.
    cued_subjects = {(f.person.name, f.court) for f in facts if f.kind == "warrant" and f.cued}
    facts = [f for f in facts if f.kind != "warrant" or f.cued or (f.person.name, f.court) not in cued_subjects]
    # One warrant per subject and court: the furthest state the article reports ("was issued in
    # November" beside "withdrew the warrant on Wednesday" is a withdrawn warrant).
    latest: dict[tuple[str, str | None], _Fact] = {}
    for f in facts:
        if f.kind == "warrant":
            key = (f.person.name, f.court)
            if key not in latest or _warrant_stage(f) > _warrant_stage(latest[key]):
                latest[key] = f
    facts = [f for f in facts if f.kind != "warrant" or f.status == latest[(f.person.name, f.court)].status]
    # "Expected, then arrived" / "planned, then called off": the trip's latest state wins over the plan.
    settled: dict[tuple[int, str | None], list[_Fact]] = {}  # by (person, host): only those can settle a plan
    for f in facts:
        if f.kind == "visit" and f.status != "planned":
            settled.setdefault((id(f.person), f.host), []).append(f)
    kept_plans: list[_Fact] = []
    for f in facts:
        if f.kind == "visit" and f.status == "planned":
            outcome = next((o for o in settled.get((id(f.person), f.host), ()) if _not_before(o, f) and _same_trip(o, f)), None)
            if outcome is not None:
                outcome.date = outcome.date or f.date  # "postponed a trip to Germany" + "was due in Berlin on Thursday"
                continue
        kept_plans.append(f)
    facts = kept_plans
    facts = _one_stay(facts)
    # One sentence, one trip: "arrived in X for his first visit to X" is one ongoing visit, and the
    # verb's reading (more confident) beats the noun's.
    # (Two trips told in one sentence stay two when their status and their time both differ by a month
    # or more: "Modi, who flew in on Tuesday, had been to Russia in July".)
    best_in_sentence: dict[tuple, list[_Fact]] = {}
    for fact in facts:
        if fact.kind != "visit":
            continue
        group = best_in_sentence.setdefault((fact.sentence.start, fact.person.name, fact.host), [])
        for index, other in enumerate(group):
            if not _other_trip(other, fact):
                if fact.confidence > other.confidence:
                    group[index] = fact
                break
        else:
            group.append(fact)
    best_ids = {id(f) for group in best_in_sentence.values() for f in group}
    facts = [f for f in facts if f.kind != "visit" or id(f) in best_ids]
    kept: list[_Fact] = []
    groups: dict[tuple, list[int]] = {}  # facts that could merge (all but the date agree) -> places in kept
    for fact in facts:
        group = groups.setdefault((fact.kind, id(fact.person), fact.status, fact.host, fact.court), [])
        for index in group:
            other = kept[index]
            compatible = _compatible(other.date, fact.date)
            if not compatible and fact.kind != "warrant" or other.earlier != fact.earlier:
                continue
            best = max((other, fact), key=_evidence_score)
            # A warrant is issued (or asked for) once, executed or withdrawn once: one fact whatever the
            # times told; the earliest time an issue or a request is told with, the latest of the others.
            merged_date = (_more_precise(other.date, fact.date) if compatible else
                           min(other.date, fact.date) if fact.status in {"issued", "requested"} else max(other.date, fact.date))
            if best is fact:
                kept[index] = fact
            best.date = merged_date
            best.city = best.city or other.city or fact.city
            best.occasion = best.occasion or other.occasion or fact.occasion
            best.reason = best.reason or other.reason or fact.reason
            break
        else:
            group.append(len(kept))
            kept.append(fact)
    return kept


# ---- public API -----------------------------------------------------------------------------------


def tag_text(article_id: str, text: str, published: date, ref: Reference) -> list[Mention]:
    lex = lexicon(ref)
    if not text or not is_candidate(text, lex):
        return []
    return _ArticleTagger(article_id, text, published, lex).run()


def tag_article(article: Article, ref: Reference) -> list[Mention]:
    """Visits and warrants in one article (pure: same input, same output)."""
    published = parse_published(article.published)
    if published is None:
        raise ValueError(f"article {article.id}: no publication date, so relative dates cannot be resolved")
    return tag_text(article.id, article.text, published, ref)


def _is_english(article: Article) -> bool:
    return article.language is None or article.language.lower().startswith("en")


def run_stage(window: Window, paths: Paths, **_: Any) -> dict[str, Any]:
    """Tag every parsed English article of the window; write mentions and stats."""
    work = paths.work(window)
    source = work / ARTICLES_FILE
    if not source.is_file():
        raise FileNotFoundError(f"tag: {source} is missing; run the parse stage for {window.key} first")
    ref = load_reference(paths.reference)
    lex = lexicon(ref)
    counts: Counter[str] = Counter()
    mentions: list[Mention] = []
    for row in read_jsonl(source):
        article = Article.from_dict(row)
        if article.skipped:
            counts["skipped"] += 1
            continue
        if not _is_english(article):
            counts["non_english"] += 1
            continue
        if not is_candidate(article.text, lex):
            counts["prefiltered_out"] += 1
            continue
        published = parse_published(article.published) or window.day
        found = tag_text(article.id, article.text, published, ref)
        counts["tagged"] += 1
        for mention in found:
            mention.url = article.url
            mention.source = article.source
            mention.published = article.published
            mention.group_id = article.group_id
            mention.fingerprint = article.fingerprint
            mention.window = window.key
            mentions.append(mention)
    mentions.sort(key=lambda x: (x.article, x.start, x.kind, x.person, x.host_country or x.court or "", x.status))
    out = work / MENTIONS_FILE
    write_jsonl(out, (m.to_dict() for m in mentions))
    stats = {
        "window": window.key,
        "articles_tagged": counts["tagged"],
        "prefiltered_out": counts["prefiltered_out"],
        "non_english_skipped": counts["non_english"],
        "skipped_pages": counts["skipped"],
        "visits": sum(1 for m in mentions if m.kind == "visit"),
        "warrants": sum(1 for m in mentions if m.kind == "warrant"),
        "mentions_file": str(out),
    }
    atomic_write_text(work / stats_file("tag"), json.dumps(stats, sort_keys=True, indent=2) + "\n")
    return stats


# ---- CLI ------------------------------------------------------------------------------------------


def _html_to_article(html: str, url: str, article_id: str) -> tuple[str, str | None]:
    """(text, title) of an HTML page: through warrantwatch.parse when it exists, else a bs4 fallback."""
    try:
        from warrantwatch import parse as parse_module  # written by the parse stage's helper
    except ImportError:
        parse_module = None
    if parse_module is not None and hasattr(parse_module, "parse_html"):
        parsed = parse_module.parse_html(html, url)
        text = getattr(parsed, "text", None) or (parsed.get("text") if isinstance(parsed, dict) else "")
        title = getattr(parsed, "title", None) or (parsed.get("title") if isinstance(parsed, dict) else None)
        return text or "", title
    # Fallback until parse.py lands: paragraph text only.
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside"]):
        tag.decompose()
    paragraphs = [p.get_text(" ", strip=True) for p in soup.find_all("p")]
    title = soup.title.get_text(strip=True) if soup.title else None
    return "\n\n".join(p for p in paragraphs if p), title


def _article_from_row(row: dict[str, Any], where: str) -> tuple[str, str, date]:
    for key in ("id", "published"):
        if not row.get(key):
            raise ValueError(f"{where}: missing {key!r}")
    if "text" in row and row["text"] is not None:
        text = row["text"]
    elif row.get("html"):
        text, _ = _html_to_article(row["html"], row.get("url") or "", row["id"])
    else:
        raise ValueError(f"{where}: needs 'text' or 'html'")
    published = parse_published(str(row["published"]))
    assert published is not None
    return str(row["id"]), text, published


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warrantwatch extract", description="Tag visits and warrants (JSON lines).")
    parser.add_argument("file", nargs="?", help="one article: .html, .htm or .txt")
    parser.add_argument("--jsonl", help='JSON lines of {"id","url","title","published","text" or "html"}')
    parser.add_argument("--published", help="publication date of FILE, YYYY-MM-DD")
    parser.add_argument("--id", help="article id to print for FILE (default: the file name)")
    parser.add_argument("--reference", type=Path, default=None, help="reference folder (default: bundled)")
    args = parser.parse_args(argv)
    if bool(args.file) == bool(args.jsonl):
        parser.error("give either FILE or --jsonl FILE")
    ref = load_reference(args.reference or Paths.from_env().reference)
    out = sys.stdout
    try:
        if args.jsonl:
            path = Path(args.jsonl)
            if not path.is_file():
                parser.error(f"no such file: {path}")
            for number, row in enumerate(read_jsonl(path), 1):
                article_id, text, published = _article_from_row(row, f"{path}:{number}")
                for mention in tag_text(article_id, text, published, ref):
                    out.write(json.dumps(mention.to_extract_dict(), ensure_ascii=False) + "\n")
        else:
            path = Path(args.file)
            if not path.is_file():
                parser.error(f"no such file: {path}")
            if not args.published:
                parser.error("--published YYYY-MM-DD is required with FILE")
            published = parse_published(args.published)
            assert published is not None
            raw = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix.lower() in {".html", ".htm"}:
                text, _ = _html_to_article(raw, path.resolve().as_uri(), args.id or path.stem)
            else:
                text = raw
            for mention in tag_text(args.id or path.stem, text, published, ref):
                out.write(json.dumps(mention.to_extract_dict(), ensure_ascii=False) + "\n")
    except ValueError as exc:
        print(f"warrantwatch extract: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # "| head": the reader has all it wanted
        sys.stderr.close()
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
