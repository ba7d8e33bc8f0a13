"""`dyads serve`: the HTTP API and the dashboard over a store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_serve_command(commands) -> None:
    serve = commands.add_parser(
        "serve", help="explore a store in the browser: dashboard and HTTP API",
        description="Serve a DuckDB store made by dyads code --db: a dashboard (events, stories with their "
        "marks, dyads over time, who acts on whom, a map, coding a pasted story) and a JSON API under /api "
        "with its documentation at /docs. The store is opened read-only and shared by every reader; with "
        "--ingest the server owns it and codes the stories that appear in a folder.",
    )
    serve.add_argument("--db", type=Path, default=Path("dyads.duckdb"), metavar="FILE.duckdb",
                       help="the store (default ./dyads.duckdb)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for all)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--ingest", type=Path, metavar="FOLDER",
                       help="own the store (no other process may write it meanwhile), code the story files "
                       "that appear in FOLDER, and accept POST /api/code?store=true")
    serve.add_argument("--every", type=float, default=5.0, metavar="SECONDS",
                       help="with --ingest: how often to look at the folder (default 5)")
    serve.add_argument("--max-story-bytes", type=int, default=2_000_000, metavar="N",
                       help="the largest story POST /api/code takes (default 2000000)")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="processes answering requests (default 1); each keeps its own answers. "
                       "Read-only serving only: with --ingest one process owns the store")
    serve.add_argument("--cache-mb", type=int, default=64, metavar="MB",
                       help="answers kept in memory while the store cannot change (default 64; 0 for none)")
    serve.add_argument("--min-confidence", type=float, metavar="X",
                       help="the coder's threshold for stories coded by the server (default the coder's)")
    serve.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    from dyads.store.db import Store, StoreBusy, StoreError

    problem = _settings_problem(args)
    if problem:
        print(f"dyads: {problem}", file=sys.stderr)
        return 2
    try:
        import uvicorn

        from dyads.web.app import ServeSettings, create_app
    except ImportError as error:
        print(f"dyads: serve needs {error.name}: pip install 'dyads' again with its dependencies", file=sys.stderr)
        return 2
    if args.ingest is None and not args.db.exists():
        print(f"dyads: {args.db}: no such store (make one with dyads code FILES --db {args.db})", file=sys.stderr)
        return 2
    try:  # a file that is no store is an error now, not at the first request
        # a store to code into is read whole first, as by dyads code --db
        Store(args.db, read_only=args.ingest is None, verify=args.ingest is not None).close()
    except StoreBusy as busy:
        if args.ingest is not None:
            print(f"dyads: {busy}", file=sys.stderr)
            return 2
        print(f"dyads serve: {busy}\n  serving anyway: pages say the store is busy until it is free "
              "(tried again every 2 s)", file=sys.stderr)
    except StoreError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    settings = ServeSettings(db=args.db, ingest=args.ingest, max_body_bytes=args.max_story_bytes,
                             watch_seconds=args.every, min_confidence=args.min_confidence,
                             cache_bytes=args.cache_mb * 1_000_000)
    print(f"dyads serve: {args.db} {'(read-only)' if args.ingest is None else f'(coding {args.ingest} into it)'}"
          f" at http://{args.host}:{args.port}/ — API docs at /docs; Ctrl-C stops", file=sys.stderr)
    if args.workers == 1:
        uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
        return 0
    import os

    from dyads.web.app import SETTINGS_VARIABLE, settings_to_environment

    os.environ[SETTINGS_VARIABLE] = settings_to_environment(settings)
    uvicorn.run("dyads.web.app:app_from_environment", factory=True, workers=args.workers,
                host=args.host, port=args.port, log_level="warning")
    return 0


def _settings_problem(args: argparse.Namespace) -> str | None:
    """What makes the settings impossible to honour, before anything starts."""
    if not 0 < args.port < 65536:
        return f"--port {args.port} is not a port (1-65535)"
    if args.ingest is not None and not args.ingest.is_dir():
        return f"--ingest {args.ingest}: no such folder"
    if args.every <= 0:
        return f"--every {args.every}: give a number of seconds above 0"
    if args.max_story_bytes <= 0:
        return f"--max-story-bytes {args.max_story_bytes}: give a size above 0"
    if args.workers < 1:
        return f"--workers {args.workers}: give 1 or more"
    if args.workers > 1 and args.ingest is not None:
        return "--workers and --ingest: a store has one writer, so an ingesting server is one process"
    if args.cache_mb < 0:
        return f"--cache-mb {args.cache_mb}: give a size of 0 or more"
    if args.min_confidence is not None and not 0 <= args.min_confidence <= 1:
        return f"--min-confidence {args.min_confidence} is not between 0 and 1"
    return None
