"""Read a corpus: folders of .txt/.html/.jsonl/.csv files, decoded and joined with metadata.

``read_corpus(path)`` yields one dict per document with the columns of
``schema.DOCUMENTS`` plus ``text``; unreadable files come back with their
reason in ``status`` and no text, so a run never stops on one bad file.
"""
from __future__ import annotations

import csv
import html
import json
import os
import re
import sys
from pathlib import Path

import pandas as pd

from .errors import NarrativeError, csv_problem

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".csv"}
META_FIELDS = ["outlet", "title", "author", "date", "url"]
#: Field names accepted for the text and id of a .jsonl record or .csv row.
TEXT_FIELDS = ("text", "content", "body", "article")
ID_FIELDS = ("doc_id", "id")

csv.field_size_limit(2**31 - 1)


def warn(message: str) -> None:
    """One clear line on stderr per problem."""
    print(f"narrative: {message}", file=sys.stderr)


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOMs first, then UTF-8, then a detector, then cp1252.

    >>> decode("café".encode("cp1252"))
    'café'
    >>> decode("\\ufeffhi".encode("utf-16"))
    'hi'
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    # Latin-script text that is not UTF-8 is nearly always cp1252, and detectors cannot tell the
    # Latin code pages apart on short texts; trust the detector for other scripts only.
    latin = ("cp125", "latin", "iso8859", "mac_", "cp850", "cp437", "ascii", "utf_8", "utf_16", "utf_32")
    if best is not None and not best.encoding.startswith(latin):
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes (outside UTF-16) or many control characters.

    >>> looks_binary(b"\\x00\\x01\\x02PNG")
    True
    >>> looks_binary("plain text".encode())
    False
    """
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))  # counted in C, not byte by byte
    return bool(head) and controls / len(head) > 0.05


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def html_to_text(html: str) -> str:
    """The article text (and comments) of an HTML page, via trafilatura; tags as a fallback."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=True, include_tables=False,
                               favor_recall=True, deduplicate=False)
    if text:
        return text
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html).text_content()
    except Exception:  # lxml rejects some fragments; an empty text is reported as such
        return ""


# An HTML character reference left in scraped text ("&quot;", "&#8220;", "&nbsp;").
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def unescape(text: str) -> str:
    """Text with the HTML character references a scraper left in it decoded, so that quotation marks
    and spaces are seen as such (offsets then point into the decoded text, which is what is stored).

    >>> unescape("He said&nbsp;it was &#8220;over&#8221; at AT&T.")
    'He said\xa0it was “over” at AT&T.'
    """
    return html.unescape(text) if _ENTITY.search(text) else text


def _record(doc_id, path, text="", status="ok", meta=None):
    meta = meta or {}
    text = unescape(text)
    if "\r" in text:  # Windows and old Mac line ends: a lone "\r" would join lines in every later step
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    rec = {"doc_id": str(doc_id), "path": str(path), "text": text, "status": status}
    for field in META_FIELDS:
        value = meta.get(field)
        rec[field] = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    return rec


def _first(mapping, names):
    for name in names:
        if name in mapping and mapping[name] not in (None, ""):
            return mapping[name]
    return None


def read_file(path: Path):
    """Yield the document records of one file (several for .jsonl and .csv)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _record(path.stem, path, status=f"unreadable: {exc.strerror}")
        return
    if not data.strip():
        yield _record(path.stem, path, status="empty file")
        return
    if looks_binary(data):
        yield _record(path.stem, path, status="binary file, not text")
        return
    text = decode(data)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
        status = "ok" if text.strip() else "no article text found in HTML"
        yield _record(path.stem, path, text=text, status=status)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, text)
    elif suffix == ".csv":
        yield from _read_csv(path, text)
    else:
        yield _record(path.stem, path, text=text)


def _read_jsonl(path, text):
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            warn(f"{path}:{lineno}: not valid JSON ({exc.msg}); line skipped")
            continue
        if not isinstance(obj, dict):
            warn(f"{path}:{lineno}: a JSON object was expected; line skipped")
            continue
        doc_id = _first(obj, ID_FIELDS) or f"{path.stem}-{lineno}"
        body = _first(obj, TEXT_FIELDS)
        if not isinstance(body, str) or not body.strip():
            yield _record(doc_id, f"{path}:{lineno}", status="no text field", meta=obj)
            continue
        yield _record(doc_id, f"{path}:{lineno}", text=body, meta=obj)


def _read_csv(path, text):
    reader = csv.DictReader(text.splitlines(keepends=True))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if not any(f in TEXT_FIELDS for f in fields):
        if path.name != "metadata.csv":
            warn(f"{path}:1: no 'text' column; file skipped")
        return
    for rowno, row in enumerate(reader, 2):
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        doc_id = _first(row, ID_FIELDS) or f"{path.stem}-{rowno - 1}"
        body = _first(row, TEXT_FIELDS)
        if not body or not body.strip():
            yield _record(doc_id, f"{path}:{rowno}", status="empty text", meta=row)
            continue
        yield _record(doc_id, f"{path}:{rowno}", text=body, meta=row)


def corpus_files(path: Path) -> list[Path]:
    """The corpus files under ``path`` (recursively, sorted), or ``[path]`` for a single file."""
    path = Path(path)
    if not path.exists():
        raise NarrativeError("no such file or folder", path=str(path))
    if path.is_file():
        return [path]
    found, folders = [], [str(path)]
    while folders:  # hidden folders and files are skipped; a directory entry's type needs no stat call
        with os.scandir(folders.pop()) as entries:
            for e in entries:
                if e.name.startswith("."):
                    continue
                if e.is_dir(follow_symlinks=False):  # as os.walk: links to folders are not followed
                    folders.append(e.path)
                elif e.is_file() and e.name != "metadata.csv" and os.path.splitext(e.name)[1].lower() in SUFFIXES:
                    found.append(Path(e.path))
    return sorted(found, key=lambda p: p.parts)  # the order of sorted(paths), without Path comparisons


def read_metadata(path) -> pd.DataFrame:
    """Read a metadata CSV keyed by ``doc_id``; a missing ``doc_id`` column is an error.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "metadata.csv"
    >>> _ = p.write_text("doc_id,outlet\\na,Kayhan\\n")
    >>> read_metadata(p).loc["a", "outlet"]
    'Kayhan'
    """
    path = Path(path)
    try:
        meta = pd.read_csv(path, dtype=str, keep_default_na=False, encoding_errors="replace")
    except FileNotFoundError:
        raise NarrativeError("metadata file not found", path=str(path)) from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        message, line = csv_problem(exc)
        raise NarrativeError(f"cannot read metadata: {message}", path=str(path), line=line) from None
    meta.columns = [c.strip().lower() for c in meta.columns]
    if "doc_id" not in meta.columns:
        raise NarrativeError("metadata has no 'doc_id' column", path=str(path), line=1)
    dupes = meta["doc_id"][meta["doc_id"].duplicated()]
    for doc_id in dupes:
        line = int(meta.index[meta["doc_id"] == doc_id][1]) + 2
        warn(f"{path}:{line}: doc_id {doc_id!r} appears twice; the first row is used")
    return meta.drop_duplicates("doc_id").set_index("doc_id")


def read_corpus(path, metadata=None, unchanged=None, files=None):
    """Yield document records for a corpus folder or file, joined with metadata on ``doc_id``.

    Metadata comes from ``metadata`` or a ``metadata.csv`` at the top of the folder.
    Metadata rows without a matching document are reported on stderr. ``unchanged(file)`` may
    return the doc_ids a file held when it was last read, if it has not changed since: the file is
    then not read, and ``{"doc_id", "path", "unchanged": True}`` stands for each of its documents.
    ``files`` is the :func:`corpus_files` listing, when the caller has it already.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Salami said the war was won.")
    >>> [r["doc_id"] for r in read_corpus(d)]
    ['a']
    """
    path = Path(path)
    files = corpus_files(path) if files is None else files
    meta_path = Path(metadata) if metadata else (path / "metadata.csv" if path.is_dir() else None)
    meta = read_metadata(meta_path) if meta_path and (metadata or meta_path.exists()) else None
    # Each document's non-empty metadata fields, looked up in a dict (a pandas row per document is slow).
    fields = [f for f in META_FIELDS if meta is not None and f in meta.columns]
    # Whole columns as lists: iterating rows of Arrow-backed strings is slow.
    meta_rows = {} if meta is None else {
        doc_id: {f: v for f, v in zip(fields, map(str.strip, map(str, values))) if v}
        for doc_id, *values in zip(meta.index.tolist(), *(meta[f].tolist() for f in fields))}
    seen = set()
    for file in files:
        ids = unchanged(file) if unchanged is not None else None
        if ids is not None:
            for doc_id in ids:
                seen.add(doc_id)
                yield {"doc_id": doc_id, "path": str(file), "file": str(file), "unchanged": True}
            continue
        for rec in read_file(file):
            rec["file"] = str(file)  # "path" may name a line of a .jsonl or .csv file
            if rec["doc_id"] in seen:
                warn(f"{file}: doc_id {rec['doc_id']!r} already used; renamed")
                rec["doc_id"] = f"{rec['doc_id']}~{len(seen)}"
            seen.add(rec["doc_id"])
            rec.update(meta_rows.get(rec["doc_id"], ()))
            if rec["status"] != "ok":
                warn(f"{rec['path']}: skipped ({rec['status']})")
            yield rec
    if meta is not None:
        for doc_id in meta.index.tolist():
            if doc_id not in seen:
                line = int(meta.index.get_loc(doc_id)) + 2
                warn(f"{meta_path}:{line}: no document named {doc_id!r} in the corpus")
