"""The `events` stage: diplomatic events reported, planned or recalled in one article.

Each sentence is cut into clauses. In a clause, every trigger (`received`, `met`, `signed`,
`telephone conversation`, a dated agreement) is an anchor, and each date phrase belongs to the
anchor nearest to it. The clause's main anchor always makes an event; another anchor makes
one only when it owns a date of its own ("discussed by phone on Friday the agreements of the
state visit last November": a call, and the visit recalled). Dates are not fixed here: the
phrase is kept (`Event.time`) and resolved by `settle.settle_event` against the article's
date, which the corpus may only learn later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates.expressions import TimeExpr, find_time_expressions
from ..model import Document, Event, Mention, Span
from ..pipeline import Context
from .agreements import named_agreements
from .article import Article, clauses
from .lexicon import agreement_noun, hypothetical_before, speech_verbs, status_cues, triggers
from .places import places_in
from .settle import settle_event

# a trigger noun read as a reference back to an event already told ("at the meeting")
_ANAPHORIC = re.compile(r"\b(?:the|this|that|these|our|your|his|her|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
_ADOPTED_IN_PLACE = re.compile(r"\b(?:documents?|decisions?|statements?)\s+(?:were\s+|was\s+)?adopted\s+(?:in|at)\s+[A-Z]")
_SIGNED_BY = re.compile(r"\bsigned\s+by\b", re.IGNORECASE)
_PASSIVE_HOST = re.compile(r"\b(?:was|were)\s+(?:received|hosted|welcomed)\s+by\b", re.IGNORECASE)
# an agreement's name right before "signed": "the Declaration ... signed in Moscow"
_AGREEMENT_BEFORE = re.compile(
    r"(?:declaration|statement|agreements?|treaty|memorand(?:um|a)|accords?|protocol|charter|communiqu[eé])"
    r"(?:\s+(?:on|of|for|in|the|and|between)?\s*[A-Z][\w-]*)*,?\s+(?:which\s+(?:was|were)\s+)?$",
    re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:present|attended|took\s+part|participated|joined)\b", re.IGNORECASE)
_PAST = re.compile(r"^(?:\w+ed|met|held|spoke|paid|made|took|had|was|were|inked|signed)$", re.IGNORECASE)
# what a visit/meeting must have to be recorded from a speaker's words: a date and a place
QUOTED_MODES_NEEDING_DATE = ("meet", "visit", "call", "negotiate")
# how far (characters before, after) a date phrase may stand from a verb, or from an
# agreement noun ("the 9 November statement", "the agreements of 9 November")
VERBAL_DATE_WINDOW = (60, 160)
NOMINAL_DATE_WINDOW = (25, 20)
# how far a place may stand from its trigger ("held talks in Baku", not "... in Syria" at the end)
PLACE_WINDOW = (40, 90)
PLANNED_CUE_WINDOW = 40


@dataclass
class Anchor:
    """A trigger in a clause, with the date phrases nearest to it."""

    mode: str
    code: str
    span: Span
    nominal: bool = False
    priority: int = 9
    times: list[TimeExpr] = field(default_factory=list)


@dataclass
class ClauseContext:
    """What a clause passes to the next one in its sentence.

    `..., which Putin and Nazarbayev signed in 2013`: the relative clause signs the agreement
    named before it; `... in November 2023, when she met X`: the when-clause has that date.
    """

    agreement: "Agreement | None" = None
    times: list[TimeExpr] = field(default_factory=list)

    @staticmethod
    def relative_follows(text: str, clause: Span) -> bool:
        return bool(re.search(r",\s+(?:which|that)\s+$", text[clause.start : clause.end]))

    @staticmethod
    def inherits_times(text: str, clause: Span) -> bool:
        return bool(re.search(r",\s+(?:when|where)\s+$", text[max(0, clause.start - 9) : clause.start]))


def _event_told(earlier: list[Event], anchor: Anchor) -> Event | None:
    """The event a definite mention refers back to: the latest news of that kind, else the latest."""
    same = [e for e in earlier if e.code[:2] == anchor.code[:2]]
    news = [e for e in same if e.status == "reported"]
    return (news or same or [None])[-1]


@dataclass(frozen=True)
class Agreement:
    span: Span
    name: str | None
    key: str | None


def _agreement_in(art: Article, clause: Span) -> Agreement | None:
    """The clause's agreement, named ones first; one still to be made is none."""
    named = named_agreements(art.text, clause)
    if named:
        return Agreement(named[0].span, named[0].name, named[0].key)
    for m in agreement_noun().finditer(art.text, clause.start, clause.end):
        if not hypothetical_before().search(art.text[max(clause.start, m.start() - 40) : m.start()]):
            return Agreement(Span(m.start(), m.end()), None, None)
    return None


def _anchors(art: Article, clause: Span, agreement: Agreement | None) -> list[Anchor]:
    words = art.text[clause.start : clause.end]
    found: list[Anchor] = []
    for trig in triggers():
        for m in trig.pattern.finditer(art.text, clause.start, clause.end):
            span = Span(m.start(), m.end())
            mode, code = trig.mode, trig.code
            if mode == "sign":
                if _ADOPTED_IN_PLACE.search(words):
                    mode, code = "meet", "040"  # "documents adopted in Prague": the meetings
                elif status_cues("hypothetical").search(words):
                    continue  # "should be signed without delay"
                elif agreement is None and not (m.group(0).lower().startswith(("sign", "ink"))
                                                and re.search(r"\bdocuments?\b", words)):
                    continue  # "adopted" or "concluded" without an agreement is no signing
            found.append(Anchor(mode, code, span, priority=trig.priority))
    # of overlapping triggers ("phone call" and "call"), the longer one
    found.sort(key=lambda a: (a.span.start, -(a.span.end - a.span.start)))
    kept: list[Anchor] = []
    for anchor in found:
        if kept and anchor.span.overlaps(kept[-1].span):
            if anchor.priority < kept[-1].priority:
                kept[-1] = anchor
            continue
        kept.append(anchor)
    if not kept and agreement is not None:
        # "the November 2020 Declaration", "the agreements of 9 November": a signing recalled
        kept.append(Anchor("sign", "057", agreement.span, nominal=True, priority=1))
    return kept


def _give_times(anchors: list[Anchor], times: list[TimeExpr]) -> None:
    """Each date phrase goes to the trigger it follows ("a state visit to Astana last November",
    "a telephone conversation on Friday"), else to the one it precedes ("On Tuesday, X will
    meet Y"); "a day after X hosted Y" looks ahead by its meaning."""
    for t in times:
        before = [a for a in anchors if a.span.end <= t.span.start and _near(a, t)]
        after = [a for a in anchors if a.span.start >= t.span.end and _near(a, t)]
        looks_ahead = t.text.lower().endswith("after")
        if before and not (looks_ahead and after):
            max(before, key=lambda a: a.span.end).times.append(t)
        elif after:
            min(after, key=lambda a: a.span.start).times.append(t)


def _near(anchor: Anchor, t: TimeExpr) -> bool:
    before, after = NOMINAL_DATE_WINDOW if anchor.nominal else VERBAL_DATE_WINDOW
    return anchor.span.start - before <= t.span.start and t.span.end <= anchor.span.end + after


def _places_near(art: Article, clause: Span, anchor: Anchor) -> list[tuple[Span, str]]:
    before, after = PLACE_WINDOW
    # the anchor may stand in an earlier clause (an agreement a relative clause refers back to)
    near = anchor.span.widened(before, after, within=clause)
    return places_in(art.doc, near, art.places, journey=anchor.mode == "visit")


def _participants(art: Article, anchor: Anchor, clause: Span, sentence: Span, agreement: Agreement | None,
                  earlier: list[Event]) -> list[str]:
    quoted = art.quoted(anchor.span)
    if anchor.mode == "sign":
        by = _SIGNED_BY.search(art.text, clause.start, clause.end)
        if by:
            signers = art.people_in(Span(by.end(), clause.end), quoted)
            if signers:
                return signers + art.states_in(Span(by.end(), clause.end))
        people = art.people_in(clause, quoted) or art.parties_referred(clause, earlier)
        return people + [s for s in art.states_in(sentence) if s not in people]
    people = art.people_in(clause, quoted)
    people = [p for p in art.protagonist_for_pronoun(clause) if p not in people] + people
    if len(people) < 2:
        # the subject may stand in the clause before ("Fidan, who is in Baku, held talks with X")
        wider = art.people_in(Span(sentence.start, clause.end), quoted)
        people = wider if len(wider) > len(people) else people
    if len(people) < 2:
        people = people + [p for p in art.parties_referred(sentence, earlier) if p not in people]
    if _PASSIVE_HOST.search(art.text, clause.start, clause.end) and len(people) >= 2:
        people = people[1:] + people[:1]  # "X was received by Y": Y hosts
    if anchor.mode == "visit" or people:
        return people  # states do not travel; a state named here is the destination
    return art.states_in(sentence)


def _status_cue(art: Article, clause: Span, anchor: Anchor) -> str | None:
    # "will" and "is scheduled to" speak of the verb right after them, not the whole clause
    near = art.text[max(clause.start, anchor.span.start - PLANNED_CUE_WINDOW) : anchor.span.end]
    if status_cues("planned").search(near):
        return "planned"
    if status_cues("referenced").search(art.text[clause.start : clause.end]):
        return "referenced"
    return None


def _enough(anchor: Anchor, actors: list[str], places: list, quoted: bool) -> bool:
    """Whether what a clause says of an event is enough for a record."""
    times = anchor.times
    if quoted and anchor.mode in QUOTED_MODES_NEEDING_DATE and not (times and (places or len(actors) >= 2)):
        return False
    if anchor.mode == "visit":
        return bool(actors) and (bool(places) or len(actors) >= 2)
    if anchor.mode == "sign":
        return bool(actors)
    return len(actors) >= 2 or (bool(actors) and bool(places) and bool(times))


def _events_of_clause(art: Article, sentence: Span, clause: Span, earlier: list[Event],
                      context: "ClauseContext") -> list[Event]:
    agreement = _agreement_in(art, clause) or context.agreement
    context.agreement = agreement if context.relative_follows(art.text, clause) else None
    anchors = _anchors(art, clause, agreement)
    # the dateline's date is the article's, not an event's
    clause_times = [t for t in find_time_expressions(art.text, clause) if not art.in_dateline(t.span)]
    inherited = [] if clause_times else (context.times if context.inherits_times(art.text, clause) else [])
    context.times = clause_times or context.times
    if not anchors:
        return []
    speech = [Anchor("speech", "", Span(m.start(), m.end()))
              for m in speech_verbs().finditer(art.text, clause.start, clause.end)]
    _give_times(anchors + speech, clause_times)
    # a telephone call is one whatever else the clause says; otherwise the first trigger leads
    calls = [a for a in anchors if a.mode == "call"]
    main = calls[0] if calls else anchors[0]
    main.times.extend(inherited)
    for other in anchors:
        if other is not main and other.mode == main.mode:
            main.times.extend(other.times)  # "met on the sidelines of the summit ... last October"
    main.times.sort(key=lambda t: t.span.start)
    # another trigger makes its own event when it has its own date, or signs a named agreement
    chosen = [main] + [a for a in anchors if a is not main and a.mode != main.mode
                       and (a.times or (a.mode == "sign" and agreement is not None))]
    events: list[Event] = []
    for anchor in chosen:
        if anchor.nominal and not (anchor.times or (agreement and agreement.key)):
            continue
        told = _event_told(earlier, anchor)
        if (anchor is main and not anchor.times and not anchor.nominal and told is not None
                and _ANAPHORIC.search(art.text[max(0, anchor.span.start - 25) : anchor.span.start])):
            # "at the meeting", "the agreement": the event already told
            told.mentions.append(Mention(art.doc.id, sentence.start, sentence.end))
            if _PRESENT.search(art.text, clause.start, clause.end):
                # "... were present at the meeting": more participants
                told.actors.extend(a for a in art.people_in(sentence, art.quoted(anchor.span)) if a not in told.actors)
            continue
        actors = _participants(art, anchor, clause, sentence, agreement if anchor.mode == "sign" else None, earlier)
        places = _places_near(art, clause, anchor)
        quoted = art.quoted(anchor.span)
        if not actors and anchor.times and (places or anchor.mode == "sign"):
            # a dated event told without its parties: the states the paragraph speaks of
            actors = art.states_in(art.paragraph_of(sentence))
        if not _enough(anchor, actors, places, quoted) and not (agreement and agreement.key and anchor.mode == "sign"):
            continue
        built = _build(art, sentence, clause, anchor, actors, places, agreement)
        for ev in built:
            _date_from_the_same_trip(ev, earlier + events, art)
        events.extend(built)
    return events


def _participle(art: Article, anchor: Anchor) -> bool:
    """`the agreements reached during ...`, `the Declaration signed in Moscow`: a signing recalled."""
    if anchor.mode != "sign":
        return False
    before = art.text[max(0, anchor.span.start - 60) : anchor.span.start]
    return bool(_AGREEMENT_BEFORE.search(before)) or bool(
        re.match(r"agreements?\s+(?:reached|achieved)", anchor.span.of(art.text), re.IGNORECASE))


def _date_from_the_same_trip(ev: Event, earlier: list[Event], art: Article) -> None:
    """`Wong will travel to New Delhi next week ...` then `Wong is also expected to meet Goyal`:
    an undated plan shares the date of the last dated plan with a participant in common."""
    if ev.status != "planned" or ev.time is not None:
        return
    for prior in reversed(earlier):
        if prior.status == "planned" and prior.time is not None and set(prior.actors) & set(ev.actors):
            ev.time = prior.time
            settle_event(ev, art.doc, art.latest_year)
            return


def _build(art: Article, sentence: Span, clause: Span, anchor: Anchor, actors: list[str],
           places: list[tuple[Span, str]], agreement: Agreement | None) -> list[Event]:
    doc = art.doc
    # "adopted in Prague and Sochi last October": one meeting per place
    sites = places if anchor.mode == "meet" and len(places) > 1 and len(anchor.times) <= 1 else (places[:1] or [None])
    # "in November 2020, in January and November 2021": one signing per date
    dates = list(anchor.times) if anchor.mode == "sign" and len(anchor.times) > 1 else (anchor.times[:1] or [None])
    signed = agreement if anchor.mode == "sign" else None
    past = any(_PAST.match(w) for w in anchor.span.of(doc.text).split())
    events = []
    for site in sites:
        for when in dates:
            ev = Event(
                code=anchor.code, actors=list(actors), status="reported", mode=anchor.mode,
                mentions=[Mention(doc.id, sentence.start, sentence.end)],
                location=site[1] if site else None,
                time=when.span if when else None,
                status_cue="referenced" if anchor.nominal or _participle(art, anchor) else _status_cue(art, clause, anchor),
                quoted=art.quoted(anchor.span),
                agreement=signed.name if signed else None,
                evidence={"trigger": doc.text[clause.start:clause.end].strip()[:200]},
            )
            if past:
                ev.evidence["tense"] = "past"
            if signed and signed.key:
                ev.evidence["agreement_key"] = signed.key
            events.append(settle_event(ev, doc, art.latest_year))
    return events


def detect_events(doc: Document, ctx: Context) -> Document:
    """Stage `events`: `Document -> Document` with its per-article `events`."""
    art = Article(doc)
    events: list[Event] = []
    for sentence in doc.sentences:
        context = ClauseContext()
        for clause in clauses(doc.text, sentence):
            events.extend(_events_of_clause(art, sentence, clause, events, context))
    doc.events = events
    return doc
