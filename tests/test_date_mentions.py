"""Dates written on page lines (dates/mentions.py), the day/month order a page writes, and the
outlet gazetteer. Date strings are quoted from real pages (the shared dev set and the excerpts in
fixtures/page_excerpts.json) unless marked `# invented example`."""
from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from parley.dates.mentions import date_order, find_dates, nearest_on_or_before
from parley.document.outlet_names import canonical_outlet, known_outlet, looks_like_outlet, outlet_country, outlet_of_url
from parley.model import DateValue
from parley.resources import data_file


def parts(text: str, order="DMY"):
    return [(d.year, d.month, d.day) for d in find_dates(text, order=order)]


@pytest.mark.parametrize("text, expected", [
    ("Last Updated : Oct 27 2023 | 12:57 PM IST", [(2023, 10, 27)]),
    ("2 May 2021, 08:10", [(2021, 5, 2)]),
    ("BERLIN (UrduPoint News / Sputnik - 22nd December, 2021)", [(2021, 12, 22)]),
    ("PTIUpdated: Tuesday, November 08, 2022, 04:23 PM IST", [(2022, 11, 8)]),
    ("03 september 2014, 14:00", [(2014, 9, 3)]),
    ("Devdiscourse News Desk | Islamabad | Updated: 15-10-2024 20:26 IST", [(2024, 10, 15)]),
    ("2023 May 31, 10:41, Kathmandu", [(2023, 5, 31)]),
    ("05 October,2019 02:26 PM IST |   |  ANI", [(2019, 10, 5)]),
    ("Baku. 11 July. REPORT.AZ/", [(None, 7, 11)]),          # no year written, none given
    ("New Delhi,nov.28 :Prime Minister", [(None, 11, 28)]),
    ("in November 2020", [(2020, 11, None)]),                 # a month, no day
    # Spanish date lines over English text: Prensa Latina via SELA, Confidencial (eval 1200, 1049)
    ("21 mayo 2013", [(2013, 5, 21)]),
    ("15 de marzo 2022", [(2022, 3, 15)]),
    # day, month and year joined by hyphens: writecaliber's "Date:" line, the Iranian presidency's
    # date line (eval 843, 1171)
    ("  • Date: 05-Dec-2023", [(2023, 12, 5)]),
    ("Sat 23 - January 2016 - 09:46", [(2016, 1, 23)]),
])
def test_dates_as_written(text, expected):
    assert parts(text) == expected


@pytest.mark.parametrize("text", [
    "![park](https://static.president.az/upload/960x572/2025/02/07/0228.jpg)",  # a path, not a date
    "+7 701 759 90 19",                                                         # a phone number
    "usd/kzt 445.99 eur/kzt 486.53",                                             # a currency ticker
    "31.02.2023",                                                                # no such day
    "He may 3 times have said so.",                                              # invented example
    "The 2030 target and the G20 summit",                                        # invented example: years alone
    "County Mayo 2013",                                                         # invented: a name, not May
    "Julio 2020 campaign",                                                      # invented: a name, not July
    "ref. 12-Oct-20",                                                           # invented: a two-digit year is no page date
    "born on 17-Dec-1830",                                                      # invented: before any news page
])
def test_no_date_where_none_is_written(text):
    assert find_dates(text) == []


def test_numeric_dates_follow_the_page_order():
    assert parts("10/23/2023 06:56 PM EDT") == [(2023, 10, 23)]        # only month first can be
    assert parts("Published: 5/16/2024 5:57:03 AM") == [(2024, 5, 16)]
    assert parts("05/04/2023", "DMY") == [(2023, 4, 5)]                # invented example
    assert parts("05/04/2023", "MDY") == [(2023, 5, 4)]


def test_date_order_from_evidence():
    assert date_order("Fri, 01/15/2010 - 14:48") == "MDY"              # 15 cannot be a month
    assert date_order("Nikos Pappas |14.05.2024 - Update : 15.05.2024") == "DMY"
    # invented examples: no numeric evidence, then the outlet's country, then the written style
    assert date_order("Posted 05/04/2023", country="US") == "MDY"
    assert date_order("Posted 05/04/2023", country="IN") == "DMY"
    assert date_order("They met on October 27 and again on November 3.") == "MDY"
    assert date_order("They met on 27 October and again on 3 November.") == "DMY"


def test_dotted_numeric_dates_are_day_first():
    # N1 (eval 996): "NEWS 04.12.2022 14:37" over a text that writes "December 6": 4 December
    from conftest import ROOT

    from parley.extraction import extract
    path = next((ROOT / "eval" / "corpus").glob("996_*"))
    assert extract([str(path)]).record.documents[0].published == DateValue("2022-12-04", "day")
    assert date_order("NEWS 04.12.2022 14:37. The summit is held on December 6 in Tirana.") == "DMY"
    # invented negative: slashes say nothing of the order; the written style decides
    assert date_order("NEWS 04/12/2022 14:37. The summit is held on December 6 in Tirana.") == "MDY"


def test_nearest_day_on_or_before_a_reference():
    assert nearest_on_or_before(10, 27, dt.date(2023, 10, 28)) == DateValue("2023-10-27", "day")
    assert nearest_on_or_before(12, 30, dt.date(2024, 1, 2)) == DateValue("2023-12-30", "day")
    assert nearest_on_or_before(1, 3, dt.date(2024, 1, 2)) == DateValue("2024-01-03", "day")  # a day's slack


# --- the outlet gazetteer --------------------------------------------------------------------

def test_gazetteer_covers_outlets_of_all_regions():
    known, about = data_file("outlets.toml")["known"], data_file("outlets.toml")["about"]
    assert len(known) >= 300 and set(known) == set(about)
    countries = {a["country"] for a in about.values()}
    assert len(countries) >= 80
    assert all(pycountry.countries.get(alpha_2=c) is not None for c in countries)
    assert {a["kind"] for a in about.values()} <= {"agency", "newspaper", "broadcaster", "online", "magazine"}
    agencies = [n for n, a in about.items() if a["kind"] == "agency"]
    assert len(agencies) >= 100


def test_gazetteer_names_and_spellings():
    assert canonical_outlet("Associated Press") == "AP"
    assert canonical_outlet("REPORT.AZ") == "Report.az"
    assert canonical_outlet("Press Trust of India") == "PTI"
    assert canonical_outlet("Saudi Press Agency") == "SPA"
    assert canonical_outlet("Emirates News Agency") == "WAM"
    assert canonical_outlet("Tribune News Service") == "Tribune News Service"
    assert canonical_outlet("Some Unlisted Courier") == "Some Unlisted Courier"
    # abbreviations are read in capitals only, where an outlet is expected
    assert known_outlet("NAN") == "News Agency of Nigeria" and known_outlet("nan") is None
    # Anadolu is named by its initials, as PTI and ANI are ("ISTANBUL (AA) -" in its copy reposted by
    # usmuslims, trtglobal, alaturkaonline, muslimnetwork and turks.us, eval 663, 706, 737, 785, 926)
    assert canonical_outlet("(AA)") == "AA" and canonical_outlet("Anadolu Agency") == "AA"
    # negative: a listed spelling in capitals is no abbreviation ("VOVWORLD" is VOV World)
    assert canonical_outlet("VOVWORLD") == "VOV World"
    # a byline naming the outlet ("By Arab News", Eurasia Review, eval 915) names it without "By"
    assert canonical_outlet("By Arab News") == "Arab News" and canonical_outlet("Byline Times") == "Byline Times"
    assert outlet_country("Xinhua") == "CN" and outlet_country("nowhere") is None
    assert outlet_of_url("https://en.trend.az/azerbaijan/politics/3786982.html") == "Trend"
    assert outlet_of_url("https://example.org/a") is None


def test_single_word_spellings_are_never_names_of_people():
    # people/lexicon.py reads the listed single words as never part of a person's name
    single = {s for spellings in data_file("outlets.toml")["known"].values() for s in spellings if " " not in s}
    for name in ("Dawn", "Time", "Mint", "Punch", "Forbes", "Tempo"):
        assert name not in single


@pytest.mark.parametrize("name, shaped", [
    ("Tribune News Service", True), ("Just Earth News", True), ("UrduPoint.com", True), ("Daily Times", True),
    ("Nigeria News", False), ("World News", False), ("Staff Reporter", False), ("Office of the Spokesperson", False),
    ("Off the wire", False), ("WORLD", False),
])
def test_outlet_name_shapes(name, shaped):
    assert looks_like_outlet(name) is shaped
