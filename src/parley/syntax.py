"""Reading a dependency parse: the tree of one `ParsedSentence` (from the `parse` stage).

    tree = Tree(doc.text, parsed)
    verb = tree.find_lemma("meet")
    tree.dependents(verb, "nsubj")          # subjects of "met"
    tree.prep_objects(verb, "with")         # objects of its "with"-phrase
    tree.extent(subject)                    # the Span of a subject's whole phrase

Indices are token positions inside the sentence. `to_spacy` rebuilds a spaCy `Doc` from the
parse, for spaCy's `DependencyMatcher`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .model import ParsedSentence, Span, Token

# dependency labels of a verb's subjects, objects and agent in spaCy's English scheme
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "obj", "dative", "attr", "oprd")


class Tree:
    """One parsed sentence with its children lists."""

    def __init__(self, text: str, parsed: ParsedSentence) -> None:
        self.text = text
        self.parsed = parsed
        self.tokens: list[Token] = _repaired(parsed.tokens)
        self._children: list[list[int]] = [[] for _ in self.tokens]
        for i, tok in enumerate(self.tokens):
            if tok.head != i:
                self._children[tok.head].append(i)

    def __len__(self) -> int:
        return len(self.tokens)

    def word(self, i: int) -> str:
        tok = self.tokens[i]
        return self.text[tok.start : tok.end]

    def lower(self, i: int) -> str:
        return self.word(i).lower()

    @property
    def roots(self) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if t.head == i]

    def head(self, i: int) -> int:
        return self.tokens[i].head

    def children(self, i: int) -> list[int]:
        return self._children[i]

    def dependents(self, i: int, *deps: str) -> list[int]:
        """Children of `i` whose label is one of `deps` (all children when none is given)."""
        return [c for c in self._children[i] if not deps or self.tokens[c].dep in deps]

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        while self.tokens[i].head != i and self.tokens[i].head not in seen:
            i = self.tokens[i].head
            seen.add(i)
            yield i

    def subtree(self, i: int) -> list[int]:
        """`i` and everything below it, in sentence order."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self._children[j])
        return sorted(out)

    def extent(self, i: int) -> Span:
        """The characters the phrase headed by `i` covers."""
        sub = self.subtree(i)
        return Span(self.tokens[sub[0]].start, self.tokens[sub[-1]].end)

    def conjuncts(self, i: int) -> list[int]:
        """`i` and the words coordinated with it ("Modi and Macron": both)."""
        out = [i]
        for j in out:
            out.extend(c for c in self.dependents(j, "conj") if c not in out)
        return out

    def prep_objects(self, i: int, *preps: str, via_object: bool = False) -> list[int]:
        """Objects of `i`'s prepositional phrases headed by one of `preps` ("with", "in").

        With `via_object`, also those the parser hung on `i`'s direct object: in "held talks
        in New Delhi" and "paid a visit to Paris" the place belongs to the light verb's noun.
        """
        heads = [i] + (self.dependents(i, "dobj") if via_object else [])
        found = []
        for h in heads:
            for p in self.dependents(h, "prep", "agent"):
                if not preps or self.lower(p) in preps:
                    found.extend(self.dependents(p, "pobj", "pcomp"))
        return sorted(found)

    def negated(self, i: int) -> bool:
        return bool(self.dependents(i, "neg"))

    def index_at(self, offset: int) -> int | None:
        """The token that covers a character offset, if any."""
        for i, tok in enumerate(self.tokens):
            if tok.start <= offset < tok.end:
                return i
        return None

    def within(self, span: Span) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if span.start <= t.start and t.end <= span.end]

    def find_lemma(self, *lemmas: str) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if t.lemma.lower() in lemmas]

    def to_spacy(self, vocab: Any) -> Any:
        """A spaCy `Doc` with this parse (words, spaces, heads, labels, tags, lemmas)."""
        from spacy.tokens import Doc

        words = [self.word(i) for i in range(len(self))]
        spaces = [self.tokens[i].end < self.tokens[i + 1].start for i in range(len(self) - 1)] + [False]
        return Doc(vocab, words=words, spaces=spaces, heads=[t.head for t in self.tokens],
                   deps=[t.dep for t in self.tokens], pos=[t.pos for t in self.tokens],
                   tags=[t.tag for t in self.tokens], lemmas=[t.lemma for t in self.tokens])


    # ---- helpers the events stage reads the parse with ----------------------------------

    def lemma(self, i: int) -> str:
        return self.tokens[i].lemma.lower()

    def dep(self, i: int) -> str:
        return self.tokens[i].dep

    def pos(self, i: int) -> str:
        return self.tokens[i].pos

    def tag(self, i: int) -> str:
        return self.tokens[i].tag

    def span(self, i: int) -> Span:
        return Span(self.tokens[i].start, self.tokens[i].end)

    def overlapping(self, span: Span) -> list[int]:
        """The tokens that share a character with `span`."""
        return [i for i, t in enumerate(self.tokens) if t.start < span.end and span.start < t.end]

    def phrase_head(self, indices: Iterable[int]) -> int | None:
        """Of a group of tokens (a phrase), the one whose head lies outside the group."""
        group = set(indices)
        for i in sorted(group):
            if self.tokens[i].head not in group or self.tokens[i].head == i:
                return i
        return None

    def is_verb(self, i: int) -> bool:
        return self.tokens[i].pos in ("VERB", "AUX")

    def passive(self, i: int) -> bool:
        """`was received by`, `were held`: a passive auxiliary or subject on the verb."""
        return bool(self.dependents(i, "auxpass", "nsubjpass"))

    def particles(self, i: int) -> list[str]:
        """Verb particles, lower case ("down" of "turned down", "off" of "called off")."""
        return [self.lower(c) for c in self.dependents(i, "prt")]

    def auxiliaries(self, i: int) -> list[int]:
        return self.dependents(i, "aux", "auxpass")

    def governor_chain(self, i: int, through: Iterable[str]) -> list[int]:
        """The heads above `i` reached while each step's label is in `through` ("to meet" in
        "agreed to meet": xcomp), nearest first."""
        allowed = set(through)
        out, j = [], i
        while self.tokens[j].head != j and self.tokens[j].dep in allowed and self.tokens[j].head not in out:
            j = self.tokens[j].head
            out.append(j)
        return out


    def coordinated_head(self, i: int) -> int:
        """The word `i` is coordinated with. In "agreeing to ramp up ties and signing 14
        agreements" the parser hangs "signing" on "ramp"; an -ing form cannot continue a
        to-infinitive, so it is coordinated with the infinitive's governor ("agreeing")."""
        h = self.tokens[i].head
        if self.tokens[i].dep != "conj" or h == i:
            return i
        if (self.tokens[h].dep == "xcomp" and self.tokens[i].tag != self.tokens[h].tag
                and any(self.lower(a) == "to" for a in self.dependents(h, "aux"))):
            return self.tokens[h].head
        return h


def _repaired(tokens: list[Token]) -> list[Token]:
    """The parse with one known slip of the small English model undone: "Erdogan called Mohamed
    bin Zayed on Monday" comes out with the called person as the predicate of a naming ("called
    him a liar": `oprd`); a proper name after an active "call" that has no object is its object."""
    out = tokens
    for i, tok in enumerate(tokens):
        if tok.dep != "oprd" or tok.tag not in ("NNP", "NNPS"):
            continue
        verb = tokens[tok.head]
        if verb.lemma != "call" or not verb.tag.startswith("VB") or verb.dep in ("acl", "relcl") or any(
                t.head == tok.head and t.dep in ("dobj", "auxpass", "nsubjpass") for t in tokens):
            continue
        if out is tokens:
            out = list(tokens)
        out[i] = replace(tok, dep="dobj")
    return _delegation_repaired(_visiting_repaired(out))


@lru_cache(maxsize=1)
def _leading() -> tuple[frozenset[str], frozenset[str]]:
    """The groups one leads abroad (event_triggers.toml [led]) and the verbs that lead them there
    (the triggers that need a `to` destination: "lead", "head")."""
    from .events.lexicon import trigger_lexicon  # (the events' lexicon)

    lex = trigger_lexicon()
    return lex.led_groups, frozenset(lemma for lemma, word in lex.verbs.items() if word.needs == "to_destination")


def _delegation_repaired(tokens: list[Token]) -> list[Token]:
    """"Sherman led a delegation to Phnom Penh", "will lead a Norwegian delegation on an official
    visit to China": the small model hangs the destination (or the visit) on the delegation; the
    leader goes there, so the phrase is the verb's."""
    out = tokens
    groups, leading_verbs = _leading()
    for j, tok in enumerate(tokens):
        if tok.dep != "prep" or tok.lemma.lower() not in ("to", "on"):
            continue
        group = tokens[tok.head]
        if group.lemma.lower() not in groups or group.dep != "dobj" or group.head == tok.head:
            continue
        verb = tokens[group.head]
        if verb.lemma.lower() not in leading_verbs or not verb.tag.startswith("VB"):
            continue
        if out is tokens:
            out = list(tokens)
        out[j] = replace(tok, head=group.head)
    return out


def _visiting_repaired(tokens: list[Token]) -> list[Token]:
    """"Xi met visiting Norwegian Prime Minister Erna Solberg in Beijing" comes out with
    "visiting" as a clause of its own ("met [while] visiting X"), the guest its object: the
    participle right after a verb with no object of its own, whose object is a titled name, is
    the guest's modifier ("the visiting prime minister"), the guest the verb's object, and the
    rest of the clause (place, day) the verb's. "We met visiting Bogota" (no title) is left."""
    out = tokens
    for i, tok in enumerate(tokens):
        if tok.lemma != "visit" or tok.tag != "VBG" or tok.dep not in ("advcl", "xcomp") or tok.head != i - 1:
            continue
        verb = tok.head
        if not tokens[verb].tag.startswith("VB") or any(t.head == verb and t.dep == "dobj" for t in tokens):
            continue
        guests = [j for j, t in enumerate(tokens) if t.head == i and t.dep == "dobj" and t.tag in ("NNP", "NNPS")]
        if not guests or not any(t.head == guests[0] and t.dep in ("compound", "amod") for t in tokens):
            continue
        guest = guests[0]
        if out is tokens:
            out = list(tokens)
        out[i] = replace(tok, dep="amod", head=guest)
        out[guest] = replace(tokens[guest], dep="dobj", head=verb)
        for j, t in enumerate(tokens):
            if t.head == i and j not in (i, guest):
                out[j] = replace(t, head=verb)
    return out


def trees(text: str, parses: Iterable[ParsedSentence]) -> Iterator[Tree]:
    for parsed in parses:
        yield Tree(text, parsed)
