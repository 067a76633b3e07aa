"""Write a run's stored tables as CSV and Parquet, aggregates and ``run.json``.

Each document's rows are rendered to CSV text once (``csv.writer``, no
DataFrames) and kept in the run store; an export concatenates them in corpus
order, rendering only the documents that changed since the last export, and
writes the Parquet tables from the same text, parsed by Arrow a block of
documents at a time. While the last export's files are untouched, the rows of
unchanged documents are copied from them instead (CSV bytes, Parquet rows, by
the layout the store keeps), and nothing is written when nothing changed. The
aggregates' tallies are updated for the changed documents. So a re-run after a
small change re-exports in a fraction of a full export, and memory does not
grow with the corpus. Every file is written to a temporary sibling and renamed
into place.
"""
from __future__ import annotations

import bisect
import contextlib
import csv
import io
import itertools
import json
import os
import re
from collections import deque
from pathlib import Path

import numpy as np
import pandas as pd

from .io import atomic_path, write_table, write_text
from .schema import FRAME_HITS, STATEMENTS, is_score
from .store import Store, scores_reader

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


def _render(store: Store, doc_ids: list[str], targets: list[str], old: dict | None = None,
            diffs: dict | None = None) -> list[tuple]:
    """(doc_id, statements CSV rows, frame hits CSV rows) of each document, as text without a header:
    its draft when a worker left one (see :func:`drafts`), else rendered from the stored rows.

    ``old``: the documents' last rendered rows (see :meth:`Store.rendered_of`); those of a document
    whose only stale rows are some statements' (a reframe) are kept, and only those statements'
    rows and hits are rendered (see :func:`_patch`); ``diffs`` (if given) gets those documents' changed
    statement rows, before and after, as CSV text.
    """
    header = ",".join(statement_columns(targets))
    done = store.drafts_of(doc_ids, header)
    rest = [d for d in doc_ids if d not in done]
    if rest:
        old = old or {}
        some = {d: old[d][3] for d in rest if d in old and old[d][0] == header and old[d][3] is not None}
        keys, read = [f"stance_{t}" for t in targets], scores_reader()
        rows = ((*v[:12], bool(v[12]), *v[13:-1], *map(read(v[-1]).get, keys, itertools.repeat("")))
                for v in store.statement_rows(rest, _STORED, some))  # the last value is the scores JSON
        statements = _csv_by_document(rows, rest)
        hits = _csv_by_document(store.hit_rows(rest, some), rest)
        for d in rest:
            texts = (statements[d], hits[d])
            if d in some:
                patched = _patch(old[d][1], old[d][2], some[d], *texts)
                if patched is None:  # the old rows are not what they should be: render them all
                    texts = _render(store, [d], targets)[0][1:]
                else:
                    texts = patched[:2]
                    if diffs is not None:
                        diffs[d] = patched[2], statements[d]
            done[d] = texts
    return [(d, *done[d]) for d in doc_ids]


#: The start of a document's first CSV row: its statement id, "<doc_id>:<seq>", then a comma. An id
#: the CSV writer quotes never matches, so :func:`_patch` finds no row and the document is rendered whole.
_ROW_START = re.compile(r'[^,"\n]*:(\d+),')
_SEQ = re.compile(r'(\d+),')


def _row_starts(text: str) -> list[tuple[int, int]]:
    """(seq, offset) of each row of a document's statement or hit rows (CSV text as ``csv.writer``
    writes it, "\\n" line ends, every row starting with the same document's statement id): a line
    starting with that id starts a row when an even number of quote marks precede it (else it is
    inside a quoted value).

    >>> _row_starts('d:0,"x\\nd:7, no",1\\nd:1,y\\nd:1,z\\n')
    [(0, 0), (1, 18), (1, 24)]
    """
    first = _ROW_START.match(text)
    if first is None:
        return []
    # str.find of the id after a line end, not a multi-line regex: that tries every position of
    # megabytes of rows in Python's regex engine.
    starts, parity, at = [(int(first.group(1)), 0)], 0, 0
    prefix = "\n" + text[:first.start(1)]
    pos = text.find(prefix)
    while pos >= 0:
        pos += 1
        seq = _SEQ.match(text, pos + len(prefix) - 1)
        if seq is not None:
            parity = (parity + text.count('"', at, pos)) % 2
            at = pos
            if not parity:
                starts.append((int(seq.group(1)), pos))
        pos = text.find(prefix, pos)
    return starts


def _patch(old_statements: str, old_hits: str, changed: set[int], statements: str, hits: str):
    """A document's rendered rows after some of its statements (``changed`` seqs) changed their frames
    and stance: (statement rows, hit rows, the replaced statement rows). Each of those statements'
    old row gives way to its new one (in ``statements``) and its block of old hits (none or some)
    to its new hits (in ``hits``); rows are in statement order. None when the old rows do not hold
    each changed statement once, in order.

    >>> old = 'd:0,x\\nd:1,"y\\n"\\nd:2,z\\n'
    >>> _patch(old, 'd:0,h0\\nd:2,h2\\n', {1}, 'd:1,"Y\\n"\\n', 'd:1,H1\\nd:1,H1b\\n')
    ('d:0,x\\nd:1,"Y\\n"\\nd:2,z\\n', 'd:0,h0\\nd:1,H1\\nd:1,H1b\\nd:2,h2\\n', 'd:1,"y\\n"\\n')
    """
    out, replaced = [], ""
    for old, new in ((old_statements, statements), (old_hits, hits)):
        starts, fresh = _row_starts(old), _row_starts(new)
        seqs, fresh_seqs = [k for k, _ in starts], [k for k, _ in fresh]
        if seqs != sorted(seqs) or fresh_seqs != sorted(fresh_seqs) or not set(fresh_seqs) <= changed:
            return None
        parts, at = [], 0
        for k in sorted(changed):
            lo, hi = bisect.bisect_left(seqs, k), bisect.bisect_right(seqs, k)
            if old is old_statements and (hi - lo != 1 or fresh_seqs.count(k) != 1):
                return None
            start, end = (starts[i][1] if i < len(starts) else len(old) for i in (lo, hi))
            a, b = bisect.bisect_left(fresh_seqs, k), bisect.bisect_right(fresh_seqs, k)
            parts += [old[at:start], new[fresh[a][1] if a < len(fresh) else len(new):
                                         fresh[b][1] if b < len(fresh) else len(new)]]
            if old is old_statements:
                replaced += old[start:end]
            at = end
        parts.append(old[at:])
        out.append("".join(parts))
    return out[0], out[1], replaced


def drafts(statements, hits, doc_ids: list[str]) -> list[tuple]:
    """``(doc_id, header, statements CSV, hits CSV)`` of freshly processed documents, rendered as
    :func:`_render` renders their stored rows, so that the worker that processed a chunk renders it
    (``Store.put`` keeps these drafts until the next export).

    >>> import pandas as pd
    >>> st = pd.DataFrame({"statement_id": ["a:0"], "doc_id": ["a"], "seq": [0], "outlet": [""], "date": [""], "speaker": ["X"],
    ...     "speaker_role": ["official"], "speaker_mention": ["X"], "kind": ["indirect"], "cue": ["said"],
    ...     "text": ["it, ended"], "start": [0], "end": [9], "duplicate": [False], "frames": [""], "stance": [0.5],
    ...     "stance_evidence": ["cue +x"], "n_words": [2], "stance_axis": [0.5]})
    >>> [(d, text.splitlines()) for d, _, text, _ in drafts(st, pd.DataFrame(columns=FRAME_HITS), ["a", "b"])]
    [('a', ['a:0,a,,,X,official,X,indirect,said,"it, ended",0,9,False,,0.5,cue +x,2,0.5']), ('b', [])]
    """
    keys = [c for c in statements.columns if is_score(c) and c != "stance"]
    header = ",".join(statement_columns([k[len("stance_"):] for k in keys]))
    # The stored row's values, as SQLite gives them back: whole columns as lists, zipped.
    columns = [statements[c].tolist() if c in statements else [None] * len(statements) for c in _STORED]
    columns[_STORED.index("duplicate")] = statements["duplicate"].fillna(False).astype(bool).tolist()
    columns[_STORED.index("n_words")] = statements["n_words"].astype(int).tolist()
    stance = _STORED.index("stance")
    columns[stance] = [None if v != v else v for v in columns[stance]]  # SQLite keeps NaN as NULL
    # A score read back from its stored JSON is the same float (or None, NaN) as written.
    texts = _csv_by_document(zip(*columns, *(statements[k].tolist() for k in keys)), doc_ids)
    hit_texts = _csv_by_document(zip(*(hits[c].tolist() for c in FRAME_HITS)) if len(hits) else (), doc_ids)
    return [(d, header, texts[d], hit_texts[d]) for d in doc_ids]


def _csv_by_document(rows, doc_ids: list[str]) -> dict[str, str]:
    """doc_id -> CSV text of the ``rows`` (statement or frame hit values) whose second value is that
    doc_id."""
    out = {d: io.StringIO() for d in doc_ids}
    writers = {d: csv.writer(out[d], lineterminator="\n") for d in doc_ids}
    for row in rows:
        writers[row[1]].writerow(row)
    return {d: f.getvalue() for d, f in out.items()}


#: An export updates the stored tallies when at most this many documents (and this share of the
#: corpus) changed; above that, it tallies the whole statements table again, in batches.
DELTA_DOCS, DELTA_SHARE = 5000, 0.2
DELTA_BATCH = 500  # documents whose old and new rows are parsed together
DELTA_ROWS = 100_000  # changed rows (old and new) gathered before they are tallied


def _write_tables(store: Store, out: Path, columns: list[str], stale: list[str], gone: list[str], n_docs: int,
                 reuse: dict | None = None):
    """statements.csv and frame_hits.csv (and their Parquet twins) from per-document rendered rows:
    (the aggregate tallies of the statements when they could be updated, else None; the ExitStack
    that finishes writing, see :func:`_concatenate`).

    Each document's rows are rendered once and kept in the store (``rendered``); a later export
    renders only the documents that changed (``stale``: new, re-extracted, re-framed, repost flags
    changed; ``gone``: removed), then concatenates the text in corpus order. When few changed, the
    stored tallies are updated in the same transaction: minus the changed documents' old rows, plus
    their new ones. ``reuse``: see :func:`_concatenate`.
    """
    from .aggregate import Tally, dump_tallies, load_tallies, tally_all

    header = ",".join(columns)
    targets = [c[len("stance_"):] for c in columns[len(statement_columns([])):]]
    stored = store.tallies()
    key = _tally_key(columns)
    tallies = None
    if stored is not None and stored[0] == key and \
            len(stale) + len(gone) <= min(DELTA_DOCS, max(50, DELTA_SHARE * n_docs)):
        tallies, rows, changed, removed = load_tallies(stored[1]), [], stale + gone, set(gone)
        minus, plus = [], []  # changed rows not yet tallied, old and new

        def fold():  # old rows out, new ones in, in one sum per table: a row's two tallies cancel exactly
            nonlocal tallies
            if minus:
                out_, in_ = (tally_all(pd.concat(dfs, ignore_index=True)) for dfs in (minus, plus))
                tallies = {k: Tally.merge([t, -out_[k], in_[k]]) for k, t in tallies.items()}
                minus.clear(), plus.clear()

        for i in range(0, len(changed), DELTA_BATCH):  # a batch of documents at a time: parsed rows take room
            part = changed[i:i + DELTA_BATCH]
            old = store.rendered_of(part)
            if any(v[0] != header for v in old.values()):
                tallies = None  # rows of another header: tally everything again
                break
            diffs = {}  # a document whose statements only changed frames: its changed rows are enough
            new = _render(store, [d for d in part if d not in removed], targets, old, diffs)
            rows += [(d, header, st, hits) for d, st, hits in new]
            before, after = _changed_rows(
                _parse("".join(diffs[d][0] if d in diffs else v[1] for d, v in old.items()), columns),
                _parse("".join(diffs[d][1] if d in diffs else st for d, st, _ in new), columns))
            if len(before) or len(after):
                minus.append(before), plus.append(after)
            if sum(map(len, minus)) + sum(map(len, plus)) > DELTA_ROWS:
                fold()
        if tallies is not None:
            fold()
            store.set_rendered(rows, drop=gone, tallies=(key, dump_tallies(tallies)))
    if tallies is None:  # many changed (or a first export): render in batches, tally from Parquet
        for i in range(0, len(stale), 500):
            part = stale[i:i + 500]
            store.set_rendered([(d, header, st, hits) for d, st, hits in
                                _render(store, part, targets, store.rendered_of(part))])
        store.set_rendered([], drop=gone)
    return tallies, _concatenate(store, out, columns, set(stale), reuse)


def _changed_rows(old, new) -> tuple:
    """The rows of ``old`` and ``new`` (parsed statement rows of the same documents, before and after a
    change) whose tallies differ. A document that kept the same statements, equal in every column but
    frames and stance (a reframe), gives only its rows whose frames or stance changed: its other rows
    would add and subtract the same counts, and its documents per group stay the same on both sides.
    Any other document gives all its rows, old and new.

    >>> old = pd.DataFrame({"statement_id": ["a:0", "a:1", "b:0"], "doc_id": ["a", "a", "b"],
    ...                     "speaker": ["X", "Y", "Z"], "frames": ["", "war", ""], "stance": [0.0, 0.5, 0.1]})
    >>> new = old.assign(frames=["truce", "war", ""], speaker=["X", "Y", "W"])
    >>> [df["statement_id"].tolist() for df in _changed_rows(old, new)]
    [['a:0', 'b:0'], ['a:0', 'b:0']]
    """
    varying = [c for c in new.columns if c == "frames" or c.startswith("stance")]
    if list(old.columns) != list(new.columns) or not (old["statement_id"].is_unique and new["statement_id"].is_unique):
        return old, new
    a, b = old.set_index("statement_id"), new.set_index("statement_id")
    common = a.index.intersection(b.index)
    a, b = a.loc[common], b.loc[common]

    def same(columns) -> np.ndarray:
        eq = np.ones(len(common), dtype=bool)
        for c in columns:
            x, y = a[c], b[c]
            eq &= ((x == y) | (x.isna() & y.isna())).to_numpy(dtype=bool)
        return eq

    # Python sets and lists (tolist), not Series.isin or iteration: both are slow on Arrow strings.
    pairs = [list(zip(df["statement_id"].tolist(), df["doc_id"].tolist())) for df in (old, new)]
    ids = set(common.tolist())
    whole = {d for rows in pairs for s, d in rows if s not in ids}
    whole.update(itertools.compress(a["doc_id"].tolist(), ~same([c for c in a.columns if c not in varying])))
    keep = set(itertools.compress(common.tolist(), ~same(varying)))
    return tuple(df.loc[[s in keep or d in whole for s, d in rows]] for df, rows in zip((old, new), pairs))


def _tally_key(columns: list[str]) -> str:
    """What stored tallies must match to be updated: the statement columns and the tally code."""
    from .aggregate import TALLY_VERSION

    return f"{','.join(columns)}|tally {TALLY_VERSION}"


def _types(header: list[str]) -> dict:
    import pyarrow as pa

    return {c: pa.int64() if c in INTEGER else pa.bool_() if c in BOOLEAN
            else pa.float64() if is_score(c)
            else pa.string() for c in header}


def _types_schema(header: list[str]):
    import pyarrow as pa

    return pa.schema(list(_types(header).items()))


def _convert_options(header: list[str]):
    import pyarrow.csv as pacsv

    return pacsv.ConvertOptions(column_types=_types(header), strings_can_be_null=False,
                                quoted_strings_can_be_null=False)


def _parse(text: str, header: list[str]):
    """Rendered statement rows (CSV text without a header) as a DataFrame, parsed exactly as the
    Parquet export parses them (no rows: an empty table of these columns)."""
    table = _parse_table(text, header)
    if table is None:
        table = _types_schema(header).empty_table()
    return table.to_pandas()


#: Rendered text gathered before it is parsed for Parquet, per table (bounds memory); blocks end on
#: document boundaries after this many bytes, and each block is one Parquet row group.
PARQUET_BLOCK = 8_000_000


class _OldRows:
    """Rows of the last export's Parquet file by row number, reading each row group once when asked
    for in order (a spliced export reads them in the old file's order)."""

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        self.file = pq.ParquetFile(path)
        sizes = [self.file.metadata.row_group(i).num_rows for i in range(self.file.num_row_groups)]
        self.starts = [0] + list(itertools.accumulate(sizes))
        self.group, self.table = -1, None

    def take(self, row: int, n: int):
        parts = []
        while n > 0:
            g = bisect.bisect_right(self.starts, row) - 1
            if g != self.group:
                self.group, self.table = g, self.file.read_row_group(g)
            part = self.table.slice(row - self.starts[g], n)
            parts.append(part)
            row, n = row + part.num_rows, n - part.num_rows
        return parts


def _concatenate(store: Store, out: Path, columns: list[str], changed: set[str], reuse: dict | None):
    """Write statements.csv and frame_hits.csv as the rendered rows in corpus order, and their Parquet
    twins from the same text, and record where each document's rows are in them.

    With ``reuse`` (the last export's layout, its files untouched since), the rows of a document not
    in ``changed`` are copied from the last export's files (CSV bytes, decoded Parquet rows) instead
    of being read from the store and parsed again. Blocks, hence row groups, end at the same
    documents either way, so the files are the same byte for byte.

    The CSV files are written here; the Parquet blocks (old rows read, new ones parsed by Arrow, which
    releases the GIL) in a thread that may still be writing on return. Returns an ExitStack whose
    closing waits for it, puts every file in place (or none, on an error) and stores the layout; the
    caller can work meanwhile.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    from concurrent.futures import ThreadPoolExecutor

    tables = {"statements": columns, "frame_hits": FRAME_HITS}
    order = None if reuse is None else store.doc_order()
    need = None if reuse is None else [d for d in order if d in changed or d not in reuse]
    counts = store.row_counts(need)  # rows per document, for the layout
    layout = []
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: store.set_layout(layout))  # last: once every file is in place
        csvs, writers, old_csv, old_rows = {}, {}, {}, {}
        for name, header in tables.items():
            if reuse is not None:
                old_csv[name] = stack.enter_context(open(out / f"{name}.csv", "rb"))
                old_rows[name] = _OldRows(out / f"{name}.parquet")
            tmp = stack.enter_context(atomic_path(out / f"{name}.csv"))
            csvs[name] = stack.enter_context(open(tmp, "wb"))
            text = io.StringIO()
            csv.writer(text, lineterminator="\n").writerow(header)
            csvs[name].write(text.getvalue().encode("utf-8"))
            types = _types(header)
            tmp = stack.enter_context(atomic_path(out / f"{name}.parquet"))
            writers[name] = stack.enter_context(pq.ParquetWriter(tmp, pa.schema([(c, types[c]) for c in header])))
        pending = deque()
        stack.callback(lambda: [f.result() for fs, _ in pending for f in fs])  # after the threads: raise an error
        # One thread per table, so that each table's blocks are written in order.
        threads = {name: stack.enter_context(ThreadPoolExecutor(max_workers=1)) for name in tables}
        names = list(tables)
        at = {name: [csvs[name].tell(), 0] for name in names}   # byte offset, row number in the new files
        copying = {name: None for name in names}               # [old offset, length] of bytes to copy
        pieces = {name: [] for name in names}                  # this block: old row runs and new text
        size = 0

        def flush_copy(name):
            if copying[name] is not None:
                _copy_bytes(old_csv[name], csvs[name], *copying[name])
                copying[name] = None

        def write_block(name, block_pieces):
            table = _block_table(block_pieces, old_rows.get(name), tables[name])
            if table is not None:
                writers[name].write_table(table)

        def submit():
            new = sum(map(len, (d for name in names for x in pieces[name] if x[0] == "new" for d in x[1])))
            pending.append(([threads[name].submit(write_block, name, pieces[name]) for name in names], new))
            for name in names:
                pieces[name] = []
            while sum(n for _, n in pending) > 3 * PARQUET_BLOCK:  # bounds the new text held
                for future in pending.popleft()[0]:
                    future.result()

        for doc_id, texts in _documents(store, order, need):
            entry = [doc_id]
            for i, name in enumerate(names):
                offset, row = at[name]
                if texts is None:  # unchanged since the last export: copy its bytes and rows
                    old_offset, length, old_row, n = reuse[doc_id][4 * i:4 * i + 4]
                    run = copying[name]
                    if run is not None and run[0] + run[1] == old_offset:
                        run[1] += length
                    else:
                        flush_copy(name)
                        copying[name] = [old_offset, length]
                    _add(pieces[name], ("old", old_row, n))
                else:
                    flush_copy(name)
                    data = texts[i]
                    csvs[name].write(data)
                    length, n = len(data), counts.get(doc_id, (0, 0))[i]
                    _add(pieces[name], ("new", [data], n))
                at[name] = [offset + length, row + n]
                entry += [offset, length, row, n]
                size += length
            layout.append(tuple(entry))
            if size >= PARQUET_BLOCK:
                submit()
                size = 0
        for name in names:
            flush_copy(name)
        submit()
        return stack.pop_all()


def _copy_bytes(src, dst, offset: int, length: int) -> None:
    """Append ``length`` bytes of ``src`` from ``offset`` to ``dst`` (both binary files), in the kernel
    where it can (``os.copy_file_range``: the bytes do not pass through Python's buffers)."""
    dst.flush()
    try:
        while length > 0:
            n = os.copy_file_range(src.fileno(), dst.fileno(), length, offset)
            if n == 0:
                raise OSError("copy_file_range copied nothing")
            offset, length = offset + n, length - n
        dst.seek(0, os.SEEK_END)  # the kernel moved the file's offset, not the buffered writer's idea of it
        return
    except (AttributeError, OSError):  # no such call here (another OS, file system): copy through Python
        dst.seek(0, os.SEEK_END)
    src.seek(offset)
    while length > 0:
        data = src.read(min(length, 1 << 22))
        if not data:
            raise OSError(f"{getattr(src, 'name', 'file')} is shorter than its recorded layout")
        dst.write(data)
        length -= len(data)


def _add(pieces: list, piece: tuple):
    """Append ``piece`` to a block's pieces, merging it with the last one when they join up: ("old",
    first row, rows) of the last export's file, or ("new", CSV byte strings, rows)."""
    if pieces and pieces[-1][0] == piece[0] == "old" and pieces[-1][1] + pieces[-1][2] == piece[1]:
        pieces[-1] = ("old", pieces[-1][1], pieces[-1][2] + piece[2])
    elif pieces and pieces[-1][0] == piece[0] == "new":
        pieces[-1][1].extend(piece[1])
        pieces[-1] = ("new", pieces[-1][1], pieces[-1][2] + piece[2])
    else:
        pieces.append(piece)


def _block_table(pieces: list, old_rows, header: list[str]):
    """One block of rows (see :func:`_add`) as a single-chunk Arrow table (so the Parquet bytes do not
    depend on where the rows came from); None for no rows. The new text is parsed in one go (a
    parse per document cost more than the parsing) and cut by the pieces' row counts."""
    import pyarrow as pa

    new = [piece for piece in pieces if piece[0] == "new"]
    parsed = _parse_bytes(b"".join(data for piece in new for data in piece[1]), header)
    if (parsed.num_rows if parsed is not None else 0) != sum(piece[2] for piece in new):
        raise ValueError("the run store's rendered rows do not match its row counts; run `narrative analyze` "
                         "into a new folder")
    tables, at = [], 0
    for piece in pieces:
        if piece[0] == "old":
            tables += old_rows.take(piece[1], piece[2]) if piece[2] else []
        elif piece[2]:
            tables.append(parsed.slice(at, piece[2]))
            at += piece[2]
    if not tables:
        return None
    return pa.concat_tables(tables).combine_chunks()


def _documents(store: Store, order: list[str] | None, need: list[str] | None):
    """(doc_id, (statement rows, hit rows) as UTF-8 CSV bytes) of every document in corpus order, or
    of the ``need`` documents of ``order`` only (the others with None: their rows are copied)."""
    if order is None:
        for doc_id, _, st, hits in store.rendered():
            yield doc_id, ((st or "").encode("utf-8"), (hits or "").encode("utf-8"))
        return
    wanted, fetched, k = set(need), {}, 0
    for doc_id in order:
        if doc_id not in wanted:
            yield doc_id, None
            continue
        if doc_id not in fetched:
            fetched = store.rendered_texts(need[k:k + 500])
            k += 500
        st, hits = fetched[doc_id]
        yield doc_id, ((st or "").encode("utf-8"), (hits or "").encode("utf-8"))


def _parse_table(text: str, header: list[str]):
    """CSV rows (no header) as an Arrow table with the export's column types; None for no rows."""
    return _parse_bytes(text.encode("utf-8"), header) if text else None


def _parse_bytes(data: bytes, header: list[str]):
    import pyarrow.csv as pacsv

    if not data:
        return None
    return pacsv.read_csv(io.BytesIO(data), read_options=pacsv.ReadOptions(column_names=header),
                          parse_options=pacsv.ParseOptions(newlines_in_values=True),
                          convert_options=_convert_options(header))


#: The files an export writes besides documents.csv and run.json (and the aggregates/ folder).
TABLES = ("statements.csv", "statements.parquet", "frame_hits.csv", "frame_hits.parquet")


def _written(out: Path, paths) -> dict:
    """(size, modification time) of each of ``paths`` that exists, by its path in ``out`` (a run
    folder copied with its times, as ``cp -p`` or ``shutil.copytree`` do, keeps them)."""
    return {p.relative_to(out).as_posix(): [st.st_size, st.st_mtime_ns] for p in paths if p.exists()
            for st in (p.stat(),)}


def export(store: Store, out: Path, params: dict, aggregates: bool = True) -> None:
    """Write documents, statements and frame hits (CSV and Parquet), aggregates and ``run.json``.

    The last export's files are trusted only when they are as it left them (same sizes and
    modification times). Then, when no document's rows changed, the tables and aggregates are
    not written again, and when some did, the others' rows are copied from those files.
    """
    out = Path(out)
    docs = store.documents()
    write_table(docs, out / "documents.csv")
    columns = statement_columns(store.stance_targets())
    stale, gone = store.render_status(",".join(columns))
    last = store.get_meta("exported") or {}
    intact = last.get("header") == columns and last.get("tables") == _written(out, [out / n for n in TABLES])
    tallies = None
    if stale or gone or not intact:
        store.set_meta("exported", None)  # from now on the files may no longer match the store
        tallies, writing = _write_tables(store, out, columns, stale, gone, len(docs),
                                         store.layout() if intact else None)
        with writing:  # updated tallies need no tables: aggregates while Parquet is written
            if aggregates and tallies is not None:
                write_aggregates(out, store, tallies)
        last = {"header": columns, "tables": _written(out, [out / n for n in TABLES])}
        if aggregates and tallies is not None:
            last["aggregates"] = _written(out, _aggregate_files(out))
    if aggregates and last.get("aggregates") != _written(out, _aggregate_files(out)):
        write_aggregates(out, store, tallies)
        last["aggregates"] = _written(out, _aggregate_files(out))
    store.set_meta("exported", last)
    params["n_documents"] = int(len(docs))
    params["n_statements"] = int(docs["n_statements"].fillna(0).sum()) if len(docs) else 0
    params["n_reposts"] = int((docs["duplicate_of"].fillna("") != "").sum()) if len(docs) else 0
    params["n_failed"] = int(docs["status"].astype(str).str.startswith("failed").sum()) if len(docs) else 0
    write_text(out / "run.json", json.dumps(params, indent=2, default=str))


def _aggregate_files(out: Path) -> list[Path]:
    from .aggregate import TABLES as AGGREGATE_TABLES

    return [out / "aggregates" / f"by_{name}{ext}" for name in AGGREGATE_TABLES for ext in (".csv", ".parquet")]


def write_aggregates(out: Path, store: Store, tallies=None) -> None:
    """Aggregate tables from the given tallies, else from the store's (when they are of these
    statements), else from ``statements.parquet`` a batch at a time (see ``tally_parquet``), keeping
    those tallies in the store for the next export."""
    from .aggregate import Bootstraps, dump_tallies, load_tallies, tables_of, tally_parquet, write_tables

    key = _tally_key(statement_columns(store.stance_targets()))
    stored = store.tallies() if tallies is None else None
    if stored is not None and stored[0] == key:
        tallies = load_tallies(stored[1])
    if tallies is None:
        tallies = tally_parquet(out / "statements.parquet")
        store.set_rendered([], tallies=(key, dump_tallies(tallies)))
    boot = Bootstraps(store.get_meta("bootstraps") or {})  # the intervals of the last export, by their inputs
    write_tables(tables_of(tallies, boot=boot), out)
    store.set_meta("bootstraps", boot.used)
