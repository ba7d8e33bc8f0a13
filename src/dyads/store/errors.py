"""The store's errors, apart from `db.py`: naming them must not import DuckDB.

`dyads code` without --db catches `StoreError` but never opens a store; importing
DuckDB only to name the class cost about 0.06 s of CPU at every start (issue 14).
"""

from __future__ import annotations

__all__ = ["StoreBusy", "StoreError"]


class StoreError(Exception):
    """A store that cannot be used; the message names the file and says why."""


class StoreBusy(StoreError):
    """Another process holds the store's lock (a `dyads code --db` run writing it, or readers).

    `writing`: the holder writes (no other process can open the file at all); else it
    only reads, and the store could be opened read-only. `pid`: the holder, if known.
    """

    def __init__(self, message: str, pid: int | None = None, writing: bool = True) -> None:
        super().__init__(message)
        self.pid = pid
        self.writing = writing
