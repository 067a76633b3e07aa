"""Validation: P/R/F1 and kappa against hand-computed values, stratified samples, CLI."""
import pandas as pd
import pytest

from narrative.cli import main
from narrative.errors import NarrativeError
from narrative.validate import SAMPLE_COLUMNS, allocate, evaluate, parse_labels, stratified_sample


def _by_label(result):
    return result.set_index("label")


def test_multilabel_against_hand_computed_values():
    pred = pd.DataFrame({"statement_id": ["1", "2", "3", "4", "9"],
                         "frames": ["economy;health", "economy", "", "security", "health"]})
    gold = pd.DataFrame({"statement_id": ["1", "2", "3", "4"],
                         "frames": ["Economy", "economy|health", "none", "security, economy"]})
    r = _by_label(evaluate(pred, gold))
    assert r.attrs["mode"] == "multi-label" and r.attrs["n"] == 4 and r.attrs["only_pred"] == 1
    # economy: pred [1,1,0,0] gold [1,1,0,1] -> tp 2 fp 0 fn 1; po 3/4, pe .5*.75+.5*.25 = .5
    assert r.loc["economy", ["precision", "recall", "f1"]].tolist() == pytest.approx([1.0, 2 / 3, 0.8])
    assert r.loc["economy", "kappa"] == pytest.approx(0.5)
    assert r.loc["economy", "support"] == 3 and r.loc["economy", "predicted"] == 2
    # health: pred [1,0,0,0] gold [0,1,0,0]; po .5, pe .25*.25+.75*.75 = .625
    assert r.loc["health", ["precision", "recall", "f1"]].tolist() == [0.0, 0.0, 0.0]
    assert r.loc["health", "kappa"] == pytest.approx(-1 / 3)
    assert r.loc["security", ["precision", "recall", "f1", "kappa"]].tolist() == pytest.approx([1, 1, 1, 1])
    # micro: tp 3 fp 1 fn 2; pooled kappa: po 9/12, pe (4*5 + 8*7)/144
    assert r.loc["micro avg", ["precision", "recall", "f1"]].tolist() == pytest.approx([0.75, 0.6, 2 / 3])
    assert r.loc["micro avg", "kappa"] == pytest.approx(8 / 17)
    assert r.loc["macro avg", ["precision", "recall", "f1", "kappa"]].tolist() == pytest.approx(
        [2 / 3, 5 / 9, 0.6, 7 / 18])


def test_single_label_kappa_on_labels():
    pred = pd.DataFrame({"id": [1, 2, 3, 4, 5, 6], "stance": ["favor", "favor", "against", "none", "against", ""]})
    gold = pd.DataFrame({"id": [1, 2, 3, 4, 5, 6], "code_stance": ["FAVOR", "against", "against", "none", "none", ""]})
    r = _by_label(evaluate(pred, gold, id_col="id", pred_col="stance", gold_col="code_stance"))
    assert r.attrs["mode"] == "single-label"
    # categories incl. the empty one: pred f2 a2 n1 e1, gold f1 a2 n2 e1; po 4/6
    pe = (2 * 1 + 2 * 2 + 1 * 2 + 1 * 1) / 36
    assert r.loc["micro avg", "kappa"] == pytest.approx((4 / 6 - pe) / (1 - pe))
    assert r.loc["favor", ["precision", "recall"]].tolist() == [0.5, 1.0]
    assert set(r.index) == {"against", "favor", "none", "micro avg", "macro avg"}


def test_undefined_kappa_is_nan_and_left_out_of_macro():
    pred = pd.DataFrame({"statement_id": ["a", "b"], "frames": ["x", "x"]})
    gold = pd.DataFrame({"statement_id": ["a", "b"], "frames": ["x", "x"]})
    r = _by_label(evaluate(pred, gold))
    assert pd.isna(r.loc["x", "kappa"]) and r.loc["x", "f1"] == 1.0


def test_parse_labels():
    assert parse_labels("a; B ,c|a") == ["a", "b", "c"]
    assert parse_labels("") == [] and parse_labels(None) == []


@pytest.mark.parametrize("pred, gold, message", [
    (pd.DataFrame({"statement_id": ["a", "a"], "frames": ["x", "y"]}),
     pd.DataFrame({"statement_id": ["a"], "frames": ["x"]}), "more than once"),
    (pd.DataFrame({"statement_id": ["a"], "frames": ["x"]}),
     pd.DataFrame({"statement_id": ["b"], "frames": ["x"]}), "no 'statement_id' value is in both"),
    (pd.DataFrame({"statement_id": ["a"]}),
     pd.DataFrame({"statement_id": ["a"], "frames": ["x"]}), "no column 'frames'"),
])
def test_evaluate_bad_input(pred, gold, message):
    with pytest.raises(NarrativeError, match=message):
        evaluate(pred, gold)


def test_allocate():
    assert allocate({"a": 50, "b": 30, "c": 2}, 10) == {"a": 6, "b": 3, "c": 1}
    assert allocate({"a": 98, "b": 1, "c": 1}, 10) == {"a": 8, "b": 1, "c": 1}
    assert allocate({"a": 5, "b": 3, "c": 1}, 2) == {"a": 1, "b": 1, "c": 0}
    assert allocate({"a": 5, "b": 3}, 20) == {"a": 5, "b": 3}
    assert sum(allocate({"a": 700, "b": 200, "c": 90, "d": 10}, 200).values()) == 200


def _statements():
    kinds = ["direct"] * 60 + ["indirect"] * 30 + ["headline"] * 8 + ["comment"] * 2
    frames = ["economy;health"] * 40 + [""] * 40 + ["health"] * 20
    return pd.DataFrame({
        "statement_id": [f"d{i // 10}:{i}" for i in range(100)], "doc_id": [f"d{i // 10}" for i in range(100)],
        "outlet": "Daily", "speaker": "Someone", "speaker_role": "official", "kind": kinds,
        "text": [f"statement number {i}" for i in range(100)], "frames": frames,
        "duplicate": ["False"] * 100, "stance": "0.1"})


def test_stratified_sample_sizes_per_stratum():
    st = _statements()
    s = stratified_sample(st, n=20, by="kind", seed=3)
    assert list(s.columns) == SAMPLE_COLUMNS
    assert s["kind"].value_counts().to_dict() == {"direct": 12, "indirect": 6, "headline": 1, "comment": 1}
    assert s["statement_id"].is_unique
    assert (s[["code_frames", "code_stance", "coder", "notes"]] == "").all().all()
    assert s.equals(stratified_sample(st, n=20, by="kind", seed=3))  # reproducible
    assert not s["statement_id"].equals(stratified_sample(st, n=20, by="kind", seed=4)["statement_id"])


def test_sample_on_first_frame_and_skips_reposts():
    st = _statements()
    st.loc[:9, "duplicate"] = "True"  # ten reposted economy;health statements
    s = stratified_sample(st, n=9, by="frames")
    first = s.merge(st, on="statement_id")["frames"].map(lambda v: (parse_labels(v) or ["none"])[0])
    # strata sizes 30 economy, 40 none, 20 health of 90 -> 3, 4, 2
    assert first.value_counts().to_dict() == {"none": 4, "economy": 3, "health": 2}
    assert not set(s["statement_id"]) & set(st.loc[:9, "statement_id"])


def test_sample_bad_input():
    with pytest.raises(NarrativeError, match="cannot stratify"):
        stratified_sample(_statements(), n=5, by="colour")
    with pytest.raises(NarrativeError, match="no statements with text"):
        stratified_sample(_statements().assign(text=""), n=5)


def test_cli_sample_and_evaluate(tmp_path, capsys):
    st = _statements()
    st.to_csv(tmp_path / "statements.csv", index=False)
    assert main(["sample", str(tmp_path), "--n", "10", "--by", "kind"]) == 0
    sheet = pd.read_csv(tmp_path / "sample_for_coding.csv", keep_default_na=False)
    assert len(sheet) == 10 and list(sheet.columns) == SAMPLE_COLUMNS
    # never overwrite a sheet that may hold coding
    assert main(["sample", str(tmp_path), "--n", "10"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["sample", str(tmp_path), "--n", "12", "--force"]) == 0
    sheet = pd.read_csv(tmp_path / "sample_for_coding.csv", keep_default_na=False)
    assert len(sheet) == 12

    sheet["code_frames"] = sheet.merge(st, on="statement_id", how="left")["frames"]  # a perfect coder
    sheet.to_csv(tmp_path / "gold.csv", index=False)
    assert main(["evaluate", str(tmp_path / "statements.csv"), str(tmp_path / "gold.csv"),
                 "--gold-col", "code_frames", "--out", str(tmp_path / "agreement.csv")]) == 0
    printed = capsys.readouterr().out
    assert "micro avg" in printed and "kappa" in printed
    table = pd.read_csv(tmp_path / "agreement.csv").set_index("label")
    assert table.loc["micro avg", "f1"] == 1.0
    assert main(["evaluate", str(tmp_path / "statements.csv"), str(tmp_path / "gold.csv"),
                 "--gold-col", "nope"]) == 2
    assert "no column 'nope'" in capsys.readouterr().err
