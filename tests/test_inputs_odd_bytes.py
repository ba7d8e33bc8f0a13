"""A text file that is not valid UTF-8 is kept where its bytes say what it is: a few
damaged bytes become U+FFFD, a whole file in a single-byte encoding is read as
Windows-1252; each with a warning naming the file, the byte and its line (issue 15)."""

from __future__ import annotations

import json

from dyads.cli import main

STORY = "Iran condemned the United States on Monday. The café owners in Tehran said nothing."


def _code(tmp_path, capsys, data: bytes):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    status = main(["code", str(path), "--out", str(out), "--no-progress"])
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    return status, records, capsys.readouterr().err


def test_one_bad_byte_in_utf8_becomes_a_replacement_character(tmp_path, capsys):
    data = STORY.encode("utf-8").replace(b"Monday.", b"Monday.\xff")
    status, [record], err = _code(tmp_path, capsys, data)
    assert status == 0
    assert record["article"]["text"] == STORY.replace("Monday.", "Monday.\ufffd")
    assert "story.txt: 1 byte(s) not valid UTF-8 (byte 0xff on line 1) replaced by" in err
    assert record["events"], "the story is coded as any other"


def test_a_windows_1252_file_is_read_as_such_with_a_warning(tmp_path, capsys):
    status, [record], err = _code(tmp_path, capsys, STORY.replace("said", "said \u201cnothing\u201d").encode("cp1252"))
    assert status == 0
    assert "café" in record["article"]["text"] and "\u201cnothing\u201d" in record["article"]["text"]
    assert "story.txt: not UTF-8 (byte 0xe9 on line 1): read as Windows-1252" in err


def test_utf8_with_many_bad_bytes_is_still_refused(tmp_path, capsys):
    data = ("é" * 50 + " " + STORY).encode("utf-8") + b"\xff\xfe\xfd\xfc" * 20
    status, records, err = _code(tmp_path, capsys, data)
    assert status == 1 and records == []
    assert "story.txt: not valid UTF-8" in err and "iconv" in err
