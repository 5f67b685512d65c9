"""The one options object that travels through the library."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import DateValue

MIB = 1 << 20
GIB = 1 << 30


@dataclass(frozen=True)
class Options:
    # stages to run, by registered name; None means the default pipeline
    stages: tuple[str, ...] | None = None
    # a Python file imported (once per process, in every worker) before the pipeline is built,
    # where stages of one's own are registered with `parley.stages.register` (spaCy's --code)
    code: str | None = None
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
    # bounds on input, so that no file can exhaust memory or time (docs/reliability.md);
    # each one crossed is one line naming the input and the limit, and that input is skipped.
    # One article (a text or HTML file, a JSONL line, a WARC record's HTML, stdin) may be at
    # most this many bytes, after decompression (the 20 MB article of the tests reads whole)
    max_record_bytes: int = 32 * MIB
    # one file may unpack to at most this many bytes (a .jsonl.gz, a .warc.gz); the articles
    # before the limit are read, the rest of the file is skipped (raise it for crawl files
    # larger than this: the time a file takes grows with it, the memory does not)
    max_file_bytes: int = 4 * GIB
    # at most this many blank lines in a row in a JSONL file or between WARC records: padding,
    # not articles (1 MB of gzip unpacks to a billion of them); the rest of the file is skipped
    max_blank_lines: int = 10_000
    # show a progress bar (the CLI decides; the library never prints)
    progress: bool = False
    # link events, quotes and dates across documents
    corpus_reasoning: bool = True
    # corpus steps to run, by registered name (`corpus/steps.py`); None means the default order
    corpus_steps: tuple[str, ...] | None = None
    extra: dict[str, str] = field(default_factory=dict)
