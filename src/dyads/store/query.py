"""Questions to a store: events by actor, country, type, quad, realis, date, words.

`EventFilter` turns the user's choices into one SQL condition over the
`event_days` view (events with their story's publisher, url and day); query,
export and stats all select through it, so they agree on what a filter means.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dyads.events.ontology import PLOVER_TYPES

REALIS = ("asserted", "negated", "future", "hypothetical", "historical")

# The columns `dyads query` shows, in order.
QUERY_COLUMNS = (
    "event_id", "day", "event_type", "mode", "cameo", "quad", "goldstein", "realis", "confidence",
    "source_names", "source_cameo", "target_names", "target_cameo", "place", "place_country",
    "trigger_text", "sentence_text", "publisher", "url", "article_id",
)

# The narrower set a person reads in a terminal table.
TABLE_COLUMNS = (
    "day", "event_type", "cameo", "realis", "source_names", "target_names", "place", "trigger_text",
)


class QueryError(ValueError):
    """A filter that cannot mean anything; the message says which and why."""


@dataclass
class EventFilter:
    """Which events a user asks for; every field left empty matches all."""

    actor: str | None = None        # words of a source or target name, or a CAMEO actor code
    country: str | None = None      # ISO alpha-3 of either side
    event_type: str | None = None   # a PLOVER type
    quad: int | None = None         # 1-4
    realis: str | None = None       # asserted | negated | future | hypothetical | historical
    since: str | None = None        # YYYY-MM-DD, inclusive
    until: str | None = None        # YYYY-MM-DD, inclusive
    words: str | None = None        # words in the event's sentence
    min_confidence: float | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over `event_days`) and its parameters."""
        conditions: list[str] = []
        params: list[Any] = []
        if self.actor:
            pattern = f"%{self.actor.lower()}%"
            conditions.append(
                "(lower(source_names) LIKE ? OR lower(target_names) LIKE ? "
                "OR lower(source_cameo) LIKE ? OR lower(target_cameo) LIKE ?)"
            )
            params += [pattern] * 4
        if self.country:
            code = self.country.upper()
            if len(code) != 3 or not code.isalpha():
                raise QueryError(f"--country {self.country!r}: give an ISO 3166 alpha-3 code such as IRN")
            conditions.append("(list_contains(string_split(source_country, '; '), ?) "
                              "OR list_contains(string_split(target_country, '; '), ?))")
            params += [code, code]
        if self.event_type:
            kind = self.event_type.upper()
            if kind not in PLOVER_TYPES:
                raise QueryError(f"--type {self.event_type!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
            conditions.append("event_type = ?")
            params.append(kind)
        if self.quad is not None:
            if self.quad not in (1, 2, 3, 4):
                raise QueryError(f"--quad {self.quad}: give 1 (verbal cooperation) to 4 (material conflict)")
            conditions.append("quad = ?")
            params.append(self.quad)
        if self.realis:
            if self.realis not in REALIS:
                raise QueryError(f"--realis {self.realis!r}: give one of {', '.join(REALIS)}")
            conditions.append("realis = ?")
            params.append(self.realis)
        for name, value, operator in (("--since", self.since, ">="), ("--until", self.until, "<=")):
            if value:
                conditions.append(f"day {operator} ?")
                params.append(_day(name, value))
        if self.words:
            for word in self.words.split():
                conditions.append("lower(sentence_text) LIKE ?")
                params.append(f"%{word.lower()}%")
        if self.min_confidence is not None:
            conditions.append("confidence >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(conditions) or "TRUE"), params


def _day(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise QueryError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from error


def select_events(filters: EventFilter, columns: tuple[str, ...] = QUERY_COLUMNS,
                  limit: int | None = None) -> tuple[str, list[Any]]:
    """The SQL selecting the filtered events, by day then id, and its parameters."""
    where, params = filters.where()
    sql = f"SELECT {', '.join(columns)} FROM event_days WHERE {where} ORDER BY day NULLS LAST, event_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def select_merged(filters: EventFilter, limit: int | None = None) -> tuple[str, list[Any]]:
    """The SQL selecting merged events (one per real-world event) any filtered event belongs to."""
    where, params = filters.where()
    sql = (
        "SELECT * FROM merged_events WHERE merged_id IN (SELECT merged_id FROM event_merges "
        f"JOIN event_days USING (event_id) WHERE {where}) ORDER BY first_day NULLS LAST, merged_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def select_stats(filters: EventFilter, merged: bool = True) -> tuple[str, list[Any]]:
    """Event counts and Goldstein sums per dyad and month.

    With `merged`, an event told by several stories counts once (at its first day).
    """
    where, params = filters.where()
    if merged:
        source = (
            "SELECT first_day AS day, source_names, target_names, goldstein, quad FROM merged_events "
            "WHERE merged_id IN (SELECT merged_id FROM event_merges JOIN event_days USING (event_id) "
            f"WHERE {where})"
        )
    else:
        source = f"SELECT day, source_names, target_names, goldstein, quad FROM event_days WHERE {where}"
    sql = (
        "SELECT strftime(day, '%Y-%m') AS month, coalesce(source_names, '-') AS source, "
        "coalesce(target_names, '-') AS target, count(*) AS events, "
        "round(sum(goldstein), 1) AS goldstein, "
        "count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation, "
        "count(*) FILTER (WHERE quad IN (3, 4)) AS conflict "
        f"FROM ({source}) GROUP BY ALL ORDER BY month NULLS LAST, events DESC, source, target"
    )
    return sql, params
