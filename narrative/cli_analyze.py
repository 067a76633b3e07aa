"""``narrative analyze`` and ``narrative quotes``."""
from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

from .errors import NarrativeError


def register(sub) -> None:
    p = sub.add_parser("analyze", help="extract, frame and score the statements of a corpus",
                       description="Analyse a corpus folder or file (.txt, .html, .jsonl, .csv with a text column).")
    p.add_argument("corpus", help="folder (searched recursively) or single file")
    p.add_argument("--out", default=None, help="output folder (default: reports/<corpus name>)")
    p.add_argument("--metadata", default=None, help="CSV with doc_id,outlet,title,author,date,url "
                                                   "(default: CORPUS/metadata.csv)")
    p.add_argument("--lexicon", action="append", default=None, metavar="FILE",
                   help="frame lexicon (.yaml, LIWC .dic/.dicx, quanteda YAML); repeatable; "
                        "replaces the default, add lexicons/frames.yaml to keep it")
    p.add_argument("--model", default=None, help="model folder from `narrative train`: adds its frames to the "
                   "lexicon's (default: the shipped frame model, with a lexicon that has its frames; 'none': no model)")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    p.add_argument("--no-report", action="store_true", help="skip report.html")
    # --- engine options (issue 6): see narrative/engine_dask.py -------------------------------
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: processes on this machine (default); dask: a Dask distributed cluster, "
                        "writing partitioned Parquet (needs narrative[dask])")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="with --engine dask: a running scheduler, e.g. tcp://host:8786, whose workers see "
                        "the corpus and --out at the same paths (default: a LocalCluster on this machine)")
    # --- end engine options -------------------------------------------------------------------
    p.set_defaults(func=run_analyze)

    r = sub.add_parser("reframe", help="re-classify stored statements with another lexicon, without re-extracting",
                       description="Re-frame and re-score the statements of a previous `analyze` run.")
    r.add_argument("out_dir")
    r.add_argument("--lexicon", action="append", default=None, metavar="FILE", help="frame lexicon; repeatable")
    r.add_argument("--model", default=None, help="model folder from `narrative train` (default: the shipped "
                   "frame model, with a lexicon that has its frames; 'none': no model)")
    r.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    r.add_argument("--no-report", action="store_true", help="skip report.html")
    r.set_defaults(func=run_reframe)

    q = sub.add_parser("quotes", help="print the statements of one article as a table")
    q.add_argument("file")
    q.add_argument("--all", action="store_true", help="include the author's narration")
    q.add_argument("--width", type=int, default=0, help="text column width (default: fit the terminal)")
    q.set_defaults(func=run_quotes)


def run_analyze(args) -> int:
    from .pipeline import run

    corpus = Path(args.corpus)
    out = Path(args.out) if args.out else Path("reports") / (corpus.stem or "corpus")
    if getattr(args, "engine", "local") == "dask":  # --- engine options (issue 6) ---
        return run_analyze_dask(args, corpus, out)
    if getattr(args, "scheduler", None):
        raise NarrativeError("--scheduler needs --engine dask")
    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    params = run(corpus, out, metadata=args.metadata, lexicons=args.lexicon, model=args.model, jobs=jobs,
                 progress=sys.stderr.isatty(), report=not args.no_report,
                 command=" ".join(["narrative"] + sys.argv[1:]))
    reused = f", {params['documents_reused']} unchanged" if params["documents_reused"] else ""
    print(f"{params['n_documents']} documents ({params['documents_processed']} processed{reused}), "
          f"{params['n_statements']} statements, {params['n_reposts']} reposts -> {out}")
    if params.get("n_failed"):
        print(f"narrative: {params['n_failed']} document(s) could not be analysed; their status in "
              f"{out / 'documents.csv'} says why (please report it)", file=sys.stderr)
    return 0


# --- engine options (issue 6) ---------------------------------------------------------------------
def run_analyze_dask(args, corpus: Path, out: Path) -> int:
    """``analyze --engine dask``: the same analysis on a Dask cluster, as partitioned Parquet."""
    from .engine_dask import require_dask, run_dask

    require_dask()  # before the notes below: a missing install is then the only line printed
    if args.jobs:
        print("narrative: --jobs is ignored with --engine dask (the cluster's workers decide)", file=sys.stderr)
    if not args.no_report:
        print("narrative: report.html and aggregates are not built with --engine dask", file=sys.stderr)
    params = run_dask(corpus, out, metadata=args.metadata, lexicons=args.lexicon, model=args.model,
                      scheduler=args.scheduler, progress=sys.stderr.isatty(),
                      command=" ".join(["narrative"] + sys.argv[1:]))
    print(f"{params['n_documents']} documents, {params['n_statements']} statements, {params['n_reposts']} reposts "
          f"in {params['partitions']} partitions on {params['jobs']} Dask worker threads -> {out}")
    return 0
# --- end engine options ----------------------------------------------------------------------------


def run_reframe(args) -> int:
    from .pipeline import reframe

    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    params = reframe(args.out_dir, lexicons=args.lexicon, model=args.model, report=not args.no_report, jobs=jobs)
    print(f"{params['reframed_documents']} documents re-framed -> {args.out_dir}")
    return 0


def run_quotes(args) -> int:
    from .pipeline import analyze

    path = Path(args.file)
    if not path.is_file():
        raise NarrativeError("not a file", path=str(path))
    analysis = analyze(path)
    st = analysis.statements
    if not args.all and len(st):
        st = st[st["kind"] != "narration"]
    if st.empty:
        print("no statements found")
        return 0
    width = args.width or max(40, min(120, os.get_terminal_size(sys.stdout.fileno()).columns
                                      if sys.stdout.isatty() else 100) - 58)
    print(f"{'speaker':24} {'role':12} {'kind':9} {'frames':10} text")
    for row in st.itertuples():
        text = " ".join(str(row.text).split())
        lines = textwrap.wrap(text, width) or [""]
        frames = (row.frames or "-")[:10]
        print(f"{str(row.speaker)[:24]:24} {row.speaker_role[:12]:12} {row.kind[:9]:9} {frames:10} {lines[0]}")
        for line in lines[1:]:
            print(" " * 58 + line)
    return 0
