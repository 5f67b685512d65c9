"""The bench corpus: the inputs read again and again, streamed, never all in memory."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from ..readers import read_inputs

# the bundled sample articles, when the bench is run from a checkout
BUNDLED = Path(__file__).resolve().parents[3] / "examples"


@dataclass(frozen=True)
class CorpusSpec:
    inputs: tuple[str, ...]
    # stop after this many documents (None: after `repeat` passes)
    docs: int | None = None
    repeat: int = 1


def bench_documents(spec: CorpusSpec) -> Iterator[Document]:
    """Fresh `Document`s, pass after pass over the inputs, each with a unique id."""
    n = 0
    passes = 0
    while spec.docs is not None or passes < spec.repeat:
        found = False
        for item in read_inputs(list(spec.inputs), None):
            if not isinstance(item, Document):
                continue
            found = True
            yield Document(id=f"{n}:{item.id}", source=item.source, text=item.text, url=item.url,
                           metadata_published=item.metadata_published, title=item.title)
            n += 1
            if spec.docs is not None and n >= spec.docs:
                return
        passes += 1
        if not found:
            return
