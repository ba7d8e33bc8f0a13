"""The DuckDB store: opening it safely, what it already holds, and batch writes.

Writes are idempotent and resumable: a story is written with all its rows in one
transaction, keyed by its id, and a run first asks which ids the store already
has. A run killed at any point loses at most the batch it was writing, which the
next run codes again; a story is never half written.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from dyads.store.errors import StoreBusy, StoreError
from dyads.store.rows import Rows
from dyads.store.schema import MIGRATIONS, SCHEMA_VERSION, TABLES, VIEWS

if TYPE_CHECKING:  # writing needs these; query, stats, export and serve only read
    import pyarrow as pa

TABLE_ORDER = ("articles", "actors", "mentions", "quotes", "events", "arguments", "failures")
_DATE_COLUMNS = {"articles": ("published",), "events": ("date", "day")}


class Store:
    """One DuckDB file holding coded stories; this process is its only writer."""

    def __init__(self, path: Path, read_only: bool = False,
                 connection: duckdb.DuckDBPyConnection | None = None, verify: bool = False) -> None:
        """Open the store at `path`; or, given a `connection` to it, use that (another thread's cursor).

        With `verify`, every row is read once before anything is written, so that a
        damaged store is refused whole rather than found out half way through a run.
        """
        self.path = Path(path)
        if connection is not None:
            self.con = connection
        else:
            self.con = _connect(self.path, read_only)
        try:
            if verify:
                self.verify()
            if not read_only:
                self.run(TABLES)
                self.run("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
            self._check_version(read_only)
            if not read_only:
                self.run(VIEWS)  # after any migration: the views read the newest columns
        except (duckdb.Error, StoreError) as error:
            if connection is None:  # a store refused is closed: its lock is not held on
                with contextlib.suppress(duckdb.Error):
                    self.con.close()
            if isinstance(error, StoreError):
                raise
            # a damaged file opens, then fails on the first block it cannot read
            raise read_failure(self.path, error) from error
        self._schemas: dict[str, pa.Schema] = {}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (a checkpoint makes it small and complete on disk)."""
        self.con.close()

    def run(self, sql: str, params: list | None = None) -> list[tuple]:
        """Run a statement and fetch all it returns (DuckDB wants results consumed)."""
        return self.con.execute(sql, params or []).fetchall()

    def _check_version(self, read_only: bool = False) -> None:
        try:
            rows = self.run("SELECT value FROM meta WHERE key = 'schema_version'")
        except duckdb.CatalogException as error:
            raise StoreError(f"{self.path}: is a DuckDB file but not a dyads store") from error
        if read_only and rows and rows[0][0] in MIGRATIONS:
            raise StoreError(f"{self.path}: store version {rows[0][0]} is older than this dyads' "
                             f"{SCHEMA_VERSION}; it is brought up to date the next time it is written "
                             f"(dyads code STORIES --db {self.path})")
        while rows and rows[0][0] in MIGRATIONS:  # an older store: bring it up to date
            step = MIGRATIONS[rows[0][0]]
            if " " in step:
                self.run(step)
            else:
                getattr(self, step)()
            rows = self.run("SELECT value FROM meta WHERE key = 'schema_version'")
        if not rows or rows[0][0] != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store version {rows[0][0] if rows else '?'} is not this dyads' {SCHEMA_VERSION}"
            )

    # -- what the store holds ---------------------------------------------------

    def known_ids(self) -> dict[str, str | None]:
        """The id of every story already in the store, coded or not, with its content hash."""
        try:
            return dict(self.run("SELECT id, content_hash FROM articles"))
        except duckdb.Error as error:
            # never a partial answer: an id not read would be coded again, one read whose rows
            # are lost would be passed over as stored
            raise read_failure(self.path, error) from error

    def verify(self) -> None:
        """Read every column of every table, or raise a StoreError naming the tables that cannot be read.

        DuckDB checks a block's checksum only when it reads it: without this, a run
        would take the ids it can read as stored while their events are lost.
        """
        unreadable: dict[str, duckdb.Error] = {}
        for table in (*TABLE_ORDER, "article_bands"):
            try:
                self.run(f"SELECT min(hash(COLUMNS(*))) FROM {table}")  # noqa: S608 - fixed names
            except duckdb.CatalogException:
                continue  # not a dyads store, or not yet one: _check_version says which
            except duckdb.Error as error:
                unreadable[table] = error
        if unreadable:
            first = next(iter(unreadable.values()))
            raise read_failure(self.path, first, tables=list(unreadable))

    def stored_hashes(self, ids: list[str]) -> dict[str, str | None]:
        """Of these ids, those the store holds (coded or not), with their content hash."""
        if not ids:
            return {}
        try:  # IN over a list's unnest is looked up in the key index, not by a scan
            return dict(self.run("SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?))", [ids]))
        except duckdb.Error as error:
            raise read_failure(self.path, error) from error

    def stories_with_keys(self, keys: list[int]) -> list[tuple[int, str, str, list[int] | None]]:
        """The coded stories with any of these duplicate-index keys (`article_bands`): (key,
        id, content hash, signature), oldest first."""
        if not keys:
            return []
        try:
            found = self.run("SELECT key, article_id FROM article_bands WHERE key IN (SELECT unnest(?::UBIGINT[]))",
                             [keys])
            if not found:
                return []
            ids = sorted({story_id for _, story_id in found})
            stories = {row[0]: row for row in self.run(
                "SELECT id, content_hash, signature, rowid FROM articles WHERE id IN (SELECT unnest(?))", [ids])}
        except duckdb.Error as error:
            raise read_failure(self.path, error) from error
        rows = [(key, story_id, stories[story_id][1], stories[story_id][2], stories[story_id][3])
                for key, story_id in found if story_id in stories]
        rows.sort(key=lambda row: row[4])
        return [row[:4] for row in rows]

    def fill_article_bands(self) -> None:
        """Migration 6 -> 7: the duplicate index's keys of every coded story, in one transaction."""
        from dyads.store.bands import band_rows

        self.run("BEGIN TRANSACTION")
        try:
            self.run("DELETE FROM article_bands")
            cursor = self.con.cursor()
            cursor.execute("SELECT id, content_hash, signature FROM articles WHERE status = 'coded' ORDER BY rowid")
            while chunk := cursor.fetchmany(10_000):
                self._insert_bands(band_rows(chunk))
            self.run("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
            self.run("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                self.run("ROLLBACK")
            raise

    def _insert_bands(self, bands: pa.Table) -> None:
        if bands.num_rows:
            self.con.register("new_bands", bands)
            try:
                self.run("INSERT INTO article_bands SELECT key, article_id FROM new_bands")
            finally:
                with contextlib.suppress(duckdb.Error):
                    self.con.unregister("new_bands")

    def counts(self) -> dict[str, int]:
        """Rows in each table."""
        return {
            table: self.run(f"SELECT count(*) FROM {table}")[0][0]  # noqa: S608 - fixed names
            for table in TABLE_ORDER
        }

    # -- writing ------------------------------------------------------------------

    def write(self, rows: Rows) -> None:
        """Write a batch of stories and failures in one transaction, with the coded stories'
        duplicate-index keys."""
        from dyads.store.bands import band_rows

        self.run("BEGIN TRANSACTION")
        try:
            for table in TABLE_ORDER:
                batch = getattr(rows, table)
                if batch:
                    self._insert(table, batch)
            self._insert_bands(band_rows((a["id"], a["content_hash"], a["signature"])
                                         for a in rows.articles if a["status"] == "coded"))
            self.run("COMMIT")
        except BaseException as error:
            # the failed write may have ended the transaction itself: its own error is the one to tell
            with contextlib.suppress(duckdb.Error):
                self.run("ROLLBACK")
            if isinstance(error, duckdb.InterruptException):
                raise  # Ctrl-C or SIGTERM landed in the write: rolled back, the run stops as interrupted
            if isinstance(error, duckdb.Error) and is_damage(error):
                raise read_failure(self.path, error) from error
            if isinstance(error, duckdb.ConstraintException):
                raise StoreError(f"{self.path}: a batch repeats rows the store holds ({error}); none of it "
                                 "was written, and the rows before are kept; this is a fault of dyads: "
                                 "please report it") from error
            if isinstance(error, duckdb.Error):
                raise StoreError(f"{self.path}: cannot be written ({error}); the batches written before "
                                 "are kept: mend the cause (free disk space?) and run again to go on") from error
            raise

    def _insert(self, table: str, batch: list[dict]) -> None:
        arrow = arrow_table(table, batch, self._schema(table))
        self.con.register("new_rows", arrow)
        try:
            # mentions are written once, with their story: a repeat means a batch written
            # twice, and its key makes that fail (the batch rolled back) rather than double them
            verb = "INSERT INTO" if table == "mentions" else "INSERT OR IGNORE INTO"
            self.run(f"{verb} {table} BY NAME SELECT * FROM new_rows")  # noqa: S608
        except BaseException:
            # in the aborted transaction unregistering fails too: the insert's error is the one to tell
            with contextlib.suppress(duckdb.Error):
                self.con.unregister("new_rows")
            raise
        self.con.unregister("new_rows")

    def arrow_schemas(self) -> dict[str, pa.Schema]:
        """The Arrow schema of each table's rows (for shards written elsewhere, `cluster.py`)."""
        return {table: self._schema(table) for table in TABLE_ORDER}

    def _schema(self, table: str) -> pa.Schema:
        if table not in self._schemas:
            self._schemas[table] = self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema  # noqa: S608
        return self._schemas[table]


def arrow_table(table: str, batch: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows of `table` (dicts from `rows.py`, dates as text) as an Arrow table of its schema."""
    import pyarrow as pa  # only writing needs it: query, stats and serve do not load it

    for column in _DATE_COLUMNS.get(table, ()):
        for row in batch:
            if isinstance(row.get(column), str):
                row[column] = date.fromisoformat(row[column])
    return pa.Table.from_pylist(batch, schema=schema)


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such store (code stories into it with dyads code --db)")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store: give a file name such as {path / 'news.duckdb'}")
    if not read_only and path.is_file() and path.stat().st_size == 0:
        path.unlink()  # an empty file (made by touch or mktemp) holds nothing: it becomes the store
    if not _is_duckdb_file(path):
        # DuckDB opens a CSV or JSON file as a read-only view: rows "written" to it would be lost
        raise StoreError(f"{path}: is not a DuckDB store but another kind of file; nothing was written to "
                         "it: give a new file name (e.g. news.duckdb) or a store made by dyads code --db")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise _busy(path, error, read_only) from error
        raise StoreError(f"{path}: cannot be opened ({error})") from error
    except duckdb.Error as error:
        if is_damage(error):
            raise read_failure(path, error) from error
        raise StoreError(f"{path}: cannot be opened as a DuckDB store ({error})") from error


def _is_duckdb_file(path: Path) -> bool:
    """Whether `path` is missing or empty (a store to make) or a DuckDB database file."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return True
        with open(path, "rb") as handle:
            header = handle.read(12)
    except OSError:
        return True  # let DuckDB say what is wrong with it
    return header[8:12] == b"DUCK"


def _busy(path: Path, error: Exception, read_only: bool) -> StoreBusy:
    """Who holds the store and what it does with it, with advice for the one refused."""
    message = str(error)
    held = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", message)
    pid = int(held[2]) if held else None
    who = holder(pid, Path(held[1]).name) if held else "a process DuckDB does not name"
    # DuckDB adds that the file could be opened read-only when its holders only read it
    writing = read_only or "read-only mode" not in message
    if not writing:
        return StoreBusy(f"{path}: another process has this store open to read it ({who}); a store cannot "
                         "be written while another process reads it: close it there (a notebook's "
                         "connection, or dyads serve) and run again", pid, writing=False)
    if read_only:  # the refused one only reads: what to do is the caller's (wait, or try again)
        return StoreBusy(f"{path}: another process has this store open to write it ({who}); no other "
                         "process can read it until that ends", pid)
    return StoreBusy(f"{path}: another process has this store open to write it ({who}); one process "
                     "writes a store at a time: wait for it to end, or code into another file", pid)


def holder(pid: int, program: str) -> str:
    """A process holding a store, as a user knows it: "a dyads code run, PID 12", else "PID 12, python3"."""
    try:  # Linux: the holder's command line says which dyads command it is
        args = [a.decode(errors="replace") for a in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")]
    except OSError:
        args = []
    for i, arg in enumerate(args[:-1]):
        if Path(arg).name == "dyads" or (arg == "dyads" and i and args[i - 1] == "-m"):
            command = args[i + 1]
            return f"a dyads {command} run, PID {pid}" if command == "code" else f"dyads {command}, PID {pid}"
    return f"PID {pid}, {program}"


# What DuckDB says when a block of the file is not what it wrote: a checksum that
# does not match (zeros or garbage written over it), or a block past the end (a cut file).
_DAMAGE_SIGNS = ("corrupt database file", "does not match stored checksum", "could not read enough bytes")


def is_damage(error: BaseException) -> bool:
    """Whether a DuckDB error says the store's file is damaged (not busy, not missing)."""
    message = str(error).lower()
    return any(sign in message for sign in _DAMAGE_SIGNS)


def read_failure(path: Path, error: BaseException, tables: list[str] | None = None) -> StoreError:
    """The StoreError for a store DuckDB could not read: one line with the file, the reason and a way out."""
    # DuckDB's message repeats the file's full path and may run over lines: keep its gist
    detail = re.sub(r'\s*(from|in) file "[^"]*"', "", str(error).strip().splitlines()[0] if str(error).strip() else "")
    detail = detail if len(detail) <= 200 else detail[:199] + "…"
    if not is_damage(error):
        return StoreError(f"{path}: cannot be read ({detail or type(error).__name__})")
    where = f"table{'s' if len(tables) > 1 else ''} {', '.join(tables)}" if tables else "part of it"
    # when every table was tried and the stories' texts survive, they can be coded again
    recode = ("its articles can still be read and coded again into a new store (docs/store.md, "
              "'A damaged store')" if tables and "articles" not in tables
              else "code the stories again into a new store (dyads code STORIES --db NEW.duckdb)")
    return StoreError(f"{path}: is damaged: DuckDB cannot read {where} ({detail}): restore a copy "
                      f"of the file if you keep one, or {recode}")


def iter_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Iterator[dict]:
    """Rows of a query as dicts, fetched in batches."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(1000):
        for row in chunk:
            yield dict(zip(names, row))
