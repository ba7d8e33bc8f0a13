"""A store that cannot be written (a full disk): the real reason is told, the batches before are kept."""

from __future__ import annotations

import duckdb

from dyads.cli import main
from dyads.store.db import Store
from tests.conftest import EXAMPLES


def test_a_full_disk_is_named_and_the_written_batches_stay(tmp_path, capsys, monkeypatch):
    real, calls = Store._insert, []

    def filling(store, table, batch):
        if table == "articles":
            calls.append(1)
            if len(calls) == 3:  # the third batch meets a full disk
                raise duckdb.IOException("Could not write file: No space left on device")
        real(store, table, batch)

    monkeypatch.setattr(Store, "_insert", filling)
    db = tmp_path / "full.duckdb"
    assert main(["code", str(EXAMPLES), "--db", str(db), "--batch", "4", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "cannot rollback" not in err and "Traceback" not in err
    assert "batches written before are kept" in err
    monkeypatch.setattr(Store, "_insert", real)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 8  # two whole batches
    assert main(["code", str(EXAMPLES), "--db", str(db), "--batch", "4", "--no-progress"]) == 0
    assert "8 already in the store" in capsys.readouterr().err
