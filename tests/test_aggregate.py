"""Aggregates on a small hand-built statements table."""
import math

import numpy as np
import pandas as pd
import pytest

from narrative.aggregate import aggregate, aggregate_all, aggregate_outlets, months
from narrative.errors import NarrativeError
from narrative.stats import bootstrap_ci, share_ci

COLUMNS = ["statement_id", "doc_id", "outlet", "date", "speaker", "speaker_role", "kind",
           "text", "frames", "stance", "duplicate"]
ROWS = [
    # d1: Post, January
    ("d1:0", "d1", "Post", "2024-01-05", "Post", "outlet", "narration",
     "The city budget vote is today.", "economy", 0.0, False),
    ("d1:1", "d1", "Post", "2024-01-05", "Mayor", "official", "direct",
     "Crime fell last year.", "crime", 0.5, False),
    ("d1:2", "d1", "Post", "2024-01-05", "Mayor", "official", "direct",
     "The budget is balanced.", "economy", 0.5, False),
    ("d1:3", "d1", "Post", "2024-01-05", "Joe", "commenter", "comment",
     "Crime is everywhere.", "crime", -0.5, False),
    # d2: Post, February
    ("d2:0", "d2", "Post", "2024-02-10", "Post", "outlet", "narration",
     "Police report a drop in crime.", "crime", 0.2, False),
    ("d2:1", "d2", "Post", "2024-02-10", "Mayor", "official", "direct",
     "Our police are doing great work.", "crime;economy", 1.0, False),
    ("d2:2", "d2", "Post", "2024-02-10", "Mayor", "official", "indirect",
     "Taxes will not rise.", "economy", 0.0, False),
    ("d2:3", "d2", "Post", "2024-02-10", "Mayor", "official", "direct",
     "Streets are safer.", "crime", 0.5, False),
    ("d2:4", "d2", "Post", "2024-02-10", "Joe", "commenter", "comment",
     "Taxes always rise.", "economy", -1.0, False),
    ("d2:5", "d2", "Post", "2024-02-10", "Ann", "commenter", "comment",
     "I agree with the mayor.", "", np.nan, False),
    # d3: Wire reposts d1 -- must not count again
    ("d3:1", "d3", "Wire", "2024-01-06", "Mayor", "official", "direct",
     "Crime fell last year.", "crime", 0.5, True),
    ("d3:2", "d3", "Wire", "2024-01-06", "Joe", "commenter", "comment",
     "Crime is everywhere.", "crime", -0.5, True),
    # d4: Wire, February
    ("d4:0", "d4", "Wire", "2024-02-11", "Wire", "outlet", "narration",
     "Officials met on Monday.", "", np.nan, False),
    ("d4:1", "d4", "Wire", "2024-02-11", "Mayor", "official", "direct",
     "We cut crime again.", "crime", 0.5, False),
]


@pytest.fixture
def statements():
    return pd.DataFrame(ROWS, columns=COLUMNS)


def test_speaker_counts_shares_and_stance(statements):
    by = aggregate(statements, "speaker", min_n=5).set_index("speaker")
    mayor = by.loc["Mayor"]
    # d1:1, d1:2, d2:1, d2:2, d2:3, d4:1 (the d3 repost counted once, i.e. not again)
    assert mayor["n_statements"] == 6
    assert mayor["n_docs"] == 3
    assert mayor["n_words"] == 4 + 4 + 6 + 4 + 3 + 4
    assert mayor["speaker_role"] == "official"
    assert (mayor["n_crime"], mayor["n_economy"]) == (4, 3)   # d2:1 carries both
    assert mayor["share_crime"] == pytest.approx(4 / 6)
    _, lo, hi = share_ci(4, 6)
    assert (mayor["share_crime_lo"], mayor["share_crime_hi"]) == pytest.approx((lo, hi))
    # stance 0.5, 0.5, 1.0, 0.0, 0.5, 0.5 -> mean 3.0 / 6
    assert mayor["stance_mean"] == pytest.approx(0.5)
    _, lo, hi = bootstrap_ci([0.5, 0.5, 1.0, 0.0, 0.5, 0.5], seed=0)
    assert (mayor["stance_lo"], mayor["stance_hi"]) == pytest.approx((lo, hi))
    assert mayor["stance_lo"] < 0.5 < mayor["stance_hi"]
    assert mayor["enough"] and mayor["note"] == ""
    assert "Post" not in by.index and "Wire" not in by.index   # narration left out


def test_too_few_is_flagged_not_estimated(statements):
    by = aggregate(statements, "speaker", min_n=5).set_index("speaker")
    joe = by.loc["Joe"]
    assert joe["n_statements"] == 2                      # d3:2 repost dropped
    assert not joe["enough"]
    assert joe["note"] == "too few statements (n=2) to estimate"
    assert joe["stance_mean"] == pytest.approx(-0.75)   # shown, but flagged ...
    assert math.isnan(joe["stance_lo"]) and math.isnan(joe["stance_hi"])  # ... and no interval
    ann = by.loc["Ann"]
    assert ann["stance_n"] == 0 and math.isnan(ann["stance_mean"])
    assert ann["share_crime"] == 0.0


def test_role_and_document_tables(statements):
    roles = aggregate(statements, "role", min_n=1).set_index("speaker_role")
    assert roles["n_statements"].to_dict() == {"official": 6, "commenter": 3}
    docs = aggregate(statements, "doc_id", min_n=1).set_index("doc_id")
    assert docs["n_statements"].to_dict() == {"d2": 5, "d1": 3, "d4": 1}  # no d3: all reposts
    assert docs.loc["d4", "outlet"] == "Wire"


def test_month_table(statements):
    by = aggregate(statements, "month", min_n=1)
    assert by["month"].tolist() == ["2024-01", "2024-02"]
    assert by["n_statements"].tolist() == [3, 6]


def test_outlets_split_own_and_quoted_voice(statements):
    out = aggregate_outlets(statements, min_n=1).set_index(["outlet", "voice"])
    assert out["n_statements"].to_dict() == {
        ("Post", "own"): 2, ("Post", "quoted"): 8, ("Wire", "own"): 1, ("Wire", "quoted"): 1}
    assert out.loc[("Post", "own"), "share_crime"] == pytest.approx(0.5)
    assert out.loc[("Post", "own"), "stance_mean"] == pytest.approx(0.1)


def test_stance_target_columns_and_given_frames(statements):
    statements["stance_police"] = np.where(statements["speaker"] == "Mayor", 1.0, np.nan)
    by = aggregate(statements, "speaker", min_n=5, frames=["crime"]).set_index("speaker")
    assert by.loc["Mayor", "stance_police_mean"] == 1.0
    assert by.loc["Mayor", "stance_police_n"] == 6
    assert "share_economy" not in by.columns


def test_aggregate_all_writes_every_table(statements, tmp_path):
    tables = aggregate_all(statements, tmp_path, min_n=5)
    for name in ["speaker", "outlet", "role", "document", "month"]:
        path = tmp_path / "aggregates" / f"by_{name}.csv"
        assert path.exists()
        back = pd.read_csv(path, keep_default_na=False, na_values=[""])
        assert len(back) == len(tables[name])
    assert list(tables["outlet"].columns[:2]) == ["outlet", "voice"]
    # the same frame columns in every table, even where a frame never occurs
    assert all("share_economy_hi" in t.columns for t in tables.values())


def test_empty_and_unknown(statements):
    assert aggregate(statements.iloc[:0], "speaker").empty
    with pytest.raises(NarrativeError, match="no column 'party'"):
        aggregate(statements, "party")


def test_months_parses_iso_and_text_dates():
    got = months(pd.Series(["2023-12-31", "2024-01", "3 March 2024", "garbage", None]))
    assert got[:3].tolist() == ["2023-12", "2024-01", "2024-03"]
    assert got[3:].isna().all()


def test_duplicate_flag_read_back_as_text(statements):
    statements["duplicate"] = statements["duplicate"].map({True: "True", False: "False"})
    by = aggregate(statements, "speaker", min_n=1).set_index("speaker")
    assert by.loc["Mayor", "n_statements"] == 6
