"""The Goldstein scale and QuadClass of a CAMEO event code, and the CAMEO type of an actor's role.

Both are data (`data/cameo_scale.toml`, `data/cameo_actors.toml`); a code missing from the
table takes its base code's value, then its root's, so every code of roots 01-20 has one.
"""
from __future__ import annotations

from .resources import data_file

QUAD_CLASSES = (1, 2, 3, 4)


def _scale() -> dict:
    return data_file("cameo_scale.toml")  # type: ignore[return-value]


def quad_class(code: str) -> int:
    """GDELT's QuadClass: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
    value = _scale()["quad_class"].get(code[:2])
    if value is None:
        raise ValueError(f"not a CAMEO event code: {code!r}")
    return int(value)


def quad_name(quad: int) -> str:
    return _scale()["quad_names"][str(quad)]


def quad_roots(quad: int) -> list[str]:
    """The root codes of one QuadClass (`1` -> `01` ... `05`)."""
    return sorted(root for root, q in _scale()["quad_class"].items() if q == quad)


def goldstein(code: str) -> float:
    table = _scale()["goldstein"]
    for key in (code, code[:3], code[:2]):
        if key in table:
            return float(table[key])
    raise ValueError(f"not a CAMEO event code: {code!r}")


def actor_type(role: str | None, actor_kind: str | None = None) -> str:
    """The CAMEO actor type (`GOV`, `BUS`, ...) of a role as the people stage writes it, or ""."""
    table = data_file("cameo_actors.toml")
    if actor_kind == "state":
        return ""
    return str(table["role_type"].get((role or "").lower().strip(), ""))
