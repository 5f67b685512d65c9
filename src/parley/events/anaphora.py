"""Events told again: a definite noun that refers back to an event told before ("the meeting",
"during the visit"), and what it adds to it (a date, a place, who attended)."""
from __future__ import annotations

from ..dates.expressions import TimeExpr
from ..model import Event, Span
from .article import Article
from .lexicon import status_lexicon, trigger_noun
from .reader import Place, Reader
from .settle import settle_event
from .status import Reading
from .triggers import Hit

# verbs whose subject attends an event told before ("was attended by", "took part in")
ATTENDING = ("attend", "join", "participate", "present", "part")
# determiners and possessives of a noun trigger that refer back to an event told
# ("the meeting", "during the call", "our talks")
ANAPHORIC = ("the", "this", "that", "these", "those", "our", "their", "his", "her", "its", "your", "my")


def refers_back(r: Reader, hit: Hit) -> bool:
    t = r.tree
    return any(t.lower(c) in ANAPHORIC for c in t.dependents(hit.index, "det", "poss"))


def frames_the_news(r: Reader, hit: Hit) -> bool:
    """"The talks between the leaders come days after ...", "The visit comes amid ...": a definite
    event noun as the subject of a framing verb, the article's news told before."""
    t = r.tree
    return hit.nominal and refers_back(r, hit) and t.dep(hit.index) == "nsubj" \
        and t.lemma(t.head(hit.index)) in status_lexicon().framing_verbs


def event_told(earlier: list[Event], hit: Hit, sentence: Span | None = None) -> Event | None:
    """The event a definite mention refers back to, told in an earlier sentence: the latest of
    that kind (a visit for "the visit"), else the latest news of that root, else the latest."""
    before = [e for e in earlier if sentence is None or e.mentions[0].start < sentence.start]
    # a call is named as one: "the summit" is no earlier phone call, "the call" no meeting
    same = [e for e in before if e.code[:2] == hit.code[:2] and (e.mode == "call") == (hit.mode == "call")]
    kind = [e for e in same if e.mode == hit.mode]
    news = [e for e in same if e.status == "reported"]
    return ([e for e in kind if e in news] or news or kind or same or [None])[-1]


def scene_of(r: Reader, hit: Hit, earlier: list[Event]) -> Event | None:
    """`held talks with Jaishankar during the visit`, `at the meeting`: the earlier event whose
    time and place the trigger shares."""
    t = r.tree
    for anchor in hit.anchors:
        for p in t.dependents(anchor, "prep"):
            if t.lower(p) not in ("during", "at", "on", "in", "amid"):
                continue
            for o in t.dependents(p, "pobj"):
                if t.lower(o) in ("it", "which") and t.pos(o) in ("PRON", "DET"):
                    # "During it, delegation talks were held": the event just told
                    told = [e for e in earlier if e.mentions[0].start < t.parsed.span.start and e.code[:2] == "04"]
                    return told[-1] if told else None
                word = trigger_noun(t, o)
                if word is None:
                    continue
                if not any(t.lower(c) in ANAPHORIC for c in t.dependents(o, "det", "poss")):
                    continue
                if t.dependents(o, "prep", "compound") and any(t.lower(c) in ("of", "to", "with", "between")
                                                               for c in t.dependents(o, "prep")):
                    continue  # "during the visit of Aliyev to Moscow": an event of its own
                before = [e for e in earlier if e.mentions[0].start < t.parsed.span.start and e.code[:2] == word.code[:2]]
                kind = [e for e in before if e.mode == word.mode]
                news = [e for e in before if e.status == "reported"] if word.mode == "meet" else []
                found = kind or news
                return found[-1] if found else None
    return None


def may_be(r: Reader, hit: Hit, told: Event, times: list[TimeExpr], places: list[Place],
            reading: Reading, parties_told: bool = False) -> bool:
    """Whether the event told before may be the one a definite noun names here.

    "The meeting which was held on Thursday in Washington" after "Blinken hosted Wang Yi" is that
    meeting, and dates it; "your visit to Russia last year" or "the conversations that will be
    held today" are other events. `parties_told`: the sentence names its parties only as those
    told before ("the sides", "the two leaders")."""
    if (reading.cue or "reported") != told.status and not (
            reading.cue is None and (told.status == "referenced" or parties_told)):
        # (a noun with no cue of its own is a memory told before, and with parties that are the
        # ones told before, a plan too: "The sides plan to sign joint agreements following the meeting")
        return False
    if places and told.location and places[0].name != told.location:
        return False
    if not times:
        return True
    t = r.tree
    if not any(t.lower(c) in ("the", "this", "that") for c in t.dependents(hit.index, "det")):
        return False
    expr = times[0]
    news_like = expr.year is None and expr.year_offset is None and expr.month_offset is None and not expr.last_month \
        and expr.ago is None and (expr.weekday is not None or expr.day_offset is not None or expr.day is not None)
    if told.time is None:
        return news_like
    return told.time == expr.span


def share_scene(ev: Event, scene: Event, art: Article) -> None:
    """The time, place and standing of the event told before, for one told during it; a
    two-day visit dates what happened during it only to its month."""
    ev.time = scene.time
    ev.evidence["during"] = scene.evidence.get("trigger", "event")
    ev.location = ev.location or scene.location
    if ev.status_cue is None and scene.status != "reported":
        ev.status_cue = scene.status
    settle_event(ev, art.doc, art.latest_year)


def attends(r: Reader, hit: Hit) -> bool:
    """The noun's verb says who attended it: `attend`, `join`, `take part in`, `be present at`."""
    t = r.tree
    verbs = [hit.predicate, hit.host_verb] if hit.host_verb is not None else [hit.predicate]
    return any(t.lemma(v) in ATTENDING or any(t.lemma(c) in ATTENDING for c in t.dependents(v, "acomp", "dobj"))
               for v in verbs if v is not None)
