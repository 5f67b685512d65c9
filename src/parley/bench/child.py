"""One side of a bench run, in its own process: `python -m parley.bench.child SPEC OUT`.

SPEC and OUT are JSON files; OUT receives documents, tokens, wall and CPU seconds, and for
parley the seconds of each phase of a whole run:

- `extract`: read the inputs and run every per-article stage (on the worker processes), each
  article then waiting on disk (the spool `parley extract` uses);
- `link`: the corpus steps over every article (people, dating, linking, quote variants);
- `write`: the record, streamed to a JSON file;
- `store`: the per-article results stored in a fresh SQLite store as `parley ingest` stores
  them (a batch at a time, each batch linked against what is stored).
"""
from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..nlp import MODEL_PACKAGE
from ..options import Options
from .corpus import CorpusSpec, bench_documents


def _cpu_with_workers() -> float:
    """CPU seconds of this process and of the worker processes it has waited for."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _texts(spec: CorpusSpec) -> Iterator[str]:
    return (d.text for d in bench_documents(spec))


def _count_tokens(spec: CorpusSpec) -> int:
    import spacy

    tokenizer = spacy.load(MODEL_PACKAGE, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                                    "lemmatizer", "ner", "senter"]).tokenizer
    return sum(len(tokenizer(t)) for t in _texts(spec))


def run_baseline(spec: CorpusSpec, batch_size: int) -> dict[str, Any]:
    import spacy

    nlp = spacy.load(MODEL_PACKAGE)  # every component en_core_web_sm enables
    start, cpu = time.perf_counter(), time.process_time()
    docs = tokens = 0
    for parsed in nlp.pipe(_texts(spec), batch_size=batch_size):
        docs += 1
        tokens += len(parsed)
    return {"documents": docs, "tokens": tokens, "wall_s": time.perf_counter() - start,
            "cpu_s": time.process_time() - cpu}


class _Clock:
    """Wall and CPU seconds per phase (CPU of this process and of the workers it has waited for)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), _cpu_with_workers()
        yield
        self.wall[name] = time.perf_counter() - start
        self.cpu[name] = _cpu_with_workers() - cpu


def run_parley(spec: CorpusSpec, options: Options, store: bool = True) -> dict[str, Any]:
    from ..corpus.spool import Spool
    from ..extraction import iter_documents, write_record_stream
    from ..store import connect
    from ..store.writer import BATCH_ARTICLES, Writer

    clock = _Clock()
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp, Spool(tmp) as spool:
        docs = 0
        with clock.phase("extract"):
            for doc in iter_documents(bench_documents(spec), options):
                spool.put(doc)
                docs += 1
        with clock.phase("link"):
            spool.link()
        with clock.phase("write"), open(Path(tmp) / "record.json", "w", encoding="utf-8") as out:
            events = write_record_stream(out, spool.documents(), spool.events(), spool.quote_variants()).events
        if store:
            with clock.phase("store"):
                conn = connect(Path(tmp) / "store.db")
                writer = Writer(conn, options)
                batch = []
                for doc in spool.documents(corpus=False):
                    batch.append(doc)
                    if len(batch) >= BATCH_ARTICLES:
                        writer.store_batch(batch)
                        batch = []
                writer.store_batch(batch)
                conn.close()
    wall = sum(v for k, v in clock.wall.items() if k != "store")
    cpu = sum(v for k, v in clock.cpu.items() if k != "store")
    # counted after the clocks stop, with the same tokenizer the baseline uses
    return {"documents": docs, "tokens": _count_tokens(spec), "wall_s": wall, "cpu_s": cpu, "events": events,
            "phases_wall_s": clock.wall, "phases_cpu_s": clock.cpu}


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as f:
        job = json.load(f)
    spec = CorpusSpec(tuple(job["inputs"]), job["docs"], job["repeat"])
    if job["side"] == "baseline":
        out = run_baseline(spec, job["batch_size"])
    else:
        out = run_parley(spec, Options(n_process=job["workers"], batch_size=job["batch_size"],
                                       nlp_profile=job["nlp_profile"]), store=job.get("store", True))
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
