"""Why the run store is SQLite: time the store's access pattern in SQLite and DuckDB.

The pattern of ``narrative analyze``: per chunk of 200 documents, one transaction that deletes and
inserts their rows (about 30 statements per document); a lookup of every document's content key at
start; a full ordered read at export. DuckDB is measured only when it is installed
(``pip install duckdb``); it is not a dependency.

    python benchmarks/bench_store.py --docs 20000
"""
import argparse
import os
import random
import sqlite3
import tempfile
import time

COLS = "doc_id TEXT, seq INTEGER, speaker TEXT, kind TEXT, text TEXT, frames TEXT, stance DOUBLE"


def rows_for(docs, n_st=30, seed=0):
    rnd = random.Random(seed)
    words = "the guard said that rebels violated truce revenge martyrs border syria iran".split()
    for d in docs:
        for i in range(n_st):
            yield (d, i, f"speaker{rnd.randrange(500)}", "indirect",
                   " ".join(rnd.choice(words) for _ in range(25)), "ceasefire_violation", rnd.uniform(-1, 1))


def bench(connect, docs, chunk=200):
    folder = tempfile.mkdtemp()
    db = connect(os.path.join(folder, "store.db"))
    db.execute(f"CREATE TABLE statements ({COLS}, PRIMARY KEY (doc_id, seq))")
    db.execute("CREATE TABLE documents (doc_id TEXT PRIMARY KEY, key TEXT)")
    t0 = time.perf_counter()
    for i in range(0, len(docs), chunk):
        part = docs[i:i + chunk]
        db.execute("BEGIN TRANSACTION")
        db.executemany("DELETE FROM statements WHERE doc_id = ?", [(d,) for d in part])
        db.executemany("INSERT INTO statements VALUES (?,?,?,?,?,?,?)", list(rows_for(part, seed=i)))
        db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?)", [(d, "k" + d) for d in part])
        db.execute("COMMIT")
    t1 = time.perf_counter()
    keys = dict(db.execute("SELECT doc_id, key FROM documents").fetchall())
    t2 = time.perf_counter()
    n = sum(1 for _ in db.execute("SELECT * FROM statements ORDER BY doc_id, seq").fetchall())
    t3 = time.perf_counter()
    db.close()
    return {"write_s": t1 - t0, "keys_s": t2 - t1, "export_s": t3 - t2, "rows": n, "keys": len(keys)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20000)
    args = ap.parse_args()
    docs = [f"doc{i:07d}" for i in range(args.docs)]
    engines = {"sqlite": lambda p: sqlite3.connect(p, isolation_level=None)}
    try:
        import duckdb

        engines["duckdb"] = duckdb.connect
    except ImportError:
        print("duckdb not installed: measuring SQLite only")
    for name, connect in engines.items():
        r = bench(connect, docs)
        print(f"{name:7} {r['rows']:>9} rows  write {r['write_s']:6.2f}s ({r['rows'] / r['write_s']:>9,.0f} rows/s)  "
              f"key lookup {r['keys_s']:5.2f}s  ordered export {r['export_s']:5.2f}s")


if __name__ == "__main__":
    main()
