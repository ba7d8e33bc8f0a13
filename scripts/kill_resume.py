#!/usr/bin/env python3
"""Kill a `dyads code --db` run at random moments, restart it each time, and compare with a clean run.

    python scripts/kill_resume.py                  # 300 stories, 20 kills (a few minutes)
    python scripts/kill_resume.py --stories 40 --kills 3 --seed 7

The stories are made from templates (countries, verbs, days and topics varied,
so every story is its own). A clean run codes them into one store. Another
store is coded by a run that is killed with SIGKILL at a random moment, started
again, killed again, and so on, then let finish. After each kill the store must
hold whole stories only: for every story it holds, the rows of `articles`,
`actors`, `mentions`, `quotes`, `events` and `arguments` are exactly the clean
run's rows for that story. At the end every table must equal the clean run's.
One line per kill says pass or fail; the exit status is 0 only if all passed.

dyads runs as a subprocess (`python -m dyads`), so the script imports nothing of
it: run it with the Python that has dyads installed (or PYTHONPATH=src). Issue 15.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb

TABLES = ("articles", "actors", "mentions", "quotes", "events", "arguments", "failures")
# How each table's rows belong to a story: the SQL giving the story's id.
STORY_OF = {
    "articles": "id", "actors": "article_id", "mentions": "article_id", "quotes": "article_id",
    "events": "article_id", "arguments": "split_part(event_id, '#', 1)",
}

COUNTRIES = [
    ("Iran", "Tehran"), ("Russia", "Moscow"), ("China", "Beijing"), ("France", "Paris"), ("Germany", "Berlin"),
    ("Turkey", "Ankara"), ("Egypt", "Cairo"), ("Brazil", "Brasilia"), ("India", "New Delhi"),
    ("Pakistan", "Islamabad"), ("Japan", "Tokyo"), ("Kenya", "Nairobi"), ("Nigeria", "Abuja"),
    ("Mexico", "Mexico City"), ("Poland", "Warsaw"), ("Ukraine", "Kyiv"), ("Israel", "Jerusalem"),
    ("Saudi Arabia", "Riyadh"), ("South Africa", "Pretoria"), ("Argentina", "Buenos Aires"),
    ("Indonesia", "Jakarta"), ("Vietnam", "Hanoi"), ("Chile", "Santiago"), ("Greece", "Athens"),
    ("Spain", "Madrid"), ("Italy", "Rome"), ("Canada", "Ottawa"), ("Australia", "Canberra"),
    ("Ethiopia", "Addis Ababa"), ("Colombia", "Bogota"),
]
VERBS = [
    "condemned", "praised", "accused", "threatened", "criticized", "welcomed", "met with", "held talks with",
    "imposed sanctions on", "signed a trade agreement with", "expelled diplomats of", "sent aid to",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = [
    "a border dispute", "fishing rights", "a detained journalist", "grain exports", "a disputed election",
    "a dam on a shared river", "missile tests", "refugee flows", "a gas pipeline", "an embassy attack",
    "cyber attacks", "a peace plan",
]
FOLLOW_UPS = [
    "The foreign ministry of {a} said the decision followed weeks of {topic} talks.",
    "Officials in {capital_b} rejected the move and promised a response within days.",
    "Diplomats said the dispute over {topic} had strained ties since last year.",
    "{b} said it would raise the matter at the United Nations.",
    "Analysts expect further talks between {a} and {b} next month in {capital_a}.",
]


def make_stories(count: int, rng: random.Random) -> list[dict[str, str]]:
    """`count` distinct stories (JSON Lines records), each a few sentences from the templates."""
    stories, seen = [], set()
    while len(stories) < count:
        (a, capital_a), (b, capital_b) = rng.sample(COUNTRIES, 2)
        verb, day, topic = rng.choice(VERBS), rng.choice(DAYS), rng.choice(TOPICS)
        if (a, b, verb, topic) in seen:
            continue
        seen.add((a, b, verb, topic))
        fill = {"a": a, "b": b, "capital_a": capital_a, "capital_b": capital_b, "topic": topic}
        sentences = [f"{capital_a.upper()} (Dyads Wire) - {a} {verb} {b} on {day} over {topic}, officials said."]
        sentences += [line.format(**fill) for line in rng.sample(FOLLOW_UPS, 2)]
        number = len(stories) + 1
        stories.append({"id": f"k{number:04d}", "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "title": f"{a} and {b}", "text": "\n".join(sentences)})
    return stories


def code_command(python: str, stories: Path, db: Path, batch: int, verbose: bool = False) -> list[str]:
    """The `dyads code` command line for one run into `db`."""
    command = [python, "-m", "dyads", "code", str(stories), "--db", str(db), "--batch", str(batch),
               "--no-progress", "--offline"]
    return [*command, "--verbose"] if verbose else command


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


def read_rows(db: Path) -> dict[str, dict[str, Counter]]:
    """Every row of every table, grouped by the story it belongs to (failures under "")."""
    rows: dict[str, dict[str, Counter]] = {}
    if not db.exists() or db.stat().st_size == 0:
        return {table: {} for table in TABLES}
    # A killed run may leave a write-ahead log: read a copy, so the real store is left
    # for the restart exactly as the kill left it.
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / db.name
        shutil.copy(db, copy)
        wal = db.with_name(db.name + ".wal")
        if wal.exists():
            shutil.copy(wal, copy.with_name(copy.name + ".wal"))
        with duckdb.connect(str(copy)) as con:
            present = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            for table in TABLES:
                grouped: dict[str, Counter] = {}
                if table in present:
                    key = STORY_OF.get(table, "''")
                    for story, *row in con.execute(f"SELECT {key}, * FROM {table}").fetchall():
                        grouped.setdefault(story, Counter())[_hashable(row)] += 1
                rows[table] = grouped
    return rows


def compare(killed: dict[str, dict[str, Counter]], clean: dict[str, dict[str, Counter]],
            whole: bool) -> list[str]:
    """How `killed` differs from `clean`: for the stories it holds (or all, when `whole`)."""
    held = set(killed["articles"])
    problems = []
    for table in TABLES:
        if table == "failures" and not whole:
            continue  # not a story's rows: checked at the end
        stories = set(clean[table]) | set(killed[table]) if whole else held | set(killed[table])
        for story in sorted(stories):
            mine, theirs = killed[table].get(story, Counter()), clean[table].get(story, Counter())
            if mine != theirs:
                extra, missing = sum((mine - theirs).values()), sum((theirs - mine).values())
                problems.append(f"{table} of {story or 'the run'}: {extra} rows too many, {missing} missing")
    if whole and set(clean["articles"]) != held:
        problems.append(f"articles: {len(held)} stories, the clean run has {len(clean['articles'])}")
    return problems


def kill_moment(rng: random.Random, stories_left: int, kills_left: int, startup: float,
                per_batch: float) -> tuple[int, float]:
    """When to kill: after how many stories this run has written, and how many seconds after that.

    Sometimes before the run writes anything (loading spaCy, reading the store,
    coding the first stories). Otherwise after a random share of what is left,
    spread so later restarts still have stories to code, and then either within
    milliseconds (the coder hands over stories in bursts, so more commits follow
    at once: the kill lands among them) or at a random point of the next batch.
    """
    wait_for = rng.randint(0, max(1, 2 * stories_left // kills_left))
    if wait_for == 0 or rng.random() < 0.15:
        return 0, rng.uniform(0.1, startup)
    return wait_for, rng.uniform(0, 0.02) if rng.random() < 0.5 else rng.uniform(0, per_batch)


def kill_at(process: subprocess.Popen, stories: int, seconds: float) -> tuple[bool, str]:
    """SIGKILL `process` `seconds` after it has written `stories` stories (its --verbose "wrote" lines).

    Returns whether it had ended by itself first, and when it was killed, in words.
    """
    written = 0
    while written < stories:
        line = process.stderr.readline()
        if not line:
            break
        if line.startswith(b"dyads: wrote "):
            written += int(line.split()[2])
    time.sleep(seconds)
    if process.poll() is not None:
        return True, ""
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = f"{written} stories written" if stories else "start"
    return False, f"{seconds:.2f} s after {after}"


def run_until_done(command: list[str], timeout: float) -> subprocess.CompletedProcess:
    """Run `command` to its end (or fail after `timeout` seconds)."""
    return subprocess.run(command, capture_output=True, timeout=timeout)


def main(argv: list[str] | None = None) -> int:
    """Make the stories, code them clean, then kill and restart; 0 if every check passed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--batch", type=int, default=8, help="stories per transaction (small: many commits to hit)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--workdir", type=Path, help="keep the stories and stores here (default: a temporary folder)")
    parser.add_argument("--python", default=sys.executable, help="the Python that runs dyads")
    parser.add_argument("--timeout", type=float, default=900, help="seconds for one whole run")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    folder = args.workdir or Path(tempfile.mkdtemp(prefix="dyads-kill-"))
    folder.mkdir(parents=True, exist_ok=True)
    stories = folder / "stories.jsonl"
    stories.write_text("".join(json.dumps(s) + "\n" for s in make_stories(args.stories, rng)), "utf-8")
    clean_db, killed_db = folder / "clean.duckdb", folder / "killed.duckdb"
    for db in (clean_db, killed_db):
        for path in (db, db.with_name(db.name + ".wal")):
            path.unlink(missing_ok=True)

    # The clean run, timed: when it first commits and when it ends, to aim the kills
    # at the coding (and committing) rather than only at spaCy loading.
    started = time.monotonic()
    clean_run = subprocess.Popen(code_command(args.python, stories, clean_db, args.batch, verbose=True),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    first_commit, clean_err = None, []
    for line in clean_run.stderr:
        clean_err.append(line)
        if first_commit is None and line.startswith(b"dyads: wrote "):
            first_commit = time.monotonic() - started
    clean_run.wait(timeout=args.timeout)
    total = time.monotonic() - started
    if clean_run.returncode != 0:
        print(f"the clean run failed (exit {clean_run.returncode}):\n" + b"".join(clean_err[-20:]).decode(errors="replace"))
        return 2
    startup = first_commit or total / 2
    coding = max(total - startup, 1.0)
    clean = read_rows(clean_db)
    print(f"clean run: {len(clean['articles'])} stories in {total:.1f} s (first commit at {startup:.1f} s); "
          f"stores in {folder}", flush=True)

    failures = 0
    per_batch = coding / max(1, args.stories / args.batch)
    for kill in range(1, args.kills + 1):
        held = len(read_rows(killed_db)["articles"])
        moment = kill_moment(rng, args.stories - held, args.kills - kill + 1, startup, per_batch)
        process = subprocess.Popen(code_command(args.python, stories, killed_db, args.batch, verbose=True),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        finished, when = kill_at(process, *moment)
        rows = read_rows(killed_db)
        problems = compare(rows, clean, whole=False)
        what = "the run had already ended" if finished else f"killed {when}"
        failures += bool(problems)
        print(f"kill {kill:2d} ({what}): the store holds {len(rows['articles'])} of {len(clean['articles'])} "
              f"stories, whole: {'fail' if problems else 'pass'}" + "".join(f"\n    {p}" for p in problems[:8]),
              flush=True)

    done = run_until_done(code_command(args.python, stories, killed_db, args.batch), args.timeout)
    problems = compare(read_rows(killed_db), clean, whole=True)
    if done.returncode != 0:
        problems.insert(0, f"the last restart ended with exit {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
    failures += bool(problems)
    print(f"after the last restart: every table equals the clean run's: {'fail' if problems else 'pass'}"
          + "".join(f"\n    {p}" for p in problems[:20]), flush=True)
    print(f"{args.kills} kills, {failures} failed", flush=True)
    if not args.workdir and not failures:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
