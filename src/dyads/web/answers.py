"""Answers of the API as JSON bytes, kept while the store cannot change.

A read-only server holds its store so that no other process can write it: the
same question always has the same answer, so answers are kept (least recently
asked dropped first, within a byte budget). A server that writes (--ingest)
forgets every kept answer after each write. JSON is written here with the
standard library rather than FastAPI's generic encoder, which is the larger
part of the time of a cheap query.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from fastapi import Request, Response


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def json_bytes(value: Any) -> bytes:
    """`value` as UTF-8 JSON (dates as ISO text)."""
    return json.dumps(value, default=_plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class AnswerCache:
    """Answers by request (path and query), least recently used dropped beyond `max_bytes`."""

    def __init__(self, max_bytes: int = 64_000_000) -> None:
        self.max_bytes = max_bytes
        self._answers: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> bytes | None:
        with self._lock:
            body = self._answers.get(key)
            if body is None:
                self.misses += 1
                return None
            self._answers.move_to_end(key)
            self.hits += 1
            return body

    def put(self, key: str, body: bytes) -> None:
        if len(body) > self.max_bytes // 8:  # one huge answer must not push out all the others
            return
        with self._lock:
            old = self._answers.pop(key, None)
            self._size += len(body) - (len(old) if old else 0)
            self._answers[key] = body
            while self._size > self.max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        """Forget every answer (the store was written)."""
        with self._lock:
            self._answers.clear()
            self._size = 0


def answer(request: Request, compute: Callable[[], Any]) -> Response:
    """The JSON answer to a GET: kept from an earlier identical request, or computed now."""
    cache: AnswerCache | None = request.app.state.answers
    key = f"{request.url.path}?{request.url.query}"
    body = cache.get(key) if cache is not None else None
    if body is None:
        body = json_bytes(compute())
        if cache is not None:
            cache.put(key, body)
    return Response(body, media_type="application/json")
