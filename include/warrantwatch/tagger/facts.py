"""A fact as the rules find it, and how facts about the same trip or warrant are merged into one:
the most settled status, the most precise date, the best evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from warrantwatch.reference import Person
from warrantwatch.tagger.cues import _GENERIC_OCCASIONS, _PRESENT_OR_WILL, _first_day
from warrantwatch.tagger.entities import Sentence


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

    def shared_by(self, person: Person, sentence: Sentence, status: str | None = None) -> _Fact:
        """The same trip made by a companion told in ``sentence`` ("as did X", "accompanied by X", "X joined the
        delegation"): its status, place and day, a little less sure (or, with ``status``, the same trip not made:
        "A made the trip; B did not")."""
        return _Fact("visit", person, status or self.status, sentence, self.confidence * 0.9, host=self.host, city=self.city,
                     occasion=self.occasion, date=self.date)


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
    return word if word in _GENERIC_OCCASIONS else None


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


# A second trip told as such: "was back in Russia in October", "went again in May", "in October the same year".
_AGAIN = re.compile(r"\b(?:back|again|returned|second|twice|(?:that|the\s+same)\s+year)\b")


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
    if a.status == b.status and len(a.date) == len(b.date) == 7 and apart >= 60 and _AGAIN.search(a.sentence.masked):
        return True  # ("in July, and he was back in October": two; "in late August and early September": one)
    if a.status == b.status == "completed" and len(a.date) == len(b.date) == 10 and apart >= 7 and _AGAIN.search(a.sentence.masked):
        return True  # ("flew to Florida ... on Jan. 4 and went back to the United States ... on Jan. 20": two)
    return apart >= 30 if a.status != b.status else apart >= 180  # ("in 2019 and again in 2023": two)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _not_before(settled: _Fact, plan: _Fact) -> bool:
    """A settled fact replaces a plan only if it is not an earlier, separate trip (visited in May, plans to return)."""
    if settled.status in {"cancelled", "declined"}:
        return True  # "has postponed a trip to Germany", then "was due to leave for Berlin on Thursday"
    if settled.status == "ongoing" and plan.date is None and plan.tense != "present":
        return True  # "arrived in El Salvador on Monday ... In San Salvador he is due to meet Bukele": the same stay
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
            # (an undated stay going on is there on the paper's day: a finished deed told that day is part of it)
            today = [f.sentence.published.isoformat() for f in ongoing if f.date is None]
            for f in group:
                if f.status != "completed":
                    continue
                if f.date is None:
                    dropped.add(id(f))  # the finished trip is the stay still going on
                elif len(f.date) == 10 and (any(_days_apart(f.date, day) <= 7 for day in days) or f.date in today):
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
        if f.kind == "visit" and f.status != "planned" and not f.earlier:  # (a trip told as before the story's settles no plan)
            settled.setdefault((id(f.person), f.host), []).append(f)
    kept_plans: list[_Fact] = []
    settled_plans: set[tuple[int, int, str | None]] = set()  # (sentence, person, host) of plans an outcome settled
    for f in facts:
        if f.kind == "visit" and f.status == "planned":
            outcome = next((o for o in settled.get((id(f.person), f.host), ()) if _not_before(o, f) and _same_trip(o, f)), None)
            if outcome is not None:
                outcome.date = outcome.date or f.date  # "postponed a trip to Germany" + "was due in Berlin on Thursday"
                settled_plans.add((f.sentence.start, id(f.person), f.host))
                continue
        kept_plans.append(f)
    # (another reading of a settled plan in the same sentence is settled with it: "will travel to Brasília, where Lula
    # will receive him on Tuesday", told during the stay in Brazil)
    facts = [f for f in kept_plans if f.kind != "visit" or f.status != "planned"
             or (f.sentence.start, id(f.person), f.host) not in settled_plans]
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
                    fact.date = fact.date or other.date  # (the day one reading found is the trip's too)
                    group[index] = fact
                else:
                    other.date = other.date or fact.date
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
            # A plan told by its arrival day and by a meeting a day or two later is one trip, from its first day.
            # So is an absence told by the day it was announced and by the gathering's day a few days on ("pulled out
            # after a fall on Saturday" and "is taking part by video link" on Tuesday), dated by the gathering.
            nearby_same_trip = (not compatible and fact.kind == "visit" and fact.status in {"planned", "declined"} and other.date is not None
                           and fact.date is not None and len(other.date) == len(fact.date) == 10
                           and _days_apart(other.date, fact.date) <= (3 if fact.status == "planned" else 7))
            if not compatible and not nearby_same_trip and fact.kind != "warrant" or other.earlier != fact.earlier:
                continue
            best = max((other, fact), key=_evidence_score)
            # A warrant is issued (or asked for) once, executed or withdrawn once: one fact whatever the
            # times told; the earliest time an issue or a request is told with, the latest of the others.
            merged_date = (_more_precise(other.date, fact.date) if compatible else
                           min(other.date, fact.date) if fact.status in {"issued", "requested", "planned"} else max(other.date, fact.date))
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
