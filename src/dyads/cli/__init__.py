"""The `dyads` command: code, eval, query/stats/export, serve, bench, kb (one module per group)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dyads.cli.bench import add_bench_command
from dyads.cli.code import add_code_command
from dyads.cli.common import ConfigError
from dyads.cli.evaluate import add_eval_commands
from dyads.cli.kb import add_kb_commands
from dyads.cli.serve import add_serve_command
from dyads.cli.store import add_store_commands
from dyads.startup import defer_spacy_cli

__all__ = ["ConfigError", "Terminated", "build_parser", "main"]

# Exit statuses of a stopped run: 128 + the signal's number, as a shell reports a
# process the signal ended (so scripts and service managers see what stopped it).
EXIT_INTERRUPTED = 128 + signal.SIGINT   # 130: Ctrl-C
EXIT_TERMINATED = 128 + signal.SIGTERM   # 143: kill, systemctl stop, docker stop


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C's KeyboardInterrupt.

    A subclass, so that every path that keeps the store whole on Ctrl-C (the sink
    drops a half-gathered batch, a write in flight is rolled back) does the same on
    SIGTERM; Python's default for SIGTERM ends the process at once, with no cleanup.
    """


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    defer_spacy_cli()  # 0.3 s of CPU a start: spaCy's own command line, which dyads never runs
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        with _sigterm_as_interrupt():
            return args.handler(args)
    except ConfigError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as stop:
        print("dyads: interrupted", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as error:
        if not (_received and _interrupted_query(error)):
            raise
        # DuckDB turns a signal that lands during a query into its own error: the
        # write was rolled back as for Ctrl-C; say so, with the signal's status
        print("dyads: interrupted", file=sys.stderr)
        return EXIT_TERMINATED if _received[-1] == signal.SIGTERM else EXIT_INTERRUPTED


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM raises `Terminated` (a KeyboardInterrupt); the handler before is put back after."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a handler (main() called from a thread: tests, servers)
        return

    def terminated(signum: int, frame: object) -> None:
        _received.append(signum)
        raise Terminated

    def interrupted(signum: int, frame: object) -> None:
        _received.append(signum)
        raise KeyboardInterrupt

    _received.clear()
    previous = signal.signal(signal.SIGTERM, terminated)
    previous_int = signal.signal(signal.SIGINT, interrupted) if signal.getsignal(signal.SIGINT) is \
        signal.default_int_handler else None
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)


# The signals this run received, newest last: read when a library reports one as its own error.
_received: list[int] = []


def _interrupted_query(error: Exception) -> bool:
    """Whether an error is DuckDB's report of a query a signal stopped ("Query
    interrupted", or its InterruptException)."""
    return type(error).__name__ == "InterruptException" or (
        isinstance(error, RuntimeError) and "interrupted" in str(error).lower())


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, one sub-command group per module."""
    parser = argparse.ArgumentParser(
        prog="dyads",
        description="Political event data from news: who did what to whom, when, where, and who said so.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    add_code_command(commands)
    add_eval_commands(commands)
    add_store_commands(commands)
    add_serve_command(commands)
    add_bench_command(commands)
    add_kb_commands(commands)
    return parser
