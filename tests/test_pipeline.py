"""End-to-end: ingestion of every format, bad input, outputs, reposts, and the sample corpus score."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from narrative.cli import main
from narrative.ingest import decode
from narrative.pipeline import Analysis, analyze, reframe, run
from narrative.store import Store

ARTICLE = ("Guard losses mount near Aleppo\n\nBy Jane Roe\n\n"
           "Ali Shamkhani told reporters on Monday that the rebels had violated the ceasefire. "
           "He vowed that the attack “would not be left unanswered.”\n\n"
           "The offensive has stalled since March, and more units are expected to rotate home in the coming "
           "weeks while the front lines around the southern villages remain unchanged for now.\n\n"
           "Jane Roe is a research analyst at the Example Institute.\n\nTags: , ,\n\n"
           "  • Reza says:\n\n    Revenge will come.\n\n")
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b2.txt").write_bytes(ARTICLE.replace("Jane Roe", "José Núñez").encode("cp1252", errors="replace"))
    (d / "c3.txt").write_text("\ufeff" + ARTICLE, encoding="utf-16")
    (d / "empty.txt").write_text("")
    (d / "image.txt").write_bytes(b"\x89PNG\x00\x00\x01\x02" * 50)
    (d / "wire.jsonl").write_text(json.dumps({"id": "w1", "text": "Tasnim reported that two drones were downed.",
                                              "outlet": "Wire"}) + "\n{not json\n", encoding="utf-8")
    (d / "rows.csv").write_text('doc_id,text,outlet\nr1,"Velayati said the coalition is stronger than ever.",CSV\n')
    (d / "metadata.csv").write_text("doc_id,outlet,date\na1,Example Times,2016-05-01\nb2,Copy Blog,2016-05-03\n"
                                    "ghost,Nowhere,2016-01-01\n")
    return d


def test_every_format_and_bad_input(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--no-report"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "wire.jsonl:2: not valid JSON" in err
    assert "no document named 'ghost'" in err
    docs = pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("doc_id")
    assert docs.loc["empty", "status"] == "empty file"
    assert docs.loc["image", "status"] == "binary file, not text"
    assert docs.loc["a1", "outlet"] == "Example Times"
    assert docs.loc["a1", "author"] == "Jane Roe"
    assert docs.loc["b2", "author"] == "José Núñez"  # cp1252 decoded
    assert docs.loc["b2", "duplicate_of"] == "a1"     # same story, later date
    st = pd.read_csv(out / "statements.csv", keep_default_na=False)
    got = set(zip(st.doc_id, st.speaker, st.kind, st.text))
    assert ("a1", "Ali Shamkhani", "indirect", "the rebels had violated the ceasefire") in got
    assert ("a1", "Ali Shamkhani", "partial", "the attack “would not be left unanswered.”") in got
    assert ("a1", "Reza", "comment", "Revenge will come.") in got
    assert ("w1", "Tasnim News Agency", "indirect", "two drones were downed") in got
    assert ("r1", "Ali Akbar Velayati", "indirect", "the coalition is stronger than ever") in got
    assert st.loc[st.doc_id == "c3", "kind"].tolist()  # UTF-16 with BOM read
    assert st.loc[st.doc_id == "b2", "duplicate"].astype(str).isin(["True"]).any()
    assert (out / "statements.parquet").exists() and (out / "aggregates" / "by_speaker.csv").exists()
    run = json.loads((out / "run.json").read_text())
    assert run["lexicons"][0]["sha256"]
    assert not list(out.glob(".*.tmp"))


def test_offsets_match_document_text(corpus):
    a = analyze(corpus / "a1.txt")
    text = (corpus / "a1.txt").read_text(encoding="utf-8")
    for row in a.statements.itertuples():
        assert text[row.start:row.end] == row.text


def test_analysis_api_and_load(corpus, tmp_path):
    a = analyze(corpus)
    assert "commenter" in set(a.by("speaker_role")["speaker_role"])
    run(corpus, tmp_path / "o", report=False)
    b = Analysis.load(tmp_path / "o")
    assert b.statements["statement_id"].tolist() == a.statements["statement_id"].tolist()


def test_incremental_rerun_processes_only_new_or_changed(corpus, tmp_path):
    out = tmp_path / "o"
    first = run(corpus, out, report=False)
    assert first["documents_processed"] == first["n_documents"] == 7
    (corpus / "a1.txt").write_text(ARTICLE.replace("Ali Shamkhani", "Ali Akbar Velayati"), encoding="utf-8")
    (corpus / "d4.txt").write_text("Mehr News reported that the road to Palmyra had reopened.", encoding="utf-8")
    (corpus / "empty.txt").unlink()
    second = run(corpus, out, report=False, progress=True)  # the bar counts skipped files too
    assert (second["documents_processed"], second["documents_reused"]) == (2, 5)
    st = pd.read_csv(out / "statements.csv", keep_default_na=False)
    speakers = set(st.loc[st.doc_id == "a1", "speaker"])
    assert "Ali Akbar Velayati" in speakers and "Ali Shamkhani" not in speakers
    assert ("d4", "Mehr News Agency") in set(zip(st.doc_id, st.speaker))
    assert "empty" not in set(pd.read_csv(out / "documents.csv", keep_default_na=False).doc_id)
    store = Store(out)  # the files table follows: the new file is known, the removed one forgotten
    names = {Path(p).name for p in store.files()}
    store.close()
    assert "d4.txt" in names and "empty.txt" not in names and "a1.txt" in names


def test_rerun_reads_only_changed_files_and_exports_what_a_fresh_run_exports(corpus, tmp_path, monkeypatch):
    """Unchanged files are not read again (size and mtime as last time); the export, re-rendered only
    for the changed document, is the same, byte for byte, as a fresh run's."""
    import shutil

    import narrative.ingest as ingest

    out = tmp_path / "o"
    run(corpus, out, report=False)
    (corpus / "b2.txt").write_bytes((corpus / "b2.txt").read_bytes() + b"\nThe ministry said the talks would resume.\n")
    reads = []
    real = ingest.read_file
    monkeypatch.setattr(ingest, "read_file", lambda f: reads.append(Path(f).name) or real(f))
    second = run(corpus, out, report=False, progress=True)  # the bar counts skipped files too
    assert reads == ["b2.txt"] and second["documents_processed"] == 1
    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, report=False)
    for name in ("statements.csv", "frame_hits.csv", "aggregates/by_speaker.csv"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    (corpus / "metadata.csv").write_text((corpus / "metadata.csv").read_text(encoding="utf-8") + "\n",
                                         encoding="utf-8")
    reads.clear()
    run(corpus, out, report=False)
    assert len(reads) > 1  # another metadata file: every document is read again


def test_reframe_uses_a_new_lexicon_without_reextracting(corpus, tmp_path):
    out = tmp_path / "o"
    run(corpus, out, report=False, model="none")  # the lexicon alone changes (no default model)
    before = pd.read_csv(out / "statements.csv", keep_default_na=False)
    lex = tmp_path / "mini.yaml"
    # negation off: "would not be left unanswered" is the phrase itself, not its denial
    lex.write_text("frames:\n  - id: unanswered_talk\n    label: Unanswered\n    negation: false\n"
                   "    patterns: [unanswered]\n")
    params = reframe(out, lexicons=[lex], report=False)
    # Every frame changed: framed again are the documents with a statement that had a frame or
    # now has one; the others only get the new lexicon's key.
    touched = set(before.loc[(before.frames != "") | before.text.str.contains("unanswered"), "doc_id"])
    assert 0 < params["reframed_documents"] == len(touched) < 5
    after = pd.read_csv(out / "statements.csv", keep_default_na=False)
    assert after[["statement_id", "speaker", "text"]].equals(before[["statement_id", "speaker", "text"]])
    tagged = after.loc[after.frames != "", "text"].tolist()
    assert tagged and all("unanswered" in t for t in tagged)
    hits = pd.read_csv(out / "frame_hits.csv", keep_default_na=False)
    assert set(hits.frame) == {"unanswered_talk"}
    assert json.loads((out / "run.json").read_text())["lexicons"][0]["path"] == str(lex)


def test_reframe_gives_what_a_fresh_run_with_that_lexicon_gives(corpus, tmp_path):
    """Reframe reuses each statement's stored cue and tone evidence; the scores must not differ."""
    from narrative.lexicon import default_lexicon_path

    lex = tmp_path / "fewer.yaml"  # the shipped lexicon without its stance-weighted frames' patterns
    text = default_lexicon_path().read_text(encoding="utf-8")
    lex.write_text(text.replace("ceasefire", "armistice"), encoding="utf-8")
    fresh, reframed = tmp_path / "fresh", tmp_path / "reframed"
    run(corpus, fresh, lexicons=[lex], report=False, aggregates=False)
    run(corpus, reframed, report=False, aggregates=False)
    before = pd.read_csv(reframed / "statements.csv", keep_default_na=False)
    reframe(reframed, lexicons=[lex], report=False)
    a = pd.read_csv(fresh / "statements.csv", keep_default_na=False)
    b = pd.read_csv(reframed / "statements.csv", keep_default_na=False)
    pd.testing.assert_frame_equal(a, b)
    assert (a.frames != before.frames).any() and (a.stance != before.stance).any()  # the change mattered


def test_killed_run_leaves_a_consistent_store_that_resumes(corpus, tmp_path, monkeypatch):
    import narrative.pipeline as pl

    clean = tmp_path / "clean"
    run(corpus, clean, report=False)
    out = tmp_path / "o"
    monkeypatch.setattr(pl, "CHUNK_BYTES", 1)  # one document per chunk
    real, calls = pl.process_chunk, []

    def dying(chunk, ctx=None):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the run is killed while the third chunk is processed
        return real(chunk, ctx)

    monkeypatch.setattr(pl, "process_chunk", dying)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, out, report=False)

    store = Store(out)
    stored = set(store.keys())
    assert len(stored) == 2  # the two finished chunks, nothing half-written
    assert set(store.statements_of(sorted(stored))["doc_id"]) <= stored
    store.close()
    monkeypatch.setattr(pl, "process_chunk", real)
    resumed = run(corpus, out, report=False)
    assert resumed["documents_reused"] == 2
    for name in ("statements.csv", "documents.csv", "frame_hits.csv"):
        a = pd.read_csv(clean / name, keep_default_na=False)
        b = pd.read_csv(out / name, keep_default_na=False)
        pd.testing.assert_frame_equal(a, b)


def test_jobs_give_identical_results(corpus):
    one, two = (analyze(corpus, jobs=jobs) for jobs in (1, 2))
    pd.testing.assert_frame_equal(one.statements.reset_index(drop=True), two.statements.reset_index(drop=True))
    pd.testing.assert_frame_equal(one.frame_hits.reset_index(drop=True), two.frame_hits.reset_index(drop=True))


def _worker_model():
    import narrative.pipeline as pl

    return pl._CTX.model


@pytest.mark.parametrize("model", ["none", None])
def test_workers_use_the_model_of_the_run(model):
    """``--model none`` stays none in the workers (they had picked the default model again)."""
    import narrative.pipeline as pl

    lexicons = pl._lexicon_paths(None)
    picked = pl.Context(lexicons, model).model
    with pl._pool(2, lexicons, picked) as pool:
        assert pool.submit(_worker_model).result() == picked == (None if model else "default")


def test_missing_corpus_is_one_line_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "narrative.cli", "analyze", str(tmp_path / "nope")],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "no such file or folder" in r.stderr


@pytest.mark.parametrize("metadata,line,message", [
    ("doc_id,outlet\na1,Kayhan\nb2,Press TV,extra\n", 3, "Expected 2 fields, saw 3"),
    ("doc_id,outlet\na1,Kayhan\nb2,\"Press TV\n", 3, "a quote is never closed"),
])
def test_broken_metadata_is_one_line_error_naming_the_line(tmp_path, capsys, metadata, line, message):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a1.txt").write_text("Hossein Salami said the front was holding.", encoding="utf-8")
    (tmp_path / "c" / "metadata.csv").write_text(metadata, encoding="utf-8")
    assert main(["analyze", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--no-report"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"narrative: {tmp_path / 'c' / 'metadata.csv'}:{line}: cannot read metadata: {message}"
    assert not (tmp_path / "o" / "statements.csv").exists()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_as_unix_ones(tmp_path, newline):
    text = ("Iran vows to stay\n\nHossein Salami said the advisers would stay in Syria.\n\n"
            "He said: \"We will not leave\nour allies.\"\n")
    for name, ends in (("unix", "\n"), ("other", newline)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_bytes(text.replace("\n", ends).encode("utf-8"))
    unix, other = (analyze(tmp_path / name).statements for name in ("unix", "other"))
    assert other[["speaker", "kind", "text", "start"]].equals(unix[["speaker", "kind", "text", "start"]])
    assert ("Hossein Salami", "direct") in set(zip(other.speaker, other.kind))


def test_quotes_command(corpus, capsys):
    assert main(["quotes", str(corpus / "a1.txt")]) == 0
    out = capsys.readouterr().out
    assert "Ali Shamkhani" in out and "comment" in out


def test_decode_utf16_and_cp1252():
    assert decode("Iran’s".encode("cp1252")) == "Iran’s"
    assert decode("\ufeffabc".encode("utf-16-le")) == "abc"


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared is not here")
def test_sample_corpus_meets_the_bar(tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(SHARED / "corpus"), "--out", str(out), "--no-report"]) == 0
    r = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out / "statements.csv"),
                        str(SHARED / "gold"), "--json", str(tmp_path / "s.json")], capture_output=True, text=True)
    score = json.loads((tmp_path / "s.json").read_text())
    assert score["detect_f1"] >= 0.85 and score["e2e_f1"] >= 0.80, r.stdout
    assert score["frame_f1"] >= 0.75, r.stdout


def test_example_corpus_recall():
    """The bundled demo corpus: every hand-listed statement is found with the right speaker."""
    root = Path(__file__).resolve().parents[1] / "examples"
    gold = pd.read_csv(root / "gold.csv", keep_default_na=False)
    a = analyze(root / "corpus")
    st = a.statements
    found = 0
    for g in gold.itertuples():
        cand = st[(st.doc_id == g.doc_id) & (st.kind != "narration")]
        words = set(g.text.lower().split())
        ok = any(len(words & set(t.lower().split())) >= 0.6 * len(words) for t in cand.text)
        found += ok
    assert found / len(gold) >= 0.8


def test_a_wire_story_reposted_many_times_points_at_its_original():
    from narrative.reposts import find_reposts

    story = " ".join(f"word{i}" for i in range(400))
    docs = [("wire", story, "2016-01-01")] + [(f"site{i:03d}", f"Via site {i}. " + story, "2016-01-02")
                                               for i in range(120)]
    reposts = find_reposts(docs)
    assert len(reposts) == 120 and set(reposts.values()) == {"wire"}


def test_parallel_reframe_equals_serial(corpus, tmp_path, monkeypatch):
    import narrative.pipeline as pl

    monkeypatch.setattr(pl, "REFRAME_CHUNK_DOCS", 1)  # one document per chunk: several chunks in flight
    lex = tmp_path / "mini.yaml"
    lex.write_text("frames:\n  - id: ceasefire_talk\n    label: Ceasefire\n    patterns: [ceasefire, revenge]\n")
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"o{jobs}"
        run(corpus, out, report=False)
        reframe(out, lexicons=[lex], report=False, jobs=jobs)
        outs.append(pd.read_csv(out / "statements.csv", keep_default_na=False))
    pd.testing.assert_frame_equal(outs[0], outs[1])
    assert (outs[0].frames == "ceasefire_talk").sum() >= 2


def test_reposts_are_told_from_articles_that_share_some_sentences():
    """Truncated reposts are found; articles mixing sentences of several others are not reposts."""
    import random

    from narrative.reposts import find_reposts

    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(5000)]

    def sentence():
        return " ".join(rng.choice(vocab) for _ in range(rng.randint(12, 25))) + "."

    originals = {f"orig{i:02d}": [sentence() for _ in range(rng.randint(15, 40))] for i in range(30)}
    docs = [(d, " ".join(sents), "2016-01-01") for d, sents in originals.items()]
    truth = {}
    for i, (d, sents) in enumerate(list(originals.items())[:10]):  # truncated reposts with an intro
        cut = sents[: max(6, int(len(sents) * rng.uniform(0.5, 0.9)))]
        docs.append((f"repost{i:02d}", "From another site. " + " ".join(cut), "2016-01-02"))
        truth[f"repost{i:02d}"] = d
    for i in range(10):  # look-alikes: a few sentences from each of three articles, most of them new
        picked = [s for d in rng.sample(list(originals), 3) for s in rng.sample(originals[d], 3)]
        docs.append((f"mix{i:02d}", " ".join(picked + [sentence() for _ in range(12)]), "2016-01-03"))
    assert find_reposts(docs) == truth


def test_a_document_that_breaks_extraction_is_reported_not_fatal(corpus, tmp_path, monkeypatch, capsys):
    """One odd page must not end a long run: it gets status 'failed: ...' and the rest is analysed."""
    import narrative.pipeline as pl
    from narrative.cli import main

    real = pl.process_document

    def fragile(rec, ctx):
        if rec["doc_id"] == "a1":
            raise ValueError("unexpected page layout")
        return real(rec, ctx)

    monkeypatch.setattr(pl, "process_document", fragile)
    out = tmp_path / "o"
    assert main(["analyze", str(corpus), "--out", str(out), "--jobs", "1", "--no-report"]) == 0
    docs = pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("doc_id")
    assert docs.loc["a1", "status"] == "failed: ValueError: unexpected page layout"
    assert not docs.drop(index="a1")["status"].str.startswith("failed").any()
    st = pd.read_csv(out / "statements.csv", keep_default_na=False)
    assert "a1" not in set(st.doc_id) and len(st) > 0
    assert "1 document(s) could not be analysed" in capsys.readouterr().err


def test_a_new_original_flags_the_statements_of_an_old_repost_on_rerun(tmp_path):
    """Repost flags can change in a document that is not re-extracted: its exported rows must follow."""
    story = " ".join(f"Ali Shamkhani said convoy number {i} had been stopped at the border crossing."
                     for i in range(40))
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "copy.txt").write_text("Reposted\n\n" + story + "\n", encoding="utf-8")
    (corpus / "metadata.csv").write_text("doc_id,date\ncopy,2021-05-02\norig,2021-05-01\n", encoding="utf-8")
    out = tmp_path / "o"
    run(corpus, out, report=False)
    assert not pd.read_csv(out / "statements.csv").duplicate.any()
    (corpus / "orig.txt").write_text("Original\n\n" + story + "\n", encoding="utf-8")
    run(corpus, out, report=False)
    st = pd.read_csv(out / "statements.csv")
    said = st.kind != "narration"
    assert st.loc[said & (st.doc_id == "copy"), "duplicate"].all() and said[st.doc_id == "copy"].sum() == 40
    assert not st.loc[st.doc_id == "orig", "duplicate"].any()
    fresh = tmp_path / "fresh"
    run(corpus, fresh, report=False)
    assert (out / "statements.csv").read_bytes() == (fresh / "statements.csv").read_bytes()


AGGREGATES = [f"aggregates/by_{n}.csv" for n in ("speaker", "outlet", "role", "document", "month")]


def test_rerun_updates_stored_tallies_to_the_aggregates_of_a_fresh_run(corpus, tmp_path, monkeypatch):
    """A re-run after a change, a removal and an addition updates the stored tallies (minus old rows,
    plus new ones) instead of tallying everything again, copies the unchanged documents' rows from
    the last export's files instead of reading them from the store, and its tables (CSV and
    Parquet, several row groups) and aggregates are a fresh run's, byte for byte."""
    import shutil

    import narrative.aggregate as agg
    import narrative.export as ex

    monkeypatch.setattr(ex, "PARQUET_BLOCK", 300)  # a few documents per row group
    monkeypatch.setattr(ex, "DELTA_BATCH", 1)  # the rows parsed one document at a time,
    monkeypatch.setattr(ex, "DELTA_ROWS", 1)  # and tallied as they come
    out = tmp_path / "o"
    run(corpus, out, report=False)
    assert "r1" in set(pd.read_csv(out / AGGREGATES[3])["doc_id"])
    (corpus / "a1.txt").write_text(ARTICLE.replace("Revenge will come.", "Peace is near, said Velayati."),
                                   encoding="utf-8")
    (corpus / "rows.csv").unlink()
    (corpus / "d4.txt").write_text(ARTICLE.replace("Ali Shamkhani", "Hossein Salami"), encoding="utf-8")

    def no_full_tally(*args, **kwargs):
        raise AssertionError("tallied or read everything again")

    monkeypatch.setattr(agg, "tally_parquet", no_full_tally)
    monkeypatch.setattr(Store, "rendered", no_full_tally)
    run(corpus, out, report=False)
    monkeypatch.undo()
    monkeypatch.setattr(ex, "PARQUET_BLOCK", 300)
    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, report=False)
    assert pq.ParquetFile(fresh / "statements.parquet").num_row_groups > 2
    for name in AGGREGATES + ["statements.csv", "statements.parquet", "frame_hits.csv", "frame_hits.parquet"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert "r1" not in set(pd.read_csv(out / AGGREGATES[3])["doc_id"])  # the removed document is gone


def test_export_killed_after_rendering_keeps_tallies_true(corpus, tmp_path, monkeypatch):
    """Rendered rows and the tallies that add them up change in one transaction: a run killed while
    writing the tables leaves them matching, and the next run's aggregates are a fresh run's."""
    import shutil

    import narrative.export as ex

    out = tmp_path / "o"
    run(corpus, out, report=False)
    (corpus / "a1.txt").write_text(ARTICLE.replace("Revenge will come.", "Shame on them."), encoding="utf-8")

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ex, "_concatenate", killed)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, out, report=False)
    monkeypatch.undo()
    run(corpus, out, report=False)
    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, report=False)
    for name in AGGREGATES + ["statements.csv"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name



def _ceasefire_patterns_added(folder: Path, *patterns: str) -> Path:
    """The shipped frame lexicon with ``patterns`` added to ceasefire_violation, written to ``folder``."""
    from narrative.lexicon import default_lexicon_path

    lex = folder / "more.yaml"
    text = default_lexicon_path().read_text(encoding="utf-8")
    added = "".join(f"      - {pattern}\n" for pattern in patterns)
    lex.write_text(text.replace("      - cease fire ~5", added + "      - cease fire ~5", 1), encoding="utf-8")
    return lex


def test_reframe_after_one_frame_changed_frames_only_the_documents_it_touches(corpus, tmp_path, monkeypatch):
    """A researcher adds a pattern to one frame: only the documents where it matches are framed
    again, and every output (aggregates included) equals a fresh run's."""
    import shutil

    import narrative.pipeline as pl

    lex = _ceasefire_patterns_added(tmp_path, "drones were downed")
    out, fresh = tmp_path / "o", tmp_path / "fresh"
    run(corpus, out, report=False)
    framed = []
    real = pl._reframe_chunk
    monkeypatch.setattr(pl, "_reframe_chunk", lambda st, texts, ctx=None: framed.extend(st["doc_id"]) or
                        real(st, texts, ctx))
    params = reframe(out, lexicons=[lex], report=False)  # an edited copy: the same frame model
    # Only w1 holds the new pattern: the three copies of ARTICLE carry ceasefire_violation already,
    # but their hits stay the same, and r1 is untouched.
    assert params["reframed_documents"] == 1 and set(framed) == {"w1"}
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, lexicons=[lex], report=False)
    for name in AGGREGATES + ["statements.csv", "frame_hits.csv"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    hits = pd.read_csv(out / "frame_hits.csv", keep_default_na=False)
    assert ("w1", "ceasefire_violation") in set(zip(hits.doc_id, hits.frame))


def test_reframe_updates_the_tallies_with_the_changed_statements_only(corpus, tmp_path, monkeypatch):
    """A reframe subtracts and adds only the statements whose frames or stance changed, not their
    documents' other statements, and the aggregates still equal a fresh run's."""
    import shutil

    import narrative.aggregate as agg

    lex = _ceasefire_patterns_added(tmp_path, "front lines")
    out, fresh = tmp_path / "o", tmp_path / "fresh"
    run(corpus, out, report=False)
    before = pd.read_csv(out / "statements.csv", keep_default_na=False)
    tallied = []
    real = agg.tally_all
    monkeypatch.setattr(agg, "tally_all", lambda st, *a: tallied.extend(st["statement_id"]) or real(st, *a))
    params = reframe(out, lexicons=[lex], report=False)
    monkeypatch.undo()
    after = pd.read_csv(out / "statements.csv", keep_default_na=False)
    changed = after.loc[(after[["frames", "stance"]] != before[["frames", "stance"]]).any(axis=1)]
    # The narration sentence about the front lines, in the three copies of ARTICLE.
    assert params["reframed_documents"] == 3 and len(changed) == 3
    assert set(changed["kind"]) == {"narration"} and "ceasefire_violation" in changed["frames"].iloc[0]
    assert sorted(tallied) == sorted(list(changed["statement_id"]) * 2)  # once out, once in
    assert before["doc_id"].isin(changed["doc_id"]).sum() > 3 * len(changed)
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, lexicons=[lex], report=False)
    for name in AGGREGATES + ["statements.csv"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def _lexicon_edit(data, edit):
    """The shipped lexicon (``data``, parsed) after one kind of edit a researcher makes."""
    frames = {f["id"]: f for f in data["frames"]}
    cv = frames["ceasefire_violation"]
    if edit == "pattern removed":
        cv["patterns"] = cv["patterns"][1:]
    elif edit == "patterns reordered":
        cv["patterns"] = cv["patterns"][::-1]
    elif edit == "exclusion added":
        cv["exclude"] = ["rebels had violated"]
    elif edit == "threshold raised":
        cv["min_weight"] = 2
    elif edit == "negation off":
        cv["negation"] = False
    elif edit == "pattern without a literal start added":  # no sieve: every statement is read
        cv["patterns"].append("?ruce")
    elif edit == "frame added":
        data["frames"].append({"id": "revenge_talk", "label": "Revenge", "patterns": ["revenge", "unanswered"]})
    return data


@pytest.mark.parametrize("before, after", [
    ("shipped", "pattern removed"), ("shipped", "patterns reordered"), ("shipped", "exclusion added"),
    ("exclusion added", "shipped"), ("shipped", "threshold raised"), ("shipped", "negation off"),
    ("shipped", "frame added"), ("frame added", "shipped"), ("shipped", "pattern without a literal start added")])
def test_reframe_after_any_lexicon_edit_equals_a_fresh_run(corpus, tmp_path, before, after):
    """Each kind of edit (patterns, exclusions, threshold, negation, frames added or removed) reframes
    to exactly what a fresh run with the edited lexicon writes, frame hits included."""
    import shutil

    import yaml

    from narrative.lexicon import default_lexicon_path

    lexicons = {}
    for name in (before, after):
        data = yaml.safe_load(default_lexicon_path().read_text(encoding="utf-8"))
        lexicons[name] = tmp_path / f"{name.replace(' ', '_')}.yaml"
        lexicons[name].write_text(yaml.safe_dump(_lexicon_edit(data, name), sort_keys=False), encoding="utf-8")
    out, fresh = tmp_path / "o", tmp_path / "fresh"
    run(corpus, out, lexicons=[lexicons[before]], report=False)
    reframe(out, lexicons=[lexicons[after]], report=False)
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, lexicons=[lexicons[after]], report=False)
    for name in AGGREGATES + ["statements.csv", "frame_hits.csv"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


@pytest.mark.parametrize("after", ["threshold raised", "frame added", "?evenge"])
def test_parallel_reframe_checks_the_candidates_in_the_workers(corpus, tmp_path, monkeypatch, after):
    """With --jobs 2 the workers pick and check the candidate statements (one document per call here,
    each worker reading the store on its own connection), whether SQLite picks them by frame
    (a threshold raised), by word (a frame added) or not at all (a pattern without a literal start
    added): the outputs equal a serial reframe's."""
    import shutil

    import yaml

    import narrative.pipeline as pl
    from narrative.lexicon import default_lexicon_path

    monkeypatch.setattr(pl, "CHECK_DOCS", 1)
    if after.startswith("?"):
        lex = _ceasefire_patterns_added(tmp_path, after)
    else:
        lex = tmp_path / "after.yaml"
        data = yaml.safe_load(default_lexicon_path().read_text(encoding="utf-8"))
        lex.write_text(yaml.safe_dump(_lexicon_edit(data, after), sort_keys=False), encoding="utf-8")
    run(corpus, tmp_path / "o1", report=False)
    shutil.copytree(tmp_path / "o1", tmp_path / "o2")
    framed = [reframe(tmp_path / f"o{jobs}", lexicons=[lex], report=False, jobs=jobs)["reframed_documents"]
              for jobs in (1, 2)]
    assert framed[0] == framed[1] > 0
    for name in AGGREGATES + ["statements.csv", "frame_hits.csv"]:
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes(), name


def test_reframe_of_a_store_without_hit_signatures_frames_the_candidates_again(corpus, tmp_path):
    """A store written before hit signatures were kept (NULL) still reframes right: its candidate
    statements count as changed, where signatures would have shown most did not change."""
    import shutil
    import sqlite3

    import yaml

    from narrative.lexicon import default_lexicon_path

    data = yaml.safe_load(default_lexicon_path().read_text(encoding="utf-8"))
    lex = tmp_path / "reordered.yaml"  # the frame's statements are checked again: ties go to the first pattern
    lex.write_text(yaml.safe_dump(_lexicon_edit(data, "patterns reordered"), sort_keys=False), encoding="utf-8")
    counts = {}
    for signed in (True, False):
        out = tmp_path / f"o{signed}"
        run(corpus, out, report=False)
        if not signed:
            with sqlite3.connect(out / "narrative.sqlite") as db:
                db.execute("UPDATE statements SET hits_sig = NULL")
        counts[signed] = reframe(out, lexicons=[lex], report=False)["reframed_documents"]
    assert counts == {True: 0, False: 3}  # the three copies of ARTICLE carry ceasefire_violation
    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, lexicons=[lex], report=False)
    for name in ["statements.csv", "frame_hits.csv"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_an_export_with_nothing_changed_leaves_the_files_alone_unless_they_were_touched(corpus, tmp_path):
    """A re-run (or a reframe) that changes no row writes no table or aggregate again; a file that
    was deleted or edited since is written again, and then all equal a fresh run's."""
    import os

    out = tmp_path / "o"
    run(corpus, out, report=False)
    names = AGGREGATES + ["statements.csv", "statements.parquet", "frame_hits.csv", "frame_hits.parquet"]
    stamps = {n: (out / n).stat().st_mtime_ns for n in names}
    run(corpus, out, report=False)
    assert {n: (out / n).stat().st_mtime_ns for n in names} == stamps
    original = (out / "statements.csv").read_bytes()
    (out / "statements.csv").write_text("edited by hand\n")
    os.remove(out / "aggregates" / "by_speaker.csv")
    run(corpus, out, report=False)
    assert (out / "statements.csv").read_bytes() == original
    assert (out / "aggregates" / "by_speaker.csv").exists()
    outlets = (out / "aggregates" / "by_outlet.csv").read_bytes()
    (out / "aggregates" / "by_outlet.csv").write_text("edited by hand\n")  # only an aggregate touched
    run(corpus, out, report=False)
    assert (out / "aggregates" / "by_outlet.csv").read_bytes() == outlets
    fresh = tmp_path / "fresh"
    run(corpus, fresh, report=False)
    for name in names:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_a_store_that_kept_frames_keys_in_documents_is_read_as_before(corpus, tmp_path, monkeypatch):
    """Stores written before the ``framed`` table kept each document's frames key in ``documents``:
    opened again, nothing is framed again, and a reframe still works."""
    import sqlite3

    import narrative.pipeline as pl

    out = tmp_path / "o"
    run(corpus, out, report=False)
    with sqlite3.connect(out / "narrative.sqlite") as db:
        keys = dict(db.execute("SELECT doc_id, frames_key FROM framed"))
        db.execute("DROP TABLE framed")
        db.execute("ALTER TABLE documents ADD COLUMN frames_key TEXT")
        db.executemany("UPDATE documents SET frames_key = ? WHERE doc_id = ?", [(k, d) for d, k in keys.items()])
    framed = []
    monkeypatch.setattr(pl, "_reframe_chunk", lambda st, texts, ctx=None: framed.append(st) or 1 / 0)
    assert run(corpus, out, report=False)["documents_processed"] == 0 and not framed
    monkeypatch.undo()
    lex = tmp_path / "mini.yaml"
    lex.write_text("frames:\n  - id: revenge_talk\n    label: Revenge\n    patterns: [revenge]\n")
    assert reframe(out, lexicons=[lex], report=False)["reframed_documents"] > 0
    assert set(pd.read_csv(out / "frame_hits.csv", keep_default_na=False).frame) == {"revenge_talk"}


def test_reframe_of_a_store_without_frame_definitions_checks_whole_frames(corpus, tmp_path):
    """A store whose framing record has only fingerprints (no definitions) cannot tell which patterns
    changed: each changed frame is checked whole, and the result is still a fresh run's."""
    import json as json_
    import shutil
    import sqlite3

    import yaml

    from narrative.lexicon import default_lexicon_path

    data = yaml.safe_load(default_lexicon_path().read_text(encoding="utf-8"))
    lex = tmp_path / "edited.yaml"
    lex.write_text(yaml.safe_dump(_lexicon_edit(data, "pattern removed"), sort_keys=False), encoding="utf-8")
    out = tmp_path / "o"
    run(corpus, out, report=False)
    with sqlite3.connect(out / "narrative.sqlite") as db:
        (value,) = db.execute("SELECT value FROM meta WHERE key = 'framing'").fetchone()
        record = json_.loads(value)
        del record["definitions"]
        db.execute("UPDATE meta SET value = ? WHERE key = 'framing'", (json_.dumps(record),))
    reframe(out, lexicons=[lex], report=False)
    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, lexicons=[lex], report=False)
    for name in ["statements.csv", "frame_hits.csv"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_stored_scores_are_the_json_of_each_rows_stance_columns():
    """The store formats the per-target scores itself (json.dumps per row is slow); the text must stay
    exactly json.dumps's, NaN and infinities included, since exports parse it back."""
    import json

    import numpy as np

    from narrative.store import _scores_json

    df = pd.DataFrame({"stance_a": [0.1, np.nan, -0.0, 1e-07, 0.12345678901234, None],
                       "stance_b": [1.0, 2.0, np.inf, -np.inf, 3.0, 0.25],
                       "stance_evidence": ["x"] * 6, "stance_lex": ["{}"] * 6})
    expected = [json.dumps({"stance_a": a, "stance_b": b}) for a, b in zip(df["stance_a"].tolist(), df["stance_b"].tolist())]
    assert _scores_json(df) == expected
    assert [json.loads(s)["stance_b"] for s in _scores_json(df)][:3] == [1.0, 2.0, float("inf")]


def test_rows_the_workers_render_are_what_an_export_renders_from_the_store(corpus, tmp_path, monkeypatch):
    """Workers leave each document's rows rendered (drafts); the export takes them, except for
    documents whose repost flags were set after (their drafts have none), and the files are the same
    as when every row is rendered from the store."""
    import narrative.export as export_module

    story = " ".join(f"Ali Shamkhani said convoy number {i} had been stopped at the border crossing." for i in range(40))
    (corpus / "orig.txt").write_text("Original\n\n" + story + "\n", encoding="utf-8")
    (corpus / "copy.txt").write_text("Reposted\n\n" + story + "\n", encoding="utf-8")
    rendered_from_store = []
    statement_rows = Store.statement_rows

    def spy(self, doc_ids, columns, only=None):
        rendered_from_store.extend(doc_ids)
        return statement_rows(self, doc_ids, columns, only)

    monkeypatch.setattr(Store, "statement_rows", spy)
    run(corpus, tmp_path / "drafted", report=False)
    flagged = set(pd.read_csv(tmp_path / "drafted" / "statements.csv").query("duplicate").doc_id)
    assert flagged and set(rendered_from_store) == flagged
    monkeypatch.setattr(export_module, "drafts", lambda statements, hits, doc_ids: [])
    rendered_from_store.clear()
    run(corpus, tmp_path / "plain", report=False)
    assert len(rendered_from_store) > len(flagged)
    for name in ("statements.csv", "frame_hits.csv", "statements.parquet", "frame_hits.parquet"):
        assert (tmp_path / "drafted" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes(), name
    assert Store(tmp_path / "drafted").db.execute("SELECT COUNT(*) FROM drafts").fetchone() == (0,)


def test_reframe_renders_only_the_changed_statements_rows_and_equals_a_fresh_run(tmp_path, monkeypatch):
    """After a reframe, an export renders only the rows of the statements whose frames changed and
    splices them (and their hits, in statement order) into the document's last rendered rows: quoted
    values, a statement gaining its first hit before and after others' hits, and a document id the CSV
    writer must quote (rendered whole instead) all come out as a fresh run writes them."""
    import shutil

    import narrative.export as export_module

    story = ("Convoy stopped at the crossing\n\nBy Sam Poe\n\n"
             'Ali Shamkhani said the convoy had been stopped by "so-called" monitors at the crossing.\n\n'
             "Hossein Salami told reporters that the foreign-backed terrorists had violated the ceasefire "
             "near the border.\n\n"
             "Ali Akbar Velayati said the front lines were quiet and the talks would go on.\n\n"
             "Kayhan wrote that the talks would resume next week.\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "crossing.txt").write_text(story, encoding="utf-8")
    (corpus / "north, south.txt").write_text(story.replace("Sam Poe", "Ann Lee"), encoding="utf-8")
    (corpus / "other.txt").write_text("Quiet day\n\nAli Shamkhani said the talks would go on.\n", encoding="utf-8")
    lex = _ceasefire_patterns_added(tmp_path, "convoy", "front lines")
    out, fresh = tmp_path / "o", tmp_path / "fresh"
    run(corpus, out, report=False)
    patched = []
    real = export_module._patch
    monkeypatch.setattr(export_module, "_patch", lambda old, old_hits, changed, *new:
                        patched.append((old[:9], sorted(changed), real(old, old_hits, changed, *new))) or
                        patched[-1][2])
    assert reframe(out, lexicons=[lex], report=False)["reframed_documents"] == 2
    monkeypatch.undo()
    # The statements of "north, south" are rendered whole: their ids are quoted in the CSV, no row is found.
    assert [(start, seqs) for start, seqs, result in patched if result is not None] == [("crossing:", [0, 2])]
    assert [start for start, _, result in patched if result is None] == ['"north, s']
    shutil.copytree(corpus, tmp_path / "copy")
    run(tmp_path / "copy", fresh, lexicons=[lex], report=False)
    for name in AGGREGATES + ["statements.csv", "frame_hits.csv", "statements.parquet", "frame_hits.parquet"]:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    hits = pd.read_csv(out / "frame_hits.csv", keep_default_na=False)
    crossing = hits.loc[hits.doc_id == "crossing"]
    assert {"convoy", "front lines"} <= set(crossing["matched"].str.lower())
    assert crossing["statement_id"].tolist() == sorted(crossing["statement_id"], key=lambda s: int(s.split(":")[1]))
    assert Store(out).db.execute("SELECT COUNT(*) FROM stale").fetchone() == (0,)


def test_store_picks_the_statements_that_may_hold_a_word_start_in_any_case(tmp_path):
    """The statements a reframe must look at again: those holding one of the word starts in any case
    (a start's % or _ is a character, not a wildcard), or carrying one of the frames, or holding a
    character Python lower-cases to an ASCII letter (SQLite's case folding does not know it)."""
    store = Store(tmp_path)
    store.db.executemany("INSERT INTO statements (doc_id, seq, text, frames) VALUES (?, ?, ?, ?)", [
        ("d", 0, "The OCCUPIERS came back", ""), ("d", 1, "Nothing to see here", ""),
        ("d", 2, "Turnout rose to 50%_x", ""), ("d", 3, "Turnout rose to 50%yx", ""),
        ("d", 4, "A quiet day", "ceasefire_violation;war"), ("d", 5, "\u0130stanbul talks", ""),
        ("e", 0, "occupied towns", "")])
    texts = lambda rows: sorted(text for _, text, _ in rows)  # noqa: E731
    assert texts(store.statement_frames(["d"], None, ["occupi"])) == ["The OCCUPIERS came back", "\u0130stanbul talks"]
    assert texts(store.statement_frames(["d"], None, ["50%_x"])) == ["Turnout rose to 50%_x", "\u0130stanbul talks"]
    assert texts(store.statement_frames(["d"], {"war"}, [])) == ["A quiet day"]
    assert len(store.statement_frames(["d", "e"])) == 7


def test_a_comment_by_the_pages_own_outlet_is_the_outlets(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    page = ("Strike near Baghdad\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
            "2 Comments\n\nOrbit News says:\n\nUPDATE: the ministry has denied the report.\n\n"
            "Sam Ortiz says:\n\nNobody believes the ministry.\n\n"
            "Jane Roe says:\n\nThanks for reading, Sam.\n")
    (d / "v1.txt").write_text(page, encoding="utf-8")
    (d / "metadata.csv").write_text("doc_id,outlet,author\nv1,Orbit News (YouTube),Jane Roe\n")
    got = analyze(d).statements.query("kind == 'comment'")[["speaker", "speaker_role"]].values.tolist()
    # (the article's author answering a reader stays a commenter, as the held-out sets code it)
    assert got == [["Orbit News", "outlet"], ["Sam Ortiz", "commenter"], ["Jane Roe", "commenter"]]


def test_a_title_names_its_holder_on_the_date_in_the_metadata(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = ("Talks in Vienna\n\nIran's foreign minister told reporters on Monday that the talks had reached "
            "a dead end and that Tehran would not return to the table.\n")
    for name in ("old", "new", "undated"):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    (corpus / "metadata.csv").write_text("doc_id,date\nold,2017-06-02\nnew,2024-11-20\n", encoding="utf-8")
    st = analyze(corpus).statements
    said = st[st.kind != "narration"].set_index("doc_id").speaker.to_dict()
    assert said == {"old": "Mohammad Javad Zarif", "new": "Abbas Araghchi", "undated": "Iran's foreign minister"}
