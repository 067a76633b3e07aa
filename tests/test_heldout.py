"""Held-out check: the pipeline on invented articles (tests/fixtures/heldout, heldout_fresh, heldout_s13, heldout_s14,
heldout_s15, heldout_s16, heldout_s17, heldout_s18, heldout_s19, heldout_s20, heldout_s21, heldout_s22,
heldout_s23, heldout_s24, heldout_s25, heldout_s26, heldout_s27, heldout_s28,
heldout_s29, heldout_s30, heldout_s31, heldout_s32, heldout_s33, heldout_s34, heldout_s35, heldout_s36,
heldout_s37, heldout_s38, heldout_s39, heldout_s40, heldout_s41, heldout_s42, heldout_s43, heldout_s44,
heldout_s45, heldout_s46, heldout_s47 to heldout_s80) against their
hand-made gold, with floors on detection and speaker attribution so regressions show.

The matching rule is the shared scorer's, restated in ``narrative.stance_model.match`` (which also
pairs the stance model's training statements with their gold) so the test needs nothing outside the
repository: a prediction matches a gold statement of the same document when it covers at least
60% of the gold text's words and at least 25% of its own words are gold words; pairs are taken
one to one, best first. Gold marked ``required: false`` is neither a miss nor, when matched, a
false positive.
"""
import json
from collections import Counter
from pathlib import Path

import pytest

from narrative.pipeline import analyze
from narrative.stance_model import match

FIXTURES = Path(__file__).parent / "fixtures"
ROLES = {"media": "outlet", "newspaper": "outlet", "government": "official", "group": "organization",
         "reader": "commenter"}

# Per fixture folder: required gold statements, and floors a little below what was reached when
# they were set (heldout: detect_f1 0.992, e2e_f1 0.992, role_acc 0.900; heldout_fresh: 1.0, 1.0, 0.889).
# heldout_s13: 0.944, 0.935, 0.842 (session 14). heldout_s14: 0.932, 0.897, 0.881 and heldout_s15: 0.955,
# 0.929, 0.838 (session 15). Session 16: heldout_s13 role 0.861, heldout_s14 role 0.890, heldout_s15 0.952,
# 0.939, 0.960; heldout_s16: 0.953, 0.942, 0.807. Session 17: heldout_s16 0.956, 0.950, 0.814; heldout_s17:
# 0.898, 0.868, 0.908. Session 18: heldout_s16 role 0.890; heldout_s17 0.900, 0.876, 0.908; heldout_s18:
# 0.892, 0.844, 0.846. Session 19: heldout_s18 0.897, 0.854, 0.846; heldout_s19: 0.914, 0.858, 0.945.
# Session 20: heldout_s20: 0.904, 0.865, 0.901; heldout_s21: 0.929, 0.890, 0.884; heldout_s22: 0.878, 0.799, 0.759.
# Session 21: heldout_s23: 0.908, 0.870, 0.744; heldout_s24: 0.848, 0.821, 0.705.
# Session 22: heldout_s22 role 0.826; heldout_s23 role 0.881; heldout_s24 0.854, 0.832, 0.778; heldout_s25: 0.859,
# 0.783, 0.842. Session 23: heldout_s25 0.871, 0.801, 0.852; heldout_s26: 0.962, 0.934, 0.915; heldout_s27:
# 0.959, 0.882, 0.886. Session 24: heldout_s28: 0.986, 0.981, 0.890; heldout_s29:
# 0.970, 0.948, 0.826; heldout_s30: 0.945, 0.880, 0.864. Session 25: heldout_s31: 0.986, 0.981, 0.928.
# Session 26: heldout_s31: 0.989, 0.984, 0.918; heldout_s32: 0.973, 0.973, 0.842.
# Session 27: heldout_s32: 0.987, 0.987, 0.859; heldout_s33: 0.989, 0.989, 0.944; heldout_s34: 0.976, 0.976, 0.914;
# heldout_s35: 0.952, 0.946, 0.946. Session 28: heldout_s36: 0.974, 0.952, 0.848; heldout_s38: 0.943, 0.920, 0.922.
# Session 29: heldout_s37: 0.976, 0.959, 0.950; heldout_s39: 0.927, 0.911, 0.865; heldout_s40: 0.946, 0.912, 0.862.
# Session 30: heldout_s41: 0.956, 0.928, 0.913; heldout_s42: 0.898, 0.871, 0.958; heldout_s43: 0.973, 0.973, 0.927.
# Session 31: heldout_s42: 0.907, 0.885, 0.965; heldout_s44: 0.962, 0.951, 0.921; heldout_s45: 0.973, 0.951, 0.944;
# heldout_s46: 0.966, 0.955, 0.934. Session 32: heldout_s47: 0.943, 0.905, 0.948; heldout_s48: 0.944, 0.933, 0.903;
# heldout_s49: 0.902, 0.880, 0.932; heldout_s50: 0.953, 0.915, 0.914. Session 33: heldout_s51: 0.957, 0.936, 0.894;
# heldout_s52: 0.960, 0.927, 0.900; heldout_s53: 0.950, 0.939, 0.926; heldout_s54: 0.955, 0.912, 0.894;
# heldout_s55: 0.932, 0.881, 0.902; heldout_s56: 0.918, 0.884, 0.944; heldout_s49 rose to 0.963, 0.941, 0.933.
# Session 34: heldout_s57: 0.951, 0.902, 0.891; heldout_s58: 0.954, 0.912, 0.854; heldout_s59: 0.956, 0.902, 0.851;
# heldout_s60: 0.941, 0.902, 0.881; heldout_s55 rose to 0.949, 0.904, 0.893 and heldout_s56 to 0.939, 0.906, 0.947.
# Session 35 (blind, no extraction change made on them): heldout_s61: 0.947, 0.903, 0.953; heldout_s62: 0.911, 0.842,
# 0.918; heldout_s63: 0.958, 0.916, 0.896; heldout_s64: 0.898, 0.856, 0.854.
# Session 36: heldout_s62 rose to 0.918, 0.895, 0.926 and heldout_s64 to 0.931, 0.910, 0.869; blind, with two
# extraction changes made on heldout_s67: heldout_s65: 0.950, 0.944, 0.906; heldout_s66: 0.948, 0.891, 0.913;
# heldout_s67: 0.895, 0.850, 0.930; heldout_s68: 0.923, 0.860, 0.877. Then tuned on: heldout_s65 0.950, 0.950, 0.906;
# heldout_s66 0.948, 0.896, 0.913; heldout_s67 0.924, 0.879, 0.933; heldout_s68 0.950, 0.917, 0.877.
# Session 36's second blind batch, with the session's end code: heldout_s69: 0.943, 0.889, 0.971; heldout_s70: 0.965,
# 0.926, 0.904; heldout_s71: 0.954, 0.909, 0.892; heldout_s72 (three fixes made on it): 0.943, 0.894, 0.948; then
# heldout_s69 (two fixes made on it) 0.943, 0.900, 0.971, heldout_s70 0.965, 0.932, 0.904, heldout_s71 (two fixes
# made on it) 0.957, 0.923, 0.887 and heldout_s72 0.946, 0.897, 0.948.
# Session 37, with the session's end code (fixes made on heldout_s73 to heldout_s76, heldout_s78, heldout_s79 and
# heldout_s80; heldout_s77 untouched): heldout_s73: 0.915, 0.871, 0.867 (0.771 before Mousavi and Karroubi
# joined the registry); heldout_s74: 0.940, 0.929, 0.872;
# heldout_s75: 0.895, 0.862, 0.858; heldout_s76: 0.948, 0.932, 0.948; heldout_s77: 0.928, 0.895, 0.893;
# heldout_s78: 0.941, 0.846, 0.905 (e2e 0.863 after two last fixes made on it); heldout_s79: 0.944, 0.907, 0.798;
# heldout_s80: 0.909, 0.873, 0.870.
SETS = {"heldout": (131, {"detect_f1": 0.95, "e2e_f1": 0.94, "role_acc": 0.85}),
        "heldout_fresh": (27, {"detect_f1": 0.92, "e2e_f1": 0.92, "role_acc": 0.8}),
        "heldout_s13": (103, {"detect_f1": 0.91, "e2e_f1": 0.90, "role_acc": 0.83}),
        "heldout_s14": (116, {"detect_f1": 0.90, "e2e_f1": 0.86, "role_acc": 0.86}),
        "heldout_s15": (159, {"detect_f1": 0.92, "e2e_f1": 0.90, "role_acc": 0.92}),
        "heldout_s16": (177, {"detect_f1": 0.92, "e2e_f1": 0.91, "role_acc": 0.85}),
        "heldout_s17": (195, {"detect_f1": 0.87, "e2e_f1": 0.85, "role_acc": 0.88}),
        "heldout_s18": (188, {"detect_f1": 0.86, "e2e_f1": 0.82, "role_acc": 0.81}),
        "heldout_s19": (184, {"detect_f1": 0.88, "e2e_f1": 0.83, "role_acc": 0.91}),
        "heldout_s20": (178, {"detect_f1": 0.87, "e2e_f1": 0.83, "role_acc": 0.87}),
        "heldout_s21": (181, {"detect_f1": 0.90, "e2e_f1": 0.86, "role_acc": 0.85}),
        "heldout_s22": (187, {"detect_f1": 0.85, "e2e_f1": 0.77, "role_acc": 0.79}),
        "heldout_s23": (191, {"detect_f1": 0.88, "e2e_f1": 0.84, "role_acc": 0.85}),
        "heldout_s24": (188, {"detect_f1": 0.82, "e2e_f1": 0.80, "role_acc": 0.74}),
        "heldout_s25": (185, {"detect_f1": 0.84, "e2e_f1": 0.77, "role_acc": 0.82}),
        "heldout_s26": (182, {"detect_f1": 0.93, "e2e_f1": 0.90, "role_acc": 0.88}),
        "heldout_s27": (186, {"detect_f1": 0.93, "e2e_f1": 0.85, "role_acc": 0.85}),
        "heldout_s28": (183, {"detect_f1": 0.95, "e2e_f1": 0.94, "role_acc": 0.85}),
        "heldout_s29": (182, {"detect_f1": 0.93, "e2e_f1": 0.90, "role_acc": 0.78}),
        "heldout_s30": (172, {"detect_f1": 0.91, "e2e_f1": 0.84, "role_acc": 0.82}),
        "heldout_s31": (183, {"detect_f1": 0.95, "e2e_f1": 0.94, "role_acc": 0.88}),
        "heldout_s32": (187, {"detect_f1": 0.95, "e2e_f1": 0.95, "role_acc": 0.82}),
        "heldout_s33": (180, {"detect_f1": 0.95, "e2e_f1": 0.95, "role_acc": 0.90}),
        "heldout_s34": (186, {"detect_f1": 0.94, "e2e_f1": 0.94, "role_acc": 0.87}),
        "heldout_s35": (173, {"detect_f1": 0.92, "e2e_f1": 0.91, "role_acc": 0.90}),
        "heldout_s36": (190, {"detect_f1": 0.94, "e2e_f1": 0.92, "role_acc": 0.81}),
        "heldout_s37": (182, {"detect_f1": 0.95, "e2e_f1": 0.93, "role_acc": 0.92}),
        "heldout_s38": (179, {"detect_f1": 0.91, "e2e_f1": 0.89, "role_acc": 0.88}),
        "heldout_s39": (193, {"detect_f1": 0.90, "e2e_f1": 0.88, "role_acc": 0.83}),
        "heldout_s40": (177, {"detect_f1": 0.92, "e2e_f1": 0.88, "role_acc": 0.83}),
        "heldout_s41": (177, {"detect_f1": 0.93, "e2e_f1": 0.90, "role_acc": 0.88}),
        "heldout_s42": (183, {"detect_f1": 0.88, "e2e_f1": 0.86, "role_acc": 0.94}),
        "heldout_s43": (180, {"detect_f1": 0.95, "e2e_f1": 0.95, "role_acc": 0.90}),
        "heldout_s44": (179, {"detect_f1": 0.92, "e2e_f1": 0.91, "role_acc": 0.89}),
        "heldout_s45": (182, {"detect_f1": 0.94, "e2e_f1": 0.91, "role_acc": 0.91}),
        "heldout_s46": (183, {"detect_f1": 0.94, "e2e_f1": 0.92, "role_acc": 0.90}),
        "heldout_s47": (183, {"detect_f1": 0.94, "e2e_f1": 0.92, "role_acc": 0.95}),
        "heldout_s48": (190, {"detect_f1": 0.92, "e2e_f1": 0.91, "role_acc": 0.88}),
        "heldout_s49": (183, {"detect_f1": 0.94, "e2e_f1": 0.92, "role_acc": 0.91}),
        "heldout_s50": (182, {"detect_f1": 0.93, "e2e_f1": 0.89, "role_acc": 0.89}),
        "heldout_s51": (192, {"detect_f1": 0.93, "e2e_f1": 0.91, "role_acc": 0.86}),
        "heldout_s52": (179, {"detect_f1": 0.93, "e2e_f1": 0.89, "role_acc": 0.86}),
        "heldout_s53": (178, {"detect_f1": 0.92, "e2e_f1": 0.91, "role_acc": 0.90}),
        "heldout_s54": (186, {"detect_f1": 0.93, "e2e_f1": 0.89, "role_acc": 0.87}),
        "heldout_s55": (180, {"detect_f1": 0.91, "e2e_f1": 0.86, "role_acc": 0.88}),
        "heldout_s56": (178, {"detect_f1": 0.90, "e2e_f1": 0.86, "role_acc": 0.92}),
        "heldout_s57": (183, {"detect_f1": 0.92, "e2e_f1": 0.87, "role_acc": 0.86}),
        "heldout_s58": (186, {"detect_f1": 0.92, "e2e_f1": 0.88, "role_acc": 0.82}),
        "heldout_s59": (185, {"detect_f1": 0.92, "e2e_f1": 0.87, "role_acc": 0.82}),
        "heldout_s60": (180, {"detect_f1": 0.91, "e2e_f1": 0.87, "role_acc": 0.85}),
        "heldout_s61": (180, {"detect_f1": 0.92, "e2e_f1": 0.87, "role_acc": 0.92}),
        "heldout_s62": (178, {"detect_f1": 0.89, "e2e_f1": 0.86, "role_acc": 0.89}),
        "heldout_s63": (190, {"detect_f1": 0.93, "e2e_f1": 0.88, "role_acc": 0.86}),
        "heldout_s64": (187, {"detect_f1": 0.90, "e2e_f1": 0.88, "role_acc": 0.84}),
        "heldout_s65": (183, {"detect_f1": 0.92, "e2e_f1": 0.91, "role_acc": 0.87}),
        "heldout_s66": (192, {"detect_f1": 0.92, "e2e_f1": 0.86, "role_acc": 0.88}),
        "heldout_s67": (182, {"detect_f1": 0.89, "e2e_f1": 0.84, "role_acc": 0.89}),
        "heldout_s68": (183, {"detect_f1": 0.92, "e2e_f1": 0.88, "role_acc": 0.84}),
        "heldout_s69": (185, {"detect_f1": 0.91, "e2e_f1": 0.86, "role_acc": 0.94}),
        "heldout_s70": (185, {"detect_f1": 0.94, "e2e_f1": 0.90, "role_acc": 0.87}),
        "heldout_s71": (175, {"detect_f1": 0.92, "e2e_f1": 0.88, "role_acc": 0.86}),
        "heldout_s72": (185, {"detect_f1": 0.91, "e2e_f1": 0.86, "role_acc": 0.91}),
        "heldout_s73": (188, {"detect_f1": 0.89, "e2e_f1": 0.84, "role_acc": 0.84}),
        "heldout_s74": (182, {"detect_f1": 0.91, "e2e_f1": 0.90, "role_acc": 0.84}),
        "heldout_s75": (181, {"detect_f1": 0.87, "e2e_f1": 0.83, "role_acc": 0.83}),
        "heldout_s76": (184, {"detect_f1": 0.92, "e2e_f1": 0.90, "role_acc": 0.92}),
        "heldout_s77": (182, {"detect_f1": 0.90, "e2e_f1": 0.86, "role_acc": 0.86}),
        "heldout_s78": (180, {"detect_f1": 0.91, "e2e_f1": 0.81, "role_acc": 0.87}),
        "heldout_s79": (190, {"detect_f1": 0.91, "e2e_f1": 0.88, "role_acc": 0.77}),
        "heldout_s80": (179, {"detect_f1": 0.88, "e2e_f1": 0.84, "role_acc": 0.84})}


def score(statements, gold_dir):
    """detect_f1, e2e_f1 and role_acc of ``statements`` (a DataFrame) against ``gold_dir``."""
    rows = statements[statements["kind"] != "narration"].to_dict("records")
    tot = Counter()
    for path in sorted(Path(gold_dir).glob("*.jsonl")):
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        preds = [r for r in rows if r["doc_id"] == path.stem]
        matches = match(gold, preds)
        for gi, pi in matches:
            g, p = gold[gi], preds[pi]
            if not g.get("required", True):
                continue
            tot["tp"] += 1
            tot["speaker_ok"] += any(a in str(p["speaker"]).lower() for a in g["speaker_accept"])
            role = str(p["speaker_role"]).lower()
            tot["role_ok"] += ROLES.get(role, role) == g["role"]
        tot["fn"] += sum(1 for gi, g in enumerate(gold)
                         if g.get("required", True) and gi not in {m[0] for m in matches})
        tot["fp"] += len(preds) - len(matches)

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    tp, fp, fn = tot["tp"], tot["fp"], tot["fn"]
    return {"detect_f1": f1(tp / (tp + fp), tp / (tp + fn)),
            "e2e_f1": f1(tot["speaker_ok"] / (tp + fp), tot["speaker_ok"] / (tp + fn)),
            "role_acc": tot["role_ok"] / tp, "gold_required": tp + fn}


@pytest.fixture(scope="module")
def scores():
    return {name: score(analyze(FIXTURES / name / "corpus", metadata=FIXTURES / name / "corpus" / "metadata.csv")
                        .statements, FIXTURES / name / "gold") for name in SETS}


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_gold_texts_are_in_their_documents(name):
    for path in sorted((FIXTURES / name / "gold").glob("*.jsonl")):
        doc = (FIXTURES / name / "corpus" / f"{path.stem}.txt").read_text(encoding="utf-8")
        for line in path.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["text"] in doc, (path.stem, line[:80])


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_floor(scores, name):
    required, floors = SETS[name]
    got = scores[name]
    assert got["gold_required"] == required
    for metric, floor in floors.items():
        assert got[metric] >= floor, (metric, got)
