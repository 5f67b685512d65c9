"""The `quotes` stage: every quotation of the body with its speaker.

Speech transcripts first (an introduction, then paragraphs of speech), then quotations in
marks outside them, then reported speech outside both. Speakers resolve in text order, so
that "he" finds the speaker or sentence subject that came last before it.
"""
from __future__ import annotations

from ..model import Document, Quote, Span
from ..pipeline import Context
from .attribution import Cue
from .direct import attribute, kept
from .indirect import find_reported
from .lexicon import QuoteLexicon, quote_lexicon
from .marks import find_marked
from .speakers import Speakers
from .transcript import Transcripts

__all__ = ["find_quotes"]


def _merge(text: str, parts: list[Span]) -> list[Span]:
    """Join the paragraphs of one turn where only white space stands between them."""
    merged: list[Span] = []
    for part in parts:
        if merged and not text[merged[-1].end : part.start].strip():
            merged[-1] = Span(merged[-1].start, part.end)
        else:
            merged.append(part)
    return merged


def _note_subjects(doc: Document, speakers: Speakers, quoted: list[Span]) -> None:
    """Each sentence's first named person, outside quotations, is there for a later "he"."""
    for sentence in doc.sentences:
        name = speakers.first_actor_in(sentence, quoted)
        if name:
            first = min(m.start for a in doc.actors if a.name == name for m in a.mentions
                        if sentence.contains(m) and not any(q.overlaps(m) for q in quoted))
            speakers.note(first, name)


def _position(cue: Cue | None, fallback: int) -> int:
    return cue.subject.start if cue is not None else fallback


def find_quotes(doc: Document, ctx: Context) -> Document:
    lex: QuoteLexicon = ctx.resource("quotes.lexicon", quote_lexicon)
    text = doc.masked_body()
    paragraphs = doc.analysed_body_spans()
    speakers = Speakers(doc.text, doc.actors, lex)

    turns = Transcripts(text, paragraphs, speakers, lex).turns()
    spoken = [p for t in turns for p in t.parts]
    marked = [m for m in find_marked(text, paragraphs, lex) if not any(s.contains(m.content) for s in spoken)]
    items = attribute(text, paragraphs, marked, lex)
    direct = spoken + [i.marked.content for i in items]
    reported = [r for r in find_reported(text, doc.sentences, lex)
                if not any(r.clause.overlaps(d) or (r.cue.verb and d.contains(r.cue.verb)) for d in direct)]
    quoted = direct + [r.clause for r in reported]
    _note_subjects(doc, speakers, quoted)

    # (where the speaker is named, the quote, how to find its speaker)
    pending: list[tuple[int, Quote, Cue | None, Quote | None]] = []
    for turn in turns:
        for part in _merge(text, turn.parts):
            pending.append((turn.cue.subject.start, Quote(None, part, "direct", turn.cue.span), turn.cue, None))
    marked_quotes: dict[int, Quote] = {}
    for k, item in enumerate(items):
        if not kept(item, text):
            continue
        quote = Quote(None, item.marked.content, "direct", item.cue.span if item.cue else None)
        marked_quotes[k] = quote
        leader = marked_quotes.get(item.follows) if item.follows is not None else None
        pending.append((_position(item.cue, item.marked.opening), quote, item.cue, leader))
    for r in reported:
        pending.append((r.cue.subject.start, Quote(None, r.clause, "indirect", r.cue.span), r.cue, None))

    for position, quote, cue, leader in sorted(pending, key=lambda p: (p[0], p[1].span.start)):
        if leader is not None:
            quote.speaker = leader.speaker
        elif cue is not None:
            quote.speaker = speakers.resolve(cue.subject)
        speakers.note(position, quote.speaker)
    doc.quotes = sorted((p[1] for p in pending), key=lambda q: q.span.start)
    return doc
