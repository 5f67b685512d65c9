"""What an undated article may take from the dates the rest of the corpus states
(`corpus/dating.py`). Invented needs and dates."""
from __future__ import annotations

from parley.corpus.dating import DateNeed, KnownDate
from parley.model import DateValue


def _known(value: str, precision: str, doc: str = "other.txt") -> KnownDate:
    return KnownDate(doc, DateValue(value, precision), "04", None, ("KAZ", "RUS"))


def test_a_dateline_day_needs_an_event_of_that_very_day():
    # "Astana. July 4." with no year: the corpus must date a meeting of these states to 4 July
    need = DateNeed("kaztag.txt", "04", None, ("KAZ", "RUS"), 7, 4, None, None)
    assert need.matches(_known("2024-07-04", "day"))
    assert need.year([_known("2024-07-04", "day")]) == 2024
    # a visit another article knows only to the month ("in July") says nothing of the 4th, nor
    # does an event weeks before or after the article's day
    assert not need.matches(_known("2025-07", "month"))
    assert not need.matches(_known("2024-06-20", "day"))
    assert not need.matches(_known("2024-07-20", "day"))
    # news printed a day or two after the event ("New Delhi, Dec 23 (KNN)" on a visit of 22 December)
    assert need.matches(_known("2024-07-02", "day")) and need.year([_known("2024-07-02", "day")]) == 2024
    # a visit the article announces for the days after ("KUALA LUMPUR, Jan 29": "tomorrow (Jan 30)")
    assert need.matches(_known("2024-07-05", "day")) and need.year([_known("2024-07-05", "day")]) == 2024
    # and the article never dates itself from its own events
    assert not need.matches(_known("2024-07-04", "day", doc="kaztag.txt"))


def test_a_day_and_month_the_article_names_may_lean_on_a_month_the_corpus_knows():
    # "the 9 November statement" in an article of 21 November: a November statement will do
    need = DateNeed("later.txt", "04", None, ("KAZ", "RUS"), 11, 9, None, (11, 21))
    assert need.matches(_known("2020-11", "month"))
    assert need.year([_known("2020-11", "month")]) == 2020


def test_a_need_leans_only_on_events_of_the_same_states():
    # "Putin's visit to Kazakhstan in November last year" (eval 222's shape): a Russia-Turkey
    # meeting of some November shares Russia but is no date for it; a visit whose host the
    # other article left out may be
    need = DateNeed("kaztag.txt", "04", None, ("KAZ", "RUS"), 11, None, -1, (7, 4))
    russia_turkey = KnownDate("other.txt", DateValue("2021-11-19", "day"), "04", None, ("RUS", "TUR"))
    russia_alone = KnownDate("other.txt", DateValue("2023-11", "month"), "04", None, ("RUS",))
    assert not need.matches(russia_turkey)
    assert need.matches(russia_alone)
    assert need.matches(_known("2023-11-09", "day"))
    assert need.year([russia_alone]) == 2024


def test_a_guessed_year_gives_way_to_the_visit_the_article_announces():
    # Bernama via NNN (eval 315) names no year: "KUALA LUMPUR, Jan 29" and a visit "tomorrow (Jan
    # 30)"; its latest year named is 2022. The Business Times (eval 316) dates the visit to 30
    # January 2023: the announcement is of 29 January 2023.
    from conftest import ROOT

    from parley.extraction import extract
    corpus = ROOT / "eval" / "corpus"
    record = extract([str(corpus / "315_anwar-singapore-bernama-announce.txt"),
                      str(corpus / "316_anwar-lee-businesstimes.txt")]).record
    published = {d.id[:3]: d.published for d in record.documents}
    assert published == {"315": DateValue("2023-01-29", "day"), "316": DateValue("2023-01-30", "day")}
    # alone, it keeps its guess (nothing in the corpus says otherwise)
    alone = extract([str(corpus / "315_anwar-singapore-bernama-announce.txt")]).record
    assert alone.documents[0].published == DateValue("2022-01-29", "day")
