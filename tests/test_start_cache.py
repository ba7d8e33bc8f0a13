"""The actor tables and the trigger lexicon are built once and then read from the
cache folder (issue 14): the same tables as a build, built again whenever a package
file, a user's file or the code changes, and a cache that cannot be read or written
costs only the build."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dyads import cache
from dyads.actors import kb_files
from dyads.actors.kb_files import load_kb
from dyads.events import lexicon as lexicon_module
from dyads.events.lexicon import load_lexicon
from tests.conftest import SEED

HEADER_OFFICE = "body,office,title,name,aliases,start,end,sector,wikidata,note\n"
MAYOR = "KEN,head,Mayor,{name},,2022-08-25,,GOV,,Nairobi\n"
ZAP = "type: ASSAULT\nverbs:\n  - {{lemma: zap, cameo: '{code}'}}\n"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DYADS_CACHE", str(folder))
    return folder


def _fields(kb) -> dict:
    """Everything a knowledge base holds, comparable (the class compares by identity)."""
    return {f.name: getattr(kb, f.name) for f in dataclasses.fields(kb)}


def test_the_cached_tables_are_the_built_ones(cache_dir):
    built = load_kb()  # builds and saves
    assert (cache_dir / "actors.pickle").is_file()
    read = load_kb()
    assert read is not built and _fields(read) == _fields(built)
    assert read.holder("IRN", "President", date(2020, 3, 17)).person == "Hassan Rouhani"
    built_lexicon = load_lexicon()
    assert (cache_dir / "lexicon.pickle").is_file()
    assert load_lexicon() == built_lexicon


def test_a_changed_user_file_is_read_again(cache_dir, tmp_path):
    mine = tmp_path / "mayors.csv"
    mine.write_text(HEADER_OFFICE + MAYOR.format(name="Jane Wanjiru"), "utf-8")
    assert load_kb([mine]).terms_of("Jane Wanjiru")
    assert load_kb([mine]).terms_of("Jane Wanjiru")  # from the cache
    mine.write_text(HEADER_OFFICE + MAYOR.format(name="Amani Wekesa"), "utf-8")
    kb = load_kb([mine])
    assert kb.terms_of("Amani Wekesa") and not kb.terms_of("Jane Wanjiru")
    # the package's own tables keep their file: switching back and forth rebuilds nothing
    assert not load_kb().terms_of("Amani Wekesa")
    assert {p.name for p in cache_dir.iterdir()} == {"actors.pickle", "actors-yours.pickle"}


def test_a_user_file_that_appears_later_is_read(cache_dir, tmp_path):
    mine = tmp_path / "mayors.csv"
    assert any(p.reason == "no such file" for p in load_kb([mine]).problems)
    mine.write_text(HEADER_OFFICE + MAYOR.format(name="Jane Wanjiru"), "utf-8")
    kb = load_kb([mine])
    assert kb.terms_of("Jane Wanjiru") and not any(p.reason == "no such file" for p in kb.problems)


def test_a_changed_user_lexicon_is_read_again(cache_dir, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(ZAP.format(code="190"), "utf-8")
    assert load_lexicon([mine]).verbs["zap"][0].cameo == "190"
    assert load_lexicon([mine]).verbs["zap"][0].cameo == "190"
    mine.write_text(ZAP.format(code="180"), "utf-8")
    assert load_lexicon([mine]).verbs["zap"][0].cameo == "180"


def test_a_changed_package_file_is_read_again(cache_dir, monkeypatch):
    load_kb()
    load_lexicon()
    package_kb, package_lexicon = kb_files._package_files, lexicon_module._package_files

    def more_actors():
        yield from package_kb()
        yield "kb/officeholders/zz.csv", HEADER_OFFICE + MAYOR.format(name="Jane Wanjiru")

    def more_triggers():
        yield from package_lexicon()
        yield "events/lexicon/zz.yaml", ZAP.format(code="190")

    monkeypatch.setattr(kb_files, "_package_files", more_actors)
    monkeypatch.setattr(lexicon_module, "_package_files", more_triggers)
    assert load_kb().terms_of("Jane Wanjiru")
    assert "zap" in load_lexicon().verbs
    monkeypatch.undo()
    assert not load_kb().terms_of("Jane Wanjiru")
    assert "zap" not in load_lexicon().verbs


def test_the_key_follows_the_code_and_the_inputs():
    modules = ("dyads.actors.knowledge",)
    key = cache.cache_key(modules, [("a", "x")])
    assert cache.cache_key(modules, [("a", "x")]) == key
    assert cache.cache_key(modules, [("a", "y")]) != key
    assert cache.cache_key(modules, [("ax", "")]) != key  # names and contents stay apart
    assert cache.cache_key(("dyads.events.lexicon",), [("a", "x")]) != key


def test_a_damaged_cache_file_is_built_again(cache_dir):
    good = _fields(load_kb())
    (cache_dir / "actors.pickle").write_bytes(b"\x80\x05garbage")
    assert _fields(load_kb()) == good
    with (cache_dir / "actors.pickle").open("rb") as file:
        assert isinstance(pickle.load(file), str)  # written again: its key, then the tables


def test_a_cache_folder_that_is_a_file_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("DYADS_CACHE", str(blocker))
    assert load_kb().holder("IRN", "President", date(2020, 3, 17)).person == "Hassan Rouhani"
    assert "consult" in {t.event_type.lower() for ts in load_lexicon().verbs.values() for t in ts}
    assert blocker.read_text() == "x"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_only_costs_time(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setenv("DYADS_CACHE", str(locked))
    try:
        assert load_kb().terms_of("Hassan Rouhani")
    finally:
        locked.chmod(0o700)
    assert not list(locked.iterdir())


def test_a_run_with_an_unusable_cache_codes_the_same(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    outputs = []
    for folder in (tmp_path / "cache", tmp_path / "cache", blocker):  # builds, reads, cannot write
        out = tmp_path / f"out{len(outputs)}.jsonl"
        subprocess.run([sys.executable, "-m", "dyads", "code", str(SEED), "--out", str(out), "--no-progress"],
                       env={**os.environ, "DYADS_CACHE": str(folder)}, check=True, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]
    assert {p.name for p in (tmp_path / "cache").iterdir()} >= {"actors.pickle", "lexicon.pickle"}
