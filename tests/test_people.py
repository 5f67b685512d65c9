"""The actors stage on short articles: one person per name, however the text addresses them."""
from __future__ import annotations

from conftest import make_doc


def _people(doc):
    return {a.name: a for a in doc.actors if a.type == "person"}


def _forms(doc, name):
    return {m.of(doc.text).replace("\n", " ") for m in _people(doc)[name].mentions}


def test_titles_surnames_and_russian_patronymics():
    doc = make_doc(
        "Russia and Azerbaijan hold talks\n\n"
        "Azerbaijani President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov in Baku.\n\n"
        "Welcoming the guest, Aliyev said he was glad to see Sergey Viktorovich again. Lavrov conveyed "
        "the greetings of Vladimir Vladimirovich Putin, and President Putin's wishes for the talks.\n"
    )
    people = _people(doc)
    assert set(people) == {"Ilham Aliyev", "Sergey Lavrov", "Vladimir Putin"}
    lavrov = people["Sergey Lavrov"]
    assert (lavrov.country, lavrov.role) == ("RUS", "foreign minister")
    assert (people["Ilham Aliyev"].country, people["Ilham Aliyev"].role) == ("AZE", "head of state")
    assert {"Sergey Viktorovich", "Lavrov"} <= _forms(doc, "Sergey Lavrov")
    assert any("Putin" in f and "Vladimirovich" in f for f in _forms(doc, "Vladimir Putin"))
    assert any(f.endswith("Aliyev") and f != "Ilham Aliyev" for f in _forms(doc, "Ilham Aliyev"))


def test_azerbaijani_patronymics_keep_father_and_son_apart():
    doc = make_doc(
        "Anniversary events planned\n\n"
        "President of the Republic of Azerbaijan Ilham Aliyev met the visiting delegation on Monday.\n\n"
        "The guests thanked Ilham Heydar oglu for his hospitality and recalled the legacy of "
        "Heydar Alirza oglu Aliyev, whose centenary falls this year.\n"
    )
    people = _people(doc)
    assert set(people) == {"Ilham Aliyev", "Heydar Aliyev"}
    assert "Ilham Heydar oglu" in _forms(doc, "Ilham Aliyev")
    assert "Heydar Alirza oglu Aliyev" in _forms(doc, "Heydar Aliyev")


def test_given_name_and_patronymic_match_by_given_name_not_by_a_list():
    # an invented pair: nothing about these people is known in advance
    doc = make_doc(
        "Ministers meet\n\n"
        "Belarusian Foreign Minister Maxim Ryzhenkov met Deputy Prime Minister Anna Petrova.\n\n"
        "The minister told Anna Sergeyevna that Maxim Vladimirovich would visit in spring.\n"
    )
    people = _people(doc)
    assert set(people) == {"Maxim Ryzhenkov", "Anna Petrova"}
    assert "Anna Sergeyevna" in _forms(doc, "Anna Petrova")
    assert "Maxim Vladimirovich" in _forms(doc, "Maxim Ryzhenkov")


def test_chinese_name_family_name_first():
    doc = make_doc(
        "China and Brazil talk trade\n\n"
        "Chinese Foreign Minister Wang Yi held talks with his Brazilian counterpart on Tuesday.\n\n"
        "Wang said the two countries would expand cooperation in agriculture.\n"
    )
    people = _people(doc)
    assert "Wang Yi" in people
    assert "Wang" in _forms(doc, "Wang Yi")
    assert (people["Wang Yi"].country, people["Wang Yi"].role) == ("CHN", "foreign minister")
    assert len(people) == 1


def test_indian_name_with_initial():
    doc = make_doc(
        "India and Japan review ties\n\n"
        "External Affairs Minister Subrahmanyam Jaishankar arrived in Tokyo on Sunday.\n\n"
        "S. Jaishankar met business leaders. Jaishankar will hold talks with officials on Monday.\n"
    )
    people = _people(doc)
    assert set(people) == {"Subrahmanyam Jaishankar"}
    assert {"S. Jaishankar", "Jaishankar"} <= _forms(doc, "Subrahmanyam Jaishankar")
    assert people["Subrahmanyam Jaishankar"].role == "foreign minister"


def test_turkish_names_with_and_without_diacritics():
    doc = make_doc(
        "Turkey hosts talks\n\n"
        "Turkish Foreign Minister Hakan Fidan and President Recep Tayyip Erdoğan received the delegation.\n\n"
        "Erdogan said the talks were useful. Fidan will travel to Moscow next week.\n"
    )
    people = _people(doc)
    assert set(people) == {"Hakan Fidan", "Recep Tayyip Erdoğan"}
    assert "Erdogan" in _forms(doc, "Recep Tayyip Erdoğan")
    assert "Fidan" in _forms(doc, "Hakan Fidan")
    assert people["Hakan Fidan"].country == "TUR"


def test_role_descriptions_point_to_present_people():
    doc = make_doc(
        "Foreign ministers meet\n\n"
        "Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart Jeyhun Bayramov in Moscow.\n\n"
        "The Russian top diplomat praised the talks. The President of the Russian Federation was not present.\n"
    )
    people = _people(doc)
    assert set(people) == {"Sergey Lavrov", "Jeyhun Bayramov"}
    assert "The Russian top diplomat" in _forms(doc, "Sergey Lavrov")
    # "his Azerbaijani counterpart": Azerbaijani, and the role of the person "his" points to
    assert (people["Jeyhun Bayramov"].country, people["Jeyhun Bayramov"].role) == ("AZE", "foreign minister")
    # the Russian president is not named here: the description points to nobody
    assert not any("President of the Russian" in f for a in people for f in _forms(doc, a))


def test_demonyms_outlets_and_countries_are_not_people():
    doc = make_doc(
        "Trade grows\n\n"
        "Azerbaijani and Russian officials met in Baku, Azertac reports. Azerbaijan and Russia "
        "signed a plan. The Azerbaijani side was led by Deputy Prime Minister Shahin Mustafayev.\n"
    )
    assert set(_people(doc)) == {"Shahin Mustafayev"}


def test_name_hidden_in_an_organisation_title():
    doc = make_doc(
        "Delegation arrives\n\n"
        "The delegation included Chief Executive Officer of Russian Railways JSC Oleg Belozerov "
        "and Minister of Health Mikhail Murashko.\n"
    )
    assert {"Oleg Belozerov", "Mikhail Murashko"} <= set(_people(doc))


def test_mentions_are_spans_of_the_body():
    doc = make_doc("Talks\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Paris on Friday.\n")
    for actor in doc.actors:
        for m in actor.mentions:
            assert doc.in_body(m)
            assert actor.name.split()[-1] in m.of(doc.text)
