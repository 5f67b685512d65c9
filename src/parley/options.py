"""The one options object that travels through the library."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import DateValue


@dataclass(frozen=True)
class Options:
    # stages to run, by registered name; None means the default pipeline
    stages: tuple[str, ...] | None = None
    # the date against which "today"/"this year" resolve when nothing in the corpus says
    # otherwise; None means "unknown" (parley never falls back to the wall clock)
    reference_date: DateValue | None = None
    # spaCy batch size; worker processes for the per-article pipeline (engine/local.py)
    batch_size: int = 32
    n_process: int = 1
    # "fast": spaCy's senter + ner only (same entities); "full": whole model, parser sentences
    nlp_profile: str = "fast"
    # the NLP stage reads at most this many characters of text from the start of the body
    # (spaCy's small model runs at roughly 30,000 characters a second on one core and needs
    # memory in proportion; the longest news articles are well under this); the rest of an
    # oversized body gets no sentences or entities, and the document carries a warning
    nlp_max_chars: int = 100_000
    # show a progress bar (the CLI decides; the library never prints)
    progress: bool = False
    # link events, quotes and dates across documents
    corpus_reasoning: bool = True
    # corpus steps to run, by registered name (`corpus/steps.py`); None means the default order
    corpus_steps: tuple[str, ...] | None = None
    extra: dict[str, str] = field(default_factory=dict)
