from __future__ import annotations

import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_record():
    """The record of the bundled sample articles, extracted once per test session."""
    from parley.extraction import extract

    return extract([str(EXAMPLES)]).record


@pytest.fixture(scope="session")
def seed_docs(seed_record):
    return {d.id: d for d in seed_record.documents}


@functools.lru_cache(maxsize=1)
def _pipeline():
    # one pipeline (and so one loaded spaCy model) for the whole test session
    from parley.stages import build_pipeline

    return build_pipeline()


def make_doc(text: str, doc_id: str = "t.txt"):
    """A document run through the per-article pipeline."""
    from parley.model import Document

    return _pipeline()(Document(id=doc_id, source=doc_id, text=text))


def read_body(doc) -> str:
    """The body as parley reads it: without the dateline that opens it, which `doc.body` prints."""
    return "\n\n".join(s.of(doc.text).strip() for s in doc.body_spans if s.of(doc.text).strip())
