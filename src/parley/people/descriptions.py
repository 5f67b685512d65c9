"""Role descriptions that point to a person of the article: `the Russian top diplomat`,
`his Azerbaijani counterpart`, `the President of the Russian Federation`.

A description names a role and often a country; it points to a person only where exactly one
person of the article fits. Descriptions of people the article does not name stay unresolved.
"""
from __future__ import annotations

import re

from ..model import Span
from .cluster import Person
from .lexicon import Lexicon, fold
from .titles import find_country, find_role

_OPENER = re.compile(r"\b(?:the|his|her|their)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_GAP = re.compile(r"[ \t\u00a0\n]*")
_CONNECTORS = frozenset({"of", "the", "for"})
_MAX_WORDS = 9


def _phrase_end(text: str, start: int, lex: Lexicon) -> int:
    """Where a run of title words starting at `start` ends."""
    end = start
    count = 0
    for m in _WORD.finditer(text, start):
        if _GAP.fullmatch(text, end, m.start()) is None or count >= _MAX_WORDS:
            break
        key = re.sub(r"['’]s$", "", fold(m.group()))
        if not (key in lex.titles or key in lex.demonyms or key in lex.place_words or key in _CONNECTORS):
            break
        end, count = m.end(), count + 1
    # a description ends on a title word, never on "of the"
    while True:
        tail = re.search(r"\s+(?:of|the|for)$", text[start:end], re.IGNORECASE)
        if not tail:
            return end
        end = start + tail.start()


def _antecedent(people: list[Person], position: int) -> Person | None:
    before = [(p.last_mention_before(position), p) for p in people]
    before = [b for b in before if b[0] >= 0]
    return max(before, key=lambda b: b[0])[1] if before else None


def _fits(person: Person, role: str) -> bool:
    if person.role == role:
        return True
    # "the minister" fits any minister
    return role == "minister" and bool(person.role) and "minister" in str(person.role)


def _resolve(people: list[Person], role: str | None, country: str | None,
             exclude: Person | None) -> Person | None:
    pool = [p for p in people if p is not exclude and role and _fits(p, role)]
    exact = [p for p in pool if country is None or p.country == country]
    if len(exact) == 1:
        return exact[0]
    if not exact and country is not None:
        unknown = [p for p in pool if p.country is None]
        if len(unknown) == 1:
            unknown[0].country = country
            return unknown[0]
    return None


def resolve_descriptions(text: str, people: list[Person], taken: list[Span], lex: Lexicon) -> None:
    """Add each resolvable description in `text` (outside `taken` spans) to its person."""
    for opener in _OPENER.finditer(text):
        end = _phrase_end(text, opener.end(), lex)
        if end <= opener.end():
            continue
        span = Span(opener.start(), end)
        if any(span.overlaps(t) for t in taken):
            continue
        phrase = text[span.start : span.end]
        words = _WORD.findall(phrase)
        keys = {fold(w) for w in words}
        country = find_country(words, lex)
        if keys & lex.same_role_words:
            antecedent = _antecedent(people, span.start)
            role = antecedent.role if antecedent else None
            person = _resolve(people, role, country, antecedent)
        else:
            person = _resolve(people, find_role(phrase, lex), country, None)
        if person is not None:
            person.described.append(span)
