"""Language the sixth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set): a military government's leader by his titles, the Taliban as Afghanistan's
government, a warrant told as the object of an application."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import facts
from warrantwatch.reference import Reference

NOV_2024 = date(2024, 11, 28)


# -- a military government's leader: "the junta chief", "Myanmar's military ruler", "the general" ------------

@pytest.mark.parametrize("text", [
    "Myanmar's military ruler flew to Kunming earlier this month for a regional summit.",
    "Myanmar's junta chief flew to Kunming earlier this month for a regional summit.",
    "Min Aung Hlaing faces growing pressure at home. The junta chief flew to Kunming earlier this month for a regional summit.",
    "Min Aung Hlaing faces growing pressure at home. The general flew to Kunming earlier this month for a regional summit.",
])
def test_military_rulers_titles_name_him(ref: Reference, text: str) -> None:
    assert facts(ref, text, NOV_2024) == {("visit", "Min Aung Hlaing", "CHN", "completed")}


def test_the_commander_in_chief_paragraphs_after_he_was_named_is_him(ref: Reference) -> None:
    text = ("Senior General Min Aung Hlaing chaired a meeting of the ruling council in Naypyidaw on Monday.\n\n"
            "Fighting continued in the north of the country. Rebel groups claimed new gains near the border.\n\n"
            "Aid agencies said access remained difficult.\n\n"
            "The commander-in-chief travelled to China earlier this month, his first trip there since the coup.")
    assert facts(ref, text, NOV_2024) == {("visit", "Min Aung Hlaing", "CHN", "completed")}


@pytest.mark.parametrize("text", [
    "Min Aung Hlaing promised a vote next year. The general election will be held in stages, officials said in Beijing.",
    "Min Aung Hlaing was not invited. The General Assembly met in New York on Tuesday.",
    "Min Aung Hlaing has not left the country since March. The general public in Thailand was not told of any visit.",
])
def test_general_as_an_adjective_or_in_a_name_is_no_person(ref: Reference, text: str) -> None:
    assert {f for f in facts(ref, text, NOV_2024) if f[0] == "visit"} == set()


def test_a_military_title_names_no_one_in_a_country_without_such_a_ruler(ref: Reference) -> None:
    # Only Myanmar's commander-in-chief is in the people reference: another country's army chief is no one.
    assert facts(ref, "Pakistan's army chief flew to Washington on Wednesday for talks.", NOV_2024) == set()


# -- the Taliban stand for Afghanistan's government ------------------------------------------------------------

def test_the_taliban_leader_is_afghanistans_supreme_leader(ref: Reference) -> None:
    text = ("The prosecutor of the International Criminal Court asked judges on Thursday to issue an arrest warrant "
            "for the Taliban's supreme leader over the persecution of women.")
    assert facts(ref, text, date(2025, 1, 24)) == {("warrant", "Haibatullah Akhundzada", "ICC", "requested")}


# -- "an application for a warrant": asked for, unless granted or withdrawn ---------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Min Aung Hlaing is the subject of an application for an arrest warrant filed by the prosecutor of the "
     "International Criminal Court last November.", "requested"),
    ("Judges at the International Criminal Court granted the prosecutor's application for an arrest warrant "
     "against Min Aung Hlaing on Monday.", "issued"),
    ("The prosecutor of the International Criminal Court withdrew his request for an arrest warrant against "
     "Min Aung Hlaing on Monday.", "withdrawn"),
])
def test_a_warrant_as_the_object_of_an_application(ref: Reference, text: str, status: str) -> None:
    assert facts(ref, text, NOV_2024) == {("warrant", "Min Aung Hlaing", "ICC", status)}


# -- a national warrant served: an arrest in an article about a national warrant or a court's order ---------

JAN_2025 = date(2025, 1, 15)


@pytest.mark.parametrize("text", [
    "SEOUL — Investigators detained the suspended president, Yoon Suk Yeol, at his hillside residence early on Wednesday. "
    "A district court had approved the warrant at the end of December, but a first attempt to serve it failed.",
    "SEOUL — Police officers arrested Yoon Suk Yeol at his home on Wednesday morning, acting on an order from a "
    "district court judge.",
])
def test_an_arrest_serving_a_national_warrant_is_executed_by_the_home_court(ref: Reference, text: str) -> None:
    assert ("warrant", "Yoon Suk Yeol", "KOR", "executed") in facts(ref, text, JAN_2025)


def test_an_arrest_in_an_article_with_no_warrant_or_order_is_no_warrant(ref: Reference) -> None:
    text = "SEOUL — Police officers briefly detained Yoon Suk Yeol at a rally on Wednesday, then let him go."
    assert {f for f in facts(ref, text, JAN_2025) if f[0] == "warrant"} == set()


def test_a_search_warrant_does_not_make_an_arrest_a_served_warrant(ref: Reference) -> None:
    text = ("SEOUL — Prosecutors executed a search warrant at the party's offices on Tuesday. "
            "Separately, police detained Yoon Suk Yeol's former bodyguard, who is not named in any order.")
    assert {f for f in facts(ref, text, JAN_2025) if f[0] == "warrant"} == set()


# -- round-ups of a one-day ceremony: headings, "were there", "attended separately", arrivals now over -------

FUNERAL = ("Dozens of heads of state attended the funeral of the pope in St Peter's Square on Saturday, and the "
           "square was full long before the Mass began.\n\n")


def test_a_funeral_with_its_place_is_the_gathering_the_round_up_is_about(ref: Reference) -> None:
    text = FUNERAL + "Brazil's Luiz Inácio Lula da Silva and India's Droupadi Murmu were there. Vladimir Putin did not attend."
    assert facts(ref, text, date(2025, 4, 27)) == {
        ("visit", "Luiz Inácio Lula da Silva", "VAT", "completed"), ("visit", "Droupadi Murmu", "VAT", "completed"),
        ("visit", "Vladimir Putin", "VAT", "declined")}


def test_attended_with_an_adverb_is_at_the_gathering(ref: Reference) -> None:
    text = FUNERAL + "Joe Biden, a Catholic who had met the pope many times, attended separately with his wife."
    assert facts(ref, text, date(2025, 4, 27)) == {("visit", "Joe Biden", "VAT", "completed")}


def test_an_arrival_for_a_ceremony_that_is_over_is_completed(ref: Reference) -> None:
    text = FUNERAL + "Cyril Ramaphosa arrived on Saturday morning, only hours before the Mass."
    assert facts(ref, text, date(2025, 4, 27)) == {("visit", "Cyril Ramaphosa", "VAT", "completed")}


def test_a_heading_line_is_its_own_sentence(ref: Reference) -> None:
    # Without the break, "The Americans Joe Biden ..." would be one sentence and the heading's words
    # would sit before the traveller; with it, each line is read alone.
    from warrantwatch.tagger.entities import split_sentences

    text = FUNERAL + "The Americans\nJoe Biden flew home straight after the ceremony.\n\nPutin will travel to\nIndia next month."
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert "The Americans" in sentences
    assert "Joe Biden flew home straight after the ceremony." in sentences
    assert "Putin will travel to\nIndia next month." in sentences  # a wrapped line is no heading


def test_a_gathering_word_does_not_take_a_place_across_a_new_clause(ref: Reference) -> None:
    # "the parade and was back in New Delhi": New Delhi is where he went back to, not where the parade was.
    text = ("BEIJING — Narendra Modi did not stay for the parade and was back in New Delhi by Monday evening. "
            "Vladimir Putin attended the parade as well.")
    assert not {f for f in facts(ref, text, date(2025, 9, 3)) if f[2] == "IND"}


# -- summit round-ups: the host's gathering, who made the trip, who stayed away and how ----------------------

SUMMIT = "JOHANNESBURG — The summit of the group opened in Johannesburg on Saturday.\n\n"
SAT = date(2025, 11, 22)


def test_a_host_receiving_leaders_in_a_city_is_the_gathering(ref: Reference) -> None:
    text = ("Vladimir Putin is hosting more than 20 heads of state in the Volga city of Kazan this week. "
            "The summit opened on Tuesday. Narendra Modi flew in on Tuesday afternoon.")
    assert facts(ref, text, date(2024, 10, 22)) == {("visit", "Narendra Modi", "RUS", "ongoing")}


def test_the_previous_summit_is_not_the_one_the_article_is_about(ref: Reference) -> None:
    text = ("Vladimir Putin is hosting leaders in Kazan this week. Cyril Ramaphosa, whose government hosted the "
            "previous summit in Johannesburg, joined them. Xi Jinping arrived on Tuesday.")
    assert ("visit", "Xi Jinping", "ZAF", "ongoing") not in facts(ref, text, date(2024, 10, 22))
    assert ("visit", "Xi Jinping", "RUS", "ongoing") in facts(ref, text, date(2024, 10, 22))


def test_those_who_made_the_trip_are_all_listed(ref: Reference) -> None:
    text = SUMMIT + ("Those who did make the trip included India's Narendra Modi, who arrived on Friday, Turkey's "
                     "Recep Tayyip Erdoğan and Brazil's Luiz Inácio Lula da Silva.")
    assert facts(ref, text, SAT) == {("visit", "Narendra Modi", "ZAF", "ongoing"),
                                     ("visit", "Recep Tayyip Erdoğan", "ZAF", "ongoing"),
                                     ("visit", "Luiz Inácio Lula da Silva", "ZAF", "ongoing")}


def test_an_apposition_naming_someone_else_is_not_the_subject(ref: Reference) -> None:
    text = SUMMIT + "Turkey's Recep Tayyip Erdoğan, a longtime Putin ally, also skipped the summit."
    assert facts(ref, text, SAT) == {("visit", "Recep Tayyip Erdoğan", "ZAF", "declined")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Xi Jinping did not come either.", {("visit", "Xi Jinping", "ZAF", "declined")}),
    ("Narendra Modi came in person.", {("visit", "Narendra Modi", "ZAF", "ongoing")}),
    ("Vladimir Putin, who has avoided member states of the court, sent the deputy head of his administration.",
     {("visit", "Vladimir Putin", "ZAF", "declined")}),
    ("Xi Jinping sent his premier to Brazil last year.", set()),
    ("Narendra Modi has come a long way since then.", set()),
])
def test_coming_and_sending_someone_at_a_gathering(ref: Reference, sentence: str, expected: set) -> None:
    assert facts(ref, SUMMIT + sentence, SAT) == expected


# -- a gathering by its organising government; a comparison does not move it; leaving for home -------------

def test_a_government_organising_a_summit_sets_the_gathering(ref: Reference) -> None:
    text = ("For two days the Dutch government organised an entire summit around one guest. "
            "Recep Tayyip Erdoğan and Narendra Modi were both present for the meeting, which opened on Tuesday evening.")
    assert {(f[1], f[2]) for f in facts(ref, text, date(2025, 6, 25))} == {("Recep Tayyip Erdoğan", "NLD"),
                                                                           ("Narendra Modi", "NLD")}


def test_a_compared_gathering_does_not_replace_the_one_the_article_is_about(ref: Reference) -> None:
    text = ("For two days the Dutch government organised an entire summit around one guest. "
            "Compare that with the G7 summit in Canada, which he abandoned early last week. "
            "Narendra Modi was present for the meeting, which opened on Tuesday evening.")
    assert {(f[1], f[2]) for f in facts(ref, text, date(2025, 6, 25))} == {("Narendra Modi", "NLD")}


@pytest.mark.parametrize(("ending", "status"), [
    ("The next morning he sat through a short session, signed a communique and left for home by mid-afternoon.", "completed"),
    ("He is due to address a business forum on Wednesday before flying home late in the evening.", "ongoing"),
    ("He will sign a communique on Wednesday and then fly home.", "ongoing"),
])
def test_leaving_for_home_ends_the_stay_only_when_told_as_done(ref: Reference, ending: str, status: str) -> None:
    text = "Recep Tayyip Erdoğan flew into the Netherlands on Tuesday for talks. " + ending
    assert facts(ref, text, date(2025, 6, 25)) == {("visit", "Recep Tayyip Erdoğan", "NLD", status)}


# -- arriving from somewhere: here, not there; an earlier gathering told in passing does not move the story ----

RIO = "Leaders gathered in Rio de Janeiro on Monday for a two-day G20 summit.\n\n"


@pytest.mark.parametrize("sentence", [
    "Xi Jinping came from Lima, where he had attended the APEC summit last week.",
    "Xi Jinping flew in late on Sunday from Lima, where he had held talks with the host.",
])
def test_an_arrival_from_elsewhere_is_at_the_gathering(ref: Reference, sentence: str) -> None:
    found = facts(ref, RIO + sentence, date(2024, 11, 19))
    assert ("visit", "Xi Jinping", "BRA", "ongoing") in found
    assert ("visit", "Xi Jinping", "PER", "ongoing") not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Recep Tayyip Erdoğan, who has clashed with the host, also made the trip.", {("visit", "Recep Tayyip Erdoğan", "BRA", "ongoing")}),
    ("Vladimir Putin chose not to come and sent his foreign minister instead.", {("visit", "Vladimir Putin", "BRA", "declined")}),
])
def test_making_the_trip_and_not_coming(ref: Reference, sentence: str, expected: set) -> None:
    assert {f for f in facts(ref, RIO + sentence, date(2024, 11, 18)) if f[0] == "visit"} == expected


# -- warrant lists: labelled lists after a group warrant, lists with their own dates, "his deputy X" ---------

def test_a_labelled_list_names_the_subjects_of_a_group_warrant_and_goes_on(ref: Reference) -> None:
    text = ("The International Criminal Court's prosecutor said he had filed applications seeking warrants for "
            "five men. On the Israeli side: Prime Minister Benjamin Netanyahu and Defence Minister Yoav Gallant. "
            "On the other side: Min Aung Hlaing, named here only for the test.")
    assert facts(ref, text, date(2024, 5, 20)) == {("warrant", "Benjamin Netanyahu", "ICC", "requested"),
                                                   ("warrant", "Yoav Gallant", "ICC", "requested"),
                                                   ("warrant", "Min Aung Hlaing", "ICC", "requested")}


def test_a_wanted_list_dates_each_subject_by_its_own_since(ref: Reference) -> None:
    from tests.tag.tagkit import dated

    text = ("The International Criminal Court has a long docket. Three leaders are wanted by the court: "
            "Omar al-Bashir, since 2009; Vladimir Putin, since March 2023; and Yoav Gallant, since November 2024.")
    assert dated(ref, text, date(2026, 11, 20)) == {("warrant", "Omar al-Bashir", "ICC", "issued", "2009"),
                                                    ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"),
                                                    ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11")}


def test_his_role_then_a_name_is_the_one_named(ref: Reference) -> None:
    text = ("The International Criminal Court's warrants for Benjamin Netanyahu and his sacked defence chief "
            "Yoav Gallant, issued in November 2024, still stand.")
    assert facts(ref, text, date(2026, 1, 5)) == {("warrant", "Benjamin Netanyahu", "ICC", "issued"),
                                                  ("warrant", "Yoav Gallant", "ICC", "issued")}


# -- more warrant wording: a paraphrase beside another warrant word, "whose warrant", "and of his X, Y" -----

def test_wanted_since_is_read_even_when_another_warrant_is_told_in_the_sentence(ref: Reference) -> None:
    text = ("The International Criminal Court has few suspects in custody. Omar al-Bashir, the former Sudanese "
            "president, has been wanted since 2009; a second warrant followed a year later.")
    assert ("warrant", "Omar al-Bashir", "ICC", "issued") in facts(ref, text, date(2023, 6, 1))


def test_whose_warrant_is_the_warrant_of_the_one_named_before(ref: Reference) -> None:
    text = ("The International Criminal Court has few suspects in custody. Two men — Omar al-Bashir, whose warrant "
            "dates from 2009, and Yoav Gallant, named later — were discussed.")
    assert ("warrant", "Omar al-Bashir", "ICC", "issued") in facts(ref, text, date(2023, 6, 1))


def test_ordered_the_arrest_of_two_people_names_both(ref: Reference) -> None:
    text = ("In March the International Criminal Court's judges ordered the arrest of Vladimir Putin and of his "
            "former defence minister, Yoav Gallant, in a made-up case for this test.")
    assert facts(ref, text, date(2023, 6, 1)) == {("warrant", "Vladimir Putin", "ICC", "issued"),
                                                  ("warrant", "Yoav Gallant", "ICC", "issued")}


def test_a_group_warrant_for_senior_commanders_is_named_next(ref: Reference) -> None:
    text = ("The International Criminal Court issued arrest warrants on Tuesday for two senior Russian military "
            "commanders. The court named the two men as Vladimir Putin and Yoav Gallant, an unlikely pair made up here.")
    assert facts(ref, text, date(2024, 3, 6)) == {("warrant", "Vladimir Putin", "ICC", "issued"),
                                                  ("warrant", "Yoav Gallant", "ICC", "issued")}


def test_requests_for_a_group_listed_after_a_colon_are_requests(ref: Reference) -> None:
    text = ("The International Criminal Court's prosecutor dropped one application this week. His requests "
            "concerning four other men, filed in May, remain before the judges: Benjamin Netanyahu, Yoav Gallant "
            "and two others.")
    assert facts(ref, text, date(2024, 8, 3)) == {("warrant", "Benjamin Netanyahu", "ICC", "requested"),
                                                  ("warrant", "Yoav Gallant", "ICC", "requested")}


def test_not_ruling_out_a_warrant_is_no_warrant(ref: Reference) -> None:
    text = ("SEOUL — Investigators said on Tuesday that they questioned Yoon Suk Yeol for ten hours. They have "
            "not ruled out seeking an arrest warrant for him.")
    assert {f for f in facts(ref, text, date(2025, 1, 7)) if f[0] == "warrant"} == set()


def test_each_warrant_in_a_list_of_courts_is_the_nearest_courts(ref: Reference) -> None:
    text = ("National courts have been busy. A court in Argentina has ordered the arrest of Min Aung Hlaing, and "
            "Turkish prosecutors have issued warrants for Benjamin Netanyahu.")
    found = facts(ref, text, date(2026, 11, 20))
    assert ("warrant", "Benjamin Netanyahu", "TUR", "issued") in found
    assert ("warrant", "Benjamin Netanyahu", "ARG", "issued") not in found


def test_a_group_warrant_told_with_one_name_waits_for_the_rest(ref: Reference) -> None:
    text = ("THE HAGUE — The International Criminal Court issued arrest warrants on Thursday for Benjamin Netanyahu, "
            "his former defence minister and a senior commander, six months after its prosecutor requested them. "
            "The court named three men: Netanyahu; Yoav Gallant, who was dismissed earlier this month; and a third.")
    assert facts(ref, text, date(2024, 11, 21)) == {("warrant", "Benjamin Netanyahu", "ICC", "issued"),
                                                    ("warrant", "Yoav Gallant", "ICC", "issued")}


def test_the_supreme_leader_of_the_taliban(ref: Reference) -> None:
    text = ("The International Criminal Court's prosecutor asked judges to issue an arrest warrant for the supreme "
            "leader of the Taliban.")
    assert facts(ref, text, date(2025, 1, 24)) == {("warrant", "Haibatullah Akhundzada", "ICC", "requested")}


def test_a_warrant_told_beside_a_time_clause_is_not_the_clauses_subjects(ref: Reference) -> None:
    text = ("The International Criminal Court's warrants for two commanders come days after Vladimir Putin wrapped "
            "up a tour of Asia.")
    assert {f for f in facts(ref, text, date(2024, 6, 26)) if f[0] == "warrant"} == set()


def test_a_countrys_warrant_and_a_listed_clause_with_its_own_verb(ref: Reference) -> None:
    text = ("The International Criminal Court has its cases. Turkish prosecutors have issued warrants for Benjamin "
            "Netanyahu, and American agents seized Yoon Suk Yeol in January on an American warrant.")
    found = facts(ref, text, date(2026, 11, 20))
    assert ("warrant", "Benjamin Netanyahu", "TUR", "issued") in found
    assert not {f for f in found if f[1] == "Yoon Suk Yeol" and f[2] == "TUR"}


# -- distractors: a place named after a leader, an invitation renewed ---------------------------------------

def test_a_stadium_named_after_a_leader_is_not_the_leader(ref: Reference) -> None:
    text = ("The match is scheduled for October 14 at the Narendra Modi Stadium in Ahmedabad. The board's chairman "
            "said he planned to be there. He told reporters in Lahore that cricket is a bridge.")
    assert facts(ref, text, date(2023, 9, 28)) == set()


@pytest.mark.parametrize("text", [
    "Recep Tayyip Erdoğan renewed his invitation for Ukhnaagiin Khürelsükh to pay a state visit to Turkey.",
    "Recep Tayyip Erdoğan invited Ukhnaagiin Khürelsükh to visit Turkey next year.",
])
def test_an_invitation_is_no_trip(ref: Reference, text: str) -> None:
    assert facts(ref, text, date(2024, 5, 2)) == set()


def test_an_accepted_invitation_is_a_plan(ref: Reference) -> None:
    text = "Ukhnaagiin Khürelsükh accepted an invitation to pay a state visit to Turkey next year."
    assert facts(ref, text, date(2024, 5, 2)) == {("visit", "Ukhnaagiin Khürelsükh", "TUR", "planned")}


def test_his_after_a_stranger_with_an_apposition_is_the_strangers(ref: Reference) -> None:
    text = ("Witkoff, a property developer who has become Donald Trump's most trusted envoy, was making his second "
            "trip to Moscow in a month.")
    assert facts(ref, text, date(2025, 3, 14)) == set()


def test_a_visit_that_could_not_be_ruled_out_is_no_plan(ref: Reference) -> None:
    text = ("Lawmakers told journalists that preparations for a second Vladimir Putin visit to Pyongyang could not "
            "be ruled out.")
    assert facts(ref, text, date(2025, 11, 4)) == set()


def test_a_time_opening_is_no_stranger(ref: Reference) -> None:
    text = ("The International Criminal Court has asked for his arrest. In February, a court in Buenos Aires "
            "issued its own warrant for Min Aung Hlaing's arrest.")
    assert ("warrant", "Min Aung Hlaing", "ARG", "issued") in facts(ref, text, date(2025, 4, 4))


# -- more ways of being at a gathering ------------------------------------------------------------------------

TIANJIN = "The port city of Tianjin is hosting the largest summit in the group's history.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Others present include Turkey's Recep Tayyip Erdoğan and India's Narendra Modi.",
     {("visit", "Recep Tayyip Erdoğan", "CHN", "ongoing"), ("visit", "Narendra Modi", "CHN", "ongoing")}),
    ("Narendra Modi is also attending, as is Cyril Ramaphosa.",
     {("visit", "Narendra Modi", "CHN", "ongoing"), ("visit", "Cyril Ramaphosa", "CHN", "ongoing")}),
    ("Vladimir Putin is not at the summit but is expected in Beijing for the parade.",
     {("visit", "Vladimir Putin", "CHN", "planned")}),
])
def test_present_listed_and_expected_at_the_gathering(ref: Reference, sentence: str, expected: set) -> None:
    assert facts(ref, TIANJIN + sentence, date(2025, 9, 1)) == expected


def test_received_with_full_honours_in_a_place_is_a_visit(ref: Reference) -> None:
    text = "Last June Vladimir Putin was received with full honours in Pyongyang before flying on to Hanoi."
    assert ("visit", "Vladimir Putin", "PRK", "completed") in facts(ref, text, date(2025, 3, 1))


def test_greeted_at_the_airport_is_an_arrival_where_the_story_is_filed(ref: Reference) -> None:
    text = "DUSHANBE - Recep Tayyip Erdoğan and Narendra Modi were greeted at the airport by their host on Thursday."
    assert facts(ref, text, date(2025, 10, 9)) == {("visit", "Recep Tayyip Erdoğan", "TJK", "ongoing"),
                                                   ("visit", "Narendra Modi", "TJK", "ongoing")}


def test_companions_on_the_trip_and_by_a_second_one(ref: Reference) -> None:
    text = ("Vladimir Putin landed in Beijing before dawn on Thursday. He was accompanied on the trip by Sergey "
            "Lavrov, his long-serving foreign minister, and by his predecessor's ally Yoav Gallant, named only for the test.")
    found = facts(ref, text, date(2024, 5, 16))
    assert {("visit", "Sergey Lavrov", "CHN", "ongoing"), ("visit", "Yoav Gallant", "CHN", "ongoing")} <= found


def test_a_visit_told_as_not_made_is_no_visit(ref: Reference) -> None:
    text = "Vladimir Putin has not made an official visit to Turkey since the invasion of Ukraine began."
    assert facts(ref, text, date(2025, 5, 1)) == set()


def test_an_undated_plan_during_a_stay_is_part_of_the_stay(ref: Reference) -> None:
    text = ("SAN SALVADOR — Recep Tayyip Erdoğan arrived in El Salvador on Monday. In San Salvador he is due to "
            "meet the president at his lakeside residence.")
    assert facts(ref, text, date(2025, 2, 3)) == {("visit", "Recep Tayyip Erdoğan", "SLV", "ongoing")}


def test_he_after_a_summit_with_someone_is_still_the_traveller(ref: Reference) -> None:
    text = ("Last year Vladimir Putin flew to Alaska for a summit with Donald Trump in August. "
            "In November he sent Sergey Lavrov to the G20 summit in Rio de Janeiro rather than risk the trip himself.")
    found = facts(ref, text, date(2026, 3, 17))
    assert ("visit", "Vladimir Putin", "BRA", "declined") in found
    assert not {f for f in found if f[1] == "Donald Trump" and f[2] == "BRA"}


def test_a_tour_that_continues_and_the_stops_that_follow(ref: Reference) -> None:
    from tests.tag.tagkit import dated

    text = ("Narendra Modi arrived in Ghana on Monday at the start of a five-nation tour. "
            "The tour continues on Tuesday in Namibia, followed by Brazil on Wednesday and Argentina on Thursday.")
    found = {(f[2], f[3], f[4]) for f in dated(ref, text, date(2025, 7, 7)) if f[0] == "visit"}
    assert {("NAM", "planned", "2025-07-08"), ("BRA", "planned", "2025-07-09"), ("ARG", "planned", "2025-07-10")} <= found


def test_counterparts_are_the_same_office_in_each_country(ref: Reference) -> None:
    # (the bundled reference: the fixture one holds no British or French foreign minister)
    from warrantwatch.reference import load_reference

    real = load_reference()
    text = "GENEVA — Abbas Araghchi met his British and French counterparts in Geneva on Friday."
    found = {(f[1], f[2], f[3]) for f in facts(real, text, date(2025, 6, 20))}
    assert found == {("Abbas Araghchi", "CHE", "ongoing"), ("David Lammy", "CHE", "ongoing"),
                     ("Jean-Noël Barrot", "CHE", "ongoing")}


def test_several_countries_holders_of_one_office(ref: Reference) -> None:
    from warrantwatch.reference import load_reference

    real = load_reference()  # (the bundled reference: the fixture one holds no French or German minister)
    text = "The foreign ministers of France and Germany travelled to Damascus last week and met the new leader."
    assert {(f[1], f[2]) for f in facts(real, text, date(2025, 1, 10))} == {("Jean-Noël Barrot", "SYR"),
                                                                          ("Annalena Baerbock", "SYR")}


def test_left_the_city_the_same_evening_ends_the_stay(ref: Reference) -> None:
    text = "Recep Tayyip Erdoğan flew to Damascus on Friday. Erdoğan left Damascus the same evening."
    assert facts(ref, text, date(2025, 1, 4)) == {("visit", "Recep Tayyip Erdoğan", "SYR", "completed")}


UNGA = "NEW YORK — World leaders gathered in New York this week for the UN General Assembly.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On Tuesday Cyril Ramaphosa told the assembly his country wanted peace.", ("visit", "Cyril Ramaphosa", "USA", "completed")),
    ("The week began on Tuesday with a speech by Brazil's Luiz Inácio Lula da Silva.",
     ("visit", "Luiz Inácio Lula da Silva", "USA", "completed")),
    ("On Tuesday Narendra Modi addressed the assembly by video.", ("visit", "Narendra Modi", "USA", "declined")),
])
def test_speaking_at_the_gathering_is_being_there(ref: Reference, sentence: str, expected: tuple) -> None:
    assert expected in facts(ref, UNGA + sentence, date(2025, 9, 26))


def test_those_listed_among_the_attendees_were_there(ref: Reference) -> None:
    text = ("BEIJING — About two dozen foreign leaders attended the parade in Beijing on Wednesday, among them "
            "Recep Tayyip Erdoğan and Narendra Modi, who had called off the trip before changing his mind.")
    assert facts(ref, text, date(2025, 9, 3)) == {("visit", "Recep Tayyip Erdoğan", "CHN", "ongoing"),
                                                  ("visit", "Narendra Modi", "CHN", "ongoing")}


def test_was_in_the_city_for_a_summit_that_opened_today_is_there_now(ref: Reference) -> None:
    text = ("BRASILIA, Nov 22 — The news broke early on Saturday. Luiz Inácio Lula da Silva was in Johannesburg for "
            "the G20 summit, which opened on Saturday, when the news broke.")
    assert ("visit", "Luiz Inácio Lula da Silva", "ZAF", "ongoing") in facts(ref, text, date(2025, 11, 22))


def test_a_later_gathering_told_in_passing_does_not_move_the_story(ref: Reference) -> None:
    text = ("RIO DE JANEIRO — The BRICS summit that opened in Rio de Janeiro on Sunday has its absences. "
            "Cyril Ramaphosa, who will host the G20 in Johannesburg in November, was also among those at the venue. "
            "Xi Jinping stayed away.")
    found = facts(ref, text, date(2025, 7, 6))
    assert ("visit", "Xi Jinping", "BRA", "declined") in found
    assert not {f for f in found if f[2] == "ZAF"}


def test_the_other_side_of_talks_is_not_the_tours_traveller(ref: Reference) -> None:
    text = ("Narendra Modi flew in on Saturday night from Buenos Aires, where he had held talks with Javier Milei "
            "earlier that day, the fourth stop on a tour that began in Ghana last week.")
    found = facts(ref, text, date(2025, 7, 6))
    assert not {f for f in found if f[1] == "Javier Milei"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Yi is in Delhi. From Delhi, Wang goes on Wednesday to Kabul for a meeting.", ("visit", "Wang Yi", "AFG", "planned")),
    ("Wang Yi is in Delhi. Wang is then expected in Islamabad later in the week.", ("visit", "Wang Yi", "PAK", "planned")),
    ("Narendra Modi's schedule ends with a stop in Abu Dhabi, where he is due on Saturday for talks with the president.",
     ("visit", "Narendra Modi", "ARE", "planned")),
])
def test_schedules_told_with_a_day_between_the_verb_and_the_place(text: str, expected: tuple) -> None:
    from warrantwatch.reference import load_reference

    assert expected in facts(load_reference(), text, date(2023, 6, 20))  # (the bundled reference: Wang Yi)


def test_a_host_due_to_host_a_guest_is_the_guests_visit(ref: Reference) -> None:
    text = "Back in Moscow, Vladimir Putin was due to host Narendra Modi on Thursday."
    assert facts(ref, text, date(2023, 12, 7)) == {("visit", "Narendra Modi", "RUS", "planned")}


def test_a_movement_told_as_a_participle_takes_the_main_clauses_tense(ref: Reference) -> None:
    text = ("Vladimir Putin made a whirlwind trip to the Gulf on Wednesday, flying first to Abu Dhabi and then to "
            "Riyadh in a single day. A few hours later, Putin was on the ground in the Saudi capital.")
    assert facts(ref, text, date(2023, 12, 7)) == {("visit", "Vladimir Putin", "ARE", "completed"),
                                                   ("visit", "Vladimir Putin", "SAU", "completed")}


def test_a_summit_skipped_with_no_day_is_dated_by_the_summits_first_day(ref: Reference) -> None:
    from tests.tag.tagkit import dated

    text = "Vladimir Putin will skip the G20 summit in New Delhi, the Kremlin said."
    assert dated(ref, text, date(2023, 9, 1)) == {("visit", "Vladimir Putin", "IND", "declined", "2023-09-09")}


@pytest.mark.parametrize("text", [
    "The summit between Donald Trump and Vladimir Putin that Hungary had been preparing to host has been put on hold, with no new date.",
    "Plans for a second summit between Donald Trump and Vladimir Putin, which the two leaders agreed last week to hold in "
    "Budapest, have been put on hold with no new date.",
])
def test_a_summit_placed_in_a_relative_clause_and_called_off(ref: Reference, text: str) -> None:
    assert facts(ref, text, date(2025, 10, 22)) == {("visit", "Donald Trump", "HUN", "cancelled"),
                                                    ("visit", "Vladimir Putin", "HUN", "cancelled")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Cyril Ramaphosa, who visited Joe Biden at the White House in November last year, made the trip a priority.",
     ("visit", "Cyril Ramaphosa", "USA", "completed")),
    ("Recep Tayyip Erdoğan, who sat across from Donald Trump at the White House last Friday, went home empty-handed.",
     ("visit", "Recep Tayyip Erdoğan", "USA", "completed")),
])
def test_visiting_someone_at_a_place_and_sitting_across_from_them(ref: Reference, text: str, expected: tuple) -> None:
    assert expected in facts(ref, text, date(2024, 10, 15))


def test_an_apposition_opening_on_both_is_not_the_subject(ref: Reference) -> None:
    text = ("Crowds filled Westminster Abbey for the coronation of King Charles III in London on Saturday. "
            "Narendra Modi and Recep Tayyip Erdoğan, both heads of government of states close to the king, sat near the front.")
    found = facts(ref, text, date(2023, 5, 7))
    assert {("visit", "Narendra Modi", "GBR", "completed"), ("visit", "Recep Tayyip Erdoğan", "GBR", "completed")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    # (the condition belongs to the second conjunct only: the first trip stands)
    ("Vladimir Putin said he would fly to Ankara on Thursday for talks and would travel on to Istanbul only if "
     "Volodymyr Zelensky turned up.", ("visit", "Vladimir Putin", "TUR", "planned")),
    ("Talks ended with Vladimir Putin accepting an invitation to visit China later this year.",
     ("visit", "Vladimir Putin", "CHN", "planned")),
])
def test_a_condition_in_a_later_conjunct_and_accepting_an_invitation(ref: Reference, text: str, expected: tuple) -> None:
    assert expected in facts(ref, text, date(2025, 5, 13))


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court's warrant for Vladimir Putin, which also names his defence minister, Yoav "
     "Gallant, relates to the deportation of children.",
     {("warrant", "Vladimir Putin", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}),
    ("The International Criminal Court issued its decision. Applications for two other figures named in May were "
     "withdrawn by the prosecutor after both men were killed. They were Benjamin Netanyahu and Yoav Gallant.",
     {("warrant", "Benjamin Netanyahu", "ICC", "withdrawn"), ("warrant", "Yoav Gallant", "ICC", "withdrawn")}),
    ("MANILA — Police have taken Rodrigo Duterte into custody on a warrant from the International Criminal Court.",
     {("warrant", "Rodrigo Duterte", "ICC", "executed")}),
])
def test_more_warrant_wording(ref: Reference, text: str, expected: set) -> None:
    assert expected <= facts(ref, text, date(2025, 3, 11))


def test_a_national_group_warrant_names_follow_with_that_court(ref: Reference) -> None:
    text = ("ISTANBUL — Turkish prosecutors have issued arrest warrants for 37 officials on genocide charges. "
            "Among those named were Benjamin Netanyahu and Yoav Gallant.")
    assert facts(ref, text, date(2025, 11, 8)) == {("warrant", "Benjamin Netanyahu", "TUR", "issued"),
                                                   ("warrant", "Yoav Gallant", "TUR", "issued")}


def test_the_leader_of_a_parliamentary_country_is_its_head_of_government() -> None:
    from warrantwatch.reference import load_reference

    real = load_reference()  # (the bundled reference: Germany's president and chancellor)
    assert facts(real, "The German leader flew to Washington on Monday.", date(2025, 4, 3)) == {
        ("visit", "Olaf Scholz", "USA", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court acted. Omar al-Bashir's warrant was one of three the chamber issued in November. "
     "The other two, for Benjamin Netanyahu and Yoav Gallant, remain in force.",
     {("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}),
    ("The visit is the Israeli leader's first since the International Criminal Court's judges ordered Benjamin "
     "Netanyahu's arrest in November, along with that of his former defence minister, Yoav Gallant.",
     {("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}),
    ("The prosecutor of the International Criminal Court is still waiting for a decision on his separate request, "
     "filed last November, for the arrest of Myanmar's military leader, Min Aung Hlaing.",
     {("warrant", "Min Aung Hlaing", "ICC", "requested")}),
])
def test_warrants_told_by_reference_to_others(ref: Reference, text: str, expected: set) -> None:
    assert expected <= facts(ref, text, date(2025, 2, 27))


def test_an_arrest_told_outside_the_warrants_clause(ref: Reference) -> None:
    text = ("ROME — Italy released a man arrested on a warrant from the International Criminal Court. Omar al-Bashir, "
            "who was named for this test, was detained by Italian police on Sunday, a day after judges in The Hague "
            "issued the warrant.")
    assert ("warrant", "Omar al-Bashir", "ICC", "executed") in facts(ref, text, date(2025, 1, 23))


def test_an_arrest_by_a_countrys_agents_of_someone_the_icc_does_not_want_is_that_countrys(ref: Reference) -> None:
    # Yoon has no ICC warrant in the reference: "US agents seized him" in an article that mentions the ICC is a US warrant.
    text = ("The International Criminal Court was not involved. Yoon Suk Yeol was flown to New York on Saturday after "
            "US special forces seized him in an overnight operation, carrying out an arrest warrant.")
    assert ("warrant", "Yoon Suk Yeol", "USA", "executed") in facts(ref, text, date(2026, 1, 4))


@pytest.mark.parametrize("text", [
    "The International Criminal Court's warrants for the former president Vladimir Putin and the chief of the general "
    "staff, Yoav Gallant, issued in June 2024, have had no effect.",
    "Rights groups pointed to the arrest warrants issued by the International Criminal Court in July against Vladimir "
    "Putin and the movement's chief justice, Yoav Gallant, over the persecution of women.",
])
def test_longer_roles_between_listed_subjects(ref: Reference, text: str) -> None:
    assert facts(ref, text, date(2025, 10, 10)) == {("warrant", "Vladimir Putin", "ICC", "issued"),
                                                    ("warrant", "Yoav Gallant", "ICC", "issued")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin is hosting leaders in Kazan this week. Xi Jinping flew in on Tuesday afternoon. So did Turkey's "
     "Recep Tayyip Erdoğan, the only leader of a Nato country present, and India's Narendra Modi.",
     {("visit", "Xi Jinping", "RUS", "ongoing"), ("visit", "Recep Tayyip Erdoğan", "RUS", "ongoing"),
      ("visit", "Narendra Modi", "RUS", "ongoing")}),
    ("Vladimir Putin touched down in Pyongyang on Wednesday. Among those accompanying Putin is the foreign minister, "
     "Sergey Lavrov.", {("visit", "Vladimir Putin", "PRK", "ongoing"), ("visit", "Sergey Lavrov", "PRK", "ongoing")}),
    ("ASHGABAT – Vladimir Putin held his first face-to-face talks with Recep Tayyip Erdoğan on Friday in the Turkmen "
     "capital.", {("visit", "Vladimir Putin", "TKM", "ongoing"), ("visit", "Recep Tayyip Erdoğan", "TKM", "ongoing")}),
    ("MOSCOW – Xi Jinping attended the parade in Moscow on Friday. Narendra Modi and Cyril Ramaphosa were also on the "
     "tribune.", {("visit", "Narendra Modi", "RUS", "ongoing"), ("visit", "Cyril Ramaphosa", "RUS", "ongoing")}),
])
def test_others_on_the_same_trip(ref: Reference, text: str, expected: set) -> None:
    found = facts(ref, text, date(2024, 10, 22) if "Kazan" in text else date(2024, 6, 19) if "Pyongyang" in text
                  else date(2024, 10, 11) if "ASHGABAT" in text else date(2025, 5, 9))
    assert expected <= found


SHARM = "SHARM EL-SHEIKH — Donald Trump presided on Monday over a summit of world leaders in this Red Sea resort.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Recep Tayyip Erdoğan and Narendra Modi were among the leaders who attended.",
     {("visit", "Recep Tayyip Erdoğan", "EGY", "completed"), ("visit", "Narendra Modi", "EGY", "completed")}),
    ("Narendra Modi arrived in Sharm el-Sheikh hours behind schedule and left shortly after the signing ceremony.",
     {("visit", "Narendra Modi", "EGY", "completed")}),
])
def test_a_summit_here_and_those_who_attended_it(ref: Reference, sentence: str, expected: set) -> None:
    assert expected <= facts(ref, SHARM + sentence, date(2025, 10, 14))


def test_police_seizing_someones_passport_is_no_arrest(ref: Reference) -> None:
    text = ("SEOUL — Yoon Suk Yeol faces new questions. Police seized his passport on Monday, days after a judge "
            "signed an order. No arrest warrant has been issued.")
    assert {f for f in facts(ref, text, date(2024, 3, 26)) if f[0] == "warrant"} == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("JAKARTA — Narendra Modi made a flying visit on Thursday, spending less than a day in Jakarta for the summit.",
     ("visit", "Narendra Modi", "IDN", "completed")),
    ("MADRID — Recep Tayyip Erdoğan remains in Madrid for the EU talks.", ("visit", "Recep Tayyip Erdoğan", "ESP", "ongoing")),
    ("JAKARTA — Leaders met in Jakarta this week. Narendra Modi also attended the East Asia Summit on Thursday.",
     ("visit", "Narendra Modi", "IDN", "completed")),
    ("DUSHANBE — Vladimir Putin is spending three days in Tajikistan, in defiance of a warrant issued for him in 2023.",
     ("visit", "Vladimir Putin", "TJK", "ongoing")),
])
def test_stays_told_by_spending_remaining_and_attending_an_unknown_summit(ref: Reference, text: str, expected: tuple) -> None:
    found = {f for f in facts(ref, text, date(2023, 9, 8)) if f[0] == "visit"}
    assert found == {expected}


@pytest.mark.parametrize("ending", [
    "Yoon Suk Yeol was flying home on Sunday.",
    "The office spoke only after Yoon Suk Yeol had left Ukrainian territory.",
])
def test_flying_home_or_leaving_the_country_ends_the_stay(ref: Reference, ending: str) -> None:
    text = "KYIV — Yoon Suk Yeol arrived in Kyiv on Saturday by train for an unannounced visit. " + ending
    assert facts(ref, text, date(2023, 7, 16)) == {("visit", "Yoon Suk Yeol", "UKR", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi's visit follows his state visit to China last week.", ("visit", "Narendra Modi", "CHN", "completed")),
    ("Narendra Modi flew from Haneda to Washington on Sunday for talks.", ("visit", "Narendra Modi", "USA", "completed")),
])
def test_a_trip_last_week_and_flying_from_one_place_to_another(ref: Reference, text: str, expected: tuple) -> None:
    assert expected in facts(ref, text, date(2026, 1, 28))


BEIJING_FORUM = "BEIJING — More than 50 African leaders gathered in Beijing this week for the summit.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cyril Ramaphosa arrived in Beijing on Friday. Sergey Lavrov is travelling with the president.",
     ("visit", "Sergey Lavrov", "CHN", "ongoing")),
    ("Narendra Modi addressed Thursday's opening session.", ("visit", "Narendra Modi", "CHN", "completed")),
    ("Cyril Ramaphosa spoke first, and Narendra Modi also took part.", ("visit", "Narendra Modi", "CHN", "ongoing")),
    ("Narendra Modi and Recep Tayyip Erdoğan, both here since Saturday morning, held a joint appearance.",
     ("visit", "Narendra Modi", "CHN", "ongoing")),
])
def test_more_ways_of_being_at_a_gathering(ref: Reference, sentence: str, expected: tuple) -> None:
    assert expected in facts(ref, BEIJING_FORUM + sentence, date(2024, 9, 7))


def test_at_someones_side_in_a_city(ref: Reference) -> None:
    text = "Sergey Lavrov was at Putin's side in Riyadh and took part in the meeting."
    assert ("visit", "Sergey Lavrov", "SAU", "completed") in facts(ref, text, date(2025, 5, 16))


@pytest.mark.parametrize(("text", "expected"), [
    ("CARACAS — Narendra Modi was sworn in for a third term in Caracas on Friday. Brazil's Luiz Inácio Lula da "
     "Silva decided not to travel to the inauguration and sent his ambassador.",
     ("visit", "Luiz Inácio Lula da Silva", "VEN", "declined")),
    ("RIO DE JANEIRO — The summit opened in Rio de Janeiro on Sunday. Recep Tayyip Erdoğan has also decided to stay "
     "away after last month's strikes on his country.", ("visit", "Recep Tayyip Erdoğan", "BRA", "declined")),
])
def test_staying_away_from_a_ceremony_or_summit_told_without_its_place(ref: Reference, text: str, expected: tuple) -> None:
    assert expected in facts(ref, text, date(2025, 7, 6))


def test_a_postponed_trip_whose_traveller_is_told_after_the_place(ref: Reference) -> None:
    text = ("A state visit to Turkey by Indian Prime Minister Narendra Modi, set for next week, "
            "has been postponed, officials said on Monday.")
    assert facts(ref, text, date(2025, 2, 3)) == {("visit", "Narendra Modi", "TUR", "cancelled")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi arrived in Jakarta on Tuesday and flew back to New Delhi on Thursday after the summit.",
     {("visit", "Narendra Modi", "IDN", "completed")}),
    ("Narendra Modi arrived in Jakarta on Tuesday and will fly back to New Delhi on Thursday.",
     {("visit", "Narendra Modi", "IDN", "ongoing")}),
    ("Olaf Scholz flew home on Monday after a weekend in Britain.",
     {("visit", "Olaf Scholz", "GBR", "completed")}),
    ("Olaf Scholz will fly home on Monday after a weekend in Britain.", set()),
])
def test_a_stay_ended_by_the_flight_back(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2023, 9, 9)) == expected


def test_a_tour_whose_sentence_names_the_people_met_between_its_legs(ref: Reference) -> None:
    text = ("In the space of a week Viktor Orbán went to Kyiv on July 2 to meet Narendra Modi, then flew to Moscow "
            "on July 5 for talks with Vladimir Putin, and on Monday turned up unannounced in Beijing, where "
            "Xi Jinping received him.")
    found = facts(ref, text, date(2024, 7, 10))
    assert {("visit", "Viktor Orbán", "UKR", "completed"), ("visit", "Viktor Orbán", "RUS", "completed")} <= found
    assert {f for f in found if f[1] != "Viktor Orbán"} == set()
    assert {f[2] for f in found} == {"UKR", "RUS", "CHN"}


def test_turning_up_in_a_place_is_an_arrival(ref: Reference) -> None:
    assert facts(ref, "Narendra Modi turned up unannounced in Kyiv on Monday.", date(2024, 8, 27)) == {
        ("visit", "Narendra Modi", "UKR", "ongoing")}  # (yesterday's arrival: there now)


@pytest.mark.parametrize("text", [
    "FBI agents searched the home of John Bolton on Friday. Bolton has written widely about his time in the first "
    "Trump administration. He travelled to Kyiv last year to meet officials.",
    "Kirill Dmitriev, the head of Russia's wealth fund and Putin's envoy, took part in the meeting. "
    "He had spent several days in Miami last month.",
])
def test_he_after_a_stranger_opening_the_sentence_is_the_stranger(ref: Reference, text: str) -> None:
    assert facts(ref, text, date(2025, 8, 23)) == set()


def test_he_after_a_known_surname_opening_the_sentence_is_still_that_person(ref: Reference) -> None:
    text = "Donald Trump spoke on Friday. Trump has written widely about trade. He travelled to Kyiv last year."
    assert facts(ref, text, date(2025, 8, 23)) == {("visit", "Donald Trump", "UKR", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil's Luiz Inácio Lula da Silva has also confirmed that he will be in Moscow for the May 9 parade, before "
     "flying on to Beijing for a forum on May 13.",
     {("visit", "Luiz Inácio Lula da Silva", "RUS", "planned"), ("visit", "Luiz Inácio Lula da Silva", "CHN", "planned")}),
    ("Narendra Modi arrived in Moscow on Thursday before travelling on to Vienna.",
     {("visit", "Narendra Modi", "RUS", "completed"), ("visit", "Narendra Modi", "AUT", "ongoing")}),
])
def test_confirmed_plans_and_the_leg_after_before_flying_on_to(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 4, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin met Narendra Modi. His aide said the president would be in New Delhi on Dec. 4.",
     {("visit", "Vladimir Putin", "IND", "planned")}),
    ("Vladimir Putin plans to be in New Delhi on Dec. 4.", {("visit", "Vladimir Putin", "IND", "planned")}),
    ("Vladimir Putin could be in New Delhi on Dec. 4, officials said.", set()),
    ("Vladimir Putin would be in New Delhi if invited.", set()),
])
def test_would_be_in_a_place_after_a_reporting_verb(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 11, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The trade deal was signed in July, when Narendra Modi was in Britain and the text was inked at Chequers.",
     {("visit", "Narendra Modi", "GBR", "completed")}),
    ("In July, Narendra Modi was in Britain.", {("visit", "Narendra Modi", "GBR", "completed")}),
    ("Narendra Modi was wanted. Karim Khan announced the step in a statement issued while he was in Bangladesh.", set()),
])
def test_being_in_a_country_told_with_the_place_ending_the_clause(ref: Reference, text: str, expected: set) -> None:
    assert {f for f in facts(ref, text, date(2025, 11, 21)) if f[0] == "visit"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Omar al-Bashir was picked up by police in Turin on Jan. 19 on an ICC warrant but released two days later.",
     {("warrant", "Omar al-Bashir", "ICC", "executed")}),
    ("The ICC's judges had also approved a warrant for Omar al-Bashir. That case was closed in February after the "
     "chamber accepted that he had died.", {("warrant", "Omar al-Bashir", "ICC", "withdrawn")}),
])
def test_picked_up_by_police_and_a_case_closed(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 11, 8)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Recep Tayyip Erdoğan will be back in Ankara in time to receive Olaf Scholz on Oct. 30, Scholz's first visit to "
     "Turkey since taking office.", {("visit", "Olaf Scholz", "TUR", "planned")}),
    ("Recep Tayyip Erdoğan received Olaf Scholz on Oct. 20, Scholz's first visit to Turkey since taking office.",
     {("visit", "Olaf Scholz", "TUR", "completed")}),
])
def test_a_trip_noun_in_apposition_takes_the_tense_of_its_clause(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 10, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi will not attend this month's meeting in Johannesburg.", {("visit", "Narendra Modi", "ZAF", "declined")}),
    ("Sergey Lavrov is due to represent Russia, as Narendra Modi did at last year's meeting in Jakarta.",
     {("visit", "Narendra Modi", "IDN", "completed")}),
])
def test_a_possessive_before_meeting_is_no_is(ref: Reference, text: str, expected: set) -> None:
    assert {f for f in facts(ref, text, date(2025, 2, 6)) if f[1] == "Narendra Modi"} == expected


def test_a_summit_put_on_hold_with_its_object_between_the_words(ref: Reference) -> None:
    text = "Donald Trump said on Tuesday he had put his planned summit with Vladimir Putin in Budapest on hold."
    assert facts(ref, text, date(2025, 10, 22)) == {("visit", "Donald Trump", "HUN", "cancelled"),
                                                    ("visit", "Vladimir Putin", "HUN", "cancelled")}


def test_the_countrys_minister_is_its_foreign_or_defence_minister(ref: Reference) -> None:
    # (the "he" is the minister, not the one the first sentence opened on)
    text = ("Narendra Modi met Sergey Lavrov in New Delhi on Monday. The Russian minister's itinerary is crowded. "
            "From Delhi he goes on to Kabul on Wednesday.")
    found = facts(ref, text, date(2025, 8, 19))
    assert ("visit", "Sergey Lavrov", "AFG", "planned") in found
    assert ("visit", "Narendra Modi", "AFG", "planned") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders of India, Turkey and Poland have arrived in Kyiv together.",
     {("visit", "Narendra Modi", "UKR", "ongoing"), ("visit", "Recep Tayyip Erdoğan", "UKR", "ongoing")}),
    ("The Indian and Turkish leaders arrived in Kyiv on Saturday.",
     {("visit", "Narendra Modi", "UKR", "ongoing"), ("visit", "Recep Tayyip Erdoğan", "UKR", "ongoing")}),
])
def test_the_leaders_of_several_countries(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 5, 10)) == expected


def test_a_given_name_before_another_surname_is_someone_else(ref: Reference) -> None:
    text = "Donald Trump spoke on Friday. Donald Tusk arrived in Kyiv on Saturday."
    assert facts(ref, text, date(2025, 5, 10)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Olaf Scholz had used his first full day in office on Wednesday to travel to Paris and then to Warsaw.",
     {("visit", "Olaf Scholz", "FRA", "completed"), ("visit", "Olaf Scholz", "POL", "completed")}),
    ("Olaf Scholz did not use the weekend to fly to Paris.", set()),
])
def test_a_time_used_to_travel(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 5, 10)) == expected


G7_ROME = "ROME — Leaders gathered in Rome on Saturday for the G7 summit. "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Joe Biden will not attend the Swiss gathering.", ("visit", "Joe Biden", "CHE", "declined")),
    ("Narendra Modi will not attend the Italian gathering.", ("visit", "Narendra Modi", "ITA", "declined")),
    ("Narendra Modi has also dropped plans to attend, Delhi said.", ("visit", "Narendra Modi", "ITA", "declined")),
])
def test_a_gathering_named_by_its_country_and_dropped_plans(ref: Reference, sentence: str, expected: tuple) -> None:
    found = facts(ref, G7_ROME + sentence, date(2024, 6, 13))
    assert expected in found
    assert {f for f in found if f[1] == expected[1]} == {expected}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vladimir Putin, wanted by the ICC, was represented by a deputy chief of staff.",
     {("visit", "Vladimir Putin", "ZAF", "declined")}),
    ("Vladimir Putin was not represented by anyone.", set()),
])
def test_a_leader_represented_by_someone_else_at_the_gathering(ref: Reference, sentence: str, expected: set) -> None:
    text = "JOHANNESBURG — Leaders gathered in Johannesburg on Saturday for the G20 summit. " + sentence
    assert {f for f in facts(ref, text, date(2025, 11, 22)) if f[0] == "visit"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi, who met Trump at the White House last Friday, said in Delhi that pressure works.",
     ("visit", "Narendra Modi", "USA", "completed")),
    ("Recep Tayyip Erdoğan, who attended at Putin's invitation, held talks with the Russian leader in Kazan on Wednesday.",
     ("visit", "Recep Tayyip Erdoğan", "RUS", "completed")),
])
def test_a_meeting_in_a_relative_clause_is_its_subjects(ref: Reference, text: str, expected: tuple) -> None:
    assert expected in facts(ref, text, date(2025, 10, 25))


def test_a_stranger_who_met_someone_is_not_the_possessor_before(ref: Reference) -> None:
    text = "Witkoff, a property developer and longtime friend of Trump's, has now met the Russian leader five times."
    assert facts(ref, text, date(2025, 8, 10)) == set()


BELEM = "BELÉM — World leaders came to the edge of the Amazon this week. Not all of them came.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Xi Jinping also stayed away, sending a vice-premier.", ("visit", "Xi Jinping", "BRA", "declined")),
    ("India's Narendra Modi and Turkey's Recep Tayyip Erdoğan skipped the gathering.",
     ("visit", "Recep Tayyip Erdoğan", "BRA", "declined")),
])
def test_staying_away_from_the_gathering_where_the_story_is_filed(ref: Reference, sentence: str, expected: tuple) -> None:
    assert expected in facts(ref, BELEM + sentence, date(2025, 11, 7))


def test_nearby_at_a_funeral_and_the_ones_after_as_were(ref: Reference) -> None:
    text = ("VATICAN CITY — Some 250,000 people filled St Peter's Square on Saturday for the funeral of Pope Francis. "
            "Narendra Modi and Lula were nearby, as were Recep Tayyip Erdoğan, and Viktor Orbán, who flew in that morning.")
    assert facts(ref, text, date(2025, 4, 26)) == {
        ("visit", name, "VAT", "completed")
        for name in ("Narendra Modi", "Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan", "Viktor Orbán")}


def test_a_list_of_names_each_with_its_country_after_it(ref: Reference) -> None:
    text = ("Narendra Modi of India, Recep Tayyip Erdoğan of Turkey and Viktor Orbán of Hungary flew in on Thursday for "
            "a summit in Dushanbe.")
    assert {f[1] for f in facts(ref, text, date(2025, 10, 10))} == {"Narendra Modi", "Recep Tayyip Erdoğan", "Viktor Orbán"}


def test_flew_in_to_a_city(ref: Reference) -> None:
    assert facts(ref, "Narendra Modi flew in to Dushanbe on Thursday.", date(2025, 10, 10)) == {
        ("visit", "Narendra Modi", "TJK", "ongoing")}


def test_among_those_who_had_arrived_were(ref: Reference) -> None:
    text = ("DOHA — Leaders were gathering in Doha on Monday for an emergency summit. Among those who had arrived by "
            "midday were Recep Tayyip Erdoğan, India's Narendra Modi and Pakistan's prime minister.")
    assert facts(ref, text, date(2025, 9, 15)) == {("visit", "Recep Tayyip Erdoğan", "QAT", "ongoing"),
                                                   ("visit", "Narendra Modi", "QAT", "ongoing")}


MOSCOW_PARADE = ("MOSCOW — Narendra Modi spent Friday watching tanks roll across Red Square at the Victory Day parade in "
                 "Moscow.\n\n")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Recep Tayyip Erdoğan was also in the stands.", ("visit", "Recep Tayyip Erdoğan", "RUS", "completed")),
    ("Recep Tayyip Erdoğan was one of more than twenty foreign leaders at Moscow's Victory Day parade.",
     ("visit", "Recep Tayyip Erdoğan", "RUS", "completed")),
])
def test_in_the_stands_days_ago_is_over(ref: Reference, sentence: str, expected: tuple) -> None:
    assert expected in facts(ref, MOSCOW_PARADE + sentence, date(2025, 5, 12))


def test_in_the_stands_today_is_there_now(ref: Reference) -> None:
    text = "MOSCOW — Russia held its Victory Day parade in Moscow on Friday. Recep Tayyip Erdoğan was also in the stands."
    assert ("visit", "Recep Tayyip Erdoğan", "RUS", "ongoing") in facts(ref, text, date(2025, 5, 9))


def test_a_list_of_subjects_with_their_roles_all_wanted(ref: Reference) -> None:
    text = ("Former president Omar al-Bashir, his defence minister Min Aung Hlaing and his envoy Vladimir Putin are all "
            "wanted on warrants issued between 2007 and 2012.")
    assert facts(ref, text, date(2025, 2, 14)) == {("warrant", name, "ICC", "issued")
                                                   for name in ("Omar al-Bashir", "Min Aung Hlaing", "Vladimir Putin")}


def test_subjects_before_for_whom(ref: Reference) -> None:
    text = ("Omar al-Bashir was one of three men, together with Vladimir Putin and Min Aung Hlaing, for whom the "
            "International Criminal Court's prosecutor sought arrest warrants in May.")
    assert facts(ref, text, date(2024, 7, 31)) == {("warrant", name, "ICC", "requested")
                                                   for name in ("Omar al-Bashir", "Vladimir Putin", "Min Aung Hlaing")}


def test_an_arrest_order_after_a_national_warrant_is_that_courts(ref: Reference) -> None:
    text = ("A federal court in Argentina has issued an arrest warrant for Min Aung Hlaing over crimes against the "
            "Rohingya. \"This is the first time a court anywhere has ordered the arrest of the general,\" said a lawyer. "
            "At the International Criminal Court, the prosecutor applied in November for a warrant against him.")
    assert facts(ref, text, date(2025, 2, 14)) == {("warrant", "Min Aung Hlaing", "ARG", "issued"),
                                                   ("warrant", "Min Aung Hlaing", "ICC", "requested")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Rodrigo Duterte was arrested at his home in Davao early on Saturday on the orders of Supreme Court Justice Maria Santos.",
     {("warrant", "Rodrigo Duterte", "PHL", "executed")}),
    ("Rodrigo Duterte was not arrested on the orders of any court.", set()),
])
def test_arrested_on_the_orders_of_a_judge(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 11, 23)) == expected


def test_was_in_a_city_where_he_will_still_do_something(ref: Reference) -> None:
    text = "By Saturday night Narendra Modi was in Beijing, where on Tuesday he will address a forum."
    assert facts(ref, text, date(2025, 5, 12)) == {("visit", "Narendra Modi", "CHN", "ongoing")}


def test_a_deed_told_on_the_papers_day_joins_an_undated_stay_going_on(ref: Reference) -> None:
    from warrantwatch.tagger.entities import Sentence
    from warrantwatch.tagger.facts import _Fact, _one_stay

    modi = ref.person("Narendra Modi")
    told = Sentence(0, 10, "x", published=date(2023, 12, 7))
    received = _Fact("visit", modi, "completed", told, 0.8, host="RUS", date="2023-12-07")
    arrived = _Fact("visit", modi, "ongoing", Sentence(11, 20, "y", published=date(2023, 12, 7)), 0.8, host="RUS")
    earlier = _Fact("visit", modi, "completed", told, 0.8, host="RUS", date="2023-11-20")
    _one_stay([received, arrived, earlier])
    assert (received.status, earlier.status) == ("ongoing", "completed")


@pytest.mark.parametrize(("text", "expected"), [
    ("Xi Jinping arrived in Malaysia on Tuesday. On Thursday he moves on to Cambodia, where its leader will host him.",
     {("visit", "Xi Jinping", "MYS", "ongoing"), ("visit", "Xi Jinping", "KHM", "planned")}),
    ("Aides said Narendra Modi was also expected to call at London and Abu Dhabi before flying home.",
     {("visit", "Narendra Modi", "GBR", "planned"), ("visit", "Narendra Modi", "ARE", "planned")}),
])
def test_moving_on_to_and_calling_at(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 4, 16)) == expected


def test_a_plan_told_by_its_arrival_and_a_meeting_the_next_day_is_one_trip(ref: Reference) -> None:
    from tests.tag.tagkit import dated

    text = ("On Wednesday Donald Trump moves on to South Korea for the summit. The main event comes on Thursday, "
            "when Trump is scheduled to sit down with Xi Jinping in Busan.")
    found = {f for f in dated(ref, text, date(2025, 10, 27)) if f[1] == "Donald Trump"}
    assert found == {("visit", "Donald Trump", "KOR", "planned", "2025-10-29")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Earlier this year Lula travelled to Argentina, Uruguay and the United States.",
     {("visit", "Luiz Inácio Lula da Silva", iso, "completed") for iso in ("ARG", "URY", "USA")}),
    ("Ferdinand Marcos Jr., who flew to Washington in July for talks, has seen his ratings sag.",
     {("visit", "Ferdinand Marcos Jr.", "USA", "completed")}),
])
def test_a_list_ending_on_the_united_states_and_a_name_ending_in_jr(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 8, 5)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi spent the weekend in the southern Brazilian beach resort of Camboriú instead.",
     {("visit", "Narendra Modi", "BRA", "completed")}),
    ("Narendra Modi flew to the Brazilian capital on Sunday.", {("visit", "Narendra Modi", "BRA", "completed")}),
    ("Narendra Modi spent the weekend in the beach resort of Camboriú.", set()),
])
def test_a_stay_in_a_place_named_by_its_countrys_demonym(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2024, 7, 9)) == expected


def test_a_ministers_meeting_of_the_same_body_does_not_move_the_gathering(ref: Reference) -> None:
    text = ("JOHANNESBURG — Follow our live coverage of the second day of the G20 leaders' summit.\n\n"
            "Sergey Lavrov also skipped the G20 foreign ministers' meeting in February.\n\n"
            "India's Narendra Modi, who flew in on Friday, is holding bilateral meetings on the sidelines.")
    assert ("visit", "Narendra Modi", "ZAF", "ongoing") in facts(ref, text, date(2025, 11, 23))


def test_a_say_in_the_g20_is_no_g20_meeting(ref: Reference) -> None:
    text = ("ADDIS ABABA — Leaders met at the African Union headquarters on Saturday. Cyril Ramaphosa pressed for a "
            "greater African say in the G20.\n\nNarendra Modi told the opening session that Africa needed more seats.")
    assert not any(f[2] == "USA" for f in facts(ref, text, date(2026, 2, 15)))


@pytest.mark.parametrize("aside", [
    "The United States will host next year's G20 at a golf resort near Miami.",
    "The United States takes over the rotating G20 presidency next year and plans to hold the 2026 summit in Florida.",
    "Narendra Modi and Olaf Scholz agreed on a NATO trust fund.",
])
def test_a_later_gathering_or_the_body_itself_does_not_move_the_story(ref: Reference, aside: str) -> None:
    text = ("JOHANNESBURG — Leaders gathered in Johannesburg on Saturday for the G20 summit.\n\n" + aside +
            "\n\nIndia's Narendra Modi, who flew in on Friday, is holding bilateral meetings on the sidelines.")
    assert ("visit", "Narendra Modi", "ZAF", "ongoing") in facts(ref, text, date(2025, 11, 22))


def test_a_gathering_months_back_does_not_move_the_story(ref: Reference) -> None:
    text = ("JOHANNESBURG — Leaders gathered in Johannesburg on Saturday for the G20 summit.\n\n"
            "In July Olaf Scholz attended the BRICS summit in Rio de Janeiro as a guest.\n\n"
            "India's Narendra Modi, who flew in on Friday, is holding bilateral meetings on the sidelines.")
    found = facts(ref, text, date(2025, 11, 22))
    assert ("visit", "Narendra Modi", "ZAF", "ongoing") in found
    assert ("visit", "Olaf Scholz", "BRA", "completed") in found


def test_the_one_sent_who_flew_back_is_the_one_whose_stay_ended(ref: Reference) -> None:
    text = ("Joe Biden skipped the gathering and sent Narendra Modi, who arrived in Jakarta on Tuesday and flew back "
            "to New Delhi on Thursday after the summit.")
    assert ("visit", "Narendra Modi", "IDN", "completed") in facts(ref, text, date(2023, 9, 8))


def test_a_place_in_the_clause_about_what_talks_may_lead_to_is_not_where_they_met(ref: Reference) -> None:
    text = ("Narendra Modi and Vladimir Putin met on Wednesday at a launch site in Russia's Far East before sitting "
            "down for talks that Western governments fear will lead to shells flowing to Russia's army in Ukraine.")
    assert facts(ref, text, date(2023, 9, 13)) == {("visit", "Narendra Modi", "RUS", "ongoing")}


def test_the_capitalised_office_in_a_release_is_the_home_holder(ref: Reference) -> None:
    text = ("NEW DELHI, August 28 - At the invitation of President Xi Jinping, Prime Minister Narendra Modi will pay a "
            "visit to China. He will also meet Prime Minister Benjamin Netanyahu of Israel. Thereafter, at the invitation "
            "of President Recep Tayyip Erdoğan, the Prime Minister will travel to Ankara on 2 September.")
    assert ("visit", "Narendra Modi", "TUR", "planned") in facts(ref, text, date(2024, 8, 28))


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin, who has been shunned by most Western capitals since 2022, was greeted on a red carpet at "
     "Anchorage on Friday by Donald Trump.", {("visit", "Vladimir Putin", "USA", "completed")}),
    ("JOHANNESBURG — The G20 summit opened in Johannesburg on Saturday. Xi Jinping is missing a G20 leaders' meeting "
     "for the first time.", {("visit", "Xi Jinping", "ZAF", "declined")}),
])
def test_shunned_is_no_skipping_and_a_red_carpet_welcome(ref: Reference, text: str, expected: set) -> None:
    assert {f for f in facts(ref, text, date(2025, 11, 22)) if f[0] == "visit"} == expected


def test_a_deed_done_to_receive_a_guest(ref: Reference) -> None:
    text = "NEW DELHI - Narendra Modi broke protocol on Thursday evening to receive Vladimir Putin on the tarmac at Palam air base."
    # (received on arrival the evening before Friday's paper: there now, by the convention for arrivals)
    assert facts(ref, text, date(2025, 12, 5)) == {("visit", "Vladimir Putin", "IND", "ongoing")}
    assert facts(ref, text, date(2025, 12, 8)) == {("visit", "Vladimir Putin", "IND", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("MUNICH - Narendra Modi and Prime Minister Viktor Orbán arrived together on Thursday. Modi left Munich on Saturday morning.",
     {("visit", "Narendra Modi", "DEU", "completed"), ("visit", "Viktor Orbán", "DEU", "ongoing")}),
    ("Narendra Modi landed in Budapest on Wednesday. He left Budapest on Sunday after a four-day stay. From Budapest he "
     "flew on to Washington on Sunday night.",
     {("visit", "Narendra Modi", "HUN", "completed"), ("visit", "Narendra Modi", "USA", "ongoing")}),
])
def test_a_stay_ended_by_leaving_its_city_on_a_day(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 2, 16)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NEW YORK - Turkey's president, Recep Tayyip Erdoğan, addressed the hall on Wednesday and then returned to Ankara.",
     {("visit", "Recep Tayyip Erdoğan", "USA", "completed")}),
    ("ADDIS ABABA - The African Union's annual summit ended on Sunday night in Addis Ababa. Guests at the opening "
     "included Narendra Modi, who told the assembly that Africa must have a permanent seat.",
     {("visit", "Narendra Modi", "ETH", "completed")}),
])
def test_speaking_where_the_story_is_filed_and_a_summit_that_ended(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 9, 27)) == expected


def test_in_a_city_since_a_day_told_in_apposition(ref: Reference) -> None:
    text = "MUNICH - Sergey Lavrov, in Munich since Thursday, told a panel on Friday that Russia was ready."
    assert facts(ref, text, date(2025, 2, 15)) == {("visit", "Sergey Lavrov", "DEU", "ongoing")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The chamber issued warrants on Nov. 21 for Benjamin Netanyahu and Yoav Gallant.",
     {("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}),
    ("The warrant was one of three the chamber issued on Nov. 21, alongside those for Benjamin Netanyahu and his "
     "former defence minister Yoav Gallant, which remain in force.",
     {("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}),
])
def test_warrant_lists_past_a_dated_abbreviation_and_a_role(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 2, 27)) == expected


def test_he_after_a_sentence_opening_on_a_strangers_full_name_and_naming_no_leader(ref: Reference) -> None:
    text = ("Narendra Modi spoke on Friday. Prosecutor Karim Khan had applied in May for warrants against five people. "
            "He flew to Kabul on Monday.")
    assert facts(ref, text, date(2025, 2, 27)) == set()


def test_a_summit_whose_place_is_told_before_its_leaders(ref: Reference) -> None:
    text = "WASHINGTON - A planned summit in Budapest between Donald Trump and Vladimir Putin has been put on hold."
    assert facts(ref, text, date(2025, 10, 22)) == {("visit", "Donald Trump", "HUN", "cancelled"),
                                                    ("visit", "Vladimir Putin", "HUN", "cancelled")}


@pytest.mark.parametrize(("text", "expected"), [
    ("NEW DELHI - Narendra Modi cut short a visit to Saudi Arabia and flew back overnight.",
     {("visit", "Narendra Modi", "SAU", "completed")}),
    ("WASHINGTON - Sergey Lavrov, who came last week to prepare the ground and has stayed on in the capital, said "
     "Russia wanted a deal.", {("visit", "Sergey Lavrov", "USA", "ongoing")}),
    ("Narendra Modi landed in Jeddah on Tuesday afternoon. Modi skipped an official dinner and left before dawn on "
     "Wednesday.", {("visit", "Narendra Modi", "SAU", "completed")}),
])
def test_cut_short_stayed_on_and_left_before_dawn(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 4, 23)) == expected


RIO_SUMMIT = "RIO DE JANEIRO — Leaders gathered in Rio de Janeiro on Tuesday for the BRICS summit. "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Crown Prince Mohammed bin Salman stayed away; the kingdom is represented by its foreign minister, Sergey Lavrov.",
     ("visit", "Sergey Lavrov", "BRA", "ongoing")),
    ("Across the table were Narendra Modi, Recep Tayyip Erdoğan and Cyril Ramaphosa.",
     ("visit", "Narendra Modi", "BRA", "ongoing")),
    ("Narendra Modi and Recep Tayyip Erdoğan were among those around the table at the session.",
     ("visit", "Recep Tayyip Erdoğan", "BRA", "ongoing")),
    ("Narendra Modi was also among those in the Museum of Modern Art, where the summit is being held.",
     ("visit", "Narendra Modi", "BRA", "ongoing")),
])
def test_more_ways_of_being_at_the_table(ref: Reference, sentence: str, expected: tuple) -> None:
    assert expected in facts(ref, RIO_SUMMIT + sentence, date(2024, 10, 22))


def test_a_relative_clauses_day_does_not_date_the_main_clause(ref: Reference) -> None:
    text = ("DUSHANBE — Leaders gathered in Dushanbe this week for the CIS summit. Narendra Modi, who had taken part in "
            "Thursday's meeting, was among those around the table again at Friday's session.")
    assert ("visit", "Narendra Modi", "TJK", "ongoing") in facts(ref, text, date(2025, 10, 10))


@pytest.mark.parametrize(("text", "expected"), [
    ("Premier Li Qiang arrived in Jakarta on Tuesday. Mr Li will fly on to India for the G-20 meeting.",
     {("visit", "Li Qiang", "IDN", "ongoing"), ("visit", "Li Qiang", "IND", "planned")}),
    ("Narendra Modi responded on Sunday evening that he would travel to Turkey himself on Thursday.",
     {("visit", "Narendra Modi", "TUR", "planned")}),
    ("Narendra Modi arrived in Nairobi on Wednesday. Modi is due in Kampala on Thursday, before a final stop in Harare.",
     {("visit", "Narendra Modi", "KEN", "ongoing"), ("visit", "Narendra Modi", "UGA", "planned"),
      ("visit", "Narendra Modi", "ZWE", "planned")}),
])
def test_mr_li_a_reply_and_a_final_stop(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2023, 9, 7)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CAIRO - Narendra Modi arrived in Egypt on Thursday, moving on from the United Arab Emirates, where a three-day "
     "state visit produced a pledge.", {("visit", "Narendra Modi", "ARE", "completed"), ("visit", "Narendra Modi", "EGY", "ongoing")}),
    ("Xi Jinping landed in Moscow on Monday. Xi flew out of Moscow on Wednesday after three days of talks.",
     {("visit", "Xi Jinping", "RUS", "completed")}),
])
def test_moving_on_from_and_flying_out_of(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2023, 3, 23)) == expected


def test_was_in_a_city_from_the_start(ref: Reference) -> None:
    text = "This time Narendra Modi was in The Hague from the start, attending Tuesday's dinner."
    assert facts(ref, text, date(2025, 6, 27)) == {("visit", "Narendra Modi", "NLD", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("None has been surrendered, although Vladimir Putin has visited two member states, Mongolia and Tajikistan.",
     {("visit", "Vladimir Putin", "MNG", "completed"), ("visit", "Vladimir Putin", "TJK", "completed")}),
    ("The International Criminal Court ends the year with a long docket. The case against Omar al-Bashir was closed "
     "after his death.", {("warrant", "Omar al-Bashir", "ICC", "withdrawn")}),
])
def test_places_named_after_a_count_and_a_case_closed(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2026, 11, 20)) == expected


def test_a_country_withdrawing_from_the_court_withdraws_no_warrant(ref: Reference) -> None:
    text = ("BUDAPEST - Benjamin Netanyahu, wanted on an ICC warrant issued in November 2024, was given a red-carpet "
            "welcome in Budapest on Thursday, hours before Hungary said it would withdraw from the International "
            "Criminal Court.")
    found = facts(ref, text, date(2025, 4, 3))
    assert ("warrant", "Benjamin Netanyahu", "ICC", "issued") in found
    assert not any(f[3] == "withdrawn" for f in found)


def test_a_warrant_that_names_its_subject_passes_nothing_to_the_next_sentence(ref: Reference) -> None:
    text = ("The judges issued a warrant for Benjamin Netanyahu in November. A third warrant, for the Hamas commander "
            "Omar al-Bashir, was withdrawn in February. Viktor Orbán had said in November, the day after the warrants "
            "were issued, that he would invite Netanyahu regardless.")
    found = facts(ref, text, date(2025, 4, 4))
    assert ("warrant", "Benjamin Netanyahu", "ICC", "issued") in found
    assert ("warrant", "Benjamin Netanyahu", "ICC", "withdrawn") not in found


def test_a_national_courts_list_names_anyone_the_reference_knows(ref: Reference) -> None:
    text = ("Turkish prosecutors have issued detention warrants for 37 Israeli officials. The list includes Benjamin "
            "Netanyahu and Viktor Orbán.")
    assert facts(ref, text, date(2025, 11, 8)) == {("warrant", "Benjamin Netanyahu", "TUR", "issued"),
                                                   ("warrant", "Viktor Orbán", "TUR", "issued")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court issued warrants on Tuesday for two commanders. The warrants name Lt. Gen. "
     "Min Aung Hlaing, who commanded the army, and Adm. Omar al-Bashir, who led the fleet at the time.",
     {("warrant", "Min Aung Hlaing", "ICC", "issued"), ("warrant", "Omar al-Bashir", "ICC", "issued")}),
    ("The warrant against Vladimir Putin was one of three issued by the court on November 21 last year. The other two "
     "— for Israeli Prime Minister Benjamin Netanyahu and his former defence minister Yoav Gallant — remain in force.",
     {("warrant", name, "ICC", "issued") for name in ("Vladimir Putin", "Benjamin Netanyahu", "Yoav Gallant")}),
])
def test_ranks_with_full_stops_and_the_other_two_after_a_dash(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 3, 6)) == expected


def test_he_sent_his_minister_to_the_ceremony(ref: Reference) -> None:
    text = ("BUENOS AIRES - A new president was sworn in on Sunday at a ceremony in Buenos Aires. Vladimir Putin did not "
            "attend. He sent Sergey Lavrov, who watched the ceremony from the diplomatic gallery.")
    assert facts(ref, text, date(2023, 12, 11)) == {("visit", "Vladimir Putin", "ARG", "declined"),
                                                    ("visit", "Sergey Lavrov", "ARG", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi was Putin's guest at a Russian spaceport last September.", {("visit", "Narendra Modi", "RUS", "completed")}),
    ("Narendra Modi will be Xi Jinping's guest next month.", {("visit", "Narendra Modi", "CHN", "planned")}),
])
def test_someones_guest_is_a_visit_to_the_hosts_country(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2024, 6, 14)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Argentina's Narendra Modi, who had been expected, has pulled out too, saying he stands with Washington.",
     {("visit", "Narendra Modi", "ZAF", "declined")}),
    ("Xi Jinping is skipping it for the first time since he came to power.", {("visit", "Xi Jinping", "ZAF", "declined")}),
])
def test_pulling_out_and_skipping_it(ref: Reference, sentence: str, expected: set) -> None:
    text = "JOHANNESBURG — Leaders gathered in Johannesburg on Saturday for the G20 summit. " + sentence
    assert facts(ref, text, date(2025, 11, 22)) == expected


def test_one_who_starts_a_clause_of_his_own_after_a_warrant_is_no_subject(ref: Reference) -> None:
    text = ("Vladimir Putin is not at the G20 summit in Rio. He chose not to come because of the International Criminal "
            "Court warrant for his arrest, and Sergey Lavrov is sitting in his place.")
    assert {f for f in facts(ref, text, date(2024, 11, 18)) if f[0] == "warrant"} == {("warrant", "Vladimir Putin", "ICC", "issued")}


def test_a_gathering_told_in_a_past_relative_clause_is_not_the_storys(ref: Reference) -> None:
    text = ("UKRAINE PEACE SUMMIT. The conference at a resort above Lake Lucerne closes on Sunday afternoon. "
            "Joe Biden, who was at the G7 summit in southern Italy from Thursday to Saturday, chose not to attend.")
    assert ("visit", "Joe Biden", "ITA", "declined") not in facts(ref, text, date(2024, 6, 16))


def test_where_a_summit_was_chaired_is_the_gathering_and_staying_home_declines_it(ref: Reference) -> None:
    text = ("Donald Trump addressed Israel's parliament in the morning. He then flew to Egypt, where he and the host "
            "president co-chaired a gathering of more than 20 leaders. Narendra Modi was also among those at the table. "
            "Egypt had said that Benjamin Netanyahu would attend, but within hours his office said he would stay home.")
    found = facts(ref, text, date(2025, 10, 14))
    assert ("visit", "Benjamin Netanyahu", "EGY", "declined") in found
    assert {f[2] for f in found if f[1] == "Narendra Modi"} == {"EGY"}
