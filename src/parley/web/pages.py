"""Pages for people: timeline, event, actor, quote comparison, search, document."""
from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..model import Event
from ..resources import data_file
from ..store import queries
from .app import Conn
from .params import MAX_LIMIT, EventFilterDep, PagingDep, Text
from .quotegroups import group_quotes

router = APIRouter(include_in_schema=False)


def code_name(code: str) -> str:
    names = data_file("cameo_names.toml")["names"]
    return names.get(code) or names.get(code[:2]) or ""


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(template).render(request_path=request.url.path, code_name=code_name, **context)
    return HTMLResponse(html)


def _document_counts(events: list[Event]) -> dict[str, int]:
    return {e.id: len({m.document for m in e.mentions}) for e in events}


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request, conn: Conn, flt: EventFilterDep,
             limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 200) -> HTMLResponse:
    page = queries.events(conn, flt, limit, 0)
    held = [e for e in page.items if e.status != "planned"]
    planned = [e for e in page.items if e.status == "planned"]
    return render(request, "timeline.html", held=held, planned=planned, total=page.total, flt=flt,
                  facets=queries.facets(conn), articles=_document_counts(page.items), stats=queries.stats(conn))


@router.get("/events/{event_id:path}", response_class=HTMLResponse)
def event_page(request: Request, conn: Conn, event_id: str) -> HTMLResponse:
    ev = queries.event(conn, event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in ev.mentions:
        spans[m.document].append((m.start, m.end))
    docs = queries.documents_by_id(conn, list(spans))
    return render(request, "event.html", event=ev, spans=spans, docs=docs,
                  missing=[d for d in spans if d not in docs])


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, conn: Conn, doc_id: str) -> HTMLResponse:
    doc = queries.document(conn, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    evs = [e for e in queries.events(conn, queries.EventFilter(), MAX_LIMIT, 0).items
           if any(m.document == doc.id for m in e.mentions)]
    spans = [(m.start, m.end) for e in evs for m in e.mentions if m.document == doc.id]
    spans += [(q.span.start, q.span.end) for q in doc.quotes]
    return render(request, "document.html", doc=doc, events=evs, spans=spans)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, conn: Conn, paging: PagingDep, name: Text = None) -> HTMLResponse:
    page = queries.actors(conn, name, None, None, paging.limit, paging.offset)
    return render(request, "actors.html", page=page, name=name or "")


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(request: Request, conn: Conn, name: str) -> HTMLResponse:
    actor = queries.actor(conn, name)
    if actor is None:
        raise HTTPException(404, f"no actor named {name!r}")
    evs = queries.events(conn, queries.EventFilter(actor=name), MAX_LIMIT, 0).items
    said = queries.quotes(conn, name, None, MAX_LIMIT, 0)
    return render(request, "actor.html", actor=actor, events=evs, quotes=said,
                  articles=_document_counts(evs))


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, conn: Conn, speaker: Text = None) -> HTMLResponse:
    rows = queries.quotes(conn, speaker, None, 2000, 0).items
    speakers = [a.name for a in queries.actors(conn, limit=MAX_LIMIT).items]
    return render(request, "quotes.html", groups=group_quotes(rows), speaker=speaker or "", speakers=speakers)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, conn: Conn, paging: PagingDep,
                q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    page = queries.search(conn, q, paging.limit, paging.offset) if q.strip() else None
    return render(request, "search.html", q=q, page=page)
