"""The coded-article record of SCHEMA.md: dataclasses and their JSON form.

Every other output (tables, the store, exports) is a view of these classes.
Character offsets (`start`, `end`) index `Article.text`, the cleaned text, end
exclusive.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Span:
    """A stretch of `Article.text`: its words and their offsets."""

    text: str
    start: int
    end: int


@dataclass
class Article:
    """One story as read from an input, after cleaning."""

    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = "en"
    removed: list[str] = field(default_factory=list)
    dateline: str | None = None
    relevance: float | None = None  # 0-1: how far the story is about public affairs (when coded and long enough)
    origin: str | None = None  # where it was read from ("file.jsonl:12"); not serialised

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text, self.url)
        if self.origin:  # a file name of undecodable bytes: shown and stored escaped
            self.origin = _printable(self.origin)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("origin")
        return {
            key: data[key]
            for key in (
                "id", "url", "title", "publisher", "published", "language",
                "dateline", "relevance", "text", "removed",
            )
        }


def content_id(text: str, url: str | None = None) -> str:
    """The id of a story the caller gave none: a hash of its text (and its address).

    The address is part of it so that one wire story on two sites is two stories,
    the second a duplicate mention of the first, not the same story read twice.
    """
    key = text if url is None else f"{url}\n{text}"
    return "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()


@dataclass
class Actor:
    """One real-world actor of a story with every mention that names it."""

    actor_id: str
    name: str
    kind: str  # person | country | organization | agent
    code: str | None = None
    sector: str | None = None
    office: str | None = None
    wikidata: str | None = None
    mentions: list[Span] = field(default_factory=list)
    cameo_code: str | None = None  # the data's own CAMEO code (organisations), if any
    evidence: str | None = None  # what gave `code` ("kb-name", "title-country", ...); None: unknown

    @property
    def cameo(self) -> str | None:
        """The actor in CAMEO code form: "IRNGOV", "IGOUNO"; country code plus sector."""
        if self.cameo_code:
            return self.cameo_code
        if not self.code:
            return None
        sector = self.sector if self.sector and self.sector != self.code else ""
        return self.code + sector

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id, "name": self.name, "kind": self.kind,
            "code": self.code, "sector": self.sector, "office": self.office,
            "wikidata": self.wikidata, "cameo": self.cameo, "evidence": self.evidence,
            "mentions": [asdict(m) for m in self.mentions],
        }


@dataclass
class Quote:
    """Who said what: a direct, indirect or mixed attribution."""

    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    speaker: str | None = None  # an actor_id
    source: Span | None = None
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "source": asdict(self.source) if self.source else None,
            "cue": asdict(self.cue) if self.cue else None,
            "text": self.text, "start": self.start, "end": self.end,
            "kind": self.kind,
        }


@dataclass
class Argument:
    """One actor mention filling a source or target role of an event."""

    actor: str | None  # an actor_id, or None when the words name no known actor
    text: str
    start: int
    end: int


@dataclass
class Event:
    """Who did what to whom: one event of one sentence, with the words it came from."""

    event_id: str
    event_type: str  # a PLOVER 2.0 type
    mode: str | None
    context: list[str]
    source: list[Argument]
    target: list[Argument]
    cameo: str
    quad: int
    goldstein: float
    sentence: int
    trigger: Span
    realis: str = "asserted"  # asserted | negated | future | hypothetical | historical
    confidence: float = 0.5
    date: str | None = None
    location: dict[str, Any] | None = None
    quote: int | None = None  # index in `CodedArticle.quotes` of the statement it codes

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "event_type": self.event_type, "mode": self.mode,
            "context": list(self.context),
            "source": [asdict(a) for a in self.source], "target": [asdict(a) for a in self.target],
            "cameo": self.cameo, "quad": self.quad, "goldstein": self.goldstein,
            "date": self.date, "location": self.location, "sentence": self.sentence,
            "trigger": asdict(self.trigger), "realis": self.realis, "confidence": self.confidence,
            "quote": self.quote,
        }


@dataclass
class CodedArticle:
    """An article with everything coded from it."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.actor_id == actor_id), None)


@dataclass
class Problem:
    """An input that could not be coded, or a warning about one.

    `origin` names the file (and line) so the user can find it; `fatal` says
    whether the input failed (True: not coded) or was coded with a caveat (False).
    """

    origin: str
    reason: str
    fatal: bool = True

    def __post_init__(self) -> None:
        # a file name or a header of stray bytes carries surrogates: shown escaped,
        # they can be printed and stored ("\udcff" would stop a store's write)
        self.origin, self.reason = _printable(self.origin), _printable(self.reason)

    def __str__(self) -> str:
        level = "failed" if self.fatal else "warning"
        return f"dyads: {level}: {self.origin}: {self.reason}"


# Control characters in a file name ("\x1b[31mred.txt") would recolour or clear the
# user's terminal when the name is printed.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """`text` with any lone surrogate (an undecodable byte) and any control character
    written as an escape."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
