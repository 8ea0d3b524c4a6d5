"""The bundled demo news sites, served on 127.0.0.1 so the demo takes the live fetch path.

``include/demo/sites/<host>/<path>`` holds a few small fictional news sites. :func:`serve_sites`
starts a loopback HTTP server that answers for all of them and yields its address as an HTTP
*proxy* URL: the fetcher sends ``GET http://<host>/<path>`` to it exactly as it would to a
corporate proxy, so article URLs stay the sites' own (stable across runs, whatever port the
server got) while no byte leaves the machine.
"""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from warrantwatch.settings import DEMO_DIR

SITES_DIR = DEMO_DIR / "sites"

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
}


def resolve(root: Path, host: str, path: str) -> Path | None:
    """Map a host and URL path to a file under ``root``; None if there is none (or it escapes)."""
    host = host.split(":", 1)[0].lower()
    site = (root / host).resolve()
    if not site.is_dir() or site.parent != root.resolve():
        return None
    target = (site / unquote(path).lstrip("/")).resolve()
    if site not in target.parents and target != site:
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def _handler_for(root: Path) -> type[BaseHTTPRequestHandler]:
    class DemoSiteHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "warrantwatch-demo/1"

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            parts = urlsplit(self.path)
            # As a proxy we get absolute URIs; as a plain server, the Host header names the site.
            host = parts.netloc or self.headers.get("Host", "")
            target = resolve(root, host, parts.path or "/")
            if target is None:
                self._send(404, b"not found\n", "text/plain; charset=utf-8")
                return
            ctype = _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0]
            self._send(200, target.read_bytes(), ctype or "application/octet-stream")

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet: the fetcher reports what it fetched

    return DemoSiteHandler


@contextmanager
def serve_sites(root: Path = SITES_DIR) -> Iterator[str]:
    """Serve the demo sites on an ephemeral loopback port; yields the proxy URL to use."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(root))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="warrantwatch-demo", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def site_hosts(root: Path = SITES_DIR) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def main(argv: list[str] | None = None) -> int:
    """``warrantwatch serve-demo``: serve the demo sites until Ctrl-C, to browse or curl them."""
    import time

    with serve_sites() as proxy:
        print(f"demo sites {', '.join(site_hosts())} via proxy {proxy}")
        print(f"try: curl -x {proxy} http://meridian-times.example/feeds/world.rss")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0
