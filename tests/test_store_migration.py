"""A store made by an older dyads is brought up to date when it is next written, never silently misread."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from dyads.store.db import Store, StoreError
from dyads.store.schema import SCHEMA_VERSION


def _as_version_4(db) -> None:
    """Turn a store back into schema 4: events without their day, publisher and url."""
    with duckdb.connect(str(db)) as con:
        con.execute("DROP VIEW merged_events; DROP VIEW event_merges; DROP VIEW event_days")
        for column in ("day", "publisher", "url"):
            con.execute(f"ALTER TABLE events DROP COLUMN {column}")
        con.execute("CREATE VIEW event_days AS SELECT e.*, coalesce(e.date, a.published) AS day, a.publisher, "
                    "a.url FROM events e JOIN articles a ON a.id = e.article_id")
        con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")


def test_a_version_4_store_gets_its_events_days_and_publishers(tmp_path, web_store):
    db = tmp_path / "old.duckdb"
    shutil.copyfile(web_store, db)
    with duckdb.connect(str(web_store), read_only=True) as con:
        expected = con.execute("SELECT event_id, day, publisher FROM events ORDER BY event_id").fetchall()
    _as_version_4(db)
    with pytest.raises(StoreError, match="older than this dyads"):
        Store(db, read_only=True)
    with Store(db) as store:  # opened for writing: migrated
        assert store.run("SELECT event_id, day, publisher FROM event_days ORDER BY event_id") == expected
        assert store.run("SELECT value FROM meta WHERE key = 'schema_version'") == [(SCHEMA_VERSION,)]
    with Store(db, read_only=True) as store:
        assert store.run("SELECT count(*) FROM merged_events")[0][0] > 0
