"""A run killed with SIGKILL midway and started again ends as one clean run would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import duckdb
import pytest

from dyads.cli import main
from tests.store_corpus import write_corpus
from tests.test_store_warc import counts

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def wait_for_first_commit(process: subprocess.Popen) -> bool:
    """Wait until the run reports (--verbose) that it committed a batch."""
    while line := process.stderr.readline():
        if line.startswith(b"dyads: wrote "):
            return True
    return False


def test_a_killed_run_restarted_ends_with_the_rows_of_one_clean_run(tmp_path, coder):
    warc = write_corpus(tmp_path / "corpus.warc.gz")
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert main(["code", str(warc), "--db", str(clean), "--no-progress", "--batch", "8"]) == 0

    process = subprocess.Popen(
        [sys.executable, "-m", "dyads", "code", str(warc), "--db", str(killed), "--no-progress", "--batch", "8",
         "--verbose"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    committed = wait_for_first_commit(process)
    process.kill()
    process.wait()
    assert committed, "the run ended before it wrote a batch: " + process.stderr.read().decode()[-500:]
    with duckdb.connect(str(killed), read_only=True) as con:
        partial = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    assert 0 < partial < counts(clean)["articles"]  # killed midway, some stories written

    assert main(["code", str(warc), "--db", str(killed), "--no-progress", "--batch", "8"]) == 0
    assert counts(killed) == counts(clean)
    with duckdb.connect(str(clean), read_only=True) as a, duckdb.connect(str(killed), read_only=True) as b:
        query = "SELECT id, status, duplicate_of FROM articles ORDER BY id"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        events = "SELECT event_id, event_type, cameo FROM events ORDER BY event_id"
        assert a.execute(events).fetchall() == b.execute(events).fetchall()
