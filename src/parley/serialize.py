"""A full, lossless round trip between `Document`/`Event` and plain JSON-ready dicts.

`Document.to_json` writes the public record (OUTPUT.md) and leaves out what only the
pipeline needs: the per-document events before linking, `title_span`, `dateline`,
`body_spans`, `published_evidence`, warnings and the NLP annotations. The store keeps the
dicts written here, so the corpus can be linked again later without running any NLP.

    document_from_dict(document_to_dict(doc)) == doc
"""
from __future__ import annotations

import json
from typing import Any

from .model import Actor, DateValue, Dateline, Document, Entity, Event, Mention, ParsedSentence, Quote, Span, Token

# bumped when the dict layout changes in a way old readers cannot follow
FORMAT_VERSION = 1


def span_to_list(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def span_from_list(raw: Any) -> Span | None:
    if raw is None:
        return None
    start, end = raw
    return Span(int(start), int(end))


def date_to_dict(date: DateValue | None) -> dict[str, str] | None:
    return None if date is None else date.to_json()


def date_from_dict(raw: Any) -> DateValue | None:
    if raw is None:
        return None
    return DateValue(str(raw["value"]), raw["precision"])


def _dateline_to_dict(d: Dateline | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"span": span_to_list(d.span), "place": d.place, "month": d.month, "day": d.day,
            "year": d.year, "agency": d.agency}


def _dateline_from_dict(raw: Any) -> Dateline | None:
    if raw is None:
        return None
    return Dateline(span=span_from_list(raw["span"]), place=raw.get("place"), month=raw.get("month"),
                    day=raw.get("day"), year=raw.get("year"), agency=raw.get("agency"))


def _actor_to_dict(a: Actor) -> dict[str, Any]:
    return {"name": a.name, "type": a.type, "country": a.country, "role": a.role,
            "mentions": [span_to_list(m) for m in a.mentions]}


def _actor_from_dict(raw: dict[str, Any]) -> Actor:
    return Actor(name=raw["name"], type=raw.get("type", "person"), country=raw.get("country"),
                 role=raw.get("role"), mentions=[span_from_list(m) for m in raw.get("mentions", [])])


def _quote_to_dict(q: Quote) -> dict[str, Any]:
    return {"speaker": q.speaker, "span": span_to_list(q.span), "kind": q.kind, "cue": span_to_list(q.cue)}


def _quote_from_dict(raw: dict[str, Any]) -> Quote:
    return Quote(speaker=raw.get("speaker"), span=span_from_list(raw["span"]), kind=raw.get("kind", "direct"),
                 cue=span_from_list(raw.get("cue")))


def _entity_to_dict(e: Entity) -> dict[str, Any]:
    return {"span": span_to_list(e.span), "label": e.label, "text": e.text}


def _entity_from_dict(raw: dict[str, Any]) -> Entity:
    return Entity(span=span_from_list(raw["span"]), label=raw["label"], text=raw["text"])


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "code": e.code,
        "label": e.label,
        "actors": list(e.actors),
        "location": e.location,
        "date": date_to_dict(e.date),
        "status": e.status,
        "mentions": [m.to_json() for m in e.mentions],
        "evidence": dict(e.evidence),
        "agreement": e.agreement,
        "mode": e.mode,
        "time": span_to_list(e.time),
        "status_cue": e.status_cue,
        "quoted": e.quoted,
    }


def event_from_dict(raw: dict[str, Any]) -> Event:
    """An `Event` from `event_to_dict` output, or from an OUTPUT.md event object."""
    return Event(
        code=str(raw["code"]),
        actors=list(raw.get("actors", [])),
        status=raw.get("status", "reported"),
        mentions=[Mention(str(m["document"]), int(m["start"]), int(m["end"])) for m in raw.get("mentions", [])],
        label=raw.get("label", ""),
        location=raw.get("location"),
        date=date_from_dict(raw.get("date")),
        id=raw.get("id", ""),
        evidence=dict(raw.get("evidence") or {}),
        agreement=raw.get("agreement"),
        mode=raw.get("mode", ""),
        time=span_from_list(raw.get("time")),
        status_cue=raw.get("status_cue"),
        quoted=bool(raw.get("quoted", False)),
    )


def _parse_to_list(p: ParsedSentence) -> list[Any]:
    return [p.span.start, p.span.end, [[t.start, t.end, t.lemma, t.pos, t.tag, t.dep, t.head] for t in p.tokens]]


def _parse_from_list(raw: Any) -> ParsedSentence:
    start, end, tokens = raw
    return ParsedSentence(Span(int(start), int(end)), [Token(*t) for t in tokens])


def document_to_dict(d: Document, parses: bool = True) -> dict[str, Any]:
    """Everything of `d`; with `parses=False` without the dependency parses, which only the
    per-article stages read (the store and the Ray engine's hand-over leave them out: they are
    the bulk of a document's dict and nothing after the `events` stage needs them)."""
    return {
        "format": FORMAT_VERSION,
        "id": d.id,
        "source": d.source,
        "text": d.text,
        "title": d.title,
        "title_span": span_to_list(d.title_span),
        "outlet": d.outlet,
        "published": date_to_dict(d.published),
        "published_evidence": d.published_evidence,
        "published_strength": d.published_strength,
        "metadata_published": date_to_dict(d.metadata_published),
        "news_reference": date_to_dict(d.news_reference),
        "url": d.url,
        "declared_id": d.declared_id,
        "site_name": d.site_name,
        "dateline": _dateline_to_dict(d.dateline),
        "body_spans": [span_to_list(s) for s in d.body_spans],
        "body_dateline": span_to_list(d.body_dateline),
        "analysed": span_to_list(d.analysed),
        "sentences": [span_to_list(s) for s in d.sentences],
        "entities": [_entity_to_dict(e) for e in d.entities],
        "parses": [_parse_to_list(p) for p in d.parses] if parses else [],
        "actors": [_actor_to_dict(a) for a in d.actors],
        "quotes": [_quote_to_dict(q) for q in d.quotes],
        "events": [event_to_dict(e) for e in d.events],
        "warnings": list(d.warnings),
        "stages_run": list(d.stages_run),
        "internal_errors": list(d.internal_errors),
    }


def document_from_dict(raw: dict[str, Any]) -> Document:
    version = raw.get("format", FORMAT_VERSION)
    if version > FORMAT_VERSION:
        raise ValueError(f"document format {version} is newer than this parley reads ({FORMAT_VERSION})")
    return Document(
        id=raw["id"],
        source=raw["source"],
        text=raw["text"],
        title=raw.get("title"),
        title_span=span_from_list(raw.get("title_span")),
        outlet=raw.get("outlet"),
        published=date_from_dict(raw.get("published")),
        published_evidence=raw.get("published_evidence"),
        published_strength=raw.get("published_strength", "strong"),
        metadata_published=date_from_dict(raw.get("metadata_published")),
        news_reference=date_from_dict(raw.get("news_reference")),
        url=raw.get("url"),
        declared_id=raw.get("declared_id"),
        site_name=raw.get("site_name"),
        dateline=_dateline_from_dict(raw.get("dateline")),
        body_spans=[span_from_list(s) for s in raw.get("body_spans", [])],
        body_dateline=span_from_list(raw.get("body_dateline")),
        analysed=span_from_list(raw.get("analysed")),
        sentences=[span_from_list(s) for s in raw.get("sentences", [])],
        entities=[_entity_from_dict(e) for e in raw.get("entities", [])],
        parses=[_parse_from_list(p) for p in raw.get("parses", [])],
        actors=[_actor_from_dict(a) for a in raw.get("actors", [])],
        quotes=[_quote_from_dict(q) for q in raw.get("quotes", [])],
        events=[event_from_dict(e) for e in raw.get("events", [])],
        warnings=list(raw.get("warnings", [])),
        stages_run=list(raw.get("stages_run", [])),
        internal_errors=list(raw.get("internal_errors", [])),
    )


def document_to_json(doc: Document, parses: bool = True) -> str:
    """One line of JSON: how documents cross process boundaries (the Ray engine)."""
    return json.dumps(document_to_dict(doc, parses), ensure_ascii=False)


def document_from_json(data: str) -> Document:
    return document_from_dict(json.loads(data))
