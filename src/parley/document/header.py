"""What each line of a page is: the line vocabulary of the header model.

A page's lines are of a few kinds (`Role`): the page store's date stamp; furniture (menus,
breadcrumbs, tickers, language switchers, section labels, share and tag lines, markers such as
`MOST POPULAR`); a date line (`2 May 2021, 08:10`, `Last Updated : Oct 27 2023 | 12:57 PM IST`,
`Just Earth News 13 Feb 2017, 04:18 am Print`); a byline (`By Staff Reporter`); an outlet line
(`ANI`, `Tribune News Service`, `Trend:`); a standalone dateline (`New Delhi, October 27`); a
photo caption or credit; prose; and short text that may be a headline. `read_line` tells
them apart from the line alone; `document/page.py` then reads the lines together (position and
neighbours) to choose the headline and where the body starts and ends. The vocabulary is data:
`furniture.toml`, `datelines.toml`, `outlets.toml`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ..dates.mentions import DateMention, DateOrder, find_dates
from ..model import Dateline
from ..resources import compiled_alternation, data_file
from .dateline import is_place, match_dateline
from .lines import Line
from .outlet_names import canonical_outlet, is_known_outlet, is_section_word, known_outlet, looks_like_outlet

Role = Literal["stamp", "furniture", "date", "byline", "outlet", "dateline", "caption", "credit",
               "tags", "prose", "text"]
DateLabel = Literal["first", "update", None]


@dataclass
class LineInfo:
    line: Line
    role: Role
    dates: list[DateMention] = field(default_factory=list)
    # what a date line's label says: first publication, or a later update
    label: DateLabel = None
    # an outlet the line names as its source (a byline, an outlet line, a date line's name)
    outlet: str | None = None
    dateline: Dateline | None = None
    # why a line is furniture ("menu", "marker", "end", "ticker", ...): for the body's end
    kind: str = ""


def _data() -> dict:
    return data_file("furniture.toml")


@lru_cache(maxsize=1)
def _markers() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "markers")


@lru_cache(maxsize=1)
def _end_markers() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "end_markers")


@lru_cache(maxsize=1)
def _promotions() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "promotions")


@lru_cache(maxsize=1)
def _embeds() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "embeds")


@lru_cache(maxsize=1)
def _self_references() -> tuple[re.Pattern[str], ...]:
    # one pattern each: each names an `outlet` group
    return tuple(re.compile(r"^\s*(?:" + p + r")\s*[.:!…]*\s*$", re.IGNORECASE) for p in _data()["self_references"])


@lru_cache(maxsize=1)
def _caption_verbs() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in _data()["caption_verbs"]) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _masthead() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "masthead")


@lru_cache(maxsize=1)
def _navigation() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "navigation")


@lru_cache(maxsize=1)
def _bylines() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "bylines", flags=0)


@lru_cache(maxsize=1)
def _outlet_bylines() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "outlet_bylines", flags=0)


def outlet_byline(text: str) -> str | None:
    """The outlet a byline credits as the author ("The Media Line Staff", "TBS Report",
    "Newsroom24x7 Desk"); not a generic or section desk ("Staff Report", "International Desk")."""
    m = _outlet_bylines().match(_BULLET.sub("", text))
    if m is None:
        return None
    name = m.group("outlet")
    first = re.sub(r"^The\s+", "", name).split()[0].lower()
    if first in _GENERIC_BYLINE or is_section_word(name):
        return None
    return canonical_outlet(name)


@lru_cache(maxsize=1)
def _masthead_names() -> tuple[re.Pattern[str], ...]:
    # one pattern each: each names an `outlet` group
    return tuple(re.compile(r"^\s*(?:" + p + r")\s*[.:!]*\s*$", re.IGNORECASE) for p in _data()["masthead_names"])


def masthead_name(text: str) -> str | None:
    """The site's name its logo, icon or greeting gives ("Pulse.ng logo", "Site icon News-EN",
    "Welcome to Africanews"), as written; a name, never a lower-case word."""
    for pattern in _masthead_names():
        m = pattern.match(text)
        if m and m.group("outlet").strip()[:1].isupper():
            return m.group("outlet").strip()
    return None


@lru_cache(maxsize=1)
def _menu_words() -> frozenset[str]:
    return frozenset(_data()["menu_words"])


@lru_cache(maxsize=1)
def _caption_endings() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(f"(?:{p})" for p in _data()["caption_endings"]) + r")[\s|]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _page_stamp() -> re.Pattern[str]:
    return re.compile(_data()["page_stamp"])


@lru_cache(maxsize=1)
def _address() -> re.Pattern[str]:
    return re.compile(_data()["address"])


@lru_cache(maxsize=1)
def _credit_lines() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "credit_lines")


@lru_cache(maxsize=1)
def _footers() -> tuple[re.Pattern[str], ...]:
    # one pattern each: several name an `outlet` group, which one alternation cannot repeat
    return tuple(re.compile(r"^\s*(?:" + p + r")\s*[.:!]?\s*$") for p in _data()["footers"])


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern[str]:
    labels = sorted(_data()["date_labels"], key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, labels)) + r")(?![a-z])", re.IGNORECASE)


# bullets and list numbers a menu or list gives its lines ("• ", "- ", "3. ")
_BULLET = re.compile(r"^(?:[\s•·*\-–—>»›]+|\s*\d{1,2}[.)]\s+)")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TIME = re.compile(r"^(?:[*\s]*)(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}(?:[+-]\d+)?\)?)?)$", re.IGNORECASE)
_GLUED = re.compile(r"[a-z]{2,}[A-Z][a-z]")
_IMAGE = re.compile(r"^!?\[[^\]]*\]\([^)]*\)$|^(?:https?://|www\.)\S+$|^\S+\.(?:jpe?g|png|gif|webp)$|^\w+_\w+_\w+$"
                    r"|^\d{6,}[A-Za-z]?\b.{0,40}$|^[\"']?\s*(?:src|href|alt|data-[a-z-]+)=", re.IGNORECASE)


def is_promotion(line: Line) -> bool:
    return bool(_promotions().match(_BULLET.sub("", line.text)))


def is_embed(line: Line) -> bool:
    return bool(_embeds().match(line.text))


def self_reference(line: Line) -> str | None:
    """The site a promotion names ("Thank you for reading The Straits Times."), as written."""
    for pattern in _self_references():
        m = pattern.match(line.text)
        if m and m.group("outlet").strip(" .,:;!"):
            name = m.group("outlet").strip(" .,:;!")
            # "The Independent is trusted by ...": the article belongs to the name
            return name if known_outlet(name) or not known_outlet("The " + name) else "The " + name
    return None


DOUBLED_LINE = re.compile(r"^(?P<half>.{12,}?)\s?(?P=half)$")
# a headline printed twice is short; a paragraph that says one thing twice is no link (and the
# back-reference costs the square of the length)
DOUBLED_LINE_MAX_CHARS = 400
# script text left on a page ("document.querySelector('body').innerHTML += ...; function f() {")
_CODE = re.compile(r"\b(?:document|window|console)\.\w+|\bfunction\s*\w*\s*\(|\bvar\s+\w+\s*=|[;{}]\s*\}|\)\s*\{|\(\)\s*;|\+=|===")
CODE_MARKS = 3


def is_code(line: Line) -> bool:
    return len(_CODE.findall(line.text)) >= CODE_MARKS


def is_marker(line: Line) -> bool:
    return bool(_markers().match(_BULLET.sub("", line.text)))


def is_end_marker(line: Line) -> bool:
    # (the line as it stands too: "-- End --" is no bullet before "End --")
    return bool(_end_markers().match(_BULLET.sub("", line.text)) or _end_markers().match(line.text))


def footer_match(line: Line) -> re.Match[str] | None:
    return next((m for p in _footers() if (m := p.match(line.text))), None)


def is_footer(line: Line) -> bool:
    return footer_match(line) is not None


def footer_outlet(line: Line) -> str | None:
    """The outlet a footer line names ("© 2025 Reuters", "Based on materials from TASS")."""
    m = footer_match(line)
    named = m.groupdict().get("outlet") if m else None
    return named.strip() if named else None


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def is_latin(text: str) -> bool:
    """Whether most letters of `text` are Latin."""
    if text.isascii():
        return True
    letters = _letters(text)
    if not letters:
        return True
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin * 2 >= len(letters)


# a masthead ("Trend News Agency", "Kazakhstan Today News Agency") is a few words
MASTHEAD_MAX_WORDS = 8


def is_menu(line: Line) -> bool:
    """Navigation: a breadcrumb or menu, a ticker list, glued menu words, a bar of numbers."""
    text = _BULLET.sub("", line.text)
    if _navigation().match(text):
        return True
    if line.words > 15:
        return False
    if line.words <= MASTHEAD_MAX_WORDS and _masthead().match(text):
        return True
    chunks = [c.strip().lower() for c in re.split(r"\s*(?:[|•·>»›/]|\s{2,}|\t)\s*", text) if c.strip()]
    if chunks and all(c.rstrip(":") in _menu_words() for c in chunks):
        return True
    if all(w in _menu_words() for w in text.lower().split()):
        return True  # "عربي Español Русский Français 简体中文"
    # "Fact-checking   Autentic   DMCA   Report": short items set apart by runs of spaces
    if len(chunks) >= 3 and re.search(r"\S\s{3,}\S", text) and all(len(c.split()) <= 2 for c in chunks):
        return True
    # "RediffmailMoneyBusiness EmailVideos", "CoronationPrince HarryBilawal", "MainPolitics": menu words
    # run together
    if len(_GLUED.findall(text)) >= 2:
        return True
    parts = re.findall(r"[A-Z][a-z]+|[a-z]+", text) if " " not in text.strip() and _GLUED.search(text) else []
    if len(parts) >= 2 and all(p.lower() in _menu_words() for p in parts):
        return True
    # a bar of rates or weather: more digits and signs than letters ("Astana+18+20℃", "+7 701 759"),
    # or as many bare numbers as words ("rub/kzt 5.78 cny/kzt 64.16")
    letters = len(_letters(text))
    others = sum(1 for c in text if not c.isalpha() and not c.isspace())
    tokens = text.split()
    numbers = sum(1 for t in tokens if not _letters(t) and any(c.isdigit() for c in t))
    return (others > letters or (len(tokens) >= 2 and numbers * 2 >= len(tokens))) and not find_dates(text)


def is_language_bar(line: Line) -> bool:
    """A short line in another script on an English page ("ру қз 中文", "हिंदी में पढें", "Новости по теме")."""
    return len(line.text) <= 120 and not is_latin(line.text)


def is_time_only(line: Line) -> bool:
    return bool(_TIME.match(line.text))


def is_tag_list(line: Line) -> bool:
    """Short capitalised items separated by commas: `Erdogan, Germany, Diplomacy,`."""
    text = line.text.strip()
    if text.endswith((".", "!", "?", "”", '"')):
        return False
    items = [i.strip() for i in text.split(",") if i.strip()]
    limit = _data()["tag_list_max_item_words"]
    # "Turkey, Heiko Maas,": a trailing comma makes two items a list; without it a list is long,
    # or of short items ("Turkey, Armenia, Azerbaijan Discuss Karabakh" is a headline)
    if text.endswith(","):
        enough = len(items) >= 2
    else:
        enough = len(items) >= _data()["tag_list_min_items"] + 2 or (
            len(items) >= _data()["tag_list_min_items"] and all(len(i.split()) <= 2 for i in items))
    if not enough:
        return False
    for item in items:
        words = item.split()
        if len(words) > limit or not all(w[0].isupper() or not w[0].isalpha() or w.lower() in ("of", "and", "the", "de", "al")
                                         for w in words):
            return False
    return True


# a related story's teaser: "... The eye examination of ... is underRead More"
_TEASER = re.compile(r"(?:Read More|Read more|READ MORE|Continue reading|\[(?:…|\.\.\.)\]|[\w,;]\s?(?:…|\.\.\.))\s*$")
_OUTLET_CREDIT = re.compile(r"(?:/|\||[.!?]\s)\s*(?P<name>[A-Z][\w.&-]{1,20})(?:\s+on\s+(?:X|Twitter|Instagram|Facebook))?\s*$")
CREDIT_TAIL_CHARS = 120
_CREDIT_MARKS = re.compile(r"[()\[\]|/©]|\b(?:[Pp]hoto|[Pp]ic|[Ii]mage|[Pp]icture|[Cc]redit|AP|AFP|[A-Z]{2,5})\b\.?\s*$"
                           r"|,\s*(?:19|20)\d{2}\s*$|[.!?]\s+Source:[^.!?]*$")
_BRACKETED_SIGN_OFF = re.compile(r"(?<=[.!?”\"])\s*\((?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\)\s*$")
_BRACKETED_CREDIT = re.compile(r"\((?P<name>[A-Z][\w.&-]{1,20})\)\.?\s*$")
# an editor's note or a credit wholly in brackets: "(Updated with end of meeting, press conference)"
_NOTE = re.compile(r"^[(\[][^()\[\]]{3,}[)\]]\.?$")


# a caption told by its verb is one sentence of at most this many words
CAPTION_VERB_MAX_WORDS = 45
# a caption that places its people in the picture may add a sentence of background (AP's style)
POSITIONED_CAPTION_MAX_WORDS = 70
# a picture word ("(right)", "file photo") makes a caption of a line of at most this many words
# (AP's captions of two pictures glued run to 84 words, eval 660); a longer line is a paragraph
CAPTION_CUE_MAX_WORDS = 120
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!\bMrs)[.!?][\"”’']?\s+[A-Z“\"]")


def _one_sentence(text: str) -> bool:
    return not _SENTENCE_BREAK.search(text.rstrip(" .")) and not re.search(r"[“\"].*[.,!?][”\"]\s*,?\s+(?:he|she|they|it)\s+said", text)


@lru_cache(maxsize=1)
def _positioned_name() -> re.Pattern[str]:
    positions = "|".join(re.escape(p) for p in _data()["caption_positions"])
    # up to eight capitalised words (a title and a name), then ", left, " and the caption's verb or "and"
    return re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{0,7}}[A-Z][\w.'’-]*,\s+(?:{positions}),\s+[a-z]")


def caption_credit(line: Line) -> bool:
    """A prose line that ends in a photo credit or speaks of a picture: a caption."""
    text = line.text
    if line.words <= POSITIONED_CAPTION_MAX_WORDS and _positioned_name().match(_BULLET.sub("", text)):
        return True  # "Russian President Vladimir Putin, left, welcomes Turkish President ..."
    if line.words <= CAPTION_VERB_MAX_WORDS and text.rstrip().endswith(".") and _one_sentence(text) \
            and _caption_verbs().search(text):
        return True  # "Pompeo shakes hands with Indonesian Foreign Minister Retno Marsudi in Jakarta."
    # a credit stands at the end: only the line's tail is searched (a long paragraph has no credit)
    tail = text[-CREDIT_TAIL_CHARS:]
    # a picture word speaks of a picture in a caption's few words, not inside a long paragraph
    # ("the terminal building of Mogadishu's international airport (right) and the hospital",
    # Daily Sabah, eval 1658: the story's one 300-word paragraph)
    lowered = (text if line.words <= CAPTION_CUE_MAX_WORDS else tail).lower()
    if not _CREDIT_MARKS.search(tail) and not any(cue in lowered for cue in _data()["caption_cues"]):
        return False  # no bracket, bar, slash, copyright sign or picture word: no caption (fast path)
    signed = _BRACKETED_SIGN_OFF.search(tail)
    if signed and known_outlet(signed.group("name")):
        # an outlet's name in brackets after the last sentence is its sign-off ("... senior officials
        # of the Pakistani Government. (Colombo Gazette)"), a caption's credit only under a dated
        # picture ("... in Riyadh on December 14, 2021. (AFP)"), which a caption's few words tell
        # (a last paragraph of glued sentences, "... said.The South Korean leader will return home
        # April 23. (Yonhap)", Korea Herald, eval 1593, is the story's)
        return line.words <= POSITIONED_CAPTION_MAX_WORDS and _dated_before(text, tail, signed)
    if _caption_endings().search(tail):
        return True
    # "... shake hands in Islamabad/ANI on X", "... in a file picture. | ANI", "... last month. AP"
    m = _OUTLET_CREDIT.search(tail)
    if m and known_outlet(m.group("name")):
        return True
    # "... in Riyadh on December 14, 2021. (AFP)", "... residence of the prime minister, January 8, 2023"
    m = _BRACKETED_CREDIT.search(tail)
    if m and known_outlet(m.group("name")) and _dated_before(text, tail, m):
        return True
    return any(cue in lowered for cue in _data()["caption_cues"])


def _dated_before(text: str, tail: str, credit: re.Match[str]) -> bool:
    """A date stands in `text` before the credit found in its `tail`: a dated picture's caption."""
    return bool(find_dates(text[: len(text) - len(tail) + credit.start()]))


def is_credit_line(line: Line) -> bool:
    text = _BULLET.sub("", line.text)
    if line.words <= 10 and _credit_lines().match(text):
        return True
    return line.words <= _data()["long_credit_max_words"] and bool(_long_credit_lines().match(text))


@lru_cache(maxsize=1)
def _long_credit_lines() -> re.Pattern[str]:
    return compiled_alternation("furniture.toml", "long_credit_lines")


def is_byline(line: Line) -> bool:
    return bool(_bylines().match(_BULLET.sub("", line.text)))


def _strip_dates(text: str, dates: list[DateMention], offset: int) -> str:
    out, pos = [], 0
    for d in dates:
        out.append(text[pos : d.span.start - offset])
        pos = d.span.end - offset
    out.append(text[pos:])
    return " ".join(out)


_RESIDUE_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
# "PTIUpdated:", "ANIPublished": an outlet glued to a date label
_GLUED_LABEL = re.compile(r"\b([A-Z]{2,})((?:Last )?(?:Updated|Published|Posted|Modified))\b")


def _date_residue(text: str, dates: list[DateMention], offset: int) -> tuple[list[str], int]:
    """The words of a line besides its dates, times and date-line words; and how many words."""
    rest = _strip_dates(text, dates, offset)
    rest = _GLUED_LABEL.sub(r"\1 | \2", rest)
    rest = _RESIDUE_TIME.sub(" ", rest)
    rest = _date_label().sub(" | ", rest)
    chunks = [re.sub(r"^(?:[Bb]y|BY)\s+", "", c.strip(" .,:;()[]@-–—"))
              for c in re.split(r"\s*(?:[|•·/]|\s[-–—]\s|\(|\)|:|,|\s{2,})\s*", rest)]
    chunks = [c for c in chunks if c and _WORD.search(c)]
    filler = set(_data()["date_line_words"])
    kept = [c for c in chunks if not all(w.lower() in filler or w.isdigit() for w in c.split())]
    words = sum(len(_WORD.findall(c)) for c in kept)
    return kept, words


def _labelled(text: str, dates: list[DateMention]) -> bool:
    """A date label opening the line ("Published: ...", "PTIUpdated: ...") or standing right before
    a date ("... New Delhi Updated on: May 16, 2022"): not "An update on the talks ... 5 April"."""
    text = _GLUED_LABEL.sub(r"\1 \2", text)
    for m in _date_label().finditer(text):
        if not _BULLET.sub("", text[: m.start()]).strip(" |-–—:([") and m.start() < 40 \
                and len(_WORD.findall(text[: m.start()])) <= 3:
            return True
        gap = text[m.end():]
        if any(re.fullmatch(r"[\s:|-]*(?:on|at)?[\s:|-]*", gap[: max(0, d.span.start - m.end())] or "") is not None
               and d.span.start >= m.end() for d in dates):
            return True
    return False


def date_label(text: str) -> DateLabel:
    labels = [m.group(0).lower() for m in _date_label().finditer(text)]
    if not labels:
        return None
    first = set(_data()["first_date_labels"])
    return "first" if labels[0] in first else "update"


# "Senior Correspondent bdnews24.com": a web address in a byline names the outlet
_DOMAIN = re.compile(r"^[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|net|org|info|news|tv|co|in|pk|bd|az|kz|uz|kg|am|ge|ru|ua|ng|ke|gh|lk|np|ph|my|id|sg|vn)(?:\.[a-z]{2})?$", re.IGNORECASE)
_SOCIAL = frozenset({"twitter.com", "x.com", "facebook.com", "instagram.com", "youtube.com", "t.me", "linkedin.com"})
# "AsiaToday reporter Kim Min-su": the outlet before the reporter's title
_REPORTER_OF = re.compile(r"^(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?:reporter|correspondent|staff writer|writer)s?\s+[A-Z]")
_GENERIC_BYLINE = frozenset({"staff", "our", "special", "senior", "chief", "foreign", "diplomatic", "political", "web",
                             "news", "online", "digital", "the", "a", "by"})


# "Nikkei staff writer": what may follow an outlet's name in a byline
_STAFF_WORDS = frozenset({"staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
                          "editor", "editors", "bureau", "desk", "team", "contributor"})


def _domain_outlet(word: str) -> str | None:
    word = word.strip(" .,:;()")
    return word if _DOMAIN.match(word) and word.lower() not in _SOCIAL else None


def _named_outlet(chunks: list[str], domains: bool = False) -> str | None:
    """The outlet a byline's or date line's parts name; `domains`: a bare web address counts (in a byline)."""
    for chunk in chunks:
        if chunk.islower() and not domains:
            continue  # a word, not a name: "today" of a "todayApril 8, 2022" icon label (eval 1102)
        if is_known_outlet(chunk) or looks_like_outlet(chunk):
            return canonical_outlet(chunk)
        m = _REPORTER_OF.match(chunk)
        if m and m.group("outlet").split()[0].lower() not in _GENERIC_BYLINE:
            return canonical_outlet(m.group("outlet"))
        named = outlet_byline(chunk)
        if named:
            return named
        domain = _domain_outlet(chunk.split()[-1]) if domains and chunk.split() else None
        if domain:
            return canonical_outlet(domain)
        # "Press Trust of India New Delhi": an outlet and a place (not "Report abuse +5")
        words = chunk.split()
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            if known_outlet(head) and all(w[:1].isupper() or w.lower() in _STAFF_WORDS for w in words[n:]):
                return canonical_outlet(head)
    return None


# inside a long body, a line of this many words ending a sentence is prose unless a marker or caption
LIGHT_PROSE_WORDS = 12
# promotions are short: a longer line deep in a body is not read for one
LIGHT_PROMOTION_WORDS = 30


def read_line(line: Line, order: DateOrder, first: bool = False, light: bool = False) -> LineInfo:
    """What `line` is, judged from the line alone.

    `light`: a line deep inside the body (neither among the first lines nor the last), read
    only for what can stand there: markers, footers, teasers, captions, tag lists. A long
    sentence there is prose without further tests (a 20 MB article has 100,000 such lines).
    """
    text = _BULLET.sub("", line.text) or line.text
    if light and line.words >= LIGHT_PROSE_WORDS and line.ends_sentence:
        if is_footer(line):
            return LineInfo(line, "furniture", kind="footer", outlet=footer_outlet(line))
        if is_end_marker(line):
            return LineInfo(line, "furniture", kind="end")
        if is_marker(line):
            return LineInfo(line, "furniture", kind="marker")
        if _TEASER.search(line.text) and line.words <= 60:
            return LineInfo(line, "furniture", kind="teaser")
        if line.words <= LIGHT_PROMOTION_WORDS and is_promotion(line):
            return LineInfo(line, "furniture", kind="promo", outlet=self_reference(line))
        return LineInfo(line, "caption" if caption_credit(line) else "prose")
    if first and _page_stamp().match(line.text):
        return LineInfo(line, "stamp", dates=find_dates(line.text, order=order), label="first")
    if _IMAGE.match(text):
        return LineInfo(line, "furniture", kind="image")
    if is_footer(line):
        return LineInfo(line, "furniture", kind="footer", outlet=footer_outlet(line))
    if is_embed(line):
        # an embedded post: its date is the post's
        return LineInfo(line, "furniture", kind="embed")
    if is_promotion(line):
        return LineInfo(line, "furniture", kind="promo", outlet=self_reference(line))
    if is_code(line):
        return LineInfo(line, "furniture", kind="code")
    if len(line.text) <= DOUBLED_LINE_MAX_CHARS and DOUBLED_LINE.match(line.text):
        # a link printed twice on one line ("N. Korea insults Biden ...SeoulN. Korea insults Biden ..."):
        # a related story's box; a headline so printed stands above its own copy
        return LineInfo(line, "furniture", kind="end")
    dates = [d for d in find_dates(line.text, order=order)] if len(line.text) <= 240 else []
    if dates:
        found = _as_date_line(line, dates, order)
        if found is not None:
            return found
    credited = _person_with_outlet(text)
    if credited is not None:
        return LineInfo(line, "byline", outlet=credited)
    dl = match_dateline(line, standalone_only=True, order=order)
    if dl is not None:
        return LineInfo(line, "dateline", dates=dates, dateline=dl,
                        outlet=canonical_outlet(dl.agency) if dl.agency else None)
    if is_end_marker(line):
        return LineInfo(line, "furniture", kind="end")
    if is_credit_line(line) and not _outlet_line(text):
        return LineInfo(line, "credit")
    outlet = _outlet_line(text)
    if outlet is not None:
        return LineInfo(line, "outlet", outlet=outlet)
    if is_marker(line):
        return LineInfo(line, "furniture", kind="marker")
    credited = outlet_byline(text)
    if credited is not None:
        return LineInfo(line, "byline", outlet=credited)
    if is_byline(line):
        return LineInfo(line, "byline", outlet=_named_outlet(_byline_chunks(text), domains=True))
    if _NOTE.match(text):
        return LineInfo(line, "furniture", kind="note")
    if line.words <= 14 and _address().search(text):
        return LineInfo(line, "furniture", kind="address")
    if is_time_only(line):
        return LineInfo(line, "furniture", kind="time")
    if is_language_bar(line):
        return LineInfo(line, "furniture", kind="language")
    if is_menu(line):
        return LineInfo(line, "furniture", kind="menu")
    if is_tag_list(line):
        return LineInfo(line, "tags")
    if _TEASER.search(line.text) and line.words <= 60:
        return LineInfo(line, "furniture", kind="teaser")
    if line.ends_sentence or line.words > 30:
        return LineInfo(line, "caption" if caption_credit(line) else "prose")
    if caption_credit(line):
        # "PM Narendra Modi (Photo: PTI)": a caption however short
        return LineInfo(line, "caption" if line.words >= 6 else "credit")
    inline = match_dateline(line, standalone_only=False, order=order)
    if inline is not None and (inline.month is not None or inline.agency is not None):
        # "TEHRAN, Apr. 30 (MNA) – Iranian Foreign minister ...": a story's first line
        return LineInfo(line, "prose")
    return LineInfo(line, "text")


_PERSON_OUTLET = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*\((?P<outlet>[^()]{2,40})\)$")


def _person_with_outlet(text: str) -> str | None:
    """A reporter's name with the outlet in brackets ("Shafira Chairunnisa (The Jakarta Post)"): the
    outlet; not a dateline's place with its agency ("Addis Ababa (ENA)")."""
    m = _PERSON_OUTLET.match(text.strip())
    if m is None:
        return None
    outlet = m.group("outlet").strip()
    if not (known_outlet(outlet) or looks_like_outlet(outlet)) or is_place(m.group("name")):
        return None
    return canonical_outlet(outlet)


def _byline_chunks(text: str) -> list[str]:
    text = re.sub(r"^(?:By|BY|Written by|Text by|Reported by|Curated [Bb]y|Edited [Bb]y|Posted by|Compiled by)\s*:?\s*", "", text)
    text = re.sub(r"\s+More (?:by|from) (?:this|the) [Aa]uthor\b", "", text)  # a link to the author's page
    return [c.strip(" .,:;()") for c in re.split(r"\s*(?:[|/,]|\s[-–—]\s)\s*", text) if c.strip(" .,:;()")]


_LOGO = re.compile(r"^(?:logo\s+(?P<a>.+)|(?P<b>.+?)\s+logo)$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"^(?P<name>.+?)\s*\((?P<place>[A-Z][\w .'-]{1,30})\)$")


def _outlet_line(text: str) -> str | None:
    """A line naming an outlet alone: `ANI`, `Tribune News Service`, `Trend:`, `(Xinhua)`, `Sputnik ||
    Shining BD`, `logo Agência Brasil`, `Ethiopian News Agency (Addis Ababa)`."""
    logo = _LOGO.match(text.strip())
    if logo:
        text = logo.group("a") or logo.group("b")
    placed = _PLACE_AFTER.match(text.strip())
    if placed and (known_outlet(placed.group("name")) or looks_like_outlet(placed.group("name"))):
        text = placed.group("name")
    core = text.strip(" :()[]|-–—")
    if not core or len(core) > 60:
        return None
    parts = [p.strip(" :()[],") for p in re.split(r"\s*(?:\|\|?|/|•|,)\s*", core) if p.strip(" :()[],")]
    # a language switcher beside the masthead ("MercoPress, en Español") is no part of the name
    parts = [p for p in parts if not all(w.lower() in _menu_words() for w in p.split())] or parts
    if not parts or len(parts) > 4:
        return None
    named = [p for p in parts if is_known_outlet(p) or looks_like_outlet(p)]
    if named and len(named) == len(parts):
        return canonical_outlet(named[0])
    # "Sputnik || Shining BD", "Kazakhstan, Astana / Trend , K.Konirova /": a listed outlet among
    # short names; "Press Trust of India New Delhi": a listed outlet and a place
    listed = [p for p in parts if known_outlet(p)]
    if listed and all(len(p.split()) <= 3 and p[:1].isupper() for p in parts):
        return canonical_outlet(listed[0])
    if len(parts) == 1:
        words = parts[0].split()
        for n in range(len(words) - 1, 1, -1):
            head, rest = " ".join(words[:n]), words[n:]
            if known_outlet(head, abbreviations=False) and len(rest) <= 2 and all(w[:1].isupper() for w in rest):
                return canonical_outlet(head)
    return None


# a headline's infinitive of what is to come ("Modi to visit Ghana", "Xi to meet Biden")
_HEADLINE_INFINITIVE = re.compile(r"\b[A-Z][\w'’.-]*\s+to\s+[a-z]{3,}\b")


def _as_date_line(line: Line, dates: list[DateMention], order: DateOrder) -> LineInfo | None:
    """A line that is a date with little besides (labels, a time, an author, an outlet)."""
    chunks, words = _date_residue(line.text, dates, 0)
    if chunks and all(w.lower() in _menu_words() or w.lower() in ("us", "contact", "about")
                      for c in chunks for w in re.findall(r"[^\W\d_]+", c)):
        words = 0  # a date bar among the menu: "Sat, 30 November , 2024 Home About Us Advertisement Contact Us"
    # a date line is a date with a label, a time or separators, or with a few words at most;
    # "EAM Jaishankar to attend ... meeting in Pakistan on October 15-16" is a headline
    labelled = _labelled(line.text, dates)
    furnished = labelled or any(d.timed for d in dates) or bool(re.search(r"[|•·]|\d{1,2}[:.]\d{2}", line.text))
    if words > _data()["date_line_max_words"] or (words > 5 and not furnished):
        # a date inside a sentence or a caption; or a standalone dateline with an agency
        dl = match_dateline(line, standalone_only=True, order=order)
        if dl is not None:
            return LineInfo(line, "dateline", dates=dates, dateline=dl,
                            outlet=canonical_outlet(dl.agency) if dl.agency else None)
        return None
    if line.ends_sentence and words > 4 and not labelled:
        return None  # "He arrived on 5 May." is a sentence
    if words >= 4 and not labelled and _HEADLINE_INFINITIVE.search(" ".join(chunks)):
        return None  # "Zelenskyy to visit Romania on 10 October" (Ukrainska Pravda, eval 1633) is a headline
    named = _named_outlet(chunks)
    dl = match_dateline(line, standalone_only=True, order=order)
    if dl is not None and dl.place is not None and not (named and named.lower() in dl.place.lower()) \
            and not labelled:
        return LineInfo(line, "dateline", dates=dates, dateline=dl,
                        outlet=canonical_outlet(dl.agency) if dl.agency else None)
    text = _GLUED_LABEL.sub(r"\1 \2", line.text)
    return LineInfo(line, "date", dates=dates, label=date_label(text), outlet=named, dateline=dl)
