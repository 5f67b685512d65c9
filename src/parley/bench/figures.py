"""The figures a bench run produces (plain dataclasses; the CLI prints them)."""
from __future__ import annotations

from dataclasses import dataclass, field


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
    # parley: seconds of each phase (extract, link, write, store); `wall_s` is a whole
    # `parley extract` run (extract + link + write), the store phase is apart
    phases_wall_s: dict[str, float] = field(default_factory=dict)
    phases_cpu_s: dict[str, float] = field(default_factory=dict)
    events: int = 0

    def phase(self, name: str) -> float:
        return self.phases_wall_s.get(name, 0.0)

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

    @property
    def ratio_cpu(self) -> float | None:
        """The baseline's CPU seconds over parley's for the same texts (work per CPU-second; on a
        busy machine this is the figure to trust)."""
        if self.baseline is None or not self.parley.cpu_s:
            return None
        return self.baseline.cpu_s / self.parley.cpu_s

    @property
    def ratio_extraction(self) -> float | None:
        """Per-article extraction alone (no linking, no writing) against the baseline."""
        extract = self.parley.phase("extract")
        if self.baseline is None or not self.baseline.articles_per_s or not extract:
            return None
        return self.parley.documents / extract / self.baseline.articles_per_s

    @property
    def link_share(self) -> float | None:
        """Linking's share of a whole `parley extract` run."""
        return self.parley.phase("link") / self.parley.wall_s if self.parley.wall_s else None

    @property
    def ingest_ratio(self) -> float | None:
        """An ingest (extraction, then storing with incremental linking) over extraction alone."""
        extract, store = self.parley.phase("extract"), self.parley.phase("store")
        return (extract + store) / extract if extract and store else None

    @property
    def ingest_ratio_cpu(self) -> float | None:
        extract, store = self.parley.phases_cpu_s.get("extract", 0.0), self.parley.phases_cpu_s.get("store", 0.0)
        return (extract + store) / extract if extract and store else None
