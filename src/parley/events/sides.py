"""Who does what to whom in a statement, an appeal, a protest or a sanction: its source and its
target, read from the parse (`verbal.py` finds the acts).

The source is the subject of the trigger (or of its light verb: "expressed concern"), through
control, coordination and participles (`arguments.subjects`), a passive agent ("was summoned by
Yang"), or a noun's possessor ("Iran's condemnation was conveyed"). "We" in a quotation is its
speaker; a state in a quotation is its speaker when he speaks for that state ("“The United
States condemns ...,” Sullivan said"); a ministry is its state; a capital its state
("New Delhi urged Islamabad").

The target is whom the act is aimed at: the object when it names an actor ("condemned Russia",
"summoned Huang Xilian"), else the doer the object's phrase names ("China's restrictions", "the
attack by the Houthi militia", "the Israeli bombing"), the object of a preposition ("called on
Moscow", "sanctions against Turkey", "ties with Morocco"), the parties of what the trigger governs
("declined to meet Lavrov"), or for a condemnation or an appeal the state it is set in ("the coup
attempt in Niger").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..cameo import quad_class
from ..people.officeholders import is_listed_name
from ..quotes.lexicon import quote_lexicon
from .arguments import meeting_noun, parties_of, subjects
from .lexicon import trigger_lexicon, trigger_noun, verbal_lexicon
from .places import capital_country, iso_of_state_name, state_name
from .reader import Reader, is_parties
from .triggers import Hit

if TYPE_CHECKING:
    from ..syntax import Tree
    from .article import Article
    from .verbal import Act

# QuadClasses of words, not deeds (verbal cooperation and verbal conflict, `cameo_scale.toml`)
VERBAL_QUADS = (1, 3)
# prepositions of an object's phrase that say whom it is aimed at ("aid to Senegal", "trade with
# India", "sanctions against Turkey", "a meeting with May")
AIMED_PREPS = ("to", "with", "against", "on", "upon", "toward", "towards", "from", "for")
# prepositions that set the object's phrase in a state ("the coup attempt in Niger", "the fighting
# across Sudan")
PLACE_PREPS = ("in", "across", "inside", "within", "throughout")
# how deep the search for a target runs through an object's prepositional phrases
DEPTH = 2
# words that make a role phrase a description of someone out of that office
DESCRIPTIONS = ("former", "ex", "then", "late", "erstwhile")
# object pronouns that stand for a party named before ("thanked him", "urged it to")
OBJECT_PRONOUNS = ("him", "her", "it")
# capitals named for states that are seats of something else
NOT_METONYMS = ("Brussels",)


@dataclass
class Sides:
    sources: list[str]
    targets: list[str]
    # the state the phrase naming a person gives, where his record has none ("U.S. Senator Ted Cruz")
    countries: dict[str, str] = field(default_factory=dict)


def read_sides(r: Reader, act: Act) -> Sides | None:
    sources = _sources(r, act) or _host_of_envoy(r, act)
    if not sources:
        return None
    targets: list[str] = []
    for kind in act.word.target:
        targets = _targets(r, act, kind, sources)
        if targets:
            break
    if act.word.mutual:
        sources = _add(sources, _names(r, _prep_objects(r, [act.index, act.predicate], ("with",))))
    countries = _phrase_countries(r, sources + targets)
    if act.word.accepting and r.tree.lemma(act.predicate) in act.word.accepting:
        # "Putin accepted the invitation of Tokayev", "Modi accepted Muizzu's invitation": the one
        # who invited is the target
        if not targets and act.nominal:
            inviters = act.objects + r.tree.dependents(act.index, "poss")
            targets = _names(r, inviters)
            countries = _phrase_countries(r, sources + targets)
        return Sides(sources, [a for a in targets if a not in sources], countries)
    return Sides(sources, targets, countries)


def _phrase_countries(r: Reader, names: list[str]) -> dict[str, str]:
    """For persons of no known state, the one state named in front of their name in this
    sentence ("U.S. Senator Ted Cruz", "Japanese Foreign Minister Hayashi")."""
    t = r.tree
    out: dict[str, str] = {}
    for span, name in r.art.mentions.overlapping(t.parsed.span):
        if name not in names or name in out or r.art.type_of(name) != "person" or _country(r.art, name):
            continue
        heads = [i for i in t.overlapping(span)]
        phrase = [j for i in heads for j in t.dependents(i, "compound", "amod", "nmod") if j not in heads]
        states = {iso for j in phrase for _, n in r.art.states_in(t.span(j)) if (iso := iso_of_state_name(n))}
        if len(states) == 1:
            out[name] = states.pop()
    return out


# ---- sources -----------------------------------------------------------------------------------

def _sources(r: Reader, act: Act) -> list[str]:
    t = r.tree
    v = act.predicate
    lex = verbal_lexicon()
    if act.word.kind == "judgement":
        return _judges(r, act)
    tokens: list[int] = []
    if t.passive(v) and not act.nominal:
        tokens = [o for a in t.dependents(v, "agent") for o in t.dependents(a, "pobj")]
        tokens += [o for p in t.dependents(v, "prep") if t.lower(p) == "by" for o in t.dependents(p, "pobj")]
        if not tokens and act.word.envoys:
            tokens = _announcers(r, v)
    else:
        tokens = [s for s in subjects(r, v, skip=act.index) if s != act.index]
    if act.nominal and not tokens:
        tokens = t.dependents(act.index, "poss")  # "Iran's serious condemnation was conveyed"
    if tokens and all(t.lemma(s) in lex.documents for s in tokens):
        # "Putin signed a decree enforcing sanctions against Turkey": who issued the document
        verbs = [t.head(s) for s in tokens if t.is_verb(t.head(s)) and t.head(s) != s]
        tokens = [x for v in verbs for x in subjects(r, v)]
    tokens = [s for s in tokens if t.lemma(s) not in lex.not_sources]
    names: list[str] = []
    for s in tokens:
        if t.lower(s) in lex.speaker and r.art.quoted(t.span(s)):
            speaker = r.art.speaker_at(t.span(s))
            names = _add(names, [speaker] if speaker and r.art.doc.actor_named(speaker) else [])
            continue
        names = _add(names, _names(r, [s]))
    return _as_speaker(r, act, names)


def _judges(r: Reader, act: Act) -> list[str]:
    """Who judges another party's act: the subject of the verb of saying whose clause the
    judgement is ("Kishida said Russia's invasion of Ukraine is unacceptable", "Gemba was quoted
    as saying"), else the speaker of the quotation it is in; nobody where the article judges."""
    t = r.tree
    clause, head = act.predicate, t.head(act.predicate)
    if t.dep(clause) == "ccomp" and head != clause and t.lemma(head) in quote_lexicon().speech_lemmas:
        # not said ("did not say that", "refused to say that"), or only asked ("asked whether")
        if t.negated(head) or t.dep(head) == "xcomp" or \
                any(t.lower(m) in ("whether", "if") for m in t.dependents(clause, "mark")):
            return []
        return _as_speaker(r, act, _add([], _names(r, subjects(r, head))))
    span = t.span(act.index)
    if r.art.quoted(span):
        speaker = r.art.speaker_at(span)
        return [speaker] if speaker and r.art.doc.actor_named(speaker) else []
    return []


def _host_of_envoy(r: Reader, act: Act) -> list[str]:
    """The state an envoy is posted to, who summons or expels the envoy where the doer is a body
    the text gives no state ("The Ministry of Foreign Affairs has summoned the Chinese ambassador
    to Jakarta", The Media Times via AFP, eval 1099): the host acts on a foreign envoy. Not for a
    recall, whose doer sends the envoy (the post is its target)."""
    if not act.word.envoys or "post" in act.word.target:
        return []
    found = _posted_to(r, act.objects, ("to", "in"))
    if not found:
        # where the parser hangs the post on the verb ("summoned Pakistan's envoy in Dhaka,
        # Samina Mehtab", New Age, eval 1709): the envoy is summoned where the host sits
        found = [state for x in _prep_objects(r, [act.predicate] + act.objects, ("in",))
                 if (state := _capital_leading(r, x))]
    return found if len(found) == 1 else []


def _capital_leading(r: Reader, j: int) -> str | None:
    """The state of the capital phrase `j` names, or of a capital the parser ran into the name
    after it as its first word ("chargé d'affaires in Dhaka Samina Mehtab")."""
    first = r.tree.dependents(j, "compound")[:1]
    return _capital_state(r, j) or (_capital_state(r, first[0]) if first else None)


def _posted_to(r: Reader, envoys: list[int], preps: tuple[str, ...]) -> list[str]:
    """The states named where `envoys` are posted ("its ambassador to France", "the Chinese
    ambassador to Jakarta", "its ambassador in Paris, Mohamed Antar-Daoud")."""
    t = r.tree
    found: list[str] = []
    for o in envoys:
        posts = _prep_objects(r, [o] + t.dependents(o, "appos"), preps)
        found = _add(found, [n for n in _names(r, posts) if iso_of_state_name(n)])
    return found


def _announcers(r: Reader, v: int) -> list[int]:
    """Who announces an envoy's summons, recall or expulsion told without its doer ("Poland's
    Foreign Ministry said the Russian ambassador had been summoned", "The EU announced ... that
    all member states' ambassadors to Belarus were being recalled"): a state announces its own."""
    head = announcing_verb(r.tree, v)
    return subjects(r, head) if head is not None else []


def announcing_verb(t: Tree, v: int) -> int | None:
    """The verb of announcing whose complement clause `v` heads ("Poland's Foreign Ministry said
    the Russian ambassador had been summoned"), or None."""
    head = t.head(v)
    if head == v or t.dep(v) != "ccomp" or t.lemma(head) not in verbal_lexicon().announcing_verbs:
        return None
    return head


def _as_speaker(r: Reader, act: Act, names: list[str]) -> list[str]:
    """`“The United States strongly condemns ...,” Sullivan said`: the speaker who speaks for
    the state the quotation names as acting."""
    art = r.art
    span = r.tree.span(act.index)
    if art.quoted(span):
        speaker = art.speaker_at(span)
    elif quad_class(act.code) in VERBAL_QUADS:
        # "Xi said China is ready to work with Nauru": words, so the one who said them; a deed
        # told ("Lamamra said his country has severed relations") stays the state's
        speaker = art.reporter_at(span)
    else:
        return names
    actor = art.doc.actor_named(speaker) if speaker else None
    if actor is None or actor.type != "person" or not actor.country:
        return names
    return [speaker if iso_of_state_name(n) == actor.country else n for n in names]


# ---- targets -----------------------------------------------------------------------------------

def _targets(r: Reader, act: Act, kind: str, sources: list[str]) -> list[str]:
    t = r.tree
    word = act.word
    found: list[str] = []
    if kind == "object":
        for o in act.objects:
            found = _add(found, _aimed_at(r, o, word.doer_only, place=False))
    elif kind == "preps":
        # "sanctions on Venezuela", "expressed gratitude to Iraq", "aid to Senegal", "trade with India"
        heads = [act.index] + ([act.predicate] if act.nominal else []) + act.objects
        for o in _prep_objects(r, heads, word.preps):
            if o not in act.objects:  # "a halt to Israeli assistance to Senegal": not the aid itself
                found = _add(found, _aimed_at(r, o, word.doer_only and act.nominal, place=False))
    elif kind == "complement":
        from .verbal import complement_of, noun_complement_of

        complements = noun_complement_of(r, act.index, act.predicate) if act.nominal else complement_of(r, act.index)
        # "vowed to deepen and expand ties with X": the partner of any of the verbs joined
        for c in [x for c0 in complements for x in t.conjuncts(c0)]:
            objects = t.dependents(c, "dobj") if t.is_verb(c) else [c]
            for o in objects:
                found = _add(found, _aimed_at(r, o, word.doer_only, place=False))
            # "interest in strengthening cooperation between Norway and China": the partners of what
            # is built (the speaker's own state is dropped later)
            for o in _prep_objects(r, [c] + objects, AIMED_PREPS + ("between",)):
                found = _add(found, _aimed_at(r, o, word.doer_only, place=False))
    elif kind == "clause_subject":
        from .verbal import that_clauses

        # "urged that Nigeria shows optimal cooperation", "expressed hope that Russia would help":
        # the one the that-clause asks something of: a party named or a state's body ("the Afghan
        # authorities"), not what is hoped of ("Russian-Lebanese relations would grow stronger")
        lex = verbal_lexicon()
        bodies = lex.state_heads | lex.body_heads | lex.asked_heads
        for c in that_clauses(r, act.index):
            for o in [x for s in t.dependents(c, "nsubj") for x in t.conjuncts(s)]:
                named = _direct(r, o) or (_aimed_at(r, o, word.doer_only, place=False) if t.lemma(o) in bodies or t.lower(o) in bodies else [])
                found = _add(found, named)
    elif kind == "place":
        for o in act.objects:
            if t.lemma(o) not in verbal_lexicon().place_not_for:
                found = _add(found, _aimed_at(r, o, False, place=True))
    elif kind == "post":
        # "recalled its ambassador to France", "its ambassador in Paris, Mohamed Antar-Daoud"
        found = _add(found, _posted_to(r, act.objects, ("to", "in", "at", "from")))
    return [a for a in found if a not in sources]


def _aimed_at(r: Reader, o: int, doer_only: bool, place: bool, depth: int = 0) -> list[str]:
    """Whom an object names or whose doing it is: itself, its doer, whom it is aimed at, or
    (`place`) the state it is set in."""
    t = r.tree
    direct = _direct(r, o)
    if direct:
        return direct
    meeting = depth == 0 and meeting_noun(r, o)
    if meeting:
        # "cancelled the visit to Israel of Ukraine's prime minister": who takes part, not where
        taking_part = _participants(r, o)
        if taking_part:
            return taking_part
    doers = _doers(r, o)
    if doers or doer_only:
        return doers
    if place:
        return [n for p in t.dependents(o, "prep") if t.lower(p) in PLACE_PREPS
                for x in t.dependents(p, "pobj") for n in _names(r, [x]) if iso_of_state_name(n)]
    named = [n for n in r.group(o) if not is_parties(n)]
    if named:
        return named
    if depth >= DEPTH:
        return []
    out: list[str] = []
    scope = [o] + t.dependents(o, "acl", "relcl")
    for x in _prep_objects(r, scope, AIMED_PREPS):
        if meeting and r.places_of(x):
            continue  # where the meeting was to be
        out = _add(out, _aimed_at(r, x, False, False, depth + 1))
    return out


def _participants(r: Reader, o: int) -> list[str]:
    t = r.tree
    word = trigger_noun(t, o)
    probe = Hit(o, word, word.code, word.mode, word.frame, nominal=True, predicate=o, anchors=[o])
    found = _names_of(r.art, parties_of(r, probe).actors)
    # "a meeting scheduled with May": the partners of the verb that schedules it
    found = _add(found, _names(r, _prep_objects(r, t.dependents(o, "acl", "relcl"), ("with",))))
    return found


def _names_of(art: Article, names: list[str]) -> list[str]:
    return [a for n in names if not is_parties(n) and (a := _as_state(art, n))]


def _direct(r: Reader, o: int) -> list[str]:
    """The object names an actor itself: a name, a pronoun, an envoy with his name or state."""
    t = r.tree
    if t.lower(o) in OBJECT_PRONOUNS and t.pos(o) == "PRON":
        return antecedent(r, o)
    if t.pos(o) in ("PROPN", "PRON") or r.art.actors_at(t.span(o)):
        return [n for n in _names(r, [o])]
    group = r.group(o)
    if group and all(is_parties(n) for n in group):
        return group  # "congratulated the two sides"
    if t.lemma(o) in verbal_lexicon().envoys or t.lower(o) in verbal_lexicon().envoys:
        return [n for n in r.group(o) if not is_parties(n)]
    return []


def antecedent(r: Reader, o: int) -> list[str]:
    """Whom an object pronoun stands for: never the subject of its own clause ("Hayashi thanked
    him"), but the person named last before it ("He welcomed Obama, ..., thanked him"; else the
    sentence before); "it" only a state or organisation named earlier in the same sentence
    ("condemned North Korea's firing and urged it to cease")."""
    t = r.tree
    art = r.art
    verb = t.head(o)
    own = {n for s in subjects(r, verb) for n in r.group(s)} if t.is_verb(verb) else set()
    start = t.tokens[o].start
    sentence = t.parsed.span.start
    if t.lower(o) == "it":
        found = [name for span, name in art.mentions.overlapping(t.parsed.span)
                 if span.start < start and name not in own and art.type_of(name) != "person"]
        found += [name for span, name in art.states_in(t.parsed.span) if span.start < start and name not in own]
        return [_as_state(art, found[-1]) or found[-1]] if found else []
    # nor one who acts for the subject's own state ("Malawi's foreign ministry ... summoned him":
    # not Malawi's president, named last before it, but the British envoy; The Guardian eval 1299)
    own_states = {iso for n in own if (iso := _country(art, n))}
    before = [(s, n) for s, n in art.persons_in_order if s < start and n not in own
              and (not own_states or _country(art, n) not in own_states)]
    if not before:
        return []
    # in this sentence, else the sentence before: no further back
    prior = [(s, n) for s, n in before if s >= sentence] or [(s, n) for s, n in before if s >= _previous_start(r)]
    return [prior[-1][1]] if prior else []


def _previous_start(r: Reader) -> int:
    sentence = r.tree.parsed.span
    earlier = [s.start for s in r.art.doc.sentences if s.end <= sentence.start]
    return max(earlier) if earlier else sentence.start


def _doers(r: Reader, o: int) -> list[str]:
    """The doer an object's phrase names: `China's restrictions`, `the attack by the Houthi
    militia`, `a crime committed by X`, `the Israeli bombing`, `the activities of Chinese vessels`."""
    t = r.tree
    out: list[str] = []
    out = _add(out, _names(r, t.dependents(o, "poss")))
    verbs = [o] + t.dependents(o, "acl", "relcl")
    agents = [x for v in verbs for a in t.dependents(v, "agent") for x in t.dependents(a, "pobj")]
    # "the achievements China has gained", "the work the Albanese government had put in"
    agents += [x for v in t.dependents(o, "relcl") for x in t.dependents(v, "nsubj")
               if t.tag(x) not in ("WDT", "WP")]
    agents += [x for v in verbs for p in t.dependents(v, "prep") if t.lower(p) == "by" for x in t.dependents(p, "pobj")]
    out = _add(out, _names(r, agents))
    for c in t.dependents(o, "compound", "amod", "nmod"):
        out = _add(out, [n for n in r.group(c) if not is_parties(n)])
    for p in t.dependents(o, "prep"):
        # "the statements of Macron"; "an invitation from Putin", "a request from Kyiv"
        if t.lower(p) == "of" or (t.lower(p) == "from" and t.lemma(o) in verbal_lexicon().from_doers):
            for x in t.dependents(p, "pobj"):
                out = _add(out, _direct(r, x) or [n for c in t.dependents(x, "compound", "amod", "poss")
                                                  for n in r.group(c) if not is_parties(n)])
    return out


# ---- names ----------------------------------------------------------------------------------

def _prep_objects(r: Reader, heads: list[int], preps: tuple[str, ...]) -> list[int]:
    t = r.tree
    # (the parser labels the `to` of giving "dative": "handed a protest note to Colombia")
    return [o for h in heads for p in t.dependents(h, "prep", "dative") if t.lower(p) in preps
            for o in t.dependents(p, "pobj")]


def names_of_tokens(r: Reader, tokens: list[int]) -> list[str]:
    return _names(r, tokens)


def _names(r: Reader, tokens: list[int]) -> list[str]:
    """The actors phrases name, a state's body as its state, a capital as its state."""
    t = r.tree
    out: list[str] = []
    lex = verbal_lexicon()
    for tok in tokens:
        if t.tag(tok) in ("WDT", "WP") and t.dep(t.head(tok)) == "relcl":
            tok = t.head(t.head(tok))  # "the Trump administration, which refused": its noun
        if t.pos(tok) == "NOUN" and any(t.lower(m) in DESCRIPTIONS for m in t.dependents(tok, "amod", "advmod")):
            continue  # "the former Portuguese prime minister": a description, not a name
        names = [n for n in r.group(tok) if _as_state(r.art, n)]
        if t.lemma(tok) in trigger_lexicon().non_state_heads:
            # "Kenya's coach", "a Chinese company": the coach or the company, never the state
            names = [n for n in names if r.art.type_of(n) != "state"]
        if not names:
            # "the Beijing Foreign Ministry", "South Korea's Ministry of Foreign Affairs",
            # "Moscow recalled": the state a capital or a body's possessor names
            names = [state for j in t.conjuncts(tok) if (state := _capital_state(r, j) or _body_state(r, j))]
        if t.lemma(tok) in lex.state_heads:
            # "the Trump administration", "the Maduro government": the state
            names = [_state_of_person(r.art, n) for n in names]
        out = _add(out, [a for n in names if (a := _as_state(r.art, n))])
    return out


def _state_of_person(art: Article, name: str) -> str:
    actor = art.doc.actor_named(name)
    if actor is not None and actor.type == "person" and actor.country:
        return state_name(actor.country)
    return name


def _body_state(r: Reader, j: int) -> str | None:
    """A state's body named with its state: `South Korea's Ministry of Foreign Affairs`, `the
    Beijing Foreign Ministry`."""
    t = r.tree
    if t.lemma(j) not in verbal_lexicon().body_heads:
        return None
    for c in t.dependents(j, "poss", "compound", "amod"):
        state = _capital_state(r, c) or next((n for n in r.group(c) if iso_of_state_name(n)), None)
        if state:
            return state
    return None


def _capital_state(r: Reader, j: int) -> str | None:
    t = r.tree
    word = t.word(j)
    compound = [c for c in t.dependents(j, "compound") if t.pos(c) == "PROPN"]
    if compound:
        word = r.art.text[t.tokens[min(compound)].start:t.tokens[j].end]
    if t.pos(j) != "PROPN" or word in NOT_METONYMS:
        return None
    iso = capital_country(word)
    return state_name(iso) if iso else None


def _as_state(art: Article, name: str) -> str | None:
    """A government body ("the Foreign Ministry", "the DFA") acts for its state; one whose
    state the text does not tell is no identifiable party."""
    actor = art.doc.actor_named(name)
    if actor is not None and actor.type == "organization" and (actor.role or "") == "government body":
        return state_name(actor.country) if actor.country else None
    return name


def _add(out: list[str], names: list[str]) -> list[str]:
    return out + [n for n in names if n and n not in out]


# ---- which exchanges count ----------------------------------------------------------------------

def _country(art: Article, name: str) -> str | None:
    """The state an actor acts for: a state's own code, a person's or a body's country."""
    iso = iso_of_state_name(name)
    if iso:
        return iso
    actor = art.doc.actor_named(name)
    return actor.country if actor is not None else None


def political(art: Article, names: list[str]) -> bool:
    """One side at least is a state, a political body or a person holding a political office: a
    coach praising a player or a company accusing another is no diplomacy."""
    lex = verbal_lexicon()
    for n in names:
        if iso_of_state_name(n):
            return True
        actor = art.doc.actor_named(n)
        if actor is None:
            continue
        role = (actor.role or "").lower()
        if actor.type == "organization" and role in lex.political_kinds:
            return True
        if actor.type == "person" and role in lex.political_roles:
            return True
        if actor.type == "person" and " " in actor.name and is_listed_name(actor.name):
            # a head of state or government or a foreign minister the text names without a
            # title ("Narendra Modi and Lotay Tshering agreed to expand cooperation")
            return True
    return False


def foreign(art: Article, sides: Sides) -> bool:
    """The sides are not one and the same state (where the text tells their states, in the
    actor's record or in the phrase that names him: "U.S. Senator Ted Cruz")."""
    def country(n: str) -> str | None:
        return _country(art, n) or sides.countries.get(n)

    mine = {c for n in sides.sources if (c := country(n))}
    theirs = [country(n) for n in sides.targets]
    return not (mine and all(c is not None and c in mine for c in theirs))


def own_state_dropped(art: Article, sources: list[str], targets: list[str]) -> list[str]:
    """Targets that are not the sources' own state ("Netanyahu ... the anti-Israel resolution")."""
    mine = {c for n in sources if (c := _country(art, n))}
    return [n for n in targets if not (iso_of_state_name(n) and iso_of_state_name(n) in mine)]
