"""Reported speech: `Bayramov said that …`, `According to the ministry, …`, `…, according
to Azerbaijani media.` The reported clause runs to the end of its sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..document.outlet_names import is_known_outlet
from ..model import Span
from ..people.lexicon import lexicon as people_lexicon
from .attribution import Cue, subject_before
from .lexicon import QuoteLexicon

_THAT = re.compile(r"(?:[^.;:!?\"“”«»\n]{0,50}?\s)?that\s+", re.IGNORECASE)
_MIN_CLAUSE_WORDS = 3
# a sentence with this share of capitalised words is a headline
_HEADLINE_SHARE = 0.6
_CLOSING = "\"”»’"
# a clause without "that" must say more before it counts ("said the talks were useful")
_MIN_BARE_CLAUSE_WORDS = 4


@dataclass(frozen=True)
class Reported:
    clause: Span
    cue: Cue
    # the words' reading of the cue where `cue` is the parse's
    alternative: Cue | None = None


# a dateline that opens the sentence ("BERLIN (UrduPoint News / Sputnik - 22nd December, 2021)",
# "BAKU, Azerbaijan, August 21 -") is no part of what anyone said
DATELINE = re.compile(r"(?:date \d{4}-\d\d-\d\d\s+)?[A-Z][A-Z.'\- ]{2,30}(?:,[^()\n.]{0,40}?)?\s*"
                       r"(?:\([^)\n]{0,80}\)\s*[-–—:]?|[-–—:]|\.\s*/[\w ]{2,20}/\.?)\s+")


def _trim(text: str, start: int, end: int, min_words: int = _MIN_CLAUSE_WORDS) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    dateline = DATELINE.match(text, start, end)
    if dateline:
        start = dateline.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;!?"):
        end -= 1
    if len(text[start:end].split()) < min_words:
        return None
    return Span(start, end)


def _bare_clause(text: str, verb_start: int, lex: QuoteLexicon) -> bool:
    """`Wang said China was ready`: a clause right after the verb, not an adjunct ("said on")."""
    bare = lex.bare_verb.match(text, verb_start)
    if not bare:
        return False
    # a bounded look ahead: slicing the rest of the text would cost its whole length each time
    following = text[bare.end() : bare.end() + 80].split(maxsplit=1)
    return bool(following) and following[0].lower().strip(",.") not in lex.not_clause_openers


def _only_time(lead: str, lex: QuoteLexicon) -> bool:
    """`Friday night that`, `on Tuesday that`: nothing but a time before "that"."""
    words = [w.lower().strip(",") for w in lead.split()[:-1]]
    return bool(words) and all(w in lex.time_words for w in words)


def _clause_end(text: str, start: int, end: int, lex: QuoteLexicon) -> int:
    """A reported clause ends with its sentence or where a source or a further statement takes
    over ("…, according to a statement", "…, adding: …")."""
    stop = lex.clause_stop.search(text, start, end)
    if stop is None:
        return end
    # keep a closing mark that stands before the comma (`rivals", according`) or after it
    # (`delay," adding`)
    head = stop.group()
    if head[0] in _CLOSING:
        return stop.start() + 1
    if head[1:2] and head[1] in _CLOSING:
        return stop.start() + 2
    return stop.start()


def _said_that(text: str, sentence: Span, lex: QuoteLexicon) -> Reported | None:
    whole = sentence
    # "While India said its concerns were conveyed, Sharif told …": the subordinate clause's
    # report ends at its comma, where the main clause takes over
    comma = text.find(",", sentence.start, sentence.end) \
        if lex.subordinate_opener.match(text, sentence.start, sentence.end) else -1
    for verb in lex.verb.finditer(text, whole.start, whole.end):
        sentence = Span(whole.start, comma) if 0 < verb.end() < comma else whole
        if _inverted_tag(text, verb.start(), verb.end(), sentence, lex) is not None:
            continue  # "…, said the ministry.": a tag after the statement, no clause after it
        that = _THAT.match(text, verb.end(), sentence.end)
        right_after = re.match(r"\s+that\b", text[verb.end() : sentence.end], re.IGNORECASE)
        # "said Friday night that …": a time between the verb and "that" is no clause
        if that and not right_after and _only_time(text[verb.end() : that.end()], lex):
            right_after = True
        # "said China hopes that …": the clause starts at the verb, the "that" is its own
        if _bare_clause(text, verb.start(), lex) and not right_after:
            end = _clause_end(text, verb.end(), sentence.end, lex)
            clause = _trim(text, verb.end(), end, _MIN_BARE_CLAUSE_WORDS)
        elif that:
            clause = _trim(text, that.end(), _clause_end(text, that.end(), sentence.end, lex))
        else:
            continue
        subject = subject_before(text, verb.start(), sentence.start, lex)
        if subject is not None and clause is not None:
            return Reported(clause, Cue(subject, Span(verb.start(), verb.end())))
    return None


def _according(text: str, sentence: Span, lex: QuoteLexicon) -> Reported | None:
    m = lex.according.search(text, sentence.start, sentence.end)
    if not m:
        return None
    lead = text[sentence.start : m.start()]
    if lead.strip():
        # "…, according to Azerbaijani media."
        source_end = sentence.end
        while source_end > m.end() and text[source_end - 1] in " .!?\n":
            source_end -= 1
        clause = _trim(text, sentence.start, sentence.start + len(lead.rstrip().rstrip(",")))
        source = Span(m.end() + 1, source_end) if source_end > m.end() + 1 else None
    else:
        # "According to the ministry, …"
        comma = text.find(",", m.end(), sentence.end)
        if comma < 0:
            return None
        clause = _trim(text, comma + 1, sentence.end)
        source = Span(m.end() + 1, comma) if comma > m.end() + 1 else None  # "According to, ..."
    if clause is None or source is None or "," in source.of(text):
        return None
    if m.group().lower() == "citing" and not _names_a_source(source.of(text), lex):
        return None  # "..., citing COVID", "citing security concerns": a reason, not a source
    return Reported(clause, Cue(source))


_PROPER = re.compile(r"\b[A-Z][\w'’.-]*")


def _names_a_source(phrase: str, lex: QuoteLexicon) -> bool:
    """What follows "citing" is a source: words for one ("sources", "a statement", "the royal
    court": a government's head noun), an outlet the gazetteer knows ("Reuters", "IRNA"), or a name of two words or more."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", phrase)}
    vocabulary = lex.collective | lex.documents | lex.offices | lex.channels | lex.home_bodies | \
        people_lexicon().government_heads
    if words & vocabulary or any(v in phrase.lower() for v in vocabulary if " " in v):
        return True
    bare = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)
    return is_known_outlet(bare) or len(_PROPER.findall(bare)) >= 2


def _opening_adjunct_end(text: str, start: int, end: int, lex: QuoteLexicon) -> int:
    """Past "During Monday's talks, " at the start of a statement: the setting, not the words."""
    comma = text.find(",", start, end)
    head = text[start:comma].split() if comma > 0 else []
    if head and len(head) <= lex.tag_subject_words and head[0].lower() in lex.not_clause_openers:
        return comma + 1
    return start


_NAME_SEGMENT = re.compile(r"\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*$")


def _named_with_title(text: str, start: int, comma: int) -> tuple[Span, int] | None:
    """`…, Bahrom Ashrafkhanov, Ambassador of Uzbekistan to Azerbaijan, said`: the name before
    a title in apposition, and the comma before the name."""
    title_comma = text.rfind(",", start, comma)
    name_comma = text.rfind(",", start, title_comma) if title_comma > start else -1
    if name_comma <= start:
        return None
    title = text[title_comma + 1 : comma].split()
    name = _NAME_SEGMENT.fullmatch(text, name_comma + 1, title_comma)
    if not title or not title[0][:1].isupper() or len(title) > 8 or name is None:
        return None
    return Span(name.start(1), name.end(1)), name_comma


# words that lengthen a body's name without making it a clause ("Ministry of Foreign Affairs of the
# Islamic Republic of Iran" is six words of name)
_NAME_LINKS = frozenset({"of", "the", "and", "for"})


def _subject_words(phrase: str) -> int:
    """How long a speech tag's subject is, its linking words not counted."""
    return sum(1 for w in phrase.split() if w.lower() not in _NAME_LINKS)


def _inverted_tag(text: str, verb_start: int, verb_end: int, sentence: Span, lex: QuoteLexicon) -> Span | None:
    """`…, said the US Department of State.`: the subject after a verb that follows a comma and
    ends the sentence."""
    if not re.search(r",\s*$", text[max(sentence.start, verb_start - 4) : verb_start]):
        return None
    end = _clause_end(text, verb_end, sentence.end, lex)
    subject = _trim(text, verb_end, end, 1)
    if subject is None:
        return None
    words = subject.of(text).split()
    if _subject_words(subject.of(text)) > lex.tag_subject_words or any(c in subject.of(text) for c in ",:;\"“”«»") or (
            words[0].lower() in lex.not_clause_openers):
        return None
    if all(w.lower().strip(".") in lex.time_words for w in words):
        return None  # "…, a spokesman at the Foreign Ministry, said Friday.": when, not who
    # a subject opens with an article or ends on a name ("said the ministry", "said Kremlin
    # spokesman Dmitry Peskov"); "said China was ready" is a reported clause
    if words[0].lower() not in ("the", "a", "an") and not words[-1][:1].isupper():
        return None
    return subject


def _tagged_statement(text: str, sentence: Span, lex: QuoteLexicon,
                      subject_of: Callable[[Span], Span | None] | None = None) -> Reported | None:
    """`The talks were useful, Wang said.`, `…, Mao told a regular press briefing, adding that …`,
    `…, said a State Department statement.`: the statement before its speech tag."""
    for verb in lex.verb.finditer(text, sentence.start, sentence.end):
        comma = text.rfind(",", sentence.start, verb.start())
        inverted = _inverted_tag(text, verb.start(), verb.end(), sentence, lex)
        if inverted is not None and comma > sentence.start:
            start = _opening_adjunct_end(text, sentence.start, comma, lex)
            clause = _trim(text, start, comma, _MIN_BARE_CLAUSE_WORDS)
            if clause is not None and not any(c in clause.of(text) for c in "\"“”«»"):
                return Reported(clause, Cue(inverted, Span(verb.start(), verb.end())))
            continue
        subject = _trim(text, comma + 1, verb.start(), 1) if comma > sentence.start else None
        if subject is None and subject_of is not None and comma > sentence.start:
            # "…, Bahrom Ashrafkhanov, Ambassador of Uzbekistan, said": the parse's subject,
            # past its apposition; the statement ends at the comma before it
            parsed = subject_of(Span(verb.start(), verb.end()))
            before = text.rfind(",", sentence.start, parsed.start) if parsed is not None else -1
            if parsed is not None and before > sentence.start and parsed.end <= comma:
                subject, comma = parsed, before
        if subject is None and comma > sentence.start:
            named = _named_with_title(text, sentence.start, comma)
            if named is not None:
                subject, comma = named
        if subject is None or _subject_words(subject.of(text)) > lex.tag_subject_words:
            continue
        after = _clause_end(text, verb.end(), sentence.end, lex)
        tail = text[verb.end() : after].strip(" .!?\n")
        # a colon or "that" after the tag introduces the words instead ("…, Aliyev said:")
        if any(c in tail for c in ",:") or len(tail.split()) > lex.tag_tail_words or re.search(r"\bthat\b", tail):
            continue
        start = _opening_adjunct_end(text, sentence.start, comma, lex)
        opening = text[start:comma].split()
        if opening and opening[0].lower().endswith("ing"):
            continue  # "Speaking at the meeting, he said": a participle sets the scene
        clause = _trim(text, start, comma, _MIN_BARE_CLAUSE_WORDS)
        if clause is not None and not any(c in clause.of(text) for c in "\"“”«»"):
            return Reported(clause, Cue(subject, Span(verb.start(), verb.end())))
    return None


# "…, the ministry said on Sunday, TASS reported.", "…, the ministry said, according to Xinhua.":
# the outlet that carried a statement, credited after the speaker's own tag
_OUTLET_CREDIT = re.compile(r",\s*(?:according\s+to\s+(?P<by>[^,;\n]{2,60}?)|(?P<outlet>[^,;\n]{2,60}?)\s+"
                            r"(?:reported|reports|said|says|wrote|writes)(?:\s+(?:on\s+)?\w+day)?)\s*[.!?]?\s*$")


def _credited_outlet(phrase: str) -> bool:
    """`TASS`, `Russian News Agency TASS`, `the Saudi Press Agency`, `state news agency IRNA`: a
    listed outlet, named with or without its description."""
    words = re.sub(r"^(?:the|a)\s+", "", phrase.strip(), flags=re.IGNORECASE).split()
    return any(is_known_outlet(" ".join(words[k:])) for k in range(len(words))) or \
        any(is_known_outlet(" ".join(words[:k])) for k in range(1, len(words)))


def _without_outlet_credit(text: str, sentence: Span, lex: QuoteLexicon) -> Span:
    """The sentence up to an outlet's credit that follows another speech tag: "Lavrov will visit
    Brazil, the ministry said on Sunday, TASS reported" and "According to the ministry, …, TASS
    reported" are the ministry's words, carried by TASS; with no tag of its own before the credit
    ("Lavrov will visit Brazil, TASS reported") the sentence stays whole."""
    m = _OUTLET_CREDIT.search(text, sentence.start, sentence.end)
    if m is None or not _credited_outlet(m.group("by") or m.group("outlet")):
        return sentence
    if lex.verb.search(text, sentence.start, m.start()) is None and \
            lex.according.search(text, sentence.start, m.start()) is None:
        return sentence
    return Span(sentence.start, m.start())


def find_reported(text: str, sentences: list[Span], lex: QuoteLexicon,
                  subject_of: Callable[[Span], Span | None] | None = None) -> list[Reported]:
    """Reported speech sentence by sentence; `subject_of` gives the parse's subject of a verb."""
    found = []
    for sentence in sentences:
        sentence = _without_outlet_credit(text, sentence, lex)
        words = sentence.of(text).split()
        if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= _HEADLINE_SHARE * len(words):
            continue  # a headline in title case reports nobody's words
        tagged = _tagged_statement(text, sentence, lex, subject_of)
        said = _said_that(text, sentence, lex)
        according = _according(text, sentence, lex)
        # with both, the source "according to" names stands behind the speaker's words; the
        # stage keeps it as a source only (`"…," according to a press release`)
        found.extend(r for r in (tagged, said or according, according if said else None) if r is not None)
    return found
