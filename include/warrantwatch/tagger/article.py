"""One article read sentence by sentence: entities and context first, then every rule family, then
the facts merged into mentions.
"""

from __future__ import annotations

import re
from collections import Counter

from warrantwatch.models import Mention
from warrantwatch.reference import Person
from warrantwatch.tagger.cues import (
    _ALSO_WANTED,
    _AS_DID_LIST,
    _AS_IS_ALSO,
    _CANCEL_NOUN_HINT,
    _CLERIC_SUBJECT,
    _DIARY_DAY_HEAD,
    _DID_NOT_AFTER,
    _DIED,
    _IT_WITHDRAWN,
    _LIVE_FROM,
    _OBJECT_BEFORE_PER,
    _ONE_DAY_CEREMONIES,
    _ONE_OF_BATCH,
    _OPENING_PRONOUN,
    _OTHER_WARRANTS,
    _PRONOUN_SUBJECT_FIRST,
    _RELATIVE_IN_LIST,
    _SAME_BATCH,
    _SAME_RULING,
    _SECTION_HEAD,
    _SECTION_LEAD,
    _SPAN_OF_YEARS,
    _STAY_TOLD_OVER,
    _TOUR_ENDED_IN,
    _WARRANT_BACK_REFERENCE,
    _WARRANTS_SIGNED,
    _WILL_BE_THERE,
    _WILL_WORD,
    _cancel_verb_hint,
    _pair_before,
    _per,
    _stay_over,
    _stay_runs_on,
    _unknown_traveller,
    dateline_place,
    reverse_live_page_place,
    section_place,
)
from warrantwatch.tagger.entities import (
    _PER_INDEX,
    _UNKNOWN_SUBJECT,
    _UNKNOWN_SURNAME_SUBJECT,
    Sentence,
    _key_entities,
    _parts_regex,
    _with_partials,
    analyse_sentence,
    partial_names,
    split_sentences,
)
from warrantwatch.tagger.facts import _dedupe, _Fact, _one_place_at_a_time
from warrantwatch.tagger.legs import TourRules
from warrantwatch.tagger.rx import _has_any
from warrantwatch.tagger.warrants import WarrantRules

# The words an "as did" list opens on ("X arrived earlier, as did Y", "X did not travel, and neither did Y").
_AS_DID_WORDS = (", as ", "ither did", "nor did", "so did")


def _no_plan_to_where_one_is(facts: list[_Fact]) -> list[_Fact]:
    """The facts but an undated plan to be where a stay is told going on ("The President will only be in Beijing for
    a short time", of a visit under way: no trip ahead)."""
    there = {(f.person.name, f.host) for f in facts if f.kind == "visit" and f.status == "ongoing"}
    return [f for f in facts if not (f.kind == "visit" and f.status == "planned" and f.date is None
                                     and (f.person.name, f.host) in there and _WILL_BE_THERE.search(f.sentence.text))]


# What tells an American story's "Georgia" is the state: its capital, a campaign, the word itself
_US_STATE_STORY = re.compile(r"\b(?:Atlanta|Savannah|rall(?:y|ies)|swing\s+states?|battleground|campaign(?:ing|ed)?|(?:the|this|that)\s+state)\b")


class ArticleTagger(TourRules, WarrantRules):
    """Tags one article: ``ArticleTagger(id, text, published, lexicon).run()``."""

    # -- driver --
    def run(self) -> list[Mention]:
        sentences: list[Sentence] = []
        for start, end in split_sentences(self.text):
            sentences.append(Sentence(start, end, self.text[start:end]))
        self.sentences = sentences
        if self.dateline is None and self.context is None and "Good " in self.text and (
                live := reverse_live_page_place(self.text, self.lex.gaz)) is not None:
            self.context = (live[0], live[1], None)  # a live page, newest entry first, greeting from the gathering at the bottom
        if self.context is None and self.dateline is not None and _LIVE_FROM.match(self.text[:160]):
            self.context = (self.dateline[0], self.dateline[1], None)  # "LIVE — Updates from the Nasrec Expo Centre, Johannesburg."
        # Names mentioned anywhere pick "the Indian leader" among office holders.
        found = [_key_entities(s.text, self.lex) for s in sentences]
        mentioned = {e.person.name for ents in found for e in ents if e.person is not None}
        people = list({e.person.name: e.person for ents in found for e in ents if e.person is not None}.values())
        partial = partial_names(people, self.lex) if people else {}
        if ("Mr" in self.text or "Ms" in self.text) and people:
            # "Mr Li": a two-letter family name is a name part only after an honorific (too short to read alone)
            short = {}
            for person in people:
                family = person.name.split()[0]
                if len(family) == 2 and family[0].isupper() and re.search(rf"\b(?:Mr|Ms|Mrs|Madam)\.?\s+{family}\b", self.text):
                    short.setdefault(family, []).append(person)
            partial = {**partial, **{k: v[0] for k, v in short.items() if len(v) == 1 and k not in partial}}
        if partial:
            parts = _parts_regex(tuple(partial))
            for index, s in enumerate(sentences):
                if parts.search(s.text):
                    found[index] = _with_partials(s.text, found[index], partial, self.lex)
        if self.dateline is not None and self.dateline[0] == "USA" and "Georgia" in self.text and "Tbilisi" not in self.text and (
                _US_STATE_STORY.search(self.text)):
            # "ATLANTA - Harris returned to Georgia on Thursday for a rally": the American state, in a story filed in the US
            found = [[e for e in ents if not (e.kind in {"LOC", "DEM"} and e.iso3 == "GEO" and e.surface.startswith("Georgia"))]
                     for ents in found]
        carry: Person | None = None
        carry_age = 99
        countries = frozenset(e.iso3 for ents in found for e in ents if e.kind in {"LOC", "DEM", "GOV"} and e.iso3)
        salience: Counter[str] = Counter()  # how often each person has been named so far
        seen: dict[str, tuple[int, Person]] = {}  # person -> (sentence last named in, person)
        batch_told: tuple[int, _Fact] | None = None  # (sentence, a warrant's batch told there, its court and day)
        for index, (s, ents) in enumerate(zip(sentences, found, strict=True)):
            for e in ents:  # named in this sentence: the nearest candidates for "the president"
                if e.person is not None:
                    seen.pop(e.person.name, None)
                    seen[e.person.name] = (index, e.person)
            recent = [p for i, p in reversed(seen.values()) if index - i <= 2]
            told = carry if carry_age <= 1 else None
            if carry_age == 2 and carry is not None and _PRONOUN_SUBJECT_FIRST.match(s.text) and salience and (
                    (top := salience.most_common(2))[0][0] == carry.name and (len(top) == 1 or top[1][1] < top[0][1])):
                # "In January he was ...", two nameless sentences after the last one told: still that one, when
                # the article names no one else as often (two who share a story leave "he" unsure)
                told = carry
            if (index and "\n" in self.text[sentences[index - 1].end : s.start] and _OPENING_PRONOUN.match(s.text)
                    and salience):
                # A paragraph opening on "He"/"His" is about the article's main person, not whoever the
                # last paragraph ended on ("Lavrov leads the delegation there. || His first trip since the
                # warrant takes him to Bishkek"), when that person is named far more often.
                top, count = salience.most_common(1)[0]
                if told is None or top != told.name and count > salience[told.name] and count >= 2:
                    told = self.lex.ref.person(top) or told
            elif told is None and carry_age > 1 and salience and _OPENING_PRONOUN.match(s.text):
                # "He" opening a sentence after two or more that named nobody: the article's main person, when
                # it is named far more often than anyone else
                (top, count), *rest = salience.most_common(2)
                if count >= 3 and (not rest or count >= 2 * rest[0][1]):
                    told = self.lex.ref.person(top)
            s.masked, s.entities = analyse_sentence(s.text, self.lex, self.published, mentioned,
                                                    told, ents, recent,
                                                    _pair_before(sentences, index), countries,
                                                    self.dateline[0] if self.dateline is not None else None)
            for e in ents:
                if e.person is not None:
                    salience[e.person.name] += 1
            for e in s.entities:  # a country's title or a pronoun keeps its person near
                if e.person is not None and e.via in {"title", "bare title", "pronoun"}:
                    seen.pop(e.person.name, None)
                    seen[e.person.name] = (index, e.person)
            s.published = self.published
            s.previous = sentences[index - 1] if index else None
            if self.weekly and index and (_SECTION_HEAD.match(s.text) or _SECTION_LEAD.match(s.text)) and "\n" in self.text[sentences[index - 1].end : s.start] and (
                    (place := dateline_place(s.text, self.lex.gaz)) is not None):
                # "ASHGABAT: MAGTYMGULY AT 300.", "LONDON: X was given the full state welcome": a round-up's section, filed
                # from that place, about its own gathering
                self.dateline, self.context, self.opening_day = place, None, None
            elif self.weekly and index and "\n" in self.text[sentences[index - 1].end : s.start] and (
                    place := section_place(s.text, self.lex.gaz)) is not None:
                self.dateline, self.context, self.opening_day = place, None, None  # "PARIS.": the section's place
            self._update_context(s)
            if "summit" in s.masked.lower() or "EVT" in s.masked or "meet" in s.masked or "gathering" in s.masked or " held" in s.masked:
                self._note_gathering_days(s)
            self.sentence_index = index
            told_visits = len(self.facts)
            self._visits(s)
            if len(self.facts) > told_visits and any(w in s.masked for w in _AS_DID_WORDS) and (
                    as_did := _AS_DID_LIST.search(s.masked)) is not None:
                self._same_trip_for(s, self.facts[told_visits:], as_did.group(1))
            if len(self.facts) > told_visits and " did not" in s.masked and (did_not := _DID_NOT_AFTER.search(s.masked)) is not None:
                self._trip_not_made_by(s, self.facts[told_visits:], did_not)
            if self.legs_possible:
                self._tour_legs(s)
            if "stops:" in s.masked or "stop:" in s.masked:
                self._stops_listed(s)
            if self.cancel_possible and _cancel_verb_hint(s.masked) and _has_any(s.masked.lower(), _CANCEL_NOUN_HINT):
                self._note_cancel(s)
            if ("dropped" in s.masked or "removed" in s.masked or "taken off" in s.masked or "been due" in s.masked or "been expected" in s.masked or "been scheduled" in s.masked
                    or "shelving" in s.masked or " on ice" in s.masked or "scrapping" in s.masked or "calling off" in s.masked) and "LOC" in s.masked:
                self._due_trips_called_off(s)
            if ("home" in s.masked or "back" in s.masked or "turned" in s.masked or "returned" in s.masked or "left" in s.masked or "departed" in s.masked
                    or "conclu" in s.masked or "wrapped" in s.masked or "stayed" in s.masked or "ended" in s.masked or "completed" in s.masked or "rounded" in s.masked
                    or "flew to" in s.masked or "headed to" in s.masked or "went to" in s.masked  # ("He then flew to Moscow")
                    or "leaving" in s.masked or "departing" in s.masked or "flew out" in s.masked):
                self._note_home(s)
            told_before = len(self.facts)
            if index and (withdrawn := _IT_WITHDRAWN.match(s.masked)) is not None and (withdrawn.group("that") or self.warrants_before):
                self._withdrawn_after(s, withdrawn)
            elif self.warrants_before and (signed := _WARRANTS_SIGNED.search(s.masked)) is not None:
                # "The warrants were signed on Monday", "The warrants, signed by the court on Thursday, ...":
                # the day of the warrants told just before.
                when = self._date_near(s, signed.end(), "past")
                if when is not None and _SPAN_OF_YEARS.match(s.masked, signed.end()):
                    when = None  # "Their warrants were issued between 2007 and 2012": no one day is any of theirs
                for fact in self.warrants_before:
                    # (a day before the one it was announced on: "said on Tuesday it had issued ... The warrants
                    # were signed on Monday")
                    if when is not None and (fact.date is None or when < fact.date and len(when) >= len(fact.date)):
                        fact.date = when
            batch = self.warrants_before[0] if self.warrants_before else (
                batch_told[1] if batch_told is not None and batch_told[0] == index - 1 else None)
            if batch is not None and (others := _OTHER_WARRANTS.match(s.masked)) is not None:
                # "X's warrant was one of three the chamber issued in November. The other two, for Y and Z, remain
                # in force": the same court's warrants, issued with it.
                for person_index in _PER_INDEX.findall(s.masked, others.end()):
                    person = _per(s.entities, person_index).person
                    if person is not None and self.lex.ref.known_warrants(person.name):
                        self.facts.append(_Fact("warrant", person, "issued", s, 0.75, court=batch.court, date=batch.date, cued=True))
            if "one of" in s.masked and (one_of := _ONE_OF_BATCH.search(s.masked)) is not None and (
                    last := next((f for f in reversed(self.facts) if f.kind == "warrant"), None)) is not None:
                # ("The warrant was one of three issued by the chamber on November 21": the batch's court and day)
                batch_told = (index, _Fact("warrant", last.person, "issued", s, 0.75, court=last.court,
                                           date=self._date_near(s, one_of.end(), "past")))
            self._warrants(s)
            if ", as " in s.masked and (as_is := _AS_IS_ALSO.search(s.masked)) is not None:
                self._warrant_shared(s, as_is, told_before)
            if self.warrants_told_before and _SAME_BATCH.search(s.masked) and not _ALSO_WANTED.search(s.masked):
                for fact in self.facts[told_before:]:
                    if fact.kind == "warrant" and fact.date is None:
                        # "The court also issued a warrant for X", "The prosecutor also said he was seeking warrants
                        # for ...": the day of the one before, of the same court and state
                        fact.date = next((f.date for f in self.warrants_told_before if f.date and f.status == fact.status
                                          and f.court == fact.court), None)
            if self.last_warrant is not None and (index - self.last_warrant[0] == 1 or index - self.last_warrant[0] == 2
                                                   and _WARRANT_BACK_REFERENCE.search(s.masked)):
                # Named in the next sentence, or in the one after when it points back ("named in the applications").
                self._warrant_names_follow(s)
            if self.warrants_before and ("same" in s.masked or "added" in s.masked) and (same := _SAME_RULING.match(s.masked)) is not None:
                first = self.warrants_before[0]
                for person_index in _PER_INDEX.findall(s.masked, same.end()):
                    person = _per(s.entities, person_index).person
                    if person is not None and all(f.person is not person for f in self.facts[told_before:]) and (
                            "added" not in same.group(0) or self.lex.ref.known_warrants(person.name)):
                        when = self._date_near(s, same.end(), "past", warrant=True) if "added" in same.group(0) else first.date
                        self.facts.append(_Fact("warrant", person, "issued", s, 0.75, court=first.court, date=when, cued=True))
            self.warrants_told_before = [f for f in self.facts[told_before:] if f.kind == "warrant"]
            # (not someone told only as an object: "a summit with PER1 in August. In December he ..." is
            # still the article's traveller)
            first = (next((t for t in _PER_INDEX.finditer(s.masked)
                           if not _OBJECT_BEFORE_PER.search(s.masked, max(0, t.start() - 20), t.start())), None)
                     if "with PER" in s.masked else _PER_INDEX.search(s.masked))
            unknown = _UNKNOWN_SUBJECT.match(s.masked)
            stranger = _unknown_traveller(s.masked) if ("trip" in s.masked or "visit" in s.masked or "tour" in s.masked) and (
                "'s " in s.masked or "’s " in s.masked) else None
            if stranger is not None and (first is None or stranger.start() < first.start()):
                carry, carry_age = None, 0  # "It was al-Sharaa's second trip abroad. On Sunday he was in Riyadh."
            elif first and unknown is not None and unknown.end() <= first.start():
                # "Smith, a longtime friend of PER0's, met ...": the subject is someone the reference
                # does not know, so "He" in the next sentence is not PER0.
                carry, carry_age = None, 0
            elif (surname := _UNKNOWN_SURNAME_SUBJECT.match(s.masked)) is not None and (first is None or surname.end() <= first.start()) and (
                    " " in surname.group("name") or re.search(rf"\b[A-Z][a-z]+\s+{re.escape(surname.group('name'))}\b", self.text)):
                carry, carry_age = None, 0  # "Bolton has written ... about the first PER0 administration. He ..."
            elif first is None and _CLERIC_SUBJECT.match(s.masked):
                carry, carry_age = None, 0  # "On Friday the pope travels to Iznik. He will spend ...": not the host
            elif first:
                carry, carry_age = s.entities[int(first.group(1))].person, 0
            else:
                carry_age += 1
        self._resolve_cancels()
        return self._mentions()

    def _same_trip_for(self, sentence: Sentence, told: list[_Fact], listed: str) -> None:
        """"X arrived earlier, as did A, B and C": each listed person made the trip the sentence told, unless it
        is home for them."""
        trips = [f for f in told if f.kind == "visit"]
        if not trips:
            return
        trip = trips[0]
        for index in _PER_INDEX.findall(_RELATIVE_IN_LIST.sub("", listed)):
            person = _per(sentence.entities, index).person
            if person is not None and all(f.person is not person for f in trips) and trip.host != self._home(person):
                self.facts.append(trip.shared_by(person, sentence))

    def _diary_heads(self) -> dict[int, str]:
        """A week-ahead diary's paragraphs led by a day still to come ("Friday: The Munich Security Conference opens."):
        the day, for each sentence of the paragraph (keyed by the sentence's identity)."""
        heads: dict[int, str] = {}
        head = None
        for sentence in self.sentences:
            if sentence.start == 0 or self.text[sentence.start - 1] == "\n":  # a paragraph's first sentence
                head = None
                if (lead := _DIARY_DAY_HEAD.match(sentence.text)) is not None:
                    head = next((d.value for d in sentence.dates("future") if d.start < lead.end() and len(d.value) == 10), None)
                    if head is not None and head <= self.published.isoformat():
                        head = None
            if head is not None:
                heads[id(sentence)] = head
        return heads

    def _trip_not_made_by(self, sentence: Sentence, told: list[_Fact], did_not: re.Match[str]) -> None:
        """"Wang Yi made the trip; Marco Rubio did not": the one after stayed away from the trip the sentence told."""
        trips = [f for f in told if f.kind == "visit" and f.status in {"completed", "ongoing"} and f.sentence is sentence]
        person = _per(sentence.entities, did_not.group(1)).person
        if trips and person is not None and all(f.person is not person for f in told) and trips[0].host != self._home(person):
            self.facts.append(trips[0].shared_by(person, sentence, "declined"))

    def _mentions(self) -> list[Mention]:
        # "X was killed in a strike on his guesthouse", "X, who died in a helicopter crash": no stay of theirs runs on
        dead = {_per(s.entities, i).person.name for s in self.sentences if ("killed" in s.masked or "died" in s.masked
                                                                            or "assassinated" in s.masked or "shot dead" in s.masked)
                for m in _DIED.finditer(s.masked) if (i := m.group(1) or m.group(2)) and _per(s.entities, i).person is not None}
        for fact in self.facts:
            if fact.kind == "visit" and fact.status == "completed" and not fact.earlier and _stay_runs_on(
                    fact.date, fact.sentence.text, self.published):
                fact.status = "ongoing"  # "held talks on Monday at the start of a two-day visit", in Tuesday's paper
            if fact.kind == "visit" and fact.status == "ongoing" and (
                    fact.person.name in self.went_home or fact.person.name in dead or (fact.person.name, fact.host) in self.left_hosts
                    or self.travelling_with.get(fact.person.name) in self.went_home  # (the party flies home together)
                    or _stay_over(fact.date, fact.sentence.text, self.published, self.weekly)
                    or " over" in fact.sentence.text and _STAY_TOLD_OVER.search(fact.sentence.text)
                    or " in LOC" in fact.sentence.masked and any(_per(fact.sentence.entities, e.group(1)).iso3 == fact.host
                                                               for e in _TOUR_ENDED_IN.finditer(fact.sentence.masked))):
                fact.status = "completed"
        if self.gathering_day is not None:
            host, first = self.gathering_day
            for fact in self.facts:  # trips to the gathering with no day of their own
                if fact.kind == "visit" and fact.host == host and (
                        fact.date is None or len(fact.date) < 10 and first.startswith(fact.date)):
                    fact.date = first
        heads = self._diary_heads()
        for fact in self.facts if heads else ():
            head = heads.get(id(fact.sentence))
            if fact.kind == "visit" and head is not None and fact.status == "ongoing" and fact.date in {None, self.published.isoformat()}:
                fact.status, fact.date = "planned", head  # "Friday: The conference opens. X is also among the speakers": ahead
        if self.dateline is not None and self.context is None and self.sentences and self._opening_tells_gathering_over() and (
                (ended := self._opening_day(past_dateline=True) or self._opening_day()) is not None):
            for fact in self.facts:  # "CAIRO - A summit ... broke up on Saturday": those at it with no day of their own, that day
                if fact.kind == "visit" and fact.host == self.dateline[0] and fact.status == "completed" and fact.date is None and not fact.earlier:
                    fact.date = ended
        if self.opening_day is not None:
            host, day = self.opening_day
            for fact in self.facts:  # there, or staying away, on the day it opened
                if fact.kind == "visit" and fact.host == host and fact.status in {"ongoing", "declined", "completed"} and (
                        fact.date is None or fact.status == "declined" and len(fact.date) == 10 and fact.date < day and fact.sentence is not self.sentences[0]):
                    fact.date = day  # (an absence dated by when it was decided, "pulled out last week", is the gathering's)
        ceremony_day = None
        if self.ceremony and self.sentences:
            # The day of the ceremony the story is about: the first day its opening sentence tells.
            opening = self._opening_day()
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
        facts = _no_plan_to_where_one_is(_dedupe(self.facts))
        _one_place_at_a_time(facts)
        if ceremony_day is not None:
            for f in facts:  # at (or away from) the ceremony the story is about, with no day of their own
                if f.kind == "visit" and f.date is None and f.status in {"completed", "ongoing", "declined"} and (
                        self.dateline is None or f.host == self.dateline[0]
                        or self.context is not None and f.host == self.context[0] and self.context[2] in _ONE_DAY_CEREMONIES):
                    # (or at the ceremony's own place, told from elsewhere: "JAKARTA — ... at the funeral of Pope Francis")
                    f.date = ceremony_day
            if ceremony_day < self.published.isoformat() and self.context is not None:
                for f in facts:  # arrived for a one-day ceremony that is over by the paper's day: been and gone
                    if (f.kind == "visit" and f.status == "ongoing" and f.host == self.context[0]
                            and f.date is not None and f.date <= ceremony_day):
                        f.status = "completed"
        events = {e.name: e for e in self.lex.gaz.events}
        for f in facts:
            if (f.kind == "visit" and f.status == "declined" and f.occasion not in events and self.context is not None
                    and f.host == self.context[0] and f.city is not None and f.city == self.context[1]):
                f.occasion = self.context[2]  # "to skip the New Delhi summit": the story's gathering, in its city
            if f.kind == "visit" and f.date is None and f.status != "ongoing" and f.occasion in events and f.host:
                # At (or away from) a summit with no day of its own: the summit's first day, where the reference knows it.
                f.date = events[f.occasion].first_day(f.host, self.published)
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
