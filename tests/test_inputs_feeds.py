"""RSS and Atom feeds: every item is a story, from its page when it can be fetched.

No test touches the network: pages come from an injected fetcher.
"""

from __future__ import annotations

import subprocess
import sys
import urllib.error

import pytest

from dyads.record import Article, Problem
from dyads.sources import read_inputs
from dyads.sources.feeds import html_to_text
from dyads.sources.read import ReadOptions
from tests.conftest import EXAMPLES
from tests.webpages import FURNITURE, feed_xml, story_page, write_feed

NATO = (EXAMPLES / "01-nato-article-five.txt").read_text("utf-8")
CHILE = (EXAMPLES / "07-chile-fare-hike-suspended.txt").read_text("utf-8")
ITEMS = [
    {"title": "NATO invokes Article 5", "link": "https://wire.example.org/nato",
     "published": "2001-09-12", "summary": "<p>NATO allies agreed on Wednesday to treat the attacks "
     "as an attack on all members.</p><p>It is a first in the alliance's history.</p>"},
    {"title": "Chile suspends fare rise", "link": "https://wire.example.org/chile",
     "published": "2019-10-20", "summary": "Chilean President Sebastián Piñera said he would suspend a rise "
     "in metro fares."},
]
PAGES = {
    "https://wire.example.org/nato": story_page(NATO, title="Page title", published="2001-09-12"),
    "https://wire.example.org/chile": story_page(CHILE, published="2019-10-20"),
}


class Web:
    """A fetcher over a dict of pages that records what was asked."""

    def __init__(self, pages, error=None):
        self.pages, self.error, self.asked = pages, error, []

    def __call__(self, url: str) -> bytes:
        self.asked.append(url)
        if self.error is not None:
            raise self.error
        if url not in self.pages:
            raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)
        return self.pages[url].encode("utf-8")


@pytest.mark.parametrize("atom", [False, True], ids=["rss", "atom"])
def test_items_are_read_from_their_fetched_pages(tmp_path, atom):
    feed = write_feed(tmp_path / ("world.atom" if atom else "world.rss"), ITEMS, title="Dyads Wire: World", atom=atom)
    web = Web(PAGES)
    nato, chile = read_inputs([str(feed)], options=ReadOptions(fetcher=web))
    assert web.asked == [item["link"] for item in ITEMS]
    assert nato.text.startswith("NATO allies agreed on Wednesday that the attacks")
    assert "Colin Powell welcomed the decision" in nato.text  # the whole story, not the teaser
    assert not any(word.lower() in nato.text.lower() for word in FURNITURE)
    assert (nato.title, nato.url, nato.published, nato.publisher) == (
        "NATO invokes Article 5", "https://wire.example.org/nato", "2001-09-12", "Dyads Wire: World")
    assert nato.origin == f"{feed}#1" and chile.origin == f"{feed}#2"
    assert chile.dateline.startswith("SANTIAGO")


def test_without_fetching_the_summaries_are_coded_without_their_html(tmp_path):
    feed = write_feed(tmp_path / "world.xml", ITEMS)
    web = Web(PAGES)
    nato, chile = read_inputs([str(feed)], options=ReadOptions(fetch=False, fetcher=web))
    assert web.asked == []
    assert nato.text == (
        "NATO allies agreed on Wednesday to treat the attacks as an attack on all members.\n\n"
        "It is a first in the alliance's history.")
    assert chile.text.startswith("Chilean President Sebastián Piñera") and "<" not in chile.text
    assert (chile.title, chile.published, chile.publisher) == ("Chile suspends fare rise", "2019-10-20", "Dyads Wire")


def test_when_the_network_is_down_it_is_tried_once_and_summaries_are_coded(tmp_path):
    feed = write_feed(tmp_path / "world.xml", ITEMS)
    web = Web(PAGES, error=urllib.error.URLError("Name or service not known"))
    items = list(read_inputs([str(feed)], options=ReadOptions(fetcher=web)))
    assert len(web.asked) == 1  # not once more for every item
    warning, nato, chile = items
    assert isinstance(warning, Problem) and not warning.fatal
    assert "could not be fetched (Name or service not known)" in warning.reason
    assert nato.text.startswith("NATO allies agreed on Wednesday to treat")
    assert isinstance(chile, Article)


def test_a_missing_page_falls_back_to_its_summary_and_the_next_is_still_fetched(tmp_path):
    feed = write_feed(tmp_path / "world.xml", ITEMS)
    web = Web({"https://wire.example.org/chile": PAGES["https://wire.example.org/chile"]})
    nato, chile = read_inputs([str(feed)], options=ReadOptions(fetcher=web))
    assert nato.text.startswith("NATO allies agreed on Wednesday to treat")  # the summary
    assert "La Moneda palace" in chile.text  # the fetched page


def test_full_content_is_preferred_to_the_summary(tmp_path):
    feed = write_feed(tmp_path / "f.rss", [{
        "title": "T", "summary": "Short teaser.",
        "content": "<p>Iran said on Tuesday it would resume talks with Russia.</p><p>Second paragraph.</p>",
    }])
    [article] = read_inputs([str(feed)], options=ReadOptions(fetch=False))
    assert article.text == "Iran said on Tuesday it would resume talks with Russia.\n\nSecond paragraph."


def test_a_feed_url_is_fetched_and_a_page_url_is_one_story():
    feed = feed_xml(ITEMS)
    web = Web({"https://wire.example.org/rss": feed, **PAGES,
               "https://wire.example.org/page": PAGES["https://wire.example.org/nato"]})
    items = list(read_inputs(
        ["https://wire.example.org/rss", "https://wire.example.org/page"], options=ReadOptions(fetcher=web)))
    assert [i.origin for i in items] == [
        "https://wire.example.org/rss#1", "https://wire.example.org/rss#2", "https://wire.example.org/page"]
    assert items[2].url == "https://wire.example.org/page" and items[2].title == "Page title"


def test_a_url_offline_or_unreachable_is_a_problem():
    [offline] = read_inputs(["https://wire.example.org/rss"], options=ReadOptions(fetch=False))
    assert "reading from the network is off" in offline.reason
    web = Web({}, error=urllib.error.URLError("timed out"))
    [down] = read_inputs(["https://wire.example.org/rss"], options=ReadOptions(fetcher=web))
    assert str(down) == "dyads: failed: https://wire.example.org/rss: could not be fetched (timed out)"


def test_a_feed_without_items_and_an_item_without_text_are_problems(tmp_path):
    (tmp_path / "broken.xml").write_text("<rss><channel><title>x</title>", "utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', "utf-8")
    write_feed(tmp_path / "bare.rss", [{"title": "Only a title"}, ITEMS[1]])
    items = list(read_inputs([str(tmp_path)], options=ReadOptions(fetch=False)))
    reasons = [(i.origin.removeprefix(str(tmp_path) + "/"), getattr(i, "reason", "article")) for i in items]
    assert reasons[0] == ("bare.rss#1", "feed item with no text (no summary or content, and its page was not read)")
    assert reasons[1] == ("bare.rss#2", "article")
    assert reasons[2][0] == "broken.xml" and reasons[2][1].startswith("not an RSS or Atom feed")
    assert reasons[3][0] == "sitemap.xml" and reasons[3][1].startswith("not an RSS or Atom feed")


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    html = "<p>One <b>two</b></p><script>x()</script><ul><li>three</li></ul>four<br>five"
    assert html_to_text(html) == "One two\n\nthree\n\nfour five"
    assert html_to_text("plain   text") == "plain text"



def test_a_summary_with_control_characters_is_coded_and_the_run_goes_on(tmp_path):
    # lxml refused the control byte when a paragraph break was set: a ValueError that
    # stopped the run (found by the torture suite, issue 15)
    feed = write_feed(tmp_path / "f.rss", [
        {"title": "T", "summary": "<p>Iran condemned\x01 the United States</p>\x1b<p>on Monday.</p>"},
        ITEMS[1]])
    first, second = read_inputs([str(feed)], options=ReadOptions(fetch=False))
    assert first.text == "Iran condemned the United States\n\non Monday."
    assert second.text.startswith("Chilean President")
    assert html_to_text("<p>a\x00b</p>c\x0bd") == "a b\n\nc d"


def test_a_feed_that_declares_entities_is_refused_and_the_good_story_coded(tmp_path):
    # the "billion laughs" bomb: expat refuses it, and feedparser's fallback parser
    # used to code its raw references as a story
    lol = "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 16))
    bomb = tmp_path / "bomb.rss"
    bomb.write_text(f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">{lol}]><rss version="2.0"><channel>'
                    "<item><title>x</title><description>&lol15;</description></item></channel></rss>")
    good = tmp_path / "good.txt"
    good.write_text("Iran condemned the United States on Monday.")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "dyads", "code", str(bomb), str(good), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "bomb.rss: a feed that declares XML entities" in done.stderr and "Traceback" not in done.stderr
    assert len(out.read_text().splitlines()) == 1  # the good story only
