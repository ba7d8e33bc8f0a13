"""Exports of a store to the formats event-data users' tools read (docs/exports.md).

Every format is one SQL query over the store: `_base_sql` selects the events (one
row per story's event, or one per real-world event with `merged=True`) through
the same `EventFilter` as `dyads query`, with the columns every format draws on;
each format then renames and reshapes those columns. Text formats are streamed
out in Arrow batches, Parquet is written by DuckDB's COPY, and PLOVER JSON Lines
is built from SQL rows fetched in batches, so an export never holds the store
in memory.
"""

from __future__ import annotations

import codecs
import csv
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import duckdb
import pyarrow as pa

from dyads.events.ontology import cameo_codes
from dyads.store.db import Store, is_damage
from dyads.store.query import EventFilter

FORMATS = ("plover", "icews", "gdelt", "csv", "parquet")

# Codes of the `code` column that are not countries: they have no country name
# and are no CAMEO country code.
NOT_COUNTRIES = ("IGO", "NGO", "MNC", "IMG")

# Where ICEWS spells a country otherwise than dyads' knowledge base.
ICEWS_NAMES = {"RUS": "Russian Federation"}

# The ICEWS event file columns, in ICEWS' order.
ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)

# The 61 columns of the GDELT 2.0 event table, in GDELT's order.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

# The GDELT columns dyads fills; every other GDELT column is written empty.
_GDELT_FILLED = {
    "GLOBALEVENTID": "id",
    "SQLDATE": "CAST(strftime(date, '%Y%m%d') AS INTEGER)",
    "MonthYear": "CAST(strftime(date, '%Y%m') AS INTEGER)",
    "Year": "year(date)",
    # GDELT's own formula: YYYY + (MONTH * 30 + DAY) / 365
    "FractionDate": "round(year(date) + (month(date) * 30 + day(date)) / 365, 4)",
    "Actor1Code": "source_cameo", "Actor1Name": "source_names",
    "Actor1CountryCode": "source_country_codes",
    "Actor1Type1Code": "source_sectors[1]", "Actor1Type2Code": "source_sectors[2]",
    "Actor1Type3Code": "source_sectors[3]",
    "Actor2Code": "target_cameo", "Actor2Name": "target_names",
    "Actor2CountryCode": "target_country_codes",
    "Actor2Type1Code": "target_sectors[1]", "Actor2Type2Code": "target_sectors[2]",
    "Actor2Type3Code": "target_sectors[3]",
    "IsRootEvent": "CASE WHEN sentence = 0 THEN 1 ELSE 0 END",
    "EventCode": "cameo", "EventBaseCode": "left(cameo, 3)", "EventRootCode": "left(cameo, 2)",
    "QuadClass": "quad", "GoldsteinScale": "goldstein",
    "NumMentions": "mentions", "NumSources": "sources", "NumArticles": "mentions",
    "ActionGeo_FullName": "CASE WHEN place IS NOT NULL THEN concat_ws(', ', place, "
                          "CASE WHEN place_country_name <> place THEN place_country_name END) END",
    "ActionGeo_CountryCode": "place_country", "ActionGeo_Lat": "lat", "ActionGeo_Long": "lon",
    "DATEADDED": "CAST(strftime(published, '%Y%m%d%H%M%S') AS BIGINT)",
    "SOURCEURL": "coalesce(url, publisher)",
}

_ICEWS_SELECT = {
    "Event ID": "id",
    "Event Date": "date",
    "Source Name": "source_names",
    "Source Sectors": "nullif(array_to_string(source_sectors, ','), '')",
    "Source Country": "source_country_names",
    "Event Text": "cameo_name",
    "CAMEO Code": "cameo",
    "Intensity": "goldstein",
    "Target Name": "target_names",
    "Target Sectors": "nullif(array_to_string(target_sectors, ','), '')",
    "Target Country": "target_country_names",
    "Story ID": "story_id",
    "Sentence Number": "sentence + 1",
    "Publisher": "publisher",
    "City": "CASE WHEN place <> coalesce(place_country_name, '') THEN place END",
    "District": "NULL::VARCHAR",
    "Province": "NULL::VARCHAR",
    "Country": "place_country_name",
    "Latitude": "lat",
    "Longitude": "lon",
}

# The flat columns of csv and parquet, in order (`id` is named event_id or merged_id).
FLAT_COLUMNS = (
    "date", "event_type", "mode", "context", "cameo", "cameo_name", "quad", "goldstein",
    "realis", "confidence",
    "source_names", "source_cameo", "source_country", "source_sectors",
    "target_names", "target_cameo", "target_country", "target_sectors",
    "place", "place_country", "lat", "lon", "geonameid",
    "story_id", "sentence", "sentence_text", "trigger_text", "trigger_start", "trigger_end",
    "publisher", "url", "mentions", "sources",
)
MERGED_EXTRA = ("last_day", "events", "stories", "publishers", "event_ids")

_LIST_COLUMNS = ("context", "source_sectors", "target_sectors", "publishers", "event_ids")


class ExportError(ValueError):
    """An export that cannot be made as asked; the message says why."""


def export_events(store: Store, fmt: str, out: Path | None, filters: EventFilter | None = None,
                  merged: bool = False) -> int:
    """Write the store's events (filtered) in `fmt` to `out` (None: stdout); return the rows written.

    With `merged`, one row per real-world event (the `merged_events` view) with
    how many stories and articles told it; else one row per event of each story.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ExportError("parquet is a binary format: give a file to write it to (e.g. events.parquet)")
    base, params = _base_sql(filters or EventFilter(), merged)
    # A cursor of its own: the export's results and lookup tables never touch the
    # store's connection, whatever happens half way.
    con = store.con.cursor()
    try:
        _register_lookups(con)
        if fmt == "plover":
            return _write_plover(con, base, params, out, merged)
        sql = f"WITH base AS ({base}) SELECT {_select_list(fmt, merged)} FROM base ORDER BY date NULLS LAST, id"  # noqa: S608
        if fmt == "parquet":
            assert out is not None
            return _copy(con, sql, params, out, "FORMAT parquet")
        return _write_text(con, sql, params, out, delimiter="," if fmt == "csv" else "\t")
    finally:
        con.close()


# -- the events every format draws on ---------------------------------------------


def _base_sql(filters: EventFilter, merged: bool) -> tuple[str, list[Any]]:
    """One row per exported event with every column a format needs, and the parameters."""
    where, params = filters.where()
    # Every article that tells a coded story: the story itself and its copies.
    reach = """
        tellers AS (
            SELECT id AS story, publisher FROM articles WHERE status = 'coded'
            UNION ALL
            SELECT duplicate_of, publisher FROM articles
            WHERE status = 'duplicate' AND duplicate_of IS NOT NULL
        ), reach AS (
            SELECT story AS article_id, count(*) AS articles, count(DISTINCT publisher) AS sources
            FROM tellers GROUP BY 1
        )"""
    if merged:
        rows = f"""
        WITH {reach},
        chosen AS (
            SELECT DISTINCT merged_id FROM event_merges JOIN event_days USING (event_id) WHERE {where}
        ), told AS (
            SELECT m.merged_id,
                   arg_max(struct_pack(place := d.place, place_country := d.place_country, lat := d.lat,
                                       lon := d.lon, geonameid := d.geonameid),
                           d.confidence) AS loc,
                   count(DISTINCT t.publisher) AS sources
            FROM event_merges m JOIN chosen USING (merged_id) JOIN event_days d USING (event_id)
            LEFT JOIN tellers t ON t.story = d.article_id
            GROUP BY 1
        )
        SELECT m.merged_id AS id, m.first_day AS date, m.last_day, m.event_type, f.mode, f.context,
               m.cameo, m.quad, m.goldstein, m.realis, m.confidence,
               m.source_names, m.source_cameo, m.source_country,
               m.target_names, m.target_cameo, m.target_country,
               x.loc.place AS place, x.loc.place_country AS place_country, x.loc.lat AS lat,
               x.loc.lon AS lon, x.loc.geonameid AS geonameid,
               f.article_id AS story_id, f.sentence, f.sentence_text, f.trigger_text, f.trigger_start,
               f.trigger_end, f.publisher, f.url, a.published, a.title,
               m.events, m.stories, m.mentions, x.sources, m.publishers, m.event_ids,
               m.event_ids[1] AS actors_event
        FROM merged_events m JOIN told x USING (merged_id)
        JOIN event_days f ON f.event_id = m.merged_id
        JOIN articles a ON a.id = f.article_id"""  # noqa: S608 - the condition is EventFilter's
    else:
        rows = f"""
        WITH {reach}
        SELECT d.event_id AS id, d.day AS date, d.day AS last_day, d.event_type, d.mode, d.context,
               d.cameo, d.quad, d.goldstein, d.realis, d.confidence,
               d.source_names, d.source_cameo, d.source_country,
               d.target_names, d.target_cameo, d.target_country,
               d.place, d.place_country, d.lat, d.lon, d.geonameid,
               d.article_id AS story_id, d.sentence, d.sentence_text, d.trigger_text, d.trigger_start,
               d.trigger_end, d.publisher, d.url, a.published, a.title,
               1 AS events, 1 AS stories, coalesce(r.articles, 1) AS mentions,
               coalesce(r.sources, 0) AS sources,
               CASE WHEN d.publisher IS NULL THEN []::VARCHAR[] ELSE [d.publisher] END AS publishers,
               [d.event_id] AS event_ids, d.event_id AS actors_event
        FROM event_days d JOIN articles a ON a.id = d.article_id
        LEFT JOIN reach r ON r.article_id = d.article_id
        WHERE {where}"""  # noqa: S608 - the condition is EventFilter's
    sql = f"""
    WITH picked AS ({rows}),
    sides AS (
        SELECT g.event_id,
               list(struct_pack(name := coalesce(ac.name, g.text), text := g.text, kind := ac.kind,
                                country := ac.code, sector := ac.sector, cameo := ac.cameo,
                                office := ac.office, wikidata := ac.wikidata)
                    ORDER BY g.position) FILTER (WHERE g.role = 'source') AS source_actors,
               list(struct_pack(name := coalesce(ac.name, g.text), text := g.text, kind := ac.kind,
                                country := ac.code, sector := ac.sector, cameo := ac.cameo,
                                office := ac.office, wikidata := ac.wikidata)
                    ORDER BY g.position) FILTER (WHERE g.role = 'target') AS target_actors,
               list_sort(list_distinct(list(ac.sector) FILTER (WHERE g.role = 'source'))) AS source_sectors,
               list_sort(list_distinct(list(ac.sector) FILTER (WHERE g.role = 'target'))) AS target_sectors
        FROM arguments g JOIN events e USING (event_id)
        LEFT JOIN actors ac ON ac.article_id = e.article_id AND ac.actor_id = g.actor_id
        WHERE g.event_id IN (SELECT actors_event FROM picked)
        GROUP BY g.event_id
    ), names AS (
        SELECT map(list(iso3), list(name)) AS country_name FROM dyads_export_countries
    )
    SELECT p.*, c.name AS cameo_name,
           coalesce(s.source_actors, []) AS source_actors, coalesce(s.target_actors, []) AS target_actors,
           coalesce(s.source_sectors, []::VARCHAR[]) AS source_sectors,
           coalesce(s.target_sectors, []::VARCHAR[]) AS target_sectors,
           {_countries("p.source_country", "codes")} AS source_country_codes,
           {_countries("p.target_country", "codes")} AS target_country_codes,
           {_countries("p.source_country", "names")} AS source_country_names,
           {_countries("p.target_country", "names")} AS target_country_names,
           names.country_name[p.place_country] AS place_country_name
    FROM picked p CROSS JOIN names
    LEFT JOIN sides s ON s.event_id = p.actors_event
    LEFT JOIN dyads_export_cameo c ON c.code = p.cameo
    """  # noqa: S608
    return sql, params


def _countries(column: str, form: str) -> str:
    """SQL turning a '; '-joined list of codes into countries' codes or names, '; '-joined."""
    codes = f"string_split(coalesce({column}, ''), '; ')"
    if form == "codes":
        kept = f"list_filter({codes}, lambda c: c <> '' AND c NOT IN {NOT_COUNTRIES})"
    else:
        kept = f"list_filter(list_transform({codes}, lambda c: names.country_name[c]), lambda n: n IS NOT NULL)"
    return f"nullif(array_to_string({kept}, '; '), '')"


def _select_list(fmt: str, merged: bool) -> str:
    """The SELECT list of a tabular format over the `base` rows."""
    if fmt == "icews":
        return ", ".join(f'{expr} AS "{name}"' for name, expr in _ICEWS_SELECT.items())
    if fmt == "gdelt":
        return ", ".join(
            f'{_GDELT_FILLED.get(name, "NULL::VARCHAR")} AS "{name}"' for name in GDELT_COLUMNS
        )
    text = fmt == "csv"
    columns = [f"id AS {'merged_id' if merged else 'event_id'}"]
    for name in FLAT_COLUMNS + (MERGED_EXTRA if merged else ()):
        if name == "date":
            columns.append("date AS first_day" if merged else "date")
        elif text and name in _LIST_COLUMNS:
            columns.append(f"nullif(array_to_string({name}, '; '), '') AS {name}")
        else:
            columns.append(name)
    return ", ".join(columns)


def export_columns(fmt: str, merged: bool = False) -> tuple[str, ...]:
    """The header of a tabular format (the fields of each record for plover)."""
    if fmt == "icews":
        return ICEWS_COLUMNS
    if fmt == "gdelt":
        return GDELT_COLUMNS
    if fmt == "plover":
        return PLOVER_FIELDS + (PLOVER_MERGED if merged else ())
    if fmt in ("csv", "parquet"):
        first = ("merged_id", "first_day") if merged else ("event_id", "date")
        return first + FLAT_COLUMNS[1:] + (MERGED_EXTRA if merged else ())
    raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")


# -- lookups: country names, CAMEO names --------------------------------------------


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 -> the country's name as ICEWS writes it (kb/countries.csv, ICEWS_NAMES)."""
    text = resources.files("dyads.actors").joinpath("kb/countries.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    names = {row["iso3"]: row["name"] for row in csv.DictReader(lines) if row.get("iso3")}
    return {**names, **ICEWS_NAMES}


def _register_lookups(con: duckdb.DuckDBPyConnection) -> None:
    """Country and CAMEO names as tables the export SQL can join (on the export's cursor)."""
    countries = country_names()
    codes = cameo_codes()
    con.register("dyads_export_countries", pa.table({
        "iso3": pa.array(list(countries), pa.string()), "name": pa.array(list(countries.values()), pa.string()),
    }))
    con.register("dyads_export_cameo", pa.table({
        "code": pa.array(list(codes), pa.string()),
        "name": pa.array([entry.name for entry in codes.values()], pa.string()),
    }))


# -- writers ------------------------------------------------------------------------


def _write_text(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], out: Path | None,
                delimiter: str) -> int:
    """Write a query as delimited text with a header (DuckDB's COPY); stdout goes through a temporary file."""
    # COMMENT '': a value with '#' needs no quotes (ids such as "sha1:…#0" would get them)
    options = f"FORMAT csv, HEADER true, DELIMITER '{delimiter}', COMMENT ''"
    if out is not None:
        return _copy(con, sql, params, out, options)
    with tempfile.TemporaryDirectory(prefix="dyads-export-") as folder:
        path = Path(folder) / "export.txt"
        written = _copy(con, sql, params, path, options)
        with open(path, "rb") as source:
            _to_stdout(source)
    return written


def _copy(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], out: Path, options: str) -> int:
    try:
        rows = con.execute(f"COPY ({sql}) TO '{_quoted(out)}' ({options})", params).fetchall()
    except duckdb.IOException as error:
        if is_damage(error):
            raise  # the store cannot be read, not the output written: the caller names the store
        raise ExportError(f"{out}: cannot be written ({error})") from error
    return int(rows[0][0])


def _to_stdout(source: BinaryIO) -> None:
    """Copy a UTF-8 file to stdout, whether stdout takes bytes or only text."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        shutil.copyfileobj(source, buffer)
        buffer.flush()
        return
    decoder = codecs.getincrementaldecoder("utf-8")()
    while chunk := source.read(1 << 20):
        sys.stdout.write(decoder.decode(chunk))
    sys.stdout.write(decoder.decode(b"", final=True))


@contextmanager
def _text_sink(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
    else:
        with open(out, "w", encoding="utf-8") as handle:
            yield handle


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


# -- PLOVER JSON Lines ----------------------------------------------------------------

PLOVER_FIELDS = (
    "id", "date", "event_type", "mode", "context", "source", "target", "event_text",
    "story_id", "publisher", "url", "headline", "published", "sentence", "location",
    "cameo", "cameo_name", "quad", "goldstein", "realis", "confidence", "trigger", "mentions", "sources",
)
PLOVER_MERGED = ("last_date", "events", "stories", "publishers", "event_ids")

_ACTOR_FIELDS = ("name", "text", "kind", "country", "sector", "cameo", "office", "wikidata")


def _write_plover(con: duckdb.DuckDBPyConnection, base: str, params: list[Any], out: Path | None,
                  merged: bool) -> int:
    cursor = con.execute(f"SELECT * FROM ({base}) ORDER BY date NULLS LAST, id", params)  # noqa: S608
    names = [d[0] for d in cursor.description]
    written = 0
    with _text_sink(out) as stream:
        while chunk := cursor.fetchmany(5_000):
            lines = [json.dumps(plover_record(dict(zip(names, row)), merged), ensure_ascii=False)
                     for row in chunk]
            stream.write("\n".join(lines) + "\n")
            written += len(lines)
    return written


def plover_record(row: dict[str, Any], merged: bool = False) -> dict[str, Any]:
    """One PLOVER JSON record from a row of the export's base query."""
    location = None
    if row["place"] is not None or row["lat"] is not None:
        location = {"name": row["place"], "country": row["place_country"], "lat": row["lat"],
                    "lon": row["lon"], "geonameid": row["geonameid"]}
    record: dict[str, Any] = {
        "id": row["id"], "date": _iso(row["date"]), "event_type": row["event_type"],
        "mode": row["mode"], "context": list(row["context"] or []),
        "source": _actors(row["source_actors"]), "target": _actors(row["target_actors"]),
        "event_text": row["sentence_text"], "story_id": row["story_id"], "publisher": row["publisher"],
        "url": row["url"], "headline": row["title"], "published": _iso(row["published"]),
        "sentence": row["sentence"], "location": location,
        "cameo": row["cameo"], "cameo_name": row["cameo_name"], "quad": row["quad"],
        "goldstein": row["goldstein"], "realis": row["realis"], "confidence": row["confidence"],
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "mentions": row["mentions"], "sources": row["sources"],
    }
    if merged:
        record.update({
            "last_date": _iso(row["last_day"]), "events": row["events"], "stories": row["stories"],
            "publishers": list(row["publishers"] or []), "event_ids": list(row["event_ids"] or []),
        })
    return record


def _actors(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """The side's actors, each once, in the order the sentence names them."""
    seen: set[tuple] = set()
    actors = []
    for item in items or []:
        key = (item["name"], item["cameo"])
        if key not in seen:
            seen.add(key)
            actors.append({field: item[field] for field in _ACTOR_FIELDS})
    return actors


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
