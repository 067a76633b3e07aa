"""Framing lexicons: the data model, the pattern syntax and the native YAML format.

A lexicon is a list of frames; each frame has patterns (words, phrases,
proximity pairs, with globs and weights) and optional exclusions. The format
is documented in ``lexicons/README.md``. LIWC ``.dic``, LIWC-22 ``.dicx`` and
quanteda YAML dictionaries are read by :mod:`narrative.dictionaries` into the
same objects, so every matcher and command works with all of them.

>>> lex = parse_lexicon_text('''
... frames:
...   - id: truce
...     label: Truce broken
...     patterns: [ceasefire ~5 violat*, {pattern: truce-breaking, weight: 2}]
... ''', "demo.yaml")
>>> [(p.text, p.weight) for p in lex.frames[0].patterns]
[('ceasefire ~5 violat*', 1.0), ('truce-breaking', 2.0)]
"""
from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import NarrativeError
from .io import write_text
from .lexicons import LOADER

#: Characters folded before matching, one for one so offsets stay valid.
FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00ad": "-",
    "\u0130": "i",  # the one character whose lower() is two characters long
}

_PROXIMITY = re.compile(r"\s+~(\d+)\s+")
_WORD = re.compile(r"\((?:[\w*?']+\|)+[\w*?']+\)|[\w*?']+")
_GROUP = re.compile(r"\(([^()]*)\)(\?)?")
_FRAME_ID = re.compile(r"^[^\s;]+$")
_FRAME_KEYS = {"id", "label", "definition", "patterns", "exclude", "negation",
               "min_weight", "stem", "liwc_id"}
_PATTERN_KEYS = {"pattern", "weight"}


def fold(text: str) -> str:
    """Lower-case ``text`` and fold curly quotes and dashes, keeping its length.

    >>> fold("Iran\u2019s LARGE\u2013scale")
    "iran's large-scale"
    """
    for a, b in FOLD.items():
        if a in text:  # str.replace per character is much faster than str.translate with a dict
            text = text.replace(a, b)
    return text.lower()


def expand_pattern(text: str) -> list[str]:
    """Spell out groups the matcher cannot take as one word: phrases among
    alternatives ``(a|b c)`` and optional groups ``(the )?``.

    >>> expand_pattern("backers of (the )?(terror*|takfiri|armed groups)")
    ['backers of the (terror*|takfiri)', 'backers of the armed groups', 'backers of (terror*|takfiri)', 'backers of armed groups']
    """
    pieces, pos = [], 0
    for m in _GROUP.finditer(text):
        alts = [a.strip() for a in m.group(1).split("|")]
        single = [a for a in alts if a and not re.search(r"[\s\-\u2010-\u2015]", a)]
        if not m.group(2) and len(single) == len(alts):
            continue  # plain one-word alternatives stay as they are
        choices = (["(" + "|".join(single) + ")"] if len(single) > 1 else single)
        choices += [a for a in alts if a not in single] + ([""] if m.group(2) else [])
        pieces += [[text[pos:m.start()]], choices]
        pos = m.end()
    pieces.append([text[pos:]])
    return [" ".join(" ".join(v).split()) for v in itertools.product(*pieces)]


def parse_pattern(text: str) -> tuple[list[list[str]], int | None]:
    """Split a pattern into sides (lists of words) and the proximity distance.

    A side is a word or phrase; ``A ~N B`` has two sides that must occur
    with at most N words between them, in either order. ``(a|b*)`` is one
    word with alternatives. Hyphens split words, so ``large-scale`` and
    ``large scale`` are the same pattern; other punctuation is ignored.

    >>> parse_pattern("Ceasefire ~5 (violat*|breach)")
    ([['ceasefire'], ['(violat*|breach)']], 5)
    >>> parse_pattern("Iran\u2019s large-scale")
    ([["iran's", 'large', 'scale']], None)
    """
    parts = _PROXIMITY.split(fold(text).strip())
    if len(parts) > 3:
        raise ValueError(f"pattern {text!r}: only one ~N proximity operator is allowed")
    sides = [[w.strip("'") for w in _WORD.findall(s) if w.strip("'")] for s in parts[::2]]
    leftover = "".join(_WORD.sub(" ", s) for s in parts[::2])
    if "~" in leftover:
        raise ValueError(f"pattern {text!r}: write proximity as 'A ~N B' with spaces around ~N")
    if "|" in leftover:
        raise ValueError(f"pattern {text!r}: alternatives are single words in parentheses, like (a|b*)")
    if text.count("(") != text.count(")") and any(sides):  # a LIWC emoticon ":(" has no words
        raise ValueError(f"pattern {text!r}: unbalanced parentheses")
    for side in sides:
        if side and side[0] == "*":
            raise ValueError(f"pattern {text!r}: a phrase cannot start with a bare '*'")
        if len(sides) == 2 and not side:
            raise ValueError(f"pattern {text!r}: both sides of ~N need words")
    return sides, int(parts[1]) if len(parts) == 3 else None


def alternatives(word: str) -> list[str]:
    """The alternatives of one pattern word.

    >>> alternatives("(back*|fund)"), alternatives("ceasefire")
    (['back*', 'fund'], ['ceasefire'])
    """
    return word[1:-1].split("|") if word.startswith("(") else [word]


@dataclass
class Pattern:
    """One pattern of a frame: its text, weight and the line it came from."""
    text: str
    weight: float = 1.0
    line: int | None = None


@dataclass
class Frame:
    """One frame (or dictionary category).

    ``negation=False`` keeps hits preceded by a negator (for frames whose
    wording is itself a denial); ``stem=False`` matches plain words exactly,
    as LIWC and quanteda dictionaries expect; ``min_weight`` is the total
    weight of hits a statement needs to carry the frame.
    """
    id: str
    label: str = ""
    definition: str = ""
    patterns: list[Pattern] = field(default_factory=list)
    exclude: list[Pattern] = field(default_factory=list)
    negation: bool = True
    min_weight: float = 1.0
    stem: bool = True
    liwc_id: str | None = None
    line: int | None = None


@dataclass
class Lexicon:
    """Frames plus stance ``targets`` (plain dicts, interpreted elsewhere)."""
    frames: list[Frame]
    targets: list[dict] = field(default_factory=list)
    source: str = ""
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)

    def frame(self, frame_id: str) -> Frame:
        """The frame called ``frame_id`` (KeyError when absent)."""
        for f in self.frames:
            if f.id == frame_id:
                return f
        raise KeyError(frame_id)


def check_frames(frames: list[Frame], source: str) -> list[str]:
    """Validate ids and pattern syntax (raising NarrativeError); return warnings.

    >>> check_frames([Frame("a", patterns=[Pattern("x"), Pattern("X", line=3)])], "f.yaml")
    ["f.yaml:3: frame 'a': duplicate pattern 'X'"]
    """
    warnings, seen_ids = [], set()
    for f in frames:
        if not _FRAME_ID.match(f.id or ""):
            raise NarrativeError(f"frame id {f.id!r} must be non-empty, without spaces or ';'", source, f.line)
        if f.id in seen_ids:
            raise NarrativeError(f"duplicate frame id {f.id!r}", source, f.line)
        seen_ids.add(f.id)
        if not f.patterns:
            warnings.append(_where(source, f.line) + f"frame {f.id!r} has no patterns")
        seen = set()
        for p in f.patterns + f.exclude:
            try:
                variants = [parse_pattern(v)[0] for v in expand_pattern(p.text)]
            except ValueError as exc:
                raise NarrativeError(str(exc), source, p.line) from None
            if not any(any(sides) for sides in variants):
                warnings.append(_where(source, p.line) + f"frame {f.id!r}: pattern {p.text!r} has no words and never matches")
            key = (p in f.exclude, fold(p.text).strip())
            if key in seen:
                warnings.append(_where(source, p.line) + f"frame {f.id!r}: duplicate pattern {p.text!r}")
            seen.add(key)
    return warnings


def _where(source, line):
    return f"{source}:{line}: " if line else f"{source}: "


# ---------------------------------------------------------------- native YAML

def parse_lexicon_text(text: str, source: str = "<string>") -> Lexicon:
    """Parse a native or quanteda YAML lexicon given as text (see module doc)."""
    try:
        root = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise NarrativeError(f"invalid YAML: {problem}", source, mark.line + 1 if mark else None) from None
    if root is None:
        raise NarrativeError("empty lexicon file", source)
    if not isinstance(root, yaml.MappingNode):
        raise NarrativeError("a lexicon must be a mapping with a 'frames:' list", source, _line(root))
    keys = {_scalar(k, source): (k, v) for k, v in root.value}
    if "frames" not in keys:
        from .dictionaries import quanteda_frames
        frames = quanteda_frames(root, source)
        warnings, targets = [], []
    else:
        warnings = [_where(source, _line(k)) + f"unknown top-level key {name!r} ignored"
                    for name, (k, _) in keys.items() if name not in ("frames", "targets")]
        frames = _native_frames(keys["frames"][1], source, warnings)
        targets = []
        if "targets" in keys:
            tnode = keys["targets"][1]
            if not isinstance(tnode, yaml.SequenceNode):
                raise NarrativeError("'targets' must be a list", source, _line(tnode))
            targets = [_construct(n) for n in tnode.value]
    warnings += check_frames(frames, source)
    return Lexicon(frames, targets, source, hashlib.sha256(text.encode("utf-8")).hexdigest(), warnings)


def _native_frames(node, source, warnings):
    if not isinstance(node, yaml.SequenceNode):
        raise NarrativeError("'frames' must be a list of frames", source, _line(node))
    frames = []
    for fnode in node.value:
        if not isinstance(fnode, yaml.MappingNode):
            raise NarrativeError("each frame must be a mapping with id, label, patterns", source, _line(fnode))
        items = {_scalar(k, source): (k, v) for k, v in fnode.value}
        for name, (k, _) in items.items():
            if name not in _FRAME_KEYS:
                warnings.append(_where(source, _line(k)) + f"unknown frame key {name!r} ignored")
        if "id" not in items:
            raise NarrativeError("frame without 'id'", source, _line(fnode))
        get = lambda key, default=None: _construct(items[key][1]) if key in items else default  # noqa: E731
        frame = Frame(id=str(get("id")), label=str(get("label", "") or ""),
                      definition=str(get("definition", "") or "").strip(),
                      negation=_typed(get("negation", True), bool, "negation", source, items),
                      stem=_typed(get("stem", True), bool, "stem", source, items),
                      min_weight=float(_typed(get("min_weight", 1.0), (int, float), "min_weight", source, items)),
                      liwc_id=None if get("liwc_id") is None else str(get("liwc_id")),
                      line=_line(fnode))
        frame.label = frame.label or frame.id
        for key in ("patterns", "exclude"):
            if key in items:
                setattr(frame, key, _patterns(items[key][1], source))
        frames.append(frame)
    return frames


def _typed(value, types, key, source, items):
    if isinstance(value, bool) and types is not bool or not isinstance(value, types):
        raise NarrativeError(f"{key!r} has the wrong type: {value!r}", source, _line(items[key][1]))
    return value


def _patterns(node, source):
    if not isinstance(node, yaml.SequenceNode):
        raise NarrativeError("patterns must be a list", source, _line(node))
    out = []
    for pnode in node.value:
        if isinstance(pnode, yaml.ScalarNode):
            out.append(Pattern(str(_construct(pnode)), 1.0, _line(pnode)))
        elif isinstance(pnode, yaml.MappingNode):
            d = {_scalar(k, source): v for k, v in pnode.value}
            unknown = set(d) - _PATTERN_KEYS
            if unknown or "pattern" not in d:
                raise NarrativeError(f"a pattern mapping needs 'pattern' and optional 'weight', got {sorted(d)}",
                                     source, _line(pnode))
            weight = _construct(d["weight"]) if "weight" in d else 1.0
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight <= 0:
                raise NarrativeError(f"weight must be a positive number, got {weight!r}", source, _line(d["weight"]))
            out.append(Pattern(str(_construct(d["pattern"])), float(weight), _line(pnode)))
        else:
            raise NarrativeError("a pattern must be a string or {pattern: ..., weight: ...}", source, _line(pnode))
    return out


def _line(node):
    return node.start_mark.line + 1


def _scalar(node, source):
    if not isinstance(node, yaml.ScalarNode):
        raise NarrativeError("keys must be plain strings", source, _line(node))
    return node.value


def _construct(node):
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def dump_lexicon_yaml(lexicon: Lexicon) -> str:
    """Render ``lexicon`` in the native YAML format (what ``convert`` writes).

    >>> print(dump_lexicon_yaml(Lexicon([Frame("a", "A", patterns=[Pattern("x*", 0.5)])])), end="")
    frames:
    - id: a
      label: A
      patterns:
      - pattern: x*
        weight: 0.5
    """
    frames = []
    for f in lexicon.frames:
        d = {"id": f.id, "label": f.label}
        if f.liwc_id is not None:
            d["liwc_id"] = f.liwc_id
        if f.definition:
            d["definition"] = f.definition
        for key, default in (("negation", True), ("stem", True), ("min_weight", 1.0)):
            if getattr(f, key) != default:
                d[key] = getattr(f, key)
        d["patterns"] = [p.text if p.weight == 1 else {"pattern": p.text, "weight": p.weight} for p in f.patterns]
        if f.exclude:
            d["exclude"] = [p.text if p.weight == 1 else {"pattern": p.text, "weight": p.weight} for p in f.exclude]
        frames.append(d)
    out = {"frames": frames}
    if lexicon.targets:
        out["targets"] = lexicon.targets
    return yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------- loading

def load_lexicon(path) -> Lexicon:
    """Read a lexicon, choosing the format by extension.

    ``.yaml``/``.yml``: native format or a quanteda dictionary; ``.dic``: LIWC;
    ``.dicx``: LIWC-22. Errors name the file and line.

    >>> lex = load_lexicon(default_lexicon_path())
    >>> "forward_defense" in [f.id for f in lex.frames]
    True
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NarrativeError(f"cannot read lexicon: {exc.strerror}", str(path)) from None
    ext = path.suffix.lower()
    if ext in (".yaml", ".yml"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise NarrativeError(f"not UTF-8 at byte {exc.start}", str(path)) from None
        lexicon = parse_lexicon_text(text, str(path))
    elif ext in (".dic", ".dicx"):
        from . import dictionaries
        lexicon = (dictionaries.parse_dic if ext == ".dic" else dictionaries.parse_dicx)(data, str(path))
    else:
        raise NarrativeError("unknown lexicon format (use .yaml, .yml, .dic or .dicx)", str(path))
    lexicon.sha256 = hashlib.sha256(data).hexdigest()
    return lexicon


def load_lexicons(paths) -> Lexicon:
    """Read several lexicons and merge them in order.

    A frame id repeated in a later file replaces the earlier frame (with a
    warning), so a small file can override one frame of the default lexicon.
    """
    paths = list(paths)
    if not paths:
        raise NarrativeError("no lexicon given")
    merged, shas = Lexicon([], [], "", "", []), []
    for path in paths:
        lex = load_lexicon(path)
        ids = {f.id for f in lex.frames}
        for f in merged.frames:
            if f.id in ids:
                merged.warnings.append(f"{lex.source}: frame {f.id!r} replaces the one in an earlier lexicon")
        merged.frames = [f for f in merged.frames if f.id not in ids] + lex.frames
        merged.targets += lex.targets
        merged.warnings += lex.warnings
        shas.append(lex.sha256)
    merged.source = ";".join(str(p) for p in paths)
    # One file keeps its own hash, so provenance matches `sha256sum frames.yaml`.
    merged.sha256 = shas[0] if len(shas) == 1 else hashlib.sha256(";".join(shas).encode()).hexdigest()
    return merged


def save_lexicon(lexicon: Lexicon, path) -> list[str]:
    """Write ``lexicon`` in the format given by the extension of ``path`` (atomically).

    Returns warnings about what the target format cannot hold (e.g. weights in ``.dic``).
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext in (".yaml", ".yml"):
        write_text(path, dump_lexicon_yaml(lexicon))
        return []
    if ext in (".dic", ".dicx"):
        from . import dictionaries
        return (dictionaries.write_dic if ext == ".dic" else dictionaries.write_dicx)(lexicon, path)
    else:
        raise NarrativeError("unknown output format (use .yaml, .yml, .dic or .dicx)", str(path))


def default_lexicon_path() -> Path:
    """The bundled ``frames.yaml`` of the lexicons folder (see ``narrative.lexicons.lexicon_file``).

    >>> default_lexicon_path().name
    'frames.yaml'
    """
    from .lexicons import lexicon_file

    path = lexicon_file("frames.yaml")
    if not path.is_file():
        raise NarrativeError("default lexicon not found (set NARRATIVE_LEXICONS to the lexicons folder)")
    return path
