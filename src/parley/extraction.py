"""The library entry point: inputs in, an event record out.

    from parley.extraction import extract
    result = extract(["examples/"])
    result.record.to_json()
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .corpus import CorpusResult
from .errors import InputError
from .model import Document, Record
from .options import Options
from .pipeline import Context
from .readers import read_inputs
from .stages import build_pipeline

ProgressFn = Callable[[Document | InputError], None]


@dataclass
class ExtractResult:
    record: Record
    skipped: list[InputError] = field(default_factory=list)


def _split(items: Iterable[Document | InputError], skipped: list[InputError],
           progress: ProgressFn | None) -> Iterable[Document]:
    for item in items:
        if isinstance(item, InputError):
            skipped.append(item)
            if progress:
                progress(item)
            continue
        yield item


def iter_documents(docs: Iterable[Document], options: Options | None = None) -> Iterator[Document]:
    """The per-article pipeline as a stream: in this process, or over `options.n_process`
    worker processes (`engine/local.py`); either way in input order, memory flat."""
    options = options or Options()
    if options.n_process > 1:
        from .engine.local import pipe_parallel

        return pipe_parallel(docs, options)
    return build_pipeline(options.stages, Context(options)).pipe(docs)


def extract_documents(docs: Iterable[Document], options: Options | None = None,
                      progress: ProgressFn | None = None) -> list[Document]:
    """Run the per-article pipeline over documents (streamed in batches)."""
    out = []
    for doc in iter_documents(docs, options):
        out.append(doc)
        if progress:
            progress(doc)
    return out


def build_record(documents: list[Document], options: Options | None = None) -> Record:
    """Link the per-article results across the corpus (or not, with corpus_reasoning off)."""
    ctx = Context(options or Options())
    if not ctx.options.corpus_reasoning:
        return Record(documents=documents, events=[e for d in documents for e in d.events])
    result = CorpusResult.of(documents, ctx)
    return Record(documents=result.documents, events=result.events, quote_variants=result.quote_variants)


def extract(inputs: list[str], options: Options | None = None, progress: ProgressFn | None = None,
            stdin_text: str | bytes | None = None) -> ExtractResult:
    options = options or Options()
    skipped: list[InputError] = []
    docs = extract_documents(_split(read_inputs(inputs, stdin_text), skipped, progress), options, progress)
    return ExtractResult(build_record(docs, options), skipped)
