"""RSS and Atom feeds (files or http(s) URLs): every item is one story.

An item's page is fetched when `ReadOptions.fetch` is on and the network
answers; otherwise (or when the page holds no main text) the item's own content
or summary is coded, its HTML stripped. The item's title, link and date and the
feed's title fill the article's fields, over whatever the page says. Downloads go
through `ReadOptions.fetcher`, so tests and users can put their own in.
"""

from __future__ import annotations

import io
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
import lxml.html

from dyads import __version__
from dyads.record import Article, Problem
from dyads.sources.clean import CleaningRules
from dyads.sources.html import article_from_html, merge_fields
from dyads.sources.read import (
    URL_PREFIXES,
    Fetcher,
    Item,
    ReadOptions,
    finish_article,
    parse_published,
    too_large,
)

TIMEOUT = 10.0  # seconds: a news site slower than this to answer is treated as unreachable
# seconds for a whole page: a server that sends a byte now and then never trips the
# per-read timeout above, and would hold a run for ever
FETCH_DEADLINE = 60.0
USER_AGENT = f"dyads/{__version__}"
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")
# Characters XML cannot hold (C0 controls but tab and line ends): lxml keeps them in a
# parsed fragment but refuses them when a text is set, which stopped the whole run.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def fetch_url(url: str, timeout: float = TIMEOUT, max_bytes: int = 50_000_000) -> bytes:
    """The body of an http(s) URL; raises `OSError` (e.g. `urllib.error.URLError`) on failure."""
    if not url.lower().startswith(URL_PREFIXES):
        raise urllib.error.URLError(f"not an http(s) address: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + FETCH_DEADLINE
    chunks: list[bytes] = []
    size = 0
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
        while chunk := response.read1(1 << 16):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise OSError(too_large(size, max_bytes))
            if time.monotonic() > deadline:
                raise TimeoutError(f"the page took more than {FETCH_DEADLINE:g} s to arrive")
    return b"".join(chunks)


def read_feed_file(
    path: Path, rules: CleaningRules | None = None, options: ReadOptions | None = None
) -> Iterator[Item]:
    """The items of a feed file (.xml, .rss, .atom)."""
    options = options or ReadOptions()
    size = path.stat().st_size
    if size > options.max_bytes:
        yield Problem(str(path), too_large(size, options.max_bytes))
        return
    yield from read_feed(str(path), path.read_bytes(), rules, options)


def read_url(url: str, rules: CleaningRules | None = None, options: ReadOptions | None = None) -> Iterator[Item]:
    """The items of a feed at an http(s) URL; a URL that gives a web page is read as one story."""
    options = options or ReadOptions()
    if not options.fetch:
        yield Problem(url, "not fetched: reading from the network is off (--offline)")
        return
    try:
        data = options.get_fetcher()(url)
    except (OSError, ValueError) as error:
        yield Problem(url, f"could not be fetched ({_reason(error)})")
        return
    if _declares_entities(data) and not _looks_like_html(data):
        yield Problem(url, ENTITY_REFUSAL)
        return
    parsed = _parse(data)
    if not parsed.entries and _looks_like_html(data):
        yield article_from_html(url, data, url=url, rules=rules, max_bytes=options.max_page_bytes)
        return
    yield from _items(url, parsed, rules, options)


def read_feed(
    origin: str, data: bytes, rules: CleaningRules | None = None, options: ReadOptions | None = None
) -> Iterator[Item]:
    """The items of a feed document; each item's origin is "ORIGIN#N", N counting from 1."""
    if _declares_entities(data):
        yield Problem(origin, ENTITY_REFUSAL)
        return
    yield from _items(origin, _parse(data), rules, options or ReadOptions())


# No news feed declares entities of its own; a document that does is an attack (the
# "billion laughs" bomb, or an external entity that reads a local file). expat refuses
# the bomb, but feedparser's fallback parser then coded its raw references as a story.
ENTITY_REFUSAL = ("a feed that declares XML entities (<!ENTITY ...>) is refused: they can expand "
                  "without bound or read local files")
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _declares_entities(data: bytes) -> bool:
    """Whether the document's prolog (its DOCTYPE, before the root element) declares an entity."""
    head = data[:1_000_000]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    doctype = head.find(b"<!DOCTYPE")
    if doctype < 0:
        doctype = head.find(b"<!doctype")
    return doctype >= 0 and bool(_ENTITY.search(head, doctype))


def _parse(data: bytes) -> Any:
    # A stream, never bytes or str: feedparser takes a string for a URL or a
    # file name and would open it.
    return feedparser.parse(io.BytesIO(data))


def _items(origin: str, parsed: Any, rules: CleaningRules | None, options: ReadOptions) -> Iterator[Item]:
    if not parsed.entries:
        error = parsed.get("bozo_exception")
        detail = f" ({_reason(error)})" if error else ""
        yield Problem(origin, f"not an RSS or Atom feed, or a feed without items{detail}")
        return
    publisher = _clean(parsed.feed.get("title"))
    fetcher: Fetcher | None = options.get_fetcher() if options.fetch else None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        link = _clean(entry.get("link"))
        article: Article | None = None
        if fetcher is not None and link and link.lower().startswith(URL_PREFIXES):
            try:
                page = fetcher(link)
            except urllib.error.HTTPError:
                page = None  # this page is gone or forbidden; the next may be fine
            except (OSError, ValueError) as error:
                # The network is not there (or the site hangs): do not wait
                # TIMEOUT seconds again for every remaining item.
                fetcher = None
                page = None
                yield Problem(
                    origin,
                    f"item links could not be fetched ({_reason(error)}); "
                    "coding the items' summaries instead",
                    fatal=False,
                )
            if page is not None:
                found = article_from_html(where, page, url=link, rules=rules, max_bytes=options.max_page_bytes)
                article = found if isinstance(found, Article) else None
        if article is None:
            text = html_to_text(_item_html(entry))
            if not text:
                yield Problem(where, "feed item with no text (no summary or content, and its page was not read)")
                continue
            article = finish_article(Article(text=text, origin=where), rules)
        yield merge_fields(article, {
            "url": link, "title": _clean(entry.get("title")),
            "published": _item_date(entry), "publisher": publisher,
        })


def _item_html(entry: Mapping[str, Any]) -> str:
    # The full content (content:encoded, Atom content) beats the summary, which
    # is often a teaser of the first sentence.
    contents = [c.get("value", "") for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph a block, separated by blank lines."""
    if not html or not html.strip():
        return ""
    html = _NOT_XML.sub(" ", html)
    if "<" not in html:
        return _paragraph_text(html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _paragraph_text(re.sub(r"<[^>]*>", " ", html))
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        element.text = "\n\n" + (element.text or "")
    return _paragraph_text(root.text_content())


def _paragraph_text(text: str) -> str:
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _item_date(entry: Mapping[str, Any]) -> str | None:
    # The date as the publisher wrote it (its local day), not feedparser's UTC
    # struct: a story of 01:00 in Tokyo is dated that day, not the day before.
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if not value:
            continue
        iso = parse_published(value)
        if iso:
            return iso
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _reason(error: BaseException) -> str:
    reason = getattr(error, "reason", None) or error
    return str(reason) or type(error).__name__


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
