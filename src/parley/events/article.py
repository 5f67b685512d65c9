"""One article as the events stage reads it: clauses, and who and where within them."""
from __future__ import annotations

import re

from ..dates.expressions import latest_year_lived
from ..model import Document, Event, Span
from .index import SpanIndex
from .places import iso_of_state_name, state_name, states_in

# where a sentence splits into clauses that may report separate events: coordination
# (", and then", "; "), relative clauses (", which", ", after which"), and subordinate
# clauses that open with a new subject ("... since Prime Minister Modi and President Xi met")
_CLAUSE_BREAK = re.compile(
    r";\s+"
    r"|,\s+(?:and\s+then|while|whereas|but|after\s+which|following\s+which|where|which|who|when)\s+"
    r"|\s+and\s+then\s+"
    r"|,\s+and\s+(?=(?:the|a|an|they|he|she)\s)"
    r"|(?<!day)(?<!days)(?<!week)(?<!weeks)\s+(?:after|since|before|when|until)\s+"
    r"(?=(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:and|met|held|signed|visited|hosted|received|had|was|were)\b)"
)
# "the two leaders", "both sides", "they": the parties of the event told just before;
# "the two ministers": those of them whose role says minister
_THE_PARTIES = re.compile(
    r"\b(?:(?:the\s+two|both|the)\s+(?:(?P<role>presidents|ministers|foreign\s+ministers|prime\s+ministers)"
    r"|leaders|sides|parties|delegations|heads\s+of\s+state)|they)\b",
    re.IGNORECASE)
_ROLE_WORD = {"presidents": ("president", "head of state"), "ministers": ("minister",),
              "foreign ministers": ("foreign minister",), "prime ministers": ("prime minister", "head of government")}
# "he", "she" opening a clause: the article's protagonist
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:he|she)\b", re.IGNORECASE)
# roles whose holders speak about events rather than take part in them
_SPOKESPEOPLE = re.compile(r"spokes(?:person|man|woman)|press secretary|press service", re.IGNORECASE)


def clauses(text: str, sentence: Span) -> list[Span]:
    cuts = [sentence.start]
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        cuts.append(m.end())
    cuts.append(sentence.end)
    return [Span(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


class Article:
    """One document with the indexes the events stage asks of it sentence after sentence."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # words in quotation marks or a transcript; reported speech ("X said that ...",
        # "according to Y, ...") tells news facts and counts as narration here
        self.quotes: SpanIndex[None] = SpanIndex.of((q.span, None) for q in doc.quotes if q.kind == "direct")
        self.people: SpanIndex[str] = SpanIndex.of(
            (m, a.name) for a in doc.actors
            if a.type == "person" and not _SPOKESPEOPLE.search(a.role or "") for m in a.mentions)
        self.places: SpanIndex[None] = SpanIndex.of(
            (e.span, None) for e in doc.entities if e.label in ("GPE", "LOC"))
        self.body: SpanIndex[None] = SpanIndex.of((p, None) for p in doc.body_spans)
        self.latest_year = latest_year_lived(doc.text, doc.body_spans)
        self.roles = {a.name: a.role for a in doc.actors}
        firsts = [(min(a.mentions).start, a.name) for a in doc.actors
                  if a.type == "person" and a.mentions and not _SPOKESPEOPLE.search(a.role or "")]
        self.first_person = min(firsts)[1] if firsts else None

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

    def states_in(self, span: Span) -> list[str]:
        names: list[str] = []
        for s in states_in(self.text, span):
            name = state_name(s.iso3)
            if name not in names:
                names.append(name)
        return names

    def paragraph_of(self, span: Span) -> Span:
        found = self.body.overlapping(span)
        return found[0][0] if found else span

    def parties_referred(self, span: Span, earlier: list[Event]) -> list[str]:
        """`the two ministers`, `they`: the people of the last event that had two or more."""
        m = _THE_PARTIES.search(self.text, span.start, span.end)
        if not m:
            return []
        roles = _ROLE_WORD.get(re.sub(r"\s+", " ", (m.group("role") or "").lower()), ())
        # with the role the phrase names where the article gives roles, else without
        for wanted in (roles, ()) if roles else ((),):
            for ev in reversed(earlier):
                people = [a for a in ev.actors if iso_of_state_name(a) is None and self._holds(a, wanted)]
                if len(people) >= 2:
                    return people
        return []

    def _holds(self, name: str, roles: tuple[str, ...]) -> bool:
        if not roles:
            return True
        role = (self.roles.get(name) or "").lower()
        return any(r in role for r in roles)

    def protagonist_for_pronoun(self, span: Span) -> list[str]:
        """`She last travelled to India ...`: the person the article's lead is about."""
        if not _PRONOUN_SUBJECT.search(self.text[span.start : span.end]) or self.first_person is None:
            return []
        return [self.first_person]

    def in_dateline(self, span: Span) -> bool:
        return self.doc.dateline is not None and self.doc.dateline.span.overlaps(span)
