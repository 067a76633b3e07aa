"""report.html: one offline file, plotly.js once, no external resources, hostile text escaped."""
import html
import json
import re
from html.parser import HTMLParser

import pandas as pd
import plotly.offline
import pytest

from narrative import cli
from narrative.report import build_report, script_json
from narrative.schema import as_bool
from report_fixtures import PAYLOADS, make_output


class Collect(HTMLParser):
    """Elements and <script> blocks of a page, as the browser's parser would see the tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = [dict(attrs), []]

    def handle_data(self, data):
        if self._in is not None:
            self._in[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in is not None:
            self.scripts.append((self._in[0], "".join(self._in[1])))
            self._in = None


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    out = make_output(tmp_path_factory.mktemp("hostile"), hostile=True, n_docs=16)
    path = build_report(out)
    return out, path.read_text(encoding="utf-8")


def parse(page):
    p = Collect()
    p.feed(page)
    return p


def test_single_file_with_plotly_once(hostile):
    out, page = hostile
    assert (out / "report.html").exists()
    banner = plotly.offline.get_plotlyjs()[:400]
    assert page.count(banner) == 1
    p = parse(page)
    executable = [(a, s) for a, s in p.scripts if a.get("type") != "application/json"]
    assert len(executable) == 3                              # error hook, plotly.js, the report's code
    assert all("src" not in a for a, _ in p.scripts)
    assert not [t for t, a in p.tags if t in ("link", "iframe", "object", "embed", "img")]
    assert page.count('class="chart"') == 7


def test_no_external_resources(hostile):
    _, page = hostile
    # Outside plotly.js (whose source mentions URLs it never fetches here), no attribute loads anything.
    outside = re.sub(r'<script id="plotly-js">.*?</script>', "", page, flags=re.S)
    assert not re.search(r"""(?:src|href|action|data)\s*=\s*["']?\s*(?:https?:)?//""", outside, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", outside, re.I)
    for tag, attrs in parse(page).tags:
        for k, v in attrs.items():
            if k in ("href", "src"):
                assert v is None or v.startswith("#"), (tag, k, v)
    # The CSP forbids network access and any script not hashed here.
    csp = next(a["content"] for t, a in parse(page).tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_corpus_urls_shown_as_text_only(hostile):
    _, page = hostile
    assert "https://example.org/doc02" in page                # plain text in the documents section
    assert 'href="https://example.org' not in page
    assert 'href="javascript:' not in page


@pytest.mark.parametrize("payload", PAYLOADS[:4])
def test_hostile_text_escaped_in_html(hostile, payload):
    _, page = hostile
    assert payload not in page
    assert html.escape(payload, quote=True) in page          # shown literally in the documents section


def test_no_injected_elements(hostile):
    _, page = hostile
    p = parse(page)
    assert not any(k.startswith("on") for _, a in p.tags for k in a)
    assert not [t for t, _ in p.tags if t in ("img", "svg")]
    ids = [a.get("id") for a, _ in p.scripts]
    assert len(ids) == len(set(ids))                          # no script block was split in two
    assert "PWNED" not in "".join(s for a, s in p.scripts if a.get("type") != "application/json")


def test_json_blocks_roundtrip_hostile_text(hostile):
    _, page = hostile
    p = parse(page)
    blocks = {a["id"]: s for a, s in p.scripts if a.get("type") == "application/json"}
    assert {"data-statements", "data-speakers", "data-evidence", "data-meta", "fig-frame_heatmap"} <= set(blocks)
    for name, text in blocks.items():
        assert "<" not in text and ">" not in text and "\u2028" not in text
        json.loads(text)
    rows = json.loads(blocks["data-statements"])["rows"]
    speakers = {r[4] for r in rows}
    assert PAYLOADS[0] in speakers                            # the raw name survives as data
    texts = " ".join(r[9] for r in rows)
    assert any(p in texts for p in PAYLOADS)
    evidence = json.loads(blocks["data-evidence"])["rows"]
    assert any(PAYLOADS[2] in r[1] for r in evidence)


def test_script_json_escapes_breakouts():
    s = script_json({"x": '"</script><script>alert(1)</script>', "y": "a\u2028b & c", "z": float("nan")})
    assert "</script" not in s and "<" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"x": '"</script><script>alert(1)</script>', "y": "a\u2028b & c", "z": None}


def test_content_sections(hostile):
    out, page = hostile
    for anchor in ("summary", "charts", "speakers", "statements", "evidence", "documents",
                   "parameters", "methods"):
        assert f'id="{anchor}"' in page
    assert 'id="doc-doc00"' in page and 'href="#doc-doc01"' in page   # repost links to its original
    assert "Reposts found (1)" in page
    run = json.loads((out / "run.json").read_text())
    assert run["lexicons"][0]["sha256"] in page
    assert "unchanged" in page
    assert "Security threat" in page                                    # frame labels from the lexicon
    assert "Wilson" in page and "bootstrap" in page and "narrative 0.1.0" in page


def test_lexicon_change_is_flagged(tmp_path):
    out = make_output(tmp_path / "o", n_docs=4)
    (out / "frames.yaml").write_text((out / "frames.yaml").read_text() + "\n# edited\n")
    page = build_report(out).read_text()
    assert "changed since the analysis" in page


def test_row_cap_note(tmp_path):
    out = make_output(tmp_path / "o", n_docs=10)
    page = build_report(out, max_rows=20).read_text()
    rows = json.loads(re.search(r'id="data-statements">(.*?)</script>', page, re.S).group(1))["rows"]
    assert len(rows) == 20
    assert "First 20 of" in page and "statements.csv" in page
    assert "more statements not shown (size cap)" in page


def test_minimal_folder_without_dates_documents_or_run(tmp_path):
    pd.DataFrame({"statement_id": ["a:1", "a:2"], "doc_id": ["a", "a"], "speaker": ["Ann", "Bo"],
                  "kind": ["direct", "direct"], "text": ["x", "y"], "frames": ["cost", ""]}
                 ).to_csv(tmp_path / "statements.csv", index=False)
    page = build_report(tmp_path).read_text()
    assert "No statement has a date" in page
    assert "No run.json in this folder" in page
    assert 'id="doc-a"' in page


def test_cli_report_and_charts(tmp_path, capsys):
    out = make_output(tmp_path / "o", n_docs=4)
    assert cli.main(["report", str(out)]) == 0
    assert "report.html" in capsys.readouterr().out
    assert cli.main(["report", str(tmp_path / "missing")]) == 2
    assert "no such output directory" in capsys.readouterr().err
    try:
        import kaleido  # noqa: F401
    except ImportError:
        assert cli.main(["charts", str(out), "--format", "png"]) == 2
        err = capsys.readouterr().err
        assert "kaleido" in err and len(err.strip().splitlines()) == 1
    else:
        assert cli.main(["charts", str(out), "--format", "svg", "--out", str(tmp_path / "c")]) == 0
        assert (tmp_path / "c" / "frame_heatmap.svg").exists()


def test_a_big_run_gets_a_report_from_a_sample_of_documents(tmp_path, monkeypatch):
    """Above REPORT_MAX_STATEMENTS the page is built from whole sampled documents, and says so."""
    import pandas as pd

    import narrative.report as report
    from narrative.pipeline import run

    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(12):
        (corpus / f"d{i:02d}.txt").write_text(
            f"Story {i}\n\nAli Shamkhani said the truce number {i} had been violated. "
            f"Hossein Salami said the enemies would be kept far from the borders.\n", encoding="utf-8")
    out = tmp_path / "o"
    run(corpus, out, report=False)
    total = len(pd.read_csv(out / "statements.csv"))
    monkeypatch.setattr(report, "REPORT_MAX_STATEMENTS", total // 3)
    data = report.load_output(out)
    sampled = set(data["statements"]["doc_id"])
    assert data["sample"]["of_statements"] == total and 1 <= len(sampled) < 12
    assert set(data["frame_hits"]["doc_id"]) <= sampled
    whole = pd.read_csv(out / "statements.csv", dtype=str, keep_default_na=False)
    mine = whole[whole.doc_id.isin(sampled)].reset_index(drop=True)
    assert data["statements"]["text"].tolist() == mine["text"].tolist()  # whole documents, in order
    html = report.render_report(out)
    assert "A sample." in html and f"{total:,} statements" in html
    listed = re.findall(r'<details class="doc" id="doc-([^"]+)"', html)
    assert sorted(listed) == sorted(sampled)     # the sampled documents, not "0 statements" for the rest


# --- scale: what the report reads and keeps ---------------------------------------------------

@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    """The demo corpus run through the real pipeline: one of its documents is a repost."""
    from pathlib import Path

    from narrative.pipeline import run

    out = tmp_path_factory.mktemp("out")
    run(Path(__file__).resolve().parent.parent / "examples" / "corpus", out, report=False)
    return out


@pytest.mark.parametrize("sampled", [False, True])
def test_the_report_reads_only_the_columns_it_shows(analysed, monkeypatch, sampled):
    import narrative.report as report

    if sampled:  # from the Parquet twin, a sample of documents
        monkeypatch.setattr(report, "REPORT_MAX_STATEMENTS", 10)
    data = report.load_output(analysed, columns=report.REPORT_COLUMNS)
    assert bool(data["sample"]) is sampled
    st = data["statements"]
    assert {"cue", "speaker_mention", "stance_evidence", "start", "end"}.isdisjoint(st.columns)
    assert {"statement_id", "text", "frames", "duplicate", "stance"} <= set(st.columns)
    assert set(data["frame_hits"].columns) == set(report.REPORT_COLUMNS["frame_hits"])
    whole = report.load_output(analysed)
    assert "stance_evidence" in whole["statements"] and "start" in whole["frame_hits"]
    pd.testing.assert_frame_equal(st, whole["statements"][list(st.columns)])


@pytest.mark.parametrize("sampled", [False, True])
def test_reposts_are_left_out_as_they_are_read(analysed, monkeypatch, sampled):
    """reposts=False gives the rows, index and all, that dropping reposts after reading gives."""
    import narrative.report as report
    from narrative import charts

    if sampled:
        monkeypatch.setattr(report, "REPORT_MAX_STATEMENTS", 10)
    whole = report.load_output(analysed, columns=report.REPORT_COLUMNS)
    lean = report.load_output(analysed, columns=report.REPORT_COLUMNS, reposts=False)
    assert as_bool(whole["statements"]["duplicate"]).any() or sampled
    pd.testing.assert_frame_equal(lean["statements"], charts.primary(whole["statements"]))
    assert lean["n_statements"] == whole["n_statements"] == len(whole["statements"])


def test_figures_are_the_same_from_the_lean_tables(analysed):
    """Every chart drawn from the columns and rows the report reads equals the one drawn from
    the whole tables (every column, reposts included), as the report drew them before."""
    import narrative.report as report

    whole = report.load_output(analysed)
    lean = report.load_output(analysed, columns=report.REPORT_COLUMNS, reposts=False)
    old = report._figures(whole, {}, report._comparison(whole["statements"]))
    new = report._figures(lean, {}, report._comparison(lean["statements"]))
    assert [s["key"] for s in old] == [s["key"] for s in new]
    for a, b in zip(old, new):
        assert (a["fig"] is None) == (b["fig"] is None) and a["note"] == b["note"]
        if a["fig"] is not None:
            assert a["fig"].to_json() == b["fig"].to_json(), a["key"]


def test_arrow_memory_pool_is_restored():
    import pyarrow as pa

    import narrative.report as report

    before = pa.default_memory_pool().backend_name
    with report._memory_returned():
        inside = pa.default_memory_pool().backend_name
    assert pa.default_memory_pool().backend_name == before
    assert inside == ("jemalloc" if "jemalloc" in pa.supported_memory_backends() else before)
