"""``analyze --engine dask``: the per-document pipeline on a Dask distributed cluster.

The driver lists the corpus files and hands Dask a bag of (file index, path)
partitions; each task reads its own files from the shared filesystem, joins
the broadcast metadata, runs :func:`narrative.pipeline.process_chunk` with a
:class:`~narrative.pipeline.Context` cached once per worker process, and
writes its own Parquet files under deterministic names::

    OUT/statements/part-00000.parquet   OUT/frame_hits/part-00000.parquet
    OUT/documents/part-00000.parquet    OUT/signatures/part-00000.parquet

Only small summaries (doc ids, warnings, counts) travel back. The driver then
finds reposts from the signatures, has the partitions holding reposts
rewritten with ``duplicate_of`` and the statements' ``duplicate`` flag
(another Dask round), and writes ``reposts.csv`` and ``run.json``. Statements
equal those of ``pipeline.run`` (row order aside). Dask does all scheduling;
there is no run store, so nothing is reused between runs.
"""
from __future__ import annotations

import contextlib
import io as _io
import json
import os
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd

from . import pipeline
from .errors import NarrativeError
from .ingest import META_FIELDS, corpus_files, read_file, read_metadata, warn
from .io import atomic_path, write_table, write_text
from .reposts import find_reposts_signatures
from .schema import DOCUMENTS, STATEMENTS

#: ``ord`` of a record = file index * ORD_STRIDE + position in the file. Wider than 1000 so that a
#: .jsonl/.csv file of more than 1000 records cannot overlap the next file's range.
ORD_STRIDE = 1_000_000
TABLES = ("statements", "frame_hits", "documents", "signatures")
INSTALL_HINT = "--engine dask needs the optional 'dask[distributed]' package: pip install 'narrative[dask]'"


def require_dask() -> None:
    """Raise a one-line NarrativeError when the optional dask[distributed] package is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise NarrativeError(INSTALL_HINT) from None


# ----------------------------------------------------------------------------- worker side
_CONTEXTS: dict[tuple, pipeline.Context] = {}
_CONTEXT_LOCK = threading.Lock()


def worker_context(lexicon_paths, model=None, key: str = "") -> pipeline.Context:
    """The Context of this worker process for these lexicons and model, built on first use.

    ``key`` (the frames and extraction keys) makes a long-lived worker rebuild it when a
    lexicon file changed between runs at the same path.

    >>> from narrative.pipeline import _lexicon_paths
    >>> worker_context(_lexicon_paths(None)) is worker_context(_lexicon_paths(None))
    True
    """
    cache_key = (tuple(str(p) for p in lexicon_paths), str(model or ""), key)
    with _CONTEXT_LOCK:  # a worker with several threads must not build it twice
        ctx = _CONTEXTS.get(cache_key)
        if ctx is None:
            ctx = _CONTEXTS[cache_key] = pipeline.Context(list(lexicon_paths), model)
    return ctx


def _part_path(out: Path, table: str, part: int) -> Path:
    return out / table / f"part-{part:05d}.parquet"


def _write_part(df: pd.DataFrame, path: Path) -> bool:
    """Write ``df`` atomically; an empty table writes no file (and removes a stale one)."""
    if df is None or df.empty:
        path.unlink(missing_ok=True)
        return False
    with atomic_path(path) as tmp:
        df.to_parquet(tmp, index=False)
    return True


def _read_records(items, meta: dict, ext_key: str, renames: dict):
    """Records of a partition's files, as ``read_corpus`` would give them (warnings go to stderr)."""
    for file_index, read_path, shown_path in items:
        for pos, rec in enumerate(read_file(Path(read_path))):
            # Paths as the driver spelled them, so documents.path matches the local engine.
            rec["path"] = shown_path + rec["path"][len(read_path):]
            if (file_index, pos) in renames:
                rec["doc_id"] = renames[(file_index, pos)]
            for field, value in (meta or {}).get(rec["doc_id"], {}).items():
                rec[field] = value
            if rec["status"] != "ok":
                warn(f"{rec['path']}: skipped ({rec['status']})")
            rec["ord"] = file_index * ORD_STRIDE + pos
            rec["key"] = pipeline.content_key(rec, ext_key)
            yield file_index, pos, rec


def _chunks(records):
    """Bounded chunks of records, like ``pipeline.run``, so one huge .jsonl does not exhaust memory."""
    chunk, size = [], 0
    for rec in records:
        chunk.append(rec)
        size += len(rec.get("text", ""))
        if size >= pipeline.CHUNK_BYTES or len(chunk) >= 500:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def process_partition(items, part: int, out_dir: str, lexicon_paths, model, ext_key: str, frames_key: str,
                      meta: dict | None = None, renames: dict | None = None) -> dict:
    """Dask task: analyse the files of one partition and write its four Parquet parts.

    ``items`` are (file index, path to read, path to record) tuples; ``renames`` maps
    (file index, position) to a new doc_id for doc_ids already used earlier in the corpus.
    Returns a small summary: part, doc ids per file, statement and hit counts, warnings.
    """
    out, renames = Path(out_dir), renames or {}
    ctx = worker_context(lexicon_paths, model, ext_key + frames_key)
    ids: dict[int, list[str]] = {i: [] for i, _, _ in items}
    docs, statements, hits = [], [], []
    log = _io.StringIO()
    # ingest reports bad lines on stderr; capture them so the driver prints them, not a worker log.
    with contextlib.redirect_stderr(log):
        located = _read_records(items, meta, ext_key, renames)

        def records():
            for file_index, _pos, rec in located:
                ids[file_index].append(rec["doc_id"])
                yield rec

        for chunk in _chunks(records()):
            d, st, h = pipeline.process_chunk(chunk, ctx)
            docs += d
            statements.append(st)
            hits.append(h)
    st = pd.concat([s for s in statements if len(s)], ignore_index=True) if any(len(s) for s in statements) \
        else pd.DataFrame()
    if len(st):
        front = STATEMENTS + ["stance_evidence"]
        st = st[front + [c for c in st.columns if c not in front and c not in ("seq", "stance_lex", "hits_sig")]]
    ht = pd.concat([h for h in hits if len(h)], ignore_index=True) if any(len(h) for h in hits) \
        else pd.DataFrame()
    doc_df = pd.DataFrame([{k: d.get(k, "") for k in DOCUMENTS + ["ord", "key"]} for d in docs])
    sig_df = pd.DataFrame({
        "doc_id": [d["doc_id"] for d in docs if d["status"] == "ok"],
        "ord": [d["ord"] for d in docs if d["status"] == "ok"],
        "date": [d.get("date", "") for d in docs if d["status"] == "ok"],
        "n_chars": [d["n_chars"] for d in docs if d["status"] == "ok"],
        "shingles": [sorted(d.get("shingles", ())) for d in docs if d["status"] == "ok"],
    })
    for table, df in zip(TABLES, (st, ht, doc_df, sig_df)):
        _write_part(df, _part_path(out, table, part))
    return {"part": part, "ids": ids, "n_documents": len(docs), "n_statements":
            sum(d["n_statements"] for d in docs), "n_hits": len(ht), "warnings": log.getvalue()}


def mark_reposts_partition(part: int, out_dir: str, reposts: dict, original_parts: dict) -> int:
    """Dask task: set ``duplicate_of`` and the statements' ``duplicate`` flag in one partition.

    A repost's statement is a duplicate when its normalised text is among the original's
    statements (as ``pipeline._mark_reposts`` does). Returns the number of flagged statements.
    """
    out = Path(out_dir)
    doc_path = _part_path(out, "documents", part)
    docs = pd.read_parquet(doc_path)
    docs["duplicate_of"] = [reposts.get(d, "") for d in docs["doc_id"]]
    _write_part(docs, doc_path)
    st_path = _part_path(out, "statements", part)
    if not st_path.exists():
        return 0
    st = pd.read_parquet(st_path)
    voiced = st["kind"] != "narration"
    flags = pd.Series(False, index=st.index)
    for doc_id, orig in reposts.items():
        src = _part_path(out, "statements", original_parts[orig])
        if not src.exists():
            continue
        o = pd.read_parquet(src, columns=["doc_id", "kind", "text"], filters=[("doc_id", "==", orig)])
        original = {pipeline._norm(t) for t in o.loc[o["kind"] != "narration", "text"]}
        mine = voiced & (st["doc_id"] == doc_id)
        flags[mine] = [pipeline._norm(t) in original for t in st.loc[mine, "text"]]
    st["duplicate"] = flags.to_numpy()
    _write_part(st, st_path)
    return int(flags.sum())


# ----------------------------------------------------------------------------- driver side
def _metadata(path: Path, metadata) -> tuple[dict | None, Path | None]:
    """doc_id -> {field: value} of the non-empty metadata fields, read once in the driver."""
    meta_path = Path(metadata) if metadata else (path / "metadata.csv" if path.is_dir() else None)
    if not (meta_path and (metadata or meta_path.exists())):
        return None, None
    frame = read_metadata(meta_path)
    fields = [f for f in META_FIELDS if f in frame.columns]
    meta = {}
    for doc_id, row in zip(frame.index, frame[fields].itertuples(index=False, name=None)):
        meta[doc_id] = {f: str(v).strip() for f, v in zip(fields, row) if str(v).strip()}
    return meta, meta_path


def _renames(files, ids_by_file: dict[int, list[str]]) -> tuple[dict, list[str]]:
    """Replay ``read_corpus``'s renaming of doc_ids already used, over the whole corpus in order."""
    seen, renames, warnings = set(), {}, []
    for file_index in sorted(ids_by_file):
        for pos, doc_id in enumerate(ids_by_file[file_index]):
            if doc_id in seen:
                warnings.append(f"{files[file_index]}: doc_id {doc_id!r} already used; renamed")
                doc_id = renames[(file_index, pos)] = f"{doc_id}~{len(seen)}"
            seen.add(doc_id)
    return renames, warnings


def _connect(scheduler):
    """A Client on ``scheduler``, or on a new LocalCluster (one single-threaded process per core)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise NarrativeError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = LocalCluster(processes=True, n_workers=os.cpu_count() or 1, threads_per_worker=1,
                           dashboard_address=None)
    return Client(cluster), cluster


def _gather(client, futures, progress: bool, desc: str):
    from distributed import as_completed

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(futures), unit="part", desc=desc, file=sys.stderr, dynamic_ncols=True)
    for fut in as_completed(futures):
        fut.result()  # re-raises a task's exception here, with its traceback
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return client.gather(futures)


def run_dask(path, out_dir, metadata=None, lexicons=None, model=None, scheduler=None,
             files_per_partition: int = 64, progress: bool = False, command: str = "") -> dict:
    """Analyse ``path`` into partitioned Parquet under ``out_dir`` on a Dask cluster; returns run parameters.

    ``scheduler``: address of a running Dask scheduler (e.g. ``tcp://10.0.0.5:8786``) whose
    workers see ``path`` and ``out_dir`` at the same paths; without it a LocalCluster with one
    process per core is started and closed. Files are grouped ``files_per_partition`` to a task.

    >>> import tempfile, pathlib
    >>> from distributed import LocalCluster
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Title\\n\\nAli Shamkhani said the truce had been violated.\\n")
    >>> with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
    ...     params = run_dask(d, d / "out", scheduler=cluster.scheduler_address)
    >>> st = pd.read_parquet(d / "out" / "statements")
    >>> st.loc[st.kind != "narration", ["speaker", "frames"]].values.tolist()
    [['Ali Shamkhani', 'ceasefire_violation']]
    """
    require_dask()
    import dask
    import dask.bag as db

    path, out = Path(path), Path(out_dir)
    if files_per_partition < 1:
        raise NarrativeError("files per partition must be at least 1")
    lex_paths = pipeline._lexicon_paths(lexicons)
    ctx = pipeline.Context(lex_paths, model)  # validates the lexicons before a cluster is started
    model = ctx.model
    for warning in ctx.lexicon.warnings or []:
        print(f"narrative: {warning}", file=sys.stderr)
    ext_key, fr_key = pipeline.extraction_key(), pipeline.frames_key(lex_paths, model)
    files = corpus_files(path)
    meta, meta_path = _metadata(path, metadata)
    # Workers may run in another directory: they get absolute paths to read and write.
    items = [(i, str(f.resolve()), str(f)) for i, f in enumerate(files)]
    out.mkdir(parents=True, exist_ok=True)
    out_abs = str(out.resolve())
    for table in TABLES:
        (out / table).mkdir(exist_ok=True)

    client, cluster = _connect(scheduler)
    try:
        meta_ref = client.scatter(meta, broadcast=True, hash=False) if meta else None
        parts = db.from_sequence(items, partition_size=files_per_partition).to_delayed() if items else []
        task = dask.delayed(process_partition, pure=False)
        futures = client.compute([task(p, i, out_abs, lex_paths, model, ext_key, fr_key, meta_ref)
                                  for i, p in enumerate(parts)])
        summaries = _gather(client, futures, progress, "analyze")
        ids_by_file = {k: v for s in summaries for k, v in s["ids"].items()}
        renames, rename_warnings = _renames([str(f) for f in files], ids_by_file)
        if renames:
            # A doc_id used twice is only known once every file was read: redo the partitions
            # holding a renamed document with the corpus-wide renames (rare; overwrites their parts).
            part_of_file = {fi: s["part"] for s in summaries for fi in s["ids"]}
            redo = sorted({part_of_file[fi] for fi, _ in renames})
            futures = client.compute([task(parts[i], i, out_abs, lex_paths, model, ext_key, fr_key, meta_ref,
                                           {k: v for k, v in renames.items() if part_of_file[k[0]] == i})
                                      for i in redo])
            for s in _gather(client, futures, progress, "renamed"):
                summaries[s["part"]] = s
        for s in summaries:
            if s["warnings"]:
                sys.stderr.write(s["warnings"])
        for message in rename_warnings:
            warn(message)

        part_of = {d: s["part"] for s in summaries for ids in s["ids"].values() for d in ids}
        if meta is not None:
            for line, doc_id in enumerate(meta, 2):
                if doc_id not in part_of:
                    warn(f"{meta_path}:{line}: no document named {doc_id!r} in the corpus")
        reposts = _find_reposts(out, len(summaries))
        by_part: dict[int, dict] = {}
        for doc_id, orig in reposts.items():
            by_part.setdefault(part_of[doc_id], {})[doc_id] = orig
        if by_part:
            mark = dask.delayed(mark_reposts_partition, pure=False)
            futures = client.compute([mark(p, out_abs, r, {o: part_of[o] for o in r.values()})
                                      for p, r in sorted(by_part.items())])
            _gather(client, futures, False, "reposts")
        jobs = sum(client.nthreads().values())
        address = scheduler or client.scheduler.address
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    _remove_stale_parts(out, len(summaries))
    write_table(pd.DataFrame(sorted(reposts.items()), columns=["doc_id", "duplicate_of"]), out / "reposts.csv",
                parquet=False)
    n_docs = sum(s["n_documents"] for s in summaries)
    params = pipeline.run_params(
        path, metadata, lex_paths, model, jobs, command,
        documents_processed=n_docs, documents_reused=0,
        n_documents=n_docs, n_statements=sum(s["n_statements"] for s in summaries), n_reposts=len(reposts),
        engine="dask", scheduler=scheduler or f"LocalCluster {address}", partitions=len(summaries))
    write_text(out / "run.json", json.dumps(params, indent=2, default=str))
    return params


def _find_reposts(out: Path, n_parts: int) -> dict[str, str]:
    """Reposts from the signature parts, fed in corpus order so ties resolve as in ``pipeline.run``."""
    import pyarrow.parquet as pq

    frames = [pq.read_table(p).to_pandas() for p in
              (_part_path(out, "signatures", i) for i in range(n_parts)) if p.exists()]
    if not frames:
        return {}
    sigs = pd.concat(frames, ignore_index=True).sort_values("ord", kind="stable")
    return find_reposts_signatures((d, np.asarray(s, dtype=np.uint32), date, n) for d, s, date, n in
                                   sigs[["doc_id", "shingles", "date", "n_chars"]].itertuples(index=False))


def _remove_stale_parts(out: Path, n_parts: int) -> None:
    """Drop parts a previous run with more partitions left behind."""
    for table in TABLES:
        for p in (out / table).glob("part-*.parquet"):
            try:
                if int(p.stem.split("-")[1]) >= n_parts:
                    p.unlink()
            except (ValueError, IndexError):
                continue
