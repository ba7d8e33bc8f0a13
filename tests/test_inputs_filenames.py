"""A file whose name is not valid UTF-8 (copied from an old system): coded, its name stored escaped."""

from __future__ import annotations

import os

import duckdb

from dyads.cli import main


def test_a_file_name_of_undecodable_bytes_does_not_stop_a_run_into_a_store(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Iran condemned Israel on Monday over the raid, officials in Tehran said.")
    (folder / "good.txt").write_text("China condemned Japan on Tuesday over the shrine visit, officials said.",
                                     "utf-8")
    db = tmp_path / "news.duckdb"
    assert main(["code", str(folder), "--db", str(db), "--no-progress"]) == 0
    assert "2 coded" in capsys.readouterr().err
    with duckdb.connect(str(db), read_only=True) as con:
        origins = sorted(row[0] for row in con.execute("SELECT origin FROM articles").fetchall())
    assert origins[0].endswith("caf\\udce9.txt") and origins[1].endswith("good.txt")


def test_control_characters_in_a_file_name_reach_the_terminal_escaped(tmp_path, capsys):
    # "\x1b[31m" in a name would turn the user's terminal red when the name is printed
    (tmp_path / "\x1b[31mred.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("China condemned Japan on Tuesday over the shrine visit.", "utf-8")
    assert main(["code", str(tmp_path), "--out", str(tmp_path / "out.jsonl"), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[31mred.txt" in err and "1 coded" in err
