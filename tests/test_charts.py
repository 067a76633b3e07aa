"""Charts return plotly figures with the expected traces, values and escaped text."""
import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from narrative import charts
from narrative.schema import as_bool
from narrative.compare import compare

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def st():
    """12 statements by hand: two officials, a hostile-named official, commenters, narration, a repost."""
    rows = [
        # id, doc, outlet, date, speaker, role, kind, frames, stance, text, duplicate
        ("a:1", "a", "Post", "2016-03-04", "Haddad", "official", "direct", "security", 0.6, "Enemies at the gate.", False),
        ("a:2", "a", "Post", "2016-03-04", "Haddad", "official", "indirect", "security;cost", 0.4, "It costs but keeps us safe.", False),
        ("a:3", "a", "Post", "2016-03-04", "Haddad", "official", "direct", "", 0.5, "We stand firm.", False),
        ("a:4", "a", "Post", "2016-03-04", "Varga", "author", "narration", "cost", 0.0, "Funerals multiply.", False),
        ("a:5", "a", "Post", "2016-03-04", "reader_1", "commenter", "comment", "cost", -0.8, "Too expensive!", False),
        ("b:1", "b", "Ledger", "2016-04-02", "Ruiz", "official", "direct", "cost", 0.1, "The budget holds.", False),
        ("b:2", "b", "Ledger", "2016-04-02", "Ruiz", "official", "partial", "cost", 0.2, "Prices are stable.", False),
        ("b:3", "b", "Ledger", "2016-04-02", HOSTILE, "official", "direct", "security", 0.9, "<img src=x onerror=alert(1)>", False),
        ("b:4", "b", "Ledger", "2016-04-02", "reader_2", "commenter", "comment", "cost;humanitarian", -0.5, "Families pay.", False),
        ("b:5", "b", "Ledger", "2016-04-02", "reader_1", "commenter", "comment", "humanitarian", None, "Civilians die.", False),
        ("b:6", "b", "Ledger", "2016-04-02", "Ledger", "outlet", "narration", "", 0.1, "The minister spoke.", False),
        # a repost of a:1: must not be counted anywhere
        ("c:1", "c", "Wire", "2016-03-05", "Haddad", "official", "direct", "security", 0.6, "Enemies at the gate.", True),
    ]
    cols = ["statement_id", "doc_id", "outlet", "date", "speaker", "speaker_role", "kind", "frames",
            "stance", "text", "duplicate"]
    return pd.DataFrame(rows, columns=cols)


def as_lists(x):
    return [list(r) for r in x]


def test_heatmap_shares_counts_ids_and_escaping(st):
    fig = charts.frame_heatmap(st, labels={"security": "Security threat", "cost": "Economic cost"})
    assert isinstance(fig, go.Figure) and fig.data[0].type == "heatmap"
    h = fig.data[0]
    rows, cols = list(h.y), list(h.x)
    assert cols[:2] == ["Economic cost", "Security threat"]  # lexicon labels, most frequent first
    assert "Varga" not in rows                    # narration is not a speaker's statement
    i, j = rows.index("Haddad"), cols.index("Security threat")
    assert h.z[i][j] == pytest.approx(2 / 3)      # 2 of Haddad's 3 statements (repost c:1 not counted)
    count, n, example, ids, group, frame = h.customdata[i][j]
    assert (count, n, group, frame) == (2, 3, "Haddad", "security")
    assert ids.split("\n") == ["a:1", "a:2"]
    assert example == "Enemies at the gate."     # a direct quote is preferred as the example
    # The hostile speaker is shown escaped on the axis and in hover examples.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rows
    assert HOSTILE not in rows
    k = rows.index("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert h.customdata[k][j][2] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "%{customdata[2]}" in h.hovertemplate


def test_heatmap_by_outlet_and_top(st):
    fig = charts.frame_heatmap(st, by="outlet", top=1)
    assert list(fig.data[0].y) == ["Ledger"]


def test_outlet_frames_own_vs_quoted(st):
    fig = charts.outlet_frames(st)
    bars = [t for t in fig.data if t.type == "bar"]
    # one trace per frame and voice panel; the second panel uses the second x axis
    cost_own = next(t for t in bars if t.name == "cost" and t.xaxis == "x")
    cost_quoted = next(t for t in bars if t.name == "cost" and t.xaxis == "x2")
    post = list(cost_own.x).index("Post")
    assert cost_own.y[post] == pytest.approx(1.0)            # Varga's only narration mention is cost
    assert cost_quoted.y[post] == pytest.approx(1 / 3)       # quoted at Post: security, security, cost
    assert cost_quoted.customdata[post][:2] == [1, 3]        # k statements of n quoted (comments excluded)
    assert {a.text for a in fig.layout.annotations} >= {"n=1", "n=3"}


def test_stance_dots_sorted_and_too_few_hollow(st):
    fig = charts.stance_dots(st, min_n=2)
    names = [t.name for t in fig.data]
    assert any("too few" in n for n in names)
    solid = next(t for t in fig.data if t.name == "officials")
    assert list(solid.y) == ["Ruiz", "Haddad"]               # sorted by mean stance (0.15 < 0.5)
    assert solid.x[1] == pytest.approx(0.5)
    few = next(t for t in fig.data if "too few" in t.name and t.name.startswith("officials"))
    assert few.marker.symbol == "circle-open" and few.marker.color == charts.GREY
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in list(few.y)
    assert set(few.text) == {"too few"}


def test_compare_bars_and_words(st):
    c = compare(st, {"role": "commenter"}, {"role": "official"}, min_n=1, n_perm=200,
                label_a="commenters", label_b="officials")
    fig = charts.compare_bars(c, labels={"cost": "Economic cost"})
    bar = fig.data[0]
    assert bar.orientation == "h"
    i = list(bar.y).index("Economic cost")
    row = c.frames.set_index("frame").loc["cost"]
    assert bar.x[i] == pytest.approx(row["diff"])
    assert bar.error_x.array[i] == pytest.approx(row["diff_hi"] - row["diff"])
    assert "commenters minus officials" in fig.layout.title.text
    words = charts.distinctive_words(c)
    z = [float(v) for v in words.data[0].x]
    assert z == sorted(z)
    assert any(v > 0 for v in z) and any(v < 0 for v in z)


def test_frames_over_time_monthly_and_no_dates(st):
    fig = charts.frames_over_time(st)
    cost = next(t for t in fig.data if t.name == "cost")
    # March: 3 of 5 statements carry cost (repost excluded); April: 3 of 6
    assert [round(v, 3) for v in cost.y] == [0.6, 0.5]
    assert [list(c) for c in cost.customdata] == [[3, 5], [3, 6]]
    assert charts.frames_over_time(st.assign(date="")) is None


def test_who_quotes_whom_sankey(st):
    fig = charts.who_quotes_whom(st)
    s = fig.data[0]
    labels = list(s.node.label)
    links = {(labels[a], labels[b]): v for a, b, v in zip(s.link.source, s.link.target, s.link.value)}
    assert links[("Post", "Haddad")] == 3                     # the repost in Wire is not counted
    assert ("Post", "reader_1") not in links                  # comments are not quotes
    assert "Wire" not in labels
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in labels


def test_no_raw_corpus_markup_in_any_figure(st):
    figs = [charts.frame_heatmap(st), charts.outlet_frames(st), charts.stance_dots(st, min_n=2),
            charts.frames_over_time(st), charts.who_quotes_whom(st)]
    for fig in figs:
        text = json.dumps(fig.to_plotly_json(), default=str)
        # Raw markup may only survive in customdata fields not rendered as text (group name for clicks).
        for trace in fig.to_plotly_json()["data"]:
            for key in ("x", "y", "text", "name", "hovertext"):
                assert "<script" not in json.dumps(trace.get(key), default=str)
        assert "<img src=x" not in text


def test_empty_inputs_give_explanatory_figures():
    empty = pd.DataFrame(columns=["statement_id", "speaker", "kind", "frames", "text", "outlet"])
    for fn in (charts.frame_heatmap, charts.outlet_frames, charts.stance_dots, charts.who_quotes_whom):
        fig = fn(empty)
        assert isinstance(fig, go.Figure)
        assert fig.layout.annotations and fig.layout.annotations[0].text


# --- the same figures, computed once per distinct value and without copying texts -------------

def random_statements(n=3000, seed=1):
    """Many statements with repeated frame cells (also "a;a"), missing values, reposts and kinds."""
    import numpy as np

    rng = np.random.default_rng(seed)
    pick = lambda values: [values[i] for i in rng.integers(0, len(values), n)]  # noqa: E731
    return pd.DataFrame({
        "statement_id": [f"s{i}" for i in range(n)], "doc_id": [f"d{i // 7}" for i in range(n)],
        "outlet": pick(["Post", "Ledger", "Wire", "", None]),
        "date": pick(["2016-03-04", "2016-04-01T23:30+02:00", "5 May 2016", "", "not a date", None]),
        "speaker": pick([f"sp{i}" for i in range(40)] + ["", None]),
        "speaker_role": pick(["official", "commenter", "outlet", "author", None]),
        "kind": pick(["direct", "partial", "indirect", "headline", "comment", "narration", None]),
        "text": [f"text {i}" for i in range(n)],
        "frames": pick(["", "cost", "war;cost", "aid", "war", "cost;cost", " war ; aid ", None]),
        "stance": rng.normal(0, 0.4, n).round(3),
        "duplicate": pick(["False"] * 9 + ["True"]),
    })


def naive_heatmap(st, by="speaker", top=25, max_ids=500):
    """The heatmap's cells computed row by row (how the chart first did it)."""
    st = st[~st["duplicate"].map(lambda v: str(v).strip().lower() in {"true", "1", "yes", "y", "t"})]
    st = st[st[by].notna() & (st[by].astype(str).str.strip() != "")]
    st = st[st["kind"].astype(str) != "narration"]
    n_by = st.groupby(by).size().sort_values(ascending=False, kind="stable")
    groups = list(n_by.index[:top])
    st = st[st[by].isin(groups)]
    long = st.assign(frame=st["frames"].map(charts.frame_list)).explode("frame")
    long = long[long["frame"].notna()]
    frames = charts.frame_order(st)
    rank = {"direct": 0, "partial": 1, "headline": 2, "indirect": 3, "comment": 4, "narration": 5}
    cells = []
    for g in groups:
        for f in frames:
            rows = long[(long[by] == g) & (long["frame"] == f)]
            best = rows.assign(_r=rows["kind"].map(lambda k: rank.get(k, 9))).sort_values("_r", kind="stable")
            example = charts.esc(best["text"].iloc[0], 160) if len(rows) else ""
            cells.append([len(rows), int(n_by[g]), example, "\n".join(rows["statement_id"].tolist()[:max_ids]),
                          str(g), f])
    return cells


@pytest.mark.parametrize("by", ["speaker", "outlet"])
def test_heatmap_cells_equal_a_row_by_row_count(by):
    st = random_statements()
    fig = charts.frame_heatmap(st, by=by, max_ids=20)
    got = [cell for row in fig.data[0].customdata for cell in row]
    assert [list(c) for c in got] == naive_heatmap(st, by=by, max_ids=20)


def test_frames_long_and_order_equal_explode():
    st = random_statements(500)
    long = charts.frames_long(st)
    naive = st.assign(frame=st["frames"].map(charts.frame_list)).explode("frame")
    naive = naive[naive["frame"].notna()]
    pd.testing.assert_frame_equal(long, naive, check_dtype=False)
    counts = {}
    for cell in st["frames"]:
        for f in set(charts.frame_list(cell)):
            counts[f] = counts.get(f, 0) + 1
    assert charts.frame_order(st) == sorted(counts, key=lambda f: (-counts[f], f))
    obj = st.astype({"frames": object})  # Python objects take the cell-by-cell path
    assert charts.frame_order(obj) == charts.frame_order(st)
    assert as_bool(obj["duplicate"]).tolist() == as_bool(st["duplicate"]).tolist()


def test_who_quotes_whom_examples_prefer_direct_quotes_in_table_order():
    st = random_statements()
    s = charts.who_quotes_whom(st).data[0]
    labels = list(s.node.label)
    prim = st[st["duplicate"] != "True"]
    quoted = prim[prim["kind"].isin(charts.QUOTED_KINDS) & prim["speaker"].notna() & (prim["speaker"] != "")
                  & prim["outlet"].notna() & (prim["outlet"] != "")]
    top = quoted.groupby("speaker").size().sort_values(ascending=False, kind="stable").index[:30]
    rank = {"direct": 0, "partial": 1, "headline": 2, "indirect": 3}
    for a, b, value, example in zip(s.link.source, s.link.target, s.link.value, s.link.customdata):
        rows = quoted[quoted["outlet"] == labels[a]]
        rows = rows[rows["speaker"] == labels[b]] if labels[b] != "other speakers" else \
            rows[~rows["speaker"].isin(top)]
        assert value == len(rows)
        assert example == rows.assign(r=rows["kind"].map(rank)).sort_values("r", kind="stable")["text"].iloc[0]


def test_frames_over_time_parses_each_date_once_with_the_same_months():
    st = random_statements()
    fig = charts.frames_over_time(st)
    prim = st[st["duplicate"] != "True"]
    month = pd.to_datetime(prim["date"].astype(str), errors="coerce", utc=True, format="mixed")
    month = month.dt.tz_localize(None).dt.to_period("M").dt.to_timestamp()
    n = month.value_counts()
    for trace in fig.data:
        for x, (k, total) in zip(trace.x, trace.customdata):
            assert total == n.get(pd.Timestamp(x), 0)
