"""compare() and `narrative compare` on a small hand-built set."""
import json
import math

import pandas as pd
import pytest

from narrative.cli import main
from narrative.compare import compare, select, tokens
from narrative.errors import NarrativeError

COLUMNS = ["statement_id", "doc_id", "outlet", "date", "speaker", "speaker_role", "kind",
           "text", "frames", "stance", "duplicate"]
ROWS = [
    ("c1", "d1", "Post", "2024-01-05", "Al", "commenter", "comment",
     "The mayor lies about crime rates in the city", "crime", -0.8, False),
    ("c2", "d1", "Post", "2024-01-05", "Bea", "commenter", "comment",
     "Crime rates keep going up downtown", "crime", -0.6, False),
    ("c3", "d1", "Post", "2024-01-05", "Cy", "commenter", "comment",
     "Property taxes are way too high", "economy", -0.4, False),
    ("c4", "d1", "Post", "2024-01-05", "Di", "commenter", "comment",
     "Nice weather for the parade", "", 0.3, False),
    ("c1r", "d9", "Wire", "2024-01-06", "Al", "commenter", "comment",   # repost of c1
     "The mayor lies about crime rates in the city", "crime", -0.8, True),
    ("o1", "d1", "Post", "2024-01-05", "Mayor", "official", "direct",
     "Crime rates in the city dropped sharply", "crime", 0.6, False),
    ("o2", "d1", "Post", "2024-01-05", "Treasurer", "official", "direct",
     "Property taxes will stay flat next year", "economy", 0.2, False),
    ("o3", "d2", "Post", "2024-02-01", "Mayor", "official", "indirect",
     "The budget funds new schools", "economy", 0.4, False),
    ("o4", "d2", "Post", "2024-02-01", "Principal", "organization", "direct",
     "Schools will open on time", "", 0.1, False),
    ("n1", "d2", "Post", "2024-02-01", "Post", "outlet", "narration",
     "Schools and schools and more schools", "economy", 0.0, False),
]


@pytest.fixture
def statements():
    return pd.DataFrame(ROWS, columns=COLUMNS)


A = {"role": "Commenter"}                          # case-insensitive
B = {"role": "official,organization,outlet"}       # alternatives; narration still excluded


def test_group_sizes_exclude_reposts_and_narration(statements):
    c = compare(statements, A, B, min_n=2)
    assert (c.n_a, c.n_b) == (4, 4)
    assert c.notes == [] and c.enough


def test_frame_shares_and_tests(statements):
    frames = compare(statements, A, B, min_n=2).frames.set_index("frame")
    crime = frames.loc["crime"]
    assert (crime["n_a"], crime["share_a"], crime["n_b"], crime["share_b"]) == (2, 0.5, 1, 0.25)
    assert crime["diff"] == pytest.approx(0.25)
    assert crime["diff_lo"] < 0.25 < crime["diff_hi"]
    assert crime["lo_a"] < 0.5 < crime["hi_a"]
    # exact: 3 crime statements among 8; every split gives |diff| >= 0.25, so p = 1
    assert crime["p_perm"] == pytest.approx(1.0)
    assert frames.loc["economy", "diff"] == pytest.approx(-0.25)
    assert set(frames.columns) >= {"lo_b", "hi_b", "p_adj", "enough"}


def test_jsd_by_hand(statements):
    # frame mentions: A crime 2, economy 1 -> (2/3, 1/3); B -> (1/3, 2/3); m = (1/2, 1/2)
    kl = 2 / 3 * math.log2(4 / 3) + 1 / 3 * math.log2(2 / 3)   # same for both sides
    assert compare(statements, A, B, min_n=2).jsd == pytest.approx(math.sqrt(kl))


def test_echo_pairs_obviously_similar_statements(statements):
    echo = compare(statements, A, B, min_n=2).echo.set_index("statement_id_a")
    assert echo.loc["c1", "statement_id_b"] == "o1"
    assert echo.loc["c1", "shared_frames"] == "crime"
    assert echo.loc["c3", "statement_id_b"] == "o2"
    assert echo.loc["c3", "speaker_b"] == "Treasurer"
    assert echo.loc["c4", "similarity"] == 0 and echo.loc["c4", "statement_id_b"] == ""
    assert echo["similarity"].is_monotonic_decreasing


def test_distinctive_words(statements):
    words = compare(statements, A, B, min_n=2).words.set_index("term")
    assert words.loc["schools", "side"] == "b" and words.loc["schools", "count_b"] == 2
    assert words.loc["crime", "side"] == "a" and words.loc["crime", "z"] > 0
    assert words.loc["schools", "label"] == "role=official,organization,outlet"
    assert tokens("We'll cut 20% of 2,000 jobs in the U.S.") == ["we'll", "cut", "jobs"]


def test_small_groups_flagged(statements, tmp_path):
    c = compare(statements, A, B, min_n=5, n_perm=200)
    assert not c.enough and not c.frames["enough"].any()
    assert len(c.notes) == 2 and "fewer than min_n=5" in c.notes[0]
    assert c.frames["p_perm"].notna().all()               # still computed
    folder = c.save(tmp_path)
    summary = json.loads((folder / "summary.json").read_text())
    assert summary["enough"] is False and summary["n_a"] == 4
    assert {p.name for p in folder.iterdir()} >= {"frames.csv", "words.csv", "echo.csv", "summary.json"}


def test_filters(statements):
    assert select(statements, {"outlet": "post", "kind": "narration"}).sum() == 1
    assert select(statements, {"month": "2024-02"}).sum() == 3
    c = compare(statements, {"kind": "narration"}, {"role": "official"}, min_n=1)
    assert c.n_a == 1                                      # kind named: narration allowed
    with pytest.raises(NarrativeError, match="unknown column 'party'"):
        compare(statements, {"party": "x"}, B)
    with pytest.raises(NarrativeError, match="no statements match group B"):
        compare(statements, A, {"role": "nobody"})


# --- CLI ----------------------------------------------------------------------

def test_cli_compare(statements, tmp_path, capsys):
    statements.to_csv(tmp_path / "statements.csv", index=False)
    code = main(["compare", str(tmp_path), "--a", "role=commenter", "--b", "role=official",
                 "--b", "outlet=Post", "--a-label", "readers", "--min-n", "2", "--n-perm", "500"])
    out = capsys.readouterr().out
    assert code == 0
    assert "A: readers (n=4)" in out and "B: role=official & outlet=Post (n=3)" in out
    assert "Jensen-Shannon" in out and "crime" in out
    frames = pd.read_csv(tmp_path / "compare" / "frames.csv")
    assert set(frames["frame"]) == {"crime", "economy"}
    echo = pd.read_csv(tmp_path / "compare" / "echo.csv", keep_default_na=False)
    assert echo.set_index("statement_id_a").loc["c1", "statement_id_b"] == "o1"


@pytest.mark.parametrize("args, message", [
    (["--a", "role=commenter", "--b", "party=x"], "unknown column 'party'"),
    (["--a", "role", "--b", "role=official"], "expected COLUMN=VALUE"),
    (["--b", "role=official"], "--a is required"),
])
def test_cli_errors(statements, tmp_path, capsys, args, message):
    statements.to_csv(tmp_path / "statements.csv", index=False)
    assert main(["compare", str(tmp_path), *args]) == 2
    assert message in capsys.readouterr().err


def test_cli_missing_inputs(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "nope"), "--a", "role=x", "--b", "role=y"]) == 2
    assert "no such output directory" in capsys.readouterr().err
    assert main(["compare", str(tmp_path), "--a", "role=x", "--b", "role=y"]) == 2
    assert "no statements.csv" in capsys.readouterr().err


def test_echo_pairs_are_sampled_and_bounded_for_huge_groups():
    import numpy as np
    import pandas as pd

    from narrative.compare import _echo_table, compare

    rng = np.random.default_rng(0)
    words = np.array("truce broken enemy border drone attack peace talks revenge martyr".split())
    n = 300
    st = pd.DataFrame({"statement_id": [str(i) for i in range(2 * n)], "speaker": "x",
                       "speaker_role": ["commenter"] * n + ["official"] * n,
                       "text": [" ".join(rng.choice(words, 6)) for _ in range(2 * n)], "frames": ""})
    c = compare(st, {"role": "commenter"}, {"role": "official"}, n_perm=10, max_echo=50)
    assert len(c.echo) == 50 and any("random sample of 50 of the 300" in note for note in c.notes)
    a, b = st.iloc[:n], st.iloc[n:]
    # Tiny blocks (one row at a time) must give the same best matches as one big block.
    pd.testing.assert_frame_equal(_echo_table(a, b, cells=1), _echo_table(a, b))


# --- what the report relies on ---------------------------------------------------------------

def test_stop_words_are_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from narrative import compare as module

    assert module.ENGLISH_STOP_WORDS == ENGLISH_STOP_WORDS


def test_count_tokens_equals_counting_text_by_text():
    """Blocks of texts joined by newlines give the counts (and the order) of one text at a time."""
    from collections import Counter

    from narrative.compare import count_tokens

    texts = ["The Mayor's plan didn't work", "ΟΔΟΣ ends in a final sigma", "Σ starts this one",
             "rock' and 'roll", "İstanbul talks; 3 dead", "", None, float("nan"), "x y z", "it's o'clock"]
    texts = texts * 7 + ["Crime\nrates\r\nrise"]
    expected = Counter(t for text in texts for t in tokens(text))
    for block in (1, 3, 2000):
        got = count_tokens(texts, block=block)
        assert got == expected and list(got) == list(expected)


def test_select_tests_each_distinct_value_as_before(statements):
    """select() on a text column (one test per distinct value) matches the cell-by-cell rule."""
    st = statements.assign(outlet=statements["outlet"].where(statements.index != 2, None))
    for filters in ({"role": "Commenter"}, {"outlet": " post "}, {"outlet": "post,wire"},
                    {"kind": "narration", "outlet": "post"}):
        expected = pd.Series(True, index=st.index)
        for column, value in filters.items():
            column = {"role": "speaker_role"}.get(column, column)
            cells = st[column].astype(object).where(st[column].notna(), "").astype(str).str.strip().str.lower()
            expected &= cells.isin([v.strip().lower() for v in value.split(",") if v.strip()])
        assert select(st, filters).tolist() == expected.tolist()


def test_echo_can_be_skipped(statements):
    """The report does not show echo pairs: without them the rest of the comparison is the same."""
    full = compare(statements, A, B, min_n=2, n_perm=200)
    lean = compare(statements, A, B, min_n=2, n_perm=200, echo=False)
    assert lean.echo.empty and list(lean.echo.columns) == list(full.echo.columns)
    pd.testing.assert_frame_equal(lean.frames, full.frames)
    pd.testing.assert_frame_equal(lean.words, full.words)
    assert (lean.jsd, lean.n_a, lean.n_b, lean.notes) == (full.jsd, full.n_a, full.n_b, full.notes)


def test_compare_does_not_need_the_other_columns(statements):
    """Only the columns a comparison reads are taken; extra ones change nothing."""
    plain = compare(statements, A, B, min_n=2, n_perm=200)
    wide = compare(statements.assign(cue="said", stance_evidence="x" * 50), A, B, min_n=2, n_perm=200)
    pd.testing.assert_frame_equal(plain.frames, wide.frames)
    pd.testing.assert_frame_equal(plain.echo, wide.echo)
