"""HTML pages: the story's text comes out, the site's furniture does not."""

from __future__ import annotations

import json

import pytest

from dyads.evaluate.extraction import evaluate_pages, token_f1
from dyads.record import Article, Problem
from dyads.sources import read_inputs
from dyads.sources.html import NO_TEXT, article_from_html
from tests.conftest import EXAMPLES
from tests.webpages import FURNITURE, story_page

STORIES = sorted(EXAMPLES.glob("*.txt"))


def _example(path):
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    return path.read_text("utf-8"), expected


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of a text: what dyads codes as paragraphs."""
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("path", STORIES, ids=[p.stem for p in STORIES])
def test_an_example_page_reads_like_the_example_file(path):
    text, expected = _example(path)
    [from_file] = list(read_inputs([str(path)]))
    url = f"https://wire.example.org/world/{path.stem}"
    page = story_page(text, title=f"Headline of {path.stem}", published=expected["published"], url=url)
    article = article_from_html("page.html", page)
    assert isinstance(article, Article)
    # The same story text as the plain file, paragraph by paragraph.
    assert paragraphs(article.text) == paragraphs(from_file.text)
    assert "\n\n" in article.text  # paragraphs apart, as blank lines
    for word in FURNITURE:
        assert word.lower() not in article.text.lower()
    assert article.title == f"Headline of {path.stem}"
    assert article.published == expected["published"]
    assert article.publisher == "Dyads Wire"
    assert article.url == url
    assert article.dateline == from_file.dateline
    assert article.removed == expected.get("boilerplate_removed", [])
    assert article.language == "en"


def test_the_given_url_wins_and_the_canonical_one_is_used_otherwise():
    text = (EXAMPLES / "05-au-pretoria-deal.txt").read_text("utf-8")
    page = story_page(text, url="https://wire.example.org/canonical")
    assert article_from_html("p", page).url == "https://wire.example.org/canonical"
    assert article_from_html("p", page, url="https://mirror.example.net/x").url == "https://mirror.example.net/x"


def test_a_page_without_metadata_takes_date_and_publisher_from_the_dateline():
    text = (EXAMPLES / "01-nato-article-five.txt").read_text("utf-8")
    article = article_from_html("bare.html", story_page(text, publisher=None, published=None))
    assert isinstance(article, Article)
    assert article.url is None
    assert article.published == "2001-09-12"  # from "BRUSSELS, September 12, 2001 (Dyads Wire) -"
    assert article.publisher == "Dyads Wire"
    assert article.text.startswith("NATO allies agreed on Wednesday")


def test_bytes_in_another_charset_are_decoded_from_the_page():
    page = story_page(
        "Le président a parlé avec le chancelier allemand mardi soir à Paris.\n"
        "Les deux dirigeants ont évoqué la guerre en Ukraine et les sanctions contre la Russie.",
        title="Appel", lang="fr",
    ).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    article = article_from_html("fr.html", page.encode("latin-1"))
    assert isinstance(article, Article)
    assert "Le président a parlé" in article.text
    assert article.language == "fr"


def test_a_fragment_of_html_is_a_page_too():
    article = article_from_html("x", "<p>Iran said on Tuesday it would resume talks with Russia.</p>")
    assert isinstance(article, Article) and article.text == "Iran said on Tuesday it would resume talks with Russia."


def test_html_files_are_read_by_suffix_and_in_folders(tmp_path):
    text = (EXAMPLES / "02-india-pakistan-dialogue.txt").read_text("utf-8")
    (tmp_path / "site" / "world").mkdir(parents=True)
    (tmp_path / "site" / "world" / "b.htm").write_text(story_page(text, published="2004-01-06"), "utf-8")
    (tmp_path / "site" / "a.html").write_text(story_page(text, published="2004-01-06"), "utf-8")
    (tmp_path / "site" / ".cache.html").write_text(story_page(text), "utf-8")  # hidden: skipped
    items = list(read_inputs([str(tmp_path / "site")]))
    assert [item.origin for item in items] == [
        str(tmp_path / "site" / "a.html"), str(tmp_path / "site" / "world" / "b.htm")]
    assert all(isinstance(a, Article) and a.published == "2004-01-06" for a in items)


def test_an_html_field_in_jsonl_is_a_page_and_the_record_fields_win(tmp_path):
    text = (EXAMPLES / "03-merkel-medvedev-call.txt").read_text("utf-8")
    page = story_page(text, title="Page title", published="2008-08-11", url="https://page.example/x")
    path = tmp_path / "pages.jsonl"
    path.write_text(
        json.dumps({"id": "m1", "html": page, "title": "Merkel calls Medvedev", "publisher": "Archive"}) + "\n"
        + json.dumps({"id": "m2", "html": page, "published": "2008-08-12"}) + "\n",
        "utf-8",
    )
    first, second = read_inputs([str(path)])
    assert (first.id, first.title, first.publisher, first.published, first.url) == (
        "m1", "Merkel calls Medvedev", "Archive", "2008-08-11", "https://page.example/x")
    assert (second.id, second.title, second.publisher, second.published) == (
        "m2", "Page title", "Dyads Wire", "2008-08-12")
    assert first.text.startswith("German Chancellor Angela Merkel")


@pytest.mark.parametrize("html", [
    "<html><head><title>Home</title></head><body></body></html>",
    "<html><body><script>var x = 1;</script></body></html>",
])
def test_a_page_with_no_main_text_is_a_problem(html):
    problem = article_from_html("empty.html", html)
    assert isinstance(problem, Problem)
    assert str(problem) == "dyads: failed: empty.html: HTML page with no main text"


def test_token_f1_counts_words_not_order_or_punctuation():
    assert token_f1("Iran spoke to Russia.", "russia, iran spoke to") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert token_f1("a b", "") == 0.0


def test_the_example_pages_lose_no_story_words_and_keep_no_furniture():
    pairs = []
    for path in STORIES:
        text, expected = _example(path)
        [from_file] = list(read_inputs([str(path)]))
        pairs.append((from_file.text, story_page(text, title=path.stem, published=expected["published"])))
    scores = evaluate_pages(pairs)
    assert scores["pages"] == len(STORIES) and scores["failed"] == 0
    assert scores["dyads"].f1 >= 0.99
    assert scores["dyads"].f1 > scores["trafilatura"].f1  # headline, dateline and furniture lines go


@pytest.mark.parametrize(("data", "reason"), [
    (bytes(range(128, 256)) * 40, "not an HTML page (no tags in it)"),
    (b"Just a line of plain text, with no markup at all.", "not an HTML page (no tags in it)"),
    (b"<html><body>" + bytes(range(128, 256)) * 40 + b"</body></html>", NO_TEXT),
    (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", NO_TEXT),
])
def test_junk_named_html_is_a_problem_not_a_story(data, reason):
    problem = article_from_html("junk.html", data)
    assert isinstance(problem, Problem) and problem.reason == reason
