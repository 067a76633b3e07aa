"""Dictionaries researchers already own: LIWC ``.dic``, LIWC-22 ``.dicx``, quanteda YAML.

Each is read into a :class:`~narrative.lexicon.Lexicon` (category -> frame,
term -> pattern) with ``stem=False`` and ``negation=False``: these dictionaries
list their inflections themselves and count words whatever precedes them. LIWC category ids are kept in ``Frame.liwc_id`` so a
``.dic`` -> ``.yaml`` -> ``.dic`` round trip reproduces the same file content.

>>> lex = parse_dic(b"%\\n01\\tposemo\\n%\\nlove*\\t01\\nkind of\\t01\\n", "x.dic")
>>> [(f.id, f.liwc_id, [p.text for p in f.patterns]) for f in lex.frames]
[('posemo', '01', ['love*', 'kind of'])]
"""
from __future__ import annotations

import csv
import io
import re

import yaml

from .errors import NarrativeError
from .io import write_text
from .lexicon import Frame, Lexicon, Pattern, check_frames

_LINES = re.compile(r"\r\n|\r|\n")


def decode(data: bytes) -> str:
    """Decode dictionary bytes: UTF-8 (with or without BOM), else cp1252.

    >>> decode("caf\\xe9".encode("cp1252")), decode("caf\\xe9".encode("utf-8"))
    ('café', 'café')
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps them rather than failing.
        return data.decode("cp1252", errors="strict") if _is_cp1252(data) else data.decode("latin-1")


def _is_cp1252(data):
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


# ---------------------------------------------------------------- LIWC .dic

def parse_dic(data: bytes, source: str) -> Lexicon:
    """Parse a LIWC ``.dic`` file (see module example).

    Two ``%`` lines delimit ``id<TAB>name`` category lines; then each line is
    ``term<TAB>id id ...`` (a term may be a phrase; ``*`` is a trailing
    wildcard). Any line ending (LF, CRLF, CR) and cp1252 or UTF-8 is accepted.
    """
    lines = _LINES.split(decode(data))
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        raise NarrativeError("a LIWC .dic needs two '%' lines around the category list", source,
                             marks[0] + 1 if marks else 1)
    frames, by_id = [], {}
    for i in range(marks[0] + 1, marks[1]):
        fields = lines[i].split()
        if not fields:
            continue
        if len(fields) != 2 or not fields[0].isdigit():
            raise NarrativeError(f"expected 'id<TAB>category', got {lines[i]!r}", source, i + 1)
        if int(fields[0]) in by_id:
            raise NarrativeError(f"duplicate category id {fields[0]}", source, i + 1)
        frame = Frame(fields[1], fields[1], negation=False, stem=False, liwc_id=fields[0], line=i + 1)
        by_id[int(fields[0])] = frame
        frames.append(frame)
    warnings = []
    for i in range(marks[1] + 1, len(lines)):
        line = lines[i].strip()
        if not line:
            continue
        if "\t" in line:
            term, ids = line.split("\t", 1)
            ids = ids.split()
        else:  # space-separated: the trailing numbers are ids, the rest is the (phrase) term
            fields = line.split()
            n = len(fields)
            while n > 1 and fields[n - 1].isdigit():
                n -= 1
            term, ids = " ".join(fields[:n]), fields[n:]
        term = term.strip()
        if not ids:
            warnings.append(f"{source}:{i + 1}: term {term!r} has no category and was skipped")
            continue
        for cid in ids:
            if not cid.isdigit():
                raise NarrativeError(f"unsupported category reference {cid!r} (LIWC conditional entries "
                                     "are not supported)", source, i + 1)
            if int(cid) not in by_id:
                raise NarrativeError(f"term {term!r} refers to undefined category {cid}", source, i + 1)
            by_id[int(cid)].patterns.append(Pattern(term, 1.0, i + 1))
    return Lexicon(frames, [], source, "", warnings + check_frames(frames, source))


def write_dic(lexicon: Lexicon, path) -> list[str]:
    """Write ``lexicon`` as a LIWC ``.dic`` (UTF-8, LF); return what could not be kept.

    Frames without ``liwc_id`` get the next free number.
    """
    used = {int(f.liwc_id) for f in lexicon.frames if f.liwc_id and f.liwc_id.isdigit()}
    ids, next_id = {}, 1
    for f in lexicon.frames:
        if f.liwc_id and f.liwc_id.isdigit():
            ids[f.id] = f.liwc_id
            continue
        while next_id in used:
            next_id += 1
        ids[f.id] = str(next_id)
        used.add(next_id)
    out = ["%"] + [f"{ids[f.id]}\t{f.id}" for f in lexicon.frames] + ["%"]
    for term, frames in _memberships(lexicon).items():
        out.append(term + "\t" + "\t".join(ids[f.id] for f, _ in frames))
    write_text(path, "\n".join(out) + "\n")
    return _losses(lexicon, weights=True)


def _memberships(lexicon):
    """term -> [(frame, weight)], terms in order of first appearance."""
    terms = {}
    for f in lexicon.frames:
        for p in f.patterns:
            terms.setdefault(p.text, []).append((f, p.weight))
    return terms


def _losses(lexicon, weights):
    lost = []
    for f in lexicon.frames:
        if weights and any(p.weight != 1 for p in f.patterns):
            lost.append(f"frame {f.id!r}: pattern weights are not kept")
        if f.exclude:
            lost.append(f"frame {f.id!r}: exclusions are not kept")
        if f.negation or f.stem or f.min_weight != 1 or f.definition or f.label not in ("", f.id):
            lost.append(f"frame {f.id!r}: label, definition and matching options are not kept")
    if lexicon.targets:
        lost.append("stance targets are not kept")
    return lost


# ---------------------------------------------------------------- LIWC-22 .dicx

def parse_dicx(data: bytes, source: str) -> Lexicon:
    """Parse a LIWC-22 ``.dicx`` (CSV: ``DicTerm`` then one column per category).

    A cell ``X`` marks membership; a number is read as the term's weight.

    >>> lex = parse_dicx(b"DicTerm,war,peace\\nfight*,X,\\ntruce,,2\\n", "d.dicx")
    >>> [(f.id, [(p.text, p.weight) for p in f.patterns]) for f in lex.frames]
    [('war', [('fight*', 1.0)]), ('peace', [('truce', 2.0)])]
    """
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    header = next(reader, None)
    if not header or header[0].strip().lower() != "dicterm":
        raise NarrativeError("a .dicx must start with a 'DicTerm' column", source, 1)
    frames = [Frame(name.strip(), name.strip(), negation=False, stem=False, line=1) for name in header[1:]]
    for row in reader:
        line = reader.line_num
        if not row or not row[0].strip():
            continue
        for frame, cell in zip(frames, row[1:]):
            cell = cell.strip()
            if not cell:
                continue
            try:
                weight = 1.0 if cell.upper() == "X" else float(cell)
            except ValueError:
                raise NarrativeError(f"cell {cell!r} for {frame.id!r} must be X, a number or empty",
                                     source, line) from None
            frame.patterns.append(Pattern(row[0].strip(), weight, line))
    return Lexicon(frames, [], source, "", check_frames(frames, source))


def write_dicx(lexicon: Lexicon, path) -> list[str]:
    """Write ``lexicon`` as a LIWC-22 ``.dicx``; return what could not be kept."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["DicTerm"] + [f.id for f in lexicon.frames])
    for term, members in _memberships(lexicon).items():
        cells = {f.id: ("X" if w == 1 else f"{w:g}") for f, w in members}
        writer.writerow([term] + [cells.get(f.id, "") for f in lexicon.frames])
    write_text(path, buf.getvalue())
    return _losses(lexicon, weights=False)


# ---------------------------------------------------------------- quanteda YAML

def quanteda_frames(root, source: str) -> list[Frame]:
    """Frames from a quanteda dictionary YAML node; nested keys become ``parent.child``.

    >>> lex = __import__("narrative.lexicon").lexicon.parse_lexicon_text(
    ...     "war:\\n  ground: [tank*, infantry]\\n  air: [jet*]\\npeace: [truce]\\n")
    >>> [(f.id, [p.text for p in f.patterns]) for f in lex.frames]
    [('war.ground', ['tank*', 'infantry']), ('war.air', ['jet*']), ('peace', ['truce'])]
    """
    frames = []

    def walk(node, prefix):
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                raise NarrativeError("dictionary keys must be strings", source, knode.start_mark.line + 1)
            key = f"{prefix}{knode.value}"
            if isinstance(vnode, yaml.MappingNode):
                walk(vnode, key + ".")
                continue
            terms = vnode.value if isinstance(vnode, yaml.SequenceNode) else [vnode]
            frame = Frame(key, key, negation=False, stem=False, line=knode.start_mark.line + 1)
            for t in terms:
                if not isinstance(t, yaml.ScalarNode):
                    raise NarrativeError(f"terms of {key!r} must be strings", source, t.start_mark.line + 1)
                frame.patterns.append(Pattern(t.value, 1.0, t.start_mark.line + 1))
            frames.append(frame)

    walk(root, "")
    return frames
