"""The dashboard: server-rendered pages over the same reads as the API.

Events (a filter bar and a table, each sentence with its trigger, source and
target marked), a story (its text with actors, quotes and events marked, and the
record beside it), a dyad's months, who acts on whom, the map, and a form to
code a story. Pages work without JavaScript; templates escape everything.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from dyads.events.ontology import PLOVER_TYPES
from dyads.store.query import PERIODS, REALIS, QueryError
from dyads.web import reads
from dyads.web.api import MAX_PAGE, event_filter
from dyads.web.charts import QUAD_NAMES, dyad_chart, network_chart
from dyads.web.coding import code_posted_story
from dyads.web.geography import world_map
from dyads.web.marks import event_marks, marked_html, story_marks
from dyads.web.reads import Page

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("dyads.web") / "templates"))

FILTER_FIELDS = ("actor", "country", "country_as", "type", "quad", "realis", "since", "until", "words",
                 "min_confidence", "a", "b")
PAGE_ROWS = 50


def wants_html(request: Request) -> bool:
    """Whether an error should be a page (the dashboard) rather than JSON (the API)."""
    path = request.url.path
    return not (path.startswith(("/api", "/openapi", "/static", "/swagger")))


def error_page(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    """A page saying what went wrong, with the status code."""
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status, headers=headers)


def _chosen(request: Request) -> dict[str, str]:
    """The filter fields a page was given, empty ones dropped (a form sends them all)."""
    return {name: value.strip() for name in FILTER_FIELDS
            if (value := request.query_params.get(name)) and value.strip()}


def _filters_of(chosen: dict[str, str]):
    values: dict[str, Any] = dict(chosen)
    try:
        if "quad" in values:
            values["quad"] = int(values["quad"])
        if "min_confidence" in values:
            values["min_confidence"] = float(values["min_confidence"])
    except ValueError as error:
        raise QueryError(f"not a number: {error}") from error
    filters = event_filter(**values)
    filters.where()  # a filter that means nothing is an error before any query runs
    return filters


def _number(request: Request, name: str, default: int, most: int | None = None) -> int:
    text = request.query_params.get(name) or str(default)
    if not text.isdigit() or (most is not None and int(text) > most):
        raise QueryError(f"{name} {text!r}: give a whole number" + (f" up to {most}" if most else ""))
    return int(text)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/events", status_code=307)


@router.get("/events")
def events_page(request: Request) -> HTMLResponse:
    chosen = _chosen(request)
    filters = _filters_of(chosen)
    sort = request.query_params.get("sort") or "-day"
    page = Page(limit=_number(request, "limit", PAGE_ROWS, MAX_PAGE), offset=_number(request, "offset", 0), order=sort)
    with request.app.state.access.cursor() as cursor:
        found = reads.list_events(cursor, filters, page)
        arguments = reads.arguments_of(cursor, [item["event_id"] for item in found["items"]])
        reads.sentence_offsets(cursor, found["items"])
    for item in found["items"]:
        item["arguments"] = arguments.get(item["event_id"], [])
        item["marked"] = _sentence_html(item)
    return templates.TemplateResponse(request, "events.html", {
        "found": found, "chosen": chosen, "sort": sort, "types": PLOVER_TYPES, "realis": REALIS,
        "quads": QUAD_NAMES, "page_link": lambda offset: "/events?" + urlencode({**chosen, "sort": sort,
                                                                                  "offset": offset}),
        "sort_link": lambda order: "/events?" + urlencode({**chosen, "sort": order}),
        "export_link": lambda fmt: "/api/export?" + urlencode({**chosen, "format": fmt}),
    })


def _sentence_html(event: dict[str, Any]) -> Markup:
    sentence = event.get("sentence_text") or ""
    start = event.get("sentence_offset")
    if start is None:
        return Markup.escape(sentence)
    return marked_html(sentence, event_marks(event), offset=start)


@router.get("/stories/{story_id:path}")
def story_page(request: Request, story_id: str) -> HTMLResponse:
    with request.app.state.access.cursor() as cursor:
        record = reads.story_record(cursor, story_id)
    return _story_response(request, "story.html", record)


def _story_response(request: Request, template: str, record: dict[str, Any], **more: Any) -> HTMLResponse:
    marks, shaded = story_marks(record)
    text = record["article"]["text"]
    actors = {actor["actor_id"]: actor for actor in record["actors"]}
    for event in record["events"]:
        event["source_names"] = "; ".join(actors[a["actor"]]["name"] if a["actor"] in actors else a["text"]
                                          for a in event["source"])
        event["target_names"] = "; ".join(actors[a["actor"]]["name"] if a["actor"] in actors else a["text"]
                                          for a in event["target"])
    return templates.TemplateResponse(request, template, {
        "record": record, "marked": marked_html(text, marks, shaded),
        "record_json": json.dumps(record, indent=2, ensure_ascii=False, default=str), **more,
    })


@router.get("/dyad")
def dyad_page(request: Request) -> HTMLResponse:
    chosen = _chosen(request)
    a, b = chosen.pop("a", "IRN"), chosen.pop("b", "USA")
    by = request.query_params.get("by") or "month"
    filters = _filters_of(chosen)
    with request.app.state.access.cursor() as cursor:
        found = reads.dyad_series(cursor, a, b, filters, by=by)

    def link(period: str) -> str:
        since, until = period_days(period, by)
        return "/events?" + urlencode({**chosen, "a": a, "b": b, "since": since, "until": until})

    return templates.TemplateResponse(request, "dyad.html", {
        "found": found, "a": a.upper(), "b": b.upper(), "by": by, "periods": PERIODS, "chosen": chosen,
        "chart": dyad_chart(found["series"], link, by), "link": link, "quads": QUAD_NAMES,
    })


def period_days(period: str, by: str) -> tuple[str, str]:
    """The first and last day of a period as the dyad series names it (2020-03, 2020, 2020-03-02)."""
    from datetime import timedelta

    if by == "year":
        return f"{period}-01-01", f"{period}-12-31"
    if by == "month":
        year, month = (int(part) for part in period.split("-"))
        following = date(year + month // 12, month % 12 + 1, 1)
        return f"{period}-01", (following - timedelta(days=1)).isoformat()
    first = date.fromisoformat(period)
    return period, (first + timedelta(days=6 if by == "week" else 0)).isoformat()


@router.get("/actors")
def actors_page(request: Request) -> HTMLResponse:
    chosen = _chosen(request)
    filters = _filters_of(chosen)
    words = request.query_params.get("q") or None
    by = request.query_params.get("by") or "country"
    with request.app.state.access.cursor() as cursor:
        graph = reads.network(cursor, filters, limit=40, by=by)
        found = reads.find_actors(cursor, words, Page(limit=PAGE_ROWS))

    def link(source: str, target: str) -> str:
        side = "country" if by == "country" else "actor"
        return "/events?" + urlencode({**chosen, side: source, "country_as": "source", "a": source, "b": target})

    return templates.TemplateResponse(request, "actors.html", {
        "chart": network_chart(graph["nodes"], graph["edges"], link), "graph": graph, "found": found,
        "chosen": chosen, "q": words or "", "types": PLOVER_TYPES, "by": by,
    })


@router.get("/map")
def map_page(request: Request) -> HTMLResponse:
    chosen = _chosen(request)
    filters = _filters_of(chosen)
    with request.app.state.access.cursor() as cursor:
        counts = reads.country_counts(cursor, filters)
    return templates.TemplateResponse(request, "map.html", {
        "map": world_map(counts["countries"], counts["places"]), "counts": counts, "chosen": chosen,
        "types": PLOVER_TYPES,
    })


@router.get("/code")
def code_form(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "code.html", {"record": None, "fields": {}})


@router.post("/code")
async def code_submitted(request: Request) -> HTMLResponse:
    body = await request.body()
    form = {name: values[0] for name, values in parse_qs(body.decode("utf-8", "replace")).items()}
    fields = {name: form.get(name, "").strip() or None for name in ("text", "title", "published")}
    try:
        record = await code_posted_story(request.app, {k: v for k, v in fields.items() if v is not None})
    except QueryError as error:
        return templates.TemplateResponse(request, "code.html", {"record": None, "fields": fields,
                                                                  "problem": str(error)}, status_code=400)
    record = {**record, "status": "coded"}
    return _story_response(request, "code.html", record, fields=fields)
