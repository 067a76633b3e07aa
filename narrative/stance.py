"""Stance of each statement toward configurable targets, from the statement's own text.

For each target of ``lexicons/stance.yaml`` (or ``targets:`` in a user lexicon)
the evidence is, in order of strength: the statement's frames (signed
weights; a frame that accuses someone, listed in ``sided_frames``, counts against the side the
statement names), signed cue words and phrases (a negator right before cancels a
cue), whom an accusation accuses ("accused Washington of ...": the opponents,
+1; the target, -1), and, only where none gave evidence, the TextBlob polarity of the
clauses that name the target (+) or its opponents (−), weighted by the target's ``tone`` (0.5
unless set; the shipped target sets 0: sentiment is not stance). The sum is squashed
into [-1, 1] with tanh; no evidence gives 0.

The speaker enters in two bounded ways, each shown in the evidence, for targets with a
``speakers:`` section (:class:`SpeakerSides`): the side a speaker is on, when how they are named
says it ("Iran's ambassador", "the Israeli military"; commenters never have one), orients the frames a
speaker voices for their own side (a truce the other side broke, our strength, our martyrs), and
leans a statement that voices a position (a first person, a modal, a negation, their own quoted
words, a cue such as "vowed" or "denied") but holds no other evidence, weakly, toward that side
("speaker +side"). A factual report ("four soldiers were killed", "according to") gets no lean.
Aggregates per speaker of statements with text evidence still measure, not restate the side.

Columns added: ``stance`` (first target), ``stance_<target>`` for every target,
``stance_evidence`` (short, human-readable).
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from . import tone
from .lexicons import load_yaml
from .speakers import ABBREVIATIONS

#: Bump when the frame-independent evidence is computed differently: kept evidence is then recomputed.
STANCE_REVISION = 8
# "accused Washington of giving ...", "blamed the rebels for ...": the accused come first in the content.
ACCUSATION_CUE = re.compile(r"^(?:accus|blam)", re.IGNORECASE)
ACCUSED = re.compile(r"^\W*([^;:]{1,80}?)\s+(?:of|for)\s", re.DOTALL)
NEGATOR = re.compile(r"\b(?:not|no|never|n't|without|hardly)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
CLAUSE = re.compile(r"[^.;:!?\n]+")
# The (at most three) words that modify an event word: its owner ("the Israeli aggression").
NEAR = re.compile(r"(?:[\w’'\-]+\s+){0,2}[\w’'\-]+\s*$")
# ... and the words after it that name whom it befalls ("aggression against the Islamic Republic",
# "against us"): the event is the other side's.
VICTIM = re.compile(r"\s+(?:against|on|upon|over|targeting)\s+(?:(us|our|me|my)\b|(?:[\w’'\-]+\s+){0,2}[\w’'\-]+)",
                    re.IGNORECASE)
TONE_WORD = re.compile(r"[a-z][a-z'\-]*")


WORD = re.compile(r"[\w\-]+")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "us" in lower case: the pronoun, not the country (terms are matched ignoring case).
FIRST_PERSON_US = re.compile(r"\bus\b")
# A short quotation inside a statement (at most five words): "“victory”", "\"advisers\"", and in single
# quotes "‘shrine defender’", "'advisers'" (a straight one opens after a space and closes before one:
# not an apostrophe).
SCARE_QUOTE = re.compile(r"[“\"]\s*((?:[^“”\"\s]+\s+){0,4}[^“”\"\s]+)\s*[”\"]"
                         r"|‘((?:[^‘’\s]+\s+){0,4}[^‘’\s]+)’"
                         r"|(?<![\w'])'((?:[^'\s]+\s+){0,4}[^'\s]+)'(?!\w)")


class Words(frozenset):
    """The lower-cased ``WORD`` tokens of a text, as a set."""

    def __new__(cls, text: str):
        return super().__new__(cls, WORD.findall(text.lower()))


class Terms:
    """Words and phrases (``*`` is a glob) matched case-insensitively as whole words.

    A match can only start at a word whose text equals the first word of a term (or starts with
    the literal part of a glob), so ``finditer(text, words)`` skips the regex when the set of the
    text's words rules every term out: most statements name none of them.

    >>> t = Terms(["terror*", "in disarray"])
    >>> [m.group(0) for m in t.finditer("Terrorists were in  disarray.")]
    ['Terrorists', 'in  disarray']
    """

    MAX_VOCABULARY = 200_000  # words remembered as tested against the glob prefixes
    MAX_NARROWED = 2_000  # regexes kept for sets of terms a text can hold

    def __init__(self, terms):
        terms = sorted({t.lower() for t in terms if t}, key=len, reverse=True)
        parts = [re.escape(t).replace(r"\*", r"[\w\-’']*").replace(r"\ ", r"\s+") for t in terms]
        self.regex = _terms_regex(parts)
        # Each term needs one of its words in the text: its longest whole word (rarer than "in" or
        # "the"), else the literal start of its longest glob. A term with neither is always tried.
        first, prefixes, self.always = set(), set(), False
        self._parts, self._by_word, self._by_prefix, self._narrowed = parts, {}, {}, {}
        for i, t in enumerate(terms):
            whole, partial = [], []
            for m in WORD.finditer(t):
                glob = t[m.end():m.end() + 1] == "*"
                if t[m.start() - 1:m.start()] == "*":
                    continue  # the text's word only ends like this
                (partial if glob else whole).append(m.group(0))
            if whole:
                first.add(max(whole, key=len))
                self._by_word.setdefault(max(whole, key=len), []).append(i)
            elif partial:
                prefixes.add(max(partial, key=len))
                self._by_prefix.setdefault(max(partial, key=len), []).append(i)
            else:
                self.always = True
        # The case folding of the regex equates "ı", "ſ" and "İ" with ASCII letters, ``str.lower`` does
        # not: the text's words tell which terms it can hold only for ASCII terms (see ``_regex``).
        self._narrowable = not self.always and all(t.isascii() for t in terms)
        self._set_keys(first, prefixes)

    def _set_keys(self, first, prefixes):
        self.first, self.prefix_words = first, prefixes
        self.prefixes = re.compile("|".join(map(re.escape, sorted(prefixes)))) if prefixes else None
        # Words that let a term match: ``first`` and the words met so far that start with a glob's
        # prefix. Each new word is tested against the prefixes once, so a text is ruled out by
        # set operations in C.
        self._keys, self._seen = set(first), set()

    @classmethod
    def gate(cls, terms) -> "Terms":
        """A test of whether any of several ``terms`` can match: ``gate(ts).possible(words)``
        is ``any(t.possible(words) for t in ts)`` in one step (its regex is never used).

        >>> g = Terms.gate([Terms(["red line"]), Terms(["atrocit*"])])
        >>> g.possible(Words("Atrocities were seen")), g.possible(Words("A red flag"))
        (True, False)
        """
        g = cls.__new__(cls)
        terms = [t for t in terms if t is not None]
        g.regex, g._narrowable = None, False
        g.always = any(t.always for t in terms)
        g._set_keys(set().union(*(t.first for t in terms)), set().union(*(t.prefix_words for t in terms)))
        return g

    def possible(self, words: "Words") -> bool:
        """False when no term can match the text whose ``words`` are given."""
        if self.always:
            return True
        self._learn(words)
        return not self._keys.isdisjoint(words)

    def held(self, words: "Words") -> set:
        """The ``words`` a term can start with (of a gate: any of its terms), empty when none can
        match (for terms that are not ``always`` tried). A term of the gate finds in a text with
        the held words what it finds with all the text's ``words``: every word it can start with is
        held, and the rest rule nothing in or out. A handful of words, so each term's test is cheap.

        >>> g = Terms.gate([Terms(["red line"]), Terms(["atrocit*"])])
        >>> sorted(g.held(Words("Atrocities crossed a red line"))), g.held(Words("A red flag"))
        (['atrocities', 'line'], set())
        """
        self._learn(words)
        return self._keys.intersection(words)

    def _learn(self, words):
        """Test the ``words`` not seen yet against the glob prefixes (each word once)."""
        if self.prefixes is not None and not self._seen.issuperset(words):
            if len(self._seen) > self.MAX_VOCABULARY:  # a vocabulary this large is mostly one-off words
                self._seen, self._keys = set(), set(self.first)
            new = words - self._seen
            self._seen |= new
            self._keys.update(filter(self.prefixes.match, new))

    def finditer(self, text: str, words: Words | None = None):
        if words is not None and not self.possible(words):
            return iter(())
        return self._regex(text, words).finditer(text)

    def search(self, text: str, words: Words | None = None):
        if words is not None and not self.possible(words):
            return None
        return self._regex(text, words).search(text)

    def _regex(self, text: str, words: Words | None):
        """The regex of only the terms whose word (or glob start) is among the ``words`` of ``text``
        (after :meth:`possible`): the same matches, as a term matches only where that word is a word
        of the text, and a much shorter alternation to scan (most texts hold one or two terms)."""
        if words is None or not self._narrowable or not text.isascii() and _FOLDED.search(text):
            return self.regex
        held = set()
        for w in self._keys.intersection(words):
            held.update(self._by_word.get(w, ()))
            for prefix, ids in self._by_prefix.items():
                if w.startswith(prefix):
                    held.update(ids)
        key = frozenset(held)
        regex = self._narrowed.get(key)
        if regex is None:
            if len(self._narrowed) >= self.MAX_NARROWED:
                self._narrowed.clear()
            regex = self._narrowed[key] = _terms_regex([self._parts[i] for i in sorted(held)])  # in order
        return regex


def _terms_regex(parts):
    """Alternatives ``parts`` as whole words, case-insensitively (the first that matches wins)."""
    return re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?![\w\-])", re.IGNORECASE)


_FOLDED = re.compile("[ıſİ]")  # non-ASCII letters the case-insensitive regex takes for "i" or "s"


def _glob_regex(terms) -> Terms | None:
    return Terms(terms) if any(terms) else None


class SpeakerSides:
    """Which side of a target a speaker is on, from the words that name them and their registry entry.

    ``for`` and ``against`` are terms of their descriptions ("Iranian Foreign Ministry spokesman",
    "the Israeli military", "Hezbollah lawmaker"); ``dissent`` terms ("exiled", "reformist",
    "opposition") put a speaker against the target whatever else names them; ``uncertain`` terms
    ("former") leave one who would be for it unknown (a former Guard officer may defend or denounce);
    ``countries`` gives the side of a registered official's country.

    >>> sides = default_targets()[0].speakers
    >>> [sides.side([m]) for m in ("Iran's foreign ministry spokesman", "the Israeli military",
    ...                            "an exiled Guard commander", "a former Guard commander", "Andrea Tenenti")]
    [1, -1, -1, 0, 0]
    """

    def __init__(self, for_, against, dissent, uncertain, countries, frames, weight, voice, voice_cues, report_cues,
                 lapsed=(), for_terms=()):
        self.for_, self.against, self.dissent, self.uncertain = for_, against, dissent, uncertain
        # (date, for-terms, countries) that stop naming a side on that date, and the for-terms left then
        self.lapsed = sorted((str(e["date"]), {t.lower() for t in e.get("terms") or ()}, set(e.get("countries") or ()))
                             for e in lapsed)
        self._for_terms, self._for_after = list(for_terms), {}
        self.countries, self.frames, self.weight = countries, frames, weight
        self.voice, self.voice_cues, self.report_cues = voice, voice_cues, report_cues
        self._sides: dict[tuple, int] = {}  # (descriptions, country, lapsed entries ended) -> side

    @classmethod
    def from_dict(cls, d: dict) -> "SpeakerSides":
        return cls(_glob_regex(d.get("for", [])), _glob_regex(d.get("against", [])),
                   _glob_regex(d.get("dissent", [])), _glob_regex(d.get("uncertain", [])),
                   dict(d.get("countries") or {}), frozenset(d.get("frames") or ()), float(d.get("weight", 0)),
                   _glob_regex(d.get("voice", [])), _glob_regex(d.get("voice_cues", [])),
                   _glob_regex(d.get("report_cues", [])), d.get("lapsed") or (), d.get("for", []))

    def voiced(self, text: str, words: Words, cue: str = "") -> bool:
        """Whether a statement voices a position rather than reports a fact: made with a cue that
        takes sides ("vowed", "denied", "warned"), or holding the speaker's own words (a quotation
        mark), a first person, a modal or a negation; never with a reporting cue ("according to",
        "reported", "confirmed"). Only a voiced statement leans toward its speaker's side.

        >>> sides = default_targets()[0].speakers
        >>> t = ["Four soldiers were killed in the strike on the depot", "We will respond at a time of our choosing"]
        >>> [sides.voiced(x, Words(x), cue) for x, cue in ((t[0], "said"), (t[0], "denied"), (t[1], "said"))]
        [False, True, True]
        """
        cue = " ".join(cue.split()).lower()
        if cue and self.report_cues is not None and self.report_cues.regex.fullmatch(cue):
            return False
        if cue and self.voice_cues is not None and self.voice_cues.regex.fullmatch(cue):
            return True
        return any(q in text for q in '"“”') or bool(self.voice and self.voice.search(text, words)) \
            or FIRST_PERSON_US.search(text) is not None

    def side(self, descriptions, country: str = "", date: str = "") -> int:
        """+1 (for the target), -1 (against) or 0 from the ``descriptions`` of one speaker; the side
        of their ``country`` (``countries``) decides only when the descriptions name no side. On and
        after a ``lapsed`` date (the statement's ISO ``date``), its terms no longer name a speaker
        for the target.

        >>> sides = default_targets()[0].speakers
        >>> [sides.side(["Syria's foreign minister"], "", d) for d in ("2019-05-02", "2025-02-01")]
        [1, 0]
        """
        text = " | ".join(t for t in descriptions if t)
        ended = [i for i, (when, _, _) in enumerate(self.lapsed) if date[:10] >= when] if ISO_DATE.match(date) else []
        # The side is a function of these (and of the targets' terms): speakers recur across documents.
        key = (text, country, tuple(ended))
        side = self._sides.get(key)
        if side is None:
            if len(self._sides) >= 100_000:
                self._sides.clear()
            side = self._sides[key] = self._side(text, country, ended)
        return side

    def _side(self, text: str, country: str, ended: list[int]) -> int:
        """:meth:`side` of the descriptions joined in ``text``, with the ``lapsed`` entries ``ended``."""
        words = Words(text)
        if self.dissent is not None and self.dissent.search(text, words):
            return -1
        for_, country_side = self.for_, int(self.countries.get(country, 0)) if country else 0
        if ended:
            key = tuple(ended)
            if key not in self._for_after:
                gone = set().union(*(self.lapsed[i][1] for i in ended))
                self._for_after[key] = _glob_regex([t for t in self._for_terms if t.lower() not in gone])
            for_ = self._for_after[key]
            if country_side > 0 and any(country in self.lapsed[i][2] for i in ended):
                country_side = 0
        pro = bool(for_ and for_.search(text, words))
        anti = bool(self.against and self.against.search(text, words))
        side = pro - anti if pro or anti else country_side
        if side > 0 and self.uncertain is not None and self.uncertain.search(text, words):
            return 0  # a former Guard commander may defend or denounce; a former Israeli officer is still one
        return side

    def registered(self, name: str) -> tuple[list[str], str]:
        """What the speaker registry says of the speaker called ``name``: their affiliation, and
        their country (of officials: not of outlets, groups or think tanks)."""
        from .speakers import Registry

        sp = Registry.default().entry(name)
        if sp is None:
            return [], ""
        return [sp.affiliation], sp.country if sp.role == "official" else ""

    def sides(self, statements: pd.DataFrame, texts: dict | None = None) -> list[int]:
        """The side of each statement's speaker, from its own row (speaker, mention) and the registry,
        else from how the document ``texts`` (doc_id -> text) describe that speaker where they name
        them (:func:`descriptions`). Commenters, authors and the narration have none."""
        n = len(statements)
        if "speaker" not in statements:
            return [0] * n
        cols = {c: statements[c].tolist() if c in statements else [""] * n
                for c in ("speaker", "speaker_mention", "doc_id", "kind", "speaker_role", "date")}
        texts = texts or {}
        memo, described, registered, out = {}, {}, {}, []
        for s, m, d, k, r, t in zip(*cols.values()):
            s, m = (s if isinstance(s, str) else ""), (m if isinstance(m, str) else "")
            if not s or k == "narration" or r in ("commenter", "author"):
                out.append(0)
                continue
            t = t if isinstance(t, str) else ""
            key = (d, s, m, t)
            if key not in memo:
                if s not in registered:  # a speaker named in several documents of the batch
                    registered[s] = self.registered(s)
                more, country = registered[s]
                side = self.side([s, m] + more, country, t)
                if not side and texts.get(d):  # only then: a group is named in many other contexts
                    found = []
                    for name in sorted({s.strip(), m.strip()} - {""}):
                        if (d, name) not in described:
                            described[(d, name)] = _described(texts[d], name)
                        found += described[(d, name)]
                    side = self.side(found, "", t) if found else 0
                memo[key] = side
            out.append(memo[key])
        return out


# An appositive after a name: ", Iran's ambassador to the UN,", ", a member of the Houthis' political
# bureau,", ", who heads the IRGC's advisory mission,".
_APPOSITIVE = re.compile(r",\s+([^,.;:!?\n“”\"]{2,80}?)\s*[,.;]")
_APPOSITIVE_START = re.compile(r"(?:who\s+(?:is|was|heads|headed|leads|led|commands|commanded|chairs|runs"
                               r"|serves\s+as)\s|(?:the|a|an)\s|[A-Z])")
_NAME_BREAK = re.compile(r"[.;:!?\n()\[\]“”\"]")


def descriptions(text: str, names) -> list[str]:
    """How ``text`` describes the speaker called by any of ``names`` (capitalised names only, not
    pronouns or descriptions): the words right before each occurrence that can belong to its
    title ("Israel's ambassador, Avi Levran"; "Iranian Foreign Ministry spokesman Reza Tavakoli"),
    and an appositive right after it (", Iran's ambassador to the UN,").

    >>> descriptions("Israel's ambassador, Avi Levran, spoke. Levran said no.", ["Avi Levran"])
    ["Israel's ambassador"]
    >>> descriptions("After talks in Tehran, Tavakoli said so. Tavakoli, Iran's spokesman, added.", ["Tavakoli"])
    ["Iran's spokesman"]
    """
    found = []
    for name in sorted({n.strip() for n in names if n}):
        found.extend(_described(text, name))
    return found


def _described(text: str, name: str, most: int = 8) -> list[str]:
    """:func:`descriptions` of one name (at most ``most`` of its first occurrences)."""
    found = []
    if len(name) < 4 or not name[:1].isupper() or not text:
        return found
    i, end = text.find(name), len(text)
    while i >= 0 and len(found) < most:
        j = i + len(name)
        if not (i and _NAME_CHAR.match(text, i - 1) or j < end and _NAME_CHAR.match(text, j)):
            before = _before(text, i)
            if before:
                found.append(before)
            after = _APPOSITIVE.match(text, j, j + 100)
            first = after.group(1).split()[0] if after else ""
            # ", deputy commander of the IRGC Ground Forces,": a title word, not a preposition, opens it
            if after and (_APPOSITIVE_START.match(after.group(1)) or
                          first in _title_words() and first not in ("of", "for")):
                found.append(after.group(1))
        i = text.find(name, i + 1)
    return found


_NAME_CHAR = re.compile(r"[\w\-]")


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    """Words that can stand in a description before a name ("Iran's deputy foreign minister Ali
    Bagheri"; ``title_words`` in speakers.yaml), and start an appositive after it."""
    return frozenset(w.lower() for w in load_yaml("speakers.yaml").get("title_words") or ())


def _before(text: str, pos: int) -> str:
    """The title-like words right before ``pos`` (see :func:`descriptions`): capitalised words and
    title words, back to the first other word or break; across the comma of an appositive only
    when a title word comes right before it ("Israel's ambassador, Avi Levran")."""
    chunk = text[max(0, pos - 100):pos]
    words, end, comma = [], len(chunk), False
    for m in reversed(list(re.finditer(r"[^\s,]+|,", chunk))):
        w = m.group(0)
        if _NAME_BREAK.search(chunk[m.end():end]):
            break
        end = m.start()
        if w == ",":
            if words or comma:
                break
            comma = True
            continue
        if w[-1] in ".!?;:”\"" and w[:-1].lower() not in ABBREVIATIONS:
            break  # "... recruits Afghans in Iran. Lena Farrokh": the sentence before says nothing of her
        title = w.lower() in _title_words()
        if comma and not words and not title:
            break
        if not (title or re.sub(r"[’']s$", "", w)[:1].isupper()):
            break
        words.insert(0, w)
        if len(words) >= 8:
            break
    return " ".join(words)


@dataclass
class Target:
    id: str
    label: str
    frames: dict
    positive: Terms | None
    negative: Terms | None
    good: Terms | None
    bad: Terms | None
    names: Terms | None
    opponents: Terms | None
    definition: dict = field(default_factory=dict, repr=False)  # as written in the lexicon
    sided: frozenset = frozenset()  # frames whose sign follows whom the statement names
    judging: Terms | None = None    # verbs whose subject judges ("X considers it a violation")
    speakers: "SpeakerSides | None" = None  # which side a speaker is on, from how they are named
    mocked: Terms | None = None  # the target's claims that a speaker mocks by quoting them ("“victory”")
    tone: float = 0.5  # weight of the tone of clauses naming a side, where nothing else gave evidence
    partisan: Terms | None = None  # words for the other side ("the enemy"): for the speaker's side, else for the target
    even_handed: Terms | None = None  # "both sides", "alike": an accusing frame that accuses everyone takes no side

    def __post_init__(self):
        # Most statements name no cue and neither side: one test each rules them out.
        self._cue_gate = Terms.gate([self.positive, self.negative, self.good, self.bad, self.partisan])
        self._side_gate = Terms.gate([self.names, self.opponents])

    @classmethod
    def from_dict(cls, d: dict) -> "Target":
        cues, events = d.get("cues") or {}, d.get("events") or {}
        return cls(d["id"], d.get("label", d["id"]), dict(d.get("frames") or {}),
                   _glob_regex(cues.get("positive", [])), _glob_regex(cues.get("negative", [])),
                   _glob_regex(events.get("good", [])), _glob_regex(events.get("bad", [])),
                   _glob_regex(d.get("names", [])), _glob_regex(d.get("opponents", [])), dict(d),
                   frozenset(d.get("sided_frames") or ()), _glob_regex(d.get("judging_verbs", [])),
                   SpeakerSides.from_dict(d["speakers"]) if d.get("speakers") else None,
                   _glob_regex(d.get("mocked", [])), float(d.get("tone", 0.5)), _glob_regex(cues.get("partisan", [])),
                   _glob_regex(d.get("even_handed", [])))

    def score(self, text: str, frames: list[str], words: Words | None = None, cue: str = "",
              side: int = 0, kind: str = "") -> tuple[float, list[str]]:
        """Stance of ``text`` (with its ``frames``) toward this target, and the evidence; ``side`` is
        the speaker's side (:class:`SpeakerSides`), 0 when unknown.

        >>> t = default_targets()[0]
        >>> s, ev = t.score("the IRGC was routed in a humiliating defeat", [])
        >>> s < 0, ev[0]
        (True, 'event -routed')
        """
        return self.score_parts(text, frames, words, cue=cue, side=side, kind=kind)[:2]

    def score_parts(self, text, frames, words=None, cues=None, tone=None, cue="", side=0, kind=""):
        """``score`` plus the frame-independent evidence it used, ``(score, evidence, cues, tone)``.

        ``cues`` and ``tone`` are lists of (increment, evidence) kept from an earlier run
        (``tone`` is None when it was not needed then): ``reframe`` passes them back so that a new
        lexicon only re-weighs frames. The sum is taken in the same order either way.

        ``side`` (+1 or -1) is the speaker's known side: a frame the speaker voices for their own
        side (``speakers.frames``: a truce the other side broke, our strength, our martyrs) then
        counts for that side, and a statement with no evidence at all that voices a position
        (:meth:`SpeakerSides.voiced`) leans that way, weakly (``speakers.weight``).

        In a speaker's own words (``kind`` comment or direct), a claim of the target in short
        quotation marks (``mocked``: "the “advisers”", "another “victory”") is mocked: the evidence
        for the target (frames and cues) then counts against it.
        """
        side = side if self.speakers is not None else 0
        if cues is None:
            cues = self.cue_evidence(text, words or Words(text), cue, side)
        total, evidence = 0.0, []
        mock = self.mocks(text, kind)
        if mock:
            evidence.append(f"mocks “{mock}”")
        relative = self.speakers.frames if side else ()
        accused = None  # whom the accusing frames accuse: computed once, when needed
        for f in frames:
            w = self.frames.get(f)
            if w and f in relative:
                w = abs(w) * side
            elif w and f in self.sided:
                if accused is None:
                    accused = self.accused_side(text, words or Words(text))
                    if self.even_handed is not None and self.even_handed.search(text, words):
                        accused = "everyone"  # "violations by both sides": no side is accused
                w = 0 if accused == "everyone" else abs(w) * accused or w
            if w and mock:
                w = -abs(w)
            if w:
                total += w
                evidence.append(f"frame {'+' if w > 0 else '-'}{f}")
        for inc, ev in cues:
            if mock and inc > 0:
                inc, ev = -inc, ev.replace(" +", " -", 1)
            total += inc
            evidence.append(ev)
        if not evidence and side and self.speakers.weight and self.speakers.voiced(text, words or Words(text), cue):
            total += side * self.speakers.weight
            evidence.append(f"speaker {'+' if side > 0 else '-'}side")
        if not evidence:
            if tone is None:
                tone = self.tone_evidence(text, words or Words(text))
            for inc, ev in tone:
                total += inc
                evidence.append(ev)
        return (math.tanh(total) if evidence else 0.0), evidence, cues, tone

    def mocks(self, text: str, kind: str = "") -> str:
        """The first claim of the target (``mocked``) that a comment or direct quotation puts in
        short quotation marks, else "".

        >>> t = default_targets()[0]
        >>> t.mocks("Another “victory” with half the town in ruins.", "comment")
        'victory'
        >>> t.mocks("Another “victory” with half the town in ruins.", "partial")  # the speaker's own words
        ''
        >>> t.mocks("A “red line”.", "comment")  # not a claim it mocks
        ''
        """
        if self.mocked is None or kind not in ("comment", "direct") or not any(q in text for q in '"“‘\''):
            return ""
        for q in SCARE_QUOTE.finditer(text):
            m = self.mocked.search(q.group(q.lastindex))
            if m:
                return m.group(0)
        return ""

    def cue_evidence(self, text: str, words: Words, cue: str = "", side: int = 0) -> list[tuple[int, str]]:
        """Signed cue words and side-aware events in ``text``, and whom a statement made with an
        accusing ``cue`` accuses (the opponents: for the target; the target: against it).

        An event whose owner the text does not name is the target's, unless the speaker's ``side``
        is known: a partisan's good news is their own side's, their bad news the other side's
        ("as long as the aggression continues", said by either side). A ``partisan`` word ("the
        enemy") speaks for the speaker's side, and for the target when that is unknown (its
        speakers use it most)."""
        found = self.accusation(text, words, cue) if cue and ACCUSATION_CUE.match(cue) else []
        if not self._cue_gate.always:  # each list of terms then tests only the few words the gate holds
            words = self._cue_gate.held(words)
            if not words:
                return found
        for sign, regex, event in ((1, self.positive, False), (-1, self.negative, False),
                                   (1, self.good, True), (-1, self.bad, True), (side or 1, self.partisan, False)):
            if regex is None:
                continue
            for m in regex.finditer(text, words):
                s = sign
                if event:
                    if NEGATOR.search(text[max(0, m.start() - 30):m.start()]):
                        continue  # "not a strategic setback" is no evidence of a setback
                    owner = self._side(text, m.start(), m.end(), side) or (side * sign if side else 1)
                    s *= owner
                found.append((s, f"{'event' if event else 'cue'} {'+' if s > 0 else '-'}{m.group(0).lower()}"))
        return found

    def accusation(self, text: str, words: Words, cue: str) -> list[tuple[int, str]]:
        """+1 when the accused (the content's first words, before "of"/"for") are only the
        opponents, -1 when they are only the target.

        >>> t = default_targets()[0]
        >>> t.accusation("Washington of giving the rebels a green light", Words("x"), "accused")
        [(1, 'accuses opponents')]
        >>> t.accusation("Iranian militias of shelling the hospital", Words("x"), "accused")
        [(-1, 'accuses target')]
        """
        m = ACCUSED.match(text)
        if not m or not self._side_gate.possible(Words(m.group(1))):
            return []
        side = self._named(m.group(1))
        if side == 0:
            return []
        return [(-1, "accuses target")] if side < 0 else [(1, "accuses opponents")]

    def accused_side(self, text: str, words: Words) -> int:
        """For a frame that accuses someone (of breaking a truce, of spreading propaganda): -1 when
        the statement names only the target (it is the accused), +1 when only its opponents, else 0
        (the frame keeps its own sign: the codebook's "other side" of the speaker).

        >>> t = default_targets()[0]
        >>> [t.accused_side(s, Words(s)) for s in ("Hezbollah broke the truce", "Israel broke the truce",
        ...                                        "Israel and Hezbollah trade blame", "The truce is dead",
        ...                                        "Iran considers the raid a breach of the truce")]
        [-1, 1, 0, 0, 0]
        """
        if not self._side_gate.possible(words):
            return 0
        judged = None
        if self.judging is not None:
            for judged in self.judging.finditer(text, words):
                pass
        if judged is not None:  # who "considers it a violation" accuses; the accused come after
            text, words = text[judged.end():], None
        return self._named(text, words)

    def _named(self, text: str, words: Words | None = None) -> int:
        """+1 when ``text`` names only the opponents, -1 when only the target, else 0."""
        target = bool(self.names and self.names.search(text, words))
        opponent = bool(self.opponents and self.opponents.search(text, words))
        return opponent - target

    def tone_evidence(self, text: str, words: Words) -> list[tuple[float, str]]:
        """TextBlob tone of the clauses naming the target (+) or its opponents (-), times ``tone``
        (none when it is 0)."""
        if not self.tone or not self._side_gate.possible(words):
            return []
        # Names found once in the whole statement, then assigned to the clauses holding them.
        names = [m.span() for m in self.names.finditer(text, words)] if self.names else []
        opponents = [m.span() for m in self.opponents.finditer(text, words)] if self.opponents else []
        found = []
        if names or opponents:
            for c in CLAUSE.finditer(text):
                a, b = c.span()
                side = any(a <= x and y <= b for x, y in names) - any(a <= x and y <= b for x, y in opponents)
                if side:
                    pol = _polarity(c.group(0))
                    if abs(pol) >= 0.35:  # weak tone is noise, not stance
                        found.append((self.tone * side * pol,
                                      f"tone {pol:+.2f} toward {'target' if side > 0 else 'opponents'}"))
        return found

    def _side(self, text: str, pos: int, end: int | None = None, speaker_side: int = 0) -> int:
        """Whose event ``text[pos:end]`` is: -1 when the words right before it name the opponents ("the
        Zionist aggression", "ISIL's collapse"), +1 the target; else the side opposite the one it
        befalls ("aggression against the Islamic Republic", "victory over the rebels"; "against us":
        the speaker's, taken for the target's when unknown, as "the enemy" is); else -1 or +1 when the
        clause around it names only the opponents or only the target; else 0 (unknown).

        >>> t = default_targets()[0]
        >>> [t._side(s, 0, 10) for s in ("aggression against the Islamic Republic",
        ...                             "aggression against our advisers", "aggression by the Zionist regime")]
        [-1, -1, -1]
        """
        near = NEAR.search(text[max(0, pos - 40):pos])
        if near and (named := self._named(near.group(0))):
            return -named
        victim = VICTIM.match(text, end) if end is not None else None
        if victim:
            if victim.group(1):
                return -(speaker_side or 1)
            if named := self._named(victim.group(0)):
                return named
        a = max(text.rfind(c, 0, pos) for c in ".;:!?\n") + 1
        ends = [i for i in (text.find(c, pos) for c in ".;:!?\n") if i >= 0]
        return -self._named(text[a:min(ends) if ends else len(text)])


def _polarity(text: str) -> float:
    """TextBlob's polarity (``narrative.tone``), skipped for clauses without a word of its lexicon
    (their polarity is 0): most clauses of news text.

    >>> _polarity("a brave and heroic defence"), _polarity("troops moved north")
    (0.75, 0.0)
    """
    if tone.lexicon_words().isdisjoint(TONE_WORD.findall(text.lower())):
        return 0.0
    return tone.polarity(text)


@lru_cache(maxsize=1)
def default_targets() -> tuple[Target, ...]:
    """The targets shipped in ``lexicons/stance.yaml``."""
    return tuple(Target.from_dict(d) for d in load_yaml("stance.yaml").get("targets", []))


def targets_for(lexicon=None) -> tuple[Target, ...]:
    """Targets of a user lexicon (``targets:``) if it has any, else the shipped ones."""
    extra = list(getattr(lexicon, "targets", None) or [])
    return tuple(Target.from_dict(d) for d in extra) or default_targets()


def targets_key(targets) -> str:
    """A short hash of the targets' definitions: cached evidence is reused only under the same one."""
    from . import __version__

    text = json.dumps([__version__, STANCE_REVISION] + [t.definition for t in targets], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def score_stance(statements: pd.DataFrame, lexicon=None, doc_texts: dict | None = None) -> pd.DataFrame:
    """Add ``stance``, ``stance_<target>``, ``stance_evidence`` and ``stance_lex`` columns to ``statements``.

    ``doc_texts`` (doc_id -> text) lets a speaker's side come from how the document describes them
    ("Israel's ambassador, Avi Levran") when their own mention does not say it.

    ``stance_lex`` (JSON) keeps each target's frame-independent evidence. When ``statements``
    already has it, from the same targets, it is reused and only the frames are weighed again:
    that is what makes ``reframe`` cheap.

    >>> df = pd.DataFrame({"text": ["Victory is ours", "Thanks for the report"], "frames": ["", ""]})
    >>> score_stance(df)["stance"].round(2).tolist()
    [0.76, 0.0]
    """
    out = statements.copy()
    targets = targets_for(lexicon)
    if out.empty or not targets:
        out["stance"] = pd.Series(dtype=float)
        out["stance_evidence"] = pd.Series(dtype=str)
        out["stance_lex"] = pd.Series(dtype=str)
        return out
    key = targets_key(targets)
    # Columns are read as lists: iterating a pandas string column costs more than the work per row.
    frames = [[f for f in str(v or "").split(";") if f]
              for v in (out["frames"].tolist() if "frames" in out else [""] * len(out))]
    texts = out["text"].astype(str).tolist()
    speech = [c if isinstance(c, str) else "" for c in out["cue"].tolist()] if "cue" in out else [""] * len(out)
    kinds = [k if isinstance(k, str) else "" for k in out["kind"].tolist()] if "kind" in out else [""] * len(out)
    cached = [_cached(v, key) for v in out["stance_lex"].tolist()] if "stance_lex" in out else [{}] * len(out)
    # A text can recur in a batch (a repost, a sentence quoted twice): its words are found once.
    distinct = dict.fromkeys(t for t, c in zip(texts, cached) if not c)
    distinct = dict(zip(distinct, map(Words, distinct)))
    words = [distinct[t] if not c else None for t, c in zip(texts, cached)]
    kept = [{} for _ in texts]
    fresh = [not c for c in cached]  # rows whose kept evidence must be written again
    evid_all = []
    for i, target in enumerate(targets):
        scores, evids = [], []
        sides = target.speakers.sides(out, doc_texts) if target.speakers is not None else [0] * len(out)
        done = {}  # a row like one scored already (same text, frames, cue, side, kind) has its result
        for j, (text, fr, w, cue, side, kind) in enumerate(zip(texts, frames, words, speech, sides, kinds)):
            cues, tone = cached[j].get(target.id, (None, None))
            if cues is None and tone is None:  # (the result is a function of these: nothing kept to reuse)
                row = (text, tuple(fr), cue, side, kind)
                parts = done.get(row)
                if parts is None:
                    parts = done[row] = target.score_parts(text, fr, w, cues, tone, cue, side, kind)
                s, ev, new_cues, new_tone = parts
            else:
                s, ev, new_cues, new_tone = target.score_parts(text, fr, w, cues, tone, cue, side, kind)
            fresh[j] = fresh[j] or new_cues is not cues or new_tone is not tone
            kept[j][target.id] = (new_cues, new_tone)
            scores.append(round(s, 4))
            evids.append(ev)
        out[f"stance_{target.id}"] = scores
        if i == 0:
            out["stance"] = scores
            evid_all = evids
    out["stance_evidence"] = ["; ".join(ev[:4]) for ev in evid_all]
    old = out["stance_lex"].tolist() if "stance_lex" in out else [None] * len(out)
    # Most statements hold no evidence at all, or only their frames (no tone was needed then): their
    # (equal) JSON is made once.
    empty, framed = {t.id: ([], []) for t in targets}, {t.id: ([], None) for t in targets}
    empty_json, framed_json = _lex_json(key, empty), _lex_json(key, framed)
    out["stance_lex"] = [(empty_json if k == empty else framed_json if k == framed else _lex_json(key, k)) if new
                         else o for k, new, o in zip(kept, fresh, old)]
    return out


_LEX_JSON = json.JSONEncoder(separators=(",", ":"))  # what json.dumps would build for every call


def _lex_json(key, kept) -> str:
    return _LEX_JSON.encode({"k": key, "t": kept})


def _cached(value, key) -> dict:
    """Per-target (cues, tone) from a ``stance_lex`` cell made under targets ``key``, else {}."""
    if not isinstance(value, str) or not value.startswith("{"):
        return {}
    data = json.loads(value)
    if data.get("k") != key:
        return {}
    return {t: ([tuple(c) for c in cues], None if tone is None else [tuple(x) for x in tone])
            for t, (cues, tone) in data["t"].items()}
