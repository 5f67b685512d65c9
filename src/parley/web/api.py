"""JSON endpoints under /api. Lists are pages: `{items, total, limit, offset}`."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from ..store import queries
from .app import Conn
from .params import ACTOR_TYPE, COUNTRY, EventFilterDep, PagingDep, Text
from .quotegroups import group_quotes

router = APIRouter(prefix="/api", tags=["api"])


def _page(page: queries.Page, items: list[Any] | None = None) -> dict[str, Any]:
    return {"items": items if items is not None else [asdict(i) for i in page.items], "total": page.total,
            "limit": page.limit, "offset": page.offset}


@router.get("/stats")
def stats(conn: Conn) -> dict[str, int]:
    """Counts of what the database holds (one consistent snapshot)."""
    return asdict(queries.stats(conn))


@router.get("/documents")
def documents(conn: Conn, paging: PagingDep, outlet: Text = None) -> dict[str, Any]:
    """Documents, newest knowledge last: id, title, outlet, published, and counts."""
    return _page(queries.documents(conn, outlet, paging.limit, paging.offset))


@router.get("/documents/{doc_id:path}")
def document(conn: Conn, doc_id: str) -> dict[str, Any]:
    """One document with the fields of OUTPUT.md (text, body, actors, quotes)."""
    doc = queries.document(conn, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return doc.to_json()


@router.get("/events")
def events(conn: Conn, flt: EventFilterDep, paging: PagingDep) -> dict[str, Any]:
    """Events (OUTPUT.md), by date; filter by actor, country (of an actor), CAMEO code or prefix,
    status and date range (a coarse date matches when its month/year overlaps the range)."""
    page = queries.events(conn, flt, paging.limit, paging.offset)
    return _page(page, [e.to_json() for e in page.items])


@router.get("/events/{event_id:path}")
def event(conn: Conn, event_id: str) -> dict[str, Any]:
    ev = queries.event(conn, event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return ev.to_json()


@router.get("/actors")
def actors(conn: Conn, paging: PagingDep, name: Text = None,
           country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
           type: Annotated[str | None, Query(pattern=ACTOR_TYPE)] = None) -> dict[str, Any]:
    """Actors across documents (name contains `name`), with how many documents and events name them."""
    return _page(queries.actors(conn, name, country, type, paging.limit, paging.offset))


@router.get("/quotes")
def quotes(conn: Conn, paging: PagingDep, speaker: Text = None,
           document: Annotated[str | None, Query(max_length=2000)] = None) -> dict[str, Any]:
    """Quotes with their speaker and the document they are printed in."""
    return _page(queries.quotes(conn, speaker, document, paging.limit, paging.offset))


@router.get("/quotes/variants")
def quote_variants(conn: Conn, speaker: Text = None) -> dict[str, Any]:
    """The same statement as printed by several articles, grouped (first 2,000 quotes)."""
    rows = queries.quotes(conn, speaker, None, 2000, 0).items
    return {"items": [{"speaker": g.speaker, "variants": [asdict(v.quote) for v in g.variants]}
                      for g in group_quotes(rows)]}


@router.get("/search")
def search(conn: Conn, paging: PagingDep, q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
    """Full-text search over article bodies and quotes; every word must match. In each
    snippet the matched words lie between U+0002 and U+0003."""
    if not queries.fts_query(q):
        raise HTTPException(422, "q: give at least one word to search for")
    return _page(queries.search(conn, q, paging.limit, paging.offset))
