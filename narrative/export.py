"""Write a run's stored tables as CSV and Parquet, aggregates and ``run.json``.

Rows are streamed from the run store straight into ``csv.writer`` (one SQL
scan in corpus order, no DataFrames), and the Parquet twin is converted from
that CSV by Arrow's streaming reader, so exporting costs about a second per
100,000 statements and memory does not grow with the corpus. Every file is
written to a temporary sibling and renamed into place.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

from .io import atomic_path, write_table, write_text
from .schema import FRAME_HITS, STATEMENTS
from .store import Store

#: Column types of the Parquet tables; every other column is text.
INTEGER = {"start", "end", "n_words"}
BOOLEAN = {"duplicate"}

_STORED = ["statement_id", "doc_id", "outlet", "date", "speaker", "speaker_role", "speaker_mention", "kind", "cue",
           "text", "start", "end", "duplicate", "frames", "stance", "stance_evidence", "n_words", "scores"]


def statement_columns(stance_targets) -> list[str]:
    """The header of ``statements.csv``: the documented columns, evidence, words, one stance per target.

    >>> statement_columns(["axis"])[-3:]
    ['stance_evidence', 'n_words', 'stance_axis']
    """
    return STATEMENTS + ["stance_evidence", "n_words"] + [f"stance_{t}" for t in stance_targets]


# CROSS JOIN makes SQLite walk documents in corpus order and each document's rows by key: no sort of
# the whole table (which would hold it all in memory).
def _statement_rows(store: Store, targets: list[str]):
    keys = [f"stance_{t}" for t in targets]
    cols = ", ".join(f's."{c}"' for c in _STORED)
    for row in store.db.execute(f"SELECT {cols} FROM documents d CROSS JOIN statements s ON s.doc_id = d.doc_id "
                                f"ORDER BY d.ord, s.seq"):
        *values, scores = row
        values[12] = bool(values[12])
        scores = json.loads(scores or "{}")
        yield values + [scores.get(k, "") for k in keys]


def _hit_rows(store: Store):
    cols = ", ".join(f'h."{c}"' for c in FRAME_HITS)
    yield from store.db.execute(f"SELECT {cols} FROM documents d CROSS JOIN frame_hits h ON h.doc_id = d.doc_id "
                                f"ORDER BY d.ord, h.rowid")


def stance_targets(store: Store) -> list[str]:
    """Target ids of the stored stance scores, in the order they were scored."""
    row = store.db.execute("SELECT scores FROM statements WHERE scores IS NOT NULL AND scores != '{}' "
                           "LIMIT 1").fetchone()
    return [k[len("stance_"):] for k in json.loads(row[0])] if row else []


def write_csv_and_parquet(path: Path, header: list[str], rows) -> int:
    """Write ``rows`` under ``header`` to ``path`` (CSV) and its ``.parquet`` twin; returns the row count."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    n = 0
    with atomic_path(path) as csv_tmp, atomic_path(path.with_suffix(".parquet")) as pq_tmp:
        with open(csv_tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                n += 1
        types = {c: pa.int64() if c in INTEGER else pa.bool_() if c in BOOLEAN
                 else pa.float64() if c == "stance" or c.startswith("stance_") and c != "stance_evidence"
                 else pa.string() for c in header}
        reader = pacsv.open_csv(
            csv_tmp, read_options=pacsv.ReadOptions(block_size=1 << 20),  # small blocks: peak memory,
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=False,
                                                 quoted_strings_can_be_null=False))
        schema = pa.schema([(c, types[c]) for c in header])
        with pq.ParquetWriter(pq_tmp, schema) as pq_writer:
            for batch in reader:
                pq_writer.write_batch(batch)
    return n


def export(store: Store, out: Path, params: dict, aggregates: bool = True) -> None:
    """Write documents, statements and frame hits (CSV and Parquet), aggregates and ``run.json``."""
    out = Path(out)
    docs = store.documents()
    write_table(docs, out / "documents.csv")
    targets = stance_targets(store)
    write_csv_and_parquet(out / "statements.csv", statement_columns(targets), _statement_rows(store, targets))
    write_csv_and_parquet(out / "frame_hits.csv", FRAME_HITS, _hit_rows(store))
    if aggregates:
        write_aggregates(out)
    params["n_documents"] = int(len(docs))
    params["n_statements"] = int(docs["n_statements"].fillna(0).sum()) if len(docs) else 0
    params["n_reposts"] = int((docs["duplicate_of"].fillna("") != "").sum()) if len(docs) else 0
    params["n_failed"] = int(docs["status"].astype(str).str.startswith("failed").sum()) if len(docs) else 0
    write_text(out / "run.json", json.dumps(params, indent=2, default=str))


def write_aggregates(out: Path) -> None:
    """Aggregate tables from ``statements.parquet``, in bounded memory (see ``aggregate_parquet``)."""
    from .aggregate import aggregate_parquet

    aggregate_parquet(out / "statements.parquet", out)
