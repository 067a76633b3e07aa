"""The default stance model: shipped data in step with its training file and the frame model, better than
the rules alone on coded sets left out of its fit, and used only where its features and target are."""
import json

import numpy as np
import pandas as pd

from narrative.frame_model import default_frame_model
from narrative.lexicons import lexicon_file
from narrative.pipeline import analyze
from narrative.stance_model import (MODEL_FILE, StanceModel, build, default_stance_model, fingerprint, rules_of,
                                    training_rows)


def test_the_shipped_model_was_built_from_the_shipped_training_file_and_frame_model():
    data = json.loads(lexicon_file(MODEL_FILE).read_text(encoding="utf-8"))
    assert data["fingerprint"] == fingerprint(), "run: python -m narrative.stance_model"
    assert data["frame_model"] == default_frame_model().fingerprint, "rebuild: python -m narrative.stance_model"
    assert data["classes"] == [-1, 0, 1] and len(data["coef"]) == 3


def _bacc(gold, pred):
    gold, pred = np.asarray(gold), np.asarray(pred)
    return np.mean([np.mean(pred[gold == c] == c) for c in (-1, 0, 1) if (gold == c).any()])


def test_the_model_beats_the_rules_on_sets_left_out_of_its_fit(tmp_path):
    """Fitted without the last eight coded sets (heldout_s57 to s64, written after the rules were last
    tuned on them or never tuned on), it scores their statements better than the rules it reads."""
    rows = training_rows()
    left = rows["set"].isin([f"heldout_s{n}" for n in range(57, 65)])
    assert left.sum() > 1000 and (~left).sum() > 5000
    rows[~left].to_csv(tmp_path / "train.csv", index=False)
    model = StanceModel(build(tmp_path / "train.csv"))
    test = rows[left]
    rules = pd.to_numeric(test["stance_rules"]).tolist()
    p = model.probabilities(test["text"].tolist(), test["speaker"].tolist(), test["speaker_role"].tolist(),
                            test["kind"].tolist(), rules, test["stance_evidence"].tolist())
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    by_model = np.sign(model.scores(p)).astype(int)
    by_rules = [0 if abs(r) < 0.05 else int(np.sign(r)) for r in rules]
    assert _bacc(test["stance"], by_model) > _bacc(test["stance"], by_rules) + 0.04


ARTICLE = ("Guard commander vows revenge\n\nBy Jane Roe\n\n"
           "The commander told mourners that the blood of the martyrs would be avenged and that the enemy "
           "would regret its crime.\n\n"
           "Human Rights Watch said the detainees had been held for weeks without access to lawyers.\n\n"
           "The funeral was held on Friday in a packed square, as rain fell on the city.\n")


def _run(tmp_path, **kwargs):
    (tmp_path / "c").mkdir(exist_ok=True)
    (tmp_path / "c" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return analyze(tmp_path / "c", **kwargs).statements


def test_the_model_scores_statements_not_narration_and_keeps_the_rules_evidence(tmp_path):
    st = _run(tmp_path)
    said, narration = st[st.kind != "narration"], st[st.kind == "narration"]
    assert len(said) == 2 and len(narration)
    vow, rights = said.iloc[0], said.iloc[1]
    assert vow.stance > 0 and rights.stance < 0, "the rules give the rights group 0: no cue, no frame"
    assert (said.stance == said.stance_resistance_axis).all()
    for ev in said.stance_evidence:
        assert rules_of(ev) is not None and "model p-=" in ev
    assert not narration.stance_evidence.str.contains("model").any()
    assert rules_of(rights.stance_evidence)[1] == 0.0


def test_without_the_default_frame_model_or_with_another_first_target_the_rules_alone(tmp_path):
    assert not _run(tmp_path, model="none").stance_evidence.str.contains("model").any()
    lex = tmp_path / "mine.yaml"
    lex.write_text("frames:\n  - id: funeral\n    patterns: [funeral]\n"
                   "targets:\n  - id: mourners\n    names: [mourners]\n", encoding="utf-8")
    st = _run(tmp_path, lexicons=[lex])
    assert "stance_mourners" in st and not st.stance_evidence.str.contains("model").any()
    assert default_stance_model() is not None


def test_a_stance_model_fitted_on_another_frame_model_is_set_aside_with_a_warning(tmp_path, monkeypatch, capsys):
    """A frame model rebuilt without refitting the stance model: the run says so on stderr, in one line, and
    takes stance from the rules alone (the features would no longer line up)."""
    import narrative.stance_model as sm

    stale = default_stance_model()
    monkeypatch.setattr(stale, "frame_model_fingerprint", "0" * 16)
    monkeypatch.setattr(sm, "default_stance_model", lambda: stale)
    st = _run(tmp_path)
    err = capsys.readouterr().err
    assert "stance model was fitted on another frame model" in err and len(err.strip().splitlines()) == 1
    assert not st.stance_evidence.str.contains("model p-").any()
