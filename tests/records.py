"""Hand-built documents and events for store/API tests (event extraction is a separate stage;
these tests must not depend on what it finds)."""
from __future__ import annotations

from parley.model import Actor, DateValue, Dateline, Document, Entity, Event, Mention, Quote, Span

BAKU = (
    "Aliyev receives Lavrov in Baku\n\n"
    "BAKU, Feb 27 (Agency) - President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov "
    "in Baku on Monday. \"We are determined to do positive and constructive work together,\" Aliyev said. "
    "Lavrov will meet Jeyhun Bayramov in Moscow next month."
)
TASS = (
    "Lavrov holds talks with Aliyev\n\n"
    "Russian Foreign Minister Sergey Lavrov held talks with Azerbaijani President Ilham Aliyev in Baku. "
    "\"We are determined to do constructive work together,\" Aliyev said at the meeting."
)


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def _mention(doc_id: str, text: str, phrase: str) -> Mention:
    s = _span(text, phrase)
    return Mention(doc_id, s.start, s.end)


def _actors(text: str) -> list[Actor]:
    out = []
    for name, country, role in (("Ilham Aliyev", "AZE", "head of state"), ("Sergey Lavrov", "RUS", "foreign minister"),
                                ("Jeyhun Bayramov", "AZE", "foreign minister")):
        if name in text:
            out.append(Actor(name, "person", country, role, [_span(text, name)]))
    return out


def _quote(text: str, phrase: str, speaker: str) -> Quote:
    return Quote(speaker, _span(text, phrase), "direct", _span(text, f"{speaker.split()[-1]} said"))


def baku_doc(doc_id: str = "baku.txt") -> Document:
    text = BAKU
    title = _span(text, "Aliyev receives Lavrov in Baku")
    doc = Document(
        id=doc_id, source=f"/tmp/{doc_id}", text=text, title=title.of(text), title_span=title, outlet="Agency",
        published=DateValue.of(2023, 2, 27), published_evidence="dateline", url="https://example.org/baku",
        dateline=Dateline(_span(text, "BAKU, Feb 27 (Agency)"), "Baku", 2, 27, None, "Agency"),
        body_spans=[Span(title.end + 2, len(text))], sentences=[Span(title.end + 2, len(text))],
        entities=[Entity(_span(text, "Ilham Aliyev"), "PERSON", "Ilham Aliyev")],
        actors=_actors(text), quotes=[_quote(text, "We are determined to do positive and constructive work together",
                                             "Ilham Aliyev")],
        warnings=["invalid UTF-8 replaced"], stages_run=["layout", "outlet"],
    )
    doc.events = [
        Event("043", ["Ilham Aliyev", "Sergey Lavrov"], "reported",
              [_mention(doc_id, text, "President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov")],
              label="Ilham Aliyev hosts Sergey Lavrov in Baku", location="Baku", date=DateValue.of(2023, 2, 27),
              evidence={"trigger": "received"}),
        Event("044", ["Sergey Lavrov", "Jeyhun Bayramov"], "planned",
              [_mention(doc_id, text, "Lavrov will meet Jeyhun Bayramov in Moscow next month")],
              label="Sergey Lavrov meets Jeyhun Bayramov in Moscow", location="Moscow", date=DateValue.of(2023, 3),
              agreement=None),
    ]
    return doc


def tass_doc(doc_id: str = "tass.txt") -> Document:
    text = TASS
    title = _span(text, "Lavrov holds talks with Aliyev")
    doc = Document(
        id=doc_id, source=f"/tmp/{doc_id}", text=text, title=title.of(text), title_span=title, outlet="TASS",
        published=DateValue.of(2023, 2, 27), body_spans=[Span(title.end + 2, len(text))],
        actors=_actors(text), quotes=[_quote(text, "We are determined to do constructive work together",
                                             "Ilham Aliyev")],
    )
    doc.events = [
        Event("043", ["Ilham Aliyev", "Sergey Lavrov"], "reported",
              [_mention(doc_id, text, "Sergey Lavrov held talks with Azerbaijani President Ilham Aliyev in Baku")],
              label="Ilham Aliyev hosts Sergey Lavrov in Baku", location="Baku", date=DateValue.of(2023, 2, 27)),
    ]
    return doc


def hostile_doc(doc_id: str = "evil.txt") -> Document:
    title = "<script>alert(1)</script> Talks <img src=x onerror=alert(2)>"
    text = (f"{title}\n\nIlham Aliyev met Sergey Lavrov. <script>alert(3)</script> "
            "\"<img src=x onerror=alert(4)>\" Aliyev said.")
    doc = Document(id=doc_id, source=doc_id, text=text, title=title, title_span=Span(0, len(title)),
                   outlet="<b>Evil</b>", body_spans=[Span(len(title) + 2, len(text))], actors=_actors(text),
                   quotes=[_quote(text, "<img src=x onerror=alert(4)>", "Ilham Aliyev")])
    doc.events = [Event("040", ["Ilham Aliyev", "<script>alert(5)</script>"], "reported",
                        [_mention(doc_id, text, "<script>alert(3)</script>")],
                        label="<script>alert(6)</script> meeting", location="<i>Baku</i>")]
    return doc
