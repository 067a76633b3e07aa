"""The main job: corpus in, documents / statements / frame hits / aggregates out.

``run(path, out_dir)`` streams the corpus in chunks of documents: workers
(``jobs``) segment, extract, frame and score each chunk; the main process
stores every chunk in the run store (``store.py``) in one transaction, finds
reposts, and exports the tables from the store (``export.py``), so memory does
not grow with the corpus. Documents whose content key is already in the store
are not processed again (files unchanged since the last run are not even
read); ``reframe`` re-scores stored statements with a new lexicon.

``analyze(path)`` runs the same job into a temporary folder and returns an
:class:`Analysis` holding the tables as DataFrames (columns in
``narrative.schema``), for notebooks.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import re
import sys
import tempfile
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .ingest import corpus_files, read_corpus
from .export import export
from .lexicons import lexicon_file
from .reposts import find_reposts_signatures, shingles
from .schema import DOCUMENTS, FRAME_HITS, STATEMENTS
from .store import Store

CHUNK_BYTES = 1_000_000
# Few documents per chunk, so that a re-run with a handful of changed documents still keeps every worker busy.
CHUNK_DOCS = 20
# Bump when extraction or repost signatures change in a way the version number does not show.
EXTRACTION_REVISION = 67
REFRAME_CHUNK_DOCS = 100  # a chunk in flight holds its statements twice (sent, returned): keep it small
EXTRACTION_DATA = ("cues.yaml", "speakers.yaml", "boilerplate.yaml")


# ----------------------------------------------------------------------------- keys
def _sha(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else str(p).encode())
        h.update(b"\0")
    return h.hexdigest()


def extraction_key() -> str:
    """Changes when the extraction code version or its data (cues, speakers, boilerplate) change."""
    return _sha(__version__, EXTRACTION_REVISION, *(lexicon_file(n).read_bytes() for n in EXTRACTION_DATA))


def frames_key(lexicon_paths, model=None) -> str:
    """Changes when a frame lexicon, the stance targets, the way stance is scored or the model change."""
    from .stance import STANCE_REVISION

    files = [Path(p) for p in lexicon_paths] + [lexicon_file("stance.yaml")]
    return _sha(__version__, STANCE_REVISION, *(p.read_bytes() for p in files), model_key(model))


def pick_model(lexicon, model):
    """The frame model of a run: ``model`` as given (a folder from ``narrative train``), none for
    "none", and, when none is given, the default model (``frame_model.DEFAULT``) if the
    ``lexicon`` has every frame it predicts (the shipped lexicon or an edited copy of it).

    >>> from narrative.lexicon import Frame, Lexicon, default_lexicon_path, load_lexicon
    >>> shipped, mine = load_lexicon(default_lexicon_path()), Lexicon([Frame("economy")])
    >>> pick_model(shipped, None), pick_model(mine, None), pick_model(shipped, "none"), pick_model(mine, "m")
    ('default', None, None, 'm')
    """
    from .frame_model import DEFAULT, NONE, default_frame_model

    if model is None:
        return DEFAULT if set(default_frame_model().labels) <= {f.id for f in lexicon.frames} else None
    return None if str(model) == NONE else model


def model_key(model) -> str:
    """What identifies a frame model in the frames key: its folder, or the default model's fingerprint
    (and the default stance model's, which comes with it)."""
    from .frame_model import DEFAULT, default_frame_model
    from .stance_model import default_stance_model

    if model == DEFAULT:
        stance = default_stance_model()
        return f"default {default_frame_model().fingerprint} {stance.fingerprint if stance else ''}"
    return str(model or "")


def _stat_signature(path) -> tuple:
    """What tells a file's version without reading it: path, size and modification time."""
    path = Path(path)
    if not path.exists():
        return (str(path), "absent")
    st = path.stat()
    return (str(path), st.st_size, st.st_mtime_ns)


def content_key(rec: dict, ext_key: str) -> str:
    return _sha(ext_key, rec["doc_id"], *(rec.get(k, "") for k in ("outlet", "title", "author", "date", "url",
                                                                    "status")), rec.get("text", ""))


# ----------------------------------------------------------------------------- workers
class Context:
    """What a worker needs, built once per process: extractor, frame matcher, stance targets, model."""

    def __init__(self, lexicon_paths, model=None):
        from .lexicon import load_lexicons

        self.lexicon = load_lexicons([Path(p) for p in lexicon_paths])  # validates before any work
        self.model = pick_model(self.lexicon, model)

    # Built on first use: with --jobs N the main process only stores and exports.
    @cached_property
    def extractor(self):
        from .extract import Extractor

        return Extractor()

    @cached_property
    def matcher(self):
        from .frames import FrameMatcher

        return FrameMatcher(self.lexicon)

    @cached_property
    def frame_model(self):
        from .frame_model import DEFAULT, default_frame_model

        if self.model == DEFAULT:
            return default_frame_model()
        from .classify import load_model

        return load_model(self.model)

    @cached_property
    def stance_model(self):
        """The default stance model, for a run with the default frame model (whose features it reads) whose
        first stance target is the shipped one; else None (the rules alone)."""
        from .frame_model import DEFAULT, default_frame_model
        from .stance import targets_for
        from .stance_model import TARGET, default_stance_model

        targets = targets_for(self.lexicon)
        if self.model != DEFAULT or not targets or targets[0].id != TARGET:
            return None
        model = default_stance_model()
        if model is not None and model.frame_model_fingerprint != default_frame_model().fingerprint:
            # (a frame model rebuilt without refitting the stance model: its features no longer line up)
            print("narrative: the stance model was fitted on another frame model, so stance comes from the rules "
                  "alone; refit it with `python -m narrative.stance_model collect` and `python -m "
                  "narrative.stance_model`", file=sys.stderr)
            return None
        return model

    def predict_frames(self, texts: list[str], features=None) -> list[list[tuple[str, float]]]:
        """(frame, probability) pairs the model gives each text (a model from ``narrative train``
        gives one confidence for all its labels); ``features``: the default model's, when computed."""
        from .frame_model import FrameModel

        model = self.frame_model
        if isinstance(model, FrameModel):
            return model.found(texts, features)
        labels, confidence = model.predict_columns(pd.DataFrame({"text": texts}), "text")
        return [[(f, float(c)) for f in value.split(";") if f] for value, c in zip(labels, confidence)]


_CTX: Context | None = None


def _init_worker(lexicon_paths, model, extract):
    global _CTX
    _CTX = Context(lexicon_paths, model)
    _CTX.matcher  # built now, while the main process still lists and reads the corpus
    if extract:
        _CTX.extractor


def _ready():
    return True


def process_document(rec: dict, ctx: Context) -> tuple[dict, list[dict]]:
    """Segment and extract one document record: (document row, statement dicts)."""
    from .segment import segment_rows

    text = rec.get("text", "") or ""
    doc = _document_row(rec)
    if rec.get("status", "ok") != "ok" or not text.strip():
        doc["status"] = rec.get("status") if rec.get("status", "ok") != "ok" else "empty text"
        doc["n_statements"] = 0
        return doc, []
    segs = segment_rows(text)
    byline = "; ".join(a for k, _, _, a in segs if k == "byline" and a)
    doc["author"] = doc.get("author") or byline
    narrator = doc["author"] or doc.get("outlet") or ""
    stmts = ctx.extractor.extract(text, segs, narration_speaker=narrator, narration_role="author",
                                   date=doc.get("date", ""))
    _own_comments(stmts, doc)
    body = " ".join(text[s:e] for k, s, e, _ in segs if k == "body")
    for i, st in enumerate(stmts):
        st.update(statement_id=f"{doc['doc_id']}:{i}", seq=i, doc_id=doc["doc_id"], outlet=doc.get("outlet", ""),
                  date=doc.get("date", ""), duplicate=False)
    doc.update(n_statements=sum(1 for st in stmts if st["kind"] != "narration"), status="ok", text=text,
               shingles=shingles(body))
    return doc, stmts


def _squashed(name: str) -> str:
    """A name's letters and digits, lower-cased, without a parenthesis, "&" spelt "and": "GlobeLine News
    (YouTube)" and "@GlobeLineNews" are both "globelinenews", "Harbour & Strait" is "HarbourAndStrait"."""
    return "".join(c for c in re.sub(r"\([^()]*\)", "", name).lower().replace("&", "and") if c.isalnum())


def _own_comments(stmts: list[dict], doc: dict) -> None:
    """A comment by the page's own outlet (a channel's pinned comment, the site answering its readers)
    is the outlet's, not a reader's (an article's author answering in the comments stays a commenter)."""
    own = _squashed(doc.get("outlet") or "")
    for st in stmts:
        if own and st["kind"] == "comment" and _squashed(st["speaker"]) == own:
            st["speaker_role"] = "outlet"


def _document_row(rec: dict) -> dict:
    doc = {k: rec.get(k, "") for k in DOCUMENTS}
    doc.update(ord=rec.get("ord", 0), key=rec.get("key", ""), n_chars=len(rec.get("text", "") or ""), text="",
               shingles=())
    return doc


def process_chunk(records: list[dict], ctx: Context | None = None):
    """Extract, frame and score a chunk of documents: (document rows, statements, frame hits)."""
    from .frames import _gc_paused

    # Extraction, frames and stance make many small objects and no cycles: with the garbage
    # collector on, its collections cost about a twentieth of the chunk's time and free nothing.
    with _gc_paused():
        return _process_chunk(records, ctx or _CTX)


def _process_chunk(records, ctx):
    docs, stmts = [], []
    for rec in records:
        try:
            doc, st = process_document(rec, ctx)
        except Exception as exc:  # noqa: BLE001 - one odd page must not end a day-long run
            doc, st = _document_row(rec), []
            doc.update(status=f"failed: {type(exc).__name__}: {exc}"[:300], n_statements=0)
        docs.append(doc)
        stmts.extend(st)
    statements = pd.DataFrame(stmts, columns=STATEMENTS + ["seq"]) if stmts else \
        pd.DataFrame(columns=STATEMENTS + ["seq"])
    texts = {d["doc_id"]: d["text"] for d in docs if d["text"]}
    statements, hits = frame_and_score(statements, texts, ctx)
    return docs, statements, hits


def _stored_chunk(records: list[dict], ctx: Context | None = None):
    """:func:`process_chunk` plus the documents' rows rendered for export (``export.drafts``): so the
    workers, not the main process, render them."""
    from .export import drafts

    docs, statements, hits = process_chunk(records, ctx)
    return docs, statements, hits, drafts(statements, hits, [d["doc_id"] for d in docs])


def frame_and_score(statements: pd.DataFrame, texts: dict, ctx: Context):
    """Frames (lexicon and optional model), stance and word counts of extracted statements."""
    from .frame_model import DEFAULT
    from .frames import hit_signatures, tag_frames
    from .stance import score_stance
    from .stance_model import apply as apply_stance_model

    statements, hits = tag_frames(statements, texts, ctx.matcher)
    statements["hits_sig"] = hit_signatures(statements["statement_id"], hits)  # of the lexicon's hits
    said = np.flatnonzero((statements["kind"] != "narration").to_numpy()) if "kind" in statements \
        else np.arange(len(statements))
    features = None  # the default frame model's features of the statements, which the stance model reads too
    if ctx.model == DEFAULT and len(said):
        features = ctx.frame_model.features(statements["text"].iloc[said].fillna("").astype(str).tolist())
    if ctx.model and len(statements):
        hits = _add_model_frames(statements, hits, ctx, said, features)
    statements = score_stance(statements, ctx.lexicon, texts)
    if ctx.stance_model is not None and len(said):
        statements = apply_stance_model(statements, ctx.stance_model, said, features)
    if "n_words" not in statements:  # kept by reframe: the text has not changed
        statements["n_words"] = statements["text"].astype(str).str.count(r"\w+") if len(statements) else []
    return statements, hits


def _add_model_frames(statements: pd.DataFrame, hits: pd.DataFrame, ctx: Context, said, features=None) -> pd.DataFrame:
    """Add the model's frames of each statement in the rows ``said`` (not the author's narration) to its
    ``frames``; each is also a frame hit, pattern ``(model)``, matched ``p=<probability>``, spanning the
    statement, so that every frame has its evidence. Returns the hits, in statement order."""
    found = ctx.predict_frames(statements["text"].iloc[said].fillna("").astype(str).tolist(), features)
    frames = statements["frames"].tolist()
    ids, docs = statements["statement_id"].tolist(), statements["doc_id"].tolist()
    starts, ends = statements["start"].tolist(), statements["end"].tolist()
    rows, at = [], []  # the new hits and the rows of their statements
    for i, pairs in zip(said, found):
        new = [(f, p) for f, p in pairs if f not in frames[i].split(";")]
        if new:
            frames[i] = ";".join([frames[i]] * bool(frames[i]) + [f for f, _ in new])
            rows += [(ids[i], docs[i], f, "(model)", f"p={p:.2f}", starts[i], ends[i], "", "") for f, p in new]
            at += [i] * len(new)
    statements["frames"] = frames
    if not rows:
        return hits
    order = {sid: k for k, sid in enumerate(ids)}
    added = pd.DataFrame(rows, columns=FRAME_HITS)
    if not added.dtypes.equals(hits.dtypes):  # (a conversion to the same types would only copy)
        added = added.astype(hits.dtypes.to_dict())
    both = pd.concat([hits, added], ignore_index=True)
    at = [order[sid] for sid in hits["statement_id"].tolist()] + [order[ids[i]] for i in at]  # sort keys
    return both.iloc[np.argsort(np.asarray(at), kind="stable")].reset_index(drop=True)


# ----------------------------------------------------------------------------- the job
@dataclass
class Analysis:
    """The tables of one run, as pandas DataFrames (columns documented in ``narrative.schema``)."""
    documents: pd.DataFrame
    statements: pd.DataFrame
    frame_hits: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FRAME_HITS))
    params: dict = field(default_factory=dict)

    def by(self, column: str, **kwargs) -> pd.DataFrame:
        """Aggregate statements per ``column`` (speaker, outlet, speaker_role, doc_id or month)."""
        from .aggregate import aggregate

        return aggregate(self.statements, column, **kwargs)

    def compare(self, a: dict, b: dict, **kwargs):
        """Compare two groups of statements, e.g. ``a={"role": "commenter"}, b={"role": "official"}``."""
        from .compare import compare

        return compare(self.statements, a, b, **kwargs)

    @classmethod
    def load(cls, out_dir) -> "Analysis":
        """Read the tables a run wrote to ``out_dir``."""
        out = Path(out_dir)

        def read(name, columns):
            path = out / name
            if path.with_suffix(".parquet").exists():
                return pd.read_parquet(path.with_suffix(".parquet"))
            if path.exists():
                return pd.read_csv(path, keep_default_na=False, dtype={"doc_id": str})
            return pd.DataFrame(columns=columns)

        params = json.loads((out / "run.json").read_text()) if (out / "run.json").exists() else {}
        return cls(read("documents.csv", DOCUMENTS), read("statements.csv", STATEMENTS),
                   read("frame_hits.csv", FRAME_HITS), params)


def analyze(path, metadata=None, lexicons=None, model=None, jobs: int = 1, progress: bool = False) -> Analysis:
    """Analyse the corpus at ``path`` (folder or file) and return its tables.

    ``lexicons``: frame lexicon files (default: the shipped ``lexicons/frames.yaml``);
    ``model``: a model folder from ``narrative train`` whose frames are added;
    ``jobs``: worker processes.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Title\\n\\nAli Shamkhani said the truce had been violated.\\n")
    >>> a = analyze(d)
    >>> a.statements.loc[a.statements.kind != "narration", ["speaker", "text", "frames"]].values.tolist()
    [['Ali Shamkhani', 'the truce had been violated', 'ceasefire_violation']]
    """
    with tempfile.TemporaryDirectory(prefix="narrative-") as tmp:
        run(path, tmp, metadata=metadata, lexicons=lexicons, model=model, jobs=jobs, progress=progress,
            report=False, aggregates=False)
        return Analysis.load(tmp)


def _lexicon_paths(lexicons):
    from .lexicon import default_lexicon_path

    return [str(Path(p)) for p in (lexicons or [default_lexicon_path()])]


def run(path, out_dir, metadata=None, lexicons=None, model=None, jobs: int = 1, progress: bool = False,
        report: bool = True, aggregates: bool = True, command: str = "") -> dict:
    """Analyse ``path`` into ``out_dir`` incrementally (see module docstring); returns run parameters."""
    out = Path(out_dir)
    lex_paths = _lexicon_paths(lexicons)
    ctx = Context(lex_paths, model)  # also validates the lexicons before any work
    model = ctx.model
    for warning in ctx.lexicon.warnings or []:
        print(f"narrative: {warning}", file=sys.stderr)
    ext_key, fr_key = extraction_key(), frames_key(lex_paths, model)
    # Workers start first, while the main process is small: a forked worker shares only the imports.
    with _pool(jobs, lex_paths, model) as pool:
        store = Store(out)  # one connection for the run: a close checkpoints (and syncs) the log
        processed, n_docs = _analyze(path, store, metadata, ctx, ext_key, fr_key, pool, progress)
    if not store.get_meta("reposts_current", False):  # documents were added, changed or removed
        _mark_reposts(store)
    params = run_params(path, metadata, lex_paths, model, jobs, command,
                        documents_processed=processed, documents_reused=n_docs - processed)
    export(store, out, params, aggregates=aggregates)
    store.close()
    if report:
        from .report import build_report

        build_report(out)
    return params


def _analyze(path, store, metadata, ctx, ext_key, fr_key, pool, progress):
    """Store every new or changed document of the corpus, framed with ``fr_key``: (processed, documents)."""
    known = store.keys()
    order: dict[str, int] = {}
    listing = corpus_files(path)
    stats = {str(p): (st.st_size, st.st_mtime_ns) for p in listing for st in (p.stat(),)}  # not stat_results
    bar = _progress(sum(size for size, _ in stats.values())) if progress else None
    # A file whose size and modification time are those of the last run, under the same extraction
    # data and metadata file, is not read again: its documents are known by their doc_ids.
    signature = _sha(ext_key, *_stat_signature(metadata or (Path(path) / "metadata.csv")))
    last_files = store.files()
    files: dict[str, list] = {}

    def unchanged(file):
        size, mtime = stats[str(file)]
        entry = files[str(file)] = [size, mtime, signature, []]
        last = last_files.get(str(file))
        if last and list(last[:3]) == entry[:3] and all(d in known for d in last[3]):
            entry[3] = list(last[3])
            if bar is not None:
                bar.update(size)
            return last[3]
        return None

    def chunks():
        chunk, size = [], 0
        for i, rec in enumerate(read_corpus(path, metadata, unchanged=unchanged, files=listing)):
            rec["ord"] = order[rec["doc_id"]] = i
            if rec.get("unchanged"):
                continue
            files[rec["file"]][3].append(rec["doc_id"])
            rec["key"] = content_key(rec, ext_key)
            if known.get(rec["doc_id"]) == rec["key"]:
                if bar is not None:
                    bar.update(rec.get("n_bytes", len(rec.get("text", ""))))
                continue
            chunk.append(rec)
            size += len(rec.get("text", ""))
            if size >= CHUNK_BYTES or len(chunk) >= CHUNK_DOCS:
                yield chunk
                chunk, size = [], 0
        if chunk:
            yield chunk

    processed = 0
    for docs, statements, hits, drafted in _map_chunks(chunks(), ctx, pool):
        store.put(docs, statements, hits, fr_key, drafted)
        processed += len(docs)
        if bar is not None:
            bar.update(sum(d["n_chars"] for d in docs))
            bar.set_postfix_str(f"{processed} docs", refresh=False)
    if bar is not None:
        bar.close()
    store.remove(set(known) - set(order))
    store.set_order(order)
    store.update_files([(p, *entry) for p, entry in files.items() if last_files.get(p) != tuple(entry)],
                       [p for p in last_files if p not in files])
    reframe_store(store, ctx, fr_key, pool=pool)
    return processed, len(order)


def run_params(path, metadata, lex_paths, model, jobs, command, **extra) -> dict:
    """What ``run.json`` records of a run: version, date, inputs, lexicons with their sha256."""
    return {
        "version": __version__,
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": command, "corpus": str(path), "metadata": str(metadata or ""),
        "lexicons": [{"path": p, "sha256": hashlib.sha256(Path(p).read_bytes()).hexdigest()} for p in lex_paths],
        "model": str(model or ""), "jobs": jobs, **extra,
    }


def _progress(total_bytes):
    from tqdm import tqdm

    return tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1_000_000, desc="analyze",
                file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


@contextlib.contextmanager
def _pool(jobs, lex_paths, model, extract=True):
    """``jobs`` worker processes, started at once (None for ``jobs <= 1``), shut down on exit; they
    build an extractor only to ``extract``."""
    if not jobs or jobs <= 1:
        yield None
        return
    from .frame_model import NONE

    # ``model`` is the run's, already picked: no model must stay none, not be picked again.
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(lex_paths, model or NONE, extract)) as pool:
        for _ in range(jobs):  # every worker starts now and gets ready while the corpus is listed and read
            pool.submit(_ready)
        pool.jobs = jobs
        yield pool


def _map_chunks(chunks, ctx, pool):
    """Process chunks in order, in the ``pool``'s processes (or here) with a bounded number in flight."""
    if pool is None:
        for chunk in chunks:
            yield _stored_chunk(chunk, ctx)
        return
    pending = deque()
    for chunk in chunks:
        pending.append(pool.submit(_stored_chunk, chunk))
        if len(pending) >= 2 * pool.jobs:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _reframe_chunk(statements: pd.DataFrame, texts: dict, ctx: Context | None = None):
    # Scores and frames go; ``stance_lex`` (frame-independent stance evidence) stays to be reused.
    statements = statements.drop(columns=[c for c in statements.columns if c.startswith("stance") and c != "stance_lex"
                                          or c == "frames"])
    return frame_and_score(statements, texts, ctx or _CTX)


def _matching(frame) -> list:
    """What decides a frame's hits: patterns and exclusions (text, weight) in order, negation,
    threshold, stemming (not its label or line numbers)."""
    return [[[p.text, p.weight] for p in frame.patterns], [[p.text, p.weight] for p in frame.exclude],
            frame.negation, frame.min_weight, frame.stem]


def framing(lexicon, model=None) -> dict:
    """What a framing depends on: each frame's matching definition (:func:`_matching`) and its
    fingerprint, the frames' order, and the rest (stance targets, model, code version). Stored with
    the frames key, it tells ``reframe`` which patterns a new lexicon changes."""
    from .stance import targets_for, targets_key

    definitions = {f.id: _matching(f) for f in lexicon.frames}
    return {"frames": {f: _sha(json.dumps(d)) for f, d in definitions.items()}, "definitions": definitions,
            "order": [f.id for f in lexicon.frames],
            "rest": _sha(__version__, EXTRACTION_REVISION, targets_key(targets_for(lexicon)), model_key(model))}


def changed_frames(old: dict | None, new: dict) -> set[str] | None:
    """The frame ids whose matching differs between two :func:`framing` records (added and removed
    frames included), or None when more than frames changed and everything must be framed again.

    >>> a = {"frames": {"x": "1", "y": "2"}, "order": ["x", "y"], "rest": "r"}
    >>> sorted(changed_frames(a, {"frames": {"x": "1", "y": "3", "z": "4"}, "order": ["x", "y", "z"], "rest": "r"}))
    ['y', 'z']
    >>> changed_frames(a, {**a, "order": ["y", "x"]}) is None  # ties between frames follow their order
    True
    """
    if not old or old.get("rest") != new["rest"]:
        return None
    common = [f for f in old["order"] if f in new["frames"]]
    if [f for f in new["order"] if f in old["frames"]] != common:
        return None
    return {f for f in set(old["frames"]) | set(new["frames"]) if old["frames"].get(f) != new["frames"].get(f)}


def scan_plan(old: dict | None, new: dict, lexicon) -> tuple[set[str], list] | None:
    """Where a changed lexicon can change hits, as (frames whose statements must be checked again,
    frames of the patterns to look for in every statement), or None when everything must be framed
    again (see :func:`changed_frames`).

    Frames are independent of each other, and a pattern only changes a statement's hits where it
    matches: an added pattern (or a removed exclusion) is looked for; a removed pattern, an added
    exclusion or another threshold, negation or stemming sends back to the statements that carried
    the frame. A statement found either way is matched again with the whole lexicon and counts as
    changed only if its hits differ (:func:`narrative.frames.hit_signatures`).

    >>> from narrative.lexicon import Frame, Lexicon, Pattern
    >>> a = Lexicon([Frame("x", patterns=[Pattern("truce")]), Frame("y", patterns=[Pattern("war")])])
    >>> b = Lexicon([Frame("x", patterns=[Pattern("truce"), Pattern("ceasefire")]), Frame("y")])
    >>> had, scan = scan_plan(framing(a), framing(b), b)
    >>> had, [(f.id, [p.text for p in f.patterns]) for f in scan]
    ({'y'}, [('x', ['ceasefire'])])
    """
    from .lexicon import Frame, Pattern

    changed = changed_frames(old, new)
    if changed is None:
        return None
    before_all, frames = old.get("definitions") or {}, {f.id: f for f in lexicon.frames}
    had, scan = set(), []

    def look_for(fid, patterns):
        frame = frames[fid]  # no threshold, exclusion or negation: found wherever a pattern matches
        scan.append(Frame(fid, patterns=[Pattern(t, w) for t, w in patterns], negation=False, min_weight=0,
                          stem=frame.stem))

    for fid in sorted(changed, key=lambda f: new["order"].index(f) if f in frames else -1):
        before, now = before_all.get(fid), new["definitions"].get(fid)
        if now is None:  # a removed frame
            had.add(fid)
            continue
        if before is None or before[2:] != now[2:]:  # new, of a record without definitions, or other settings
            if fid in old["frames"]:
                had.add(fid)
            look_for(fid, now[0])
            continue
        (old_p, old_x), (new_p, new_x) = ([list(map(tuple, ps)) for ps in d[:2]] for d in (before, now))
        added, removed = Counter(new_p) - Counter(old_p), Counter(old_p) - Counter(new_p)
        reordered = [p for p in old_p if p in new_p] != [p for p in new_p if p in old_p]  # ties go to the first
        if removed or reordered or Counter(new_x) - Counter(old_x):
            had.add(fid)
        wanted = list(added.elements()) + list((Counter(old_x) - Counter(new_x)).elements())
        if wanted:
            look_for(fid, wanted)
    return had, scan


def reframe_store(store: Store, ctx: Context, fr_key: str, pool=None) -> int:
    """Re-frame and re-score the stored statements whose documents were framed with another lexicon.

    When only some frames changed (the stored :func:`framing` says which), :func:`scan_plan` says
    which statements may have changed; they are matched again, and only those whose hits did change
    (their signature differs) get new frames, hits and scores. The others keep theirs; their
    documents are only marked as framed with ``fr_key``. The main process reads and writes the
    store; the ``pool``'s worker processes (if any) frame and score. Returns the number of
    documents framed again.
    """
    stale = store.doc_ids_needing_frames(fr_key)
    new = {"key": fr_key, **framing(ctx.lexicon, ctx.model)}
    old = store.get_meta("framing")
    plan = None
    if stale and old and store.frames_keys() <= {old.get("key"), fr_key}:
        plan = scan_plan(old, new, ctx.lexicon)
    only = None
    if plan is not None:
        only = {}
        for doc_id, rowid in _changed_statements(store, ctx, stale, *plan, pool=pool):
            only.setdefault(doc_id, []).append(rowid)
        store.set_frames_key([d for d in stale if d not in only], fr_key)
        stale = [d for d in stale if d in only]
    _reframe_docs(store, ctx, stale, fr_key, pool, only)
    store.set_meta("framing", new)
    return len(stale)


def _changed_statements(store: Store, ctx: Context, doc_ids: list[str], had: set[str], scan: list,
                        pool=None) -> set[tuple[str, int]]:
    """(doc_id, rowid) of the statements whose hits the new lexicon changes (see :func:`scan_plan`),
    checked :data:`CHECK_DOCS` documents at a time by :func:`_changed_in`, in the ``pool``'s workers
    (each reads the store on its own connection: the texts never pass through this process) or here.
    """
    scanner = _scanner(scan) if scan else None
    starts = _cover(scanner.required_starts()) if scanner is not None else []
    if starts is not None and not all(x.isascii() for x in starts):
        starts = None
    chunks = [doc_ids[i:i + CHECK_DOCS] for i in range(0, len(doc_ids), CHECK_DOCS)]
    if pool is None:
        found = (_changed_in(store, ids, had, scan, starts, ctx) for ids in chunks)
    else:
        found = pool.map(_changed_in, itertools.repeat(str(store.path.parent)), chunks, itertools.repeat(had),
                         itertools.repeat(scan), itertools.repeat(starts))
    return {pair for part in found for pair in part}


#: Documents whose statements one call of :func:`_changed_in` checks.
CHECK_DOCS = 500

_READERS: dict = {}


def _changed_in(store, doc_ids: list[str], had: set[str], scan: list, starts: list[str] | None,
                ctx: Context | None = None) -> list[tuple[str, int]]:
    """(doc_id, rowid) of the statements of ``doc_ids`` whose hits the new lexicon changes: of those
    that carried a frame of ``had`` or hold a hit of the ``scan`` frames, those whose hit signature
    under the whole lexicon differs from the stored one (a NULL signature, of a store written before
    they were kept, counts as changed). With ``starts`` (literal word starts, one of which every text
    with a ``scan`` hit holds: see :func:`_cover`), SQLite picks the statements that may qualify;
    without, every statement is read. ``store``: a Store, or the run folder of one to read (a
    worker opens it once)."""
    from .frames import _gc_paused

    if not isinstance(store, Store):
        if store not in _READERS:
            _READERS.clear()
            _READERS[store] = Store.reader(store)
        store = _READERS[store]
    with _gc_paused():  # many rows and strings, no cycles
        rows = store.statement_frames(doc_ids, had, starts) if starts is not None else \
            store.statement_frames(doc_ids)  # (rowid, text, frames)
        flags = [bool(cell) and not had.isdisjoint(cell.split(";")) for *_, cell in rows]
        rest = [j for j, c in enumerate(flags) if not c] if scan else []
        for j, hit in zip(rest, _scan_chunk(scan, [rows[j][1] or "" for j in rest]) if rest else []):
            flags[j] = hit
        picked = store.statements_at([r[0] for r in itertools.compress(rows, flags)])
        signatures = _signatures([r[:4] for r in picked], ctx) if picked else []
    return [(r[0], r[5]) for r, sig in zip(picked, signatures) if r[4] != sig]


def _signatures(rows: list[tuple], ctx: Context | None = None) -> list[int]:
    """The hit signature (:func:`narrative.frames.hit_signatures`) of each statement
    ``(doc_id, statement_id, text, start)`` under the whole lexicon."""
    from .frames import hit_signatures, tag_frames

    table = pd.DataFrame(rows, columns=["doc_id", "statement_id", "text", "start"])
    _, hits = tag_frames(table, None, (ctx or _CTX).matcher)
    return hit_signatures(table["statement_id"], hits).tolist()


def _cover(patterns: list | None) -> list[str] | None:
    """Word starts, one of which every text that can match one of ``patterns`` holds (see
    :meth:`narrative.frames.FrameMatcher.required_starts`): a pattern needs all its words, so one
    word per pattern is enough; words shared by most patterns are taken first, then long starts.

    >>> _cover([[("zzqx",), ("ceasefir",)], [("zzqx",), ("martyr",)], [("collaps", "crumbl"), ("truc",)]])
    ['collaps', 'crumbl', 'zzqx']
    """
    if patterns is None:
        return None
    left, chosen = [set(words) for words in patterns], set()
    while left:
        counts = Counter(w for words in left for w in words)
        best = max(counts, key=lambda w: (counts[w], min(map(len, w)), w))
        chosen.add(best)
        left = [words for words in left if best not in words]
    return sorted({x for w in chosen for x in w})


_SCANNER: dict = {}


def _scanner(scan: list):
    """The matcher of the ``scan`` frames, built once per process."""
    from .frames import FrameMatcher
    from .lexicon import Lexicon

    key = json.dumps([[f.id, _matching(f)] for f in scan])
    if key not in _SCANNER:
        _SCANNER.clear()
        _SCANNER[key] = FrameMatcher(Lexicon(scan))
    return _SCANNER[key]


def _scan_chunk(scan: list, texts: list[str]) -> list[bool]:
    """Whether each of ``texts`` holds a hit of the ``scan`` frames."""
    return [bool(hits) for hits in _scanner(scan).batch(texts)]


def _reframe_docs(store: Store, ctx: Context, stale: list[str], fr_key: str, pool, only=None) -> None:
    """Frame and score again the statements of ``stale`` documents (only those ``only`` lists, doc_id
    -> rowids, when given), a chunk of documents at a time, in the ``pool`` if any."""
    def job(ids):
        rowids = None if only is None else [r for d in ids for r in only[d]]
        return store.statements_of(ids, rowids), store.texts(ids)

    def done(ids, statements, hits):
        store.replace_frames(ids, statements, hits, fr_key, whole=only is None)

    chunks = [stale[i:i + REFRAME_CHUNK_DOCS] for i in range(0, len(stale), REFRAME_CHUNK_DOCS)]
    if pool is None or len(chunks) <= 1:
        for ids in chunks:
            done(ids, *_reframe_chunk(*job(ids), ctx))
        return
    pending = deque()
    for ids in chunks:
        pending.append((ids, pool.submit(_reframe_chunk, *job(ids))))
        if len(pending) >= 2 * pool.jobs:
            done_ids, fut = pending.popleft()
            done(done_ids, *fut.result())
    while pending:
        done_ids, fut = pending.popleft()
        done(done_ids, *fut.result())


def reframe(out_dir, lexicons=None, model=None, report: bool = True, jobs: int = 1) -> dict:
    """Re-classify the statements stored in ``out_dir`` with new lexicons, without re-extracting."""
    out = Path(out_dir)
    if not (out / "narrative.sqlite").exists():
        from .errors import NarrativeError

        raise NarrativeError("no run store here; run `narrative analyze` first", path=str(out))
    lex_paths = _lexicon_paths(lexicons)
    ctx = Context(lex_paths, model)
    model = ctx.model
    store = Store(out)
    with _pool(jobs, lex_paths, model, extract=False) as pool:
        n = reframe_store(store, ctx, frames_key(lex_paths, model), pool=pool)
    params = json.loads((out / "run.json").read_text()) if (out / "run.json").exists() else {}
    fresh = run_params(params.get("corpus", ""), params.get("metadata", ""), lex_paths, model, jobs,
                       params.get("command", ""))
    params.update(date=fresh["date"], lexicons=fresh["lexicons"], model=fresh["model"], reframed_documents=n)
    export(store, out, params)
    store.close()
    if report:
        from .report import build_report

        build_report(out)
    return params


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _mark_reposts(store: Store) -> dict:
    """Find reposts from stored signatures; flag their statements also found in the original."""
    reposts = find_reposts_signatures(store.signatures())
    flags = {}
    for doc_id, orig in reposts.items():
        original = {_norm(t) for _, t in store.statement_texts(orig)}
        for seq, text in store.statement_texts(doc_id):
            flags[(doc_id, seq)] = _norm(text) in original
    store.set_reposts(reposts, flags)
    return reposts
