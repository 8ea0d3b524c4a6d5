from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from warrantwatch.reference import Reference, ReferenceError, load_reference


def test_person_by_name_alias_and_short(ref: Reference) -> None:
    assert ref.person("Vladimir Putin").name == "Vladimir Putin"
    assert ref.person("putin").name == "Vladimir Putin"
    assert ref.person("Sergei Lavrov").name == "Sergey Lavrov"
    assert ref.person("Nobody Special") is None


def test_office_holder_follows_dates(ref: Reference) -> None:
    assert ref.office_holder("president", "USA", date(2024, 6, 1)).name == "Joe Biden"
    assert ref.office_holder("president", "USA", date(2025, 6, 1)).name == "Donald Trump"
    assert ref.office_holder("prime minister", "RUS", date(2010, 1, 1)).name == "Vladimir Putin"
    assert ref.office_holder("president", "RUS", date(2010, 1, 1)) is None
    assert ref.office_holder("President", "ind", date(2024, 1, 1)).name == "Droupadi Murmu"


def test_icc_party_dates(ref: Reference) -> None:
    assert ref.is_icc_party("MNG", date(2024, 9, 3))
    assert not ref.is_icc_party("IND", date(2024, 9, 3))
    assert not ref.is_icc_party("UKR", date(2024, 12, 31))
    assert ref.is_icc_party("UKR", date(2025, 1, 1))
    assert ref.is_icc_party("PHL", date(2019, 3, 16))
    assert not ref.is_icc_party("PHL", date(2019, 3, 17))
    assert ref.party_since("BRA") == date(2002, 9, 1)
    assert ref.party_since("RUS") is None


def test_country_name_and_unknown_code(ref: Reference) -> None:
    assert ref.country_name("MNG") == "Mongolia"
    assert ref.country_name("rus") == "Russia"
    with pytest.raises(KeyError, match="ZZZ"):
        ref.country_name("ZZZ")


def test_known_warrants(ref: Reference) -> None:
    (warrant,) = ref.known_warrants("Putin")
    assert warrant.court == "ICC"
    assert warrant.issued == date(2023, 3, 17)
    assert ref.known_warrants("Narendra Modi") == []


def _copy(tmp_path: Path) -> Path:
    src = Path(__file__).parent / "fixtures" / "reference"
    dst = tmp_path / "reference"
    shutil.copytree(src, dst)
    return dst


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("people.yaml", "country: RUS, from: 2000-05-07", "country: XXQ, from: 2000-05-07", "XXQ"),
        ("people.yaml", "from: 2014-05-26", "from: 26/05/2014", "from"),
        ("warrants.yaml", "status: issued, crimes: unlawful", "status: sealed, crimes: unlawful", "sealed"),
        ("warrants.yaml", "subject: Yoav Gallant", "subject: Yoav Galant", "Yoav Galant"),
        ("icc_states_parties.csv", "PHL,Philippines,2011-11-01,2019-03-17", "PHL,Philippines,2011-11-01,2010-03-17",
         "withdrawal_effective"),
    ],
)
def test_bad_rows_are_named(tmp_path: Path, file: str, old: str, new: str, message: str) -> None:
    root = _copy(tmp_path)
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ReferenceError, match=message):
        load_reference(root)


def test_missing_file_is_named(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "warrants.yaml").unlink()
    with pytest.raises(ReferenceError, match="warrants.yaml"):
        load_reference(root)
