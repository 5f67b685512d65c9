"""The registry: every stage parley has, by name, with what it needs and what it sets.

Adding a stage means adding one `Stage(...)` here; `DEFAULT_PIPELINE` is the order
`parley extract` runs them in.
"""
from __future__ import annotations

from .document.layout import layout
from .document.outlet import find_outlet
from .document.published import date_published
from .errors import StageError
from .events.detect import detect_events
from .nlp import annotate, annotate_batch
from .nlp.parse import parse, parse_batch
from .people import find_actors
from .quotes import find_quotes
from .pipeline import Context, Pipeline, Stage

REGISTRY: dict[str, Stage] = {
    s.name: s
    for s in (
        Stage("layout", layout, needs=("text",), sets=("title", "dateline", "body_spans"),
              doc="headline, dateline, body without page furniture"),
        Stage("outlet", find_outlet, needs=("dateline", "body_spans"), sets=("outlet",),
              doc="the outlet or agency named as the source"),
        Stage("published", date_published, needs=("dateline", "body_spans"), sets=("published",),
              doc="when the article was written, from metadata, dateline and lead"),
        Stage("nlp", annotate, run_batch=annotate_batch, needs=("body_spans",), sets=("sentences", "entities"),
              doc="spaCy sentences and named entities over the body"),
        Stage("parse", parse, run_batch=parse_batch, needs=("sentences",), sets=("parses",),
              doc="spaCy dependency parse of the sentences with a trigger, a speech verb or a quote"),
        Stage("actors", find_actors, needs=("body_spans", "entities"), sets=("actors",),
              doc="people with canonical names, country, role and every mention"),
        Stage("quotes", find_quotes, needs=("body_spans", "sentences", "actors"), sets=("quotes",),
              doc="quotations in marks, speech transcripts and reported speech, with speakers"),
        Stage("events", detect_events, needs=("sentences", "entities", "parses", "published", "actors", "quotes"),
              sets=("events",),
              doc="diplomatic events of one article read from the parse: CAMEO code, actors, place, date phrase, status"),
    )
}

DEFAULT_PIPELINE: tuple[str, ...] = ("layout", "outlet", "published", "nlp", "parse", "actors", "quotes", "events")


def build_pipeline(names: tuple[str, ...] | None = None, ctx: Context | None = None) -> Pipeline:
    chosen = names or DEFAULT_PIPELINE
    unknown = [n for n in chosen if n not in REGISTRY]
    if unknown:
        raise StageError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    return Pipeline([REGISTRY[n] for n in chosen], ctx)
