"""Language the eighteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

THU_20_MAR_2025 = date(2025, 3, 20)


# -- "flew to X on Monday directly from Y, where he had taken part in ...": Y was the leg before --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Sergei Lavrov flew to Hanoi on Monday directly from Jakarta, where he had taken part in talks "
     "with ASEAN ministers.",
     {("visit", "Sergey Lavrov", "VNM", "completed", "2025-03-17"), ("visit", "Sergey Lavrov", "IDN", "completed", None)}),
    # (flown from a place without "straight" or "directly": no leg told)
    ("Foreign Minister Sergei Lavrov flew to Hanoi on Monday from Moscow, where he had briefed Vladimir Putin.",
     {("visit", "Sergey Lavrov", "VNM", "completed", "2025-03-17")}),
])
def test_the_leg_flown_straight_from(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, THU_20_MAR_2025)} == expected


def test_the_place_come_from_where_he_took_part(full_ref: Reference) -> None:
    facts = dated(full_ref, "Narendra Modi's visit to Paris follows a journey from Abu Dhabi, where he had taken part in "
                            "a business forum.", THU_20_MAR_2025)
    assert ("visit", "Narendra Modi", "ARE", "completed", None) in {f[:5] for f in facts}


# -- "His last trip abroad was to the BRICS summit in Kazan": a trip told by its noun, to a gathering or in the plural --

@pytest.mark.parametrize(("text", "expected"), [
    ("President Cyril Ramaphosa spoke on Monday. His last trip abroad was to the G7 summit in Kananaskis in June.",
     {("visit", "Cyril Ramaphosa", "CAN", "completed", "2024-06")}),
    ("Claudia Sheinbaum rarely leaves Mexico; one of her few trips abroad was to Guatemala in February.",
     {("visit", "Claudia Sheinbaum", "GTM", "completed", "2025-02")}),
])
def test_a_trip_that_was_to_a_place_or_a_gathering(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, THU_20_MAR_2025)} == expected


# -- "landed in Tianjin after two days of talks in Tokyo": the stay before, told with what filled it ---------------------

def test_a_stay_of_talks_before_the_arrival(full_ref: Reference) -> None:
    facts = {f[:4] for f in dated(full_ref, "Prime Minister Narendra Modi landed in Hanoi on Saturday evening after two "
                                             "days of talks in Seoul with President Lee Jae-myung.", THU_20_MAR_2025)}
    assert facts == {("visit", "Narendra Modi", "VNM", "ongoing"), ("visit", "Narendra Modi", "KOR", "completed")}


# -- "... appointed by Putin. She has said ...": "she" past a man told last is the woman named just before ------------

def test_she_past_a_man_told_last(full_ref: Reference) -> None:
    text = ("Judges also named Maria Lvova-Belova, Russia's commissioner for children's rights. The former teacher rose "
            "through civic groups before being appointed by Vladimir Putin in 2021. She said the court's step changed nothing. The court issued a warrant for "
            "her arrest on March 17.")
    facts = {f[:4] for f in dated(full_ref, text, date(2023, 3, 27))}
    assert facts == {("warrant", "Maria Lvova-Belova", "ICC", "issued")}


def test_he_past_a_woman_told_last_is_not_guessed(full_ref: Reference) -> None:
    # (a man's "he" after a woman told last is left alone: it may be a man the reference does not know)
    text = ("Giorgia Meloni met Pedro Sánchez in Rome on Monday. Ursula von der Leyen joined them. "
            "He said he would travel to Egypt on Saturday.")
    assert not {f for f in dated(full_ref, text, date(2025, 4, 8)) if f[2] == "EGY"}


# -- "X is the subject of an ICC warrant issued in 2024, as is his former defence minister Y": the same warrant ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Benjamin Netanyahu is wanted under an arrest warrant the International Criminal Court issued in November 2024, "
     "as is his former defence minister Yoav Gallant.",
     {("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11"), ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11")}),
    # (someone the reference knows no ICC warrant for is not given one)
    ("Benjamin Netanyahu is wanted under an arrest warrant the International Criminal Court issued in November 2024, "
     "as is the case for Hamas figures, and so is Isaac Herzog.",
     {("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11")}),
])
def test_as_is_shares_the_warrant_told(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, THU_20_MAR_2025)} == expected


# -- "having held a summit in Paris on Friday with President Macron": a summit held at a place, told before whom with -----

def test_a_summit_held_in_a_place_with_someone(full_ref: Reference) -> None:
    facts = {f[:5] for f in dated(full_ref, "Prime Minister Keir Starmer flew on to Washington, having held a summit in "
                                             "Paris on Monday with President Emmanuel Macron.", THU_20_MAR_2025)}
    assert ("visit", "Keir Starmer", "FRA", "completed", "2025-03-17") in facts


# -- "Officially, the prime minister was on a visit to India, where he met Narendra Modi": the bare title is the office
# -- holder named before, not the host named later in the sentence -----------------------------------------------------

def test_a_bare_title_is_not_the_host_named_after_it(full_ref: Reference) -> None:
    text = ("TOKYO - Prime Minister Shigeru Ishiba spoke to reporters on Sunday. The trip had been kept secret. "
            "Officially, the prime minister was in India, where he met Narendra Modi in New Delhi on Monday.")
    facts = {f[:4] for f in dated(full_ref, text, date(2025, 3, 18))}
    assert ("visit", "Shigeru Ishiba", "IND", "completed") in facts or ("visit", "Shigeru Ishiba", "IND", "ongoing") in facts
    assert not {f for f in facts if f[1] == "Narendra Modi"}


def test_a_bare_title_with_two_holders_named_before_is_not_guessed(full_ref: Reference) -> None:
    # (two prime ministers named before, neither the last sentence's subject: no guess between them)
    text = ("Xi Jinping met Prime Minister Shigeru Ishiba and Prime Minister Anthony Albanese in Beijing on Sunday. "
            "Later, the prime minister flew to India, where he met Narendra Modi on Monday.")
    facts = {f[:4] for f in dated(full_ref, text, date(2025, 3, 18))}
    assert not {f for f in facts if f[2] == "IND" and f[1] in {"Shigeru Ishiba", "Anthony Albanese"}}


# -- "The president's stay in South Korea, which began when he landed on Wednesday, is over": told as ended ------------

def test_a_stay_told_as_over(full_ref: Reference) -> None:
    text = ("President Donald Trump spoke to reporters. The president's stay in Japan, which began when he landed in "
            "Tokyo on Monday, is over.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 29))} == {("visit", "Donald Trump", "JPN", "completed")}


# -- "X, who has been in Kazakhstan since Wednesday, was joined in the capital by A's Y and B's Z": those who joined ------

@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin, who has been in Kyrgyzstan on a state visit since Monday, was joined in the capital on Wednesday "
     "by Belarus's Alexander Lukashenko and Tajikistan's Emomali Rahmon.",
     {("visit", "Vladimir Putin", "KGZ"), ("visit", "Alexander Lukashenko", "KGZ"), ("visit", "Emomali Rahmon", "KGZ")}),
    # (joined by video: not there)
    ("Vladimir Putin, who has been in Kyrgyzstan on a state visit since Monday, was joined by video by Belarus's "
     "Alexander Lukashenko.",
     {("visit", "Vladimir Putin", "KGZ")}),
    # (no stay told in the sentence: no trip to share)
    ("Vladimir Putin was joined on Wednesday by Belarus's Alexander Lukashenko.", set()),
])
def test_those_who_joined_someone_there(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, THU_20_MAR_2025)} == expected


def test_joined_there_takes_the_day_of_joining(full_ref: Reference) -> None:
    facts = dated(full_ref, "Vladimir Putin, who has been in Kyrgyzstan on a state visit since Monday, was joined in the "
                            "capital by Belarus's Alexander Lukashenko.", THU_20_MAR_2025)
    assert {f[:5] for f in facts} == {("visit", "Vladimir Putin", "KGZ", "ongoing", "2025-03-17"),
                                      ("visit", "Alexander Lukashenko", "KGZ", "ongoing", "2025-03-20")}


# -- "has been in Kyrgyzstan on a state visit since Monday": a stay, its kind told between the place and "since" ----------

def test_been_in_a_place_on_a_visit_since(full_ref: Reference) -> None:
    facts = dated(full_ref, "Vladimir Putin has been in Kyrgyzstan on a state visit since Monday.", THU_20_MAR_2025)
    assert {f[:5] for f in facts} == {("visit", "Vladimir Putin", "KGZ", "ongoing", "2025-03-17")}


# -- "is now expected to travel to China in mid-April": a plan made again --------------------------------------------

def test_now_expected_to_travel(full_ref: Reference) -> None:
    facts = dated(full_ref, "Luiz Inácio Lula da Silva, who has recovered from a bout of flu, is now expected to travel "
                            "to Japan in mid-April.", THU_20_MAR_2025)
    assert {f[:5] for f in facts} == {("visit", "Luiz Inácio Lula da Silva", "JPN", "planned", "2025-04")}


# -- "will travel to Lima for the APEC meeting, and then to the G20 summit in Rio": the next leg told by its gathering ----

def test_the_next_leg_told_by_its_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "President Prabowo Subianto will travel to Lima for the APEC meeting, and then to the G20 "
                            "summit in Rio de Janeiro.", date(2024, 11, 8))
    assert {f[:4] for f in facts} == {("visit", "Prabowo Subianto", "PER", "planned"),
                                      ("visit", "Prabowo Subianto", "BRA", "planned")}


# -- "Prabowo said ... The president will leave for Washington, where he is to meet President Joe Biden": of two
# -- presidents named before, the last sentence's subject (not the host named after) --------------------------------

def test_a_bare_title_of_several_holders_is_the_last_subject(full_ref: Reference) -> None:
    text = ("Xi Jinping hosted President Prabowo Subianto in Beijing on Saturday. Prabowo said the talks went well. "
            "The president will leave for Washington on Sunday, where he is to meet President Joe Biden.")
    facts = {f[:4] for f in dated(full_ref, text, date(2024, 11, 9))}
    assert ("visit", "Prabowo Subianto", "USA", "planned") in facts
    assert not {f for f in facts if f[1] in {"Xi Jinping", "Joe Biden"}}


# -- warrant requests: "asked judges to strike out their request for a warrant against X", "abandoned their case against
# -- X" (withdrawn); "The Hamas figures named in the filing are X, Y and Z" (requested) --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The ICC prosecutor sought warrants in May. In August prosecutors asked the judges to strike out their request for "
     "an arrest warrant against Ismail Haniyeh.",
     {("warrant", "Ismail Haniyeh", "ICC", "withdrawn", "2024-08")}),
    ("The International Criminal Court's judges ruled on Monday. Prosecutors had abandoned their case against Mohammed "
     "Deif in February.",
     {("warrant", "Mohammed Deif", "ICC", "withdrawn", "2025-02")}),
    ("The ICC prosecutor applied for warrants on May 20. The Hamas leaders named in his application are Yahya Sinwar "
     "and Ismail Haniyeh.",
     {("warrant", "Yahya Sinwar", "ICC", "requested", "2024-05-20"), ("warrant", "Ismail Haniyeh", "ICC", "requested", "2024-05-20")}),
    # (someone the reference knows no ICC warrant for is not listed)
    ("The ICC prosecutor applied for warrants on May 20. The officials named in his application are Yahya Sinwar and "
     "Isaac Herzog.",
     {("warrant", "Yahya Sinwar", "ICC", "requested", "2024-05-20")}),
])
def test_requests_withdrawn_and_listed(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, date(2025, 3, 3))} == expected


# -- "was received with military honours and was not detained": no arrest ------------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Benjamin Netanyahu, who is the subject of an ICC warrant issued in November 2024, was received with honours in "
     "Budapest and was not detained.", "issued"),
    ("Benjamin Netanyahu, who is the subject of an ICC warrant issued in November 2024, was detained in Budapest.",
     "executed"),
])
def test_not_detained_is_no_arrest(full_ref: Reference, text: str, status: str) -> None:
    facts = {f[:4] for f in dated(full_ref, text, THU_20_MAR_2025) if f[0] == "warrant"}
    assert facts == {("warrant", "Benjamin Netanyahu", "ICC", status)}


# -- "X, against whom judges first ordered an arrest in March 2009, ...": a warrant told in a relative clause, of its own
# -- day; and "Y and Z are also wanted" does not take the day of the warrant told before -------------------------------

def test_against_whom_an_arrest_was_ordered(full_ref: Reference) -> None:
    text = ("The ICC opened a hearing on Monday. Omar al-Bashir, wanted since 2010 on a second count, and Ahmad Harun, against "
            "whom judges first ordered an arrest in 2007, remain at large.")
    facts = {f[:5] for f in dated(full_ref, text, THU_20_MAR_2025)}
    assert ("warrant", "Ahmad Harun", "ICC", "issued", "2007") in facts


def test_also_wanted_keeps_no_borrowed_day(full_ref: Reference) -> None:
    text = ("The ICC first ordered the arrest of Omar al-Bashir in March 2009. Ahmad Harun and Abdel Raheem Muhammad "
            "Hussein are also wanted.")
    facts = {f[:5] for f in dated(full_ref, text, THU_20_MAR_2025)}
    assert ("warrant", "Ahmad Harun", "ICC", "issued", None) in facts
    assert ("warrant", "Omar al-Bashir", "ICC", "issued", "2009-03") in facts


# -- "Italian police picked him up in Turin on Sunday": an arrest (in an article about the court's warrant) -------------

@pytest.mark.parametrize("arrest", ["Italian police picked him up in Turin on Sunday.",
                                    "Rome freed him two days after police had picked him up in Turin on Sunday."])
def test_police_picked_him_up(full_ref: Reference, arrest: str) -> None:
    facts = {f[:4] for f in dated(full_ref, "The ICC issued a warrant for Osama Elmasry Njeem in January. " + arrest,
                                  date(2025, 7, 19))}
    assert ("warrant", "Osama Elmasry Njeem", "ICC", "executed") in facts


# -- "was taken back into detention after the Seoul Central District Court approved ...": an arrest, on the order of
# -- the court named by its city (even in an article that also tells of the ICC) ---------------------------------------

def test_taken_into_detention_on_a_city_court_order(full_ref: Reference) -> None:
    text = ("The ICC has issued warrants for Vladimir Putin. Yoon Suk Yeol was taken back into detention on Thursday after "
            "the Seoul Central District Court approved a special counsel's request.")
    facts = {f[:4] for f in dated(full_ref, text, date(2025, 7, 12))}
    assert ("warrant", "Yoon Suk Yeol", "KOR", "executed") in facts
    assert not {f for f in facts if f[1] == "Yoon Suk Yeol" and f[2] == "ICC"}


# -- "landed in Lima on Thursday, inaugurated a port by video": there (the video is another deed's); "will fly to X, and
# -- end the tour in Y, where she is due on Friday": the last leg is planned too -----------------------------------------

def test_an_arrival_is_not_undone_by_a_later_video(full_ref: Reference) -> None:
    facts = {f[:4] for f in dated(full_ref, "Xi Jinping, who landed in Lima on Thursday, opened a port at Chancay by video "
                                             "on Friday.", date(2024, 11, 16))}
    assert facts == {("visit", "Xi Jinping", "PER", "ongoing")}


def test_and_end_the_tour_in_shares_the_plan(full_ref: Reference) -> None:
    facts = {f[:4] for f in dated(full_ref, "Kamala Harris will fly to Dar es Salaam on Wednesday, and end the tour in "
                                             "Lusaka, where she is due on Friday.", date(2024, 11, 17))}
    assert facts == {("visit", "Kamala Harris", "TZA", "planned"), ("visit", "Kamala Harris", "ZMB", "planned")}


# -- "Nearby were A and B", "X sat at Putin's right hand": presence at the story's gathering ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("MOSCOW -- Foreign leaders watched Friday's Victory Day parade in Moscow. Nearby were Brazil's Luiz Inácio Lula da "
     "Silva and Belarusian President Alexander Lukashenko.",
     {("visit", "Luiz Inácio Lula da Silva", "RUS"), ("visit", "Alexander Lukashenko", "RUS")}),
    ("MOSCOW -- Foreign leaders watched Friday's Victory Day parade in Moscow. Chinese President Xi Jinping sat at "
     "Vladimir Putin's right hand.",
     {("visit", "Xi Jinping", "RUS")}),
    # (no gathering told: a seat at someone's side says nothing of where)
    ("Chinese President Xi Jinping sat at Vladimir Putin's right hand.", set()),
])
def test_presence_nearby_and_at_ones_side(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2025, 5, 11))} == expected


# -- "boarded his plane home from Beijing on May 14", "flew home from Doha on Friday": the place left was a stop ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("By the time Luiz Inácio Lula da Silva boarded his plane home from Beijing on May 14, he had spent a month abroad.",
     {("visit", "Luiz Inácio Lula da Silva", "CHN", "completed", "2025-05-14")}),
    ("The emir saw off Donald Trump, who flew home from Doha on Friday.",
     {("visit", "Donald Trump", "QAT", "completed", "2025-05-16")}),
])
def test_flew_home_from(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, date(2025, 5, 20))} == expected


# -- "spent Tuesday in Riyadh, Wednesday in Doha and Thursday in Abu Dhabi": a stop for each day, dated by it -----------

def test_a_day_in_each_stop(full_ref: Reference) -> None:
    facts = dated(full_ref, "Donald Trump spent Tuesday in Riyadh, Wednesday in Doha and Thursday in Abu Dhabi.",
                  date(2025, 5, 23))
    assert {f[:5] for f in facts} == {("visit", "Donald Trump", "SAU", "completed", "2025-05-20"),
                                      ("visit", "Donald Trump", "QAT", "completed", "2025-05-21"),
                                      ("visit", "Donald Trump", "ARE", "completed", "2025-05-22")}


# -- "The first stop was Hanoi, where Ishiba landed on Sunday": a capital with a "where" clause is a place -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Shigeru Ishiba toured South-East Asia. The first stop was Hanoi, where Ishiba landed on Sunday.",
     {("visit", "Shigeru Ishiba", "VNM")}),
    ("Prime Minister Shigeru Ishiba spoke. The talks moved to Manila, where Ishiba met President Ferdinand Marcos Jr.",
     {("visit", "Shigeru Ishiba", "PHL")}),
    # (a capital that acts is its government: "Hanoi said")
    ("Prime Minister Shigeru Ishiba spoke. Hanoi said the talks went well.", set()),
])
def test_a_capital_with_a_where_clause_is_a_place(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2025, 5, 2))} == expected


# -- "was inaugurated on Sunday at an open-air mass in St. Peter's Square": a mass named as a service is the story's
# -- gathering (not "mass protests") ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("VATICAN CITY -- Pope Leo XIV was inaugurated on Sunday at an open-air mass in St. Peter's Square. The United "
     "States was represented by Vice President JD Vance.",
     {("visit", "JD Vance", "VAT")}),
    ("VATICAN CITY -- Mass protests were held in Rome on Sunday. The United States was represented by Vice President "
     "JD Vance.",
     set()),
])
def test_a_mass_as_the_gathering(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2025, 5, 19))} == expected


# -- "were among the leaders seated in the summit hall", "among those who took their seats for the closing session" ----

@pytest.mark.parametrize("among", ["was among the leaders seated in the summit hall",
                                   "was among those who took their seats for the closing session"])
def test_among_those_seated(full_ref: Reference, among: str) -> None:
    text = f"TIANJIN, China - The SCO summit opened on Monday. Turkish President Recep Tayyip Erdoğan {among}."
    assert {f[:3] for f in dated(full_ref, text, date(2025, 9, 1))} == {("visit", "Recep Tayyip Erdoğan", "CHN")}


# -- "Foreign Minister X is representing the kingdom": there for his own country, at the story's gathering --------------

def test_representing_the_kingdom(full_ref: Reference) -> None:
    text = ("RIO DE JANEIRO - The G20 summit opened on Monday. Crown Prince Mohammed bin Salman skipped the meeting; "
            "Foreign Minister Faisal bin Farhan is representing the kingdom.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 18))} == {
        ("visit", "Mohammed bin Salman", "BRA", "declined"), ("visit", "Faisal bin Farhan Al Saud", "BRA", "ongoing")}


# -- "joined Tuesday's session in person": the gathering joined, named by its day --------------------------------------

def test_joined_a_days_session(full_ref: Reference) -> None:
    text = ("FIUGGI, Italy -- Foreign ministers of the Group of Seven opened two days of talks in this hill town on Monday. "
            "Ukraine's foreign minister, Andrii Sybiha, joined Tuesday's session in person.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 26))} == {("visit", "Andrii Sybiha", "ITA", "ongoing")}


# -- "X said the two would meet again at the SCO summit in Kazakhstan in July": the pair the last sentence named; "said
# -- he and Y would meet" is a plan of both ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Alexander Lukashenko met Vladimir Putin in Moscow on Thursday. Lukashenko said the two would meet again at the "
    "summit in Kazakhstan in July.",
    "Alexander Lukashenko said he and Vladimir Putin would meet again at the summit in Kazakhstan in July.",
])
def test_said_the_two_would_meet(full_ref: Reference, text: str) -> None:
    facts = {f[:5] for f in dated(full_ref, text, date(2024, 5, 3)) if f[2] == "KAZ"}
    assert facts == {("visit", "Alexander Lukashenko", "KAZ", "planned", "2024-07"),
                     ("visit", "Vladimir Putin", "KAZ", "planned", "2024-07")}


def test_said_the_two_is_the_speaker_and_the_one_named_last(full_ref: Reference) -> None:
    # (the last sentence names only the other one: the two are the speaker and him, not an older pair)
    text = ("Volodymyr Zelensky spoke to Emmanuel Macron. Vladimir Putin is due to fly to Tashkent on Sunday. "
            "Alexander Lukashenko said the two would meet again at the summit in Kazakhstan in July.")
    facts = {f[:3] for f in dated(full_ref, text, date(2024, 5, 3)) if f[2] == "KAZ"}
    assert facts == {("visit", "Alexander Lukashenko", "KAZ"), ("visit", "Vladimir Putin", "KAZ")}


# -- "told reporters that Russia had shown in Istanbul ...": a place inside what was said; "who spent decades in Geneva":
# -- a life lived there, not a trip ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Emmanuel Macron spoke in Paris. He told reporters that Russia had shown in Istanbul that it did not want peace.", set()),
    ("Emmanuel Macron told reporters in Istanbul that Russia did not want peace.", {("visit", "Emmanuel Macron", "TUR")}),
    ("Kamil Idris, who spent decades in Geneva, has not said whether his government will cooperate.", set()),
    ("Kamil Idris spent two days in Geneva last week.", {("visit", "Kamil Idris", "CHE")}),
])
def test_places_that_are_no_trip(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2025, 5, 20))} == expected


# -- "In Lisbon he was to have met President X": a meeting planned once, not held -------------------------------------

def test_was_to_have_met(full_ref: Reference) -> None:
    text = "Volodymyr Zelensky was in Madrid on Monday. In Lisbon he was to have met President Marcelo Rebelo de Sousa."
    facts = {f[:4] for f in dated(full_ref, text, date(2024, 5, 20)) if f[2] == "PRT"}
    assert facts == {("visit", "Volodymyr Zelensky", "PRT", "cancelled")}


# -- "flew to Washington on Tuesday morning and spent a little over two hours at the White House": a trip of hours, over
# -- by Wednesday's paper ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Mark Carney flew to Washington on Tuesday morning and spent a little over two hours at the White House.", "completed"),
    ("Mark Carney flew to Washington on Tuesday morning for talks at the White House.", "ongoing"),
])
def test_a_trip_of_hours(full_ref: Reference, text: str, status: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 5, 7))} == {("visit", "Mark Carney", "USA", status)}


# -- "in Riyadh on Monday, where he attended a World Economic Forum meeting": the gathering is where the sentence puts
# -- it, not at its usual home (Davos) -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Antony Blinken began the trip in Riyadh on Monday, where he attended a World Economic Forum meeting.",
     {("visit", "Antony Blinken", "SAU")}),
    # (a gathering at its usual home: unchanged)
    ("Joe Biden flew to Vietnam on Sunday straight from New Delhi, where he had attended the G20 summit.",
     {("visit", "Joe Biden", "VNM"), ("visit", "Joe Biden", "IND")}),
])
def test_a_gathering_away_from_its_home(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2024, 5, 1))} == expected


# -- "Sharif began the trip in Istanbul, where Erdogan received him. On Monday he was in Tehran": a traveller the reference
# -- does not know; neither "him" nor the next "he" is the host ------------------------------------------------------

def test_a_guest_the_reference_does_not_know(full_ref: Reference) -> None:
    text = ("BAKU -- Pakistani Prime Minister Shehbaz Sharif arrived in Azerbaijan on Wednesday. Sharif began the trip in "
            "Istanbul on Sunday, where President Recep Tayyip Erdoğan received him. On Monday he was in Tehran for talks "
            "with President Masoud Pezeshkian.")
    assert dated(full_ref, text, date(2025, 5, 28)) == set()


# -- "has said that a warrant for X could be issued soon": a possibility, told after the word ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The ICC is investigating the drug war. A former senator has said that a warrant for Rodrigo Duterte could be "
     "issued soon.", set()),
    ("The ICC is investigating the drug war. A warrant for Rodrigo Duterte was issued on Friday.",
     {("warrant", "Rodrigo Duterte", "ICC", "issued")}),
])
def test_a_warrant_that_could_be_issued(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 3, 10))} == expected


# -- "It was al-Sharaa's second trip abroad since his appointment, following a visit to Saudi Arabia": "his" is the
# -- stranger's, so the trip is nobody's the reference knows --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ANKARA - President Recep Tayyip Erdoğan welcomed Syria's interim president, Ahmed al-Sharaa, in Ankara on Tuesday. "
     "It was al-Sharaa's second trip abroad since his appointment, following a visit to Saudi Arabia on Sunday.", set()),
    ("President Recep Tayyip Erdoğan arrived in Riyadh on Tuesday. It was Erdoğan's second trip abroad since his "
     "re-election, following a visit to Qatar on Sunday.",
     {("visit", "Recep Tayyip Erdoğan", "SAU"), ("visit", "Recep Tayyip Erdoğan", "QAT")}),
])
def test_his_after_a_strangers_trip(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2025, 2, 5))} == expected


# -- "On Friday the pope travels to Iznik. He will spend the weekend in Istanbul, before flying to Lebanon": "he" is the
# -- pope (whom the reference does not hold), not the host named before ------------------------------------------------

def test_he_after_the_pope(full_ref: Reference) -> None:
    text = ("President Recep Tayyip Erdoğan welcomed Pope Leo XIV to Ankara on Thursday. Erdoğan said the visit was a "
            "message of peace. On Friday the pope travels to Iznik. He will spend the weekend in Istanbul, before flying "
            "to Lebanon on Sunday.")
    assert not {f for f in dated(full_ref, text, date(2025, 11, 28)) if f[1] == "Recep Tayyip Erdoğan"}


# -- "..., but the planned visit to the Holy See has been postponed": the story's traveller's trip, called off ---------

def test_the_planned_visit_to_a_place_postponed(full_ref: Reference) -> None:
    text = ("LONDON - King Charles III will go ahead with a state visit to Italy next month, but the planned visit to the "
            "Holy See has been postponed on medical advice, Buckingham Palace said.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 3, 18))} == {
        ("visit", "Charles III", "ITA", "planned"), ("visit", "Charles III", "VAT", "cancelled")}


# -- "X and Y are due in Tokyo for a summit, before moving on to Beijing": the next leg is both travellers' -------------

def test_the_next_leg_of_two_travelling_together(full_ref: Reference) -> None:
    text = ("Ursula von der Leyen and António Costa are due in Tokyo on Wednesday for a summit, before moving on to "
            "Beijing on Thursday.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 7, 20))} == {
        ("visit", p, c, "planned") for p in ("Ursula von der Leyen", "António Costa") for c in ("JPN", "CHN")}


def test_the_next_leg_is_not_the_hosts(full_ref: Reference) -> None:
    # (the one received is not on the guest's next leg)
    text = "Shigeru Ishiba received Anthony Albanese in Tokyo on Monday, before flying on to Beijing."
    assert not {f for f in dated(full_ref, text, date(2025, 7, 20)) if f[2] == "CHN" and f[1] == "Anthony Albanese"}


# -- "EU leaders gather in Brussels on Thursday, with X expected to join them": X's plan to be there --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("EU leaders gather in Brussels on Thursday, with Volodymyr Zelensky expected to join them.",
     {("visit", "Volodymyr Zelensky", "BEL", "planned", "2024-12-19")}),
    ("EU leaders gather in Brussels on Thursday, with no one expecting Volodymyr Zelensky to join them.", set()),
])
def test_with_x_expected_to_join(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, date(2024, 12, 14))} == expected


# -- "facing a request for his arrest at the ICC and an arrest warrant from a court in Argentina": the warrant's own
# -- court, told right after it (the court in The Hague stays the ICC) ----------------------------------------------

@pytest.mark.parametrize(("text", "court"), [
    ("For a man facing a request for his arrest at the International Criminal Court and an arrest warrant from a court "
     "in Argentina, Senior General Min Aung Hlaing has had a busy spring.", "ARG"),
    ("Police in Berlin detained Khaled Mohamed Ali El Hishri on Wednesday, acting on a warrant issued by the court in "
     "The Hague, the International Criminal Court said.", "ICC"),
])
def test_a_warrant_from_a_court_in_a_country(full_ref: Reference, text: str, court: str) -> None:
    facts = dated(full_ref, text, date(2025, 7, 19))
    assert {f[2] for f in facts if f[0] == "warrant"} == {court}


# -- "After talks with X, Y returned to Poland and met Z in Warsaw": X talked with Y before, elsewhere; X did not go ------

@pytest.mark.parametrize(("text", "expected"), [
    ("After talks with Volodymyr Zelensky, Fumio Kishida returned to Poland and met President Andrzej Duda in Warsaw on "
     "Wednesday.", {("visit", "Fumio Kishida", "POL")}),
    ("Fumio Kishida held talks with Volodymyr Zelensky in Kyiv on Tuesday.", {("visit", "Fumio Kishida", "UKR")}),
])
def test_after_talks_with_someone(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2023, 3, 23))} == expected


# -- "ended his Latin American swing in Chile, where he arrived on Wednesday": the last stop is over too ----------------

@pytest.mark.parametrize("verb", ["ended", "concluded"])
def test_a_tour_ended_in_its_last_stop(full_ref: Reference, verb: str) -> None:
    text = f"Emmanuel Macron {verb} his Latin American swing in Chile, where he arrived on Wednesday."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 22))} == {("visit", "Emmanuel Macron", "CHL", "completed")}


# -- "would also meet families of hostages still held in Gaza": where others are held is no place of the meeting --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Benjamin Netanyahu flew to Washington. His office said he would also meet families of hostages still held in Gaza.",
     {("visit", "Benjamin Netanyahu", "USA")}),
    ("Emmanuel Macron will meet families of hostages in Jerusalem on Monday.", {("visit", "Emmanuel Macron", "ISR")}),
])
def test_where_others_are_held(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2024, 11, 16))} == expected


# -- "then flew the same evening to Doha", "He then drove to Ramallah", "again stood in at the G20 summit in New Delhi" ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Antony Blinken was in Amman on Friday, then flew the same evening to Doha, where he met the emir.",
     {("visit", "Antony Blinken", "JOR"), ("visit", "Antony Blinken", "QAT")}),
    ("Emmanuel Macron met Benjamin Netanyahu in Jerusalem. He then drove to Ramallah for talks with Palestinian leaders.",
     {("visit", "Emmanuel Macron", "ISR"), ("visit", "Emmanuel Macron", "PSE")}),
    ("Sergey Lavrov spoke. Last month Lavrov again stood in at the G20 leaders' summit in New Delhi.",
     {("visit", "Sergey Lavrov", "IND")}),
])
def test_more_ways_of_going(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2023, 10, 20))} == expected


# -- "Saturday brought three stops: Manama in the morning, Riyadh in the afternoon and Abu Dhabi late at night" ---------

def test_stops_listed_after_a_colon(full_ref: Reference) -> None:
    text = ("Antony Blinken flew to Amman on Friday. Saturday brought three stops: Manama in the morning, Riyadh in the "
            "afternoon and Abu Dhabi late at night.")
    facts = {f[:5] for f in dated(full_ref, text, date(2023, 10, 16)) if f[2] != "JOR"}
    assert facts == {("visit", "Antony Blinken", c, "completed", "2023-10-14") for c in ("BHR", "SAU", "ARE")}


def test_next_stop_after_a_colon(full_ref: Reference) -> None:
    text = "Russian President Vladimir Putin flew to Bishkek on Tuesday. Next stop: India, on December 4."
    facts = {f[:5] for f in dated(full_ref, text, date(2025, 11, 28)) if f[2] == "IND"}
    assert facts == {("visit", "Vladimir Putin", "IND", "planned", "2025-12-04")}


# -- "He invited the Indian leader to the G7 summit he is hosting in Hiroshima in May, and Modi accepted": a plan agreed ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Fumio Kishida met Narendra Modi in New Delhi. He also invited the Indian leader to the Group of Seven summit he "
     "is hosting in Hiroshima in May, and Modi accepted.", {("visit", "Narendra Modi", "JPN", "planned")}),
    # (an invitation not accepted is no plan)
    ("Fumio Kishida met Narendra Modi in New Delhi. He also invited the Indian leader to the Group of Seven summit he "
     "is hosting in Hiroshima in May.", set()),
])
def test_invited_and_accepted(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2023, 3, 22)) if f[2] == "JPN"} == expected
