"""Web archives (.warc, .warc.gz, .arc, .arc.gz): every HTML page in them is one story.

Records are read one at a time with warcio, so an archive of any size is fine.
Only `response` records of HTTP 200 with an HTML content type are pages; the
rest (requests, metadata, images, redirects, errors) are passed over silently.
An article's origin is "file.warc.gz#OFFSET", the byte offset of its record, the
one `warcio extract file.warc.gz OFFSET` takes.

warcio stops quietly at a truncated gzip member and leaves a cut-off record
short without a word, so the reader checks both itself: a record whose body is
shorter than its Content-Length, and an archive whose last record ends before the
file does, are reported as a `Problem` naming where the archive broke, after
every record before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from dyads.record import Problem
from dyads.sources.clean import CleaningRules
from dyads.sources.html import article_from_html
from dyads.sources.read import Item, ReadOptions, shown, too_large

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    path: Path, rules: CleaningRules | None = None, options: ReadOptions | None = None
) -> Iterator[Item]:
    """The articles of every HTML page in a web archive, in the archive's order."""
    options = options or ReadOptions()
    origin = str(path)
    size = path.stat().st_size
    if size == 0:
        yield Problem(origin, "empty file")
        return
    pages = 0
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        # warcio prints its own warning for a record with a wrong Content-Length
        # straight onto stderr; one Problem at the end says it in dyads' words.
        records.INC_RECORD = ""
        offset, first = 0, True
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as error:  # noqa: BLE001 - warcio raises anything from ValueError to AttributeError on junk
                yield _broken(origin, getattr(records, "offset", offset), error)
                return
            if first and record.format == "arc" and record.rec_type != "arc_header":
                # Any text file parses as ARC records ("url ip date type length"),
                # but a real ARC file opens with its filedesc:// header.
                yield Problem(f"{origin}#0", "not a WARC or ARC archive (no WARC or ARC header at the start)")
                return
            first = False
            try:
                page = _html_page(record, options.max_bytes) if _is_html_page(record) else None
                offset = records.get_record_offset()  # reads the rest of the record
            except Exception as error:  # noqa: BLE001 - a damaged gzip member fails in zlib, struct, ...
                yield _broken(origin, getattr(records, "offset", offset), error)
                return
            where = f"{origin}#{offset}"
            if record.rec_type is None or getattr(record.raw_stream, "limit", 0) > 0:
                yield _broken(origin, offset, "the record is cut short")
                return
            if page is None:
                continue
            pages += 1
            if isinstance(page, int):
                yield Problem(where, too_large(page, options.max_bytes))
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri")
            yield article_from_html(where, page, url=url, rules=rules, max_bytes=options.max_page_bytes)
        end = getattr(records, "offset", size)
        if end < size:
            yield _broken(origin, end, f"{size - end} bytes after the last whole record")
            return
        if records.err_count:
            yield Problem(
                origin,
                f"{records.err_count} record(s) not followed by a blank line (a wrong "
                "Content-Length?): their text may be cut short or run on",
                fatal=False,
            )
        if not pages:
            yield Problem(origin, "archive holds no HTML page (an HTTP 200 response of text/html)")


def _broken(origin: str, offset: int, error: Any) -> Problem:
    # warcio quotes the damaged record's first line, raw bytes and newlines and all
    detail = error if isinstance(error, str) else f"{type(error).__name__}: {shown(str(error), 160)}"
    return Problem(
        f"{origin}#{offset}",
        f"truncated or malformed archive at byte {offset} ({detail}); the records before it were read",
    )


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.split(";")[0].strip() in HTML_TYPES


def _html_page(record: Any, max_bytes: int) -> str | bytes | int:
    """The page (decoded when the server named its charset), or its size when over the limit."""
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return record.length or len(payload)
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = next(
        (part.split("=", 1)[1].strip().strip("\"'") for part in content_type.split(";")
         if part.strip().lower().startswith("charset=")),
        None,
    )
    if charset:
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name: let trafilatura guess from the bytes
    return payload
