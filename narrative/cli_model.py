"""Sub-commands ``train``, ``predict``, ``evaluate`` and ``sample`` (trainable classifier and validation)."""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import NarrativeError
from .io import write_table


def register(subparsers) -> None:
    """Add the model and validation sub-commands to ``subparsers``."""
    p = subparsers.add_parser(
        "train", help="train a text classifier (model and settings chosen by cross-validation)",
        description="Train a classifier of TEXT into LABEL (several labels joined by ';' make it "
                    "multi-label). Model and hyper-parameters are chosen by cross-validation; the "
                    "reported scores come from nested cross-validation.")
    p.add_argument("data", metavar="DATA.csv", help="training rows (CSV or Parquet)")
    p.add_argument("--text", required=True, metavar="COL", help="column with the texts")
    p.add_argument("--label", required=True, metavar="COL", help="column with the labels ('a;b' for several)")
    p.add_argument("--by", metavar="COL", help="train one model per value of this column (e.g. stance target)")
    p.add_argument("--out", required=True, metavar="MODEL_DIR", help="folder for the model and its report")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--metric", choices=["f1_macro", "accuracy"], default="f1_macro",
                   help="what the model search maximises (default f1_macro)")
    p.add_argument("--features", choices=["words+chars", "words"], default="words+chars",
                   help="word 1-2-grams plus character 2-5-grams (default), or words only: several times "
                        "faster to apply, for models run on every statement of large corpora")
    p.add_argument("--quick", action="store_true", help="a two-point grid instead of the full search (for a quick look)")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="parallel workers (default 2 for 1000+ rows)")
    p.set_defaults(func=_train)

    p = subparsers.add_parser("predict", help="label texts with a trained model",
                              description="Write the input rows plus 'predicted' and 'confidence'.")
    p.add_argument("model", metavar="MODEL_DIR")
    p.add_argument("data", metavar="DATA.csv")
    p.add_argument("--text", required=True, metavar="COL", help="column with the texts")
    p.add_argument("--by", metavar="COL", help="group column for a model trained with --by (default: its name in training)")
    p.add_argument("--out", required=True, metavar="PRED.csv")
    p.set_defaults(func=_predict)

    p = subparsers.add_parser("evaluate", help="agreement of predictions with hand coding (P/R/F1, kappa)",
                              description="Join predictions and gold labels on an id column and report "
                                          "per-label precision, recall, F1, support and Cohen's kappa.")
    p.add_argument("pred", metavar="PRED.csv")
    p.add_argument("gold", metavar="GOLD.csv")
    p.add_argument("--id", default="statement_id", metavar="COL", help="id column in both files (default statement_id)")
    p.add_argument("--pred-col", default="frames", metavar="COL", help="label column in PRED (default frames)")
    p.add_argument("--gold-col", default="frames", metavar="COL", help="label column in GOLD (default frames)")
    p.add_argument("--out", metavar="FILE.csv", help="also write the table as CSV")
    p.set_defaults(func=_evaluate)

    p = subparsers.add_parser("sample", help="export a stratified sample of statements for hand-coding",
                              description="Draw statements from OUT_DIR/statements.csv, proportionally per "
                                          "stratum with at least one from each, into a coding sheet.")
    p.add_argument("out_dir", metavar="OUT_DIR", help="an analysis output folder with statements.csv")
    p.add_argument("--n", type=int, default=200, help="sample size (default 200)")
    p.add_argument("--by", default="kind", choices=["kind", "speaker_role", "frames", "outlet"],
                   help="stratify on this column (frames: the first frame; default kind)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", metavar="FILE", help="default OUT_DIR/sample_for_coding.csv")
    p.add_argument("--force", action="store_true", help="overwrite an existing sample file (it may hold coding!)")
    p.set_defaults(func=_sample)


def _train(args) -> int:
    from .classify import format_report, read_table, train
    if args.folds < 2:
        raise NarrativeError(f"--folds must be at least 2 (got {args.folds})")
    df = read_table(args.data)
    try:
        report = train(df, args.text, args.label, by=args.by, out_dir=args.out, folds=args.folds,
                       seed=args.seed, grid="quick" if args.quick else None, metric=args.metric,
                       n_jobs=args.jobs, verbose=True, features=args.features)
    except NarrativeError as exc:
        if exc.path is None:  # column and label problems are problems of the data file
            raise NarrativeError(exc.message, args.data) from None
        raise
    sys.stdout.write(format_report(report))
    print(f"model written to {args.out}", file=sys.stderr)
    return 0


def _predict(args) -> int:
    from .classify import predict, read_table
    df = read_table(args.data)
    try:
        out = predict(args.model, df, args.text, by=args.by)
    except NarrativeError as exc:
        if exc.path is None:
            raise NarrativeError(exc.message, args.data) from None
        raise
    write_table(out, args.out, parquet=False)
    print(f"{len(out)} rows written to {args.out}", file=sys.stderr)
    return 0


def _evaluate(args) -> int:
    from .classify import read_table
    from .validate import evaluate, format_evaluation
    result = evaluate(read_table(args.pred), read_table(args.gold), id_col=args.id,
                      pred_col=args.pred_col, gold_col=args.gold_col)
    sys.stdout.write(format_evaluation(result))
    if args.out:
        write_table(result, args.out, parquet=False)
    return 0


def _sample(args) -> int:
    from .classify import read_table
    from .validate import stratified_sample
    out_dir = Path(args.out_dir)
    source = out_dir / "statements.csv"
    if not source.is_file():
        raise NarrativeError("no statements.csv here; run 'narrative analyze' first", out_dir)
    target = Path(args.out) if args.out else out_dir / "sample_for_coding.csv"
    if target.exists() and not args.force:
        raise NarrativeError("exists and may hold coding already; use --force to overwrite", target)
    sample = stratified_sample(read_table(source), n=args.n, by=args.by, seed=args.seed)
    write_table(sample, target, parquet=False)
    print(f"{len(sample)} statements written to {target}", file=sys.stderr)
    return 0
