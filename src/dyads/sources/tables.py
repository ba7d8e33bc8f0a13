"""CSV files: one story a row, the first row naming the columns.

Rows are read one at a time (a file of a million stories never sits in memory)
and become the same records as JSON Lines, through `article_from_record`; the
user's column names map onto SCHEMA fields with `ReadOptions.columns`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from dyads.record import Problem
from dyads.sources.clean import CleaningRules
from dyads.sources.read import Item, ReadOptions, article_from_record, shown

FIELDS = ("id", "text", "html", "title", "url", "publisher", "published")


def read_csv(
    path: Path, rules: CleaningRules | None = None, options: ReadOptions | None = None
) -> Iterator[Item]:
    """The stories of a CSV file; a bad row is a `Problem` named "file.csv:LINE"."""
    options = options or ReadOptions()
    # A story is often longer than csv's default field limit of 128 KB.
    if csv.field_size_limit() < options.max_bytes:
        csv.field_size_limit(options.max_bytes)
    origin = str(path)
    # surrogateescape: a row with a stray Latin-1 byte is reported alone below,
    # instead of a decoding error ending the whole file.
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as stream:
        reader = csv.reader(stream)
        try:
            header = next(reader, None)
        except csv.Error as error:
            yield Problem(f"{origin}:1", f"malformed CSV header ({error})")
            return
        if not header or not any(name.strip() for name in header):
            yield Problem(origin, "empty file")
            return
        if not all(_is_text(name) for name in header):
            yield Problem(f"{origin}:1", "the header is not valid UTF-8: not a CSV file of stories, or in "
                          "another encoding (convert it, e.g. with iconv -f latin1 -t utf-8)")
            return
        header = [name.strip() for name in header]
        columns = {name: options.columns.get(name, name) for name in FIELDS}
        missing = [columns[name] for name in ("text", "html") if columns[name] not in header]
        if len(missing) == 2:
            yield Problem(
                origin,
                f"no {columns['text']!r} column among {shown(', '.join(header))}; "
                "name the story's column, e.g. --columns text=body",
            )
            return
        positions = {name: header.index(column) for name, column in columns.items() if column in header}
        line = reader.line_num
        rows = 0
        while True:
            start = line + 1  # a quoted field may run over several lines: name the first
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                line = reader.line_num
                yield Problem(f"{origin}:{start}", f"malformed CSV ({error})")
                continue
            line = reader.line_num
            where = f"{origin}:{start}"
            if not row or not any(cell.strip() for cell in row):
                continue  # blank lines between rows are harmless
            rows += 1
            if len(row) != len(header):
                yield Problem(
                    where,
                    f"{len(row)} fields where the header has {len(header)} "
                    "(an unquoted comma or quote?)",
                )
                continue
            bad = next((name for name, cell in zip(header, row) if not _is_text(cell)), None)
            if bad is not None:
                yield Problem(
                    where,
                    f"not valid UTF-8 in column {bad!r}; convert it, e.g. with iconv -f latin1 -t utf-8",
                )
                continue
            record = {name: (row[i] if row[i].strip() else None) for name, i in positions.items()}
            if record.get("text") is None and record.get("html") is None:
                yield Problem(where, f"no text to code (the {columns['text']!r} column is empty)")
                continue
            yield from article_from_record(where, record, rules)
        if not rows:
            yield Problem(origin, "no rows after the header: no story to code")


def _is_text(cell: str) -> bool:
    try:
        cell.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
