"""`parley bench`: parley's per-article extraction against spaCy's full en_core_web_sm.

Both sides read the same stream of texts, each in its own child process (so one side's
memory does not show in the other's peak); the figures come back as `BenchResult`.
"""
from __future__ import annotations

from .figures import BenchResult, SideFigures
from .run import BenchSpec, run_bench

__all__ = ["BenchResult", "BenchSpec", "SideFigures", "run_bench"]
