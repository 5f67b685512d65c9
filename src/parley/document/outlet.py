"""The outlet or agency named as the source of the article.

Evidence, first found wins:
1. the dateline's agency (`(Reuters)`, `KAZINFORM`, `/TASS/`, `(UrduPoint News / Sputnik - ...)`,
   `Shafaq News/`), listed in the gazetteer or not;
2. the header: an outlet line (`ANI`, `Tribune News Service`, `Trend:`), a byline or date line
   that names one (`PTIUpdated: ...`, `Xinhua, February 11, 2017`, `Press Trust of India New
   Delhi`), a caption credited to the outlet and its agencies (`/ TRT World and Agencies`);
3. the lead: the outlet crediting itself (`Azernews reports per Azertac`, `Kazinform has learnt`,
   `Report informs`, `the official told POLITICO`, `in an interview with Trend`) or a news agency
   it reports from (`according to Xinhua`, `the state news agency SPA reported`);
4. the end: a sign-off (`-- PTI`, `- Bernama`, `(Yonhap)`), a house style (`(Reporting by ...;
   Editing by ...)`), a source line or footer (`Source: Yonhap News Agency`, `© 2025 Reuters`,
   `Based on materials from TASS`);
5. the site's name from page metadata, then the page's web address.
A photo credit (`Photo: X @ANI`, `(c) AA`, `| ANI`) is not the article's source.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ..model import Document
from ..pipeline import Context
from ..quotes.lexicon import quote_lexicon
from ..resources import data_file
from .header import footer_outlet, masthead_name
from .outlet_names import canonical_outlet, known_outlet, looks_like_outlet, outlet_of_url
from .layout import title_outlet
from .page import headline_text, read_page

# the paragraphs a listed outlet's "X reports" house style is looked for in
SELF_REPORT_PARAGRAPHS = 6
# how far into the body the source line may stand (wire credits come early)
LEAD_CHARS = 1200
# the paragraphs an outlet credits itself in ("..., Trend reports.", "the official told POLITICO")
LEAD_PARAGRAPHS = 3
_NAME = r"[A-Z][\w.&'-]*(?:\s(?:of\s)?[A-Z][\w.&'-]*){0,3}"
# a name after a source label, with the particles of other languages' names ("Ciudad y Poder")
_SOURCE_NAME = r"[A-Z][\w.&'-]*(?:\s(?:(?:of(?:\sthe)?|and|y|e|de|del|da|do|di|la|el)\s)?[A-Z][\w.&'-]*){0,4}"
# the lines at the top of a text a source line may stand in, under the lead ("Source: Korean
# Central News Agency (KCNA)" under Ukrainska Pravda's first paragraph, eval 852)
SOURCE_LINE_LINES = 8
# a site named by its address ("Source: 3news.com")
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|tv|co|gh|ng|ke|in|pk|am|az|kz|uz)"
# how many capitalised words a name after a source label may have ("Ciudad y Poder", "Office of
# the President of Iran")
SOURCE_NAME_WORDS = 4
# the non-blank lines of a text, read one at a time
_LINE = re.compile(r"[^\n]*\S[^\n]*")


@lru_cache(maxsize=1)
def _report_cue() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in data_file("outlets.toml")["report_cues"])
    return re.compile(rf"(?P<outlet>{_NAME}),?\s+(?:{cues})\s+(?P<source>{_NAME})")


# "Kazinform has learnt from", "Report informs", "Kazinform News Agency learned from": the outlet
# telling where its news came from. ("..., TASS reports" and "..., The New York Times reported"
# cite another outlet as often as their own.)
_SELF_CREDIT = re.compile(
    rf"(?:^|[,.;:]\s+|\n)(?P<outlet>{_NAME})\s+(?:informs|has learnt|has learned|learnt|learned)\b"
    # '..., "Adyrna" correspondent reported', "a Kazinform correspondent reports"
    rf"|[\"“]?(?P<corr>{_NAME})[\"”]?\s+correspondent\s+(?:reports|reported|informs)\b")
# "..., Trend reports.": the house style of outlets that credit themselves so (outlets.toml)
# ("The News Agency of Nigeria (NAN) reports that ...": its short name in brackets between)
_REPORTS = re.compile(rf"(?:^|[,.;:]\s+|\n)(?:The\s+)?(?P<outlet>{_NAME})(?:\s*\([A-Z]{{2,8}}\))?\s+reports\b")
# "the official told POLITICO", "in an exclusive interview with Trend", "according to Xinhua"
_TOLD = re.compile(rf"\b(?:told|(?:an?\s+)?(?:exclusive\s+)?interview\s+(?:with|to)|(?:speaking|talking)\s+to)\s+(?P<outlet>{_NAME})")
_AGENCY_WORDS = r"(?:(?:the|official|state|state-run|state-owned|national|government|news|press|agency)\s+)*"
_ACCORDING = re.compile(rf"\b(?:according to|citing|quoted by|reported by)\s+{_AGENCY_WORDS}(?P<outlet>{_NAME})")
# "..., state news agency SPA reported.", "..., Xinhua news agency reported."
_AGENCY_REPORTED = re.compile(rf"\b(?:news\s+)?agency\s+(?P<outlet>{_NAME})\s+(?:reported|reports|said|says)\b"
                              rf"|(?P<before>{_NAME})\s+news\s+agency\s+(?:reported|reports|said|says)\b")
# "As Magyar Nemzet reported earlier", "POLITICS NIGERIA earlier reported that": the outlet
# pointing to its own earlier reports
_EARLIER = re.compile(rf"\b(?:[Aa]s\s+(?P<as>{_NAME})\s+(?:has\s+|had\s+)?(?:earlier\s+|previously\s+)?reported"
                      rf"\s+(?:earlier|previously|before)\b|(?P<outlet>{_NAME})\s+(?:had\s+)?(?:earlier|previously)\s+reported\b)")
# "Straitstimes.com header logo": the site's address at the top of the page
_MASTHEAD_DOMAIN = re.compile(r"^\s*(?P<domain>[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.[a-z]{2,6})\b")
# lines at the top of a page where a site prints its address
MASTHEAD_LINES = 3


@lru_cache(maxsize=1)
def _source_line() -> re.Pattern[str]:
    """"Source: Yonhap News Agency" after the body, "Źródło: TVN24" under a headline: a source
    label (outlets.toml, in the languages pages print it in) and the outlet, alone on a line or
    before the story's credits ("Source: Xinhua   Editor: Zhu Qing")."""
    labels = "|".join(re.escape(x) for x in data_file("outlets.toml")["source_labels"])
    tails = "|".join(f"(?:{t})" for t in data_file("outlets.toml")["source_line_tails"])
    return re.compile(rf"^(?:[•·*]\s*)?\(?(?i:{labels})\s*:\s*\(?(?P<outlet>{_SOURCE_NAME}|{_DOMAIN})\s*\)?\.?\s*(?:{tails})?\s*$")


def _source_named(m: re.Match[str]) -> str | None:
    """The outlet a source line names: any short name, the label says what it is ("Source:
    Civilnet", "Source: Ciudad y Poder", "Source: 3news.com", "Source: (EUROPA PRESS)"), but not
    a person's credit ("Source: Bryan R. Smith / AFP" is none of these shapes)."""
    name = m.group("outlet").strip()
    if known_outlet(name) or looks_like_outlet(name) or re.fullmatch(_DOMAIN, name):
        return canonical_outlet(name)
    words = [w for w in name.split() if w[:1].isupper() or w[:1].isdigit()]
    initials = any(len(w.rstrip(".")) == 1 and w[0].isupper() for w in words)  # "Bryan R. Smith"
    return canonical_outlet(name) if len(words) <= SOURCE_NAME_WORDS and not initials else None


_AND_AGENCIES = re.compile(rf"/\s*(?P<outlet>{_NAME})\s+(?:and|&)\s+[Aa]gencies\s*$")


def _listed(name: str) -> str | None:
    """The canonical name of `name` or of its longest listed prefix ("Kazinform has" -> Kazinform)."""
    words = name.split()
    for n in range(len(words), 0, -1):
        found = known_outlet(" ".join(words[:n]), abbreviations=False)
        if found:
            return found
    return None


def _from_header(doc: Document) -> str | None:
    """An outlet the byline block names; else the masthead's (above the headline).

    A site carrying an agency's story names the agency under the headline (`Press Trust of
    India New Delhi` under a `Business Standard` masthead): the agency is the source.
    """
    page = read_page(doc.text)
    above: str | None = None
    for index, info in enumerate(page.header()):
        named = None
        if info.role in ("outlet", "byline", "date", "dateline") and info.outlet:
            named = info.outlet
        elif info.role == "caption":
            m = _AND_AGENCIES.search(info.line.text)
            if m and (known_outlet(m.group("outlet")) or looks_like_outlet(m.group("outlet"))):
                named = canonical_outlet(m.group("outlet"))
        if named is None and (m := _source_line().match(info.line.text)):
            named = _source_named(m)
        if named is None:
            continue
        if page.headline is None or index > page.headline:
            return named
        above = above or named
    return above


# a wire dateline the page glued after other words ("... investment BEIJING/MANILA Jan 4 (Reuters) –
# China is ready"): a place in capitals, perhaps a date, a listed agency in brackets, a dash
_GLUED_WIRE_DATELINE = re.compile(
    r"\b[A-Z]{3,}(?:[ /-][A-Z]{3,}){0,3},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?\((?P<agency>[A-Z][\w ]{1,30})\)\s*[-–—]")
# how far into the page a glued wire dateline is looked for
GLUED_DATELINE_CHARS = 1500


# how far before "told" the teller is looked for: the last few words (`a source in the Turkish
# Foreign Ministry told`)
TELLER_CHARS = 80
TELLER_WORDS = 6


def _own_interview(text: str, m: re.Match[str]) -> bool:
    """An outlet's own reporting, not one it cites: unnamed sources told it ("a source in the
    Turkish Foreign Ministry told TASS", "several sources told Middle East Eye", "the official
    told POLITICO") or it had the interview exclusively ("in an exclusive interview with Trend").
    A named person telling another outlet ("Antonov told Ria Novosti", "Rama, speaking to B92",
    "Milei ... in an interview with CNN") is a citation (eval 1122, 1108, 1019, 1080)."""
    if "exclusive" in m.group(0).lower():
        return True
    if not m.group(0).lower().startswith("told"):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - TELLER_CHARS):m.start()].lower())[-TELLER_WORDS:]
    return any(w in quote_lexicon().anonymous_heads for w in before)


def _from_lead(doc: Document) -> str | None:
    """An outlet the first paragraphs credit: itself, or the agency they report from."""
    for m in _GLUED_WIRE_DATELINE.finditer(doc.text, 0, min(len(doc.text), GLUED_DATELINE_CHARS)):
        found = _listed(m.group("agency"))
        if found:
            return found
    if not doc.body_spans:
        return None
    lead = doc.body_spans[:LEAD_PARAGRAPHS]
    window = doc.text[lead[0].start : min(lead[-1].end, lead[0].start + LEAD_CHARS)]
    m = _report_cue().search(window)
    if m:
        return canonical_outlet(m.group("outlet"))
    for pattern in (_SELF_CREDIT, _TOLD):
        for m in pattern.finditer(window):
            if pattern is _TOLD and not _own_interview(window, m):
                continue
            found = _listed(m.group("outlet") or m.group("corr")) if pattern is _SELF_CREDIT else _listed(m.group("outlet"))
            if found:
                return found
            if pattern is _SELF_CREDIT and m.group("corr"):
                return m.group("corr")  # an outlet naming its own correspondent, listed or not
    # a listed house style may stand deeper in ("The News Agency of Nigeria (NAN) reports that"
    # after three paragraphs of the visit)
    told = doc.body_spans[:SELF_REPORT_PARAGRAPHS]
    for m in _REPORTS.finditer(doc.text, told[0].start, told[-1].end):
        found = _listed(m.group("outlet"))
        if found in data_file("outlets.toml")["reports_itself"]:
            return found
    for pattern in (_ACCORDING, _AGENCY_REPORTED):
        for m in pattern.finditer(window):
            # (an agency named before "news agency reported": the group `before`)
            found = _listed(m.group("outlet") or m.groupdict().get("before"))
            if found and data_file("outlets.toml")["about"].get(found, {}).get("kind") == "agency":
                return found
    return None


@lru_cache(maxsize=1)
def _sign_off() -> re.Pattern[str]:
    return re.compile(data_file("furniture.toml")["sign_off"])


def _page_end(doc: Document) -> int:
    """Where the last body paragraph's line ends (a sign-off may have been cut from the body)."""
    end = doc.text.find("\n", doc.body_spans[-1].end)
    return len(doc.text) if end < 0 else end


def _from_end(doc: Document) -> str | None:
    """A sign-off closing the body (`... on Wednesday. -- PTI`) or the first footer after it."""
    if not doc.body_spans:
        return None
    last = doc.text[doc.body_spans[-1].start : _page_end(doc)].rstrip()
    m = _sign_off().search(last)
    named = m and (m.group("outlet") or m.group("bracketed") or (m.group("bare") if known_outlet(m.group("bare") or "") else None))
    if named and (known_outlet(named) or named.isupper()):
        return canonical_outlet(named)
    if m and m.group("codes"):
        # an editor's codes ("(VOI/Rezha/RHM)"): the outlet among them
        listed = [known_outlet(c.strip()) for c in m.group("codes").split("/") if known_outlet(c.strip())]
        if listed:
            return listed[0]
    page = read_page(doc.text)
    # a house style closing the last paragraph, or a credit line of its own ("Reporting by ...; Editing by ...")
    credits = (page.infos[k].line.text for k in range(page.body_start, len(page.infos)) if page.infos[k].role == "credit")
    style = _house_style(last) or next((found for text in credits if (found := _house_style(text))), None)
    if style:
        return style
    last_prose = max((k for k in page.body if page.infos[k].role == "prose"), default=page.body_start)
    for k in range(last_prose + 1, len(page.infos)):
        info = page.infos[k]
        named = footer_outlet(info.line)
        if named:
            return canonical_outlet(named)
        if info.role == "credit":
            # "DFAT/ ISLANDS BUSINESS/PACNEWS": the last listed of the sources a story went through
            listed = [known_outlet(part.strip()) for part in info.line.text.split("/") if known_outlet(part.strip())]
            if len(listed) and "/" in info.line.text:
                return listed[-1]
        m = _source_line().match(info.line.text)
        if m and (named := _source_named(m)):
            return named
        if info.role == "date" and info.outlet:
            return info.outlet  # "(Xinhua News Agency August 24, 2005)"
        if info.role in ("outlet", "dateline") and info.outlet and known_outlet(info.outlet):
            return info.outlet  # "KCNA" on a line of its own under the story
    return None


def _house_style(text: str) -> str | None:
    """The outlet whose house style a credit is written in ("(Reporting by ...; Editing by ...)")."""
    for style in data_file("furniture.toml")["house_styles"]:
        if re.search(style["pattern"], text):
            return style["outlet"]
    return None


def _from_title(doc: Document) -> str | None:
    """The outlet named after the headline ("... – UNIAN", "... | Daily Sabah")."""
    page = read_page(doc.text)
    if page.headline is None:
        return None
    return title_outlet(headline_text(page.infos[page.headline].line.text))[1]


# a broadcast's transcript opening on its programme: "Welcome to NHK Newsline. I'm ... in Tokyo."
_WELCOME = re.compile(rf"^(?:Welcome to|This is|You are (?:watching|listening to))\s+(?P<outlet>{_NAME})[.!,]")


def _self_reference(doc: Document) -> str | None:
    """A site's promotion that names it ("Thank you for reading The Straits Times."), its address
    atop the page ("Straitstimes.com header logo"), or the story pointing to the outlet's own
    earlier reports ("As Magyar Nemzet reported earlier")."""
    page = read_page(doc.text)
    for info in page.infos:
        if info.kind == "promo" and info.outlet:
            return canonical_outlet(info.outlet)
    if doc.body_spans:
        m = _WELCOME.match(doc.text, doc.body_spans[0].start)
        if m:
            return _listed(m.group("outlet")) or canonical_outlet(m.group("outlet"))
        for span in doc.body_spans:
            for m in _EARLIER.finditer(doc.text, span.start, span.end):
                # ("Kyodo News earlier reported" in KBS's story cites Kyodo: only "As X reported
                # earlier" or a name in the site's capitals points to the outlet's own reports)
                name = m.group("as") or (m.group("outlet") if m.group("outlet").isupper() else None)
                found = _listed(name) if name else None
                if found:
                    return found
    for info in page.infos[:MASTHEAD_LINES]:
        m = _MASTHEAD_DOMAIN.match(info.line.text)
        if m and (found := outlet_of_url(m.group("domain").lower())):
            return found
    # the label of the site's logo or icon, its greeting, above the headline ("Pulse.ng logo")
    for index, info in enumerate(page.infos[:MASTHEAD_LINES]):
        if page.headline is not None and index >= page.headline:
            break
        name = masthead_name(info.line.text)
        if name:
            return canonical_outlet(name)
    return None


def _generic(name: str) -> bool:
    """A name of words that name no outlet on their own ("Daily", "Newsroom", "Republic")."""
    words = name.lower().split()
    return bool(words) and all(w in _generic_words() for w in words)


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_file("outlets.toml")["generic_words"])


def _from_top_source_line(doc: Document) -> str | None:
    """A source line among the text's first lines, under the lead or the headline."""
    for found in islice(_LINE.finditer(doc.text), SOURCE_LINE_LINES):
        m = _source_line().match(found.group(0).strip())
        if m and (named := _source_named(m)):
            return named
    return None


def find_outlet(doc: Document, ctx: Context) -> Document:
    if doc.dateline is not None and doc.dateline.agency and not _generic(doc.dateline.agency):
        doc.outlet = canonical_outlet(doc.dateline.agency)
        return doc
    readers = (_from_header, _from_lead, _from_end, _from_top_source_line, _self_reference, _from_title)
    found = next((named for read in readers if (named := read(doc)) and not _generic(named)), None)
    if found is None and doc.site_name:
        found = canonical_outlet(doc.site_name)
    doc.outlet = found or outlet_of_url(doc.url)
    return doc
