"""One self-contained, offline ``report.html`` for an analysed output folder.

The report is the file researchers open first, attach to a paper and email
to colleagues, so it has to work from a USB stick with no network: plotly.js
is embedded once, every figure and table is inlined as JSON, and a
Content-Security-Policy forbids any network request (``default-src 'none'``)
and any script other than the report's own (by hash).

Corpus text is untrusted (names, quotes and comments may contain HTML or
``<script>``). It reaches the page only in three ways, each escaped:

* static HTML (summary, documents section) through :func:`html.escape`;
* JSON inside ``<script type="application/json">`` through :func:`script_json`,
  which escapes ``<``, ``>``, ``&``, U+2028 and U+2029 so ``</script>`` cannot
  end the block early;
* table cells and the heatmap panel are filled from that JSON with
  ``textContent`` (never ``innerHTML``); plotly labels are pre-escaped by
  :mod:`narrative.charts`.

>>> import tempfile, pathlib, pandas as pd
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> pd.DataFrame({"statement_id": ["a:1"], "doc_id": ["a"], "outlet": ["Post"],
...     "date": ["2016-03-04"], "speaker": ["Ann"], "speaker_role": ["official"],
...     "kind": ["direct"], "text": ["Costs rise."], "duplicate": [False],
...     "frames": ["cost"], "stance": [0.2]}).to_csv(d / "statements.csv", index=False)
>>> build_report(d).name
'report.html'
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import math
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pandas as pd

from . import charts
from .aggregate import aggregate, stance_columns
from .errors import NarrativeError
from .io import write_text
from .schema import as_bool, is_score

#: Rows of the statements and frame-evidence tables (and statements in the
#: documents section) kept in the file; beyond this the page gets slow to open.
MAX_ROWS = 5000

#: Default comparison for the "compare" charts, tried in order until one has both groups.
DEFAULT_COMPARISONS = [
    ({"role": "commenter"}, {"role": "official"}, "commenters", "officials"),
    ({"kind": "narration"}, {"kind": "direct,partial,indirect,headline"}, "outlets' own voice", "quoted voices"),
]

_NUMERIC = ["stance", "start", "end", "n_chars", "n_statements"]


# --------------------------------------------------------------------------- loading

#: Above this many statements the report is built from a random sample of documents.
REPORT_MAX_STATEMENTS = 300_000


#: The columns of each table the report reads; the others (``cue``, ``speaker_mention``,
#: ``stance_evidence``, offsets...) stay on disk, which takes a third less memory and time to
#: load. Every stance score column (``stance``, ``stance_<target>``) is read as well.
REPORT_COLUMNS = {
    "statements": ["statement_id", "doc_id", "outlet", "date", "speaker", "speaker_role", "kind", "text",
                   "duplicate", "frames", "n_words"],
    "frame_hits": ["statement_id", "doc_id", "frame", "pattern", "matched", "left", "right"],
    "documents": ["doc_id", "outlet", "title", "author", "date", "url", "duplicate_of", "status"],
}


def _keeps(columns):
    """Whether a column named ``c`` is read, for a list of ``columns`` (None: every column)."""
    if columns is None:
        return lambda c: True
    wanted = set(columns)
    return lambda c: c in wanted or is_score(c)


def _as_text(df: pd.DataFrame) -> pd.DataFrame:
    """A table read from Parquet with its columns as the CSV twin gives them: text, but for the
    offsets, counts and stance scores (converted to numbers afterwards, as the CSV's are)."""
    return df.astype({c: str for c in df.columns if c not in _NUMERIC and not c.startswith("stance")
                      or c == "stance_evidence"})


def _arrow_not_reposts(duplicate) -> np.ndarray:
    """:func:`_not_reposts` of a ``duplicate`` column read from Parquet (an Arrow array)."""
    import pyarrow as pa

    if pa.types.is_boolean(duplicate.type):  # as text "True"/"False" (missing: "None", not a repost)
        return ~duplicate.fill_null(False).to_numpy(zero_copy_only=False)
    return _not_reposts(_as_text(pd.DataFrame({"duplicate": duplicate.to_pandas()})))


def _read_documents(parquet: Path, doc_ids, keep, reposts: bool = True) -> tuple[pd.DataFrame, int]:
    """The rows of ``doc_ids`` (and the columns ``keep`` accepts) of a Parquet file, read one row
    group at a time so that only the kept rows are ever held (not the whole file's columns), and
    their number.

    ``reposts=False``: of those, only the rows of :func:`_not_reposts`; the index still numbers
    every row of the documents, as if they had all been read and the reposts' dropped after.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    file = pq.ParquetFile(parquet)
    names = [c for c in file.schema_arrow.names if keep(c) or c == "doc_id"]
    wanted = pa.array(sorted(doc_ids), type=file.schema_arrow.field("doc_id").type)
    parts, index, at = [], [], 0
    for i in range(file.num_row_groups):
        group = file.read_row_group(i, columns=names, use_threads=False)  # no faster with threads, and larger
        group = group.filter(pc.is_in(group["doc_id"], value_set=wanted))
        n = group.num_rows
        if not reposts and "duplicate" in names:
            kept = _arrow_not_reposts(group["duplicate"])
            index.append(at + np.flatnonzero(kept))
            group = group.filter(pa.array(kept))
        at += n
        parts.append(group)
    table = pa.concat_tables(parts) if parts else file.schema_arrow.empty_table().select(names)
    del parts
    df = table.to_pandas()
    if index:
        df.index = pd.Index(np.concatenate(index))
    return df, at


def _read_csv(path: Path, keep, columns, reposts: bool = True, chunk: int = 50_000) -> tuple[pd.DataFrame, int]:
    """A CSV file as text, and its number of rows; ``reposts=False`` reads ``chunk`` rows at a time
    and keeps those of :func:`_not_reposts` (the index numbers every row of the file)."""
    read = dict(dtype=str, keep_default_na=False, usecols=None if columns is None else keep)
    if reposts:
        df = pd.read_csv(path, **read)
        return df, len(df)
    parts, n = [], 0
    for df in pd.read_csv(path, chunksize=chunk, **read):
        n += len(df)
        parts.append(df[_not_reposts(df)])
    if not parts:
        return pd.read_csv(path, **read), 0
    return (pd.concat(parts) if len(parts) > 1 else parts[0]), n


def _read_table(out_dir: Path, name: str, required: bool = False, doc_ids=None, columns=None,
                reposts: bool = True, counted: list | None = None) -> pd.DataFrame:
    """``name.csv`` (or ``.parquet``) with text kept as text ("NA" stays a name); with ``doc_ids``,
    only those documents' rows, read from the Parquet twin; with ``columns``, only those columns
    (and the stance scores) of the ones the table has; ``reposts=False`` leaves out the rows of
    :func:`_not_reposts` as they are read, and ``counted[0]`` is set to the number of rows read."""
    csv, parquet = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
    keep = _keeps(columns)
    if doc_ids is not None and parquet.exists():
        df, n = _read_documents(parquet, doc_ids, keep, reposts)
        df = _as_text(df)
    elif csv.exists():
        df, n = _read_csv(csv, keep, columns, reposts)
    elif parquet.exists():
        import pyarrow.parquet as pq
        names = [c for c in pq.ParquetFile(parquet).schema_arrow.names if keep(c)]
        df = pd.read_parquet(parquet, columns=names)
        n = len(df)
    elif required:
        raise NarrativeError(f"no {name}.csv here (run `narrative analyze` first?)", path=str(out_dir))
    else:
        return pd.DataFrame()
    if counted is not None:
        counted[0] = n
    for col in _NUMERIC + [c for c in stance_columns(df) if c != "stance_evidence"]:
        if col in df:
            df[col] = pd.to_numeric(df[col], errors="coerce")
    return df


@contextlib.contextmanager
def _memory_returned():
    """Arrow allocations made inside go to jemalloc, which gives freed memory back to the system
    at once, instead of Arrow's default mimalloc, which keeps it for reuse: the report reads,
    filters and copies Arrow-backed text columns of hundreds of thousands of rows one after
    another, and with mimalloc the process's peak memory was about a third higher (545 MB
    instead of 410 MB for a 300,000-statement report). Arrow buffers remember their pool, so the
    ones that outlive the block are freed correctly. Left alone when ARROW_DEFAULT_MEMORY_POOL
    chooses a pool or pyarrow was built without jemalloc."""
    import pyarrow as pa

    try:
        pool = None if os.environ.get("ARROW_DEFAULT_MEMORY_POOL") else pa.jemalloc_memory_pool()
    except NotImplementedError:  # ArrowNotImplementedError is one
        pool = None
    if pool is None:
        yield
        return
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def load_output(out_dir, columns: dict | None = None, reposts: bool = True) -> dict:
    """The tables and ``run.json`` of an analysed folder, as a dict of DataFrames (+ ``run``).

    ``columns``: per table (``statements``, ``frame_hits``, ``documents``), the columns to read
    (and every stance score column), e.g. :data:`REPORT_COLUMNS`; a table not named is read whole.
    Above :data:`REPORT_MAX_STATEMENTS` statements, only a sample of documents is read
    (``sample`` says which). ``reposts=False`` leaves out the statements of reposts (which no
    chart or count uses) as they are read, when documents.csv lists the documents (it is
    otherwise the statements that list them); ``n_statements`` counts them all the same.

    >>> import tempfile, pathlib, pandas as pd
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"statement_id": ["a:1"], "doc_id": ["a"], "cue": ["said"], "stance": [0.5],
    ...               "stance_evidence": ["cue:said"]}).to_csv(d / "statements.csv", index=False)
    >>> list(load_output(d, columns=REPORT_COLUMNS)["statements"].columns)
    ['statement_id', 'doc_id', 'stance']
    """
    out_dir = Path(out_dir)
    columns = columns or {}
    if not out_dir.is_dir():
        raise NarrativeError("no such output directory", path=str(out_dir))
    run = {}
    if (out_dir / "run.json").exists():
        try:
            run = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise NarrativeError(f"cannot read run.json: {exc}", path=str(out_dir / "run.json")) from None
    sample = _sample_documents(out_dir)
    documents = _read_table(out_dir, "documents", columns=columns.get("documents"))
    counted = [0]
    statements = _read_table(out_dir, "statements", required=True, doc_ids=sample and sample["doc_ids"],
                             columns=columns.get("statements"), reposts=reposts or documents.empty,
                             counted=counted)
    if "statement_id" not in statements:
        raise NarrativeError("statements.csv has no statement_id column", path=str(out_dir))
    by_speaker = pd.DataFrame()
    agg = out_dir / "aggregates" / "by_speaker.csv"
    if agg.exists():
        by_speaker = pd.read_csv(agg, keep_default_na=False, na_values=[""],
                                 dtype={"speaker": str, "speaker_role": str, "note": str})
    return {"run": run if isinstance(run, dict) else {"run": run},
            "documents": documents,
            "statements": statements,
            "n_statements": counted[0],
            "frame_hits": _read_table(out_dir, "frame_hits", doc_ids=sample and sample["doc_ids"],
                                      columns=columns.get("frame_hits")),
            "by_speaker": by_speaker,
            "sample": sample}


def _sample_documents(out_dir: Path, max_statements: int | None = None) -> dict | None:
    """A seeded random sample of documents holding about ``max_statements`` statements, when the run
    has more (so the report stays quick to open and to build); None otherwise."""
    import pyarrow.parquet as pq

    max_statements = max_statements or REPORT_MAX_STATEMENTS
    parquet, docs_csv = out_dir / "statements.parquet", out_dir / "documents.csv"
    if not parquet.exists() or not docs_csv.exists():
        return None
    total = pq.ParquetFile(parquet).metadata.num_rows
    if total <= max_statements:
        return None
    docs = pd.read_csv(docs_csv, dtype=str, keep_default_na=False, usecols=["doc_id"])["doc_id"]
    chosen = docs.sample(frac=max_statements / total, random_state=0)
    return {"doc_ids": set(chosen), "documents": len(chosen), "of_documents": len(docs), "of_statements": total}


def _lexicon_entries(run: dict) -> list[dict]:
    """Every ``{path, sha256}`` recorded in run.json, wherever the writer put it."""
    found = []

    def walk(node, key=""):
        if isinstance(node, dict):
            if "sha256" in node and any(k in node for k in ("path", "file", "source")):
                found.append({"path": str(node.get("path") or node.get("file") or node.get("source")),
                              "sha256": str(node["sha256"])})
                return
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)

    walk(run)
    if not found:  # flat layout: lexicon / lexicon_sha256 (strings or parallel lists)
        paths = run.get("lexicon") or run.get("lexicons") or run.get("lexicon_paths")
        shas = run.get("lexicon_sha256") or run.get("lexicon_sha256s") or []
        paths = [paths] if isinstance(paths, str) else list(paths or [])
        shas = [shas] if isinstance(shas, str) else list(shas)
        found = [{"path": str(p), "sha256": str(shas[i]) if i < len(shas) else ""} for i, p in enumerate(paths)]
    return found


def _resolve(path: str, out_dir: Path) -> Path | None:
    p = Path(path)
    for cand in ([p] if p.is_absolute() else [Path.cwd() / p, out_dir / p, out_dir.parent / p]):
        if cand.is_file():
            return cand
    return None


def lexicon_info(run: dict, out_dir: Path, lexicon=None) -> dict:
    """Frame labels/definitions and per-file provenance (recorded vs current sha256)."""
    entries = [{"path": str(p), "sha256": ""} for p in ([lexicon] if isinstance(lexicon, (str, Path))
                                                       else list(lexicon or []))] or _lexicon_entries(run)
    frames, files = {}, []
    try:
        from .lexicon import load_lexicon
    except ImportError:  # lexicon module not available: show ids only
        load_lexicon = None
    for e in entries:
        found = _resolve(e["path"], out_dir)
        current = hashlib.sha256(found.read_bytes()).hexdigest() if found else ""
        files.append({**e, "found": str(found) if found else "", "current_sha256": current})
        if found and load_lexicon:
            try:
                lex = load_lexicon(found)
            except Exception:  # a broken lexicon must not stop the report; provenance still shows
                continue
            for f in lex.frames:
                frames[f.id] = {"label": f.label or f.id, "definition": f.definition,
                                "patterns": [p.text for p in f.patterns]}
    return {"frames": frames, "files": files}


# --------------------------------------------------------------------------- escaping

_JS_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(obj) -> str:
    """JSON safe to place inside ``<script type="application/json">``.

    ``<``, ``>``, ``&`` and the JavaScript line separators become ``\\uXXXX``
    escapes (still valid JSON), so corpus text such as ``</script>`` cannot
    close the block. NaN/inf become ``null``.

    >>> script_json({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = obj if isinstance(obj, str) else json.dumps(_clean(obj), ensure_ascii=False, allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JS_ESCAPES[m.group()], text)


def _clean(obj):
    """NaN/inf -> None recursively, numpy scalars -> Python (JSON has no NaN)."""
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    if hasattr(obj, "item") and not isinstance(obj, (str, bytes)):
        obj = obj.item()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if obj is pd.NA or obj is pd.NaT:
        return None
    return obj


def e(value) -> str:
    """HTML-escape any cell value ('' for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def _anchor(prefix: str, ident) -> tuple[str, str]:
    """(id attribute value, href) for an element id built from corpus ids.

    The href is percent-encoded; browsers decode the fragment before looking
    the id up, so odd doc ids (spaces, quotes, '#') still link.
    """
    raw = f"{prefix}{ident}"
    return html.escape(raw, quote=True), "#" + quote(raw, safe="")


# --------------------------------------------------------------------------- content

def _str(df: pd.DataFrame, col: str) -> pd.Series:
    """Column ``col`` as text, "" where missing (or everywhere when there is no such column)."""
    if col not in df:
        return pd.Series("", index=df.index, dtype=object)
    if isinstance(df[col].dtype, pd.StringDtype):  # already text: no detour through Python strings
        return df[col].fillna("").astype(str)
    return df[col].astype(object).where(df[col].notna(), "").astype(str)


def _isin(values: pd.Series, allowed: pd.Series) -> pd.Series:
    """``values.isin(allowed)`` for two text columns (no missing cells), as one Arrow set lookup
    (pandas looks each value of ``allowed`` up one by one)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    def arrow(s):
        return pa.array(s.to_numpy(dtype=object) if s.dtype == object else s, type=pa.large_string())

    hit = pc.is_in(arrow(values), value_set=arrow(allowed)).to_numpy(zero_copy_only=False)
    return pd.Series(hit, index=values.index, dtype=bool)


def _counts_html(series: pd.Series, order=None) -> str:
    counts = series.replace("", "(none)").value_counts()
    keys = [k for k in (order or []) if k in counts] + [k for k in counts.index if k not in (order or [])]
    return " · ".join(f"{e(k)} <b>{int(counts[k]):,}</b>" for k in keys) or "—"


def _summary(data: dict, shown: int, primary: pd.DataFrame | None = None, n_all: int | None = None) -> str:
    """The corpus section; ``primary``: the statements outside reposts, when already known;
    ``n_all``: the number of statements, reposts' included, when ``data["statements"]`` was read
    without them (``load_output(..., reposts=False)``)."""
    docs, st_all = data["documents"], data["statements"]
    st = charts.primary(st_all) if primary is None else primary
    n_all = len(st_all) if n_all is None else n_all
    reposts = docs[_str(docs, "duplicate_of") != ""] if not docs.empty else docs
    status = _str(docs, "status")
    skipped = docs[(status != "") & (status != "ok")] if not docs.empty else docs
    # Only the first and last date are shown: each distinct date is parsed once.
    dates = pd.to_datetime(pd.Series(_str(st, "date").unique()), errors="coerce", utc=True,
                           format="mixed").dropna()
    frames = charts.frame_order(st)
    rows = [
        ("Documents", f"<b>{len(docs):,}</b>" + (f" ({len(skipped):,} skipped, {len(reposts):,} repost{'s' if len(reposts) != 1 else ''})"
                                                 if not docs.empty else " (documents.csv missing)")),
        ("Statements", f"<b>{len(st):,}</b> counted" + (f", plus {n_all - len(st):,} in reposts (not counted)"
                                                        if n_all > len(st) else "")),
        ("By kind", _counts_html(_str(st, "kind"), ["direct", "partial", "indirect", "headline", "comment", "narration"])),
        ("By speaker role", _counts_html(_str(st, "speaker_role"), ["official", "outlet", "organization", "commenter", "author", "other", "unknown"])),
        ("Speakers / outlets", f"<b>{_str(st, 'speaker').replace('', pd.NA).nunique():,}</b> speakers · "
                               f"<b>{_str(st, 'outlet').replace('', pd.NA).nunique():,}</b> outlets"),
        ("Dates", f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no dates"),
        ("Frames found", f"<b>{len(frames)}</b> frames in "
                         f"<b>{int((_str(st, 'frames') != '').sum()):,}</b> statements"),
    ]
    html_rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    out = f'<table class="kv">{html_rows}</table>'
    if data.get("sample"):
        smp = data["sample"]
        out += (f'<p class="note"><b>A sample.</b> This run has {smp["of_statements"]:,} statements, more than '
                f'this page can hold: the report shows a random sample of {smp["documents"]:,} of its '
                f'{smp["of_documents"]:,} documents (seed 0) with all their statements, and lists those '
                f"documents below. The files in <code>aggregates/</code>, <code>documents.csv</code>, "
                f"<code>statements.csv</code> and <code>frame_hits.csv</code> cover the whole corpus.</p>")
    if len(st) > shown:
        out += (f'<p class="note">The statements table and documents section show the first '
                f"{shown:,} of {len(st):,} statements to keep this file quick to open; charts and "
                f"counts use all of them. The full table is <code>statements.csv</code>.</p>")
    if len(reposts):
        items = []
        listed = _listed(data)

        def link(doc_id):  # to the document's entry below, when it has one
            if listed is not None and str(doc_id) not in listed:
                return e(doc_id)
            return f'<a href="{_anchor("doc-", doc_id)[1]}">{e(doc_id)}</a>'

        for r in reposts.head(200).itertuples():
            items.append(f'<li>{link(r.doc_id)} ({e(getattr(r, "outlet", ""))}) reposts {link(r.duplicate_of)}</li>')
        more = f"<li>… and {len(reposts) - 200:,} more</li>" if len(reposts) > 200 else ""
        out += (f"<h3>Reposts found ({len(reposts):,})</h3><p>Their statements are counted once, in the "
                f"original document.</p><ul class=\"reposts\">{''.join(items)}{more}</ul>")
    if len(skipped):
        items = "".join(f"<li>{e(r.doc_id)}: {e(r.status)}</li>" for r in skipped.head(100).itertuples())
        out += f"<h3>Skipped documents ({len(skipped):,})</h3><ul>{items}</ul>"
    return out


def _not_reposts(statements: pd.DataFrame) -> np.ndarray:
    """Rows that are not a repost's (``duplicate`` read by :func:`narrative.schema.as_bool`, as the
    charts, aggregates and comparison read it)."""
    if "duplicate" not in statements:
        return np.ones(len(statements), dtype=bool)
    return ~as_bool(statements["duplicate"]).to_numpy(dtype=bool)


def _comparison(st: pd.DataFrame, groups=None):
    """The first default comparison whose two groups both exist (None when none does).

    Echo pairs are not computed: the report does not show them (``narrative compare`` does).
    """
    from .compare import compare
    options = [groups] if groups else DEFAULT_COMPARISONS
    for a, b, la, lb in options:
        try:
            return compare(st, a, b, label_a=la, label_b=lb, n_perm=2000, echo=False)
        except NarrativeError:
            continue
    return None


def figures(out_dir, lexicon=None, compare_groups=None) -> dict:
    """The report's charts for an analysed folder: ``{name: Figure or None}``.

    None marks a chart that cannot be drawn (no dates, nothing to compare).

    >>> import tempfile, pathlib, pandas as pd
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"statement_id": ["a:1"], "doc_id": ["a"], "speaker": ["Ann"], "kind": ["direct"],
    ...               "text": ["x"], "frames": ["cost"]}).to_csv(d / "statements.csv", index=False)
    >>> sorted(k for k, v in figures(d).items() if v is not None)
    ['frame_heatmap', 'outlet_frames', 'stance_dots', 'who_quotes_whom']
    """
    out_dir = Path(out_dir)
    with _memory_returned():
        data = load_output(out_dir, columns=REPORT_COLUMNS, reposts=False)
        labels = {k: v["label"] for k, v in lexicon_info(data["run"], out_dir, lexicon)["frames"].items()}
        specs = _figures(data, labels, _comparison(data["statements"], compare_groups))
    return {s["key"]: s["fig"] for s in specs}


def _figures(data: dict, labels: dict, comparison, primary: pd.DataFrame | None = None) -> list[dict]:
    """Chart specs: key, heading, figure JSON (or None) and an explanatory note.

    ``primary``: the statements without reposts, when already known (every chart drops reposts
    first, so it gets the same figure from them, without filtering the table again).
    """
    st = charts.primary(data["statements"]) if primary is None else primary
    specs = [
        ("frame_heatmap", "Frames by speaker", lambda: charts.frame_heatmap(st, labels=labels),
         "Share of each speaker's statements carrying each frame. Click a cell to list its statements."),
        ("outlet_frames", "Frames by outlet", lambda: charts.outlet_frames(st, labels=labels),
         "Own voice is the outlet's narration; quoted voices are quotes and reported speech (reader comments excluded)."),
        ("stance_dots", "Stance", lambda: charts.stance_dots(st),
         "Hollow grey dots have too few scored statements for an interval."),
        ("compare_bars", "Comparison", lambda: charts.compare_bars(comparison, labels=labels) if comparison else None,
         ""),
        ("distinctive_words", "Distinctive words", lambda: charts.distinctive_words(comparison) if comparison else None,
         ""),
        ("frames_over_time", "Frames over time", lambda: charts.frames_over_time(st, labels=labels),
         "Months without statements show 0%."),
        ("who_quotes_whom", "Who quotes whom", lambda: charts.who_quotes_whom(st),
         "Link width: statements by that speaker quoted in that outlet (top 30 speakers)."),
    ]
    out = []
    for key, heading, make, note in specs:
        fig = make()
        if fig is None:
            reason = {"frames_over_time": "No statement has a date, so there is no timeline.",
                      }.get(key, "No comparison: the corpus has no commenters and officials (or no "
                                 "narration and quotes) to compare. Use `narrative compare` for other groups.")
            out.append({"key": key, "heading": heading, "fig": None, "note": reason})
            continue
        if key in ("compare_bars", "distinctive_words") and comparison is not None:
            note = (f"{comparison.label_a} (n={comparison.n_a}) vs {comparison.label_b} (n={comparison.n_b}). "
                    + " ".join(comparison.notes))
        out.append({"key": key, "heading": heading, "fig": fig, "note": note})
    return out


def _statement_rows(st: pd.DataFrame) -> list[list]:
    stance = st["stance"] if "stance" in st else pd.Series(float("nan"), index=st.index)
    return [[sid, doc, outlet, date, sp, role, kind, charts.frame_list(fr),
             None if pd.isna(s) else round(float(s), 3), text]
            for sid, doc, outlet, date, sp, role, kind, fr, s, text in zip(
                _str(st, "statement_id"), _str(st, "doc_id"), _str(st, "outlet"), _str(st, "date"),
                _str(st, "speaker"), _str(st, "speaker_role"), _str(st, "kind"), _str(st, "frames"),
                stance, _str(st, "text"))]


def _speaker_table(data: dict, frames: list[str], labels: dict, min_n: int) -> dict:
    agg = data["by_speaker"]
    if agg.empty or "speaker" not in agg:
        agg = aggregate(data["statements"], "speaker", min_n=min_n, frames=frames)
    frames = [f for f in frames if f"share_{f}" in agg][:12]
    cols = ["speaker", "speaker_role", "n_statements", "n_docs", "stance_mean", "stance_lo", "stance_hi", "note"]
    rows = []
    for r in agg.to_dict("records"):
        rows.append([r.get(c) if not (isinstance(r.get(c), float) and math.isnan(r.get(c))) else None
                     for c in cols] + [r.get(f"share_{f}") for f in frames])
    columns = [{"label": "Speaker", "type": "speaker"}, {"label": "Role", "type": "facet"},
               {"label": "Statements", "type": "num"}, {"label": "Documents", "type": "num"},
               {"label": "Stance", "type": "stance"}, {"label": "lo", "type": "hidden"},
               {"label": "hi", "type": "hidden"}, {"label": "Note", "type": "text"}] + \
        [{"label": labels.get(f, f), "type": "pct"} for f in frames]
    return {"columns": columns, "rows": _clean(rows)}


def _evidence_rows(data: dict, keep_ids: set, limit: int,
                   primary: pd.DataFrame | None = None) -> tuple[list[list], int]:
    hits = data["frame_hits"]
    if hits.empty:
        return [], 0
    st = data["statements"]
    primary = charts.primary(st) if primary is None else primary
    counted = np.flatnonzero(_isin(_str(hits, "statement_id"), _str(primary, "statement_id")).to_numpy())
    total = len(counted)
    hits = hits.iloc[counted[:limit]]  # only the rows shown are copied
    # The speakers of the statements shown (a dict of every statement's would be built for nothing).
    ids = _str(st, "statement_id")
    mine = _isin(ids, _str(hits, "statement_id"))
    speaker = dict(zip(ids[mine], _str(st, "speaker")[mine]))
    rows = []
    for r in _records(hits):
        sid = str(r.get("statement_id", ""))
        rows.append([str(r.get("frame", "")), str(r.get("left", "")), str(r.get("matched", "")),
                     str(r.get("right", "")), str(r.get("pattern", "")), speaker.get(sid, ""),
                     sid, str(r.get("doc_id", "")), sid in keep_ids])
    return rows, total


def _listed(data: dict) -> set | None:
    """The doc ids the documents section lists: the sampled documents (None: every document)."""
    return set(map(str, data["sample"]["doc_ids"])) if data.get("sample") else None


def _records(df: pd.DataFrame) -> list[dict]:
    """``df.to_dict("records")``, column by column (pandas goes cell by cell through Arrow text).

    >>> _records(pd.DataFrame({"a": ["x", None], "n": [1, 2]}))
    [{'a': 'x', 'n': 1}, {'a': nan, 'n': 2}]
    """
    columns = list(df.columns)
    return [dict(zip(columns, row)) for row in zip(*(df[c].tolist() for c in columns))] if columns else \
        [{} for _ in range(len(df))]


def _documents_html(data: dict, shown: pd.DataFrame, labels: dict, primary: pd.DataFrame | None = None) -> str:
    docs = data["documents"]
    by_doc = {k: g for k, g in shown.groupby(_str(shown, "doc_id"), sort=False)}
    all_counts = _str(charts.primary(data["statements"]) if primary is None else primary, "doc_id").value_counts()
    all_counts = all_counts.to_dict()
    if docs.empty:  # documents.csv missing: list the documents the statements name
        docs = pd.DataFrame({"doc_id": list(dict.fromkeys(_str(data["statements"], "doc_id")))})
    listed = _listed(data)
    if listed is not None:  # a sample: the documents whose statements were read, not "0 statements"
        docs = docs[_str(docs, "doc_id").isin(listed)]
    parts = []
    for d in _records(docs):
        doc_id = str(d.get("doc_id", ""))
        aid, _ = _anchor("doc-", doc_id)
        meta = " · ".join(e(d.get(k)) for k in ("outlet", "date", "author") if str(d.get(k, "") or "").strip())
        url = str(d.get("url", "") or "")
        extra = []
        if url:  # shown as text, never a live link: the report makes no requests and corpus URLs are untrusted
            extra.append(f'<span class="url">{e(url)}</span>')
        if str(d.get("duplicate_of", "") or ""):
            _, h = _anchor("doc-", d["duplicate_of"])
            extra.append(f'repost of <a href="{h}">{e(d["duplicate_of"])}</a> (statements counted there)')
        status = str(d.get("status", "") or "")
        if status and status != "ok":
            extra.append(f'<span class="warn">skipped: {e(status)}</span>')
        rows = by_doc.get(doc_id)
        items = []
        if rows is not None:
            for r in _records(rows):
                sid_attr, _ = _anchor("st-", r.get("statement_id", ""))
                fr = ", ".join(labels.get(f, f) for f in charts.frame_list(r.get("frames")))
                s = r.get("stance")
                stance = "" if s is None or pd.isna(s) else f'<span class="stance">stance {float(s):+.2f}</span>'
                who = e(r.get("speaker")) or "<i>unattributed</i>"
                items.append(
                    f'<li id="{sid_attr}"><span class="who">{who}</span> <span class="role">{e(r.get("speaker_role"))}'
                    f' · {e(r.get("kind"))}</span> <span class="txt">{e(r.get("text"))}</span>'
                    + (f' <span class="frames">{e(fr)}</span>' if fr else "") + f" {stance}</li>")
        n_all = int(all_counts.get(doc_id, 0))
        missing = n_all - (0 if rows is None else len(rows))
        if missing > 0:
            items.append(f'<li class="note">{missing:,} more statements not shown (size cap).</li>')
        body = f'<ol class="stmts">{"".join(items)}</ol>' if items else '<p class="note">No statements.</p>'
        parts.append(
            f'<details class="doc" id="{aid}"><summary><span class="title">{e(d.get("title")) or e(doc_id)}</span>'
            f' <span class="meta">{meta} · <code>{e(doc_id)}</code> · {n_all} statements</span></summary>'
            f'<p class="meta">{" · ".join(extra)}</p>{body}</details>')
    return "\n".join(parts)


def _flatten(node, prefix="") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        out = []
        for k, v in node.items():
            out += _flatten(v, f"{prefix}.{k}" if prefix else str(k))
        return out
    if isinstance(node, list) and node and all(isinstance(v, (dict, list)) for v in node):
        out = []
        for i, v in enumerate(node):
            out += _flatten(v, f"{prefix}[{i}]")
        return out
    return [(prefix, json.dumps(node, ensure_ascii=False) if not isinstance(node, str) else node)]


def _parameters_html(run: dict, lex: dict, hits: pd.DataFrame, labels: dict) -> str:
    out = []
    if lex["files"]:
        rows = []
        for f in lex["files"]:
            rec, cur = f["sha256"], f["current_sha256"]
            if not f["found"]:
                state = '<span class="note">file not found now</span>'
            elif rec and cur and rec != cur:
                state = '<span class="warn">changed since the analysis (current sha256 ' + e(cur) + ")</span>"
            elif rec:
                state = "unchanged"
            else:
                state = "sha256 now " + e(cur)
            rows.append(f"<tr><td><code>{e(f['path'])}</code></td><td><code>{e(rec) or '—'}</code></td><td>{state}</td></tr>")
        out.append('<table class="kv"><tr><th>Lexicon file</th><th>sha256 at analysis</th><th>Now</th></tr>'
                   + "".join(rows) + "</table>")
    else:
        out.append('<p class="note">run.json records no lexicon file.</p>')
    # Frames: label, definition, patterns, and which patterns actually matched.
    top_patterns = {}
    if not hits.empty and "pattern" in hits:
        for (f, p), n in hits.groupby([_str(hits, "frame"), _str(hits, "pattern")]).size().items():
            top_patterns.setdefault(f, []).append((n, p))
    ids = list(dict.fromkeys(list(lex["frames"]) + sorted(top_patterns)))
    if ids:
        rows = []
        for fid in ids:
            info = lex["frames"].get(fid, {})
            pats = info.get("patterns", [])
            matched = sorted(top_patterns.get(fid, []), reverse=True)[:8]
            rows.append(
                f"<tr><td><code>{e(fid)}</code></td><td>{e(labels.get(fid, fid))}</td>"
                f"<td>{e(info.get('definition', ''))}</td>"
                f"<td>{len(pats) if pats else '—'}</td>"
                f"<td>{', '.join(f'{e(p)} ({n})' for n, p in matched) or '—'}</td></tr>")
        out.append('<h3>Frames</h3><table class="data"><tr><th>id</th><th>label</th><th>definition</th>'
                   "<th>patterns</th><th>most matched patterns (hits)</th></tr>" + "".join(rows) + "</table>")
    if run:
        rows = "".join(f"<tr><th>{e(k)}</th><td><code>{e(v)}</code></td></tr>" for k, v in _flatten(run))
        out.append(f'<h3>Run parameters (run.json)</h3><table class="kv">{rows}</table>')
    else:
        out.append('<p class="note">No run.json in this folder: parameters unknown.</p>')
    return "\n".join(out)


def _version(run: dict) -> str:
    v = run.get("version") or run.get("narrative_version")
    if v:
        return str(v)
    try:
        from importlib.metadata import version
        return version("narrative")
    except Exception:
        return "unknown"


def _methods_html(run: dict, lex: dict, min_n: int, comparison) -> str:
    version = _version(run)
    date = str(run.get("date") or run.get("created") or "")[:10]
    sha = next((f["sha256"] or f["current_sha256"] for f in lex["files"] if f["sha256"] or f["current_sha256"]), "")
    lex_name = ", ".join(Path(f["path"]).name for f in lex["files"]) or "the lexicon listed below"
    cite = (f"narrative {version}" + (f", run of {date}" if date else "")
            + (f"; lexicon {lex_name} (sha256 {sha[:12]}…)" if sha else ""))
    model = str(run.get("model") or "")
    model = (f" Frames predicted by the trained classifier <code>{e(model)}</code> were added to the lexicon's."
             if model else "")
    return f"""
<p><b>Statements.</b> Each document is split into statements by rule-based attribution: direct quotes
(text in quotation marks attributed to a speaker through a speech cue such as <i>said</i>, <i>told</i> or
<i>according to</i>), partial quotes, indirect (reported) speech, headlines and reader comments; the
remaining sentences are the author's own voice (<i>narration</i>). Speakers are named as written or mapped
to a canonical name, and given a role (official, outlet, organization, commenter, author, other, unknown).</p>
<p><b>Frames.</b> A statement carries a frame when the patterns of that frame in {e(lex_name)} (words,
phrases, wildcards and proximity pairs, minus exclusions and negated hits) reach the frame's minimum weight
in its text. Every match is listed under <a href="#evidence">Frame evidence</a> with its context.{model}</p>
<p><b>Stance.</b> A score in [−1, 1] toward the stance target(s) defined in the lexicon, computed from the
statement's wording (the evidence is kept in <code>stance_evidence</code>); statements without a score are
left out of stance means, not counted as zero.</p>
<p><b>Counting and uncertainty.</b> Documents found to repost another (<code>duplicate_of</code>) are listed
but their statements are counted once, in the original. Shares of statements carry Wilson 95% intervals;
differences between two groups carry Newcombe hybrid-score 95% intervals and two-sided permutation p-values,
Benjamini–Hochberg adjusted across frames; mean stance carries a seeded percentile-bootstrap 95% interval
(2,000 resamples). Groups with fewer than {min_n} statements are shown but flagged and get no interval.
Distinctive words are weighted log-odds z-scores with an informative Dirichlet prior (Monroe, Colaresi &amp;
Quinn 2008).</p>
<p><b>Cite as:</b> <span class="cite">{e(cite)}</span>. Report generated
{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.</p>"""


# --------------------------------------------------------------------------- page

_CSS = """
:root{--fg:#1d1d1f;--mut:#5f6368;--line:#dadce0;--bg:#fff;--soft:#f6f8fa;--acc:#0072B2;--warn:#D55E00}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);margin:0;background:var(--bg)}
header.top{padding:18px 28px;border-bottom:1px solid var(--line);background:var(--soft)}
header.top h1{margin:0 0 4px;font-size:22px}
nav.toc{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:6px 28px;font-size:13px}
nav.toc a{margin-right:14px;color:var(--acc);text-decoration:none}
main{padding:8px 28px 60px;max-width:1500px}
section{margin:26px 0}
h2{font-size:19px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
.note{color:var(--mut);font-size:13px}
.warn{color:var(--warn)}
table.kv th{text-align:left;padding:3px 14px 3px 0;font-weight:600;vertical-align:top;white-space:nowrap}
table.kv td{padding:3px 10px 3px 0;vertical-align:top}
.chart{border:1px solid var(--line);border-radius:6px;margin:8px 0 4px;min-height:120px}
.grid2{display:grid;grid-template-columns:1fr;gap:8px}
table.data{border-collapse:collapse;width:100%;font-size:13px}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
table.data thead th{position:sticky;top:34px;background:var(--soft);cursor:pointer;user-select:none;white-space:nowrap}
table.data thead th[aria-sort=ascending]::after{content:" \\25B2";font-size:10px}
table.data thead th[aria-sort=descending]::after{content:" \\25BC";font-size:10px}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.txt{max-width:640px}
td.kl{text-align:right;color:var(--mut);white-space:nowrap;overflow:hidden;max-width:320px;direction:rtl}
td.kl span{direction:ltr;unicode-bidi:embed}
td.km{font-weight:700;white-space:nowrap;background:#fff4d6}
td.kr{color:var(--mut);white-space:nowrap;overflow:hidden;max-width:320px}
.controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:6px 0}
.controls input[type=search]{min-width:260px;padding:4px 6px}
.chip{background:#e8f1f8;border:1px solid #b6d4ea;border-radius:12px;padding:1px 8px;font-size:12px}
.chip button{border:0;background:none;cursor:pointer;font-size:12px}
button.more,button.link{border:0;background:none;color:var(--acc);cursor:pointer;padding:0;font:inherit;text-decoration:underline}
#cell-panel{border:1px solid #b6d4ea;background:#f3f8fc;border-radius:6px;padding:8px 12px;margin:6px 0}
#cell-panel[hidden]{display:none}
#cell-panel ol{margin:4px 0;padding-left:22px;max-height:320px;overflow:auto}
details.doc{border-bottom:1px solid var(--line);padding:6px 0}
details.doc summary{cursor:pointer}
details.doc .title{font-weight:600}
details.doc .meta,.role{color:var(--mut);font-size:12px}
.url{font-family:ui-monospace,monospace;font-size:12px;word-break:break-all}
ol.stmts li{margin:3px 0}
ol.stmts li:target,details.doc:target{background:#fff4d6}
.who{font-weight:600}
.frames{background:#e8f1f8;border-radius:3px;padding:0 4px;font-size:12px}
.stance{color:var(--mut);font-size:12px}
code{font-size:12px}
@media print{nav.toc{display:none}details.doc{break-inside:avoid}}
"""

# Runs first: records errors and CSP violations where the browser test (and a curious user) can see them.
_HOOK_JS = """window.__reportErrors=[];window.__cspViolations=[];
window.onerror=function(m,s,l,c){window.__reportErrors.push(String(m)+' @'+l+':'+c);
document.documentElement.setAttribute('data-report-errors',String(window.__reportErrors.length));};
window.addEventListener('unhandledrejection',function(ev){window.__reportErrors.push('promise: '+String(ev.reason));
document.documentElement.setAttribute('data-report-errors',String(window.__reportErrors.length));});
document.addEventListener('securitypolicyviolation',function(ev){window.__cspViolations.push(ev.violatedDirective+' '+ev.blockedURI);
document.documentElement.setAttribute('data-csp-violations',String(window.__cspViolations.length));});"""

_APP_JS = r"""
(function(){
'use strict';
function data(id){var el=document.getElementById(id);return el?JSON.parse(el.textContent):null;}
function el(tag,cls,text){var n=document.createElement(tag);if(cls)n.className=cls;if(text!=null)n.textContent=String(text);return n;}
var META=data('data-meta')||{};var LABELS=META.labels||{};
function flabel(f){return Object.prototype.hasOwnProperty.call(LABELS,f)?LABELS[f]:f;}
function docHref(id){return '#doc-'+encodeURIComponent(id);}
function stHref(id){return '#st-'+encodeURIComponent(id);}
function fmtNum(v,d){return v==null||v!==v?'':(+v).toFixed(d);}
function fmtSigned(v){return v==null?'':(v>=0?'+':'\u2212')+Math.abs(v).toFixed(2);}
function openTarget(){var h=location.hash;if(!h||h.length<2)return;var t;try{t=document.getElementById(decodeURIComponent(h.slice(1)));}catch(err){return;}
  if(!t)return;var p=t;while(p){if(p.tagName==='DETAILS')p.open=true;p=p.parentElement;}t.scrollIntoView();}
window.addEventListener('hashchange',openTarget);

/* ---------- generic sortable / filterable table built with textContent only ---------- */
function Table(root,spec){
  this.root=root;this.cols=spec.columns;this.rows=spec.rows;this.page=spec.page||200;this.limit=this.page;
  this.sort=null;this.dir=1;this.q='';this.facets={};this.exact={};this.render=spec.render||{};
  var self=this;
  this.search=this.rows.map(function(r){return r.map(function(v){return Array.isArray(v)?v.map(flabel).join(' '):(v==null?'':String(v));}).join('\u0001').toLowerCase();});
  var ctl=el('div','controls');
  var inp=el('input');inp.type='search';inp.placeholder='Filter (any column)\u2026';inp.setAttribute('aria-label','filter rows');
  inp.addEventListener('input',function(){self.q=inp.value.toLowerCase();self.limit=self.page;self.draw();});
  ctl.appendChild(inp);
  this.cols.forEach(function(c,i){
    if(c.type!=='facet'&&c.type!=='frames')return;
    var vals={};self.rows.forEach(function(r){(Array.isArray(r[i])?r[i]:[r[i]]).forEach(function(v){if(v!==''&&v!=null)vals[v]=1;});});
    var sel=el('select');sel.setAttribute('aria-label','filter by '+c.label);
    sel.appendChild(new Option('all '+c.label.toLowerCase().replace(/s$/,'')+'s',''));
    Object.keys(vals).sort().forEach(function(v){sel.appendChild(new Option(c.type==='frames'?flabel(v):v,v));});
    sel.addEventListener('change',function(){if(sel.value)self.facets[i]=sel.value;else delete self.facets[i];self.limit=self.page;self.draw();});
    c._select=sel;ctl.appendChild(sel);
  });
  this.chips=el('span');ctl.appendChild(this.chips);
  this.count=el('span','note');ctl.appendChild(this.count);
  root.appendChild(ctl);
  var tbl=el('table','data');var thead=el('thead');var tr=el('tr');
  this.ths=[];
  this.cols.forEach(function(c,i){
    if(c.type==='hidden')return;
    var th=el('th',null,c.label);th.tabIndex=0;th.title='sort';
    var go=function(){if(self.sort===i)self.dir=-self.dir;else{self.sort=i;self.dir=(c.type==='num'||c.type==='pct'||c.type==='stance'||c.type==='signed')?-1:1;}self.draw();};
    th.addEventListener('click',go);th.addEventListener('keydown',function(ev){if(ev.key==='Enter')go();});
    self.ths[i]=th;tr.appendChild(th);
  });
  thead.appendChild(tr);tbl.appendChild(thead);this.tbody=el('tbody');tbl.appendChild(this.tbody);
  root.appendChild(tbl);
  this.moreBtn=el('button','more','show more rows');this.moreBtn.type='button';
  this.moreBtn.addEventListener('click',function(){self.limit+=self.page*5;self.draw();});
  root.appendChild(this.moreBtn);
  this.draw();
}
Table.prototype.setExact=function(filters){this.exact=filters||{};this.limit=this.page;this.draw();};
Table.prototype.matches=function(r,k){
  if(this.q&&this.search[k].indexOf(this.q)<0)return false;
  for(var i in this.facets){var v=r[i];if(Array.isArray(v)?v.indexOf(this.facets[i])<0:String(v)!==this.facets[i])return false;}
  for(var j in this.exact){var w=r[j];if(Array.isArray(w)?w.indexOf(this.exact[j])<0:String(w)!==this.exact[j])return false;}
  return true;};
Table.prototype.draw=function(){
  var self=this,idx=[];
  for(var k=0;k<this.rows.length;k++)if(this.matches(this.rows[k],k))idx.push(k);
  if(this.sort!=null){var s=this.sort,d=this.dir;idx.sort(function(a,b){
    var x=self.rows[a][s],y=self.rows[b][s];if(Array.isArray(x))x=x.map(flabel).join(', ');if(Array.isArray(y))y=y.map(flabel).join(', ');
    var xn=(x==null||x===''),yn=(y==null||y==='');if(xn||yn)return xn===yn?a-b:(xn?1:-1);
    if(typeof x==='number'&&typeof y==='number')return (x-y)*d||a-b;
    return String(x).localeCompare(String(y))*d||a-b;});}
  this.ths.forEach(function(th,i){if(th)th.setAttribute('aria-sort',i===self.sort?(self.dir>0?'ascending':'descending'):'none');});
  var frag=document.createDocumentFragment();
  idx.slice(0,this.limit).forEach(function(k){frag.appendChild(self.row(self.rows[k]));});
  this.tbody.textContent='';this.tbody.appendChild(frag);
  this.count.textContent=idx.length===this.rows.length?(this.rows.length+' rows'):(idx.length+' of '+this.rows.length+' rows');
  if(idx.length>this.limit)this.count.textContent+=' (showing '+this.limit+')';
  this.moreBtn.hidden=idx.length<=this.limit;
  this.chips.textContent='';
  Object.keys(this.exact).forEach(function(j){var c=self.cols[j];var chip=el('span','chip',c.label+': '+(c.type==='frames'?flabel(self.exact[j]):self.exact[j])+' ');
    var x=el('button',null,'\u00d7');x.type='button';x.title='remove filter';x.addEventListener('click',function(){var f=Object.assign({},self.exact);delete f[j];self.setExact(f);});
    chip.appendChild(x);self.chips.appendChild(chip);});
};
Table.prototype.row=function(r){
  var tr=el('tr'),self=this;
  this.cols.forEach(function(c,i){
    if(c.type==='hidden')return;var v=r[i],td;
    var custom=self.render[i];
    if(custom){td=custom(r,i);}
    else if(c.type==='num'){td=el('td','num',v==null?'':v);}
    else if(c.type==='signed'){td=el('td','num',v==null?'':fmtSigned(v));}
    else if(c.type==='pct'){td=el('td','num',v==null?'':Math.round(v*100)+'%');}
    else if(c.type==='frames'){td=el('td',null,(v||[]).map(flabel).join(', '));}
    else if(c.type==='stance'){td=el('td','num',v==null?'':fmtSigned(v)+(r[i+1]!=null?' ['+fmtSigned(r[i+1])+', '+fmtSigned(r[i+2])+']':''));}
    else{td=el('td',c.type==='long'?'txt':null,v==null?'':v);}
    tr.appendChild(td);});
  return tr;};

/* ---------- tables ---------- */
var ST=data('data-statements')||{columns:[],rows:[]};
var byId={};ST.rows.forEach(function(r){byId[r[0]]=r;});
function linkCell(r){var td=el('td');var a=el('a',null,r[0]);a.href=stHref(r[0]);a.title='open in its document';td.appendChild(a);return td;}
var stTable=null,stRoot=document.getElementById('statements-table');
if(stRoot&&ST.rows.length)stTable=new Table(stRoot,{columns:ST.columns,rows:ST.rows,render:{0:linkCell,1:function(r){var td=el('td');var a=el('a',null,r[1]);a.href=docHref(r[1]);td.appendChild(a);return td;}}});
var SP=data('data-speakers');var spRoot=document.getElementById('speakers-table');
if(spRoot&&SP&&SP.rows.length)new Table(spRoot,{columns:SP.columns,rows:SP.rows,page:100,render:{0:function(r){
  var td=el('td');var b=el('button','link',r[0]);b.type='button';b.title='show this speaker\u2019s statements';
  b.addEventListener('click',function(){if(stTable){stTable.setExact({4:r[0]});document.getElementById('statements').scrollIntoView();}});
  td.appendChild(b);return td;}}});
var EV=data('data-evidence');var evRoot=document.getElementById('evidence-table');
if(evRoot&&EV&&EV.rows.length)new Table(evRoot,{columns:EV.columns,rows:EV.rows,render:{
  1:function(r){var td=el('td','kl');td.appendChild(el('span',null,r[1]));return td;},
  2:function(r){return el('td','km',r[2]);},3:function(r){return el('td','kr',r[3]);},
  6:function(r){var td=el('td');var a=el('a',null,r[6]);a.href=r[8]?stHref(r[6]):docHref(r[7]);td.appendChild(a);return td;}}});

/* ---------- heatmap click: list the statements behind a cell ---------- */
function showCell(cd){
  var panel=document.getElementById('cell-panel');if(!panel||!cd)return;
  var ids=cd[3]?String(cd[3]).split('\n'):[];var group=String(cd[4]),frame=String(cd[5]);
  panel.hidden=false;panel.textContent='';
  panel.appendChild(el('b',null,group+' \u00b7 '+flabel(frame)+': '+cd[0]+' of '+cd[1]+' statements'));
  var ol=el('ol'),missing=0;
  ids.forEach(function(id){var r=byId[id];if(!r){missing++;return;}
    var li=el('li');var a=el('a',null,r[6]);a.href=stHref(id);li.appendChild(a);li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span',null,r[9]));ol.appendChild(li);});
  panel.appendChild(ol);
  if(missing)panel.appendChild(el('p','note',missing+' statement(s) beyond the table size cap: see statements.csv.'));
  var btn=el('button','link','filter the statements table to these');btn.type='button';
  btn.addEventListener('click',function(){if(stTable){var f={};f[META.heatmap_by==='outlet'?2:4]=group;f[7]=frame;stTable.setExact(f);document.getElementById('statements').scrollIntoView();}});
  panel.appendChild(btn);
  var close=el('button','link','close');close.type='button';close.style.marginLeft='12px';close.addEventListener('click',function(){panel.hidden=true;});
  panel.appendChild(close);
}

/* ---------- charts ---------- */
var charts=document.querySelectorAll('div.chart[data-fig]');var jobs=[];
var config={displaylogo:false,responsive:true,showLink:false,showSendToCloud:false,showEditInChartStudio:false,
  toImageButtonOptions:{format:'svg',scale:1}};
Array.prototype.forEach.call(charts,function(div){
  try{var fig=data(div.getAttribute('data-fig'));
    var cfg=Object.assign({},config,{toImageButtonOptions:{format:'svg',filename:div.id.replace(/^chart-/,'')}});
    var p=Plotly.newPlot(div,fig.data,fig.layout,cfg).then(function(gd){
      if(div.id==='chart-frame_heatmap')gd.on('plotly_click',function(ev){if(ev&&ev.points&&ev.points.length)showCell(ev.points[0].customdata);});
      return gd;});
    jobs.push(p);
  }catch(err){window.__reportErrors.push('chart '+div.id+': '+err);document.documentElement.setAttribute('data-report-errors',String(window.__reportErrors.length));}
});
Promise.all(jobs).then(function(){document.body.setAttribute('data-charts-drawn',String(document.querySelectorAll('.js-plotly-plot').length));},
  function(err){window.__reportErrors.push('plot: '+err);document.documentElement.setAttribute('data-report-errors',String(window.__reportErrors.length));});
document.getElementById('expand-docs').addEventListener('click',function(){var all=document.querySelectorAll('details.doc');var open=!all[0]||!all[0].open;
  Array.prototype.forEach.call(all,function(d){d.open=open;});});
openTarget();
document.documentElement.setAttribute('data-app-ready','1');
})();
"""


def _sha(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_report(out_dir, max_rows: int = MAX_ROWS, lexicon=None, compare_groups=None,
                  min_n: int | None = None) -> str:
    """The report page as a string (see :func:`build_report`)."""
    with _memory_returned():
        return _render(Path(out_dir), max_rows, lexicon, compare_groups, min_n)


def _render(out_dir: Path, max_rows: int, lexicon, compare_groups, min_n: int | None) -> str:
    import plotly.offline

    data = load_output(out_dir, columns=REPORT_COLUMNS, reposts=False)
    run = data["run"]
    params = run.get("parameters", run) if isinstance(run.get("parameters"), dict) else run
    if min_n is None:
        try:
            min_n = int(params.get("min_n", 5))
        except (TypeError, ValueError):
            min_n = 5
    lex = lexicon_info(run, out_dir, lexicon)
    labels = {k: v["label"] for k, v in lex["frames"].items()}
    n_all = data["n_statements"]
    primary = charts.primary(data["statements"])  # the table itself, unless "duplicate" is odd
    shown = primary.head(max_rows)
    frames = charts.frame_order(primary)
    # The frame hits give the evidence table and the most matched patterns, and nothing else:
    # both are made first and the hits let go, before the comparison and the charts need memory.
    keep_ids = set(_str(shown, "statement_id"))
    ev_rows, ev_total = _evidence_rows(data, keep_ids, max_rows, primary)
    parameters_html = _parameters_html(run, lex, data["frame_hits"], labels)
    data["frame_hits"] = data["frame_hits"].iloc[:0]
    comparison = _comparison(data["statements"], compare_groups)
    figs = _figures(data, labels, comparison, primary)
    st_cols = [{"label": "Statement", "type": "id"}, {"label": "Document", "type": "text"},
               {"label": "Outlet", "type": "facet"}, {"label": "Date", "type": "text"},
               {"label": "Speaker", "type": "text"}, {"label": "Role", "type": "facet"},
               {"label": "Kind", "type": "facet"}, {"label": "Frames", "type": "frames"},
               {"label": "Stance", "type": "signed"}, {"label": "Text", "type": "long"}]
    ev_cols = [{"label": "Frame", "type": "frames"}, {"label": "Left", "type": "text"},
               {"label": "Matched", "type": "text"}, {"label": "Right", "type": "text"},
               {"label": "Pattern", "type": "facet"}, {"label": "Speaker", "type": "text"},
               {"label": "Statement", "type": "text"}, {"label": "doc", "type": "hidden"},
               {"label": "shown", "type": "hidden"}]
    # Frame cells are lists so the frame filter matches ids while showing labels.
    ev_rows = [[[r[0]]] + r[1:] for r in ev_rows]
    blocks = {
        "data-meta": {"labels": labels, "heatmap_by": "speaker", "max_rows": max_rows},
        "data-statements": {"columns": st_cols, "rows": _statement_rows(shown)},
        "data-speakers": _speaker_table(data, frames, labels, min_n),
        "data-evidence": {"columns": ev_cols, "rows": ev_rows},
    }
    data_html = "\n".join(f'<script type="application/json" id="{k}">{script_json(v)}</script>'
                          for k, v in blocks.items())

    chart_html = []
    for spec in figs:
        note = f'<p class="note">{e(spec["note"])}</p>' if spec["note"] else ""
        if spec["fig"] is None:
            chart_html.append(f'<h3>{e(spec["heading"])}</h3><p class="note">{e(spec["note"])}</p>')
            continue
        fid = f"fig-{spec['key']}"
        chart_html.append(
            f'<h3>{e(spec["heading"])}</h3>{note}<div class="chart" id="chart-{spec["key"]}" data-fig="{fid}"></div>'
            f'<script type="application/json" id="{fid}">{script_json(spec["fig"].to_json())}</script>')
        if spec["key"] == "frame_heatmap":
            chart_html.append('<div id="cell-panel" hidden></div>')
    n_charts = sum(1 for s in figs if s["fig"] is not None)

    plotly_js = plotly.offline.get_plotlyjs()
    if "</script" in plotly_js.lower():  # would end our <script> early; never seen, but cheap to check
        raise NarrativeError("embedded plotly.js contains '</script'; cannot inline it safely")
    scripts = [_HOOK_JS, plotly_js, _APP_JS]
    # Only these three scripts may run: injected markup (<script>, onerror=) is blocked even if
    # escaping ever failed, and no network request is possible (default-src 'none').
    csp = ("default-src 'none'; script-src " + " ".join(_sha(s) for s in scripts)
           + "; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'; object-src 'none'")
    title = f"Narrative report — {out_dir.resolve().name}"
    n_st = len(primary)
    st_note = (f"First {len(shown):,} of {n_st:,} statements (size cap); the full table is statements.csv."
               if n_st > len(shown) else f"All {n_st:,} statements (reposts excluded).")
    ev_note = (f"First {len(ev_rows):,} of {ev_total:,} frame matches (size cap); all are in frame_hits.csv."
               if ev_total > len(ev_rows) else f"All {ev_total:,} frame matches.")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{e(title)}</title>
<style>{_CSS}</style>
<script id="report-hook">{_HOOK_JS}</script>
<script id="plotly-js">{plotly_js}</script>
</head>
<body data-charts-expected="{n_charts}" data-charts-drawn="0">
<header class="top"><h1>{e(title)}</h1>
<div class="note">narrative {e(_version(run))} · {n_st:,} statements · {len(data['documents']):,} documents ·
generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC · works offline</div></header>
<nav class="toc"><a href="#summary">Summary</a><a href="#charts">Charts</a><a href="#speakers">Speakers</a>
<a href="#statements">Statements</a><a href="#evidence">Frame evidence</a><a href="#documents">Documents</a>
<a href="#parameters">Lexicon &amp; parameters</a><a href="#methods">Methods</a></nav>
<main>
<noscript><p class="warn">JavaScript is off: charts and tables need it; the summary, documents, parameters
and methods below are plain text.</p></noscript>
<section id="summary"><h2>Corpus</h2>{_summary(data, len(shown), primary, n_all)}</section>
<section id="charts"><h2>Charts</h2>
<p class="note">Hover for counts and examples; the camera icon saves a chart as SVG. Reposts are counted once.</p>
{"".join(chart_html)}</section>
<section id="speakers"><h2>Speakers</h2>
<p class="note">Statements per speaker (narration excluded), mean stance with 95% bootstrap interval, and the
share of their statements carrying each frame. Click a name to see their statements.</p>
<div id="speakers-table"></div></section>
<section id="statements"><h2>Statements</h2><p class="note">{e(st_note)} Click an id to open it in its document.</p>
<div id="statements-table"></div></section>
<section id="evidence"><h2>Frame evidence</h2><p class="note">{e(ev_note)} Keyword in context: the matched
words in bold between their left and right context.</p><div id="evidence-table"></div></section>
<section id="documents"><h2>Documents</h2><p><button type="button" class="link" id="expand-docs">expand / collapse all</button></p>
{_documents_html(data, shown, labels, primary)}</section>
<section id="parameters"><h2>Lexicon &amp; parameters</h2>{parameters_html}</section>
<section id="methods"><h2>Methods</h2>{_methods_html(run, lex, min_n, comparison)}</section>
</main>
{data_html}
<script id="report-app">{_APP_JS}</script>
</body></html>
"""
    return page


def build_report(out_dir, max_rows: int = MAX_ROWS, lexicon=None, compare_groups=None,
                 min_n: int | None = None) -> Path:
    """Write ``OUT_DIR/report.html`` (one offline file) and return its path.

    ``max_rows`` caps the statements and frame-evidence tables; ``lexicon``
    overrides the lexicon path(s) recorded in run.json (for labels);
    ``compare_groups`` is ``(filters_a, filters_b, label_a, label_b)`` for the
    comparison charts (default: commenters vs officials, else the outlets' own
    voice vs quoted voices); ``min_n`` defaults to run.json's or 5.

    >>> import tempfile, pathlib, pandas as pd
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"statement_id": ["a:1"], "doc_id": ["a"], "speaker": ["<b>Ann</b>"],
    ...               "kind": ["direct"], "text": ["x"], "frames": [""]}).to_csv(d / "statements.csv", index=False)
    >>> "<b>Ann</b>" in build_report(d).read_text()
    False
    """
    out_dir = Path(out_dir)
    page = render_report(out_dir, max_rows=max_rows, lexicon=lexicon, compare_groups=compare_groups,
                         min_n=min_n)
    path = out_dir / "report.html"
    write_text(path, page)
    return path
