"""The reference tables the tagger and the alert rules trust: people, warrants, ICC states parties.

Three versioned files under ``include/reference`` (each row carries its source):
``people.yaml``, ``warrants.yaml`` and ``icc_states_parties.csv``. They are validated on load;
a bad row raises :class:`ReferenceError` naming the file, the row and the field.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import yaml

from warrantwatch.settings import REFERENCE_DIR

PEOPLE_FILE = "people.yaml"
WARRANTS_FILE = "warrants.yaml"
STATES_PARTIES_FILE = "icc_states_parties.csv"
WARRANT_STATUSES = ("requested", "issued", "withdrawn", "executed")
STATES_PARTIES_COLUMNS = ("iso3", "country", "in_force", "withdrawal_effective", "note", "source")


class ReferenceError(ValueError):
    """A reference file is missing or has a bad row; the message names which."""


@dataclass(frozen=True)
class Office:
    title: str  # lower case: "president", "prime minister", ...
    country: str  # ISO3
    start: date
    end: date | None  # None: still in office

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str  # canonical full name
    short: str  # how headlines name them ("Putin")
    aliases: tuple[str, ...]
    country: str | None  # ISO3 nationality
    offices: tuple[Office, ...]
    source: str = ""
    female: bool = False  # which of "he"/"she" can stand for the person

    def offices_on(self, day: date) -> tuple[Office, ...]:
        return tuple(o for o in self.offices if o.held_on(day))


@dataclass(frozen=True)
class KnownWarrant:
    subject: str
    court: str
    status: str
    requested: date | None
    issued: date | None
    withdrawn: date | None
    executed: date | None
    source: str
    crimes: str = ""


@dataclass(frozen=True)
class StateParty:
    iso3: str
    country: str
    in_force: date | None
    withdrawal_effective: date | None
    note: str
    source: str


class Reference:
    """Look-ups over the loaded tables. Build with :func:`load_reference`."""

    def __init__(
        self,
        people: list[Person],
        warrants: list[KnownWarrant],
        parties: list[StateParty],
    ) -> None:
        self.people: tuple[Person, ...] = tuple(people)
        self.warrants: tuple[KnownWarrant, ...] = tuple(warrants)
        self.parties: dict[str, StateParty] = {p.iso3: p for p in parties}
        self._by_name: dict[str, Person] = {}
        for person in self.people:
            for key in (person.name, *person.aliases):
                self._by_name.setdefault(key.casefold(), person)
        # The short form last: a surname shared by two people must not shadow a full name.
        for person in self.people:
            self._by_name.setdefault(person.short.casefold(), person)
        self._offices: dict[tuple[str, str], list[tuple[Office, Person]]] = {}
        for person in self.people:
            for office in person.offices:
                self._offices.setdefault((office.title, office.country), []).append((office, person))
        self._warrants_by_subject: dict[str, list[KnownWarrant]] = {}
        for warrant in self.warrants:
            self._warrants_by_subject.setdefault(warrant.subject, []).append(warrant)

    def person(self, name: str) -> Person | None:
        """The person whose canonical name, alias or short form is ``name`` (any case)."""
        return self._by_name.get(name.strip().casefold())

    def office_holder(self, title: str, country: str, on: date) -> Person | None:
        """Who held ``title`` (e.g. "president") for ``country`` (ISO3) on the day ``on``."""
        for office, person in self._offices.get((title.strip().lower(), country.strip().upper()), ()):
            if office.held_on(on):
                return person
        return None

    def leader(self, country: str, on: date) -> Person | None:
        """The head of government or state of ``country`` on ``on`` ("the Indian leader")."""
        for title in LEADER_TITLES:
            holder = self.office_holder(title, country, on)
            if holder is not None:
                return holder
        return None

    def country_name(self, iso3: str) -> str:
        """A country's common English name ("Mongolia"); KeyError naming the code if unknown."""
        code = iso3.strip().upper()
        record = pycountry.countries.get(alpha_3=code)
        if record is None:
            party = self.parties.get(code)
            if party is not None:
                return party.country
            raise KeyError(f"unknown ISO 3166-1 alpha-3 country code {iso3!r}")
        return _SHORT_NAMES.get(code) or getattr(record, "common_name", None) or record.name

    def is_icc_party(self, iso3: str, on: date) -> bool:
        """Was the Rome Statute in force for ``iso3`` on the day ``on``?"""
        party = self.parties.get(iso3.strip().upper())
        if party is None or party.in_force is None or on < party.in_force:
            return False
        return party.withdrawal_effective is None or on < party.withdrawal_effective

    def party_since(self, iso3: str) -> date | None:
        party = self.parties.get(iso3.strip().upper())
        return party.in_force if party is not None else None

    def known_warrants(self, subject: str) -> list[KnownWarrant]:
        person = self.person(subject)
        return list(self._warrants_by_subject.get(person.name if person else subject, []))


# Order matters for "the X leader": the head of government usually speaks for the country
# where there is one with real power; the dataset lists whichever offices apply.
LEADER_TITLES: tuple[str, ...] = (
    "president",
    "prime minister",
    "chancellor",
    "supreme leader",
    "king",
    "crown prince",
    "emir",
    "sultan",
    "chairman",
    "general secretary",
)


# ---- loading and validation -----------------------------------------------------------------


def _where(path: Path, index: int, row: Any) -> str:
    label = row.get("name") or row.get("subject") if isinstance(row, dict) else None
    return f"{path.name} entry {index}" + (f" ({label})" if label else "")


def _date(value: Any, where: str, field: str, required: bool = False) -> date | None:
    if value is None or value == "":
        if required:
            raise ReferenceError(f"{where}: field {field!r} is required (YYYY-MM-DD)")
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ReferenceError(f"{where}: field {field!r} is not a YYYY-MM-DD date: {value!r}") from None


def _iso3(value: Any, where: str, field: str, required: bool = True) -> str | None:
    if value is None or value == "":
        if required:
            raise ReferenceError(f"{where}: field {field!r} is required (ISO3 code)")
        return None
    code = str(value).strip().upper()
    if pycountry.countries.get(alpha_3=code) is None and code not in _EXTRA_ISO3:
        raise ReferenceError(f"{where}: field {field!r} is not an ISO 3166-1 alpha-3 code: {value!r}")
    return code


# Where ISO's name is not what a reader expects (pycountry's common_name covers the rest).
_SHORT_NAMES = {
    "RUS": "Russia",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
    "PSE": "Palestine",
    "VAT": "Vatican City",
    "XKX": "Kosovo",
}

# Codes in use that pycountry's ISO table lacks (Palestine is PSE there; Kosovo has none).
_EXTRA_ISO3 = {"XKX"}


def _text(row: dict[str, Any], field: str, where: str, required: bool = True) -> str:
    value = row.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ReferenceError(f"{where}: field {field!r} is required")
        return ""
    if not isinstance(value, str):
        raise ReferenceError(f"{where}: field {field!r} must be text, got {value!r}")
    return value.strip()


def _yaml_list(path: Path) -> list[Any]:
    if not path.is_file():
        raise ReferenceError(f"reference file missing: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ReferenceError(f"{path}: not valid YAML ({exc})") from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise ReferenceError(f"{path}: expected a list of entries at the top level")
    return data


def load_people(path: Path) -> list[Person]:
    people: list[Person] = []
    seen: dict[str, str] = {}
    for index, row in enumerate(_yaml_list(path), 1):
        where = _where(path, index, row)
        if not isinstance(row, dict):
            raise ReferenceError(f"{where}: expected a mapping, got {row!r}")
        name = _text(row, "name", where)
        short = _text(row, "short", where, required=False) or name.split()[-1]
        aliases = row.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise ReferenceError(f"{where}: field 'aliases' must be a list of names")
        offices: list[Office] = []
        raw_offices = row.get("offices") or []
        if not isinstance(raw_offices, list):
            raise ReferenceError(f"{where}: field 'offices' must be a list")
        for number, raw in enumerate(raw_offices, 1):
            owhere = f"{where} office {number}"
            if not isinstance(raw, dict):
                raise ReferenceError(f"{owhere}: expected a mapping")
            start = _date(raw.get("from"), owhere, "from", required=True)
            end = _date(raw.get("to"), owhere, "to")
            assert start is not None
            if end is not None and end < start:
                raise ReferenceError(f"{owhere}: 'to' {end} is before 'from' {start}")
            title = _text(raw, "title", owhere).lower()
            country = _iso3(raw.get("country"), owhere, "country")
            assert country is not None
            offices.append(Office(title=title, country=country, start=start, end=end))
        female = row.get("female", False)
        if not isinstance(female, bool):
            raise ReferenceError(f"{where}: field 'female' must be true or false, got {female!r}")
        key = name.casefold()
        if key in seen:
            raise ReferenceError(f"{where}: duplicate person name {name!r}")
        seen[key] = name
        people.append(
            Person(
                name=name,
                short=short,
                aliases=tuple(a.strip() for a in aliases),
                country=_iso3(row.get("country"), where, "country", required=False),
                offices=tuple(offices),
                source=_text(row, "source", where, required=False),
                female=female,
            )
        )
    return people


def load_warrants(path: Path, people: list[Person]) -> list[KnownWarrant]:
    names = {p.name for p in people}
    warrants: list[KnownWarrant] = []
    for index, row in enumerate(_yaml_list(path), 1):
        where = _where(path, index, row)
        if not isinstance(row, dict):
            raise ReferenceError(f"{where}: expected a mapping, got {row!r}")
        subject = _text(row, "subject", where)
        if names and subject not in names:
            raise ReferenceError(f"{where}: subject {subject!r} is not a canonical name in {PEOPLE_FILE}")
        status = _text(row, "status", where).lower()
        if status not in WARRANT_STATUSES:
            raise ReferenceError(f"{where}: status {status!r} is not one of {', '.join(WARRANT_STATUSES)}")
        dates = {f: _date(row.get(f), where, f) for f in WARRANT_STATUSES}
        if dates[status] is None and status != "requested":
            raise ReferenceError(f"{where}: status is {status!r} but field {status!r} has no date")
        warrants.append(
            KnownWarrant(
                subject=subject,
                court=_text(row, "court", where, required=False) or "ICC",
                status=status,
                requested=dates["requested"],
                issued=dates["issued"],
                withdrawn=dates["withdrawn"],
                executed=dates["executed"],
                source=_text(row, "source", where, required=False),
                crimes=_text(row, "crimes", where, required=False),
            )
        )
    return warrants


def load_states_parties(path: Path) -> list[StateParty]:
    if not path.is_file():
        raise ReferenceError(f"reference file missing: {path}")
    parties: list[StateParty] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in STATES_PARTIES_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ReferenceError(f"{path.name}: missing column(s) {', '.join(missing)}")
        seen: set[str] = set()
        for line, row in enumerate(reader, 2):
            where = f"{path.name} line {line}"
            iso3 = _iso3(row["iso3"], where, "iso3")
            assert iso3 is not None
            if iso3 in seen:
                raise ReferenceError(f"{where}: duplicate iso3 {iso3}")
            seen.add(iso3)
            in_force = _date(row["in_force"], where, "in_force")
            withdrawal = _date(row["withdrawal_effective"], where, "withdrawal_effective")
            if withdrawal is not None and (in_force is None or withdrawal <= in_force):
                raise ReferenceError(f"{where}: withdrawal_effective {withdrawal} is not after in_force")
            parties.append(
                StateParty(
                    iso3=iso3,
                    country=(row["country"] or "").strip(),
                    in_force=in_force,
                    withdrawal_effective=withdrawal,
                    note=(row["note"] or "").strip(),
                    source=(row["source"] or "").strip(),
                )
            )
    return parties


def build_reference(root: Path) -> Reference:
    people = load_people(root / PEOPLE_FILE)
    warrants = load_warrants(root / WARRANTS_FILE, people)
    parties = load_states_parties(root / STATES_PARTIES_FILE)
    return Reference(people, warrants, parties)


@functools.lru_cache(maxsize=8)
def _cached(root: Path, stamp: tuple[float, ...]) -> Reference:
    return build_reference(root)


def load_reference(root: Path = REFERENCE_DIR) -> Reference:
    """Load and validate the reference tables under ``root`` (cached until a file changes)."""
    root = Path(root).resolve()
    files = (root / PEOPLE_FILE, root / WARRANTS_FILE, root / STATES_PARTIES_FILE)
    stamp = tuple(f.stat().st_mtime if f.exists() else -1.0 for f in files)
    return _cached(root, stamp)
