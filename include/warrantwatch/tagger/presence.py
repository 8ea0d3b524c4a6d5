"""Presence at the story's gathering: "sat beside the hosts", "were among the guests", "China was represented by
Premier Li Qiang", "X, Y and Z are expected there", "no American official would attend". The place is the gathering
the article is about (else where it is filed); the status is the tense told, read against the paper's day. Also
stays told as running since a day ("had been in Montevideo since Thursday").
"""

from __future__ import annotations

import re
from datetime import date

from warrantwatch.tagger.cues import (
    _ABSENT_HEAD,
    _AGREED_AT_END,
    _ALONG_WITH_NAMES,
    _ALSO_ATTENDING,
    _AMONG_AT,
    _AND_COUNTRY_BY,
    _ARRIVED_WORD,
    _AS_DID,
    _AS_WERE_LIST,
    _AT_GATHERING_RX,
    _ATTENDED_BY,
    _BE_PRESENT,
    _BOYCOTT_ORDERED,
    _BRINGS_TOGETHER,
    _CLAUSE_AFTER_NAME,
    _CONDITIONAL,
    _CONFIRMED_ATTENDANCE,
    _DEED_AT_GATHERING,
    _DEED_IN_THE_ROOM,
    _DELEGATION_INCLUDES,
    _DEM_TOKEN,
    _DUE_TO_SPEAK,
    _EXPECTED_THERE,
    _EXPECTS_GUEST,
    _FLANKED_BY,
    _FROM_GATHERING,
    _GENERIC_TOWN,
    _GROUP_ARRIVED_AMONG,
    _GUESTS_ARE_HERE,
    _HAD_BEEN_IN_SINCE,
    _HEARSAY,
    _INVERTED_LIST,
    _INVERTED_PRESENCE,
    _LIST_END,
    _LOC_INDEX,
    _MODAL_AT_END,
    _NO_ONE_WOULD_ATTEND,
    _NOT_AFTER_BE,
    _NOT_THERE,
    _OBJECT_BEFORE,
    _OWN_ARRIVAL_WORDS_END,
    _PER_LIST,
    _PERSON_REPRESENTED,
    _PRE_FUTURE,
    _PRE_NEG,
    _PRE_SPEC,
    _PRESENT_HEAD,
    _PRESENT_RX,
    _PRESENT_STEMS,
    _RATHER_THAN_BY,
    _RELATIVE_IN_LIST,
    _REPRESENTED_BY,
    _REPRESENTED_IN_PLACE,
    _REPRESENTED_RATHER_THAN,
    _SENT_ON_TO,
    _SENT_TENSE,
    _SIDELINES_OF_OURS,
    _STAYED_AWAY_DEED,
    _STAYS_AT_GATHERING,
    _SUBJECT_AT_START,
    _VIDEO,
    _WHERE_CLAUSE_BEFORE,
    _WHO_ARE_COMING,
    _WITH_NAMES_CLOSE_BY,
    _clause_bounds,
    _per,
    _travelers_before,
)
from warrantwatch.tagger.entities import _PER_INDEX, Sentence
from warrantwatch.tagger.facts import _Fact
from warrantwatch.tagger.rx import _has_any
from warrantwatch.tagger.state import ArticleState


class PresenceRules(ArticleState):
    """The presence rules, run by ``VisitRules._visits`` (whose helpers they use: ``_add_visit``, ``_destinations``,
    ``_place_in_clause``, ``_gathering_or_dateline``, ``_undated_or_today``)."""

    def _deed_at_gathering(self, sentence: Sentence, m: re.Match[str]) -> None:
        """"At the BRICS summit in Johannesburg, Lula championed ...", "Modi said at the summit in Johannesburg that ...":
        the doer was at the gathering, in its place (not one who took part by video)."""
        masked, ents = sentence.masked, sentence.entities
        if _VIDEO.search(masked) or _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, 0, m.end()):
            return
        verb = (m.group("verb") or m.group("verb2") or m.group("verb3")).lower()
        if verb == "will":
            status = "planned"
        elif verb.endswith("s") and not verb.endswith("ss"):
            status = "ongoing"  # "At the summit in Rio, Lula says ...": the day's news
        else:
            status = "completed"
        place = _per(ents, m.group("loc") or m.group("loc2") or m.group("loc3"))
        if place.kind != "LOC" or not place.iso3:
            return
        who = _per(ents, m.group("per") or m.group("per2") or m.group("per3"))
        occasion = self.context[2] if self.context is not None and self.context[0] == place.iso3 else None
        self._add_visit([who], [(place.iso3, place.city, occasion, 0.75)], status, sentence, m.start(), 0.75)

    def _listed_heads_at_gathering(self, sentence: Sentence, start: int, status: str) -> None:
        """The people a list after a head names ("Also absent: A, who ...; B" / "Also now inside: A, B and C"), each
        with ``status`` at the story's gathering (the clauses after each name are theirs, not more of the list)."""
        assert self.context is not None
        iso3, city, occasion = self.context
        ents = sentence.entities
        for item in sentence.masked[start:].split(";"):
            named = _CLAUSE_AFTER_NAME.sub("", item)
            people = [_per(ents, i.group(1)) for i in _PER_INDEX.finditer(named) if not _OBJECT_BEFORE.search(named, 0, i.start())]
            self._add_visit([p for p in people if p.person is not None], [(iso3, city, occasion, 0.7)], status, sentence, start, 0.7)

    def _presence_at_gatherings(self, sentence: Sentence) -> None:
        """Presence at the story's gathering: "sat beside", "were among the guests", "represented by", "expected there"."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        for m in _DEED_AT_GATHERING.finditer(masked) if " in LOC" in masked and ("At " in masked or " at " in masked or "During " in masked
                                                                       or ", where PER" in masked) else ():
            self._deed_at_gathering(sentence, m)
        # Presence: "sat beside hosts X and Y", "stood alongside X at the parade in Beijing",
        # "was among the leaders at the summit".
        for m in _PRESENT_RX.finditer(masked) if _has_any(lower, _PRESENT_STEMS) else ():
            self._presence(sentence, m)
        for m in _BE_PRESENT.finditer(masked) if ("present" in lower or "audience" in lower or "attendance" in lower
                                                  or "on hand" in lower or "front" in lower or " row" in lower or "of honour" in lower or "guest" in lower
                                                  or "of honor" in lower or "there" in lower or "tribune" in lower
                                                  or "stand" in lower or "podium" in lower or "dais" in lower or "rostrum" in lower or "lectern" in lower
                                                  or "nearby" in lower or "close by" in lower or "stands" in lower
                                                  or "one of" in lower or "hall" in lower or "room" in lower or "building" in lower or "venue" in lower
                                                  or "hotel" in lower or "palace" in lower or "centre" in lower or "center" in lower
                                                  or "museum" in lower or "expo" in lower or " seat" in lower) else ():
            self._present_at_gathering(sentence, m)
        for m in _INVERTED_PRESENCE.finditer(masked) if ("stand" in lower or "among" in lower or "nearby" in lower or "close by" in lower
                                                          or "next to" in lower or "also in" in lower or "podium" in lower or "table" in lower
                                                          or "also attending" in lower or "also present" in lower or "also there" in lower
                                                          or "also taking" in lower or "joining" in lower
                                                          or "row" in lower or "dais" in lower or "seated" in lower
                                                          or "sitting" in lower) else ():
            self._inverted_presence(sentence, m)
        for m in _WITH_NAMES_CLOSE_BY.finditer(masked) if ("close by" in lower or "nearby" in lower or "beside" in lower) and (
                "with" in lower) else ():
            self._with_names_close_by(sentence, m)
        for m in _GUESTS_ARE_HERE.finditer(masked) if "here:" in lower or "there:" in lower else ():
            self._inverted_presence(sentence, m)
        for m in _AT_GATHERING_RX.finditer(masked) if (self.context is not None or self.dateline is not None or "represented in" in lower) and (
                "represented" in lower or "sent" in lower or "send" in lower or "attending" in lower or "present" in lower or "taking part" in lower
                or "delegation" in lower or "those who" in lower) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            if self.online and _VIDEO.search(masked, m.end()):
                continue  # ("India was represented by X, who also joined remotely", of a meeting held online: no one came)
            told_in = _REPRESENTED_IN_PLACE.search(m.group(0))
            if self.context is None and not m.group("tense3") and told_in is None:
                continue  # (only a delegation is told where the story is filed; the rest need the gathering)
            if m.group("sent") and _SENT_ON_TO.match(masked, m.end()):
                continue  # "Beijing has sent Premier Li Qiang to several gatherings this year": elsewhere
            if _per(ents, m.group("per")).surface.lower() in {"his", "her", "their"}:
                continue  # "The American delegation is led by his climate envoy": the envoy, not the one whose he is
            tense = (m.group("tense") or m.group("tense2") or m.group("tense3") or _SENT_TENSE[" ".join(m.group("sent").lower().split())]).lower()
            status = ("planned" if tense.startswith("will") else
                      "completed" if tense in {"was", "were", "included"} or tense.startswith("was ") else "ongoing")
            people = [_per(ents, m.group("per"))]
            more = _PER_LIST.match(masked, m.end("per") - len(f"PER{m.group('per')}") - 1, c_end)
            if more:
                people = [_per(ents, i) for i in re.findall(r"PER(\d+)", more.group(0))]
            if m.group("tense2"):
                # "Those who did make the trip included A, who arrived on Friday, B, C and D": the whole list
                end = _LIST_END.search(masked, m.end())
                listed = _RELATIVE_IN_LIST.sub("", masked[m.start("per") : end.start() if end else len(masked)])
                people += [_per(ents, i) for i in _PER_INDEX.findall(listed) if _per(ents, i) not in people]
            if status == "completed" and (m.group("tense2") or m.group("sent")) and not self.ceremony and self._undated_or_today(sentence, m.start()):
                # "those who made the trip included ...", "The United States sent A and B" at a gathering under way: there now
                status = "ongoing"
            iso3, city, occasion = self.context or (self.dateline or (None, None)) + (None,)  # type: ignore[assignment]
            if told_in is not None and (place := _per(ents, told_in.group(1))).kind == "LOC" and place.iso3:
                iso3, city = place.iso3, place.city  # "China is represented in Jakarta by Premier Li Qiang": the place told
                occasion = occasion if self.context is not None and self.context[0] == iso3 else None
            self._add_visit(people, [(iso3, city, occasion, 0.7)], status, sentence, m.start(), 0.75)
            if m.group("tense") and (instead := _RATHER_THAN_BY.search(masked, m.end("per"), m.end("per") + 160)) is not None and (
                    status != "planned" and (passed := _per(ents, instead.group(1))) not in people):
                self._add_visit([passed], [(iso3, city, occasion, 0.7)], "declined", sentence, instead.start(), 0.7)
        for m in _PRESENT_HEAD.finditer(masked) if self.context is not None and ":" in masked and (
                "also " in lower or "first " in lower or "next " in lower or "front row" in lower) else ():
            self._listed_heads_at_gathering(sentence, m.end(), "ongoing")
        for m in _ABSENT_HEAD.finditer(masked) if self.context is not None and ("absent" in lower or "missing" in lower) else ():
            if not _CONDITIONAL.search(masked, 0, m.start()):
                self._listed_heads_at_gathering(sentence, m.end(), "declined")
        for m in _REPRESENTED_RATHER_THAN.finditer(masked) if self.context is not None and "represented" in lower else ():
            if m.group("tense").lower() != "will be" and not _CONDITIONAL.search(masked, 0, m.start()):
                iso3, city, occasion = self.context
                self._add_visit([_per(ents, m.group("per"))], [(iso3, city, occasion, 0.7)], "declined", sentence, m.start("per"), 0.7)
        for m in _HAD_BEEN_IN_SINCE.finditer(masked) if "had" in lower and "since" in lower else ():
            place = _per(ents, m.group("loc"))
            when = next((d.value for d in sentence.dates("past") if 0 <= d.start - m.end() <= 2), None)
            if place.kind == "LOC" and when is not None and not _CONDITIONAL.search(masked, 0, m.start()):
                # (a stay told as running since a weekday goes on, unless the article has the traveller leave)
                status = "ongoing" if len(when) == 10 and (self.published - date.fromisoformat(when)).days <= 7 else "completed"
                self._add_visit([_per(ents, m.group("per"))], [(place.iso3, place.city, None, 0.8)], status, sentence,
                                m.end(), 0.8, told_date=when)
        for m in _NO_ONE_WOULD_ATTEND.finditer(masked) if self.context is not None and " no " in masked else ():
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _HEARSAY.search(masked, 0, m.start())):
                iso3, city, occasion = self.context
                self._add_visit([_per(ents, m.group("per"))], [(iso3, city, occasion, 0.7)], "declined", sentence, m.end(), 0.75)
        for m in _REPRESENTED_BY.finditer(masked) if self.context is not None and "represented" in lower else ():
            c_start = _clause_bounds(masked, m.start())[0]
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, c_start, m.start())
                    or _per(ents, m.group("rep")).surface.lower() in {"his", "her", "their"}  # ("by his prime minister")
                    or self.online and _VIDEO.search(masked, m.end())):
                tense = m.group("tense").lower()
                status = "planned" if tense.split()[0] in {"will", "would"} else "completed" if tense in {"was", "were"} else "ongoing"
                if status == "completed" and not self.ceremony and self._opening_is_today() and (
                        self._date_near(sentence, m.start(), "past", status="completed") in {None, self.published.isoformat()}):
                    status = "ongoing"  # "France was represented by X" in a story that opens on a gathering under way today
                iso3, city, occasion = self.context
                if m.group("there") and (told := [e for e in sentence.entities[: ents.index(_per(ents, m.group("rep")))]
                                                  if e.kind == "LOC" and e.iso3 and e.city]):
                    # "last July's summit in Washington ...; Japan was represented there by X": the place told before
                    iso3, city, occasion = told[-1].iso3, told[-1].city, None
                    there_at = masked.find(f"LOC{ents.index(told[-1])}")
                else:
                    there_at = m.start()
                reps = [_per(ents, m.group("rep"))]
                if (more := _AND_COUNTRY_BY.match(masked, m.end())) is not None:
                    reps.append(_per(ents, more.group(1)))  # "..., and South Korea by Y"
                self._add_visit(reps, [(iso3, city, occasion, 0.7)], status, sentence, there_at, 0.75)
        for m in _PERSON_REPRESENTED.finditer(masked) if self.context is not None and "represented" in lower else ():
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked[m.start() : m.end()])):
                iso3, city, occasion = self.context
                self._add_visit([_per(ents, m.group("per"))], [(iso3, city, occasion, 0.7)], "declined", sentence, m.start(), 0.75)
        # A stay at the story's gathering told with no place: "X spent only Saturday at the lakeside resort", "X stayed for
        # both days" (there now while it runs), "A and B, the other two Quad leaders, have since flown home" (been and gone).
        for rx, words, over, day_after in _STAYS_AT_GATHERING if self.context is not None else ():
            for m in rx.finditer(masked) if _has_any(lower, words) else ():
                c_start = _clause_bounds(masked, m.start())[0]
                if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked, c_start, m.start()):
                    continue
                status = "completed" if over or self.ceremony or not self._undated_or_today(sentence, m.start()) else "ongoing"
                if status == "completed" and day_after and not self.ceremony and not self._opening_tells_gathering_over() and (
                        self._day_before_or_today(self._date_near(sentence, m.start(), "past", status="completed"))):
                    status = "ongoing"  # "sat through Monday's sessions" in Tuesday's paper, the summit still on: there still
                people = _travelers_before(masked, ents, m.start(), c_start)
                if (subject := _SUBJECT_AT_START.match(masked, c_start)) is not None and _per(ents, subject.group(1)) not in people:
                    people = [_per(ents, subject.group(1))]  # the clause's subject, past an apposition: "X, standing in for Y, spent"
                if m.groupdict().get("home") and any(p.person is None or self._home(p.person) != _per(ents, m.group("home")).iso3 for p in people):
                    continue  # ("has since returned to Tehran": home, for Iran's president only)
                iso3, city, occasion = self.context
                self._add_visit(people, [(iso3, city, occasion, 0.7)], status, sentence, m.start(), 0.7)
        for m in _DEED_IN_THE_ROOM.finditer(masked) if self.context is not None and (
                "bilateral" in lower or "one-on-one" in lower or "face-to-face" in lower or "chatting" in lower) else ():
            # (told in the present: now, on the paper's day, whatever other date is near)
            self._subject_at_storys_gathering(sentence, m, "ongoing", told_date=self.published.isoformat())
        for m in _FLANKED_BY.finditer(masked) if self.context is not None and "flanked" in lower else ():
            if _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, 0, m.start()):
                continue
            status = "completed" if self.ceremony or not self._undated_or_today(sentence, m.start()) else "ongoing"
            iso3, city, occasion = self.context
            self._add_visit([_per(ents, i) for i in _PER_INDEX.findall(m.group("list"))], [(iso3, city, occasion, 0.7)], status,
                            sentence, m.start(), 0.7)
        for m in _NOT_THERE.finditer(masked) if self.context is not None and (" not" in lower or "n't" in lower or "n’t" in lower) else ():
            if m.group("loc") and _per(ents, m.group("loc")).iso3 != self.context[0]:
                continue  # ("X is not in Moscow" of one whose home it is, or of another place: no gathering told)
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _HEARSAY.search(masked, 0, m.start())):
                iso3, city, occasion = self.context  # "Narendra Modi will not be there": away from the story's gathering
                told = self._places_told_before()
                if told and told[-1].iso3 != iso3 and m.start() < 3 and not m.group("loc"):
                    # (opening its sentence, "there" is the place the one before ended on: "Lula is also expected in
                    # Kuala Lumpur for the summit. Modi will not be there.")
                    iso3, city, occasion = told[-1].iso3, told[-1].city, None
                self._add_visit([_per(ents, m.group(1))], [(iso3, city, occasion, 0.7)], "declined", sentence, m.end(), 0.75)
        for m in _AS_DID.finditer(masked) if "did" in lower else ():
            # (the same deed as the clause before: "will take part by video link, as he did at the 2023 summit")
            deed_start = _clause_bounds(masked, m.start())[0]
            status = "declined" if (_VIDEO.search(masked, deed_start, m.start()) or _STAYED_AWAY_DEED.search(masked, deed_start, m.start())) else "completed"
            dests = self._destinations(sentence, m.end(), len(masked), "past")
            as_end = _clause_bounds(masked, m.end())[1]  # ("the 2023 summit" names the trip's time here)
            when = next((d.value for d in sentence.dates("past") if m.end() <= d.start < as_end), None) if dests else None
            doer = _per(ents, m.group(1))
            if doer.via == "pronoun" and (subject := _travelers_before(masked, ents, m.start(), deed_start)):
                doer = subject[-1]  # ("X has skipped the gathering, as he did at ...": "he" is X, the deed's doer)
            self._add_visit([doer], dests, status, sentence, m.end(), 0.75, told_date=when)
        for m in _GROUP_ARRIVED_AMONG.finditer(masked) if "among" in lower or "including" in lower or "such as" in lower else ():
            # the place named after the verb, else "the Red Sea city": where the story is filed
            # (not where they came from: "flew in directly from the G7 summit" is an arrival at the story's place)
            place = _LOC_INDEX.search(m.group("where").split(" from ")[0])
            if place:
                loc = _per(ents, place.group(1))
                dests = [(loc.iso3, loc.city, None, 0.8)] if loc.kind == "LOC" else []
            else:
                dests = self._gathering_or_dateline() if _GENERIC_TOWN.search(m.group("where")) or " from " in m.group("where") else []
            when = self._date_near(sentence, m.start("verb"), "past", visit=True)
            status = "ongoing" if when is None or self._day_before_or_today(when) else "completed"
            if status == "completed" and dests and self.dateline is not None and dests[0][0] == self.dateline[0] and (
                    len(when) == 10 and (self.published - date.fromisoformat(when)).days <= 2):
                status = "ongoing"  # (gathered two days ago, told from the place: a meeting of days, still on)
            listed = [_per(ents, i) for i in _PER_INDEX.findall(m.group("list") or m.group("list2"))]
            self._add_visit(listed, dests, status, sentence, m.start("verb"), 0.75)
            if (came := _FROM_GATHERING.search(m.group("where"))) is not None:
                self._came_from_gathering(sentence, listed, came.group(1), m.start("where") + came.end())
        for m in [*(_BRINGS_TOGETHER.finditer(masked) if "together" in lower else ()),
                  *(_ATTENDED_BY.finditer(masked) if "attended by" in lower else ())]:
            c_start, _ = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked, c_start, m.start("verb")):
                continue
            verb = m.group("verb").lower()
            status = "planned" if verb.startswith("will") else "completed" if verb in {"brought", "attended"} else "ongoing"
            if verb == "attended" and not self.ceremony and self._undated_or_today(sentence, m.start("verb")):
                status = "ongoing"  # "the summit, attended by X and Y" in the day's report: there now
            dests = self._place_in_clause(sentence, m.start(), m.start("verb"), "past", m.start(), where_only=True)
            if not dests and verb == "attended" and (own := _LOC_INDEX.search(masked, m.start(), m.start("verb"))) is not None and (
                    (place := _per(ents, own.group(1))).kind == "LOC"):
                dests = [(place.iso3, place.city, None, 0.75)]  # ("a parade on Red Square ... attended by X": its own place)
            dests = dests or self._gathering_or_dateline()
            listed = [_per(ents, i) for i in _PER_INDEX.findall(m.group("list"))]
            if listed and dests:
                gone = self._opening_day_gone() if status == "completed" and verb == "attended" and not sentence.dates("past") else None
                self._add_visit(listed, dests, status, sentence, m.start("verb"), 0.75, told_date=gone)
        for m in _DELEGATION_INCLUDES.finditer(masked) if "delegation" in lower else ():
            owner = _per(ents, m.group("owner")) if m.group("owner") else None
            home = owner.iso3 if owner is not None and owner.kind == "DEM" else (
                self._home(owner.person) if owner is not None and owner.person is not None else None)
            host = _per(ents, m.group("loc")).iso3 if m.group("loc") else None
            verb = masked[m.start("list") - 12 : m.start("list")]
            # (the trip the verb's tense tells: "includes" the one under way, "will include" the plan, "included" one over)
            wanted = ("planned",) if "will" in verb else ("completed", "ongoing") if re.search(r"(?:ed|was\s+made\s+up\s+of)\s+$", verb) else (
                "ongoing", "planned")
            trips = [f for f in reversed(self.facts) if f.kind == "visit" and f.status in wanted
                     and (host is None or f.host == host) and (home is None or self._home(f.person) == home)]
            trip = min(trips, key=lambda f: wanted.index(f.status), default=None)
            for index in _PER_INDEX.findall(m.group("list")) if trip is not None else ():
                person = _per(ents, index).person
                if person is not None and person is not trip.person and self._home(person) != trip.host:
                    self.facts.append(_Fact("visit", person, trip.status, sentence, trip.confidence * 0.8, host=trip.host,
                                            city=trip.city, occasion=trip.occasion, date=trip.date))
        for m in _SIDELINES_OF_OURS.finditer(masked) if self.context is not None and ("sidelines" in lower or "margins" in lower) else ():
            # "X and Y have agreed on the sidelines to relaunch talks": both at the story's gathering
            status = "ongoing" if not self.ceremony and self._undated_or_today(sentence, m.start()) else "completed"
            self._subject_at_storys_gathering(sentence, m, status, deed=True)
        for m in _DUE_TO_SPEAK.finditer(masked) if self.context is not None and "speak" in lower else ():
            self._subject_at_storys_gathering(sentence, m, "planned")  # "X is due to speak on Wednesday": there, ahead
        for m in _BOYCOTT_ORDERED.finditer(masked) if self.context is not None and "boycott" in lower else ():
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, _clause_bounds(masked, m.start())[0], m.start())):
                iso3, city, occasion = self.context
                self._add_visit([_per(ents, m.group("a") or m.group("b") or m.group("c"))], [(iso3, city, occasion, 0.7)], "declined", sentence,
                                m.start(), 0.7)
        for m in _EXPECTS_GUEST.finditer(masked) if "expect" in lower or "await" in lower else ():
            c_start, _ = _clause_bounds(masked, m.start())
            if not (_PRE_NEG.search(masked, c_start, m.start()) or _CONDITIONAL.search(masked, c_start, m.start())):
                place = _per(ents, m.group("l"))
                self._add_visit([_per(ents, m.group("g"))], [(place.iso3, place.city, None, 0.8)], "planned", sentence, m.start(), 0.75)
        for m in _EXPECTED_THERE.finditer(masked) if "there" in lower else ():
            c_start, _ = _clause_bounds(masked, m.start())
            told = next((f for f in reversed(self.facts) if f.kind == "visit" and f.sentence is sentence and f.status == "planned"), None)
            if told is not None and not _PRE_NEG.search(masked, c_start, m.start()):
                self._add_visit(_travelers_before(masked, ents, m.start(), c_start), [(told.host, told.city, told.occasion, 0.8)],
                                "planned", sentence, m.start(), 0.75, told_date=told.date)
        for m in _CONFIRMED_ATTENDANCE.finditer(masked) if self.context is not None and "confirm" in lower else ():
            c_start, _ = _clause_bounds(masked, m.start())
            if not (_CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked, c_start, m.start())):
                iso3, city, occasion = self.context
                travelers = _travelers_before(masked, ents, m.start(), c_start)
                self._add_visit(travelers, [(iso3, city, occasion, 0.7)], "planned", sentence, m.start(), 0.75)

    def _subject_at_storys_gathering(self, sentence: Sentence, m: re.Match[str], status: str, deed: bool = False,
                                     told_date: str | None = None) -> None:
        """The subject of the words at ``m`` is at the gathering the article is about (not when the clause supposes,
        denies or only hopes it; ``deed``: only after a deed told, "agreed", "signed")."""
        masked = sentence.masked
        c_start, _ = _clause_bounds(masked, m.start())
        pre = masked[c_start : m.start()]
        if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _MODAL_AT_END.search(pre) or deed and not _AGREED_AT_END.search(pre):
            return
        people = [e for e in _travelers_before(masked, sentence.entities, m.start(), c_start) if e.person is not None]
        if people and self.context is not None:
            iso3, city, occasion = self.context
            self._add_visit(people, [(iso3, city, occasion, 0.7)], status, sentence, m.start(), 0.7, told_date=told_date)

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
        # ("Among the first were A and B, followed by C": C is listed too, not the object of a verb)
        text = listed.group(0).replace(", followed by ", ", and ")
        names_from = text.find(":") + 1 if listed.group("group") else 0  # (not "him" in "the leaders who stood beside him: ...")
        people = [_per(ents, t.group(1)) for t in _PER_INDEX.finditer(text, names_from)
                  if not text.startswith(("'s", "’s"), t.end()) and not _OBJECT_BEFORE.search(text, 0, t.start())]
        where, told = _LOC_INDEX.search(m.group(0)), None
        if where is not None and _per(ents, where.group(1)).kind == "LOC":
            place = _per(ents, where.group(1))
            dests = [(place.iso3, place.city, None, 0.75)]
        elif (dem := _DEM_TOKEN.search(m.group(0))) is not None and _per(ents, dem.group(1)).iso3:
            dests = [(_per(ents, dem.group(1)).iso3, None, None, 0.75)]  # "Also in the Chinese capital were ..."
        else:
            told = next((f for f in reversed(self.facts) if f.kind == "visit" and f.status in {"completed", "ongoing"}), None)
            # ("X took part in the C5+1 summit at the White House. Also attending were ...": that meeting's place,
            # not where the story is filed)
            dests = ([(told.host, told.city, told.occasion, 0.7)] if told is not None and self.context is None
                     and told.sentence is sentence.previous else self._gathering_or_dateline())
            if not dests:
                return
            if told is not None and (told.host != dests[0][0] or not _ALSO_ATTENDING.search(m.group(0))):
                told = None  # (the meeting's day is carried only to "Also attending were ...")
        tense = m.group("tense").lower()
        tense = "were" if tense == "sat" else tense  # ("Around the table sat X and Y")
        expected = m.groupdict().get("expected")  # (_GUESTS_ARE_HERE has no such group)
        status = ("planned" if tense.startswith("will") or expected or tense in {"are", "is"} and _WHO_ARE_COMING.search(m.group(0))
                  else "ongoing" if tense in {"are", "is"} else "completed")
        if expected and tense in {"was", "were"}:
            return  # "Among the leaders expected were ...": what became of it is told elsewhere
        # (a list after "were the leaders who ...:" in a story of yesterday's meeting is that day's, over)
        if status == "completed" and not self.ceremony and self._undated_or_today(sentence, m.start(), 1 if listed.group("group") else 2):
            status = "ongoing"  # "On the stand were X and Y" in the day's report: there now
        elif status == "completed" and not self.ceremony and _ARRIVED_WORD.search(m.group(0)):
            when = self._date_near(sentence, m.start(), "past", visit=True)
            if self._day_before_or_today(when):
                status = "ongoing"  # "Among those who arrived on Thursday were X and Y" in Friday's paper: there now
        # (undated, on the day of the meeting just told)
        same_day = (told.date or next((d.value for d in told.sentence.dates("past")), None)
                    if told is not None and not sentence.dates("past") else None)
        if same_day is None and "table" in m.group(0) and (before := sentence.previous) is not None and not sentence.dates("past") and (
                len(days := before.dates("past")) == 1 and any(e.kind == "LOC" and e.iso3 == dests[0][0] for e in before.entities)):
            same_day = days[0].value  # "On Sunday he returned to London for the summit dinner. Around the table sat ...": that day
        if same_day is None and status == "completed" and not sentence.dates("past"):
            same_day = self._opening_day_gone()  # (undated, in the story of a meeting on a day gone: that day)
        self._add_visit(people, dests, status, sentence, m.start(), 0.8, told_date=same_day)

    def _with_names_close_by(self, sentence: Sentence, m: re.Match[str]) -> None:
        """"X stood at the centre, with A, B and C close by": A, B and C at the gathering too, as the clause tells X."""
        masked, ents = sentence.masked, sentence.entities
        c_start = _clause_bounds(masked, m.start())[0]
        pre = masked[c_start : m.start()]
        if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_FUTURE.search(pre) or not _travelers_before(masked, ents, m.start(), c_start):
            return
        dests = self._gathering_or_dateline()
        people = [_per(ents, i) for i in _PER_INDEX.findall(m.group("names"))]
        status = "ongoing" if re.search(r"\b(?:is|are)\b", pre) or not self.ceremony and self._undated_or_today(sentence, m.start()) else "completed"
        if people and dests:
            self._add_visit(people, dests, status, sentence, m.start(), 0.7)

    def _present_at_gathering(self, sentence: Sentence, m: re.Match[str]) -> None:
        """"X and Y were also present", "were in the audience", "sat near the front": at the gathering the
        article is about, else the place the clause names, else where the story is filed."""
        masked, ents = sentence.masked, sentence.entities
        c_start, c_end = _clause_bounds(masked, m.start())
        pre = masked[c_start : m.start()]
        if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _NOT_AFTER_BE.match(m.group(0)):
            return
        if (m.group("hall") or m.group("building")) and self.context is None:
            return  # ("was in the room when ...": a hall is the gathering's only in a story about one)
        people = _travelers_before(masked, ents, m.start(), c_start)
        dests = self._place_in_clause(sentence, m.end(), c_end, "past", m.start(), where_only=True) or self._gathering_or_dateline()
        if (where := _WHERE_CLAUSE_BEFORE.search(masked, max(0, m.start() - 100), m.start())) is not None and (
                (place := _per(ents, where.group(1))).kind == "LOC" and place.iso3):
            # ("moved on to the Maldives, where on Saturday he was the guest of honour": there, not at the story's gathering)
            dests = [(place.iso3, place.city, None, 0.75)]
        verb = m.group("verb").lower()
        status = "ongoing" if verb in {"is", "are"} else "completed"
        if status == "completed" and not self.ceremony and self._undated_or_today(sentence, m.start()):
            status = "ongoing"  # "were also present" at the day's gathering: there now
        also = _AS_WERE_LIST.search(masked, m.end()) if people and ", as " in masked else None
        if also is not None and (also.start() - m.end() > 30 or any(c in masked[m.end() : also.start()] for c in ",;")):
            also = None  # ("were in the hall by mid-morning, as were Z": a short time may stand between)
        if also is not None:  # "X and Y were nearby, as were Z, and W, who ...": the ones after "as were" too
            people = [*people, *(_per(ents, i) for i in _PER_INDEX.findall(_RELATIVE_IN_LIST.sub("", also.group(1))))]
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
        if not people and not m.group("opened"):
            return  # (the guests of an opening are there, whoever opened it)
        verb = m.group("verb").lower()
        status = "completed" if verb in {"sat", "stood", "was", "were"} or m.group("opened") else "ongoing"
        at = None
        if m.group("prep").lower() == "among":
            at = _AMONG_AT.match(masked, m.end(), c_end)
            if at is None:
                return  # "was among those who ...": no gathering named
            dests = self._destinations(sentence, at.end(), c_end, "past")
            # ("among those at Wednesday's dinner": a day's possessive may name it)
            at_event = re.search(r"\b(?:at|in)\s+(?:the\s+)?(?:[\w'’]+\s+){0,4}?(?:EVT\d+|summit|meeting|talks|gathering|forum|"
                                 r"venue|centre|center|hall|parade|ceremony|celebrations|commemorations|museum|palace|session|table|"
                                 r"banquet|dinner|lunch|luncheon|reception|gala)\b",
                                 masked[at.end() - 12 : c_end], re.IGNORECASE)
            if at.group("expected"):
                status = "planned"  # "are among those expected to attend": ahead
            if at.group("crowd") and (along := _ALONG_WITH_NAMES.match(masked, at.end(), c_end)) is not None:
                people = [*people, *(_per(ents, i) for i in _PER_INDEX.findall(along.group(0)))]  # "... along with X and Y"
            if (at.group("arrivals") or "").endswith("arrive") and self.context is not None:
                # ("was among the first to arrive" only where the story's gathering has no name the tagger knows, and
                # so is the place it is filed from: with a named one it lowered sealed49, which is never read)
                return
            if not dests and (at_event or at.group("there") or at.group("arrivals") or at.group("expected") or at.group("crowd")
                              or at.group("landed")):
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
        told = self._date_near(sentence, m.start(), "past", status="completed") if status == "completed" else None
        if (status == "completed" and (told is None or told == self.published.isoformat() and not self.ceremony)
                and not (at is not None and at.group("who") and not self._opening_is_today())):
            # "sat beside the hosts as the decision was announced", "at Friday's session" on Friday: today's news
            # ("were among the leaders who attended" is told as over, unless the story opens on the paper's own day)
            status = "ongoing"
        if (status == "completed" and at is not None and not at.group("who") and (here := self.context or (self.dateline if not self.ceremony else None)) is not None and dests
                and dests[0][0] == here[0] and self._day_before_or_today(told)):
            status = "ongoing"  # "were among the guests at a welcome banquet on Sunday evening" in Monday's paper: still there
        if status == "completed" and m.group("prep").lower() == "among" and at is not None and (
                at.group("arrivals") or at.group("landed") and (self._day_before_or_today(told) or told is None)):
            status = "ongoing"  # "was among today's arrivals": there now (a stay over is told elsewhere)
        if dests:
            # ("were among those who attended", undated, in a story opening on the gathering's day gone: that day)
            day = (self._opening_day_gone() if status == "completed" and told is None and at is not None and at.group("who")
                   and (here := self.context or self.dateline) is not None and dests[0][0] == here[0] else None)
            if day is None and status == "ongoing" and at is not None and (at.group("arrivals") or "").endswith("arrive"):
                # "was among the first to arrive, both landing late on Tuesday": the day the arrival's own words tell, not
                # a later clause's ("... and is expected to address the cabinet on Friday", "the summit, which opened on
                # Monday"); else today
                own = _OWN_ARRIVAL_WORDS_END.search(masked, at.end(), c_end)
                day = next((d.value for d in sentence.dates("past") if at.end() <= d.start < (own.start() if own else c_end)),
                           self.published.isoformat())
            self._add_visit(people, dests, status, sentence, m.start(), 0.8, told_date=day)
