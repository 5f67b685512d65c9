"""Query parameters shared by the API and the pages: validated, bounded, explained on error."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

from ..store.queries import EventFilter

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
# every pattern also takes "" (a form's "any" choice), which means no filter
DATE = r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"

COUNTRY = r"^([A-Za-z]{3})?$"
CODE = r"^(\d{2,4})?$"
STATUS = r"^(reported|planned|referenced)?$"
ACTOR_TYPE = r"^(person|organization|state)?$"
PATTERN_HINTS = {
    DATE: "use YYYY, YYYY-MM or YYYY-MM-DD",
    COUNTRY: "use a three-letter ISO 3166-1 alpha-3 code such as AZE",
    CODE: "use a CAMEO code or prefix of 2 to 4 digits such as 043",
    STATUS: "use reported, planned or referenced",
    ACTOR_TYPE: "use person, organization or state",
}

Text = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1 to {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(limit: Limit = 50, offset: Offset = 0) -> Paging:
    return Paging(limit, offset)


def event_filter(
    actor: Text = None,
    country: Annotated[str | None, Query(pattern=COUNTRY, description="ISO 3166-1 alpha-3")] = None,
    code: Annotated[str | None, Query(pattern=CODE, description="CAMEO code or prefix")] = None,
    status: Annotated[str | None, Query(pattern=STATUS)] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
) -> EventFilter:
    return EventFilter(actor or None, country or None, code or None, status or None, date_from or None,
                       date_to or None)


PagingDep = Annotated[Paging, Depends(paging)]
EventFilterDep = Annotated[EventFilter, Depends(event_filter)]
