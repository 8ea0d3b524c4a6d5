"""What the tagger knows while it reads one article (its gathering, the travellers and hosts told so
far, the last warrant, plans that a later sentence may call off) and the lookups every rule family
shares: the date near a cue, a person's home country, a timeline entry's date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from warrantwatch.dates import DateMention, may_hold_date
from warrantwatch.reference import Person
from warrantwatch.tagger.cues import (
    _AHEAD_OF_GATHERING,
    _AND_BACK_HOME,
    _AND_WORD,
    _ARRIVED_FOR_GATHERING,
    _ARRIVED_FROM_GATHERING,
    _AS_DID,
    _BACK_HOME,
    _BEFORE_FLYING_HOME,
    _BEFORE_GATHERING_AT_END,
    _BODY_AFTER,
    _BODY_NOT_MEETING_BEFORE,
    _CEREMONY_HINTS,
    _CEREMONY_OF,
    _CEREMONY_STORY,
    _COMPARED,
    _CONCLUDED_VISIT,
    _CONDITIONAL,
    _CONVERGED_ON_FOR,
    _COUNTRY_CEREMONY,
    _CRICKET_RX,
    _EARLIER_GATHERING,
    _EVT_PLACE_RX,
    _FILED_ON,
    _FROM_GATHERING_AT_END,
    _FROM_PLACE_WHERE_AT_END,
    _FRONTED_TIME,
    _GATHER_IN,
    _GATHERING_NAMED,
    _GATHERING_OPENED_AT,
    _GATHERING_OPENED_HERE,
    _GATHERING_WORDS,
    _GENERIC_GATHERING_WORD,
    _GOING_BEFORE,
    _GOING_ON_BEFORE,
    _GOING_ON_TO_GATHERING,
    _GOOD_MORNING_FROM,
    _HOST_GOVERNMENT_GATHERING,
    _HOSTING_LEADERS,
    _HOSTS_AT_END,
    _ICC_RX,
    _IN_RELATIVE_CLAUSE,
    _IN_THIS_PLACE,
    _LATER_GATHERING,
    _LATER_GATHERING_AFTER,
    _LEADERS_MEET_HERE,
    _LEFT_ON,
    _LEFT_PLACE_ON,
    _MEANWHILE_GATHERING_BEFORE,
    _MET_IN_PLACE,
    _MINISTERIAL_AFTER,
    _MINISTERS_AFTER,
    _MINISTERS_OF_AT_END,
    _NATIONAL_ARREST_ARTICLE,
    _OFFICE_CHANGE_BEFORE_DATE,
    _ONLINE_STORY,
    _OPENED_A_GATHERING,
    _OPENED_BEFORE,
    _ORG_NOT_MEETING,
    _OWN_CLAUSE_BEFORE_DATE,
    _PAST_MAIN_VERB,
    _PAST_VERB_BEFORE,
    _PAST_VERB_IN,
    _PLACE_AFTER_GATHERING,
    _PLACE_BEFORE_END,
    _PLAN_WORD,
    _PRE_FUTURE,
    _RELATIVE_WORD,
    _SINCE_PHRASE_END,
    _SINCE_WORD,
    _SWORN_IN_AT,
    _SWORN_IN_HERE,
    _TIMELINE_HEAD,
    _TOPIC_IN_PLACE,
    _VISIT_THAT_ENDED,
    _WEEKLY_ROUNDUP,
    _WENT_HOME,
    _WHERE_GATHERING,
    _WHERE_LEADERS_GATHER,
    _WHERE_LEADERS_MEET,
    _YEAR_AS_SUBJECT,
    _cancel_verb_hint,
    _clause_bounds,
    _date_cues,
    _first_day,
    _legs_possible,
    _not_the_warrants_day,
    _per,
    _person_country,
    dateline_place,
)
from warrantwatch.tagger.entities import Entity, Lexicon, Sentence
from warrantwatch.tagger.facts import _date_fits, _Fact, _generic_occasion
from warrantwatch.tagger.rx import _has_any


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` falls inside a quotation opened before it in ``text`` (curly or straight marks)."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


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


class ArticleState:
    """The state of one article's reading, shared by every rule family (see the module docstring)."""

    def __init__(self, article_id: str, text: str, published: date, lex: Lexicon) -> None:
        self.article_id = article_id
        self.text = text
        self.published = published
        self.lex = lex
        self.facts: list[_Fact] = []
        # (a round-up may tell of cricket and of the court: "the ICC prosecutor", "arrest warrants" say it is the court too)
        self.is_cricket = bool(_CRICKET_RX.search(text)) and not re.search(
            r"International\s+Criminal\s+Court|\bICC\s+(?:prosecutor|judges?|warrants?)\b|\barrest\s+warrants?\b|\bRome\s+Statute\b", text)
        self.mentions_icc = bool(_ICC_RX.search(text)) and not self.is_cricket
        self.national_warrants = not self.mentions_icc and _NATIONAL_ARREST_ARTICLE.search(text) is not None
        self.context: tuple[str, str | None, str | None] | None = None  # the article's gathering
        self.last_host: dict[str, tuple[str, str | None, str | None]] = {}  # traveller -> latest host
        self.planned_host: dict[str, tuple[str, str | None, str | None]] = {}  # traveller -> next host told
        self.homes: dict[str, str | None] = {}
        self.went_home: set[str] = set()  # travellers the article has seen fly home
        self.travelling_with: dict[str, str] = {}  # companion -> the leader whose trip they are on
        self.left_hosts: set[tuple[str, str]] = set()  # (traveller, country) stays the article has seen end
        self.leg_days: dict[tuple[int, str], str] = {}  # (sentence start, country) -> the day its leg names
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
        self.warrants_told_before: list[_Fact] = []  # warrants the previous sentence told
        self.sentences: list[Sentence] = []
        self.national_court: tuple[int, str] | None = None  # (sentence, ISO3) of the last national court told
        # A story about a one-day ceremony (a funeral, a coronation, an inauguration): those told in the
        # past tense as present at it were there and are done, not still there.
        opening = text[:600].lower()
        self.ceremony = any(w in opening for w in _CEREMONY_HINTS) and _CEREMONY_STORY.search(opening) is not None
        # A weekly round-up ("Our weekly round-up of ...", "The week in diplomacy"): the week's arrivals, told days later,
        # are stays that are over.
        self.weekly = _WEEKLY_ROUNDUP.search(opening) is not None
        # A story about a gathering held online ("convened an online meeting of BRICS leaders"): those who took part
        # by video made no trip to skip.
        self.online = ("online" in opening or "virtual" in opening) and _ONLINE_STORY.search(opening) is not None

    def _named_occasion(self, iso3: str | None, generic: str | None) -> str | None:
        """A generic word for the gathering ("summit") keeps the name the article gave it in the same country
        ("the G20 summit in New Delhi", "gather in New Delhi for the G20 summit")."""
        if self.context is not None and self.context[0] == iso3 and self.context[2]:
            return self.context[2]
        return generic

    def _update_context(self, sentence: Sentence) -> None:
        """Remember the latest gathering with a place ("a summit in Johannesburg", "this week's G-20")."""
        masked, ents = sentence.masked, sentence.entities
        in_opening = bool(self.sentences) and sentence is self.sentences[0]  # (several cues hold only in the story's opening)
        if "sworn" in masked and (sworn := _SWORN_IN_AT.search(masked)) is not None:
            # "Maduro was sworn in for a third term in Caracas on Friday": the inauguration is the gathering
            loc = _per(ents, sworn.group(1))
            self.context = (loc.iso3, loc.city, "inauguration")
        elif ("sworn" in masked or "inaugurated" in masked) and self.context is None and in_opening and self.dateline is not None and _SWORN_IN_HERE.search(masked):
            self.context = (self.dateline[0], self.dateline[1], "inauguration")  # ("ASUNCIÓN - X was sworn in on Tuesday")
        if "hosting" in masked and (hosting := _HOSTING_LEADERS.search(masked)) is not None:
            # "Putin is hosting more than 20 heads of state in the Volga city of Kazan this week"
            loc = _per(ents, hosting.group(1))
            self.context = (loc.iso3, loc.city, None)
        if self.context is None and (self.dateline is None or in_opening) and "LOC" in masked and (
                arrived := _ARRIVED_FOR_GATHERING.search(masked)) is not None and (
                (loc := _per(ents, arrived.group("loc"))).kind == "LOC" and loc.iso3) and (
                self.dateline is None or loc.iso3 == self.dateline[0] and "EVT" not in masked):
            # "X arrived in Bangkok on Thursday to attend the summit" (a story with no dateline to place it, or one
            # filed from there: "LUANDA — X arrived in the Angolan capital on Monday for the summit between ...", unless
            # the sentence names a gathering of the reference, which places the story better)
            self.context = (loc.iso3, loc.city, _generic_occasion(arrived.group("g")))
        if (self.context is None and self.dateline is None and in_opening
                and (greeting := _GOOD_MORNING_FROM.match(masked)) is not None
                and (loc := _per(ents, greeting.group("loc"))).iso3):
            # "Good morning from the Kuala Lumpur Convention Centre, where the ministers' meetings get under way": a live
            # page written at the gathering
            gathering = _GENERIC_GATHERING_WORD.search(masked, greeting.end())
            self.context = (loc.iso3, loc.city if loc.kind == "LOC" else None, _generic_occasion(gathering.group(0)) if gathering else None)
        if (self.context is None and self.dateline is not None and in_opening
                and (meet := _LEADERS_MEET_HERE.search(masked)) is not None
                and ((met_in := _MET_IN_PLACE.match(masked, meet.end())) is None or _per(ents, met_in.group(1)).iso3 == self.dateline[0])):
            # "LONDON — European leaders are meeting at Lancaster House on Sunday": the story's gathering is where it is
            # filed (unless the place they meet in is another country's)
            self.context = (self.dateline[0], self.dateline[1], None)
        if self.context is None and ", where" in masked and "leaders" in masked and (gather := _WHERE_LEADERS_MEET.search(masked)) is not None and (
                (loc := _per(ents, gather.group("loc"))).kind == "LOC" and loc.iso3):
            self.context = (loc.iso3, loc.city, "summit")  # "Live updates from ... in Rio, where leaders of the G20 meet on Monday"
        if "EVT" not in masked and not _has_any(masked.lower(), _GATHERING_WORDS) and " meeting" not in masked:
            return  # (a meeting only when named by its place: "The Asunción meeting")
        if self.context is not None and _COMPARED.match(masked):
            return  # "Compare that with the G7 in Canada, which he left early": not the one the article is about
        if self.context is None and (by_host := _HOST_GOVERNMENT_GATHERING.search(masked)) is not None:
            host = _per(ents, by_host.group(1))
            if host.iso3:
                self.context = (host.iso3, host.city if host.kind == "LOC" else None, _generic_occasion(by_host.group("g")))
        if self.context is None and (own := _COUNTRY_CEREMONY.search(masked)) is not None:
            host = _per(ents, own.group(1))
            if host.iso3:
                self.context = (host.iso3, host.city if host.kind == "LOC" else None, own.group("g").lower())
        if (self.context is None and self.dateline is not None and in_opening
                and (opened := _GATHERING_OPENED_AT.search(masked)) is not None
                and _per(ents, opened.group("v")).iso3 == self.dateline[0]):
            # "KUALA LUMPUR — Anwar opened the 47th ASEAN Summit at the Kuala Lumpur Convention Centre on Sunday":
            # the story's gathering is where it is filed
            self.context = (self.dateline[0], self.dateline[1], _generic_occasion(opened.group("g")))
        if (self.context is None and self.dateline is not None and in_opening
                and all(_per(ents, i).iso3 == self.dateline[0] for i in re.findall(r"LOC(\d+)", masked))
                and (opened_here := _GATHERING_OPENED_HERE.search(masked) or _OPENED_A_GATHERING.search(masked)
                     or _AHEAD_OF_GATHERING.search(masked)) is not None):
            # "BAKU — The two-day leaders' segment of the UN climate conference, which opened on Tuesday": filed from it
            self.context = (self.dateline[0], self.dateline[1], _generic_occasion(opened_here.group("g")))
        if self.context is None and ", where" in masked and (gather := _WHERE_LEADERS_GATHER.search(masked)) is not None and (
                (loc := _per(ents, gather.group("loc"))).kind == "LOC" and loc.iso3):
            # "Good morning from the National Convention Centre in Vientiane, where leaders gather today for the East Asia Summit"
            event = _per(ents, gather.group("e")).event if gather.group("e") else None
            self.context = (loc.iso3, loc.city, event.name if event else _generic_occasion(gather.group("g") or "summit"))
        if ", where" in masked and (where := _WHERE_GATHERING.search(masked)) is not None:
            # "He then flew to Egypt, where he and Sisi co-chaired a gathering of more than 20 leaders"
            loc = _per(ents, where.group(1))
            if loc.kind == "LOC" and loc.iso3:
                self.context = (loc.iso3, loc.city, _generic_occasion(where.group(2)))
        for m in _GATHERING_NAMED.finditer(masked):
            after = masked[m.end():]
            if self.dateline is not None and (_IN_THIS_PLACE.match(after) or (
                    in_opening and _TOPIC_IN_PLACE.match(after))):
                # "a summit of more than 20 world leaders in this Red Sea resort", and in the opening "BURGENSTOCK - Leaders
                # gathered on Saturday for a conference on peace in Ukraine" (a topic, not a venue): where the story is filed
                self.context = (self.dateline[0], self.dateline[1], _generic_occasion(m.group("g") or "") if m.group("g") else None)
                continue
            if self.dateline is None and in_opening and _TOPIC_IN_PLACE.match(after):
                continue  # ("STANSSTAD - ... arrived for the conference on peace in Ukraine", a dateline not known: not held there)
            if (self.context is None or in_opening) and (m.group("g") or "").lower() in {"funeral", "inauguration"} and (
                    (whose := _CEREMONY_OF.match(after)) is not None and whose.group("pope")):
                self.context = ("VAT", "Vatican City", m.group("g").lower())  # "the funeral of Pope Francis": at the Vatican
                continue
            if self.context is not None and _inside_quote(masked, m.start()):
                continue  # ("'He ignored the summit in Bürgenstock but accepted ...,' it said": a remark, not the story's)
            if self.context is not None and _CONDITIONAL.search(masked, _clause_bounds(masked, m.start())[0], m.start()):
                continue  # "whether he would be detained if he came to the climate conference in Belém": only supposed
            if (self.context is None and self.dateline is not None and in_opening
                    and (m.group("g") or "").lower() in {"parade", "funeral", "inauguration", "coronation"}
                    and not _PLACE_AFTER_GATHERING.match(after) and not _GOING_BEFORE.search(masked, 0, m.start())):
                # "MOSCOW — X stood beside Y on Red Square as Russia marked ... with its largest military parade":
                # a ceremony the opening tells, with no place of its own, is where the story is filed
                self.context = (self.dateline[0], self.dateline[1], _generic_occasion(m.group("g")))
                continue
            if m.group("e") and _BODY_NOT_MEETING_BEFORE.search(masked, max(0, m.start() - 50), m.start()):
                continue  # "a greater African say in the G20", "its seat at the G20": the body, not a meeting of it
            if (rel := _IN_RELATIVE_CLAUSE.search(masked, max(0, m.start() - 120), m.start())) is not None and (
                    "," in masked[m.end() : m.end() + 80]) and (self.context is not None or _PAST_VERB_IN.search(rel.group(0))):
                continue  # "X, who was at the G7 summit in southern Italy from Thursday to Saturday, chose not to attend"
            if self.context is not None and _PAST_VERB_BEFORE.search(masked, 0, m.start()) and any(
                    d.value[:7] < self.published.isoformat()[:7] or d.text.lower().startswith(("last week", "earlier this"))
                    or (self.dateline is not None and self.context[0] == self.dateline[0] and len(d.value) == 10
                        and d.value < self.published.isoformat())
                    for d in sentence.dates("past")):
                # "in July he attended the BRICS summit in Kazan", "attended the APEC meetings in Lima last week": a
                # gathering before the story's
                continue
            if self.context is not None and _FROM_PLACE_WHERE_AT_END.search(masked, max(0, m.start() - 40), m.start()):
                continue  # "who came straight from Johannesburg, where the G20 summit had opened": the gathering come from
            if self.context is not None and _GOING_ON_BEFORE.search(masked, max(0, m.start() - 100), m.start()):
                continue  # "He left for Brazil the same evening to prepare for the opening of COP30": where he went next
            if self.context is not None and _MEANWHILE_GATHERING_BEFORE.search(masked, max(0, m.start() - 12), m.start()):
                continue  # "as the COP30 talks in Belém ran into overtime": elsewhere, at the same time
            if (self.context is not None or " from " in masked and _ARRIVED_FROM_GATHERING.search(masked) is not None) and (
                    _FROM_GATHERING_AT_END.search(masked, max(0, m.start() - 40), m.start())):
                continue  # "Xi landed in Rio on Sunday after APEC in Peru": the gathering he came from, not the story's
            if m.group("e") and _BODY_AFTER.match(after):
                continue  # "holds the G20 presidency", "a NATO trust fund", "set up by the BRICS": the body
            if m.group("e") and _MINISTERIAL_AFTER.match(after):
                continue  # "skipped the G20 foreign ministers' meeting in February": another gathering of the body
            place = _EVT_PLACE_RX.match(after)
            if (place and self.dateline is not None and _per(ents, place.group("i")).iso3 != self.dateline[0]
                    and _BEFORE_GATHERING_AT_END.search(masked, max(0, m.start() - 40), m.start())):
                continue  # "BELÉM — ... urging targets before the UN climate conference in Dubai": a later one, elsewhere
            if (place or m.group("e")) and _EARLIER_GATHERING.search(masked, max(0, m.start() - 60), m.start()):
                continue  # "hosted the previous summit in Johannesburg": not the one the article is about
            if self.context is not None and (_LATER_GATHERING.search(masked, max(0, m.start() - 45), m.start())
                                             or _LATER_GATHERING_AFTER.match(after)) or (
                    (self.context is not None or self.dateline is not None)
                    and (going := _GOING_ON_TO_GATHERING.search(masked, max(0, m.start() - 80), m.start())) is not None
                    and (self.context is not None or not going.group("now"))):
                # "who will host the G20 in Johannesburg in November", "a conference would follow in Cairo", "and then to
                # South Korea on Wednesday for the APEC gathering" (in a story filed from elsewhere): a later one
                continue
            if self.context is not None and "hosts" in masked and _HOSTS_AT_END.search(masked, max(0, m.start() - 12), m.start()) and any(
                    m.end() <= d.start <= m.end() + 30 and d.value[:7] > self.published.isoformat()[:7] for d in sentence.dates("future")):
                continue  # "His country hosts the G20 leaders in November" (in July): a later one
            if (self.context is not None and place and self.dateline is not None and self.context[0] == self.dateline[0]
                    and any(m.end() <= d.start <= m.end() + 40 and len(d.value) == 7 and d.value < self.published.isoformat()[:7]
                            for d in sentence.dates("past"))):
                # "JOHANNESBURG - ... (the G20 here) ... sent Li to gatherings this year, including the BRICS meeting in Rio in
                # July": an earlier one elsewhere, dated by its month, does not displace the one where the story is filed
                continue
            if place:
                loc = _per(ents, place.group("i"))
                occasion = _per(ents, m.group("e")).event.name if m.group("e") else _generic_occasion(m.group("g"))
                self.context = (loc.iso3, loc.city, occasion if m.group("e") else self._named_occasion(loc.iso3, occasion))
            elif m.group("e") and _ORG_NOT_MEETING.match(after):
                continue  # "NATO's bombing", "the EU's rules": the body, not one of its meetings
            elif m.group("e"):
                event = _per(ents, m.group("e")).event
                if event is not None and (gathered := _CONVERGED_ON_FOR.search(masked, 0, m.start())) is not None and (
                        (loc := _per(ents, gathered.group(1))).iso3):  # ("converged on Islamabad": masked as the government)
                    # "Dignitaries converged on Islamabad for a gathering of SCO heads of government": the place told,
                    # not where the body's leaders' summit is held that year
                    self.context = (loc.iso3, loc.city, event.name)
                    continue
                host = event.host(self._year_near(sentence, m.start(), "nearest")) if event else None
                if host:
                    # ("G20 foreign ministers met on Thursday and Friday": in the presidency's country, but not the leaders'
                    # summit, whose day is not theirs)
                    ministers = _MINISTERS_AFTER.match(after) is not None or _MINISTERS_OF_AT_END.search(masked, max(0, m.start() - 40), m.start()) is not None
                    if ministers and self.dateline is not None and self.dateline[0] != host[0] and in_opening:
                        # ("LA MALBAIE, Quebec - Foreign ministers of the Group of Seven opened talks at a resort": where the
                        # story is filed, not the country holding the body's presidency)
                        self.context = (self.dateline[0], self.dateline[1], None)
                    else:
                        self.context = (host[0], host[1], None if ministers else event.name)
            elif (where := _GATHER_IN.search(masked)) is not None:
                # "Leaders are meeting in Kazan for a summit of ...": the place the gathering is in.
                loc = _per(ents, where.group(1))
                self.context = (loc.iso3, loc.city, self._named_occasion(loc.iso3, _generic_occasion(m.group("g"))))
            elif (named := _PLACE_BEFORE_END.search(masked, max(0, m.start() - 12), m.start())) is not None and (
                    (loc := _per(ents, named.group(1))).kind == "LOC" and loc.iso3) and (self.context is None or self.context[0] != loc.iso3):
                self.context = (loc.iso3, loc.city, _generic_occasion(m.group("g")))  # "the Sharm el-Sheikh Summit for Peace"
        if self.context is not None and self.opening_day is None:
            # "The summit opened in Johannesburg on Saturday" in Saturday's paper: the gathering is
            # today's, and those told to be at it (or to stay away) with no day of their own are dated by it.
            for mention in sentence.dates("past"):
                if (len(mention.value) == 10 and 0 <= (self.published - date.fromisoformat(mention.value)).days <= 1
                        and _OPENED_BEFORE.search(masked, max(0, mention.start - 60), mention.start)):
                    self.opening_day = (self.context[0], mention.value)
                    break

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

    # -- dates --
    def _date_near(self, sentence: Sentence, anchor: int, prefer: str, any_side: bool = False,
                   status: str | None = None, allow_since: bool = False, visit: bool = False,
                   warrant: bool = False) -> str | None:
        """The date expression nearest to ``anchor`` (a masked offset) in its clause, if it fits the status."""
        if sentence._scanned is None:
            # Before the first scan of the sentence: a clause with no date words, digits or month
            # names holds no date expression (none spans a clause break but a "18 - 19 Nov" span,
            # whose first day is in its clause), so the scan is spared.
            start, end = _clause_bounds(sentence.masked, anchor)
            if not may_hold_date(sentence.masked[start : end + 1]) and not _TIMELINE_HEAD.match(sentence.masked) and not (
                    _FRONTED_TIME.match(sentence.masked)):
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
            if visit and len(mention.value) == 4 and _YEAR_AS_SUBJECT.match(sentence.masked, mention.end):
                continue  # "told the leaders that 2024 was on track to be the hottest year": a year spoken of, not the trip's
            if bounded and not (allow_since and since) and not (
                    visit and status == "planned" and sentence.masked[max(0, pos - 6) : pos].rstrip().lower().endswith("from")) and not (
                    visit and sentence.masked.startswith(", when ", mention.end) and anchor > mention.end
                    and sentence.masked[max(0, pos - 5) : pos].lower() == "from "):
                continue  # (a visit "from December 4" starts then; "a gesture from May, when X visited": the time of the "when")
            if visit and not allow_since and (sentence.has_between("since", _SINCE_WORD, max(anchor, pos - 40), pos) if pos > anchor
                                              else _SINCE_PHRASE_END.search(sentence.masked, max(0, pos - 40), pos) is not None):
                # "his first trip to X since relations froze in 2020": the time before the trip; "X, on his first trip
                # abroad since his inauguration two weeks ago, held talks": the same, told before the verb
                continue
            if visit and pos > anchor and _OWN_CLAUSE_BEFORE_DATE.search(sentence.masked, anchor, pos):
                continue  # "attending his last summit before his term ends in December": the other clause's time
            if visit and "office" in sentence.masked and _OFFICE_CHANGE_BEFORE_DATE.search(sentence.masked, max(0, pos - 40), pos):
                continue  # "X, attending one of his last summits before leaving office in October, arrived on Monday"
            if status and not _date_fits(mention.value, status, self.published):
                continue
            if status == "planned" and len(mention.value) >= 7 and (_first_day(mention.value) - self.published).days > 300:
                # "After a call on Oct. 16, X announced he would ..." in late October: the call ten days ago,
                # not a trip a year ahead.
                past = next((d.value for d in sentence.dates("past") if d.start == pos), None)
                if past is not None and 0 <= (self.published - _first_day(past)).days <= 60:
                    continue
            if mention.end <= anchor and "," in sentence.masked[mention.end : anchor] and _IN_RELATIVE_CLAUSE.search(
                    sentence.masked, max(0, pos - 120), pos):
                continue  # "X, who had taken part in Thursday's meeting, was among those at Friday's session"
            if warrant and _not_the_warrants_day(sentence, anchor, pos):
                continue
            if pos < 60 and sentence.start < 60 and (line := _FILED_ON.match(sentence.masked)) is not None and (
                    mention.end <= line.end()):
                continue  # "NEW DELHI, Nov 28 (PTI) -": the day the story was filed
            if visit and pos > anchor and "did" in sentence.masked and sentence.has_between("as did", _AS_DID, anchor, pos):
                continue  # "is due to represent China, as he did at the BRICS summit in July": July is the other trip's
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
            if (told := self._first_date_before(candidates, head.end(), status)) is not None:
                return told
        if best is None and (fronted := _FRONTED_TIME.match(sentence.masked)) is not None and anchor > fronted.end():
            # "Last month, Turkey was among the guarantors of a truce signed at a summit in Egypt, which X attended":
            # a time put first, with a comma, holds for the whole sentence when no clause tells its own
            if (told := self._first_date_before(candidates, fronted.end(), status)) is not None:
                return told
        return best[1] if best else None

    def _first_date_before(self, candidates: list[DateMention], end: int, status: str | None) -> str | None:
        """The first date told before ``end`` (a sentence's opening), if it fits ``status``."""
        first = next((d for d in candidates if d.start < end), None)
        return first.value if first is not None and (not status or _date_fits(first.value, status, self.published)) else None

    @property
    def warrants_before(self) -> list[_Fact]:
        """The warrants the previous sentence told as issued."""
        return [f for f in self.warrants_told_before if f.status == "issued"]

    def _places_told_before(self) -> list[Entity]:
        """The countries and cities the sentence before named, in order ("...began on Friday in Geneva. There he ...")."""
        if self.sentence_index == 0:
            return []
        return [e for e in self.sentences[self.sentence_index - 1].entities if e.kind == "LOC" and e.iso3]

    def _day_before_or_today(self, when: str | None) -> bool:
        """Whether ``when`` is the paper's day or the day before: someone who arrived (or met there) then is
        there now, by the project's convention for arrivals."""
        return when is not None and len(when) == 10 and 0 <= (self.published - date.fromisoformat(when)).days <= 1

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
            who, where = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            person = _per(sentence.entities, who).person
            if person is not None and _per(sentence.entities, where).iso3 == self._home(person):
                self.went_home.add(person.name)
        if "before" in sentence.masked and (flying := _BEFORE_FLYING_HOME.match(sentence.masked)) is not None and (
                (person := _per(sentence.entities, flying.group(1)).person) is not None) and (
                flying.group(2) is None or _per(sentence.entities, flying.group(2)).iso3 == self._home(person)) and (
                _PAST_MAIN_VERB.match(sentence.masked, flying.start(1) - 3)) and not _PLAN_WORD.search(sentence.masked, 0, flying.end()):
            # (only told as done: "is expected to meet X before returning home" is a plan)
            self.went_home.add(person.name)
        for m in _WENT_HOME.finditer(sentence.masked):
            verb = next(v for v in ("verb", "verb2", "verb3", "verb4", "verb5") if m.group(v))
            if not _PRE_FUTURE.search(sentence.masked[m.start() : m.start(verb)]):
                person = _per(sentence.entities, m.group(1) or m.group(3) or m.group(5) or m.group(7) or m.group(9)).person
                if person is not None:
                    self.went_home.add(person.name)
        for m in _CONCLUDED_VISIT.finditer(sentence.masked):
            person = _per(sentence.entities, m.group("per")).person
            if person is None or _PRE_FUTURE.search(sentence.masked, 0, m.start()):
                continue
            if m.group("loc"):
                place = _per(sentence.entities, m.group("loc"))
                if place.iso3:
                    self.left_hosts.add((person.name, place.iso3))
            elif m.group("noun") != "tour" and (there := self.last_host.get(person.name)) is not None:
                self.left_hosts.add((person.name, there[0]))  # (a tour's end is not told here: it may have had legs)
        for m in _VISIT_THAT_ENDED.finditer(sentence.masked) if "ended" in sentence.masked or "conclu" in sentence.masked else ():
            person, place = _per(sentence.entities, m.group("per")).person, _per(sentence.entities, m.group("loc") or m.group("loc2"))
            if person is not None and place.iso3:
                self.left_hosts.add((person.name, place.iso3))  # "a state visit to Russia that ended on Wednesday"
        for m in _LEFT_PLACE_ON.finditer(sentence.masked):
            person = _per(sentence.entities, m.group(1) or m.group(3) or m.group(5)).person
            place = _per(sentence.entities, m.group(2) or m.group(4) or m.group(6))
            if person is not None and place.iso3:
                self.left_hosts.add((person.name, place.iso3))
        for m in _LEFT_ON.finditer(sentence.masked):
            person = _per(sentence.entities, next(g for g in m.groups() if g)).person
            if person is not None:
                self.went_home.add(person.name)  # "He left on Wednesday": the stay told before is over
