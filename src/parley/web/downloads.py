"""Downloads of any filtered view: `/api/<view>.csv` or `.json` takes the same parameters as the
view's list (no paging: every matching row, up to MAX_ROWS) and answers a file.

CSV cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) are prefixed
with `'`: article text is untrusted.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from .. import cameo
from ..store import queries
from ..store.gdelt import web_url
from .api import document_summary
from .app import Conn
from .deps import FilterDep, StateDep
from .params import ACTOR_TYPE, COUNTRY, FORMAT, KIND, MAX_LIMIT, Sort, Text, reject_unknown_parameters
from .views import month_items, network_page_data, place_items

router = APIRouter(prefix="/api", tags=["downloads"], dependencies=[Depends(reject_unknown_parameters)])
MAX_ROWS = 100_000
Format = Annotated[str, Path(pattern=FORMAT, description="csv or json")]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def table_response(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, name: str) -> Response:
    rows = list(rows)
    headers = {"Content-Disposition": f'attachment; filename="parley-{name}.{fmt}"'}
    if fmt == "json":
        body = json.dumps(rows, ensure_ascii=False, indent=1)
        return Response(body, media_type="application/json", headers=headers)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def _all_pages(fetch: Callable[[int, int], queries.Page]) -> Iterator[Any]:
    offset = 0
    while offset < MAX_ROWS:
        page = fetch(MAX_LIMIT, offset)
        yield from page.items
        offset += MAX_LIMIT
        if offset >= page.total or not page.items:
            return


EVENT_COLUMNS = ["id", "date", "date_precision", "code", "code_name", "quad_class", "goldstein", "status", "label",
                 "actors", "location", "agreement", "articles", "documents", "urls"]


@router.get("/events.{fmt}")
def events_download(conn: Conn, flt: FilterDep, fmt: Format, sort: Sort = None) -> Response:
    """Every event of the filtered view (the filters of /api/events)."""
    from .pages import code_name

    events = list(_all_pages(lambda limit, offset: queries.events(conn, flt, limit, offset, sort or "date")))
    urls = dict(conn.execute("SELECT id, url FROM documents").fetchall())
    rows = []
    for e in events:
        docs = list(dict.fromkeys(m.document for m in e.mentions))
        row = e.to_json()
        row.update({"date": e.date.value if e.date else None, "date_precision": e.date.precision if e.date else None,
                    "code_name": code_name(e.code), "quad_class": cameo.quad_class(e.code),
                    "goldstein": cameo.goldstein(e.code), "articles": len(docs), "documents": docs,
                    "urls": [u for u in (web_url(urls.get(d)) for d in docs) if u]})
        rows.append(row)
    return table_response(rows, EVENT_COLUMNS, fmt, "events")


@router.get("/documents.{fmt}")
def documents_download(conn: Conn, fmt: Format, outlet: Text = None) -> Response:
    rows = [document_summary(d) for d in _all_pages(lambda limit, offset: queries.documents(conn, outlet, limit,
                                                                                            offset))]
    return table_response(rows, ["id", "title", "outlet", "published", "source", "url", "actors", "quotes", "events"],
                          fmt, "documents")


@router.get("/actors.{fmt}")
def actors_download(conn: Conn, state: StateDep, fmt: Format, name: Text = None,
                    country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
                    type: Annotated[str | None, Query(pattern=ACTOR_TYPE)] = None) -> Response:
    names = state.actor_names(name) if name else ()
    rows = [asdict(a) for a in _all_pages(lambda limit, offset: queries.actors(conn, name, country, type, limit,
                                                                               offset, names))]
    return table_response(rows, ["name", "type", "country", "roles", "documents", "events"], fmt, "actors")


@router.get("/quotes.{fmt}")
def quotes_download(conn: Conn, fmt: Format, speaker: Text = None,
                    document: Annotated[str | None, Query(max_length=2000)] = None) -> Response:
    rows = [asdict(q) for q in _all_pages(lambda limit, offset: queries.quotes(conn, speaker, document, limit,
                                                                               offset))]
    return table_response(rows, ["id", "document", "speaker", "text", "start", "end", "kind", "outlet", "published"],
                          fmt, "quotes")


@router.get("/search.{fmt}")
def search_download(conn: Conn, fmt: Format, q: Annotated[str, Query(min_length=1, max_length=200)]) -> Response:
    rows = [asdict(h) for h in _all_pages(lambda limit, offset: queries.search(conn, q, limit, offset))]
    for row in rows:  # the match markers are for pages; a file gets the plain snippet
        row["snippet"] = row["snippet"].replace(queries.MARK_OPEN, "").replace(queries.MARK_CLOSE, "")
    return table_response(rows, ["kind", "document", "title", "speaker", "snippet"], fmt, "search")


@router.get("/places.{fmt}")
def places_download(request: Request, conn: Conn, flt: FilterDep, fmt: Format) -> Response:
    rows = place_items(request, conn, flt)
    for row in rows:
        for q, n in row["by_quad"].items():
            row[f"quad{q}"] = n
    return table_response(rows, ["place", "full_name", "country", "lat", "lon", "events", "quad1", "quad2", "quad3",
                                 "quad4"], fmt, "places")


@router.get("/network.{fmt}")
def network_download(request: Request, conn: Conn, flt: FilterDep, fmt: Format,
                     kind: Annotated[str | None, Query(pattern=KIND)] = None) -> Response:
    rows = [asdict(p) for p in _all_pages(lambda limit, offset: network_page_data(request, conn, flt, kind or "all",
                                                                                  limit, offset))]
    return table_response(rows, ["a", "b", "events", "first", "last"], fmt, "network")


@router.get("/months.{fmt}")
def months_download(conn: Conn, flt: FilterDep, fmt: Format) -> Response:
    rows = month_items(queries.events_per_month(conn, flt))
    for row in rows:
        for q, n in row["by_quad"].items():
            row[f"quad{q}"] = n
    return table_response(rows, ["month", "events", "quad1", "quad2", "quad3", "quad4"], fmt, "months")
