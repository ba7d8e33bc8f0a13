"""Ctrl-C at an unlucky moment: the store keeps whole stories only, and the next run ends clean.

An interrupt inside the sink (a story's article row gathered, its events not yet)
used to write the half story, and one just after a batch's commit wrote the batch
twice (duplicate mentions). Both now leave what a clean run would after a rerun.
"""

from __future__ import annotations

import shutil

import duckdb
import pytest

from dyads.run import code_run
from dyads.sources import read_inputs
from dyads.store import sink as sink_module
from dyads.store.db import Store
from dyads.store.sink import StoreSink
from tests.conftest import EXAMPLES

TABLES = ("articles", "actors", "mentions", "quotes", "events", "arguments", "failures")


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    for path in sorted(EXAMPLES.glob("*.txt"))[:8]:
        shutil.copy(path, folder / path.name)
    return folder


def _run(db, folder, coder) -> None:
    with Store(db) as store:
        code_run(read_inputs([str(folder)]), coder, StoreSink(store, batch_stories=3),
                 options=_options(store))


def _options(store):
    from dyads.run import RunOptions

    return RunOptions(known_ids=store.known_ids())


def _rows(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


@pytest.fixture(scope="module")
def clean(tmp_path_factory, stories, coder):
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    _run(db, stories, coder)
    return _rows(db)


def test_an_interrupt_inside_a_story_leaves_no_half_story(tmp_path, stories, coder, clean, monkeypatch):
    real, calls = sink_module.add_coded, []

    def interrupted(rows, record):
        calls.append(record)
        if len(calls) == 5:  # the fifth story: its article row is gathered, its events are not
            raise KeyboardInterrupt
        real(rows, record)

    monkeypatch.setattr(sink_module, "add_coded", interrupted)
    db = tmp_path / "stopped.duckdb"
    with pytest.raises(KeyboardInterrupt):
        _run(db, stories, coder)
    monkeypatch.setattr(sink_module, "add_coded", real)
    stopped = _rows(db)
    held = {row[0] for row in stopped["articles"]}
    assert len(held) == 3  # the first batch, whole
    assert {row[1] for row in stopped["events"]} <= held
    _run(db, stories, coder)
    assert _rows(db) == clean


def test_an_interrupt_just_after_a_commit_writes_nothing_twice(tmp_path, stories, coder, clean, monkeypatch):
    real, calls = Store.write, []

    def committed_then_interrupted(store, rows):
        real(store, rows)
        calls.append(rows)
        if len(calls) == 1:
            raise KeyboardInterrupt

    monkeypatch.setattr(Store, "write", committed_then_interrupted)
    db = tmp_path / "stopped.duckdb"
    with pytest.raises(KeyboardInterrupt):
        _run(db, stories, coder)
    monkeypatch.setattr(Store, "write", real)
    _run(db, stories, coder)
    assert _rows(db) == clean
