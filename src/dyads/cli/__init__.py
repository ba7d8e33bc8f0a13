"""The `dyads` command: code, eval, query/stats/export, serve, bench, kb (one module per group)."""

from __future__ import annotations

import argparse
import sys

from dyads.cli.bench import add_bench_command
from dyads.cli.code import add_code_command
from dyads.cli.common import ConfigError
from dyads.cli.evaluate import add_eval_commands
from dyads.cli.kb import add_kb_commands
from dyads.cli.serve import add_serve_command
from dyads.cli.store import add_store_commands

__all__ = ["ConfigError", "build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except ConfigError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dyads: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


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
