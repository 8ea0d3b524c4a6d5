"""The bundled demo sites: every layout (JSON-LD, OpenGraph only, no metadata) yields articles
with a title and a publication date inside the demo days."""

from __future__ import annotations

from datetime import UTC, datetime

from warrantwatch.parse import decode_html, parse_html
from warrantwatch.settings import DEMO_DIR

SITES = DEMO_DIR / "sites"
HOSTS = ("meridian-times.example", "harbour-courier.example", "plainpost.example")


def test_each_layout_gives_titles_and_dates() -> None:
    for host in HOSTS:
        articles = []
        for page in sorted((SITES / host).rglob("*.html")):
            url = f"http://{host}/{page.relative_to(SITES / host).as_posix()}"
            article = parse_html(decode_html(page.read_bytes()), url, latest=datetime(2024, 12, 1, tzinfo=UTC))
            if article.skipped is None:
                articles.append(article)
        assert len(articles) >= 3, host
        for article in articles:
            assert article.title, article.url
            assert article.published is not None, article.url
            assert "2024-11-18" <= article.published[:10] <= "2024-11-22", article.url
