"""Speakers of the quotations in marks.

In order of preference: a cue right after the closing mark (`," he noted`), a cue earlier in
the same sentence (`Lavrov said: "`, `He added that Azerbaijan is "`), an introduction in the
paragraph before (`Aliyev said:` and a paragraph in marks), the quotation it continues (a
paragraph that runs on, or `"…," he noted. "…"` in one paragraph).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Span
from .attribution import Cue, according_at_sentence_end, cue_after, cue_before, cue_inserted
from .lexicon import QuoteLexicon
from .marks import Marked

# a quotation in marks with no cue is kept only where it is a sentence or more, not a
# phrase in scare quotes ("the phrase “Nagorno-Karabakh conflict”")
_MIN_UNCUED_WORDS = 6
# a quotation in marks of at most this many words without an end of sentence is a term
_MAX_SCARE_WORDS = 2
# a paragraph this short after a quotation may hold its tag alone ("Peskov said.")
_MAX_TAG_PARAGRAPH_WORDS = 12
_TERMINAL = re.compile(r"[.!?…]$")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "on", "from", "for", "in", "to", "a", "an", "with", "at", "by"})


@dataclass(frozen=True)
class Attributed:
    marked: Marked
    cue: Cue | None
    # the quotation whose speaker this one shares (an earlier segment of the same quotation)
    follows: int | None = None
    # another reading of the cue (the words' where the parse gave `cue`), tried where `cue`
    # names no person
    alternative: Cue | None = None


def _intro_before(text: str, paragraphs: list[Span], seg: Marked, lex: QuoteLexicon) -> Cue | None:
    """`Speaking at the meeting, President Aliyev said:` in the paragraph before."""
    para = paragraphs[seg.paragraph]
    if seg.paragraph == 0 or text[para.start : seg.opening].strip():
        return None
    before = paragraphs[seg.paragraph - 1]
    if not before.of(text).rstrip().endswith(":"):
        return None
    header = lex.attributable.match(text, before.start, before.end)
    if header is not None:
        # "Quotes attributable to Prime Minister Anthony Albanese:": the speaker is all the rest
        end = before.start + len(before.of(text).rstrip().rstrip(":").rstrip())
        if end > header.end():
            return Cue(Span(header.end(), end))
    cue = cue_before(text, before.start, before.end, lex)
    if cue is None:
        # "Key points from President Erdoğan's speech are as follows:": the words are his
        whose = lex.speech_of.search(text, before.start, before.end)
        if whose is not None:
            return Cue(Span(whose.start("subj"), whose.end("subj")))
        # "Prime Minister Netanyahu:" on a line of its own over the speech: a speaker's label,
        # a short phrase with no verb and no sentence in it
        label = before.of(text).strip().rstrip(":").strip()
        words = label.split()
        if words and len(words) <= lex.tag_subject_words and not re.search(r"[.,;!?\"“”«»()]", label) \
                and words[-1][:1].isupper():
            start = before.start + before.of(text).index(label)
            return Cue(Span(start, start + len(label)))
    return cue


# after a quotation that ends its sentence ("…family reunification." López Obrador had assured
# the same in a press conference …) a tag is short ("…the positive." Museveni stated.)
_MAX_WORDS_AFTER_TAG = 3
_NEXT_STOP = re.compile(r"[.!?;:]")


def _tag_after_sentence(text: str, seg: Marked, cue: Cue, end: int) -> bool:
    """A cue after a quotation that ends on a full stop is a speech tag only when its sentence
    ends soon after the verb; otherwise the words after the marks open a new sentence."""
    if cue.verb is None or not _TERMINAL.search(seg.content.of(text).rstrip("\"”»’'")):
        return True
    stop = _NEXT_STOP.search(text, cue.verb.end, end)
    tail = text[cue.verb.end : stop.start() if stop else end]
    return len(tail.split()) <= _MAX_WORDS_AFTER_TAG


def attribute(text: str, paragraphs: list[Span], marked: list[Marked], lex: QuoteLexicon,
              parsed: Callable[[Span], Cue | None] | None = None) -> list[Attributed]:
    """Each quotation with its cue: the parse's (`parsed`, where given and it finds one, with
    the words' cue as the alternative), else the words'."""
    out: list[Attributed] = []
    for k, seg in enumerate(marked):
        para = paragraphs[seg.paragraph]
        cue = cue_after(text, seg.end, para.end, lex) if seg.closing is not None else None
        if cue is not None and not _tag_after_sentence(text, seg, cue, para.end):
            cue = None
        if cue is None:
            earlier = marked[k - 1].end if k and marked[k - 1].paragraph == seg.paragraph else para.start
            cue = cue_before(text, earlier, seg.opening, lex)
        if cue is None:
            cue = _intro_before(text, paragraphs, seg, lex)
        if cue is None and seg.closing is not None:
            cue = according_at_sentence_end(text, seg.end, para.end, lex)
        if cue is None:
            cue = cue_inserted(text, seg.content, lex)
        comma = seg.content.of(text).endswith(",") or text[seg.end : seg.end + 1] == ","
        if cue is None and comma and not text[seg.end : para.end].strip(" ,\n\t") and (
                seg.paragraph + 1 < len(paragraphs)):
            # `"… in a timely manner",` / `Peskov said.`: the tag in a paragraph of its own
            following = paragraphs[seg.paragraph + 1]
            if len(following.of(text).split()) <= _MAX_TAG_PARAGRAPH_WORDS:
                cue = cue_after(text, following.start, following.end, lex)
        alternative = None
        from_parse = parsed(seg.content) if parsed is not None else None
        if from_parse is not None:
            cue, alternative = from_parse, cue
        follows = None
        if cue is None and k and (seg.continues or marked[k - 1].paragraph == seg.paragraph):
            follows = k - 1
        out.append(Attributed(seg, cue, follows, alternative))
    # a quotation over several paragraphs often carries its cue after its last part only
    for k in range(len(out) - 1, 0, -1):
        if out[k].marked.continues and out[k - 1].cue is None and out[k].cue is not None:
            out[k - 1] = Attributed(out[k - 1].marked, out[k].cue, None, out[k].alternative)
            out[k] = Attributed(out[k].marked, None, k - 1)
    return out


def _title_case(words: list[str]) -> bool:
    """Most words capitalised: a name in marks ("Initiative on the Safe Transportation of Grain
    and Foodstuffs from Ukrainian Ports") or a headline, not a statement."""
    # the first word is capitalised in any sentence ("You're gambling with World War III" is a
    # statement: after its first word, three of four content words are lower case or names)
    content = [w for w in words[1:] if w.lower().strip(",.;:") not in _FUNCTION_WORDS]
    return len(words) >= 3 and bool(content) and sum(w[:1].isupper() for w in content) > 0.75 * len(content)


def kept(item: Attributed, text: str, lex: QuoteLexicon) -> bool:
    words = item.marked.content.of(text).split()
    if _title_case(words):
        return False
    if len(words) <= _MAX_SCARE_WORDS and not _TERMINAL.search(item.marked.content.of(text)):
        # one or two words in marks ("will "likely" travel", "a "special responsibility"")
        # are a term set apart, not a statement, unless a speaker named them so
        cue = item.cue
        named = cue is not None and cue.verb is not None and lex.naming_verbs.search(cue.verb.of(text))
        if not named:
            return False
    if item.cue is not None or item.follows is not None:
        return True
    return len(words) >= _MIN_UNCUED_WORDS
