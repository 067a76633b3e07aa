"""The default frame model: shipped data in step with its training file, numpy equal to scikit-learn,
used on statements only, with a lexicon that has its frames, and traceable as frame hits."""
import json

import numpy as np

from narrative.frame_model import MODEL_FILE, FrameModel, build, default_frame_model, fingerprint, fit
from narrative.lexicons import lexicon_file
from narrative.pipeline import analyze

TEXTS = ["The martyrs of Aleppo gave their blood so that Kermanshah would sleep in peace.",
         "Tehran's militias are changing the face of the valley, residents say.",
         "The rebels used the lull to dig new tunnels.", "Thanks for the article.", ""]


def test_the_shipped_model_was_built_from_the_shipped_training_file():
    data = json.loads(lexicon_file(MODEL_FILE).read_text(encoding="utf-8"))
    assert data["fingerprint"] == fingerprint(), "run: python -m narrative.frame_model"
    assert len(data["labels"]) == len(data["coef"]) == len(data["intercept"]) >= 10


def test_numpy_probabilities_equal_scikit_learns():
    vectorizer, classifier, labels = fit()
    model = FrameModel(build())
    expected = classifier.predict_proba(vectorizer.transform(TEXTS))
    assert model.labels == labels
    np.testing.assert_allclose(model.probabilities(TEXTS), expected, atol=1e-4)


def test_predictions_and_confidence():
    model = default_frame_model()
    frames, confidence = model.predict_columns(TEXTS)
    assert frames[-1] == "" and all(0 <= c <= 1 for c in confidence)
    assert set(";".join(frames).split(";")) - {""} <= set(model.labels)


ARTICLE = ("Guard commander speaks at funeral\n\nBy Jane Roe\n\n"
           "The commander told mourners that the martyrs had given their blood so that our cities "
           "would never see the black flags. He said the enemy's lines were crumbling.\n\n"
           "Mahmoud Saberi, a local doctor, told reporters that the casualty figures published by the ministry were a bedtime story.\n\n"
           "The funeral was held on Friday in a packed square, as rain fell on the city.\n")


def _run(tmp_path, **kwargs):
    (tmp_path / "c").mkdir(exist_ok=True)
    (tmp_path / "c" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return analyze(tmp_path / "c", **kwargs)


def test_model_frames_are_hits_of_statements_and_go_with_lexicons_that_have_them(tmp_path):
    default = _run(tmp_path)
    hits, st = default.frame_hits, default.statements
    by_model = hits[hits.pattern == "(model)"]
    assert len(by_model), "the model adds a frame to these statements"
    said = set(st.loc[st.kind != "narration", "statement_id"])
    assert set(by_model.statement_id) <= said
    for _, h in by_model.iterrows():
        row = st.set_index("statement_id").loc[h.statement_id]
        assert h.frame in row.frames.split(";") and (h.start, h.end) == (row.start, row.end)
        assert h.matched.startswith("p=")
    assert "(model)" not in set(_run(tmp_path, model="none").frame_hits.pattern)
    lex = tmp_path / "mine.yaml"
    lex.write_text("frames:\n  - id: funeral\n    patterns: [funeral]\n", encoding="utf-8")
    assert set(_run(tmp_path, lexicons=[lex]).frame_hits.pattern) == {"funeral"}


def _coded(folder):
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in rows], [set(r.get("frames") or []) for r in rows]


def _f1(pred, gold):
    tp = sum(len(p & g) for p, g in zip(pred, gold))
    n_pred, n_gold = sum(map(len, pred)), sum(map(len, gold))
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def test_the_model_adds_frames_the_lexicon_misses_on_unseen_articles():
    """Frame F1 on the coded statements of invented articles neither the lexicon nor the model was
    built from (tests/fixtures/unseen): the lexicon alone 0.44, with the model 0.49."""
    from pathlib import Path

    from narrative.frames import FrameMatcher
    from narrative.lexicon import default_lexicon_path, load_lexicon

    texts, gold = _coded(Path(__file__).parent / "fixtures" / "unseen" / "gold")
    lexicon = [{h.frame for h in hits} for hits in FrameMatcher(load_lexicon(default_lexicon_path())).batch(texts)]
    model = [set(f.split(";")) - {""} for f in default_frame_model().predict(texts)]
    alone, both = _f1(lexicon, gold), _f1([a | b for a, b in zip(lexicon, model)], gold)
    assert len(texts) > 80 and alone > 0.35
    assert both > alone + 0.03
