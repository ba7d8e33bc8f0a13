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
    country: str | None = None      # ISO alpha-3 of a side (which side: `country_side`)
    country_side: str = "either"    # either | source | target
    event_type: str | None = None   # a PLOVER type
    quad: int | None = None         # 1-4
    realis: str | None = None       # asserted | negated | future | hypothetical | historical
    since: str | None = None        # YYYY-MM-DD, inclusive
    until: str | None = None        # YYYY-MM-DD, inclusive
    words: str | None = None        # words in the event's sentence
    min_confidence: float | None = None
    pair: tuple[str, str] | None = None  # two countries or CAMEO codes, events between them either way

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over `event_days`) and its parameters."""
        conditions: list[str] = []
        params: list[Any] = []
        if self.actor:
            # `contains`, not LIKE: the user's words are matched as written, so "%" or "_"
            # (wildcards to LIKE) match only themselves and never every event.
            conditions.append(
                "(contains(lower(source_names), ?) OR contains(lower(target_names), ?) "
                "OR contains(lower(source_cameo), ?) OR contains(lower(target_cameo), ?))"
            )
            params += [self.actor.lower()] * 4
        if self.country:
            code = self.country.upper()
            if len(code) != 3 or not code.isalpha():
                raise QueryError(f"--country {self.country!r}: give an ISO 3166 alpha-3 code such as IRN")
            if self.country_side not in SIDES:
                raise QueryError(f"country side {self.country_side!r}: give one of {', '.join(SIDES)}")
            sides = ("source", "target") if self.country_side == "either" else (self.country_side,)
            found = [_side_has(side, code) for side in sides]
            conditions.append("(" + " OR ".join(sql for sql, _ in found) + ")")
            params += [value for _, values in found for value in values]
        if self.pair:
            first, second = (_actor_code(code) for code in self.pair)
            condition, pair_params = pair_condition(first, second)
            conditions.append(condition)
            params += pair_params
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
                conditions.append("contains(lower(sentence_text), ?)")  # literal, as for --actor
                params.append(word.lower())
        if self.min_confidence is not None:
            conditions.append("confidence >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(conditions) or "TRUE"), params


SIDES = ("either", "source", "target")


def _side_has(side: str, code: str) -> tuple[str, list[Any]]:
    """SQL true when one side of an event holds a country (3 letters) or a CAMEO actor code.

    `*_country` lists three-letter codes joined by "; ", so a three-letter code found
    in it is a whole code; searching the text is much cheaper than splitting it.
    """
    if len(code) == 3:
        return f"contains(coalesce({side}_country, ''), ?)", [code]
    return f"list_contains(string_split({side}_cameo, '; '), ?)", [code]


def _both(*parts: tuple[str, list[Any]]) -> tuple[str, list[Any]]:
    return "(" + " AND ".join(sql for sql, _ in parts) + ")", [value for _, params in parts for value in params]


def _actor_code(code: str) -> str:
    text = code.strip().upper()
    if not (3 <= len(text) <= 15 and text.isalnum()):
        raise QueryError(f"{code!r} is not a country (ISO alpha-3, e.g. IRN) or a CAMEO actor code (e.g. IRNGOV)")
    return text


def pair_condition(first: str, second: str) -> tuple[str, list[Any]]:
    """SQL true for events between two countries or actor codes: either way, or both on one side.

    A country stands for itself and its agents (`source_country` lists the
    countries of a side's actors); a longer code (IRNGOV) is matched as a CAMEO code.
    Two countries together as the source of a reciprocal event ("Iran and the US
    held talks") count as between them.
    """
    ways = [_both(_side_has("source", first), _side_has("target", second)),
            _both(_side_has("source", second), _side_has("target", first)),
            _both(_side_has("source", first), _side_has("source", second))]
    return "(" + " OR ".join(sql for sql, _ in ways) + ")", [value for _, params in ways for value in params]


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


def _chosen_events(filters: EventFilter, merged: bool) -> tuple[str, list[Any]]:
    """A subquery of the filtered events (day, sides, quad, Goldstein); merged: each real event once."""
    where, params = filters.where()
    columns = ("source_names, source_cameo, source_country, target_names, target_cameo, target_country, "
               "goldstein, quad")
    if merged:
        return (
            f"SELECT first_day AS day, {columns} FROM merged_events "
            "WHERE merged_id IN (SELECT merged_id FROM event_merges JOIN event_days USING (event_id) "
            f"WHERE {where})"
        ), params
    return f"SELECT day, {columns} FROM event_days WHERE {where}", params


# How `stats` names a side: by CAMEO code (the default), falling back to the country
# and then to the words, in brackets, for actors of unknown country; or by name.
STATS_SIDES = {
    "code": "coalesce({side}_cameo, {side}_country, '(' || {side}_names || ')', '-')",
    "name": "coalesce({side}_names, '-')",
}


def select_stats(filters: EventFilter, merged: bool = True, by: str = "code") -> tuple[str, list[Any]]:
    """Event counts and Goldstein sums per dyad and month.

    Sides are named by CAMEO code (`by="code"`: IRNGOV, USA) or by the actors' names.
    With `merged`, an event told by several stories counts once (at its first day).
    """
    if by not in STATS_SIDES:
        raise QueryError(f"--by {by!r}: give one of {', '.join(STATS_SIDES)}")
    source, params = _chosen_events(filters, merged)
    sql = (
        f"SELECT strftime(day, '%Y-%m') AS month, {STATS_SIDES[by].format(side='source')} AS source, "
        f"{STATS_SIDES[by].format(side='target')} AS target, count(*) AS events, "
        "round(sum(goldstein), 1) AS goldstein, "
        "count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation, "
        "count(*) FILTER (WHERE quad IN (3, 4)) AS conflict "
        f"FROM ({source}) GROUP BY ALL ORDER BY month NULLS LAST, events DESC, source, target"
    )
    return sql, params


PERIODS = {
    "day": "strftime(day, '%Y-%m-%d')",
    "week": "strftime(date_trunc('week', day), '%Y-%m-%d')",
    "month": "strftime(day, '%Y-%m')",
    "year": "strftime(day, '%Y')",
}
DIRECTIONS = ("a_to_b", "b_to_a", "together")


def select_dyad_series(first: str, second: str, filters: EventFilter, by: str = "month",
                       merged: bool = False) -> tuple[str, list[Any]]:
    """Counts per quad class and Goldstein sums per period between two countries or actor codes.

    One row per period and direction: `a_to_b` (the first acts on the second),
    `b_to_a`, and `together` (both on one side, as in reciprocal talks or clashes).
    A country counts with its agents (its government, police, ministers).
    """
    if by not in PERIODS:
        raise QueryError(f"by {by!r}: give one of {', '.join(PERIODS)}")
    a, b = _actor_code(first), _actor_code(second)
    if a == b:
        raise QueryError(f"a dyad needs two different sides, not {a} twice")
    chosen = EventFilter(**{**filters.__dict__, "pair": (a, b)})
    source, params = _chosen_events(chosen, merged)
    a_to_b = _both(_side_has("source", a), _side_has("target", b))
    b_to_a = _both(_side_has("source", b), _side_has("target", a))
    direction = f"CASE WHEN {a_to_b[0]} THEN 'a_to_b' WHEN {b_to_a[0]} THEN 'b_to_a' ELSE 'together' END"
    sql = (
        f"SELECT {PERIODS[by]} AS period, {direction} AS direction, count(*) AS events, "
        + ", ".join(f"count(*) FILTER (WHERE quad = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + ", round(coalesce(sum(goldstein), 0), 1) AS goldstein "
        f"FROM ({source}) WHERE day IS NOT NULL GROUP BY ALL ORDER BY period, direction"
    )
    return sql, [*a_to_b[1], *b_to_a[1], *params]
