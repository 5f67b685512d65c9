"""Event triggers on the parse: verbs and nouns by lemma (`data/event_triggers.toml`), each
checked against what its use needs ("received Lavrov", not "received a call"; "signed 14
pacts", not "signed a decree"), with the verb that carries its tense and date.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..quotes.lexicon import quote_lexicon
from ..syntax import Tree
from .lexicon import TriggerWord, agreement_lemmas, signed_only_lemmas, status_lexicon, trigger_lexicon, trigger_noun
from .reader import VISITOR_MARK, Reader

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# verbs whose agreement object may be a document only signed or adopted ("signed a joint statement")
SIGNING_VERBS = ("sign", "ink", "adopt", "exchange", "approve")
# nouns that count what was signed ("a number of agreements", "a package of documents")
QUANTITY_NOUNS = ("number", "series", "set", "package", "raft", "range", "host", "slew", "total", "couple", "dozen")
# verbs that make an agreement, not sign it: a signing only with who reached it ("agreements
# achieved by the three leaders in November 2020"), not in passing ("agreements reached")
REACHING_VERBS = ("reach", "achieve")
# a "call" verb that asks, names or summons is no telephone call
NOT_A_CALL_DEPS = ("oprd", "ccomp", "xcomp", "attr", "acomp")
# "called up Modi" is a telephone call; "called off", "called out" are not
CALL_PARTICLES = ("up",)
NOT_A_CALL_PREPS = ("for", "on", "upon", "off", "as")


@dataclass
class Hit:
    """One trigger in a sentence."""

    index: int
    word: TriggerWord
    code: str
    mode: str
    frame: str
    nominal: bool
    # the verb that carries the event's tense, modality and dates: a light verb ("held
    # talks"), an occurrence verb ("talks were held"), or the trigger itself
    predicate: int
    # "At a meeting with Putin ..., Modi told": the verb whose subject attends the event
    host_verb: int | None = None
    # the agreement a signing signs (its head token)
    agreement: int | None = None
    # the tokens through which dates and places attach, nearest first
    anchors: list[int] = field(default_factory=list)



def find_hits(r: Reader) -> list[Hit]:
    t = r.tree
    lex = trigger_lexicon()
    hits = []
    for i in range(len(t)):
        lemma = t.lemma(i)
        phrasal = _phrasal(r, i) if t.pos(i) == "VERB" else None
        if phrasal is not None:
            hit = Hit(i, phrasal, phrasal.code, phrasal.mode, phrasal.frame, nominal=False, predicate=i)
            hit.anchors = _anchors(r, hit)
        elif t.pos(i) == "VERB" and lemma in lex.verbs:
            hit = _verb_hit(r, i, lex.verbs[lemma])
        elif t.pos(i) in ("NOUN", "PROPN") and (noun := trigger_noun(t, i)) is not None:
            hit = _noun_hit(r, i, noun)
        else:
            continue
        if hit is not None:
            hits.append(hit)
    return hits


def _phrasal(r: Reader, i: int) -> TriggerWord | None:
    """`call on Modi`, `sit down with Putin`: a verb and preposition with a participant, and no
    complement clause ("called on both sides to show restraint" is an appeal)."""
    t = r.tree
    lex = trigger_lexicon()
    if t.dependents(i, "xcomp", "ccomp", "oprd") or asks_for(r, i):
        return None
    for p in t.dependents(i, "prep") + t.dependents(i, "prt"):
        word = lex.phrasal.get((t.lemma(i), t.lower(p)))
        if word is None:
            continue
        objects = t.dependents(p, "pobj") or [o for q in t.dependents(i, "prep") for o in t.dependents(q, "pobj")]
        if any(r.names_actor(o) or VISITOR_MARK in r.group(o) for o in objects):
            return word  # ("called on the visiting dignitary": the guest of the visit told)
    return None


def asks_for(r: Reader, i: int) -> bool:
    """`called on Azerbaijan to show restraint`, `called on X for a ceasefire`: the verb says what
    it asks for (an appeal, wherever the parser hung the infinitive), so it is no courtesy call."""
    t = r.tree
    for j in t.subtree(i):
        if j == i:
            continue
        if t.dep(j) in ("xcomp", "ccomp") or (t.dep(j) == "prep" and t.lower(j) == "for" and t.head(j) == i):
            return True
        if t.dep(j) == "aux" and t.lower(j) == "to" and t.head(j) != i and t.tag(t.head(j)) == "VB":
            return True
    return False


def _verb_hit(r: Reader, i: int, word: TriggerWord) -> Hit | None:
    t = r.tree
    hit = Hit(i, word, word.code, word.mode, word.frame, nominal=False, predicate=i)
    needs = word.needs
    if needs == "object" and not _has_actor_object(r, i, call=word.mode == "call"):
        return None
    if needs == "with" and not _has_partner(r, i, agents=word.frame == "mutual"):
        return None
    if needs == "destination" and not _destination(r, i):
        return None
    if needs == "for_destination" and not _destination(r, i, preps=("for",)):
        return None
    if word.frame == "journey" and not _traveller(r, i):
        return None
    if needs == "to_destination" and not _destination(r, i, preps=("to",)):
        return None
    if needs == "phone" and not _phone_on(r, i):
        return None
    if needs == "phone_or_with" and not _phone_on(r, i):
        if not word.without_phone or not _has_with(r, i, preps=("with",)):
            return None
        hit.mode, hit.code = word.without_phone, "040"
    elif word.mode == "meet" and (_phone_on(r, i, agreed=t.dep(i) == "xcomp")
                                  or any(_phone_on(r, c) for c in while_clauses(r, i))):
        # "discussed trade by phone", "discussed ... in a phone call", "discussed ... as they
        # reaffirmed bilateral ties in a telephone call" (eval 949): talks held over the phone
        hit.mode, hit.code = "call", "041"
    if needs == "agreement":
        hit.agreement = _agreement_of(r, i, t.lemma(i))
        if hit.agreement is None:
            return None
        if t.lemma(i) in REACHING_VERBS and not t.dependents(i, "nsubj", "agent") and not any(
                t.lower(p) == "between" for p in t.dependents(i, "prep")):
            return None  # "the agreements reached during the visit": the visit is the event
    hit.anchors = _anchors(r, hit)
    return hit


def _noun_hit(r: Reader, i: int, word: TriggerWord) -> Hit | None:
    t = r.tree
    lex = trigger_lexicon()
    hit = Hit(i, word, word.code, word.mode, word.frame, nominal=True, predicate=i)
    # "co-chaired the signing ceremony of five MoUs": the ceremony stands where the event noun would
    site = t.head(i) if t.dep(i) == "compound" and t.lemma(t.head(i)) in lex.ceremonies else i
    head, dep = t.head(site), t.dep(site)
    if head != site and t.is_verb(head):
        if dep in ("dobj", "attr") and t.lemma(head) in lex.light_verbs | {"receive", "place", "make"}:
            hit.predicate = head
        elif dep in ("nsubj", "nsubjpass", "attr") and t.lemma(head) in lex.occurrence_verbs:
            hit.predicate = head
    if hit.predicate == i:
        # "The meeting, which was held on Thursday", "talks held in Astana"
        for c in t.dependents(site, "relcl", "acl"):
            if t.lemma(c) in lex.occurrence_verbs | lex.light_verbs:
                hit.predicate = c
                break
    if dep == "pobj" and head != site:
        prep = head
        verb = t.head(prep)
        if t.lower(prep) == "of" and t.lemma(verb) in lex.event_parts and t.dep(verb) == "pobj" \
                and t.lower(t.head(verb)) in lex.at_event:
            # "made a declaration at the start of an official visit by Trudeau": the part's
            # preposition and verb
            prep, verb = t.head(verb), t.head(t.head(verb))
        at = t.lower(prep) in lex.at_event and _at_event_fits(t.lower(prep), word, _going(r, verb))
        around = t.lower(prep) in lex.around_event and not _has_with(r, i, preps=("between",))
        if (at or around) and verb != prep and t.is_verb(verb):
            hit.host_verb = verb
        elif at and verb != prep and t.dep(verb) in ("nsubj", "nsubjpass") and t.is_verb(t.head(verb)) \
                and r.names_actor(verb):
            # "Niinistö in a telephone conversation with Putin announced that ...": the parser
            # hung the phrase on the subject; the subject's verb tells what was said at it
            hit.host_verb = t.head(verb)
    phone = _phone_on(r, i) or (hit.predicate != i and _phone_on(r, hit.predicate))
    if word.needs == "phone" and not phone:
        return None
    if word.needs == "with" and not _has_with(r, i):
        return None
    if word.needs == "phone_or_with" and not phone and not _has_with(r, i) and not (
            hit.predicate != i and _has_with(r, hit.predicate)):
        return None
    if phone and word.mode == "meet":
        hit.mode, hit.code = "call", "041"
    if word.needs == "agreement":
        hit.agreement = _of_object(r, i, agreement=True) or (_of_object(r, site, agreement=True) if site != i else None)
        if hit.agreement is None:
            return None
    hit.anchors = _anchors(r, hit)
    return hit


def _going(r: Reader, verb: int) -> bool:
    """A verb of being or going ("is", "arrived", "went"), or one that leads a group abroad ("will
    lead a Norwegian delegation on an official visit to China": the group's journey is its
    leader's, as in "led a delegation to Phnom Penh")."""
    t = r.tree
    lex = trigger_lexicon()
    return t.lemma(verb) in lex.on_trip_verbs or any(t.lemma(o).lower() in lex.led_groups
                                                     for o in t.dependents(verb, "dobj"))


def _at_event_fits(prep: str, word: TriggerWord, going: bool) -> bool:
    # "is on a visit", "arrived on a trip", "went in for talks"; but "reported on the telephone
    # conversation", "addressed the media on the upcoming visit" and "called for talks" are not
    if prep == "on":
        return word.mode == "visit" and going
    if prep == "for":
        return going
    return True


# words that rank a subject among those who act ("the first to call", "the only leader to visit")
RANK_WORDS = ("first", "last", "only", "second", "third", "latest", "leader", "one")


def finite_taken_for_modifier(r: Reader, v: int) -> bool:
    """A past-tense verb the small model hung as an adjective on its object ("Biden on Monday
    hosted Jordan's King Abdullah II": "hosted" an amod of "II", "Biden" the root)."""
    t = r.tree
    return t.dep(v) == "amod" and t.tag(v) == "VBD" and t.pos(t.head(v)) in ("PROPN", "NOUN")


def misparsed_subject(r: Reader, v: int) -> int | None:
    """The subject of a finite verb taken for a modifier: the nearest name of an actor before it
    that heads a phrase of the sentence's frame, not one inside a prepositional phrase
    ("WASHINGTON (AFP) — President Joe Biden on Monday hosted ...": Biden, the parse's root or
    its apposition)."""
    t = r.tree
    for j in range(v - 1, -1, -1):
        if t.dep(j) in ("ROOT", "appos", "nsubj") and t.pos(j) in ("PROPN", "NOUN") and r.names_actor(j):
            return j
    return None


def planning_participles(t: Tree, noun: int) -> list[int]:
    """The participles after an event noun that put it ahead ("Macron's visit to Morocco,
    scheduled for October 28 to 30"): they carry its status and its date."""
    return [c for c in t.dependents(noun, "acl") if t.tag(c) == "VBN" and t.lemma(c) in status_lexicon().planned_participles]


def object_tokens(r: Reader, v: int) -> list[int]:
    """The direct objects of verb `v` (the noun a misparsed finite verb modifies: "hosted Jordan's
    King Abdullah II")."""
    found = r.tree.dependents(v, "dobj")
    return found or ([r.tree.head(v)] if finite_taken_for_modifier(r, v) else [])


def _objects(r: Reader, i: int) -> list[int]:
    t = r.tree
    if t.passive(i):
        found = t.dependents(i, "nsubjpass")
        if not found and t.dep(i) == "xcomp":
            # "agreements are expected to be signed by ...": the governor's subject
            found = t.dependents(t.head(i), "nsubjpass", "nsubj")
        return found
    return object_tokens(r, i)


def _has_actor_object(r: Reader, i: int, call: bool) -> bool:
    t = r.tree
    if call:
        if t.dependents(i, *NOT_A_CALL_DEPS) or any(_asks(r, p) for p in t.dependents(i, "prep")):
            return False
        if any(p not in CALL_PARTICLES for p in t.particles(i)):
            return False
    objects = _objects(r, i)
    if not objects and t.dep(i) == "acl" and t.tag(i) == "VBN":
        objects = [t.head(i)]  # "Guterres, received by Erdogan"
    return any(r.names_actor(o) and _guest_like(r, o) for o in objects)


def _asks(r: Reader, p: int) -> bool:
    """`called for talks`, `called on Azerbaijan` (not `called ... on Friday`)."""
    t = r.tree
    word = t.lower(p)
    if word in ("on", "upon"):
        return any(r.names_actor(o) for o in t.dependents(p, "pobj"))
    return word in NOT_A_CALL_PREPS


def _guest_like(r: Reader, o: int) -> bool:
    """A receivable object: a name, a pronoun, a mention, or a word for an office or a
    delegation ("welcomed the release of Zaki" and "will host the second edition of the
    summit" receive no one)."""
    t = r.tree
    guest_word = t.lemma(o) in trigger_lexicon().guest_nouns or t.lower(o) in trigger_lexicon().guest_nouns
    if any(t.tag(c) == "PRP$" for c in t.dependents(o, "poss")) and not guest_word:
        return False  # "received his B.A. from Columbia", "welcomed their decision"
    if t.pos(o) in ("PROPN", "PRON") or r.art.actors_at(t.span(o)):
        return True
    return guest_word


def with_heads(r: Reader, i: int) -> list[int]:
    """Where a trigger's `with`-phrase may hang: the trigger, and anywhere in its object's
    phrase ("discussed a range of topics encompassing ... issues with his counterpart")."""
    t = r.tree
    heads = [i]
    for o in t.dependents(i, "dobj"):
        heads += t.subtree(o)
    return heads


def _has_with(r: Reader, i: int, preps: tuple[str, ...] = ("with", "between", "from")) -> bool:
    t = r.tree
    heads = with_heads(r, i)
    return any(t.lower(p) in (preps if h == i else ("with",)) and t.dependents(p, "pobj")
               for h in heads for p in t.dependents(h, "prep"))


def _has_partner(r: Reader, i: int, agents: bool = False) -> bool:
    """A `with`/`between` phrase, or two or more subjects ("A and B discussed"), or with `agents`
    two or more passive agents ("the topics discussed by A and B"; not "talks brokered by A and
    B", whose agents broker)."""
    t = r.tree
    if _has_with(r, i):
        return True
    # "A and B discussed", and the passive "the topics discussed by A and B"
    by = [o for a in t.dependents(i, "agent") for o in t.dependents(a, "pobj")] if agents else []
    for s in t.dependents(i, "nsubj") + by:
        group = r.group(s)
        if len(group) >= 2 or group == ["<parties>"]:
            return True
    return False


def _destination(r: Reader, i: int, preps: tuple[str, ...] = ("to", "in", "into", "at", "for")) -> bool:
    """A place the verb goes to: its `to`/`in` phrase or a place object ("travelled to Moscow",
    "arrived in Paris", "flew Beijing"); with `preps` ("to" alone), only such a phrase ("led a
    delegation to Phnom Penh", not "led the delegation at the talks in Geneva")."""
    t = r.tree
    # "led a delegation to Phnom Penh": the delegation goes along, the place is the destination
    objects = [o for o in t.dependents(i, "dobj") if t.lemma(o).lower() not in trigger_lexicon().led_groups
               and not _after_comma(t, o)]
    if objects and not any(t.pos(o) == "PROPN" and r.places_of(o) for o in objects):
        return False  # "landed a trade deal in Wellington", "flew the flag in Kyiv": no journey
    for p in t.dependents(i, "prep"):
        if t.lower(p) in preps and any(r.places_of(o) for o in t.dependents(p, "pobj")):
            return True
    return "in" in preps and any(r.places_of(o) for o in t.dependents(i, "dobj", "npadvmod"))


def _traveller(r: Reader, i: int) -> bool:
    """Who makes a journey: a name, a pronoun, an office or a delegation ("the Chinese premier
    landed"), or what carries one of them ("Xi's plane landed"); not a thing ("A North Korean
    missile landed in Japan's exclusive economic zone"). A verb with no subject passes."""
    t = r.tree
    lex = trigger_lexicon()
    for s in t.dependents(i, "nsubj", "nsubjpass"):
        if t.pos(s) != "NOUN":
            return True
        if t.lemma(s) in lex.guest_nouns or t.lower(s) in lex.guest_nouns or t.lower(s) in lex.plural_parties:
            return True
        return any(t.pos(o) in ("PROPN", "PRON") for o in t.dependents(s, "poss"))
    return True


def _after_comma(t, o: int) -> bool:
    """An object the parser hung on the verb across a comma: an apposition it misread ("leaves for
    Namibia at the invitation of his Namibian counterpart, Dr Hage Geingob"), never what the verb
    acts on."""
    first = min(t.subtree(o))
    return first > 0 and t.lower(first - 1) == ","


def while_clauses(r: Reader, i: int) -> list[int]:
    """Clauses told as happening at once with the verb ("as they reaffirmed ties", "when they
    spoke on Thursday", "while ..."): for a call's means and a statement's date."""
    t = r.tree
    return [c for c in t.dependents(i, "advcl")
            if any(t.lower(m) in ("as", "while", "when") for m in t.dependents(c, "mark", "advmod"))]


def _phone_on(r: Reader, i: int, agreed: bool = False) -> bool:
    """`by phone`, `over the phone`, `phone call`, `telephone conversation`, `telephonically`.
    With `agreed` (a meeting the clause agrees or plans to hold: "agreed to meet in Dushanbe
    during a phone conversation"), only a medium ("by phone") makes it a call: the occasion
    ("during", "in") is the agreeing's."""
    t = r.tree
    lex = trigger_lexicon()
    preps = lex.phone_medium_preps if agreed else lex.phone_preps
    for c in t.children(i):
        dep = t.dep(c)
        if dep in ("compound", "amod", "nmod", "advmod", "npadvmod") and (
                t.lemma(c) in lex.phone_words or t.lower(c).startswith(("telephon", "phone"))):
            return True
        if dep == "prep" and t.lower(c) in preps:
            for o in t.dependents(c, "pobj"):
                if t.lemma(o) in lex.phone_words or any(t.lemma(m) in lex.phone_words for m in t.dependents(o, "compound", "amod")):
                    return True
    word = t.lower(i)
    return word.startswith(("phone", "telephone")) and word not in ("phone", "telephone")


def _agreement_of(r: Reader, i: int, verb: str) -> int | None:
    """The agreement a signing verb takes: its object, its passive subject, the noun its
    participle modifies ("the agreements achieved by"), or its gerund's `of`-phrase."""
    t = r.tree
    candidates = list(_objects(r, i))
    # "the Treaty ... signed in Astana" (a participle, whatever its tag), "the statement, which
    # was signed by"
    if t.dep(i) == "acl" or (t.dep(i) == "relcl" and (t.passive(i) or t.tag(i) == "VBN")):
        candidates.append(t.head(i))
    if any(t.tag(c) in ("WDT", "WP") for c in candidates):
        # "the Treaty on ... in the 21st Century, which Putin and Nazarbayev signed": the
        # agreement noun nearest before the relative pronoun
        rel = min(c for c in candidates if t.tag(c) in ("WDT", "WP"))
        candidates += [j for j in range(rel - 1, -1, -1) if t.pos(j) in ("NOUN", "PROPN")]
    candidates += [o for p in t.dependents(i, "prep") if t.lower(p) == "of" for o in t.dependents(p, "pobj")]
    # "will sign a number of bilateral agreements", "a package of documents"
    candidates += [o for c in list(candidates) if t.lemma(c) in QUANTITY_NOUNS
                   for p in t.dependents(c, "prep") if t.lower(p) == "of" for o in t.dependents(p, "pobj")]
    for c in candidates:
        for j in t.conjuncts(c):
            lemma = t.lemma(j)
            if lemma in agreement_lemmas() or t.lower(j) in agreement_lemmas():
                if (lemma in signed_only_lemmas() or t.lower(j) in signed_only_lemmas()) and verb not in SIGNING_VERBS:
                    continue
                return j
    return None


def _of_object(r: Reader, i: int, agreement: bool) -> int | None:
    t = r.tree
    for p in t.dependents(i, "prep"):
        if t.lower(p) == "of":
            for o in t.dependents(p, "pobj"):
                for j in t.conjuncts(o):
                    if not agreement or t.lemma(j) in agreement_lemmas() or t.lower(j) in agreement_lemmas():
                        return j
    return None


# prepositions that set an event noun beside the act of its clause ("signed after talks")
SCENE_PREPS = ("after", "following", "during", "amid")


def anchors_of(r: Reader, hit: Hit) -> list[int]:
    """Where a hit's dates and places hang (for triggers found elsewhere: `verbal.py`)."""
    return _anchors(r, hit)


def _anchors(r: Reader, hit: Hit) -> list[int]:
    """Where the event's dates and places hang, nearest first: the trigger, its light or
    occurrence verb, the verb it is a complement of ("agreed to meet"), the verb of the
    clause it sets ("At a meeting ..., Modi told"), the first of coordinated verbs."""
    t = r.tree
    out = [hit.index]
    base = hit.predicate
    if base != hit.index:
        out.append(base)
    if hit.nominal:
        # "The meeting, which was held on Thursday in Washington, ...": its clause's verb
        # "Macron's visit to Morocco, scheduled for October 28 to 30, ...": the participle's
        planning = planning_participles(t, hit.index)
        out += [c for c in t.dependents(hit.index, "relcl", "acl") if c not in out
                and (t.lemma(c) in trigger_lexicon().occurrence_verbs | trigger_lexicon().light_verbs or c in planning)]
    if hit.nominal and t.dep(hit.index) == "pobj" and t.lower(t.head(hit.index)) in SCENE_PREPS and \
            trigger_noun(t, t.head(t.head(hit.index))) is None and \
            t.lemma(t.head(t.head(hit.index))) not in agreement_lemmas():
        # "signed 14 pacts on Saturday after extensive talks between Modi and Macron": the talks
        # are dated by the act they lead to or frame
        # (the parser may hang a temporal "after" on a noun of the object or of a purpose
        # clause: "signed pacts in a bid to enhance ... after talks"; the verbs above it, nearest
        # first)
        out += [a for a in t.ancestors(t.head(hit.index)) if t.is_verb(a) and a not in out]
    if not hit.nominal:
        out.extend(t.dependents(hit.index, "dobj"))  # "met Lavrov in Moscow": on the object
        if finite_taken_for_modifier(r, hit.index) and (subject := misparsed_subject(r, hit.index)) is not None:
            # "Biden on Monday hosted Jordan's King Abdullah II": the parse hung the date on the
            # subject
            out.append(subject)
    if t.dep(base) == "relcl" and _set_in_its_noun(r, base):
        # "for the 2+2 dialogue, when she and Marles met Jaishankar", "In 2020, Abe went on a
        # Middle East tour, in which he visited Saudi Arabia": the noun's time
        noun = t.head(base)
        out.append(noun)
        if t.dep(noun) == "pobj" and t.is_verb(t.head(t.head(noun))):
            out.append(t.head(t.head(noun)))
    telling, top = None, base
    if base != hit.index or not hit.nominal:
        for g in t.governor_chain(base, ("xcomp", "advcl")):
            if g not in out and t.is_verb(g):
                out.append(g)
        if t.dep(base) == "conj" and t.is_verb(t.head(base)):
            first = t.coordinated_head(base)
            out.append(first)
            out += [g for g in t.governor_chain(first, ("xcomp", "advcl")) if g not in out and t.is_verb(g)]
        # "visited Russia and met Putin during a two-day visit to Moscow on July 8-9": a verb
        # shares the date of the verb coordinated after it, in the same tense, last
        # (a verb of meeting or visiting: "welcome X and highly appreciate Y in 2018" shares nothing)
        out += [c for c in t.dependents(base, "conj") if t.is_verb(c) and t.tag(c) == t.tag(base) and c not in out
                and t.lemma(c) in trigger_lexicon().verbs]
        if t.dep(base) == "ccomp" and any(t.lower(a) in ("has", "have") for a in t.dependents(base, "aux")):
            # "the website said on May 3 that Rahmon has spoken by phone with Tokayev": just
            # before it was said
            out.append(t.head(base))
        top = ([base] + [g for g in t.governor_chain(base, ("xcomp", "advcl")) if t.is_verb(g)])[-1]
        if t.dep(top) == "ccomp" and t.tag(top) == "VBD" and t.head(top) not in out and \
                t.lemma(t.head(top)) in quote_lexicon().speech_lemmas:
            telling = t.head(top)
    if hit.host_verb is not None:
        out.append(hit.host_verb)
    # "met on the sidelines of the BRICS summit in Kazan last October", "signed during the
    # visit": the event it took place at dates and places it
    scenes = []
    for a in list(out):
        if t.is_verb(a) or a == hit.index:
            scenes += [s for s in scene_nouns(r, a) if s not in out + scenes]
    out += scenes
    if telling is not None and not scenes and not _told_as_earlier(r, top):
        # "Peru decided to break off relations with Mexico, the foreign minister said on
        # Monday": a past act told with no day or scene of its own is dated by its telling,
        # last of all ("said on Sunday that Wang invited him during a recent phone
        # conversation": the conversation, not the Sunday)
        out.append(telling)
    return out


def _set_in_its_noun(r: Reader, clause: int) -> bool:
    """A relative clause that happens at its noun: `when ...`, or `in/during/on which ...` after
    an event noun ("a tour, in which he visited")."""
    t = r.tree
    if any(t.lower(c) == "when" for c in t.dependents(clause, "advmod")):
        return True
    return trigger_noun(t, t.head(clause)) is not None and any(
        t.lower(p) in ("in", "during", "on") and any(t.tag(w) in ("WDT", "WP") for w in t.dependents(p, "pobj"))
        for p in t.dependents(clause, "prep"))


def _told_as_earlier(r: Reader, clause: int) -> bool:
    """The clause sets its act at another occasion, or before ("during a recent phone
    conversation", "previously"): its telling does not date it."""
    t = r.tree
    lex = status_lexicon()
    return any(t.lower(j) == "during" or t.lower(j) in lex.referenced_modifiers | lex.referenced_adverbs
               for j in t.subtree(clause))


def scene_nouns(r: Reader, i: int) -> list[int]:
    """Event nouns a word is set in: `at the summit`, `during the visit`, `on the sidelines of
    the summit`, `in the framework of the talks`."""
    t = r.tree
    lex = trigger_lexicon()
    out = []
    for p in t.dependents(i, "prep"):
        if t.lower(p) not in ("at", "during", "on", "in", "within"):
            continue
        for o in t.dependents(p, "pobj"):
            targets = [o]
            if t.lemma(o) in ("sideline", "sidelines", "margin", "margins", "framework", "course", "occasion"):
                targets = [x for q in t.dependents(o, "prep") if t.lower(q) == "of" for x in t.dependents(q, "pobj")]
            out += [x for x in targets if (t.lemma(x) in lex.nouns or t.lower(x) in lex.nouns) and x != i]
    return out
