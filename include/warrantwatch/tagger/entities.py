"""Who and where: the lexicon of names, titles, places and events (built once per reference),
sentence splitting, finding entities, and masking a sentence into ``PER0``/``LOC1``/``EVT2``/``GOV3``
placeholders, with people resolved by name, by title through who held the office on the article's
date, or by pronoun from the sentences before.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warrantwatch.dates import DEICTIC_KINDS, DateMention, resolve_scanned, scan_dates
from warrantwatch.gazetteer import Event, Gazetteer, load_gazetteer, tokens
from warrantwatch.reference import Person, Reference
from warrantwatch.rxfast import Probed
from warrantwatch.settings import REFERENCE_DIR
from warrantwatch.tagger.rx import _matches_near, _stems_rx, _trie_regex

# ---- lexicons ---------------------------------------------------------------------------------

# Office words -> the office titles they can mean in the people reference.
TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "president": ("president",),
    "prime minister": ("prime minister",),
    "premier": ("prime minister", "premier"),
    "pm": ("prime minister",),
    "chancellor": ("chancellor",),
    "vice president": ("vice president",),
    "vice-president": ("vice president",),
    "foreign minister": ("foreign minister",),
    "top diplomat": ("foreign minister",),
    # (the United States' name for the office: "the secretary of state travels on to Costa Rica"; not "foreign
    # secretary", which in India is a civil servant's post)
    "secretary of state": ("foreign minister",),
    "secretary": ("foreign minister",),  # "the secretary will go on to El Salvador", a story on the secretary of state
    "minister": ("foreign minister", "defence minister", "defense minister"),  # "the Chinese minister"
    "defence minister": ("defence minister", "defense minister"),
    "defense minister": ("defence minister", "defense minister"),
    "king": ("king",),
    "emir": ("emir",),
    "crown prince": ("crown prince",),
    "supreme leader": ("supreme leader",),
    "leader": (),  # () = the country's leader
    "head of state": (),
    "strongman": (),
    # A military government's leader ("the junta chief", "Myanmar's military ruler", "the general"): the
    # commander-in-chief, or the chairman of a military council.
    "commander-in-chief": ("commander-in-chief",),
    "general": ("commander-in-chief",),
    "senior general": ("commander-in-chief",),
    "army chief": ("commander-in-chief",),
    "military chief": ("commander-in-chief",),
    "junta chief": ("commander-in-chief", "sovereignty council chairman"),
    "junta leader": ("commander-in-chief", "sovereignty council chairman"),
    "military ruler": ("commander-in-chief", "sovereignty council chairman"),
    "military leader": ("commander-in-chief", "sovereignty council chairman"),
    "chief justice": ("chief justice",),
}
# "the general" is a person only before a verb, a clause break or a possessive: never in "the general
# election", "the general public", "the General Assembly".
_GENERAL_AS_PERSON = re.compile(
    r"(?:'s|’s|\s*[,.;:!?)\"”—–]|\s*$|\s+(?:who|whose|whom|has|had|have|is|was|were|will|would|can|could|may|might|"
    r"must|should|shall|did|does|do|also|then|later|already|still|himself|and|but|to|in|at|on|from|for|with|during|after|before|"
    r"since|when|while|as|into|via|last|this|told|said|says|met|meets|went|goes|flew|flies|left|leaves|made|makes|"
    r"took|takes|gave|gives|[a-z]+ed)\b)")
LEADER_ORDER = ("supreme leader", "president", "prime minister", "chancellor", "king", "emir",
                "crown prince", "commander-in-chief", "chairman")  # fmt: skip
_TITLE_ALT = "|".join(sorted((re.escape(t).replace(r"\ ", r"\s+") for t in TITLE_WORDS), key=len, reverse=True))

PREFILTER_WORDS = (
    "warrant warrants ICC Criminal Hague arrest arrested president President presidents prime Prime premier Premier "
    "chancellor Chancellor minister Minister leader Leader leaders king King emir Emir Kremlin summit Summit "
    "junta Junta ruler Taliban commander-in-chief"
).split()
# Small patterns the hot rules ask for many times a sentence, compiled once here (re.search with a
# pattern string looks it up in re's cache on every call).
_PER_INDEX = re.compile(r"PER(\d+)")
_FORMER_WORD = re.compile(r"(?:former|ex-|then)\b", re.IGNORECASE)

_LOCATIVE = {"in", "to", "at", "from", "into", "near", "outside", "around", "across", "via", "visit", "visits",
             "visited", "visiting", "toured", "reached", "left", "leave", "leaving", "landed", "of", "for", "made"}  # fmt: skip
# "chose Jakarta for his first overseas trip": a capital chosen as a trip's place (not "chose Moscow's side")
_CHOSEN_FOR_TRIP = re.compile(r"\s+(?:for|as)\s+(?:his|her|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|destination|stop|journey|tour)\b")
_AT_BUILDING = {"at", "in", "to", "inside", "outside", "into", "visit", "visits", "visited", "visiting", "toured"}


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
            kinds = {kind for kind, _ in self._scanned}
            # ("Later that afternoon": the day told just before, a weekday too; "that year": not one tied to the writing)
            anchor = (self._told_before(prefer, days="anaphoric_same_day" in kinds)
                      if any(kind.startswith("anaphoric") for kind in kinds) else None)
            self._dates[prefer] = resolve_scanned(self._scanned, self.published, prefer, anchor)  # type: ignore[arg-type]
        return self._dates[prefer]

    def _told_before(self, prefer: str, days: bool = False) -> str | None:
        """The last date the three sentences before told (not one tied to the day of writing, "on
        Tuesday"): what "that year" or "that September" points back to (``days``: any day, for "that afternoon")."""
        sentence, steps = self.previous, 0
        while sentence is not None and steps < 3:
            told = [d for d in sentence.dates(prefer) if days or d.kind not in DEICTIC_KINDS] if sentence.published else []
            if told:
                return told[-1].value
            sentence, steps = sentence.previous, steps + 1
        return None


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
            elif _ARTICLE_PARTICLE.match(key):
                keys[key[0].upper() + key[1:]] = ("PER", person)  # "Al-Bashir was deposed" (and "al-Bashir": see _key_entities)
    return keys


_ARTICLE_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|at|az)-[A-Z]")
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
_TOKEN_END = r"(?!\w|['’.&]\w|-(?![A-Z])\w)"  # (a name before a hyphen and another capital: "Trump-Putin")


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
            if "-" in word or "–" in word:
                word = word.replace("–", "-").rsplit("-", 1)[1]  # ("the Aug. 31-Sept. 1 meeting": a span's second month)
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        end = m.start() + len(m.group(0).rstrip())
        if text[start:end].strip():
            _add_span(text, start, end, spans)
        start = m.end()
    if text[start:].strip():
        _add_span(text, start, len(text), spans)
    return spans


# A heading on its own line ("The Americans", "06.45 BST – What Lavrov wore"): short, no closing
# punctuation, the next line opening a new sentence.
_HEADING_END = re.compile(r"[^\s.,;:!?\"”’'()\[\]–—-][ \t]*\n(?=[ \t]*[\"“‘]?[A-Z0-9])")


_OPEN_LINE_END = re.compile(r"\b(?:to|the|a|an|of|in|on|at|and|or|for|with|by|from|that|his|her|its|their|is|was|will)$")


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """The sentence [start, end), split after any heading line inside it."""
    if "\n" in text[start:end]:
        for m in _HEADING_END.finditer(text, start, end):
            line = text[start : m.start() + 1]
            if (len(line) <= 60 and "\n" not in line and len(line.split()) <= 8 and (line[:1].isupper() or line[:1].isdigit())
                    and (start == 0 or text[start - 1] == "\n")  # opens its paragraph (or follows another heading)
                    and not _OPEN_LINE_END.search(line)):
                spans.append(_trim(text, start, m.start() + 1))
                start = m.end()
    spans.append(_trim(text, start, end))


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


# Between two places of one list: "Washington, Lima and Rio"
_LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_REGION_BEFORE = re.compile(r"\b(?:Latin|South|North|Central|Pan)[ -]$")
# The rest of a lineage after a name: "Mohammed bin Salman bin Abdulaziz Al Saud".
_LINEAGE_AFTER = re.compile(r"(?:\s(?:bin|ibn|Al|al-|Al-)\s?[A-Z][\w'’-]+)+")
# "Donald Trump Jr.", "Ferdinand Marcos Sr.": another man of the same name.
_JUNIOR_AFTER = re.compile(r",?\s(J|S)(?:r|nr)\b")


def _other_generation(text: str, end: int, name: str) -> bool:
    """Whether the name ending at ``end`` goes on with a "Jr." or "Sr." that the person's own name does not have."""
    suffix = _JUNIOR_AFTER.match(text, end)
    return suffix is not None and not name.rstrip(".").endswith(f" {suffix.group(1)}r")


# "the Gulf of", "the Sea of" before a country's name: a body of water named after it
_WATER_OF_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?)\s+of\s+$")
# What is named after a person without being that person: "the Narendra Modi Stadium".
_NAMED_AFTER = re.compile(r" (?:International |Memorial |Presidential )?(?:Stadium|Airport|Avenue|Street|Road|Boulevard|Bridge|"
                          r"University|Foundation|Centre|Center|Hall|Square|Museum|Library|Prize|Award|Institute|School|"
                          r"College|Hospital|Park|Station|Doctrine|Cup|Trophy|Highway|Expressway|Mosque|Cathedral|"
                          r"Mausoleum|Tower|Complex|Arena)\b")


def _key_entities(text: str, lex: Lexicon) -> list[Entity]:
    rx = lex.key_rx
    assert rx is not None
    found: list[Entity] = []
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        start, end = m.span("key")
        if start and not _token_starts_at(text, start) and not (text[start - 1] in "-–" and _after_paired_name(text, start - 1, lex)):
            if not (start >= 3 and _ARTICLE_PARTICLE.fullmatch(text, start - 3, start + 1) and _token_starts_at(text, start - 3)):
                pos = start + 1  # inside a word ("anti-Putin"): not a name (but "Trump-Putin": a pair of names)
                continue
            start -= 3  # "al-Bashir kept travelling": the name with its article
        key = _key_of(m.group("key"))
        kind, payload = lex.keys[key]
        if key.startswith("America") and _REGION_BEFORE.search(text, max(0, start - 9), start):
            pos = end  # "Latin America", "South American leaders": a region, not the United States
            continue
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
        if kind == "PER" and key.startswith("Prince ") and text[max(0, start - 6) : start] == "Crown ":
            start += 7  # "Saudi Crown Prince Mohammed bin Salman": the whole title stays a title, so the country goes with it
        if kind == "LOC" and text[start - 3 : start] == "of " and _WATER_OF_BEFORE.search(text, max(0, start - 12), start):
            pos = m.end()  # "the Gulf of Finland", "the Sea of Japan": a body of water, not the country
            continue
        entity = Entity(kind=kind, start=start, end=end, surface=text[start:end])
        if kind == "PER" and " " not in key and _namesake_before(text, start, lex, payload):
            pos = m.end()  # "Sara Duterte", "Jill Biden": someone else of the family, not the one watched
            continue
        if kind == "PER" and text[end : end + 1] == " " and _NAMED_AFTER.match(text, end):
            pos = m.end()  # "the Narendra Modi Stadium", "Ben Gurion Airport": a place named after someone
            continue
        if kind == "PER" and text.startswith((" bin ", " ibn ", " Al ", " al-", " Al-"), end) and (
                tail := _LINEAGE_AFTER.match(text, end)) is not None:
            entity.end = end = tail.end()  # "Mohammed bin Salman bin Abdulaziz Al Saud": the rest of his lineage
            entity.surface = text[start:end]
        if kind == "PER" and _other_generation(text, end, payload.name):
            pos = m.end()  # "Donald Trump Jr.": the son of that name (a name that holds the suffix matched as a whole)
            continue
        if kind == "PER":
            entity.person = payload
        elif kind == "EVT":
            entity.event = payload
        elif kind != "GOV":
            entity.iso3 = payload.iso3
            if payload.kind in {"capital", "city"}:
                entity.city = payload.name
                if payload.kind == "capital" and _previous_token(text, start).lower() not in _LOCATIVE and not (
                        _previous_token(text, start).lower() == "the" and _GATHERING_NAMED_FOR_PLACE.match(text, end)) and (
                        not _WHERE_AFTER.match(text, end)) and not (  # ("The first stop was Hanoi, where ...": a place)
                        # ("chose Jakarta for his first trip abroad": the place of the trip)
                        _previous_token(text, start).lower() == "chose" and _CHOSEN_FOR_TRIP.match(text, end)) and not (
                        # ("went to Beijing, then to Washington, Lima and Rio": a list of places goes on)
                        found and found[-1].kind == "LOC" and found[-1].city and _LIST_GOES_ON.fullmatch(text, found[-1].end, start)):
                    entity.kind = "GOV"  # "New Delhi skipped the meeting": the government (not "the Paris AI summit": a place)
        elif kind == "GOV":
            entity.iso3 = payload.iso3
            # "due at the White House", "received him at the Kremlin": the building, a place.
            before = _previous_token(text, start).lower()
            if before == "the":
                before = _previous_token(text, start - 4).lower() if start >= 4 else ""
            if before in _AT_BUILDING:
                entity.kind = "LOC"
        found.append(entity)
        pos = max(m.end(), entity.end)
    return found


_SUFFIX_DOT = re.compile(r"(PER\d+)\.(?=\s*[,;)]|\s+[a-z])")
_CAPITALISED_NEXT = re.compile(r" ([A-Z][a-z][\w'’-]*)")


def _with_partials(text: str, found: list[Entity], partial: dict[str, Person], lex: Lexicon | None = None) -> list[Entity]:
    """``found`` plus the name parts ("Kim") outside any longer name."""
    taken = [(e.start, e.end) for e in found]
    extra = []
    for m in _parts_regex(tuple(partial)).finditer(text):
        start, end = m.span("key")
        if start and not _token_starts_at(text, start):
            continue
        if not any(s <= start < e for s, e in taken) and not (lex and _namesake_before(text, start, lex, partial[m.group("key")])):
            bare = m.group("key")
            after = _CAPITALISED_NEXT.match(text, end)
            if after is not None and after.group(1).lower() not in _BEFORE_SURNAME_OK and partial[bare].name.startswith(bare + " "):
                continue  # "Donald Tusk" is not Donald Trump: a given name before another surname
            if _other_generation(text, end, partial[bare].name):
                continue  # "Trump Jr." after "Donald Trump": the son
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


# Words that open a sentence before a bare surname without being a given name ("Unlike Putin, ...").
_SENTENCE_OPENERS = frozenset("""
then while though although yet still only even meanwhile later earlier now also instead indeed once until because
unlike like without despite asked speaking neither either under over perhaps never why how what where who whether
last next every each all some many most few several other another such no nor it there here we they he she
""".split())


def _namesake_before(text: str, start: int, lex: Lexicon, person: Person | None = None) -> bool:
    """Whether a one-word name at ``start`` follows a capitalised word that is neither a title nor a sentence
    start ("Sara Duterte", "Hunter Biden"): a namesake, not the person the short name stands for. A sentence
    start is a given name too when the same sentence names ``person`` in full ("Nirav Modi, who is not related to
    Narendra Modi, ...")."""
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
    if ahead and ahead[-1] not in ".!?\n:—–\"“":
        return True
    # (a capitalised sentence opener is no first name, unless the sentence gives the person another one)
    return (person is not None and word.lower() not in _SENTENCE_OPENERS and not person.name.startswith(word + " ")
            and person.name in text)


def _after_paired_name(text: str, hyphen: int, lex: Lexicon) -> bool:
    """Whether the word before the hyphen at ``hyphen`` is itself a watched person's name ("Trump-Putin summit")."""
    word = _previous_token(text, hyphen)
    if not word[:1].isupper():
        return False
    entry = lex.keys.get(_key_of(word))
    return entry is not None and entry[0] == "PER"


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
            parts = tokens(form)
            for part in parts:
                # (a two-letter part only as a family name told first: "Li" of "Li Qiang", not "In" or "Al")
                if (len(part) >= 3 or len(part) == 2 and part is parts[0] and part[1].islower()) and (
                        part[0].isupper() and part not in _NOT_PARTIAL and part not in lex.keys):
                    owners.setdefault(part, set()).add(person.name)
    return {part: by_name[next(iter(names))] for part, names in owners.items() if len(names) == 1}


_TITLE_RX = re.compile(
    r"(?:\b(?:the|former|then|ex-|outgoing|incoming|Mr\.?|Ms\.?|Mrs\.?)\s+|\bex-(?=\w))?"  # ("ex-defence minister X")
    r"(?:(?P<ck>LOC|DEM|GOV)(?P<ci>\d+)(?:'s|’s)?\s+)?"
    rf"(?P<title>{_TITLE_ALT})\b"
    r"(?:\s+(?:of\s+(?:the\s+)?(?P<ok>LOC|GOV)(?P<oi>\d+)))?"
    r"(?:,?\s+PER(?P<pi>\d+)\b)?",
    re.IGNORECASE,
)
_TITLE_RX = Probed(_TITLE_RX)  # type: ignore[assignment]  # searched in every sentence: see rxfast
_COUNTRY_SUBJECT = re.compile(r"\s*(?:The\s+|the\s+)?(?:LOC|GOV)(\d+)\b(?!\s*(?:'s|’s))")  # a country opening the sentence
# "Downing Street confirms (that)", "The White House has said": a government speaking of its own office holder.
_GOVERNMENT_SAYS_AT_END = re.compile(r"\bGOV(\d+)\s+(?:has\s+|had\s+)?(?:says|said|confirms|confirmed|announced|announces|stated)\s+(?:that\s+)?$")
# "..., while Argentina sent its foreign minister": the country just before "its", as the subject of its own clause
_COUNTRY_JUST_BEFORE_ITS = re.compile(r"(?:^|,\s*(?:while|and|but|as|whereas)\s+|;\s*)(?:the\s+)?(?:LOC|GOV)(\d+)\s+(?:\w+\s+){1,2}$")
_WHERE_AFTER = re.compile(r"\s*,\s*where\b")
_OF_AFTER = re.compile(r"\s+of\b")  # "the president of the commission": not the person just named
# The sentence's subject slot: nothing before it, or a short fronted phrase ("Officially, ", "In May ", "From Beijing ")
_SUBJECT_SLOT = re.compile(r"(?:(?:(?!PER\d)[\w'’.-]+\s+){0,4}?(?!PER\d)[\w'’.-]+\s*,\s*|(?:In|From|On|Later|Then|After\s+that)\s+(?:(?!PER\d)[\w'’-]+\s+){1,2})?$")
_APPOSED_NAME = re.compile(r"\s*,\s*PER\d")  # "the prime minister, PER1, ...": the title's holder named right after it
_ANY_HOLDER_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Ee]very|[Ee]ach)\s+(?:sitting|serving|incumbent)\s+$")
_NAME_COMMA_AT_END = re.compile(r"\bPER\d+\s*,\s*$")
_UNTIL_AFTER_TITLE = re.compile(r"\s+(?:until|till|at\s+the\s+time)\b", re.IGNORECASE)
_APPOSED_AFTER_ELECT = re.compile(r"-(?:elect|designate)\s*,\s*PER\d")
_UNTIL_BEFORE_TITLE = re.compile(r",\s*(?:until|till)\s+(?:recently|last\s+\w+|\w+(?:\s+\d{4})?)\s+$", re.IGNORECASE)
_HONORIFIC_RX = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?=PER\d)")
# ", however,", "though": a sentence adverb set off by commas, which splits no clause ("X will not, however, go on to ...")
_ASIDE_ADVERB = re.compile(r",\s*(?:however|though|nevertheless|nonetheless|moreover|meanwhile|after\s+all)\s*,(?=\s)|"
                           # ("will not be coming after all": a change of plan, told at the clause's end; not "after all the leaders left")
                           r"\s+after\s+all(?=\s*[.;,])", re.IGNORECASE)
# "Since his election Prabowo has travelled widely", "In her first week, Meloni flew to ...": a possessive in a phrase put
# first stands for the subject named right after it
_FRONTED_PREPOSITION = re.compile(r"\s*(?:Since|In|After|During|Before|Despite|Throughout|Upon|On|At)\s+")
_NAMED_SUBJECT_AHEAD = re.compile(r"(?:\s+[\w-]+){1,3}\s*,?\s+PER(\d+)\s+(?:has|had|was|is|will|[a-z]+(?:ed|ew|ent|ook|ade))\b")
# "It was al-Sharaa's second trip abroad": the trip of someone the reference does not know, named before a pronoun
# ("The pope's 12-day journey will take him next to East Timor": a role the reference has no holder for, left unmasked)
_STRANGER_TRIP = re.compile(r"(?<![\w-])(?P<name>(?:[a-z]{1,3}-)?[A-Z][\w-]+|(?<=[Tt]he\s)[a-z][\w-]+)'s\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|tour|journey)\b")
_PER_TOKEN = re.compile(r"(?:PER|LOC|DEM|GOV|EVT)\d+")
# "he|she|his|her|him" as whole words in any case, spelled so the pattern starts with a character
# set (h/s), which the engine can skip to, instead of a word boundary tried at every character.
_PRONOUN_RX = re.compile(r"[hHsS](?<!\w[hHsS])(?:(?<=[hH])(?:[eE][rR]?|[iI][sSmM])|(?<=[sS])[hH][eE])(?!\w)")


# Someone the reference does not know, named with their role: "prosecutor Karim Khan", "spokesman Dmitry Peskov".
_ROLE_NAMED_STRANGER = re.compile(
    r"\b(?:prosecutor|spokes(?:man|woman|person)|minister|official|envoy|ambassador|judge|secretary|director|adviser|"
    r"general|commander|governor|mayor|senator|lawmaker|chairman|chairwoman|chief|"
    # ("Armenian Prime Minister Nikol Pashinyan has said he will not attend": a leader the reference does not know)
    r"(?<=[a-z0-9] )(?:Minister|President)|"
    # ("Japan's economic revitalisation minister, Ryosei Akazawa, on his eighth trip": the name apposed to the role;
    # not a prosecutor's, whose "him" is the suspect)
    r"(?:minister|envoy|ambassador|adviser|secretary|official),)\s+(?!(?:PER|LOC|DEM|GOV|EVT)\d)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\b")
# A sentence opening on someone the reference does not know, with an apposition: "Smith, a longtime friend
# of PER0's, ...": "he" and "his" after it are that stranger's.
_UNKNOWN_SUBJECT = re.compile(
    r"\s*(?!(?:PER|LOC|DEM|GOV|EVT)\d|(?:In|On|At|By|For|After|Before|Since|During|Last|This|Next|The|A|An|But|And|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    # (sentence adverbs: "Still, the trip is a reminder ...")
    r"Still|However|Instead|Meanwhile|Yet|Indeed|Now|Then|Later|Earlier|Today|Yesterday|Separately|Moreover|Also|"
    r"Nevertheless|Nonetheless|Similarly|Likewise|Overall|Again|Already|Finally|Eventually|Afterwards|Elsewhere|Here|There|"
    r"Besides|Otherwise|Thus|Hence|Meantime|So|Ultimately|Initially|Originally|Officially|Publicly|Privately)\b)"
    # ("Opposition candidate Edmundo González, who ...": a role in lower case may come first)
    r"(?:[A-Z][a-z]+\s+(?:[a-z]+\s+){1,2}(?=[A-Z]))?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*,\s+(?:(?:a|an|the)\s+(?:[a-z]|(?:LOC|DEM)\d)|who\s)")
# A sentence opening on a surname the reference does not know and its verb: "Bolton has written widely
# about ...". (Taken as a stranger only when the article also gives the full name: "John Bolton".)
# "The UN secretary-general attended ...": an officer of a body, whom the people reference does not hold, opens the sentence
_STRANGER_TITLED_SUBJECT = re.compile(r"The\s+(?:[A-Z][\w.]*\s+){0,2}(?:secretary-general|secretary\s+general|director-general|pope|pontiff)\s+"
                                      r"(?:has\s+|had\s+|was\s+|is\s+|also\s+)?[a-z]+ed\b")
_UNKNOWN_SURNAME_SUBJECT = re.compile(
    r"\s*(?!(?:PER|LOC|DEM|GOV|EVT)\d|(?:In|On|At|By|For|After|Before|Since|During|Last|This|Next|The|A|An|But|And|It|"
    r"There|That|These|Those|They|We|Officials|Critics|Analysts|Diplomats|Police|Prosecutors|Judges)\b)"
    r"(?P<name>[A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+){0,2})\s+(?:has|had|is|was|says|said|told|wrote|added|argued|insisted|"
    r"announced|warned|also|later|then|made|gave|issued|opened|visited|toured|met|spoke|urged|called|noted|stressed|declared|"
    # ("Sharif began the trip in Istanbul, where X received him": a traveller the reference does not know)
    r"began|arrived|flew|travell?ed|landed|held|attended|signed|left|went|ended|started|returned|headed)\b")
_SUBJECT_OF_OBJECT = re.compile(r"PER(\d+)\s+(?:[\w’']+\s+){1,3}$")
_HOST_VERB_END = re.compile(r"\s+(?:\w+\s+)?(?:received|hosted|welcomed|greeted|receives|hosts|welcomes|greets)\s+$")
_WHO_VERB_OBJECT = re.compile(r"PER(\d+)\s*,\s*who\s+(?:[\w’']+\s+){1,3}$")
# A sentence opening on a list of subjects and their verb ("LOC0's PER1, LOC2's PER3 and LOC4's Shavkat Mirziyoyev joined "):
# an object pronoun after it is none of them.
_LISTED_SUBJECTS_VERB = re.compile(
    r"\s*(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+(?:(?:\s*,\s*|,?\s+and\s+)(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?"
    r"(?:PER\d+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))+\s+(?:also\s+)?[a-z]+\s+$")
# "..., and LOC2's PER3 has confirmed he will attend": a subject pronoun right after a speaker's verb is the speaker.
_SPEAKER_BEFORE = re.compile(r"(?<![’'])\bPER(\d+)(?!(?:'s|’s))\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:said|says|confirmed|confirms|"
                             r"announced|announces|insisted|insists|indicated|signalled|signaled)\s+(?:(?:on|last)\s+\w+\s+)?(?:that\s+)?$")
_NOUN_NEXT = re.compile(r"\s+(?!(?:to|in|at|on|as|and|or|for|from|with|by|that|of|was|is|would|will|the|a|an)\b)[a-z]")


# Text that already looks like a placeholder ("PER7", "loc2"): split, so no rule reads it as one of ours.
# (Case-sensitive: a literal prefix the engine finds fast; "per2" in lower case is not a word of news.)
# A gathering named for where it is held: "the Paris AI summit", "the Madrid NATO summit".
_GATHERING_NAMED_FOR_PLACE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:summit|conference|forum|meeting|talks|gathering|parade|ceremony)\b",
                                        re.IGNORECASE)
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
    if not titles and iso3 in lex.gaz.leader_titles:  # "the German leader": the chancellor, not the president
        titles = (lex.gaz.leader_titles[iso3], *LEADER_ORDER)
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


# Where the foreign minister is a secretary: the Secretary of State, the Foreign Secretary
_SECRETARY_COUNTRIES = frozenset({"USA", "GBR", "VAT"})


def _recent_holder(recent: list[Person], titles: tuple[str, ...], on: date) -> Person | None:
    """"The president" with no country: the person the article named last who holds that office."""
    wanted = set(titles or LEADER_ORDER)
    for person in recent:
        if any(o.title in wanted for o in person.offices_on(on)):
            return person
    return None


# "X said the two would meet again": X and the one named with X last (see analyse_sentence)
_SAID_THE_TWO = re.compile(r"\bPER(?P<per>\d+)\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?(?P<two>the\s+two(?:\s+(?:leaders|men|presidents|sides))?)"
                           r"(?=\s+(?:would|will|had|have|were|are|plan|agreed))")
# "since they met in Samarkand": "they" who met, the two people the last sentence named.
_SINCE_THEY_MET = re.compile(r"\b(?:since|when|after)\s+(they)\s+(?:last\s+|first\s+)?(?:met|held\s+talks)\b")
# A plural subject opening the sentence that stands for two people just named.
_BOTH_SUBJECT = re.compile(
    r"(?:Both|The\s+two|The\s+pair)(?:\s+(?:men|women|leaders|presidents|prime\s+ministers|foreign\s+ministers|heads\s+of\s+(?:state|government)))?"
    r"(?<!two)(?<!pair)\b(?=\s+(?:are|were|will|would|have|had|is|also|then|later|plan|flew|travel|met|arrived|went|attended|head|left|"
    r"visited|due|expected|should|could|may|might|took|held|came|made|spent|sat|gave|[a-z]+ed\b))|"
    r"(?:The\s+two|The\s+pair)(?:\s+(?:men|women|leaders|presidents|prime\s+ministers|foreign\s+ministers|heads\s+of\s+(?:state|government)))\b",
)
# ("met X in Kuala Lumpur, their second encounter since both men took part in talks in Riyadh": the two just named)
_BOTH_AFTER_CLAUSE_START = re.compile(r"(?:;|\b(?:since|when|after|before|where))\s+(both\s+(?:men|women|leaders|presidents|prime\s+ministers|foreign\s+ministers|"
                                   r"heads\s+of\s+(?:state|government)))\b")
# ("the Laotian capital Vientiane": the city named after it is that capital, one place)
_DEM_CAPITAL = re.compile(r"\bthe\s+(?:DEM|LOC)(\d+)(?:'s|’s)?\s+capital\b(?:\s+(?:LOC|GOV)(\d+)\b)?")
# "the Swiss venue", "the Italian resort": somewhere in that country (no city told).
_DEM_VENUE = re.compile(r"\bthe\s+DEM(\d+)\s+(?:(?:seaside|mountain|lakeside|alpine|coastal|border|port|southern|northern|eastern|western)\s+)?"
                        r"(?:venue|resort|city|town|port|island|coast|countryside|mountains|Amazon|rainforest|outback|interior|highlands)\b")


# A part of a country told by its compass point: "in southern LOC3", "to north-eastern LOC1".
_REGION_OF_PLACE = re.compile(r"\b(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central)\s+(?=LOC\d)")


def _demonym_capital(m: re.Match[str], entities: list[Entity], lex: Lexicon) -> str:
    """"The Brazilian capital": a place (the capital city of that country)."""
    ent = entities[int(m.group(1))]
    if ent.iso3 is None:
        return m.group(0)
    named = entities[int(m.group(2))] if m.group(2) else None
    if named is not None and named.iso3 != ent.iso3:
        return m.group(0)  # (not that country's city: left as it is)
    entities.append(Entity("LOC", -1, -1, m.group(0), iso3=ent.iso3, city=named.city if named and named.city else lex.gaz.capitals.get(ent.iso3)))
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
    pair: tuple[Person, Person] | None = None, countries: frozenset[str] = frozenset(), filed_in: str | None = None,
) -> tuple[str, list[Entity]]:
    """The masked sentence and its entities (PER tokens include titles and pronouns resolved).

    ``recent``: people the article named in this or the last two sentences, latest first, for a bare
    "the president"; ``pair``: the two people the last sentence named, for "Both" and "The two leaders";
    ``countries``: the countries the article names, for a king it never names."""
    entities = find_entities(text, lex) if entities is None else entities
    masked = _Masker(text, entities).masked
    if "." in masked and any(e.surface.endswith(("Jr", "Sr")) for e in entities):
        masked = _SUFFIX_DOT.sub(r"\1", masked)  # "Ferdinand Marcos Jr., who ...": the name's own full stop
    if "Mr" in masked or "Ms" in masked or "Dr" in masked:
        masked = _HONORIFIC_RX.sub("", masked)
    if ("," in masked and ("owever" in masked or "though" in masked or "theless" in masked or "moreover" in masked
                           or "meanwhile" in masked)) or "after all" in masked:
        masked = _ASIDE_ADVERB.sub("", masked)
    if "ern LOC" in masked or "central LOC" in masked:
        masked = _REGION_OF_PLACE.sub("", masked)  # "in southern Brazil" is in Brazil

    def title_sub(m: re.Match[str]) -> str:
        if m.group("pi") is not None:
            return f"PER{m.group('pi')}"
        if m.group("title")[-7:].lower() == "general" and not _GENERAL_AS_PERSON.match(masked, m.end()):
            return m.group(0)
        if m.group("title").lower() == "secretary" and (m.group("ck") or m.group("ok") or masked[m.end() : m.end() + 1] == "-"):
            return m.group(0)  # only a bare "the secretary" (not "the secretary of Russia's Security Council", "the secretary-general")
        if masked[max(0, m.start() - 14) : m.start()].lower().endswith(("the last ", "the previous ")):
            return m.group(0)  # "The last British leader to make the journey, Theresa May, ...": someone before the holder
        if masked[max(0, m.start() - 18) : m.start()].lower().endswith(("the first ", "first sitting ", "the only ", "only sitting ")):
            return m.group(0)  # "X became the first sitting South Korean president to be arrested": X, not the holder
        if _APPOSED_AFTER_ELECT.match(masked, m.end()):
            return m.group(0)  # "Indonesia's president-elect, Prabowo Subianto": not the president in office
        if _UNTIL_BEFORE_TITLE.search(masked, max(0, m.start() - 24), m.start()):
            return m.group(0)  # "Sergei Shoigu, until May Russia's defence minister": the office once held, not its holder now
        if m.group("pi") is None and _NAME_COMMA_AT_END.search(masked, max(0, m.start() - 12), m.start()) and (
                _UNTIL_AFTER_TITLE.match(masked, m.end())):
            return m.group(0)  # "Sergei Shoigu, Russia's defence minister until May": the named one's office once
        if m.group("pi") is None and (" " + masked[max(0, m.start() - 4) : m.start()].lower()).endswith((" no ", " any ")):
            return m.group(0)  # "no Saudi minister is taking part": no one
        if m.group("pi") is None and _ANY_HOLDER_BEFORE.search(masked, max(0, m.start() - 16), m.start()):
            return m.group(0)  # "the first visit by a sitting U.S. president since ...": any holder, not this one
        kind, index = (m.group("ck"), m.group("ci")) if m.group("ck") else (m.group("ok"), m.group("oi"))
        if kind is None and masked[max(0, m.start() - 4) : m.start()].lower() == "its " and (
                subject := _COUNTRY_JUST_BEFORE_ITS.search(masked, max(0, m.start() - 60), m.start() - 4)
                or _COUNTRY_SUBJECT.match(masked)) is not None:
            kind, index = "LOC", subject.group(1)  # "Brazil is represented by its foreign minister": the subject country's
        if kind is None:
            words = " ".join(m.group("title").lower().split())
            if m.group(0)[:4].lower() == "the " and not _OF_AFTER.match(masked, m.end()):
                holder = None
                if filed_in and m.group("title")[:1].isupper() and TITLE_WORDS.get(words):
                    # "the Prime Minister will travel to Tianjin" in a release from New Delhi: the office at home,
                    # when the article names its holder (an official style: the title capitalised, no country).
                    home = lex.ref.office_holder(TITLE_WORDS[words][0], filed_in, published)
                    if home is not None and carry is not None and carry is not home and any(
                            o.title in TITLE_WORDS[words] for o in carry.offices_on(published)):
                        home = None  # (a visiting holder of the office was the last sentence's subject: "Trudeau left India ... The Prime Minister arrived")
                    holder = home if home is not None and home.name in mentioned else None
                if holder is None and recent and _SUBJECT_SLOT.match(masked[: m.start()]) and not _APPOSED_NAME.match(masked, m.end()):
                    # "Officially, the prime minister was on a visit to India, where he met Narendra Modi": not the
                    # host named later in the sentence (a leader of a country the sentence names), but the one holder
                    # of the office named before who leads none of them
                    places = {e.iso3 for e in entities if e.kind == "LOC" and e.iso3}
                    hosts = {p.name for i in _PER_INDEX.findall(masked, m.end()) if (p := entities[int(i)].person) is not None
                             and any(o.country in places for o in p.offices_on(published))}
                    wanted = set(TITLE_WORDS.get(words, ()) or LEADER_ORDER)
                    before = [p for p in recent if not any(o.country in places for o in p.offices_on(published))
                              and any(o.title in wanted for o in p.offices_on(published))]
                    # (of several, the last sentence's subject: "Prabowo said ... The president will leave for Washington")
                    holder = (before[0] if len(before) == 1 else carry if carry in before else None) if hosts else None
                if holder is None and words in {"secretary", "secretary of state"} and recent:
                    # "The secretary flies on to Paris", after Blinken met Iwaya: of those named, the one whose country
                    # calls its foreign minister a secretary
                    holder = next((p for p in recent if any(o.title == "foreign minister" and o.country in _SECRETARY_COUNTRIES
                                                            for o in p.offices_on(published))), None)
                if holder is None and TITLE_WORDS.get(words) and (
                        said := _GOVERNMENT_SAYS_AT_END.search(masked, max(0, m.start() - 50), m.start())) is not None and (
                        iso3 := entities[int(said.group(1))].iso3):
                    # "Downing Street confirms the prime minister will fly to Paris", "The White House said the vice
                    # president would visit": that government's holder of the office, when the article names them
                    named = _leader(lex, iso3, published, mentioned, TITLE_WORDS[words])
                    holder = named if named is not None and named.name in mentioned else None
                holder = holder or (_recent_holder(recent, TITLE_WORDS.get(words, ()), published) if recent else None)
                if holder is None and "commander-in-chief" in TITLE_WORDS.get(words, ()):
                    # "the general" paragraphs after he was named: a rare office, so the one the article names
                    holder = _only_mentioned_holder(lex, mentioned, TITLE_WORDS[words], published)
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
    opening_stranger = _UNKNOWN_SUBJECT.match(masked) if masked[:1].isupper() and "," in masked[:40] else None
    if opening_stranger is None and masked[:1].isupper() and (named := _UNKNOWN_SURNAME_SUBJECT.match(masked)) and " " in named.group("name"):
        opening_stranger = named  # "Karim Khan announced the step while he was in Bangladesh": Khan's "he"
    if opening_stranger is None and masked[:4] == "The " and (titled := _STRANGER_TITLED_SUBJECT.match(masked)) is not None:
        opening_stranger = titled  # "The UN secretary-general met PER0, ... where officials said he had ...": his "he"
    stranger: list[int] = []  # where a stranger named with a role first stands (looked for once)

    def pronoun_sub(m: re.Match[str]) -> str:
        # (Earlier pronouns count as the people they stand for: "In June he was at PER1's forum, and in
        # July he attended ..." is the same "he" twice, not PER1.)
        named = [(t.start(), t.group(1)) for t in _PER_INDEX.finditer(masked, 0, m.start())]
        before = [i for _, i in sorted(named + resolved)] if resolved else [i for _, i in named]
        # "she"/"her" stands for a woman, "he"/"him"/"his" for a man: the others are skipped.
        female = m.group(0)[:1] in "sS" or m.group(0).lower() == "her"
        before = [i for i in before if (p := entities[int(i)].person) is None or p.female == female]
        # ("... appointed by Putin. She has spoken of ...": past a man told last, the woman named just before)
        told = carry if carry is None or carry.female == female else next(
            (p for p in recent or () if p.female), None) if female else None
        # "X said he would invite Y, and the warrant against him ...": an object pronoun ("him",
        # "her" not before a noun) after two people is the later one; a subject pronoun the first.
        obj = m.group(0).lower() == "him" or (m.group(0).lower() == "her" and not _NOUN_NEXT.match(masked, m.end()))
        pick = before[0] if before else None
        if not obj and len(before) > 1 and (speaker := _SPEAKER_BEFORE.search(masked, max(0, m.start() - 80), m.start())) and (
                speaker.group(1) in before):
            pick = speaker.group(1)
        if obj and len(before) == 1 and told is not None and entities[int(before[0])].person is not told and (
                _SUBJECT_OF_OBJECT.search(masked, max(0, m.start() - 60), m.start())
                or _WHO_VERB_OBJECT.search(masked, max(0, m.start() - 60), m.start())):
            pick = None  # "X, who accompanied him": not X (that would be "himself"), the one told before
        elif obj and len(before) == 1 and told is None and (host := _SUBJECT_OF_OBJECT.search(masked, max(0, m.start() - 60), m.start())) and (
                host.group(1) == before[0] and _HOST_VERB_END.search(masked, host.end(1), m.start())):
            return m.group(0)  # "Sharif ..., where Erdogan received him": a guest the reference does not know, not Erdogan
        elif obj and len(before) > 1:
            # Not the subject of the verb it is the object of ("Starmer will host him" is not Starmer).
            near = _SUBJECT_OF_OBJECT.search(masked, max(0, m.start() - 60), m.start())
            pick = before[-2] if near and near.group(1) == before[-1] else before[-1]
            if near and near.group(1) == before[-1] and _HOST_VERB_END.search(masked, near.end(1), m.start()) and (
                    _PER_INDEX.search(masked, 0, 40)):
                # "PER7 went to LOC1 to meet PER2, ... turned up in LOC5, where PER6 received him": the guest
                # is the traveller the sentence opens on, not the last one met.
                pick = before[0]
        if obj and told is not None and all(entities[int(i)].person is not told for i in before) and (
                _LISTED_SUBJECTS_VERB.match(masked, 0, m.start())):
            pick = None  # "A's X, B's Y and C's Z joined him on Thursday": not one of the subjects, the one told before
        if not obj and opening_stranger is not None and m.start() > opening_stranger.end():
            return m.group(0)  # "Witkoff, a property developer who is PER1's envoy, was making his second trip"
        if not before and "'s " in masked[: m.start()] and (trip := _STRANGER_TRIP.search(masked, 0, m.start())) is not None and (
                not _PER_TOKEN.fullmatch(trip.group("name"))):
            return m.group(0)  # "It was al-Sharaa's second trip abroad since his appointment": the stranger's
        if pick is None and told is not None and not stranger:
            found = _ROLE_NAMED_STRANGER.search(masked)
            stranger.append(found.start() if found else len(masked) + 1)
        if pick is None and told is not None and stranger[0] < m.start():
            return m.group(0)  # "that prosecutor Karim Khan filed, when he told ...": the stranger, not the last leader
        if pick is None and m.group(0).lower() in {"his", "her"} and _FRONTED_PREPOSITION.fullmatch(masked, 0, m.start()) and (
                (ahead := _NAMED_SUBJECT_AHEAD.match(masked, m.end())) is not None and (
                    (p := entities[int(ahead.group(1))].person) is not None and p.female == female)):
            pick = ahead.group(1)  # "Since his election Prabowo has travelled widely": the one named just after
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
            masked = _pair_tokens(entities, pair, both.group(0)) + masked[both.end():]
    if pair is not None and " they " in masked and (they := _SINCE_THEY_MET.search(masked)) is not None:
        # "It was their first call since they met in Samarkand last September": the two the last sentence named
        masked = masked[: they.start(1)] + _pair_tokens(entities, pair, they.group(1)) + masked[they.end(1):]
    if " the two" in masked and (said := _SAID_THE_TWO.search(masked)) is not None and (
            speaker := entities[int(said.group("per"))].person) is not None and (
            two := pair if pair is not None and speaker in pair else next(
                ((speaker, p) for p in recent or () if p is not speaker), None)) is not None:
        # "Lukashenko said the two would meet again at the SCO summit": the speaker and the one named with him last
        # (the last sentence's pair when the speaker is one of it)
        masked = masked[: said.start("two")] + _pair_tokens(entities, two, said.group("two")) + masked[said.end("two"):]
    if " both " in masked:
        inner = _BOTH_AFTER_CLAUSE_START.search(masked)
        named = [] if inner is None else list(dict.fromkeys(
            p for i in _PER_INDEX.findall(masked, 0, inner.start()) if (p := entities[int(i)].person) is not None))
        if inner is not None and len(named) >= 2:  # "Xi greeted X and Y; both presidents landed earlier"
            masked = masked[: inner.start(1)] + _pair_tokens(entities, named[-2:], inner.group(1)) + masked[inner.end(1):]
    if "counterpart" in masked:
        masked = _COUNTERPARTS.sub(lambda m: _counterparts(m, entities, lex, published), masked)
    if "inisters" in masked or "residents" in masked or "leaders" in masked:
        masked = _PLURAL_TITLE.sub(lambda m: _plural_title(m, entities, lex, published), masked)
    if "capital" in masked:
        masked = _DEM_CAPITAL.sub(lambda m: _demonym_capital(m, entities, lex), masked)
    if "DEM" in masked:
        masked = _DEM_VENUE.sub(lambda m: _demonym_place(m, entities), masked)
    return masked, entities


def _pair_tokens(entities: list[Entity], people: Iterable[Person], surface: str) -> str:
    """"PERi and PERj" for the people a plural ("Both", "the two") stands for, each added as a pronoun entity."""
    tokens = []
    for person in people:
        entities.append(Entity("PER", -1, -1, surface, person=person, via="pronoun"))
        tokens.append(f"PER{len(entities) - 1}")
    return " and ".join(tokens)


# "his British, French and German counterparts": who holds the same office as the possessor in each country.
_COUNTERPARTS = re.compile(r"\bPER(?P<p>\d+)(?:'s|’s)?\s+(?P<dems>(?:DEM\d+\s*(?:,\s*|,?\s+and\s+))*DEM\d+)\s+counterparts?\b"
                           r"(?!\s*,?\s+PER\d)")


def _counterparts(m: re.Match[str], entities: list[Entity], lex: Lexicon, on: date) -> str:
    owner = entities[int(m.group("p"))].person
    offices = owner.offices_on(on) if owner is not None else ()
    if not offices:
        return m.group(0)
    tokens = []
    for index in _COUNTRY_TOKEN.findall(m.group("dems")):
        iso3 = entities[int(index)].iso3
        holder = lex.ref.office_holder(offices[0].title, iso3, on) if iso3 else None
        if holder is not None:
            entities.append(Entity("PER", -1, -1, m.group(0), person=holder, via="title"))
            tokens.append(f"PER{len(entities) - 1}")
    if not tokens:
        return m.group(0)
    # (the possessor goes: "met PER1 and PER2", as if they had been named)
    return tokens[0] if len(tokens) == 1 else ", ".join(tokens[:-1]) + " and " + tokens[-1]


# Several countries' holders of one office: "the foreign ministers of LOC0 and LOC1", "the DEM0 and DEM1 leaders".
_PLURAL_OFFICE = {"foreign ministers": ("foreign minister",), "prime ministers": ("prime minister",), "presidents": ("president",),
                  "defence ministers": ("defence minister", "defense minister"), "defense ministers": ("defence minister", "defense minister"),
                  "leaders": ()}  # (the countries' leaders: "the leaders of LOC0, LOC1 and LOC2")
_PLURAL_TITLE = re.compile(
    r"\b[Tt]he\s+(?:(?P<t1>foreign\s+ministers|prime\s+ministers|presidents|defen[cs]e\s+ministers|leaders)\s+of\s+"
    r"(?P<c1>(?:(?:the\s+)?(?:LOC|GOV)\d+\s*,\s*)*(?:the\s+)?(?:LOC|GOV)\d+\s*,?\s+and\s+(?:the\s+)?(?:LOC|GOV)\d+)|"
    r"(?P<c2>(?:DEM\d+\s*,\s*)*DEM\d+\s*,?\s+and\s+DEM\d+)\s+(?P<t2>foreign\s+ministers|prime\s+ministers|presidents|"
    r"defen[cs]e\s+ministers|leaders))\b")
_COUNTRY_TOKEN = re.compile(r"(?:LOC|GOV|DEM)(\d+)")


def _plural_title(m: re.Match[str], entities: list[Entity], lex: Lexicon, on: date) -> str:
    titles = _PLURAL_OFFICE[" ".join((m.group("t1") or m.group("t2")).lower().split())]
    tokens = []
    for index in _COUNTRY_TOKEN.findall(m.group("c1") or m.group("c2")):
        iso3 = entities[int(index)].iso3
        holder = _leader(lex, iso3, on, set(), titles) if iso3 else None
        if holder is None:
            continue  # one the reference does not know: the others are still named
        entities.append(Entity("PER", -1, -1, m.group(0), person=holder, via="title"))
        tokens.append(f"PER{len(entities) - 1}")
    if not tokens:
        return m.group(0)
    return tokens[0] if len(tokens) == 1 else ", ".join(tokens[:-1]) + " and " + tokens[-1]
_TITLE_STEMS = tuple(sorted({w.split()[0] for w in TITLE_WORDS}))


# Gates whose matches are used (found near their words): regexes; the rest are tested with _has_any.
_TITLE_GATE = _stems_rx(_TITLE_STEMS)
