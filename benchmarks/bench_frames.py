"""Throughput of frame tagging on ~50 MB of generated news-like statements.

Run: .venv/bin/python benchmarks/bench_frames.py [--mb 50] [--lexicon FILE] [--jobs N]
Prints MB/s of statement text for tag_frames (the path `narrative analyze` and `reframe` use),
in one process and, with --jobs N, in N worker processes as `reframe --jobs N` runs it (workers
compile the lexicon first, outside the timing, as they do once per run).
The sentences are invented from templates: most carry no frame, some carry one
or two, as in real articles and comment threads.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from narrative.frames import FrameMatcher, tag_frames  # noqa: E402
from narrative.lexicon import default_lexicon_path, load_lexicon  # noqa: E402

ACTORS = ["the commander", "a senior official", "the spokesman", "the general", "the ministry",
          "the newspaper", "a local source", "the militia leader", "the analyst", "a lawmaker"]
PLACES = ["Aleppo", "Hama", "Homs", "Deir ez-Zor", "Idlib", "Palmyra", "Mosul", "Sanaa", "Daraa", "Qalamoun"]
NEUTRAL = [
    "{a} said the delegation would travel to {p} next week to discuss reconstruction and trade.",
    "{a} told reporters that the talks in Geneva had been postponed until further notice.",
    "the convoy carrying food and medicine reached the outskirts of {p} on Tuesday morning.",
    "{a} noted that the weather had delayed flights between Damascus and Tehran for two days.",
    "according to {a}, the funeral will be held in his hometown after the evening prayers.",
    "{a} explained that prices of bread and fuel rose sharply in {p} during the winter months.",
    "the report lists the names, ages and home provinces of the soldiers who served in {p}.",
    "{a} said the meeting focused on water supplies, electricity and the return of refugees.",
]
FRAMED = [
    "{a} said the fight in {p} keeps Iran\u2019s enemies far from the country\u2019s borders.",
    "{a} accused the rebels of violating the ceasefire near {p} and vowed harsh revenge.",
    "takfiri terrorists backed by Saudi Arabia and Turkey attacked positions near {p}.",
    "{a} insisted the resistance is stronger than ever and in control of the battle for {p}.",
    "{a} said the loss of {p} was not a strategic setback and urged people to remain calm.",
    "the martyrs of {p} sacrificed their lives for the shrine defenders, {a} said.",
    "{a} called Assad the legitimate president and said his survival is a red line.",
    "{a} said Russia\u2019s indifference and failure to provide air cover cost lives in {p}.",
    "{a} wrote that Iran\u2019s proxies act like a foreign legion occupying {p}.",
    "{a} dismissed the casualty figures from {p} as propaganda that cannot be verified.",
]


def statements(mb: float, seed: int = 1) -> pd.DataFrame:
    rng = random.Random(seed)
    texts, size = [], 0
    while size < mb * 1_000_000:
        pool = FRAMED if rng.random() < 0.15 else NEUTRAL
        text = " ".join(rng.choice(pool).format(a=rng.choice(ACTORS), p=rng.choice(PLACES))
                        for _ in range(rng.randint(1, 3)))
        texts.append(text)
        size += len(text)
    n = len(texts)
    return pd.DataFrame({"statement_id": [f"d{i // 40}:{i % 40}" for i in range(n)],
                         "doc_id": [f"d{i // 40}" for i in range(n)], "text": texts, "start": 0})


_MATCHER = None


def _init(lexicon):
    global _MATCHER
    _MATCHER = FrameMatcher(load_lexicon(lexicon))


def _tag(part):
    return len(tag_frames(part, None, _MATCHER)[1]) if len(part) else 0


def parallel(df, lexicon, jobs):
    """Seconds to tag ``df`` split over ``jobs`` warmed-up worker processes, and the number of hits."""
    from concurrent.futures import ProcessPoolExecutor

    parts = [df.iloc[i::jobs * 8] for i in range(jobs * 8)]
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=(lexicon,)) as pool:
        list(pool.map(_tag, [df.iloc[:10]] * jobs))  # warm up: compile in every worker
        t0 = time.perf_counter()
        n_hits = sum(pool.map(_tag, parts))
        return time.perf_counter() - t0, n_hits


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--lexicon", default=str(default_lexicon_path()))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="also time N worker processes (default: all cores; 1 to skip)")
    args = parser.parse_args(argv)
    df = statements(args.mb)
    mb = df.text.str.len().sum() / 1e6
    t0 = time.perf_counter()
    matcher = FrameMatcher(load_lexicon(args.lexicon))
    t1 = time.perf_counter()
    out, hits = tag_frames(df, None, matcher)
    t2 = time.perf_counter()
    print(f"{len(df):,} statements, {mb:.1f} MB; compile {t1 - t0:.2f} s; tag_frames {t2 - t1:.2f} s "
          f"= {mb / (t2 - t1):.1f} MB/s; {len(hits):,} hits, {(out.frames != '').mean():.1%} statements framed")
    if args.jobs > 1:
        secs, n_hits = parallel(df, args.lexicon, args.jobs)
        assert n_hits == len(hits), "parallel tagging must find the same hits"
        print(f"{args.jobs} processes: tag_frames {secs:.2f} s = {mb / secs:.1f} MB/s")


if __name__ == "__main__":
    main()
