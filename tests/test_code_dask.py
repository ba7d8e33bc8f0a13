"""`dyads code --engine dask`: the same store rows as one process, resumable, clear errors.

The clusters here are small (2 workers of 1 thread, a handful of stories): the
machine is shared.
"""

from __future__ import annotations

import json
import shutil
import textwrap
import time

import duckdb
import pytest

from dyads.cli import main
from tests.conftest import EXAMPLES

distributed = pytest.importorskip("distributed")

TABLES = ("articles", "actors", "mentions", "quotes", "events", "arguments", "failures")


def _inputs(tmp_path) -> list[str]:
    """A folder of four stories and a broken file, and a JSON Lines file whose last line
    is a near copy of the folder's first story (so it lands in another partition)."""
    folder = tmp_path / "stories"
    folder.mkdir()
    examples = sorted(EXAMPLES.glob("*.txt"))
    for path in examples[:4]:
        shutil.copy(path, folder / path.name)
    (folder / "05b-broken.txt").write_bytes(b"\x00\x01 not a story")
    first = examples[0].read_text("utf-8")
    lines = [json.dumps({"text": path.read_text("utf-8"), "publisher": "Wire"}) for path in examples[4:6]]
    lines.append("{not json")
    lines.append(json.dumps({"text": examples[6].read_text("utf-8"), "published": "2021-03-04"}))
    lines.append(json.dumps({"text": "\n".join(first.strip().splitlines()[:-1]) + "\n"}))
    (tmp_path / "more.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return [str(folder), str(tmp_path / "more.jsonl")]


def _rows(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


def _shards(db):
    return sorted((db.parent / f"{db.name}.shards" / "manifest").glob("*.json"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The same inputs for every test (the stories' origins name their files)."""
    return _inputs(tmp_path_factory.mktemp("inputs"))


@pytest.fixture(scope="module")
def one_process(tmp_path_factory, inputs):
    """The inputs coded by one process: the rows every dask run must equal."""
    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    assert main(["code", *inputs, "--db", str(db), "--no-progress"]) == 1  # the broken inputs
    rows = _rows(db)
    assert len(rows["events"]) > 5
    assert [row[1] for row in rows["articles"]].count("duplicate") == 1
    return rows


@pytest.fixture(scope="module")
def cluster():
    """A cluster of 2 workers, 1 thread each, shared by the tests that give --scheduler."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as local:
        yield local


def test_dask_writes_what_one_process_writes(tmp_path, capsys, inputs, one_process):
    capsys.readouterr()
    db = tmp_path / "dask.duckdb"
    assert main(["code", *inputs, "--db", str(db), "--no-progress", "--engine", "dask", "--workers", "2",
                 "--partition", "2"]) == 1
    err = capsys.readouterr().err
    assert "05b-broken.txt" in err and "more.jsonl:3: malformed JSON" in err  # reported as one process does
    assert "1 duplicates" in err
    assert "6 partitions, 0 already coded" in err
    assert _rows(db) == one_process
    duplicate = [row for row in _rows(db)["articles"] if row[1] == "duplicate"]
    assert duplicate[0][2] == "near" and duplicate[0][11].endswith("more.jsonl:5")  # partition 6 copies partition 1


def test_a_stopped_run_resumes(tmp_path, capsys, inputs, one_process, cluster):
    db = tmp_path / "dask.duckdb"
    command = ["code", *inputs, "--db", str(db), "--no-progress", "--engine", "dask",
               "--scheduler", cluster.scheduler_address, "--partition", "2"]
    assert main(command) == 1
    assert _rows(db) == one_process
    # stopped while the last partition was coded, before the store was written
    entries = _shards(db)
    assert len(entries) == 6
    entries = {entry: entry.stat().st_mtime_ns for entry in entries}
    newest = max(entries, key=entries.get)
    newest.unlink()
    shutil.rmtree(db.parent / f"{db.name}.shards" / newest.stem)
    db.unlink()
    capsys.readouterr()
    time.sleep(0.01)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "6 partitions, 5 already coded" in err
    assert _rows(db) == one_process
    for entry, stamp in entries.items():  # the finished partitions were not coded again
        if entry != newest:
            assert entry.stat().st_mtime_ns == stamp

    # run again over a full store: nothing coded, nothing written twice
    capsys.readouterr()
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "6 partitions, 6 already coded" in err and "already in the store" in err
    assert _rows(db) == one_process


def test_dask_needs_a_store(tmp_path, capsys):
    assert main(["code", str(EXAMPLES), "--engine", "dask", "--no-progress"]) == 2
    assert "--engine dask writes into a store: give --db" in capsys.readouterr().err
    assert main(["code", str(EXAMPLES), "--scheduler", "tcp://127.0.0.1:1", "--no-progress"]) == 2
    assert "go with --engine dask" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_an_unreachable_scheduler_fails_fast(tmp_path, capsys, monkeypatch):
    import dyads.cluster

    monkeypatch.setattr(dyads.cluster, "CONNECT_TIMEOUT", 2)
    started = time.monotonic()
    db = tmp_path / "x.duckdb"
    assert main(["code", str(EXAMPLES / "01-nato-article-five.txt"), "--db", str(db), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9", "--no-progress"]) == 1
    assert time.monotonic() - started < 30
    err = capsys.readouterr().err
    assert "--scheduler tcp://127.0.0.1:9: no Dask scheduler answered within 2 s" in err


KILLER = textwrap.dedent('''
    """Loaded in each worker: the first partition of a run kills its worker once."""
    import os
    from pathlib import Path

    import dyads.cluster

    # a worker may run this more than once: wrap the real function, never the wrapper
    _code = getattr(dyads.cluster, "_real_code_partition", dyads.cluster.code_partition)
    dyads.cluster._real_code_partition = _code


    def _dying(pid, pieces, shards, settings, job):
        marker = Path(shards) / "killed-once"
        if not marker.exists() and pieces[0].name.endswith("01-nato-article-five.txt"):
            marker.write_text("x")
            (Path(shards) / f".{pid}.half.tmp").mkdir()  # a shard half written when the worker died
            os._exit(1)
        return _code(pid, pieces, shards, settings, job)


    dyads.cluster.code_partition = _dying
''')


def test_a_killed_worker_costs_no_rows(tmp_path, capsys, inputs, one_process):
    preload = tmp_path / "killer.py"
    preload.write_text(KILLER, "utf-8")
    db = tmp_path / "dask.duckdb"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  preload=[str(preload)]) as local:
        assert main(["code", *inputs, "--db", str(db), "--no-progress", "--engine", "dask",
                     "--scheduler", local.scheduler_address, "--partition", "2"]) == 1
    assert (tmp_path / "dask.duckdb.shards" / "killed-once").exists()  # a worker did die
    assert _rows(db) == one_process
    assert len(_shards(db)) == 6
