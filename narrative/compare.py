"""Compare two groups of statements: frames, distinctive words and echoed statements.

A group is a filter ``{column: value}`` over the statements table, e.g.
``{"role": "commenter"}`` against ``{"role": "official"}``. Values match as
case-insensitive strings; ``"official,outlet"`` means either; several
columns are AND-ed; ``role`` is short for ``speaker_role`` and ``month``
filters on ``YYYY-MM`` of ``date``. As in the aggregates, reposted
statements count once and narration is left out unless a side filters on
``kind`` (``kind=narration`` selects an outlet's own voice).

>>> import pandas as pd
>>> st = pd.DataFrame({"statement_id": ["1", "2", "3", "4"], "doc_id": "d",
...     "speaker": ["Al", "Bo", "Mayor", "Chief"],
...     "speaker_role": ["commenter", "commenter", "official", "official"], "kind": "direct",
...     "text": ["Crime is out of control", "Taxes are theft", "Crime fell last year", "Budget is balanced"],
...     "frames": ["crime", "economy", "crime", "economy"], "duplicate": False})
>>> c = compare(st, {"role": "commenter"}, {"role": "official"}, min_n=1)
>>> c.n_a, c.n_b, c.jsd
(2, 2, 0.0)
>>> c.echo.loc[0, ["statement_id_a", "statement_id_b"]].tolist()
['1', '3']
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from .aggregate import (ALIASES, frame_ids, frame_matrix, months, split_frames,
                        unique_statements)
from .errors import NarrativeError
from .io import write_table, write_text
from .stats import bh_adjust, js_distance, log_odds_dirichlet, permutation_test, share_ci, share_diff_ci
from .schema import as_bool

# Letters only (so numbers drop out), keeping inner apostrophes: "didn't", "mayor's".
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

#: scikit-learn's ``ENGLISH_STOP_WORDS`` (the Glasgow Information Retrieval Group's list), copied
#: so that comparing groups (and so building the report) does not import scikit-learn, which
#: takes longer (about 1.2 s) than the comparison itself; a test checks it equals scikit-learn's.
ENGLISH_STOP_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst amoungst amount an and another any anyhow anyone anything anyway anywhere
are around as at back be became because become becomes becoming been before beforehand behind
being below beside besides between beyond bill both bottom but by call can cannot cant co con
could couldnt cry de describe detail do done down due during each eg eight either eleven else
elsewhere empty enough etc even ever every everyone everything everywhere except few fifteen
fifty fill find fire first five for former formerly forty found four from front full further get
give go had has hasnt have he hence her here hereafter hereby herein hereupon hers herself him
himself his how however hundred i ie if in inc indeed interest into is it its itself keep last
latter latterly least less ltd made many may me meanwhile might mill mine more moreover most
mostly move much must my myself name namely neither never nevertheless next nine no nobody none
noone nor not nothing now nowhere of off often on once one only onto or other others otherwise
our ours ourselves out over own part per perhaps please put rather re same see seem seemed
seeming seems serious several she should show side since sincere six sixty so some somehow
someone something sometime sometimes somewhere still such system take ten than that the their
them themselves then thence there thereafter thereby therefore therein thereupon these they
thick thin third this those though three through throughout thru thus to together too top
toward towards twelve twenty two un under until up upon us very via was we well were what
whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without would yet
you your yours yourself yourselves
""".split())


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without English stop words, numbers or single letters.

    >>> tokens("The 3 officers said: Crime FELL in 2023!")
    ['officers', 'said', 'crime', 'fell']
    """
    return [t for t in _TOKEN.findall(str(text).lower())
            if len(t) > 1 and t not in ENGLISH_STOP_WORDS]


def _values(value) -> list[str]:
    """Filter value(s) as lower-case strings; "a,b" and lists mean either."""
    items = value if isinstance(value, (list, tuple, set)) else str(value).split(",")
    return [str(v).strip().lower() for v in items if str(v).strip()]


def select(statements: pd.DataFrame, filters: dict) -> pd.Series:
    """Boolean mask of the rows matching every ``column=value(s)`` filter.

    >>> st = pd.DataFrame({"speaker_role": ["Official", "outlet", "commenter"]})
    >>> select(st, {"role": "official,outlet"}).tolist()
    [True, True, False]
    """
    mask = pd.Series(True, index=statements.index)
    for column, value in filters.items():
        column = ALIASES.get(str(column).strip(), str(column).strip())
        if column == "month" and "month" not in statements and "date" in statements:
            cells = months(statements["date"])
        elif column in statements:
            cells = statements[column]
        else:
            raise NarrativeError(f"unknown column {column!r} in filter; statements have: "
                                 f"{', '.join(map(str, statements.columns))}")
        wanted = _values(value)
        if cells.dtype == object:  # Python objects: 1, 1.0 and True hash alike but print apart
            mask &= _clean_cells(cells).isin(wanted)
            continue
        # Each distinct value is cleaned and tested once; the rows take their value's answer.
        codes, uniques = pd.factorize(cells, use_na_sentinel=True)
        hit = _clean_cells(pd.Series(uniques, dtype=object)).isin(wanted).to_numpy(dtype=bool)
        mask &= np.append(hit, False)[codes]  # code -1: a missing cell, which matches nothing
    return mask


def _clean_cells(cells: pd.Series) -> pd.Series:
    return cells.astype(object).where(cells.notna(), "").astype(str).str.strip().str.lower()


def describe_filter(filters: dict) -> str:
    """A short label such as ``role=commenter & outlet=post``."""
    return " & ".join(f"{k}={v}" for k, v in filters.items()) or "all"


@dataclass
class Comparison:
    """Result of :func:`compare`; ``save(out_dir)`` writes it under ``out_dir/compare/``."""

    frames: pd.DataFrame
    words: pd.DataFrame
    echo: pd.DataFrame
    jsd: float
    n_a: int
    n_b: int
    label_a: str
    label_b: str
    filters_a: dict = field(default_factory=dict)
    filters_b: dict = field(default_factory=dict)
    min_n: int = 5
    notes: list = field(default_factory=list)

    @property
    def enough(self) -> bool:
        """Whether both groups have at least ``min_n`` statements."""
        return self.n_a >= self.min_n and self.n_b >= self.min_n

    def summary(self) -> dict:
        """Scalars and notes as a JSON-ready dict (NaN becomes null)."""
        jsd = None if self.jsd is None or math.isnan(self.jsd) else round(self.jsd, 6)
        return {"label_a": self.label_a, "label_b": self.label_b,
                "filters_a": self.filters_a, "filters_b": self.filters_b,
                "n_a": self.n_a, "n_b": self.n_b, "min_n": self.min_n, "enough": self.enough,
                "jsd_frames": jsd, "n_frames": len(self.frames), "notes": self.notes}

    def save(self, out_dir) -> Path:
        """Write ``compare/frames.csv, words.csv, echo.csv, summary.json`` atomically; return the folder."""
        folder = Path(out_dir) / "compare"
        for name in ("frames", "words", "echo"):
            write_table(getattr(self, name), folder / f"{name}.csv")
        write_text(folder / "summary.json", json.dumps(self.summary(), indent=2) + "\n")
        return folder

    def text(self, n: int = 5) -> str:
        """A readable multi-line summary: sizes, JSD, top frame differences, words, echoes."""
        a, b = self.label_a, self.label_b
        lines = [f"A: {a} (n={self.n_a})", f"B: {b} (n={self.n_b})"]
        lines += [f"! {note}" for note in self.notes]
        jsd = "n/a" if math.isnan(self.jsd) else f"{self.jsd:.3f}"
        lines.append(f"Frame divergence (Jensen-Shannon distance, 0 same .. 1 disjoint): {jsd}")
        if len(self.frames):
            lines.append("Frame shares, A vs B (95% CI; diff with Newcombe CI; permutation p, BH-adjusted):")
            for r in self.frames.head(n).itertuples():
                lines.append(
                    f"  {r.frame:<20} {r.share_a:6.1%} [{r.lo_a:.0%}-{r.hi_a:.0%}]  vs "
                    f"{r.share_b:6.1%} [{r.lo_b:.0%}-{r.hi_b:.0%}]  diff {r.diff:+.1%} "
                    f"[{r.diff_lo:+.1%}, {r.diff_hi:+.1%}]  p={r.p_perm:.3g} adj={r.p_adj:.3g}"
                    + ("  (small group)" if not self.enough else ""))
        for side, label in (("a", a), ("b", b)):
            words = self.words[self.words["side"] == side].head(n * 2)
            if len(words):
                lines.append(f"Words distinctive of {label}: " + ", ".join(
                    f"{t} (z={z:+.1f})" for t, z in zip(words["term"], words["z"])))
        pairs = self.echo[self.echo["similarity"] > 0].head(n)
        if len(pairs):
            lines.append("Closest echoes (A statement -> most similar B statement):")
            for r in pairs.itertuples():
                lines.append(f"  {r.similarity:.2f}  {r.speaker_a}: {_clip(r.text_a)}")
                lines.append(f"        {r.speaker_b}: {_clip(r.text_b)}")
        return "\n".join(lines)


def _clip(text, width: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _frame_table(fa: pd.DataFrame, fb: pd.DataFrame, n_perm: int, seed: int) -> pd.DataFrame:
    """Per-frame shares, their difference and a permutation p-value (BH-adjusted across frames)."""
    k_a, k_b = fa.sum().to_numpy(), fb.sum().to_numpy()
    n_a, n_b = len(fa), len(fb)
    share_a, lo_a, hi_a = share_ci(k_a, np.full(len(k_a), n_a))
    share_b, lo_b, hi_b = share_ci(k_b, np.full(len(k_b), n_b))
    diff, diff_lo, diff_hi = share_diff_ci(k_a, np.full(len(k_a), n_a), k_b, np.full(len(k_b), n_b))
    p = [permutation_test(fa[f].to_numpy(), fb[f].to_numpy(), n_perm=n_perm, seed=seed)
         for f in fa.columns]
    table = pd.DataFrame({
        "frame": list(fa.columns), "n_a": k_a, "share_a": share_a, "lo_a": lo_a, "hi_a": hi_a,
        "n_b": k_b, "share_b": share_b, "lo_b": lo_b, "hi_b": hi_b,
        "diff": diff, "diff_lo": diff_lo, "diff_hi": diff_hi, "p_perm": p, "p_adj": bh_adjust(p)})
    order = table["diff"].abs().sort_values(ascending=False, kind="stable").index
    return table.loc[order].reset_index(drop=True)


def count_tokens(texts, block: int = 2000) -> Counter:
    """How often each :func:`tokens` word occurs in ``texts``, in order of first occurrence.

    The same as counting ``tokens(text)`` text by text, but the regular expression runs once per
    block of ``block`` texts joined by newlines (no token spans a newline, and lower-casing is
    the same character by character) and stop words are dropped once per distinct word.

    >>> count_tokens(["The tax, the TAX!", "Taxes are theft"])
    Counter({'tax': 2, 'taxes': 1, 'theft': 1})
    """
    texts = list(texts)
    counts: Counter = Counter()
    for start in range(0, len(texts), block):
        counts.update(_TOKEN.findall("\n".join(map(str, texts[start:start + block])).lower()))
    for t in [t for t in counts if len(t) <= 1 or t in ENGLISH_STOP_WORDS]:
        del counts[t]
    return counts


def _word_table(texts_a: pd.Series, texts_b: pd.Series, top: int, label_a: str, label_b: str):
    """Top ``top`` distinctive terms per side by log-odds z (positive z: side a)."""
    count_a, count_b = count_tokens(texts_a), count_tokens(texts_b)
    table = log_odds_dirichlet(count_a, count_b)
    table["side"] = np.where(table["z"] > 0, "a", np.where(table["z"] < 0, "b", ""))
    table["label"] = table["side"].map({"a": label_a, "b": label_b}).fillna("")
    side_a = table[table["side"] == "a"].head(top)
    side_b = table[table["side"] == "b"].sort_values("z").head(top)
    cols = ["term", "count_a", "count_b", "delta", "z", "side", "label"]
    return pd.concat([side_a, side_b], ignore_index=True)[cols]


ECHO_COLUMNS = ["statement_id_a", "speaker_a", "text_a", "statement_id_b", "speaker_b",
                "text_b", "similarity", "shared_frames"]


def _echo_table(a: pd.DataFrame, b: pd.DataFrame, cells: int = 4_000_000) -> pd.DataFrame:
    """Each A statement with its most similar B statement by TF-IDF cosine.

    Similarities are computed a block of A rows at a time, ``cells`` similarities per block (32 MB),
    so memory stays bounded however large B is.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer  # slow to import: only when needed
    from sklearn.metrics.pairwise import cosine_similarity

    chunk = max(1, cells // max(1, len(b)))
    texts = pd.concat([a["text"], b["text"]]).fillna("").astype(str)
    best, sim = np.zeros(len(a), dtype=int), np.zeros(len(a))
    try:
        matrix = TfidfVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None).fit_transform(texts)
    except ValueError:  # no words at all on either side: nothing is echoed
        matrix = None
    if matrix is not None:
        ma, mb = matrix[: len(a)], matrix[len(a):]
        for start in range(0, len(a), chunk):
            block = cosine_similarity(ma[start:start + chunk], mb)
            best[start:start + chunk] = block.argmax(axis=1)
            sim[start:start + chunk] = block.max(axis=1)
    frames_a, frames_b = split_frames(a["frames"]), split_frames(b["frames"])
    rb = b.iloc[best]
    matched = sim > 0  # a best match with nothing in common is no echo
    out = pd.DataFrame({
        "statement_id_a": a["statement_id"].to_numpy(), "speaker_a": a["speaker"].to_numpy(),
        "text_a": a["text"].to_numpy(),
        "statement_id_b": np.where(matched, rb["statement_id"].to_numpy(), ""),
        "speaker_b": np.where(matched, rb["speaker"].to_numpy(), ""),
        "text_b": np.where(matched, rb["text"].to_numpy(), ""),
        "similarity": sim.round(6),
        "shared_frames": [";".join(sorted(set(fa) & set(frames_b.iloc[j]))) if ok else ""
                          for fa, j, ok in zip(frames_a, best, matched)]})
    return out.sort_values("similarity", ascending=False, kind="stable", ignore_index=True)


REQUIRED = ["statement_id", "speaker", "text", "frames"]


def _columns_needed(statements: pd.DataFrame, *filters: dict) -> list[str] | None:
    """The columns a comparison reads (None when a filter names a column the table lacks, so
    that :func:`select` reports it with the table's columns)."""
    need = REQUIRED + ["kind", "duplicate"]
    for f in filters:
        for column in f:
            column = ALIASES.get(str(column).strip(), str(column).strip())
            if column == "month" and "month" not in statements and "date" in statements:
                column = "date"
            if column not in statements:
                return None
            need.append(column)
    return [c for c in statements.columns if c in need]


def compare(statements: pd.DataFrame, a: dict, b: dict, min_n: int = 5, n_perm: int = 5000,
            seed: int = 0, top: int = 30, label_a: str | None = None,
            label_b: str | None = None, frames=None, max_echo: int = 20_000,
            echo: bool = True) -> Comparison:
    """Compare the statements matching filter ``a`` with those matching ``b``.

    Returns a :class:`Comparison` with

    * ``frames``: ``frame, n_a, share_a, lo_a, hi_a, n_b, share_b, lo_b, hi_b,
      diff, diff_lo, diff_hi, p_perm, p_adj`` -- share of statements carrying
      each frame with Wilson 95% CIs, the difference A-B with Newcombe's 95%
      CI, a two-sided permutation p-value and its Benjamini-Hochberg
      adjustment, ``enough`` (both groups >= min_n); sorted by |diff|.
    * ``words``: ``term, count_a, count_b, delta, z, side, label`` -- the
      ``top`` most distinctive terms per side by Fightin'-Words log-odds z
      (informative prior from pooled counts; ``side`` is "a" or "b").
    * ``echo``: ``statement_id_a, speaker_a, text_a, statement_id_b,
      speaker_b, text_b, similarity, shared_frames`` -- every A statement with
      its most similar B statement (TF-IDF cosine), most similar first; when A has more than
      ``max_echo`` statements, a seeded random sample of that many (``notes`` says so);
      ``echo=False`` leaves it empty (the report, which does not show it, skips its cost).
    * ``jsd``: Jensen-Shannon distance (base 2) between the two groups'
      distributions of frame mentions; NaN when a side has no frames.

    A group with no statements is an error; a group below ``min_n`` is
    compared anyway but ``notes`` (and the saved summary) say so.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"statement_id": ["1", "2"], "speaker": ["A", "B"], "speaker_role": ["x", "y"],
    ...                    "text": ["crime rises", "crime falls"], "frames": ["crime", ""]})
    >>> c = compare(st, {"role": "x"}, {"role": "y"})
    >>> c.frames[["frame", "share_a", "share_b"]].values.tolist(), c.notes[0]
    ([['crime', 1.0, 0.0]], 'group A (role=x) has only 1 statement(s), fewer than min_n=5: treat shares and p-values as unreliable')
    """
    missing = [c for c in REQUIRED if c not in statements.columns]
    if missing:
        raise NarrativeError(f"statements lack column(s): {', '.join(missing)}")
    label_a, label_b = label_a or describe_filter(a), label_b or describe_filter(b)
    keep = _columns_needed(statements, a, b)
    df = statements if keep is None else statements[keep]  # the other columns are not copied
    if "duplicate" in df and as_bool(df["duplicate"]).any():  # without reposts: no copy at all
        df = unique_statements(df)
    frames = frame_ids(df) if frames is None else list(frames)
    notes, groups = [], []
    for name, filters, label in (("A", a, label_a), ("B", b, label_b)):
        rows = df.loc[select(df, filters)]
        keys = {ALIASES.get(k, k) for k in filters}
        if "kind" in rows and "kind" not in keys:
            rows = rows.loc[rows["kind"].astype(str).str.lower() != "narration"]
        if rows.empty:
            raise NarrativeError(f"no statements match group {name} ({describe_filter(filters)})")
        if len(rows) < min_n:
            notes.append(f"group {name} ({label}) has only {len(rows)} statement(s), fewer than "
                         f"min_n={min_n}: treat shares and p-values as unreliable")
        groups.append(rows)
    ga, gb = groups
    overlap = len(set(ga.index) & set(gb.index))
    if overlap:
        notes.append(f"{overlap} statement(s) match both groups")
    echo_a = ga
    if echo and max_echo and len(ga) > max_echo:
        echo_a = ga.sample(n=max_echo, random_state=seed).sort_index()
        notes.append(f"echo pairs: a random sample of {max_echo} of the {len(ga)} statements of group A "
                     f"(seed {seed})")
    fa, fb = frame_matrix(ga, frames), frame_matrix(gb, frames)
    table = _frame_table(fa, fb, n_perm, seed)
    table["enough"] = len(ga) >= min_n and len(gb) >= min_n  # flags p-values from small groups
    return Comparison(
        frames=table,
        words=_word_table(ga["text"], gb["text"], top, label_a, label_b),
        echo=_echo_table(echo_a, gb) if echo else pd.DataFrame(columns=ECHO_COLUMNS),
        jsd=js_distance(fa.sum().to_numpy(), fb.sum().to_numpy()) if frames else math.nan,
        n_a=len(ga), n_b=len(gb), label_a=label_a, label_b=label_b,
        filters_a=dict(a), filters_b=dict(b), min_n=min_n, notes=notes)
