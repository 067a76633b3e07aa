"""Validation against hand coding: agreement scores and stratified samples to code.

:func:`evaluate` compares predicted labels with gold (hand-coded) labels per
label: precision, recall, F1, support and Cohen's kappa. :func:`stratified_sample`
draws statements for coders so that every kind (role, frame, outlet...) is
represented.

>>> import pandas as pd
>>> pred = pd.DataFrame({"statement_id": ["a", "b"], "frames": ["economy", "economy;health"]})
>>> gold = pd.DataFrame({"statement_id": ["a", "b"], "frames": ["economy", "health"]})
>>> evaluate(pred, gold).set_index("label").loc["economy", ["precision", "recall"]].tolist()
[0.5, 1.0]
"""
from __future__ import annotations

import math
import re
import warnings

import numpy as np
import pandas as pd

from .errors import NarrativeError
from .schema import as_bool

#: Separators accepted between labels in one cell.
SEPARATORS = r"[;,|]"
#: In multi-label columns this word marks "coded, no label" (an empty cell means the same).
NONE_WORDS = {"none"}
#: The category an empty cell counts as when kappa is computed on single labels.
EMPTY = "(none)"

#: Columns of the sample sheet for coders, in order.
SAMPLE_COLUMNS = ["statement_id", "doc_id", "speaker", "speaker_role", "kind", "text",
                  "code_frames", "code_stance", "coder", "notes"]
#: Columns ``stratified_sample`` can stratify on.
STRATA = ("kind", "speaker_role", "frames", "outlet")


def parse_labels(value) -> list[str]:
    """Labels in a cell split on ``;`` ``,`` or ``|``, stripped and lower-cased, without repeats.

    Lower-casing lets a coder's "Economy" match the model's "economy".

    >>> parse_labels("Economy; health | economy")
    ['economy', 'health']
    >>> parse_labels(float("nan"))
    []
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    out = []
    for part in re.split(SEPARATORS, str(value)):
        part = part.strip().lower()
        if part and part not in out:
            out.append(part)
    return out


def _kappa(a, b) -> float:
    """Cohen's kappa, NaN where undefined (both raters constant and equal)."""
    from sklearn.metrics import cohen_kappa_score
    a, b = list(a), list(b)
    if len(set(a) | set(b)) < 2:
        return float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        k = cohen_kappa_score(a, b)
    return float(k) if np.isfinite(k) else float("nan")


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _keyed(df, id_col, col, name):
    for c in (id_col, col):
        if c not in df.columns:
            raise NarrativeError(f"{name} has no column {c!r} (columns: {', '.join(map(str, df.columns))})")
    ids = df[id_col].astype(str).str.strip()
    dup = ids[ids.duplicated()]
    if len(dup):
        raise NarrativeError(f"{name}: id {dup.iloc[0]!r} appears more than once in {id_col!r}")
    return pd.Series(df[col].tolist(), index=ids)


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame, id_col="statement_id", pred_col="frames",
             gold_col="frames") -> pd.DataFrame:
    """Per-label agreement of ``pred[pred_col]`` with ``gold[gold_col]``, rows joined on ``id_col``.

    Cells are label sets (``;`` ``,`` ``|`` separated, case-insensitive). One
    row per label: ``precision``, ``recall``, ``f1``, ``support`` (gold count),
    ``predicted`` (predicted count) and ``kappa`` (Cohen's kappa on the
    label's presence/absence), then ``micro avg`` (pooled counts) and
    ``macro avg`` (unweighted mean over labels; kappa ignores undefined ones).

    When every cell holds at most one label (e.g. stance) the columns are
    treated as single-label: ``micro avg`` then has Cohen's kappa on the labels
    themselves (an empty cell is its own category) and its F1 equals accuracy
    over rows that have a label on both sides. In multi-label columns the word
    ``none`` means "no label", like an empty cell.

    ``result.attrs`` holds ``mode``, ``n`` (rows compared), ``only_pred`` and
    ``only_gold`` (ids found on one side only, which are left out).

    >>> pred = pd.DataFrame({"statement_id": [1, 2, 3, 4], "stance": ["favor", "favor", "against", "none"]})
    >>> gold = pd.DataFrame({"statement_id": [1, 2, 3, 4], "stance": ["favor", "against", "against", "none"]})
    >>> r = evaluate(pred, gold, pred_col="stance", gold_col="stance").set_index("label")
    >>> round(float(r.loc["micro avg", "kappa"]), 3), r.attrs["mode"]
    (0.636, 'single-label')
    """
    p = _keyed(pred, id_col, pred_col, "predictions")
    g = _keyed(gold, id_col, gold_col, "gold")
    ids = [i for i in g.index if i in p.index]  # gold order
    if not ids:
        raise NarrativeError(f"no {id_col!r} value is in both the predictions and the gold file")
    p_sets = [parse_labels(v) for v in p.loc[ids]]
    g_sets = [parse_labels(v) for v in g.loc[ids]]
    single = all(len(s) <= 1 for s in p_sets + g_sets)
    if not single:
        p_sets = [[l for l in s if l not in NONE_WORDS] for s in p_sets]
        g_sets = [[l for l in s if l not in NONE_WORDS] for s in g_sets]
    labels = sorted({l for s in p_sets + g_sets for l in s})
    P = np.array([[l in s for l in labels] for s in p_sets], dtype=int).reshape(len(ids), len(labels))
    G = np.array([[l in s for l in labels] for s in g_sets], dtype=int).reshape(len(ids), len(labels))

    rows = []
    for j, l in enumerate(labels):
        tp = int((P[:, j] & G[:, j]).sum())
        fp = int((P[:, j] & (1 - G[:, j])).sum())
        fn = int(((1 - P[:, j]) & G[:, j]).sum())
        pr, rc, f1 = _prf(tp, fp, fn)
        rows.append({"label": l, "precision": pr, "recall": rc, "f1": f1, "support": int(G[:, j].sum()),
                     "predicted": int(P[:, j].sum()), "kappa": _kappa(P[:, j], G[:, j])})
    tp, fp, fn = int((P & G).sum()), int((P & (1 - G)).sum()), int(((1 - P) & G).sum())
    pr, rc, f1 = _prf(tp, fp, fn)
    if single:
        micro_kappa = _kappa([s[0] if s else EMPTY for s in p_sets], [s[0] if s else EMPTY for s in g_sets])
    else:
        micro_kappa = _kappa(P.ravel(), G.ravel())  # every (row, label) decision pooled
    rows.append({"label": "micro avg", "precision": pr, "recall": rc, "f1": f1, "support": int(G.sum()),
                 "predicted": int(P.sum()), "kappa": micro_kappa})
    per = pd.DataFrame(rows[:-1])
    kappas = per["kappa"].dropna() if len(per) else pd.Series(dtype=float)
    rows.append({"label": "macro avg",
                 "precision": float(per["precision"].mean()) if len(per) else 0.0,
                 "recall": float(per["recall"].mean()) if len(per) else 0.0,
                 "f1": float(per["f1"].mean()) if len(per) else 0.0,
                 "support": int(G.sum()), "predicted": int(P.sum()),
                 "kappa": float(kappas.mean()) if len(kappas) else float("nan")})
    out = pd.DataFrame(rows, columns=["label", "precision", "recall", "f1", "support", "predicted", "kappa"])
    out.attrs.update(mode="single-label" if single else "multi-label", n=len(ids),
                     only_pred=sum(1 for i in p.index if i not in g.index),
                     only_gold=len(g) - len(ids))
    return out


def format_evaluation(result: pd.DataFrame) -> str:
    """Plain-text table of an :func:`evaluate` result (what ``narrative evaluate`` prints).

    >>> pred = pd.DataFrame({"statement_id": ["a"], "frames": ["economy"]})
    >>> print(format_evaluation(evaluate(pred, pred)).splitlines()[0])
    single-label: 1 rows compared
    """
    a = result.attrs
    head = f"{a.get('mode', '')}: {a.get('n', '?')} rows compared"
    if a.get("only_pred") or a.get("only_gold"):
        head += f" ({a.get('only_gold', 0)} gold rows without prediction, {a.get('only_pred', 0)} predictions without gold left out)"
    w = max([24] + [len(str(l)) + 2 for l in result["label"]])
    lines = [head, f"{'label':<{w}}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}{'predicted':>11}{'kappa':>9}"]
    for r in result.itertuples(index=False):
        kappa = "n/a" if pd.isna(r.kappa) else f"{r.kappa:.3f}"
        lines.append(f"{r.label:<{w}}{r.precision:>10.3f}{r.recall:>10.3f}{r.f1:>10.3f}{r.support:>9}"
                     f"{r.predicted:>11}{kappa:>9}")
    return "\n".join(lines) + "\n"


def _stratum(df, by):
    if by == "frames":
        # the first frame; a statement with none is a stratum of its own
        return df[by].map(lambda v: (parse_labels(v) or ["none"])[0])
    return df[by].map(lambda v: "(missing)" if v is None or (isinstance(v, float) and math.isnan(v))
                      or not str(v).strip() else str(v).strip())


def allocate(sizes: dict, n: int) -> dict:
    """Split ``n`` draws over strata of the given sizes: proportional, at least 1 each where possible.

    Largest-remainder rounding, capped at each stratum's size; when ``n`` is
    smaller than the number of strata the largest strata get one each.

    >>> allocate({"direct": 50, "indirect": 30, "headline": 2}, 10)
    {'direct': 6, 'indirect': 3, 'headline': 1}
    """
    keys = sorted(sizes, key=lambda k: (-sizes[k], str(k)))  # largest first; name breaks ties
    total = sum(sizes.values())
    if n >= total:
        return {k: sizes[k] for k in keys}
    if n < len(keys):
        return {k: (1 if i < n else 0) for i, k in enumerate(keys)}
    quota = {k: n * sizes[k] / total for k in keys}
    alloc = {k: min(sizes[k], max(1, math.floor(quota[k]))) for k in keys}
    while sum(alloc.values()) < n:  # give to the stratum furthest below its quota
        k = max((k for k in keys if alloc[k] < sizes[k]), key=lambda k: quota[k] - alloc[k])
        alloc[k] += 1
    while sum(alloc.values()) > n:  # the 1-minimum can overshoot: take from the most over-served
        k = min((k for k in keys if alloc[k] > 1), key=lambda k: quota[k] - alloc[k])
        alloc[k] -= 1
    return alloc


def stratified_sample(statements: pd.DataFrame, n=200, by="kind", seed=0) -> pd.DataFrame:
    """A sample of ``statements`` for hand-coding, stratified on ``by`` (see :func:`allocate`).

    Rows with an empty ``text`` and rows of reposted documents (``duplicate``
    true) are left out, since coding them adds nothing. The rows come in random
    order, so coders do not see the strata in blocks, with the columns of
    :data:`SAMPLE_COLUMNS` (the ``code_*``, ``coder`` and ``notes`` columns
    empty). Predicted frames and stance are not shown, so they cannot anchor
    the coders.

    >>> st = pd.DataFrame({"statement_id": [f"d:{i}" for i in range(10)], "doc_id": "d",
    ...                    "speaker": "X", "speaker_role": "official", "text": "words",
    ...                    "kind": ["direct"] * 8 + ["headline"] * 2})
    >>> stratified_sample(st, n=5, by="kind")["kind"].value_counts().to_dict()
    {'direct': 4, 'headline': 1}
    """
    if by not in STRATA and by not in statements.columns:
        raise NarrativeError(f"cannot stratify on {by!r} (choose from {', '.join(STRATA)})")
    if by not in statements.columns:
        raise NarrativeError(f"statements have no column {by!r}")
    if n < 1:
        raise NarrativeError(f"--n must be at least 1 (got {n})")
    df = statements.copy()
    for c in SAMPLE_COLUMNS[:6]:
        if c not in df.columns:
            if c in ("statement_id", "text"):
                raise NarrativeError(f"statements have no column {c!r}")
            df[c] = ""
    df = df[df["text"].map(lambda t: isinstance(t, str) and bool(t.strip()))]
    if "duplicate" in df.columns:
        df = df[~as_bool(df["duplicate"])]
    if df.empty:
        raise NarrativeError("no statements with text to sample")
    strata = _stratum(df, by)
    alloc = allocate(strata.value_counts().to_dict(), n)
    rng = np.random.default_rng(seed)
    picked = []
    for key in sorted(alloc, key=str):
        rows = np.flatnonzero((strata == key).to_numpy())
        if alloc[key]:
            picked.extend(rng.choice(rows, alloc[key], replace=False).tolist())
    picked = rng.permutation(np.array(picked, dtype=int))
    out = df.iloc[picked][SAMPLE_COLUMNS[:6]].reset_index(drop=True)
    for c in SAMPLE_COLUMNS[6:]:
        out[c] = ""
    return out
