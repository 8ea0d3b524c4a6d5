"""Parse throughput on one core: pages/s, MB/s and peak memory.

Builds a folder of news-sized pages (50–150 KB: the hand-written test pages wrapped in the
inline scripts, styles, menus and teaser lists that real pages carry), or uses PAGES_DIR if given,
then parses every page with ``warrantwatch.parse.parse_html`` in this single process, R rounds,
and reports the round with the least CPU time of this process (pages/s = pages / CPU seconds).

Usage: python scripts/bench_parse.py [--pages N] [--rounds R] [PAGES_DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from warrantwatch.parse import decode_html, parse_html

TEST_PAGES = Path(__file__).resolve().parent.parent / "tests" / "parse" / "pages"


def _padding(rng: random.Random, target: int) -> tuple[str, str]:
    """Head and tail furniture adding up to about ``target`` characters."""
    state = {f"k{i}": "".join(rng.choice("abcdefghij0123456789") for _ in range(30)) for i in range(target // 120)}
    script = f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    style = "<style>" + "".join(f".c{i}{{margin:{i % 9}px;color:#{i % 999:03d}}}" for i in range(target // 160)) + "</style>"
    menu = "<nav><ul>" + "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(target // 400)) + "</ul></nav>"
    teasers = "<aside class='related'>" + "".join(
        f'<div class="card"><h3><a href="/story/{i}">Teaser headline number {i} for a story</a></h3></div>'
        for i in range(target // 600)
    ) + "</aside>"
    return script + style, menu + teasers


def build_pages(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    sources = sorted(TEST_PAGES.glob("*.html"))
    made = []
    for index in range(count):
        html = sources[index % len(sources)].read_text(encoding="utf-8")
        head, tail = _padding(rng, rng.randint(45_000, 140_000))
        html = html.replace("</head>", head + "</head>", 1).replace("</body>", tail + "</body>", 1)
        path = folder / f"page{index:03d}.html"
        path.write_text(html, encoding="utf-8")
        made.append(path)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(args.folder.glob("*.html")) if args.folder else build_pages(Path(tmp), args.pages)
        bodies = [(f.name, f.read_bytes()) for f in files]
    total_bytes = sum(len(b) for _, b in bodies)
    latest = datetime(2025, 1, 1, tzinfo=UTC)
    parse_html(decode_html(bodies[0][1]), "https://bench.example/warm-up", latest=latest)  # imports, caches
    # Each round parses every page once; the best round (least CPU time of this process) is
    # reported, since on a shared machine wall time swings with other work.
    rounds: list[tuple[float, float]] = []  # (cpu seconds, wall seconds)
    articles = skipped = 0
    for _ in range(args.rounds):
        cpu_started, wall_started = time.process_time(), time.perf_counter()
        for name, body in bodies:
            article = parse_html(decode_html(body), f"https://bench.example/news/{name}", latest=latest)
            articles += article.skipped is None
            skipped += article.skipped is not None
        rounds.append((time.process_time() - cpu_started, time.perf_counter() - wall_started))
    best_cpu, best_wall = min(rounds)
    pages = len(bodies)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sizes = sorted(len(b) for _, b in bodies)
    print(f"input: {len(bodies)} pages, {total_bytes / 1e6:.1f} MB, sizes {sizes[0] // 1000}-{sizes[-1] // 1000} KB "
          f"(median {sizes[len(sizes) // 2] // 1000} KB), {args.rounds} rounds, one process on one core")
    print(f"parsed {pages} pages per round ({articles // args.rounds} articles, {skipped // args.rounds} skipped)")
    print("rounds (CPU s / wall s): " + ", ".join(f"{cpu:.2f}/{wall:.2f}" for cpu, wall in rounds))
    print(f"throughput, best round by CPU time of this process: {pages / best_cpu:.1f} pages/s, "
          f"{total_bytes / 1e6 / best_cpu:.2f} MB/s (wall time of that round: {pages / best_wall:.1f} pages/s)")
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
