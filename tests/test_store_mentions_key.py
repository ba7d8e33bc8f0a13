"""Every table has a key, so a batch written twice fails instead of doubling rows.

`mentions` had none: a Ctrl-C just after a batch's commit re-queued the batch and
wrote 139 of its mentions twice (issue 15). Since schema 6 the table is keyed by
(article_id, actor_id, start, end); a store of schema 5 is rebuilt with the key,
its repeated mentions dropped, when it is next opened for writing.
"""

from __future__ import annotations

import shutil

import duckdb
import pytest

from dyads.sources.dedup import content_hash
from dyads.store.db import TABLE_ORDER, Store, StoreError
from dyads.store.rows import Rows, add_coded, article_row
from dyads.store.schema import SCHEMA_VERSION

STORY = ("Iran condemned the United States on Monday over new sanctions. Russia and China signed "
         "a trade agreement in Beijing on Tuesday, Chinese officials said.")


def _batch(coder) -> Rows:
    record = coder.code_text(STORY, id="story-1", published="2024-03-04")
    rows = Rows()
    rows.articles.append(article_row(record.article, "coded", content_hash(STORY), None))
    add_coded(rows, record)
    assert rows.mentions and rows.arguments  # the batch holds rows of both tables at issue
    return rows


def _rows(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLE_ORDER}  # noqa: S608


def _keys(db, table: str) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [c for (c,) in con.execute(
            "SELECT constraint_text FROM duckdb_constraints() WHERE table_name = ? AND constraint_type = "
            "'PRIMARY KEY'", [table]).fetchall()]


def test_every_table_has_a_key(tmp_path):
    db = tmp_path / "new.duckdb"
    Store(db).close()
    for table in (*TABLE_ORDER, "meta"):
        assert _keys(db, table), f"{table} has no primary key"


def test_a_batch_written_twice_fails_and_doubles_nothing(tmp_path, coder):
    db = tmp_path / "twice.duckdb"
    rows = _batch(coder)
    with Store(db) as store:
        store.write(rows)
    once = _rows(db)
    with Store(db) as store, pytest.raises(StoreError, match="a batch repeats rows the store holds"):
        store.write(rows)
    assert _rows(db) == once


def _as_version_5(db, doubled: int) -> None:
    """Turn a store back into schema 5: mentions without a key, the first `doubled` of them twice."""
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE old_mentions AS SELECT * FROM mentions")
        con.execute("DROP TABLE mentions")
        con.execute("ALTER TABLE old_mentions RENAME TO mentions")
        con.execute(f"INSERT INTO mentions SELECT * FROM mentions ORDER BY ALL LIMIT {doubled}")
        con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")


def test_a_version_5_store_gets_the_key_and_loses_its_repeated_mentions(tmp_path, coder):
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write(_batch(coder))
    expected = _rows(db)
    _as_version_5(db, doubled=3)
    assert not _keys(db, "mentions")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == len(expected["mentions"]) + 3
    with pytest.raises(StoreError, match="older than this dyads"):
        Store(db, read_only=True)
    with Store(db) as store:  # opened for writing: migrated
        assert store.run("SELECT value FROM meta WHERE key = 'schema_version'") == [(SCHEMA_VERSION,)]
    assert _keys(db, "mentions")
    assert _rows(db) == expected
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(db, copy)
    with Store(copy) as store, pytest.raises(StoreError, match="repeats rows"):
        store.write(_batch(coder))  # the key holds after the migration too
