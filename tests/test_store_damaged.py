"""A damaged store is named in one line, never dumped as a traceback (issue 15).

A store cut to half its size, or with zeros or garbage written over its middle
third, gave a DuckDB IO or checksum traceback from query, stats, export and code;
and `dyads code` could count stories as "already in the store" whose rows could no
longer be read. Each now prints `dyads: FILE: is damaged: ...` with DuckDB's error
and a way out, and exits 2; `code` refuses the store before coding anything.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import duckdb
import pytest

from dyads.cli import main
from tests.conftest import EXAMPLES

TABLES = ("meta", "articles", "actors", "mentions", "quotes", "events", "arguments", "failures")
STORY = "Iran condemned the United States on Monday."


@pytest.fixture(scope="module")
def good_store(tmp_path_factory, coder) -> Path:
    """The 32 example stories coded into a store of a few MB (blocks of 256 kB: damage hits real ones)."""
    db = tmp_path_factory.mktemp("damaged") / "good.duckdb"
    assert main(["code", str(EXAMPLES), "--db", str(db), "--no-progress"]) == 0
    assert db.stat().st_size > 2_000_000
    return db


def _damage(good: Path, target: Path, how: str) -> Path:
    shutil.copy(good, target)
    size = target.stat().st_size
    with open(target, "r+b") as handle:
        if how == "half":
            handle.truncate(size // 2)
        else:
            handle.seek(size // 3)
            third = size // 3
            handle.write(b"\0" * third if how == "zeros" else random.Random(15).randbytes(third))
    return target


def _raw_read_fails(db: Path) -> bool:
    """Whether reading every table with DuckDB itself fails (the damage is real)."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            for table in TABLES:
                con.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 - fixed names
    except duckdb.Error:
        return True
    return False


@pytest.fixture(params=["half", "zeros", "garbage"])
def damaged(request, good_store, tmp_path) -> Path:
    db = _damage(good_store, tmp_path / f"{request.param}.duckdb", request.param)
    assert _raw_read_fails(db), f"{request.param}: the damage did not break a raw read"
    return db


def _told(capsys, db: Path) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("dyads: ")]
    assert len(lines) == 1, err
    assert lines[0].startswith(f"dyads: {db}: is damaged: DuckDB cannot read"), err
    assert "restore a copy" in lines[0] and "new store" in lines[0]
    return lines[0]


@pytest.mark.parametrize("command", [
    ["query", "--limit", "0"],
    ["query", "--merged"],
    ["stats"],
    ["export", "--format", "csv"],
    ["export", "--format", "plover"],
])
def test_reading_a_damaged_store_names_it(damaged, capsys, command):
    assert main([*command, "--db", str(damaged)]) == 2
    message = _told(capsys, damaged)
    assert "Corrupt database file" in message or "Could not read enough bytes" in message


def test_an_export_to_a_file_names_the_store_not_the_file(damaged, capsys, tmp_path):
    out = tmp_path / "events.parquet"
    assert main(["export", "--db", str(damaged), "--format", "parquet", "--out", str(out)]) == 2
    _told(capsys, damaged)


def test_coding_into_a_damaged_store_stops_before_coding(damaged, capsys, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    before = damaged.read_bytes()
    # the example stories again: none may be passed over as "already in the store"
    assert main(["code", str(EXAMPLES), str(story), "--db", str(damaged), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "already in the store" not in err and "dyads: read" not in err  # no summary: nothing ran
    assert f"dyads: {damaged}: is damaged: DuckDB cannot read table" in err
    assert damaged.read_bytes() == before  # refused before anything was written


def test_serving_a_damaged_store_to_code_into_is_refused(damaged, capsys, tmp_path, monkeypatch):
    import uvicorn

    def served(*_: object, **__: object) -> None:
        raise AssertionError("the server started on a damaged store")

    monkeypatch.setattr(uvicorn, "run", served)  # a regression fails here instead of serving for ever
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    assert main(["serve", "--db", str(damaged), "--ingest", str(inbox)]) == 2
    assert f"dyads: {damaged}: is damaged" in capsys.readouterr().err


def test_a_good_store_still_reads(good_store, capsys):
    assert main(["query", "--db", str(good_store), "--format", "csv"]) == 0
    assert main(["code", str(EXAMPLES), "--db", str(good_store), "--no-progress"]) == 0
    assert "32 already in the store" in capsys.readouterr().err
