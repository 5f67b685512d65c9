"""Hand-built records for the web and GDELT tests, beside tests/records.py: an event of another
CAMEO root (conflict) between two states, and an actor known by a titled alias."""
from __future__ import annotations

from parley.model import Actor, DateValue, Document, Event, Mention, Quote, Span

# invented examples: no outlet printed these texts, and the spokesperson is made up
STATEMENT = ("We call on the international community to give a clear assessment of these actions and to take "
             "{} steps to prevent further escalation on the border")
CONFLICT = (
    "Armenia accuses Azerbaijan over border shelling\n\n"
    "YEREVAN, March 12 (Invented Wire) - Armenia accused Azerbaijan of shelling border villages on Sunday, "
    "the foreign ministry said. The Russian Foreign Minister, Sergey Lavrov, called for restraint. "
    f"\"{STATEMENT.format('practical')},\" spokesperson Ara Petrosyan said."
)
CONFLICT_B = (
    "Yerevan calls for assessment of border incident\n\n"
    "Armenia's foreign ministry spokesperson Ara Petrosyan said on Sunday: "
    f"\"{STATEMENT.format('concrete')}.\""
)


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def conflict_doc(doc_id: str = "conflict.txt") -> Document:
    """A verbal-conflict event (CAMEO 112, QuadClass 3) between two states; a URL that is not
    http(s) and a source path that must never be shown."""
    text = CONFLICT
    passage = _span(text, "Armenia accused Azerbaijan of shelling border villages")
    doc = Document(
        id=doc_id, source=f"/srv/private/feeds/{doc_id}", text=text,
        title="Armenia accuses Azerbaijan over border shelling", outlet="Invented Wire",
        published=DateValue.of(2023, 3, 12), url="javascript:alert(1)",
        body_spans=[Span(text.index("YEREVAN"), len(text))], sentences=[Span(text.index("YEREVAN"), len(text))],
        actors=[Actor("Sergey Lavrov", "person", "RUS", "foreign minister",
                      [_span(text, "Sergey Lavrov"), _span(text, "The Russian Foreign Minister")]),
                Actor("Ara Petrosyan", "person", "ARM", "spokesperson", [_span(text, "Ara Petrosyan")])],
        quotes=[Quote("Ara Petrosyan", _span(text, STATEMENT.format("practical")))],
    )
    doc.events = [Event("112", ["Armenia", "Azerbaijan"], "reported", [Mention(doc_id, passage.start, passage.end)],
                        label="Armenia accuses Azerbaijan", location="Yerevan", date=DateValue.of(2023, 3, 12))]
    return doc


def conflict_report_doc(doc_id: str = "conflict-b.txt") -> Document:
    """A second outlet's printing of the spokesperson's statement, one word changed."""
    text = CONFLICT_B
    return Document(
        id=doc_id, source=doc_id, text=text, title="Yerevan calls for assessment of border incident",
        outlet="Invented Daily", published=DateValue.of(2023, 3, 13), url="https://example.org/yerevan",
        body_spans=[Span(text.index("Armenia's"), len(text))],
        actors=[Actor("Ara Petrosyan", "person", "ARM", "spokesperson", [_span(text, "Ara Petrosyan")])],
        quotes=[Quote("Ara Petrosyan", _span(text, STATEMENT.format("concrete")))],
    )
