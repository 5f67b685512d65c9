"""The `parse` stage and `parley.syntax`: the dependency parse later stages read."""
from __future__ import annotations

from conftest import SHARED, make_doc

from parley.nlp.parse import wants_parse
from parley.syntax import SUBJECTS, Tree

# real sentence: Business Standard / ANI, 27 Oct 2023 (../shared/corpus/dev/101_blinken-wang-bs.txt)
HOSTED = ("US Secretary of State, Antony Blinken hosted Chinese Foreign Minister Wang Yi in continuation "
          "of meetings of between US and Chinese officials to maintain open communication between two "
          "countries, said US Department of State.")


def _tree_of(doc, needle: str) -> Tree:
    for parsed in doc.parses:
        if needle in parsed.span.of(doc.text):
            return Tree(doc.text, parsed)
    raise AssertionError(f"no parsed sentence holds {needle!r}")


def test_subject_and_object_of_a_trigger_come_from_the_parse():
    doc = make_doc(HOSTED)
    tree = _tree_of(doc, "hosted")
    (verb,) = tree.find_lemma("host")
    subjects = [tree.extent(i).of(doc.text) for i in tree.dependents(verb, *SUBJECTS)]
    objects = [tree.extent(i).of(doc.text) for i in tree.dependents(verb, "dobj")]
    assert any(s.endswith("Antony Blinken") for s in subjects)
    assert objects == ["Chinese Foreign Minister Wang Yi"]
    # every token lies inside its sentence and points at a head inside it
    for tok in tree.tokens:
        assert tree.parsed.span.start <= tok.start < tok.end <= tree.parsed.span.end
        assert 0 <= tok.head < len(tree)


def test_coordinated_subjects_and_with_phrases():
    # invented example
    doc = make_doc("Prime Minister Modi and President Macron held talks in New Delhi on Saturday. "
                   "Later, Macron met with business leaders.")
    talks = _tree_of(doc, "held talks")
    (held,) = talks.find_lemma("hold")
    (subject,) = talks.dependents(held, "nsubj")
    assert [talks.word(i) for i in talks.conjuncts(subject)] == ["Modi", "Macron"]
    # the parser hangs "in New Delhi" on "talks", the light verb's object
    assert [talks.word(i) for i in talks.prep_objects(held, "in", via_object=True)] == ["Delhi"]
    met = _tree_of(doc, "met with")
    (verb,) = met.find_lemma("meet")
    assert [met.word(i) for i in met.prep_objects(verb, "with")] == ["leaders"]


def test_negation_is_read_from_the_parse():
    # invented example
    doc = make_doc("The president did not meet the envoy.")
    tree = _tree_of(doc, "meet")
    (verb,) = tree.find_lemma("meet")
    assert tree.negated(verb)


def test_sentences_without_a_cue_are_not_parsed():
    # invented example: no trigger, speech verb or quotation mark in the second sentence
    doc = make_doc("The two ministers met in Baku. The weather was cold and wet all week.")
    parsed = [p.span.of(doc.text) for p in doc.parses]
    assert parsed == ["The two ministers met in Baku."]
    assert wants_parse('He called it "a step forward".')
    assert not wants_parse("The weather was cold and wet all week.")


def test_every_trigger_word_of_the_event_lexicons_gets_its_sentence_parsed():
    # the event lexicons are read on the parse: a sentence whose only cue is one of their lemmas
    # (in any of its forms) is parsed, whether or not parse.toml lists its stem (invented examples)
    from parley.resources import data_file

    for name in ("event_triggers.toml", "event_verbal.toml"):
        for table in (v for v in data_file(name).values() if isinstance(v, list)):
            for entry in table:
                lemmas = entry.get("lemmas", entry.get("lemma", []))
                for lemma in [lemmas] if isinstance(lemmas, str) else lemmas:
                    if "_" not in lemma and len(lemma) >= 3:
                        assert wants_parse(f"Nigeria will {lemma} France."), (name, lemma)
    for text in ("Nigeria will work with France in the area of security.", "Turkey is ready to work with Egypt.",
                 "Russia froze the assets of the bank.", "The minister led a delegation to Accra."):
        assert wants_parse(text), text
    # negatives: a sentence with none of those words is not parsed, nor one with a word a trigger
    # only starts ("pleased" is no "plea", "development" no "develop")
    assert not wants_parse("The weather in the capital was mild on Sunday.")
    assert not wants_parse("The minister was pleased with the development of the new airport.")


def test_parse_of_finds_the_sentence_of_a_span():
    doc = make_doc("The two ministers met in Baku. The weather was cold. They signed a treaty.")  # invented example
    at = doc.text.index("signed")
    from parley.model import Span

    found = doc.parse_of(Span(at, at + 6))
    assert found is not None and found.span.of(doc.text) == "They signed a treaty."
    cold = doc.text.index("cold")
    assert doc.parse_of(Span(cold, cold + 4)) is None


def test_dependency_matcher_over_a_rebuilt_doc():
    import spacy
    from spacy.matcher import DependencyMatcher

    doc = make_doc(HOSTED)
    tree = _tree_of(doc, "hosted")
    vocab = spacy.blank("en").vocab
    matcher = DependencyMatcher(vocab)
    matcher.add("HOST", [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "host"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "guest", "RIGHT_ATTRS": {"DEP": "dobj"}},
    ]])
    sdoc = tree.to_spacy(vocab)
    ((_, (verb, guest)),) = matcher(sdoc)
    assert sdoc[verb].text == "hosted" and sdoc[guest].text == "Yi"


def test_every_dev_article_parses_inside_its_sentences():
    from parley.extraction import extract

    dev = SHARED / "corpus" / "dev"
    if not dev.exists():
        import pytest

        pytest.skip("shared dev corpus not found")
    record = extract([str(dev / "115_tokayev-rahmon-call-kazinform.txt"),
                      str(dev / "128_guterres-erdogan-xinhua-chinagate.txt")]).record
    for doc in record.documents:
        assert doc.parses, doc.id
        sentences = set(doc.sentences)
        for parsed in doc.parses:
            assert parsed.span in sentences
            assert parsed.tokens and parsed.tokens[0].start >= parsed.span.start
