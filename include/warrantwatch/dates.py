"""Dates in news text, resolved against the article's publication date.

"last month", "in September", "March last year", "this week's G-20", "on Sept. 3", "next year",
"Dec. 5, 2024": each found with its span and resolved to the precision the text supports:
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. A month or day without a year takes the year that puts it
on the side of the publication date the sentence's tense points to (``prefer``).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Prefer = Literal["past", "future"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Capitalised only: "may" and "march" in lower case are a verb and a walk, not months.
_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_REL = r"(?P<rel>last|this|next|previous|past|coming|earlier\s+this|later\s+this|early\s+this|late\s+this|early\s+next|late\s+last|earlier\s+last)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)"

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # date.weekday() order
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip

# (name, pattern); earlier patterns win where matches overlap.
_PATTERNS: list[tuple[str, str]] = [
    ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b"),
    ("mdy_rel", rf"\b{_MONTH}\s+{_DAY},?\s+(?P<rel>last|this|next)\s+year\b"),
    ("dmy_rel", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?P<rel>last|this|next)\s+year\b"),
    ("my_rel", rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    ("my", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    # Spans ("18–19 November", "Nov. 18-19"): the first day is when the trip or summit begins.
    ("dm", rf"\b{_DAY}\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"),
    ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|million|billion|people))"),
    ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}"),
    ("rel_month_name", rf"\b(?P<rel>last|this|next|(?:earlier|later)\s+this)\s+{_MONTH}"),
    # "that October", "the following March", "December of that year", "in October that year": the month in the year the text was
    # just speaking of; "later that year", "at the end of that month": that year, that month.
    ("anaphoric_month", rf"\b{_MONTH}\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"),
    ("anaphoric_month", rf"\b(?i:that|the\s+following|the\s+same)\s+{_MONTH}"),
    ("anaphoric_period", r"\b(?:(?:later|earlier)\s+|(?:at\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+)?"
                         r"(?:that|the\s+same)\s+(?P<unit>year|month)\b"),
    # "a day earlier", "the previous day", "the day before": the day before (or after) the day told just before
    # (not "a day after the summit": a day counted from an event, not from a date)
    # ("a day after talks in Beijing": counted from the talks, so "before"/"after" only ends a phrase)
    # ("Three days later he landed in Moscow": that many days on from the day told)
    ("anaphoric_day", r"\b(?:(?P<n>a|one|two|three|four|five|six|[2-6])\s+days?\s+(?:(?P<dir>earlier|later)|(?P<dir4>before|after)(?=\s*(?:[,.;)]|$)))|"
                      r"the\s+(?P<dir2>previous|next|following)\s+day\b|the\s+day\s+(?P<dir3>before|after)(?=\s*(?:[,.;]|$)))"),
    # "Later that afternoon", "that evening": the same day as the day told just before
    ("anaphoric_same_day", r"\b(?:(?:later|earlier)\s+)?that\s+(?:morning|afternoon|evening|night)\b"),
    # "Three years ago today": the same day, that many years before (an anniversary story's lead).
    ("ago_today", rf"\b{_NUM}\s+(?P<unit>year|month)s?\s+ago\s+(?:today|this\s+day)\b"),
    ("ago", rf"\b{_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
    ("weekend", r"\b(?P<rel>last|this|next|past|coming)\s+weekend\b"),
    ("rel_unit", rf"\b{_REL}\s+(?P<unit>year|month|week)(?:'s|’s)?\b"),
    ("year_ago", r"\b(?P<unit>year|month|week)\s+ago\b"),
    ("deictic", r"\b(?P<deictic>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|"
                r"earlier\s+in\s+the\s+(?:day|morning|afternoon|evening))\b"),
    ("weekday", rf"\b(?:(?P<rel>last|next|this)\s+)?{_WEEKDAY}\b"),
    ("month", rf"\b{_MONTH}"),
    ("year", rf"(?<![\d$€£-]){_YEAR}(?:'s|’s)?(?![\d%-])"),
]
# Case-insensitive only where no month name is involved.
_CASELESS = {"ago", "ago_today", "rel_unit", "year_ago", "deictic", "weekend", "anaphoric_period", "anaphoric_day", "anaphoric_same_day"}
_COMPILED = [(name, re.compile(p, re.IGNORECASE if name in _CASELESS else 0)) for name, p in _PATTERNS]

# What each pattern cannot match without: most sentences hold no digit, month name or time word,
# and then most of the patterns need not run at all (the tagger asks for dates in every fact's sentence).
_MONTH_WORD = re.compile(_MONTH.replace("?P<mon>", ""))
_NEEDS: dict[str, tuple[str, ...]] = {
    "mdy": ("month", "digit"), "dmy": ("month", "digit"), "mdy_rel": ("month", "digit"), "dmy_rel": ("month", "digit"), "my": ("month", "digit"), "dm": ("month", "digit"),
    "md": ("month", "digit"), "my_rel": ("month",), "rel_month_name": ("month",), "anaphoric_month": ("month",), "month": ("month",), "anaphoric_period": ("unit",), "anaphoric_day": ("weekday",), "anaphoric_same_day": ("deictic",),
    "ago": ("ago",), "ago_today": ("ago",), "year_ago": ("ago",), "rel_unit": ("unit",), "weekend": ("unit",), "deictic": ("deictic",),
    "weekday": ("weekday",), "year": ("digit",),
}  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the text searched
    end: int
    kind: str  # which pattern matched
    text: str
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.value)]


def _month(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()[:3]]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _ymd(day: date) -> str:
    return day.isoformat()


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_year(month: int, published: date, prefer: Prefer) -> int:
    """The year for a bare month: the nearest such month on the preferred side of ``published``."""
    if prefer == "future":
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_day(year: int, month: int, day: int) -> date | None:
    last = 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month - 1]
    if 1 <= day <= last:
        return date(year, month, day)
    return None


def _resolve(kind: str, m: re.Match[str], published: date, prefer: Prefer) -> str | None:
    groups = m.groupdict()
    if kind in {"mdy", "dmy"}:
        found = _valid_day(int(groups["year"]), _month(groups["mon"]), int(groups["day"]))
        return _ymd(found) if found else None
    if kind in {"mdy_rel", "dmy_rel"}:  # "on Nov. 21 last year"
        offset = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        found = _valid_day(published.year + offset, _month(groups["mon"]), int(groups["day"]))
        return _ymd(found) if found else None
    if kind == "my":
        return _ym(int(groups["year"]), _month(groups["mon"]))
    if kind == "my_rel":
        offset = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        return _ym(published.year + offset, _month(groups["mon"]))
    if kind in {"md", "dm"}:
        month, day = _month(groups["mon"]), int(groups["day"])
        year = _month_year(month, published, prefer)
        found = _valid_day(year, month, day)
        if found is None:
            return None
        # Same month: the day decides the side ("on Nov. 3" in a past-tense story of Nov. 20).
        if month == published.month:
            if prefer == "past" and found > published:
                found = _valid_day(year - 1, month, day) or found
            elif prefer == "future" and found < published:
                found = _valid_day(year + 1, month, day) or found
        return _ymd(found)
    if kind == "rel_month_name":
        rel = " ".join(groups["rel"].lower().split())
        month = _month(groups["mon"])
        if rel == "last":
            year = published.year if month < published.month else published.year - 1
        elif rel == "next":
            year = published.year if month > published.month else published.year + 1
        else:
            year = published.year
        return _ym(year, month)
    if kind == "month":
        month = _month(groups["mon"])
        return _ym(_month_year(month, published, prefer), month)
    if kind == "year":
        return groups["year"]
    if kind == "rel_unit":
        rel = " ".join(groups["rel"].lower().split())
        unit = groups["unit"].lower()
        offset = -1 if rel in {"last", "previous", "past", "late last", "earlier last"} else 0
        if rel in {"next", "coming", "early next"}:
            offset = 1
        if unit == "year":
            return str(published.year + offset)
        if unit == "month":
            return _ym(*_shift_month(published.year, published.month, offset))
        moment = published + timedelta(weeks=offset)
        return _ym(moment.year, moment.month)
    if kind == "year_ago":
        unit = groups["unit"].lower()
        return _ago(1, unit, published)
    if kind == "ago_today":
        raw = groups["num"].lower()
        count = int(raw) if raw.isdigit() else _NUMBERS.get(raw)
        if not count:
            return None
        if groups["unit"].lower() == "year":
            day = _valid_day(published.year - count, published.month, published.day)
        else:
            year, month = _shift_month(published.year, published.month, -count)
            day = _valid_day(year, month, published.day)
        return _ymd(day) if day else None
    if kind == "ago":
        raw = groups["num"].lower()
        count = int(raw) if raw.isdigit() else _NUMBERS.get(raw)
        return _ago(count, groups["unit"].lower(), published) if count else None
    if kind == "deictic":
        word = " ".join(groups["deictic"].lower().split())
        offset = -1 if word in {"yesterday", "last night"} else 1 if word == "tomorrow" else 0
        return _ymd(published + timedelta(days=offset))
    if kind == "weekend":
        # The weekend's Saturday: "last weekend" in Monday's paper is two days back, in Sunday's
        # (a weekend of its own) the one before; the month is the precision a weekend supports.
        rel = groups["rel"].lower()
        weekday = published.weekday()
        if rel in {"last", "past"}:
            saturday = published - timedelta(days=(weekday - 5) % 7 + (7 if weekday >= 5 else 0))
        else:
            saturday = published + timedelta(days=(5 - weekday) % 7) if weekday < 5 else published - timedelta(days=weekday - 5)
            if rel == "next":
                saturday += timedelta(days=7)
        return _ym(saturday.year, saturday.month)
    if kind == "weekday":
        target = _WEEKDAYS.index(groups["wd"])
        rel = (groups.get("rel") or "").lower()
        forward = rel == "next" or (not rel and prefer == "future")
        if forward:
            # "will host him on Saturday" in Saturday's paper is today; "next Saturday" a week on.
            delta = (target - published.weekday()) % 7
            if rel == "next":
                delta = delta or 7
            return _ymd(published + timedelta(days=delta))
        delta = (published.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return _ymd(published - timedelta(days=delta))
    return None


def _ago(count: int, unit: str, published: date) -> str:
    if unit == "day":
        return _ymd(published - timedelta(days=count))
    if unit == "week":
        return _ymd(published - timedelta(weeks=count))
    if unit == "month":
        return _ym(*_shift_month(published.year, published.month, -count))
    return str(published.year - count)


# Patterns that can only start at a month name, or at the first digit of a number: instead of
# trying them at every character, they are tried where one of those starts (found by one fast scan
# each), which gives exactly their ``finditer`` matches.
_MONTH_LED = {"mdy", "mdy_rel", "my_rel", "my", "md", "month"}
_DIGIT_LED = {"dmy", "dmy_rel", "dm", "year"}
_NUMBER_START = re.compile(r"\d+")


# Patterns that hold a unit word, a weekday or a month at most N words after their start: searched
# only from N words before each such word (the same matches as ``finditer``, without trying the
# case-insensitive alternatives at every character).
_NEAR: dict[str, int] = {"rel_unit": 2, "weekend": 1, "weekday": 1, "rel_month_name": 2}
_UNIT_ANCHOR = re.compile(r"year|month|week")  # in the lower-cased text
_WEEKDAY_ANCHOR = re.compile(_WEEKDAY.replace("?P<wd>", ""))


def words_back(text: str, pos: int, count: int) -> int:
    """Where the ``count``-th whitespace-separated word before ``pos`` starts (a word cut by ``pos``
    counting as one): split from the right in C, instead of stepping back a character at a time."""
    if count <= 0:
        return pos
    before = text[:pos]
    head = before.rsplit(None, count)
    if len(head) <= count:
        if len(head) < count or not before.strip():
            return 0
        return len(before) - len(before.lstrip())
    rest = before[len(head[0]):]
    return len(head[0]) + len(rest) - len(rest.lstrip())


# Every match of a near-searched pattern ends within this many characters of its anchor word's start
# (the longest month or weekday name, or a unit with "'s", plus the one character a closing \b or
# lookahead reads), so no search need look further than that past the last anchor: without the
# bound, a search that fails near its anchor runs on, trying the pattern at every later character.
_ANCHOR_REACH = 16


def matches_near(rx: re.Pattern[str], text: str, anchors: Iterable[int], back: int,
                 reach: int | None = None) -> list[re.Match[str]]:
    """``rx.finditer(text)``, found faster: every match holds a word starting at one of ``anchors``
    (ascending offsets) and starts at most ``back`` words before it, so ``rx`` is searched only from
    there instead of being tried at every character. ``reach``: ``anchors`` holds every such word and
    every match ends within ``reach`` characters of its word's start, so no search runs past the last
    (``anchors`` is then a list)."""
    out: list[re.Match[str]] = []
    pos = 0
    endpos = None
    if reach is not None and isinstance(anchors, list) and anchors:
        endpos = min(len(text), anchors[-1] + reach)
    for anchor in anchors:
        if anchor < pos:
            continue
        start = max(pos, words_back(text, anchor, back))
        m = rx.search(text, start) if endpos is None else rx.search(text, start, endpos)
        if m is None:
            break
        out.append(m)
        pos = m.end() if m.end() > m.start() else m.end() + 1
    return out


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = rx.match(text, pos)
        if m is not None:
            out.append(m)
            end = m.end() if m.end() > pos else pos + 1
    return out


def _features(text: str, month_starts: list[int], numbers: list[re.Match[str]]) -> set[str]:
    found = set()
    if month_starts:
        found.add("month")
    # A number that can start a date: not inside a word ("PER12", the tagger's placeholders, or
    # "G20"), unless four digits long (the year pattern alone accepts a letter before it).
    for m in numbers:
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isascii() and (before.isupper() or before.isdigit())) or m.end() - m.start() >= 4:
            found.add("digit")
            break
    if "day" in text:
        found.add("weekday")
    lower = text.lower()
    if "year" in lower or "month" in lower or "week" in lower:
        found.add("unit")
    if "ago" in lower:
        found.add("ago")
    if ("yesterday" in lower or "today" in lower or "tomorrow" in lower or "tonight" in lower or "night" in lower
            or "morning" in lower or "afternoon" in lower or "evening" in lower or "earlier in the day" in lower):
        found.add("deictic")
    return found


def may_hold_date(text: str) -> bool:
    """False only when no date expression can lie within ``text``: ``_features`` finds none of the
    month names, numbers or words every pattern needs (a placeholder's number, "PER0", is none).
    A cheap test for a stretch of a text (a clause) before the whole text is scanned."""
    if "day" in text:
        return True
    lower = text.lower()
    if ("year" in lower or "month" in lower or "week" in lower or "ago" in lower or "yesterday" in lower
            or "today" in lower or "tomorrow" in lower or "night" in lower or "morning" in lower
            or "afternoon" in lower or "evening" in lower):
        return True
    if _MONTH_WORD.search(text) is not None:
        return True
    for m in _NUMBER_START.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isascii() and (before.isupper() or before.isdigit())) or m.end() - m.start() >= 4:
            return True
    return False


@functools.lru_cache(maxsize=128)
def _patterns_for(features: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns worth running on a text with these features (few sets occur: cached)."""
    return tuple((kind, rx) for kind, rx in _COMPILED if features.issuperset(_NEEDS[kind]))


def scan_dates(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every candidate date expression in ``text``, pattern by pattern in priority order (not yet
    resolved: the same scan serves both tenses)."""
    month_starts = [m.start() for m in _MONTH_WORD.finditer(text)]
    numbers = list(_NUMBER_START.finditer(text))
    features = _features(text, month_starts, numbers)
    if not features:
        return []
    number_starts = [m.start() for m in numbers]
    unit_anchors: list[int] | None = None
    lower, units_found = "", False
    found: list[tuple[str, re.Match[str]]] = []
    for kind, rx in _patterns_for(frozenset(features)):
        if kind in _MONTH_LED:
            matches = _matches_at(rx, text, month_starts)
        elif kind in _DIGIT_LED:
            matches = _matches_at(rx, text, number_starts)
        elif kind == "rel_month_name":
            matches = matches_near(rx, text, month_starts, _NEAR[kind], _ANCHOR_REACH)
        elif kind == "weekday":
            matches = matches_near(rx, text, [m.start() for m in _WEEKDAY_ANCHOR.finditer(text)], _NEAR[kind], _ANCHOR_REACH)
        elif kind in {"rel_unit", "weekend"}:
            if unit_anchors is None:
                lower = text.lower()
                units_found = len(lower) == len(text)  # else offsets shifted: search the whole text
                unit_anchors = [m.start() for m in _UNIT_ANCHOR.finditer(lower)] if units_found else [0]
            if kind == "weekend" and units_found and "weekend" not in lower:
                matches = []  # every match holds the word, in some case (its letters fold only to themselves)
            else:
                matches = matches_near(rx, text, unit_anchors, _NEAR[kind], _ANCHOR_REACH if units_found else None)
        elif kind == "anaphoric_period":
            low = text.lower()
            matches = list(rx.finditer(text)) if "that " in low or "same " in low else []
        else:
            matches = list(rx.finditer(text))
        found += [(kind, m) for m in matches]
    return found


def find_dates(text: str, published: date, prefer: Prefer = "past") -> list[DateMention]:
    """Every date expression in ``text`` (non-overlapping, in order), resolved."""
    return resolve_scanned(scan_dates(text), published, prefer)


# Kinds that tie a date to the day of writing, not to the time a text is telling of: never what "that
# year" in a later sentence points back to.
DEICTIC_KINDS = frozenset({"weekday", "deictic", "weekend"})


def _anaphoric(kind: str, m: re.Match[str], found: list[DateMention], published: date, prefer: Prefer,
               anchor: str | None) -> str | None:
    """"in July last year ... that October": the month in the year of the nearest date told before it
    (in the sentence, else ``anchor``, the last one the sentences before told); "the following March":
    the year after, when March comes before that date's month. With none told, a bare month gets its
    usual year; "that year" and "that month" get nothing."""
    before = [d for d in found if d.start < m.start()]
    told = max(before, key=lambda d: d.start).value if before else anchor
    if kind == "anaphoric_same_day":
        return told if told is not None and len(told) == 10 else None
    if kind == "anaphoric_day":
        if told is None or len(told) != 10:
            return None
        step = -1 if (m.group("dir") or m.group("dir4") or m.group("dir2") or m.group("dir3")).lower() in {"earlier", "before", "previous"} else 1
        if m.group("n"):
            count = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
            step *= count
        return (date.fromisoformat(told) + timedelta(days=step)).isoformat()
    if kind == "anaphoric_period":
        unit = m.group("unit").lower()
        return None if told is None else told[:4] if unit == "year" else told[:7] if len(told) >= 7 else None
    month = _month(m.group("mon"))
    if told is None:
        return _ym(_month_year(month, published, prefer), month)
    year = int(told[:4])
    if m.group(0).lower().startswith("the following") and len(told) >= 7 and month <= int(told[5:7]):
        year += 1
    return _ym(year, month)


def resolve_scanned(scanned: list[tuple[str, re.Match[str]]], published: date, prefer: Prefer,
                    anchor: str | None = None) -> list[DateMention]:
    """The date mentions of a ``scan_dates`` result: earlier patterns win where matches overlap.
    ``anchor``: the last date the text told before this one (for "that year", "that October")."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    anaphoric: list[tuple[str, re.Match[str]]] = []
    for kind, m in scanned:
        start, end = m.span()
        if any(start < e and s < end for s, e in taken):
            continue
        if kind.startswith("anaphoric"):
            taken.append((start, end))
            anaphoric.append((kind, m))  # resolved once every other date is known
            continue
        value = _resolve(kind, m, published, prefer)
        if value is None:
            continue
        taken.append((start, end))
        found.append(DateMention(start, end, kind, m.group(0), value))
    for kind, m in anaphoric:
        value = _anaphoric(kind, m, found, published, prefer, anchor)
        if value is not None:
            found.append(DateMention(m.start(), m.end(), kind, m.group(0), value))
    found.sort(key=lambda d: d.start)
    return found


@functools.lru_cache(maxsize=4096)
def resolve_date(expression: str, published: date, prefer: Prefer = "past") -> str | None:
    """The value of the first date expression in ``expression``; None when there is none."""
    found = find_dates(expression, published, prefer)
    return found[0].value if found else None


def parse_published(value: str | None) -> date | None:
    """The calendar date of an ISO date or timestamp ("2024-11-20T08:00:00+00:00")."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"published is not an ISO date: {value!r}") from None
