"""Benchmark the fetch stage on loopback: N synthetic pages listed in RSS feeds on 20 hosts.

    .venv/bin/python scripts/bench_fetch.py              # N = 1,000 and 10,000
    .venv/bin/python scripts/bench_fetch.py --sizes 500

A separate process serves the sites as an HTTP proxy (like the demo), so the fetcher's CPU and
memory are measured alone; each size runs in a fresh process for a clean peak-memory figure.
Printed per size: first run (pages/s, CPU seconds per page, peak RSS) and a second run with
nothing new (time, requests: the target is one per feed, at least 20x faster).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

DAY = "2024-11-18"
HOSTS = 20
ITEMS_PER_FEED = 100
PARAGRAPH = (
    "<p>The delegation arrived in the capital on Monday for a two-day visit, the ministry said, "
    "and talks on trade and security were expected to follow at the summit later in the week.</p>"
)


def _page(host: str, n: int) -> bytes:
    body = PARAGRAPH * 12
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Visit story {n}</title>"
        f"<link rel='canonical' href='http://{host}/a/{n}.html'></head>"
        f"<body><article><h1>Visit story {n} on {host}</h1>{body}</article></body></html>"
    ).encode()


def _feed(host: str, feed: int, pages: int) -> bytes:
    start = datetime.fromisoformat(DAY).replace(tzinfo=UTC)
    first = feed * ITEMS_PER_FEED
    items = []
    for n in range(first, min(first + ITEMS_PER_FEED, pages)):
        when = format_datetime(start + timedelta(seconds=(n * 7) % 86400), usegmt=True)
        items.append(
            f"<item><title>Leader visit number {n}</title><link>http://{host}/a/{n}.html?utm_source=rss</link>"
            f"<pubDate>{when}</pubDate></item>"
        )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Feed {feed}</title>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def serve(pages: int, ready: multiprocessing.Queue) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            parts = urlsplit(self.path)
            host = parts.netloc
            if parts.path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif parts.path.startswith("/feed-"):
                feed = int(parts.path[6:-4])
                if self.headers.get("If-None-Match") == '"v1"':
                    self._send(304, b"", "application/rss+xml")
                else:
                    self._send(200, _feed(host, feed, pages), "application/rss+xml")
            elif parts.path.startswith("/a/"):
                self._send(200, _page(host, int(parts.path[3:-5])), "text/html; charset=utf-8")
            else:
                self._send(404, b"no", "text/plain")

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", '"v1"')
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 128
    ready.put(server.server_address[1])
    server.serve_forever()


def sources_for(pages: int) -> list[dict]:
    feeds = (pages + ITEMS_PER_FEED - 1) // ITEMS_PER_FEED
    return [
        {"name": f"feed-{k}", "type": "rss", "url": f"http://site-{k % HOSTS}.example/feed-{k}.rss"}
        for k in range(feeds)
    ]


def measure(pages: int, port: int) -> dict:
    """One size, in this (fresh) process: a first run and a second run with nothing new."""
    import yaml

    from warrantwatch import fetch
    from warrantwatch.models import Window
    from warrantwatch.settings import Paths

    root = Path(tempfile.mkdtemp(prefix="bench-fetch-"))
    config = root / "config"
    config.mkdir()
    settings = {
        "proxy": f"http://127.0.0.1:{port}",
        "min_delay": 0,
        "per_host_concurrency": 4,
        "workers": 32,
        "retries": 1,
        "backoff_factor": 0.01,
        "max_items_per_source": ITEMS_PER_FEED,
    }
    doc = {"profiles": {"bench": {"fetch": settings, "sources": sources_for(pages)}}}
    (config / "sources.yaml").write_text(yaml.safe_dump(doc))
    (config / "topic.yaml").write_text(yaml.safe_dump({"keywords": ["visit"]}))
    paths = Paths(data=root / "data", output=root / "out", config=config)
    window = Window.for_day(DAY)

    cpu0, wall0 = time.process_time(), time.perf_counter()
    first = fetch.run_stage(window, paths, profile="bench")
    wall1, cpu1 = time.perf_counter() - wall0, time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    before = (paths.work(window) / "fetched.jsonl").read_bytes()
    wall2_0 = time.perf_counter()
    second = fetch.run_stage(window, paths, profile="bench")
    wall2 = time.perf_counter() - wall2_0
    same = (paths.work(window) / "fetched.jsonl").read_bytes() == before
    return {
        "pages": pages,
        "feeds": len(sources_for(pages)),
        "first_ok": first["pages_ok"],
        "first_seconds": round(wall1, 2),
        "pages_per_s": round(first["pages_ok"] / wall1, 1),
        "cpu_ms_per_page": round(cpu1 / max(first["pages_ok"], 1) * 1000, 2),
        "peak_rss_mb": round(peak_mb, 1),
        "first_requests": first["requests"],
        "second_seconds": round(wall2, 3),
        "second_requests": second["requests"],
        "second_fetched": second["pages_fetched"],
        "speedup": round(wall1 / wall2, 1),
        "identical_file": same,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, args.port)))
        return 0
    print(f"fetch benchmark: {HOSTS} hosts on loopback (via proxy), {ITEMS_PER_FEED} items per feed")
    for size in args.sizes:
        ready: multiprocessing.Queue = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(size, ready), daemon=True)
        server.start()
        try:
            port = ready.get(timeout=10)
            out = subprocess.run(
                [sys.executable, __file__, "--worker", str(size), "--port", str(port)],
                check=True,
                capture_output=True,
                text=True,
            )
        finally:
            server.terminate()
            server.join(5)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"N={r['pages']:>6,} pages / {r['feeds']} feeds | first run: {r['first_seconds']}s, "
            f"{r['pages_per_s']} pages/s, {r['cpu_ms_per_page']} ms CPU/page, peak RSS {r['peak_rss_mb']} MB, "
            f"{r['first_requests']} requests | second run (nothing new): {r['second_seconds']}s, "
            f"{r['second_requests']} requests ({r['second_fetched']} pages downloaded), "
            f"{r['speedup']}x faster, fetched.jsonl identical: {r['identical_file']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
