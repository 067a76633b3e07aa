"""Write a run's stored tables as CSV and Parquet, aggregates and ``run.json``.

Each document's rows are rendered to CSV text once (``csv.writer``, no
DataFrames) and kept in the run store; an export concatenates them in corpus
order, rendering only the documents that changed since the last export, and
writes the Parquet tables from the same text, parsed by Arrow a block of
documents at a time. The aggregates' tallies are updated for the changed
documents. So a re-run after a small change re-exports in a fraction of a full
export, and memory does not grow with the corpus. Every file is written to a temporary sibling and renamed
into place.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import operator
from collections import deque
from pathlib import Path

from .io import atomic_path, write_table, write_text
from .schema import FRAME_HITS, STATEMENTS
from .store import Store

#: Column types of the Parquet tables; every other column is text.
INTEGER = {"start", "end", "n_words"}
BOOLEAN = {"duplicate"}

_STORED = ["statement_id", "doc_id", "outlet", "date", "speaker", "speaker_role", "speaker_mention", "kind", "cue",
           "text", "start", "end", "duplicate", "frames", "stance", "stance_evidence", "n_words"]


def statement_columns(stance_targets) -> list[str]:
    """The header of ``statements.csv``: the documented columns, evidence, words, one stance per target.

    >>> statement_columns(["axis"])[-3:]
    ['stance_evidence', 'n_words', 'stance_axis']
    """
    return STATEMENTS + ["stance_evidence", "n_words"] + [f"stance_{t}" for t in stance_targets]


def _render(store: Store, doc_ids: list[str], targets: list[str]) -> list[tuple]:
    """(doc_id, statements CSV rows, frame hits CSV rows) of each document, as text without a header."""
    keys = [f"stance_{t}" for t in targets]
    statements, hits = {d: io.StringIO() for d in doc_ids}, {d: io.StringIO() for d in doc_ids}
    writers = {d: csv.writer(statements[d], lineterminator="\n") for d in doc_ids}
    for row in store.statement_rows(doc_ids, _STORED):
        *values, scores = row
        values[12] = bool(values[12])
        scores = json.loads(scores or "{}")
        writers[values[1]].writerow(values + [scores.get(k, "") for k in keys])
    writers = {d: csv.writer(hits[d], lineterminator="\n") for d in doc_ids}
    for row in store.hit_rows(doc_ids):
        writers[row[1]].writerow(row)
    return [(d, statements[d].getvalue(), hits[d].getvalue()) for d in doc_ids]


#: An export updates the stored tallies when at most this many documents (and this share of the
#: corpus) changed; above that, it tallies the whole statements table again, in batches.
DELTA_DOCS, DELTA_SHARE = 5000, 0.2


def _write_tables(store: Store, out: Path, columns: list[str], stale: list[str], gone: list[str], n_docs: int):
    """statements.csv and frame_hits.csv (and their Parquet twins) from per-document rendered rows;
    returns the aggregate tallies of the statements when they could be updated, else None.

    Each document's rows are rendered once and kept in the store (``rendered``); a later export
    renders only the documents that changed (``stale``: new, re-extracted, re-framed, repost flags
    changed; ``gone``: removed), then concatenates the text in corpus order. When few changed, the
    stored tallies are updated in the same transaction: minus the changed documents' old rows, plus
    their new ones.
    """
    from .aggregate import dump_tallies, load_tallies, tally_all

    header = ",".join(columns)
    targets = [c[len("stance_"):] for c in columns[len(statement_columns([])):]]
    stored = store.tallies()
    key = _tally_key(columns)
    tallies = None
    if stored is not None and stored[0] == key and \
            len(stale) + len(gone) <= min(DELTA_DOCS, max(50, DELTA_SHARE * n_docs)):
        old = store.rendered_of(stale + gone)
        if all(h == header for _, h, _ in old):
            new = _render(store, stale, targets)
            tallies = load_tallies(stored[1])
            # Old rows out first, then new ones in: a changed document's sums cancel exactly.
            for text, combine in (("".join(st for _, _, st in old), operator.sub),
                                  ("".join(st for _, st, _ in new), operator.add)):
                if text:
                    change = tally_all(_parse(text, columns))
                    tallies = {k: combine(t, change[k]) for k, t in tallies.items()}
            store.set_rendered([(d, header, st, hits) for d, st, hits in new], drop=gone,
                               tallies=(key, dump_tallies(tallies)))
    if tallies is None:  # many changed (or a first export): render in batches, tally from Parquet
        for i in range(0, len(stale), 500):
            part = stale[i:i + 500]
            store.set_rendered([(d, header, st, hits) for d, st, hits in _render(store, part, targets)])
        store.set_rendered([], drop=gone)
    _concatenate(store, out, columns)
    return tallies


def _tally_key(columns: list[str]) -> str:
    """What stored tallies must match to be updated: the statement columns and the tally code."""
    from .aggregate import TALLY_VERSION

    return f"{','.join(columns)}|tally {TALLY_VERSION}"


def _types(header: list[str]) -> dict:
    import pyarrow as pa

    return {c: pa.int64() if c in INTEGER else pa.bool_() if c in BOOLEAN
            else pa.float64() if c == "stance" or c.startswith("stance_") and c != "stance_evidence"
            else pa.string() for c in header}


def _convert_options(header: list[str]):
    import pyarrow.csv as pacsv

    return pacsv.ConvertOptions(column_types=_types(header), strings_can_be_null=False,
                                quoted_strings_can_be_null=False)


def _parse(text: str, header: list[str]):
    """Rendered statement rows (CSV text without a header) as a DataFrame, parsed exactly as the
    Parquet export parses them."""
    return _parse_table(text, header).to_pandas()


#: Rendered text gathered before it is parsed for Parquet, per table (bounds memory).
PARQUET_BLOCK = 8_000_000


def _concatenate(store: Store, out: Path, columns: list[str]) -> None:
    """Write statements.csv and frame_hits.csv as the rendered rows in corpus order, and their Parquet
    twins from the same text: blocks of whole documents are parsed by Arrow in a thread (it releases
    the GIL) while the next block is read, and written in order."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from concurrent.futures import ThreadPoolExecutor

    tables = {"statements": columns, "frame_hits": FRAME_HITS}
    with contextlib.ExitStack() as stack:
        csvs, writers = {}, {}
        for name, header in tables.items():
            tmp = stack.enter_context(atomic_path(out / f"{name}.csv"))
            csvs[name] = stack.enter_context(open(tmp, "w", encoding="utf-8", newline=""))
            csv.writer(csvs[name], lineterminator="\n").writerow(header)
            types = _types(header)
            tmp = stack.enter_context(atomic_path(out / f"{name}.parquet"))
            writers[name] = stack.enter_context(pq.ParquetWriter(tmp, pa.schema([(c, types[c]) for c in header])))
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=2))
        pending, blocks, size = deque(), {name: [] for name in tables}, 0

        def submit():
            pending.append({name: pool.submit(_parse_table, "".join(blocks[name]), tables[name])
                            for name in tables})
            for block in blocks.values():
                block.clear()

        def write(futures):
            for name, future in futures.items():
                table = future.result()
                if table is not None:
                    writers[name].write_table(table)

        for _, _, st, hits in store.rendered():
            for name, text in (("statements", st), ("frame_hits", hits)):
                csvs[name].write(text)
                blocks[name].append(text)
            size += len(st) + len(hits)
            if size >= PARQUET_BLOCK:
                submit()
                size = 0
                while len(pending) > 2:
                    write(pending.popleft())
        submit()
        while pending:
            write(pending.popleft())


def _parse_table(text: str, header: list[str]):
    """CSV rows (no header) as an Arrow table with the export's column types; None for no rows."""
    import pyarrow.csv as pacsv

    if not text:
        return None
    return pacsv.read_csv(io.BytesIO(text.encode("utf-8")), read_options=pacsv.ReadOptions(column_names=header),
                          parse_options=pacsv.ParseOptions(newlines_in_values=True),
                          convert_options=_convert_options(header))


#: The files an export writes besides documents.csv and run.json (and the aggregates/ folder).
TABLES = ("statements.csv", "statements.parquet", "frame_hits.csv", "frame_hits.parquet")


def _written(out: Path) -> dict:
    """(size, modification time) of each table and aggregate file in ``out``."""
    paths = [out / name for name in TABLES] + sorted((out / "aggregates").glob("*"))
    return {str(p.relative_to(out)): [st.st_size, st.st_mtime_ns] for p in paths if p.exists() for st in (p.stat(),)}


def export(store: Store, out: Path, params: dict, aggregates: bool = True) -> None:
    """Write documents, statements and frame hits (CSV and Parquet), aggregates and ``run.json``.

    When no document's rows changed since the last export and its files are as it left them
    (same sizes and modification times), the tables and aggregates are not written again.
    """
    out = Path(out)
    docs = store.documents()
    write_table(docs, out / "documents.csv")
    columns = statement_columns(store.stance_targets())
    stale, gone = store.render_status(",".join(columns))
    last = store.get_meta("exported")
    if stale or gone or not last or last["header"] != columns or last["files"] != _written(out):
        store.set_meta("exported", None)  # from now on the files may no longer match the store
        tallies = _write_tables(store, out, columns, stale, gone, len(docs))
        last = {"header": columns, "aggregates": False}
    else:
        tallies = None
    if aggregates and not last["aggregates"]:
        write_aggregates(out, store, tallies)
    store.set_meta("exported", {"header": columns, "aggregates": aggregates or last["aggregates"],
                                "files": _written(out)})
    params["n_documents"] = int(len(docs))
    params["n_statements"] = int(docs["n_statements"].fillna(0).sum()) if len(docs) else 0
    params["n_reposts"] = int((docs["duplicate_of"].fillna("") != "").sum()) if len(docs) else 0
    params["n_failed"] = int(docs["status"].astype(str).str.startswith("failed").sum()) if len(docs) else 0
    write_text(out / "run.json", json.dumps(params, indent=2, default=str))


def write_aggregates(out: Path, store: Store, tallies=None) -> None:
    """Aggregate tables from the given tallies, else from the store's (when they are of these
    statements), else from ``statements.parquet`` a batch at a time (see ``tally_parquet``), keeping
    those tallies in the store for the next export."""
    from .aggregate import dump_tallies, load_tallies, tables_of, tally_parquet, write_tables

    key = _tally_key(statement_columns(store.stance_targets()))
    stored = store.tallies() if tallies is None else None
    if stored is not None and stored[0] == key:
        tallies = load_tallies(stored[1])
    if tallies is None:
        tallies = tally_parquet(out / "statements.parquet")
        store.set_rendered([], tallies=(key, dump_tallies(tallies)))
    write_tables(tables_of(tallies), out)
