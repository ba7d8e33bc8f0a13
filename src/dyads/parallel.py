"""Coding on several local processes, with the same output as one.

`ParallelCoder` has the `Coder` interface a run uses (`code_items`): the parent
process reads, checks languages and duplicates and writes, as in a one-process
run; batches of stories go to N worker processes, each of which loads the model
and the knowledge base once, and the coded batches come back in input order. So
the JSON Lines and the store rows are those of one process, and a bounded number
of batches is in flight (memory does not grow with the input).

Workers are started with `spawn`, not `fork`: a forked copy of a process that
holds a DuckDB store, threads or a loaded model is not safe everywhere.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from dyads.record import Article, CodedArticle, Problem

# Stories sent to a worker at once: large enough to keep spaCy's batching and the
# pickling cheap per story, small enough that the progress and memory stay smooth.
BATCH_STORIES = 16


@dataclass(frozen=True)
class CoderSettings:
    """What a worker needs to build the same `Coder` as the parent would (files, not objects)."""

    actor_files: tuple[Path, ...] = ()
    boilerplate: Path | None = None
    lexicon_files: tuple[Path, ...] = ()
    min_confidence: float | None = None


def make_coder(settings: CoderSettings):
    """The `Coder` these settings describe."""
    from dyads.startup import defer_spacy_cli

    defer_spacy_cli()  # a worker process: no need to import spaCy's command line (dyads.startup)
    from dyads.actors.kb_files import default_kb, load_kb
    from dyads.events.lexicon import load_lexicon
    from dyads.pipeline import MIN_CONFIDENCE, Coder
    from dyads.sources.clean import load_rules

    kb = load_kb(list(settings.actor_files)) if settings.actor_files else default_kb()
    rules = load_rules(settings.boilerplate) if settings.boilerplate else None
    lexicon = load_lexicon(list(settings.lexicon_files)) if settings.lexicon_files else None
    threshold = MIN_CONFIDENCE if settings.min_confidence is None else settings.min_confidence
    return Coder(kb=kb, rules=rules, lexicon=lexicon, min_confidence=threshold)


_worker_coder = None


def _start_worker(settings: CoderSettings) -> None:
    global _worker_coder  # noqa: PLW0603 - one coder per worker process, made once
    from dyads.startup import Loading

    with Loading(unfreeze=False):  # the model lives as long as the worker
        _worker_coder = make_coder(settings)


def _code_batch(batch: list[Article | Problem]) -> tuple[list[CodedArticle | Problem], float]:
    """The coded batch, and the CPU seconds the worker spent on it."""
    started = time.process_time()
    results = list(_worker_coder.code_items(batch))
    return results, time.process_time() - started


class WorkerFailed(RuntimeError):
    """A worker process died (killed, or out of memory); the message says what to do."""


class ParallelCoder:
    """Codes items on `workers` processes; yields the results in input order."""

    def __init__(self, settings: CoderSettings, workers: int, batch: int = BATCH_STORIES) -> None:
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, not {workers}")
        self.settings = settings
        self.workers = workers
        self.batch = batch
        self._pool: ProcessPoolExecutor | None = None
        self.worker_cpu_seconds = 0.0  # CPU the workers spent coding, summed over batches

    def __enter__(self) -> ParallelCoder:
        """Start the workers now (and keep them for every `code_items` until the block ends)."""
        self._pool = self._new_pool()
        return self

    def __exit__(self, *_: object) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                   initargs=(self.settings,))

    def warm(self) -> None:
        """Wait until every worker has loaded its coder (so a benchmark times coding only)."""
        if self._pool is None:
            raise RuntimeError("warm() needs the workers started: use the coder in a with block")
        for future in [self._pool.submit(_code_batch, []) for _ in range(self.workers * 2)]:
            future.result()

    def code_items(self, items: Iterable[Article | Problem]) -> Iterator[CodedArticle | Problem]:
        """Code the articles among the items, problems passed through, in input order."""
        if self._pool is not None:
            yield from self._code_on(self._pool, iter(items))
            return
        with self._new_pool() as pool:
            yield from self._code_on(pool, iter(items))

    def _code_on(self, pool: ProcessPoolExecutor, items: Iterator[Article | Problem]
                 ) -> Iterator[CodedArticle | Problem]:
        pending: deque[Future] = deque()
        # two batches a worker in flight: none waits for work, memory stays bounded
        while True:
            while len(pending) < 2 * self.workers and (batch := list(islice(items, self.batch))):
                pending.append(pool.submit(_code_batch, batch))
            if not pending:
                return
            try:
                results, cpu = pending.popleft().result()
            except BrokenProcessPool as error:
                raise WorkerFailed(
                    "a coding worker stopped (killed, or out of memory); the stories written so far are "
                    "kept: run the same command again with --db to go on, or with fewer --workers"
                ) from error
            self.worker_cpu_seconds += cpu
            yield from results
