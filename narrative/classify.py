"""Trainable text classifier: TF-IDF word + character n-grams with a linear model chosen by cross-validation.

The model and its hyper-parameters are picked by cross-validation over a small
grid (logistic regression, linear SVM, complement naive Bayes, each with a few
regularisation strengths) on one feature set: the union of word 1-2-grams and
``char_wb`` 2-5-grams, sublinear TF-IDF. The accuracy that is reported is an
honest one: *nested* cross-validation, in which every row is predicted by a
model whose hyper-parameters were chosen without seeing that row. The grid
scores of the final choice (made on all rows) are reported too, but they are
optimistic by construction and labelled so.

Labels are one per row (multiclass), or several joined by ``;`` (multi-label,
one binary classifier per label). In multi-label data, the label ``none`` marks
a row that has none of the labels (a negative example, e.g. a statement with no
frame): it is learnt like a label but never output. With ``by`` one model is trained per value
of a column (e.g. one stance model per target).

Confidence is a probability in [0, 1]:

* multiclass: the probability of the predicted class. Logistic regression and
  naive Bayes give ``predict_proba``; a linear SVM is wrapped in
  ``CalibratedClassifierCV`` (Platt/sigmoid scaling, 3-fold) and, only when a
  class is too small for that, the softmax of its decision function is used.
  ``meta.json`` says which under ``"confidence"``.
* multi-label: each label is in when its probability is >= 0.5 (when every
  training row had a label, the most probable label is kept for a row where
  none passes). The confidence is that of the least certain of these per-label
  decisions: ``min(p if in else 1 - p)``.

Models are saved with :mod:`skops.io` (never pickle) and loaded only after
checking that the file contains no type outside :data:`TRUSTED_TYPES` and
skops' own safe defaults.

>>> import pandas as pd
>>> rows = [("taxes are too high", "economy"), ("the budget deficit grows", "economy"),
...         ("jobs and wages fall", "economy"), ("prices and inflation rise", "economy"),
...         ("hospitals lack nurses", "health"), ("doctors warn of the virus", "health"),
...         ("the clinic has no beds", "health"), ("vaccines protect patients", "health")]
>>> df = pd.DataFrame(rows, columns=["text", "frame"])
>>> model = fit(df, "text", "frame", folds=2, grid="quick")
>>> model.predict(pd.DataFrame({"text": ["hospitals need more nurses"]}), "text")["predicted"].tolist()
['health']
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
import sys
import time
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import NarrativeError, csv_problem
from .io import atomic_path, write_text

#: Fully qualified type names that may be loaded from a model file besides
#: skops' built-in safe list (numpy, scipy.sparse and scikit-learn estimators).
#: Anything else in a file is refused before it is loaded.
TRUSTED_TYPES: list[str] = [
    # the calibrated linear SVM's per-class sigmoid calibrators
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]

#: Estimator classes a loaded model may contain (checked after loading too).
_ALLOWED_CLASSIFIERS = ("LogisticRegression", "LinearSVC", "ComplementNB",
                        "CalibratedClassifierCV", "OneVsRestClassifier")

MODEL_FILE, META_FILE, REPORT_JSON, REPORT_TXT = "model.skops", "meta.json", "report.json", "report.txt"
FORMAT = "narrative-text-model"
FORMAT_VERSION = 1
#: Identifies :func:`normalize_text`; stored so a future change can be detected.
PREPROCESS = "normalize-v1"

#: The default grid: (model, hyper-parameters). Listed simplest-first so ties go to the earlier one.
FULL_GRID = (
    [("logreg", {"C": c}) for c in (1.0, 4.0, 16.0)]
    + [("linear_svm", {"C": c}) for c in (0.1, 0.3, 1.0)]
    + [("complement_nb", {"alpha": a}) for a in (0.3, 1.0)]
)
#: A two-point grid for smoke tests and quick looks (``--quick``).
QUICK_GRID = [("logreg", {"C": 4.0}), ("linear_svm", {"C": 0.3})]
#: Used when a training fold is too small to choose by inner cross-validation.
DEFAULT_CANDIDATE = ("logreg", {"C": 4.0})

INNER_FOLDS = 3
METRICS = ("f1_macro", "accuracy")

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"(?<!\w)@\w+")
_REPEAT = re.compile(r"(\w)\1{2,}")
_SPACE = re.compile(r"\s+")


#: In multi-label data, the label of a row with none of the labels (see the module docstring).
NO_LABEL = "none"


def normalize_text(text) -> str:
    """Light normalisation applied before feature extraction (train and predict alike).

    URLs and @-mentions carry no reusable meaning, and stretched words
    ("sooooo") would otherwise each be a new token.

    >>> normalize_text("Sooooo good @anna https://t.co/x  !!")
    'Soo good @user http !!'
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    text = _URL.sub("http", str(text))
    text = _MENTION.sub("@user", text)
    text = _REPEAT.sub(r"\1\1", text)
    return _SPACE.sub(" ", text).strip()


def split_labels(value) -> list[str]:
    """Split a ``;``-joined label cell into its labels (stripped, no empties, no repeats).

    >>> split_labels(" economy; health;;economy ")
    ['economy', 'health']
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    out = []
    for part in str(value).split(";"):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


# ----------------------------------------------------------------------------- estimators

#: Feature sets: what ``features`` names in :func:`fit`.
FEATURES = {"words+chars": "tfidf word 1-2 + char_wb 2-5 (sublinear tf)", "words": "tfidf word 1-2 (sublinear tf)"}


def _features(kind="words+chars"):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    # Word bigrams catch negation and short phrases; char_wb n-grams catch
    # morphology, misspellings, hashtags and emoji that the word tokenizer drops,
    # at several times the cost of words alone ("words": for models applied to
    # every statement of large corpora). min_df=2 on chars keeps the vocabulary in check.
    if kind not in FEATURES:
        raise NarrativeError(f"unknown feature set {kind!r}; choose from {', '.join(FEATURES)}")
    parts = [("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b",
                                      sublinear_tf=True, lowercase=True, dtype=np.float32))]
    if kind == "words+chars":
        parts.append(("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                              sublinear_tf=True, lowercase=True, dtype=np.float32)))
    return FeatureUnion(parts)


def _classifier(name, params, multilabel, seed, final=False, calib_folds=0):
    """Build one grid candidate. ``final`` adds probability calibration to the SVM."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.naive_bayes import ComplementNB
    from sklearn.svm import LinearSVC
    if name == "logreg":
        # saga with a loose tolerance is several times faster than lbfgs on
        # 10^5+ sparse TF-IDF columns at the same held-out score.
        est = LogisticRegression(C=params["C"], class_weight="balanced", solver="saga",
                                 tol=1e-3, max_iter=300, random_state=seed)
    elif name == "linear_svm":
        est = LinearSVC(C=params["C"], class_weight="balanced", max_iter=5000, random_state=seed)
        if final and calib_folds >= 2:
            est = CalibratedClassifierCV(est, method="sigmoid", cv=calib_folds)
    elif name == "complement_nb":
        est = ComplementNB(alpha=params["alpha"])
    else:
        raise ValueError(f"unknown model {name!r}")
    return OneVsRestClassifier(est) if multilabel else est


def _calib_folds(y, multilabel):
    """Folds for SVM calibration: 3, fewer when the smallest class (or label side) is smaller."""
    if multilabel:
        smallest = int(min(y.sum(axis=0).min(), (1 - y).sum(axis=0).min()))
    else:
        smallest = int(np.bincount(y).min())
    return min(3, smallest)


def _confidence_kind(name, estimator):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.multiclass import OneVsRestClassifier
    inner = estimator.estimator if isinstance(estimator, OneVsRestClassifier) else estimator
    if name == "linear_svm":
        if isinstance(inner, CalibratedClassifierCV):
            return "calibrated probability (CalibratedClassifierCV, sigmoid) of the linear SVM"
        return "softmax (sigmoid for multi-label) of the linear SVM decision function"
    if name == "logreg":
        return "predict_proba of logistic regression"
    return "predict_proba of complement naive Bayes"


def _probabilities(estimator, X, multilabel):
    """Class (or per-label) probabilities; softmax/sigmoid of the decision function when there is no predict_proba."""
    if hasattr(estimator, "predict_proba"):
        P = estimator.predict_proba(X)
        return np.asarray(P.toarray() if hasattr(P, "toarray") else P, dtype=float)
    d = np.asarray(estimator.decision_function(X), dtype=float)
    if multilabel:
        return 1.0 / (1.0 + np.exp(-d))
    if d.ndim == 1:  # binary: one margin for the second class
        d = np.column_stack([-d, d]) / 2.0
    d = d - d.max(axis=1, keepdims=True)
    e = np.exp(d)
    return e / e.sum(axis=1, keepdims=True)


def _decide(estimator, X, multilabel, min_labels):
    """Predictions and confidences as described in the module docstring."""
    P = _probabilities(estimator, X, multilabel)
    if not multilabel:
        # classes_ are the integer codes seen in training (all of them, folds are stratified)
        classes = np.asarray(estimator.classes_)
        idx = P.argmax(axis=1)
        return classes[idx], P[np.arange(len(idx)), idx]
    Y = (P >= 0.5).astype(int)
    if min_labels:
        empty = Y.sum(axis=1) == 0
        Y[empty, P[empty].argmax(axis=1)] = 1
    conf = np.where(Y == 1, P, 1.0 - P).min(axis=1) if P.shape[1] else np.ones(len(P))
    return Y, conf


def _score(y_true, y_pred, metric, n_labels):
    from sklearn.metrics import accuracy_score, f1_score
    if metric == "accuracy":
        return float(accuracy_score(y_true, y_pred))
    labels = None if y_true.ndim == 2 else list(range(n_labels))
    return float(f1_score(y_true, y_pred, average="macro", labels=labels, zero_division=0))


def _folds(y, k, multilabel, seed):
    from sklearn.model_selection import KFold, StratifiedKFold
    # Multi-label rows cannot be stratified with scikit-learn alone; shuffled KFold instead.
    splitter = (KFold(k, shuffle=True, random_state=seed) if multilabel
                else StratifiedKFold(k, shuffle=True, random_state=seed))
    return list(splitter.split(np.zeros(len(y)), y))


def _grid_scores(texts, y, splits, grid, multilabel, min_labels, seed, metric, n_labels, features):
    """Score every candidate on every split; one feature fit per split is shared by all candidates."""
    scores = np.zeros((len(grid), len(splits)))
    for j, (tr, te) in enumerate(splits):
        feats = _features(features)
        Xtr = feats.fit_transform([texts[i] for i in tr])
        Xte = feats.transform([texts[i] for i in te])
        warm = None
        for c, (name, params) in enumerate(grid):
            if name == "logreg" and not multilabel:
                # warm start from the previous C on the same fold: ~20% less time, same optimum
                warm = warm.set_params(C=params["C"]) if warm is not None else \
                    _classifier(name, params, multilabel, seed).set_params(warm_start=True)
                est = warm.fit(Xtr, y[tr])
            else:
                est = _classifier(name, params, multilabel, seed).fit(Xtr, y[tr])
            pred, _ = _decide(est, Xte, multilabel, min_labels)
            scores[c, j] = _score(y[te], pred, metric, n_labels)
    return scores


def _best(scores, grid):
    means = scores.mean(axis=1)
    return int(np.flatnonzero(means == means.max())[0])  # first = simplest on ties


def _inner_folds(y, multilabel):
    if multilabel:
        return min(INNER_FOLDS, len(y))
    return min(INNER_FOLDS, int(np.bincount(y).min()))


def _task(kind, texts, y, tr, te, grid, multilabel, min_labels, seed, metric, n_labels, features):
    """One unit of parallel work.

    ``select``: score the grid on one fold of all rows (the final model's choice).
    ``outer``: choose by inner CV on the outer training rows only, refit the
    choice and predict the held-out rows (the honest estimate).
    """
    from sklearn.exceptions import ConvergenceWarning
    with warnings.catch_warnings():
        # saga's loose tolerance is deliberate; OneVsRest warns about labels absent from a small fold
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.filterwarnings("ignore", message="Label not .* present in all training examples")
        warnings.filterwarnings("ignore", message="The least populated class")
        if kind == "select":
            return _grid_scores(texts, y, [(tr, te)], grid, multilabel, min_labels, seed, metric, n_labels,
                                features)[:, 0]
        ytr = y[tr]
        k_in = _inner_folds(ytr, multilabel)
        if k_in >= 2 and len(grid) > 1:
            t_sub = [texts[i] for i in tr]
            inner = _folds(ytr, k_in, multilabel, seed + 1)
            inner_scores = _grid_scores(t_sub, ytr, inner, grid, multilabel, min_labels, seed, metric, n_labels,
                                        features)
            chosen = grid[_best(inner_scores, grid)]
        else:
            chosen = grid[0] if len(grid) == 1 else DEFAULT_CANDIDATE
        feats = _features(features)
        Xtr = feats.fit_transform([texts[i] for i in tr])
        est = _classifier(*chosen, multilabel, seed, final=True,
                          calib_folds=_calib_folds(ytr, multilabel)).fit(Xtr, ytr)
        pred, conf = _decide(est, feats.transform([texts[i] for i in te]), multilabel, min_labels)
        return chosen, pred, conf


# ----------------------------------------------------------------------------- data

def _check_columns(df, *cols, path=None):
    missing = [c for c in cols if c and c not in df.columns]
    if missing:
        raise NarrativeError(f"no column {missing[0]!r} (columns: {', '.join(map(str, df.columns))})", path)


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or not str(value).strip()


def _prepare(df, text, label, folds, warn, multilabel=None):
    """Clean rows, encode labels and settle the number of folds (raising NarrativeError on unusable data)."""
    texts = [normalize_text(t) for t in df[text].tolist()]
    raw = df[label].tolist()
    keep = [i for i, (t, l) in enumerate(zip(texts, raw)) if t and not _blank(l)]
    n_empty = sum(1 for t in texts if not t)
    n_nolabel = sum(1 for t, l in zip(texts, raw) if t and _blank(l))
    if n_empty:
        warn(f"{n_empty} row(s) with empty text in {text!r} skipped")
    if n_nolabel:
        warn(f"{n_nolabel} row(s) with no label in {label!r} skipped")
    if not keep:
        raise NarrativeError(f"no rows with both a text in {text!r} and a label in {label!r}")
    texts = [texts[i] for i in keep]
    raw = [str(raw[i]) for i in keep]
    if multilabel is None:
        multilabel = any(";" in v for v in raw)
    if multilabel:
        sets = [split_labels(v) for v in raw]
        labels = sorted({l for s in sets for l in s})
        index = {l: j for j, l in enumerate(labels)}
        y = np.zeros((len(sets), len(labels)), dtype=int)
        for i, s in enumerate(sets):
            y[i, [index[l] for l in s]] = 1
        counts = dict(zip(labels, y.sum(axis=0).tolist()))
        always = [l for l in labels if counts[l] == len(sets)]
        if always:
            raise NarrativeError(f"label {always[0]!r} is on every row; it cannot be learned")
        min_labels = int((y.sum(axis=1) > 0).all())
    else:
        labels = sorted(set(v.strip() for v in raw))
        index = {l: j for j, l in enumerate(labels)}
        y = np.array([index[v.strip()] for v in raw], dtype=int)
        counts = dict(zip(labels, np.bincount(y, minlength=len(labels)).tolist()))
        min_labels = 1
    if len(labels) < 2:
        raise NarrativeError(f"column {label!r} has only one class ({labels[0]!r}); at least 2 are needed")
    rare = min(counts, key=counts.get)
    if counts[rare] < 2:
        raise NarrativeError(f"class {rare!r} in {label!r} has only {counts[rare]} example; at least 2 are "
                             "needed for cross-validation (merge or remove it)")
    if folds < 2:
        raise NarrativeError(f"--folds must be at least 2 (got {folds})")
    if counts[rare] < folds:
        warn(f"folds reduced from {folds} to {counts[rare]}: class {rare!r} has only {counts[rare]} examples")
        folds = counts[rare]
    return texts, y, labels, multilabel, min_labels, counts, folds, {"empty_text": n_empty, "no_label": n_nolabel}


# ----------------------------------------------------------------------------- model objects

@dataclass
class _Part:
    """One fitted classifier (the whole model, or the model of one ``by`` group)."""
    estimator: object
    meta: dict
    report: dict | None = None

    def predict_texts(self, texts):
        """Return (predicted label strings, confidences) for raw texts."""
        labels, multilabel = self.meta["labels"], self.meta["multilabel"]
        norm = [normalize_text(t) for t in texts]
        ok = [i for i, t in enumerate(norm) if t]
        predicted = [""] * len(norm)
        confidence = np.zeros(len(norm))  # an empty text gets no label and no confidence
        if ok:
            pred, conf = _decide(self.estimator, [norm[i] for i in ok], multilabel, self.meta["min_labels"])
            for k, i in enumerate(ok):
                if multilabel:
                    predicted[i] = ";".join(l for l, on in zip(labels, pred[k]) if on and l != NO_LABEL)
                else:
                    predicted[i] = labels[int(pred[k])]
            confidence[ok] = np.clip(conf, 0.0, 1.0)
        return predicted, confidence


@dataclass
class Model:
    """A trained model: one :class:`_Part` (key ``None``) or one per value of ``meta['by']``.

    Get one from :func:`fit` or :func:`load_model`; save it with :meth:`save`.
    """
    meta: dict
    parts: dict = field(default_factory=dict)
    report: dict | None = None

    def predict(self, df, text, by=None):
        """Return ``df`` plus ``predicted`` and ``confidence`` columns (see :func:`predict`)."""
        predicted, confidence = self.predict_columns(df, text, by)
        return df.assign(predicted=predicted, confidence=confidence)

    def predict_columns(self, df, text, by=None):
        """Return (list of predicted label strings, array of confidences), one per row of ``df``."""
        _check_columns(df, text)
        if not self.meta.get("by"):
            return self.parts[None].predict_texts(df[text].tolist())
        by = by or self.meta["by"]
        _check_columns(df, by)
        groups = df[by].map(lambda v: "" if _blank(v) else str(v).strip()).to_numpy()
        unknown = sorted(set(groups) - set(self.parts))
        if unknown:
            more = f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else ""
            raise NarrativeError(f"no model for {by}={unknown[0]!r}{more}; the model knows: "
                                 + ", ".join(map(repr, sorted(self.parts))))
        predicted, confidence = [""] * len(df), np.zeros(len(df))
        for g, part in self.parts.items():
            rows = np.flatnonzero(groups == g)
            if len(rows):
                p, c = part.predict_texts(df[text].iloc[rows].tolist())
                for k, i in enumerate(rows):
                    predicted[i] = p[k]
                confidence[rows] = c
        return predicted, confidence

    def save(self, model_dir):
        """Write the model files (atomically, each) into ``model_dir``."""
        model_dir = Path(model_dir)
        if self.meta.get("by"):
            for g, part in self.parts.items():
                _save_part(part, model_dir / self.meta["groups"][g])
            _write_json(model_dir / META_FILE, self.meta)
            if self.report is not None:
                _write_json(model_dir / REPORT_JSON, self.report)
                write_text(model_dir / REPORT_TXT, format_report(self.report))
        else:
            _save_part(self.parts[None], model_dir)


def _write_json(path, obj):
    write_text(path, json.dumps(obj, indent=2, ensure_ascii=False, default=_json_default) + "\n")


def _json_default(o):
    if isinstance(o, np.integer):
        return int(o)
    if isinstance(o, np.floating):
        return float(o)
    if isinstance(o, np.ndarray):
        return o.tolist()
    raise TypeError(type(o).__name__)


def _save_part(part, folder):
    import skops.io as sio
    folder = Path(folder)
    data = sio.dumps(part.estimator)  # skops, never pickle: loading cannot run arbitrary code
    with atomic_path(folder / MODEL_FILE) as tmp:
        tmp.write_bytes(data)
    _write_json(folder / META_FILE, part.meta)
    if part.report is not None:
        _write_json(folder / REPORT_JSON, part.report)
        write_text(folder / REPORT_TXT, format_report(part.report))


def _load_estimator(path):
    import skops.io as sio
    try:
        data = Path(path).read_bytes()
        untrusted = sio.get_untrusted_types(data=data)
    except FileNotFoundError:
        raise NarrativeError("model file not found", path) from None
    except (zipfile.BadZipFile, KeyError, ValueError, json.JSONDecodeError) as exc:
        raise NarrativeError(f"not a skops model file ({exc})", path) from None
    refused = [t for t in untrusted if t not in TRUSTED_TYPES]
    if refused:
        raise NarrativeError(f"refusing to load untrusted type(s): {', '.join(refused)}", path)
    try:
        est = sio.loads(data, trusted=list(TRUSTED_TYPES))
    except Exception as exc:  # a damaged or foreign file: report it as the user's file problem
        raise NarrativeError(f"cannot load model: {exc}", path) from None
    _check_structure(est, path)
    return est


def _check_structure(est, path):
    """Refuse anything but the pipeline this module builds, even if made of trusted types."""
    from sklearn.pipeline import FeatureUnion, Pipeline
    ok = (isinstance(est, Pipeline) and [n for n, _ in est.steps] == ["features", "clf"]
          and isinstance(est.named_steps["features"], FeatureUnion))
    if ok:
        clf = est.named_steps["clf"]
        names = {type(clf).__name__, type(getattr(clf, "estimator", None)).__name__}
        ok = type(clf).__name__ in _ALLOWED_CLASSIFIERS and names - {"NoneType"} <= set(_ALLOWED_CLASSIFIERS)
    if not ok:
        raise NarrativeError("model file does not hold a narrative text classifier", path)


def _read_meta(folder):
    path = Path(folder) / META_FILE
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NarrativeError("not a model folder (no meta.json)", Path(folder)) from None
    except json.JSONDecodeError as exc:
        raise NarrativeError(f"invalid JSON: {exc.msg}", path, exc.lineno) from None
    if meta.get("format") != FORMAT:
        raise NarrativeError("not a narrative model (unknown format)", path)
    if meta.get("format_version", 0) > FORMAT_VERSION:
        raise NarrativeError("model was saved by a newer narrative; upgrade to load it", path)
    return meta


def load_model(model_dir) -> Model:
    """Load a model folder written by :func:`train` (refusing untrusted types).

    >>> import tempfile, pandas as pd
    >>> df = pd.DataFrame({"t": ["good fine great nice"] * 4 + ["bad awful poor sad"] * 4,
    ...                    "y": ["pos"] * 4 + ["neg"] * 4})
    >>> d = tempfile.mkdtemp()
    >>> _ = train(df, "t", "y", out_dir=d, folds=2, grid="quick", verbose=False)
    >>> load_model(d).meta["labels"]
    ['neg', 'pos']
    """
    if isinstance(model_dir, Model):
        return model_dir
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise NarrativeError("model folder not found", model_dir)
    meta = _read_meta(model_dir)
    if meta.get("by"):
        parts = {}
        for g, sub in meta["groups"].items():
            folder = model_dir / sub
            if Path(sub).is_absolute() or ".." in Path(sub).parts:
                raise NarrativeError(f"bad group folder {sub!r}", model_dir / META_FILE)
            parts[g] = _Part(_load_estimator(folder / MODEL_FILE), _read_meta(folder))
        _warn_versions(meta, model_dir)
        return Model(meta, parts)
    _warn_versions(meta, model_dir)
    return Model(meta, {None: _Part(_load_estimator(model_dir / MODEL_FILE), meta)})


def _warn_versions(meta, where):
    import sklearn
    if meta.get("sklearn_version") and meta["sklearn_version"] != sklearn.__version__:
        print(f"narrative: warning: {where} was trained with scikit-learn {meta['sklearn_version']}, "
              f"this is {sklearn.__version__}; predictions may differ slightly", file=sys.stderr)


# ----------------------------------------------------------------------------- training

def _version():
    try:
        from . import __version__
        return __version__
    except ImportError:  # package without __init__ (source checkout mid-change)
        from importlib.metadata import PackageNotFoundError, version
        try:
            return version("narrative")
        except PackageNotFoundError:
            return "unknown"


def _resolve_grid(grid):
    if grid is None or grid == "full":
        return list(FULL_GRID)
    if grid == "quick":
        return list(QUICK_GRID)
    grid = list(grid)
    if not grid:
        raise ValueError("empty grid")
    return grid


def _fit_one(df, text, label, folds, seed, grid, metric, n_jobs, verbose, group=None, multilabel=None,
             features="words+chars"):
    """Nested CV estimate, grid choice on all rows, final fit. Returns a _Part."""
    import sklearn
    from joblib import Parallel, delayed
    from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix,
                                 f1_score, multilabel_confusion_matrix)
    started = time.time()
    notes = []

    def warn(msg):
        notes.append(msg)
        if verbose:
            print(f"narrative: warning: {'[' + group + '] ' if group is not None else ''}{msg}", file=sys.stderr)

    texts, y, labels, multilabel, min_labels, counts, folds, dropped = _prepare(df, text, label, folds, warn,
                                                                                 multilabel)
    n = len(texts)
    grid = _resolve_grid(grid)
    if metric not in METRICS:
        raise NarrativeError(f"unknown metric {metric!r} (choose from {', '.join(METRICS)})")
    if n_jobs is None:
        n_jobs = 2 if n >= 1000 else 1  # worker start-up costs more than it saves on small data
    outer = _folds(y, folds, multilabel, seed)
    args = (grid, multilabel, min_labels, seed, metric, len(labels), features)
    tasks = ([delayed(_task)("outer", texts, y, tr, te, *args) for tr, te in outer]
             + [delayed(_task)("select", texts, y, tr, te, *args) for tr, te in outer])
    results = Parallel(n_jobs=n_jobs)(tasks)
    outer_res, select_res = results[:folds], results[folds:]

    # honest estimate from the out-of-fold predictions of the nested loop
    pred = np.zeros_like(y)
    outer_folds = []
    for k, ((tr, te), (chosen, p, _c)) in enumerate(zip(outer, outer_res)):
        pred[te] = p
        outer_folds.append({"fold": k + 1, "n_test": len(te), "chosen": {"model": chosen[0], **chosen[1]},
                            "score": _score(y[te], p, metric, len(labels))})
    label_ids = list(range(len(labels)))
    per = classification_report(y, pred, labels=None if multilabel else label_ids, target_names=labels,
                                output_dict=True, zero_division=0)
    estimate = {
        "method": f"nested cross-validation ({folds} outer folds, up to {INNER_FOLDS} inner folds choose the model)",
        "f1_macro": float(f1_score(y, pred, average="macro", labels=None if multilabel else label_ids, zero_division=0)),
        "f1_micro": float(f1_score(y, pred, average="micro", zero_division=0)),
        "accuracy": float(accuracy_score(y, pred)),
        "per_class": {l: {"precision": per[l]["precision"], "recall": per[l]["recall"],
                          "f1": per[l]["f1-score"], "support": int(per[l]["support"])} for l in labels},
        "outer_folds": outer_folds,
    }
    if multilabel:
        estimate["accuracy_note"] = "exact match of the whole label set"
        estimate["per_label_confusion"] = {
            l: dict(zip(("tn", "fp", "fn", "tp"), m.ravel().tolist()))
            for l, m in zip(labels, multilabel_confusion_matrix(y, pred))}
    else:
        estimate["confusion_matrix"] = {"labels": labels, "rows": "true", "columns": "predicted",
                                        "matrix": confusion_matrix(y, pred, labels=label_ids).tolist()}

    # the final choice: grid scored on all rows (optimistic, hence not the headline number)
    scores = np.column_stack(select_res)
    best = _best(scores, grid)
    name, params = grid[best]
    edge = [g for g in grid if g[0] == name]
    if len(edge) > 2 and params in (edge[0][1], edge[-1][1]):
        warn(f"the chosen {name} setting {_cand({'model': name, **params})} is at the edge of its grid")
    grid_report = [{"model": g[0], **g[1], "mean": float(scores[c].mean()), "std": float(scores[c].std()),
                    "folds": [float(s) for s in scores[c]]} for c, g in enumerate(grid)]

    from sklearn.pipeline import Pipeline
    from sklearn.exceptions import ConvergenceWarning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        estimator = Pipeline([("features", _features(features)),
                              ("clf", _classifier(name, params, multilabel, seed, final=True,
                                                  calib_folds=_calib_folds(y, multilabel)))])
        estimator.fit(texts, y)
    confidence = _confidence_kind(name, estimator.named_steps["clf"])
    meta = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "narrative_version": _version(), "sklearn_version": sklearn.__version__,
        "created": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        "text_column": text, "label_column": label, "by": None, "group": group,
        "labels": labels, "multilabel": multilabel, "min_labels": min_labels,
        "n_train": n, "label_counts": counts,
        "model": {"name": name, **params}, "confidence": confidence,
        "preprocess": PREPROCESS, "features": FEATURES[features],
    }
    report = {
        "group": group, "task": "multi-label" if multilabel else "multiclass",
        "n_train": n, "skipped_rows": dropped, "labels": labels, "label_counts": counts,
        "folds": folds, "seed": seed, "metric": metric,
        "estimate": estimate,
        "selected": {"model": name, **params, "cv_mean": float(scores[best].mean()),
                     "cv_note": "grid score of the chosen point on all rows; optimistic, see estimate"},
        "grid": grid_report, "confidence": confidence,
        "warnings": notes, "seconds": round(time.time() - started, 1),
    }
    return _Part(estimator, meta, report)


def _slug(value, i):
    s = re.sub(r"[^\w.-]+", "-", str(value), flags=re.UNICODE).strip("-.")[:40]
    return f"{i:02d}-{s or 'group'}"


def fit(df, text, label, by=None, folds=5, seed=0, grid=None, metric="f1_macro", n_jobs=None,
        verbose=False, features="words+chars") -> Model:
    """Train a model in memory (see :func:`train` for the arguments); returns a :class:`Model`.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"t": ["good fine great nice"] * 4 + ["bad awful poor sad"] * 4,
    ...                    "y": ["pos"] * 4 + ["neg"] * 4})
    >>> m = fit(df, "t", "y", folds=2, grid="quick")
    >>> m.report["estimate"]["accuracy"]
    1.0
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError("df must be a pandas DataFrame")
    _check_columns(df, text, label, by)
    if folds < 2:
        raise NarrativeError(f"--folds must be at least 2 (got {folds})")
    if by:
        # decided over all rows so that every group's model has the same kind of output
        multilabel = any(";" in str(v) for v in df[label] if not _blank(v))
        keys = df[by].map(lambda v: "" if _blank(v) else str(v).strip())
        if (keys == "").any():
            if verbose:
                print(f"narrative: warning: {(keys == '').sum()} row(s) with no {by!r} skipped", file=sys.stderr)
        values = sorted(v for v in keys.unique() if v)
        if not values:
            raise NarrativeError(f"column {by!r} is empty")
        parts, groups = {}, {}
        for i, g in enumerate(values):
            if verbose:
                print(f"narrative: training {by}={g!r} ({(keys == g).sum()} rows)", file=sys.stderr)
            try:
                part = _fit_one(df[keys == g], text, label, folds, seed, grid, metric, n_jobs, verbose,
                                group=g, multilabel=multilabel, features=features)
            except NarrativeError as exc:
                raise NarrativeError(f"{by}={g!r}: {exc.message}", exc.path, exc.line) from None
            part.meta["by"] = by
            parts[g], groups[g] = part, _slug(g, i)
        first = next(iter(parts.values())).meta
        meta = {k: first[k] for k in ("format", "format_version", "narrative_version", "sklearn_version",
                                      "created", "text_column", "label_column", "preprocess")}
        meta.update({"by": by, "groups": groups,
                     "labels": sorted({l for p in parts.values() for l in p.meta["labels"]}),
                     "multilabel": any(p.meta["multilabel"] for p in parts.values()),
                     "n_train": sum(p.meta["n_train"] for p in parts.values())})
        report = {"by": by, "groups": {g: p.report for g, p in parts.items()}}
        return Model(meta, parts, report)
    part = _fit_one(df, text, label, folds, seed, grid, metric, n_jobs, verbose, features=features)
    return Model(part.meta, {None: part}, part.report)


def train(df, text, label, by=None, out_dir=None, folds=5, seed=0, grid=None, metric="f1_macro",
          n_jobs=None, verbose=False, features="words+chars") -> dict:
    """Choose, evaluate and fit a classifier of ``df[text]`` into ``df[label]``; return the report.

    ``label`` cells hold one label, or several joined by ``;`` (then the task is
    multi-label). With ``by``, one model per value of that column. With
    ``out_dir`` the model, ``meta.json``, ``report.json`` and ``report.txt``
    are written there. ``grid`` is ``None`` (the full search), ``"quick"`` or a
    list of ``(model, params)``; ``metric`` (``f1_macro`` or ``accuracy``)
    is what the search maximises. ``n_jobs`` defaults to 2 for 1000+ rows. ``features``: a key of
    :data:`FEATURES` ("words" is several times faster to apply than the default).

    >>> import pandas as pd, tempfile
    >>> df = pd.DataFrame({"t": ["good fine great nice"] * 4 + ["bad awful poor sad"] * 4,
    ...                    "y": ["pos"] * 4 + ["neg"] * 4})
    >>> report = train(df, "t", "y", out_dir=tempfile.mkdtemp(), folds=2, grid="quick")
    >>> report["estimate"]["f1_macro"]
    1.0
    """
    model = fit(df, text, label, by=by, folds=folds, seed=seed, grid=grid, metric=metric,
                n_jobs=n_jobs, verbose=verbose, features=features)
    if out_dir is not None:
        model.save(out_dir)
    return model.report


def predict(model_dir, df, text, by=None) -> pd.DataFrame:
    """Return ``df`` plus ``predicted`` (labels joined by ``;`` when multi-label) and ``confidence`` in [0, 1].

    ``model_dir`` is a folder written by :func:`train` (or a :class:`Model`).
    For a model trained with ``by``, ``by`` names the group column in ``df``
    (default: the training column's name). Empty texts get ``''`` and 0.0.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"t": ["good fine great nice"] * 4 + ["bad awful poor sad"] * 4,
    ...                    "y": ["pos"] * 4 + ["neg"] * 4})
    >>> m = fit(df, "t", "y", folds=2, grid="quick")
    >>> predict(m, pd.DataFrame({"t": ["so nice and great", ""]}), "t")["predicted"].tolist()
    ['pos', '']
    """
    return load_model(model_dir).predict(df, text, by=by)


def apply_model(model_dir, statements: pd.DataFrame) -> pd.DataFrame:
    """Add ``model_frames`` and ``model_confidence`` (the model's labels for each statement's ``text``).

    For notebooks (``analyze --model`` adds a model's frames to the lexicon's itself, see
    ``pipeline.frame_and_score``). A model trained with ``by`` needs that column in ``statements``.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["taxes jobs wages"] * 4 + ["nurses doctors virus"] * 4,
    ...                    "frame": ["economy"] * 4 + ["health"] * 4})
    >>> m = fit(df, "text", "frame", folds=2, grid="quick")
    >>> apply_model(m, pd.DataFrame({"statement_id": ["d:1"], "text": ["doctors and nurses"]}))["model_frames"].tolist()
    ['health']
    """
    predicted, confidence = load_model(model_dir).predict_columns(statements, "text")
    return statements.assign(model_frames=predicted, model_confidence=confidence)


# ----------------------------------------------------------------------------- report text

def format_report(report: dict) -> str:
    """Plain-text rendering of a training report (what ``narrative train`` prints).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"t": ["good fine great nice"] * 4 + ["bad awful poor sad"] * 4,
    ...                    "y": ["pos"] * 4 + ["neg"] * 4})
    >>> print(format_report(fit(df, "t", "y", folds=2, grid="quick").report).splitlines()[0])
    task: multiclass  rows: 8  labels: 2  folds: 2  seed: 0  selection metric: f1_macro
    """
    if "groups" in report and "by" in report:
        return "\n".join(f"=== {report['by']} = {g} ===\n{format_report(r)}" for g, r in report["groups"].items())
    est = report["estimate"]
    lines = [f"task: {report['task']}  rows: {report['n_train']}  labels: {len(report['labels'])}  "
             f"folds: {report['folds']}  seed: {report['seed']}  selection metric: {report['metric']}",
             f"estimate: {est['method']}",
             f"  accuracy {est['accuracy']:.3f}   macro-F1 {est['f1_macro']:.3f}   micro-F1 {est['f1_micro']:.3f}"
             + ("   (accuracy = exact label-set match)" if report["task"] == "multi-label" else ""),
             "", f"{'label':<24}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
    for l, m in est["per_class"].items():
        lines.append(f"{l[:23]:<24}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}{m['support']:>10}")
    lines.append("")
    if "confusion_matrix" in est:
        labs = est["confusion_matrix"]["labels"]
        w = max(8, max(len(l) for l in labs) + 2)
        lines.append("confusion matrix (rows: true, columns: predicted)")
        lines.append(" " * w + "".join(f"{l[:w - 1]:>{w}}" for l in labs))
        for l, row in zip(labs, est["confusion_matrix"]["matrix"]):
            lines.append(f"{l[:w - 1]:<{w}}" + "".join(f"{v:>{w}}" for v in row))
    else:
        lines.append(f"{'per-label confusion':<24}{'tp':>8}{'fp':>8}{'fn':>8}{'tn':>8}")
        for l, m in est["per_label_confusion"].items():
            lines.append(f"{l[:23]:<24}{m['tp']:>8}{m['fp']:>8}{m['fn']:>8}{m['tn']:>8}")
    lines.append("")
    lines.append("chosen in each outer fold: " + "; ".join(
        f"{f['fold']}: {_cand(f['chosen'])} ({f['score']:.3f})" for f in est["outer_folds"]))
    sel = report["selected"]
    lines.append(f"final model (grid on all rows): {_cand(sel)}  cv {report['metric']} {sel['cv_mean']:.3f} (optimistic)")
    lines.append(f"confidence: {report['confidence']}")
    lines.append("")
    lines.append(f"grid ({report['metric']}, mean ± sd over {report['folds']} folds)")
    for g in report["grid"]:
        lines.append(f"  {_cand(g):<32}{g['mean']:.3f} ± {g['std']:.3f}")
    for w in report.get("warnings", []):
        lines.append(f"warning: {w}")
    lines.append(f"training time: {report['seconds']} s")
    return "\n".join(lines) + "\n"


def _cand(d):
    params = ", ".join(f"{k}={v:g}" for k, v in d.items() if k in ("C", "alpha"))
    return f"{d['model']}({params})"


# ----------------------------------------------------------------------------- reading input

def read_table(path) -> pd.DataFrame:
    """Read a CSV (or Parquet) file as strings, keeping values like 'NA' or 'None' as text.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
    >>> _ = p.write_text("id,label\\n1,NONE\\n2,\\n")
    >>> read_table(p)["label"].tolist()
    ['NONE', '']
    """
    path = Path(path)
    if not path.is_file():
        raise NarrativeError("file not found", path)
    try:
        if path.suffix.lower() == ".parquet":
            return pd.read_parquet(path).astype(object).where(lambda d: d.notna(), "")
        try:
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except UnicodeDecodeError:
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="latin-1")
    except pd.errors.EmptyDataError:
        raise NarrativeError("file is empty", path) from None
    except pd.errors.ParserError as exc:
        message, line = csv_problem(exc)
        raise NarrativeError(f"cannot parse CSV: {message}", path, line) from None
