"""The `quotes` stage: every quotation of the body with its speaker.

Speech transcripts first (an introduction or a label, then paragraphs of speech), then
quotations in marks outside them, then reported speech outside both. The speaker of a
quotation comes from its reporting clause read on the dependency parse (`parsecue.py`), or,
where the sentence was not parsed or the parse says nothing, from the words around the marks
(`attribution.py`); `speakers.py` turns the words that name a speaker into a name. Speakers
resolve in text order, so that "he" finds the speaker or sentence subject that came last
before it.

Every lookup by position goes through an index (`mentions.py`, `SpanSet`), so the stage is
linear in the length of the article.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Document, Quote, Span
from ..people.candidates import SpanSet
from ..people.gazetteer import country_of_place
from ..pipeline import Context
from ..syntax import Tree
from .attribution import Cue
from .direct import Attributed, attribute, kept
from .indirect import Reported, find_reported
from .lexicon import QuoteLexicon, quote_lexicon
from .marks import find_marked
from .parsecue import Trees, not_a_verb, parse_cue, parse_subject, parse_subject_cue
from .previous import previous_sentence_cue
from .speakers import Speakers, SpanLookup
from .transcript import Transcripts

__all__ = ["find_quotes"]


def _merge(text: str, parts: list[Span]) -> list[Span]:
    """Join the paragraphs of one turn where only white space stands between them."""
    merged: list[Span] = []
    for part in parts:
        if merged and not text[merged[-1].end : part.start].strip():
            merged[-1] = Span(merged[-1].start, part.end)
        else:
            merged.append(part)
    return merged


def _paraphrase(text: str, clause: Span, inside: list[Attributed], lex: QuoteLexicon) -> bool:
    """A reported clause that only frames a quotation (`He added that Azerbaijan is "…"`: a
    subject and a verb before a long quotation) leaves the quotation direct; one that says a
    good part in its own words (`Fidan said Türkiye would stand by Azerbaijan "in every
    field"`) is one indirect quote, fragment and all."""
    quoted = sum(len(i.marked.content.of(text).split()) for i in inside)
    own = len(clause.of(text).split()) - quoted
    return own >= lex.paraphrase_min_words and own >= lex.paraphrase_min_share * quoted


def _reported_outside(text: str, found: list[Reported], spoken: SpanSet, items: list[Attributed],
                      lex: QuoteLexicon) -> tuple[list[tuple[Reported, list[int]]], set[int], list[Reported]]:
    """Reported clauses that are not direct quotations, each with the quotation fragments in
    marks it absorbs; all absorbed fragments; and the sources named with "according to" around
    quotations in marks (no quotation of their own, but "the press release said" later is
    theirs)."""
    sources: list[Reported] = []
    contents = SpanSet([i.marked.content for i in items])
    position = {i.marked.content: k for k, i in enumerate(items)}
    kept_reported: list[tuple[Reported, list[int]]] = []
    absorbed: set[int] = set()
    for r in found:
        if spoken.overlaps(r.clause) or (r.cue.verb is not None and contents.covering(r.cue.verb.start)):
            continue
        if r.cue.verb is None and kept_reported and kept_reported[-1][0].clause.overlaps(r.clause):
            sources.append(r)
            continue
        touching = sorted(position[c] for c in contents.overlapping(r.clause))
        # a sentence split inside the marks (`"at every step.` | `"`) cuts the clause short of
        # the quotation it opens: the clause runs to the quotation's closing mark
        end = max([r.clause.end] + [items[k].marked.end for k in touching
                                    if items[k].marked.content.start >= r.clause.start])
        r = Reported(Span(r.clause.start, end), r.cue, r.alternative)
        inside = [k for k in touching if r.clause.contains(items[k].marked.content)]
        # a source named with "according to" stands for the narration, not for a speaker's
        # words: its quotations in marks stay direct
        if touching and (r.cue.verb is None or inside != touching
                         or not _paraphrase(text, r.clause, [items[k] for k in inside], lex)):
            if r.cue.verb is None:
                sources.append(r)
            continue
        kept_reported.append((r, inside))
        absorbed.update(inside)
    return kept_reported, absorbed, sources


def _note_documents(text: str, paragraphs: list[Span], speakers: Speakers, quoted: SpanLookup,
                    lex: QuoteLexicon) -> None:
    """A document named with its issuer where no quotation hangs on it ("A statement from the
    President’s Press Secretary Karine Jean-Pierre, confirmed his much-anticipated state visit",
    The Irish Post, eval 1563): "the statement confirmed" and "it added" after it are the issuer's."""
    for para in paragraphs:
        for m in lex.document_from.finditer(text, para.start, para.end):
            who = Span(m.start("who"), m.end("who"))
            if quoted.overlaps(who):
                continue
            speakers.note_issuer(m.start(), speakers.resolve(who))


def _note_subjects(sentences: list[Span], speakers: Speakers, quoted: SpanLookup, trees: Trees) -> None:
    """Each sentence's subject, where the parse names a person there, else its first named
    person, outside quotations, is there for a later "he" ("Speaking to reporters after meeting
    Riaz Hamidullah, Pranay Verma reiterated ...": Verma)."""
    for sentence in sentences:
        if _spoken_in_first_person(trees, sentence, quoted):
            # "I was happy to be received by the President of China Xi Jinping" in a speaker's
            # unmarked words (Africanews, eval 1056): the one it names is no one a later "he" is
            continue
        first = _subject_person(trees, sentence, speakers, quoted)
        pronoun = _pronoun_subject(trees, sentence, quoted) if first is None else None
        if pronoun is not None:
            # "“Questions were not allowed,” he described his meeting with US President Barack
            # Obama" (Helsinki Times, eval 1638): the one "he" stands for is still the subject;
            # not one named after the pronoun, but one before it ("After Trump defeated Clinton,
            # he told Nazarbayev", Fox News, eval 1216)
            first = speakers.first_person_in(Span(sentence.start, pronoun.start), quoted)
            if first is None:
                continue
        first = first or speakers.first_person_in(sentence, quoted)
        if first is not None:
            speakers.note(first.span.start, first.actor.name)


def _main_subjects(trees: Trees, sentence: Span) -> tuple[Tree | None, list[tuple[int, int]]]:
    """The sentence's parse and the (main verb, subject) pairs of its main verbs, if it was parsed."""
    tree = trees.at(sentence.start)
    if tree is None:
        return None, []
    return tree, [(root, s) for root in tree.roots if tree.is_verb(root)
                  for s in tree.dependents(root, "nsubj", "nsubjpass")]


def _spoken_in_first_person(trees: Trees, sentence: Span, quoted: SpanLookup) -> bool:
    """The sentence's main verb has a first-person subject outside quotation marks ("I visited
    China last year"; not `she said, "I support the president."`)."""
    tree, pairs = _main_subjects(trees, sentence)
    return any(tree.lower(s) in ("i", "we") and sentence.contains(tree.span(s)) and not quoted.overlaps(tree.span(s))
               for _, s in pairs)


def _subject_person(trees: Trees, sentence: Span, speakers: Speakers, quoted: SpanLookup):
    """The person named in the subject of the sentence's main verb, if the sentence was parsed."""
    tree, pairs = _main_subjects(trees, sentence)
    for _, subject in pairs:
        extent = tree.extent(subject)
        if sentence.contains(extent):
            named = speakers.first_person_in(extent, quoted, described=True)
            if named is not None:
                return named
    return None


def _pronoun_subject(trees: Trees, sentence: Span, quoted: SpanLookup) -> Span | None:
    """The "he" or "she" that is the subject of the sentence's main verb, outside quotation marks."""
    tree, pairs = _main_subjects(trees, sentence)
    for root, subject in pairs:
        if tree.lower(subject) in ("he", "she") and sentence.contains(tree.span(root)) \
                and not quoted.overlaps(tree.span(root)):
            return tree.span(subject)
    return None


def _position(cue: Cue | None, fallback: int) -> int:
    return cue.subject.start if cue is not None else fallback


def _reported_with_parse(trees: Trees, r: Reported) -> Reported:
    if r.cue.verb is None:
        return r
    cue = parse_subject_cue(trees, r.cue.verb)
    if cue is None or cue.subject.overlaps(r.clause):
        return r
    return Reported(r.clause, cue, r.cue)


# "Saudi Press Agency (SPA)", "the Kuwait News Agency (KUNA)": a name the article abbreviates
_DEFINED_ABBREVIATION = re.compile(
    r"\b(?P<name>[A-Z][\w'’.&-]*(?:[ \t]+(?:(?:of|for|and|the|on|de|al)[ \t]+)?[A-Z][\w'’.&-]*){1,6})"
    r"[ \t]*\((?P<short>[A-Z]{2,6})\)")


def _defined_abbreviations(text: str) -> dict[str, str]:
    """The names an article defines an abbreviation for, by abbreviation: a source first named in
    full and then by its letters ("SPA said") is the one source, by its full name. The letters
    must be the name's, in order, from its first word ("Downing Street (PA)" is no definition)."""
    out: dict[str, str] = {}
    for m in _DEFINED_ABBREVIATION.finditer(text):
        name = re.sub(r"^The\s+", "", m.group("name"))
        short = m.group("short")
        if short in out or name[:1] != short[:1] or not _letters_in_order(short, name):
            continue
        out[short] = name
    return out


def _letters_in_order(short: str, name: str) -> bool:
    letters = iter(name.upper())
    return all(ch in letters for ch in short)


def _speaker(speakers: Speakers, cues: list[Cue]) -> str | None:
    """The first person the cues name; else the first name they give at all."""
    found = [(c, speakers.resolve_cue(c)) for c in cues]
    # a person named inside the subject the first cue resolved to a body is no speaker of its
    # own ("The Malaysian Foreign Ministry (Wisma Putra), in a statement, said")
    first, named = found[0]
    found = [(c, f) for k, (c, f) in enumerate(found)
             if k == 0 or named is None or not first.subject.contains(c.subject)]
    people = [(c, f) for c, f in found if f in speakers.female]
    cue, speaker = people[0] if people else next(((c, f) for c, f in found if f), (cues[0], None))
    speakers.chose(cue, speaker)
    return speaker


Pending = tuple[int, Quote, list[Cue], Quote | None]
# the leader of a pending entry that is no quotation, only a source to note for later ones
_SOURCE_ONLY = Quote(None, Span(0, 0))


def _with_paragraph_leaders(text: str, paragraphs: list[Span], items: list[Attributed],
                            marked_quotes: dict[int, Quote], pending: list[Pending]) -> list[Pending]:
    """A follower is resolved after its leader; a quotation with no cue that opens a paragraph
    goes on from the last quotation of the paragraph before (`He also emphasized that …` then
    `"In this context, …"`)."""
    by_start = sorted((p[1].span.start, i) for i, p in enumerate(pending))
    starts = [s for s, _ in by_start]
    position = {id(p[1]): p[0] for p in pending}
    cued = {id(p[1]): bool(p[2]) or p[3] is not None or p[1].speaker is not None for p in pending}
    leaders: dict[int, Quote] = {}
    for k, item in enumerate(items):
        quote = marked_quotes.get(k)
        # a quotation that goes on from one too short to keep ("“We cooperate." and, in the next
        # paragraph, "“We work together on areas …"): the one it goes on from opens the run
        first, follows = item, item.follows
        while follows is not None and marked_quotes.get(follows) is None and items[follows].cue is None:
            first, follows = items[follows], items[follows].follows
        if quote is None or item.cue is not None or follows is not None or first.marked.paragraph == 0:
            continue
        para = paragraphs[first.marked.paragraph]
        if text[para.start : first.marked.opening].strip():
            continue
        back = first.marked.paragraph - 1
        if back > 0 and _subheading(paragraphs[back].of(text)):
            back -= 1  # a subheading set between the quotation's paragraphs ("A centuries-old relationship")
        before = paragraphs[back]
        i = bisect_left(starts, before.start)
        earlier = [pending[j][1] for _, j in by_start[i:] if pending[j][1].span.end <= para.start]
        # the quotation before names its speaker itself (a cue, or a leader of its own)
        if earlier and (cued.get(id(earlier[-1])) or id(earlier[-1]) in leaders):
            leaders[id(quote)] = earlier[-1]
    chosen = {id(p[1]): p[3] or leaders.get(id(p[1])) for p in pending}
    out = []
    for pos, quote, cues, _ in pending:
        leader = chosen[id(quote)]
        # a follower is resolved after its leader, and after the leader's own leader (three
        # paragraphs of one quotation with the tag after the last)
        step, seen = leader, set()
        while step is not None and id(step) not in seen:
            seen.add(id(step))
            pos = max(pos, position.get(id(step), pos))
            step = chosen.get(id(step))
        out.append((pos, quote, cues, leader))
    return out


# a subheading inside a body: a few words with no end of sentence and no quotation marks
SUBHEADING_MAX_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?:;,\"“”'’»)]\s*$")


def _subheading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= SUBHEADING_MAX_WORDS and not _SENTENCE_END.search(line) \
        and not any(c in line for c in "\"“”«»") and line.strip()[:1].isupper()


# a place in capitals that opens the body ("BERLIN (Sputnik) -", "BAKU, Azerbaijan,"), where the
# layout stage found no dateline
_OPENING_PLACE = re.compile(r"\s*(?:date \d{4}-\d\d-\d\d\s+)?([A-Z][\w.'\- ]{2,30}?)\s*[,(—–:-]")


# a body typed at a fixed width ("…, the official said, speaking on condition\nof anonymity."):
# most lines of such a length, many of them ending inside a sentence
_WRAPPED_MIN_LINES = 8
_WRAPPED_WIDTH = (40, 90)
_WRAPPED_SHARE = 0.6
_WRAPPED_OPEN_SHARE = 0.4
_LINE_END = re.compile(r"[.!?…:][\"”»’)\]]*\s*$")


def _unwrapped(text: str, paragraphs: list[Span]) -> list[Span]:
    """Lines of a body wrapped at a fixed width (old wire copy) joined into the paragraphs they
    break: a line that ends inside a sentence goes on with the next. Other bodies as they are."""
    if len(paragraphs) < _WRAPPED_MIN_LINES:
        return paragraphs
    sized = sum(_WRAPPED_WIDTH[0] <= len(p.of(text)) <= _WRAPPED_WIDTH[1] for p in paragraphs)
    open_ended = sum(not _LINE_END.search(p.of(text)) for p in paragraphs)
    if sized < _WRAPPED_SHARE * len(paragraphs) or open_ended < _WRAPPED_OPEN_SHARE * len(paragraphs):
        return paragraphs
    joined: list[Span] = []
    for p in paragraphs:
        last = joined[-1] if joined else None
        if (last is not None and text[last.end : p.start].count("\n") == 1 and not text[last.end : p.start].strip()
                and not _LINE_END.search(last.of(text))):
            joined[-1] = Span(last.start, p.end)
        else:
            joined.append(p)
    return joined


def _joined_sentences(text: str, sentences: list[Span]) -> list[Span]:
    """The sentences of a wrapped body, where the sentence splitter stopped at each line end."""
    joined: list[Span] = []
    for sentence in sentences:
        last = joined[-1] if joined else None
        gap = text[last.end : sentence.start] if last is not None else ""
        if last is not None and gap.count("\n") == 1 and not gap.strip() and not _LINE_END.search(last.of(text)):
            joined[-1] = Span(last.start, sentence.end)
        else:
            joined.append(sentence)
    return joined


# how far above the body the lines of its heading may reach
_HEADING_REACH = 600


def _heading(doc: Document, paragraphs: list[Span]) -> str | None:
    """The headline and the lines between it and the body ("President Macron’s statement to
    the press during …", "New Delhi, 10 March 2018"), which the layout keeps out of the body."""
    if not paragraphs:
        return doc.title
    start = doc.title_span.end if doc.title_span is not None and doc.title_span.end <= paragraphs[0].start else 0
    start = max(start, paragraphs[0].start - _HEADING_REACH)
    between = doc.text[start : paragraphs[0].start].strip()
    return "\n".join(x for x in (doc.title, between) if x) or None


def _home(doc: Document, text: str, paragraphs: list[Span]) -> str | None:
    """The state of the article's dateline."""
    if doc.dateline is not None and doc.dateline.place:
        return country_of_place(doc.dateline.place)
    for para in paragraphs[:3]:
        m = _OPENING_PLACE.match(text, para.start, para.end)
        if m:
            return country_of_place(m.group(1))
    return None


def find_quotes(doc: Document, ctx: Context) -> Document:
    lex: QuoteLexicon = ctx.resource("quotes.lexicon", quote_lexicon)
    text = doc.masked_body()
    lines = doc.analysed_body_spans()
    paragraphs = _unwrapped(text, lines)
    sentences = doc.sentences if len(paragraphs) == len(lines) else _joined_sentences(text, doc.sentences)
    speakers = Speakers(doc.text, doc.actors, lex, _home(doc, text, paragraphs), paragraphs)
    trees = Trees(doc)

    turns = Transcripts(text, paragraphs, speakers, lex, _heading(doc, paragraphs)).turns()
    # a question from the floor is nobody's quotation, but the words it quotes in marks are
    # ("Erdogan said he wanted to do "everything possible …". What is your comment?")
    spoken = SpanSet([p for t in turns if not t.question for p in t.parts])
    marked = [m for m in find_marked(text, paragraphs, lex) if not spoken.overlaps(m.content)]
    contents = SpanSet([m.content for m in marked])
    sentence_starts = [s.start for s in sentences]
    items = attribute(text, paragraphs, marked, lex, lambda content: parse_cue(trees, content, lex, contents))
    found = [_reported_with_parse(trees, r)
             for r in find_reported(text, sentences, lex, lambda verb: parse_subject(trees, verb))
             if r.cue.verb is None or not not_a_verb(trees, r.cue.verb)]
    reported, absorbed, sources = _reported_outside(text, found, spoken, items, lex)
    direct = [p for t in turns if not t.question for p in t.parts] + [
        i.marked.content for k, i in enumerate(items) if k not in absorbed]
    quoted = SpanLookup(direct + [r.clause for r, _ in reported])
    _note_subjects(sentences, speakers, quoted, trees)
    _note_documents(text, paragraphs, speakers, quoted, lex)

    # (where the speaker is named, the quote, the cues that name its speaker, the quote it goes on)
    pending: list[tuple[int, Quote, list[Cue], Quote | None]] = []
    for turn in turns:
        if turn.question:
            continue
        for part in _merge(text, turn.parts):
            quote = Quote(turn.speaker, part, "direct", turn.cue.span)
            pending.append((turn.cue.subject.start, quote, [], None))
    marked_quotes: dict[int, Quote] = {}
    for r, ks in reported:
        quote = Quote(None, r.clause, "indirect", r.cue.span)
        pending.append((r.cue.subject.start, quote, [c for c in (r.cue, r.alternative) if c], None))
        # a quotation that goes on after a fragment absorbed here shares its speaker
        marked_quotes.update((k, quote) for k in ks)
    for k, item in enumerate(items):
        if k in absorbed or not kept(item, text, lex):
            continue
        quote = Quote(None, item.marked.content, "direct", item.cue.span if item.cue else None)
        marked_quotes[k] = quote
        leader = marked_quotes.get(item.follows) if item.follows is not None else None
        cues = [c for c in (item.cue, item.alternative) if c]
        if not cues and leader is None and item.follows is not None and item.follows not in marked_quotes:
            # `"It's impossible," Mulino told a news conference. "I cannot negotiate …"`: the tag
            # after the words before, too few to keep as a quotation, names who goes on (not a
            # tag before a term in marks: `confirmed his "resolute commitment"`)
            short = items[item.follows]
            if short.cue is not None and short.cue.span.start >= short.marked.content.end:
                cues = [c for c in (short.cue, short.alternative) if c]
        if not cues and leader is None:
            # "Ramaphosa said it is important … to be mended. "(This) was an issue …"": the
            # tag of the sentence before (a leader in the paragraph before comes first)
            before = previous_sentence_cue(text, sentences, sentence_starts, item.marked, trees, lex)
            cues = [before] if before is not None else []
        pending.append((_position(item.cue, item.marked.opening), quote, cues, leader))

    pending = _with_paragraph_leaders(text, paragraphs, items, marked_quotes, pending)
    for source in sources:
        pending.append((source.cue.subject.start, Quote(None, source.clause, "indirect"), [source.cue], _SOURCE_ONLY))
    for position, quote, cues, leader in sorted(pending, key=lambda p: (p[0], p[1].span.start)):
        if leader is _SOURCE_ONLY:
            _speaker(speakers, cues)
            continue
        if leader is not None:
            quote.speaker = leader.speaker
        elif cues:
            quote.speaker = _speaker(speakers, cues)
        speakers.note(position, quote.speaker)
    expanded = _defined_abbreviations(text)
    for _, quote, _, _ in pending:
        if quote.speaker in expanded:
            quote.speaker = expanded[quote.speaker]
    # reported speech is words put in someone's mouth: without a speaker ("It is expected that
    # …", "…, according to the ministry" with no ministry to name) there is nothing to report
    doc.quotes = sorted((p[1] for p in pending if p[3] is not _SOURCE_ONLY
                         and (p[1].kind == "direct" or p[1].speaker is not None)), key=lambda q: q.span.start)
    return doc
