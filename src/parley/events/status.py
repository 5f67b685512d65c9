"""Held, planned, recalled or not happening at all: the status words of `data/event_status.toml`
read on the trigger's chain in the parse.

The chain is the trigger, its light verb, and what it hangs from by complement ("agreed to
meet", "refused to attend the talks") or through a noun ("an invitation to the talks", "a
call for an emergency meeting", "the summit was postponed"), up to the first verb with a tense
of its own. A negation, a refusal, a cancellation, a demand, a wish, an offer or a condition on
that chain makes the event none (`blocked`); a future, an announcement or an invitation makes it
`planned`; a recollection or a past perfect makes it `referenced`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..syntax import Tree
from .lexicon import StatusLexicon, status_lexicon
from .triggers import RANK_WORDS, Hit, planning_participles

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
PAST_TAGS = ("VBD",)
# how the chain climbs from a word to the one it depends on
COMPLEMENT_DEPS = ("xcomp", "advcl", "acomp", "pcomp")


@dataclass(frozen=True)
class Reading:
    """What the words say of an event: its cue and its tense."""

    cue: str | None = None        # "blocked", "planned", "referenced" or None
    tense: str | None = None      # "past", "present", "future" or None
    # the word that governs the event and set its cue ("declined" in "declined to meet", "urged"
    # in "urged the two sides to hold talks", "cancelled" in "cancelled the visit"), so that a
    # meeting that does not happen can be coded as what the governor does (a refusal, an
    # appeal, reduced relations); None when the cue is the event's own (a negation, a modal)
    governor: int | None = None


def _keys(t: Tree, i: int, via_prep: int | None = None) -> set[str]:
    """A verb's lemma, with its particles ("turn_down") and the preposition the chain came up
    through or its own ("call_for", "call_on")."""
    lemma = t.lemma(i)
    keys = {lemma}
    keys |= {f"{lemma}_{p}" for p in t.particles(i)}
    if via_prep is not None:
        keys.add(f"{lemma}_{t.lower(via_prep)}")
    keys |= {f"{lemma}_{t.lower(p)}" for p in t.dependents(i, "prep")}
    # "looks forward to meeting": the adverb makes the verb ("look_forward")
    keys |= {f"{lemma}_{t.lower(a)}" for a in t.dependents(i, "advmod") if t.lower(a) == "forward"}
    return keys


class _Chain:
    def __init__(self, t: Tree, lex: StatusLexicon) -> None:
        self.t = t
        self.lex = lex
        self.blocked = False
        self.planned = False
        self.referenced = False
        self.tense: str | None = None
        self.governor: int | None = None
        # the verb the event noun is the active subject of ("The visit follows an invitation",
        # "The talks aim to"): it tells of the event, it does not govern it
        self.subject_of: int | None = None

    def governed(self, cue: str, word: int) -> None:
        """The cue a governing word sets; the first such word is the governor."""
        setattr(self, cue, True)
        if self.governor is None:
            self.governor = word

    def modifiers(self, noun: int) -> None:
        t, lex = self.t, self.lex
        for c in t.children(noun):
            if t.dep(c) not in ("amod", "compound", "nmod", "det", "advmod", "neg"):
                continue
            w = t.lower(c)
            if w in lex.blocked_modifiers or t.dep(c) == "neg":
                self.blocked = True
            elif w in lex.course_modifiers and (t.lemma(noun) in lex.course_nouns or t.lower(noun) in lex.course_nouns):
                self.blocked = True  # "the ongoing peace negotiations": a course of talks, not one event
            elif w in lex.planned_modifiers:
                self.planned = True
            elif w in lex.referenced_modifiers:
                self.referenced = True

    def _habitual(self, v: int) -> bool:
        """`have met four times`, `meet regularly`: a habit or a count, not one event."""
        t, lex = self.t, self.lex
        for c in t.children(v):
            if t.dep(c) == "advmod" and t.lower(c) in lex.habitual_adverbs:
                return True
            if t.dep(c) in ("npadvmod", "dobj", "pobj") and self._count(c):
                return True
            if t.dep(c) == "prep" and any(self._count(o) for o in t.dependents(c, "pobj")):
                return True
            if t.dep(c) == "dobj" and t.lemma(c) == "number":
                return True
        return False

    def _count(self, n: int) -> bool:
        """`four times`, `on several occasions`, `every time`: a count; `for the first time`, `at
        the same time`: one occasion."""
        t, lex = self.t, self.lex
        if t.lemma(n) not in lex.habitual_counts:
            return False
        return t.lower(n) in lex.habitual_plural_counts or any(
            t.lower(d) in lex.habitual_count_words for d in t.dependents(n, "det", "amod", "nummod"))

    def verb(self, v: int, own: bool, via_prep: int | None = None) -> bool:
        """Read one verb of the chain; True when it has a tense of its own (the chain ends)."""
        t, lex = self.t, self.lex
        keys = _keys(t, v, via_prep) if v != self.subject_of else set()
        if keys & lex.blocked_governors and not own:
            self.governed("blocked", v)
        elif keys & lex.planned_governors and not own:
            self.governed("planned", v)
        elif keys & lex.referenced_governors and not own:
            self.governed("referenced", v)
        if t.lemma(v) in lex.blocked_adjectives and not own:
            self.governed("blocked", v)
        if not own and any(t.lemma(c) in lex.blocked_adjectives for c in t.dependents(v, "acomp")):
            self.governed("blocked", v)
        if any(t.lemma(c) in lex.planned_governors for c in t.dependents(v, "acomp")):
            self.governed("planned", v)  # "is due in Algiers for talks"
        if t.negated(v) or self._habitual(v):
            self.blocked = True
        if any(t.lower(c) in lex.referenced_adverbs and not t.children(c) for c in t.dependents(v, "advmod")):
            self.referenced = True  # "held in Belarus earlier" (not "earlier in the day")
        for m in t.dependents(v, "mark"):
            if t.lower(m) in lex.blocked_marks:
                self.blocked = True
        auxes = t.auxiliaries(v)
        finite = t.tag(v) in FINITE_TAGS or t.head(v) == v
        for a in auxes:
            word = t.lower(a)
            lemma = t.lemma(a)
            if word in lex.blocked_modals or lemma in lex.blocked_modals:
                self.blocked = True
            elif word in lex.planned_modals or lemma in lex.planned_modals:
                self.planned = True
                self.tense = self.tense or "future"
            elif word == "had" and t.tag(v) == "VBN":
                self.referenced = True
                self.tense = self.tense or "past"
            if t.tag(a) in FINITE_TAGS:
                finite = True
                if self.tense is None:
                    self.tense = "past" if t.tag(a) == "VBD" else "present"
        if t.head(v) == v and t.tag(v) == "VB" and t.dependents(v, "nsubj") \
                and any(t.lower(a) == "to" for a in auxes):
            # "Putin to meet Erdogan in Sochi on Friday", "Erdogan to pay visits to Ethiopia,
            # Djibouti and Somalia" (Geeska Afrika, eval 1656): the headline's future, no finite verb
            self.planned = True
            self.tense = self.tense or "future"
        # "is to visit", "are due to meet": be with a to-complement
        if t.lemma(v) == "be" and any(t.dep(c) == "xcomp" for c in t.children(v)) and not own:
            self.planned = True
        if self.tense is None and t.tag(v) in FINITE_TAGS:
            self.tense = "past" if t.tag(v) in PAST_TAGS else "present"
        return finite


def _mandated(t: Tree, clause: int, governor: int, lex: StatusLexicon) -> bool:
    """A that-clause in the bare form under a verb of demand (a mandative subjunctive: "demanded
    that Latvia expel", "insisted that the leaders meet"): no auxiliary, not the -s form, under a
    governor that blocks ("demand", "insist", "urge", "propose")."""
    return t.tag(clause) in ("VB", "VBP") and not t.dependents(clause, "aux", "auxpass") \
        and bool(_keys(t, governor, None) & lex.blocked_governors)


def _ranked(t: Tree, verb: int, noun: int) -> bool:
    """"the first (Arab leader) to visit", "the only one to call": an infinitive on a rank."""
    return any(t.lower(a) == "to" for a in t.dependents(verb, "aux")) and (
        t.lower(noun) in RANK_WORDS or any(t.lower(c) in RANK_WORDS for c in t.dependents(noun, "amod")))


def read_status(t: Tree, hit: Hit) -> Reading:
    lex = status_lexicon()
    chain = _Chain(t, lex)
    i = hit.index
    if hit.nominal:
        chain.modifiers(i)
        for c in planning_participles(t, i):
            if not t.negated(c):
                chain.governed("planned", c)  # "Macron's visit, scheduled for October 28 to 30"
        for c in t.dependents(i, "relcl", "acl"):
            if any(t.lower(a) == "to" for a in t.dependents(c, "aux", "auxpass")) and (
                    t.passive(c) or t.lemma(c) in ("take", "happen", "occur", "begin", "start", "open", "convene")):
                # "talks to be held", "a conference to take place"; not a purpose ("held
                # extensive discussions to strengthen bilateral partnership")
                chain.planned = True
    # the trigger and its light verb are the event's own words; what they hang from governs them
    current = hit.predicate
    own = True
    if hit.host_verb is not None:
        # "At a meeting with Putin ..., Modi told": the tense of the verb it sets the scene for
        if not _purpose_of(t, i, hit.host_verb):
            chain.verb(hit.host_verb, own=True)
            return _reading(chain)
        # "is set to travel to Delhi for talks": talks that are a journey's purpose take its
        # tense and what governs it (not "agreed to meet during a phone conversation")
        current = hit.host_verb
    elif hit.nominal and current == i:
        current = _climb_from_noun(t, chain, i)
        own = False
        if current is None:
            return _reading(chain)
    while True:
        finite = chain.verb(current, own)
        head, dep = t.head(current), t.dep(current)
        if dep == "ccomp" and head != current and _mandated(t, current, head, lex):
            # "the ARSK is demanding that the Kazakh Foreign Ministry declare ...", "Moscow
            # demanded that Latvia expel the diplomats": what is demanded is not done
            chain.governed("blocked", head)
            break
        if finite:
            break
        if head == current:
            break
        if dep == "advcl" and t.tag(current) == "VBG" and t.is_verb(head) and not t.dependents(current, "aux", "mark"):
            # "is recalling its ambassador, accusing Germany of hostile acts": a participle of the
            # subject's own act at the same time takes the tense of the clause, not what its verb
            # governs ("recall" as remembering would make the accusation a memory); not one the
            # parser hung on a governor through "to" ("looked forward to warmly welcoming")
            current, own = head, True
            continue
        if dep in COMPLEMENT_DEPS and (t.is_verb(head) or t.pos(head) == "ADJ"):
            current, own = head, False
            continue
        if dep == "conj" and t.is_verb(head):
            current = t.coordinated_head(current)  # "met Lavrov and held talks": the first verb's tense
            continue
        if dep == "relcl" and _ranked(t, current, head):
            # "Abdullah will be the first Arab leader to visit the White House": the tense of
            # the clause the rank is said of
            nxt = _climb_from_noun(t, chain, head)
            if nxt is None:
                break
            current, own = nxt, False
            continue
        if dep in ("ccomp", "parataxis", "relcl", "csubj"):
            break  # reported speech, a new clause: its tense is its own
        if dep == "acl" and t.tag(current) == "VBG" and not t.is_verb(head):
            # "Macron, visiting Kinshasa, did not condemn Rwanda": a participle set beside a name
            # tells what its person is doing; the clause's negation or modal is not the visit's
            break
        # "an invitation to visit", "the agreement on holding the summit", "ready to meet"
        nxt = _climb_from_noun(t, chain, current)
        if nxt is None:
            break
        current, own = nxt, False
    return _reading(chain)


def _purpose_of(t: Tree, noun: int, verb: int) -> bool:
    """"travel to Delhi for talks": the event noun is the purpose of the verb it hangs on."""
    prep = t.head(noun)
    return t.dep(noun) == "pobj" and t.lower(prep) == "for" and t.head(prep) == verb


def _climb_from_noun(t: Tree, chain: _Chain, i: int) -> int | None:
    """From a noun (or a prepositional complement) up to the verb that governs it, reading the
    words in between ("an invitation to the talks", "a call for a meeting", "ready for talks").

    Returns the verb whose tense is the event's ("the summit was postponed", "the visit will
    serve as"), or None where the event is that verb's object or adjunct ("Mao described
    Monday's talks", "after extensive talks").
    """
    lex = chain.lex
    current, via_prep = i, None
    for _ in range(8):
        head, dep = t.head(current), t.dep(current)
        if head == current:
            return None
        if dep in ("pobj", "pcomp"):
            if current == i and t.lower(head) in lex.planned_preps:
                chain.governed("planned", head)
            current, via_prep = head, head
            continue
        if t.is_verb(head):
            keys = _keys(t, head, via_prep)
            if dep == "nsubj":
                # (what follows, marks or aims at something is not recalled, planned or blocked by
                # it: "The visit follows an invitation from the King", "The talks aim to")
                chain.subject_of, keys = head, set()
            if keys & lex.blocked_governors:
                chain.governed("blocked", head)
            elif keys & lex.referenced_governors:
                chain.governed("referenced", head)
            elif keys & lex.planned_governors:
                chain.governed("planned", head)
            # "the summit was postponed", "the visit will serve as": the verb's tense is the
            # event's; "Mao described Monday's talks", "after extensive talks": it is not
            return head if dep in ("nsubj", "nsubjpass", "attr") else None
        word, lemma = t.lower(head), t.lemma(head)
        if t.pos(head) == "ADJ":
            if lemma in lex.blocked_adjectives:
                chain.governed("blocked", head)
        elif lemma in lex.blocked_nouns or word in lex.blocked_nouns:
            chain.governed("blocked", head)
        elif lemma in lex.planned_nouns or word in lex.planned_nouns:
            chain.governed("planned", head)
        elif lemma in lex.referenced_nouns or word in lex.referenced_nouns:
            chain.governed("referenced", head)
        current, via_prep = head, None
    return None


def _reading(chain: _Chain) -> Reading:
    if chain.blocked:
        return Reading("blocked", chain.tense, chain.governor)
    if chain.planned:
        return Reading("planned", chain.tense or "future", chain.governor)
    if chain.referenced:
        return Reading("referenced", chain.tense, chain.governor)
    return Reading(None, chain.tense)
