"""Tours and cancellations: the later legs of a trip told in one sentence ("then on to Hanoi",
"with stops in X and Y") and trips called off in a later sentence ("The visit was postponed").
"""

from __future__ import annotations

import re
from collections import Counter

from warrantwatch.tagger.cues import (
    _AFTER_DOING,
    _AFTER_STOPS,
    _ARRIVED_BEFORE,
    _CANCEL_RX,
    _CANCEL_TOLD,
    _CONDITIONAL,
    _DUE_AT_GATHERING,
    _DUE_BUT_OFF,
    _FLEW_FROM_AT_END,
    _FOLLOWED_BY,
    _FROM_PLACE,
    _HEARSAY,
    _LEFT_FOR,
    _LEG_PLACE_TOLD,
    _LOC_INDEX,
    _MEETING_WITH_PER,
    _MET_BEFORE_STOPS,
    _MORE_PLACES,
    _NEW_DATE,
    _NEXT_STOP,
    _NEXT_STOP_IN_LIST,
    _OFF_WHERE_DUE,
    _OTHER_SUBJECT,
    _PLACE_INDEX,
    _PRE_BE,
    _PRE_FUTURE,
    _PRE_NEG,
    _PRE_PAST_PLAN,
    _PRE_SPEC,
    _SHELVING_MEETING_IN,
    _STOP_DROPPED,
    _STOPS_LISTED,
    _THEN_ON_TO,
    _TO_PLACE_NEXT,
    _TOUR_END,
    _UNOWNED_TOUR_AT_END,
    _WHEN_CLAUSE,
    _WILL_WORD,
    _clause_bounds,
    _first_day,
    _leg_anchors,
    _per,
    _travelers_before,
)
from warrantwatch.tagger.entities import _PER_INDEX, Entity, Sentence
from warrantwatch.tagger.facts import _Fact
from warrantwatch.tagger.state import _CancelNote
from warrantwatch.tagger.visits import VisitRules


class TourRules(VisitRules):
    """Tour legs and called-off trips, built on the visit rules' ``_add_visit``."""

    # -- tour legs --
    def _recent_traveler(self) -> list[Entity]:
        """The traveller of the last two sentences' trips, for a sentence naming none ("Budapest is next")."""
        if self.last_traveler is None or self.sentence_index - self.last_traveler[0] > 2:
            return []
        person = self.last_traveler[1]
        return [Entity("PER", 0, 0, person.name, person=person, via="pronoun")]

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
            if m is None and _TO_PLACE_NEXT.match(masked, f.end()):
                m = _FLEW_FROM_AT_END.search(masked, max(0, f.start() - 30), f.start())
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
            place = _per(ents, m.group("a") or m.group("b") or m.group("c"))
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
            if object_met is not None and (first := _PER_INDEX.search(pre)) is not None and first.start() < object_met.start():
                travelers = [_per(ents, first.group(1))]  # "X went to Berlin to meet Scholz, after visits to ...": X's
            if not travelers:  # "After stops in X and Y, PER0 arrived in Z": the main clause's subject
                after = _PER_INDEX.search(masked, m.end())
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
            first = _PER_INDEX.search(masked, 0, m.start())
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
                # (those travelling together, told with the first: "X and Y are due in Tokyo ..., before moving on to
                # Beijing": the same journey's other travellers, on the same stop)
                party = [e for i in dict.fromkeys(_PER_INDEX.findall(masked, 0, m.start())) if (e := _per(ents, i)).person is not None
                         and e.person is not person and any(f.sentence is sentence and f.kind == "visit" and f.person is e.person
                                                            and f.host == earlier[-1].host and f.status == status for f in self.facts)]
                for goer in [_per(ents, first.group(1)), *party]:
                    self._add_visit([goer], [(place.iso3, place.city, None, 0.8)], status, sentence, m.start(), 0.8)
                    leg, before = self.facts[-1], earlier[-1].date
                    if leg.person is goer.person and (leg.date is None or before and len(leg.date) < len(before) and before.startswith(leg.date)):
                        leg.date = before  # the same journey's day ("this year" says less than the day before it)
        for m in _TOUR_END.finditer(masked) if "end" in anchors else ():
            c_start, _ = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if self._unreal(pre):
                continue
            travelers = self._owner_or_travelers(sentence, m.start(), c_start) or (
                self._recent_traveler() if "PER" not in masked[c_start : m.start()] else [])
            if _UNOWNED_TOUR_AT_END.search(masked, max(0, m.start() - 60), m.start()) and (told := self._traveler_told_in(sentence)):
                travelers = told  # "X flew in from Riyadh, where he met Y, at the end of a tour ...": the one whose trip was told
            apposed = re.search(r"PER(\d+)(?:'s|’s)", masked[m.start() : m.start("verb")])
            if not travelers and apposed:  # "The trip, the president's first tour abroad, began in X"
                travelers = [_per(ents, apposed.group(1))]
            place = _per(ents, m.group("a"))
            if not travelers or place.kind != "LOC":
                continue
            if m.group("first") is not None and (first := _per(ents, m.group("first"))).kind == "LOC":
                # (the stop the tour started in, told before the one it went on to)
                self._add_visit(travelers, [(first.iso3, first.city, None, 0.8)], "completed", sentence, m.start("first"), 0.8,
                                remember=False)
            verb = m.group("verb").lower()
            when = self._date_near(sentence, m.start("verb"), "future", visit=True)
            today = self.published.isoformat()
            if verb.split()[0].endswith("ed") or verb in {"began", "kicked off"}:
                status = "completed"
            elif when is not None and when < today[: len(when)]:
                status = "completed"
            elif when is not None and when == today:
                status = "ongoing"
            else:
                status = "planned"
            self._add_visit(travelers, [(place.iso3, place.city, None, 0.8)], status, sentence, m.start("verb"), 0.8,
                            remember=status != "completed")
            if status == "planned" and (then := _FOLLOWED_BY.match(masked, m.end())) is not None:
                # "The tour continues on Tuesday in Costa Rica, followed by Guatemala on Wednesday and the
                # Dominican Republic on Thursday": each later stop with its own day.
                stops, pos = [then.start("a") - 3], then.end()
                while (more := _NEXT_STOP_IN_LIST.match(masked, pos)) is not None:
                    stops.append(more.start(1))
                    pos = more.end()
                for at in stops:
                    stop = _per(ents, _LOC_INDEX.match(masked, at).group(1))  # type: ignore[union-attr]
                    if stop.kind != "LOC":
                        continue
                    day = next((d.value for d in sentence.dates("future") if at < d.start <= at + 25), None)
                    self._add_visit(travelers, [(stop.iso3, stop.city, None, 0.75)], "planned", sentence, at, 0.75,
                                    remember=False)
                    if day is not None and self.facts[-1].date != day and self.facts[-1].host == stop.iso3:
                        self.facts[-1].date = day

    def _stops_listed(self, sentence: Sentence) -> None:
        """"Saturday brought three stops: Manama in the morning, Riyadh in the afternoon and Abu Dhabi late at night": each
        a stop of the one named before the list, else of the story's traveller."""
        masked, ents = sentence.masked, sentence.entities
        m = _STOPS_LISTED.search(masked)
        if m is None or _CONDITIONAL.search(masked, 0, m.start()):
            return
        named = [e for i in _PER_INDEX.findall(masked, 0, m.start()) if (e := _per(ents, i)).person is not None]
        who = named[:1] or self._touring()
        status = "planned" if m.group("next") and m.group("next").lower() == "next" or _WILL_WORD.search(masked, 0, m.start()) else "completed"
        # (the day told before the list is every stop's: "Saturday brought three stops: ...")
        when = next((d.value for d in sentence.dates("future" if status == "planned" else "past") if d.start < m.start()), None)
        for index in _PLACE_INDEX.findall(m.group("list") or m.group("one")):
            place = _per(ents, index)
            if place.iso3:
                self._add_visit(who, [(place.iso3, place.city, None, 0.7)], status, sentence, m.end(), 0.7,
                                told_date=when)

    def _touring(self) -> list[Entity]:
        """The traveller whose trips the story has told most (a tour's owner), for a leg told with no one named."""
        trips = Counter(f.person.name for f in self.facts if f.kind == "visit" and f.status in {"planned", "ongoing", "completed"})
        if not trips:
            return []
        person = self.lex.ref.person(trips.most_common(1)[0][0])
        return [Entity("PER", 0, 0, person.name, person=person, via="pronoun")] if person is not None else []

    def _due_trips_called_off(self, sentence: Sentence) -> None:
        """Trips told as due and called off in one sentence: "He had been due in X on Wednesday, but ... the visit had
        been postponed", "called off a summit in X where he had been due to ...", "A stop in X that had been planned
        for Thursday has been dropped"."""
        masked, ents = sentence.masked, sentence.entities
        for m in [*_DUE_BUT_OFF.finditer(masked), *_OFF_WHERE_DUE.finditer(masked)]:
            place, who = _per(ents, m.group("loc")), _per(ents, m.group("per"))
            if who.person is not None and any(f.kind == "visit" and f.person is who.person and f.host == place.iso3
                                               and f.status in {"ongoing", "completed"} for f in self.facts):
                continue  # "landed in Beijing on Tuesday ... had been due in Tianjin on Monday as well, but that was dropped": one stay
            if place.kind == "LOC" and not _CONDITIONAL.search(masked, 0, m.start()):
                new_date = m.group("verb").startswith(("postpon", "put off")) and _NEW_DATE.search(masked, m.end())
                self._add_visit([_per(ents, m.group("per"))], [(place.iso3, place.city, None, 0.8)],
                                "planned" if new_date else "cancelled", sentence, m.start("loc"), 0.8)
        for m in _SHELVING_MEETING_IN.finditer(masked) if ", " in masked and "LOC" in masked else ():
            # "Trump said he did not want a wasted meeting with Putin, ..., in effect shelving a summit in Budapest": the
            # sentence's subject and the one met, both no longer going
            place, subject = _per(ents, m.group("loc")), _PER_INDEX.search(masked, 0, m.start())
            met = _MEETING_WITH_PER.search(masked, 0, m.start())
            if place.kind != "LOC" or subject is None or met is None or _CONDITIONAL.search(masked, 0, m.start()):
                continue
            people = list(dict.fromkeys((subject.group(1), met.group(1))))
            new_date = "postpon" in m.group(0).lower() and _NEW_DATE.search(masked, m.end())
            self._add_visit([_per(ents, i) for i in people], [(place.iso3, place.city, "summit", 0.75)],
                            "planned" if new_date else "cancelled", sentence, m.start("loc"), 0.75)
        for m in _STOP_DROPPED.finditer(masked):
            c_start, _ = _clause_bounds(masked, m.start())
            if self._unreal(masked[c_start : m.start()]):
                continue
            place = _per(ents, m.group("loc"))
            travelers = _travelers_before(masked, ents, m.start(), c_start) or self._touring()
            if place.kind == "LOC" and travelers:
                new_date = _NEW_DATE.search(masked, m.end())
                self._add_visit(travelers[-1:], [(place.iso3, place.city, None, 0.8)], "planned" if new_date else "cancelled",
                                sentence, m.start("loc"), 0.8)

    def _note_cancel(self, sentence: Sentence) -> None:
        """Remember a trip called off with no place told ("The visit was called off")."""
        masked, ents = sentence.masked, sentence.entities
        starts: set[int] = set()
        # Only around a cancel verb: the pattern opens on words as common as "the".
        spans = [(max(0, v.start() - 240), min(len(masked), v.end() + 140)) for v in _CANCEL_RX.finditer(masked)]
        for m in (x for lo, hi in spans for x in _CANCEL_TOLD.finditer(masked, lo, hi)):
            if m.start() in starts or m.group("sched") and not m.group("loc"):
                continue
            starts.add(m.start())
            c_start, _ = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _HEARSAY.search(pre):
                continue
            if re.search(r"\b(?:not|never|n't|n’t)\b", m.group(0)) and "rescheduled" not in m.group(0):
                continue
            det = (m.group("det") or m.group("det2")).lower()
            noun = (m.group("noun") or m.group("noun2")).lower()
            owner = re.match(r"per(\d+)", det)
            who = [_per(ents, owner.group(1))] if owner else _travelers_before(masked, ents, m.start(), c_start)
            loc_index, told = m.group("loc"), None
            if loc_index is None and det in {"the", "that", "this"} and m.group("verb") and (
                    told := _LEG_PLACE_TOLD.search(masked, m.start(), m.start("verb"))) is not None:
                # "The French leg, which should have begun in Paris last Sunday, was postponed": the leg's place, told
                # by its demonym or in the clause on it
                loc_index = told.group(1) or told.group(2)
            if not who and det in {"a", "the"} and loc_index:
                # "A long-promised visit to the UAE ... was postponed", "..., but the planned visit to the Holy See has been
                # postponed": the story's traveller's
                who = self._touring()
            person = who[-1].person if who else None
            if person is None and det in {"his", "her"}:
                continue  # ("Pope Francis, who ..., called off his trip": a pronoun left unread is a stranger's, not the last plan's)
            one_leg = noun in {"leg", "stop", "stopover"} or det in {"that", "this"}
            if not noun.endswith(("trips", "visits", "plans")) and any(
                    f.sentence is sentence and f.kind == "visit" and f.status == "cancelled" for f in self.facts):
                continue  # the place was told in the same clause: the cancel rule has it (not every place of "all his trips")
            # "scrapped the rest of his trip": only the legs told after it, not those still on
            if loc_index and person is not None:
                # "PER0's state visit to LOC1, which was to be his first, has been postponed": the place is told.
                place = _per(ents, loc_index)
                verb = (m.group("verb") or "").lower()
                later = verb.startswith(("postpon", "put off", "delay")) and _NEW_DATE.search(masked, m.end())
                if place.kind in {"LOC", "DEM"} and place.iso3 and not (m.group("loc") is None and any(
                        f.kind == "visit" and f.person is person and f.host == place.iso3 and f.status in {"completed", "ongoing"}
                        for f in self.facts)):  # ("The Spanish visit had been called off" after the talks in Madrid: made since)
                    self._add_visit(who[-1:], [(place.iso3, place.city, None, 0.85)], "planned" if later else "cancelled",
                                    sentence, m.start(), 0.85)
                    if later and self.facts and self.facts[-1].sentence is sentence:
                        self.facts[-1].date = self._date_near(sentence, later.end(), "future", status="planned")
                    elif m.group("sched") and self.facts and self.facts[-1].sentence is sentence and (
                            due := next((d.value for d in sentence.dates("future") if m.start("sched") <= d.start < m.end("sched")), None)):
                        self.facts[-1].date = due  # ("had been scheduled for April 8 but was postponed in March": April 8)
                    elif told is not None and self.facts and self.facts[-1].sentence is sentence and self.facts[-1].date is None:
                        # ("which should have begun in Paris last Sunday": the day it was to begin, told before the verb)
                        was_due = next((d.value for d in sentence.dates("past") if m.start() <= d.start < m.start("verb")), None)
                        if was_due is not None and was_due < self.published.isoformat()[: len(was_due)]:
                            self.facts[-1].date = was_due  # (a day still ahead is told by the postponing rules)
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
            if not plans and not past and new_date is None and self.context is not None and (
                    (due := _DUE_AT_GATHERING.search(masked, 0, at)) is not None and self._home(person) != self.context[0]) and not any(
                    f.kind == "visit" and f.person is person and f.host == self.context[0] for f in self.facts):
                # "X had been due to speak on Tuesday but called off his trip last week", in the story of a gathering:
                # the trip to it (unless the story already has X's part in it: "... and took part by video")
                iso3, city, occasion = self.context
                was_due = next((d.value for d in sentence.dates("past") + sentence.dates("future") if due.end() <= d.start < at), None)
                self.facts.append(_Fact("visit", person, "cancelled", sentence, 0.7, host=iso3, city=city, occasion=occasion, date=was_due))
                continue  # (dated by the day the part was due: "due to speak on Tuesday")
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
                told = len(self.facts)
                self._add_visit(who, plan.dests, status, plan.sentence, plan.anchor, 0.75, remember=False)
                for fact in self.facts[told:]:  # a plan is dated ahead: "had planned to go in December" (each place of it)
                    fact.date = new_date or self.leg_days.get((plan.sentence.start, fact.host)) or self._date_near(
                        plan.sentence, plan.anchor, "future", visit=True)

    @staticmethod
    def _sentence_gap(a: Sentence, b: Sentence) -> int:
        gap, s = 0, b
        while s is not None and s is not a and gap <= 3:
            s, gap = s.previous, gap + 1
        return gap if s is a else 99
