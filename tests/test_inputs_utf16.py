"""Stories saved as UTF-16 (Windows tools do): read through their byte-order mark, not called binary."""

from __future__ import annotations

from dyads.record import Article
from dyads.sources import read_inputs

STORY = "Iran condemned Israel on Monday over the raid, officials in Tehran said."


def test_a_utf16_text_file_is_a_story(tmp_path):
    for encoding in ("utf-16", "utf-16-be"):
        path = tmp_path / f"story-{encoding}.txt"
        data = STORY.encode(encoding)
        path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
        items = list(read_inputs([str(path)]))
        assert len(items) == 1 and isinstance(items[0], Article), items
        assert items[0].text == STORY


def test_a_utf16_html_page_is_a_story(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><body><article><p>{STORY}</p></article></body></html>".encode("utf-16"))
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    assert STORY in items[0].text
