"""A corpus run: articles' facts in, the corpus steps applied to what changed, events out.

The same code serves three places, over the same tables on three kinds of SQLite connection:
`link_corpus` (in memory), `parley extract` (a spool file beside the record, so memory stays
flat) and `parley ingest` (the store: new articles are linked against what is stored, and only
what their blocks reach is decided again).

    run = CorpusRun(conn, loader)         # loader: document id -> the article as extracted
    run.add(doc)                           # its facts, once, as it comes out of extraction
    change = run.update(added, removed)    # the steps, in registry order, over what changed
    run.index.events()                     # or run.index.event_of(c) for c in change.clusters
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import DateValue, Document
from .dating import DateNeed, KnownDate, can_sharpen, date_by_year, sharpen, take_month
from .facts import ArticleFacts, article_facts, guarded
from .index import LinkIndex, Relinked, create_tables, statements
from .people import Person, apply_renames
from .quote_variants import QuoteText, speaker_block
from .units import LinkUnit, units_of

Loader = Callable[[str], Document]

FACT_TABLES = """
CREATE TABLE IF NOT EXISTS corpus_docs (
    document  TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL,    -- order the article came in (the record keeps it)
    published TEXT,                -- the article's own date as extracted, or NULL
    effective TEXT,                -- its date once the corpus has dated it
    state     TEXT NOT NULL,       -- what the corpus changed in it: {"renames", "year", "day", "month"} (JSON)
    warnings  TEXT NOT NULL        -- corpus steps that failed on it, one line each (JSON)
);
CREATE TABLE IF NOT EXISTS corpus_people (document TEXT NOT NULL, block TEXT NOT NULL, name TEXT NOT NULL,
                                          country TEXT, role TEXT);
CREATE INDEX IF NOT EXISTS corpus_people_block ON corpus_people(block);
CREATE INDEX IF NOT EXISTS corpus_people_document ON corpus_people(document, block);
CREATE TABLE IF NOT EXISTS corpus_names (block TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT,
                                         full TEXT NOT NULL);   -- the people step's table, block by block
CREATE INDEX IF NOT EXISTS corpus_names_block ON corpus_names(block);
CREATE INDEX IF NOT EXISTS corpus_people_name ON corpus_people(block, name);
CREATE TABLE IF NOT EXISTS corpus_known (document TEXT NOT NULL, block TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS corpus_known_block ON corpus_known(block);
CREATE INDEX IF NOT EXISTS corpus_known_document ON corpus_known(document);
CREATE TABLE IF NOT EXISTS corpus_needs (document TEXT NOT NULL, block TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS corpus_needs_block ON corpus_needs(block);
CREATE INDEX IF NOT EXISTS corpus_needs_document ON corpus_needs(document);
CREATE TABLE IF NOT EXISTS corpus_units (document TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS corpus_units_document ON corpus_units(document);
CREATE TABLE IF NOT EXISTS corpus_quotes (document TEXT NOT NULL, block TEXT, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS corpus_quotes_document ON corpus_quotes(document);
CREATE INDEX IF NOT EXISTS corpus_quotes_block ON corpus_quotes(block);
CREATE TABLE IF NOT EXISTS corpus_variants (block TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS corpus_variants_block ON corpus_variants(block);
"""


def create_corpus_tables(conn: sqlite3.Connection) -> None:
    create_tables(conn)
    for statement in statements(FACT_TABLES):
        conn.execute(statement)


@dataclass
class Change:
    """What one update is about, and what the steps found along the way."""

    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    people_blocks: set[str] = field(default_factory=set)
    known_blocks: set[str] = field(default_factory=set)
    speaker_blocks: set[str] = field(default_factory=set)
    # articles whose corpus state (names, year, day) changed: their units are rebuilt
    dirty: set[str] = field(default_factory=set)
    relinked: Relinked = field(default_factory=Relinked)

    @property
    def clusters(self) -> set[str]:
        return self.relinked.clusters


def _state(raw: str | None) -> dict[str, Any]:
    return json.loads(raw) if raw else {}


class CorpusRun:
    def __init__(self, conn: sqlite3.Connection, loader: Loader, steps: tuple[str, ...] | None = None) -> None:
        from .steps import build_steps

        self.conn = conn
        self.loader = loader
        create_corpus_tables(conn)
        self.index = LinkIndex(conn)
        self.steps = build_steps(steps)
        self._seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM corpus_docs").fetchone()[0]

    # ---- facts in and out -------------------------------------------------------------------
    def add(self, doc: Document, facts: ArticleFacts | None = None) -> ArticleFacts:
        """Record one extracted article's facts (call `update` once a batch is added)."""
        facts = facts or article_facts(doc)
        self._seq += 1
        # a year only guessed from a weekday ("weak") is the corpus's to find: the article counts
        # as undated for dating, and its guess is its effective date until the corpus gives one
        published = doc.published.value if doc.published and doc.published_strength == "strong" else None
        guessed = doc.published.value if doc.published else None
        self.conn.execute("INSERT OR REPLACE INTO corpus_docs (document, seq, published, effective, state, warnings) "
                          "VALUES (?,?,?,?,?,?)",
                          (doc.id, self._seq, published, guessed, "{}", json.dumps(facts.warnings)))
        self.conn.executemany("INSERT INTO corpus_people VALUES (?,?,?,?,?)",
                              [(doc.id, p.block, p.name, p.country, p.role) for p in facts.people])
        self.conn.executemany("INSERT INTO corpus_known VALUES (?,?,?)",
                              [(doc.id, b, json.dumps(k.to_list())) for k in facts.known for b in k.blocks()])
        self.conn.executemany("INSERT INTO corpus_needs VALUES (?,?,?)",
                              [(doc.id, b, json.dumps(n.to_list())) for n in facts.needs for b in n.blocks()])
        self.conn.executemany("INSERT INTO corpus_units VALUES (?,?)",
                              [(doc.id, json.dumps(u.to_dict(), ensure_ascii=False)) for u in facts.units])
        self.conn.executemany("INSERT INTO corpus_quotes VALUES (?,?,?)",
                              [(doc.id, speaker_block(q.speaker),
                                json.dumps([q.speaker, q.start, q.end, q.text], ensure_ascii=False))
                               for q in facts.quotes])
        return facts

    def blocks_of(self, doc_ids: set[str]) -> tuple[set[str], set[str], set[str]]:
        """The people, known-date and speaker blocks the articles are in."""
        people, known, speakers = set(), set(), set()
        for doc_id in doc_ids:
            people.update(r[0] for r in self.conn.execute("SELECT block FROM corpus_people WHERE document = ?",
                                                          (doc_id,)))
            known.update(r[0] for r in self.conn.execute("SELECT block FROM corpus_known WHERE document = ?",
                                                         (doc_id,)))
            speakers.update(r[0] for r in self.conn.execute(
                "SELECT block FROM corpus_quotes WHERE document = ? AND block IS NOT NULL", (doc_id,)))
        return people, known, speakers

    def forget(self, doc_id: str) -> None:
        """Drop an article's facts (its units leave the index in the next `update`)."""
        for table in ("corpus_docs", "corpus_people", "corpus_known", "corpus_needs", "corpus_units",
                      "corpus_quotes"):
            self.conn.execute(f"DELETE FROM {table} WHERE document = ?", (doc_id,))

    # ---- the steps --------------------------------------------------------------------------
    def update(self, added: set[str] | list[str], removed: set[str] | list[str] = ()) -> Change:
        """Run the corpus steps over what changed. Facts of `added` must be in (`add`); articles in
        `removed` must have been `forget`-ten after their blocks were taken (`blocks_of`)."""
        return self._run_steps(Change(added=set(added), removed=set(removed)))

    def replace(self, added: list[Document], removed: list[str] = ()) -> Change:
        """Forget `removed` (and any older facts of `added`'s ids), add `added`, run the steps."""
        gone = set(removed) | {d.id for d in added if self.has(d.id)}
        change = Change(added={d.id for d in added}, removed=gone - {d.id for d in added})
        self._note_blocks(change, gone)
        for doc_id in gone:
            self.forget(doc_id)
        for doc in added:
            self.add(doc)
        return self._run_steps(change)

    def _note_blocks(self, change: Change, doc_ids: set[str]) -> None:
        people, known, speakers = self.blocks_of(doc_ids)
        change.people_blocks |= people
        change.known_blocks |= known
        change.speaker_blocks |= speakers

    def _run_steps(self, change: Change) -> Change:
        self._note_blocks(change, change.added)
        for step in self.steps:
            step.run(self, change)
        return change

    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM corpus_docs WHERE document = ?", (doc_id,)).fetchone() is not None

    # ---- state ------------------------------------------------------------------------------
    def state(self, doc_id: str) -> dict[str, Any]:
        row = self.conn.execute("SELECT state FROM corpus_docs WHERE document = ?", (doc_id,)).fetchone()
        return _state(row[0]) if row else {}

    def set_state(self, doc_id: str, state: dict[str, Any]) -> None:
        clean = {k: v for k, v in state.items() if v}
        self.conn.execute("UPDATE corpus_docs SET state = ? WHERE document = ?",
                          (json.dumps(clean, sort_keys=True, ensure_ascii=False), doc_id))

    def take_news_date(self, doc_id: str, value: str) -> None:
        """The day (`YYYY-MM-DD`) or month (`YYYY-MM`) an article takes from the news it
        reports (`dating.choose_days`)."""
        state = self.state(doc_id)
        state["day" if len(value) == 10 else "month"] = value
        self.set_state(doc_id, state)

    def took_news_date(self, doc_id: str) -> bool:
        """The article already took a day or a month from the news it reports."""
        state = self.state(doc_id)
        return bool(state.get("day") or state.get("month"))

    def warn(self, doc_id: str, line: str) -> None:
        row = self.conn.execute("SELECT warnings FROM corpus_docs WHERE document = ?", (doc_id,)).fetchone()
        if row is not None:
            lines = json.loads(row[0])
            if line not in lines:
                self.conn.execute("UPDATE corpus_docs SET warnings = ? WHERE document = ?",
                                  (json.dumps(lines + [line]), doc_id))

    def effective_published(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT effective FROM corpus_docs WHERE document = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def published_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT published FROM corpus_docs WHERE document = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def people_in(self, block: str) -> list[tuple[str, Person]]:
        return [(r[0], Person(r[1], r[2], r[3])) for r in self.conn.execute(
            "SELECT document, name, country, role FROM corpus_people WHERE block = ? ORDER BY document, name",
            (block,))]

    def known_in(self, blocks: list[str]) -> list[KnownDate]:
        if not blocks:
            return []
        marks = ",".join("?" * len(blocks))
        rows = self.conn.execute(f"SELECT DISTINCT data FROM corpus_known WHERE block IN ({marks})", blocks)
        return [KnownDate.from_list(json.loads(r[0])) for r in rows]

    def needs_of(self, doc_id: str) -> list[DateNeed]:
        rows = self.conn.execute("SELECT DISTINCT data FROM corpus_needs WHERE document = ? ORDER BY data",
                                 (doc_id,))
        return [DateNeed.from_list(json.loads(r[0])) for r in rows]

    def needing(self, blocks: set[str]) -> set[str]:
        out: set[str] = set()
        ordered = sorted(blocks)
        for i in range(0, len(ordered), 500):
            chunk = ordered[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT document FROM corpus_needs WHERE block IN ({marks})", chunk))
        return out

    # ---- documents as the corpus sees them -------------------------------------------------
    def corpus_document(self, doc_id: str, doc: Document | None = None) -> Document:
        """The article as extracted, with what the corpus changed in it (names, year, day)."""
        doc = doc if doc is not None else self.loader(doc_id)
        apply_state(doc, self.state(doc_id))
        row = self.conn.execute("SELECT warnings FROM corpus_docs WHERE document = ?", (doc_id,)).fetchone()
        for line in json.loads(row[0]) if row else []:
            if line not in doc.warnings:
                doc.warnings.append(line)
        return doc

    def units_now(self, doc_id: str) -> list[LinkUnit]:
        """The article's units with the corpus's changes applied (from its facts when there are none)."""
        if not self.state(doc_id):
            rows = self.conn.execute("SELECT data FROM corpus_units WHERE document = ?", (doc_id,))
            return [LinkUnit.from_dict(json.loads(r[0])) for r in rows]
        warnings: list[str] = []

        def rebuild() -> list[LinkUnit]:
            doc = self.corpus_document(doc_id)
            self.conn.execute("UPDATE corpus_docs SET effective = ? WHERE document = ?",
                              (doc.published.value if doc.published else None, doc_id))
            return units_of(doc)

        units = guarded("linking", doc_id, warnings, rebuild, [])
        for line in warnings:
            self.warn(doc_id, line)
        return units

    def quotes(self) -> Iterator[QuoteText]:
        """Every stored quote, its speaker renamed and its article dated as the corpus has it."""
        yield from self.quotes_in(None)

    def quotes_in(self, block: str | None) -> Iterator[QuoteText]:
        """Quotes of one speaker block (or all), speakers renamed, articles dated as the corpus has
        them; a block's come in order of their time window (`quote_variants.window_of`)."""
        where = "" if block is None else "WHERE q.block = ? "
        args = () if block is None else (block,)
        order = "d.seq, q.rowid" if block is None else \
            "CASE WHEN d.effective IS NULL THEN '-' ELSE substr(d.effective, 1, 7) END, d.document, q.rowid"
        renames: dict[str, dict[str, str]] = {}
        for doc_id, data, effective, state in self.conn.execute(
                "SELECT q.document, q.data, d.effective, d.state FROM corpus_quotes q "
                f"JOIN corpus_docs d ON d.document = q.document {where}ORDER BY {order}", args):
            if doc_id not in renames:
                renames.clear()
                renames[doc_id] = _state(state).get("renames", {})
            speaker, start, end, text = json.loads(data)
            speaker = renames[doc_id].get(speaker, speaker) if speaker else speaker
            yield QuoteText(doc_id, speaker, start, end, text, effective)

    def documents(self) -> Iterator[str]:
        for (doc_id,) in self.conn.execute("SELECT document FROM corpus_docs ORDER BY seq"):
            yield doc_id


def apply_state(doc: Document, state: dict[str, Any]) -> Document:
    """Names, year, day and month the corpus gives an article, applied to the article as extracted."""
    apply_renames(doc, state.get("renames", {}))
    if state.get("year") and (doc.published is None or doc.published_strength == "weak"):
        date_by_year(doc, int(state["year"]))
    if state.get("day"):
        day = DateValue(state["day"], "day")
        if can_sharpen(doc, day):
            sharpen(doc, day)
    if state.get("month") and doc.published is None:
        take_month(doc, state["month"])
    return doc
