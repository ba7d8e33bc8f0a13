"""Reading stories from files, folders, web archives, feeds and standard input.

Every reader yields `Article` (cleaned, with its language) or `Problem` (a file,
line or record that cannot be coded, named with the reason); one bad story never
stops the others, and the order is fixed (inputs as given, folders sorted).

Each kind of input has its own module: `html.py` (pages), `warc.py` (web
archives), `feeds.py` (RSS/Atom, URLs), `tables.py` (CSV); plain text and JSON
Lines live here. Those modules are imported only when an input needs them:
trafilatura, warcio and feedparser take a while to load.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from dyads.record import Article, Problem
from dyads.sources.clean import CleaningRules, clean_article
from dyads.sources.language import with_language

STDIN = "-"
MB = 1_000_000
DEFAULT_MAX_BYTES = 50 * MB

Item = Article | Problem
Fetcher = Callable[[str], bytes]

# Longest suffixes first: "x.warc.gz" is a web archive, not a gzip of anything.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"), (".warc", "warc"), (".arc.gz", "warc"), (".arc", "warc"),
    (".txt", "text"), (".jsonl", "jsonl"), (".csv", "csv"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".xml", "feed"), (".rss", "feed"), (".atom", "feed"),
)
STORY_SUFFIXES = {suffix for suffix, _ in SUFFIXES}
KINDS_TEXT = ".txt, .jsonl, .csv, .html/.htm, .warc/.warc.gz/.arc, .xml/.rss/.atom"
URL_PREFIXES = ("http://", "https://")
# Half of a UTF-16 pair, alone: JSON may write it ("\\ud800"), but no UTF-8 can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class ReadOptions:
    """How inputs are read.

    `columns` maps SCHEMA field names (text, html, id, title, url, publisher,
    published) to the names a CSV file (or JSONL record) uses for them;
    `fetch` lets feed readers download each item's page (else the item's summary
    is coded); `max_bytes` caps a single-story file (.txt, .html, one WARC
    record, one JSONL line); `fetcher` downloads a URL (bytes, raising `OSError`
    on failure); None means urllib with a 10 s timeout.
    """

    columns: dict[str, str] = field(default_factory=dict)
    fetch: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    max_page_bytes: int = 10_000_000  # a web page, before it is parsed (sources/html.py)
    fetcher: Fetcher | None = None

    def get_fetcher(self) -> Fetcher:
        """The fetcher to use: the injected one or urllib's."""
        if self.fetcher is not None:
            return self.fetcher
        from dyads.sources.feeds import fetch_url

        return lambda url: fetch_url(url, max_bytes=self.max_bytes)


def read_inputs(
    inputs: Iterable[str],
    rules: CleaningRules | None = None,
    stdin: IO[bytes] | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Item]:
    """Every story in the given inputs: files, folders, http(s) feed URLs, `-` for standard input."""
    options = options or ReadOptions()
    for name in inputs:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_stream("<stdin>", stream, rules, options)
            continue
        if name.lower().startswith(URL_PREFIXES):
            from dyads.sources.feeds import read_url

            yield from read_url(name, rules, options)
            continue
        path = Path(name)
        if path.is_dir():
            files, problems = folder_contents(path)
            yield from problems
            if not files and not problems:
                yield Problem(name, f"folder holds no story files ({KINDS_TEXT})")
            for file in files:
                yield from read_file(file, rules, options)
        elif path.exists():
            yield from read_file(path, rules, options)
        else:
            yield Problem(name, "no such file or folder")


def story_files(folder: Path) -> list[Path]:
    """The story files under `folder`, recursively, sorted; hidden files and folders are skipped."""
    return folder_contents(folder)[0]


def folder_contents(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The story files under `folder` (sorted), and what in it cannot be read, each named.

    Symbolic links to folders are not followed (they may loop); a link to a story
    file is read; a link to nothing, a link that loops and a folder that cannot be
    opened are reported, never passed over in silence.
    """
    files: list[Path] = []
    problems: list[Problem] = []

    def unreadable(error: OSError) -> None:
        problems.append(Problem(str(error.filename or folder), f"folder cannot be read ({error.strerror})"))

    for root, folders, names in os.walk(folder, onerror=unreadable):
        base = Path(root)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in folders:
            if (base / name).is_symlink():
                problems.append(Problem(str(base / name), "a symbolic link to a folder is not followed (it may "
                                        "loop); give the folder it points to as an input", fatal=False))
        for name in sorted(names):
            path = base / name
            if name.startswith(".") or kind_of(path) is None and not path.is_symlink():
                continue
            if path.is_file():
                if kind_of(path) is not None:
                    files.append(path)
            elif not path.is_symlink() and kind_of(path) is not None:
                # a FIFO, socket or device named like a story: reading it could block for ever
                problems.append(Problem(str(path), "not a regular file (a pipe, socket or device); not read"))
            elif path.is_symlink():
                reason = _broken_link(path)
                if kind_of(path) is not None or "loops" in reason:
                    problems.append(Problem(str(path), reason))
    return sorted(files), problems


def _broken_link(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "a symbolic link that loops"
    except OSError:
        return f"a symbolic link to nothing ({os.readlink(path)})"
    return "not a file"


def kind_of(path: Path) -> str | None:
    """The kind of input a file name says it is (text, jsonl, csv, html, warc, feed), or None."""
    name = path.name.lower()
    return next((kind for suffix, kind in SUFFIXES if name.endswith(suffix)), None)


def read_file(
    path: Path, rules: CleaningRules | None = None, options: ReadOptions | None = None
) -> Iterator[Item]:
    """The stories of one file, read as its suffix says; a file of unknown kind is one text story."""
    options = options or ReadOptions()
    kind = kind_of(path) or "text"
    try:
        if kind in ("text", "html"):
            # One story: check the size before reading, so a 20 GB dump named
            # .txt is refused at once instead of filling the memory.
            size = path.stat().st_size
            if size > options.max_bytes:
                yield Problem(str(path), too_large(size, options.max_bytes))
                return
            data = path.read_bytes()
            if kind == "html":
                from dyads.sources.html import article_from_html

                yield article_from_html(str(path), data, rules=rules, max_bytes=options.max_page_bytes)
            else:
                yield from _read_text(str(path), data, rules)
        elif kind == "jsonl":
            with path.open("rb") as stream:
                yield from read_jsonl_lines(str(path), stream, rules, options)
        elif kind == "csv":
            from dyads.sources.tables import read_csv

            yield from read_csv(path, rules, options)
        elif kind == "warc":
            from dyads.sources.warc import read_warc

            yield from read_warc(path, rules, options)
        else:
            from dyads.sources.feeds import read_feed_file

            yield from read_feed_file(path, rules, options)
    except OSError as error:
        yield Problem(str(path), f"cannot be read ({error.strerror or error})")


def shown(text: str, limit: int = 80) -> str:
    """Words of an input quoted in a message, safe on one terminal line.

    Control characters (a newline, an escape that would recolour or clear the
    terminal) and undecodable bytes are written as escapes, and a long stretch is
    cut, so a message about a binary file stays one readable line.
    """
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for ch in text[: limit + 1])
    return text if len(text) <= limit else text[:limit] + "..."


def too_large(size: int, limit: int) -> str:
    """The reason a single story of `size` bytes is refused."""
    return (
        f"{size / MB:.1f} MB is larger than the limit of {limit / MB:g} MB "
        "for one story (--max-bytes)"
    )


def read_stream(
    origin: str, stream: IO[bytes], rules: CleaningRules | None, options: ReadOptions
) -> Iterator[Item]:
    """Standard input: JSON Lines if it starts with `{`, an HTML page if with a tag, else one story."""
    head = b""
    while True:  # skip leading blank lines, keeping them, to see the first character
        line = stream.readline(options.max_bytes + 1)
        head += line
        if not line or line.strip() or len(head) > options.max_bytes:
            break
    start = head.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"{"):
        yield from read_jsonl_lines(origin, _Prepended(head, stream), rules, options)
        return
    data = head + stream.read(options.max_bytes + 1 - len(head))
    if len(data) > options.max_bytes:
        yield Problem(origin, f"more than {options.max_bytes / MB:g} MB for one story (--max-bytes)")
        return
    if start[:15].lower().startswith((b"<!doctype html", b"<html")):
        from dyads.sources.html import article_from_html

        yield article_from_html(origin, data, rules=rules, max_bytes=options.max_page_bytes)
        return
    yield from _read_text(origin, data, rules)


class _Prepended:
    """A byte stream whose first bytes were already read: `readline` gives them back first."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._lines = head.splitlines(keepends=True)
        self._stream = stream

    def readline(self, size: int = -1) -> bytes:
        if self._lines:
            return self._lines.pop(0)
        return self._stream.readline(size)


def _read_text(origin: str, data: bytes, rules: CleaningRules | None) -> Iterator[Item]:
    text_or_problem = decode_story_bytes(origin, data)
    if isinstance(text_or_problem, Problem):
        if text_or_problem.reason.startswith("not valid UTF-8"):
            yield from _read_odd_bytes(origin, data, rules, text_or_problem)
        else:
            yield text_or_problem
        return
    yield finish_article(Article(text=text_or_problem, origin=origin), rules)


# A UTF-8 file with this share of bad bytes or fewer is a good file with a few damaged
# bytes: kept, each bad byte a replacement character, with a warning.
MAX_BAD_SHARE = 0.001
MIN_BAD_ALLOWED = 3


def _mostly_plain_ascii(data: bytes) -> bool:
    """Whether the bytes look like text in a Western single-byte encoding: almost no
    control bytes, and at most one in five above ASCII (accents, curly quotes).
    Random or binary bytes hold about one control byte in nine and half above ASCII."""
    controls = sum(1 for byte in data if byte < 32 and byte not in (9, 10, 13) or byte == 127)
    high = sum(1 for byte in data if byte >= 128)
    return controls <= 0.005 * len(data) and high <= 0.2 * len(data)


def _read_odd_bytes(origin: str, data: bytes, rules: CleaningRules | None, refusal: Problem) -> Iterator[Item]:
    """A text file that is not valid UTF-8, kept where its bytes tell what it is.

    - UTF-8 with a few damaged bytes (it holds other, valid, non-ASCII characters, or
      none at all): each bad byte becomes U+FFFD, with a warning;
    - a whole file in a single-byte encoding (no valid multi-byte UTF-8 character in
      it, and nearly all plain ASCII: "Caf\xe9"): read as Windows-1252, the usual one
      for Western text, with a warning;
    - anything else is refused as before, with iconv's advice.
    """
    replaced = data.decode("utf-8-sig", "replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    other_non_ascii = any(ord(ch) > 127 and ch != "\ufffd" for ch in replaced)
    where = refusal.reason.split("(", 1)[1].split(")", 1)[0]  # "byte 0xe9 on line 3"
    if other_non_ascii and bad <= max(MIN_BAD_ALLOWED, MAX_BAD_SHARE * len(data)):
        text, note = replaced, f"{bad} byte(s) not valid UTF-8 ({where}) replaced by \ufffd"
    elif not other_non_ascii and _mostly_plain_ascii(data):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        note = f"not UTF-8 ({where}): read as Windows-1252; convert the file to UTF-8 to be sure of its accents"
    else:
        yield refusal
        return
    wordless = no_words(text)
    if wordless:
        yield Problem(origin, wordless)
        return
    yield Problem(origin, note, fatal=False)
    yield finish_article(Article(text=text, origin=origin), rules)


def finish_article(article: Article, rules: CleaningRules | None = None) -> Article:
    """What every reader does last: clean the article and find its language."""
    return with_language(clean_article(article, rules))


def decode_story_bytes(origin: str, data: bytes) -> str | Problem:
    """The text of a story file, or the reason it is not one."""
    if not data.strip():
        return Problem(origin, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return Problem(origin, "not valid UTF-16 (it opens with a UTF-16 byte-order mark)")
        wordless = no_words(text)
        return Problem(origin, wordless) if wordless else text
    if b"\x00" in data[:8192]:
        return Problem(origin, "binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return Problem(origin, _not_utf8(data[error.start], f"on line {line}"))
    wordless = no_words(text)
    return Problem(origin, wordless) if wordless else text


def no_words(text: str) -> str | None:
    """Why a decoded text is no story (blank, or not one letter or digit in it), or None.

    The bytes may be anything but blank and still decode to nothing a reader can
    see: a byte-order mark alone, no-break or zero-width spaces, control
    characters. Such a file was coded as a story of no words, with exit status 0.
    """
    if any(ch.isalnum() for ch in text):
        return None
    if all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text):
        return "empty file (only blank or invisible characters)"
    return "no words in it (only control characters, symbols or marks), not a story"


def _not_utf8(byte: int, where: str) -> str:
    return f"not valid UTF-8 (byte 0x{byte:02x} {where}); convert it, e.g. with iconv -f latin1 -t utf-8"


def read_jsonl_lines(
    origin: str, stream: Any, rules: CleaningRules | None, options: ReadOptions | None = None,
    first_line: int = 1, whole: bool = True,
) -> Iterator[Item]:
    """The stories of a JSON Lines stream (anything with `readline`), one line at a time.

    A stream that is a stretch of a file (a partition of `--engine dask`) gives the
    number of its first line, and is not `whole`: it is never called an empty file.
    """
    options = options or ReadOptions()
    limit = options.max_bytes
    number, seen = first_line - 1, False
    while True:
        line = stream.readline(limit + 1)
        if not line:
            break
        number += 1
        where = f"{origin}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            # Skip the rest of an over-long line a piece at a time, never whole.
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            seen = True
            yield Problem(where, f"line longer than the limit of {limit / MB:g} MB for one story (--max-bytes)")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        seen = True
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Problem(where, _not_utf8(line[error.start], f"at column {error.start + 1}"))
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            yield Problem(where, f"malformed JSON ({error.msg} at column {error.colno})")
            continue
        except RecursionError:
            yield Problem(where, "malformed JSON (nested too deeply to be a story)")
            continue
        except ValueError:
            # Python refuses to read an integer of more than 4300 digits (a guard against
            # slow conversions); it raised a bare ValueError that stopped the whole run.
            yield Problem(where, "malformed JSON (a number too long to read)")
            continue
        yield from article_from_record(where, rename_fields(record, options.columns), rules)
    if not seen and whole:
        yield Problem(origin, "empty file")


def rename_fields(record: Any, columns: Mapping[str, str]) -> Any:
    """The record with the user's names for SCHEMA fields (`columns`) turned into SCHEMA names."""
    if not columns or not isinstance(record, dict):
        return record
    renamed = dict(record)
    for schema_name, own_name in columns.items():
        if own_name in record:
            renamed[schema_name] = record[own_name]
    return renamed


def article_from_record(
    where: str, record: Any, rules: CleaningRules | None = None
) -> Iterator[Item]:
    """The article of one input record (SCHEMA.md, Input), with any warnings.

    A record with `html` and no `text` is read as a web page; the fields the
    record gives (id, title, url, publisher, published) win over the page's.
    """
    if not isinstance(record, dict):
        yield Problem(where, f"expected a JSON object, got {type(record).__name__}")
        return
    spoiled = [name for name in ("text", "html", "id", "url", "title", "publisher")
               if isinstance(record.get(name), str) and _SURROGATE.search(record[name])]
    if spoiled:
        # Kept, or the story could not be written (a traceback that stopped the run):
        # each lone half becomes the replacement character, as a bad byte would.
        record = {**record, **{name: _SURROGATE.sub("\ufffd", record[name]) for name in spoiled}}
        yield Problem(where, f"a lone surrogate escape (half of a UTF-16 pair, \\ud800-\\udfff) in "
                      f"{', '.join(map(repr, spoiled))}: replaced with U+FFFD", fatal=False)
    text, html = record.get("text"), record.get("html")
    if text is None and html is not None:
        if not isinstance(html, str):
            yield Problem(where, f"'html' is not a string (got {type(html).__name__})")
            return
    elif not isinstance(text, str):
        yield Problem(where, "no 'text' field (a string) to code")
        return
    elif not text.strip():
        yield Problem(where, "'text' is empty")
        return
    elif no_words(text):
        yield Problem(where, "'text' has no words in it (only blank, invisible or control characters, or symbols)")
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
    fields = {
        "id": _optional_str(record.get("id")),
        "url": _optional_str(record.get("url")),
        "title": _optional_str(record.get("title")),
        "publisher": _optional_str(record.get("publisher")),
        "published": published,
    }
    if text is None:
        from dyads.sources.html import article_from_html, merge_fields

        page = article_from_html(where, html, url=fields["url"], rules=rules)
        yield page if isinstance(page, Problem) else merge_fields(page, fields)
        return
    yield finish_article(Article(text=text, origin=where, **fields), rules)


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
