"""Sorted spans, so a stage asks 'what lies in this sentence' without scanning the article."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..model import Span

T = TypeVar("T")


@dataclass
class SpanIndex(Generic[T]):
    items: list[tuple[Span, T]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.items.sort(key=lambda item: (item[0].start, item[0].end))
        self._starts = [span.start for span, _ in self.items]
        self._longest = max((span.end - span.start for span, _ in self.items), default=0)

    @classmethod
    def of(cls, pairs: Iterable[tuple[Span, T]]) -> "SpanIndex[T]":
        return cls(list(pairs))

    def within(self, span: Span) -> list[tuple[Span, T]]:
        lo = bisect_left(self._starts, span.start)
        hi = bisect_left(self._starts, span.end)
        return [item for item in self.items[lo:hi] if item[0].end <= span.end]

    def overlapping(self, span: Span) -> list[tuple[Span, T]]:
        lo = bisect_left(self._starts, span.start - self._longest)
        hi = bisect_left(self._starts, span.end)
        return [item for item in self.items[lo:hi] if item[0].overlaps(span)]

    def touches(self, span: Span) -> bool:
        return bool(self.overlapping(span))
