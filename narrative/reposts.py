"""Find documents that largely repeat another one (reposts, syndicated copies).

Each document's body is reduced to a sample of hashed word 8-grams
(shingles whose hash falls in 1/``sample`` of the hash space, so two copies
keep the same sample); a document whose sampled shingles are mostly found in
one other document is a repost of it. An inverted index keeps this linear in
corpus size.
"""
from __future__ import annotations

import re
import sys
import zlib

import numpy as np

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 8, sample: int = 8) -> set[int]:
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
    # Hashed by C-level maps, not a generator: half the words of a page are distinct, so a dict of
    # their hashes would cost more than it saves.
    wh = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    m = len(words) - n + 1
    h = wh[:m].copy()
    for k in range(1, n):  # uint64 arithmetic wraps around: a cheap, well-mixed polynomial hash
        h *= np.uint64(1_000_003)  # (in place: no new array per word of the n-gram)
        h += wh[k:k + m]
    h ^= h >> np.uint64(29)
    h &= np.uint64(0xFFFFFFFF)
    return set(h[h % np.uint64(sample) == 0].tolist())


def find_reposts(docs, threshold: float = 0.6, min_shingles: int = 3) -> dict[str, str]:
    """Map the doc_id of each repost to the doc_id of the document it repeats, from texts.

    ``docs`` is an iterable of (doc_id, text, date).

    >>> a = " ".join(f"w{i}" for i in range(300))
    >>> find_reposts([("orig", a, "2016-01-01"), ("copy", "Via blog. " + a[:900], "2016-01-02")])
    {'copy': 'orig'}
    """
    return find_reposts_signatures(((d, shingles(t), date, len(t)) for d, t, date in docs),
                                   threshold, min_shingles)


def find_reposts_signatures(docs, threshold: float = 0.6, min_shingles: int = 3,
                            max_holders: int = 8) -> dict[str, str]:
    """Map the doc_id of each repost to the doc_id of the document it repeats, from signatures.

    ``docs`` is an iterable of (doc_id, shingles, date[, length]) in corpus order; shingles are a
    set or a numpy array of hashes. Of two documents sharing most of their text, the later one
    (by date, then the shorter, then the later id) is the repost. All (hash, document) pairs are
    sorted in numpy arrays, so memory is a few bytes per shingle; a shingle held by more than
    ``max_holders`` documents (a wire story on hundreds of sites) pairs each holder with the
    three earliest only.

    >>> find_reposts_signatures([("a", set(range(40)), "", 400), ("b", set(range(30)), "", 300)])
    {'b': 'a'}
    """
    ids, meta, arrays = [], [], []
    for doc_id, sig, date, *length in docs:
        arr = np.asarray(list(sig) if isinstance(sig, (set, frozenset)) else sig, dtype=np.uint32)
        if arr.size > 1 and not (arr[1:] > arr[:-1]).all():  # stored signatures come sorted and unique
            arr = np.unique(arr)
        if arr.size < min_shingles:
            continue
        ids.append(doc_id)
        meta.append((str(date or ""), length[0] if length else int(arr.size)))
        arrays.append(arr)
    if len(ids) < 2:
        return {}
    sizes = np.array([a.size for a in arrays], dtype=np.int64)
    flat = np.concatenate(arrays)
    arrays = np.split(flat, np.cumsum(sizes)[:-1])  # views: each signature is stored once
    # One uint64 per shingle, hash then document: sorting it orders by hash, earliest document
    # first, in place and without an index array.
    pairs = flat.astype(np.uint64) << np.uint64(32)
    pairs |= np.repeat(np.arange(len(ids), dtype=np.uint32), sizes)
    pairs.sort()
    halves = pairs.view(np.uint32).reshape(-1, 2)  # the two 32-bit halves, without temporaries
    low = 0 if sys.byteorder == "little" else 1
    hashes, owners = halves[:, 1 - low].copy(), halves[:, low].astype(np.int32)  # 4 bytes a shingle
    del pairs, halves
    index = np.int32 if owners.size < 2**31 - 1 else np.int64  # positions in half the bytes
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]).astype(index)
    del hashes
    ends = np.r_[starts[1:], index(owners.size)]
    lengths = ends - starts
    # Candidates: rare shingles (held by at most max_holders documents) carry the evidence, as
    # shingles held by many documents are stock phrases or a wire story; a document with too few
    # rare shingles (a wire copy) pairs each holder of a common shingle with the three earliest
    # holders, where an original is. Every candidate is then verified on the full signatures.
    n_docs = len(ids)
    run_len = np.repeat(lengths.astype(np.int32), lengths)
    rare_count = np.bincount(owners[run_len <= max_holders], minlength=n_docs)
    few_rare = rare_count < min_shingles
    # Rare shingles: every ordered pair of holders, built group size by group size (vectorised).
    rare_keys = []
    for n in range(2, max_holders + 1):
        first = starts[lengths == n]
        if first.size:
            members = owners[first[:, None] + np.arange(n)].astype(np.int64)  # one row per shingle
            for i in range(n):
                for j in range(n):
                    if i != j:
                        rare_keys.append(members[:, i] * n_docs + members[:, j])
    rk, rc = (np.unique(np.concatenate(rare_keys), return_counts=True) if rare_keys
              else (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)))
    del rare_keys
    # Documents with enough rare shingles: candidates share most of those.
    ra = rk // n_docs
    keep = ~few_rare[ra] & (rc / np.maximum(rare_count[ra], 1) >= threshold)
    found_a, found_b = [ra[keep]], [rk[keep] % n_docs]
    # The others (wire copies) also count common shingles, each paired with its three earliest
    # holders, and must share most of all their shingles. Counted a block of documents at a time
    # and filtered at once, so memory stays bounded however repetitive the corpus.
    common = run_len > max_holders
    del run_len
    common &= few_rare[owners]
    pos = np.flatnonzero(common).astype(index)
    del common
    group = np.repeat(np.arange(starts.size, dtype=index), lengths)[pos]  # the shingle of each position
    group_start, group_end = starts[group], ends[group]
    holder_of = owners[pos]
    del pos, group
    block = max(1, n_docs * 2_000_000 // max(1, 3 * holder_of.size))  # about 2 million pairs a block
    for lo in range(0, n_docs, block):
        mine = (holder_of >= lo) & (holder_of < lo + block)
        a, g, g_end = holder_of[mine].astype(np.int64), group_start[mine], group_end[mine]
        pairs = []
        for k in range(3):
            b = owners[np.minimum(g + k, owners.size - 1)].astype(np.int64)
            ok = (g + k < g_end) & (b != a)
            pairs.append(a[ok] * n_docs + b[ok])
        ck, cc = np.unique(np.concatenate(pairs), return_counts=True)
        in_block = (ra >= lo) & (ra < lo + block) & few_rare[ra]
        keys = np.union1d(ck, rk[in_block])
        shared = _lookup(ck, cc, keys) + _lookup(rk, rc, keys)
        ka = keys // n_docs
        keep = shared / np.maximum(sizes[ka], 1) >= threshold
        found_a.append(ka[keep])
        found_b.append(keys[keep] % n_docs)
    a, b = np.concatenate(found_a), np.concatenate(found_b)
    # Candidates found, verify each exactly: most of the document's shingles are in the other.
    share = np.array([np.intersect1d(arrays[i], arrays[j], assume_unique=True).size / sizes[i]
                      for i, j in zip(a.tolist(), b.tolist())])
    keep = share >= threshold
    a, b, share = a[keep], b[keep], share[keep]
    best = np.lexsort((-share, a))  # per document, the most similar candidates first
    out, tried = {}, {}
    for i, j in zip(a[best].tolist(), b[best].tolist()):
        if i in out or tried.get(i, 0) >= 3:
            continue
        tried[i] = tried.get(i, 0) + 1
        if _is_copy(i, j, meta, ids):
            out[i] = j
    result = {ids[i]: ids[j] for i, j in out.items()}
    # A chain (c copies b copies a) points at the original.
    for doc_id in list(result):
        seen = {doc_id}
        while result[doc_id] in result and result[doc_id] not in seen:
            seen.add(result[doc_id])
            result[doc_id] = result[result[doc_id]]
    return result


def _lookup(keys, counts, wanted):
    """counts[keys == w] for each w of ``wanted`` (0 where absent); keys are sorted and unique."""
    if keys.size == 0:
        return np.zeros(wanted.size, dtype=np.int64)
    pos = np.clip(np.searchsorted(keys, wanted), 0, keys.size - 1)
    return np.where(keys[pos] == wanted, counts[pos], 0)


def _is_copy(i, j, meta, ids):
    (d1, n1), (d2, n2) = meta[i], meta[j]
    if d1 and d2 and d1 != d2:
        return d1 > d2
    if n1 != n2:
        return n1 < n2
    return ids[i] > ids[j]
