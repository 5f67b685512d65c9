"""The analyst's views over the filtered events: a map of places, who meets whom, events per month.

The numbers come from `store.queries`; this module lays them out (a circle of parties, bars
per month) as plain coordinates the templates draw as SVG, every label escaped. The world map
is drawn in the browser from the vendored world-atlas geometry (`static/map.js`).
"""
from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from .. import cameo
from ..store import queries
from .app import Conn
from .deps import FilterDep
from .pages import filter_context, render
from .params import KIND, PagingDep, reject_unknown_parameters

router = APIRouter(include_in_schema=False, dependencies=[Depends(reject_unknown_parameters)])
# more months than this are drawn as one bar per year
MAX_MONTH_BARS = 240


def _by_quad(by_root: dict[str, int]) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for root, n in by_root.items():
        out[cameo.quad_class(root)] += n
    return {q: out.get(q, 0) for q in cameo.QUAD_CLASSES}


def place_items(request: Request, conn: sqlite3.Connection, flt: queries.EventFilter) -> list[dict[str, Any]]:
    gazetteer = request.app.state.corpus_view.gazetteer
    items = []
    for pc in queries.event_places(conn, flt):
        place = gazetteer.locate(pc.place)
        quads = _by_quad(pc.by_root)
        items.append({"place": pc.place, "events": pc.events, "by_quad": quads,
                      "quad": max(quads, key=lambda q: (quads[q], -q)),
                      "full_name": place.full_name if place else None, "country": place.iso3 if place else None,
                      "country_numeric": place.iso_numeric if place else None,
                      "lat": place.lat if place else None, "lon": place.lon if place else None})
    return items


def _states(request: Request, conn: sqlite3.Connection) -> tuple[str, ...]:
    gazetteer = request.app.state.corpus_view.gazetteer
    return tuple(n for n in queries.event_actor_names(conn) if gazetteer.state_code(n))


def network_page_data(request: Request, conn: sqlite3.Connection, flt: queries.EventFilter, kind: str, limit: int,
                      offset: int) -> queries.Page[queries.ActorPair]:
    states = _states(request, conn) if kind != "all" else ()
    if kind == "people":
        return queries.actor_pairs(conn, flt, exclude=states, limit=limit, offset=offset)
    if kind == "states":
        return queries.actor_pairs(conn, flt, only=states, limit=limit, offset=offset)
    return queries.actor_pairs(conn, flt, limit=limit, offset=offset)


def month_items(data: queries.Months) -> list[dict[str, Any]]:
    return [{"month": m.month, "events": m.events, "by_quad": _by_quad(m.by_root)} for m in data.months]


@dataclass
class Node:
    name: str
    x: float
    y: float
    r: float
    weight: int
    is_state: bool
    anchor: str = "start"
    lx: float = 0.0
    ly: float = 0.0


@dataclass
class Edge:
    a: Node
    b: Node
    events: int
    width: float


@dataclass
class NetworkLayout:
    width: int
    height: int
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def circle_layout(pairs: list[queries.ActorPair], states: set[str], width: int = 1000,
                  height: int = 660) -> NetworkLayout:
    """Parties on an ellipse (the most connected first, clockwise from the top), a line per pair
    as thick as their events are many, its count written at its middle."""
    weight: dict[str, int] = defaultdict(int)
    for p in pairs:
        weight[p.a] += p.events
        weight[p.b] += p.events
    names = sorted(weight, key=lambda n: (-weight[n], n))
    layout = NetworkLayout(width, height)
    if not names:
        return layout
    cx, cy, rx, ry, top = width / 2, height / 2, width / 2 - 190, height / 2 - 50, max(weight.values())
    nodes = {}
    for i, name in enumerate(names):
        angle = -math.pi / 2 + 2 * math.pi * i / len(names)
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        node = Node(name, round(x, 1), round(y, 1), round(4 + 10 * math.sqrt(weight[name] / top), 1), weight[name],
                    name in states)
        node.lx = round(cx + (rx + node.r + 6) * math.cos(angle), 1)
        node.ly = round(cy + (ry + node.r + 6) * math.sin(angle) + 4, 1)
        node.anchor = "start" if math.cos(angle) >= -1e-9 else "end"
        nodes[name] = node
    layout.nodes = list(nodes.values())
    most = max(p.events for p in pairs)
    layout.edges = [Edge(nodes[p.a], nodes[p.b], p.events, round(1 + 7 * p.events / most, 1)) for p in pairs]
    return layout


@dataclass
class Bar:
    month: str
    x: float
    width: float
    segments: list[tuple[int, float, float, int]]   # (quad, y, height, events)
    label: str | None


def month_bars(months: list[queries.MonthCount], width: int = 960, height: int = 220) -> tuple[list[Bar], int, str]:
    """Stacked bars by kind of event: one per month, or one per year when the months are too
    many to draw (more than MAX_MONTH_BARS); a label at each year (or each month when few)."""
    unit = "month"
    if len(months) > MAX_MONTH_BARS:
        unit = "year"
        years: dict[str, dict[str, int]] = {}
        for m in months:
            bucket = years.setdefault(m.month[:4], {})
            for root, n in m.by_root.items():
                bucket[root] = bucket.get(root, 0) + n
        months = [queries.MonthCount(y, r) for y, r in sorted(years.items())]
    if not months:
        return [], 0, unit
    top = max(m.events for m in months) or 1
    step = width / len(months)
    label_every = max(1, len(months) // 16)
    bars = []
    for i, m in enumerate(months):
        if unit == "month":
            label = m.month if len(months) <= 24 else (m.month[:4] if m.month.endswith("-01") or i == 0 else None)
        else:
            label = m.month if i % label_every == 0 else None
        if not m.events and label is None:
            continue
        quads = _by_quad(m.by_root)
        y, segments = float(height), []
        for q in cameo.QUAD_CLASSES:
            if quads[q]:
                h = height * quads[q] / top
                y -= h
                segments.append((q, round(y, 1), round(h, 1), quads[q]))
        bars.append(Bar(m.month, round(i * step, 1), round(max(step - 1, 1), 1), segments, label))
    return bars, top, unit


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, conn: Conn, flt: FilterDep) -> HTMLResponse:
    items = place_items(request, conn, flt)
    placed = [i for i in items if i["lat"] is not None]
    return render(request, "map.html", places=items, placed=placed, unplaced=[i for i in items if i["lat"] is None],
                  **filter_context(request, conn, flt))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, conn: Conn, flt: FilterDep, paging: PagingDep,
                 kind: Annotated[str | None, Query(pattern=KIND)] = None) -> HTMLResponse:
    kind = kind or "all"
    page = network_page_data(request, conn, flt, kind, paging.limit, paging.offset)
    drawn = network_page_data(request, conn, flt, kind, 40, 0).items  # the strongest ties, drawn
    layout = circle_layout(drawn, set(_states(request, conn)))
    return render(request, "network.html", page=page, layout=layout, kind=kind, **filter_context(request, conn, flt))


@router.get("/months", response_class=HTMLResponse)
def months_page(request: Request, conn: Conn, flt: FilterDep) -> HTMLResponse:
    data = queries.events_per_month(conn, flt)
    bars, top, unit = month_bars(data.months)
    return render(request, "months.html", data=data, bars=bars, top=top, unit=unit, items=month_items(data),
                  **filter_context(request, conn, flt))
