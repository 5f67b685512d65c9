"""The library entry point: inputs in, an event record out.

    from parley.extraction import extract
    result = extract(["examples/"])
    result.record.to_json()

    # the same record, streamed to a file: articles wait on disk, memory stays flat
    summary = extract_to_file(["crawl.warc.gz"], "record.json")
"""
from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .corpus import CorpusResult
from .errors import InputError
from .model import Document, Event, Record
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
    docs = extract_documents(_split(read_inputs(inputs, stdin_text, options), skipped, progress), options, progress)
    return ExtractResult(build_record(docs, options), skipped)


@dataclass
class StreamSummary:
    """What `extract_to_file` wrote (the record itself is on disk)."""

    documents: int = 0
    events: int = 0
    quote_variants: int = 0
    skipped: list[InputError] = field(default_factory=list)


WrittenFn = Callable[[Document | Event], None]


def _write_items(out: IO[str], items: Iterable[dict[str, Any]]) -> int:
    """A JSON array's items, laid out exactly as `json.dumps(record, indent=1)` lays them out."""
    n = 0
    for item in items:
        out.write(",\n" if n else "[\n")
        out.write(textwrap.indent(json.dumps(item, ensure_ascii=False, indent=1), "  "))
        n += 1
    out.write("\n ]" if n else "[]")
    return n


def write_record_stream(out: IO[str], documents: Iterable[Document], events: Iterable[Event],
                        quote_variants: Iterable[dict[str, Any]], written: WrittenFn | None = None) -> StreamSummary:
    """Write a record (the layout `parley extract` writes) from streams, one item in memory at a time."""
    summary = StreamSummary()

    def seen(items: Iterable[Any], kind: str) -> Iterator[dict[str, Any]]:
        for item in items:
            if written is not None and not isinstance(item, dict):
                written(item)
            yield item if isinstance(item, dict) else item.to_json()

    out.write('{\n "documents": ')
    summary.documents = _write_items(out, seen(documents, "document"))
    out.write(',\n "events": ')
    summary.events = _write_items(out, seen(events, "event"))
    out.write(',\n "quote_variants": ')
    summary.quote_variants = _write_items(out, seen(quote_variants, "variant"))
    out.write("\n}\n")
    return summary


def extract_to_file(inputs: list[str], output: str | IO[str], options: Options | None = None,
                    progress: ProgressFn | None = None, stdin_text: str | bytes | None = None,
                    written: WrittenFn | None = None) -> StreamSummary:
    """`extract`, with the articles waiting on disk and the record streamed to `output` (a path,
    written to a temporary file and moved into place whole, or an open text stream)."""
    from .corpus.spool import Spool

    options = options or Options()
    skipped: list[InputError] = []
    corpus = options.corpus_reasoning
    with Spool(steps=options.corpus_steps) as spool:
        for doc in iter_documents(_split(read_inputs(inputs, stdin_text, options), skipped, progress), options):
            spool.put(doc, corpus=corpus)
            if progress:
                progress(doc)
        if corpus:
            spool.link()
        events: Iterable[Event] = spool.events() if corpus else (e for d in spool.documents(False) for e in d.events)
        variants = spool.quote_variants() if corpus else iter(())
        if not isinstance(output, (str, Path)):
            summary = write_record_stream(output, spool.documents(corpus), events, variants, written)
        else:
            target = Path(output)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            with open(tmp, "w", encoding="utf-8") as fh:
                summary = write_record_stream(fh, spool.documents(corpus), events, variants, written)
            tmp.replace(target)  # readers never see a half-written record
    summary.skipped = skipped
    return summary
