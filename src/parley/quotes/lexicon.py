"""The word lists the quote rules read, gathered from `data/quotes.toml` once per process."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..resources import data_file


def _alternation(words: list[str]) -> str:
    # longest first, so that "pointed out" wins over a shorter form
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class QuoteLexicon:
    # opening mark -> the marks that may close it
    marks: dict[str, tuple[str, ...]]
    verb: re.Pattern[str]
    # the -ing forms of verbs of speech ("…, insisting he had …")
    participles: re.Pattern[str]
    # words after which a verb of speech modifies a noun ("of continued prejudice")
    modifier_after: re.Pattern[str]
    # subject, adverbs, verb: "he also noted"
    adverbs: str
    pronouns: dict[str, str]
    collective: frozenset[str]
    # the head nouns of a news medium's description ("official news agency")
    media: frozenset[str]
    # a state's possessive and words describing a medium before its name ("Iran's official")
    media_qualifiers: re.Pattern[str]
    according: re.Pattern[str]
    # "Quotes attributable to X:" over a release's quotations
    attributable: re.Pattern[str]
    # "Key points from President X's speech are as follows:": group `subj` is whose words follow
    speech_of: re.Pattern[str]
    # a document named with its issuer outside any quotation's cue ("A statement from the
    # President’s Press Secretary Karine Jean-Pierre, confirmed ..."): the issuer of "the
    # statement" later
    document_from: re.Pattern[str]
    dashes: tuple[str, ...]
    separator: re.Pattern[str]
    narrative_openers: tuple[str, ...]
    speech_words: frozenset[str]
    # verbs that report a clause without "that", and words that cannot open such a clause
    bare_verb: re.Pattern[str]
    not_clause_openers: frozenset[str]
    # `described X as "`: a naming verb, its object, "as", at the end of the lead to a mark
    naming: re.Pattern[str]
    naming_verbs: re.Pattern[str]
    inserts: re.Pattern[str]
    clause_stop: re.Pattern[str]
    tag_subject_words: int
    tag_tail_words: int
    paraphrase_min_words: int
    paraphrase_min_share: float
    # the parse's view: verbs of speech as lemmas, documents and offices that stand for a source
    speech_lemmas: frozenset[str]
    # lemmas of speech that, with a verb after them, say no words ("will continue to help")
    aspect_lemmas: frozenset[str]
    documents: frozenset[str]
    offices: frozenset[str]
    # offices that speak as themselves, not as their holder ("Erdogan's office said")
    own_voice_offices: frozenset[str]
    home_bodies: frozenset[str]
    channels: frozenset[str]
    # the names of a briefing in its headline ("Regular Press Conference"), as an alternation
    briefings: str
    # a time that may stand between a verb of speech and its "that" ("said Friday that")
    time_words: frozenset[str]
    # a sentence opened by a subordinate clause ("While India said …, Sharif told …")
    subordinate_opener: re.Pattern[str]
    # heads of anonymous sources ("a senior official"), to which "the official" points back
    anonymous_heads: frozenset[str]
    # of those, the ones that point back to a named person where no anonymous source was placed
    person_anaphors: dict[str, frozenset[str]]
    # "the same source", "the above-mentioned source": the issuer named last
    same_source: re.Pattern[str]

    @cached_property
    def closers(self) -> frozenset[str]:
        return frozenset(c for cs in self.marks.values() for c in cs)


@lru_cache(maxsize=1)
def quote_lexicon() -> QuoteLexicon:
    data = data_file("quotes.toml")
    cues, sources, transcript, reported = data["cues"], data["sources"], data["transcript"], data["reported"]
    return QuoteLexicon(
        marks={k: tuple(v) for k, v in data["marks"].items()},
        verb=re.compile(rf"\b(?:{_alternation(cues['verbs'])})\b", re.IGNORECASE),
        participles=re.compile(rf"\b(?:{_alternation(cues['participles'])})\b", re.IGNORECASE),
        modifier_after=re.compile(rf"\b(?:{_alternation(cues['modifier_after'])})\s+$", re.IGNORECASE),
        adverbs=_alternation(cues["adverbs"]),
        pronouns=dict(cues["pronouns"]),
        collective=frozenset(sources["collective"]),
        media=frozenset(sources["media"]),
        media_qualifiers=re.compile(rf"^(?:[A-Z][\w-]*['’]s?\s+)?(?:(?:{_alternation(sources['media_qualifiers'])})\s+)*",
                                    re.IGNORECASE),
        according=re.compile(rf"\b(?:{_alternation(sources['according'])})\b", re.IGNORECASE),
        attributable=re.compile(rf"\s*(?:{_alternation(sources['attributable'])})\s+", re.IGNORECASE),
        document_from=re.compile(
            rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternation(sources['issued_documents'])})"
            r"\s+(?:(?:issued|released|published|put\s+out)\s+)?(?:by|from)\s+"
            r"(?P<who>(?:the\s+)?[A-Z][^,;.:\"“”]{2,80}?)"
            r"(?=\s*[,;.:]|\s+(?:[a-z]+(?:ed|s)|said|read|on|late|early|last|this|that|has|had|was|is|will)\b)"),
        speech_of=re.compile(rf"(?P<subj>(?:[A-Z][\w.-]*\s+){{0,5}}[A-Z][\w-]+)['’]s\s+(?:{_alternation(sources['speech_of'])})\b"),
        dashes=tuple(transcript["dashes"]),
        separator=re.compile("|".join(transcript["separators"]), re.IGNORECASE),
        narrative_openers=tuple(transcript["narrative_openers"]),
        speech_words=frozenset(transcript["speech_words"]),
        bare_verb=re.compile(rf"\b(?:{_alternation(reported['bare_verbs'])})\s+(?=[^\W\d_])", re.IGNORECASE),
        not_clause_openers=frozenset(reported["not_clause_openers"]),
        naming=re.compile(rf"\b(?P<verb>{_alternation(cues['naming_verbs'])})\b[^.;:!?\"“”«»\n]{{1,200}}?\bas\s*$",
                          re.IGNORECASE),
        naming_verbs=re.compile(rf"\b(?:{_alternation(cues['naming_verbs'])})\b", re.IGNORECASE),
        inserts=re.compile(rf"(?:{_alternation(cues['inserts'])})\b", re.IGNORECASE),
        clause_stop=re.compile(rf"(?:,[\"”»’]?|[\"”»’],)\s*(?:{_alternation(reported['clause_stops'])})\b",
                               re.IGNORECASE),
        tag_subject_words=int(reported["tag_subject_words"]),
        tag_tail_words=int(reported["tag_tail_words"]),
        paraphrase_min_words=int(reported["paraphrase_min_words"]),
        paraphrase_min_share=float(reported["paraphrase_min_share"]),
        speech_lemmas=frozenset(cues["lemmas"]),
        aspect_lemmas=frozenset(cues["aspect_lemmas"]),
        documents=frozenset(sources["documents"]),
        offices=frozenset(sources["offices"]),
        own_voice_offices=frozenset(sources["own_voice_offices"]),
        home_bodies=frozenset(sources["home_bodies"]),
        channels=frozenset(sources["channels"]),
        anonymous_heads=frozenset(sources["anonymous_heads"]),
        person_anaphors={k: frozenset(v) for k, v in sources["person_anaphors"].items()},
        same_source=re.compile(rf"^(?:the|this|that)\s+(?:{_alternation(sources['same_source'])})\s+(?:source|sources)$",
                               re.IGNORECASE),
        time_words=frozenset(reported["time_words"]),
        subordinate_opener=re.compile(rf"\s*(?:{_alternation(reported['subordinate_openers'])})\b", re.IGNORECASE),
        briefings=_alternation(transcript["briefings"]),
    )
