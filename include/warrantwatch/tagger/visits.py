"""Visit rules: travel verbs and nouns with their status, destinations, meetings, hosts, companions,
ceremonies, summits, datelines and stays, run family by family by ``VisitRules._visits`` (presence at
a gathering is in ``presence.py``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from warrantwatch.reference import Person
from warrantwatch.tagger.cues import (
    _ACCEPTED_THE_INVITATION,
    _ACCOMPANIED,
    _ADDRESSED_GATHERING,
    _AFTER_DEED_WORDS,
    _AFTER_DOING,
    _AFTER_GATHERING_IN,
    _AFTER_GERUND,
    _AFTER_SIGNING_IN,
    _AFTER_STAY_IN,
    _AFTER_TALKS_AT_END,
    _AHEAD_WORDS,
    _ALL_LEGS,
    _ALONG_WITH_AFTER,
    _ALONG_WITH_IN,
    _ALONG_WITH_NAMES,
    _ALONGSIDE_AFTER,
    _AMONG_THEM,
    _AND_DUE_NEXT,
    _AND_HOSTED,
    _AND_IN_NEXT,
    _AND_PLACE_AFTER,
    _AND_THEN,
    _AND_THEN_AT_END,
    _AND_THEN_BARE,
    _AND_THEN_GATHERING,
    _AND_UNKNOWN_AT_END,
    _ANY_BEFORE_NOUN,
    _APPEARANCE_AT,
    _APPOSED,
    _APPOSED_IN_FOR,
    _APPOSED_IN_SINCE,
    _APPOSED_IN_UNTIL,
    _APPOSED_NOUN,
    _APPOSED_OWNER,
    _APPOSED_SUBJECT_AT_END,
    _APPOSITION_CLOSED,
    _ARRIVED_AT_VENUE_END,
    _ARRIVED_FOR_NOUN,
    _ARRIVED_FROM,
    _ARRIVED_FROM_GATHERING,
    _ARRIVED_FROM_LEG,
    _ARTICLE_AT_END,
    _AS_HE_DID_AFTER,
    _AS_IS_ALSO,
    _AS_ROLE,
    _ASIDE_THEN_VIDEO,
    _BARE_ARRIVAL_END,
    _BE_AT_END,
    _BECAME_FIRST_TO,
    _BEEN_IN_SINCE,
    _BEFORE_AT_END,
    _BEFORE_LEAVING,
    _BEFORE_NEXT_DEED,
    _BEGINS_AT_END,
    _BLOCKED_FROM_GOING,
    _BROUGHT_WITH,
    _BUT_NO_SUBJECT,
    _BY_AFTER_PLACE,
    _CAME_FROM,
    _CAME_FROM_GATHERING_THERE,
    _CAME_ON_FROM,
    _CANCEL_RX,
    _CANCEL_STEMS,
    _CARRIED_AHEAD,
    _CARRIED_TO,
    _CAUSE_WORD,
    _CAUSED_NEXT,
    _CEREMONY,
    _CEREMONY_OF,
    _CEREMONY_TO_BE_HELD,
    _CHOSE_NOT_TO_MAKE_AT_END,
    _CITY_OF,
    _CLAIMED_BEFORE,
    _CLOSING_TOUR_THAT,
    _COMMA_AT_END,
    _COMMON_SUBJECT_AT_END,
    _CONDITIONAL,
    _COUNTED_NEXT_PLACE,
    _COUNTED_PLACES,
    _COUNTRY_POSSESSIVE_BEFORE,
    _DATELINE_DASH,
    _DAY_SPAN_AFTER,
    _DAY_SPAN_INSIDE,
    _DAY_TRIP,
    _DAYS_GAP_AT_END,
    _DAYS_MEETING_BEFORE,
    _DEED_PRESENT,
    _DEED_THEN_TO,
    _DELAYED_BY_SPAN,
    _DEM_TOKEN,
    _DEST_RX,
    _DONE_IN_RX,
    _DONE_IN_STEMS,
    _DONE_TRIP_BEFORE_PARTICIPLE,
    _DROPPED_PLAN_AT_END,
    _DROPPED_PLANS_TO_AT_END,
    _DUE_THERE,
    _DURING_AT_END,
    _EITHER_PLACE,
    _EMIRATES,
    _EMPHATIC_SELF,
    _EN_ROUTE,
    _ENDING_STAY_IN,
    _ENDING_TOUR_AT_END,
    _EVT_PLACE_RX,
    _EXPECTED_IN,
    _FIRST_LEG_OF_END,
    _FIRST_SINCE,
    _FLOATED_AT_END,
    _FLYING_IN_FROM,
    _FOLLOWS_ON_DAY,
    _FRONTED_PLACE,
    _FUTURE_IN_CLAUSE,
    _FUTURE_THEN_AT_END,
    _GAP_DAYS,
    _GATHERED_IN_BEFORE,
    _GATHERING_ENDED,
    _GATHERING_OBJECT,
    _GATHERING_RAN,
    _GATHERING_SENTENCE,
    _GATHERING_VERB_THE_AT_END,
    _GOING_PRESENT,
    _GONE_BACK,
    _GUEST_AT_COUNTRYS,
    _HABITUAL,
    _HAD_A_MEETING_AT_END,
    _HAD_AT_END,
    _HAD_BEEN_AT_END,
    _HAS_AT_END,
    _HEARSAY,
    _HELD_ON_AT_END,
    _HERE,
    _HERE_ANYWHERE,
    _HOME_PLACE_AFTER,
    _HOST_RX,
    _HOST_STEMS,
    _HOSTED_BY_PER,
    _HOSTED_BY_RX,
    _HOSTED_RX,
    _IF_UNLESS,
    _IN_DELEGATION,
    _IN_HIS_PLACE,
    _IN_PLACE_DURING_VISIT_BY,
    _IN_PLACE_RX,
    _INCLUDING_AT_END,
    _INCLUDING_TO,
    _INTRANSITIVE_END,
    _INVITED_AND_ACCEPTED,
    _INVITED_THEN_ACCEPTED,
    _INVITED_TO,
    _INVITED_TO_PLACE_BEFORE,
    _INVITED_TO_VISIT,
    _IRREGULAR_PAST,
    _IT_HOSTED_RX,
    _IT_IS_NOUN,
    _JOINED_AT_NAMED_GATHERING,
    _JOINED_COMPANIONS,
    _JOINED_GATHERING,
    _JOINED_MINISTERS_IN,
    _JOINED_PEOPLE_IN,
    _JOINED_THERE_BY,
    _JUST_PAST,
    _KINGDOMS,
    _LANDED_WITH,
    _LEADER_TITLED,
    _LEFT_FOR_VERB,
    _LEFT_GATHERING_IN,
    _LET_AT_END,
    _LET_VISIT,
    _LIST_END,
    _LIST_PLACE,
    _LIVE_COVERAGE_OF_AT_END,
    _LIVE_ENTRY_DEED,
    _LIVE_ENTRY_HAS_ARRIVED,
    _LOC_INDEX,
    _LOC_TOKEN,
    _MAIN_MOVE_AFTER_APPOSITION,
    _MANY_DAYS,
    _MEET_GATE,
    _MEET_RX,
    _MEET_TOPIC,
    _MEETING_SHELVED,
    _MET_OBJECTS,
    _MET_WITH_AT_END,
    _MODAL_AT_END,
    _MODAL_WORD,
    _MORE_COMPANIONS,
    _MOVE_PAST,
    _MOVED_TO,
    _MOVING,
    _NAME_AFTER_TITLE,
    _NAMED_GATHERING_IN,
    _NAMED_GATHERING_OBJECT,
    _NATIONAL_OCCASION,
    _NEGATED_AUX,
    _NEITHER_NOR_BEFORE,
    _NEW_DATE,
    _NEXT_CONJUNCT,
    _NEXT_DAY_IN,
    _NEXT_LEG,
    _NEXT_LEG_AFTER_COMMA,
    _NEXT_LEG_AFTER_PURPOSE,
    _NEXT_PLACE_ON_DAY,
    _NO_BEFORE_NOUN,
    _NO_LONGER_AT_END,
    _NO_OFFICIAL_SUBJECT,
    _NO_PLANS_FOR_AT_END,
    _NO_PLANS_NOW,
    _NO_PLANS_REPORTED,
    _NO_SIGN_THAT_AT_END,
    _NOT_EXPECTED_AT_END,
    _NOT_RULED_OUT,
    _NOT_STOPPED_FROM,
    _NOUN_FUTURE_AFTER,
    _NOUN_GATE,
    _NOUN_ONGOING,
    _NOUN_PAST,
    _NOUN_PLANNED,
    _NOUN_PRESENT_AFTER,
    _NOUN_RX,
    _NOUN_SUPPOSED_AFTER,
    _NOUN_TAIL,
    _NOW_AFTER,
    _OFFER_WORD,
    _ON_A_TRIP_AT_END,
    _ON_OWN_TRIP,
    _ON_THE_CALENDAR,
    _ON_WEEKDAY,
    _ONE_DAY_CEREMONIES,
    _ONE_DAY_GATHERED,
    _ONLINE_GATHERING,
    _ONLY_ON_CONDITION,
    _OTHER_SUBJECT,
    _OTHERS_MET_AFTER,
    _PAIR_SUMMIT,
    _PART_OF_DELEGATION,
    _PARTICIPLE_GO,
    _PASSIVE_AT_END,
    _PAST_MAIN_BEFORE_COMMA,
    _PAST_MAIN_THEN_BEFORE,
    _PAST_MAIN_VERB,
    _PAST_PLAN_NOUN_AT_END,
    _PAST_VERBS,
    _PER_POSSESSIVE_AT_END,
    _PER_WHO_AT_END,
    _PERFECT_NEG_AT_END,
    _PLACE_AT,
    _PLACE_GATHERING_BEFORE,
    _PLACE_INDEX,
    _PLACE_NAMED_TRIP,
    _PLACE_NOUN,
    _PLACE_NOUN_AHEAD,
    _PLACE_NOUN_DONE,
    _PLACE_THEN_BY_GROUP,
    _PLACE_THEN_WHICH_PER,
    _PLACE_THEN_WITH,
    _PLACE_WHICH_VISITED,
    _PLAN_WORD,
    _PLANNED_PROGRAMME,
    _PLANNED_WORD,
    _PLANS_KEPT_AT_END,
    _PLUPERFECT_AT_END,
    _PLURAL_SUBJECT_AT_END,
    _PRE_BE,
    _PRE_DECLINE,
    _PRE_FUTURE,
    _PRE_NEG,
    _PRE_PAST_PLAN,
    _PRE_PERFECT,
    _PRE_SPEC,
    _PRE_WAS,
    _PRESENT_GOING_BEFORE_NOUN,
    _PRESENT_MAIN_VERB,
    _PRESENT_VERBS,
    _PREVIOUS_VISIT_THERE,
    _PROGRESSIVE_NOW,
    _PRONOUN_SUBJECT,
    _PROSPECT_AT_END,
    _PURPOSE_NOUN_AT_END,
    _PUT_ON_HOLD,
    _REASON_AFTER,
    _RECEIVED_BY,
    _REFUSED_AHEAD,
    _RELATIVE_IN_LIST,
    _RELATIVE_THEN_VERB,
    _REPORTED_FUTURE,
    _RESIDENCE_AT_END,
    _RETURNED_FROM_TRIP_IN,
    _RETURNED_HOME_FROM,
    _SAID_AT_GATHERING,
    _SAID_ON_ARRIVAL,
    _SAID_THING_SUBJECT_AT_END,
    _SAID_WOULD_AT_END,
    _SAID_WOULD_STEP,
    _SCHEDULE_GOING,
    _SCHEDULE_PRESENT,
    _SCHEDULED_NOUN_PRESENT,
    _SEAT_LEFT_TO,
    _SENDING_STRANGER,
    _SENT_DEPUTY,
    _SENT_INSTEAD,
    _SENT_NO_ONE,
    _SENT_PERSON,
    _SENT_TO,
    _SENTENCE_SUBJECT,
    _SENTENCE_SUBJECT_PLACE,
    _SETS_OFF_ON,
    _SIDELINES_OF_OURS,
    _SINCE_AFTER,
    _SINCE_SUBJECT_AT_END,
    _SO_DID,
    _SPEAKING_AT_GATHERING,
    _SPEAKING_IN,
    _SPENT_IN_DEM,
    _STAND_IN_WITH,
    _STAY_ENDED,
    _STAY_FRAME_AT_END,
    _STAY_HERE,
    _STAY_PRESENT,
    _STAYED_ON_AFTER,
    _STILL_THERE,
    _STOOD_IN_FOR,
    _STOP_BEFORE_IN,
    _SUBORDINATOR,
    _SUBORDINATOR_WORDS,
    _SUMMIT_OF,
    _SUMMIT_PLANNED_AFTER,
    _SUMMIT_PLANNED_BEFORE,
    _TAKEN_FROM_TO,
    _TALKS_WITH_AT_END,
    _THAT_MORNING,
    _THAT_SAME_DAY,
    _THAT_TRIP,
    _THE_TRIP_OPENS,
    _THERE_OPENING,
    _THING_BEFORE,
    _TO_HAVE_AT_END,
    _TO_OWN_RESORT,
    _TO_PLACE_FOR,
    _TOO_MUCH_TO_AT_END,
    _TOPIC_PLACE,
    _TOUR_STEP_GERUND,
    _TOUR_STEP_PRESENT,
    _TOUR_THAT_AT_END,
    _TRAVELLING,
    _TRIP_WEIGHED_AFTER,
    _UNCONFIRMED_BEFORE,
    _UNKNOWN_PLACE_ARRIVAL,
    _UNOWNED_TOUR_AT_END,
    _USED_TO_GO,
    _VAGUE_TIME,
    _VIDEO,
    _VISIT_BY_WHO_AT_END,
    _VISIT_FOLLOWS,
    _VISITED_AT,
    _WARRANT_CAUSE,
    _WAS_AT_END,
    _WAS_GUEST_OF,
    _WAS_THERE_BEFORE,
    _WEEKDAY_SPAN_AFTER,
    _WENT_AHEAD,
    _WHEN_CLAUSE,
    _WHEN_CONDITIONS,
    _WHERE_CLAUSE_PLACE,
    _WHERE_COMPANIONS,
    _WHERE_DONE_RX,
    _WHERE_PLACE,
    _WHERE_SUBJECT_AT_END,
    _WHERE_WAS_DOING,
    _WHICH_PER_ATTENDS,
    _WHO_AFTER_PER,
    _WHO_AT_END,
    _WHOM_HOSTED,
    _WILL_BEFORE,
    _WILL_SEE_AT_END,
    _WILL_WORD,
    _WITH_EXPECTED_AT_END,
    _WITH_EXPECTED_TO_JOIN,
    _WITH_HOST_BEFORE,
    _WITH_LEADER_AFTER,
    _WITH_STOPS,
    _clause_bounds,
    _dated_legs,
    _go_matches,
    _per,
    _to_legs,
    _travelers_before,
)
from warrantwatch.tagger.entities import _PER_INDEX, _UNKNOWN_SUBJECT, Entity, Sentence
from warrantwatch.tagger.facts import _date_later_than_before, _Fact, _generic_occasion, _telling_tense
from warrantwatch.tagger.presence import PresenceRules
from warrantwatch.tagger.rx import _has_any, _matches_near
from warrantwatch.tagger.state import _PastPlan


def _put_off_to_new_date(cancel: re.Match[str], masked: str, c_end: int) -> bool:
    """A trip "postponed until next month" (a new time told in the clause) is still planned; one called off is not."""
    return cancel.group("verb").lower().startswith(("postpon", "put off", "delay")) and _NEW_DATE.search(masked[cancel.end() : c_end]) is not None


# Words one of which a point in a stay names ("near the end of", "on the second day of"): a cheap test first.
_STAY_FRAME_WORDS = (" end ", " start ", " day ", " beginning ", " close ")
# Words one of which "after the squad", "when a plane" holds (" a" stands for " an" too): a cheap test first.
_DETERMINER_STEMS = (" the ", " a", " its ", " their ")


class VisitRules(PresenceRules):
    """The visit rules, run on each sentence by ``ArticleTagger.run``."""

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
            evt_at = sentence.masked.find(f"EVT{ents.index(ent)}") if ent in ents else -1
            if (year == self.published.year and evt_at > 0 and "previous" in sentence.masked
                    and sentence.masked.endswith("previous ", 0, evt_at) and self._date_near(sentence, anchor, prefer) is None):
                # "attended the previous SCO summit": the last one held before the paper's day
                this = ent.event.host(year)
                first = ent.event.first_day(this[0], self.published) if this else None
                if first is None or first >= self.published.isoformat():
                    year -= 1
            host = ent.event.host(year)
            if evt_at > 0 and "where" in sentence.masked and (where := _WHERE_CLAUSE_PLACE.search(sentence.masked, 0, evt_at)) is not None and (
                    (place := _per(ents, where.group(1))).kind == "LOC" and place.iso3 and host and host[0] != place.iso3):
                return place.iso3, place.city, occasion  # (held away from its usual home: where the sentence puts it)
            if host:
                return host[0], None, occasion
        return None, None, occasion

    def _destinations(self, sentence: Sentence, pos: int, clause_end: int, prefer: str,
                      either: bool = False) -> list[tuple[str, str | None, str | None, float]]:
        """Destinations right after a verb at ``pos``, and the stops told after them ("a trip to Europe,
        with stops in France and Serbia")."""
        out = self._destinations_named(sentence, pos, clause_end, prefer, either)
        if "including" in sentence.masked and (including := _INCLUDING_TO.match(sentence.masked, pos)) is not None:
            # "travelled repeatedly in Africa while a fugitive, including to Jordan and South Africa": each place named
            for index in _LOC_INDEX.findall(including.group(0)[including.start("list") - including.start() :]):
                place = _per(sentence.entities, index)
                if place.kind == "LOC" and all(place.iso3 != d[0] for d in out):
                    out.append((place.iso3, place.city, None, 0.75))
        if out and (" for " in sentence.masked or " then " in sentence.masked or " on to " in sentence.masked):
            self._next_legs(sentence, pos, out, _NEXT_LEG_AFTER_PURPOSE)
        if out and "day in " in sentence.masked:
            # "spent Tuesday in Riyadh, Wednesday in Doha and Thursday in Abu Dhabi": a day for each stop
            self._next_legs(sentence, pos, out, _NEXT_DAY_IN, prefer)
        if out and ("day, " in sentence.masked or "day and " in sentence.masked):
            # "goes on to San José on Tuesday, Guatemala City on Wednesday and Santo Domingo on Thursday": the same, the
            # day after each stop
            self._next_legs(sentence, pos, out, _NEXT_PLACE_ON_DAY, prefer, skip=_ON_WEEKDAY)
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

    def _next_legs(self, sentence: Sentence, pos: int, out: list[tuple[str, str | None, str | None, float]],
                   leg_rx: re.Pattern[str], dated: str | None = None, skip: re.Pattern[str] | None = None) -> None:
        """The legs ``leg_rx`` tells one after another past the place at ``pos`` (and past ``skip`` after it: the first
        place's own day), added to ``out``; with ``dated`` (a date preference), each new leg's own day is kept for its
        fact (see ``leg_days``)."""
        if (lead := _PLACE_AT.match(sentence.masked, pos)) is None:
            return
        at = lead.end()
        if skip is not None:
            if (own := skip.match(sentence.masked, at)) is None:
                return
            at = own.end()
        while (leg := leg_rx.match(sentence.masked, at)) is not None:
            place = _per(sentence.entities, leg.group(1))
            # (a capital with no "in" before it is masked as its government: in a list of stops it is a place)
            if place.kind in {"LOC", "GOV"} and place.iso3 and all(place.iso3 != d[0] for d in out):
                out.append((place.iso3, place.city, None, 0.8))
                day = next((d.value for d in sentence.dates(dated) if leg.start() <= d.start < leg.end()), None) if dated else None
                if day is not None and place.iso3:
                    self.leg_days[(sentence.start, place.iso3)] = day  # (each stop's own day)
            at = leg.end()

    def _destinations_named(self, sentence: Sentence, pos: int, clause_end: int, prefer: str,
                            either: bool = False) -> list[tuple[str, str | None, str | None, float]]:
        """Destinations right after a verb at ``pos``: [(iso3, city, occasion, confidence)]."""
        masked, ents = sentence.masked, sentence.entities
        rest = masked[pos:clause_end]
        if " of " in rest[:90] and (city_of := _CITY_OF.match(rest)) is not None and (place := _per(ents, city_of.group(1))).kind == "LOC":
            return [(place.iso3, place.city, None, 0.85)]  # "arrived in the northern port city of Tianjin"
        m = _DEST_RX.match(rest)
        if not m:
            counted = _COUNTED_PLACES.match(masked, pos)
            if counted is None:
                return []
            # "has visited two member states, Mongolia and Tajikistan": the places named after the count
            out = [(_per(ents, counted.group(1)).iso3, _per(ents, counted.group(1)).city, None, 0.8)]
            at = counted.end()
            while (more := _COUNTED_NEXT_PLACE.match(masked, at)) is not None:
                out.append((_per(ents, more.group(1)).iso3, _per(ents, more.group(1)).city, None, 0.8))
                at = more.end()
            return [d for d in out if d[0]]
        out: list[tuple[str, str | None, str | None, float]] = []
        if m.group("generic") and m.group("generic").lower() in {"emirate", "kingdom"}:
            # "King Charles arrived in the emirate on Thursday" (filed from Dubai): the emirate or kingdom told
            # before, else the dateline's, if it is one (a monarchy the reader knows the story is in)
            allowed = _EMIRATES if m.group("generic").lower() == "emirate" else _KINGDOMS
            named = [p.iso3 for e in _LOC_TOKEN.findall(masked[:pos]) if (p := _per(ents, e)).iso3 in allowed]
            there = named[-1] if named else self.dateline[0] if self.dateline is not None and self.dateline[0] in allowed else None
            if there is None or not re.match(r"\s*the\s", rest, re.IGNORECASE):
                return []
            return [(there, None, None, 0.75)]
        if m.group("generic") and m.group("generic").lower() == "country":
            # "visited the country": the country the sentence named before the verb.
            named = [e for e in _LOC_TOKEN.findall(masked[:pos]) if not _per(ents, e).city]
            if named and re.match(r"\s*the\s", rest, re.IGNORECASE):
                place = _per(ents, named[-1])
                out.append((place.iso3, None, None, 0.75))
            return out
        if m.group("generic"):
            after = rest[m.end():]
            if m.group("generic").lower() in {"city", "capital", "resort", "town"} and (
                    dem := _DEM_TOKEN.search(rest, 0, m.start("generic"))) is not None:
                # "spent the weekend in the southern Brazilian beach resort of X": the country the demonym names
                return [(_per(ents, dem.group(1)).iso3, None, None, 0.75)]
            if m.group("generic").lower() in {"city", "capital"} and (
                    owner := _COUNTRY_POSSESSIVE_BEFORE.search(rest, 0, m.start("generic"))) is not None and (
                    (country := _per(ents, owner.group(1))).kind == "LOC" and not country.city):
                return [(country.iso3, None, None, 0.75)]  # "travelled to Denmark's second city": in that country
            if m.group("generic").lower() in {"resort", "town"}:
                return []  # (a resort or town with no country told is no destination)
            if m.group("generic").lower() == "venue" and not _ARRIVED_AT_VENUE_END.search(masked, max(0, pos - 30), pos):
                return []  # (only "has arrived at the venue", "were seen arriving at the venue" on a live page: the gathering's)
            place = _EVT_PLACE_RX.match(after)
            if place is None and m.group("generic").lower() in _NATIONAL_OCCASION and (
                    owner := _COUNTRY_POSSESSIVE_BEFORE.search(rest, 0, m.start("generic"))) is not None and (
                    (country := _per(ents, owner.group(1))).kind == "LOC" and not country.city):
                # "was chief guest at Mauritius's National Day celebrations": held in the country that owns them
                return [(country.iso3, None, None, 0.75)]
            if place:
                ent = _per(ents, place.group("i"))
                out.append((ent.iso3, ent.city, _generic_occasion(m.group("generic")), 0.8))
            elif m.group("generic").lower() in {"summit", "forum", "conference", "meeting", "gathering", "talks"} and (
                    (by := _HOSTED_BY_PER.match(after)) is not None) and (host := _per(ents, by.group(1)).person) is not None:
                if (home := self._home(host)) is not None:
                    out.append((home, None, _generic_occasion(m.group("generic")), 0.75))
            elif m.group("generic").lower() in _CEREMONY and (whose := _CEREMONY_OF.match(after)) is not None:
                if whose.group("pope"):
                    out.append(("VAT", None, None, 0.8))
                elif whose.group("p"):
                    owner = _per(ents, whose.group("p")).person
                    home = self._home(owner) if owner is not None else None
                    if home:
                        out.append((home, None, None, 0.75))
                else:
                    out.append((_per(ents, whose.group("i")).iso3, None, None, 0.8))
            else:
                hosted = _HOSTED_RX.search(masked)
                dem = _DEM_TOKEN.search(rest, 0, m.start("generic"))
                if dem and m.group("generic").lower() in {"summit", "forum", "conference", "meeting", "gathering"}:
                    # "will not attend the Swiss gathering": the country the gathering is named by
                    ent = _per(ents, dem.group(1))
                    out.append((ent.iso3, None, _generic_occasion(m.group("generic")), 0.75))
                elif hosted and m.group("generic").lower() in {"summit", "forum", "conference", "meeting", "gathering"}:
                    ent = _per(ents, hosted.group("i"))
                    out.append((ent.iso3, None, _generic_occasion(m.group("generic")), 0.75))
                elif self.context is not None and re.match(r"\s*(?:the|this|(?:to|yester)?(?:mon|tues|wednes|thurs|fri|satur|sun)?day(?:'s|’s))\s",
                                                           rest[: m.start("generic")] or " ", re.IGNORECASE) and not (
                        # ("On Thursday he attended the summit of the Indian Ocean Commission", in a story about a funeral)
                        self.context[2] in _ONE_DAY_CEREMONIES
                        and m.group("generic").lower() in {"summit", "forum", "conference", "meeting", "gathering"}):
                    # "the summit", "the city": the gathering or place the article is about.
                    iso3, city, occasion = self.context
                    if m.group("generic").lower() in {"city", "capital"}:
                        out.append((iso3, city, None, 0.7))
                    else:
                        out.append((iso3, city, occasion, 0.7))
                elif (self.dateline is not None and m.group("generic").lower() in {"city", "capital"}
                      and re.match(r"\s*the\s", rest[: m.start("generic")] or " ", re.IGNORECASE)):
                    out.append((self.dateline[0], self.dateline[1], None, 0.7))  # "arrived in the capital": the dateline's
                elif (self.dateline is not None and (m.group("generic").lower() in {"summit", "gathering", "forum", "conference"} or (
                        # ("X and Y attended the talks": the story's, when told as held; "will travel to Paris to join the
                        # talks" may be elsewhere)
                        m.group("generic").lower() == "talks" and prefer == "past"))
                      and re.match(r"\s*(?:the|this)\s(?![^,;]*(?:EVT|LOC|DEM)\d)", rest[: m.start("generic")] or " ", re.IGNORECASE)):
                    # "skipped the gathering" in a story filed from Belém: the gathering where it is filed
                    out.append((self.dateline[0], self.dateline[1], _generic_occasion(m.group("generic")), 0.65))
            return out
        ent = _per(ents, m.group("i"))
        if m.group("kind") == "EVT":
            iso3, city, occasion = self._event_host(sentence, ent, rest[m.end():], ents, pos, prefer)
            if iso3:
                out.append((iso3, city, occasion, 0.85 if city or _EVT_PLACE_RX.match(rest[m.end():]) else 0.75))
            # "attended the APEC forum in Lima and then the G20 summit in Rio de Janeiro": each gathering of the list
            at = m.end()
            while iso3 and (more := _AND_THEN_GATHERING.match(rest, at)) is not None:
                iso3, city, occasion = self._event_host(sentence, _per(ents, more.group(1)), rest[more.end():], ents, pos, prefer)
                if iso3 and all(iso3 != d[0] for d in out):
                    out.append((iso3, city, occasion, 0.8))
                at = more.end()
            return out
        if (venue := _NAMED_GATHERING_IN.match(rest, m.end())) is not None:
            ent = _per(ents, venue.group(1))  # "the Gaza summit in Sharm el-Sheikh": held in the second place
        out.append((ent.iso3, ent.city, None, 0.9))
        tail = rest[m.end():]
        at = 0  # every place of a list: "to LOC0, LOC1 and LOC2"
        while (more := (_EITHER_PLACE if either else _LIST_PLACE).match(tail, at)) is not None:
            extra = _per(ents, more.group("i") if not either else more.group(1))
            out.append((extra.iso3, extra.city, None, 0.85))
            at = more.end()
            if not either and more.group("day") and extra.iso3 and (sentence.start, extra.iso3) not in self.leg_days:
                # (the first stop's day told between them: the next stop's own day follows it)
                day = next((d.value for d in sentence.dates(prefer) if pos + m.end() + at <= d.start <= pos + m.end() + at + 12), None)
                if day is not None:
                    self.leg_days[(sentence.start, extra.iso3)] = day
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
        chain: list[tuple[str, str | None, str | None, float]] = []  # the first place and those joined to it by "and"
        chain_end = -1
        for m in _IN_PLACE_RX.finditer(masked, start, end):
            if where_only and m.group(0)[:2].lower() == "to":
                continue
            if _TOPIC_PLACE.search(masked, max(0, m.start() - 30), m.start()):
                continue  # "talks on the war in Gaza": a topic, not a place
            if _RESIDENCE_AT_END.search(masked, max(0, m.start() - 20), m.start()):
                continue  # "X, who lived in Qatar, met Y": where one lives, not where the deed was done
            if m.group("kind"):
                ent = _per(ents, m.group("i"))
                if ent.kind == "LOC" and (venue := _NAMED_GATHERING_IN.match(masked, m.end(), end)) is not None:
                    ent = _per(ents, venue.group(1))  # "at the Gaza summit in Sharm el-Sheikh": held in the second place
                if ent.kind == "LOC":
                    if chain and not _AND_IN_NEXT.fullmatch(masked, chain_end, m.start()):
                        continue  # (a later place not joined to the first is not the deed's)
                    # ("signed pacts in Madrid on Monday and in Brussels and Lisbon on Tuesday": each place of the deed)
                    later = bool(chain)
                    if not later:
                        out.append((ent.iso3, ent.city, None, 0.85))
                    chain.append((ent.iso3, ent.city, None, 0.8) if later else out[-1])
                    chain_end = m.end()
                    if (also := _AND_PLACE_AFTER.match(masked, m.end(), end)) is not None and (
                            (more := _per(ents, also.group(1))).kind in {"LOC", "GOV"} and more.iso3 not in {None, ent.iso3}):
                        # "held talks in Manila and Singapore": both places
                        chain.append((more.iso3, more.city, None, 0.8))
                        chain_end = also.end()
                    if later:
                        # (a later place's own day: "... and in Brussels and Lisbon on Tuesday")
                        day = next((d.value for d in sentence.dates(prefer) if chain_end <= d.start <= chain_end + 12), None)
                        for place in chain[1:] if day is not None else ():
                            if place[0] and (sentence.start, place[0]) not in self.leg_days:
                                self.leg_days[(sentence.start, place[0])] = day
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
        return chain if len(chain) > 1 else out[:1]

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
                if iso3 is None or iso3 == home or self.lex.gaz.sovereign.get(iso3, iso3) == home:
                    continue  # domestic trips are not visits (Mayotte is France's)
                if status == "declined" and self.last_host.get(person.name, (None,))[0] == iso3 and _VIDEO.search(sentence.masked) and any(
                        f.kind == "visit" and f.person is person and f.host == iso3 and f.status == "ongoing" for f in self.facts):
                    continue  # "he and Boluarte took part by video link in the opening of a port", told during his stay there
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
                                        occasion=occasion, date=self.leg_days.get((sentence.start, iso3), when) if self.leg_days else when,
                                        earlier=earlier, reason=reason, tense=tense))

    @staticmethod
    def _it_is_trip_dated_by_another_clause(sentence: Sentence, anchor: int, when: str) -> bool:
        """"It is X's first visit to India since the invasion, and it comes as ... tariffs imposed in August": the
        month is the tariffs', not the visit's (unless it follows a "since": "his first since a trip in December 2021")."""
        if not _IT_IS_NOUN.search(sentence.masked, 0, anchor):
            return False
        at = next((d.start for d in sentence.dates("past") if d.value == when), None)
        return at is not None and "since" not in sentence.masked[max(0, at - 60) : at]

    def _visit_date_and_reason(self, status: str, sentence: Sentence, anchor: int) -> tuple[str | None, str | None]:
        prefer = "future" if status == "planned" or (
            # ("will not go to Rio for Sunday's summit": the Sunday ahead; "said in September that he would not go to the
            # Nov. 22-23 summit": the days ahead of the saying, not "had told the King in April that he would not attend")
            status == "declined" and (refused := _REFUSED_AHEAD.search(sentence.masked, max(0, anchor - 40), anchor + 20)) is not None
            and (refused.group(0)[:5].lower() != "would" or any(
                anchor < d.start and len(d.value) == 10 for d in sentence.dates("past")))) else "past"
        # "has been in Moscow since Wednesday": the stay began that day.
        since = status == "ongoing" and _BEEN_IN_SINCE.search(sentence.masked) is not None
        when = self._date_near(sentence, anchor, prefer, status=status, visit=True, allow_since=since)
        if when is None and status != "planned":
            when = _date_later_than_before(sentence)
        if (status == "ongoing" and when is not None and not since and (_PROGRESSIVE_NOW.search(sentence.masked, max(0, anchor - 12), anchor)
                                                                           or self._it_is_trip_dated_by_another_clause(sentence, anchor, when))
                and when < (self.published - timedelta(days=14)).isoformat()[: len(when)]):
            when = None  # "is spending three days in X, in defiance of a warrant issued in 2023": the stay is now, not then
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
        if self.context is None:
            return
        if self.context[2] in _ONE_DAY_CEREMONIES and " held" in sentence.masked and (
                held := _CEREMONY_TO_BE_HELD.search(sentence.masked)) is not None:
            # "The funeral of Pope Francis will be held in St Peter's Square on Saturday": a one-day ceremony's day
            day = next((d.value for d in sentence.dates("future") if held.end() <= d.start <= held.end() + 40 and len(d.value) == 10), None)
            if day is not None and day >= self.published.isoformat():
                self.gathering_day = (self.context[0], day)
                return
        if not _GATHERING_SENTENCE.search(sentence.masked):
            return
        for mention in sentence.dates("future"):
            after = sentence.masked[mention.end : mention.end + 12]
            held = _HELD_ON_AT_END.search(sentence.masked, max(0, mention.start - 30), mention.start) is not None
            if len(mention.value) == 10 and (mention.kind == "dm" and _DAY_SPAN_INSIDE.search(mention.text)
                                             or _DAY_SPAN_AFTER.match(after) or held and _WEEKDAY_SPAN_AFTER.match(after)):
                going = _TO_PLACE_FOR.search(sentence.masked, max(0, mention.start - 80), mention.start)
                if going and _per(sentence.entities, going.group(1)).iso3 != self.context[0]:
                    continue  # "and then to Brazil for the G20 summit on November 18-19": another gathering's days
                past = next((d.value for d in sentence.dates("past") if d.start == mention.start), mention.value)
                # The occurrence nearest the article's date: a summit announced or just held (one told as held, "met on
                # Thursday and Friday", the days gone)
                pick = past if held else min(
                    (mention.value, past), key=lambda v: abs((date.fromisoformat(v) - self.published).days))
                self.gathering_day = (self.context[0], pick)
                return

    def _status_for_verb(self, form: str, pre: str, clause: str, after: str, clause_verb: str = "") -> str | None:
        # (a condition in a later conjunct is that conjunct's: "would fly to Ankara on Thursday and would travel on
        # to Istanbul only if Putin turned up")
        if _CONDITIONAL.search(pre) or (("if" in after or "unless" in after) and _IF_UNLESS.search(
                after[: c.start()] if (c := _NEXT_CONJUNCT.search(after)) else after)):
            return None
        if form == "base" and "nvit" in pre and _INVITED_TO.search(pre[-90:]) and "accept" not in pre:
            return None  # "invited him to visit", "an invitation for X to come": asked, not agreed
        if form == "future_noun":  # "his next trip abroad is to Brazil": ahead, unless denied or supposed
            return None if _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _CONDITIONAL.search(pre) else "planned"
        if form == "due":  # "is expected in Delhi next week", "is due in Beijing"
            return None if _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) else "planned"
        if form == "skip":
            if _TOO_MUCH_TO_AT_END.search(pre):
                return None  # "describing the meeting as too important to miss": no absence
            # ("has been shunned by Western capitals": the subject is the one shunned)
            return None if _PRE_NEG.search(pre) or (_PASSIVE_AT_END.search(pre) and clause_verb.lower().endswith("ed")) else "declined"
        if ("irtual" in after[:40] or "nline" in after[:40]) and _ONLINE_GATHERING.match(after):
            return None  # "took part in a virtual summit of the G20": held online, no trip to make or skip
        if form == "join":
            if _VIDEO.search(after):
                return None if self.online else "declined"  # "will take part by video link": not there
            # "X also took part" at the gathering the article is about (its place is looked for by the caller)
            verb = clause_verb[:6].lower()
            if verb.startswith("join") and not verb.startswith("joined") and not _PRE_NEG.search(pre) and (
                    _PRE_FUTURE.search(pre) and not _PRE_SPEC.search(pre[-40:]) or _SAID_WOULD_AT_END.search(pre)
                    # ("will break away later this week to join NATO foreign ministers": the plan's purpose)
                    or pre.endswith("to ") and _WILL_WORD.search(pre) and not _PRE_SPEC.search(pre)):
                return "planned"  # "said on Sunday they would join Zelensky in Washington"
            if verb.startswith("joined") and not _PRE_NEG.search(pre) and not _PRE_SPEC.search(pre[-40:]) and _JOINED_PEOPLE_IN.match(after):
                return "completed"  # "joined Chancellor X in Berlin on Friday for talks": went to be with him there
            if verb.startswith("joined") and not _PRE_NEG.search(pre) and not _PRE_SPEC.search(pre[-40:]) and _JOINED_COMPANIONS.match(after):
                return "completed"  # "joined them a few minutes later": where they are (the caller looks for it)
            if verb.startswith("join") and not _PRE_NEG.search(pre) and not _PRE_SPEC.search(pre[-40:]) and _JOINED_GATHERING.match(after):
                # "X, Y and Z joined the summit session on Tuesday morning": there (in person; by video is told above)
                return "completed" if verb.startswith("joined") else "ongoing" if verb.startswith("joins") else None
            if _PRE_NEG.search(pre) or not verb.startswith(("took", "take p", "taking")):
                return None
            if verb.startswith("took"):
                return "completed"
            if verb.startswith("taking") and _PRE_BE.search(pre):
                return "ongoing"  # "is also taking part"
            if _PRE_FUTURE.search(pre) and not _PRE_SPEC.search(pre[-40:]):
                return "planned"  # "will take part in person"
            return None
        if _VIDEO.search(after) and not form.startswith("arrive"):
            # ("landed in Lima on Thursday, inaugurated a port by video": there; the video is another deed's)
            return None if self.online else "declined"  # "will attend by video": not there in person
        if _PRE_DECLINE.search(pre) or "either" in pre and _NEITHER_NOR_BEFORE.search(pre):
            if _NO_PLANS_NOW.search(pre) or "no plan" in pre and (_NOW_AFTER.match(after) or _NO_PLANS_REPORTED.search(clause)):
                return None  # a rumoured trip denied ("said that he had no plans to travel to Rome")
            if _PRE_PERFECT.search(pre) or _PERFECT_NEG_AT_END.search(pre):
                return None  # "has not visited India since 2021" is no trip at all
            if _NO_LONGER_AT_END.search(pre) and form == "base":
                return "cancelled"  # "will no longer go to X": an arranged trip called off
            if form == "base" and "plan" in pre and clause_verb[:5].lower() in {"visit", "trave", "go to", "fly t"} and _DROPPED_PLANS_TO_AT_END.search(pre):
                return "cancelled"  # "has shelved his plans to visit Israel": an arranged trip dropped (plans to attend a gathering: declined)
            if _NOT_EXPECTED_AT_END.search(pre):
                return None  # "is not expected to attend the parade, diplomats said": a forecast, not a decision
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
            if _BEFORE_AT_END.search(pre) and (_PLAN_WORD.search(pre) or _GOING_PRESENT.search(pre) or _DEED_PRESENT.search(pre)
                                               or _STAY_PRESENT.search(pre)):
                # "will see the Pope on Friday before going on to Paris", "travels to Perth on Tuesday before leaving for
                # Malaysia", "meets the president on Tuesday before flying on to Kuala Lumpur": the gerund takes the plan's tense
                return "planned"
            if pre.rstrip().endswith(",") and _WILL_WORD.search(pre) and _TRAVELLING.match(clause_verb):
                return "planned"  # "will spend the coming week in Europe, travelling to Brussels on Monday"
            if re.search(r"\b(?:after|since)\s+$", pre) and clause_verb.lower().startswith(("spending", "staying")):
                return "completed"  # "after spending the weekend in southern Brazil": a stay before the main verb's
            if _PRE_BE.search(pre) and _EN_ROUTE.match(clause_verb):
                return "planned"  # "is heading to Rome", "is flying to Delhi": on the way, not there yet
            if re.match(r"PER\d+\s*,\s*$", pre) and clause_verb[:4].lower() in {"leav", "depa"}:
                return "planned"  # "X, leaving for Singapore, said ...": not there yet
            if re.match(r"PER\d+\s*,\s*$", pre) or _PRE_BE.search(pre):
                return "ongoing"
            if _PRE_WAS.search(pre) or _PAST_MAIN_BEFORE_COMMA.search(pre):
                return "completed"
            if "before" in pre and _PAST_MAIN_THEN_BEFORE.search(pre):
                return "completed"
            return None
        if form == "s":
            return "ongoing"
        if form == "base" and re.search(r"\bdid\s+(?:\w+\s+)?$", pre):
            return "completed"  # "did travel to Mongolia": the emphatic past
        if form == "base" and _FUTURE_THEN_AT_END.search(pre):
            return "planned"  # "said Putin would fly home after the summit and then travel to India next week"
        if form == "base" and _PLUPERFECT_AT_END.search(pre) and _PARTICIPLE_GO.match(clause_verb):
            return "completed"  # "had come to Tehran for the swearing-in": a trip before the one told
        if form == "base" and _PRE_PERFECT.search(pre):
            return None
        if form == "base" and re.search(r"\bto\s+$", pre):
            return None  # a bare infinitive with no plan verb: "readiness to visit"
        return None

    def _visits(self, sentence: Sentence) -> None:
        """All visit rules on one sentence, family by family (the order matters: later rules read what earlier ones
        remembered of the article)."""
        if "PER" not in sentence.masked:
            if "follow" in sentence.masked or "after" in sentence.masked:
                self._stops_before_trip(sentence)  # ("The tour follows state visits to X and Y": the trip told before's owner)
            if sentence.masked.startswith(("The ", "That ", "This ")) and _has_any(sentence.masked.lower(), _CANCEL_STEMS):
                self._trip_told_before_called_off(sentence)
            return
        self._going_verbs(sentence)
        self._visit_nouns(sentence)
        self._meetings(sentence)
        self._envoys_and_guests(sentence)
        self._deeds_in_places(sentence)
        if "which PER" in sentence.masked or "where PER" in sentence.masked:
            self._places_visited_relative(sentence)
        self._hosting(sentence)
        self._companions_and_trips_before(sentence)
        self._presence_at_gatherings(sentence)
        self._summits_and_cancellations(sentence)
        self._envoys_in_place_of_declined(sentence)
        if " follow" in sentence.masked:
            self._next_visitor(sentence)

    def _next_visitor(self, sentence: Sentence) -> None:
        """"Macron is at the White House today. Keir Starmer follows on Thursday": the next guest of the place the
        sentence before has a visitor at, ahead."""
        if (m := _FOLLOWS_ON_DAY.match(sentence.masked)) is None or self.sentence_index == 0:
            return
        before = self.sentences[self.sentence_index - 1]
        visits = [f for f in self.facts if f.kind == "visit" and f.sentence is before and f.status in {"ongoing", "planned"}]
        if len(visits) == 1 and (guest := _per(sentence.entities, m.group(1))).person is not None and (
                guest.person is not visits[0].person and self._home(guest.person) != visits[0].host):
            self._add_visit([guest], [(visits[0].host, visits[0].city, visits[0].occasion, 0.7)], "planned", sentence, m.end(1), 0.7)

    def _going_verbs(self, sentence: Sentence) -> None:
        """Verbs of going: "flew to X", "will travel to Y", "arrived in Z", "skipped the summit"."""
        masked, ents = sentence.masked, sentence.entities
        for m, form in _go_matches(masked):
            if form.startswith("past") or form == "base":
                verb = m.group(0).lower()
                if verb.startswith(("visited", "attended", "returned")) and _BE_AT_END.search(masked[:m.start()]):
                    continue  # passive ("was attended by", "hostages were returned from Gaza"): handled as nothing
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            after = masked[m.end() : c_end]
            if form == "skip" and _ARTICLE_AT_END.search(pre):
                continue  # "was read as a snub", "the boycott": a noun, not someone staying away
            carried = _CARRIED_TO.search(m.group(0))  # "a Gulf tour that took him to Riyadh": he went, whatever the subject
            # "at the start of an Asia tour that goes on to Japan on Monday": the tour's traveller goes there
            tour_that = _TOUR_THAT_AT_END.search(pre) if carried is None and "that" in pre else None
            if _OTHER_SUBJECT.search(pre) and carried is None and tour_that is None:
                continue  # "a plane that left for X": the verb's subject is not the person
            if carried is None and _has_any(pre, _DETERMINER_STEMS) and _COMMON_SUBJECT_AT_END.search(pre, max(0, len(pre) - 60)):
                continue  # "two days after the squad returned from Paris": the squad did
            # (no name after the last "said": a pronoun there would be the speaker's own trip)
            if "PER" not in pre[-80:].rsplit("said", 1)[-1] and _SAID_THING_SUBJECT_AT_END.search(pre, max(0, len(pre) - 120)):
                continue  # "X said two aircraft had landed in Port Vila": the aircraft did
            travelers = ([_per(ents, carried.group(1))] if carried is not None else
                         _travelers_before(masked, ents, c_start + tour_that.start() if tour_that else m.start(), c_start))
            if carried is not None and travelers[0].via == "pronoun" and travelers[0].person is not None and (
                    guest := next((e for f in reversed(self.facts) if f.kind == "visit" and f.sentence is sentence
                                   and f.person is not travelers[0].person and f.host == self._home(travelers[0].person)
                                   for e in ents if e.person is f.person), None)) is not None:
                # "X landed in Beijing and met Xi Jinping, the latest stop on a tour that has taken him to Kyiv": the
                # tour is the guest's, not that of the host at home the pronoun was read as
                travelers = [guest]
            if m.group(0).lower().startswith(("tour", "trip", "swing", "journey")) and (
                    _UNOWNED_TOUR_AT_END.search(masked, max(0, m.start() - 60), m.start())) and (
                    told := self._traveler_told_in(sentence)):
                travelers = told  # "X arrived for talks with Y, the second stop of a tour that began in Z": X's tour
            if carried is not None and travelers[0].via == "pronoun" and (closing := _CLOSING_TOUR_THAT.search(pre)) is not None and (
                    subject := _travelers_before(masked, ents, c_start + closing.start(), c_start)):
                # "X arrived in Ankara for talks with Y, closing a tour that took him to Greece": the tour is the subject's,
                # whoever "him" was read as
                travelers = subject[:1]
            # (a movement told as a participle: "flying first to Abu Dhabi", "travelling on to Hanoi"; not "attending
            # a summit in Kunming" after "made his first visit to China", which is the same trip again)
            # (", then travelling to Belgrade on May 7": "then" may lead the participle; the clause it hangs on is the
            # verb's own words, else the one before the comma)
            main = pre if pre.strip() not in {"", "then"} else masked[:c_start]
            participle = form == "ing" and _MOVING.match(m.group(0)) is not None and (
                _COMMA_AT_END.search(pre) is not None if main is pre else main.rstrip().endswith(","))
            if not travelers and (_AND_THEN.search(pre) or participle or (
                    masked[:c_start].rstrip().endswith(" but") and _BUT_NO_SUBJECT.match(pre))):
                # "He held talks in Doha, where ..., and spent Thursday in Abu Dhabi", "made a trip to the
                # Gulf on Wednesday, flying first to Abu Dhabi": the verb shares the first clause's subject.
                first_break = _clause_bounds(masked, 0)[1]
                travelers = _travelers_before(masked, ents, first_break, 0) if first_break < c_start else []
            if not travelers:
                continue
            if _CONDITIONAL.search(pre):
                continue  # "If X goes to India, ...": the whole clause is hypothetical
            if _HEARSAY.search(pre):
                continue  # "dismissed a report that X was preparing to travel": no trip
            if "with PER" in pre and _WITH_EXPECTED_AT_END.search(pre):
                continue  # "EU leaders gather in Brussels, with X expected to join them": the aside's own rule places it
            if "confirmation" in masked and _UNCONFIRMED_BEFORE.search(masked, 0, m.start()):
                continue  # "has yet to receive confirmation that X will attend": not (yet) a trip
            local = pre[pre.rfind("PER"):] if "PER" in pre else pre
            subject_at = pre.rfind(f"PER{ents.index(travelers[-1])}")
            if 0 <= subject_at < pre.rfind("PER"):
                local = pre[subject_at:]  # the subject's words, past a name they come from ("invitation from PER3")
            if (own := _PER_INDEX.match(local)) is not None and _per(ents, own.group(1)).surface.lower() in {"his", "her", "their"} and (
                    (owner_at := pre.rfind("PER", 0, len(pre) - len(local))) >= 0) and not _PLANS_KEPT_AT_END.search(pre, owner_at):
                # "X has shelved his own plans to visit Israel": the words from X, not from "his" (but "would not change
                # his plans to go": the plan stands)
                local = pre[owner_at:]
            if "PER" not in pre and "," in pre and _WHO_AT_END.search(masked, max(0, c_start - 12), c_start):
                local = pre[pre.rfind(",") + 1 :]  # "PER1, who was not invited to LOC2, will travel": the relative clause is not the verb's
            if "either" in pre and _NEITHER_NOR_BEFORE.search(pre):
                local = pre  # "Neither PER0 nor PER1 attended": the words before the last name say it
            if "self" in local:
                local = _EMPHATIC_SELF.sub("", local)  # "is himself due to travel": "is due to travel"
            if form == "join" and len(travelers) > 1 and m.group(0)[:3].lower() in {"spo", "spe"}:
                continue  # "X and Y spoke by video link on Tuesday": a call between them, not a gathering followed from afar
            if form == "join" and _LET_AT_END.search(masked, max(0, m.start() - 40), m.start()):
                continue  # "voted to let him speak by video": a permission, not yet a deed
            apposed = form == "apposed"
            if apposed:  # "PER0, also in LOC1 for the summit, ...": there now
                if not _APPOSED.search(pre):
                    continue
                form = "arrive"
            # "will embark on ...", "embarked on ..." (its first leg); "will represent Russia at", "represented Brazil at"
            if form in {"embark", "rep"}:
                head = m.group(0).split()[0].lower()
                form = "past" if head.endswith("ed") else "ing" if head.endswith("ing") else "s" if head.endswith("s") else "base"
            # (A condition told after someone else speaks is theirs: "..., said PER5 was ready to go if ...".)
            own_after = after[: next_per.start()] if (next_per := _PER_INDEX.search(after)) else after
            # "joined Chancellor X in Berlin", "joined X and Y at the Elysee in Paris": those joined, then the place
            joined_in = _JOINED_PEOPLE_IN.match(after) if form == "join" and "LOC" in after else None
            if joined_in is not None or form == "join" and after[:4] == " PER" and _JOINED_COMPANIONS.match(after):
                own_after = after  # (the one joined is where the verb goes: his name does not end the verb's words)
            if not form.startswith("arrive") and (aside_video := _ASIDE_THEN_VIDEO.match(masked, c_end)) is not None:
                own_after += aside_video.group(0)  # ("will take part in the summit, which opens on Tuesday, by video link")
            status = self._status_for_verb(form, local, masked[c_start:c_end], own_after, m.group(0))
            if status == "planned" and "no " in masked and _NO_SIGN_THAT_AT_END.search(masked, max(0, m.start() - 80), m.start()):
                continue  # "has given no sign that he intends to travel to Kyiv": no plan told
            if apposed and status == "ongoing" and (
                    (told := self._date_near(sentence, m.start(), "past", visit=True)) is not None
                    and len(told) == 10 and (self.published - date.fromisoformat(told)).days >= 2) and not (
                    _STAYED_ON_AFTER.search(masked, m.end())):
                status = "completed"  # "X, also in Italy on Friday, ..." in Sunday's paper: that stay is over (unless "has stayed on")
            if status is None and form == "base" and m.group(0)[:6].lower() == "arrive" and _PLURAL_SUBJECT_AT_END.search(masked, 0, m.start()) and not (
                    _PRE_NEG.search(pre)):
                status = "ongoing"  # "Modi and Starmer arrive together": a present told of two (a live page's now)
            if status is None and form == "base" and m.group(0).split()[0].lower() in {"fly", "travel", "go", "head", "move"} and (
                    _PLURAL_SUBJECT_AT_END.search(masked, 0, m.start()) or _AND_UNKNOWN_AT_END.search(masked, 0, m.start())) and not (
                    _PRE_NEG.search(pre) or _CONDITIONAL.search(pre)) and (
                    (ahead := self._date_near(sentence, m.end(), "future", status="planned", visit=True)) is not None
                    and ahead > self.published.isoformat()[: len(ahead)]):
                status = "planned"  # "Blinken and Austin move on to Manila on Tuesday": a schedule, told of two (one the
                # reference may not know)
            if status is None and form == "base" and "see" in pre and _WILL_SEE_AT_END.search(pre) and not _PRE_NEG.search(pre):
                status = "planned"  # "a busy month that will see Prime Minister X travel to the G20 summit in Brazil"
            if form == "ing" and _NOT_STOPPED_FROM.search(pre) and not _CONDITIONAL.search(pre):
                status = "completed"  # "the warrant did not stop him from visiting Mongolia in 2024": he went
            if status is None and participle and _PAST_MAIN_BEFORE_COMMA.search(pre) and not _PRE_NEG.search(pre):
                status = "completed"  # "X has chosen his destinations carefully, visiting Kyrgyzstan in October": that past
            if status == "ongoing" and form == "ing" and _APPOSED_SUBJECT_AT_END.search(local) and _MAIN_MOVE_AFTER_APPOSITION.match(masked, m.end()):
                status = None  # "X, attending his first SADC meeting, travelled to Harare on Thursday": the main verb tells
            if status is None and form == "base" and (used := _USED_TO_GO.search(masked, max(0, m.start() - 100), m.start())) and not (
                    _PRE_NEG.search(masked, 0, used.start()) or _CONDITIONAL.search(masked, 0, used.start())):
                status = "completed"  # "had used his first full day in office to travel to Paris": went
            if status is None and form == "base" and _BECAME_FIRST_TO.search(pre) and not (_CONDITIONAL.search(pre) or _PRE_NEG.search(pre)):
                status = "completed"  # "In November 2023 he became the first Australian leader in seven years to visit China"
            if status is None and form == "ing" and _AFTER_GERUND.search(pre) and not (
                    _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _FUTURE_IN_CLAUSE.search(masked, 0, m.start())):
                status = "completed"  # "returned to South Africa on Saturday after attending a summit in Harare"
            if status is None and form == "ing" and _STAND_IN_WITH.search(pre) and _IN_HIS_PLACE.match(after.lstrip()) and not (
                    _CONDITIONAL.search(masked, 0, m.start()) or _FUTURE_IN_CLAUSE.search(masked, 0, m.start())):
                # "X stayed away, with Foreign Minister Y attending in his place": Y is there (now, if the day's news)
                status = "ongoing" if self._undated_or_today(sentence, m.start()) else "completed"
            if (status == "ongoing" and m.group(0)[:8].lower() == "arriving" and _COMMA_AT_END.search(pre)
                    and _WILL_WORD.search(pre) and not (_PRE_NEG.search(pre) or _CONDITIONAL.search(pre))):
                status = "planned"  # "will make the first visit to Angola, arriving in Luanda on Monday": the plan's arrival
            if status is None and participle and not _CONDITIONAL.search(masked, 0, c_start):
                # (the participle takes the tense of the clause it hangs on)
                status = ("completed" if _PAST_MAIN_VERB.search(main) and not _PRE_FUTURE.search(main) else
                          "ongoing" if _PRESENT_MAIN_VERB.search(main) else None)
            if status is None and _REPORTED_FUTURE.search(pre) and not _PRE_NEG.search(local) and not _CONDITIONAL.search(
                    after[: c.start()] if (c := _NEXT_CONJUNCT.search(after)) else after):
                status = "planned"  # "said he would travel to China": a reported plan
            # ("had also been due in X" too, unless what became of it follows in the sentence: ", but ... put off")
            if status is None and form == "base" and (_PRE_PAST_PLAN.search(local) or (
                    m.group(0)[:3].lower() in {"due", "exp"} and _HAD_BEEN_AT_END.search(local) and ", but" not in masked[m.end() :])) and not (
                    _PRE_NEG.search(local) or _CONDITIONAL.search(pre) or _HEARSAY.search(pre)):
                # "had been due to fly to X": a plan told as over; what became of it may be told nearby.
                plan_dests = self._destinations(sentence, m.end(), c_end, "future")
                if plan_dests:
                    self.past_plans.append(_PastPlan(self.sentence_index, travelers, plan_dests, sentence, m.start()))
            if status == "planned" and _NO_OFFICIAL_SUBJECT.search(pre):
                status = "declined"  # "X has said no American official will attend": he stays away too
            if status is None:
                continue
            if carried is not None and status == "ongoing" and (_CARRIED_AHEAD.search(pre) or _CARRIED_AHEAD.search(after)):
                status = "planned"  # "The final leg takes him to Ankara, where he is to hold talks": still ahead
            if status == "completed" and (_MOVED_TO.match(m.group(0)) or m.group(0)[:6].lower() in {"was in", "were i"}) and (
                    _STILL_THERE.match(masked, m.end())):
                status = "ongoing"  # "flew on to London, where Starmer will host him", "was in Beijing, where he will": there now
            if status == "completed" and _MOVED_TO.match(m.group(0)) and " where" in masked and _WHERE_WAS_DOING.match(masked, m.end()) and (
                    any(d.start > m.end() and d.value == self.published.isoformat() for d in sentence.dates("past"))):
                status = "ongoing"  # "flew on to Jordan, where she was meeting King Abdullah on Friday evening" in Friday's paper
            if status == "completed" and m.group(0)[:5].lower() == "spent" and re.search(
                    rf"\band\s+{self.published.strftime('%A')}\b", m.group(0)):
                status = "ongoing"  # "spent Thursday and Friday in Minsk" in Friday's paper: there still
            date_anchor = m.start()
            own_day: str | None = None  # (a day the verb's own words fix, past what the sentence's nearest date says)
            if status == "planned" and " where" in masked and (due := _DUE_THERE.match(masked, m.end())) is not None and (
                    self._date_near(sentence, m.start(), "future", visit=True) is None):
                date_anchor = due.end()  # "will board a train to Kyiv, where he is due to meet X on Friday": that day
            if status == "completed" and m.group(0).lower().startswith(("left for", "departed for")) and (
                    due := _DUE_THERE.match(masked, m.end())) is not None:
                status = "planned"  # "left for Washington on Sunday night, where he is due to meet Biden on Tuesday": on the way
                date_anchor = due.end()  # (dated by what is due there, not by the departure)
            if (form == "arrive_past" and status == "ongoing" and _HAD_AT_END.search(pre)
                    and self._date_near(sentence, m.start(), "past", visit=True) != self.published.isoformat()
                    and not _THAT_MORNING.search(masked, m.end(), c_end)):
                status = "completed"  # "Trump had arrived in South Korea on Wednesday": told as before the story's time
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
                if self._done_today(sentence, m.start(), own=(m.start(), m.end())):
                    status = "ongoing"  # "was in Riyadh on Wednesday evening" in Wednesday's paper: there now
            if status == "completed" and m.group(0)[:5].lower() == "chose" and self._date_near(
                    sentence, m.start(), "past", status="completed", visit=True) is None:
                continue  # ("chose Beijing for his first visit" with no time told: the choice, maybe of a trip still ahead)
            if status == "completed" and "year" in masked and _HABITUAL.search(masked, m.end(), c_end):
                continue  # ("has attended the summits in person in most years since 2014": a habit, no one trip)
            if status == "planned" and (" time" in masked or "due course" in masked) and "accept" not in masked and (
                    _VAGUE_TIME.search(masked, m.end(), c_end)):
                continue  # ("would visit the United States at an appropriate time": some day, not a plan; an invitation
                # accepted "at a convenient time" is one)
            if status == "planned" and "conditions" in masked and _WHEN_CONDITIONS.search(masked, m.end()):
                continue  # ("would visit Damascus when the conditions are right": some day, maybe, not a plan)
            if status == "planned" and "only" in masked and (only := _ONLY_ON_CONDITION.search(masked, m.end(), m.end() + 120)) is not None and (
                    " and " not in masked[m.end() : only.start()]):  # ("will fly to Ankara and travel on to Istanbul only if ...": the second leg's)
                continue  # ("would travel to Beijing only once the barriers had been lifted": a condition, not a plan)
            prefer = "future" if status == "planned" else "past"
            dests = self._destinations(sentence, m.end(), c_end, prefer, either=status in {"declined", "cancelled"})
            if (status == "completed" and dests and m.group(0)[:3].lower() in {"was", "wer"} and self.opening_day is not None
                    and dests[0][0] == self.opening_day[0] and self.opening_day[1] == self.published.isoformat()
                    and self._date_near(sentence, m.start(), "past", status="completed", visit=True) is None):
                status = "ongoing"  # "was in Johannesburg for the summit, which opened on Saturday" in Saturday's paper
            if (status == "completed" and dests and self.dateline is not None and dests[0][0] == self.dateline[0]
                    and (_RECEIVED_BY.match(m.group(0)) or m.group(0)[:3].lower() in {"was", "wer"})
                    and self._undated_or_today(sentence, m.start()) and not _BEFORE_LEAVING.search(masked, m.end())):
                status = "ongoing"  # "was received by Macron at the air base" with no day, in a story filed from Paris: today's news
            if not dests and form == "join" and status == "planned" and (obj := re.match(r"\s+PER(\d+)\b", masked[m.end() :])) and (
                    (joined := _per(ents, obj.group(1))).person is not None):
                # "X and Y said they would join him": on the trip he plans ("him" is none of them, whoever the
                # pronoun reader took it for)
                goers = {t.person for t in travelers}
                trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.status == "planned" and (
                    f.person is joined.person if joined.via != "pronoun" else f.person not in goers)), None)
                if trip is not None and trip.person not in goers:
                    dests = [(trip.host, trip.city, trip.occasion, 0.7)]
            if form == "skip" and m.group(0).lower().endswith(" in") and " stay " in m.group(0).lower():
                # "chose to stay in Berlin": away from the story's gathering, if Berlin is home (a stay abroad is no absence)
                homes = {self._home(t.person) for t in travelers if t.person is not None}
                if not dests or any(d[0] not in homes for d in dests) or self.context is None or self.context[0] in homes:
                    continue
                dests = [(self.context[0], self.context[1], self.context[2], 0.6)]
            if not dests and form in {"join", "skip"}:
                # (not the place of a like deed told after: "stayed away, as he did from the 2023 summit in New Delhi")
                # (nor the place of the reason: "pulled out on the eve of the summit after a fall at his home in Brasilia")
                like = _AS_HE_DID_AFTER.search(masked, m.end(), c_end) or _REASON_AFTER.search(masked, m.end(), c_end)
                dests = self._place_in_clause(sentence, m.end(), like.start() if like else c_end, prefer, m.start())
            if not dests and status in {"planned", "declined"} and re.match(r"\s+there\b", masked[m.end() :]) and (
                    places := self._places_told_before()):
                # "Biden will not continue to Switzerland for a conference on Ukraine. Harris will lead the delegation
                # there": the trip the sentence before told, else the last place it named
                told = next((f for f in reversed(self.facts) if f.kind == "visit"
                             and f.sentence is self.sentences[self.sentence_index - 1]), None)
                dests = [(told.host, told.city, told.occasion, 0.7)] if told is not None else [(places[-1].iso3, places[-1].city, None, 0.7)]
            if not dests and status in {"planned", "ongoing", "completed"} and _IN_HIS_PLACE.search(masked, m.end(), c_end) and (
                    stood := next((f for f in reversed(self.facts) if f.kind == "visit" and f.status == "declined"
                                   and (f.sentence is sentence or self.sentence_index > 0
                                        and f.sentence is self.sentences[self.sentence_index - 1])), None)) is not None and all(
                    t.person is not stood.person for t in travelers):
                # "Biden will not attend the Swiss gathering; Harris will lead the US delegation instead": where he won't go
                dests = [(stood.host, stood.city, stood.occasion, 0.7)]
            if not dests and (antecedent := _PLACE_THEN_WHICH_PER.search(masked, max(0, m.start() - 160), m.start())) is not None and (
                    (place := _per(ents, antecedent.group(1))).kind == "LOC"):
                # "the Cenotaph service in London, which the King attended on Sunday": the place of what was attended
                dests = [(place.iso3, place.city, None, 0.75)]
                if antecedent.group("on"):
                    date_anchor = antecedent.start("on")  # "the launch in Aarhus on July 3, which X attended": that day
            # The gathering the article is about, else (for a bare "attended") where the story is filed.
            if status == "declined" and (not dests or self.dateline is not None and all(d[0] == self.dateline[0] for d in dests)) and (
                    expected := self._expected_in_before(sentence, m.start())):
                dests = expected  # "X, who had been expected in Kuala Lumpur, joined by video": not where the story is filed
            gathering = self.context or (self.dateline + (None,) if self.dateline is not None and (
                m.group(0).lower().startswith("attend") or status == "declined") else None)  # ("stayed away", "did not make the trip")
            if not dests and status in {"planned", "declined"} and m.group(0).lower().startswith("attend") and _INTRANSITIVE_END.match(after) and (
                    told := _GATHERED_IN_BEFORE.search(masked, 0, m.start())) is not None and (place := _per(ents, told.group(1))).kind == "LOC":
                dests = [(place.iso3, place.city, None, 0.7)]  # "will gather leaders at Lancaster House in London, and X will attend"
            if not dests and status == "declined" and form == "base" and _INTRANSITIVE_END.match(after) and (
                    invited := _INVITED_TO_PLACE_BEFORE.search(masked, 0, m.start())) is not None and (
                    (place := _per(ents, invited.group(1))).kind == "LOC"):
                dests = [(place.iso3, place.city, None, 0.7)]  # "was invited to join him in Egypt, then decided not to go"
            if not dests and gathering is not None and (_INTRANSITIVE_END.match(after) or status in {"ongoing", "planned"} and _AS_ROLE.match(after)) and not (
                    form == "due" and (where_loc := _WHERE_PLACE.search(masked, 0, c_start)) and _per(ents, where_loc.group(1)).kind == "LOC"):
                # "opted not to attend", "will lead the delegation": the gathering the article is about (not "Berlin,
                # where he is due on Sunday": the place the clause hangs on, read below)
                verb = m.group(0).lower()
                if status in {"declined", "planned"} and re.match(r"(?:attend|go|com(?:e|ing)|travel|make|skip|stay|lead|head|represent|join|tak|took|pull|miss|stand|is\s|was\s|will\s)", verb) or (
                        re.match(r"(?:attend|lead|led|head|represent|came|made\s+the\s+trip|took\s+part|taking\s+part|stood|stand)", verb)):
                    # "heads the Russian delegation in person", "who is leading China's delegation":
                    # at the gathering the article is about, whatever the tense says of when.
                    iso3, city, occasion = gathering
                    dests = [(iso3, city, occasion, 0.65)]
                    # (a relative clause closed by a comma has its own day: "X, who also attended, used the meeting to ... in June")
                    # (only when the sentence's nearest day is weeks back: "who led the delegation, spoke on Friday" keeps Friday)
                    rel_end = masked.find(",", m.end()) if _WHO_AT_END.search(masked, max(0, c_start - 12), c_start) and (
                        (nearest := self._date_near(sentence, m.start(), "past", status="completed")) is not None
                        and nearest < (self.published - timedelta(days=14)).isoformat()[: len(nearest)]) else -1
                    if (status == "completed" and self.context is not None and not self.ceremony
                            and self._undated_or_today(sentence, m.start(), span=(c_start, rel_end) if rel_end > 0 else None)):
                        status = "ongoing"  # "represented Russia in person" at today's gathering: there now (not one that closed)
                        own_day = self.published.isoformat() if rel_end > 0 else None  # (the relative clause's day: today)
            if not dests and (self.context is not None and status in {"declined", "planned", "completed", "ongoing"} or (
                    gathering is not None and status in {"declined", "planned", "ongoing"})) and (
                    form in {"base", "past", "s", "ing"}) and m.group(0).lower().endswith(("to", "attend", "attending", "attends", "attended")) and (
                    _GATHERING_OBJECT.match(after)):
                # "decided not to travel to the inauguration", "flew to the summit": the gathering the article is about
                # (or, for a plan or an absence, where the story is filed: "will attend the ceremony")
                iso3, city, occasion = self.context or gathering
                dests = [(iso3, city, occasion, 0.65)]
            if not dests and gathering is not None and m.group(0).lower().startswith("attend") and _NAMED_GATHERING_OBJECT.match(after):
                # "also attended the East Asia Summit on Thursday": a meeting the gazetteer does not know, at the article's gathering
                iso3, city, occasion = gathering
                dests = [(iso3, city, occasion, 0.6)]
            if not dests and self.context is not None and form in {"skip", "join"} and (
                    _GATHERING_SENTENCE.search(masked[c_start:c_end]) or form == "join" and status == "declined"
                    or form == "skip" and _GATHERING_OBJECT.match(after)) and not (
                    status == "declined" and self._absence_told_in(sentence, travelers)):
                # "the first summit that Xi has skipped": the gathering is the verb's object, told before it (not
                # for "did not travel to Kuala Lumpur for the ASEAN summit, joining by video": the absence just told)
                iso3, city, occasion = self.context
                dests = [(iso3, city, occasion, 0.6)]
            # "is expected to arrive for it", "is expected to fly in later on Monday": a planned arrival, place told around
            bare_arrive = form == "base" and status in {"planned", "ongoing"} and " ".join(m.group(0).lower().split()) in {"arrive", "fly in", "land"}
            if not dests and (form in {"arrive", "arrive_past", "due", "past"} or bare_arrive) and _BARE_ARRIVAL_END.match(after):
                # ("Cambodia, where Xi is scheduled to arrive on Thursday": the place the relative clause hangs on)
                where_loc = _WHERE_PLACE.search(masked, 0, c_start)
                if where_loc and _per(ents, where_loc.group(1)).kind == "LOC":
                    place = _per(ents, where_loc.group(1))
                    dests = [(place.iso3, place.city, None, 0.8)]
            if not dests and (form in {"arrive", "arrive_past", "due"} or bare_arrive) and not _THING_BEFORE.search(pre) and (
                    _BARE_ARRIVAL_END.match(after) or form != "due" and _UNKNOWN_PLACE_ARRIVAL.match(after)) and (
                    (home_place := _HOME_PLACE_AFTER.match(after)) is None or travelers[-1].person is None
                    or _per(ents, home_place.group(1)).iso3 != self._home(travelers[-1].person)):
                # (not a named place at home: "Wong is expected to land in Canberra on Thursday" is the trip's end)
                # "The Indian leader arrived on Monday", "flew in from Delhi", "landed at Palam": where
                # the article has already put this traveller, else the gathering it is about.
                name = travelers[-1].person.name if travelers[-1].person else ""
                # (A past arrival is not at a place the article has only told as ahead: "will travel on to
                # Guyana ... Modi flew in from Nigeria" is the arrival at the summit.)
                known = self.last_host.get(name) or (self.planned_host.get(name) if form != "arrive_past" else None)
                origin = _ARRIVED_FROM.match(after)
                if known is not None and origin is not None and _per(ents, origin.group(1)).iso3 == known[0]:
                    known = None  # "came from Lima, where he had attended APEC": arrived here, from there
                if known is None and (visit_by := _VISIT_BY_WHO_AT_END.search(masked, max(0, m.start() - 120), m.start())) is not None and (
                        told := _LOC_TOKEN.findall(masked, 0, visit_by.start())):
                    # "X returns to Buenos Aires on Friday to prepare for a visit by Y, who is due to arrive on Saturday":
                    # the visit is where the host goes back to, not where the story is filed
                    host_place = _per(ents, told[-1])
                    known = (host_place.iso3, host_place.city, None) if host_place.kind == "LOC" and host_place.iso3 else None
                gathering = self.context
                came_from = origin or _FLYING_IN_FROM.match(after)
                if (gathering is not None and came_from is not None and self.dateline is not None and self.dateline[0] != gathering[0]
                        and _per(ents, came_from.group(1)).iso3 == gathering[0]):
                    gathering = None  # "HANOI — Biden arrived on Sunday, flying in from New Delhi, where ... the G20": come from it
                if gathering is not None and self.dateline is not None and travelers[-1].person is not None and (
                        gathering[0] == self._home(travelers[-1].person) != self.dateline[0]):
                    # "JAKARTA — Modi arrived on Wednesday, days before hosting the G20 summit": not at his own gathering
                    gathering = None
                where = known or gathering or (self.dateline + (None,) if self.dateline else None)
                if where is not None:
                    dests = [(where[0], where[1], where[2], 0.7)]
            if not dests and m.group(0).lower() in {"visited", "visit", "visits", "visiting"} and (at := _VISITED_AT.match(after)) is not None:
                place = _per(ents, at.group(1))  # "visited Biden at the White House in November"
                if place.kind == "LOC":
                    dests = [(place.iso3, place.city, None, 0.75)]
            if not dests and m.group(0).lower() == "visited" and _BARE_ARRIVAL_END.match(after):
                # "failed to arrest him when he visited in April": the country the sentence names.
                named = [e for e in re.findall(r"LOC(\d+)", masked[c_start : m.start()]) if not _per(ents, e).city]
                if named:
                    place = _per(ents, named[-1])
                    dests = [(place.iso3, None, None, 0.7)]
            if not dests and (self.dateline is not None or self.context is not None) and _HERE.match(after):
                # "arrived here on Tuesday"; in a live page from a gathering with no dateline, the gathering's place
                iso3, city = self.dateline if self.dateline is not None else self.context[:2]  # type: ignore[index]
                dests = [(iso3, city, None, 0.75)]
            if not dests and form == "join" and status == "completed" and m.group(0).lower().startswith("joined") and (
                    joined := _JOINED_COMPANIONS.match(masked, m.end())) is not None:
                # "Merz joined them a few minutes later": where the ones joined, told just before as there now, are
                recent = self.sentences[max(0, self.sentence_index - 2) : self.sentence_index + 1]
                whom = _per(ents, joined.group(1)).person if joined.group(1) else None
                told = {(f.host, f.city, f.occasion) for f in self.facts if f.kind == "visit" and f.status == "ongoing"
                        and any(f.sentence is r for r in recent) and (whom is None or f.person is whom)}
                if len(told) == 1:
                    host, city, occasion = told.pop()
                    dests, status = [(host, city, occasion, 0.7)], "ongoing"
                    if (along := _ALONG_WITH_IN.search(joined.group("rest"))) is not None:
                        travelers = [*travelers, *(_per(ents, i) for i in _PER_INDEX.findall(along.group(1)))]
            if not dests and form == "skip" and status == "declined" and (
                    named := _PLACE_GATHERING_BEFORE.search(masked, c_start, m.start())) is not None and (
                    (place := _per(ents, named.group(1))).kind == "LOC"):
                dests = [(place.iso3, place.city, None, 0.7)]
            if not dests and (form in {"arrive", "arrive_past", "due"} or bare_arrive):
                continue
            if status == "declined" and form == "skip" and dests and all(
                    t.person is not None and self.last_host.get(t.person.name, (None,))[0] == dests[0][0] for t in travelers):
                continue  # "flew in on Wednesday ..., left after the meeting and will miss the leaders' sessions": was there
            base = 0.9 if form not in {"join"} else 0.8
            tense = _telling_tense(status, local, m.group(0))
            if dests and (also := _AS_IS_ALSO.search(masked, m.end())) is not None and also.start() < len(masked):
                travelers = [*travelers, _per(ents, also.group(1))]  # "X is expected to arrive for it, as is Y"
            if dests and status == "planned" and (companion := self._titled_companion(sentence, m.end(), c_end)) is not None and all(
                    t.person is not companion.person for t in travelers):
                travelers = [*travelers, companion]  # "said he would travel to New York with President X": X too
            if dests and status == "planned" and (along := _ALONG_WITH_AFTER.match(masked, m.end())) is not None:
                # "X and Y confirmed they would be in Washington, along with Italy's Z and the Commission's W"
                travelers = [*travelers, *(_per(ents, i) for i in _PER_INDEX.findall(along.group(1)))]
            elif dests and status in {"ongoing", "completed"} and " along" in masked and (
                    along := _ALONG_WITH_NAMES.match(masked, m.end())) is not None:
                # "is also attending, along with Burundi's X": X is there too
                travelers = [*travelers, *(_per(ents, i) for i in _PER_INDEX.findall(along.group(0)))]
            if dests and status == "completed" and joined_in is not None:
                # "A joined B and C at the Elysee in Paris": B and C were there too (a host at home is no trip)
                # (not where the one joining is at home: "Starmer joined Trump at Turnberry" is the host calling on a
                # guest whose stay the story tells; nor once the story has put them there)
                if any(t.person is not None and self._home(t.person) != dests[0][0] for t in travelers):
                    travelers = [*travelers, *(t for i in _PER_INDEX.findall(joined_in.group(0)) if (t := _per(ents, i)).person is not None
                                               and self.last_host.get(t.person.name, (None,))[0] != dests[0][0])]
            if dests and m.group(0)[:7].lower() == "accompa" and (led := _PER_INDEX.search(m.group(0))) is not None:
                if any(f.kind == "visit" and f.person is _per(ents, led.group(1)).person and f.host == dests[0][0] for f in self.facts):
                    continue  # (a trip already told: the companion shares it, status and day, by the companions' rule)
                travelers = [*travelers, _per(ents, led.group(1))]  # "will accompany Biden to France": Biden goes too
            if status == "completed" and self._add_legs(travelers, status, sentence, m.end(), c_end, base, tense):
                continue
            if m.group(0)[-2:].lower() == "to" and self._add_legs(travelers, status, sentence, m.end(), c_end, base, tense,
                                                                  legs=_to_legs(masked, m.end(), c_end)):
                continue
            # ("It will be his first visit since he attended the UN General Assembly in 2015": a trip before the one
            # told, which settles no plan)
            earlier = status == "completed" and _SINCE_SUBJECT_AT_END.search(masked, max(0, m.start() - 40), m.start()) is not None
            if (status == "ongoing" and form == "arrive_past" and dests and self.context is not None and dests[0][0] == self.context[0]
                    and sentence is not self.sentences[0] and self._opening_tells_gathering_over()
                    and (arrived := self._date_near(sentence, m.start(), "past", visit=True)) is not None and len(arrived) == 10
                    and (self.published - date.fromisoformat(arrived)).days >= 3):
                # "flew in on Tuesday" in Friday's paper, for a summit the opening says "closed on Thursday": done (an arrival
                # a day or two back may still be there: a state visit after the summit)
                status = "completed"
            if form == "join" and status == "completed" and m.group(0).lower().startswith("joined"):
                # ("joined the SCO foreign ministers in Tianjin on Tuesday": the place is told, the day too, so it stands)
                # ("joined Southeast Asian leaders at the ASEAN summit on Wednesday": a gathering named, so it stands too)
                if not (dests and (_JOINED_MINISTERS_IN.match(masked, m.end()) or joined_in is not None
                                   or _JOINED_AT_NAMED_GATHERING.match(masked, m.end()))):
                    if not (dests and (self._done_today(sentence, m.start()) or self._day_before_or_today(
                            self._date_near(sentence, m.start(), "past", visit=True)))):
                        continue  # (a gathering joined days ago may be another one; the day before, it runs on)
                    status = "ongoing"  # "joined the summit session on Tuesday morning" in Tuesday's paper: there now
            if form == "join" and status == "declined" and self._absence_told_in(sentence, travelers):
                continue  # "did not travel to Kuala Lumpur for the summit, joining the meetings by video": that absence, told again
            if dests and dests[0][0] and " from " in m.group(0) and m.group(0).endswith("day to"):
                # "moved from Warsaw on Monday to Berlin on Tuesday": the day told before "to" is the first place's
                day = next((d.value for d in sentence.dates(prefer) if m.end() <= d.start <= m.end() + 30), None)
                if day is not None:
                    self.leg_days.setdefault((sentence.start, dests[0][0]), day)
            if status == "completed" and dests and _LEFT_FOR_VERB.match(m.group(0)) and self._undated_or_today(sentence, m.start()):
                status = "ongoing"  # ("left for Beijing on Thursday" in Thursday's paper: the trip is under way)
            if status == "ongoing" and dests and m.group(0)[:2].lower() in {"wi", "wo"} and any(
                    f.kind == "visit" and f.status == "planned" and f.host == dests[0][0] and any(t.person is f.person for t in travelers)
                    for f in self.facts):
                continue  # ("will fly there on Sunday. He will remain in Washington until Thursday": the plan's length)
            if (status == "completed" and dests and self.dateline is not None and dests[0][0] == self.dateline[0]
                    and m.group(0)[:8].lower() == "attended" and dests[0][3] <= 0.65 and self.context is None and not self.ceremony
                    and self._opening_is_today()
                    and self._date_near(sentence, m.start(), "past", status="completed", visit=True) in {None, self.published.isoformat()}):
                # "BERLIN — Scholz hosted a summit with Central Asian leaders on Friday. X and Y attended the talks" in
                # Friday's paper: the gathering where the story is filed, under way (not a gathering the tagger has a
                # name for, nor a ceremony: a funeral or a summit told over is done by the evening)
                status = "ongoing"
            if own_day is None and status in {"completed", "cancelled"} and _AND_THEN_AT_END.search(masked, max(0, m.start() - 12), m.start()) and (
                    (own := next((d for d in sentence.dates("past") if m.end() <= d.start < c_end and len(d.value) >= 7), None)) is not None
                    and " and " not in masked[m.end() : own.start]):
                # "flew to Florida ... on Jan. 4 and went back to the United States for his inauguration on Jan. 20": the
                # second going's own day, told after it (not the first's, nearer before)
                own_day = own.value
            if own_day is None and "same day" in after and sentence.previous is not None and (
                    _THAT_SAME_DAY.match(after.lstrip()) is not None) and not sentence.dates("past"):
                # "Wong and Jaishankar flew in later the same day": the day the sentence before told
                own_day = next((d.value for d in reversed(sentence.previous.dates("past")) if len(d.value) == 10), None)
            if own_day is None and status == "ongoing" and masked[:1].isdigit() and _LIVE_ENTRY_HAS_ARRIVED.match(masked) and not (
                    sentence.dates("past")):
                own_day = self.published.isoformat()  # "09:40 - Zelensky has arrived" on a live page: today, not the day it opened
            self._add_visit(travelers, dests, status, sentence, date_anchor, base, tense, earlier=earlier, told_date=own_day)
            if dests and status in {"ongoing", "planned"} and (stood_for := _STOOD_IN_FOR.match(m.group(0))) is not None:
                # "Li Qiang is standing in for Xi Jinping at the G20": Xi stays away from it
                self._add_visit([_per(ents, stood_for.group(1))], dests, "declined", sentence, date_anchor, base, remember=False)

    @staticmethod
    def _titled_companion(sentence: Sentence, start: int, end: int) -> Entity | None:
        """The leader told by title as company between ``start`` and ``end`` ("with President X", "alongside President X"),
        not one met ("for talks with President X"); a bare name after "with" is as often someone met."""
        masked = sentence.masked
        if " with" not in masked[start:end] and " alongside" not in masked[start:end]:
            return None
        told = _WITH_LEADER_AFTER.search(masked, start, end)
        if told is None or _MET_WITH_AT_END.search(masked, max(0, told.start() - 40), told.start()):
            return None
        companion = _per(sentence.entities, told.group(1))
        if companion.person is None or companion.start < 0 or not _LEADER_TITLED.search(
                sentence.text, max(0, companion.start - 20), companion.start):
            return None
        return companion

    @staticmethod
    def _expected_in_before(sentence: Sentence, pos: int) -> list[tuple[str, str | None, str | None, float]]:
        """The place "X, who had been expected in Kuala Lumpur, ..." names before ``pos`` (none: [])."""
        if "expected" not in sentence.masked or (expected := _EXPECTED_IN.search(sentence.masked, 0, pos)) is None:
            return []
        place = _per(sentence.entities, expected.group(1))
        return [(place.iso3, place.city, None, 0.7)] if place.kind == "LOC" else []

    def _absence_told_in(self, sentence: Sentence, travelers: list[Entity]) -> bool:
        """Whether this sentence has already told one of ``travelers`` staying away from somewhere."""
        return any(f.sentence is sentence and f.kind == "visit" and f.status == "declined"
                   and any(f.person is t.person for t in travelers) for f in self.facts)

    def _visit_nouns(self, sentence: Sentence) -> None:
        """Nouns: "a visit to", "his trip to", "the visit by X to"; a stay told where the story is filed."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        # Nouns: "a visit to", "his trip to", "the visit by X to".
        # Up to 8 words back: the longest run of adjectives before the noun ("first official state visit").
        for m in _matches_near(_NOUN_RX, _NOUN_GATE, masked, 8, _NOUN_TAIL):
            c_start, c_end = _clause_bounds(masked, m.start())
            by = None
            # (a point in a stay told before the noun: "met Y on Thursday, near the end of a visit to X")
            frame = _STAY_FRAME_AT_END.search(masked, max(0, m.start() - 50), m.start()) if _has_any(masked, _STAY_FRAME_WORDS) else None
            if m.group("bi") or m.group("bp"):
                travelers = [_per(ents, m.group("bi") or m.group("bp"))]
            elif (by := _BY_AFTER_PLACE.match(masked, m.end())) is not None:
                travelers = [_per(ents, by.group("per"))]  # "a week-long trip to LOC0 in October by Foreign Minister PER1"
            else:
                travelers = self._owner_or_travelers(sentence, m.start(), c_start)
                if (len(travelers) == 1 and frame is not None and (subject := _SENTENCE_SUBJECT.match(masked)) is not None
                        and _per(ents, subject.group(1)) is not travelers[0]):
                    # "X met Y on Thursday, on the last day of a visit to the United States": the sentence's subject's
                    # stay, not the one he met
                    travelers = [_per(ents, subject.group(1))]
            if not travelers:
                continue
            # The noun's own stretch of the clause, between commas: "After two visits to X, now ...".
            left = masked.rfind(",", c_start, m.start())
            right = masked.find(",", m.end(), c_end)
            if left >= 0 and _INCLUDING_AT_END.match(masked, left + 1, m.start()):
                # "has made a string of trips this year, including visits to China and India": the clause's verb tells them
                if _NEGATED_AUX.search(masked, c_start, left):
                    continue  # ("has not made many trips this year, including ...")
                left = -1
            pre = masked[(left + 1 if left >= 0 else c_start) : m.start()]
            clause = masked[(left + 1 if left >= 0 else c_start) : (right if right >= 0 else c_end)]
            status = self._status_for_noun(m.group("noun"), pre, clause)
            if status in {None, "completed", "planned"} and "had" in pre and _PAST_PLAN_NOUN_AT_END.search(pre) and not (
                    _PRE_NEG.search(pre) or _CONDITIONAL.search(pre) or _HEARSAY.search(pre)):
                # "had meant to close his term with a visit to Rome": a plan told as over; what became of it may follow
                if plan_dests := self._destinations(sentence, m.end(), c_end, "future"):
                    self.past_plans.append(_PastPlan(self.sentence_index, travelers, plan_dests, sentence, m.start()))
                continue
            rel_day = None
            if status is None and (rel := _RELATIVE_THEN_VERB.match(masked, right if right >= 0 else c_end)) is not None:
                # "PER's visit to Abuja, which began last Saturday, was the first in 17 years": the verb past the
                # relative clause is the noun's
                verb_end = masked.find(",", rel.start("verb"))
                status = self._status_for_noun(m.group("noun"), pre, clause + " " + masked[rel.start("verb") : verb_end if verb_end >= 0 else len(masked)])
                # (dated by the relative clause: "which began last Saturday")
                rel_day = next((d.value for d in sentence.dates("past") if rel.start() <= d.start < rel.start("verb")), None)
            if status == "ongoing" and _BEGINS_AT_END.search(pre) and (
                    (ahead := self._date_near(sentence, m.start(), "future", status="planned", visit=True)) is not None
                    and ahead > self.published.isoformat()[: len(ahead)]):
                status = "planned"  # "On Wednesday he begins a two-day state visit to Chile" in Sunday's paper: ahead
            if status == "ongoing" and _ON_A_TRIP_AT_END.search(pre) and (
                    (when := self._date_near(sentence, m.start(), "past", status="completed", visit=True)) is not None
                    and len(when) == 10 and (self.published - date.fromisoformat(when)).days >= 2):
                status = "completed"  # "spent Wednesday in Pyongyang on a state visit" in Friday's paper: over
            if "ending" in pre and _ENDING_TOUR_AT_END.search(pre):
                continue  # ("before ending the tour in Latvia": a going verb's)
            if _NOUN_SUPPOSED_AFTER.match(masked, m.end()):
                continue  # "A Putin visit to Hungary would have tested the court": supposed, not made
            if status == "completed" and _ON_THE_CALENDAR.match(masked, m.end()):
                status = None  # "his trip to the White House is still on the calendar for Nov. 7": ahead ("on" is no past here)
            if status is None and _AND_THEN_BARE.match(pre) and _WILL_BEFORE.search(masked, max(0, c_start - 200), left):
                status = "planned"
            if status is None and not (_CONDITIONAL.search(pre) or _PRE_SPEC.search(pre) or _PRE_NEG.search(pre)
                                       or _CANCEL_RX.search(clause) or _NOUN_PLANNED.search(clause) or _ON_THE_CALENDAR.match(masked, m.end())
                                       or _NOUN_FUTURE_AFTER.match(masked, m.end())
                                       or m.group("noun").lower().startswith(("attendance", "presence", "participation"))):
                # "his trip to Moscow in July last year, ...": a trip dated in the past is over.
                when = self._date_near(sentence, m.end(), "past", status="completed", visit=True)
                if when is not None and (when < self.published.isoformat()[: len(when)]
                                         or _JUST_PAST.match(masked, m.end())):  # "his state visit to China last week"
                    status = "completed"
            if status is None and self._past_timeline_entry(sentence) is not None and not (
                    _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _CANCEL_RX.search(clause)):
                status = "completed"  # "May 2024: A state visit to China ... runs from May 16-17": a past entry
            if status is None and _NOUN_FUTURE_AFTER.match(masked, m.end()) and not (
                    _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _CANCEL_RX.search(clause)):
                status = "planned"  # "Lula's state visit to Beijing will take place in April"
            if status == "completed" and _NOUN_PLANNED.search(clause) and not ("during" in pre and _DURING_AT_END.search(pre)):
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
            if status in {None, "completed"} and left >= 0 and right >= 0 and _ON_OWN_TRIP.match(pre) and not (
                    _CONDITIONAL.search(masked, c_start, m.start()) or _CANCEL_RX.search(clause)):
                # "X, on his first trip to China in seven years, held talks with Y on Sunday" in Monday's paper: there now
                when = self._date_near(sentence, m.end(), "past", status="completed", visit=True)
                place = _LOC_INDEX.search(masked, m.end(), c_end)
                if self._day_before_or_today(when) or (
                        when is None and self.context is not None and place is not None
                        and _per(ents, place.group(1)).iso3 == self.context[0] and not _STAY_ENDED.search(masked)
                        and self._undated_or_today(sentence, m.end())):
                    # (undated, it may be a trip recalled days later; but not to the gathering the story is about,
                    # told as today's news: "12:50 X, on his first visit to South Africa, said ...")
                    status = "ongoing"
            if status in {None, "completed"} and frame is not None and not frame.group("over") and (
                    self._day_before_or_today(self._date_near(sentence, m.start(), "past", status="completed", visit=True))):
                status = "ongoing"  # "met Y on Thursday, near the end of a visit that began on Sunday" in Friday's paper
            if status is None and sentence is self.sentences[0] and _LIVE_COVERAGE_OF_AT_END.search(pre):
                status = "ongoing"  # a live page on "the Russian president's visit to Mongolia": under way
            if status == "completed" and left >= 0 and _APPOSED_OWNER.match(pre) and _WILL_BEFORE.search(masked, max(0, left - 160), left):
                status = "planned"  # "X will receive Merz on Oct. 30, Merz's first visit to Turkey since taking office"
            if status is None or _HEARSAY.search(masked, c_start, m.start()):
                continue  # "denied a report that X was preparing a trip to Y": no trip
            if ("likely" in lower or "possible" in lower or "doubt" in lower or "off the table" in lower) and _TRIP_WEIGHED_AFTER.match(masked, m.end()):
                continue
            if status == "completed" and _PLANNED_PROGRAMME.search(masked, 0, m.start()):
                continue  # "had been due to arrive ... for three days of engagements, including a visit to X": the plan's
            if status == "completed" and _MOVED_TO.match(m.group(0)) and _STILL_THERE.match(masked, m.end()):
                status = "ongoing"  # "flew on to London, where Starmer will host him": there now
            prefer = "future" if status == "planned" else "past"
            if status == "completed" and self._add_legs(travelers, status, sentence, m.start("prep"), c_end, 0.85, None):
                continue
            dests = self._destinations(sentence, m.end(), c_end, prefer)
            if status == "completed" and "leg of" in pre and _FIRST_LEG_OF_END.search(pre):
                # "arrived in Amman on the first leg of his three-nation visit to Jordan, Ethiopia and Oman": the rest
                # of the tour is ahead (the first stop is the arrival just told)
                told = {f.host for f in self.facts if f.sentence is sentence and any(f.person is t.person for t in travelers)}
                dests, status = [d for d in dests if d[0] not in told], "planned"
            if left >= 0 and _APPOSED_NOUN.match(pre) and any(
                    f.sentence is sentence and f.host == d[0] and any(f.person is t.person for t in travelers)
                    for f in self.facts for d in dests):
                continue  # "flies on Tuesday to China, the first visit to Beijing by ... since 2019": the trip just told
            if status == "completed" and "first" in m.group(0) + pre[-12:] and _SINCE_AFTER.match(masked, m.end()) and any(
                    f.kind == "visit" and f.sentence is not sentence and f.status in {"ongoing", "completed"} and f.host == d[0]
                    and any(f.person is t.person for t in travelers) for f in self.facts for d in dests):
                continue  # "It was Kuleba's first visit to India since the invasion in February 2022": the trip told before
            if by is not None and not (status == "completed" and by.group("when") and (
                    (when := self._date_near(sentence, m.end(), "past", status="completed", visit=True)) is not None
                    and when < self.published.isoformat()[: len(when)])):
                continue  # (only a trip told as made, at a time: "no dates are set for a visit to LOC0 by PER1")
            self._add_visit(travelers, dests, status, sentence, m.start(), 0.85, told_date=rel_day if status == "completed" else None)
        # "PER0, on a two-day visit, said", "during his state visit here": the dateline's country.
        if self.dateline is not None and ("visit" in lower or "trip" in lower or "tour" in lower or "here" in lower or "welcome" in lower):
            self._dateline_stay(sentence)

    def _meetings(self, sentence: Sentence) -> None:
        """Meetings and talks in a stated place."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        # Meetings and talks in a stated place.
        for m in _matches_near(_MEET_RX, _MEET_GATE, masked, 1):  # "hold talks": one word before "talk"
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _MODAL_AT_END.search(pre) and not _PRE_FUTURE.search(pre):
                continue
            if _HEARSAY.search(pre):
                continue  # "poured cold water on reports that X was preparing to meet Y in Budapest": a rumour, no plan
            verb = m.group("verb").lower()
            if verb == "talks" and not _AFTER_TALKS_AT_END.search(pre):
                continue  # ("peace talks with Hamas", "will hold talks with": other cues' or none)
            if verb.startswith("meeting ") and "between" in verb:
                # ("follows a meeting between A and B in June": held, when its day is past; else not told as held)
                when = self._date_near(sentence, m.end(), "past", visit=True)
                if _PROSPECT_AT_END.search(pre):
                    continue  # "a possible meeting between A and B at the APEC summit in November": not held
                if when is None or when >= self.published.isoformat()[: len(when)] or _PRE_FUTURE.search(pre) or (
                        _PLAN_WORD.search(masked, m.end(), c_end)):
                    continue  # ("... will take place in Alaska on Aug. 15": ahead, whatever the day's reading)
                verb = "met"
            if verb.startswith(("during", "after")):
                # "laid the groundwork during talks in Washington", "spoke, a day after talks in Beijing with X": as the
                # clause's verb tells it (none: "presses the point")
                told_past = _NOUN_PAST.search(pre) is not None or not _PAST_VERBS.isdisjoint(pre.lower().split())
                status = "planned" if _PLAN_WORD.search(pre) else "completed" if told_past else None
            elif verb == "meet" and _DROPPED_PLAN_AT_END.search(pre):
                status = "cancelled"  # "had called off plans to meet Putin in Budapest"
            elif verb == "met" and _TO_HAVE_AT_END.search(pre):
                status = "cancelled"  # "In Lisbon he was to have met President X": a meeting that did not happen
            elif verb == "meeting" and _GATHERING_VERB_THE_AT_END.search(pre):
                continue  # ("Lula, in Italy on Friday, said he would skip the meeting": not a meeting in Italy)
            elif _PRE_FUTURE.search(pre) or verb == "meet" and re.search(r"\bwill\b", pre):
                status = "planned"
            elif verb in {"meeting", "holding talks"} and _AFTER_DOING.search(pre):
                status = "completed"  # "after meeting Xi in Busan on Thursday"
            elif verb == "meeting" and _DONE_TRIP_BEFORE_PARTICIPLE.search(pre):
                status = "completed"  # "X made the same journey in September, meeting Y in Busan": X went
            elif verb == "meeting" and _WAS_AT_END.search(pre):
                status = "completed"  # "as PER3 did at last year's meeting in LOC2": was there
            elif verb == "meeting" and _HAD_A_MEETING_AT_END.search(pre):
                status = "completed"  # "used a meeting with Xi on the sidelines to raise ...", "had a brief meeting with"
            elif verb in {"meets", "holds talks", "meeting", "holding talks", "sits down", "sitting down", "has begun talks", "have begun talks",
                          "begins talks"} and not re.search(r"\b(?:was|were)\s+$", pre):
                status = "ongoing" if verb != "meeting" or _PRE_BE.search(pre) else None
            elif verb in {"meet", "hold talks", "see"} or verb.startswith(("sit", "hold ")):
                status = None
            else:
                status = "completed"
            if status == "planned" and (tail := masked[m.end() : c_end]) and ("if" in tail or "unless" in tail) and _IF_UNLESS.search(
                    tail[: c.start()] if (c := _NEXT_CONJUNCT.search(tail)) else tail):
                continue  # "would seek a meeting in Washington if he won": only supposed, as a going is
            if status is None:
                continue
            # Who meets: the subject before the verb and whom it meets right after it ("met PER1",
            # "talks with PER1 and PER2"), not a leader named later in the clause ("before a deadline set
            # by PER2"), nor the one who sent an envoy ("PER0's special envoy X met PER1").
            met = _MET_OBJECTS.match(masked, m.end())
            if met is None and (place_first := _PLACE_THEN_WITH.match(masked, m.end())) is not None:
                met = _MET_OBJECTS.match(masked, place_first.end())
            # (A possessive is never the one meeting: "ahead of PER0's visit, officials met".)
            # "..., since PER2 sat down with PER0 in Geneva": the meeting's clause starts at "since".
            from_at = c_start
            for sub in _SUBORDINATOR.finditer(masked, c_start, m.start()) if _has_any(lower, _SUBORDINATOR_WORDS) else ():
                # (a subject, not a possessive: "on his first trip since his inauguration, held talks" is the subject's)
                named = [t for t in _PER_INDEX.finditer(masked, sub.end(), m.start())
                         if _per(ents, t.group(1)).surface.lower() not in {"his", "her", "their"}]
                if any(not masked.startswith(("'s", "’s"), t.end()) for t in named):
                    from_at = sub.end()
                elif named:
                    from_at = m.start()  # "a day after PER3's special envoy, Steve Witkoff, held talks with PER2": the envoy met him
            if from_at == c_start and verb != "talks" and (other := _OTHERS_MET_AFTER.search(masked, c_start, m.start())) is not None and not (
                    _PRONOUN_SUBJECT.fullmatch(other.group(1).strip())):
                from_at = m.start()  # "a day after Russian and Ukrainian delegations met in Istanbul": others met
            if from_at == c_start and _UNKNOWN_SUBJECT.match(masked, c_start) and _APPOSITION_CLOSED.search(masked, c_start, m.start()):
                from_at = m.start()  # "Witkoff, a long-time friend of PER0, has met PER1": the stranger met PER1
            participants = [_per(ents, t.group(1)) for t in _PER_INDEX.finditer(masked, from_at, met.end() if met else m.end())
                            if not masked.startswith(("'s", "’s"), t.end())
                            and _per(ents, t.group(1)).surface.lower() not in {"his", "her", "their"}  # ("for his work")
                            # ("After talks with X, Y returned to Poland and met Z": X met Y before, elsewhere)
                            and not (t.start() < m.start() and _TALKS_WITH_AT_END.search(masked, max(0, t.start() - 24), t.start()))]
            if not any(not masked.startswith(("'s", "’s"), t.end()) for t in _PER_INDEX.finditer(masked, from_at, m.start())):
                # "PER0, who met PER1 in LOC2 last Friday, ...", "PER0, who attended ..., held talks with PER4":
                # the subject told before the clause.
                rel = [r for r in _WHO_AFTER_PER.finditer(masked, max(0, m.start() - 150), m.start())]
                participants = [_per(ents, rel[-1].group(1))] + participants if rel else participants
            uniq: list[Entity] = []
            for p in participants:
                if p.person and all(q.person is not p.person for q in uniq):
                    uniq.append(p)
            prefer = "future" if status == "planned" else "past"
            # Talks "on energy supplies ... to China", "about the war in Gaza": the topic names
            # places the meeting is not in, so the place is looked for before the topic starts.
            topic = _MEET_TOPIC.search(masked, m.end(), c_end)
            if "before" in masked and (later := _BEFORE_NEXT_DEED.search(masked, m.end(), topic.start() if topic else c_end)) is not None:
                topic = later
            if " and " in masked and (later := _AND_DUE_NEXT.search(masked, m.end(), topic.start() if topic else c_end)) is not None:
                topic = later
            if "ing" in masked and (later := _CAUSED_NEXT.search(masked, m.end(), topic.start() if topic else c_end)) is not None:
                topic = later
            # ("flew first to Beijing, where he met Xi, then to Washington": past the "where" clause, the next leg is the
            # subject's alone, not the one met)
            where_subject = _WHERE_SUBJECT_AT_END.search(masked, max(0, m.start() - 30), m.start()) if "where" in masked else None
            where_leg = _NEXT_LEG_AFTER_COMMA.search(masked, m.end(), topic.start() if topic else c_end) if where_subject else None
            dests = self._place_in_clause(sentence, m.end(), topic.start() if topic else c_end, prefer, m.start(),
                                          where_only=True)
            if not dests and m.group("verb").startswith("meeting in"):
                # "a Nov. 16 meeting in San Francisco between A and B": the place told inside
                dests = self._place_in_clause(sentence, m.start(), m.end(), prefer, m.start(), where_only=True)
            if not dests and verb != "talks":  # ("invest in India, X announced after talks with Y": not the talks' place)
                # Before the verb only "in/at X" places the meeting: "invited X to Y when they met" does not.
                dests = [d for d in self._place_in_clause(sentence, c_start, m.start(), prefer, m.start(), where_only=True)]
            if not dests and _THERE_OPENING.match(masked) and (places := self._places_told_before()):
                # "...began on Friday in Geneva. There he sat down with ...": the place the sentence before ended on
                dests = [(places[-1].iso3, places[-1].city, None, 0.7)]
            if not dests and self.dateline is not None and _HERE_ANYWHERE.search(masked, c_start, c_end):
                dests = [(self.dateline[0], self.dateline[1], None, 0.75)]  # "during talks here": the dateline
            if not dests and self.context is not None and ("sidelines" in lower or "margins" in lower) and (
                    _SIDELINES_OF_OURS.search(masked, c_start, c_end)):
                iso3, city, occasion = self.context  # "held talks with X on the sidelines": of the story's gathering
                dests = [(iso3, city, occasion, 0.7)]
                when = self._date_near(sentence, m.start(), "past", visit=True)
                if status == "completed" and (self._day_before_or_today(when)
                                              or when is None and self.dateline is not None and self.dateline[0] == iso3
                                              and self._undated_or_today(sentence, m.start())):
                    status = "ongoing"  # (met there yesterday: still at the gathering, unless told over)
                elif status == "planned" and self.opening_day is not None and self.opening_day[0] == iso3 and (
                        self._date_near(sentence, m.start(), "future", visit=True) in {None, self.published.isoformat()}):
                    # "is due to meet Trump on the sidelines this afternoon" at a gathering under way: both are there
                    status = "ongoing"
            if not dests and self.context is not None and verb == "met":
                # A meeting with no place in a story about a gathering, at it and there now: "12:20 - Albanese has met
                # Zelensky" on its live page, or "RIO DE JANEIRO — ... Keir Starmer met Xi Jinping on Monday" in Tuesday's
                # paper filed from it (not for someone the article has elsewhere, or still on the way)
                when = self._date_near(sentence, m.start(), "past", visit=True)
                iso3, city, occasion = self.context
                if _HAS_AT_END.search(pre) and when is None or (
                        self.dateline is not None and self.dateline[0] == iso3 and status == "completed" and self._day_before_or_today(when)
                        and not any(p.person is not None and (self.last_host.get(p.person.name, self.context)[0] != iso3
                                                              or self.planned_host.get(p.person.name, (None,))[0] == iso3)
                                    for p in uniq)):
                    dests, status = [(iso3, city, occasion, 0.65)], "ongoing"
            hosts_met = [_per(ents, i) for i in _PER_INDEX.findall(met.group(0))] if met else []
            if verb.startswith("joined"):
                hosts_met += [_per(ents, i) for i in _PER_INDEX.findall(m.group(0))]  # ("joined President X at ...")
            if not dests and verb.startswith("joined") and (joined := _per(ents, _PER_INDEX.search(m.group(0)).group(1))).person and (
                    (there := self.last_host.get(joined.person.name)) is not None):
                dests = [(there[0], there[1], None, 0.7)]  # "joined him on Thursday for the meeting": where he is
            if not dests and self.dateline is not None and status != "planned" and any(
                    p.person is not None and self._home(p.person) == self.dateline[0] for p in hosts_met) and not any(
                    p.person is not None and self.last_host.get(p.person.name, self.dateline)[0] != self.dateline[0] for p in uniq):
                # "held talks with Putin after the parade" in a story filed from Moscow: met at his home,
                # today unless told otherwise (unless the article has put them elsewhere).
                dests = [(self.dateline[0], self.dateline[1], None, 0.7)]
                if status == "completed" and self._undated_or_today(sentence, m.start()):
                    status = "ongoing"
            if (status == "completed" and dests and self.dateline is not None and dests[0][0] == self.dateline[0]
                    and self._done_today(sentence, m.start())):
                status = "ongoing"  # "GENEVA — X sat down with Y in Geneva on Friday" in Friday's paper: there now
            # "Met X in Beijing on Tuesday" is a finished meeting; whether the guest is still there
            # is told by other sentences ("is in Beijing", "arrived on Monday"): see _one_stay.
            # ("arrived in Prague on Wednesday after talks with X in Berlin on Tuesday": the talks' own day, told after them)
            told = next((d for d in sentence.dates("past") if m.end() <= d.start < c_end), None) if verb == "talks" else None
            if told is not None and "day" in masked and _THAT_SAME_DAY.search(masked, m.end(), told.start) is not None:
                # ("flew in on Wednesday night after talks in Tashkent earlier that day, ... to Kazakhstan on Tuesday": the
                # day of the verb before, not the later clause's)
                told = None
            told = told.value if told is not None else None
            if verb.startswith("after") and (gap := _DAYS_GAP_AT_END.search(pre)) is not None and (
                    main := self._date_near(sentence, m.start(), "past", visit=True)) is not None and len(main) == 10:
                # "spoke on Thursday, a day after talks in Beijing": the talks' own day
                told = (date.fromisoformat(main) - timedelta(days=_GAP_DAYS[gap.group(1).lower()])).isoformat()
            if where_subject is not None and where_leg is not None and (
                    (place := _LOC_INDEX.search(masked, m.end())) is not None and place.start() > where_leg.start()):
                subject = _per(ents, where_subject.group(1)).person
                uniq = [p for p in uniq if p.person is subject]
            self._add_visit(uniq, dests, status, sentence, m.start(), 0.85, told_date=told)

    def _envoys_and_guests(self, sentence: Sentence) -> None:
        """Trips told by their place ("Modi's Washington trip"), envoys sent, speeches at gatherings, guests of honour."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
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
        for m in _APPEARANCE_AT.finditer(masked) if "appearance" in lower else ():
            place, who = _per(ents, m.group("l")), _per(ents, m.group("p"))
            if place.kind == "LOC" and who.person is not None and not (_CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, 0, m.start())):
                when = self._date_near(sentence, m.start("l"), "past", status="completed", visit=True)
                if when is not None and when < self.published.isoformat()[: len(when)]:
                    # ("X's appearance last Sunday at a rally in Madrid": made; undated or ahead, it may be a plan)
                    self._add_visit([who], [(place.iso3, place.city, None, 0.8)], "completed", sentence, m.start("l"), 0.8)
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
        for m in _ADDRESSED_GATHERING.finditer(masked) if (self.context is not None or self.dateline is not None) and (
                "ddress" in lower or "told" in lower or "tells" in lower or "spoke" in lower or "speaks" in lower
                or "speech" in lower or "floor" in lower or "photo" in lower or "co-chair" in lower or "co-host" in lower or "used" in lower) else ():
            # "told the assembly his country had never sought a nuclear weapon": there, at the gathering.
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()]
            said_end = masked.find(" that ", m.end(), c_end)  # ("told a banquet that there could be no excuse": the words told)
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _MODAL_WORD.search(
                    masked, c_start, m.end() if m.group("photo") else said_end if said_end >= 0 else c_end):
                continue  # (nor "would be his first address to such a gathering": no more than a prospect)
            if m.group("used_evt") and (self.context is None or (event := _per(ents, m.group("used_evt")).event) is None
                                        or (event.host(self.published.year) or (None,))[0] != self.context[0]):
                continue  # ("used his first G20 to ..." places him only at the gathering the story is about)
            speakers = ([_per(ents, m.group("speaker"))] if m.group("speaker")
                        else _travelers_before(masked, ents, m.start(), c_start))
            if m.group("photo") and (along := _ALONGSIDE_AFTER.match(masked, m.end())) is not None:
                speakers = [*speakers, *(_per(ents, i) for i in _PER_INDEX.findall(along.group(0)))]  # ("... alongside W": W too)
            speakers = [e for e in speakers if e.person is not None]
            if not speakers:
                continue
            verb = (m.group("verb") or m.group("deliver") or "").lower()
            if _VIDEO.search(masked, m.end(), c_end):
                status = "declined"  # "addressed the assembly by video": not there
            elif verb.startswith(("will", "is ", "are ")) or _PRE_FUTURE.search(pre):
                status = "planned"
            elif verb.endswith(("es", "ing")) or verb.startswith(("tells", "speaks")):
                status = "ongoing"
            elif verb in {"co-chair", "address"} and _WILL_WORD.search(pre):
                status = "planned"  # "He will address the National Assembly and co-chair the summit": the bare verb shares "will"
            else:
                status = "ongoing" if self._undated_or_today(sentence, m.start()) and not self.ceremony else "completed"
                if status == "completed" and m.group(0).lower().endswith(("banquet", "dinner")) and self._day_before_or_today(
                        self._date_near(sentence, m.start(), "past", status="completed", visit=True)):
                    status = "ongoing"  # "told a state banquet on Tuesday night" in Wednesday's paper: the state visit goes on
            # (the gathering the article is about, else the one where the story is filed: "NEW YORK - X addressed the hall";
            # "X, who had been expected in Kuala Lumpur, addressed the summit by video": the place he was expected in)
            dests = (status == "declined" and self._expected_in_before(sentence, m.start())) or self._gathering_or_dateline()
            if status == "ongoing" and dests and any((s.person.name, dests[0][0]) in self.left_hosts or any(
                    f.kind == "visit" and f.person is s.person and f.host == dests[0][0] and f.status == "completed"
                    and _GONE_BACK.search(f.sentence.masked) for f in self.facts) for s in speakers if s.person):
                status = "completed"  # "flew back overnight from the summit ... The Prime Minister told delegates that ...": over
            self._add_visit(speakers, dests, status, sentence, m.start(), 0.7)
        for m in _AMONG_THEM.finditer(masked) if "among them" in lower or "including" in lower else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            end = _LIST_END.search(masked, m.end())
            listed = _RELATIVE_IN_LIST.sub("", masked[m.end() : end.start() if end else len(masked)])
            people = [e for i in _PER_INDEX.findall(listed) if (e := _per(ents, i)).person is not None]
            dests = self._place_in_clause(sentence, m.start(), m.end(), "past", m.start(), where_only=True) or self._gathering_or_dateline()
            if not people or not dests:
                continue
            present = m.group("verb").lower().startswith("are")
            status = ("planned" if m.group("verb").lower().startswith("will") else  # ("will join the other leaders, among them X")
                      "ongoing" if present or (not self.ceremony and self._undated_or_today(sentence, m.start())) else "completed")
            self._add_visit(people, dests, status, sentence, m.start(), 0.7)
        for m in _SENT_DEPUTY.finditer(masked) if self.context is not None and ("sen" in lower or "dispatch" in lower) else ():
            # "Putin, who avoids member states of the court, sent the deputy head of his administration": he stayed away.
            c_start, _ = _clause_bounds(masked, m.start())
            own_start = c_start
            if masked.endswith("who", 0, c_start) and (comma := masked.rfind(",", c_start, m.start())) >= 0:
                own_start = comma  # (a condition in the relative clause is not the sending's: "who faces arrest if he sets foot there, sent")
            if _CONDITIONAL.search(masked, own_start, m.start()) or _PRE_NEG.search(masked[own_start : m.start()]):
                continue
            senders = [e for e in _travelers_before(masked, ents, m.start(), c_start) if e.person is not None]
            if senders:
                iso3, city, occasion = self.context
                self._add_visit(senders, [(iso3, city, occasion, 0.7)], "declined", sentence, m.start(), 0.75)
        for m in _SENT_NO_ONE.finditer(masked) if self.context is not None and ("send" in lower or "sent" in lower) else ():
            # "President Donald Trump, who refused to send anyone, has called the meeting a disgrace": stayed away
            c_start, _ = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()):
                continue
            senders = [e for e in _travelers_before(masked, ents, m.start(), c_start) if e.person is not None]
            if not senders and (who := _PER_WHO_AT_END.search(masked, 0, c_start)) is not None:
                named = _per(ents, who.group(1))  # ("X, who refused to send anyone, ...": the one the clause hangs on)
                senders = [named] if named.person is not None else []
            if senders:
                self._add_visit(senders, [(*self.context, 0.7)], "declined", sentence, m.start(), 0.75)
        # "Kim was Putin's guest at a spaceport" (the host's country), "Modi was the chief guest at Mauritius's National
        # Day celebrations" (the country named)
        guests = [*_WAS_GUEST_OF.finditer(masked), *_GUEST_AT_COUNTRYS.finditer(masked)] if "guest" in lower else ()
        for m in guests:
            guest = _per(ents, m.group("g"))
            if m.re is _WAS_GUEST_OF:
                host = _per(ents, m.group("h"))
                where = self._home(host.person) if host.person is not None else None
            else:
                where = _per(ents, m.group("c")).iso3
            if guest.person is None or not where or _CONDITIONAL.search(masked, 0, m.start()):
                continue
            tense = m.group(0).split()[1].lower()
            status = "planned" if tense == "will" else "ongoing" if tense in {"is", "are"} else "completed"
            if status == "completed" and m.re is _GUEST_AT_COUNTRYS and self._done_today(sentence, m.start()):
                status = "ongoing"  # "was the chief guest at its National Day parade on Wednesday" in Wednesday's paper
            self._add_visit([guest], [(where, None, None, 0.75)], status, sentence, m.end(), 0.75)
        for m in _SENDING_STRANGER.finditer(masked) if self.context is not None and ("sending" in lower or "dispatching" in lower) else ():
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, 0, m.start())):
                self._add_visit([_per(ents, m.group("s"))], [(*self.context, 0.7)], "declined", sentence, m.start(), 0.7)
        for m in _SENT_PERSON.finditer(masked) if (self.context is not None or self.ceremony and self.dateline is not None) and (
                "sent" in lower or "dispatched" in lower) else ():
            c_start, _ = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            sender, envoy = _per(ents, m.group("s") or m.group("g")), _per(ents, m.group("o"))
            if envoy.person is None or sender.person is envoy.person or sender.person is None and sender.kind == "PER":
                continue
            if m.group("own") and ((named := _NAME_AFTER_TITLE.match(masked, m.end())) is None
                                   or _per(ents, named.group(1)).person is not envoy.person):
                continue  # "sent its foreign minister": no name tells whose (not the one the title resolves to)
            where = self._gathering_or_dateline()  # (the gathering, else the ceremony where the story is filed)
            status = "ongoing" if not self.ceremony and self._undated_or_today(sentence, m.start()) else "completed"
            self._add_visit([envoy], where, status, sentence, m.start(), 0.75)
            if sender.person is not None:
                self._add_visit([sender], where, "declined", sentence, m.start(), 0.7)

    def _envoys_in_place_of_declined(self, sentence: Sentence) -> None:
        """"Putin skipped the New Delhi summit and sent Foreign Minister Sergey Lavrov instead": the envoy was where
        the sentence's declined trip was to (the story's own gathering is the envoys' rule)."""
        masked = sentence.masked
        found = [*(_SENT_INSTEAD.finditer(masked) if "sent" in masked else ()),
                 *(_SEAT_LEFT_TO.finditer(masked) if "seat" in masked or "place" in masked or "chair" in masked else ())]
        for m in found:
            envoy = _per(sentence.entities, m.group("o"))
            declined = next((f for f in reversed(self.facts) if f.sentence is sentence and f.kind == "visit"
                             and f.status == "declined" and f.person is not envoy.person), None)
            if envoy.person is None or declined is None or any(
                    f.sentence is sentence and f.person is envoy.person and f.host == declined.host for f in self.facts):
                continue
            status = "ongoing" if not self.ceremony and self._undated_or_today(sentence, m.start()) else "completed"
            self._add_visit([envoy], [(declined.host, declined.city, declined.occasion, 0.9)], status, sentence, m.start(), 0.75,
                            told_date=declined.date)

    def _places_visited_relative(self, sentence: Sentence) -> None:
        """"Kyrgyzstan, which Putin visited last month": a trip made to the place the relative clause hangs on."""
        masked, ents = sentence.masked, sentence.entities
        for m in _PLACE_WHICH_VISITED.finditer(masked):
            place, who = _per(ents, m.group("loc")), _per(ents, m.group("per") or m.group("per2"))
            # (not a pronoun: "Turkey, which he visited in March" may follow a sentence on someone else)
            if place.kind != "LOC" or who.person is None or who.via == "pronoun" or _PRE_NEG.search(masked, m.end(), min(len(masked), m.end() + 20)):
                continue
            when = next((d.value for d in sentence.dates("past") if 0 <= d.start - m.end() <= 4), None)
            if when is None or when > self.published.isoformat()[: len(when)]:
                continue  # (only a trip dated in the past: "which X visited as a student" is no official trip)
            self._add_visit([who], [(place.iso3, place.city, None, 0.75)], "completed", sentence, m.end(), 0.75,
                            remember=False, told_date=when, earlier=True)

    def _deeds_in_places(self, sentence: Sentence) -> None:
        """Deeds that put the doer in a place: "In Hanoi on Monday, Xi ...", "signed agreements in Tokyo"."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        for m in _SPEAKING_IN.finditer(masked) if "speaking" in lower or "talking" in lower or ", in LOC" in masked else ():
            # "Speaking in Tokyo on Thursday, X said ...", "X, speaking to reporters in Tokyo, said ...", "X, in Tokyo for
            # talks, said ...": the speaker was there
            place, who = _per(ents, m.group("loc") or m.group("loc2")), _per(ents, m.group("per") or m.group("per2"))
            if place.kind != "LOC" or who.person is None or _CONDITIONAL.search(masked, 0, m.start()):
                continue
            at = m.start("loc") if m.group("loc") else m.start("loc2")
            status = "ongoing" if self._undated_or_today(sentence, at) and not self.weekly else "completed"
            self._add_visit([who], [(place.iso3, place.city, None, 0.75)], status, sentence, at, 0.7)
        for m in _INVITED_THEN_ACCEPTED.finditer(masked) if "accepted" in lower and "invited" in lower else ():
            guest, place = _per(ents, m.group("guest")), _per(ents, m.group("loc"))
            if guest.person is not None and guest.person is _per(ents, m.group("again")).person and place.kind == "LOC" and place.iso3 and not (
                    _CONDITIONAL.search(masked, 0, m.start())):
                self._add_visit([guest], [(place.iso3, place.city, None, 0.75)], "planned", sentence, m.end("loc"), 0.75)
        # Said, told or spoken at the story's gathering (where the story is filed would not say on which day).
        if self.context is not None and ("speaking" in lower or "talking" in lower or "leaving" in lower or "arriving" in lower
                                         or "t the " in masked or "arrival" in lower):
            # (each reader of one's words at the gathering; a plan to speak there is no presence yet)
            for rx in (_SPEAKING_AT_GATHERING, *_SAID_AT_GATHERING, _SAID_ON_ARRIVAL):
                for m in rx.finditer(masked):
                    who = _per(ents, m.group("per"))
                    if who.person is None or _CONDITIONAL.search(masked, 0, m.start()) or (
                            rx is not _SPEAKING_AT_GATHERING and _PRE_FUTURE.search(masked, 0, m.start())):
                        continue
                    if rx is _SAID_ON_ARRIVAL and any(d.start >= m.end() for d in sentence.dates("past")):
                        continue  # ("told reporters on arrival that ... as it did in Istanbul in 2022": the remark's time, not his)
                    status = "ongoing" if self._undated_or_today(sentence, m.end("per")) and not self.weekly and not self.ceremony else "completed"
                    self._add_visit([who], [(*self.context, 0.7)], status, sentence, m.end("per"), 0.7)
        if self.context is not None and masked[:1].isdigit() and (entry := _LIVE_ENTRY_DEED.match(masked)) is not None and not (
                self.weekly or self.ceremony):
            # "11:40 -- Keir Starmer and Australia's Anthony Albanese chat in a corridor": a live page's present, at its gathering
            people = [_per(ents, i) for i in _PER_INDEX.findall(entry.group("who"))]
            if not _CONDITIONAL.search(masked, 0, entry.start("verb")):
                self._add_visit(people, [(*self.context, 0.65)], "ongoing", sentence, entry.start("verb"), 0.7)
        for m in _WHICH_PER_ATTENDS.finditer(masked) if "which" in masked and "attend" in masked else ():
            who = _per(ents, m.group("per"))
            if who.person is None or _CONDITIONAL.search(masked, 0, m.start()):
                continue
            # (the place it is held in: "the summit on Gaza in Sharm el-Sheikh, which X attended")
            place = next(reversed(list(re.finditer(r"\bin\s+(?:the\s+)?LOC(\d+)", m.group("span")))), None)
            dests = ([(_per(ents, place.group(1)).iso3, _per(ents, place.group(1)).city, None, 0.7)] if place is not None
                     else [(*self.context, 0.7)] if self.context is not None else [])
            verb = m.group("verb")
            status = "completed" if verb.endswith("attended") else "ongoing" if verb.endswith("attending") else "planned"
            # (dated by the gathering: "last month's summit ...", "a meeting ... on Friday, which X will attend")
            kind = "future" if status == "planned" else "past"
            when = next((d.value for d in sentence.dates(kind) if m.start() - 25 <= d.start < m.start("per")), None)
            if dests and dests[0][0]:
                self._add_visit([who], dests, status, sentence, m.start("per"), 0.7, told_date=when)
        for m in _IN_PLACE_DURING_VISIT_BY.finditer(masked) if "during" in masked and " by PER" in masked else ():
            c_start = _clause_bounds(masked, m.start())[0]
            pre = masked[c_start : m.start()]
            place = _per(ents, m.group("loc"))
            when = next((d.value for d in sentence.dates("past") if m.start() <= d.start < m.start("per")), None)
            if place.kind != "LOC" or _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_FUTURE.search(pre) or not (
                    _NOUN_PAST.search(pre) or when is not None and when < self.published.isoformat()[: len(when)]):
                continue  # (a deed told as done, or dated in the past)
            self._add_visit([_per(ents, m.group("per"))], [(place.iso3, place.city, None, 0.75)], "completed", sentence,
                            m.start("per"), 0.75, told_date=when)
        # A place put first: "In Hanoi on Monday, Xi and his host oversaw the signing ...", "In Jerusalem, the
        # US president was given a standing ovation": the subject was there.
        fronted = _FRONTED_PLACE.match(masked) if masked[:3] in {"In ", "At ", "On "} else None
        if fronted is not None and _per(ents, fronted.group("loc")).kind == "LOC":
            place = _per(ents, fronted.group("loc"))
            verb = fronted.group("verb").lower()
            doers = [_per(ents, i) for i in _PER_INDEX.findall(fronted.group("who") + (fronted.group("partner") or ""))]
            status = ("planned" if verb == "will" else "ongoing" if verb in _PRESENT_VERBS or verb.endswith("s") and verb not in _PAST_VERBS
                      else "completed" if verb.endswith("ed") or verb in _PAST_VERBS else None)
            if verb in {"is", "are"} and re.match(r"\s+(?:also\s+)?(?:expected|due|scheduled|set|slated)\b", masked[fronted.end() :]):
                status = "planned"  # "In Qatar, the minister is expected to meet the emir": a stop ahead
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
            if m.group(0)[:7].lower() == "telling":
                # "X said he had called the King ..., telling reporters in Brussels": the sentence's subject, not the one called
                # (a name that opens the sentence: among its first 40 characters, past a dateline or a short fronted phrase)
                subject = _PER_INDEX.search(masked, 0, m.start())
                travelers = [_per(ents, subject.group(1))] if subject is not None and subject.start() < 40 else []
            if not travelers:
                continue
            # (No cut at a topic: "signed agreements on rare earths in Tokyo"; a place inside a topic,
            # "the war in Gaza", is skipped by _place_in_clause.)
            dests = self._place_in_clause(sentence, m.end(), c_end, "past", m.start(), where_only=True)
            self._add_visit(travelers, dests, "completed", sentence, m.start(), 0.75)
        for m in _AFTER_SIGNING_IN.finditer(masked) if _has_any(lower, _AFTER_DEED_WORDS) else ():
            signer = _per(ents, m.group("per"))
            if signer.person is not None and not _CONDITIONAL.search(masked, 0, m.start("verb")):
                _, c_end = _clause_bounds(masked, m.start("verb"))
                dests = self._place_in_clause(sentence, m.end(), c_end, "past", m.start("verb"), where_only=True)
                # (a stop before the one the sentence tells: not where the signer is now)
                self._add_visit([signer], dests, "completed", sentence, m.start("verb"), 0.75, remember=False)
        for m in _AFTER_GATHERING_IN.finditer(masked) if "after" in lower else ():
            goer, place = _per(ents, m.group("per")), _per(ents, m.group("loc"))
            if goer.person is not None and place.kind == "LOC" and not (
                    _CONDITIONAL.search(masked, 0, m.start("verb")) or _PLAN_WORD.search(masked, m.start(), m.start("verb"))
                    or _WILL_WORD.search(masked, m.start(), m.start("verb"))):
                # (a stop before the one the sentence tells: not where the traveller is now)
                self._add_visit([goer], [(place.iso3, place.city, None, 0.75)], "completed", sentence, m.start("loc"), 0.75,
                                remember=False)
        for m in _WHERE_DONE_RX.finditer(masked) if "where" in masked else ():
            place, who = _per(ents, m.group("loc")), _per(ents, m.group("per"))
            if place.kind == "LOC" and who.person is not None and not _CONDITIONAL.search(m.group(0)):
                verb = m.group("verb").lower()
                companions = _WHERE_COMPANIONS.match(masked, m.end()) if verb in {"met", "joined"} or verb.endswith("by") else None
                met = [_per(ents, i) for i in _PER_INDEX.findall(companions.group(0))] if companions is not None else []
                told = next((d.value for d in sentence.dates("past") if m.start("when") <= d.start < m.end("when")), None) if m.group("when") else None
                self._add_visit([who, *met], [(place.iso3, place.city, None, 0.8)], "completed", sentence, m.start("per"), 0.8,
                                told_date=told)

    def _hosting(self, sentence: Sentence) -> None:
        """Hosting: the guest's visit to the host's country."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        # Hosting: the guest's visit to the host's country.
        hostings = [*_HOST_RX.finditer(masked), *_IT_HOSTED_RX.finditer(masked)] if _has_any(lower, _HOST_STEMS) else ()
        for m in hostings:
            if m.group("hi"):
                host = _per(ents, m.group("hi"))
            elif (subject := _SENTENCE_SUBJECT_PLACE.match(masked)) is not None:
                host = _per(ents, subject.group(1))
            elif (named := [e for i in _LOC_INDEX.findall(masked, 0, m.start()) if (e := _per(ents, i)).kind == "LOC"
                            and e.iso3 and e.city is None]):
                host = named[-1]  # "found that Mongolia had failed in its duty when it hosted X": the country told before "it"
            else:
                continue
            guest = _per(ents, m.group("gi"))
            if m.group("hi") and self.context is not None and "LOC" not in masked and host.person is not None and (
                    self._home(host.person) != self.context[0]):
                # "Milei greets Lula with a brief handshake" at the summit in Rio: a greeting there, not a visit to
                # Argentina; the one greeting the gathering's host is at it, today
                if guest.person is not None and self._home(guest.person) == self.context[0] and m.group("verb").lower() in {"greets", "greeted"} and (
                        self._undated_or_today(sentence, m.start())):
                    self._add_visit([host], [(self.context[0], self.context[1], self.context[2], 0.7)], "ongoing", sentence, m.start(), 0.7)
                continue
            c_start, c_end = _clause_bounds(masked, m.start())
            pre = masked[c_start : m.start()] + masked[m.start("host") : m.start("verb")]
            if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or re.search(r"\b(?:not|never)\b", masked[m.start():m.start("verb")]):
                continue
            if _CLAIMED_BEFORE.search(masked, 0, m.start()):
                continue
            verb = m.group("verb").lower()
            between = masked[m.end("host") : m.start("verb")].lower()
            if _OFFER_WORD.search(between):
                continue  # "would be willing to receive Zelensky in Moscow", "was ready to receive him": an offer, not a plan
            purpose = _DEED_THEN_TO.match(masked, m.end("hi"), m.start("verb"))  # "broke protocol on Thursday evening to receive": done
            if purpose is not None and (purpose.group(1).endswith("ed") or purpose.group(1) in _IRREGULAR_PAST):
                when = self._date_near(sentence, m.start(), "past", status="completed", visit=True)
                # (received on arrival the day before the paper, or that day: there now)
                status = "ongoing" if self._done_today(sentence, m.start()) or when is None or self._day_before_or_today(when) else "completed"
            elif re.search(r"\b(?:will|to)\b", between) or _PRE_FUTURE.search(masked[c_start:m.start()]):
                status = "planned"
            elif verb.endswith("ing") and (with_at := _WITH_HOST_BEFORE.search(masked, max(0, m.start() - 40), m.start())) is not None and (
                    _WILL_WORD.search(masked, c_start, with_at.start())):
                status = "planned"  # "Trump will return in September, with the King hosting him at Windsor": the plan's
            elif verb.endswith("ing") or verb in {"hosts", "receives", "welcomes", "greets", "plays host to"}:
                status = "ongoing"
            elif verb.endswith("ed") or verb.startswith(("rolled", "played")):
                status = "completed"
                when = self._date_near(sentence, m.start(), "past", status="completed", visit=True)
                if self._done_today(sentence, m.start()) or verb.startswith(("welcomed", "greeted")) and (
                        when is not None and self._day_before_or_today(when)
                        or when is None and self.context is not None and guest.via != "pronoun"
                        and self._undated_or_today(sentence, m.start())):
                    # "received Netanyahu at Buda Castle on Thursday" in Thursday's paper, "welcomed X to the White House
                    # on Tuesday" (a ceremonial arrival) in Wednesday's, and undated in a story about the day's summit: there now
                    # ("welcomed him": the one named before may be told on another day)
                    status = "ongoing"
            else:
                continue
            place = self._place_in_clause(sentence, m.end(), c_end, "past", m.start(), where_only=True)
            if host.kind == "PER":
                # A leader receives guests at home: "Xi hosted Modi in Beijing" is Modi's visit to
                # China whatever else the clause names ("talks on the war in Gaza").
                home = self._home(host.person) if host.person else None
                if home is not None and status != "planned" and self.last_host.get(host.person.name, (home,))[0] != home and not place:
                    continue  # "X, who landed on Friday, greeted Ramaphosa at the venue": X is abroad, not receiving at home
                city = next((c for iso3, c, _, _ in place if iso3 == home), None)
                occasion = next((o for iso3, _, o, _ in place if iso3 == home), None)
                dests = [(home, city, occasion, 0.8)] if home else []
                if home is not None and not place and status != "planned" and self.dateline is not None and self.dateline[0] != home and (
                        _TO_OWN_RESORT.match(masked, m.end())):
                    # "TURNBERRY, Scotland - Trump welcomed Starmer to his golf resort": the host abroad, at his own property there
                    dests = [(self.dateline[0], self.dateline[1], None, 0.75)]
                if place and home is not None and all(iso3 != home for iso3, _, _, _ in place):
                    # The host abroad: "Trump received Starmer at Turnberry" is no trip for a guest at home; "Xi received
                    # Modi in Kazan" is Modi's trip to where he was received.
                    if guest.person is not None and place[0][0] == self._home(guest.person):
                        continue
                    dests = place[:1]
            elif place:
                dests = place
            else:
                dests = [(host.iso3, host.city if host.kind == "LOC" else None, None, 0.85)]
            guests = [guest] + [_per(ents, i) for i in _PER_INDEX.findall(m.group("more") or "")]
            # (A relative clause or "it" has its own clause: its day comes after the verb.)
            told_at = m.start("verb") if m.group("which") is not None or not m.group("hi") else m.start()
            self._add_visit(guests, dests, status, sentence, told_at, 0.85)

        for m in _LET_VISIT.finditer(masked) if " let " in masked or "allowed" in masked or "permitted" in masked else ():
            host, guest = _per(ents, m.group("hi")), _per(ents, m.group("gi"))
            if host.iso3 and host.city is None and not (_CONDITIONAL.search(masked, 0, m.start("gi")) or _PRE_NEG.search(masked, 0, m.start("gi"))):
                self._add_visit([guest], [(host.iso3, None, None, 0.75)], "completed", sentence, m.end(), 0.75)
        for m in _HOSTED_BY_RX.finditer(masked) if " by PER" in masked and _has_any(lower, _HOST_STEMS) else ():
            host = _per(ents, m.group("hi")).person
            c_start = _clause_bounds(masked, m.start())[0]
            if host is None or (home := self._home(host)) is None or _CONDITIONAL.search(masked, c_start, m.start()):
                continue  # (a negation cannot stand among the auxiliaries: "was not received by" is no match)
            aux = m.group("aux").lower()
            status = ("planned" if "will" in aux or " be " in f" {aux}" and "been" not in aux else
                      "ongoing" if re.search(r"\b(?:has|have|is|are)\b", aux) or self._done_today(sentence, m.start()) else "completed")
            guests = [_per(ents, m.group("gi"))] + [_per(ents, i) for i in _PER_INDEX.findall(m.group("more") or "")]
            # (not a pronoun, which may have been read as the wrong guest; not one whose stay there is already told:
            # "was received by President Murmu" is a moment of it)
            guests = [g for g in guests if g.via != "pronoun" and g.person is not None
                      and self.last_host.get(g.person.name, (None,))[0] != home]
            self._add_visit(guests, [(home, None, None, 0.8)], status, sentence, m.start("verb"), 0.8)
        for m in _WHOM_HOSTED.finditer(masked) if "whom PER" in masked else ():
            host, guest = _per(ents, m.group("hi")).person, _per(ents, m.group("gi"))
            if host is None or guest.person is None or guest.person is host or (home := self._home(host)) is None:
                continue
            place = _per(ents, m.group("loc")) if m.group("loc") else None
            where = (place.iso3, place.city) if place is not None and place.kind == "LOC" and place.iso3 else (home, None)
            if where[0] != self._home(guest.person):
                status = "ongoing" if self._done_today(sentence, m.start("verb")) else "completed"
                self._add_visit([guest], [(where[0], where[1], None, 0.75)], status, sentence, m.start("verb"), 0.75)

    def _stops_before_trip(self, sentence: Sentence) -> None:
        """"The visit follows a stop in Athens on Sunday", "The tour follows state visits to X in March and to Y in
        September": the trips its owner made before the one told (the owner may be named only in an earlier sentence)."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        for m in _VISIT_FOLLOWS.finditer(masked) if ("follow" in lower or "after" in lower) else ():
            if m.group("per"):
                traveler = _per(ents, m.group("per"))
            else:
                trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.status in {"ongoing", "planned"}), None)
                traveler = next((e for e in ents if e.person is trip.person), None) if trip is not None else None
                if traveler is None and trip is not None and "PER" not in masked:
                    # (the trip's owner, named in an earlier sentence; not "follows one by X, who spent a day in Y")
                    traveler = Entity("PER", 0, 0, trip.person.name, person=trip.person, via="pronoun")
            if traveler is None or traveler.person is None:
                continue
            now = (self.last_host.get(traveler.person.name) or (None,))[0]
            end = _clause_bounds(masked, m.end())[1] if ";" in masked[m.end():] else len(masked)
            for stop in _STOP_BEFORE_IN.finditer(masked, m.end(), end):
                place = _per(ents, stop.group("loc"))
                when = next((d.value for d in sentence.dates("past") if 0 <= d.start - stop.end() <= 4), None)
                if place.kind == "LOC" and place.iso3 and place.iso3 != now and when is not None and (
                        when < self.published.isoformat()[: len(when)]):
                    self._add_visit([traveler], [(place.iso3, place.city, None, 0.75)], "completed", sentence, stop.end(), 0.75,
                                    remember=False, told_date=when, earlier=True)

    def _companions_and_trips_before(self, sentence: Sentence) -> None:
        """Companions on a trip, and the trips before the one told ("first visit since", "came from X, where ...")."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        # "X, who accompanied him, ...", "Y was accompanied by his foreign minister, X": X is on Y's trip.
        if (so := _SO_DID.match(masked)) is not None and sentence.previous is not None:
            # "Xi himself flew in on Tuesday afternoon. So did Turkey's Erdoğan and Iran's X": the same trip.
            told = next((f for f in reversed(self.facts) if f.kind == "visit" and f.sentence is sentence.previous), None)
            end = _LIST_END.search(masked, so.end())
            listed = _RELATIVE_IN_LIST.sub("", masked[so.end() : end.start() if end else len(masked)])
            for index in _PER_INDEX.findall(listed) if told is not None else ():
                if (person := _per(ents, index).person) is not None and person is not told.person and told.host != self._home(person):
                    self.facts.append(told.shared_by(person, sentence))
        for m in _LANDED_WITH.finditer(masked) if " with PER" in masked and ("landed" in masked or "arrived" in masked or "flew in" in masked) else ():
            leader, companion = _per(ents, m.group("leader")).person, _per(ents, m.group("companion")).person
            told = next((f for f in reversed(self.facts) if f.kind == "visit" and f.sentence is sentence and f.person is leader), None)
            if told is not None and companion is not None and companion is not leader and told.host != self._home(companion) and not any(
                    f.sentence is sentence and f.person is companion for f in self.facts):
                self.facts.append(told.shared_by(companion, sentence))
        for m in _PART_OF_DELEGATION.finditer(masked) if "delegation" in lower else ():
            member = _per(ents, m.group(1))
            trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.status == "planned"
                         and f.person is not member.person), None) if member.person is not None else None
            if trip is not None and not _CONDITIONAL.search(masked, 0, m.start()) and not _PRE_NEG.search(masked, 0, m.end()):
                # (the member's own day, if told: "would meet his counterpart separately on December 4")
                self._add_visit([member], [(trip.host, trip.city, trip.occasion, 0.7)], "planned", sentence, m.end(), 0.7)
        for m in _IN_DELEGATION.finditer(masked) if "delegation" in lower else ():
            listed = _PER_INDEX.findall(masked, m.start(), m.end("more") if m.group("more") else m.end("p"))
            people = [p.person for i in listed if (p := _per(ents, i)).person is not None]
            if not people:
                continue
            # (a delegation is a country's: the trip is a compatriot's)
            trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.status in {"ongoing", "completed"}
                         and f.person not in people and self._home(f.person) == self._home(people[0])), None)
            if trip is None or _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, 0, m.end()):
                continue
            for person in people:
                if trip.host != self._home(person) and not any(f.kind == "visit" and f.person is person and (f.sentence is sentence or f.host == trip.host)
                                                                for f in self.facts):
                    self.facts.append(trip.shared_by(person, sentence))
        for m in _ACCOMPANIED.finditer(masked) if "accompan" in masked or (" with PER" in masked and (
                ", who " in masked or "ing with PER" in masked or "ed with PER" in masked or "flew with PER" in masked
                or "go with PER" in masked or "travel with PER" in masked or "fly with PER" in masked)) else ():
            companion = _per(ents, next(g for g in m.group("a", "a2", "a3", "a4", "a5", "a6", "a7", "a8") if g))
            leader = _per(ents, next(g for g in m.group("b", "b2", "b3", "b4", "b5", "b6", "b7", "b8") if g))
            if companion.person is None or leader.person is None or companion.person is leader.person and leader.via != "pronoun":
                continue
            trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.person is leader.person
                         and f.status in {"ongoing", "completed", "planned"}), None) if companion.person is not leader.person else None
            if trip is None and m.group("a") and companion.person is not leader.person:
                # "X, who landed on Tuesday with Secretary of State Y": they came together, and the trip told is X's
                trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.person is companion.person
                             and f.status in {"ongoing", "completed", "planned"}), None)
                companion, leader = leader, companion
            if trip is None and leader.via == "pronoun" and self.last_traveler is not None:
                # "would go with him": the one whose trip was just told, if "him" was read as someone else
                trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.person is self.last_traveler[1]
                             and f.status in {"ongoing", "planned"}), None)
            if trip is None or trip.person is companion.person:
                continue
            if trip.status == "planned" and (stay := next((f for f in reversed(self.facts) if f.kind == "visit" and f.person is trip.person
                                                           and f.host == trip.host and f.status in {"ongoing", "completed"}), None)):
                trip = stay  # "arrived in Washington on Monday ... is to meet Trump on Wednesday. He was accompanied by X": the stay
            if trip.status == "planned" and re.match(r"PER\d+\s+(?:is|are)\s", m.group(0)) and (
                    stay := next((f for f in reversed(self.facts) if f.kind == "visit" and f.person is trip.person and f.status == "ongoing"), None)):
                trip = stay  # "X is travelling with the president", told after the legs ahead: the stay under way
            leader_person = trip.person
            trips = [trip]
            if _ALL_LEGS.match(masked, m.end()):  # "is accompanying X on both legs": every stop of the trip told
                trips = list({f.host: f for f in self.facts if f.kind == "visit" and f.person is leader_person
                              and f.status in {"ongoing", "planned"}}.values()) or trips
            companions = [companion.person]
            if (m.group("a5") or m.group("a3")) and (first := re.search(r"PER(\d+)\s*,?\s+and\s+$", masked[: m.start()])) is not None and (
                    (other := _per(ents, first.group(1)).person) is not None and other is not leader_person):
                companions.append(other)  # "X and Y are travelling with Putin": both
            if m.group("a7"):  # the rest of the coordinated subject, and ", as would Z"
                companions += [p for i in _PER_INDEX.findall((m.group("more7") or "") + (m.group("as7") or ""))
                               if (p := _per(ents, i).person) is not None and p is not leader_person]
            if m.group("a2"):  # "was accompanied on the trip by X, the new minister, and by his predecessor Y"
                pos = m.end()
                while (more := _MORE_COMPANIONS.match(masked, pos)) is not None and re.search(r"\b(?:and|by)\s", more.group(0)):
                    if (extra := _per(ents, more.group(1)).person) is not None and extra is not leader_person:
                        companions.append(extra)
                    pos = more.end()
            for person in companions:
                self._join_trips(person, leader_person, trips, sentence)
        for m in _WITH_EXPECTED_TO_JOIN.finditer(masked) if ", with " in masked else ():
            place, goer = _per(ents, m.group("loc")), _per(ents, m.group("per"))
            if place.kind == "LOC" and goer.person is not None and not _CONDITIONAL.search(masked, 0, m.start("per")):
                self._add_visit([goer], [(place.iso3, place.city, None, 0.75)], "planned", sentence, m.start("loc"), 0.75)
        for m in _INVITED_AND_ACCEPTED.finditer(masked) if "accepted" in masked and "invited" in masked else ():
            guest, accepted = _per(ents, m.group("guest")), _per(ents, m.group("acc"))
            if guest.person is not None and guest.person is accepted.person and not _CONDITIONAL.search(masked, 0, m.start()):
                dests = self._destinations(sentence, m.start("what"), m.end("what"), "future")
                self._add_visit([guest], dests, "planned", sentence, m.start("what"), 0.75)
        if "accepted" in masked and sentence.previous is not None and (took := _ACCEPTED_THE_INVITATION.match(masked)) is not None and (
                (guest := _per(ents, took.group(1))).person is not None):
            before = sentence.previous
            for inv in _INVITED_TO_VISIT.finditer(before.masked) if "invited" in before.masked else ():
                place = _per(before.entities, inv.group("loc"))
                if _per(before.entities, inv.group("guest")).person is guest.person and place.kind == "LOC" and not _CONDITIONAL.search(masked):
                    # ("... invited Putin to visit North Korea at a convenient time. Putin accepted the invitation")
                    first_new = len(self.facts)
                    self._add_visit([guest], [(place.iso3, place.city, None, 0.75)], "planned", sentence, took.end(), 0.75)
                    for fact in self.facts[first_new:]:  # (dated only by the invitation's own words: "in the spring")
                        fact.date = next((d.value for d in before.dates("future") if inv.end() <= d.start
                                          and "," not in before.masked[inv.end() : d.start]), None)
        for m in _JOINED_THERE_BY.finditer(masked) if "joined" in masked else ():
            leader = _per(ents, m.group("leader")).person
            # (only a stay the same sentence tells, or the one before: a trip told earlier may be another than the one
            # joined; "X flew home after talks at the White House on Monday. The Ukrainian president was joined by ...")
            trip = next((f for f in reversed(self.facts) if f.kind == "visit" and f.person is leader and f.sentence is sentence
                         and f.status in {"ongoing", "completed"}), None)
            told_elsewhere = False
            if trip is None and sentence.previous is not None and m.start() == 0 and len(_PER_INDEX.findall(m.group("list"))) >= 2 and (
                    _per(ents, m.group("leader")).via != "name"):
                # (the one before only for a party joining him, told as "he" or by his title, where the story is filed,
                # and when it told a single place for him: "arrived from Ankara, where he had met X" leaves which one
                # was joined unsaid)
                before = [f for f in self.facts if f.kind == "visit" and f.person is leader and f.sentence is sentence.previous]
                if len({f.host for f in before}) == 1 and before[-1].status in {"ongoing", "completed"} and (
                        self.dateline is not None and before[-1].host == self.dateline[0]):
                    trip = before[-1]
                    told_elsewhere = True
            if trip is None or _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, 0, m.end("leader") + 30):
                continue
            # (the day they joined, if told; else, for a stay going on, the paper's: "since Wednesday" is the leader's)
            joined_on = next((d.value for d in sentence.dates("past") if m.start("joined") <= d.start < m.end()), None)
            if joined_on is None and trip.status == "ongoing":
                joined_on = self.published.isoformat()
            for i in _PER_INDEX.findall(m.group("list")):
                person = _per(ents, i).person
                if person is not None and person is not leader and trip.host != self._home(person) and not (
                        told_elsewhere and any(f.kind == "visit" and f.person is person for f in self.facts)):
                    self._join_trips(person, leader, [trip], sentence, date=joined_on)
        for m in _BROUGHT_WITH.finditer(masked) if "with" in masked or "along" in masked else ():
            leader = _per(ents, m.group("leader")).person
            trip = next((f for status in ("ongoing", "planned", "completed") for f in reversed(self.facts)
                         if f.kind == "visit" and f.person is leader and f.status == status), None)
            if trip is None or _CONDITIONAL.search(masked, 0, m.start()):
                continue
            for i in _PER_INDEX.findall(m.group("list")):
                person = _per(ents, i).person
                if person is not None and person is not leader and trip.host != self._home(person):
                    self._join_trips(person, leader, [trip], sentence)
        # "Putin's first visit to North Korea since July 2000": the visit before, then.
        for m in _FIRST_SINCE.finditer(masked) if "first" in lower and "since" in lower else ():
            place = _per(ents, m.group("l") or m.group("d")) if m.group("l") or m.group("d") else None
            if place is not None and place.kind != "LOC" and not m.group("d"):
                continue
            when = next((d.value for d in sentence.dates("past") if d.start == m.end()), None)
            if when is None or when >= self.published.isoformat()[: len(when)]:
                continue  # "since the war began", "since taking office": no time of a trip
            travelers = self._owner_or_travelers(sentence, m.start(), _clause_bounds(masked, m.start())[0])[-1:]
            if place is not None:
                dest = (place.iso3, place.city)
            elif travelers and travelers[0].person is not None and (
                    there := self.planned_host.get(travelers[0].person.name) or self.last_host.get(travelers[0].person.name)):
                dest = there[:2]  # "his first trip to the country since July 2014": the country of the trip told
            else:
                continue
            if travelers:
                self._add_visit(travelers, [(dest[0], dest[1], None, 0.7)], "completed", sentence, m.end(), 0.7,
                                remember=False, told_date=when, earlier=True)
        self._stops_before_trip(sentence)
        for m in _PREVIOUS_VISIT_THERE.finditer(masked) if ("previous" in lower or "last" in lower or "earlier" in lower
                                                           or "other" in lower) else ():
            who = _per(ents, m.group("p"))
            there = self.last_host.get(who.person.name) if who.person is not None else None
            when = next((d.value for d in sentence.dates("past") if 0 <= d.start - m.end() <= 8), None)
            if there is not None and when is not None and when < self.published.isoformat()[: len(when)] and not any(
                    f.sentence is sentence and f.person is who.person and f.host == there[0] for f in self.facts):
                self._add_visit([who], [(there[0], there[1], None, 0.7)], "completed", sentence, m.end(), 0.7,
                                remember=False, told_date=when, earlier=True)
        for m in _WAS_THERE_BEFORE.finditer(masked) if " there " in masked else ():
            who = _per(ents, m.group("p"))
            there = (self.last_host.get(who.person.name) or self.planned_host.get(who.person.name)) if who.person is not None else None
            when = next((d.value for d in sentence.dates("past") if 0 <= d.start - m.end() <= 8), None)
            if there is not None and when is not None and when < self.published.isoformat()[: len(when)] and not (
                    _LOC_INDEX.search(masked, m.end(), m.end() + 80)  # ("there in October for the summit in Kazan": that place's)
                    or any(f.person is who.person and f.host == there[0] and f.status == "completed" for f in self.facts)):
                # (a trip there already told done is the one meant: "He was there in September 2024, not August")
                self._add_visit([who], [(there[0], there[1], None, 0.7)], "completed", sentence, m.end(), 0.7,
                                remember=False, told_date=when, earlier=True)
        # "He invited X ... and hosted him in April": the host is the sentence's subject.
        for m in _AND_HOSTED.finditer(masked) if ("hosted" in lower or "received" in lower or "welcomed" in lower) else ():
            host = _PER_INDEX.match(masked)
            if host is None or _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked[: m.start()]):
                continue
            host_person, guest = _per(ents, host.group(1)).person, _per(ents, m.group(1))
            home = self._home(host_person) if host_person else None
            if home and guest.person is not None and guest.person is not host_person:
                self._add_visit([guest], [(home, None, None, 0.75)], "completed", sentence, m.start(), 0.8)
        for m in _ARRIVED_FROM_GATHERING.finditer(masked) if "EVT" in masked and "from" in masked else ():
            if not _CONDITIONAL.search(masked, 0, m.start()):
                self._came_from_gathering(sentence, [_per(ents, m.group("per"))], m.group("evt"), m.end())
        # "came to China from Japan, where he spent two days": the leg before this one, finished.
        for m in _CAME_FROM.finditer(masked) if "from" in masked else ():
            self._named_visit(sentence, m, "completed", m.start("per"), 0.8)
        for m in _CAME_FROM_GATHERING_THERE.finditer(masked) if "from" in masked and "where" in masked else ():
            if not _CONDITIONAL.search(masked, 0, m.start("loc")):
                self._stay_left(sentence, m, m.start("loc"), 0.75)
        for m in _RETURNED_FROM_TRIP_IN.finditer(masked) if "returned" in masked else ():
            if not _CONDITIONAL.search(masked, 0, m.start()):
                when = next((d.value for d in sentence.dates("past") if m.start() <= d.start <= m.end()), None)
                for fact in self._visits_to_listed([_per(ents, m.group("per"))], sentence, m):
                    if when is not None:
                        fact.date = when  # ("returned last week from ...": that time, roughly)
        for m in _TAKEN_FROM_TO.finditer(masked) if "from" in masked else ():
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _PLAN_WORD.search(masked, 0, m.start())):
                who = _per(ents, m.group("per"))
                if who.via == "pronoun" and (subject := _PER_INDEX.search(masked)) is not None:
                    who = _per(ents, subject.group(1))  # "X was received by Y, on a journey that has taken him from ...": X's
                for fact in self._visits_to_listed([who], sentence, m):
                    fact.date = None  # (a list of places has no day of its own: the sentence's day is the journey's end)
        for m in _RETURNED_HOME_FROM.finditer(masked) if "from" in masked else ():
            place, who = _per(ents, m.group("loc")), _per(ents, m.group("per"))
            if place.kind == "LOC" and who.person is not None and not (
                    _CONDITIONAL.search(masked, 0, m.start("loc")) or _PLAN_WORD.search(masked, m.start(), m.start("loc"))):
                when = next((d.value for d in sentence.dates("past") if m.end() <= d.start <= m.end() + 30), None)
                self._add_visit([who], [(place.iso3, place.city, None, 0.7)], "completed", sentence, m.end(), 0.7,
                                remember=False, told_date=when)
                self.left_hosts.add((who.person.name, place.iso3))
        for m in _ARRIVED_FROM_LEG.finditer(masked) if "from" in masked else ():
            if not (_CONDITIONAL.search(masked, 0, m.start()) or _PRE_FUTURE.search(masked, m.start(), m.start("loc"))):
                where_end = _clause_bounds(masked, m.end() + 2)[1] if masked.startswith(",", m.end()) else m.end()
                when = next((d.value for d in sentence.dates("past") if m.end() <= d.start < where_end), None)
                place, who = _per(ents, m.group("loc")), _per(ents, m.group("per"))
                if place.kind == "LOC":
                    told = len(self.facts)
                    self._add_visit([who], [(place.iso3, place.city, None, 0.75)], "completed", sentence, m.end(), 0.75,
                                    remember=False, told_date=when)
                    if who.person is not None:
                        self.left_hosts.add((who.person.name, place.iso3))  # (come from there: that stay is over)
                    for fact in self.facts[told:] if "same day" not in masked[m.end() : where_end] else ():
                        fact.date = when  # (only the where-clause dates the leg, or "the same day": the sentence's day is the arrival's)
        for m in _CAME_ON_FROM.finditer(masked) if ("on from" in masked or "fresh from" in masked or "come from" in masked
                                                    or "flew out" in masked) else ():
            per, loc = ("per", "loc") if m.group("loc") else ("per2", "loc2")
            if not _CONDITIONAL.search(masked, 0, m.start()):
                self._stay_left(sentence, m, m.start(loc), 0.75, per, loc)
        # "the G7 summit in Canada, which Trump left early": he was there, and left
        for m in _LEFT_GATHERING_IN.finditer(masked) if "left" in masked else ():
            if not _CONDITIONAL.search(masked, 0, m.start()):
                self._stay_left(sentence, m, m.start("loc"), 0.7)
        for m in _APPOSED_IN_SINCE.finditer(masked) if (", in LOC" in masked and "since" in lower) or "ly in LOC" in masked or "now in LOC" in masked else ():
            self._named_visit(sentence, m, "ongoing", m.end(), 0.8, loc="loc" if m.group("loc") else "loc2")
        for m in _APPOSED_IN_FOR.finditer(masked) if ", in LOC" in masked and " for " in masked else ():
            self._named_visit(sentence, m, "ongoing", m.start("loc"), 0.8)
        for m in _ENDING_STAY_IN.finditer(masked) if ", ending" in masked or ", conclu" in masked or ", closing" in masked or ", wrapping" in masked else ():
            if not (_CONDITIONAL.search(masked, 0, m.start("loc")) or _PLAN_WORD.search(masked, m.start(), m.start("loc"))):
                self._stay_left(sentence, m, m.start("loc"), 0.75)
        for m in _APPOSED_IN_UNTIL.finditer(masked) if ", in LOC" in masked and " from " in masked else ():
            told = [d.value for d in sentence.dates("past") if m.start("loc") < d.start < m.end()]
            place, who = _per(ents, m.group("loc")), _per(ents, m.group("per"))
            if not told or place.kind != "LOC" or who.person is None:
                continue
            # (a stay told from its first day to its last: over once the last is past, else going on)
            status = "completed" if told[-1] < self.published.isoformat()[: len(told[-1])] else "ongoing"
            self._add_visit([who], [(place.iso3, place.city, None, 0.75)], status, sentence, m.start("loc"), 0.75, told_date=told[0])
            if status == "completed":
                self.left_hosts.add((who.person.name, place.iso3))
        for m in _SPENT_IN_DEM.finditer(masked) if "spent" in lower and "DEM" in masked else ():
            c_start, _ = _clause_bounds(masked, m.start())
            if _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            travelers = _travelers_before(masked, ents, m.start(), c_start)
            place = _per(ents, m.group("dem"))
            if travelers and place.iso3:
                self._add_visit(travelers, [(place.iso3, None, None, 0.75)], "completed", sentence, m.start(), 0.8)
        for m in _AFTER_STAY_IN.finditer(masked) if ("after" in lower or "following" in lower or "from" in lower) and (
                "days in" in lower or "half in" in lower or "nights in" in lower or "weekend in" in lower or "week in" in lower
                or "stay in" in lower or "visit in" in lower or "trip in" in lower or "talks in" in lower
                or "meetings in" in lower) else ():
            self._named_visit(sentence, m, "completed", m.start("loc"), 0.8)

    def _meeting_shelved(self, sentence: Sentence, m: re.Match[str]) -> None:
        """"X announced that he and Y would meet in Budapest, only for the plan to be shelved": both trips called off
        (the plan, if told as a fact first, is turned; the host at home makes no trip)."""
        masked, ents = sentence.masked, sentence.entities
        c_start = _clause_bounds(masked, m.start())[0]
        if _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked[c_start : m.start()]):
            return
        place = _per(ents, m.group("loc"))
        who: list[Entity] = []
        for t in _PER_INDEX.finditer(masked, 0, m.start()):
            p = _per(ents, t.group(1))
            if p.person is not None and not masked.startswith(("'s", "’s"), t.end()) and all(q.person is not p.person for q in who):
                who.append(p)
        if place.kind != "LOC" or not place.iso3 or len({p.person.name for p in who}) < 2:
            return  # (two or more who were to meet: "the two presidents" names no one)
        for fact in self.facts:
            if fact.sentence is sentence and fact.kind == "visit" and fact.host == place.iso3 and fact.status == "planned":
                fact.status = "cancelled"
        told = {f.person.name for f in self.facts if f.sentence is sentence and f.kind == "visit" and f.host == place.iso3}
        self._add_visit([p for p in who if p.person.name not in told], [(place.iso3, place.city, None, 0.75)], "cancelled",
                        sentence, m.start(), 0.75)

    def _trip_told_before_called_off(self, sentence: Sentence) -> None:
        """"Macron has yet to make a trip to Ukraine that his office had planned for February. The visit was postponed ...
        and no new date has been announced": the trip the sentence before told, called off."""
        masked, prev = sentence.masked, sentence.previous
        m = _CANCEL_RX.search(masked)
        if m is None or prev is None or not _THE_TRIP_OPENS.match(masked[: m.start()]) or (trip := _NOUN_RX.search(prev.masked)) is None:
            return
        travelers = _travelers_before(prev.masked, prev.entities, trip.start(), 0)
        dests = self._destinations(prev, trip.end(), len(prev.masked), "past")
        new_date = _put_off_to_new_date(m, masked, len(masked))
        planned_for = next((d.value for d in prev.dates("past") if d.start >= trip.end()), None)
        if travelers and dests:
            self._add_visit(travelers, dests, "planned" if new_date else "cancelled", sentence, m.start(), 0.75,
                            told_date=None if new_date else planned_for)

    def _summits_and_cancellations(self, sentence: Sentence) -> None:
        """A summit of named leaders in a named place, and trips called off."""
        masked, ents, lower = sentence.masked, sentence.entities, sentence.masked.lower()
        # A summit of named leaders in a named place: planned, or called off.
        for m in _SUMMIT_OF.finditer(masked) if "summit" in lower or "meeting" in lower or "talks" in lower else ():
            self._summit_of(sentence, m)
        for m in _PAIR_SUMMIT.finditer(masked) if "-PER" in masked or "–PER" in masked else ():
            self._summit_of(sentence, m)
        for m in _MEETING_SHELVED.finditer(masked) if "meet" in lower and _has_any(lower, _CANCEL_STEMS) else ():
            self._meeting_shelved(sentence, m)
        # "Netanyahu has blocked Gallant from travelling to Washington": the one kept back, his trip called off
        for m in _BLOCKED_FROM_GOING.finditer(masked) if " from " in masked and "LOC" in masked else ():
            kept, place = _per(ents, m.group("per")), _per(ents, m.group("loc"))
            if kept.person is not None and place.kind == "LOC" and not (_CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked, 0, m.start())):
                # (dated by the trip's own day, told after: "..., where he had been due on Wednesday")
                due = next((d.value for d in sentence.dates("future") if d.start >= m.end()), None)
                self._add_visit([kept], [(place.iso3, place.city, None, 0.8)], "cancelled", sentence, m.start(), 0.8, told_date=due)
        # Called off: "X cancelled his trip to Y", "X's visit to Y was postponed".
        for m in _CANCEL_RX.finditer(masked) if _has_any(lower, _CANCEL_STEMS) else ():
            c_start, c_end = _clause_bounds(masked, m.start())
            clause = masked[c_start:c_end]
            # (the trip after the verb, else before it: "cutting short his trip, dropping planned stops in X and Y")
            noun = _NOUN_RX.search(clause, m.end() - c_start) or _NOUN_RX.search(clause)
            if not noun and (named := _PLACE_NAMED_TRIP.match(masked, m.end())) is not None and (
                    (place := _per(ents, named.group("loc"))).kind == "LOC") and not (
                    _CONDITIONAL.search(masked, c_start, m.start()) or _PRE_NEG.search(masked[c_start : m.start()])) and (
                    travelers := [_per(ents, named.group("per"))] if named.group("per") else _travelers_before(masked, ents, m.start(), c_start)):
                # "called off his planned China trip": the place named before the trip
                new_date = _put_off_to_new_date(m, masked, c_end)
                self._add_visit(travelers, [(place.iso3, place.city, None, 0.8)], "planned" if new_date else "cancelled", sentence, m.start(), 0.8)
                continue
            if not noun:
                if _THAT_TRIP.match(masked, m.end()) and (expected := self._expected_in_before(sentence, m.start())) and not (
                        _CONDITIONAL.search(masked, 0, m.start()) or _PRE_NEG.search(masked[c_start : m.start()])) and (
                        travelers := _travelers_before(masked, ents, m.start(), c_start)):
                    # "X, who had been expected in India this year, has shelved that trip": the place he was expected in
                    new_date = _put_off_to_new_date(m, masked, c_end)
                    self._add_visit(travelers, expected, "planned" if new_date else "cancelled", sentence, m.start(), 0.8)
                continue
            if _CONDITIONAL.search(clause[: max(0, m.start() - c_start)]) or _PRE_NEG.search(masked[c_start : m.start()]):
                continue
            if _PRE_SPEC.search(masked[max(c_start, m.start() - 25) : m.start()]):
                continue
            put_off = m.group("verb").lower().startswith(("postpon", "put off", "delay"))
            if put_off and _DELAYED_BY_SPAN.match(masked, m.end()):
                continue  # "the first state visit in 24 years, a trip delayed by almost a year": put off, then made
            new_date = _put_off_to_new_date(m, masked, c_end)
            status = "planned" if new_date else "cancelled"
            if not new_date and _VIDEO.search(masked, m.end()):
                status = "declined"  # "called off his trip ... and took part by video link instead": joined by video
            noun_abs = c_start + noun.start()
            if noun_abs < m.start() and "ahead" in masked and _WENT_AHEAD.search(masked, noun_abs, m.start()):
                continue  # "X's visit to Washington went ahead even after Y cancelled a separate delegation": made
            if noun.group("bi"):
                travelers = [_per(ents, noun.group("bi"))]
            elif (by := _BY_AFTER_PLACE.match(masked, c_start + noun.end())) is not None:
                travelers = [_per(ents, by.group("per"))]  # "A visit to Turkey by Iranian President X ... has been postponed"
            else:
                poss = _PER_POSSESSIVE_AT_END.search(masked[c_start:noun_abs])
                travelers = [_per(ents, poss.group(1))] if poss else _travelers_before(masked, ents, min(m.start(), noun_abs), c_start)
            if not travelers and m.group("verb").lower().endswith("ing") and c_start > 0 and masked[:c_start].rstrip().endswith((" but", ",")):
                # "In May he cut short a trip, flying to the G7 but scrapping planned stops in X and Y": the first clause's subject
                first_break = _clause_bounds(masked, 0)[1]
                travelers = _travelers_before(masked, ents, first_break, 0) if first_break <= c_start else []
                # (dated by the first clause, "In May", when its own says nothing)
                first_day = next((d.value for d in sentence.dates("past") if d.start < c_start), None)
            else:
                first_day = None
            if not travelers or _PLACE_THEN_BY_GROUP.match(masked, c_start + noun.end()):
                continue  # ("called off a planned trip to Washington by two of his closest advisers": theirs)
            dests = self._destinations(sentence, c_start + noun.end(), c_end, "past")
            if status == "cancelled" and any(f.kind == "visit" and f.status in {"ongoing", "completed"} and f.date is None
                                             and f.host == d[0] and any(f.person is t.person for t in travelers)
                                             for f in self.facts for d in dests):
                # "had been in Jeddah for half a day when ...; his state visit to Saudi Arabia abandoned": cut short, made
                continue
            dated_here = any(c_start <= d.start < c_end for d in sentence.dates("past"))
            self._add_visit(travelers, dests, status, sentence, m.start(), 0.9, told_date=None if dated_here else first_day)

    def _join_trips(self, person: Person, leader: Person, trips: list[_Fact], sentence: Sentence,
                    date: str | None = None) -> None:
        """A companion on the leader's trips told so far (not to the companion's own country), going home with him;
        ``date``: the day the companion joined, when told (else each trip's own)."""
        self.travelling_with[person.name] = leader.name
        for trip in trips:
            if trip.host != self._home(person):
                self.facts.append(_Fact("visit", person, trip.status, sentence, trip.confidence * 0.8,
                                        host=trip.host, city=trip.city, occasion=trip.occasion, date=date or trip.date))

    def _came_from_gathering(self, sentence: Sentence, people: list[Entity], evt_index: str, anchor: int) -> None:
        """Those who "flew in from the G7 summit" attended it, and that stay is over (a gathering elsewhere
        than the story's)."""
        ents = sentence.entities
        iso3, city, occasion = self._event_host(sentence, _per(ents, evt_index), sentence.masked[anchor:], ents, anchor, "past")
        if iso3 is None or self.context is not None and self.context[0] == iso3:
            return
        self._add_visit(people, [(iso3, city, occasion, 0.7)], "completed", sentence, anchor, 0.7, remember=False)
        for who in people:
            if who.person is not None:
                self.left_hosts.add((who.person.name, iso3))

    def _stay_left(self, sentence: Sentence, m: re.Match[str], anchor: int, confidence: float,
                   per: str = "per", loc: str = "loc") -> None:
        """A stay the cue tells as over ("came straight from Johannesburg, where ...", "ending a stay in Brazil"): a
        completed visit, and no longer where the traveller is."""
        if (who := self._named_visit(sentence, m, "completed", anchor, confidence, per, loc)) is not None:
            self.left_hosts.add((who.name, _per(sentence.entities, m.group(loc)).iso3))

    def _named_visit(self, sentence: Sentence, m: re.Match[str], status: str, anchor: int, confidence: float,
                     per: str = "per", loc: str = "loc") -> Person | None:
        """The visit of the one person and the one place a cue names ("X, in Munich since Thursday", "came to
        Delhi from Moscow, where X ..."): added when both are known; the person, if it was."""
        place, who = _per(sentence.entities, m.group(loc)), _per(sentence.entities, m.group(per))
        if place.kind != "LOC" or who.person is None:
            return None
        self._add_visit([who], [(place.iso3, place.city, None, confidence)], status, sentence, anchor, confidence)
        return who.person

    @staticmethod
    def _owner_or_travelers(sentence: Sentence, pos: int, c_start: int) -> list[Entity]:
        """Whose trip a noun at ``pos`` is: its possessor ("PER0's first visit"), else the traveller
        of the clause before it."""
        masked, ents = sentence.masked, sentence.entities
        poss = _PER_POSSESSIVE_AT_END.search(masked[c_start:pos])
        if poss:
            return [_per(ents, poss.group(1))]
        return _travelers_before(masked, ents, pos, c_start)

    def _traveler_told_in(self, sentence: Sentence) -> list[Entity]:
        """Whose trip this sentence has told so far (for a tour no one in its clause is named to own)."""
        told = next((f for f in reversed(self.facts) if f.sentence is sentence and f.kind == "visit"), None)
        return [e for e in sentence.entities if told is not None and e.person is told.person][:1]

    def _visits_to_listed(self, travelers: list[Entity], sentence: Sentence, m: re.Match[str]) -> list[_Fact]:
        """Completed trips to every place the match lists (a capital read as its government too): the facts added."""
        ents = sentence.entities
        places = [p for i in _PLACE_INDEX.findall(m.group(0)) if (p := _per(ents, i)).iso3]
        told = len(self.facts)
        self._add_visit(travelers, [(p.iso3, p.city, None, 0.75) for p in places], "completed", sentence, m.end(), 0.75, remember=False)
        return self.facts[told:]

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
            if m.group("welcome") and not self._day_before_or_today(self._date_near(sentence, m.start(), "past", visit=True)) and (
                    not self._undated_or_today(sentence, m.start())):
                status = "completed"  # (a welcome days back: that stay may be over)
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

    def _done_today(self, sentence: Sentence, pos: int, own: tuple[int, int] | None = None) -> bool:
        """A deed told in the past on the paper's own day, and no day trip: the doer is there now. (``own``: the cue's
        span, whose words tell no day trip: "was back in London on Saturday" is the stay's next day.)"""
        done = self._date_near(sentence, pos, "past", status="completed", visit=True)
        if done != self.published.isoformat():
            return False
        masked = sentence.masked if own is None else sentence.masked[:own[0]] + sentence.masked[own[1]:]
        return not _DAY_TRIP.search(masked)

    def _opening_tells_gathering_over(self) -> bool:
        """The story's lede tells its gathering over ("The summit ended on Sunday night"), or the sentence after it
        tells the days it ran ("The BRICS summit, which ran from Tuesday to Thursday, drew ...")."""
        return bool(_GATHERING_ENDED.search(self.sentences[0].masked)) or any(
            ("ran" in s.masked or "lasted" in s.masked) and _GATHERING_RAN.search(s.masked) for s in self.sentences[:2])

    def _opening_day(self, past_dateline: bool = False) -> str | None:
        """The first full day the story's opening sentence tells, if any (``past_dateline``: not the dateline's own day,
        "LONDON, March 3 - Leaders left London on Sunday evening")."""
        if not self.sentences:
            return None
        head = _DATELINE_DASH.search(self.sentences[0].masked[:40]) if past_dateline else None
        return next((d.value for d in self.sentences[0].dates("past") if len(d.value) == 10 and (head is None or d.start >= head.end())), None)

    def _opening_is_today(self) -> bool:
        """The story's opening sentence tells the paper's own day ("BUDAPEST, Nov 7 — ... arrived on Thursday" on the 7th),
        and tells no gathering over."""
        if not self.sentences or self._opening_tells_gathering_over():
            return False
        # (the day told past a dated dateline: "KHANKENDI, July 5 - Leaders met on Friday" tells Friday)
        return (self._opening_day(past_dateline=True) or self._opening_day()) == self.published.isoformat()

    def _opening_day_gone(self) -> str | None:
        """The day the story's opening sentence tells past its dateline, if it is a day before the paper's."""
        opening = self._opening_day(past_dateline=True)
        return opening if opening is not None and opening < self.published.isoformat() else None

    def _undated_or_today(self, sentence: Sentence, pos: int, min_days: int = 2, span: tuple[int, int] | None = None) -> bool:
        """A presence told in the past with no day, or the paper's day: the day's news, so there now. (``span``: the
        clause whose own day it is, as a relative clause's: "X, who also attended, used the meeting to ... in June".)"""
        told = (self._date_near(sentence, pos, "past", status="completed") if span is None
                else next((d.value for d in sentence.dates("past") if span[0] <= d.start < span[1]), None))
        if told is None and self.weekly:
            return False  # (a weekly round-up tells the week gone: "Also in the Chinese capital were ...")
        if told is None and self.sentences and self._opening_tells_gathering_over():
            return False  # "The African Union's annual summit ended on Sunday night": those told at it are done
        if told is None and self.sentences and sentence is not self.sentences[0]:
            # Undated, in a story whose opening tells the gathering's day days ago ("spent Friday watching the
            # parade" in Monday's paper): that day's news, over.
            opening = self._opening_day()
            days_back = (self.published - date.fromisoformat(opening)).days if opening is not None else 0
            if days_back >= min_days or days_back == 1 and _ONE_DAY_GATHERED.search(self.sentences[0].masked) and not (
                    _MANY_DAYS.search(self.text)):
                return False  # (or "Leaders gathered at the resort on Monday", in Tuesday's paper, for one day only)
        return told in {None, self.published.isoformat()}

    def _summit_of(self, sentence: Sentence, m: re.Match[str]) -> None:
        masked, ents = sentence.masked, sentence.entities
        c_start, c_end = _clause_bounds(masked, m.start())
        pre, after = masked[c_start : m.start()], masked[m.end() : c_end]
        if _CONDITIONAL.search(pre) or _PRE_NEG.search(pre) or _PRE_SPEC.search(pre[-40:]) or _HEARSAY.search(pre):
            return
        # (the clause may run past a relative clause naming the place: "..., which they agreed to hold in X, has been put on hold")
        cancel = _CANCEL_RX.search(masked, c_start, c_end) or (_CANCEL_RX.search(masked, m.end()) if not (m.group("loc") or m.group("loc0")) else None)
        if cancel:
            new_date = _put_off_to_new_date(cancel, masked, c_end)
            status = "planned" if new_date else "cancelled"
        elif _PUT_ON_HOLD.search(masked, c_start, c_end):
            status = "cancelled"  # "had put his planned summit with PER1 in LOC2 on hold"
        elif _SUMMIT_PLANNED_BEFORE.search(pre) or _SUMMIT_PLANNED_AFTER.match(after):
            status = "planned"
        elif _DAYS_MEETING_BEFORE.search(pre) and m.group("rel").lower() == "between":
            # "Tuesday's talks in Moscow between Xi Jinping and Vladimir Putin": held (under way, on the paper's own day)
            status = "ongoing" if self._undated_or_today(sentence, m.start()) else "completed"
        else:
            return
        guests = [_per(ents, m.group("a"))] + ([_per(ents, m.group("b"))] if m.group("b") else [])
        if m.group("rel").lower() == "with":  # "carrying PER0 to the summit with PER1": PER0 is the other one
            before = _travelers_before(masked, ents, m.start(), c_start)
            if not before and "PER" not in pre:
                # "A summit with Trump in Budapest ... was shelved": the story's traveller's, with the one named
                before = [t for t in self._touring() if t.person not in {g.person for g in guests}]
            guests = before[-1:] + guests
        place = _per(ents, m.group("loc0") or m.group("locp") or m.group("loc") or m.group("loc2") or m.group("loc3"))
        if m.group("locp") and not m.group("loc0") and place.city is None:
            return  # ("the Ukraine talks between X and Y": a country before the word is the topic)
        self._add_visit(guests, [(place.iso3, place.city, "summit", 0.8)], status, sentence, m.start(), 0.85)

    def _status_for_noun(self, noun: str, pre: str, clause: str) -> str | None:
        if _CONDITIONAL.search(pre) or _CANCEL_RX.search(clause):
            return None  # conditionals: no fact; cancellations: handled by their own rule
        if "nvit" in pre and _INVITED_TO.search(pre[-90:]) and "accept" not in pre:
            return None  # "renewed his invitation for X to pay a state visit": asked, not agreed
        if "ruled out" in clause and _NOT_RULED_OUT.search(clause):
            return None  # "preparations for a second visit could not be ruled out": a possibility
        if "o " in pre and _NO_BEFORE_NOUN.search(pre):
            return None  # "no visit by X to Turkey was being prepared": none
        if "o " in pre and _NO_PLANS_FOR_AT_END.search(pre):
            return None  # "no date had been agreed for a visit by X to Turkey": none
        if "ny " in pre and _ANY_BEFORE_NOUN.search(pre):
            return None  # "any trip by X to Russia would be a gamble": none in particular
        if _FLOATED_AT_END.search(pre):
            return None  # "have floated a return visit by X to Seoul": an idea put about, not a trip
        noun_l = noun.lower()
        if noun_l.startswith(("attendance", "presence", "participation")):
            return None
        if "during" in pre and _DURING_AT_END.search(pre) and not _PLANNED_WORD.search(noun_l) and _NOUN_PAST.search(clause):
            return "completed"  # "announced new aid on Wednesday during a visit to Chisinau": the deed's past, not a plan announced
        if "would" in pre and _SAID_WOULD_STEP.search(pre):
            return "planned"
        if "ing " in pre and _TOUR_STEP_GERUND.search(pre) and (
                _PLAN_WORD.search(whole := self.sentences[self.sentence_index].masked) and not _PRE_NEG.search(whole)):
            return "planned"  # "will travel on to X, then attend Y, before ending the tour in Namibia" (the sentence's plan)
        if "to make" in pre or "to undertake" in pre:
            if _CHOSE_NOT_TO_MAKE_AT_END.search(pre):
                return "declined"  # ("chose not to make the trip to Switzerland": not a plan "to make" one)
        if _PLANNED_WORD.search(noun_l) or _NOUN_PLANNED.search(pre):
            if re.search(r"\b(?:had|was|were)\s+(?:planned|expected|scheduled|due)\b", clause):
                return None
            if _PRE_SPEC.search(pre) and not re.search(r"accept", pre):
                return None
            return "planned"
        if _PRE_SPEC.search(pre):
            return None
        if "s " in pre and _SETS_OFF_ON.search(pre):
            return "planned"
        if _NOUN_ONGOING.search(pre) or _ARRIVED_FOR_NOUN.search(pre):
            return "ongoing"
        if _TOUR_STEP_PRESENT.search(pre) or _SCHEDULED_NOUN_PRESENT.search(pre):
            return "planned"  # "He ends the tour in Namibia on Wednesday", "returns the favour on Friday with a trip to France"
        if "before" in pre and _PRESENT_GOING_BEFORE_NOUN.search(pre):
            return "planned"  # "From New York, Lula returns to Brasilia before a trip to Malaysia in October": the next step
        if _PURPOSE_NOUN_AT_END.search(pre) and _GOING_PRESENT.search(pre):
            return None  # "goes on to Dushanbe later on Thursday for a state visit to Tajikistan": the verb's trip
        if _NOUN_PAST.search(clause):
            if _NEGATED_AUX.search(pre[-45:]):
                return None  # "has not made an official visit to Turkey since the invasion"
            return "completed"
        return None
