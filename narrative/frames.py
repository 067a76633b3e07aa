"""Find frames in text with a compiled lexicon.

How matching works, and why it is fast: one regex (a trie of literal word
prefixes) scans the text for *anchor* words, the rarest word of each pattern.
Only at an anchor does Python look further: the pattern's own regex is tried
at the phrase start, stems of plain words are checked (cached per word form),
then exclusions and negation are applied. Text is folded first (lower case,
curly quotes and dashes to ASCII) without changing its length, so offsets
always point into the original text.

>>> from narrative.lexicon import Lexicon, Frame, Pattern
>>> m = FrameMatcher(Lexicon([Frame("truce", patterns=[Pattern("ceasefire ~3 violat*")])]))
>>> [(h.frame, h.matched) for h in m.match("They violated the Ceasefire again.")]
[('truce', 'violated the Ceasefire')]
"""
from __future__ import annotations

import bisect
import itertools
import os
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from nltk.stem import SnowballStemmer

from .lexicon import Lexicon, fold, alternatives, expand_pattern, parse_pattern
from .schema import FRAME_HITS

NEGATORS = frozenset("not no never without deny denies denied denying neither nor cannot".split())
# Words too common to be good anchors (English function words and the everyday words of
# war reporting): a pattern is anchored on a rarer word of its own whenever it has one.
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
_PGAP = r"[^\w;!?]+"               # between words of a proximity span: also commas
_START = r"(?<!\w)(?<!\w')"
_END = r"(?!\w|'\w)"
_stem = lru_cache(maxsize=None)(SnowballStemmer("english").stem)
_COMMON_STEMS = frozenset(map(_stem, _COMMON))


@dataclass(frozen=True)
class Hit:
    """One match: ``text[start:end] == matched``."""
    frame: str
    pattern: str
    start: int
    end: int
    matched: str
    weight: float


class _Entry:
    """A pattern compiled for one anchor word (a proximity pattern has one entry per order).

    ``regex`` matches the whole pattern and starts ``back`` words before the
    anchor. A reversed proximity entry is anchored on its last side: ``tail``
    matches that side at the anchor, then ``regex`` (ending in ``\\Z``) is
    searched within ``reach`` words before it. ``partners`` are literal
    prefixes of which one must occur within ``span`` characters of the anchor:
    a cheap test that rejects most anchors before any regex runs.
    """
    __slots__ = ("frame", "pattern", "weight", "exclude", "regex", "back", "checks", "second",
                 "tail", "reach", "single", "partners", "span")

    def __init__(self, frame, pattern, exclude, words, distance):
        self.frame, self.pattern, self.weight, self.exclude = frame.id, pattern.text, pattern.weight, exclude
        self.single = len(words) == 1
        self.tail, self.reach, self.second = None, 0, None
        self.span = 15 * (len(words) + (distance or 0)) + 30
        self.partners = None


class FrameMatcher:
    """A lexicon compiled for matching; build once, call :meth:`match` or :meth:`batch` many times."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.frames = {f.id: f for f in lexicon.frames}
        self._by_prefix: dict[str, list[tuple[str, _Entry]]] = {}
        self._anchor_cache: dict[str, list[_Entry]] = {}
        self._seen: set[str] = set()                                 # whitespace-delimited tokens scanned
        self._interesting: dict[str, list[tuple[int, str, list]]] = {}  # token -> (offset, word, entries)
        for frame in lexicon.frames:
            for pattern, exclude in [(p, False) for p in frame.patterns] + [(p, True) for p in frame.exclude]:
                for variant in expand_pattern(pattern.text):
                    sides, distance = parse_pattern(variant)
                    if any(sides):  # a LIWC emoticon has no words: warned about when the lexicon was read
                        self._add(frame, pattern, exclude, sides, distance)
        prefixes = sorted(self._by_prefix)
        self._anchors = re.compile(_START + "(?:" + _trie(prefixes) + r")\w*(?:'\w+)*") if prefixes else None

    def _add(self, frame, pattern, exclude, sides, distance):
        score = lambda w: min(_specificity(a, frame.stem) for a in alternatives(w))  # noqa: E731
        words = [w for side in sides for w in side]
        if len(sides) == 2 and max(map(score, sides[1])) > max(map(score, sides[0])):
            sides = sides[::-1]  # anchor both orders on the rarer side
        k = max(range(len(sides[0])), key=lambda i: score(sides[0][i]))
        anchor = sides[0][k]
        others = [w for w in words if w is not anchor and w != "*"]
        partner = max(others, key=score, default=None)
        partners = [_prefix(a, frame.stem) for a in alternatives(partner)] if partner else []
        orders = [sides] if len(sides) == 1 else [sides, sides[::-1]]
        for n, order in enumerate(orders):
            e = _Entry(frame, pattern, exclude, words, distance)
            e.regex, e.checks, e.second = self._compile(frame, order, distance, tail=n == 1)
            e.back = k
            if partners and min(map(len, partners)) >= 3:
                e.partners = re.compile("|".join(map(re.escape, partners)))
            if n == 1:  # reversed: the anchor side comes last
                e.tail = self._compile(frame, [sides[0]], None)[0]
                e.reach = len(sides[1]) + distance + 1
            self._register(anchor, e)

    def _compile(self, frame, sides, distance, tail=False):
        words = sides[0] + (sides[1] if len(sides) > 1 else [])
        parts, checks, second = [], [], None
        for i, word in enumerate(words):
            if i == len(sides[0]):
                parts.append(rf"(?:{_PGAP}\w+(?:'\w+)*){{0,{distance}}}?{_PGAP}")
                second = i + 1  # group number of the second side's first word
            elif i:
                parts.append(_GAP)
            regex, check = _word(word, frame.stem)
            parts.append(f"({regex})")
            checks.append(check)
        return re.compile(_START + "".join(parts) + (r"\Z" if tail else _END)), checks, second

    def _register(self, word, entry):
        for alt in alternatives(word):
            self._by_prefix.setdefault(_prefix(alt, self.frames[entry.frame].stem), []).append((alt, entry))

    def _entries(self, token: str) -> list[_Entry]:
        """Entries whose anchor word accepts ``token`` (cached per word form)."""
        found = self._anchor_cache.get(token)
        if found is None:
            found = []
            for n in range(len(token) + 1):
                for alt, entry in self._by_prefix.get(token[:n], ()):
                    if _accepts(_word(alt, self.frames[entry.frame].stem), token) and entry not in found:
                        found.append(entry)
            self._anchor_cache[token] = found
        return found

    def _scan(self, tokens):
        """Find the anchor words inside whitespace-delimited tokens not seen before.

        All new tokens are scanned in one regex pass, so texts cost a split and
        a set lookup per token rather than a regex pass each.
        """
        new = tokens.difference(self._seen)
        if not new:
            return
        if len(self._seen) > 2_000_000:  # bound the memory on endless streams
            self._seen.clear(), self._interesting.clear(), self._anchor_cache.clear()
        new = list(new)
        joined = fold("\n".join(new))
        starts = list(itertools.accumulate((len(t) + 1 for t in new[:-1]), initial=0))
        for m in self._anchors.finditer(joined):
            entries = self._entries(m.group())
            if entries:
                i = bisect.bisect_right(starts, m.start()) - 1
                self._interesting.setdefault(new[i], []).append((m.start() - starts[i], m.group(), entries))
        self._seen.update(new)

    def hits(self, text: str) -> list[Hit]:
        """All hits in ``text`` after exclusions and negation, without the ``min_weight`` threshold."""
        if self._anchors is None:
            return []
        tokens = text.split()
        self._scan(set(tokens))
        return self._hits(text, tokens)

    def _hits(self, text, tokens):
        interesting = self._interesting
        present = interesting.keys() & tokens
        if not present:
            return []
        found, excluded, folded, n = [], [], fold(text), len(text)
        for token in present:
            pos = text.find(token)
            while pos >= 0:
                end = pos + len(token)
                if (pos == 0 or text[pos - 1].isspace()) and (end == n or text[end].isspace()):
                    for offset, word, entries in interesting[token]:
                        self._try(text, folded, pos + offset, word, entries, found, excluded)
                pos = text.find(token, pos + 1)
        if excluded:
            found = [h for h in found if not any(f == h.frame and s < h.end and h.start < t for f, s, t in excluded)]
        return _drop_contained(found)

    def _try(self, text, folded, at, word, entries, found, excluded):
        """Try the entries anchored on ``word``, found at offset ``at``."""
        for e in entries:
            if e.single:
                start, end, mm = at, at + len(word), None
            else:
                if e.partners and not e.partners.search(folded, max(0, at - e.span), at + e.span):
                    continue
                start = _back(folded, at, e.back) if e.back else at
                if start is None:
                    continue
                if e.tail is None:
                    mm = e.regex.match(folded, start)
                else:
                    tm = e.tail.match(folded, start)
                    mm = tm and e.regex.search(folded, _back(folded, start, e.reach, partial=True), tm.end())
                if not mm or any(c and not _verify(c, mm.group(i + 1)) for i, c in enumerate(e.checks)):
                    continue
                start, end = mm.start(), mm.end()
            if e.exclude:
                excluded.append((e.frame, start, end))
            elif not (self.frames[e.frame].negation and _negated(folded, start, mm, e.second)):
                found.append(Hit(e.frame, e.pattern, start, end, text[start:end], e.weight))

    def match(self, text: str) -> list[Hit]:
        """Hits of the frames whose total weight in ``text`` reaches their ``min_weight``.

        >>> from narrative.lexicon import load_lexicon, default_lexicon_path
        >>> m = FrameMatcher(load_lexicon(default_lexicon_path()))
        >>> sorted({h.frame for h in m.match("Takfiri terrorists did not violate the truce.")})
        ['foreign_backed_terrorists']
        """
        return self._threshold(self.hits(text))

    def _threshold(self, hits):
        total = {}
        for h in hits:
            total[h.frame] = total.get(h.frame, 0) + h.weight
        return [h for h in hits if total[h.frame] >= self.frames[h.frame].min_weight - 1e-9]

    def batch(self, texts: list[str]) -> list[list[Hit]]:
        """Thresholded hits for each text (faster than calling :meth:`match` on each)."""
        if self._anchors is None:
            return [[] for _ in texts]
        split = [t.split() for t in texts]
        self._scan(set(itertools.chain.from_iterable(split)))
        keys = self._interesting.keys()
        # Most statements hold no anchor word: a set test in C skips them.
        return [[] if keys.isdisjoint(toks) else self._threshold(self._hits(t, toks))
                for t, toks in zip(texts, split)]


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


def _accepts(word_regex_checks, token):
    regex, checks = word_regex_checks
    return _verify(checks, token) if checks else re.fullmatch(regex, token) is not None


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


def _specificity(word, stem):
    """How good an anchor ``word`` is: a rare word with a long literal prefix is best."""
    prefix = _prefix(word, stem)
    common = word == "*" or word in _COMMON or prefix in _COMMON or _stem(prefix) in _COMMON_STEMS
    return (not common, len(prefix))


def _back(folded, pos, k, partial=False):
    """Start of the k-th word before ``pos`` (or of the farthest one found, with ``partial``)."""
    words = _TOKEN.findall(folded, max(0, pos - 40 * k - 40), pos)
    if len(words) < k and not partial:
        return None
    lo = pos
    for w in reversed(words[-k:]):  # findall gives no positions: step back over each word
        lo = folded.rindex(w, 0, lo)
    return lo


def _negated(folded, start, m, second):
    """True when a negator precedes the hit (or its second proximity side) in the same clause."""
    starts = [(start, max(0, start - 60))]
    if second is not None:
        starts.append((m.start(second), m.end(second - 1)))
    for pos, lo in starts:
        before = folded[lo:pos]
        cut = [c.end() for c in _CLAUSE.finditer(before)]
        words = _TOKEN.findall(before, cut[-1] if cut else 0)[-3:]
        if any(w in NEGATORS or w.endswith("n't") for w in words):
            return True
    return False


def _drop_contained(hits):
    """Keep one hit per span of a frame: a hit inside a longer hit of the same frame is dropped."""
    if len(hits) < 2:
        return hits
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start), -h.weight))
    kept, reach = [], {}
    for h in hits:
        if reach.get(h.frame, -1) >= h.end:
            continue
        kept.append(h)
        reach[h.frame] = max(reach.get(h.frame, -1), h.end)
    return kept


def _trie(words):
    """A regex alternation of ``words`` shaped as a trie, so the engine does not try each word in turn."""
    tree = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def render(node):
        alts, optional = [], "" in node
        for c in sorted(k for k in node if k):
            alts.append(re.escape(c) + render(node[c]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not optional else "(?:" + "|".join(alts) + ")"
        return body + ("?" if optional else "")

    return render(tree) if "" not in tree else r"(?:" + render(tree) + r")?\w"


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
    texts = statements["text"].fillna("").astype(str).tolist()
    starts = statements["start"].tolist() if "start" in statements else [0] * len(texts)
    rows, labels = [], []
    for (sid, doc, text, base), hits in zip(
            zip(statements["statement_id"], statements["doc_id"], texts, starts), matcher.batch(texts)):
        frames = []
        base = int(base) if pd.notna(base) else 0
        doc_text = (doc_texts or {}).get(doc)
        if doc_text is None or doc_text[base:base + len(text)] != text:
            doc_text, base_ctx = text, 0  # no document (or offsets disagree): context from the statement
        else:
            base_ctx = base
        for h in hits:
            if h.frame not in frames:
                frames.append(h.frame)
            s, e = base_ctx + h.start, base_ctx + h.end
            rows.append((sid, doc, h.frame, h.pattern, h.matched, base + h.start, base + h.end,
                         doc_text[max(0, s - window):s], doc_text[e:e + window]))
        labels.append(";".join(frames))
    out = statements.copy()
    out["frames"] = labels
    return out, pd.DataFrame(rows, columns=FRAME_HITS)
