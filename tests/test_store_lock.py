"""One process owns a store: a second writer gets a clear message, not a corrupt file."""

from __future__ import annotations

import subprocess
import sys

import duckdb

from dyads.cli import main


def test_a_second_writer_is_told_who_holds_the_store(tmp_path, capsys):
    db = tmp_path / "busy.duckdb"
    story = tmp_path / "story.txt"
    story.write_text("Iran and Russia agreed on Tuesday to expand trade, officials said.", "utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
         str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"ready"
        assert main(["code", str(story), "--db", str(db), "--no-progress"]) == 2
        err = capsys.readouterr().err
        assert "busy.duckdb: another process has this store open" in err
        assert f"PID {holder.pid}" in err
    finally:
        holder.communicate(b"")
    # the file is intact: once the holder is gone the run goes through
    assert main(["code", str(story), "--db", str(db), "--no-progress"]) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(1,)]


def test_a_file_that_is_not_a_store_is_named(tmp_path, capsys):
    db = tmp_path / "notes.duckdb"
    db.write_text("shopping list", "utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Iran and Russia agreed on Tuesday to expand trade, officials said.", "utf-8")
    assert main(["code", str(story), "--db", str(db), "--no-progress"]) == 2
    assert "notes.duckdb: is not a DuckDB store" in capsys.readouterr().err
    assert db.read_text("utf-8") == "shopping list"  # nothing the user gave is lost
