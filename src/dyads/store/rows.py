"""Coded records as table rows: one dict per row, in the columns of `schema.py`.

The store gathers these rows for a batch of stories and writes each table in
one Arrow insert.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dyads.record import Argument, Article, CodedArticle, Event

# A sentence ends at . ! ? (maybe followed by a closing quote) before a space and
# a capital, or at a paragraph break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


@dataclass
class Rows:
    """Rows for each table, gathered over a batch of stories."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    arguments: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.failures)


def article_row(
    article: Article, status: str, text_hash: str, signature: list[int] | None,
    reason: str | None = None, duplicate_of: str | None = None, similarity: float | None = None,
) -> dict[str, Any]:
    """The `articles` row of a story, whatever became of it."""
    return {
        "id": article.id, "status": status, "reason": reason,
        "duplicate_of": duplicate_of, "similarity": similarity,
        "url": article.url, "title": article.title, "publisher": article.publisher,
        "published": article.published, "language": article.language,
        "dateline": article.dateline, "origin": article.origin, "text": article.text,
        "removed": list(article.removed), "content_hash": text_hash, "signature": signature,
        "relevance": article.relevance,
    }


def add_coded(rows: Rows, record: CodedArticle) -> None:
    """Add the actors, mentions, quotes, events and arguments of a coded story."""
    article_id = record.article.id
    for actor in record.actors:
        rows.actors.append({
            "article_id": article_id, "actor_id": actor.actor_id, "name": actor.name,
            "kind": actor.kind, "code": actor.code, "sector": actor.sector, "office": actor.office,
            "wikidata": actor.wikidata, "cameo": actor.cameo, "mentions": len(actor.mentions),
            "evidence": actor.evidence,
        })
        for mention in actor.mentions:
            rows.mentions.append({
                "article_id": article_id, "actor_id": actor.actor_id,
                "text": mention.text, "start": mention.start, "end": mention.end,
            })
    for number, quote in enumerate(record.quotes):
        speaker = record.actor(quote.speaker)
        rows.quotes.append({
            "article_id": article_id, "quote_no": number, "kind": quote.kind,
            "speaker": quote.speaker, "speaker_name": speaker.name if speaker else None,
            "source_text": quote.source.text if quote.source else None,
            "source_start": quote.source.start if quote.source else None,
            "source_end": quote.source.end if quote.source else None,
            "cue_text": quote.cue.text if quote.cue else None,
            "cue_start": quote.cue.start if quote.cue else None,
            "cue_end": quote.cue.end if quote.cue else None,
            "text": quote.text, "start": quote.start, "end": quote.end,
        })
    for event in record.events:
        rows.events.append(event_row(record, event))
        for role, arguments in (("source", event.source), ("target", event.target)):
            for position, argument in enumerate(arguments):
                rows.arguments.append({
                    "event_id": event.event_id, "role": role, "position": position,
                    "actor_id": argument.actor, "text": argument.text,
                    "start": argument.start, "end": argument.end,
                })


def event_row(record: CodedArticle, event: Event) -> dict[str, Any]:
    """The `events` row of one event: its fields, its actors summed up, its sentence."""
    location = event.location or {}
    text = record.article.text
    spans = [event.trigger.start, event.trigger.end] + [
        edge for argument in (*event.source, *event.target) for edge in (argument.start, argument.end)
    ]
    return {
        "event_id": event.event_id, "article_id": record.article.id,
        "event_type": event.event_type, "mode": event.mode, "context": list(event.context),
        "cameo": event.cameo, "quad": event.quad, "goldstein": event.goldstein,
        "realis": event.realis, "confidence": event.confidence, "date": event.date,
        **_side(record, "source", event.source), **_side(record, "target", event.target),
        "place": location.get("name"), "place_country": location.get("country"),
        "lat": location.get("lat"), "lon": location.get("lon"), "geonameid": location.get("geonameid"),
        "sentence": event.sentence, "sentence_text": sentence_around(text, min(spans), max(spans)),
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end, "quote_no": event.quote,
        # a background event is dated by its own words or not at all, never by the story
        "day": event.date if event.realis == "historical" else (event.date or record.article.published),
        "publisher": record.article.publisher, "url": record.article.url,
    }


def _side(record: CodedArticle, role: str, arguments: list[Argument]) -> dict[str, Any]:
    names: list[str] = []
    cameos: list[str] = []
    countries: list[str] = []
    keys: set[str] = set()
    for argument in arguments:
        actor = record.actor(argument.actor)
        names.append(actor.name if actor else argument.text)
        if actor and actor.cameo:
            cameos.append(actor.cameo)
        if actor and actor.code:
            countries.append(actor.code)
        keys.add(actor_key(record, argument))
    return {
        f"{role}_names": "; ".join(dict.fromkeys(names)) or None,
        f"{role}_cameo": "; ".join(dict.fromkeys(cameos)) or None,
        f"{role}_country": "; ".join(dict.fromkeys(countries)) or None,
        f"{role}_key": "+".join(sorted(keys)),
    }


def actor_key(record: CodedArticle, argument: Argument) -> str:
    """What makes two stories' actors the same actor: a person's name, else the CAMEO code.

    Two stories name Putin differently ("Vladimir Putin", "the Russian president")
    but resolve him to one name; an agent ("Iranian police") is known by its code;
    words that name no known actor are compared as written.
    """
    actor = record.actor(argument.actor)
    if actor is None:
        return argument.text.lower()
    if actor.kind == "person":
        return actor.name
    return actor.cameo or actor.name.lower()


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` holding the stretch start..end."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start + 1):
        if match.end() > start:
            break
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    finish = after.start() + 1 if after else len(text)
    return text[begin:finish].strip()
