"""What the pages need from whole stored documents: the names and aliases each party goes by,
and the quote variants (the same statement as several articles printed it, found by
`parley.corpus.find_quote_variants`).

Both are built from the stored documents once per state of the database (`corpus_signature`)
and kept by the app. After an ingest changes the database, a background thread rebuilds them
while requests keep using the last build, so only the very first request of a fresh server
waits (and `warm()` starts that build when the server starts). Documents already read are kept
between builds (by rowid: a stored row never changes), so a rebuild reads only new articles.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

from ..corpus import find_quote_variants
from ..model import Document
from ..store import connect, snapshot
from ..store import queries
from ..store.gdelt import web_url
from ..store.places import Gazetteer, fold

log = logging.getLogger(__name__)
MAX_ALIAS_CHARS = 80


@dataclass(frozen=True)
class Printing:
    """One article's printing of a statement."""

    document: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class VariantGroup:
    speaker: str | None
    printings: tuple[Printing, ...]      # earliest first
    similarity: float | None

    @property
    def documents(self) -> int:
        return len({p.document for p in self.printings})


@dataclass
class CorpusState:
    signature: tuple
    aliases: dict[str, set[str]] = field(default_factory=dict)    # folded alias -> names it stands for
    parties: dict[str, str] = field(default_factory=dict)         # folded event party -> its stored name
    variants: list[VariantGroup] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None
    pending: bool = False       # the first build is still running: names only, no aliases or variants yet
    _party_words: list[tuple[frozenset[str], str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._party_words = [(frozenset(k.split()), v) for k, v in self.parties.items()]

    def _parties_containing(self, words: frozenset[str]) -> set[str]:
        return {name for have, name in self._party_words if words and words <= have}

    def resolve(self, query: str) -> tuple[str, ...]:
        """The event parties `query` stands for: the name itself, an alias an article used
        ("Russian Foreign Minister Sergey Lavrov", "Russian Federation"), or part of a name
        ("Lavrov"). A query that matches nothing stands for itself."""
        key = fold(query)
        if key in self.parties:
            return (self.parties[key],)
        found: set[str] = set()
        for name in self.aliases.get(key, ()):
            found |= {self.parties[fold(name)]} if fold(name) in self.parties else set()
            found |= self._parties_containing(frozenset(fold(name).split()))
        if not found:
            found = self._parties_containing(frozenset(key.split()))
        return tuple(sorted(found)) or (query,)

    def actor_names(self, query: str, limit: int = 200) -> tuple[str, ...]:
        """Names of actors one of whose aliases contains `query` (for the actor search)."""
        key = fold(query)
        if not key:
            return ()
        out: set[str] = set()
        for alias, names in self.aliases.items():
            if key in alias:
                out |= names
                if len(out) >= limit:
                    break
        return tuple(sorted(out))

    def names_with_words(self, query: str) -> set[str]:
        """Actors one of whose names or aliases holds every word of `query` ("Petrosyan")."""
        words = frozenset(fold(query).split())
        if not words:
            return set()
        out: set[str] = set()
        for alias, names in self.aliases.items():
            if words <= frozenset(alias.split()):
                out |= names
        return out

    def speaker_names(self, query: str) -> set[str]:
        """Every name a speaker query may stand for (as printed in quotes, or as a party)."""
        exact = self.aliases.get(fold(query), set())
        return {query, *self.resolve(query), *(exact or self.names_with_words(query))}

    def variants_of(self, speakers: set[str] | None) -> list[VariantGroup]:
        if not speakers:
            return self.variants
        keys = {fold(s) for s in speakers}
        return [g for g in self.variants if g.speaker and fold(g.speaker) in keys]


@dataclass
class _Extract:
    """What a build keeps of one stored document."""

    aliases: list[tuple[str, str]]            # (alias as printed, actor name)
    quoted: Document | None                   # the document, trimmed, when it has quotes


def _extract(doc: Document) -> _Extract:
    aliases = []
    for actor in doc.actors:
        aliases.append((actor.name, actor.name))
        for span in actor.mentions:
            surface = " ".join(doc.text[span.start : span.end].split())
            # names and titled names only ("Foreign Minister Lavrov"), not "he" or "his counterpart"
            if 2 < len(surface) <= MAX_ALIAS_CHARS and any(c.isupper() for c in surface):
                aliases.append((surface, actor.name))
    quoted = None
    if doc.quotes:
        quoted = Document(id=doc.id, source="", text=doc.text, title=doc.title, outlet=doc.outlet,
                          published=doc.published, url=doc.url, body_spans=doc.body_spans, actors=doc.actors,
                          quotes=doc.quotes)
    return _Extract(aliases, quoted)


def _groups(docs: list[Document]) -> list[VariantGroup]:
    by_id = {d.id: d for d in docs}
    groups = []
    for variant in find_quote_variants(docs):
        printings = {}
        for p in variant.passages:
            doc = by_id.get(p.document)
            if doc is None:
                continue
            printings[(doc.id, p.span.start, p.span.end)] = Printing(
                doc.id, doc.title, doc.outlet, doc.published.value if doc.published else None, web_url(doc.url),
                p.span.start, p.span.end, doc.text[p.span.start : p.span.end])
        ordered = sorted(printings.values(), key=lambda p: (p.published or "9999", p.document, p.start))
        if len({p.document for p in ordered}) > 1:
            groups.append(VariantGroup(variant.speaker, tuple(ordered), getattr(variant, "similarity", None)))
    groups.sort(key=lambda g: (-g.documents, -(g.similarity or 0), g.speaker or "", g.printings[0].document))
    return groups


class CorpusView:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self.gazetteer = Gazetteer()
        self._lock = threading.Lock()           # guards _state and _building
        self._build_lock = threading.Lock()     # one build at a time
        self._state: CorpusState | None = None
        self._building = False
        self._extracts: dict[int, _Extract] = {}

    def state(self, conn: sqlite3.Connection) -> CorpusState:
        """The current build; a stale one (while a rebuild runs) rather than a wait."""
        signature = queries.corpus_signature(conn)
        with self._lock:
            state = self._state
        if state is not None and state.signature == signature:
            return state
        if state is None:
            with self._lock:
                building = self._building
            if not building:
                return self._build()
            # the server's first build is running: answer now with the parties' own names
            return CorpusState(signature, {}, {fold(n): n for n in queries.event_actor_names(conn)}, pending=True)
        self.warm()
        return state

    def warm(self) -> None:
        """Start a build in the background unless one is running."""
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self._build_in_background, name="parley-corpus-view", daemon=True).start()

    def _build_in_background(self) -> None:
        try:
            self._build()
        except Exception as err:  # a failed rebuild keeps the last good build
            log.warning("corpus view not rebuilt: %s", err)
        finally:
            with self._lock:
                self._building = False

    def _build(self) -> CorpusState:
        with self._build_lock:
            started = time.monotonic()
            self.gazetteer.locate("Baku")  # loads the city index off the request path
            conn = connect(self.db_path, create=False, readonly=True)
            try:
                with snapshot(conn):
                    signature = queries.corpus_signature(conn)
                    with self._lock:
                        if self._state is not None and self._state.signature == signature:
                            return self._state
                    rowids = queries.document_rowids(conn)
                    live = set(rowids)
                    for gone in [r for r in self._extracts if r not in live]:
                        del self._extracts[gone]
                    missing = [r for r in rowids if r not in self._extracts]
                    for rowid, doc in queries.documents_by_rowid(conn, missing).items():
                        self._extracts[rowid] = _extract(doc)
                    parties = {fold(n): n for n in queries.event_actor_names(conn)}
            finally:
                conn.close()
            extracts = [self._extracts[r] for r in rowids if r in self._extracts]
            aliases: dict[str, set[str]] = defaultdict(set)
            for ex in extracts:
                for surface, name in ex.aliases:
                    aliases[fold(surface)].add(name)
            for name in parties.values():
                iso = self.gazetteer.state_code(name)
                for other in self.gazetteer.state_names(iso) if iso else ():
                    aliases[fold(other)].add(name)
            error = None
            try:
                variants = _groups([ex.quoted for ex in extracts if ex.quoted is not None])
            except Exception as err:  # the comparison is a view; the rest of the pages still work
                log.warning("quote variants failed: %s", err)
                variants, error = [], f"quote comparison failed ({type(err).__name__}: {err})"
            state = CorpusState(signature, dict(aliases), parties, variants, time.monotonic() - started, error)
            with self._lock:
                self._state = state
            return state
