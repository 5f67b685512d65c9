"""The reporting clause of a quotation, read on the dependency parse.

    "We are partners," Wang said.          said: its subject is the speaker
    Lavrov told reporters: "…"             told
    The UN chief reiterated …, saying "…"  saying -> reiterated (advcl): the chief
    Yi was quoted as saying "…"            saying -> as -> quoted: its passive subject
    "…," according to the ministry.        according to: its object

The verb of speech (`data/quotes.toml` lemmas) is the one that governs the quotation, or that the
quotation governs (a parser often hangs `he said` on the quoted clause); of several, the one
nearest the marks. Its subject, or the subject of the verb it depends on, names the speaker.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document, ParsedSentence, Span
from ..people.candidates import SpanSet
from ..resources import data_file
from ..syntax import Tree
from .attribution import Cue
from .lexicon import QuoteLexicon, quote_lexicon

# how far up from a verb of speech its subject may stand ("saying" -> "reiterated")
_CLIMB = 3
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acl", "relcl"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVE = frozenset({"which", "who", "that", "whom"})

# what stays out of the words that name a subject ("Wang, who arrived on Monday, said"); an
# apposition stays in ("the spokesperson, Mathew Miller, said")
_NOT_CORE = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "parataxis"})


@lru_cache(maxsize=1)
def _naming_lemmas() -> frozenset[str]:
    """Verbs of naming (`quotes.toml` cues.naming_lemmas): in the passive, their subject is what
    was named, never who spoke."""
    return frozenset(data_file("quotes.toml")["cues"]["naming_lemmas"])


def _reporter_of_content(tree: Tree, verb: int, head: int) -> int:
    """`X added that his administration is happy, adding, "…"`: the parser may hang the participle
    on the reported clause; the one who adds is the one who reported it, so the climb goes on to
    the verb of speech that clause is the content of."""
    if head == verb or tree.tokens[verb].tag != "VBG" or tree.tokens[verb].dep != "advcl":
        return head
    speech = quote_lexicon().speech_lemmas
    above = tree.head(head)
    if tree.tokens[head].dep == "ccomp" and tree.tokens[above].lemma.lower() in speech:
        return above
    # "The prime minister expressed optimism that trade might flourish, saying, "…"": the clause
    # is the content of a noun the verb of speech took ("optimism", "hope", "concern")
    if (tree.tokens[head].dep == "acl" and tree.tokens[above].dep == "dobj"
            and any(tree.lower(m) == "that" for m in tree.dependents(head, "mark"))
            and tree.tokens[tree.head(above)].lemma.lower() in speech):
        return tree.head(above)
    return head


@dataclass
class Trees:
    """The parse trees of one document, built once each."""

    doc: Document
    _built: dict[int, Tree] = field(default_factory=dict)

    def at(self, position: int) -> Tree | None:
        parsed: ParsedSentence | None = self.doc.parse_of(Span(position, position + 1))
        if parsed is None:
            return None
        key = parsed.span.start
        if key not in self._built:
            self._built[key] = Tree(self.doc.text, parsed)
        return self._built[key]


def _core(tree: Tree, i: int) -> Span:
    """The words of the phrase headed by `i`, without its clauses and appositions."""
    keep, stack = [], [i]
    while stack:
        j = stack.pop()
        keep.append(j)
        stack.extend(c for c in tree.children(j) if tree.tokens[c].dep not in _NOT_CORE or _by_its_doer(tree, c))
    keep.sort()
    return Span(tree.tokens[keep[0]].start, tree.tokens[keep[-1]].end)


def _by_its_doer(tree: Tree, c: int) -> bool:
    """A participle with its agent after the noun ("a statement released by the Tunisian
    presidency", "a statement issued by Bennett's office"): the doer names who speaks."""
    return tree.tokens[c].dep == "acl" and tree.tokens[c].tag == "VBN" and bool(tree.dependents(c, "agent"))


def _subject(tree: Tree, verb: int, inside: set[int], quoted: set[int] = frozenset()) -> int | None:
    """The subject of a verb of speech, or of the verb it hangs from; never a word of another
    quotation (`"…confirmed …," adding, "…"`: the parse may hang "adding" in the first one)."""
    head = verb
    for _ in range(_CLIMB + 1):
        if head in quoted:
            return None
        # "… which also quoted her as saying": the one quoted is the speaker
        if tree.tokens[head].lemma.lower() == "quote":
            quoted = [o for o in tree.dependents(head, "dobj") if o not in inside]
            if quoted:
                return quoted[0]
        # "Maduro, who was described by the Argentine leader as “a dictator”": the agent speaks,
        # not the one spoken of
        agents = [o for a in tree.dependents(head, "agent") for o in tree.dependents(a, "pobj")
                  if o not in inside and o not in quoted]
        passive = bool(tree.dependents(head, "nsubjpass", "auxpass"))
        if agents and passive:
            return agents[0]
        if passive and tree.tokens[head].lemma.lower() in _naming_lemmas():
            return None  # "Maduro was described as “a dictator”": by someone the sentence does not name
        subjects = [s for s in tree.dependents(head, *_SUBJECT_DEPS) if s not in inside and s not in quoted]
        if subjects:
            subject = subjects[0]
            # "a statement, which said …": the relative pronoun stands for the noun it follows
            if tree.lower(subject) in _RELATIVE and tree.tokens[head].dep == "relcl":
                return tree.head(head)
            return subject
        if tree.tokens[head].dep not in _CLIMB_DEPS or tree.head(head) == head:
            return _main_subject(tree, verb, inside, quoted)
        head = _reporter_of_content(tree, verb, tree.head(head))
    return _main_subject(tree, verb, inside, quoted)


def _main_subject(tree: Tree, verb: int, inside: set[int], quoted: set[int]) -> int | None:
    """`Khamenei described the relations as long-standing, deep-rooted, and good, stating, "…"`: a
    participle of speech after the main clause speaks for that clause's subject, wherever the
    parser hung it (here on an adjective of the `as` phrase)."""
    if tree.tokens[verb].tag != "VBG" or verb in quoted:
        return None
    root = next((a for a in tree.ancestors(verb) if tree.head(a) == a), None)
    if root is None or root in inside or root in quoted or not tree.tokens[root].pos == "VERB":
        return None
    if tree.tokens[root].lemma.lower() == "quote":
        # "The Miami Herald quoted a senior official saying ...": the one quoted speaks
        objects = [o for o in tree.dependents(root, "dobj") if o not in inside and o not in quoted]
        return objects[0] if objects else None
    subjects = [s for s in tree.dependents(root, *_SUBJECT_DEPS) if s not in inside and s not in quoted]
    return subjects[0] if subjects else None


def _according(tree: Tree, inside: set[int]) -> int | None:
    """`according to X`: X."""
    for i, tok in enumerate(tree.tokens):
        if i in inside or tree.lower(i) != "according":
            continue
        for to in tree.dependents(i, "prep"):
            objects = [o for o in tree.dependents(to, "pobj") if o not in inside]
            if objects:
                return objects[0]
    return None


def _linked(tree: Tree, verb: int, inside: set[int], roots: list[int]) -> bool:
    """The verb governs a word of the quotation, or a word of the quotation governs it."""
    return any(verb in tree.ancestors(r) for r in roots) or any(a in inside for a in tree.ancestors(verb))


def parse_cue(trees: Trees, quote: Span, lex: QuoteLexicon, others: "SpanSet | None" = None) -> Cue | None:
    """The cue of a quotation from the parse of the sentence(s) that hold its marks; `others`
    holds the other quotations, whose words never name a speaker."""
    seen: set[int] = set()
    for position in (quote.start, max(quote.start, quote.end - 1)):
        tree = trees.at(position)
        if tree is None or tree.parsed.span.start in seen:
            continue
        seen.add(tree.parsed.span.start)
        cue = _cue_in(tree, quote, lex, others)
        if cue is not None:
            return cue
    return None


def _cue_in(tree: Tree, quote: Span, lex: QuoteLexicon, others: "SpanSet | None" = None) -> Cue | None:
    inside = {i for i, t in enumerate(tree.tokens) if quote.start <= t.start and t.end <= quote.end}
    if not inside:
        return None
    quoted = {i for i, t in enumerate(tree.tokens) if i not in inside and others is not None
              and others.covering(t.start) is not None} if others is not None else set()
    roots = [i for i in inside if tree.head(i) not in inside or tree.head(i) == i]
    first, last = min(inside), max(inside)
    best: tuple[int, int] | None = None
    for i, tok in enumerate(tree.tokens):
        if i in inside or i in quoted or tok.pos not in ("VERB", "AUX", "NOUN") or tok.lemma.lower() not in lex.speech_lemmas:
            continue
        if tok.pos == "NOUN" and tok.lemma.lower() != "quote":
            continue
        if tok.lemma.lower() in lex.aspect_lemmas and tree.dependents(i, "xcomp"):
            continue  # "the EU will continue to help Ukraine "…"": no speech
        if not _linked(tree, i, inside, roots):
            continue
        distance = first - i if i < first else i - last
        if best is None or distance < best[0]:
            best = (distance, i)
    if best is not None:
        verb = best[1]
        subject = _subject(tree, verb, inside, quoted)
        if subject is not None:
            return Cue(_core(tree, subject), tree.tokens[verb].span, _head(tree, subject))
    source = _according(tree, inside)
    if source is not None:
        return Cue(_core(tree, source), None, _head(tree, source))
    return None


def _head(tree: Tree, i: int) -> Span:
    """The head word with the words glued to it by hyphens ("Secretary-General")."""
    start, end = tree.tokens[i].start, tree.tokens[i].end
    for j in range(i - 1, -1, -1):
        if tree.tokens[j].end == start and tree.tokens[j].dep in ("compound", "punct"):
            start = tree.tokens[j].start
        else:
            break
    return Span(start, end)


def _token_at(trees: Trees, span: Span) -> tuple[Tree, int] | None:
    """The parsed sentence and the index of its token at `span`'s start, where it was parsed."""
    tree = trees.at(span.start)
    if tree is None:
        return None
    i = tree.index_at(span.start)
    return None if i is None else (tree, i)


def parse_subject_cue(trees: Trees, verb: Span) -> Cue | None:
    """The cue of a verb of speech with its subject from the parse."""
    found = _token_at(trees, verb)
    if found is None:
        return None
    tree, i = found
    subject = _subject(tree, i, set())
    return Cue(_core(tree, subject), verb, _head(tree, subject)) if subject is not None else None


def not_a_verb(trees: Trees, word: Span) -> bool:
    """The parse reads the word the rules took for a verb of speech as something else
    ("Trump's remarks are …": a noun)."""
    found = _token_at(trees, word)
    return found is not None and found[0].tokens[found[1]].pos not in ("VERB", "AUX")


def parse_subject(trees: Trees, verb: Span) -> Span | None:
    """The subject of a verb of speech the rules found by its words (`Bayramov said that …`)."""
    found = _token_at(trees, verb)
    if found is None:
        return None
    tree, i = found
    subject = _subject(tree, i, set())
    return _core(tree, subject) if subject is not None else None
