"""Coding inside the server: a story posted to /api/code, and the folder watched with --ingest.

The coder (spaCy and the knowledge base) loads on first use and is shared under
a lock: one story is parsed at a time, as on the command line. Only a server
started with --ingest owns its store and writes to it, one writer at a time,
through the same `code_run` and `StoreSink` as `dyads code --db`.
"""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from dyads.record import Article, CodedArticle
from dyads.store.query import QueryError

POSTED_FIELDS = ("text", "html", "title", "published", "publisher", "url")


class SharedCoder:
    """One `Coder` for the whole server, loaded when first needed, used by one thread at a time."""

    def __init__(self, min_confidence: float | None = None) -> None:
        self.min_confidence = min_confidence
        self._coder = None
        self.lock = threading.Lock()

    def get(self):
        """The coder (call with `lock` held)."""
        if self._coder is None:
            from dyads.pipeline import MIN_CONFIDENCE, Coder

            threshold = MIN_CONFIDENCE if self.min_confidence is None else self.min_confidence
            self._coder = Coder(min_confidence=threshold)
        return self._coder


def posted_article(fields: dict[str, Any]) -> Article:
    """The article a POST gives, cleaned; a `QueryError` says what is wrong with it."""
    unknown = sorted(set(fields) - set(POSTED_FIELDS))
    if unknown:
        raise QueryError(f"unknown field(s) {', '.join(unknown)}: give {', '.join(POSTED_FIELDS)}")
    for name, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise QueryError(f"{name} must be a string")
    if bool(fields.get("text")) == bool(fields.get("html")):
        raise QueryError("give the story as text or as html (one of them, not empty)")
    published = fields.get("published")
    if published:
        try:
            date.fromisoformat(published)
        except ValueError as error:
            raise QueryError(f"published {published!r} is not a date (YYYY-MM-DD)") from error
    meta = {key: fields.get(key) or None for key in ("title", "published", "publisher", "url")}
    from dyads.sources.read import finish_article

    if fields.get("html"):
        from dyads.sources.html import article_from_html, merge_fields

        page = article_from_html("posted page", fields["html"], url=meta["url"])
        if not isinstance(page, Article):
            raise QueryError(page.reason)
        return finish_article(merge_fields(page, meta))
    return finish_article(Article(text=fields["text"], **meta))


async def code_posted_story(app: FastAPI, fields: dict[str, Any], store: bool = False) -> dict[str, Any]:
    """Code a posted story; with `store`, also write it (a server with --ingest only)."""
    article = posted_article(fields)
    record = await run_in_threadpool(_code, app.state.coder, article)
    answer = record.to_dict()
    if store:
        answer["stored"] = await run_in_threadpool(_store_record, app, record)
    return answer


def _code(shared: SharedCoder, article: Article) -> CodedArticle:
    with shared.lock:
        return next(shared.get().code_articles([article]))


def _store_record(app: FastAPI, record: CodedArticle) -> bool:
    """Write a coded story unless the store already has its id; True when written."""
    from dyads.sources.dedup import content_hash, signature
    from dyads.store.rows import Rows, add_coded, article_row

    access = app.state.access
    with access.write_lock:
        store = access.writer()
        if store.run("SELECT 1 FROM articles WHERE id = ?", [record.article.id]):
            return False
        values = signature(record.article.text)
        rows = Rows()
        rows.articles.append(article_row(record.article, "coded", content_hash(record.article.text),
                                         None if values is None else [int(v) for v in values]))
        add_coded(rows, record)
        store.write(rows)
        forget_answers(app)
        return True


def forget_answers(app: FastAPI) -> None:
    """The store changed: answers kept from before it are no longer true."""
    if app.state.answers is not None:
        app.state.answers.clear()


class FolderWatcher:
    """Codes the story files that appear in a folder into the server's store, until stopped."""

    def __init__(self, app: FastAPI, folder: Path, every_seconds: float = 5.0) -> None:
        self.app = app
        self.folder = folder
        self.every_seconds = every_seconds
        self.seen: dict[Path, tuple[float, int]] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="dyads-ingest", daemon=True)
        self.rounds = 0  # completed passes over the folder (tests wait on it)

    def start(self) -> None:
        """Start watching in a thread of its own."""
        self.thread.start()

    def close(self) -> None:
        """Stop after the current pass."""
        self.stop.set()
        self.thread.join(timeout=30)

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                self.code_new_files()
            except Exception as error:  # noqa: BLE001 - a bad pass must not end the server
                print(f"dyads serve: ingest of {self.folder} failed: {error!r}", file=sys.stderr)
            self.rounds += 1
            self.stop.wait(self.every_seconds)

    def new_files(self) -> list[Path]:
        """The story files that are new or changed since the last pass."""
        from dyads.sources.read import story_files

        found = []
        for path in story_files(self.folder):
            try:
                stat = path.stat()
            except OSError:
                continue
            if self.seen.get(path) != (stat.st_mtime, stat.st_size):
                self.seen[path] = (stat.st_mtime, stat.st_size)
                found.append(path)
        return found

    def code_new_files(self) -> int:
        """Code the new files into the store; returns the stories coded."""
        files = self.new_files()
        if not files:
            return 0
        from dyads.run import RunOptions, code_run
        from dyads.sources import read_inputs
        from dyads.store.duplicates import StoredDuplicates
        from dyads.store.sink import StoreSink

        access = self.app.state.access
        shared = self.app.state.coder
        with access.write_lock, shared.lock:
            store = access.writer()
            summary = code_run(read_inputs([str(path) for path in files]), shared.get(), StoreSink(store),
                               StoredDuplicates(store), RunOptions())
            forget_answers(self.app)
        print(summary.text(str(access.path)), file=sys.stderr)
        return summary.coded
