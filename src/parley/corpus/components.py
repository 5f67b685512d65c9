"""Linking split into independent parts: units that share no block never meet.

Every linking decision reads units through a shared key: anchors of one day group, a block an
anchor is found in and a unit looks in, the exact key units alike share. The connected parts of
that sharing (components) can therefore be linked apart, anywhere, in any order, and give the
record linking everything at once gives: this is how the Ray engine runs linking as a group-by
(`engine/ray_linking.py`).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Event
from .dating import news_dates
from .index import memory_index
from .units import LinkUnit


def _keys(unit: LinkUnit) -> list[str]:
    if unit.anchor:
        return [f"g:{unit.group}", *(f"b:{b}" for b in unit.index_blocks())]
    out = [f"b:{b}" for b in unit.query_blocks()]
    key = unit.selfkey()
    if key:
        out.append(f"s:{key}")
    return out


def components(units: Iterable[LinkUnit]) -> dict[str, str]:
    """Unit id -> the id of its component (a digest of the component's smallest unit id)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    ids = []
    for u in units:
        node = f"u:{u.id}"
        parent.setdefault(node, node)
        ids.append(u.id)
        for key in _keys(u):
            parent.setdefault(key, key)
            union(node, key)
    members: dict[str, str] = {}
    for uid in ids:
        root = find(f"u:{uid}")
        members[uid] = root
    smallest: dict[str, str] = {}
    for uid, root in members.items():
        if root not in smallest or uid < smallest[root]:
            smallest[root] = uid
    return {uid: hashlib.sha1(smallest[root].encode("utf-8", "surrogatepass")).hexdigest()[:16]
            for uid, root in members.items()}


@dataclass
class ComponentResult:
    events: list[Event] = field(default_factory=list)
    # unit id -> the day or month of the anchor cluster it joined, for units of news the article
    # does not date by itself (`dating.news_dates`: the article may take it)
    news_days: dict[str, str] = field(default_factory=dict)


def link_component(units: list[LinkUnit]) -> ComponentResult:
    """Link one component's units on their own (an in-memory index), as the whole corpus would."""
    index = memory_index()
    relinked = index.relink([], sorted(units, key=lambda u: u.id))
    by_id = {u.id: u for u in units}
    return ComponentResult(events=index.events(), news_days=news_dates(relinked.attached, by_id.get, index))
