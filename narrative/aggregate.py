"""Per-speaker, per-outlet, per-role, per-document and per-month summaries of statements.

Every figure comes with its uncertainty: frame shares with Wilson intervals,
mean stance with a seeded percentile-bootstrap interval. Groups with fewer
than ``min_n`` statements are kept (their counts are facts) but flagged
``enough=False`` with a ``note``, and get no stance interval.

Two rules apply to every table:

* Reposted statements (``duplicate`` true) are dropped first, so a story
  syndicated to five sites counts once.
* Narration (``kind == "narration"``, the author's own voice) is left out of
  speaker, role, document and month tables; :func:`aggregate_outlets` reports
  it as the outlet's ``own`` voice beside the ``quoted`` voices.

Every table is computed from a :class:`Tally` (sums per group that add up over
documents), so a corpus of any size is aggregated a batch at a time
(:func:`tally_parquet`) and a run's tables are updated for a few changed
documents instead of being computed again (``export.py``).

>>> import pandas as pd
>>> st = pd.DataFrame({"statement_id": ["d:1", "d:2"], "doc_id": "d", "speaker": ["Ann", "Ann"],
...                    "kind": "direct", "text": ["Taxes hurt.", "Cut them."],
...                    "frames": ["economy", ""], "stance": [-0.5, 0.5], "duplicate": False})
>>> aggregate(st, "speaker", min_n=2)[["speaker", "n_statements", "share_economy", "stance_mean"]]
  speaker  n_statements  share_economy  stance_mean
0     Ann             2            0.5          0.0
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import NarrativeError
from .io import write_table
from .schema import as_bool, is_score
from .stats import bootstrap_mean, share_ci

#: Accepted spellings for grouping/filter columns.
ALIASES = {"role": "speaker_role", "document": "doc_id", "doc": "doc_id"}

#: Descriptive columns carried along for some groupings (most common value in the group).
_LABELS = {"speaker": ["speaker_role"], "doc_id": ["outlet", "date"]}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_MISSING = "(unknown)"


def unique_statements(statements: pd.DataFrame) -> pd.DataFrame:
    """``statements`` without reposted rows (``duplicate`` true), so reposts count once.

    >>> import pandas as pd
    >>> len(unique_statements(pd.DataFrame({"duplicate": [False, True, "True"]})))
    1
    """
    if "duplicate" not in statements:
        return statements.copy()
    return statements.loc[~as_bool(statements["duplicate"])].copy()


def is_narration(kinds: pd.Series) -> np.ndarray:
    """True where ``kind`` is narration (any case), tested once per distinct value.

    >>> is_narration(pd.Series(["Narration", "direct", None])).tolist()
    [True, False, False]
    """
    codes, uniques = pd.factorize(kinds, use_na_sentinel=True)
    hit = np.array([str(u).strip().lower() == "narration" for u in uniques] + [False], dtype=bool)
    return hit[codes]


def split_frames(values: pd.Series) -> pd.Series:
    """Each ``frames`` cell ("a;b", "" or NaN) as a list of frame ids.

    >>> split_frames(pd.Series(["crime; economy", "", None])).tolist()
    [['crime', 'economy'], [], []]
    """
    return values.fillna("").astype(str).map(
        lambda cell: [f.strip() for f in cell.split(";") if f.strip()])


def _distinct(values: pd.Series) -> tuple[np.ndarray, list[list[str]]]:
    """Codes per row and the frame-id lists of the distinct cells: a frames column holds few
    distinct combinations, so everything is computed once per combination, not once per row."""
    codes, uniques = pd.factorize(values.fillna("").astype(str), use_na_sentinel=False)
    return codes, [[f.strip() for f in cell.split(";") if f.strip()] for cell in uniques]


def frame_ids(statements: pd.DataFrame) -> list[str]:
    """Sorted union of the frame ids used in ``statements["frames"]``."""
    if "frames" not in statements:
        return []
    return sorted({f for cell in _distinct(statements["frames"])[1] for f in cell})


def frame_matrix(statements: pd.DataFrame, frames=None) -> pd.DataFrame:
    """0/1 indicator per statement (rows, same index) and frame (columns), as small integers.

    >>> frame_matrix(pd.DataFrame({"frames": ["crime;economy", ""]})).to_dict("list")
    {'crime': [1, 0], 'economy': [1, 0]}
    """
    frames = frame_ids(statements) if frames is None else list(frames)
    if "frames" not in statements or not frames or statements.empty:
        return pd.DataFrame(0, index=statements.index, columns=frames, dtype=np.int8)
    codes, cells = _distinct(statements["frames"])
    return pd.DataFrame(_cell_matrix(cells, frames)[codes], index=statements.index, columns=frames)


def _cell_matrix(cells: list[list[str]], frames: list[str]) -> np.ndarray:
    """0/1 per distinct frames cell (rows) and frame (columns); ids not in ``frames`` are ignored."""
    pos = {f: i for i, f in enumerate(frames)}
    per_cell = np.zeros((len(cells), len(frames)), dtype=np.int8)
    for row, cell in enumerate(cells):
        for f in cell:
            if f in pos:
                per_cell[row, pos[f]] = 1
    return per_cell


def months(dates: pd.Series) -> pd.Series:
    """``YYYY-MM`` for each date; ISO dates are read as written (no time-zone shift).

    >>> months(pd.Series(["2024-03-01T00:30+02:00", "5 April 2024", "", None])).tolist()
    ['2024-03', '2024-04', nan, nan]
    """
    text = dates.astype("string").str.strip()
    iso = text.str.extract(r"^(\d{4}-\d{2})(?:-|$|T|\s)", expand=False)
    rest = iso.isna() & text.fillna("").ne("")
    if rest.any():
        parsed = pd.to_datetime(text[rest], errors="coerce", format="mixed", utc=True)
        iso[rest] = parsed.dt.strftime("%Y-%m")
    return iso.astype(object).where(iso.notna(), np.nan)


def count_words(texts: pd.Series) -> pd.Series:
    """Number of word tokens in each text."""
    return texts.fillna("").astype(str).map(lambda t: len(_WORD.findall(t))).astype(int)


def stance_columns(statements: pd.DataFrame) -> list[str]:
    """``stance`` and any ``stance_<target>`` score columns present."""
    return [c for c in statements.columns if is_score(c)]


def _column(by: str, statements: pd.DataFrame) -> str:
    """Resolve an alias and check the column exists (``month`` is derived from ``date``)."""
    by = ALIASES.get(by, by)
    need = "date" if by == "month" else by
    if need not in statements.columns:
        raise NarrativeError(f"cannot group by {by!r}: no column {need!r} in the statements "
                             f"(columns: {', '.join(map(str, statements.columns))})")
    return by


def _keys(df: pd.DataFrame, by: str) -> pd.Series:
    """The group label of each row; missing labels become "(unknown)" instead of vanishing.

    Labels are cleaned once per distinct value and shared by the rows holding it, so millions of
    statements cost a pointer each, not a string each.
    """
    values = df["date"] if by == "month" else df[by]
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    labels = pd.Series(uniques, dtype=object)
    if by == "month":
        labels = months(labels)
    elif by == "speaker":  # a registered person is one group however each article spelled the name
        from .speakers import Registry

        canonical = Registry.default().canonical
        labels = labels.map(lambda v: canonical(v) if isinstance(v, str) else v)
    labels = labels.where(labels.notna(), _MISSING).astype(str).str.strip()
    labels = np.append(labels.where(labels != "", _MISSING).to_numpy(dtype=object), _MISSING)
    # A categorical of sorted labels: groupby works on its small integer codes (no hashing of a
    # million strings per table) and sorts groups as it would sort the labels themselves.
    categories = np.array(sorted(set(labels)), dtype=object)
    recode = np.searchsorted(categories, labels)
    return pd.Series(pd.Categorical.from_codes(recode[codes], categories=categories), index=df.index)


#: Bump when :class:`Tally` changes what it holds: stored tallies of another version are rebuilt.
TALLY_VERSION = 2


class Tally:
    """What one aggregate table needs to know about a set of statements, as sums that add up.

    Per group label: counts (statements, words, documents, statements per frame, scored statements,
    sum of scores), the count of each distinct score (for means and bootstrap intervals) and of each
    descriptive label. Tallies of disjoint sets of documents add up (``+``) and subtract (``-``) to
    the tally of their union or difference, so a table can be built a batch at a time, or updated
    for a few changed documents, and come out as computed in one go. :meth:`table` turns it into
    the published table.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"doc_id": ["a", "b"], "speaker": "Bo", "kind": "direct", "text": "x",
    ...                    "frames": ["war", ""], "stance": [0.5, 0.1]})
    >>> both = Tally.of(st, "speaker")
    >>> halves = Tally.of(st.iloc[:1], "speaker") + Tally.of(st.iloc[1:], "speaker")
    >>> halves.table(min_n=1).equals(both.table(min_n=1))
    True
    """

    def __init__(self, by, counts, values, labels, seen, intervals=True):
        self.by, self.counts, self.values, self.labels = by, counts, values, labels
        self.seen, self.intervals = seen, intervals

    @classmethod
    def of(cls, statements: pd.DataFrame, by: str, narration: bool = False, intervals: bool = True) -> "Tally":
        """The tally of ``statements`` grouped by ``by`` (reposts dropped, narration too unless asked).

        A document's statements must all be in one tally: ``n_docs`` adds up over disjoint documents.
        """
        by = _column(by, statements)
        seen = _frame_counts(statements)
        df = unique_statements(statements) if "duplicate" in statements else statements
        if not narration and "kind" in df:
            df = df.loc[~is_narration(df["kind"])]
        keys = _keys(df, by)
        # Integer group codes and numpy counting: a batch is tallied in a few vectorised passes.
        codes = keys.cat.codes.to_numpy().astype(np.int64)
        labels = np.asarray(keys.cat.categories, dtype=object)
        present = np.bincount(codes, minlength=len(labels)) > 0
        codes = np.cumsum(present)[codes] - 1  # only the labels present in this batch
        labels, groups = labels[present], int(present.sum())

        def per_group(weights=None, mask=None):
            c = codes if mask is None else codes[mask]
            w = weights if mask is None or weights is None else weights[mask]
            return np.bincount(c, weights=w, minlength=groups)

        counts = {"n_statements": per_group()}
        if "n_words" in df:
            words = pd.to_numeric(df["n_words"], errors="coerce").fillna(0).to_numpy(dtype=float)
        else:
            words = count_words(df["text"]).to_numpy(dtype=float) if "text" in df else np.zeros(len(df))
        counts["n_words"] = per_group(words)
        if "doc_id" in df:
            first = _pairs(codes, pd.factorize(df["doc_id"])[0])[0]
            counts["n_docs"] = np.bincount(first, minlength=groups)
        else:
            counts["n_docs"] = np.zeros(groups)
        frame_list = sorted(seen.index)
        if frame_list:
            cell_codes, cells = _distinct(df["frames"])
            pair_group, pair_cell, pair_n = _pairs(codes, cell_codes)
            matrix = np.zeros((groups, len(frame_list)))
            np.add.at(matrix, pair_group, _cell_matrix(cells, frame_list)[pair_cell] * pair_n[:, None])
            counts.update({f"n_{f}": matrix[:, j] for j, f in enumerate(frame_list)})
        values = []
        for col in stance_columns(df):
            scores = pd.to_numeric(df[col], errors="coerce").to_numpy(dtype=float)
            scored = ~np.isnan(scores)
            counts[f"{col}_n"] = per_group(mask=scored)
            counts[f"{col}_sum"] = per_group(scores, scored)
            if intervals:
                g, v, n = _pairs(codes[scored], scores[scored])
                values.append(pd.DataFrame({"label": labels[g], "col": col, "value": v, "n": n}))
        label_rows = []
        for field in _LABELS.get(by, []):
            if field in df:
                value_codes, uniques = pd.factorize(df[field].astype(object), use_na_sentinel=True)
                known = value_codes >= 0
                g, v, n = _pairs(codes[known], value_codes[known])
                label_rows.append(pd.DataFrame({"label": labels[g], "field": field,
                                                "value": np.asarray(uniques, dtype=object)[v].astype(str), "n": n}))
        counts = _integral(pd.DataFrame(counts, index=pd.Index(labels, dtype=object)))
        return cls(by, counts, _concat(values, ["label", "col", "value", "n"]),
                   _concat(label_rows, ["label", "field", "value", "n"]), seen, intervals)

    def __add__(self, other: "Tally") -> "Tally":
        return Tally.merge([self, other])

    def __sub__(self, other: "Tally") -> "Tally":
        return Tally.merge([self, -other])

    def __neg__(self) -> "Tally":
        counts = -self.counts
        values, labels = self.values.copy(), self.labels.copy()
        values["n"], labels["n"] = -values["n"], -labels["n"]
        return Tally(self.by, counts, values, labels, -self.seen, self.intervals)

    @staticmethod
    def merge(tallies: list["Tally"]) -> "Tally":
        """The sum of ``tallies`` (of one table); groups whose statements all cancel out are dropped."""
        first = tallies[0]
        counts = pd.concat([t.counts for t in tallies]).fillna(0)
        counts = counts.groupby(level=0, sort=True).sum()
        counts = _integral(counts.loc[counts["n_statements"] != 0])
        seen = pd.concat([t.seen for t in tallies]).groupby(level=0).sum()

        def add(tables, keys):
            table = pd.concat([t for t in tables if len(t)] or [tables[0]], ignore_index=True)
            table = table.groupby(keys, sort=True, as_index=False)["n"].sum()
            return table.loc[table["n"] != 0].reset_index(drop=True)

        return Tally(first.by, counts, add([t.values for t in tallies], ["label", "col", "value"]),
                     add([t.labels for t in tallies], ["label", "field", "value"]), seen[seen != 0],
                     first.intervals)

    def frames(self) -> list[str]:
        """Every frame id found in the tallied statements (reposts and narration included)."""
        return sorted(self.seen.index)

    def table(self, min_n: int = 5, frames=None, seed: int = 0, n_boot: int = 2000, boot=None) -> pd.DataFrame:
        """The published table: see :func:`aggregate`. ``boot``: the bootstrap to use (a
        :class:`Bootstraps` reuses earlier intervals), by default :func:`narrative.stats.bootstrap_mean`."""
        boot = boot or bootstrap_mean
        by, counts = self.by, self.counts
        frames = self.frames() if frames is None else list(frames)
        out = pd.DataFrame(index=pd.Index(counts.index, name=by, dtype=object))
        for field in _LABELS.get(by, []):
            rows = self.labels.loc[self.labels["field"] == field]
            if len(rows):  # the most frequent value; ties: alphabetically first
                rows = rows.sort_values(["label", "n", "value"], ascending=[True, False, True])
                out[field] = rows.drop_duplicates("label").set_index("label")["value"]
        n = counts["n_statements"]
        out["n_statements"], out["n_words"], out["n_docs"] = n, counts["n_words"], counts["n_docs"]
        for f in frames:
            k = counts[f"n_{f}"] if f"n_{f}" in counts else pd.Series(0, index=counts.index, dtype=np.int64)
            share, lo, hi = share_ci(k.to_numpy(), n.to_numpy())
            out[f"n_{f}"], out[f"share_{f}"], out[f"share_{f}_lo"], out[f"share_{f}_hi"] = k, share, lo, hi
        enough = n >= min_n
        notes = pd.Series("", index=out.index, dtype=object)
        notes[~enough] = [f"too few statements (n={k}) to estimate" for k in n[~enough]]
        for col in [c[:-2] for c in counts.columns if c.endswith("_n") and f"{c[:-2]}_sum" in counts]:
            scored = counts[f"{col}_n"]
            stance = pd.DataFrame({f"{col}_n": scored, f"{col}_mean": np.nan, f"{col}_lo": np.nan,
                                   f"{col}_hi": np.nan}, index=out.index)
            if self.intervals:
                # Means from the distinct values in sorted order: the same bits however the tally was
                # built (in one go, a batch at a time, or updated), unlike a running sum.
                rows = self.values.loc[self.values["col"] == col]
                total = (rows["value"] * rows["n"]).groupby(rows["label"]).sum()
                stance[f"{col}_mean"] = total.reindex(out.index) / scored.where(scored > 0)
                wanted = rows.loc[rows["label"].isin(set(out.index[enough & (scored >= min_n)]))]
                found = {label: boot(group["value"].to_numpy(), group["n"].to_numpy(), n_boot=n_boot, seed=seed)
                         for label, group in wanted.groupby("label", sort=False)}
                if found:
                    at = stance.index.get_indexer(list(found))
                    for j, name in ((1, "lo"), (2, "hi")):
                        column = stance[f"{col}_{name}"].to_numpy(dtype=float, copy=True)
                        column[at] = [v[j] for v in found.values()]
                        stance[f"{col}_{name}"] = column
                # Enough statements but few of them scored: flag the stance only.
                few = enough & (scored < min_n) & (scored > 0)
                notes[few] = [f"too few {col} scores (n={k}) to estimate" for k in scored[few]]
            else:
                # (a running sum, updated a few documents at a time, carries the rounding of its updates:
                # ten decimals publish the same mean however it was built)
                stance[f"{col}_mean"] = (counts[f"{col}_sum"] / scored.where(scored > 0)).round(10)
            out = out.join(stance)
        out["enough"], out["note"] = enough, notes
        return _in_order(out.reset_index(), by)


def _pairs(groups: np.ndarray, values: np.ndarray):
    """The distinct (group, value) pairs, sorted, and how often each occurs.

    >>> [a.tolist() for a in _pairs(np.array([1, 0, 1, 1]), np.array([0.5, 0.2, 0.5, 0.1]))]
    [[0, 1, 1], [0.2, 0.1, 0.5], [1, 1, 2]]
    """
    if len(groups) == 0:
        return groups[:0], values[:0], np.zeros(0, dtype=np.int64)
    order = np.lexsort((values, groups))
    g, v = groups[order], values[order]
    new = np.ones(len(g), dtype=bool)
    new[1:] = (g[1:] != g[:-1]) | (v[1:] != v[:-1])
    starts = np.flatnonzero(new)
    return g[starts], v[starts], np.diff(np.append(starts, len(g)))


def _integral(counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` with every column but the score sums as integers."""
    ints = [c for c in counts.columns if not c.endswith("_sum")]
    counts[ints] = counts[ints].astype(np.int64)
    return counts


def _concat(tables: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(
        {c: pd.Series(dtype=np.int64 if c == "n" else float if c == "value" else object) for c in columns})


def _frame_counts(statements: pd.DataFrame) -> pd.Series:
    """Statements per frame id, over every row (reposts and narration included)."""
    if "frames" not in statements or statements.empty:
        return pd.Series(dtype=np.int64)
    codes, cells = _distinct(statements["frames"])
    per_cell = np.bincount(codes, minlength=len(cells))
    counts: dict[str, int] = {}
    for cell, k in zip(cells, per_cell):
        for f in cell:
            counts[f] = counts.get(f, 0) + int(k)
    return pd.Series(counts, dtype=np.int64).sort_index()


def aggregate(statements: pd.DataFrame, by: str, min_n: int = 5, frames=None, seed: int = 0,
              narration: bool = False, n_boot: int = 2000, intervals: bool = True) -> pd.DataFrame:
    """One row per group of ``by`` (a column such as speaker/outlet/speaker_role/doc_id, or "month").

    Columns: ``<by>`` (plus ``speaker_role`` for speakers, ``outlet``/``date``
    for documents), ``n_statements, n_words, n_docs``, for each frame
    ``n_<frame>, share_<frame>, share_<frame>_lo, share_<frame>_hi`` (Wilson
    95%), for ``stance`` and each ``stance_<target>`` column
    ``<col>_n, <col>_mean, <col>_lo, <col>_hi`` (bootstrap 95% over scored
    statements), ``enough`` (n_statements >= min_n) and ``note``. Below
    ``min_n`` statements (or scored statements) the stance interval is NaN and
    ``note`` says why, so a mean from three quotes is never presented as a
    confident number. Duplicates are dropped; narration is dropped unless
    ``narration=True``. ``frames`` defaults to every frame id in the input.
    ``intervals=False`` skips the stance bootstrap (the ``_lo``/``_hi`` columns stay empty): for
    tables with one row per document, where it would cost most and say least.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"doc_id": ["a", "b", "b"], "speaker": ["Bo", "Bo", "Cy"],
    ...                    "kind": "direct", "text": "x", "frames": "", "stance": 0.1})
    >>> aggregate(st, "speaker", min_n=2)[["speaker", "n_docs", "enough", "note"]]  # doctest: +NORMALIZE_WHITESPACE
      speaker  n_docs  enough                                  note
    0      Bo       2    True
    1      Cy       1   False  too few statements (n=1) to estimate
    """
    tally = Tally.of(statements, by, narration=narration, intervals=intervals)
    return tally.table(min_n=min_n, frames=frames, seed=seed, n_boot=n_boot)


def _in_order(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """Rows in their published order: months by date, outlets by name and voice, other groups by
    size (largest first), then name."""
    if by == "month":
        return table.sort_values(by, ignore_index=True)
    if "voice" in table:
        return table.sort_values(["outlet", "voice"], ignore_index=True)
    return table.sort_values(["n_statements", by], ascending=[False, True], ignore_index=True)


def aggregate_outlets(statements: pd.DataFrame, min_n: int = 5, frames=None,
                      seed: int = 0, n_boot: int = 2000) -> pd.DataFrame:
    """Per outlet, its ``own`` voice (narration) and the ``quoted`` voices (everything else).

    Same columns as :func:`aggregate` with ``voice`` after ``outlet``; an
    outlet with no narration simply has no ``own`` row.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"doc_id": "d", "outlet": "Post", "kind": ["narration", "direct", "direct"],
    ...                    "text": "x", "frames": "", "stance": 0.0})
    >>> aggregate_outlets(st, min_n=1)[["outlet", "voice", "n_statements"]]
      outlet   voice  n_statements
    0   Post     own             1
    1   Post  quoted             2
    """
    frames = frame_ids(statements) if frames is None else list(frames)
    return _outlet_table(tally_all(statements, ["outlet_own", "outlet_quoted"]), min_n, frames, seed, n_boot)


def _outlet_table(tallies: dict, min_n, frames, seed, n_boot=2000, boot=None) -> pd.DataFrame:
    parts = []
    for voice in ("own", "quoted"):
        table = tallies[f"outlet_{voice}"].table(min_n=min_n, frames=frames, seed=seed, n_boot=n_boot, boot=boot)
        table.insert(1, "voice", voice)
        parts.append(table)
    return _in_order(pd.concat(parts, ignore_index=True), "outlet")


#: Output name -> grouping column, for :func:`aggregate_all`.
TABLES = {"speaker": "speaker", "outlet": "outlet", "role": "speaker_role",
          "document": "doc_id", "month": "month"}

#: The tallies behind the tables: name -> (grouping column, narration kept, stance intervals).
#: Outlets are tallied twice, their own voice (narration) and the voices they quote.
TALLIES = {"speaker": ("speaker", False, True), "outlet_own": ("outlet", True, True),
           "outlet_quoted": ("outlet", True, True), "role": ("speaker_role", False, True),
           "document": ("doc_id", False, False),  # one row per article: a mean, no bootstrap each
           "month": ("month", False, True)}


def tally_all(statements: pd.DataFrame, names=None) -> dict[str, Tally]:
    """The :class:`Tally` of every aggregate table (or of ``names``) of ``statements``.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"doc_id": "d", "outlet": "Post", "date": "2024-05-02", "speaker": "Ann",
    ...                    "speaker_role": "official", "kind": ["narration", "direct"], "frames": "",
    ...                    "stance": 0.0, "duplicate": False})
    >>> {name: int(t.counts["n_statements"].sum()) for name, t in tally_all(st).items()}
    {'speaker': 1, 'outlet_own': 1, 'outlet_quoted': 1, 'role': 1, 'document': 1, 'month': 1}
    """
    own = is_narration(statements["kind"]) if "kind" in statements else np.zeros(len(statements), bool)
    rows = {"outlet_own": statements.loc[own], "outlet_quoted": statements.loc[~own]}
    return {name: Tally.of(rows.get(name, statements), by, narration=narration, intervals=intervals)
            for name, (by, narration, intervals) in TALLIES.items() if names is None or name in names}


def dump_tallies(tallies: dict[str, Tally]) -> bytes:
    """``tallies`` as bytes to keep in the run store: a JSON header, then each table in Arrow's IPC
    format (data only, never pickle: a run folder may come from someone else).

    >>> import pandas as pd
    >>> st = pd.DataFrame({"doc_id": ["d", "e"], "outlet": "Post", "date": "2024-05-02", "speaker": "Ann",
    ...                    "speaker_role": "official", "kind": "direct", "frames": ["war", ""], "stance": 0.5})
    >>> t = tally_all(st)
    >>> all(tables_of(load_tallies(dump_tallies(t)))[k].equals(tables_of(t)[k]) for k in TABLES)
    True
    """
    import json

    import pyarrow as pa

    head, blobs = {}, []
    for name, t in tallies.items():
        head[name] = {"by": t.by, "intervals": t.intervals}
        for frame in (t.counts.rename_axis("label").reset_index(), t.values, t.labels,
                      t.seen.rename("n").rename_axis("frame").reset_index()):
            sink = pa.BufferOutputStream()
            table = pa.Table.from_pandas(frame, preserve_index=False)
            with pa.ipc.new_stream(sink, table.schema) as writer:
                writer.write_table(table)
            blobs.append(sink.getvalue().to_pybytes())
    head["sizes"] = [len(b) for b in blobs]
    text = json.dumps(head).encode()
    return len(text).to_bytes(8, "little") + text + b"".join(blobs)


def load_tallies(blob: bytes) -> dict[str, Tally]:
    """The tallies :func:`dump_tallies` wrote."""
    import json

    import pyarrow as pa

    size = int.from_bytes(blob[:8], "little")
    head = json.loads(blob[8:8 + size])
    at, frames = 8 + size, []
    for n in head.pop("sizes"):
        frames.append(pa.ipc.open_stream(blob[at:at + n]).read_all().to_pandas())
        at += n
    tallies = {}
    for i, (name, info) in enumerate(head.items()):
        counts, values, labels, seen = frames[4 * i:4 * i + 4]
        counts = counts.set_index("label")
        counts.index = counts.index.astype(object)
        tallies[name] = Tally(info["by"], counts, values.astype({"label": object, "col": object}),
                              labels.astype({"label": object, "field": object}),
                              seen.set_index("frame")["n"].rename_axis(None).rename(None), info["intervals"])
    return tallies


def tables_of(tallies: dict[str, Tally], min_n: int = 5, seed: int = 0, boot=None) -> dict[str, pd.DataFrame]:
    """The published tables (keys of TABLES) from the tallies of :func:`tally_all`; every table has a
    column for every frame of the corpus. ``boot``: see :meth:`Tally.table`."""
    frames = tallies["speaker"].frames()
    tables = {}
    for name in TABLES:
        if name == "outlet":
            tables[name] = _outlet_table(tallies, min_n, frames, seed, boot=boot)
        else:
            tables[name] = tallies[name].table(min_n=min_n, frames=frames, seed=seed, boot=boot)
    return tables


class Bootstraps:
    """:func:`narrative.stats.bootstrap_mean` that reuses the intervals it was given (``known``: key ->
    result) for the same values, counts and settings: after a small change, only the groups whose
    scores changed are resampled. ``used`` holds what this run needed, to keep for the next.

    >>> b = Bootstraps({})
    >>> first = b([0.0, 1.0], [3, 4], seed=0)
    >>> again = Bootstraps(b.used)
    >>> again([0.0, 1.0], [3, 4], seed=0) == first and again.computed == 0
    True
    """

    def __init__(self, known: dict):
        self.known, self.used, self.computed = known, {}, 0

    def __call__(self, levels, counts, n_boot: int = 2000, seed: int = 0):
        import hashlib

        levels, counts = np.asarray(levels, dtype=float), np.asarray(counts, dtype=np.int64)
        key = hashlib.blake2b(levels.tobytes() + counts.tobytes() + f"|{n_boot}|{seed}".encode(),
                              digest_size=16).hexdigest()
        value = self.used.get(key) or self.known.get(key)
        if value is None:
            value = list(bootstrap_mean(levels, counts, n_boot=n_boot, seed=seed))
            self.computed += 1
        self.used[key] = value
        return tuple(value)


def aggregate_all(statements: pd.DataFrame, out_dir, min_n: int = 5, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Write ``<out_dir>/aggregates/by_{speaker,outlet,role,document,month}.csv`` and return them.

    Keys of the returned dict are those names; ``by_outlet`` comes from
    :func:`aggregate_outlets`. Files are written atomically (CSV + Parquet).

    >>> import pandas as pd, tempfile, pathlib
    >>> st = pd.DataFrame({"statement_id": ["d:1"], "doc_id": "d", "outlet": "Post", "date": "2024-05-02",
    ...                    "speaker": "Ann", "speaker_role": "official", "kind": "direct",
    ...                    "text": "x", "frames": "", "stance": 0.0, "duplicate": False})
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> sorted(aggregate_all(st, d))
    ['document', 'month', 'outlet', 'role', 'speaker']
    >>> (d / "aggregates" / "by_month.csv").exists()
    True
    """
    return write_tables(tables_of(tally_all(statements), min_n, seed), out_dir)


def write_tables(tables: dict[str, pd.DataFrame], out_dir) -> dict[str, pd.DataFrame]:
    """Write aggregate tables as ``<out_dir>/aggregates/by_<name>.csv`` (and Parquet), atomically."""
    for name, table in tables.items():
        write_table(table, Path(out_dir) / "aggregates" / f"by_{name}.csv")
    return tables


#: The statement columns the tallies read.
COLUMNS = ["doc_id", "outlet", "date", "speaker", "speaker_role", "kind", "frames", "duplicate", "n_words"]


def tally_parquet(path, batch_rows: int = 250_000) -> dict[str, Tally]:
    """:func:`tally_all` of a ``statements.parquet`` of any size, a batch of documents at a time.

    Memory holds one batch and the running tallies, whose size grows with the number of groups and
    distinct scores, not with the corpus. Batches end on document boundaries (a document's rows are
    contiguous in the file), so every document is tallied whole.

    >>> import pandas as pd, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> st = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "outlet": ["X", "X", "Y", "X"], "date": "2024-01-02",
    ...                    "speaker": ["Ann", "Bo", "Bo", "Ann"], "speaker_role": "official", "kind": "direct",
    ...                    "frames": ["war", "", "war", ""], "duplicate": False, "stance": [0.5, 0.0, 0.1, 0.2]})
    >>> st.to_parquet(d / "statements.parquet")
    >>> whole = tables_of(tally_all(st))
    >>> batched = tables_of(tally_parquet(d / "statements.parquet", batch_rows=1))
    >>> all(whole[k].equals(batched[k]) for k in whole)
    True
    """
    import pyarrow.parquet as pq

    names = pq.read_schema(path).names
    columns = [c for c in COLUMNS if c in names] + stance_columns(pd.DataFrame(columns=names))
    # Text columns dictionary-encoded (pandas categoricals): repeated labels are stored once.
    file = pq.ParquetFile(path, read_dictionary=[c for c in COLUMNS[:7] if c in columns])
    running: dict[str, list[Tally]] = {}
    for df in _document_batches(file, columns, batch_rows):
        for name, tally in tally_all(df).items():
            running.setdefault(name, []).append(tally)
            if len(running[name]) >= 8:  # merge now and then: bounded memory, few large merges
                running[name] = [Tally.merge(running[name])]
    if not running:
        return tally_all(pd.DataFrame(columns=columns))
    return {name: Tally.merge(parts) for name, parts in running.items()}


def _document_batches(file, columns, rows: int):
    """DataFrames of about ``rows`` statements from a Parquet file, each ending on a document boundary
    (a document's rows are contiguous in the file; its first rows may end one read, its last the next)."""
    import pyarrow as pa

    def gathered():  # row groups can be small: gather them up to ``rows``
        pending, size = [], 0
        for batch in file.iter_batches(batch_size=rows, columns=columns):
            pending.append(batch)
            size += batch.num_rows
            if size >= rows:
                yield pa.Table.from_batches(pending).to_pandas()
                pending, size = [], 0
        if pending:
            yield pa.Table.from_batches(pending).to_pandas()

    carry = None
    for df in gathered():
        if carry is not None:
            df = pd.concat([carry, df], ignore_index=True)
        if df.empty:
            continue
        doc = df["doc_id"].to_numpy()
        others = np.flatnonzero(doc != doc[-1])
        cut = others[-1] + 1 if len(others) else 0
        if cut:
            yield df.iloc[:cut]
        carry = df.iloc[cut:]
    if carry is not None and len(carry):
        yield carry

