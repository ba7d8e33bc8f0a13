"""`dyads code`: stories in, coded records or a store out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from dyads.cli.common import ConfigError, kb_with, open_store, read_config
from dyads.record import Article, CodedArticle
from dyads.startup import Loading


def megabytes(text: str) -> float:
    """A size in MB above 0, for argparse: a limit of 0 would refuse every story."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of MB") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r}: give a size above 0 MB")
    return value


def add_code_command(commands) -> None:
    """The `code` command."""
    code = commands.add_parser(
        "code", help="code stories into actors, quotes and events",
        description="Code news stories. INPUT is a .txt file (one story), an .html page, a .warc or "
        ".warc.gz web archive, an RSS/Atom feed (.xml/.rss/.atom file or an http(s) URL), a .jsonl "
        "file (one story a line: text or html, id, title, url, publisher, published), a .csv file "
        "(one story a row; see --columns), a folder (walked for all of these) or - for standard "
        "input. Stories in other languages are kept as skipped, copies of a story already coded as "
        "duplicates. Writes one JSON object per coded story (SCHEMA.md), or everything into a "
        "DuckDB store with --db.",
    )
    code.add_argument("inputs", nargs="+", metavar="INPUT")
    code.add_argument("--db", type=Path, metavar="FILE.duckdb",
                      help="write into this DuckDB store (made if missing); running again adds only "
                      "stories it does not hold, so a stopped run can simply be started again")
    code.add_argument("--batch", type=int, default=64, metavar="N",
                      help="stories written to the store per transaction (default 64); a stopped run "
                      "codes at most this many again")
    code.add_argument("--out", type=Path, help="write JSON Lines here instead of standard output")
    code.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                      help="jsonl (default, for programs) or table (for people)")
    code.add_argument("--published", metavar="YYYY-MM-DD",
                      help="publication date for stories that give none; offices are looked up on it")
    code.add_argument("--actors", type=Path, action="append", default=[], metavar="FILE",
                      help="your own actor file (CSV, formats in actors/kb/README.md); repeatable")
    code.add_argument("--boilerplate", type=Path, metavar="FILE",
                      help="your own furniture patterns (YAML, like sources/data/boilerplate.yaml)")
    code.add_argument("--lexicon", type=Path, action="append", default=[], metavar="FILE",
                      help="your own event triggers (YAML, like events/lexicon/*.yaml); repeatable. An entry "
                           "that cannot be used stops the run before any story is read")
    code.add_argument("--min-confidence", type=float, default=None, metavar="X",
                      help="write events at or above this confidence: the calibrated chance that type, source and "
                      "target are all right, 0-1 (default 0.2; 0 writes all)")
    code.add_argument("--config", type=Path, metavar="FILE",
                      help="a dyads.toml giving actors = [...] and boilerplate = ... "
                      "(default: ./dyads.toml if present)")
    code.add_argument("--columns", metavar="FIELD=COLUMN,...",
                      help="CSV column names for the record's fields, e.g. text=body,published=date")
    code.add_argument("--offline", action="store_true",
                      help="never fetch a feed item's link; code its summary")
    code.add_argument("--max-bytes", type=megabytes, default=50, metavar="MB",
                      help="largest single-story file (.txt, .html) read, in MB (default 50)")
    code.add_argument("--max-page-mb", type=megabytes, default=10, metavar="MB",
                      help="largest web page parsed (a file, a fetched page, a WARC record), in MB "
                      "(default 10; extraction takes about a second a MB)")
    code.add_argument("--keep-duplicates", action="store_true",
                      help="code copies of a story again instead of keeping them as its mentions")
    code.add_argument("--workers", type=int, default=None, metavar="N",
                      help="code on N processes (default 1, or workers = N in dyads.toml); each loads the "
                      "model once (about 450 MB); the output is the same as with one")
    code.add_argument("--engine", choices=("local", "dask"), default="local",
                      help="local (default): this machine's --workers processes; dask: partitions coded on a "
                      "Dask cluster into Parquet shards beside the --db store, which this process loads "
                      "(docs/cluster.md); needs --db")
    code.add_argument("--scheduler", metavar="ADDRESS",
                      help="with --engine dask: the Dask scheduler to use (tcp://host:8786); default: a "
                      "cluster of --workers local processes")
    code.add_argument("--partition", type=int, default=None, metavar="N",
                      help="with --engine dask: stories per partition (default 200); a JSON Lines file is cut "
                      "every N lines")
    code.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    code.add_argument("--verbose", action="store_true", help="report each batch written to the store")
    code.set_defaults(handler=run_code)


def run_code(args: argparse.Namespace) -> int:
    """`dyads code`: load without garbage collection (dyads.startup), then code."""
    with Loading() as loading:
        return _run_code(args, loading)


def _run_code(args: argparse.Namespace, loading: Loading) -> int:
    from dyads.events.lexicon import load_lexicon
    from dyads.parallel import CoderSettings, WorkerFailed
    from dyads.pipeline import MIN_CONFIDENCE, Coder
    from dyads.run import OutputError, RecordFile, RunOptions, StreamSink, code_run, write_json_line
    from dyads.sources import read_inputs
    from dyads.sources.clean import load_rules
    from dyads.sources.dedup import DuplicateIndex
    from dyads.sources.read import ReadOptions, parse_published
    from dyads.store.errors import StoreError

    if args.published and parse_published(args.published) is None:
        print(f"dyads: --published {args.published!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    columns = _column_map(args.columns)
    config = read_config(args.config)
    workers = args.workers if args.workers is not None else config.get("workers", 1)
    if workers < 1:
        print(f"dyads: --workers {workers}: give 1 or more", file=sys.stderr)
        return 2
    problem = _engine_problem(args)
    if problem:
        print(f"dyads: {problem}", file=sys.stderr)
        return 2
    actor_files = [*config.get("actors", []), *args.actors]
    # read here even with workers: a bad actor file is an error before any work starts
    local = workers == 1 and args.engine == "local"
    kb = kb_with(actor_files) if actor_files or local else None
    boilerplate = args.boilerplate or config.get("boilerplate")
    rules = load_rules(boilerplate) if boilerplate else None
    lexicon_files = [*config.get("lexicon", []), *args.lexicon]
    lexicon = load_lexicon(lexicon_files) if lexicon_files else None
    if lexicon is not None and lexicon.problems:
        # an entry of yours left out is a setting not honoured: an error before any work
        print("dyads: your lexicon files cannot be used as given:\n" + "\n".join(
            f"  {p.origin}: {p.reason}" for p in lexicon.problems), file=sys.stderr)
        return 2
    threshold = args.min_confidence if args.min_confidence is not None else config.get("min_confidence", MIN_CONFIDENCE)
    if not 0 <= threshold <= 1:
        print(f"dyads: --min-confidence {threshold} is not between 0 and 1", file=sys.stderr)
        return 2
    if args.db and args.out:
        print("dyads: give --db or --out, not both", file=sys.stderr)
        return 2
    # verified: a store whose rows cannot all be read would have its stories passed over as stored
    store = open_store(args.db, verify=True) if args.db else None
    if args.db and store is None:
        return 2
    if args.engine == "dask":
        loading.loaded()
        return _run_dask(args, store, workers, columns, CoderSettings(
            tuple(Path(f).resolve() for f in actor_files), Path(boilerplate).resolve() if boilerplate else None,
            tuple(Path(f).resolve() for f in lexicon_files), threshold))
    if workers == 1:
        coder = Coder(kb=kb, rules=rules, lexicon=lexicon, min_confidence=threshold)
    else:
        from dyads.parallel import ParallelCoder

        coder = ParallelCoder(CoderSettings(tuple(actor_files), boilerplate, tuple(lexicon_files), threshold),
                              workers)
    loading.loaded()  # garbage is collected again while stories are coded; what was loaded is frozen
    read_options = ReadOptions(columns=columns, fetch=not args.offline, max_bytes=int(args.max_bytes * 1_000_000),
                               max_page_bytes=int(args.max_page_mb * 1_000_000))
    items = read_inputs(args.inputs, rules, options=read_options)
    if args.published:
        items = _with_default_date(items, parse_published(args.published))
    options = RunOptions(dedup=not args.keep_duplicates, progress=_run_progress(args))
    index = DuplicateIndex()
    out = None
    try:
        if store is not None:
            from dyads.store.duplicates import StoredDuplicates
            from dyads.store.sink import StoreSink

            index = StoredDuplicates(store)  # the store's stories are asked for, not loaded
            sink = StoreSink(store, max(1, args.batch), _batch_report(args.db) if args.verbose else None)
        else:
            # a file of whole records: on a full disk the record cut short is removed again
            out = RecordFile(args.out) if args.out else sys.stdout
            sink = StreamSink(out, write_table if args.format == "table" else write_json_line)
        summary = code_run(items, coder, sink, index, options)
    except (WorkerFailed, StoreError, OutputError) as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 1
    finally:
        if store is not None:
            _close_quietly(store)
        if args.out and out is not None:
            out.close()
    print(summary.text(str(args.db or args.out or "") or None, store=args.db is not None), file=sys.stderr)
    return 0 if summary.ok else 1


def _engine_problem(args: argparse.Namespace) -> str | None:
    """Why the --engine options cannot run, before any work starts."""
    if args.engine != "dask":
        if args.scheduler or args.partition is not None:
            return "--scheduler and --partition go with --engine dask"
        return None
    if not args.db:
        return ("--engine dask writes into a store: give --db FILE.duckdb (the workers write shards "
                "beside it, which this process loads)")
    if args.partition is not None and args.partition < 1:
        return f"--partition {args.partition}: give 1 or more stories"
    if "-" in args.inputs:
        return "--engine dask reads files, folders and URLs, not standard input (-)"
    return None


def _run_dask(args: argparse.Namespace, store, workers: int, columns: dict[str, str], settings) -> int:
    from dyads.cluster import PARTITION_STORIES, ClusterError, run_dask
    from dyads.run import RunOptions
    from dyads.sources.read import ReadOptions, parse_published
    from dyads.store.duplicates import StoredDuplicates

    read_options = ReadOptions(columns=columns, fetch=not args.offline, max_bytes=int(args.max_bytes * 1_000_000),
                               max_page_bytes=int(args.max_page_mb * 1_000_000))
    options = RunOptions(dedup=not args.keep_duplicates)
    try:
        summary = run_dask(
            args.inputs, store, settings, read_options, options, StoredDuplicates(store),
            published=parse_published(args.published) if args.published else None,
            scheduler=args.scheduler, workers=workers, partition_stories=args.partition or PARTITION_STORIES,
            verbose=args.verbose,
        )
    except ClusterError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(summary.text(str(args.db)), file=sys.stderr)
    return 0 if summary.ok else 1


def _close_quietly(store) -> None:
    """Close the store; after a failed write (a full disk) closing may fail too: the first error was told."""
    import contextlib

    import duckdb

    with contextlib.suppress(duckdb.Error):
        store.close()


def _batch_report(path: Path):
    def report(rows) -> None:
        print(f"dyads: wrote {len(rows.articles)} stories ({len(rows.events)} events) and "
              f"{len(rows.failures)} failures to {path}", file=sys.stderr, flush=True)
    return report


def _column_map(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    mapping = {}
    for pair in text.split(","):
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ConfigError(f"--columns {text!r}: give FIELD=COLUMN pairs, e.g. text=body,published=date")
        mapping[field.strip()] = column.strip()
    return mapping


def _run_progress(args: argparse.Namespace):
    if args.no_progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return lambda items: tqdm(items, unit=" stories", delay=2, file=sys.stderr, leave=False)


def _with_default_date(items, day: str) -> Iterator:
    for item in items:
        if isinstance(item, Article) and not item.published:
            item.published = day
        yield item


def write_table(record: CodedArticle, out: TextIO) -> None:
    """A readable view of one coded story."""
    article = record.article
    heading = article.title or article.origin or article.id
    out.write(f"\n=== {heading}\n")
    facts = [f"publisher: {article.publisher or '-'}", f"published: {article.published or '-'}"]
    if article.removed:
        facts.append(f"removed: {len(article.removed)} furniture line(s)")
    out.write("    " + "   ".join(facts) + "\n")
    out.write("  actors\n")
    for actor in record.actors:
        code = actor.cameo or "-"
        office = f", {actor.office}" if actor.office else ""
        names = sorted({m.text for m in actor.mentions}, key=lambda t: -len(t))
        out.write(f"    {actor.actor_id:<4} {code:<8} {actor.kind:<12} {actor.name}{office}"
                  f"   [{' | '.join(names[:5])}]\n")
    if record.quotes:
        out.write("  quotes\n")
    for quote in record.quotes:
        speaker = record.actor(quote.speaker)
        who = speaker.name if speaker else (quote.source.text if quote.source else "?")
        cue = quote.cue.text if quote.cue else "-"
        text = quote.text if len(quote.text) <= 90 else quote.text[:87] + "..."
        out.write(f"    {quote.kind:<9}{who} ({cue}): {text}\n")
    if record.events:
        out.write("  events\n")
    for event in record.events:
        place = f" in {event.location['name']}" if event.location else ""
        out.write(f"    {event.event_type:<9} {event.cameo:<5} {event.realis:<12} {event.confidence:.2f}  "
                  f"{_names(record, event.source)} -> {_names(record, event.target)}  '{event.trigger.text}'"
                  f"{' on ' + event.date if event.date else ''}{place}\n")


def _names(record: CodedArticle, arguments) -> str:
    """"Iran + Russia": the actors of an event's arguments (their words when unknown)."""
    return " + ".join((record.actor(a.actor).name if record.actor(a.actor) else a.text) for a in arguments) or "-"
