"""Statistics checked against hand-computed or textbook values."""
import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from narrative.stats import (bh_adjust, bootstrap_ci, js_distance, log_odds_dirichlet,
                             permutation_test, share_ci, share_diff_ci)


# --- bootstrap ---------------------------------------------------------------

def test_bootstrap_covers_true_mean_about_95_percent():
    rng = np.random.default_rng(42)
    true_mean, hits = 3.0, 0
    for rep in range(200):
        sample = rng.normal(true_mean, 2.0, size=50)
        _, lo, hi = bootstrap_ci(sample, n_boot=2000, seed=rep)
        hits += lo <= true_mean <= hi
    assert 0.90 <= hits / 200 <= 0.98


def test_bootstrap_estimate_is_the_statistic_and_seeded():
    x = [0.1, 0.5, -0.2, 0.9, 0.3]
    est, lo, hi = bootstrap_ci(x, seed=7)
    assert est == pytest.approx(np.mean(x))
    assert lo < est < hi
    assert bootstrap_ci(x, seed=7) == (est, lo, hi)  # same seed, same interval


def test_bootstrap_edge_cases():
    assert all(math.isnan(v) for v in bootstrap_ci([]))
    assert all(math.isnan(v) for v in bootstrap_ci([np.nan, np.nan]))
    assert bootstrap_ci([1.0, np.nan, 3.0], n_boot=200)[0] == 2.0  # NaN dropped, not zero
    assert bootstrap_ci([4.0]) == (4.0, 4.0, 4.0)
    est, lo, hi = bootstrap_ci([1, 2, 3, 4, 100], stat=np.median)
    assert est == 3.0 and lo <= est <= hi


# --- Wilson and Newcombe -------------------------------------------------------

@pytest.mark.parametrize("k, n, lo, hi", [
    # Newcombe (1998), Stat Med 17:857, Table I, method 3 (Wilson score, no correction).
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
])
def test_wilson_matches_textbook(k, n, lo, hi):
    share, got_lo, got_hi = share_ci(k, n)
    assert share == pytest.approx(k / n)
    assert got_lo == pytest.approx(lo, abs=5e-5)
    assert got_hi == pytest.approx(hi, abs=5e-5)


def test_wilson_by_hand_and_vectorised():
    # k=5, n=10, z=1.959964: centre = 0.5, half = z/(1+z^2/10) * sqrt(0.025 + z^2/400)
    z = 1.959963985
    half = z / (1 + z * z / 10) * math.sqrt(0.5 * 0.5 / 10 + z * z / 400)
    share, lo, hi = share_ci(np.array([5, 0]), np.array([10, 0]))
    assert lo[0] == pytest.approx(0.5 - half) and hi[0] == pytest.approx(0.5 + half)
    assert math.isnan(share[1])  # n = 0: no share at all


def test_newcombe_difference_matches_textbook():
    # Newcombe (1998), Stat Med 17:873, example (a): 56/70 - 48/80, method 10.
    diff, lo, hi = share_diff_ci(56, 70, 48, 80)
    assert diff == pytest.approx(0.2)
    assert lo == pytest.approx(0.0524, abs=5e-5) and hi == pytest.approx(0.3339, abs=5e-5)


# --- permutation test ----------------------------------------------------------

def test_permutation_exact_known_answer():
    # 20 ways to pick 3 of 6 values; only {1,2,3} and {4,5,6} reach |diff| = 3.
    assert permutation_test([1, 2, 3], [4, 5, 6]) == pytest.approx(2 / 20)
    assert permutation_test([1, 2, 3], [4, 5, 6], alternative="less") == pytest.approx(1 / 20)
    assert permutation_test([1, 2, 3], [4, 5, 6], alternative="greater") == pytest.approx(1.0)


def test_permutation_binary_indicators_by_hand():
    # Four 1s among 8 values; a gets k of them with C(4,k)*C(4,4-k) splits: 1, 16, 36, 16, 1 (=70).
    # Observed k=3 gives diff 0.5; |diff| >= 0.5 for k in {0,1,3,4}: (1+16+16+1)/70.
    assert permutation_test([1, 1, 1, 0], [0, 0, 0, 1]) == pytest.approx(34 / 70)


def test_permutation_monte_carlo_close_to_exact_and_corrected():
    rng = np.random.default_rng(1)
    a, b = rng.normal(0, 1, 8), rng.normal(0.8, 1, 8)          # C(16, 8) = 12870 splits
    exact = permutation_test(a, b, n_perm=20000)               # enumerated
    sampled = permutation_test(a, b, n_perm=5000, seed=3)      # random splits
    assert abs(exact - sampled) < 0.02
    # (count + 1) / (n_perm + 1): never zero, even for a total separation.
    p = permutation_test(np.arange(15), np.arange(15) + 100, n_perm=99)
    assert p == pytest.approx(1 / 100)


def test_permutation_binary_monte_carlo_matches_hypergeometric():
    # 9 ones among 30; a (15 values) holds k of them: diff = (k - (9 - k)) / 15.
    # Observed k = 7 -> 5/15; as extreme when |2k - 9| >= 5, i.e. k <= 2 or k >= 7.
    exact = sum(math.comb(9, k) * math.comb(21, 15 - k) for k in [0, 1, 2, 7, 8, 9]) / math.comb(30, 15)
    a, b = [1] * 7 + [0] * 8, [1] * 2 + [0] * 13          # C(30, 15) splits: sampled
    assert abs(permutation_test(a, b, n_perm=5000) - exact) < 0.015


def test_permutation_empty_group_is_nan():
    assert math.isnan(permutation_test([], [1, 2]))
    with pytest.raises(ValueError):
        permutation_test([1], [2], alternative="bigger")


def test_bh_adjust_by_hand():
    # sorted 0.005, 0.01, 0.03, 0.04 times m/rank = 0.02, 0.02, 0.04, 0.04 (already monotone)
    out = bh_adjust([0.01, 0.04, 0.03, 0.005, np.nan])
    assert out[:4] == pytest.approx([0.02, 0.04, 0.04, 0.02])
    assert math.isnan(out[4])


# --- Jensen-Shannon -------------------------------------------------------------

def test_js_identical_disjoint_and_hand_case():
    assert js_distance([1, 2, 3], [2, 4, 6]) == pytest.approx(0.0)   # normalised first
    assert js_distance([1, 0], [0, 5]) == pytest.approx(1.0)
    # p = (1, 0), q = (1/2, 1/2), m = (3/4, 1/4):
    # KL(p||m) = log2(4/3);  KL(q||m) = 1/2 log2(2/3) + 1/2 log2(2)
    kl_p = math.log2(4 / 3)
    kl_q = 0.5 * math.log2(0.5 / 0.75) + 0.5 * math.log2(0.5 / 0.25)
    assert js_distance([1, 0], [1, 1]) == pytest.approx(math.sqrt((kl_p + kl_q) / 2))
    assert js_distance([1, 0], [1, 1]) == pytest.approx(0.557923, abs=1e-6)


def test_js_mappings_and_zero_vectors():
    assert js_distance({"crime": 1}, {"economy": 4}) == pytest.approx(1.0)
    assert js_distance(pd.Series({"a": 1, "b": 1}), {"b": 2, "a": 2}) == pytest.approx(0.0)
    assert math.isnan(js_distance([0, 0], [1, 1]))
    with pytest.raises(ValueError):
        js_distance([1, 2], [1, 2, 3])


# --- Fightin' Words log-odds -------------------------------------------------------

def test_log_odds_informative_prior_by_hand():
    a = Counter(tax=4, cut=1)             # n_a = 5
    b = Counter(tax=1, cut=2, crime=3)    # n_b = 6
    # Pooled prior: a_w = y_a + y_b -> tax 5, cut 3, crime 3; a0 = 11.
    def expected(y_a, y_b, a_w, n_a=5, n_b=6, a0=11):
        delta = (math.log((y_a + a_w) / (n_a + a0 - y_a - a_w))
                 - math.log((y_b + a_w) / (n_b + a0 - y_b - a_w)))
        var = 1 / (y_a + a_w) + 1 / (y_b + a_w)
        return delta, var, delta / math.sqrt(var)

    out = log_odds_dirichlet(a, b).set_index("term")
    # tax: log(9/7) - log(6/11) = 0.2513 + 0.6061 = 0.8575; var = 1/9 + 1/6 = 0.2778; z = 0.8575 / 0.5270 = 1.6269
    for term, (y_a, y_b, a_w) in {"tax": (4, 1, 5), "cut": (1, 2, 3), "crime": (0, 3, 3)}.items():
        delta, var, z = expected(y_a, y_b, a_w)
        assert out.loc[term, "delta"] == pytest.approx(delta)
        assert out.loc[term, "var"] == pytest.approx(var)
        assert out.loc[term, "z"] == pytest.approx(z)
    assert out.loc["tax", "z"] == pytest.approx(1.6269, abs=1e-4)
    assert list(out.index) == ["tax", "cut", "crime"]  # sorted by z, a-side first
    assert out.loc["crime", ["count_a", "count_b"]].tolist() == [0, 3]


def test_log_odds_uniform_and_rescaled_prior():
    a, b = Counter(x=2), Counter(x=1, y=1)
    # prior 0.5 for both terms: a0 = 1; x: log(2.5/(2+1-2.5)) - log(1.5/(2+1-1.5)) = log(5) - log(1)
    out = log_odds_dirichlet(a, b, prior=0.5).set_index("term")
    assert out.loc["x", "delta"] == pytest.approx(math.log(5))
    # alpha0 rescales the pooled prior (x 3, y 1 -> x 1.5, y 0.5 with alpha0 = 2)
    out = log_odds_dirichlet(a, b, alpha0=2).set_index("term")
    assert out.loc["x", "delta"] == pytest.approx(math.log(3.5 / 0.5) - math.log(2.5 / 1.5))


def test_bootstrap_of_few_distinct_values_covers_the_true_mean():
    # Stance scores take few distinct values: the multinomial shortcut must keep the coverage.
    levels = np.array([0.0, 0.0, 0.0, 0.5, 1.0, -0.7])
    rng = np.random.default_rng(7)
    hits = 0
    for i in range(300):
        sample = rng.choice(levels, size=120)
        _, lo, hi = bootstrap_ci(sample, seed=i)
        hits += lo <= levels.mean() <= hi
    assert 0.90 <= hits / 300 <= 0.985
