"""The fast path through en_core_web_sm: sentence recogniser + NER, nothing else.

Profiling (docs/performance.md) shows spaCy's `ner` is ~40% of the full pipeline and that
parley reads nothing the other components make except sentence boundaries:

- In en_core_web_sm 3.8 the `ner` component has its own internal tok2vec (embedding
  NORM/PREFIX/SUFFIX/SHAPE, which are lexical attributes of the vocabulary), so it does not
  listen to the shared `tok2vec` and needs neither `tagger`, `attribute_ruler` nor
  `lemmatizer`. Those, the shared `tok2vec` and the `parser` are excluded.
- Sentence boundaries come from the model's own `senter` component (shipped disabled; it
  also has an internal tok2vec and costs about a seventh of what `tok2vec` + `parser` do),
  plus a hard boundary at every paragraph break and body-paragraph start, which the parser
  sometimes ran across (parley's stages want sentences within a paragraph).
- Boundaries are set *before* `ner` runs, as the parser's were, because spaCy's NER never
  lets an entity cross a sentence start.

The entities are those of the full pipeline (checked on the seed articles by
`tests/test_nlp_fast.py`); `Options.nlp_profile = "full"` restores the parser's sentences.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

# what the fast profile leaves out of en_core_web_sm (all of it but senter and ner)
FAST_EXCLUDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# what the full profile leaves out (parley never reads lemmas)
FULL_DISABLED = ("lemmatizer",)
STARTS_KEY = "parley_paragraph_starts"


def use_numpy_gemm(nlp: Any) -> Any:
    """Run the senter and ner layers' matrix products through NumPy's OpenBLAS, not BLIS.

    On the machines measured (docs/performance.md) BLIS's generic kernels made `ner` about a
    fifth slower; the products are the same up to float rounding, and the seed records are
    identical either way. Set per model, so nothing global changes.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for name in ("senter", "ner"):
        for layer in nlp.get_pipe(name).model.walk():
            layer.ops = ops
    return nlp


def one_blas_thread() -> Any:
    """A context in which BLAS uses one thread: parley spreads documents over processes, and
    threads inside each process only contend with them (measured: slower, never faster)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


# a token that ends in one of these may end a sentence with no space after it
_ENDS_SENTENCE = tuple('.!?…"”’\')]')


def _glued_to_previous(doc: Any, i: int) -> bool:
    prev = doc[i - 1]
    return not prev.whitespace_ and not prev.is_space and not prev.text.endswith(_ENDS_SENTENCE)


def mark_paragraphs(doc: Any, starts: frozenset[int] = frozenset()) -> Any:
    """Start a sentence after every blank line and at each character offset in `starts`;
    never start one inside a run of characters with no space (`<script>`, `(AP)`): the
    senter sometimes does, the parser did not, so such a start moves back to the run's start."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n\n" in token.text
            continue
        if token.i > 0 and (after_break or token.idx in starts):
            token.is_sent_start = True
        elif token.i > 0 and token.is_sent_start and _glued_to_previous(doc, token.i):
            j = token.i - 1
            while j > 0 and _glued_to_previous(doc, j):
                j -= 1
            token.is_sent_start = False
            doc[j].is_sent_start = True
        after_break = False
    return doc


def parse_fast(nlp: Any, items: Iterable[tuple[str, frozenset[int]]], batch_size: int) -> Iterator[Any]:
    """`nlp.pipe` for the fast profile over `(text, paragraph starts)`: tokenizer → senter →
    paragraph breaks → ner, streamed in batches."""
    senter, ner = nlp.get_pipe("senter"), nlp.get_pipe("ner")

    def made() -> Iterator[Any]:
        for text, starts in items:
            doc = nlp.make_doc(text)
            doc.user_data[STARTS_KEY] = starts
            yield doc

    # senter sets every token's boundary, so paragraph breaks are marked after it, before ner
    sentenced = (mark_paragraphs(d, d.user_data.pop(STARTS_KEY)) for d in senter.pipe(made(), batch_size=batch_size))
    return ner.pipe(sentenced, batch_size=batch_size)
