"""One name per person across articles, and no merging of different people."""
from __future__ import annotations

from parley.corpus.people import corpus_names, fits, unify_people
from parley.model import Actor, Document, Event, Mention, Quote, Span


def test_fits_initials_and_family_names():
    assert fits("S. Jaishankar", "Subrahmanyam Jaishankar")
    assert fits("Jaishankar", "Subrahmanyam Jaishankar")
    assert fits("Erdogan", "Recep Tayyip Erdoğan")
    assert not fits("Heydar Aliyev", "Ilham Aliyev")
    assert not fits("Ilham Aliyev", "Ilham Aliyev")
    assert not fits("K. Tokayev", "Nursultan Nazarbayev")


def doc_with(doc_id: str, *names: str) -> Document:
    doc = Document(id=doc_id, source=doc_id, text=" ".join(names) + " met.")
    doc.actors = [Actor(n, mentions=[Span(0, 1)]) for n in names]
    return doc


def test_shorter_names_take_the_one_fuller_name():
    table = corpus_names([doc_with("a", "Subrahmanyam Jaishankar"), doc_with("b", "S. Jaishankar", "Wang Yi"),
                          doc_with("c", "Jaishankar")])
    assert table == {"S. Jaishankar": "Subrahmanyam Jaishankar", "Jaishankar": "Subrahmanyam Jaishankar"}


def test_ambiguous_surname_is_left_alone():
    table = corpus_names([doc_with("a", "Ilham Aliyev"), doc_with("b", "Heydar Aliyev"), doc_with("c", "Aliyev")])
    assert "Aliyev" not in table


def test_unify_renames_actors_events_and_speakers():
    short = doc_with("b", "S. Jaishankar", "Wang Yi")
    short.quotes = [Quote("S. Jaishankar", Span(0, 5))]
    short.events = [Event("040", ["S. Jaishankar", "Wang Yi"], "reported", [Mention("b", 0, 5)])]
    unify_people([doc_with("a", "Subrahmanyam Jaishankar"), short])
    assert [a.name for a in short.actors] == ["Subrahmanyam Jaishankar", "Wang Yi"]
    assert short.quotes[0].speaker == "Subrahmanyam Jaishankar"
    assert short.events[0].actors == ["Subrahmanyam Jaishankar", "Wang Yi"]
