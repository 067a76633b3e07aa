"""The default frame model: word and character n-grams learnt from hand-coded statements, beside the lexicon.

A dictionary finds a frame only in the words someone thought of; writers say
"the wall between our cities and the flood" as often as "keeps enemies far
from the borders". The default model adds recall: TF-IDF of stemmed word 1- and
2-grams and of character 3- to 5-grams inside words (each seen in at least two
statements; the characters catch word families the stemmer does not join:
"Iranian-backed", "occupiers", "martyrdom"), and one logistic regression per
frame, learnt from ``lexicons/frames_training.csv`` (statements of invented
articles coded by the codebook; columns ``text`` and ``frames``, several joined
by ``;``, empty for none). A frame is predicted when its probability reaches
``threshold``.

The fitted model is plain data, ``lexicons/frames_model.json`` (vocabularies,
idf weights, coefficients), applied here with numpy: no pickle to go stale with
a scikit-learn upgrade, and no scikit-learn import in a run. After editing the
training file, rebuild it with ``python -m narrative.frame_model`` (a test
fails while the two disagree).

It is used with a lexicon that has all its frames (the shipped lexicon or an edited
copy), on statements, not on the author's narration. ``--model none`` turns it
off; ``--model DIR`` (from ``narrative train``) replaces it.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from functools import lru_cache
from itertools import chain, repeat

import numpy as np

from .frames import _stem
from .io import write_text
from .lexicons import lexicon_file

TRAINING_FILE = "frames_training.csv"
MODEL_FILE = "frames_model.json"
#: What ``--model`` takes for "no model", and the value that stands for this default model.
NONE, DEFAULT = "none", "default"
#: Settings of the fit (see :func:`build`). Chosen by frame F1 of lexicon plus model on articles
#: left out of the fit, one coded set at a time (see the README's Quality section).
SETTINGS = {"ngram_range": [1, 2], "stem": True, "char_ngram_range": [3, 5], "min_df": 2, "C": 10.0,
            "class_weight": None, "threshold": 0.45}
TOKEN = re.compile(r"(?u)\b\w+\b")  # scikit-learn's token_pattern, so that both read texts alike
_SPACES = re.compile(r"\s\s+")  # what scikit-learn's char_wb analyzer folds before splitting words


def stemmed(text: str) -> str:
    """The text as the word features see it: lower-cased tokens, each reduced to its Snowball stem
    (the lexicon's stemmer), joined by spaces.

    >>> stemmed("The martyrs' sacrifices, martyred twice")
    'the martyr sacrific martyr twice'
    """
    return " ".join(map(_stem, TOKEN.findall(text.lower())))


@lru_cache(maxsize=None)
def _stem_words(token: str) -> tuple[str, ...]:
    """The words :func:`stemmed` makes of one token once the text is split again: its stem (split,
    as the joined text is)."""
    return tuple(_stem(token).split())


def stemmed_words(text: str) -> list[str]:
    """``stemmed(text).split()``, without joining the stems only to split them again.

    >>> stemmed_words("The martyrs' sacrifices") == stemmed("The martyrs' sacrifices").split()
    True
    """
    return list(chain.from_iterable(map(_stem_words, TOKEN.findall(text.lower()))))


def char_grams(text: str, lo: int, hi: int) -> list[str]:
    """Character ``lo``- to ``hi``-grams inside the lower-cased words of ``text``, each word padded
    with a space on both sides: scikit-learn's ``char_wb`` analyzer.

    >>> char_grams("Axis", 3, 4)
    [' ax', 'axi', 'xis', 'is ', ' axi', 'axis', 'xis ']
    """
    grams = []
    for word in _SPACES.sub(" ", text.lower()).split():
        word = f" {word} "
        n_chars = len(word)
        for n in range(lo, hi + 1):
            if n >= n_chars:  # the whole padded word, once, and no longer grams
                grams.append(word)
                break
            grams += [word[i:i + n] for i in range(n_chars - n + 1)]
    return grams


def training_rows(path=None) -> list[tuple[str, list[str]]]:
    """(text, frames) of the training file.

    >>> rows = training_rows()
    >>> len(rows) > 200 and any(frames for _, frames in rows) and any(not frames for _, frames in rows)
    True
    """
    with open(path or lexicon_file(TRAINING_FILE), newline="", encoding="utf-8") as fh:
        return [(r["text"], [f.strip() for f in (r.get("frames") or "").split(";") if f.strip()])
                for r in csv.DictReader(fh)]


def fingerprint(path=None) -> str:
    """A short hash of the training file and settings: stored in the model, part of a run's frames key."""
    data = (path or lexicon_file(TRAINING_FILE)).read_bytes() + json.dumps(SETTINGS, sort_keys=True).encode()
    return hashlib.sha256(data).hexdigest()[:16]


def fit(path=None):
    """The model fitted with scikit-learn on the training file: (vectorizer, classifier, labels); the
    vectorizer joins the word features (first) and the character features."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion
    from sklearn.preprocessing import MultiLabelBinarizer

    rows = training_rows(path)
    binarizer = MultiLabelBinarizer()
    y = binarizer.fit_transform([frames for _, frames in rows])
    parts = [("words", TfidfVectorizer(ngram_range=tuple(SETTINGS["ngram_range"]), min_df=SETTINGS["min_df"],
                                       sublinear_tf=True, token_pattern=TOKEN.pattern,
                                       preprocessor=stemmed if SETTINGS["stem"] else None))]
    if SETTINGS["char_ngram_range"]:
        parts.append(("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(SETTINGS["char_ngram_range"]),
                                               min_df=SETTINGS["min_df"], sublinear_tf=True)))
    vectorizer = FeatureUnion(parts)
    x = vectorizer.fit_transform([text for text, _ in rows])
    classifier = OneVsRestClassifier(LogisticRegression(C=SETTINGS["C"], class_weight=SETTINGS["class_weight"],
                                                       max_iter=5000))
    return vectorizer, classifier.fit(x, y), [str(c) for c in binarizer.classes_]


def build(path=None) -> dict:
    """The fitted model (:func:`fit`) as JSON-ready data: ``terms``/``idf`` of the words, ``chars``/
    ``char_idf`` of the character n-grams, and per label the coefficients of both, words first."""
    path = path or lexicon_file(TRAINING_FILE)
    vectorizer, classifier, labels = fit(path)
    parts = dict(vectorizer.transformer_list)

    def vocabulary(v):
        return sorted(v.vocabulary_, key=v.vocabulary_.get), [round(float(x), 6) for x in v.idf_]

    terms, idf = vocabulary(parts["words"])
    chars, char_idf = vocabulary(parts["chars"]) if "chars" in parts else ([], [])
    return {"fingerprint": fingerprint(path), "settings": SETTINGS, "n_train": len(training_rows(path)),
            "labels": labels, "terms": terms, "idf": idf, "chars": chars, "char_idf": char_idf,
            "coef": [[round(float(v), 6) for v in e.coef_[0]] for e in classifier.estimators_],
            "intercept": [round(float(e.intercept_[0]), 6) for e in classifier.estimators_]}


def _features(ids: np.ndarray, lengths, idf: np.ndarray):
    """scikit-learn's TF-IDF of texts as a sparse matrix (a row per text): ``ids`` are the feature
    numbers of all the texts' grams, text after text (-1 for a gram without a feature), ``lengths``
    how many grams each text has; 1 + log(count), times idf, unit length.

    >>> _features(np.array([0, 0, -1, 1]), [3, 1], np.ones(2)).toarray().round(3).tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    from scipy.sparse import csr_matrix  # imported by the first statements a process weighs

    kept = ids >= 0
    # A text's features end where its grams end, counted among the kept ones.
    indptr = np.concatenate(([0], np.cumsum(kept, dtype=np.int64)))[np.cumsum(np.r_[0, lengths], dtype=np.int64)]
    ids = ids[kept]
    m = csr_matrix((np.ones(len(ids)), ids, indptr), shape=(len(indptr) - 1, len(idf)))
    m.sum_duplicates()  # one entry per (text, feature): its count
    return _weigh(m, idf)


def _weigh(m, idf: np.ndarray):
    """The counts ``m`` (a sparse matrix, a row per text, each feature once and in order) weighed in
    place as scikit-learn's TF-IDF does: 1 + log(count), times idf, unit length."""
    m.data = (1.0 + np.log(m.data)) * idf[m.indices]
    norm = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    m.data /= np.repeat(np.where(norm > 0, norm, 1.0), np.diff(m.indptr))
    return m


class FrameModel:
    """The fitted model (data of :func:`build`), applied with numpy.

    >>> m = default_frame_model()
    >>> m.predict(["Every drop of the martyrs' blood will be avenged.", "The weather was mild."])
    ['martyrdom;retaliation', '']
    """

    def __init__(self, data: dict):
        settings = data["settings"]
        self.labels = data["labels"]
        self.index = {t: i for i, t in enumerate(data["terms"])}
        self.idf = np.asarray(data["idf"], dtype=np.float64)
        self.chars = {t: i for i, t in enumerate(data.get("chars") or [])}
        self.char_idf = np.asarray(data.get("char_idf") or [], dtype=np.float64)
        self.char_range = settings.get("char_ngram_range") if self.chars else None
        self.stem = settings.get("stem", False)
        self._word_chars: dict[str, np.ndarray] = {}  # a word's character features (words recur)
        self.coef = np.asarray(data["coef"], dtype=np.float64).T  # features (words, then chars) x labels
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)
        self.threshold = settings["threshold"]
        self.fingerprint = data["fingerprint"]

    def probabilities(self, texts, features=None) -> np.ndarray:
        """One row per text, one column per label (``self.labels``). The features are those of
        scikit-learn's vectorizers: 1- and 2-grams of (stemmed) lower-cased tokens and character
        n-grams inside words, each kind weighed 1 + log(count), times idf, to unit length; the texts
        are weighed together (a sparse matrix product); ``features``: :meth:`features` of the texts, when
        already computed."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(self.labels)))
        x = self.features(texts) if features is None else features
        return 1.0 / (1.0 + np.exp(-(np.asarray(x @ self.coef) + self.intercept)))

    def features(self, texts):
        """The texts' features (a sparse matrix, a row per text): the word features, then the character
        ones (see :meth:`probabilities`); the stance model reads them too.

        >>> default_frame_model().features(["Victory is ours", ""]).shape[0]
        2
        """
        from scipy.sparse import hstack

        texts = list(texts)
        words = [stemmed_words(t) if self.stem else TOKEN.findall(t.lower()) for t in texts]
        grams = [w + list(map(" ".join, zip(w, w[1:]))) for w in words]
        flat = list(chain.from_iterable(grams))  # looked up in one C-level map, not text by text
        ids = np.fromiter(map(self.index.get, flat, repeat(-1, len(flat))), dtype=np.int64, count=len(flat))
        x = _features(ids, list(map(len, grams)), self.idf)
        if self.char_range:
            x = hstack([x, _weigh(self._char_counts(texts), self.char_idf)], format="csr")
        return x

    def _char_counts(self, texts: list[str]):
        """How often each character n-gram feature occurs in each text (a sparse matrix, a row per
        text, features in order): the texts' counts of their distinct words times those words'
        features. Each word's features are found once (words recur: they are kept across batches),
        and a text's are added up by a sparse product, not feature by feature.

        >>> m = default_frame_model()
        >>> c = m._char_counts(["Axis axis", "axis", ""])
        >>> (c[0] != 2 * c[1]).nnz, c[2].nnz, c[1].nnz > 0
        (0, 0, True)
        """
        from scipy.sparse import csr_matrix

        cache, chars, (lo, hi) = self._word_chars, self.chars, self.char_range
        words = [t.lower().split() for t in texts]  # (folding runs of spaces, as char_grams does, splits alike)
        flat = list(chain.from_iterable(words))
        distinct = list(dict.fromkeys(flat))
        new = [w for w in distinct if w not in cache]
        if len(cache) + len(new) > 200_000:
            cache.clear()
            new = distinct
        for word in new:
            cache[word] = np.fromiter((i for i in map(chars.get, char_grams(word, lo, hi)) if i is not None),
                                      dtype=np.int64)
        arrays = list(map(cache.__getitem__, distinct))
        every = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
        ends = np.cumsum(np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays)))
        features = csr_matrix((np.ones(len(every)), every, np.r_[0, ends]), shape=(len(distinct), len(self.char_idf)))
        at = dict(zip(distinct, range(len(distinct))))
        which = np.fromiter(map(at.__getitem__, flat), dtype=np.int64, count=len(flat))
        rows = np.repeat(np.arange(len(texts)), list(map(len, words)))
        counts = csr_matrix((np.ones(len(flat)), (rows, which)), shape=(len(texts), len(distinct))) @ features
        counts.sort_indices()  # (the product leaves no duplicates and no zeros: only the order to set)
        return counts

    def found(self, texts, features=None) -> list[list[tuple[str, float]]]:
        """(frame, probability) of each frame predicted for each text."""
        p = self.probabilities(list(texts), features)
        return [[(f, float(q)) for f, q in zip(self.labels, row) if q >= self.threshold] for row in p]

    def predict(self, texts) -> list[str]:
        """The frames of each text, joined by ``;`` (empty for none)."""
        return self.predict_columns(texts)[0]

    def predict_columns(self, texts):
        """(frames joined by ``;``, confidence) per text; the confidence is that of the least certain
        decision, ``min(p if predicted else 1 - p)``, as for models from ``narrative train``."""
        p = self.probabilities(list(texts))
        on = p >= self.threshold
        frames = [";".join(l for l, o in zip(self.labels, row) if o) for row in on]
        confidence = np.where(on, p, 1.0 - p).min(axis=1) if p.shape[1] else np.ones(len(p))
        return frames, confidence


@lru_cache(maxsize=1)
def default_frame_model() -> FrameModel:
    """The shipped model, read once per process."""
    return FrameModel(json.loads(lexicon_file(MODEL_FILE).read_text(encoding="utf-8")))


def main() -> int:
    """Rebuild ``lexicons/frames_model.json`` from the training file."""
    data = build()
    write_text(lexicon_file(MODEL_FILE), json.dumps(data, separators=(",", ":")) + "\n")
    print(f"{lexicon_file(MODEL_FILE)}: {data['n_train']} statements, {len(data['terms'])} terms, "
          f"{len(data['labels'])} frames", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
