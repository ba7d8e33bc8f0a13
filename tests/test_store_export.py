"""Exports of a store: what a user opening each file in their own tools would see.

One small store per module: four example stories, and an exact copy of the
Merkel-Medvedev story under another id from another publisher, so the phone
call is one real-world event with two mentions.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import duckdb
import pytest

from dyads.run import RunOptions, code_run
from dyads.sources.read import read_file
from dyads.store.db import Store
from dyads.store.export import (
    FORMATS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    ExportError,
    export_columns,
    export_events,
)
from dyads.store.query import EventFilter
from dyads.store.sink import StoreSink
from tests.conftest import EXAMPLES

STORIES = (
    "03-merkel-medvedev-call", "04-raisi-new-york", "17-poland-accuses-belarus",
    "26-czech-expels-russian-diplomats",
)
COPY_ID = "copy-of-merkel-call"


@pytest.fixture(scope="module")
def store(coder, tmp_path_factory) -> Store:
    articles = [next(read_file(EXAMPLES / f"{name}.txt")) for name in STORIES]
    merkel = articles[0]
    copy = dataclasses.replace(merkel, id=COPY_ID, publisher="Other Wire", origin="copy")
    path = tmp_path_factory.mktemp("export") / "store.duckdb"
    with Store(path) as writer:
        sink = StoreSink(writer)
        summary = code_run([*articles, copy], coder, sink, options=RunOptions())
        sink.close()
        assert summary.coded == len(STORIES) and summary.duplicates == 1
    opened = Store(path, read_only=True)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def counts(store) -> dict[str, int]:
    return {
        "events": store.run("SELECT count(*) FROM events")[0][0],
        "merged": store.run("SELECT count(*) FROM merged_events")[0][0],
    }


@pytest.fixture(scope="module")
def merkel_id(store) -> str:
    return store.run("SELECT id FROM articles WHERE status = 'coded' AND text LIKE 'German Chancellor%'")[0][0]


def export(store: Store, fmt: str, folder: Path, **kwargs) -> tuple[Path, int]:
    out = folder / f"events.{fmt}"
    return out, export_events(store, fmt, out, **kwargs)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def the_phone_call(rows: list[dict], key: str = "CAMEO Code") -> dict:
    calls = [row for row in rows if row[key] == "041"]
    assert len(calls) == 1, calls
    return calls[0]


# -- every format ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("merged", [False, True])
def test_every_format_writes_one_row_per_event(store, counts, tmp_path, fmt, merged):
    out, written = export(store, fmt, tmp_path, merged=merged)
    expected = counts["merged" if merged else "events"]
    assert written == expected > 0
    if fmt == "parquet":
        rows = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchall()[0][0]
    else:
        rows = len(out.read_text("utf-8").splitlines()) - (0 if fmt == "plover" else 1)
    assert rows == expected


def test_the_copy_is_a_mention_not_more_events(store, counts):
    assert counts["merged"] <= counts["events"]
    assert store.run("SELECT max(mentions) FROM merged_events")[0][0] == 2


def test_an_unknown_format_and_parquet_to_stdout_are_refused(store):
    with pytest.raises(ValueError, match="choose one of"):
        export_events(store, "xml", None)
    with pytest.raises(ExportError, match="give a file"):
        export_events(store, "parquet", None)


def test_text_formats_go_to_stdout(store, counts, capsys):
    assert export_events(store, "icews", None) == counts["events"]
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == list(ICEWS_COLUMNS)
    assert len(lines) == counts["events"] + 1
    assert export_events(store, "plover", None, EventFilter(actor="merkel")) >= 1
    assert all(json.loads(line)["id"] for line in capsys.readouterr().out.splitlines())


# -- ICEWS -------------------------------------------------------------------------


def test_icews_has_the_icews_header_and_the_phone_call(store, tmp_path, merkel_id):
    out, _ = export(store, "icews", tmp_path)
    rows = read_tsv(out)
    assert tuple(rows[0]) == ICEWS_COLUMNS
    call = the_phone_call([r for r in rows if r["Story ID"] == merkel_id])
    assert call["Event Date"] == "2008-08-10"  # "on Sunday" against the Monday dateline
    assert call["Source Name"] == "Angela Merkel" and call["Target Name"] == "Dmitry Medvedev"
    assert call["Source Country"] == "Germany" and call["Target Country"] == "Russian Federation"
    assert call["Source Sectors"] == "GOV"
    assert call["Event Text"] == "Discuss by telephone"
    assert float(call["Intensity"]) == 1.0
    assert call["Publisher"] == "Dyads Wire"
    assert call["Sentence Number"] == "1"
    assert call["Country"] == "Germany"


# -- GDELT -------------------------------------------------------------------------


def test_gdelt_has_every_gdelt_column_in_order(store, tmp_path):
    out, _ = export(store, "gdelt", tmp_path)
    rows = read_tsv(out)
    assert tuple(rows[0]) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    assert all(row["AvgTone"] == "" and row["Actor1Geo_FullName"] == "" for row in rows)


def test_gdelt_counts_the_copy_as_a_mention_of_the_merged_call(store, tmp_path):
    out, _ = export(store, "gdelt", tmp_path, merged=True)
    call = the_phone_call(read_tsv(out), "EventCode")
    assert call["SQLDATE"] == "20080810" and call["MonthYear"] == "200808" and call["Year"] == "2008"
    assert call["Actor1Code"] == "DEUGOV" and call["Actor1CountryCode"] == "DEU"
    assert call["Actor2Code"] == "RUSGOV" and call["Actor2CountryCode"] == "RUS"
    assert call["Actor1Type1Code"] == "GOV"
    assert (call["EventBaseCode"], call["EventRootCode"], call["QuadClass"]) == ("041", "04", "1")
    assert call["IsRootEvent"] == "1"
    assert (call["NumMentions"], call["NumArticles"], call["NumSources"]) == ("2", "2", "2")
    assert 2008.0 < float(call["FractionDate"]) < 2009.0


def test_gdelt_per_story_rows_count_the_copy_too(store, tmp_path, merkel_id):
    out, _ = export(store, "gdelt", tmp_path, filters=EventFilter(actor="merkel"))
    rows = read_tsv(out)
    assert rows and all(row["NumArticles"] == "2" for row in rows)


# -- PLOVER ------------------------------------------------------------------------


def test_plover_records_carry_the_plover_fields(store, tmp_path, merkel_id):
    out, _ = export(store, "plover", tmp_path)
    records = read_jsonl(out)
    assert all(tuple(record) == export_columns("plover") for record in records)
    call = the_phone_call([r for r in records if r["story_id"] == merkel_id], "cameo")
    assert (call["date"], call["event_type"], call["mode"]) == ("2008-08-10", "CONSULT", "phone")
    assert isinstance(call["context"], list)
    [source], [target] = call["source"], call["target"]
    assert (source["name"], source["country"], source["sector"], source["cameo"]) == (
        "Angela Merkel", "DEU", "GOV", "DEUGOV")
    assert (target["name"], target["country"]) == ("Dmitry Medvedev", "RUS")
    assert "spoke by telephone" in call["event_text"]
    assert call["publisher"] == "Dyads Wire"
    assert call["location"]["country"] == "DEU" and call["location"]["name"] == "Berlin"
    assert call["realis"] == "asserted" and 0 < call["confidence"] <= 1
    assert call["trigger"]["text"] == "spoke"


def test_plover_merged_records_count_stories_and_mentions(store, tmp_path):
    out, _ = export(store, "plover", tmp_path, merged=True)
    call = the_phone_call(read_jsonl(out), "cameo")
    assert (call["stories"], call["mentions"], call["events"]) == (1, 2, 1)
    assert call["last_date"] == "2008-08-10"
    assert call["publishers"] == ["Dyads Wire"]


# -- CSV and Parquet -------------------------------------------------------------


def test_csv_has_the_flat_columns(store, tmp_path, merkel_id):
    out, written = export(store, "csv", tmp_path)
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == export_columns("csv") and len(rows) == written
    call = the_phone_call([r for r in rows if r["story_id"] == merkel_id], "cameo")
    assert (call["date"], call["event_type"], call["source_cameo"], call["target_cameo"]) == (
        "2008-08-10", "CONSULT", "DEUGOV", "RUSGOV")


def test_merged_csv_names_the_merged_columns(store, tmp_path):
    out, _ = export(store, "csv", tmp_path, merged=True)
    header = next(csv.reader(io.StringIO(out.read_text("utf-8"))))
    assert tuple(header) == export_columns("csv", merged=True)
    assert {"merged_id", "first_day", "last_day", "stories", "mentions"} <= set(header)


def test_parquet_reads_back_typed(store, tmp_path, merkel_id):
    out, _ = export(store, "parquet", tmp_path)
    relation = duckdb.sql(f"SELECT * FROM read_parquet('{out}')")
    types = dict(zip(relation.columns, map(str, relation.types)))
    assert tuple(relation.columns) == export_columns("parquet")
    assert types["date"] == "DATE" and types["goldstein"] == "DOUBLE" and types["quad"] == "TINYINT"
    assert types["context"] == "VARCHAR[]" and types["source_sectors"] == "VARCHAR[]"
    assert types["lat"] == "DOUBLE" and types["geonameid"] == "BIGINT"
    row = duckdb.sql(
        f"SELECT date, event_type, source_names, target_names FROM read_parquet('{out}') "
        f"WHERE story_id = '{merkel_id}' AND cameo = '041'"
    ).fetchall()
    assert [(d.isoformat(), *rest) for d, *rest in row] == [
        ("2008-08-10", "CONSULT", "Angela Merkel", "Dmitry Medvedev")]


# -- filters ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "icews", "plover"])
def test_filters_narrow_the_rows(store, counts, tmp_path, fmt):
    _, by_actor = export(store, fmt, tmp_path, filters=EventFilter(actor="merkel"))
    _, by_country = export(store, fmt, tmp_path, filters=EventFilter(country="POL"))
    _, by_day = export(store, fmt, tmp_path, filters=EventFilter(since="2008-08-10", until="2008-08-10"))
    _, nothing = export(store, fmt, tmp_path, filters=EventFilter(since="2030-01-01"))
    assert 0 < by_actor < counts["events"]
    assert 0 < by_country < counts["events"]
    assert by_day >= 1 and nothing == 0


def test_filtered_rows_all_match_the_filter(store, tmp_path):
    out, _ = export(store, "plover", tmp_path, filters=EventFilter(event_type="CONSULT"))
    records = read_jsonl(out)
    assert records and {r["event_type"] for r in records} == {"CONSULT"}


def test_an_export_leaves_the_store_usable(store, tmp_path):
    export(store, "csv", tmp_path)
    assert store.counts()["articles"] == len(STORIES) + 1


def test_an_unwritable_file_is_a_clear_error(store, tmp_path):
    with pytest.raises(ExportError, match="cannot be written"):
        export_events(store, "csv", tmp_path / "no-such-folder" / "events.csv")
