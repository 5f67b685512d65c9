"""The event vocabulary of `data/cameo.toml`, compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import data_file

# when one sentence holds several triggers, the more specific kind of event wins
# (a signing during a visit is recorded as the signing)
# (a telephone call is named as such: it outranks the "received" of "received a phone call")
MODE_PRIORITY = {"call": 0, "sign": 1, "visit_host": 2, "negotiate": 3, "meet": 4, "visit": 5}


@dataclass(frozen=True)
class Trigger:
    code: str
    mode: str
    who: str
    pattern: re.Pattern[str]

    @property
    def priority(self) -> int:
        return MODE_PRIORITY.get("visit_host" if self.who == "host" else self.mode, 9)


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    return tuple(
        Trigger(t["code"], t["mode"], t["who"], re.compile(rf"\b(?:{_alternation(t['words'])})\b", re.IGNORECASE))
        for t in data_file("cameo.toml")["trigger"]
    )


@lru_cache(maxsize=1)
def agreement_noun() -> re.Pattern[str]:
    nouns = data_file("cameo.toml")["agreements"]["nouns"]
    return re.compile(rf"\b(?:{_alternation(nouns)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def hypothetical_before() -> re.Pattern[str]:
    words = data_file("cameo.toml")["agreements"]["hypothetical"]
    return re.compile(rf"\b(?:{_alternation(words)})\s+(?:\w+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def variant_words() -> frozenset[str]:
    return frozenset(data_file("cameo.toml")["agreements"]["variant_words"])


@lru_cache(maxsize=3)
def status_cues(kind: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(data_file('cameo.toml')['status'][kind])})\b", re.IGNORECASE)


def label_template(code: str) -> str:
    return data_file("cameo.toml")["labels"].get(code, "{all} {code}")


@lru_cache(maxsize=1)
def speech_verbs() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(data_file('cameo.toml')['speech']['words'])})\b", re.IGNORECASE)
