"""The link index: units, their blocks and the cluster each belongs to, in SQLite tables.

The same tables serve every caller: an in-memory database for `link_corpus`, a spool file for
`parley extract` (so memory stays flat however many articles) and the store itself for
`parley ingest` (so a new article is linked against what is stored, and only the clusters its
blocks reach are touched). `LinkIndex.relink` applies units removed and added and returns the
clusters whose members changed; nothing else is read or written.
"""
from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..model import Event
from ..dates import shift_days
from ..events.settle import NEWS_WINDOW_DAYS
from ..events.lexicon import media_differ
from ..events.places import country_of_place
from .linking import (ClusterView, choose, event_order, finalize, group_anchors, join_earlier_news,
                      join_kept_plans, keep)
from .units import ARRIVAL_LEAD_DAYS, LinkUnit

# a unit whose blocks reach more anchor clusters than this is ambiguous by any reading
MAX_CANDIDATES = 64
# parsed units and anchor clusters kept between queries of one relink (bounded: memory must not
# grow with the corpus)
CACHE_UNITS = 3_000
CACHE_VIEWS = 2_000
_CHUNK = 500
# day group -> cluster -> its anchors of that day
OwnDay = dict[str, dict[str, list[LinkUnit]]]

SCHEMA = """
CREATE TABLE IF NOT EXISTS link_units (
    id       TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    grp      TEXT,                 -- anchors: code root and day, the group they link within
    selfkey  TEXT,                 -- other units: what a unit exactly like it shares
    cluster  TEXT NOT NULL,
    attached INTEGER NOT NULL DEFAULT 0,
    data     TEXT NOT NULL         -- LinkUnit.to_dict(), as JSON
);
CREATE INDEX IF NOT EXISTS link_units_document ON link_units(document);
CREATE INDEX IF NOT EXISTS link_units_grp ON link_units(grp);
CREATE INDEX IF NOT EXISTS link_units_selfkey ON link_units(selfkey);
CREATE INDEX IF NOT EXISTS link_units_cluster ON link_units(cluster);
CREATE TABLE IF NOT EXISTS link_blocks (
    block  TEXT NOT NULL,
    unit   TEXT NOT NULL,
    anchor INTEGER NOT NULL        -- 1: where an anchor is found; 0: where a unit looks
);
CREATE INDEX IF NOT EXISTS link_blocks_block ON link_blocks(block, anchor);
CREATE INDEX IF NOT EXISTS link_blocks_unit ON link_blocks(unit);
"""


def statements(sql: str) -> list[str]:
    """Split SQL into statements (executescript would commit on its own)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def create_tables(conn: sqlite3.Connection) -> None:
    for statement in statements(SCHEMA):
        conn.execute(statement)


def _chunks(items: list[str], size: int = _CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@dataclass
class Relinked:
    """What one relink changed: clusters whose members changed (gone ones included), and the
    units that joined an anchor cluster (the ones that may date their article)."""

    clusters: set[str] = field(default_factory=set)
    attached: dict[str, str] = field(default_factory=dict)


@dataclass
class Pending:
    """What staged changes leave to decide."""

    groups: set[str] = field(default_factory=set)
    selfkeys: set[str] = field(default_factory=set)
    evaluate: set[str] = field(default_factory=set)
    out: Relinked = field(default_factory=Relinked)


class LinkIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # least recently used last out
        self._units: OrderedDict[str, LinkUnit] = OrderedDict()

    # ---- reading ----------------------------------------------------------------------------
    def load(self, ids: Iterable[str]) -> dict[str, LinkUnit]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, LinkUnit] = {}
        want = []
        for i in ids:
            if i in self._units:
                self._units.move_to_end(i)
                out[i] = self._units[i]
            else:
                want.append(i)
        for chunk in _chunks(want):
            marks = ",".join("?" * len(chunk))
            for uid, data in self.conn.execute(f"SELECT id, data FROM link_units WHERE id IN ({marks})", chunk):
                out[uid] = self._units[uid] = LinkUnit.from_dict(json.loads(data))
        while len(self._units) > CACHE_UNITS:
            self._units.popitem(last=False)
        return {i: out[i] for i in ids if i in out}

    def units_of_document(self, doc_id: str) -> list[LinkUnit]:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM link_units WHERE document = ? ORDER BY id", (doc_id,))]
        return list(self.load(ids).values())

    def cluster_of(self, unit_id: str) -> tuple[str, int] | None:
        row = self.conn.execute("SELECT cluster, attached FROM link_units WHERE id = ?", (unit_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def members(self, cluster_id: str) -> list[LinkUnit]:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM link_units WHERE cluster = ? ORDER BY id",
                                               (cluster_id,))]
        return list(self.load(ids).values())

    def anchor_view(self, cluster_id: str, views: dict[str, ClusterView]) -> ClusterView | None:
        if cluster_id in views:
            if isinstance(views, OrderedDict):
                views.move_to_end(cluster_id)
            return views[cluster_id]
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM link_units WHERE cluster = ? AND grp IS NOT NULL ORDER BY id", (cluster_id,))]
        anchors = list(self.load(ids).values())
        views[cluster_id] = ClusterView(cluster_id, anchors) if anchors else None  # type: ignore[assignment]
        while len(views) > CACHE_VIEWS:
            views.pop(next(iter(views)))
        return views[cluster_id]

    # ---- writing ----------------------------------------------------------------------------
    def _insert(self, units: list[LinkUnit]) -> None:
        self.conn.executemany(
            "INSERT INTO link_units (id, document, grp, selfkey, cluster, attached, data) VALUES (?,?,?,?,?,0,?)",
            [(u.id, u.document, u.group, u.selfkey(), u.id, json.dumps(u.to_dict(), ensure_ascii=False))
             for u in units])
        self.conn.executemany("INSERT INTO link_blocks (block, unit, anchor) VALUES (?,?,?)",
                              [(b, u.id, 1) for u in units for b in u.index_blocks()] +
                              [(b, u.id, 0) for u in units for b in u.query_blocks()])
        for u in units:
            self._units[u.id] = u
        while len(self._units) > CACHE_UNITS:
            self._units.popitem(last=False)

    def _delete(self, units: list[LinkUnit]) -> None:
        ids = [u.id for u in units]
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            self.conn.execute(f"DELETE FROM link_blocks WHERE unit IN ({marks})", chunk)
            self.conn.execute(f"DELETE FROM link_units WHERE id IN ({marks})", chunk)
        for i in ids:
            self._units.pop(i, None)

    def _set(self, unit_id: str, cluster: str, attached: int) -> None:
        self.conn.execute("UPDATE link_units SET cluster = ?, attached = ? WHERE id = ?", (cluster, attached, unit_id))

    # ---- linking ----------------------------------------------------------------------------
    def relink(self, removed: list[LinkUnit], added: list[LinkUnit]) -> Relinked:
        """Take `removed` out and put `added` in; re-decide only what their blocks reach."""
        pending = Pending()
        self.stage(pending, removed, added)
        return self.decide(pending)

    def stage(self, pending: "Pending", removed: list[LinkUnit], added: list[LinkUnit]) -> None:
        """Take units out and put units in, noting what must be decided again; call as often as
        needed (a chunk of articles at a time keeps memory flat), then `decide` once."""
        out = pending.out
        for u in removed:
            state = self.cluster_of(u.id)
            if state is not None:
                out.clusters.add(state[0])
            if u.anchor:
                pending.groups.add(u.group or "")
                pending.evaluate |= self._lookers(u.index_blocks())
            elif u.selfkey():
                pending.selfkeys.add(u.selfkey() or "")
        self._delete(removed)
        self._insert(added)
        for u in added:
            if u.anchor:
                pending.groups.add(u.group or "")
            else:
                pending.evaluate.add(u.id)
                out.clusters.add(u.id)

    def _lookers(self, blocks: Iterable[str]) -> set[str]:
        """Units that are no anchors and look in any of `blocks`."""
        found: set[str] = set()
        for chunk in _chunks(sorted(set(blocks))):
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT unit FROM link_blocks WHERE anchor = 0 AND block IN ({marks})", chunk))
        return found

    def decide(self, pending: "Pending") -> Relinked:
        out, selfkeys, evaluate = pending.out, pending.selfkeys, pending.evaluate
        # a day's clusters may take in the undated news of the days after it: those decide again;
        # so do the plans of the days before a day's talks, which may join them
        groups = sorted({later for g in pending.groups for later in _day_groups_after(g)} |
                        {before for g in pending.groups for before in _plan_groups_before(g)})
        # 1. anchors of each touched day group link among themselves; the units looking in their
        # blocks decide again
        own_day: OwnDay = {}
        for g in groups:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM link_units WHERE grp = ?", (g,))]
            anchors = self.load(ids)
            old = {r[0]: r[1] for chunk in _chunks(ids) for r in self.conn.execute(
                f"SELECT id, cluster FROM link_units WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
            new = group_anchors(list(anchors.values()))
            own_day[g] = {}
            for uid, cluster in sorted(new.items()):
                own_day[g].setdefault(cluster, []).append(anchors[uid])
                out.clusters.update((old.get(uid, uid), cluster))
                if old.get(uid) != cluster:
                    self._set(uid, cluster, 0)
            evaluate |= self._lookers(b for a in anchors.values() for b in a.index_blocks())
        # 1b. a day's clusters that no words date join the one cluster words date just before
        for g in groups:
            self._join_earlier_news(g, own_day, out, evaluate)
        # 1c. a day's plans of a visit join the one cluster of its talks a day or two later
        for g in groups:
            self._join_kept_plans(g, own_day, out, evaluate)
        # 2. each of those units joins the one anchor cluster that fits it, or none
        views: OrderedDict[str, ClusterView] = OrderedDict()
        for uid in sorted(evaluate):
            unit = self.load([uid]).get(uid)
            if unit is None:
                continue
            old_state = self.cluster_of(uid)
            chosen = self._choose(unit, views)
            if chosen is not None:
                out.attached[uid] = chosen
            if old_state is not None and old_state == (chosen, 1):
                continue
            if old_state is not None:
                out.clusters.add(old_state[0])
                if not old_state[1] and unit.selfkey():
                    selfkeys.add(unit.selfkey() or "")
            if chosen is not None:
                self._set(uid, chosen, 1)
                out.clusters.add(chosen)
            else:
                self._set(uid, uid, 0)
                out.clusters.add(uid)
                if unit.selfkey():
                    selfkeys.add(unit.selfkey() or "")
        # 3. units that joined no anchor are one event with the units exactly like them
        # (one article's two units alike are two events it told apart: "to meet Sullivan and speak
        # with Biden"; each joins the first event that has no unit of its article)
        for key in sorted(selfkeys):
            rows = list(self.conn.execute(
                "SELECT id, cluster, document FROM link_units WHERE selfkey = ? AND attached = 0 AND grp IS NULL "
                "ORDER BY id", (key,)))
            # (event's first unit, the articles it has, its codes: a call is never a visit)
            homes: list[tuple[str, set[str], set[str]]] = []
            # (one row needs no codes: it is an event of its own)
            units = self.load(r[0] for r in rows) if len(rows) > 1 else {}
            for uid, cluster, document in rows:
                codes = units[uid].codes if uid in units else frozenset()
                slot = next((h for h in homes if document not in h[1] and not media_differ(codes, h[2])), None)
                if slot is None:
                    slot = (uid, set(), set())
                    homes.append(slot)
                slot[1].add(document)
                slot[2].update(codes)
                home = slot[0]
                out.clusters.update((cluster, home))
                if cluster != home:
                    self._set(uid, home, 0)
        return out

    def _clusters_of_group(self, group: str, own_day: OwnDay) -> dict[str, list[LinkUnit]]:
        """The anchors of one day group by cluster: as this relink grouped them, or for a day it
        did not touch, as stored (a day's clusters words date are never joined to another day's,
        so their stored ids are their own day's)."""
        if group not in own_day:
            rows = list(self.conn.execute("SELECT id, cluster FROM link_units WHERE grp = ? ORDER BY id", (group,)))
            units = self.load(r[0] for r in rows)
            own_day[group] = {}
            for uid, cluster in rows:
                own_day[group].setdefault(cluster, []).append(units[uid])
        return own_day[group]

    def _join_earlier_news(self, group: str, own_day: OwnDay, out: Relinked, evaluate: set[str]) -> None:
        printed = self._clusters_of_group(group, own_day)
        if all(any(u.stated for u in units) for units in printed.values()):
            return
        earlier = [ClusterView(cid, units) for before in _day_groups_before(group)
                   for cid, units in self._clusters_of_group(before, own_day).items()]
        self._move(join_earlier_news(list(printed.values()), earlier), out, evaluate)

    def _join_kept_plans(self, group: str, own_day: OwnDay, out: Relinked, evaluate: set[str]) -> None:
        if not group.startswith("04|"):
            return
        plans = [units for units in self._clusters_of_group(group, own_day).values()
                 if all(u.statuses == {"planned"} for u in units)]
        if not plans:
            return
        later = [ClusterView(cid, units) for after in _day_groups_after(group, ARRIVAL_LEAD_DAYS)[1:]
                 for cid, units in self._clusters_of_group(after, own_day).items()]
        self._move(join_kept_plans(plans, later), out, evaluate)

    def _move(self, joined: dict[str, str], out: Relinked, evaluate: set[str]) -> None:
        """Put the anchors of `joined` (unit id -> cluster id) into those clusters; the units that
        look in their blocks decide again."""
        for uid, cluster in joined.items():
            state = self.cluster_of(uid)
            if state is not None and state[0] != cluster:
                out.clusters.update((state[0], cluster))
                self._set(uid, cluster, 0)
        if joined:
            evaluate |= self._lookers(b for u in self.load(joined).values() for b in u.index_blocks())

    def _choose(self, unit: LinkUnit, views: dict[str, ClusterView]) -> str | None:
        blocks = unit.query_blocks()
        if not blocks:
            return None
        marks = ",".join("?" * len(blocks))
        clusters = sorted({r[0] for r in self.conn.execute(
            f"SELECT DISTINCT u.cluster FROM link_blocks b JOIN link_units u ON u.id = b.unit "
            f"WHERE b.anchor = 1 AND b.block IN ({marks})", blocks)})
        if len(clusters) > MAX_CANDIDATES:
            return None
        candidates = [v for c in clusters if (v := self.anchor_view(c, views)) is not None]
        return choose(unit, candidates)

    # ---- events -----------------------------------------------------------------------------
    def event_of(self, cluster_id: str) -> Event | None:
        """The cluster's event, or None when it has no members or is not worth a record."""
        units = self.members(cluster_id)
        if not units:
            return None
        event = finalize(cluster_id, units)
        parties = {p for u in units for p in u.parties}
        (only,) = parties if len(parties) == 1 else (None,)
        if only is not None and not only.startswith("n:") and event.status != "referenced":
            # one state alone, at home or nowhere named ("Khurelsukh and Oyun-Erdene will meet",
            # the visitor lost): no diplomacy between two parties
            if (country_of_place(event.location) if event.location else None) in (None, only):
                return None
        return event if keep(event, len(parties)) else None

    def clusters(self) -> Iterator[str]:
        for (cluster,) in self.conn.execute("SELECT DISTINCT cluster FROM link_units ORDER BY cluster"):
            yield cluster

    def events(self) -> list[Event]:
        out = [e for c in list(self.clusters()) if (e := self.event_of(c)) is not None]
        return sorted(out, key=event_order)


def _shifted(group: str, days: int) -> str | None:
    """The day group `days` days from `group` ("04|2023-10-26" -> "04|2023-10-27")."""
    root, _, day = group.partition("|")
    if len(day) != 10:
        return None
    y, m, d = shift_days(int(day[:4]), int(day[5:7]), int(day[8:]), days)
    return f"{root}|{y:04d}-{m:02d}-{d:02d}"


def _day_groups_after(group: str, days: int = NEWS_WINDOW_DAYS) -> list[str]:
    """The group and the `days` day groups after it."""
    return [g for k in range(days + 1) if (g := _shifted(group, k)) is not None] or [group]


def _plan_groups_before(group: str) -> list[str]:
    """The meeting day groups of the ARRIVAL_LEAD_DAYS days before the group, whose plans its
    talks may have kept (`linking.plan_kept_days_later`)."""
    return _day_groups_before(group, ARRIVAL_LEAD_DAYS) if group.startswith("04|") else []


def _day_groups_before(group: str, days: int = NEWS_WINDOW_DAYS) -> list[str]:
    """The `days` day groups before the group."""
    return [g for k in range(1, days + 1) if (g := _shifted(group, -k)) is not None]


def memory_index() -> LinkIndex:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    create_tables(conn)
    return LinkIndex(conn)
