"""Body-text token F1 of trafilatura against our extraction, on the parse tests' pages.

Each ``tests/parse/pages/NAME.html`` with a ``NAME.txt`` (the hand-written body) is scored with
bag-of-words token F1 (lower-cased word tokens, multiset overlap), the usual measure in
extraction benchmarks. Columns:
  trafilatura   trafilatura.extract() on the raw page, default settings
  traf-pruned   trafilatura (fast) after our boilerplate pruning and line filter
  own           our lxml extractor alone (after the same pruning and filter)
  parse         what the parse stage ships (warrantwatch.parse.extract_body, method="auto")

Usage: python scripts/measure_extraction.py [PAGES_DIR]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import trafilatura

from warrantwatch.htmlmeta import extract_metadata
from warrantwatch.parse import decode_html, extract_body

PAGES = Path(__file__).resolve().parent.parent / "tests" / "parse" / "pages"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def token_f1(predicted: str, gold: str) -> float:
    pred, ref = tokens(predicted), tokens(gold)
    if not pred and not ref:
        return 1.0
    common = sum((pred & ref).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def extractions(html: str) -> dict[str, str]:
    title = extract_metadata(html, allow_text_date=False).title
    return {
        "trafilatura": trafilatura.extract(html) or "",
        "traf-pruned": "\n".join(extract_body(html, title=title, method="trafilatura").lines),
        "own": "\n".join(extract_body(html, title=title, method="own").lines),
        "parse": "\n".join(extract_body(html, title=title, method="auto").lines),
    }


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else PAGES
    pages = sorted(p for p in folder.glob("*.html") if p.with_suffix(".txt").exists())
    if not pages:
        print(f"no NAME.html + NAME.txt pairs in {folder}", file=sys.stderr)
        return 1
    columns = ["trafilatura", "traf-pruned", "own", "parse"]
    totals = dict.fromkeys(columns, 0.0)
    print(f"{'page':<28}" + "".join(f"{c:>13}" for c in columns))
    for page in pages:
        gold = page.with_suffix(".txt").read_text(encoding="utf-8")
        found = extractions(decode_html(page.read_bytes()))
        scores = {c: token_f1(found[c], gold) for c in columns}
        for c in columns:
            totals[c] += scores[c]
        print(f"{page.stem:<28}" + "".join(f"{scores[c]:>13.3f}" for c in columns))
    print(f"{'mean (' + str(len(pages)) + ' pages)':<28}" + "".join(f"{totals[c] / len(pages):>13.3f}" for c in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
