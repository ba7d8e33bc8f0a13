"""Shared fixtures: one coder (spaCy loaded once, one process) and the shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dyads.pipeline import Coder

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SEED = SHARED / "seed" / "iran-russia-call.txt"
POLNEAR = SHARED / "polnear-dev"
EXAMPLES = ROOT / "examples"


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--slow` runs the tests marked slow too (the torture suite's big half, the kill script's test)."""
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the tests marked slow (minutes each); CI runs without them")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the slow tests unless `--slow` was given."""
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with pytest --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def every_event_coder(coder) -> Coder:
    """A coder that writes every event whatever its confidence: for tests of who does
    what to whom, not of how sure the coder is (an event with a side of unknown country
    falls under the default threshold)."""
    return Coder(kb=coder.kb, nlp=coder.nlp, lexicon=coder.lexicon, min_confidence=0.0)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.is_dir():
        reason = f"{SHARED} is not here (the shared data folder lies beside the repository)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI has it: a skip there would hide a failure
        pytest.skip(reason)
    return SHARED


def actor_named(record, name: str):
    """The actor whose name or a mention is `name`."""
    for actor in record.actors:
        if actor.name == name or any(m.text == name for m in actor.mentions):
            return actor
    raise AssertionError(f"no actor {name!r} among {[a.name for a in record.actors]}")


def quote_containing(record, words: str):
    for quote in record.quotes:
        if words in quote.text:
            return quote
    raise AssertionError(f"no quote containing {words!r} among {[q.text[:40] for q in record.quotes]}")


@pytest.fixture(scope="session")
def coded_store(tmp_path_factory, coder):
    """The example stories as a two-site web archive, coded into a store: (warc, db)."""
    from dyads.cli import main
    from tests.store_corpus import write_corpus

    folder = tmp_path_factory.mktemp("warc")
    warc = write_corpus(folder / "corpus.warc.gz")
    db = folder / "corpus.duckdb"
    assert main(["code", str(warc), "--db", str(db), "--no-progress"]) == 0
    return warc, db


# A story whose text carries markup that would run if a page did not escape it.
HOSTILE_STORY = (
    "TEHRAN (Dyads Wire) - Iran condemned the United States on Tuesday over new sanctions "
    "<script>window.__dyadsXss = 1</script> imposed on its oil exports, the foreign ministry said.\n\n"
    "Foreign Minister Abbas Araghchi said the measures <img src=x onerror=\"window.__dyadsXss=2\"> "
    "were illegal and urged Washington to lift them, calling them \"economic terrorism\".\n\n"
    "The United States accused Iran of supplying drones to Russia, a charge Tehran denied."
)


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, coder) -> Path:
    """The example stories and one hostile story coded into a store, for the server's tests."""
    from dyads.record import Article
    from dyads.run import code_run
    from dyads.sources import read_inputs
    from dyads.sources.read import finish_article
    from dyads.store.db import Store
    from dyads.store.sink import StoreSink

    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    items = [*read_inputs([str(EXAMPLES)]),
             finish_article(Article(text=HOSTILE_STORY, id="hostile", published="2025-06-03",
                                    title='Sanctions <script>window.__dyadsXss = 3</script>'))]
    with Store(db) as store:
        code_run(items, coder, StoreSink(store))
    return db
