"""The main job: corpus in, documents / statements / frame hits / aggregates out.

``analyze(path)`` runs ingest → segment → extract (per document, in
parallel with ``jobs``) → reposts → frames → stance, and returns an
:class:`Analysis` holding the tables as DataFrames (columns in
``narrative.schema``). ``Analysis.save(out_dir)`` writes them atomically.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__
from .extract import Extractor
from .ingest import read_corpus
from .io import write_table, write_text
from .reposts import find_reposts
from .schema import DOCUMENTS, FRAME_HITS, STATEMENTS
from .segment import segment

_EXTRACTOR = None


def _extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def process_document(rec: dict) -> tuple[dict, list[dict], str, str]:
    """Segment and extract one document record: (document row, statements, body text, full text).

    Runs in worker processes, so it takes and returns plain data.
    """
    text = rec.pop("text", "") or ""
    doc = {k: rec.get(k, "") for k in DOCUMENTS}
    doc["n_chars"] = len(text)
    if rec.get("status", "ok") != "ok" or not text.strip():
        doc["status"] = rec.get("status") if rec.get("status") != "ok" else "empty text"
        doc["n_statements"] = 0
        return doc, [], "", ""
    segs = segment(text)
    byline = "; ".join(a for a in segs.loc[segs["kind"] == "byline", "author"] if a)
    author = doc.get("author") or byline
    narrator = author or doc.get("outlet") or ""
    doc["author"] = author
    stmts = _extractor().extract(text, segs, narration_speaker=narrator, narration_role="author")
    body = " ".join(text[s:e] for k, s, e in segs[["kind", "start", "end"]].itertuples(index=False)
                    if k == "body")
    for i, st in enumerate(stmts):
        st["statement_id"] = f"{doc['doc_id']}:{i}"
        st["doc_id"] = doc["doc_id"]
        st["outlet"] = doc.get("outlet", "")
        st["date"] = doc.get("date", "")
    doc["n_statements"] = sum(1 for st in stmts if st["kind"] != "narration")
    doc["status"] = "ok"
    return doc, stmts, body, text


@dataclass
class Analysis:
    """The tables of one run, as pandas DataFrames (columns documented in ``narrative.schema``)."""
    documents: pd.DataFrame
    statements: pd.DataFrame
    frame_hits: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FRAME_HITS))
    params: dict = field(default_factory=dict)
    texts: dict = field(default_factory=dict, repr=False)

    def by(self, column: str, **kwargs) -> pd.DataFrame:
        """Aggregate statements per ``column`` (speaker, outlet, speaker_role, doc_id or month)."""
        from .aggregate import aggregate

        return aggregate(self.statements, column, **kwargs)

    def compare(self, a: dict, b: dict, **kwargs):
        """Compare two groups of statements, e.g. ``a={"role": "commenter"}, b={"role": "official"}``."""
        from .compare import compare

        return compare(self.statements, a, b, **kwargs)

    def save(self, out_dir) -> Path:
        """Write documents, statements, frame hits (CSV + Parquet), aggregates and run.json."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        write_table(self.documents, out / "documents.csv")
        write_table(self.statements, out / "statements.csv")
        write_table(self.frame_hits, out / "frame_hits.csv")
        from .aggregate import aggregate_all

        aggregate_all(self.statements, out)
        write_text(out / "run.json", json.dumps(self.params, indent=2, default=str))
        return out

    @classmethod
    def load(cls, out_dir) -> "Analysis":
        """Read the tables a previous run wrote to ``out_dir``."""
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


def _file_hash(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def analyze(path, metadata=None, lexicons=None, model=None, jobs: int = 1, progress: bool = False) -> Analysis:
    """Analyse the corpus at ``path`` (folder or file).

    ``lexicons``: frame lexicon files (default: the shipped ``lexicons/frames.yaml``);
    ``model``: a model folder from ``narrative train`` whose frames are added;
    ``jobs``: worker processes for extraction.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Title\\n\\nAli Shamkhani said the truce had been violated.\\n")
    >>> a = analyze(d)
    >>> a.statements.loc[a.statements.kind != "narration", ["speaker", "text"]].values.tolist()
    [['Ali Shamkhani', 'the truce had been violated']]
    """
    records = read_corpus(path, metadata)
    docs, stmts, bodies, texts = [], [], [], {}
    if jobs and jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(process_document, records, chunksize=8)
            docs, stmts, bodies, texts = _collect(results, progress)
    else:
        docs, stmts, bodies, texts = _collect(map(process_document, records), progress)
    documents = pd.DataFrame(docs, columns=DOCUMENTS)
    statements = pd.DataFrame(stmts)
    for col in STATEMENTS:
        if col not in statements.columns:
            statements[col] = "" if col not in ("start", "end") else 0
    statements = statements[STATEMENTS + [c for c in statements.columns if c not in STATEMENTS]]

    reposts = find_reposts(bodies)
    documents["duplicate_of"] = [reposts.get(d, "") for d in documents["doc_id"]]
    statements["duplicate"] = _duplicate_flags(statements, reposts)

    from .lexicon import default_lexicon_path, load_lexicons

    lex_paths = [Path(p) for p in (lexicons or [default_lexicon_path()])]
    lexicon = load_lexicons(lex_paths)
    for warning in getattr(lexicon, "warnings", []) or []:
        print(f"narrative: {warning}", file=sys.stderr)
    from .frames import FrameMatcher, tag_frames

    statements, frame_hits = tag_frames(statements, texts, FrameMatcher(lexicon))
    if model:
        from .classify import apply_model

        statements = apply_model(model, statements)
        statements["frames"] = [";".join(dict.fromkeys([f for f in (a or "").split(";") + (b or "").split(";") if f]))
                                for a, b in zip(statements["frames"], statements["model_frames"])]
    from .stance import score_stance

    statements = score_stance(statements, lexicon)
    params = {
        "version": __version__,
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "corpus": str(path),
        "metadata": str(metadata or ""),
        "lexicons": [{"path": str(p), "sha256": _file_hash(p)} for p in lex_paths],
        "model": str(model or ""),
        "jobs": jobs,
        "n_documents": int(len(documents)),
        "n_statements": int((statements["kind"] != "narration").sum()) if len(statements) else 0,
    }
    return Analysis(documents, statements, frame_hits, params, texts)


def _collect(results, progress):
    docs, stmts, bodies, texts = [], [], [], {}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="analyze", file=sys.stderr, dynamic_ncols=True)
    for doc, st, body, text in results:
        docs.append(doc)
        stmts.extend(st)
        if body:
            bodies.append((doc["doc_id"], body, doc.get("date", "")))
        if text:
            texts[doc["doc_id"]] = text
        if bar is not None:
            bar.update(1)
            bar.set_postfix_str(f"{len(stmts)} statements", refresh=False)
    if bar is not None:
        bar.close()
    return docs, stmts, bodies, texts


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _duplicate_flags(statements: pd.DataFrame, reposts: dict) -> list[bool]:
    """A repost's statement is a duplicate when the original document holds the same text."""
    if not reposts or statements.empty:
        return [False] * len(statements)
    originals = {}
    for doc_id, text in zip(statements["doc_id"], statements["text"]):
        originals.setdefault(doc_id, set()).add(_norm(text))
    return [doc_id in reposts and _norm(text) in originals.get(reposts[doc_id], set())
            for doc_id, text in zip(statements["doc_id"], statements["text"])]
