"""Tagger speed on one core (CPU time): 4 KB on-topic and off-topic article texts (written here, not real news),
and the news-style articles of the labelled sets under tests/tag (on-topic ones, as written), scaled to 4 KB.

Usage: python scripts/bench_tag.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from warrantwatch.reference import load_reference
from warrantwatch.tag import tag_text

ON_TOPIC_PARAGRAPHS = [
    "Vladimir Putin plans to visit India next month, the Kremlin said on Tuesday, in a trip that would be his first since the war began.",
    "The International Criminal Court issued a warrant for his arrest in March last year over the deportation of children.",
    "In September, Putin visited Mongolia, a member of the court that did not detain him, and held talks in Ulaanbaatar.",
    "He opted not to attend last year's G-20 summit in India and declined to go to this week's G-20 in Brazil.",
    "Indian Prime Minister Narendra Modi met Putin in Moscow in July on his first trip to Russia since the invasion.",
    "Officials in New Delhi said preparations for the visit were under way and that trade would top the agenda.",
    "Analysts said the trip would test how far partners of the court are willing to go in receiving the Russian leader.",
]
OFF_TOPIC_PARAGRAPHS = [
    "The city council approved a new budget for road repairs on Tuesday after a long debate about potholes and bus lanes.",
    "The home side won the match three goals to one, with the young striker scoring twice in the second half.",
    "Shares in the retailer rose after it reported higher sales over the holiday season and lower shipping costs.",
    "Forecasters expect heavy rain over the weekend, with flooding possible in low-lying areas near the river.",
    "The museum will open a new wing next spring dedicated to textiles, ceramics and early photography.",
    "Local farmers said the harvest was better than expected despite a dry summer and rising fertiliser prices.",
]


def _four_kb(paragraphs: list[str]) -> str:
    out: list[str] = []
    while sum(len(p) + 2 for p in out) < 4096:
        out.append(paragraphs[len(out) % len(paragraphs)])
    return "\n\n".join(out)[:4096]


def _rate(text: str, seconds: float) -> tuple[float, int]:
    """Articles per CPU second of this process (one core), best of three rounds: CPU time, so other
    processes on a busy machine do not count against the tagger."""
    ref = load_reference()
    published = date(2024, 11, 20)
    tag_text("warm", text, published, ref)  # build the lexicon outside the timing
    rates = []
    for _ in range(3):
        count, start = 0, time.process_time()
        while time.process_time() - start < seconds / 3:
            for i in range(50):
                tag_text(f"a{i}", text, published, ref)
            count += 50
        rates.append(count / (time.process_time() - start))
    return max(rates), len(tag_text("x", text, published, ref))


LABELLED = Path(__file__).resolve().parent.parent / "tests" / "tag"


def _labelled_articles() -> list[tuple[str, date]]:
    """Every article of the labelled sets that has gold facts: on-topic news-style text of many lengths."""
    out = []
    for gold_file in sorted(LABELLED.glob("*/gold.jsonl")):
        with_facts = {json.loads(line)["article"] for line in gold_file.read_text().splitlines() if line.strip()}
        for line in (gold_file.parent / "articles.jsonl").read_text().splitlines():
            article = json.loads(line)
            if article["id"] in with_facts:
                out.append((article["text"], date.fromisoformat(article["published"])))
    return out


def _news_rate(articles: list[tuple[str, date]]) -> float:
    """Bytes per CPU second over the whole corpus, best of three passes."""
    ref = load_reference()
    tag_text("warm", articles[0][0], articles[0][1], ref)
    size = sum(len(text.encode()) for text, _ in articles)
    best = 0.0
    for _ in range(3):
        start = time.process_time()
        for i, (text, published) in enumerate(articles):
            tag_text(f"n{i}", text, published, ref)
        best = max(best, size / (time.process_time() - start))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    for label, paragraphs, target in (("on-topic", ON_TOPIC_PARAGRAPHS, 1_000), ("off-topic", OFF_TOPIC_PARAGRAPHS, 20_000)):
        text = _four_kb(paragraphs)
        rate, facts = _rate(text, args.seconds)
        verdict = "meets" if rate >= target else "BELOW"
        print(f"{label:9} {len(text.encode()):5} bytes/article  {rate:10,.0f} articles/s/core  "
              f"({facts} facts per article; target {target:,}/s: {verdict})")
    articles = _labelled_articles()
    if articles:
        per_second = _news_rate(articles)
        size = sum(len(text.encode()) for text, _ in articles) / len(articles)
        print(f"news-style {len(articles)} labelled on-topic articles, {size:,.0f} bytes on average: {per_second / 1024:,.0f} KB/s/core "
              f"= {per_second / 4096:,.0f} 4 KB articles/s/core")


if __name__ == "__main__":
    main()
