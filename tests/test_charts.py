"""Charts return plotly figures with the expected traces, values and escaped text."""
import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from narrative import charts
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
