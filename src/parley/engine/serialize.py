"""`Document` <-> plain dict (JSON-safe), so documents can cross process boundaries.

Generic over the dataclasses of `parley.model`: fields are read from the type hints, so a
field added to the model round-trips without changes here. (The store branch has its own
`parley.serialize`; the two are to be unified.)
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from typing import Any

from ..model import Document


def document_to_dict(doc: Document) -> dict[str, Any]:
    return dataclasses.asdict(doc)


def document_to_json(doc: Document) -> str:
    return json.dumps(document_to_dict(doc), ensure_ascii=False)


def document_from_json(data: str) -> Document:
    return document_from_dict(json.loads(data))


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [t for t in typing.get_args(tp) if t is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(item, v) for v in value]
    if origin is tuple:
        return tuple(value)
    if origin is dict:
        _, val = typing.get_args(tp)
        return {k: _decode(val, v) for k, v in value.items()}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _from_dict(tp, value)
    return value


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: _decode(hints[k], v) for k, v in data.items() if k in fields})


def document_from_dict(data: dict[str, Any]) -> Document:
    return _from_dict(Document, data)
