"""Text between quotation marks, paragraph by paragraph.

Marks of all kinds: `"…"`, `“…”`, `„…“`, `«…»`, `‘…’`. A quotation whose paragraph ends
before its closing mark runs on: the next paragraph opens with a mark and continues it (the
newspaper convention for quotations over several paragraphs).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Span
from .lexicon import QuoteLexicon


@dataclass(frozen=True)
class Marked:
    # the words between the marks, without surrounding white space
    content: Span
    opening: int
    # None where the paragraph ends first and the quotation runs on into the next one
    closing: int | None
    paragraph: int
    # this paragraph opens by continuing the previous paragraph's open quotation
    continues: bool = False

    @property
    def end(self) -> int:
        """Just past the closing mark (or the content, for a quotation that runs on)."""
        return self.closing + 1 if self.closing is not None else self.content.end


# opening marks of a quotation in double marks
_DOUBLE = frozenset('"“„«')
# marks that never close a quotation in English text
_ONLY_OPENING = frozenset("“«")


def _is_opening(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        # "“ My visit is to confirm …”": a mark that only opens, at the start of a line or after
        # a space, with a stray space before the words
        return (mark in _ONLY_OPENING and before.isspace() and text[i + 1 : i + 2] == " "
                and text[i + 2 : i + 3].isalpha())
    if mark == "”":
        # a closing mark opens only where words follow it and none stand glued before it
        # ("the Kremlin said: ”We …“", "people said to me: ”Natasha, …")
        return not before.isalnum() and before not in ".,;!?" and after.isalnum()
    if mark in "\"'‘":
        # not an apostrophe or a closing mark: a quote opens after a space or an opening bracket
        return not before.isalnum()
    return True


def _is_closing(text: str, i: int, mark: str, opener: str) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "’'":
        # "we’ll", "Türkiye’s": an apostrophe has a letter after it
        return not after.isalnum()
    if mark == opener:
        # the same mark again closes before a space or punctuation, or glued to the words it
        # ends ("“We had a very fruitful meeting“Maduro wrote": no space, no new quotation)
        before = text[i - 1] if i > 0 else " "
        return not after.isalnum() or not before.isspace()
    return True


def _closes_run_on(text: str, i: int, mark: str) -> bool:
    """A mark that can only close: after a word or punctuation, before a space or punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum() and mark not in "'’‘"


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def find_marked(text: str, paragraphs: list[Span], lex: QuoteLexicon) -> list[Marked]:
    found: list[Marked] = []
    running_on = False
    for index, paragraph in enumerate(paragraphs):
        opened: tuple[int, str] | None = None
        first_mark = len(text[paragraph.start : paragraph.end]) - len(text[paragraph.start : paragraph.end].lstrip())
        first_mark += paragraph.start
        continues_here = False
        skip = -1
        seen_mark = False
        for i in range(paragraph.start, paragraph.end):
            ch = text[i]
            if i == skip:
                continue
            if opened is None:
                if ch in lex.marks and _is_opening(text, i, ch):
                    opened = (i, ch)
                    continues_here = running_on and i == first_mark
                elif running_on and not seen_mark and ch in lex.closers and _closes_run_on(text, i, ch):
                    # the quotation of the paragraph before goes on without a new opening mark
                    # and closes here (`… European issues," the government said`)
                    content = _trimmed(text, paragraph.start, i)
                    if content.end > content.start:
                        found.append(Marked(content, paragraph.start, i, index, True))
                seen_mark = seen_mark or ch in lex.marks or ch in lex.closers
            elif opened[1] in _DOUBLE and ch in "’'" and text[i + 1 : i + 2] == ch:
                # two single marks close a double one ("… jarring voices,’’ he said")
                content = _trimmed(text, opened[0] + 1, i)
                if content.end > content.start:
                    found.append(Marked(content, opened[0], i + 1, index, continues_here))
                opened, continues_here, skip = None, False, i + 1
            elif ch in lex.marks[opened[1]] and _is_closing(text, i, ch, opened[1]):
                content = _trimmed(text, opened[0] + 1, i)
                if content.end > content.start:
                    found.append(Marked(content, opened[0], i, index, continues_here))
                opened, continues_here = None, False
        running_on = False
        if opened is not None:
            content = _trimmed(text, opened[0] + 1, paragraph.end)
            if content.end > content.start:
                found.append(Marked(content, opened[0], None, index, continues_here))
                running_on = True
    return found
