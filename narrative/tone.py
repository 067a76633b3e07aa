"""TextBlob's (pattern's) polarity, computed the same way but without its per-call overhead.

``polarity(text)`` returns the number ``TextBlob(text).sentiment.polarity`` returns:
the same tokenizer rules (contractions, quote marks and leading or trailing
punctuation split off, abbreviations kept), the same lexicon
(``textblob/en/en-sentiment.xml``, loaded from the installed package: nothing
is downloaded) and the same rules for modifiers ("very good"), negation
("not good"), exclamation marks and emoticons. Only the bookkeeping is
leaner: plain dictionaries instead of pattern's lazy ones, and a fast path for
purely alphabetic tokens. Texts with characters that pattern's sarcasm and
emoticon rewrites could touch go through TextBlob itself, so results are
identical (``tests/test_tone.py`` compares them on thousands of clauses).

>>> polarity("a brave and heroic defence"), polarity("not a good idea"), polarity("troops moved north")
(0.75, -0.35, 0.0)
"""
from __future__ import annotations

import re
from functools import lru_cache

# What pattern rewrites after tokenising: sarcasm "( ! )" -> "(!)", emoticons ": )" -> ":)" (every
# emoticon has one of these characters or is one of the last three forms), paragraph breaks.
_EXOTIC = re.compile(r"[=<>^♥°*:;!\n\r]|[xX8] ?-? ?[D)]|o ?[._] ?O")
_CONTRACTIONS = ("'d", "'m", "'s", "'ll", "'re", "'ve", "n't")


@lru_cache(maxsize=1)
def _model():
    from textblob import _text
    from textblob.en import sentiment

    len(sentiment)  # pattern loads its lexicon lazily
    lex = {w: v[None] for w, v in dict.items(sentiment) if isinstance(w, str) and None in v}
    mods = frozenset(w for w, v in dict.items(sentiment) if isinstance(w, str)
                     and any(m in v for m in sentiment.modifiers))
    emoticons = {e.lower(): p for (_, p), es in _text.EMOTICONS.items() for e in es}
    return lex, mods, frozenset(sentiment.negations), emoticons, _text


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """The words pattern's lexicon scores: a text without any of them has polarity 0."""
    return frozenset(_model()[0])


def _tokens(text: str, _text) -> list[str]:
    """pattern's ``find_tokens`` flattened into one token list (sentence bounds do not matter here)."""
    if "'" in text:
        for c in _CONTRACTIONS:
            text = text.replace(c, " " + c)
    for q in ("“", "”", "‘", "’", "'", '"'):
        text = text.replace(q, f" {q} ")
    punct = tuple(_text.PUNCTUATION.replace(".", ""))
    tail_punct = punct + (".",)
    out = []
    for t in text.split():
        if t.isalpha():
            out.append(t)
            continue
        tail = []
        while t.startswith(punct):
            out.append(t[0])
            t = t[1:]
        while t.endswith(tail_punct):
            if t.endswith(punct):
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):
                if (t in _text.ABBREVIATIONS or _text.RE_ABBR1.match(t) or _text.RE_ABBR2.match(t)
                        or _text.RE_ABBR3.match(t)):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t:
            out.append(t)
        out.extend(reversed(tail))
    return out


def polarity(text: str) -> float:
    """Polarity in [-1, 1] of ``text``, equal to ``TextBlob(text).sentiment.polarity``."""
    lex, mods, negations, emoticons, _text = _model()
    if _EXOTIC.search(text):
        from textblob.en import polarity as textblob_polarity

        return textblob_polarity(text)
    a = []  # [polarity, intensity, negated] per assessed word, as pattern's ``assessments``
    m = n = None
    for w in _tokens(text, _text):
        w = w.lower()
        entry = lex.get(w)
        if entry is not None:
            p, _, i = entry
            if m is None:
                a.append([p, i, 1])
            else:
                last = a[-1]
                last[0] = max(-1.0, min(p * last[1], 1.0))
                last[1] = i
            if n is not None:
                a[-1][1] = 1.0 / a[-1][1]
                a[-1][2] = -1
            m = w if w in mods else None
            n = w if w in negations else None
            continue
        if w in negations:
            n = w
        elif n and len(w.strip("'")) > 1:
            n = None
        if n is not None and m is not None and m.endswith("ly"):
            a[-1][2] = -1
            n = None
        elif m and len(w) > 2:
            m = None
        if w == "!" and a:
            a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, 1.0))
        if not w.isalpha() and len(w) <= 5 and w not in _text.PUNCTUATION and w in emoticons:
            a.append([emoticons[w], 1.0, 1])
    if not a:
        return 0.0
    return sum(p * -0.5 if neg < 0 else p for p, _, neg in a) / float(len(a))
