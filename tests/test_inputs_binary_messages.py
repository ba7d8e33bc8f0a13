"""A message about a damaged file is one plain line: the file's raw bytes are never printed.

warcio quotes the first line of a damaged record, and a CSV without a text column
had its header quoted: newlines split the message over lines and an escape byte
could recolour or clear the user's terminal (found by the torture suite, issue 15).
"""

from __future__ import annotations

import gzip

from dyads.cli import main
from tests.webpages import story_page, write_warc

STORY = "Iran condemned the United States on Monday over the sanctions, officials in Tehran said."


def _problem_lines(err: str, path) -> list[str]:
    return [line for line in err.splitlines() if str(path) in line]


def test_garbage_inside_a_web_archive_is_named_on_one_clean_line(tmp_path, capsys):
    path = tmp_path / "damaged.warc.gz"
    write_warc(path, [("https://x.example/a", story_page(STORY))])
    with path.open("ab") as out:
        out.write(gzip.compress(b"\n\x1b[2J" + bytes(range(256)), mtime=0))
    assert main(["code", str(path), "--no-progress"]) == 1
    err = capsys.readouterr().err
    [line] = _problem_lines(err, path)
    assert "truncated or malformed archive at byte" in line and line.endswith("the records before it were read")
    assert "\x1b" not in err and "\x00" not in err


def test_a_csv_header_of_control_bytes_is_quoted_escaped(tmp_path, capsys):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"id,\x1b[31mbody\x07\nr1,x\n")
    assert main(["code", str(path), "--no-progress"]) == 1
    err = capsys.readouterr().err
    [line] = _problem_lines(err, path)
    assert "no 'text' column among id, \\x1b[31mbody\\x07;" in line
    assert "\x1b" not in err and "\x07" not in err
