"""The `actors` stage: the people of an article, each with one canonical name, the country
and role the text gives them, and every place they are named or described.
"""
from __future__ import annotations

from ..model import Actor, Document, Span
from ..pipeline import Context
from .candidates import find_candidates
from .cluster import Person, group_people, settle_roles
from .descriptions import resolve_descriptions
from .lexicon import Lexicon, lexicon
from .names import Word, likely_female, parse_name
from .titles import title_after

__all__ = ["find_actors", "is_female"]


def _actor(person: Person) -> Actor:
    spans = {m.span for m in person.mentions} | set(person.described)
    return Actor(name=person.name, type="person", country=person.country, role=person.role,
                 mentions=sorted(spans))


def _people(doc: Document, lex: Lexicon) -> list[Person]:
    text = doc.masked_body()
    candidates = find_candidates(doc, lex)
    afters = [title_after(text, c.span.end, lex) for c in candidates]
    people = group_people(candidates, afters, lex)
    settle_roles(people)
    taken: list[Span] = []
    for person in people:
        for m in person.mentions:
            taken.append(m.name.span)
            for title in (m.candidate.title, m.after):
                if title.span is not None:
                    taken.append(title.span)
    resolve_descriptions(text, people, taken, lex)
    return people


def find_actors(doc: Document, ctx: Context) -> Document:
    lex = ctx.resource("people.lexicon", lexicon)
    doc.actors = [_actor(p) for p in _people(doc, lex)]
    return doc


def is_female(actor: Actor, text: str) -> bool | None:
    """What the actor's name and titles say of their gender (for "she" and "he")."""
    lex = lexicon()
    verdicts = set()
    for span in actor.mentions:
        words = [Word(w, span) for w in span.of(text).split()]
        keys = {w.key for w in words}
        verdict = likely_female(parse_name(words, lex), keys, lex)
        if verdict is not None:
            verdicts.add(verdict)
    return verdicts.pop() if len(verdicts) == 1 else None
