"""The event vocabulary as data: triggers (`event_triggers.toml`), status words
(`event_status.toml`) and agreements and labels (`cameo.toml`), loaded once."""
from __future__ import annotations

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
    on_trip_verbs: frozenset[str]
    phone_words: frozenset[str]
    phone_preps: frozenset[str]
    plural_parties: frozenset[str]
    singular_parties: frozenset[str]
    non_state_heads: frozenset[str]
    speaker_pronouns: frozenset[str]
    guest_nouns: frozenset[str]
    adopted_verbs: frozenset[str]
    adopted_objects: frozenset[str]


@dataclass(frozen=True)
class StatusLexicon:
    planned_modals: frozenset[str]
    planned_governors: frozenset[str]
    planned_nouns: frozenset[str]
    planned_modifiers: frozenset[str]
    blocked_governors: frozenset[str]
    blocked_nouns: frozenset[str]
    blocked_adjectives: frozenset[str]
    blocked_modals: frozenset[str]
    blocked_marks: frozenset[str]
    blocked_modifiers: frozenset[str]
    referenced_governors: frozenset[str]
    referenced_modifiers: frozenset[str]
    referenced_nouns: frozenset[str]
    referenced_adverbs: frozenset[str]
    habitual_adverbs: frozenset[str]
    habitual_counts: frozenset[str]


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
        at_event=frozenset(d["light"]["at_event"]), on_trip_verbs=frozenset(d["light"]["on_trip_verbs"]),
        phone_words=frozenset(d["phone"]["words"]), phone_preps=frozenset(d["phone"]["preps"]),
        plural_parties=frozenset(d["parties"]["plural"]), singular_parties=frozenset(d["parties"]["singular"]),
        non_state_heads=frozenset(d["parties"]["non_state"]),
        speaker_pronouns=frozenset(d["parties"]["speaker"]),
        guest_nouns=frozenset(d["parties"]["guests"]),
        adopted_verbs=frozenset(d["adopted_at"]["verbs"]), adopted_objects=frozenset(d["adopted_at"]["objects"]),
    )


@lru_cache(maxsize=1)
def status_lexicon() -> StatusLexicon:
    d = data_file("event_status.toml")
    p, b, r = d["planned"], d["blocked"], d["referenced"]
    return StatusLexicon(
        planned_modals=frozenset(p["modals"]), planned_governors=frozenset(p["governors"]),
        planned_nouns=frozenset(p["nouns"]), planned_modifiers=frozenset(p["modifiers"]),
        blocked_governors=frozenset(b["governors"]), blocked_nouns=frozenset(b["nouns"]),
        blocked_adjectives=frozenset(b["adjectives"]), blocked_modals=frozenset(b["modals"]),
        blocked_marks=frozenset(b["marks"]), blocked_modifiers=frozenset(b["modifiers"]),
        referenced_governors=frozenset(r["governors"]), referenced_modifiers=frozenset(r["modifiers"]),
        referenced_nouns=frozenset(r["nouns"]),
        referenced_adverbs=frozenset(r["adverbs"]),
        habitual_adverbs=frozenset(d["habitual"]["adverbs"]), habitual_counts=frozenset(d["habitual"]["counts"]),
    )


@lru_cache(maxsize=1)
def agreement_lemmas() -> frozenset[str]:
    return frozenset(data_file("cameo.toml")["agreements"]["lemmas"])


@lru_cache(maxsize=1)
def signed_only_lemmas() -> frozenset[str]:
    return frozenset(data_file("cameo.toml")["agreements"]["signed_only"])


@lru_cache(maxsize=1)
def variant_words() -> frozenset[str]:
    return frozenset(data_file("cameo.toml")["agreements"]["variant_words"])


def label_template(code: str) -> str:
    return data_file("cameo.toml")["labels"].get(code, "{all} {code}")
