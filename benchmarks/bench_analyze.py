#!/usr/bin/env python3
"""Benchmark `narrative analyze` on a generated corpus: throughput and peak memory.

usage: bench_analyze.py [--mb 20 | --sizes 10,20,40] [--jobs 1] [--seed 0]
                        [--workdir DIR] [--keep] [--narrative CMD] [--json OUT]

For each size it generates (or reuses) a synthetic corpus with
generate_corpus.py, runs

    narrative analyze CORPUS --out OUT --jobs N

as a subprocess and reports wall time, MB/s, MB/s per core, CPU time and
peak memory. Each run is launched from its own small measuring process, so
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` (the peak resident set of
the largest single process among the command and the workers it waited for)
belongs to that run alone and does not carry over from a previous size.
The measuring process also samples the summed RSS of the whole process tree
every 50 ms (Linux /proc), which is the number that matters with --jobs > 1.

Several sizes (--sizes 10,20,40) show whether memory grows with the corpus:
a streaming implementation should have about the same peak at every size.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate_corpus  # noqa: E402

csv.field_size_limit(sys.maxsize)


# --------------------------------------------------------------------------- measuring child

def _pss_kb(pid: int, rss_kb: int) -> int:
    """Proportional set size of ``pid`` (KB): pages shared with other processes (a forked worker's
    inherited imports, shared libraries) count once across the tree, not once per process as RSS
    would count them. RSS where /proc has no smaps_rollup."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return rss_kb


def _tree_rss_kb(root_pid: int) -> int:
    """Summed memory (KB, proportional set size) of root_pid and all its descendants, from /proc
    (0 if unavailable)."""
    try:
        children: dict[int, list[int]] = {}
        rss: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    stat = fh.read().decode("ascii", "replace")
            except OSError:
                continue
            rest = stat[stat.rfind(")") + 2:].split()
            pid, ppid = int(entry), int(rest[1])
            children.setdefault(ppid, []).append(pid)
            rss[pid] = int(rest[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        total, todo = 0, [root_pid]
        while todo:
            p = todo.pop()
            if p in rss:
                total += _pss_kb(p, rss[p])
            todo.extend(children.get(p, ()))
        return total
    except Exception:
        return 0


def measure(cmd: list[str], log_path: str) -> dict:
    """Run cmd, return wall time, rusage of children and sampled tree peak. Runs in a fresh process."""
    peak = [0]
    done = threading.Event()
    with open(log_path, "wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)

        def sample():
            while not done.wait(0.05):
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))

        th = threading.Thread(target=sample, daemon=True)
        if os.path.isdir("/proc"):
            th.start()
        rc = proc.wait()
        wall = time.perf_counter() - t0
        done.set()
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    maxrss_kb = ru.ru_maxrss / 1024 if platform.system() == "Darwin" else ru.ru_maxrss
    return {"rc": rc, "wall_s": wall, "user_s": ru.ru_utime, "sys_s": ru.ru_stime,
            "peak_rss_mb": maxrss_kb / 1024, "tree_peak_mb": peak[0] / 1024 or None}


# --------------------------------------------------------------------------- driver

def find_narrative(explicit: str | None) -> list[str]:
    if explicit:
        return shlex.split(explicit)
    venv_bin = Path(sys.executable).parent / "narrative"
    if venv_bin.exists():
        return [str(venv_bin)]
    on_path = shutil.which("narrative")
    if on_path:
        return [on_path]
    return [sys.executable, "-m", "narrative.cli"]


def corpus_bytes(corpus: Path) -> tuple[int, int]:
    n = size = 0
    for p in corpus.iterdir():
        if p.suffix in (".txt", ".html", ".jsonl") and p.is_file():
            n += 1
            size += p.stat().st_size
    return n, size


def ensure_corpus(corpus: Path, mb: float, seed: int) -> None:
    if (corpus / "metadata.csv").exists():
        return  # reuse
    if corpus.exists():
        shutil.rmtree(corpus)  # a half-written corpus from an interrupted run
    tmp = corpus.with_name(corpus.name + ".part")
    if tmp.exists():
        shutil.rmtree(tmp)
    generate_corpus.generate(tmp, mb=mb, seed=seed)
    tmp.rename(corpus)


def count_statements(out: Path) -> int | None:
    path = out / "statements.csv"
    if not path.exists():
        return None
    with open(path, newline="", encoding="utf-8") as fh:
        return max(0, sum(1 for _ in csv.reader(fh)) - 1)


def run_one(narrative: list[str], corpus: Path, out: Path, jobs: int, extra: list[str]) -> dict:
    if out.exists():
        shutil.rmtree(out)
    cmd = narrative + ["analyze", str(corpus), "--out", str(out), "--jobs", str(jobs)] + extra
    log = out.with_name(out.name + ".log")
    res_path = out.with_name(out.name + ".measure.json")
    # A fresh measuring process per run keeps RUSAGE_CHILDREN (a running maximum) per run.
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--_measure", str(res_path),
                    str(log), "--"] + cmd, check=True)
    res = json.loads(res_path.read_text())
    res["cmd"] = " ".join(shlex.quote(c) for c in cmd)
    res["log"] = str(log)
    return res


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--_measure"]:  # internal: measuring child
        res_path, log_path, sep, *cmd = argv[1:]
        assert sep == "--"
        Path(res_path).write_text(json.dumps(measure(cmd, log_path)))
        return 0

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    ap.add_argument("--sizes", help="comma-separated sizes in MB, e.g. 10,20,40 (overrides --mb)")
    ap.add_argument("--jobs", type=int, default=1, help="--jobs passed to narrative analyze (default 1)")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    ap.add_argument("--workdir", help="keep corpora and outputs here and reuse corpora on later runs "
                                      "(default: a temporary directory, removed afterwards)")
    ap.add_argument("--keep", action="store_true", help="do not delete the temporary directory")
    ap.add_argument("--narrative", help="command to run instead of the venv's `narrative`, "
                                        "e.g. 'python -m narrative.cli'")
    ap.add_argument("--json", help="also write the results as JSON to this file")
    ap.add_argument("extra", nargs="*", help="extra arguments for `narrative analyze` (after --)")
    args = ap.parse_args(argv)

    sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else [args.mb]
    if any(s <= 0 for s in sizes) or args.jobs < 1:
        ap.error("sizes must be > 0 and --jobs >= 1")
    narrative = find_narrative(args.narrative)
    if len(narrative) == 1 and not Path(narrative[0]).exists() and not shutil.which(narrative[0]):
        ap.error(f"cannot find {narrative[0]}")

    if args.workdir:
        work = Path(args.workdir)
        work.mkdir(parents=True, exist_ok=True)
        cleanup = False
    else:
        work = Path(tempfile.mkdtemp(prefix="narrative-bench-"))
        cleanup = not args.keep
    cores = min(args.jobs, os.cpu_count() or 1)
    results = []
    try:
        for mb in sizes:
            corpus = work / f"corpus_{mb:g}mb_seed{args.seed}"
            ensure_corpus(corpus, mb, args.seed)
            n_docs, n_bytes = corpus_bytes(corpus)
            out = work / f"out_{mb:g}mb_j{args.jobs}"
            print(f"[bench] {mb:g} MB ({n_docs} docs): {' '.join(narrative)} analyze ... --jobs {args.jobs}",
                  file=sys.stderr, flush=True)
            res = run_one(narrative, corpus, out, args.jobs, args.extra)
            mbs = n_bytes / 1e6
            res.update({"size_mb": mbs, "docs": n_docs, "jobs": args.jobs, "cores": cores,
                        "mb_per_s": mbs / res["wall_s"], "mb_per_s_per_core": mbs / res["wall_s"] / cores,
                        "cpu_s": res["user_s"] + res["sys_s"],
                        "statements": count_statements(out) if res["rc"] == 0 else None})
            results.append(res)
            if res["rc"] != 0:
                tail = Path(res["log"]).read_text(errors="replace")[-2000:]
                print(f"[bench] narrative exited with {res['rc']}; end of its output:\n{tail}",
                      file=sys.stderr)
    finally:
        if cleanup:
            shutil.rmtree(work, ignore_errors=True)
        elif results:
            print(f"[bench] corpora and outputs kept in {work}", file=sys.stderr)

    hdr = (f"{'size_MB':>8} {'docs':>6} {'jobs':>4} {'wall_s':>8} {'MB/s':>7} {'MB/s/core':>9} "
           f"{'cpu_s':>7} {'peak_RSS_MB':>11} {'tree_peak_MB':>12} {'statements':>10} {'rc':>3}")
    print(hdr)
    for r in results:
        tree = f"{r['tree_peak_mb']:.0f}" if r["tree_peak_mb"] else "n/a"
        st = r["statements"] if r["statements"] is not None else "-"
        print(f"{r['size_mb']:8.1f} {r['docs']:6d} {r['jobs']:4d} {r['wall_s']:8.2f} {r['mb_per_s']:7.2f} "
              f"{r['mb_per_s_per_core']:9.2f} {r['cpu_s']:7.1f} {r['peak_rss_mb']:11.0f} {tree:>12} "
              f"{st:>10} {r['rc']:3d}")
    ok = [r for r in results if r["rc"] == 0]
    if len(ok) > 1:
        lo, hi = min(ok, key=lambda r: r["size_mb"]), max(ok, key=lambda r: r["size_mb"])
        print(f"peak RSS at {hi['size_mb']:.0f} MB / at {lo['size_mb']:.0f} MB = "
              f"{hi['peak_rss_mb'] / lo['peak_rss_mb']:.2f}x for {hi['size_mb'] / lo['size_mb']:.1f}x the text")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0 if results and all(r["rc"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
