"""Language the twentieth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_14_NOV_2025 = date(2025, 11, 14)


# -- "his peace mission to Moscow and Beijing in July": a trip noun -------------------------------------------------------

def test_a_peace_mission_is_a_trip(full_ref: Reference) -> None:
    text = ("Viktor Orbán chaired the meeting in Budapest. Few of his guests had seen him since his much-criticised "
            "peace mission to Kyiv and Beijing in July.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Viktor Orbán", "UKR", "completed", "2025-07"),
        ("visit", "Viktor Orbán", "CHN", "completed", "2025-07"),
    }


def test_a_peacekeeping_mission_is_no_trip(full_ref: Reference) -> None:
    text = "Viktor Orbán praised the UN's mission in Cyprus and the EU's monitoring mission to Georgia."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "skipped the summit in Johannesburg and sent X instead": the envoy went where the sender did not -------------------

@pytest.mark.parametrize("instead", ["instead", "in his place"])
def test_the_envoy_sent_instead_goes_to_the_skipped_summit(full_ref: Reference, instead: str) -> None:
    text = f"Vladimir Putin skipped the BRICS summit in Johannesburg in August and sent Foreign Minister Sergey Lavrov {instead}."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Vladimir Putin", "ZAF", "declined", "2025-08"),
        ("visit", "Sergey Lavrov", "ZAF", "completed", "2025-08"),
    }


def test_an_envoy_sent_with_no_trip_declined_goes_nowhere(full_ref: Reference) -> None:
    text = "Vladimir Putin stayed in Moscow on Tuesday and sent Sergey Lavrov instead."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "a summit of South-East European leaders in Tirana": a hyphenated word in the gathering's owners ------------------

def test_a_hyphenated_name_in_the_gatherings_owners(full_ref: Reference) -> None:
    text = "Volodymyr Zelensky attended a summit of South-East European leaders in Tirana on Wednesday."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Volodymyr Zelensky", "ALB", "completed", "2025-11-12")}


# -- "On Sunday she had been in Cairo with the Commission's president": a stay told with company, the day before it -------

def test_had_been_in_a_place_with_company(full_ref: Reference) -> None:
    text = "Giorgia Meloni spoke in Rome on Thursday. On Sunday she had been in Cairo with the president of the Commission."
    assert ("visit", "Giorgia Meloni", "EGY", "completed", "2025-11-09") in {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)}


# -- "sat out the NATO summit in The Hague": stayed away ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Two weeks ago Anthony Albanese sat out the NATO summit in The Hague.",
     {("visit", "Anthony Albanese", "NLD", "declined")}),
    ("Anthony Albanese will sit out next week's NATO summit in The Hague.",
     {("visit", "Anthony Albanese", "NLD", "declined")}),
    # (not a gathering: weather, a storm, a dance)
    ("Anthony Albanese sat out the storm in Rome.", set()),
])
def test_sat_out_a_summit(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "will depart for Singapore on Wednesday": the plain and -ing forms of "depart for" ----------------------------------

@pytest.mark.parametrize("going", ["will depart for", "is departing for", "is leaving for"])
def test_depart_for(full_ref: Reference, going: str) -> None:
    text = f"Narendra Modi {going} Singapore on Monday, the second stop of his trip."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Narendra Modi", "SGP", "planned", "2025-11-17")}


def test_leaving_for_told_in_an_aside_is_a_trip_ahead(full_ref: Reference) -> None:
    text = "Narendra Modi, leaving for Singapore, said the trip mattered."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Narendra Modi", "SGP", "planned")}


# -- "held talks on restoring relations that collapsed in 2023": the relations' year is not the talks' ------------------

def test_the_year_relations_collapsed_is_not_the_talks(full_ref: Reference) -> None:
    text = ("OTTAWA - Subrahmanyam Jaishankar arrived on Tuesday and held talks with Anita Anand on restoring relations "
            "that collapsed in 2023.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Subrahmanyam Jaishankar", "CAN", "ongoing", "2025-11-11")}


# -- "was received by Macron at the air base", undated, in a story filed from Paris: there now ----------------------------

def test_an_undated_welcome_in_the_storys_country_is_today(full_ref: Reference) -> None:
    text = ("PARIS - Volodymyr Zelensky signed a letter of intent on Friday. Zelensky, who had spent Thursday in Athens, "
            "was received by Emmanuel Macron at the Villacoublay air base outside Paris.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Volodymyr Zelensky", "FRA", "ongoing"), ("visit", "Volodymyr Zelensky", "GRC", "completed")}


def test_a_welcome_days_ago_is_over(full_ref: Reference) -> None:
    text = "PARIS - Volodymyr Zelensky was received by Emmanuel Macron at the Elysee on Monday."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Volodymyr Zelensky", "FRA", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("LUANDA - African and European leaders opened their summit on Friday. Giorgia Meloni was also in Luanda.",
     {("visit", "Giorgia Meloni", "AGO", "ongoing")}),
    # (the stay is told as over)
    ("LONDON - Friedrich Merz signed a treaty on Friday. Merz was in London with the prime minister before "
     "returning to Berlin.", {("visit", "Friedrich Merz", "GBR", "completed")}),
])
def test_an_undated_stay_in_the_storys_country(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "issued a warrant for X on Nov. 21 last year, together with his former defence minister Y": Y's too ------------------

def test_a_warrant_issued_together_with_another(full_ref: Reference) -> None:
    text = ("The ruling adds to the pressure on Netanyahu, for whom the International Criminal Court issued a warrant on "
            "Nov. 21 last year, together with his former defence minister Yoav Gallant.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11-21"),
        ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-21")}


def test_together_with_someone_the_court_wants_nothing_of(full_ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Vladimir Putin in March 2023, together with its "
            "statement, President Emmanuel Macron said.")
    assert {f[1] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {"Vladimir Putin"}


# -- "as well as for three Hamas leaders: X, Y and Z": the group's members after a colon ---------------------------------

def test_a_groups_members_listed_after_a_colon(full_ref: Reference) -> None:
    text = ("The ICC prosecutor said on Monday he had asked judges to issue warrants for Benjamin Netanyahu and Yoav Gallant, "
            "as well as for three Hamas leaders: Yahya Sinwar, Mohammed Deif and Ismail Haniyeh.")
    assert {f[1] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        "Benjamin Netanyahu", "Yoav Gallant", "Yahya Sinwar", "Mohammed Deif", "Ismail Haniyeh"}


# -- "asked the court this autumn to withdraw the warrants for X": a plea against a warrant that stands ------------------

def test_asked_the_court_this_autumn_to_withdraw(full_ref: Reference) -> None:
    text = "Israel asked the International Criminal Court this autumn to withdraw the warrants for Netanyahu and Yoav Gallant."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}


# -- "X, another suspect sought by the court, ...": an apposition naming X as wanted; "to have him arrested" is asked ------

ICC_OPENING = "The International Criminal Court has a warrant for Vladimir Putin. "


@pytest.mark.parametrize(("text", "expected"), [
    ("Ahmad Harun, another suspect sought by the court, walked out of the same prison in April.",
     {("warrant", "Ahmad Harun", "ICC", "issued", None)}),
    ("Ahmad Harun, a former minister wanted by the court since 2007, walked out of prison in April.",
     {("warrant", "Ahmad Harun", "ICC", "issued", "2007")}),
])
def test_an_apposition_names_the_one_before_as_wanted(full_ref: Reference, text: str, expected: set) -> None:
    facts = {f[:5] for f in dated(full_ref, ICC_OPENING + text, FRI_14_NOV_2025) if f[1] != "Vladimir Putin"}
    assert facts == expected


def test_an_application_to_have_him_arrested_is_no_arrest(full_ref: Reference) -> None:
    text = ("In June 2015 Omar al-Bashir, who was wanted by the same court, attended a summit in Johannesburg and left "
            "while a judge was still considering an application to have him arrested.")
    statuses = {f[3] for f in dated(full_ref, ICC_OPENING + text, FRI_14_NOV_2025) if f[:2] == ("warrant", "Omar al-Bashir")}
    assert statuses == {"issued"}


# -- "asked a court to issue a warrant for X, after he refused to appear": a request (the refusal is the suspect's) -------

def test_the_suspects_refusal_is_no_rejection(full_ref: Reference) -> None:
    text = ("SEOUL - A special counsel asked a Seoul court on Tuesday to issue an arrest warrant for former President "
            "Yoon Suk Yeol, after he refused to appear for questioning.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("warrant", "Yoon Suk Yeol", "KOR", "requested")}


# -- "warrants for two senior commanders accused of ..., X and Y": a group, a description, then its members --------------

def test_a_group_described_then_named(full_ref: Reference) -> None:
    text = ("The ICC has been busy. Earlier this month judges issued warrants for two senior commanders accused of "
            "attacks on the power grid, Sergei Kobylash and Viktor Sokolov.")
    assert {f[1] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {"Sergei Kobylash", "Viktor Sokolov"}


# -- "X, defence minister under Y, was named in a warrant": the subject, not the one in its apposition -------------------

def test_the_subject_not_the_one_in_its_apposition(full_ref: Reference) -> None:
    text = ("The International Criminal Court has a warrant for Vladimir Putin. Abdel Raheem Muhammad Hussein, defence "
            "minister under Bashir, was named in a warrant in March 2012.")
    assert {f[1] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {"Vladimir Putin", "Abdel Raheem Muhammad Hussein"}


def test_named_in_a_warrant_is_dated(full_ref: Reference) -> None:
    text = "The International Criminal Court has a warrant for Vladimir Putin. Ahmad Harun was named in a warrant in April 2007."
    assert ("warrant", "Ahmad Harun", "ICC", "issued", "2007-04") in {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)}


# -- "was in Riyadh late last month", "had been in Doha early on Monday": a time opened by "late" or "early" --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Antony Blinken was in Riyadh late last month for a forum.", ("visit", "Antony Blinken", "SAU", "completed", "2025-10")),
    ("Antony Blinken had been in Doha early on Monday.", ("visit", "Antony Blinken", "QAT", "completed", "2025-11-10")),
])
def test_a_stay_timed_late_or_early(full_ref: Reference, text: str, expected: tuple) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {expected}


# -- "On Monday in Madrid, X and Y signed ...": a place put first after a time -------------------------------------------

def test_a_fronted_time_then_place(full_ref: Reference) -> None:
    text = "On Monday in Madrid, Volodymyr Zelensky and Pedro Sánchez signed a ten-year agreement."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Volodymyr Zelensky", "ESP", "completed", "2025-11-10")}


# -- "cutting short his trip, dropping planned stops in X and Y": each stop called off ------------------------------------

@pytest.mark.parametrize("verb", ["dropping", "scrapping", "cancelling"])
def test_planned_stops_called_off(full_ref: Reference, verb: str) -> None:
    text = f"Joe Biden is cutting short his trip to return home, {verb} planned stops in Papua New Guinea and Australia."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Joe Biden", "PNG", "cancelled"), ("visit", "Joe Biden", "AUS", "cancelled")}


def test_dropping_a_demand_is_no_cancellation(full_ref: Reference) -> None:
    text = "Joe Biden flew to Sydney on Tuesday, dropping his demand for a joint statement."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Joe Biden", "AUS", "completed")}



# -- "X, Y and Z pose for the family photo alongside W": at the story's gathering -----------------------------------------

def test_posing_for_the_family_photo(full_ref: Reference) -> None:
    text = ("JOHANNESBURG - Follow our live coverage of the Group of 20 summit. 10:15 - Li Qiang and Keir Starmer pose for "
            "the family photo alongside Giorgia Meloni.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 22))} == {
        ("visit", name, "ZAF", "ongoing") for name in ("Li Qiang", "Keir Starmer", "Giorgia Meloni")}


def test_a_photo_pose_at_home_is_no_visit(full_ref: Reference) -> None:
    text = "LONDON - Keir Starmer posed for a group photo with his new cabinet on Friday."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "went to Beijing, then to Washington, Lima and Rio": a capital inside a list of places is a place -------------------

def test_a_capital_in_a_list_of_places_is_a_place(full_ref: Reference) -> None:
    text = "Prabowo Subianto went to Beijing in October, then to Washington, Lima and Rio de Janeiro."
    assert {f[2] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {"CHN", "USA", "PER", "BRA"}


def test_a_capital_after_a_list_of_places_may_still_be_a_government(full_ref: Reference) -> None:
    text = "Xi Jinping arrived in Paris on Thursday, and Washington protested."
    assert {f[2] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {"FRA"}


# -- "Trump, who refused to send anyone, ...": stayed away from the story's gathering -----------------------------------

@pytest.mark.parametrize("told", ["President Donald Trump, who refused to send anyone, called the meeting a disgrace.",
                                  "Donald Trump sent no one."])
def test_sending_no_one_is_staying_away(full_ref: Reference, told: str) -> None:
    text = "JOHANNESBURG - The Group of 20 summit opened on Saturday. " + told
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 22))} == {("visit", "Donald Trump", "ZAF", "declined")}


# -- "X's next trip abroad is to the BRICS summit in Brazil": a trip ahead --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Cyril Ramaphosa's next trip abroad is to the BRICS summit in Brazil in early December.",
     {("visit", "Cyril Ramaphosa", "BRA", "planned")}),
    ("Cyril Ramaphosa's next foreign trip will be to India in January.", {("visit", "Cyril Ramaphosa", "IND", "planned")}),
    # (the purpose of a trip is no place)
    ("The aim of Cyril Ramaphosa's trip is to build ties.", set()),
])
def test_the_next_trip_is_to(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "took his delegation to Hanoi", "was driven into Vatican City", "put in an appearance at the Eurasian summit" ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Luiz Inácio Lula da Silva took his delegation to Hanoi on Thursday.", ("Luiz Inácio Lula da Silva", "VNM")),
    ("Volodymyr Zelensky was driven into Vatican City on Thursday.", ("Volodymyr Zelensky", "VAT")),
    ("Alexander Lukashenko put in an appearance at the Eurasian summit in Moscow on Thursday.", ("Alexander Lukashenko", "RUS")),
    # (a capitalised word before the gathering's noun)
    ("Alexander Lukashenko attended the Eurasian summit in Moscow on Thursday.", ("Alexander Lukashenko", "RUS")),
])
def test_more_ways_of_being_somewhere(full_ref: Reference, text: str, expected: tuple) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", *expected, "completed", "2025-11-13")}


# -- a gathering's longer names: "an Arab League emergency summit", "the Commonwealth heads of government meeting",
#    "the 80th anniversary commemorations" ------------------------------------------------------------------------------

@pytest.mark.parametrize(("gathering", "iso3"), [
    ("an Arab League emergency summit in Cairo", "EGY"),
    ("the Commonwealth heads of government meeting in Samoa", "WSM"),
    ("the 80th anniversary commemorations in Normandy", "FRA"),
    ("the opening of the Olympic Games in Paris", "FRA"),
    ("the state funeral of Shinzo Abe in Tokyo", "JPN"),
    ("the Council of Europe summit in Reykjavik", "ISL"),
    ("the Quad leaders' summit in Wilmington", "USA"),
    ("the Future Investment Initiative conference in Riyadh", "SAU"),
    ("the Shangri-La Dialogue in Singapore", "SGP"),
    ("a donors' conference in Paris", "FRA"),
    ("a signing ceremony in Riyadh", "SAU"),
    ("a business forum in Jakarta", "IDN"),
    ("a state banquet in Windsor", "GBR"),
    ("the party congress in Hanoi", "VNM"),
    ("a gathering of Arab and Muslim leaders in Riyadh", "SAU"),
])
def test_longer_names_of_gatherings(full_ref: Reference, gathering: str, iso3: str) -> None:
    text = f"Narendra Modi attended {gathering} on Monday."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Narendra Modi", iso3, "completed", "2025-11-10")}


def test_a_country_inside_a_gatherings_name_is_not_its_place(full_ref: Reference) -> None:
    text = "Narendra Modi attended the Ukraine Recovery Conference in Rome on Monday."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Narendra Modi", "ITA", "completed", "2025-11-10")}


# -- "Speaking in Tokyo on Thursday, X said", "X, in Tokyo for talks, said": the speaker was there ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking in Tokyo on Wednesday, Narendra Modi said ties were strong.", ("JPN", "completed")),
    ("Narendra Modi, speaking to reporters in Tokyo, said ties were strong.", ("JPN", "ongoing")),
    ("Narendra Modi, in Tokyo for talks, said ties were strong.", ("JPN", "ongoing")),
    # (speaking of a place is not speaking in it)
    ("Narendra Modi, speaking about Tokyo, said ties were strong.", None),
])
def test_speaking_somewhere(full_ref: Reference, text: str, expected: tuple | None) -> None:
    facts = {f[2:4] for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert facts == ({expected} if expected else set())


# -- towns, sites and small states' capitals the gazetteer lacked -----------------------------------------------------

PLACES_ADDED = [
    ("Aachen", "DEU"), ("Luleå", "SWE"), ("Lulea", "SWE"), ("Oświęcim", "POL"), ("Oswiecim", "POL"), ("Aarhus", "DNK"),
    ("Santa Marta", "COL"), ("Niagara-on-the-Lake", "CAN"), ("Linköping", "SWE"), ("Thiaroye", "SEN"), ("El Alamein", "EGY"),
    ("Khujand", "TJK"), ("Kostanay", "KAZ"), ("Eindhoven", "NLD"), ("Brindisi", "ITA"), ("Normandy", "FRA"), ("Auschwitz", "POL"),
    # (small states' capitals)
    ("Kingstown", "VCT"), ("Castries", "LCA"), ("Vaduz", "LIE"), ("Moroni", "COM"), ("Majuro", "MHL"), ("São Tomé", "STP"),
    ("Belmopan", "BLZ"),
    ("Bled", "SVN"), ("Versailles", "FRA"), ("Samarkand", "UZB"), ("Bukhara", "UZB"), ("Cholpon-Ata", "KGZ"), ("Batumi", "GEO"),
    ("Dubrovnik", "HRV"), ("Trieste", "ITA"), ("Porto", "PRT"), ("Gdańsk", "POL"), ("Lausanne", "CHE"), ("Basra", "IRQ"),
    ("Marrakech", "MAR"), ("Goma", "COD"), ("Cusco", "PER"), ("Christchurch", "NZL"), ("Nizhny Novgorod", "RUS"),
    ("Mykolaiv", "UKR"), ("Gyumri", "ARM"), ("Phuket", "THA"),
]


@pytest.mark.parametrize(("place", "iso3"), PLACES_ADDED)
def test_places_leaders_visit(full_ref: Reference, place: str, iso3: str) -> None:
    text = f"Narendra Modi arrived in {place} on Thursday."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Narendra Modi", iso3, "ongoing")}


# -- "was due to stop in Warsaw on Thursday": a stop planned ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Antony Blinken was due to stop in Warsaw on Monday for talks.", {("visit", "Antony Blinken", "POL", "planned")}),
    ("Antony Blinken is scheduled to stop over in Dubai on his way home next week.", {("visit", "Antony Blinken", "ARE", "planned")}),
    # (a stop with no plan word is still not read: a bus, a train or a convoy stops too)
    ("The motorcade carrying Antony Blinken did not stop in Warsaw.", set()),
])
def test_due_to_stop_in(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected
