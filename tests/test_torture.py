"""The torture suite (issue 15): hundreds of hostile inputs, each coded beside one good story.

The inputs come from `tests/hostile.py` (one seed, the same bytes everywhere).
Many cases share one `dyads code` run, a real subprocess, so that spaCy loads a
few times rather than hundreds; every case has a folder of its own, so whatever
the run says about a case names that folder. After each run:

- nothing printed a traceback, and the run ended within its time budget;
- the good story given beside them was coded, its event written;
- every case was coded or named on standard error (none lost in silence), and a
  case that cannot hold a story was named as failed;
- the exit status is 1 exactly when an input failed;
- with --out, every line written is whole JSON; with --db, each failure is a row;
- nothing of the file an external entity points at reached any output.

The fast half (every small case with --out, a sample with --db) runs in CI; the
slow half (every case with --db, and the big sizes in both modes) runs with
`pytest --slow tests/test_torture.py`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest

from tests.hostile import GOOD_STORY, SECRET_FILE, Case, batches, hostile_cases, materialise

CASES = hostile_cases()
BIG = [case for case in hostile_cases(big=True) if case.big]
BATCH = 60  # cases per run: spaCy loads once per run, and a failing run still names few enough
FAST_BUDGET = 90.0  # seconds for one run of small cases (about 10 on an idle machine)
BIG_BUDGET = 600.0
FAST_DB_SAMPLE = CASES[::8]
SUMMARY = re.compile(
    rb"dyads: read (\d+) stor(?:y|ies) in [\d.]+ s: (\d+) coded, (\d+) duplicates, (\d+) skipped"
    rb"(?:, (\d+) (?:already in the store|repeated))?")


@dataclass
class Run:
    """What one `dyads code` run left: its status, its standard error, and what it wrote."""

    cases: list[Case]
    root: Path
    mode: str
    status: int
    stderr: bytes
    seconds: float
    written: bytes = b""  # the --out file, or a dump of the store's rows
    records: list[dict] = field(default_factory=list)
    articles: list[tuple] = field(default_factory=list)  # (id, status, origin, text)
    failures: list[tuple] = field(default_factory=list)  # (origin, reason, kind)

    def folder(self, case: Case) -> bytes:
        return os.fsencode(self.root / case.name)

    def named(self, case: Case, level: bytes = rb"(failed|warning|skipped)") -> bool:
        """Whether standard error names the case (a file, line or record under its folder)."""
        pattern = rb"dyads: " + level + rb": " + re.escape(self.folder(case)) + rb"([/:#]|$)"
        return re.search(pattern, self.stderr, re.MULTILINE) is not None

    def stored(self, case: Case) -> list[tuple]:
        """The case's rows of `articles` (--db)."""
        prefix = os.fsdecode(self.folder(case))
        return [row for row in self.articles if _under(row[2], prefix)]

    def failure_rows(self, case: Case) -> list[tuple]:
        prefix = os.fsdecode(self.folder(case))
        return [row for row in self.failures if _under(row[0], prefix) and row[2] == "failed"]


def _under(origin: str | None, prefix: str) -> bool:
    return bool(origin) and (origin == prefix or origin.startswith((prefix + "/", prefix + ":", prefix + "#")))


def code(cases: list[Case], root: Path, mode: str, budget: float) -> Run:
    """Make the cases' files under `root` and code them, and the good story last, in one subprocess."""
    good = root / "good" / "good.txt"
    good.parent.mkdir(parents=True)
    good.write_text(GOOD_STORY, "utf-8")
    inputs = [name for case in cases for name in materialise(case, root)]
    target = root / ("out.jsonl" if mode == "out" else "store.duckdb")
    command = [sys.executable, "-m", "dyads", "code", "--no-progress", "--offline",
               f"--{mode}", str(target), "--", *inputs, str(good)]
    started = time.monotonic()
    try:
        # cwd: an empty folder, so no dyads.toml of the machine's is read
        done = subprocess.run(command, cwd=root, capture_output=True, timeout=budget,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the run took more than {budget:g} s; its last words: {(expired.stderr or b'')[-2000:]!r}")
    run = Run(cases, root, mode, done.returncode, done.stderr, time.monotonic() - started)
    if mode == "out":
        run.written = target.read_bytes() if target.exists() else b""
        lines = run.written.decode("utf-8").splitlines()
        run.records = [json.loads(line) for line in lines]  # a cut line fails here
    elif target.exists() and b"Traceback" not in done.stderr:
        with duckdb.connect(str(target), read_only=True) as con:
            run.articles = con.execute("SELECT id, status, origin, text FROM articles").fetchall()
            run.failures = con.execute("SELECT origin, reason, kind FROM failures").fetchall()
            run.written = repr((run.articles, run.failures,
                                con.execute("SELECT * FROM events").fetchall())).encode("utf-8", "backslashreplace")
    return run


def check(run: Run) -> None:
    """Every promise of the suite, for one run; each failure names the cases it is about."""
    assert b"Traceback" not in run.stderr, run.stderr.decode("utf-8", "replace")[-4000:]
    _check_good_story(run)
    failed = re.search(rb"^dyads: failed: ", run.stderr, re.MULTILINE) is not None
    assert run.status == (1 if failed else 0), (
        f"exit status {run.status} but {'an' if failed else 'no'} input failed:\n" + _tail(run))
    # noise that decodes as text is no language: skipped, and named, which is as good
    must_fail = [case.name for case in run.cases if case.must_fail and not run.named(case, rb"(failed|skipped)")]
    assert not must_fail, f"not named as failed: {must_fail}\n" + _tail(run)
    if run.mode == "db":
        lost = [case.name for case in run.cases if not run.named(case) and not run.stored(case)]
        assert not lost, f"neither coded nor named (lost in silence): {lost}\n" + _tail(run)
        unstored = [case.name for case in run.cases if run.named(case, rb"failed") and not run.failure_rows(case)
                    and not any(row[1] == "failed" for row in run.stored(case))]
        assert not unstored, f"named as failed on standard error, but no row in the store says so: {unstored}"
    else:
        _check_counts(run)
    _check_secret(run)
    _check_own_words(run)


def _check_good_story(run: Run) -> None:
    if run.mode == "out":
        good = [r for r in run.records if r["article"]["text"] == GOOD_STORY]
        assert good, "the good story was not coded\n" + _tail(run)
        actors = {a["actor_id"]: a["cameo"] for a in good[0]["actors"]}
        pairs = {(actors.get(e["source"][0]["actor"]), actors.get(e["target"][0]["actor"]))
                 for e in good[0]["events"] if e["source"] and e["target"]}
    else:
        ids = [row[0] for row in run.articles if row[3] == GOOD_STORY and row[1] == "coded"]
        assert ids, "the good story was not coded\n" + _tail(run)
        with duckdb.connect(str(run.root / "store.duckdb"), read_only=True) as con:
            pairs = set(con.execute("SELECT source_cameo, target_cameo FROM events WHERE article_id = ?",
                                    [ids[0]]).fetchall())
    assert ("IRN", "USA") in pairs, f"the good story's event is missing: {pairs}"


def _check_counts(run: Run) -> None:
    # JSON Lines carry no file names: a case not named must have given at least one
    # story among those the summary counts (coded, duplicate or repeated).
    found = SUMMARY.search(run.stderr)
    assert found, "no summary\n" + _tail(run)
    coded, duplicates, repeated = int(found[2]), int(found[3]), int(found[5] or 0)
    assert coded == len(run.records), f"the summary says {coded} coded, the file holds {len(run.records)}"
    unnamed = [case.name for case in run.cases if not run.named(case)]
    assert len(unnamed) <= coded - 1 + duplicates + repeated, (
        f"{len(unnamed)} cases not named, but only {coded - 1} stories coded beside the good one "
        f"(+{duplicates} duplicates, {repeated} repeats): some were lost in silence: {unnamed}")


def _check_secret(run: Run) -> None:
    if not any(case.reads_secret for case in run.cases) or not Path(SECRET_FILE).is_file():
        return
    secret_lines = [line for line in Path(SECRET_FILE).read_bytes().splitlines() if len(line) >= 12]
    for line in secret_lines:
        for what, data in (("standard error", run.stderr), ("the output", run.written)):
            assert line not in data, f"{SECRET_FILE} reached {what}: {line!r}"


def _check_own_words(run: Run) -> None:
    # Every line on standard error is dyads' own (a problem line or the summary):
    # no library's warning or log line reaches the user beside them.
    text = run.stderr
    for case in run.cases:  # a file name with a newline in it spreads over two lines
        text = text.replace(run.folder(case), b"<case>")
    text = re.sub(rb"<case>[^:]*?\n[^:]*?:", b"<case>:", text)
    foreign = [line for line in text.splitlines() if line and not line.startswith((b"dyads: ", b"  "))]
    assert not foreign, f"lines on standard error that are not dyads' own: {foreign[:10]}"


def _tail(run: Run) -> str:
    return run.stderr.decode("utf-8", "backslashreplace")[-3000:]


def test_the_generator_gives_hundreds_of_cases_the_same_every_time():
    assert len(CASES) >= 300
    again = hostile_cases()
    assert [(c.name, c.entries) for c in again] == [(c.name, c.entries) for c in CASES]
    readers = {case.reader for case in CASES}
    assert {"txt", "html", "htm", "jsonl", "csv", "warc", "warc.gz", "rss", "atom", "xml", "folder", "name"} <= readers


FAST_BATCHES = list(batches(CASES, BATCH))


@pytest.mark.parametrize("number", range(len(FAST_BATCHES)))
def test_hostile_inputs_beside_a_good_story_with_out(tmp_path, number):
    check(code(FAST_BATCHES[number], tmp_path, "out", FAST_BUDGET))


def test_a_sample_of_hostile_inputs_beside_a_good_story_with_db(tmp_path):
    check(code(FAST_DB_SAMPLE, tmp_path, "db", FAST_BUDGET * 2))


@pytest.mark.slow
@pytest.mark.parametrize("number", range(len(FAST_BATCHES)))
def test_every_hostile_input_with_db(tmp_path, number):
    check(code(FAST_BATCHES[number], tmp_path, "db", FAST_BUDGET))


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["out", "db"])
def test_big_hostile_inputs_are_refused_or_coded_within_their_budget(tmp_path, mode):
    check(code(BIG, tmp_path, mode, BIG_BUDGET))
