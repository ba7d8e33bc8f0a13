"""JSON Lines and standard input: the caller's fields are kept."""

from __future__ import annotations

import io
import json

from dyads.sources import read_inputs


def test_fields_are_kept_and_published_normalised(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({
        "id": "x1", "title": "Call", "url": "https://example.org/a", "publisher": "Wire",
        "published": "2020-03-17T09:30:00Z", "text": "Iran and Russia spoke.",
    }) + "\n", "utf-8")
    [article] = list(read_inputs([str(path)]))
    assert (article.id, article.title, article.url, article.publisher, article.published) == (
        "x1", "Call", "https://example.org/a", "Wire", "2020-03-17")


def test_a_story_without_id_gets_a_content_hash(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Iran and Russia spoke.", "utf-8")
    [first] = list(read_inputs([str(path)]))
    [again] = list(read_inputs([str(path)]))
    assert first.id.startswith("sha1:") and first.id == again.id


def test_standard_input_as_text_and_as_jsonl():
    [plain] = list(read_inputs(["-"], stdin=io.BytesIO(b"Turkey said it would host talks.")))
    assert plain.text == "Turkey said it would host talks."
    lines = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'
    assert [a.id for a in read_inputs(["-"], stdin=io.BytesIO(lines))] == ["a", "b"]


def test_a_line_nested_too_deeply_is_reported_alone(tmp_path):
    from dyads.record import Article, Problem
    from dyads.sources import read_inputs

    path = tmp_path / "feed.jsonl"
    path.write_text("[" * 200_000 + "\n" + '{"text": "Iran condemned Israel on Monday, officials said."}\n', "utf-8")
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Problem) and items[0].origin.endswith("feed.jsonl:1")
    assert "nested too deeply" in items[0].reason
    assert isinstance(items[1], Article)
