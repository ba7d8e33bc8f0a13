"""Readers while a `dyads code --db` run writes the store: told who writes and what to do.

DuckDB lets no other process open a file one process writes, and a coding run holds
its store until it ends. `query`, `stats` and `export` were refused with advice meant
for writers ("use another file"), and a writer refused by a notebook that only read
the store was told another process *writes* it (issue 15). Now a reader is told a
dyads code run (PID n) writes the store and may `--wait` for it; a writer is told
whether the holder reads or writes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dyads.cli import main
from dyads.store.db import Store

# The holder is named from its command line and found holding the store in /proc
pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's /proc")

STORY = "Iran condemned the United States on Monday over new sanctions on its oil exports."


def _locked_by(db: Path, pid: int) -> bool:
    """Whether process `pid` holds DuckDB's lock on the file (Linux's /proc/locks).

    Looked up, not tried: opening the store to see would itself hold it for a moment,
    and a writer opening it just then would be refused.
    """
    inode = db.stat().st_ino
    with open("/proc/locks", encoding="ascii") as locks:
        return any(fields[4] == str(pid) and fields[5].endswith(f":{inode}")
                   for fields in (line.split() for line in locks) if len(fields) > 5)


@pytest.fixture
def writer(tmp_path):
    """A real `dyads code --db` run holding a store: it opens the store, then waits for its story on stdin."""
    db = tmp_path / "news.duckdb"
    Store(db).close()
    run = subprocess.Popen(
        [sys.executable, "-m", "dyads", "code", "-", "--db", str(db), "--no-progress"],
        stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
    )
    deadline = time.monotonic() + 120
    while not _locked_by(db, run.pid):
        assert run.poll() is None, run.stderr.read()
        assert time.monotonic() < deadline, "the coding run never opened its store"
        time.sleep(0.2)
    try:
        yield db, run
    finally:
        if run.poll() is None:
            run.kill()
        run.wait()


def _finish(run: subprocess.Popen) -> None:
    """Give the run its story: it codes it, writes it and lets the store go."""
    run.stdin.write(STORY)
    run.stdin.close()


@pytest.mark.parametrize("command", [["query"], ["stats"], ["export", "--format", "csv"]])
def test_a_reader_is_told_a_coding_run_writes_the_store(writer, capsys, command):
    db, run = writer
    assert main([*command, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"another process has this store open to write it (a dyads code run, PID {run.pid})" in err
    assert "give --wait SECONDS" in err
    assert "another file" not in err  # advice for writers, not readers
    assert "Traceback" not in err


def test_a_reader_waits_for_the_run_to_end(writer, capsys):
    db, run = writer
    threading.Timer(1.0, _finish, [run]).start()  # the run ends while the query waits
    assert main(["query", "--db", str(db), "--wait", "300", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert f"a dyads code run, PID {run.pid}" in err and "waiting up to 300 s" in err
    assert run.wait(timeout=60) == 0
    assert "Iran" in out  # the story the run wrote before it let the store go


def test_a_wait_that_runs_out_says_so(writer, capsys):
    db, run = writer
    started = time.monotonic()
    assert main(["stats", "--db", str(db), "--wait", "1.5"]) == 2
    assert 1.5 <= time.monotonic() - started < 30
    err = capsys.readouterr().err
    assert "waiting up to 1.5 s" in err and "waited 1.5 s: try again when it ends, or give a longer --wait" in err


def test_a_writer_is_told_a_reader_holds_the_store(tmp_path, capsys):
    db = tmp_path / "read.duckdb"
    Store(db).close()
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    notebook = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
         "print('ready', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )
    try:
        assert notebook.stdout.readline().strip() == b"ready"
        assert main(["code", str(story), "--db", str(db), "--no-progress"]) == 2
        err = capsys.readouterr().err
        assert f"another process has this store open to read it (PID {notebook.pid}" in err
        assert "close it there" in err and "to write it" not in err
    finally:
        notebook.communicate(b"")
