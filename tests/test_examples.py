"""The bundled example stories: each codes cleanly, with its dateline and furniture read."""

from __future__ import annotations

import json

import pytest

from dyads.record import Article
from dyads.sources import read_inputs
from tests.conftest import EXAMPLES

STORIES = sorted(EXAMPLES.glob("*.txt"))


def test_there_are_examples():
    assert len(STORIES) >= 30


@pytest.mark.parametrize("path", STORIES, ids=[p.stem for p in STORIES])
def test_example_dateline_furniture_and_speakers(path, coder):
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    [article] = list(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.published == expected["published"]
    assert article.removed == expected.get("boilerplate_removed", [])
    record = next(coder.code_articles([article]))
    assert record.article.publisher == expected.get("publisher")
    for want in expected.get("quotes", []):
        quote = next((q for q in record.quotes if want["text_contains"] in q.text), None)
        assert quote is not None, f"no quote with {want['text_contains']!r}"
