"""Open report.html in headless Chromium: charts drawn, no errors, hostile text inert.

Skipped when no Chromium/Chrome binary is installed. The report itself writes
markers for this test: ``data-charts-drawn`` on <body> once every chart has
rendered, ``data-report-errors`` / ``data-csp-violations`` on <html> when a
script error or a Content-Security-Policy violation (e.g. a blocked network
request or blocked injected script) happened. The hostile corpus's payloads
would set ``data-pwned`` on <html> or change document.title if they ran.
"""
import base64
import hashlib
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from narrative.report import build_report
from report_fixtures import make_output

CANDIDATES = ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]


def find_chromium():
    for c in CANDIDATES:
        path = c if Path(c).is_file() else shutil.which(c)
        if path:
            return path
    return None


CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found")


def dump_dom(page: Path, tmp_path: Path) -> str:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
           "--virtual-time-budget=15000", "--dump-dom", page.resolve().as_uri()]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        pytest.fail("chromium did not finish within 180 s")
    assert done.stdout.strip(), f"chromium printed no DOM; stderr:\n{done.stderr[-2000:]}"
    return done.stdout


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items = []

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, dict(attrs)))


def elements(dom):
    p = Elements()
    p.feed(dom)
    return p.items


def root_attrs(dom):
    return next(a for t, a in elements(dom) if t == "html")


def body_attrs(dom):
    return next(a for t, a in elements(dom) if t == "body")


def console_errors(stderr: str):
    return [l for l in stderr.splitlines() if "CONSOLE" in l and ("Error" in l or "error" in l)]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = make_output(tmp_path_factory.mktemp("browser"), hostile=True, n_docs=16)
    return build_report(out)


@pytest.fixture(scope="module")
def dom(report, tmp_path_factory):
    return dump_dom(report, tmp_path_factory.mktemp("chrome"))


def test_all_charts_drawn_without_errors(dom):
    body, root = body_attrs(dom), root_attrs(dom)
    expected = int(body["data-charts-expected"])
    assert expected == 7
    assert body.get("data-charts-drawn") == str(expected)
    assert root.get("data-app-ready") == "1"
    assert "data-report-errors" not in root, "script errors in the page"
    assert "data-csp-violations" not in root, "something tried to load, fetch or run outside the policy"
    plots = [a for t, a in elements(dom) if "js-plotly-plot" in a.get("class", "").split()]
    assert len(plots) == expected
    assert sum(1 for t, a in elements(dom) if t == "svg" and "main-svg" in a.get("class", "")) >= expected


def test_hostile_text_inert_and_literal(dom):
    root = root_attrs(dom)
    assert "data-pwned" not in root
    assert re.search(r"<title>([^<]*)</title>", dom).group(1).startswith("Narrative report")
    els = elements(dom)
    # No element came from corpus text: no <img src=x>, no handler attributes anywhere.
    assert not [a for t, a in els if t == "img"]
    assert not [(t, k) for t, a in els for k in a if k.startswith("on")]
    # Payloads appear as text (serialised escaped) in tables, documents and chart labels.
    assert "&lt;script&gt;document.documentElement.setAttribute(" in dom
    assert "&lt;img src=x onerror=" in dom
    # Built tables have rows, so the JSON was parsed and rendered.
    assert dom.count("<tr>") > 50


def _sha(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# Clicks the heatmap cell of the hostile speaker the way plotly would report it, then the
# "filter the statements table" button; written into the DOM for the assertions below.
CLICK_JS = """(function wait(){
var gd=document.getElementById('chart-frame_heatmap');
if(!gd||document.body.getAttribute('data-charts-drawn')!=='7'){setTimeout(wait,50);return;}
var cd=gd.data[0].customdata,cell=null;
for(var i=0;i<cd.length&&!cell;i++)for(var j=0;j<cd[i].length;j++){if(cd[i][j][0]>0&&String(cd[i][j][4]).indexOf('<script>')===0){cell=cd[i][j];break;}}
gd.emit('plotly_click',{points:[{customdata:cell}]});
var panel=document.getElementById('cell-panel');
document.body.setAttribute('data-panel-items',String(panel.querySelectorAll('li').length));
document.body.setAttribute('data-cell-count',String(cell[0]));
panel.querySelector('button').click();
var rows=document.querySelectorAll('#statements-table tbody tr');
document.body.setAttribute('data-table-rows',String(rows.length));
var ok=true;Array.prototype.forEach.call(rows,function(tr){if(tr.children[4].textContent.indexOf('<script>')!==0)ok=false;});
document.body.setAttribute('data-table-speaker-ok',String(ok));
})();"""


def test_heatmap_click_lists_statements(report, tmp_path):
    page = report.read_text(encoding="utf-8")
    # A test-only copy: add the click script and allow it by hash in the page's CSP.
    page = page.replace("script-src ", "script-src " + _sha(CLICK_JS).replace("'", "&#x27;") + " ", 1)
    page = page.replace("</body>", f"<script>{CLICK_JS}</script></body>")
    copy = report.parent / "report-click.html"
    copy.write_text(page, encoding="utf-8")
    dom = dump_dom(copy, tmp_path)
    body, root = body_attrs(dom), root_attrs(dom)
    assert "data-report-errors" not in root and "data-csp-violations" not in root
    n = int(body["data-cell-count"])
    assert n > 0 and int(body["data-panel-items"]) == n
    assert int(body["data-table-rows"]) == n
    assert body["data-table-speaker-ok"] == "true"
    panel = dom.split('id="cell-panel"', 1)[1][:3000]
    assert "&lt;script&gt;" in panel and "data-pwned" not in root


SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not here")
def test_report_of_the_sample_corpus_draws_every_chart(tmp_path):
    """The issue's bar: the report of the sample corpus opens with every chart drawn and no errors."""
    from narrative.pipeline import run

    out = tmp_path / "out"
    run(SHARED, out, jobs=1, report=True)
    dom = dump_dom(out / "report.html", tmp_path)
    body, root = body_attrs(dom), root_attrs(dom)
    assert int(body["data-charts-drawn"]) == int(body["data-charts-expected"]) >= 6
    assert root.get("data-app-ready") == "1"
    assert "data-report-errors" not in root and "data-csp-violations" not in root
    assert "Hossein Salami" in dom and "Kayhan" in dom
