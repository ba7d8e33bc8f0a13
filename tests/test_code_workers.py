"""`dyads code --workers N`: the same JSON Lines and the same store rows as one process."""

from __future__ import annotations

import shutil

import duckdb

from dyads.cli import main
from tests.conftest import EXAMPLES

TABLES = ("articles", "actors", "mentions", "quotes", "events", "arguments", "failures")


def _inputs(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:10]:
        shutil.copy(path, folder / path.name)
    (folder / "05b-broken.txt").write_bytes(b"\x00\x01 not a story")  # a bad input among them
    first = sorted(folder.glob("0*.txt"))[0].read_text("utf-8")  # a near copy: the last paragraph trimmed
    (folder / "99-copy.txt").write_text("\n".join(first.strip().splitlines()[:-1]) + "\n", "utf-8")
    return folder


def _rows(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


def test_two_workers_write_what_one_process_writes(tmp_path, capsys):
    stories = _inputs(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["code", str(stories), "--out", str(one), "--no-progress"]) == 1  # the broken file
    first = capsys.readouterr().err
    assert main(["code", str(stories), "--out", str(two), "--no-progress", "--workers", "2"]) == 1
    second = capsys.readouterr().err
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text("utf-8").count("\n") == 10
    assert "05b-broken.txt" in first and "05b-broken.txt" in second
    assert "1 duplicate" in first and "1 duplicate" in second

    db_one, db_two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert main(["code", str(stories), "--db", str(db_one), "--no-progress"]) == 1
    assert main(["code", str(stories), "--db", str(db_two), "--no-progress", "--workers", "2", "--batch", "3"]) == 1
    assert _rows(db_one) == _rows(db_two)
    assert len(_rows(db_two)["events"]) > 5


def test_workers_must_be_a_positive_number(tmp_path, capsys):
    assert main(["code", str(EXAMPLES), "--workers", "0", "--no-progress"]) == 2
    assert "--workers 0" in capsys.readouterr().err
    config = tmp_path / "dyads.toml"
    config.write_text("workers = 'many'\n", "utf-8")
    assert main(["code", str(EXAMPLES), "--config", str(config), "--no-progress"]) == 2
    assert "workers = 'many'" in capsys.readouterr().err
