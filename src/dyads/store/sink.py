"""The store as the end of a run: gathers rows and writes them a batch at a time."""

from __future__ import annotations

from collections.abc import Callable

from dyads.record import Article, CodedArticle, Problem
from dyads.sources.dedup import Copy
from dyads.store.db import Store
from dyads.store.rows import Rows, add_coded, article_row

# Stories per transaction: large enough that writing is a small share of the run,
# small enough that a killed run recodes little.
BATCH_STORIES = 64


class StoreSink:
    """Writes what a run makes into a `Store`, one transaction per batch of stories."""

    def __init__(
        self, store: Store, batch_stories: int = BATCH_STORIES,
        on_write: Callable[[Rows], None] | None = None,
    ) -> None:
        self.store = store
        self.batch_stories = batch_stories
        self.on_write = on_write
        self.rows = Rows()

    def coded(self, record: CodedArticle, text_hash: str, signature: list[int] | None) -> None:
        """A coded story with everything coded from it."""
        self.rows.articles.append(article_row(record.article, "coded", text_hash, signature))
        add_coded(self.rows, record)
        self._flush_if_full()

    def duplicate(self, article: Article, copy: Copy, text_hash: str) -> None:
        """A copy of a story already coded: kept as a mention of it, not coded again."""
        self.rows.articles.append(article_row(
            article, "duplicate", text_hash, None, reason=copy.kind,
            duplicate_of=copy.of, similarity=copy.similarity,
        ))
        self._flush_if_full()

    def skipped(self, article: Article, reason: str, text_hash: str) -> None:
        """A story not coded on purpose (another language), kept with its reason."""
        self.rows.articles.append(article_row(article, "skipped", text_hash, None, reason=reason))
        self._flush_if_full()

    def failed_story(self, article: Article, problem: Problem, text_hash: str) -> None:
        """A story the coder failed on: its text is kept, the failure recorded."""
        self.rows.articles.append(article_row(article, "failed", text_hash, None, reason=problem.reason))
        self.failure(problem)

    def failure(self, problem: Problem) -> None:
        """An input that is not a story (or a warning about one), with its reason."""
        self.rows.failures.append({
            "origin": problem.origin, "reason": problem.reason,
            "kind": "failed" if problem.fatal else "warning",
        })
        self._flush_if_full()

    def _flush_if_full(self) -> None:
        if len(self.rows) >= self.batch_stories:
            self.flush()

    def flush(self) -> None:
        """Write what is gathered (handed over first: a batch is never written twice)."""
        if len(self.rows):
            rows, self.rows = self.rows, Rows()
            self.store.write(rows)
            if self.on_write:
                self.on_write(rows)

    def close(self) -> None:
        """Write the last batch."""
        self.flush()

    def abandon(self) -> None:
        """Drop what is gathered but not written: the next run codes those stories again."""
        self.rows = Rows()
