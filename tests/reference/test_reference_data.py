"""Consistency and known-case checks for the versioned reference data in ``include/reference``.

Reads the files directly with PyYAML/csv so the data is checked independently of the loader code.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pycountry
import pytest
import yaml

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "include" / "reference"
PARTIES_COLUMNS = ["iso3", "country", "in_force", "withdrawal_effective", "note", "source"]
# Organisations that hold offices but have no ISO 3166 code; their offices live in `org_offices`
# (documented in include/reference/README.md) so that `offices` stays ISO-only.
ORG_CODES = {"EUU", "AUU", "UNO"}
PERSON_KEYS = {"name", "short", "aliases", "country", "offices", "source"}
# Titles of which a country has exactly one holder at a time; acting titles may overlap a suspended holder.
EXCLUSIVE_TITLES = {
    "president",
    "king",
    "queen",
    "emperor",
    "supreme leader",
    "sovereignty council chairman",
    "prime minister",
    "chancellor",
    "premier",
    "crown prince",
}
WARRANT_STATUSES = {"requested", "issued", "withdrawn", "executed"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL_RE = re.compile(r"^https?://\S+$")
DERIVED_RE = re.compile(r"derived \(Art\. 126\) from deposit (\d{4}-\d{2}-\d{2})")


@cache
def parties_rows() -> list[dict[str, str]]:
    with (REFERENCE_DIR / "icc_states_parties.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == PARTIES_COLUMNS
        return list(reader)


@cache
def people() -> list[dict]:
    return yaml.safe_load((REFERENCE_DIR / "people.yaml").read_text(encoding="utf-8"))


@cache
def warrants() -> list[dict]:
    return yaml.safe_load((REFERENCE_DIR / "warrants.yaml").read_text(encoding="utf-8"))


def parse_date(value: object, what: str) -> dt.date:
    assert isinstance(value, str), f"{what}: dates are quoted strings, got {value!r}"
    assert DATE_RE.match(value), f"{what}: not YYYY-MM-DD: {value!r}"
    return dt.date.fromisoformat(value)


def all_offices(person: dict) -> list[dict]:
    return [*person["offices"], *person.get("org_offices", [])]


def optional_date(value: object, what: str) -> dt.date | None:
    return None if value in (None, "") else parse_date(value, what)


def art126_entry_into_force(deposit: dt.date) -> dt.date:
    """Rome Statute Art. 126: 1 Jul 2002 for early deposits, else 1st of the month after deposit + 60 days."""
    if deposit <= dt.date(2002, 4, 11):
        return dt.date(2002, 7, 1)
    sixtieth = deposit + dt.timedelta(days=60)
    return dt.date(sixtieth.year + (sixtieth.month == 12), sixtieth.month % 12 + 1, 1)


def party_on(iso3: str, day: dt.date) -> bool:
    """Was ``iso3`` bound by the Rome Statute on ``day``? (same semantics the loader must implement)"""
    for row in parties_rows():
        if row["iso3"] != iso3:
            continue
        start = dt.date.fromisoformat(row["in_force"])
        end = optional_date(row["withdrawal_effective"], iso3)
        return start <= day and (end is None or day < end)
    return False


# ------------------------------------------------------------------------------------------- states parties


def test_parties_rows_are_well_formed() -> None:
    rows = parties_rows()
    iso3s = [r["iso3"] for r in rows]
    assert [k for k, n in Counter(iso3s).items() if n > 1] == []
    assert iso3s == sorted(iso3s), "rows are kept sorted by iso3 so diffs stay readable"
    for row in rows:
        iso3 = row["iso3"]
        assert pycountry.countries.get(alpha_3=iso3) is not None, f"{iso3}: not a pycountry alpha_3 code"
        assert row["country"].strip(), f"{iso3}: empty country name"
        start = parse_date(row["in_force"], f"{iso3}.in_force")
        assert start >= dt.date(2002, 7, 1), f"{iso3}: in force before the Statute itself"
        end = optional_date(row["withdrawal_effective"], f"{iso3}.withdrawal_effective")
        if end is not None:
            assert start < end, f"{iso3}: withdrawal takes effect before entry into force"
        assert URL_RE.match(row["source"]), f"{iso3}: source is not a URL: {row['source']!r}"


def test_derived_in_force_dates_follow_article_126() -> None:
    derived = 0
    for row in parties_rows():
        match = DERIVED_RE.search(row["note"])
        if match:
            derived += 1
            deposit = dt.date.fromisoformat(match.group(1))
            assert row["in_force"] == art126_entry_into_force(deposit).isoformat(), row["iso3"]
    assert derived > 0


@pytest.mark.parametrize(
    ("deposit", "in_force"),
    [
        ("2002-04-11", "2002-07-01"),  # the batch that brought the Statute into force
        ("2002-07-01", "2002-09-01"),  # Australia
        ("2023-11-14", "2024-02-01"),  # Armenia
        ("2024-10-25", "2025-01-01"),  # Ukraine: 60th day falls in December
        ("2011-08-30", "2011-11-01"),  # Philippines
    ],
)
def test_article_126_rule_reproduces_verified_dates(deposit: str, in_force: str) -> None:
    assert art126_entry_into_force(dt.date.fromisoformat(deposit)).isoformat() == in_force


def test_current_party_count_is_125() -> None:
    today = dt.date(2026, 11, 1)
    assert sum(party_on(r["iso3"], today) for r in parties_rows()) == 125


def test_former_parties() -> None:
    former = {r["iso3"]: r["withdrawal_effective"] for r in parties_rows() if r["withdrawal_effective"]}
    assert former == {"BDI": "2017-10-27", "PHL": "2019-03-17"}


@pytest.mark.parametrize(
    ("iso3", "day", "expected"),
    [
        ("MNG", "2024-09-02", True),  # Putin's visit to Mongolia
        ("IND", "2024-12-05", False),
        ("RUS", "2023-03-17", False),
        ("USA", "2025-08-15", False),
        ("CHN", "2023-10-17", False),
        ("ISR", "2024-11-21", False),
        ("UKR", "2024-12-31", False),
        ("UKR", "2025-01-01", True),
        ("PHL", "2011-10-31", False),
        ("PHL", "2011-11-01", True),
        ("PHL", "2019-03-16", True),
        ("PHL", "2019-03-17", False),
        ("BDI", "2017-10-26", True),
        ("BDI", "2017-10-27", False),
        ("ARM", "2024-01-31", False),
        ("ARM", "2024-02-01", True),
        ("TJK", "2025-10-09", True),  # Putin's visit to Dushanbe
        ("HUN", "2025-04-03", True),  # Netanyahu's visit; withdrawal not yet effective
        ("HUN", "2026-06-03", True),  # withdrawal revoked before its due date
        ("MLI", "2026-10-01", True),  # AES withdrawals not effective
        ("BFA", "2026-10-01", True),
        ("NER", "2026-10-01", True),
        ("VEN", "2026-10-01", True),
        ("ZAF", "2015-06-14", True),  # al-Bashir in Johannesburg
        ("JOR", "2017-03-29", True),
        ("PSE", "2015-04-01", True),
        ("XKX", "2025-01-01", False),  # Kosovo is not a party (and has no ISO code)
    ],
)
def test_known_party_status(iso3: str, day: str, expected: bool) -> None:
    assert party_on(iso3, dt.date.fromisoformat(day)) is expected


def test_pending_withdrawals_are_noted() -> None:
    notes = {r["iso3"]: r["note"].lower() for r in parties_rows()}
    for iso3 in ("HUN", "NER", "BFA", "MLI", "VEN"):
        assert "withdraw" in notes[iso3] or "exit" in notes[iso3], iso3


# ------------------------------------------------------------------------------------------- people


def test_people_are_well_formed() -> None:
    rows = people()
    names = [p["name"] for p in rows]
    assert [k for k, n in Counter(names).items() if n > 1] == []
    for person in rows:
        name = person["name"]
        assert PERSON_KEYS <= set(person) <= PERSON_KEYS | {"org_offices", "female"}, name
        assert person.get("female", False) in {True, False}, name
        assert isinstance(person["short"], str), name
        assert person["short"].strip(), name
        assert isinstance(person["aliases"], list), name
        assert pycountry.countries.get(alpha_3=person["country"]) is not None, f"{name}: bad nationality"
        assert URL_RE.match(person["source"]), f"{name}: source is not a URL"
        assert isinstance(person["offices"], list), name
        assert isinstance(person.get("org_offices", []), list), name
        for office in person["offices"]:
            assert pycountry.countries.get(alpha_3=office["country"]), f"{name}: {office['country']}"
        for office in person.get("org_offices", []):
            assert office["country"] in ORG_CODES, f"{name}: org office with code {office['country']}"
        for office in all_offices(person):
            assert set(office) == {"title", "country", "from", "to"}, f"{name}: {office}"
            assert office["title"] == office["title"].strip().lower(), f"{name}: title must be lower case"
            start = parse_date(office["from"], f"{name}.from")
            end = optional_date(office["to"], f"{name}.to")
            assert end is None or start <= end, f"{name}: office ends before it starts: {office}"
            assert start <= dt.date(2026, 12, 31), f"{name}: office starts in the future"


def test_names_aliases_and_short_forms_do_not_collide() -> None:
    owner: dict[str, str] = {}
    for person in people():
        for label in {person["name"], *person["aliases"]}:
            key = label.casefold()
            assert owner.setdefault(key, person["name"]) == person["name"], (
                f"{label!r} names both {owner[key]} and {person['name']}"
            )
    shorts = Counter(p["short"].casefold() for p in people())
    assert [k for k, n in shorts.items() if n > 1] == []
    for person in people():
        key = person["short"].casefold()
        assert owner.get(key, person["name"]) == person["name"], (
            f"short {person['short']!r} is another's alias"
        )


def test_exclusive_offices_do_not_overlap() -> None:
    terms: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for person in people():
        for office in all_offices(person):
            if office["title"] in EXCLUSIVE_TITLES or office["country"] in ORG_CODES:
                start = dt.date.fromisoformat(office["from"])
                end = dt.date.fromisoformat(office["to"]) if office["to"] else dt.date.max
                terms[(office["title"], office["country"])].append((start, end, person["name"]))
    for key, spans in terms.items():
        spans.sort()
        for (_, end_a, who_a), (start_b, _, who_b) in zip(spans, spans[1:], strict=False):
            # a handover day belongs to both records (outgoing `to` == incoming `from`)
            assert start_b >= end_a, f"{key}: {who_a} and {who_b} overlap"


def holder(title: str, country: str, day: str) -> list[str]:
    when = dt.date.fromisoformat(day)
    found = []
    for person in people():
        for office in all_offices(person):
            if office["title"] != title or office["country"] != country:
                continue
            start = dt.date.fromisoformat(office["from"])
            end = dt.date.fromisoformat(office["to"]) if office["to"] else dt.date.max
            if start <= when < end:
                found.append(person["name"])
    return found


@pytest.mark.parametrize(
    ("title", "country", "day", "name"),
    [
        ("president", "RUS", "2024-09-02", "Vladimir Putin"),
        ("prime minister", "IND", "2024-12-05", "Narendra Modi"),
        ("president", "IND", "2024-12-05", "Droupadi Murmu"),
        ("president", "MNG", "2024-09-03", "Ukhnaagiin Khürelsükh"),
        ("president", "UKR", "2025-01-01", "Volodymyr Zelensky"),
        ("prime minister", "GBR", "2022-09-20", "Liz Truss"),
        ("prime minister", "GBR", "2023-06-01", "Rishi Sunak"),
        ("prime minister", "GBR", "2025-01-01", "Keir Starmer"),
        ("president", "USA", "2024-06-01", "Joe Biden"),
        ("president", "USA", "2025-08-15", "Donald Trump"),
        ("president", "BRA", "2022-06-01", "Jair Bolsonaro"),
        ("president", "BRA", "2024-11-18", "Luiz Inácio Lula da Silva"),
        ("chancellor", "DEU", "2024-01-01", "Olaf Scholz"),
        ("chancellor", "DEU", "2025-06-01", "Friedrich Merz"),
        ("prime minister", "JPN", "2025-01-01", "Shigeru Ishiba"),
        ("prime minister", "JPN", "2026-01-01", "Sanae Takaichi"),
        ("prime minister", "HUN", "2025-04-03", "Viktor Orbán"),
        ("prime minister", "HUN", "2026-06-01", "Péter Magyar"),
        ("prime minister", "SAU", "2023-01-01", "Mohammed bin Salman"),
        ("king", "SAU", "2023-01-01", "Salman bin Abdulaziz Al Saud"),
        ("king", "GBR", "2023-01-01", "Charles III"),
        ("supreme leader", "IRN", "2025-06-01", "Ali Khamenei"),
        ("president", "PHL", "2019-03-16", "Rodrigo Duterte"),
        ("president", "PHL", "2025-03-11", "Ferdinand Marcos Jr."),
    ],
)
def test_office_holders_resolve_by_date(title: str, country: str, day: str, name: str) -> None:
    assert holder(title, country, day) == [name]


def test_g20_heads_covered_through_the_watch_period() -> None:
    # every G20 country has a head of state (or a monarch/leader) and a head of government on these days
    heads = {
        "ARG": ("president",), "AUS": ("king", "queen"), "BRA": ("president",), "CAN": ("king", "queen"),
        "CHN": ("president",), "DEU": ("president",), "FRA": ("president",), "GBR": ("king", "queen"),
        "IDN": ("president",), "IND": ("president",), "ITA": ("president",), "JPN": ("emperor",),
        "KOR": ("president", "acting president"), "MEX": ("president",), "RUS": ("president",),
        "SAU": ("king",), "TUR": ("president",), "USA": ("president",), "ZAF": ("president",),
    }  # fmt: skip
    governments = {"AUS": "prime minister", "CAN": "prime minister", "CHN": "premier", "DEU": "chancellor",
                   "FRA": "prime minister", "GBR": "prime minister", "IND": "prime minister",
                   "ITA": "prime minister", "JPN": "prime minister", "RUS": "prime minister",
                   "SAU": "prime minister"}  # fmt: skip
    for day in ("2022-01-01", "2023-07-01", "2024-12-31", "2025-06-01", "2026-11-01"):
        for country, titles in heads.items():
            assert any(holder(t, country, day) for t in titles), f"no head of state for {country} on {day}"
        for country, title in governments.items():
            assert holder(title, country, day), f"no {title} for {country} on {day}"
    for org, title in (("EUU", "european commission president"), ("EUU", "european council president")):
        assert holder(title, org, "2025-01-01"), title


# ------------------------------------------------------------------------------------------- warrants


def test_warrants_are_well_formed_and_consistent() -> None:
    names = {p["name"] for p in people()}
    subjects = [w["subject"] for w in warrants()]
    assert [k for k, n in Counter(subjects).items() if n > 1] == []
    for warrant in warrants():
        who = warrant["subject"]
        assert set(warrant) == {
            "subject", "court", "requested", "issued", "withdrawn", "executed", "status", "crimes", "source",
        }, who  # fmt: skip
        assert who in names, f"{who}: not in people.yaml"
        assert warrant["court"] == "ICC", who
        assert warrant["status"] in WARRANT_STATUSES, who
        assert isinstance(warrant["crimes"], str), who
        assert warrant["crimes"].strip(), who
        assert URL_RE.match(warrant["source"]), who
        requested = optional_date(warrant["requested"], f"{who}.requested")
        issued = optional_date(warrant["issued"], f"{who}.issued")
        withdrawn = optional_date(warrant["withdrawn"], f"{who}.withdrawn")
        executed = optional_date(warrant["executed"], f"{who}.executed")
        assert requested or issued, f"{who}: neither requested nor issued"
        assert not (withdrawn and executed), f"{who}: both withdrawn and executed"
        assert issued or not executed, f"{who}: executed without an issued warrant"
        # the status is the latest stage the dates record
        latest = "executed" if executed else "withdrawn" if withdrawn else "issued" if issued else "requested"
        assert warrant["status"] == latest, f"{who}: status {warrant['status']!r} but dates say {latest!r}"
        ordered = [d for d in (requested, issued, withdrawn or executed) if d]
        assert ordered == sorted(ordered), f"{who}: dates out of order"


@pytest.mark.parametrize(
    ("subject", "status", "issued"),
    [
        ("Vladimir Putin", "issued", "2023-03-17"),
        ("Maria Lvova-Belova", "issued", "2023-03-17"),
        ("Sergei Shoigu", "issued", "2024-06-24"),
        ("Benjamin Netanyahu", "issued", "2024-11-21"),
        ("Yoav Gallant", "issued", "2024-11-21"),
        ("Mohammed Deif", "withdrawn", "2024-11-21"),
        ("Ismail Haniyeh", "withdrawn", None),
        ("Yahya Sinwar", "withdrawn", None),
        ("Omar al-Bashir", "issued", "2009-03-04"),
        ("Rodrigo Duterte", "executed", "2025-03-07"),
        ("Min Aung Hlaing", "requested", None),
        ("Haibatullah Akhundzada", "issued", "2025-07-08"),
    ],
)
def test_known_warrants(subject: str, status: str, issued: str | None) -> None:
    by_subject = {w["subject"]: w for w in warrants()}
    assert by_subject[subject]["status"] == status
    assert by_subject[subject]["issued"] == issued


def test_warrant_subjects_resolve_through_aliases() -> None:
    # the tagger sees short forms in headlines; each warrant subject must be reachable by its short form
    shorts = {p["short"]: p["name"] for p in people()}
    assert shorts["Putin"] == "Vladimir Putin"
    assert shorts["Netanyahu"] == "Benjamin Netanyahu"
    assert shorts["Duterte"] == "Rodrigo Duterte"
