"""`--db` naming a file that is no store: refused before any work, the file untouched.

DuckDB opens a CSV or JSON Lines file as a read-only view, so a run "wrote" its rows
to nowhere and exited 0 (issue 15).
"""

from __future__ import annotations

import pytest

from dyads.cli import main

STORY = "Iran and Russia agreed on Tuesday to expand trade, officials said."


@pytest.mark.parametrize("name, content", [
    ("events.csv", "a,b\n1,2\n"),
    ("events.jsonl", '{"id": "1", "text": "x"}\n'),
    ("events.parquet", "PAR1 not really"),
])
def test_a_file_that_is_no_store_is_refused_and_kept(tmp_path, capsys, name, content):
    target = tmp_path / name
    target.write_text(content, "utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    assert main(["code", str(story), "--db", str(target), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert f"{name}: is not a DuckDB store" in err and "nothing was written" in err
    assert target.read_text("utf-8") == content
    assert main(["query", "--db", str(target)]) == 2  # reading it as a store is refused too


def test_a_folder_is_no_store(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    assert main(["code", str(story), "--db", str(tmp_path), "--no-progress"]) == 2
    assert "is a folder, not a store" in capsys.readouterr().err


def test_a_new_or_empty_file_becomes_a_store(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    for target in (tmp_path / "new.duckdb", empty):
        assert main(["code", str(story), "--db", str(target), "--no-progress"]) == 0
        assert main(["query", "--db", str(target), "--format", "csv"]) == 0
