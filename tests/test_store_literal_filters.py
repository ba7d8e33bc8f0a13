"""Filters match the user's words as written: "%", "_" and "\\" are not wildcards.

The words went into SQL LIKE unescaped, so `--actor '%'` (or `'_'`) matched every
event of the store (issue 15).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from dyads.cli import main
from dyads.web.app import ServeSettings, create_app

STORIES = {
    "iran.txt": "Iran condemned the United States on Monday over new sanctions on its oil exports.",
    "russia.txt": "Russia and China signed a trade agreement in Beijing on Tuesday, officials said.",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory, coder):
    folder = tmp_path_factory.mktemp("literal")
    for name, text in STORIES.items():
        (folder / name).write_text(text, "utf-8")
    db = folder / "two.duckdb"
    assert main(["code", str(folder / "iran.txt"), str(folder / "russia.txt"), "--db", str(db),
                 "--no-progress", "--min-confidence", "0"]) == 0
    return db


def _events(capsys, db, *filters: str) -> list[dict]:
    assert main(["query", "--db", str(db), "--format", "json", "--limit", "0", *filters]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _stories(events: list[dict]) -> set[str]:
    return {name for name, text in STORIES.items() for event in events if event["sentence_text"] in text}


def test_the_store_holds_events_of_both_stories(store, capsys):
    assert _stories(_events(capsys, store)) == set(STORIES)


@pytest.mark.parametrize("words", ["%", "_", "\\", "%%", "I_an", "Ir%"])
def test_wildcard_characters_match_only_themselves(store, capsys, words):
    assert _events(capsys, store, "--actor", words) == []
    assert _events(capsys, store, "--words", words) == []


def test_a_real_name_still_matches(store, capsys):
    assert _stories(_events(capsys, store, "--actor", "iran")) == {"iran.txt"}
    assert _stories(_events(capsys, store, "--words", "Beijing")) == {"russia.txt"}


def test_stats_and_export_use_the_same_literal_filter(store, capsys, tmp_path):
    assert main(["stats", "--db", str(store), "--format", "json", "--actor", "_"]) == 0
    assert capsys.readouterr().out == ""
    out = tmp_path / "events.csv"
    assert main(["export", "--db", str(store), "--format", "csv", "--out", str(out), "--actor", "%"]) == 0
    assert "exported 0 events" in capsys.readouterr().err


def test_the_web_api_filters_literally_too(store):
    with TestClient(create_app(ServeSettings(db=store))) as client:
        assert client.get("/api/events", params={"actor": "%"}).json()["total"] == 0
        assert client.get("/api/events", params={"actor": "iran"}).json()["total"] > 0
        assert client.get("/api/actors", params={"q": "_"}).json()["total"] == 0
        assert client.get("/api/actors", params={"q": "iran"}).json()["total"] > 0
