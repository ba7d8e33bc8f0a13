"""The JSON API under /api: events, stories, actors, dyad series, stats, export, and coding.

Every list is paginated (`limit`, `offset`, and a stable `sort`); every filter is
the one `dyads query` has (store/query.py: `EventFilter`), so the API, the
command line and the exports agree on what a filter means. Errors are JSON
`{"error": ...}` with the status that says what went wrong (app.py).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from dyads.store.export import FORMATS, export_events
from dyads.store.query import REALIS, EventFilter, QueryError
from dyads.web import reads
from dyads.web.answers import answer
from dyads.web.coding import code_posted_story
from dyads.web.reads import Page

router = APIRouter(prefix="/api")

MAX_PAGE = 500  # rows in one page at most: a bigger page is a 400, never a slow answer


def event_filter(
    actor: Annotated[str | None, Query(description="words of a source or target name, or a CAMEO code")] = None,
    country: Annotated[str | None, Query(description="ISO alpha-3 of a side, e.g. IRN")] = None,
    country_as: Annotated[str, Query(description="which side `country` is: either, source, target")] = "either",
    type: Annotated[str | None, Query(description="a PLOVER event type, e.g. CONSULT")] = None,  # noqa: A002
    quad: Annotated[int | None, Query(description="1 verbal coop., 2 material coop., 3 verbal conflict, "
                                      "4 material conflict")] = None,
    realis: Annotated[str | None, Query(description=" | ".join(REALIS))] = None,
    since: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    until: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    words: Annotated[str | None, Query(description="words that must all be in the event's sentence")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    a: Annotated[str | None, Query(description="with `b`: events between two countries or CAMEO codes")] = None,
    b: Annotated[str | None, Query(description="the other side of the pair `a`")] = None,
) -> EventFilter:
    """The filters of a request, as `dyads query` has them."""
    if (a is None) != (b is None):
        raise QueryError("give both a and b for a pair, or neither")
    return EventFilter(
        actor=actor, country=country, country_side=country_as, event_type=type, quad=quad,
        realis=realis, since=since, until=until, words=words, min_confidence=min_confidence,
        pair=(a, b) if a and b else None,
    )


def page_of(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"rows per page, at most {MAX_PAGE}")] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: Annotated[str, Query(description="day, -day, confidence, -confidence, goldstein, -goldstein")] = "day",
) -> Page:
    """Which page of a list a request asks for."""
    return Page(limit=limit, offset=offset, order=sort)


def _read(request: Request, read: Callable[..., dict[str, Any]], *args: Any, **kwargs: Any) -> Response:
    """The JSON answer of `read(cursor, *args)` on a cursor of the request's own (kept while true)."""
    def compute() -> dict[str, Any]:
        with request.app.state.access.cursor() as cursor:
            return read(cursor, *args, **kwargs)

    return answer(request, compute)


Filters = Annotated[EventFilter, Depends(event_filter)]
Paging = Annotated[Page, Depends(page_of)]


@router.get("/events", summary="Events, filtered and paginated")
def list_events(request: Request, filters: Filters, page: Paging,
                merged: Annotated[bool, Query(description="one row per real-world event")] = False) -> Response:
    return _read(request, reads.list_events, filters, page, merged=merged)


@router.get("/events/{event_id:path}", summary="One event with its story, sentence and offsets")
def one_event(request: Request, event_id: str) -> Response:
    return _read(request, reads.one_event, event_id)


@router.get("/stories/{story_id:path}", summary="A story's coded record (docs/record.md)")
def one_story(request: Request, story_id: str) -> Response:
    return _read(request, reads.story_record, story_id)


@router.get("/actors", summary="Actors across stories, searched by name or code")
def find_actors(request: Request, page: Paging,
                q: Annotated[str | None, Query(description="words of the name, or a CAMEO code")] = None,
                ) -> Response:
    return _read(request, reads.find_actors, q, page)


@router.get("/actors/{key:path}", summary="One actor: names, codes, offices and event counts")
def one_actor(request: Request, key: str) -> Response:
    return _read(request, reads.one_actor, key)


@router.get("/dyads", summary="Counts per quad class and Goldstein sums between two sides over time")
def dyad_series(request: Request, filters: Filters,
                by: Annotated[str, Query(description="day, week, month or year")] = "month",
                merged: bool = False) -> Response:
    if filters.pair is None:
        raise QueryError("give the two sides as a and b, e.g. /api/dyads?a=IRN&b=USA")
    first, second = filters.pair
    filters.pair = None
    return _read(request, reads.dyad_series, first, second, filters, by=by, merged=merged)


@router.get("/network", summary="Who acts on whom: edges between CAMEO codes")
def network(request: Request, filters: Filters,
            limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 60,
            by: Annotated[str, Query(description="country or code (CAMEO actor code)")] = "country",
            ) -> Response:
    return _read(request, reads.network, filters, limit, by=by)


@router.get("/map", summary="Events per place country, and places with coordinates")
def event_map(request: Request, filters: Filters) -> Response:
    return _read(request, reads.country_counts, filters)


@router.get("/stats", summary="What the store holds")
def stats(request: Request) -> Response:
    return _read(request, reads.store_stats)


MEDIA = {"plover": ("application/x-ndjson", "jsonl"), "icews": ("text/tab-separated-values", "tsv"),
         "gdelt": ("text/tab-separated-values", "tsv"), "csv": ("text/csv", "csv"),
         "parquet": ("application/vnd.apache.parquet", "parquet")}


@router.get("/export", summary="The filtered events in an export format, streamed as a download")
def export(request: Request, filters: Filters,
           format: Annotated[str, Query(description=", ".join(FORMATS))] = "csv",  # noqa: A002
           merged: bool = False) -> FileResponse:
    if format not in FORMATS:
        raise QueryError(f"format {format!r}: give one of {', '.join(FORMATS)}")
    media, suffix = MEDIA[format]
    folder = tempfile.TemporaryDirectory(prefix="dyads-serve-export-")
    out = Path(folder.name) / f"events.{suffix}"
    try:
        with request.app.state.access.cursor() as cursor:
            export_events(_CursorStore(cursor), format, out, filters, merged=merged)
    except BaseException:
        folder.cleanup()
        raise
    # the file is sent in chunks, then its folder removed
    return FileResponse(out, media_type=media, filename=f"dyads-events.{suffix}",
                        background=BackgroundTask(folder.cleanup))


class _CursorStore:
    """What `export_events` needs of a store: a connection it can take a cursor of."""

    def __init__(self, cursor) -> None:
        self.con = cursor


@router.post("/code", summary="Code a story given as text or HTML and return its record")
async def code_story(request: Request, store: bool = False) -> dict[str, Any]:
    settings = request.app.state.settings
    body = await request.body()
    if len(body) > settings.max_body_bytes:
        raise HTTPException(413, f"the story is {len(body):,} bytes; this server takes at most "
                                 f"{settings.max_body_bytes:,} (dyads serve --max-story-bytes)")
    if store and not settings.ingest:
        raise HTTPException(403, "this server is read-only: start it with --ingest FOLDER to store stories")
    fields = _posted_fields(request.headers.get("content-type", ""), body)
    return await code_posted_story(request.app, fields, store=store)


def _posted_fields(content_type: str, body: bytes) -> dict[str, Any]:
    """The story of a POST: JSON {text | html, title, published, publisher, url}, or the body as text."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise QueryError(f"the body is not UTF-8 (byte {error.start})") from error
    if "json" in content_type:
        try:
            fields = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            raise QueryError(f"the body is not valid JSON: {error}") from error
        if not isinstance(fields, dict):
            raise QueryError('the JSON body must be an object: {"text": "..."} or {"html": "..."}')
        return fields
    if "html" in content_type:
        return {"html": text}
    return {"text": text}
