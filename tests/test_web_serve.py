"""`dyads serve` as a user starts it: settings checked before it starts, and --ingest."""

from __future__ import annotations

import time

import duckdb
import pytest
from fastapi.testclient import TestClient

from dyads.cli import main
from dyads.web.app import ServeSettings, create_app


@pytest.mark.parametrize("arguments, words", [
    (["--db", "{tmp}/none.duckdb"], "no such store"),
    (["--db", "{tmp}/notes.duckdb"], "is not a DuckDB store"),
    (["--db", "{store}", "--port", "0"], "not a port"),
    (["--db", "{store}", "--ingest", "{tmp}/missing"], "no such folder"),
    (["--db", "{store}", "--min-confidence", "2"], "not between 0 and 1"),
    (["--db", "{store}", "--max-story-bytes", "0"], "size above 0"),
])
def test_a_setting_that_cannot_be_honoured_stops_serve_before_it_starts(tmp_path, web_store, capsys,
                                                                         arguments, words):
    (tmp_path / "notes.duckdb").write_text("not a store", "utf-8")
    argv = [part.format(tmp=tmp_path, store=web_store) for part in arguments]
    assert main(["serve", *argv]) == 2
    assert words in capsys.readouterr().err


def test_stats_count_by_code_by_default(web_store, capsys):
    assert main(["stats", "--db", str(web_store), "--format", "csv"]) == 0
    by_code = capsys.readouterr().out.splitlines()
    assert by_code[0].startswith("month,source,target")
    sources = {line.split(",")[1] for line in by_code[1:]}
    assert "IRNGOV" in sources or "IRN" in sources
    assert main(["stats", "--db", str(web_store), "--format", "csv", "--by", "name"]) == 0
    assert "Iran" in capsys.readouterr().out


def test_query_takes_the_side_of_a_country(web_store, capsys):
    assert main(["query", "--db", str(web_store), "--country", "USA", "--country-as", "target",
                 "--format", "json", "--limit", "0"]) == 0
    import json

    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all("USA" in (row["target_cameo"] or "") for row in rows)


def _wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_an_ingesting_server_codes_new_files_and_stores_posted_stories(tmp_path, coder):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = tmp_path / "live.duckdb"
    app = create_app(ServeSettings(db=db, ingest=inbox, watch_seconds=0.2))
    app.state.coder._coder = coder
    with TestClient(app) as client:
        watcher = app.state.watcher
        _wait_for(lambda: watcher.rounds >= 1)
        assert client.get("/api/stats").json()["events"] == 0
        (inbox / "story.txt").write_text(
            "Iran condemned the United States on Tuesday over new sanctions on its oil exports.", "utf-8")
        _wait_for(lambda: client.get("/api/stats").json()["stories"].get("coded") == 1)
        assert client.get("/api/events", params={"country": "IRN"}).json()["total"] >= 1
        rounds = watcher.rounds
        _wait_for(lambda: watcher.rounds >= rounds + 2)
        assert client.get("/api/stats").json()["stories"]["coded"] == 1  # a file is coded once
        posted = client.post("/api/code?store=true", json={"text": "Russia condemned NATO on Monday.",
                                                           "published": "2025-02-03"})
        assert posted.status_code == 200 and posted.json()["stored"] is True
        again = client.post("/api/code?store=true", json={"text": "Russia condemned NATO on Monday.",
                                                          "published": "2025-02-03"})
        assert again.json()["stored"] is False
        assert client.get("/api/stats").json()["stories"]["coded"] == 2
    with duckdb.connect(str(db), read_only=True) as con:  # the server let go of the file
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_serve_answers_on_localhost_until_stopped(web_store):
    import json
    import signal
    import socket
    import subprocess
    import sys
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "dyads", "serve", "--db", str(web_store), "--port", str(port)],
                              stderr=subprocess.PIPE, text=True)
    try:
        announced = server.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in announced and "read-only" in announced
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5) as answer:
                    stats = json.load(answer)
                    break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "serve did not answer"
                time.sleep(0.2)
        assert stats["events"] > 0
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert server.returncode in (0, -signal.SIGINT)


def test_the_load_tests_store_grows_with_whole_stories(tmp_path, web_store):
    from dyads.web.load import grow_store, url_mix

    counts = grow_store(web_store, tmp_path / "grown.duckdb", 200)
    with duckdb.connect(str(web_store), read_only=True) as con:
        seed = con.execute("SELECT count(*), (SELECT count(*) FROM events) FROM articles").fetchone()
    assert counts["articles"] >= 200 and counts["articles"] % seed[0] == 0
    assert counts["events"] == seed[1] * counts["articles"] // seed[0]
    with duckdb.connect(str(tmp_path / "grown.duckdb"), read_only=True) as con:
        orphans = con.execute("SELECT count(*) FROM events e ANTI JOIN articles a ON a.id = e.article_id "
                              "UNION ALL SELECT count(*) FROM arguments g ANTI JOIN events e USING (event_id)"
                              ).fetchall()
        assert orphans == [(0,), (0,)]
        assert con.execute("SELECT count(DISTINCT year(day)) FROM events").fetchone()[0] >= 3
    mix = url_mix(tmp_path / "grown.duckdb")
    assert len(mix["events"]) > 20 and len(mix["dyads"]) > 10
