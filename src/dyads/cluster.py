"""`dyads code --engine dask`: partitions coded on a Dask cluster, shards loaded by one owner.

DuckDB has one writer, so the workers never touch the store. The inputs are cut
into partitions (single-story files grouped, JSON Lines files by line ranges,
other files whole); each partition is a task. A worker reads its stories with
the usual readers, codes them with a coder it builds once, and writes one
Parquet shard per table into `FILE.duckdb.shards/<partition>/`: written under a
temporary name and renamed when complete, then a manifest entry
(`manifest/<partition>.json`) says it is done. A half-written shard is never
taken as done, and a retried task (a worker that died) writes the same shard.

The process that owns the store loads the shards in partition order, one
transaction a partition, replaying what a one-process run decides before coding:
a story the store (or an earlier partition) already holds is passed over, and the
duplicate check (`StoredDuplicates`, asking the store once a shard) runs here over
every story's hash and MinHash signature, which the worker wrote beside it. A later copy becomes a `duplicate`
row and its coded rows are dropped, so a copy in partition 7 of a story in
partition 2 is still a duplicate, and the rows are those of one process.

A run started again codes only the partitions without a manifest entry, and loads
every shard again: what the store already holds is passed over by id. See
docs/cluster.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from dyads.parallel import CoderSettings, make_coder
from dyads.record import Article, CodedArticle, Problem
from dyads.run import CODED_LANGUAGES, RunOptions, RunSummary, _count_problem
from dyads.sources.read import KINDS_TEXT, STDIN, URL_PREFIXES, ReadOptions, kind_of, story_files

# Stories a partition holds (about): enough that the per-task costs are small,
# few enough that a retried partition codes little again.
PARTITION_STORIES = 200
# Seconds to wait for a --scheduler that does not answer.
CONNECT_TIMEOUT = 10
# Times a partition is tried again after its worker died or it failed.
RETRIES = 2
CODED_TABLES = ("actors", "mentions", "quotes", "events", "arguments")
ITEMS_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("origin", pa.string()), ("reason", pa.string()),
    ("fatal", pa.bool_()), ("content_hash", pa.string()), ("signature", pa.list_(pa.uint64())),
])


class ClusterError(RuntimeError):
    """The cluster cannot be used, or a partition failed on every try; the message says what to do."""


# -- partitions ----------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A stretch of the inputs, read on a worker as a one-process run reads it.

    kind: "file" (a whole file, `read_file`), "jsonl" (lines `first_line`.. from
    byte `start` to `end` of a JSON Lines file), "url" (a feed), "problem" (an
    input that is no file: its reason).
    """

    kind: str
    name: str  # as a one-process run names it (the stories' origins)
    start: int = 0
    end: int = 0
    first_line: int = 1
    whole: bool = True
    reason: str = ""


@dataclass
class Partition:
    """Pieces coded as one task; `pid` names its shard (the same inputs, the same id)."""

    pieces: list[Piece] = field(default_factory=list)
    pid: str = ""


def plan_partitions(inputs: Iterable[str], size: int = PARTITION_STORIES) -> list[Partition]:
    """The inputs cut into partitions of about `size` stories, in input order."""
    pieces: list[tuple[Piece, int]] = []
    for name in inputs:
        if name == STDIN:
            raise ClusterError("--engine dask reads files, folders and URLs, not standard input (-)")
        if name.lower().startswith(URL_PREFIXES):
            pieces.append((Piece("url", name), size))
            continue
        path = Path(name)
        if path.is_dir():
            files = story_files(path)
            if not files:
                pieces.append((Piece("problem", name, reason=f"folder holds no story files ({KINDS_TEXT})"), 1))
            for file in files:
                pieces.extend(_file_pieces(file, size))
        elif path.exists():
            pieces.extend(_file_pieces(path, size))
        else:
            pieces.append((Piece("problem", name, reason="no such file or folder"), 1))
    partitions: list[Partition] = []
    current, weight = Partition(), 0
    for piece, pieces_weight in pieces:
        if current.pieces and weight + pieces_weight > size:
            partitions.append(current)
            current, weight = Partition(), 0
        current.pieces.append(piece)
        weight += pieces_weight
    if current.pieces:
        partitions.append(current)
    return partitions


def _file_pieces(path: Path, size: int) -> list[tuple[Piece, int]]:
    kind = kind_of(path) or "text"
    if kind in ("text", "html"):
        return [(Piece("file", str(path)), 1)]
    if kind != "jsonl":
        return [(Piece("file", str(path)), size)]  # CSV, WARC, feeds: one partition a file
    starts = _line_starts(path, size)
    total = path.stat().st_size
    whole = len(starts) == 1
    return [
        (Piece("jsonl", str(path), start, starts[i + 1] if i + 1 < len(starts) else total,
               first_line=i * size + 1, whole=whole), size)
        for i, start in enumerate(starts)
    ]


def _line_starts(path: Path, every: int) -> list[int]:
    """Byte offsets of lines 1, every+1, 2*every+1, ... (a line is what `readline` returns)."""
    starts, lines, offset, total = [0], 0, 0, path.stat().st_size
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            position = block.find(b"\n")
            while position != -1:
                lines += 1
                if lines % every == 0 and offset + position + 1 < total:
                    starts.append(offset + position + 1)
                position = block.find(b"\n", position + 1)
            offset += len(block)
    return starts


def partition_ids(partitions: list[Partition], settings: CoderSettings, job: dict) -> None:
    """Give each partition an id from its inputs (path, size, time) and everything that shapes its rows."""
    def stat(name: str | Path | None):
        if name is None:
            return None
        try:
            info = Path(name).stat()
            return [str(Path(name).resolve()), info.st_size, info.st_mtime_ns]
        except OSError:
            return [str(name)]

    shared = json.dumps({
        "settings": [[stat(p) for p in settings.actor_files], stat(settings.boilerplate),
                     [stat(p) for p in settings.lexicon_files], settings.min_confidence],
        # not the working folder: relative names are in the pieces, resolved in their stat
        **{key: value for key, value in job.items() if key not in ("schemas", "cwd")},
    }, sort_keys=True, default=str)
    for partition in partitions:
        key = json.dumps([shared, [[p.kind, p.name, stat(p.name) if p.kind in ("file", "jsonl") else None,
                                    p.start, p.end, p.first_line, p.whole, p.reason]
                                   for p in partition.pieces]])
        partition.pid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


# -- on a worker ---------------------------------------------------------------

_coders: dict[CoderSettings, object] = {}
_rules: dict[Path | None, object] = {}


def _worker_coder(settings: CoderSettings):
    """The coder of these settings, made once per worker process."""
    if settings not in _coders:
        _coders[settings] = make_coder(settings)
    return _coders[settings]


def _worker_rules(boilerplate: Path | None):
    if boilerplate not in _rules:
        from dyads.sources.clean import load_rules

        _rules[boilerplate] = load_rules(boilerplate) if boilerplate else None
    return _rules[boilerplate]


def code_partition(pid: str, pieces: list[Piece], shards: str, settings: CoderSettings, job: dict) -> str:
    """Code one partition into its shard; returns the pid. Does nothing if its shard is done."""
    root = Path(shards)
    if (root / "manifest" / f"{pid}.json").exists():
        return pid
    rules = _worker_rules(settings.boilerplate)
    coder = _worker_coder(settings)
    options: ReadOptions = job["read_options"]
    items: list[dict] = []
    articles: list[dict] = []
    coded: dict[str, list[dict]] = {table: [] for table in CODED_TABLES}
    to_code: list[tuple[Article, dict]] = []
    seen: set[str] = set()

    from dyads.sources.dedup import content_hash, signature
    from dyads.store.rows import Rows, add_coded, article_row

    for item in _read(pieces, rules, options, job["cwd"]):
        if isinstance(item, Problem):
            items.append({"origin": item.origin, "reason": item.reason, "fatal": item.fatal})
            continue
        if job["published"] and not item.published:
            item.published = job["published"]
        entry = {"article_id": item.id}
        items.append(entry)
        if item.id in seen:  # the owner passes it over: its first reading comes before
            continue
        seen.add(item.id)
        text_hash = content_hash(item.text)
        entry["content_hash"] = text_hash
        language = item.language or "en"
        if language not in CODED_LANGUAGES:
            articles.append(article_row(item, "skipped", text_hash, None, reason=f"language: {language}"))
            continue
        values = signature(item.text) if job["dedup"] else None
        entry["signature"] = None if values is None else [int(v) for v in values]
        to_code.append((item, entry))

    results = coder.code_items(article for article, _ in to_code)
    for (article, entry), result in zip(to_code, results):
        if isinstance(result, Problem):
            entry.update(origin=result.origin, reason=result.reason, fatal=result.fatal)
            articles.append(article_row(article, "failed", entry["content_hash"], None, reason=result.reason))
            continue
        assert isinstance(result, CodedArticle)
        articles.append(article_row(article, "coded", entry["content_hash"], entry["signature"]))
        rows = Rows()
        add_coded(rows, result)
        for table in CODED_TABLES:
            coded[table].extend(getattr(rows, table))
    _write_shard(root, pid, job["schemas"], items, articles, coded)
    return pid


def _read(pieces: list[Piece], rules, options: ReadOptions, cwd: str) -> Iterator[Article | Problem]:
    from dyads.sources.read import read_file, read_inputs, read_jsonl_lines

    for piece in pieces:
        if piece.kind == "problem":
            yield Problem(piece.name, piece.reason)
        elif piece.kind == "url":
            yield from read_inputs([piece.name], rules, options=options)
        elif piece.kind == "jsonl":
            try:
                with (Path(cwd) / piece.name).open("rb") as stream:
                    stream.seek(piece.start)
                    yield from read_jsonl_lines(piece.name, _Stretch(stream, piece.end), rules, options,
                                                first_line=piece.first_line, whole=piece.whole)
            except OSError as error:
                yield Problem(piece.name, f"cannot be read ({error.strerror or error})")
        else:
            opened = str(Path(cwd) / piece.name)
            for item in read_file(Path(opened), rules, options):
                if item.origin and item.origin.startswith(opened):  # named as the owner names it
                    item.origin = piece.name + item.origin[len(opened):]
                yield item


class _Stretch:
    """The lines of a file up to byte `end` (a partition's share of a JSON Lines file)."""

    def __init__(self, stream, end: int) -> None:
        self.stream = stream
        self.end = end

    def readline(self, size: int = -1) -> bytes:
        left = self.end - self.stream.tell()
        if left <= 0:
            return b""
        return self.stream.readline(left if size is None or size < 0 else min(size, left))


def _write_shard(root: Path, pid: str, schemas: dict[str, pa.Schema], items: list[dict],
                 articles: list[dict], coded: dict[str, list[dict]]) -> None:
    """Write the shard under a temporary name, rename it, then add its manifest entry."""
    import pyarrow.parquet as pq

    from dyads.store.db import arrow_table

    temporary = root / f".{pid}.{uuid.uuid4().hex}.tmp"
    temporary.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(items, schema=ITEMS_SCHEMA), temporary / "items.parquet")
    pq.write_table(arrow_table("articles", articles, schemas["articles"]), temporary / "articles.parquet")
    for table, rows in coded.items():
        pq.write_table(arrow_table(table, rows, schemas[table]), temporary / f"{table}.parquet")
    final = root / pid
    try:
        os.rename(temporary, final)
    except OSError:  # another try of this partition finished first: its shard is the same
        shutil.rmtree(temporary, ignore_errors=True)
        if not final.is_dir():
            raise
    manifest = root / "manifest"
    manifest.mkdir(exist_ok=True)
    entry = manifest / f".{pid}.{uuid.uuid4().hex}.tmp"
    entry.write_text(json.dumps({"partition": pid, "stories": len(articles), "finished": time.time()}) + "\n",
                     "utf-8")
    os.replace(entry, manifest / f"{pid}.json")


# -- the owner -----------------------------------------------------------------


def done_partitions(shards: Path) -> set[str]:
    """The partitions whose shards are complete (a manifest entry each)."""
    manifest = shards / "manifest"
    if not manifest.is_dir():
        return set()
    return {entry.name[: -len(".json")] for entry in manifest.glob("*.json") if (shards / entry.stem).is_dir()}


def load_shard(store, folder: Path, index, options: RunOptions, summary: RunSummary) -> None:
    """Load one shard into the store in one transaction, deciding as a one-process run does."""
    import numpy as np
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from dyads.store.rows import Rows

    articles = {row["id"]: row for row in pq.read_table(folder / "articles.parquet").to_pylist()}
    items = pq.read_table(folder / "items.parquet").to_pylist()
    signatures: dict[str, np.ndarray | None] = {}
    for item in items:  # an id read twice in the shard is the first reading's
        if item["article_id"] is not None and item["article_id"] not in signatures:
            signature = item["signature"]
            signatures[item["article_id"]] = None if signature is None else np.array(signature, dtype=np.uint64)
    # the store is asked about the whole shard at once (store/duplicates.py)
    index.look_ahead_ids(list(signatures))
    if options.dedup:
        index.look_ahead_texts([(articles[i]["content_hash"], v) for i, v in signatures.items()
                                if i in articles and articles[i]["status"] != "skipped"])
    rows = Rows()
    coded: list[str] = []
    for item in items:
        story_id = item["article_id"]
        problem = Problem(item["origin"], item["reason"], bool(item["fatal"])) if item["reason"] else None
        if story_id is None:
            _count_problem(summary, problem)
            rows.failures.append(_failure_row(problem))
            continue
        summary.read += 1
        if index.knows(story_id):
            summary.already_stored += 1
            continue
        row = articles[story_id]
        index.remember(story_id, row["content_hash"])
        if row["status"] == "skipped":
            summary.skipped[row["reason"]] += 1
            rows.articles.append(row)
            continue
        values = signatures[story_id]
        copy = index.copy_of(row["content_hash"], values) if options.dedup else None
        if copy is not None:
            summary.duplicates += 1
            rows.articles.append({**row, "status": "duplicate", "reason": copy.kind, "duplicate_of": copy.of,
                                  "similarity": copy.similarity, "signature": None, "relevance": None})
            continue
        if options.dedup:
            index.add(story_id, row["content_hash"], values)
        rows.articles.append(row)
        if row["status"] == "failed":
            _count_problem(summary, problem)
            rows.failures.append(_failure_row(problem))
        else:
            summary.coded += 1
            coded.append(story_id)
    kept = pa.array(coded, pa.string())
    events = pq.read_table(folder / "events.parquet")
    events = events.filter(pc.is_in(events["article_id"], kept))
    for table in ("actors", "mentions", "quotes"):
        shard = pq.read_table(folder / f"{table}.parquet")
        setattr(rows, table, shard.filter(pc.is_in(shard["article_id"], kept)).to_pylist())
    arguments = pq.read_table(folder / "arguments.parquet")
    rows.arguments = arguments.filter(pc.is_in(arguments["event_id"], events["event_id"])).to_pylist()
    rows.events = events.to_pylist()
    summary.actors += len(rows.actors)
    summary.quotes += len(rows.quotes)
    summary.events += len(rows.events)
    if len(rows):
        store.write(rows)


def _failure_row(problem: Problem) -> dict:
    return {"origin": problem.origin, "reason": problem.reason, "kind": "failed" if problem.fatal else "warning"}


def connect(scheduler: str | None, workers: int):
    """A client of the cluster at `scheduler`, or of a new LocalCluster of `workers` processes."""
    import logging

    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise ClusterError("--engine dask needs Dask: pip install 'dyads[dask]'") from error
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise ClusterError(f"--scheduler {scheduler}: no Dask scheduler answered within {CONNECT_TIMEOUT} s "
                               f"({error}); start one with: dask scheduler (docs/cluster.md)") from error
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster, set_as_default=False)


def run_dask(inputs: list[str], store, settings: CoderSettings, read_options: ReadOptions,
             options: RunOptions, index, *, published: str | None = None, scheduler: str | None = None,
             workers: int = 1, partition_stories: int = PARTITION_STORIES, verbose: bool = False) -> RunSummary:
    """Code the inputs on a Dask cluster into the store; the rows are those of one process."""
    started = time.perf_counter()
    partitions = plan_partitions(inputs, partition_stories)
    shards = Path(f"{store.path}.shards").resolve()
    shards.mkdir(exist_ok=True)
    job = {"read_options": read_options, "dedup": options.dedup, "published": published,
           "cwd": os.getcwd(), "schemas": store.arrow_schemas()}
    partition_ids(partitions, settings, job)
    done = done_partitions(shards)
    todo = list(dict.fromkeys(p.pid for p in partitions if p.pid not in done))
    print(f"dyads: {len(partitions)} partitions, {len(partitions) - len(todo)} already coded "
          f"(shards in {shards})", file=sys.stderr, flush=True)
    summary = RunSummary()
    for story_id in options.known_ids:
        index.remember(story_id, None)
    client = connect(scheduler, workers) if todo else None
    try:
        futures = {}
        for partition in partitions:
            if partition.pid in todo and partition.pid not in futures:
                futures[partition.pid] = client.submit(
                    code_partition, partition.pid, partition.pieces, str(shards), settings, job,
                    key=f"dyads-partition-{partition.pid}", retries=RETRIES, pure=False,
                )
        for number, partition in enumerate(partitions, 1):
            if partition.pid in futures:
                try:
                    futures[partition.pid].result()
                except Exception as error:  # noqa: BLE001 - any failure of the task, after its retries
                    names = ", ".join(dict.fromkeys(p.name for p in partition.pieces))
                    raise ClusterError(
                        f"partition {number} ({names}) failed on every try: {error!r}; the partitions before "
                        "it are in the store: run the same command again to go on") from error
            load_shard(store, shards / partition.pid, index, options, summary)
            if verbose:
                print(f"dyads: loaded partition {number} of {len(partitions)}", file=sys.stderr, flush=True)
    finally:
        if client is not None:
            cluster = client.cluster
            client.close()
            if cluster is not None and scheduler is None:
                cluster.close()
        summary.seconds = time.perf_counter() - started
    return summary
