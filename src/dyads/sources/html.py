"""Web pages: the main text of a news page, its title, date, publisher and address.

trafilatura finds the main text (set for precision: a menu line in a story costs
more than a lost sentence) and, through htmldate, the publication date. The page
is only parsed, never fetched: this works offline.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import replace

import trafilatura

from dyads.record import Article, Problem
from dyads.sources.clean import CleaningRules, clean_article
from dyads.sources.language import with_language

NO_TEXT = "HTML page with no main text"
MIN_WORDS = 4
_TAG = re.compile(r"<[A-Za-z!?/]")

# trafilatura and htmldate log malformed pages at WARNING/ERROR; without a handler
# Python would print those on stderr beside dyads' own, clearer Problem lines.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_DATE_PARAMS = {
    "extensive_search": False,  # a date found in the story's words is not its publication date
    "original_date": True,  # first publication, not the last edit
    "outputformat": "%Y-%m-%d",
}


# Extraction time grows with a page's size (about 0.8 s a MB of text-heavy HTML, and a
# 49 MB page ran for minutes before its text was even coded): a bound of its own.
# News pages, scripts and all, are rarely over 5 MB.
DEFAULT_MAX_PAGE_BYTES = 10_000_000


def article_from_html(
    origin: str,
    html: str | bytes,
    url: str | None = None,
    rules: CleaningRules | None = None,
    max_bytes: int = DEFAULT_MAX_PAGE_BYTES,
) -> Article | Problem:
    """The cleaned article of one web page, or a `Problem` naming `origin`.

    The text keeps one paragraph a block, separated by blank lines; `url` is the
    given one, else the page's canonical or `og:url` address; `publisher` is the
    page's `og:site_name`; `published` is `YYYY-MM-DD` from the page metadata.
    A page over `max_bytes` is refused before it is parsed (`--max-page-mb`).
    """
    if len(html) > max_bytes:
        return Problem(origin, f"a web page of {len(html) / 1_000_000:.1f} MB is over the limit of "
                               f"{max_bytes / 1_000_000:g} MB for one page (--max-page-mb)")
    if isinstance(html, bytes):
        problem = _binary_problem(origin, html)
        if problem:
            return problem
        if html.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
            try:
                html = html.decode("utf-16")
            except UnicodeDecodeError:
                return Problem(origin, "not valid UTF-16 (it opens with a UTF-16 byte-order mark)")
    elif not html.strip():
        return Problem(origin, "empty HTML page")
    if not _TAG.search(html[:8192] if isinstance(html, str) else html[:8192].decode("latin-1")):
        return Problem(origin, "not an HTML page (no tags in it)")
    html = _as_document(html)
    try:
        # trafilatura's own balance of precision and recall (its best F1 on public
        # benchmarks), without reader comments, which are not the story.
        document = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as error:  # noqa: BLE001 - lxml and trafilatura raise many kinds on junk
        return Problem(origin, f"HTML page could not be parsed ({type(error).__name__}: {error})")
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return Problem(origin, NO_TEXT)
    title = _clean(document.title)
    text = _paragraphs(text, title)
    # trafilatura's last resort returns whatever words a page has, down to a
    # lone menu item ("Home") or button: that is no story.
    if len(text.split()) < MIN_WORDS:
        return Problem(origin, NO_TEXT)
    if _undecodable_share(text) > 0.05:
        return Problem(origin, "binary file, not an HTML page (its text is mostly undecodable bytes)")
    article = Article(
        text=text,
        url=url or _clean(document.url),
        title=title,
        publisher=_clean(document.sitename),
        published=_valid_date(document.date),
        origin=origin,
    )
    return with_language(clean_article(article, rules))


def merge_fields(page: Article, fields: Mapping[str, str | None]) -> Article:
    """The page's article with every field the input itself gave (not None) put over it."""
    return replace(page, **{name: value for name, value in fields.items() if value is not None})


def _paragraphs(text: str, title: str | None) -> str:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    # trafilatura keeps the headline as the first line of the text; the story,
    # and its dateline, start after it (the title is kept in Article.title).
    if lines and title and _same_words(lines[0], title):
        lines = lines[1:]
    return "\n\n".join(lines)


def _same_words(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()


def _as_document(html: str | bytes) -> str | bytes:
    # trafilatura takes a bare fragment ("<p>...</p>", as JSONL records and
    # feeds carry) for something other than HTML and finds no text in it.
    head = html[:2048].lower()
    if isinstance(html, bytes):
        return html if b"<html" in head or b"<body" in head else b"<html><body>" + html + b"</body></html>"
    return html if "<html" in head or "<body" in head else f"<html><body>{html}</body></html>"


def _undecodable_share(text: str) -> float:
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\n\t"))
    return bad / len(text)


def _binary_problem(origin: str, data: bytes) -> Problem | None:
    if not data.strip():
        return Problem(origin, "empty HTML page")
    head = data[:8192]
    # UTF-16 pages hold NUL bytes too, but open with a byte-order mark.
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(origin, "binary file (it contains NUL bytes), not an HTML page")
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _valid_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return None
