"""The server under load: a store grown to N stories, `dyads serve` on it, and wrk asking it.

`dyads bench --serve` measures what the serve issue asks: 50 clients for 30 s
against 127.0.0.1, p95 latency of /api/events and /api/dyads, and errors. The
store is the examples coded once and copied with new ids and dates spread over
ten years (the answers a server computes depend on the rows, not on how they
were coded). wrk (Debian's `wrk`) sends the requests, each client picking the next
URL from a mix of filters, pages and pairs, so that most answers are not the
same one kept in memory.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb

from dyads.store.db import Store

# wrk runs this for each request: the next URL of the mix, and at the end the
# percentiles and error counts as one JSON line.
WRK_SCRIPT = """
paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %%d, "seconds": %%.3f, "p50_ms": %%.1f, "p95_ms": %%.1f, ' ..
    '"p99_ms": %%.1f, "errors": %%d, "non_2xx": %%d}\\n', summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


class LoadError(RuntimeError):
    """The load test cannot run as asked; the message says why."""


def grow_store(seed: Path, out: Path, stories: int) -> dict[str, int]:
    """Copy the coded stories of `seed` into `out` until it holds about `stories` stories."""
    with duckdb.connect(str(seed), read_only=True) as con:
        have = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    if not have:
        raise LoadError(f"{seed} holds no story to copy")
    copies = max(1, -(-stories // have))
    shutil.copyfile(seed, out)
    with Store(out) as store:
        con = store.con
        con.execute(f"CREATE TEMP TABLE copy_no AS SELECT range AS k FROM range(1, {copies})")
        shift = "CAST(k * 7 % 3650 AS INTEGER)"  # each copy a week later, over ten years
        con.execute(
            "INSERT INTO articles SELECT a.* REPLACE (a.id || '~' || k AS id, "
            "CASE WHEN a.duplicate_of IS NULL THEN NULL ELSE a.duplicate_of || '~' || k END AS duplicate_of, "
            f"a.published + {shift} AS published) FROM articles a, copy_no")
        for table in ("actors", "mentions", "quotes"):
            con.execute(f"INSERT INTO {table} SELECT t.* REPLACE (t.article_id || '~' || k AS article_id) "
                        f"FROM {table} t, copy_no")
        con.execute(
            "INSERT INTO events SELECT e.* REPLACE (e.article_id || '~' || k AS article_id, "
            "e.article_id || '~' || k || '#' || split_part(e.event_id, '#', 2) AS event_id, "
            f"e.date + {shift} AS date, e.day + {shift} AS day) FROM events e, copy_no")
        con.execute(
            "INSERT INTO arguments SELECT g.* REPLACE (split_part(g.event_id, '#', 1) || '~' || k || '#' || "
            "split_part(g.event_id, '#', 2) AS event_id) FROM arguments g, copy_no")
        return store.counts()


def url_mix(db: Path) -> dict[str, list[str]]:
    """The URLs each endpoint is asked: filters by the store's countries and types, pages, pairs."""
    with duckdb.connect(str(db), read_only=True) as con:
        countries = [row[0] for row in con.execute(
            "SELECT code, count(*) FROM (SELECT unnest(string_split(source_country, '; ')) AS code FROM events) "
            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20").fetchall()]
        types = [row[0] for row in con.execute(
            "SELECT event_type FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 8").fetchall()]
    events = ["/api/events?limit=50"]
    for i, country in enumerate(countries):
        for offset in (0, 50, 100):
            events.append(f"/api/events?country={country}&limit=50&offset={offset}")
        events.append(f"/api/events?country={country}&type={types[i % len(types)]}&sort=-day")
        events.append(f"/api/events?country={country}&since=2020-01-01&until=2024-12-31")
    for kind in types:
        events.append(f"/api/events?type={kind}&sort=-confidence")
    pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1:]]
    dyads = [f"/api/dyads?a={a}&b={b}&by={'month' if n % 3 else 'year'}" for n, (a, b) in enumerate(pairs)]
    return {"events": events, "dyads": dyads}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(base: str, server: subprocess.Popen, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(base + "/api/stats", timeout=5):
                return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise LoadError("the server did not start") from None
            time.sleep(0.2)


def run_wrk(base: str, paths: list[str], clients: int, seconds: int, folder: Path) -> dict:
    """One wrk run over the URL mix; its figures."""
    listed = folder / "paths.txt"
    listed.write_text("\n".join(paths) + "\n", "utf-8")
    script = folder / "mix.lua"
    script.write_text(WRK_SCRIPT % {"paths": listed}, "utf-8")
    threads = min(2, clients)
    done = subprocess.run(["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s",
                           "-s", str(script), base], capture_output=True, text=True, check=False)
    found = re.search(r"^\{.*\}$", done.stdout, re.MULTILINE)
    if done.returncode != 0 or not found:
        raise LoadError(f"wrk failed: {done.stderr.strip() or done.stdout.strip()}")
    figures = json.loads(found.group(0))
    figures["requests_per_s"] = round(figures["requests"] / figures["seconds"], 1)
    return figures


def load_test(seed: Path, stories: int = 10_000, clients: int = 50, seconds: int = 30,
              workers: int = 1, cache_mb: int = 64) -> dict:
    """Grow a store from `seed`, serve it, load each endpoint; the figures per endpoint."""
    if shutil.which("wrk") is None:
        raise LoadError("the load test needs wrk (apt-get install wrk)")
    with tempfile.TemporaryDirectory(prefix="dyads-load-") as name:
        folder = Path(name)
        db = folder / "load.duckdb"
        counts = grow_store(seed, db, stories)
        mix = url_mix(db)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "dyads", "serve", "--db", str(db), "--port", str(port),
             "--workers", str(workers), "--cache-mb", str(cache_mb)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_until_up(base, server)
            results = {name: run_wrk(base, paths, clients, seconds, folder) | {"urls": len(paths)}
                       for name, paths in mix.items()}
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {"stories": counts["articles"], "events": counts["events"], "clients": clients,
            "seconds": seconds, "workers": workers, "cache_mb": cache_mb, "tool": "wrk", "endpoints": results}
