"""Atomic output: every file is written to a temporary sibling and renamed into place."""
from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from io import StringIO
from pathlib import Path

import numpy as np
import pandas as pd


@contextlib.contextmanager
def atomic_path(path):
    """Yield a temporary path next to ``path``; rename it onto ``path`` only on success.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_path(d / "a.txt") as tmp:
    ...     _ = tmp.write_text("hi")
    >>> (d / "a.txt").read_text()
    'hi'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text(path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (UTF-8)."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_table(df: pd.DataFrame, path, parquet: bool = True) -> None:
    """Write ``df`` as CSV at ``path`` and, with ``parquet``, as Parquet beside it, both atomically.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_table(pd.DataFrame({"a": [1]}), d / "t.csv")
    >>> sorted(p.name for p in d.iterdir())
    ['t.csv', 't.parquet']
    """
    path = Path(path)
    with atomic_path(path) as tmp:
        text = _csv_text(df)
        if text is None:
            df.to_csv(tmp, index=False)
        else:
            tmp.write_text(text, encoding="utf-8", newline="")
    if parquet:
        with atomic_path(path.with_suffix(".parquet")) as tmp:
            df.to_parquet(tmp, index=False)


def _csv_text(df: pd.DataFrame) -> str | None:
    """``df.to_csv(index=False)``, the same text, but with each column formatted at once (floats by
    ``repr``, as pandas formats them): pandas' own writer takes 10x longer on wide float tables
    such as ``by_document``. None for a column of another kind (pandas writes those).

    >>> df = pd.DataFrame({"a": ["x", 'y,"z"', None], "n": [1, 2, 3], "f": [0.1, float("nan"), 1e20],
    ...                    "b": [True, False, True], "z": [-0.0, 0.0, 0.1]})
    >>> _csv_text(df) == df.to_csv(index=False)
    True
    >>> _csv_text(df.assign(o=[1, "x", None])) is None  # numbers among the strings: pandas formats them
    True
    """
    if not len(df.columns):
        return None
    columns = []
    for name in df.columns:
        values = df[name]
        if values.dtype == np.float64:
            array = values.to_numpy()
            if np.any((array == 0) & np.signbit(array)):  # -0.0 hashes as 0.0: one by one
                columns.append(["" if v != v else repr(v) for v in values.tolist()])
                continue
            # Each distinct value formatted once: shares and intervals repeat a lot.
            codes, uniques = pd.factorize(array, use_na_sentinel=True)
            texts = np.array([repr(u) for u in uniques.tolist()] + [""], dtype=object)
            columns.append(texts[codes].tolist())  # NaN's code -1: the last, empty text
        elif isinstance(values.dtype, np.dtype) and values.dtype.kind in "iub":
            columns.append(list(map(str, values.tolist())))
        elif values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
            cells = values.tolist()
            if not all(isinstance(v, str) or v is None or v is pd.NA or (isinstance(v, float) and v != v)
                       for v in cells):
                return None  # numbers, lists, dates in an object column: pandas formats them
            columns.append(["" if not isinstance(v, str) else v for v in cells])
        else:
            return None
    out = StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([str(c) for c in df.columns])
    writer.writerows(zip(*columns))
    return out.getvalue()
