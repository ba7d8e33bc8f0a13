"""A run into a store finds copies of stored stories by asking the store, not by loading it.

The store keeps the duplicate index's keys (`article_bands`); a run asks for a batch
of stories at once and holds only its own recent stories. Its decisions are those of
an index holding everything: the same duplicates of the same stories.
"""

from __future__ import annotations

import duckdb

from dyads.record import Article, CodedArticle
from dyads.run import code_run
from dyads.sources.dedup import DuplicateIndex
from dyads.store.db import Store
from dyads.store.duplicates import StoredDuplicates
from dyads.store.schema import SCHEMA_VERSION
from dyads.store.sink import StoreSink
from tests.store_corpus import example_stories


class ArticlesOnly:
    """A coder that codes nothing out of a story: the duplicate check is what is tested."""

    def code_items(self, items):
        for article in items:
            yield CodedArticle(article)


def stories(suffix: str = "") -> list[Article]:
    """The example stories, and for each a copy: whole (odd) or without its last paragraph (even)."""
    originals, copies = [], []
    for number, (name, text) in enumerate(example_stories(), start=1):
        originals.append(Article(text=text, id=f"{name}{suffix}", published="2020-01-01"))
        copy = text if number % 2 else "\n".join(text.strip().splitlines()[:-1])
        copies.append(Article(text=copy, id=f"{name}-copy{suffix}", published="2020-01-01"))
    return originals + copies


def decisions(db) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT id, status, reason, duplicate_of, similarity FROM articles ORDER BY id").fetchall()


def test_copies_are_found_as_an_index_holding_every_story_finds_them(tmp_path, monkeypatch):
    import dyads.run

    in_memory, on_disk = tmp_path / "memory.duckdb", tmp_path / "disk.duckdb"
    with Store(in_memory) as store:
        code_run(stories(), ArticlesOnly(), StoreSink(store), DuplicateIndex())
    # batches of 8 and generations of 5 stories: the originals are found on disk, not in memory
    monkeypatch.setattr(dyads.run, "LOOK_AHEAD", 8)
    with Store(on_disk) as store:
        index = StoredDuplicates(store, generation=5)
        code_run(stories(), ArticlesOnly(), StoreSink(store, batch_stories=4), index)
        assert sum(g.seen_count() for g in index._generations) <= 2 * 5 + 8  # two generations and a batch
    found = decisions(on_disk)
    assert found == decisions(in_memory)
    kinds = {reason for _, status, reason, _, _ in found if status == "duplicate"}
    assert kinds == {"exact", "near"}


def test_a_second_run_finds_copies_of_the_stored_stories(tmp_path):
    db = tmp_path / "news.duckdb"
    originals = stories()[: len(example_stories())]
    with Store(db) as store:
        code_run(originals, ArticlesOnly(), StoreSink(store), StoredDuplicates(store))
    with Store(db) as store:
        summary = code_run(stories("-again"), ArticlesOnly(), StoreSink(store), StoredDuplicates(store))
    assert summary.coded == 0 and summary.duplicates == 2 * len(originals)
    with duckdb.connect(str(db), read_only=True) as con:
        copied = dict(con.execute("SELECT id, duplicate_of FROM articles WHERE status = 'duplicate'").fetchall())
    assert copied["03-merkel-medvedev-call-again"] == "03-merkel-medvedev-call"
    assert copied["04-raisi-new-york-copy-again"] == "04-raisi-new-york"  # trimmed: a near copy


def test_a_generation_is_held_until_the_store_has_its_stories(tmp_path):
    with Store(tmp_path / "news.duckdb") as store:
        index = StoredDuplicates(store, generation=2)
        for number in range(6):  # nothing written: every story is still being coded
            index.remember(f"s{number}", None)
        index.look_ahead_ids(["s7"])
        assert [g.seen_count() for g in index._generations] == [2, 2, 2]
        assert all(index.knows(f"s{number}") for number in range(6))


def test_a_version_6_store_gets_the_keys_of_its_stored_stories(tmp_path):
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        code_run(stories(), ArticlesOnly(), StoreSink(store), StoredDuplicates(store))
        expected = store.run("SELECT key, article_id FROM article_bands ORDER BY ALL")
    with duckdb.connect(str(db)) as con:  # as dyads 6 left it: no keys
        con.execute("DROP TABLE article_bands")
        con.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    with Store(db) as store:
        assert store.run("SELECT value FROM meta WHERE key = 'schema_version'") == [(SCHEMA_VERSION,)]
        assert store.run("SELECT key, article_id FROM article_bands ORDER BY ALL") == expected
        assert expected and {story_id for _, story_id in expected} == {
            story_id for (story_id,) in store.run("SELECT id FROM articles WHERE status = 'coded'")}
        summary = code_run([stories()[0]], ArticlesOnly(), StoreSink(store), StoredDuplicates(store))
    assert summary.already_stored == 1
