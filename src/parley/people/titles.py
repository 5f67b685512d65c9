"""What stands around a name: its title, the role it names and the country it acts for.

`Russian Foreign Minister Sergey Lavrov`, `President of the Republic of Azerbaijan Ilham
Aliyev`, `the Minister of Foreign Affairs of the Russian Federation, Sergey Lavrov`,
`his Azerbaijani counterpart Jeyhun Bayramov`, `Wang Yi, China's top diplomat,`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Span
from .gazetteer import state_table
from .lexicon import Lexicon, fold

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\s\w]")
_POSSESSIVE = re.compile(r"['’`]s$")
# words that join the parts of a title ("Minister of Foreign Affairs of the Russian Federation")
_CONNECTORS = frozenset({"of", "the", "for", "and", "on", "to"})
# words that may open a title but say nothing about it
_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "a", "an"})
# how far before a name a title may start
_LOOKBACK = 200


@dataclass(frozen=True)
class TitleContext:
    """The title phrase next to a name, or an empty one."""

    span: Span | None = None
    words: frozenset[str] = field(default_factory=frozenset)
    role: str | None = None
    country: str | None = None
    # "his Azerbaijani counterpart": the role is that of the person "his" points to
    same_role: bool = False

    @property
    def is_title(self) -> bool:
        return self.span is not None


_LAST_POSSESSIVE = re.compile(r".*['’]s?\s+", re.DOTALL)


def find_role(phrase: str, lex: Lexicon) -> str | None:
    """The role a title phrase names; the longest matching phrase wins, then file order. After
    a possessive only the words after it count: "the Kazakh president's spokesman" is a
    spokesperson."""
    owned = _LAST_POSSESSIVE.match(phrase)
    if owned and owned.end() < len(phrase):
        role = find_role(phrase[owned.end() :], lex)
        if role is not None:
            return role
    # the longest phrase, then the first in the phrase ("a spokesman for the President" is a
    # spokesperson), then file order
    best: tuple[int, int, int, str] | None = None
    for order, (role, pattern) in enumerate(lex.roles):
        for m in pattern.finditer(phrase):
            rank = (m.end() - m.start(), -m.start(), -order, role)
            if best is None or rank[:3] > best[:3]:
                best = rank
    return best[3] if best else None


def find_country(words: list[str], lex: Lexicon) -> str | None:
    """The first country named in a title by name, demonym or possessive ("Russia's"), from
    every state pycountry knows and the short names and demonyms of `countries.toml`."""
    phrase = " ".join(words)
    states = state_table()
    found = [f for table in (states.gazetteer, states.demonyms) for f in table.find(phrase)]
    if not found:
        # titles are often written in lower case ("the kazakh side" never, but "russian" in
        # a headline in capitals); try the phrase as a title-cased one
        titled = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
        found = [f for table in (states.gazetteer, states.demonyms) for f in table.find(titled)]
    # "the high commissioner to Malawi", "Ambassador to Ukraine": the state an envoy is sent to is
    # not his (The Guardian, eval 1299); an "aide to the President of Russia" is Russia's
    if found and " to " in phrase.lower():
        sent_to = _sent_to(lex.roles)
        found = [f for f in found if not sent_to.search(phrase[: f.span.start])]
    return min(found, key=lambda f: f.span.start).entry.country if found else None


@lru_cache(maxsize=4)
def _sent_to(roles: tuple[tuple[str, re.Pattern[str]], ...]) -> re.Pattern[str]:
    """An envoy's title ending on "to" (the state after it is where the envoy is sent): the
    phrases of the ambassador role (`people.toml`)."""
    envoy = "|".join(p.pattern for role, p in roles if role == "ambassador")
    return re.compile(rf"(?:{envoy})s?\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _titled(words: list[str], lex: Lexicon) -> TitleContext | None:
    keys = {fold(w) for w in words}
    if not any(lex.is_title_head(k) for k in keys - _DETERMINERS):
        return None
    phrase = " ".join(words)
    return TitleContext(None, frozenset(keys), find_role(phrase, lex), find_country(words, lex),
                        bool(keys & lex.same_role_words))


def _title_word(key: str, lex: Lexicon) -> bool:
    bare = _POSSESSIVE.sub("", key)
    # (the first word of a state's long name: "People’s Republic of China President Xi" is China's,
    # not the "Republic of China" the rest of the phrase names)
    return (lex.is_title(key) or key in _CONNECTORS or key in _DETERMINERS or bare in lex.demonyms
            or bare in lex.place_words or lex.is_place(bare) or key == "dear"
            or (bare != key and state_table().gazetteer.starts_a_name(bare)))


def title_before(text: str, start: int, lex: Lexicon) -> TitleContext:
    """The title phrase that ends where a name starts ("Russian Foreign Minister ")."""
    window_start = max(0, start - _LOOKBACK)
    window = text[window_start:start]
    # a title never crosses a paragraph
    cut = window.rfind("\n\n")
    if cut >= 0:
        window, window_start = window[cut + 2 :], window_start + cut + 2
    tokens = list(_TOKEN.finditer(window))
    i = len(tokens) - 1
    comma = i >= 0 and tokens[i].group() == ","
    if comma:
        i -= 1
    # "the leader of Social Democrats", "a meeting with": the name is the object of the
    # phrase before it, not the holder of its title
    if i >= 0 and fold(tokens[i].group()) in _CONNECTORS:
        return TitleContext()
    first = i + 1
    while i >= 0:
        word = tokens[i].group()
        key = fold(word)
        if word[0].isalpha() and _title_word(key, lex):
            first, i = i, i - 1
            continue
        if word == "." and i > 0 and fold(tokens[i - 1].group()) in lex.titles and len(tokens[i - 1].group()) <= 4:
            i -= 1  # "Mr. Erdogan", "Dr. Singh", "Prof. Li" (not "met the envoy. Sato said": a sentence's end)
            continue
        if word[0].isupper():
            # an organisation's name inside a title: "Chairman of ... of Russian Railways JSC"
            j = i
            while j >= 0 and tokens[j].group()[0].isupper():
                j -= 1
            k = i
            while k + 1 < len(tokens) and tokens[k + 1].group()[0].isupper():
                k += 1
            # the whole capitalised run, also the part already read as title words ("Republic")
            block = {fold(t.group()) for t in tokens[j + 1 : k + 1]}
            # "of the People's Republic of China": the article may stand before the name
            if j >= 1 and fold(tokens[j].group()) == "the":
                j -= 1
            if j >= 0 and fold(tokens[j].group()) == "of" and block & lex.organization_words:
                first, i = j, j - 1
                continue
        break
    while first < len(tokens) and fold(tokens[first].group()) in _CONNECTORS - {"the"}:
        first += 1
    words = [t.group() for t in tokens[first:] if t.group()[0].isalpha()]
    context = _titled(words, lex)
    if context is None:
        return TitleContext()
    span = Span(window_start + tokens[first].start(), start)
    return TitleContext(span, context.words, context.role, context.country, context.same_role)


_SPACED_ELISION = re.compile(r"\b([dDlL])(['’])\s+(?=[A-Za-z])")
_APPOSITION = re.compile(r"\s*,\s*([^,.;:()\n]{2,80}?)\s*(?=[,.;:)]|$)")


def title_after(text: str, end: int, lex: Lexicon) -> TitleContext:
    """A title in apposition after a name ("Wang Yi, China's top diplomat, said")."""
    m = _APPOSITION.match(text, end)
    if not m:
        return TitleContext()
    # "Charge d’ Affaires": an elision the page spaced apart is one word
    words = [t.group() for t in _TOKEN.finditer(_SPACED_ELISION.sub(r"\1\2", m.group(1)))]
    if words and "of" in words[1:] and not all(w[0].isalpha() and _title_word(fold(w), lex) for w in words):
        # "Jasem Al-Budaiwi, secretary general of the Gulf Cooperation Council": the office, then
        # the body it is held in, named
        cut = words.index("of", 1)
        rest = [w for w in words[cut + 1:] if w.lower() not in ("the", "and", "for", "of")]
        if rest and all(w[:1].isupper() for w in rest):
            words = words[:cut]
    if not words or not all(w[0].isalpha() and _title_word(fold(w), lex) for w in words):
        return TitleContext()
    context = _titled(words, lex)
    if context is None:
        return TitleContext()
    return TitleContext(Span(m.start(1), m.end(1)), context.words, context.role, context.country,
                        context.same_role)
