"""A private cache of what dyads builds from its data files at start (issue 14).

Building the actor tables from their CSV files and the event triggers from their
YAML files cost about 0.65 s of CPU at every start, more than coding a short
story. The built objects are pickled into the user's cache folder (`$DYADS_CACHE`,
else `$XDG_CACHE_HOME/dyads`, else `~/.cache/dyads`) and read back in a few
hundredths of a second.

A cache file holds one object under a key: a hash of dyads' version, the Python
version, the source of the modules that build and define the object, and every
input file's bytes (the package's and the user's own). Any change to any of them
gives another key, and the object is built again and the file replaced. A file
that cannot be read, unpickled or written costs only the build: the cache never
fails a run. Only dyads writes these files, in the user's own folder, so reading
them with pickle trusts nothing a story could carry.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import dyads

T = TypeVar("T")


def cache_folder() -> Path:
    """Where dyads keeps files derived from its own and its dependencies' data."""
    if os.environ.get("DYADS_CACHE"):
        return Path(os.environ["DYADS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dyads"


def file_state(path: Path) -> bytes:
    """A user's file as it takes part in a key: its bytes, or what stops them being read.

    A missing or unreadable file gives a key of its own (and its problem is kept
    with the object built), so creating or repairing it later gives another key.
    """
    try:
        return path.read_bytes()
    except OSError as error:
        return f"\0cannot be read: {type(error).__name__}".encode()


def cache_key(modules: Iterable[str], inputs: Iterable[tuple[str, bytes | str]]) -> str:
    """The hash of everything a built object depends on.

    `modules`: the dyads modules whose code builds or defines it (their source is
    hashed: an edited checkout keeps its version number). `inputs`: (name, content)
    of every data file read, in the order read.
    """
    digest = hashlib.blake2b(digest_size=20)

    def add(part: bytes | str) -> None:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))  # lengths keep the parts apart
        digest.update(data)

    add(f"{dyads.__version__} {sys.version} pickle {pickle.HIGHEST_PROTOCOL}")
    for name in modules:
        add(name)
        add(file_state(Path(sys.modules[name].__file__ or "")))
    for name, content in inputs:
        add(name)
        add(content)
    return digest.hexdigest()


def cached(slot: str, key: str, build: Callable[[], T]) -> T:
    """The object of `slot` saved under `key`, else `build()` saved there for next time."""
    path = cache_folder() / f"{slot}.pickle"
    found = _read(path, key)
    if found is not None:
        return found
    value = build()
    _write(path, key, value)
    return value


def _read(path: Path, key: str):
    """The object saved in `path` under `key`; None if there is none or it cannot be read."""
    enabled = gc.isenabled()
    # Unpickling makes a few hundred thousand objects, none of them garbage: the cyclic
    # collector's passes over them cost more than the unpickling itself (0.17 s, not 0.06).
    gc.disable()
    try:
        with path.open("rb") as file:
            if pickle.load(file) != key:
                return None
            return pickle.load(file)
    except Exception:  # noqa: BLE001 - missing, stale, damaged, from another layout: build again
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, key: str, value: object) -> None:
    """Save atomically (two runs starting at once never read half a file); never fail."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as out:
            temporary = out.name
            pickle.dump(key, out, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        pass  # a read-only or full cache folder: the next run builds again, nothing else changes
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
