"""The `events` stage: diplomatic events reported, planned or recalled in one article.

Each sentence is cut into clauses; a clause with a trigger (`received`, `met`, `signed`,
`phone call`, a dated agreement) and at least its participants becomes an event mention.
Dates are not fixed here: the date phrase is kept (`Event.time`) and resolved by
`settle.settle_event` against the article's date, which the corpus may only learn later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates.expressions import TimeExpr, find_time_expressions, latest_year_named
from ..model import Document, Event, Mention, Span
from ..pipeline import Context
from .agreements import named_agreements
from .index import SpanIndex
from .lexicon import Trigger, agreement_noun, hypothetical_before, status_cues, triggers
from .places import places_in, state_name, states_in
from .settle import settle_event

# where a sentence splits into clauses that report separate events
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?:and\s+then|while|whereas|but)\s+|\s+and\s+then\s+|,\s+and\s+(?=(?:the|a|an)\s)")
# "the two leaders", "both sides": the parties of the event told just before
_THE_PARTIES = re.compile(
    r"\b(?:the\s+two|both|the)\s+(?:leaders|presidents|ministers|sides|parties|countries|delegations|heads\s+of\s+state)\b",
    re.IGNORECASE)
# a trigger noun read as a reference back to an event already told ("at the meeting")
_ANAPHORIC = re.compile(r"\b(?:the|this|that|these|our|your|his|her|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
# what a visit/meeting must have to be recorded from a speaker's words: a date and a place
QUOTED_MODES_NEEDING_DATE = ("meet", "visit", "call", "negotiate")
# how far (characters before, after) a date phrase may stand from a verb, or from an
# agreement noun ("the 9 November statement", "the agreements of 9 November")
VERBAL_DATE_WINDOW = (60, 160)
_ADOPTED_IN_PLACE = re.compile(r"\b(?:documents?|decisions?|statements?)\s+(?:were\s+|was\s+)?adopted\s+(?:in|at)\s+[A-Z]")
NOMINAL_DATE_WINDOW = (25, 20)
PLANNED_CUE_WINDOW = 40


@dataclass(frozen=True)
class TriggerHit:
    span: Span
    trigger: Trigger


class Article:
    """One document with the indexes the events stage asks of it sentence after sentence."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes: SpanIndex[None] = SpanIndex.of((q.span, None) for q in doc.quotes)
        self.people: SpanIndex[str] = SpanIndex.of(
            (m, a.name) for a in doc.actors if a.type == "person" for m in a.mentions)
        self.places: SpanIndex[None] = SpanIndex.of(
            (e.span, None) for e in doc.entities if e.label in ("GPE", "LOC"))
        self.body: SpanIndex[None] = SpanIndex.of((p, None) for p in doc.body_spans)
        self.latest_year = latest_year_named(doc.text, doc.body_spans)

    def quoted(self, span: Span) -> bool:
        return self.quotes.touches(span)

    def people_in(self, span: Span, quoted: bool) -> list[str]:
        """People named in the span, on the same side of the quotation marks as the event.

        In `"... another summit in Sochi," Lavrov said` the speaker is no participant.
        """
        names: list[str] = []
        for mention, name in self.people.within(span):
            if name not in names and self.quoted(mention) == quoted:
                names.append(name)
        return names

    def paragraph_of(self, span: Span) -> Span:
        found = self.body.overlapping(span)
        return found[0][0] if found else span


def _clauses(text: str, sentence: Span) -> list[Span]:
    cuts = [sentence.start]
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        cuts.append(m.end())
    cuts.append(sentence.end)
    return [Span(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _trigger_hits(doc: Document, clause: Span) -> list[TriggerHit]:
    hits = []
    for trig in triggers():
        for m in trig.pattern.finditer(doc.text, clause.start, clause.end):
            hits.append(TriggerHit(Span(m.start(), m.end()), trig))
    return sorted(hits, key=lambda h: (h.trigger.priority, h.span.start))


def _agreement_in(doc: Document, clause: Span) -> tuple[Span | None, str | None, str | None]:
    """(span of an agreement noun, its name, its key) in the clause, named ones first.

    An agreement still to be made ("the future peace agreement") is no agreement here.
    """
    named = named_agreements(doc.text, clause)
    if named:
        return named[0].span, named[0].name, named[0].key
    for m in agreement_noun().finditer(doc.text, clause.start, clause.end):
        if not hypothetical_before().search(doc.text[max(clause.start, m.start() - 40) : m.start()]):
            return Span(m.start(), m.end()), None, None
    return None, None, None


def _states(doc: Document, span: Span) -> list[str]:
    names: list[str] = []
    for s in states_in(doc.text, span):
        name = state_name(s.iso3)
        if name not in names:
            names.append(name)
    return names


def _status_cue(doc: Document, clause: Span, anchor: Span) -> str | None:
    # "will" and "is scheduled to" speak of the verb right after them, not the whole clause
    near = doc.text[max(clause.start, anchor.start - PLANNED_CUE_WINDOW) : anchor.end]
    if status_cues("planned").search(near):
        return "planned"
    if status_cues("referenced").search(doc.text[clause.start : clause.end]):
        return "referenced"
    return None


def _participants(art: Article, mode: str, sentence: Span, quoted: bool) -> list[str]:
    doc = art.doc
    people = art.people_in(sentence, quoted)
    if mode == "visit":
        return people  # states do not travel; a state named here is the destination
    states = _states(doc, sentence)
    if mode == "sign":
        return people + [s for s in states if s not in people]
    return people or states


def _is_anaphoric(doc: Document, anchor: Span) -> bool:
    return bool(_ANAPHORIC.search(doc.text[max(0, anchor.start - 25) : anchor.start]))


def _times_of(times: list[TimeExpr], anchor: Span, nominal: bool) -> list[TimeExpr]:
    """Date phrases that belong to the trigger: near it, or right beside an agreement's name."""
    if nominal:
        before, after = NOMINAL_DATE_WINDOW
    else:
        before, after = VERBAL_DATE_WINDOW
    return [t for t in times if anchor.start - before <= t.span.start and t.span.end <= anchor.end + after]


def _choose_trigger(doc: Document, clause: Span, agreement: Span | None) -> tuple[str, str, Span, bool] | None:
    """(mode, code, anchor span, nominal) of the clause's event, if it has one."""
    hits = _trigger_hits(doc, clause)
    words = doc.text[clause.start : clause.end]
    for hit in hits:
        if hit.trigger.mode == "sign" and agreement is None:
            signed_documents = hit.span.of(doc.text).lower().startswith(("sign", "ink")) and re.search(
                r"\bdocuments?\b", words)
            if _ADOPTED_IN_PLACE.search(words):
                # "documents adopted in Prague and Sochi": the meetings that adopted them
                return "meet", "040", hit.span, False
            if not signed_documents:
                continue  # "adopted" or "concluded" without an agreement is no signing
        return hit.trigger.mode, hit.trigger.code, hit.span, False
    if agreement is not None:
        # "the November 2020 Declaration", "the agreements of 9 November": a signing recalled
        return "sign", "057", agreement, True
    return None


def _events_of_clause(art: Article, sentence: Span, clause: Span, last: Event | None) -> list[Event]:
    doc = art.doc
    agreement_span, agreement_name, agreement_key = _agreement_in(doc, clause)
    chosen = _choose_trigger(doc, clause, agreement_span)
    if chosen is None:
        return []
    mode, code, anchor, nominal = chosen
    times = _times_of(find_time_expressions(doc.text, clause), anchor, nominal)
    if nominal and not (times or agreement_key):
        return []
    # the trigger's side of the quotation marks decides who speaks of what
    quoted = art.quoted(anchor)
    places = places_in(doc, clause, art.places, journey=mode == "visit")
    actors = _participants(art, mode, sentence, quoted)
    if not nominal and not times and _is_anaphoric(doc, anchor) and last is not None and last.code[:2] == code[:2]:
        # "present at the meeting", "the agreement": the event already told
        last.mentions.append(Mention(doc.id, sentence.start, sentence.end))
        last.actors.extend(a for a in art.people_in(sentence, quoted) if a not in last.actors)
        return []
    if quoted and mode in QUOTED_MODES_NEEDING_DATE and not (times and (places or len(actors) >= 2)):
        return []
    if not actors and last is not None and _THE_PARTIES.search(doc.text[sentence.start:sentence.end]):
        actors = list(last.actors)
    if not actors:
        if not (times and (places or agreement_key or mode == "sign")):
            return []
        # a dated event told without its parties: the states the paragraph speaks of
        actors = _states(doc, art.paragraph_of(sentence))
        if not actors and not agreement_key:
            return []
    if mode not in ("visit", "sign") and len(actors) < 2 and not (places and times):
        return []
    if mode == "visit" and not places and len(actors) < 2:
        return []
    found = _Found(mode, code, actors, places, times, quoted, agreement_name, agreement_key,
                   _status_cue(doc, clause, anchor), _tense(anchor.of(doc.text)))
    return _build(art, sentence, clause, found)


@dataclass(frozen=True)
class _Found:
    mode: str
    code: str
    actors: list[str]
    places: list[tuple[Span, str]]
    times: list[TimeExpr]
    quoted: bool
    agreement_name: str | None
    agreement_key: str | None
    status_cue: str | None
    # -1 the trigger is in the past tense ("met"), 0 it does not say ("meeting")
    tense: int


def _build(art: Article, sentence: Span, clause: Span, f: _Found) -> list[Event]:
    doc = art.doc
    # "adopted in Prague and Sochi last October": one meeting per place
    sites = f.places if f.mode == "meet" and len(f.places) > 1 and len(f.times) <= 1 else (f.places[:1] or [None])
    # "in November 2020, in January and November 2021": one signing per date
    dates = list(f.times) if f.mode == "sign" and len(f.times) > 1 else (f.times[:1] or [None])
    events = []
    for site in sites:
        for when in dates:
            ev = Event(
                code=f.code, actors=list(f.actors), status="reported", mode=f.mode,
                mentions=[Mention(doc.id, sentence.start, sentence.end)],
                location=site[1] if site else None,
                time=when.span if when else None,
                status_cue=f.status_cue, quoted=f.quoted, agreement=f.agreement_name,
                evidence={"trigger": doc.text[clause.start:clause.end].strip()[:200]},
            )
            if f.tense < 0:
                ev.evidence["tense"] = "past"
            if f.agreement_key:
                ev.evidence["agreement_key"] = f.agreement_key
            events.append(settle_event(ev, doc, art.latest_year))
    return events


_PAST = re.compile(r"^(?:\w+ed|met|held|spoke|paid|made|took|had|was|were|inked|signed)$", re.IGNORECASE)


def _tense(trigger_words: str) -> int:
    return -1 if any(_PAST.match(w) for w in trigger_words.split()) else 0


def detect_events(doc: Document, ctx: Context) -> Document:
    art = Article(doc)
    events: list[Event] = []
    for sentence in doc.sentences:
        for clause in _clauses(doc.text, sentence):
            found = _events_of_clause(art, sentence, clause, events[-1] if events else None)
            events.extend(found)
    doc.events = events
    return doc
