"""Events in short articles of other countries and shapes: codes, statuses, dates, places."""
from __future__ import annotations

from conftest import make_doc

from parley.corpus import Corpus
from parley.extraction import build_record, extract_documents
from parley.model import DateValue, Document


def record_of(*texts: str):
    docs = extract_documents([Document(id=f"a{i}.txt", source=f"a{i}.txt", text=t) for i, t in enumerate(texts)])
    return build_record(docs)


def only(events, code_root: str):
    found = [e for e in events if e.code.startswith(code_root)]
    assert len(found) == 1, [(e.code, e.label, e.date) for e in events]
    return found[0]


PHONE = """Chinese, Turkish foreign ministers talk by phone

BEIJING, March 5, 2024 (Xinhua) - Chinese Foreign Minister Wang Yi held a phone conversation with Turkish Foreign Minister Hakan Fidan on Tuesday.

Wang said China was ready to deepen cooperation with Türkiye.
"""


def test_phone_call_is_041_dated_by_weekday_and_dateline():
    ev = only(record_of(PHONE).events, "041")
    assert {"Wang Yi", "Hakan Fidan"} <= set(ev.actors)
    assert ev.status == "reported"
    assert ev.date == DateValue("2024-03-05", "day")


PLANNED = """Jaishankar to visit Moscow

NEW DELHI, July 1, 2024 (PTI) - External Affairs Minister Subrahmanyam Jaishankar will visit Moscow on Thursday for talks with Russian Foreign Minister Sergey Lavrov.
"""


def test_announced_visit_is_planned_not_held():
    events = record_of(PLANNED).events
    assert events, "the announced visit is an event"
    assert all(e.status == "planned" for e in events)
    visit = events[0]
    assert visit.date == DateValue("2024-07-04", "day")  # the Thursday after Monday 1 July 2024
    assert "Subrahmanyam Jaishankar" in visit.actors


RECALLED = """Erdogan receives Tokayev in Ankara

ANKARA, May 14, 2024 (Anadolu) - Turkish President Recep Tayyip Erdogan received Kazakh President Kassym-Jomart Tokayev in Ankara on Tuesday.

The two leaders recalled the Treaty on Strategic Partnership signed in Astana on 12 October last year, and the summit in Samarkand in November 2022.
"""


def test_reported_host_and_referenced_agreement_and_summit():
    events = record_of(RECALLED).events
    host = only(events, "04" if False else "043")
    assert host.status == "reported" and host.location == "Ankara"
    assert host.date == DateValue("2024-05-14", "day")
    assert host.actors[:2] == ["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"]
    treaty = only(events, "05")
    assert treaty.status == "referenced"
    assert treaty.date == DateValue("2023-10-12", "day")  # "12 October last year"
    assert treaty.location == "Astana"
    summits = [e for e in events if e.location == "Samarkand"]
    assert summits and summits[0].date == DateValue("2022-11", "month") and summits[0].status == "referenced"


UNDATED = """Uzbek, Kyrgyz ministers meet

The foreign ministers of Uzbekistan and Kyrgyzstan, Bakhtiyor Saidov and Jeenbek Kulubaev, met in Tashkent on Friday (15 March) to discuss border delimitation agreed in 2023.
"""


def test_weekday_and_date_fix_the_missing_year():
    doc = make_doc(UNDATED)
    assert doc.published == DateValue("2024-03-15", "day")  # 15 March is a Friday in 2024
    ev = only(record_of(UNDATED).events, "04")
    assert ev.date == DateValue("2024-03-15", "day") and ev.location == "Tashkent"


def test_same_meeting_in_two_articles_is_one_event():
    second = """Saidov and Kulubaev hold talks in Tashkent

Uzbek Foreign Minister Bakhtiyor Saidov received his Kyrgyz counterpart Jeenbek Kulubaev in Tashkent.
"""
    events = record_of(UNDATED, second).events
    meeting = only(events, "04")
    assert {m.document for m in meeting.mentions} == {"a0.txt", "a1.txt"}


def test_adding_an_article_merges_into_the_existing_event():
    first, second = extract_documents([
        Document(id="one.txt", source="one.txt", text=UNDATED),
        Document(id="two.txt", source="two.txt",
                 text="Kyrgyz minister in Tashkent\n\nUzbek Foreign Minister Bakhtiyor Saidov received Kyrgyz "
                      "Foreign Minister Jeenbek Kulubaev in Tashkent on 15 March 2024.\n"),
    ])
    corpus = Corpus()
    before = corpus.add([first])
    assert len([e for e in before if e.code.startswith("04")]) == 1
    after = corpus.add([second])
    meetings = [e for e in after if e.code.startswith("04")]
    assert len(meetings) == 1
    assert {m.document for m in meetings[0].mentions} == {"one.txt", "two.txt"}
    assert meetings[0].id == [e for e in before if e.code.startswith("04")][0].id


def test_seed_corpus_links_the_declaration_across_its_variant_names(seed_record):
    declarations = [e for e in seed_record.events if e.code.startswith("05") and e.agreement]
    assert len(declarations) == 1
    ev = declarations[0]
    assert ev.date == DateValue("2022-02-22", "day") and ev.status == "referenced"
    assert {m.document[:3] for m in ev.mentions} >= {"000", "001", "002", "003"}


def test_seed_articles_dated_by_the_corpus(seed_docs):
    assert seed_docs["000_d117b791f971e182.txt"].published == DateValue("2022", "year")
    assert seed_docs["001_cad0dfaeb5419f53.txt"].published == DateValue("2023-02-27", "day")
    assert seed_docs["004_9cd41e01b6ef87bf.txt"].published == DateValue("2020-11-21", "day")


def test_every_event_points_back_to_its_words(seed_record):
    texts = {d.id: d.text for d in seed_record.documents}
    for ev in seed_record.events:
        assert ev.actors and ev.mentions and ev.label
        for m in ev.mentions:
            assert 0 <= m.start < m.end <= len(texts[m.document])
