"""The fetcher against a real loopback server misbehaving in every way the issue lists.

Each test asserts what a user would see: the page fetched, or the failure named in words.
"""

from __future__ import annotations

import gzip
import threading
import time

import pytest

from tests.fetch.fetchkit import FAST, FaultServer, article
from warrantwatch.fetch import HttpClient, detect_encoding
from warrantwatch.sources import FetchSettings


def client(tmp_path=None, **overrides) -> HttpClient:
    return HttpClient(FetchSettings(**{**FAST, **overrides}), tmp_path)


def test_a_plain_page_is_fetched_with_our_user_agent(server: FaultServer) -> None:
    server.page("/ok.html", article("A visit"))
    result = client().get(server.url("/ok.html"))
    assert result.ok
    assert b"A visit" in result.body
    assert result.content_type == "text/html"
    page_hit = [h for h in server.hits if h.path == "/ok.html"][0]
    assert page_hit.headers["User-Agent"].startswith("warrantwatch/")


def test_read_timeout_is_retried_then_named(server: FaultServer) -> None:
    def stall(req) -> None:
        time.sleep(1.0)
        req.reply(200, b"too late")

    server.routes["/slow.html"] = stall
    result = client(read_timeout=0.3, retries=1).get(server.url("/slow.html"))
    assert result.error == "read timeout after 0.3s"
    assert server.count("/slow.html") == 2  # the first try and one retry


def test_500_then_200_is_retried_and_fetched(server: FaultServer) -> None:
    server.sequence(
        "/flaky.html",
        lambda req: req.reply(500, b"oops"),
        lambda req: req.reply(200, article("Second time lucky").encode()),
    )
    result = client().get(server.url("/flaky.html"))
    assert result.ok
    assert b"Second time lucky" in result.body
    assert server.count("/flaky.html") == 2


def test_persistent_503_is_named_with_the_retries(server: FaultServer) -> None:
    server.routes["/down.html"] = lambda req: req.reply(503, b"down")
    result = client(retries=2).get(server.url("/down.html"))
    assert result.error == "HTTP 503 Service Unavailable (after 2 retries)"
    assert server.count("/down.html") == 3


def test_404_is_not_retried(server: FaultServer) -> None:
    result = client().get(server.url("/missing.html"))
    assert result.error == "HTTP 404 Not Found"
    assert server.count("/missing.html") == 1


def test_429_waits_for_retry_after_then_fetches(server: FaultServer) -> None:
    server.sequence(
        "/busy.html",
        lambda req: req.reply(429, b"slow down", headers={"Retry-After": "1"}),
        lambda req: req.reply(200, article("Patience pays").encode()),
    )
    result = client(backoff_factor=0.0).get(server.url("/busy.html"))
    assert result.ok
    assert b"Patience pays" in result.body
    first, second = (h.at for h in server.hits if h.path == "/busy.html")
    assert second - first >= 0.9  # Retry-After honoured, not the (zero) backoff


def test_connection_reset_once_is_retried(server: FaultServer) -> None:
    server.sequence("/reset.html", lambda req: req.reset(), lambda req: req.reply(200, b"<p>fine</p>"))
    result = client().get(server.url("/reset.html"))
    assert result.ok
    assert result.body == b"<p>fine</p>"


def test_connection_reset_every_time_is_named(server: FaultServer) -> None:
    server.routes["/reset.html"] = lambda req: req.reset()
    result = client(retries=1).get(server.url("/reset.html"))
    assert result.error == "connection reset by the server"


def test_truncated_body_is_named_and_not_kept(server: FaultServer) -> None:
    def short(req) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.send_header("Content-Length", "10000")
        req.end_headers()
        req.wfile.write(b"<html>" + b"x" * 2994)
        req.close_connection = True

    server.routes["/short.html"] = short
    result = client().get(server.url("/short.html"))
    assert result.error.startswith("truncated body")
    assert result.body is None


def _huge(req, sent: list[int], declare_length: bool) -> None:
    total = 30 * 1024 * 1024
    chunk = b"<p>" + b"y" * 65533
    req.send_response(200)
    req.send_header("Content-Type", "text/html")
    if declare_length:
        req.send_header("Content-Length", str(total))
    else:
        req.send_header("Transfer-Encoding", "chunked")
    req.end_headers()
    try:
        while sent[0] < total:
            if declare_length:
                req.wfile.write(chunk)
            else:
                req.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent[0] += len(chunk)
        if not declare_length:
            req.wfile.write(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass
    req.close_connection = True


def test_30mb_streamed_body_is_cut_at_the_cap(server: FaultServer) -> None:
    sent = [0]
    server.routes["/huge.html"] = lambda req: _huge(req, sent, declare_length=False)
    result = client(max_bytes=1_000_000).get(server.url("/huge.html"))
    assert result.error == "body over the 1,000,000-byte cap (stopped reading)"
    assert result.body is None
    time.sleep(0.2)
    assert sent[0] < 30 * 1024 * 1024  # we hung up long before the server was done


def test_30mb_declared_body_is_refused_before_reading(server: FaultServer) -> None:
    sent = [0]
    server.routes["/huge.html"] = lambda req: _huge(req, sent, declare_length=True)
    result = client(max_bytes=1_000_000).get(server.url("/huge.html"))
    assert result.error == "body of 31,457,280 bytes is over the 1,000,000-byte cap"


def test_gzip_bomb_is_cut_at_the_cap(server: FaultServer) -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # ~200 KB on the wire
    server.page("/bomb.html", bomb, "text/html", Content_Encoding="gzip")
    result = client(max_bytes=2_000_000).get(server.url("/bomb.html"))
    assert result.error == "body over the 2,000,000-byte cap (stopped reading)"


def test_slow_drip_hits_the_wall_clock_cap(server: FaultServer) -> None:
    def drip(req) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.send_header("Content-Length", "100")
        req.end_headers()
        for _ in range(100):
            req.wfile.write(b"x")
            req.wfile.flush()
            time.sleep(0.05)

    server.routes["/drip.html"] = drip
    result = client(max_seconds=0.5).get(server.url("/drip.html"))
    assert result.error == "download took over 0.5s (stopped reading)"


def test_wrong_content_type_is_refused(server: FaultServer) -> None:
    server.page("/photo.jpg", b"\xff\xd8\xff", "image/jpeg")
    result = client().get(server.url("/photo.jpg"))
    assert result.error == "unexpected content type 'image/jpeg' (want HTML, XML or JSON)"


def test_redirects_are_followed_and_loops_named(server: FaultServer) -> None:
    server.page("/target.html", article("Arrived"))
    server.routes["/move"] = lambda req: req.reply(301, b"", headers={"Location": "/target.html"})
    moved = client().get(server.url("/move"))
    assert moved.ok
    assert moved.final_url == server.url("/target.html")

    server.routes["/loop-a"] = lambda req: req.reply(302, b"", headers={"Location": "/loop-b"})
    server.routes["/loop-b"] = lambda req: req.reply(302, b"", headers={"Location": "/loop-a"})
    looped = client().get(server.url("/loop-a"))
    assert looped.error == f"redirect loop at {server.url('/loop-a')}"


def test_too_many_redirects_are_named(server: FaultServer) -> None:
    for n in range(10):
        server.routes[f"/hop{n}"] = lambda req, n=n: req.reply(302, b"", headers={"Location": f"/hop{n + 1}"})
    result = client(max_redirects=3).get(server.url("/hop0"))
    assert result.error == "too many redirects (more than 3)"
    assert server.count("/hop4") == 0


def test_redirect_to_file_url_is_refused(server: FaultServer) -> None:
    server.routes["/sneaky"] = lambda req: req.reply(302, b"", headers={"Location": "file:///etc/passwd"})
    result = client().get(server.url("/sneaky"))
    assert result.error == "redirect to a file: URL refused (file:///etc/passwd)"
    assert result.body is None


def test_scheme_changing_redirect_is_refused(server: FaultServer) -> None:
    server.routes["/up"] = lambda req: req.reply(301, b"", headers={"Location": "https://127.0.0.1:1/x"})
    result = client().get(server.url("/up"))
    assert result.error == "redirect from http to https refused (https://127.0.0.1:1/x)"
    # With upgrades allowed the redirect is followed (and fails on the closed port instead).
    upgraded = client(allow_https_upgrade=True, retries=0).get(server.url("/up"))
    assert upgraded.final_url == "https://127.0.0.1:1/x"
    assert "Connection refused" in upgraded.error


def test_only_http_and_https_are_fetched() -> None:
    assert (
        client().get("ftp://example.invalid/x").error == "unsupported URL scheme 'ftp': only http and https"
    )
    assert client().get("file:///etc/passwd").error == "unsupported URL scheme 'file': only http and https"


def test_robots_disallow_is_respected_and_cached(server: FaultServer, tmp_path) -> None:
    server.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    server.page("/private/x.html", article("secret"))
    server.page("/public.html", article("public"))
    http = client(tmp_path)
    assert http.get(server.url("/private/x.html")).error == "disallowed by robots.txt"
    assert http.get(server.url("/public.html")).ok
    assert server.count("/private/x.html") == 0
    # A new client (the next run) reads robots.txt from the state folder, not the server.
    assert client(tmp_path).get(server.url("/private/x.html")).error == "disallowed by robots.txt"
    assert server.count("/robots.txt") == 1


def test_unreachable_robots_txt_means_wait(server: FaultServer) -> None:
    server.routes["/robots.txt"] = lambda req: req.reply(503, b"busy")
    server.page("/page.html", article("page"))
    result = client(retries=0).get(server.url("/page.html"))
    assert result.error == "robots.txt unreachable (HTTP 503 Service Unavailable); not fetching"
    assert server.count("/page.html") == 0


def test_conditional_get_gives_304(server: FaultServer) -> None:
    def feed(req) -> None:
        if req.headers.get("If-None-Match") == '"v1"':
            req.reply(304, b"", headers={"ETag": '"v1"'})
        else:
            req.reply(200, b"<rss/>", "application/rss+xml", {"ETag": '"v1"'})

    server.routes["/feed.rss"] = feed
    http = client()
    first = http.get(server.url("/feed.rss"), kind="feed")
    assert first.etag == '"v1"'
    second = http.get(server.url("/feed.rss"), kind="feed", validators={"etag": first.etag})
    assert second.not_modified
    assert second.ok


def test_per_host_concurrency_and_delay_are_kept(server: FaultServer) -> None:
    in_flight = [0, 0]  # now, peak
    lock = threading.Lock()

    def slow(req) -> None:
        with lock:
            in_flight[0] += 1
            in_flight[1] = max(in_flight[1], in_flight[0])
        time.sleep(0.1)
        with lock:
            in_flight[0] -= 1
        req.reply(200, b"<p>ok</p>")

    for n in range(6):
        server.routes[f"/p{n}.html"] = slow
    http = client(per_host_concurrency=2, min_delay=0.05, workers=6)
    threads = [threading.Thread(target=http.get, args=(server.url(f"/p{n}.html"),)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert in_flight[1] == 2
    starts = sorted(h.at for h in server.hits if h.path.startswith("/p"))
    assert len(starts) == 6
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.04


# Test pages written for this project (Russian and Japanese: "The president's visit to the
# summit was announced on Monday; the ministry confirmed the dates of the trip.")
RUSSIAN = "Визит президента на саммит объявили в понедельник; министерство подтвердило даты поездки. " * 8
JAPANESE = "大統領の首脳会議への訪問は月曜日に発表され、外務省は日程を確認しました。" * 8


@pytest.mark.parametrize(
    ("text", "codec", "how"),
    [
        (RUSSIAN, "cp1251", "header"),
        (RUSSIAN, "cp1251", "meta"),
        (RUSSIAN, "cp1251", "none"),
        (JAPANESE, "shift_jis", "header"),
        (JAPANESE, "shift_jis", "meta"),
        (JAPANESE, "shift_jis", "none"),
    ],
)
def test_legacy_charsets_decode_with_or_without_declaration(server, text, codec, how) -> None:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={codec}">' if how == "meta" else ""
    html = f"<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
    ctype = f"text/html; charset={codec}" if how == "header" else "text/html"
    server.page("/page.html", html.encode(codec), ctype)
    result = client().get(server.url("/page.html"))
    assert result.ok
    encoding = detect_encoding(result.body, result.charset)
    assert text.strip() in result.body.decode(encoding)


@pytest.mark.parametrize(
    ("body", "header", "expected"),
    [
        (b'<meta charset="windows-1251"><p>x</p>', "utf-8", "utf-8"),  # the header wins
        (b'<meta charset="windows-1251"><p>x</p>', None, "cp1251"),
        (b'<?xml version="1.0" encoding="Shift_JIS"?><rss/>', None, "shift_jis"),
        (b"\xef\xbb\xbf<p>bom</p>", None, "utf-8"),
        (b'<meta charset="no-such-codec"><p>plain ascii</p>', "bogus", "utf-8"),
    ],
)
def test_charset_precedence(body: bytes, header: str | None, expected: str) -> None:
    assert detect_encoding(body, header) == expected


def test_source_politeness_spaces_requests_to_its_host(server: FaultServer, tmp_path) -> None:
    from tests.fetch.fetchkit import rss, write_config
    from warrantwatch import fetch
    from warrantwatch.models import Window

    day = Window.for_day("2024-11-18")
    links = [(server.url(f"/s{n}.html"), f"Visit {n}", "Mon, 18 Nov 2024 10:00:00 GMT") for n in range(4)]
    server.page("/feed.rss", rss(links), "application/rss+xml")
    for n in range(4):
        server.page(f"/s{n}.html", article(f"Visit {n}"))
    source = {
        "name": "slow-site",
        "type": "rss",
        "url": server.url("/feed.rss"),
        "politeness": {"min_delay": 0.15, "per_host_concurrency": 1},
    }
    paths = write_config(tmp_path, [source], settings={"workers": 4})
    result = fetch.run_stage(day, paths, profile="test")
    assert result["pages_ok"] == 4
    starts = sorted(h.at for h in server.hits)
    assert len(starts) == 6  # robots.txt, the feed, four pages
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.14
