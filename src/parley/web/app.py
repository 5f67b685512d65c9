"""The web application: JSON API under /api, pages for people, OpenAPI at /docs (offline).

`create_app(db_path)` builds it; nothing is global. Each request reads the database through
its own read-only connection inside one read transaction (a consistent snapshot while
`parley ingest` writes, thanks to WAL). Host headers other than the bound address are refused
(DNS rebinding), pages cannot be framed, and pages run only this server's own scripts.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import StoreError
from ..store import connect, snapshot
from .corpus_view import CorpusView
from .render import make_environment

STATIC = Path(__file__).parent / "static"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
# a library caller's default: loopback, and the name Starlette's TestClient sends; `parley serve`
# passes exactly the address it is bound to
DEFAULT_HOSTS = (*LOOPBACK_HOSTS, "testserver")
# pages load only this server's style sheet and scripts; no inline script runs, whatever the text
# holds, and no other site may frame them
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI sets inline styles and uses data: images
DOCS_CSP = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; "
            "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
API_CSP = "default-src 'none'; frame-ancestors 'none'"
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
    return HTMLResponse(html, status_code=status)


def _validation_message(err: RequestValidationError) -> str:
    from .params import PATTERN_HINTS

    parts = []
    for e in err.errors():
        where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
        hint = PATTERN_HINTS.get(str((e.get("ctx") or {}).get("pattern", "")))
        message = str(e.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{where}: {hint or message}")
    return "; ".join(parts) or "invalid request"


def _security_headers(request: Request, response: Response) -> None:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    kind = response.headers.get("content-type", "")
    if request.url.path == "/docs":
        response.headers["Content-Security-Policy"] = DOCS_CSP
    elif kind.startswith("text/html"):
        response.headers["Content-Security-Policy"] = CSP
    else:
        response.headers.setdefault("Content-Security-Policy", API_CSP)


def create_app(db_path: str | Path, allowed_hosts: Iterable[str] = DEFAULT_HOSTS) -> FastAPI:
    """The app over one database. `allowed_hosts`: the Host header values it answers
    (the address it is bound to); any other is a 400."""
    from . import api, downloads, pages, views

    view = CorpusView(str(db_path))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        view.warm()  # aliases and quote variants ready before the first page asks
        yield

    app = FastAPI(title="parley", description="The event record of diplomacy news: documents, events, actors, "
                  "quotes and full-text search. Every list is a page (`limit`, `offset`); unknown parameters "
                  "are refused.", version="1", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.db_path = str(db_path)
    app.state.templates = make_environment()
    app.state.corpus_view = view

    @app.middleware("http")
    async def guard(request: Request, call_next):
        raw = request.scope.get("raw_path", b"").decode("latin-1")
        values = [request.url.path, raw, *request.query_params.values(), *request.query_params.keys()]
        if any(traversal_in(v) for v in values):
            response = error_response(request, 400, "path traversal refused")
        else:
            response = await call_next(request)
        _security_headers(request, response)
        return response

    # outermost: a request for another host name never reaches the app (DNS rebinding)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

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

    app.include_router(downloads.router)
    app.include_router(api.router)
    app.include_router(views.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
