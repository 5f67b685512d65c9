"""Who takes part in an event, where and when: the trigger's arguments on the parse.

Participants come from the subject (with the subjects of a complement's governor: "agreed to
meet", of an invitation's object: "invited Tokayev to visit"), the object, the `with`- and
`between`-phrases, coordinated phrases, the possessor and `of`-phrase of a noun ("Modi's visit",
"the visit of Mirziyoyev"), a passive agent ("was received by Erdogan") and a mediator's agent
("talks brokered by Russia and Turkey"). A host comes first: the subject of `received`, the
agent of `was received by`, the one `at the invitation of` whom a visitor travels.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..dates.expressions import TimeExpr
from ..document.dateline import opening_place
from ..model import Span
from .lexicon import agreement_lemmas, trigger_lexicon, trigger_noun, verbal_lexicon
from .places import iso_of_state_name, state_name
from .reader import Place, Reader, is_parties
from .settle import state_of
from .triggers import RANK_WORDS, Hit, finite_taken_for_modifier, misparsed_subject, object_tokens, with_heads

MUTUAL_PREPS = ("with", "between", "from", "among", "alongside")
PLACE_PREPS = ("in", "at")
DESTINATION_PREPS = ("to", "in", "into", "at")
# modals that make a clause's act only possible ("may announce its decision to expel")
HEDGING_MODALS = ("may", "might", "could", "would", "should")
# verbs whose object controls the complement's subject ("invited Tokayev to pay a visit")
OBJECT_CONTROL = ("invite", "ask", "urge", "encourage", "allow", "expect", "want", "persuade", "welcome")
# prepositions of a noun trigger that hang the event on a verb it precedes or follows
# ("Following the summit talks in Baku, Mirziyoyev and Aliyev signed"): the verb's subjects
# took part, when the noun names no one itself
SEQUENCE_PREPS = ("after", "following", "before", "ahead", "prior", "during", "at", "in")


@dataclass
class Parties:
    """The participants of one trigger, hosts first."""

    hosts: list[str] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    destinations: list[Place] = field(default_factory=list)
    # the participants come from the verb the noun's phrase hangs on, not from the noun
    borrowed: bool = False

    @property
    def own(self) -> bool:
        """Whether the trigger names a participant itself, not only through the verb it hangs on."""
        return bool(self.actors) and not self.borrowed

    @property
    def actors(self) -> list[str]:
        out: list[str] = []
        for name in self.hosts + self.guests + self.others:
            if name not in out:
                out.append(name)
        return out

    def add(self, bucket: list[str], names: list[str]) -> None:
        for n in names:
            if n not in bucket:
                bucket.append(n)


# verbs whose adjectival complement is said of their subject ("are committed to")
COPULAS = frozenset({"be", "remain", "stay", "become", "seem", "appear"})


def subjects(r: Reader, v: int, skip: int | None = None) -> list[int]:
    """The subject tokens of verb `v`, through control, coordination and participles."""
    t = r.tree
    own = t.dependents(v, "nsubj", "nsubjpass")
    found = [s for s in own if s != skip]
    if found:
        return found
    if skip is not None and skip in own and (t.dependents(skip, "poss") or any(
            t.lower(p) in ("between", "by", "of") for p in t.dependents(skip, "prep"))):
        # "“President Putin’s visit to Turkey will take place tomorrow,” Peskov said": the
        # trigger, the clause's subject, names its own party, so the speaker is none of them
        # (FT via Write Caliber, eval 843); "the talks with Putin will take place", Erdogan said,
        # names one side only: the speaker's
        return []
    # "co-chaired", "co-hosted": the tokenizer splits the prefix off, and the parser may hang the
    # subject on the prefix
    if v >= 2 and t.lower(v - 1) == "-" and t.head(v - 2) == v:
        found = [s for s in t.dependents(v - 2, "nsubj", "nsubjpass") if s != skip]
        if found:
            return found
    head, dep = t.head(v), t.dep(v)
    if head == v:
        # "After the one-on-one meeting, President Aliyev and President Erdogan held a
        # meeting": the parser took the subject for an apposition in the fronted phrase;
        # "Visiting UN Secretary General Guterres on Saturday discussed": for a clause
        fronted = [a for p in t.dependents(v, "prep") if p < v for o in t.dependents(p, "pobj")
                   for a in t.dependents(o, "appos") if r.names_actor(a)]
        clausal = [o for c in t.dependents(v, "csubj") if t.tag(c) == "VBG"
                   for o in t.dependents(c, "dobj") if r.names_actor(o)]
        return fronted or clausal or _swallowed_subject(r, v)
    if dep == "ccomp" and _swallowed_subject(r, v):
        # "At the invitation of Macron, ..., and Orbán of Hungary, Chinese President Xi Jinping
        # will pay state visits ..., spokesperson Hua Chunying announced": the clause's own
        # subject, swallowed by the fronted phrase, never the speaker's
        return _swallowed_subject(r, v)
    if dep in ("xcomp", "advcl", "ccomp") and t.is_verb(head):
        objects = t.dependents(head, "dobj")
        if dep == "xcomp" and objects and t.lemma(head) in OBJECT_CONTROL:
            return objects
        return subjects(r, head)
    if dep == "conj" and t.is_verb(head):
        return subjects(r, head)
    if dep == "xcomp" and t.pos(head) == "ADJ" and t.dep(head) == "acomp":
        # "Modi is likely to visit Sri Lanka in the first week of April" (IANS, eval 830): the
        # subject of the copula the adjective completes
        return subjects(r, head)
    if dep == "acomp" and t.lemma(head) in COPULAS:
        # "Thailand and Malaysia are committed to strengthening their cooperation": the parser
        # made the participle a complement of "are", whose subject it is
        return subjects(r, head)
    if dep in ("acl", "amod", "relcl") and t.tag(v) == "VBG":
        return [head]  # "Guterres, visiting Turkey", "Visiting French President Macron"
    if finite_taken_for_modifier(r, v):
        # "President Joe Biden on Monday hosted Jordan's King Abdullah II": the sentence's root
        subject = misparsed_subject(r, v)
        return [subject] if subject is not None else []
    if dep in ("relcl", "acl") and t.lower(head) in RANK_WORDS and \
            any(t.lower(a) == "to" for a in t.dependents(v, "aux")):
        # "Jordan's king and Morocco's king were among the first to call Sheikh Mohamed", "he
        # was the first leader to visit Kyiv": the subject of the clause the rank is said of
        noun = head
        while t.dep(noun) in ("pobj", "prep", "attr") and t.head(noun) != noun:
            noun = t.head(noun)
            if t.is_verb(noun):
                return [s for s in t.dependents(noun, "nsubj") if r.names_actor(s)]
    if dep == "acl" and t.lemma(head) in verbal_lexicon().decision_nouns and \
            any(t.lower(a) == "to" for a in t.dependents(v, "aux")):
        # "China's decision to impose sanctions": who decided it acts; "its" is the state that
        # tells or announces the decision ("Fiji says its decision to expel Australia's acting
        # High Commissioner is ...", RNZ, eval 1599; "Fiji announced its decision to expel").
        # Only a decision told as made (the subject of its clause, or announced), not one
        # weighed, reversed or only possible ("reversed its decision to", "may announce it")
        clause = t.head(head)
        if not t.is_verb(clause) or t.negated(clause) or \
                any(t.lower(a) in HEDGING_MODALS for a in t.dependents(clause, "aux")):
            return []
        announced = t.dep(head) == "dobj" and t.lemma(clause) in verbal_lexicon().announcing_verbs
        if not announced and t.dep(head) not in ("nsubj", "nsubjpass"):
            return []
        owners = t.dependents(head, "poss")
        if owners and all(t.lower(o) == "its" for o in owners):
            if announced:
                return subjects(r, clause)
            if t.dep(clause) == "ccomp" and t.is_verb(t.head(clause)):
                return subjects(r, t.head(clause))
            return []
        return owners
    if dep == "pcomp":
        # "after meeting Lavrov, Jaishankar flew": the verb the phrase hangs on
        prep = head
        if t.head(prep) != prep and t.is_verb(t.head(prep)):
            return subjects(r, t.head(prep))
    return []


def _swallowed_subject(r: Reader, v: int) -> list[int]:
    """"Amid speculation about India's role in Ukraine, Jaishankar and Lavrov on Tuesday held
    talks": the parser made the subject a conjunct of the fronted phrase's last noun; the
    subject is the first actor coordinated after that phrase's last comma ("At the invitation
    of President Xi Jinping, President of the Republic of Venezuela Nicolas Maduro is paying an
    official visit": or set beside it as an apposition, News Bulletin 247, eval 963)."""
    t = r.tree
    for p in (p for p in t.dependents(v, "prep") if p < v):
        sub = [k for k in t.subtree(p) if k < v]
        commas = [k for k in sub if t.lower(k) == ","]
        if not commas:
            continue
        after = [k for k in sub if k > commas[-1] and t.dep(k) in ("conj", "appos") and r.names_actor(k)
                 and t.dep(t.head(k)) != "appos"]
        if after:
            return after[:1]
    return []


def _group_of(r: Reader, tokens: list[int]) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        for name in r.group(tok):
            if name not in out:
                out.append(name)
    return out


def _prep_objects(r: Reader, heads: list[int], preps: tuple[str, ...], skip: set[int] = frozenset()) -> list[int]:
    t = r.tree
    # a preposition coordinated with one of the same word counts too ("met with Raisi in Tehran
    # and with Erdogan")
    return [o for h in heads for p in t.dependents(h, "prep") if t.lower(p) in preps and p not in skip
            for q in t.conjuncts(p) if t.lower(q) == t.lower(p) for o in t.dependents(q, "pobj")]


def _to_datives(r: Reader, heads: list[int]) -> list[int]:
    """The objects of a `to` the parser labels a dative ("paid a State Visit to Indonesia")."""
    t = r.tree
    return [o for h in heads for d in t.dependents(h, "dative") if t.lower(d) == "to" for o in t.dependents(d, "pobj")]


def _addressees(r: Reader, verb: int) -> list[str]:
    """Those a verb of telling speaks to: its object ("told Wang", "assured the minister") or,
    for a verb of conveying, its `to`-phrase ("delivered a message to her counterpart")."""
    t = r.tree
    lex = trigger_lexicon()
    if t.lemma(verb) in lex.telling_verbs:
        tokens = t.dependents(verb, "dobj", "dative")
    elif t.lemma(verb) in lex.conveying_verbs:
        tokens = [o for h in [verb] + t.dependents(verb, "dobj") for p in t.dependents(h, "prep", "dative")
                  if t.lower(p) == "to" for o in t.dependents(p, "pobj")]
    else:
        return []
    # people: a state told something at a summit ("urged Pakistan") is spoken of, not met
    return [n for n in _group_of(r, tokens) if r.art.type_of(n) == "person"]


def _inviters(r: Reader, heads: list[int]) -> list[str]:
    """`at the invitation of X`, `invited by X`: the host."""
    t = r.tree
    out: list[str] = []
    for o in _prep_objects(r, heads, ("at", "on", "upon")):
        if t.lemma(o) == "invitation":
            out += _group_of(r, _prep_objects(r, [o], ("of", "from", "by")))
    for h in heads:
        if t.dep(h) == "xcomp" and t.lemma(t.head(h)) == "invite":
            out += _group_of(r, t.dependents(t.head(h), "nsubj"))
    return out


def claimed_partners(r: Reader, hits: list[Hit]) -> set[int]:
    """The `with`-phrases verb triggers take from their object's phrase ("will discuss
    'preparations for the EU Council meeting' with von der Leyen": with the verb, not the
    meeting)."""
    t = r.tree
    out: set[int] = set()
    for h in hits:
        if not h.nominal:
            out |= {p for x in with_heads(r, h.index)[1:] for p in t.dependents(x, "prep") if t.lower(p) == "with"}
    return out


def parties_of(r: Reader, hit: Hit, claimed: set[int] = frozenset()) -> Parties:
    t = r.tree
    p = Parties()
    i, v = hit.index, hit.predicate
    heads = [i] if v == i else [i, v]
    if v != i:
        # "A telephone conversation took place today between X and Y": the parser hangs the
        # phrase on "place"
        heads += [o for o in t.dependents(v, "dobj") if t.lemma(o) == "place"]
    subject_tokens = subjects(r, v, skip=i) if t.is_verb(v) else []
    from_host_verb = hit.host_verb is not None and not subject_tokens
    if from_host_verb:
        subject_tokens = subjects(r, hit.host_verb)
    subj = _group_of(r, subject_tokens)
    partner_preps = MUTUAL_PREPS + ((hit.word.needs[5:],) if hit.word.needs.startswith("prep:") else ())
    if hit.mode == "call":
        partner_preps += ("to",)  # "spoke to Maduro over the phone", "made a phone call to Kishida"
    own_with = _prep_objects(r, heads, partner_preps, skip=claimed if hit.nominal else frozenset())
    if hit.nominal and not own_with:
        # "negotiations for a Reciprocal Access Agreement between the Philippines and Japan":
        # the parser hangs the parties on the agreement the talks are for (not on any topic:
        # "talks on the trade war between China and the US")
        topics = [o for o in _prep_objects(r, [i], TOPIC_PREPS)
                  if t.lemma(o) in agreement_lemmas() or t.lower(o) in agreement_lemmas()]
        own_with = _prep_objects(r, topics, ("between",), skip=claimed)
    if own_with:
        # "talks with the top leaders of the Gulf nation, including Emir Sheikh Meshal": the
        # parser hangs the members on the trigger
        own_with += _prep_objects(r, heads, ("including",))
    with_ = _group_of(r, own_with + _prep_objects(r, with_heads(r, v)[1:], ("with",)))
    if hit.nominal:
        own = _group_of(r, t.dependents(i, "poss") + _prep_objects(r, [i], ("of", "by")))
        own += [a for a in _modifier_actors(r, i) if a not in own]
    else:
        own = []
    # "at the talks, Wong told Wang": the one the subject spoke to at the meeting met the
    # subject there
    addressed = _addressees(r, hit.host_verb) if from_host_verb and hit.frame == "mutual" else []
    if hit.nominal and not own and not _group_of(r, own_with) and (from_host_verb or v == i):
        # "during the visit, they signed": the noun names no one itself
        p.borrowed = not addressed
    if hit.frame in ("host", "mutual") and not hit.nominal and not t.passive(i):
        loose = _loose_persons(r, i, set(subj))
    else:
        loose = []
    if hit.frame == "host" and not hit.nominal:
        if t.passive(i):
            p.add(p.hosts, _group_of(r, _prep_objects(r, [i], ("by",)) + [a for a in t.dependents(i, "agent")
                                                                        for a in t.dependents(a, "pobj")]))
            p.add(p.guests, _group_of(r, t.dependents(i, "nsubjpass")))
            if not p.guests and t.dep(i) == "acl":
                p.add(p.guests, r.group(t.head(i)))
        else:
            p.add(p.hosts, subj)
            p.add(p.guests, _group_of(r, object_tokens(r, i)))
            p.add(p.guests, loose)
        p.add(p.others, with_)
    elif hit.frame in ("visit", "journey"):
        visitors = own + subj if hit.nominal else subj
        if not hit.nominal and t.passive(i):
            visitors = _group_of(r, [a for ag in t.dependents(i, "agent") for a in t.dependents(ag, "pobj")])
        p.add(p.guests, visitors)
        # ("leaves for Namibia": where a journey sets off for)
        preps = DESTINATION_PREPS + (("for",) if hit.word.needs == "for_destination" else ())
        # "embarked on his first State Visit to the Republic of Indonesia", "paid a State Visit to
        # Indonesia": the parser hangs the destination of a capitalised visit on the verb (DFA,
        # eval 1648; 15 articles of dev and eval write "State", "Official" or "Working Visit to")
        trip = [hit.host_verb] if hit.nominal and hit.host_verb is not None and t.dep(i) == "pobj" \
            and t.lower(t.head(i)) == "on" else []
        # (only its "to": "is in Baku on a one-day visit" places the visitor, as the arrival does)
        targets = _prep_objects(r, heads, preps) + _prep_objects(r, trip, ("to",)) + _to_datives(r, heads + trip) \
            + ([] if hit.nominal else object_tokens(r, i))
        if not hit.nominal and t.passive(i):
            targets += t.dependents(i, "nsubjpass")
        for o in targets:
            places = r.places_of(o)
            if places:
                p.destinations += [pl for pl in places if all(pl.name != d.name for d in p.destinations)]
            elif t.lemma(o) in STATE_NOUNS and t.lower(t.head(o)) == "to":
                # "Xi's state visit to the country": the state named last before it that is not
                # the visitor's own
                p.add(p.hosts, _state_before(r, o, visitors))
            elif t.lemma(o) in trigger_lexicon().memorial_nouns:
                continue  # "Putin's visit to the tomb of Heydar Aliyev"
            elif t.lower(t.head(o)) != "in" or not hit.nominal:
                p.add(p.hosts, [a for a in r.group(o) if not is_parties(a)])
        p.add(p.hosts, _inviters(r, heads + [g for g in hit.anchors if t.is_verb(g)]))
        p.add(p.hosts, _purpose_partners(r, heads))
        p.add(p.others, with_)
    else:
        if not hit.nominal:
            p.add(p.others, subj)
            if hit.frame != "sign" and hit.word.object == "partner":
                p.add(p.others, _group_of(r, object_tokens(r, i)))
                p.add(p.others, loose)
            p.add(p.others, _group_of(r, [a for ag in t.dependents(i, "agent") for a in t.dependents(ag, "pobj")]))
        else:
            p.add(p.others, subj)
            p.add(p.others, own)
            p.add(p.others, addressed)
            if v != i and t.passive(v):
                # "The meeting was attended by Cavusoglu", "talks were held by"
                p.add(p.others, _group_of(r, [a for ag in t.dependents(v, "agent") for a in t.dependents(ag, "pobj")]))
        p.add(p.others, with_)
        if hit.frame == "sign" and hit.agreement is not None:
            p.add(p.others, _group_of(r, _prep_objects(r, [hit.agreement], ("between", "with", "by"))))
            p.add(p.others, [a for a in _modifier_actors(r, hit.agreement)])
        if hit.nominal:
            # "talks ... brokered by Russia and Turkey", "the meeting of the Special
            # Representatives, led by Wang and Doval": the mediators and leaders take part too
            scope = t.subtree(i) + ([j for x in t.dependents(v, "prep") for j in r.phrase_tokens(x)] if v != i else [])
            for c in [a for j in scope for a in t.dependents(j, "acl")]:
                p.add(p.others, _group_of(r, [a for ag in t.dependents(c, "agent") for a in t.dependents(ag, "pobj")]))
    if hit.frame == "sign" and not p.actors:
        # "the signing of the Declaration during the visit of Aliyev to Moscow": the signers
        # are those of the visit or meeting it took place at
        p.add(p.others, _scene_parties(r, hit))
    if hit.frame == "sign" and not p.actors and not hit.nominal:
        # "Thirty-six documents were signed as the leaders met in Hanoi": those of the clause it
        # happened in
        for c in t.dependents(i, "advcl"):
            if any(t.lower(m) in ("as", "while", "when") for m in t.dependents(c, "mark", "advmod")):
                p.add(p.others, _group_of(r, subjects(r, c)))
    if hit.frame == "sign" and not p.actors and hit.agreement is not None:
        # "The two leaders recalled the Treaty ... signed in Astana", "the two countries agreed on
        # the implementation of the agreement signed on April 1, 2001": the parties who speak of
        # their agreement
        verb = _verb_above(r, hit.agreement)
        if verb is not None:
            p.add(p.others, _group_of(r, subjects(r, verb)))
    if hit.nominal and not p.actors:
        # "Following the summit talks in Baku, Mirziyoyev and Aliyev signed": the subjects
        # of the verb the noun's phrase hangs on
        prep = t.head(i)
        if t.dep(i) == "pobj" and t.lower(prep) in SEQUENCE_PREPS and t.is_verb(t.head(prep)):
            verb = t.head(prep)
            agents = [a for ag in t.dependents(verb, "agent") for a in t.dependents(ag, "pobj")]
            p.add(p.others, _group_of(r, subjects(r, verb) + agents))
    return p


def _loose_persons(r: Reader, v: int, taken: set[str]) -> list[str]:
    """Persons after the verb that the parser hung as a loose conjunct, apposition or adverb
    ("received Chairman ... Yusupov and chairman ..., mufti Alimov", where "Alimov" became an
    adverb of "received"): coordination it failed to see."""
    t = r.tree
    out: list[str] = []
    stack = [c for c in t.children(v) if c > v]
    while stack:
        j = stack.pop()
        dep = t.dep(j)
        if dep in ("relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis", "agent"):
            continue
        if dep == "prep" and (t.lower(j) in ("during", "at", "in", "on", "after", "before", "following", "ahead")
                              or any(t.lemma(o) in ("behalf", "invitation", "instruction", "name")
                                     for o in t.dependents(j, "pobj"))):
            continue
        if dep in ("conj", "npadvmod", "appos") and t.pos(j) == "PROPN":
            for _, name in r.art.actors_at(t.span(j)):
                if r.art.type_of(name) == "person" and name not in taken and name not in out:
                    out.append(name)
        stack.extend(t.children(j))
    return out


def _purpose_partners(r: Reader, heads: list[int]) -> list[str]:
    """`will travel to New Delhi for talks with her counterpart Jaishankar`, `visiting China
    for talks with Wang`: whom the visitor goes to meet hosts the visit."""
    t = r.tree
    lex = trigger_lexicon()
    out: list[str] = []
    for o in _prep_objects(r, heads, ("for",)):
        if t.lemma(o) in lex.nouns or t.lower(o) in lex.nouns:
            out += _group_of(r, _prep_objects(r, [o], ("with",)))
    return out


def _verb_above(r: Reader, i: int) -> int | None:
    """The verb a noun hangs from, through objects and prepositional phrases."""
    t = r.tree
    j = i
    for _ in range(6):
        if t.head(j) == j or t.dep(j) not in ("dobj", "nsubjpass", "pobj", "prep", "conj", "appos"):
            return None
        j = t.head(j)
        if t.is_verb(j):
            return j
    return None


def _scene_parties(r: Reader, hit: Hit) -> list[str]:
    for o in _prep_objects(r, hit.anchors, ("during", "at", "in")):
        word = trigger_noun(r.tree, o)
        if word is None or word.mode == "sign":
            continue
        probe = Hit(o, word, word.code, word.mode, word.frame, nominal=True, predicate=o, anchors=[o])
        scene = parties_of(r, probe)
        states = [state_name(d.iso3) for d in scene.destinations if d.iso3]
        return scene.actors + [s for s in states if s not in scene.actors]
    return []


def _state_before(r: Reader, o: int, visitors: list[str]) -> list[str]:
    """The state named last before token `o` in its paragraph, not the visitors' own."""
    art = r.art
    at = r.tree.span(o)
    para = art.paragraph_of(at)
    homes = {state_of(v, art.doc) for v in visitors} - {None}
    named = [name for _, name in art.states_in(Span(para.start, at.start)) if iso_of_state_name(name) not in homes]
    return named[-1:]


def _modifier_actors(r: Reader, i: int) -> list[str]:
    """Actors named in a noun's modifiers: "Turkish-German talks", "the Scholz-Macron meeting"."""
    t = r.tree
    lex = trigger_lexicon()
    out: list[str] = []
    for c in t.dependents(i, "compound", "amod", "nmod"):
        if t.lemma(c) in lex.phone_words:
            continue
        names = r.group(c)
        if t.dep(c) == "compound" and any(t.tag(k) == "HYPH" for k in t.subtree(c)):
            # "a Joe Biden-Xi Jinping bilateral": the parser chains two full names through
            # the hyphen; every person named in the modifier takes part
            tokens = t.subtree(c)
            span = Span(t.span(min(tokens)).start, t.span(max(tokens)).end)
            names = names + [n for _, n in r.art.actors_at(span) if r.art.type_of(n) == "person"]
        for name in names:
            if name not in out and not is_parties(name):
                out.append(name)
    return out


def _place_dateline_of(r: Reader) -> list[Place]:
    """The bare place dateline that opens the paragraph, before the sentence ("New Delhi: ...";
    the sentence starts after it: `nlp._after_place_dateline`)."""
    art = r.art
    sentence = r.tree.parsed.span
    para = art.paragraph_of(sentence)
    found = opening_place(art.doc.text, para.start, para.end) if para.start < sentence.start else None
    if found is None or found[1] != sentence.start:
        return []
    named = art.place_name(found[0])
    return [Place(named[0], named[1], found[0])] if named is not None else []


def places_of(r: Reader, hit: Hit) -> list[Place]:
    """Where the event took place: the `in`/`at` phrases of its trigger and verbs, nearest
    first ("met Lavrov in Moscow", "held talks in New Delhi", "In Paris, Macron will receive")."""
    t = r.tree
    for anchor in hit.anchors:
        if anchor != hit.index and t.dep(anchor) == "dobj" and not meeting_noun(r, anchor):
            continue  # what was discussed, not where: "discussed the situations in Syria and Iraq"
        found: list[Place] = []
        for o in _prep_objects(r, [anchor], PLACE_PREPS):
            found += [pl for pl in r.places_of(o) if all(pl.name != f.name for f in found)]
        if found:
            return found
        if anchor == hit.host_verb:
            break
    # "was on February 22 in Ethiopia, where he signed key cooperation deals": the "where"
    # clause's noun
    for a in hit.anchors[:2]:
        if t.dep(a) == "relcl" and any(t.lower(c) == "where" for c in t.dependents(a, "advmod")):
            found = r.places_of(t.head(a))
            if found:
                return found
    # "New Delhi: Jaishankar held talks with Wang Yi here on 3 March": the place dateline the
    # paragraph opens with
    if any(t.lower(c) == "here" for a in hit.anchors for c in t.dependents(a, "advmod")):
        found = _place_dateline_of(r)
        if found:
            return found
    # "Ankara hosted talks between Putin and Erdogan": a city as subject is where
    for s_ in (subjects(r, hit.predicate, skip=hit.index) if t.is_verb(hit.predicate) else []):
        found = [pl for pl in r.places_of(s_) if pl.is_city]
        if found and not r.names_actor(s_):
            return found
    # "held meetings ... during an official visit to the Turkish capital of Ankara": where the
    # visit it took place during went
    for a in hit.anchors[1:]:
        word = trigger_noun(t, a) if t.pos(a) in ("NOUN", "PROPN") else None
        if word is not None and word.mode == "visit":
            found = [pl for o in _prep_objects(r, [a], ("to",)) for pl in r.places_of(o)]
            if found:
                return found
    # "will hold talks with his counterpart Lavrov in Moscow": the parser hung the place on
    # the partner
    # "was received by Radev, President of Bulgaria, in Sofia": on the agent too
    agents = [o for h in (hit.index, hit.predicate) for a in t.dependents(h, "agent")
              for o in t.dependents(a, "pobj")]
    partners = t.dependents(hit.index, "dobj") + _prep_objects(r, [hit.index, hit.predicate], ("with",)) + agents
    # a partner, not a topic: "discussed the situations in Syria and Iraq with Erdogan" is no
    # meeting in Syria
    for o in (o for o in partners if r.names_actor(o)):
        for q in t.dependents(o, "prep"):
            if t.lower(q) in PLACE_PREPS:
                found = [pl for x in t.dependents(q, "pobj") for pl in r.places_of(x)]
                if found:
                    return found
    # "Moscow: Amid speculation ..., Jaishankar and Lavrov held talks": a meeting the sentence
    # does not place is where the paragraph's place dateline says (a call is in no one place)
    # (last: "NEW DELHI: Trump ... will be meeting with Zelenskyy in Washington" is in Washington)
    return _place_dateline_of(r) if hit.mode != "call" else []


def times_of(r: Reader, hit: Hit, exprs: list[TimeExpr], owners: dict[int, int]) -> list[TimeExpr]:
    """The date phrases that hang on the trigger's anchors, those of the nearest anchor.

    `owners` maps each phrase (by position in `exprs`) to the token it modifies."""
    best: list[TimeExpr] = []
    best_rank = None
    for k, expr in enumerate(exprs):
        owner = owners.get(k)
        if owner is None or owner not in hit.anchors:
            continue
        rank = hit.anchors.index(owner)
        if best_rank is None or rank < best_rank:
            best, best_rank = [expr], rank
        elif rank == best_rank:
            best.append(expr)
    if not best:
        best = _dated_noun_times(r, hit, exprs, owners)
    return _with_enumeration(r, best, exprs)


def _dated_noun_times(r: Reader, hit: Hit, exprs: list[TimeExpr], owners: dict[int, int]) -> list[TimeExpr]:
    """`a 2007 pact signed by Howard and Abe`, `the 2018 summit held in Singapore`: a participle
    that modifies a dated noun tells of the act of that date."""
    t = r.tree
    v = hit.predicate
    if hit.nominal or t.dep(v) != "acl" or t.tag(v) != "VBN":
        return []
    noun = t.head(v)
    return [expr for k, expr in enumerate(exprs) if owners.get(k) == noun]


def _with_enumeration(r: Reader, chosen: list[TimeExpr], exprs: list[TimeExpr]) -> list[TimeExpr]:
    """`in November 2020, in January and November 2021`: the dates listed right after one the
    event owns are the event's too, wherever the parser hung them."""
    import re

    out = list(chosen)
    text = r.art.text
    for expr in sorted(exprs, key=lambda e: e.span.start):
        if expr in out or not out:
            continue
        last = max(out, key=lambda e: e.span.end)
        between = text[last.span.end:expr.span.start]
        if expr.span.start >= last.span.end and re.fullmatch(r"[\s,]*(?:and\s+)?(?:in\s+|on\s+)?", between):
            out.append(expr)
    return out


def expression_owners(r: Reader, exprs: list[TimeExpr], heads: set[int]) -> dict[int, int]:
    """For each date phrase, the word it modifies: the first verb, or the first event or
    agreement noun (`heads`), above it in the parse."""
    t = r.tree
    out: dict[int, int] = {}
    for k, expr in enumerate(exprs):
        tokens = t.overlapping(expr.span)
        root = t.phrase_head(tokens)
        if root is None:
            continue
        if expr.attributive:
            # "the 2007 pact": the noun it modifies, when an event or agreement, and nothing above
            if t.head(root) in heads:
                out[k] = t.head(root)
            continue
        after = _after_object(r, root, tokens)
        if after is not None:
            # "took place a week after the reopening": the phrase dates the reopening (a week
            # before the meeting), never the clause it hangs on
            if after in heads:
                out[k] = after
            continue
        bound = False
        for a in t.ancestors(root):
            if t.lower(a) in BOUND_WORDS and t.dep(a) in ("prep", "mark"):
                bound = True
            if a in heads or t.is_verb(a):
                if not (bound and t.is_verb(a)):
                    out[k] = a
                break
    return out


def _after_object(r: Reader, root: int, tokens: list[int]) -> int | None:
    """For "a week after the total reopening", parsed as the verb's measure and its `after`
    phrase side by side, or as the preposition's measure: the object of that `after`."""
    t = r.tree
    if not tokens:
        return None
    last = max(tokens)
    if root == last and t.lower(root) == "after" and t.dep(root) == "prep":
        # "accusing Germany of hostile acts two months after tensions over Western Sahara": the
        # count hangs on the preposition; the phrase dates its object
        objects = t.dependents(root, "pobj", "pcomp")
        return objects[0] if objects else root
    if t.dep(root) != "npadvmod":
        return None
    for p in t.dependents(t.head(root), "prep"):
        if t.lower(p) == "after" and p == last:
            objects = t.dependents(p, "pobj")
            return objects[0] if objects else p
    return None


def bounded(r: Reader, expr: TimeExpr) -> bool:
    """Whether a date phrase bounds a period ("since December 2011", "until May"): on an event
    noun it dates the occasion before ("the first visit since December 2011": a visit then)."""
    t = r.tree
    root = t.phrase_head(t.overlapping(expr.span))
    if root is None:
        return False
    if t.lower(root) in BOUND_WORDS:
        return True  # the phrase holds its preposition ("since the end of May")
    for a in t.ancestors(root):
        if t.lower(a) in BOUND_WORDS and t.dep(a) in ("prep", "mark"):
            return True
        if t.pos(a) == "ADP" or (t.lower(a) in PERIOD_PARTS and t.pos(a) == "NOUN"):
            continue  # "since the end of May": the part of the period the date names
        if t.is_verb(a) or t.pos(a) in ("NOUN", "PROPN"):
            return False
    return False


# prepositions whose date bounds a period: no date of the clause's act ("In the first visit
# since December 2011, Kishida held a summit with Yoon on Thursday"); on an event noun it dates
# the occasion before ("his first visit to India since March 2022": a visit then)
BOUND_WORDS = ("since", "until", "till")
# nouns that stand for a state named before ("his visit to the country", "the kingdom")
STATE_NOUNS = ("country", "kingdom", "nation", "republic", "state")
# prepositions of what talks are about or for ("negotiations for an agreement between A and B")
TOPIC_PREPS = ("for", "on", "over")
# nouns that name a part of the period a date phrase gives ("since the end of May")
PERIOD_PARTS = ("end", "beginning", "start", "middle", "turn", "close", "half", "part")


def meeting_noun(r: Reader, o: int) -> bool:
    """A noun the trigger lexicon reads as a meeting, visit or call (CAMEO 04)."""
    word = trigger_noun(r.tree, o)
    return word is not None and word.code[:2] == "04"
