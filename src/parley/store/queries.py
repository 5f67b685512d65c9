"""Reading the store: the queries behind export, the JSON API and the pages.

Every function takes an open connection; callers wanting one consistent view across several
queries wrap them in `db.snapshot`.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..corpus.run import apply_state
from ..model import Document, Event, Record
from ..serialize import document_from_dict, event_from_dict

T = TypeVar("T")

# FTS5 markers around matched words in snippets: control characters no article contains
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    country: str | None = None     # ISO3: an event with a party of that state (a person of it, or the state)
    code: str | None = None        # a CAMEO code or its prefix (`04` = every consult code)
    status: str | None = None
    date_from: str | None = None   # YYYY, YYYY-MM or YYYY-MM-DD
    date_to: str | None = None
    partner: str | None = None     # a second party the event must also have
    quad: int | None = None        # GDELT QuadClass 1-4 (verbal/material cooperation/conflict)
    place: str | None = None       # the event's location, exactly
    document: str | None = None    # events a document reports
    # the names `actor` / `partner` stand for (an alias resolved by the caller); empty: the name itself
    actor_names: tuple[str, ...] = ()
    partner_names: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not any((self.actor, self.country, self.code, self.status, self.date_from, self.date_to,
                        self.partner, self.quad, self.place, self.document))


# orders of an event list: by date (undated last either way) or by how many articles report it
EVENT_SORTS = {
    "date": "e.date_lo IS NULL, e.date_lo, e.sortkey",
    "-date": "e.date_lo IS NULL, e.date_lo DESC, e.sortkey",
    "reports": "(SELECT COUNT(DISTINCT m.document) FROM event_mentions m WHERE m.event_id = e.id) DESC, "
               "e.date_lo IS NULL, e.date_lo, e.sortkey",
}


@dataclass
class DocumentSummary:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str
    url: str | None
    actors: int
    quotes: int
    events: int


@dataclass
class ActorSummary:
    name: str
    type: str
    country: str | None
    roles: list[str]
    documents: int
    events: int


@dataclass
class QuoteRow:
    id: int
    document: str
    speaker: str | None
    text: str
    start: int
    end: int
    kind: str
    outlet: str | None = None
    published: str | None = None


@dataclass
class SearchHit:
    kind: str                    # "document" or "quote"
    document: str
    title: str | None
    snippet: str                 # matched words between MARK_OPEN and MARK_CLOSE
    speaker: str | None = None


@dataclass
class Stats:
    documents: int
    events: int
    quotes: int
    actors: int
    schema_version: int


@dataclass
class Facets:
    actors: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """`2023-02` -> (`2023-02-00`, `2023-02-99`): a coarse date spans its whole month or year."""
    if not value:
        return None, None
    lo, hi = value, value
    while len(lo) < 10:
        lo += "-00"
        hi += "-99"
    return lo, hi


def _count(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> int:
    return conn.execute(sql, args).fetchone()[0]


def stats(conn: sqlite3.Connection) -> Stats:
    return Stats(_count(conn, "SELECT COUNT(*) FROM documents"), _count(conn, "SELECT COUNT(*) FROM events"),
                 _count(conn, "SELECT COUNT(*) FROM quotes"), _count(conn, "SELECT COUNT(DISTINCT name) FROM actors"),
                 _count(conn, "SELECT MAX(version) FROM schema_version"))


def _names_clause(names: tuple[str, ...] | list[str]) -> tuple[str, list]:
    """Events with any of `names` among their parties (event_actors' NOCASE index)."""
    return ("e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor IN (SELECT value FROM json_each(?)))",
            [json.dumps(list(names))])


def _event_where(f: EventFilter) -> tuple[str, list]:
    from .. import cameo
    from .places import Gazetteer

    clauses, args = [], []
    for given, names in ((f.actor, f.actor_names), (f.partner, f.partner_names)):
        if given:
            clause, more = _names_clause(names or (given,))
            clauses.append(clause)
            args += more
    if f.country:
        # persons of that state (actors' country index), or the state itself by any of its names;
        # both sides of IN compare in event_actors' NOCASE collation, so its index serves the lookup
        iso3 = f.country.upper()
        clauses.append("e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor IN "
                       "(SELECT a.name FROM actors a WHERE a.country = ? UNION SELECT value FROM json_each(?)))")
        args += [iso3, json.dumps(Gazetteer().state_names(iso3))]
    if f.code:
        clauses.append("e.code LIKE ? || '%'")
        args.append(f.code)
    if f.quad:
        roots = cameo.quad_roots(f.quad)
        clauses.append(f"e.root_code IN ({','.join('?' * len(roots))})")
        args += roots
    if f.status:
        clauses.append("e.status = ?")
        args.append(f.status)
    if f.place:
        clauses.append("e.location = ?")
        args.append(f.place)
    if f.document:
        clauses.append("e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.document = ?)")
        args.append(f.document)
    if f.date_from:
        clauses.append("e.date_hi >= ?")
        args.append(date_bounds(f.date_from)[0])
    if f.date_to:
        clauses.append("e.date_lo <= ?")
        args.append(date_bounds(f.date_to)[1])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def events(conn: sqlite3.Connection, f: EventFilter = EventFilter(), limit: int = 50, offset: int = 0,
           sort: str = "date") -> Page[Event]:
    where, args = _event_where(f)
    total = _count(conn, f"SELECT COUNT(*) FROM events e{where}", tuple(args))
    rows = conn.execute(f"SELECT data FROM events e{where} ORDER BY {EVENT_SORTS[sort]} LIMIT ? OFFSET ?",
                        (*args, limit, offset))
    return Page([event_from_dict(json.loads(r[0])) for r in rows], total, limit, offset)


def article_counts(conn: sqlite3.Connection, event_ids: list[str]) -> dict[str, int]:
    """How many articles report each event."""
    if not event_ids:
        return {}
    rows = conn.execute("SELECT event_id, COUNT(DISTINCT document) FROM event_mentions WHERE event_id IN "
                        "(SELECT value FROM json_each(?)) GROUP BY event_id", (json.dumps(event_ids),))
    return {r[0]: r[1] for r in rows}


@dataclass
class PlaceCount:
    place: str
    events: int
    by_root: dict[str, int]     # CAMEO root code -> events


def event_places(conn: sqlite3.Connection, f: EventFilter = EventFilter()) -> list[PlaceCount]:
    """Each place events happen in, with how many (of each root code), most events first."""
    where, args = _event_where(f)
    where += (" AND " if where else " WHERE ") + "e.location IS NOT NULL AND e.location != ''"
    out: dict[str, PlaceCount] = {}
    for place, root, n in conn.execute(f"SELECT e.location, e.root_code, COUNT(*) FROM events e{where} "
                                       "GROUP BY e.location, e.root_code", args):
        pc = out.setdefault(place, PlaceCount(place, 0, {}))
        pc.events += n
        pc.by_root[root] = n
    return sorted(out.values(), key=lambda p: (-p.events, p.place))


@dataclass
class ActorPair:
    a: str
    b: str
    events: int
    first: str | None            # date span of their events (YYYY[-MM[-DD]])
    last: str | None


def actor_pairs(conn: sqlite3.Connection, f: EventFilter = EventFilter(), exclude: tuple[str, ...] = (),
                only: tuple[str, ...] | None = None, limit: int = 50, offset: int = 0) -> Page[ActorPair]:
    """Who takes part in events with whom, and how often: pairs of parties of one event.
    `exclude`: names left out (e.g. states, for people only); `only`: the names kept."""
    where, args = _event_where(f)
    conds = ["pa.actor < pb.actor"]
    if exclude:
        conds.append("pa.actor NOT IN (SELECT value FROM json_each(?))"
                     " AND pb.actor NOT IN (SELECT value FROM json_each(?))")
        args += [json.dumps(list(exclude))] * 2
    if only is not None:
        conds.append("pa.actor IN (SELECT value FROM json_each(?)) AND pb.actor IN (SELECT value FROM json_each(?))")
        args += [json.dumps(list(only))] * 2
    sql = (f"SELECT pa.actor, pb.actor, COUNT(DISTINCT e.id) AS n, MIN(e.date), MAX(e.date) FROM events e"
           f" JOIN event_actors pa ON pa.event_id = e.id JOIN event_actors pb ON pb.event_id = e.id"
           f"{where}{' AND ' if where else ' WHERE '}{' AND '.join(conds)} GROUP BY pa.actor, pb.actor")
    total = _count(conn, f"SELECT COUNT(*) FROM ({sql})", tuple(args))
    rows = conn.execute(f"{sql} ORDER BY n DESC, pa.actor, pb.actor LIMIT ? OFFSET ?", (*args, limit, offset))
    return Page([ActorPair(*r) for r in rows], total, limit, offset)


@dataclass
class MonthCount:
    month: str                   # YYYY-MM
    by_root: dict[str, int]

    @property
    def events(self) -> int:
        return sum(self.by_root.values())


@dataclass
class Months:
    months: list[MonthCount]
    year_only: int               # events dated to a year, not a month
    undated: int


def events_per_month(conn: sqlite3.Connection, f: EventFilter = EventFilter()) -> Months:
    """Events per month (by root code), every month between the first and the last."""
    where, args = _event_where(f)
    counts: dict[str, dict[str, int]] = {}
    year_only = undated = 0
    for month, precision, root, n in conn.execute(
            f"SELECT substr(e.date, 1, 7), e.date_precision, e.root_code, COUNT(*) FROM events e{where} "
            "GROUP BY 1, 2, 3", args):
        if month is None:
            undated += n
        elif precision == "year":
            year_only += n
        else:
            bucket = counts.setdefault(month, {})
            bucket[root] = bucket.get(root, 0) + n
    months = []
    if counts:
        first, last = min(counts), max(counts)
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last:
            key = f"{year:04d}-{month:02d}"
            months.append(MonthCount(key, counts.get(key, {})))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return Months(months, year_only, undated)


def event(conn: sqlite3.Connection, event_id: str) -> Event | None:
    row = conn.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
    return event_from_dict(json.loads(row[0])) if row else None


def _as_corpus_has_it(conn: sqlite3.Connection, data: str) -> Document:
    """A stored article (kept as extracted) with what the corpus changed in it: names, year, day."""
    doc = document_from_dict(json.loads(data))
    row = conn.execute("SELECT state, warnings FROM corpus_docs WHERE document = ?", (doc.id,)).fetchone()
    if row is not None:
        apply_state(doc, json.loads(row[0]))
        doc.warnings += [w for w in json.loads(row[1]) if w not in doc.warnings]
    return doc


def document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    row = conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return _as_corpus_has_it(conn, row[0]) if row else None


def documents_by_id(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Document]:
    out = {}
    for doc_id in dict.fromkeys(ids):
        doc = document(conn, doc_id)
        if doc is not None:
            out[doc_id] = doc
    return out


def documents(conn: sqlite3.Connection, outlet: str | None = None, limit: int = 50,
              offset: int = 0) -> Page[DocumentSummary]:
    where, args = (" WHERE d.outlet = ?", [outlet]) if outlet else ("", [])
    total = _count(conn, f"SELECT COUNT(*) FROM documents d{where}", tuple(args))
    rows = conn.execute(
        "SELECT d.id, d.title, d.outlet, d.published, d.source, d.url,"
        " (SELECT COUNT(*) FROM actors a WHERE a.doc_rowid = d.rowid),"
        " (SELECT COUNT(*) FROM quotes q WHERE q.doc_rowid = d.rowid),"
        " (SELECT COUNT(DISTINCT m.event_id) FROM event_mentions m WHERE m.document = d.id)"
        f" FROM documents d{where} ORDER BY d.published IS NULL, d.published, d.id LIMIT ? OFFSET ?",
        (*args, limit, offset))
    return Page([DocumentSummary(*r) for r in rows], total, limit, offset)


def _actor_rows(conn: sqlite3.Connection, where: str, args: list, limit: int, offset: int) -> list[ActorSummary]:
    rows = conn.execute(
        "SELECT a.name, MAX(a.type), MAX(a.country), GROUP_CONCAT(DISTINCT a.role), COUNT(DISTINCT a.doc_rowid),"
        " (SELECT COUNT(DISTINCT ea.event_id) FROM event_actors ea WHERE ea.actor = a.name)"
        f" FROM actors a{where} GROUP BY a.name ORDER BY COUNT(DISTINCT a.doc_rowid) DESC, a.name LIMIT ? OFFSET ?",
        (*args, limit, offset))
    return [ActorSummary(r[0], r[1], r[2], sorted(set((r[3] or "").split(",")) - {""}), r[4], r[5]) for r in rows]


def actors(conn: sqlite3.Connection, name: str | None = None, country: str | None = None, type: str | None = None,
           limit: int = 50, offset: int = 0, names: tuple[str, ...] = ()) -> Page[ActorSummary]:
    """Actors whose name contains `name` or is one of `names` (what an alias stands for)."""
    clauses, args = [], []
    if name:
        clauses.append("(a.name LIKE '%' || ? || '%' ESCAPE '\\' OR a.name IN (SELECT value FROM json_each(?)))")
        args += [re.sub(r"([%_\\])", r"\\\1", name), json.dumps(list(names))]
    if country:
        clauses.append("a.country = ?")
        args.append(country.upper())
    if type:
        clauses.append("a.type = ?")
        args.append(type)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = _count(conn, f"SELECT COUNT(DISTINCT a.name) FROM actors a{where}", tuple(args))
    return Page(_actor_rows(conn, where, args, limit, offset), total, limit, offset)


def actor(conn: sqlite3.Connection, name: str) -> ActorSummary | None:
    rows = _actor_rows(conn, " WHERE a.name = ?", [name], 1, 0)
    if rows:
        return rows[0]
    # a state or participant named in events but never as a document actor
    n = _count(conn, "SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE actor = ?", (name,))
    return ActorSummary(name, "person", None, [], 0, n) if n else None


def quotes(conn: sqlite3.Connection, speaker: str | None = None, document: str | None = None, limit: int = 50,
           offset: int = 0) -> Page[QuoteRow]:
    clauses, args = [], []
    if speaker:
        clauses.append("q.speaker = ?")
        args.append(speaker)
    if document:
        clauses.append("d.id = ?")
        args.append(document)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    base = f" FROM quotes q JOIN documents d ON d.rowid = q.doc_rowid{where}"
    total = _count(conn, "SELECT COUNT(*)" + base, tuple(args))
    rows = conn.execute('SELECT q.rowid, d.id, q.speaker, q.text, q.start, q."end", q.kind, d.outlet, d.published'
                        + base + " ORDER BY q.speaker, d.published, d.id, q.start LIMIT ? OFFSET ?",
                        (*args, limit, offset))
    return Page([QuoteRow(*r) for r in rows], total, limit, offset)


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: each word quoted, all required."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words)


def search(conn: sqlite3.Connection, q: str, limit: int = 20, offset: int = 0) -> Page[SearchHit]:
    match = fts_query(q)
    if not match:
        return Page([], 0, limit, offset)
    sql = (
        "SELECT 'document', d.id, d.title, snippet(documents_fts, 1, ?, ?, '…', 24), NULL, bm25(documents_fts) AS r"
        " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?"
        " UNION ALL "
        "SELECT 'quote', d.id, d.title, snippet(quotes_fts, 1, ?, ?, '…', 24), q.speaker, bm25(quotes_fts) AS r"
        " FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN documents d ON d.rowid = q.doc_rowid"
        " WHERE quotes_fts MATCH ?")
    args = (MARK_OPEN, MARK_CLOSE, match, MARK_OPEN, MARK_CLOSE, match)
    total = _count(conn, f"SELECT COUNT(*) FROM ({sql})", args)
    rows = conn.execute(f"SELECT * FROM ({sql}) ORDER BY r, 2 LIMIT ? OFFSET ?", (*args, limit, offset))
    return Page([SearchHit(r[0], r[1], r[2], r[3], r[4]) for r in rows], total, limit, offset)


def facets(conn: sqlite3.Connection, max_actors: int = 500) -> Facets:
    """Choices for the filter forms: the most active parties, every country and code in use."""
    from .places import Gazetteer

    gazetteer = Gazetteer()
    countries = {r[0] for r in conn.execute("SELECT DISTINCT country FROM actors WHERE country IS NOT NULL")}
    countries |= {iso for iso in (gazetteer.state_code(r[0]) for r in conn.execute(
        "SELECT DISTINCT actor FROM event_actors")) if iso}
    return Facets(
        [r[0] for r in conn.execute("SELECT actor FROM event_actors GROUP BY actor ORDER BY COUNT(*) DESC, actor "
                                    "LIMIT ?", (max_actors,))],
        sorted(countries, key=gazetteer.country_name),
        [r[0] for r in conn.execute("SELECT DISTINCT code FROM events ORDER BY code")],
    )


def event_actor_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT actor FROM event_actors")]


def corpus_signature(conn: sqlite3.Connection) -> tuple:
    """Changes whenever a document is added, replaced or removed, or the events are relinked."""
    docs = conn.execute("SELECT COUNT(*), MAX(rowid), MAX(ingested_at) FROM documents").fetchone()
    evs = conn.execute("SELECT COUNT(*), MAX(ord) FROM events").fetchone()
    return (*docs, *evs)


def document_rowids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT rowid FROM documents ORDER BY rowid")]


def documents_by_rowid(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, Document]:
    out = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        for row in conn.execute("SELECT rowid, data FROM documents WHERE rowid IN (SELECT value FROM json_each(?))",
                                (json.dumps(chunk),)):
            out[row[0]] = document_from_dict(json.loads(row[1]))
    return out


def load_record(conn: sqlite3.Connection) -> Record:
    docs = [_as_corpus_has_it(conn, r[0]) for r in conn.execute("SELECT data FROM documents ORDER BY rowid")]
    evs = [event_from_dict(json.loads(r[0])) for r in conn.execute("SELECT data FROM events ORDER BY sortkey")]
    return Record(docs, evs)
