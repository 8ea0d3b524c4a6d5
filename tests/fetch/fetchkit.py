"""Test kit: a threaded HTTP server on 127.0.0.1 with injectable faults, config and page helpers."""

from __future__ import annotations

import io
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from warrantwatch.settings import Paths

# Tiny timeouts and backoffs so fault tests take fractions of a second.
FAST = {
    "connect_timeout": 2.0,
    "read_timeout": 2.0,
    "retries": 2,
    "backoff_factor": 0.01,
    "backoff_max": 0.05,
    "retry_after_max": 2,
    "min_delay": 0.0,
    "per_host_concurrency": 4,
    "workers": 4,
    "max_bytes": 1_000_000,
    "max_seconds": 5.0,
    "robots_ttl_hours": 24,
}

TOPIC = {
    "keywords": ["visit", "summit", "arrest warrant", "ICC", "International Criminal Court"],
    "names": {"Vladimir Putin": ["Putin"]},
}


@dataclass
class Hit:
    path: str  # path plus query
    headers: dict[str, str]
    at: float


Handler = Callable[["RequestHandler"], None]


@dataclass
class FaultServer:
    """Routes are path -> handler; every request is logged (path, headers, time)."""

    routes: dict[str, Handler] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths_hit(self, prefix: str = "") -> list[str]:
        with self.lock:
            return [h.path for h in self.hits if h.path.startswith(prefix)]

    def count(self, path: str) -> int:
        return self.paths_hit().count(path)

    def page(
        self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body

        def handler(req: RequestHandler) -> None:
            req.reply(200, data, ctype, headers)

        self.routes[path] = handler

    def sequence(self, path: str, *handlers: Handler) -> None:
        """Answer the n-th request with the n-th handler (the last one repeats)."""
        calls = iter(range(10**6))

        def handler(req: RequestHandler) -> None:
            n = next(calls)
            handlers[min(n, len(handlers) - 1)](req)

        self.routes[path] = handler


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_state: FaultServer

    def do_GET(self) -> None:  # noqa: N802
        state = self.server_state
        with state.lock:
            state.hits.append(Hit(self.path, dict(self.headers.items()), time.monotonic()))
        handler = state.routes.get(self.path) or state.routes.get(urlsplit(self.path).path)
        if handler is None:
            self.reply(404, b"not found", "text/plain")
            return
        try:
            handler(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def reply(
        self, status: int, body: bytes, ctype: str = "text/html", headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), before any response."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.wfile = io.BytesIO()  # the handler's cleanup must not touch the dead socket
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def write_config(
    root: Path,
    sources: list[dict[str, Any]],
    settings: dict[str, Any] | None = None,
    profile: str = "test",
    topic: dict[str, Any] | None = None,
) -> Paths:
    """A config folder with one profile, and Paths whose data folder is under ``root``."""
    config = root / "config"
    config.mkdir(parents=True, exist_ok=True)
    doc = {"version": 1, "profiles": {profile: {"fetch": {**FAST, **(settings or {})}, "sources": sources}}}
    (config / "sources.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    (config / "topic.yaml").write_text(yaml.safe_dump(topic or TOPIC), encoding="utf-8")
    return Paths(data=root / "data", output=root / "output", config=config)


def rss(items: list[tuple[str, str, str | None]], title: str = "Test feed") -> bytes:
    """RSS 2.0 with (link, title, RFC 822 date or None) items."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>']
    for link, item_title, date in items:
        link = link.replace("&", "&amp;")
        pub = f"<pubDate>{date}</pubDate>" if date else ""
        parts.append(f"<item><title>{item_title}</title><link>{link}</link>{pub}</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def article(title: str, body: str = "", canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>{link}</head>'
        f"<body><h1>{title}</h1><p>{body or 'A short test article written for the fetch tests.'}</p></body></html>"
    )


@contextmanager
def serve() -> Iterator[FaultServer]:
    state = FaultServer()
    handler = type("BoundHandler", (RequestHandler,), {"server_state": state})
    httpd = _QuietServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up mid-body is what several tests do on purpose
