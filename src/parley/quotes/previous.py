"""A quotation whose speech tag is in the sentence before it.

    Ramaphosa said it is important for relations to be mended. "(This) was an issue …"
    Ramaphosa tried to downplay it, insisting he had left Washington …
    “To reposition relations which had become contaminated …”

A quotation in marks with no cue of its own that opens a sentence (in its paragraph, or the
paragraph itself) speaks for the subject of a verb of speech in the sentence right before it,
when that sentence holds no quotation of its own. The subject comes from the parse where the
sentence was parsed, else from the words before the verb.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Span
from .attribution import Cue, subject_before
from .lexicon import QuoteLexicon
from .marks import Marked
from .parsecue import Trees, not_a_verb, parse_subject_cue

_MARKS = re.compile(r"[\"“”«»„]")
# at most one paragraph break between the sentence and the quotation, or two around one line
# that is no body (a caption, masked out: "Christopher Luxon and Li Qiang on June 13, 2024 (file
# image).")
_GAP = re.compile(r"\s*")
MAX_GAP_NEWLINES = 4


def _sentence_before(text: str, sentences: list[Span], starts: list[int], position: int) -> Span | None:
    i = bisect_right(starts, position) - 1
    while i >= 0 and sentences[i].end > position:
        i -= 1
    if i < 0:
        return None
    gap = text[sentences[i].end : position]
    if _GAP.fullmatch(gap) is None or gap.count("\n") > MAX_GAP_NEWLINES:
        return None
    return sentences[i]


def previous_sentence_cue(text: str, sentences: list[Span], starts: list[int], marked: Marked,
                          trees: Trees, lex: QuoteLexicon) -> Cue | None:
    """The cue of the sentence right before a quotation that opens a sentence."""
    before = _sentence_before(text, sentences, starts, marked.opening)
    if before is None or _MARKS.search(text, before.start, before.end):
        return None
    verbs = [m for m in (*lex.verb.finditer(text, before.start, before.end),
                         *lex.participles.finditer(text, before.start, before.end))
             if not not_a_verb(trees, Span(m.start(), m.end()))]  # "between the two states"
    spans = [Span(m.start(), m.end()) for m in verbs] or _parsed_speech(trees, before, lex)
    if not spans:
        return None
    # the last verb of speech with a subject: in "Lula warned of continued prejudice against
    # Maduro." the adjective "continued" has none
    for span in sorted(spans, key=lambda v: -v.start):
        if lex.modifier_after.search(text, max(before.start, span.start - 12), span.start):
            continue
        parsed = parse_subject_cue(trees, span)
        if parsed is not None:
            return parsed
        subject = subject_before(text, span.start, before.start, lex)
        if subject is not None:
            return Cue(subject, span)
    return None


def _parsed_speech(trees: Trees, sentence: Span, lex: QuoteLexicon) -> list[Span]:
    """Verbs of speech the parse finds by lemma ("revealed in a press conference that …")."""
    tree = trees.at(sentence.start)
    if tree is None:
        return []
    return [t.span for t in tree.tokens if t.pos == "VERB" and t.lemma.lower() in lex.speech_lemmas
            and sentence.start <= t.start < sentence.end]
