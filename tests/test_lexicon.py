"""Lexicon format: loading, errors with file and line, warnings, merging, check and suggest commands."""
import pandas as pd
import pytest

from narrative.cli import main
from narrative.errors import NarrativeError
from narrative.lexicon import default_lexicon_path, expand_pattern, load_lexicon, load_lexicons, parse_pattern

FRAMES = ["forward_defense", "ceasefire_violation", "foreign_backed_terrorists", "resistance_strength",
          "loss_minimization", "retaliation", "martyrdom", "regime_legitimacy", "sectarian_religious",
          "ally_criticism", "iranian_expansionism", "propaganda_skepticism"]


def write(tmp_path, text, name="lex.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_lexicon_has_the_codebook_frames_without_warnings():
    lex = load_lexicon(default_lexicon_path())
    assert [f.id for f in lex.frames] == FRAMES
    assert lex.warnings == []
    assert all(f.label and f.definition and f.patterns for f in lex.frames)
    assert lex.frame("loss_minimization").negation is False
    assert len(lex.sha256) == 64


def test_default_lexicon_path_env(tmp_path, monkeypatch):
    write(tmp_path, "frames: []\n", "frames.yaml")
    monkeypatch.setenv("NARRATIVE_LEXICONS", str(tmp_path))
    assert default_lexicon_path() == tmp_path / "frames.yaml"


def test_native_fields_weights_and_targets(tmp_path):
    path = write(tmp_path, """\
frames:
  - id: truce
    label: Truce broken
    definition: The other side broke it.
    negation: false
    min_weight: 2
    patterns:
      - ceasefire ~5 violat*
      - {pattern: truce-breaking, weight: 1.5}
    exclude: [ceasefire talks]
targets:
  - id: resistance_axis
    aliases: [Iran, IRGC]
""")
    lex = load_lexicon(path)
    f = lex.frames[0]
    assert (f.id, f.label, f.definition, f.negation, f.min_weight) == ("truce", "Truce broken",
                                                                        "The other side broke it.", False, 2.0)
    assert [(p.text, p.weight, p.line) for p in f.patterns] == [("ceasefire ~5 violat*", 1.0, 8),
                                                                 ("truce-breaking", 1.5, 9)]
    assert [p.text for p in f.exclude] == ["ceasefire talks"]
    assert lex.targets == [{"id": "resistance_axis", "aliases": ["Iran", "IRGC"]}]
    assert lex.source == str(path) and lex.warnings == []


def test_malformed_yaml_names_file_and_line(tmp_path):
    path = write(tmp_path, "frames:\n  - id: a\n    patterns: [x, y\n  - id: b\n")
    with pytest.raises(NarrativeError) as err:
        load_lexicon(path)
    assert str(err.value).startswith(f"{path}:4: invalid YAML")


@pytest.mark.parametrize("body,line,message", [
    ("  - id: a\n    patterns:\n      - ceasefire ~x5 violat*\n", 4, "proximity"),
    ("  - id: a\n    patterns:\n      - (a|b c\n", 4, "alternatives"),
    ("  - id: a\n    patterns:\n      - \"(the enemy forces\"\n", 4, "unbalanced parentheses"),
    ("  - id: a\n    patterns:\n      - {pattern: x, weight: -1}\n", 4, "weight must be a positive number"),
    ("  - id: a\n    patterns: [x]\n  - id: a\n    patterns: [y]\n", 4, "duplicate frame id 'a'"),
    ("  - label: no id\n", 2, "frame without 'id'"),
    ("  - id: has space\n", 2, "frame id 'has space'"),
    ("  - id: a\n    negation: maybe\n", 3, "'negation' has the wrong type"),
])
def test_lexicon_errors_name_the_line(tmp_path, body, line, message):
    path = write(tmp_path, "frames:\n" + body)
    with pytest.raises(NarrativeError, match=message) as err:
        load_lexicon(path)
    assert (err.value.path, err.value.line) == (str(path), line)


def test_warnings_for_unknown_keys_empty_frames_and_duplicates(tmp_path):
    path = write(tmp_path, "frames:\n  - id: a\n    colour: red\n    patterns: [war, War]\n  - id: b\nextra: 1\n")
    assert load_lexicon(path).warnings == [
        f"{path}:6: unknown top-level key 'extra' ignored",
        f"{path}:3: unknown frame key 'colour' ignored",
        f"{path}:4: frame 'a': duplicate pattern 'War'",
        f"{path}:5: frame 'b' has no patterns",
    ]


def test_load_lexicons_merges_and_later_frames_replace(tmp_path):
    first = write(tmp_path, "frames:\n  - id: a\n    patterns: [x]\n  - id: b\n    patterns: [y]\n", "1.yaml")
    second = write(tmp_path, "frames:\n  - id: a\n    patterns: [z]\n", "2.yaml")
    lex = load_lexicons([first, second])
    assert [(f.id, [p.text for p in f.patterns]) for f in lex.frames] == [("b", ["y"]), ("a", ["z"])]
    assert lex.warnings == [f"{second}: frame 'a' replaces the one in an earlier lexicon"]


def test_pattern_syntax_helpers():
    assert parse_pattern("Truce ~3 (broke|violat*)") == ([["truce"], ["(broke|violat*)"]], 3)
    assert expand_pattern("(not|never) (in|engaged in) combat") == [
        "(not|never) in combat", "(not|never) engaged in combat"]
    with pytest.raises(ValueError, match="cannot start"):
        parse_pattern("* war")


def test_cli_check_valid_and_invalid(tmp_path, capsys):
    assert main(["lexicon", "check", str(default_lexicon_path())]) == 0
    assert "12 frames" in capsys.readouterr().out
    bad = write(tmp_path, "frames:\n  - id: a\n    patterns: [x, {pattern: y, weight: no}]\n")
    assert main(["lexicon", "check", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == f"narrative: {bad}:3: weight must be a positive number, got False"


def test_cli_check_with_corpus_reports_dead_patterns_and_overlaps(tmp_path, capsys):
    lex = write(tmp_path, "frames:\n  - id: war\n    patterns: [fight*, zzz]\n"
                          "  - id: arms\n    patterns: [weapon*]\n  - id: calm\n    patterns: [peace]\n")
    pd.DataFrame({"text": ["They fight with weapons.", "More weapons to fight.", "Peace now.", "Rain."]}).to_csv(
        tmp_path / "statements.csv", index=False)
    assert main(["lexicon", "check", str(lex), "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "patterns that never match: 1\n  war: zzz" in out
    assert "war & arms: 2 shared, Jaccard 1.00" in out


def test_cli_suggest_ranks_terms_and_writes_csv(tmp_path, capsys):
    rows = [("the rebels broke the truce near the river", "ceasefire_violation"),
            ("again the rebels broke the truce", "ceasefire_violation"),
            ("rebels broke the truce and fired shells", "ceasefire_violation"),
            ("the market reopened near the river", ""), ("shells fell on the market", ""),
            ("rebels held talks", "")]
    pd.DataFrame(rows, columns=["text", "frames"]).to_csv(tmp_path / "statements.csv", index=False)
    lex = write(tmp_path, "frames:\n  - id: ceasefire_violation\n    patterns: [truce]\n")
    assert main(["lexicon", "suggest", "ceasefire_violation", str(tmp_path), "--lexicon", str(lex), "--top", "3"]) == 0
    table = pd.read_csv(tmp_path / "suggest_ceasefire_violation.csv")
    assert list(table.columns) == ["term", "in_frame", "elsewhere", "g2", "log_odds"]
    # terms the frame already matches ("truce", "the truce") are left out; ties are sorted by term
    assert table[["term", "in_frame", "elsewhere", "g2"]].values.tolist() == [
        ["broke", 3, 0, 8.318], ["broke the", 3, 0, 8.318], ["rebels broke", 3, 0, 8.318],
        ["rebels", 3, 1, 3.819], ["the rebels", 2, 0, 3.819]]
    out = capsys.readouterr().out
    assert out.count("\n") == 6 and "rebels broke" in out and "the rebels" not in out


def test_cli_suggest_unknown_frame_is_a_user_error(tmp_path, capsys):
    pd.DataFrame({"text": ["a"], "frames": [""]}).to_csv(tmp_path / "statements.csv", index=False)
    assert main(["lexicon", "suggest", "martyrdom", str(tmp_path)]) == 2
    assert "no statement carries frame 'martyrdom'" in capsys.readouterr().err
