"""Pages for people: timeline, event, document, actors, quote comparison, search.

Every list is paged (`limit`, `offset`), every filtered view can be downloaded as CSV or JSON
(`/api/<view>.csv|json` with the same parameters), and unknown parameters are a 422.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..resources import data_file
from .. import cameo
from ..store import queries
from ..store.gdelt import web_url
from .app import Conn
from .deps import FilterDep, StateDep, public_source
from .params import MAX_LIMIT, PagingDep, Sort, Text, reject_unknown_parameters

router = APIRouter(include_in_schema=False, dependencies=[Depends(reject_unknown_parameters)])
# the timeline's default page: long enough to read, short enough to load at once
TIMELINE_PAGE = 100


def code_name(code: str) -> str:
    names = data_file("cameo_names.toml")["names"]
    return names.get(code) or names.get(code[:3]) or names.get(code[:2]) or ""


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(template).render(request_path=request.url.path, params=dict(request.query_params),
                                             code_name=code_name, **context)
    return HTMLResponse(html)


def filter_context(request: Request, conn: sqlite3.Connection, flt: queries.EventFilter) -> dict[str, Any]:
    """What the shared filter form needs: the current filter and the choices."""
    gazetteer = request.app.state.corpus_view.gazetteer
    facets = queries.facets(conn)
    return {"flt": flt, "facets": facets, "countries": [(c, gazetteer.country_name(c)) for c in facets.countries],
            "quads": [(q, cameo.quad_name(q)) for q in cameo.QUAD_CLASSES]}


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request, conn: Conn, flt: FilterDep, sort: Sort = None,
             limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = TIMELINE_PAGE,
             offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> HTMLResponse:
    page = queries.events(conn, flt, limit, offset, sort or "date")
    held = [e for e in page.items if e.status != "planned"]
    planned = [e for e in page.items if e.status == "planned"]
    return render(request, "timeline.html", page=page, held=held, planned=planned, sort=sort or "date",
                  articles=queries.article_counts(conn, [e.id for e in page.items]), stats=queries.stats(conn),
                  **filter_context(request, conn, flt))


@router.get("/events/{event_id:path}", response_class=HTMLResponse)
def event_page(request: Request, conn: Conn, event_id: str) -> HTMLResponse:
    ev = queries.event(conn, event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in ev.mentions:
        spans[m.document].append((m.start, m.end))
    docs = queries.documents_by_id(conn, list(spans))
    place = request.app.state.corpus_view.gazetteer.locate(ev.location)
    return render(request, "event.html", event=ev, spans=spans, docs=docs, place=place,
                  missing=[d for d in spans if d not in docs], quad=cameo.quad_class(ev.code),
                  goldstein=cameo.goldstein(ev.code))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, conn: Conn, paging: PagingDep, outlet: Text = None) -> HTMLResponse:
    page = queries.documents(conn, outlet, paging.limit, paging.offset)
    return render(request, "documents.html", page=page, outlet=outlet or "", source_of=public_source)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, conn: Conn, doc_id: str) -> HTMLResponse:
    doc = queries.document(conn, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    evs = queries.events(conn, queries.EventFilter(document=doc.id), MAX_LIMIT, 0).items
    spans = [(m.start, m.end) for e in evs for m in e.mentions if m.document == doc.id]
    spans += [(q.span.start, q.span.end) for q in doc.quotes]
    return render(request, "document.html", doc=doc, events=evs, spans=spans, url=web_url(doc.url),
                  source=public_source(doc.source))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, conn: Conn, state: StateDep, paging: PagingDep, name: Text = None) -> HTMLResponse:
    names = state.actor_names(name) if name else ()
    page = queries.actors(conn, name, None, None, paging.limit, paging.offset, names)
    return render(request, "actors.html", page=page, name=name or "")


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(request: Request, conn: Conn, name: str) -> HTMLResponse:
    actor = queries.actor(conn, name)
    if actor is None:
        raise HTTPException(404, f"no actor named {name!r}")
    evs = queries.events(conn, queries.EventFilter(actor=name), TIMELINE_PAGE, 0)
    said = queries.quotes(conn, name, None, TIMELINE_PAGE, 0)
    return render(request, "actor.html", actor=actor, events=evs, quotes=said,
                  articles=queries.article_counts(conn, [e.id for e in evs.items]))


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, conn: Conn, state: StateDep, speaker: Text = None,
                limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
                offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> HTMLResponse:
    from .render import word_diff

    groups = state.variants_of(state.speaker_names(speaker) if speaker else None)
    shown = groups[offset : offset + limit]
    diffs = [[word_diff(g.printings[0].text, p.text) for p in g.printings] for g in shown]
    speakers = sorted({g.speaker for g in state.variants if g.speaker})
    return render(request, "quotes.html", groups=shown, diffs=diffs, total=len(groups), limit=limit, offset=offset,
                  speaker=speaker or "", speakers=speakers, state=state)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI from the vendored swagger-ui-dist: works with no network."""
    return HTMLResponse(request.app.state.templates.get_template("docs.html").render())


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, conn: Conn, paging: PagingDep,
                q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    page = queries.search(conn, q, paging.limit, paging.offset) if q.strip() else None
    return render(request, "search.html", q=q, page=page)
