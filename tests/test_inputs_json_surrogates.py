"""A JSON line with half of a UTF-16 pair ("\\ud800") is coded, the half replaced, with a warning.

JSON may escape a lone surrogate, but UTF-8 cannot hold one: the story's line could
not be written, and the run stopped with a traceback after the stories before it
(found by the torture suite, issue 15).
"""

from __future__ import annotations

import json

import duckdb
import pytest

from dyads.cli import main

LINES = (
    '{"id": "half", "text": "Iran \\ud800condemned the United States on Monday."}\n'
    '{"id": "\\udcff", "title": "\\udc80", "text": "Turkey condemned Greece on Tuesday."}\n'
)


@pytest.mark.parametrize("mode", ["out", "db"])
def test_lone_surrogates_are_replaced_and_the_stories_kept(tmp_path, capsys, mode):
    path = tmp_path / "lines.jsonl"
    path.write_text(LINES, "utf-8")
    target = tmp_path / ("out.jsonl" if mode == "out" else "store.duckdb")
    assert main(["code", str(path), f"--{mode}", str(target), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert f"dyads: warning: {path}:1: a lone surrogate escape" in err and "in 'text': replaced with U+FFFD" in err
    assert f"{path}:2: a lone surrogate escape" in err and "in 'id', 'title'" in err
    if mode == "out":
        rows = [json.loads(line)["article"] for line in target.read_text("utf-8").splitlines()]
        stories = [(r["id"], r["text"]) for r in rows]
    else:
        with duckdb.connect(str(target), read_only=True) as con:
            stories = con.execute("SELECT id, text FROM articles ORDER BY origin").fetchall()
    assert [tuple(s) for s in stories] == [
        ("half", "Iran \ufffdcondemned the United States on Monday."),
        ("\ufffd", "Turkey condemned Greece on Tuesday.")]
