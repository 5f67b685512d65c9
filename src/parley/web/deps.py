"""Dependencies the API and the pages share: the corpus view and event filters with aliases resolved."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request

from ..store.gdelt import web_url
from ..store.queries import EventFilter
from .app import Conn
from .corpus_view import CorpusState
from .params import EventFilterDep, with_names


def corpus_state(request: Request, conn: Conn) -> CorpusState:
    return request.app.state.corpus_view.state(conn)


def resolved_filter(request: Request, conn: Conn, flt: EventFilterDep) -> EventFilter:
    """The filter with `actor` and `partner` standing for every name they match (aliases too)."""
    if not flt.actor and not flt.partner:
        return flt
    state = corpus_state(request, conn)
    return with_names(flt, state.resolve(flt.actor) if flt.actor else (),
                      state.resolve(flt.partner) if flt.partner else ())


StateDep = Annotated[CorpusState, Depends(corpus_state)]
FilterDep = Annotated[EventFilter, Depends(resolved_filter)]


def public_source(source: str | None) -> str:
    """Where a document was read from, as the public may see it: a URL, or a file's name
    (never the server's directories)."""
    if not source:
        return ""
    if web_url(source):
        return source
    if urlsplit(source).scheme and "://" in source:
        return ""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
