"""How the server holds its store: read-only and shared by every request, or owned with --ingest.

A read-only server keeps one DuckDB connection and gives each request a cursor of
its own, so many readers run at once. DuckDB lets one process write a file and no
other open it meanwhile: while `dyads code --db` holds the store, the server
answers 503 with a plain message and tries to open it again at the next request
(at most once every `retry_seconds`). It never crashes for that.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyads.store.db import Store, StoreBusy


class StoreAccess:
    """The store behind the server: opened on first need, re-tried while another process holds it."""

    def __init__(self, path: Path, writable: bool = False, retry_seconds: float = 2.0) -> None:
        self.path = Path(path)
        self.writable = writable
        self.retry_seconds = retry_seconds
        self._store: Store | None = None
        self._busy: StoreBusy | None = None
        self._tried = 0.0
        self._opening = threading.Lock()
        # one writer at a time inside the process (the ingest thread and POST /api/code)
        self.write_lock = threading.Lock()

    def open(self) -> Store:
        """The open store; raises `StoreBusy` while another process holds its lock."""
        if self._store is not None:
            return self._store
        with self._opening:
            if self._store is None:
                if self._busy is not None and time.monotonic() - self._tried < self.retry_seconds:
                    raise self._busy
                self._tried = time.monotonic()
                try:
                    store = Store(self.path, read_only=not self.writable)
                    # many small queries at once: one thread each runs them faster than
                    # each query spreading over every core and contending with the others
                    store.run("SET threads = 1")
                    self._store = store
                    self._busy = None
                except StoreBusy as busy:
                    self._busy = busy
                    raise
        return self._store

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of the request's own on the store's connection."""
        cursor = self.open().con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def writer(self) -> Store:
        """A `Store` writing through a cursor of its own (for a thread other than the opener's)."""
        if not self.writable:
            raise PermissionError("this server opened its store read-only")
        store = self.open()
        return Store(self.path, connection=store.con.cursor())

    def close(self) -> None:
        """Close the store if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None
