"""Where personal names stand in the body: runs of capitalised words, cut at the words that
are never names (titles, places, organisations), and kept where something says "person".

spaCy's small model is right about most names but not all: it tags `Azerbaijani` as a person,
cuts `Ilham Heydar oglu` after `Heydar`, reads `the Russian Federation Sergey Lavrov` as one
organisation, `Spice Jet` as a person. So the boundaries come from the text (a run of name
words, cut where a state or organisation from the gazetteers stands) and spaCy's PERSON tags
are one kind of evidence among others: a title before the run, or a patronymic inside it.

Everything here is one pass over the text: runs come from one scan of its words, and spans
(spaCy's entities, gazetteer matches, credit lines) are looked up by bisection.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..events.places import city_country
from ..model import Document, Span
from .gazetteer import Found, state_in
from .lexicon import Lexicon, fold
from .names import Word
from .officeholders import is_listed_name
from .titles import TitleContext, title_before

# a word, with inner hyphens and apostrophes ("Nagorno-Karabakh", "O'Brien"), or an initial
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’][^\W\d_])*\.?|[^\W\d_]\.")
_POSSESSIVE = re.compile(r"[’'`]s$")
# what may stand between two words of one name: spaces and at most one line break
_JOIN = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")
# a transliteration's ayn or hamza mark closing a word of a name before an Arabic article: "Mohammed
# Shia’ al-Sudani" (Munsif Daily and Rudaw, eval 1080, 1081; US readouts in shared/corpus/official)
_AYN_MARK = re.compile(r"[’'][ \t\u00a0]+")
_ARABIC_ARTICLE = re.compile(r"(?:al|el)-[A-Z]")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")
# "the city of Kant": a place noun, "of" and perhaps "the" right before the name
_PLACE_OF = re.compile(r"\b([a-z]+)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$")
# a journalist's outlet before the name: "TRT World's Ali Mustafa", "CNN's"
_OUTLET_POSSESSIVE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*['’]s\s+$")
_LOOKBACK = 60
# a line this long that breaks inside a name is wrapped prose
_WRAPPED_LINE = 60
_PLACE_PREPOSITIONS = frozenset({"to", "of", "in", "from", "for", "and", "with", "at", "visit", "visited"})


class SpanSet:
    """Sorted, non-nested spans with an overlap test by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self._starts = [s.start for s in self.spans]
        # the furthest end among the spans up to each index (spans may overlap)
        self._reach: list[int] = []
        reach = -1
        for s in self.spans:
            reach = max(reach, s.end)
            self._reach.append(reach)

    def overlapping(self, span: Span) -> list[Span]:
        i = bisect_left(self._starts, span.end)
        out = []
        j = i - 1
        while j >= 0 and self._reach[j] > span.start:
            if self.spans[j].end > span.start:
                out.append(self.spans[j])
            j -= 1
        return out

    def overlaps(self, span: Span) -> bool:
        i = bisect_left(self._starts, span.end) - 1
        while i >= 0 and self._reach[i] > span.start:
            if self.spans[i].end > span.start:
                return True
            i -= 1
        return False

    def covering(self, position: int) -> Span | None:
        i = bisect_right(self._starts, position) - 1
        while i >= 0 and self._reach[i] > position:
            if self.spans[i].start <= position < self.spans[i].end:
                return self.spans[i]
            i -= 1
        return None


@dataclass(frozen=True)
class Candidate:
    """A run of name words that may be a person, with the evidence that it is one."""

    words: tuple[Word, ...]
    title: TitleContext
    tagged_person: bool
    # words beside it say it names a thing ("airline Spice Jet", "the Guimet museum",
    # "Shanghai Cooperation Organization")
    thing: bool = False
    # it opens a sentence (a capital there proves nothing)
    sentence_initial: bool = False
    # a state's possessive before it and nothing that says organisation ("China's Xi Jinping")
    owned_by_state: bool = False

    @property
    def span(self) -> Span:
        return Span(self.words[0].span.start, self.words[-1].span.end)

    @property
    def has_evidence(self) -> bool:
        return self.title.is_title or ((self.tagged_person or self.owned_by_state) and not self.thing)


def _latin(word: str) -> bool:
    """Names in an English text are written in Latin letters; other scripts are quotations."""
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in word if c.isalpha())


def _capitalised(text: str) -> bool:
    letters = text.rstrip(".")
    if len(letters) == 1:
        # an initial, with its point ("S. Jaishankar") or without ("S Jaishankar"); one
        # without a point must be followed by a name (`_pieces` trims it otherwise)
        return letters.isupper()
    # all capitals is an acronym (OSCE, AZERTAC), not a name
    return letters[0].isupper() and not letters.isupper()


def _name_word(text: str, lex: Lexicon) -> str:
    """'name', 'inner' (a particle or patronymic marker) or '' for a word that breaks a run."""
    key = fold(text).rstrip(".")
    if key in lex.patronymic_markers:
        return "marker"
    if key in lex.particles and text.islower():
        return "inner"
    if _capitalised(text) and _latin(text):
        return "name"
    article, hyphen, rest = text.partition("-")
    if hyphen and article in lex.particles and _capitalised(rest) and _latin(rest):
        return "name"  # "Tamim Hamad al-Thani", "Bashar al-Assad": the article glued to the name
    return ""


@dataclass
class _RunWord:
    word: Word
    # the word right after it in the run breaks it as an organisation's word ("Group", "Bank")
    org_after: bool = False


# a nickname in marks inside a name: "Joko “Jokowi” Widodo", "Ferdinand "Bongbong" Marcos"
_NICKNAME = re.compile(r"[ \t]+[“\"‘][A-Z][\w’'-]*[”\"’][ \t]+(?=[A-Z])")
# a given name an editor put in brackets before a family name: "Presidents [Vladimir] Putin and
# [Ilham] Aliyev", "the President of Ukraine [Volodymyr] Zelensky"
_BRACKETED = re.compile(r"\[([A-Z][\w’'-]+)\][ \t]+(?=[A-Z])")


def _glued_family_names(text: str, lex: Lexicon) -> frozenset[str]:
    """Family names with their article glued on that the text writes after a given name
    ("Abdel Fattah el-Sisi", "Bashar al-Assad"): alone later ("el-Sisi said") they still name
    the person, where "al-Shabab" alone names none."""
    out = set()
    for m in _GLUED_AFTER_NAME.finditer(text):
        article = m.group(1).partition("-")[0]
        if fold(article) in lex.particles:
            out.add(m.group(1))
    return frozenset(out)


# two initials written together, before a capitalised name ("KP Sharma Oli")
_INITIALS = re.compile(r"[A-Z]{2}")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")

# a place in capitals glued to the capitalised word after it ("WASHINGTONPresident")
_GLUED_DATELINE = re.compile(r"([A-Z]{3,})(?=[A-Z][a-z])")

# a capitalised word, then a lower-case article glued to a capitalised name
_GLUED_AFTER_NAME = re.compile(r"\b[A-Z][^\W\d_]+[ \t]+([a-z]{1,3}-[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)")


def _runs(text: str, spans: list[Span], lex: Lexicon) -> list[list[Word]]:
    """Maximal runs of name-like words that stand next to each other, inside `spans`."""
    runs: list[list[Word]] = []
    family_names = _glued_family_names(text, lex)
    for span in spans:
        current: list[Word] = []
        last_end = -1
        nickname_start = nickname_end = -1
        for m in _WORD.finditer(text, span.start, span.end):
            if m.start() < nickname_end:
                continue  # the nickname itself: neither a word of the name nor a break
            nickname = _NICKNAME.match(text, m.end()) if current or m.group()[:1].isupper() else None
            raw = m.group()
            start = m.start()
            glued = _GLUED_DATELINE.match(raw)
            if glued:
                # "WASHINGTONPresident Joe Biden": a dateline whose dash the page lost; the name
                # starts after the capitals
                raw, start = raw[glued.end(1):], start + glued.end(1)
                if current:
                    runs.append(current)
                current = []
            if raw in lex.given_name_abbreviations:
                # "Ma. Teresita Daza": left out, as a title
                if current:
                    runs.append(current)
                current = []
                continue
            # an abbreviation point ends a word unless the word is an initial ("S.")
            if raw.endswith(".") and len(raw) > 2:
                raw = raw[:-1]
            possessive = _POSSESSIVE.search(raw)
            if possessive:
                raw = raw[: possessive.start()]
            kind = _name_word(raw, lex) if raw else ""
            if not kind and _INITIALS.fullmatch(raw) and _NAME_AFTER.match(text, start + len(raw)) \
                    and not lex.is_breaker(raw):
                kind = "name"  # "KP Sharma Oli", "MK Stalin": two initials without their points
            if kind == "name" and raw[:1].islower() and not current and raw not in family_names:
                kind = ""  # "al-Shabab", "al-Qaeda": the article opens no person's name
            # a regnal or generational number after a name ("Abdullah II", "Mohammed VI")
            if not kind and current and raw.isupper() and fold(raw) in lex.name_suffixes:
                kind = "name"
            # a handle or a tag ("@EmmanuelMacron", "#G20") is no name in running text
            if m.start() > 0 and text[m.start() - 1] in "@#/\\":
                kind = ""
            joined = current and (_JOIN.fullmatch(text, last_end, m.start()) is not None or last_end == nickname_start
                                  or (_AYN_MARK.fullmatch(text, last_end, m.start()) is not None
                                      and _ARABIC_ARTICLE.match(raw) is not None)
                                  or (text[last_end : last_end + 1] == "]" and _JOIN.fullmatch(text, last_end + 1, m.start())
                                      is not None and _BRACKETED.match(text, current[-1].span.start - 1) is not None))
            if joined and "\n" in text[last_end : m.start()] and last_end - (text.rfind("\n", 0, last_end) + 1) < _WRAPPED_LINE:
                # a name goes on over a line break only in wrapped prose, not from a headline
                # or a place line into a byline ("… in Buenos Aires" / "Pedro Rafael Vilela")
                joined = False
            if not kind or not joined:
                if current:
                    runs.append(current)
                current = []
            if kind:
                current.append(Word(raw, Span(start, start + len(raw))))
                last_end = start + len(raw)
                if nickname is not None and not possessive and nickname.start() == last_end:
                    nickname_start, nickname_end = last_end, nickname.end()
                    last_end = nickname_end
                if possessive:
                    runs.append(current)
                    current = []
        if current:
            runs.append(current)
    return runs


def _bare_letter(word: Word) -> bool:
    return len(word.text) == 1


def _split_pair(word: Word) -> list[Word]:
    """`Biden-Xi` inside `Joe Biden-Xi Jinping`: two names joined by a hyphen."""
    left, _, right = word.text.partition("-")
    start = word.span.start
    return [Word(left, Span(start, start + len(left))),
            Word(right, Span(start + len(left) + 1, word.span.end))]


def _is_pair(run: list[Word], k: int, lex: Lexicon) -> bool:
    word = run[k].text
    if "-" not in word or word.count("-") != 1:
        return False
    left, right = word.split("-")
    if fold(left) in lex.particles:
        return False  # "Meshal Al-Ahmad Al-Jaber Al-Sabah": the house article, capitalised, glued on
    return (0 < k < len(run) - 1 and left[:1].isupper() and right[:1].isupper()
            and not run[k - 1].text.endswith(".") and len(left) > 1 and len(right) > 1)


# "King of Jordan": the title word names an office after all
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _title_surname(run: list[Word], n: int, text: str, lex: Lexicon) -> bool:
    """Word n is a title that is also a family name closing the name before it ("Martin Luther
    King Jr.", "Senator Angus King"): nothing after it in the run but a generational suffix, and
    no "of" after the run ("Abdullah II King of Jordan")."""
    if fold(run[n].text) not in lex.title_surnames:
        return False
    if any(fold(w.text).rstrip(".") not in lex.name_suffixes for w in run[n + 1:]):
        return False
    return _OF_AFTER.match(text, run[-1].span.end) is None


def _opens_listed_name(run: list[Word], n: int) -> bool:
    """Whether word `n` of the run belongs to the two to four words that close the run and are the
    full name (or a listed variant) of an office-holder (`people/officeholders.py`); a name run on
    past it ("To Lam Dong") is another."""
    end = len(run)
    return any(is_listed_name(" ".join(w.text for w in run[start:end])) for start in range(max(0, end - 4), min(n + 1, end - 1)))


def _pieces(run: list[Word], blocked: SpanSet, lex: Lexicon, text: str) -> list[tuple[list[Word], bool]]:
    """Cut a run at words that are never names, split names joined by a hyphen, and trim
    particles off the edges; each piece with whether an organisation's word followed it."""
    cut: list[tuple[list[Word], bool]] = []
    current: list[Word] = []
    # the words an honorific title opened may still follow ("Samdech Akka Moha Sena Padei Techo")
    title_words: frozenset[str] = frozenset()
    for n, word in enumerate(run):
        key = fold(word.text).rstrip(".")
        if key in title_words:
            cut.append((current, False))
            current = []
            continue
        title_words = lex.honorific_titles.get(key, frozenset())
        # a title that is also a name, inside a name ("Hossein Amir Abdollahian", "Mohammed Sultan
        # Al Jaber") or closing it ("Martin Luther King Jr.")
        inside = n + 1 < len(run) and fold(word.text) in lex.title_names
        # (initials alone open no name: "H.H. Sheikh Tamim", "H. H. Sheikh Tamim" for His Highness,
        # MOFA Japan eval 1254, TASS eval 217, WAM eval 218)
        named = any(not w.is_initial for w in current)
        if named and not blocked.overlaps(word.span) and (inside or _title_surname(run, n, text, lex)):
            current.append(word)
            continue
        if word.text[0].isupper() and fold(word.text) in lex.not_names and not blocked.overlaps(word.span) \
                and _opens_listed_name(run, n):
            # "To Lam", "Moon Jae In": a word that is otherwise no name ("To", "In") inside the
            # full name of an office-holder the list knows
            current.append(word)
            continue
        if blocked.overlaps(word.span) or (word.text[0].isupper() and lex.is_breaker(word.text)):
            key = fold(word.text).rstrip(".")
            # "the Obama Administration", "the Modi government": a name before the body its
            # person leads is still the person's
            cut.append((current, key in lex.organization_words and key not in lex.led_bodies))
            current = []
        else:
            current.append(word)
    cut.append((current, False))
    pieces: list[tuple[list[Word], bool]] = []
    for piece, org in cut:
        start = 0
        for k in range(len(piece)):
            if _is_pair(piece, k, lex):
                left, right = _split_pair(piece[k])
                pieces.append((piece[start:k] + [left], False))
                piece = piece[:k] + [right] + piece[k + 1 :]
                start = k
        pieces.append((piece[start:], org))
    out = []
    for piece, org in pieces:
        # (a capitalised one opens a name: "Le Quang Dao", "Van Rompuy")
        while piece and ((piece[0].key in lex.particles and not piece[0].text[:1].isupper())
                         or piece[0].key in lex.patronymic_markers):
            piece = piece[1:]
        # an initial needs a name after it; a capital letter alone is no name
        while piece and (piece[-1].key in lex.particles or _bare_letter(piece[-1])):
            piece = piece[:-1]
        # "Settlement Alexander Lavrentyev": a common noun that ended a title is no given name
        while len(piece) > 2 and lex.is_common_word(piece[0].text):
            piece = piece[1:]
        # initials alone ("H. H." for His Highness) or a number alone are no name
        # ("Xi" is a name: a regnal number is written in capitals, "XI")
        if piece and not all(w.is_initial or (w.key in lex.name_suffixes and w.text.isupper()) for w in piece):
            out.append((piece, org))
    return out


def _people_of_a_place(piece: list[Word], lex: Lexicon) -> bool:
    """`Sri Lankan`, `English-speaking Africans`: a demonym (or words of places alone), or a
    phrase that ends on a demonym in the plural, names a people, not a person."""
    keys = [w.key for w in piece]
    last = keys[-1]
    plural = last.endswith("s") and (last[:-1] in lex.demonyms or last[:-1] in lex.place_words)
    return plural or all(k in lex.demonyms or k in lex.place_words for k in keys)


def _named_place(piece: list[Word], lex: Lexicon) -> bool:
    """`Dakar Olympic Stadium`, `King David Hotel`: a name that ends on a word of a thing; `São
    Paulo`, `Phnom Penh`, `Sharm el-Sheikh`: a city's name (GeoNames) of two words or more. (One
    word may be a family name as well: "Park", "Santos".)"""
    if len(piece) < 2:
        return False
    if piece[-1].key in lex.thing_after or fold(" ".join(w.text for w in piece)) in lex.venue_names:
        return True  # (a venue of diplomacy by its own name: "Rashtrapati Bhavan", "Palazzo Chigi")
    return city_country(" ".join(w.text for w in piece)) is not None


def _thing_beside(text: str, span: Span, lex: Lexicon) -> bool:
    """`the Guimet museum`, `airline Spice Jet`: a common noun beside the words names a thing;
    `the city of Kant`, the place a place noun names."""
    after = _NEXT_WORD.match(text, span.end)
    if after and after.group(1).islower() and fold(after.group(1)) in lex.thing_after:
        return True
    before = _PREVIOUS_WORD.search(text, max(0, span.start - 40), span.start)
    if before and before.group(1).islower() and fold(before.group(1)) in lex.thing_before:
        return True
    place = _PLACE_OF.search(text, max(0, span.start - 40), span.start)
    return bool(place and fold(place.group(1)) in lex.place_of)


# a reporter's line opens with at most the outlet's few words before the title
_BYLINE_OUTLET_WORDS = 3
_WORDS_BEFORE = re.compile(r"\S+")


def _reporter(text: str, span: Span, title: TitleContext, lex: Lexicon) -> bool:
    """`TRT World's Ali Mustafa brings more`, `CNN correspondent Ann Lee`: the journalist."""
    reporting = title.words & lex.reporter_titles
    if reporting and not reporting <= lex.newsworthy_reporter_titles:
        return True
    if reporting and title.span is not None:
        # "Legit.ng journalist Ridwan Adeola Yusuf" opening its line: the reporter; "the
        # extradition of journalist Bulent Kenes": the news (unless an outlet owns him, below)
        line_start = text.rfind("\n", 0, title.span.start) + 1
        if len(_WORDS_BEFORE.findall(text, line_start, title.span.start)) <= _BYLINE_OUTLET_WORDS:
            return True
    # an outlet's, right before the name or before its title ("TRT World's journalist Ali Mustafa")
    end = title.span.start if reporting and title.span is not None else span.start
    m = _OUTLET_POSSESSIVE.search(text, max(0, end - _LOOKBACK), end)
    if not m:
        return False
    outlet = [fold(w) for w in m.group(1).split()]
    return any(w in lex.outlets for w in outlet) or any(w in lex.outlet_words for w in outlet[1:])


def _cut_at_end(word: Word, ends: set[int], text_end: int) -> bool:
    """The excerpt stops inside this word ("President Ilh" and nothing more): at the end of what
    the NLP stage read (`ends`), or at `text_end`, where nothing but blanks follows."""
    end = word.span.end
    return end in ends or end >= text_end


def blocked_things(text: str, things: list[Found], lex: Lexicon) -> list[Span]:
    """Gazetteer matches that cut name runs; a state's name that is also a given name is no
    cut where a name follows it and no preposition stands before it ("Foreign Minister Israel
    Katz", but "Ambassador to Israel Daniel Shapiro")."""
    out = []
    for f in things:
        if f.entry.type == "state" and fold(f.span.of(text)) in lex.given_place_names:
            following = _NEXT_WORD.match(text, f.span.end)
            before = _PREVIOUS_WORD.search(text, max(0, f.span.start - 20), f.span.start)
            after_preposition = before is not None and fold(before.group(1)) in _PLACE_PREPOSITIONS
            if (following and following.group(1)[:1].isupper() and not lex.is_breaker(following.group(1))
                    and not after_preposition):
                continue
        out.append(f.span)
    return out


# spaCy's labels of things with names: a run inside one is no person for a state's possessive alone
_THING_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "NORP"})
# a state's name with "'s" right before a name: "Russia's Vladimir Putin", "Mexico’s Andres Manuel
# López Obrador"
_STATE_POSSESSIVE = re.compile(r"(?:^|(?<=[\s(\[\"“]))([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s[ \t\u00a0]+$")


def _state_possessive(text: str, start: int) -> TitleContext | None:
    """`Russia's Vladimir Putin`: the state a name of two words or more belongs to, as a title
    would give it, but no evidence of a person by itself ("Russia's Gazprom Neft", "Pakistan's
    Gwadar Port"). A state is a person's only by name: "Moscow's" gives no country."""
    m = _STATE_POSSESSIVE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    found = state_in(m.group(1))
    if found is None or found.entry.type != "state" or found.span.of(m.group(1)) != m.group(1):
        return None
    return TitleContext(country=found.entry.country)


def find_candidates(doc: Document, text: str, blocked: list[Span], lex: Lexicon) -> list[Candidate]:
    """Every run of name words in the body, with its title and spaCy's opinion.

    `text` is the body with everything else blanked (offsets as in `doc.text`); `blocked` are
    spans no name may overlap (states, organisations)."""
    people = SpanSet([e.span for e in doc.entities if e.label == "PERSON"])
    things = SpanSet([e.span for e in doc.entities if e.label in _THING_LABELS])
    # credits read the whole text: the date line a byline stands on may be furniture, out of the body
    credits = SpanSet([Span(*m.span()) for pattern in lex.credits for m in pattern.finditer(doc.text)])
    cut = SpanSet(blocked)
    sentence_starts = {s.start for s in doc.sentences}
    spans = doc.analysed_body_spans()
    # where the excerpt stops: the end of the last paragraph the NLP stage read
    ends = {spans[-1].end} if spans else set()
    text_end = len(text.rstrip())  # (counted once: a 20 MB page has thousands of candidates)
    found: list[Candidate] = []
    for run in _runs(text, spans, lex):
        for piece, org_after in _pieces(run, cut, lex, text):
            if _cut_at_end(piece[-1], ends, text_end) and not text[piece[-1].span.end - 1 : piece[-1].span.end] == ".":
                piece = piece[:-1]
                if not piece:
                    continue
            span = Span(piece[0].span.start, piece[-1].span.end)
            if credits.overlaps(span) or _people_of_a_place(piece, lex):
                continue
            if len(piece) > 1 and fold(" ".join(w.text for w in piece)) in lex.outlet_phrases:
                continue  # "..., writes Haber Turk": an outlet, no person
            title = title_before(text, span.start, lex)
            owned = False
            if not title.is_title and len(piece) >= 2:
                possessive = _state_possessive(text, span.start)
                if possessive is not None:
                    title = possessive
                    last = fold(piece[-1].text).rstrip(".")
                    # spaCy's thing that starts with the name ("Gazprom Neft" ORG), not one that
                    # swallowed the possessive too ("Mexico’s Andres Manuel López Obrador" ORG)
                    inside = any(t.start >= span.start for t in things.overlapping(span))
                    owned = not (inside or last in lex.thing_after or last in lex.organization_words
                                 or any(lex.is_common_word(w.text) for w in piece))
            if _reporter(text, span, title, lex):
                continue
            thing = org_after or _thing_beside(text, span, lex) or _named_place(piece, lex)
            found.append(Candidate(tuple(piece), title, people.overlaps(span), thing,
                                   piece[0].span.start in sentence_starts, owned))
    return found
