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
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import NarrativeError
from .io import write_table
from .stats import bootstrap_ci, share_ci

#: Accepted spellings for grouping/filter columns.
ALIASES = {"role": "speaker_role", "document": "doc_id", "doc": "doc_id"}

#: Descriptive columns carried along for some groupings (most common value in the group).
_LABELS = {"speaker": ["speaker_role"], "doc_id": ["outlet", "date"]}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_MISSING = "(unknown)"


def _truthy(values: pd.Series) -> pd.Series:
    """A boolean column however it was read back (bool, 0/1, "True"/"false", NaN)."""
    if values.dtype == bool:
        return values
    return values.astype(str).str.strip().str.lower().isin(["true", "1", "1.0", "yes"])


def unique_statements(statements: pd.DataFrame) -> pd.DataFrame:
    """``statements`` without reposted rows (``duplicate`` true), so reposts count once.

    >>> import pandas as pd
    >>> len(unique_statements(pd.DataFrame({"duplicate": [False, True, "True"]})))
    1
    """
    if "duplicate" not in statements:
        return statements.copy()
    return statements.loc[~_truthy(statements["duplicate"])].copy()


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
    pos = {f: i for i, f in enumerate(frames)}
    per_cell = np.zeros((len(cells), len(frames)), dtype=np.int8)
    for row, cell in enumerate(cells):
        for f in cell:
            if f in pos:
                per_cell[row, pos[f]] = 1
    return pd.DataFrame(per_cell[codes], index=statements.index, columns=frames)


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
    return [c for c in statements.columns if c == "stance" or
            (c.startswith("stance_") and c not in ("stance_evidence", "stance_lex")
             and not c.endswith(("_mean", "_lo", "_hi")))]


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
    labels = labels.where(labels.notna(), _MISSING).astype(str).str.strip()
    labels = np.append(labels.where(labels != "", _MISSING).to_numpy(dtype=object), _MISSING)
    # A categorical of sorted labels: groupby works on its small integer codes (no hashing of a
    # million strings per table) and sorts groups as it would sort the labels themselves.
    categories = np.array(sorted(set(labels)), dtype=object)
    recode = np.searchsorted(categories, labels)
    return pd.Series(pd.Categorical.from_codes(recode[codes], categories=categories), index=df.index)


def _by(result):
    """A groupby result indexed by plain labels instead of categories."""
    result.index = result.index.astype(object)
    return result


def _most_common(values: pd.Series, keys: pd.Series) -> pd.Series:
    """Most frequent non-missing value per key (ties: alphabetically first), vectorised."""
    pairs = pd.DataFrame({"key": keys.astype(object), "value": values.astype(object)}).dropna()
    pairs["value"] = pairs["value"].astype(str)
    counts = pairs.value_counts().rename("n").reset_index()
    counts = counts.sort_values(["key", "n", "value"], ascending=[True, False, True])
    return counts.drop_duplicates("key").set_index("key")["value"]


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
    by = _column(by, statements)
    frames = frame_ids(statements) if frames is None else list(frames)
    df = unique_statements(statements)
    if not narration and "kind" in df:
        df = df.loc[~is_narration(df["kind"])]
    keys = _keys(df, by)
    grouped = df.groupby(keys, sort=True, observed=True)
    out = pd.DataFrame(index=pd.Index(grouped.size().index.astype(object), name=by))
    for label in _LABELS.get(by, []):
        if label in df:
            out[label] = _most_common(df[label], keys)
    out["n_statements"] = _by(grouped.size())
    if "n_words" in df:
        out["n_words"] = _by(pd.to_numeric(df["n_words"], errors="coerce").fillna(0).groupby(keys, observed=True).sum())
    else:
        out["n_words"] = _by(count_words(df["text"]).groupby(keys, observed=True).sum()) if "text" in df else 0
    out["n_docs"] = _by(df["doc_id"].groupby(keys, observed=True).nunique()) if "doc_id" in df else np.nan

    counts = _by(frame_matrix(df, frames).groupby(keys, observed=True).sum()).reindex(out.index, fill_value=0)
    for f in frames:
        share, lo, hi = share_ci(counts[f].to_numpy(), out["n_statements"].to_numpy())
        out[f"n_{f}"], out[f"share_{f}"] = counts[f], share
        out[f"share_{f}_lo"], out[f"share_{f}_hi"] = lo, hi

    enough = out["n_statements"] >= min_n
    notes = pd.Series("", index=out.index, dtype=object)
    notes[~enough] = [f"too few statements (n={n}) to estimate"
                      for n in out.loc[~enough, "n_statements"]]
    for col in stance_columns(df):
        scores = pd.to_numeric(df[col], errors="coerce")
        grouped_scores = scores.groupby(keys, observed=True)
        n = _by(grouped_scores.count()).reindex(out.index, fill_value=0)
        stance = pd.DataFrame({f"{col}_n": n, f"{col}_mean": _by(grouped_scores.mean()).reindex(out.index),
                               f"{col}_lo": np.nan, f"{col}_hi": np.nan}, index=out.index)
        if intervals:  # a bootstrap only where there is enough to estimate, in one pass over the data
            wanted = set(out.index[enough & (n >= min_n)])
            inside = keys.isin(wanted).to_numpy()
            found = {key: bootstrap_ci(vals.dropna().to_numpy(), n_boot=n_boot, seed=seed)
                     for key, vals in scores[inside].groupby(keys[inside], observed=True)}
            if found:
                rows = stance.index.get_indexer(list(found))
                for j, name in enumerate(("mean", "lo", "hi")):
                    column = stance[f"{col}_{name}"].to_numpy(dtype=float, copy=True)
                    column[rows] = [v[j] for v in found.values()]
                    stance[f"{col}_{name}"] = column
            # Enough statements but few of them scored: flag the stance only.
            few = enough & (n < min_n) & (n > 0)
            notes[few] = [f"too few {col} scores (n={k}) to estimate" for k in n[few]]
        out = out.join(stance)
    out["enough"], out["note"] = enough, notes
    return _in_order(out.reset_index(), by)


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
    own = is_narration(statements["kind"]) if "kind" in statements \
        else pd.Series(False, index=statements.index)
    parts = []
    for voice, rows in (("own", statements.loc[own]), ("quoted", statements.loc[~own])):
        table = aggregate(rows, "outlet", min_n=min_n, frames=frames, seed=seed,
                          narration=True, n_boot=n_boot)
        table.insert(1, "voice", voice)
        parts.append(table)
    return _in_order(pd.concat(parts, ignore_index=True), "outlet")


#: Output name -> grouping column, for :func:`aggregate_all`.
TABLES = {"speaker": "speaker", "outlet": "outlet", "role": "speaker_role",
          "document": "doc_id", "month": "month"}


def aggregate_all(statements: pd.DataFrame, out_dir, min_n: int = 5, frames=None,
                  seed: int = 0) -> dict[str, pd.DataFrame]:
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
    frames = frame_ids(statements) if frames is None else list(frames)
    return _write_all({name: _table(name, statements, min_n, frames, seed) for name in TABLES}, out_dir)


def _table(name: str, statements: pd.DataFrame, min_n: int, frames, seed: int) -> pd.DataFrame:
    """The aggregate table ``name`` (a key of TABLES) of ``statements``."""
    if name == "outlet":
        return aggregate_outlets(statements, min_n=min_n, frames=frames, seed=seed)
    # One row per document: the mean stance of an article, without a bootstrap per article.
    return aggregate(statements, TABLES[name], min_n=min_n, frames=frames, seed=seed, intervals=name != "document")


def _write_all(tables: dict[str, pd.DataFrame], out_dir) -> dict[str, pd.DataFrame]:
    for name, table in tables.items():
        write_table(table, Path(out_dir) / "aggregates" / f"by_{name}.csv")
    return tables


def aggregate_parquet(path, out_dir, min_n: int = 5, seed: int = 0,
                      max_rows: int = 2_000_000) -> dict[str, pd.DataFrame]:
    """:func:`aggregate_all` over a ``statements.parquet`` file of any size, in bounded memory.

    Up to ``max_rows`` statements are aggregated in one go. Above that, each table is built in
    parts: a part holds every statement of some groups (groups are assigned to parts by a hash of
    their label), each part is aggregated on its own and the rows are put back in order. A group's
    figures only depend on its own statements, so the tables are the ones :func:`aggregate_all`
    gives, while memory holds one part at a time.

    >>> import pandas as pd, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> st = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"], "date": "2024-01-02",
    ...                    "speaker": ["Ann", "Bo", "Ann"], "speaker_role": "official", "kind": "direct",
    ...                    "frames": ["war", "", "war"], "duplicate": False, "stance": [0.5, 0.0, 0.1]})
    >>> st.to_parquet(d / "statements.parquet")
    >>> whole, parts = aggregate_parquet(d / "statements.parquet", d / "a"), aggregate_parquet(
    ...     d / "statements.parquet", d / "b", max_rows=1)
    >>> all(whole[k].equals(parts[k]) for k in whole)
    True
    """
    import math

    import pyarrow.parquet as pq

    text = ["doc_id", "outlet", "date", "speaker", "speaker_role", "kind", "frames"]
    names = pq.read_schema(path).names
    columns = [c for c in text + ["duplicate", "n_words"] if c in names]
    columns += [c for c in names if c.startswith("stance") and c not in ("stance_evidence", "stance_lex")]
    dictionary = [c for c in text if c in columns]
    file = pq.ParquetFile(path, read_dictionary=dictionary)
    parts = max(1, math.ceil(file.metadata.num_rows / max_rows))
    if parts == 1:
        # Text columns dictionary-encoded (pandas categoricals): repeated labels are stored once.
        statements = file.read(columns=columns).to_pandas(self_destruct=True)
        return aggregate_all(statements, out_dir, min_n=min_n, seed=seed)
    cells = set()  # the distinct frames cells, batch by batch: every frame id of the corpus
    for batch in file.iter_batches(columns=["frames"]) if "frames" in columns else ():
        cells.update(batch.column(0).to_pandas().astype(object).dropna().unique())
    frames = frame_ids(pd.DataFrame({"frames": sorted(cells)}))
    tables = {}
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".aggregate-", dir=out_dir) as tmp:
        files = _split(file, columns, parts, Path(tmp))
        for name, by in TABLES.items():
            pieces = []
            for part_file in files[name]:
                rows = pq.read_table(part_file, read_dictionary=dictionary).to_pandas(self_destruct=True)
                if not rows.empty:
                    pieces.append(_table(name, rows, min_n, frames, seed))
                del rows
            tables[name] = _in_order(pd.concat(pieces, ignore_index=True), by)
    return _write_all(tables, out_dir)


def _table_columns(by: str, names) -> list[str]:
    """The statement columns one aggregate table reads."""
    keep = {"date" if by == "month" else by, *_LABELS.get(by, []), "doc_id", "frames", "kind", "duplicate",
            "n_words"}
    return [c for c in names if c in keep or c.startswith("stance")]


def _split(file, columns, parts: int, folder: Path) -> dict[str, list[Path]]:
    """One pass over ``file``: for every table, its rows split into ``parts`` Parquet files by a hash
    of the group label (so each group lands whole in one file), in file order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = {name: [folder / f"{name}-{p}.parquet" for p in range(parts)] for name in TABLES}
    writers = {}
    try:
        for batch in file.iter_batches(batch_size=250_000, columns=columns):
            df = batch.to_pandas()
            # Rows no table counts are not written: reposts, and narration outside the outlet table.
            counted = ~_truthy(df["duplicate"]).to_numpy() if "duplicate" in df else np.ones(len(df), bool)
            narration = is_narration(df["kind"]) if "kind" in df else np.zeros(len(df), bool)
            for name, by in TABLES.items():
                keys = _keys(df, by)
                labels = np.asarray(keys.cat.categories, dtype=object)
                part_of_label = pd.util.hash_array(labels, categorize=False) % np.uint64(parts)
                part_of_row = part_of_label[keys.cat.codes.to_numpy()]
                wanted = counted if name == "outlet" else counted & ~narration
                sub = batch.select(_table_columns(by, batch.schema.names))  # only what this table reads
                for p in range(parts):
                    if (name, p) not in writers:
                        writers[name, p] = pq.ParquetWriter(paths[name][p], sub.schema)
                    writers[name, p].write_batch(sub.filter(pa.array(wanted & (part_of_row == p))))
    finally:
        for w in writers.values():
            w.close()
    return paths
