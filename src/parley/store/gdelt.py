"""The stored events as GDELT 2.0 tables: the event table (61 tab-separated columns in
GDELT's order, no header) and the mentions table (16 columns) beside it.

What each column holds, and where parley differs from GDELT, is in docs/gdelt.md. In short:
- GLOBALEVENTID: a number derived from parley's event id (stable across exports).
- SQLDATE is always a full day, as in GDELT. An event the record knows only to the month or
  year, or not at all, is dated like GDELT dates what it reads: the publication day of its
  earliest reporting article (when that day lies inside the event's month or year), else the
  first day of that month or year, else the day the article was added. The record's own
  precision stays in parley's json/csv exports.
- Actors: Actor1 is the event's first party, Actor2 the first other party of another state;
  codes are CAMEO country codes (ISO alpha-3) plus a type from the role (`AZEGOV`).
- QuadClass and GoldsteinScale from `data/cameo_scale.toml`; ActionGeo from the gazetteer.
- SOURCEURL and MentionIdentifier are never a local path: an http(s) URL or nothing
  (mentions without a URL are CITATIONONLY, identified by outlet and title).
"""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import IO
from urllib.parse import urlsplit

from ..model import Event
from ..serialize import document_from_dict, event_from_dict
from .. import cameo
from .places import Gazetteer

GDELT_EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
GDELT_MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
# GDELT's MentionType values
WEB, CITATION_ONLY = 1, 2
# parley gives no per-mention confidence; GDELT's scale is 10-100
CONFIDENCE = 100


def web_url(value: str | None) -> str | None:
    """`value` when it is an absolute http(s) URL, else None (never a local path)."""
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in value for c in "\t\r\n "):
        return value.strip()
    return None


def global_event_id(event_id: str) -> int:
    """A positive number for a parley event id, the same in every export (53 bits: exact in JSON too)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest(), "big") >> 11


@dataclass
class _Article:
    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None      # YYYY-MM-DD when known to the day, else None
    added: str                 # YYYYMMDDHHMMSS (UTC) when parley stored it
    length: int


@dataclass
class _MentionFacts:
    sentence: int = 1
    in_lead: bool = False
    actor_offsets: tuple[int, int] = (-1, -1)


@dataclass
class _Party:
    name: str
    country: str = ""
    type_code: str = ""
    is_state: bool = False

    @property
    def code(self) -> str:
        return (self.country + self.type_code) if self.country else ""


@dataclass
class _People:
    """Country, kind and CAMEO type of each actor name the store knows."""

    gazetteer: Gazetteer
    rows: dict[str, _Party] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: sqlite3.Connection, gazetteer: Gazetteer) -> "_People":
        people = cls(gazetteer)
        counts: dict[str, Counter] = defaultdict(Counter)
        for name, kind, country, role, n in conn.execute(
                "SELECT name, type, country, role, COUNT(*) FROM actors GROUP BY name, type, country, role"):
            counts[name][(kind, country, role)] += n
        for name, c in counts.items():
            kind = c.most_common(1)[0][0][0]
            countries = Counter({k[1]: n for k, n in c.items() if k[1]})
            roles = Counter({k[2]: n for k, n in c.items() if k[2]})
            country = countries.most_common(1)[0][0] if countries else ""
            role = roles.most_common(1)[0][0] if roles else None
            people.rows[name] = _Party(name, country if kind != "organization" else "", cameo.actor_type(role, kind))
        return people

    def party(self, name: str) -> _Party:
        state = self.gazetteer.state_code(name)
        if state:
            return _Party(name, state, "", True)
        return self.rows.get(name) or _Party(name)


def two_parties(event: Event, people: _People) -> tuple[_Party | None, _Party | None]:
    """Actor1 and Actor2: the first party, and the first later one on another side (another
    state, or a person of unknown state); a head of state and their own state are one side."""
    parties = [people.party(n) for n in dict.fromkeys(event.actors)]
    if not parties:
        return None, None
    first = parties[0]
    side = first.country or first.name
    for other in parties[1:]:
        if (other.country or other.name) != side:
            return first, other
    return first, None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def event_day(event: Event, articles: list[_Article]) -> date:
    """The full day SQLDATE holds (see the module doc for the convention)."""
    if event.date and event.date.precision == "day":
        day = _day(event.date.value)
        if day:
            return day
    published = sorted(d for d in (_day(a.published) for a in articles if a.published) if d)
    if event.date:
        inside = [d for d in published if d.isoformat().startswith(event.date.value)]
        if inside:
            return inside[0]
        parts = event.date.value.split("-")
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
    if published:
        return published[0]
    added = min(a.added for a in articles) if articles else "19700101000000"
    return date(int(added[:4]), int(added[4:6]), int(added[6:8]))


def _days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def _articles(conn: sqlite3.Connection) -> dict[str, _Article]:
    out = {}
    for row in conn.execute("SELECT id, url, outlet, title, published, published_precision, ingested_at,"
                            " length(text) FROM documents"):
        published = row[4] if row[5] == "day" else None
        added = "".join(ch for ch in (row[6] or "") if ch.isdigit())[:14].ljust(14, "0")
        out[row[0]] = _Article(row[0], web_url(row[1]), row[2], row[3], published, added, int(row[7] or 0))
    return out


def _nearest(offsets: list[int], at: int) -> int:
    return min(offsets, key=lambda o: abs(o - at)) if offsets else -1


def _mention_facts(conn: sqlite3.Connection, events: list[Event],
                   parties: list[tuple]) -> dict[tuple[int, int], _MentionFacts]:
    """Sentence number, lead paragraph and actor offsets of every mention, one article at a time."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, e in enumerate(events):
        for j, m in enumerate(e.mentions):
            by_doc[m.document].append((i, j))
    facts: dict[tuple[int, int], _MentionFacts] = {}
    for doc_id, keys in by_doc.items():
        row = conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        doc = document_from_dict(json.loads(row[0]))
        starts = [s.start for s in doc.sentences]
        lead_end = doc.body_spans[0].end if doc.body_spans else 0
        mentions_of = {a.name: sorted(s.start for s in a.mentions) for a in doc.actors}
        for i, j in keys:
            m = events[i].mentions[j]
            offsets = []
            for party in parties[i]:
                if party is None:
                    offsets.append(-1)
                    continue
                found = mentions_of.get(party.name)
                if not found:
                    at = doc.text.find(party.name)
                    found = [at] if at >= 0 else []
                offsets.append(_nearest(found, m.start))
            facts[(i, j)] = _MentionFacts(max(1, bisect_right(starts, m.start)) if starts else 1,
                                          m.start < lead_end, (offsets[0], offsets[1]))
    return facts


def _clean(value: object) -> object:
    """No tab or line break inside a field: GDELT's files are not quoted."""
    return " ".join(value.split()) if isinstance(value, str) else value


def _writer(out: IO[str] | None):
    if out is None:
        return None
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
    return lambda row: writer.writerow([_clean(v) for v in row])


def _fmt(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{value:.{digits}f}".rstrip("0").rstrip(".")


def _geo(place) -> list[str]:
    if place is None:
        return ["0", "", "", "", "", "", "", ""]
    return [str(place.geo_type), place.full_name, place.fips, place.adm1, "", _fmt(place.lat), _fmt(place.lon),
            place.feature_id]


def _actor_columns(party: _Party | None) -> list[str]:
    if party is None:
        return [""] * 10
    return [party.code, party.name.upper(), party.country, "", "", "", "", party.type_code, "", ""]


def _source_name(article: _Article) -> str:
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host[4:] if host.startswith("www.") else host
    return article.outlet or ""


def _citation(article: _Article) -> str:
    return " · ".join(x for x in (article.outlet, article.title) if x) or article.id


def write_gdelt(conn: sqlite3.Connection, events_out: IO[str] | None, mentions_out: IO[str] | None,
                gazetteer: Gazetteer | None = None) -> tuple[int, int]:
    """Write the event table and/or the mentions table; returns (event rows, mention rows)."""
    gazetteer = gazetteer or Gazetteer()
    events = [event_from_dict(json.loads(r[0])) for r in conn.execute("SELECT data FROM events ORDER BY sortkey")]
    articles = _articles(conn)
    people = _People.load(conn, gazetteer)
    parties = [two_parties(e, people) for e in events]
    facts = _mention_facts(conn, events, parties)
    ev_writer, mn_writer = _writer(events_out), _writer(mentions_out)
    n_mentions = 0
    for i, e in enumerate(events):
        docs = [articles[d] for d in dict.fromkeys(m.document for m in e.mentions) if d in articles]
        docs.sort(key=lambda a: (a.published or "9999", a.added, a.id))
        gid = global_event_id(e.id)
        day = event_day(e, docs)
        added = min((a.added for a in docs), default=day.strftime("%Y%m%d") + "000000")
        first, second = parties[i]
        if ev_writer:
            place = gazetteer.locate(e.location)
            sources = {a.outlet or (urlsplit(a.url).hostname if a.url else None) or a.id for a in docs}
            url = next((a.url for a in docs if a.url), "")
            ev_writer([
                gid, day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
                f"{day.year + (day.timetuple().tm_yday - 1) / _days_in_year(day.year):.4f}",
                *_actor_columns(first), *_actor_columns(second),
                int(any(facts.get((i, j), _MentionFacts()).in_lead for j in range(len(e.mentions)))),
                e.code, e.code[:3], e.code[:2], cameo.quad_class(e.code), f"{cameo.goldstein(e.code):.1f}",
                len(e.mentions), len(sources), len(docs), "",
                *_geo(None), *_geo(None), *_geo(place),
                added, url,
            ])
        if mn_writer:
            for j, m in enumerate(e.mentions):
                article = articles.get(m.document)
                if article is None:
                    continue
                f = facts.get((i, j), _MentionFacts())
                seen = (article.published.replace("-", "") + "000000") if article.published else article.added
                mn_writer([
                    gid, added, seen, WEB if article.url else CITATION_ONLY, _source_name(article),
                    article.url or _citation(article), f.sentence, f.actor_offsets[0], f.actor_offsets[1],
                    m.start, 1, CONFIDENCE, article.length, "", "", "",
                ])
                n_mentions += 1
    return len(events), n_mentions
