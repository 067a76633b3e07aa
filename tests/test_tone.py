"""narrative.tone must give TextBlob's polarity, number for number."""
import random

import pytest
from textblob import TextBlob

from narrative import tone
from narrative.stance import CLAUSE

NEWS = """The commander said the operation was a great success and a brave, heroic effort.
"We are not weak," he said; critics called it a terrible, shameful and utterly disastrous retreat!
Officials didn't deny the report (which was published on Monday) but said it was "very misleading".
Analysts in the U.S. were extremely worried... Mr. Smith, a.k.a. the envoy, wasn't happy :( at all.
It's hardly good news: the truce is never going to be truly stable, said Gen. Ali, 8-D, o.O xD ( ! )
Readers wrote: 'awesome!!!' and "So sad" -- "not bad, not bad at all"; "really not good", e.g. “bad”."""


def _clauses():
    texts = NEWS.splitlines() + [NEWS]
    return texts + [c for t in texts for c in CLAUSE.findall(t)]


@pytest.mark.parametrize("text", _clauses())
def test_same_as_textblob_on_news_like_text(text):
    assert tone.polarity(text) == TextBlob(text).sentiment.polarity


def test_same_as_textblob_on_random_word_salad():
    lex, mods, negations, emoticons, _, _ = tone._model()
    rng = random.Random(7)
    vocab = rng.sample(sorted(lex), 150) + sorted(negations) + sorted(mods)[:30] + [
        "very", "really", "don't", "isn't", "won't", "I'd", "we're", "U.S.", "Mr.", "etc.", "e.g.", "...", "!",
        "?", ",", ".", "'", '"', "“", "”", "‘", "’", "-", "--", "(good)", "'bad'", "good!", "x", "D", "8-D", ":)",
        "(", ")", "3.5", "a", "the", "is", "Great", "BAD"]
    for _ in range(3000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 14)))
        if rng.random() < 0.3:
            text = text.replace(" ", "", rng.randint(1, 3))
        assert tone.polarity(text) == TextBlob(text).sentiment.polarity, text


def test_words_outside_the_lexicon_give_zero():
    assert tone.polarity("troops moved north on Tuesday") == 0.0
    assert "good" in tone.lexicon_words() and "troops" not in tone.lexicon_words()
