"""The gazetteer (places.yaml on top of pycountry): the bundled file loads, summit hosts carry valid first
days, and a bad entry is refused with a message naming it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from warrantwatch.gazetteer import GazetteerError, build_gazetteer, load_gazetteer


def test_bundled_events_have_first_days_in_their_own_year() -> None:
    gaz = load_gazetteer()
    g20 = gaz.event_forms["G20"]
    assert g20.hosts[2023] == ("IND", "New Delhi")
    assert g20.days[2023] == "2023-09-09"
    for event in gaz.events:
        for year, day in event.days.items():
            assert day.startswith(f"{year}-"), (event.name, year, day)
            assert year in event.hosts


@pytest.mark.parametrize(("host", "near", "expected"), [
    ("IND", date(2023, 8, 1), "2023-09-09"),   # the one that year
    ("ZAF", date(2026, 3, 1), "2025-11-22"),   # last year's, told the next spring
    ("IND", date(2026, 3, 1), None),           # New Delhi's was three years before: not that one
    ("BRA", date(2024, 11, 20), "2024-11-18"),
])
def test_first_day_is_the_meeting_that_host_held_nearest_the_article(host: str, near: date, expected: str | None) -> None:
    assert load_gazetteer().event_forms["G20"].first_day(host, near) == expected


def _places(tmp_path: Path, host_entry: str) -> Path:
    path = tmp_path / "places.yaml"
    path.write_text("countries: {}\nevents:\n  - name: Test summit\n    forms: [Testcon]\n"
                    f"    hosts: {{2024: {host_entry}}}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("entry", "message"), [
    ("[FRA, Paris, 2023-05-01]", "not in 2024"),
    ("[FRA, Paris, soon]", "is not a day"),
    ("[XXX, Paris]", "not an ISO 3166-1 alpha-3 code"),
    ("[FRA]", "expected [ISO3, city or null]"),
])
def test_a_bad_host_entry_is_refused_naming_the_event(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(GazetteerError, match="Test summit") as err:
        build_gazetteer(_places(tmp_path, entry))
    assert message in str(err.value)


def test_a_good_host_entry_with_a_day_loads(tmp_path: Path) -> None:
    gaz = build_gazetteer(_places(tmp_path, "[FRA, Paris, 2024-05-01]"))
    assert gaz.event_forms["Testcon"].days == {2024: "2024-05-01"}


def test_parliamentary_countries_name_the_office_their_leader_holds() -> None:
    gaz = load_gazetteer()
    assert gaz.leader_titles["DEU"] == "chancellor"
    assert gaz.leader_titles["IND"] == "prime minister"
    assert "USA" not in gaz.leader_titles  # (the president: the default order)


def test_a_leader_office_not_known_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("countries:\n  DEU: {leader: mayor}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"DEU\.leader: 'mayor'"):
        build_gazetteer(path)


def test_a_city_is_also_found_as_papers_spell_it(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("countries:\n  EGY: {capital: Cairo, cities: [Sharm el-Sheikh]}\nevents: []\n", encoding="utf-8")
    gaz = build_gazetteer(path)
    for spelled in ("Sharm el-Sheikh", "Sharm el Sheikh", "Sharm El-Sheikh", "Sharm El Sheikh"):
        assert gaz.forms[spelled].iso3 == "EGY", spelled
        assert gaz.forms[spelled].name == "Sharm el-Sheikh"  # the city keeps its listed name


def test_territories_belong_to_their_state() -> None:
    gaz = load_gazetteer()
    assert (gaz.sovereign["MYT"], gaz.sovereign["PRI"], gaz.sovereign["GRL"], gaz.sovereign["HKG"]) == ("FRA", "USA", "DNK", "CHN")
    assert "FRA" not in gaz.sovereign
    assert "TWN" not in gaz.sovereign


@pytest.mark.parametrize(("entry", "message"), [
    ("  FRA: [MYT, XYZ]\n", r"territories\.FRA: 'XYZ' is not an ISO"),
    ("  FRA: [MYT]\n  GBR: [MYT]\n", r"territories\.GBR: MYT is already listed under FRA"),
])
def test_a_bad_territory_is_refused_by_name(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "places.yaml"
    path.write_text(f"countries: {{}}\nterritories:\n{entry}events: []\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        build_gazetteer(path)


# -- world_cities: GeoNames cities above a population, minus names shared across countries and the skip list -----------

def _world(tmp_path: Path, spec: str, countries: str = "{}") -> Path:
    path = tmp_path / "places.yaml"
    path.write_text(f"countries: {countries}\nworld_cities: {spec}\n", encoding="utf-8")
    return path


def test_world_cities_add_large_unambiguous_cities(tmp_path: Path) -> None:
    gaz = build_gazetteer(_world(tmp_path, "{min_population: 1000000, ambiguous_population: 100000}"))
    assert gaz.country("Chengdu") == "CHN"
    assert gaz.country("Medellín") == "COL"
    assert gaz.country("Medellin") == "COL"
    assert gaz.country("Nakuru") is None  # (fewer than a million people: under the bar set here)
    assert gaz.country("Valencia") is None  # (Spain's and Venezuela's: which one a story means is not known)


def test_world_cities_leave_out_skipped_and_hand_listed_names(tmp_path: Path) -> None:
    spec = "{min_population: 500000, ambiguous_population: 100000, skip: [Kennedy]}"
    gaz = build_gazetteer(_world(tmp_path, spec, "{GBR: {cities: [Lagos]}}"))
    assert gaz.country("Kennedy") is None  # (a district of Bogotá, and a surname)
    assert gaz.country("Lagos") == "GBR"  # (a hand-listed form wins, whatever it says)


@pytest.mark.parametrize(("spec", "message"), [
    ("{min_population: many}", "whole numbers"),
    ("{min_population: 50000, ambiguous_population: 100000}", "at least ambiguous_population"),
    ("{min_population: 500000, largest: 3}", "expected a mapping"),
    ("[500000]", "expected a mapping"),
])
def test_a_bad_world_cities_entry_is_refused(tmp_path: Path, spec: str, message: str) -> None:
    with pytest.raises(GazetteerError, match="world_cities") as err:
        build_gazetteer(_world(tmp_path, spec))
    assert message in str(err.value)


def test_the_bundled_world_cities_keep_people_and_everyday_words_out() -> None:
    gaz = load_gazetteer()
    assert gaz.country("Nakuru") == "KEN"
    assert gaz.country("Mosul") == "IRQ"
    assert gaz.country("Lagos") == "NGA"
    for name in ("Austin", "Kennedy", "Charlotte", "Van", "Sale"):
        assert gaz.country(name) is None, name
