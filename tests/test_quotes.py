"""The quotes stage on short articles: every shape of quotation, each with its speaker."""
from __future__ import annotations

from conftest import make_doc


def _in_body(doc, span):
    """Every character of `span` is body text (a quote over paragraphs spans the blank lines)."""
    body = doc.masked_body()
    return all(body[i] == doc.text[i] or doc.text[i].isspace() for i in range(span.start, span.end)) and any(
        b.overlaps(span) for b in doc.body_spans)


def _quotes(doc):
    for q in doc.quotes:
        # every quote is exact text of the body, never page furniture
        assert _in_body(doc, q.span), q
        assert q.span.of(doc.text).strip() == q.span.of(doc.text)
    return [(q.speaker, q.span.of(doc.text), q.kind) for q in doc.quotes]


def _speaker_of(doc, words):
    found = [s for s, t, _ in _quotes(doc) if words in t]
    assert found, f"no quote holds {words!r}"
    return found[0]


def test_marks_of_all_kinds_with_cues_after_and_before():
    doc = make_doc(
        "Ministers meet\n\n"
        "Chinese Foreign Minister Wang Yi met Indian External Affairs Minister Subrahmanyam Jaishankar.\n\n"
        "\u201cWe are partners, not rivals,\u201d Wang said.\n\n"
        "\"The border is calm,\" said Jaishankar.\n\n"
        "Jaishankar added: \u00abTrade must grow in a balanced way.\u00bb\n\n"
        "\u2018We will meet again soon,\u2019 the Chinese top diplomat noted.\n"
    )
    quotes = _quotes(doc)
    assert ("Wang Yi", "We are partners, not rivals,", "direct") in quotes
    assert ("Subrahmanyam Jaishankar", "The border is calm,", "direct") in quotes
    assert ("Subrahmanyam Jaishankar", "Trade must grow in a balanced way.", "direct") in quotes
    assert ("Wang Yi", "We will meet again soon,", "direct") in quotes


def test_quote_broken_by_attribution_and_pronoun():
    doc = make_doc(
        "Talks in Ankara\n\n"
        "Turkish Foreign Minister Hakan Fidan received Russian Foreign Minister Sergey Lavrov.\n\n"
        "\u201cWe discussed the grain corridor,\u201d he noted. \u201cOur position has not changed.\u201d\n\n"
        "Lavrov said the talks were useful.\n\n"
        "\"We agreed to meet again,\" he added.\n"
    )
    # "he" with no speaker before: the subject of the lead sentence
    assert _speaker_of(doc, "grain corridor") == "Hakan Fidan"
    assert _speaker_of(doc, "Our position has not changed.") == "Hakan Fidan"
    # "he" after Lavrov spoke: Lavrov
    assert _speaker_of(doc, "We agreed to meet again") == "Sergey Lavrov"


def test_quote_over_several_paragraphs_after_an_introduction():
    doc = make_doc(
        "Erdogan speaks\n\n"
        "President Recep Tayyip Erdogan addressed the summit on Friday. Speaking about the region, Erdogan said:\n\n"
        "\"Peace in the Caucasus serves everyone. We support every step towards it.\n\n"
        "\"Our region has waited long enough for this day.\"\n\n"
        "The summit closes on Saturday.\n"
    )
    quotes = _quotes(doc)
    assert ("Recep Tayyip Erdogan", "Peace in the Caucasus serves everyone. We support every step towards it.",
            "direct") in quotes
    assert ("Recep Tayyip Erdogan", "Our region has waited long enough for this day.", "direct") in quotes
    assert not any("summit closes" in t for _, t, _ in quotes)


def test_speech_transcript_runs_until_the_next_speaker():
    doc = make_doc(
        "Lavrov in Baku\n\n"
        "President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov.\n\n"
        "Speaking at the meeting, President Ilham Aliyev said:\n\n"
        "- Dear Sergey Viktorovich, welcome to Azerbaijan. I am glad to see you.\n\n"
        "We have a lot to discuss today.\n\n"
        "x x x\n\n"
        "Russian Foreign Minister Sergey Lavrov said:\n\n"
        "-Thank you, dear Ilham Heydar oglu. We value our alliance.\n\n"
        "President Ilham Aliyev: Thank you, Sergey Viktorovich. Please convey my greetings.\n"
    )
    quotes = _quotes(doc)
    aliyev = [t for s, t, _ in quotes if s == "Ilham Aliyev"]
    assert any(t.startswith("Dear Sergey Viktorovich, welcome") and t.endswith("to discuss today.") for t in aliyev)
    assert "Thank you, Sergey Viktorovich. Please convey my greetings." in aliyev
    assert ("Sergey Lavrov", "Thank you, dear Ilham Heydar oglu. We value our alliance.", "direct") in quotes
    assert not any("x x x" in t or "said:" in t for _, t, _ in quotes)


def test_transcript_without_colon_runs_to_the_end_of_the_body():
    doc = make_doc(
        "Aliyev meets Lavrov\n\n"
        "Azerbaijani President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov.\n\n"
        "Speaking at the meeting, President Ilham Aliyev\n\n"
        "\u2013 Dear Sergey Viktorovich, I am very pleased to see you.\n\n"
        "We will talk about the region today.\n\n"
        "Share news on social media\n"
    )
    quotes = _quotes(doc)
    assert [(s, t) for s, t, _ in quotes] == [
        ("Ilham Aliyev", "Dear Sergey Viktorovich, I am very pleased to see you.\n\nWe will talk about the region today.")]


def test_transcript_stops_at_narration():
    doc = make_doc(
        "Meeting held\n\n"
        "Kazakh Foreign Minister Murat Nurtleu received Uzbek Foreign Minister Bakhtiyor Saidov.\n\n"
        "Bakhtiyor Saidov said:\n\n"
        "- Thank you for the warm welcome. We value our partnership.\n\n"
        "Murat Nurtleu thanked the guest and wished the delegation success.\n"
    )
    quotes = _quotes(doc)
    assert ("Bakhtiyor Saidov", "Thank you for the warm welcome. We value our partnership.", "direct") in quotes
    assert not any("wished the delegation" in t for _, t, _ in quotes)


def test_indirect_speech_and_collective_sources():
    doc = make_doc(
        "Ministers to meet\n\n"
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Russian Foreign Minister Sergey Lavrov on Monday.\n\n"
        "Bayramov said that the negotiation process had reached a new level.\n\n"
        "On Tuesday, the ministers will \"exchange views on regional topics\", according to Azerbaijani media.\n"
    )
    quotes = _quotes(doc)
    assert ("Jeyhun Bayramov", "the negotiation process had reached a new level", "indirect") in quotes
    assert ("Azerbaijani media", "exchange views on regional topics", "direct") in quotes


def test_direct_quote_inside_reported_speech_and_role_description_speaker():
    doc = make_doc(
        "Lavrov and Bayramov meet\n\n"
        "Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart Jeyhun Bayramov.\n\n"
        "\"We are interested in unblocking transport ties,\" the Russian top diplomat added.\n\n"
        "Bayramov said that Baku is \"ready to sign a peace treaty\" this year.\n"
    )
    quotes = _quotes(doc)
    assert ("Sergey Lavrov", "We are interested in unblocking transport ties,", "direct") in quotes
    assert ("Jeyhun Bayramov", "ready to sign a peace treaty", "direct") in quotes
    # the words in marks are not reported a second time as indirect speech
    assert not any(k == "indirect" and "peace treaty" in t for _, t, k in quotes)


def test_scare_quotes_and_apostrophes_are_not_quotations():
    doc = make_doc(
        "Talks\n\n"
        "Lavrov met Bayramov in Moscow. The sides discussed the so-called \"Zangezur corridor\" and "
        "Türkiye\u2019s role in the region\u2019s security.\n"
    )
    assert _quotes(doc) == []


def test_reported_speech_without_that_and_she_after_a_man():
    doc = make_doc(
        "Moscow comments\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke after Foreign Minister Sergey Lavrov.\n\n"
        "Lavrov said the talks with Baku had been constructive.\n\n"
        "\"We expect the treaty to be signed soon,\" she added.\n\n"
        "Lavrov said on Monday.\n"
    )
    quotes = _quotes(doc)
    assert ("Sergey Lavrov", "the talks with Baku had been constructive", "indirect") in quotes
    assert _speaker_of(doc, "We expect the treaty") == "Maria Zakharova"
    # an adjunct after the verb is not reported speech
    assert not any(t.startswith("on Monday") for _, t, _ in quotes)
