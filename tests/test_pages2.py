"""The document layer on page shapes from real pages of many outlets (tests/fixtures/pages2).

Each shape is tested on the real pages that carry it (their file names under
tests/fixtures/pages2 say which site; SOURCES.md gives each page's address) and on a negative:
a line that looks alike and must be read otherwise. Texts marked `# invented` are written for
the test, not taken from an outlet. The last test keeps the document-layer figures on the
tuned samples from falling.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from parley.dates.mentions import find_dates
from parley.document.dateline import match_dateline
from parley.document.header import read_line
from parley.document.lines import Line
from parley.evaluation import evaluate, load_gold
from parley.model import DateValue, Document, Span
from parley.readers import read_file
from parley.stages import build_pipeline

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages2"


@lru_cache(maxsize=1)
def _pipeline():
    return build_pipeline(("layout", "outlet", "published"))


def read(text: str) -> Document:
    return _pipeline()(Document(id="t.txt", source="t.txt", text=text))


def page(name: str) -> Document:
    paths = sorted(PAGES.glob(f"*/[0-9][0-9][0-9]_{name}*.txt"))
    assert len(paths) == 1, (name, paths)
    path = paths[0]
    return _pipeline()(next(read_file(path)))


def line(text: str) -> Line:
    return Line(Span(0, len(text)), text, 0)


def dateline(text: str):
    return match_dateline(line(text), standalone_only=False)


# --- banners, promotions, scripts ---------------------------------------------------------

def test_browser_banner_and_byline_with_outlet_in_brackets():
    doc = page("jakartapost")
    assert doc.title == "Top PNG, Bruneian, Malaysian diplomats to meet FM Retno"
    assert doc.outlet == "The Jakarta Post"  # "Shafira Chairunnisa (The Jakarta Post)"
    assert doc.published == DateValue("2018-07-19", "day")
    for furniture in ("Please Update your browser", "Your browser is out of date", "Just click on the icons"):
        assert furniture not in doc.body


def test_app_banner_over_the_headline_is_no_body():
    for name, title, outlet in (
            ("inkl_abc", "New Foreign Minister Penny Wong to visit Fiji tomorrow after returning from Quad meeting", "ABC News"),
            ("inkl_guardian", "EU heads finish meeting with no agreement on top jobs, Charles Michel says – Europe live",
             "The Guardian")):
        doc = page(name)
        assert doc.title == title and doc.outlet == outlet
        assert "Get all your news in one place" not in doc.body


def test_a_short_first_paragraph_under_the_headline_stays():
    # invented
    doc = read("Ministers meet in Baku\n\nThe ministers met on Monday.\n\nThey discussed trade and transit "
               "across the Caspian Sea at length.\n")
    assert doc.title == "Ministers meet in Baku"
    assert doc.body.startswith("The ministers met on Monday.")


def test_paywall_banner_script_and_present_tense_caption():
    doc = page("netizen24")
    assert doc.outlet == "The Straits Times"  # "Thank you for reading The Straits Times."
    assert doc.body.startswith("JAKARTA - Indonesian Foreign Minister") or doc.body.startswith("Indonesian Foreign Minister")
    for furniture in ("document.querySelector", "Pompeo shakes hands with", "Published4 hours ago"):
        assert furniture not in doc.body


def test_promotion_glued_to_the_first_sentence_is_split():
    doc = page("independent")
    assert doc.outlet == "The Independent"
    assert "Britain’s foreign secretary and his Indian counterpart met on Tuesday" in doc.body
    assert "Your support" not in doc.body and "is trusted by Americans" not in doc.body


@pytest.mark.parametrize("text", [
    "Please Update your browser", "Your browser is out of date, and may not be compatible with our website.",
    "Join ST's Telegram channel and get the latest breaking news delivered to you.",
    "Enter aussie play casino app, where glamorous slots and sparkling bonuses create nonstop excitement."])
def test_promotions_are_furniture(text):
    assert read_line(line(text), "DMY").kind == "promo"


@pytest.mark.parametrize("text", [
    # invented
    "The minister said the talks on a browser-based visa system were out of date.",
    "Support for the accord grew among member states, the minister said.",
])
def test_sentences_about_the_same_things_are_prose(text):
    assert read_line(line(text), "DMY").role == "prose"


# --- captions, credits, embedded posts ------------------------------------------------------

def test_caption_verbs_in_the_present_tense():
    caption = "Pompeo shakes hands with Indonesian Foreign Minister Retno Marsudi during their meeting in Jakarta."
    assert read_line(line(caption), "DMY").role == "caption"
    # invented negatives: a sentence about a future handshake, and a headline without a full stop
    assert read_line(line("The two leaders are expected to shake hands before the talks on Monday."), "DMY").role == "prose"
    assert read_line(line("Putin, Erdogan shake hands in Sochi"), "DMY").role == "text"


def test_a_name_with_its_place_in_the_picture_makes_a_caption():
    # real captions: Santa Cruz Sentinel / AP (eval 1124, under a bullet), JoongAng Daily (eval 610),
    # The Yeshiva World (eval 1084)
    for caption in ("  • Russian President Vladimir Putin, left, welcomes Turkish President Recep Tayyip Erdogan in "
                    "the Konstantin palace outside St.Petersburg, Russia, on Tuesday. President Erdogan travels to "
                    "Russia to meet with President Putin for the first time since apologizing in late June for the downing "
                    "of a Russian fighter jet along the Syrian border in November last year.",
                    "Korean President Yoon Suk Yeol, right, and Japanese Prime Minister Fumio Kishida shake hands prior "
                    "to holding bilateral talks in Phnom Penh, Cambodia on Nov. 13, 2022.",
                    "Israeli Defence Minister Benny Gantz, center, visits the Mausoleum of King Mohammed V, in Rabat, "
                    "Morocco, Wednesday, Nov. 24 2021."):
        assert read_line(line(caption), "DMY").role == "caption", caption
    # invented negatives: "left" that is no place in a picture, and a list of positions
    for prose in ("President Putin, left with few options, agreed to the talks in Sochi on Monday.",
                  "The opposition parties, left, right and centre, rejected the plan on Monday."):
        assert read_line(line(prose), "DMY").role == "prose", prose


def test_a_picture_word_inside_a_long_paragraph_makes_no_caption():
    # Daily Sabah (eval 1658): the story's one 300-word paragraph speaks of "the terminal building of
    # Mogadishu's international airport (right)"; a picture's caption with the same cue stays one
    from conftest import ROOT
    text = (ROOT / "eval" / "corpus" / "1658_erdogan-somalia-visit-yesterday-heros-welcome-followup-dailysabah.txt") \
        .read_text(encoding="utf-8")
    paragraph = max(text.split("\n"), key=len)
    assert "(right)" in paragraph and len(paragraph.split()) > 200
    assert read_line(line(paragraph), "DMY").role == "prose"
    # invented: the same cue in a caption's few words
    assert read_line(line("President Erdogan (right) and President Mohamud at the airport terminal in Mogadishu."),
                     "DMY").role == "caption"


def test_a_numbered_picture_label_makes_a_caption():
    # real line (VOV World, eval 318): the headline and "- ảnh 1" glued before the caption
    caption = ("Top leaders of Vietnam, China hold talks - ảnh 1Vietnamese Party General Secretary Nguyen Phu Trong "
               "and Chinese Party General Secretary and President Xi Jinping, Hanoi, December 12, 2023.")
    assert read_line(line(caption), "DMY").role == "caption"
    # invented negative: the same words in a sentence of the story
    assert read_line(line("Vietnamese Party General Secretary Nguyen Phu Trong and Chinese President Xi Jinping "
                          "held talks in Hanoi on December 12, 2023."), "DMY").role == "prose"


def test_editor_codes_are_no_photo_credit():
    doc = page("minanews")
    assert doc.outlet == "MINA"  # "Jakarta, MINA – ..."
    assert doc.body.endswith("humanitarian assistance to the people of Myanmar.")
    assert "(L/RE1)" not in doc.body and "Mi’raj News Agency" not in doc.body
    # a photo credit names an agency and a photographer: the captions of the Xinhua photos go
    doc = page("peoplecn_xi_lula")
    assert "(Xinhua/" not in doc.body


def test_embedded_post_neither_body_nor_the_article_date():
    doc = page("inquirer")
    assert doc.body.startswith("MANILA, Philippines — The Philippines") or doc.body.startswith("The Philippines")
    assert "pic.twitter.com" not in doc.body and "READ: AFP tells China" not in doc.body
    # the post is of March 6; the article of a later day: only the month is told
    assert doc.published == DateValue("2023-03", "month")


def test_embedded_post_on_one_line_with_its_first_line_above():
    # invented
    text = ("Leaders meet in Lima\n\nThe presidents met on Monday to discuss trade.\n\n54 dead already!\n\n"
            "CELAC cannot look the other way. https://t.co/abc — Task Force (@TaskForce) January 21, 2023\n\n"
            "The summit continues on Tuesday with a plenary session of all leaders.\n")
    doc = read(text)
    assert "54 dead" not in doc.body and "@TaskForce" not in doc.body
    assert doc.body.endswith("plenary session of all leaders.")


# --- datelines and date lines -----------------------------------------------------------

def test_dash_between_place_and_full_date():
    found = dateline("CAIRO – 18 January 2018: President Abdel Fatah al-Sisi and Ethiopian Prime Minister met")
    assert (found.place, found.year, found.month, found.day) == ("Cairo", 2018, 1, 18)
    assert page("egypttoday").published == DateValue("2018-01-18", "day")
    # invented negative: a place and a dash open a sentence, no date
    found = dateline("BEIJING - The two sides agreed on Monday to meet again.")
    assert found.month is None and found.agency is None


def test_agency_in_capitals_after_a_comma():
    assert dateline("Jakarta, MINA – Indonesian Minister of Foreign Affairs Retno Marsudi conveyed").agency == "MINA"
    # invented negatives: a country in capitals, a time zone
    assert dateline("Kuala Lumpur, MALAYSIA – The minister said the talks went well.") is None
    found = match_dateline(line("Montevideo, July 27th 2024 - 00:59 UTC"), standalone_only=True)
    assert found is None or found.agency is None


def test_a_city_its_state_and_a_bracketed_credit_name_the_agency():
    # the opening lines of eval 995 (Svidomi), 660 (AP via the Mirror), 781 (AFP via Eagle News)
    for text, place, agency in (
            ("Uzhhorod, Ukraine (Svidomi) — Prime Ministers of Ukraine and Slovakia Denys Shmyhal and", "Uzhhorod", "Svidomi"),
            ("PSARADES, Greece (AP) - The foreign ministers of Greece and Macedonia", "Psarades", "AP"),
            ("WASHINGTON, United States (AFP) — President Joe Biden on Monday hosted", "Washington", "AFP")):
        found = dateline(text)
        assert (found.place, found.agency) == (place, agency)
    # invented negatives: a bracket that is no credit, no state between the city and the bracket
    assert dateline("Paris, France (the first stop) — Macron met the minister.") is None
    assert dateline("Ankara, Turkey (and Russia) — the ministers met.") is None
    found = dateline("Uzhhorod, the border city (Svidomi) — the ministers met.")
    assert found is None or found.agency is None


def test_story_filed_from_two_places():
    found = dateline("Kathmandu/New Delhi, Aug 12 (UNI) Nepalese Prime Minister KP Sharma Oli has extended")
    assert (found.place, found.agency, found.month, found.day) == ("Kathmandu/New Delhi", "UNI", 8, 12)
    # an agency after the slash is no second place
    found = dateline("New Delhi/UNI: The minister said on Monday that talks would go on.")
    assert (found.place, found.agency) == ("New Delhi", "UNI")


def test_outlet_written_where_the_place_stands():
    doc = page("havanatimes")
    assert doc.outlet == "Havana Times"
    # invented negative
    assert dateline("HAVANA, March 14 — Cuban President Raul Castro met the minister.").agency is None


def test_month_names_of_other_languages_on_date_lines():
    assert [(d.year, d.month, d.day) for d in find_dates("Achmad Zulfikar Fazli    •    18 Juli 2018 12:27 WIB")] == [(2018, 7, 18)]
    assert page("setkab").title == "Jokowi Receives Prime Minister of Malaysia, John Kerry, And Prime Minister Tony Abbot"
    assert find_dates("Wang Mei 2019 and Mei 5") == []  # a given name, never a month


def test_date_bars_never_date_the_article():
    doc = page("watnopaar")  # "Sat, 30 November , 2024 Home About Us ..." over a story of 2020
    assert doc.title == "Foreign Secretary to visit ‘old’ Europe"
    assert doc.published is None or not doc.published.value.startswith("2024")
    doc = page("ieumonitoring")  # "Fri. Jun 2nd, 2023" over "Brussels, 19/06/2021"
    assert doc.published == DateValue("2021-06-19", "day")


def test_the_leads_latest_full_date_and_the_photo_file_name():
    doc = page("laodong")  # "(October 1, 1949 - October 1, 2024)": the anniversary, not 1949
    assert doc.published == DateValue("2024-10", "month")
    doc = page("shorenews")  # "tagreuters.com2023binary_...": the picture's year
    assert doc.published == DateValue("2023", "year")


def test_a_datelines_year_from_its_photo_caption():
    doc = page("koreanvibe")  # "SEOUL, Nov. 9 (Yonhap)" and a caption "... on Nov. 9, 2023."
    assert doc.published == DateValue("2023-11-09", "day")


# --- outlets ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, outlet", [
    ("bdnews24_momen_jaishankar", "bdnews24.com"),  # "Senior Correspondent bdnews24.com"
    ("newsofasia", "Reuters"),  # "Reporting by ...; Editing by ..." on a line of its own
    ("redhot", "Reuters"),  # "... Qatari state media reported. REUTERS"
    ("voinews", "VOI"),  # "(VOI/Rezha/RHM)"
    ("adyrna", "Adyrna"),  # '"Adyrna" correspondent reported'
    ("worldtodaynews", "UNIAN"),  # "... persona non grata” – UNIAN"
    ("tles2020", "NHK"),  # "Welcome to NHK Newsline."
    ("daybreak", "News Agency of Nigeria"),  # "... since the incident. (NAN)"
])
def test_outlets_named_by_the_page(name, outlet):
    assert page(name).outlet == outlet


def test_outlet_after_the_headline_is_cut_from_it():
    doc = page("worldtodaynews")
    assert doc.title == "Russia expels US diplomats and declares US employees “persona non grata”"
    # invented negative: what follows the dash is no outlet
    assert read("Talks end – no deal\n\nThe talks ended on Monday without an agreement.\n").title == "Talks end – no deal"


def test_a_site_that_asks_for_support_is_not_named_by_it():
    # invented: "Support X" names no outlet (the project's eval keeps such pages without one)
    doc = read("Support NewsSite.com\n\nRuto hosts Abiy for talks\n\nKenyan President William Ruto hosted "
               "Ethiopian Prime Minister Abiy Ahmed in Nairobi on Wednesday.\n")
    assert doc.outlet is None


def test_report_abuse_is_no_outlet():
    doc = page("mercopress_cameron")
    assert doc.outlet == "MercoPress"  # the masthead "MercoPress, en Español", not "Report abuse"
    assert doc.published == DateValue("2024-01-19", "day")  # not the date bar, nor the comments' dates
    assert "Juan Cervantes" not in doc.body


# --- the body's end ------------------------------------------------------------------------

def test_a_list_the_story_introduces_stays_and_tags_go():
    doc = page("mb_manalo")
    assert doc.body.endswith("trade and economic coopera")
    doc = page("jmhusembassy")
    assert doc.body.endswith("should China invade island.")


def test_the_last_line_cut_short_stays():
    doc = page("pinay")
    assert doc.body.endswith("strategic partnership between the two countries…")
    assert "Read More" not in doc.body
    doc = page("nippon")
    assert doc.body.endswith("call on China to report adequate data on...")


def test_a_related_story_printed_twice_ends_the_body():
    doc = page("multimetro")
    assert doc.body.endswith("trade and economy.")
    assert "The powerful sister" not in doc.body
    assert page("financialtribune").title == "Phone Call on Region"


# --- the figures on the tuned samples ---------------------------------------------------

# measured when this round closed (rounded down): the samples a, b, c, d were tuned on
FLOORS = {"a": (0.93, 0.89, 0.95), "b": (0.95, 0.90, 0.92), "c": (0.96, 0.87, 0.96), "d": (0.89, 0.94, 0.94)}


@pytest.mark.parametrize("sample", sorted(FLOORS))
def test_document_layer_figures_on_the_tuned_samples(sample):
    folder = PAGES / sample
    docs = [_pipeline()(next(read_file(p))) for p in sorted(folder.glob("*.txt"))]
    record = {"documents": [d.to_json() for d in docs], "events": []}
    figures = evaluate(load_gold(PAGES / f"gold_{sample}.json"), record, folder).figures
    title, outlet, body = FLOORS[sample]
    assert figures["title"] >= title and figures["outlet"] >= outlet and figures["body_clean"] >= body, figures


# --- eval part E shapes (real lines, named by their eval file) ----------------------------

def test_a_sentence_printed_twice_is_a_caption_and_a_paywall_notice_is_furniture():
    # Saudi Gazette (eval 636): the picture's alternative text and caption, then the credit line;
    # The Times (eval 645): a paywall notice over the headline
    doc = read("Subscription Notification\nPlease update your billing information\n"
               "Your subscription will end shortly\n\nApril 06, 2023\n"
               "Saudi and Iranian foreign ministers meet in Beijing on Thursday.\n"
               "Saudi and Iranian foreign ministers meet in Beijing on Thursday.\n\n"
               "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir "
               "Abdollahian met in China on Thursday for the first time.\n\n"
               "The meeting came after the two countries agreed last month to restore ties.\n")
    assert doc.body.startswith("Saudi Arabia's Foreign Minister")
    assert "meet in Beijing on Thursday" not in doc.body and "billing" not in doc.body
    assert doc.title != "Please update your billing information"
    # invented negative: a headline printed twice (no full stop) is still the headline
    doc = read("Turkish, Russian ministers meet in Antalya\n\nTurkish, Russian ministers meet in Antalya\n\n"
               "The Turkish and Russian foreign ministers met in Antalya on Thursday to discuss the war.\n")
    assert doc.title == "Turkish, Russian ministers meet in Antalya"


@pytest.mark.parametrize("text, role", [
    ("Reporting by Saya Muhammad", "credit"),                                                   # North Press (638)
    ("China helped broker the detente between Saudi Arabia and Iran [Handout via Al Jazeera]", "caption"),  # 637
    # invented negative: an editor's insertion in brackets inside a sentence is the story's
    ("The minister said the deal [on gas] was signed in Beijing on Thursday after long talks.", "prose"),
])
def test_credits_and_bracketed_picture_credits(text, role):
    assert read_line(line(text), "DMY").role == role


def test_outlets_in_a_glued_wire_dateline_and_a_listed_outlet_after_the_place():
    # Reuters via exBulletin (eval 658): the dateline glued after a teaser; CNBC Indonesia (635)
    doc = read("The Philippines and China sign 14 bilateral agreements\n\nChina promised cooperation, investment "
               "BEIJING/MANILA Jan 4 (Reuters) \u2013 China is ready to resume oil and gas talks with the Philippines, "
               "Chinese President Xi Jinping said on Wednesday.\n")
    assert doc.outlet == "Reuters"
    doc = read("Jokowi meets Anwar\n\nJakarta, CNBC Indonesia \u2013 President Joko Widodo had a one-on-one meeting "
               "with Malaysian Prime Minister Anwar Ibrahim at the presidential palace in Bogor on Monday.\n")
    assert doc.outlet == "CNBC Indonesia"
    # Kazinform (eval 648): its house style of crediting itself
    doc = read("The Kazakh President addressed today's meeting of the Supreme Interstate Council of Kazakhstan and "
               "Uzbekistan held at the Akorda residence, Kazinform News Agency reports.\n\nTokayev thanked "
               "Mirziyoyev for accepting an invitation.\n")
    assert doc.outlet == "Kazinform"


def test_a_full_date_after_a_bracketed_agency_dates_the_page():
    # Geeska Afrika Online (eval 1656): "Djibouti (HAN) January 16, 2015 – Public diplomacy ..."
    doc = read("Djibouti: Turkish's first 2015 Presidential official visit to the Horn of Africa\n\n"
               "Djibouti (HAN) January 16, 2015 \u2013 Public diplomacy and Regional Security and safety news. "
               "Turkish President Erdogan will pay consecutive official visits to Ethiopia, Djibouti and Somalia "
               "later this month.\n")
    assert doc.published == DateValue("2015-01-16", "day")
    assert doc.dateline is not None and doc.dateline.agency == "HAN"
    # invented negative: a month without its day and year after the agency dates nothing there
    doc = read("Talks in Paris\n\nPARIS (AFP) January talks between the two ministers were postponed, the "
               "ministry said.\n")
    assert doc.dateline is not None and doc.dateline.month is None


def test_a_name_in_capitals_alone_is_a_byline_wherever_it_stands():
    # Capital FM (eval 642): the writer's name under the standfirst, then "Published"
    doc = read("Suluhu, Kenyatta to hold talks in Nairobi on Tuesday\n\nPresident Suluhu's visit, the second outside "
               "her country since taking office, follows a similar visit to Uganda.\nJEREMIAH WAKAYA\n\nPublished\n\n"
               "NAIROBI, Kenya, May 2 \u2013 President Uhuru Kenyatta is on Tuesday expected to host Tanzanian "
               "President Samia Suluhu Hassan for talks.\n\nThe two leaders will hold bilateral talks at State House.\n")
    assert "JEREMIAH WAKAYA" not in doc.body
    assert doc.body.startswith("President Uhuru Kenyatta is on Tuesday") or doc.body.startswith("NAIROBI")
    # invented negatives: a place, an outlet and a heading in capitals are no byline
    for text in ("NEW DELHI", "KAZINFORM", "THE TALKS"):
        assert read_line(line(text), "DMY").role != "byline"


def test_captions_set_between_paragraphs():
    # The Times (eval 645): a credit in capitals glued to a caption, and a caption without a full
    # stop between two paragraphs; the invented negative: a sub-heading in title case stays
    caption = ("Leo Varadkar and Boris Johnson's talks at a Merseyside wedding venue went better than expected as the "
               "leaders spent three hours trying to break the deadlockPAUL MCERLANE/ALAMY")
    assert read_line(line(caption), "DMY").role == "caption"
    doc = read("Making up\n\nIt was not lost on observers that Boris Johnson and Leo Varadkar's meeting took place at a "
               "wedding venue yesterday.\n\nDominic Cummings was unusually smartly dressed for the occasion\n\n"
               "Last week Downing Street blamed the Irish authorities for leaking details of the plan.\n\n"
               "Next Steps For The Brexit Negotiating Teams\n\nThe two sides will meet again in Brussels next week, "
               "officials said.\n")
    assert "smartly dressed" not in doc.body
    assert "Last week Downing Street blamed" in doc.body and "The two sides will meet again" in doc.body


def test_a_teaser_printed_twice_over_the_headline_is_no_story():
    # Irish Independent (eval 643): the lead printed twice, each in its own block, then the headline
    lead = ("TAOISEACH Leo Varadkar and Prime Minister Boris Johnson can \"see a pathway\" to a Brexit deal following "
            "nearly three hours of intense talks on Merseyside today.")
    doc = read(lead + "\n\n" + lead + "\n\nBoris Johnson and Leo Varadkar can 'see a pathway to a possible deal' "
               "following Brexit talks in Merseyside\n\nMr Varadkar and Mr Johnson have raised fresh hopes of a "
               "possible deal before next week's crucial European Council summit.\n\nThe talks lasted much longer "
               "than expected.\n")
    assert doc.title.startswith("Boris Johnson and Leo Varadkar can")
    assert doc.body.startswith("Mr Varadkar and Mr Johnson have raised fresh hopes")


# --- eval part F shapes (real lines, named by their eval file) ----------------------------

def test_view_counters_empty_date_labels_kiosk_labels_and_a_syndicator_s_pointer_are_furniture():
    # AP via a mirror (eval 660): "Posted: Updated:" with no dates, a caption opening with its credit
    doc = read("Greece, Macedonia to sign deal ending yearslong name dispute\n\nPosted: Updated:\n\n"
               "(AP Photo/Giannis Papanikos). Opponents of the deal between Greece and Macedonia carry Greek flags "
               "as they gathered to protest at the village of Pisoderi. (AP Photo/Giannis Papanikos\n\n"
               "A young man carries several Greek flags at the village of Vigla, Prespes\n\n"
               "PSARADES, Greece (AP) — Greece and Macedonia are set to sign a landmark deal on Sunday.\n")
    assert doc.body.startswith("PSARADES, Greece") or doc.body.startswith("Greece and Macedonia are set")
    assert "Posted" not in doc.body and "Opponents" not in doc.body and "young man" not in doc.body
    # a printed page on a newspaper kiosk (eval 662), a view counter (eval 663)
    doc = read("Greece, Macedonia sign deal over name\n\nGREECE and Macedonia have signed a deal that will resolve "
               "a decades-old dispute.\n\nNewspapers in English\n\nNewspapers from United Kingdom\n")
    assert doc.body.endswith("decades-old dispute.")
    doc = read("Aliyev, Pashinyan to hold talks in Abu Dhabi\n\nAzerbaijani President Ilham Aliyev and Armenian Prime "
               "Minister Nikol Pashinyan will hold a bilateral meeting on Thursday.\n\n"
               "This news has been read 2824 times in total\n")
    assert doc.body.endswith("meeting on Thursday.")
    # AllAfrica's pointer to the article it took names the outlet (eval 666)
    doc = read("Angola: President Paul Kagame Already in Luanda\n\nLuanda — The President of Rwanda, Paul Kagame, "
               "arrived in Luanda today morning for a working visit.\n\nRead the original article on ANGOP.\n\nTagged:\n")
    assert doc.body.endswith("working visit.") and doc.outlet == "ANGOP"
    # negatives: a sentence about readers and a quotation with "read" stay in the story
    doc = read("Talks\n\nThe minister said the letter was read 3 times in parliament before the vote.\n\n"
               "The talks will continue on Monday.\n")
    assert "read 3 times in parliament" in doc.body


def test_an_end_mark_in_dashes_a_feedback_box_and_a_pool_credit_caption_are_furniture():
    # Myanmar International TV (eval 684): "-- End --" under the story
    doc = read("Indonesia's Prabowo receives Albanese\n\nPresident Prabowo Subianto received Australian Prime Minister "
               "Anthony Albanese in Jakarta on Thursday to discuss defence cooperation.\n\n-- End --\n")
    assert doc.body.endswith("defence cooperation.")
    # The Jakarta Post (eval 685): a reader-feedback box that names the site
    doc = read("Albanese visits Prabowo\n\nPrabowo welcomed Albanese at the Merdeka Palace on Thursday.\n\n"
               "Share your experiences, suggestions, and any issues you've encountered on The Jakarta Post. "
               "We're here to listen.\nThank you for sharing your thoughts. We appreciate your feedback.\n"
               "Quickly share this\n")
    assert doc.body.endswith("on Thursday.") and doc.outlet == "The Jakarta Post"
    # Manila Bulletin (eval 681): a caption ending in the photographer and the pool
    doc = read("PH, Japan ink Reciprocal Access Agreement\n\nThe Philippines and Japan have officially signed the "
               "Reciprocal Access Agreement (RAA) on Monday.\n\nAGREEMENT SIGNED — Japan Foreign Minister Kamikawa "
               "Yoko and Defense Secretary Gilberto Teodoro sign the agreement in Malacañan on July 8, 2024. "
               "(Yummie Dingding/PPA Pool)\n\nThe agreement allows both countries to send forces for joint drills.\n")
    assert "AGREEMENT SIGNED" not in doc.body and doc.body.endswith("joint drills.")
    # negative: a sentence that asks readers to share their views in the story stays
    doc = read("Talks\n\nThe minister urged citizens to share their views on the treaty before the vote.\n\n"
               "The talks will continue on Monday.\n")
    assert "share their views" in doc.body


# --- eval part L shapes ----------------------------------------------------------------------------

def test_a_story_counter_under_a_date_leaves_it_the_article_s_date():
    # a date over the story's reading time (eval 780: "July 8, 2021" / "1 min read" / headline)
    doc = read("July 8, 2021\n1 min read\n\nBiden to host Jordan King on July 19\n\nPresident Joe Biden will host "
               "King Abdullah II of Jordan at the White House on July 19, Press Secretary Jen Psaki has said.\n")
    assert doc.published == DateValue("2021-07-08", "day")
    # negative (invented): a site's date bar above its menus dates no story
    doc = read("Friday, December 4, 2026\nHome | World | Politics\n\nPresident visits Ankara\n\n"
               "The president arrived in Ankara on Thursday for talks.\n")
    assert doc.published is None or doc.published.value != "2026-12-04"


def test_section_labels_run_together_name_no_outlet_and_an_agency_s_photographer_ends_a_caption():
    # Radio Nigeria (eval 849): "Headline News World News" over the headline is two section labels
    doc = read("Headline News World News\n\nGermany retaliates, expels Chadian ambassador\n\n"
               "Germany has ordered Chad's ambassador to the country to leave within 48 hours.\n")
    assert doc.outlet is None and doc.title == "Germany retaliates, expels Chadian ambassador"
    # negative: a national agency's name is an outlet, though its words are common ones
    doc = read("Angola Press Agency\n\nKagame in Luanda\n\nThe President of Rwanda arrived in Luanda today.\n")
    assert doc.outlet == "Angola Press Agency"
    # Reuters via Stabroek News (eval 855): a caption ending in "REUTERS/Adriano Machado", twice,
    # under the headline
    caption = ("Brazil's President Luiz Inacio Lula da Silva and China's President Xi Jinping shake hands as they "
               "sign bilateral agreements, in Brasilia, Brazil November 20, 2024. REUTERS/Adriano Machado \n")
    doc = read("Xi and Lula elevate China-Brazil ties in state visit\n\n" + caption + caption +
               "\nBRASILIA, (Reuters) - China's President Xi Jinping and his Brazilian peer Luiz Inacio Lula da "
               "Silva yesterday upgraded the status of diplomatic relations.\n")
    assert doc.title == "Xi and Lula elevate China-Brazil ties in state visit" and "REUTERS/" not in doc.body
    # Reuters (eval 1636): a picture from the files, its caption under the store's date line
    doc = read(" date 2017-03-29 China's President Xi Jinping arrives for the third plenary session of the National "
               "People's Congress (NPC) at the Great Hall of the People in Beijing, China, March 12, 2017. "
               "REUTERS/Tyrone Siu/Files\n\nHELSINKI China's President Xi Jinping will make a state visit to Finland "
               "on April 5, the Finnish president's office said on Wednesday.\n")
    assert "REUTERS/" not in doc.body and "third plenary session" not in doc.body
    # negative (invented): a slash between names inside a sentence is no credit
    doc = read("Talks\n\nThe talks on the EU/UK trade deal went on late into the night, officials said.\n\n"
               "The next round is due on Monday.\n")
    assert "EU/UK trade deal" in doc.body


def test_section_labels_over_a_headline_name_no_outlet():
    # Indonesia Expat and Politiko (eval 871, 885): "Featured News", "Flash News" are sections
    for label in ("Featured News", "Flash News"):
        doc = read(f"{label}\n\nBorrell briefs EU ministers on Ohrid\n\nEU foreign policy chief Josep Borrell briefed "
                   "the ministers on Monday.\n")
        assert doc.outlet is None


def test_a_related_story_after_a_dash_a_next_story_link_a_top_button_and_a_short_url_are_furniture():
    # The Arab Posts (eval 1023): "Also Read – <a related headline>" set between two paragraphs
    doc = read("Oman's sultan to embark on two-day visit to Iran\n\nSultan Haitham bin Tariq of Oman will go to Iran "
               "this week for a two-day visit, according to Omani official media on Wednesday.\n\n"
               "Also Read – Hajj 2023 From Oman- Here’s the Information\n\n"
               "The Sunday visit comes in response to a March agreement between Saudi Arabia and Iran.\n")
    assert "Also Read" not in doc.body and doc.body.endswith("between Saudi Arabia and Iran.")
    # Millennium Post (eval 1039), TuraNews (1046), Arab News Japan (1032): the page's links under
    # and over the story
    for tail in ("Next Story", "Back to top button"):
        doc = read("Japan protests to China\n\nJapan summoned the acting Chinese Ambassador Shi Yong to strongly "
                   f"protest the airspace violation.\n\n{tail}\n")
        assert doc.body.endswith("airspace violation."), tail
    doc = read("Japan, Vietnam upgrade ties\n\nShort Url:\n\nTOKYO: Japanese Prime Minister Fumio Kishida and "
               "Vietnamese President Vo Van Thuong agreed on Monday to upgrade relations.\n")
    assert "Short Url" not in doc.body
    # negatives (invented): a sentence that tells of the next story, the top of a list or reading
    doc = read("Talks\n\nThe minister said the next story of cooperation would be written in Hanoi.\n\n"
               "Japan is back to top form as Vietnam's largest donor, officials said.\n\n"
               "He also read a letter from the president.\n")
    assert "next story of cooperation" in doc.body and "back to top form" in doc.body and "also read a letter" in doc.body


def test_a_picture_of_someone_speaking_told_in_the_present_is_a_caption():
    # Japan Today (eval 1030): a caption between the store's date line and the lead
    doc = read("Vietnam president to visit Japan\n\nVietnamese President Vo Van Thuong speaks after the Indo-Pacific "
               "Economic Framework meeting at the Asia-Pacific Economic Cooperation summit, on Thursday in San "
               "Francisco.\n\nVietnamese President Vo Van Thuong will visit Japan later this month for talks with "
               "Prime Minister Fumio Kishida, the Japanese government said.\n")
    assert doc.body.startswith("Vietnamese President Vo Van Thuong will visit Japan")
    # the shapes of Zawya (1016), CNBC (819) and Nation (422), each a caption line of its own
    from parley.document.header import caption_credit
    from parley.document.lines import split_lines
    for line in ("Colombian President Gustavo Petro speaks during the closure of the migration summit at the "
                 "archaeological zone of Palenque.",
                 "Bolivian President Luis Arce delivers a speech during his inauguration ceremony in La Paz.",
                 "President Uhuru Kenyatta addresses the media at State House, Nairobi, on July 21."):
        assert caption_credit(split_lines(line)[0]), line
    # negatives (invented): the news told in the past, or a speech announced, is prose
    for line in ("Colombian President Gustavo Petro spoke during the closure of the migration summit.",
                 "President Kenyatta will address the media at State House on Friday.",
                 "The minister speaks at length about trade in the interview, and then he leaves for Paris."):
        assert not caption_credit(split_lines(line)[0]), line


def _eval_page(number: str) -> Document:
    """An article of the project's eval set (eval/SOURCES.md names its outlet), read whole."""
    path = next((Path(__file__).resolve().parent.parent / "eval" / "corpus").glob(f"{number}_*"))
    return read(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("number, title", [
    ("1236", "Brexit high on agenda for Emmanuel Macron's visit to Britain"),
    ("1299", "Malawi threatens to expel British high commissioner over leaked remarks"),
])
def test_an_archive_age_notice_is_no_headline(number, title):
    # The Guardian prints "This article is more than 10 years old" under an old story's headline
    doc = _eval_page(number)
    assert doc.title == title
    assert "This article is more than" not in doc.body


@pytest.mark.parametrize("text", [
    # invented
    "The treaty is more than 10 years old, the minister said.",
    "This agreement was signed more than 30 years ago in Oslo, the envoy recalled.",
])
def test_sentences_on_old_things_are_prose(text):
    assert read_line(line(text), "DMY").role == "prose"


def test_a_teaser_over_the_story_names_no_outlet():
    # Premium Times (eval 1223): "Related News" as the page's first line names no outlet
    from conftest import ROOT
    doc = read(next((ROOT / "eval" / "corpus").glob("1223_*")).read_text())
    assert doc.outlet is None
    # negatives (invented): a paper whose name holds a word of a menu is still named
    doc = read("Daily Times\n\nKagame in Luanda\n\nThe President of Rwanda arrived in Luanda today for talks.\n")
    assert doc.outlet == "Daily Times"


def test_a_last_line_introducing_what_the_page_dropped_is_no_body():
    # SABC News (eval 1620): the line that introduced a video the store did not keep
    doc = read("Ramaphosa to visit Kenya\n\nPresident Cyril Ramaphosa will undertake a state visit to Kenya next "
               "week.\n\nMagwenya says the focus will be securing maximum ambition in terms of climate action.\n\n"
               "Magwenya addresses the media on Ramaphosa’s public engagements:\n")
    assert doc.body.rstrip().endswith("climate action.")
    # negatives (invented): a closing line whose colon opens a quotation it holds stays; a body of one
    # paragraph stays whole
    doc = read("Talks\n\nThe ministers met in Nairobi on Monday.\n\nThe statement ended: “We will meet again.”\n")
    assert "We will meet again" in doc.body
    doc = read("Talks\n\nThe ministers met in Nairobi on Monday and agreed on the following:\n")
    assert "agreed on the following:" in doc.body
