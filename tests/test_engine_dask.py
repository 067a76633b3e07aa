"""``--engine dask``: the same statements as the local engine, as partitioned Parquet, on a LocalCluster."""
import json
import sys

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from narrative.cli import main  # noqa: E402
from narrative.engine_dask import run_dask  # noqa: E402
from narrative.pipeline import run  # noqa: E402

COLUMNS = ["statement_id", "doc_id", "speaker", "speaker_role", "kind", "text", "start", "end", "frames", "stance"]

# Invented articles in the scraped-page shape the extractor expects: title, byline, body, comments.
ARTICLES = {
    "aleppo": ("Guard losses mount near Aleppo", "Jane Roe",
               "Ali Shamkhani told reporters on Monday that the rebels had violated the ceasefire. "
               "He vowed that the attack “would not be left unanswered.” The offensive has stalled since March, "
               "and more units are expected to rotate home in the coming weeks while the front lines around the "
               "southern villages remain unchanged for now, according to residents who fled the fighting.",
               [("Reza", "Revenge will come.")]),
    "palmyra": ("Road to Palmyra reopens", "Sam Doe",
                "Mehr News reported that the road to Palmyra had reopened after three weeks of clashes. "
                "“We will defend every village,” Hossein Salami said at a funeral in Shiraz. Traders said prices "
                "in the market had already started to fall as the first trucks arrived from the coast, and local "
                "officials expect the bus service to resume before the end of the month if the road stays open.",
                [("Maryam", "Finally some good news."), ("Karim", "I do not believe a word of it.")]),
    "drones": ("Two drones downed over Latakia", "Lena Varga",
               "Tasnim reported that two drones were downed over the coast on Sunday night. Velayati said the "
               "coalition is stronger than ever and warned that foreign forces should leave the region. Witnesses "
               "described loud explosions near the airport, and the authorities closed the coastal road for several "
               "hours while engineers searched the orchards for debris from the aircraft.",
               [("Omid", "Who sent them?")]),
    "advisers": ("Advisers stay in Syria", "Tomas Reyes",
                 "Hossein Dehghan said that Iranian advisers would remain in Syria as long as Damascus asked for "
                 "them. “Our presence is legal and temporary,” he told a press conference in Tehran. Analysts "
                 "noted that the number of advisers has risen steadily since the autumn, although officials still refuse "
                 "to publish any figures about the deployment or its cost to the national budget.",
                 [("Sara", "Bring them home."), ("Ali", "They are defending the shrine.")]),
    "martyrs": ("Funeral held in Shiraz", "Jane Roe",
                "Thousands of mourners gathered in Shiraz for the funeral of seven fighters killed near Aleppo. "
                "Qasem Soleimani said the martyrs of Aleppo had protected Iran from its enemies. The procession "
                "moved slowly through the old city, and shops along the route closed for the afternoon while "
                "loudspeakers played recitations from the mosques around the central square.",
                [("Hamid", "God rest them.")]),
    "talks": ("Talks in Geneva stall", "Sam Doe",
              "Russian officials said the talks in Geneva had stalled over the future of the government. "
              "Mohammad Javad Zarif said that Tehran supports a political solution decided by Syrians alone. "
              "Diplomats expect another round in the spring, but few of them believe that the delegations will "
              "agree on a timetable before the summer offensive begins in the northern provinces.",
              []),
}


def _page(title, author, body, comments):
    page = f"{title}\n\nBy {author}\n\n{body}\n\nTags: , ,\n\n"
    return page + "".join(f"  • {name} says:\n\n    {text}\n\n" for name, text in comments)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    for i, (name, article) in enumerate(ARTICLES.items()):
        (d / f"{i:02d}_{name}.txt").write_text(_page(*article), encoding="utf-8")
    title, author, body, comments = ARTICLES["advisers"]
    (d / "07_copy.txt").write_text(_page("Via a blog: " + title, "Blog Editor", body, [("Nima", "Old news.")]),
                                   encoding="utf-8")
    (d / "08_empty.txt").write_text("")
    # "01_palmyra" is also the name of a .txt file: read_corpus renames the later one.
    (d / "09_wire.jsonl").write_text(json.dumps({"id": "01_palmyra", "text": "Fars reported that the dam was hit.",
                                                 "outlet": "Wire"}) + "\n", encoding="utf-8")
    (d / "metadata.csv").write_text("doc_id,outlet,date\n03_advisers,Example Times,2016-05-01\n"
                                    "07_copy,Copy Blog,2016-05-03\nghost,Nowhere,2016-01-01\n")
    return d


def _norm(df):
    df = df[COLUMNS].sort_values("statement_id").reset_index(drop=True)
    df["stance"] = pd.to_numeric(df["stance"].replace("", None)).round(9)
    return df.astype({c: str for c in COLUMNS if c != "stance"})


def test_dask_statements_equal_the_local_engine(corpus, cluster, tmp_path, capsys):
    local, out = tmp_path / "local", tmp_path / "dask"
    run(corpus, local, jobs=1, report=False, aggregates=False)
    capsys.readouterr()
    params = run_dask(corpus, out, scheduler=cluster.scheduler_address, files_per_partition=2)
    err = capsys.readouterr().err
    assert "no document named 'ghost'" in err and "08_empty.txt: skipped (empty file)" in err
    assert "doc_id '01_palmyra' already used; renamed" in err

    assert params["partitions"] == 5 and params["engine"] == "dask"
    for table in ("statements", "frame_hits", "documents", "signatures"):
        assert (out / table / "part-00000.parquet").exists(), table
    assert len(list((out / "statements").glob("part-*.parquet"))) > 1

    want = pd.read_csv(local / "statements.csv", keep_default_na=False)
    got = pd.read_parquet(out / "statements")
    assert len(got) > 20
    pd.testing.assert_frame_equal(_norm(got), _norm(want))
    # The repost's statements also found in the original are flagged as in the local engine.
    flags = lambda df: df.sort_values("statement_id")["duplicate"].astype(str).tolist()  # noqa: E731
    assert flags(got) == flags(want) and "True" in flags(got)

    assert pd.read_csv(out / "reposts.csv").values.tolist() == [["07_copy", "03_advisers"]]
    docs = pd.read_parquet(out / "documents").set_index("doc_id")
    assert "text" not in docs.columns and "shingles" not in docs.columns
    assert docs.loc["07_copy", "duplicate_of"] == "03_advisers"
    assert docs.loc["03_advisers", "outlet"] == "Example Times"
    local_docs = pd.read_csv(local / "documents.csv", keep_default_na=False, dtype={"doc_id": str})
    assert sorted(docs.index) == sorted(local_docs["doc_id"])  # same renamed doc_id
    sigs = pd.read_parquet(out / "signatures")
    from narrative.reposts import find_reposts_signatures

    # usable signatures: at least the detector's minimum number of shingles
    min_shingles = find_reposts_signatures.__defaults__[1]
    assert {"doc_id", "date", "n_chars", "shingles"} <= set(sigs.columns) and len(sigs.shingles[0]) >= min_shingles
    assert json.loads((out / "run.json").read_text())["scheduler"] == cluster.scheduler_address


def test_cli_engine_dask(corpus, cluster, tmp_path, capsys):
    out = tmp_path / "out"
    stale = out / "statements" / "part-00099.parquet"  # from an earlier run with more partitions
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    assert main(["analyze", str(corpus), "--out", str(out), "--engine", "dask",
                 "--scheduler", cluster.scheduler_address, "--no-report"]) == 0
    printed = capsys.readouterr().out
    assert "9 documents" in printed and "1 reposts" in printed and "1 partitions" in printed
    assert not stale.exists()
    assert len(pd.read_parquet(out / "statements"))
    assert json.loads((out / "run.json").read_text())["command"].startswith("narrative")


def test_missing_dask_is_one_line_error(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "o"), "--engine", "dask"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("pip install 'narrative[dask]'") and "--engine dask needs" in err
    assert "\n" not in err


def test_scheduler_without_dask_engine_is_an_error(corpus, tmp_path, capsys):
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
