"""Trainable classifier: train -> save -> load -> predict, multi-label, --by, safe loading, bad input, CLI."""
import json
import random
import zipfile

import numpy as np
import pandas as pd
import pytest

from narrative import classify
from narrative.classify import apply_model, fit, load_model, predict, train
from narrative.cli import main
from narrative.errors import NarrativeError

# Invented news-comment sentences: three frames with their own vocabulary, on a
# shared scaffolding of subjects and connectives so the task is not trivial.
SUBJECTS = ["The minister", "Our mayor", "The opposition", "Critics", "Residents", "The report",
            "A spokesperson", "Local businesses", "The committee", "Voters"]
FRAMES = {
    "economy": ["taxes will rise again", "wages are stagnating", "the budget deficit keeps growing",
                "small firms are losing jobs", "inflation eats our savings", "investment in industry fell",
                "prices at the market doubled", "unemployment is the real problem", "the tax cut helps exporters",
                "growth figures disappoint", "rents and mortgages are unaffordable", "trade tariffs hurt farmers"],
    "health": ["hospitals lack nurses", "the clinic waiting lists are long", "doctors warn about the virus",
               "vaccination rates dropped", "patients wait months for surgery", "mental health care is underfunded",
               "the pandemic exhausted medical staff", "pharmacies run out of medicine", "the flu season is severe",
               "emergency rooms are overcrowded", "cancer screening saves lives", "nursing homes need inspections"],
    "security": ["police patrols were cut", "burglaries increased downtown", "the army must guard the border",
                 "crime on trains worries commuters", "the terror threat level is high", "officers need better equipment",
                 "gangs recruit teenagers", "surveillance cameras were installed", "violent attacks shock the city",
                 "the courts release offenders too early", "drug trafficking is rising", "firefighters and police respond slowly"],
}
LINKS = ["said that", "claims", "argues", "warned on Monday that", "insists", "told reporters"]


def make_rows(n, seed=0):
    rng = random.Random(seed)
    labels = list(FRAMES)
    rows = []
    for i in range(n):
        y = labels[i % 3]
        text = f"{rng.choice(SUBJECTS)} {rng.choice(LINKS)} {rng.choice(FRAMES[y])}"
        if rng.random() < 0.4:
            text += f" and {rng.choice(FRAMES[y])}"
        rows.append({"id": f"r{i}", "text": text + rng.choice([".", "!", "", "?"]), "frame": y,
                     "target": "tax" if i % 2 else "vaccine"})
    return pd.DataFrame(rows)


def make_multilabel(n, seed=1):
    rng = random.Random(seed)
    labels = list(FRAMES)
    rows = []
    for i in range(n):
        k = 1 + (i % 3 == 0)  # a third of the rows carry two frames
        ys = rng.sample(labels, k)
        parts = [rng.choice(FRAMES[y]) for y in ys]
        rows.append({"text": f"{rng.choice(SUBJECTS)} {rng.choice(LINKS)} " + " and ".join(parts),
                     "frames": ";".join(sorted(ys))})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def data():
    return make_rows(150)


@pytest.fixture(scope="module")
def trained(data, tmp_path_factory):
    train_df, test_df = data.iloc[:120], data.iloc[120:]
    model = fit(train_df, "text", "frame", folds=3, grid="quick")
    out = tmp_path_factory.mktemp("model")
    model.save(out)
    return model, out, test_df


def test_round_trip_agrees_and_beats_chance(trained):
    model, out, test_df = trained
    for name in ("model.skops", "meta.json", "report.json", "report.txt"):
        assert (out / name).is_file()
    loaded = load_model(out)
    mem = model.predict(test_df, "text")
    disk = predict(out, test_df, "text")
    assert mem["predicted"].tolist() == disk["predicted"].tolist()
    np.testing.assert_allclose(mem["confidence"], disk["confidence"])
    assert ((disk["confidence"] >= 0) & (disk["confidence"] <= 1)).all()
    accuracy = (disk["predicted"] == test_df["frame"]).mean()
    assert accuracy >= 0.8  # chance is 1/3
    assert list(disk.columns) == list(test_df.columns) + ["predicted", "confidence"]
    meta = loaded.meta
    assert meta["labels"] == ["economy", "health", "security"]
    assert meta["multilabel"] is False and meta["n_train"] == 120
    assert meta["text_column"] == "text" and meta["label_column"] == "frame" and meta["by"] is None
    assert meta["created"] and meta["narrative_version"]


def test_report_contents(trained):
    _, out, _ = trained
    report = json.loads((out / "report.json").read_text())
    est = report["estimate"]
    assert "nested" in est["method"]
    assert set(est["per_class"]) == {"economy", "health", "security"}
    assert sum(m["support"] for m in est["per_class"].values()) == 120
    assert np.array(est["confusion_matrix"]["matrix"]).sum() == 120
    assert est["f1_macro"] > 0.7
    assert [g["model"] for g in report["grid"]] == ["logreg", "linear_svm"]
    assert report["selected"]["model"] in ("logreg", "linear_svm")
    assert len(est["outer_folds"]) == 3
    text = (out / "report.txt").read_text()
    assert "confusion matrix" in text and "macro-F1" in text and "grid" in text


def test_full_grid_is_the_default():
    assert classify._resolve_grid(None) == classify.FULL_GRID
    names = {n for n, _ in classify.FULL_GRID}
    assert names == {"logreg", "linear_svm", "complement_nb"}


def test_svm_confidence_is_calibrated(data, tmp_path):
    model = fit(data.iloc[:90], "text", "frame", folds=3, grid=[("linear_svm", {"C": 0.3})])
    assert "CalibratedClassifierCV" in model.meta["confidence"]
    model.save(tmp_path)
    out = predict(tmp_path, data.iloc[90:], "text")
    assert out["confidence"].between(0, 1).all()
    assert (out["predicted"] == data.iloc[90:]["frame"]).mean() >= 0.8


def test_multilabel(tmp_path):
    df = make_multilabel(150)
    report = train(df.iloc[:120], "text", "frames", out_dir=tmp_path, folds=3, grid="quick")
    assert report["task"] == "multi-label"
    assert set(report["estimate"]["per_label_confusion"]) == set(FRAMES)
    model = load_model(tmp_path)
    assert model.meta["multilabel"] is True
    out = predict(tmp_path, df.iloc[120:], "text")
    assert out["confidence"].between(0, 1).all()
    pred_sets = [set(p.split(";")) if p else set() for p in out["predicted"]]
    gold_sets = [set(g.split(";")) for g in df.iloc[120:]["frames"]]
    assert all(p <= set(FRAMES) for p in pred_sets)
    assert any(len(p) == 2 for p in pred_sets)
    jaccard = np.mean([len(p & g) / len(p | g) for p, g in zip(pred_sets, gold_sets)])
    assert jaccard > 0.6


def test_by_trains_one_model_per_group(data, tmp_path):
    report = train(data, "text", "frame", by="target", out_dir=tmp_path, folds=3, grid="quick")
    assert set(report["groups"]) == {"tax", "vaccine"}
    meta = json.loads((tmp_path / "meta.json").read_text())
    assert meta["by"] == "target" and set(meta["groups"]) == {"tax", "vaccine"}
    for sub in meta["groups"].values():
        assert (tmp_path / sub / "model.skops").is_file()
        assert json.loads((tmp_path / sub / "meta.json").read_text())["by"] == "target"
    new = make_rows(30, seed=5)
    out = predict(tmp_path, new, "text")
    assert (out["predicted"] == new["frame"]).mean() >= 0.8
    # the group column may have another name at prediction time
    renamed = new.rename(columns={"target": "topic"})
    assert predict(tmp_path, renamed, "text", by="topic")["predicted"].tolist() == out["predicted"].tolist()
    with pytest.raises(NarrativeError, match="no model for target='migration'"):
        predict(tmp_path, new.assign(target="migration"), "text")


def test_apply_model_adds_columns(trained):
    _, out, _ = trained
    statements = pd.DataFrame({"statement_id": ["d:1", "d:2", "d:3"],
                               "text": ["Nurses say the hospitals lack staff", "", "Taxes will rise again"],
                               "frames": ["", "", ""]})
    result = apply_model(out, statements)
    assert result["model_frames"].tolist() == ["health", "", "economy"]
    assert result["model_confidence"].iloc[1] == 0.0
    assert list(result.columns[:3]) == ["statement_id", "text", "frames"]


def test_model_file_is_skops_not_pickle(trained):
    _, out, _ = trained
    with zipfile.ZipFile(out / "model.skops") as z:
        names = z.namelist()
        assert "schema.json" in names
        assert not any(n.endswith((".pkl", ".pickle")) for n in names)
        assert b"pickle" not in z.read("schema.json").lower()


def test_untrusted_type_is_refused(tmp_path, trained):
    import os
    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer
    _, out, _ = trained
    # a file that would call os.system: refused before anything is built
    (tmp_path / "model.skops").write_bytes(sio.dumps(FunctionTransformer(os.system)))
    (tmp_path / "meta.json").write_text((out / "meta.json").read_text())
    with pytest.raises(NarrativeError, match="untrusted"):
        load_model(tmp_path)
    # only trusted types, but not a narrative pipeline: refused after loading
    from sklearn.linear_model import LogisticRegression
    (tmp_path / "model.skops").write_bytes(sio.dumps(LogisticRegression()))
    with pytest.raises(NarrativeError, match="does not hold"):
        load_model(tmp_path)


@pytest.mark.parametrize("change, message", [
    (lambda d: d.drop(columns=["frame"]), "no column 'frame'"),
    (lambda d: d.assign(frame="economy"), "only one class"),
    (lambda d: d.assign(frame=["economy"] * (len(d) - 1) + ["rare"]), "only 1 example"),
    (lambda d: d.assign(text=""), "no rows with both"),
    (lambda d: d.assign(frame="a;a"), "on every row"),
])
def test_bad_input(data, change, message):
    with pytest.raises(NarrativeError, match=message):
        fit(change(data.iloc[:30].copy()), "text", "frame", folds=3, grid="quick")


def test_small_class_reduces_folds_and_empty_rows_are_skipped(data):
    df = data.iloc[:60].copy()
    df.loc[df.index[:3], "frame"] = "rare"  # 3 examples < 5 folds
    df.loc[df.index[10], "text"] = "   "
    df.loc[df.index[11], "frame"] = ""
    model = fit(df, "text", "frame", folds=5, grid="quick")
    assert model.report["folds"] == 3
    assert model.report["skipped_rows"] == {"empty_text": 1, "no_label": 1}
    assert any("folds reduced" in w for w in model.report["warnings"])


def test_cli_train_predict(tmp_path, data, capsys):
    data.iloc[:120].to_csv(tmp_path / "train.csv", index=False)
    data.iloc[120:].drop(columns=["frame"]).to_csv(tmp_path / "new.csv", index=False)
    model_dir = tmp_path / "model"
    assert main(["train", str(tmp_path / "train.csv"), "--text", "text", "--label", "frame",
                 "--out", str(model_dir), "--folds", "3", "--quick"]) == 0
    assert "macro-F1" in capsys.readouterr().out
    assert main(["predict", str(model_dir), str(tmp_path / "new.csv"), "--text", "text",
                 "--out", str(tmp_path / "pred.csv")]) == 0
    pred = pd.read_csv(tmp_path / "pred.csv")
    assert len(pred) == 30 and {"predicted", "confidence", "id"} <= set(pred.columns)
    assert (pred["predicted"].to_numpy() == data.iloc[120:]["frame"].to_numpy()).mean() >= 0.8


def test_cli_errors_are_one_line(tmp_path, data, capsys):
    data.to_csv(tmp_path / "train.csv", index=False)
    assert main(["train", str(tmp_path / "train.csv"), "--text", "body", "--label", "frame",
                 "--out", str(tmp_path / "m"), "--quick"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("narrative: ") and "train.csv: no column 'body'" in err and "\n" not in err
    assert main(["train", str(tmp_path / "missing.csv"), "--text", "text", "--label", "frame",
                 "--out", str(tmp_path / "m")]) == 2
    assert "file not found" in capsys.readouterr().err
    assert main(["predict", str(tmp_path / "nomodel"), str(tmp_path / "train.csv"), "--text", "text",
                 "--out", str(tmp_path / "p.csv")]) == 2
    assert "model folder not found" in capsys.readouterr().err


def test_word_features_and_rows_labelled_none():
    """``features="words"`` leaves out character n-grams; in multi-label data ``none`` marks a row
    with no label: learnt as a negative, never output."""
    from narrative.classify import FEATURES, fit

    rows = ([("taxes and wages", "economy"), ("budget deficit and taxes", "economy"),
             ("nurses and doctors", "health"), ("doctors in the clinic", "health"),
             ("wages of nurses and doctors", "economy;health"), ("taxes on clinic doctors", "economy;health")]
            + [(t, "none") for t in ("the weather was mild", "a quiet sunny day", "rain in the morning",
                                     "the match ended late", "a mild and sunny weekend", "snow fell at night")])
    df = pd.DataFrame(rows * 2, columns=["t", "y"])
    model = fit(df, "t", "y", folds=2, grid="quick", features="words")
    assert model.meta["features"] == FEATURES["words"]
    steps = model.parts[None].estimator.named_steps["features"].transformer_list
    assert [name for name, _ in steps] == ["word"]
    predicted = model.predict(pd.DataFrame({"t": ["a sunny and mild day", "taxes and wages"]}), "t")["predicted"]
    assert predicted.tolist()[0] == "" and "economy" in predicted.tolist()[1]
    assert all("none" not in p.split(";") for p in predicted)
