"""An undated article takes the month of the news it reports, as the rest of the corpus dates it.

Real articles from `../shared/corpus/dev`: Hürriyet's report of a Çavuşoğlu-Baerbock call "on
Dec. 23" gives no year and no date of its own; it also reports the Erdoğan-Scholz call "on Dec.
21", which two other articles (UrduPoint, Hürriyet) date to 21 December 2021. Asia-Plus's report
of Tokayev's visit to Tajikistan gives days and months only; Kazinform dates the 1 May call it
reports. Alone, each stays undated; beside the others, each takes the month, and its own
"Dec. 23" / "3 May" become days of that year. Articles with a date of their own keep it.
"""
from __future__ import annotations

import pytest
from conftest import SHARED

from parley.corpus.dating import DAY_BEFORE_MARK, choose_days, news_date
from parley.model import DateValue

DEV = SHARED / "corpus" / "dev"
CALL = ["119_erdogan-scholz-call-urdupoint.txt", "120_erdogan-scholz-call-hurriyet.txt",
        "122_cavusoglu-baerbock-call-hurriyet.txt"]
VISIT = ["115_tokayev-rahmon-call-kazinform.txt", "116_tokayev-tajikistan-asiaplus.txt"]


def _record(names: list[str]):
    from parley.extraction import extract
    from parley.options import Options

    if not DEV.is_dir():
        pytest.skip("shared corpora not found")
    return extract([str(DEV / n) for n in names], Options()).record


def _published(record) -> dict[str, DateValue | None]:
    return {d.id: d.published for d in record.documents}


def test_undated_article_takes_the_month_of_the_news_it_reports():
    record = _record(CALL + VISIT)
    published = _published(record)
    assert published["122_cavusoglu-baerbock-call-hurriyet.txt"] == DateValue("2021-12", "month")
    assert published["116_tokayev-tajikistan-asiaplus.txt"] == DateValue("2021-05", "month")
    # the articles that date the news keep their own dates
    assert published["119_erdogan-scholz-call-urdupoint.txt"].precision == "day"
    assert published["115_tokayev-rahmon-call-kazinform.txt"].precision == "day"
    # the undated article's own "Dec. 23" is now a day of that year
    mine = [e for e in record.events if [m.document for m in e.mentions] == [CALL[2]]]
    assert any(e.date == DateValue("2021-12-23", "day") and "Baerbock" in " ".join(e.actors) for e in mine)


def test_alone_an_undated_article_stays_undated():
    # nothing else dates its news: no month is made up
    assert _published(_record([CALL[2]]))[CALL[2]] is None
    assert _published(_record([VISIT[1]]))[VISIT[1]] is None


# ---- the rule on its own (invented values) ----------------------------------------------------

def test_news_date_by_what_the_words_say():
    day = DateValue("2021-12-21", "day")
    # news the article does not date: the day of the meeting
    assert news_date(True, False, day) == "2021-12-21"
    # news dated only against the article's missing date ("on Monday"): the month
    assert news_date(False, True, day) == "2021-12"
    assert news_date(True, False, DateValue("2021-12", "month")) == "2021-12"
    # news of a bare weekday: the meeting's day when the meeting falls on it (21 December 2021
    # was a Tuesday), the month when it does not
    assert news_date(False, True, day, weekday=1) == "2021-12-21"
    assert news_date(False, True, day, weekday=4) == "2021-12"
    # or the day before the meeting's (a visit the corpus dates by its second day: eval 1326-1328,
    # "arrived on Friday" and Saturday's "is on a two-day state visit"), marked as the weaker day
    assert news_date(False, True, day, weekday=0) == "2021-12-20" + DAY_BEFORE_MARK
    assert news_date(False, True, day, weekday=6) == "2021-12"  # two days before: not said
    assert news_date(False, True, DateValue("2021-12", "month"), weekday=1) == "2021-12"
    # a cluster dated to the year, or not at all, says nothing; nor does news the words date
    assert news_date(True, True, DateValue("2021", "year")) is None
    assert news_date(True, True, None) is None
    assert news_date(False, False, day) is None


def test_choose_one_month_only_for_an_undated_article():
    no_day = lambda doc_id: False  # noqa: E731
    undated = lambda doc_id: None  # noqa: E731
    # one month: taken
    assert choose_days({"a.txt#1": "2021-12", "a.txt#2": "2021-12"}, undated, no_day) == {"a.txt": "2021-12"}
    # news in two months: which one the article was written in is not said
    assert choose_days({"a.txt#1": "2021-11", "a.txt#2": "2021-12"}, undated, no_day) == {}
    # an article with a date of its own never takes a month
    assert choose_days({"a.txt#1": "2021-12"}, lambda doc_id: "2021", no_day) == {}
    # a day, where one is found, wins over months
    assert choose_days({"a.txt#1": "2021-12", "a.txt#2": "2021-12-21"}, undated, no_day) == {"a.txt": "2021-12-21"}
    # a day a day before the meeting's yields to a meeting's own day, and stands alone
    weak = "2021-12-20" + DAY_BEFORE_MARK
    assert choose_days({"a.txt#1": weak, "a.txt#2": "2021-12-22"}, undated, no_day) == {"a.txt": "2021-12-22"}
    assert choose_days({"a.txt#1": weak, "a.txt#2": "2021-12"}, undated, no_day) == {"a.txt": "2021-12-20"}
    # an article that already took its date takes nothing more
    assert choose_days({"a.txt#1": "2021-12"}, undated, lambda doc_id: True) == {}


# ---- a dateline's day and month, no year, no weekday ------------------------------------------

RECEPTION = ["110_aliyev-uzbek-religious-report.txt", "111_aliyev-uzbek-religious-xebersaati.txt"]


def test_dateline_day_takes_the_year_of_the_same_days_meeting():
    # Report.az's "Baku. 11 July." gives no year and its lead no weekday; Xebersaati dates the
    # same reception by Aliyev 11 July 2017: the dateline's day is of that year
    record = _record(RECEPTION)
    assert _published(record)[RECEPTION[0]] == DateValue("2017-07-11", "day")
    assert _published(_record([RECEPTION[0]]))[RECEPTION[0]] is None


def test_dateline_day_meets_no_meeting_of_another_day():
    # beside articles about other days' meetings (other states, other dates) the dateline finds no year
    record = _record([RECEPTION[0], *CALL[:2], VISIT[0]])
    assert _published(record)[RECEPTION[0]] is None


def test_two_days_an_undated_article_names_stay_two_events_until_its_year_is_known():
    # Asia-Plus (dev 116) has no year: "The Tajik president's official website said on May 3 that
    # President Emomali Rahmon has spoken by phone with ... Tokayev" and, later, "Rahmon and
    # Kassym-Jomart Tokayev also had a telephone conversation on May 1". Kazinform (dev 115, 2 May
    # 2021) reports that call. Told on two days, the two mentions are not folded into one event
    # before the corpus gives the year; the call of 1 May is Kazinform's
    record = _record(VISIT)
    calls = [e for e in record.events if e.code == "041" and {"Kassym-Jomart Tokayev", "Emomali Rahmon"} <= set(e.actors)]
    first = [e for e in calls if e.date == DateValue("2021-05-01", "day")]
    assert len(first) == 1
    assert {m.document for m in first[0].mentions} == set(VISIT)
    # negative: the day the call was told (3 May) is no day of that call
    assert not any(e.date == DateValue("2021-05-03", "day") and "115_tokayev-rahmon-call-kazinform.txt"
                   in {m.document for m in e.mentions} for e in calls)


# ---- a weekday a day before the corpus's day of a visit ---------------------------------------

KAGAME = ["1326_kagame-arrives-mozambique-state-visit-announce-frontviewafrica.txt",
          "1327_kagame-visits-troops-pemba-nyusi-afp-faceofmalawi.txt",
          "1328_kagame-says-troops-will-stay-cabo-delgado-followup-theeastafrican.txt"]


def test_an_undated_report_of_a_visit_begun_on_friday_is_of_that_friday():
    # real pages (eval 1326-1328): FrontView Africa's "arrived in Mozambique on Friday" and AFP's
    # "on Friday began a two-day visit" have no date; The EastAfrican, dated Saturday 25 September
    # 2021, has Kagame "on a two-day state visit": the two reports are of Friday the 24th
    from conftest import ROOT
    from parley.extraction import extract
    from parley.options import Options

    paths = [ROOT / "eval" / "corpus" / n for n in KAGAME]
    published = _published(extract([str(p) for p in paths], Options()).record)
    assert published[KAGAME[2]] == DateValue("2021-09-25", "day")
    assert published[KAGAME[0]] == DateValue("2021-09-24", "day")
    assert published[KAGAME[1]] == DateValue("2021-09-24", "day")
    # alone, the report of Friday stays undated
    assert _published(extract([str(paths[0])], Options()).record)[KAGAME[0]] is None
