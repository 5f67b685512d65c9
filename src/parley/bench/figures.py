"""The figures a bench run produces (plain dataclasses; the CLI prints them)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SideFigures:
    name: str
    documents: int
    # spaCy tokens of the raw article texts (the same texts on both sides)
    tokens: int
    wall_s: float
    cpu_s: float
    # processes doing the work (parley's workers; 1 for the spaCy baseline)
    processes: int
    # peak resident memory of the side's whole process tree (sampled), and of its largest process
    peak_rss_bytes: int
    peak_rss_largest_bytes: int

    @property
    def articles_per_s(self) -> float:
        return self.documents / self.wall_s if self.wall_s else 0.0

    @property
    def tokens_per_s_per_core(self) -> float:
        return self.tokens / self.wall_s / self.processes if self.wall_s else 0.0


@dataclass(frozen=True)
class BenchResult:
    corpus: str
    parley: SideFigures
    baseline: SideFigures | None

    @property
    def ratio(self) -> float | None:
        """parley articles/s over baseline articles/s (wall clock, each with its own processes)."""
        if self.baseline is None or not self.baseline.articles_per_s:
            return None
        return self.parley.articles_per_s / self.baseline.articles_per_s

    @property
    def ratio_per_core(self) -> float | None:
        if self.baseline is None or not self.baseline.tokens_per_s_per_core:
            return None
        return self.parley.tokens_per_s_per_core / self.baseline.tokens_per_s_per_core
