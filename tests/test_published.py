"""The article's own date, never more precise than its evidence."""
from __future__ import annotations

from conftest import make_doc

from parley.dates import year_by_weekday
from parley.dates.expressions import find_time_expressions, resolve
from parley.model import DateValue


def test_weekday_and_date_in_the_lead(seed_docs):
    # "met in Baku on Monday (27 February)": 27 February 2023 is a Monday
    assert seed_docs["002_206f92aab21b4e56.txt"].published == DateValue("2023-02-27", "day")


def test_dateline_without_year_and_weekday_in_lead(seed_docs):
    # "5 Dec. 13:40" + "taking place ... on Monday", the text names 2021 as past
    assert seed_docs["003_972030ca53a7a6a3.txt"].published == DateValue("2022-12-05", "day")


def test_dateline_with_year_is_taken_as_is():
    doc = make_doc("Tashkent, 12 March 2024, UzA\n\nThe presidents of Uzbekistan and Kazakhstan met.\n")
    assert doc.published == DateValue("2024-03-12", "day")
    assert doc.outlet == "UzA"


def test_no_evidence_means_no_date():
    doc = make_doc("The ministers met and discussed trade.\n")
    assert doc.published is None


def test_year_by_weekday_prefers_years_after_those_named():
    assert year_by_weekday(12, 5, 0, 2021) == 2022
    assert year_by_weekday(2, 27, 0, 2022) == 2023
    assert year_by_weekday(2, 30, 0, 2022) is None


def test_time_expressions_resolve_against_the_article_date():
    text = "They met last October, signed it on February 22 last year and will meet on Tuesday."
    exprs = {e.text: e for e in find_time_expressions(text)}
    ref = DateValue("2023-02-27", "day")  # a Monday
    assert resolve(exprs["last October"], ref) == DateValue("2022-10", "month")
    assert resolve(exprs["February 22 last year"], ref) == DateValue("2022-02-22", "day")
    assert resolve(exprs["on Tuesday"], ref, direction=1) == DateValue("2023-02-28", "day")
    assert resolve(exprs["on Tuesday"], None) is None  # no reference, no day


def test_two_months_one_year():
    exprs = find_time_expressions("agreements in January and November 2021")
    assert [(e.year, e.month) for e in exprs] == [(2021, 1), (2021, 11)]
