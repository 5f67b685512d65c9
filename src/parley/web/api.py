"""JSON endpoints under /api. Lists are pages: `{items, total, limit, offset}`; every list takes
`limit` (1-500) and `offset`, and refuses parameters it does not know (422)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ..store import queries
from ..store.gdelt import web_url
from .app import Conn
from .deps import FilterDep, StateDep, public_source
from .params import ACTOR_TYPE, COUNTRY, KIND, PagingDep, Sort, Text, reject_unknown_parameters
from .views import network_page_data, place_items

router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(reject_unknown_parameters)])


def _page(page: queries.Page, items: list[Any] | None = None) -> dict[str, Any]:
    return {"items": items if items is not None else [asdict(i) for i in page.items], "total": page.total,
            "limit": page.limit, "offset": page.offset}


def document_summary(d: queries.DocumentSummary) -> dict[str, Any]:
    out = asdict(d)
    out["source"], out["url"] = public_source(d.source), web_url(d.url)
    return out


@router.get("/stats")
def stats(conn: Conn) -> dict[str, int]:
    """Counts of what the database holds (one consistent snapshot)."""
    return asdict(queries.stats(conn))


@router.get("/documents")
def documents(conn: Conn, paging: PagingDep, outlet: Text = None) -> dict[str, Any]:
    """Documents: id, title, outlet, published, source (a URL or a file's name), url, and counts."""
    page = queries.documents(conn, outlet, paging.limit, paging.offset)
    return _page(page, [document_summary(d) for d in page.items])


@router.get("/documents/{doc_id:path}")
def document(conn: Conn, doc_id: str) -> dict[str, Any]:
    """One document with the fields of OUTPUT.md (text, body, actors, quotes); `source` is a URL or
    the file's name, never a path on the server."""
    doc = queries.document(conn, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    out = doc.to_json()
    out["source"], out["url"] = public_source(doc.source), web_url(doc.url)
    return out


@router.get("/events")
def events(conn: Conn, flt: FilterDep, paging: PagingDep, sort: Sort = None) -> dict[str, Any]:
    """Events (OUTPUT.md). Filters: `actor` and `partner` (any name or alias a party goes by),
    `country` (a party of that state), CAMEO `code` or prefix, `quad` (QuadClass 1-4), `status`,
    `place`, and a date range (a coarse date matches when its month or year overlaps the range).
    `sort`: date (default), -date, reports."""
    page = queries.events(conn, flt, paging.limit, paging.offset, sort or "date")
    return _page(page, [e.to_json() for e in page.items])


@router.get("/events/{event_id:path}")
def event(conn: Conn, event_id: str) -> dict[str, Any]:
    ev = queries.event(conn, event_id)
    if ev is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return ev.to_json()


@router.get("/actors")
def actors(conn: Conn, state: StateDep, paging: PagingDep,
           name: Annotated[str | None, Query(max_length=200, description="part of a name or of any alias an "
                                             "article used (\"Lavrov\", \"Russian Foreign Minister\")")] = None,
           country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
           type: Annotated[str | None, Query(pattern=ACTOR_TYPE)] = None) -> dict[str, Any]:
    """Actors across documents, with how many documents and events name them."""
    names = state.actor_names(name) if name else ()
    return _page(queries.actors(conn, name, country, type, paging.limit, paging.offset, names))


@router.get("/quotes")
def quotes(conn: Conn, paging: PagingDep, speaker: Text = None,
           document: Annotated[str | None, Query(max_length=2000)] = None) -> dict[str, Any]:
    """Quotes with their speaker and the document they are printed in."""
    return _page(queries.quotes(conn, speaker, document, paging.limit, paging.offset))


@router.get("/quotes/variants")
def quote_variants(state: StateDep, paging: PagingDep, speaker: Text = None) -> dict[str, Any]:
    """The same statement as several articles printed it (parley.corpus.find_quote_variants),
    most widely printed first; `speaker` by any name or alias. `pending`: true for the first
    moments after the server starts, while the comparison is being prepared (no items yet)."""
    groups = state.variants_of(state.speaker_names(speaker) if speaker else None)
    items = [{"speaker": g.speaker, "similarity": g.similarity, "documents": g.documents,
              "variants": [asdict(p) for p in g.printings]}
             for g in groups[paging.offset : paging.offset + paging.limit]]
    return {"items": items, "total": len(groups), "limit": paging.limit, "offset": paging.offset,
            "pending": state.pending}


@router.get("/search")
def search(conn: Conn, paging: PagingDep, q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
    """Full-text search over article bodies and quotes; every word must match. In each
    snippet the matched words lie between U+0002 and U+0003."""
    if not queries.fts_query(q):
        raise HTTPException(422, "q: give at least one word to search for")
    return _page(queries.search(conn, q, paging.limit, paging.offset))


@router.get("/places")
def places(request: Request, conn: Conn, flt: FilterDep, paging: PagingDep) -> dict[str, Any]:
    """Where the filtered events took place: each place with its coordinates (GeoNames, or a
    country's centroid), how many events, and how many of each QuadClass."""
    items = place_items(request, conn, flt)
    return {"items": items[paging.offset : paging.offset + paging.limit], "total": len(items),
            "limit": paging.limit, "offset": paging.offset}


@router.get("/network")
def network(request: Request, conn: Conn, flt: FilterDep, paging: PagingDep,
            kind: Annotated[str | None, Query(pattern=KIND, description="all, people or states")] = None
            ) -> dict[str, Any]:
    """Who takes part in events with whom: pairs of parties of one event, with how many events."""
    page = network_page_data(request, conn, flt, kind or "all", paging.limit, paging.offset)
    return _page(page)


@router.get("/months")
def months(conn: Conn, flt: FilterDep, paging: PagingDep) -> dict[str, Any]:
    """Events per month (every month from the first to the last, oldest first), by QuadClass;
    events dated only to a year and undated events are counted apart."""
    from .views import month_items

    data = queries.events_per_month(conn, flt)
    items = month_items(data)
    return {"items": items[paging.offset : paging.offset + paging.limit], "total": len(items),
            "limit": paging.limit, "offset": paging.offset, "year_only": data.year_only, "undated": data.undated}
