"""``narrative compare``: contrast two groups of statements from an analysed OUT_DIR.

    narrative compare OUT_DIR --a role=commenter --b role=official \\
        [--a role=...] [--a-label TEXT] [--b-label TEXT] [--min-n 5] [--seed 0]

Prints a readable summary and writes ``OUT_DIR/compare/{frames,words,echo}.csv``
and ``summary.json``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from .errors import NarrativeError


def load_statements(out_dir) -> pd.DataFrame:
    r"""Read ``OUT_DIR/statements.csv`` (or ``statements.parquet``) with text kept as text.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "statements.csv").write_text("statement_id,speaker,stance\n007,NA,0.5\n")
    >>> row = load_statements(d).iloc[0]
    >>> row["statement_id"], row["speaker"], float(row["stance"])
    ('007', 'NA', 0.5)
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise NarrativeError("no such output directory (run `narrative analyze` first?)", path=out_dir)
    csv, parquet = out_dir / "statements.csv", out_dir / "statements.parquet"
    if csv.exists():
        # All columns as strings so ids like "007" and speakers named "NA" survive; scores converted below.
        df = pd.read_csv(csv, dtype=str, keep_default_na=False)
    elif parquet.exists():
        df = pd.read_parquet(parquet)
    else:
        raise NarrativeError("no statements.csv or statements.parquet here", path=out_dir)
    from .aggregate import stance_columns  # imports scipy: only when needed

    for col in stance_columns(df):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    return df


def parse_filters(items, flag: str) -> dict:
    """Repeated ``--a``/``--b`` values as one filter dict (columns AND-ed).

    >>> parse_filters(["role=official,outlet", "outlet=Post"], "--a")
    {'role': 'official,outlet', 'outlet': 'Post'}
    """
    filters = {}
    for item in items or []:
        column, sep, value = item.partition("=")
        column, value = column.strip(), value.strip()
        if not sep or not column or not value:
            raise NarrativeError(f"{flag} {item!r}: expected COLUMN=VALUE, e.g. {flag} role=official")
        if column in filters:
            raise NarrativeError(f"{flag} gives {column!r} twice; list alternatives as {column}=x,y")
        filters[column] = value
    if not filters:
        raise NarrativeError(f"{flag} is required, e.g. {flag} role=official")
    return filters


def run(args) -> int:
    """Run ``narrative compare`` for parsed ``args`` (see :func:`register`)."""
    statements = load_statements(args.out_dir)
    from .compare import compare

    result = compare(statements, parse_filters(args.a, "--a"), parse_filters(args.b, "--b"),
                     min_n=args.min_n, n_perm=args.n_perm, seed=args.seed, top=args.top,
                     label_a=args.a_label, label_b=args.b_label)
    folder = result.save(args.out_dir)
    print(result.text(n=args.show))
    print(f"Wrote {folder}/frames.csv, words.csv, echo.csv, summary.json")
    return 0


def register(subparsers) -> None:
    """Add the ``compare`` sub-command to ``subparsers``.

    >>> import argparse
    >>> sub = argparse.ArgumentParser().add_subparsers()
    >>> register(sub)
    >>> sub.choices["compare"].parse_args(["out", "--a", "role=x", "--b", "role=y"]).min_n
    5
    """
    p = subparsers.add_parser(
        "compare", help="compare two groups of statements (frames, words, echoes)",
        description="Compare frame shares (with CIs and permutation p-values), distinctive words "
                    "(log-odds z) and most similar statements between group A and group B. "
                    "Filters are COLUMN=VALUE (case-insensitive; VALUE may list alternatives "
                    "separated by commas; repeat the flag to AND columns; 'role' means "
                    "speaker_role, 'month' means YYYY-MM of date). Reposts count once; narration "
                    "is left out unless a side filters on kind.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("out_dir", metavar="OUT_DIR", help="folder holding statements.csv")
    p.add_argument("--a", action="append", metavar="COL=VALUE", help="filter for group A (repeatable)")
    p.add_argument("--b", action="append", metavar="COL=VALUE", help="filter for group B (repeatable)")
    p.add_argument("--a-label", help="name for group A in output (default: its filters)")
    p.add_argument("--b-label", help="name for group B in output (default: its filters)")
    p.add_argument("--min-n", type=int, default=5, help="groups smaller than this are flagged")
    p.add_argument("--n-perm", type=int, default=5000, help="permutations per frame test")
    p.add_argument("--top", type=int, default=30, help="distinctive words kept per side")
    p.add_argument("--show", type=int, default=5, help="rows of each kind printed")
    p.add_argument("--seed", type=int, default=0, help="random seed for permutations")
    p.set_defaults(func=run)
