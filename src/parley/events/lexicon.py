"""The event vocabulary as data: triggers (`event_triggers.toml`), status words
(`event_status.toml`) and agreements and labels (`cameo.toml`), loaded once."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..resources import data_file

# when one event is named by several triggers, the more specific kind wins
# (a telephone call is named as such: it outranks the "received" of "received a phone call";
# a signing during a visit is recorded as the signing)
MODE_PRIORITY = {"call": 0, "sign": 1, "host": 2, "negotiate": 3, "mediate": 3, "meet": 4, "visit": 5, "journey": 6}


@dataclass(frozen=True)
class TriggerWord:
    """One lemma's entry: its CAMEO code, mode, argument frame and what it needs."""

    code: str
    mode: str
    frame: str
    needs: str = ""
    # the mode without a phone word, for words that are calls only by phone ("speak with")
    without_phone: str = ""
    # "partner" (met Lavrov) or "topic" (discussed Syria): what the direct object is
    object: str = "partner"
    # a word for the start of a visit (a welcome at the airport), which does not date the visit
    arrival: bool = False



@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict[str, TriggerWord]
    nouns: dict[str, TriggerWord]
    # (verb lemma, preposition) -> trigger: "call on", "sit down with"
    phrasal: dict[tuple[str, str], TriggerWord]
    light_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    at_event: frozenset[str]
    # "at the start of", "on the sidelines of": parts of an event that stand for it
    event_parts: frozenset[str]
    # "after a meeting with Putin": at the event, unless the noun names who met ("between")
    around_event: frozenset[str]
    on_trip_verbs: frozenset[str]
    # "the signing ceremony": nouns whose compound event noun takes their place in the clause
    ceremonies: frozenset[str]
    phone_words: frozenset[str]
    phone_preps: frozenset[str]
    phone_medium_preps: frozenset[str]
    plural_parties: frozenset[str]
    singular_parties: frozenset[str]
    own_state_nouns: frozenset[str]
    # possessives that stand for the parties in a speaker's words ("our meeting")
    own_parties: frozenset[str]
    non_state_heads: frozenset[str]
    speaker_pronouns: frozenset[str]
    guest_nouns: frozenset[str]
    # "a visit to the tomb of X": places of memory, no one met there
    memorial_nouns: frozenset[str]
    adopted_verbs: frozenset[str]
    adopted_objects: frozenset[str]
    telling_verbs: frozenset[str]
    # "led a delegation to Phnom Penh": the groups one leads abroad
    led_groups: frozenset[str]
    # nouns that are a meeting only as the last word of its name ("Strategic Dialogue")
    named_meetings: dict[str, TriggerWord]
    # "separate meetings with A and B", "met separately with": words that make one meeting each
    separate_adjectives: frozenset[str]
    separate_adverbs: frozenset[str]
    one_by_one_verbs: frozenset[str]
    # "call" with "courtesy" before it: a meeting in person; (lemma -> (modifiers, word))
    modified_nouns: dict[str, tuple[frozenset[str], TriggerWord]]
    conveying_verbs: frozenset[str]


@dataclass(frozen=True)
class StatusLexicon:
    planned_modals: frozenset[str]
    planned_governors: frozenset[str]
    planned_nouns: frozenset[str]
    # prepositions that set their object after the clause's act ("said before his visit")
    planned_preps: frozenset[str]
    planned_modifiers: frozenset[str]
    # "the visit, scheduled for October 28": a participle after the noun that puts it ahead
    planned_participles: frozenset[str]
    blocked_governors: frozenset[str]
    blocked_nouns: frozenset[str]
    blocked_adjectives: frozenset[str]
    blocked_modals: frozenset[str]
    blocked_marks: frozenset[str]
    blocked_modifiers: frozenset[str]
    # "the ongoing negotiations": a course of talks, no one event
    course_nouns: frozenset[str]
    course_modifiers: frozenset[str]
    referenced_governors: frozenset[str]
    referenced_modifiers: frozenset[str]
    referenced_nouns: frozenset[str]
    referenced_adverbs: frozenset[str]
    habitual_adverbs: frozenset[str]
    habitual_counts: frozenset[str]
    habitual_plural_counts: frozenset[str]
    habitual_count_words: frozenset[str]
    # "The visit comes amid ...": a verb that frames the article's news, saying nothing of its status
    framing_verbs: frozenset[str]


def _words(entries, kind: str) -> dict[str, TriggerWord]:
    out: dict[str, TriggerWord] = {}
    for e in entries:
        word = TriggerWord(e["code"], e["mode"], e["frame"], e.get("needs", ""), e.get("without_phone", ""),
                           e.get("object", "partner"), e.get("arrival", False))
        for lemma in e["lemmas"]:
            out[lemma] = word
    return out


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    d = data_file("event_triggers.toml")
    return TriggerLexicon(
        verbs=_words(d["verb"], "verb"), nouns=_words(d["noun"], "noun"),
        phrasal={(e["lemma"], e["prep"]): TriggerWord(e["code"], e["mode"], e["frame"], "prep:" + e["prep"])
                 for e in d.get("phrasal", [])},
        light_verbs=frozenset(d["light"]["verbs"]), occurrence_verbs=frozenset(d["light"]["occurrence"]),
        at_event=frozenset(d["light"]["at_event"]), event_parts=frozenset(d["light"]["event_parts"]), around_event=frozenset(d["light"]["around_event"]),
        on_trip_verbs=frozenset(d["light"]["on_trip_verbs"]),
        ceremonies=frozenset(d["light"]["ceremonies"]),
        phone_words=frozenset(d["phone"]["words"]), phone_preps=frozenset(d["phone"]["preps"]),
        phone_medium_preps=frozenset(d["phone"]["medium_preps"]),
        plural_parties=frozenset(d["parties"]["plural"]), singular_parties=frozenset(d["parties"]["singular"]),
        own_state_nouns=frozenset(d["parties"]["own_state"]),
        own_parties=frozenset(d["parties"]["own"]),
        non_state_heads=frozenset(d["parties"]["non_state"]),
        speaker_pronouns=frozenset(d["parties"]["speaker"]),
        guest_nouns=frozenset(d["parties"]["guests"]),
        memorial_nouns=frozenset(d["parties"]["memorials"]),
        adopted_verbs=frozenset(d["adopted_at"]["verbs"]), adopted_objects=frozenset(d["adopted_at"]["objects"]),
        named_meetings=_words(d["named_meeting"], "noun"),
        separate_adjectives=frozenset(d["separate"]["adjectives"]), separate_adverbs=frozenset(d["separate"]["adverbs"]),
        one_by_one_verbs=frozenset(d["separate"]["one_by_one"]),
        modified_nouns={lemma: (frozenset(e["modifiers"]), word) for e in d["modified_noun"]
                         for lemma, word in _words([e], "noun").items()},
        telling_verbs=frozenset(d["addressed"]["telling"]), conveying_verbs=frozenset(d["addressed"]["conveying"]),
        led_groups=frozenset(d["led"]["groups"]),
    )


@lru_cache(maxsize=1)
def status_lexicon() -> StatusLexicon:
    d = data_file("event_status.toml")
    p, b, r = d["planned"], d["blocked"], d["referenced"]
    return StatusLexicon(
        planned_modals=frozenset(p["modals"]), planned_governors=frozenset(p["governors"]),
        planned_nouns=frozenset(p["nouns"]), planned_preps=frozenset(p["preps"]), planned_modifiers=frozenset(p["modifiers"]),
        planned_participles=frozenset(p["participles"]),
        blocked_governors=frozenset(b["governors"]), blocked_nouns=frozenset(b["nouns"]),
        blocked_adjectives=frozenset(b["adjectives"]), blocked_modals=frozenset(b["modals"]),
        blocked_marks=frozenset(b["marks"]), blocked_modifiers=frozenset(b["modifiers"]),
        course_nouns=frozenset(d["course"]["nouns"]), course_modifiers=frozenset(d["course"]["modifiers"]),
        referenced_governors=frozenset(r["governors"]), referenced_modifiers=frozenset(r["modifiers"]),
        referenced_nouns=frozenset(r["nouns"]),
        referenced_adverbs=frozenset(r["adverbs"]),
        habitual_adverbs=frozenset(d["habitual"]["adverbs"]), habitual_counts=frozenset(d["habitual"]["counts"]),
        habitual_plural_counts=frozenset(d["habitual"]["plural_counts"]),
        habitual_count_words=frozenset(d["habitual"]["count_words"]),
        framing_verbs=frozenset(d["framing"]["verbs"]),
    )


# the lexicons of the words that trigger events (`event_triggers.toml` for meetings, visits, calls
# and signings, `event_verbal.toml` for the other CAMEO roots)
TRIGGER_LEXICONS = ("event_triggers.toml", "event_verbal.toml")


def trigger_lemmas() -> Iterator[tuple[str, str]]:
    """Every trigger lemma of the event lexicons, with the kind of table it stands in ("verb",
    "phrasal", "noun", "adjective", ...): for the stages that look for the words before reading
    the parse (which sentences to parse, which title-case lines tell news)."""
    for name in TRIGGER_LEXICONS:
        for kind, table in data_file(name).items():
            if not isinstance(table, list):
                continue
            for entry in table:
                lemmas = entry.get("lemmas", entry.get("lemma", []))
                yield from ((kind, lemma) for lemma in ([lemmas] if isinstance(lemmas, str) else lemmas))


def third_person(lemma: str) -> str:
    """A verb's present tense after "he" or a name ("meets", "hails", "discusses", "denies")."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


@lru_cache(maxsize=1)
def agreement_lemmas() -> frozenset[str]:
    return frozenset(data_file("cameo.toml")["agreements"]["lemmas"])


@lru_cache(maxsize=1)
def signed_only_lemmas() -> frozenset[str]:
    return frozenset(data_file("cameo.toml")["agreements"]["signed_only"])


@lru_cache(maxsize=1)
def variant_words() -> frozenset[str]:
    return frozenset(data_file("cameo.toml")["agreements"]["variant_words"])


@lru_cache(maxsize=1)
def _media() -> dict[str, str]:
    return {code: medium for medium, codes in data_file("cameo.toml")["medium"].items() for code in codes}


def medium_of(code: str) -> str | None:
    """`telephone` or `in_person` for a consultation whose code says which, `signature` or
    `words` for diplomatic cooperation, else None."""
    return _media().get(code)


def media_differ(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two groups of event codes say their events were held in different ways (one only
    by telephone, the other only in person; one only signed, the other only said)."""
    ma = {m for c in a if (m := medium_of(c))}
    mb = {m for c in b if (m := medium_of(c))}
    return bool(ma and mb) and not (ma & mb)


def label_template(code: str) -> str:
    return data_file("cameo.toml")["labels"].get(code, "{all} {code}")


@dataclass(frozen=True)
class VerbalWord:
    """One entry of `event_verbal.toml`: a trigger of the CAMEO roots beyond meetings and
    signings, with where its target comes from and what its use needs."""

    code: str
    kind: str                                   # "verb", "noun", "adjective", "judgement", "phrasal" or "occasion"
    target: tuple[str, ...]                     # "object", "preps", "complement", "place"
    preps: tuple[str, ...] = ()
    light: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    doer_only: bool = False
    possessed: bool = False
    mutual: bool = False
    needs: str = ""
    intent: bool = False
    envoys: bool = False
    direct_only: bool = False
    military: frozenset[str] = frozenset()
    military_code: str = ""
    meeting_code: str = ""
    # the code when what is wished is cooperation ("hope that Japan will work together with
    # Antigua and Barbuda": an intent to cooperate, not an appeal)
    cooperation_code: str = ""
    accepting: frozenset[str] = frozenset()
    # the verbs its complement must be ("asked the diplomats to leave")
    complement_lemmas: frozenset[str] = frozenset()
    # complements that make the verb no act of its code ("asked the minister to extend his greetings")
    not_complement_lemmas: frozenset[str] = frozenset()
    # words the verb's phrase must hold, whose other nouns are the objects ("declared Zhao Wei
    # persona non grata", "declare persona non grata Mr. Zhao Wei")
    phrase: tuple[str, ...] = ()
    # a judgement only when its copula is negated ("are not acceptable")
    negated: bool = False


@dataclass(frozen=True)
class VerbalLexicon:
    verbs: dict[str, tuple[VerbalWord, ...]]
    nouns: dict[str, tuple[VerbalWord, ...]]
    # "is ready to work with", "is willing to enhance": an adjective after a copula
    adjectives: dict[str, tuple[VerbalWord, ...]]
    # "Russia's invasion of Ukraine is unacceptable": a judgement of another party's act
    judgements: dict[str, tuple[VerbalWord, ...]]
    # "at the invitation of X": a noun in the phrase that says what brought a visit about
    occasions: dict[str, VerbalWord]
    # (verb lemma, preposition) -> trigger: "call on", "appeal to", "call for"
    phrasal: dict[tuple[str, str], VerbalWord]
    envoys: frozenset[str]
    meeting_verbs: frozenset[str]
    speaker: frozenset[str]
    political_roles: frozenset[str]
    political_kinds: frozenset[str]
    not_sources: frozenset[str]
    state_heads: frozenset[str]
    # "hope that the Afghan authorities would review": bodies a clause may ask something of
    asked_heads: frozenset[str]
    place_not_for: frozenset[str]
    intent_words: frozenset[str]
    # "work with Uruguay": verbs that are cooperation when done with a named party
    partnering_verbs: frozenset[str]
    # "called France a partner", "described Iran as a friend": what a naming must call a party
    naming_words: frozenset[str]
    # "will work together", "decided to work together": what makes a use look ahead
    forward_auxiliaries: frozenset[str]
    forward_governors: frozenset[str]
    # the wishes an intent to cooperate may be told as ("wants to maintain close relations with")
    wish_governors: frozenset[str]
    # "hope that Russia would help": the modals a wished act is told with
    wish_modals: frozenset[str]
    documents: frozenset[str]
    body_heads: frozenset[str]
    hearsay_nouns: frozenset[str]
    from_doers: frozenset[str]
    denying_verbs: frozenset[str]
    # verbs whose subject did the envoy's summons, recall or expulsion their clause tells without its doer
    announcing_verbs: frozenset[str]
    # nouns whose possessor did the act their to-infinitive tells ("its decision to expel")
    decision_nouns: frozenset[str]


def _verbal_word(e: dict, kind: str) -> VerbalWord:
    preps = tuple(e.get("preps", e.get("prep", []) if kind == "phrasal" else []))
    default = {"verb": ("object", "preps") if preps else ("object",), "noun": ("preps",),
               "adjective": ("complement",), "judgement": ("object",), "phrasal": ("preps",),
               "occasion": ("visitor",)}[kind]
    return VerbalWord(
        code=e["code"], kind=kind, target=tuple(e.get("target", default)), preps=preps,
        light=frozenset(e.get("light", [])), objects=frozenset(e.get("objects", [])),
        not_objects=frozenset(e.get("not_objects", [])), doer_only=e.get("doer_only", kind == "judgement"),
        possessed=e.get("possessed", False), mutual=e.get("mutual", False), needs=e.get("needs", ""),
        intent=e.get("intent", False), envoys=e.get("objects_are_envoys", False),
        direct_only=e.get("direct_only", False), military=frozenset(e.get("military", [])),
        military_code=e.get("military_code", ""), meeting_code=e.get("meeting_code", ""),
        cooperation_code=e.get("cooperation_code", ""),
        accepting=frozenset(e.get("accepting", [])), complement_lemmas=frozenset(e.get("complement_lemmas", [])),
        not_complement_lemmas=frozenset(e.get("not_complement_lemmas", [])),
        phrase=tuple(e.get("phrase", "").lower().split()), negated=e.get("negated", False))


@lru_cache(maxsize=1)
def verbal_lexicon() -> VerbalLexicon:
    d = data_file("event_verbal.toml")
    verbs: dict[str, tuple[VerbalWord, ...]] = {}
    nouns: dict[str, tuple[VerbalWord, ...]] = {}
    adjectives: dict[str, tuple[VerbalWord, ...]] = {}
    judgements: dict[str, tuple[VerbalWord, ...]] = {}
    for kind, table in (("verb", verbs), ("noun", nouns), ("adjective", adjectives), ("judgement", judgements)):
        for e in d.get(kind, []):
            word = _verbal_word(e, kind)
            for lemma in e["lemmas"]:
                table[lemma] = table.get(lemma, ()) + (word,)
    for table in (verbs, nouns, adjectives):
        for lemma, words in table.items():
            # an entry that asks for particular objects or complements before one that does not
            # ("asked the diplomats to leave" is an expulsion before it is an appeal)
            table[lemma] = tuple(sorted(words, key=lambda w: not (w.complement_lemmas or w.phrase or w.objects)))
    occasions = {lemma: _verbal_word(e, "occasion") for e in d.get("occasion", []) for lemma in e["lemmas"]}
    phrasal = {}
    for e in d.get("phrasal", []):
        word = _verbal_word(e, "phrasal")
        for lemma in e["lemma"]:
            for prep in e["prep"]:
                phrasal[(lemma, prep)] = word
    sides = d["sides"]
    return VerbalLexicon(
        verbs=verbs, nouns=nouns, adjectives=adjectives, judgements=judgements, occasions=occasions, phrasal=phrasal, envoys=frozenset(d["envoys"]["words"]),
        meeting_verbs=frozenset(d["complements"]["meeting_verbs"]), speaker=frozenset(sides["speaker"]),
        political_roles=frozenset(sides["political_roles"]), political_kinds=frozenset(sides["political_kinds"]),
        not_sources=frozenset(sides["not_sources"]), state_heads=frozenset(sides["state_heads"]),
        asked_heads=frozenset(sides["asked_heads"]),
        place_not_for=frozenset(d["place"]["not_for"]), intent_words=frozenset(d["intent"]["words"]),
        partnering_verbs=frozenset(d["intent"]["with_partner"]),
        naming_words=frozenset(d["naming"]["words"]),
        forward_auxiliaries=frozenset(d["forward"]["auxiliaries"]), forward_governors=frozenset(d["forward"]["governors"]),
        wish_governors=frozenset(d["forward"]["wishes"]),
        wish_modals=frozenset(d["forward"]["wish_modals"]),
        documents=frozenset(sides["documents"]), body_heads=frozenset(sides["body_heads"]),
        hearsay_nouns=frozenset(d["hearsay"]["nouns"]), from_doers=frozenset(sides["from_doers"]), denying_verbs=frozenset(d["hearsay"]["denying"]),
        announcing_verbs=frozenset(sides["announcing_verbs"]), decision_nouns=frozenset(sides["decision_nouns"]))


def trigger_noun(t, i: int) -> TriggerWord | None:
    """The trigger lexicon's noun for token `i` of tree `t` (a `syntax.Tree`), by its lemma or
    by the word as written ("talks" is listed as written)."""
    lex = trigger_lexicon()
    modified = lex.modified_nouns.get(t.lemma(i))
    if modified is not None and any(t.lower(c) in modified[0] for c in t.dependents(i, "amod", "compound")):
        return modified[1]
    found = lex.nouns.get(t.lemma(i)) or lex.nouns.get(t.lower(i))
    if found is None and t.lower(i) in lex.named_meetings and t.word(i)[:1].isupper() and i > 0 \
            and t.word(i - 1)[:1].isupper():
        # "the Australia-China Foreign and Strategic Dialogue": a meeting by its name, where
        # "dialogue" alone is a way of settling things ("resolve it through dialogue")
        return lex.named_meetings[t.lower(i)]
    return found
