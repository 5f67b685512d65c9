"""Lines and paragraphs of an article, with their offsets into the text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span

# sentence-final punctuation, possibly inside closing quotes or brackets
_SENTENCE_END = re.compile(r"""[.!?…:;][\s"'”’»)\]]*$""")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Line:
    span: Span
    text: str  # stripped
    # index of the paragraph the line belongs to (paragraphs are split by blank lines)
    paragraph: int

    @property
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


def split_lines(text: str) -> list[Line]:
    """Non-blank lines; a blank line starts a new paragraph."""
    lines: list[Line] = []
    paragraph = 0
    pos = 0
    blank_since_last = False
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            blank_since_last = True
            continue
        if lines and blank_since_last:
            paragraph += 1
        blank_since_last = False
        lead = len(raw) - len(raw.lstrip())
        lines.append(Line(Span(start + lead, start + lead + len(stripped)), stripped, paragraph))
    return lines


def is_wrapped_paragraph(lines: list[Line], i: int) -> bool:
    """True when line i shares its paragraph with a neighbour (hard-wrapped prose)."""
    p = lines[i].paragraph
    return (i > 0 and lines[i - 1].paragraph == p) or (i + 1 < len(lines) and lines[i + 1].paragraph == p)


def headline_like(line: Line, max_words: int = 30) -> bool:
    """A short line that does not end a sentence: a headline, a link, a label."""
    return 0 < line.words <= max_words and not line.ends_sentence


def paragraph_spans(lines: list[Line]) -> list[Span]:
    """One span per paragraph, from its first line's start to its last line's end.

    Where the text has no blank lines at all, each line is its own paragraph.
    """
    if not lines:
        return []
    spans: list[Span] = []
    single_spaced = len({ln.paragraph for ln in lines}) == 1 and len(lines) > 1
    cur_start, cur_end, cur_par = lines[0].span.start, lines[0].span.end, lines[0].paragraph
    for ln in lines[1:]:
        if single_spaced or ln.paragraph != cur_par:
            spans.append(Span(cur_start, cur_end))
            cur_start, cur_par = ln.span.start, ln.paragraph
        cur_end = ln.span.end
    spans.append(Span(cur_start, cur_end))
    return spans
