"""Speech transcripts: an introduction naming the speaker, then the speaker's paragraphs.

    Speaking at the meeting, President Ilham Aliyev said:      (or without "said:")
    - Dear Sergey Viktorovich, ...                             (a dash opens the speech)
    We can talk a lot about our relations. ...                 (and it runs on)
    x x x                                                      (until a separator,
    Russian Foreign Minister Sergey Lavrov said:                the next speaker,
    President Ilham Aliyev: Thank you very much, ...            an inline turn,
                                                                narration, or the body's end)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .attribution import Cue, cue_before
from .lexicon import QuoteLexicon
from .speakers import Speakers

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_INLINE = re.compile(r"(?P<who>[^:.!?\"“”«»\n]{2,80}):[ \t\u00a0]+(?P<speech>\S.*)", re.DOTALL)
_TERMINAL = re.compile(r"[.!?…:;][\s\"”»’)]*$")
_MARKS = re.compile(r"[\"“”«»„]")
_MAX_HEADLINE_WORDS = 14


@dataclass(frozen=True)
class Turn:
    cue: Cue
    speaker: str | None
    parts: list[Span]


@dataclass
class Transcripts:
    text: str
    paragraphs: list[Span]
    speakers: Speakers
    lex: QuoteLexicon

    def _para(self, i: int) -> str:
        return self.paragraphs[i].of(self.text)

    def _dashed(self, i: int) -> bool:
        return self._para(i).lstrip().startswith(self.lex.dashes)

    def _speech_start(self, i: int) -> int:
        """Where the words start, past a leading dash and white space."""
        span = self.paragraphs[i]
        pos = span.start
        while pos < span.end and (self.text[pos].isspace() or self.text[pos] in self.lex.dashes):
            pos += 1
        return pos

    def _who(self, span: Span) -> Cue | None:
        """The speaker named in an introduction: the subject of its cue, or its last actor."""
        cue = cue_before(self.text, span.start, span.end, self.lex)
        if cue is not None and self.speakers.actor_in(cue.subject):
            return cue
        mentions = [m for a in self.speakers.actors for m in a.mentions if span.contains(m)]
        if mentions:
            return Cue(max(mentions, key=lambda m: m.end))
        return cue

    def _inline(self, i: int) -> tuple[Cue, Span] | None:
        """`President Ilham Aliyev: Thank you very much, ...` (a speaker, a colon, words)."""
        span = self.paragraphs[i]
        m = _INLINE.match(self.text, span.start, span.end)
        if not m or not _TERMINAL.search(m.group("speech")):
            return None
        who = Span(m.start("who"), m.end("who"))
        if not self.speakers.actor_in(who) or self.lex.verb.search(m.group("who")):
            return None
        return Cue(who), Span(m.start("speech"), span.end)

    def intro(self, i: int) -> Cue | None:
        """The cue where paragraph i introduces a speaker whose words follow it."""
        text = self._para(i).strip()
        nxt = i + 1 < len(self.paragraphs)
        if text.endswith(":"):
            if nxt and _MARKS.match(self._para(i + 1).lstrip()):
                return None  # quotation marks follow: `marks.py` and its cues take them
            cue = self._who(self.paragraphs[i])
            return cue if cue is not None and self.speakers.actor_in(cue.subject) else None
        if nxt and self._dashed(i + 1) and not _TERMINAL.search(text) and not self._dashed(i):
            cue = self._who(self.paragraphs[i])
            return cue if cue is not None and self.speakers.actor_in(cue.subject) else None
        return None

    def _narration(self, i: int) -> bool:
        text = self._para(i)
        outside = _MARKS.split(text)[::2]
        words = {w.lower() for part in outside for w in _WORDS.findall(part)}
        if words & self.lex.speech_words:
            return False
        head = text.strip().lower()
        if head.startswith(self.lex.narrative_openers):
            return True
        span = self.paragraphs[i]
        opening = Span(span.start, min(span.end, span.start + 60))
        first = self.speakers.first_actor_in(opening, [])
        starts_with_actor = first is not None and any(
            m.start - span.start <= 3 for a in self.speakers.actors if a.name == first for m in a.mentions
            if opening.contains(m))
        return starts_with_actor or bool(self.lex.verb.search(text) and _MARKS.search(text))

    def _ends_turn(self, i: int) -> bool:
        text = self._para(i).strip()
        if self.lex.separator.match(text) or self.intro(i) or self._inline(i):
            return True
        if self._dashed(i):
            return False
        headline = not _TERMINAL.search(text) and len(text.split()) <= _MAX_HEADLINE_WORDS
        return headline or self._narration(i)

    def _run(self, first: int) -> tuple[list[Span], int]:
        """The speech paragraphs from `first` on, and the index after the last of them."""
        parts = []
        j = first
        while j < len(self.paragraphs) and (j == first or not self._ends_turn(j)):
            start = self._speech_start(j)
            if start < self.paragraphs[j].end:
                parts.append(Span(start, self.paragraphs[j].end))
            j += 1
        return parts, j

    def turns(self) -> list[Turn]:
        found: list[Turn] = []
        i = 0
        while i < len(self.paragraphs):
            inline = self._inline(i)
            cue = None if inline else self.intro(i)
            if inline:
                rest, nxt = self._run(i + 1) if i + 1 < len(self.paragraphs) and not self._ends_turn(i + 1) else ([], i + 1)
                found.append(Turn(inline[0], self.speakers.actor_in(inline[0].subject), [inline[1], *rest]))
                i = nxt
            elif cue is not None and i + 1 < len(self.paragraphs) and not self._ends_turn(i + 1):
                parts, i = self._run(i + 1)
                found.append(Turn(cue, self.speakers.actor_in(cue.subject), parts))
            else:
                i += 1
        return found
