"""The run store: an embedded SQLite database in the output folder.

It holds every document (with its text, content key and repost signature),
statement and frame hit of a run, so that

* re-running ``analyze`` on a grown corpus processes only new or changed
  documents (a document is re-extracted when its content key changes: text,
  metadata, or the extraction data and code version);
* ``narrative reframe`` re-classifies stored statements with a new lexicon
  without re-extracting them;
* a run killed half-way leaves the store consistent (one transaction per
  chunk of documents, WAL journal) and the next run resumes where it stopped.

SQLite is in the standard library and fits this access pattern (many small
transactional upserts keyed by document, then sequential exports); see the
README for the measurement against DuckDB.
"""
from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import NarrativeError
from .schema import DOCUMENTS, FRAME_HITS, STATEMENTS, is_score

FILENAME = "narrative.sqlite"

DDL = """
CREATE TABLE IF NOT EXISTS documents (
    ord INTEGER, doc_id TEXT PRIMARY KEY, key TEXT,
    path TEXT, outlet TEXT, title TEXT, author TEXT, date TEXT, url TEXT,
    n_chars INTEGER, n_statements INTEGER, duplicate_of TEXT, status TEXT,
    text TEXT, shingles BLOB);
CREATE TABLE IF NOT EXISTS statements (
    doc_id TEXT, seq INTEGER, statement_id TEXT, outlet TEXT, date TEXT, speaker TEXT,
    speaker_role TEXT, speaker_mention TEXT, kind TEXT, cue TEXT, text TEXT,
    start INTEGER, "end" INTEGER, duplicate INTEGER, frames TEXT, stance REAL,
    stance_evidence TEXT, scores TEXT, n_words INTEGER, stance_lex TEXT, hits_sig INTEGER,
    PRIMARY KEY (doc_id, seq));
CREATE TABLE IF NOT EXISTS frame_hits (
    doc_id TEXT, statement_id TEXT, frame TEXT, pattern TEXT, matched TEXT,
    start INTEGER, "end" INTEGER, "left" TEXT, "right" TEXT);
CREATE INDEX IF NOT EXISTS frame_hits_doc ON frame_hits(doc_id);
CREATE INDEX IF NOT EXISTS documents_ord ON documents(ord);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
-- The lexicon each document was framed with. Not a column of documents: updating a row rewrites it
-- with its text, and a reframe marks every document.
CREATE TABLE IF NOT EXISTS framed (doc_id TEXT PRIMARY KEY, frames_key TEXT);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, signature TEXT, doc_ids TEXT);
-- ``fresh`` is 1 in every row this version writes: staleness is kept in ``stale`` instead, since updating
-- a column of a row rewrites the row with its long texts.
CREATE TABLE IF NOT EXISTS rendered (doc_id TEXT PRIMARY KEY, header TEXT, statements TEXT, hits TEXT,
    fresh INTEGER DEFAULT 1);
-- Documents whose rendered rows are stale: all of them (seqs NULL), or only those of the statements
-- ``seqs`` (comma-separated; a reframe changed their frames), which an export can render alone.
CREATE TABLE IF NOT EXISTS stale (doc_id TEXT PRIMARY KEY, seqs TEXT);
-- Rows rendered by the worker that processed a document, with no repost flag set: the next export takes
-- them instead of rendering the stored rows again. Dropped whenever the document's rows change.
CREATE TABLE IF NOT EXISTS drafts (doc_id TEXT PRIMARY KEY, header TEXT, statements TEXT, hits TEXT);
CREATE TABLE IF NOT EXISTS tallies (id INTEGER PRIMARY KEY CHECK (id = 1), header TEXT, data BLOB);
CREATE TABLE IF NOT EXISTS layout (doc_id TEXT PRIMARY KEY, st_offset INTEGER, st_bytes INTEGER, st_row INTEGER,
    st_rows INTEGER, hit_offset INTEGER, hit_bytes INTEGER, hit_row INTEGER, hit_rows INTEGER);
"""


class Store:
    """Documents, statements and frame hits of one output folder.

    >>> import tempfile
    >>> s = Store(tempfile.mkdtemp())
    >>> s.keys()
    {}
    """

    def __init__(self, out_dir):
        self.path = Path(out_dir) / FILENAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            problem = "is a file, not a folder" if self.path.parent.is_file() else \
                f"cannot be written to ({getattr(exc, 'strerror', None) or exc})"
            raise NarrativeError(f"the output folder {problem}", path=str(out_dir)) from None
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.db.executescript(DDL)
        if "rendered" in tables and "stale" not in tables:  # a store that marked stale rows in ``rendered``
            self.db.execute("INSERT INTO stale SELECT doc_id, NULL FROM rendered WHERE fresh = 0")
        columns = {r[1] for r in self.db.execute("PRAGMA table_info(statements)")}
        if "stance_lex" not in columns:  # a store written before stance evidence was kept
            self.db.execute("ALTER TABLE statements ADD COLUMN stance_lex TEXT")
        if "hits_sig" not in columns:  # ... or hit signatures (NULL: reframe takes the hits as changed)
            self.db.execute("ALTER TABLE statements ADD COLUMN hits_sig INTEGER")
        if "frames_key" in {r[1] for r in self.db.execute("PRAGMA table_info(documents)")} and \
                self.db.execute("SELECT COUNT(*) FROM framed").fetchone()[0] == 0:  # a store of before the table
            self.db.execute("INSERT INTO framed SELECT doc_id, frames_key FROM documents")
        if "fresh" not in {r[1] for r in self.db.execute("PRAGMA table_info(rendered)")}:
            self.db.execute("ALTER TABLE rendered ADD COLUMN fresh INTEGER DEFAULT 1")

    @classmethod
    def reader(cls, out_dir) -> "Store":
        """The store of ``out_dir`` on a read-only connection, for a worker process that only reads
        (no schema checks: the writer that opened it has made them). It sees what is committed.

        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> Store(folder).set_meta("x", 1)
        >>> Store.reader(folder).get_meta("x")
        1
        """
        store = cls.__new__(cls)
        store.path = Path(out_dir) / FILENAME
        store.db = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        return store

    def close(self):
        self.db.close()

    # -- bookkeeping -------------------------------------------------------------
    def keys(self) -> dict[str, str]:
        """doc_id -> content key of every stored document."""
        return dict(self.db.execute("SELECT doc_id, key FROM documents"))

    def get_meta(self, key, default=None):
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_meta(self, key, value):
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    # -- writes ------------------------------------------------------------------
    def put(self, docs: list[dict], statements: pd.DataFrame, hits: pd.DataFrame, frames_key: str, drafts=()):
        """Replace the rows of ``docs`` (and their statements and hits) in one transaction; ``drafts``:
        their rows rendered for export, ``(doc_id, header, statements CSV, hits CSV)`` (see
        ``export.drafts``)."""
        ids = [(d["doc_id"],) for d in docs]
        st_rows = _statement_rows(statements)
        hit_rows = _hit_rows(hits)
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("DELETE FROM documents WHERE doc_id = ?", ids)
            self.db.executemany("DELETE FROM statements WHERE doc_id = ?", ids)
            self.db.executemany("DELETE FROM frame_hits WHERE doc_id = ?", ids)
            self._stale(ids)
            self.db.executemany("INSERT INTO drafts VALUES (?,?,?,?)", drafts)
            self.db.executemany(
                "INSERT INTO documents (ord, doc_id, key, path, outlet, title, author, date, url, n_chars, "
                "n_statements, duplicate_of, status, text, shingles) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(d["ord"], d["doc_id"], d["key"], d["path"], d["outlet"], d["title"], d["author"],
                  d["date"], d["url"], d["n_chars"], d["n_statements"], "", d["status"], d.get("text", ""),
                  np.asarray(sorted(d.get("shingles", ())), dtype=np.uint32).tobytes()) for d in docs])
            self._frames_key([d for d, in ids], frames_key)
            self.db.executemany(f"INSERT INTO statements VALUES ({','.join('?' * len(STATEMENT_TABLE))})", st_rows)
            self.set_meta("reposts_current", False)  # documents changed: reposts must be found again
            self.db.executemany("INSERT INTO frame_hits VALUES (?,?,?,?,?,?,?,?,?)", hit_rows)

    def set_order(self, order: dict[str, int]):
        """Record each document's position in the corpus listing (outputs follow it); only the
        positions that changed are written (a re-run usually moves none)."""
        known = dict(self.db.execute("SELECT doc_id, ord FROM documents"))
        moved = [(o, d) for d, o in order.items() if known.get(d, o) != o]
        if moved:
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany("UPDATE documents SET ord = ? WHERE doc_id = ?", moved)

    def remove(self, doc_ids):
        """Forget documents that are no longer in the corpus."""
        ids = [(d,) for d in doc_ids]
        with self.db:
            self.db.execute("BEGIN")
            for table in ("documents", "statements", "frame_hits", "framed", "drafts", "stale"):  # rendered: next export
                self.db.executemany(f"DELETE FROM {table} WHERE doc_id = ?", ids)
            if ids:
                self.set_meta("reposts_current", False)

    def replace_frames(self, doc_ids, statements: pd.DataFrame, hits: pd.DataFrame, frames_key: str,
                       whole: bool = True):
        """Store new frames, stance and hits of already extracted statements of ``doc_ids`` (``reframe``):
        all of them (``whole``), or these ``statements`` only, the other statements keeping their hits."""
        rows = list(zip(statements["frames"].tolist(), statements["stance"].tolist(),
                        statements["stance_evidence"].tolist(), _scores_json(statements), _lex(statements),
                        _sig(statements), statements["doc_id"].tolist(), statements["seq"].tolist()))
        hit_rows = _hit_rows(hits)
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("UPDATE statements SET frames=?, stance=?, stance_evidence=?, scores=?, "
                                "stance_lex=?, hits_sig=? WHERE doc_id=? AND seq=?", rows)
            if whole:
                self.db.executemany("DELETE FROM frame_hits WHERE doc_id = ?", [(d,) for d in doc_ids])
            else:
                self.db.executemany("DELETE FROM frame_hits WHERE doc_id = ? AND statement_id = ?",
                                    zip(statements["doc_id"].tolist(), statements["statement_id"].tolist()))
            self.db.executemany("INSERT INTO frame_hits VALUES (?,?,?,?,?,?,?,?,?)", hit_rows)
            self._frames_key(doc_ids, frames_key)
            if whole:
                self._stale([(d,) for d in doc_ids])
            else:  # only these statements' rows are stale
                seqs: dict[str, list[int]] = {}
                for d, seq in zip(statements["doc_id"].tolist(), statements["seq"].tolist()):
                    seqs.setdefault(d, []).append(int(seq))
                self._stale([(d,) for d in seqs], seqs)

    def set_frames_key(self, doc_ids, frames_key: str):
        """Record that ``doc_ids`` are framed with ``frames_key`` (their frames did not change)."""
        with self.db:
            self.db.execute("BEGIN")
            self._frames_key(doc_ids, frames_key)

    def _frames_key(self, doc_ids, frames_key: str):
        self.db.executemany("INSERT OR REPLACE INTO framed VALUES (?, ?)", [(d, frames_key) for d in doc_ids])

    def frames_keys(self) -> set[str]:
        """The distinct frames keys of the readable documents."""
        return {k for k, in self.db.execute("SELECT DISTINCT f.frames_key FROM documents d LEFT JOIN framed f "
                                            "USING (doc_id) WHERE d.status = 'ok'")}

    def statement_frames(self, doc_ids, frames: set[str] | None = None, starts: list[str] | None = None) -> list[tuple]:
        """(rowid, text, frames) of the statements of ``doc_ids``; with ``frames`` or ``starts``, only
        those that carry one of ``frames`` or hold one of ``starts`` (ASCII, lower case) in any case, so
        that the texts of the others never leave SQLite. SQLite's ``LIKE`` folds ASCII letters only (and
        is twice as fast as ``instr(lower(text), ...)``), so texts with the two other characters that
        Python lower-cases to an ASCII letter (dotted capital I, Kelvin sign) are kept too.
        """
        query = "SELECT rowid, text, frames FROM statements WHERE doc_id IN ({})"
        if frames is None and starts is None:
            return self._in(query, doc_ids)
        frames, starts = frames or set(), starts or []
        terms = ["instr(';' || frames || ';', ?) > 0"] * len(frames) + ["text LIKE ? ESCAPE '\\'"] * len(starts)
        params = [f";{f};" for f in sorted(frames)] + \
            ["%" + x.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for x in starts]
        if starts:
            terms += ["instr(text, ?) > 0"] * 2
            params += ["\u0130", "\u212a"]
        return self._in(query + f" AND ({' OR '.join(terms)})", doc_ids, params) if terms else []

    def statements_at(self, rowids) -> list[tuple]:
        """(doc_id, statement_id, text, start, hits_sig, rowid) of the statements with these ``rowids``."""
        return self._in("SELECT doc_id, statement_id, text, start, hits_sig, rowid FROM statements "
                        "WHERE rowid IN ({}) ORDER BY rowid", rowids)

    def _in(self, query: str, keys, params=()) -> list[tuple]:
        """The rows of ``query`` (its ``{}`` a list of ``keys``, then ``params``), asked 500 keys at a
        time (SQLite limits the parameters of a statement)."""
        keys, params, out = list(keys), list(params), []
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            out += self.db.execute(query.format(",".join("?" * len(part))), part + params).fetchall()
        return out

    def set_reposts(self, reposts: dict[str, str], flags: dict[tuple, bool]):
        """Record ``duplicate_of`` per document and the ``duplicate`` flag per statement.

        Only what changed is written (and only those documents' exported rows are rendered again).
        """
        old_of = dict(self.db.execute("SELECT doc_id, duplicate_of FROM documents WHERE duplicate_of != ''"))
        # Flagged statements are only in documents that were reposts (``put`` clears both): asking
        # those by key spares a scan of every statement.
        old_flags = set(self._in("SELECT doc_id, seq FROM statements WHERE doc_id IN ({}) AND duplicate = 1", old_of))
        new_flags = {k for k, v in flags.items() if v}
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("UPDATE documents SET duplicate_of = '' WHERE doc_id = ?",
                                [(d,) for d in old_of if d not in reposts])
            self.db.executemany("UPDATE documents SET duplicate_of = ? WHERE doc_id = ?",
                                [(orig, d) for d, orig in reposts.items() if old_of.get(d) != orig])
            self.db.executemany("UPDATE statements SET duplicate = 0 WHERE doc_id = ? AND seq = ?",
                                list(old_flags - new_flags))
            self.db.executemany("UPDATE statements SET duplicate = 1 WHERE doc_id = ? AND seq = ?",
                                list(new_flags - old_flags))
            self._stale([(d,) for d in {d for d, _ in old_flags ^ new_flags}])
            self.set_meta("reposts_current", True)

    # -- files: skip reading what has not changed since the last run -------------------------------
    def files(self) -> dict[str, tuple]:
        """path -> (size, mtime_ns, signature, doc_ids) as recorded by the last run."""
        return {p: (size, mtime, sig, json.loads(ids)) for p, size, mtime, sig, ids in
                self.db.execute("SELECT path, size, mtime_ns, signature, doc_ids FROM files")}

    def update_files(self, entries: list[tuple], gone=()):
        """Record ``(path, size, mtime_ns, signature, doc_ids)`` entries (new or changed files) and
        forget the files of ``gone``."""
        if not entries and not gone:
            return
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in gone])
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?)",
                                [(p, size, mtime, sig, json.dumps(ids)) for p, size, mtime, sig, ids in entries])

    # -- rendered rows of the exported tables, per document -----------------------------------------
    # A document's rendered rows stay until the next export replaces them, marked stale (in ``stale``)
    # when the document changes, and kept for a while after it is removed: the stored tallies
    # (aggregates) always add up exactly the rendered rows, so an export can subtract a changed
    # document's old rows and add its new ones.
    def _stale(self, ids: list[tuple], seqs: dict | None = None):
        """Mark the rendered rows of ``ids`` stale: all of them, or of a document in ``seqs`` (doc_id ->
        seqs), those statements' rows only, added to any marked before (a NULL, the whole document,
        absorbs them). Their drafts (rendered with no repost flag set, by the worker that processed
        them) go too: every change of a statement row passes here."""
        seqs = seqs or {}
        self.db.executemany("INSERT INTO stale VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET seqs = "
                            "stale.seqs || ',' || excluded.seqs",
                            [(d, ",".join(map(str, seqs[d])) if d in seqs else None) for d, in ids])
        self.db.executemany("DELETE FROM drafts WHERE doc_id = ?", ids)

    def render_status(self, header: str) -> tuple[list[str], list[str]]:
        """(documents whose rendered rows are missing, stale or of another header, in corpus order;
        rendered documents that are no longer in the corpus)."""
        stale = [d for d, ok in self.db.execute(
            "SELECT d.doc_id, r.header = ? AND s.doc_id IS NULL FROM documents d LEFT JOIN rendered r "
            "ON r.doc_id = d.doc_id LEFT JOIN stale s ON s.doc_id = d.doc_id ORDER BY d.ord", (header,)) if not ok]
        gone = [d for d, in self.db.execute(
            "SELECT doc_id FROM rendered WHERE doc_id NOT IN (SELECT doc_id FROM documents)")]
        return stale, gone

    def rendered(self):
        """(doc_id, header, statements CSV, hits CSV) per document in corpus order; None when not rendered."""
        yield from self.db.execute("SELECT d.doc_id, r.header, r.statements, r.hits FROM documents d "
                                   "LEFT JOIN rendered r ON r.doc_id = d.doc_id ORDER BY d.ord")

    def rendered_of(self, doc_ids) -> dict[str, tuple[str, str, str, set[int] | None]]:
        """doc_id -> (header, statements CSV, hits CSV, seqs of its only stale statements or None) of
        those of ``doc_ids`` that have rendered rows."""
        return {d: (h, st, hits, None if seqs is None else {int(x) for x in seqs.split(",")})
                for d, h, st, hits, seqs in self._in(
                    "SELECT r.doc_id, r.header, r.statements, r.hits, s.seqs FROM rendered r LEFT JOIN stale s "
                    "ON s.doc_id = r.doc_id WHERE r.doc_id IN ({})", doc_ids)}

    def set_rendered(self, rows: list[tuple], drop=(), tallies=None):
        """Store rendered rows ``(doc_id, header, statements, hits)``, forget those of ``drop``, and
        store ``tallies`` ((header, blob), or None to forget them), in one transaction."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO rendered VALUES (?,?,?,?,1)", rows)
            self.db.executemany("DELETE FROM rendered WHERE doc_id = ?", [(d,) for d in drop])
            self.db.executemany("DELETE FROM drafts WHERE doc_id = ?", [(r[0],) for r in rows])
            self.db.executemany("DELETE FROM stale WHERE doc_id = ?", [(r[0],) for r in rows] + [(d,) for d in drop])
            self.db.execute("DELETE FROM tallies")
            if tallies is not None:
                self.db.execute("INSERT INTO tallies VALUES (1, ?, ?)", tallies)

    def drafts_of(self, doc_ids, header: str) -> dict[str, tuple[str, str]]:
        """doc_id -> (statements CSV, hits CSV) of the drafts of ``doc_ids`` rendered under ``header``."""
        return {d: (st, hits) for d, st, hits in self._in(
            "SELECT doc_id, statements, hits FROM drafts WHERE doc_id IN ({}) AND header = ?", doc_ids, [header])}

    def rendered_texts(self, doc_ids) -> dict[str, tuple[str, str]]:
        """doc_id -> (statements CSV, hits CSV) of ``doc_ids``."""
        return {d: (st, hits) for d, st, hits in
                self._in("SELECT doc_id, statements, hits FROM rendered WHERE doc_id IN ({})", doc_ids)}

    def doc_order(self) -> list[str]:
        """Every document's id, in corpus order."""
        return [d for d, in self.db.execute("SELECT doc_id FROM documents ORDER BY ord")]

    def row_counts(self, doc_ids=None) -> dict[str, tuple[int, int]]:
        """doc_id -> (statement rows, frame hit rows) of ``doc_ids`` (default: every document)."""
        counts: dict[str, list] = {}
        for i, table in enumerate(("statements", "frame_hits")):
            query = f"SELECT doc_id, COUNT(*) FROM {table}"
            rows = self.db.execute(query + " GROUP BY doc_id") if doc_ids is None else \
                self._in(query + " WHERE doc_id IN ({}) GROUP BY doc_id", doc_ids)
            for d, n in rows:
                counts.setdefault(d, [0, 0])[i] = n
        return {d: tuple(n) for d, n in counts.items()}

    # Where each document's rows are in the last export's files (byte offset and length in the CSV,
    # first row and row count in both), so that the next export can copy unchanged documents' rows.
    def layout(self) -> dict[str, tuple]:
        """doc_id -> (statements: offset, bytes, row, rows; frame hits: offset, bytes, row, rows)."""
        return {r[0]: r[1:] for r in self.db.execute("SELECT * FROM layout")}

    def set_layout(self, rows: list[tuple]):
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM layout")
            self.db.executemany("INSERT INTO layout VALUES (?,?,?,?,?,?,?,?,?)", rows)

    def tallies(self):
        """(header, blob) of the stored aggregate tallies, or None."""
        return self.db.execute("SELECT header, data FROM tallies").fetchone()

    # -- reads -------------------------------------------------------------------
    def signatures(self):
        """(doc_id, shingle set, date) of every readable document, for repost detection."""
        for doc_id, blob, date, n in self.db.execute(
                "SELECT doc_id, shingles, date, n_chars FROM documents WHERE status = 'ok' ORDER BY ord"):
            yield doc_id, np.frombuffer(blob or b"", dtype=np.uint32), date, n

    def statement_texts(self, doc_id) -> list[tuple[int, str]]:
        return self.db.execute("SELECT seq, text FROM statements WHERE doc_id = ? AND kind != 'narration'",
                               (doc_id,)).fetchall()

    def documents(self, with_text=False) -> pd.DataFrame:
        cols = DOCUMENTS + (["text"] if with_text else [])
        q = ", ".join(f'"{c}"' for c in cols)
        return pd.read_sql_query(f"SELECT {q} FROM documents ORDER BY ord", self.db)

    def doc_ids_needing_frames(self, frames_key) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT d.doc_id FROM documents d LEFT JOIN framed f USING (doc_id) WHERE d.status = 'ok' "
            "AND f.frames_key IS NOT ? ORDER BY d.ord", (frames_key,))]

    def texts(self, doc_ids) -> dict[str, str]:
        """doc_id -> text of ``doc_ids``."""
        return dict(self._in("SELECT doc_id, text FROM documents WHERE doc_id IN ({})", doc_ids))

    def statements_of(self, doc_ids, rowids=None) -> pd.DataFrame:
        """The statements of ``doc_ids`` (or those with these ``rowids``) in corpus order."""
        keys, column = (doc_ids, "s.doc_id") if rowids is None else (rowids, "s.rowid")
        parts = [pd.read_sql_query(
            f"SELECT s.* FROM statements s JOIN documents d USING (doc_id) WHERE {column} IN "
            f"({','.join('?' * len(part))}) ORDER BY d.ord, s.seq", self.db, params=list(part))
            for part in (keys[i:i + 5000] for i in range(0, max(len(keys), 1), 5000))]
        return _expand(pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0])

    def statement_rows(self, doc_ids, columns: list[str], only: dict | None = None):
        """Stored statement rows of ``doc_ids`` (``columns``, then the scores JSON), by document and seq;
        of a document in ``only`` (doc_id -> seqs), those statements' only."""
        cols = ", ".join(f'"{c}"' for c in columns + ["scores"])
        return self._of(f"SELECT {cols} FROM statements WHERE doc_id IN ({{}}) ORDER BY doc_id, seq",
                        f"SELECT {cols} FROM statements WHERE doc_id = ? AND seq IN ({{}}) ORDER BY seq",
                        doc_ids, only)

    def hit_rows(self, doc_ids, only: dict | None = None):
        """Stored frame hits of ``doc_ids`` (FRAME_HITS columns), by document and statement, in the order
        found (a reframe appends a statement's new hits after the document's others); of a document in
        ``only`` (doc_id -> seqs), those statements' only."""
        cols = ", ".join(f'"{c}"' for c in FRAME_HITS)
        seq = "CAST(substr(statement_id, length(doc_id) + 2) AS INTEGER)"  # statement_id is "<doc_id>:<seq>"
        return self._of(f"SELECT {cols} FROM frame_hits WHERE doc_id IN ({{}}) ORDER BY doc_id, {seq}, rowid",
                        f"SELECT {cols} FROM frame_hits WHERE doc_id = ? AND {seq} IN ({{}}) ORDER BY {seq}, rowid",
                        doc_ids, only)

    def _of(self, query: str, some: str, doc_ids, only: dict | None) -> list[tuple]:
        """Rows of ``query`` for the ``doc_ids`` not in ``only``, and of ``some`` for each that is (its
        ``{}`` the document's seqs)."""
        only = only or {}
        out = self._in(query, [d for d in doc_ids if d not in only])
        for d in doc_ids:
            if d in only:
                seqs = sorted(only[d])
                out += self.db.execute(some.format(",".join("?" * len(seqs))), [d, *seqs]).fetchall()
        return out

    def stance_targets(self) -> list[str]:
        """Target ids of the stored stance scores, in the order they were scored."""
        row = self.db.execute("SELECT scores FROM statements WHERE scores IS NOT NULL AND scores != '{}' "
                              "LIMIT 1").fetchone()
        return [k[len("stance_"):] for k in json.loads(row[0])] if row else []


def _scores_json(statements: pd.DataFrame) -> list[str]:
    cols = [c for c in statements.columns if is_score(c) and c != "stance"]
    if not cols:
        return ["{}"] * len(statements)
    # json.dumps of each row's dict, formatted directly: a float's JSON is its repr when finite.
    template = "{" + ", ".join(json.dumps(c) + ": %s" for c in cols) + "}"
    return [template % tuple(map(_json_number, vals)) for vals in zip(*(statements[c].tolist() for c in cols))]


def _json_number(v) -> str:
    return repr(v) if type(v) is float and math.isfinite(v) else json.dumps(v)


def _hit_rows(hits: pd.DataFrame) -> list[tuple]:
    """Rows of the frame_hits table (doc_id first). Whole columns as lists, then zipped: iterating
    rows of Arrow-backed string columns is many times slower."""
    return list(zip(*(hits[c].tolist() for c in ["doc_id"] + FRAME_HITS[:1] + FRAME_HITS[2:]))) if len(hits) else []


#: The columns of the statements table, in order.
STATEMENT_TABLE = ["doc_id", "seq", "statement_id", "outlet", "date", "speaker", "speaker_role", "speaker_mention",
                   "kind", "cue", "text", "start", "end", "duplicate", "frames", "stance", "stance_evidence", "scores",
                   "n_words", "stance_lex", "hits_sig"]


def _statement_rows(st: pd.DataFrame) -> list[tuple]:
    """Rows of the statements table (``STATEMENT_TABLE`` columns) of a statements DataFrame."""
    if st.empty:
        return []
    cols = STATEMENT_TABLE[:13]
    # Whole columns as Python lists (one C call each), then zipped: much faster than row iteration.
    columns = [st[c].tolist() for c in cols]
    columns.append(st["duplicate"].fillna(False).astype(bool).astype(int).tolist())
    columns += [st[c].tolist() for c in ("frames", "stance", "stance_evidence")]
    columns.append(_scores_json(st))
    columns.append(st["n_words"].astype(int).tolist())
    columns.append(_lex(st))
    columns.append(_sig(st))
    return list(zip(*columns))


def _lex(st: pd.DataFrame) -> list:
    return st["stance_lex"].tolist() if "stance_lex" in st else [None] * len(st)


def _sig(st: pd.DataFrame) -> list:
    return st["hits_sig"].astype("int64").tolist() if "hits_sig" in st else [None] * len(st)


def scores_reader():
    """A function from a stored scores JSON text to its dict, parsing each distinct text once (most
    rows share a few values); the dicts are shared between rows and must not be changed.

    >>> read = scores_reader()
    >>> [read(t) for t in ['{"stance_a": 0.5}', None, '{"stance_a": 0.5}']]
    [{'stance_a': 0.5}, {}, {'stance_a': 0.5}]
    """
    memo: dict = {}

    def read(text):
        d = memo.get(text)
        if d is None:
            d = memo[text] = json.loads(text or "{}")
        return d

    return read


def _expand(df: pd.DataFrame) -> pd.DataFrame:
    """Stored rows back to the statements table: scores JSON -> stance_<target> columns."""
    if df.empty:
        return pd.DataFrame(columns=STATEMENTS + ["stance_evidence", "n_words", "seq"])
    scores = pd.DataFrame(list(map(scores_reader(), df.pop("scores"))), index=df.index)
    df["duplicate"] = df["duplicate"].astype(bool)
    df = pd.concat([df, scores], axis=1)
    front = STATEMENTS + ["stance_evidence"]  # stance_lex follows, before the per-target scores
    rest = [c for c in df.columns if c not in front]
    return df[front + rest]
