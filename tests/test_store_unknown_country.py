"""An actor of unknown country is absent from every country column, the same way
in the store, `query --country`, and every export (docs/record.md)."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from dyads.record import Article
from dyads.run import RunOptions, code_run
from dyads.store.db import Store
from dyads.store.export import export_events
from dyads.store.query import EventFilter
from dyads.store.sink import StoreSink

# "Finance Minister Tendai Gumbo" has no country word: a minister of unknown country.
STORY = ("Finance Minister Tendai Gumbo accused Britain of sabotaging the economy on Monday, "
         "the state broadcaster reported.")


@pytest.fixture(scope="module")
def store(every_event_coder, tmp_path_factory):
    path = tmp_path_factory.mktemp("unknown") / "store.duckdb"
    with Store(path) as writer:
        sink = StoreSink(writer)
        # an event with a side of unknown country falls under the default threshold: write all
        code_run([Article(text=STORY, id="gumbo", published="2002-01-28")], every_event_coder, sink,
                 options=RunOptions())
        sink.close()
    return path


def _rows(path, sql):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_store_keeps_the_actor_with_no_code_and_no_evidence(store):
    rows = _rows(store, "SELECT code, cameo, evidence, sector FROM actors WHERE name = 'Tendai Gumbo'")
    assert rows == [(None, None, None, "GOV")]
    britain = _rows(store, "SELECT code, evidence FROM actors WHERE name = 'United Kingdom'")
    assert britain == [("GBR", "kb-name")]


def test_the_event_lists_only_the_known_country(store):
    rows = _rows(store, "SELECT source_country, target_country FROM events WHERE event_type = 'ACCUSE'")
    assert rows == [(None, "GBR")]


def test_exports_leave_the_unknown_country_empty(store, tmp_path):
    with Store(store, read_only=True) as reader:
        out = tmp_path / "events.jsonl"
        export_events(reader, "plover", out, EventFilter())
        record = json.loads(out.read_text("utf-8").splitlines()[0])
        assert record["source"][0]["country"] is None and record["target"][0]["country"] == "GBR"
        out = tmp_path / "events.tsv"
        export_events(reader, "icews", out, EventFilter())
        row = next(csv.DictReader(io.StringIO(out.read_text("utf-8")), delimiter="\t"))
        assert row["Source Country"] == "" and row["Target Country"] == "United Kingdom"
