"""The same statement printed by two outlets is found, linked, and its differences shown."""
from __future__ import annotations

from parley.corpus.quote_variants import find_quote_variants
from parley.model import Document, Quote, Span


def quoted_doc(doc_id: str, before: str, quote: str, after: str = "") -> Document:
    text = f"{before}\"{quote}\"{after}"
    start = len(before) + 1
    doc = Document(id=doc_id, source=doc_id, text=text)
    doc.quotes = [Quote("Ilham Aliyev", Span(start, start + len(quote)))]
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
    assert [(d.first, d.second) for d in variant.differences] == [("involvement", "participation")]
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
