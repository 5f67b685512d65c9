"""The header model: a page read as lines, with headline, header and body chosen by score.

Each line gets a role from the line alone (`header.read_line`). Then the lines are read
together:

* the body starts at the first line of prose that is not a photo caption; a standfirst (one or
  two prose lines) followed by a byline, date line or caption still belongs to the header;
* the headline is the best-scoring short line above the body: scored on length, case, whether
  it repeats (sites print the headline two or three times), what stands after it (a byline, a
  date line, a dateline, a standfirst or the body) and whether it holds a date; mastheads,
  menus, section labels, bylines and date lines never are;
* the body runs to the first footer or end marker (`MOST POPULAR`, `Related news`, a tag list
  once the prose is over) or to a trailing run of link-like lines, without the furniture inside
  it: captions, credits, markers and the link lists after them, date lines, bylines, related
  links inserted between paragraphs.

`read_page` is a pure function of the text; the layout, outlet and published stages each read
the page through it (the last few pages are kept, so a document is read once).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from ..dates.mentions import DateOrder, date_order, find_dates
from ..events.lexicon import third_person, trigger_lemmas
from ..model import Dateline, Span
from ..people.lexicon import fold
from ..people.lexicon import lexicon as people_lexicon
from ..resources import data_file
from .dateline import match_dateline, place_only
from .header import DOUBLED_LINE, LineInfo, caption_credit, is_latin, read_line
from .lines import Line, split_lines
from .outlet_names import is_known_outlet, looks_like_outlet, outlet_country

# The header lies within the first lines of a page: menus, a ticker, a headline, a standfirst,
# bylines and date lines, a caption.
HEADER_MAX_LINES = 40
HEADER_MAX_CHARS = 3000
# after the first prose line, a byline or date line this many lines on still belongs to the header
STANDFIRST_LINES = 3
# a headline has at least this score (see _headline_score)
HEADLINE_MIN_SCORE = 2.0
# a sign-off with the agency and date stands among the last lines
SIGN_OFF_LINES = 3
# an inline dateline may open the body's first lines (after a summary)
INLINE_DATELINE_LINES = 3
# a trailing run of link-like lines shorter than this is kept: an article may end on short lines
MIN_LINK_RUN = 5
# a sentence this short with furniture after it may be a headline ending in a full stop
SHORT_HEADLINE_WORDS = 12
# hard-wrapped prose: lines of this many characters, give or take
WRAP_MIN_CHARS, WRAP_MAX_CHARS = 40, 100
# lines further into the body than this are read for furniture without their dates (speed)
DATED_LINE_MAX_CHARS = 160

META_ROLES = frozenset({"date", "byline", "outlet", "dateline", "caption", "credit"})
# what ends a standfirst: the byline block (a caption may stand anywhere in a body)
STANDFIRST_ENDS = frozenset({"date", "byline", "outlet", "dateline"})
DROPPED_ROLES = frozenset({"stamp", "furniture", "date", "byline", "outlet", "caption", "credit", "tags", "dateline"})
# a site's banner over the headline is made of sentences this short ("Get all your news in one place.")
BANNER_MAX_WORDS = 8
# a related story's headline set between paragraphs as a paragraph of its own has this many words or more
# (a subheading is shorter)
INSERTED_LINK_MIN_WORDS = 9
# a sentence over a photo credit with at most this many words is the photo's caption
SHORT_CAPTION_WORDS = 25
# a page ending on this many short points or more ("• Ambassador" / "• G7 Summit" / "• Ukraine") ends on its tags
TRAILING_TAGS_MIN_LINES = 3
# the point of a list is a few words ("defense and security logistics")
LIST_POINT_MAX_WORDS = 6
TAG_MAX_WORDS = 3


@dataclass
class Page:
    infos: list[LineInfo]
    order: DateOrder
    # indices into infos
    headline: int | None = None
    body_start: int = 0
    body_end: int = 0
    body: list[int] = field(default_factory=list)
    # the dateline opening the body ("MOSCOW, March 3 (Reuters) -"), and whether it is cut from the body
    inline_dateline: Dateline | None = None
    # index of the line it opens
    inline_line: int | None = None
    cut_inline: bool = False

    @property
    def lines(self) -> list[Line]:
        return [i.line for i in self.infos]

    def header(self) -> list[LineInfo]:
        return self.infos[: self.body_start]


@lru_cache(maxsize=8)
def read_page(text: str) -> Page:
    lines = split_lines(text)
    if not lines:
        return Page([], "DMY")
    order = date_order(text[:HEADER_MAX_CHARS * 2])
    infos = _read_lines(lines, order)
    if _ambiguous_numeric(infos):
        # a date such as 05/04/2023: the outlet's country says how it writes dates
        country = next((outlet_country(i.outlet) for i in infos[:HEADER_MAX_LINES] if i.outlet), None)
        if country:
            reordered = date_order(text[:HEADER_MAX_CHARS * 2], country)
            if reordered != order:
                order, infos = reordered, _read_lines(lines, reordered)
    _top_banner(infos)
    _lead_opening_the_page(infos)
    _short_headlines(infos)
    _captions_and_lists(infos)
    _doubled_sentences(infos)
    _names_in_capitals(infos)
    _captions_between_paragraphs(infos)
    _closing_teaser(infos)
    _embedded_posts(infos)
    _listed_sign_offs(infos)
    page = Page(infos, order)
    page.body_start = _body_start(infos, _wrapped_page(infos))
    page.headline = _pick_headline(infos, page.body_start)
    page.body_end = _trailing_text(infos, page.body_start, _body_end(infos, page.body_start))
    page.body = _body_lines(infos, page.body_start, page.body_end)
    page.inline_dateline, page.inline_line = _inline_dateline(page)
    page.cut_inline = page.inline_dateline is not None and not place_only(page.inline_dateline)
    return page


def _inline_dateline(page: Page) -> tuple[Dateline | None, int | None]:
    """The dateline opening the body's first line, or the second or third after a summary."""
    for n, k in enumerate(page.body[:INLINE_DATELINE_LINES]):
        found = match_dateline(page.infos[k].line, standalone_only=False, order=page.order)
        if found is not None and (n == 0 or not place_only(found)):
            return found, k
    return None, None


# a photo's file name glued to the start of a paragraph ("20131124-060420.jpgGeneva_ Six major powers ...")
_GLUED_FILE = re.compile(r"^[\w.-]{1,80}\.(?:jpe?g|png|gif|webp)(?=\s*\S)", re.IGNORECASE)


def _without_file_name(line: Line) -> Line:
    m = _GLUED_FILE.match(line.text)
    if m is None:
        return line
    rest = line.text[m.end():]
    lead = len(rest) - len(rest.lstrip())
    return Line(Span(line.span.start + m.end() + lead, line.span.end), rest.lstrip(), line.paragraph)


def _read_lines(lines: list[Line], order: DateOrder) -> list[LineInfo]:
    infos = []
    n = len(lines)
    chars = 0
    for i, line in enumerate(lines):
        line = _without_file_name(line)
        chars += len(line.text)
        near_edge = i < HEADER_MAX_LINES or chars < HEADER_MAX_CHARS or i >= n - HEADER_MAX_LINES
        if near_edge:
            info = read_line(line, order, first=i == 0)
            infos.extend(_unglued_promotion(info, order) if info.kind == "promo" else [info])
        elif len(line.text) <= DATED_LINE_MAX_CHARS:
            infos.append(read_line(line, order, light=True))
        else:
            infos.append(_prose_or_text(line))
    return infos


# a sentence run into the next with no space ("... makes all the difference.Britain’s foreign secretary ...")
_GLUED_SENTENCE = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")
# what follows a promotion glued to it is the story's when it is this long
GLUED_STORY_MIN_WORDS = 8


def _unglued_promotion(info: LineInfo, order: DateOrder) -> list[LineInfo]:
    """A promotion with the story's first sentence run into it ("Your support makes all the
    difference.Britain’s foreign secretary ..."): the promotion, then the story's line."""
    line = info.line
    for m in _GLUED_SENTENCE.finditer(line.text):
        rest = line.text[m.end():]
        head = Line(Span(line.span.start, line.span.start + m.end()), line.text[: m.end()], line.paragraph)
        tail = Line(Span(line.span.start + m.end(), line.span.end), rest, line.paragraph)
        if tail.words >= GLUED_STORY_MIN_WORDS:
            after = read_line(tail, order)
            if after.kind != "promo":
                return [LineInfo(head, "furniture", kind="promo", outlet=info.outlet), after]
    return [info]


def _prose_or_text(line: Line) -> LineInfo:
    return LineInfo(line, "prose" if line.ends_sentence or line.words > 30 else "text")


def _ambiguous_numeric(infos: list[LineInfo]) -> bool:
    return any(d.numeric and d.day is not None and d.day <= 12 and d.day != d.month
               for i in infos[:HEADER_MAX_LINES] for d in i.dates)


# ---------------------------------------------------------------------------------------
# where the body starts

def _short_headlines(infos: list[LineInfo]) -> None:
    """A short sentence opening the page with furniture after it is a headline with a full stop
    ("PM Modi returns after Saarc meet." over share buttons, or under a blog's date header):
    text, not prose. Only before anything else that could be a headline, and never a line that
    opens with a dateline."""
    for i, info in enumerate(infos[:HEADER_MAX_LINES]):
        if info.role == "text":
            return
        if info.role != "prose":
            continue
        after = infos[i + 1] if i + 1 < len(infos) else None
        before = infos[i - 1] if i > 0 else None
        # a full stop, or a question ("Putin and Erdogan meet in Sochi, Ankara shifting to Moscow?")
        question = info.line.text.endswith(("?", "!")) and info.line.words <= 2 * SHORT_HEADLINE_WORDS
        short = (info.line.words <= SHORT_HEADLINE_WORDS and info.line.text.endswith(".")) or question
        over_furniture = after is not None and after.role in ("furniture", "date", "byline", "outlet", "credit") \
            and after.kind != "footer"
        # (or first under the store's stamp and the furniture at the very top, over a paragraph
        # at least twice as long: "Prime Minister Sogavare leaves for China official visit.",
        # Solomon Islands government via EIN Presswire, eval 1386; "Iran president is to visit Oman
        # and Kuwait this week." under "+ ↺ − 16 px", News.Az, eval 1510)
        opening = any(x.role == "stamp" for x in infos[:i]) and \
            all(x.role in ("stamp", "furniture") for x in infos[:i]) and \
            after is not None and after.line.words >= 2 * info.line.words
        under_date = after is not None and after.role == "prose" and (
            (before is not None and before.role == "date") or (question and before is None) or opening)
        # printed again a few lines on (in an image's caption: "Image of 'Shavkat Mirziyoyev goes to ...'")
        mine = _norm(info.line.text)
        repeated = any(mine in _norm(x.line.text) for x in infos[i + 1 : i + 6])
        if short and (over_furniture or under_date or repeated) and not _opens_with_dateline(info.line):
            infos[i] = LineInfo(info.line, "text")
            continue
        return


# headlines are rarely longer; a longer first line with a weekday of its news reads as a lead
LEAD_LIKE_WORDS = 20
_NEWS_DAY = re.compile(r"\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _lead_opening_the_page(infos: list[LineInfo]) -> None:
    """A page that opens with its lead, the full stop lost: "Somalia Federal Government President
    Hassan Sheikh Mohamud has on Friday arrived in Cairo, Egypt after receiving official invitation
    from President ... last week" over the body's prose. A long first line that dates its news by
    the weekday is that lead, not a headline (a standfirst under a headline stays one)."""
    first = next((i for i, info in enumerate(infos[:HEADER_MAX_LINES]) if info.role != "stamp"), None)
    if first is None:
        return
    info = infos[first]
    after = _neighbour(infos, first, 1)
    if info.role == "text" and info.line.words > LEAD_LIKE_WORDS and _NEWS_DAY.search(info.line.text) \
            and after is not None and after.role == "prose":
        info.role = "prose"


def _top_banner(infos: list[LineInfo]) -> None:
    """Short sentences at the very top of a page, with the headline still to come below them
    ("Get all your news in one place." / "One app." / "Start reading"): a site's or an app's
    banner, not the body's first paragraph."""
    run: list[int] = []
    for i, info in enumerate(infos[:HEADER_MAX_LINES]):
        if info.role == "prose":
            if info.line.words > BANNER_MAX_WORDS:
                return
            run.append(i)
        elif info.role == "text" and info.line.words >= 5:
            # a headline: the short sentences above it were a banner
            for k in run:
                infos[k] = LineInfo(infos[k].line, "furniture", kind="promo")
            return


# a post embedded in a page opens with a line this short before its attributed last line
EMBED_OPENING_MAX_WORDS = 8


def _embedded_posts(infos: list[LineInfo]) -> None:
    """The short line right before an embedded post's attributed line is the post's first line
    ("54 dead already in Peru!" over "CELAC cannot look ... — Task Force ... (@TaskAmericas) January
    21, 2023"), not the article's."""
    for k in range(1, len(infos)):
        before = infos[k - 1]
        if infos[k].kind == "embed" and before.role in ("prose", "text") \
                and before.line.words <= EMBED_OPENING_MAX_WORDS:
            infos[k - 1] = LineInfo(before.line, "furniture", kind="embed")


_DASH_ITEM = re.compile(r"^\s*[-–—]\s+\S")


def _listed_sign_offs(infos: list[LineInfo]) -> None:
    """A dashed line among dashed lines is an item of a list (a story's section, byline and dates:
    "- World", "- Agencies and A News", "- Published Date: ..."), not a wire's sign-off ("-- PTI")
    that ends the story."""
    for k, info in enumerate(infos):
        if info.kind != "footer" or not _DASH_ITEM.match(info.line.text):
            continue
        if any(0 <= j < len(infos) and _DASH_ITEM.match(infos[j].line.text) for j in (k - 1, k + 1)):
            infos[k] = LineInfo(info.line, "furniture")


def _closing_teaser(infos: list[LineInfo]) -> None:
    """The page's last line cut off with a link to the rest ("... two countries… Read More") right
    after the body's prose: the article's own last paragraph, less the link."""
    k = len(infos) - 1
    while k > 0 and infos[k].role in ("outlet", "credit") or (k > 0 and infos[k].kind == "footer"):
        k -= 1  # "Kyodo News" under the story
    if k < 1 or infos[k].kind != "teaser" or infos[k - 1].role != "prose":
        return
    last = infos[k].line
    m = _READ_MORE.search(last.text)
    if m is None:
        infos[k] = LineInfo(last, "prose")  # "-- call on China to report adequate data on...": cut short
        return
    if m.start() < WRAP_MIN_CHARS:
        return
    cut = Line(Span(last.span.start, last.span.start + m.start()), last.text[: m.start()], last.paragraph)
    infos[k] = LineInfo(cut, "prose")


_READ_MORE = re.compile(r"\s*(?:Read More|Read more|READ MORE|Continue reading)\s*$")
_PERSON = re.compile(r"^[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]*){1,3}$")



# a person's name in capitals alone on a line: "JEREMIAH WAKAYA"
_CAPITALS_NAME = re.compile(r"^[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'.-]*){1,2}$")


def _names_in_capitals(infos: list[LineInfo]) -> None:
    """A name in capitals on a line of its own, wherever it stands, is a byline ("JEREMIAH
    WAKAYA" over "Published ..."): a story writes its people in running text. Titles, places and
    outlets in capitals ("THE TALKS", "NEW DELHI", "KAZINFORM") are no name."""
    lex = people_lexicon()
    for i, info in enumerate(infos):
        text = info.line.text.strip()
        if info.role not in ("text", "prose") or not _CAPITALS_NAME.match(text):
            continue
        if all(0 <= j < len(infos) and infos[j].line.paragraph == info.line.paragraph for j in (i - 1, i + 1)):
            continue  # inside a block of lines, not a block's first or last line
        words = [fold(w) for w in text.split()]
        if any(lex.is_breaker(w) or w in lex.particles or len(w) < 2 for w in words) or is_known_outlet(text):
            continue
        infos[i] = LineInfo(info.line, "byline")


# a caption set between two paragraphs has the words of a sentence and no full stop
CAPTION_MIN_WORDS = 6


def _captions_between_paragraphs(infos: list[LineInfo]) -> None:
    """A line of its own between two paragraphs of the story, written as a sentence (lower-case
    words) without a full stop, is a picture's caption ("Dominic Cummings was unusually smartly
    dressed for the occasion"); a sub-heading is written in title case or is short."""
    for i in range(1, len(infos) - 1):
        info, before, after = infos[i], infos[i - 1], infos[i + 1]
        text = info.line.text.strip()
        words = text.split()
        if info.role != "text" or len(words) < CAPTION_MIN_WORDS or not text[:1].isupper() or text[-1] in ".!?:;,\"”’)":
            continue
        # (the paragraph after may be the excerpt's last, cut before its full stop)
        if before.role != "prose" or not (after.role == "prose" or (after.role == "text" and after.line.words >= 12)) or \
                len({before.line.paragraph, info.line.paragraph, after.line.paragraph}) != 3:
            continue
        lower = sum(1 for w in words[1:] if w[:1].islower())
        if lower >= 0.6 * (len(words) - 1):
            infos[i] = LineInfo(info.line, "caption")


def _doubled_sentences(infos: list[LineInfo]) -> None:
    """A sentence printed twice on consecutive lines of one block is a picture's alternative text
    and its caption ("Saudi and Iranian foreign ministers meet in Beijing on Thursday." twice): a
    story never repeats a line so (a headline printed twice has no full stop and stays one;
    paragraphs repeated apart further down, as a pasted story may be, are left to the story; at
    the top of the page a teaser printed twice over the headline is no story)."""
    for i in range(len(infos) - 1):
        a, b = infos[i], infos[i + 1]
        text = a.line.text.strip()
        if a.role in ("prose", "text", "caption") and b.role in ("prose", "text", "caption") and \
                (a.line.paragraph == b.line.paragraph or i + 1 < HEADER_MAX_LINES) and \
                text == b.line.text.strip() and _sentence_end(text) and a.line.words >= 4:
            infos[i] = LineInfo(a.line, "caption")
            infos[i + 1] = LineInfo(b.line, "caption")


# a sentence and the photographer's credit in brackets after it ("... in Seoul. (Shin Yugyeong from
# Office of the President)")
_CREDITED_SENTENCE = re.compile(r"[.!?]\s*\([^()]{3,80}\)$")


def _sentence_end(text: str) -> bool:
    return text.endswith(".") or bool(_CREDITED_SENTENCE.search(text))


# a picture's alternative text and its caption differ in a spelling or a comma at most ("Hamed
# al-Thani meets with ... Qatar September 13, 2022." over "Hamed Al Thani meets ... Qatar,
# September 13, 2022 [Qatar News Agency/Handout via Reuters]"): this alike, or more
ALT_TEXT_LIKENESS = 92


def _repeated_in(line: str, caption: str) -> bool:
    """`line` is the caption's text again, as a picture's alternative text gives it."""
    text = line.rstrip(". ")
    return text in caption or fuzz.partial_ratio(text.lower(), caption.lower()) >= ALT_TEXT_LIKENESS


def _captions_and_lists(infos: list[LineInfo]) -> None:
    """Text lines that are no headline: a caption over its credit ("... after downing of Russian
    fighter jet" / "Photo by: Reuters"), a caption's second line (starting in lower case), and
    the points of a list ("* Row over downed jet escalates" / "* Putin signs decree")."""
    head = infos[:HEADER_MAX_LINES]
    first_prose = next((k for k, x in enumerate(head) if x.role == "prose"), len(head))
    # the points of a list above the story (a wire's summary); a list inside the story is its text
    marked = [k < first_prose and info.role == "text" and bool(_LIST_MARK.match(info.line.text))
              for k, info in enumerate(head)]
    changes: dict[int, LineInfo] = {}
    for i, info in enumerate(head):
        after = infos[i + 1] if i + 1 < len(infos) else None
        if info.role in ("text", "prose") and after is not None and after.role == "caption" \
                and len(info.line.text) >= 20 and _repeated_in(info.line.text, after.line.text):
            # a picture's alternative text over its caption, which repeats it ("File image of ...")
            changes[i] = LineInfo(info.line, "caption")
            continue
        if info.role == "prose" and after is not None and after.role == "credit" \
                and info.line.words <= SHORT_CAPTION_WORDS and not _closing_copyright(infos, i + 1) \
                and i > 0 and infos[i - 1].role in ("credit", "caption", "text", "furniture"):
            # "Emmanuel Macron, together with 11 other EU leaders, met with Charles Michel last night." / "© Belga"
            changes[i] = LineInfo(info.line, "caption")
            continue
        if info.role in ("text", "prose") and i <= first_prose and i > 0 and _PERSON.match(info.line.text) \
                and after is not None and after.role in ("prose", "caption") and infos[i - 1].role == "text" \
                and infos[i - 1].line.words >= 5:
            # a name alone between the headline and the story ("Dan Scavino Jr."): the author's or the photographer's
            changes[i] = LineInfo(info.line, "byline")
            continue
        if info.role != "text":
            continue
        after = infos[i + 1] if i + 1 < len(infos) else None
        if after is not None and after.role == "credit" and not _closing_copyright(infos, i + 1) \
                and not _only_headline(infos, i):
            changes[i] = LineInfo(info.line, "caption")
        elif after is not None and after.role == "date" and _PERSON.match(info.line.text) and i > 0:
            # "Sharon See" / "Published Mon, Jan 30, 2023": the author's name over the date
            changes[i] = LineInfo(info.line, "byline")
        elif after is not None and after.role in ("caption", "text") and after.line.text[:1].islower() \
                and after.line.paragraph == info.line.paragraph and caption_credit(info.line):
            # "Malaysian Prime Minister Anwar Ibrahim (left, back row)" / "and Prime Minister Lee ..."
            changes[i] = LineInfo(info.line, "caption")
        elif marked[i] and ((i > 0 and marked[i - 1]) or (i + 1 < len(marked) and marked[i + 1])):
            changes[i] = LineInfo(info.line, "furniture", kind="list")
    for i, changed in changes.items():
        infos[i] = changed


def _only_headline(infos: list[LineInfo], i: int) -> bool:
    """Whether line i is the one line above the body that could be its headline."""
    before = [x for x in infos[:i] if x.role == "text"]
    after = []
    for x in infos[i + 1 :]:
        if x.role == "prose":
            break
        if x.role == "text":
            after.append(x)
    return not before and not after and infos[i].line.words >= 5


def _closing_copyright(infos: list[LineInfo], k: int) -> bool:
    """A copyright line ("© Agence France-Presse") with no prose after it: the page's footer."""
    return infos[k].line.text.lstrip().startswith(("©", "(c)", "(C)")) \
        and not any(x.role == "prose" for x in infos[k + 1 :])


def _opens_with_dateline(line: Line) -> bool:
    found = match_dateline(line, standalone_only=False)
    return found is not None and not place_only(found)


def _is_body_prose(info: LineInfo, infos: list[LineInfo], i: int, wrapped_page: bool = False) -> bool:
    if info.role == "prose":
        return True
    if info.role != "text":
        return False
    # "Prime Minister Dr. Manmohan Singh:Your Excellency ..., Ladies and Gentlemen of the Media,": a
    # speech opens
    after = infos[i + 1] if i + 1 < len(infos) else None
    if info.line.text.endswith(",") and after is not None and after.role == "prose" \
            and (info.line.words >= 4 or _SALUTATION.match(info.line.text)):
        return True  # "Good morning," / "Prime Minister Dr. Manmohan Singh:Your Excellency ...,": a speech opens
    return _wrapped(infos, i, wrapped_page)


_SALUTATION = re.compile(r"^(?:" + "|".join(data_file("furniture.toml")["salutations"]) + r")\s*,$", re.IGNORECASE)


def _wrapped(infos: list[LineInfo], i: int, wrapped_page: bool) -> bool:
    """Hard-wrapped prose: a line of a paragraph of moderate-length lines, all but the last at least
    WRAP_MIN_CHARS long; three lines or more, or two on a page whose paragraphs are wrapped so."""
    block = _block(infos, i)
    if not _wrap_shaped(block) or len(infos[i].line.text) < WRAP_MIN_CHARS:
        return False
    return len(block) >= 3 or wrapped_page


def _block(infos: list[LineInfo], i: int) -> list[Line]:
    """The lines of line i's paragraph around it that read as text (not a byline, a date, a menu)."""
    p = infos[i].line.paragraph

    def joins(k: int) -> bool:
        return infos[k].line.paragraph == p and infos[k].role in ("text", "prose")

    lo = i
    while lo > 0 and i - lo < 3 and joins(lo - 1):
        lo -= 1
    hi = i
    # on to the line that ends the sentence (a wrapped sentence may run over several lines)
    while hi + 1 < len(infos) and hi - i < 8 and joins(hi + 1) and not infos[hi].line.ends_sentence:
        hi += 1
    return [x.line for x in infos[lo : hi + 1]]


def _wrap_shaped(block: list[Line]) -> bool:
    """Lines of one paragraph of moderate length, the last ending a sentence, none repeating another
    (a headline printed twice, or a list of headlines, is no paragraph)."""
    return len(block) >= 2 and all(len(ln.text) <= WRAP_MAX_CHARS for ln in block) \
        and all(len(ln.text) >= WRAP_MIN_CHARS for ln in block[:-1]) \
        and len({ln.text for ln in block}) == len(block) and block[-1].ends_sentence


def _wrapped_page(infos: list[LineInfo]) -> bool:
    """Whether the page sets its paragraphs on hard-wrapped lines (three such paragraphs or more)."""
    paragraphs: dict[int, list[Line]] = {}
    for x in infos:
        paragraphs.setdefault(x.line.paragraph, []).append(x.line)
    return sum(1 for lines in paragraphs.values() if _wrap_shaped(lines)) >= 3


def _is_furniture_like(info: LineInfo) -> bool:
    return info.role in DROPPED_ROLES


def _body_start(infos: list[LineInfo], wrapped_page: bool) -> int:
    """Index of the first body line: the first prose after the header (len(infos) if none)."""
    chars = 0
    for i, info in enumerate(infos):
        chars += len(info.line.text)
        if i >= HEADER_MAX_LINES and chars > HEADER_MAX_CHARS:
            break
        if _is_body_prose(info, infos, i, wrapped_page):
            return _past_standfirst(infos, i, wrapped_page)
    # no prose near the top: no header, the whole text is body
    return 0


def _past_standfirst(infos: list[LineInfo], first_prose: int, wrapped_page: bool) -> int:
    """Past a standfirst: prose lines followed, within a few lines, by a byline, date line or caption."""
    prose_seen = 0
    for j in range(first_prose, min(len(infos), first_prose + STANDFIRST_LINES + 3)):
        info = infos[j]
        if info.kind in ("end", "footer"):
            return first_prose  # a comment thread's or a footer's dates are no byline block
        if info.role in ("prose", "text", "caption", "credit"):
            if info.role == "prose":
                prose_seen += 1
                if prose_seen > 2 or info.line.words > 80:
                    return first_prose
            continue
        if info.role in STANDFIRST_ENDS and j - first_prose <= STANDFIRST_LINES + 2:
            # the header goes on past this meta line: the body is the next prose
            for k in range(j + 1, min(len(infos), j + 8)):
                if infos[k].role in META_ROLES or infos[k].role in ("furniture", "tags", "stamp"):
                    continue
                if _is_body_prose(infos[k], infos, k, wrapped_page):
                    return _past_standfirst(infos, k, wrapped_page) if k - first_prose < 12 else k
                if infos[k].role == "text":
                    continue
            return first_prose
    return first_prose


# ---------------------------------------------------------------------------------------
# the headline

_NORM = re.compile(r"[\W_]+", re.UNICODE)
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•·*])\s+")


def headline_text(text: str) -> str:
    """A headline without the list mark a breadcrumb or menu gave it ("4. ")."""
    return _LIST_MARK.sub("", text).strip()


def _norm(text: str) -> str:
    return _NORM.sub(" ", headline_text(text).lower()).strip()


def _neighbour(infos: list[LineInfo], i: int, step: int) -> LineInfo | None:
    j = i + step
    while 0 <= j < len(infos):
        if infos[j].role != "furniture":
            return infos[j]
        j += step
    return None


def _headline_score(infos: list[LineInfo], i: int, norms: list[str]) -> float:
    info = infos[i]
    text = info.line.text
    words = info.line.words
    score = 2.0
    if words < 3:
        score -= 1.0
    elif words < 5:
        score -= 0.5
    elif words <= 18:
        score += 0.5
    elif words > 40:
        score -= 3.0
    elif words > 30:
        score -= 1.0
    elif words > 24:
        score -= 0.5
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and words < 6:
        score -= 1.5  # SECTION LABELS
    if headline_text(text)[:1].islower():
        score -= 2.0
    if _SITE_LABEL.match(text) and ":" not in text:
        # "Ministry of Foreign Affairs of the Kyrgyz Republic", "Official website of the President of
        # Russia": a site's name (not "Mission Building Demolition: Nigeria Summons ...", a headline)
        score -= 2.0
    elif _label(info):
        score -= 1.0  # "Office of the Spokesperson", "Foreign and Military Affairs": a label
    if info.dates:
        score -= 1.0
    mine = norms[i]
    later = [k for k, other in enumerate(norms) if k != i and other]
    if any(_same_headline(mine, norms[k]) for k in later if infos[k].role == "text" or infos[k].kind == "end"):
        score += 1.5  # sites print the headline more than once
    lead_end = min(len(norms), _first_prose(infos, i) + 3)
    if words >= 8 and any(mine in norms[k] for k in range(i + 1, lead_end) if norms[k] and infos[k].role == "prose"):
        score -= 3.0  # a summary the lead repeats, not a headline
    after = _neighbour(infos, i, 1)
    if after is not None and after.role in ("date", "byline", "outlet", "dateline", "prose", "caption", "credit", "tags"):
        score += 1.0
    elif after is not None and after.role == "text" and (after.line.words > words or _over_meta(infos, after)):
        score += 1.0  # a standfirst or deck under the headline, then the byline block or the body
    if text.rstrip().endswith((",", ";")):
        score -= 2.0  # "Ladies and Gentlemen of the Media,": an address, not a headline
    meta = next((k for k in range(i) if infos[k].role in ("date", "byline")), None)
    if meta is not None and any(infos[k].role == "text" and infos[k].line.words >= 3 and not _label(infos[k])
                                for k in range(meta)):
        # under the headline and its date line come a standfirst or a picture's caption
        # ("Safadi meets German counterpart in Amman", "Published: ...", then the caption,
        # printed twice in a row as the picture's text and its caption)
        doubled = any(0 <= k < len(norms) and k != i and norms[k] == mine for k in (i - 1, i + 1))
        score -= 2.5 if doubled else 1.0
    if not is_latin(text):
        score -= 3.0
    if _REFERRING_OPENER.match(text):
        score -= 2.0  # "It will mark the first official visit ...": a standfirst going on from its headline
    return score


def _label(info: LineInfo) -> bool:
    """A short line of capitalised words: "Office of the Spokesperson", "Prime Minister of
    Australia" (the issuer over a release's date line and its title). A label names; a line
    whose verb tells news is a headline in title case ("Namibia Hails Khama Visit", "Polish
    President Visits Lithuania", "Uhuru Meets Trump Discuss Trade")."""
    words = info.line.text.split()
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and info.line.words <= 5 \
        and not any(fold(w.strip(",.:;!?")) in _news_verbs() for w in words[1:])


@lru_cache(maxsize=1)
def _news_verbs() -> frozenset[str]:
    """The present tense of the verbs that tell diplomatic news (the event lexicons' verbs):
    "meets", "visits", "hails", "signs"."""
    return frozenset(third_person(lemma) for kind, lemma in trigger_lemmas() if kind == "verb" and " " not in lemma)


_REFERRING_OPENER = re.compile(r"^(?:" + "|".join(data_file("furniture.toml")["referring_openers"]) + r")\s")
_SITE_LABEL = re.compile(r"^(?:The\s+)?(?:" + "|".join(data_file("furniture.toml")["site_label_words"]) + r")\b")


def _first_prose(infos: list[LineInfo], i: int) -> int:
    return next((k for k in range(i + 1, len(infos)) if infos[k].role == "prose"), len(infos))


def _over_meta(infos: list[LineInfo], info: LineInfo) -> bool:
    after = _neighbour(infos, infos.index(info), 1)
    return after is not None and after.role in ("date", "byline", "outlet", "dateline", "prose", "caption", "credit")


def _same_headline(a: str, b: str) -> bool:
    """The same headline printed twice, perhaps with the site's name or a date before or after it."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 3 and (long.startswith(short) or long.endswith(short))


def _pick_headline(infos: list[LineInfo], body_start: int) -> int | None:
    candidates = [i for i in range(body_start) if infos[i].role == "text"]
    if not candidates:
        return None
    norms = [_print_norm(x) for x in infos[: body_start + 12]]
    scored = [(_headline_score(infos, i, norms), i) for i in candidates]
    best = max(s for s, _ in scored)
    if best < HEADLINE_MIN_SCORE:
        return None
    # of equal scores the first: a standfirst follows its headline
    chosen = min(i for s, i in scored if s == best)
    # the same headline printed more than once: the fullest print, less a site's name or a date
    # glued to it (a shorter print may be cut short, a longer one may carry the site's name)
    group = [i for i in candidates if i == chosen or _same_headline(norms[i], norms[chosen])]
    shortest = min(group, key=lambda k: (len(norms[k]), k))
    clean = [i for i in group if i == shortest or not _glued_extra(infos[i].line.text, infos[shortest].line.text)]
    return max(clean, key=lambda k: (len(norms[k]), -k))


def _print_norm(info: LineInfo) -> str:
    """A line's words for comparing headlines; a link printed twice on one line counts once."""
    if info.role in ("text", "prose"):
        return _norm(info.line.text)
    doubled = DOUBLED_LINE.match(info.line.text) if info.kind == "end" else None
    return _norm(doubled.group("half")) if doubled else ""


def _glued_extra(longer: str, shorter: str) -> bool:
    """Whether what `longer` adds to `shorter` is glue: a date, an outlet's name, or anything put
    before the headline (a section or country label: "Bulgaria: Turkish Foreign Minister ...")."""
    at = headline_text(longer).lower().find(headline_text(shorter).lower().strip())
    if at > 0 or (at < 0 and _norm(longer).find(_norm(shorter)) > 0):
        return True  # something put before the headline ("WorldRussia-Ukraine War: ...", a section glued on)
    extra = headline_text(longer)[len(headline_text(shorter).strip()):] if at == 0 else longer
    extra = extra.strip(" -–—|:,.")
    if not extra or _norm(extra) == _norm(shorter):
        return True  # "Phone Call on RegionPhone Call on Region": the headline printed twice on one line
    return bool(find_dates(extra)) or is_known_outlet(extra) or looks_like_outlet(extra)


# ---------------------------------------------------------------------------------------
# where the body ends, and what inside it is furniture

def _link_like(info: LineInfo, infos: list[LineInfo], k: int) -> bool:
    """A line that reads like a link: short, no sentence, not part of a wrapped paragraph."""
    if info.role in DROPPED_ROLES:
        return True
    if info.role != "text":
        return False
    p = info.line.paragraph
    wrapped = (k + 1 < len(infos) and infos[k + 1].line.paragraph == p and infos[k + 1].role == "prose"
               and not infos[k + 1].line.text[:1].isupper())
    return not wrapped


def _body_end(infos: list[LineInfo], start: int) -> int:
    """Index of the first trailing-furniture line (len(infos) when there is none)."""
    n = len(infos)
    # What each test below asks about the lines from k on, counted once from the end, so that the
    # walk stays linear in the page's lines (a 20 MB page has 145,000 of them).
    # from_k_links[k]: every line from k on is link-like (a related list, markers, tags)
    from_k_links = [True] * (n + 1)
    for k in range(n - 1, start, -1):
        from_k_links[k] = _link_like(infos[k], infos, k) and from_k_links[k + 1]
    prose_from = [False] * (n + 1)  # some line from k on is prose
    tag_list_from = [True] * (n + 1)  # every line from k on is a short list point (the story's tags)
    text_lines_from = [0] * (n + 1)  # how many lines from k on are headline-like text
    for k in range(n - 1, start - 1, -1):
        info = infos[k]
        prose_from[k] = info.role == "prose" or prose_from[k + 1]
        tag_list_from[k] = tag_list_from[k + 1] and bool(_LIST_MARK.match(info.line.text)) \
            and info.line.words <= TAG_MAX_WORDS
        text_lines_from[k] = text_lines_from[k + 1] + (info.role == "text")
    list_heads = _list_heads(infos)
    prose_seen = False
    for k in range(start, n):
        info = infos[k]
        if info.role == "prose":
            prose_seen = True
        if k == start:
            continue
        if info.kind == "footer":
            return k
        if info.kind == "end" and prose_seen:
            return k
        if info.role == "tags" and prose_seen and from_k_links[k + 1]:
            return k
        if info.kind == "marker" and from_k_links[k]:
            return k
        if prose_seen and _signer(infos, k) and not prose_from[k + 1]:
            return k
        if _introduced_list(infos, k, list_heads):
            continue  # the points of a list the story introduces ("... in the following:")
        if n - k >= TRAILING_TAGS_MIN_LINES and prose_seen and tag_list_from[k]:
            return k  # the story's tags as a list
        # a trailing run of headline-like lines, not a trail of dropped lines alone
        if n - k >= MIN_LINK_RUN and from_k_links[k] and text_lines_from[k] >= 2:
            return k
    return n


def _trailing_text(infos: list[LineInfo], start: int, end: int) -> int:
    """Where the body ends when short text lines stand between its last paragraph and the page's
    trailing furniture: the site's tags ("Rossiya Shavkat Mirziyoev O'zbekiston Vladimir Putin"
    over "Rate Count", qalampir, eval 1008), a box's title ("News You May Have Missed" over "|",
    State Department, 1042), a promotion ("Visit and follow our website: Philippines News Blog"
    over its copyright and "No comments:", 1093), a sharing box ("Watch RT videos on Odysee",
    869; "Recommend to friends", 1222) or a contact line (758). Such a line is whole, not the
    story's last line cut short by the page store (that is the page's last line), and it is no
    paragraph (a paragraph closed by an editor's codes, "... Félix Tshisekedi. MCN/CF/DOJ", is
    long or holds a sentence; so is a last paragraph that lost its full stop, "The gas-rich emirate
    denied the claims and accused the four countries of attacking its sovereignty" over "©
    Agence France-Presse"), nor a point of a list the story introduces."""
    last = next((k for k in range(end - 1, start - 1, -1) if infos[k].role == "prose"), None)
    if last is None or last + 1 >= end:
        return end
    texts = [k for k in range(last + 1, end) if infos[k].role == "text"]
    if not texts or texts[-1] == len(infos) - 1:
        return end
    if any(infos[k].role != "text" and infos[k].role not in DROPPED_ROLES for k in range(last + 1, end)):
        return end
    list_heads = _list_heads(infos)
    for k in texts:
        line = infos[k].line
        if line.words > TRAILING_LINK_MAX_WORDS or _INNER_SENTENCE_END.search(line.text) \
                or _introduced_list(infos, k, list_heads):
            return end
    return last + 1


# a link, a tag line or a box's title after the story is this short; a longer line is a paragraph
TRAILING_LINK_MAX_WORDS = 12
# a sentence's end inside a line, another sentence after it
_INNER_SENTENCE_END = re.compile(r"[a-z)][.!?][\"'”’]?\s+[A-Z]")


def _signer(infos: list[LineInfo], k: int) -> bool:
    """Line k is a name alone (the caller checks that no prose follows it) after the story's last
    paragraph: the author's or the signer's sign-off ("Pavlo Bashynskyi" twice under UNN's story,
    eval 993; "Bayo Onanuga / Special Adviser to the President, / ... / November 16, 2024" under the
    Nigerian presidency's statement, eval 960)."""
    # (the page's last line may be a story the store cut short: "New Ze")
    return k + 1 < len(infos) and infos[k].role == "text" and _name_alone(infos[k].line.text)


def _list_point(info: LineInfo) -> bool:
    """A line that may be a point of a list: marked as one, or short."""
    return _LIST_MARK.match(info.line.text) is not None or info.line.words <= LIST_POINT_MAX_WORDS


def _list_heads(infos: list[LineInfo]) -> list[int]:
    """For each line, the nearest line above it that is not a short line or a list point (-1 for
    none): the sentence that may introduce the list the line belongs to."""
    heads: list[int] = []
    last = -1
    for info in infos:
        heads.append(last)
        if not (info.role in ("text", "prose") and _list_point(info)):
            last = len(heads) - 1
    return heads


def _introduced_list(infos: list[LineInfo], k: int, list_heads: list[int]) -> bool:
    """Whether line k is among the points of a list a sentence introduces ("... in the following:")."""
    j = list_heads[k]
    return j >= 0 and infos[j].line.text.rstrip().endswith(":") and _list_point(infos[k])


def _body_lines(infos: list[LineInfo], start: int, end: int) -> list[int]:
    # a page whose paragraphs stand apart (blank lines between): where a link set into it shows
    spaced = len({infos[j].line.paragraph for j in range(start, end)}) >= max(3, (end - start) // 2)
    kept: list[int] = []
    # a marker just above the body ("What you need to know:") takes the points after it along
    skipping_links = start > 0 and infos[start - 1].kind in ("marker", "end")
    for k in range(start, end):
        info = infos[k]
        if info.role in DROPPED_ROLES:
            # a marker ("Recommended", "Also read") takes the link lines after it along
            skipping_links = info.kind in ("marker", "end")
            continue
        if skipping_links and (info.role == "text" or _LIST_MARK.match(info.line.text)):
            # the links, or the bulleted points, after a marker ("Related news", "What you need to know:")
            continue
        skipping_links = False
        if k > start and spaced and _inserted_link(infos, k, end):
            continue
        kept.append(k)
    return kept


def _inserted_link(infos: list[LineInfo], k: int, end: int) -> bool:
    """A related-news link set between paragraphs: a headline-like line glued to the next paragraph.

    On a page whose paragraphs are set apart by blank lines, a line of headline shape (six
    words or more, no full stop) that opens a block with the following paragraph's text is an
    inserted link, not a subheading (a subheading stands apart, or is short).
    """
    info = infos[k]
    if info.role != "text" or info.line.words < 6 or k + 1 >= end:
        return False
    nxt = infos[k + 1]
    before = infos[k - 1] if k > 0 else None
    if info.line.words >= INSERTED_LINK_MIN_WORDS and before is not None and before.role == "prose" \
            and before.line.paragraph != info.line.paragraph and nxt.line.paragraph != info.line.paragraph \
            and nxt.role == "prose" and not info.line.text.rstrip().endswith((":", ",", ";", "—", "-")):
        # a related story's headline standing as a paragraph of its own between two paragraphs
        return True
    if nxt.line.paragraph != info.line.paragraph or nxt.role != "prose":
        return False
    return nxt.line.text[:1].isupper() or nxt.line.text[:1] in "\"“‘'"


# ---------------------------------------------------------------------------------------
# the page's own dates

@dataclass(frozen=True)
class PageDate:
    info: LineInfo
    index: int
    # lower is stronger: 0 a first-publication label, a byline's date or a dateline with a year;
    # 1 a date line under the headline (or over the body); 2 an update label; 3 a date line
    # right above the headline (a blog's date header)
    rank: int


def page_dates(page: Page) -> list[PageDate]:
    """The date lines that date the article, strongest first; a site's date bar is none of them.

    A date bar (today's date above the masthead or among the menus, when the page was saved)
    stands above the headline with furniture after it; related-news dates stand in lists
    after the body; caption dates are in captions. None of these is read here.
    """
    found: list[PageDate] = []
    headline = page.headline
    for index, info in enumerate(page.infos):
        in_header = index < page.body_start
        if info.role == "dateline" and info.dateline is not None and in_header:
            found.append(PageDate(info, index, 0 if info.dateline.year else 1))
            continue
        if info.role != "date" or not info.dates:
            continue
        if not in_header:
            # after the body has begun: a labelled first-publication line ("First Published: ..."),
            # or an agency's sign-off after the body ("(Xinhua News Agency August 24, 2005)")
            at_end = index >= len(page.infos) - SIGN_OFF_LINES and not any(x.role == "prose" for x in page.infos[index:])
            if info.label == "first" or (at_end and info.outlet is not None):
                found.append(PageDate(info, index, 0))
            elif at_end and _next_to_source(page, index):
                # "Source: Egypt Independent" / "March 04, 2024 12:10 UTC": the source's time stamp
                found.append(PageDate(info, index, 2))
            elif _signed(page, index) or (at_end and _closes_statement(page, index)):
                # a statement's signature closing the page, or its date right under its last
                # paragraph: the day it was issued
                found.append(PageDate(info, index, 2))
            continue
        if info.label == "first" or (info.outlet is not None and info.label != "update"):
            found.append(PageDate(info, index, 0))
        elif info.label == "update":
            found.append(PageDate(info, index, 2))
        elif headline is None or index > headline:
            if _next_is_body(page, index) or headline is not None:
                found.append(PageDate(info, index, 1))
        elif headline is not None and all(not any(c.isalpha() for c in x.line.text) or _STORY_COUNTER.match(x.line.text)
                                          for x in page.infos[index + 1 : headline]):
            # right above the headline, nothing between but a number or the story's own counters
            # ("1 min read", "Views: 1,204"): a blog's date header
            found.append(PageDate(info, index, 3))
        # else: a date bar above the headline, among the menus
    return sorted(found, key=lambda d: (d.rank, d.index))


_STORY_COUNTER = re.compile(r"^\s*(?:" + "|".join(data_file("furniture.toml")["story_counters"]) + r")\s*$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\(?(?:[Ss]ource|SOURCE|[Cc]ulled from|[Cc]ourtesy)\b")


# lines of a signature block between a statement's last paragraph and its date
SIGNATURE_LINES = 4
_NAME_LINE = re.compile(r"^\s*(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]*\.?\s*$")


def _signed(page: Page, i: int) -> bool:
    """Line i, the page's last, is the date under a statement's signature: its signer's name and
    up to three lines of title or office after the last paragraph ("Bayo Onanuga / Special
    Adviser to the President, / Information & Strategy / November 16, 2024"; "DONALD J. TRUMP /
    THE WHITE HOUSE, / June 12, 2025.")."""
    if i != len(page.infos) - 1:
        return False
    j = next((k for k in range(i - 1, -1, -1) if page.infos[k].role == "prose"), None)
    if j is None or not 1 <= i - j - 1 <= SIGNATURE_LINES:
        return False
    block = page.infos[j + 1 : i]
    signer = block[0].line.text
    return _name_alone(signer) and not any(b.dates for b in block)


def _closes_statement(page: Page, i: int) -> bool:
    """Line i, a full date alone, stands right under the story's last paragraph with only
    furniture after it ("... common goals of peace, stability and prosperity." / "27 August 2013"
    / "Close Search Window"): a press release's date of issue. A related story's date follows a
    headline, not the story."""
    info = page.infos[i]
    if i == 0 or page.infos[i - 1].role != "prose" or len(info.dates) != 1 or not info.dates[0].full:
        return False
    date = info.dates[0].span
    # (the line's text is stripped: the date is the whole line)
    return info.line.text == info.line.text[date.start:date.end].strip() and not any(x.dates for x in page.infos[i + 1:])


def _name_alone(text: str) -> bool:
    """A line that is a name and nothing else: a related story's headline is no name, it has
    words such as "to" and "in"."""
    return bool(_NAME_LINE.match(text)) and not any(w.lower().strip(".") in STOP_WORDS for w in text.split())


def _next_to_source(page: Page, i: int) -> bool:
    return any(_SOURCE_LINE.match(page.infos[j].line.text) or page.infos[j].kind == "footer"
               for j in (i - 1, i + 1) if 0 <= j < len(page.infos))


def _next_is_body(page: Page, i: int) -> bool:
    """Whether only bylines, datelines, captions and the like stand between line i and the body."""
    for j in range(i + 1, min(len(page.infos), page.body_start + 1)):
        if j == page.body_start:
            return True
        if page.infos[j].role in ("text", "prose"):
            return False
    return i + 1 >= page.body_start
