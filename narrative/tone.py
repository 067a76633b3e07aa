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

import os
import re
from functools import lru_cache

# What pattern rewrites after tokenising: sarcasm "( ! )" -> "(!)", emoticons ": )" -> ":)" (every
# emoticon has one of these characters or is one of the last three forms), paragraph breaks.
_EXOTIC = re.compile(r"[=<>^♥°*:;!\n\r]|[xX8] ?-? ?[D)]|o ?[._] ?O")
_CONTRACTIONS = ("'d", "'m", "'s", "'ll", "'re", "'ve", "n't")


def _pattern_module():
    """TextBlob's ``_text`` module (pattern's lexicon and rules) and TextBlob's folder. The module is
    loaded from its file on its own: importing the ``textblob`` package also imports nltk (2 s)."""
    import importlib.util
    import sys

    folder = importlib.util.find_spec("textblob").submodule_search_locations[0]  # finds, does not import
    name = "narrative._textblob_text"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, os.path.join(folder, "_text.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # it imports only the standard library
        sys.modules[name] = module
    return sys.modules[name], folder


@lru_cache(maxsize=1)
def _model():
    """What ``textblob.en.sentiment`` holds, built the way ``textblob/en/__init__.py`` builds it."""
    _text, folder = _pattern_module()

    class Sentiment(_text.Sentiment):  # textblob.en.Sentiment: adjectives also give their "-ly" adverb
        def load(self, path=None):
            _text.Sentiment.load(self, path)
            if not path:
                for w, pos in list(dict.items(self)):
                    if "JJ" in pos:
                        if w.endswith("y"):
                            w = w[:-1] + "i"
                        if w.endswith("le"):
                            w = w[:-2]
                        p, s, i = pos["JJ"]
                        self.annotate(w + "ly", "RB", p, s, i)

    sentiment = Sentiment(path=os.path.join(folder, "en", "en-sentiment.xml"), synset="wordnet_id",
                          negations=("no", "not", "n't", "never"), modifiers=("RB",),
                          modifier=lambda w: w.endswith("ly"), tokenizer=_text.find_tokens, language="en")
    len(sentiment)  # pattern loads its lexicon lazily
    lex = {w: v[None] for w, v in dict.items(sentiment) if isinstance(w, str) and None in v}
    mods = frozenset(w for w, v in dict.items(sentiment) if isinstance(w, str)
                     and any(m in v for m in sentiment.modifiers))
    emoticons = {e.lower(): p for (_, p), es in _text.EMOTICONS.items() for e in es}
    return lex, mods, frozenset(sentiment.negations), emoticons, _text, sentiment


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
    lex, mods, negations, emoticons, _text, sentiment = _model()
    if _EXOTIC.search(text):
        return sentiment(text)[0]  # pattern's own code for what it rewrites
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
