"""A file that decodes to no words (a byte-order mark alone, no-break spaces, control bytes) is no story.

Such files were coded as stories of no text, with exit status 0: the user was never
told that the file held nothing (found by the torture suite, issue 15).
"""

from __future__ import annotations

import json

import pytest

from dyads.cli import main

BLANK = {
    "bom.txt": b"\xef\xbb\xbf",
    "utf16-bom.txt": b"\xff\xfe",
    "nbsp.txt": "\u00a0\u3000\u2003\n".encode(),
    "zero-width.txt": "\u200b\ufeff\u200b".encode(),
}
NO_WORDS = {"control.txt": bytes(range(1, 9)) * 3, "one-byte.txt": b"\x02", "symbols.txt": "\ufffd\ue000 *".encode()}


@pytest.mark.parametrize("name", sorted(BLANK) + sorted(NO_WORDS))
def test_a_file_of_no_words_is_named_and_the_run_fails(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes({**BLANK, **NO_WORDS}[name])
    good = tmp_path / "good.txt"
    good.write_text("Iran condemned the United States on Monday.", "utf-8")
    assert main(["code", str(path), str(good), "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["article"]["text"] for line in out.splitlines()] == [good.read_text("utf-8")]
    reason = "empty file (only blank or invisible characters)" if name in BLANK else "no words in it"
    assert f"dyads: failed: {path}: {reason}" in err


def test_a_json_text_of_no_words_is_a_bad_line(tmp_path, capsys):
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "\u200b\x02"}) + "\n"
                    + json.dumps({"id": "b", "text": "Iran condemned the United States on Monday."}) + "\n", "utf-8")
    assert main(["code", str(path), "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["b"]
    assert f"{path}:1: 'text' has no words in it" in err
