"""Sub-commands for framing lexicons: ``narrative lexicon convert|check|suggest`` and ``narrative frames``."""
from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from .errors import NarrativeError
from .io import write_table
from .lexicon import Frame, Lexicon, default_lexicon_path, fold, load_lexicon, load_lexicons, save_lexicon

_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# Words that make poor suggestions on their own (they are in every frame's statements).
_STOP = frozenset("""a about after also an and any are as at be been but by can could did do does for from
had has have he her his i if in into is it its more my no not of on or our she so than that the their them
then there these they this those to was we were what when which who will with would you your said says""".split())


def register(subparsers) -> None:
    """Add ``lexicon`` (convert, check, suggest) and ``frames`` to the ``narrative`` command."""
    lex = subparsers.add_parser("lexicon", help="convert, check and grow framing lexicons")
    sub = lex.add_subparsers(dest="lexicon_command", required=True, metavar="ACTION")

    p = sub.add_parser("convert", help="convert between .yaml, .dic (LIWC) and .dicx (LIWC-22)")
    p.add_argument("input", help="lexicon to read (.yaml, .yml, .dic, .dicx)")
    p.add_argument("output", help="file to write; the format follows the extension")
    p.set_defaults(func=convert)

    p = sub.add_parser("check", help="validate a lexicon; with --corpus, find dead patterns and overlapping frames")
    p.add_argument("file", help="lexicon to check")
    p.add_argument("--corpus", help="an analyze output directory or its statements.csv")
    p.set_defaults(func=check)

    p = sub.add_parser("suggest", help="rank words that mark statements of FRAME (keyness, G2)")
    p.add_argument("frame", help="frame id")
    p.add_argument("out_dir", help="analyze output directory holding statements.csv")
    p.add_argument("--lexicon", help="lexicon whose terms are left out (default: the bundled one)")
    p.add_argument("--top", type=int, default=30, help="rows to print (default 30)")
    p.set_defaults(func=suggest)

    p = subparsers.add_parser("frames", help="show the frames and evidence found in one text")
    p.add_argument("text", help="the sentence to tag")
    p.add_argument("--lexicon", action="append", help="lexicon file (repeatable; default: the bundled one)")
    p.set_defaults(func=frames)


def convert(args) -> int:
    """Convert a lexicon by extension: ``narrative lexicon convert liwc.dic frames.yaml``."""
    lexicon = load_lexicon(args.input)
    for warning in lexicon.warnings:
        print(f"warning: {warning}")
    for loss in save_lexicon(lexicon, args.output):
        print(f"warning: {args.output}: {loss}")
    print(f"wrote {args.output}: {len(lexicon.frames)} frames, "
          f"{sum(len(f.patterns) for f in lexicon.frames)} patterns")
    return 0


def check(args) -> int:
    """Validate a lexicon (errors exit non-zero); with ``--corpus`` report dead patterns and overlaps."""
    lexicon = load_lexicon(args.file)
    for warning in lexicon.warnings:
        print(f"warning: {warning}")
    n_patterns = sum(len(f.patterns) for f in lexicon.frames)
    print(f"{args.file}: {len(lexicon.frames)} frames, {n_patterns} patterns, {len(lexicon.warnings)} warnings")
    if args.corpus:
        texts = _statements(args.corpus)["text"].fillna("").astype(str).tolist()
        dead, overlaps = corpus_report(lexicon, texts)
        print(f"\n{len(texts)} statements; patterns that never match: {len(dead)}")
        for frame_id, pattern in dead:
            print(f"  {frame_id}: {pattern}")
        print("\nframe pairs sharing statements (Jaccard >= 0.2):")
        for a, b, shared, jaccard in overlaps:
            print(f"  {a} & {b}: {shared} shared, Jaccard {jaccard:.2f}")
        if not overlaps:
            print("  none")
    return 0


def corpus_report(lexicon: Lexicon, texts: list[str], min_jaccard: float = 0.2):
    """Patterns that never hit ``texts``, and frame pairs whose statements overlap.

    >>> from narrative.lexicon import Pattern
    >>> lex = Lexicon([Frame("a", patterns=[Pattern("war"), Pattern("zzz")]), Frame("b", patterns=[Pattern("war*")])])
    >>> corpus_report(lex, ["war now", "a warning"])
    ([('a', 'zzz')], [('a', 'b', 1, 0.5)])
    """
    from .frames import FrameMatcher

    matcher = FrameMatcher(lexicon)
    used, by_frame = set(), {}
    for i, text in enumerate(texts):
        for h in matcher.hits(text):  # before the min_weight threshold: a weak pattern still counts as alive
            used.add((h.frame, h.pattern))
            by_frame.setdefault(h.frame, set()).add(i)
    dead = [(f.id, p.text) for f in lexicon.frames for p in f.patterns if (f.id, p.text) not in used]
    ids = [f.id for f in lexicon.frames if f.id in by_frame]
    overlaps = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            shared = len(by_frame[a] & by_frame[b])
            jaccard = shared / len(by_frame[a] | by_frame[b])
            if shared and jaccard >= min_jaccard:
                overlaps.append((a, b, shared, round(jaccard, 4)))
    return dead, sorted(overlaps, key=lambda o: -o[3])


def suggest(args) -> int:
    """Rank unigrams and bigrams by keyness (G2) of statements carrying FRAME; write suggest_<FRAME>.csv."""
    statements = _statements(args.out_dir)
    if "frames" not in statements:
        raise NarrativeError("statements.csv has no 'frames' column (run narrative analyze first)",
                             str(_statements_path(args.out_dir)))
    lexicon = load_lexicon(args.lexicon or default_lexicon_path())
    try:
        frame = lexicon.frame(args.frame)
    except KeyError:
        frame = Frame(args.frame)  # a frame tagged by another lexicon: nothing to leave out
    table = keyness(statements["text"].fillna("").astype(str).tolist(),
                    [args.frame in str(f).split(";") for f in statements["frames"].fillna("")], frame)
    if table.empty:
        raise NarrativeError(f"no statement carries frame {args.frame!r}", str(_statements_path(args.out_dir)))
    out = Path(args.out_dir) / f"suggest_{args.frame}.csv"
    write_table(table, out, parquet=False)
    print(table.head(args.top).to_string(index=False))
    print(f"\nwrote {out}")
    return 0


def keyness(texts: list[str], in_frame: list[bool], frame: Frame, min_count: int = 2) -> pd.DataFrame:
    """Terms over-represented in the ``in_frame`` texts, by log-likelihood G2 on statement counts.

    Terms the frame's patterns already match are left out.

    >>> t = keyness(["truce broken again", "truce broken", "sunny day", "a day"], [True, True, False, False], Frame("x"))
    >>> t.term.tolist()[:3], t.columns.tolist()
    (['broken', 'truce', 'truce broken'], ['term', 'in_frame', 'elsewhere', 'g2', 'log_odds'])
    """
    inside, outside = Counter(), Counter()
    for text, flag in zip(texts, in_frame):
        words = _WORDS.findall(fold(text))
        terms = {w for w in words if w not in _STOP and len(w) > 2}
        terms |= {f"{a} {b}" for a, b in zip(words, words[1:]) if not (a in _STOP and b in _STOP)}
        (inside if flag else outside).update(terms)
    n_in, n_out = sum(in_frame), len(in_frame) - sum(in_frame)
    if not n_in:
        return pd.DataFrame(columns=["term", "in_frame", "elsewhere", "g2", "log_odds"])
    from .frames import FrameMatcher

    matcher = FrameMatcher(Lexicon([frame])) if frame.patterns else None
    rows = []
    for term, a in inside.items():
        b = outside.get(term, 0)
        if a < min_count or a / n_in <= b / max(n_out, 1) or (matcher and matcher.hits(term)):
            continue
        rows.append((term, a, b, round(_g2(a, b, n_in, n_out), 3),
                     round(math.log((a + 0.5) / (n_in - a + 0.5)) - math.log((b + 0.5) / (n_out - b + 0.5)), 3)))
    table = pd.DataFrame(rows, columns=["term", "in_frame", "elsewhere", "g2", "log_odds"])
    return table.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)


def _g2(a, b, n_in, n_out):
    """Log-likelihood G2 of a 2x2 table: term present/absent in frame/other statements."""
    total = n_in + n_out
    cells = [(a, n_in * (a + b) / total), (n_in - a, n_in * (total - a - b) / total),
             (b, n_out * (a + b) / total), (n_out - b, n_out * (total - a - b) / total)]
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def frames(args) -> int:
    """Print the frames found in one text with the evidence for each."""
    lexicon = load_lexicons(args.lexicon) if args.lexicon else load_lexicon(default_lexicon_path())
    from .frames import FrameMatcher, tag_frames

    matcher = FrameMatcher(lexicon)
    table, hits = tag_frames(pd.DataFrame({"statement_id": ["text"], "doc_id": ["text"],
                                           "text": [args.text], "start": [0]}), None, matcher)
    found = table["frames"].iloc[0]
    print(f"frames: {found.replace(';', ', ') if found else '(none)'}")
    for row in hits.itertuples():
        label = lexicon.frame(row.frame).label
        print(f"  {row.frame} ({label}): [{row.pattern}] {row.left}[{row.matched}]{row.right}")
    return 0


def _statements_path(path) -> Path:
    path = Path(path)
    return path / "statements.csv" if path.is_dir() else path


def _statements(path) -> pd.DataFrame:
    csv = _statements_path(path)
    if not csv.is_file():
        raise NarrativeError("no statements.csv here (give an analyze output directory or the CSV)", str(csv))
    table = pd.read_csv(csv, dtype=str, keep_default_na=False)
    if "text" not in table:
        raise NarrativeError("statements.csv has no 'text' column", str(csv))
    return table
