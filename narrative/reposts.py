"""Find documents that largely repeat another one (reposts, syndicated copies).

Each document's body is reduced to a sample of hashed word 8-grams
(shingles whose hash falls in 1/``sample`` of the hash space, so two copies
keep the same sample); a document whose sampled shingles are mostly found in
one other document is a repost of it. An inverted index keeps this linear in
corpus size.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict

import numpy as np

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 8, sample: int = 4) -> set[int]:
    """Sampled hashes of the word ``n``-grams of ``text`` (deterministic across processes and runs).

    Each word is hashed once (CRC-32) and the n-gram hash is a polynomial of its words' hashes,
    computed for all positions at once with numpy.

    >>> len(shingles("one two three four five six seven eight nine ten", sample=1))
    3
    >>> shingles("a b c d e f g h i j") == shingles("A b c d e f g h i j")
    True
    """
    words = WORD.findall(text.lower())
    if len(words) < n:
        return set()
    wh = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    m = len(words) - n + 1
    h = np.zeros(m, dtype=np.uint64)
    for k in range(n):  # uint64 arithmetic wraps around: a cheap, well-mixed polynomial hash
        h = h * np.uint64(1_000_003) + wh[k:k + m]
    h = (h ^ (h >> np.uint64(29))) & np.uint64(0xFFFFFFFF)
    return set(h[h % np.uint64(sample) == 0].tolist())


def find_reposts(docs, threshold: float = 0.6, min_shingles: int = 5) -> dict[str, str]:
    """Map the doc_id of each repost to the doc_id of the document it repeats, from texts.

    ``docs`` is an iterable of (doc_id, text, date).

    >>> a = " ".join(f"w{i}" for i in range(300))
    >>> find_reposts([("orig", a, "2016-01-01"), ("copy", "Via blog. " + a[:900], "2016-01-02")])
    {'copy': 'orig'}
    """
    return find_reposts_signatures(((d, shingles(t), date, len(t)) for d, t, date in docs),
                                   threshold, min_shingles)


def find_reposts_signatures(docs, threshold: float = 0.6, min_shingles: int = 5) -> dict[str, str]:
    """Map the doc_id of each repost to the doc_id of the document it repeats.

    ``docs`` is an iterable of (doc_id, shingle set, date[, length]). Of two
    documents sharing most of their text, the later one (by date, then the
    shorter, then the later id) is the repost.

    >>> find_reposts_signatures([("a", set(range(40)), "", 400), ("b", set(range(30)), "", 300)])
    {'b': 'a'}
    """
    sigs, meta = {}, {}
    index = defaultdict(list)
    for doc_id, sig, date, *length in docs:
        if len(sig) < min_shingles:
            continue
        sigs[doc_id] = sig
        meta[doc_id] = (str(date or ""), length[0] if length else len(sig))
        for h in sig:
            index[h].append(doc_id)
    out = {}
    for doc_id, sig in sigs.items():
        counts = Counter()
        for h in sig:
            # A wire story can run on hundreds of sites: compare with the earliest 50 holders of a
            # shingle only (the original is among them), which keeps this linear in corpus size.
            counts.update(d for d in index[h][:50] if d != doc_id)
        for other, shared in counts.most_common(3):
            if shared / len(sig) < threshold:
                break
            if _is_copy(doc_id, other, meta):
                out[doc_id] = other
                break
    # A chain (c copies b copies a) points at the original.
    for doc_id in list(out):
        seen = {doc_id}
        while out[doc_id] in out and out[doc_id] not in seen:
            seen.add(out[doc_id])
            out[doc_id] = out[out[doc_id]]
    return out


def _is_copy(doc_id, other, meta):
    (d1, n1), (d2, n2) = meta[doc_id], meta[other]
    if d1 and d2 and d1 != d2:
        return d1 > d2
    if n1 != n2:
        return n1 < n2
    return doc_id > other
