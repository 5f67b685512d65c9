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


def test_a_month_of_a_year_is_one_date():
    # real sentences: the White House's remarks of 11 April 2024 ("first met in September of 2022
    # when I traveled to Tokyo") and background call of 23 August 2024 ("Secretary Blinken's trip to
    # the PRC in June of last year"), official corpus; newshour.media (eval 983): "Assad visited
    # Tehran in May of last year"
    ref = DateValue("2024-04-11", "day")
    [e] = find_time_expressions("You and I first met in September of 2022 when I traveled to Tokyo.")
    assert resolve(e, ref) == DateValue("2022-09", "month")
    [e] = find_time_expressions("including Secretary Blinken's trip to the PRC in June of last year.")
    assert resolve(e, DateValue("2024-08-23", "day")) == DateValue("2023-06", "month")
    [e] = find_time_expressions("Assad visited Tehran in May of last year.")
    assert (e.month, e.year_offset) == (5, -1)
    # invented negative: "of" before a number that is no year joins nothing
    assert [x.text for x in find_time_expressions("They met in May of 12 ministers.")] == ["in May"]


def test_two_months_one_year():
    exprs = find_time_expressions("agreements in January and November 2021")
    assert [(e.year, e.month) for e in exprs] == [(2021, 1), (2021, 11)]


# The document layer alone (no NLP): layout, outlet, published.
def dated(text: str):
    from parley.document.layout import layout
    from parley.document.outlet import find_outlet
    from parley.document.published import date_published
    from parley.model import Document
    from parley.pipeline import Context

    ctx = Context()
    return date_published(find_outlet(layout(Document(id="t", source="t", text=text), ctx), ctx), ctx)


def test_weekday_guess_beyond_the_years_named_is_weak():
    # 7 March is a Friday in 2014 and 2025; the text names only 2013, so 2014 is a mere guess
    doc = dated("MOSCOW, March 7. /TASS/. The presidents of Russia and Belarus spoke by phone on Friday. "
                "They recalled their talks in Minsk in 2013.\n")
    assert doc.published == DateValue("2014-03-07", "day")
    assert doc.published_strength == "weak"
    assert "weekday" in doc.published_evidence


def test_weekday_agreeing_with_a_year_named_is_strong():
    # 14 May 2024 is a Tuesday and the text names 2024
    doc = dated("ATHENS, May 14 (ANA) - The ministers met on Tuesday and set targets for later in 2024.\n")
    assert doc.published == DateValue("2024-05-14", "day")
    assert doc.published_strength == "strong"


def test_several_years_fit_the_weekday_so_no_year_is_guessed():
    # 7 March is a Friday in 2003 and again in 2008; the text names 2002 (a Thursday then)
    doc = dated("MOSCOW, March 7. /TASS/. The presidents spoke by phone on Friday, recalling their talks in 2002.\n")
    assert doc.published is None


def test_dateline_year_from_the_same_date_in_the_body():
    doc = dated("TBILISI, Georgia, Sept. 18. The foreign ministers of Georgia and Armenia met in Tbilisi.\n\n"
                "The roadmap they signed on 18 September 2024 covers transit and energy, the ministry said in 2023.\n")
    assert doc.published == DateValue("2024-09-18", "day")
    assert doc.published_strength == "strong"


def test_dateline_year_from_the_latest_year_named_is_weak_and_skips_targets():
    doc = dated("TBILISI, Georgia, Jan. 9. The minister made his first trip abroad in 2024 to Yerevan.\n\n"
                "The sides aim to double trade by 2030.\n")
    assert doc.published == DateValue("2024-01-09", "day")
    assert doc.published_strength == "weak"


def test_updated_line_alone_dates_the_article():
    doc = dated("Leaders meet in Hanoi\n\nUpdated 12:30 GMT, 4 March 2024\n\n"
                "The leaders of Vietnam and Laos met in Hanoi and signed a transport agreement.\n")
    assert doc.published == DateValue("2024-03-04", "day")
    assert doc.title == "Leaders meet in Hanoi"


def test_weekday_years_lists_every_fitting_year_of_the_first_window():
    from parley.dates import weekday_years

    assert weekday_years(3, 7, 4, 2013) == (2014,)       # a Friday: 2014, then not until 2025
    assert weekday_years(3, 7, 4, 2002) == (2003, 2008)  # a Friday: twice in six years
    assert weekday_years(3, 15, 4, 2023) == (2024,)      # a Friday again only in 2030
    assert weekday_years(2, 30, 0, 2022) == ()


def test_published_strength_survives_serialization():
    from parley.serialize import document_from_dict, document_to_dict

    doc = dated("MOSCOW, March 7. /TASS/. The presidents spoke by phone on Friday, recalling 2013.\n")
    assert document_from_dict(document_to_dict(doc)).published_strength == "weak"


def test_the_day_in_the_article_s_address_dates_it():
    # invented example: a JSONL record with no date of its own but an address that files it by day
    from parley.model import Document
    from parley.stages import build_pipeline

    text = "Ministers meet\n\nThe foreign ministers of the two countries met and discussed trade.\n"
    run = build_pipeline()

    def published(url):
        return run(Document(id="r", source="r", text=text, url=url)).published

    assert published("https://www.example.com/world/2023/10/27/ministers-meet/") == DateValue("2023-10-27", "day")
    assert published("https://www.example.com/news/2023-10-27-ministers-meet") == DateValue("2023-10-27", "day")
    # a month alone may be a section's, a day after today is no day, and an id is no date
    assert published("https://www.example.com/2023/10/ministers-meet") is None
    assert published("https://www.example.com/world/2099/10/27/ministers-meet/") is None
    assert published("https://www.example.com/news/ministers-meet-20231027123") is None


def test_a_caption_year_bounds_the_year_of_a_weekday_date():
    # AsiaOne's Reuters text (eval 714): the lead's "Thursday (June 13)" fits 2019 and 2024; the
    # file photo of "April 1, 2024" above it was taken by then, so 2024
    from conftest import ROOT
    text = (ROOT / "eval" / "corpus" / "714_li-qiang-lands-wellington-reuters-asiaone.txt").read_text()
    assert make_doc(text).published == DateValue("2024-06-13", "day")
    # invented example: without the caption, the body's latest year (2017) leaves 2019
    doc = make_doc("WELLINGTON - China's Premier Li Qiang landed in Wellington on Thursday (June 13) for talks, "
                   "the first visit by a Chinese premier since 2017.\n")
    assert doc.published == DateValue("2019-06-13", "day")


def test_a_dateline_with_an_agency_in_lower_case_dates_the_article():
    # dpa via MIA (eval 731): "Istanbul/Athens, 7 December 2023 (dpa/MIA) - Greek and Turkish ..."
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "731_erdogan-mitsotakis-athens-declaration-dpa-mia.txt").read_text())
    assert doc.published == DateValue("2023-12-07", "day") and doc.outlet == "dpa"
    # invented example: words in brackets that are no agency make no dateline
    doc = make_doc("Athens, 7 December 2023 (the minister said) - Greek and Turkish leaders met.\n")
    assert doc.outlet is None


def test_a_statement_s_signature_dates_it():
    # The Nigerian Presidency's statement via African Examiner (eval 960): "Bayo Onanuga / Special
    # Adviser to the President, / Information & Strategy / November 16, 2024" closes the page
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "960_tinubu-to-host-modi-abuja-announce-africanexaminer.txt").read_text())
    assert doc.published == DateValue("2024-11-16", "day")
    # a White House message's last lines, as the official corpus holds them (its closing
    # paragraph shortened here)
    doc = make_doc("Message to the Congress\n\nTherefore, it is my duty to return H.R. 131 to the House of "
                   "Representatives without my approval.\n\nDONALD J. TRUMP\n\nTHE WHITE HOUSE,\n\nDecember 29, 2025.\n")
    assert doc.published == DateValue("2025-12-29", "day")
    # invented examples: a related story's headline with its date, and a date that is not the
    # page's last line, date nothing
    doc = make_doc("Tinubu to host Modi\n\nPresident Bola Tinubu will welcome Prime Minister Narendra Modi in Abuja "
                   "on Sunday.\n\nModi To Visit Guyana\n\nNovember 16, 2024\n")
    assert doc.published is None
    doc = make_doc("Tinubu to host Modi\n\nPresident Bola Tinubu will welcome Prime Minister Narendra Modi in Abuja "
                   "on Sunday.\n\nBayo Onanuga\n\nNovember 16, 2024\n\nShare this story\n")
    assert doc.published is None


def test_a_press_release_s_date_under_its_last_paragraph_dates_it():
    # real page: the Ministry of Foreign Affairs of Pakistan (eval 1242): "27 August 2013" right
    # under the release's last paragraph, then the site's "Close Search Window"
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "1242_karzai-concludes-visit-murree-invitation-followup-mofapk.txt").read_text())
    assert doc.published == DateValue("2013-08-27", "day")
    # invented negatives: a related story's date under its headline, a date inside a closing
    # sentence, and two dates after the story (a related list) date nothing
    opening = "Karzai in Murree\n\nThe two leaders met again today in Murree.\n\n"
    for tail in ("Sharif to visit Kabul\n\n27 August 2013\n\nClose Search Window\n",
                 "The talks will resume on 27 August 2013.\n",
                 "27 August 2013\n\nSharif to visit Kabul\n\n3 September 2013\n"):
        doc = make_doc(opening + tail)
        assert doc.published is None or doc.published.precision != "day", tail


def test_a_date_line_over_a_credited_caption_printed_twice_dates_the_article():
    # real page: korea.net (eval 1258): "Policies" / "May 30, 2024" / the photo's caption printed
    # twice, each ending in its credit in brackets / "By Kim Hyelin" / the story
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "1258_yoon-mbz-reaffirm-30bn-cepa-followup-koreanet.txt").read_text())
    assert doc.published == DateValue("2024-05-30", "day")
    assert doc.body.startswith("President Yoon Suk Yeol and Sheikh Mohamed bin Zayed")
    # invented negative: a sentence with a bracketed aside said once is the story's
    doc = make_doc("Policies\n\nMay 30, 2024\n\nPresident Yoon met the UAE president in Seoul. (The talks lasted "
                   "two hours)\n\nThe two leaders signed an economic partnership agreement.\n")
    assert doc.body.startswith("President Yoon met the UAE president in Seoul.")


def test_a_date_of_history_in_the_lead_is_not_the_article_s():
    # real lead: the Pearl Harbor announcement of December 2016 (eval 1143), whose lead recalls
    # "Dec. 7, 1941" and names "The year 2016"; the second lead is invented
    doc = make_doc("Prime Minister Shinzo Abe will visit Pearl Harbor at the end of December, marking the first "
                   "time a sitting Japanese leader has visited the sight.\n\nPresident Obama will accompany Abe to the "
                   "USS Arizona Memorial to honor those who died at the infamous site. The year 2016 marks the 75th "
                   "anniversary of the attack on Pearl Harbor, where well over 2,000 Americans perished on Dec. 7, 1941.\n")
    assert doc.published is None or not doc.published.value.startswith("1941")
    doc = make_doc("Prime Minister Shinzo Abe met President Obama in Honolulu on Dec. 27, 2016.\n\n"
                   "The two leaders will meet again in 2018, the White House said.\n")
    assert doc.published is not None and doc.published.value == "2016-12"
    # real lead: DPA via TwoCircles (eval 1334), whose only full date is a death of 1830; no news
    # page is that old, and the article has no date of its own
    doc = make_doc("By DPA,\nBogota : Colombia and Venezuela restored diplomatic relations Tuesday, Colombian President "
                   "Juan Manuel Santos announced after meeting with his Venezuelan counterpart Hugo Chavez.\n"
                   "The leaders symbolically met in the Colombian Caribbean town of Santa Marta, at the residence where "
                   "Simon Bolivar, the hero of both countries’ independence, died Dec 17, 1830.\n")
    assert doc.published is None


def test_a_repost_days_after_an_agency_s_dateline_is_of_the_dateline_s_day():
    # real page: Jiji Press via OANA (eval 1252): its posting line "Mon, 04/01/2013 - 08:02" above
    # the headline, the dispatch "Ulan Bator, March 30 (Jiji Press)--" below it; a weekday is no
    # dateline's place
    from conftest import ROOT
    text = (ROOT / "eval" / "corpus" / "1252_japan-mongolia-us-policy-dialogue-followup-jiji-oananews.txt").read_text()
    doc = make_doc(text)
    assert doc.dateline is not None and doc.dateline.place == "Ulan Bator"
    assert doc.published == DateValue("2013-03-30", "day")
    # invented: a posting line months after the dispatch's day and month gives it no year
    doc = make_doc("ID :\n279495\nMon, 11/18/2013 - 08:02\nAuther :\n\nJapan, Mongolia to Start Policy Dialogue\n\n"
                   "Ulan Bator, March 30 (Jiji Press)--Japanese and Mongolian leaders Saturday agreed to start "
                   "a policy dialogue.\n")
    assert doc.published != DateValue("2013-03-30", "day")


def test_the_writer_s_today_with_a_full_date_gives_the_day():
    # real lead: the Mexican foreign ministry's readout of the Tapachula meeting (eval 1377)
    doc = make_doc("The presidents of Mexico, Andrés Manuel López Obrador, and Guatemala, César Bernardo Arévalo de "
                   "León, met today, Friday, May 17, 2024, in Tapachula, Chiapas.\n")
    assert doc.published == DateValue("2024-05-17", "day")
    # real lead: The Daily Star (eval 650), "today" and the date in brackets
    doc = make_doc("Bangladesh and India today (September 6, 2022) signed seven MoUs demonstrating cooperation in a "
                   "number of areas including water sharing of the Kushiyara River.\n")
    assert doc.published == DateValue("2022-09-06", "day")
    # negatives (invented): without "today" the day of writing is not given, only the month; a
    # speaker's "today" inside a quotation is his day, not the paper's (eval 934 was printed a day later)
    doc = make_doc("The presidents of Mexico and Guatemala met on Friday, May 17, 2024, in Tapachula.\n")
    assert doc.published == DateValue("2024-05", "month")
    doc = make_doc("“Today, March 1, 2024, I am pleased to inform that the two governments have signed this "
                   "instrument,” said the Kenyan president.\n")
    assert doc.published == DateValue("2024-03", "month")


def test_a_time_zone_in_brackets_is_no_agency():
    # real header: Trend (eval 1373), its date line with the time zone in brackets, then the byline
    doc = dated("Uzbek president to visit Turkmenistan\n\nTurkmenistan Materials 3 March 2017 17:35 (UTC +04:00)\n"
                "The preparation process is underway for Uzbek President Shavkat Mirziyoyev’s visit to Turkmenistan, "
                "said the Turkmen Foreign Ministry in a message March 3.\n")
    assert doc.outlet != "UTC +04:00"
    assert doc.published == DateValue("2017-03-03", "day")
    # invented positive: an agency in brackets after the date still is one
    doc = dated("Turkmenistan Materials 3 March 2017 17:35 (Reuters)\n"
                "The preparation process is underway for the Uzbek president's visit to Turkmenistan.\n")
    assert doc.outlet == "Reuters"


def test_a_range_across_two_months_takes_the_year_written_after_it():
    # real sentences: African Bulletin (eval 1390), "will pay an official visit to the Republic of
    # Tunisia, on May 30 to June 1, 2014"; Daily Times Nigeria (1266), "from November 29 to December
    # 1, 2021"; a range dated by its first day, which takes the year written after the last
    [e] = find_time_expressions("King Mohammed VI will pay an official visit to the Republic of Tunisia, on May 30 "
                                "to June 1, 2014, at the invitation of President Mohamed Moncef Marzouki")
    assert (e.year, e.month, e.day) == (2014, 5, 30)
    [e] = find_time_expressions("the commission will hold its session from 29 November to 1 December 2021 in Cape Town")
    assert (e.year, e.month, e.day) == (2021, 11, 29)
    # invented: a range over the new year takes the year before the one written
    [e] = find_time_expressions("The talks ran from December 28 to January 2, 2015 in Geneva.")
    assert (e.year, e.month, e.day) == (2014, 12, 28)
    # negatives (invented): without a year each date stands alone; one month keeps its last day
    assert [(x.year, x.month, x.day) for x in find_time_expressions("They met May 30 and again on June 1.")] == \
        [(None, 5, 30), (None, 6, 1)]
    [e] = find_time_expressions("The forum runs July 2 to July 3, 2025.")
    assert (e.year, e.month, e.day, e.last_day) == (2025, 7, 2, 3)


def test_an_announced_range_dates_the_article_by_its_first_month():
    # African Bulletin (eval 1390): a visit announced "on May 30 to June 1, 2014" is written in May,
    # not June, and the visit is of 2014
    from conftest import ROOT, make_doc
    doc = make_doc(next((ROOT / "eval" / "corpus").glob("1390_*")).read_text())
    assert doc.published == DateValue("2014-05", "month")
    visits = [e for e in doc.events if e.code.startswith("04") and e.date is not None]
    assert visits and all(e.date.value.startswith("2014-05-30") for e in visits)
