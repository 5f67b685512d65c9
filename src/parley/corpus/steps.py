"""The corpus steps, registered and ordered like the per-article stages (`stages.py`).

Each step declares what it reads and what it sets; `build_steps` checks the order before
anything runs. A step works on what changed (`Change`): the articles added or removed and the
blocks they touch, never on the whole corpus; one article's exception inside a step is caught
at that article (a one-line warning with code P610 on it) and the step goes on.

| step | reads | sets |
|---|---|---|
| people | actors (name, country, role) | actor names, quote speakers, event actors (renames) |
| dating | published, dateline, events (date phrases) | published of undated articles, event dates |
| linking | events, actors, published | the corpus events; published (day of the same meeting, or its month) |
| quote_variants | quotes, speakers, published | quote variants |
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import StageError
from .dating import choose_days, news_dates, year_from_corpus
from .facts import guarded
from .people import Person, resolve_block
from .quote_variants import variants_of_speaker
from .index import Pending

if TYPE_CHECKING:
    from .run import Change, CorpusRun

# what the per-article stages leave for the corpus to read
ARTICLE_FIELDS = ("actors", "quotes", "events", "published", "dateline")


@dataclass(frozen=True)
class CorpusStep:
    name: str
    run: Callable[["CorpusRun", "Change"], None]
    reads: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    doc: str = ""


def _people(run: "CorpusRun", change: "Change") -> None:
    """Names decided again in each name block the change touches; only the articles whose
    people's names changed (and the new ones) are visited."""
    for block in sorted(change.people_blocks):
        rows = run.conn.execute("SELECT DISTINCT document, name, country, role FROM corpus_people WHERE block = ?",
                                (block,)).fetchall()
        people = list({Person(name, country, role) for _, name, country, role in rows})
        # how many articles write each name: the spelling most write is the corpus's
        articles = Counter(name for _, name in {(doc_id, name) for doc_id, name, _, _ in rows})
        failed: list[str] = []
        table = guarded("people", block, failed, lambda: resolve_block(people, articles), {})
        for line in failed:  # the block's names stay as each article gives them; its articles say so
            for (doc_id,) in run.conn.execute("SELECT DISTINCT document FROM corpus_people WHERE block = ?", (block,)):
                run.warn(doc_id, line)
        old = {Person(r[0], r[1], r[2]): r[3] for r in run.conn.execute(
            "SELECT name, country, role, full FROM corpus_names WHERE block = ?", (block,))}
        changed = [p for p in set(old) | set(table) if old.get(p) != table.get(p)]
        if changed:
            run.conn.execute("DELETE FROM corpus_names WHERE block = ?", (block,))
            run.conn.executemany("INSERT INTO corpus_names VALUES (?,?,?,?,?)",
                                 [(block, p.name, p.country, p.role, full) for p, full in table.items()])
        docs = {r[0] for p in changed for r in run.conn.execute(
            "SELECT document FROM corpus_people WHERE block = ? AND name = ? AND country IS ? AND role IS ?",
            (block, p.name, p.country, p.role))}
        docs |= {r[0] for r in run.conn.execute("SELECT DISTINCT document FROM corpus_people WHERE block = ?",
                                                 (block,)) if r[0] in change.added}
        for doc_id in sorted(docs):
            mine = [Person(*r) for r in run.conn.execute(
                "SELECT name, country, role FROM corpus_people WHERE document = ? AND block = ?", (doc_id, block))]
            state = run.state(doc_id)
            renames = dict(state.get("renames", {}))
            new = {k: v for k, v in renames.items() if k not in {p.name for p in mine}}
            new.update({p.name: table[p] for p in mine if p in table})
            if new != renames:
                state["renames"] = new
                run.set_state(doc_id, state)
                change.dirty.add(doc_id)
                # the article's quotes may now belong to another speaker's block
                change.speaker_blocks.update(_requote(run, doc_id, new))


def _requote(run: "CorpusRun", doc_id: str, renames: dict[str, str]) -> set[str]:
    from .quote_variants import speaker_block

    touched = set()
    for rowid, block, data in list(run.conn.execute(
            "SELECT rowid, block, data FROM corpus_quotes WHERE document = ?", (doc_id,))):
        speaker = json.loads(data)[0]
        new = speaker_block(renames.get(speaker, speaker) if speaker else speaker)
        if new != block:
            run.conn.execute("UPDATE corpus_quotes SET block = ? WHERE rowid = ?", (new, rowid))
        touched.update(b for b in (block, new) if b)
    return touched


def _dating(run: "CorpusRun", change: "Change") -> None:
    """Undated articles the change may date: new ones, and those needing a date it brings or takes."""
    candidates = {d for d in change.added if run.published_of(d) is None}
    candidates |= run.needing(change.known_blocks)
    for doc_id in sorted(candidates - change.removed):
        if not run.has(doc_id) or run.published_of(doc_id) is not None:
            continue
        warnings: list[str] = []
        year = guarded("dating", doc_id, warnings, lambda: year_from_corpus(run.needs_of(doc_id), run.known_in), None)
        for line in warnings:
            run.warn(doc_id, line)
        state = run.state(doc_id)
        if state.get("year") != year:
            state["year"] = year
            state.pop("day", None)  # a day taken for the old year no longer holds
            run.set_state(doc_id, state)
            change.dirty.add(doc_id)


def _linking(run: "CorpusRun", change: "Change") -> None:
    """Units of new and changed articles in, old ones out; then articles dated to the year (or not
    at all) that report a meeting the corpus dates to the day take that day (undated ones its
    month, where their words date it only against their own missing date), and link again."""
    pending = Pending()
    for doc_id in sorted(change.removed):
        run.index.stage(pending, run.index.units_of_document(doc_id), [])
    # an article at a time: units are written to the index as they are made, never all held
    for doc_id in sorted((change.added | change.dirty) - change.removed):
        run.index.stage(pending, run.index.units_of_document(doc_id), run.units_now(doc_id))
    relinked = run.index.decide(pending)
    change.relinked.clusters |= relinked.clusters
    days = _days_to_take(run, relinked.attached)
    if not days:
        return
    removed, added = [], []
    for doc_id, value in sorted(days.items()):
        run.take_news_date(doc_id, value)
        change.dirty.add(doc_id)
        removed += run.index.units_of_document(doc_id)
        added += run.units_now(doc_id)
    again = run.index.relink(removed, added)
    change.relinked.clusters |= again.clusters


def _days_to_take(run: "CorpusRun", attached: dict[str, str]) -> dict[str, str]:
    """Article -> the one day (or month) the anchor clusters its news joined give it (`news_date`)."""
    news_days = news_dates(attached, lambda unit_id: run.index.load([unit_id]).get(unit_id), run.index)
    return choose_days(news_days, run.effective_published, run.took_news_date)


def _quote_variants(run: "CorpusRun", change: "Change") -> None:
    """Quote variants decided again in each speaker block the change touches."""
    change.speaker_blocks |= {r[0] for d in sorted(change.added | change.dirty) for r in run.conn.execute(
        "SELECT block FROM corpus_quotes WHERE document = ? AND block IS NOT NULL", (d,))}
    for block in sorted(change.speaker_blocks):
        failed: list[str] = []
        variants = guarded("quote_variants", block, failed, lambda: list(variants_of_speaker(run.quotes_in(block))),
                           [])
        for line in failed:
            for (doc_id,) in run.conn.execute("SELECT DISTINCT document FROM corpus_quotes WHERE block = ?", (block,)):
                run.warn(doc_id, line)
        run.conn.execute("DELETE FROM corpus_variants WHERE block = ?", (block,))
        run.conn.executemany("INSERT INTO corpus_variants (block, data) VALUES (?, ?)",
                             [(block, json.dumps(v.to_json(), ensure_ascii=False)) for v in variants])


REGISTRY: dict[str, CorpusStep] = {
    s.name: s
    for s in (
        CorpusStep("people", _people, reads=("actors",), sets=("actor names",),
                   doc="one name per person across articles (compatible full name and state or role)"),
        CorpusStep("dating", _dating, reads=("published", "dateline", "events"), sets=("published",),
                   doc="a year for undated articles from dates other articles state"),
        CorpusStep("linking", _linking, reads=("events", "actors", "published"),
                   sets=("corpus events", "published"),
                   doc="one event per happening, by blocks; the day of the same meeting for undated reports"),
        CorpusStep("quote_variants", _quote_variants, reads=("quotes", "published"),
                   sets=("quote variants",),
                   doc="the same statement as several outlets printed it"),
    )
}

DEFAULT_STEPS: tuple[str, ...] = ("people", "dating", "linking", "quote_variants")


def build_steps(names: tuple[str, ...] | None = None) -> list[CorpusStep]:
    chosen = names or DEFAULT_STEPS
    unknown = [n for n in chosen if n not in REGISTRY]
    if unknown:
        raise StageError(f"unknown corpus step(s): {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    have = set(ARTICLE_FIELDS)
    for name in chosen:
        step = REGISTRY[name]
        missing = [r for r in step.reads if r not in have]
        if missing:
            raise StageError(f"corpus step '{name}' reads {', '.join(missing)}, which no earlier step sets")
        have.update(step.sets)
    return [REGISTRY[n] for n in chosen]
