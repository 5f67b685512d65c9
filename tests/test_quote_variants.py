"""The same statement printed by two outlets is found, linked, and its differences shown."""
from __future__ import annotations

from parley.corpus.quote_variants import find_quote_variants
from parley.model import DateValue, Document, Quote, Span


def quoted_doc(doc_id: str, before: str, quote: str, after: str = "", speaker: str | None = "Ilham Aliyev",
               published: DateValue | None = None) -> Document:
    text = f"{before}\"{quote}\"{after}"
    start = len(before) + 1
    doc = Document(id=doc_id, source=doc_id, text=text, published=published)
    doc.quotes = [Quote(speaker, Span(start, start + len(quote)))]
    return doc


TRANSCRIPT = ("Of course, we will also talk about issues related to regional security today. I do hope that "
              "2023 will be a year of progress in the normalization of relations between Azerbaijan and Armenia. "
              "I would like to thank the Russian government and you personally for your active involvement in "
              "this process.\n\nWelcome again.")
REPORT = ("I do hope that 2023 will be a year of progress in the normalization of relations between Azerbaijan "
          "and Armenia. I would like to thank the Russian government and you personally for your active "
          "participation in this process.")


def test_variants_linked_with_the_differing_words():
    a = quoted_doc("transcript.txt", "President Aliyev said: ", TRANSCRIPT)
    b = quoted_doc("report.txt", "Aliyev said: ", REPORT, " he added.")
    (variant,) = find_quote_variants([a, b])
    assert {p.document for p in variant.passages} == {"transcript.txt", "report.txt"}
    # the printings come in a fixed order (earliest article first, then by id), whatever the input order
    assert [p.document for p in variant.passages] == ["report.txt", "transcript.txt"]
    assert [(d.first, d.second) for d in variant.differences] == [("participation", "involvement")]
    assert find_quote_variants([b, a])[0].to_json() == variant.to_json()
    for p in variant.passages:
        doc = a if p.document == "transcript.txt" else b
        assert "thank the Russian government" in p.span.of(doc.text)


def test_unrelated_quotes_and_same_article_are_not_linked():
    a = quoted_doc("one.txt", "He said: ", REPORT)
    b = quoted_doc("two.txt", "She said: ", "Trade between our countries grew by a fifth last year and we expect "
                   "more flights between the capitals soon.")
    c = quoted_doc("one.txt#2", "He said: ", REPORT)
    c.id = "one.txt"
    assert find_quote_variants([a, b]) == []
    assert find_quote_variants([a, c]) == []


def test_only_the_same_speaker_within_weeks():
    # invented example: the same words attributed to two people, or printed years apart, or unattributed
    a = quoted_doc("a.txt", "Aliyev said: ", REPORT, published=DateValue.of(2023, 2, 27))
    other_speaker = quoted_doc("b.txt", "Lavrov said: ", REPORT, speaker="Sergey Lavrov",
                               published=DateValue.of(2023, 2, 27))
    years_later = quoted_doc("c.txt", "Aliyev said: ", REPORT, published=DateValue.of(2017, 5, 1))
    unattributed = quoted_doc("d.txt", "It was said: ", REPORT, speaker=None)
    next_day = quoted_doc("e.txt", "Aliyev said: ", REPORT, published=DateValue.of(2023, 2, 28))
    assert find_quote_variants([a, other_speaker, years_later, unattributed]) == []
    (variant,) = find_quote_variants([a, next_day])
    assert {p.document for p in variant.passages} == {"a.txt", "e.txt"}


def test_a_short_shared_phrase_is_not_a_statement():
    # invented example: eight common words inside otherwise different statements
    shared = "the normalization of relations between Azerbaijan and Armenia"
    a = quoted_doc("a.txt", "Aliyev said: ", f"We discussed {shared} and the opening of new border crossings "
                   "along the whole length of the frontier this spring.")
    b = quoted_doc("b.txt", "Aliyev said: ", f"Trade, energy and transport matter more to us than {shared}, "
                   "and the new pipeline will be finished next year.")
    assert find_quote_variants([a, b]) == []


def test_large_speaker_blocks_go_through_lsh_and_find_the_same_pairs():
    # invented example: many unrelated statements of one speaker, one of them printed twice
    from parley.corpus import quote_variants as qv

    import random

    vocabulary = sorted(set(" ".join([TRANSCRIPT, REPORT]).lower().replace(".", " ").replace(",", " ").split()))
    docs = [quoted_doc(f"n{i:03d}.txt", "Aliyev said: ", " ".join(random.Random(i).sample(vocabulary, 14)))
            for i in range(qv.PAIRWISE_MAX + 5)]
    docs += [quoted_doc("x.txt", "Aliyev said: ", TRANSCRIPT), quoted_doc("y.txt", "Aliyev said: ", REPORT)]
    found = find_quote_variants(docs)
    assert [{p.document for p in v.passages} for v in found] == [{"x.txt", "y.txt"}]
