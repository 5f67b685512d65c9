"""Who `the two ministers`, `they`, `the two countries` are: the parties told before."""
from __future__ import annotations

from ..model import Event, Span
from .article import Article
from .places import iso_of_state_name, state_name
from .reader import VISITOR, is_parties

# words for the parties that are states ("the two countries")
STATE_WORDS = ("country", "nation", "state", "government")
# the roles a phrase for the parties names ("the two ministers": those whose role says minister)
ROLE_WORDS = {"minister": ("minister",), "president": ("president", "head of state"),
              "premier": ("prime minister", "head of government"), "chancellor": ("chancellor", "head of government")}


def resolve_parties(art: Article, actors: list[str], earlier: list[Event], sentence_start: int,
                    sentence_end: int | None = None) -> list[str]:
    """`the two ministers`, `they`: the persons of the last event told with two or more, news
    first, and of those whose role the phrase names where it names one ("ministers")."""
    marks = [a for a in actors if is_parties(a)]
    if not marks:
        return actors
    named = [a for a in actors if not is_parties(a)]
    word = marks[0][len("<parties:"):-1]
    if word == VISITOR:
        # "the visiting dignitary": the guest of the last visit told (the visitor leads a 042,
        # the host a 043)
        for ev in reversed(earlier):
            if ev.mode == "visit" and ev.actors:
                guest = ev.actors[0] if ev.code != "043" else (ev.actors[1] if len(ev.actors) > 1 else None)
                if guest is not None and art.type_of(guest) == "person" and guest not in named:
                    return named + [guest]
        return named
    if word in STATE_WORDS:
        # "the two countries": the states of the last event told between two of them
        for ev in reversed(earlier):
            states = list(dict.fromkeys(s for a in ev.actors if (s := _state_of(art, a))))
            if len(states) >= 2:
                return list(dict.fromkeys(named + states))
        if sentence_end is not None:
            # none told before: the two states its own sentence names ("Modi has said that Guyana
            # would be a natural partner as the two countries signed 10 pacts")
            states = _sentence_states(art, Span(sentence_start, sentence_end))
            if len(states) == 2:
                return list(dict.fromkeys(named + states))
            # nor two in its sentence: the two the paragraph before and it name ("HELSINKI (AP) —
            # Chinese President Xi Jinping on Wednesday agreed to ... After talks with Finnish
            # President Sauli Niinisto, the two countries signed protocols")
            before = art.paragraph_before(Span(sentence_start, sentence_end))
            if len(states) == 1 and before is not None:
                states = list(dict.fromkeys(_sentence_states(art, before) + states))
                if len(states) == 2:
                    return list(dict.fromkeys(named + states))
        return named
    roles = ROLE_WORDS.get(word, ())
    candidates = [e for e in earlier if len([a for a in e.actors if art.type_of(a) == "person"]) >= 2]
    ordered = [e for e in candidates if e.status == "reported"][::-1] + [e for e in candidates if e.status != "reported"][::-1]
    for ev in ordered:
        people = [a for a in ev.actors if art.type_of(a) == "person" and _holds(art, a, roles)]
        if len(people) >= 2:
            return list(dict.fromkeys(named + people))
    # "Wang Yi and his counterpart Jaishankar agreed ... The two ministers also agreed to hold
    # the next meeting": two persons named together as subjects before
    for pair in reversed(art.subject_groups_before(sentence_start)):
        people = [a for a in pair if _holds(art, a, roles)]
        if len(people) >= 2:
            return list(dict.fromkeys(named + people))
    if sentence_end is not None:
        # none told before: the two persons its own sentence names ("Frederiksen ... described Sir
        # Keir Starmer as a 'close friend' after the two leaders met for a working dinner", The
        # Independent eval 1297)
        people = list(dict.fromkeys(name for _, name in art.actors_at(Span(sentence_start, sentence_end))
                                    if art.type_of(name) == "person" and name not in named and _holds(art, name, roles)))
        if len(people) == 2:
            return named + people
    return named


def _sentence_states(art: Article, span: Span) -> list[str]:
    """The states a sentence names, by name or by a person it names who acts for one."""
    found = [(m.start, name) for m, name in art.states_in(span)]
    found += [(m.start, st) for m, name in art.actors_at(span) if (st := _state_of(art, name))]
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _state_of(art: Article, name: str) -> str | None:
    if iso_of_state_name(name):
        return name
    actor = art.doc.actor_named(name)
    return state_name(actor.country) if actor is not None and actor.country else None


def _holds(art: Article, name: str, roles: tuple[str, ...]) -> bool:
    if not roles:
        return True
    actor = art.doc.actor_named(name)
    role = (actor.role or "").lower() if actor else ""
    return any(r in role for r in roles)
