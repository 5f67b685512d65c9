"""One side of a bench run, in its own process: `python -m parley.bench.child SPEC OUT`.

SPEC and OUT are JSON files; OUT receives documents, tokens, wall and CPU seconds.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Iterator
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


def run_parley(spec: CorpusSpec, options: Options) -> dict[str, Any]:
    from ..extraction import iter_documents

    start, cpu = time.perf_counter(), _cpu_with_workers()
    docs = sum(1 for _ in iter_documents(bench_documents(spec), options))
    wall, cpu = time.perf_counter() - start, _cpu_with_workers() - cpu
    # counted after the clock stops, with the same tokenizer the baseline uses
    return {"documents": docs, "tokens": _count_tokens(spec), "wall_s": wall, "cpu_s": cpu}


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as f:
        job = json.load(f)
    spec = CorpusSpec(tuple(job["inputs"]), job["docs"], job["repeat"])
    if job["side"] == "baseline":
        out = run_baseline(spec, job["batch_size"])
    else:
        out = run_parley(spec, Options(n_process=job["workers"], batch_size=job["batch_size"],
                                       nlp_profile=job["nlp_profile"]))
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
