"""Stages and the pipeline that runs them.

A stage is a function `(Document, Context) -> Document` with a name and a declaration of the
`Document` fields it needs and the ones it sets. The registry in `stages.py` is the one place
where stages are named; `Pipeline` checks that every stage's needs are set by an earlier
stage before anything runs, so a misordered pipeline fails at once with a clear error.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import StageError
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
        if self.run_batch is not None:
            out = self.run_batch(docs, ctx)
        else:
            out = [self.run(d, ctx) for d in docs]
        for d in out:
            d.stages_run.append(self.name)
        return out


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
