"""Stages and the pipeline that runs them.

A stage is a function `(Document, Context) -> Document` with a name and a declaration of the
`Document` fields it needs and the ones it sets. The registry in `stages.py` is the one place
where stages are named; `Pipeline` checks that every stage's needs are set by an earlier
stage before anything runs, so a misordered pipeline fails at once with a clear error.

A stage that raises on one article fails for that article only (`run_isolated`): the fields
it sets are put back as they were, the article carries one line saying so
(`Document.internal_errors`, code `P600`), and the later stages and the other articles go on.
"""
from __future__ import annotations

import copy
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .errors import InternalError, StageError
from .model import Document
from .options import Options

# fields a freshly read Document already has
READ_FIELDS = ("id", "source", "text", "url", "metadata_published", "title")


@dataclass
class Context:
    """What stages share within one process: the options and loaded resources.

    Resources (the spaCy model, gazetteers) load lazily, once per Context, so a worker
    process that never needs the model never pays for it.
    """

    options: Options = field(default_factory=Options)
    _resources: dict[str, Any] = field(default_factory=dict)

    def resource(self, key: str, load: Callable[[], Any]) -> Any:
        if key not in self._resources:
            self._resources[key] = load()
        return self._resources[key]


StageFn = Callable[[Document, Context], Document]
BatchFn = Callable[[list[Document], Context], list[Document]]
T = TypeVar("T")


def run_isolated(step: str, doc: Document, call: Callable[[], T], fallback: T,
                 restore: Callable[[], None] | None = None) -> T:
    """`call()` for one article, with whatever it raises kept at that article.

    On an exception, `restore()` (if given) puts back what the step may have half changed,
    `doc.internal_errors` gets one line naming the article, the step, the error, where it was
    raised and the code `P600`, and `fallback` is returned so the run goes on. For stages and
    for corpus steps alike (`step` is what the line calls it).
    """
    try:
        return call()
    except Exception as err:  # noqa: BLE001 - a defect in one step must not lose the run
        if restore is not None:
            restore()
        doc.internal_errors.append(InternalError(step, err, doc.source, raised_at(err)).line())
        return fallback


def raised_at(err: BaseException) -> str | None:
    """The innermost parley line an error came from ("events/detect.py:157"), for the report."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if "parley" in Path(f.filename).parts]
    if not frames:
        return None
    path = Path(frames[-1].filename)
    return f"{path.parent.name}/{path.name}:{frames[-1].lineno}"


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFn
    needs: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    # optional faster path over many documents at once (spaCy's nlp.pipe)
    run_batch: BatchFn | None = None
    doc: str = ""

    def batch(self, docs: list[Document], ctx: Context) -> list[Document]:
        """The stage over `docs`; one that raises on an article fails for that article only
        (and is not counted in its `stages_run`)."""
        if self.run_batch is not None and len(docs) > 1:
            saved = [self._saved(d) for d in docs]
            try:
                out = self.run_batch(docs, ctx)
            except Exception:  # noqa: BLE001 - find the article: each one again on its own
                for d, values in zip(docs, saved):
                    self._put_back(d, values)
            else:
                for d in out:
                    d.stages_run.append(self.name)
                return out
        return [self._run_one(d, ctx) for d in docs]

    def _run_one(self, doc: Document, ctx: Context) -> Document:
        values = self._saved(doc)
        run_batch = self.run_batch
        call = (lambda: run_batch([doc], ctx)[0]) if run_batch is not None else (lambda: self.run(doc, ctx))
        failures = len(doc.internal_errors)
        out = run_isolated(self.name, doc, call, doc, restore=lambda: self._put_back(doc, values))
        if len(out.internal_errors) == failures:
            out.stages_run.append(self.name)
        return out

    def _saved(self, doc: Document) -> dict[str, Any]:
        # what the stage will set is usually still empty, so this copy costs little
        return {name: copy.deepcopy(getattr(doc, name)) for name in self.sets}

    @staticmethod
    def _put_back(doc: Document, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(doc, name, value)


class Pipeline:
    def __init__(self, stages: list[Stage], ctx: Context | None = None) -> None:
        self.stages = stages
        self.ctx = ctx or Context()
        self._check_order()

    def _check_order(self) -> None:
        have = set(READ_FIELDS)
        for stage in self.stages:
            missing = [n for n in stage.needs if n not in have]
            if missing:
                raise StageError(
                    f"stage '{stage.name}' needs {', '.join(missing)}, which no earlier stage sets"
                )
            have.update(stage.sets)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        return self.run_batch([doc])[0]

    def run_batch(self, docs: list[Document]) -> list[Document]:
        for stage in self.stages:
            docs = stage.batch(docs, self.ctx)
        return docs

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """Stream documents through in batches: memory stays flat however long the stream."""
        size = batch_size or self.ctx.options.batch_size
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)
