"""Language the nineteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference
from warrantwatch.tagger.cues import dateline_place
from warrantwatch.tagger.entities import lexicon

FRI_14_NOV_2025 = date(2025, 11, 14)


# -- "a walk with X past the palace": X is met, not the subject the next "his" stands for ---------------------------------

@pytest.mark.parametrize("met_with", ["a walk with", "a stroll with", "a handshake with"])
def test_the_one_met_on_a_walk_is_not_the_next_his(full_ref: Reference, met_with: str) -> None:
    text = (f"Narendra Modi spent Thursday in Ottawa. The day ended with {met_with} Mark Carney by the river. "
            "Before it, his most recent journey abroad had been to Brazil in July.")
    travellers = {(f[1], f[2]) for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert ("Narendra Modi", "BRA") in travellers
    assert ("Mark Carney", "BRA") not in travellers


# -- "ended his tour on Thursday with talks in Cairo / with Egypt's president": the last stop -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Emmanuel Macron ended his Gulf tour on Wednesday with talks in Doha.",
     {("visit", "Emmanuel Macron", "QAT", "completed", "2025-11-12")}),
    ("Emmanuel Macron wrapped up his Gulf tour with a meeting with Qatar's emir.",
     {("visit", "Emmanuel Macron", "QAT", "completed", None)}),
    # (met a country's minister: not told where)
    ("Emmanuel Macron ended his Gulf tour with talks with Qatar's foreign minister.", set()),
])
def test_the_tour_ended_with_talks(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "was stepping onto the platform in Kyiv", "took an overnight train to Kyiv": the journey's end -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi left Tokyo on Monday. By noon on Tuesday he was stepping onto the platform in Kyiv.",
     {("visit", "Narendra Modi", "JPN", "completed", "2025-11-10"), ("visit", "Narendra Modi", "UKR", "completed", "2025-11-11")}),
    ("Narendra Modi stepped onto the tarmac in Riga on Thursday.",
     {("visit", "Narendra Modi", "LVA", "ongoing", "2025-11-13")}),
    ("Narendra Modi flew to Poland on Monday and took an overnight train to Kyiv.",
     {("visit", "Narendra Modi", "POL", "completed", "2025-11-10"), ("visit", "Narendra Modi", "UKR", "completed", "2025-11-10")}),
    # (a platform with no place after it: no new stop)
    ("Narendra Modi was stepping onto the platform when the crowd cheered.", set()),
])
def test_the_platform_and_the_train(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "Around the table sat X, Y and Z": those named were at the gathering told --------------------------------------------

def test_those_who_sat_around_the_table(full_ref: Reference) -> None:
    text = ("LONDON - European leaders met at Lancaster House on Thursday to discuss Ukraine. "
            "Around the table sat Emmanuel Macron, Olaf Scholz and Giorgia Meloni.")
    facts = {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert {("visit", name, "GBR", "completed") for name in ("Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni")} <= facts


def test_sat_needs_the_table(full_ref: Reference) -> None:
    text = ("LONDON - European leaders met at Lancaster House on Thursday to discuss Ukraine. "
            "In the end sat Emmanuel Macron, who had said little.")
    assert not [f for f in dated(full_ref, text, FRI_14_NOV_2025) if f[1] == "Emmanuel Macron"]


@pytest.mark.parametrize(("before", "day"), [
    # (the day of the sentence before, when it tells the same place)
    ("On Wednesday evening Zelensky returned to London for the summit dinner.", "2025-11-12"),
    # (a day told of another place: not carried; undated, the day of the story)
    ("LONDON - European leaders met at Lancaster House for a summit on Ukraine. On Wednesday Xi Jinping was in Beijing.",
     "2025-11-14"),
])
def test_around_the_table_takes_the_day_told_before(full_ref: Reference, before: str, day: str | None) -> None:
    text = f"{before} Around the table sat Emmanuel Macron and Giorgia Meloni."
    macron = [f for f in dated(full_ref, text, FRI_14_NOV_2025) if f[1] == "Emmanuel Macron"]
    assert [f[4] for f in macron] == [day]


# -- "Turkey sent its foreign minister, Hakan Fidan": the envoy is at the gathering -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Leaders gathered in London on Thursday for a summit on Ukraine. Turkey sent its foreign minister, Hakan Fidan, "
     "and NATO was represented by its secretary general.",
     {("visit", "Hakan Fidan", "GBR", "completed")}),
    ("Leaders are gathering in London today for a summit on Ukraine. Turkey is sending its foreign minister, Hakan Fidan.",
     {("visit", "Hakan Fidan", "GBR", "ongoing")}),
    # ("its" is the country just before it, not the sentence's first: no Russian minister)
    ("Leaders gathered in London on Thursday for a summit on Ukraine. Russia was represented by a deputy minister, "
     "while Argentina sent its foreign minister.", set()),
])
def test_the_envoy_a_country_sent(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "a session of the Organisation of Islamic Cooperation's foreign ministers in Jeddah": whose session, then where ------

@pytest.mark.parametrize(("text", "expected"), [
    ("Abbas Araghchi returned to Tehran on Thursday after attending an emergency session of the Arab League's "
     "foreign ministers in the Egyptian city of Alexandria.",
     {("visit", "Abbas Araghchi", "EGY", "completed", "2025-11-13")}),
    ("Abbas Araghchi attended a meeting of the Gulf Cooperation Council in Doha on Wednesday.",
     {("visit", "Abbas Araghchi", "QAT", "completed", "2025-11-12")}),
])
def test_the_session_of_a_body_in_a_city(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


def test_attending_in_apposition_takes_the_main_verb_of_going(full_ref: Reference) -> None:
    text = ("PRETORIA - President Cyril Ramaphosa returned home on Thursday after attending the summit of the Southern "
            "African Development Community in Harare. Foreign Minister Abbas Araghchi, attending his first SADC meeting, "
            "travelled to Harare on Monday for the talks of ministers.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Cyril Ramaphosa", "ZWE", "completed", "2025-11-13"), ("visit", "Abbas Araghchi", "ZWE", "completed", "2025-11-10")}


# -- "is expected at a peace conference in Switzerland": a plan to a gathering named with "a" -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mark Carney signed the pact. Next month he is expected at a trade conference in Japan.",
     {("visit", "Mark Carney", "JPN", "planned", "2025-12")}),
    ("Mark Carney is due at a climate forum in Norway on Monday.",
     {("visit", "Mark Carney", "NOR", "planned", "2025-11-17")}),
    # (no place told: nothing)
    ("Mark Carney is expected at a trade conference next month.", set()),
])
def test_expected_at_a_gathering_in_a_country(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "will accompany Biden to France next week": both go ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Antony Blinken will accompany Joe Biden to France next week.",
     {("visit", "Antony Blinken", "FRA", "planned", "2025-11"), ("visit", "Joe Biden", "FRA", "planned", "2025-11")}),
    ("Sergei Lavrov accompanied Vladimir Putin to India on Thursday.",
     {("visit", "Sergey Lavrov", "IND", "completed", "2025-11-13"), ("visit", "Vladimir Putin", "IND", "completed", "2025-11-13")}),
])
def test_accompanied_to_a_country(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


def test_accompanying_a_trip_told_shares_its_status(full_ref: Reference) -> None:
    text = "Vladimir Putin arrived in New Delhi on Thursday. Foreign Minister Sergei Lavrov accompanied the president to India."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Vladimir Putin", "IND", "ongoing"), ("visit", "Sergey Lavrov", "IND", "ongoing")}


# -- "a journey that has taken him from Beijing to Washington, Lima and Rio": every place of the list -------------------

def test_a_journey_that_took_him_from_one_place_to_others(full_ref: Reference) -> None:
    text = ("Prabowo Subianto was received by Keir Starmer in London on Thursday, at the end of a journey that has taken "
            "him from Beijing to Washington, Lima and Rio de Janeiro.")
    facts = {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)}
    # (the host is not the one carried; the places have no day of their own)
    assert {("visit", "Prabowo Subianto", iso3, "completed", None) for iso3 in ("CHN", "USA", "PER", "BRA")} <= facts
    assert not [f for f in facts if f[1] == "Keir Starmer"]


def test_a_journey_that_would_take_him_is_no_trip_made(full_ref: Reference) -> None:
    text = "Prabowo Subianto plans a journey that would have taken him from Beijing to Washington."
    assert not [f for f in dated(full_ref, text, FRI_14_NOV_2025) if f[3] == "completed"]


# -- "Live updates from ... in Rio, where leaders of the world's biggest economies meet today": the story's gathering ------

def test_where_leaders_meet_places_the_story(full_ref: Reference) -> None:
    text = ("Live updates from the convention centre in Johannesburg, where leaders of the world's biggest economies meet "
            "on Friday and Saturday. All times local. 09:10 - Narendra Modi has just arrived.")
    assert ("visit", "Narendra Modi", "ZAF", "ongoing", "2025-11-14") in {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)}


def test_where_others_meet_is_no_gathering_of_leaders(full_ref: Reference) -> None:
    text = ("Live updates from the convention centre in Johannesburg, where traders meet on Friday. "
            "09:10 - Narendra Modi has just arrived.")
    assert not [f for f in dated(full_ref, text, FRI_14_NOV_2025) if f[2] == "ZAF"]


@pytest.mark.parametrize(("story", "expected"), [
    ("Live updates from the convention centre in Johannesburg, where leaders of the world's biggest economies meet "
     "on Friday and Saturday.", {("visit", "Narendra Modi", "ZAF", "ongoing")}),
    # (no gathering told: a building is no place)
    ("Narendra Modi spoke to reporters on Friday.", set()),
])
def test_in_the_building_at_the_gathering(full_ref: Reference, story: str, expected: set) -> None:
    text = f"{story} 09:40 - Narendra Modi is in the building."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


@pytest.mark.parametrize(("sent", "expected"), [
    # (sent in the present perfect, on the day of the gathering: there now)
    ("Saudi Arabia's crown prince stayed at home; the kingdom has sent Foreign Minister Prince Faisal bin Farhan instead.",
     {("visit", "Faisal bin Farhan Al Saud", "ZAF", "ongoing"), ("visit", "Mohammed bin Salman", "ZAF", "declined")}),
    # (sent elsewhere: not to this gathering)
    ("Beijing has sent Premier Li Qiang to several gatherings this year, including one in Brazil in July.", set()),
])
def test_the_envoy_sent_to_the_gathering_or_elsewhere(full_ref: Reference, sent: str, expected: set) -> None:
    text = ("Live updates from the convention centre in Johannesburg, where leaders of the world's biggest economies meet "
            f"on Friday and Saturday. {sent}")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025) if f[2] == "ZAF"} == expected


# -- "ASTANA, 28 November (Kazakh state agency) -": a dateline with the day before the month ---------------------------

@pytest.mark.parametrize("dateline", ["ASTANA, 13 November (state agency) - ", "ASTANA, Nov 13 (state agency) - "])
def test_a_dateline_with_the_day_first(full_ref: Reference, dateline: str) -> None:
    text = (f"{dateline}The regional security bloc held its summit in the capital on Thursday. "
            "Alexander Lukashenko arrived on Thursday morning to take part.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Alexander Lukashenko", "KAZ", "ongoing", "2025-11-13")}


def test_the_datelines_day_is_no_trips_day(full_ref: Reference) -> None:
    text = "NEW DELHI, 14 November (agency) - Vladimir Putin will visit India next month, the Kremlin said."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Vladimir Putin", "IND", "planned", "2025-12")}


@pytest.mark.parametrize(("text", "place"), [
    ("BERLIN, May 3, 2024 - The talks went on.", ("DEU", "Berlin")),
    ("TOKYO, Oct 14 /Kyodo/ The talks went on.", ("JPN", "Tokyo")),
    ("MOSCOW, November 14. /TASS/. The talks went on.", ("RUS", "Moscow")),
    ("Ottawa, 14 November 2025 – The talks went on.", ("CAN", "Ottawa")),
    # (an abbreviation's full stop is no dateline's end)
    ("U.S. President Joe Biden said the talks went on.", None),
    ("Paris, May 3. The talks went on.", None),
    # (a city's name in mixed case before a dash, as regional papers write it)
    ("Nairobi – The talks went on.", ("KEN", "Nairobi")),
    ("Benjamin Netanyahu - the talks went on.", None),
    ("Kenya — The talks went on.", None),
    # (a state agency's styles: the agency then a full stop; a place, a full stop, the agency)
    ("ULAANBAATAR, September 3 (MONTSAME). The talks went on.", ("MNG", "Ulaanbaatar")),
    ("ASTANA. KAZINFORM - The talks went on.", ("KAZ", "Astana")),
    ("ASTANA. November 28. KAZINFORM -- The talks went on.", ("KAZ", "Astana")),
    # (the UN's headquarters; not the body named in mixed case)
    ("UNITED NATIONS — The talks went on.", ("USA", "New York")),
    ("United Nations - the talks went on.", None),
])
def test_dateline_forms(full_ref: Reference, text: str, place: tuple | None) -> None:
    assert dateline_place(text, lexicon(full_ref).gaz) == place


# -- "was in Astana in October for a regional summit, in Yerevan in November for ...": each leg with its purpose ---------

def test_legs_with_their_purpose_after_their_time(full_ref: Reference) -> None:
    text = ("Vladimir Putin was in Astana in August for a regional summit, in Minsk in September for talks with "
            "Alexander Lukashenko, and in Dushanbe in October.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Vladimir Putin", "KAZ", "completed", "2025-08"), ("visit", "Vladimir Putin", "BLR", "completed", "2025-09"),
        ("visit", "Vladimir Putin", "TJK", "completed", "2025-10")}


# -- "Japan's trade minister, Ryosei Akazawa, on his eighth trip": the name apposed to the role is the one who goes --------

def test_his_after_a_role_and_a_stranger_apposed(full_ref: Reference) -> None:
    text = ("Shigeru Ishiba welcomed the deal. It was negotiated by Japan's economic minister, Ryosei Akazawa, "
            "on his eighth trip to Washington since April.")
    assert not [f for f in dated(full_ref, text, FRI_14_NOV_2025) if f[2] == "USA"]


def test_a_prosecutors_him_is_still_the_suspect(full_ref: Reference) -> None:
    text = ("Min Aung Hlaing leads the junta. Its prosecutor, Karim Khan, asked judges in November to issue a warrant "
            "for him.")
    assert ("warrant", "Min Aung Hlaing", "ICC", "requested") in {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)}


def test_coming_straight_from_the_weekends_summit(full_ref: Reference) -> None:
    text = "Joe Biden arrived in Hanoi on Thursday, coming straight from the week's G20 summit in Johannesburg."
    facts = {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert {("visit", "Joe Biden", "ZAF", "completed"), ("visit", "Joe Biden", "VNM", "ongoing")} <= facts


@pytest.mark.parametrize(("text", "expected"), [
    ("Leaders meet in Jakarta this week. China is represented in Jakarta by Premier Li Qiang.",
     {("visit", "Li Qiang", "IDN", "ongoing")}),
    # (the place told beats the story's gathering)
    ("NEW DELHI - Leaders gathered for the G20 summit on Saturday. Days earlier, China was represented in Jakarta by "
     "Premier Li Qiang.", {("visit", "Li Qiang", "IDN", "completed")}),
])
def test_represented_in_a_place_by(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025) if f[1] == "Li Qiang"} == expected


# -- "said he expected to travel to China", "expects to visit": the speaker's own plan ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Anthony Albanese said he expected to travel to China before the end of the year.",
     {("visit", "Anthony Albanese", "CHN", "planned")}),
    ("Anthony Albanese expects to visit China in December.", {("visit", "Anthony Albanese", "CHN", "planned")}),
    # (a plan told as over: no plan now)
    ("Anthony Albanese had expected to travel to China.", set()),
    # (an aside's forecast is placed by its own rule: the gathering told)
    ("EU leaders gather in Brussels on Thursday, with Anthony Albanese expected to join them.",
     {("visit", "Anthony Albanese", "BEL", "planned")}),
])
def test_expected_to_go_in_the_active(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


def test_returned_from_a_run_of_summits_in_places(full_ref: Reference) -> None:
    text = "Shigeru Ishiba spoke on Thursday. Ishiba returned last week from a run of summits in Kuala Lumpur and Gyeongju."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Shigeru Ishiba", "MYS", "completed"), ("visit", "Shigeru Ishiba", "KOR", "completed")}


# -- "The Prime Minister" in a story filed from New Delhi about a visiting prime minister: the visitor -------------------

def test_a_bare_title_after_a_visiting_holder_is_the_visitor(full_ref: Reference) -> None:
    text = ("NEW DELHI - Narendra Modi opened the summit on Saturday. Trade was on the agenda. Delegates ate lunch. "
            "Prime Minister Mark Carney left India on Thursday. "
            "The Prime Minister arrived in New Delhi on Monday at the end of an Asia swing that began last week in Jakarta.")
    facts = {f[:3] for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert ("visit", "Mark Carney", "IDN") in facts
    assert not [f for f in facts if f[1] == "Narendra Modi"]


@pytest.mark.parametrize(("plan", "expected"), [
    # (a stay told as going on: "will only be in Beijing for a short time" is no trip ahead)
    ("The president will only be in Beijing for a short time.", {("visit", "Prabowo Subianto", "CHN", "ongoing")}),
    # (a trip ahead, dated: kept)
    ("He will be in Beijing again in March.",
     {("visit", "Prabowo Subianto", "CHN", "ongoing"), ("visit", "Prabowo Subianto", "CHN", "planned")}),
])
def test_no_undated_plan_to_where_one_is(full_ref: Reference, plan: str, expected: set) -> None:
    text = f"President Prabowo Subianto landed in Beijing late on Thursday for the parade. {plan}"
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


def test_a_swing_that_took_in_a_stop(full_ref: Reference) -> None:
    text = "Mark Carney flew home on Thursday after an Asia swing that began in Jakarta and took in a stop in Singapore."
    assert {("visit", "Mark Carney", "IDN"), ("visit", "Mark Carney", "SGP")} <= {f[:3] for f in dated(full_ref, text, FRI_14_NOV_2025)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Sergey Lavrov and India's S. Jaishankar joined the Shanghai Cooperation Organisation foreign ministers in "
     "Tianjin on Tuesday.", {("visit", "Sergey Lavrov", "CHN", "completed", "2025-11-11"),
                             ("visit", "Subrahmanyam Jaishankar", "CHN", "completed", "2025-11-11")}),
    # (a gathering joined days ago with no place told may be another one: nothing)
    ("Sergey Lavrov joined the talks on Tuesday.", set()),
])
def test_joined_the_ministers_in_a_place(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


def test_a_round_up_of_the_week_tells_the_week_gone(full_ref: Reference) -> None:
    # (a stay told in a round-up is over days later: the round-up's own rule for stays)
    text = ("Our Saturday round-up of the week's comings and goings. Narendra Modi arrived in Tokyo on Monday "
            "for two days of talks.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 15))} == {("visit", "Narendra Modi", "JPN", "completed")}


@pytest.mark.parametrize(("head", "expected"), [
    ("PARIS.", {("visit", "Prabowo Subianto", "FRA", "completed")}),
    ("Paris.", {("visit", "Prabowo Subianto", "FRA", "completed")}),
    # (a head that is no place: no section place)
    ("QUIET WEEK.", set()),
])
def test_a_round_up_section_opened_by_a_place(full_ref: Reference, head: str, expected: set) -> None:
    text = ("Weekly round-up of the comings and goings.\n\n"
            f"{head} Indonesian President Prabowo Subianto was guest of honour at the parade on Monday.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 15))} == expected


def test_a_summit_with_someone_called_off_is_the_storys_travellers_too(full_ref: Reference) -> None:
    text = ("Vladimir Putin flew to Dushanbe on Tuesday. A summit with Trump in Budapest was shelved before a date was "
            "ever agreed.")
    facts = {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert {("visit", "Donald Trump", "HUN", "cancelled"), ("visit", "Vladimir Putin", "HUN", "cancelled")} <= facts


# -- "A second Trump-Putin summit, which Trump announced on Oct. 16 would take place in Budapest, has been shelved" -------

@pytest.mark.parametrize(("text", "expected"), [
    ("A second Trump-Putin summit, which Trump announced on Oct. 16 would take place in Budapest within about two "
     "weeks, has been shelved.", {("visit", "Donald Trump", "HUN", "cancelled"), ("visit", "Vladimir Putin", "HUN", "cancelled")}),
    ("Narendra Modi spoke on Monday. A Modi-Xi meeting in Kazan was called off.",
     {("visit", "Narendra Modi", "RUS", "cancelled"), ("visit", "Xi Jinping", "RUS", "cancelled")}),
    # (a name inside a word is none: "anti-Putin", "Putin-era")
    ("An anti-Putin rally in Budapest was called off, and the Putin-era rules stay.", set()),
])
def test_a_summit_named_by_its_pair(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


# -- "The same warrant kept him away from last year's BRICS summit in Johannesburg": the one kept away -------------------

def test_kept_away_from_a_summit(full_ref: Reference) -> None:
    text = "Vladimir Putin spoke on Monday. Fear of arrest keeps him away from the G20 summit in Johannesburg this week."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Vladimir Putin", "ZAF", "declined")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin spoke. He followed July's BRICS summit in Rio de Janeiro over a video link.",
     {("visit", "Vladimir Putin", "BRA", "declined", "2025-07")}),
    # (following with no video: no trip told either way)
    ("Vladimir Putin followed the summit in Rio de Janeiro closely.", set()),
])
def test_followed_a_summit_by_video(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


def test_as_he_did_the_summit_named_after(full_ref: Reference) -> None:
    text = "Xi Jinping is also skipping the gathering in Johannesburg, as he did the New Delhi summit two years ago."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Xi Jinping", "ZAF", "declined", None), ("visit", "Xi Jinping", "IND", "declined", "2023")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Volodymyr Zelensky signed a pact with Belgium in Brussels on Tuesday, a day after concluding a similar pact in "
     "Madrid.", {("visit", "Volodymyr Zelensky", "BEL"), ("visit", "Volodymyr Zelensky", "ESP")}),
    ("Fumio Kishida travelled by train into Ukraine on Tuesday.", {("visit", "Fumio Kishida", "UKR")}),
])
def test_concluding_a_pact_and_travelling_by_train(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:3] for f in dated(full_ref, text, FRI_14_NOV_2025)} == expected


@pytest.mark.parametrize(("day", "status"), [("Thursday's", "completed"), ("Friday's", "ongoing")])
def test_a_days_talks_between_two_named_leaders(full_ref: Reference, day: str, status: str) -> None:
    text = f"The visit coincided with {day} talks in Moscow between Xi Jinping and Vladimir Putin."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Xi Jinping", "RUS", status)}


# -- "X has been wanted since March 2009, Y since April 2007, and Z since March 2012": each with its own time ----------

def test_wanted_since_a_list_each_with_its_time(full_ref: Reference) -> None:
    text = ("The International Criminal Court has three Sudanese suspects. Former president Omar al-Bashir has been wanted "
            "since March 2009, former interior minister Ahmad Harun since April 2007, and former defence minister Abdel "
            "Raheem Muhammad Hussein since March 2012.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("warrant", "Omar al-Bashir", "ICC", "issued", "2009-03"), ("warrant", "Ahmad Harun", "ICC", "issued", "2007-04"),
        ("warrant", "Abdel Raheem Muhammad Hussein", "ICC", "issued", "2012-03")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court wants them. So did Abdel Raheem Muhammad Hussein, a former defence minister "
     "wanted since 2012.", {("warrant", "Abdel Raheem Muhammad Hussein", "ICC", "issued", "2012")}),
    # (a thing sought since, not a person wanted)
    ("Donald Trump dropped his demand for a truce, a shift that Moscow has sought since the start.", set()),
])
def test_wanted_since_after_an_apposed_noun(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025) if f[0] == "warrant"} == expected


# -- the gazetteer's new spellings and towns: each puts a visitor in its country ----------------------------------------

@pytest.mark.parametrize(("place", "iso3"), [
    ("Hà Nội", "VNM"), ("Naypyitaw", "MMR"), ("Khankendi", "AZE"), ("Bucha", "UKR"), ("Rzeszów", "POL"),
    ("Port Sudan", "SDN"), ("Siem Reap", "KHM"), ("Atyrau", "KAZ"), ("Jeju", "KOR"), ("Salalah", "OMN"),
])
def test_new_place_forms(full_ref: Reference, place: str, iso3: str) -> None:
    facts = dated(full_ref, f"Emmanuel Macron arrived in {place} on Thursday.", FRI_14_NOV_2025)
    assert {f[:3] for f in facts} == {("visit", "Emmanuel Macron", iso3)}
