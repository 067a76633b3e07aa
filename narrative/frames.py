"""Find frames in text with a compiled lexicon.

How matching works, and why it is fast. Each pattern needs its up to three
rarest words ("required words"); one of them, the rarest in the texts seen so
far, is its gate. Texts are split on whitespace; each distinct token is looked
at once (cached) to learn which required words and which literal word starts
of the lexicon it holds. A text whose tokens hold no gate word is done after
one set test in C; for the others, only the patterns whose required words are
all present run, each with a regex that leaves out the alternatives whose
literal start occurs nowhere in the text (compiled once per set of starts and
cached), then stems of plain words are checked, then exclusions and negation.
Leaving out alternatives and the possessive quantifiers (``\\w*+``) only spare
the regex engine attempts that cannot succeed: the matches are the same. Among
equal hits of a frame (same span and weight), the pattern listed first wins.
Text is folded first (lower case, curly quotes and dashes to ASCII) without
changing its length, so offsets always point into the original text.

>>> from narrative.lexicon import Lexicon, Frame, Pattern
>>> m = FrameMatcher(Lexicon([Frame("truce", patterns=[Pattern("ceasefire ~3 violat*")])]))
>>> [(h.frame, h.matched) for h in m.match("They violated the Ceasefire again.")]
[('truce', 'violated the Ceasefire')]
"""
from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import operator
import os
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd
import snowballstemmer

from .lexicon import Lexicon, alternatives, expand_pattern, fold, parse_pattern
from .schema import FRAME_HITS
from .text import trie_regex

NEGATORS = frozenset("not no never without deny denies denied denying neither nor cannot".split())
# Words too common to filter on (English function words and the everyday words of war
# reporting): a pattern's required words are its rarer words whenever it has some.
_COMMON = frozenset("""a about after again against all also an and any are as at be been before being
between both but by can could did do does doing down during each few for from further had has have having
he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on
once only or other our ours out over own same she should so some such than that the their theirs them then
there these they this those through to too under until up very was we were what when where which while
who whom why will with would you your said says say told according one two three new also many several
since last first year years week weeks month months day days time people country countries city town
province provinces area areas region government state states president minister ministry official
officials leader leaders commander commanders force forces army military troops soldiers fighters
militia militias group groups war fighting fight battle attack attacks killed kill offensive operation
operations support provide called made make take took news report reports media iran iranian iranians
iran's tehran irgc irgc's guard guards syria syrian syria's damascus assad assad's bashar russia russian
russians russia's moscow hezbollah iraq iraqi islamic republic revolutionary us u s united american
power rebel rebels opposition""".split())
_TOKEN = re.compile(r"\w+(?:'\w+)*")
_CLAUSE = re.compile(r"[.,;:!?()\[\]]")
# Between words of a phrase: spaces, quotes, hyphens, dots ("U.S."), not clause punctuation.
_GAP = r"[^\w,;:!?()\[\]{}]+"
_PGAP = r"[^\w;!?]+"  # between the two sides of a proximity pattern: commas allowed too
_START = r"(?<!\w)(?<!\w')"
_END = r"(?!\w|'\w)"
_NEGATOR = re.compile(r"\b(?:" + "|".join(sorted(NEGATORS)) + r")\b|n't\b")
# Every negator holds one of these: a window without them holds no negator.
_MAYBE_NEGATED = re.compile(r"no|ne(?:ver|ither)|without|den|n't")
_SEP = "\x1e"  # joins a batch of texts so they are folded in one call
_CHUNK = 1000  # texts filtered together (new tokens are learnt once per chunk)
# A lexicon with at most this many distinct word starts first counts them in the whole batch
# (see FrameMatcher._make_sieve); larger ones hit most texts anyway.
_SIEVE_STARTS = 64
# The Snowball project's own English stemmer: the same stems as NLTK's SnowballStemmer on every word of
# our lexicons and test corpora, without the 1.5 s that importing nltk costs each worker.
_stem = lru_cache(maxsize=None)(snowballstemmer.stemmer("english").stemWord)
_COMMON_STEMS = frozenset(map(_stem, _COMMON))


_new_hit = tuple.__new__  # _new_hit(Hit, fields): a Hit without the Python-level __new__


class Hit(NamedTuple):  # a tuple: cheap to create by the million
    """One match: ``text[start:end] == matched``."""
    frame: str
    pattern: str
    start: int
    end: int
    matched: str
    weight: float


@dataclass(eq=False)
class _Entry:
    """One spelled-out pattern (a proximity pattern has one entry per order)."""
    frame: str
    pattern: str
    weight: float
    exclude: bool
    source: str          # the regex of all alternatives of every word (compiled when first needed)
    checks: list         # (group, alternatives) of words whose match must also have the right stem
    second: int | None   # group number of a proximity pattern's second side
    required: int        # bits of the words that must all occur in the text
    required_ids: tuple  # their ids, rarest (by the lexicon's guess) first
    negation: bool       # the frame drops negated hits
    order: int           # position in the lexicon: among equal hits, the first entry's pattern is kept
    words: list          # per word: [(regex, bit of its literal start or 0, starts with a letter)]
    n_first: int         # words on the first side of a proximity pattern
    distance: int | None
    need: tuple          # per word that can fail: the bits of its alternatives
    bits: int            # the bits of all alternatives
    variants: dict = field(default_factory=dict)  # bits present in a text -> regex without the absent ones
    pending: set = field(default_factory=set)     # bit sets seen once (compiled when seen again)
    compiled: re.Pattern | None = None

    @property
    def regex(self) -> re.Pattern:
        """The full regex, compiled on first use: most entries never run in a given corpus, and
        compiling every one up front was most of a matcher's (and so a worker's) start-up."""
        if self.compiled is None:
            self.compiled = re.compile(self.source)
        return self.compiled


class FrameMatcher:
    """A lexicon compiled for matching; build once, call :meth:`match` or :meth:`batch` many times."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.frames = {f.id: f for f in lexicon.frames}
        self._word_ids: dict[tuple, int] = {}                          # (word, stem) -> id
        self._by_prefix: dict[str, list[tuple[str, bool, int]]] = {}  # prefix -> (alternative, stem, id)
        self._by_word: dict[int, list[_Entry]] = {}                    # rarest required word -> entries
        self._token_words: dict[str, frozenset] = {}                   # folded token -> required words in it
        self._primary: set[int] = set()                                # words that index entries
        # Texts are filtered on one required word per entry, its gate: the rarest one seen so far.
        self._gate: set[int] = set()                                   # the gate words
        self._gate_tokens: set[str] = set()                            # tokens holding one of them
        self._seen: set[str] = set()
        self._plain: set[str] = set()                                  # seen tokens holding none of them
        self._chunks_seen = 0
        self._text_counts: Counter = Counter()                         # word id -> texts holding it (sampled)
        # Bits: one per required word and one per literal start of an alternative (see _plan).
        self._n_bits = 0
        self._word_bits: list[int] = []                                # word id -> its bit
        self._bits: dict[str, int] = {}                                # literal start of an alternative -> bit
        self._runs: dict[int, tuple | None] = {}                       # word bits -> (entries, their bits, plans)
        self._n_entries = 0
        for frame in lexicon.frames:
            for pattern, exclude in [(p, False) for p in frame.patterns] + [(p, True) for p in frame.exclude]:
                for variant in expand_pattern(pattern.text):
                    sides, distance = parse_pattern(variant)
                    if any(sides):  # a LIWC emoticon has no words: warned about when the lexicon was read
                        self._add(frame, pattern, exclude, sides, distance)
        self._gate = {e.required_ids[0] for es in self._by_word.values() for e in es}
        prefixes = sorted(self._by_prefix)
        self._finder = re.compile(_START + "(?:" + trie_regex(prefixes) + r")\w*(?:'\w+)*") if prefixes else None
        self._word_mask = _or(self._word_bits)
        self._primary_mask = _or(self._word_bits[wid] for wid in self._primary)
        self._bit_word = {bit: wid for wid, bit in enumerate(self._word_bits)}
        self._token_bits = _TokenBits(self._bits, self._token_words, self._word_bits)
        self._sieve = self._make_sieve()

    def _make_sieve(self):
        """For each pattern, the literal word starts of each of its required words (a text without
        any start of one of them cannot match it), or None when there are too many to count.

        A small lexicon (the changed patterns ``reframe`` looks for) first counts each start in the
        whole batch at C speed, picks each pattern's rarest word and skips the texts without it, so
        most texts are never folded or split. Starts are cut before a quote or hyphen, whose curly
        forms lower-casing alone does not fold.
        """
        starts_of: dict[int, set] = {}
        for prefix, words in self._by_prefix.items():
            for _, _, wid in words:
                starts_of.setdefault(wid, set()).add(re.split(r"['\"-]", prefix)[0])
        options = [tuple(tuple(sorted(starts_of[w])) for w in e.required_ids)
                   for es in self._by_word.values() for e in es if not e.exclude]
        if len({x for opts in options for starts in opts for x in starts}) > _SIEVE_STARTS:
            return None
        return sorted(set(options))

    def _add(self, frame, pattern, exclude, sides, distance):
        score = lambda w: min(_specificity(a, frame.stem) for a in alternatives(w))  # noqa: E731
        words = sorted(sorted({w for side in sides for w in side if w != "*"}), key=score, reverse=True)
        # The three rarest words must all occur before the regex runs; the rarest one indexes the entry.
        ids = [self._word_id(w, frame.stem) for w in words[:3]]
        self._primary.add(ids[0])
        for order in [sides] if distance is None else [sides, sides[::-1]]:
            checks, second = _checks(order, frame.stem)
            checks = [(i + 1, _Stems(c)) for i, c in enumerate(checks) if c]
            spelled = [[(_fast_regex(a, frame.stem), self._bit(_prefix(a, frame.stem)), _starts_with_letter(a))
                        for a in alternatives(w)] for w in order[0] + (order[1] if len(order) > 1 else [])]
            need = tuple(b for b in (_or(a[1] for a in alts) for alts in spelled if all(a[1] for a in alts)))
            entry = _Entry(frame.id, pattern.text, pattern.weight, exclude, _build(spelled, len(order[0]), distance),
                           checks, second,
                           _or(self._word_bits[i] for i in ids), tuple(ids),
                           frame.negation, self._n_entries, spelled, len(order[0]), distance, need,
                           _or(a[1] for alts in spelled for a in alts))
            self._n_entries += 1
            self._by_word.setdefault(ids[0], []).append(entry)

    def _bit(self, prefix):
        """A bit for each literal start an alternative's match must begin with (0: none, e.g. ``*``)."""
        if not prefix or any(c.isspace() for c in prefix):
            return 0
        if prefix not in self._bits:
            self._bits[prefix] = 1 << self._n_bits
            self._n_bits += 1
        return self._bits[prefix]

    def _word_id(self, word, stem):
        key = (word, stem)
        if key not in self._word_ids:
            self._word_ids[key] = wid = len(self._word_ids)
            self._word_bits.append(1 << self._n_bits)
            self._n_bits += 1
            for alt in alternatives(word):
                self._by_prefix.setdefault(_prefix(alt, stem), []).append((alt, stem, wid))
        return self._word_ids[key]

    def required_starts(self) -> list[list[tuple[str, ...]]] | None:
        """Per pattern, the literal starts of each of its required words that has one: a text can
        hold a hit of the pattern only if, lower-cased, it holds a start of each. None when some
        pattern has no such word or the lexicon is too large to sieve (see :meth:`_make_sieve`).

        >>> from narrative.lexicon import Frame, Pattern
        >>> m = FrameMatcher(Lexicon([Frame("t", patterns=[Pattern("(truce|ceasefire) collapsed")])]))
        >>> m.required_starts()
        [[('collaps',), ('ceasefir', 'truc')]]
        """
        if self._sieve is None:
            return None
        out = []
        for options in self._sieve:
            words = [starts for starts in options if "" not in starts]
            if not words:
                return None
            out.append(words)
        return out

    def _scan(self, tokens):
        """Learn which required words the tokens not seen before hold (one regex pass for all)."""
        if len(self._seen) > 2_000_000:  # bound the memory on endless streams
            for cache in (self._seen, self._plain, self._token_words, self._gate_tokens, self._runs,
                          self._token_bits):
                cache.clear()
        new = tokens.difference(self._seen)
        if not new:
            return
        new = list(new)
        joined = "\n".join(new)
        starts = list(itertools.accumulate((len(t) + 1 for t in new[:-1]), initial=0))
        i = 0
        for m in self._finder.finditer(joined):
            while i + 1 < len(starts) and starts[i + 1] <= m.start():
                i += 1
            ids = _word_ids_of(self._by_prefix, m.group())
            if ids:
                self._token_words[new[i]] = self._token_words.get(new[i], frozenset()) | ids
                if not self._gate.isdisjoint(ids):
                    self._gate_tokens.add(new[i])
        self._seen.update(new)
        self._plain.update(t for t in new if t not in self._gate_tokens)

    def _choose_gates(self, split):
        """Gate each entry on its required word found in the fewest of the texts ``split`` (tokens)."""
        tw, counts = self._token_words, self._text_counts
        for toks in split:
            held = tw.keys() & toks
            if held:
                counts.update(frozenset().union(*map(tw.__getitem__, held)))
        gate = {min(e.required_ids, key=counts.__getitem__) for es in self._by_word.values() for e in es}
        if gate != self._gate:
            self._gate = gate
            self._gate_tokens.clear()
            self._gate_tokens.update(t for t, ids in tw.items() if not gate.isdisjoint(ids))
            self._plain.clear()
            self._plain.update(self._seen.difference(self._gate_tokens))

    def batch(self, texts: list[str]) -> list[list[Hit]]:
        """Thresholded hits for each text (much faster than calling :meth:`match` on each).

        >>> from narrative.lexicon import Lexicon, Frame, Pattern
        >>> m = FrameMatcher(Lexicon([Frame("truce", patterns=[Pattern("truce")])]))
        >>> [[h.matched for h in hs] for hs in m.batch(["A truce.", "None here", "TRUCES"])]
        [['truce'], [], ['TRUCES']]
        """
        if self._finder is None or not texts:
            return [[] for _ in texts]
        with _gc_paused():
            return self._sieved(texts)

    def _sieved(self, texts):
        joined = _SEP.join(texts)
        if joined.count(_SEP) != len(texts) - 1:  # a text holds the separator itself
            texts = [t.replace(_SEP, " ") for t in texts]
            joined = _SEP.join(texts)
        keep = self._candidates(texts, joined) if self._sieve is not None else None
        if keep is None:
            return self._batch(texts, fold(joined).split(_SEP))  # one fold for the batch, not one per text
        out = [[] for _ in texts]
        kept = [texts[i] for i in keep]
        for i, hits in zip(keep, self._batch(kept, fold(_SEP.join(kept)).split(_SEP))):
            out[i] = hits
        return out

    def _candidates(self, texts, joined):
        """Indices of the ``texts`` holding a start of each pattern's rarest required word (see
        :meth:`_make_sieve`), or None when most texts do."""
        lowered = joined.lower()
        if len(lowered) != len(joined):  # a character whose lower case is longer: offsets would shift
            lowered = fold(joined)
        counts: dict[str, int] = {}

        def count(starts):
            for x in starts:
                if x not in counts:
                    counts[x] = lowered.count(x) if x else len(lowered)
            return sum(counts[x] for x in starts)

        chosen = {x for opts in self._sieve for x in min(opts, key=count)}
        if sum(counts[x] for x in chosen) > len(texts) // 4:
            return None
        ends = list(itertools.accumulate(len(t) + 1 for t in texts))  # text i ends before ends[i]
        keep = set()
        for x in chosen:
            pos = lowered.find(x)
            while pos >= 0:
                i = bisect_right(ends, pos)
                keep.add(i)
                pos = lowered.find(x, ends[i])
        return sorted(keep)

    def _batch(self, texts, folded):
        """Hits of ``texts`` (``folded``: their folded forms); called by :meth:`batch`, whose garbage
        collector pause covers it."""
        if not texts:
            return []
        plain, seen, gate, plan, run, threshold = (self._plain, self._seen, self._gate_tokens, self._plan,
                                                   self._run, self._threshold)
        out = [[] for _ in texts]
        # Chunks, so that the tokens learnt in one chunk speed up the next ones.
        for lo in range(0, len(folded), _CHUNK):
            split = list(map(str.split, folded[lo:lo + _CHUNK]))
            # Most texts hold only tokens known to hold no pattern's rarest word: one set test
            # in C. The others hold such a word or a token not seen before.
            todo = list(itertools.compress(range(len(split)), map(operator.not_, map(plain.issuperset, split))))
            if not todo:
                continue
            unseen = [toks for toks in map(split.__getitem__, todo) if not seen.issuperset(toks)]
            if unseen:
                self._scan(set().union(*unseen))
            self._chunks_seen += 1
            n = self._chunks_seen
            if n & (n - 1) == 0 or n % 256 == 0:
                # Now and then (chunks 1, 2, 4, 8...), learn which words are rare in these texts.
                self._choose_gates(split)
                todo = [i for i in todo if not plain.issuperset(split[i])]
            for i in todo:
                toks = split[i]
                if gate.isdisjoint(toks):
                    continue
                runs = plan(toks)
                if runs:
                    hits = run(texts[lo + i], folded[lo + i], runs)
                    if hits:
                        out[lo + i] = threshold(hits)
        return out

    def match(self, text: str) -> list[Hit]:
        """Hits of the frames whose total weight in ``text`` reaches their ``min_weight``.

        >>> from narrative.lexicon import load_lexicon, default_lexicon_path
        >>> m = FrameMatcher(load_lexicon(default_lexicon_path()))
        >>> sorted({h.frame for h in m.match("Takfiri terrorists did not violate the truce.")})
        ['foreign_backed_terrorists']
        """
        return self.batch([text])[0]

    def hits(self, text: str) -> list[Hit]:
        """All hits in ``text`` after exclusions and negation, before the ``min_weight`` threshold."""
        if self._finder is None:
            return []
        folded = fold(text)
        toks = folded.split()
        self._scan(set(toks))
        runs = self._plan(toks)
        return self._run(text, folded, runs) if runs else []

    def _plan(self, toks):
        """(entry, regex) to run on a text with tokens ``toks``, in lexicon order.

        Only entries whose required words all occur run, each with a regex that leaves out
        the alternatives whose literal start occurs nowhere in the text (they could not
        match, and trying them at every position is what makes a regex slow).
        """
        bits = functools.reduce(operator.or_, map(self._token_bits.__getitem__, toks), 0)
        words = bits & self._word_mask
        runs = self._runs.get(words, 0)
        if runs == 0:
            runs = self._new_runs(words)
        if runs is None:
            return ()
        runs, runs_bits, plans = runs
        key = bits & runs_bits
        plan = plans.get(key)
        if plan is None:
            plan = []
            for e in runs:
                regex = e.variants.get(bits & e.bits)
                if regex is None:
                    regex = _variant(e, bits & e.bits)
                if regex:
                    plan.append((e, regex))
            plan = tuple(plan)
            if len(plans) < 10_000 and all(regex is not e.regex or e.bits & ~bits == 0 for e, regex in plan):
                plans[key] = plan  # not while a variant waits to be compiled
        return plan

    def _new_runs(self, words):
        """The entries whose required words all occur (``words``: their bits), in lexicon order."""
        if len(self._runs) > 100_000:
            self._runs.clear()
        entries, primary = [], words & self._primary_mask
        while primary:  # each primary word present
            bit = primary & -primary
            primary ^= bit
            entries.extend(e for e in self._by_word[self._bit_word[bit]] if e.required & ~words == 0)
        entries.sort(key=lambda e: e.order)
        runs = self._runs[words] = (tuple(entries), _or(e.bits for e in entries), {}) if entries else None
        return runs

    def _run(self, text, folded, plan):
        """Hits of ``plan`` in ``text`` after exclusions and negation."""
        found, excluded, negation = [], None, None
        add = found.append
        for e, regex in plan:
            checks = e.checks
            pos = 0
            while (mm := regex.search(folded, pos)) is not None:
                start = pos = mm.start()
                # The regex has no leading word-boundary test (it would slow every search), so a match
                # may start inside a word; a word may fail its stem check: look again from the next letter.
                pos += 1
                if start and _inside_word(folded, start) or checks and (mm := _checked(regex, folded, mm, checks)) is None:
                    continue
                end = pos = mm.end()
                if e.exclude:
                    if excluded is None:
                        excluded = []
                    excluded.append((e.frame, start, end))
                    continue
                if e.negation:
                    if negation is None:
                        negation = _NEGATOR.search(folded) is not None  # most texts hold no negator at all
                    if negation and _negated(folded, mm, e.second):
                        continue
                add(_new_hit(Hit, (e.frame, e.pattern, start, end, text[start:end], e.weight)))
        if excluded:
            found = [h for h in found if not any(f == h[0] and s < h[3] and h[2] < t for f, s, t in excluded)]
        return _drop_contained(found) if len(found) > 1 else found

    def _threshold(self, hits):
        if not hits:
            return hits
        total = {}
        for h in hits:
            total[h.frame] = total.get(h.frame, 0) + h.weight
        return [h for h in hits if total[h.frame] >= self.frames[h.frame].min_weight - 1e-9]


def _checks(sides, stem):
    """The stem checks of each word of one spelled-out pattern, and the group of its second side."""
    words = sides[0] + (sides[1] if len(sides) > 1 else [])
    return [_word(word, stem)[1] for word in words], (len(sides[0]) + 1 if len(sides) > 1 else None)


def _fast_regex(word, stem):
    """Like :func:`_alt_regex`, with possessive quantifiers where giving back letters cannot help.

    Every word is followed by a gap or by the end test, which need a non-word character
    next: a ``\\w*`` at the end of a word that gave back a letter would leave a letter
    there, so the engine need not try (it only wastes time). The result is the same.
    """
    if word == "*":
        return r"\w++(?:'\w++)*"
    regex, _ = _alt_regex(word, stem)
    if regex.endswith(r"\w*(?:'\w+)*"):
        return regex[:-len(r"\w*(?:'\w+)*")] + r"\w*+(?:'\w++)*"
    if regex.endswith(r"(?:'\w+)*"):
        return regex[:-len(r"(?:'\w+)*")] + r"(?:'\w++)*"
    return regex


def _starts_with_letter(word):
    """True when every match of the alternative ``word`` starts with a word character."""
    c = word[:1]
    return word == "*" or c == "?" or c.isalnum() or c == "_"


def _or(bits):
    return functools.reduce(operator.or_, bits, 0)


def _build(words, n_first, distance, keep=None):
    """The regex of an entry; with ``keep``, only the alternatives whose literal start is in ``keep``.

    Gaps are possessive before a word whose alternatives all start with a letter (giving
    back a gap character would leave a non-letter where the word must start).
    """
    parts = []
    for i, alts in enumerate(words):
        if keep is not None:
            alts = [a for a in alts if not a[1] or a[1] & keep]
        safe = "+" if all(a[2] for a in alts) else ""
        if i == n_first:
            parts.append(rf"(?:{_PGAP}+\w++(?:'\w++)*){{0,{distance}}}?{_PGAP}{safe}")
        elif i:
            parts.append(_GAP + safe)
        regexes = list(dict.fromkeys(a[0] for a in alts))  # a repeated alternative can only fail again
        parts.append("(" + (regexes[0] if len(regexes) == 1 else "(?:" + "|".join(regexes) + ")") + ")")
    return "".join(parts) + _END


def _variant(entry, key):
    """The regex of ``entry`` for a text holding the literal starts ``key``, or False when it cannot match.

    A regex is compiled for a set of literal starts seen twice; the first time, the
    full regex does (same matches, a little slower).
    """
    variants = entry.variants
    if len(variants) > 500:  # bound the memory on very varied texts
        variants.clear(), entry.pending.clear()
    if not all(key & bits for bits in entry.need):
        variants[key] = False  # a word has none of its alternatives in the text
    elif key == entry.bits:
        variants[key] = entry.regex
    elif key in entry.pending:
        variants[key] = re.compile(_build(entry.words, entry.n_first, entry.distance, key))
    else:
        entry.pending.add(key)
        return entry.regex
    return variants[key]


class _TokenBits(dict):
    """token -> the bits of the required words it holds and of the literal starts it holds anywhere.

    (A literal start holds no space, so a text holds one exactly when one of its tokens does.)
    A token is looked up only after :meth:`FrameMatcher._scan` saw it.
    """

    def __init__(self, bits, token_words, word_bits):
        super().__init__()
        self.token_words, self.word_bits = token_words, word_bits
        self.trie = {}
        for prefix, bit in bits.items():
            node = self.trie
            for c in prefix:
                node = node.setdefault(c, {})
            node[""] = bit

    def __missing__(self, token):
        bits, trie = 0, self.trie
        for i in range(len(token)):
            node = trie
            for c in token[i:]:
                node = node.get(c)
                if node is None:
                    break
                bits |= node.get("", 0)
        for wid in self.token_words.get(token, ()):
            bits |= self.word_bits[wid]
        self[token] = bits
        return bits


def _inside_word(folded, i):
    """True when offset ``i`` is not the start of a word (as the ``_TOKEN`` regex sees words)."""
    prev = folded[i - 1]
    return prev.isalnum() or prev == "_" or (prev == "'" and i > 1 and (folded[i - 2].isalnum() or folded[i - 2] == "_"))


def _word_ids_of(by_prefix, token):
    """Ids of the required words that accept ``token``."""
    ids = set()
    for n in range(len(token) + 1):
        for alt, stem, wid in by_prefix.get(token[:n], ()):
            if wid not in ids and _accepts(_word(alt, stem), token):
                ids.add(wid)
    return frozenset(ids)


def _checked(regex, folded, mm, checks):
    """``mm`` if its words pass their stem checks (``checks``: (group, checker) pairs), else the
    match of ``regex`` at the same start that skips each word that failed (there may be one further
    on: "in response to the criminal aggression" for ``in response to ~3 (crime|aggression)``), or None.
    A failed word is overwritten with digits, so that it still counts as a word in a gap but matches
    no pattern word."""
    start = mm.start()
    for _ in range(8):
        for g, c in checks:
            if not c[mm.group(g)]:
                break
        else:
            return mm
        a, b = mm.span(g)
        if a == start:
            return None
        folded = folded[:a] + "0" * (b - a) + folded[b:]
        mm = regex.match(folded, start)
        if mm is None:
            return None
    return None


def _negated(folded, m, second):
    """True when a negator precedes the hit (or its second proximity side) in the same clause."""
    spans = [(max(0, m.start() - 60), m.start())]
    if second is not None:
        spans.append((m.end(second - 1), m.start(second)))
    for lo, pos in spans:
        if _MAYBE_NEGATED.search(folded, lo, pos) is None:
            continue  # no negator can be among the words there
        before = folded[lo:pos]
        cut = [c.end() for c in _CLAUSE.finditer(before)]
        words = _TOKEN.findall(before, cut[-1] if cut else 0)[-3:]
        if any(w in NEGATORS or w.endswith("n't") for w in words):
            return True
    return False


@lru_cache(maxsize=None)
def _word(word: str, stem: bool) -> tuple[str, tuple]:
    """Regex for one pattern word, and the checks its match needs after the regex.

    The checks are (regex, stem) per alternative; they are empty when the regex
    alone decides, i.e. when no alternative is a plain word matched by stem.
    """
    alts = [_alt_regex(a, stem) for a in alternatives(word)]
    regex = alts[0][0] if len(alts) == 1 else "(?:" + "|".join(r for r, _ in alts) + ")"
    needs_stem = any(s for _, s in alts)
    return regex, tuple((re.compile(r), s) for r, s in alts) if needs_stem else ()


def _alt_regex(word, stem):
    if word == "*":
        return r"\w+(?:'\w+)*", None
    if "*" in word or "?" in word:
        body = "".join(r"\w*" if c == "*" else r"\w" if c == "?" else re.escape(c) for c in word)
        return body + r"(?:'\w+)*", None  # a possessive ending still matches: "terrorist's"
    if not stem:
        return re.escape(word), None
    return re.escape(_prefix(word, True)) + r"\w*(?:'\w+)*", _stem(word)


def _verify(checks, token):
    """True when ``token`` fully matches one alternative (and has its stem, for plain words)."""
    return any(rx.fullmatch(token) and (s is None or _stem(token) == s) for rx, s in checks)


class _Stems(dict):
    """token -> whether it passes a word's checks; filled on first sight (a plain dict lookup after)."""

    def __init__(self, alternatives):
        super().__init__()
        self.alternatives = alternatives

    def __missing__(self, token):
        ok = self[token] = _verify(self.alternatives, token)
        return ok


def _accepts(word_regex_checks, token):
    regex, checks = word_regex_checks
    return _verify(checks, token) if checks else re.fullmatch(regex, token) is not None


@lru_cache(maxsize=None)  # the same words recur across patterns
def _prefix(word: str, stem: bool) -> str:
    """The literal start every form of ``word`` shares (what the anchor trie looks for)."""
    if word == "*":
        return ""
    glob = re.search(r"[*?]", word)
    if glob:
        return word[:glob.start()]
    if not stem:
        return word
    common = os.path.commonprefix([word, _stem(word)])
    # Stems can end in a changed letter (party -> parti); other forms may differ there.
    return common[:-1] if len(common) > 3 and common[-1] in "eiy" else common


@lru_cache(maxsize=None)  # the same words recur across patterns
def _specificity(word, stem):
    """How good an anchor ``word`` is: a rare word with a long literal prefix is best."""
    prefix = _prefix(word, stem)
    common = word == "*" or word in _COMMON or prefix in _COMMON or _stem(prefix) in _COMMON_STEMS
    return (not common, len(prefix))


def _drop_contained(hits):
    """Keep one hit per span of a frame: a hit inside a longer hit of the same frame is dropped."""
    if len(hits) < 2:
        return hits
    hits = sorted(hits, key=lambda h: (h[2], h[2] - h[3], -h[5]))  # start, longest first, heaviest first
    kept, reach = [], {}
    for h in hits:
        frame, end = h[0], h[3]
        before = reach.get(frame, -1)
        if before >= end:
            continue
        kept.append(h)
        reach[frame] = end if end > before else before
    return kept


def tag_frames(statements: pd.DataFrame, doc_texts: dict | None, matcher: FrameMatcher,
               window: int = 40) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add a ``frames`` column to ``statements`` and return the hits as a FRAME_HITS table.

    Frame ids are joined by ";" in order of first occurrence. Hit offsets are
    document offsets (``start`` of the statement + offset in its text); the
    ``left``/``right`` context comes from ``doc_texts`` when given.

    >>> from narrative.lexicon import Lexicon, Frame, Pattern
    >>> m = FrameMatcher(Lexicon([Frame("truce", patterns=[Pattern("truce")])]))
    >>> st = pd.DataFrame({"statement_id": ["d:1"], "doc_id": ["d"], "text": ["a truce now"], "start": [10]})
    >>> out, hits = tag_frames(st, None, m, window=2)
    >>> out.frames.tolist(), hits[["start", "end", "left", "right"]].values.tolist()
    (['truce'], [[12, 17, 'a ', ' n']])
    """
    with _gc_paused():
        return _tag_frames(statements, doc_texts, matcher, window)


def _tag_frames(statements, doc_texts, matcher, window):
    texts = statements["text"].fillna("").astype(str).tolist()
    starts = statements["start"].tolist() if "start" in statements else [0] * len(texts)
    batch = matcher.batch(texts)
    framed = list(itertools.compress(range(len(texts)), batch))
    # Only the statements with hits need their ids (taking them is much faster than iterating the columns).
    sids = statements["statement_id"].iloc[framed].tolist()
    docs = statements["doc_id"].iloc[framed].tolist()
    rows, labels = [], [""] * len(texts)
    for i, sid, doc in zip(framed, sids, docs):
        text, base, hits = texts[i], starts[i], batch[i]
        frames = []
        base = _offset(base)
        doc_text = (doc_texts or {}).get(doc)
        if doc_text is None or doc_text[base:base + len(text)] != text:
            doc_text, base_ctx = text, 0  # no document (or offsets disagree): context from the statement
        else:
            base_ctx = base
        for h in hits:
            frame, start, end = h[0], h[2], h[3]
            if frame not in frames:
                frames.append(frame)
            s, e = base_ctx + start, base_ctx + end
            rows.append((sid, doc, frame, h[1], h[4], base + start, base + end,
                         doc_text[s - window if s > window else 0:s], doc_text[e:e + window]))
        labels[i] = ";".join(frames)
    out = statements.copy()
    out["frames"] = labels
    return out, pd.DataFrame(rows, columns=FRAME_HITS)


def hit_signatures(statement_ids, hits: pd.DataFrame) -> np.ndarray:
    """One 64-bit number per statement that changes with its hits (frame, pattern, span, order); 0 for
    a statement without hits. ``reframe`` stores it to tell, without storing every hit again, which
    statements a changed lexicon really changes.

    >>> hits = pd.DataFrame({"statement_id": ["d:1"], "frame": ["truce"], "pattern": ["truce"],
    ...                      "start": [12], "end": [17]})
    >>> a, b = hit_signatures(["d:0", "d:1"], hits)
    >>> int(a), bool(b != 0), bool(b == hit_signatures(["d:1"], hits.assign(end=[16]))[0])
    (0, True, False)
    """
    ids = pd.Index(statement_ids, dtype=object)
    if not len(hits):
        return np.zeros(len(ids), dtype=np.int64)
    key = hits["statement_id"].astype(str)
    # The statements' groups in order of first appearance (as a groupby with sort=False has them).
    group, held = pd.factorize(key.to_numpy())
    # Each hit's rank among its statement's hits: its position in a stable sort by group, less its group's first.
    order = np.argsort(group, kind="stable")
    sizes = np.bincount(group, minlength=len(held))
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    # The columns hashed one by one and combined, as pandas' hash of a DataFrame of them does (without
    # making the DataFrame: a batch has a few hundred hits, and the frame costs more than the hashing).
    columns = [key, hits["frame"].astype(str), hits["pattern"].astype(str), hits["start"].astype(np.int64),
               hits["end"].astype(np.int64), pd.Series(rank)]
    # (what the DataFrame's hash takes of each column: its array as stored, numpy or extension)
    row_hash = _combine_hashes([pd.util.hash_array(c.array if isinstance(c.dtype, pd.api.extensions.ExtensionDtype)
                                                   else c.to_numpy()) for c in columns])
    per = np.zeros(len(held), dtype=np.uint64)
    np.add.at(per, group, row_hash)  # uint64 sums wrap: order-free
    at = pd.Index(held, dtype=object).get_indexer(ids)
    return np.where(at >= 0, per[at], np.uint64(0)).view(np.int64)


def _combine_hashes(arrays: list[np.ndarray]) -> np.ndarray:
    """The row hashes of columns hashed on their own (``pd.util.hash_array``), combined as
    ``pd.util.hash_pandas_object`` combines a DataFrame's (with ``index=False``).

    >>> df = pd.DataFrame({"a": ["x", "y"], "b": [1, 2]})
    >>> h = _combine_hashes([pd.util.hash_array(df[c].to_numpy()) for c in df])
    >>> bool((h == pd.util.hash_pandas_object(df, index=False).to_numpy()).all())
    True
    """
    out = np.full(len(arrays[0]), 0x345678, dtype=np.uint64)
    mult = np.uint64(1000003)
    for i, a in enumerate(arrays):
        out ^= a
        out *= mult
        mult += np.uint64(82520 + 2 * (len(arrays) - i))
    out += np.uint64(97531)
    return out


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector: matching makes millions of small objects and no cycles,
    and with a large heap (pandas) each collection costs more than the matching itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _offset(base):
    """A statement's ``start`` as an int (0 when missing)."""
    if type(base) is int or type(base) is float and base == base:  # the usual cases, without pd.notna
        return int(float(base))
    return int(float(base)) if pd.notna(base) and base != "" else 0
