"""Query parameters shared by the API and the pages: validated, bounded, explained on error.

Strict: a parameter the endpoint does not take, a date that is not on the calendar
(`2023-02-31`), or digits other than ASCII (`２０２３`) are a 422 naming the parameter.
An empty value (a form's "any" choice) means no filter.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from pydantic import AfterValidator

from ..store.queries import EVENT_SORTS, EventFilter, date_bounds

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
# ASCII digits only: `\d` would also take full-width and other scripts' digits
DATE = r"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$"
COUNTRY = r"^([A-Za-z]{3})?$"
CODE = r"^([0-9]{2,4})?$"
QUAD = r"^([1-4])?$"
STATUS = r"^(reported|planned|referenced)?$"
ACTOR_TYPE = r"^(person|organization|state)?$"
SORT = r"^(" + "|".join(k.replace("-", "\\-") for k in EVENT_SORTS) + r")?$"
KIND = r"^(all|people|states)?$"
FORMAT = "^(csv|json)$"
PATTERN_HINTS = {
    FORMAT: "use csv or json",
    DATE: "use YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits)",
    COUNTRY: "use a three-letter ISO 3166-1 alpha-3 code such as AZE",
    CODE: "use a CAMEO code or prefix of 2 to 4 digits such as 043",
    QUAD: "use a QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    STATUS: "use reported, planned or referenced",
    ACTOR_TYPE: "use person, organization or state",
    SORT: f"use one of {', '.join(EVENT_SORTS)}",
    KIND: "use all, people or states",
}


def _calendar_date(value: str | None) -> str | None:
    if value and len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value} is not a calendar date") from None
    return value


Text = Annotated[str | None, Query(max_length=200)]
DateParam = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                      AfterValidator(_calendar_date)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1 to {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Sort = Annotated[str | None, Query(pattern=SORT, description="date (oldest first), -date (newest first) or "
                                                              "reports (most articles first)")]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(limit: Limit = 50, offset: Offset = 0) -> Paging:
    return Paging(limit, offset)


def event_filter(
    actor: Annotated[str | None, Query(max_length=200, description="a party: any name or alias it goes by")] = None,
    partner: Annotated[str | None, Query(max_length=200, description="a second party of the same event")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY,
                                         description="ISO 3166-1 alpha-3: a party of that state")] = None,
    code: Annotated[str | None, Query(pattern=CODE, description="CAMEO code or prefix")] = None,
    quad: Annotated[str | None, Query(pattern=QUAD, description="QuadClass 1-4")] = None,
    status: Annotated[str | None, Query(pattern=STATUS)] = None,
    place: Annotated[str | None, Query(max_length=200, description="the event's place, exactly")] = None,
    date_from: DateParam = None,
    date_to: DateParam = None,
) -> EventFilter:
    if date_from and date_to and date_bounds(date_from)[0] > date_bounds(date_to)[1]:
        raise HTTPException(422, f"date_from: {date_from} is after date_to {date_to}")
    return EventFilter(actor or None, (country or "").upper() or None, code or None, status or None,
                       date_from or None, date_to or None, partner=partner or None, quad=int(quad) if quad else None,
                       place=place or None)


def _query_names(dependant) -> list[str]:
    """The query parameters an endpoint and its dependencies declare."""
    names = [p.alias for p in dependant.query_params]
    for sub in dependant.dependencies:
        names += _query_names(sub)
    return names


def reject_unknown_parameters(request: Request) -> None:
    """422 for a query parameter the endpoint does not take (`actr=` is a typo, not "no filter")."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = set(_query_names(dependant))
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "no parameters"
        raise HTTPException(422, f"{unknown[0]}: unknown parameter; this endpoint takes {takes}")


PagingDep = Annotated[Paging, Depends(paging)]
EventFilterDep = Annotated[EventFilter, Depends(event_filter)]


def with_names(flt: EventFilter, actor_names: tuple[str, ...], partner_names: tuple[str, ...]) -> EventFilter:
    return replace(flt, actor_names=actor_names, partner_names=partner_names)
