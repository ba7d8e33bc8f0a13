"""dyads query and dyads stats over a store of the example stories."""

from __future__ import annotations

import csv
import io
import json

from dyads.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_events_of_a_country_as_json(coded_store, capsys):
    _, db = coded_store
    status, out, _ = run(capsys, "query", "--db", str(db), "--country", "IRN", "--format", "json", "--limit", "0")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and rows
    assert all("IRN" in (r["source_cameo"] or "") + (r["target_cameo"] or "") for r in rows)
    assert any(r["source_names"] == "Ebrahim Raisi" and r["target_names"] == "Emmanuel Macron" for r in rows)


def test_filters_combine(coded_store, capsys):
    _, db = coded_store
    _, out, _ = run(capsys, "query", "--db", str(db), "--format", "csv", "--limit", "0")
    everything = list(csv.DictReader(io.StringIO(out)))
    _, out, _ = run(capsys, "query", "--db", str(db), "--format", "csv", "--limit", "0",
                    "--type", "consult", "--realis", "asserted", "--since", "2022-01-01")
    narrowed = list(csv.DictReader(io.StringIO(out)))
    assert 0 < len(narrowed) < len(everything)
    assert all(r["event_type"] == "CONSULT" and r["realis"] == "asserted" and r["day"] >= "2022-01-01"
               for r in narrowed)


def test_words_of_the_sentence(coded_store, capsys):
    _, db = coded_store
    _, out, _ = run(capsys, "query", "--db", str(db), "--words", "telephone Medvedev", "--format", "json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all("telephone" in r["sentence_text"].lower() for r in rows)


def test_merged_events_count_each_real_event_once(coded_store, capsys):
    _, db = coded_store
    _, out, _ = run(capsys, "query", "--db", str(db), "--merged", "--format", "json", "--limit", "0")
    merged = [json.loads(line) for line in out.splitlines()]
    _, out, _ = run(capsys, "query", "--db", str(db), "--format", "json", "--limit", "0")
    events = out.splitlines()
    assert len(merged) <= len(events)
    assert sum(m["events"] for m in merged) == len(events)
    assert all(m["mentions"] == 2 for m in merged)  # every story in the archive has one copy


def test_stats_per_dyad_and_month(coded_store, capsys):
    _, db = coded_store
    status, out, _ = run(capsys, "stats", "--db", str(db), "--format", "csv", "--country", "RUS")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and rows
    # sides by CAMEO code by default: a series adds up whoever speaks for a government
    call = [r for r in rows if r["source"] == "DEUGOV" and r["target"] == "RUSGOV"]
    assert call and call[0]["month"] == "2008-08" and float(call[0]["goldstein"]) > 0
    assert all(int(r["events"]) == int(r["cooperation"]) + int(r["conflict"]) for r in rows)
    status, out, _ = run(capsys, "stats", "--db", str(db), "--format", "csv", "--country", "RUS", "--by", "name")
    named = list(csv.DictReader(io.StringIO(out)))
    assert any(r["source"] == "Angela Merkel" and r["target"] == "Dmitry Medvedev" for r in named)


def test_a_bad_filter_is_explained(coded_store, capsys):
    _, db = coded_store
    status, _, err = run(capsys, "query", "--db", str(db), "--type", "PARTY")
    assert status == 2 and "'PARTY' is not a PLOVER type" in err
    status, _, err = run(capsys, "query", "--db", str(db), "--since", "last week")
    assert status == 2 and "not a date" in err


def test_a_missing_store_is_named(tmp_path, capsys):
    status, _, err = run(capsys, "stats", "--db", str(tmp_path / "none.duckdb"))
    assert status == 2 and "none.duckdb: no such store" in err
