"""`dyads query`, `stats` and `export`: questions to a store."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import TextIO

from dyads.cli.common import filter_options, open_store


def add_store_commands(commands) -> None:
    query = commands.add_parser(
        "query", help="ask a store for events",
        description="Events of a DuckDB store made by dyads code --db, filtered by actor, country, "
        "type, quad class, realis, dates and words of the sentence; all filters combine.",
    )
    filter_options(query)
    query.add_argument("--merged", action="store_true",
                       help="one row per real-world event (the same event told by several stories counted once)")
    query.add_argument("--limit", type=int, default=50, help="rows shown at most (default 50; 0 for all)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(handler=run_query)

    stats = commands.add_parser(
        "stats", help="event counts and Goldstein sums per dyad and month",
        description="Counts of events and sums of their Goldstein weights per month and dyad "
        "(source -> target). Each real-world event counts once unless --per-story is given.",
    )
    filter_options(stats)
    stats.add_argument("--by", choices=("code", "name"), default="code",
                       help="name each side by its CAMEO code (default: IRNGOV, USA; an actor of unknown "
                       "country by its words in brackets) or by the actors' names")
    stats.add_argument("--per-story", action="store_true",
                       help="count every story's telling of an event, not each real-world event once")
    stats.add_argument("--format", choices=("table", "csv", "json"), default="table")
    stats.set_defaults(handler=run_stats)

    export = commands.add_parser(
        "export", help="write a store's events in an event-data format",
        description="Export events for other tools: plover (PLOVER JSON Lines), icews (ICEWS-style "
        "TSV), gdelt (GDELT 2.0-style TSV), csv, parquet. Columns are documented in docs/exports.md.",
    )
    filter_options(export)
    export.add_argument("--format", required=True, choices=("plover", "icews", "gdelt", "csv", "parquet"))
    export.add_argument("--out", type=Path, help="write here (needed for parquet); default standard output")
    export.add_argument("--merged", action="store_true", help="one row per real-world event")
    export.set_defaults(handler=run_export)


def _event_filter(args: argparse.Namespace):
    from dyads.store.query import EventFilter

    return EventFilter(
        actor=args.actor, country=args.country, country_side=args.country_side, event_type=args.event_type, quad=args.quad,
        realis=args.realis, since=args.since, until=args.until, words=args.words,
        min_confidence=args.min_confidence,
    )


def _query_store(args: argparse.Namespace, make_sql) -> int:
    import duckdb

    from dyads.store.db import read_failure
    from dyads.store.query import QueryError

    store = open_store(args.db, read_only=True, wait=args.wait)
    if store is None:
        return 2
    try:
        sql, params = make_sql(_event_filter(args))
        cursor = store.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    except QueryError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    except duckdb.Error as error:  # a damaged store opens, then fails on a block it cannot read
        print(f"dyads: {read_failure(args.db, error)}", file=sys.stderr)
        return 2
    finally:
        store.close()
    write_rows(names, rows, args.format, sys.stdout)
    if args.format == "table":
        print(f"{len(rows)} rows", file=sys.stderr)
    return 0


def run_query(args: argparse.Namespace) -> int:
    from dyads.store.query import QUERY_COLUMNS, TABLE_COLUMNS, select_events, select_merged

    limit = args.limit or None
    if args.merged:
        return _query_store(args, lambda f: select_merged(f, limit))
    columns = TABLE_COLUMNS if args.format == "table" else QUERY_COLUMNS
    return _query_store(args, lambda f: select_events(f, columns, limit=limit))


def run_stats(args: argparse.Namespace) -> int:
    from dyads.store.query import select_stats

    return _query_store(args, lambda f: select_stats(f, merged=not args.per_story, by=args.by))


def run_export(args: argparse.Namespace) -> int:
    import duckdb

    from dyads.store.db import read_failure
    from dyads.store.export import export_events
    from dyads.store.query import QueryError

    store = open_store(args.db, read_only=True, wait=args.wait)
    if store is None:
        return 2
    try:
        count = export_events(store, args.format, args.out, _event_filter(args), merged=args.merged)
    except (QueryError, ValueError) as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    except duckdb.Error as error:
        print(f"dyads: {read_failure(args.db, error)}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"dyads: exported {count} {'merged ' if args.merged else ''}events as {args.format}"
          + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return 0


def write_rows(names: list[str], rows: list[tuple], fmt: str, out: TextIO) -> None:
    """Query results as an aligned table, CSV, or JSON Lines."""

    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(names)
        writer.writerows(rows)
        return
    if fmt == "json":
        for row in rows:
            out.write(json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str) + "\n")
        return
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [min(40, max([len(name)] + [len(row[i]) for row in cells])) for i, name in enumerate(names)]
    out.write("  ".join(name[:w].ljust(w) for name, w in zip(names, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"
