from __future__ import annotations

import json

from records import baku_doc, hostile_doc

from parley.serialize import document_from_dict, document_to_dict, event_from_dict, event_to_dict


def _round(doc):
    return document_from_dict(json.loads(json.dumps(document_to_dict(doc))))


def test_document_round_trip_keeps_internal_fields():
    doc = baku_doc()
    back = _round(doc)
    assert back == doc
    assert back.events and back.dateline and back.title_span and back.body_spans
    assert back.published_evidence == "dateline" and back.warnings == ["invalid UTF-8 replaced"]
    assert back.to_json() == doc.to_json()


def test_round_trip_of_hostile_text():
    doc = hostile_doc()
    assert _round(doc) == doc


def test_seed_documents_round_trip(seed_record):
    for doc in seed_record.documents:
        assert _round(doc) == doc


def test_event_round_trip_and_output_form():
    for event in baku_doc().events:
        assert event_from_dict(json.loads(json.dumps(event_to_dict(event)))) == event
        # an OUTPUT.md event object (no evidence when empty) reads back too
        assert event_from_dict(event.to_json()).to_json() == event.to_json()
