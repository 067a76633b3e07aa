"""Small, seeded statistics used by aggregates and comparisons.

Everything here is vectorised with numpy and deterministic for a given
``seed``, so a rerun reproduces every interval and p-value exactly.

>>> est, lo, hi = bootstrap_ci([1.0, 2.0, 3.0, 4.0], n_boot=500)
>>> lo <= est <= hi
True
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from itertools import combinations
from statistics import NormalDist

import numpy as np
import pandas as pd

#: Cap on resampled values held in memory at once (rows x sample size).
_CHUNK_CELLS = 2_000_000


def _clean(values) -> np.ndarray:
    """Values as a 1-d float array without NaN (missing scores are not zeros)."""
    arr = np.asarray(values, dtype=float).ravel()
    return arr[~np.isnan(arr)]


def _chunks(total: int, width: int):
    """Row counts per batch so that ``rows * width`` stays below ``_CHUNK_CELLS``."""
    step = max(1, _CHUNK_CELLS // max(width, 1))
    for start in range(0, total, step):
        yield min(step, total - start)


def _apply(stat, samples: np.ndarray) -> np.ndarray:
    """``stat`` over each row; numpy reductions take ``axis``, anything else is applied per row."""
    try:
        out = np.asarray(stat(samples, axis=1), dtype=float)
        if out.shape == (samples.shape[0],):
            return out
    except TypeError:
        pass
    return np.apply_along_axis(stat, 1, samples).astype(float)


def bootstrap_ci(values, n_boot: int = 2000, level: float = 0.95, seed: int = 0,
                 stat=np.mean) -> tuple[float, float, float]:
    """Percentile bootstrap interval: ``(estimate, lo, hi)`` of ``stat`` over ``values``.

    NaN values are dropped first; with no values left all three are NaN. The
    estimate is ``stat`` on the data itself, the bounds are the
    ``(1-level)/2`` and ``(1+level)/2`` quantiles of ``n_boot`` resampled
    statistics (the plain percentile method, not BCa: simple and adequate for
    means of bounded scores; it undercovers a little for n below ~20). The
    values are resampled in sorted order, so the interval depends on the values
    only, never on the order they came in.

    >>> bootstrap_ci([0.2, 0.4, 0.6, 0.8], seed=1)[0]
    0.5
    >>> bootstrap_ci([0.8, 0.6, 0.4, 0.2], seed=1) == bootstrap_ci([0.2, 0.4, 0.6, 0.8], seed=1)
    True
    >>> bootstrap_ci([])
    (nan, nan, nan)
    """
    x = np.sort(_clean(values))
    if x.size == 0:
        return (math.nan, math.nan, math.nan)
    if stat is np.mean:
        return bootstrap_mean(*np.unique(x, return_counts=True), n_boot=n_boot, level=level, seed=seed)
    rng = np.random.default_rng(seed)
    boots = np.concatenate([
        _apply(stat, x[rng.integers(0, x.size, size=(rows, x.size))])
        for rows in _chunks(n_boot, x.size)])
    alpha = (1.0 - level) / 2.0
    lo, hi = np.quantile(boots, [alpha, 1.0 - alpha])
    return (float(_apply(stat, x[None, :])[0]), float(lo), float(hi))


def bootstrap_mean(levels, counts, n_boot: int = 2000, level: float = 0.95,
                   seed: int = 0) -> tuple[float, float, float]:
    """:func:`bootstrap_ci` of the mean of values given as distinct ``levels`` (sorted) and their ``counts``.

    Aggregates keep value counts per group (they add up across batches and runs), not the values.

    >>> bootstrap_mean([0.0, 1.0], [1, 3], seed=0) == bootstrap_ci([1.0, 0.0, 1.0, 1.0], seed=0)
    True
    """
    levels, counts = np.asarray(levels, dtype=float), np.asarray(counts, dtype=np.int64)
    n = int(counts.sum())
    if n == 0:
        return (math.nan, math.nan, math.nan)
    estimate = float(np.dot(levels, counts) / n)
    rng = np.random.default_rng(seed)
    alpha = (1.0 - level) / 2.0
    if levels.size * 4 < n:
        # Resampling n values with replacement is a multinomial draw over the distinct values:
        # the same bootstrap distribution of the mean at O(distinct values) per resample.
        boots = rng.multinomial(n, counts / n, size=n_boot) @ levels / n
    else:
        x = np.repeat(levels, counts)
        boots = np.concatenate([x[rng.integers(0, n, size=(rows, n))].mean(axis=1)
                                for rows in _chunks(n_boot, n)])
    lo, hi = np.quantile(boots, [alpha, 1.0 - alpha])
    return (estimate, float(lo), float(hi))


def share_ci(k, n, level: float = 0.95):
    """Wilson score interval for a proportion ``k/n``: ``(share, lo, hi)``.

    Works on scalars or arrays (element-wise); ``n == 0`` gives NaN. Wilson
    rather than the normal approximation because it stays inside [0, 1] and
    behaves for small n and shares near 0 or 1.

    >>> [round(v, 4) for v in share_ci(81, 263)]
    [0.308, 0.2553, 0.3662]
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    z = NormalDist().inv_cdf(0.5 + level / 2.0)  # the standard library's: scipy costs 0.7 s to import
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(n > 0, k / n, np.nan)
        denom = 1.0 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z / denom * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        lo = np.clip(centre - half, 0.0, 1.0)
        hi = np.clip(centre + half, 0.0, 1.0)
    if p.ndim == 0:
        return (float(p), float(lo), float(hi))
    return (p, lo, hi)


def share_diff_ci(k1, n1, k2, n2, level: float = 0.95):
    """Newcombe's hybrid score interval for ``k1/n1 - k2/n2``: ``(diff, lo, hi)``.

    Built from the two Wilson intervals (Newcombe 1998, method 10), so it is
    well behaved for small groups and shares at 0 or 1. Element-wise on arrays.

    >>> [round(v, 4) for v in share_diff_ci(56, 70, 48, 80)]
    [0.2, 0.0524, 0.3339]
    """
    p1, l1, u1 = share_ci(k1, n1, level)
    p2, l2, u2 = share_ci(k2, n2, level)
    diff = np.asarray(p1) - np.asarray(p2)
    lo = diff - np.sqrt((np.asarray(p1) - l1) ** 2 + (u2 - np.asarray(p2)) ** 2)
    hi = diff + np.sqrt((u1 - np.asarray(p1)) ** 2 + (np.asarray(p2) - l2) ** 2)
    if np.ndim(diff) == 0:
        return (float(diff), float(lo), float(hi))
    return (diff, lo, hi)


def _tail(null: np.ndarray, observed: float, alternative: str) -> np.ndarray:
    """Which null statistics are at least as extreme as ``observed``."""
    # A tolerance so that splits tying the observed difference count as "as extreme"
    # despite floating-point noise in the means.
    tol = 1e-12 * max(1.0, abs(observed))
    if alternative == "two-sided":
        return np.abs(null) >= abs(observed) - tol
    if alternative == "greater":
        return null >= observed - tol
    if alternative == "less":
        return null <= observed + tol
    raise ValueError(f"alternative must be 'two-sided', 'greater' or 'less', not {alternative!r}")


def permutation_test(a, b, n_perm: int = 5000, seed: int = 0,
                     alternative: str = "two-sided") -> float:
    """p-value for a difference of means between ``a`` and ``b`` by permuting group labels.

    The statistic is ``mean(a) - mean(b)``; ``alternative='greater'`` tests
    whether ``a`` is larger. Binary 0/1 values test a difference of shares.
    When the number of distinct splits ``C(n_a+n_b, n_a)`` is at most
    ``n_perm`` every split is enumerated and the exact p-value returned;
    otherwise ``n_perm`` random splits give ``(count + 1) / (n_perm + 1)``
    (the observed split counts once, so p is never 0); for 0/1 data the random
    splits are drawn as hypergeometric counts, which is the same null, only
    faster. NaN values are dropped; an empty group gives NaN.

    >>> permutation_test([1, 2, 3], [4, 5, 6])   # 2 of the 20 splits are as extreme
    0.1
    """
    x, y = _clean(a), _clean(b)
    if x.size == 0 or y.size == 0:
        return math.nan
    pooled = np.concatenate([x, y])
    n, na = pooled.size, x.size
    observed = x.mean() - y.mean()
    total = pooled.sum()
    n_splits = math.comb(n, na)
    if n_splits <= n_perm:
        # Exact: every choice of which pooled values form group a.
        idx = np.array(list(combinations(range(n), na)))
        sum_a = pooled[idx].sum(axis=1)
        null = sum_a / na - (total - sum_a) / (n - na)
        return float(_tail(null, observed, alternative).mean())
    rng = np.random.default_rng(seed)
    if np.isin(pooled, (0.0, 1.0)).all():
        # 0/1 indicators: the number of 1s a random split puts in group a is
        # hypergeometric, so draw that directly instead of shuffling n values.
        ones = int(total)
        sum_a = rng.hypergeometric(ones, n - ones, na, size=n_perm).astype(float)
        null = sum_a / na - (total - sum_a) / (n - na)
        return (int(_tail(null, observed, alternative).sum()) + 1) / (n_perm + 1)
    count = 0
    for rows in _chunks(n_perm, n):
        perms = rng.permuted(np.broadcast_to(pooled, (rows, n)), axis=1)
        sum_a = perms[:, :na].sum(axis=1)
        null = sum_a / na - (total - sum_a) / (n - na)
        count += int(_tail(null, observed, alternative).sum())
    return (count + 1) / (n_perm + 1)


def bh_adjust(pvalues) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (NaN kept as NaN, order preserved).

    >>> bh_adjust([0.01, 0.04, 0.03]).round(3).tolist()
    [0.03, 0.04, 0.04]
    """
    p = np.asarray(pvalues, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return out
    order = np.argsort(p[ok])
    ranked = p[ok][order] * m / np.arange(1, m + 1)
    # Enforce monotonicity from the largest p downwards.
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(ranked, 1.0)
    out[ok] = adjusted
    return out


def _align(p, q) -> tuple[np.ndarray, np.ndarray]:
    """Two count vectors on the same support: mappings/Series are aligned by key."""
    if isinstance(p, (Mapping, pd.Series)) or isinstance(q, (Mapping, pd.Series)):
        p, q = pd.Series(p, dtype=float), pd.Series(q, dtype=float)
        keys = p.index.union(q.index)
        return (p.reindex(keys, fill_value=0.0).to_numpy(),
                q.reindex(keys, fill_value=0.0).to_numpy())
    p, q = np.asarray(p, dtype=float).ravel(), np.asarray(q, dtype=float).ravel()
    if p.shape != q.shape:
        raise ValueError(f"p and q differ in length ({p.size} vs {q.size})")
    return p, q


def js_distance(p, q, base: float = 2) -> float:
    """Jensen-Shannon distance between two (unnormalised) count vectors.

    Counts are normalised to distributions first. ``p`` and ``q`` may be
    arrays of equal length, or mappings/Series (aligned by key, missing keys
    count 0). In base 2 the distance runs from 0 (identical) to 1 (disjoint).
    When either vector is all zeros there is no distribution to compare and
    the result is NaN.

    >>> js_distance([1, 0], [0, 3])
    1.0
    >>> js_distance({"crime": 2, "economy": 2}, {"economy": 1, "crime": 1})
    0.0
    """
    p, q = _align(p, q)
    if (p < 0).any() or (q < 0).any():
        raise ValueError("counts must be non-negative")
    if p.size == 0 or p.sum() == 0 or q.sum() == 0:
        return math.nan
    from scipy.spatial.distance import jensenshannon

    return float(jensenshannon(p / p.sum(), q / q.sum(), base=base))


def log_odds_dirichlet(counts_a, counts_b, prior=None, alpha0: float | None = None) -> pd.DataFrame:
    """Weighted log-odds with a Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 16-22).

    For each term w with counts y_a, y_b in corpora of sizes n_a, n_b and
    prior pseudo-counts a_w summing to a0::

        delta = log((y_a+a_w) / (n_a+a0-y_a-a_w)) - log((y_b+a_w) / (n_b+a0-y_b-a_w))
        var   = 1/(y_a+a_w) + 1/(y_b+a_w)
        z     = delta / sqrt(var)

    ``prior``: None uses the pooled counts of both corpora (the informative
    prior of the paper's section 3.5); a number gives every term that
    pseudo-count (the uninformative prior); a mapping gives per-term
    pseudo-counts (terms it lacks get 0.01). ``alpha0`` rescales the prior
    to that total; None keeps it as given. Positive z leans to corpus a.
    Returns ``term, count_a, count_b, delta, var, z`` sorted by z, descending.

    >>> from collections import Counter
    >>> out = log_odds_dirichlet(Counter(tax=3, cut=1), Counter(tax=1, cut=3))
    >>> out["term"].tolist(), round(float(out["z"].iloc[0]), 3)
    (['tax', 'cut'], 1.149)
    """
    a, b = pd.Series(counts_a, dtype=float), pd.Series(counts_b, dtype=float)
    terms = a.index.union(b.index)
    y_a = a.reindex(terms, fill_value=0.0).to_numpy()
    y_b = b.reindex(terms, fill_value=0.0).to_numpy()
    if prior is None:
        alpha = y_a + y_b
    elif np.isscalar(prior):
        alpha = np.full(len(terms), float(prior))
    else:
        alpha = pd.Series(prior, dtype=float).reindex(terms).fillna(0.01).to_numpy()
    if alpha0 is not None and alpha.sum() > 0:
        alpha = alpha * (alpha0 / alpha.sum())
    a0, n_a, n_b = alpha.sum(), y_a.sum(), y_b.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.log((y_a + alpha) / (n_a + a0 - y_a - alpha))
                 - np.log((y_b + alpha) / (n_b + a0 - y_b - alpha)))
        var = 1.0 / (y_a + alpha) + 1.0 / (y_b + alpha)
        z = delta / np.sqrt(var)
    out = pd.DataFrame({"term": terms.astype(str), "count_a": y_a.astype(int),
                        "count_b": y_b.astype(int), "delta": delta, "var": var, "z": z})
    return out.sort_values(["z", "term"], ascending=[False, True], ignore_index=True)
