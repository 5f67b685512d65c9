"""Parley's one data model.

A `Document` holds the article's text exactly as read; every other field is either a plain
value or a `Span` into that text, so each answer can be checked against the words it came
from. Stages take a `Document` and return it with more fields filled (see `pipeline.py`).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["year", "month", "day"]
ActorType = Literal["person", "organization", "state"]
QuoteKind = Literal["direct", "indirect"]
EventStatus = Literal["reported", "planned", "referenced"]
# How far `Document.published` can be trusted: "strong" when the text or the page states the
# date (page metadata, a dateline or byline with a year, a full date in the lead, a year the
# text names agreeing with a weekday); "weak" when the year is a guess (the one year near the
# years the text names where the day falls on the weekday the lead gives, or the latest year the
# text names). Corpus reasoning may replace a weak date with what other articles imply.
PublishedStrength = Literal["strong", "weak"]

_PRECISION_LENGTH = {"year": 4, "month": 7, "day": 10}


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range `[start, end)` into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def widened(self, before: int, after: int, within: "Span") -> "Span":
        """This span with `before` characters before it and `after` after it, cut to `within`.

        When the two do not meet (a span from an earlier clause, far from this one) the answer
        is the empty span at the edge of `within` nearest to this span, never an inverted one.
        """
        start, end = max(within.start, self.start - before), min(within.end, self.end + after)
        if start > end:
            edge = within.start if self.end <= within.start else within.end
            return Span(edge, edge)
        return Span(start, end)

    def to_json(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class DateValue:
    """A calendar date no more precise than its evidence: `2023`, `2023-02`, `2023-02-27`."""

    value: str
    precision: Precision

    def __post_init__(self) -> None:
        if _PRECISION_LENGTH.get(self.precision) != len(self.value):
            raise ValueError(f"date {self.value!r} does not have precision {self.precision}")

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> "DateValue":
        if month is None:
            return cls(f"{year:04d}", "year")
        if day is None:
            return cls(f"{year:04d}-{month:02d}", "month")
        return cls(f"{year:04d}-{month:02d}-{day:02d}", "day")

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if self.precision != "year" else None

    @property
    def day(self) -> int | None:
        return int(self.value[8:10]) if self.precision == "day" else None

    def agrees_with(self, other: "DateValue") -> bool:
        """True when neither date contradicts the other (one may be coarser)."""
        n = min(len(self.value), len(other.value))
        return self.value[:n] == other.value[:n]

    def to_json(self) -> dict[str, str]:
        return {"value": self.value, "precision": self.precision}


@dataclass
class Dateline:
    """The place/date/agency line that opens many wire stories."""

    span: Span
    place: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None


@dataclass
class Actor:
    name: str
    type: ActorType = "person"
    country: str | None = None
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "role": self.role,
            "mentions": [m.to_json() for m in sorted(set(self.mentions))],
        }


@dataclass
class Quote:
    speaker: str | None
    span: Span
    kind: QuoteKind = "direct"
    # the words that tie the quote to its speaker ("he added", "Lavrov said:")
    cue: Span | None = None

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "text": self.span.of(text),
            "start": self.span.start,
            "end": self.span.end,
            "kind": self.kind,
        }


@dataclass
class Mention:
    """A passage of one document that reports an event."""

    document: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end}


@dataclass
class Event:
    code: str
    actors: list[str]
    status: EventStatus
    mentions: list[Mention]
    label: str = ""
    location: str | None = None
    date: DateValue | None = None
    id: str = ""
    # free-form evidence for why the record exists (the trigger word, the date phrase)
    evidence: dict[str, str] = field(default_factory=dict)
    # the name of a formal agreement this event signs or refers to, when there is one
    agreement: str | None = None
    # finer kind from the trigger lexicon: visit, meet, call, negotiate, sign
    mode: str = ""
    # the date phrase this event was dated by; kept so the corpus can re-resolve it once the
    # article's own date is known
    time: Span | None = None
    # a status the words themselves say ("will meet" -> planned), before dates are compared
    status_cue: str | None = None
    # the passage is inside a quotation (a speaker recalling or announcing)
    quoted: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "code": self.code,
            "label": self.label,
            "actors": list(self.actors),
            "location": self.location,
            "date": self.date.to_json() if self.date else None,
            "status": self.status,
            "mentions": [m.to_json() for m in self.mentions],
        }
        if self.agreement:
            out["agreement"] = self.agreement
        if self.evidence:
            out["evidence"] = dict(self.evidence)
        return out


@dataclass
class Entity:
    """A named-entity span found by the NLP stage (before rules turn it into an actor)."""

    span: Span
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a parsed sentence (spaCy's dependency parse, kept as plain data).

    `start`/`end` index `Document.text`; `head` is the index of the head token within the same
    `ParsedSentence.tokens` (a root is its own head); `dep`, `pos`, `tag` and `lemma` are
    spaCy's labels (`nsubj`, `PROPN`, `NNP`, `meet`).
    """

    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class ParsedSentence:
    """A sentence the `parse` stage read: its span and its tokens in order (see `parley.syntax`)."""

    span: Span
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Document:
    id: str
    source: str
    text: str
    title: str | None = None
    title_span: Span | None = None
    outlet: str | None = None
    published: DateValue | None = None
    # why `published` holds what it holds ("dateline", "metadata", "weekday agreement", ...)
    published_evidence: str | None = None
    # "weak" when `published` rests on a guessed year (see PublishedStrength)
    published_strength: PublishedStrength = "strong"
    # published date as the page metadata gave it (HTML, JSONL), before any text reasoning
    metadata_published: DateValue | None = None
    # the day the article's news is of, where the article is dated only to the month: the
    # day of the photo that shows the news ("... in Jeddah, April 28, 2022" and "met on
    # Thursday"); weekdays and "today" are read against it
    news_reference: DateValue | None = None
    url: str | None = None
    # the id the input itself gives the article (a JSONL record's "id", a WARC record's
    # WARC-Record-ID): with `url`, what makes an edited article the same article in the store
    declared_id: str | None = None
    # the site's own name from page metadata (HTML), a hint for `outlet`
    site_name: str | None = None
    dateline: Dateline | None = None
    # the parts of `text` that make up the article body, in order
    body_spans: list[Span] = field(default_factory=list)
    # the dateline opening the body's first paragraph ("BEIJING, Nov. 8 (Xinhua) --"): read
    # apart from the body's sentences, printed with the body as the article prints it
    body_dateline: Span | None = None
    # the part of the body the NLP stage read (bounded for huge articles); None: all of it
    analysed: Span | None = None
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    # dependency parses of the sentences that hold an event trigger, a speech verb or a
    # quotation mark (the `parse` stage), in text order
    parses: list[ParsedSentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # problems met while reading (e.g. "invalid UTF-8 replaced"); reported, never fatal
    warnings: list[str] = field(default_factory=list)
    # names of the stages that have run, in order
    stages_run: list[str] = field(default_factory=list)
    # one line (`errors.InternalError`) for each step that raised on this article; the fields
    # that step sets were put back as they were before it ran
    internal_errors: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        lead = self.body_dateline
        spans = [Span(lead.start, s.end) if lead is not None and s.start == lead.end else s for s in self.body_spans]
        return "\n\n".join(s.of(self.text).strip() for s in spans if s.of(self.text).strip())

    @property
    def body_range(self) -> Span:
        if not self.body_spans:
            return Span(0, 0)
        return Span(self.body_spans[0].start, self.body_spans[-1].end)

    def in_body(self, span: Span) -> bool:
        return any(b.contains(span) for b in self.body_spans)

    def analysed_body_spans(self) -> list[Span]:
        """The body paragraphs, cut to the part the NLP stage read."""
        if self.analysed is None:
            return list(self.body_spans)
        out = []
        for s in self.body_spans:
            a, b = max(s.start, self.analysed.start), min(s.end, self.analysed.end)
            if a < b:
                out.append(Span(a, b))
        return out

    def masked_body(self) -> str:
        """`text` with everything outside the (analysed) body blanked, so offsets stay valid."""
        chars = [c if c == "\n" else " " for c in self.text]
        for s in self.analysed_body_spans():
            chars[s.start : s.end] = self.text[s.start : s.end]
        return "".join(chars)

    def parse_of(self, span: Span) -> ParsedSentence | None:
        """The parsed sentence that contains `span` (None where that sentence was not parsed)."""
        i = bisect_right(self.parses, span.start, key=lambda p: p.span.start) - 1
        if i >= 0 and self.parses[i].span.contains(span):
            return self.parses[i]
        return None

    def actor_named(self, name: str) -> Actor | None:
        for actor in self.actors:
            if actor.name == name:
                return actor
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "text": self.text,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.to_json() if self.published else None,
            "body": self.body,
            "actors": [a.to_json() for a in self.actors],
            "quotes": [q.to_json(self.text) for q in self.quotes],
        }


@dataclass
class Record:
    """What `parley extract` writes: documents and the events across them.

    `quote_variants` (the same statement as several outlets printed it) holds objects with
    their own `to_json`; see `parley.corpus.quote_variants`.
    """

    documents: list[Document]
    events: list[Event]
    quote_variants: list[Any] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": [d.to_json() for d in self.documents],
            "events": [e.to_json() for e in self.events],
            "quote_variants": [q.to_json() for q in self.quote_variants],
        }
