"""The words that tie a quotation to its speaker: `," he noted`, `," said Lavrov`,
`Lavrov said: "`, `He added that Azerbaijan is "`, `", according to Azerbaijani media`.

A `Cue` holds the span of the subject (the words that name the speaker) and of the verb;
`speakers.py` turns the subject into a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    # the head word of the subject where the parse gives it ("official" in "an official close
    # to Scholz"): a name elsewhere in the subject is not the speaker
    head: Span | None = None

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


# a tag set between dashes inside the quotation, the house style of Italian agencies in English
# ("“Initially – added Meloni -, the structures will ...”", "“The partnership with Tunisia –
# added Meloni – represents ...”"): the verb and its subject, or the subject and its verb
_INSERT_DASH = r"\s[–—-]\s*"
_INSERT_SUBJECT = r"[^–—\-.,;:!?\"“”«»\n()]{1,50}?"


def cue_inserted(text: str, content: Span, lex: QuoteLexicon) -> Cue | None:
    """A tag between dashes inside the quotation: `– added Meloni –`, `– Meloni said –`."""
    inverted = re.compile(rf"{_INSERT_DASH}(?P<verb>{lex.verb.pattern})\s+(?P<subj>{_INSERT_SUBJECT})\s*[–—-]",
                          re.IGNORECASE)
    normal = re.compile(rf"{_INSERT_DASH}(?P<subj>{_INSERT_SUBJECT})\s+(?P<verb>{lex.verb.pattern})\s*[–—-]",
                        re.IGNORECASE)
    for pattern in (inverted, normal):
        m = pattern.search(text, content.start, content.end)
        subject = m.group("subj").strip() if m else ""
        # a name, a title or a pronoun ("– said to be Erdogan's idea –" names no speaker)
        if m and _short(text, m.span("subj")) and (subject[:1].isupper() or subject.split()[0] in ("the", "he", "she")):
            return Cue(Span(*m.span("subj")), Span(*m.span("verb")))
    return None


def according_at_sentence_end(text: str, start: int, limit: int, lex: QuoteLexicon) -> Cue | None:
    """`… to “activate tripartite action” to their country, according to Lebanese TV networks.`:
    the source a sentence closes with, after words in marks that have no cue of their own; not
    past another quotation, a verb of speech or the sentence's end."""
    end = _SENTENCE_END.search(text, start, limit)
    stop = end.start() + 1 if end else limit
    tail = text[start:stop]
    found = _closing_source(lex.according.pattern).search(tail)
    if found is None or re.search(r"[\"“”«»]", tail[: found.start()]) or lex.verb.search(tail, 0, found.start()):
        return None
    if not _short(tail, found.span("subj")):
        return None
    return Cue(Span(start + found.start("subj"), start + found.end("subj")))


@lru_cache(maxsize=4)
def _closing_source(according: str) -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{according})\s+(?P<subj>{_SUBJECT})\s*[.!?]?\s*$", re.IGNORECASE)


def sentence_start(text: str, start: int, position: int) -> int:
    """Where the sentence holding `position` starts, no earlier than `start`."""
    last = start
    for m in _SENTENCE_END.finditer(text, start, position):
        last = m.end()
    return last


# what ends the clause a subject may stand in; commas only separate its segments
_CLAUSE_PUNCT = re.compile(r"[;:(\"“”«»]")
_SEGMENT = re.compile(r"[^,]+")
# a past-tense verb of the first of two coordinated verbs ("Bayramov thanked … and said")
_PAST_VERB = re.compile(r"\b[a-z]+ed\b")
_MAX_HEAD_WORDS = 6


def _segments(text: str, begin: int, end: int) -> list[Span]:
    """The comma-separated pieces of text[begin:end], without surrounding white space."""
    found = []
    for m in _SEGMENT.finditer(text, begin, end):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            found.append(Span(a, b))
    return found


def _is_insert(text: str, seg: Span, lex: QuoteLexicon) -> bool:
    return seg.of(text)[:1].islower() and lex.inserts.match(text, seg.start, seg.end) is not None


def _head_like(text: str, seg: Span, lex: QuoteLexicon) -> bool:
    """A subject standing before an insert: short, capitalised, not an adverbial opener."""
    words = seg.of(text).split()
    first = words[0].lower() if words else ""
    return (0 < len(words) <= _MAX_HEAD_WORDS and words[0][:1].isupper()
            and first not in lex.not_clause_openers and not first.endswith("ing"))


def _before_coordination(text: str, seg: Span, lex: QuoteLexicon) -> Span | None:
    """`Bayramov thanked Türkiye and [said]`: the subject of the first verb, or None where the
    segment opens with that verb (its subject stands before a comma)."""
    piece = seg.of(text)
    if not re.search(r"(?:^|\s)and$", piece):
        return seg
    first_verb = _PAST_VERB.search(piece) or lex.verb.search(piece)
    if first_verb is None:
        return seg
    end = seg.start + first_verb.start()
    while end > seg.start and text[end - 1].isspace():
        end -= 1
    return Span(seg.start, end) if end > seg.start else None


def _without_adverbs(text: str, seg: Span, lex: QuoteLexicon) -> Span | None:
    adverbs = re.compile(rf"(?:\s+(?:{lex.adverbs}))+\s*$", re.IGNORECASE)
    trailing = adverbs.search(seg.of(text))
    end = seg.start + trailing.start() if trailing else seg.end
    if end <= seg.start or _words(text[seg.start : end]) > _MAX_SUBJECT_WORDS + 4:
        return None
    return Span(seg.start, end)


def subject_before(text: str, verb_start: int, start: int, lex: QuoteLexicon) -> Span | None:
    """The phrase before a verb, back to a comma or the start of its clause; past an insert
    (`Putin, for his part, said`) or a first verb (`Bayramov thanked X and said`) to the
    subject of the clause."""
    left = max(start, verb_start - 240)
    stops = [m.end() for m in _CLAUSE_PUNCT.finditer(text, left, verb_start)]
    segments = _segments(text, stops[-1] if stops else left, verb_start)
    if not segments:
        return None
    last = _before_coordination(text, segments[-1], lex)
    if last is not None and not _is_insert(text, last, lex):
        return _without_adverbs(text, last, lex) if segments[-1].start >= verb_start - 120 else None
    for seg in reversed(segments[:-1]):
        if not _is_insert(text, seg, lex):
            return seg if _head_like(text, seg, lex) else None
    return None


def cue_before(text: str, start: int, position: int, lex: QuoteLexicon) -> Cue | None:
    """A cue in the sentence before `position`: `Lavrov said: "`, `He added that X is "`,
    `According to the ministry, "`."""
    begin = sentence_start(text, start, position)
    lead = text[begin:position]
    according = re.compile(rf"(?:{lex.according.pattern})\s+(?P<subj>{_SUBJECT})\s*,\s*$",
                           re.IGNORECASE).search(lead)
    if according:
        return Cue(Span(begin + according.start("subj"), begin + according.end("subj")))
    naming = lex.naming.search(text, begin, position)
    if naming:
        subject = subject_before(text, naming.start("verb"), begin, lex)
        if subject is not None:
            return Cue(subject, Span(naming.start("verb"), naming.end("verb")))
    # ("the above-mentioned source": an adjective, no one speaking)
    verbs = [v for v in lex.verb.finditer(text, begin, position) if not _ADJECTIVE_BEFORE.search(text, begin, v.start())]
    if not verbs:
        # "According to the ministry, the visit “will provide a framework …”": the source the
        # sentence opens with speaks the words in marks, when no verb of speech comes after it
        opening = _opening_source(lex.according.pattern).match(lead)
        return Cue(Span(begin + opening.start("subj"), begin + opening.end("subj"))) if opening else None
    verb = verbs[-1]
    if _words(text[verb.end() : position]) > _MAX_LEAD_WORDS:
        return None
    subject = subject_before(text, verb.start(), begin, lex)
    if subject is None:
        return None
    return Cue(subject, Span(verb.start(), verb.end()))


_ADJECTIVE_BEFORE = re.compile(r"\b(?:above|below)[ \t-]*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _opening_source(according: str) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{according})\s+(?P<subj>{_SUBJECT})\s*,", re.IGNORECASE)
