"""The default frame model: word n-grams learnt from hand-coded statements, beside the lexicon.

A dictionary finds a frame only in the words someone thought of; writers say
"the wall between our cities and the flood" as often as "keeps enemies far
from the borders". The default model adds recall: TF-IDF of word 1- and
2-grams (seen in at least two statements) and one logistic regression per
frame, learnt from ``lexicons/frames_training.csv`` (statements of invented
articles coded by the codebook; columns ``text`` and ``frames``, several joined
by ``;``, empty for none). A frame is predicted when its probability reaches
``threshold``.

The fitted model is plain data, ``lexicons/frames_model.json`` (vocabulary,
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

import numpy as np

from .io import write_text
from .lexicons import lexicon_file

TRAINING_FILE = "frames_training.csv"
MODEL_FILE = "frames_model.json"
#: What ``--model`` takes for "no model", and the value that stands for this default model.
NONE, DEFAULT = "none", "default"
#: Settings of the fit (see :func:`build`).
SETTINGS = {"ngram_range": [1, 2], "min_df": 2, "C": 4.0, "class_weight": None, "threshold": 0.4}
TOKEN = re.compile(r"(?u)\b\w+\b")  # scikit-learn's token_pattern, so that both read texts alike


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
    """The model fitted with scikit-learn on the training file: (vectorizer, classifier, labels)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer

    rows = training_rows(path)
    binarizer = MultiLabelBinarizer()
    y = binarizer.fit_transform([frames for _, frames in rows])
    vectorizer = TfidfVectorizer(ngram_range=tuple(SETTINGS["ngram_range"]), min_df=SETTINGS["min_df"],
                                 sublinear_tf=True, token_pattern=TOKEN.pattern)
    x = vectorizer.fit_transform([text for text, _ in rows])
    classifier = OneVsRestClassifier(LogisticRegression(C=SETTINGS["C"], class_weight=SETTINGS["class_weight"],
                                                       max_iter=5000))
    return vectorizer, classifier.fit(x, y), [str(c) for c in binarizer.classes_]


def build(path=None) -> dict:
    """The fitted model (:func:`fit`) as JSON-ready data."""
    path = path or lexicon_file(TRAINING_FILE)
    vectorizer, classifier, labels = fit(path)
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {"fingerprint": fingerprint(path), "settings": SETTINGS, "n_train": len(training_rows(path)),
            "labels": labels, "terms": terms, "idf": [round(float(v), 6) for v in vectorizer.idf_],
            "coef": [[round(float(v), 6) for v in e.coef_[0]] for e in classifier.estimators_],
            "intercept": [round(float(e.intercept_[0]), 6) for e in classifier.estimators_]}


class FrameModel:
    """The fitted model (data of :func:`build`), applied with numpy.

    >>> m = default_frame_model()
    >>> m.predict(["Every drop of the martyrs' blood will be avenged.", "The weather was mild."])
    ['martyrdom;retaliation', '']
    """

    def __init__(self, data: dict):
        self.labels = data["labels"]
        self.index = {t: i for i, t in enumerate(data["terms"])}
        self.idf = np.asarray(data["idf"], dtype=np.float64)
        self.coef = np.asarray(data["coef"], dtype=np.float64).T  # terms x labels
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)
        self.threshold = data["settings"]["threshold"]
        self.fingerprint = data["fingerprint"]

    def probabilities(self, texts) -> np.ndarray:
        """One row per text, one column per label (``self.labels``). The features are those of
        scikit-learn's vectorizer: lower-cased tokens, 1- and 2-grams, 1 + log(count), times idf, unit
        length; the texts are weighed together, a sum per label over all their terms."""
        index, terms, counts, sizes = self.index, [], [], []
        for text in texts:
            words = TOKEN.findall(text.lower())
            found: dict[int, int] = {}
            for gram in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
                i = index.get(gram)
                if i is not None:
                    found[i] = found.get(i, 0) + 1
            terms += found
            counts += found.values()
            sizes.append(len(found))
        n = len(sizes)
        idx = np.asarray(terms, dtype=np.int64)
        w = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * self.idf[idx]
        row = np.repeat(np.arange(n), sizes)
        norm = np.sqrt(np.bincount(row, weights=w * w, minlength=n))
        w = w / np.where(norm > 0, norm, 1.0)[row]
        scores = np.column_stack([np.bincount(row, weights=w * self.coef[idx, j], minlength=n)
                                  for j in range(len(self.labels))]) if n else np.zeros((0, len(self.labels)))
        return 1.0 / (1.0 + np.exp(-(scores + self.intercept)))

    def found(self, texts) -> list[list[tuple[str, float]]]:
        """(frame, probability) of each frame predicted for each text."""
        p = self.probabilities(list(texts))
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
