"""Speech transcripts: who speaks, then the speaker's paragraphs.

    Speaking at the meeting, President Ilham Aliyev said:      (an introduction, or without
    - Dear Sergey Viktorovich, ...                              "said:"; a dash opens the speech)
    We can talk a lot about our relations. ...                 (and it runs on)
    x x x                                                      (until a separator,
    Russian Foreign Minister Sergey Lavrov said:                the next speaker,
    President of Russia Vladimir Putin: Thank you, ...          a labelled turn,
    PRESIDENT BIDEN: Well, thank you all.                       a label in capitals,
    Q:  Mr. President, ...                                      a question from the floor,
                                                                narration, or the body's end)

A statement published whole (`President Macron's statement to the press ...`, then the
speech: `Mr Prime Minister, dear friend, ...`) is one turn of the person whose statement it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Span
from ..people.lexicon import fold
from ..people.lexicon import lexicon as people_lexicon
from ..people.officeholders import listed_name
from .attribution import Cue, cue_before
from .lexicon import QuoteLexicon
from .speakers import Speakers

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _inline() -> re.Pattern[str]:
    """`Lavrov: Russia welcomes ...`, `Prime Minister Dr. Manmohan Singh:Your Excellency ...`: a
    name (an honorific's abbreviation may keep its dot), a colon, the words."""
    honorifics = "|".join(sorted((re.escape(h) for h in people_lexicon().honorifics), key=len, reverse=True))
    return re.compile(rf"(?P<who>(?:\b(?i:{honorifics})\.|[^:.!?\"“”«»\n]){{2,80}}):"
                      r"(?:[ \t\u00a0]+|(?=[A-Z“\"]))(?P<speech>\S.*)", re.DOTALL)


# a label in capitals: "PRESIDENT BIDEN:", "MS. PSAKI:", "Q:", "Q    Thank you" (a question)
# ("ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA:": the name, then the office in capitals)
_CAPS_LABEL = re.compile(r"(?P<who>(?:[A-Z][A-Z.’'\-]*[ \t]+){0,3}[A-Z][A-Z’'\-]*\.?)"
                         r"(?:,[ \t]+(?P<role>[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,7}))?[ \t]*:[ \t\u00a0]*(?P<speech>\S.*)",
                         re.DOTALL)
# the American Presidency Project's labels: "Prime Minister Trudeau. What a …", "The President. …"
_DOTTED_LABEL = re.compile(r"(?P<who>(?:The\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}[A-Z][\w’'\-]+)\.\s+(?P<speech>[A-Z“\"].*)",
                           re.DOTALL)
_QUESTION = re.compile(r"(?:Q|QUESTION|Question)(?:[ \t]*:[ \t]*|[ \t]{2,}|\.[ \t]+|[ \t](?=[A-Z“\"]))(?P<speech>\S.*)",
                       re.DOTALL)
# an answer in a transcript of questions and answers: "A: We note relevant reports."
_ANSWER = re.compile(r"(?:A|ANSWER|Answer)(?:[ \t]*:[ \t]*|\.[ \t]+|[ \t]{2,})(?P<speech>\S.*)", re.DOTALL)
# who gives a briefing, in its heading: "Foreign Ministry Spokesperson Hong Lei's Regular Press
# Conference on June 28, 2016", "Press Briefing by Press Secretary Jen Psaki"
_NAME_WORDS = r"(?:[A-Z][\w’'.-]*[ \t]+){0,5}[A-Z][\w’'-]+"
_TERMINAL = re.compile(r"[.!?…:;,][\s\"”»’)]*$")
_MARKS = re.compile(r"[\"“”«»„]")
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]?\s+[A-Z“\"]")
_MAX_HEADLINE_WORDS = 14
# a published statement: "X's statement to the press", "Remarks by X", "Speech of X at ..."
_SPEECH_NOUNS = re.compile(r"\b(?:statement|remarks|speech|address|toast|message|opening\s+remarks|"
                           r"closing\s+remarks|press\s+statement|keynote)\b", re.IGNORECASE)
_BY_OWNER = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?")
# on a line of its own, also "Statement from Prime Minister Tony Abbott." (Australian Politics,
# eval 1187); in a paragraph, "a statement from the President's Office" is a source, not a heading
_FROM_OWNER = re.compile(r"\s+from\s+(?:the\s+)?")
# a statement line whose owner is a title alone ("Prime Minister’s statement", GOV.UK via The
# London Post, eval 1685): the holder of that title the article named before
_TITLE_OWNER = re.compile(r"\s*(?:the\s+)?(?P<title>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})['’]s[ \t]+(?:\w+[ \t]+){0,2}?"
                          + _SPEECH_NOUNS.pattern, re.IGNORECASE)
# how speeches open: a form of address or a greeting
_VOCATIVE = re.compile(r"\s*(?:[-–—]\s*)?(?:mr\.?|mrs\.?|ms\.?|madam|madame|dear|ladies|excellenc|your\s+(?:majesty|"
                       r"excellency|highness)|distinguished|colleagues|friends|good\s+(?:morning|afternoon|"
                       r"evening)|thank\s+you|president\b|prime\s+minister\b|honou?rable)", re.IGNORECASE)
# at most this many short lines (a place and date) between a statement's heading and its words
_MAX_LINES_BEFORE_SPEECH = 2


@dataclass(frozen=True)
class Turn:
    cue: Cue
    speaker: str | None
    parts: list[Span]
    # a question from the floor: it ends the turn before it and is nobody's quotation
    question: bool = False


@dataclass
class Transcripts:
    text: str
    paragraphs: list[Span]
    speakers: Speakers
    lex: QuoteLexicon
    # the article's headline, which names who answers in a briefing of questions and answers
    heading: str | None = None

    def _owner_in_heading(self, nouns: str, min_words: int) -> tuple[str, Span | None] | None:
        """The person a heading line names as the owner of a briefing or a statement ("Foreign
        Ministry Spokesperson Hong Lei's Regular Press Conference", "President Macron's statement
        to the press", "Press Briefing by Press Secretary Jen Psaki"): the headline and the lines
        between it and the body, then the body's first two paragraphs."""
        owner = re.compile(rf"(?P<who>{_NAME_WORDS})['’]s[ \t]+(?:\w+[ \t]+){{0,2}}?(?:{nouns})\b")
        by = re.compile(rf"\b(?:{nouns})[ \t]+(?:by|with|of)[ \t]+(?P<who>{_NAME_WORDS})")
        lines = [(self.heading or "", None)] + [(self._para(i), self.paragraphs[i]) for i in range(min(2, len(self.paragraphs)))]
        for line, span in lines:
            for pattern in (owner, by):
                m = pattern.search(line)
                if m is None:
                    continue
                words = m.group("who").split()
                while words and people_lexicon().is_title(fold(words[0])):
                    words = words[1:]  # "Foreign Ministry Spokesperson Hong Lei": the name
                if len(words) >= min_words:
                    # a person of the article, else the one the list of office-holders names so
                    # ("President Macron's statement": Emmanuel Macron)
                    name = self.speakers.by_family.get(fold(words[-1])) or listed_name(" ".join(words)) \
                        or " ".join(words)
                    return name, (Span(span.start + m.start("who"), span.start + m.end("who")) if span else None)
        return None

    def _briefer(self) -> str | None:
        """Who answers the questions of a transcript whose answers are labelled "A:"."""
        found = self._owner_in_heading(self.lex.briefings, 2)
        return found[0] if found else None

    def _heading_statement(self) -> Turn | None:
        """A statement published whole whose heading stands above the body ("President Macron’s
        statement to the press during …", then "Mr Prime Minister, dear friend, …")."""
        if not self.paragraphs or not self.heading or not _VOCATIVE.match(self._para(0)):
            return None
        found = self._owner_in_heading(_SPEECH_NOUNS.pattern, 1)
        if found is None or found[1] is not None:
            return None  # a heading in the body is `statement`'s
        parts, _ = self._run(0, narrated=False)
        return Turn(Cue(Span(self.paragraphs[0].start, self.paragraphs[0].start)), found[0], parts)

    def _para(self, i: int) -> str:
        return self.paragraphs[i].of(self.text)

    def _dashed(self, i: int) -> bool:
        return self._para(i).lstrip().startswith(self.lex.dashes)

    def _speech_start(self, i: int) -> int:
        """Where the words start, past a leading dash and white space."""
        span = self.paragraphs[i]
        pos = span.start
        while pos < span.end and (self.text[pos].isspace() or self.text[pos] in self.lex.dashes):
            pos += 1
        return pos

    def _who(self, span: Span) -> Cue | None:
        """The speaker named in an introduction: the subject of its cue, or its last person."""
        cue = cue_before(self.text, span.start, span.end, self.lex)
        if cue is not None and self.speakers.person_in(cue.subject):
            return cue
        mentions = [n.span for n in self.speakers.people.within(span)]
        if mentions:
            return Cue(max(mentions, key=lambda m: m.end))
        return cue

    def _caps_speaker(self, who: str, position: int, role: str | None = None) -> str | None:
        """`PRESIDENT BIDEN` -> the article's Biden, or `Biden`; `THE PRESIDENT` -> by role.
        A label in capitals names a speaker only with a title or a known family name: `BAKU:`
        or `NEW DELHI:` opens a dateline, not a turn."""
        lex = people_lexicon()
        words = [w.strip(".") for w in who.split()]
        if len(words) > 1 and fold(words[-1]) in self.lex.anonymous_heads and not self.speakers.by_family.get(fold(words[-2])):
            # "SENIOR ADMINISTRATION OFFICIAL:" in a background briefing: an anonymous source
            return " ".join(w.lower() for w in words)
        titled = any(lex.is_title(fold(w)) for w in words + (role or "").split())
        names = [w for w in words if w and not lex.is_title(fold(w)) and fold(w) not in ("the", "of")]
        if not names:
            return self.speakers.role_holder(who.lower(), position) if titled else None
        known = self.speakers.by_family.get(fold(names[-1]))
        if known:
            return known
        return " ".join(w.capitalize() for w in names) if titled else None

    def _label(self, i: int) -> tuple[Turn, Span] | None:
        """`President Ilham Aliyev: Thank you very much, ...`, `MS. PSAKI: Hi everyone.`, `Q: ...`."""
        span = self.paragraphs[i]
        question = _QUESTION.match(self.text, span.start, span.end)
        if question:
            who = Span(span.start, question.start("speech"))
            return Turn(Cue(who), None, [], question=True), Span(question.start("speech"), span.end)
        answer = _ANSWER.match(self.text, span.start, span.end)
        if answer and self._briefer() is not None:
            who = Span(span.start, answer.start("speech"))
            return Turn(Cue(who), self._briefer(), []), Span(answer.start("speech"), span.end)
        caps = _CAPS_LABEL.match(self.text, span.start, span.end)
        if caps and len(caps.group("who").replace(".", "").strip()) > 1:
            who = Span(caps.start("who"), caps.end("who"))
            speaker = self.speakers.person_in(who) or self._caps_speaker(caps.group("who"), span.start, caps.group("role"))
            if speaker:
                return Turn(Cue(who), speaker, []), Span(caps.start("speech"), span.end)
        dotted = _DOTTED_LABEL.match(self.text, span.start, span.end)
        if dotted:
            who = Span(dotted.start("who"), dotted.end("who"))
            words = dotted.group("who").split()
            titled = any(people_lexicon().is_title(fold(w)) for w in words)
            # "Mr. Biden greeted ...": the dot of an honorific's abbreviation ends no label
            abbreviated = fold(words[-1]) in people_lexicon().honorifics
            speaker = None if abbreviated else (
                self.speakers.person_in(who) or self._caps_speaker(dotted.group("who"), span.start))
            if speaker and titled and len(words) <= 5:
                return Turn(Cue(who), speaker, []), Span(dotted.start("speech"), span.end)
        m = _inline().match(self.text, span.start, span.end)
        if not m:
            return None
        who = Span(m.start("who"), m.end("who"))
        speaker = self.speakers.person_in(who)
        # a person, a colon, and sentences: a turn, also where the excerpt stops mid-sentence
        # ("… once again. It is always a"); a headline ("Lavrov: Russia welcomes all efforts")
        # has no end of sentence at all
        if not speaker or self.lex.verb.search(m.group("who")) or (
                not _TERMINAL.search(m.group("speech")) and not _SENTENCE_END.search(m.group("speech"))):
            return None
        return Turn(Cue(who), speaker, []), Span(m.start("speech"), span.end)

    def intro(self, i: int) -> Cue | None:
        """The cue where paragraph i introduces a speaker whose words follow it."""
        text = self._para(i).strip()
        nxt = i + 1 < len(self.paragraphs)
        if text.endswith(":"):
            if nxt and _MARKS.match(self._para(i + 1).lstrip()):
                return None  # quotation marks follow: `marks.py` and its cues take them
            if not self._introduces_speech(i):
                return None  # "… met with:" and a list of names
            cue = self._who(self.paragraphs[i])
            return cue if cue is not None and self.speakers.person_in(cue.subject) else None
        if nxt and self._dashed(i + 1) and not _TERMINAL.search(text) and not self._dashed(i):
            if not self._introduces_speech(i):
                return None
            cue = self._who(self.paragraphs[i])
            return cue if cue is not None and self.speakers.person_in(cue.subject) else None
        return None

    def _introduces_speech(self, i: int) -> bool:
        """An introduction has a verb of speech ("said:") or speech follows it."""
        return bool(self.lex.verb.search(self._para(i)) or (i + 1 < len(self.paragraphs) and self._speechlike(i + 1)))

    def _speechlike(self, i: int, least: int = 2) -> bool:
        """Words of a speech: a form of address, or `least` first- and second-person words."""
        text = self._para(i)
        if _MARKS.search(text):
            return False  # words in marks are someone's quoted by a narrator
        words = {w.lower() for w in _WORDS.findall(text)}
        return bool(_VOCATIVE.match(text)) or len(words & self.lex.speech_words) >= least

    def statement(self, i: int) -> tuple[Cue, int, str | None] | None:
        """`President Macron's statement to the press during ...`, `Statement from Prime Minister
        Tony Abbott.`, `Prime Minister’s statement`: the person whose statement the paragraphs
        after it are (a cue, and the name where a title alone tells it), and the first of those
        paragraphs, which speaks in the first person."""
        text = self._para(i)
        noun = _SPEECH_NOUNS.search(text)
        if noun is None or _MARKS.search(text) or text.rstrip().endswith(":"):
            return None
        words = {w.lower() for w in _WORDS.findall(text)}
        if words & self.lex.speech_words:
            return None
        span = self.paragraphs[i]
        # the person the statement belongs to: "X's statement", "Statement by X", else the first
        people = self.speakers.people.within(span)
        # a line of its own ("Statement from Prime Minister Tony Abbott.") may stand over words
        # with one first-person word; a longer paragraph that mentions a statement needs two
        own_line = len(text.split()) <= _MAX_HEADLINE_WORDS
        least = 1 if own_line else 2
        if not people:
            titled = _TITLE_OWNER.match(text) if own_line and self._headline(i) else None
            holder = self.speakers.role_holder(titled.group("title"), span.start) if titled else None
            if holder is None:
                return None
            first = self._speech_after(i, least)
            return (Cue(Span(span.start, span.start)), first, holder) if first is not None else None
        # "President Macron's statement", "Statement by the French President …": the speech
        # noun belongs to the person; "a message from President Yoon" is no published speech
        owner = next((n for n in people if self.text[n.span.end : n.span.end + 2] in ("'s", "’s")
                      and n.span.end <= span.start + noun.start() <= n.span.end + 3), None)
        by = _BY_OWNER.match(self.text, span.start + noun.end(), span.end) or \
            (_FROM_OWNER.match(self.text, span.start + noun.end(), span.end) if own_line else None)
        if owner is None and by is not None:
            owner = next((n for n in people if n.span.start >= by.end()), None)
        if owner is None:
            return None
        first = self._speech_after(i, least)
        return (Cue(owner.span), first, None) if first is not None else None

    def _speech_after(self, i: int, least: int) -> int | None:
        """The paragraph of speech under a statement's heading at `i`, past at most
        _MAX_LINES_BEFORE_SPEECH short lines (a place and date), or None."""
        for j in range(i + 1, min(len(self.paragraphs), i + 2 + _MAX_LINES_BEFORE_SPEECH)):
            if self._speechlike(j, least):
                return j
            if not self._headline(j):
                return None
        return None

    def _headline(self, i: int) -> bool:
        """A short line without an end of sentence (a heading, a place and date), not words
        of speech cut short where the excerpt stops ("… a region that I know wel")."""
        text = self._para(i).strip()
        if _TERMINAL.search(text) or len(text.split()) > _MAX_HEADLINE_WORDS:
            return False
        return not ({w.lower() for w in _WORDS.findall(text)} & self.lex.speech_words)

    def _narration(self, i: int) -> bool:
        text = self._para(i)
        outside = _MARKS.split(text)[::2]
        words = {w.lower() for part in outside for w in _WORDS.findall(part)}
        if words & self.lex.speech_words:
            return False
        head = text.strip().lower()
        if head.startswith(self.lex.narrative_openers):
            return True
        span = self.paragraphs[i]
        opening = Span(span.start, min(span.end, span.start + 60))
        first = self.speakers.first_person_in(opening)
        starts_with_actor = first is not None and first.span.start - span.start <= 3
        return starts_with_actor or bool(self.lex.verb.search(text) and _MARKS.search(text))

    def _turn_mark(self, i: int) -> bool:
        """A line that ends a turn whatever follows: a separator, another speaker's introduction or
        label, or an editor's line in capitals ("NOTE: The President spoke at …")."""
        text = self._para(i).strip()
        return bool(self.lex.separator.match(text) or self.intro(i) or self._label(i) or _CAPS_LABEL.match(text))

    def _ends_turn(self, i: int, narrated: bool = True) -> bool:
        if self._turn_mark(i):
            return True
        if self._dashed(i):
            return False
        return self._headline(i) or (narrated and self._narration(i))

    def _run(self, first: int, narrated: bool = True) -> tuple[list[Span], int]:
        """The speech paragraphs from `first` on, and the index after the last of them; a
        statement published whole (`narrated` False) has no narrator to end it."""
        parts = []
        j = first
        while j < len(self.paragraphs):
            if j != first and not narrated and self._crosshead(j):
                j += 1  # ("Bilateral relationship", then "First, on our bilateral relationship.")
                continue
            if j != first and self._ends_turn(j, narrated):
                break
            start = self._speech_start(j)
            if start < self.paragraphs[j].end:
                parts.append(Span(start, self.paragraphs[j].end))
            j += 1
        return parts, j

    def _crosshead(self, i: int) -> bool:
        """A heading inside a statement published whole, the same voice going on under it
        ("Bilateral relationship" over "First, on our bilateral relationship.", GOV.UK via The
        London Post, eval 1685); not another statement's heading, nor a separator or a label."""
        if i + 1 >= len(self.paragraphs) or not self._headline(i) or _SPEECH_NOUNS.search(self._para(i)):
            return False
        return not self._turn_mark(i) and self._speechlike(i + 1, least=1) and not self._headline(i + 1)

    def turns(self) -> list[Turn]:
        found: list[Turn] = []
        i = 0
        whole = self._heading_statement()
        if whole is not None:
            found.append(whole)
            i = len(self.paragraphs)
        while i < len(self.paragraphs):
            label = self._label(i)
            if label:
                turn, first = label
                rest, nxt = self._run(i + 1) if i + 1 < len(self.paragraphs) and not self._ends_turn(i + 1) else ([], i + 1)
                found.append(Turn(turn.cue, turn.speaker, [first, *rest], turn.question))
                i = nxt
                continue
            cue = self.intro(i)
            if cue is not None and i + 1 < len(self.paragraphs) and not self._ends_turn(i + 1):
                parts, i = self._run(i + 1)
                found.append(Turn(cue, self.speakers.person_in(cue.subject), parts))
                continue
            statement = self.statement(i)
            if statement is not None:
                cue, first, holder = statement
                parts, i = self._run(first, narrated=False)
                found.append(Turn(cue, holder or self.speakers.person_in(cue.subject), parts))
                continue
            i += 1
        return found
