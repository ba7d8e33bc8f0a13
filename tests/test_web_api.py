"""The HTTP API over a store (FastAPI's test client): filters, pages, errors, limits, read-only."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient

from dyads.web.app import ServeSettings, create_app


@pytest.fixture(scope="module")
def client(web_store, coder):
    app = create_app(ServeSettings(db=web_store, max_body_bytes=20_000))
    app.state.coder._coder = coder  # the session's coder: spaCy loads once per test run
    with TestClient(app) as test_client:
        yield test_client


def _all_events(client, **filters) -> list[dict]:
    found, offset = [], 0
    while offset is not None:
        page = client.get("/api/events", params={**filters, "limit": 7, "offset": offset}).json()
        found += page["items"]
        offset = page["next_offset"]
    return found


def test_pages_of_events_cover_every_event_once_in_a_stable_order(client, web_store):
    with duckdb.connect(str(web_store), read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM events").fetchone()[0]
    first = client.get("/api/events", params={"limit": 7}).json()
    assert first["total"] == stored > 20
    assert len(first["items"]) == 7 and first["next_offset"] == 7
    events = _all_events(client)
    ids = [event["event_id"] for event in events]
    assert len(ids) == len(set(ids)) == stored
    assert ids == [event["event_id"] for event in _all_events(client)]  # same order twice
    days = [event["day"] for event in events if event["day"]]
    assert days == sorted(days)
    newest = client.get("/api/events", params={"sort": "-day", "limit": 3}).json()["items"]
    assert newest[0]["day"] == max(days)


def test_filters_mean_what_dyads_query_means(client):
    iranian = _all_events(client, country="IRN")
    assert iranian and all("IRN" in f"{e['source_cameo']} {e['target_cameo']}" for e in iranian)
    as_target = _all_events(client, country="USA", country_as="target")
    assert as_target and all("USA" in (e["target_cameo"] or "") for e in as_target)
    conflict = _all_events(client, quad=4)
    assert conflict and {e["quad"] for e in conflict} == {4}
    accusations = _all_events(client, type="accuse")
    assert accusations and {e["event_type"] for e in accusations} == {"ACCUSE"}
    recent = _all_events(client, since="2023-01-01")
    assert recent and all(e["day"] >= "2023-01-01" for e in recent)
    sure = _all_events(client, min_confidence=0.45)
    assert all(e["confidence"] >= 0.45 for e in sure)
    merged = client.get("/api/events", params={"merged": "true"}).json()
    assert 0 < merged["total"] <= client.get("/api/events").json()["total"]


@pytest.mark.parametrize("query, words", [
    ("quad=9", "quad 9"),
    ("since=yesterday", "not a date"),
    ("type=HUG", "not a PLOVER type"),
    ("country=Iran", "alpha-3"),
    ("country_as=both&country=IRN", "country side"),
    ("limit=5000", "limit"),
    ("offset=-1", "offset"),
    ("sort=name", "sort"),
    ("a=IRN", "both a and b"),
])
def test_a_bad_filter_is_a_400_that_says_why(client, query, words):
    answer = client.get(f"/api/events?{query}")
    assert answer.status_code == 400
    assert words in answer.json()["error"]


def test_an_event_comes_with_its_story_sentence_and_offsets(client):
    event = client.get("/api/events", params={"type": "COERCE", "limit": 1}).json()["items"][0]
    answer = client.get(f"/api/events/{quote(event['event_id'], safe='')}")
    assert answer.status_code == 200
    found = answer.json()
    text = client.get(f"/api/stories/{quote(found['article_id'], safe='')}").json()["article"]["text"]
    assert text[found["trigger_start"]:found["trigger_end"]] == found["trigger_text"]
    start = found["sentence_start"]
    assert text[start:start + len(found["sentence_text"])] == found["sentence_text"]
    for argument in found["arguments"]:
        assert text[argument["start"]:argument["end"]] == argument["text"]
    assert found["story"]["id"] == found["article_id"]


def test_a_story_is_its_coded_record(client, web_store):
    record = client.get("/api/stories/hostile").json()
    assert record["article"]["text"].startswith("Iran condemned") or "Iran condemned" in record["article"]["text"]
    with duckdb.connect(str(web_store), read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM events WHERE article_id = 'hostile'").fetchone()[0]
    assert len(record["events"]) == stored > 0
    text = record["article"]["text"]
    for actor in record["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    assert any(event["quote"] is not None for event in record["events"])


def test_unknown_ids_are_404(client):
    for path in ("/api/events/nothing%231", "/api/stories/nothing", "/api/actors/NOBODY", "/api/nowhere"):
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert "error" in answer.json()


def test_a_dyad_series_adds_up_both_directions_and_reciprocal_events(client):
    series = client.get("/api/dyads", params={"a": "IND", "b": "PAK"}).json()
    assert series["a"] == "IND" and series["by"] == "month"
    rows = series["series"]
    assert {row["direction"] for row in rows} >= {"a_to_b", "together"}
    between = _all_events(client, a="IND", b="PAK")
    assert sum(row["events"] for row in rows) == len([e for e in between if e["day"]])
    for row in rows:
        assert row["events"] == sum(row[f"quad{q}"] for q in (1, 2, 3, 4))
    iran = client.get("/api/dyads", params={"a": "IRN", "b": "USA", "by": "year"}).json()["series"]
    assert iran and all(len(row["period"]) == 4 for row in iran)
    assert client.get("/api/dyads", params={"a": "IRN"}).status_code == 400
    assert client.get("/api/dyads", params={"a": "IRN", "b": "USA", "by": "hour"}).status_code == 400


def test_actors_are_found_by_name_or_code(client):
    found = client.get("/api/actors", params={"q": "iran"}).json()
    keys = [actor["key"] for actor in found["items"]]
    assert "IRN" in keys
    actor = client.get("/api/actors/IRN").json()
    assert actor["codes"] == ["IRN"] and actor["stories"] >= 1 and actor["events"]


def test_stats_count_what_the_store_holds(client, web_store):
    stats = client.get("/api/stats").json()
    with duckdb.connect(str(web_store), read_only=True) as con:
        assert stats["events"] == con.execute("SELECT count(*) FROM events").fetchone()[0]
        assert stats["stories"]["coded"] == con.execute(
            "SELECT count(*) FROM articles WHERE status = 'coded'").fetchone()[0]
    assert sum(stats["quads"].values()) == stats["events"]


def test_an_export_is_the_filtered_events_as_a_download(client):
    answer = client.get("/api/export", params={"format": "csv", "country": "IRN"})
    assert answer.status_code == 200
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert len(rows) == len(_all_events(client, country="IRN"))
    plover = client.get("/api/export", params={"format": "plover", "quad": 4})
    assert len(plover.text.strip().splitlines()) == len(_all_events(client, quad=4))
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 400


def test_a_posted_story_is_coded_and_not_stored(client, web_store):
    before = client.get("/api/stats").json()["events"]
    answer = client.post("/api/code", json={
        "text": "Russia and China held talks in Beijing on Monday. Russia condemned NATO.",
        "published": "2025-01-06"})
    assert answer.status_code == 200
    record = answer.json()
    assert {"article", "actors", "quotes", "events"} <= set(record)
    assert "stored" not in record
    assert client.get("/api/stats").json()["events"] == before
    plain = client.post("/api/code", content="Iran condemned Israel.", headers={"content-type": "text/plain"})
    assert plain.status_code == 200 and plain.json()["article"]["text"] == "Iran condemned Israel."


def test_posting_cannot_write_to_a_read_only_server(client):
    answer = client.post("/api/code?store=true", json={"text": "Iran condemned Israel."})
    assert answer.status_code == 403
    assert "--ingest" in answer.json()["error"]


@pytest.mark.parametrize("body, words", [
    ({}, "as text or as html"),
    ({"text": "x", "html": "<p>x</p>"}, "as text or as html"),
    ({"text": "Iran condemned Israel.", "published": "soon"}, "not a date"),
    ({"text": "Iran condemned Israel.", "author": "me"}, "unknown field"),
    ({"text": 5}, "must be a string"),
])
def test_a_bad_posted_story_is_a_400(client, body, words):
    answer = client.post("/api/code", json=body)
    assert answer.status_code == 400
    assert words in answer.json()["error"]


def test_a_story_too_large_is_a_413(client):
    answer = client.post("/api/code", content="Iran condemned Israel. " * 2000,
                         headers={"content-type": "text/plain"})
    assert answer.status_code == 413
    assert "at most 20,000" in answer.json()["error"]


def test_every_answer_carries_a_strict_content_security_policy(client):
    for path in ("/events", "/api/stats", "/stories/hostile"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/docs").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


def test_story_text_is_escaped_in_pages(client):
    page = client.get("/stories/hostile").text
    assert "<script>window.__dyadsXss" not in page
    assert "&lt;script&gt;window.__dyadsXss = 1&lt;/script&gt;" in page
    assert "<img src=x" not in page
    events = client.get("/events", params={"country": "IRN"}).text
    assert "<script>window" not in events and "onerror=\"window" not in events


def test_a_store_held_by_a_writer_is_a_503_until_it_is_free(tmp_path, web_store):
    db = tmp_path / "held.duckdb"
    db.write_bytes(web_store.read_bytes())
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
         str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    app = create_app(ServeSettings(db=db, retry_seconds=0))
    with TestClient(app) as client:
        try:
            assert holder.stdout.readline().strip() == b"ready"
            busy = client.get("/api/events")
            assert busy.status_code == 503
            assert "another process has this store open" in busy.json()["error"]
            assert busy.headers["retry-after"]
            assert client.get("/events").status_code == 503
        finally:
            holder.communicate(b"")
        assert client.get("/api/events").status_code == 200
