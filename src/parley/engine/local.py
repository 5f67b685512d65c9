"""Whole documents over a local process pool, streamed: at most a few chunks in flight.

Each worker builds its own pipeline (so loads the spaCy model once) and runs every
per-article stage; documents go out and come back pickled, in input order. Memory stays flat
however long the stream: the input is read only as fast as results are taken.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice

from ..model import Document
from ..options import Options
from ..pipeline import Context, Pipeline

# chunks queued per worker beyond the one it is running (keeps both cores busy, memory flat)
IN_FLIGHT_PER_WORKER = 2


@lru_cache(maxsize=1)
def _worker_pipeline(options_blob: bytes) -> Pipeline:
    from ..stages import build_pipeline

    options: Options = pickle.loads(options_blob)
    return build_pipeline(options.stages, Context(options))


def _run_chunk(options_blob: bytes, docs: list[Document]) -> list[Document]:
    return _worker_pipeline(options_blob).run_batch(docs)


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def pipe_parallel(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    """The per-article pipeline over `options.n_process` worker processes, in input order."""
    workers = max(1, options.n_process)
    blob = pickle.dumps(dataclasses.replace(options, n_process=1))
    # fork where there is one: workers start in milliseconds and the caller's script needs no
    # `if __name__ == "__main__"` guard; the parent has not loaded the model, so little is copied
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[Document]]] = deque()
        for chunk in _chunks(docs, options.batch_size):
            pending.append(pool.submit(_run_chunk, blob, chunk))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
