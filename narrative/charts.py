"""Plotly charts of who frames what, and how.

Every function takes the analysis tables (``statements`` as in
:data:`narrative.schema.STATEMENTS`, or a :class:`narrative.compare.Comparison`)
and returns a :class:`plotly.graph_objects.Figure`, so the same charts work in
Jupyter (``fig.show()``), in ``report.html`` and as static PNG/SVG exports.

Conventions shared by all charts:

* reposts (``duplicate`` true) are dropped, so a story syndicated five times
  is counted once;
* colours come from the Okabe-Ito palette, which stays distinguishable with
  the common colour-vision deficiencies;
* every piece of corpus text shown in a label or hover box is passed through
  :func:`html.escape` first: plotly renders a subset of HTML in those places,
  and corpus text (names, quotes, comments) is untrusted;
* ``labels`` maps frame ids to readable labels (from the lexicon); ids are
  shown where no label is given.

>>> import pandas as pd
>>> st = pd.DataFrame({
...     "statement_id": ["a:1", "a:2", "b:1"], "doc_id": ["a", "a", "b"],
...     "outlet": ["Daily", "Daily", "Herald"], "date": ["2016-03-04"] * 3,
...     "speaker": ["Salami", "Salami", "Reader1"],
...     "speaker_role": ["official", "official", "commenter"],
...     "kind": ["direct", "indirect", "comment"], "text": ["x", "y", "z"],
...     "duplicate": [False, False, False], "frames": ["security", "", "cost"],
...     "stance": [0.5, 0.2, -0.4]})
>>> frame_heatmap(st).data[0].type
'heatmap'
"""
from __future__ import annotations

import html
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .aggregate import aggregate, aggregate_outlets
from .schema import as_bool

#: Okabe & Ito (2008) colour-blind-safe qualitative palette (black last).
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
             "#D55E00", "#CC79A7", "#000000"]
GREY = "#999999"

#: A fixed colour per speaker role so the same role looks the same everywhere.
ROLE_COLOURS = {
    "official": "#0072B2", "outlet": "#E69F00", "organization": "#009E73",
    "commenter": "#CC79A7", "author": "#D55E00", "other": "#56B4E9",
    "unknown": GREY,
}

#: Kinds that are somebody else's words reported by the outlet.
QUOTED_KINDS = ("direct", "partial", "indirect", "headline")
#: Preference when picking an example statement for a hover box.
_KIND_RANK = {"direct": 0, "partial": 1, "headline": 2, "indirect": 3, "comment": 4, "narration": 5}

_FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", size=13)


# --------------------------------------------------------------------------- helpers

def esc(value, limit: int | None = None) -> str:
    """Plain text -> HTML-safe text for plotly labels and hover boxes.

    Truncates (before escaping, so no entity is cut in half) and folds
    newlines, which plotly would otherwise keep as raw line feeds.

    >>> esc('<script>alert(1)</script>')
    '&lt;script&gt;alert(1)&lt;/script&gt;'
    >>> esc("a very long quote", limit=8)
    'a very…'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = " ".join(str(value).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    # quote=False: plotly decodes &lt; &gt; &amp; but would show "&quot;" literally, and
    # quotes cannot form a tag once < and > are escaped.
    return html.escape(text, quote=False)


def _per_value(series: pd.Series, fn) -> np.ndarray:
    """``fn`` of each cell, computed once per distinct value (a column holds few), as an array.

    Python objects are mapped one by one: distinct objects may hash equal there (1, 1.0, True).
    """
    if series.dtype == object:
        values = np.empty(len(series), dtype=object)
        values[:] = [fn(v) for v in series]
        return values
    codes, uniques = pd.factorize(series, use_na_sentinel=False)
    values = np.empty(len(uniques), dtype=object)
    values[:] = [fn(u) for u in uniques]
    return values[codes]


_TEXT_COLUMNS = ["statement_id", "doc_id", "outlet", "date", "speaker", "speaker_role", "kind",
                 "text", "frames"]


def primary(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements outside reposts (reposts are counted once, in the original).

    Missing schema columns are added empty, so a partial table still charts.
    """
    st = statements
    missing = [c for c in _TEXT_COLUMNS if c not in st.columns]
    if missing or "stance" not in st.columns:
        st = st.assign(**{c: "" for c in missing})
        if "stance" not in st.columns:
            st = st.assign(stance=np.nan)
    if "duplicate" not in st.columns or st.empty:
        return st
    dup = as_bool(st["duplicate"])
    return st[~dup] if dup.any() else st  # a table without reposts is returned as it is (no copy)


def frame_list(value) -> list[str]:
    """The frame ids of one ``frames`` cell ("a;b" -> ["a", "b"])."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [f.strip() for f in str(value).split(";") if f.strip()]


def frames_long(statements: pd.DataFrame, columns=None) -> pd.DataFrame:
    """One row per (statement, frame) with the statement's other columns (or only ``columns``).

    Rows keep the statements' order and index; a statement without frames has no row.

    >>> st = pd.DataFrame({"speaker": ["A", "B", "C"], "frames": ["cost;war", "", "war"]})
    >>> frames_long(st)[["speaker", "frame"]].values.tolist()
    [['A', 'cost'], ['A', 'war'], ['C', 'war']]
    """
    st = statements if columns is None else statements[[c for c in columns if c in statements]]
    if "frames" in statements:
        rows, frame = _frame_rows(statements["frames"])
    else:
        rows, frame = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    out = st.iloc[rows]
    return out.assign(frame=pd.Series(frame, index=out.index, dtype=object))


def _frame_rows(frames: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """For each (statement, frame) pair, in order: the statement's position and the frame id.

    Cells are split once per distinct value, not once per row.

    >>> _frame_rows(pd.Series(["cost;war", "", "war"]))
    (array([0, 0, 2]), array(['cost', 'war', 'war'], dtype=object))
    """
    if frames.dtype == object:  # see _per_value
        codes = np.arange(len(frames))
        cells = [frame_list(v) for v in frames]
    else:
        codes, uniques = pd.factorize(frames, use_na_sentinel=False)
        cells = [frame_list(u) for u in uniques]
    # The frame ids of every distinct cell end to end; each row takes its cell's slice.
    size = np.array([len(c) for c in cells], dtype=np.int64)
    start = np.cumsum(size) - size
    flat = np.empty(int(size.sum()), dtype=object)
    flat[:] = [f for c in cells for f in c]
    sizes = size[codes]
    rows = np.repeat(np.arange(len(codes)), sizes)
    offset = np.arange(len(rows)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return rows, flat[start[codes][rows] + offset]


def frame_order(statements: pd.DataFrame, labels: dict | None = None) -> list[str]:
    """Frame ids ordered by how many statements carry them (ties: by id).

    >>> frame_order(pd.DataFrame({"frames": ["war;cost", "war", "", None]}), {"aid": "Aid"})
    ['war', 'cost', 'aid']
    """
    counts: dict[str, int] = {}
    cells = statements.get("frames", pd.Series(dtype=object))
    cells = pd.Series(cells)
    if cells.dtype == object:  # see _per_value
        distinct = ((cell, 1) for cell in cells)
    else:
        codes, uniques = pd.factorize(cells, use_na_sentinel=False)
        distinct = zip(uniques, np.bincount(codes, minlength=len(uniques)))
    for cell, k in distinct:
        for f in set(frame_list(cell)):
            counts[f] = counts.get(f, 0) + int(k)
    for f in labels or {}:
        counts.setdefault(f, 0)
    return sorted(counts, key=lambda f: (-counts[f], f))


def frame_colours(statements: pd.DataFrame) -> dict[str, str]:
    """A colour per frame, by frequency in the whole table, so every chart agrees.

    >>> frame_colours(pd.DataFrame({"frames": ["b;a", "b"]}))
    {'b': '#E69F00', 'a': '#56B4E9'}
    """
    order = frame_order(primary(statements))
    return {f: OKABE_ITO[i] if i < len(OKABE_ITO) else GREY for i, f in enumerate(order)}


def label_of(frame: str, labels: dict | None) -> str:
    return str((labels or {}).get(frame) or frame)


def _empty(title: str, message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=esc(message), showarrow=False, x=0.5, y=0.5,
                       xref="paper", yref="paper", font=dict(size=15, color="#555"))
    fig.update_layout(title=dict(text=esc(title)), xaxis=dict(visible=False),
                      yaxis=dict(visible=False), height=260, font=_FONT,
                      template="plotly_white")
    return fig


def _unique_labels(names: list[str], limit: int = 48) -> list[str]:
    """Escaped display labels, made unique again after truncation (category axes merge equal labels)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        lab = esc(name, limit) or "(unnamed)"
        if lab in seen:
            seen[lab] += 1
            lab = f"{lab} ({seen[lab]})"
        else:
            seen[lab] = 1
        out.append(lab)
    return out


def _kind_rank(rows: pd.DataFrame) -> np.ndarray:
    """Each row's preference as a hover example (:data:`_KIND_RANK`; other kinds 9)."""
    kind = rows["kind"] if "kind" in rows else pd.Series("", index=rows.index)
    return _per_value(kind, lambda k: _KIND_RANK.get(k, 9)).astype(np.int64)


def _example(texts: pd.Series, at: np.ndarray, rank: np.ndarray, limit: int = 160) -> str:
    """A representative statement for a hover box, among ``texts`` at positions ``at`` (in table
    order; ``rank`` is their :func:`_kind_rank`): the first of the preferred kind (direct quotes).

    >>> texts = pd.Series(["a comment", "a <quote>", "another quote"])
    >>> _example(texts, np.array([0, 1, 2]), np.array([4, 0, 0]))
    'a &lt;quote&gt;'
    """
    if not len(at):
        return ""
    return esc(texts.iloc[at[int(np.argmin(rank))]], limit)


def _cells(table: pd.DataFrame, keys: list[str]) -> dict:
    """Positions (in table order) of the rows of each group of ``keys``: one pass for all groups."""
    if table.empty:
        return {}
    return table.groupby(keys, sort=False).indices


def _base_layout(fig: go.Figure, title: str, **kw) -> go.Figure:
    fig.update_layout(title=dict(text=title, x=0.01, xanchor="left"), font=_FONT,
                      template="plotly_white", hoverlabel=dict(align="left"),
                      margin=dict(l=10, r=10, t=60, b=10), **kw)
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


# --------------------------------------------------------------------------- charts

def frame_heatmap(statements: pd.DataFrame, by: str = "speaker", top: int = 25,
                  labels: dict | None = None, max_ids: int = 500,
                  narration: bool = False) -> go.Figure:
    """Share of each speaker's (or outlet's) statements carrying each frame.

    Rows are the ``top`` groups with the most statements, columns the frames.
    Narration (the author's own voice) is left out unless ``narration=True``,
    as in :func:`narrative.aggregate.aggregate`, so shares match the speaker table.
    Hover shows the count behind the share and an example statement;
    ``customdata[i][j]`` is ``[count, n, example, statement ids joined by "\\n",
    group name, frame id]`` so a click handler can list the statements.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"statement_id": ["d:1", "d:2"], "speaker": ["A", "A"],
    ...                    "kind": ["direct", "direct"], "text": ["t1", "t2"],
    ...                    "frames": ["cost", ""]})
    >>> fig = frame_heatmap(st)
    >>> [list(row) for row in fig.data[0].z]
    [[0.5]]
    """
    src = primary(statements)
    if by not in src.columns:
        raise ValueError(f"statements have no column {by!r}")
    keep = src[by].notna() & (src[by].astype(str).str.strip() != "")
    if not narration:
        keep &= src["kind"].astype(str) != "narration"
    # The statements charted, as positions in ``src``: ids and examples are looked up there, so
    # their texts are never copied.
    at_src = np.flatnonzero(keep.to_numpy(dtype=bool))
    st = src[list(dict.fromkeys([by, "frames"]))].iloc[at_src]
    what = "speaker" if by == "speaker" else by
    if st.empty:
        return _empty(f"Frames by {what}", "No statements to chart.")
    n_by = st.groupby(by).size().sort_values(ascending=False, kind="stable")
    groups = list(n_by.index[:top])
    top_rows = st[by].isin(groups).to_numpy(dtype=bool)
    st, at_src = st[top_rows], at_src[top_rows]
    frames = frame_order(st, None)
    if not frames:
        return _empty(f"Frames by {what}", "No frame matched any statement.")
    rows, frame = _frame_rows(st["frames"])  # one row per (statement, frame)
    at = _cells(pd.DataFrame({by: st[by].to_numpy()[rows], "frame": frame}), [by, "frame"])
    at_src = at_src[rows]
    rank, text_src = _kind_rank(src), src["text"]
    none = np.zeros(0, dtype=np.int64)
    cells = [[at_src[at.get((g, f), none)] for f in frames] for g in groups]  # in table order
    # The ids shown, fetched in one go: up to max_ids per cell.
    ids = src["statement_id"].iloc[np.concatenate([pos[:max_ids] for row in cells for pos in row])]
    ids, i = ids.astype(str).tolist(), 0
    z, cd, text = [], [], []
    for g, row in zip(groups, cells):
        zr, cr, tr = [], [], []
        for f, pos in zip(frames, row):
            k, n = len(pos), int(n_by[g])
            zr.append(k / n if n else 0.0)
            shown = min(k, max_ids)
            cr.append([k, n, _example(text_src, pos, rank[pos]), "\n".join(ids[i:i + shown]), str(g), f])
            i += shown
            tr.append(f"{k / n:.0%}" if k else "")
        z.append(zr), cd.append(cr), text.append(tr)
    ylabels = _unique_labels([str(g) for g in groups])
    xlabels = _unique_labels([label_of(f, labels) for f in frames], 28)
    fig = go.Figure(go.Heatmap(
        z=z, x=xlabels, y=ylabels, customdata=cd, text=text, texttemplate="%{text}",
        zmin=0, zmax=1, xgap=2, ygap=2,
        colorscale=[[0, "#F4F8FB"], [0.5, "#56B4E9"], [1, "#0072B2"]],
        colorbar=dict(title=dict(text="share"), tickformat=".0%"),
        hovertemplate=("<b>%{y}</b> · %{x}<br>%{customdata[0]} of %{customdata[1]} statements"
                       " (%{z:.0%})<br><i>e.g.</i> “%{customdata[2]}”<extra></extra>"),
    ))
    fig = _base_layout(
        fig, f"Which frames each {what} uses (share of their statements; top {len(groups)})",
        height=max(320, 60 + 28 * len(groups) + 80), meta=dict(chart="frame_heatmap", by=by))
    fig.update_xaxes(title_text="frame", tickangle=-20)
    fig.update_yaxes(title_text=what, autorange="reversed")
    return fig


def _voice(statements: pd.DataFrame) -> pd.Series:
    kind = statements.get("kind", pd.Series("", index=statements.index)).astype(str)
    return pd.Series(np.where(kind == "narration", "own", np.where(kind.isin(QUOTED_KINDS), "quoted", "")),
                     index=statements.index)


def outlet_frames(statements: pd.DataFrame, labels: dict | None = None, top: int = 20) -> go.Figure:
    """Frame mix per outlet: the outlet's own voice (narration) beside the voices it quotes.

    Each bar stacks the frames' shares of that voice's frame mentions (so it
    sums to 100% of mentions); hover adds the share of statements carrying the
    frame. Reader comments are left out: they are not the outlet's choice.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"statement_id": ["d:1", "d:2"], "outlet": ["X", "X"],
    ...                    "kind": ["narration", "direct"], "frames": ["cost", "cost;war"]})
    >>> sorted({t.name for t in outlet_frames(st).data})
    ['cost', 'war']
    """
    st = primary(statements)
    colours = frame_colours(statements)
    title = "Frame mix per outlet: own voice vs. quoted voices"
    if st.empty or "outlet" not in st:
        return _empty(title, "No statements to chart.")
    st = st[["outlet", "frames"]].assign(voice=_voice(st))  # only what the chart needs
    st = st[(st["voice"] != "") & st["outlet"].notna() & (st["outlet"].astype(str) != "")]
    outlets = list(st.groupby("outlet").size().sort_values(ascending=False, kind="stable").index[:top])
    st = st[st["outlet"].isin(outlets)]
    frames = frame_order(st)
    if not frames:
        return _empty(title, "No frame matched any outlet's statements.")
    long = frames_long(st, ["outlet", "voice"])
    n_stat = st.groupby(["outlet", "voice"]).size()
    n_ment = long.groupby(["outlet", "voice"]).size()
    cnt = long.groupby(["outlet", "voice", "frame"]).size()
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.04,
                        subplot_titles=("Own voice (narration)", "Quoted voices"))
    xl = _unique_labels([str(o) for o in outlets], 30)
    for i, f in enumerate(frames):
        colour = colours.get(f, GREY)
        flabel = esc(label_of(f, labels), 40)
        for col, voice in ((1, "own"), (2, "quoted")):
            ys, cds = [], []
            for o in outlets:
                k = int(cnt.get((o, voice, f), 0))
                m = int(n_ment.get((o, voice), 0))
                n = int(n_stat.get((o, voice), 0))
                ys.append(k / m if m else 0.0)
                cds.append([k, n, k / n if n else 0.0, m])
            fig.add_trace(go.Bar(
                x=xl, y=ys, name=flabel, legendgroup=f, showlegend=(col == 1),
                marker_color=colour, customdata=cds, meta=[flabel],
                hovertemplate=("<b>%{x}</b> · %{meta[0]}<br>%{y:.0%} of %{customdata[3]} frame mentions"
                               "<br>in %{customdata[0]} of %{customdata[1]} statements"
                               " (%{customdata[2]:.0%})<extra></extra>"),
            ), row=1, col=col)
    # Show n under each bar: a 60% share of 3 statements is not a 60% share of 300.
    for col, voice in ((1, "own"), (2, "quoted")):
        for o, lab in zip(outlets, xl):
            fig.add_annotation(x=lab, y=1.0, yanchor="bottom", showarrow=False, row=1, col=col,
                               text=f"n={int(n_stat.get((o, voice), 0))}", font=dict(size=10, color="#555"))
    fig = _base_layout(fig, title, barmode="stack", height=460, legend_title_text="frame",
                       meta=dict(chart="outlet_frames"))
    fig.update_yaxes(tickformat=".0%", range=[0, 1.08], row=1, col=1, title_text="share of frame mentions")
    fig.update_yaxes(tickformat=".0%", range=[0, 1.08], row=1, col=2)
    fig.update_xaxes(title_text="outlet")
    return fig


def stance_groups(statements: pd.DataFrame, min_n: int = 5) -> pd.DataFrame:
    """Stance per official (by speaker) and per outlet's own voice, with 95% intervals.

    Uses :func:`narrative.aggregate.aggregate` (seeded bootstrap intervals),
    so the numbers match ``aggregates/by_speaker.csv`` and ``by_outlet.csv``.
    Columns: group, label, role, n (scored statements), stance_mean,
    stance_lo, stance_hi, enough (an interval could be estimated).
    """
    cols = ["group", "label", "role", "n", "stance_mean", "stance_lo", "stance_hi", "enough"]
    st = primary(statements)
    if st.empty or "stance" not in st:
        return pd.DataFrame(columns=cols)
    # Only the columns these numbers come from: other stance_<target> scores would be bootstrapped
    # for nothing, and without text the aggregates do not count words either.
    st = st[[c for c in ("speaker", "speaker_role", "outlet", "kind") if c in st]].assign(
        stance=pd.to_numeric(st["stance"], errors="coerce"))
    parts = []
    if "speaker_role" in st and "speaker" in st:
        off = st[st["speaker_role"].astype(str) == "official"]
        if not off.empty:
            a = aggregate(off, "speaker", min_n=min_n, frames=[])
            parts.append(a.assign(group=a["speaker"], label=a["speaker"], role="official"))
    if "outlet" in st and "kind" in st:
        own = aggregate_outlets(st, min_n=min_n, frames=[])
        own = own[own["voice"] == "own"]
        if not own.empty:
            parts.append(own.assign(group=own["outlet"], label=own["outlet"] + " (own voice)",
                                    role="outlet"))
    if not parts:
        return pd.DataFrame(columns=cols)
    df = pd.concat(parts, ignore_index=True)
    df = df.assign(n=df["stance_n"].astype(int),
                   enough=df["stance_lo"].notna() & (df["stance_n"] >= min_n))
    df = df[df["n"] > 0][cols]
    return df.sort_values(["stance_mean", "label"], kind="stable").reset_index(drop=True)


def stance_dots(statements: pd.DataFrame, min_n: int = 5, top: int = 40) -> go.Figure:
    """Mean stance of each official and each outlet's own voice, with 95% intervals.

    Dots are sorted by stance, coloured by role and sized by n. Groups with
    fewer than ``min_n`` scored statements are drawn hollow and grey and
    labelled "too few", because their mean says little.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"speaker": ["A"] * 6, "speaker_role": ["official"] * 6,
    ...                    "outlet": ["X"] * 6, "kind": ["direct"] * 6,
    ...                    "stance": [0.1, 0.2, 0.3, 0.2, 0.1, 0.3]})
    >>> fig = stance_dots(st)
    >>> round(float(fig.data[0].x[0]), 2)
    0.2
    """
    title = "Stance of officials and outlets (mean, 95% interval)"
    groups = stance_groups(statements, min_n=min_n)
    if groups.empty:
        return _empty(title, "No statement has a stance score.")
    groups = groups.sort_values("n", ascending=False, kind="stable").head(top)
    groups = groups.sort_values(["stance_mean", "label"], kind="stable").reset_index(drop=True)
    groups["ylab"] = _unique_labels(groups["label"].tolist(), 48)
    nmax = max(int(groups["n"].max()), 1)
    fig = go.Figure()
    for r in ["official", "outlet"]:
        for enough in (True, False):
            g = groups[(groups["role"] == r) & (groups["enough"] == enough)]
            if g.empty:
                continue
            colour = ROLE_COLOURS.get(r, GREY) if enough else GREY
            size = [8 + 14 * math.sqrt(n / nmax) for n in g["n"]]
            lo = (g["stance_mean"] - g["stance_lo"]).fillna(0).clip(lower=0)
            hi = (g["stance_hi"] - g["stance_mean"]).fillna(0).clip(lower=0)
            fig.add_trace(go.Scatter(
                x=g["stance_mean"], y=g["ylab"], mode="markers+text" if not enough else "markers",
                name=(f"{r}s" if r == "official" else "outlets (own voice)") + ("" if enough else f" — too few (n<{min_n})"),
                marker=dict(size=size, color=colour, symbol="circle" if enough else "circle-open",
                            line=dict(width=2, color=colour)),
                error_x=dict(type="data", symmetric=False, array=hi, arrayminus=lo,
                             color=colour, thickness=1.5, width=0),
                text=["too few" if not enough else "" for _ in range(len(g))],
                textposition="middle right", textfont=dict(size=10, color="#777"),
                customdata=np.stack([g["n"], g["stance_lo"], g["stance_hi"]], axis=-1),
                hovertemplate=("<b>%{y}</b><br>stance %{x:+.2f} [%{customdata[1]:+.2f}, %{customdata[2]:+.2f}]"
                               "<br>n = %{customdata[0]} scored statements<extra></extra>"),
            ))
    fig.add_vline(x=0, line=dict(color="#bbb", width=1, dash="dot"))
    fig = _base_layout(fig, title, height=max(320, 100 + 26 * len(groups)),
                       legend=dict(orientation="h", y=-0.15), meta=dict(chart="stance_dots"))
    fig.update_xaxes(title_text="stance (−1 against … +1 for)", range=[-1.05, 1.05], zeroline=False)
    fig.update_yaxes(title_text="", categoryorder="array", categoryarray=groups["ylab"].tolist())
    return fig


def compare_bars(comparison, labels: dict | None = None) -> go.Figure:
    """Diverging bars: each frame's share in group A minus its share in group B, with 95% intervals.

    ``comparison`` is a :class:`narrative.compare.Comparison` (``frames``
    DataFrame with frame, share_a, share_b, diff, diff_lo, diff_hi, p_adj and
    ``label_a``/``label_b``, ``n_a``/``n_b``). Bars right of zero: frame more
    common in A.

    >>> import pandas as pd, types
    >>> c = types.SimpleNamespace(label_a="commenters", label_b="officials", n_a=10, n_b=12,
    ...     frames=pd.DataFrame({"frame": ["cost"], "share_a": [.5], "share_b": [.2],
    ...                          "diff": [.3], "diff_lo": [.1], "diff_hi": [.5], "p_adj": [.04]}))
    >>> [float(v) for v in compare_bars(c).data[0].x]
    [0.3]
    """
    la, lb = esc(getattr(comparison, "label_a", "A")), esc(getattr(comparison, "label_b", "B"))
    title = f"Frame shares: {la} minus {lb} (95% interval)"
    df = getattr(comparison, "frames", None)
    if df is None or len(df) == 0:
        return _empty(title, "Nothing to compare: one of the groups has no statements.")
    df = df.copy().sort_values("diff", kind="stable").reset_index(drop=True)
    df["ylab"] = _unique_labels([label_of(f, labels) for f in df["frame"]], 40)
    colours = ["#CC79A7" if d > 0 else "#0072B2" for d in df["diff"].fillna(0)]
    get = lambda c: df[c] if c in df else pd.Series(np.nan, index=df.index)  # noqa: E731
    lo = (df["diff"] - get("diff_lo")).fillna(0).clip(lower=0)
    hi = (get("diff_hi") - df["diff"]).fillna(0).clip(lower=0)
    cd = np.stack([get("share_a"), get("share_b"), get("diff_lo"), get("diff_hi"),
                   get("p_adj")], axis=-1)
    fig = go.Figure(go.Bar(
        x=df["diff"], y=df["ylab"], orientation="h", marker_color=colours,
        error_x=dict(type="data", symmetric=False, array=hi, arrayminus=lo, color="#333", thickness=1.2),
        customdata=cd, meta=[la, lb],
        hovertemplate=("<b>%{y}</b><br>%{meta[0]}: %{customdata[0]:.0%} · %{meta[1]}: %{customdata[1]:.0%}"
                       "<br>difference %{x:+.0%} [%{customdata[2]:+.0%}, %{customdata[3]:+.0%}]"
                       "<br>adjusted p = %{customdata[4]:.3f}<extra></extra>"),
        showlegend=False,
    ))
    n_a, n_b = getattr(comparison, "n_a", None), getattr(comparison, "n_b", None)
    fig.add_vline(x=0, line=dict(color="#666", width=1))
    fig = _base_layout(fig, title, height=max(300, 120 + 30 * len(df)), meta=dict(chart="compare_bars"))
    fig.update_xaxes(tickformat="+.0%", title_text=f"← more in {lb} (n={n_b})   ·   more in {la} (n={n_a}) →")
    fig.update_yaxes(title_text="frame")
    return fig


def distinctive_words(comparison, top: int = 15) -> go.Figure:
    """Words that set two groups apart: log-odds z-scores (informative Dirichlet prior).

    Positive z: typical of group A, negative: of group B; hover gives the raw counts.

    >>> import pandas as pd, types
    >>> c = types.SimpleNamespace(label_a="A", label_b="B", words=pd.DataFrame({
    ...     "term": ["tax", "war"], "count_a": [9, 1], "count_b": [1, 8], "z": [2.5, -2.2]}))
    >>> sorted(float(v) for v in distinctive_words(c).data[0].x)
    [-2.2, 2.5]
    """
    la, lb = esc(getattr(comparison, "label_a", "A")), esc(getattr(comparison, "label_b", "B"))
    title = f"Distinctive words: {la} vs. {lb} (log-odds z-score)"
    df = getattr(comparison, "words", None)
    if df is None or len(df) == 0 or "z" not in df:
        return _empty(title, "Too few words to compare.")
    df = df.dropna(subset=["z"])
    pos = df[df["z"] > 0].nlargest(top, "z")
    neg = df[df["z"] < 0].nsmallest(top, "z")
    df = pd.concat([neg, pos]).sort_values("z", kind="stable").reset_index(drop=True)
    if df.empty:
        return _empty(title, "No word differs between the groups.")
    df["ylab"] = _unique_labels(df["term"].astype(str).tolist(), 30)
    get = lambda c: df[c] if c in df else pd.Series(0, index=df.index)  # noqa: E731
    fig = go.Figure(go.Bar(
        x=df["z"], y=df["ylab"], orientation="h",
        marker_color=["#CC79A7" if z > 0 else "#0072B2" for z in df["z"]],
        customdata=np.stack([get("count_a"), get("count_b")], axis=-1), meta=[la, lb],
        hovertemplate=("<b>%{y}</b><br>z = %{x:.2f}<br>%{meta[0]}: %{customdata[0]} times · "
                       "%{meta[1]}: %{customdata[1]} times<extra></extra>"),
        showlegend=False))
    for x in (-1.96, 1.96):
        fig.add_vline(x=x, line=dict(color="#bbb", width=1, dash="dot"))
    fig = _base_layout(fig, title, height=max(300, 120 + 20 * len(df)), meta=dict(chart="distinctive_words"))
    fig.update_xaxes(title_text=f"← typical of {lb}   ·   typical of {la} →  (|z| > 1.96 dotted)")
    fig.update_yaxes(title_text="")
    return fig


def _months(dates: pd.Series, freq: str = "M") -> pd.Series:
    """The start of each date's period (``freq``), NaT where the date does not parse.

    Every distinct date is parsed once (``format="mixed"`` reads each value on its own).

    >>> _months(pd.Series(["2016-03-04", "2016-03-04T23:00-02:00", "x"])).tolist()
    [Timestamp('2016-03-01 00:00:00'), Timestamp('2016-03-01 00:00:00'), NaT]
    """
    text = dates.astype(str)
    codes, uniques = pd.factorize(text, use_na_sentinel=True)
    parsed = pd.to_datetime(pd.Series(uniques, dtype=text.dtype), errors="coerce", utc=True, format="mixed")
    month = parsed.dt.tz_localize(None).dt.to_period(freq).dt.to_timestamp().to_numpy()
    month = np.append(month, np.array(["NaT"], dtype=month.dtype))  # code -1: a missing date
    return pd.Series(month[codes], index=dates.index)


def frames_over_time(statements: pd.DataFrame, labels: dict | None = None, freq: str = "M",
                     top: int = 8) -> go.Figure | None:
    """Monthly share of statements carrying each of the ``top`` frames.

    Returns ``None`` when no statement has a parseable date (so callers can
    say so instead of drawing an empty chart).

    >>> import pandas as pd
    >>> st = pd.DataFrame({"date": ["2016-03-04", "2016-04-01"], "frames": ["cost", ""]})
    >>> list(frames_over_time(st).data[0].y)
    [1.0, 0.0]
    >>> frames_over_time(st.assign(date="")) is None
    True
    """
    st = primary(statements)
    if st.empty or "date" not in st:
        return None
    st = st[["date", "frames"]].assign(_month=_months(st["date"], freq))
    st = st[st["_month"].notna()]
    if st.empty:
        return None
    months = pd.period_range(st["_month"].min(), st["_month"].max(), freq=freq).to_timestamp()
    n = st.groupby("_month").size().reindex(months, fill_value=0)
    frames = frame_order(st)[:top]
    colours = frame_colours(statements)
    if not frames:
        return _empty("Frames over time", "No frame matched any dated statement.")
    long = frames_long(st, ["_month"])
    fig = go.Figure()
    for i, f in enumerate(frames):
        k = long[long["frame"] == f].groupby("_month").size().reindex(months, fill_value=0)
        share = (k / n.replace(0, np.nan)).fillna(0.0)
        fig.add_trace(go.Scatter(
            x=list(months), y=share.tolist(), mode="lines+markers", name=esc(label_of(f, labels), 40),
            line=dict(color=colours.get(f, GREY), width=2),
            marker=dict(size=6), customdata=np.stack([k.values, n.values], axis=-1),
            meta=[esc(label_of(f, labels), 40)],
            hovertemplate="%{meta[0]} · %{x|%B %Y}<br>%{customdata[0]} of %{customdata[1]} statements (%{y:.0%})<extra></extra>",
        ))
    fig = _base_layout(fig, "Frames over time (share of each month's statements)", height=400,
                       legend_title_text="frame", meta=dict(chart="frames_over_time"))
    fig.update_yaxes(tickformat=".0%", title_text="share of statements", rangemode="tozero")
    fig.update_xaxes(title_text="month", dtick="M1" if len(months) <= 24 else None, tickformat="%b %Y")
    return fig


def who_quotes_whom(statements: pd.DataFrame, top: int = 30) -> go.Figure:
    """Sankey of outlets (left) to the speakers they quote (right), width = quoted statements.

    Speakers beyond the ``top`` most quoted are pooled as "other speakers".
    Reader comments and the outlets' own narration are not quotes and are left out.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"outlet": ["X", "X", "Y"], "speaker": ["A", "A", "B"],
    ...                    "speaker_role": ["official"] * 3, "kind": ["direct"] * 3,
    ...                    "text": ["a", "b", "c"]})
    >>> who_quotes_whom(st).data[0].link.value
    (2, 1)
    """
    title = "Who quotes whom: outlets → the speakers they quote"
    st = primary(statements)
    if st.empty or "kind" not in st:
        return _empty(title, "No quoted statements.")
    quoted = (st["kind"].isin(QUOTED_KINDS) & st["speaker"].notna() & (st["speaker"].astype(str).str.strip() != "")
              & st["outlet"].notna() & (st["outlet"].astype(str) != "")).to_numpy(dtype=bool)
    # Examples are read from the texts where they are (by position), not from a copy of them.
    text_src = st["text"] if "text" in st else pd.Series("", index=st.index)
    st = st[[c for c in ("outlet", "speaker", "speaker_role", "kind") if c in st]][quoted]
    if st.empty:
        return _empty(title, "No quoted statements.")
    top_sp = list(st.groupby("speaker").size().sort_values(ascending=False, kind="stable").index[:top])
    other = "other speakers"
    st = st.assign(_sp=st["speaker"].where(st["speaker"].isin(top_sp), other), _rank=_kind_rank(st),
                   _at=np.flatnonzero(quoted))
    outlets = list(st.groupby("outlet").size().sort_values(ascending=False, kind="stable").index)
    speakers = top_sp + ([other] if (st["_sp"] == other).any() else [])
    # The most common role of each speaker drawn (the pooled "other speakers" have none).
    roles = st[st["speaker"].isin(top_sp)].groupby("speaker")["speaker_role"].agg(
        lambda s: s.mode().iat[0] if len(s.mode()) else "unknown") if "speaker_role" in st else pd.Series(dtype=object)
    node_labels = _unique_labels([str(o) for o in outlets], 30) + _unique_labels([str(s) for s in speakers], 36)
    node_colours = [OKABE_ITO[i % 7] for i in range(len(outlets))] + \
        [ROLE_COLOURS.get(str(roles.get(s, "unknown")), GREY) if s != other else GREY for s in speakers]
    node_role = ["outlet"] * len(outlets) + [esc(roles.get(s, "")) if s != other else "" for s in speakers]
    idx_o = {o: i for i, o in enumerate(outlets)}
    idx_s = {s: len(outlets) + i for i, s in enumerate(speakers)}
    src, tgt, val, cd, colours = [], [], [], [], []
    for (o, s), g in st.groupby(["outlet", "_sp"], sort=False):
        src.append(idx_o[o]), tgt.append(idx_s[s]), val.append(len(g))
        cd.append(_example(text_src, g["_at"].to_numpy(), g["_rank"].to_numpy(), 120))
        c = node_colours[idx_o[o]]
        colours.append(f"rgba({int(c[1:3], 16)},{int(c[3:5], 16)},{int(c[5:7], 16)},0.35)")
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node=dict(label=node_labels, color=node_colours, pad=12, thickness=14, customdata=node_role,
                  line=dict(width=0),
                  hovertemplate="<b>%{label}</b> %{customdata}<br>%{value} quoted statements<extra></extra>"),
        link=dict(source=src, target=tgt, value=val, color=colours, customdata=cd,
                  hovertemplate=("<b>%{source.label}</b> quotes <b>%{target.label}</b>"
                                 "<br>%{value} statements<br><i>e.g.</i> “%{customdata}”<extra></extra>")),
    ))
    fig = _base_layout(fig, title, height=max(360, 40 + 22 * max(len(outlets), len(speakers))),
                       meta=dict(chart="who_quotes_whom"))
    return fig


#: Chart functions that take the statements table, by file-friendly name.
STATEMENT_CHARTS = {
    "frame_heatmap": frame_heatmap,
    "outlet_frames": outlet_frames,
    "stance_dots": stance_dots,
    "frames_over_time": frames_over_time,
    "who_quotes_whom": who_quotes_whom,
}
