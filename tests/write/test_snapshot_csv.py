"""facts.csv is written with the csv module: byte for byte what pandas' to_csv gave before."""

from __future__ import annotations

import pandas as pd

from warrantwatch.write import FACT_SNAPSHOT_COLUMNS, facts_csv


def test_facts_csv_matches_pandas_for_awkward_values() -> None:
    columns = list(FACT_SNAPSHOT_COLUMNS)
    awkward = ["comma, inside", 'a "quoted" word', "two\nlines", "", None, "Zürich 北京", " padded ", "x\r"]
    rows = []
    for n, text in enumerate(awkward):
        values = {c: f"{c}-{n}" for c in columns}
        values |= {"person": text, "city": text, "court": None, "sources": n, "mentions": 2 * n}
        values["contradicted"] = bool(n % 2)
        rows.append(tuple(values[c] for c in columns))
    frame = pd.DataFrame(rows, columns=columns)
    expected = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    assert facts_csv(columns, rows) == expected
    assert facts_csv(columns, []) == pd.DataFrame(columns=columns).to_csv(
        index=False, lineterminator="\n"
    ).encode("utf-8")
