"""Web archives: every HTML page is a story; everything else is passed over."""

from __future__ import annotations

import json

import pytest

from dyads.record import Article, Problem
from dyads.sources import read_inputs
from dyads.sources.read import ReadOptions
from dyads.sources.warc import read_warc
from tests.conftest import EXAMPLES
from tests.webpages import FURNITURE, story_page, write_warc

STORIES = sorted(EXAMPLES.glob("*.txt"))


def _page(path, site="wire.example.org"):
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    url = f"https://{site}/news/{path.stem}"
    return url, story_page(path.read_text("utf-8"), title=path.stem, published=expected["published"], url=url)


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_every_page_of_an_archive_is_a_story_in_order(tmp_path, gzip):
    pages = [_page(p) for p in STORIES[:4]]
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    offsets = write_warc(path, pages, gzip=gzip)
    articles = list(read_inputs([str(path)]))
    assert all(isinstance(a, Article) for a in articles)
    assert [a.url for a in articles] == [url for url, _ in pages]
    assert [a.origin for a in articles] == [f"{path}#{offset}" for offset in offsets]
    first = articles[0]
    assert first.text.startswith("NATO allies agreed on Wednesday")
    assert first.published == "2001-09-12" and first.publisher == "Dyads Wire" and first.title == STORIES[0].stem
    assert not any(word.lower() in a.text.lower() for a in articles for word in FURNITURE)


def test_requests_images_redirects_and_errors_are_passed_over(tmp_path):
    url, html = _page(STORIES[5])
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, [
        ("https://wire.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png", 200),
        ("https://wire.example.org/old", "<html><body>Moved</body></html>", "text/html", 301),
        ("https://wire.example.org/gone", story_page("Not found. " * 30), "text/html", 404),
        ("https://wire.example.org/feed", "{}", "application/json", 200),
        (url, html),
        ("https://wire.example.org/x.xhtml", html, "application/xhtml+xml", 200),
    ])
    articles = list(read_inputs([str(path)]))
    assert [a.url for a in articles] == [url, "https://wire.example.org/x.xhtml"]


def test_the_64_page_archive_of_two_sites(tmp_path):
    pages = [_page(p, site) for site in ("wire.example.org", "mirror.example.net") for p in STORIES]
    path = tmp_path / "two-sites.warc.gz"
    write_warc(path, pages)
    articles = list(read_inputs([str(path)]))
    assert len(articles) == 2 * len(STORIES) and all(isinstance(a, Article) for a in articles)
    assert articles[0].text == articles[len(STORIES)].text  # the same story on both sites


def test_a_truncated_archive_keeps_the_records_before_the_break(tmp_path):
    pages = [_page(p) for p in STORIES[:3]]
    whole = tmp_path / "whole.warc.gz"
    offsets = write_warc(whole, pages)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: offsets[2] + 400])  # into the third page's response
    items = list(read_inputs([str(cut)]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Problem"]
    assert items[1].url == pages[1][0]
    problem = items[2]
    assert problem.origin == f"{cut}#{offsets[2]}"
    assert "truncated or malformed archive" in problem.reason and "records before it were read" in problem.reason


def test_a_record_cut_short_in_an_uncompressed_archive(tmp_path):
    pages = [_page(p) for p in STORIES[:2]]
    whole = tmp_path / "whole.warc"
    offsets = write_warc(whole, pages, gzip=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-100])
    items = list(read_warc(cut))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Problem) and items[-1].origin == f"{cut}#{offsets[1]}"
    assert "cut short" in items[-1].reason


def test_junk_named_warc_is_a_problem(tmp_path):
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"this is not an archive at all\n" * 10)
    [problem] = list(read_inputs([str(junk)]))
    assert isinstance(problem, Problem) and problem.origin.startswith(str(junk))
    assert "not a WARC or ARC archive" in problem.reason


def test_an_empty_archive_and_one_without_pages_are_named(tmp_path):
    (tmp_path / "empty.warc").write_bytes(b"")
    write_warc(tmp_path / "images.warc.gz", [("https://x.example/a.png", b"\x89PNG", "image/png", 200)])
    problems = list(read_inputs([str(tmp_path / "empty.warc"), str(tmp_path / "images.warc.gz")]))
    assert [str(p) for p in problems] == [
        f"dyads: failed: {tmp_path / 'empty.warc'}: empty file",
        f"dyads: failed: {tmp_path / 'images.warc.gz'}: archive holds no HTML page "
        "(an HTTP 200 response of text/html)",
    ]


def test_a_page_over_the_limit_is_named_and_the_next_still_read(tmp_path):
    big_url, big = _page(STORIES[0])
    url, html = _page(STORIES[1])
    path = tmp_path / "big.warc.gz"
    write_warc(path, [(big_url, big + "<!-- padding -->" * 2000), (url, html)])
    items = list(read_warc(path, options=ReadOptions(max_bytes=20_000)))
    assert isinstance(items[0], Problem) and "larger than the limit" in items[0].reason
    assert isinstance(items[1], Article) and items[1].url == url
