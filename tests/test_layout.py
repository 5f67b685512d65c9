"""Headline, dateline, body and page furniture on real and hand-written articles."""
from __future__ import annotations

from conftest import FIXTURES, make_doc

from parley.document.layout import layout
from parley.model import Document
from parley.pipeline import Context


def laid_out(text: str) -> Document:
    return layout(Document(id="t", source="t", text=text), Context())


def test_seed_with_masthead_dateline_and_related_news(seed_docs):
    doc = seed_docs["004_9cd41e01b6ef87bf.txt"]
    assert doc.title == "President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov"
    assert doc.outlet == "AZERTAC"
    assert doc.body.startswith("President of the Republic of Azerbaijan Ilham Aliyev has received")
    assert doc.body.endswith("asked the minister to extend his greetings to the Russian President.")
    for furniture in ("Share news on social media", "Paris 2024", "Robert Fico", "OFFICIAL NEWS"):
        assert furniture not in doc.body
    # the related-news list is dated 2024 but must not date the article
    assert doc.published is None or not doc.published.value.startswith("2024")


def test_search_in_archive_is_furniture_but_speech_stays(seed_docs):
    doc = seed_docs["001_cad0dfaeb5419f53.txt"]
    assert "Search in archive" not in doc.body
    assert doc.body.endswith("We appreciate it very much. Thank you.")
    assert "x x x" in doc.body  # transcript separators belong to the speech record


def test_no_headline_when_text_opens_with_body_or_dateline(seed_docs):
    assert seed_docs["002_206f92aab21b4e56.txt"].title is None
    assert seed_docs["003_972030ca53a7a6a3.txt"].title is None
    assert seed_docs["003_972030ca53a7a6a3.txt"].body.startswith("The meeting between")


def test_outlet_from_reports_per_credit(seed_docs):
    assert seed_docs["000_d117b791f971e182.txt"].outlet == "Azernews"
    assert seed_docs["002_206f92aab21b4e56.txt"].outlet is None  # "according to Azerbaijani media" is no outlet


def test_reuters_style_inline_dateline_and_related_list():
    doc = make_doc((FIXTURES / "reuters_style.txt").read_text())
    assert doc.title == "Indian, Chinese foreign ministers hold talks on border"
    assert doc.outlet == "Reuters"
    assert doc.dateline.place == "New Delhi" and (doc.dateline.month, doc.dateline.day) == (3, 3)
    assert doc.body.rstrip().endswith("keep the peace along the frontier.")
    assert "Markets rally" not in doc.body and "Related coverage" not in doc.body
    # 3 March is a Friday in 2023, the first such year after the 2019 the text names
    assert doc.published.to_json() == {"value": "2023-03-03", "precision": "day"}


def test_subheadings_inside_the_body_are_kept():
    text = ("Ministers meet in Astana\n\n"
            "The foreign ministers of Kazakhstan and Uzbekistan met in Astana on Friday.\n\n"
            "Trade on the agenda\n\n"
            "They discussed trade and water sharing.\n\n"
            "Next steps\n\n"
            "A summit is planned for the autumn.\n")
    doc = laid_out(text)
    assert doc.title == "Ministers meet in Astana"
    assert "Trade on the agenda" in doc.body and doc.body.endswith("planned for the autumn.")


def test_media_tags_are_stripped_from_headlines():
    doc = laid_out("Leaders sign accord PHOTO\n\nThe leaders signed an accord in Tashkent.\n")
    assert doc.title == "Leaders sign accord"


def test_text_without_any_prose_is_all_body():
    doc = laid_out("one\ntwo\nthree")
    assert doc.title is None
    assert doc.body == "one\ntwo\nthree" or doc.body == "one\n\ntwo\n\nthree"


import pytest  # noqa: E402

from parley.document.dateline import match_dateline  # noqa: E402
from parley.document.lines import split_lines  # noqa: E402


@pytest.mark.parametrize("line, standalone, expected", [
    ("Baku, November 21, AZERTAC", True, ("Baku", None, 11, 21, "AZERTAC")),
    ("5 Dec. 13:40", True, (None, None, 12, 5, None)),
    ("MOSCOW, March 3 (Reuters) - Russia said", False, ("Moscow", None, 3, 3, "Reuters")),
    ("MOSCOW, December 5. /TASS/. Lavrov said", False, ("Moscow", None, 12, 5, "TASS")),
    ("BAKU, Azerbaijan, Feb. 27. The president said", False, ("Baku", None, 2, 27, None)),
    ("Monday, 27 February 2023", True, (None, 2023, 2, 27, None)),
    ("27.02.2023 12:30", True, (None, 2023, 2, 27, None)),
    ("2023-02-27 14:30", True, (None, 2023, 2, 27, None)),
    ("Tashkent, 12 March 2024, UzA", True, ("Tashkent", 2024, 3, 12, "UzA")),
    ("Azerbaijani president meets visiting Russian foreign minister", True, None),
    ("Baku, Green 21, AZERTAC", True, None),
    ("31.02.2023", True, None),
])
def test_dateline_forms(line, standalone, expected):
    found = match_dateline(split_lines(line)[0], standalone_only=standalone)
    got = found and (found.place, found.year, found.month, found.day, found.agency)
    assert got == expected
