"""A web archive of the example stories coded into a DuckDB store, twice."""

from __future__ import annotations

import duckdb

from dyads.cli import main
from tests.store_corpus import corpus_pages, example_stories

TABLES = ("articles", "actors", "mentions", "quotes", "events", "arguments", "failures")


def counts(path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def test_the_archive_holds_at_least_fifty_pages():
    assert len(corpus_pages()) >= 50


def test_every_page_is_a_story_with_what_became_of_it(coded_store):
    _, db = coded_store
    with duckdb.connect(str(db), read_only=True) as con:
        statuses = dict(con.execute("SELECT status, count(*) FROM articles GROUP BY 1").fetchall())
        skipped = con.execute("SELECT DISTINCT reason, language FROM articles WHERE status = 'skipped'").fetchall()
    stories = len(example_stories())
    assert statuses == {"coded": stories, "duplicate": stories, "skipped": 2}
    assert skipped == [("language: fr", "fr")]


def test_each_copy_points_at_the_first_sites_story(coded_store):
    _, db = coded_store
    with duckdb.connect(str(db), read_only=True) as con:
        pairs = con.execute(
            "SELECT copy.url, kept.url, copy.reason FROM articles copy "
            "JOIN articles kept ON kept.id = copy.duplicate_of WHERE copy.status = 'duplicate'"
        ).fetchall()
    assert all(kept.startswith("https://wire.example.com/") for _, kept, _ in pairs)
    assert all(copy.startswith("https://daily.example.org/") for copy, _, _ in pairs)
    # odd-numbered stories are whole copies, even-numbered ones lack their last paragraph
    assert {reason for _, _, reason in pairs} == {"exact", "near"}


def test_a_copied_story_counts_its_events_once_with_two_mentions(coded_store):
    _, db = coded_store
    with duckdb.connect(str(db), read_only=True) as con:
        events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        merged = con.execute("SELECT count(*), min(mentions), max(stories) FROM merged_events").fetchall()[0]
        phone = con.execute(
            "SELECT mentions, publishers FROM merged_events WHERE event_type = 'CONSULT' "
            "AND source_names = 'Angela Merkel' AND target_names = 'Dmitry Medvedev'"
        ).fetchall()
    assert events > 50  # the 32 stories and their copies: 70 at the default threshold on 2026-12-03
    assert merged[0] <= events and merged[1] == 2 and merged[2] == 1
    assert phone == [(2, ["Dyads Wire"])]


def test_coding_the_archive_again_adds_no_row(coded_store, capsys):
    warc, db = coded_store
    before = counts(db)
    capsys.readouterr()
    assert main(["code", str(warc), "--db", str(db), "--no-progress"]) == 0
    assert counts(db) == before
    assert f"{len(corpus_pages())} already in the store" in capsys.readouterr().err
