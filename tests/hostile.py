"""Hostile inputs for every reader, generated from one seed (the torture suite of issue 15).

`hostile_cases()` gives the same cases, byte for byte, on every machine: each
random choice comes from one seeded `random.Random`, and the good files cut or
spoiled here (pages, archives, feeds) are written by hand with fixed dates and
record ids rather than by tools that stamp the clock.

A case is a handful of files under a folder of its own, named after the case, so
whatever dyads says about any of its files (or lines, or records) names that
folder: `tests/test_torture.py` gives each case beside one good story and checks
that it is coded or named, never lost in silence. `must_fail` marks inputs that
cannot hold a story (random bytes, empty files, bombs): those must be named as
failed. `big` marks the sizes kept for the slow half.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import escape
from pathlib import Path

from tests.webpages import feed_xml, story_page

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEED = 15  # the number: change it to explore, keep it to reproduce
GOOD_STORY = "Iran condemned the United States on Monday."
# A file an external entity points at: nothing of it may reach any output.
SECRET_FILE = "/etc/passwd"
SUFFIX = {"txt": ".txt", "html": ".html", "htm": ".htm", "jsonl": ".jsonl", "csv": ".csv",
          "warc": ".warc", "warc.gz": ".warc.gz", "rss": ".rss", "atom": ".atom", "xml": ".xml"}
READERS = tuple(SUFFIX)


@dataclass(frozen=True)
class Entry:
    """One thing in a case's folder: a file (`data`), a symbolic link (`link`) or a folder.

    Paths are bytes, relative to the case's folder, so a name may hold any byte
    but NUL and "/" (a file name cannot hold those on POSIX).
    """

    path: bytes
    data: bytes | None = None
    link: bytes | None = None
    folder: bool = False
    fifo: bool = False
    sparse: int = 0  # a file of this many bytes that takes no room on disk (sizes over a limit)


@dataclass(frozen=True)
class Case:
    """One hostile input: the files to make, and what is given on the command line.

    `inputs` are paths relative to the case's folder; none means the folder itself.
    """

    name: str
    reader: str
    entries: tuple[Entry, ...]
    inputs: tuple[bytes, ...] = ()
    must_fail: bool = False
    big: bool = False
    # an external entity in it points at SECRET_FILE
    reads_secret: bool = False
    notes: str = ""


def materialise(case: Case, root: Path) -> list[str]:
    """Make the case's files under `root/<name>/`; return the inputs to give `dyads code`.

    Inputs come back as `str` (undecodable bytes as surrogates, `os.fsdecode`), which
    `subprocess` turns back into the same bytes.
    """
    base = os.fsencode(root / case.name)
    os.makedirs(base, exist_ok=True)
    for entry in case.entries:
        path = os.path.join(base, entry.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if entry.folder:
            os.makedirs(path, exist_ok=True)
        elif entry.link is not None:
            os.symlink(entry.link, path)
        elif entry.fifo:
            os.mkfifo(path)
        else:
            with open(path, "wb") as out:
                out.write(entry.data or b"")
            if entry.sparse:
                os.truncate(path, entry.sparse)
    if not case.inputs:
        return [os.fsdecode(base)]
    return [os.fsdecode(os.path.join(base, name)) for name in case.inputs]


# ---------------------------------------------------------------- good files to spoil

def example_texts() -> list[str]:
    """The project's example stories (their text), in name order."""
    return [path.read_text("utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def good_file(reader: str, text: str, key: str) -> bytes:
    """A well-formed file of `reader`'s kind holding the story `text`; `key` makes its ids its own."""
    paragraphs = _paragraphs(text)
    if reader == "txt":
        return text.encode("utf-8")
    if reader in ("html", "htm"):
        return story_page(text, published="2020-03-04").encode("utf-8")
    if reader == "jsonl":
        half = len(paragraphs) // 2 or 1
        records = [
            {"id": f"{key}-1", "title": paragraphs[0][:60], "published": "2020-03-04",
             "text": "\n".join(paragraphs[:half])},
            {"id": f"{key}-2", "html": f"<p>{'</p><p>'.join(escape(p) for p in paragraphs[half:])}</p>"},
            {"id": f"{key}-3", "text": text},
        ]
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if reader == "csv":
        rows = [("id", "title", "published", "text"),
                (f"{key}-1", "A title, with a comma", "2020-03-04", text),
                (f"{key}-2", 'Quoted "words"', "", paragraphs[-1])]
        return "".join(",".join(_csv_cell(c) for c in row) + "\r\n" for row in rows).encode("utf-8")
    if reader in ("warc", "warc.gz"):
        pages = [(f"https://wire.example.org/{key}/{n}", story_page(text if n == 0 else "\n".join(paragraphs[n:]),
                                                                    published="2020-03-04"))
                 for n in range(2)]
        return warc_bytes(pages, key, compress=reader == "warc.gz")
    if reader in ("rss", "atom", "xml"):
        items = [{"title": f"{key} item {n}", "link": f"https://wire.example.org/{key}/{n}",
                  "published": "2020-03-04", "summary": f"<p>{escape(p)}</p>"}
                 for n, p in enumerate(paragraphs[:3])]
        return feed_xml(items, title=f"Wire {key}", atom=reader == "atom").encode("utf-8")
    raise ValueError(reader)


def _csv_cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def warc_bytes(pages: list[tuple[str, str]], key: str, compress: bool) -> bytes:
    """A web archive of one response record per page, with fixed dates and record ids."""
    out = io.BytesIO()
    for number, (url, html) in enumerate(pages):
        body = html.encode("utf-8")
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        record_id = hashlib.sha1(f"{key}/{number}".encode()).hexdigest()
        headers = (
            "WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:{record_id[:8]}-{record_id[8:12]}-{record_id[12:16]}-"
            f"{record_id[16:20]}-{record_id[20:32]}>\r\n"
            "WARC-Date: 2020-03-04T08:30:00Z\r\n"
            f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n"
        ).encode()
        record = headers + http + b"\r\n\r\n"
        out.write(gzip.compress(record, mtime=0) if compress else record)
    return out.getvalue()


# ---------------------------------------------------------------- the generator

class _Builder:
    """Collects cases, numbering each kind so every name is unique and stable."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cases: list[Case] = []
        self.counts: dict[str, int] = {}
        self.texts = example_texts()
        self.stories = 0

    def text(self) -> str:
        """An example story under a line of its own: no two cases hold the same text (a
        repeated text is the same story, passed over as already read, which would hide
        whether the second case was read at all)."""
        self.stories += 1
        return f"Hostile case {self.stories} of the torture suite.\n" + self.rng.choice(self.texts)

    def add(self, kind: str, reader: str, entries: list[Entry] | tuple[Entry, ...],
            inputs: tuple[bytes, ...] | None = None, **flags) -> None:
        number = self.counts.get(kind, 0) + 1
        self.counts[kind] = number
        name = f"{kind}-{number:02d}"
        if inputs is None:  # one file: given by name
            inputs = tuple(e.path for e in entries if e.data is not None)[:1]
        self.cases.append(Case(name, reader, tuple(entries), inputs, **flags))

    def file(self, kind: str, reader: str, data: bytes, stem: str = "input", **flags) -> None:
        """A case of one file of `reader`'s kind."""
        self.add(kind, reader, [Entry((stem + SUFFIX[reader]).encode(), data)], **flags)


def hostile_cases(seed: int = SEED, big: bool = False) -> list[Case]:
    """Every hostile case, in a fixed order; the same list for the same seed.

    The big cases (tens of MB) are made only when asked for; they come last, so
    the others are the same bytes either way.
    """
    builder = _Builder(random.Random(seed))
    for make in (*GENERATORS, *((_big,) if big else ())):
        make(builder)
    names = [case.name for case in builder.cases]
    assert len(names) == len(set(names)), "case names must be unique: they are folder names"
    return builder.cases


def _random_bytes(b: _Builder) -> None:
    # Lengths from one byte to a few pages, for every reader: no reader may take noise for a story.
    for reader in READERS:
        for length in (1, 7, 300, 4096, b.rng.randrange(10, 20_000)):
            data = b.rng.randbytes(length)
            if length == 1 and data.isspace():
                data = b"\x00"
            b.file("random-bytes", reader, data, must_fail=True)
    # Printable noise that is valid UTF-8 is text, but not a story of any other kind.
    for reader in READERS:
        noise = "".join(b.rng.choice("abcdefghij{}[]<>&;:\"',=#\n ") for _ in range(2000)).encode()
        b.file("random-ascii", reader, noise, must_fail=reader not in ("txt", "html", "htm"))


def _truncations(b: _Builder) -> None:
    # A download or copy cut off anywhere: never a crash; what is whole is read, the rest named.
    for reader in READERS:
        for n in range(6):
            data = good_file(reader, b.text(), f"cut-{reader}-{n}")
            cut = b.rng.randrange(1, len(data))
            b.file("truncated", reader, data[:cut])


def _encodings(b: _Builder) -> None:
    story = "Le président Emmanuel Macron a condamné l'attaque. Iran condemned the United States on Friday."
    variants: dict[str, Callable[[str], bytes]] = {
        "utf16-bom": lambda good: good.encode("utf-16"),
        "utf16le-nobom": lambda good: good.encode("utf-16-le"),
        "utf16be-bom": lambda good: b"\xfe\xff" + good.encode("utf-16-be"),
        "utf16be-nobom": lambda good: good.encode("utf-16-be"),
        "utf32": lambda good: good.encode("utf-32"),
        "latin1": lambda good: good.encode("latin-1", "replace"),
        "cp1252": lambda good: good.replace("'", "\u2019").encode("cp1252", "replace"),
        "mixed": lambda good: good.encode("utf-8") + "\nLa déclaration du ministère.\n".encode("latin-1"),
        "lone-bad-byte": lambda good: _insert(b.rng, good.encode("utf-8"), b"\xff"),
        "overlong": lambda good: _insert(b.rng, good.encode("utf-8"), b"\xc0\xaf"),
        "utf8-surrogate": lambda good: _insert(b.rng, good.encode("utf-8"), b"\xed\xa0\x80"),
        "cut-multibyte": lambda good: good.encode("utf-8") + "é".encode()[:1],
        "utf8-bom": lambda good: b"\xef\xbb\xbf" + good.encode("utf-8"),
        "double-bom": lambda good: b"\xef\xbb\xbf\xef\xbb\xbf" + good.encode("utf-8"),
        "bom-inside": lambda good: _insert(b.rng, good.encode("utf-8"), b"\xef\xbb\xbf"),
        "utf16-bom-odd-length": lambda good: good.encode("utf-16") + b"\x41",
    }
    for reader in ("txt", "html", "jsonl", "csv", "rss"):
        for label, spoil in variants.items():
            good = good_file(reader, b.text() + "\n" + story, f"enc-{reader}-{label}").decode("utf-8")
            b.file(f"encoding-{label}", reader, spoil(good))


def _insert(rng: random.Random, data: bytes, piece: bytes) -> bytes:
    """`piece` put between two characters of UTF-8 `data` (never inside one)."""
    for _ in range(100):
        at = rng.randrange(1, len(data))
        if data[at] & 0xC0 != 0x80:
            return data[:at] + piece + data[at:]
    return data + piece


def _nul_and_control(b: _Builder) -> None:
    for reader in ("txt", "html", "jsonl", "csv", "rss", "warc"):
        b.file("nul-start", reader, b"\x00" + good_file(reader, b.text(), f"nul-start-{reader}"))
        b.file("nul-middle", reader, _insert(b.rng, good_file(reader, b.text(), f"nul-middle-{reader}"), b"\x00"))
        b.file("nul-end", reader, good_file(reader, b.text(), f"nul-end-{reader}") + b"\x00\x00")
    text = b.text()
    b.file("nul-json-escape", "jsonl", (json.dumps({"id": "nul", "text": "Iran\u0000 condemned the US."}) + "\n").encode())
    b.file("control-only", "txt", bytes(range(1, 32)) * 20, must_fail=True)
    b.file("ansi-escapes", "txt", ("\x1b[2J\x1b[31m" + text + "\x1b[0m\x07").encode())
    b.file("bidi-override", "txt", ("\u202e" + text + "\u202c").encode())
    b.file("zero-width", "txt", "\u200b\u200d\ufeff".join(text.split(" ")).encode())
    b.file("zalgo", "txt", ("I" + "\u0301" * 5000 + "ran condemned the United States. " + text).encode())
    b.file("noncharacters", "txt", ("\uffff\ufffe\U0010ffff " + text).encode())
    b.file("private-use", "txt", ("\ue000" * 300).encode(), notes="no words, only private-use characters")
    b.file("replacement-chars", "txt", ("\ufffd" * 2000).encode())
    b.file("cr-only", "txt", text.replace("\n", "\r").encode())
    b.file("crlf", "txt", text.replace("\n", "\r\n").encode())
    b.file("form-feeds", "txt", text.replace("\n", "\f\v").encode())
    b.file("cr-only", "jsonl", good_file("jsonl", text, "cronly").replace(b"\n", b"\r"))
    b.file("crlf", "jsonl", good_file("jsonl", text, "crlf").replace(b"\n", b"\r\n"))


def _empty_and_blank(b: _Builder) -> None:
    blanks = {"empty": b"", "spaces": b"   ", "newlines": b"\n\n\n", "tabs-crlf": b"\t\r\n\t\r\n",
              "nbsp": "\u00a0\u3000\u2003".encode(), "zero-width-only": "\u200b\ufeff".encode() * 10,
              "bom-only": b"\xef\xbb\xbf", "utf16-bom-only": b"\xff\xfe"}
    for reader in READERS:
        for label, data in blanks.items():
            if label in ("empty", "spaces", "nbsp", "bom-only") or reader in ("txt", "jsonl", "csv"):
                b.file(f"blank-{label}", reader, data, must_fail=True)


def _json_lines(b: _Builder) -> None:
    text = "Iran condemned the United States on Tuesday."
    lines: dict[str, str] = {
        "nested-1k": "[" * 1000 + "]" * 1000,
        "nested-unclosed-200k": "[" * 200_000,
        "nested-objects": '{"a":' * 20_000 + "1" + "}" * 20_000,
        "nested-in-text": json.dumps({"id": "deep"})[:-1] + ', "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
        "number": "42",
        "string": json.dumps(text),
        "null": "null",
        "true": "true",
        "array": json.dumps([{"text": text}]),
        "no-text": json.dumps({"id": "x", "title": "A title only"}),
        "text-number": json.dumps({"id": "x", "text": 12}),
        "text-list": json.dumps({"id": "x", "text": [text]}),
        "text-null": json.dumps({"id": "x", "text": None}),
        "text-empty": json.dumps({"id": "x", "text": ""}),
        "text-blank": json.dumps({"id": "x", "text": " \n\t "}),
        "html-number": json.dumps({"id": "x", "html": 5}),
        "html-not-html": json.dumps({"id": "x", "html": "just words without any tag at all"}),
        "lone-surrogate": '{"id": "sur", "text": "Iran \\ud800 condemned the United States."}',
        "lone-surrogate-id": '{"id": "\\udcff", "text": "Iran condemned Israel on Sunday."}',
        "huge-number": '{"id": 1e99999, "text": "Iran condemned Israel on Saturday."}',
        "nan": '{"id": NaN, "text": "Iran condemned Israel on Friday."}',
        "big-int": '{"id": ' + "9" * 5000 + ', "text": "Iran condemned Israel on Thursday."}',
        "duplicate-keys": '{"text": "Iran condemned Israel.", "text": "Turkey condemned Greece on Monday."}',
        "id-object": json.dumps({"id": {"a": 1}, "text": "Chile condemned Peru on Monday."}),
        "published-list": json.dumps({"id": "pl", "text": "Peru condemned Chile on Monday.", "published": [2020]}),
        "published-bad": json.dumps({"id": "pb", "text": "Cuba condemned Spain on Monday.", "published": "31/02/2020"}),
        "trailing-comma": '{"id": "tc", "text": "Spain condemned Cuba.",}',
        "single-quotes": "{'id': 'sq', 'text': 'Spain condemned Cuba.'}",
        "two-objects": json.dumps({"text": "Egypt condemned Sudan."}) + json.dumps({"text": "Sudan condemned Egypt."}),
        "garbage-after": json.dumps({"id": "ga", "text": "Kenya condemned Uganda."}) + " trailing words",
        "control-in-string": '{"id": "cs", "text": "Kenya\tcondemned\x01Uganda."}',
        "long-id": json.dumps({"id": "i" * 100_000, "text": "Ghana condemned Togo on Monday."}),
        "many-keys": json.dumps({**{f"k{n}": n for n in range(20_000)}, "text": "Mali condemned France."}),
    }
    for label, line in lines.items():
        # Each odd line beside a good line of the same file: the good line is coded, the odd one named.
        good = json.dumps({"id": f"json-{label}-good", "text": f"Turkey condemned Greece over {label}."})
        data = (good + "\n" + line + "\n").encode("utf-8", "surrogatepass")
        b.file(f"json-{label}", "jsonl", data)
    b.file("json-no-newline-at-end", "jsonl", json.dumps({"id": "nn", "text": text}).encode())
    b.file("json-blank-lines", "jsonl", b"\n\n  \n" + json.dumps({"id": "bl", "text": text}).encode() + b"\n\n")
    b.file("json-only-bad-lines", "jsonl", b"not json\n{broken\n]\n", must_fail=True)


def _csv(b: _Builder) -> None:
    for label in _tables("", ""):
        # a text and row ids of its own: a row repeated across cases would be passed over as read
        text = b.text()
        table = _tables(text, _csv_cell(text))[label].replace("\nr1,", f"\n{label}-1,").replace("\nr2", f"\n{label}-2")
        b.file(f"csv-{label}", "csv", table.encode("utf-8"))
    text = b.text()
    b.file("csv-latin1-header", "csv", "idé,text\nr1,Le président a dit\n".encode("latin-1"))
    b.file("csv-flipped-bytes", "csv", _flip(b.rng, good_file("csv", text, "flip"), 20))


def _tables(text: str, q: str) -> dict[str, str]:
    """Odd CSV files around a story `text` (`q`: the text as a quoted cell)."""
    return {
        "ragged-more": f"id,text\nr1,{q}\nr2,{q},extra,cells\n",
        "ragged-fewer": f"id,title,text\nr1,t,{q}\nr2\n",
        "header-only": "id,text\n",
        "header-only-bom": "\ufeffid,text\r\n",
        "no-text-column": f"id,body\nr1,{q}\n",
        "semicolons": f"id;text\nr1;{q}\n",
        "tabs": f"id\ttext\nr1\t{q}\n",
        "unclosed-quote": f'id,text\nr1,"{text}\n',
        "quote-in-unquoted": 'id,text\nr1,Iran said "no" to talks on Monday\n',
        "empty-header-cells": f",,\nr1,{q},x\n",
        "duplicate-header": f"text,text\n{q},other\n",
        "text-empty": "id,text\nr1,\nr2,   \n",
        "multiline-cell": 'id,text\nr1,"Iran condemned\n\nthe United States\r\non Sunday."\n',
        "many-columns": ",".join(f"c{n}" for n in range(5000)) + ",text\n" + ",".join("x" * 5000) + f",{q}\n",
        "nul-in-cell": f"id,text\nr1,{q}\nr2,\"Iran\x00 said\"\n",
        "only-commas": ",,,,\n,,,,\n",
        "header-is-story": f"{q}\n",
        "backslash-escapes": 'id,text\nr1,"Iran said \\"no\\" on Monday."\n',
    }


def _flip(rng: random.Random, data: bytes, count: int) -> bytes:
    """`data` with `count` bytes replaced by random ones."""
    spoiled = bytearray(data)
    for _ in range(count):
        spoiled[rng.randrange(len(spoiled))] = rng.getrandbits(8)
    return bytes(spoiled)


def _flipped(b: _Builder) -> None:
    # Bit rot: a few random bytes changed in a good file of every kind.
    for reader in READERS:
        for count in (1, 30):
            b.file(f"flipped-{count}", reader, _flip(b.rng, good_file(reader, b.text(), f"flip-{reader}-{count}"), count))


def billion_laughs(levels: int = 9, fan: int = 10) -> str:
    """The DOCTYPE of the classic entity bomb: `&lol{levels};` expands to fan**levels "lol"s."""
    entities = "".join(
        f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * fan}">\n' for n in range(1, levels + 1))
    return f'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n{entities}]>\n'


BILLION_LAUGHS = billion_laughs()


def _xml_attacks() -> dict[str, tuple[str, str, bool]]:
    """Documents that attack an XML parser: name -> (DOCTYPE, where the entity is used, reads the secret)."""
    return {
        "billion-laughs": (BILLION_LAUGHS, "&lol9;", False),
        "quadratic": (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "{"x" * 50_000}">]>\n', "&a;" * 2000, False),
        "external-entity": (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{SECRET_FILE}">]>\n',
                            "&xxe;", True),
        "external-parameter": (
            f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{SECRET_FILE}"> %p;]>\n', "x", True),
        "external-dtd": ('<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">\n', "&ent;", False),
        "entity-in-entity": (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY s SYSTEM "file://{SECRET_FILE}">'
                             '<!ENTITY w "wrapped &s; end">]>\n', "&w;", True),
        "xinclude": ('<?xml version="1.0"?>\n', f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                     f'href="file://{SECRET_FILE}" parse="text"/>', True),
    }


def _xml_bombs(b: _Builder) -> None:
    for label, (doctype, use, secret) in _xml_attacks().items():
        for reader in ("rss", "atom", "xml", "html", "htm", "jsonl", "warc"):
            story = escape(_paragraphs(b.text())[0]) + " Iran condemned the United States on Wednesday."
            rss = (f'{doctype}<rss version="2.0"><channel><title>T {use}</title>'
                   f"<item><title>Bomb {use}</title><description>{story} {use}</description></item>"
                   "</channel></rss>\n")
            atom = (f'{doctype}<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
                    f"<entry><title>{use}</title><summary>{story} {use}</summary></entry></feed>\n")
            html = (f"{doctype}<html><head><title>{use}</title></head><body><article>"
                    f"<p>{story} {use}</p><p>{use}</p></article></body></html>\n")
            data = {
                "rss": rss, "xml": rss, "atom": atom, "html": html, "htm": html,
                "jsonl": json.dumps({"id": f"xml-{label}", "html": html}) + "\n",
            }.get(reader)
            encoded = data.encode() if data else warc_bytes([("https://x.example/bomb", html)], label, False)
            b.file(f"xml-{label}", reader, encoded, reads_secret=secret)


def _html(b: _Builder) -> None:
    for label, make in _pages().items():
        text = b.text()
        body = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(text))
        b.file(f"html-{label}", b.rng.choice(("html", "htm")), make(text, body).encode("utf-8"))


def _pages() -> dict[str, Callable[[str, str], str]]:
    """Odd web pages: name -> page of (story text, its paragraphs as HTML)."""
    return {
        "no-body": lambda text, body: "<html><head><title>Only a head</title></head></html>",
        "only-script": lambda text, body: "<html><body><script>" + "var x = 1;" * 2000 + "</script></body></html>",
        "only-comments": lambda text, body: "<html><body><!-- " + text.replace("--", "- ") + " --></body></html>",
        "deep-divs": lambda text, body: "<html><body>" + "<div>" * 5000 + body + "</div>" * 5000 + "</body></html>",
        "unclosed": lambda text, body: "<html><body><div><p>" + "<b><i><span>".join(_paragraphs(text)),
        "huge-attribute": lambda text, body: f'<html><body><p title="{"a" * 500_000}">{escape(text)}</p></body></html>',
        "many-attributes": lambda text, body: "<html><body><p " + " ".join(f"a{n}=x" for n in range(20_000)) + f">{escape(text)}</p></body></html>",
        "charset-lie": lambda text, body: f'<html><head><meta charset="utf-16"></head><body>{body}</body></html>',
        "charset-unknown": lambda text, body: f'<html><head><meta charset="x-klingon"></head><body>{body}</body></html>',
        "frameset": lambda text, body: '<html><frameset><frame src="file:///etc/passwd"></frameset></html>',
        "cdata": lambda text, body: f"<html><body><![CDATA[{text}]]></body></html>",
        "processing-instruction": lambda text, body: f'<?xml-stylesheet href="file:///etc/passwd"?><html><body>{body}</body></html>',
        "svg-script": lambda text, body: f'<html><body><svg><script>alert(1)</script></svg>{body}</body></html>',
        "table-soup": lambda text, body: "<table>" + "<tr><td>" * 3000 + escape(text) + "</table>",
        "base64-image": lambda text, body: f'<html><body><img src="data:image/png;base64,{"A" * 200_000}">{body}</body></html>',
        "meta-refresh": lambda text, body: f'<html><head><meta http-equiv="refresh" content="0;url=file:///etc/passwd"></head><body>{body}</body></html>',
        "json-named-html": lambda text, body: json.dumps({"text": text}),
        "xhtml-namespace": lambda text, body: f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>',
    }


def _feeds(b: _Builder) -> None:
    text = b.text()
    items = {
        "no-items": '<rss version="2.0"><channel><title>x</title></channel></rss>',
        "empty-items": '<rss version="2.0"><channel><item></item><item><title></title></item></channel></rss>',
        "link-file": f'<rss version="2.0"><channel><item><link>file://{SECRET_FILE}</link></item></channel></rss>',
        "link-javascript": '<rss version="2.0"><channel><item><link>javascript:alert(1)</link>'
                           "<description>Iran condemned Israel on Sunday.</description></item></channel></rss>",
        "rdf": '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
               'xmlns="http://purl.org/rss/1.0/"><item><title>t</title><description>Iran condemned Israel '
               "on Monday.</description></item></rdf:RDF>",
        "sitemap": '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>',
        "html-named-xml": story_page(text),
        "script-in-summary": '<rss version="2.0"><channel><item><description>&lt;script&gt;alert(1)&lt;/script&gt;'
                             "Iran condemned Israel on Tuesday.</description></item></channel></rss>",
        "huge-title": f'<rss version="2.0"><channel><title>{"T" * 300_000}</title><item><description>'
                      "Iran condemned Israel on Friday.</description></item></channel></rss>",
        "bad-dates": '<rss version="2.0"><channel><item><pubDate>Mon, 99 Foo 99999 99:99:99</pubDate>'
                     "<description>Iran condemned Israel on Thursday.</description></item></channel></rss>",
        "gzip-compressed": gzip.compress(good_file("rss", text, "gz"), mtime=0),
        "declared-latin1-is-utf8": '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><item>'
                                   "<description>Le président a condamné l'Iran.</description></item></channel></rss>",
        "declared-unknown-encoding": '<?xml version="1.0" encoding="x-nonesuch"?><rss version="2.0"><channel><item>'
                                     "<description>Iran condemned Israel.</description></item></channel></rss>",
    }
    for label, document in items.items():
        data = document if isinstance(document, bytes) else document.encode("utf-8")
        b.file(f"feed-{label}", b.rng.choice(("rss", "xml", "atom")), data)


def _warc(b: _Builder) -> None:
    for label in _archives(b, "", b"", b""):
        # a page and address of its own: a page repeated across cases would be passed over as read
        page = story_page(b.text())
        gz = warc_bytes([(f"https://x.example/{label}", page)], label, compress=True)
        plain = warc_bytes([(f"https://x.example/{label}", page)], label, compress=False)
        reader, data = _archives(b, page, gz, plain)[label]
        b.file(f"warc-{label}", reader, data)


def _archives(b: _Builder, page: str, gz: bytes, plain: bytes) -> dict[str, tuple[str, bytes]]:
    """Odd web archives of one `page` (`gz`, `plain`: the good archive of it, gzipped and not)."""
    return {
        "garbage-after-gzip": ("warc.gz", gz + b"\x00garbage" * 50),
        "garbage-between": ("warc.gz", gz + bytes(range(256)) + gz),
        "plain-named-gz": ("warc.gz", plain),
        "gz-named-plain": ("warc", gz),
        "length-too-long": ("warc", plain.replace(b"Content-Length: ", b"Content-Length: 9", 1)),
        "length-negative": ("warc", plain.replace(b"Content-Length: ", b"Content-Length: -", 1)),
        "length-huge": ("warc", plain.replace(b"Content-Length: ", b"Content-Length: 99999999999999", 1)),
        "length-text": ("warc", plain.replace(b"Content-Length: ", b"Content-Length: x", 1)),
        "no-html-records": ("warc", plain.replace(b"text/html", b"image/png")),
        "status-404": ("warc", plain.replace(b"200 OK", b"404 Not Found")),
        "html-binary-body": ("warc", plain.replace(page.encode(), bytes(range(256)) * (len(page) // 256 + 1))[:len(plain)]),
        "arc-header-only": ("warc", b"filedesc://x.arc 0.0.0.0 20200101000000 text/plain 10\n0123456789\n"),
        "empty-gzip": ("warc.gz", gzip.compress(b"", mtime=0)),
        "gzip-of-noise": ("warc.gz", gzip.compress(b.rng.randbytes(3000), mtime=0)),
        "bad-charset": ("warc", plain.replace(b"charset=utf-8", b"charset=x-klingon")),
        "utf16-charset": ("warc", plain.replace(b"charset=utf-8", b"charset=utf-16")),
    }


def _mislabelled(b: _Builder) -> None:
    # A file of one kind named as another: read as its name says, and named if that fails.
    text = b.text()
    pairs = [("txt", "html"), ("html", "jsonl"), ("jsonl", "csv"), ("csv", "jsonl"), ("xml", "html"),
             ("rss", "txt"), ("warc", "html"), ("warc.gz", "txt"), ("jsonl", "warc"), ("csv", "rss")]
    for named_as, really in pairs:
        b.file(f"mislabelled-{really}", named_as, good_file(really, b.text(), f"mis-{named_as}-{really}"))
    b.file("mislabelled-gzip", "txt", gzip.compress(text.encode(), mtime=0), must_fail=True)


def _huge_lines(b: _Builder) -> None:
    # Sizes that stay quick in the fast half; the slow half goes far bigger.
    words = "Iran condemned the United States on Monday over the sanctions, officials said "
    b.file("long-line", "txt", (words * 120).encode())  # 10 KB on one line
    b.file("long-word", "txt", b"A" * 300_000, must_fail=False)
    b.file("long-line", "jsonl", (json.dumps({"id": "ll", "text": words * 120}) + "\n").encode())
    b.file("long-line", "csv", ("id,text\nr1," + _csv_cell("x" * 200_000) + "\n").encode())
    b.file("long-line", "html", f"<html><body><p>{'word ' * 5_000}</p></body></html>".encode())
    b.file("many-lines", "txt", ("x\n" * 3_000).encode())
    b.file("many-blank-lines", "jsonl", b"\n" * 200_000 + json.dumps({"id": "mb", "text": words}).encode() + b"\n")
    b.file("many-bad-lines", "jsonl", b"{\n" * 2000, must_fail=True)


def _big(b: _Builder) -> None:
    # The slow half: bigger sizes, each bounded by a limit that must be named, not by a hang.
    words = "Iran condemned the United States on Monday over the sanctions, officials said. "
    for reader in ("txt", "html", "rss", "warc"):
        b.add("big-over-limit", reader, [Entry(f"huge{SUFFIX[reader]}".encode(), b"", sparse=60_000_000)],
              inputs=(f"huge{SUFFIX[reader]}".encode(),), big=True, must_fail=reader != "warc")
    b.file("big-line", "txt", (words * 4000).encode(), big=True)  # 320 KB, one paragraph to parse
    b.file("big-many-lines", "txt", ("x\n" * 100_000).encode(), big=True)  # 200 KB, 100,000 paragraphs
    b.file("big-line", "jsonl", b'{"text": "' + b"x" * 60_000_000 + b'"}\n', big=True, must_fail=True)
    b.file("big-nesting", "jsonl", b"[" * 2_000_000 + b"\n", big=True, must_fail=True)
    b.file("big-cell", "csv", b"id,text\nr1," + b"y" * 55_000_000 + b"\n", big=True, must_fail=True)
    b.file("big-html", "html", b"<html><body>" + b"<div><p>word</p>" * 600_000 + b"</body></html>", big=True)
    b.file("big-feed", "rss", ('<rss version="2.0"><channel>' + "<item><title>x</title></item>" * 50_000
                               + "</channel></rss>").encode(), big=True, must_fail=True)
    b.file("big-laughs", "rss", (billion_laughs(levels=15) + '<rss version="2.0"><channel><item>'
                                 "<description>&lol15;&lol15;</description></item></channel></rss>").encode(),
           big=True, must_fail=True)
    b.file("big-random", "warc.gz", b.rng.randbytes(2_000_000), big=True, must_fail=True)
    b.add("big-folder", "folder", [Entry(f"n{n:05d}.txt".encode(), b"") for n in range(3000)], inputs=(),
          big=True, must_fail=True)
    deep = b"/".join(b"d" for _ in range(400))
    b.add("big-deep-folder", "folder", [Entry(deep + b"/story.txt", b"Iran condemned Israel on Monday.")],
          inputs=(), big=True)


def _names(b: _Builder) -> None:
    story = b.text().encode()
    odd = [b"with space.txt", b"new\nline.txt", b"tab\there.txt", b"-leading-dash.txt", b"--db.txt",
           b"x" * 240 + b".txt", b"caf\xe9.txt", b"\xff\xfe.txt", "emoji-\U0001f4f0.txt".encode(),
           "nfd-cafe\u0301.txt".encode(), b"$(touch pwned).txt", b"quote'\"`.txt", b"back\\slash.txt",
           b"percent %s %n.txt", b"UPPER.TXT", b"story.txt.gz", b"-", b"\x1b[31mred.txt", b"star*?.txt",
           b"semi;colon&amp.txt"]
    for name in odd:
        # Every odd name twice: given on the command line, and found in a folder.
        given = b"./" + name if name.startswith(b"-") else name
        b.add("name-given", "name", [Entry(name, story + b"\n" + name)], inputs=(given,))
        b.add("name-in-folder", "folder", [Entry(b"sub/" + name, story + b"\nIn a folder: " + name)],
              inputs=(b"sub",))
    b.add("name-hidden", "folder", [Entry(b"sub/.hidden.txt", story), Entry(b"sub/seen.txt", story + b" Seen.")],
          inputs=(b"sub",))


def _folders(b: _Builder) -> None:
    for label, make in _shapes().items():
        b.add(f"folder-{label}", "folder", make(b.text().encode()), inputs=(b"f",),
              must_fail=label in ("link-loop", "link-self", "link-dangling", "empty-folder", "only-hidden",
                                  "only-other-kinds"))
    b.add("given-link-loop", "name", [Entry(b"a.txt", link=b"b.txt"), Entry(b"b.txt", link=b"a.txt")],
          inputs=(b"a.txt",), must_fail=True)
    b.add("given-missing", "name", [Entry(b"there.txt", b"x")], inputs=(b"not-there.txt",), must_fail=True)


def _shapes() -> dict[str, Callable[[bytes], list[Entry]]]:
    """Odd folders: name -> its entries around a story; the folder given is always "f"."""
    return {
        "link-loop": lambda story: [Entry(b"f/a.txt", link=b"b.txt"), Entry(b"f/b.txt", link=b"a.txt")],
        "link-self": lambda story: [Entry(b"f/self.txt", link=b"self.txt")],
        "link-dangling": lambda story: [Entry(b"f/gone.txt", link=b"/nonexistent/nothing.txt")],
        "link-folder-loop": lambda story: [Entry(b"f/sub/up", link=b".."), Entry(b"f/sub/s.txt", story)],
        "link-to-folder": lambda story: [Entry(b"f/there", link=b"../elsewhere"), Entry(b"elsewhere/x.txt", story)],
        "empty-folder": lambda story: [Entry(b"f", folder=True)],
        "only-hidden": lambda story: [Entry(b"f/.a.txt", story), Entry(b"f/.git/b.txt", story)],
        "only-other-kinds": lambda story: [Entry(b"f/a.md", story), Entry(b"f/b.pdf", b"%PDF-1.4")],
        "folder-named-txt": lambda story: [Entry(b"f/inner.txt", folder=True), Entry(b"f/inner.txt/x.txt", story)],
        "fifo": lambda story: [Entry(b"f/pipe.txt", fifo=True), Entry(b"f/real.txt", story)],
        "mixed-good-and-bad": lambda story: [Entry(b"f/a.txt", story), Entry(b"f/b.jsonl", b"{bad\n"), Entry(b"f/c.csv", b"id\n")],
    }


GENERATORS: tuple[Callable[[_Builder], None], ...] = (
    _random_bytes, _truncations, _encodings, _nul_and_control, _empty_and_blank, _json_lines, _csv,
    _flipped, _xml_bombs, _html, _feeds, _warc, _mislabelled, _huge_lines, _names, _folders,
)


def batches(cases: list[Case], size: int) -> Iterator[list[Case]]:
    """The cases in runs of `size`, in order."""
    for start in range(0, len(cases), size):
        yield cases[start:start + size]
