"""SIGTERM is Ctrl-C: a `dyads code --db` run stopped by `kill` keeps whole batches only.

Python's default for SIGTERM ends the process at once: the batch gathered was lost
without a word (it is recoded on the next run), and a kill inside the store's write
relied on DuckDB's journal alone. SIGTERM now takes Ctrl-C's path: the run drops
the half-gathered batch, rolls back a write in flight, prints the same line and
exits 143 (128 + 15, as a shell reports a process SIGTERM ended; Ctrl-C gives 130).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from dyads.cli import main
from tests.conftest import EXAMPLES

TABLES = ("articles", "actors", "mentions", "quotes", "events", "arguments", "failures")


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    for path in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


def _rows(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}  # noqa: S608


def _command(folder, db) -> list[str]:
    return ["code", str(folder), "--db", str(db), "--batch", "3", "--no-progress"]


def test_sigterm_leaves_whole_batches_and_a_restart_ends_clean(tmp_path, stories, coder):
    clean = tmp_path / "clean.duckdb"
    assert main(_command(stories, clean)) == 0  # before the run below: one spaCy at a time
    clean_rows = _rows(clean)

    db = tmp_path / "stopped.duckdb"
    run = subprocess.Popen(
        [sys.executable, "-m", "dyads", *_command(stories, db), "--verbose"],
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        written = 0
        deadline = time.monotonic() + 300
        while written < 2 and time.monotonic() < deadline:  # two batches in: the run is coding
            line = run.stderr.readline()
            assert line, "the run ended before it was stopped"
            written += line.startswith("dyads: wrote ")
        run.send_signal(signal.SIGTERM)
        rest = run.stderr.read()
        assert run.wait(timeout=60) == 143, rest  # what the run said, should it end otherwise
    finally:
        if run.poll() is None:
            run.kill()
    assert "Traceback" not in rest
    assert rest.strip().splitlines()[-1] == "dyads: interrupted"

    stopped = _rows(db)
    held = {row[0] for row in stopped["articles"]}
    assert 6 <= len(held) < len(clean_rows["articles"])
    assert len(held) % 3 == 0  # whole batches of three stories (the examples hold no failures)
    # every story held has all its rows, as a clean run wrote them
    for table, key in (("actors", 0), ("mentions", 0), ("quotes", 0), ("events", 1)):
        assert stopped[table] == [row for row in clean_rows[table] if row[key] in held], table
    assert main(_command(stories, db)) == 0
    assert _rows(db) == clean_rows


def test_both_signals_print_one_line_and_their_own_status(monkeypatch, capsys):
    import dyads.cli.store as store_commands

    def ctrl_c(_args):
        raise KeyboardInterrupt

    def killed(_args):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler raises before this ends
        return 0

    def unhandled(*_: object) -> None:
        pytest.fail("SIGTERM reached the handler set before main: dyads did not take it")

    before = signal.signal(signal.SIGTERM, unhandled)  # not the default, which would end pytest
    try:
        for handler, status in ((ctrl_c, 130), (killed, 143)):
            monkeypatch.setattr(store_commands, "run_stats", handler)  # bound when main builds its parser
            assert main(["stats"]) == status
            assert capsys.readouterr().err == "dyads: interrupted\n"
        assert signal.getsignal(signal.SIGTERM) is unhandled  # put back: main leaves no handler behind
    finally:
        signal.signal(signal.SIGTERM, before)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_a_store_query_is_an_interruption_not_a_crash(monkeypatch, capsys, signum, status):
    # DuckDB reports a signal that lands while a query runs as its own error ("Query
    # interrupted"); a run stopped while writing a batch must end as any stopped run
    import threading

    import dyads.cli.store as store_commands

    def writing(_args):
        threading.Timer(0.3, os.kill, (os.getpid(), signum)).start()
        with duckdb.connect() as con:
            con.execute("SELECT count(*) FROM range(10000000000)").fetchall()
        return 0

    def unhandled(*_: object) -> None:
        pytest.fail("the signal reached the handler set before main: dyads did not take it")

    before = signal.signal(signal.SIGTERM, unhandled)
    try:
        monkeypatch.setattr(store_commands, "run_stats", writing)
        assert main(["stats"]) == status
        assert capsys.readouterr().err == "dyads: interrupted\n"
    finally:
        signal.signal(signal.SIGTERM, before)


def test_a_signal_that_lands_inside_the_stores_write_stops_the_run_as_interrupted(tmp_path, stories, monkeypatch,
                                                                                   capsys):
    # DuckDB reports a signal that lands during a query as its own InterruptException;
    # it was once reported as "cannot be written ... free disk space?" with status 1
    import dyads.cli as cli
    from dyads.store.db import Store

    def interrupted_insert(self, table, batch):
        cli._received.append(signal.SIGTERM)
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    monkeypatch.setattr(Store, "_insert", interrupted_insert)
    assert main(_command(stories, tmp_path / "news.duckdb")) == 143
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == "dyads: interrupted" and "free disk space" not in err
