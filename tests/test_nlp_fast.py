"""The fast NLP profile (senter + ner) gives later stages what the full model gave them."""
from __future__ import annotations

import pytest
from conftest import EXAMPLES

from parley.extraction import extract, extract_documents
from parley.model import Document
from parley.options import Options
from parley.readers import read_inputs

CORE_LABELS = ("PERSON", "GPE", "LOC", "DATE", "NORP", "ORG")


@pytest.fixture(scope="module")
def both():
    def run(profile: str) -> list[Document]:
        docs = [d for d in read_inputs([str(EXAMPLES)]) if isinstance(d, Document)]
        return extract_documents(docs, Options(nlp_profile=profile))

    return run("full"), run("fast")


def test_entities_are_those_of_the_full_model(both):
    full, fast = both
    for a, b in zip(full, fast):
        assert [(e.span, e.label, e.text) for e in a.entities] == [(e.span, e.label, e.text) for e in b.entities], a.id


def test_no_sentence_with_names_places_or_dates_is_split(both):
    full, fast = both
    for a, b in zip(full, fast):
        for sentence in a.sentences:
            ents = [e.span for e in a.entities if sentence.contains(e.span) and e.label in CORE_LABELS]
            holders = {s for e in ents for s in b.sentences if s.contains(e)}
            assert len(holders) <= 1, (a.id, sentence.of(a.text))
            assert all(any(s.contains(e) for s in b.sentences) for e in ents), (a.id, sentence.of(a.text))


def test_sentences_stay_in_one_body_paragraph(both):
    _, fast = both
    for doc in fast:
        for sentence in doc.sentences:
            assert sum(p.overlaps(sentence) for p in doc.body_spans) == 1, sentence.of(doc.text)
            assert sentence.of(doc.text) == sentence.of(doc.text).strip()


def test_record_is_the_same_with_either_profile():
    full = extract([str(EXAMPLES)], Options(nlp_profile="full")).record.to_json()
    fast = extract([str(EXAMPLES)], Options(nlp_profile="fast")).record.to_json()
    assert fast == full


def test_paragraph_break_starts_a_sentence_and_stops_an_entity():
    text = "Talks in Baku\n\nSergey Lavrov met Jeyhun Bayramov in Baku on Monday\n\nPutin later called Aliyev."
    doc = extract_documents([Document(id="p.txt", source="p.txt", text=text)])[0]
    assert all("\n\n" not in s.of(text) for s in doc.sentences)
    assert all("\n" not in e.text for e in doc.entities)


def test_no_sentence_starts_inside_a_run_without_spaces():
    text = ("Talks in Baku\n\nBAKU (Agency) - Ilham Aliyev received Sergey Lavrov. <script>alert(3)</script>\n"
            "\"We are glad,\" Aliyev said.\n")
    doc = extract_documents([Document(id="g.txt", source="g.txt", text=text)])[0]
    assert "<script>alert(3)</script>" in [s.of(text) for s in doc.sentences]
