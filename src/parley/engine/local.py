"""Whole documents over a local process pool, streamed: at most a few chunks in flight.

Each worker builds its own pipeline (so loads the spaCy model once) and runs every
per-article stage; documents go out and come back pickled, in input order. Memory stays flat
however long the stream: the input is read only as fast as results are taken. A stage that
raises fails for its article only (`Stage.batch`); a worker that dies is replaced (`_Pool`).
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from itertools import islice

from ..errors import InternalError
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


def _failed(chunk: list[Document], err: BaseException) -> list[Document]:
    """The documents of a chunk whose worker died or whose result could not come back: kept
    as read, each with one line saying so (the run goes on and exits with EXIT_INTERNAL)."""
    for doc in chunk:
        doc.internal_errors.append(InternalError("worker process", err, doc.source).line())
    return chunk


class _Pool:
    """A process pool that is started again when a worker dies (a crash in native code, the
    kernel's out-of-memory killer): the chunk in flight is retried on its own, then article by
    article, so only the article that kills a worker is lost, and only its stages' findings."""

    def __init__(self, workers: int, blob: bytes) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork where there is one: workers start in milliseconds and the caller's script needs
        # no `if __name__ == "__main__"` guard; the parent has not loaded the model
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.workers, self.blob = workers, blob
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context)

    def restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._start()

    def submit(self, chunk: list[Document]) -> Future[list[Document]]:
        return self.pool.submit(_run_chunk, self.blob, chunk)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def result(self, chunk: list[Document], future: Future[list[Document]],
               pending: deque[tuple[list[Document], Future[list[Document]]]]) -> list[Document]:
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        except Exception as err:  # noqa: BLE001 - e.g. a result that cannot be pickled
            return _failed(chunk, err)
        # a worker died: every chunk in flight is lost with the pool; find the article
        self.restart()
        done = self._alone(chunk)
        for i, (other, _) in enumerate(pending):
            pending[i] = (other, self.submit(other))
        return done

    def _alone(self, chunk: list[Document]) -> list[Document]:
        try:
            return self.submit(chunk).result()
        except BrokenProcessPool as err:
            self.restart()
            if len(chunk) == 1:
                return _failed(chunk, err)
        except Exception as err:  # noqa: BLE001
            return _failed(chunk, err)
        return [doc for one in chunk for doc in self._alone([one])]


def pipe_parallel(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    """The per-article pipeline over `options.n_process` worker processes, in input order."""
    workers = max(1, options.n_process)
    pool = _Pool(workers, pickle.dumps(dataclasses.replace(options, n_process=1)))
    pending: deque[tuple[list[Document], Future[list[Document]]]] = deque()
    try:
        for chunk in _chunks(docs, options.batch_size):
            pending.append((chunk, pool.submit(chunk)))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pool.result(*pending.popleft(), pending)
        while pending:
            yield from pool.result(*pending.popleft(), pending)
    finally:
        pool.close()
