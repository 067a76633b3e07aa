#!/usr/bin/env python3
"""Scale benchmark (issue 6): analyze at several sizes, --jobs 2 speed-up, incremental re-run, reframe.

    python benchmarks/bench_scale.py                 # 10 and 100 MB
    python benchmarks/bench_scale.py --sizes 10,100,1000 --workdir /tmp/nb   # the full set (slow)

For each size: `narrative analyze` with --jobs N (default 1; MB/s, peak memory of the process tree).
On the smallest size also: --jobs 1 and 2 (speed-up). On every size up to 100 MB: a re-run after 1%
of the documents changed (time as a share of that size's full run, same --jobs) and `narrative
reframe` after three lexicon edits (EDITS; MB/s of corpus text). Corpora come from
generate_corpus.py (synthetic, denser in quotes than real news).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_analyze import corpus_bytes, ensure_corpus, find_narrative, measure  # noqa: E402


def run(cmd, log):
    r = measure(cmd, str(log))
    if r["rc"] != 0:
        sys.exit(f"bench_scale: {' '.join(cmd[-6:])} failed (exit {r['rc']}); see {log}")
    return r


def analyze(narrative, corpus, out, jobs, log):
    return run(narrative + ["analyze", str(corpus), "--out", str(out), "--jobs", str(jobs), "--no-report"], log)


def change_one_percent(corpus: Path) -> int:
    files = sorted(corpus.glob("*.txt"))
    step = max(1, len(files) // max(1, len(files) // 100))
    changed = files[::step][: max(1, len(files) // 100)]
    for f in changed:
        with open(f, "a", encoding="utf-8") as fh:
            fh.write("\n\nA Guard spokesman said the unit would return to the front.\n")
    return len(changed)


#: Lexicon edits ``reframe`` is timed on: a pattern added to one frame that matches almost nowhere (the
#: typical narrow edit), one added to every frame, and one that matches in about a tenth of the
#: generated documents (the frame's statements there change, so those documents are framed again).
EDITS = {"one frame": ("ceasefire_violation", "(ceasefire|truce) (collapsed|crumbled)"),
         "every frame": (None, "{id} zzqx"),
         "one frame, common word": ("foreign_backed_terrorists", "occupier?")}


def changed_lexicon(work: Path, edit: str) -> Path:
    """The shipped frame lexicon after one of the :data:`EDITS`."""
    import yaml

    data = yaml.safe_load((HERE.parent / "lexicons" / "frames.yaml").read_text(encoding="utf-8"))
    frame_id, pattern = EDITS[edit]
    for frame in data["frames"]:
        if frame_id in (None, frame["id"]):
            frame["patterns"].append(pattern.format(id=frame["id"]))
    path = work / f"frames_{edit.replace(' ', '_').replace(',', '')}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100", help="corpus sizes in MB (default 10,100)")
    ap.add_argument("--workdir", help="keep corpora here and reuse them")
    ap.add_argument("--json", help="write the results as JSON here")
    ap.add_argument("--jobs", type=int, default=1, help="--jobs of the size sweep (default 1: MB/s per core)")
    args = ap.parse_args(argv)
    narrative = find_narrative(None)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="nbench-"))
    work.mkdir(parents=True, exist_ok=True)
    sizes = [float(s) for s in args.sizes.split(",")]
    rows, extra = [], {}
    for mb in sizes:
        corpus = work / f"corpus_{mb:g}mb"
        ensure_corpus(corpus, mb, 0)
        ndocs, nbytes = corpus_bytes(corpus)
        out = work / f"out_{mb:g}mb"
        shutil.rmtree(out, ignore_errors=True)
        r = analyze(narrative, corpus, out, args.jobs, work / f"log_{mb:g}.txt")
        r.update(size_mb=nbytes / 1e6, docs=ndocs, mb_s=nbytes / 1e6 / r["wall_s"], jobs=args.jobs)
        rows.append(r)
        print(f"analyze {nbytes / 1e6:8.1f} MB  jobs {args.jobs}  {r['wall_s']:8.1f} s  {r['mb_s']:6.2f} MB/s  "
              f"peak {r['tree_peak_mb']:7.0f} MB (tree)", flush=True)
    first, corpus, out = rows[0], work / f"corpus_{sizes[0]:g}mb", work / f"out_{sizes[0]:g}mb"
    if args.jobs != 1:  # the speed-up needs a --jobs 1 run of the smallest size
        out1 = work / "out_jobs1"
        shutil.rmtree(out1, ignore_errors=True)
        first = analyze(narrative, corpus, out1, 1, work / "log_jobs1.txt")
        first.update(size_mb=rows[0]["size_mb"])
        out = out1
    out2 = work / "out_jobs2"
    shutil.rmtree(out2, ignore_errors=True)
    r2 = analyze(narrative, corpus, out2, 2, work / "log_jobs2.txt")
    extra["jobs2"] = {"wall_s": r2["wall_s"], "speedup": first["wall_s"] / r2["wall_s"],
                      "mb_s": first["size_mb"] / r2["wall_s"], "tree_peak_mb": r2["tree_peak_mb"]}
    print(f"analyze {first['size_mb']:8.1f} MB  jobs 2  {r2['wall_s']:8.1f} s  "
          f"{extra['jobs2']['mb_s']:6.2f} MB/s  speed-up {extra['jobs2']['speedup']:.2f}x", flush=True)
    # Re-runs and reframe on every size up to 100 MB, against that size's full run (same --jobs).
    extra["incremental"], extra["reframe"] = [], []
    for mb, full in zip(sizes, rows):
        if mb > 100:
            continue
        corpus, out = work / f"corpus_{mb:g}mb", work / f"out_{mb:g}mb"
        inc_corpus, inc_out = work / "corpus_incremental", work / "out_incremental"
        for d in (inc_corpus, inc_out):
            shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(corpus, inc_corpus)
        shutil.copytree(out, inc_out)
        os.sync()
        # The copy lives under another path, so its files are not yet known by path, size and time:
        # one untimed run with nothing changed records them, as the researcher's own folder would be.
        analyze(narrative, inc_corpus, inc_out, args.jobs, work / f"log_incremental_{mb:g}.txt")
        n_changed = change_one_percent(inc_corpus)
        ri = analyze(narrative, inc_corpus, inc_out, args.jobs, work / f"log_incremental_{mb:g}.txt")
        extra["incremental"].append({"size_mb": full["size_mb"], "changed_docs": n_changed, "wall_s": ri["wall_s"],
                                     "full_wall_s": full["wall_s"], "share_of_full": ri["wall_s"] / full["wall_s"],
                                     "tree_peak_mb": ri["tree_peak_mb"]})
        print(f"re-run of {full['size_mb']:.0f} MB after {n_changed} changed documents: {ri['wall_s']:.1f} s = "
              f"{100 * ri['wall_s'] / full['wall_s']:.1f}% of the full run", flush=True)
        st_bytes = pd.read_parquet(out / "statements.parquet", columns=["text"])["text"].str.len().sum()
        # Each reframe starts from the analyzed lexicon, on a copy of the run (times kept, as cp -p).
        for edit in EDITS:
            lex = changed_lexicon(work, edit)
            shutil.rmtree(inc_out, ignore_errors=True)
            shutil.copytree(out, inc_out)
            os.sync()  # the copy's dirty pages are flushed now, not by the timed command's first fsync
            rr = run(narrative + ["reframe", str(inc_out), "--lexicon", str(lex), "--no-report", "--jobs", str(args.jobs)],
                     work / f"log_reframe_{mb:g}.txt")
            framed = json.loads((inc_out / "run.json").read_text())["reframed_documents"]
            extra["reframe"].append({"size_mb": full["size_mb"], "edit": edit, "wall_s": rr["wall_s"],
                                     "statement_mb": st_bytes / 1e6, "reframed_documents": framed,
                                     "mb_s": full["size_mb"] / rr["wall_s"], "tree_peak_mb": rr["tree_peak_mb"]})
            print(f"reframe of {full['size_mb']:.0f} MB ({st_bytes / 1e6:.1f} MB of statements), {edit} changed: "
                  f"{framed} documents framed again, {rr['wall_s']:.1f} s = {full['size_mb'] / rr['wall_s']:.2f} MB/s "
                  f"of corpus", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"analyze": rows, **extra}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
