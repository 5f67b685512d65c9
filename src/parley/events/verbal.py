"""The CAMEO roots beyond meetings and signings, read from the parse: who condemned, urged,
praised, accused, rejected, threatened, summoned, sanctioned whom (`data/event_verbal.toml`).

A trigger is a verb ("condemned"), a verb with its preposition ("called on"), a noun with a
light verb ("expressed concern over", "lodged a protest", "imposed sanctions"), or an adjective
after a copula ("is ready to work with"). Each event has a
source (who acts: `sides.sources`) and a target (whom it is aimed at: `sides.targets`), both
identifiable persons, states or organisations; without both there is no event. A negation, a
condition, a question, a modal of obligation or a denial on the trigger's chain (`status.py`)
makes none: "did not condemn", "denied accusing", "should condemn", "if X threatens".

The source comes first in `Event.actors`, the targets after it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..dates.expressions import TimeExpr
from ..model import Event, Mention
from ..syntax import Tree
from .arguments import meeting_noun, times_of
from .lexicon import TriggerWord, VerbalWord, status_lexicon, trigger_lexicon, trigger_noun, verbal_lexicon
from .parties import resolve_parties
from .reader import PARTIES, Reader, is_parties
from .settle import reference_day, settle_event, visitors_of
from .sides import (OBJECT_PRONOUNS, Sides, announcing_verb, antecedent, foreign, names_of_tokens, own_state_dropped,
                    political, read_sides)
from .status import read_status
from .triggers import Hit, anchors_of, asks_for, while_clauses

# verbs and nouns whose plan is already the act: "decided to downgrade ties", "announced the
# severance", "its decision to expel Australia's acting High Commissioner"
DONE_BY = ("decide", "decision", "announce", "order", "vote", "move", "agree")
# the copulas a judgement is told with ("is unacceptable", "remains unacceptable")
JUDGING_COPULAS = ("be", "remain")
# a statement's trigger: its mode in the record
MODE = "statement"


@dataclass
class Act:
    """One trigger of a statement, an appeal, a protest, a sanction... in a sentence."""

    index: int
    word: VerbalWord
    code: str
    # the verb that carries the tense and the source: a light verb ("expressed concern"), or the
    # trigger itself
    predicate: int
    # what the act is about: the verb's objects, or the noun's prepositional objects
    objects: list[int]

    @property
    def nominal(self) -> bool:
        return self.word.kind == "noun"


def find_acts(r: Reader) -> list[Act]:
    t = r.tree
    lex = verbal_lexicon()
    acts: list[Act] = []
    for i in range(len(t)):
        if t.dep(i) == "acomp" and t.lemma(i) in lex.judgements:
            act = _judgement_act(r, i, lex)
        elif t.dep(i) == "acomp" and t.lower(i) in lex.adjectives:
            # "is committed to dialogue with Turkey": a participle the parser may tag as a verb
            # completes the copula as an adjective does
            act = _adjective_act(r, i, lex)
        elif t.is_verb(i) or t.tag(i).startswith("VB"):
            act = _verb_act(r, i, lex)
        elif t.pos(i) in ("NOUN", "PROPN"):
            act = _noun_act(r, i, lex)
        elif t.pos(i) == "ADJ":
            act = _adjective_act(r, i, lex)
        else:
            act = None
        if act is not None:
            acts.append(act)
    return acts


def _verb_objects(r: Reader, i: int) -> list[int]:
    t = r.tree
    found = t.dependents(i, "nsubjpass") if t.passive(i) else t.dependents(i, "dobj")
    return [c for o in found for c in t.conjuncts(o)]


def _lemma_keys(r: Reader, i: int) -> list[str]:
    t = r.tree
    lemma = t.lemma(i)
    # a verb with its particle ("turned down": turn_down) or its adverb ("looks forward to":
    # look_forward), as the lexicon joins them
    adverbs = [t.lower(a) for a in t.dependents(i, "advmod")]
    return [f"{lemma}_{p}" for p in t.particles(i) + adverbs] + [lemma]


def _verb_act(r: Reader, i: int, lex) -> Act | None:
    t = r.tree
    preps = sorted(t.dependents(i, "prep"), key=lambda p: t.lower(p) == "for")  # "called on X for Y"
    for p in preps:
        word = lex.phrasal.get((t.lemma(i), t.lower(p)))
        if word is None:
            continue
        objects = t.dependents(p, "pobj")
        if word.target == ("preps",) and not names_of_tokens(r, objects):
            continue
        if word.needs == "complement" and not asks_for(r, i):
            continue
        if objects or t.dependents(p, "pcomp"):
            # "called for the release of Bazoum": what is called for is the object
            return Act(i, word, word.code, i, objects if t.lower(p) == "for" else _verb_objects(r, i))
    for key in _lemma_keys(r, i):
        for word in lex.verbs.get(key, ()):
            objects = _phrase_objects(r, i, word.phrase) if word.phrase else _verb_objects(r, i)
            if word.phrase and not objects:
                continue
            if _fits(r, i, word, objects):
                return Act(i, word, _refined_code(r, i, word, objects), i, objects)
    return None


def _noun_act(r: Reader, i: int, lex) -> Act | None:
    t = r.tree
    words = lex.nouns.get(t.lemma(i)) or lex.nouns.get(t.lower(i))
    if not words:
        return None
    first = i
    while t.dep(first) == "conj" and t.head(first) != first:
        first = t.head(first)  # "expressed strong condemnation and denunciation of"
    head, dep = t.head(first), t.dep(first)
    if head == first or not t.is_verb(head) or dep not in ("dobj", "nsubjpass", "attr"):
        return None
    # ("support for Kuwait's move": what is supported)
    candidates = [o for p in t.dependents(i, "prep") if t.lower(p) in ("of", "to", "on", "for")
                  for o in t.dependents(p, "pobj")]
    for word in words:
        if t.lemma(head) not in word.light:
            continue
        # what the noun is about: the aid halted, the trade suspended, the acts condemned ("a
        # halt to Israeli assistance to Senegal", "condemnation of the Iranian attack"); a "to"
        # phrase is otherwise whom it is addressed to ("gratitude to Putin")
        if word.objects:
            objects = [o for o in candidates if t.lemma(o) in word.objects or t.lower(o) in word.objects]
            if not objects and not any(t.lemma(c) in word.objects or t.lower(c) in word.objects
                                       for c in t.dependents(i, "compound", "amod", "appos")):
                continue
        else:
            objects = [o for p in t.dependents(i, "prep") if t.lower(p) == "of" for o in t.dependents(p, "pobj")]
        if word.not_objects and (_about(r, i, word.not_objects) or _about(r, head, word.not_objects)
                                 or any(_about(r, o, word.not_objects) for o in objects)):
            continue
        complement = noun_complement_of(r, i, head)
        if word.needs == "complement" and not complement:
            continue
        if word.needs == "wish_clause" and not _wish_clause(r, i):
            continue
        if word.mutual and not any(_about_cooperation(r, c) for c in complement):
            continue
        code = word.cooperation_code if word.cooperation_code and _cooperation_wished(r, i) else word.code
        return Act(i, word, code, head, objects)
    return None


def _adjective_act(r: Reader, i: int, lex) -> Act | None:
    """`China is ready to work with Nauru`, `stands ready to`, `is willing to enhance
    coordination`: the verb the adjective completes carries the tense and the subject."""
    t = r.tree
    words = lex.adjectives.get(t.lemma(i)) or lex.adjectives.get(t.lower(i))
    head = t.head(i)
    if not words or head == i or t.dep(i) not in ("acomp", "oprd") or not t.is_verb(head):
        return None
    return next((Act(i, word, word.code, head, []) for word in words if _fits(r, i, word, [])), None)


def _judgement_act(r: Reader, i: int, lex) -> Act | None:
    """`Russia's invasion of Ukraine is unacceptable`, `North Korea's provocative acts are not
    acceptable`: the act judged is the copula's subject; whoever says it judges (`sides`)."""
    t = r.tree
    head = t.head(i)
    if head == i or not t.is_verb(head) or t.lemma(head) not in JUDGING_COPULAS:
        return None
    judged = t.dependents(head, "nsubj")
    for word in lex.judgements.get(t.lemma(i), ()):
        # "is unacceptable" and "is not acceptable" judge; "is not unacceptable" and "is acceptable" do not
        if word.negated == t.negated(head) and judged:
            return Act(i, word, word.code, head, judged)
    return None


def _phrase_objects(r: Reader, i: int, phrase: tuple[str, ...]) -> list[int]:
    """The nouns of the verb's phrase beside the fixed words it must hold, wherever the parse hangs
    them ("declared Chinese diplomat Zhao Wei persona non grata", "declare persona non grata Mr.
    Zhao Wei", "declare persona non grata to the president of Colombia Gustavo Petro"); none
    without those words. The subject's words are no object."""
    t = r.tree
    below = t.subtree(i)
    words = [t.lower(k) for k in below]
    n = len(phrase)
    at = next((k for k in range(len(words) - n + 1) if tuple(words[k:k + n]) == phrase), None)
    if at is None:
        return []
    fixed = set(below[at:at + n])
    subjects = {k for s in t.dependents(i, "nsubj", "nsubjpass") for k in t.subtree(s)}
    return [k for k in below if k not in fixed and k not in subjects and t.pos(k) in ("PROPN", "NOUN")
            and (t.dep(k) not in ("compound", "poss", "npadvmod") or t.head(k) in fixed) and not t.dependents(k, "case")
            and (t.head(k) in fixed or t.head(k) == i or t.dep(k) in ("dobj", "pobj", "nsubj", "appos"))]


def _fits(r: Reader, i: int, word: VerbalWord, objects: list[int]) -> bool:
    """Whether the verb's use is the act its entry names."""
    t = r.tree
    if word.objects and not any(t.lemma(o) in word.objects or t.lower(o) in word.objects for o in objects):
        return False
    if word.not_objects and (any(t.lemma(o) in word.not_objects for o in objects) or _about(r, i, word.not_objects)):
        return False
    if word.envoys and not any(_is_envoy(r, o) for o in objects):
        return False
    if word.direct_only and not any(r.names_actor(o) and t.pos(o) in ("PROPN", "PRON") for o in objects):
        return False
    if word.possessed and not any(t.dependents(o, "poss") for o in objects):
        return False
    needs = word.needs
    complements = complement_of(r, i) if needs == "complement" or word.complement_lemmas or \
        word.not_complement_lemmas else []
    if needs == "complement" and not complements:
        return False
    if word.complement_lemmas and not any(t.lemma(c) in word.complement_lemmas for c in complements):
        return False
    if word.not_complement_lemmas and any(t.lemma(c) in word.not_complement_lemmas for c in complements):
        return False
    if needs == "forward" and not _forward(r, i):
        return False
    if needs == "infinitive_or_for" and not _asked_for(r, i):
        return False
    if word.mutual and needs != "forward" and not _an_intent(r, i):
        return False
    if needs == "meeting" and not (_meeting_objects(r, i, objects) or _meeting_complement(r, i)):
        return False
    if needs == "complement_or_object" and not (complement_of(r, i) or objects):
        return False
    if needs == "naming" and not (objects and _named_as(r, i, verbal_lexicon().naming_words)):
        return False
    if needs == "wish_clause" and not _wish_clause(r, i):
        return False
    return True


def _wish_clause(r: Reader, i: int) -> bool:
    """`hope that Russia would help`, `hoped China will read this correctly`: a clause of what
    another is wished to do, told with a modal (not `hoped the talks went well`)."""
    t = r.tree
    modals = verbal_lexicon().wish_modals
    return any(t.lower(a) in modals for c in that_clauses(r, i) for a in t.dependents(c, "aux"))


def that_clauses(r: Reader, i: int) -> list[int]:
    """The clauses a verb or noun governs that open with "that" (or none: "urged Nigeria shows");
    the parser may hang a noun's clause on its light verb ("voiced hope the visit would
    strengthen ...")."""
    t = r.tree
    heads = [i] + ([t.head(i)] if t.pos(i) == "NOUN" and t.dep(i) == "dobj" else [])
    return [c for h in heads for c in t.dependents(h, "ccomp", "acl")
            if t.dep(c) == "ccomp" or any(t.lower(m) == "that" for m in t.dependents(c, "mark"))]


def _asked_for(r: Reader, i: int) -> bool:
    """`asked X to open an embassy`, `asked X for support`: an infinitive or a `for` phrase says
    what is asked (not `asked X whether`, `asked about`)."""
    t = r.tree
    if any(any(t.lower(a) == "to" for a in t.dependents(c, "aux")) for c in t.dependents(i, "xcomp")):
        return True
    return any(t.lower(p) == "for" and t.dependents(p, "pobj") for p in t.dependents(i, "prep"))


def _named_as(r: Reader, i: int, words: frozenset[str]) -> bool:
    """`called France a partner` (the object predicate), `described Iran as a friend` (the
    `as` phrase): the verb names its object one of `words`."""
    t = r.tree
    named = t.dependents(i, "oprd") + [o for p in t.dependents(i, "prep") if t.lower(p) == "as"
                                         for o in t.dependents(p, "pobj")]
    return any(t.lemma(n) in words for n in named)


def _about(r: Reader, i: int, words: frozenset[str]) -> bool:
    """`thanked him for the hospitality`, `congratulated Motegi on his inauguration`, `on his
    taking office`."""
    t = r.tree
    for p in t.dependents(i, "prep"):
        if t.lower(p) not in ("for", "on", "upon", "over"):
            continue
        for o in t.dependents(p, "pobj", "pcomp"):
            if any(t.lemma(x) in words or t.lower(x) in words for x in [o] + t.dependents(o, "dobj")):
                return True
    return False


def _forward(r: Reader, i: int) -> bool:
    """`will work together`, `would work with X`, `decided to work together`, `are to work
    together`, `wants to maintain close relations with X`: a use that looks ahead, with a partner
    (`with X`) or `together`."""
    t = r.tree
    # the partner on the verb ("work with X") or on what is built with it ("strengthen ties with X")
    heads = [i] + t.dependents(i, "dobj")
    partnered = any(t.lower(c) == "together" for c in t.dependents(i, "advmod")) or any(
        t.lower(p) == "with" and r.names_actor(o) for h in heads for p in t.dependents(h, "prep")
        for o in t.dependents(p, "pobj"))
    if not partnered:
        return False
    lex = verbal_lexicon()
    if any(t.lower(a) in lex.forward_auxiliaries for a in t.dependents(i, "aux")):
        return True
    return t.dep(i) == "xcomp" and t.lemma(t.head(i)) in lex.forward_governors


def _an_intent(r: Reader, i: int) -> bool:
    """`agreed to ramp up`, `agreed on the need to`, `agreed that their countries will build`: an
    intent to act together; not an assessment shared ("agreed the launch poses a grave threat")
    nor a meeting planned ("agreed to meet", "agreed to hold talks": CONSULT, planned)."""
    t = r.tree
    lex = trigger_lexicon()
    found = False
    for c in complement_of(r, i):
        if t.dep(c) == "ccomp" and not any(t.lower(a) in ("will", "would", "shall", "'ll") for a in t.dependents(c, "aux")):
            continue
        if t.lemma(c) in ("meet", "visit") or any(meeting_noun(r, o) for o in [c] + t.dependents(c, "dobj")):
            return False
        if t.lemma(c) in lex.verbs and lex.verbs[t.lemma(c)].code[:2] in ("04",):
            return False
        found = found or _about_cooperation(r, c)
    return found


def _about_cooperation(r: Reader, c: int) -> bool:
    return any(_cooperation_word(r, j) for j in r.tree.subtree(c))


def _cooperation_word(r: Reader, j: int) -> bool:
    """A word of cooperation (`[intent] words`), or working with a named party."""
    t = r.tree
    lex = verbal_lexicon()
    return t.lemma(j) in lex.intent_words or t.lower(j) in lex.intent_words or _partnered(r, j, lex.partnering_verbs)


def _partnered(r: Reader, j: int, verbs: frozenset[str]) -> bool:
    """`work with Uruguay`: working with a named party is working together, whatever at ("agreed
    to work towards resuming flights" names no partner)."""
    t = r.tree
    return t.lemma(j) in verbs and any(t.lower(p) == "with" and r.names_actor(o)
                                       for p in t.dependents(j, "prep") for o in t.dependents(p, "pobj"))


def complement_of(r: Reader, i: int) -> list[int]:
    """The clause or phrase a verb governs: "urged X to review", "agreed on the need to",
    "agreed that", "vowed to"."""
    t = r.tree
    out = t.dependents(i, "xcomp", "ccomp")
    for p in t.dependents(i, "prep"):
        if t.lower(p) in ("on", "to", "upon"):
            # "agreed on the need to", not "on Tuesday"
            out += [o for o in t.dependents(p, "pobj", "pcomp") if t.pos(o) != "PROPN" and t.pos(o) != "NUM"]
    return out


def noun_complement_of(r: Reader, i: int, light: int | None = None) -> list[int]:
    """`readiness to cooperate`, `commitment to promoting`; the parser may hang the infinitive
    on the light verb ("expressed his keenness to promote")."""
    t = r.tree
    heads = [i] + ([light] if light is not None else [])
    out = [c for h in heads for c in t.dependents(h, "acl", "xcomp", "relcl", "advcl")
           if any(t.lower(a) == "to" for a in t.dependents(c, "aux"))]
    for p in t.dependents(i, "prep"):
        # "interest in strengthening cooperation", "commitment to promoting"
        if t.lower(p) in ("to", "for", "on", "in"):
            out += t.dependents(p, "pobj", "pcomp")
    return out


def _is_envoy(r: Reader, o: int) -> bool:
    t = r.tree
    if t.lemma(o) in verbal_lexicon().envoys or t.lower(o) in verbal_lexicon().envoys:
        return True
    # ("chargé/amod d’affaires": the parser may make the title's first word a modifier)
    if any(t.lemma(c) in verbal_lexicon().envoys or t.lower(c) in verbal_lexicon().envoys
           for c in t.dependents(o, "compound", "appos", "amod")):
        return True
    names = [name for _, name in r.art.actors_at(t.span(o))]
    if not names and t.lower(o) in OBJECT_PRONOUNS and t.pos(o) == "PRON":
        # "summoned him": the envoy the pronoun stands for (The Guardian, eval 1299)
        names = antecedent(r, o)
    for name in names:
        actor = r.art.doc.actor_named(name)
        if actor is not None and (actor.role or "").lower() == "ambassador":
            return True
    return False


def _meeting_objects(r: Reader, i: int, objects: list[int]) -> list[int]:
    return [o for o in objects if meeting_noun(r, o)]


def _meeting_complement(r: Reader, i: int) -> bool:
    """`invited Putin to pay a state visit`, `invited him for an official visit`, `to Kazakhstan`."""
    t = r.tree
    lex = trigger_lexicon()
    for c in t.dependents(i, "xcomp", "advcl"):
        if t.lemma(c) in verbal_lexicon().meeting_verbs or t.lemma(c) in lex.verbs:
            return True
        if any(meeting_noun(r, o) for o in t.dependents(c, "dobj")):
            return True  # "invited Putin to pay a state visit"
    for p in t.dependents(i, "prep"):
        if t.lower(p) in ("for", "to"):
            for o in t.dependents(p, "pobj"):
                if meeting_noun(r, o) or r.places_of(o):
                    return True
    return False


def _refined_code(r: Reader, i: int, word: VerbalWord, objects: list[int]) -> str:
    """The finer code the complement supports: a threat of force (138), about a meeting (026,
    125, 134)."""
    t = r.tree
    # what the act is about: its complement, or the clause its object takes ("declined an
    # invitation to attend the talks")
    complement = complement_of(r, i) + [c for o in objects for c in t.dependents(o, "acl", "relcl")]
    complement += [x for c in list(complement) for x in t.dependents(c, "dobj")]
    if word.military and any(t.lemma(c) in word.military for c in complement):
        return word.military_code
    if word.meeting_code and (_meeting_objects(r, i, objects) or any(
            t.lemma(c) in verbal_lexicon().meeting_verbs or meeting_noun(r, c) for c in complement)):
        return word.meeting_code
    if word.cooperation_code and _cooperation_wished(r, i):
        return word.cooperation_code
    return word.code


def _meeting_wished(r: Reader, i: int) -> bool:
    """`hope the visit would strengthen`, `hope that the talks in Bishkek would serve as a foundation
    for a broader partnership`: what is wished of is a meeting that names no party."""
    t = r.tree
    return any(meeting_noun(r, s) for c in that_clauses(r, i) for s in t.dependents(c, "nsubj"))


def _cooperation_wished(r: Reader, i: int) -> bool:
    """What is wished is cooperation: said in the clause itself, not in a reason given after it
    ("I hope China will read this correctly because our hope is for ... the relationships")."""
    t = r.tree
    for c in that_clauses(r, i):
        own = [c] + [j for d in t.children(c) if t.dep(d) not in ("advcl", "ccomp", "parataxis") for j in t.subtree(d)]
        if any(_cooperation_word(r, j) for j in own):
            return True
    return False


# ---- events --------------------------------------------------------------------------------------

def as_hit(act: Act) -> Hit:
    """The act as the meeting machinery's `Hit`, for its status, dates and anchors."""
    word = TriggerWord(act.code, MODE, "statement")
    return Hit(act.index, word, act.code, MODE, "statement", nominal=act.nominal, predicate=act.predicate)


def statement_events(r: Reader, acts: list[Act], exprs: list[TimeExpr], owners: dict[int, int],
                     earlier: list[Event]) -> list[Event]:
    """The events of a sentence's acts, in text order."""
    if r.art.text[r.tree.parsed.span.start:r.tree.parsed.span.end].rstrip().endswith("?"):
        return []  # a question states nothing
    out: list[Event] = []
    # what one party hopes another will do is not the other's act ("hoped that Japan will work
    # together with Antigua and Barbuda")
    wished = {j for act in acts if act.word.needs == "wish_clause"
              for c in that_clauses(r, act.index) for j in r.tree.subtree(c)}
    for act in acts:
        if act.predicate in wished:
            continue
        ev = _event(r, act, exprs, owners, earlier + out)
        if ev is not None:
            out.append(ev)
    return out


# the mark of the states of the meeting told before ("the two countries")
STATE_PARTIES = f"{PARTIES}:country>"
# the marks of a bare pronoun for the parties, which may stand for anyone told before
BARE_PRONOUN_PARTIES = tuple(f"{PARTIES}:{pronoun}>" for pronoun in ("they", "their"))


def _event(r: Reader, act: Act, exprs: list[TimeExpr], owners: dict[int, int], earlier: list[Event]) -> Event | None:
    art, t = r.art, r.tree
    hit = as_hit(act)
    reading = read_status(t, hit)
    cue = reading.cue
    # "wants to maintain close relations with China", "hopes to deepen relations with Russia": an
    # intent to cooperate told as a wish is the intent, stated now
    wished = act.word.intent and reading.governor is not None and not t.negated(reading.governor) and \
        t.lemma(reading.governor) in verbal_lexicon().wish_governors
    if cue == "blocked" and act.word.negated and t.negated(act.predicate):
        cue = None  # a judgement told with its negation ("are not acceptable")
    if cue == "blocked" and not wished:
        return None
    announcer = _backshift(t, act.predicate)
    if cue == "referenced" and announcer is not None:
        cue = None  # "said on Friday it had ordered the ambassador to leave": the news, not a memory
    if cue in ("planned", "blocked"):
        done = reading.governor is not None and t.lemma(reading.governor) in DONE_BY
        own_future = act.word.intent and any(t.lower(a) in ("will", "would", "'ll") for a in _chain_auxiliaries(t, act.predicate))
        if not (done or own_future or wished):
            return None  # "will condemn", "plans to impose sanctions": not yet done
        cue = None  # an intent stated, an act decided: the statement is the event
    if _hearsay(r, act):
        return None
    quoted = art.quoted(t.span(act.index))
    if quoted and reading.tense == "past":
        return None  # "“We appreciated ...”": a speaker recalling, not acting
    sides = read_sides(r, act)
    if sides is None:
        return None
    if not sides.targets and act.code == act.word.cooperation_code and _meeting_wished(r, act.index):
        # "King Hamad also voiced hope the visit would strengthen ... relations": cooperation wished
        # of the meeting told before is wished with the other state that meets
        sides = Sides(sides.sources, [STATE_PARTIES], sides.countries)
    if act.word.mutual or any(is_parties(a) and a not in BARE_PRONOUN_PARTIES for a in sides.sources):
        # an act done together ("they agreed to", "both sides reaffirmed their commitment to") or
        # by a phrase for the parties ("the two leaders condemned", "both called for"): the
        # participants of the meeting told before
        sources = resolve_parties(art, sides.sources, earlier, t.parsed.span.start)
    else:
        # "they condemned" on its own: a guess at who speaks, where a statement's source is named
        sources = [a for a in sides.sources if not is_parties(a)]
    targets = resolve_parties(art, sides.targets, earlier, t.parsed.span.start)
    if not targets and act.word.accepting and t.lemma(act.predicate) in act.word.accepting:
        targets = _inviter(earlier, act.code, sources)
    settled = _settled(r, act.word.mutual, Sides(sources, targets, sides.countries))
    if settled is None:
        return None
    # the dates of the act, not of what it is about ("welcome South Africa's efforts as a member
    # of the Council in 2019")
    hit.anchors = _anchors(r, act, hit) + ([announcer] if announcer is not None else [])
    times = times_of(r, hit, exprs, {k: o for k, o in owners.items() if _near(r, exprs[k], o)})
    sentence = t.parsed.span
    ev = Event(code=act.code, actors=settled.sources + [a for a in settled.targets if a not in settled.sources],
               status="reported", mode=MODE, mentions=[Mention(art.doc.id, sentence.start, sentence.end)],
               time=times[0].span if times else None, status_cue=cue,
               evidence={"trigger": t.word(act.index), "frame": "statement",
                         "source": "|".join(settled.sources), "target": "|".join(settled.targets)})
    if quoted:
        # a statement in quotation marks is made as it is quoted, not recalled
        ev.evidence["quoted"] = "yes"
    if reading.tense:
        ev.evidence["tense"] = reading.tense
    if ev.time is None and art.doc.published is None:
        # an article with no date of its own: a statement told beside its dated news was made
        # then ("the talks ended on March 10 ... Tehran and Riyadh also appreciated ...")
        news = [e for e in earlier if e.status == "reported" and e.time is not None]
        if news:
            ev.time = news[-1].time
            ev.evidence["date_from"] = "news"
    settle_event(ev, art.doc, art.latest_year)
    reference = reference_day(art.doc)
    if ev.time is None and ev.status == "reported" and reference is not None and reference.precision != "day":
        # an article dated only to its month or year does not say on which day a statement it
        # tells without a date was made: it is told, not dated as the article's news (and does
        # not date the article by another article's day); within the month, the day its news is
        # of does ("on Monday" under a photo of Monday, May 23, 2016: AP via Khaosod, eval 1284)
        ev.status = "referenced"
    if ev.status == "planned" and ev.time is not None:
        # a statement is made by the time it is reported: a date ahead is what it is about
        # ("cancelled a meeting scheduled for next month")
        ev.time = None
        settle_event(ev, art.doc, art.latest_year)
    return ev


def occasion_events(r: Reader, found: list[Event], earlier: list[Event]) -> list[Event]:
    """`will pay a state visit to China at the invitation of Xi Jinping`: the invitation that
    brought a visit about (`[[occasion]]` in `event_verbal.toml`), by the one the of-phrase names
    to the visit's visitors; made before the visit, on a day the text does not tell, so recalled
    and of the article's year (`settle`). The visit is the sentence's own, or the one told before
    when the phrase hangs on a visit word that names no one ("Petro's visit comes at the
    invitation of President Xi")."""
    t, art = r.tree, r.art
    lex = verbal_lexicon()
    out: list[Event] = []
    for i in range(len(t)):
        word = lex.occasions.get(t.lemma(i))
        if word is None or t.dep(i) != "pobj" or t.lower(t.head(i)) not in word.preps:
            continue
        visits = [e for e in found if e.mode == "visit"]
        if not visits and _on_a_visit_word(r, t.head(t.head(i))):
            visits = [e for e in earlier if e.mode == "visit"]
        if not visits:
            continue
        of = [o for p in t.dependents(i, "prep") if t.lower(p) == "of" for o in t.dependents(p, "pobj")]
        named = names_of_tokens(r, of)
        # "the Chairman of State Affairs of the DPRK, Kim Jong Un": the person, not his state
        sources = [n for n in named if art.type_of(n) == "person"][:1] or named[:1]
        # (the of-phrase may run on into the visitor the parser set beside the inviter: "of
        # President Xi Jinping, President of the Republic of Venezuela Nicolas Maduro")
        targets = [v for v in sorted(visitors_of(visits[-1])) if v not in sources]
        settled = _settled(r, False, Sides(sources, targets, {}))
        if settled is None:
            continue
        sentence = t.parsed.span
        ev = Event(code=word.code, actors=settled.sources + settled.targets, status="referenced", mode=MODE,
                   mentions=[Mention(art.doc.id, sentence.start, sentence.end)], status_cue="referenced",
                   evidence={"trigger": t.word(i), "frame": "occasion", "source": "|".join(settled.sources),
                             "target": "|".join(settled.targets)})
        out.append(settle_event(ev, art.doc, art.latest_year))
    return out


def _on_a_visit_word(r: Reader, j: int) -> bool:
    """Token j, or its subject, is a visit word ("the trip is at the invitation of", "his visit
    comes at the invitation of")."""
    t = r.tree
    for k in [j] + t.dependents(j, "nsubj", "nsubjpass"):
        # (a noun as the trigger finder reads it, `trigger_noun`, as arguments.py does for "during
        # an official visit")
        word = trigger_noun(t, k) if t.pos(k) in ("NOUN", "PROPN") else trigger_lexicon().verbs.get(t.lemma(k))
        if word is not None and word.mode == "visit":
            return True
    return False


def _chain_auxiliaries(t: Tree, predicate: int) -> list[int]:
    """The auxiliaries of a verb and of the verbs it completes: "will continue to work with
    France" is said ahead by the "will" of "continue"."""
    out, j = list(t.auxiliaries(predicate)), predicate
    while t.dep(j) == "xcomp" and t.head(j) != j and t.is_verb(t.head(j)):
        j = t.head(j)
        out += t.auxiliaries(j)
    return out


def _hearsay(r: Reader, act: Act) -> bool:
    """`denied that Putin had threatened Finland`, `dismissed reports that X accused Y`, `claims
    that X condemned`: an act told as something denied, rumoured or alleged is no event."""
    t = r.tree
    lex = verbal_lexicon()
    j = act.predicate
    for _ in range(4):
        head, dep = t.head(j), t.dep(j)
        if head == j or dep not in ("ccomp", "acl", "xcomp", "pcomp", "pobj", "prep", "conj"):
            return False
        if t.pos(head) == "NOUN" and t.lemma(head) in lex.hearsay_nouns and dep in ("acl", "ccomp"):
            return True
        if t.is_verb(head) and t.lemma(head) in lex.denying_verbs and dep in ("ccomp", "xcomp", "pcomp"):
            return True
        j = head
    return False


def _inviter(earlier: list[Event], code: str, sources: list[str]) -> list[str]:
    """`Tokayev invited him ... Putin accepted the invitation`: who made the invitation accepted."""
    for ev in reversed(earlier):
        if ev.code == code and ev.mode == MODE and any(s in ev.actors[1:] for s in sources):
            return ev.actors[:1]
    return []


def _backshift(t: Tree, predicate: int) -> int | None:
    """The verb announcing an act told in the past perfect of reported speech ("Niger's junta said on
    Friday it had ordered French ambassador Sylvain Itte to leave", "the ministry said on Tuesday
    that it had summoned the ambassador", "said Thursday it had decided to suspend Gabon"): the
    announcement's tense shifted back, not an act recalled, and its day is the act's. None where
    the act's chain has no "had", has an adverb of the past ("had earlier summoned") or is not the
    complement of a past verb of announcing."""
    chain = [predicate] + t.governor_chain(predicate, ("xcomp",))
    head = announcing_verb(t, chain[-1])
    if head is None or t.tag(head) != "VBD":
        return None
    if not any(t.lower(a) == "had" for v in chain for a in t.auxiliaries(v)):
        return None
    past = status_lexicon().referenced_adverbs
    if any(t.lower(a) in past for v in chain for a in t.dependents(v, "advmod")):
        return None
    return head


def _anchors(r: Reader, act: Act, hit: Hit) -> list[int]:
    """Where the act's dates hang: its own words and the verbs it depends on, the clause that
    says when ("agreed ... when they spoke on Thursday"), the event it was made at ("the phone
    talks on Nov. 18, in which Hayashi expressed concern"); not what it is about ("welcome
    South Africa's efforts as a member of the Council in 2019")."""
    t = r.tree
    inside = {j for o in act.objects for j in t.subtree(o)}
    out = [a for a in anchors_of(r, hit) if a not in inside]
    out += while_clauses(r, act.predicate)
    if t.dep(act.predicate) == "relcl":
        noun = t.head(act.predicate)
        lex = trigger_lexicon()
        if t.lemma(noun) in lex.nouns or t.lower(noun) in lex.nouns:
            out.append(noun)
    return out


def _near(r: Reader, expr: TimeExpr, owner: int) -> bool:
    """A date phrase that modifies its word itself ("condemned on Monday", "on Friday
    condemned"), not a phrase deeper down ("as a member of the Council in 2019")."""
    t = r.tree
    root = t.phrase_head(t.overlapping(expr.span))
    if root is None:
        return False
    steps = 0
    for a in t.ancestors(root):
        steps += 1
        if a == owner:
            return steps <= 2
    return False


def _settled(r: Reader, mutual: bool, sides: Sides) -> Sides | None:
    """Both sides named, political, and not one and the same state."""
    sources = [a for a in sides.sources if not is_parties(a)]
    targets = own_state_dropped(r.art, sources, [a for a in sides.targets if not is_parties(a) and a not in sources])
    if mutual and not targets:
        if len(sources) < 2:
            return None
        targets = sources[1:]
        sources = sources[:1]
    if not sources or not targets:
        return None
    settled = Sides(sources, targets, sides.countries)
    if not political(r.art, sources + targets) or not foreign(r.art, settled):
        return None
    return settled
