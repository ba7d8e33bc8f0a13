"""A JSON line with a number of thousands of digits is a bad line, not the end of the run.

Python refuses to turn more than 4300 digits into an integer; `json.loads` raised that
as a bare ValueError, which stopped the run with a traceback before the good lines
after it were coded (found by the torture suite, issue 15).
"""

from __future__ import annotations

import json

from dyads.cli import main


def test_a_number_too_long_to_read_is_named_and_the_next_line_coded(tmp_path, capsys):
    path = tmp_path / "lines.jsonl"
    path.write_text('{"id": ' + "9" * 5000 + ', "text": "Iran condemned Israel on Thursday."}\n'
                    + json.dumps({"id": "b", "text": "Iran condemned the United States on Monday."}) + "\n", "utf-8")
    assert main(["code", str(path), "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["b"]
    assert f"dyads: failed: {path}:1: malformed JSON (a number too long to read)" in err
