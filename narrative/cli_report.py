"""``narrative report`` and ``narrative charts``: the offline HTML report and static chart files.

    narrative report OUT_DIR [--max-rows 5000] [--lexicon PATH]
    narrative charts OUT_DIR --format png|svg [--out DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from .errors import NarrativeError
from .io import atomic_path, write_text


def run_report(args) -> int:
    from .report import build_report
    path = build_report(args.out_dir, max_rows=args.max_rows, lexicon=args.lexicon)
    print(f"Wrote {path} ({path.stat().st_size / 1e6:.1f} MB, opens offline)")
    return 0


def run_charts(args) -> int:
    # Checked before any work: kaleido is optional, and the message should say so plainly.
    if importlib.util.find_spec("kaleido") is None:
        raise NarrativeError(f"exporting {args.format.upper()} needs the optional 'kaleido' package "
                             "(pip install kaleido); the same charts are in report.html "
                             "(`narrative report OUT_DIR`)")
    from .report import figures
    out = Path(args.out) if args.out else Path(args.out_dir) / "charts"
    written, skipped = [], []
    for name, fig in figures(args.out_dir, lexicon=args.lexicon).items():
        if fig is None:
            skipped.append(name)
            continue
        try:
            image = fig.to_image(format=args.format, width=args.width, height=fig.layout.height or 500, scale=args.scale)
        except Exception as exc:  # kaleido present but unable to render (e.g. no Chrome for kaleido 1.x)
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise NarrativeError(f"cannot render {name}.{args.format} with kaleido: {first}") from None
        path = out / f"{name}.{args.format}"
        if args.format == "svg":
            write_text(path, image.decode("utf-8"))
        else:
            with atomic_path(path) as tmp:
                tmp.write_bytes(image)
        written.append(path.name)
    print(f"Wrote {len(written)} charts to {out}: {', '.join(written)}"
          + (f" (nothing to draw for: {', '.join(skipped)})" if skipped else ""))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "report", help="build OUT_DIR/report.html, one self-contained offline file",
        description="Rebuild OUT_DIR/report.html from the tables of `narrative analyze`: corpus summary, "
                    "charts, sortable speaker/statement/frame-evidence tables, documents, lexicon, "
                    "parameters and a methods note. The file embeds plotly.js and makes no network requests.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("out_dir", metavar="OUT_DIR", help="folder written by `narrative analyze`")
    p.add_argument("--max-rows", type=int, default=5000,
                   help="cap on rows in the statements and frame-evidence tables (keeps the file quick to open)")
    p.add_argument("--lexicon", action="append", metavar="PATH",
                   help="lexicon file(s) for frame labels (default: those recorded in run.json)")
    p.set_defaults(func=run_report)

    c = subparsers.add_parser(
        "charts", help="export the report's charts as PNG or SVG files (needs kaleido)",
        description="Write each chart of the report as a static image to --out (default OUT_DIR/charts). "
                    "Needs the optional kaleido package.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    c.add_argument("out_dir", metavar="OUT_DIR", help="folder written by `narrative analyze`")
    c.add_argument("--format", choices=["png", "svg"], default="png")
    c.add_argument("--out", metavar="DIR", help="where to write the images (default OUT_DIR/charts)")
    c.add_argument("--width", type=int, default=1100, help="image width in pixels")
    c.add_argument("--scale", type=float, default=2.0, help="pixel density for PNG")
    c.add_argument("--lexicon", action="append", metavar="PATH", help="lexicon file(s) for frame labels")
    c.set_defaults(func=run_charts)
