"""The quotes stage on short articles: every shape of quotation, each with its speaker."""
from __future__ import annotations

from conftest import make_doc


def _in_body(doc, span):
    """Every character of `span` is body text (a quote over paragraphs spans the blank lines)."""
    body = doc.masked_body()
    return all(body[i] == doc.text[i] or doc.text[i].isspace() for i in range(span.start, span.end)) and any(
        b.overlaps(span) for b in doc.body_spans)


def _quotes(doc):
    for q in doc.quotes:
        # every quote is exact text of the body, never page furniture
        assert _in_body(doc, q.span), q
        assert q.span.of(doc.text).strip() == q.span.of(doc.text)
    return [(q.speaker, q.span.of(doc.text), q.kind) for q in doc.quotes]


def _speaker_of(doc, words):
    found = [s for s, t, _ in _quotes(doc) if words in t]
    assert found, f"no quote holds {words!r}"
    return found[0]


def test_marks_of_all_kinds_with_cues_after_and_before():
    doc = make_doc(
        "Ministers meet\n\n"
        "Chinese Foreign Minister Wang Yi met Indian External Affairs Minister Subrahmanyam Jaishankar.\n\n"
        "\u201cWe are partners, not rivals,\u201d Wang said.\n\n"
        "\"The border is calm,\" said Jaishankar.\n\n"
        "Jaishankar added: \u00abTrade must grow in a balanced way.\u00bb\n\n"
        "\u2018We will meet again soon,\u2019 the Chinese top diplomat noted.\n"
    )
    quotes = _quotes(doc)
    assert ("Wang Yi", "We are partners, not rivals,", "direct") in quotes
    assert ("Subrahmanyam Jaishankar", "The border is calm,", "direct") in quotes
    assert ("Subrahmanyam Jaishankar", "Trade must grow in a balanced way.", "direct") in quotes
    assert ("Wang Yi", "We will meet again soon,", "direct") in quotes


def test_a_straight_opening_mark_closed_by_a_curly_one():
    # real paragraphs (The Hill, eval 433): the page opens with straight marks and closes with
    # curly ones; each quotation ends at its own closing mark, not at the next paragraph's
    doc = make_doc(
        "Obama meets Castro\n\n"
        "\"Obviously, our intention has always been to get a ball rolling, knowing that change wasn't going "
        "to happen overnight,\u201d Obama said in an interview with ABC News that aired Monday.\n\n"
        "\"Change is going to happen, and I think that Castro understands that,\u201d he added.\n"
    )
    assert _quotes(doc) == [
        ("Barack Obama", "Obviously, our intention has always been to get a ball rolling, knowing that change "
         "wasn't going to happen overnight,", "direct"),
        ("Barack Obama", "Change is going to happen, and I think that Castro understands that,", "direct"),
    ]


def test_quote_broken_by_attribution_and_pronoun():
    doc = make_doc(
        "Talks in Ankara\n\n"
        "Turkish Foreign Minister Hakan Fidan received Russian Foreign Minister Sergey Lavrov.\n\n"
        "\u201cWe discussed the grain corridor,\u201d he noted. \u201cOur position has not changed.\u201d\n\n"
        "Lavrov said the talks were useful.\n\n"
        "\"We agreed to meet again,\" he added.\n"
    )
    # "he" with no speaker before: the subject of the lead sentence
    assert _speaker_of(doc, "grain corridor") == "Hakan Fidan"
    assert _speaker_of(doc, "Our position has not changed.") == "Hakan Fidan"
    # "he" after Lavrov spoke: Lavrov
    assert _speaker_of(doc, "We agreed to meet again") == "Sergey Lavrov"


def test_quote_over_several_paragraphs_after_an_introduction():
    doc = make_doc(
        "Erdogan speaks\n\n"
        "President Recep Tayyip Erdogan addressed the summit on Friday. Speaking about the region, Erdogan said:\n\n"
        "\"Peace in the Caucasus serves everyone. We support every step towards it.\n\n"
        "\"Our region has waited long enough for this day.\"\n\n"
        "The summit closes on Saturday.\n"
    )
    quotes = _quotes(doc)
    assert ("Recep Tayyip Erdogan", "Peace in the Caucasus serves everyone. We support every step towards it.",
            "direct") in quotes
    assert ("Recep Tayyip Erdogan", "Our region has waited long enough for this day.", "direct") in quotes
    assert not any("summit closes" in t for _, t, _ in quotes)


def test_a_release_line_of_quotes_attributable_to_a_speaker_names_the_speaker():
    # the Australian Prime Minister's joint media release, reposted (eval 761): "Quotes attributable
    # to Prime Minister Anthony Albanese:" over two paragraphs of quotation
    from conftest import ROOT
    doc = make_doc("Falepili Union enters into force\n\n" +
                   (ROOT / "eval" / "corpus" / "761_albanese-teo-falepili-entry-into-force-release-waterproofcoating.txt")
                   .read_text(encoding="utf-8"))
    albanese = [t for s, t, k in _quotes(doc) if s == "Anthony Albanese" and k == "direct"]
    assert any(t.startswith("Australia recognises the unique challenges facing Tuvalu") for t in albanese)
    assert any(t.startswith("I am honoured to announce the entry into force") for t in albanese)
    # invented negative: a line that ends in a colon and names no speaker gives none
    doc = make_doc("Treaty in force\n\nThe treaty entered into force on Wednesday.\n\nKey points of the treaty:\n\n"
                   "\"Mobility with dignity for the people of Tuvalu.\"\n")
    assert all(s is None for s, _, _ in _quotes(doc))


def test_a_line_naming_whose_speech_follows_names_the_speaker():
    # A News (anews.com.tr, eval 1654) over the quotation from the joint press conference with Raisi:
    # "Key points from President Recep Tayyip Erdoğan's speech are as follows:"
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "1654_erdogan-raisi-ankara-meeting-ten-agreements-anews.txt")
                   .read_text(encoding="utf-8"))
    assert any(s == "Recep Tayyip Erdoğan" and t.startswith("I once again condemn the heinous terrorist attack")
               for s, t, _ in _quotes(doc))
    # invented negatives: a possessive before another noun, or no possessive, names no one
    for line in ("Key points from President Erdogan's visit are as follows:", "Here are the highlights of the statement:"):
        doc = make_doc(f"Talks in Ankara\n\nThe two presidents met in Ankara on Wednesday.\n\n{line}\n\n"
                       "\"We agreed to cooperate against terrorism.\"\n")
        assert all(s is None for s, _, _ in _quotes(doc)), line


def test_a_quotation_after_a_caption_goes_on_from_the_sentence_before_the_caption():
    # Live News NZ (eval 715): "The premier revealed China would expand ..." / a photo caption /
    # "“China is ready to discuss with New Zealand, ...”"
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "715_luxon-li-qiang-visa-free-livenews.txt").read_text(encoding="utf-8"))
    quotes = _quotes(doc)
    assert any(s == "Li Qiang" and t.startswith("China is ready to discuss with New Zealand") for s, t, _ in quotes)
    # invented negative: two paragraphs of prose between the speech and the quotation break the tie
    doc = make_doc("Li in Wellington\n\nThe premier revealed China would expand its visa-free policy.\n\n"
                   "The policy applies to eleven European countries.\n\nIt allows short trips.\n\n"
                   "“China is ready to discuss with New Zealand.”\n")
    assert all(s is None for s, t, _ in _quotes(doc) if t.startswith("China is ready"))


def test_a_label_in_capitals_with_the_speaker_s_office_opens_a_turn():
    # Australian PM's press-conference transcript, distributed by Public (eval 764): "ANTHONY
    # ALBANESE, PRIME MINISTER OF AUSTRALIA: Good afternoon, ..."
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "764_albanese-marape-pukpuk-press-conference-transcript-pubt.txt")
                   .read_text(encoding="utf-8"))
    quotes = _quotes(doc)
    assert any(s == "Anthony Albanese" and t.startswith("Good afternoon, on what is a very historic day") for s, t, _ in quotes)
    # invented negative: a dateline in capitals with its state is no turn
    doc = make_doc("Talks in Baku\n\nBAKU, AZERBAIJAN: The two ministers met on Monday and discussed trade.\n")
    assert not [q for q in doc.quotes if q.kind == "direct"]


def test_a_dateline_glued_to_the_name_after_it_is_no_part_of_the_name():
    # AP via WSLS (eval 771): "WASHINGTONPresident Joe Biden hosted ..." (the page lost the dash)
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "771_biden-hosts-petro-oval-office-ap-wsls.txt").read_text(encoding="utf-8"))
    people = {a.name for a in doc.actors if a.type == "person"}
    assert "Joe Biden" in people and not any(n.startswith("WASHINGTON") for n in people)
    assert any(s == "Joe Biden" and t.startswith("Colombia is the key to the hemisphere") for s, t, _ in _quotes(doc))


def test_speech_transcript_runs_until_the_next_speaker():
    doc = make_doc(
        "Lavrov in Baku\n\n"
        "President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov.\n\n"
        "Speaking at the meeting, President Ilham Aliyev said:\n\n"
        "- Dear Sergey Viktorovich, welcome to Azerbaijan. I am glad to see you.\n\n"
        "We have a lot to discuss today.\n\n"
        "x x x\n\n"
        "Russian Foreign Minister Sergey Lavrov said:\n\n"
        "-Thank you, dear Ilham Heydar oglu. We value our alliance.\n\n"
        "President Ilham Aliyev: Thank you, Sergey Viktorovich. Please convey my greetings.\n"
    )
    quotes = _quotes(doc)
    aliyev = [t for s, t, _ in quotes if s == "Ilham Aliyev"]
    assert any(t.startswith("Dear Sergey Viktorovich, welcome") and t.endswith("to discuss today.") for t in aliyev)
    assert "Thank you, Sergey Viktorovich. Please convey my greetings." in aliyev
    assert ("Sergey Lavrov", "Thank you, dear Ilham Heydar oglu. We value our alliance.", "direct") in quotes
    assert not any("x x x" in t or "said:" in t for _, t, _ in quotes)


def test_transcript_without_colon_runs_to_the_end_of_the_body():
    doc = make_doc(
        "Aliyev meets Lavrov\n\n"
        "Azerbaijani President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov.\n\n"
        "Speaking at the meeting, President Ilham Aliyev\n\n"
        "\u2013 Dear Sergey Viktorovich, I am very pleased to see you.\n\n"
        "We will talk about the region today.\n\n"
        "Share news on social media\n"
    )
    quotes = _quotes(doc)
    assert [(s, t) for s, t, _ in quotes] == [
        ("Ilham Aliyev", "Dear Sergey Viktorovich, I am very pleased to see you.\n\nWe will talk about the region today.")]


def test_transcript_stops_at_narration():
    doc = make_doc(
        "Meeting held\n\n"
        "Kazakh Foreign Minister Murat Nurtleu received Uzbek Foreign Minister Bakhtiyor Saidov.\n\n"
        "Bakhtiyor Saidov said:\n\n"
        "- Thank you for the warm welcome. We value our partnership.\n\n"
        "Murat Nurtleu thanked the guest and wished the delegation success.\n"
    )
    quotes = _quotes(doc)
    assert ("Bakhtiyor Saidov", "Thank you for the warm welcome. We value our partnership.", "direct") in quotes
    assert not any("wished the delegation" in t for _, t, _ in quotes)


def test_indirect_speech_and_collective_sources():
    doc = make_doc(
        "Ministers to meet\n\n"
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Russian Foreign Minister Sergey Lavrov on Monday.\n\n"
        "Bayramov said that the negotiation process had reached a new level.\n\n"
        "On Tuesday, the ministers will \"exchange views on regional topics\", according to Azerbaijani media.\n"
    )
    quotes = _quotes(doc)
    assert ("Jeyhun Bayramov", "the negotiation process had reached a new level", "indirect") in quotes
    assert ("Azerbaijani media", "exchange views on regional topics", "direct") in quotes


def test_direct_quote_inside_reported_speech_and_role_description_speaker():
    doc = make_doc(
        "Lavrov and Bayramov meet\n\n"
        "Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart Jeyhun Bayramov.\n\n"
        "\"We are interested in unblocking transport ties,\" the Russian top diplomat added.\n\n"
        "Bayramov said that Baku is \"ready to sign a peace treaty\" this year.\n"
    )
    quotes = _quotes(doc)
    assert ("Sergey Lavrov", "We are interested in unblocking transport ties,", "direct") in quotes
    # the clause says more than it quotes ("Baku is … this year"): one indirect quote
    assert ("Jeyhun Bayramov", 'Baku is "ready to sign a peace treaty" this year', "indirect") in quotes
    # the words in marks are not reported a second time as a direct quote
    assert not any(k == "direct" and "peace treaty" in t for _, t, k in quotes)


def test_scare_quotes_and_apostrophes_are_not_quotations():
    doc = make_doc(
        "Talks\n\n"
        "Lavrov met Bayramov in Moscow. The sides discussed the so-called \"Zangezur corridor\" and "
        "Türkiye\u2019s role in the region\u2019s security.\n"
    )
    assert _quotes(doc) == []


def test_reported_speech_without_that_and_she_after_a_man():
    doc = make_doc(
        "Moscow comments\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke after Foreign Minister Sergey Lavrov.\n\n"
        "Lavrov said the talks with Baku had been constructive.\n\n"
        "\"We expect the treaty to be signed soon,\" she added.\n\n"
        "Lavrov said on Monday.\n"
    )
    quotes = _quotes(doc)
    assert ("Sergey Lavrov", "the talks with Baku had been constructive", "indirect") in quotes
    assert _speaker_of(doc, "We expect the treaty") == "Maria Zakharova"
    # an adjunct after the verb is not reported speech
    assert not any(t.startswith("on Monday") for _, t, _ in quotes)


def _quote(doc, words):
    found = [(s, t, k) for s, t, k in _quotes(doc) if words in t]
    assert found, f"no quote holds {words!r}"
    return found[0]


def test_reported_clause_with_a_quoted_fragment_is_one_indirect_quote():
    doc = make_doc(
        "Ministers meet in Rome\n\n"
        "Italian Foreign Minister Marco Bellini met his Greek counterpart Eleni Doukas in Rome.\n\n"
        "Bellini said the agreement on maritime borders, reached after years of talks, remains "
        "\"a model for the Mediterranean\".\n\n"
        "Doukas said Greece would support Italy \"at every step.\"\n\n"
        "He added that Italy is \"ready to do its part and more, whatever the cost, for peace and "
        "stability across the whole region and beyond it in the years ahead\".\n"
    )
    speaker, text, kind = _quote(doc, "a model for the Mediterranean")
    assert (speaker, kind) == ("Marco Bellini", "indirect")
    assert text.startswith("the agreement on maritime borders")
    speaker, text, kind = _quote(doc, "at every step")
    assert (speaker, kind) == ("Eleni Doukas", "indirect") and text.startswith("Greece would")
    # a clause that only frames a long quotation leaves it direct
    speaker, text, kind = _quote(doc, "ready to do its part")
    assert kind == "direct" and text.startswith("ready")


def test_statement_before_its_speech_tag():
    doc = make_doc(
        "Spokesperson briefs press\n\n"
        "Foreign Ministry spokesperson Lin Hua held a press briefing on Friday.\n\n"
        "During the talks, the two sides agreed to reopen consulates in both capitals, Lin told "
        "the briefing.\n\n"
        "Next year marks the 50th anniversary of diplomatic ties, the spokesperson noted, adding "
        "that both sides would hold events.\n\n"
        "The two countries will expand trade in grain and fertiliser, she said.\n"
    )
    speaker, text, kind = _quote(doc, "agreed to reopen consulates")
    assert (speaker, kind) == ("Lin Hua", "indirect")
    assert text.startswith("the two sides agreed")
    assert _quote(doc, "50th anniversary")[0] == "Lin Hua"
    assert _quote(doc, "both sides would hold events")[0] == "Lin Hua"
    assert _quote(doc, "grain and fertiliser")[0] == "Lin Hua"


def test_described_as_quotes_the_subject():
    doc = make_doc(
        "Talks hailed\n\n"
        "Foreign Minister Ana Ruiz on Monday described her talks with Canadian Foreign Minister "
        "Paul Grant in Ottawa last week as \"frank and very productive.\"\n"
    )
    assert _quote(doc, "frank and very productive")[0] == "Ana Ruiz"


def test_subject_before_an_insert_or_a_coordinated_verb():
    doc = make_doc(
        "Leaders talk\n\n"
        "Polish President Jan Nowak held talks with Czech Prime Minister Petr Dvorak.\n\n"
        "Nowak, also the chairman of the regional council of heads of state of Central Europe, "
        "said that the two countries would build a new railway.\n\n"
        "Dvorak, for his part, said that Prague supports the project.\n\n"
        "The Czech prime minister, in turn, said that funding would come from both budgets.\n\n"
        "Nowak thanked Dvorak for his support and said Warsaw expects work to start in spring.\n"
    )
    assert _quote(doc, "build a new railway")[0] == "Jan Nowak"
    assert _quote(doc, "Prague supports the project")[0] == "Petr Dvorak"
    assert _quote(doc, "funding would come")[0] == "Petr Dvorak"
    assert _quote(doc, "Warsaw expects work")[0] == "Jan Nowak"


def test_according_to_him_and_a_statement_that_quotes_him():
    doc = make_doc(
        "Ministers meet\n\n"
        "Japanese Foreign Minister Kenji Sato met Indonesian Foreign Minister Dewi Lestari.\n\n"
        "\"Our partnership is growing,\" Sato said.\n\n"
        "According to him, trade between the two countries doubled over the past decade.\n\n"
        "Lestari said the region should be \"open and inclusive\", according to a statement issued "
        "by her ministry, which also quoted her as saying that \"no country should dominate the seas.\"\n"
    )
    assert _quote(doc, "trade between the two countries doubled") == (
        "Kenji Sato", "trade between the two countries doubled over the past decade", "indirect")
    speaker, text, kind = _quote(doc, "open and inclusive")
    assert (speaker, kind) == ("Dewi Lestari", "indirect") and "according" not in text
    assert _quote(doc, "no country should dominate")[0] == "Dewi Lestari"


def test_words_a_sign_or_a_monument_reads_are_nobody_s_statement():
    # Xinhua, 20 April 2015 (eval 308), and an invented example; then "revealed" (a cue verb)
    # with its clause: the minister's words
    doc = make_doc(
        "Islamabad welcomes Xi\n\n"
        "\"Pakistan-China friendship is higher than mountains and deeper than oceans,\" read signboards in "
        "both Chinese and English along the streets of Islamabad.\n\n"
        "Foreign Minister Ramtane Lamamra unveiled a monument bearing the words \"eternal friendship between "
        "the Algerian and Tunisian peoples\" in the border town.\n\n"
        "Foreign Minister Ramtane Lamamra revealed that the two countries \"will exchange ambassadors again "
        "within the coming weeks\" after the talks.\n"
    )
    assert _speaker_of(doc, "higher than mountains") is None
    assert _speaker_of(doc, "eternal friendship") is None
    assert _speaker_of(doc, "exchange ambassadors again") == "Ramtane Lamamra"


def test_judged_as_quotes_the_subject_of_the_judging_verb():
    # Vanguard, 27 July 2023 (eval 402); Black Star News, 25 July 2015 (eval 424, with an invented
    # first sentence naming the speaker)
    doc = make_doc("Niger\n\nThe coup in Niger has led the African Union Commission Chair, Moussa Faki to describe "
                   "their actions as “tantamount to an attempted coup d’etat”.\n")
    assert _quote(doc, "tantamount to an attempted coup")[0] == "Moussa Faki Mahamat"  # the listed name
    doc = make_doc("Nairobi\n\nPresident Uhuru Kenyatta welcomed Obama to State House.\n\n"
                   "He decried terrorism as “a global threat that knows no boundaries.”\n")
    assert _quote(doc, "a global threat")[0] == "Uhuru Kenyatta"
    # invented example: "seen as" names no judge, so the words are nobody's by that verb
    doc = make_doc("Nairobi\n\nThe new border rules were seen as “a global threat” in the region.\n")
    assert all(q[0] is None for q in _quotes(doc))


def test_a_statement_naming_a_war_in_capitals_is_still_a_quotation():
    # AP via Kitchener Daily News (eval 811): "“You’re gambling with World War III,” Trump told
    # Zelenskyy." is speech, although most of its words after the first are capitalised
    doc = make_doc("Oval Office clash\n\nUS President Donald Trump met Ukrainian President Volodymyr Zelenskyy "
                   "on Friday.\n\n\u201cYou\u2019re gambling with World War III,\u201d Trump told Zelenskyy. "
                   "\u201cAnd what you\u2019re doing is very disrespectful to this country.\u201d\n")
    quotes = _quotes(doc)
    assert any(s == "Donald Trump" and t.startswith("You\u2019re gambling with World War III") for s, t, _ in quotes)
    # invented negative: a name in marks, every word after the first capitalised, is no speech
    doc = make_doc("Forum\n\nThe minister attended the \u201cGlobal Summit on Food Security\u201d on Friday.\n")
    assert not [q for q in doc.quotes if q.kind == "direct"]


def test_a_participle_used_as_an_adjective_is_no_verb_of_speech_before_a_quotation():
    # Escambray via Small Cap News (eval 814): "Lula warned of continued prejudice against Maduro.
    # “The prejudice ...”": the speech is Lula's ("warned"), not cut off by the adjective "continued"
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "814_lula-maduro-planalto-historic-moment-escambray-smallcapnews.txt")
                   .read_text(encoding="utf-8"))
    assert any(s and "Lula" in s and t.startswith("The prejudice against Venezuela is too great")
               for s, t, _ in _quotes(doc))
    # invented negative: a sentence whose only verb of speech is such an adjective names no speaker
    doc = make_doc("Talks\n\nThe talks ended on Monday amid continued disagreement over the border.\n\n"
                   "\u201cWe need more time.\u201d\n")
    assert all(s is None for s, t, _ in _quotes(doc) if t.startswith("We need more time"))


def test_an_honorific_s_dot_ends_no_transcript_label():
    # CBS Minnesota (eval 821): "Mr. Biden also shook hands Saudi King Salman ... Mr. Biden met with
    # the king ...": narration, not a turn labelled "Mr." (the American Presidency Project's
    # "The President. ..." labels end on a name or an office, never on an abbreviation)
    from conftest import ROOT
    doc = make_doc((ROOT / "eval" / "corpus" / "821_biden-mbs-fist-bump-jeddah-cbsminnesota.txt").read_text(encoding="utf-8"))
    assert not [t for s, t, _ in _quotes(doc) if t.startswith("Biden also shook hands")]
    # Ministry of External Affairs of India (eval 325): "Prime Minister Dr. Manmohan Singh:Your
    # Excellency ...": a label with an honorific's dot and no space after its colon still opens a turn
    doc = make_doc((ROOT / "eval" / "corpus" / "325_singh-abe-media-statements-mea.txt").read_text(encoding="utf-8"))
    assert any(s == "Manmohan Singh" and t.startswith("Your Excellency Prime Minister Abe") for s, t, _ in _quotes(doc))
    # invented negative: a paragraph opening with "Dr." and a name is no one's speech
    doc = make_doc("Visit\n\nDr. Tedros visited the hospital on Monday. He met the staff.\n")
    assert not [q for q in doc.quotes if q.kind == "direct"]
