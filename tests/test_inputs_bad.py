"""Bad input: every bad file or line is named with its reason, the rest is coded."""

from __future__ import annotations

import json
import os

from dyads.cli import main
from dyads.sources import read_inputs
from dyads.sources.read import ReadOptions, read_file
from tests.conftest import EXAMPLES
from tests.webpages import story_page, write_warc


def _run(capsys, *args):
    status = main(["code", *args])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_bad_files_are_named_and_good_ones_still_coded(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Russian President Vladimir Putin said on Tuesday that talks would go on.", "utf-8")
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG junk")
    (tmp_path / "latin1.txt").write_bytes("Le président a dit".encode("latin-1"))
    status, records, err = _run(
        capsys, str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.txt"), str(tmp_path / "latin1.txt"), str(good),
    )
    assert status == 1
    # the Latin-1 file is kept, read as Windows-1252 with a warning (test_inputs_odd_bytes.py)
    assert len(records) == 2 and "Putin" in records[1]["article"]["text"]
    assert records[0]["article"]["text"] == "Le président a dit"
    assert "missing.txt: no such file or folder" in err
    assert "empty.txt: empty file" in err
    assert "binary.txt: binary file" in err
    assert "latin1.txt: not UTF-8 (byte 0xe9 on line 1): read as Windows-1252" in err


def test_a_malformed_jsonl_line_is_named_with_its_number(tmp_path, capsys):
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps({"id": "one", "text": "Iran said it would talk to Russia."}) + "\n"
        + '{"id": "two", "text": "broken\n'
        + json.dumps({"id": "three", "html": "<html><body><nav><ul></ul></nav></body></html>"}) + "\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"id": "four", "text": "Turkey said it would host talks."}) + "\n",
        "utf-8",
    )
    status, records, err = _run(capsys, str(stories))
    assert status == 1
    assert [r["article"]["id"] for r in records] == ["one", "four"]
    assert "stories.jsonl:2: malformed JSON" in err
    assert "stories.jsonl:3: HTML page with no main text" in err
    assert "stories.jsonl:4: expected a JSON object" in err


def test_a_bad_date_is_a_warning_and_the_story_is_still_coded(tmp_path, capsys):
    stories = tmp_path / "dated.jsonl"
    stories.write_text(json.dumps({"text": "Iran said it would talk.", "published": "last Tuesday"}) + "\n", "utf-8")
    status, records, err = _run(capsys, str(stories))
    assert status == 0 and len(records) == 1
    assert "dated.jsonl:1" in err and "not a date" in err


def test_a_folder_is_walked_and_an_empty_folder_is_reported(tmp_path, capsys):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "story.txt").write_text("NATO said it would meet.", "utf-8")
    (tmp_path / "a" / "notes.md").write_text("# not a story kind", "utf-8")
    (tmp_path / "none").mkdir()
    status, records, err = _run(capsys, str(tmp_path / "a"), str(tmp_path / "none"))
    assert len(records) == 1
    assert status == 1 and "none: folder holds no story files (.txt, .jsonl" in err


def test_bad_web_inputs_are_named_and_good_stories_after_them_still_coded(tmp_path, capsys):
    story = (EXAMPLES / "01-nato-article-five.txt").read_text("utf-8")
    (tmp_path / "junk.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "menu.html").write_text(
        "<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav></body></html>", "utf-8")
    pages = [(f"https://wire.example.org/{n}", story_page(story, published="2001-09-12")) for n in range(3)]
    whole = tmp_path / "whole.warc.gz"
    offsets = write_warc(whole, pages)
    (tmp_path / "cut.warc.gz").write_bytes(whole.read_bytes()[: offsets[1] + 500])
    whole.unlink()
    (tmp_path / "rows.csv").write_text(
        'id,text\nr1,"Iran said it would talk to Russia."\nr2,"unclosed, "quote" here",x\n', "utf-8")
    other = (EXAMPLES / "07-chile-fare-hike-suspended.txt").read_text("utf-8")
    (tmp_path / "z-good.html").write_text(story_page(other, published="2019-10-20"), "utf-8")
    status, records, err = _run(capsys, str(tmp_path))
    assert status == 1
    assert [r["article"]["id"] for r in records if not r["article"]["id"].startswith("sha1:")] == ["r1"]
    assert len(records) == 3  # the first archived page, row r1 and z-good.html
    assert "junk.html: binary file (it contains NUL bytes), not an HTML page" in err
    assert "menu.html: HTML page with no main text" in err
    assert f"cut.warc.gz#{offsets[1]}: truncated or malformed archive at byte {offsets[1]}" in err
    assert "rows.csv:3: 3 fields where the header has 2" in err


def test_an_oversized_story_is_refused_unread_and_a_folder_named_txt_is_walked(tmp_path, capsys):
    big = tmp_path / "huge.txt"
    big.touch()
    os.truncate(big, 60_000_000)  # sparse: 60 MB on paper, nothing on disk
    folder = tmp_path / "x.txt"
    folder.mkdir()
    good = tmp_path / "good.txt"
    good.write_text("Turkey said on Tuesday that it would host talks between Russia and Ukraine.", "utf-8")
    status, records, err = _run(capsys, str(big), str(folder), str(good))
    assert status == 1 and len(records) == 1
    assert "huge.txt: 60.0 MB is larger than the limit of 50 MB for one story (--max-bytes)" in err
    assert "x.txt: folder holds no story files" in err


def test_a_file_that_cannot_be_read_is_named_with_the_reason(tmp_path, monkeypatch):
    folder = tmp_path / "story.txt"
    folder.mkdir()
    [problem] = read_file(folder)
    assert str(problem) == f"dyads: failed: {folder}: cannot be read (Is a directory)"
    locked = tmp_path / "locked.jsonl"
    locked.write_text('{"text": "x"}\n', "utf-8")
    if os.geteuid() == 0:  # root reads any file: make the refusal by hand
        def refuse(self, *args, **kwargs):
            raise PermissionError(13, "Permission denied", str(self))
        monkeypatch.setattr(type(locked), "open", refuse)
    else:
        locked.chmod(0)
    [problem] = read_file(locked)
    assert str(problem) == f"dyads: failed: {locked}: cannot be read (Permission denied)"


def test_a_small_max_bytes_refuses_a_page_and_a_jsonl_line_but_not_the_file(tmp_path):
    story = (EXAMPLES / "01-nato-article-five.txt").read_text("utf-8")
    page = tmp_path / "page.html"
    page.write_text(story_page(story), "utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"id": "long", "text": story}) + "\n" + json.dumps({"id": "short", "text": "Iran spoke."}) + "\n", "utf-8")
    options = ReadOptions(max_bytes=1000)
    items = list(read_inputs([str(page), str(lines)], options=options))
    assert [type(i).__name__ for i in items] == ["Problem", "Problem", "Article"]
    assert "larger than the limit of 0.001 MB" in items[0].reason
    assert items[1].origin == f"{lines}:1" and "line longer than the limit" in items[1].reason
    assert items[2].id == "short"
