"""Corpus linking on Ray Data: a group-by over the components of shared blocks.

    documents ─ people, dating (driver; blocked) ─► link units ─ components (driver: union of
    shared keys) ─► groupby(component).map_groups(link one component) ─► events, days for undated
    news ─ articles take their day (driver) ─► (once more for the components they touch)
                  quotes ─► groupby(speaker).map_groups(variants of one speaker) ─► quote variants

A component is linked exactly as the whole corpus is (`corpus.components`), so the record is the
one the local engine makes.
"""
from __future__ import annotations

import json
from typing import Any

import numpy as np

from ..corpus import memory_run
from ..corpus.components import components, link_component
from ..corpus.dating import choose_days
from ..corpus.linking import event_order
from ..corpus.quote_variants import QuoteText, QuoteVariant, speaker_block, variants_of_speaker, window_of
from ..corpus.units import LinkUnit
from ..model import Document, Event, Record
from ..options import Options
from ..serialize import event_from_dict, event_to_dict

_COLUMNS = ("kind", "key", "data")


def _rows(rows: list[tuple[str, str, str]]) -> dict[str, np.ndarray]:
    rows = rows or [("none", "", "")]  # a group always answers (an empty batch has no columns)
    return {name: np.array([r[i] for r in rows], dtype=object) for i, name in enumerate(_COLUMNS)}


def _link_group(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    units = [LinkUnit.from_dict(json.loads(raw)) for raw in batch["unit"]]
    result = link_component(units)
    rows = [("event", "\x00".join(event_order(e)), json.dumps(event_to_dict(e), ensure_ascii=False))
            for e in result.events]
    rows += [("day", uid, day) for uid, day in sorted(result.news_days.items())]
    return _rows(rows)


def _variants_group(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    quotes = [QuoteText(*json.loads(raw)) for raw in batch["quote"]]
    block = str(batch["block"][0])
    ordered = sorted(quotes, key=lambda q: (window_of(q.published), q.document, q.start))
    variants = list(variants_of_speaker(ordered))
    return _rows([("variant", f"{block}\x00{n:09d}", json.dumps(v.to_json(), ensure_ascii=False))
                  for n, v in enumerate(variants)])


def _link_units(ray: Any, units: list[LinkUnit]) -> tuple[list[Event], dict[str, str]]:
    if not units:
        return [], {}
    part = components(units)
    ds = ray.data.from_items([{"component": part[u.id], "unit": json.dumps(u.to_dict(), ensure_ascii=False)}
                              for u in units])
    rows = ds.groupby("component").map_groups(_link_group, batch_format="numpy").take_all()
    events = sorted(((r["key"], r["data"]) for r in rows if r["kind"] == "event"))
    days = {r["key"]: r["data"] for r in rows if r["kind"] == "day"}
    return [event_from_dict(json.loads(data)) for _, data in events], days


def _quote_variants(ray: Any, quotes: list[QuoteText]) -> list[QuoteVariant]:
    from ..corpus.quote_variants import Difference, Passage
    from ..model import Span

    rows_in = [{"block": block, "quote": json.dumps([q.document, q.speaker, q.start, q.end, q.text, q.published],
                                                    ensure_ascii=False)}
               for q in quotes if (block := speaker_block(q.speaker)) is not None]
    if not rows_in:
        return []
    rows = ray.data.from_items(rows_in).groupby("block").map_groups(_variants_group, batch_format="numpy").take_all()
    out = []
    for r in sorted((r for r in rows if r["kind"] == "variant"), key=lambda r: r["key"]):
        raw = json.loads(r["data"])
        passages = [Passage(v["document"], raw["speaker"], Span(v["start"], v["end"]), ()) for v in raw["variants"]]
        out.append(QuoteVariant(raw["speaker"], passages, raw["similarity"],
                                [Difference(d["first"], d["second"]) for d in raw["differences"]]))
    return out


def link_with_ray(ray: Any, documents: list[Document], options: Options) -> Record:
    """The record of `documents`, its linking done as Ray Data group-bys."""
    if not options.corpus_reasoning:
        return Record(documents=documents, events=[e for d in documents for e in d.events])
    steps = options.corpus_steps or ("people", "dating", "linking", "quote_variants")
    # people and dating are block lookups on the driver; linking and quote variants go to Ray
    run = memory_run(documents, tuple(s for s in steps if s in ("people", "dating")))
    events: list[Event] = []
    variants: list[QuoteVariant] = []
    if "linking" in steps:
        units = [u for d in documents for u in run.units_now(d.id)]
        events, news_days = _link_units(ray, units)
        days = choose_days(news_days, run.effective_published, run.took_news_date)
        if days:
            for doc_id, value in days.items():
                run.take_news_date(doc_id, value)
            units = [u for d in documents for u in run.units_now(d.id)]
            events, _ = _link_units(ray, units)
    if "quote_variants" in steps:
        variants = _quote_variants(ray, list(run.quotes()))
    for doc in documents:
        run.corpus_document(doc.id, doc)
    return Record(documents=documents, events=sorted(events, key=event_order), quote_variants=variants)
