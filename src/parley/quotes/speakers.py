"""Who a cue's subject names: an actor of the article (by any of its mentions), the person a
pronoun points back to, or a collective source ("Azerbaijani media") by its own words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Actor, Span
from ..people import is_female
from .lexicon import QuoteLexicon

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass
class Speakers:
    text: str
    actors: list[Actor]
    lex: QuoteLexicon
    # (position, actor name): sentence subjects and resolved speakers, for pronouns
    salient: list[tuple[int, str]] = field(default_factory=list)
    _female: dict[str, bool | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._female = {a.name: is_female(a, self.text) for a in self.actors}

    def actor_in(self, span: Span) -> str | None:
        """The actor named inside `span`; of several, the one named nearest its end."""
        best: tuple[int, str] | None = None
        for actor in self.actors:
            for mention in actor.mentions:
                if mention.overlaps(span) and (best is None or mention.end > best[0]):
                    best = (mention.end, actor.name)
        return best[1] if best else None

    def first_actor_in(self, span: Span, outside: list[Span]) -> str | None:
        found = [(m.start, a.name) for a in self.actors for m in a.mentions
                 if span.contains(m) and not any(o.overlaps(m) for o in outside)]
        return min(found)[1] if found else None

    def note(self, position: int, name: str | None) -> None:
        if name and any(a.name == name for a in self.actors):
            self.salient.append((position, name))

    def _pronoun(self, gender: str, position: int) -> str | None:
        before = [name for _, name in sorted((s for s in self.salient if s[0] < position), reverse=True)]
        if gender == "f":
            # feminine names and titles are marked far more often than masculine ones, so a
            # known woman named earlier beats a person of unknown gender named later
            women = [n for n in before if self._female.get(n)]
            if women:
                return women[0]
        for name in before:
            female = self._female.get(name)
            if not gender or female is None or female == (gender == "f"):
                return name
        return None

    def _collective(self, phrase: str) -> str | None:
        words = [w.lower() for w in _WORD.findall(phrase)]
        heads = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 2) + 1)}
        if heads & self.lex.collective or (words and phrase.split()[-1][:1].isupper()):
            return _DETERMINER.sub("", phrase.strip())
        return None

    def resolve(self, subject: Span) -> str | None:
        phrase = subject.of(self.text).strip()
        named = self.actor_in(subject)
        if named:
            return named
        words = phrase.lower().split()
        # "he", or "Later he" where the clause cut kept an adverb
        gender = self.lex.pronouns.get(phrase.lower(), self.lex.pronouns.get(words[-1] if words else ""))
        if gender is not None:
            return self._pronoun(gender, subject.start)
        return self._collective(phrase)
