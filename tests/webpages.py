"""Test helpers that turn stories into the inputs the readers meet on the web.

`story_page` dresses a story as a news site would (menu, header, related links,
footer, cookie banner); `write_warc` stores pages as a crawler does; `write_feed`
writes an RSS 2.0 or Atom feed. The furniture words are listed in `FURNITURE` so
tests can check that none of them reach the extracted text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Words that only the page furniture uses: none may appear in a story's extracted text.
FURNITURE = (
    "Subscribe", "Newsletter", "cookies", "Privacy Policy", "Terms of Use",
    "All rights reserved", "Most read", "Sign in", "Advertisement",
)


def story_page(
    text: str,
    title: str | None = None,
    publisher: str | None = "Dyads Wire",
    published: str | None = None,
    url: str | None = None,
    lang: str = "en",
) -> str:
    """A news page holding the story `text` (one paragraph a line) amid site furniture.

    The metadata (title, `og:site_name`, `article:published_time`, canonical URL)
    is written only for the arguments given, so tests can leave any of it out.
    """
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    title = title if title is not None else (paragraphs[1][:70] if len(paragraphs) > 1 else "News")
    site = publisher or "Daily Example"
    meta = [f'<meta property="og:title" content="{escape(title)}">']
    if publisher:
        meta.append(f'<meta property="og:site_name" content="{escape(publisher)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}T08:30:00+00:00">')
    if url:
        meta.append(f'<link rel="canonical" href="{escape(url)}">')
        meta.append(f'<meta property="og:url" content="{escape(url)}">')
    body = "\n".join(f"      <p>{escape(p)}</p>" for p in paragraphs)
    shown_date = (
        f'<time datetime="{published}">{date.fromisoformat(published):%d %B %Y}</time>'
        if published else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{escape(title)} | {escape(site)}</title>
  {chr(10).join('  ' + m for m in meta)}
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script>window.dataLayer = window.dataLayer || []; function track() {{}}</script>
  <style>body {{ font-family: sans-serif; }}</style>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">
    <p>We use cookies to improve your experience. Read our Privacy Policy to learn more.</p>
    <button>Accept all cookies</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{escape(site)}</a>
    <nav class="main-menu">
      <ul>
        <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
        <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/newsletter">Newsletter</a></li><li><a href="/login">Sign in</a></li>
        <li><a href="/subscribe">Subscribe</a></li>
      </ul>
    </nav>
  </header>
  <div class="ad-slot">Advertisement</div>
  <main>
    <article class="story">
      <h1>{escape(title)}</h1>
      <div class="byline">By Staff Reporter {shown_date}</div>
{body}
    </article>
    <aside class="related">
      <h2>Most read</h2>
      <ul>
        <li><a href="/world/1">Markets slide as investors weigh the outlook for rates</a></li>
        <li><a href="/world/2">Ten recipes for a quick weekday dinner</a></li>
        <li><a href="/world/3">Weather warning issued for the coast this weekend</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>Subscribe to our Newsletter for the day's headlines.</p>
    <ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul>
    <p>&copy; 2024 {escape(site)}. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def write_warc(
    path: Path, pages: Sequence[tuple[Any, ...]], gzip: bool = True
) -> list[int]:
    """Write a WARC of request + response records, one pair per page; return the response offsets.

    Each page is `(url, html)` or `(url, body, content_type, status)` so tests can
    add images, redirects and errors; a `str` body is encoded as UTF-8.
    """
    offsets = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for page in pages:
            url, body = page[0], page[1]
            content_type = page[2] if len(page) > 2 else "text/html; charset=utf-8"
            status = page[3] if len(page) > 3 else 200
            payload = body.encode("utf-8") if isinstance(body, str) else body
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(
                    f"GET {url} HTTP/1.1", [("Host", url.split("/")[2] if "//" in url else url)],
                    protocol="HTTP/1.1", is_http_request=True,
                ),
            )
            writer.write_record(request)
            reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}.get(status, "Status")
            response = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload),
                http_headers=StatusAndHeaders(
                    f"{status} {reason}",
                    [("Content-Type", content_type), ("Content-Length", str(len(payload)))],
                    protocol="HTTP/1.1",
                ),
            )
            offsets.append(out.tell())
            writer.write_record(response)
    return offsets


def write_feed(
    path: Path,
    items: Iterable[Mapping[str, Any]],
    title: str = "Dyads Wire",
    atom: bool = False,
    link: str = "https://wire.example.org/",
) -> Path:
    """Write an RSS 2.0 (or Atom) feed of `items` (see `feed_xml`) to `path`; return the path."""
    Path(path).write_text(feed_xml(items, title, atom, link), "utf-8")
    return Path(path)


def feed_xml(
    items: Iterable[Mapping[str, Any]],
    title: str = "Dyads Wire",
    atom: bool = False,
    link: str = "https://wire.example.org/",
) -> str:
    """An RSS 2.0 (or Atom) feed of `items`, each a dict of title, link, summary,
    content (HTML) and published (`YYYY-MM-DD`); any may be left out."""
    entries = []
    for item in items:
        stamp = None
        if item.get("published"):
            day = date.fromisoformat(item["published"])
            stamp = datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC)
        if atom:
            parts = ["<entry>"]
            if item.get("title"):
                parts.append(f"<title>{escape(item['title'])}</title>")
            if item.get("link"):
                parts.append(f'<link href="{escape(item["link"])}"/><id>{escape(item["link"])}</id>')
            if stamp:
                parts.append(f"<published>{stamp.isoformat()}</published><updated>{stamp.isoformat()}</updated>")
            if item.get("summary"):
                parts.append(f'<summary type="html">{escape(item["summary"])}</summary>')
            if item.get("content"):
                parts.append(f'<content type="html">{escape(item["content"])}</content>')
            parts.append("</entry>")
        else:
            parts = ["<item>"]
            if item.get("title"):
                parts.append(f"<title>{escape(item['title'])}</title>")
            if item.get("link"):
                parts.append(f"<link>{escape(item['link'])}</link><guid>{escape(item['link'])}</guid>")
            if stamp:
                parts.append(f"<pubDate>{format_datetime(stamp)}</pubDate>")
            if item.get("summary"):
                parts.append(f"<description>{escape(item['summary'])}</description>")
            if item.get("content"):
                parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
            parts.append("</item>")
        entries.append("".join(parts))
    if atom:
        document = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{escape(title)}</title><link href="{escape(link)}"/><id>{escape(link)}</id>'
            "<updated>2024-01-01T00:00:00Z</updated>"
            + "\n".join(entries) + "</feed>\n"
        )
    else:
        document = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{escape(title)}</title><link>{escape(link)}</link>"
            "<description>Stories</description>\n"
            + "\n".join(entries) + "</channel></rss>\n"
        )
    return document

