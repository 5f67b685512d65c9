"""Where the actors of an article are named, for lookups by position (bisection, no scans).

The quotes stage asks, quotation after quotation, "who is named in these words?" and "who was
named first in this sentence?"; each answer costs a bisection and the few mentions it finds,
so the stage stays linear in the length of the article.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..model import Actor, Span


@dataclass(frozen=True)
class Named:
    span: Span
    actor: Actor


class MentionIndex:
    def __init__(self, actors: list[Actor]) -> None:
        self.items = sorted((Named(m, a) for a in actors for m in set(a.mentions)),
                            key=lambda n: (n.span.start, n.span.end))
        self._starts = [n.span.start for n in self.items]
        # the furthest end among the mentions up to each index (mentions may nest)
        self._reach: list[int] = []
        reach = -1
        for n in self.items:
            reach = max(reach, n.span.end)
            self._reach.append(reach)

    def overlapping(self, span: Span) -> list[Named]:
        """Mentions that share a character with `span`, in text order."""
        i = bisect_left(self._starts, span.end) - 1
        found = []
        while i >= 0 and self._reach[i] > span.start:
            n = self.items[i]
            if n.span.end > span.start and n.span.start < span.end:
                found.append(n)
            i -= 1
        return found[::-1]

    def within(self, span: Span) -> list[Named]:
        """Mentions inside `span`, in text order."""
        i = bisect_left(self._starts, span.start)
        found = []
        while i < len(self.items) and self.items[i].span.start < span.end:
            if self.items[i].span.end <= span.end:
                found.append(self.items[i])
            i += 1
        return found
