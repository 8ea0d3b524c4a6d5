"""Warrant rules: requests, issued warrants, withdrawals and arrests, with their court (the ICC or a
national court) and their subjects, named in the sentence or in the next one.
"""

from __future__ import annotations

import re

from warrantwatch.reference import Person
from warrantwatch.tagger.cues import (
    _ACCUSED_OF,
    _AND_CLAUSE,
    _AND_HIS_ROLE_AT_END,
    _APPLICATION_AFTER,
    _APPLICATION_BEFORE,
    _ARREST_MADE_IN,
    _ARREST_NOT_MADE_BEFORE,
    _ARREST_ORDERED_BY,
    _ARRESTED_OBJECT,
    _ARRESTED_ON_DAY,
    _ARRESTED_ON_ORDERS,
    _ARRESTED_RX,
    _AS_HAS_PER,
    _AS_THOSE_FOR,
    _BUT_WITHDREW_IT,
    _BUT_WITHDREW_WARRANT,
    _CASE_DROPPED,
    _COLON_THEN_PER,
    _COMPLY_WITH_AT_END,
    _CONDITIONAL,
    _COUNTRY_WARRANT,
    _COUNTRY_WARRANT_ANY,
    _COURT_ADDED,
    _COURT_ALSO_NAMED,
    _COURT_ORDERS,
    _COURT_SEEKS,
    _DEMANDED_TO_AT_END,
    _DET_ONLY,
    _FOR_AT_END,
    _FOR_BOTH,
    _FOR_NAMED_AFTER,
    _FOR_RIGHT_AFTER,
    _FOR_WHOM,
    _FOR_WHOM_AT_END,
    _FROM_A_COURT_AFTER,
    _GAPPED_FOR,
    _GROUNDS_TO_BELIEVE,
    _GROUP_WARRANT_NOUN,
    _ICC_RX,
    _INCLUDING_WORD,
    _ISSUED_RIGHT_AFTER,
    _LIST_PART_PER,
    _MORE_SUBJECTS,
    _NAMED_IN_ARE,
    _NAMED_IN_REQUEST,
    _NAMED_IN_THE_SAME,
    _NATIONAL_AGENTS,
    _NATIONAL_COURT,
    _NEW_CLAUSE_WORD,
    _NO_LONGER_STANDS,
    _NOT_ARREST_WARRANT,
    _ON_WANTED_LIST,
    _ONE_FOR,
    _ONE_OF_GROUP,
    _ONLY_ONES_WANTED,
    _OWN_WARRANT,
    _PER_AND_TITLE_AT_END,
    _PER_WHO_AT_END,
    _POSSESSOR_ROLE_NAMED,
    _PROSECUTOR_SAID,
    _PROSECUTOR_SAID_RESPONSIBLE,
    _PROSECUTORS_ASK_ARREST,
    _RELATIVE_THEN_AGAINST,
    _REQUEST_LIST,
    _RESUMED_OWN_WARRANT,
    _ROLE_THEN_NAME,
    _SAME_DECISION_COVERS,
    _SAME_DECISION_NAMED,
    _SHOULD_BE_GRANTED,
    _SHOULD_THE_AT_END,
    _SINCE_ITEM,
    _SINCE_RIGHT_AFTER,
    _STOP_MARK,
    _SUBJECT_AT_START,
    _SUBJECT_THEN_APPOSITION,
    _SUBORDINATE_SUBJECT,
    _SURRENDERED_TO_THE_AT_END,
    _THE_COURT,
    _THE_WARRANT_ALONE,
    _THE_WARRANTS,
    _THEM_WARRANT,
    _TO_AT_END,
    _TO_HAVE_ARRESTED,
    _TOGETHER_WITH,
    _UNDER_AT,
    _UNDO_AFTER,
    _UNDONE_IF_AT_END,
    _W_ANOTHER,
    _W_APPLICATION,
    _W_COMPANIONS,
    _W_ENDED_CASE,
    _W_EXECUTED,
    _W_GRANTED,
    _W_GROUP_OBJECT,
    _W_ISSUE_WORD,
    _W_NAMES_FOLLOW,
    _W_NEGATED,
    _W_PARAPHRASE,
    _W_REJECTED,
    _W_REQUEST,
    _W_SOUGHT,
    _W_SPEC,
    _W_SPEC_AFTER,
    _W_UNREAL,
    _W_WITHDRAWN,
    _WANTED_LIST,
    _WANTED_SINCE_LIST,
    _WARRANT_NOUN,
    _WARRANT_NOUNISH,
    _WARRANT_OBJECT,
    _WARRANT_RX,
    _WARRANT_WORDS,
    _WARRANTS_NAME,
    _WARRANTS_NAMED,
    _WHICH_ALSO_NAMES,
    _WHO_WERE_NAMED,
    _WHOSE_WARRANT,
    _WITHDREW_FOR_ONE,
    _WITHDREW_THAT_ONE,
    _clause_bounds,
    _court_place,
    _per,
    _travelers_before,
)
from warrantwatch.tagger.entities import _PER_INDEX, Entity, Sentence
from warrantwatch.tagger.facts import _Fact
from warrantwatch.tagger.rx import _has_any
from warrantwatch.tagger.state import ArticleState


def _asked_for(text: str, start: int, end: int) -> re.Match[str] | None:
    """A request for a warrant between ``start`` and ``end``; "asked the judges to suspend them" is a plea against one."""
    request = _W_REQUEST.search(text, start, end)
    return None if request is not None and _UNDO_AFTER.match(text, request.end()) else request


def _warrant_noun_near(window: str, start: int, end: int) -> bool:
    """Whether a warrant, request or case is told with the undoing verb at ``start``: right after it, or before it with
    no new clause between ("The court's warrant for X, issued on the same day as Y's, was withdrawn"; not "faces a
    warrant ..., said he had left the jail because the guards had abandoned it")."""
    if _WARRANT_NOUN.search(window, end, end + 60):
        return True
    before = list(_WARRANT_NOUN.finditer(window, max(0, start - 200), start))
    return bool(before) and not _NEW_CLAUSE_WORD.search(window, before[-1].end(), start)


class WarrantRules(ArticleState):
    """The warrant rules, run on each sentence by ``ArticleTagger.run``."""

    # -- warrants --
    def _named_in_the_same(self, sentence: Sentence, person: Person | None, anywhere: bool = False) -> None:
        """"X was named in the same decision": the warrant told just before, with its status, court and day ("The same
        warrant decision also covers X", ``anywhere``: the first one the article told, however far back)."""
        recent = self.sentences[0 if anywhere else max(0, self.sentence_index - 3) : self.sentence_index]  # (told a sentence or two back)
        # (far back, the story's own warrant: the first one it told)
        told = next((f for f in (self.facts if anywhere else reversed(self.facts)) if f.kind == "warrant" and f.person is not person
                     and any(f.sentence is r for r in recent)), None)
        if person is not None and told is not None and told.person is not person:
            self.facts.append(_Fact("warrant", person, told.status, sentence, 0.8, court=told.court, date=told.date, cued=True))

    def _arrests_on_orders(self, sentence: Sentence, arrested: re.Pattern[str]) -> None:
        """Arrests a court ordered, as warrants of the subject's own country served."""
        masked, ents = sentence.masked, sentence.entities
        for m in arrested.finditer(masked):
            person = _per(ents, m.group("p1") or m.group("p2")).person
            verb_at = m.start("v1") if m.group("v1") else m.start("v2")
            home = self._home(person) if person is not None else None
            if person is not None and home and not _W_NEGATED.search(masked, 0, verb_at):
                when = self._date_near(sentence, verb_at, "past", any_side=True, warrant=True)
                self.facts.append(_Fact("warrant", person, "executed", sentence, 0.8, court=home, date=when, cued=True))

    def _arrested_on_day(self, sentence: Sentence) -> None:
        """"X has been held since he was arrested again on July 10", "X surrendered at the county jail on Thursday": a
        warrant served, the ICC's when the reference holds one of its warrants for him issued before, else his own
        country's."""
        masked, ents = sentence.masked, sentence.entities
        for m in _ARRESTED_ON_DAY.finditer(masked):
            if m.group("p1") or m.group("p3"):
                person = _per(ents, m.group("p1") or m.group("p3")).person
            else:
                subject = _PER_INDEX.search(masked, 0, m.start())
                person = _per(ents, subject.group(1)).person if subject is not None else None
            verb_at = m.start("v1") if m.group("v1") else m.start("v2") if m.group("v2") else m.start("v3")
            if person is None or _W_NEGATED.search(masked, 0, verb_at) or _CONDITIONAL.search(masked, 0, verb_at):
                continue
            when = self._date_near(sentence, verb_at, "past", any_side=True, warrant=True)
            if when is None:
                continue  # (an arrest with no day told is left to the other warrant rules)
            icc = any(w.court == "ICC" and w.issued is not None and w.issued.isoformat() <= when
                      for w in self.lex.ref.known_warrants(person.name))
            court = "ICC" if icc else self._home(person)
            if court:
                self.facts.append(_Fact("warrant", person, "executed", sentence, 0.75, court=court, date=when, cued=True))

    def _arrest_ordered_after(self, before: Sentence) -> None:
        """"Police took X into custody on Saturday. The arrest was ordered by Justice Y": the arrest told before."""
        if "PER" in before.masked and not any(f.kind == "warrant" and f.sentence is before for f in self.facts):
            self._arrests_on_orders(before, _ARRESTED_RX)

    def _warrants(self, sentence: Sentence) -> None:
        masked, ents = sentence.masked, sentence.entities
        if self.is_cricket:
            return
        if ("court" in masked or "Court" in masked or "prosecutor" in masked) and ("arrest" in masked or "warrant" in masked or "detention" in masked) and (
                _COURT_ORDERS.search(masked)):
            national = _NATIONAL_COURT.search(masked)
            if national is not None and not _ICC_RX.search(sentence.text):
                place = _per(ents, _court_place(national))
                if place.iso3:
                    self.national_court = (self.sentence_index, place.iso3)
        if "ordered by" in masked and self.sentence_index > 0 and _ARREST_ORDERED_BY.match(masked):
            self._arrest_ordered_after(self.sentences[self.sentence_index - 1])
        if "PER" not in masked:
            if ("warrant" in masked or "pplication" in masked) and (self.mentions_icc or self.national_warrants):
                self._note_group_warrant(sentence)
                if "the warrant" in masked or "that warrant" in masked:
                    self._the_warrant_of_the_one_told(sentence)
                if "withdr" in masked and (that_one := _WITHDREW_THAT_ONE.search(masked)) is not None and (
                        (person := self._one_icc_wanted_before()) is not None):
                    # "X is killed in Rafah. The prosecutor later withdraws that application too"
                    when = self._date_near(sentence, that_one.start(), "past", warrant=True)
                    self.facts.append(_Fact("warrant", person, "withdrawn", sentence, 0.7, court="ICC", date=when, cued=True))
            return
        if "named in the same" in masked and (same := _NAMED_IN_THE_SAME.search(masked)) is not None:
            self._named_in_the_same(sentence, _per(ents, same.group(1)).person)
        elif "same" in masked and (covers := _SAME_DECISION_COVERS.search(masked)) is not None:
            self._named_in_the_same(sentence, _per(ents, covers.group(1)).person, anywhere=True)
        lower = masked.lower()
        if "order" in lower and "PER" in masked:
            # "X was arrested at his home on Saturday on the orders of Supreme Court Justice Y": his country's court
            self._arrests_on_orders(sentence, _ARRESTED_ON_ORDERS)
        if ("arrested" in masked or "surrendered" in masked or "himself in" in masked) and not any(f.kind == "warrant" and f.sentence is sentence for f in self.facts):
            self._arrested_on_day(sentence)
        if ("rosecutors" in masked or "nvestigators" in masked) and ("arrest" in lower or "detain" in lower) and not _ICC_RX.search(sentence.text):
            for m in _PROSECUTORS_ASK_ARREST.finditer(masked):
                person = _per(ents, m.group(1)).person
                national = _NATIONAL_COURT.search(masked)
                court = _per(ents, _court_place(national)).iso3 if national is not None else self._home(person) if person else None
                if person is not None and court and not _W_NEGATED.search(masked, _clause_bounds(masked, m.start())[0], m.start()):
                    when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
                    self.facts.append(_Fact("warrant", person, "requested", sentence, 0.75, court=court, date=when, cued=True))
        if "which" in masked and self.mentions_icc and (names := _WHICH_ALSO_NAMES.search(masked)) is not None:
            self._named_by_the_document(sentence, names, names.group("per"), "issued" if names.group("noun") == "warrant" else "requested")
        if "grounds" in masked and self.mentions_icc:
            self._grounds_to_believe(sentence)
        elif "responsib" in masked and self.mentions_icc and (said := _PROSECUTOR_SAID_RESPONSIBLE.search(masked)) is not None:
            self._prosecutor_names_the_responsible(sentence, said)
        if "accused" in masked and self.mentions_icc and (self.last_warrant is not None or "warrant" in self.text[: sentence.start]):
            self._accused_in_a_warrant_story(sentence)
        if " one " in masked and self.mentions_icc and (sentence.previous is not None and "warrant" in sentence.previous.masked
                                                        or "application" in masked or "warrant" in masked):
            self._one_more_for(sentence)
        if "named" in masked and self.mentions_icc and (named_in := _NAMED_IN_REQUEST.search(masked)) is not None:
            self._named_by_the_document(sentence, named_in, named_in.group("a") or named_in.group("b"), "requested")
        if "also named" in masked and self.mentions_icc and (also := _COURT_ALSO_NAMED.search(masked)) is not None:
            self._court_also_named(sentence, also)
        if "arrest" in lower and self.mentions_icc and (made := _ARREST_MADE_IN.search(masked)) is not None:
            self._arrest_made_in(sentence, made)
        if "wanted" in lower and (listed := _ON_WANTED_LIST.search(masked)) is not None:
            self._wanted_list(sentence, listed)
        national_order = ("order" in lower or "direct" in lower) and ("arrest" in lower or "detention" in lower) and _NATIONAL_COURT.search(masked) is not None
        served = self.mentions_icc or self.national_warrants  # an arrest here serves a warrant the article tells of
        if "warrant" not in lower and not (served and _has_any(lower, _WARRANT_WORDS)) and not national_order:
            return  # none of the words any warrant rule needs (the paraphrases need an ICC article or a court)
        hits = list(_WARRANT_RX.finditer(masked))
        if "PER" in masked and (self.mentions_icc or national_order):
            self._warrant_paraphrases(sentence)
        executed_cue = served and _W_EXECUTED.search(masked)
        if not hits and not executed_cue:
            return
        local_icc = bool(_ICC_RX.search(sentence.text))
        # The warrant words, and an arrest told outside their clauses ("X was detained by Italian police on Sunday,
        # a day after judges issued the warrant": the arrest's subject is not in the warrant's clause).
        anchors = [(h, True) for h in hits]
        if executed_cue:
            anchors.append((executed_cue, False))  # (what both tell of one subject merges: one warrant, its furthest state)
        for m, is_hit in anchors:
            pre = masked[: m.start()]
            if is_hit:
                if _NOT_ARREST_WARRANT.search(pre[-25:]) and not re.search(r"\barrest\s+$", pre[-10:]):
                    continue
                if not _WARRANT_NOUNISH.search(pre[-30:]) and not re.match(r"\s+(?:for|against|of|was|were|had|has|issued|is|are|went|remain|remains|remained|named|names|name)\b", masked[m.end():]):
                    continue
            c_start, c_end = _clause_bounds(masked, m.start())
            window = masked[c_start:c_end]
            if _W_NEGATED.search(masked[c_start : m.start()]):
                continue
            if is_hit and _W_SPEC_AFTER.match(masked, m.end()):
                continue  # "said that a warrant could be issued soon": a possibility, not a warrant
            # "faces a possible warrant after the prosecutor applied for one": only the request is real.
            # ("Should the warrants be granted, X could face arrest": asked for, not yet issued)
            only_requested = is_hit and _SHOULD_BE_GRANTED.match(masked, m.end()) is not None and (
                _SHOULD_THE_AT_END.search(masked, max(0, m.start() - 30), m.start()) is not None)
            # ("would appeal against the arrest warrants issued last week for X": the warrants are real)
            if _W_SPEC.search(masked[max(c_start, m.start() - 40) : m.start()]) and not _ISSUED_RIGHT_AFTER.match(masked, m.end()) and not (
                    _COMPLY_WITH_AT_END.search(masked, max(c_start, m.start() - 40), m.start())):
                if _asked_for(masked, m.end(), c_end) is None:
                    continue
                only_requested = True
            subjects = (self._warrant_subjects(sentence, m.start(), m.end(), c_start, c_end) if is_hit
                        else self._arrested(sentence, m.start(), c_start))
            if local_icc or served:
                self._note_group_warrant(sentence)
            if not subjects:
                continue
            icc_wanted = any(w.court == "ICC" for p in subjects for w in self.lex.ref.known_warrants(p.name))
            court = "ICC" if local_icc or self.mentions_icc else None
            if court == "ICC" and not local_icc and not icc_wanted and not _THE_COURT.search(masked):
                # ("Maduro was taken into custody early on Saturday", in a story that names the ICC elsewhere: the court
                # has no warrant for him, so the story's mention of it does not make the arrest its; "the prosecutor also
                # sought a warrant for X" is the story's court still)
                court = None
            # The national court nearest before the word ("A court in Argentina ordered ..., Turkish
            # prosecutors have issued warrants for X": Turkey's), else the first after it.
            own_country = _COUNTRY_WARRANT.search(masked, max(0, m.start() - 25), m.start())
            if own_country is not None and not local_icc and _per(ents, own_country.group(1)).iso3:
                court = _per(ents, own_country.group(1)).iso3  # "on an American warrant": that country's
            courts = [] if own_country is not None else list(_NATIONAL_COURT.finditer(window))
            if self.mentions_icc:  # ("handed over to the court in the Netherlands": the ICC, which sits there)
                # ("surrendered to the court in the Central African Republic": to the ICC, where he was)
                courts = [n for n in courts if _per(ents, _court_place(n)).iso3 != "NLD"
                          and not _SURRENDERED_TO_THE_AT_END.search(window, max(0, n.start() - 40), n.start())]
            national = next((n for n in reversed(courts) if c_start + n.start() < m.start()), courts[0] if courts else None)
            if national and not local_icc:
                court = _per(ents, _court_place(national)).iso3
            elif is_hit and local_icc and (own := _FROM_A_COURT_AFTER.match(masked, m.end())) is not None and (
                    _per(ents, own.group(1)).iso3 not in {None, "NLD"}):  # (the court in The Hague is the ICC)
                court = _per(ents, own.group(1)).iso3  # "a request at the ICC and an arrest warrant from a court in Argentina"
            elif own_country is None and not local_icc and self.national_court is not None and self.sentence_index - self.national_court[0] <= 2:
                court = self.national_court[1]  # "A court in Argentina has ordered ... The warrants, issued on Thursday, cover ..."
            if court is None:
                court = "ICC" if any(self.lex.ref.known_warrants(s.name) for s in subjects) else None
            if court is None and executed_cue and (agents := _NATIONAL_AGENTS.search(window)) is not None:
                # "US special forces seized him ..., carrying out an arrest warrant": that country's warrant.
                court = _per(ents, agents.group(1)).iso3
            if court is None and re.search(r"\b(?:court|judge|prosecutors?|investigators)\b|court-issued", window, re.IGNORECASE):
                # A national court named by no country ("a court-issued warrant", "a district court"):
                # the subject's own country's, where the warrant is served.
                court = self._home(subjects[0])
            # (in the warrant's own conjunct: "X issued warrants for Y, and agents seized Z" did not arrest Y)
            at = m.start() - c_start
            conj_start = max((j.end() for j in _AND_CLAUSE.finditer(window, 0, at)), default=0)
            conj_end = next((j.start() for j in _AND_CLAUSE.finditer(window, at)), len(window))
            if not is_hit and not local_icc:
                # An arrest is by the country whose agents made it or whose warrant it served: "American agents
                # seized him ... on an American warrant", "US special forces seized him".
                # (agents alone say nothing in an article about the ICC: "Philippine police arrested him" served its warrant)
                by = _COUNTRY_WARRANT_ANY.search(window, conj_start, conj_end) or (
                    _NATIONAL_AGENTS.search(window, conj_start, conj_end) if not (self.mentions_icc and icc_wanted) else None)
                if by is not None and _per(ents, by.group(1)).iso3:
                    court = _per(ents, by.group(1)).iso3
                elif court == "ICC" and not icc_wanted and (anywhere := _NATIONAL_COURT.search(masked)) is not None and (
                        _per(ents, _court_place(anywhere)).iso3):
                    # "X was taken back into detention after the Seoul Central District Court approved ...", in a round-up
                    # that also tells of the ICC: one it has no warrant for is held on the national court's order
                    court = _per(ents, _court_place(anywhere)).iso3
            if court is None:
                continue
            statuses = []
            # (the first arrest told as real: "the first president to be detained when investigators arrested him")
            executed = next((e for e in _W_EXECUTED.finditer(window, conj_start, conj_end)
                             if not _W_UNREAL.search(window[max(0, e.start() - 30) : e.start()])
                             and not _TO_HAVE_ARRESTED.search(window, 0, e.start())), None)
            if executed:
                if court != "ICC" or local_icc or self.mentions_icc:
                    statuses.append("executed")
            rejected = _W_REJECTED.search(window)  # "rejected a request to withdraw the warrant"
            withdrawn = _W_WITHDRAWN.search(window)
            if withdrawn and re.search(r"\b(?:trip|visit|journey|tour|plans?|meeting|appearance)\b",
                                       window[max(0, withdrawn.start() - 30) : withdrawn.end() + 40], re.IGNORECASE):
                withdrawn = None  # "cancelled his trip ... after the warrant": the trip, not the warrant
            if withdrawn and not _warrant_noun_near(window, withdrawn.start(), withdrawn.end()):
                withdrawn = None  # "had left the jail because the guards had abandoned it": no warrant undone by the verb
            if withdrawn and _DEMANDED_TO_AT_END.search(window, 0, withdrawn.start()):
                withdrawn = None  # "called on the court to withdraw the warrants": asked for, not done
            if withdrawn and _UNDONE_IF_AT_END.search(window, max(0, withdrawn.start() - 60), withdrawn.start()):
                withdrawn = None  # "before the warrant is overturned or withdrawn": a time that may come, not done
            if withdrawn and not rejected:
                statuses.append("withdrawn")
            request = _asked_for(window, 0, len(window))
            if request and not rejected and "withdrawn" not in statuses and not _W_GRANTED.search(window):
                statuses.append("requested")
            # "asked judges to issue a warrant" is a request, not an issued warrant.
            explicit_issue = _W_ISSUE_WORD.search(window)
            if explicit_issue and _TO_AT_END.search(window[: explicit_issue.start()]):
                explicit_issue = None
            if not is_hit and not statuses:
                continue  # no "warrant" word and the arrest is not real ("would be arrested")
            if only_requested or _APPLICATION_AFTER.match(masked, m.end()):
                # "the subject of a warrant application": asked for, not issued
                statuses, explicit_issue = ["requested"], None
            elif is_hit and _APPLICATION_BEFORE.search(masked, max(c_start, m.start() - 50), m.start()) and not _W_GRANTED.search(window):
                # "the subject of an application for a warrant": asked for (unless withdrawn or granted since)
                explicit_issue = None
                statuses = statuses or ["requested"]
            if explicit_issue or not statuses:
                statuses.append("issued")
            cued = bool(explicit_issue) or any(s != "issued" for s in statuses) or bool(rejected)
            # "the subject of an ICC arrest warrant since March 2023": the time it has stood since.
            when = self._date_near(sentence, m.start(), "past", allow_since=bool(_SINCE_RIGHT_AFTER.match(masked, m.end())), warrant=True)
            if "executed" in statuses and executed is not None and executed.group(0).endswith("since"):
                # "has been in custody since July 10, when the court granted a warrant": held from that day
                when = self._date_near(sentence, c_start + executed.end(), "past", allow_since=True, warrant=True) or when
            # "had sought a warrant against X, ..., but dropped that request last year", "issued a warrant for X, but withdrew
            # it in February after confirming he had been killed": withdrawn, then
            undone = {"issued": _BUT_WITHDREW_WARRANT, "requested": _BUT_WITHDREW_IT}.get(statuses[0]) if len(statuses) == 1 else None
            if undone is not None and (dropped := undone.search(masked, m.end())) is not None:
                statuses = ["withdrawn"]
                when = self._date_near(sentence, dropped.end(), "past", warrant=True) or when
            dated = [(person, when) for person in subjects]
            # Others the sentence gives the same warrant, of the same day (those the reference knows a warrant for):
            # "..., and the same decision named Y", "..., as has Y, his former defence minister", "issued on the
            # same day as those against Y and Z".
            alike: list[str] = []
            if "same" in masked and (same := _SAME_DECISION_NAMED.search(masked, m.end())) is not None:
                alike.append(same.group(1) or same.group(2))
            if ", as " in masked and (as_has := _AS_HAS_PER.match(masked, m.end())) is not None:
                alike.append(as_has.group(1))
            if (those := _AS_THOSE_FOR.search(masked, m.end(), c_end)) is not None:
                alike += _PER_INDEX.findall(those.group("who"))
            if "with" in masked and (together := _TOGETHER_WITH.search(masked, m.end())) is not None:
                alike.append(together.group(1))  # "... issued a warrant on Nov. 21, together with his former defence minister Y"
            dated += [(p, when) for i in alike
                      if (p := _per(ents, i).person) is not None and p not in subjects and self.lex.ref.known_warrants(p.name)]
            if subjects and _FOR_RIGHT_AFTER.match(masked, m.end()) and (gapped := _GAPPED_FOR.search(masked, m.end())) is not None and (
                    (other := _per(ents, gapped.group(1)).person) is not None and other not in subjects):
                # "Warrants for X were issued in 2009, and for his former defence minister Y in 2012": Y's, of its own day
                # ("..., and against Y, Z and W for the killings": the whole second list)
                # (its own day only when told right after the name: "... Y in 2012"; else the first list's)
                gapped_day = (self._date_near(sentence, gapped.end(), "past", warrant=True)
                              if re.match(r"\s+(?:in|on|last|this)\s", masked[gapped.end() :]) else when)
                dated += [(p, gapped_day) for p in (other, *self._more_subjects(sentence, gapped.end())) if p not in subjects]
            # "sought warrants for X and Y, but withdrew the application for Y in August": only Y's is withdrawn
            dropped_one = (_per(ents, one.group(1) or one.group(2)).person if "withdrawn" in statuses and len(dated) > 1
                           and (one := _WITHDREW_FOR_ONE.search(masked, m.end())) is not None else None)
            for person, day in dated:
                own = statuses
                if dropped_one is not None and any(p is dropped_one for p, _ in dated) and person is not dropped_one:
                    own = [s for s in statuses if s != "withdrawn"] or (["requested"] if request else ["issued"])
                for status in dict.fromkeys(own):
                    conf = 0.9 if cued else 0.6
                    if not self.lex.ref.known_warrants(person.name) and court == "ICC":
                        conf *= 0.8
                    self.facts.append(_Fact("warrant", person, status, sentence, conf, court=court,
                                            date=day if cued else None, cued=cued))

    def _the_warrant_of_the_one_told(self, sentence: Sentence) -> None:
        """"Officials made no move to act on the warrant, issued in March 2023", naming no one, right after a sentence
        about the one person it names whom the court has a warrant for: that person's warrant."""
        m = _THE_WARRANT_ALONE.search(sentence.masked)
        if m is None:
            return  # (a refusal to act on it is no doubt that it stands: "made no move to act on the warrant")
        if (person := self._one_icc_wanted_before()) is not None:
            told_day = bool(m.group("issued") or m.group("issuing"))
            when = self._date_near(sentence, m.end(), "past", warrant=True) if told_day else None
            self.facts.append(_Fact("warrant", person, "issued", sentence, 0.6, court="ICC", date=when, cued=told_day))

    def _one_icc_wanted_before(self) -> Person | None:
        """The one person the sentence before names whom the reference knows an ICC warrant for (None if none or several):
        whom a warrant told with no name ("the warrant", "that application") is about."""
        if self.sentence_index == 0:
            return None
        before = self.sentences[self.sentence_index - 1]
        wanted = {e.person.name: e.person for e in before.entities if e.person is not None
                  and any(w.court == "ICC" for w in self.lex.ref.known_warrants(e.person.name))}
        return next(iter(wanted.values())) if len(wanted) == 1 else None

    def _note_group_warrant(self, sentence: Sentence) -> None:
        """"Seeking warrants for three Hamas leaders": the subjects may be named in the next sentence."""
        masked = sentence.masked
        for m in _GROUP_WARRANT_NOUN.finditer(masked):
            c_start, c_end = _clause_bounds(masked, m.start())
            if not _W_GROUP_OBJECT.search(masked, m.end(), c_end) and not _ONE_OF_GROUP.search(masked, 0, m.start()) and (
                    "PER" in masked[c_start:c_end] or not (_W_ANOTHER.search(masked, c_start, m.start())
                                                           or _THE_WARRANTS.search(masked, max(c_start, m.start() - 20), m.end()))):
                continue  # (or "A second warrant was signed that day.": its subject is told next)
            if not m.group(0).lower().endswith("s") and _FOR_NAMED_AFTER.match(masked, m.end()):
                continue  # "A third warrant, for the Hamas commander X, was withdrawn": its subject is told here
            if _W_NEGATED.search(masked[c_start : m.start()]) or _CONDITIONAL.search(masked[c_start : m.start()]):
                continue
            # ("issued arrest warrants for ..., six months after its prosecutor requested them": issued)
            issued = re.search(r"\bissu(?:ed|es)\b", masked[c_start : m.start()]) is not None
            status = "requested" if _W_REQUEST.search(masked[c_start:c_end]) and not issued else "issued"
            if _W_WITHDRAWN.search(masked, c_start, c_end):
                status = "withdrawn"  # "Applications for two other Hamas figures were withdrawn ... They were X and Y."
            # (a national court's warrants for a group: "Turkish prosecutors issued warrants for X and 36 other officials")
            national = _NATIONAL_COURT.search(masked, c_start, c_end)
            court = (_per(sentence.entities, _court_place(national)).iso3 if national and not _ICC_RX.search(sentence.text)
                     else None) or "ICC"
            self.last_warrant = (self.sentence_index, status, court, self._date_near(sentence, m.start(), "past", warrant=True))
            return

    def _warrant_shared(self, sentence: Sentence, as_is: re.Match[str], told_before: int) -> None:
        """"X is the subject of an ICC warrant issued in 2024, as is Y": the one warrant the sentence told, for Y too."""
        told = [f for f in self.facts[told_before:] if f.kind == "warrant" and f.sentence is sentence]
        person = _per(sentence.entities, as_is.group(1)).person
        if len({f.person for f in told}) == 1 and person is not None and person is not told[0].person and (
                told[0].court != "ICC" or self.lex.ref.known_warrants(person.name)):
            first = told[0]
            self.facts.append(_Fact("warrant", person, first.status, sentence, first.confidence, court=first.court,
                                    date=first.date, cued=True))

    def _withdrawn_after(self, sentence: Sentence, said: re.Match[str]) -> None:
        """"A third warrant, for X, did not last long. The judges withdrew it in February.": the
        warrant the sentence before told is withdrawn, dated by this sentence."""
        if said.group("that"):
            # "X had sought a warrant for Y. That application was withdrawn in August": the one person's warrant or
            # application the sentence before told
            before = self.sentences[self.sentence_index - 1]
            told = [f for f in self.facts if f.kind == "warrant" and f.sentence is before and f.status in {"requested", "issued"}]
            if len({f.person for f in told}) == 1:
                when = self._date_near(sentence, said.end(), "past", warrant=True)
                self.facts.append(_Fact("warrant", told[0].person, "withdrawn", sentence, 0.75, court=told[0].court, date=when, cued=True))
            return
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
        named = False
        for index in _PER_INDEX.findall(masked, names.end()):
            person = _per(ents, index).person
            # (a national court's list may name anyone; an ICC list only those the court has sought)
            if person is not None and (court != "ICC" or self.lex.ref.known_warrants(person.name)):
                self.facts.append(_Fact("warrant", person, status, sentence, 0.75, court=court, date=when, cued=True))
                named = True
        if named:  # a list may go on in the next sentence ("On the Hamas side: ...")
            self.last_warrant = (self.sentence_index, status, court, when)

    def _named_by_the_document(self, sentence: Sentence, named: re.Match[str], index: str, status: str) -> None:
        """"The application filed on Monday by Karim Khan, which also names X", "The prosecutor had also named X in his
        original May request": the court's request (or warrant) for X, when the reference knows one for X."""
        masked = sentence.masked
        person = _per(sentence.entities, index).person
        if person is None or not self.lex.ref.known_warrants(person.name) or (
                _W_NEGATED.search(masked, 0, named.start()) or _CONDITIONAL.search(masked, 0, named.start())):
            return
        when = self._date_near(sentence, named.start(), "past", any_side=True, warrant=True)
        self.facts.append(_Fact("warrant", person, status, sentence, 0.75, court="ICC", date=when, cued=True))

    def _prosecutor_names_the_responsible(self, sentence: Sentence, said: re.Match[str]) -> None:
        """"Karim Khan said the Hamas leaders - A, B and C - bore criminal responsibility": the application's names, on
        the day of the application told before."""
        when = self.last_warrant[3] if self.last_warrant is not None and self.last_warrant[1] == "requested" else None
        for index in _PER_INDEX.findall(said.group("who")):
            person = _per(sentence.entities, index).person
            if person is not None and self.lex.ref.known_warrants(person.name):
                self.facts.append(_Fact("warrant", person, "requested", sentence, 0.75, court="ICC", date=when, cued=True))

    def _arrest_made_in(self, sentence: Sentence, made: re.Match[str]) -> None:
        """"The court's one clear success this year was the arrest of X in Manila in March": the court's warrant for X
        served (not an arrest ordered, sought, feared or supposed)."""
        masked = sentence.masked
        person = _per(sentence.entities, made.group("a") or made.group("b")).person
        if person is None or not any(w.court == "ICC" for w in self.lex.ref.known_warrants(person.name)) or (
                _ARREST_NOT_MADE_BEFORE.search(masked, max(0, made.start() - 40), made.start())):
            return
        when = self._date_near(sentence, made.end(), "past", any_side=True, warrant=True)  # (its own time, after the place)
        self.facts.append(_Fact("warrant", person, "executed", sentence, 0.75, court="ICC", date=when, cued=True))

    def _wanted_list(self, sentence: Sentence, listed: re.Match[str]) -> None:
        """"Russia's interior ministry has placed X on its list of wanted persons": that country's warrant for X."""
        masked, ents = sentence.masked, sentence.entities
        person = _per(ents, listed.group("per")).person
        c_start = _clause_bounds(masked, listed.start())[0]
        if person is None or _W_NEGATED.search(masked, c_start, listed.start()) or _CONDITIONAL.search(masked, c_start, listed.start()):
            return
        # (the country whose ministry keeps the list, named before the verb: not the listed one's own)
        countries = [e.iso3 for i in re.findall(r"(?:LOC|GOV|DEM)(\d+)", masked[: listed.start()]) if (e := ents[int(i)]).iso3]
        court = next((c for c in countries if c != self._home(person)), None)
        if court is not None:
            when = self._date_near(sentence, listed.start(), "past", any_side=True, warrant=True)
            self.facts.append(_Fact("warrant", person, "issued", sentence, 0.75, court=court, date=when, cued=True))

    def _grounds_to_believe(self, sentence: Sentence) -> None:
        """"There are reasonable grounds to believe that X and Y bear criminal responsibility": the ones a warrant
        or an application in an article about the court is for."""
        masked, ents = sentence.masked, sentence.entities
        for m in _GROUNDS_TO_BELIEVE.finditer(masked):
            told = next((f for f in reversed(self.facts) if f.kind == "warrant" and f.court == "ICC"), None)
            # (the grounds the prosecutor gave for an application, or the judges for a warrant: as the article told it)
            # (the prosecutor's own words are an application's grounds: "Karim Khan said he had reasonable grounds")
            prosecutor_said = _PROSECUTOR_SAID.search(masked, 0, m.start()) is not None
            if m.group("verb") == "bore" and not prosecutor_said:
                continue  # (the past tense of reported speech: only the prosecutor's grounds are read so)
            status = "requested" if prosecutor_said else told.status if told is not None and told.status in {"requested", "issued"} else (
                self.last_warrant[1] if self.last_warrant is not None and self.last_warrant[1] in {"requested", "issued"} else
                "requested" if re.search(r"prosecut|application|request", masked) else "issued")
            when = told.date if told is not None and told.status == status else (
                # (else the day of the application the article told with no name: "The prosecutor applied on Monday")
                self.last_warrant[3] if self.last_warrant is not None and self.last_warrant[1] == status else None)
            for index in _PER_INDEX.findall(m.group("who")):
                person = _per(ents, index).person
                if person is not None and self.lex.ref.known_warrants(person.name):
                    self.facts.append(_Fact("warrant", person, status, sentence, 0.75, court="ICC", date=when, cued=True))

    def _accused_in_a_warrant_story(self, sentence: Sentence) -> None:
        """"X, defence minister until May, is accused together with the chief of the general staff, Y, of directing
        strikes", in an article about the court's warrants: the ones the court has sought (as the reference knows)."""
        masked, ents = sentence.masked, sentence.entities
        for m in _ACCUSED_OF.finditer(masked):
            if _W_NEGATED.search(masked, 0, m.start("verb")) or _CONDITIONAL.search(masked, 0, m.start("verb")):
                continue
            status = self.last_warrant[1] if self.last_warrant is not None and self.last_warrant[2] == "ICC" else "issued"
            for index in _PER_INDEX.findall(m.group(0)):
                person = _per(ents, index).person
                known = [w for w in self.lex.ref.known_warrants(person.name) if w.court == "ICC"] if person is not None else []
                if known:
                    # (one the court has only been asked about is accused in the prosecutor's application)
                    told = "requested" if all(w.issued is None for w in known) else status
                    self.facts.append(_Fact("warrant", person, told, sentence, 0.7, court="ICC", date=None, cued=True))

    def _one_more_for(self, sentence: Sentence) -> None:
        """"Judges issued a warrant for X. At the same time they issued one for Y": Y's is the court's too."""
        masked = sentence.masked
        for m in _ONE_FOR.finditer(masked):
            c_start, _ = _clause_bounds(masked, m.start())
            person = _per(sentence.entities, m.group("i")).person
            if person is None or _W_NEGATED.search(masked, c_start, m.start()) or _CONDITIONAL.search(masked, c_start, m.start()):
                continue
            status = {"issued": "issued", "withdrew": "withdrawn"}.get(m.group("verb"), "requested")
            when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
            if status == "requested" and (dropped := _W_WITHDRAWN.search(masked, m.end())) is not None:
                status = "withdrawn"  # "He had also sought one for Y; that application was withdrawn in August"
                when = self._date_near(sentence, dropped.start(), "past", warrant=True) or when
            self.facts.append(_Fact("warrant", person, status, sentence, 0.75, court="ICC", date=when, cued=True))

    def _court_also_named(self, sentence: Sentence, also: re.Match[str]) -> None:
        """"X has been the subject of an ICC warrant since March 2023, when the court also named Y": Y's warrant is
        the same kind, issued then (the warrant told in this sentence or the one before)."""
        person = _per(sentence.entities, also.group("p")).person
        told = next((f for f in reversed(self.facts) if f.kind == "warrant" and f.status == "issued" and f.court == "ICC"
                     and f.sentence in (sentence, sentence.previous) and f.person is not person), None)
        # (the warrant may be told earlier in this very sentence, whose facts come later: "the subject of an ICC warrant
        # since March 2023, when the court also named Y")
        if person is None or (told is None and "warrant" not in sentence.masked[: also.start()]) or _W_NEGATED.search(sentence.masked, 0, also.start()):
            return
        when = (self._date_near(sentence, also.start(), "past", any_side=True, warrant=True) or (told.date if told else None)
                or next((d.value for d in reversed(sentence.dates("past")) if d.start < also.start()), None))  # ("since March 2023, when")
        self.facts.append(_Fact("warrant", person, "issued", sentence, 0.75, court="ICC", date=when, cued=True))

    def _warrant_paraphrases(self, sentence: Sentence) -> None:
        """A warrant in other words: "wanted by the ICC", "the court ordered his arrest", "wants X arrested"."""
        masked, ents = sentence.masked, sentence.entities
        told_end = 0  # where the application told before in the sentence ends
        applications = list(_W_APPLICATION.finditer(masked)) if self.mentions_icc and ("request" in masked or "applic" in masked) else []
        for number, m in enumerate(applications):
            c_start, c_end = _clause_bounds(masked, m.start())
            # (not what became of the one before: "The request concerning X was withdrawn ..., and the judges have yet to
            # rule on the application for Y")
            before = masked[max(c_start, told_end) : m.start()]
            if _W_NEGATED.search(before) or _W_SPEC.search(before[-40:]) or _W_REJECTED.search(before):
                continue
            indexes, at = [m.group(1)], m.end()
            # (The names may stand in a dashed aside: "requests lodged in May — against X, Y and Z — remain")
            c_end = max(c_end, _clause_bounds(masked, m.end() - 1)[1])
            if ", who" in masked[at : at + 8] and (rel_then := _RELATIVE_THEN_AGAINST.match(masked, at)) is not None:
                # ("against X, who was killed in July, and against Y": the list goes on past the relative clause)
                c_end = max(c_end, _clause_bounds(masked, rel_then.end())[1])
            while (more := _MORE_SUBJECTS.match(masked, at, c_end)) is not None:
                indexes.append(more.group(1))
                at = more.end()
            # "His requests concerning X and Y were dropped": what became of them may follow the names.
            upto = min(c_end, applications[number + 1].start()) if number + 1 < len(applications) else c_end
            dropped = _W_WITHDRAWN.search(masked, at, upto)
            if dropped is not None and upto < c_end and _DET_ONLY.fullmatch(masked, dropped.end(), upto):
                dropped = None  # "..., and withdrew the application concerning Y": the verb is the next one's
            if dropped is not None and _DEMANDED_TO_AT_END.search(masked, c_start, dropped.start()):
                dropped = None  # "demanded that the application against X be cancelled": asked for, not done
            # ("The prosecutor's application for X no longer stands: Khan withdrew it in August")
            status = "withdrawn" if _W_WITHDRAWN.search(before) or dropped or _NO_LONGER_STANDS.match(masked, at) else "requested"
            when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
            told_end = dropped.end() if dropped else at
            for index in indexes:
                person = _per(ents, index).person
                if person is not None:
                    self.facts.append(_Fact("warrant", person, status, sentence, 0.8, court="ICC", date=when, cued=True))
        for m in _THEM_WARRANT.finditer(masked) if "them" in masked else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            if _W_NEGATED.search(masked, c_start, m.start()) or _CONDITIONAL.search(masked, c_start, m.start()):
                continue
            named = [p for i in _PER_INDEX.findall(masked, 0, m.start())
                     if (p := _per(ents, i).person) is not None and self.lex.ref.known_warrants(p.name)]
            status = ("withdrawn" if _W_WITHDRAWN.search(masked, m.end(), c_end) else
                      "requested" if not m.group(0).startswith("warrant") else "issued")
            when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
            for person in dict.fromkeys(named):
                self.facts.append(_Fact("warrant", person, status, sentence, 0.75, court="ICC", date=when, cued=True))
        for m in _W_SOUGHT.finditer(masked) if self.mentions_icc and ("sought" in masked or "seek" in masked or "request" in masked or "asked" in masked or "applied" in masked) else ():
            # "the court had already sought PER0's arrest", "prosecutors requested the arrest of PER1 and PER2"
            c_start, c_end = _clause_bounds(masked, m.start())
            before = masked[c_start : m.start()]
            if _W_NEGATED.search(before) or _W_SPEC.search(before[-40:]) or _W_REJECTED.search(before) or _CONDITIONAL.search(before):
                continue
            if m.group("d") and not _COURT_SEEKS.search(before):
                continue  # "X sought Y's help" is no warrant; only the court seeks someone
            if m.group("b") and "s arrest" not in m.group(0) and _per(ents, m.group("b")).surface.lower() not in {"his", "her"}:
                continue  # "sought his arrest", not "sought Putin arrest"
            indexes = [m.group("a") or m.group("b") or m.group("c") or m.group("d")]
            at = m.end()
            while (more := _MORE_SUBJECTS.match(masked, at, c_end)) is not None:
                indexes.append(more.group(1))
                at = more.end()
            when = self._date_near(sentence, m.end() if m.group("c") else m.start(), "past", any_side=True, allow_since=True, warrant=True)
            # "The ICC has been seeking X's arrest since 2009": the court's own warrant; a prosecutor's
            # seeking is a request to the judges.
            court_seeks = _COURT_SEEKS.search(masked, max(0, m.start() - 60), m.start()) is not None  # (across ", which")
            status = "issued" if court_seeks and "prosecut" not in before.lower() else "requested"
            if m.group("c"):  # "whose arrest the prosecutor asked judges to authorise" / "the court sought"
                status = "requested" if "prosecut" in m.group(0).lower() or "asked" in m.group(0).lower() else "issued"
            if status == "requested" and (dropped := _BUT_WITHDREW_IT.search(masked, at)) is not None:
                status = "withdrawn"  # "but withdrew that application in August"
                when = self._date_near(sentence, dropped.end(), "past", warrant=True) or when
            for index in indexes:
                person = _per(ents, index).person
                if person is not None:
                    self.facts.append(_Fact("warrant", person, status, sentence, 0.8, court="ICC", date=when, cued=True))
        for m in _WANTED_LIST.finditer(masked) if ("wanted" in masked or "warrants" in masked or "named" in masked or "sought by" in masked) and ":" in masked else ():
            # "Three others wanted in the same investigation have never been handed over: X, Y and Z", "two warrants
            # standing: those for X and Y"
            when = self._date_near(sentence, m.start(), "past", any_side=True, allow_since=True, warrant=True)
            start = m.end()
            for part in masked[m.end():].split(";"):  # "X and Y, since March 2023; Z, since March 2024"
                told = [d.value for d in sentence.dates("past") if start <= d.start < start + len(part)]
                self._icc_warrants_of_known(sentence, _PER_INDEX.findall(part), "issued", told[-1] if told else when)
                start += len(part) + 1
        for m in _WHO_WERE_NAMED.finditer(masked) if self.mentions_icc and "named" in masked else ():
            listed_from = max((w.end() for w in _INCLUDING_WORD.finditer(masked, 0, m.start())), default=None)
            if listed_from is None:
                continue  # (only a list told as such: a lone name before "who was named" may be named for something else)
            when = self._date_near(sentence, m.end(), "past", any_side=True, allow_since=True, warrant=True)
            self._icc_warrants_of_known(sentence, _PER_INDEX.findall(masked, listed_from, m.start()), "issued", when)
        for m in _COURT_ADDED.finditer(masked) if "added" in masked else ():
            c_start, _ = _clause_bounds(masked, m.start())
            if _W_NEGATED.search(masked, c_start, m.start()) or _CONDITIONAL.search(masked, c_start, m.start()):
                continue
            when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
            self._icc_warrants_of_known(sentence, _PER_INDEX.findall(masked, m.end()), "issued", when)
        for m in _WARRANTS_NAMED.finditer(masked) if self.mentions_icc and ("named" in masked or "also" in masked) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            if _W_NEGATED.search(masked, c_start, m.start()) or _CONDITIONAL.search(masked, c_start, m.start()):
                continue
            told = next((f for f in reversed(self.facts) if f.kind == "warrant" and f.sentence is sentence), None)
            if m.group("app"):
                when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
                self._icc_warrants_of_known(sentence, _PER_INDEX.findall(masked, m.end(), c_end), "requested", when)
                continue
            when = told.date if told is not None else self._date_near(sentence, m.start(), "past", any_side=True, allow_since=True,
                                                                      warrant=True)
            named_to = max(c_end, _clause_bounds(masked, m.end())[1])  # (past a relative clause's own end)
            self._icc_warrants_of_known(sentence, _PER_INDEX.findall(masked, m.end(), named_to), told.status if told else "issued", when)
        for m in _CASE_DROPPED.finditer(masked) if self.mentions_icc and ("abandon" in masked or "dropp" in masked
                                                                        or "withdr" in masked or " out " in masked) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            if not (_W_NEGATED.search(masked, c_start, m.start()) or _CONDITIONAL.search(masked, c_start, m.start())):
                when = self._date_near(sentence, m.start(), "past", warrant=True)
                self._icc_warrants_of_known(sentence, _PER_INDEX.findall(masked, m.end(), c_end)[:1], "withdrawn", when)
        for m in _NAMED_IN_ARE.finditer(masked) if self.mentions_icc and " named in " in masked else ():
            status = "issued" if m.group("doc") == "warrant" else "requested"
            # (undated: the day of the application or warrant told before, which these name)
            when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True) or next(
                (f.date for f in reversed(self.facts) if f.kind == "warrant" and f.status == status and f.date), None)
            if when is None and (before := sentence.previous) is not None and (
                    _W_REQUEST if status == "requested" else _WARRANT_RX).search(before.masked):
                when = next((d.value for d in before.dates("past")), None)  # "The prosecutor applied for warrants on May 20."
            self._icc_warrants_of_known(sentence, _PER_INDEX.findall(masked, m.end()), status, when)
        for m in _WANTED_SINCE_LIST.finditer(masked) if self.mentions_icc and "wanted since" in masked else ():
            for item in _SINCE_ITEM.finditer(masked, m.start("rest"), m.end("rest")):
                when = next((d.value for d in sentence.dates("past") if item.start() <= d.start < item.end()), None)
                self._icc_warrants_of_known(sentence, [item.group("per")], "issued", when)
        for m in _ONLY_ONES_WANTED.finditer(masked) if "only" in masked and "warrants" in masked else ():
            # "The decision leaves X and his former defence minister Y as the only people named in warrants"
            self._icc_warrants_of_known(sentence, _PER_INDEX.findall(m.group("who")), "issued", None)
        for m in _REQUEST_LIST.finditer(masked) if ":" in masked and ("request" in masked or "applic" in masked) else ():
            c_start, _ = _clause_bounds(masked, m.start())
            if _W_NEGATED.search(masked[c_start : m.start()]):
                continue
            when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
            # ("Prosecutors had already abandoned their requests for two other leaders: X and Y": withdrawn)
            status = "withdrawn" if _W_WITHDRAWN.search(masked, c_start, m.start()) else "requested"
            self._icc_warrants_of_known(sentence, _PER_INDEX.findall(masked, m.end()), status, when)
        for m in _W_ENDED_CASE.finditer(masked) if self.mentions_icc and ("case" in masked or "proceedings" in masked) else ():
            # "Judges ended the case against X earlier this year": the warrant is withdrawn.
            c_start, _ = _clause_bounds(masked, m.start())
            person = _per(ents, m.group(1) or m.group(2)).person
            if person is not None and self.lex.ref.known_warrants(person.name) and not _W_NEGATED.search(masked[c_start : m.start()]):
                when = self._date_near(sentence, m.start(), "past", any_side=True, warrant=True)
                self.facts.append(_Fact("warrant", person, "withdrawn", sentence, 0.8, court="ICC", date=when, cued=True))
        for m in _W_PARAPHRASE.finditer(masked):
            c_start, _ = _clause_bounds(masked, m.start())
            if _W_NEGATED.search(masked[c_start : m.start()]) or _W_SPEC.search(masked[max(c_start, m.start() - 40) : m.start()]) or (
                    _CONDITIONAL.search(masked, max(c_start, masked.rfind(",", 0, m.start()) + 1), m.start())):
                continue  # ("would not hide if the court ever ordered his arrest": supposed; not past a comma)
            told = next((g for g in m.group("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12") if g), None)  # the subject inside the phrase
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
            # ("ordered the arrest of X and of his commissioner, Y", "ordered his arrest, along with that of Y", "The court also
            # wants X, whom it charged in a second warrant, and former minister Y")
            if m.group("s1") or m.group("s2") or m.group("s11") or m.group("s4"):
                others += [p for p in self._more_subjects(sentence, m.end()) if p is not person]
            if "same" in masked and (same := _SAME_DECISION_NAMED.search(masked, m.end())) is not None and (
                    (named := _per(ents, same.group(1) or same.group(2)).person) is not None and named is not person
                    and self.lex.ref.known_warrants(named.name)):
                others.append(named)  # "ordered his arrest in March 2023, naming in the same decision Y": Y's too
            when = self._date_near(sentence, m.start(), "past", any_side=True, allow_since=True, warrant=True)
            if m.group("appo"):
                # the apposition's own time ("X, the former president wanted by the court since 2009, ..."), not the main
                # clause's ("X, another suspect sought by the court, walked out of prison in April")
                comma = masked.find(",", m.end())
                when = next((d.value for d in sentence.dates("past") if m.start() <= d.start < (comma if comma >= 0 else len(masked))), None)
            elif m.group("whom"):  # ("X, wanted since 2007, and Y, against whom the court issued a warrant in 2012": Y's own)
                when = next((d.value for d in sentence.dates("past") if m.end() <= d.start <= _clause_bounds(masked, m.end())[1]), None)
            if m.group("sought") and not masked.startswith(" since", m.end()):
                when = None  # ("X, who walked out of prison in April 2023, is also sought by the court": no day of the warrant)
            if m.group("s11") and when is None and (told_last := next((f for f in reversed(self.facts) if f.kind == "warrant"), None)):
                when = told_last.date  # "issued it on the same day as those for X and Y": the day of the warrant told before
            court = "ICC"
            if m.group("s1") or m.group("s2") or m.group("s5"):  # "a federal court in Argentina has ordered the arrest of X", "ordered him detained"
                # (the court may be told inside the phrase: "the decision of an Argentine federal court to order the arrest of X")
                national = _NATIONAL_COURT.search(masked, c_start, next(m.start(g) for g in ("s1", "s2", "s5") if m.group(g)))
                if national and not _ICC_RX.search(sentence.text):
                    court = _per(ents, _court_place(national)).iso3
            if m.group("s12") and (national := _NATIONAL_COURT.search(masked, m.end(), _clause_bounds(masked, m.end())[1])) is not None and (
                    not _ICC_RX.search(sentence.text)):
                court = _per(ents, _court_place(national)).iso3  # (the court told after the order: "that an Argentine court handed down")
            if court == "ICC" and not _ICC_RX.search(sentence.text) and (national_before := next(
                    (f.court for f in reversed(self.facts) if f.kind == "warrant" and f.person is person and f.court != "ICC"), None)):
                court = national_before  # "a federal court in Argentina has issued a warrant for X. ... has ordered the arrest of X"
            if court == "ICC" and not self.mentions_icc:
                continue  # (a national court's order is the only paraphrase outside an article about the ICC)
            for subject in dict.fromkeys([*others, person]):
                self.facts.append(_Fact("warrant", subject, "issued", sentence, 0.85, court=court, date=when, cued=True))

    @staticmethod
    def _arrested(sentence: Sentence, at: int, c_start: int) -> list[Person]:
        """Who an arrest verb at ``at`` is about: its object ("seized X", "took X into custody"), else its
        subject ("X, who ..., was detained by Italian police")."""
        masked, ents = sentence.masked, sentence.entities
        if (obj := _ARRESTED_OBJECT.match(masked, at)) is not None:
            arrested = _per(ents, next(g for g in obj.groups() if g))
            if arrested.surface.lower() in {"his", "her", "their"}:
                return []  # "police seized his passport": something of his, not him
            return [arrested.person] if arrested.person is not None else []
        return [e.person for e in _travelers_before(masked, ents, at, c_start) if e.person is not None]

    def _icc_warrants_of_known(self, sentence: Sentence, indexes: list[str], status: str, when: str | None) -> None:
        """An ICC warrant fact for each listed person the reference knows a warrant for (a list told with no verb of
        its own: "the only people named in warrants", "requests for two other leaders: X and Y")."""
        for index in indexes:
            person = _per(sentence.entities, index).person
            if person is not None and self.lex.ref.known_warrants(person.name):
                self.facts.append(_Fact("warrant", person, status, sentence, 0.75, court="ICC", date=when, cued=True))

    @staticmethod
    def _more_subjects(sentence: Sentence, pos: int, end: int | None = None) -> list[Person]:
        """The subjects listed after the first, from ``pos``: ", Y and Z", "and of his commissioner, Y"."""
        masked, ents = sentence.masked, sentence.entities
        after = masked[:end] if end is not None else masked
        people = []
        while more := _MORE_SUBJECTS.match(after, pos):
            # ("for PER0 and his children's commissioner, PER1": PER1)
            found, pos = _named_after_possessive(ents, after, _per(ents, more.group(1)), more.end())
            if found.person is not None:
                people.append(found.person)
        return people

    def _warrant_subjects(self, sentence: Sentence, w_start: int, w_end: int, c_start: int, c_end: int) -> list[Person]:
        masked, ents = sentence.masked, sentence.entities
        # A list after a colon still names the subjects: "warrants for three leaders: A, B and C".
        after = masked[w_end:]
        after = after[: m.start()] if (m := _STOP_MARK.search(after)) else after
        # ... or after a dash: "warrants for three men — A, B and C", "for the leaders of the group: A and B".
        named_in = _WARRANTS_NAME.match(after)
        if named_in is not None:  # "The warrants, made public on Tuesday, name X, commander of ..., and Y"
            first, pos = _named_after_possessive(ents, after, _per(ents, named_in.group(1)), named_in.end())  # "names his commissioner, X"
            # ("named X and his commissioner for children's rights, Y": the one named, not "his")
            people = [first.person, *self._more_subjects(sentence, w_end + pos, w_end + len(after))]
            return [p for p in dict.fromkeys(people) if p is not None]
        if "whom" in masked and _FOR_WHOM_AT_END.search(masked, max(0, w_start - 90), w_start) and (
                colon := _COLON_THEN_PER.match(after)) is not None:
            # "three men for whom the court issued warrants years ago: A, B and C": the men listed after the colon
            people = [_per(ents, colon.group(1)).person, *self._more_subjects(sentence, w_end + colon.end(), w_end + len(after))]
            return [p for p in dict.fromkeys(people) if p is not None]
        both = _FOR_BOTH.match(after)
        if both is not None:  # "... Netanyahu and Gallant ..., and issued warrants for both men": the two named before
            named = [e.person for i in _PER_INDEX.findall(masked, 0, w_start) if (e := _per(ents, i)).person is not None]
            named = list(dict.fromkeys(named))
            if len(named) >= 2:
                return named[-2:]
        obj = _WARRANT_OBJECT.match(after)
        if obj:
            # ("a second warrant, for his commissioner for children's rights, X": X)
            first, obj_end = _named_after_possessive(ents, after, _per(ents, obj.group(1)), obj.end())
            if first.via == "pronoun" and first.person is not None and not self.lex.ref.known_warrants(first.person.name):
                # "X was invited by Y shortly after the court issued a warrant for him": the one of them it has sought
                first = next((e for i in reversed(_PER_INDEX.findall(masked, 0, w_start)) if (e := _per(ents, i)).person is not None
                              and self.lex.ref.known_warrants(e.person.name)), first)
                if first.via == "pronoun" and sentence.previous is not None and "PER" not in masked[:w_start]:
                    # "..., as is Myanmar's Min Aung Hlaing, who met Modi on Sunday. The prosecutor asked judges last
                    # November to issue a warrant for his arrest": the one named just before whom a court has sought
                    first = next((e for e in reversed(sentence.previous.entities) if e.person is not None
                                  and self.lex.ref.known_warrants(e.person.name)), first)
            people = [first.person, *self._more_subjects(sentence, w_end + obj_end, w_end + len(after))]
            if ":" in obj.group(0) and ";" in masked[w_end:]:
                # "warrants for three leaders: X, the group's chief; Y, its commander; and Z, ...": a list told in parts
                people += [_per(ents, i).person for i in _LIST_PART_PER.findall(masked, w_end + len(after))]
            return [p for p in dict.fromkeys(people) if p is not None]
        whose = _WHOSE_WARRANT.search(masked, max(0, w_start - 40), w_start)
        if whose is not None and (person := _per(ents, whose.group(1)).person) is not None:
            # "X, whose warrant dates from 2007": the warrant is X's (and "whose warrants" are those of "A and B" too)
            people, at = [person], whose.start()
            while masked.startswith("warrants", w_start) and (
                    more := _PER_AND_TITLE_AT_END.search(masked, max(0, at - 40), at)) is not None and (
                    (other := _per(ents, more.group(1)).person) is not None):
                people.insert(0, other)
                at = more.start()
            return list(dict.fromkeys(people))
        whom = _FOR_WHOM.search(masked, 0, w_start) if "whom" in masked else None
        if whom is not None:
            # "X was one of three leaders, together with Y and Z, for whom the prosecutor sought warrants": all three
            named = [e.person for i in _PER_INDEX.findall(masked, 0, whom.start())
                     if (e := _per(ents, i)).person is not None and self.lex.ref.known_warrants(e.person.name)]
            if named:
                return list(dict.fromkeys(named))
        candidates = [_per(ents, i) for i in _PER_INDEX.findall(masked[c_start:c_end])]
        if candidates and all(c.via == "pronoun" and c.surface.lower() in {"he", "she"} for c in candidates) and (
                rel := _PER_WHO_AT_END.search(masked, 0, c_start)) is not None and all(
                c.person is _per(ents, rel.group(1)).person for c in candidates):
            candidates = []  # "X, who ruled Sudan until he was toppled in 2019, has been ...": "he" is X, the one it hangs on
        if not candidates and masked.endswith(("while", "while still"), 0, c_start) and _UNDER_AT.match(masked, c_start) and (
                subject := _SUBJECT_AT_START.search(masked, 0, c_start)) is not None:
            # "In June 2015 Sudan's then president, X, attended a summit in Johannesburg while under an ICC warrant"
            person = _per(ents, subject.group(1)).person
            return [person] if person is not None else []
        if not candidates:
            # "X, who faces an arrest warrant, ...": the relative clause hangs on X; "X, who ruled Sudan until 2019, has
            # been the subject of a warrant": the main clause, resumed after the relative one, is X's.
            own = _OWN_WARRANT.match(masked, c_start) or _RESUMED_OWN_WARRANT.search(masked, c_start, w_start)
            rel = _PER_WHO_AT_END.search(masked, 0, c_start) if own else None
            person = _per(ents, rel.group(1)).person if rel else None
            return [person] if person is not None else []
        # Prefer someone the reference lists a warrant for: "Mongolia's leader ignored the warrant".
        wanted = [c for c in candidates if c.person and self.lex.ref.known_warrants(c.person.name)]
        # Anyone else needs the language to make the warrant theirs ("X, who faces a warrant",
        # "X's arrest"): a leader merely named near the word ("Orbán invited him despite the
        # warrant", "Biden's government criticised the warrants") is not its subject.
        own = [c for c in candidates if c.person and _OWN_WARRANT.match(masked, masked.find(f"PER{ents.index(c)}", c_start) + len(f"PER{ents.index(c)}"))]
        arrested = [_per(ents, next(g for g in a.groups() if g)) for a in _ARRESTED_OBJECT.finditer(masked, c_start, c_end)]
        pick = wanted or own or [a for a in arrested if a.person]
        # "The warrants come days after X wrapped up a tour": X is the subject of another verb.
        pick = [c for c in pick if not _SUBORDINATE_SUBJECT.search(masked, max(0, masked.find(f"PER{ents.index(c)}", c_start) - 30),
                                                                    masked.find(f"PER{ents.index(c)}", c_start))]
        if not pick:
            # "X, who is the subject of an ICC warrant, was greeted by Y": the relative clause hangs on X, not on Y
            rel = _PER_WHO_AT_END.search(masked, 0, c_start) if _OWN_WARRANT.match(masked, c_start) else None
            person = _per(ents, rel.group(1)).person if rel else None
            return [person] if person is not None and w_start < masked.find(",", c_start) else []
        # The nearest before the word, else the first after it.
        before = [c for c in pick if masked.find(f"PER{ents.index(c)}", c_start) < w_start]
        chosen = before[-1] if before else pick[0]
        if len(before) > 1 and (subject := _SUBJECT_THEN_APPOSITION.match(masked, c_start)) is not None and (
                subject.end() > masked.find(f"PER{ents.index(chosen)}", c_start) and (
                    head := _per(ents, subject.group(1))) in before):
            chosen = head  # "X, defence minister under Y, was named in a warrant": the subject, not the one in its apposition
        listed = [e for e in _travelers_before(masked, ents, w_start, c_start) if e in pick] if before else []
        if chosen in listed and len(listed) > 1:
            return [e.person for e in listed if e.person]  # "X, his interior minister Y and Z are all wanted on warrants"
        # "X was named in a warrant together with Y and Z": the companions share it.
        chosen_at = masked.find(f"PER{ents.index(chosen)}", c_start)
        if before and (first := _AND_HIS_ROLE_AT_END.search(masked, c_start, chosen_at)) is not None and (
                (partner := _per(ents, first.group(1))) in pick and partner is not chosen and partner.person is not None):
            return [partner.person, chosen.person]  # "X and his commissioner, Y, were the subjects of warrants"
        with_them = _W_COMPANIONS.search(masked, chosen_at, c_end)
        companions = [] if with_them is None else [
            c for c in pick if masked.find(f"PER{ents.index(c)}", c_start) > with_them.start() and c is not chosen]
        if not before and _FOR_AT_END.search(masked, max(0, chosen_at - 50), chosen_at):
            # "..., alongside those for X and his former defence minister Y": the ones listed with the first
            listed = self._more_subjects(sentence, chosen_at + len(f"PER{ents.index(chosen)}"), c_end)
            companions += [c for c in pick if c.person in listed and c is not chosen and c not in companions]
        return [p.person for p in [chosen, *companions] if p.person]


def _named_after_possessive(ents: list[Entity], text: str, found: Entity, pos: int) -> tuple[Entity, int]:
    """"his commissioner for children's rights, X": the one named after a possessive and a role (X, and where its
    name ends), not "his"; any other subject as it is."""
    if found.surface.lower() in {"his", "her", "their"} and (named := _POSSESSOR_ROLE_NAMED.match(text, pos)) is not None:
        return _per(ents, named.group(1)), named.end()
    if text.startswith(("'s ", "’s "), pos) and (role := _ROLE_THEN_NAME.match(text, pos + 2)) is not None:
        # "a warrant for Putin's children's rights commissioner, Maria Lvova-Belova": the one named after the role
        return _per(ents, role.group(1)), role.end()
    return found, pos
