"""The web application: JSON API under /api, pages for people, OpenAPI at /docs.

`create_app(db_path)` builds it; nothing is global. Each request reads the database through
its own read-only connection inside one read transaction (a consistent snapshot while
`parley ingest` writes, thanks to WAL).
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import StoreError
from ..store import connect, snapshot
from .render import make_environment

STATIC = Path(__file__).parent / "static"
# pages may load only this server's own style sheet; no script runs, whatever the text holds
CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'"
_TRAVERSAL = re.compile(r"(^|[/\\])\.\.($|[/\\])")


def traversal_in(value: str) -> bool:
    """True for `..` as a path segment (also percent-encoded twice) or a NUL byte."""
    for candidate in (value, unquote(value)):
        if "\x00" in candidate or _TRAVERSAL.search(candidate):
            return True
    return False


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    conn = connect(request.app.state.db_path, create=False, readonly=True)
    try:
        with snapshot(conn):
            yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    html = request.app.state.templates.get_template("error.html").render(status=status, message=message)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": CSP})


def _validation_message(err: RequestValidationError) -> str:
    from .params import PATTERN_HINTS

    parts = []
    for e in err.errors():
        where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
        hint = PATTERN_HINTS.get(str((e.get("ctx") or {}).get("pattern", "")))
        parts.append(f"{where}: {hint or e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(db_path: str | Path) -> FastAPI:
    from . import api, pages

    app = FastAPI(title="parley", description="The event record of diplomacy news: documents, events, actors, "
                  "quotes and full-text search.", version="1")
    app.state.db_path = str(db_path)
    app.state.templates = make_environment()

    @app.middleware("http")
    async def guard(request: Request, call_next):
        raw = request.scope.get("raw_path", b"").decode("latin-1")
        values = [request.url.path, raw, *request.query_params.values(), *request.query_params.keys()]
        if any(traversal_in(v) for v in values):
            return error_response(request, 400, "path traversal refused")
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if response.headers.get("content-type", "").startswith("text/html") and not request.url.path.startswith(
                ("/docs", "/redoc")):
            response.headers["Content-Security-Policy"] = CSP
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        return error_response(request, 422, _validation_message(err))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        return error_response(request, err.status_code, str(err.detail))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, err: StoreError):
        return error_response(request, 503, err.line())

    @app.exception_handler(sqlite3.OperationalError)
    async def busy(request: Request, err: sqlite3.OperationalError):
        return error_response(request, 503, f"database busy, try again ({err})")

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
