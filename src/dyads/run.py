"""A coding run: inputs -> (language, duplicates) -> coder -> a sink, with a summary.

Before a story is coded the run decides whether it should be: a story already in
the store is passed over, a story in another language is kept as skipped, and a
copy of a story already coded is kept as a mention of it. Everything else goes
through the coder in order, and every outcome goes to the sink (JSON Lines or
the store).
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING, Protocol, TextIO

from dyads.pipeline import Coder
from dyads.record import Article, CodedArticle, Problem
from dyads.sources.dedup import Copy, DuplicateIndex, content_hash, signature

if TYPE_CHECKING:
    import numpy as np

    from dyads.store.duplicates import StoredDuplicates

CODED_LANGUAGES = frozenset({"en"})


class Sink(Protocol):
    """Where a run's outcomes go."""

    def coded(self, record: CodedArticle, text_hash: str, signature: list[int] | None) -> None: ...
    def duplicate(self, article: Article, copy: Copy, text_hash: str) -> None: ...
    def skipped(self, article: Article, reason: str, text_hash: str) -> None: ...
    def failed_story(self, article: Article, problem: Problem, text_hash: str) -> None: ...
    def failure(self, problem: Problem) -> None: ...
    def close(self) -> None: ...  # the run ended: write what is gathered
    def abandon(self) -> None: ...  # the run was stopped: write nothing more (a half-gathered story)


@dataclass
class RunSummary:
    """What became of every input of a run."""

    read: int = 0
    coded: int = 0
    duplicates: int = 0
    already_stored: int = 0
    skipped: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    warnings: int = 0
    actors: int = 0
    quotes: int = 0
    events: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed

    def text(self, written_to: str | None = None, store: bool = True) -> str:
        """The end-of-run summary a user reads (`store`: the run wrote into a store)."""
        repeated = "already in the store" if store else "repeated (the same story under an id coded before in this run)"
        lines = [
            f"dyads: read {self.read} {'story' if self.read == 1 else 'stories'} in {self.seconds:.1f} s: "
            f"{self.coded} coded, "
            f"{self.duplicates} duplicates, {sum(self.skipped.values())} skipped"
            + (f", {self.already_stored} {repeated}" if self.already_stored else ""),
        ]
        if self.skipped:
            lines.append("  skipped: " + _by_reason(self.skipped))
        if self.failed:
            failed = sum(self.failed.values())
            lines.append(f"  failed: {failed} input{'' if failed == 1 else 's'}: " + _by_reason(self.failed))
        if self.warnings:
            lines.append(f"  warnings: {self.warnings}")
        lines.append(
            f"  written: {self.events} events, {self.actors} actors, {self.quotes} quotes"
            + (f" to {written_to}" if written_to else "")
        )
        return "\n".join(lines)

    def to_dict(self) -> dict:
        """The summary as JSON-ready data."""
        return {
            "read": self.read, "coded": self.coded, "duplicates": self.duplicates,
            "already_stored": self.already_stored, "skipped": dict(self.skipped),
            "failed": dict(self.failed), "warnings": self.warnings, "events": self.events,
            "actors": self.actors, "quotes": self.quotes, "seconds": round(self.seconds, 2),
        }


def _by_reason(counts: Counter) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in counts.most_common())


def reason_kind(reason: str) -> str:
    """A reason without its particulars, to count alike failures together.

    "not valid UTF-8 (byte 0xe9 on line 3); convert it ..." -> "not valid UTF-8".
    """
    # " among <the CSV header>": each file's header would make its failure a kind of its own
    kind = re.split(r" \(|; |: | among ", reason, maxsplit=1)[0]
    # numbers standing alone only: "UTF-8" and "E088" keep theirs
    return re.sub(r"(?<![\w-])\d+(\.\d+)?(?![\w-])", "N", kind).strip() or reason


@dataclass
class RunOptions:
    """Choices of a run that are not the coder's."""

    dedup: bool = True
    languages: frozenset[str] = CODED_LANGUAGES
    # ids already coded (a store's), with their content hash where known
    known_ids: dict[str, str | None] | set[str] = field(default_factory=set)
    progress: Callable[[Iterable], Iterable] | None = None


# Stories read ahead of their check for copies: a store is asked about them at once.
LOOK_AHEAD = 256


def code_run(
    items: Iterable[Article | Problem], coder: Coder, sink: Sink,
    index: DuplicateIndex | StoredDuplicates | None = None, options: RunOptions | None = None,
) -> RunSummary:
    """Code every story among the items into the sink; returns what became of each.

    `index` knows the stories before this run's (a store's: `StoredDuplicates`) and
    learns this run's; `options.known_ids` are more ids to pass over.
    """
    options = options or RunOptions()
    index = index if index is not None else DuplicateIndex()
    summary = RunSummary()
    started = time.perf_counter()
    known = options.known_ids
    for story_id, text_hash in (known.items() if isinstance(known, dict) else ((k, None) for k in known)):
        index.remember(story_id, text_hash)
    fed: deque[tuple[Article, str, list[int] | None]] = deque()

    def to_code() -> Iterator[Article]:
        stream = options.progress(items) if options.progress else items
        for chunk in _chunks(stream, LOOK_AHEAD):
            hashes, values = _look_ahead(chunk, index, options)
            for position, item in enumerate(chunk):
                if isinstance(item, Problem):
                    _count_problem(summary, item)
                    sink.failure(item)
                    continue
                summary.read += 1
                text_hash = hashes[position]
                if index.knows(item.id) and index.hash_of(item.id) not in (None, text_hash):
                    # another story under an id already used (a feed whose ids restart): keep it
                    item = _renamed(item, text_hash, summary, sink)
                if index.knows(item.id):
                    summary.already_stored += 1
                    continue
                index.remember(item.id, text_hash)
                # The readers set the language (sources/language.py); English by default.
                language = item.language or "en"
                if language not in options.languages:
                    reason = f"language: {language}"
                    summary.skipped[reason] += 1
                    sink.skipped(item, reason, text_hash)
                    continue
                signed = values.get(position) if options.dedup else None
                copy = index.copy_of(text_hash, signed) if options.dedup else None
                if copy is not None:
                    summary.duplicates += 1
                    sink.duplicate(item, copy, text_hash)
                    continue
                if options.dedup:
                    index.add(item.id, text_hash, signed)
                fed.append((item, text_hash, None if signed is None else [int(v) for v in signed]))
                yield item

    try:
        for result in coder.code_items(to_code()):
            article, text_hash, values = fed.popleft()
            if isinstance(result, Problem):
                _count_problem(summary, result)
                sink.failed_story(article, result, text_hash)
                continue
            summary.coded += 1
            summary.actors += len(result.actors)
            summary.quotes += len(result.quotes)
            summary.events += len(result.events)
            sink.coded(result, text_hash, values)
    except BaseException:
        # Ctrl-C or an error may fall between a story's rows: what is not yet written
        # is dropped whole, and the next run codes those stories again.
        sink.abandon()
        raise
    else:
        sink.close()
    finally:
        summary.seconds = time.perf_counter() - started
    return summary


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _look_ahead(chunk: list[Article | Problem], index: DuplicateIndex | StoredDuplicates,
                options: RunOptions) -> tuple[dict[int, str], dict[int, np.ndarray | None]]:
    """The content hash of each story of a chunk (by position) and, for those a copy check
    may ask about, its MinHash; the index is told both ahead of the checks."""
    stories = {position: item for position, item in enumerate(chunk) if not isinstance(item, Problem)}
    hashes = {position: content_hash(item.text) for position, item in stories.items()}
    # a story's id, and the one it would take were its id another story's (`_renamed`)
    index.look_ahead_ids([i for p, item in stories.items() for i in (item.id, renamed_id(item.id, hashes[p]))])
    values: dict[int, np.ndarray | None] = {}
    if options.dedup:
        for position, item in stories.items():
            stored = index.knows(item.id) and index.hash_of(item.id) in (None, hashes[position])
            if not stored and (item.language or "en") in options.languages:
                values[position] = signature(item.text)
        index.look_ahead_texts([(hashes[p], v) for p, v in values.items()])
    return hashes, values


def renamed_id(story_id: str, text_hash: str) -> str:
    """The id a story takes when its own is already another story's."""
    return f"{story_id}~{text_hash[:10]}"


def _renamed(article: Article, text_hash: str, summary: RunSummary, sink: Sink) -> Article:
    """The article under an id of its own, the user told why (a warning, kept in the store)."""
    new_id = renamed_id(article.id, text_hash)
    problem = Problem(article.origin or article.id or "?",
                      f"id {article.id!r} is already another story's: coded as {new_id!r}", fatal=False)
    _count_problem(summary, problem)
    sink.failure(problem)
    return replace(article, id=new_id)


def _count_problem(summary: RunSummary, problem: Problem) -> None:
    print(problem, file=sys.stderr)
    if problem.fatal:
        summary.failed[reason_kind(problem.reason)] += 1
    else:
        summary.warnings += 1


class StreamSink:
    """Coded stories as JSON Lines (or a readable table) on a text stream."""

    def __init__(self, out: TextIO | RecordFile, write: Callable[[CodedArticle, TextIO], None] | None = None) -> None:
        self.out = out
        self.write = write or write_json_line

    def coded(self, record: CodedArticle, text_hash: str, signature: list[int] | None) -> None:
        # the record is made whole first and handed over in one write: a file (`RecordFile`)
        # then holds it whole or not at all
        text = io.StringIO()
        self.write(record, text)
        self.out.write(text.getvalue())
        self.out.flush()

    def duplicate(self, article: Article, copy: Copy, text_hash: str) -> None:
        pass  # counted in the summary; a store keeps copies as mentions

    def skipped(self, article: Article, reason: str, text_hash: str) -> None:
        print(f"dyads: skipped: {article.origin or article.id}: {reason}", file=sys.stderr)

    def failed_story(self, article: Article, problem: Problem, text_hash: str) -> None:
        pass  # already reported

    def failure(self, problem: Problem) -> None:
        pass  # already reported

    def close(self) -> None:
        self.out.flush()

    def abandon(self) -> None:
        """Lines are written whole as each story is coded: keep them."""
        self.out.flush()


class OutputError(Exception):
    """The output file cannot be written (a full disk); the message names it and says what it holds."""


class RecordFile:
    """An output file of whole records: a record cut short (the disk filled) is removed again.

    Text is written unbuffered, one record per `write`, and the file's size after the
    last whole record is kept; when a write fails the file is cut back to it, so the
    file never ends on half a JSON line.
    """

    def __init__(self, path: os.PathLike | str) -> None:
        """Create (or empty) the file at `path`."""
        self.path = path
        self.records = 0
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        except OSError as error:
            raise OutputError(f"{path}: cannot be written ({error.strerror})") from error
        self._whole = 0  # bytes of whole records

    def write(self, text: str) -> int:
        """Write one whole record, or none of it (raising OutputError)."""
        data = text.encode("utf-8")
        done = 0
        try:
            while done < len(data):
                done += self._write_some(data[done:])
        except OSError as error:
            self._cut_back()
            reason = "no space left on the device" if error.errno == errno.ENOSPC else error.strerror
            kept = f"{self.records} whole stor{'y' if self.records == 1 else 'ies'}"
            raise OutputError(f"{self.path}: {reason}; the story being written was removed, the file "
                              f"holds {kept}") from error
        self._whole += len(data)
        self.records += 1
        return len(text)

    def _write_some(self, data: bytes) -> int:
        return os.write(self._fd, data)  # a full disk may take part of it, then refuse the rest

    def _cut_back(self) -> None:
        # a device (/dev/full) cannot be cut: nothing of the record stayed there anyway
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, self._whole)

    def flush(self) -> None:
        """Nothing to flush: every write goes straight to the file."""

    def close(self) -> None:
        """Close the file."""
        os.close(self._fd)


def write_json_line(record: CodedArticle, out: TextIO) -> None:
    """One coded story as one line of JSON (SCHEMA.md)."""
    out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
