"""What the command groups share: where the shared data lies, settings files, the
user's actor files, progress bars, common options, opening a store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DATA = Path("../shared/data")
DEFAULT_POLNEAR = DEFAULT_DATA / "polnear-dev"


class ConfigError(Exception):
    """A config file that cannot be used; the message names it and says why."""


def read_config(path: Path | None) -> dict:
    """The settings of a dyads.toml (given, or ./dyads.toml); paths made relative to it."""
    import tomllib

    if path is None:
        path = Path("dyads.toml")
        if not path.is_file():
            return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read as TOML ({error})") from error
    known = {"actors", "boilerplate", "lexicon", "min_confidence", "workers"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{path}: unknown settings {sorted(unknown)} (known: {', '.join(sorted(known))})")
    config: dict = {}
    for key in ("actors", "lexicon"):
        files = data.get(key, [])
        config[key] = [path.parent / f for f in ([files] if isinstance(files, str) else files)]
    if "min_confidence" in data:
        config["min_confidence"] = float(data["min_confidence"])
    if "workers" in data:
        if not isinstance(data["workers"], int) or data["workers"] < 1:
            raise ConfigError(f"{path}: workers = {data['workers']!r}: give a whole number, 1 or more")
        config["workers"] = data["workers"]
    if "boilerplate" in data:
        config["boilerplate"] = path.parent / data["boilerplate"]
    return config


def load_kb_for(args: argparse.Namespace):
    return kb_with([*read_config(args.config).get("actors", []), *args.actors])


def kb_with(actor_files: list[Path]):
    """The knowledge base with the user's actor files, whose rows win over the package's.

    A missing or unreadable file, or a line that cannot be read, is an error naming
    the file and line before any work starts: a run without the user's actors would
    code their actors wrong. Overlapping terms of one office are only warnings.
    """
    from dyads.actors.kb_files import default_kb, load_kb

    if not actor_files:
        return default_kb()
    kb = load_kb(actor_files)
    for problem in kb.problems:
        if not problem.fatal:
            print(problem, file=sys.stderr)
    errors = [p for p in kb.problems if p.fatal]
    if errors:
        raise ConfigError("your actor files cannot be used as given:\n" + "\n".join(
            f"  {p.origin}: {p.reason}" for p in errors))
    return kb


def progress_bar(unit: str):
    from tqdm import tqdm

    def wrap(iterable, total=None):
        return tqdm(iterable, total=total, unit=f" {unit}", file=sys.stderr, leave=False)
    return wrap


def data_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--data", type=Path, default=DEFAULT_DATA, metavar="FOLDER",
                         help="the shared data folder (default ../shared/data)")


def actor_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--actors", type=Path, action="append", default=[], metavar="FILE",
                         help="your own actor file (CSV, formats in actors/kb/README.md); repeatable")
    command.add_argument("--config", type=Path, metavar="FILE",
                         help="a dyads.toml giving actors = [...] (default: ./dyads.toml if present)")


def filter_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", type=Path, default=Path("dyads.duckdb"), metavar="FILE.duckdb",
                         help="the store (default ./dyads.duckdb)")
    command.add_argument("--actor", metavar="WORDS", help="words of a source or target name, or a CAMEO actor code")
    command.add_argument("--country", metavar="ISO3", help="a side's country, e.g. IRN (either side unless --country-as)")
    command.add_argument("--country-as", dest="country_side", choices=("either", "source", "target"),
                         default="either", help="which side --country must be (default either)")
    command.add_argument("--type", dest="event_type", metavar="TYPE", help="a PLOVER event type, e.g. CONSULT")
    command.add_argument("--quad", type=int, choices=(1, 2, 3, 4),
                         help="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
    command.add_argument("--realis", choices=("asserted", "negated", "future", "hypothetical", "historical"))
    command.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this day")
    command.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this day")
    command.add_argument("--words", metavar="WORDS", help="words that must all be in the event's sentence")
    command.add_argument("--min-confidence", type=float, metavar="X", help="events at or above this confidence")
    command.add_argument("--wait", type=float, default=0, metavar="SECONDS",
                         help="while a dyads code run writes the store (no other process can read it "
                         "then), wait up to this long for it to end (default 0: say so and stop)")


def open_store(path: Path, read_only: bool = False, verify: bool = False, wait: float = 0):
    """The store at `path`, or None once the reason it cannot be used is printed.

    `verify`: read it all first. `wait` (readers): while another process writes the
    store, try again for up to this many seconds; DuckDB lets no other process open a
    file one process writes, and a coding run holds it until it ends.
    """
    import time

    from dyads.store.db import Store, StoreBusy, StoreError

    deadline = time.monotonic() + max(0.0, wait)
    told = False
    while True:
        try:
            return Store(path, read_only=read_only, verify=verify)
        except StoreBusy as busy:
            if not read_only:
                print(f"dyads: {busy}", file=sys.stderr)
                return None
            if time.monotonic() >= deadline:
                advice = (f"waited {wait:g} s: try again when it ends, or give a longer --wait" if wait > 0
                          else "try again when it ends, or give --wait SECONDS to wait for it")
                print(f"dyads: {busy}; {advice}", file=sys.stderr)
                return None
            if not told:
                print(f"dyads: {busy}; waiting up to {wait:g} s for it", file=sys.stderr, flush=True)
                told = True
            time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
        except StoreError as error:
            print(f"dyads: {error}", file=sys.stderr)
            return None
