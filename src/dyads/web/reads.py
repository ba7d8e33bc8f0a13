"""What the web layer reads from a store: events, one event with its story, records, actors.

Every function takes a DuckDB cursor (one per request, so readers never share
one) and returns plain dicts and lists ready to be sent as JSON or rendered.
Nothing here writes: the web layer only reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from dyads.store.query import (
    QUERY_COLUMNS,
    EventFilter,
    QueryError,
    select_dyad_series,
)

# The orders a list of events can be asked in; each ends on the event id so that
# pages never overlap or skip rows.
EVENT_ORDERS = {
    "day": "day NULLS LAST, event_id",
    "-day": "day DESC NULLS LAST, event_id",
    "confidence": "confidence NULLS LAST, event_id",
    "-confidence": "confidence DESC NULLS LAST, event_id",
    "goldstein": "goldstein NULLS LAST, event_id",
    "-goldstein": "goldstein DESC NULLS LAST, event_id",
}
MERGED_ORDERS = {
    "day": "first_day NULLS LAST, merged_id",
    "-day": "first_day DESC NULLS LAST, merged_id",
    "confidence": "confidence NULLS LAST, merged_id",
    "-confidence": "confidence DESC NULLS LAST, merged_id",
    "goldstein": "goldstein NULLS LAST, merged_id",
    "-goldstein": "goldstein DESC NULLS LAST, merged_id",
}
LIST_COLUMNS = (*QUERY_COLUMNS, "trigger_start", "trigger_end", "quote_no")


class NotFound(LookupError):
    """Nothing of that id in the store."""


@dataclass
class Page:
    """Which slice of a list: `limit` rows from `offset`, in `order`."""

    limit: int = 50
    offset: int = 0
    order: str = "day"


def rows_of(cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """A query's rows as dicts."""
    result = cursor.execute(sql, params or [])
    names = [column[0] for column in result.description]
    return [dict(zip(names, row)) for row in result.fetchall()]


def list_events(cursor: duckdb.DuckDBPyConnection, filters: EventFilter, page: Page,
                merged: bool = False) -> dict[str, Any]:
    """One page of the filtered events (or merged events), with the total and the next offset."""
    orders = MERGED_ORDERS if merged else EVENT_ORDERS
    if page.order not in orders:
        raise QueryError(f"sort {page.order!r}: give one of {', '.join(orders)}")
    where, params = filters.where()
    if merged:
        body = ("FROM merged_events WHERE merged_id IN (SELECT merged_id FROM event_merges "
                f"JOIN event_days USING (event_id) WHERE {where})")
        columns = "*"
    else:
        body = f"FROM event_days WHERE {where}"
        columns = ", ".join(LIST_COLUMNS)
    total = cursor.execute(f"SELECT count(*) {body}", params).fetchone()[0]  # noqa: S608 - fixed text
    items = rows_of(cursor, f"SELECT {columns} {body} ORDER BY {orders[page.order]} LIMIT ? OFFSET ?",
                    [*params, page.limit, page.offset])
    following = page.offset + len(items)
    return {
        "total": total, "limit": page.limit, "offset": page.offset, "sort": page.order,
        "next_offset": following if following < total else None,
        "items": items,
    }


def arguments_of(cursor: duckdb.DuckDBPyConnection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The sources and targets (with story offsets) of each of the events."""
    found: dict[str, list[dict[str, Any]]] = {}
    if not event_ids:
        return found
    for row in rows_of(cursor, "SELECT event_id, role, actor_id, text, start, \"end\" FROM arguments "
                       "WHERE list_contains(?, event_id) ORDER BY role DESC, position", [event_ids]):
        found.setdefault(row.pop("event_id"), []).append(row)
    return found


def sentence_offsets(cursor: duckdb.DuckDBPyConnection, events: list[dict[str, Any]]) -> None:
    """Set each event's `sentence_offset`: where its sentence begins in its story's text."""
    ids = sorted({event["article_id"] for event in events})
    texts = dict(cursor.execute("SELECT id, text FROM articles WHERE list_contains(?, id)", [ids]).fetchall()) \
        if ids else {}
    for event in events:
        event["sentence_offset"] = sentence_start(texts.get(event["article_id"], ""), event.get("sentence_text"),
                                                  event.get("trigger_start"))


def one_event(cursor: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """An event with its story, its sentence's place in the text, its arguments and its quote."""
    found = rows_of(cursor, "SELECT * FROM event_days WHERE event_id = ?", [event_id])
    if not found:
        raise NotFound(f"no event {event_id!r} in this store")
    event = found[0]
    story = rows_of(cursor, "SELECT id, title, url, publisher, published, text FROM articles WHERE id = ?",
                    [event["article_id"]])[0]
    event["arguments"] = rows_of(
        cursor, "SELECT role, position, actor_id, text, start, \"end\" FROM arguments "
        "WHERE event_id = ? ORDER BY role DESC, position", [event_id])
    event["sentence_start"] = sentence_start(story["text"], event["sentence_text"], event["trigger_start"])
    event["quote"] = None
    if event.get("quote_no") is not None:
        quotes = rows_of(cursor, "SELECT * FROM quotes WHERE article_id = ? AND quote_no = ?",
                         [event["article_id"], event["quote_no"]])
        event["quote"] = quotes[0] if quotes else None
    event["story"] = {key: story[key] for key in ("id", "title", "url", "publisher", "published")}
    return event


def sentence_start(text: str, sentence: str | None, trigger_start: int | None) -> int | None:
    """Where the event's sentence begins in the story text (the occurrence holding the trigger)."""
    if not sentence or trigger_start is None:
        return None
    at = text.rfind(sentence, 0, trigger_start + len(sentence))
    return at if at != -1 and at <= trigger_start < at + len(sentence) else None


def story_record(cursor: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any]:
    """The coded-article record of a story (docs/record.md), rebuilt from the store's rows."""
    found = rows_of(cursor, "SELECT * FROM articles WHERE id = ?", [story_id])
    if not found:
        raise NotFound(f"no story {story_id!r} in this store")
    row = found[0]
    article = {key: row[key] for key in (
        "id", "url", "title", "publisher", "published", "language", "dateline", "relevance", "text", "removed")}
    record: dict[str, Any] = {"article": article, "status": row["status"]}
    if row["status"] != "coded":
        record.update(reason=row["reason"], duplicate_of=row["duplicate_of"])
    mentions: dict[str, list[dict[str, Any]]] = {}
    for mention in rows_of(cursor, "SELECT actor_id, text, start, \"end\" FROM mentions WHERE article_id = ? "
                           "ORDER BY start", [story_id]):
        mentions.setdefault(mention.pop("actor_id"), []).append(mention)
    actors = rows_of(cursor, "SELECT actor_id, name, kind, code, sector, office, wikidata, cameo, evidence "
                     "FROM actors WHERE article_id = ? ORDER BY mentions DESC, actor_id", [story_id])
    for actor in actors:
        actor["mentions"] = mentions.get(actor["actor_id"], [])
    actors.sort(key=lambda actor: _actor_number(actor["actor_id"]))
    record["actors"] = actors
    record["quotes"] = [_quote(quote) for quote in rows_of(
        cursor, "SELECT * FROM quotes WHERE article_id = ? ORDER BY quote_no", [story_id])]
    record["events"] = _events_of(cursor, story_id)
    return record


def _actor_number(actor_id: str) -> tuple[int, str]:
    digits = actor_id.lstrip("a")
    return (int(digits), actor_id) if digits.isdigit() else (1 << 30, actor_id)


def _span(text: str | None, start: int | None, end: int | None) -> dict[str, Any] | None:
    return None if start is None else {"text": text, "start": start, "end": end}


def _quote(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "quote_no": row["quote_no"], "kind": row["kind"], "speaker": row["speaker"],
        "speaker_name": row["speaker_name"],
        "source": _span(row["source_text"], row["source_start"], row["source_end"]),
        "cue": _span(row["cue_text"], row["cue_start"], row["cue_end"]),
        "text": row["text"], "start": row["start"], "end": row["end"],
    }


def _events_of(cursor: duckdb.DuckDBPyConnection, story_id: str) -> list[dict[str, Any]]:
    events = rows_of(cursor, "SELECT * FROM events WHERE article_id = ? ORDER BY trigger_start, event_id",
                     [story_id])
    sides: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for argument in rows_of(cursor, "SELECT a.* FROM arguments a JOIN events e USING (event_id) "
                            "WHERE e.article_id = ? ORDER BY a.position", [story_id]):
        key = (argument.pop("event_id"), argument.pop("role"))
        argument.pop("position")
        argument["actor"] = argument.pop("actor_id")
        sides.setdefault(key, []).append(argument)
    shaped = []
    for event in events:
        shaped.append({
            "event_id": event["event_id"], "event_type": event["event_type"], "mode": event["mode"],
            "context": event["context"], "source": sides.get((event["event_id"], "source"), []),
            "target": sides.get((event["event_id"], "target"), []), "cameo": event["cameo"],
            "quad": event["quad"], "goldstein": event["goldstein"], "date": event["date"],
            "location": None if event["place"] is None else {
                "name": event["place"], "country": event["place_country"], "lat": event["lat"],
                "lon": event["lon"], "geonameid": event["geonameid"]},
            "sentence": event["sentence"],
            "trigger": _span(event["trigger_text"], event["trigger_start"], event["trigger_end"]),
            "realis": event["realis"], "confidence": event["confidence"], "quote": event["quote_no"],
        })
    return shaped


def find_actors(cursor: duckdb.DuckDBPyConnection, words: str | None, page: Page) -> dict[str, Any]:
    """Actors across stories, one row per actor key (a person's name, else the CAMEO code)."""
    condition, params = "TRUE", []
    if words:
        # `contains`, not LIKE: "%" or "_" in the words match themselves, not everything
        condition = "(contains(lower(name), ?) OR contains(lower(coalesce(cameo, '')), ?))"
        params = [words.lower()] * 2
    body = (
        "FROM (SELECT CASE WHEN kind = 'person' THEN name ELSE coalesce(cameo, lower(name)) END AS key, "
        "name, kind, code, sector, cameo, mentions, article_id FROM actors "
        f"WHERE {condition}) GROUP BY key"
    )
    total = cursor.execute(f"SELECT count(*) FROM (SELECT key {body})", params).fetchone()[0]  # noqa: S608
    items = rows_of(cursor, (
        "SELECT key, mode(name) AS name, mode(kind) AS kind, mode(code) AS code, mode(sector) AS sector, "
        f"mode(cameo) AS cameo, count(DISTINCT article_id) AS stories, sum(mentions) AS mentions {body} "
        "ORDER BY stories DESC, mentions DESC, key LIMIT ? OFFSET ?"), [*params, page.limit, page.offset])
    following = page.offset + len(items)
    return {"total": total, "limit": page.limit, "offset": page.offset,
            "next_offset": following if following < total else None, "items": items}


def one_actor(cursor: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any]:
    """An actor by key: its names, codes and offices as stories gave them, and its event counts."""
    rows = rows_of(cursor, (
        "SELECT name, kind, code, sector, office, cameo, wikidata, article_id FROM actors "
        "WHERE (kind = 'person' AND name = ?) OR (kind <> 'person' AND coalesce(cameo, lower(name)) = ?)"),
        [key, key])
    if not rows:
        raise NotFound(f"no actor {key!r} in this store")
    counts = rows_of(cursor, (
        "SELECT event_type, count(*) FILTER (WHERE list_contains(string_split(source_key, '+'), ?)) AS as_source, "
        "count(*) FILTER (WHERE list_contains(string_split(target_key, '+'), ?)) AS as_target "
        "FROM events WHERE list_contains(string_split(source_key, '+'), ?) "
        "OR list_contains(string_split(target_key, '+'), ?) GROUP BY 1 ORDER BY 1"), [key] * 4)
    return {
        "key": key,
        "names": sorted({row["name"] for row in rows}),
        "kind": rows[0]["kind"],
        "codes": sorted({row["cameo"] for row in rows if row["cameo"]}),
        "offices": sorted({row["office"] for row in rows if row["office"]}),
        "wikidata": next((row["wikidata"] for row in rows if row["wikidata"]), None),
        "stories": len({row["article_id"] for row in rows}),
        "events": counts,
    }


def dyad_series(cursor: duckdb.DuckDBPyConnection, first: str, second: str, filters: EventFilter,
                by: str = "month", merged: bool = False) -> dict[str, Any]:
    """Counts per quad class and Goldstein sums per period between two sides, by direction."""
    sql, params = select_dyad_series(first, second, filters, by=by, merged=merged)
    rows = rows_of(cursor, sql, params)
    return {"a": first.upper(), "b": second.upper(), "by": by, "merged": merged, "series": rows}


def store_stats(cursor: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the store holds: stories by status, events by type and quad, its date range."""
    statuses = dict(cursor.execute("SELECT status, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall())
    types = dict(cursor.execute("SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
    quads = {str(q): n for q, n in cursor.execute(
        "SELECT quad, count(*) FROM events WHERE quad IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall()}
    first, last = cursor.execute("SELECT min(day), max(day) FROM event_days").fetchone()
    return {
        "stories": statuses, "events": sum(types.values()), "event_types": types, "quads": quads,
        "first_day": _iso(first), "last_day": _iso(last),
        "actors": cursor.execute("SELECT count(*) FROM actors").fetchone()[0],
        "quotes": cursor.execute("SELECT count(*) FROM quotes").fetchone()[0],
        "failures": cursor.execute("SELECT count(*) FROM failures").fetchone()[0],
    }


NETWORK_LEVELS = {"country": "country", "code": "cameo"}


def network(cursor: duckdb.DuckDBPyConnection, filters: EventFilter, limit: int = 60,
            by: str = "country") -> dict[str, Any]:
    """Who acts on whom: edges between countries (or CAMEO codes) with counts and mean Goldstein.

    The heaviest edges first; an event with two source countries gives an edge from each.
    """
    if by not in NETWORK_LEVELS:
        raise QueryError(f"by {by!r}: give one of {', '.join(NETWORK_LEVELS)}")
    column = NETWORK_LEVELS[by]
    where, params = filters.where()
    edges = rows_of(cursor, (
        f"WITH sides AS (SELECT unnest(string_split(source_{column}, '; ')) AS source, "
        f"string_split(target_{column}, '; ') AS targets, goldstein FROM event_days "
        f"WHERE {where} AND source_{column} IS NOT NULL AND target_{column} IS NOT NULL), "
        "pairs AS (SELECT source, unnest(targets) AS target, goldstein FROM sides) "
        "SELECT source, target, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein "
        "FROM pairs WHERE source <> target GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?"),
        [*params, limit])
    nodes = sorted({edge["source"] for edge in edges} | {edge["target"] for edge in edges})
    return {"by": by, "nodes": nodes, "edges": edges}


def country_counts(cursor: duckdb.DuckDBPyConnection, filters: EventFilter) -> dict[str, Any]:
    """Events per place country, and the places that have coordinates."""
    where, params = filters.where()
    countries = dict(cursor.execute(
        f"SELECT place_country, count(*) FROM event_days WHERE {where} AND place_country IS NOT NULL "
        "GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall())
    places = rows_of(cursor, (
        "SELECT place, place_country AS country, lat, lon, count(*) AS events FROM event_days "
        f"WHERE {where} AND lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4 "
        "ORDER BY events DESC, place LIMIT 500"), params)
    return {"countries": countries, "places": places}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
