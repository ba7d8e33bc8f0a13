"""The web application: the JSON API, the dashboard pages, their assets and their safety.

`create_app` builds a FastAPI app over one store. Story text is written by
whoever wrote the story, so every page escapes it (Jinja2 autoescape), scripts
come only from the app itself under a strict Content-Security-Policy, requests
and pages are bounded in size, and nothing writes unless the server was started
with --ingest. Assets (the dashboard's script and style, Swagger UI) are files of
installed packages: nothing is fetched from the network.
"""

from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyads.store.db import StoreBusy, StoreError
from dyads.store.query import QueryError
from dyads.web import api, pages
from dyads.web.access import StoreAccess
from dyads.web.answers import AnswerCache
from dyads.web.coding import FolderWatcher, SharedCoder
from dyads.web.reads import NotFound

# Only the app's own scripts, styles and images; no inline script, no framing.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI starts itself with one inline script; /docs shows only the API's own schema.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")


@dataclass
class ServeSettings:
    """How `dyads serve` runs."""

    db: Path
    ingest: Path | None = None           # a folder to watch and code into the store (the server writes)
    max_body_bytes: int = 2_000_000      # a posted story larger than this is refused (413)
    retry_seconds: float = 2.0           # how often a busy store is tried again
    watch_seconds: float = 5.0           # how often the --ingest folder is looked at
    min_confidence: float | None = None  # the coder's threshold for posted and ingested stories
    cache_bytes: int = 64_000_000        # answers kept while the store cannot change (0: none)


SETTINGS_VARIABLE = "DYADS_SERVE_SETTINGS"


def settings_to_environment(settings: ServeSettings) -> str:
    """The settings as the text worker processes read from their environment."""
    values = {**settings.__dict__, "db": str(settings.db),
              "ingest": None if settings.ingest is None else str(settings.ingest)}
    return json.dumps(values)


def app_from_environment() -> FastAPI:
    """The app of a worker process started by `dyads serve --workers N` (uvicorn's factory)."""
    values = json.loads(os.environ[SETTINGS_VARIABLE])
    values["db"] = Path(values["db"])
    values["ingest"] = None if values["ingest"] is None else Path(values["ingest"])
    return create_app(ServeSettings(**values))


def create_app(settings: ServeSettings) -> FastAPI:
    """The app serving `settings.db`: API under /api, dashboard pages, docs at /docs."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        watcher = FolderWatcher(app, settings.ingest, settings.watch_seconds) if settings.ingest else None
        app.state.watcher = watcher
        if watcher:
            watcher.start()
        try:
            yield
        finally:
            if watcher:
                watcher.close()
            app.state.access.close()

    app = FastAPI(
        title="dyads", description="Political event data coded from news: events, stories, actors, dyads.",
        version=_version(), docs_url=None, redoc_url=None, lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.access = StoreAccess(settings.db, writable=settings.ingest is not None,
                                   retry_seconds=settings.retry_seconds)
    app.state.coder = SharedCoder(settings.min_confidence)
    app.state.answers = AnswerCache(settings.cache_bytes) if settings.cache_bytes > 0 else None
    app.state.watcher = None
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(resources.files("dyads.web") / "static")), name="static")
    app.mount("/swagger", StaticFiles(directory=str(resources.files("fastapi_offline") / "static")),
              name="swagger")
    _add_docs(app)
    _add_errors(app)
    _add_headers(app, settings)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dyads")
    except PackageNotFoundError:
        return "dev"


def _add_docs(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json", title="dyads API",
            swagger_js_url="/swagger/swagger-ui-bundle.js", swagger_css_url="/swagger/swagger-ui.css",
            swagger_favicon_url="/swagger/favicon.png",
        )
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page


def _error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers or None)


def _add_errors(app: FastAPI) -> None:
    """Every error is JSON with a message a person can act on (pages render their own)."""

    @app.exception_handler(QueryError)
    async def bad_filter(request: Request, error: QueryError):
        return pages.error_page(request, 400, str(error)) if pages.wants_html(request) else _error(400, str(error))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, error: RequestValidationError):
        message = "; ".join(_validation_text(item) for item in error.errors())
        return pages.error_page(request, 400, message) if pages.wants_html(request) else _error(400, message)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound):
        return pages.error_page(request, 404, str(error)) if pages.wants_html(request) else _error(404, str(error))

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, error: StoreBusy):
        message = f"{error} — the server tries again every {app.state.settings.retry_seconds:g} s"
        retry = str(max(1, round(app.state.settings.retry_seconds)))
        if pages.wants_html(request):
            return pages.error_page(request, 503, message, {"Retry-After": retry})
        return _error(503, message, **{"Retry-After": retry})

    @app.exception_handler(StoreError)
    async def broken(request: Request, error: StoreError):
        return _error(500, str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        message = str(error.detail) if error.status_code != 404 or error.detail != "Not Found" \
            else f"nothing at {request.url.path}"
        if pages.wants_html(request):
            return pages.error_page(request, error.status_code, message)
        return _error(error.status_code, message)


def _validation_text(item: dict) -> str:
    where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "path", "body"))
    return f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg", "invalid"))


def _add_headers(app: FastAPI, settings: ServeSettings) -> None:
    app.add_middleware(Guard, max_body_bytes=settings.max_body_bytes)


class Guard:
    """Refuses bodies over the limit (413) and sets the security headers on every answer.

    A plain ASGI middleware: Starlette's BaseHTTPMiddleware costs more per request
    than a cached answer does.
    """

    def __init__(self, app, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or ())
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_body_bytes:
            refusal = _error(413, f"the request is {int(length):,} bytes; this server takes at most "
                                  f"{self.max_body_bytes:,}")
            await refusal(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
