"""Check that a tagger change leaves its output byte-identical on a large, varied corpus.

Usage:
  python scripts/check_tag_identical.py build CORPUS.jsonl [--extra FILE.jsonl ...] [--synthetic 2000]
  python scripts/check_tag_identical.py run CORPUS.jsonl OUT.jsonl
then ``cmp`` the OUT of the old and the new tagger. ``build`` takes the dev/holdout/final article sets
(plus any --extra JSON lines with "text" and "published"), and adds synthetic articles made of their
sentences shuffled and recombined with varied publication dates (seeded, so the corpus is the same each
time). ``run`` writes every field of every mention (``Mention.to_dict``), one line per mention, and
one ``{"article", "error"}`` line for an article the tagger raises on (so a crash is compared too).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from warrantwatch.fileio import read_jsonl
from warrantwatch.reference import load_reference
from warrantwatch.tag import tag_text

SETS = ("dev", "holdout", "final")
_SPLIT = re.compile(r"(?<=[.!?\"”])\s+(?=[\"“A-Z0-9])|\n\s*\n")


def build(out: Path, extras: list[Path], synthetic: int, seed: int) -> int:
    root = Path(__file__).resolve().parent.parent / "tests" / "tag"
    rows: list[dict[str, str]] = []
    for name in SETS:
        for row in read_jsonl(root / name / "articles.jsonl"):
            rows.append({"id": row["id"], "text": row.get("text") or "", "published": row["published"]})
    seen = set()
    for path in extras:
        for number, row in enumerate(read_jsonl(path)):
            key = (row["text"], row["published"])
            if key not in seen:
                seen.add(key)
                rows.append({"id": f"{path.stem}-{number}", "text": row["text"], "published": row["published"]})
    sentences = sorted({s.strip() for row in rows for s in _SPLIT.split(row["text"]) if s.strip()})
    rng = random.Random(seed)
    for number in range(synthetic):
        picked = rng.sample(sentences, rng.randint(2, 18))
        glue = rng.choice(("\n\n", " ", "\n\n", "\n"))
        day = date(2018, 1, 1) + timedelta(days=rng.randint(0, 365 * 9))
        rows.append({"id": f"syn-{number}", "text": glue.join(picked), "published": day.isoformat()})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def run(corpus: Path, out: Path) -> int:
    ref = load_reference()
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for row in read_jsonl(corpus):
            try:
                mentions = tag_text(row["id"], row["text"], date.fromisoformat(row["published"]), ref)
            except Exception as error:  # noqa: BLE001 - a crash must stay the same crash, not stop the check
                sink.write(json.dumps({"article": row["id"], "error": type(error).__name__}) + "\n")
                continue
            for mention in mentions:
                sink.write(json.dumps(mention.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("corpus", type=Path)
    b.add_argument("--extra", type=Path, action="append", default=[])
    b.add_argument("--synthetic", type=int, default=2000)
    b.add_argument("--seed", type=int, default=5)
    r = sub.add_parser("run")
    r.add_argument("corpus", type=Path)
    r.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "build":
        print(f"{build(args.corpus, args.extra, args.synthetic, args.seed)} articles -> {args.corpus}")
    else:
        print(f"{run(args.corpus, args.out)} mentions -> {args.out}")


if __name__ == "__main__":
    main()
