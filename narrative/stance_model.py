"""The default stance model: a statement's stance toward the shipped target, learnt from hand-coded statements.

The rules of :mod:`narrative.stance` find stance in the words someone listed (frames, cues, the
speaker's side); most statements hold none of them ("the trials were held behind closed doors",
said by a rights group) and the rules then say 0. The model weighs everything at once: the
statement's words (the frame model's word and character features, so they are computed once), and
what the rules found (their sign and each piece of their evidence), the speaker's name, role and
the kind of statement. One multinomial logistic regression (classes -1, 0, +1, balanced) is learnt
from ``lexicons/stance_training.csv``: the statements ``narrative analyze`` extracts from the coded
fixture sets (``tests/fixtures/heldout*``), each matched to its gold statement as
``score.py`` matches them, with the rules' output as a run gives it and the gold stance.

The fitted model is plain data, ``lexicons/stance_model.json``, applied with numpy. It replaces the
rules' score of the shipped target (``resistance_axis``, when it is the first target) for every
statement but the author's narration, when the run uses the default frame model (see
:func:`narrative.pipeline.pick_model`): ``stance`` is then ``p(+1) - p(-1)`` when the most probable
class is +1 or -1 (at least 0.05 away from 0), else 0, and ``stance_evidence`` ends with the three
probabilities and the rules' own score.

Rebuild after the training file, the frame model or the rules change::

    python -m narrative.stance_model collect    # tests/fixtures -> lexicons/stance_training.csv
    python -m narrative.stance_model            # lexicons/stance_training.csv -> lexicons/stance_model.json
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .frame_model import _weigh, default_frame_model
from .io import write_text
from .lexicons import lexicon_file

TRAINING_FILE = "stance_training.csv"
MODEL_FILE = "stance_model.json"
TARGET = "resistance_axis"
#: Settings of the fit, chosen by stance_bacc of sets left out of the fit ten sets at a time (README, Stance).
SETTINGS = {"C": 1.0, "meta_weight": 2.0, "min_df": 2}
COLUMNS = ["set", "text", "speaker", "speaker_role", "kind", "stance_rules", "stance_evidence", "stance"]
_WORD = re.compile(r"\w+")


def _sign(x: float) -> int:
    return 0 if abs(x) < 0.05 else (1 if x > 0 else -1)


def meta_tokens(speaker: str, role: str, kind: str, rules: float, evidence: str) -> list[str]:
    """What the model reads besides the words: role, kind, the rules' sign, each piece of their evidence
    (whole, and as its kind and sign), and the speaker's name.

    >>> meta_tokens("Israel Defense Forces", "official", "indirect", -0.4, "speaker -side")
    ['role_official', 'kind_indirect', 'rule_-1', 'ev_speaker_side', 'evk_speaker_-', 'spk_israel', 'spk_defense', 'spk_forces']
    """
    pieces = [e.strip() for e in str(evidence or "").split(";") if e.strip()]
    tokens = [f"role_{role}", f"kind_{kind}", f"rule_{_sign(float(rules or 0))}"]
    tokens += ["ev_" + re.sub(r"\W+", "_", e) for e in pieces]
    tokens += [f"evk_{e.split()[0]}_{e.split()[1][:1]}" for e in pieces if len(e.split()) > 1]
    return tokens + ["spk_" + w.lower() for w in _WORD.findall(str(speaker or ""))]


class StanceModel:
    """The fitted model (data of :func:`build`), applied with numpy.

    >>> m = default_stance_model()
    >>> p = m.probabilities(["We will take revenge for the martyrs."], ["Hossein Salami"], ["official"],
    ...                     ["direct"], [0.8], ["frame +retaliation"])
    >>> m.classes, int(np.argmax(p[0])) == 2
    ([-1, 0, 1], True)
    """

    def __init__(self, data: dict):
        self.classes = data["classes"]
        self.meta = {t: i for i, t in enumerate(data["meta"])}
        self.meta_idf = np.asarray(data["meta_idf"], dtype=np.float64)
        self.meta_weight = data["settings"]["meta_weight"]
        self.coef = np.asarray(data["coef"], dtype=np.float64).T  # features (text, then meta) x classes
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)
        self.frame_model_fingerprint = data["frame_model"]
        self.fingerprint = data["fingerprint"]

    def probabilities(self, texts, speakers, roles, kinds, rules, evidence, text_features=None) -> np.ndarray:
        """One row per statement: p(-1), p(0), p(+1). ``text_features`` are the frame model's features of
        ``texts`` when already computed (:meth:`FrameModel.features`)."""
        n = len(texts)
        if not n:
            return np.zeros((0, len(self.classes)))
        x = default_frame_model().features(list(texts)) if text_features is None else text_features
        meta = self._meta(list(map(meta_tokens, speakers, roles, kinds, rules, evidence)))
        n_text = x.shape[1]
        scores = x @ self.coef[:n_text] + (meta @ self.coef[n_text:]) * self.meta_weight + self.intercept
        scores = np.asarray(scores)
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def _meta(self, tokens):
        from scipy.sparse import csr_matrix

        rows, cols, vals = [], [], []
        for r, toks in enumerate(tokens):
            for t, c in sorted(Counter(i for i in map(self.meta.get, toks) if i is not None).items()):
                rows.append(r), cols.append(t), vals.append(float(c))
        m = csr_matrix((vals, (rows, cols)), shape=(len(tokens), len(self.meta_idf)))
        m.sort_indices()
        return _weigh(m, self.meta_idf)

    def scores(self, p: np.ndarray) -> np.ndarray:
        """The stance of each row of probabilities: ``p(+1) - p(-1)`` (at least 0.05 from 0) where the most
        probable class is -1 or +1, else 0.

        >>> default_stance_model().scores(np.array([[0.2, 0.3, 0.5], [0.3, 0.4, 0.3], [0.4, 0.2, 0.38]])).tolist()
        [0.3, 0.0, -0.05]
        """
        best = np.asarray(self.classes)[np.argmax(p, axis=1)]
        diff = p[:, self.classes.index(1)] - p[:, self.classes.index(-1)]
        return np.round(np.where(best == 0, 0.0, best * np.maximum(np.abs(diff), 0.05)), 4)


def apply(statements: pd.DataFrame, model: StanceModel, rows=None, text_features=None) -> pd.DataFrame:
    """Replace the shipped target's rule score (``stance_resistance_axis``, and ``stance``, whose target
    it is first) by the model's in ``statements`` (scored by :func:`narrative.stance.score_stance`), in
    the rows ``rows`` (default: all but the author's narration); ``stance_evidence`` ends with the
    probabilities and the rules' score ("model p-=0.10 p0=0.20 p+=0.70, rules +0.46").

    >>> df = pd.DataFrame({"text": ["Our missiles will answer every crime of the Zionist regime."],
    ...                    "speaker": ["IRGC"], "speaker_role": ["official"], "kind": ["direct"],
    ...                    "stance": [0.0], "stance_resistance_axis": [0.0], "stance_evidence": [""]})
    >>> out = apply(df, default_stance_model())
    >>> bool(out["stance"].iloc[0] > 0), out["stance_evidence"].iloc[0].startswith("model p-=")
    (True, True)
    """
    column = f"stance_{TARGET}"
    if rows is None:
        rows = np.flatnonzero((statements["kind"] != "narration").to_numpy())
    if column not in statements or not len(rows):
        return statements
    sub = statements.iloc[rows]
    rules = sub[column].fillna(0).astype(float).tolist()
    p = model.probabilities(sub["text"].fillna("").astype(str).tolist(), sub["speaker"].fillna("").tolist(),
                            sub["speaker_role"].fillna("").tolist(), sub["kind"].fillna("").tolist(), rules,
                            sub["stance_evidence"].fillna("").tolist(), text_features)
    values = model.scores(p)
    for c in (column, "stance"):
        statements.iloc[rows, statements.columns.get_loc(c)] = values
    evidence = statements["stance_evidence"].fillna("").astype(str).tolist()
    for i, (a, b, c), r in zip(rows, p, rules):
        note = f"model p-={a:.2f} p0={b:.2f} p+={c:.2f}, rules {r:+.2f}"
        evidence[i] = f"{evidence[i]}; {note}" if evidence[i] else note
    statements["stance_evidence"] = evidence
    return statements


MODEL_NOTE = re.compile(r"(?:^|; )model p-=[\d.]+ p0=[\d.]+ p\+=[\d.]+, rules ([+-][\d.]+)$")


def rules_of(evidence: str) -> tuple[str, float] | None:
    """The rules' evidence and score of a statement the model scored, or None.

    >>> rules_of("frame +retaliation; model p-=0.05 p0=0.10 p+=0.85, rules +0.46")
    ('frame +retaliation', 0.46)
    """
    m = MODEL_NOTE.search(evidence or "")
    return (evidence[:m.start()], float(m.group(1))) if m else None


# ----------------------------------------------------------------------------- training
def _words(text):
    return Counter(w.lower() for w in _WORD.findall(text or ""))


def _overlap(gold, pred):
    g, p = _words(gold), _words(pred)
    if not g or not p:
        return 0.0, 0.0
    common = sum((g & p).values())
    return common / sum(g.values()), common / sum(p.values())


def match(gold_items: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs as the shared scorer makes them: a prediction covering at least
    60% of the gold text's words, at least 25% of its own words gold words, best pairs first, one to one.

    >>> match([{"text": "Iran will respond"}], [{"text": "Tehran said Iran will respond soon"}, {"text": "no"}])
    [(0, 0)]
    """
    pairs = []
    for gi, g in enumerate(gold_items):
        for pi, p in enumerate(preds):
            rec, prec = _overlap(g["text"], p.get("text", ""))
            if rec >= 0.6 and prec >= 0.25:
                pairs.append((2 * rec * prec / (rec + prec), gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi), used_p.add(pi), out.append((gi, pi))
    return out


def collect(fixtures: Path, out: Path | None = None) -> int:
    """Analyse every coded set under ``fixtures`` (a ``corpus/`` and a ``gold/`` folder each) and write
    each extracted statement matched to a gold one with a stance, with the rules' score and evidence
    (not the model's), to the training file; returns the number of rows."""
    import tempfile

    from . import pipeline

    rows = []
    for folder in sorted(p for p in Path(fixtures).iterdir() if (p / "corpus").is_dir() and (p / "gold").is_dir()):
        with tempfile.TemporaryDirectory() as tmp:
            pipeline.run(folder / "corpus", tmp, report=False, aggregates=False)
            pred = pd.read_csv(Path(tmp) / "statements.csv", dtype=str, keep_default_na=False)
        pred = pred[pred["kind"] != "narration"]
        by_doc = {d: g.to_dict("records") for d, g in pred.groupby("doc_id")}
        for path in sorted((folder / "gold").glob("*.jsonl")):
            gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            preds = by_doc.get(path.stem, [])
            for gi, pi in match(gold, preds):
                g, p = gold[gi], preds[pi]
                if g.get("required", True) and g.get("stance") is not None:
                    evidence, rules = rules_of(p["stance_evidence"]) or (p["stance_evidence"], p[f"stance_{TARGET}"])
                    rows.append([folder.name, p["text"], p["speaker"], p["speaker_role"], p["kind"], rules, evidence,
                                 int(g["stance"])])
    buf = pd.DataFrame(rows, columns=COLUMNS).to_csv(index=False, lineterminator="\n")
    write_text(out or lexicon_file(TRAINING_FILE), buf)
    return len(rows)


def training_rows(path=None) -> pd.DataFrame:
    """The training file as a DataFrame (columns ``COLUMNS``).

    >>> rows = training_rows()
    >>> len(rows) > 1000 and set(rows["stance"]) == {-1, 0, 1}
    True
    """
    return pd.read_csv(path or lexicon_file(TRAINING_FILE), dtype={"stance": int}, keep_default_na=False)


def fingerprint(path=None) -> str:
    """A short hash of the training file, the settings and the frame model the features come from."""
    data = (path or lexicon_file(TRAINING_FILE)).read_bytes() + json.dumps(SETTINGS, sort_keys=True).encode() + \
        default_frame_model().fingerprint.encode()
    return hashlib.sha256(data).hexdigest()[:16]


def build(path=None) -> dict:
    """The model fitted with scikit-learn on the training file, as JSON-ready data."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    path = path or lexicon_file(TRAINING_FILE)
    rows = training_rows(path)
    rules = pd.to_numeric(rows["stance_rules"], errors="coerce").fillna(0)
    meta = [" ".join(meta_tokens(*r)) for r in zip(rows["speaker"], rows["speaker_role"], rows["kind"], rules,
                                                    rows["stance_evidence"])]
    vectorizer = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, min_df=SETTINGS["min_df"], sublinear_tf=True)
    x = hstack([default_frame_model().features(rows["text"].astype(str).tolist()),
                vectorizer.fit_transform(meta) * SETTINGS["meta_weight"]]).tocsr()
    clf = LogisticRegression(C=SETTINGS["C"], max_iter=5000, class_weight="balanced").fit(x, rows["stance"])
    return {"fingerprint": fingerprint(path), "frame_model": default_frame_model().fingerprint, "target": TARGET,
            "settings": SETTINGS, "n_train": len(rows), "classes": [int(c) for c in clf.classes_],
            "meta": sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get),
            "meta_idf": [round(float(v), 6) for v in vectorizer.idf_],
            "coef": [[round(float(v), 6) for v in row] for row in clf.coef_],
            "intercept": [round(float(v), 6) for v in clf.intercept_]}


@lru_cache(maxsize=1)
def default_stance_model() -> StanceModel | None:
    """The shipped model, read once per process (None before one is built: the rules alone)."""
    path = lexicon_file(MODEL_FILE)
    return StanceModel(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else None


def main(argv=None) -> int:
    """``collect [FIXTURES]`` writes the training file; no argument rebuilds the model from it."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "collect":
        fixtures = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "tests" / "fixtures"
        n = collect(fixtures)
        print(f"{lexicon_file(TRAINING_FILE)}: {n} statements", file=sys.stderr)
        return 0
    data = build()
    write_text(lexicon_file(MODEL_FILE), json.dumps(data, separators=(",", ":")) + "\n")
    print(f"{lexicon_file(MODEL_FILE)}: {data['n_train']} statements, {len(data['meta'])} other features",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
