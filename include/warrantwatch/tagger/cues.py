"""The language the rules read: cue patterns over masked sentences (tense, modality, negation,
travel verbs and nouns, presence, hosting, cancellation, warrant wording, courts, datelines, tour
legs) and the small clause-level readings built on them.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any

from warrantwatch.gazetteer import Gazetteer
from warrantwatch.reference import Person
from warrantwatch.rxfast import Probed
from warrantwatch.tagger.entities import _PER_INDEX, _UNKNOWN_SUBJECT, Entity, Sentence
from warrantwatch.tagger.rx import _Gated, _has_any, _stems_rx, _trie_regex

# A relative clause closed before the verb: "... whom PER2 called corrupt during the campaign, did not".
_LISTED_PAST_RELATIVE = re.compile(r"PER(\d+)\s*,\s*(?:who|whose|whom)\b[^;]{1,90}?,\s*(?:and|as\s+well\s+as)\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?$")
_SUBJECT_PAST_RELATIVE = re.compile(
    r"((?:PER\d+\s*(?:,\s*|,?\s+and\s+))*PER\d+)(?:'s|’s)?\s*,\s*(?:who|whose|whom)\b[^;,]*\bPER\d+[^;,]*,\s*"
    r"(?:(?:also|then|later|still|had|has|did|does|was|is|were|are|will|would|not|never)\s+)*$")
# (a name may carry its country after it: "PER0 of LOC1, PER2 of LOC3 and PER4 of LOC5 flew in")
_PER_LISTED_AT_END = re.compile(r"PER(\d+)(?:\s+of\s+(?:the\s+)?LOC\d+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+nor\s+)$")
_PER_LISTED_AT_END_NO_AMP = re.compile(r"PER(\d+)(?:\s+of\s+(?:the\s+)?LOC\d+)?\s*(?:,\s*|\s+and\s+|\s+nor\s+)$")
# "was invited to join him in Egypt at the last minute, then decided not to go": the place the invitation named.
_INVITED_TO_PLACE_BEFORE = re.compile(r"\b(?:invited|asked|due|expected|scheduled)\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:in|to)\s+(?:the\s+)?LOC(\d+)")
# "said that no visit by X to Turkey was being prepared": a trip denied.
_NO_BEFORE_NOUN = re.compile(r"\b[Nn]o\s+(?:(?!PER\d)[\w-]+\s+){0,3}$")
# "there were no plans at present for a visit by X to Armenia", "no date had been agreed for a visit by X to Turkey"
_NO_PLANS_FOR_AT_END = re.compile(r"\b[Nn]o\s+(?:[\w-]+\s+)?(?:plans?|dates?|decision|arrangements?|preparations?|timetable|schedule)\b"
                                  r"[^,;]{0,50}?\bfor\s+(?:a|an|the|any)\s+(?:(?!PER\d)[\w-]+\s+){0,3}$")
# "any trip by Orbán to Russia would be a gamble": no trip in particular
_ANY_BEFORE_NOUN = re.compile(r"\b[Aa]ny\s+(?:(?!PER\d)[\w-]+\s+){0,2}$")
# "arrived on the first leg of his three-nation visit to ...": the tour's other places are ahead.
_FIRST_LEG_OF_END = re.compile(r"\b(?:first|opening)\s+(?:leg|stop|stage)\s+of\s+(?:[\w'’-]+\s+){0,3}$")
# "Neither X nor Y would attend", "neither he nor Y attended": both stayed away.
_NEITHER_NOR_BEFORE = re.compile(r"\b[Nn]either\s+[^.;]{1,80}?\bnor\s+[^.;]{1,60}?\s+(?:(?:would|will|did|could)\s+)?$")
# "would travel to Beijing only once the trade barriers had been lifted", "only if invited": a condition, no plan
_ONLY_ON_CONDITION = re.compile(r"\bonly\s+(?:if|once|when|after\s+(?:the\s+)?\w+\s+(?:is|are|has|have|had)\s+been)\b", re.IGNORECASE)
_WHEN_CONDITIONS = re.compile(r"\b(?:when|once|as\s+soon\s+as)\s+(?:the\s+)?conditions\s+(?:are|were|allow|permit|are\s+right)\b")
_IF_UNLESS = re.compile(r"\b(?:if|unless)\b")
_MODAL_AT_END = re.compile(r"\b(?:to|may|might|could|would)\s+$")
_PERFECT_NEG_AT_END = re.compile(r"\b(?:has|have|had)\s*(?:not|n't|n’t)\s+(?:yet\s+)?$|\bnever\s+(?:yet\s+)?$")
_NO_LONGER_AT_END = re.compile(r"\bno\s+longer\s+(?:\w+\s+)?$")
_PRESENT_OR_WILL = re.compile(r"\b(?:will|won['’]t|is|are)\b")
# (not the full stop of "Nov." or of a rank: "Lt. Gen. X", "Adm. Y")
_STOP_MARK = re.compile(r"[;!?]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gen|Adm|Col|Maj|Sgt))(?<!\bSept)(?<!\bCapt)"
                        r"(?<!\b(?:Lt|Mr|Ms|Dr|Jr|Sr|St))(?<!\bMrs)\.")
_TO_AT_END = re.compile(r"\bto\s+$")
_BE_AT_END = re.compile(r"\b(?:is|are|was|were|be|been)\s+$")
# A gathering's topic, not its venue: "a conference on peace in Ukraine", "talks on the war in Sudan".
# ("an extraordinary summit on the wars in Gaza and Lebanon": plural topics too)
_TOPIC_IN_PLACE = re.compile(r"\s+on\s+(?:the\s+)?(?:peace|wars?|security|situation|crisis|crises|conflicts?|fighting|reconstruction|recovery|ceasefire|"
                             r"humanitarian|future)\b[^,.;]{0,25}?\bin\s+(?:the\s+)?LOC\d+")
# A gathering told as here: "a summit of more than 20 world leaders in this Red Sea resort".
_IN_THIS_PLACE = re.compile(r"[^.;]{0,60}?\b(?:in|at)\s+this\s+(?:[\w-]+\s+){0,3}?(?:resort|city|capital|town|port|country|island)\b|\s+here\b")
_SWORN_IN_AT = re.compile(r"\bPER\d+\s+(?:was|is|will\s+be|has\s+been)\s+sworn\s+in\b[^.;]{0,50}?\bin\s+(?:the\s+)?LOC(\d+)")
# "ASUNCIÓN - Santiago Peña was sworn in as Paraguay's president on Tuesday": the inauguration is where the story is filed
_SWORN_IN_HERE = re.compile(r"\b(?:was|is|will\s+be|has\s+been)\s+(?:sworn\s+in\s+as\s+(?:(?:LOC\d+(?:'s|’s)\s+|the\s+(?:DEM\d+\s+|new\s+)?|DEM\d+\s+)"
                            # ("was sworn in as Argentina's president": the title, resolved to the one sworn in)
                            r"(?:president|head\s+of\s+state)\b|PER\d+\b)|(?:formally\s+|officially\s+)?inaugurated\b)"
                            r"(?![^.;]{0,50}?\bin\s+(?:the\s+)?LOC\d)")
# A gathering told by its host: "is hosting more than 20 heads of state ... in the Volga city of LOC1".
_HOSTING_LEADERS = re.compile(r"\b(?:is|are)\s+hosting\s+(?:[\w-]+\s+){0,5}?(?:heads\s+of\s+(?:state|government)|leaders|presidents)\b"
                              r"[^.;]{0,60}?\bin\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:city|capital|resort|town)\s+of\s+)?LOC(\d+)")
# "About two dozen foreign leaders attended the ceremony, among them X and Y, who ...": those listed were there.
_AMONG_THEM = re.compile(r"\b(?P<verb>attended|are\s+attending|were\s+present|are\s+present|came|were\s+there|are\s+there|will\s+join)\b"
                         r"[^.;]{0,80}?,\s*(?:among\s+them|including)\s+(?=(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d)")
_COMMA_AT_END = re.compile(r",\s*(?:then\s+)?$")
_MOVING = re.compile(r"(?:flying|travell?ing|heading|going|stopping|moving|continuing|spending|landing|visiting)\b", re.IGNORECASE)
# The tense of a main clause a participle hangs on: "made a whirlwind trip to the Gulf, flying first to ...".
# ("has limited his foreign travel since the warrant, visiting Hungary and the United States": a perfect, done)
_PAST_MAIN_VERB = re.compile(r"\bPER\d+\s+(?:\w+\s+)?(?:made|flew|went|travell?ed|arrived|visited|held|met|paid|spent|landed|"
                             r"wrapped|began|started|left|toured|embarked|set\s+off)\b|\bPER\d+\s+(?:has|have|had)\s+(?:also\s+)?[a-z]+ed\b")
# "since he attended": a verb in a "since" clause tells a time before the one the sentence is about.
_SINCE_SUBJECT_AT_END = re.compile(r"\bsince\s+PER\d+\s+(?:\w+\s+)?$")
_HAD_AT_END = re.compile(r"\bhad\s+(?:already\s+|just\s+|only\s+)?$")
_HAS_AT_END = re.compile(r"\b(?:has|have)\s+(?:already\s+|just\s+|now\s+|also\s+)?$")  # ("X has met Y": a perfect, today's news)
# "took him to", "takes PER0 on to", "a tour that has taken him to": the one carried is the traveller.
_CARRIED_TO = re.compile(r"(?:took|takes|take|taken|kept|keeps)\s+PER(\d+)\b")  # ("the warrant kept him away from ...": the one kept)
# "an Asia tour that goes on to Japan": the tour's traveller is the one going.
_PLACE_THEN_WHICH_PER = re.compile(r"\b(?:in|at)\s+(?:the\s+)?LOC(\d+)(?:\s+(?P<on>on)\s+(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*,?\s*(?:which|that)\s+PER\d+\s+(?:also\s+|had\s+|has\s+)?$")
# "would fly home after the summit and then travel to India": the bare verb of a second conjunct shares the plan
# (no one named between: "will proceed to meet Biden at the White House, and then travel to Lima" is not Biden's)
_FUTURE_THEN_AT_END = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|is\s+due\s+to|is\s+expected\s+to|(?:was|were)\s+(?:due|expected|scheduled)\s+to)\s+(?!not\b|never\b)(?:(?!PER\d)(?:[^.;]|\.(?=\s*\d))){1,80}?"
                                 r"(?:\band\s+(?:then\s+)?(?:to\s+)?|,\s*then\s+)$")
_LET_AT_END = re.compile(r"\b(?:let|lets|allow(?:s|ed)?|permit(?:s|ted)?)\s+PER\d+\s+(?:to\s+)?$")
# "X, the head of ..., was killed in a strike", "X, who died in May": the one whose death the article tells
_DIED = re.compile(r"\bPER(\d+)(?:\s*,[^,;]{1,90},)?\s+(?:was|has\s+been|had\s+been)\s+(?:killed|assassinated|shot\s+dead)\b|"
                   r"\bPER(\d+)(?:\s*,\s*who)?\s+(?:later\s+)?died\b")
_TOO_MUCH_TO_AT_END = re.compile(r"\btoo\s+(?:[\w-]+\s+){1,2}to\s+$|\b(?:not|n't|n’t)\s+(?:want|wish|afford)\s+to\s+$", re.IGNORECASE)
_CLOSING_TOUR_THAT = re.compile(r",\s*(?:closing|ending|concluding|capping|wrapping\s+up|rounding\s+off)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:tour|trip|swing|journey)\s+that\s+$")
# "X said two Air Force aircraft carrying rescuers had landed in Port Vila": the verb's subject is what was said about
_SAID_THING_SUBJECT_AT_END = re.compile(r"\b(?:said|says|announced|confirmed|told\s+reporters)\s+(?:that\s+)?"
                                        r"(?:the|a|an|two|three|four|five|several|some|more|\d+)\s+(?:(?!PER\d)[\w'’-]+\s+){0,16}?"
                                        r"(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:already\s+)?$")
# ("led a peace mission of African leaders that travelled first to Kyiv": the one who led it went)
_TOUR_THAT_AT_END = re.compile(r"\b(?:tour|trip|swing|journey|(?<=\s)(?:led|leads|headed|heads)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:mission|delegation)(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:leaders|heads\s+of\s+state|ministers|officials))?)"
                               r"\s+that\s+(?:then\s+|also\s+)?$")
# "X flew in from Riyadh, where he had met Y, at the end of a three-day tour ...": a tour no one is named to own, after
# a clause that names others (the sentence's subject's)
_UNOWNED_TOUR_AT_END = re.compile(r",\s*(?:at\s+the\s+(?:end|start|close)\s+of|during|midway\s+through|"
                                  # (", the second stop of a tour that began in Riyadh")
                                  r"the\s+(?:first|second|third|fourth|final|last|latest)\s+(?:stop|leg|stage)\s+(?:of|on)|on)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?$")
_CARRIED_AHEAD = re.compile(r"\b(?:final|next|last|later|third|fourth)\s+(?:leg|stop|stage)\b|\b(?:is|are)\s+(?:to|due|expected|set)\b|\bwill\b",
                            re.IGNORECASE)
_PRESENT_MAIN_VERB = re.compile(r"\bPER\d+\s+(?:\w+\s+)?(?:is|are|makes|flies|travels|arrives|visits|holds|meets|begins|starts|tours|embarks)\b")
_NEXT_CONJUNCT = re.compile(r"\b(?:and|but)\s+(?:then\s+)?(?:(?:he|she|they|PER\d+)\s+)?(?:would|will|could|might|should)\b|\bbut\b|;")
# The previous sentence's trip, made by others too: "So did Turkey's Erdoğan, the only NATO leader present, and Iran's X."
_SO_DID = re.compile(r"(?:So|As)\s+(?:too\s+)?did\s+")
# A go-verb's object that is the gathering itself: "decided not to travel to the inauguration".
_GATHERING_OBJECT = re.compile(r"(?:\s+(?:both|all\s+(?:\w+\s+)?|the\s+(?:first|second|third|opening|final|closing|last))\s+days?\s+of)?"  # "both days of the summit"
                               r"\s+(?:the|this|that|this\s+week(?:'s|’s)|his|her|PER\d+(?:'s|’s)?)\s+(?:[\w-]+\s+){0,2}?(?:inauguration|funeral|coronation|summit|"
                               r"parade|ceremony|swearing-in|gathering|forum|meeting|conference|debate|assembly|commemorations?|celebrations)\b(?!\s+(?:in|at|of)\s)|"
                               # "attended both events"
                               r"\s+both\s+events\b")
_NAMED_GATHERING_OBJECT = re.compile(r"\s+the\s+(?:[A-Z][\w-]*\s+){1,4}(?:[Ss]ummit|[Ff]orum|[Cc]onference|[Mm]eeting|[Dd]ialogue)\b(?!\s+(?:in|at)\s)")
_PROGRESSIVE_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?$")
# A time just past told right after a trip noun: "his state visit to China last week", "... earlier this month".
_JUST_PAST = re.compile(r"\s+(?:to\s+)?(?:the\s+)?(?:LOC\d+\s+)?(?:last\s+week|earlier\s+this\s+(?:week|month)|(?:a\s+few|two|three|several)\s+days\s+ago)\b")
_MODAL_WORD = re.compile(r"\b(?:would|could|might|may|should|if|unless)\b")
# "... pose for the family photo alongside W and Z": those beside them in it
_ALONGSIDE_AFTER = re.compile(r"\s+(?:alongside|with|beside|next\s+to)\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+(?:(?:\s*,\s*|,?\s+and\s+)(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*")
# A stay told as left: "flew back overnight from the summit", "returned home", "left Baku on Wednesday"
_GONE_BACK = re.compile(r"\b(?:flew|flown|flying|headed|returned|travell?ed)\s+(?:straight\s+|overnight\s+)?(?:back|home)\b|\bleft\s+(?:LOC|the\s+summit)", re.IGNORECASE)
# Speaking at the gathering the article is about: "told the assembly", "addressed the summit", "a speech by X".
_ADDRESSED_GATHERING = re.compile(
    r"\b(?P<verb>addressed|addresses|addressing|will\s+address|(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\s+address|told|tells|spoke\s+(?:to|at|before|in)|speaks\s+(?:to|at|before|in)|"
    r"(?:gave|delivered)\s+(?:a|his|her)\s+(?:[\w-]+\s+)?(?:speech|address)\s+(?:to|at)|took\s+the\s+floor\s+(?:at|in)|"
    r"co-chaired|co-chairs|co-chairing|co-chair|co-hosted|posed\s+for|poses?\s+for|posing\s+for|lined\s+up\s+for)\s+"
    # (the gathering told as known, "the assembly", "the G20": not "a gathering", "any summit"; its family photo)
    r"(?:(?:the\s+)?EVT\d+|(?P<photo>the\s+(?:traditional\s+|official\s+)?(?:family|group)\s+(?:photo|photograph|picture))|the\s+(?:[\w-]+\s+){0,2}?(?:assembly|summit|gathering|forum|conference|leaders|delegates|plenary|chamber|hall|session|meeting)|"
    r"delegates(?=\s+(?:that|at|in)\b)|a\s+(?:[\w-]+\s+)?(?:session|plenary|panel|roundtable)(?!\s+of\b)|"
    # ("told a state banquet in the Kenyan capital on Tuesday night": the guest of honour's speech)
    r"(?:a|the)\s+state\s+(?:banquet|dinner)|"
    r"(?:\w+day|today)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:session|plenary|summit))\b|"
    r"\b(?:speech|address)\s+by\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER(?P<speaker>\d+)|"
    # "will deliver India's speech on Saturday": a speech at the story's gathering, ahead
    r"\b(?P<deliver>will\s+(?:deliver|give|make))\s+(?:(?:LOC|DEM)\d+(?:'s|’s)|his|her|PER\d+(?:'s|’s)?)\s+(?:[\w-]+\s+)?(?:speech|address|statement)\b|"
    # "used his speech on Tuesday to pledge ...": gave it, at the gathering (an opening or closing speech is the host's
    # or the chair's, who may be at home there)
    r"\bused\s+(?:his|her|PER\d+)\s+(?:(?!opening|closing|welcom)[\w-]+\s+)?(?:speech|address|intervention|remarks|appearance)\b|"
    # "used his first G20 to announce new climate targets": there, at that gathering
    r"\bused\s+(?:his|her|PER\d+)\s+(?:first\s+|last\s+|final\s+|maiden\s+)?EVT(?P<used_evt>\d+)(?:\s+(?:summit|meeting))?\s+to\b")
# A gathering told by the government organising it: "the Dutch government ... organised an entire summit".
_HOST_GOVERNMENT_GATHERING = re.compile(
    r"\b(?:LOC|DEM|GOV)(\d+)(?:(?:'s|’s)?\s+(?:government|hosts?|authorities|presidency)\b[^.;]{0,80}?|\s+)\b(?:organi[sz]ed|organi[sz]es|"
    r"is\s+organi[sz]ing|hosted|hosts|is\s+hosting|will\s+host|staged|held)\s+(?:[\w-]+\s+){0,3}?(?P<g>summit|meeting|gathering|conference|forum|session)\b")
# "to attend China's military parade marking ...": a country's own ceremony is held at home.
_COUNTRY_CEREMONY = re.compile(r"\b(?:LOC|GOV)(\d+)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?P<g>parade|celebrations|jubilee)\b")
# A sentence comparing with another gathering: "Compare that with the G7 in Canada, which ...".
_COMPARED = re.compile(r"(?:Compare|Compared|Unlike|In\s+contrast|By\s+contrast|Contrast)\b")
# A gathering after the one the article is about: "who will host the G20 in Johannesburg in November".
_LATER_GATHERING = re.compile(r"\b(?:will\s+(?:host|hold|chair)|(?:is|are)\s+(?:due|set|to)\s+(?:to\s+)?(?:host|hold)|(?:preparing|prepares)\s+to\s+(?:host|hold)|"
                              r"plans?\s+to\s+(?:host|hold)|next|upcoming|following|forthcoming)\s+(?:the\s+|a\s+|its\s+)?"
                              r"(?:[\w’'-]+\s+)?$|"
                              # "is preparing for November's leaders' summit in Johannesburg"
                              r"\b(?:preparing|prepares|preparations?)\s+for\s+(?:the\s+|a\s+|its\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "is due to fly to Tokyo this evening and will travel to South Korea on Wednesday for the APEC meetings": a gathering
# the traveller goes on to, after the story's.
_GOING_ON_TO_GATHERING = re.compile(r"\b(?:(?:will|is\s+(?:due|set|expected)\s+to|then)\s+(?:(?<=then\s)|travel\s+|fly\s+|go\s+|head\s+|move\s+on\s+)|"
                                    r"(?P<now>flies|travels|heads|goes|moves)\s+)(?:on\s+)?to\s+"
                                    r"(?:the\s+)?LOC\d+\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+)?$", re.IGNORECASE)
# "had arrived that morning": the story's own day.
_THAT_MORNING = re.compile(r"\b(?:that|the\s+same)\s+(?:morning|afternoon|day)\b")
# A trip to a gathering elsewhere told before its days: "then to Brazil for the G20 summit on November 18-19".
_TO_PLACE_FOR = re.compile(r"\bto\s+(?:the\s+)?LOC(\d+)\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+|a\s+)?[^,;.]{0,40}$")
# "His country hosts the G20 leaders in November": a gathering its host holds (later, when a later month is told)
_HOSTS_AT_END = re.compile(r"\bhosts\s+(?:the\s+)?$")
_LATER_GATHERING_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:would|will|is\s+to|is\s+due\s+to)\s+(?:follow|be\s+held|take\s+place|open|convene)\b|"
                                    # "the BRICS summit that Brazil hosts in July": one ahead
                                    r"\s+(?:[\w-]+\s+)?(?:that|which)\s+LOC\d+\s+(?:will\s+host|is\s+(?:due\s+)?to\s+host|hosts\s+(?:in|next|later|this)\b)")
# A gathering before the one the article is about: "the previous summit", "last year's summit".
_EARLIER_GATHERING = re.compile(r"\b(?:previous|former|earlier|past)\s+(?:[\w-]+\s+)?$|\bthe\s+last\s+$|\b(?:last|previous)\s+year(?:'s|’s)\s+$|"
                                r"\bhad\s+(?:also\s+|just\s+)?(?:attended|hosted|been\s+at|chaired)\s+(?:the\s+|a\s+)?$|"
                                # "where he had just hosted world leaders ahead of the UN climate conference"
                                r"\bhad\s+(?:also\s+|just\s+)?hosted\s+(?:[\w'’-]+\s+){1,3}?(?:ahead\s+of|before|for)\s+the\s+$|"
                                # "flew in directly from the G7 summit": the one before
                                r"\b(?:in|directly|straight|fresh|back|came|coming|arrived|arriving|returned|returning|travell?ed|travell?ing|flying)\s+from\s+(?:the\s+)?(?:EVT\d+\s+)?$|"
                                # "He came to Brazil from the APEC summit in Lima"
                                r"\b(?:came|flew|arrived|travell?ed)\s+to\s+(?:the\s+)?LOC\d+\s+(?:directly\s+|straight\s+)?from\s+(?:the\s+)?(?:EVT\d+\s+)?$|"
                                # "fresh from hosting the climate conference in Belém"
                                r"\bfrom\s+(?:hosting|attending|chairing)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?$|"
                                # "flew in from Belém on Friday night after hosting the COP30 climate talks"
                                r"\bafter\s+(?:hosting|chairing)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# A gathering's own place after it ("the parade in Beijing"), and a trip to it told before it ("will attend the parade").
_PLACE_AFTER_GATHERING = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:LOC|GOV)\d")
_GOING_BEFORE = re.compile(r"\b(?:will|would|to|attend|attends|attended|attending|skip|skipped|skipping|miss|missed|travel|travelled|traveled|"
                           r"flew|fly|go|went|invited|invitation)\b", re.IGNORECASE)
# ("an open-air mass in St. Peter's Square": a service named as one, not "mass protests")
_GATHERING_NAMED = re.compile(r"\b(?:EVT(?P<e>\d+)|(?P<g>summit|forum|conference|gathering|funeral|inauguration|coronation|parade|"
                              r"(?<=open-air\s)mass|(?<=papal\s)mass|(?<=funeral\s)mass|(?<=requiem\s)mass|(?<=inauguration\s)mass|(?<=inaugural\s)mass|"
                              # ("The Asunción meeting was notable for one absence": a meeting named by its place)
                              r"(?<=[Tt]he\sLOC\d\s)meeting|(?<=[Tt]he\sLOC\d\d\s)meeting))\b",
                              re.IGNORECASE)
# "opened the 47th ASEAN Summit at the Kuala Lumpur Convention Centre": a gathering opened at a venue of a city.
_GATHERING_OPENED_AT = re.compile(r"\b(?:opened|opens|inaugurated|hosted|hosts|welcomed\s+leaders\s+to)\s+(?:the\s+)?(?:[\w’'–-]+\s+){0,4}?"
                                  r"(?P<g>summit|forum|conference|gathering|meeting)\s+(?:at|in)\s+(?:the\s+)?(?:LOC|GOV)(?P<v>\d+)", re.IGNORECASE)
# "BAKU — The two-day leaders' segment of the UN climate conference, which opened on Tuesday, ...": a gathering the opening
# tells opening (or closing) with no place of its own is where the story is filed.
_GATHERING_OPENED_HERE = re.compile(r"\b(?P<g>summit|conference|forum|gathering|meeting)\b(?:\s*,\s*which|\s+(?:meant|intended|designed|convened)\s+to\s+[^,.;]{1,80}?)?\s+(?:has\s+|was\s+)?"
                                    r"(?:opened|began|closed|ended|got\s+under\s+way|kicked\s+off|wrapped\s+up|wrapping\s+up|concluded|"
                                    r"opens|begins|closes|ends|gets\s+under\s+way)\b", re.IGNORECASE)
# "COPENHAGEN — Police have closed the airspace ahead of two summits this week": the same, told by what readies it
_AHEAD_OF_GATHERING = re.compile(r"\b(?:ahead\s+of|in\s+preparation\s+for|before)\s+(?:a|an|the|two|this\s+week(?:'s|’s)|next\s+week(?:'s|’s)|\w+day(?:'s|’s))\s+"
                                 r"(?:[\w-]+\s+){0,3}?(?P<g>summit|conference|forum|gathering|meeting)s?\b(?!\s+(?:in|at|of)\s)")
# "BELÉM — Lula opened a two-day gathering of world leaders on Thursday": the same, told by its opener
_OPENED_A_GATHERING = re.compile(r"\bPER\d+\s+(?:formally\s+|officially\s+)?(?:opened|opens|convened|convenes)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?P<g>summit|conference|forum|gathering|meeting)\b")
# "LONDON — European leaders are meeting at Lancaster House on Sunday": a gathering where the story is filed
# ("EU leaders meet informally on Wednesday at Christiansborg palace": the present of a schedule)
_LEADERS_MEET_HERE = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|foreign\s+ministers)\s+(?:(?:are|were|will|have)\s+(?:be\s+)?(?:meeting|gathering|gathered|meet|gather)|"
                                # ("EU foreign ministers meeting in Brussels on Monday criticised ...")
                                r"(?<=ministers\s)meeting(?=\s+(?:in|at)\s+LOC\d)|"
                                r"(?:meet|gather|convene)(?=\s+(?:informally\s+|formally\s+|again\s+)?(?:on|this|next|today|tomorrow|in|at)\b))\b|"
                                # ("European leaders met at Lancaster House on Sunday", the leaders the sentence's subject, not
                                # "X urged European leaders gathered at the Alhambra")
                                r"^(?:(?!PER\d)[^;:]){0,60}?\b(?:[Ll]eaders|heads\s+of\s+(?:state|government))\s+(?:(?:met|gathered|convened)"
                                r"(?=\s+(?:informally\s+|formally\s+|again\s+)?(?:on|in|at)\b)|"
                                # ("Leaders from across Europe left London on Sunday evening": they had met there)
                                r"(?:from\s+(?:across\s+)?(?:[\w-]+\s+){1,3}?)?(?:left|departed)(?=\s+(?:the\s+)?LOC\d))")
# The dash that closes a dateline: "LONDON, March 3 - "
_DATELINE_DASH = re.compile(r"\s[-—–]\s")
# The place right after "leaders met" or "left": "in LOC0", "on Friday in LOC0", "at the LOC0 Palace", "LOC0"
_MET_IN_PLACE = re.compile(r"\s+(?:informally\s+|formally\s+|again\s+)?(?:(?:on|this|last)\s+\w+\s+)?(?:(?:in|at)\s+)?(?:the\s+)?LOC(\d+)")
# A gathering named by its place: "the LOC2 Summit for Peace", "the LOC0 summit".
_PLACE_BEFORE_END = re.compile(r"(?<![–—-])\bLOC(\d+)\s+$")  # (not "the ASEAN–India Summit": a format, not a place)
_PER_POSSESSIVE_AT_END = re.compile(r"PER(\d+)(?:'s|’s)\s+(?:\w+\s+){0,3}$")
# "called off his planned China trip", "postponed the Paris leg": the trip named by its place, after the verb
_PLACE_NAMED_TRIP = re.compile(r"\s+(?:(?:the|a|an)\s+|PER(?P<per>\d+)(?:'s|’s)?\s+)?(?:(?:planned|scheduled|state|official|long-awaited|"
                               r"first|maiden|\w+-day)\s+)*LOC(?P<loc>\d+)\s+(?:trip|visit|tour|leg|stop|stopover)\b")
_INVITATION_OWNER = re.compile(r"(?:'s|’s)?\s+(?:\w+\s+)?invitation\b")
_FROM_BY_AT_END = re.compile(r"\b(?:from|by)\s+$")
# "PER0 held talks with PER1 in LOC2 and flew on to LOC3": the object of a meeting is not the subject
# of a verb coordinated after it.
# (the one met may be the last of a list: "to meet PER1 and PER2")
_MEETING_OBJECT_END = re.compile(r"\b(?:with|met|meet|meets|meeting|sees|saw|see|hosted|hosts|welcomed|received|greeted|told|urged|invited)\s+(?:PER\d+\s+(?:and\s+|,\s*))*$")
# (or a bare comma before a predicate of its own: "went to Tehran to meet X and Y, attended a summit in Bishkek")
_COORDINATED_VERB_END = re.compile(r"(?:(?:,\s*|\s)(?:and|then|and\s+then|before|after|following)\s+(?:also\s+|later\s+|then\s+|on\s+[A-Z]\w+\s+|"
                                   # ("..., and less than a week later flew to Egypt")
                                   r"(?:(?:less|more)\s+than\s+)?(?:a\s+|two\s+|three\s+)?(?:few\s+)?(?:days?|weeks?|hours?)\s+later\s+|the\s+(?:next|same|following)\s+day\s+)?|,\s*)$")
# (the predicate after "and" may open with its auxiliary: "for talks with X, and is expected to go on to Paris")
_COORDINATED_AUX_END = re.compile(r"(?:,\s*|\s)and\s+(?:then\s+|also\s+)?(?:will|would|is|are|was|were)\s+(?:[a-z]+\s+){0,6}$")
_PLANNED_WORD = re.compile(r"\b(?:planned|upcoming|coming|forthcoming|proposed)\b")

_APPOSED = re.compile(r"PER\d+(?:\s*,?\s*(?:and|&)\s+PER\d+)*\s*,\s*$")
# A place the clause before names: "In Hanoi, where PER0 arrived on Tuesday".
_WHERE_PLACE = re.compile(r"\bLOC(\d+)\s*,\s*where\s*$")
# "..., where on Saturday PER0 was": a where-clause on a place, the presence after it in it
_WHERE_CLAUSE_BEFORE = re.compile(r"\bLOC(\d+)\s*,\s*where\b[^,;.]*$")
# ", with the King hosting him": a participle clause, told in the tense of the clause before it
_WITH_HOST_BEFORE = re.compile(r",\s*with\s+(?:[\w'’-]+\s+){0,3}$")
# "in Riyadh on Monday, where he attended a World Economic Forum meeting": the gathering is there (not at its usual home)
_WHERE_CLAUSE_PLACE = re.compile(r"\bLOC(\d+)\b(?:(?!LOC\d)[^,;.]){0,40},\s*where\s+(?:(?!LOC\d)[^;.])*$")
# Verbs in the simple present that news uses for a schedule ("goes on to Hanoi on Sunday").
_SCHEDULE_PRESENT = re.compile(r"(?:goes|flies|travels|heads|arrives|leaves|returns|lands|visits|moves)\b", re.IGNORECASE)
# Verbs of getting somewhere: done yesterday or today with no way back told, the stay goes on.
# A time told as ahead of the article: "next week", "tomorrow", "later this month".
_AHEAD_WORDS = re.compile(r"\b(?:next|tomorrow|tonight|later\s+(?:this|today|tonight|on|in\s+the\s+day)|coming|upcoming)\b", re.IGNORECASE)
# Going somewhere told in the simple present ("flies on to Rio", "heads to Paris"): news schedules.
_SCHEDULE_GOING = re.compile(r"(?:flies|travels|goes|heads|leaves|moves)\s+(?:on\s+)?(?:[\w-]+\s+){0,3}?(?:on\s+)?(?:to|for|into)\b", re.IGNORECASE)
_PLUPERFECT_AT_END = re.compile(r"\b(?:had|has|have)\s+(?:already\s+|also\s+|just\s+|recently\s+)?$")
_PARTICIPLE_GO = re.compile(r"(?:come|gone|flown|travell?ed|been)\b", re.IGNORECASE)
# ("is travelling on to Warsaw on Thursday": on the way, like "is flying to"; "is travelling in Asia" is there)
_EN_ROUTE = re.compile(r"(?:heading|flying|headed|going|landing|departing|leaving|travell?ing(?=\s+(?:on\s+)?to\b))\b", re.IGNORECASE)
# "will spend the week in Europe, travelling to Brussels on Monday": a participle of going after a plan.
_TRAVELLING = re.compile(r"(?:travell?ing|flying|heading|going)\b", re.IGNORECASE)
_MOVE_PAST = re.compile(r"(?:flew|travell?ed|went|headed|came|arrived|landed)\b", re.IGNORECASE)
# ("spent a little over two hours at the White House": hours, not days)
# ("made it to Pretoria, met Ramaphosa and turned straight round", "arrived on Thursday but cut the visit short")
_DAY_TRIP = re.compile(r"\b(?:one-day|day-long|day\s+trip|whirlwind|flying\s+visit|back\s+in|returned|flew\s+(?:back|home)|"
                       r"turned\s+(?:straight\s+|right\s+)?(?:a)?round|cut\s+(?:[\w'’-]+\s+){0,3}?short|"
                       r"spent\s+(?:[\w-]+\s+){0,4}?hours)\b", re.IGNORECASE)


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
# ("has travelled abroad only to Kyrgyzstan and China": "abroad" with one more)
_ADV = (r"(?:(?:abroad\s+)?(?:together|jointly|directly|separately|first|later|again|onward|overnight|only|the\s+same\s+(?:day|evening|night|morning|afternoon)|(?:early\s+|late\s+)?on\s+\w+day"
        r"(?:\s+(?:morning|afternoon|evening|night))?|next\s+week|this\s+week|tomorrow|today|tonight|that\s+(?:morning|afternoon|evening|night))\s+|abroad\s+)?")
# "leads the European Union's delegation", "headed his delegation to Baku": the object of leading a delegation
_DELEGATION = r"\s+(?:the\s+|his\s+|her\s+|PER\d+\s+)?(?:\w+\s+)?(?:\w+(?:'s|’s)\s+)?(?:\w+\s+)?(?:delegation|team)(?:\s+(?:to|at|in(?=\s+(?:the\s+)?LOC)))?"
# "board an overnight train to Kyiv": the vehicle, then where it goes
_VEHICLE_TO = r"\s+(?:a|an|the|PER\d+)\s+(?:[\w-]+\s+){0,2}?(?:train|plane|flight|jet|ship)\s+(?:bound\s+)?(?:for|to)"
_GO_VERBS: list[tuple[str, str]] = [
    # (regex, form) form: base | past | s | ing | arrive_past | arrive
    # "His first trip abroad after the warrant was to LOC1": the trip's owner went there.
    (r"(?:trips?|visits?|journey)\s+(?:[\w-]+\s+){0,8}?was\s+to(?=\s+(?:the\s+)?(?:LOC|EVT))", "past"),
    # "then took his delegation to Hanoi", "was driven into Vatican City", "put in an appearance at the Eurasian summit in Moscow"
    (r"took\s+(?:his|her|their|the|PER\d+)\s+(?:\w+\s+)?delegation\s+(?:on\s+)?to", "past"),
    (r"takes\s+(?:his|her|their|the|PER\d+)\s+(?:\w+\s+)?delegation\s+(?:on\s+)?to", "s"),
    (r"(?:was|were)\s+driven\s+into", "past"),
    (r"put\s+in\s+an\s+appearance\s+at", "past"),
    # ("made a surprise appearance in Reykjavik on Monday")
    (r"made\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?appearance\s+in(?=\s+(?:the\s+)?LOC)", "past"),
    # "chose neighbouring Iraq for his first trip abroad earlier this month": went there
    (r"chose(?=\s+(?:neighbouring\s+|neighboring\s+)?(?:the\s+)?LOC\d+\s+(?:for|as)\s+(?:(?:his|her|the)\s+)?(?:[\w-]+\s+){0,3}?(?:trip|visit|destination|stop|outing|journey|tour)\b)", "past"),
    # "X's next trip abroad is to the BRICS summit in Brazil", "... will be to India": a trip ahead
    (r"(?:trips?|visits?|journey)\s+(?:[\w-]+\s+){0,8}?(?:is|will\s+be)\s+to(?=\s+(?:the\s+)?(?:LOC|EVT))", "future_noun"),
    (r"visit", "base"), (r"visited", "past"), (r"visits", "s"), (r"visiting", "ing"),
    # "the state visit PER0 made to LOC1 in March": the trip told as the object of a relative clause
    (r"(?<=visit\sPER\d\s|trips\sPER\d\s)made\s+to(?=\s+LOC)", "past"),
    # "In May, X made Riyadh the first stop of a Gulf tour": a stop there
    (r"made(?=\s+(?:the\s+)?LOC\d+\s+(?:the|his|her|its|PER\d+)\s+(?:first|second|third|last|final|next|only|main)\s+(?:stop|leg|destination|port\s+of\s+call)\b)", "past"),
    (r"make\s+the\s+(?:trip|journey)", "base"),
    (r"make\s+(?:a|an)\s+(?:\w+\s+)?stop(?:over)?\s+in", "base"), (r"made\s+(?:a|an)\s+(?:\w+\s+)?stop(?:over)?\s+in", "past"), (r"made\s+the\s+(?:trip|journey)", "past"),
    (r"makes\s+the\s+(?:trip|journey)", "s"), (r"making\s+the\s+(?:trip|journey)", "ing"),
    (r"travel(?:l)?ed\s+(?:by\s+(?:train|road|car|sea|boat)\s+)?" + _ADV + r"(?:on\s+)?(?:in)?to", "past"), (r"travels\s+" + _ADV + r"(?:on\s+)?to", "s"), (r"travel(?:l)?ing\s+" + _ADV + r"(?:on\s+)?to", "ing"), (r"travel\s+" + _ADV + r"(?:on\s+)?to", "base"),
    # "will accompany Biden to France next week": both go (the one accompanied is added by the caller)
    (r"accompanied\s+PER\d+\s+to", "past"), (r"accompany\s+PER\d+\s+to", "base"), (r"accompanies\s+PER\d+\s+to", "s"),
    (r"accompanying\s+PER\d+\s+to", "ing"),
    (r"moves\s+on\s+to", "s"), (r"moved\s+on\s+to", "past"), (r"move\s+on\s+to", "base"),
    # "was also expected to call at London and Abu Dhabi before flying home": stops on the way.
    (r"call\s+(?:in\s+)?at(?=\s+(?:the\s+)?LOC)", "base"), (r"called\s+(?:in\s+)?at(?=\s+(?:the\s+)?LOC)", "past"),
    (r"calls\s+(?:in\s+)?at(?=\s+(?:the\s+)?LOC)", "s"),
    # "will not continue to Switzerland for the peace conference", "continued on to Astana"
    # (not "continues to India, landing on Monday": a schedule ahead, read elsewhere)
    (r"continue\s+(?:on\s+)?to(?=\s+(?:the\s+)?LOC)", "base"), (r"continued\s+(?:on\s+)?to(?=\s+(?:the\s+)?LOC)", "past"),
    # "The tour began in Ghana ... and continued in Trinidad and Tobago the next day"
    (r"continued\s+in(?=\s+(?:the\s+)?LOC)", "past"),
    # "and South Africa's X came in on the same day": an arrival
    (r"came\s+in(?=\s*(?:[.;,]|\s+(?:on|late|early|later|earlier|the\s+same|from|shortly|overnight|last)\b))", "arrive_past"),
    (r"went\s+(?:straight\s+|back\s+)?(?:on\s+)?(?:on\s+\w+day\s+)?to", "past"), (r"go\s+(?:on\s+)?to", "base"), (r"goes\s+(?:on\s+)?(?:on\s+\w+day\s+)?to", "s"), (r"going\s+(?:on\s+)?to(?=\s+(?:the\s+)?(?:LOC|EVT))", "ing"),
    (r"drove\s+" + _ADV + r"(?:on\s+)?to(?=\s+(?:the\s+)?LOC)", "past"),  # ("He then drove to Ramallah for talks with X")
    # ("before flying out that night to the Cook Islands")
    (r"flew\s+(?:out\s+)?" + _ADV + r"(?:on\s+)?to", "past"), (r"fly\s+(?:out\s+)?" + _ADV + r"(?:on\s+)?to", "base"), (r"flies\s+(?:out\s+)?" + _ADV + r"(?:on\s+)?to", "s"),
    (r"flying\s+(?:out\s+)?" + _ADV + r"(?:on\s+)?to", "ing"),
    # "will board an overnight train to Kyiv": the journey's end
    (r"boarded" + _VEHICLE_TO, "past"), (r"boards" + _VEHICLE_TO, "s"), (r"board" + _VEHICLE_TO, "base"), (r"boarding" + _VEHICLE_TO, "ing"),
    # ("Biden heads on Sunday to the Brazilian Amazon": a day between the verb and "to")
    # ("Lula heads next to Havana": the next leg)
    (r"headed\s+(?:on\s+|next\s+)?(?:on\s+\w+day\s+)?to", "past"), (r"head\s+(?:on\s+|next\s+)?to", "base"),
    (r"heads\s+(?:on\s+|next\s+)?(?:on\s+\w+day\s+)?to", "s"),
    (r"heading\s+(?:on\s+)?to", "ing"),
    (r"came\s+to", "past"), (r"come\s+to", "base"), (r"comes\s+to", "s"), (r"coming\s+to", "ing"),
    # "Xi did not come either", "Modi came in person", "chose not to come and sent", "chose not to come, as did ...":
    # to the gathering the article is about; "came from Lima": arrived here from there.
    (r"came(?=\s*(?:[.;]|,\s+(?:and|but|nor|neither|citing|saying|as\s+(?:did|do|does|had|have))\b|\s+(?:either|too|in\s+person|as\s+well)\b|\s+and\s+(?!visit|see|meet|join|go)))", "past"),
    (r"come(?=\s*(?:[.;]|,\s+(?:and|but|nor|neither|citing|saying|as\s+(?:did|do|does|had|have))\b|\s+(?:either|too|in\s+person|as\s+well)\b|\s+and\s+(?!visit|see|meet|join|go)))", "base"),
    # "and Foreign Minister X went in his place": to where the one he stood in for stayed away from
    (r"went(?=\s+(?:instead\b|in\s+(?:his|her|PER\d+)\s+(?:place|stead)\b))", "past"),
    (r"go(?=\s+(?:instead\b|in\s+(?:his|her|PER\d+)\s+(?:place|stead)\b))", "base"),
    (r"goes(?=\s+(?:instead\b|in\s+(?:his|her|PER\d+)\s+(?:place|stead)\b))", "s"),
    # "in the end the vice-president did not travel": to the gathering the article is about
    # ("Foreign Minister X will travel in his place", "will travel instead")
    (r"(?:travel|go)(?=\s*(?:[.;]|,\s+(?:and|but|nor|neither|citing|saying|as\s+(?:did|do|does|had|have)|(?:together|along)\s+with)\b|\s+(?:either|too|in\s+person|as\s+well|instead)\b|"
     r"\s+in\s+(?:PER\d+|his|her)(?:'s|’s)?\s+(?:place|stead)\b|\s+and\s+(?!visit|see|meet|join|go)))", "base"),
    # "will not be travelling either"
    (r"travell?ing(?=\s*(?:[.;]|,\s+(?:and|but)\b|\s+(?:either|too|in\s+person|as\s+well)\b))", "ing"),
    # "travelled repeatedly in Africa while a fugitive, including to Jordan": the places after "including"
    (r"travell?ed(?=(?:(?!PER\d)[^.;]){0,100}?,\s*including\s+(?:to|in)\s+(?:the\s+)?LOC)", "past"),
    # "X is also going, her office said": to the gathering the article is about
    (r"(?:going|coming)(?=\s*(?:[.;]|,\s+(?:and|but)\b|,\s+(?:[\w'’]+\s+){1,3}?(?:said|says|confirmed|announced)\b|\s+(?:either|too|in\s+person|as\s+well)\b))", "ing"),
    (r"came(?=\s+(?:straight\s+|directly\s+)?from\s+(?:the\s+)?LOC)", "arrive_past"),
    # "Turkey's X, whose country ..., came on Wednesday": at the gathering the article is about (there now if today)
    # ("came on Tuesday to ask Europe for more money", "came on Monday after stopping in Hawaii": the errand or the way told after)
    (r"came(?=\s+(?:(?:early\s+|late\s+)?on\s+\w+day|yesterday)(?:\s*[.;]|\s+(?:to|for|after)\b))", "past"),
    (r"attended", "past"), (r"attend", "base"), (r"attends", "s"), (r"attending", "ing"),
    # "PER0's Asian tour had begun in LOC1": the trip's first leg (the noun's owner is the traveller).
    (r"(?:tour|trip|swing|journey)\s+(?:that\s+|which\s+)?(?:had\s+)?(?:began|begun|started|opened|kicked\s+off)\s+in", "past"),
    (r"toured", "past"), (r"tour", "base"), (r"tours", "s"), (r"touring", "ing"),
    # ("take part in person" is the bare verb: "in person" names no place)
    (r"took\s+part\s+in(?!\s+person)", "past"), (r"take\s+part\s+in(?!\s+person)", "base"), (r"taking\s+part\s+in(?!\s+person)", "ing"),
    (r"(?:take|takes|taking|took)\s+part", "join"),  # "will take part by video link": not there
    # "Putin will speak by video link", "addressed the conference by video instead": not there
    (r"(?:speak|speaks|spoke|speaking|address|addresses|addressed)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:by|via|over)\s+(?:a\s+)?video)", "join"),
    # ("appeared at the summit by video"; not "appeared before judges by video link": a hearing)
    (r"(?:appear|appears|appeared)(?=(?!\s+before\b)\s+(?:[\w'’-]+\s+){0,4}?(?:by|via|over)\s+(?:a\s+)?video)", "join"),
    # "Foreign Minister X is standing in for him": at the gathering the article is about, in his place
    # ("stood in for Qin at the ASEAN meeting in Jakarta": the one stood in for may be someone the reference does not know)
    # ("again stood in at the G20 leaders' summit in New Delhi")
    (r"stood\s+in\s+for\s+(?:PER\d+|[A-Z][\w'’-]+)(?:\s+at(?=\s+(?:the|a|an|this|last)\s))?", "past"), (r"stood\s+in\s+at(?=\s+(?:the|a|an|this|last)\s)", "past"), (r"stands\s+in\s+for\s+PER\d+", "s"), (r"(?<=\bis\s)standing\s+in\s+for\s+PER\d+", "ing"),
    (r"(?<=\bare\s)standing\s+in\s+for\s+PER\d+", "ing"),
    (r"stand\s+in\s+for\s+PER\d+", "base"),
    (r"participated\s+in", "past"), (r"participate\s+in", "base"), (r"participating\s+in", "ing"),
    (r"(?:made|paid)\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|dash|hop|stopover|journey|detour|side-trip|excursion)\s+to", "past"),
    (r"(?:make|pay)\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|dash|hop|stopover|journey|detour|side-trip|excursion)\s+to", "base"),
    (r"(?:makes|pays)\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|dash|hop|stopover|journey|detour|side-trip|excursion)\s+to", "s"),
    (r"(?:making|paying)\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|dash|hop|stopover|journey|detour|side-trip|excursion)\s+to", "ing"),
    (r"arrived\s+(?:in|at)", "arrive_past"), (r"arrives\s+(?:in|at)", "arrive"), (r"arriving\s+(?:in|at)", "arrive"),
    # "made it to Pretoria, met Ramaphosa and turned straight round": got there after all
    (r"made\s+it\s+to(?=\s+(?:the\s+)?LOC)", "arrive_past"),
    # "is seen arriving for his meeting with Trump", "are arriving now": on a live page, arriving where it is written
    (r"(?:is|are)\s+(?:seen\s+|just\s+|now\s+)?arriving(?=\s+(?:for|now)\b|\s*[,.])", "arrive"),
    (r"arrive\s+(?:in|at)", "base"), (r"arrived", "arrive_past"), (r"arrives", "arrive"), (r"arrive", "base"), (r"landed\s+in", "arrive_past"), (r"lands\s+in", "arrive"),
    (r"(?:is|are)\s+(?:now\s+|currently\s+|also\s+|already\s+|both\s+|all\s+|still\s+)?in(?=\s+(?:the\s+)?LOC|\s+the\s+(?:city|capital)\s+for\b)", "arrive"),
    # "X and Y are with the prime minister in Malé": there with him
    (r"(?:is|are)\s+(?:also\s+|both\s+)?with\s+(?:PER\d+|the\s+(?:prime\s+minister|president|chancellor|premier|king))\s+in(?=\s+(?:the\s+)?LOC)", "arrive"),
    (r"(?:was|were)\s+(?:also\s+|both\s+)?with\s+(?:PER\d+|the\s+(?:prime\s+minister|president|chancellor|premier|king))\s+in(?=\s+(?:the\s+)?LOC)", "past"),
    # "X and Y are also here": where the story is filed
    (r"(?:is|are)\s+(?:now\s+|also\s+|already\s+|both\s+|all\s+|still\s+)?(?=here\b(?!\s+(?:to|is|are)\b))", "arrive"),
    (r"(?:also|both|all|still|now|already)\s+in(?=\s+(?:the\s+)?LOC)", "apposed"),
    # "X, also attending the conference, holds a meeting with Y": at the story's gathering now
    (r"(?<=,\s)(?:also|both|all)\s+attending(?=\s+(?:the\s+|this\s+)?(?:EVT\d|summit|conference|forum|gathering|talks)\b)", "apposed"),
    # "X and Y, both here since Saturday morning, ...": where the story is filed
    (r"(?:also|both|all|still)(?=\s+here\s+since\b)", "apposed"),
    # "Rubio was at Trump's side in Riyadh"
    (r"(?:was|were)\s+at\s+PER\d+(?:'s|’s)\s+side\s+in", "past"),
    # "was at the G20 summit in Rio", "is at his first G20": at the gathering (there now, if told in the present)
    (r"(?:was|were)\s+(?:also\s+)?at(?=\s+(?:the\s+|this\s+|his\s+|her\s+|their\s+|PER\d+\s+)?(?:[\w'’-]+\s+){0,3}?"
     r"(?:summit|EVT\d+|conference|forum|gathering|ceremony|funeral|inauguration|parade)\b)", "past"),
    (r"(?:is|are)\s+(?:also\s+|already\s+|now\s+)?at(?=\s+(?:the\s+|this\s+|his\s+|her\s+|their\s+|PER\d+\s+)?(?:[\w'’-]+\s+){0,3}?"
     r"(?:summit|EVT\d+|conference|forum|gathering|ceremony|funeral|inauguration|parade)\b)", "arrive"),
    # "In January he was chief guest at the Republic Day parade in New Delhi", "was the guest of honour at the forum"
    (r"(?:was|were)\s+(?:the\s+|a\s+)?(?:chief\s+|main\s+|special\s+)?guests?(?:\s+of\s+honou?r)?\s+at(?=\s+(?:the\s+|this\s+|PER\d+\s+|LOC\d+(?:'s|’s)\s+)?(?:[\w'’-]+\s+){0,5}?"
     r"(?:summit|EVT\d+|conference|forum|gathering|ceremony|funeral|inauguration|parade|celebrations?|festivities)\b)", "past"),
    # ("Xi was last in Peru in November 2016": his trip before this one; "were in Kyiv together on Saturday";
    # "was back in London on Saturday": the stay's next day there)
    (r"(?:was|were)\s+(?:also\s+|already\s+|both\s+|all\s+|only\s+|last\s+|previously\s+|back\s+)?in(?=\s+(?:the\s+)?LOC\d+\s+(?:together\s+)?(?:on|last|for|in|this|earlier|as|when|while|during|at|to|with|from|only|late|early|yesterday)\b)", "past"),
    # "X was also on Red Square, along with Y": a square or island is "on" (the place ends the clause or a companion
    # follows); told with no day of its own, the day's news, so there now
    (r"(?:was|were)\s+(?:also\s+)?on(?=\s+LOC\d+\s*(?:[.;]|,\s*(?:along\s+with|as\s+(?:was|were))\b))", "arrive_past"),
    # "China's Wang Yi was also in the city, meeting X": the city the story is in
    (r"(?:was|were)\s+(?:also\s+|already\s+)in(?=\s+the\s+(?:city|capital)\s*(?:[.;,]|\s+(?:on|for|this|too|as\s+well)\b))", "past"),
    (r"(?:is|are)\s+(?:also\s+|already\s+)in(?=\s+the\s+(?:city|capital)\s*(?:[.;,]|\s+(?:on|for|this|too|as\s+well)\b))", "arrive"),
    # "In July, PER0 was in LOC1 and the deal was inked": the place ends the clause.
    (r"(?:was|were)\s+(?:also\s+|already\s+|both\s+|all\s+|only\s+)?in(?=\s+LOC\d+\s*(?:[.;,]|\s+(?:and|too|as\s+well)\b))", "past"),
    # "Lee flew from Haneda to Washington on Sunday": where he flew to
    (r"flew\s+(?:on\s+)?from\s+(?:[\w'’-]+\s+){1,3}?to(?=\s+(?:the\s+)?LOC)", "past"),
    # ("went from the UN to Ottawa on Wednesday": a place the gazetteer does not know, then where he went)
    (r"(?:went|travell?ed|moved|headed)\s+(?:on\s+)?from\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2}\s+to(?=\s+(?:the\s+)?LOC)", "past"),
    # ("moved from Warsaw on Monday to Berlin on Tuesday", "went from Warsaw to Berlin")
    (r"(?:travell?ed|moved|went|headed|drove)\s+(?:on\s+)?from\s+(?:the\s+)?LOC\d+(?:\s+(?:early\s+|late\s+)?on\s+\w+day)?\s+to(?=\s+(?:the\s+)?LOC)", "past"),
    # ("would fly on from Malta to Qatar", "will head from Argentina to the United States")
    (r"(?:fly|head|travel|go|move)\s+(?:on\s+)?from\s+(?:the\s+)?LOC\d+\s+to(?=\s+(?:the\s+)?LOC)", "base"),
    (r"(?:flies|heads|travels|goes|moves)\s+(?:on\s+)?from\s+(?:the\s+)?LOC\d+\s+to(?=\s+(?:the\s+)?LOC)", "s"),
    # "Macron and Scholz also remain in Granada for the EU talks", "spent less than a day in Jakarta"
    # ("to remain in X until Sunday" is the stay told already, not a plan of its own)
    (r"remains\s+(?:on\s+)?in(?=\s+(?:the\s+)?LOC)", "arrive"), (r"remained\s+(?:on\s+)?in(?=\s+(?:the\s+)?LOC)", "past"),
    # ("will remain in Washington until Thursday": told first, a stay under way that runs on)
    (r"(?:will|would)\s+(?:remain|stay\s+on)\s+in(?=\s+(?:the\s+)?LOC\d+\s+(?:until|through|till)\b)", "arrive"),
    # ("spent about five hours on the ground in Alaska")
    # ("spent decades in Geneva": a life lived there, not a trip)
    (r"spent\s+(?!(?:(?:[\w-]+\s+){0,2}?(?:decades|years|most\s+of\s+(?:his|her)\s+(?:life|career)|(?:his|her)\s+(?:childhood|youth|career))\b))"
     r"(?:[\w-]+\s+){1,4}?(?:in\s+office\s+)?(?:on\s+the\s+ground\s+)?in(?=\s+(?:the\s+)?LOC)", "past"),
    # ("Xi is also bound for Brazil next week")
    (r"(?:is|are)\s+(?:also\s+|now\s+)?bound\s+for", "due"), (r"spending\s+(?:[\w-]+\s+){1,4}?in(?=\s+(?:the\s+)?LOC)", "ing"),
    # "A few hours later Putin was on the ground in the Saudi capital"
    (r"(?:was|were)\s+on\s+the\s+ground\s+in", "past"), (r"(?:is|are)\s+on\s+the\s+ground\s+in", "arrive"),
    # "has been in Turkey since Wednesday": there now.
    # ("has been in Kazakhstan on a state visit since Wednesday")
    (r"(?:has|have)\s+been\s+(?:in|at)(?=\s+(?:(?:the\s+)?LOC\d+|the\s+(?:city|capital))\s+(?:on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+)?(?:since|for\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|several|a\s+few|\d+)\s+(?:days|hours|weeks)))", "arrive"),
    # "has been at a NATO foreign ministers' meeting in the resort of Antalya since Wednesday"
    (r"(?:has|have)\s+been\s+at(?=\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:meeting|summit|talks|conference|forum|gathering)\s+in\s+"
     r"(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|resort|capital|town)\s+of\s+)?LOC\d+\s+since\b)", "arrive"),
    (r"reached", "arrive_past"), (r"reaches", "arrive"),
    # "The premier had been in New Delhi on Monday": a stay before the one told ("all of whom had been in Kyiv
    # together last weekend": with each other; "had been in Cairo with the Commission's president": with company).
    (r"had\s+(?:already\s+|just\s+|last\s+|previously\s+)?been\s+in(?=\s+(?:the\s+)?LOC\d+\s+(?:together\s+)?(?:only\s+|just\s+)?(?:on|last|earlier|in|for|the\s+day|days|a\s+day|with|late|early|(?:a|two|three|several)\s+(?:days|weeks?)\s+(?:earlier|before))\b)", "past"),
    # "He has already been to Argentina and Uruguay": trips made (a negation or "never" is no trip).
    (r"(?:has|have|had)\s+(?:already\s+|also\s+|just\s+|recently\s+)?been\s+to(?=\s+(?:the\s+)?LOC)", "past"),
    # "was due to stop in Warsaw on Thursday": a stop planned (not a bare "stop in", which is as often a bus's or a train's)
    (r"(?:is|was|are|were)\s+(?:also\s+)?(?:due|scheduled|set|expected)\s+to\s+stop\s+(?:over\s+|off\s+)?in", "due"),
    # "will stop in Cabo Verde on Monday to meet its president": a person's stop ahead (a bus's has no name before it)
    (r"will\s+(?:also\s+|first\s+|briefly\s+)?stop\s+(?:over\s+|off\s+)?in(?=\s+(?:the\s+)?LOC)", "due"),
    # ("is expected at the closing session on Thursday": the story's gathering)
    # ("Downing Street said X was expected in Cairo later on Friday": the plan, told in the past of the saying)
    (r"(?:was|were)\s+(?:also\s+|then\s+|next\s+)?(?:expected|due)\s+in(?=\s+(?:the\s+)?LOC\d+\s+(?:later|tomorrow|tonight|next|this\s+(?:evening|afternoon|week))\b)", "due"),
    (r"(?:is|are)\s+(?:also\s+|then\s+|next\s+|both\s+|all\s+|now\s+|still\s+)?(?:expected|due)\s+(?:back\s+)?(?:in|at|for)(?=\s+(?:the\s+|\w+day(?:'s|’s)\s+)?(?:LOC|EVT|city|capital|summit|"
     r"(?:opening\s+|closing\s+|final\s+)?(?:session|ceremony|parade|funeral|inauguration)\b)|"
     # ("is expected at a peace conference in Switzerland")
     r"\s+an?\s+(?:[\w-]+\s+){0,2}?(?:summit|conference|forum)\s+in\s+(?:the\s+)?LOC)", "due"),
    # "where Modi and Xi are both expected", "are expected on Saturday morning": the place told around.
    (r"(?:is|are)\s+(?:also\s+|both\s+|all\s+|then\s+|now\s+|still\s+)?(?:expected|due)(?=\s*(?:$|[.,;]|(?:early\s+|late\s+|later\s+)?(?:on|this|next|by|tomorrow|today|tonight)\b"
     r"[^,.;]{0,25}?(?:$|[.,;]|\s+for\s+(?:talks|a\s+|an\s+|the\s+)|\s+to\s+(?:meet|hold|sign|attend)|\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?guest|"
     # ("is expected on Friday ahead of the East Asia Summit foreign ministers' meeting")
     r"\s+ahead\s+of\s+(?:the|a|its|this)\b)))", "due"),
    (r"(?:is|are)\s+(?:still\s+)?staying(?:\s+on)?\s+in", "arrive"),
    # "Macron is at the White House today": a landmark named with its article (a seat of government abroad)
    (r"(?:is|are)\s+(?:now\s+|also\s+)?at(?=\s+the\s+LOC\d+\s+(?:today|this\s+(?:morning|afternoon|evening|week)|on\s+\w+day)\b)", "arrive"),
    # "is staying for a second day of meetings": there, the place told around
    (r"(?:is|are)\s+(?:still\s+|also\s+)?staying(?:\s+on)?(?=\s+(?:for|until|through)\b)", "arrive"),
    # "X and Y stayed on for Friday's CIS meeting": still there for it (the place is where the article has them)
    (r"stayed\s+on(?=\s+for\b)", "arrive"), (r"stay\s+on(?=\s+for\b)", "base"),
    # "is on his way to Washington", "will be in Riyadh next week": not there yet.
    (r"(?:is|are)\s+(?:already\s+|now\s+)?on\s+(?:his|her|their|the|PER\d+)\s+way\s+to(?=\s+(?:the\s+)?(?:LOC|EVT))", "due"),
    # ("will also be at Thursday's summit": the story's gathering)
    (r"will\s+(?:also\s+)?be\s+at(?=\s+(?:the\s+|\w+day(?:'s|’s)\s+)(?:[\w-]+\s+)?(?:summit|meeting|session|ceremony|parade|funeral|inauguration|talks)\b)", "due"),
    (r"will\s+(?:also\s+|then\s+)?be\s+in(?=\s+(?:the\s+)?LOC)", "due"),
    # "said the president would be in New Delhi on Dec. 4", "plans to be in Moscow": the modal before it tells.
    # ("had also been due in Port Vila on Wednesday": a plan told as over, read with the caller's past plans)
    (r"due\s+in(?=\s+(?:the\s+)?LOC)(?<=been\sdue\sin)", "base"),
    (r"expected\s+in(?=\s+(?:the\s+)?LOC)(?<=been\sexpected\sin)", "base"),
    (r"be\s+(?:back\s+)?in(?=\s+(?:the\s+)?LOC)", "base"), (r"(?:has|have)\s+stayed\s+(?:on\s+)?in", "arrive"), (r"stayed\s+(?:on\s+)?in", "past"),
    (r"staying(?:\s+on)?\s+in", "ing"),
    # "... to meet X before ending the tour in Latvia": the last stop, in the tense of the clause it hangs on
    (r"ending\s+the\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|swing|journey)\s+in", "ing"),
    (r"flew\s+into", "arrive_past"), (r"(?:had|has|have)\s+(?:already\s+)?flown\s+(?:on\s+)?(?:in)?to", "past"), (r"flies\s+into", "arrive"), (r"flying\s+into", "ing"),
    (r"fly\s+into", "base"),  # "is due to fly into Anchorage on Friday"
    (r"landed\s+at", "arrive_past"), (r"lands\s+at", "arrive"),
    # The guest's side of a welcome: "was greeted in Bishkek by", "was given a state welcome in X".
    # ("was greeted at the airport in Hanoi by ...": the airport's town)
    (r"(?:was|were)\s+(?:greeted|welcomed|met|received)\s+at(?=\s+the\s+(?:airport|air\s+base|airbase)\s+(?:in|outside|near)\s+(?:the\s+)?LOC)", "arrive_past"),
    # "were greeted at the airport by the host": arrived where the story is filed (or the gathering is).
    (r"(?:was|were)\s+(?:greeted|welcomed|met|received)(?=\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:airport|air\s*base|airfield|aircraft|plane|steps|palace)\b)",
     "arrive_past"),
    (r"(?:was|were)\s+(?:briefly\s+|warmly\s+|formally\s+|also\s+)?(?:greeted|welcomed|received|hosted|feted)\s+(?:warmly\s+|with\s+(?:full\s+)?(?:military\s+|state\s+|great\s+)?"
     r"(?:honou?rs|pomp|ceremony)\s+|on\s+(?:a|the)\s+red\s+carpet\s+)?(?:in|at)", "past"),
    # "was greeted by crowds in front of the palace in LOC0": the welcome's agent told before the place.
    (r"(?:was|were)\s+(?:briefly\s+|warmly\s+|formally\s+|also\s+)?(?:greeted|welcomed|received|feted)\s+(?:briefly\s+|warmly\s+|formally\s+)?by\s+(?:[\w’'-]+\s+){1,14}?(?:in|at)(?=\s+(?:the\s+)?LOC)", "past"),
    (r"(?:was|were)\s+(?:given|accorded)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:welcome|reception)\s+(?:in|at)", "past"),
    (r"(?:is|are)\s+(?:being\s+)?(?:greeted|welcomed|received|hosted)\s+(?:in|at)", "arrive"),
    # "will be received at the White House on Monday"
    (r"be\s+(?:greeted|welcomed|received|hosted)\s+(?:in|at)", "base"),
    (r"flew\s+in\s+to", "arrive_past"), (r"flew\s+in", "arrive_past"), (r"flies\s+in", "arrive"), (r"landed", "arrive_past"), (r"fly\s+in", "base"), (r"land", "base"),
    # "spent the opening days of May in Europe, landing in Paris on May 5": a participle on the main clause's tense
    (r"landing\s+(?:in|at)", "ing"),
    (r"(?:is|was)\s+(?:now\s+)?on\s+the\s+ground", "arrive"), (r"(?:was|were)\s+met\s+at\s+the\s+airport", "arrive_past"),
    (r"crossed\s+(?:the\s+border\s+)?into", "arrive_past"), (r"pulled\s+into", "arrive_past"),
    # ("Rishi Sunak crossed to Paris on Friday for the first Franco-British summit")
    (r"crossed\s+(?:over\s+)?to(?=\s+(?:the\s+)?LOC)", "past"),
    (r"(?:showed|turned)\s+up(?:\s+unannounced|\s+unexpectedly)?(?:\s+(?:in|at))?", "arrive_past"), (r"stepped\s+(?:off|out\s+of)\s+(?:the|his|her|a)\s+(?:\w+\s+)?(?:plane|aircraft|jet|train)", "arrive_past"),
    # "By midday he was stepping onto the platform in Kyiv"
    (r"(?:was|were)\s+stepping\s+(?:off|out\s+of|onto)\s+(?:the|his|her|a)\s+(?:\w+\s+)?(?:plane|aircraft|jet|train|platform|tarmac)\s+in", "past"),
    (r"stepped\s+onto\s+(?:the|a)\s+(?:\w+\s+)?(?:platform|tarmac)\s+in", "arrive_past"),
    # "a swing that began in Jakarta and took in a stop in Singapore"
    (r"took\s+in\s+(?:a\s+(?:[\w-]+\s+)?stop(?:over)?\s+in|stops\s+in)", "past"),
    # "His tour began in Namibia and took in the Republic of Congo": a stop of the tour
    (r"took\s+in(?=\s+(?:the\s+)?LOC)", "past"),
    # "flew to Poland and took an overnight train to Kyiv"
    (r"took\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:train|flight|plane|ferry)\s+to", "past"),
    # "Macron and Scholz also remain in Granada for the EU talks": there now, for a gathering ("remains in custody" is not)
    (r"(?:remain|remains|is\s+staying|are\s+staying)\s+(?:on\s+)?in(?=\s+(?:the\s+)?LOC\d+\s+for\s+(?:the\s+|this\s+week(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?"
     r"(?:talks|summit|meeting|conference|forum|gathering|EVT\d+)\b)", "arrive"),
    # "a tour that has already taken him to Ghana and Argentina": been there
    # ("a journey that had earlier taken him to Tokyo")
    # ("The tour had already taken him through Panama, El Salvador and Costa Rica")
    (r"(?:has|have|had)\s+(?:already\s+|also\s+|earlier\s+|previously\s+|first\s+)?taken\s+PER\d+\s+(?:on\s+)?(?:to|through)", "past"),
    # "His first trip since the warrant takes him to Bishkek": the trip's owner goes there.
    # ("a peace mission that took him this month to Kyiv, Moscow and Beijing": a time between him and the places)
    (r"took\s+PER\d+\s+(?:(?:earlier\s+)?(?:this|last)\s+(?:week|month|year)\s+)?(?:on\s+|first\s+)?(?:to|through)", "past"),
    (r"takes\s+PER\d+\s+(?:on\s+)?to", "s"), (r"take\s+PER\d+\s+(?:on\s+)?to", "base"),
    # "will embark on a three-nation tour of Africa next week, starting in Ghana": the first leg told.
    (r"embark(?:s|ed|ing)?\s+on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|swing)\s+"
     r"(?:(?:of|to|through)\s+[^,;.]{1,60}?)?(?:,\s*|\s+)(?:starting|beginning)\s+(?:in|with)", "embark"), (r"crosses\s+(?:the\s+border\s+)?into", "arrive"),
    # "will make his first foreign trip in the job to Central America, starting in Panama on Saturday"
    (r"make\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|swing)\s+[^,;.]{0,60}?,\s*(?:starting|beginning)\s+in", "base"),
    (r"made\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|swing)\s+[^,;.]{0,60}?,\s*(?:starting|beginning)\s+in", "past"),
    (r"touched\s+down(?:\s+(?:in|at))?", "arrive_past"), (r"touches\s+down(?:\s+(?:in|at))?", "arrive"),
    # "was greeted on the tarmac by a junior minister": landed (where, the dateline or the story's gathering tells)
    (r"(?:was|were)\s+greeted\s+(?:on\s+the\s+tarmac|at\s+the\s+(?:airport|air\s+base|airbase|foot\s+of\s+the\s+steps))(?:\s+in(?=\s+(?:the\s+)?LOC))?",
     "arrive_past"),
    (r"left(?=\s+(?:the\s+)?LOC)", "past"), (r"left\s+for", "past"), (r"leaves\s+for", "s"), (r"leave\s+for", "base"), (r"leaving\s+for", "ing"),
    (r"departed\s+for", "past"), (r"departs\s+for", "s"), (r"depart\s+for", "base"), (r"departing\s+for", "ing"),
    # "will leave on Sunday for Hanoi", "left late on Friday for Seoul": a time between the verb and "for".
    # ("leaves Tokyo on Thursday for Phnom Penh": the place left first)
    # ("before leaving in the afternoon for Kuala Lumpur", "left that evening for Delhi")
    (r"left\s+(?:(?:LOC|GOV)\d+\s+)?(?:later\s+)?(?:in\s+the|that|the\s+same)\s+(?:morning|afternoon|evening|night|day)\s+for", "past"),
    (r"leaves\s+(?:(?:LOC|GOV)\d+\s+)?(?:later\s+)?(?:in\s+the|that|the\s+same)\s+(?:morning|afternoon|evening|night|day)\s+for", "s"),
    # ("He leaves tonight for Spain", "leaves later today for Paris")
    (r"leaves\s+(?:(?:LOC|GOV)\d+\s+)?(?:later\s+)?(?:tonight|today|tomorrow|this\s+(?:morning|afternoon|evening))\s+for", "s"),
    (r"leave\s+(?:(?:LOC|GOV)\d+\s+)?(?:later\s+)?(?:tonight|today|tomorrow|this\s+(?:morning|afternoon|evening))\s+for", "base"),
    (r"leaving\s+(?:(?:LOC|GOV)\d+\s+)?(?:later\s+)?(?:in\s+the|that|the\s+same)\s+(?:morning|afternoon|evening|night|day)\s+for", "ing"),
    (r"left\s+(?:(?:LOC|GOV)\d+\s+)?(?:again\s+|later\s+)?(?:early\s+|late\s+)?(?:on\s+)?\w+day\s+(?:\w+\s+)?for", "past"),
    (r"leaves\s+(?:(?:LOC|GOV)\d+\s+)?(?:again\s+|later\s+)?(?:early\s+|late\s+)?(?:on\s+)?\w+day\s+(?:\w+\s+)?for", "s"),
    (r"leave\s+(?:(?:LOC|GOV)\d+\s+)?(?:again\s+|later\s+)?(?:early\s+|late\s+)?(?:on\s+)?\w+day\s+(?:\w+\s+)?for", "base"),
    (r"spent\s+(?!(?:\w+\s+){0,2}?(?:decades|years)\b)(?:\w+\s+){1,3}?in(?=\s+(?:the\s+)?LOC)", "past"),
    # "began four days in India": the stay's start ("began a four-day visit" is below)
    (r"(?:began|started)\s+(?:[\w-]+\s+){1,2}?(?:days|weeks)\s+in(?=\s+(?:the\s+)?LOC)", "past"),
    (r"(?:begins|starts)\s+(?:[\w-]+\s+){1,2}?(?:days|weeks)\s+in(?=\s+(?:the\s+)?LOC)", "s"),
    # "On Wednesday he moved to Doha for talks with the emir": the next stop, told by its errand (not "moved to Paris in
    # 1990", a life's move)
    (r"moved\s+(?:on\s+)?to(?=\s+(?:the\s+)?LOC\d+\s+(?:for\s+(?:talks|a|an|the|two|three)|to\s+(?:meet|attend|hold|see))\b)", "past"),
    (r"moves\s+(?:on\s+)?to(?=\s+(?:the\s+)?LOC\d+\s+(?:for\s+(?:talks|a|an|the|two|three)|to\s+(?:meet|attend|hold|see))\b)", "s"),
    # "He began in Panama on Saturday, went on to El Salvador": a tour's first stop, told without the tour
    (r"(?:began|started)\s+in(?=\s+(?:the\s+)?LOC)", "past"),
    # "spent the end of August at a regional summit in Tianjin": the gathering's place.
    # ("spent Monday far from Paris, at a summit in Sharm el-Sheikh": the time spent may be told away from somewhere)
    (r"spent\s+(?:[\w-]+,?\s+){1,6}?at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:summit|forum|conference|meeting|gathering)\s+in(?=\s+(?:the\s+)?LOC)", "past"), (r"spends\s+(?:\w+\s+){1,3}?in(?=\s+(?:the\s+)?LOC)", "s"),
    (r"set\s+foot\s+in", "past"),
    (r"returned\s+to", "past"), (r"return\s+to", "base"), (r"returns\s+to", "s"), (r"returning\s+to", "ing"),
    (r"(?:began|started|opened|wrapped\s+up|wound\s+up|ended|concluded|finished|completed)\s+(?:a|an|his|her|the|their|PER\d+)\s+(?:[\w-]+\s+){0,3}?"
     # ("had started the trip on Sunday in Samarkand")
     # ("ended the first state visit by a French president to Germany in 24 years")
     r"(?:tour|trip|visit|swing|journey)\s+(?:by\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:president|prime\s+minister|leader|chancellor|king|monarch|head\s+of\s+state)|(?:an?\s+)?PER\d+)\s+)?(?:(?:of|through)\s+(?:the\s+)?\w+\s+)?(?:on\s+\w+day\s+(?=in\s|with\s))?(?:on\s+\w+day\s+(?=with\s))?(?:of|to|in|with\s+(?:a\s+stop|stops)\s+in|with\s+(?:talks|a\s+meeting|meetings)\s+(?:in|with(?=\s+LOC\d+(?:'s|’s)\s+(?:president|prime\s+minister|leader|king|emir)))|(?:on\s+\w+\s+(?:night|evening|morning|afternoon)\s+)?at(?=\s+the\s+LOC))", "past"),
    (r"represent(?:s|ed|ing)?\s+(?:LOC|GOV|DEM)\d+(?:\s+at(?!\s+the\s+table\b)|\s+in(?=\s+(?:the\s+)?LOC))?", "rep"),
    # "X and Y represented the EU": the bloc's leaders at the story's gathering
    (r"represent(?:s|ed|ing)?\s+the\s+(?:EU|European\s+Union|bloc|African\s+Union|AU)(?:\s+at|\s+in(?=\s+(?:the\s+)?LOC))?(?=[\s,.;])", "rep"),
    # ("Foreign Minister X is representing the kingdom": his own country, at the story's gathering)
    (r"represent(?:s|ed|ing)?\s+the\s+(?:kingdom|country|nation|republic|emirate|sultanate|government)(?:\s+at|\s+in(?=\s+(?:the\s+)?LOC))?(?=[\s,.;])", "rep"),
    # "Jaishankar will represent him at the East Asia Summit": a stand-in, at the gathering
    (r"represent(?:s|ed|ing)?\s+PER\d+\s+at", "rep"),
    (r"returned\s+(?:home\s+)?from", "past"), (r"stopped\s+(?:over\s+)?in", "past"),
    # ("boarded his plane home from Beijing on May 14", "flew home from Doha"): the place left was a stop
    (r"flew\s+(?:back\s+)?home\s+from", "past"), (r"boarded\s+(?:his|her|PER\d+|the)\s+(?:plane|flight)\s+(?:back\s+)?home\s+from", "past"),
    # "flew home from Washington on Friday night": was there
    (r"flew\s+(?:back\s+)?home\s+from(?=\s+(?:the\s+)?LOC)", "past"),
    # "flew back overnight from the climate summit in Azerbaijan": was there
    (r"flew\s+back\s+(?:overnight\s+|early\s+|late\s+|on\s+\w+day\s+)?from(?=\s+(?:the\s+)?(?:LOC|EVT|(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|talks|conference|forum)\b))", "past"),
    (r"skip(?:s|ped|ping)?", "skip"), (r"miss(?:es|ed|ing)?", "skip"), (r"boycott(?:s|ed|ing)?", "skip"),
    (r"pull(?:ed|s|ing)\s+out(?:\s+of)?", "skip"), (r"stay(?:ed|s|ing)?\s+(?:at\s+)?home", "skip"),
    # "turned down an invitation to the peace summit in Switzerland", "declined an invitation to attend ...": stayed away
    (r"(?:turned\s+down|declined|rejected|refused)\s+(?:an|the|a)\s+invitation\s+to(?:\s+(?:attend|visit|join))?", "skip"),
    # "chose to stay in Berlin after his coalition collapsed": at home, away from the story's gathering (the caller
    # keeps only a stay at home)
    (r"(?:chose|decided|opted|preferred)\s+to\s+stay\s+(?:behind\s+)?in(?=\s+(?:the\s+)?LOC\d+)", "skip"),
    # "had avoided an answer when asked at the G7 meeting in Fiuggi on Monday": there to be asked
    (r"(?<=when\s)asked\s+at(?=\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:meeting|summit|conference|forum|news\s+conference)\s+in\s+(?:the\s+)?LOC)", "past"),
    # "his absence from the summit in Johannesburg": stayed away from it
    (r"absence\s+from(?=\s+(?:the|this|last|Thursday|Friday|Saturday|Sunday|Monday|Tuesday|Wednesday)\b)", "skip"),
    (r"stay(?:s|ed|ing)?\s+away(?:\s+from)?", "skip"), (r"(?:is|was|will\s+be|would\s+be)\s+(?:also\s+)?absent(?:\s+from)?", "skip"),
    (r"head" + _DELEGATION, "base"),
    (r"heads" + _DELEGATION, "s"),
    (r"headed" + _DELEGATION, "past"),
    (r"lead" + _DELEGATION, "base"),
    (r"leads" + _DELEGATION, "s"),
    (r"led" + _DELEGATION, "past"),
    (r"leading" + _DELEGATION, "ing"), (r"pull(?:s|ed|ing)?\s+out\s+of", "skip"),
    # "pulled out on the eve of the summit after a fall": of the gathering the article is about
    (r"pull(?:s|ed|ing)?\s+out(?=\s+(?:on\s+the\s+eve|at\s+the\s+(?:last\s+minute|end\s+of|start\s+of|beginning\s+of)|last\s+\w+|after|because|citing)\b)", "skip"),
    (r"snub(?:s|bed|bing)?", "skip"), (r"shun(?:s|ned|ning)?", "skip"),
    # "a week after Albanese sat out the NATO summit in The Hague": stayed away from it
    (r"(?:sat|sits|sit|sitting)\s+out(?=\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|talks|conference|gathering|session|ceremony|forum|inauguration|EVT\d+)\b)", "skip"),
    # "He followed July's BRICS summit in Rio de Janeiro over a video link": not there
    (r"followed(?=\s+(?:[\w'’-]+\s+){0,4}?(?:summit|EVT\d+|meeting|talks|gathering)\b[^.;]{0,60}?\b(?:by|via|over)\s+(?:a\s+)?video)", "skip"),
    # "the same warrant kept him away from last year's BRICS summit in Johannesburg"
    (r"kept\s+PER\d+\s+away\s+from", "skip"), (r"keeps\s+PER\d+\s+away\s+from", "skip"),
    (r"join(?:s|ed|ing)?", "join"), (r"address(?:es|ed|ing)?", "join"),
    # "stayed in Moscow and spoke by video": took part from afar (so not there)
    (r"(?:spoke|speaks|speaking)(?=\s+(?:by|via|over)\s+(?:a\s+)?video)", "join"),
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


# (a leading look-behind is tested by the full pattern, in the sentence: the head is matched against the word alone)
_GO_HEADS = [re.compile(rf"(?:{re.sub(r'^[(][?]<=[^)]*[)]', '', _head_rx(rx))})$", re.IGNORECASE) for rx, _ in _GO_VERBS]


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
            elif op is parser.ASSERT and av[0] == -1:
                choices = [""]  # (a look-behind matches no text of its own)
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
    r"\b(?P<noun>(?:state\s+|official\s+|working\s+|first\s+|planned\s+|upcoming\s+|(?<=(?:'s|’s)\s)coming\s+|forthcoming\s+|rare\s+|"
    r"two-day\s+|three-day\s+|proposed\s+|\w+-day\s+|\w+-long\s+|landmark\s+|historic\s+|foreign\s+|overseas\s+)*"
    # ("X's week-long stay in the United States ended on Friday", "a five-day stay in Scotland": a stay in a named
    # place, not in power or in prison, nor the verb of "chose to stay in Brussels")
    r"(?:visits?|trips?|journey|tour|swing|stopover|(?<=planned\s)stops?(?=\s+in\b)|(?<=peace\s)mission|attendance|presence|participation|"
    r"(?:(?<='s\s)|(?<=’s\s)|(?<=\sa\s)|(?<=-long\s)|(?<=-day\s))stay(?=\s+in\s+(?:the\s+)?LOC\d)))\s+"
    # ("a tour of Ghana and Brazil", "his swing through Ethiopia and Niger")
    # ("the state visit Macron paid to China in April": the one who paid it)
    r"(?:(?:by|of)\s+PER(?P<bi>\d+)\s+|PER(?P<bp>\d+)\s+(?:paid|made)\s+(?=to\s))?(?P<prep>to|in|at|of(?=\s+(?:the\s+)?LOC\d|\s+(?:two|three|four|five|six|seven|eight|\d+)\s+(?:countries|nations|states)\b)|through(?=\s+(?:the\s+)?LOC\d))\b",
    re.IGNORECASE,
)

# "A Putin visit to Hungary would have tested the court": a trip supposed, not made.
_NOUN_SUPPOSED_AFTER = re.compile(r"\s+(?:the\s+)?(?:LOC|EVT)\d+\s+(?:would|could|might)\b")
# A trip's traveller told after its place: "A visit to Turkey by Iranian President X".
# (a time may come between: "a trip to India in October by Foreign Minister X")
_BY_AFTER_PLACE = re.compile(r"\s*(?:the\s+)?LOC\d+(?P<when>\s+(?:in|on|last|earlier\s+this|this)\s+[A-Z]?[a-z]+\.?(?:\s+\d{1,2})?)?"
                             r"\s+by\s+(?:[\w-]+\s+){0,2}?PER(?P<per>\d+)")
# "a treaty signed in London in July during a visit by Chancellor X": the visit was to the place the clause is in
_IN_PLACE_DURING_VISIT_BY = re.compile(r"\bin\s+(?:the\s+)?LOC(?P<loc>\d+)\b[^,;.]{0,40}?\bduring\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                                       r"(?:visit|trip|stay)\s+by\s+PER(?P<per>\d+)(?!\s+to\b)")
# What follows a noun stem in any _NOUN_RX match ("visit" + "s to", "trip" + " by PER3 to").
_NOUN_TAIL = re.compile(r"s?\s+(?:(?:by|of)\s+PER\d+\s+|PER\d+\s+(?:paid|made)\s+(?=to\s))?(?:to|in|at|of(?=\s+(?:the\s+)?LOC\d|\s+(?:two|three|four|five|six|seven|eight|\d+)\s+(?:countries|nations|states)\b)|through(?=\s+(?:the\s+)?LOC\d))\b", re.IGNORECASE)

_DEST_RX = re.compile(
    # ("landed at a military base outside Anchorage", "arrived at the palace in Riyadh": the town it is in)
    r"^\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:base|airport|airbase|airfield|palace|villa|estate|compound|hotel|residence)"
    r"\s+(?:in|outside|near)\s+(?=(?:the\s+)?LOC))?"
    # ("the opening of the Olympic Games in Paris", "the sidelines of the summit in Astana")
    # ("the high-level week of the UN General Assembly", "the leaders' segment of the climate talks")
    r"(?:(?:the\s+)?(?:opening|closing|start|end|sidelines|margins|(?:high-level|leaders['’]?)\s+(?:week|segment)|general\s+debate)\s+of\s+)?"
    r"(?:(?:the|a|an|his|her|its|their|this|that|next|last|previous|same|neighbouring|neighboring|annual|upcoming|"
    r"planned|yearly|forthcoming|key|major|in-person|first|second|third|final|peace|trade|climate|security|bilateral|trilateral|"
    r"regional|economic|emergency|special|anniversary|memorial|state|official|signing|business|military|party|"
    r"extraordinary|ordinary|biennial|inaugural|informal|leaders'?|ministerial|direct|ceasefire|"
    r"main|opening|closing|plenary|foreign|defen[cs]e|finance|ministers['’]?|PER\d+|DEM\d+|\w+(?:'s|’s)|\w+-\w+|(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th)|"
    # ("the Aug. 31-Sept. 1 summit", "the 9 July meeting": its days)
    r"(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–]\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2})?|"
    r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)|"
    # ("the outreach session in Kazan": any word right before "session")
    r"(?-i:(?!(?:summit|forum|conference|gathering|meeting|session|talks)\b)[a-z]+)(?=\s+(?:session|sessions)\b)|"
    # (a name: "the ASEAN summit", "the East Asia Summit", "the C5+1 summit")
    # ("the Eurasian summit", "the Nordic forum": a capitalised word before the gathering's noun)
    r"(?-i:[A-Z]{2,}[A-Za-z]*|[A-Z]\w*\+\d+|"
    r"[A-Z][a-z]+(?=\s+(?:[\w'’-]+\s+){0,4}?(?:Summit|summit|forum|Forum|meeting|Meeting|Games|games|conference|Conference|Dialogue|parade|Parade|ceremony|Ceremony|celebrations|commemorations)\b))|"
    # ("a donors' conference", "the Commonwealth heads of government meeting", "the Council of Europe summit")
    r"\w+s['’]|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|(?-i:of(?=\s+[A-Z][a-z]+\s+(?:summit|Summit)\b)))\s+){0,4}"
    # ("pulled out of Beijing's Belt and Road Initiative": a scheme of the place's, not the place)
    r"(?:(?P<kind>LOC|EVT)(?P<i>\d+)(?!(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?(?:initiative|scheme|programme|program|project|pact|deal|treaty|accord|"
    r"agreement|sanctions|policy|policies|economy|market|markets|bank|debt|loans?|party|army|military)\b)|"
    r"(?P<generic>summit|forum|conference|gathering|meeting|inauguration|"
    r"funeral|ceremony|parade|celebrations?|commemorations?|dialogue|banquet|reception|congress|assembly|retreat|fair|concert|"
    r"talks|sessions?|games|olympics|coronation|swearing-in|swearing\s+in|ministerial|council|"
    r"investiture|enthronement|wedding|jubilee|city|capital|country|emirate|kingdom|resort|town|venue))",
    re.IGNORECASE,
)
# "arrived in the emirate": the one the story is about (named before, or its dateline's), when it is one.
_EMIRATES = frozenset({"ARE", "QAT", "KWT"})
_KINGDOMS = frozenset({"SAU", "JOR", "MAR", "BHR", "OMN", "THA", "KHM", "BTN", "GBR", "ESP", "NLD", "BEL", "DNK", "NOR", "SWE",
                       "LSO", "SWZ", "TON"})
# "the northern port city of Tianjin", "the capital of Kazakhstan": the place named after "of".
_CITY_OF = re.compile(r"^\s*(?:the\s+)?(?:(?!PER\d|EVT\d)[\w'’-]+\s+){0,5}?(?:city|capital|town|resort|port|village|island|kingdom|emirate)\s+of\s+(?:the\s+)?LOC(\d+)",
                      re.IGNORECASE)
_EVT_PLACE_RX = re.compile(
    r"^(?:'s|’s)?\s*(?:leaders'?\s+|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?\s+)?(?:summit|meeting|forum|gathering|talks|conference|"
    r"states|nations|countries|group|bloc)?\s*"
    # ("a session of the Organisation of Islamic Cooperation's foreign ministers in Jeddah": whose session it is)
    # ("a gathering of Arab and Muslim leaders in Riyadh": two owners joined)
    r"(?:of\s+(?:the\s+)?(?:(?!(?:and|but|or|was|were|is|are|back|then|before|after|while|when|in|at)\b)[A-Z][\w'’-]+\s+){1,5}?"
    # ("the Ordinary Summit of the Southern African Development Community (SADC) in Harare": its short name told)
    r"(?:and\s+[A-Z][\w'’-]+\s+)?(?:\([\w&-]{2,10}\)\s+)?(?:[\w'’]+\s+){0,2}?(?=in\s))?"
    # ("talks with NATO foreign ministers in Brussels": those met, then the place)
    # ("the summit between ASEAN and the European Union in Brussels": its two sides)
    r"(?:with\s+(?:(?!PER\d|and\b|but\b)[\w'’]+\s+){1,4}?(?=(?:in|at)\s)|between\s+(?:(?!PER\d|but\b)[\w'’]+\s+){1,6}?(?=(?:in|at)\s))?"
    r"(?:(?!(?:and|but|or|was|were|is|are|back|then|before|after|while|when)\b)[\w'’]+\s+){0,3}?"
    # ("a meeting of the SCO's heads of government that Pakistan hosts on Tuesday": the host told)
    r"(?:in|at|hosted\s+by|held\s+in|host(?:ed)?\s+by|(?:that|which)(?=\s+(?:the\s+)?LOC\d+\s+(?:hosts|is\s+hosting)\b))\s+"
    # ("a summit at the White House": a building named with its article)
    r"(?:the\s+(?:\w+\s+){1,2}?(?:city|capital|resort|town)\s+of\s+|the\s+(?=LOC))?(?P<kind>LOC)(?P<i>\d+)",
    re.IGNORECASE,
)
# "the C5+1 summit hosted by US President PER1": held at the host's home
_HOSTED_BY_PER = re.compile(r"^\s*(?:[\w'’+-]+\s+){0,3}?hosted\s+by\s+(?:(?:LOC|DEM)\d+(?:'s|’s)?\s+)?(?:[A-Z][a-z]+\s+){0,2}?PER(\d+)\b(?!'s|’s)")
# A ceremony named by whose it is: "the swearing-in of LOC0's president", "the funeral of the DEM1
# king", "the inauguration of PER2": held in that country.
_CEREMONY = ("inauguration", "swearing-in", "swearing in", "investiture", "enthronement", "funeral", "coronation",
             "wedding", "jubilee")
_CEREMONY_OF = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:(?:new|late|former|outgoing|incoming|re-elected|newly\s+elected)\s+)?"
    r"(?:(?P<kind>LOC|DEM|GOV)(?P<i>\d+)(?:'s|’s)?(?=\s+(?:\w+\s+)?(?:president|prime\s+minister|king|queen|"
    r"emperor|emir|sultan|leader|ruler|head\s+of\s+state|monarch|pope|crown\s+prince))|PER(?P<p>\d+)|"
    # ("the funeral of Pope Francis", "the inauguration of the new pontiff": at the Vatican)
    r"(?P<pope>(?-i:Pope)\s+(?-i:[A-Z][a-z]+)\b|(?:the\s+)?(?:late\s+|new\s+)?(?:pope|pontiff)\b))",
    re.IGNORECASE)
_ORG_NOT_MEETING = re.compile(r"(?:'s|’s)\s+(?!(?:[\w-]+\s+){0,2}(?:summit|meeting|gathering|conference|forum|session|"
                              r"talks|leaders|heads|ministers|anniversary|jubilee|debate)\b)")
_HOSTED_RX = re.compile(r"\b(?P<kind>LOC|GOV)(?P<i>\d+)\s+(?:hosted|hosts|is\s+hosting|will\s+host|was\s+hosting)\b")
_IN_PLACE_RX = re.compile(
    r"\b(?:in|at|to)\s+(?:the\s+(?:\w+\s+)?(?:city|capital|resort)\s+of\s+|the\s+)?(?P<kind>LOC)(?P<i>\d+)|"
    r"\b(?:at|on\s+the\s+sidelines\s+of|during|for)\s+(?:the\s+|a\s+|this\s+\w+'s\s+|last\s+\w+'s\s+)?"
    r"(?:\w+\s+){0,2}?(?P<ekind>EVT)(?P<ei>\d+)",
    re.IGNORECASE,
)

_FUTURE = (
    r"will|'ll|’ll|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intending\s+to|"
    # ("is now expected to travel to China in mid-April": a plan made again)
    r"(?:is|are|was|were)\s+(?:also\s+|all\s+|both\s+|now\s+)?(?:expected|scheduled|set|due|poised|slated|likely|going|about)\s+to|"
    r"(?:is|are)\s+to|agreed\s+to|agrees\s+to|"
    r"accept(?:ed|s|ing)?\s+(?:an?|the|his|her|their|PER\d+(?:'s|’s)?)\s+(?:\w+\s+)?invitation\s+(?:from\s+(?:[\w’']+\s+){1,5}?)?to|promised\s+to|vowed\s+to|confirmed\s+(?:that\s+)?PER\d+\s+would|"
    # ("said he and X would meet again at the summit in July")
    # ("said on Thursday he would meet X in Budapest")
    r"said\s+(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?(?:that\s+)?PER\d+(?:\s+and\s+PER\d+)?\s+would|announced\s+(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?(?:that\s+)?PER\d+\s+would|prepares?\s+to|preparing\s+to|"
    r"aims?\s+to|to\s+make|(?:is|are)\s+(?:expected|scheduled|set|due|slated|poised)\s+to|will\s+be|"
    # ("expects to visit China later this year", "said he expected to travel to China": his own plan)
    r"expects\s+to|(?<=PER\d\s)expected\s+to|(?<=PER\d\d\s)expected\s+to"
)
_PAST_PLAN = r"had\s+(?:then\s+|also\s+|originally\s+|initially\s+|previously\s+)?(?:planned|intended|meant|hoped|been\s+(?:expected|scheduled|due|set))\s+to|was\s+(?:supposed|meant)\s+to|were\s+to|was\s+to"
_SPECULATIVE = (
    r"(?-i:may)(?!\s+\d)|might|could|would|should|can|hopes?\s+to|hoping\s+to|wants?\s+to|wanted\s+to|wish(?:es)?\s+to|"
    r"considering|considers|consider|mulling|weighing|invited|invites|inviting|invitation\s+to|urged|urges|"
    r"asked|asks|called\s+on|readiness\s+to|ready\s+to|willing\s+to|offered\s+to|threatened\s+to|"
    r"refus(?:e|ed|es)\s+to\s+rule\s+out|possibility|possible|potential|whether|if|unless|in\s+case|"
    r"rumou?red|speculation|talk\s+of|"
    # ("has given no sign he intends to travel to Kyiv")
    r"no\s+(?:sign|signs|indication|suggestion|hint)\s+(?:yet\s+)?(?:that\s+)?"
)
# (the same, where "that" opens the verb's own clause)
_NO_SIGN_THAT_AT_END = re.compile(r"\bno\s+(?:sign|signs|indication|suggestion|hint)\s+(?:yet\s+)?(?:that\s+)?PER\d+\s+(?:[\w-]+\s+){0,3}$")
# "has shelved his own plans to", "dropped plans to" (the pronoun masked): a plan given up, in _DECLINE and on its own
_DROPPED_PLANS = r"(?:dropped|abandoned|scrapped|shelved|called\s+off)\s+(?:(?:its|his|her|their|PER\d+)\s+)?(?:own\s+)?plans?\s+to"
_DECLINE = (
    r"declined\s+(?:an?\s+(?:\w+\s+)?invitation\s+)?to|declines\s+to|refused\s+to|refuses\s+to|"
    r"opted\s+not\s+to|opts\s+not\s+to|chose\s+not\s+to|chooses\s+not\s+to|decided\s+(?:not\s+to|against)|"
    r"(?:will|would|did|does|do|is|was|has|have|had)\s*(?:not|n't|n’t)\s+(?!hesitat)(?:be\s+)?(?:\w+\s+)?|"
    r"won't|won’t|wont|didn't|didn’t|doesn't|doesn’t|isn't|isn’t|wasn't|wasn’t|"
    r"(?:has|have|had)\s+no\s+plans?\s+to|(?:is|was)\s+not\s+(?:expected|scheduled|planning|going)\s+to|"
    # ("has shelved his own plans to visit Israel")
    + _DROPPED_PLANS + r"|"
    r"ruled\s+out|rules\s+out|asked\s+PER\d+\s+not\s+to|told\s+PER\d+\s+not\s+to|urged\s+PER\d+\s+not\s+to|"
    r"not\s+to|never|no\s+longer|instead\s+of|rather\s+than\s+(?:go(?:ing)?\s+to|attend(?:ing)?)"
)
# A clause opening on a relative pronoun after a name: "PER1, who was not invited, will travel".
_WHO_AT_END = re.compile(r"PER\d+\s*,\s*(?:who|whom|whose)\s*$")
# "currently has no plans to visit Pakistan": a rumoured trip denied, not an invitation turned down.
# "said (that) he had no plans to travel to Rome": a denial reported, not a decision to stay away.
_NO_PLANS_REPORTED = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:\w+\s+){0,4}?(?:that\s+)?PER\d+\s+(?:had|has)\s+no\s+plans?\s+to\b")
_NO_PLANS_NOW = re.compile(r"\b(?:currently|presently|at\s+present|for\s+now)\s+(?:has|have|had)\s+no\s+plans?\s+to\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOW_AFTER = re.compile(r"^\s*\w+\d*\s+(?:at\s+the\s+moment|at\s+present|for\s+now|currently)\b", re.IGNORECASE)
# "has yet to receive confirmation from Washington that X will attend": a trip not confirmed.
_UNCONFIRMED_BEFORE = re.compile(r"\b(?:yet\s+to\s+(?:receive|get)|no|without|awaiting|awaits)\s+(?:any\s+)?confirmation\b"
                                 r"[^.;]{0,60}?\bthat\s+[^.;]*$", re.IGNORECASE)
# "Outlets had claimed that Islamabad was preparing to receive X": a claim reported, not a plan.
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed|claims|claiming|rumou?rs?|rumou?red|speculat\w*)\b[^.;:]*$", re.IGNORECASE)
# A trip's programme told with a plan that did not happen: "had been due to arrive on Sunday for three days of
# engagements, including a visit to Bordeaux".
_PLANNED_PROGRAMME = re.compile(rf"(?:{_PAST_PLAN})\s[^.;]*\b(?:including|such\s+as|among\s+them)\b[^.;]*$", re.IGNORECASE)
# "returned home on Saturday after attending a summit in Harare": the gerund's deed is done.
# "X became the first Australian leader in seven years to visit": a trip made (its subject told right before).
# ("Modi, for his part, became the first ...": an aside between the name and the verb)
_BECAME_FIRST_TO = re.compile(r"\bPER\d+(?:\s*,\s*[^,;.]{1,30},)?\s+(?:\w+\s+){0,2}?(?:became|become|was)\s+the\s+(?:first|second|third|only|last)\b[^,;.]{0,60}?\bto\s+$")
_AFTER_GERUND = re.compile(r"\b(?:after|since|by)\s+$")  # ("tested the court by travelling to Mongolia": done)
# "the warrant did not stop him from visiting Mongolia": went all the same
_NOT_STOPPED_FROM = re.compile(r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|had\s+not|never)\s+(?:stop(?:ped)?|prevent(?:ed)?|deter(?:red)?|keep|kept)\s+"
                               r"PER\d+\s+from\s+$")
# "stayed away, with Foreign Minister X attending in his place": the stand-in, there for the one who stayed away
_STAND_IN_WITH = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,3}?PER\d+\s+$")
_FUTURE_IN_CLAUSE = re.compile(rf"\b(?:{_FUTURE})\b", re.IGNORECASE)
_PRE_FUTURE = re.compile(rf"(?:{_FUTURE})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_HAD_BEEN_AT_END = re.compile(r"\bhad\s+(?:also\s+|originally\s+|initially\s+)?been\s+$")
_PRE_PAST_PLAN = re.compile(rf"(?:{_PAST_PLAN})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
# "had meant to close his term with a visit to Rome": a plan told as over, by its noun
_PAST_PLAN_NOUN_AT_END = re.compile(rf"(?:{_PAST_PLAN})\s+(?:[\w-]+\s+){{0,5}}?(?:with|by\s+making|by\s+paying)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){{0,2}}$",
                                    re.IGNORECASE)
_PRE_SPEC = re.compile(rf"\b(?:{_SPECULATIVE})\b", re.IGNORECASE)
# "is not expected to attend, diplomats said": a forecast, not a decision (no decline).
_NOT_EXPECTED_AT_END = re.compile(r"\b(?:is|are|was|were)\s+not\s+(?:\w+\s+)?expected\s+to\s+(?:\w+\s+)?$")
_PRE_DECLINE = re.compile(rf"(?:{_DECLINE})\s*(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_PRE_NEG = re.compile(r"\b(?:not|n't|n’t|never|no\s+longer)\b\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_PRE_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+|previously\s+|recently\s+)?$", re.IGNORECASE)
_PRE_BE = re.compile(r"(?:\b(?:is|are|am)|\b(?:he|she|who|that)'s)\s+(?:now\s+|currently\s+|also\s+)?$", re.IGNORECASE)
_WILL_SEE_AT_END = re.compile(r"\b(?:will|is\s+set\s+to|is\s+to)\s+(?:also\s+)?see\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+(?:\s+and\s+PER\d+)?\s+$")
_PRE_WAS = re.compile(r"\b(?:was|were)\s+(?:also\s+)?$", re.IGNORECASE)
# "X has chosen his destinations carefully, visiting Kyrgyzstan": a participle after a main clause told in the past
# (its subject the traveller) shares that past
_PAST_MAIN_BEFORE_COMMA = re.compile(
    # ("In May PER0 cut short a trip, flying to ...": a time told first)
    r"(?:^(?:(?:In|Last|Earlier\s+in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+)?|"
    r",\s+|\b(?:then|since|later|earlier|year|month|week)\s+)(?:PER\d+|he|she|they)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|went|chose|chosen|made|took|spent|began|begun|flew|left|came|set|kept|wound|ended|cut\s+short)\b[^.;,]*,\s*$")
# "X spoke in August before flying to Egypt and Qatar": the going after a deed told in the past is done too
# (not after an arrival: "landed in Malaysia on Sunday morning and danced ... before heading to the summit" is there now)
_PAST_MAIN_THEN_BEFORE = re.compile(
    r"(?:^|,\s+|\b(?:then|since|later|earlier|year|month|week)\s+)(?:PER\d+|he|she|they)\s+(?:had\s+)?(?:\w+ly\s+)?"
    r"(?!(?:landed|arrived|came|flew\s+in)\b)(?:[a-z]+ed|went|made|took|spent|began|flew|left|came|met|held|spoke|saw|gave|told)\b"
    r"(?:(?!\b(?:landed|arrived|came|flew\s+in)\b)[^.;,])*\bbefore\s+$")
_VIDEO = re.compile(r"\b(?:by|via|over)\s+(?:a\s+)?video(?:\s*-?\s*(?:link|conference|call))?\b|\bvirtually\b|\bremotely\b|\bonline\b", re.IGNORECASE)
# (and the inverted "had he set foot in the country", "had she gone"; "should the court ever seek his arrest": the
# court's act supposed)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|in\s+case|should\s+PER\d+|provided\s+that|"
                          r"should\s+(?:the\s+)?(?:court|ICC|judges|prosecutors?|tribunal)\b|"
                          r"had\s+PER\d+(?=\s+(?:set|gone|come|travel|attend|visit|been|made|flown)\b|\s*$))", re.IGNORECASE)
# "has attended the summits in person in most years since 2014": a habit, no one trip.
# (each form holds "year", the word the caller gates it on)
_HABITUAL = re.compile(r"\b(?:(?:in\s+)?most\s+years|every\s+year|each\s+year|year\s+after\s+year)\b", re.IGNORECASE)
# (not after a hyphen: "to press for a long-delayed treaty" puts off no trip)
_CANCEL_RX = re.compile(
    r"(?<!-)\b(?P<verb>cancel(?:l)?(?:ed|s|ing)?|called\s+off|calls\s+off|call\s+off|postpon(?:ed|es|e|ing)|"
    r"scrapp(?:ed|ing)|scraps?|shelv(?:ed|es|e|ing)|put\s+off|put\s+on\s+hold|on\s+ice|"
    # "has yet to set a new date for the visit to Turkey": put off, with no day now
    r"(?:has|have|had)\s+yet\s+to\s+(?:set|fix|announce|name|agree)\s+a\s+new\s+date\s+for|"
    # "his visit to Turkey remains on hold", "is on hold"
    r"(?:is|was|are|were|remains|remained|has\s+been|had\s+been)\s+(?:now\s+|still\s+)?on\s+hold|delay(?:ed|s)?|abandon(?:ed|s)?|"
    # "his planned meeting with Putin in Budapest was off for now" (not "was off to Paris")
    r"(?:is|was|are|were)\s+(?:now\s+)?off(?=\s+(?:for\s+now|indefinitely)|\s*[,.;])|"
    # ("a meeting ..., pencilled in for Budapest, has also been dropped"; "dropping planned stops in X and Y")
    r"(?<=been\s)dropped|(?<=was\s)dropped|(?<=were\s)dropped|dropp(?:ing|ed)(?=\s+(?:(?:his|her|its|their|the|a)\s+)?planned\b|\s+(?:his|her|its|their|the|a|PER\d+(?:'s|’s)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visits?|trips?|stops?|stopovers?|legs?|tour)\b))\b",
    re.IGNORECASE,
)
# A meeting of named leaders in a named place: "a summit between PER0 and PER1 in LOC2", "the
# planned summit with PER3 in LOC4". Each guest's trip is there, planned or called off.
_SUMMIT_OF = re.compile(
    # ("a planned summit in Budapest between X and Y": the place may come first)
    # ("The Budapest summit between X and Y is off": a city before it)
    r"(?:\bLOC(?P<locp>\d+)\s+)?\b(?P<noun>summit|meeting|talks)(?:\s+(?:in|at)\s+LOC(?P<loc0>\d+))?\s+(?P<rel>between|with)\s+PER(?P<a>\d+)"
    # ("between X, the US secretary of state, and ...": the masker reads the apposed title as X again, "PER0, PER5, and PER3")
    r"(?:(?:\s*,\s*PER\d+(?=\s*,\s*and\s))?\s*(?:,\s*and|,|and|&)\s*PER(?P<b>\d+))?"
    r"(?(loc0)|(?(locp)|(?:\s+(?:in|at)\s+(?:the\s+(?:\w+\s+)?(?:city|capital)\s+of\s+)?LOC(?P<loc>\d+)|"
    # "... that Hungary had been preparing to host", "..., which the two leaders agreed to hold in Budapest"
    r"\s*,?\s+(?:that|which)\s+(?:LOC(?P<loc2>\d+)\s+[^.;]{0,40}?\bhost\b|"
    # ("..., which the two leaders agreed to hold in Budapest", "that was supposed to take place in Budapest")
    # ("..., which officials had pencilled in for Budapest this week")
    r"[^.;]{0,60}?\b(?:(?:hold|held|host|hosted|take\s+place|taken\s+place|happen)\s+in|pencill?ed\s+in\s+for|planned\s+for|set\s+for)\s+LOC(?P<loc3>\d+)))))",
    re.IGNORECASE,
)
# "A second Trump-Putin summit, which Trump announced on Oct. 16 would take place in Budapest, has been shelved": the
# pair named in the noun (the same groups as _SUMMIT_OF; a day's abbreviated month may come in the clause)
_PAIR_SUMMIT = re.compile(
    r"\bPER(?P<a>\d+)(?P<rel>[-–])PER(?P<b>\d+)\s+(?P<noun>summit|meeting|talks)(?P<locp>(?!x)x)?(?P<loc0>(?!x)x)?"
    r"(?:\s+(?:in|at)\s+LOC(?P<loc>\d+)|\s*,?\s+(?:that|which)\s+(?P<loc2>(?!x)x)?(?:[^.;]|\.(?=\s*\d)){0,80}?\b"
    r"(?:(?:hold|held|host|hosted|take\s+place|taken\s+place|happen)\s+in|pencill?ed\s+in\s+for|planned\s+for|set\s+for)\s+LOC(?P<loc3>\d+))")
# "a day after", "two days after" talks: how long before the clause's day they were held
_DAYS_GAP_AT_END = re.compile(r"\b(a|one|the|two|three)\s+days?\s+$", re.IGNORECASE)
_GAP_DAYS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}
# "Tuesday's talks in Moscow between X and Y": a meeting told by its day, so held (or under way)
_DAYS_MEETING_BEFORE = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|last\s+week)(?:'s|’s)\s+$")
_SUMMIT_PLANNED_BEFORE = re.compile(r"\b(?:planned|proposed|upcoming|forthcoming|expected|prospective|agreed)\s+(?:\w+\s+)?$",
                                    re.IGNORECASE)
_SUMMIT_PLANNED_AFTER = re.compile(r"\s*(?:,\s*)?(?:is|are|was)\s+(?:now\s+)?(?:planned|expected|scheduled|set|due)\b",
                                   re.IGNORECASE)
# "a trip delayed by almost a year": how long it was put off, told of a trip that has come about
_DELAYED_BY_SPAN = re.compile(r"\s+by\s+(?:almost\s+|nearly\s+|about\s+|more\s+than\s+|over\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+"
                              r"(?:years?|months?|weeks?|days?)\b|"
                              # "state visits to Germany in March and to France in September, the latter delayed from the spring"
                              r"\s+from\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|"
                              r"August|September|October|November|December)\b")
# ("put off a visit planned for next week": the date it was planned for, not a new one)
_NEW_DATE = re.compile(r"(?<!planned\s)(?<!scheduled\s)(?<!slated\s)\b(?:until|till|to|for)\s+(?:a\s+later|later|next|early|late|\w+\s+\d|January|February|"
                       r"March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)", re.IGNORECASE)
# The trip told in the present: "PER0's visit to LOC1 comes days after", "... to LOC1 is his first".
# "his trip to the White House is still on the calendar for Nov. 7": ahead.
_CALENDAR = r"(?:is|remains)\s+(?:still\s+)?on\s+the\s+(?:calendar|schedule|agenda|cards)"
_NOUN_FUTURE_AFTER = re.compile(r"\s+(?:the\s+)?LOC\d+(?:\s*,\s*[^,]{0,60},)?(?:\s+(?:[\w-]+\s+){0,3}?)?\s*(?:will|is\s+(?:due|expected|set|scheduled|planned|to)|are\s+(?:due|expected|set|to)|"
                                rf"{_CALENDAR})\b")
# (the calendar alone, checked before a past reading: its "on" would read as a trip told in the past)
_ON_THE_CALENDAR = re.compile(rf"\s+(?:the\s+)?LOC\d+\s+{_CALENDAR}\b")
_NOUN_PRESENT_AFTER = re.compile(r"\s+(?:the\s+)?LOC\d+(?:\s*,\s*[^,]{0,60},)?\s+(?:is|comes|marks|makes)\b(?!\s+(?:to|due|expected|set|scheduled|planned|likely)\b)")
_SINCE_AFTER = re.compile(r"\s+(?:the\s+)?(?:LOC|EVT)\d+\s+(?:in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:a|an|\w+)\s+\w+\s+)?since\b")
_IT_IS_NOUN = re.compile(r"\b(?:It|This)\s+is\s+(?:also\s+)?PER\d+(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$")
_DURING_AT_END = re.compile(r"\bduring\s+(?:(?:a|an|the|his|her|their|PER\d+)\s+)?(?:[\w-]+\s+){0,3}$")
# "chose not to make the short hop to Switzerland", "declined to make the trip to Riyadh": a trip turned down.
_CHOSE_NOT_TO_MAKE_AT_END = re.compile(r"\b(?:(?:chose|chooses|decided|opted|opts|preferred)\s+not\s+to|declined\s+to|refused\s+to)\s+"
                                       r"(?:make|undertake)\s+(?:the|a|this|that|any)\s+(?:[\w-]+\s+){0,2}?$")
# "would skip the meeting", "will attend the meeting": a gathering gone to or stayed away from (the going verbs' own).
_GATHERING_VERB_THE_AT_END = re.compile(r"\b(?:skip|skips|skipped|skipping|miss|misses|missed|missing|boycott|boycotts|boycotted|snub|snubbed|"
                                        r"attend|attends|attended|attending)\s+(?:the|this|that|a|an|next\s+week(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?$")
# "had shelved his own plans to visit", "dropped plans to travel to" (the pronoun masked): the plan dropped.
_DROPPED_PLANS_TO_AT_END = re.compile(r"\b" + _DROPPED_PLANS + r"\s+(?:\w+\s+){0,2}$")
# "would not change his plans to go to India", "has not dropped her plans to": the plan stands.
_PLANS_KEPT_AT_END = re.compile(r"\b(?:not|n't|n’t|never)\s+(?:\w+\s+)?(?:change|alter|cancel|drop|abandon|scrap|shelve|reconsider|rethink|"
                                r"changed|altered|cancell?ed|dropped|abandoned|scrapped|shelved|reconsidered)\s+PER\d+\s+(?:own\s+)?plans?\s+to\s+"
                                r"(?:\w+\s+){0,2}$")
# "went ahead", "will go ahead": a trip made or to be made, whatever was called off beside it.
_WENT_AHEAD = re.compile(r"\b(?:went|go|goes|going|gone)\s+ahead\b")
# "welcomed X to his golf resort", "hosted Y at his estate": the host's own property, wherever it is.
_TO_OWN_RESORT = re.compile(r"\s+(?:(?:PER|LOC|DEM)\d+\s+)?(?:[\w-]+\s+){0,4}?(?:to|at)\s+(?:PER\d+|his|her)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:resort|estate|club|course|ranch|property|residence|villa|retreat)\b")
_NOUN_PLANNED = re.compile(
    r"\b(?:planned|upcoming|forthcoming|expected|proposed|scheduled|future|next|will|plans?|planning|"
    # ("..., to be followed by a state visit to Brazil": still ahead)
    r"preparations?|prepar(?:e|es|ing)|arrang(?:e|es|ing)|groundwork|run-up|lead-up|ahead\s+of|to\s+make|set\s+to|is\s+to|are\s+to|due|announced|confirmed|"
    r"to\s+be\s+followed\s+by)\b",
    re.IGNORECASE,
)
# A point in a stay, told after the deed: "on the last day of", "at the start of", "near the end of" ("over": one that
# ends the stay, "at the end of", "on the last day of").
_STAY_FRAME_AT_END = re.compile(r"\b(?:(?P<over>at\s+the\s+(?:end|close)|on\s+the\s+(?:last|final)\s+day)|(?:at|near|towards?)\s+the\s+(?:start|end|close|beginning)|"
                                r"on\s+the\s+(?:first|second|third)\s+day)\s+of\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$")
# The sentence's subject: the first name, past a dateline and a few words ("WASHINGTON - Ukraine's PER1 met ...").
_SENTENCE_SUBJECT = re.compile(r"^(?:[^,.;]{0,40}?\s[—–-]\s+)?(?:[\w'’.-]+\s+){0,4}?PER(\d+)(?!\s*(?:'s|’s))\s+(?!and\b|or\b|,)")
_NOUN_ONGOING = re.compile(r"\b(?:began|begins|started|starts|kicked\s+off|is\s+making|is\s+paying)\s+(?:\w+\s+){0,3}$|"
                           r"\bon\s+(?:a|an|his|her|their)\s+(?:\w+\s+){0,3}$|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:on|in\s+the\s+middle\s+of)\b|\bcurrently\b|\bunder\s+way\b|\bunderway\b", re.IGNORECASE)
# "arrived on Saturday for a visit to X", "touched down at the start of a state visit": the arrival's
# reading (there now), not the past tense's.
_ARRIVED_FOR_NOUN = re.compile(
    r"\b(?:arrived|arrives|landed|lands|touched\s+down|touches\s+down|flew\s+in(?:to)?|flies\s+in(?:to)?)\b"
    r"(?:(?!\b(?:and|but|left|returned|home)\b)[^;])*?"
    r"\b(?:for|at\s+the\s+start\s+of|to\s+(?:begin|start))\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE)
# "sets off on Wednesday on an eight-day tour of ...", "leaves tomorrow on a visit to ...": the schedule of a start ahead.
# ("leaves for his state visit to Washington on April 8": "his" is masked as its owner)
_SETS_OFF_ON = re.compile(r"\b(?:sets\s+(?:off|out)|leaves|departs|embarks)\b[^,;]{0,40}?\b(?:on\s+(?:a|an|his|her|their|PER\d+)|for\s+(?:his|her|their|PER\d+))\s+(?:[\w-]+\s+){0,3}$",
                          re.IGNORECASE)
_BEGINS_AT_END = re.compile(r"\b(?:begins|starts)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "The palace said he would complete the tour in Amman": a step of the tour announced, not a guess
_SAID_WOULD_STEP = re.compile(r"\b(?:said|confirmed|announced)\s+(?:that\s+)?PER\d+\s+would\s+(?:end|complete|conclude|wrap\s+up|begin|start|open|close|"
                              r"continue)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
# "..., before ending the tour in Namibia": a gerund step of the tour, in the tense of what it follows
_TOUR_STEP_GERUND = re.compile(r"\b(?:before|then|and)\s+(?:ending|concluding|closing|wrapping\s+up|finishing|rounding\s+off)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
# "X returns the favour on Friday with a trip to France", "embarks next week on a state visit to Y": a step of a
# schedule told in the present with its time, ahead ("follows" is not one: "the visit follows Xi's trip to Moscow")
_SCHEDULED_NOUN_PRESENT = re.compile(r"\b(?:returns\s+the\s+favou?r|makes|pays|embarks)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                                     r"Saturday|Sunday)|next\s+(?:week|month)|later\s+this\s+(?:week|month)|tomorrow)\s+(?:with|on)\s+"
                                     r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$")
# "to prepare for a visit by French President PER3, who is due to arrive": the guest of a visit, in a relative clause
_VISIT_BY_WHO_AT_END = re.compile(r"\b(?:visit|trip)\s+by\s+(?:[\w-]+\s+){0,3}?PER\d+\s*,\s*who\s+(?:is\s+|was\s+|will\s+)?[^,;]{0,30}$")
# "had been due to speak on Tuesday but called off his trip": a part at the story's gathering, before the trip was off
_DUE_AT_GATHERING = re.compile(r"\b(?:had|has|have)\s+(?:also\s+)?been\s+(?:due|expected|scheduled|booked|set)\s+to\s+"
                               r"(?:speak|attend|address|take\s+part|come|join|lead)\b")
# "a planned trip to Washington by two of his closest advisers": a trip by a group ("his" is masked as its owner)
_PLACE_THEN_BY_GROUP = re.compile(r"(?:\s+(?:to|in))?\s+(?:the\s+)?(?:LOC|GOV)\d+\s+(?:(?:on|in|last|next|this)\s+\w+\s+)?by\s+"
                                  r"(?:two|three|four|several|some|a|an|his|her|their|the|its)\s+(?:[\w'’-]+\s+){0,4}?"
                                  r"(?:advisers|advisors|aides|officials|ministers|delegation|team|envoys|diplomats|negotiators|"
                                  r"lawmakers|officers|members|executives)\b")
# A sentence opening on a stranger and an apposition closed by a comma: "Witkoff, a property developer and longtime
# friend of PER0, ..." (the names inside the apposition are not the subject)
_STRANGER_APPOSED = re.compile(r"[^,;]{1,40},\s*(?:a|an|the)\s+[^,;]{1,100}?\bof\s+PER\d+\s*,")
_TOUR_STEP_PRESENT = re.compile(r"\b(?:ends|begins|starts|opens|closes|concludes|wraps\s+up|continues)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
# "returns to Brasilia before a trip to Malaysia": a programme told in the present, the trip after the going
_PRESENT_GOING_BEFORE_NOUN = re.compile(r"\b(?:returns|travels|flies|heads|goes|stops|stays|spends)\b[^,;]{0,60}?\bbefore\s+(?:a|an|his|her|their)\s+"
                                        r"(?:[\w-]+\s+){0,3}$")
# A trip noun told as the purpose of a going in the present or future ("goes on to X later on Thursday for a
# state visit to Y", "heads to X for a visit"): the verb tells its status.
_PURPOSE_NOUN_AT_END = re.compile(r"\bfor\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,3}$")
# "On Tuesday X meets Y ... before flying on to Z": a day's programme told in the present
_DEED_PRESENT = re.compile(r"\b(?:meets|holds|sees|attends|addresses|visits|opens|signs|tours|hosts)\b")
# "is in AlUla before flying to Bahrain", "is spending a second day there before ...": a stay now, the gerund after it ahead
_STAY_PRESENT = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:in|spending|staying)\b")
_GOING_PRESENT = re.compile(r"\b(?:goes|heads|travels|flies|moves|continues|leaves|departs|will|is\s+(?:due|set|expected|scheduled)\s+to)\b")
# "on the sidelines", "on the margins of the summit": of the gathering the story is about.
_SIDELINES_OF_OURS = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\b(?!\s+of\s+(?!(?:the|this|today['’]s)\s+(?:[\w-]+\s+)?"
                                r"(?:summit|meeting|gathering|conference|forum|session)\b))")
# "The United States is boycotting the meeting on X's orders", "X ordered a boycott of the summit": X stays away
_BOYCOTT_ORDERED = re.compile(r"\b(?:LOC|GOV)\d+\s+(?:is|was|are|were)\s+boycotting\s+(?:the|this|this\s+week(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:summit|meeting|gathering|conference|talks)\s+on\s+PER(?P<a>\d+)(?:'s|’s)\s+(?:orders|instructions)|"
                              # ("Donald Trump, who ordered the boycott and ...": of the story's gathering)
                              r"\bPER(?P<b>\d+)(?:\s*,\s*who)?\s+(?:has\s+|had\s+)?ordered\s+(?:a|the)\s+boycott(?:\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:summit|meeting|gathering|conference)\b|(?=\s*(?:[,.;]|and\b)))|"
                              # "Donald Trump's boycott means no American official is taking part"
                              r"\bPER(?P<c>\d+)(?:'s|’s)\s+boycott\b(?!\s+of\s+(?!(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|gathering|conference)\b))")
# "X is due to speak on Wednesday": at the story's gathering, ahead
_DUE_TO_SPEAK = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:due|expected|scheduled|set)\s+to\s+speak(?=\s*(?:[,.;]|on\s+\w+day|later|tomorrow|next\b))")
# "have agreed on the sidelines", "signed a deal on the margins": a deed done at the gathering (not a meeting, which has its own rule)
_AGREED_AT_END = re.compile(r"\b(?:agreed|signed|announced|sealed|struck|unveiled|launched|discussed)\s+(?:[\w'’-]+\s+){0,4}?$")
# "... said on Sunday they would join": a plan reported.
_SAID_WOULD_AT_END = re.compile(r"\b(?:said|announced|confirmed)\b[^.;]{0,40}?\bwould\s+$")
# ", which began last Saturday, was ...": a relative clause after a noun, then the noun's own verb
_RELATIVE_THEN_VERB = re.compile(r",\s*(?:which|that)\s+[^,;.]{1,60},\s*(?P<verb>(?:was|were|had|has|is|are|will|drew|marked|ended|came|gave|brought|left|won|yielded|showed|produced|delivered|offered)\b)")
# "..., including visits to China and India": a list of the trips the clause before tells (matched from the clause's start)
_INCLUDING_AT_END = re.compile(r"\s*including\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_NOUN_PAST = re.compile(
    r"\b(?:after|during|since|following|on)\b|\b(?:was|were|had|did|met|held|made|went|took|paid|spent|said|"
    r"signed|sparked|drew|came|began|ended|marked|visited|cut|cutting|gave|brought|left|won|yielded|showed)\b|\b\w+ed\b",
    re.IGNORECASE,
)
# A list of names ("PER1", "LOC2's PER3, PER4 and PER5"): those met, or joined.
_NAMES_LIST = r"(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+(?:(?:\s*,\s*|,?\s+and\s+)(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*"
_MET_OBJECTS = re.compile(r"\s+(?:with\s+)?" + _NAMES_LIST)
# "held talks in Lviv with X and Turkey's Y": the place told before whom the talks were with
_PLACE_THEN_WITH = re.compile(r"\s+in\s+(?:the\s+)?LOC\d+(?=\s+with\s)")
# "was to have met X": planned once, not done
_TO_HAVE_AT_END = re.compile(r"\b(?:was|were)\s+(?:supposed\s+|meant\s+|due\s+)?to\s+have\s+$")
_MEET_RX = re.compile(
    # ("a meeting between PER0 and PER1 in June on the sidelines of the G7 summit in Kananaskis": both were there)
    r"\b(?P<verb>meeting\s+(?:in\s+(?:the\s+)?LOC\d+\s+)?between\s+PER\d+\s+and\s+PER\d+|met|meets|meet|meeting|held\s+talks|holds\s+talks|hold\s+talks|holding\s+talks|talked|"
    # ("has begun talks with X at Hyderabad House in New Delhi": under way)
    r"(?:has|have)\s+begun\s+talks|begins\s+talks|began\s+talks|"
    r"held\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)|held\s+(?:separate\s+|bilateral\s+|private\s+)+meetings|"
    # ("were expected to hold a three-way meeting on the sidelines of the Doha Forum": a plan, when told as one)
    r"hold\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?meeting|"
    # "held nine hours of talks in Jeddah", "held two rounds of talks"
    r"held\s+(?:[\w-]+\s+){1,2}?(?:hours?|days?|rounds?)\s+of\s+(?:[\w-]+\s+)?talks|"
    # "laid the groundwork during three days of talks in Washington": the subject was at them
    r"during\s+(?:(?:[\w-]+\s+){1,2}?(?:hours|days|rounds)\s+of\s+)?(?:[\w-]+\s+)?talks(?=\s+in\s+(?:the\s+)?LOC\d)|"
    # "spoke on Thursday, a day after talks in Beijing with Wang Yi": the talks were held there
    r"after\s+talks(?=\s+in\s+(?:the\s+)?LOC\d+\s+with\s)|"
    # "had hosted a round of talks in Paris last week": the host was there (at home it is no trip)
    r"hosted\s+(?:a|an|the|two|three)\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting)(?=\s+in\s+(?:the\s+)?LOC\d)|"
    # "held indirect talks in the Omani capital"
    r"held\s+(?:brief|indirect|direct|fresh|further|new|secret|informal|formal|separate|bilateral|lengthy|marathon|private|preliminary|"
    r"closed-door|face-to-face)\s+talks|"
    # "held the second Russia–Central Asia summit with X, Y and Z" ("held a summit in Paris on Friday with X")
    r"held\s+(?:a|an|the|his|her|their|PER\d+)\s+(?:[\w–-]+\s+){0,4}?summit(?=\s+with\b|\s+in\s+(?:the\s+)?LOC\d+\s+(?:on\s+\w+\s+)?with\b)|"
    # "A, B and C joined PER3 for a meeting with PER4", "joined him on Thursday for the Russia-Central Asia summit": those joined meet too
    r"joined\s+PER\d+(?:(?:\s*,\s*|,?\s+and\s+)PER\d+)*\s+(?:(?:on|this|last)\s+\w+\s+)?for\s+(?:a|an|the|their|his|her|PER\d+)\s+"
    r"(?:[\w–-]+\s+){0,3}?(?:meeting|talks|summit)|"
    # "A, B and C joined President PER3 at the mouth of the Amazon on Thursday for the opening of a two-day leaders' summit"
    r"joined\s+PER\d+\s+(?:(?:at|in|on)\s+(?:(?!PER\d)[\w'’–-]+\s+){1,9}?)?for\s+the\s+(?:opening|start|launch|close|first\s+day)\s+of\s+"
    r"(?:a|an|the)\s+(?:[\w'’–-]+\s+){0,3}?(?:meeting|talks|summit|conference|forum)|"
    r"sat\s+down|sit\s+down|sits\s+down|sitting\s+down|shook\s+hands|hugged|embraced|greeted\s+each\s+other|"
    # "dining with the president-elect at Mar-a-Lago", "had lunch with Trump at the White House": a meal together
    r"(?:dined|dining|dines|had\s+(?:a\s+)?(?:dinner|lunch|breakfast)|lunched)(?=\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?PER\d)|"
    # "called on the then president-elect at Mar-a-Lago": a call paid somewhere (not "called on X to end the war")
    r"called\s+on(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?PER\d+\s+(?:at|in)\s)|"
    # "had seen PER1 last week at the G20 summit in Rio": a meeting (seen someone, at a stated place)
    # ("saw Egyptian President Abdel Fattah el-Sisi in Cairo": a leader the reference does not know, told by title)
    r"(?:saw|seen|see)(?=\s+(?:PER\d+|(?:DEM\d+|LOC\d+(?:'s|’s))\s+(?-i:President|Prime\s+Minister|King|Chancellor|Emir|Sultan|Crown\s+Prince)"
    r"(?:\s+(?-i:[A-Z][\w'’-]*|el-[\w'’-]+|al-[\w'’-]+|bin|de|da)){1,5})\s+(?:(?:last|on|this|earlier\s+this|next|in)\s+\w+\s+)?(?:at|in)\s)|"
    # "A and B sat across a table at Diriyah Palace in Riyadh for four hours"
    r"sat\s+(?:across|at)\s+(?:a|the)\s+(?:[\w-]+\s+)?table|"
    # "flew home after nearly three hours of talks with PER1": talks held (a bare "talks" only after "after")
    # (or "after talks at the White House on Monday": at a stated place)
    r"talks(?=\s+with\s+PER\d|\s+(?:at|in)\s+(?:the\s+)?LOC\d))\b",
    re.IGNORECASE,
)
# "after talks in Tashkent earlier that day": the day of the verb the talks came before
_THAT_SAME_DAY = re.compile(r"\b(?:earlier|later)\s+(?:that|the\s+same)\s+day\b|\b(?:that|the)\s+same\s+day\b")
# Gatherings told that are not the story's own:
# "... urged progress on climate finance as the COP30 negotiations in Belém ran into overtime": elsewhere, at the same time
_MEANWHILE_GATHERING_BEFORE = re.compile(r"\b(?:as|while|whereas)\s+(?:the\s+)?$")
# "BELÉM — ... before the UN climate conference in Dubai": a later one, elsewhere
# ("ahead of the weekend's G20 summit in Johannesburg", in a story filed from Luanda)
_BEFORE_GATHERING_AT_END = re.compile(r"\b(?:before|ahead\s+of|in\s+time\s+for)\s+(?:the|next\s+(?:week|month|year)(?:'s|’s))\s+(?:[\w.'’-]+\s+){0,3}$")
# "left for Brazil the same evening to prepare for the opening of COP30", "is due to fly on to Baku later in the day for
# the climate conference": a going on from here, so a gathering told after it is the next one, not the story's
_GOING_ON_BEFORE = re.compile(r"\b(?:(?:left|leaves|leave|leaving|departed|departs)\s+for|(?:flew|fly|flies|flying|headed|head|heads|heading)\s+(?:back|home|on)\s+to)"
                              r"\s+(?:the\s+)?LOC\d+[^.;]{0,70}$")
# "came straight from Johannesburg, where the G20 summit had opened": the place come from
_FROM_PLACE_WHERE_AT_END = re.compile(r"\bfrom\s+(?:the\s+)?LOC\d+\s*,\s*where\s+(?:the\s+)?$")
# "landed in Rio on Sunday after APEC in Peru", "fresh from the G7": a gathering come from
_FROM_GATHERING_AT_END = re.compile(r"\b(?:after|from|following)\s+(?:the\s+|a\s+|(?:last|this)\s+week(?:'s|’s)\s+)?"
                                    r"(?:(?:weekend|week)(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}$")  # ("from the weekend's G20 summit")
# "... the APEC forum in Lima and then the G20 summit in Rio": another gathering of a list (its place told after it)
_AND_THEN_GATHERING = re.compile(r"(?:\s+(?:[\w'’-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?LOC\d+)?\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?:to\s+)?"
                                 r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?EVT(\d+)")
# "... before going on to Paris": a gerund after "before" is done when the clause's main verb is
_BEFORE_AT_END = re.compile(r"\bbefore\s+$")
_PLAN_WORD = re.compile(r"\b(?:will|is\s+to|are\s+to|plans?|planning|is\s+due|are\s+due|expected|set\s+to|scheduled)\b")
# "flew home early on Saturday after nearly three hours of talks with": the talks a bare "talks" tells, on leaving
_AFTER_TALKS_AT_END = re.compile(r"\b(?:flew|left|departed|returned|headed|arrived|came|landed|travell?ed|went|moved)\b[^,;]*?\b(?:after|following)\s+(?:[\w-]+\s+){0,4}?$",
                                 re.IGNORECASE)
# "used a meeting with Xi to raise ...", "had a brief meeting with": a meeting held.
# ("X, who came away from a tense meeting with Trump at the White House")
_HAD_A_MEETING_AT_END = re.compile(r"(?:\bPER\d+\s+(?:\w+\s+)?|\bwho\s+|^\s*)(?:used|had|came\s+away\s+from|emerged\s+from)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?$")
# "joined the summit session": the gathering joined (in person, unless by video).
# ("joined Tuesday's session"; "joined Southeast Asian leaders at the ASEAN summit": at it, with them)
_JOINED_GATHERING = re.compile(r"\s+(?:(?:other\s+|fellow\s+|the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}?(?:leaders|counterparts|heads\s+of\s+(?:state|government))\s+at\s+)?"
                               # ("joined European Union leaders at an informal retreat in Brussels")
                               r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:summit|session|talks|gathering|retreat|EVT\d+)\b")
_JOINED_AT_NAMED_GATHERING = re.compile(r"\s+(?:(?!PER\d)[\w'’-]+\s+){1,4}?at\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?"
                                        r"(?:EVT\d+|(?:summit|retreat|gathering|meeting|conference)\s+in\s+(?:the\s+)?LOC\d)")
# "joined Chancellor X in Berlin on Friday for talks", "joined A and B at the Elysee": went there to be with them
_JOINED_PEOPLE_IN = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?PER\d+(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:[\w'’.-]+\s+){0,3}?PER\d+)*"
                               r"\s+(?:in|at)\s+(?:the\s+)?LOC\d")
# "joined the SCO foreign ministers in Tianjin on Tuesday": their meeting, in the place told
_JOINED_MINISTERS_IN = re.compile(r"\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministers|counterparts|leaders)['’]?(?:\s+meeting)?\s+in\s+(?:the\s+)?LOC")
# "took part in a virtual summit", "attended an online meeting of ...": a gathering held online
_ONLINE_MEETING = r"(?:virtual|online)\s+(?:[\w-]+\s+)?(?:summit|meeting|conference|session|gathering|forum)\b"
_ONLINE_GATHERING = re.compile(r"\s+(?:(?:on\s+\w+day|today)\s+)?(?:in\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?" + _ONLINE_MEETING)
# A story whose opening tells a gathering held online: "convened an online meeting of BRICS leaders on Monday"
_ONLINE_STORY = re.compile(r"\b" + _ONLINE_MEETING)
# Where one lives, not where one went: "who lived in Qatar", "based in Geneva", "in exile in Turkey"
_RESIDENCE_AT_END = re.compile(r"\b(?:lives|lived|living|based|resides|resided|residing|exile|exiled|born)\s+$")
# Where a meeting's topic starts ("talks on energy", "met to discuss the war in Gaza"): not "on Tuesday".
# "The London talks shrank after X stayed away": the gathering the sentence named by its place, stayed away from
_PLACE_GATHERING_BEFORE = re.compile(r"\bLOC(\d+)\s+(?:talks|summit|meeting|conference|gathering)\b")
# "flew first to Beijing, where he met Xi, then to Washington": a meeting told in a "where" clause ends at its comma
_WHERE_SUBJECT_AT_END = re.compile(r",\s*where\s+PER(\d+)\s+(?:had\s+|also\s+|first\s+)?$")
_NEXT_LEG_AFTER_COMMA = re.compile(r",\s*(?:and\s+)?(?:then|later|before|after|continued|went|flew|travell?ed|moved|headed|ended)\b")
# "will meet X on Tuesday before ending the tour in Latvia": the next deed's place, not the meeting's
_BEFORE_NEXT_DEED = re.compile(r"\bbefore\s+[a-z]+ing\b")
# "..., prompting commentators at home to ask whether he was spending too little time in Jakarta": what the meeting
# caused, past it (its places are not the meeting's)
_CAUSED_NEXT = re.compile(r",\s*(?:prompting|sparking|drawing|leading|raising|causing|fuell?ing|angering|triggering)\b")
# "is to meet X and Y, officials said, and was also due in Ramallah": a predicate of the subject's own, past the meeting
_AND_DUE_NEXT = re.compile(r"(?:,\s*|\s)and\s+(?:then\s+|also\s+|later\s+)?(?:will|would|is|are|was|were)\s+(?:also\s+|then\s+|later\s+)?"
                           r"(?:due|expected|set|scheduled|to\s+(?:travel|fly|go|head))\b")
_MEET_TOPIC = re.compile(
    r"\b(?:about(?!\s+(?:\d+|an?|half|two|three|four|five|ten|twenty|thirty|forty|ninety)\b)|over|regarding|concerning|to\s+discuss|discussing|(?<=talks\s)that|on\s+(?!(?:the\s+)?(?:sidelines|margins)\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d|its\s|the\s+(?:first|second|last|final|eve)\b))|"
    # (the next leg is no place of the meeting: "met X and Y, before making an unannounced stop in Baghdad", "where he met
    # X, and then to Washington ...")
    r",\s*before\s+(?=[a-z]+ing\b)|,\s*and\s+(?:then\s+)?(?:on\s+)?to\s+(?:the\s+)?LOC\d|"
    # (nor is a tour the meeting closed: "met Y in the morning, at the end of a tour that began in Abu Dhabi")
    r",\s*at\s+the\s+(?:end|start|close)\s+of\s+(?:a|an|his|her|the)\s+"
)
# "the war in Gaza", "the crisis in Sudan": a place that is a topic, never where someone is.
# ("families of hostages still held in Gaza": where others are held)
_TOPIC_PLACE = re.compile(r"\b(?:war|wars|conflict|fighting|crisis|situation|violence|invasion|occupation|genocide|"
                          r"offensive|ceasefire|truce|peace|famine|bombing|strikes?|protests|unrest|riots|demonstrations|"
                          r"(?<=hostages\s)held|(?<=still\s)held|detained|imprisoned|jailed|kidnapped|trapped|stranded)\s+(?:\w+\s+)?$", re.IGNORECASE)
_HOST_RX = re.compile(
    r"\b(?P<host>PER|LOC|GOV)(?P<hi>\d+)(?:'s|’s)?(?:\s*,\s*(?:(?!PER\d)[^,;]|PER\d+(?=\s+[a-z]+\s)){1,90},)?"
    # ("Hanoi, which also hosted X last September": a relative clause says it as well)
    # ("Mongolia, also a member of the court, which welcomed X": after an apposition's comma)
    r"(?P<which>(?:\s*[,—–]|(?<=,))\s*(?:which|who)(?=\s))?\s+"
    # ("PER0 broke protocol on Thursday evening to receive PER1": the purpose told after a deed)
    r"(?:(?:(?!PER\d|LOC\d)[\w’'-]+\s+){1,6}?(?=to\s+(?:receive|welcome|greet)\s+PER))?(?:(?:also|had|has|have|will|is|was|to|due|set|"
    # ("is preparing to host X on October 9")
    r"expected|scheduled|preparing|prepares)\s+){0,3}(?:be\s+)?"
    r"(?P<verb>hosted|hosts|host|hosting|received|receives|receive|receiving|welcomed|welcomes|welcome|welcoming|"
    r"greeted|greets|greeting|rolled\s+out\s+the\s+red\s+carpet\s+for|played\s+host\s+to|plays\s+host\s+to)\s+"
    # ("will host the presidents of the European Commission and the European Council, PER1 and PER2": their roles first)
    r"(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:presidents?|leaders?|prime\s+ministers?|heads|foreign\s+ministers?|premiers?|chancellors?)"
    r"(?:\s+(?!PER\d)[\w'’-]+){0,8}?\s*,\s+|"
    # ("received Indonesia's new president, PER1, in the Oval Office")
    r"(?:LOC|DEM)\d+(?:'s|’s)\s+(?:new\s+|newly\s+elected\s+)?(?:(?:president|prime\s+minister|premier|leader|chancellor|king)\s*,\s+)?)?"
    # (not "received Trump's special envoy": the one received is the envoy; not "welcomed Trump's stated readiness":
    # a thing of his)
    r"(?P<guest>PER)(?P<gi>\d+)(?!(?:'s|’s)\s+(?!and\b)[\w-])"
    r"(?P<more>(?:(?:'s|’s)?\s*(?:,|,?\s+and)\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*)",
    re.IGNORECASE,
)
# "Narendra Modi, whom he hosted in Paris in July": the one hosted, at the host's home (or the place told)
_WHOM_HOSTED = re.compile(r"\bPER(?P<gi>\d+)\s*,\s*whom\s+PER(?P<hi>\d+)\s+(?:had\s+|has\s+|also\s+)?(?P<verb>hosted|received|welcomed)\b"
                          r"(?:\s+in\s+(?:the\s+)?LOC(?P<loc>\d+))?")
# "A, B and C have all been greeted on the red carpet by Ramaphosa": guests received by a host (at the host's home).
_HOSTED_BY_RX = re.compile(
    r"\bPER(?P<gi>\d+)(?P<more>(?:(?:'s|’s)?\s*(?:,|,?\s+and)\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*)\s+"
    r"(?P<aux>(?:(?:has|have|had|was|were|is|are|will|all|also|both|been|be|being|already|just)\s+){1,4})"
    r"(?P<verb>greeted|welcomed|received|hosted)\b(?:\s+(?!PER\d|LOC\d)[\w'’-]+){0,6}?\s+by\s+"
    r"(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:(?:President|Prime\s+Minister|King|Emperor|Chancellor|president|prime\s+minister|king|"
    r"their\s+host|the\s+host)\s+)?PER(?P<hi>\d+)\b(?!(?:'s|’s))")
# "Hungary announced its departure on the day it hosted X": "it" is the country that opens the sentence.
_IT_HOSTED_RX = re.compile(
    r"\b(?:on\s+the\s+day|the\s+day|when|after|as|where|since|before)\s+(?P<host>it)(?P<hi>)\s+(?:also\s+|had\s+)?"
    r"(?P<verb>hosted|received|welcomed|played\s+host\s+to)\s+(?P<guest>PER)(?P<gi>\d+)(?P<more>)(?P<which>)")
# "Mongolia, a member, let Russian President X visit in early September": X visited the country
_LET_VISIT = re.compile(r"\bLOC(?P<hi>\d+)(?:\s*,\s*(?:(?!PER\d)[^,;]){1,40},)?\s+(?:had\s+|has\s+)?(?:let|allowed|permitted)\s+"
                        r"PER(?P<gi>\d+)\s+(?:to\s+)?(?:visit|come|travel\s+there)\b")
_SENTENCE_SUBJECT_PLACE = re.compile(r"\s*(?:(?:The|the)\s+)?(?:LOC|GOV)(\d+)\b(?!\s*(?:'s|’s))")
# Cheap substring gates: a pattern runs only when one of its words is there at all.
_NOUN_STEMS = ("visit", "trip", "journey", "tour", "swing", "stopover", "planned stop", "peace mission", "attendance", "presence", "participation", "stay")
# Deeds done on the spot, in the past tense (the present and future ones are told by other rules).
_DONE_IN_RX = re.compile(
    r"\b(?:signed|addressed|spoke|told\s+reporters|telling\s+reporters|laid\s+(?:a\s+)?wreaths?|(?:gave|delivered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:speech|address|lecture)|"
    r"inaugurated|unveiled|presided\s+over|co-chaired|chaired|opened|"
    # "led American negotiators in talks with a Ukrainian delegation in Geneva"
    # ("told reporters that Russia had shown in Istanbul ...": a place inside what was said is not where it was said)
    r"led\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:negotiators|delegation|negotiating\s+team|team)\s+in\s+talks)\b"
    r"(?=\s+(?:(?!(?:that|whether|if)\b)[\w'’-]+\s+){0,6}?(?:in|at)\s+(?:the\s+)?LOC\d)",
    re.IGNORECASE,
)
# "X arrived in Vietnam on Thursday, hours after signing a defence pact with Y in Pyongyang": the subject signed it there.
_AFTER_SIGNING_IN = re.compile(r"\bPER(?P<per>\d+)\s+(?:(?!PER\d)[^.;]){1,120}?\bafter\s+(?P<verb>signing|co-signing|concluding|addressing|chairing|co-chairing|joining)\b"
                               r"(?=\s+(?:[\w'’-]+\s+){0,10}?(?:in|at)\s+(?:the\s+)?LOC\d)")
_AFTER_DEED_WORDS = ("after sign", "after co-", "after concluding", "after addressing", "after chairing", "after joining")  # (its cheap gate)
# "X flew to Brazil on Sunday after the APEC meeting in Lima": at that gathering before
_AFTER_GATHERING_IN = re.compile(r"\bPER(?P<per>\d+)\s+(?:(?!PER\d)[^.;]){1,120}?\bafter\s+(?P<verb>the|a)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:EVT\d+|summit|meeting|forum|conference|session|talks)(?:\s+(?:meeting|summit|forum))?\s+in\s+(?:the\s+)?LOC(?P<loc>\d+)")
_DONE_IN_STEMS = ("signed", "addressed", "spoke", "told reporters", "telling reporters", "wreath", "speech", "address", "lecture", "inaugurated",
                  "unveiled", "presided", "chaired", "opened", "in talks")
_WHERE_DONE_RX = re.compile(
    # ("talks in London on Tuesday, where X met Y": a time may come between the place and "where")
    # ("Muscat on April 12, where X and the American envoy sat in separate rooms": a companion the reference may not know)
    r"\bLOC(?P<loc>\d+)(?P<when>\s+(?:on|last|this)\s+\w+(?:\s+\d{1,2}\b)?|\s+at\s+the\s+(?:end|start|beginning)\s+of\s+\w+)?\s*,\s*where\s+(?:(?:on|in|last|earlier)\s+\w+\.?(?:\s+\d{1,2})?\s+)?PER(?P<per>\d+)\s+"
    r"(?:and\s+(?:the\s+|his\s+|her\s+)?(?:(?!PER\d)[\w'’-]+\s+){0,4}?(?!PER\d)[A-Z][\w'’-]+\s+)?(?:also\s+|had\s+)?"
    r"(?P<verb>attended|met|held|signed|addressed|spoke|took\s+part|joined|toured|visited|laid|gave|delivered|presided|chaired|co-chaired|sat|"
    r"stayed|spent|opened|inaugurated|watched|witnessed|was\s+joined\s+by|landed|arrived|"
    # ("Tehran, where he had gone for the inauguration")
    r"(?<=had\s)(?:gone|travell?ed|flown|come))\b",
    re.IGNORECASE,
)
# Those met or joined there: "where PER0 was joined by PER1, PER2 and PER3", "where PER0 met PER1 and PER2".
_WHERE_COMPANIONS = re.compile(r"\s+" + _NAMES_LIST)
_MEET_STEMS = ("met", "meet", "talk", "joined", "called on", "dine", "dini", "dinner", "lunch", "breakfast", "sat down", "sit down", "sits down", "sitting down", "shook", "hugged", "embraced", "greeted", "held", "hold a",
               "hosted ", "sat across", "sat at", "saw", "seen", "see ", "during", "begun talks", "began talks", "begins talks")
_HOST_STEMS = ("host", "receiv", "welcom", "greet", "red carpet")
_CANCEL_STEMS = ("cancel", "call", "postpon", "scrap", "shelv", "put off", "on hold", "on ice", "delay", "abandon", "s off", "e off", "new date",
                 "dropp")
_NOUN_GATE, _MEET_GATE = (_stems_rx(stems) for stems in (_NOUN_STEMS, _MEET_STEMS))


# "said on Thursday that he would", "told reporters late on Monday that X would": a reported plan.
# "would visit the United States at an appropriate time", "in due course": no time at all
_VAGUE_TIME = re.compile(r"\b(?:at\s+(?:an|a|the)\s+(?:appropriate|convenient|mutually\s+convenient|suitable|right|opportune)\s+(?:time|moment)|in\s+due\s+course)\b")
# ("..., adding that X would make a reciprocal visit to the United States")
_REPORTED_FUTURE = re.compile(r"\b(?:said|says|confirmed|announced|(?<!had\s)reported|told\s+\w+|had\s+confirmed|responded|replied|wrote|insisted|"
                              r"indicated|signall?ed|adding|added)\s+"
                              r"(?:(?:in|on|at|last|this|late|early|earlier|later)\s+(?:[\w.]+\s+){1,3}?)?(?:that\s+)?"
                              # ("said X, Y and Z would all attend")
                              # ("said X would arrive in Astana on Tuesday ... and would go on to Dushanbe": both plans, when
                              # no one else is named between)
                              r"PER\d+(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)PER\d+)*\s+would\s+(?:all\s+|both\s+)?(?:\w+\s+)?"
                              r"(?:(?:(?!PER\d)[^.;])*\band\s+would\s+(?:\w+\s+)?)?$|"
                              # "X and Y said they would travel": the coordinated subject's own plan
                              r"PER\d+\s*,?\s+and\s+PER\d+\s+(?:said|says|confirmed|announced|agreed|told\s+\w+)\s+(?:that\s+)?they\s+would\s+"
                              r"(?:all\s+|both\s+)?(?:\w+\s+)?$|"
                              # "said his first trip abroad would take him to Paris": the trip's plan
                              r"\b(?:said|says|confirmed|announced)\s+(?:(?:on|last|this|earlier|later)\s+(?:[\w.]+\s+){1,2}?)?(?:that\s+)?"
                              r"PER\d+\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|tour|journey)\s+"
                              r"(?:abroad\s+|overseas\s+)?would\s+$|"
                              # "said after a long telephone call with PER1 overnight that he would travel to X"
                              r"\b(?:said|says|announced|confirmed|told\s+\w+)\s+[^,;.]{1,80}?\bthat\s+PER\d+\s+would\s+(?:\w+\s+)?$|"
                              # "... said that he would go to X and that PER1 would pay a visit to Y"
                              r"\b(?:said|says|confirmed|announced|told\s+\w+)\b[^;]{0,200}?\band\s+that\s+PER\d+\s+would\s+(?:\w+\s+)?$",
                              re.IGNORECASE)
_GATHER_IN = re.compile(r"\b(?:gather(?:ed|s|ing)?|meet(?:s|ing)?|met|convene[sd]?|convening|held|hosted|opens?|opened|under\s+way)"
                        r"\s+(?:\w+\s+){0,2}?in\s+LOC(\d+)", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\b(?!PER\d|(?:said|says|confirmed|confirms|announced|announces|told|insisted|added|stated|declared|agreed|signalled|signaled|indicated)\s)[A-Za-z]+\s+(?:that|which|who)\s+(?:(?!PER\d)\w+\s+)?$")  # (not "during which PER4 toured": PER4 did)
# "hosted the athletes on Thursday, two days after the squad returned from Paris": the time clause has a subject of its
# own, a thing or a group (not an office, a delegation or a plane, which carry the person named)
_COMMON_SUBJECT_AT_END = re.compile(
    r"\b(?:after|before|when|while|until|since|once|because)\s+(?:the|a|an|its|their)\s+"
    r"(?!(?:[a-z-]+\s+){0,2}?(?:president|prime|premier|chancellor|king|queen|leader|leaders|minister|secretary|delegation|envoy|"
    r"emir|sultan|pope|monarch|two|three|pair|couple|men|women|plane|aircraft|jet|motorcade|convoy|party|entourage|visitor|guest|host|"
    # (nor the gathering or the trip, which he follows: "before the talks moved to Geneva")
    r"summit|talks|meeting|visit|trip|tour|ceremony|conference|forum|session|negotiations|caravan)\b)"
    r"(?!(?:and|or|but|then|also)\b)[a-z][a-z-]+(?:\s+(?!(?:and|or|but|then|also)\b)[a-z][a-z-]+){0,2}\s+$")
_HEARSAY = re.compile(r"\b(?:reports?|reportedly|rumou?rs?|speculation|claims?|denied|denies|dismissed|dismisses|"
                      r"rejected)\b(?:\s+\w+){0,5}?\s+(?:that|of)\b|\breportedly\b|"
                      # "reports circulating on DEM1 social media that PER3 was preparing to visit"
                      r"\b(?:reports|rumou?rs|claims)\s+(?:circulating|spreading|published|posted|carried|aired)\s+(?:\w+\s+){0,8}?that\b",
                      re.IGNORECASE)
# ", along with Italy's X, Finland's President Y and European Commission President Z": more travellers.
# "Merz joined them a few minutes later, along with Japan's Takaichi": the ones joined, just told (no place of its own)
_JOINED_COMPANIONS = re.compile(r"\s+(?:PER(\d+)|them)\b(?!\s+(?:in|at|on\s+(?:a|the|his|her)|for)\b)(?P<rest>[^.;]*)")
_ALONG_WITH_IN = re.compile(r",\s*(?:along|together)\s+with\s+((?:[\w'’-]+\s+){0,3}?PER\d+(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:[\w'’-]+\s+){0,3}?PER\d+)*)")
# A meeting agreed in a place and shelved in the same sentence: "Trump announced that he and Putin would meet in Budapest,
# only for the plan to be shelved within days", "agreed to meet in Budapest, but Trump shelved the plan".
_SHELVED = r"(?:shelved|called\s+off|scrapped|cancell?ed|put\s+on\s+hold|dropped|abandoned)"
_MEETING_SHELVED = re.compile(r"\b(?:agreed|decided|planned|were\s+to|would)\s+(?:(?:in|on|last)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:to\s+)?meet\s+(?:again\s+)?"
                              r"in\s+(?:the\s+)?LOC(?P<loc>\d+)\b[^.;]{0,90}?\b(?:(?:the|that|this)\s+(?:plan|summit|meeting|idea)\s+"
                              r"(?:was\s+|were\s+|to\s+be\s+|had\s+been\s+|has\s+been\s+)(?:quickly\s+|swiftly\s+|later\s+)?" + _SHELVED +
                              r"|(?:PER\d+|he|she|they|LOC\d+|GOV\d+|the\s+White\s+House)\s+(?:later\s+|quickly\s+|swiftly\s+)?" + _SHELVED +
                              r"\s+(?:the|that|this)\s+(?:plan|summit|meeting|idea))\b")
# "have floated a return visit by X", "discussed the idea of a trip": a proposal, no trip yet
_FLOATED_AT_END = re.compile(r"\b(?:floated|floating|mooted|discussed|discussing|broached|proposed|proposing|suggested|suggesting)\s+"
                             r"(?:the\s+(?:idea|prospect|possibility)\s+of\s+)?(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}$")
# ("hoped to welcome X", "would find ways to receive X", "wants to host X": a wish, no visit yet)
_OFFER_WORD = re.compile(r"\b(?:willing|ready|prepared|happy|keen|open|offered|offers|offer|hop(?:e|es|ed|ing)|wish(?:es|ed)?|want(?:s|ed)?|ways?)\b")
# "A and B arrive together", "A, B and C arrive": a subject of two or more named, right before a bare verb
_PLURAL_SUBJECT_AT_END = re.compile(r"(?:^|[,;:—–-]\s*|\bthen\s+)(?:[\w'’-]+\s+){0,3}?PER\d+(?:\s*,\s*who\s[^,;]{1,80},)?"
                                    r"(?:\s*,\s*(?:[\w'’-]+\s+){0,3}?PER\d+)*\s*,?\s+and\s+"
                                    r"(?:[\w'’-]+\s+){0,3}?PER\d+\s+(?:both\s+|also\s+|now\s+|just\s+)?$")
# "... and went back to", "... and then flew to": a going that opens a second conjunct
_AND_THEN_AT_END = re.compile(r"\band\s+(?:then\s+|later\s+)?$")
# "Blinken and Austin move on": one named and one the reference does not know, right before a bare verb
_AND_UNKNOWN_AT_END = re.compile(r"(?:^|[,;:—–-]\s*)PER\d+\s+and\s+(?-i:[A-Z][\w'’-]+\s+){1,2}$")
# "will travel to New York with President X", "will attend ... alongside X": X goes too (not "for talks with X")
# (the leader told by title: a companion named bare is as often someone met)
_WITH_LEADER_AFTER = re.compile(r"\b(?:with|alongside|together\s+with)\s+PER(\d+)\b(?!['’]s)")
_LEADER_TITLED = re.compile(r"\b(?:President|Prime\s+Minister|Chancellor|King|Premier)\s+$")
# (what "with" may follow that makes the one named a party met, not a companion: "an annual summit with X", "meetings,
# including with X")
_MET_WITH_AT_END = re.compile(r"\b(?:talks|meet|meets|meeting|meetings|met|summit|call|calls|deal|ties|including|dinner|lunch|"
                              r"discussions?|agreement|contacts?|relations|session|audience|consultations|negotiations|breakfast|conversation|interview)\s+(?:[\w-]+\s+){0,2}?$")
_ALONG_WITH_AFTER = re.compile(r"\s*(?:the\s+)?LOC\d+\s*,\s*along\s+with\s+([^.;]*)")
_AS_IS_ALSO = re.compile(r",\s*as\s+(?:is|are|was|were|will|would|did|does|has|have)\s+(?:[\w'’-]+\s+){0,4}?(?:[\w'’]+-)?PER(\d+)\s*[,.;]")
# What may follow a bare arrival ("arrived on Monday", "landed the same afternoon"; "arrived in the morning", its "in"
# read as the verb's).
_BARE_ARRIVAL_END = re.compile(r"\s*(?:$|,|\.|and\b|with\b|together\b|instead\b|too\b|as\s+well\b|despite\b|as\s+(?:one|part)\s+of\b|(?:later|earlier)\s+(?:the\s+same|that)\s+(?:day|evening|night|morning|afternoon)\b|ahead\s+of\b|(?:a\s+(?:little|bit)\s+|moments?\s+|minutes\s+)(?:earlier|ago)\b|the\s+(?:same\s+|early\s+|late\s+)?(?:morning|afternoon|evening|night|day)\b|(?:just\s+)?(?:after|before)\s+(?:dawn|daybreak|sunrise|noon|midday|midnight|nightfall)\b|(?:a|an)\s+(?:few\s+|couple\s+of\s+)?(?:hours?|days?|week)\b|(?:early|late|later)\s*(?=$|[.;]|and\b|but\b)|(?:early|late|later|directly|straight|fresh)?\s*(?:on|in|last|this|from|at|by|shortly|hours|days|earlier|"
                               r"yesterday|today|tonight|tomorrow|overnight|for)\b)", re.IGNORECASE)
# "is expected to land in Canberra": a place named right after an arrival (at home, it is no trip)
_HOME_PLACE_AFTER = re.compile(r"\s*(?:in|at|into)\s+(?:the\s+)?LOC(\d+)")
# "a tariff deal reached in July": a participle after a thing, no one's arrival.
_THING_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){1,3}$")
# "landed at Palam air base on Thursday": a place the gazetteer does not know (an airport, a base),
# then the words that end a bare arrival; where the traveller is comes from the article.
_UNKNOWN_PLACE_ARRIVAL = re.compile(
    r"\s*(?:(?:at|in|into)\s+)?(?:the\s+)?(?!(?:PER|LOC|EVT|GOV|DEM)\d)(?:[A-Z][\w’'-]*\s+(?:of\s+)?){0,5}?[A-Z][\w’'-]*"
    r"(?:\s+(?:international\s+|military\s+)?(?:air\s*base|airport|airfield|air\s+field|aerodrome))?"
    r"(?=\s*(?:$|,|\.|and\b|(?:early|late|later)?\s*(?:on|in|last|this|from|shortly|hours|earlier|yesterday|today|overnight|for|outside|near)\b))|"
    # "greeted at the airport by ...", "met at the foot of the aircraft steps"
    r"\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:airport|air\s*base|airfield|aircraft|plane|steps|palace)\b")
# "On Sunday he will gather leaders at Lancaster House in London, and X has confirmed he will attend": the
# gathering this sentence places before a bare "attend".
_GATHERED_IN_BEFORE = re.compile(r"\b(?:gathers?|gathering|convenes?|convening|summit|conference)\b(?:(?![;:]|\band\s+PER)[^.])"
                                 r"{0,80}?\b(?:in|at)\s+(?:the\s+)?LOC(\d+)(?:(?![;:]|\band\s+PER)[^.])*?\band\s+")
# "is attending as the leader of a G7 member", "will attend as one of the guests": a role, no object.
_AS_ROLE = re.compile(r"\s+as\s+(?:a|an|the|one\s+of)\s+")
_INTRANSITIVE_END = re.compile(r"\s*(?:$|,|\.|and\b|as\s+well|either|too\b|in\s+person|on\s+the\s+ground\b|alongside\b|along\s+with\b|at\s+the\s+(?:last\s+minute|end\s+of|start\s+of|beginning\s+of)\b|from\s+the\s+(?:start|outset|beginning)\b|throughout\b|in\s+the\s+(?:room|hall|chamber)\b|this\s+year|on\s+\w+day|last\s+(?:week|month)\b|earlier\s+this\s+(?:week|month)|yesterday\b|the\s+trip|instead|it\b|"
                               r"separately|alone|together|at\s+the\s+table\b|with\s+(?:his|her|their|PER\d+)\s+(?:wife|husband|spouse|family|son|daughter)\b|"
                               r"(?:after|because|citing|amid|following|despite|due\s+to|in\s+the\s+wake\s+of)\b|"
                               # ("stayed home to deal with a political storm": the reason, told as a purpose)
                               r"to\s+(?:deal|cope|handle|focus|manage|oversee|campaign|respond|attend\s+to|be\s+with)\b|"
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
                              r"his|her|its|whose|their|own|new|two|three|outstanding|international|such|"
                              r"that|this|these|those|pending|sealed|secret|separate|first|second|third|latest|original|another|further|fresh)\s+|"
                              # ("named in a 2007 warrant by the court")
                              r"\b(?:an?|the)\s+(?:19|20)\d\d\s+|"
                              r"\bPER\d+(?:'s|’s)?\s+|\bsubject\s+to\s+)$", re.IGNORECASE)
_W_REQUEST = re.compile(
    # ("who is also sought by the ICC": wanted, not asked for)
    r"\b(?:sought(?!\s+by\b)|seeks?|seeking|requested|requests?|requesting|appl(?:y|ied|ies|ying|ication|ications)\b|"
    r"applications?|ask(?:ed|ing|s)?\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:court|judges?|chamber)|ask(?:ed|ing|s)?\s+for|ask\s+(?:the\s+)?judges|recommend(?:ed|s)?|"
    r"filed\s+(?:a\s+)?(?:request|application)|bids?(?=\s+to\s+(?:have|get)\s))\b",
    re.IGNORECASE,
)
_ISSUED_RIGHT_AFTER = re.compile(r"\s+(?:issued|signed|granted)\s+(?:last|on|in|this|earlier)\b")
# "called on the court to withdraw the warrants", "urged judges to lift it": a demand, not a withdrawal
_DEMANDED_TO_AT_END = re.compile(r"\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|demanded|demands|asked|asks|wants?)\s+"
                                 r"(?:[\w'’-]+\s+){0,7}?to\s+$|"  # ("asked the International Criminal Court this autumn to")
                                 # ("demanded that the application against X be cancelled", "called for the warrant to be withdrawn")
                                 # ("expect the prosecutor to ask for the warrant to be withdrawn")
                                 r"\b(?:called\s+for|calls\s+for|calling\s+for|ask(?:s|ed|ing)?\s+for|expects?|expected|urged|demanded|demands|demanding|insisted|insists|wants?)\s+"
                                 r"(?:that\s+)?(?:[\w'’-]+\s+){0,8}?(?:to\s+be|be)\s+$", re.IGNORECASE)
# "before the warrant is overturned or withdrawn", "unless the warrants are lifted": undone only if it comes to pass
_UNDONE_IF_AT_END = re.compile(r"\b(?:before|until|unless|if|once|whether)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|be|gets?|get)\s+"
                               r"(?:[\w'’-]+\s+or\s+)?$", re.IGNORECASE)
# "asked the judges to suspend them": what is asked undoes a warrant
_UNDO_AFTER = re.compile(r"\s+(?:(?!to\b)[\w'’-]+\s+){0,3}?to\s+(?:suspend|withdraw|lift|quash|drop|cancel|revoke|annul|rescind|reconsider|review|reject|dismiss|"
                         r"halt|freeze|throw\s+out|set\s+aside)\b", re.IGNORECASE)
_W_WITHDRAWN = re.compile(r"\b(?:(?:ended|terminated|closed|ends|terminates)\s+(?:the\s+|its\s+)?(?:proceedings|case)|withdr(?:ew|awn|aw|awing|aws)(?!\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:ICC|International\s+Criminal\s+Court|Rome\s+Statute|court|treaty))|revok(?:ed|es|ing|e)|rescind(?:ed|s)?|quash(?:ed|es)?|"
                          r"lift(?:ed|s)?|annull?(?:ed|s)?|vacat(?:ed|es)|dropp(?:ed|ing)|abandon(?:ed|s|ing)?|cancel(?:l)?ed|"
                          # ("asked judges to strike out their request for a warrant against X")
                          r"strik(?:e|es|ing)\s+out|struck\s+out)\b", re.IGNORECASE)
# "(were issued) between 2007 and 2012", "from 2007 to 2012": a span, which dates nothing in it on its own
_SPAN_OF_YEARS = re.compile(r"\s*(?:between|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?:and|to)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_WARRANTS_SIGNED = re.compile(r"^(?:The|Both|Those|These|Its|Their)\s+(?:\w+\s+){0,2}?warrants?\s*,?\s+(?:were\s+|was\s+|had\s+been\s+)?"
                              r"(?:signed|issued|approved|dated|made\s+public|unsealed)\b|"
                              # "no legal basis for withdrawing the warrants, which it issued last November"
                              r"\bwarrants?\s*,\s*which\s+(?:it|the\s+court|the\s+judges|the\s+chamber)\s+(?:had\s+)?(?:signed|issued|approved)\b|"
                              # "The judges signed the warrants on Tuesday", "Pre-Trial Chamber II signed the warrants on June 24"
                              r"^(?:[\w-]+\s+){0,3}?(?:judges|[Cc]hamber(?:\s+[IVX]+)?|court)\s+(?:had\s+|have\s+|has\s+)?"
                              r"(?:signed|issued|approved)\s+(?:the|both|those|these)\s+(?:\w+\s+)?warrants?\b")
# "The court also issued a warrant for X", "A second warrant was issued for X", "A separate warrant went to X":
# one more warrant of the batch told just before, issued with it.
_SAME_BATCH = re.compile(r"\b(?:also|second|separate|another|same)\b")
# "X has been wanted since March 2009, former minister Y since April 2007, and Z since March 2012": the list after the
# first, each with its own time
_WANTED_SINCE_LIST = re.compile(r"\bwanted\s+since\s+[^,;.]{1,30}(?P<rest>(?:\s*,\s*(?:and\s+)?(?:[\w'’-]+\s+){0,3}?PER\d+\s+since\s+[^,;.]{1,30})+)")
_SINCE_ITEM = re.compile(r"PER(?P<per>\d+)\s+since\s+[^,;.]{1,30}")
# "X and Y are also wanted": a standing state, not the decision told before (whose day is not theirs)
_ALSO_WANTED = re.compile(r"\balso\s+(?:wanted|sought\s+by)\b")
# "The judges withdrew it in February", "It was revoked": the warrant told just before.
# ("Judges withdrew it in February": with no article too)
_IT_WITHDRAWN = re.compile(r"(?:(?:(?:The|Its|the)\s+(?:\w+\s+){0,2}?|\b(?=Judges\b))(?:[Jj]udges|court|chamber|prosecutors?)\s+(?:later\s+|then\s+|have\s+|has\s+|had\s+)?"
                           r"(?:withdrew|withdrawn|revoked|rescinded|cancell?ed|quashed|annull?ed|vacated)\s+it|"
                           r"It\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+)?(?:withdrawn|revoked|rescinded|cancell?ed|quashed|annull?ed|vacated)|"
                           # "That case was closed in February after the chamber accepted that he had been killed"
                           r"(?:That|The|His|Her)\s+case\s+(?:against\s+\w+\s+)?(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+)?"
                           r"(?:closed|dropped|terminated|ended|discontinued)|"
                           # "X had sought a warrant for Y. That application was withdrawn in August": the one warrant told
                           r"(?P<that>(?:That|The|This)\s+(?:application|request|warrant)\s+(?:was|has\s+been|had\s+been)\s+"
                           r"(?:later\s+|subsequently\s+|formally\s+)?withdrawn))\b")
_W_EXECUTED = re.compile(
    # ("he and other detained officials": a detainee's kind, not an arrest)
    r"\b(?:arrested(?!\s+(?:officials|leaders|men|women|people|persons|protesters|suspects|members)\b)|"
    r"detained(?!\s+(?:officials|leaders|men|women|people|persons|protesters|suspects|members|migrants)\b)|(?:seized|captured)(?=\s+(?:PER\d|him\b|her\b))|apprehended|gave\s+(?:himself|herself)\s+up|"
    r"turned\s+(?:himself|herself)\s+in|handed\s+(?:himself|herself)\s+over|picked\s+up\s+by\s+(?:[\w-]+\s+){0,2}?(?:police|officers|authorities|agents)|"
    # ("two days after police had picked him up in Turin")
    r"(?<=police\s)(?:had\s+)?picked\s+PER\d+\s+up|(?<=police\shad\s)picked\s+PER\d+\s+up|"
    r"taken\s+(?:PER\d+\s+)?(?:back\s+)?into\s+(?:ICC\s+|police\s+)?(?:custody|detention)|took\s+PER\d+\s+(?:back\s+)?into\s+(?:ICC\s+|police\s+)?(?:custody|detention)|surrender(?:ed|s)?\s+to|handed\s+(?:over\s+)?to(?!\s+(?:PER\d|him\b|her\b|them\b))|"
    # ("his government handed former president X to the International Criminal Court")
    r"handed\s+(?:over\s+)?PER\d+\s+(?:over\s+)?to(?=\s+(?:the\s+)?(?:ICC|International\s+Criminal\s+Court|court|Hague)\b)|"
    r"surrendered(?=\s+(?:in|on|last|himself|herself|voluntarily|after|at)\b|\s*[,.])|"
    r"(?:was|were|been|being)\s+served\s+with|served\s+(?:PER\d+|him|her)\s+with|"
    r"transferred\s+to|flown\s+to\s+The\s+Hague|extradited|arrives?\s+in\s+The\s+Hague|in\s+ICC\s+custody|"
    r"arrest\s+of\s+PER\d+\s+on|(?:after|following|since|upon)\s+(?:his|her|PER\d+(?:'s|’s)?)\s+arrest\s+(?:in|at|on)\s|"
    # "has been in custody since July 10, when the court granted a warrant", "was taken back to the Seoul Detention Center"
    r"(?:has|have|had)\s+been\s+(?:held\s+)?in\s+(?:custody|detention)\s+since|"
    r"(?:taken|sent|returned)\s+back\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:[Dd]etention\s+(?:[Cc]ent(?:er|re)|[Hh]ouse)|jail|prison)|"
    r"returned\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:[Dd]etention\s+(?:[Cc]ent(?:er|re)|[Hh]ouse)|jail|prison|custody))\b",
    re.IGNORECASE,
)
_W_NEGATED = re.compile(r"\b(?:no|not|never|neither|nor|n't|n’t|without|declined\s+to|refused\s+to|rejected)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# ("the court was close to issuing warrants for X": near, not done)
_W_SPEC = re.compile(r"\b(?:could|might|(?-i:may)|would|whether|if|possible|possibility|consider(?:ing)?|risk\s+of|close\s+to|on\s+the\s+verge\s+of|about\s+to|poised\s+to|"
                     r"(?:not|n't|n’t)\s+(?:yet\s+)?rul(?:ed|e)\s+out)\b\s+(?:\w+\s+){0,4}$", re.IGNORECASE)
# "Rome would have to respect the warrants for the two men", "would be obliged to enforce the warrant": a duty toward
# warrants that are real, not a possible warrant
_COMPLY_WITH_AT_END = re.compile(r"\b(?:respect|enforce|honou?r|execute|implement|comply\s+with|act\s+on|abide\s+by)\s+"
                                 r"(?:the|its|those|these|both)\s+(?:ICC\s+|(?:International\s+Criminal\s+)?court['’]s\s+)?(?:arrest\s+)?$", re.IGNORECASE)
# "an arrest warrant from a court in Argentina": the warrant's own court, told right after it
_FROM_A_COURT_AFTER = re.compile(r"\s+(?:from|issued\s+by|by)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}court\s+in\s+(?:the\s+)?LOC(\d+)")
# "a warrant (for X) could be issued soon": told as possible, after the word
# ("an arrest warrant for X could come within weeks", "warrants for X will come soon": a prospect)
_W_SPEC_AFTER = re.compile(r"s?\s+(?:for\s+(?:[\w'’-]+\s+){0,4}?PER\d+\s+)?(?:(?:could|might|may|would)\s+(?:soon\s+|still\s+|yet\s+)?be\s+(?:issued|sought|requested)\b|"
                           r"(?:could|might|may|would|will)\s+(?:soon\s+|still\s+|yet\s+)?(?:come|follow|arrive)\b)")
# "Should the warrants be granted, ...": a request still before the judges
_SHOULD_THE_AT_END = re.compile(r"\b[Ss]hould\s+the\s+(?:[\w-]+\s+){0,2}?$")
_SHOULD_BE_GRANTED = re.compile(r"\s+be\s+(?:granted|issued|approved)\b")
# "..., but withdrew the application for Y in August": the one withdrawn, named
_WITHDREW_FOR_ONE = re.compile(r"\bwithdr(?:ew|awn|aws|awing)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:application|request|warrant)s?\s+"
                               r"(?:for|against)\s+(?:(?!PER\d|and\b)[\w-]+\s+){0,2}?PER(\d+)(?!\s*(?:,|and)\s*(?:[\w-]+\s+){0,2}?PER\d)|"
                               # ("withdrew the Haniyeh application in August")
                               r"\bwithdr(?:ew|awn|aws|awing)\s+the\s+PER(\d+)\s+(?:application|request|warrant)\b")
# ("was received with military honours and was not detained": no arrest)
_W_UNREAL = re.compile(r"\b(?:(?:was|were|has|have|had|is|are)\s+(?:still\s+)?(?:not|never)(?:\s+been)?(?=\s*$)|wants?|wanted|would|could|should|if|unless|be|(?<!after\s)(?<!following\s)(?<!since\s)(?<!upon\s)being|without|"
                       r"avoid|avoiding|escape|risk|risking|rather\s+than|instead\s+of|"  # ("was greeted ... rather than arrested")
                       r"demand(?:s|ed)?|calls?\s+for|urged?|ordered|orders?|"
                       r"sought|seeks?|seeking|requested|requests?|asked\s+for)\b", re.IGNORECASE)
# What was asked for, not done: "an application to have him arrested", "the prosecutor's bid to have Israel's prime
# minister, X, and his defence minister, Y, arrested"
_TO_HAVE_ARRESTED = re.compile(r"\bto\s+(?:have|get|see)\s+[^.;]{0,120}?PER\d+\s*,?\s*$", re.IGNORECASE)
# ("after he refused to appear for questioning": the suspect's refusal, not the court's)
_W_REJECTED = re.compile(r"\b(?:rejected|rejects|dismissed|dismisses|denied|refused(?!\s+to\b)|turned\s+down)\b", re.IGNORECASE)
_W_ISSUE_WORD = re.compile(r"\bissu(?:ed|es|ing|e)\b|\bwanted\b|\bfaces?\b|\bfacing\b|\bsubject\s+(?:of|to)\b|\boutstanding\b|\bmade\s+public\b|"
                           r"\b(?:was|were|been)\s+named\s+in\b|"  # ("was named in a warrant in March 2012")
                           r"\bunseal(?:ed|s|ing)\b|\b(?:were|was|been)\s+signed\b|\b(?:signed|approved|granted)\s+(?:the\s+|an?\s+)?(?:arrest\s+)?warrants?\b|\b(?:approved|granted|accepted)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:\w+(?:'s|’s)\s+)?(?:request|application)", re.IGNORECASE)
# "approved the prosecutor's request for a warrant": the request is granted, the warrant issued.
# ("the International Criminal Court, which has sought X's arrest since 2023": the court seeks, in a relative clause)
_COURT_SEEKS = re.compile(r"\b(?:ICC|court|Court|judges)\s*(?:,\s*which\s+)?(?:has\s+|have\s+|had\s+)?(?:been\s+|long\s+|still\s+)*$")
_W_GRANTED = re.compile(r"\b(?:approved|granted|accepted)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:\w+(?:'s|’s)\s+)?(?:request|application)", re.IGNORECASE)
# The next part of a list told in parts after a colon: "...; and Z, head of its political bureau".
_LIST_PART_PER = re.compile(r";\s*(?:and\s+)?PER(\d+)(?=\s*[,.]|\s*$)")
# The sentence's subject and the apposition after it: "X, defence minister under Y, was named ..."
_SUBJECT_THEN_APPOSITION = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){0,2}?PER(\d+)\s*,[^,;]{1,80},")
# "issued a warrant for X on Nov. 21 last year, together with his former defence minister Y": Y's too (of those the
# reference knows a warrant for)
_TOGETHER_WITH = re.compile(r",\s*(?:together|along)\s+with\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:PER\d+\s+(?=PER\d))?PER(\d+)")
_MORE_SUBJECTS = re.compile(
    # ("for the supreme leader of Afghanistan's Taliban, X, and the movement's chief justice, Y": whose leader, then the name)
    r"(?:(?:'s|’s)\s+(?:GOV|LOC)\d+(?=\s*,))?(?:\s+(?:himself|herself))?(?:(?:'s|’s)?\s+arrest)?(?:\s+of\s+(?:the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}|LOC\d+))?(?:\s*,\s*(?:(?!PER\d)[\w'’-]+\s+){0,12}?(?!PER\d)[\w'’-]+(?=\s*,))?\s*(?:,|and|,\s*and|"
    # "..., remain pending before the judges, as do those for PER3": the same kind of warrant for others.
    r"[^;.]{0,60}?,\s*as\s+(?:do|did|does|is|was|are|were)\s+(?:those|the\s+ones|one|that)\s+(?:for|against)|"
    r",?(?:\s+(?:[\w.]+,?\s+){0,5}?)?(?:alongside|along\s+with|together\s+with|as\s+well\s+as|as\s+(?:do|did|does|is|was|are|were))"
    r"(?:\s+(?:those|the\s+ones|one|that)\s+(?:for|against|of))?)\s+"
    # (no verb among the words before the next name: "and US forces seized X" is another clause)
    # ("the commander of the armed wing, X": an adjective in -ed is no verb)
    r"(?:(?!(?:(?!(?:armed|united|alleged|retired)\b)[a-z]+ed|said|says|took|met|told|was|were|is|are|has|have|had|will|would)\b)[\w.'’-]+(?:(?<=[a-z]):)?\s+){0,6}?"
    # (not one who starts a clause of his own: "the warrant for his arrest, and X is sitting in his place", nor the speaker
    # after an aside: "..., together with its statement, X said"; a group then
    # its members after a dash: "as well as for three Hamas leaders — X, Y and Z")
    # ("for X and 36 other officials, including Y": Y too)
    r"(?:(?!PER\d)[\w'’-]+\s*,\s*)?(?:including\s+)?(?:[—–]\s*)?(?:PER\d+\s+(?=PER\d))?PER(\d+)(?!\s+PER\d)"
    # (a verb right after a name joined to the one before by a bare "and" is the whole phrase's: "the request for warrants
    # against X and Y was filed in May"; after ", and" it starts a clause)
    r"(?:(?<=\d\sand\sPER\d)|(?<=\d\sand\sPER\d\d)|(?!\s+(?:is|was|has|will|would|said|says|told|added)\b))"
)
# "PER0 and his children's rights commissioner, PER1, were the subjects of warrants": both, the first before the role.
_AND_HIS_ROLE_AT_END = re.compile(r"\bPER(\d+)\s+and\s+PER\d+\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,\s*$")
# "Warrants for X were issued in 2009, and for his former defence minister Y in 2012": the verb left out, a second subject
_GAPPED_FOR = re.compile(r",\s+and\s+(?:also\s+)?(?:for|against)\s+(?:(?:PER\d+|his|her)\s+(?!and\b))?(?:(?!PER\d)[\w-]+\s+){0,6}?(?:(?!PER\d)[\w'’-]+\s*[,:]\s*)?PER(\d+)")
_FOR_RIGHT_AFTER = re.compile(r"\s+(?:for|against)\s")  # ("Warrants for X ...": the subjects follow "for")
# ("Putin's children's rights commissioner, Maria Lvova-Belova": after a possessive name, a role and the one who holds it)
_ROLE_THEN_NAME = re.compile(r"\s*(?:(?!PER\d)[\w'’-]+\s+){0,3}?(?!PER\d)[\w'’-]+\s*,\s*PER(\d+)")
_POSSESSOR_ROLE_NAMED = re.compile(r"\s+(?:(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:\s*,\s*|\s+))?PER(\d+)")
_W_PARAPHRASE = re.compile(
    # (not with the name after it: "sought by the ICC, X, is also at large" is read below)
    # ("sought by the court since 2009" in an article about the ICC; "a senior officer wanted in The Hague")
    r"\b(?:wanted|indicted|sought)\s+by\s+(?:the\s+)?(?:ICC|International\s+Criminal\s+Court|court\s+in\s+The\s+Hague|Hague)\b(?!\s*,\s*PER\d)|"
    r"(?<=,\s)(?:wanted|sought)\s+by\s+the\s+court(?=\s+since\b)|"
    r"\b(?:wanted|sought)\s+in\s+The\s+Hague\b(?!\s*,\s*PER\d)|"
    # ("ordered the arrest of the head of Myanmar's junta, X": a role of a country, then the name)
    # ("ordered his detention", "directed the arrest of the Venezuelan leader")
    # ("the court's decision to order the arrest of X": the order made)
    # ("the decision of an Argentine federal court in September to order the arrest of X")
    r"\b(?:ordered|orders|directed|directs|issued\s+an\s+order\s+for|decision\s+(?:of\s+(?:a|an|the)\s+[^,;]{1,60}?\s+)?to\s+order)\s+(?:the\s+(?:arrest|detention)\s+of\s+(?:(?:the\s+[\w-]+\s+of\s+)?(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*(?:[A-Z][\w-]*\s+){0,3}?|"
    r"(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+|(?:Lieutenant|General|Admiral|Colonel|Major|Marshal|Commander)\s+(?:General\s+)?)?"
    r"PER(?P<s1>\d+)|PER(?P<s2>\d+)(?:'s|’s)?\s+(?:arrest|detention))\b|"
    r"\bwants?\s+PER(?P<s3>\d+)\s+arrested\b|"
    # "the order for X's arrest that an Argentine federal appeals court handed down in September": a national court's,
    # told after it
    r"\border\s+for\s+PER(?P<s12>\d+)(?:'s|’s)\s+(?:arrest|detention)\s+(?=that\s+(?:a|an|the)\s+[^,;.]{0,60}?\bcourt\b)|"
    # "the court's outstanding order for X"
    r"\b(?:court|ICC)(?:'s|’s)\s+(?:outstanding\s+|arrest\s+)*order\s+(?:for|against)\s+PER(?P<s7>\d+)|"
    # "its judges ordered him detained", "ordered the arrest at the time of X"
    r"\b(?:ordered|orders)\s+(?:PER(?P<s5>\d+)\s+(?:detained|arrested)|the\s+arrest\s+(?:at\s+the\s+(?:same\s+)?time|in\s+absentia|as\s+well)\s+of\s+PER(?P<s6>\d+))\b|"
    # "The court still wants Saif al-Islam Gaddafi", "the International Criminal Court, which wants X over ...": its warrant
    r"\b(?:ICC|[Cc]ourt)(?:\s*,\s*which)?\s+(?:still\s+|also\s+)?wants\s+PER(?P<s4>\d+)\b(?!\s+(?:to|arrested)\b)|"
    # "X, whom the International Criminal Court wants over the deportation of children"
    # ("X, whom the court also wants to try, is still in Sudan")
    r"\bwhom\s+the\s+(?:ICC|International\s+Criminal\s+Court|court)\s+(?:still\s+|also\s+)?wants\b(?!\s+to\b(?!\s+(?:try|arrest|prosecute)\b))|"
    # "another leader the court wants arrested: X"; "another commander who is wanted by the court, X,"
    r"\b(?:ICC|[Cc]ourt)\s+(?:still\s+|also\s+)?wants\s+arrested\s*:\s*PER(?P<s8>\d+)|"
    r"(?:\bwho\s+(?:is|was|has\s+been)\s+(?:also\s+|still\s+)?|\b)(?:wanted|sought)\s+by\s+the\s+(?:court|ICC|International\s+Criminal\s+Court)\s*,\s*PER(?P<s9>\d+)|"
    # "has been wanted since March last year", "is already wanted" (in an article about the court).
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?)\s+(?:already\s+|still\s+|also\s+|now\s+|both\s+|all\s+)*wanted\b(?!\s+(?:to|in\s+LOC))|"
    # ("X, a former minister who walked out of prison in April, is also sought by the court")
    r"\b(?:is|are|remains?)\s+(?:still\s+|also\s+)*(?P<sought>sought)\s+by\s+the\s+(?:court|ICC|International\s+Criminal\s+Court)\b|"
    # "X, who was first named in a warrant in March 2009", "X, whom the court has sought since March 2009": the one before
    r"\bwho\s+(?:was|were|has\s+been)\s+(?:first\s+|also\s+)?named\s+in\s+(?:a|an|the|its|the\s+court(?:'s|’s))\s+(?:first\s+|second\s+|arrest\s+)*warrant\b|"
    r"\bwhom\s+the\s+(?:ICC|International\s+Criminal\s+Court|court)\s+(?:has\s+)?(?:sought|wanted)\s+(?=since\b)|"
    # "has been sought since 2007" (by the court the article is about)
    r"\b(?:has|have|had)\s+been\s+sought\s+(?=since\b)|"
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?)\s+(?:already\s+|still\s+|also\s+|now\s+|both\s+)*wanted\s+in\s+(?=LOC\d+\s+since\b)|"
    # "X, against whom judges first ordered an arrest in March 2009, ...": the one before
    r"(?<=,)\s*(?P<whom>against\s+whom)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:first\s+|also\s+)?(?:ordered|issued)\s+(?:an?\s+|the\s+|its\s+)?(?:arrest|warrant)\b|"
    # "Netanyahu, wanted since the court's decision of Nov. 21", "X, sought since 2012,": an apposition.
    # ("X, a former defence minister wanted since 2012": the apposition's noun first)
    r"(?<=,)\s*(?:already\s+|still\s+)?(?:wanted\s+(?:since|by|on)|sought\s+(?:since|by\s+the\s+(?:court|ICC|International\s+Criminal\s+Court)))\b|"
    # "X, another suspect sought by the court, ...": an apposition naming the one before as wanted
    r"(?<=,)\s*(?P<appo>an?|another|the)\s+(?:[\w-]+\s+){0,3}?(?:wanted|sought)\s+by\s+the\s+(?:same\s+)?(?:court|ICC|International\s+Criminal\s+Court)\b|"
    r"(?<=,)\s*an?\s+(?:(?!PER\d|that\b|which\b|who\b)[\w-]+\s+){1,4}?(?:already\s+|still\s+)?wanted\s+(?:since|by)\b|"
    # "Wanted by the court since March 2023, he has limited his travel": a participle put first, of the subject
    r"^\s*(?:Already\s+|Long\s+)?[Ww]anted\s+by\s+(?:the\s+)?(?:court|ICC|International\s+Criminal\s+Court|Hague)\b[^,;]{0,40},\s+PER(?P<s10>\d+)|"
    # "The judges issued it on the same day as those for X and Y": the others' warrants, issued with it
    r"\b(?:on\s+the\s+same\s+day\s+as|along\s+with|together\s+with)\s+(?:those|the\s+ones|the\s+warrants)\s+(?:for|against)\s+PER(?P<s11>\d+)",
    re.IGNORECASE,
)
# "sought the arrest of X ... but withdrew that application in August": asked for, then withdrawn.
_BUT_WITHDREW_IT = re.compile(r"\b(?:but|and|before)\s+(?:PER\d+\s+)?(?:later\s+|then\s+|subsequently\s+)?(?:withdrew|dropped|abandoned)\s+"
                              r"(?:(?:that|the|his|her|its|this|both|those|these|their)\s+(?:PER\d+\s+)?(?:applications?|requests?|bids?)\b|them\b)")
# ("issued a warrant for X, which it withdrew in February": the relative clause's)
_BUT_WITHDREW_WARRANT = re.compile(r"(?:\b(?:but|and)|;\s+(?:the\s+)?(?:[Jj]udges|court|chamber))\s+(?:later\s+|then\s+|subsequently\s+)?(?:withdrew|revoked|rescinded|cancell?ed)\s+"
                                   r"(?:it|that\s+warrant|the\s+warrant)\b|"
                                   r",\s*which\s+(?:it|the\s+(?:court|judges|chamber))\s+(?:later\s+|then\s+|subsequently\s+)?(?:withdrew|revoked|rescinded|cancell?ed)\b")
# "Two leaders, X and Y, were killed, and the applications concerning them were withdrawn": the ones named.
_THEM_WARRANT = re.compile(r"\b(?:applications?|warrants?|requests?)\s+(?:concerning|for|against|targeting|naming)\s+them\b")
# An arrest asked for in other words: "sought PER0's arrest", "requested the arrest of PER1".
_W_SOUGHT = re.compile(
    # ("asked judges in November to authorise the arrest of PER0": a request)
    r"\b(?:sought|seeks|seeking|seek|requested|requests|requesting|asked\s+for|applied\s+for|"
    r"ask(?:ed|ing|s)?\s+(?:the\s+)?(?:judges|court|chamber)\s+(?:[\w-]+\s+){0,3}?to\s+(?:authori[sz]e|order|approve))\s+"
    r"(?:the\s+arrest\s+of\s+PER(?P<a>\d+)|PER(?P<b>\d+)(?:'s|’s)?\s+arrest)\b|"
    # "PER0, whose arrest the court's prosecutor asked judges to authorise in November"
    r"\bPER(?P<c>\d+)\s*,\s*whose\s+arrest\s+(?:[\w'’-]+\s+){0,6}?(?:sought|requested|asked|applied)\b|"
    # "The court has sought Saif al-Islam Gaddafi since 2011": the court's own warrant.
    r"\b(?:sought|seeking|seeks)\s+PER(?P<d>\d+)\b(?!\s*(?:'s|’s))",
    re.IGNORECASE,
)
# The one a relative clause at the end hangs on: "PER0, who", "PER0, the son of the former leader, who".
_PER_WHO_AT_END = re.compile(r"PER(\d+)\s*,\s*(?:(?:the|a|an)\s+[^,;.]{1,60},\s*)?who\s*$")
# "X, who ruled Sudan until 2019, has been the subject of an ICC warrant": the main clause resumed after the relative one
_RESUMED_OWN_WARRANT = re.compile(r",\s*(?:is|was|has\s+been|had\s+been|remains)\s+(?:now\s+|also\s+|already\s+|still\s+)?"
                                  r"(?:wanted|the\s+subject\s+of|subject\s+to|under\s+an?)\b")
# ("... attended a summit in Johannesburg while under an ICC warrant": the clause after "while")
_UNDER_AT = re.compile(r"\s*(?:under|facing|subject\s+to)\s+(?:an?|the)\s")
# What follows a person who is a warrant's subject: "PER0, who faces", "PER0 is wanted", "PER0's arrest".
_OWN_WARRANT = re.compile(
    r"(?:(?:'s|’s)\s+(?:\w+\s+)?(?:arrest|detention|surrender)|\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|remains)\s+)?"
    r"(?:now\s+|also\s+|already\s+|still\s+)?(?:faces|facing|face|wanted|the\s+subject\s+of|subject\s+to|under\s+an?|charged|accused|indicted|"
    r"named\s+in|arrested|detained)|\s*,\s*whose\s+(?:\w+\s+)?warrant|"
    # "leaves X and Y as the only people subject to warrants"
    r"\s+(?:(?:are|were|as)\s+)?the\s+only\s+(?:\w+\s+){0,2}?(?:subject\s+to|facing|named\s+in|under))",
    re.IGNORECASE,
)
# A new clause joined with its own subject: ", and American agents seized ...".
_AND_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:[\w'’-]+\s+){0,3}?(?:[a-z]+ed|seized|took|have|has|had|was|were)\b)")
# "on an American warrant", "a Russian arrest warrant": that country's court.
_COUNTRY_WARRANT = re.compile(r"\b(?:LOC|DEM)(\d+)(?:'s|’s)?\s+(?:arrest\s+)?$")
_COUNTRY_WARRANT_ANY = re.compile(r"\b(?:LOC|DEM)(\d+)(?:'s|’s)?\s+(?:arrest\s+)?warrant\b")
# A person told as the subject of a time clause: "days after PER0 wrapped up", "while PER1 was".
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:after|before|when|while|since|until|as)\s+$")
_WHOSE_WARRANT = re.compile(r"PER(\d+)\s*,\s*whose\s+(?:[\w-]+\s+){0,2}$")
# "Lieutenant General X and Admiral Y, whose warrants ...": the names coordinated before the one "whose" hangs on
_PER_AND_TITLE_AT_END = re.compile(r"PER(\d+)\s*(?:,\s*|,?\s+and\s+)(?:[A-Z][\w.-]*\s+){0,2}$")
# ("a French judge who sat on the pre-trial chamber that issued the warrants": the ICC's chamber, not France's court)
_ICC_RX = re.compile(r"\bICC\b|International\s+Criminal\s+Court|\bthe\s+Hague\b|\bThe\s+Hague\b|Rome\s+Statute|\bpre-trial\s+chamber\b", re.IGNORECASE)
_CRICKET_RX = re.compile(r"\bcricket|\bInternational\s+Cricket\s+Council\b|\bT20\b|\bTest\s+match", re.IGNORECASE)

_PRE_FUTURE = _Gated(_PRE_FUTURE, "will 'll ’ll shall plan intend expected expects scheduled set due poised slated likely going about to "
                     "agree accept promised vowed confirmed said announced prepar aim make")  # fmt: skip
_PRE_SPEC = _Gated(_PRE_SPEC, "may might could would should can hop want wish consider mulling weighing invit urge ask "
                   "called readiness ready willing offered threatened refus possib potential whether if unless case "
                   "rumo speculation talk sign indication suggestion hint")  # fmt: skip
_PRE_DECLINE = _Gated(_PRE_DECLINE, "declin refus opt cho decided not n't n’t won rule never longer instead rather dropped abandoned scrapped shelved called",
                      r"no\s+plan")
# "if" as a word, spelled to open on its letters (a literal prefix the engine skips to).
_CONDITIONAL = _Gated(_CONDITIONAL, "unless whether case should provided", "if(?<![a-z]if)(?![a-z])\nhad per\\d")
_VIDEO = _Gated(_VIDEO, "video virtual remote online")
_HEARSAY = _Gated(_HEARSAY, "report rumo speculation claim deni dismiss rejected")
_OTHER_SUBJECT = _Gated(_OTHER_SUBJECT, "that which who")
_REPORTED_FUTURE = _Gated(_REPORTED_FUTURE, "would")
_WARRANT_RX = _Gated(_WARRANT_RX, "warrant arrest")
# "At the same time they issued one for X", "He had also sought one for Y": "one" is the warrant the sentence before told
# ("The application for X was withdrawn in August, and in December the prosecutor withdrew the one for Y")
_ONE_FOR = re.compile(r"\b(?P<verb>issued|sought|requested|applied\s+for|withdrew)\s+(?:a\s+similar\s+|another\s+|the\s+)?one\s+(?:for|against)\s+PER(?P<i>\d+)")
_WARRANT_WORDS = ("warrant", "same day as", "arrest", "ere named", "detained", "custody", "surrender", "handed", "transferred", "flown", "extradit", "hague",
                  "want", "order", "request", "applic", "sought", "seek", "indicted", "case", "proceedings", "gave", "seized", "captured",
                  "served", "added", ", named", "decision", "ruling", "named in", "picked")
# "..., when the court also named Maria Lvova-Belova": one more subject of the warrant just told
_COURT_ALSO_NAMED = re.compile(r"\b(?:court|judges|chamber|ICC)\s+also\s+named\s+(?:PER\d+\s+(?=PER\d))?PER(?P<p>\d+)")
# "dropped his request concerning X", "withdrew the application against X": a warrant application
# named by its subject, in an article about the court.
# "the prosecutor's application for X no longer stands": withdrawn
_NO_LONGER_STANDS = re.compile(r"\s+(?:no\s+longer\s+(?:stands|exists|applies)|has\s+(?:since\s+)?lapsed|was\s+dropped)\b")
_DET_ONLY = re.compile(r"\s*(?:the|its|his|her|their|a|an)?\s*")  # (nothing but a determiner between a verb and its noun)
_RELATIVE_THEN_AGAINST = re.compile(r"\s*,\s*who\b[^;.]{0,80}?,\s*(?:and\s+)?(?:against|for|concerning)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?PER\d")
_W_APPLICATION = re.compile(r"\b(?:request|application)s?(?:\s*,[^,;]{1,40},|\s*,(?=\s+against\s))?\s+(?:(?:lodged|filed|made|submitted)\s+(?:[\w]+\s+){0,3}?[—–-]\s*)?"
                            r"(?:concerning|against|regarding|for|targeting|naming)\s+(?:the\s+arrest\s+of\s+)?"
                            r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?!PER\d)[\w'’-]+,\s+)?PER(\d+)", re.IGNORECASE)
# "X's appearance last Sunday at a Vox rally in Madrid": a trip made to be seen there
_APPEARANCE_AT = re.compile(r"\bPER(?P<p>\d+)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?appearance\s+(?:(?:last|on|this)\s+\w+\s+)?at\s+(?:an?|the)\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:rally|summit|conference|forum|ceremony|event|meeting|gathering|congress|convention|assembly)\s+"
                            r"in\s+(?:the\s+)?LOC(?P<l>\d+)")
# "three men for whom the court issued warrants years ago: A, B and C": a group the warrant's clause hangs on, listed after
_FOR_WHOM_AT_END = re.compile(r"\b(?:two|three|four|five|six|seven|\d+|the)\s+(?:[\w-]+\s+){0,2}?(?:men|leaders|officials|commanders|suspects|"
                              r"people|figures|ministers|generals)\s+(?:for|against)\s+whom\s+(?:[\w'’-]+\s+){0,5}$")
# ("...: A, B and C", "..., among them former president A, ...")
_COLON_THEN_PER = re.compile(r"[^:;.]{0,40}?(?::|,\s*(?:among\s+them|including))\s*(?:(?!PER\d)[\w'’-]+\s+){0,4}?PER(\d+)")
# The warrant's object: "for PER0", "for the arrest of PER1", a list introduced after a colon or dash.
_WARRANT_OBJECT = re.compile(
    r"(?:\s*,)?\s+(?:issued\s+by\s+(?:the\s+)?(?:ICC|International\s+Criminal\s+Court|court|judges)\s+(?:in\s+\w+\s+|on\s+\w+\s+)?|"
    # ("the arrest warrant that a Seoul court issued on Dec. 31 for X": the court told in a relative clause)
    r"that\s+(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,4}?(?:court|judges?|tribunal|chamber)\s+(?:had\s+|has\s+)?issued\s+"
    r"(?:(?:on|in|last)\s+[\w.]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+)?|(?:[\w.]+\s+){0,4}?)"
    # ("approved a warrant compelling him to appear": the one it compels)
    r"(?:for|against|on|naming|targeting|went\s+to|to\s+arrest|compelling(?=\s+PER\d+\s+to\b))\s+(?:the\s+arrest\s+of\s+)?"
    r"(?:(?:(?!(?:after|before|when|while|since|until)\b)[\w:,'’]+\s+){0,5}?|(?:[\w,'’-]+\s+){1,6}?[\w'’]*\s*[:—–-]\s*|"
    # ("for two senior commanders accused of attacks on the energy grid, X and Y": a group, then its members)
    r"(?:two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,3}?(?:commanders|leaders|officials|men|generals|suspects|ministers|officers)\b[^,;:.]{0,80},\s*)"
    r"PER(\d+)(?!\s+PER\d)")
# "warrants for three Hamas leaders", "against five men", "for Israeli leaders": subjects told as a group.
_W_GROUP_OBJECT = re.compile(r"\b(?:for|against|targeting|naming|as\s+well\s+as|along\s+with|and)\s+(?:the\s+)?(?:\w+\s+){0,4}?"
                             r"(?:leaders?|men|officials?|commanders?|suspects?|people|individuals?|figures?|members?)\b", re.IGNORECASE)
_OTHER_WARRANTS = re.compile(r"(?:(?:The|Its|the)\s+other\s+(?:two|three|four|five|six|\d+)(?:\s+(?:arrest\s+)?warrants)?|(?:The|the)\s+others|Those)"
                             r"\s*[,—–-]?\s*(?:for|against)\s+")
# "The warrant was one of three issued by the chamber on November 21": the others are told next.
_ONE_OF_BATCH = re.compile(r"\b(?:The|Its|This|That|PER\d+(?:'s|’s)?)\s+(?:arrest\s+)?warrant\s+(?:was|is)\s+one\s+of\s+"
                           r"(?:two|three|four|five|six|\d+)\s+(?:\w+\s+){0,2}?(?:issued|signed|approved)\b")
# What a group is wanted by: a warrant, or an application for one ("Applications for two other Hamas figures were withdrawn").
# "X is one of two senior commanders against whom the court issued warrants": the others may be named next.
_ONE_OF_GROUP = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:two|three|four|five|six|several)\b")
_GROUP_WARRANT_NOUN = re.compile(r"\bwarrants?\b|\barrest\s+orders?\b|\b[Aa]pplications?\b(?=\s+(?:for|against|concerning))")
_WARRANT_BACK_REFERENCE = re.compile(r"\b(?:warrants?|applications?|requests?)\b|^\s*The\s+(?:second|third|other)\s+(?:one\s+)?(?:is|was)\b")
_THE_WARRANTS = re.compile(r"\bthe\s+(?:arrest\s+)?warrants\b|\b(?:two|three|four|five|six)\s+(?:arrest\s+)?warrants\b(?!\s+(?:for|against)\b)|\b(?:issued|signed|approved)\s+(?:arrest\s+)?warrants\b(?!\s+(?:for|against)\b)",
                           re.IGNORECASE)
_WARRANTS_NAME = re.compile(r"(?:\s+in\s+the\s+(?:[\w-]+\s+){0,3}?(?:investigation|case|situation|probe))?"
                            r"(?:\s*,[^,;]{1,60},|\s*,\s*which\s+(?:also\s+)?)?\s*(?:name|names|named|cover|covers|covered|list|lists|listed|target|targets|"
                            # ("The warrants concern X, a lieutenant general, and Y")
                            r"targeted|concern|concerns|concerned)\s+(?:among\s+them\s+)?(?:[\w.'’-]+\s+){0,6}?PER(\d+)(?!'s|’s)")  # (not "named X's adviser")
_W_ENDED_CASE = re.compile(r"\b(?:ended|closed|terminated|dropped|ends|closes|terminates)\s+(?:the\s+|its\s+)?(?:case|proceedings)\s+"
                           r"(?:against|concerning)\s+(?:[\w'’-]+\s+){0,5}?PER(\d+)|"
                           # "The case against the Hamas commander X was closed after his death"
                           r"\b(?:case|proceedings)\s+(?:against|concerning)\s+(?:[\w'’-]+\s+){0,5}?PER(\d+)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                           r"(?:formally\s+)?(?:closed|terminated|dropped|ended|discontinued)\b")
# "six Russian officials, including X and Y, who were named in March last year": the named ones' warrants, in an ICC story.
_WHO_WERE_NAMED = re.compile(r",\s*who\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+|first\s+)?named\b(?!\s+(?:as|after|by\s+PER))")
# "Since then the court has added four more senior Russians, among them X and Y", "judges added two commanders, X and Y":
# more people named in the court's warrants
_COURT_ADDED = re.compile(r"\b(?:judges|court|chamber|they)\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|also\s+|later\s+)?added\s+"
                          r"(?:(?:two|three|four|five|six|\d+)\s+(?:more\s+|other\s+|further\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:commanders|officials|Russians|suspects|people|names|men|officers|generals|leaders|figures)\b|"
                          # ("In March the court added General X, commander of ..., and Admiral Y")
                          r"(?=(?:[A-Z][a-z]+\s+){0,2}PER\d))")
# "The first two, in March 2023, named X and Y", "The Nov. 21 decision, which also covered X", "in a case that also names
# X": more people named in the warrants (or the application) told
_WARRANTS_NAMED = re.compile(r"\b(?:[Tt]he\s+first\s+(?:two|three|one|warrants?)\s*,\s*[^,;]{1,30},\s+named|"
                             # ("Khan's May application had also named X and Y": requested)
                             r"(?P<app>application|request)s?\s+(?:had\s+|has\s+)?also\s+named|"
                             r"(?:decision|ruling|warrants?|case)\s*,?\s*(?:which|that)\s+also\s+(?:covered|covers|named|names|"
                             r"included|includes|targeted|targets))\s+(?=(?:[\w'’-]+\s+){0,5}?PER\d)")
# "Prosecutors had earlier abandoned their case against X": the request (or warrant) for X withdrawn
_CASE_DROPPED = re.compile(r"\b(?:abandon(?:ed|s)?|dropp(?:ed|s)|withdr(?:ew|awn)|str(?:uck|ike)\s+out)\s+(?:their|its|his|her|the)\s+"
                           r"(?:case|proceedings|application|request|bid)s?\s+(?:against|concerning|for|to\s+arrest)\s+(?=(?:[\w'’-]+\s+){0,4}?PER\d)")
# "The Hamas figures named in the filing are X, Y and Z": those the application (or warrant) names, listed
_NAMED_IN_ARE = re.compile(r"\b(?:figures|people|suspects|leaders|men|officials|commanders|others)\s+named\s+in\s+(?:the|its|his|her|their|PER\d+)\s+"
                           r"(?:[\w-]+\s+)?(?P<doc>filing|application|request|warrant)s?\s+(?:are|were|include[sd]?)\s+")
_INCLUDING_WORD = re.compile(r"\b(?:including|among\s+them)\b")
_WANTED_LIST = re.compile(r"\b(?:others|men|people|suspects|leaders|officials|commanders|figures|[A-Z][a-z]+s)\s+"
                          r"(?:who\s+)?(?:(?:are|remain|were|have\s+been|still)\s+){0,2}(?:wanted|sought\s+by|subject\s+to\s+(?:arrest\s+)?warrants|named)\b"
                          r"[^:;.]{0,80}:\s*(?=(?:[\w'’-]+\s+){0,4}?PER\d)|"
                          # "leaves two warrants standing in the Palestine situation: those for X and Y"
                          r"\bwarrants\s+(?:still\s+)?(?:standing|outstanding|in\s+force)\b[^:;.]{0,80}:\s*those\s+(?:for|against)\s+(?=PER\d)")
_ONLY_ONES_WANTED = re.compile(r"\bleav(?:es|ing|e)\s+(?P<who>(?:[^;.:]{0,60}?PER\d+){1,3})\s+as\s+the\s+only\s+(?:people|ones|persons|suspects|officials)\s+"
                               r"(?:still\s+)?(?:named\s+in|subject\s+to|facing)\s+(?:ICC\s+)?(?:arrest\s+)?warrants\b")
# Applications for a group, its members listed after a colon: "The prosecutor's requests concerning four
# other men, filed in May, remain before the judges: X, Y and Z".
_REQUEST_LIST = re.compile(r"\b(?:requests?|applications?)\s+(?:for\s+(?:arrest\s+)?warrants?\s+)?(?:concerning|against|for|regarding|targeting)\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:leaders|men|officials|commanders|suspects|people|individuals|figures|members)\b"
                           r"[^:;.]{0,100}:\s*(?=(?:[\w'’-]+,?\s+){0,8}?PER\d)")  # (", the head of its political bureau, X")
_COURT_ORDERS = re.compile(r"\b(?:ordered|orders|issued|issues|signed|approved)\b")
_APPLICATION_AFTER = re.compile(r"\s+(?:application|request|applications|requests)\b", re.IGNORECASE)
# "the subject of an application for an arrest warrant", "a request for a warrant against": asked for only.
_APPLICATION_BEFORE = re.compile(r"\b(?:applications?|requests?)\s+(?:for|seeking)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_FOR_BOTH = re.compile(r"\s+(?:\w+\s+){0,2}?(?:for|against)\s+(?:both|the\s+two)(?:\s+(?:men|leaders|women|officials|of\s+them))?\b", re.IGNORECASE)
_W_ANOTHER = re.compile(r"\b(?:a|an)\s+(?:second|third|separate|further|another|new)\s+(?:arrest\s+)?$", re.IGNORECASE)
_W_COMPANIONS = re.compile(r"\b(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+", re.IGNORECASE)
# "He named X, Y and Z", "They are X and Y": the subjects of the warrants the last sentence told of.
_W_NAMES_FOLLOW = re.compile(r"\b(?:named|names|name|naming|identified|identifies|listed|lists|included|includes|include|including|"
                             r"are|were|targets?|targeted|cited|singled\s+out)\b(?=\s+(?:[\w.'’-]+,?\s+){0,6}?PER\d)|"
                             # "The first is X, the movement's leader ... The second is Y"
                             r"^\s*The\s+(?:first|second|third|other)\s+(?:one\s+)?(?:is|was)(?=\s+PER\d|\s+the\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+PER\d)|"
                             # a labelled list: "On the Israeli side: Prime Minister X and Defence Minister Y"
                             # (not a live page's time: "13:25 - X, one of Netanyahu's critics, ...")
                             r"^\s*(?:[\w'’-]+\s+){0,5}?[\w'’-]*[^\W\d][\w'’-]*\s*:(?!\d)(?=\s*(?:[\w'’-]+\s+){0,4}?PER\d)", re.IGNORECASE)
# "X, defence minister until May, is accused together with the chief of the general staff, Y, of directing strikes",
# "X and his commissioner, Y, are accused of the unlawful deportation": the subjects of a warrant story's charges.
_ACCUSED_OF = re.compile(r"\bPER\d+(?:\s*,[^,;.]{1,80},)?(?:\s*,?\s+and\s+(?:[\w'’-]+\s+){0,4}?(?:[\w'’-]+\s*,\s*)?PER\d+(?:\s*,)?)?"
                         r"\s+(?P<verb>is|are|was|were|stands?)\s+(?:also\s+)?accused\b(?:\s+(?:together\s+)?with\s+(?:[\w'’-]+\s+){0,6}?"
                         r"(?:[\w'’-]+\s*,\s*)?PER\d+)?")
# "reasonable grounds to believe that X and Y bear criminal responsibility": the court's (or its prosecutor's) finding
# that grounds a warrant, in an article about one.
# "Karim Khan said he had reasonable grounds ...", "the prosecutor said": the prosecutor speaking (his name is no
# person the reference holds, so it is read as text)
_PROSECUTOR_SPEAKS = r"\b(?:[Pp]rosecutor|Karim\s+(?:A\.\s*A\.\s+)?Khan|Khan)\b[^.;]{0,40}?\b"
_PROSECUTOR_SAID = re.compile(_PROSECUTOR_SPEAKS + r"(?:said|says|told|stated|wrote|argued)\b")
# "Karim Khan said the Hamas leaders - A, ...; B, ...; and C, ... - bore criminal responsibility": the prosecutor's case, told
# with no "grounds to believe"
_PROSECUTOR_SAID_RESPONSIBLE = re.compile(_PROSECUTOR_SPEAKS + r"(?:said|says)\s+(?:that\s+)?"
                                          r"(?P<who>[^.]{0,300}?PER\d+[^.]{0,120}?)\s+(?:each\s+|both\s+|all\s+)?(?:bore|bear|bears)\s+"
                                          r"(?:\w+\s+)?(?:criminal\s+)?responsib")
# "The application filed on Monday by Karim Khan, which also names Defence Minister X": a name the application holds
_WHICH_ALSO_NAMES = re.compile(r"\b(?P<noun>application|request|warrant)s?\b[^.;]{0,80}?,\s*which\s+(?:also\s+)?(?:names|named|covers|covered|"
                               r"includes|included|targets|targeted)\s+(?:[\w'’-]+\s+){0,4}?PER(?P<per>\d+)")
# "Russia's interior ministry has placed X on its list of wanted persons", "The Russian Interior Ministry placed X on its
# database of wanted persons": a national arrest warrant, the named country's
_ON_WANTED_LIST = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:placed|put|added|places|puts|adds)\s+(?:[\w'’-]+\s+){0,3}?PER(?P<per>\d+)\s+"
                             r"(?:on|to)\s+(?:its|the|a|their)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:list|database|register|registry)\s+of\s+wanted\s+"
                             r"(?:persons|people|individuals|fugitives)|(?:federal\s+|international\s+|criminal\s+)?wanted\s+list)\b")
# "The prosecutor had also named X in his original May request", "X was named in the prosecutor's application": X's request
_NAMED_IN_REQUEST = re.compile(r"\bnamed\s+PER(?P<a>\d+)\s+in\s+(?:his|her|its|the|PER\d+)\s+(?:[\w'’-]+\s+){0,3}?(?:request|application)s?\b|"
                               r"\bPER(?P<b>\d+)\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?named\s+in\s+(?:the\s+|an?\s+)?"
                               r"(?:[\w'’-]+\s+){0,3}?(?:request|application)s?\b")
# What a warrant's undoing is told of: the warrant, the request, the case
_WARRANT_NOUN = re.compile(r"\b(?:warrants?|applications?|requests?|case|cases|charges|proceedings|indictments?)\b", re.IGNORECASE)
_NEW_CLAUSE_WORD = re.compile(r"\b(?:because|after|when|while|since|said|says|told|who|whom|where)\b")
# "the arrest of X in Manila in March", "X's arrest in Manila on March 11": an arrest made, told with its place
_ARREST_MADE_IN = re.compile(r"\barrest\s+of\s+(?:[\w'’-]+\s+){0,3}?PER(?P<a>\d+)\s+(?:in|at)\s+(?:the\s+)?LOC\d|"
                             r"\bPER(?P<b>\d+)(?:'s|’s)\s+arrest\s+(?:in|at)\s+(?:the\s+)?LOC\d")
# (not one asked for, feared or supposed: "ordered the arrest of X in ...", "fears of X's arrest in South Africa")
_ARREST_NOT_MADE_BEFORE = re.compile(r"\b(?:order\w*|sought|seek\w*|request\w*|ask\w*|urg\w*|call\w*|demand\w*|warrants?|want\w*|"
                                     r"fears?|risk|prospect|possib\w*|threat|danger|would|could|might|may|if|whether|avoid\w*|escap\w*|"
                                     r"fac\w+|no|not|never|without)\b[^.;]{0,30}$", re.IGNORECASE)
_GROUNDS_TO_BELIEVE = re.compile(
    # ("that X, the movement's leader, and Y, whom they call their chief justice, ordered ... the crime": the
    # appositions skipped, the deed told by any verb)
    r"\breasonable\s+grounds\s+to\s+believe\s+(?:that\s+)?(?P<who>(?:[\w'’-]+\s+){0,4}?PER\d+(?:(?:\s*,[^,;]{1,60})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:[\w'’-]+\s+){0,4}?PER\d+)*)(?:\s*,[^,;]{1,80},)?\s+(?:each\s+|both\s+)?(?:(?P<verb>bears?|bore|is|are|was|were|had\s+been)\s+"
    r"(?:\w+\s+)?(?:criminally\s+)?responsib|(?:had\s+|have\s+)?(?:ordered|committed|directed|induced|solicited|planned|ordering|committing)\b)")
# "he has been the subject of an ICC warrant, as has Yoav Gallant, his former defence minister": the same for the other.
# "issued a warrant for Putin's arrest in March 2023 ..., and the same decision named X": X's warrant, alike.
_SAME_DECISION_NAMED = re.compile(r"\bthe\s+same\s+(?:decision|ruling|order|chamber)\s+(?:also\s+)?(?:named|covered|included|targeted)\s+"
                                  r"(?:(?!PER\d)[\w'’-]+\s+){0,4}?PER(\d+)|"
                                  # ("naming in the same decision Russia's children's commissioner, Y")
                                  r"\bnaming\s+(?:also\s+)?in\s+the\s+same\s+(?:decision|ruling|order)\s+(?:(?!PER\d)[\w'’-]+\s*,?\s+){0,6}?PER(\d+)")
# "Yoav Gallant, Israel's former defence minister, was named in the same decision": the warrant just told, his too.
_NAMED_IN_THE_SAME = re.compile(r"\bPER(\d+)(?:\s*,[^,;.]{1,60},)?\s+(?:was|were|is|are)\s+(?:also\s+)?named\s+in\s+the\s+same\s+"
                                r"(?:decision|ruling|order|warrant|application|request|filing)\b")
# "The same warrant decision also covers X": the story's own warrant (the first it told), X's too
_SAME_DECISION_COVERS = re.compile(r"\b[Tt]he\s+same\s+(?:warrant\s+|arrest\s+)?(?:decision|ruling|order)\s+(?:also\s+)?"
                                   r"(?:covers|covered|names|named|includes|included|applies\s+to|applied\s+to)\s+(?:[\w'’-]+\s+){0,2}?PER(\d+)")
_AS_HAS_PER = re.compile(r"[^.;]{0,120}?,\s*as\s+(?:has|have|had|does|do|did|is|are|was|were)\s+(?:(?!PER\d)[\w'’-]+\s+){0,3}?PER(\d+)")
# "The warrant against him was issued on the same day as those against X and Y": theirs too, alike.
_AS_THOSE_FOR = re.compile(r"\b(?:as|like)\s+(?:those|the\s+ones)\s+(?:against|for|of)\s+(?P<who>PER\d+(?:(?:\s*,\s*|\s+and\s+)PER\d+)*)")
# "made no move to act on the warrant, issued in March 2023": one warrant, its subject told before.
# ("The court issued that warrant in November": the same, of that day)
_THE_WARRANT_ALONE = re.compile(r"\b(?:act(?:ed|ing)?\s+on|enforc(?:e|ed|es|ing)|execut(?:e|ed|es|ing)|honou?r(?:ed|s|ing)?|ignor(?:e|ed|es|ing))\s+"
                               r"the\s+(?:ICC\s+|court's\s+|arrest\s+)*warrant\b"
                               r"(?P<issued>\s*,\s*(?:which\s+was\s+)?issued\b)?|\b(?P<issuing>issued)\s+that\s+(?:arrest\s+)?warrant\b")
# "Sinwar is killed in Rafah. The prosecutor later withdraws that application too": the one just told.
_WITHDREW_THAT_ONE = re.compile(r"\bwithdr(?:ew|aws|awn|awing)\s+(?:that|the|his)\s+(?:application|request|warrant)\s+(?:too|as\s+well|also)\b")
# "The same ruling targeted his former defence minister, X": one more warrant of the batch told just before.
_SAME_RULING = re.compile(r"^\s*(?:The|That|This)\s+same\s+(?:ruling|decision|chamber|judges|court|order|panel)\s+(?:also\s+)?"
                          r"(?:targeted|targets|named|names|covered|covers|included|includes|concerned|concerns)\b|"
                          # "Three months later, in June, it added the then defence minister, X, and ...": the next batch
                          r"^[^.;]{0,40}?\b(?:it|the\s+court|the\s+judges|the\s+chamber)\s+(?:later\s+|then\s+)?added\b")
# "Investigators detained PER1": the one arrested is the warrant's subject.
# ("arrested another Libyan wanted by the court, X, in Turin": the one wanted, named after)
_ARRESTED_OBJECT = re.compile(r"\b(?:handed\s+(?:over\s+)?PER(\d+)\s+(?:over\s+)?to|picked\s+PER(\d+)\s+up)\b|"  # ("handed X to the court", not "handed to him")
                              r"\b(?:arrested|detained|surrendered|extradited|seized|captured|apprehended|took|taken)\s+(?:[\w'’-]+\s+){0,3}?"
                              # ("arrested a Libyan suspect, X, at Berlin's airport")
                              r"(?:wanted\s+by\s+the\s+(?:court|ICC)\s*,\s*|suspect\s*,\s*)?PER(\d+)", re.IGNORECASE)
# Every match holds a stem at most 3 words after its start ("taken into ICC custody", "arrives in The Hague").
_W_EXECUTED = _Gated(_W_EXECUTED, "arrest detained custody surrender handed transferred flown extradit hague seized captured "
                                  "apprehended gave turned picked served detention jail prison", back=3)
_W_PARAPHRASE = _Gated(_W_PARAPHRASE, "want order directed directs indicted sought those ones named")
_ICC_RX = _Gated(_ICC_RX, "icc criminal hague statute chamber", back=1)  # "International Criminal", "the Hague", "Rome Statute"
_CRICKET_RX = _Gated(_CRICKET_RX, "cricket t20", r"test\s+match")

# An article about a national arrest warrant or a court's arrest order (not the ICC's): its arrests are
# that warrant served ("Police arrested PER0 at his home ..., acting on an order from the Supreme Court").
_NATIONAL_ARREST_ARTICLE = re.compile(
    r"(?<!search\s)\bwarrants?\b|\barrest\s+orders?\b|\bon\s+(?:an?\s+|the\s+)?orders?\s+(?:from|of|by)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:court|judge|justice|prosecutor)s?\b", re.IGNORECASE)
# An invitation to travel ("renewed his invitation for PER1 to pay a state visit"): not a trip until accepted. (Within
# its own clause: "X, one of the leaders invited to the sessions, is due to arrive" is a plan.)
_INVITED_TO = re.compile(r"\binvit(?:ation|ations|ed|es|ing)\b(?:\s+(?:for\s+)?PER\d+)?[^.;,]{0,40}?\bto\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_NEGATED_AUX = re.compile(r"\b(?:has|have|had|did|does|do|was|were|is|are)\s*(?:not|n't|n’t|never)\b|\bnever\b", re.IGNORECASE)
_NOT_RULED_OUT = re.compile(r"\b(?:not|n't|n’t|never)\s+(?:be\s+|been\s+|yet\s+)?ruled?\s+out\b", re.IGNORECASE)
# A country's own agents making an arrest: "US special forces", "Brazilian federal police".
_NATIONAL_AGENTS = re.compile(r"\b(?:LOC|DEM)(\d+)(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}(?:forces|police|agents|troops|officers|commandos)\b")
# The story's court, named by its office: "the prosecutor", "the court's judges", "its chamber".
_THE_COURT = re.compile(r"\b(?:the|its)\s+(?:court|prosecutor|judges|chamber)\b", re.IGNORECASE)
_SURRENDERED_TO_THE_AT_END = re.compile(r"\b(?:surrender(?:ed|s|ing)?|handed\s+(?:himself\s+|herself\s+)?(?:over\s+)?)\s+(?:himself\s+|herself\s+)?to\s+the\s+$")
_NATIONAL_COURT = re.compile(
    r"\b(?:a|an|the)?\s*(?:(?P<dem>DEM|LOC)(?P<di>\d+)(?:'s|’s)?)\s+(?:(?:chief|public|federal|supreme|high|district|criminal|"
    r"constitutional|appeals?|military|regional|state|national|provincial|central|top|local|city|special)\s+){0,3}"
    r"(?:court|judge|prosecutors?|tribunal)\b|"
    r"\b(?:court|judge|prosecutors?|tribunal)\s+in\s+(?:the\s+)?(?P<loc>LOC)(?P<li>\d+)|"
    # "a Baghdad court": a capital named for its state ("the Seoul Central District Court")
    r"\b(?:a|an|the)\s+GOV(?P<gi>\d+)\s+(?:[a-z]+\s+){0,2}court\b|\bthe\s+GOV(?P<gi2>\d+)\s+(?:[A-Z][a-z]+\s+){0,3}Court\b|"
    # "an Argentine arrest order", "a Turkish warrant": the country's own.
    r"\b(?:a|an|the)\s+(?:DEM|LOC)(?P<dw>\d+)(?:'s|’s)?\s+(?:detention\s+|arrest\s+)?(?:warrants?|orders?)\b|"
    # "a case is moving in Argentina, where a federal court issued a warrant": that country's court
    r"\bLOC(?P<wh>\d+)\s*,\s*where\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,3}(?:court|judge|prosecutors?)\b|"
    # "faces an arrest warrant in Argentina", "a separate warrant from Argentina"
    # (the country ends the phrase: not "the first warrants in the Ukraine investigation")
    r"\bwarrants?\s+(?:in|from)\s+(?:the\s+)?LOC(?P<wl>\d+)\b(?=\s*(?:[.,;:)]|$))", re.IGNORECASE)


def _court_place(national: re.Match[str]) -> str:
    """The placeholder index of the country a _NATIONAL_COURT match names ("a Turkish court", "a court
    in Argentina", "an Argentine arrest order")."""
    return (national.group("di") or national.group("li") or national.group("gi") or national.group("gi2") or national.group("dw")
            or national.group("wl") or national.group("wh"))


_GATHERING_SENTENCE = re.compile(r"\bEVT\d|\b(?:summit|meeting|gathering|forum|conference|leaders)\b", re.IGNORECASE)
_DAY_SPAN_INSIDE = re.compile(r"\d\s*(?:-|–|to|and)\s*\d")
_DAY_SPAN_AFTER = re.compile(r"\s*(?:-|–|to|and|through)\s*[0-3]?\d\b")
_WEEKDAY_SPAN_AFTER = re.compile(r"\s+and\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# "G20 foreign ministers met on Thursday and Friday": a gathering told as held, on the days gone
# "The funeral of Pope Francis will be held in St Peter's Square on Saturday": the ceremony's day is told after it.
_CEREMONY_TO_BE_HELD = re.compile(r"\b(?:funeral|inauguration|coronation|ceremony|swearing-in)\b[^.;]{0,60}?\b(?:will\s+be|is\s+to\s+be|is\s+due\s+to\s+be)\s+held\b")
_HELD_ON_AT_END = re.compile(r"\b(?:met|gathered|convened|opened|began|held\s+talks)\s+(?:on\s+)?$")
# (A relative clause may come between: "PER0, who arrived in LOC1 on Wednesday, flew home".)
_WENT_HOME = re.compile(r"\bPER(\d+)(?:'s|’s)?(?:\s*,\s*(?:who|which)\s[^,;]{0,80},)?\s+(?:\w+\s+){0,2}?(?P<verb>flew|returned|headed|went|travell?ed|arrived|"
                        r"left\s+for|set\s+off\s+for|departed\s+for)\s+(?:straight\s+)?(?:back\s+)?home\b|"
                        # "PER0 sat through a session, signed a communique and left for home by mid-afternoon"
                        r"\bPER(\d+)\b(?:(?!\b(?:will|would|is\s+due|are\s+due|is\s+expected|plans?|is\s+to|set\s+to)\b)[^.;]){0,160}?"
                        # ("made it to Pretoria, met Ramaphosa and turned straight round")
                        r"\b(?:and|then)\s+(?:then\s+)?(?P<verb2>(?:flew|returned|headed|went|left\s+for|set\s+off\s+for|departed\s+for)"
                        r"\s+(?:straight\s+)?(?:back\s+)?home|turned\s+(?:straight\s+|right\s+)?a?round)\b|"
                        # "was flying home on Sunday", "had left Ukrainian territory", "after the couple had left the country"
                        r"\bPER(\d+)\s+(?:was|were|is|are)\s+(?:already\s+)?(?P<verb3>flying|heading|travell?ing|on\s+(?:the|his|her)\s+way)\s+(?:back\s+)?home\b|"
                        r"\bPER(\d+)\s+(?:had\s+|has\s+)?(?P<verb4>left)\s+(?:DEM\d+\s+territory|the\s+country|DEM\d+\s+(?:soil|airspace))\b|"
                        # "has returned from a two-day trade mission to India"
                        r"\bPER(\d+)\s+(?:had\s+|has\s+|have\s+)?(?P<verb5>returned)\s+(?:home\s+)?from\s+(?:an?|his|her|their|PER\d+)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|mission|journey|swing)\b")
_BACK_HOME = re.compile(r"\bPER(\d+)(?:\s*,\s*(?:who|which)\s[^,;]{0,160},)?\s+(?:(?:was|is|were|are)\s+(?:already\s+)?back\s+"
                        # ("was back at his desk in the Kremlin")
                        r"(?:at\s+(?:his|her|PER\d+)\s+desk\s+)?in(?:\s+the)?|"
                        # "is on his way back to Ottawa"
                        r"(?:was|is|were|are)\s+(?:already\s+|now\s+)?on\s+(?:the|his|her|their|PER\d+)\s+way\s+back\s+to|"
                        # "was flying back to Israel on Tuesday"
                        r"(?:was|is|were|are)\s+(?:already\s+|now\s+)?(?:flying|heading|travell?ing)\s+back\s+to|"
                        r"(?:\w+\s+)?(?:flew|headed|went|returned|travell?ed)\s+(?:straight\s+)?(?:back\s+)?to|"
                        # "X, who flew in on Wednesday, left for Washington shortly after the meeting"
                        r"(?:\w+\s+)?(?:left|departed)\s+for)\s+LOC(\d+)")
# "X held a summit with Y on Saturday, closing a week of diplomacy before boarding his plane back to Beijing": the
# sentence's subject went home
_BEFORE_FLYING_HOME = re.compile(r"^(?:[^-—–]{0,60}?\s[-—–]\s+)?(?:(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+)?PER(\d+)\b[^.;]{0,200}?\bbefore\s+"
                                 r"(?:boarding\s+(?:his|her|the|PER\d+)\s+(?:plane|flight|aircraft)|flying|heading|returning)\s+"
                                 r"(?:straight\s+)?(?:back\s+)?(?:to\s+(?:the\s+)?LOC(\d+)|home\b)")
# "flew into Ashgabat on Friday ..., and was back in Moscow by nightfall"; "He left on Wednesday".
_AND_BACK_HOME = re.compile(r"\bPER(\d+)\b(?:(?<=with\s)PER\d+|(?!PER\d)[^.;]){0,160}?\band\s+(?:then\s+)?(?:(?:was|is)\s+(?:already\s+)?back\s+(?:in|at\s+the)|"
                            # "arrived in Jakarta on Tuesday and flew back to Washington on Thursday"
                            r"(?:flew|headed|returned|travell?ed|left\s+for|set\s+off\s+for)\s+(?:straight\s+)?(?:back\s+)?(?:to\s+)?)\s*LOC(\d+)|"
                            # "left the summit a day early, flying back to Washington overnight"
                            r"\bPER(\d+)\b(?:(?!PER\d)[^.;]){0,160}?,\s*(?:flying|heading|returning)\s+(?:straight\s+)?back\s+to\s+LOC(\d+)")
_LEFT_ON = re.compile(r"\bPER(\d+)(?:\s*,\s*(?:who|which)\s[^,;]{0,80},)?\s+(?:\w+\s+)?(?:left|departed)\s+(?:on|late|early|after|before|at|shortly|the\s+next|hours)\b|"
                      # "arrived in Israel on Tuesday and stayed until Thursday": over by then
                      r"\bPER(\d+)\s+(?:arrived|landed|flew\s+in)\b(?:(?!PER\d)[^.;]){0,80}?\band\s+stayed\s+(?:on\s+)?until\s+(?:\w+day|the\s+next\s+day)\b|"
                      # "X skipped an official dinner and left before dawn on Wednesday", "flew in on Monday and left the same night"
                      r"\bPER(\d+)\b(?:\s*,\s*(?:who|which)\s[^,;]{0,80},)?(?:(?!PER\d)[^.;]){0,60}?\band\s+(?:then\s+)?(?:left|departed|flew\s+out(?![^.;]{0,30}?\b(?:to|for)\s+(?:the\s+)?LOC\d))\s+(?:before|after|early|shortly|hours|the\s+same\s+(?:day|evening|night|afternoon)|that\s+(?:evening|night)|"
                      # ("flew in on Tuesday evening and left on Wednesday")
                      r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
                      # "X stayed on in New York for further meetings and returned on Saturday": gone home
                      r"\bPER(\d+)\s+stayed\s+on\b(?:(?!PER\d)[^.;]){0,80}?\band\s+(?:then\s+)?(?:returned|flew\s+(?:home|back))\s+(?:home\s+)?on\s+\w+day\b|"
                      # "X arrived in Sharm el-Sheikh hours behind schedule and left shortly after the signing ceremony"
                      r"\bPER(\d+)\s+(?:arrived|landed|flew\s+in)\b[^.;]{0,100}?\band\s+(?:then\s+)?(?:left|departed)\s+(?:shortly|soon|early|hours|immediately|straight)\b|"
                      r"\bPER(\d+)\s+(?:\w+\s+)?(?:left|departed)\s+LOC\d+\s+(?:the\s+same\s+(?:day|evening|night|afternoon)|that\s+(?:evening|night))\b")
# "concluded his state visit to Indonesia": that stay is over; "X, who called on Y at his residence, wrapped up the
# two-day trip on Tuesday": with no place told, the stay last told.
_CONCLUDED_VISIT = re.compile(r"\bPER(?P<per>\d+)\s*(?:,\s*(?:who|after)\b[^,;.]{0,100},\s*)?(?:has\s+|had\s+)?"
                              r"(?:concluded|wrapped\s+up|wound\s+up|ended|completed|rounded\s+off)\s+(?:his|her|their|a|an|the|PER\d+)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?P<noun>visit|trip|tour|stay)\b(?:\s+(?:to|of|in)\s+(?:the\s+)?LOC(?P<loc>\d+))?(?!\s+(?:to|of|in)\b)")
# "X was in Moscow, on a three-day state visit to Russia that began on Monday and ended on Wednesday": over
# ("landed in Rome on Thursday for a stay that ended on Saturday": the place the clause went to)
_VISIT_THAT_ENDED = re.compile(r"\bPER(?P<per>\d+)\b[^.;]{0,80}?\b(?:(?:visit|trip|stay)\s+to\s+(?:the\s+)?LOC(?P<loc>\d+)|"
                               r"(?:landed|arrived|flew)\s+(?:in|to)\s+(?:the\s+)?LOC(?P<loc2>\d+)\s+(?:on\s+\w+\s+)?for\s+a\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay))\s+(?:that|which)\s+"
                               r"(?:began\s+[^,;.]{0,30}?\s+and\s+)?(?:ended|concluded|wrapped\s+up)\b")
# "Vance left Munich on Saturday morning": that stay is over (and only that one: he may fly on elsewhere).
_LEFT_PLACE_ON = re.compile(r"\bPER(\d+)(?:\s*,\s*(?:who|which)\s[^,;]{0,80},)?\s+(?:\w+\s+)?(?:left|departed)\s+LOC(\d+)\s+(?:early\s+|late\s+)?on\s+\w+day\b|"
                            # "X returned from Tajikistan on Friday night after a three-day state visit"
                            r"\bPER(\d+)(?:\s*,\s*(?:who|which)\s[^,;]{0,80},)?\s+(?:had\s+|has\s+)?returned\s+(?:home\s+)?from\s+(?:the\s+)?LOC(\d+)\b|"
                            # "... drove to Sandringham to be received by the King before leaving Britain that evening" (the
                            # sentence's first named, its subject, is the one leaving)
                            r"\bPER(\d+)\b(?:(?!\b(?:will|would|is\s+(?:due|to|set|expected)|plans?|intends?)\b)[^.;]){0,160}?\b(?:before|then)\s+(?:leaving|departing)\s+(?:the\s+)?LOC(\d+)\s+"
                            r"(?:that|the\s+same|later\s+that|on\s+\w+day|early\s+on\s+\w+day|late\s+on\s+\w+day)\b")
# A stay's stated length: "a three-day state visit", "a one-day forum".
_STAY_LENGTH = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b", re.IGNORECASE)
# "held talks on Monday at the start of a two-day visit": a deed on a stay whose stated length runs on.
# ("joined him on Thursday for the opening of a two-day leaders' summit": a gathering's length, like a stay's)
_STAY_OF_DAYS = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\s+(?:(?:state|official|working|bilateral|leaders['’]?)\s+)?"
                           r"(?:visit|trip|stay|tour|summit)\b", re.IGNORECASE)
_STAY_ENDED = re.compile(r"\b(?:wrapp(?:ed|ing)\s+up|conclu(?:ded|ding)|end(?:ed|ing)|left|leaving|departed|returned|back|after|"
                         r"finish(?:ed|ing)|completed|home)\b", re.IGNORECASE)
# "The president's stay in South Korea, which began when he landed on Wednesday ..., is over": told as ended
_STAY_TOLD_OVER = re.compile(r"\b(?:stay|visit|trip|tour)\b[^.;]*?\b(?:is|was)\s+(?:now\s+)?over\b")
# "ended his Latin American swing in Chile, where he arrived on Wednesday": the last stop is over too
_TOUR_ENDED_IN = re.compile(r"\b(?:ended|concluded|wrapped\s+up|wound\s+up|finished|rounded\s+off)\s+(?:PER\d+|the)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:tour|trip|swing|journey)\s+in\s+(?:the\s+)?LOC(\d+)")
_STAY_DAYS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DUE_THERE = re.compile(r"\s+(?:the\s+)?LOC\d+[^,;]{0,40},\s*where\s+(?:[\w’']+\s+){0,3}?(?:is|are)\s+(?:due|expected|scheduled|set|to)\b")
_MOVED_TO = re.compile(r"(?:flew|travell?ed|went|headed|came|moved)\b", re.IGNORECASE)
# "X, also in Wilmington on Saturday, has stayed on": the stay runs on past the day told.
_STAYED_ON_AFTER = re.compile(r"\b(?:has\s+stayed|stayed|stays|is\s+staying)\s+on\b|\b(?:remains|is\s+still)\s+(?:there|in)\b")
# "flew on to Jordan, where she was meeting King Abdullah": a deed under way there (on the paper's day: there now)
_WHERE_WAS_DOING = re.compile(r"\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?LOC\d+\s*,\s*where\s+(?:PER\d+|he|she|they)\s+(?:was|were)\s+(?:meeting|holding|attending|due\s+to)\b")
# A live page's entry opening on two who do something together now: "11:40 -- Keir Starmer and Australia's Anthony
# Albanese chat in a corridor" (both at the page's gathering).
_LIVE_ENTRY_DEED = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[-–—]+|:)\s*(?P<who>(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+(?:\s*,\s*(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*"
    r"\s*,?\s+and\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)\s+(?:also\s+|briefly\s+)?(?P<verb>meet|chat|talk|speak|shake\s+hands|pose|huddle|sit|stand|"
    # ("are spotted talking on the edge of the lounge")
    r"(?:are|were)\s+(?:spotted|seen|pictured|caught)\s+(?:meeting|chatting|talking|speaking|shaking\s+hands|posing|huddling|sitting|standing))\b")
# A diary paragraph led by its day: "Friday: The Munich Security Conference opens.", "Wednesday and Thursday: ..."
_DIARY_DAY_HEAD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:and|to|-|–)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*:\s")
# A live page's entry telling an arrival just made: "09:40 - Volodymyr Zelensky has arrived"
_LIVE_ENTRY_HAS_ARRIVED = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[-–—]+|:)\s*[^.;]{0,60}?\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed|flown\s+in)\b")
# "has blocked Defence Minister X from travelling to Washington": the one kept back (his trip called off)
_BLOCKED_FROM_GOING = re.compile(r"\b(?:blocked|barred|prevented|stopped|forbade|forbidden|banned)\s+(?:[\w-]+\s+){0,3}?PER(?P<per>\d+)\s+from\s+"
                                 r"(?:travell?ing|going|flying)\s+(?:on\s+)?to\s+(?:the\s+)?LOC(?P<loc>\d+)")
# "The visit was postponed", "That trip has been called off": a trip the sentence before told, opening this one
_THE_TRIP_OPENS = re.compile(r"(?:The|That|This)\s+(?:planned\s+|proposed\s+)?(?:visit|trip|journey)\s+(?:was|has\s+been|had\s+been|is\s+being)\s+$")
_STILL_THERE = re.compile(r"\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?LOC\d+\s*,\s*where\s+(?:[\w’']+\s+){0,6}?"
                          r"(?:will|is|are|’s|'s|has\s+been)\b(?![^,.;]*\b(?:was|were|had)\b)", re.IGNORECASE)
# A visit to a person told with the place after them: "visited Biden at the White House".
_VISITED_AT = re.compile(r"\s+(?:PER\d+|the\s+\w+)\s+(?:at|in)\s+(?:the\s+)?LOC(\d+)")
# An arrival told with where it came from: "flew in late on Sunday from LOC2".
_ARRIVED_FROM = re.compile(r"[^,;.]{0,30}?\bfrom\s+(?:the\s+)?LOC(\d+)")
# "arrived on Sunday afternoon, flying in from New Delhi": where the arrival came from, told in a participle
_FLYING_IN_FROM = re.compile(r"[^;.]{0,40}?,\s*(?:flying|coming|travell?ing)\s+(?:in\s+)?(?:straight\s+)?from\s+(?:the\s+)?LOC(\d+)")
_CAME_FROM = re.compile(r"\bfrom\s+LOC(?P<loc>\d+)\s*,\s*where\s+PER(?P<per>\d+)\s+(?:had\s+)?"
                        r"(?:spent|held|met|attended|stayed|toured|visited|was|signed|taken\s+part|took\s+part|wrapped\s+up|concluded|ended)\b", re.IGNORECASE)
# "X, who came straight from Johannesburg, where the G20 summit had opened on Saturday": at that gathering before
_CAME_FROM_GATHERING_THERE = re.compile(r"\bPER(?P<per>\d+)(?:\s*,\s*who)?\s+(?:came|arrived|flew\s+in|travell?ed)\s+(?:straight\s+|directly\s+)?"
                                        r"from\s+LOC(?P<loc>\d+)\s*,\s*where\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:summit|gathering|conference|meeting|talks)\b")
# "Xi came from Hanoi, where on Monday he ...", "reached Calgary from Cyprus, the first stop of his tour", "a day after
# he flew in from Hanoi on the second stop of a tour": the leg before this one, over.
_ARRIVED_FROM_LEG = re.compile(
    r"\bPER(?P<per>\d+)(?:\s*,\s*who)?\s+(?:[\w-]+\s+){0,2}?(?:came|arrived|flew(?=\s+in\b|[^.;]{0,60}?\b(?:straight|directly)\s+from\b)|landed|reached|travell?ed|crossed|drove)\b[^.;]{0,60}?\bfrom\s+"
    r"(?:the\s+)?LOC(?P<loc>\d+)(?=\s*,\s*where\b|\s*,?\s*(?:on\s+)?(?:the|his|her|PER\d+)\s+(?:first|second|third|fourth|previous|last|earlier|opening)\s+"
    r"(?:stop|leg|stage))")
# "a journey that has taken him from Beijing to Washington, Lima and Rio de Janeiro": every place of the list, over
_TAKEN_FROM_TO = re.compile(r"\b(?:(?:has|have|had)\s+(?:already\s+|also\s+)?taken|took)\s+PER(?P<per>\d+)\s+from\s+(?:the\s+)?LOC(?P<first>\d+)\s+"
                            r"(?:on\s+)?to\s+(?:the\s+)?(?:LOC|GOV)\d+(?:\s*(?:,|,?\s+and)\s+(?:then\s+)?(?:on\s+)?(?:to\s+)?(?:the\s+)?(?:LOC|GOV)\d+)*")
# "returned last week from a run of summits in Jakarta and New Delhi": each place of the trip come back from
_RETURNED_FROM_TRIP_IN = re.compile(r"\bPER(?P<per>\d+)(?:\s*,\s*who)?\s+(?:(?:also|had|has)\s+)?returned\s+(?:home\s+)?(?:(?!from\b)[\w-]+\s+){0,4}?"
                                    r"from\s+(?:a|an|his|her|the|PER\d+)\s+(?:[\w-]+\s+){0,4}?(?:summits?|talks|meetings|trip|tour|visits?|swing)\s+"
                                    r"(?:in|to)\s+(?:the\s+)?(?:LOC|GOV)\d+(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:LOC|GOV)\d+)*")
# "returned to Moscow on Thursday night from Kyrgyzstan", "returned home from Hanoi": the place come back from was a stop
_RETURNED_HOME_FROM = re.compile(r"\bPER(?P<per>\d+)(?:\s*,\s*who)?\s+(?:(?:also|had|has)\s+)?(?:returned\s+(?:home|to\s+LOC\d+))\s+"
                           r"(?:(?!from\b)[\w-]+\s+){0,4}?from\s+(?:the\s+)?LOC(?P<loc>\d+)")
_PRESENT_RX = re.compile(
    # ("opened the meeting alongside X and Y": the host's guests of honour)
    r"\b(?P<verb>sat|sits|sitting|stood|stands|standing|was|were|is|are|"
    r"(?P<opened>opened|chaired|co-chaired|closed)\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|gathering|conference|talks))"
    r"\s+(?:\w+\s+)?(?P<prep>beside|alongside|next\s+to|among|(?<=stood\s)with|(?<=stood\s)between|(?<=standing\s)between|(?<=sat\s)between|(?<=sitting\s)between|(?:(?<=seated\s)|(?<=sitting\s)|(?<=sat\s))near(?=\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?PER\d)|"
    # ("sat at Vladimir Putin's right hand")
    r"across\s+from|opposite|face\s+to\s+face\s+with|(?:at|on)(?=\s+PER\d+(?:'s|’s)\s+(?:right|left)\b))\b",
    re.IGNORECASE,
)
_PRESENT_STEMS = ("beside", "alongside", "stood with", "next to", "among", "between", "near", "across from", "opposite", "face to face", "s right", "s left")
# ("his first time on Brazilian soil since 2015")
_FIRST_SINCE = re.compile(r"\bfirst\s+(?:(?:state|official|foreign|overseas|bilateral)\s+)?(?:(?:visit|trip)\s+(?:to|in)\s+(?:the\s+)?|(?:to|in)\s+(?:the\s+)?|"
                          r"time\s+on\s+(?=DEM\d+\s+soil))"
                          r"(?:LOC(?P<l>\d+)(?:\s+soil)?|DEM(?P<d>\d+)\s+soil|country)\s+(?:in\s+(?:more\s+than\s+|over\s+|nearly\s+)?\w+\s+years?\s+)?since\s+"
                          # ("since a brief visit in December 2021": the visit before, with its time)
                          r"(?:(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stop|stopover)\s+(?:in|on)\s+)?(?=\S)")
# "Putin's previous visit, in October 2023, was ...", "His previous visit, a one-day stop in November 2022, ...": an
# earlier trip to where the story has him now.
_PREVIOUS_VISIT_THERE = re.compile(r"\bPER(?P<p>\d+)(?:'s|’s)?\s+(?:previous|last|earlier|only\s+other)\s+(?:(?:state|official)\s+)?"
                                   r"(?:visit|trip)(?:\s+(?:here|there))?\s*(?:,\s*(?:an?\s+(?:[\w-]+\s+){0,3}?(?:stop|stopover|trip|visit|stay)\s+)?|\s+(?:was|came)\s+)"
                                   r"(?=(?:in|on|back\s+in)\s)")
# "He was last there in July", "had previously been there in 2019": a trip made to the country of the trip told before.
_WAS_THERE_BEFORE = re.compile(r"\bPER(?P<p>\d+)\s+(?:was|had\s+(?:last\s+|previously\s+|most\s+recently\s+)?been)\s+"
                               r"(?:last\s+|previously\s+|most\s+recently\s+)?there\s+(?=(?:in|on|back\s+in|last)\s)")
_AND_HOSTED = re.compile(r"\band\s+(?:later\s+|then\s+)?(?:hosted|received|welcomed)\s+PER(\d+)(?=\s+(?:in|at|on|last|with|for)\b)")
_CEREMONY_HINTS = ("funeral", "coronation", "inaugura", "sworn", "swearing", "requiem", "enthronement", "investiture",
                   "wedding", "memorial")
_CEREMONY_STORY = re.compile(r"\b(?:funeral|coronation|inauguration|inaugural|sworn\s+in|swearing-in|requiem|enthronement|investiture|"
                             r"wedding|memorial\s+service)\b", re.IGNORECASE)
# "spent only Saturday at the lakeside resort": a stay at the story's gathering (named by its venue, no place)
_SPENT_AT_VENUE = re.compile(r"\bspent\s+(?:only\s+|just\s+)?(?:\w+day|(?:a|one|two|three)\s+(?:days?|hours|nights?))\s+at\s+the\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:resort|venue|summit|conference|talks|meeting|gathering|forum)\b(?!\s+(?:in|of)\s)")
# "X stayed for both days", "stayed until the end": at the story's gathering, all of it
_STAYED_THROUGH = re.compile(r"\b(?:stayed|remained)\s+(?:on\s+)?(?:for\s+(?:both|all\s+(?:\w+\s+)?)\s*days|until\s+the\s+(?:end|close|last\s+day)|"
                             r"(?:for|through(?:out)?)\s+the\s+(?:whole|entire)\s+(?:summit|conference|meeting|gathering|event))\b")
# "A and B, the other two Quad leaders, have since flown home": they were at the story's gathering and left
# ("spoke on Wednesday and has since returned to Tehran": his own capital)
_SINCE_FLOWN_HOME = re.compile(r"\b(?:have|has)\s+(?:since|already)\s+(?:(?:flown|gone|returned|headed)\s+home\b|returned\s+to\s+(?:the\s+)?LOC(?P<home>\d+))")
# "X sat through Monday's sessions", "have sat through the same sessions of the summit here": there for them
_SAT_THROUGH = re.compile(r"\b(?:sat|sits|(?:has|have)\s+sat|(?:is|are)\s+sitting)\s+through\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:sessions?|summit|talks|meetings?|debates?|speeches|plenary|opening)\b")
# "X joined the family photo on Monday", "stood in the group photo": in the gathering's picture ("posed for" has its rule)
_IN_FAMILY_PHOTO = re.compile(r"(?<!would\shave\s)(?<!could\shave\s)\b(?:joined|joins|stood\s+in|appeared\s+in)\s+the\s+(?:[\w-]+\s+)?(?:family|group|official)\s+"
                              r"(?:photo|photograph|picture)\b")
# "..., flanked by PER2, PER4 and PER6": those beside the speaker at the story's gathering
_FLANKED_BY = re.compile(r"\bflanked\s+by\s+(?P<list>(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+(?:(?:\s*,\s*|,?\s+and\s+)(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*)")
# "X is holding a bilateral meeting with Y", "X is chatting with the Kazakh delegation": deeds being done in the
# gathering's rooms, so by one there
_DEED_IN_THE_ROOM = re.compile(r"(?<!would\shave\s)(?<!could\shave\s)\b(?:(?:holds|is\s+holding|are\s+holding)\s+(?:a\s+|an\s+|their\s+|his\s+|her\s+)?"
                               r"(?:brief\s+|short\s+|separate\s+|first\s+)?(?:bilateral|one-on-one|face-to-face)\s+(?:meeting|talks)|"
                               r"(?:is|are)\s+chatting\s+with)\b")
# "A, B and C all joined a working dinner on Wednesday night", "attended the gala banquet": at the gathering's table
_AT_GATHERINGS_TABLE = re.compile(r"(?<!would\shave\s)(?<!could\shave\s)\b(?:(?:joined|joins|(?:was|were)\s+at)\s+(?:a|the)\s+"
                                  r"(?:(?:working|state|official|leaders['’]?|ministers['’]?|summit|gala|welcome|closing|opening)\s+)?|"
                                  r"(?:attended|attends)\s+(?:a|the)\s+(?:working|leaders['’]?|ministers['’]?|gala|welcome|closing|opening)\s+)"
                                  r"(?:dinner|lunch|luncheon|breakfast|banquet)\b(?!\s+(?:in|at)\s+(?:the\s+)?(?:LOC|GOV)\d)")
# (each with the words one of its matches must hold, whether the stay is over, and whether a deed of the day before
# leaves one there still: "sat through Monday's sessions" in Tuesday's paper)
_STAYS_AT_GATHERING = ((_SPENT_AT_VENUE, ("spent",), False, False), (_STAYED_THROUGH, ("stayed", "remained"), False, False),
                       (_SINCE_FLOWN_HOME, ("home", "since returned"), True, False), (_SAT_THROUGH, ("through",), False, True),
                       (_IN_FAMILY_PHOTO, ("photo", "picture"), False, True),
                       (_AT_GATHERINGS_TABLE, ("dinner", "lunch", "breakfast", "banquet", "reception"), False, True))
# "X will not be there", "X is not there": staying away from the story's gathering
# ("Putin is not in Rio", the gathering's place)
_NOT_THERE = re.compile(r"\bPER(\d+)\s+(?:(?:will|would)\s+not\s+be|won['’]t\s+be|(?:is|was)\s+not|isn['’]t|wasn['’]t)\s+"
                        r"(?:there|here|in\s+(?:the\s+)?LOC(?P<loc>\d+))\b(?!\s+(?:to|for)\b)")
# "was present", "were there too", "are there for the European Union" (on its behalf): at the story's gathering
_BE_PRESENT = re.compile(
    r"\b(?P<verb>was|were|is|are|sat|stood)\s+(?:also\s+|both\s+|all\s+|not\s+)?(?:present|in\s+the\s+audience|in\s+attendance|on\s+hand|"
    r"(?:the\s+)?guests?\s+of\s+honou?r|"
    # ("X and Y were the most prominent guests")
    r"the\s+(?:most\s+(?:prominent|senior|notable)|best-known|only\s+foreign|first|star|main|chief)\s+(?:foreign\s+)?guests?(?=\s*[,.;])|"
    r"(?:near|in|at|on)\s+the\s+front(?:\s+rows?)?|in\s+the\s+(?:second|third|back|last)\s+rows?|there(?=\s*[,.;]|\s+(?:too|as\s+well|in\s+person)\b|\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z])|"
    r"(?:nearby|close\s+by)(?=\s*[,.;]|\s+(?:too|as\s+well)\b)|in\s+the\s+stands|"
    # "were all in the hall by mid-morning"
    r"(?P<hall>in\s+the\s+(?:main\s+|plenary\s+|conference\s+|summit\s+)?hall(?=\s*[,.;]|\s+(?:by|for|when|as|on|at|before)\b)|in\s+the\s+room(?=\s*[.;]|\s+for\b))|"
    # ("Xi Jinping is in the building": a live page's guest at the venue)
    r"(?P<building>in\s+the\s+(?:building|venue))(?=\s*[,.;])|"
    # ("are back at the Grand Prince Hotel for a session on China": at the gathering's named venue)
    r"(?P<venue>(?:back\s+)?at\s+the\s+(?:venue|(?-i:(?:[A-Z][\w'’-]+\s+){1,4}(?:Hotel|Palace|Centre|Center|Hall|Museum|Expo)))"
    r"(?=\s*[,.;]|\s+(?:for|this|on)\b))|"
    # "was one of more than twenty foreign leaders at the parade"
    r"(?:one|among)\s+of\s+(?:the\s+)?(?:more\s+than\s+|some\s+|about\s+|nearly\s+|around\s+)?(?:\w+\s+){0,2}?(?:foreign\s+)?"
    r"(?:leaders|guests|heads\s+of\s+state)\s+(?=at\b)|"
    # ("Lavrov is sitting in Russia's seat": in his country's place at the gathering's table)
    r"(?:(?<=is\s)|(?<=was\s)|(?<=are\s)|(?<=were\s))(?:sitting|seated)\s+in\s+(?:LOC\d+(?:'s|’s)|(?:the\s+)?DEM\d+|(?:his|her)\s+country(?:'s|’s))\s+seat|"
    r"(?<=sat\s)in\s+(?:LOC\d+(?:'s|’s)|(?:the\s+)?DEM\d+|(?:his|her)\s+country(?:'s|’s))\s+seat|"
    r"on\s+the\s+(?:reviewing\s+)?(?:tribune|stand|podium|dais|rostrum)|at\s+the\s+(?:podium|rostrum|lectern))\b")  # ("is at the podium")
_NOT_AFTER_BE = re.compile(r"\w+\s+not\b")
_ACCOMPANIED = re.compile(
    r"\bPER(?P<a>\d+)\s*,\s*who\s+(?:had\s+|has\s+|is\s+|was\s+)?(?:accompanied|accompanying|(?:flew|travell?ed|arrived|came|landed)\s+(?:(?!PER\d)[\w-]+\s+){0,5}?(?:in\s+)?with(?:\s+(?:[A-Z][\w-]*|of))*?)\s+PER(?P<b>\d+)|"
    r"\bPER(?P<b2>\d+)(?:\s*,\s*who)?\s+(?:was|is|were|are|had\s+been|has\s+been|will\s+be)\s+accompanied\s+"
    # ("by PER3 PER1": "his foreign minister, X", the possessive masked as the leader, then the titled name)
    r"(?:on\s+(?:the|this|his|her|PER\d+)\s+(?:[\w-]+\s+)?(?:trip|visit|journey|tour)\s+|(?:to|in)\s+LOC\d+\s+)?by\s+(?:(?:his|her|their|the|PER\d+(?=\s+PER\d))\s+)?"
    # ("by Foreign Secretary Juan Ramón de la Fuente and Economy Secretary PER1": one the reference does not know first)
    r"(?:(?:(?!PER\d)[\w-]+\s+){2,7}?and\s+)?(?:(?!PER\d)[\w-]+\s+){0,4}?(?:(?!PER\d)[\w-]+\s*,\s*)?PER(?P<a2>\d+)|"
    # "Foreign Minister X is travelling with the president."
    r"\bPER(?P<a5>\d+)\s+(?:(?:is|was|are|were)\s+(?:also\s+)?(?:travell?ing|flying)|(?:also\s+)?(?:travell?ed|flew))\s+with\s+PER(?P<b5>\d+)|"
    # "Foreign Minister X was among the officials accompanying Erdogan in Cairo."
    r"\bPER(?P<a6>\d+)\s+(?:and\s+[^,.;]{1,60}?\s+)?(?:is|was|were|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:accompanying|travell?ing\s+with)\s+PER(?P<b6>\d+)|"
    # "Among those accompanying Putin is the foreign minister, Sergei Lavrov."
    r"\b[Aa]mong\s+those\s+(?:accompanying|travelling\s+with|traveling\s+with)\s+PER(?P<b4>\d+)\s+(?:is|are|was|were)\s+"
    r"(?:(?:his|her|the)\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+\s*,\s*)?PER(?P<a4>\d+)|"
    # "European officials said X, and Britain's Y would go with him, as would Z": a coordinated subject goes with the leader
    r"\bPER(?P<a7>\d+)(?P<more7>(?:\s*,?\s*(?:and\s+)?(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+)*)\s+(?:will|would)\s+(?:also\s+)?"
    r"(?:go|travel|fly)\s+with\s+PER(?P<b7>\d+)(?P<as7>\s*,\s*as\s+(?:will|would)\s+PER\d+)?|"
    # "Foreign Minister Sugiono accompanied the president to Russia", "Lavrov and an aide accompanied Putin",
    # "X, who stays on as foreign minister, is accompanying Carney on both legs"
    r"\bPER(?P<a3>\d+)(?:\s*,\s*who\s[^,;]{0,80},)?\s+(?:and\s+[^,.;]{1,40}?\s+)?(?:(?:is|are|was|were)\s+)?(?:also\s+)?"
    r"(?:accompanied|accompanying)\s+PER(?P<b3>\d+)|"
    # "X arrived in Moscow on Tuesday, accompanied by Foreign Minister Y": a participle after the trip's clause
    # ("..., accompanied by his foreign minister, Y": "his" is masked as the leader, before a role in lower case or
    # the role and name the masker joined)
    # ("X held talks with Y at the White House on Friday, accompanied by Z": the one met is no leader of the party)
    r"\bPER(?P<b8>\d+)(?:\s*,)?\s+(?:(?!PER\d)[^.;]|(?<=with\s)PER\d+){1,100}?(?:,\s*|\s+)accompanied\s+by\s+(?:(?:his|her|the|PER\d+(?=\s+(?:[a-z]|PER\d)))\s+)?(?:(?!PER\d)[\w-]+\s+){0,4}?"
    r"(?:(?!PER\d)[\w-]+\s*,\s*)?PER(?P<a8>\d+)")
# "X landed on Monday night with Secretary of State Y", "arrived in Ankara on Monday with Y": they came together
# (not "arrived for talks with Y": the one met)
_LANDED_WITH = re.compile(r"\bPER(?P<leader>\d+)\s+(?:landed|arrived|flew\s+in)\b"
                          r"(?:(?!PER\d|\b(?:talks?|meetings?|meet|met|dinner|lunch|calls?|summit|sessions?|counterparts?)\b)[^,.;]){0,50}?\s+with\s+PER(?P<companion>\d+)")
# "The visit follows a stop in Athens on Sunday ... and a day in Paris on Monday": the stops made before the trip told
# (its owner named, or the trip just told).
# "before ending the tour in Latvia": the tour's last stop, told by the going verbs (the clause's subject's, not
# the one met just before)
_ENDING_TOUR_AT_END = re.compile(r"\bending\s+(?:the\s+(?:[\w-]+\s+){0,2}?)?$")
_VISIT_FOLLOWS = re.compile(r"\b(?:[Tt]he|[Tt]his|PER(?P<per>\d+)(?:'s|’s)?)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stop|stay)\s+"
                            r"(?:follows|comes\s+after|came\s+after|followed)\s+")
# ("follows state visits to LOC0 in March and to LOC1 in September": plural trips with no article, and the next of the list)
_STOP_BEFORE_IN = re.compile(r"(?:\b(?:a|an|his|her|two|three)\s+(?:[\w-]+\s+){0,2}?(?:stop|stopover|visit|trip|day|days|stay|weekend|leg)|"
                             r"\b(?:[\w-]+\s+)?(?:visits|trips|stops)|(?<=\d)\s+(?:in\s+\w+\s+)?(?:,\s*)?and)\s+"
                             r"(?:in|to)\s+(?:the\s+)?LOC(?P<loc>\d+)(?![^,;.]{0,40}?\bby\s)")
# "Defence Minister X would be part of the delegation": on the trip the article tells as planned.
_PART_OF_DELEGATION = re.compile(r"\bPER(\d+)\s+(?:will|would)\s+(?:also\s+)?(?:be\s+(?:part\s+of|among|in|on)|join)\s+"
                                 r"(?:the|his|her|PER\d+(?:'s|’s)?)\s+(?:[\w-]+\s+)?delegation\b")
# "X also joined the delegation", "X and Y joined the Russian delegation": on the trip just told.
_IN_DELEGATION = re.compile(r"\bPER(?P<p>\d+)(?P<more>(?:\s*,\s*(?:and\s+)?|\s+and\s+)PER\d+)*\s+(?:also\s+)?joined\s+"
                            r"(?:the|his|her|PER\d+(?:'s|’s)?)\s+(?:[\w-]+\s+)?delegation\b")
# "Putin brought with him a delegation heavy on energy executives, as well as Lavrov and Belousov": his companions.
_BROUGHT_WITH = re.compile(r"\bPER(?P<leader>\d+)\s+(?:also\s+)?(?:brought|took|has\s+brought|is\s+bringing)\s+(?:with\s+(?:him|her|PER\d+)|along)\s+"
                           r"(?P<list>[^.;]*)")
# "X, who has been in Kazakhstan since Wednesday, was joined in the capital by A's Y, B's Z and C's W": those who joined him
# there (not by video or telephone)
_JOINED_THERE_BY = re.compile(r"\bPER(?P<leader>\d+)(?:\s*,\s*who\s[^;]{0,120}?,)?\s+(?:was|were|had\s+been|has\s+been|is|are)\s+(?:also\s+|later\s+)?"
                              r"(?P<joined>joined)\s+(?:(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?(?:(?:on|this|last|later)\s+\w+\s+)?by\s+"
                              r"(?!(?:video|telephone|phone|a\s+video)\b)(?P<list>[^.;]*)")
# "EU leaders gather in Brussels on Thursday, with X expected to join them": X's plan, to the place the clause told
_WITH_EXPECTED_TO_JOIN = re.compile(r"\bLOC(?P<loc>\d+)\b[^;.]{0,80}?,\s*with\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:[\w'’-]+\s+){0,3}?PER(?P<per>\d+)\s+"
                                    r"(?:also\s+)?(?:expected|due|set|scheduled)\s+to\s+(?:join|attend|take\s+part)\b")
# "He invited the Indian leader to the G7 summit he is hosting in Hiroshima in May, and Modi accepted": a plan agreed
_INVITED_AND_ACCEPTED = re.compile(r"\binvited\s+PER(?P<guest>\d+)\s+to\b(?P<what>[^;.]{1,100}?),?\s+and\s+PER(?P<acc>\d+)\s+(?:has\s+|had\s+)?accepted\b")
# "X invited Putin ... to visit North Korea at a convenient time. Putin accepted the invitation": the invitation the
# sentence before told, accepted
_ACCEPTED_THE_INVITATION = re.compile(r"^\s*PER(\d+)\s+(?:has\s+|had\s+|also\s+)?accepted\s+(?:the|that|this)\s+invitation\b")
_INVITED_TO_VISIT = re.compile(r"\binvited\s+(?:[\w-]+\s+){0,2}?PER(?P<guest>\d+)\b[^.;]{0,100}?\bto\s+(?:pay\s+a\s+(?:[\w-]+\s+)?visit\s+to|visit|come\s+to|travel\s+to)"
                               r"\s+(?:the\s+)?LOC(?P<loc>\d+)")
# "on both legs", "throughout the trip": every stop of the trip told, not only the last.
_ALL_LEGS = re.compile(r"\s+(?:on\s+(?:both|all)\s+(?:\w+\s+)?(?:legs|stops|stages)|throughout\s+the\s+(?:trip|tour|visit)|"
                       r"on\s+the\s+(?:whole|entire)\s+(?:trip|tour))\b")
# More companions after the first: ", and by PER3 predecessor PER1", "and PER4".
_MORE_COMPANIONS = re.compile(r"(?:\s*,[^,;.]{0,60}?,)?\s*(?:,\s*)?(?:and\s+)?(?:by\s+)?(?:(?:his|her|their|the|PER\d+)\s+)?(?:[\w'’-]+\s+){0,2}?PER(\d+)")
# "Also on the reviewing stand were ...", "Among the guests in LOC0 were ...", "Also in the Chinese capital were ...":
# the subject comes after.
_INVERTED_PRESENCE = re.compile(
    r"(?:^|[,;:—–-]\s*|\b(?:Also|also)\s+)(?:(?<=lso )in\s+(?:the\s+(?:DEM\d+\s+)?(?:capital|city)|LOC\d+|town(?:\s+this\s+week)?)|"
    # "Also attending were X and Y", "Also present were ..."
    r"(?<=lso )(?:attending|present|there|in\s+attendance|taking\s+part)|(?:[Aa]cross|[Aa]round|[Aa]t)\s+the\s+table|(?:on|in|at)\s+the\s+(?:\w+\s+)?(?:reviewing\s+stand|stand|podium|dais|platform|"
    r"front\s+rows?|top\s+table|tribune)|(?:Seated|Sitting|Standing|Waiting|seated|sitting|standing|waiting)\s+[^,;]{1,60}?|"
    # ("Nearby were X, Y and Z", "Close by was X": near the one just told)
    r"(?:Nearby|Close\s+by|Next\s+to\s+(?:him|her|them|PER\d+))|"
    # ("Joining them are X and Y")
    r"(?:Joining|joining)\s+(?:him|her|them|PER\d+(?:\s+and\s+PER\d+)?)|"
    r"[Aa]mong\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:those\s+(?:present|attending|there|in\s+attendance|received|welcomed|greeted|gathered)|those(?=\s+(?:who|that|expected|due|confirmed)\s)|"
    r"guests|leaders|attendees|dignitaries|mourners|delegates|participants|visitors|arrivals|heads\s+of\s+(?:state|government)|"
    # ("X greeted arrivals on a red carpet. Among the first were A, B and C")
    r"(?<=the\s)(?:very\s+)?first(?:\s+to\s+(?:arrive|come))?)"
    r"(?:\s+(?:who|that)\s+[^,;]{1,50}?)?(?P<expected>\s+(?:expected|due|confirmed|(?:already\s+)?confirmed\s+so\s+far))?)"
    # ("Around the table with Joly and Rubio are ...": with the ones just told)
    r"(?:(?<=table)\s+with\s+(?:him|her|them|PER\d+(?:\s+and\s+PER\d+)?))?"
    # ("Among the African guests at Thursday's outreach session was X")
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:LOC\d+|EVT\d+|parade|summit|ceremony|celebrations?|gathering|talks|resort|city|capital|palace|session|dinner|banquet))?"
    # ("Around the table sat X, Y and Z", "Around the table at Lancaster House sat ...": the verb of sitting is the past "were")
    r"\s+(?P<tense>were|was|are|is|will\s+be|(?<=table\s)sat|(?<=table\sat\sLOC\d\s)sat|(?<=table\sat\sLOC\d\d\s)sat)\s+")
# "The outreach guests are here: A, B and C": a live page's arrivals, listed after the colon (read as _INVERTED_PRESENCE is)
_GUESTS_ARE_HERE = re.compile(r"\b(?:The|the)\s+(?:[\w-]+\s+){0,2}?(?:guests|visitors|leaders|arrivals)\s+(?P<tense>are|were)\s+(?:all\s+|now\s+)?"
                              r"(?:here|there)\s*:\s*")
# "Also now inside: A, B and C", "Also here: A": each named head of the list is at the story's gathering now
_PRESENT_HEAD = re.compile(r"(?:^|[.]\s+|\d\s+[—–-]\s+)(?:Also\s+(?:now\s+)?(?:inside|here|present|arriving|in\s+the\s+(?:room|hall))|"
                           # ("Behind them in the front row: A, B and C")
                           r"(?:(?:Behind|Beside|Next\s+to)\s+(?:him|her|them|PER\d+)\s+in|In)\s+the\s+front\s+rows?|"
                           r"(?:First|Next)\s+(?:through\s+the\s+door|to\s+arrive|in))\s*:\s*")
# "Also absent: A, who has sent his premier; B, represented by an aide; and C": each named head of the list stays away
# from the story's gathering (whatever the clauses after each name say).
_ABSENT_HEAD = re.compile(r"(?:^|[.:]\s+|\d\s+)(?:Also\s+|also\s+)?(?:[Aa]bsent|[Mm]issing)(?:\s*[:—–]|\s+(?:were|was|are|is)\b)\s*"
                          r"(?=(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}?PER\d)")
_CLAUSE_AFTER_NAME = re.compile(r",\s*(?:who|whose|whom|which|represented|sent|sending|with)\b[^,;]*")
_ALSO_ATTENDING = re.compile(r"\b[Aa]lso\s+(?:attending|present|there|in\s+attendance|taking\s+part)\b")
# "Among those who are coming is X", "Among the leaders who will attend are ...": still to come.
_WHO_ARE_COMING = re.compile(r"\b(?:who|that)\s+(?:(?:are|is)\s+(?:coming|flying\s+in|due|expected|set|scheduled)|will|plan)\b")
_OBJECT_BEFORE = re.compile(r"\b(?:with|by|of|to|met|meets|from|for|and\s+not)\s+$")
# The list after it: names with their appositions and relative clauses, to the sentence's end.
_ARRIVED_WORD = re.compile(r"\b(?:arrived|landed|flew\s+in)\b")
# ("were the European leaders who had crossed the Atlantic to stand beside him: X, Y and Z": the group, then its names)
_INVERTED_LIST = re.compile(r"(?P<group>the\s+(?:[\w-]+\s+){0,3}?(?:leaders|guests|ministers|presidents)\b[^:;.]{0,100}:\s*)?"
                            r"(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER\d+[^.;]*")
_AMONG_AT = re.compile(r"\s+(?:the\s+)?(?:\w+\s+){0,5}?(?:leaders|those|guests|heads\s+of\s+(?:state(?:\s+and\s+government)?|delegations?)|dignitaries|participants|"
                       # ("among the leaders seated in the summit hall", "among those who took their seats for the closing session")
                       # ("among the delegations from more than 50 countries seated in a tent")
                       r"attendees|delegates|officials|ministers|delegations(?=\s+from\s+(?:[\w-]+\s+){1,5}?(?:seated|attending|present|gathered)\b))"
                       r"(?:\s+from\s+(?:[\w-]+\s+){1,4}?[\w-]+)?\s+(?:at|in|(?P<there>attending|present|watching|taking\s+part|gathered|around\s+the\s+table|"
                       r"seated|(?:who|that)\s+took\s+(?:their|his|her)\s+seats?|"
                       # ("were among the leaders who spoke to reporters on arrival")
                       r"(?:who|that)\s+(?:stopped\s+to\s+)?(?:spoke|speak|talked|talk)\s+to\s+(?:reporters|journalists|the\s+press|the\s+media)\s+"
                       r"(?:on|upon|as\s+they)\s+arriv(?:al|ed)|"
                       # ("were among the ministers welcomed on Monday by Italy's X": the host's guests)
                       r"(?:welcomed|received|greeted)\s+(?:[\w-]+\s+){0,3}?by|"
                       r"(?P<who>(?:who|that)\s+(?:also\s+)?(?:attended|came|were\s+there|made\s+the\s+trip|took\s+part|did\s+(?:come|attend|make\s+the\s+trip)))|"
                       # "were among the leaders who landed in the capital that day": arrivals
                       r"(?P<landed>(?:who|that)\s+(?:also\s+)?(?:landed|arrived|flew\s+in(?:to)?|stepped\s+off\s+the\s+plane)))|"
                       r"(?P<expected>expected\s+(?:to\s+(?:attend|come|take\s+part|be\s+there)|at|in)|expected(?=\s*(?:[,.;]|$))))\b|"
                       r"\s+(?:the\s+|today(?:'s|’s)\s+|(?:this|the)\s+\w+(?:'s|’s)\s+|the\s+first\s+|the\s+latest\s+)(?P<arrivals>arrivals|(?<=first\s)to\s+(?:land|arrive))\b|"
                       # "was also among the mourners": the story's gathering, named by its crowd
                       # ("was among about 50 foreign delegations, along with X": the delegations told by their number)
                       r"\s+(?:the\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)(?:\w+\s+){0,2}?(?P<crowd>mourners|guests|dignitaries|attendees|speakers|(?<=\s)delegations)"
                       r"(?=\s*(?:[,.;]|$)|\s+and\s|\s+on\s+(?:the\s+)?\w+\s*(?:day\s*)?[,.;]|"
                       # ("are among the guests along with X and Y": those with them too)
                       r"\s+(?:along|together)\s+with\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?PER\d)", re.IGNORECASE)
# Where the words on an arrival end: "..., where", "..., which opened on Monday", "... and is expected to"
_OWN_ARRIVAL_WORDS_END = re.compile(r",\s*(?:where|which|who)\b|\s+and\s+(?:is|was|will|would|are|were|has|had)\b")
# "... along with South Korea's X and Philippine President Y", "is also attending, along with Burundi's X": more names
# with those just told
_ALONG_WITH_NAMES = re.compile(r"\s*,?\s+(?:along|together)\s+with\s+(?:(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:[\w.-]+\s+){0,3}?PER\d+(?:\s*,\s*|,?\s+and\s+)?)+")
# "China is represented in Jakarta by ...": the place told in the match
_REPRESENTED_IN_PLACE = re.compile(r"represented\s+in\s+(?:the\s+)?LOC(\d+)")
# "has sent Premier Li Qiang to several gatherings": sent on elsewhere (an aside may come between)
_SENT_ON_TO = re.compile(r"\s*(?:,[^,]*,\s*)?to\b")
# The tense each form of "send" tells the envoy's stay in ("has sent X instead": there now)
_SENT_TENSE = {"sent": "was", "has sent": "is", "sends": "is", "is sending": "is", "will send": "will be"}
# "China is represented by Premier Li Qiang", "Those attending include X and Y": at the gathering told of.
_AT_GATHERING_RX = re.compile(
    r"\b(?:(?:(?:LOC|DEM|GOV)\d+|the\s+(?:kingdom|country|republic|emirate|sultanate))\s+(?P<tense>is|are|was|were|will\s+be)\s+(?:being\s+)?represented\s+(?:(?:here\s+|in\s+(?:the\s+)?LOC\d+\s+|at\s+the\s+(?:summit|talks|meeting)\s+))?by|"
    # ("Turkey sent its foreign minister, Hakan Fidan": the envoy is there)
    r"(?:(?:LOC|GOV)\d+|the\s+(?:kingdom|country|republic|emirate|sultanate))\s+(?P<sent>sent|sends|is\s+sending|has\s+sent|will\s+send)(?=\s+(?:(?:its|his|her|the)\s|(?:[A-Z][\w-]*\s+){0,3}PER\d))|"
    r"(?:those|leaders|guests|others)\s+(?:attending|present|taking\s+part|who\s+(?:did\s+)?(?:made|make|came|come|attended|attend|flew\s+in)"
    r"(?:\s+the\s+(?:trip|journey))?)\s+(?P<tense2>include|includes|included|are|were|will\s+include)|"
    r"(?:LOC\d+(?:'s|’s)\s+|DEM\d+\s+|the\s+)?delegation\s+(?:also\s+)?(?P<tense3>includes|included|will\s+include|is\s+led\s+by|was\s+led\s+by))"
    r"\s+(?:[\w'’-]+,?\s+){0,4}?PER(?P<per>\d+)",
    re.IGNORECASE,
)
# "China is represented by Premier X, rather than by President Y": the one passed over stayed away.
_RATHER_THAN_BY = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:by\s+)?(?:(?!PER\d)[\w'’-]+\s+){0,3}?PER(\d+)")
# (the envoy may be no one watched: "Russia is represented by X, a deputy head of ..., rather than by President Y")
_REPRESENTED_RATHER_THAN = re.compile(r"\b(?:LOC|DEM|GOV)\d+\s+(?P<tense>is|was|will\s+be)\s+(?:being\s+)?represented\s+by\s+"
                                      r"(?:(?!PER\d)[^.;]){1,120}?\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:by\s+)?(?:(?!PER\d)[\w'’-]+\s+){0,3}?PER(?P<per>\d+)")
# A list of people running to the sentence's end: "included LOC0's PER1, who arrived on Friday, LOC2's PER3 and PER5."
_LIST_END = re.compile(r";|\.\s|,\s*(?:while|but|although|though|whereas|after|before|when|as)\b")
_RELATIVE_IN_LIST = re.compile(r",\s*(?:who|whose|whom|which)\b[^,;]*")
_PER_LIST = re.compile(r"\s+(?:\w+\s+){0,2}?PER\d+(?:\s*(?:,|and|,\s*and)\s+(?:[\w’']+\s+){0,3}?PER\d+)*")
_COUNTRY_POSSESSIVE_END = re.compile(r"(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+$")
_NEXT_LEG = re.compile(r"^[^;:]*?,?\s+(?:followed\s+by|and\s+then|then)\s+(?:on\s+)?(?:\w+\s+){0,3}?(?:in|to)\s+"
                       r"(?:the\s+)?LOC(\d+)", re.IGNORECASE)
_AND_THEN = re.compile(r",\s*(?:and|then|and\s+then)\s+(?:also\s+)?$", re.IGNORECASE)
# "X was invited but did not attend": a "but" clause with no subject of its own shares the first clause's
_BUT_NO_SUBJECT = re.compile(r"^\s*(?:then\s+|later\s+|in\s+the\s+end\s+|eventually\s+)?(?:did|does|would|will|could|can|"
                             r"had|has|never|chose|decided|opted|declined|refused|pulled|stayed|skipped)\b")
_LOC_TOKEN = re.compile(r"\bLOC(\d+)")
# "made the same journey in September, meeting X in Busan": a participle hung on a trip told as done
_DONE_TRIP_BEFORE_PARTICIPLE = re.compile(r"\b(?:made|went|travell?ed|flew|visited|returned)\b(?!\s+(?:back|home)\b)[^;,]{0,80},\s*$")
_PROSPECT_AT_END = re.compile(r"\b(?:possible|potential|proposed|prospective|mooted|hoped-for|planned|expected)\s+$", re.IGNORECASE)
_DROPPED_PLAN_AT_END = re.compile(r"\b(?:called\s+off|calls\s+off|cancel(?:l)?(?:ed|s)|scrapped|scraps|shelved|shelves|abandoned|dropped)\s+"
                                  r"(?:his\s+|her\s+|their\s+|the\s+)?plans?\s+to\s+$", re.IGNORECASE)
# ("the Ukraine Recovery Conference in Rome": a name of capitalised words)
_NAMED_GATHERING_IN = re.compile(r"\s+(?:peace\s+|leaders'?\s+|(?-i:[A-Z][a-z]+\s+){1,3})?(?:summit|conference|talks|meeting|forum)\s+(?:in|at)\s+(?:the\s+)?LOC(\d+)",
                                 re.IGNORECASE)
# "attending his last summit before his term ends in December", "since his country became a member in January": a clause
# with a subject and verb of its own, whose time is not the trip's
# "that 2024 was on track to be the hottest year": a year that is the subject of its clause
_YEAR_AS_SUBJECT = re.compile(r"\s+(?:was|is|will\s+be|has\s+been|had\s+been|would\s+be)\b")
# "before leaving office in October", "since taking office in January": the time of the office, not of a trip
_OFFICE_CHANGE_BEFORE_DATE = re.compile(r"\b(?:leaving|left|leaves|taking|took|takes|assuming|assumed|assumes)\s+office\s+(?:in|on|at\s+the\s+end\s+of)?\s*$")
_OWN_CLAUSE_BEFORE_DATE = re.compile(r"\b(?:before|since|after|until|when)\s+(?:his|her|their|its|the|PER\d+)\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:ends|ended|became|becomes|changes|changed|expires|expired|joined|began|begins|starts|started|"
                                     r"steps\s+down|stepped\s+down|took\s+office|takes\s+office)\b[^,;]{0,40}$|"
                                     # ("held talks on restoring relations that collapsed in 2023": the relations' time)
                                     r"\b(?:that|which)\s+(?:had\s+)?(?:collapsed|broke\s+down|froze|soured|deteriorated|erupted|broke\s+out)\b[^,;]{0,40}$")
_EXPECTED_IN = re.compile(r"\b(?:had\s+been|was|were)\s+(?:widely\s+)?expected\s+in\s+(?:the\s+)?LOC(\d+)")
_THAT_TRIP = re.compile(r"\s+(?:that|the|this|his|her|PER\d+)\s+(?:trip|visit|journey)\b(?!\s+(?:to|in|of)\b)")
_AFTER_DOING = re.compile(r"\b(?:after|since|following)\s+$", re.IGNORECASE)
# The one-day ceremonies a story may be about (their day dates those told at them; a summit told beside them is another).
_ONE_DAY_CEREMONIES = frozenset({"funeral", "inauguration", "coronation"})
_GATHERING_WORDS = ("summit", "forum", "conference", "gathering", "evt", "funeral", "inauguration", "coronation", "parade", "session",
                    " mass")
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|confirmed|warned|added|stated|reported|declared|wrote)"
                      r"(?:\s+(?!on\b)\w+){0,2}\s+(?:late\s+|early\s+)?(?:on\s+)?$")
_DATE_AS_NAME = re.compile(r"\s*(?:(?!(?:over|for|against|after|about|on|in|of|by|amid|during)\b)\w+\s+)?(?:attacks?|massacres?|raids?|invasion|assault|offensive|incursion|killings?|"
                           r"bombings?|coup|uprising|elections?|vote|referendum|war|crackdown|strikes?)\b", re.IGNORECASE)
_OPENED_BEFORE = re.compile(r"\b(?:opened|opens|began|begins|got\s+under\s+way|gets\s+under\s+way|gathered|gather|convened|(?<=leaders\s)(?:met|meeting)|(?<=ministers\s)(?:met|meeting)|(?<=countries\s)(?:met|meeting)|"
                            r"kicked\s+off|started)\b(?:\s+[\w,'’]+){0,5}\s+(?:on\s+)?$", re.IGNORECASE)
_SINCE_WORD = re.compile(r"\bsince\b")
# A sentence whose subject is a churchman the reference never holds ("On Friday the pope travels to Iznik")
_CLERIC_SUBJECT = re.compile(r"(?:On\s+\w+day\s+|Later\s+|Then\s+)?[Tt]he\s+(?:pope|pontiff|patriarch|Holy\s+Father)\b")
_OPENING_PRONOUN = re.compile(r"(?:[^:]{0,30}:\s+)?(?:He|She|His|Her)\b")
# "In January he ...": a sentence whose first pronoun is a subject ("he", "she"), not "his" or "him"
_PRONOUN_SUBJECT_FIRST = re.compile(r"(?:(?!\b(?:[Hh]im|[Hh]is|[Hh]er|[Hh]erself|[Hh]imself)\b)[^.])*?\b(?:[Hh]e|[Ss]he)\b")
# A deed told at a named gathering in a place: "At the BRICS summit in Johannesburg earlier in the week, Lula championed
# ...", "Modi said at the BRICS summit in Johannesburg that ...", "the summit in Johannesburg, where Lula championed ...": the
# doer was there (the verb's tense tells when).
_GATHERING_PHRASE = (r"(?:the|this|last\s+(?:week|month|year)(?:'s|’s)|this\s+(?:week|month|year)(?:'s|’s)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:'s|’s))\s+"
                     r"(?:[\w'’-]+\s+){0,4}?(?:summit|conference|forum|gathering|assembly|EVT\d+)\s+in\s+(?:the\s+)?LOC(?P<loc>\d+)")
_DEED_AT_GATHERING = re.compile(r"^\s*(?:At|During)\s+" + _GATHERING_PHRASE + r"(?P<time>[^,;:.]{0,40}),\s+PER(?P<per>\d+)\s+(?:also\s+|later\s+|then\s+)?"
                                r"(?P<verb>will\b|(?!(?:is|was|has|had|are|were|would|could|may|might)\b)[a-z]+(?:ed|s)\b|said|told|spoke|met|made|gave|took|"
                                r"won|sought|set|put|led|held|sat|stood|struck|wrote|broke|drew|chose|threw|saw|left|went|came|became|began|ran|"
                                r"brought|thought|fought|sent|spent|paid|laid|rose|shook)|"
                                r"\bPER(?P<per2>\d+)\s+(?P<verb2>said|told\s+(?:reporters|journalists|leaders|delegates)|spoke|warned|urged|pledged|called|announced|"
                                r"argued|insisted|promised|says|tells\s+(?:reporters|journalists|leaders|delegates)|speaks|warns|urges|pledges|calls|announces)\s+"
                                r"at\s+" + _GATHERING_PHRASE.replace("(?P<loc>", "(?P<loc2>") + "|"
                                # "The tour began with the BRICS summit in Johannesburg earlier in the week, where Lula championed ..."
                                r"\b(?:summit|conference|forum|gathering|assembly|EVT\d+)\s+in\s+(?:the\s+)?LOC(?P<loc3>\d+)[^,;.]{0,40},\s+where\s+"
                                r"PER(?P<per3>\d+)\s+(?:also\s+)?(?P<verb3>(?!(?:is|was|has|had|are|were|would|could|may|might)\b)[a-z]+ed|said|told|spoke|met|made|gave|took|won|"
                                r"sought|set|put|led|held|sat|stood|struck|wrote|broke|drew|chose|saw|became|began|brought|fought|sent|laid|shook)\b")
_WILL_WORD = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to)\b")
# A time put first in a sentence, then a comma: "Last month,", "In March,", "Earlier this year,".
_FRONTED_TIME = re.compile(r"(?:Last|Earlier|In|This|Two|Three|Several|A)\s[^,;]{0,25},\s")
_TIMELINE_HEAD = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{4}"
                            # ("Monday: X began four days in India": a weekly round-up's day)
                            r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*[:—–-]\s")
_WITH_STOPS = re.compile(r"\b(?:(?:with|including|and|before)\s+(?:a\s+|two\s+|three\s+|further\s+)?stops?|stopping(?:\s+off)?)\s+in\s+(?:the\s+)?LOC\d+"
                         r"(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?LOC\d+)*")
_PLACE_NOUN = re.compile(r"\bPER(?P<p>\d+)(?:'s|’s)\s+(?:(?:first|second|planned|upcoming|recent|latest|last|next|surprise|"
                         r"long-awaited|brief|rare|state|official)\s+){0,2}(?:LOC|GOV)(?P<l>\d+)\s+(?:(?:state|official|working)\s+)?"
                         r"(?:visit|trip|stopover|tour|summit)\b(?!\s+(?:to|of|by)\b)")
_PLACE_NOUN_AHEAD = re.compile(r"\s+(?:will|is\s+(?:due|expected|set|scheduled|planned|to)|would)\b|\s+(?:next|later\s+this)\b")
_PLACE_NOUN_DONE = re.compile(r"\s+(?:was|ended|drew|came|began|produced|yielded|brought|last\s+\w+|in\s+(?:January|February|March|"
                              r"April|May|June|July|August|September|October|November|December|\d{4}))\b")
_SENT_TO = re.compile(r"\bPER(?P<s>\d+)\s+(?:\w+\s+){0,2}?(?P<verb>sent|sends|is\s+sending|will\s+send|dispatched|will\s+dispatch)\s+"
                      # (not "sent a letter inviting X to Riyadh": the letter went)
                      r"(?!(?:[\w-]+\s+){0,3}?(?:letters?|messages?|notes?|invitations?|inviting|greetings|congratulations)\b)"
                      r"(?:(?:his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?PER(?P<o>\d+)(?:\s*,\s*[^,]{1,40},)?\s+to\b")
# Sending someone to the gathering instead of going: "PER0 ... sent the deputy head of his administration".
_SENT_DEPUTY = re.compile(r"\b(?:sent|sends|is\s+sending|will\s+send|dispatched|has\s+sent)\s+(?:(?:his|her|its|their|a|an|the|PER\d+)\s+(?:[\w-]+\s+){0,3}?|"
                          # ("Xi sent Vice-Premier Ding Xuexiang": a title with no article)
                          r"(?=(?:Vice[-\s]+Premier|Vice[-\s]+President|Deputy|Premier|Prime\s+Minister|Foreign\s+Minister)\b))"
                          r"(?:deputy|deputies|envoy|representative|minister|vice[-\s]+premier|premier|prime\s+minister|vice[-\s]+president|delegation|"
                          r"aide|adviser|advisor|son|daughter|wife|husband)\b(?![^,.;]{0,60}?\bto\s+(?:the\s+)?LOC)", re.IGNORECASE)
# "EU leaders gather in Brussels, with X expected to join them": an aside's forecast, placed by its own rule
_WITH_EXPECTED_AT_END = re.compile(r"\bwith\s+PER\d+\s+expected\s+to\s+$")
# The subject apposed before a participle: "PER0, attending ..."
_APPOSED_SUBJECT_AT_END = re.compile(r"PER\d+\s*,\s*$")
# ("X, attending his first meeting, travelled to Harare": the participle's clause ends before the main verb of going)
_MAIN_MOVE_AFTER_APPOSITION = re.compile(r"[^;.]*?,\s*(?:(?:travell?ed|flew|went|came|headed)\s+to|arrived\s+in)\s+(?:the\s+)?LOC\d")
# ("The President will only be in Beijing for a short time", told of a stay under way: no trip ahead)
_WILL_BE_THERE = re.compile(r"\bwill\s+(?:only\s+|also\s+|still\s+)?(?:be|stay|remain)\s+in\b")
# A person told as the object of a preposition or a meeting verb: not whom "he" next points back to.
_OBJECT_BEFORE_PER = re.compile(r"\b(?:summit|meeting|talks|call|dinner|lunch|encounter|walk|stroll|handshake)\s+with\s+$")
_IN_HIS_PLACE = re.compile(r"\b(?:in\s+(?:his|her|PER\d+(?:'s|’s)?)\s+(?:place|stead)|instead|rather\s+than\s+(?:risk(?:ing)?|make|making|go|going|"
                           r"travel(?:l?ing)?|attend(?:ing)?|come|coming))\b")
# "Speaking in Tokyo on Thursday, X said", "X, speaking to reporters in Tokyo, said", "X, in Tokyo for talks, said"
_SPEAKING_AT = r"(?:[Ss]peaking|[Tt]alking)\s+(?:to\s+(?:reporters|journalists|the\s+press|students|lawmakers)\s+)?(?:in|at)\s+(?:the\s+)?"
_SPEAKING_IN = re.compile(
    rf"^{_SPEAKING_AT}LOC(?P<loc>\d+)[^,;]{{0,40}},\s*(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?"
    r"PER(?P<per>\d+)\s+(?:said|told|added|insisted|warned|stressed|urged|called|praised)\b|"
    rf"\bPER(?P<per2>\d+)\s*,\s*(?:{_SPEAKING_AT}|in\s+(?=LOC\d+\s+for\b))LOC(?P<loc2>\d+)[^,;]{{0,40}},\s*"
    r"(?:said|told|added|insisted|warned|stressed|urged|called|praised)\b")
# "Xi invited Putin to visit China later this year, and the Kremlin said Putin had accepted": a trip agreed, ahead
_INVITED_THEN_ACCEPTED = re.compile(r"\binvited\s+PER(?P<guest>\d+)\s+to\s+(?:visit|come\s+to|travel\s+to|make\s+a\s+(?:[\w-]+\s+)?visit\s+to)\s+"
                                    r"(?:the\s+)?LOC(?P<loc>\d+)(?:(?!PER\d)[^.;]){0,80}?\band\s+(?:(?!PER\d)[^.;]{0,40}?\b)?PER(?P<again>\d+)\s+"
                                    r"(?:had\s+|has\s+)?(?:readily\s+|gladly\s+)?accepted\b")
# "X, speaking at the assembly for the first time, says ...": the speaker at the story's gathering
_SPEAKING_AT_GATHERING = re.compile(
    # ("X, leaving the summit late in the evening, said ...", "X, arriving for the summit, told reporters ...")
    r"\bPER(?P<per>\d+)\s*,\s*(?:(?:speaking|talking)\s+(?:to\s+(?:reporters|journalists|the\s+press)\s+)?at|leaving|arriving\s+(?:at|for))\s+(?:the\s+|this\s+year(?:'s|’s)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:assembly|summit|conference|forum|gathering|debate|session|plenary|EVT\d+)\b[^,;]{0,40},\s*"
    r"(?:said|says|told|tells|added|adds|insisted|insists|warned|warns|urged|urges|called|calls)\b")
# "X told reporters at the summit that ...", "Speaking at the summit, X said ...": there, at the story's gathering (one named elsewhere is told "at the summit in Y")
_AT_GATHERING_NOUN = r"(?:[\w'’-]+\s+){0,2}?(?:summit|EVT\d+|gathering|meeting|conference|forum)\b(?!\s+(?:in|of|on|at|next|later|this)\b)"
_SAID_AT_GATHERING = (
    re.compile(r"\bPER(?P<per>\d+)\s+(?:(?:also|again|later|then)\s+)?(?:said|told\s+(?:reporters|journalists|the\s+press|delegates|"
               rf"(?:fellow\s+)?leaders)|spoke|warned|urged)\s+at\s+the\s+{_AT_GATHERING_NOUN}"),
    re.compile(rf"^(?:Speaking|Talking)\s+(?:to\s+(?:reporters|journalists)\s+)?at\s+the\s+{_AT_GATHERING_NOUN}[^,;]{{0,40}},\s*"
               r"PER(?P<per>\d+)\s+(?:said|told|warned|urged|added|insisted)\b"),
)
# "X said on arrival that ...", "Y told reporters on his arrival" (the pronoun masked): at the story's gathering (not "on arrival in Z")
_SAID_ON_ARRIVAL = re.compile(r"\bPER(?P<per>\d+)\s+(?:said|told\s+(?:reporters|journalists|the\s+press))\s+(?:up)?on\s+(?:his\s+|her\s+|PER\d+\s+)?"
                              r"arrival\b(?!\s+(?:in|at|from)\b)")
# "a meeting of the CIS in Dushanbe on Friday, which Belarus's X will also attend": a plan (or a presence) at that meeting
_WHICH_PER_ATTENDS = re.compile(r"\b(?:summit|meeting|gathering|conference|forum|talks|ceremony|EVT\d+)\b(?P<span>[^,;]{0,60}),\s*which\s+"
                                r"(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER(?P<per>\d+)\s+(?P<verb>will\s+(?:also\s+)?attend|is\s+(?:also\s+)?"
                                r"(?:expected|due|set|scheduled)\s+to\s+attend|(?:also\s+)?attended|is\s+(?:also\s+)?attending)\b")
_FRONTED_PLACE = re.compile(
    # ("On Monday in Madrid, X and Y signed ...": a time told first)
    r"(?:In|At|On\s+(?:[\w.]+\s+){1,2}?(?:in|at))\s+(?:the\s+)?LOC(?P<loc>\d+)(?:\s+(?:on|last|this|early|late|earlier|later)\s+[^,;]{1,30})?\s*,\s*"
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
# A stay told as what came before the trip home or on: "flew home on Monday after a weekend in Britain" (not past "as did":
# in "X followed, as did Y, who flew in after two days in Mauritius" the stay is Y's).
_AFTER_STAY_IN = re.compile(r"\bPER(?P<per>\d+)\b(?:(?!\b(?:will|would|is\s+due|are\s+due|plans?|is\s+to|set\s+to|expected|as\s+did)\b)[^.;]){0,120}?"
                            # ("coming directly from two days in Japan")
                            r"\b(?:after|following|(?:coming|came|fresh)\s+(?:straight\s+|directly\s+)?from)\s+"
                            r"(?:a|an|his|her|their|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
                            # ("after two days of talks in Tokyo")
                            r"(?:days|nights|weekend|week|stay|visit|trip|day\s+and\s+a\s+half)(?:\s+of\s+(?:talks|meetings))?\s+in\s+(?:the\s+)?LOC(?P<loc>\d+)")
# A trip noun in apposition to a clause told in the future: "..., PER3's first visit to LOC4".
_APPOSED_OWNER = re.compile(r"\s*(?:in\s+)?PER\d+(?:'s|’s)?\s")  # ("his" is masked as PER without 's; "..., in his first visit")
# "will travel to Rio for the summit, and then pay a state visit to Brazil": the bare verb shares the plan.
# ("..., and end the tour in Lusaka": the tour's last leg, planned with it)
_AND_THEN_BARE = re.compile(r"\s*and\s+(?:then\s+)?(?:(?:pay|make|undertake)\s+(?:a|an)|(?:end|begin|start|finish|conclude|close|wrap\s+up)\s+"
                            r"(?:a|an|the|his|her|their|PER\d+))\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A trip noun in apposition to the clause before: ", the first visit to X by ...", ", his second trip there".
# "X has said no American official will attend": no one of his (him included) goes
_NO_OFFICIAL_SUBJECT = re.compile(r"\bno\s+(?:(?:DEM\d+|LOC\d+|[\w-]+)\s+){0,2}?(?:officials?|one|members?|ministers?|representatives?|delegations?|envoys?)\s+"
                                  r"(?:(?:from|of)\s+(?:[\w-]+\s+){1,2})?(?:will|would|is\s+to|was\s+to)\s+$")
# "X, on his first trip to China in seven years, held talks ...": the trip he is on as the sentence is told
_ON_A_TRIP_AT_END = re.compile(r"\bon\s+(?:a|an|his|her|their|PER\d+)\s+(?:[\w-]+\s+){0,3}$")
_ON_OWN_TRIP = re.compile(r"\s*on\s+(?:his|her|their|PER\d+)\s+(?:(?:[\w-]+\s+){0,3})?$")
_APPOSED_NOUN = re.compile(r"\s*(?:the|his|her|their|PER\d+(?:'s|’s)?)\s+(?:(?:first|second|third|last|latest|[\w-]+est)\s+)?$")
_WILL_BEFORE = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+due|are\s+due|is\s+expected|are\s+expected|(?:is|are)\s+(?:set|scheduled|slated)\s+to)\b(?![^,;]*\b(?:was|were|had)\b)")


# A gathering someone was at: "as PER3 did at last year's meeting in LOC2", "was at the meeting".
_WAS_AT_END = re.compile(r"\b(?:did|was|were)\s+(?:also\s+)?at\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$")
# A plan shelved with its object between the words: "had put his planned summit with X in Budapest on hold".
_PUT_ON_HOLD = re.compile(r"\b(?:put|puts|putting)\s+(?:[\w’'-]+\s+){1,10}?on\s+(?:hold|ice)\b")
# A time spent going somewhere: "had used his first full day in office on Wednesday to travel to".
_USED_TO_GO = re.compile(r"\b(?:used|spent)\s+(?:[\w’'-]+\s+){1,10}?to\s+$")
# "X and Y have also confirmed their attendance": coming to the story's gathering.
_CONFIRMED_ATTENDANCE = re.compile(r"\b(?:confirmed|confirms|announced)\s+(?:his|her|their|PER\d+)\s+(?:attendance|participation|presence)\b"
                                   r"(?!\s+(?:at|in)\b)")
# "stayed away, as he did from the 2023 summit in New Delhi": a like deed told after, with its own place.
_AS_HE_DID = r",\s*as\s+PER(\d+)\s+(?:had\s+|also\s+)?did\b"
_AS_HE_DID_AFTER = re.compile(_AS_HE_DID)
# "..., as he did at the BRICS summit in Brazil in July": that one was there then (and the clause dates nothing else).
# The deed an "as he did" repeats, when it is staying away: "has skipped the gathering, as he did at ..."
_STAYED_AWAY_DEED = re.compile(r"\b(?:skip(?:ped|s|ping)?|miss(?:ed|es|ing)|stay(?:ed|s|ing)?\s+(?:away|home)|boycott(?:ed|s|ing)?|"
                               r"(?:did|does|will|would)\s+not\s+(?:attend|come|go|travel)|(?:didn|doesn|won)['’]t\s+(?:attend|come|go|travel)|"
                               r"pull(?:ed|s)?\s+out)\b")
# ("as he did the New Delhi summit two years ago", "as he did from the 2023 summit in New Delhi": the gathering named)
_AS_DID = re.compile(_AS_HE_DID + r"\s+(?:(?:at|in)\b|(?=(?:from\s+)?the\s+(?:(?:19|20)\d\d\s+)?(?:LOC\d+\s+|EVT\d+\s+)?(?:summit|gathering|meeting)\b))")
# "The meeting, hosted by X at the Manoir Richelieu, brings together Britain's A, Germany's B and C": all of them there.
_BRINGS_TOGETHER = re.compile(r"\b(?:meeting|summit|talks|gathering|conference|forum|EVT\d+)\b[^.;]{0,100}?\b"
                              r"(?P<verb>brings|brought|will\s+bring|is\s+bringing)\s+together\s+(?P<list>[^.;]*)", re.IGNORECASE)
# "a military parade on Red Square on Friday attended by Chinese President X and other foreign guests": they were there.
_ATTENDED_BY = re.compile(r"\b(?:meeting|summit|talks|gathering|conference|forum|parade|ceremony|funeral|inauguration|coronation|EVT\d+)\b"
                          r"(?:(?!PER\d)[^.;]){0,80}?\b(?P<verb>attended)\s+by\s+(?P<list>[^.;]*)", re.IGNORECASE)
# "A number of world leaders arrived in the Red Sea city on Monday, among them PER1, PER3 and PER5".
# ("Leaders of Arab and Muslim countries met in the Saudi capital on Saturday ..., with X among them")
_GROUP_ARRIVED_AMONG = re.compile(
    r"\b(?:[Ll]eaders|[Hh]eads\s+of\s+(?:state|government)|[Pp]residents|[Pp]rime\s+ministers|[Dd]ignitaries)\b[^.;]{0,60}?\b"
    r"(?P<verb>arrived|landed|flew\s+in|gathered|converged|met|convened)\b(?P<where>[^,;]{0,90}),\s*"
    r"(?:(?:among\s+them|including|among\s+whom\s+were|such\s+as)\s+(?P<list>[^.;]*)|"
    r"with\s+(?P<list2>(?:[\w'’-]+\s+){0,3}?PER\d+(?:\s*(?:,|and|,\s*and)\s+(?:[\w'’-]+\s+){0,3}?PER\d+)*)\s+among\s+them\b)")
# "in the Red Sea city", "at the Alpine resort": a town named only by what it is (where the story is filed).
_GENERIC_TOWN = re.compile(r"\b(?:in|at|on)\s+the\s+(?:[\w-]+\s+){0,3}?(?:city|capital|resort|town)\b")
# "The Russian delegation in Pyongyang includes X, Y and ...", "His delegation includes X": on the leader's trip.
_DELEGATION_INCLUDES = re.compile(
    r"\b(?:(?:DEM|PER)(?P<owner>\d+)(?:'s|’s)?|[Hh]is|[Hh]er|[Tt]he)\s+(?:[\w-]+\s+)?delegation(?:\s+(?:in|to)\s+(?:the\s+)?LOC(?P<loc>\d+))?\s+"
    r"(?:includes|included|comprises|comprised|is\s+made\s+up\s+of|was\s+made\s+up\s+of|will\s+include|features)\s+(?P<list>[^.;]*)")
# "..., adding that X and Y were expected there too": where the trip just told goes.
_EXPECTED_THERE = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due)\s+there\b")
# "a Putin visit to Pyongyang in October was unlikely": a trip weighed, not one made or planned.
_TRIP_WEIGHED_AFTER = re.compile(r"[^,;.]{0,60}?\b(?:is|was|would\s+be|seems?|seemed|looks?|looked|remains?|remained)\s+"
                                 r"(?:highly\s+|very\s+|still\s+|now\s+)?(?:unlikely|likely|possible|improbable|doubtful|"
                                 r"uncertain|in\s+doubt|off\s+the\s+table)\b")
# The end of an apposition right before a verb: "Witkoff, a long-time friend of PER0, has met".
_APPOSITION_CLOSED = re.compile(r",\s*(?:(?:has|have|had|also|then|later|already|again)\s+){0,2}$")
# The host's side of a plan: "the Kremlin said it expected him in Moscow on Monday".
_EXPECTS_GUEST = re.compile(r"\b(?:expects?|expected|awaits|awaited)\s+PER(?P<g>\d+)\s+(?:in|at)\s+(?:the\s+)?LOC(?P<l>\d+)")
# "Trump said no American official would attend": the leader stays away, and his country with him.
_NO_ONE_WOULD_ATTEND = re.compile(r"\bPER(?P<per>\d+)\s+(?:had\s+|has\s+)?(?:said|announced|decided|declared|ordered)\s+(?:[\w]+\s+){0,3}?"
                                  r"(?:that\s+)?no\s+(?:(?:DEM|LOC)\d+\s+|senior\s+|government\s+)*(?:officials?|one|delegation|representatives?)\s+"
                                  r"(?:\w+\s+)?would\s+(?:attend|go|travel|take\s+part|participate|be\s+sent)\b")
# A leader who sent someone in his place: "PER0, wanted by the court, was represented by a deputy".
_PERSON_REPRESENTED = re.compile(r"\bPER(?P<per>\d+)(?:\s*,\s*[^;]{0,100}?,)?\s+(?:is|was|will\s+be|is\s+being|were|are)\s+"
                                 r"(?:also\s+)?represented\s+(?:at\s+[^,;]{0,40}?\s+)?by\b")
# "... and will be represented by Premier Li Qiang": the one sent is at the gathering.
_REPRESENTED_BY = re.compile(r"\b(?P<tense>is|was|will\s+be|are|were|would\s+be)\s+(?:being\s+)?represented\s+(?P<there>there\s+)?(?:in\s+person\s+)?"
                             r"(?:at\s+[^,;]{0,40}?\s+)?by\s+(?:[\w'’-]+,?\s+){0,4}?PER(?P<rep>\d+)")
# "..., and South Korea by Yoon Suk Yeol": the same verb left out, another country's envoy
_AND_COUNTRY_BY = re.compile(r"\s+and\s+(?:LOC|DEM|GOV)\d+\s+by\s+(?:[\w'’-]+,?\s+){0,4}?PER(\d+)")
# The ones told after a presence: ", as were PER5, and PER6, who had only to cross the river".
_AS_LISTED = r"((?:[\w’'-]+\s+){0,3}?PER\d+(?:[^.;]*?(?:,|\band\b)\s*(?:[\w’'-]+\s+){0,3}?PER\d+)*)"  # the names after "as"
# "Trump stood at the centre, with X, Y and Z close by": those named beside the one told, at the same gathering
_WITH_NAMES_CLOSE_BY = re.compile(r",\s*with\s+(?P<names>" + _NAMES_LIST + r")\s+(?:close\s+by|nearby|beside\s+(?:him|her|them))\b")
_AS_WERE_LIST = re.compile(r"\s*,\s*as\s+(?:was|were|is|are)\s+" + _AS_LISTED)
# ", which opens in Kazan on Tuesday, by video link": the manner of the verb before the aside, told after it
_ASIDE_THEN_VIDEO = re.compile(r"\s*,\s*(?:which|where)\s[^,;]{1,80},\s*(?:by|via|over)\s+(?:a\s+)?video(?:\s*-?\s*(?:link|conference|call))?\b")
# "left for", "departed on Thursday for", "set off for": a departure told by where it goes
_LEFT_FOR_VERB = re.compile(r"(?:left|departed|set\s+off)\b.*\bfor$", re.IGNORECASE | re.DOTALL)
# "Keir Starmer follows on Thursday": the next guest of the place just told
_FOLLOWS_ON_DAY = re.compile(r"PER(\d+)\s+(?:follows|will\s+follow|is\s+to\s+follow|is\s+due\s+to\s+follow)\s+(?:on\s+\w+day|later\s+this\s+week|next\s+week)\b")
# "Wang Yi made the trip; Marco Rubio did not", "X attended, but Y did not": the one after stayed away.
_DID_NOT_AFTER = re.compile(r"(?:;|,?\s+but)\s+PER(\d+)\s+(?:did\s+not|didn['’]t)\s*(?:[.;,]|$)")
# "X arrived earlier, as did A, B, C and D", "X did not travel, and neither did Y": the others did the same.
_AS_DID_LIST = re.compile(r",\s*(?:as|(?:and\s+)?(?:neither|nor|so))\s+(?:did|do|does|have|has|had)\s+" + _AS_LISTED)
# A stay in a place named by its country's demonym: "spent the weekend in the southern Brazilian beach resort of X".
_SPENT_IN_DEM = re.compile(r"\bspent\s+(?:[\w’'-]+\s+){1,3}?in\s+the\s+(?:[a-z][\w-]*\s+){0,3}?DEM(?P<dem>\d+)\s+"
                           r"(?:[a-z][\w-]*\s+){0,2}?(?:city|capital|resort|town|region|province)\b")
# "German Chancellor X, in Rome for the conference, said ...": there for it, now
_APPOSED_IN_FOR = re.compile(r"\bPER(?P<per>\d+)\s*,\s*in\s+(?:the\s+)?LOC(?P<loc>\d+)\s+for\s+(?:the|a|an|this\s+week(?:'s|’s)|talks|meetings)\s+"
                             r"[^,;]{0,60},")
# "Wang Yi, in Munich since Thursday, told a panel": there since then.
# ("Lula, currently in Doha, is expected in Dubai": there now, whatever comes next)
_APPOSED_IN_SINCE = re.compile(r"\bPER(?P<per>\d+)\s*,\s*(?:in\s+(?:the\s+)?LOC(?P<loc>\d+)\s+since\b|(?:currently|now|already)\s+in\s+(?:the\s+)?LOC(?P<loc2>\d+)\s*,)")
# "X flew home that night, ending a stay in Brazil that had begun on Sunday": that stay, over
_ENDING_STAY_IN = re.compile(r"\bPER(?P<per>\d+)\b(?:(?!PER\d)[^.;]){0,120}?,\s*(?:ending|concluding|wrapping\s+up|closing)\s+"
                             r"(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:stay|visit|trip)\s+(?:in|to)\s+(?:the\s+)?LOC(?P<loc>\d+)")
# "X, in Georgetown from Tuesday night until Thursday, co-chaired a summit": a stay told with its end
_APPOSED_IN_UNTIL = re.compile(r"\bPER(?P<per>\d+)\s*,\s*in\s+(?:the\s+)?LOC(?P<loc>\d+)\s+from\s+[^,;]{1,40}?\b(?:until|till|to)\s+[^,;]{1,30},")
# A stay told as where someone came from or flew out of: "arrived in Egypt, moving on from the United Arab
# Emirates", "fresh from talks in Doha", "flew out of Anchorage that evening".
# "X flew in directly from the G7 summit": that gathering, attended and over.
_ARRIVED_FROM_GATHERING = re.compile(r"\bPER(?P<per>\d+)\b(?:(?!PER\d)[^.;]){0,60}?\b(?:flew\s+in|arrived|came|travell?ed|landed|coming|arriving|flying\s+in)\s+"
                                     r"(?:[\w-]+\s+){0,5}?(?:[\w-]+\s*,\s*(?:flying\s+in|coming)\s+(?:directly\s+|straight\s+)?)?"
                                     r"from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?EVT(?P<evt>\d+)")
_FROM_GATHERING = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?EVT(\d+)")
_CAME_ON_FROM = re.compile(r"\bPER(?P<per>\d+)\b(?:(?!PER\d)[^.;]){0,100}?\b(?:moving\s+on|moved\s+on|fresh|having\s+come)\s+from\s+"
                           r"(?:(?:talks|a\s+visit|a\s+summit|a\s+stop|meetings)\s+in\s+)?(?:the\s+)?LOC(?P<loc>\d+)|"
                           r"\bPER(?P<per2>\d+)\s+(?:\w+\s+)?flew\s+out\s+of\s+(?:the\s+)?LOC(?P<loc2>\d+)")
# "the G7 summit in Canada, which Trump left early": he was there, and left.
# "Kyrgyzstan, which Putin visited last month": the place told before the visit (an object relative clause)
# ("Moscow, where Li travelled in August last year and was received by Putin": the place the travel was to)
_PLACE_WHICH_VISITED = re.compile(r"\bLOC(?P<loc>\d+)\s*,\s*(?:which\s+PER(?P<per>\d+)\s+(?:also\s+|first\s+|last\s+|only\s+|briefly\s+)?"
                                  r"(?:had\s+|has\s+)?(?:visited|toured)|where\s+PER(?P<per2>\d+)\s+(?:had\s+)?(?:travell?ed|went|flew))\b"
                                  r"(?!\s+(?:as|when|while|to|on|back|home|from)\b)")
_LEFT_GATHERING_IN = re.compile(r"\b(?:summit|EVT\d+|meeting|conference|talks)\s+in\s+(?:the\s+)?LOC(?P<loc>\d+)\s*,\s*which\s+PER(?P<per>\d+)\s+"
                                r"(?:had\s+)?left\s+(?:early|before|after|a\s+day)")
# Where the reason for staying away starts ("pulled out ... after a fall at his residence in Brasilia"): its
# places are not where he stayed away from.
_REASON_AFTER = re.compile(r"\b(?:after\s+(?:a|an|his|her)\s|because\b|citing\b|due\s+to\b)")
# An honorific the reference's names do not carry: "Prince Faisal bin Farhan", "Sheikh Mohammed".
_HONORIFIC = r"(?:(?:Crown\s+)?Prince(?:ss)?\s+|Sheikh\s+)?"
# "He sent Foreign Minister X, who watched the ceremony": the envoy went, the sender stayed away.
# "Beijing sent Premier X instead": a government sending, its leader not named.
# ("Saudi Arabia, which has yet to join, sent its foreign minister, Prince Faisal": the relative clause skipped)
_SENT_PERSON = re.compile(r"(?:\bPER(?P<s>\d+)\s+(?:\w+\s+)?|(?<!\bin\s)(?<!\bat\s)\b(?:GOV|LOC)(?P<g>\d+)"
                          r"(?:\s*,\s+(?:which|whose)\s+[^,;.]{1,120},)?\s+)(?:sent|dispatched)\s+"
                          rf"(?P<own>(?:its|his|her|their)\s+)?{_HONORIFIC}PER(?P<o>\d+)\b(?!(?:'s|’s)|\s+(?:to|a|an|the|his|her|PER)\b)")
# "... before returning to Berlin": the stay the sentence told is over
_BEFORE_LEAVING = re.compile(r"\bbefore\s+(?:returning|flying\s+(?:back|home|on)|heading\s+(?:back|home|on)|leaving|travell?ing\s+on)\b")
# A guest's welcome told in the passive: "was received by President X at the air base"
_RECEIVED_BY = re.compile(r"(?:was|were)\s+(?:greeted|welcomed|received|feted)\s+by\b", re.IGNORECASE)
# "Trump, who refused to send anyone, ...", "Washington sent no one": no one there for them, least of all themselves
_SENT_NO_ONE = re.compile(r"\b(?:(?:refused|declined)\s+to\s+send\s+(?:anyone|anybody|a\s+delegation|a\s+representative)|"
                          r"(?:sent|sends|will\s+send)\s+no\s+one|did\s+not\s+send\s+(?:anyone|anybody|a\s+delegation))\b")
# "skipped the New Delhi summit and sent Foreign Minister X instead": the envoy went where the sender stayed away from
_SENT_INSTEAD = re.compile(rf"\b(?:and|but)\s+(?:instead\s+)?sent\s+(?:(?:his|her|its|their)\s+(?:[\w-]+\s+){{0,3}}?)?{_HONORIFIC}PER(?P<o>\d+)\b"
                           r"(?:\s*,\s*[^,;]{1,60},)?\s+(?:instead\b|in\s+(?:his|her|PER\d+)\s+(?:place|stead)\b)")
# "Putin stayed away, leaving Russia's seat to Sergey Lavrov": the one left the seat takes it
_SEAT_LEFT_TO = re.compile(r"\b(?:leaving|left|handing|handed|ceding|ceded)\s+(?:(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+|PER\d+\s+|the\s+|his\s+|her\s+)?"
                           r"(?:seat|place|chair)\s+(?:at\s+the\s+(?:table|summit)\s+)?to\s+(?:[\w'’-]+\s+){0,3}?PER(?P<o>\d+)\b")
# "Putin, ..., is sending Maxim Oreshkin, the deputy head of ...": someone the reference does not know goes in his place
_SENDING_STRANGER = re.compile(r"\bPER(?P<s>\d+)(?:\s*,\s*(?:who|whose)\s[^,;]{1,120},)?\s+(?:is|are)\s+(?:also\s+)?(?:sending|dispatching)\s+"
                               r"(?:[A-Z][a-z]+\s+){0,2}?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?=\s*,\s+(?:the|a|his|her|its)\s|\s+(?:in\s+(?:his|her)\s+place|instead)\b)")
# ("sent its foreign minister, Prince X": the name after the title)
_NAME_AFTER_TITLE = re.compile(rf"\s*,\s+{_HONORIFIC}PER(\d+)")
# "Kim was Putin's guest at a Russian spaceport last September": a visit to the host's country.
_WAS_GUEST_OF = re.compile(r"\bPER(?P<g>\d+)\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?PER(?P<h>\d+)(?:'s|’s)\s+(?:[\w-]+\s+)?guest\b")
# "Modi was the chief guest at Mauritius's National Day celebrations": a visit to that country.
_GUEST_AT_COUNTRYS = re.compile(r"\bPER(?P<g>\d+)\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:the\s+|a\s+)?(?:chief\s+|principal\s+|main\s+|special\s+)?"
                                r"guest(?:\s+of\s+honou?r)?\s+at\s+(?:the\s+)?(?:LOC|GOV)(?P<c>\d+)(?:'s|’s)\s")
# Cues of the visit and warrant rules added in the fifth session (used by visits.py and warrants.py).
_DEED_THEN_TO = re.compile(r"\s*([a-z]+)\s+(?:[\w’'-]+\s+){0,6}?to\s+$")
_IRREGULAR_PAST = frozenset({"broke", "went", "came", "flew", "drove", "made", "took", "rode", "stood", "left", "met"})
# "Leaders gathered at the resort on Monday to mark the ceasefire", in Tuesday's paper, with no stay of several days
# told: a one-day meeting, over.
_ONE_DAY_GATHERED = re.compile(r"\b(?:gathered|met|convened|welcomed|hosted)\b")
_MANY_DAYS = re.compile(r"\b(?:two|three|four|five|[2-5])-day\b|\bsecond\s+day\b|\bruns\s+until\b", re.IGNORECASE)
# (a gathering's own name is capitalised: "the Sharm El-Sheikh Peace Summit on Monday, ..., which ended with")
_GATHERING_ENDED = re.compile(r"\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|meeting|gathering|EVT\d+|session|talks)\b[^.;]{0,80}?\b(?:ended|closed|concluded|wrapped\s+up|wound\s+up|broke\s+up|drew\s+to\s+a\s+close)\b|"
                              # "a whirlwind Monday that ... ended with a summit of two dozen leaders" (in Tuesday's paper)
                              r"\b(?:ended|closed|concluded)\s+with\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:summit|conference|meeting|gathering)\b|"
                              # "Leaders from across Europe left London on Sunday evening with a promise ..."
                              r"\b(?:[Ll]eaders|heads\s+of\s+(?:state|government))(?:\s+from\s+(?:across\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?\s+(?:left|departed)\s+(?:the\s+)?LOC\d")
# "The BRICS summit, which ran from Tuesday to Thursday, drew ...": told over, in the lede or the sentence after it.
_GATHERING_RAN = re.compile(r"\b(?:summit|conference|forum|gathering|EVT\d+)\b[^.;]{0,40}?\b(?:ran|lasted)\s+from\s+\w+\s+(?:to|until|through)\b")
_PASSIVE_AT_END = re.compile(r"\b(?:been|was|were|is|are|being)\s+$")
_COUNTED_PLACES = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:two|three|four|five|six|several|a\s+dozen|\d+)\s+(?:[\w-]+\s+){0,2}?"
                             # ("more than a dozen countries this year, including China, ...": the ones named)
                             r"(?:countries|states|nations|capitals)(?:\s+(?:this|last)\s+year|\s+since\s+[^,:;.]{0,50}?)?\s*(?:,\s*including|,|:|—|–|\s-)\s*(?:the\s+)?LOC(\d+)")
# (each counted place may carry its own time: "two member states: LOC0 in September last year and LOC1 last week")
_COUNTED_NEXT_PLACE = re.compile(r"(?:\s+(?:in|last|this|on|earlier)\b[^,;:.]{0,30}?)?\s*(?:,|and|,\s*and)\s+(?:the\s+)?LOC(\d+)")
_DEM_TOKEN = re.compile(r"DEM(\d+)")
# "went on to Washington for talks with X, to Lima for the APEC summit, to Rio for the G20 and finally to London": each leg
# told with its purpose, then the next one
_PLACE_AT = re.compile(r"\s*(?:the\s+)?LOC\d+")
_PLACE_INDEX = re.compile(r"(?:LOC|GOV)(\d+)")  # a place token, or a capital read as its government
# (or with none: "took him first to Kyiv, then to Moscow for talks with X, and on to Beijing"; a place may have its own
# "where" clause: "took him to Beijing, where he met X, and then to Washington")
# (a verb of its own in the purpose starts another clause: "arrived in Israel for talks with X and will fly to Doha")
_NEXT_LEG_AFTER_PURPOSE = re.compile(r"(?:\s*,\s*where\s+[^,;]{1,80}?(?=,))?(?:\s+(?:in|on|last|this)\s+[A-Z]?[a-z]+\.?(?:\s+\d{1,2})?)?"
                                     r"(?:\s+for\s+(?:(?!\b(?:will|would|is|was|has|had)\b)[^,;.]){1,60}?(?:,\s*|\s+)(?:and\s+)?"
                                     r"(?:then\s+|finally\s+|later\s+)?(?:on\s+)?|\s*,\s*(?:and\s+)?(?:then|finally|later|on)\s+)to\s+(?:the\s+)?"
                                     # ("..., and then to the G20 summit in Rio de Janeiro")
                                     r"(?:(?:[\w'’-]+\s+){0,2}?EVT\d+(?:\s+(?:summit|meeting|forum|conference))?\s+in\s+(?:the\s+)?)?LOC(\d+)")
# "..., Wednesday in Doha and Thursday in Abu Dhabi": the next stop, told by its day (after "spent Tuesday in Riyadh")
_NEXT_DAY_IN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+weekend|"
                          r"(?:a|one|two|three|four)\s+(?:days?|nights?))\s+in\s+(?:the\s+)?LOC(\d+)")
# "..., Guatemala City on Wednesday and Santo Domingo on Thursday": the next stop, its day told after it (after "goes on
# to San José on Tuesday", whose day _ON_WEEKDAY skips)
_NEXT_PLACE_ON_DAY = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:LOC|GOV)(\d+)\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_ON_WEEKDAY = re.compile(r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# "Saturday brought three stops: Manama in the morning, Riyadh in the afternoon and Abu Dhabi late at night"
# (a capital with no "in" before it is masked as its government: here it is a stop all the same)
# ("Next stop: India, on December 4": one stop, ahead)
_STOPS_LISTED = re.compile(r"\bstops?\s*:\s*(?P<list>(?:the\s+)?(?:LOC|GOV)\d+(?:[^;.]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:LOC|GOV)\d+){1,6})|"
                           r"\b(?P<next>[Nn]ext|[Ff]inal|[Ll]ast)\s+stop\s*:\s*(?P<one>(?:the\s+)?(?:LOC|GOV)\d+)")
_COUNTRY_POSSESSIVE_BEFORE = re.compile(r"LOC(\d+)(?:'s|’s)\s")
# A country's own occasions, held at home: "Russia's Victory Day parade", "Mauritius's National Day celebrations".
_NATIONAL_OCCASION = frozenset({"parade", "celebration", "celebrations", "commemorations", "ceremony"})
_WHO_AFTER_PER = re.compile(r"PER(\d+)\s*,\s*who\b")
_ARRESTED = (
    r"(?:\bPER(?P<p1>\d+)\s+(?:was|has\s+been|had\s+been|were)\s+(?P<v1>arrested|detained|taken\s+into\s+custody)\b|"
    # ("Federal police arrested X at his home ..., carrying out an order from Supreme Court Justice Y")
    r"\b(?:[Pp]olice|[Oo]fficers|[Aa]gents)\s+(?P<v2>arrested|detained|took)\s+PER(?P<p2>\d+)\b)")
_ARRESTED_RX = re.compile(_ARRESTED)
# "X has been held since he was arrested again on July 10", "X was arrested on Wednesday": an arrest told as done, with
# its day (a warrant served: the court's, or his own country's)
_ARRESTED_ON_DAY = re.compile(r"\bPER(?P<p1>\d+)\s+(?:was|has\s+been|had\s+been)\s+(?:re-?)?(?P<v1>arrested)(?:\s+again)?\s+"
                              r"(?:(?:in|at)\s+(?:the\s+)?(?:LOC\d+|[\w-]+(?:\s+[\w-]+)?)\s+)?on\s+(?=(?:[A-Z][a-z]+\.?\s+\d|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|"
                              r"\bafter\s+being\s+(?:re-?)?(?P<v2>arrested)(?:\s+again)?\s+on\s+(?=(?:[A-Z][a-z]+\.?\s+\d|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|"
                              # ("Trump surrendered at the Fulton County jail on Thursday evening")
                              r"\bPER(?P<p3>\d+)\s+(?P<v3>surrendered|turned\s+himself\s+in)\s+(?:to|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:jail|authorities|police|prison)\b\s+on\s+(?=(?:[A-Z][a-z]+\.?\s+\d|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))")
_ARRESTED_ON_ORDERS = re.compile(
    _ARRESTED + r"[^.;]{0,80}?"
    r"\b(?:on\s+(?:the\s+)?orders?\s+of|(?:carrying\s+out|executing|enforcing|acting\s+on)\s+(?:an?\s+|the\s+)?(?:arrest\s+)?order\s+(?:from|of|by|issued\s+by))\s+"
    r"(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:[Cc]ourt|[Jj]udge|[Jj]ustice|[Pp]rosecutors?)\b")
# The order told in the next sentence: "Police took X into custody on Saturday. The arrest was ordered by Y, the
# Supreme Court justice overseeing his case".
_ARREST_ORDERED_BY = re.compile(r"\s*(?:The|His|Her)\s+(?:arrest|detention)\s+(?:was|had\s+been)\s+ordered\s+by\s+[^.;]{0,80}?"
                                r"\b(?:[Cc]ourt|[Jj]udge|[Jj]ustice|[Pp]rosecutors?)\b")
# A national prosecutor asking a court for an arrest: "prosecutors asked a court to detain X", "to grant prosecutors'
# request to arrest him" (a request; the ICC's prosecutor is told by the warrant rules).
_PROSECUTORS_ASK_ARREST = re.compile(
    # ("investigators asked a court on Monday to issue a warrant to detain impeached President X")
    r"\b(?:[Pp]rosecutors|[Ii]nvestigators)(?:'|’)?\s+(?:have\s+|had\s+)?(?:(?:request|bid|application|motion)\s+(?:to|for\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?court\s+to)|"
    r"(?:asked|requested|petitioned|applied\s+to)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?court\s+(?:(?:on|last|this)\s+\w+\s+)?to|"
    # ("investigators asked the court for a warrant to detain X")
    r"(?:asked|petitioned)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?court\s+(?:(?:on|last|this)\s+\w+\s+)?for\s+(?:an?\s+)?(?:arrest\s+)?warrant\s+to)\s+"
    r"(?:arrest|detain|issue\s+an?\s+(?:arrest\s+)?warrant\s+(?:for|to\s+(?:arrest|detain)))\s+(?:(?:impeached|former|ousted|suspended)\s+)?PER(\d+)")
_FOR_NAMED_AFTER = re.compile(r"\s*,?\s*(?:for|against)\s+(?:[\w’'-]+\s+){0,5}?PER\d")
# ("against the Hamas political leader X": a role may stand between the word and the first name)
_FOR_AT_END = re.compile(r"\b(?:for|against)\s+(?:the\s+(?:(?!PER\d)[\w'’-]+\s+){1,4}?)?$")
_FOR_WHOM = re.compile(r",\s*(?:for|against)\s+whom\b[^.;]*$")
# Cues of the story's gathering (used by state.py): what is not a meeting of a body, what is told in passing.
_BODY_NOT_MEETING_BEFORE = re.compile(r"\b(?:say|seat|role|membership|member|members|voice|place|presence|weight|set\s+up\s+by|founded\s+by|"
                                      r"influence|expand|expansion|enlargement|presidency|chairmanship|rotating\s+chair|ambassador|envoy|representative|mission)\s+(?:in|of|at|to)?\s*(?:the\s+)?$|"
                                      # "Of the Group of Seven, only two heads of government are taking part": its members
                                      r"^Of\s+the\s+$|"
                                      # "the heads of the European Commission and NATO": the body's leaders, not its meeting
                                      r"\bheads?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:and\s+)?(?:the\s+)?$|"
                                      # "a larger share of world output than the G7": the body, compared
                                      r"\b(?:than|outside|beyond|rival\s+to|counterweight\s+to|alternative\s+to)\s+(?:the\s+)?$")
_WHERE_GATHERING = re.compile(r"(?<!from\s)\bLOC(\d+)\s*,\s*where\s+(?:(?!LOC\d)[^.;]){0,80}?\b(?:co-chaired|chaired|hosted|held|opened|convened|presided\s+over)\s+"
                              r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(summit|gathering|conference|forum|meeting)\b")
# "X arrived in Bangkok on Thursday to attend the sixth summit of the Bay of Bengal Initiative": the gathering is there.
_ARRIVED_FOR_GATHERING = re.compile(r"\b(?:arrived|landed|arrives|lands|flew|travell?ed)\s+(?:in|to)\s+(?:the\s+)?LOC(?P<loc>\d+)\s+"
                                    r"(?:[\w,]+\s+){0,4}?(?:to\s+attend|for)\s+(?:the|a|this\s+week(?:'s|’s))\s+(?:[\w-]+\s+){0,4}?"
                                    r"(?P<g>summit|conference|forum|gathering|meeting)\b", re.IGNORECASE)
# A live page's greeting: "Good morning from the Kuala Lumpur Convention Centre, where ...": the place it is written from.
_GOOD_MORNING_FROM = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[-—–]\s*)?)?Good\s+(?:morning|afternoon|evening)\s+from\s+(?:the\s+)?"
                                r"(?:[\w'’-]+\s+){0,4}?(?:in\s+)?(?:LOC|GOV)(?P<loc>\d+)")
# The gatherings a generic word names as such ("the summit", "the funeral"): see facts._generic_occasion.
_GENERIC_OCCASIONS = ("summit", "forum", "conference", "inauguration", "funeral", "coronation", "parade")
_GENERIC_GATHERING_WORD = re.compile(rf"\b(?:{'|'.join(_GENERIC_OCCASIONS)})\b", re.IGNORECASE)
# "Live updates from the Museum of Modern Art in Rio, where leaders of the world's biggest economies meet on Monday": a
# meeting of leaders there, named by no gathering word
_WHERE_LEADERS_MEET = re.compile(r"\bLOC(?P<loc>\d+)\s*,\s*where\s+(?:the\s+)?(?:[\w-]+\s+)?leaders\b(?:\s+of\s+[^.;,]{1,60}?)?\s+"
                                 r"(?:gather|meet|are\s+meeting|are\s+gathering|convene|met|gathered)\b")
# "Good morning from the National Convention Centre in Vientiane, where leaders ... gather today for the 19th East Asia Summit"
_WHERE_LEADERS_GATHER = re.compile(r"\bLOC(?P<loc>\d+)\s*,\s*where\s+(?:(?!LOC\d)[^.;]){0,80}?\b(?:gather|gathered|are\s+gathering|meet|"
                                   r"are\s+meeting|convene|convened)\b[^.;]{0,30}?\bfor\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?"
                                   r"(?:(?P<g>summit|gathering|conference|forum|meeting)\b|EVT(?P<e>\d+))", re.IGNORECASE)
_PAST_VERB_IN = re.compile(r"\b(?:was|were|had|attended|went|flew|came)\b")
# A date in a "since" phrase that has no verb of its own: "since his inauguration two weeks ago".
_SINCE_PHRASE_END = re.compile(r"\bsince\b(?:(?!\b(?:was|were|is|are|had|has|have)\b)[^,;])*$")
# (and a participle's apposition: "X, sworn in on Friday, was met at the palace")
# ("PER0, a veteran negotiator who took up his post in August, also met ...": the clause may hang on an apposed noun)
_IN_RELATIVE_CLAUSE = re.compile(r",\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?)?(?:who|whom|whose|which)\b[^,;]*$|"
                                 r"\bPER\d+\s*,\s*(?:sworn|elected|re-elected|appointed|named|inaugurated|installed)\b[^,;]*$")
# ("Xi paid a state visit to Brasilia in November, after the G20 summit")
_PAST_VERB_BEFORE = re.compile(r"\b(?:attended|returned|went|made|declined|did|hosted|had|skipped|missed|joined|spent|paid|visited|travell?ed|flew|held|met)\b")
_BODY_AFTER = re.compile(r"(?:\s+(?:presidency|chairmanship|chair|trust\s+fund|members?|membership|partners?|bloc|alliance|countries|"
                         r"nations|states|country|secretariat|secretary[\s-]+general|charter|allies|ally|economies|democrac(?:y|ies)|grouping|leader(?!['’])|"
                         # ("still buoyed by the adoption of the G20 declaration": a text of the gathering, not where the story is)
                         r"declaration|communiqu[ée])\b|"
                         # ("NATO was represented by its secretary general": the body sends someone, it is no meeting)
                         r"\s+(?:was|is|will\s+be)\s+represented\b)")
# "G20 foreign ministers", "the G7's finance ministers": a body's ministers, not its leaders
_MINISTRIES = r"(?:foreign|finance|defen[cs]e|trade|energy|health|agriculture)"
_MINISTERS_AFTER = re.compile(r"(?:'s|’s)?\s+" + _MINISTRIES + r"\s+ministers\b")
# "will not go", "won't attend", "is not travelling": a refusal of a trip still ahead, dated by the day ahead.
_REFUSED_AHEAD = re.compile(r"\b(?:will|shall|would)\s+not\b|\bwon['’]t\b|\b(?:is|are)\s+not\s+(?:going|travell?ing|attending|coming)\b")
# "converged on a locked-down Islamabad on Tuesday for a gathering of ...": the gathering's place, told before it
_CONVERGED_ON_FOR = re.compile(r"\b(?:converged\s+on|descended\s+on|gathered\s+in|poured\s+into|flocked\s+to)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)?"
                               r"(?:LOC|GOV)(\d+)\s+(?:[\w,]+\s+){0,4}?for\s+(?:a|an|the)\s+(?:(?!before\b|after\b|ahead\b)[\w-]+\s+){0,3}?$")
# "Foreign ministers of the Group of Seven opened talks at a resort": a ministers' meeting, not the body's summit
_MINISTERS_OF_AT_END = re.compile(r"\b" + _MINISTRIES + r"\s+ministers\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_MINISTERIAL_AFTER = re.compile(r"\s+" + _MINISTRIES + r"\s+ministers(?:['’]?\s+(?:meeting|talks|gathering)|"
                                # ("NATO foreign ministers opened two days of talks in Oslo": the place told, not the body's summit host)
                                r"\s+(?:opened|open|met|meet|gathered|gather|began|begin|held|hold|are\s+meeting|were\s+meeting|will\s+meet)\b"
                                r"(?=[^.;]{0,60}?\bin\s+(?:the\s+)?LOC\d|"
                                # ("G7 foreign ministers are meeting in a side room": at the gathering told, not the
                                # leaders' summit of the body's host that year)
                                r"(?:\s+(?:this|on|in)\s+\w+)?\s+(?:in\s+a\s+side\s+room|on\s+the\s+sidelines|here|behind\s+closed\s+doors|"
                                r"over\s+(?:breakfast|lunch|dinner))\b))")
# "had been in Montevideo since Thursday morning": a stay that began that day and goes on.
_HAD_BEEN_IN_SINCE = re.compile(r"\bPER(?P<per>\d+)(?:\s*,\s*(?:who|which)\s+|\s*,?\s+)had\s+(?:already\s+)?been\s+(?:in|at)\s+(?:the\s+)?"
                                r"LOC(?P<loc>\d+)\s+since\s+(?=(?:\w+\s+){0,2}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b)")
_BEEN_IN_SINCE = re.compile(r"\b(?:has|have)\s+been\s+(?:in|at)\s+(?:(?:the\s+)?LOC\d+|the\s+(?:city|capital))\s+"
                            r"(?:on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+)?since\b")
_AND_WORD = re.compile(r"\band\b")
# ", including to Jordan and South Africa": the places of a going told in general before ("travelled repeatedly in Africa")
_INCLUDING_TO = re.compile(r"(?:(?!PER\d)[^.;]){0,100}?,\s*including\s+(?:(?:visits?|trips?|stops?)\s+)?(?:to|in)\s+(?P<list>(?:the\s+)?LOC\d+"
                           r"(?:\s*(?:,|,?\s+and)\s+(?:to\s+|in\s+)?(?:the\s+)?LOC\d+)*)")
# What may stand between one place of a deed and the next: "in LOC1 on Monday and in LOC2", "in LOC1, and later in LOC2".
_AND_IN_NEXT = re.compile(r"(?:\s+(?:on|early\s+on|late\s+on)\s+\w+day|\s+(?:earlier|later)(?:\s+on)?(?:\s+\w+day)?)?\s*,?\s+and\s+"
                          r"(?:then\s+|later\s+|also\s+)?")
_AND_PLACE_AFTER = re.compile(r"\s+and\s+(?:the\s+)?(?:LOC|GOV)(\d+)\b")  # ("in Manila and Singapore": a capital after "and" is a place too)
_RELATIVE_WORD = re.compile(r",[^,]*\b(?:tour|trip|visit|journey|leg|swing)\s+(?:that|which)\s")
# (and a span's second end: "the Aug. 31-Sept. 1 meeting" opens on Aug. 31)
_BOUNDED_BEFORE = re.compile(r"\b(?:since|until|before|after|from)\s*(?:the\s+)?$|\d\s*[-–]\s*$")

# ---- the day of a warrant ---------------------------------------------------------------------------

# What a date near a warrant may belong to instead: the trip a "since" clause measures from ("his first trip
# abroad since the court ordered his arrest, on Wednesday"), a clause about the subject ("a warrant for X,
# whom Israel says it killed in July"), the crime charged ("over the attack on Israel on Oct. 7, 2023").
_CLAUSE_ABOUT_SUBJECT = re.compile(r",\s*(?:who|whom|whose|which)\b|\b(?:even\s+though|although|because)\b")
_CHARGED_EVENT_BEFORE = re.compile(
    r"\b(?:attacks?|raids?|massacres?|killings?|strikes?|assault|invasion|bombings?|incursion|deportations?)\s+"
    r"(?:(?:on|in|against|into)\s+(?:[\w’'-]+\s+){0,2}?(?:LOC|GOV|DEM)\d+\s+)?(?:on|of|in)\s+$")


def _not_the_warrants_day(sentence: Sentence, anchor: int, pos: int) -> bool:
    """Whether the date at ``pos`` dates something told beside the warrant at ``anchor``, not the warrant."""
    masked = sentence.masked
    if pos < anchor:
        return sentence.has_between("since", _SINCE_WORD, pos, anchor)
    return bool(_CLAUSE_ABOUT_SUBJECT.search(masked, anchor, pos) or _CHARGED_EVENT_BEFORE.search(masked[max(anchor, pos - 60) : pos]))


# ---- datelines -------------------------------------------------------------------------------------

# A wire story's opening place: "ULAANBAATAR, Sept 3 (Reuters) -", "NEW DELHI (AP) —", "Singapore, Sep 4 (PTI)", "Dushanbe,
# Tajikistan (AFP) -", "KARACHI:". The city is in capitals, or carries an agency, region or date.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RX = re.compile(
    r"^\s*(?P<city>[A-ZÀ-Ý][\w.'’ -]{1,38}?)(?P<more>/[\w.'’ /-]{2,40}?)?"
    r"(?:,\s*(?P<region>[A-Z][\w.'’ -]{1,30}?))?"
    # ("ASTANA, 28 November (Kazakh state agency) -": the day before the month, too)
    # ("BERLIN, May 3, 2024 -", "MOSCOW, November 14. /TASS/.": a year after the day, a full stop after it)
    rf"(?:,?\s*(?P<date>{_MONTH_ABBR}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ABBR})(?:,?\s+(?:19|20)\d\d)?\.?)?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w ./&-]{0,30})\)\.?|/(?P<agency2>[A-Za-z][\w .&-]{0,20})/\.?)?"
    # (a wire's agency may end it with no dash: "Singapore, Sep 4 (PTI) Prime Minister ...", "TOKYO, Oct 14 /Kyodo/ Japan's ...")
    r"(?:\s*(?:[-—–]{1,2}|:)\s+(?=\S)|(?:(?<=\))|(?<=\)\.)|(?<=/)|(?<=/\.))\s+(?=[A-Z]))"
)
# The day a story was filed, told in its dateline: "NEW DELHI, Nov 28 (PTI)", "MOSCOW, Oct 2 -".
_FILED_ON = re.compile(rf"^\s*[A-Z][\w.'’ -]{{1,38}}?,\s*(?:{_MONTH_ABBR}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ABBR})(?:,?\s+(?:19|20)\d\d)?\.?"
                       r"\s*(?:\([^)]{1,30}\)|/[^/]{1,20}/|[-—–:])")
_DATELINE_FORMS: dict[int, dict[str, Any]] = {}  # gazetteer id -> lower-cased place forms


def _place_forms(gaz: Gazetteer) -> dict[str, Any]:
    forms = _DATELINE_FORMS.get(id(gaz))
    if forms is None:
        forms = {form.lower(): place for form, place in gaz.forms.items()
                 if place.kind in {"country", "capital", "city", "place"}}
        _DATELINE_FORMS[id(gaz)] = forms
    return forms


_LIVE_ENTRY_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})\b", re.MULTILINE)
_GREETING_FROM = re.compile(r"\bGood (?:morning|afternoon|evening)(?: and welcome)?[^.\n]{0,80}?\bfrom\s+(?:the\s+)?"
                            r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:de|do|da|of|[A-Z][\w'’-]+)){0,3})")


def reverse_live_page_place(text: str, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """(ISO3, city) a live page written newest first greets its readers from in its first, bottom entry ("08:00 - Good
    morning from Rio de Janeiro, where leaders are arriving"): the place of every entry above it."""
    entries = list(_LIVE_ENTRY_TIME.finditer(text))
    if len(entries) < 3:
        return None
    minutes = [int(m.group(1)) * 60 + int(m.group(2)) for m in entries]
    if minutes[0] <= minutes[-1]:
        return None  # (oldest first: the greeting is read before the entries it places)
    greeting = _GREETING_FROM.search(text, entries[-1].start())
    if greeting is None:
        return None
    forms, words = _place_forms(gaz), greeting.group("place").split()
    for size in range(len(words), 0, -1):  # ("Rio de Janeiro, where ...", "Johannesburg and the Nasrec Expo Centre")
        place = forms.get(" ".join(words[:size]).lower())
        if place is not None:
            return place.iso3, (place.name if place.kind != "country" else None)
    return None


_DASH = re.compile(r"[-—–]")
# A state agency's style: "ASTANA. KAZINFORM -", "ASTANA. November 28. KAZINFORM --" (a place, a full stop, the agency)
_DATELINE_DOTTED = re.compile(rf"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{{1,30}}?)\.\s+(?:{_MONTH_ABBR}\s+\d{{1,2}}\.\s+)?[A-Z]{{3,15}}\s*(?:[-—–]{{1,2}}|:)\s+")
# Datelines naming no city of the gazetteer ("UNITED NATIONS —": the headquarters in New York)
_DATELINE_ONLY_PLACES = {"united nations": ("USA", "New York")}


# "Follow our live coverage of the Russian president's visit to Mongolia", "Live updates from the second day of X's state visit"
_LIVE_COVERAGE_OF_AT_END = re.compile(r"\b(?:live\s+|rolling\s+)?(?:coverage|updates)\s+(?:of|from)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|"
                                      r"opening)\s+day\s+of\s+)?(?:PER\d+(?:'s|’s)\s+|the\s+)?$", re.IGNORECASE)
# "has arrived at", "were seen arriving at": the only arrivals "the venue" after them places (at the story's gathering)
_ARRIVED_AT_VENUE_END = re.compile(r"\b(?:(?:has|have|had)\s+(?:just\s+)?arrived|seen\s+arriving)\s+at\s*$")
# A live page's header: "LIVE — Updates from the Nasrec Expo Centre, Johannesburg.", "Live updates from Belém"
# (not "... in Johannesburg, where traders meet": whose gathering that is, other rules tell)
_LIVE_FROM = re.compile(r"\s*(?:LIVE(?:\s+UPDATES)?\s*[—–:-]+\s*)?(?:(?:(?:Live\s+)?(?:[Uu]pdates|coverage)|Reporting|Live|"
                        # ("Our live page from the G20 leaders' summit in Rio de Janeiro.")
                        r"(?:Our\s+|This\s+is\s+our\s+)?[Ll]ive\s+(?:page|blog))\s+from|"
                        # ("LIVE -- Follow our coverage of the opening day of the general debate at the United Nations in New York.")
                        r"(?:Follow|Welcome\s+to)\s+our\s+(?:live\s+|rolling\s+)?(?:coverage|updates)\s+(?:of|from))\s+(?:the\s+)?"
                        r"(?:[^,.;\n]{1,100}?(?:,\s*|\s+in\s+))?(?P<city>[A-Z][\w'’-]+(?:\s+capital|(?:\s+(?:(?:de|da|do|del|la|le|el|al)\s+)?[A-Z][\w'’-]+){0,2}))"
                        # (a "where" clause that tells the gathering places the page: "from the Baku Olympic Stadium, where
                        # the second day of the leaders' summit is under way")
                        r"(?!\s*,\s*where\b(?![^.\n]{0,120}?\b(?:summit|conference|gathering|assembly|segment)\b))(?:\s*(?:[.,;\n]|$)|\s+(?=(?:ahead|for|on|as|during)\s))")


def dateline_place(text: str, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """(ISO3, city) of the story's dateline, or None when the text opens with no dateline."""
    if (live := _LIVE_FROM.match(text[:160])) is not None:
        if live.group("city").endswith(" capital") and (dem := gaz.forms.get(live.group("city")[: -len(" capital")])) is not None and (
                dem.kind == "demonym" and (capital := gaz.capitals.get(dem.iso3))):
            return dem.iso3, capital  # "Updates from the Indian capital"
        words = live.group("city").split()
        # ("the Baku Olympic Stadium": a venue named by its city)
        place = next((p for n in range(len(words), 0, -1) if (p := _place_forms(gaz).get(" ".join(words[:n]).lower())) is not None), None)
        return (place.iso3, place.name if place.kind != "country" else None) if place is not None and place.kind in {"capital", "city"} else None
    if (dotted := _DATELINE_DOTTED.match(text[:120])) is not None and (place := _place_forms(gaz).get(dotted.group("city").lower())):
        return place.iso3, (place.name if place.kind != "country" else None)
    m = _DATELINE_RX.match(text[:120])
    if m is not None and not m.group("more") and m.group("city").strip().isupper() and (
            only := _DATELINE_ONLY_PLACES.get(m.group("city").strip().lower())) is not None:
        return only
    if m is None or m.group("more"):
        return None  # "BEIJING/NEW DELHI": filed from two places, so neither places the story
    city = m.group("city").strip()
    forms = _place_forms(gaz)
    place = forms.get(city.lower())
    if not (city.isupper() or m.group("agency") or m.group("region") or m.group("date")) and (
            place is None or place.kind not in {"capital", "city"} or not _DASH.search(text, m.end("city"), m.end())):
        return None  # "Benjamin Netanyahu - ..." is no dateline: a dateline is capitalised, tagged or a city's name before a dash
    region = forms.get(m.group("region").strip().lower()) if m.group("region") else None
    if place is None:
        # "ANCHORAGE, Alaska": a city the gazetteer does not list, in a named country.
        return (region.iso3, None) if region is not None and region.kind == "country" else None
    if region is not None and region.kind == "country" and region.iso3 != place.iso3:
        return None  # "Paris, Texas": the region names another country
    return place.iso3, (place.name if place.kind != "country" else None)


# A meeting told in a clause of its own whose subject the reference does not know: "a day after Russian and
# Ukrainian delegations met in Istanbul" (not the main clause's people; "after they met" is theirs).
_OTHERS_MET_AFTER = re.compile(r"\b(?:after|before|when|while|until)\s+((?:(?!PER\d)[\w’'-]+\s+){1,5})$")
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|the\s+two(?:\s+\w+)?|both(?:\s+\w+)?|the\s+(?:leaders|men|presidents))", re.IGNORECASE)
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
# "When PER0 travels to X, it will be announced": a generic or hypothetical time clause.
_WHEN_CLAUSE = re.compile(r"\bwhen(?:ever)?\s+(?:[\w’']+\s+){0,3}$", re.IGNORECASE)
# Background trips in a list, each with its own time: "visited LOC0 in July and LOC1 in August",
# "trips to LOC0 last year and to LOC1 last month", "travelled to LOC0 in 2016 and to LOC1 in 2017".
# ("visited Kuwait on Oct. 21, Qatar the following day and Oman on Oct. 23")
_DATE_WORD = (r"(?:(?:following|next)\s+day|in|on|at|last|this|next|early|late|earlier|later|the|of|year|month|week|ago|spring|summer|"
              r"autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|"
              r"December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|"
              r"Friday|Saturday|Sunday|\d{1,4}(?:st|nd|rd|th)?)")
_LEG_FIRST = re.compile(r"\s*(?:(?:to|in)\s+)?(?:the\s+)?LOC(\d+)")
# ("in Astana in October for a regional summit, in Yerevan in November for ...": each leg's purpose after its time)
_LEG_NEXT = re.compile(rf"(?:[\s,]+{_DATE_WORD}){{0,4}}(?:\s+for\s+(?:(?:the|a|an)\s+)?(?:(?!LOC\d|\band\b)[^,;.]){{1,80}}?)?"
                       r"\s*(?:,\s*and|,|and|as\s+well\s+as)\s+(?:then\s+|finally\s+)?(?:(?:on\s+)?to\s+|in\s+)?"
                       r"(?:the\s+)?LOC(\d+)", re.IGNORECASE)
# ("for the APEC leaders' meeting later this week": the leg's purpose may come before its time)
_LEG_DATED = re.compile(rf"^(?:\s+for\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?(?:summit|meeting|talks|forum|conference|gathering|EVT\d+))?"
                        rf"(?:[\s,]+{_DATE_WORD}){{1,4}}", re.IGNORECASE)


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
        while (cont := _LEG_NEXT.match(masked, at, end)) is not None:
            # ("..., then to LOC2 on Wednesday and the LOC3 on Thursday": the repeated leg's own list)
            legs.append((int(cont.group(1)), cont.end()))
            at = cont.end()
    if not found and len(legs) == 1 and dated and (cont := _LEG_NEXT.match(masked, at, end)) is not None and (
            _LEG_DATED.match(masked[cont.end() : end])):
        # "goes on to LOC0 on Monday and LOC1 on Wednesday": each leg with its own day, the "to" told once
        while cont is not None:
            legs.append((int(cont.group(1)), cont.end()))
            at = cont.end()
            cont = _LEG_NEXT.match(masked, at, end)
        found = True
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
# ("has been in the city since Wednesday" in a story filed from it: here too)
_HERE = re.compile(r"\s*(?:here\b(?!\s+(?:is|are|was|were)\b)|(?:in\s+)?the\s+(?:city|capital|town|resort)\b(?!\s+of\b))", re.IGNORECASE)
# "There he sat down with ...", "There, X met Y": at the place the sentence before told (not "There is/are ...").
_THERE_OPENING = re.compile(r"\s*There(?:\s*,|\s+(?=PER\d|he\b|she\b|they\b))")
_HERE_ANYWHERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were)\b)", re.IGNORECASE)
# A stay with no place named: "on a two-day visit", "on his first state visit", "his visit here".
_STAY_HERE = re.compile(
    r"\b(?:on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b(?!\s+(?:to|of|in|at|by|with|abroad|next|later)\b)"
    r"(?!\s*(?:[,.;]|$)\s*(?:to|in)\b)|"
    r"(?P<past>during\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay)\s+here)\b|"
    # ("was accorded a state welcome at the palace here")
    r"\b(?:was|were)\s+(?:given|accorded)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:welcome|reception)\s+(?:at\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?here\b|"
    # ("LONDON - X was given the full state welcome on Tuesday": where the story is filed, unless a place is told)
    r"(?P<welcome>\b(?:was|were)\s+(?:given|accorded)\s+(?:a|an|the)\s+(?:full\s+|formal\s+)?(?:state|ceremonial|red-carpet|official)\s+"
    r"welcome\b(?!\s+(?:in|at|to)\s+(?:the\s+)?(?:LOC|GOV)\d)))",
    re.IGNORECASE,
)


# ---- tour legs ----------------------------------------------------------------------------------

# "arrived in LOC0 from LOC1": the place come from is a finished leg.
# Found from "from LOC" (a rare literal) back to the verb: scanning for the verbs costs more.
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?LOC(?P<o>\d+)(?!\s*(?:'s|’s|,\s*where))")
# "flew on from LOC0 to LOC1", "travelled from LOC0 to LOC1": the place flown from, told before the place flown to
_FLEW_FROM_AT_END = re.compile(r"\b(?:flew|travell?ed|went|moved|headed|drove)\s+(?:on\s+|onward\s+|straight\s+)?$", re.IGNORECASE)
_TO_PLACE_NEXT = re.compile(r"(?:\s+(?:early\s+|late\s+)?on\s+\w+day)?\s+to\s+(?:the\s+)?LOC\d+")  # ("from Warsaw on Monday to Berlin")
_ARRIVED_BEFORE = re.compile(
    r"\b(?:arrived|landed|flew|came|travell?ed|headed|moved)\s+(?:on\s+)?(?:in|at|to|into)\s+(?:the\s+)?LOC\d+\s+"
    r"(?:[\w’']+\s+){0,3}?$", re.IGNORECASE)
# "LOC0 is next", "the next stop is LOC1", "his next stop will be LOC2": a leg ahead.
_NEXT_STOP = re.compile(
    r"(?:LOC|GOV)(?P<a>\d+)\s+(?:is|comes|will\s+be)\s+next\b|"
    r"(?<!\w)[Nn]ext\s+(?:stop|leg|destination|port\s+of\s+call)\s+(?:is|will\s+be|was)\s+(?:the\s+)?(?:LOC|GOV)(?P<b>\d+)|"
    # "The final stop, on July 9, is Windhoek": the tour's end, ahead
    r"(?<!\w)(?:[Ff]inal|[Ll]ast)\s+(?:stop|leg|destination)(?:\s*,\s*on\s+[^,;]{1,20},)?\s+(?:is|will\s+be)\s+(?:the\s+)?(?:LOC|GOV)(?P<c>\d+)")
# The words "The final stop, on July 9, is Windhoek" cannot match without ("final"/"last" with "stop"/"leg")
_LAST_LEG_WORDS = ("nal stop", "ast stop", "nal leg", "ast leg")
# "after stops in LOC0 and LOC1", "following visits to LOC2": legs already done.
# (Spelled to start with a character set and no IGNORECASE, so the engine skips ahead cheaply.)
# ("X met Netanyahu in Jerusalem after a stop in Jordan": X's stop, the place of the meeting between)
_MET_BEFORE_STOPS = re.compile(r"\b(?:meet|met|meeting|see|saw|with|by)\s+PER\d+(?:\s+(?:in|at)\s+(?:the\s+)?LOC\d+)?(?:\s+on\s+\w+)?\s*,?\s*$")
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
    r"(?<!\w)(?:[Tt]our|[Tt]rip|[Jj]ourney|[Ss]wing|[Vv]isit)(?:\s*,[^,;]{1,90},|\s+(?:of|through)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?"
    # ("a tour that has already taken him to A and B and will end in C")
    r"(?:\s+(?:that|which)\s+[^;.]{1,120}?\s+and)?"
    # ("the tour started in Tel Aviv on Friday, ..., and continued on Saturday in Amman": both stops)
    r"(?:\s+(?:started|began|opened)\s+in\s+(?:the\s+)?LOC(?P<first>\d+)[^;.]{0,120}?,?\s+and(?=\s+(?:continued|moved\s+on|ended|wrapped\s+up|finished|concluded|closed)\b))?"
    # ("an African tour that began in Mauritius last Thursday")
    r"(?:\s+(?:that|which)(?:\s+had)?(?=\s+(?:began|begun|started|opened|kicked\s+off)\b))?"
    r"\s+(?:(?:will|is\s+(?:due|set|scheduled|expected)\s+to)\s+)?"
    r"(?P<verb>ends?|ended|concludes?|concluded|wraps?\s+up|wrapped\s+up|finish(?:es)?|finished|closes|closed|"
    r"began|begins|started|starts|opened|opens|kicked\s+off|continues|continued|resumes|resumed|moves\s+on|moved\s+on)\s+"
    r"(?:\w+\s+){0,2}?(?:in|to)\s+(?:the\s+)?LOC(?P<a>\d+)")
# "He had been due in Riyadh on Wednesday, but his office said the visit had been postponed": a trip called off
# ("had been due to spend part of this week in Azerbaijan at the conference, but ...")
_DUE_BUT_OFF = re.compile(r"\bPER(?P<per>\d+)\s+had\s+(?:also\s+)?been\s+(?:due|expected|scheduled)\s+(?:to\s+(?:(?!PER\d)[\w-]+\s+){1,5}?)?(?:in|at)\s+"
                          r"(?:the\s+)?LOC(?P<loc>\d+)\b[^.;]{0,60}?,\s*but\b[^.;]{0,100}?\b(?P<verb>postponed|called\s+off|cancell?ed|"
                          r"scrapped|shelved|dropped|put\s+off)\b")
# "Jordan called off a summit in Amman where he had been due to meet Arab leaders": his trip there is off
_OFF_WHERE_DUE = re.compile(r"\b(?P<verb>called\s+off|cancell?ed|scrapped|postponed|shelved)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|visit)\s+"
                            r"in\s+(?:the\s+)?LOC(?P<loc>\d+)\s*,?\s*where\s+PER(?P<per>\d+)\s+had\s+been\s+(?:due|expected|scheduled)\b")
# "X said he did not want a wasted meeting with Y, ..., in effect shelving a summit in Budapest": both trips off
_MEETING_WITH_PER = re.compile(r"\b(?:meeting|summit|talks)[\"”’']?\s+with\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:(?!PER\d)[\w-]+\s+){0,2}?PER(\d+)")
_SHELVING_MEETING_IN = re.compile(r",\s*(?:in\s+effect\s+|effectively\s+)?(?:(?:shelving|scrapping|cancell?ing|calling\s+off|postponing)\s+|"
                                  r"putting\s+on\s+(?:ice|hold)\s+)(?:a|the)\s+(?:planned\s+|proposed\s+)?(?:[\w-]+\s+)?"
                                  r"(?:summit|meeting)\s+in\s+(?:the\s+)?LOC(?P<loc>\d+)")
# "A stop in Athens that had been planned for Thursday has been dropped": that leg is off (the traveller is the one the
# clause or the story just named).
_STOP_DROPPED = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?:planned\s+|scheduled\s+)?(?:stop|stopover|leg|visit)\s+in\s+(?:the\s+)?LOC(?P<loc>\d+)\s+"
                           r"(?:that|which)\s+[^.;]{1,80}?\s+(?:has|had|was|have)\s+(?:been\s+)?(?:dropped\b|"
                           # ("A stop in the Philippines that officials had been preparing was removed from the schedule")
                           r"(?:removed|taken\s+off)\s+(?:from\s+)?(?:the|his|her|its)\s+(?:[\w-]+\s+)?(?:schedule|itinerary|programme|program|agenda)\b)")
# A trip called off, told with no place: "That leg has been postponed indefinitely", "The visit was
# called off", "officials scrapped the rest of his trip". What it refers to is the trip told nearby.
# "The French leg, which should have begun in Paris, was postponed": the leg's own place
_LEG_PLACE_TOLD = re.compile(r"\bDEM(\d+)\s+(?:leg|visit|trip|stop|stopover)\b|\b(?:begun|begin|started|start|been|taken\s+place)\s+in\s+(?:the\s+)?LOC(\d+)")
_CANCEL_TOLD = re.compile(
    r"\b(?P<det>the|that|this|his|her|their|PER\d+(?:'s|’s)?|a(?=\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+(?:the\s+)?LOC))\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>visits?|trips?|legs?|tour|journey|stopover|stop|"
    r"travel\s+plans)\b(?:\s+(?:to|in)\s+(?:the\s+)?LOC(?P<loc>\d+))?(?:\s*,[^,;]{1,140},|\s+(?:that|which)\s+[^,;.]{1,80}?(?=\s+(?:has|had|was|is)\s))?"
    # ("A state visit to the Holy See had been scheduled for April 8 but was postponed in March")
    # (only for a trip told with its place: "The trip had been scheduled for last July but was postponed" is the trip
    # now being made, put off before)
    r"(?P<sched>\s+(?:had\s+been|was)\s+(?:scheduled|planned|set|due|pencilled\s+in)\s+(?:for\s+)?[^,;.]{1,30}?\s+(?:but|and)(?=\s+(?:was|has|had)\s))?"
    r"(?:\s+(?!to\b|in\b|at\b)[\w’']+){0,4}?\s+(?:has|have|had|was|were|is|are|will)\s+(?:been\s+|being\s+|be\s+)?"
    # ("A visit to the UAE, which had been planned for January and was postponed ..., has still not been rescheduled")
    r"(?:now\s+|also\s+)?(?P<verb>cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|put\s+off|put\s+on\s+hold|delayed|abandoned|dropped|"
    r"(?<=has\s)(?:still\s+)?not\s+been\s+rescheduled)\b|"
    r"\b(?P<verb2>cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|put\s+off|delayed|abandoned|dropped)\s+(?P<rest>the\s+rest\s+of\s+)?"
    # ("has postponed all his foreign trips": each trip he had)
    r"(?:all\s+(?:of\s+)?)?(?P<det2>the|that|this|his|her|their|PER\d+(?:'s|’s)?)\s+(?:[\w-]+\s+){0,3}?(?P<noun2>visits?|trips?|legs?|tour|journey|stopover|stop|"
    r"travel\s+plans)\b",
    re.IGNORECASE,
)
# ("will visit LOC0 on Friday and LOC1 on Saturday": the first stop's day told between them)
_LIST_PLACE = re.compile(r"(?P<day>\s+(?:on|early\s+on|late\s+on)\s+\w+day(?=\s+and\s))?\s*(?:,|and|,\s*and)\s+(?:then\s+)?(?:to\s+|in\s+)?(?:the\s+)?(?:LOC|GOV)(?P<i>\d+)(?![\d'’])"
                         # (after a day, only a stop ends so: "and Finland said ..." is a new clause)
                         r"(?(day)(?=\s+(?:on|in|at|for|after|before|later|next|the|to)\b|\s*[.,;:)]|\s*$))")  # (a capital read as its government: "London and Abu Dhabi")
_LIST_PLACE_AFTER = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?LOC(\d+)(?![\d'’])")
# A trip not made names its places with "or" too: "will no longer go to LOC0 or LOC1".
_EITHER_PLACE = re.compile(r"\s*(?:,|and|,\s*and|or|,\s*or|nor)\s+(?:then\s+)?(?:to\s+)?LOC(\d+)(?![\d'’])")
# ", and then on to LOC0": the next leg of the motion the sentence told.
# (", before flying on to LOC0": the same.)
_THEN_ON_TO = re.compile(r"\b(?:(?:and\s+)?then\s+on\s+to|before\s+(?:flying|heading|travell?ing|going|moving|continuing)\s+"
                         r"(?:on\s+)?to|before\s+(?:a|his|her)\s+(?:final\s+|last\s+|brief\s+)?(?:stop|stopover)\s+in)\s+(?:the\s+)?LOC(?P<a>\d+)",
                         re.IGNORECASE)


# A word every _TOUR_END match holds (its verb, or a piece of it).
# The stops after a tour's next one: ", followed by LOC1 on Wednesday and the LOC2 on Thursday".
_FOLLOWED_BY = re.compile(r"[^;.]{0,40}?,?\s+(?:followed\s+by|and\s+then|then)\s+(?:the\s+)?LOC(?P<a>\d+)")
_NEXT_STOP_IN_LIST = re.compile(r"(?:\s+(?:on|in|at|this|next)\s+[^,;.]{1,20}?)?\s*(?:,|,?\s+and)\s+(?:then\s+)?(?:the\s+)?(LOC\d+)")
_TOUR_END_VERBS = ("ends", "ended", "end in", "conclud", "wrap", "finish", "closed", "closes", "began", "begins", "start", "opened",
                   "opens", "kicked", "continues", "continued", "resumes", "resumed", "moves on", "moved on")


def _leg_anchors(m: str, possible: frozenset[str]) -> set[str]:
    """Which leg rules can match this masked sentence: plain substring tests (a regex scan costs more
    than all of them, and most sentences have none), only for those the article can hold at all."""
    out = set()
    if "from" in possible and ("from LOC" in m or "from the LOC" in m) and ("arrived" in m or "landed" in m or "flew" in m or "came" in m
                                                     or "travel" in m or "headed" in m or "moved" in m or "went" in m or "drove" in m):
        out.add("from")
    if "next" in possible and ("is next" in m or "comes next" in m or "be next" in m or "next stop" in m or "next leg" in m
                        or "next destination" in m or "next port" in m or _has_any(m, _LAST_LEG_WORDS)):
        out.add("next")
    if "after" in possible and ("stop" in m or "visits" in m or "stays" in m or "legs" in m or "days" in m or "nights" in m
                                or "talks" in m or "trip" in m or "summit" in m) and (
            "fter" in m or "ollowing" in m or "aving" in m or "from" in m):
        out.add("after")
    if "left" in possible and (" for LOC" in m or " for the LOC" in m) and ("left" in m or "eave" in m or "epart" in m):
        out.add("left")
    if "then" in possible and ("then on" in m or "before " in m):
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
    if "next" in text or _has_any(text, _LAST_LEG_WORDS):
        out.append("next")
    if ("stop" in text or "visits" in text or "stays" in text or "legs" in text or "days" in text or "nights" in text
            or "fresh from" in text or "straight from" in text):
        out.append("after")
    if "left " in text or "eave" in text or "epart" in text:
        out.append("left")
    if "then on" in text or "before " in text:
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
(_CANCEL_VERB_HINT, _W_REQUEST, _GATHER_IN, _IF_UNLESS, _W_WITHDRAWN, _CANCEL_RX,
 _W_REJECTED, _NOUN_PLANNED, _MEET_RX, _W_NEGATED, _PRE_PAST_PLAN, _WARRANT_NOUNISH, _PRE_NEG, _W_ISSUE_WORD,
 _GATHERING_SENTENCE, _W_SPEC, _CAUSE_WORD, _NOT_ARREST_WARRANT, _HOSTED_RX) = (  # type: ignore[assignment]
    Probed(rx) for rx in (
        _CANCEL_VERB_HINT, _W_REQUEST, _GATHER_IN, _IF_UNLESS, _W_WITHDRAWN, _CANCEL_RX,
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


def _stay_runs_on(when: str | None, evidence: str, published: date) -> bool:
    """Whether a deed done ``when``, told with a stay's length ("at the start of a two-day visit"), falls on a stay
    that still goes on at the article's date (and the sentence tells no end of it)."""
    if when is None or len(when) != 10 or (length := _STAY_OF_DAYS.search(evidence)) is None or _STAY_ENDED.search(evidence):
        return False
    word = length.group(1).lower()
    return 0 <= (published - date.fromisoformat(when)).days < (int(word) if word.isdigit() else _STAY_DAYS[word])


# A round-up's section head: "MOSCOW: A BIRTHDAY SUMMIT." (a capitalised place, a colon, a capitalised headline)
# "LONDON: South Korea's Yoon was given ...": a round-up's section whose place heads its first sentence.
_SECTION_LEAD = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,30}:\s+[A-Z]")
_SECTION_HEAD = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,30}:\s+[A-Z0-9][^a-z]{2,80}[.!?]?$")
_WEEKLY_ROUNDUP = re.compile(r"\bweekly\s+(?:round-?up|digest|wrap|briefing)\b|^the\s+week\s+in\b|\bweek\s+in\s+review\b|"
                             r"\bround-?up\s+of\s+the\s+week\b")  # ("Our Saturday round-up of the week's comings and goings")
# A round-up's section opened by a place alone: "PARIS.", "Cairo." (its own sentence, at a paragraph's start)
_PLACE_ONLY = re.compile(r"(?P<city>[A-ZÀ-Ý][\w'’ -]{1,30}?)\.$")


def section_place(text: str, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """(ISO3, city) of a round-up section's head that is a place alone ("THE HAGUE.", "Cairo."), else None."""
    m = _PLACE_ONLY.fullmatch(text.strip())
    place = _place_forms(gaz).get(m.group("city").lower()) if m is not None else None
    if place is None:
        return None
    return place.iso3, (place.name if place.kind != "country" else None)


def _stay_over(when: str | None, evidence: str, published: date, weekly: bool = False) -> bool:
    """Whether a stay begun ``when`` must be over by the article's date: a past month's arrival, one
    more than two weeks back (four days in a weekly round-up), or one whose stated length ("a three-day visit") has run out."""
    if when is None:
        return False
    if len(when) < 10:
        return when < published.isoformat()[: len(when)]
    days = (published - date.fromisoformat(when)).days
    if weekly and days >= 4:
        return True
    length = _STAY_LENGTH.search(evidence)
    if length:
        word = length.group(1).lower()
        return days >= (int(word) if word.isdigit() else _STAY_DAYS[word])
    return days > 14


def _first_day(value: str) -> date:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD value."""
    return date.fromisoformat((value + "-01-01")[:10])


# "a summit between Trump and Vladimir Putin": the two a meeting is between
_BETWEEN_TWO = re.compile(r"\b(?:summit|meeting|talks|encounter)\s+between\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER(\d+)\s+and\s+(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER(\d+)\b")


def _pair_named(sentence: Sentence) -> tuple[Person, Person] | None:
    """The two people a sentence names (titles and pronouns included), if it names exactly two."""
    people = list({e.person.name: e.person for e in sentence.entities if e.person is not None}.values())
    if len(people) > 2 and " between " in sentence.masked and (two := _BETWEEN_TWO.search(sentence.masked)) is not None and (
            (first := sentence.entities[int(two.group(1))].person) is not None
            and (second := sentence.entities[int(two.group(2))].person) is not None and first is not second):
        return first, second  # "X revived the idea of a summit between Trump and Putin": those two, not X
    return (people[0], people[1]) if len(people) == 2 else None


def _pair_before(sentences: list[Sentence], index: int) -> tuple[Person, Person] | None:
    """The two people "the two leaders" at sentence ``index`` stands for: those of the last sentence, if it names
    exactly two, else of the one before it (a sentence naming no one else may come between: "Xi met Putin on Monday.
    Trade was on the agenda. The two leaders last met in Samarkand")."""
    between: set[str] = set()
    for back in range(1, 3):
        if index - back < 0:
            return None
        if (pair := _pair_named(sentences[index - back])) is not None:
            # (anyone named since who is not one of them makes "the two" someone else: "Peskov said Putin and his
            # guest would talk. The two men last met in 2022")
            return pair if between <= {pair[0].name, pair[1].name} else None
        between |= {e.person.name for e in sentences[index - back].entities if e.person is not None}
    return None


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
# A relative clause closed by a comma and the main clause's predicate after it: "..., arrived in LOC3 on Thursday and ".
_MAIN_CLAUSE_RESUMED = re.compile(r",\s+(?!and\b|or\b|but\b|PER\d|LOC\d|DEM\d)[a-z]")
_RELATIVE_SUBJECT = re.compile(r"((?:PER\d+(?:\s+of\s+LOC\d+)?\s*(?:,\s*|,?\s+and\s+))*PER\d+)(?:\s+of\s+LOC\d+)?(?:'s|’s)?\s*,\s*(?:who|whose|whom)$")
# "PER0, who has called climate change a "con job", did not attend": the clause after the quote is PER0's.
_RELATIVE_BEFORE_QUOTE = re.compile(r"((?:PER\d+\s*(?:,\s*|,?\s+and\s+))*PER\d+)\s*,\s*(?:who|whose|whom)\b[^;,“”\"]*[“\"][^;“”\"]*[”\"]$")
_COMMA_AT_START = re.compile(r"\s*,\s")


# A predicate joined to the clause before with no subject of its own: "but is expected in LOC2 for the parade", "had been
# invited but decided not to go" (an auxiliary, or a verb of choosing).
_AND_BUT_AT_END = re.compile(r"\b(?:and|but)\s*$")
_SUBJECTLESS_PREDICATE = re.compile(r"\s*(?:then\s+|also\s+|later\s+|still\s+)?(?:is|are|was|were|will|would|has|have|had|decided|chose|opted|declined|refused)\b")
_SUBJECT_AT_START = re.compile(r"\s*(?:(?:LOC|DEM|GOV)\d+(?:'s|’s)\s+)?PER(\d+)\b")
# The other side of talks: "where PER1 had held talks with PER2, the fourth stop on a tour that began in X".
_TALKS_WITH_AT_END = re.compile(r"\b(?:talks|meeting|meetings|summit|dinner|lunch)\s+with\s+$")
# An apposition between a subject and its verb: "PER1, a close PER2 ally, also skipped".
_APPOSITION_AT_END = re.compile(r"PER\d+\s*(?P<inside>,\s*(?:a|an|the|his|her|both|each|one\s+of|(?:days|weeks|months|hours)\s+(?:away\s+from|after|before))\s+[^,;]{0,80}?),\s*"
                                # (and the verb chain up to the word: "has decided not to attend")
                                r"(?:(?!PER\d)[\w’'-]+\s+){0,6}$")


# A subject pronoun left unmasked: the pronoun reader found it stands for no one watched.
_EMPHATIC_SELF = re.compile(r"(?<=\s)(?:himself|herself|themselves)\s+")
_AGE_APPOSED_AT_END = re.compile(r"PER(\d+)\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*$")
_UNRESOLVED_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b")


_COURT_DATE_OWNER = re.compile(r"(?:'s|’s)?\s+(?:verdict|trial|hearing|sentencing|ruling|appeal|judgment|arraignment)\b")
_CALL_WITH_AT_END = re.compile(r"\b(?:call|calls|conversation|videoconference)\s+with\s+$")
_MEMBER_OF_AT_END = re.compile(r"\b(?:member|members|officials?|aides?|ministers?)\s+of\s+PER\d+\s+(?:[\w-]+\s+){0,2}$")


# "The leaders of A, B and C - X, Y and Z - arrived": the names in a dashed aside are the subject.
# (each name may come with its country, and some may be people the reference does not know: "The other guests - LOC0's
# PER1, PER2, LOC3's Shavkat Mirziyoyev and LOC4's PER5 - arrived")
_DASHED_ITEM = r"(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?(?:PER\d+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})"
_DASHED_NAMES_AT_END = re.compile(rf"\s[-—–]\s*({_DASHED_ITEM}(?:\s*,\s*{_DASHED_ITEM})*(?:\s*,?\s*and\s+{_DASHED_ITEM})?)\s*[-—–]\s*$")


# "is standing in for PER3": the one stood in for
_STOOD_IN_FOR = re.compile(r"(?:stood|stands|standing|stand)\s+in\s+for\s+PER(\d+)")
_STOOD_FOR_AT_END = re.compile(r"\b(?:(?:standing|stands|stood|stand)\s+in\s+for|in\s+place\s+of|instead\s+of)\s+$")


# "X and her French counterpart, Y, travelled to Damascus": a subject of two, the second told by role and name
_AND_COUNTERPART_APPOSED_AT_END = re.compile(r"(?:^|[,;:—–-]\s*)(?:[\w'’-]+\s+){0,3}?PER(\d+)\s+and\s+(?:PER\d+|his|her)\s+(?:DEM\d+\s+)?"
                                            r"(?:counterpart|opposite\s+number)\s*,\s*PER(\d+)\s*,\s*$")


def _travelers_before(masked: str, entities: list[Entity], pos: int, clause_start: int) -> list[Entity]:
    """The traveller of a verb at ``pos``: the nearest PER before it in the clause ("X and Y": both)."""
    window = masked[clause_start:pos]
    if ", " in window and _GROUP_SUBJECT_AT_END.search(window, max(0, len(window) - 120)) is not None:
        return []  # "..., and only a handful of EU heads of government made the trip": the group did, no one named
    if "," in window and masked.endswith("who", 0, clause_start) and _MAIN_CLAUSE_RESUMED.search(window) and (
            rel := _RELATIVE_SUBJECT.search(masked[:clause_start])) is not None:
        # "X, who had challenged Y to meet him in Turkey, arrived in Ankara and was received ...": past the
        # relative clause's end the verb is X's, not the one the clause names
        return [_per(entities, i) for i in _PER_INDEX.findall(rel.group(1))]
    found = list(_PER_INDEX.finditer(window))
    if found and " of PER" in window and ", " in window[:40] and _UNKNOWN_SUBJECT.match(window) and (
            (closed := _STRANGER_APPOSED.match(window)) is not None and found[-1].end() <= closed.end()):
        return []  # "Witkoff, a property developer and longtime friend of PER0, made a trip": the stranger's, not PER0's
    if found and (" for PER" in window or " of PER" in window):
        # "X, who is standing in for Y and arrived with ...": the one stood in for is no subject
        found = [t for t in found if not _STOOD_FOR_AT_END.search(window, max(0, t.start() - 24), t.start())]
    if found and " of PER" in window and _MEMBER_OF_AT_END.search(window):
        return []  # "No member of his cabinet came either": the subject is someone of his, not him
    if found and _COURT_DATE_OWNER.match(window, found[-1].end()):
        return []  # "His verdict is due on Oct. 6": a court date, not a trip
    if len(found) == 1 and _CALL_WITH_AT_END.search(window, max(0, found[0].start() - 30), found[0].start()):
        return []  # "A phone call with X is expected later this week": a call, not a trip
    relative_near = ", wh" in masked[max(0, pos - 200) : pos]  # (a cheap test before the two searches below)
    if found and relative_near and (rel := _SUBJECT_PAST_RELATIVE.search(masked, max(0, pos - 200), pos)) is not None:
        # "PER1, whom PER2 called corrupt, did not attend": the verb after the relative clause is PER1's.
        return [_per(entities, i) for i in _PER_INDEX.findall(rel.group(1))]
    if not found and (aged := _AGE_APPOSED_AT_END.search(masked, max(0, clause_start - 24), clause_start)) is not None:
        return [_per(entities, aged.group(1))]  # "The King, 76, is himself due to travel": the one whose age is told
    if _UNRESOLVED_SUBJECT_PRONOUN.search(window, found[-1].end() if found else 0):
        return []  # "Nirav Modi, who is not related to PER0, ..., though he remains in LOC3": "he" is a stranger
    if not found and clause_start and masked[:clause_start].rstrip()[-1:] in "-—–" and (
            dashed := _DASHED_NAMES_AT_END.search(masked, max(0, clause_start - 200), clause_start)) is not None and (
            not window.strip(" ,")[:1].isupper()):
        return [_per(entities, i) for i in _PER_INDEX.findall(dashed.group(1))]
    if not found:
        # "Xi, who is in South Africa": a relative clause's subject is the name it hangs on.
        rel = _RELATIVE_SUBJECT.search(masked[:clause_start]) or (
            _RELATIVE_BEFORE_QUOTE.search(masked[:clause_start]) if _COMMA_AT_START.match(window) else None)
        if rel is None and clause_start and _AND_BUT_AT_END.search(masked, max(0, clause_start - 8), clause_start) and (
                _SUBJECTLESS_PREDICATE.match(masked, clause_start)):
            # "PER0 is not at the summit but is expected in Beijing": the subject of the clause before.
            before_start, _ = _clause_bounds(masked, max(0, clause_start - 8))
            first = _SUBJECT_AT_START.match(masked, before_start, clause_start)
            return [_per(entities, first.group(1))] if first else []
        return [_per(entities, i) for i in _PER_INDEX.findall(rel.group(1))] if rel else []
    if found and clause_start and _AND_PREDICATE_AT_END.search(window) and masked.endswith("where", 0, clause_start) and (
            (where := _SUBJECT_THEN_WHERE_AT_END.search(masked, 0, clause_start)) is not None):
        # "X flew in from Paris, where he had joined Y at the ceremonies, and used his address to ...": the predicate
        # after ", and" is the subject's told before the "where" clause, not a name inside it
        return [_per(entities, where.group(1))]
    if len(found) > 1 and ", " in window and (appos := _APPOSITION_AT_END.search(window)) is not None:
        # "LOC0's PER1, a close PER2 ally, also skipped the summit": PER1 skipped it, not PER2.
        found = [f for f in found if f.start() < appos.start("inside")] or found
    last = found[-1]
    # "PER0 accepted an invitation from PER1 to visit" (or "PER1's invitation"): the one a phrase comes from is no subject.
    while len(found) > 1 and (_FROM_BY_AT_END.search(window[max(0, last.start() - 6) : last.start()])
                              or _TALKS_WITH_AT_END.search(window, max(0, last.start() - 20), last.start())
                              or _INVITATION_OWNER.match(window, last.end()) or (
            _MEETING_OBJECT_END.search(window[max(0, last.start() - 40) : last.start()])
            # ("X is to meet Y and Z, officials said, and was also due in Ramallah": the one met is no subject)
            and (_COORDINATED_VERB_END.search(window, last.end()) or _COORDINATED_AUX_END.search(window, last.end())))):
        found.pop()
        last = found[-1]
    if (len(found) == 1 and _MEETING_OBJECT_END.search(window[max(0, last.start() - 40) : last.start()])
            and (clause_start and _COORDINATED_VERB_END.search(window, last.end()) or _COORDINATED_AUX_END.search(window, last.end()))):
        # "PER7 went to LOC1 on July 2 to meet PER2, then flew to LOC3": the one met is no subject; the
        # traveller is the one before the clause.
        earlier = list(_PER_INDEX.finditer(masked, 0, clause_start))
        while earlier and _MEETING_OBJECT_END.search(masked, max(0, earlier[-1].start() - 10), earlier[-1].start()):
            earlier.pop()
        return [_per(entities, earlier[-1].group(1))] if earlier else []
    if "," in window and _GROUP_SUBJECT_AT_END.search(window, last.end()):
        return []  # "X was represented by his son, and several European monarchs came in person": the group came
    if _ROLE_OF.match(window, last.end()) and (
            window.startswith(("'s", "’s"), last.end()) or _per(entities, last.group(1)).surface.lower() in {"his", "her"}):
        if (both := _LEADER_AND_AT_END.search(window, 0, last.start())) is not None:
            return [_per(entities, both.group(1))]  # "PER0 and his wife, Brigitte, arrived": he went too
        return []  # "PER0's adviser Celso Amorim went to ...": the adviser went, not PER0
    if " counterpart" in window and (pair := _AND_COUNTERPART_APPOSED_AT_END.search(window)) is not None:
        # "PER0 and her French counterpart, PER2, travelled to Damascus": both ("her" is masked as PER0 herself)
        return [_per(entities, pair.group(1)), _per(entities, pair.group(2))]
    chosen = [_per(entities, last.group(1))]
    # "PER0 and PER1 will attend": a coordinated subject travels together ("PER0 and LOC1's PER2" too).
    head = _COUNTRY_POSSESSIVE_END.sub("", window[: last.start()])
    # "PER1, whose politics PER2 admires, and PER4 were also there": the first one too.
    split = _LISTED_PAST_RELATIVE.search(masked, max(0, clause_start + last.start() - 200), clause_start + last.start()) if relative_near else None
    if split is not None:
        chosen.insert(0, _per(entities, split.group(1)))
        head = head[: max(0, split.start() - clause_start)]
    head = _strip_possessive_role(head, entities)
    m = _PER_LISTED_AT_END.search(head)
    if m is None and ", and " in head and (apposed := _PER_APPOSED_LISTED_AT_END.search(head)) is not None:
        # "PER0, a guest of the chair, and PER1, on her first trip abroad, also attended": both
        chosen.insert(0, _per(entities, apposed.group(1)))
        head = _COUNTRY_POSSESSIVE_END.sub("", head[: apposed.start()])
        m = _PER_LISTED_AT_END.search(head)
    while m:
        if _TALKS_WITH_AT_END.search(head, max(0, m.start(1) - 24), m.start(1) - 3):
            break  # "After talks with PER0, PER1 returned to LOC2": the one talked with stayed
        chosen.insert(0, _per(entities, m.group(1)))
        head = _COUNTRY_POSSESSIVE_END.sub("", head[: m.start()])  # "LOC0's PER1, LOC2's PER3 and ..."
        head = _strip_possessive_role(head, entities)
        m = _PER_LISTED_AT_END_NO_AMP.search(head)
    return chosen


_POSSESSIVE_ROLE_END = re.compile(r"PER(\d+)\s+(?:[a-z][\w-]*\s+){0,3}$")


# (and a hyphenated title's head the masker left: "..., UN Secretary-PER6 and PER7"; a title may have its people:
# "PER0 and DEM1 Foreign Secretary PER2")
_TITLE_WORDS_END = re.compile(r"(?:,\s*|\s+and\s+)((?:DEM\d+\s+)?(?:[A-Z][a-z][\w-]*\s+(?:of\s+)?){1,4}|(?:[A-Z][\w.]*\s+){0,3}[A-Z][a-z]\w*-)$")


# "PER0 and the chairperson of the AU Commission, PER1": a role told in lower case, its holder apposed
_ROLE_THEN_NAME_END = re.compile(r"\s+and\s+(the\s+(?:[a-z][\w-]*\s+){1,3}?of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s*)$")


def _strip_possessive_role(head: str, entities: list[Entity]) -> str:
    """"PER0, his interior minister PER1 and his defence minister PER2": the role before a listed name goes
    (and a title: "PER0 and Secretary of State PER1", or an apposed role: "PER0 and the head of the X, PER1")."""
    if (title := _TITLE_WORDS_END.search(head)) is not None:
        return head[: title.start(1)]
    if ", " in head[-3:] and (role := _ROLE_THEN_NAME_END.search(head)) is not None:
        return head[: role.start(1)]
    role = _POSSESSIVE_ROLE_END.search(head) if "PER" in head[-40:] else None
    if role is not None and _per(entities, role.group(1)).surface.lower().split()[0] in {"his", "her", "their"}:
        return head[: role.start()]
    return head


# "PER0's chief foreign policy adviser, X, went": the possessor's aide, minister or family is the subject.
# ", and several European monarchs": a clause of its own whose subject is a group, no one named
_GROUP_SUBJECT_AT_END = re.compile(r",\s+(?:and|but|while)\s+(?:(?:several|many|some|other|most|few|all|no|the|a\s+dozen|dozens\s+of|(?:only\s+)?a\s+handful\s+of|a\s+(?:group|team|delegation)\s+of)\s+)?(?:[\w-]+\s+){0,3}?"
                                   r"(?:leaders|monarchs|royals|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|ministers|"
                                   r"officials?|delegations|dignitaries|others|guests)\s+(?:(?:had|have|has|were|is|was)\s+)?(?:also\s+|all\s+|both\s+)?$")
_PER_APPOSED_LISTED_AT_END = re.compile(r"PER(\d+)\s*,\s*(?:a|an|the)\s+[^,;]{0,80}?,\s*and\s+$")
_AND_PREDICATE_AT_END = re.compile(r",\s+and\s+(?:then\s+|later\s+|also\s+)?$")
_SUBJECT_THEN_WHERE_AT_END = re.compile(r"^(?:[^,;]{0,60}\s[-—–]\s+)?(?:(?:LOC|DEM)\d+(?:'s|’s)\s+)?PER(\d+)\b[^,;]{0,120},\s*where\s*$")
_LEADER_AND_AT_END = re.compile(r"PER(\d+)\s+and\s+$")  # ("PER0 and his wife": the leader goes too)
_ROLE_OF = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:advis[eo]rs?|aides?|envoys?|spokes(?:man|woman|person)|ministers?|secretary|"
    r"wife|husband|son|daughter|sons|daughters|family|deputy|deputies|delegation|negotiators?|representatives?|"
    r"ambassadors?|officials?|team|government|chief\s+of\s+staff|emissary|special\s+representative|"
    r"predecessor|successor|party|diplomats?|generals?|commanders?|troops|forces)\b(?!\s+(?:to|in|at)\b)",
    re.IGNORECASE,
)
