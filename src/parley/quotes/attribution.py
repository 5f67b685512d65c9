"""The words that tie a quotation to its speaker: `," he noted`, `," said Lavrov`,
`Lavrov said: "`, `He added that Azerbaijan is "`, `", according to Azerbaijani media`.

A `Cue` holds the span of the subject (the words that name the speaker) and of the verb;
`speakers.py` turns the subject into a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .lexicon import QuoteLexicon

# a subject is a short phrase without sentence punctuation or quotation marks
_SUBJECT = r"[^.,;:!?\"“”«»„‘’\n()]{1,70}?"
_MAX_SUBJECT_WORDS = 8
# how far a reported clause may run from its verb to the quotation it leads into
_MAX_LEAD_WORDS = 14
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"“”«»’]|$)")


@dataclass(frozen=True)
class Cue:
    subject: Span
    verb: Span | None = None

    @property
    def span(self) -> Span:
        if self.verb is None:
            return self.subject
        return Span(min(self.subject.start, self.verb.start), max(self.subject.end, self.verb.end))


def _words(text: str) -> int:
    return len(text.split())


def _short(text: str, subject: tuple[int, int]) -> bool:
    return 0 < _words(text[subject[0] : subject[1]]) <= _MAX_SUBJECT_WORDS


def cue_after(text: str, start: int, limit: int, lex: QuoteLexicon) -> Cue | None:
    """A cue right after a closing mark: `, he noted`, ` said Lavrov`, `, according to X`."""
    lead = re.compile(r"[\s,]*").match(text, start, limit)
    pos = lead.end() if lead else start
    inverted = re.compile(rf"(?P<verb>{lex.verb.pattern})\s+(?P<subj>{_SUBJECT})(?=\s*(?:[.,;:!?]|$))",
                          re.IGNORECASE).match(text, pos, limit)
    if inverted and _short(text, inverted.span("subj")):
        return Cue(Span(*inverted.span("subj")), Span(*inverted.span("verb")))
    according = re.compile(rf"(?:{lex.according.pattern})\s+(?P<subj>{_SUBJECT})(?=\s*(?:[.,;:!?]|$))",
                           re.IGNORECASE).match(text, pos, limit)
    if according and _short(text, according.span("subj")):
        return Cue(Span(*according.span("subj")))
    normal = re.compile(rf"(?P<subj>{_SUBJECT})\s+(?:(?:{lex.adverbs})\s+)*(?P<verb>{lex.verb.pattern})",
                        re.IGNORECASE).match(text, pos, limit)
    if normal and _short(text, normal.span("subj")):
        return Cue(Span(*normal.span("subj")), Span(*normal.span("verb")))
    return None


def sentence_start(text: str, start: int, position: int) -> int:
    """Where the sentence holding `position` starts, no earlier than `start`."""
    last = start
    for m in _SENTENCE_END.finditer(text, start, position):
        last = m.end()
    return last


def subject_before(text: str, verb_start: int, start: int, lex: QuoteLexicon) -> Span | None:
    """The phrase before a verb, back to a comma or the start of its clause."""
    left = max(start, verb_start - 120)
    head = text[left:verb_start]
    cut = max(head.rfind(c) for c in ",;:(\"“”«»")
    begin = left + cut + 1 if cut >= 0 else left
    end = verb_start
    piece = text[begin:end]
    adverbs = re.compile(rf"(?:\s+(?:{lex.adverbs}))+\s*$", re.IGNORECASE)
    trailing = adverbs.search(piece)
    if trailing:
        end = begin + trailing.start()
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if begin >= end or _words(text[begin:end]) > _MAX_SUBJECT_WORDS + 4:
        return None
    return Span(begin, end)


def cue_before(text: str, start: int, position: int, lex: QuoteLexicon) -> Cue | None:
    """A cue in the sentence before `position`: `Lavrov said: "`, `He added that X is "`,
    `According to the ministry, "`."""
    begin = sentence_start(text, start, position)
    lead = text[begin:position]
    according = re.compile(rf"(?:{lex.according.pattern})\s+(?P<subj>{_SUBJECT})\s*,\s*$",
                           re.IGNORECASE).search(lead)
    if according:
        return Cue(Span(begin + according.start("subj"), begin + according.end("subj")))
    verbs = list(lex.verb.finditer(text, begin, position))
    if not verbs:
        return None
    verb = verbs[-1]
    if _words(text[verb.end() : position]) > _MAX_LEAD_WORDS:
        return None
    subject = subject_before(text, verb.start(), begin, lex)
    if subject is None:
        return None
    return Cue(subject, Span(verb.start(), verb.end()))
