"""Lines and paragraphs of an article, with their offsets into the text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Span
from ..resources import data_file

# sentence-final punctuation, possibly inside closing quotes or brackets
# (an agency's bracketed sign-off may follow it: "... since the incident. (NAN)")
_SENTENCE_END = re.compile(r"""[.!?…:;][\s"'”’»)\]]*(?:\([A-Z][\w .&/-]{0,25}\)\s*)?$""")
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


@lru_cache(maxsize=1)
def _page_stamp() -> re.Pattern[str]:
    return re.compile(data_file("furniture.toml")["page_stamp"])


def page_stamp(text: str) -> re.Match[str] | None:
    """The page store's ` date 2023-10-28` at the very start of the text, if there is one."""
    return _page_stamp().match(text)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines; a blank line starts a new paragraph.

    A page store's date stamp (` date 2023-10-28 Headline ...`) is a line of its own even when
    the page's first line follows it on the same line.
    """
    lines: list[Line] = []
    paragraph = 0
    pos = 0
    blank_since_last = False
    stamp = page_stamp(text)
    seen_text = False
    if stamp:
        lead = len(stamp.group(0)) - len(stamp.group(0).lstrip())
        lines.append(Line(Span(lead, stamp.end()), stamp.group(0).strip(), 0))
        pos = stamp.end()
        paragraph = 1
    for raw in text[pos:].split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            blank_since_last = True
            continue
        if seen_text and blank_since_last:
            paragraph += 1
        blank_since_last = False
        seen_text = True
        lead = len(raw) - len(raw.lstrip())
        lines.append(Line(Span(start + lead, start + lead + len(stripped)), stripped, paragraph))
    return lines


# what a paragraph opens with: a capital, a digit or an opening quotation mark
_STARTS_PARAGRAPH = re.compile(r"[\"“‘'(\[]?[A-Z0-9]")


def paragraph_spans(lines: list[Line], gaps: frozenset[int] = frozenset()) -> list[Span]:
    """One span per paragraph, from its first line's start to its last line's end.

    Where the text has no blank lines at all, each line is its own paragraph. `gaps`: the
    positions in `lines` before which a line was left out (a caption inside a paragraph): a
    span never runs over it.
    """
    if not lines:
        return []
    spans: list[Span] = []
    single_spaced = len({ln.paragraph for ln in lines}) == 1 and len(lines) > 1
    cur_start, cur_end, cur_par = lines[0].span.start, lines[0].span.end, lines[0].paragraph
    for n, ln in enumerate(lines[1:], start=1):
        # a page that sets its paragraphs apart by a line break alone, after a blank line or two
        # elsewhere (a standfirst): a full line that ends its sentence ends its paragraph
        own_line = lines[n - 1].ends_sentence and _STARTS_PARAGRAPH.match(ln.text) is not None
        if single_spaced or own_line or ln.paragraph != cur_par or n in gaps:
            spans.append(Span(cur_start, cur_end))
            cur_start, cur_par = ln.span.start, ln.paragraph
        cur_end = ln.span.end
    spans.append(Span(cur_start, cur_end))
    return spans
