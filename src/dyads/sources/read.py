"""Reading stories from files, folders, JSON Lines and standard input.

Every reader yields `Article` (cleaned) or `Problem` (a file or line that cannot
be coded, named with the reason); one bad story never stops the others.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from dyads.record import Article, Problem
from dyads.sources.clean import CleaningRules, clean_article

STORY_SUFFIXES = {".txt", ".jsonl"}
STDIN = "-"

Item = Article | Problem


def read_inputs(
    inputs: Iterable[str], rules: CleaningRules | None = None, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """Every story in the given paths (files, folders, `-` for standard input)."""
    for name in inputs:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes("<stdin>", stream.read(), rules, guess_jsonl=True)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in STORY_SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield Problem(name, "folder holds no .txt or .jsonl story files")
            for file in files:
                yield from read_file(file, rules)
        elif path.exists():
            yield from read_file(path, rules)
        else:
            yield Problem(name, "no such file or folder")


def read_file(path: Path, rules: CleaningRules | None = None) -> Iterator[Item]:
    """The stories of one file: a `.jsonl` file holds one a line, any other one."""
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Problem(str(path), f"cannot be read ({error.strerror or error})")
        return
    yield from _read_bytes(str(path), data, rules, jsonl=path.suffix.lower() == ".jsonl")


def _read_bytes(
    origin: str, data: bytes, rules: CleaningRules | None,
    jsonl: bool = False, guess_jsonl: bool = False,
) -> Iterator[Item]:
    text_or_problem = decode_story_bytes(origin, data)
    if isinstance(text_or_problem, Problem):
        yield text_or_problem
        return
    text = text_or_problem
    if guess_jsonl and text.lstrip().startswith("{"):
        jsonl = True
    if jsonl:
        yield from _read_jsonl_lines(origin, text, rules)
    else:
        yield clean_article(Article(text=text, origin=origin), rules)


def decode_story_bytes(origin: str, data: bytes) -> str | Problem:
    """The text of a story file, or the reason it is not one."""
    if not data.strip():
        return Problem(origin, "empty file")
    if b"\x00" in data[:8192]:
        return Problem(origin, "binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return Problem(
            origin,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} on line {line}); "
            "convert it, e.g. with iconv -f latin1 -t utf-8",
        )


def _read_jsonl_lines(origin: str, text: str, rules: CleaningRules | None) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(where, f"malformed JSON ({error.msg} at column {error.colno})")
            continue
        yield from article_from_record(where, record, rules)


def article_from_record(
    where: str, record: Any, rules: CleaningRules | None = None
) -> Iterator[Item]:
    """The article of one input record (SCHEMA.md, Input), with any warnings."""
    if not isinstance(record, dict):
        yield Problem(where, f"expected a JSON object, got {type(record).__name__}")
        return
    text = record.get("text")
    if text is None and record.get("html") is not None:
        yield Problem(where, "has only 'html'; HTML input is not supported yet, give 'text'")
        return
    if not isinstance(text, str):
        yield Problem(where, "no 'text' field (a string) to code")
        return
    if not text.strip():
        yield Problem(where, "'text' is empty")
        return
    published = record.get("published")
    if published is not None:
        parsed = parse_published(published)
        if parsed is None:
            yield Problem(
                where, f"'published' {published!r} is not a date (YYYY-MM-DD); coded without it",
                fatal=False,
            )
        published = parsed
    article = Article(
        text=text,
        id=_optional_str(record.get("id")),
        url=_optional_str(record.get("url")),
        title=_optional_str(record.get("title")),
        publisher=_optional_str(record.get("publisher")),
        published=published,
        origin=where,
    )
    yield clean_article(article, rules)


def parse_published(value: Any) -> str | None:
    """`YYYY-MM-DD` from a date or ISO 8601 timestamp, or None if it is neither."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 else None
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)
