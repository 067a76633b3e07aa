"""LIWC .dic, LIWC-22 .dicx and quanteda YAML dictionaries, and lossless conversion."""
import pytest

from narrative.cli import main
from narrative.dictionaries import parse_dic
from narrative.errors import NarrativeError
from narrative.frames import FrameMatcher
from narrative.lexicon import load_lexicon

# cp1252 (é, ’ as 0x92), CR-only line ends, zero-padded ids, a phrase, wildcards, an emoticon.
LIWC = ("%\r01\tposemo\r02\tnegemo\r10\tsocial\r%\r"
        "caf\xe9*\t01\r"
        "don\u2019t like\t02 10\r"
        "hate*\t02\r"
        "friend*\t01\t10\r"
        ":)\t01\r").encode("cp1252")


def memberships(lexicon):
    """(category id, name) -> sorted terms: everything a .dic holds."""
    return {(f.liwc_id, f.id): sorted(p.text for p in f.patterns) for f in lexicon.frames}


def test_liwc_dic_cp1252_cr_zero_padded_phrases_wildcards(tmp_path):
    path = tmp_path / "mini.dic"
    path.write_bytes(LIWC)
    lex = load_lexicon(path)
    assert memberships(lex) == {("01", "posemo"): [":)", "café*", "friend*"],
                                ("02", "negemo"): ["don’t like", "hate*"],
                                ("10", "social"): ["don’t like", "friend*"]}
    assert all(f.stem is False and f.negation is False for f in lex.frames)
    assert lex.frame("negemo").patterns[0].line == 7
    assert lex.warnings == [f"{path}:10: frame 'posemo': pattern ':)' has no words and never matches"]
    m = FrameMatcher(lex)
    assert [(h.frame, h.matched) for h in m.match("I don't like cafés but friends, yes")] == [
        ("negemo", "don't like"), ("social", "don't like"), ("posemo", "cafés"),
        ("posemo", "friends"), ("social", "friends")]
    assert m.match("hat hated") == [m.match("hated")[0].__class__("negemo", "hate*", 4, 9, "hated", 1.0)]


def test_liwc_space_separated_lines_and_crlf():
    lex = parse_dic(b"%\r\n1 a\r\n2 b\r\n%\r\nkind of 1 2\r\nwar 2\r\n", "x.dic")
    assert memberships(lex) == {("1", "a"): ["kind of"], ("2", "b"): ["kind of", "war"]}


@pytest.mark.parametrize("data,line,message", [
    (b"%\n1\ta\n%\nwar\t3\n", 4, "undefined category 3"),
    (b"%\n1\ta\n%\nlike\t(02 134)125/464\n", 4, "unsupported category reference"),
    (b"1\ta\nwar\t1\n", 1, "two '%' lines"),
])
def test_liwc_errors_name_the_line(data, line, message):
    with pytest.raises(NarrativeError, match=message) as err:
        parse_dic(data, "bad.dic")
    assert err.value.line == line


def test_dic_yaml_dic_round_trip_is_lossless(tmp_path, capsys):
    (tmp_path / "in.dic").write_bytes(LIWC)
    assert main(["lexicon", "convert", str(tmp_path / "in.dic"), str(tmp_path / "mid.yaml")]) == 0
    yaml_text = (tmp_path / "mid.yaml").read_text(encoding="utf-8")
    assert "liwc_id: '01'" in yaml_text and "stem: false" in yaml_text
    assert main(["lexicon", "convert", str(tmp_path / "mid.yaml"), str(tmp_path / "out.dic")]) == 0
    assert "not kept" not in capsys.readouterr().out
    original, back = load_lexicon(tmp_path / "in.dic"), load_lexicon(tmp_path / "out.dic")
    assert memberships(back) == memberships(original)
    assert (tmp_path / "out.dic").read_text(encoding="utf-8").splitlines()[:5] == [
        "%", "01\tposemo", "02\tnegemo", "10\tsocial", "%"]


def test_quanteda_nested_yaml(tmp_path):
    path = tmp_path / "dict.yml"
    path.write_text("war:\n  ground: [tank*, infantry]\n  air:\n    - jet*\n    - air strike\npeace: truce\n")
    lex = load_lexicon(path)
    assert [(f.id, [p.text for p in f.patterns]) for f in lex.frames] == [
        ("war.ground", ["tank*", "infantry"]), ("war.air", ["jet*", "air strike"]), ("peace", ["truce"])]
    assert [h.frame for h in FrameMatcher(lex).match("Tanks, an air strike and a truce")] == [
        "war.ground", "war.air", "peace"]


def test_quanteda_error_has_line(tmp_path):
    path = tmp_path / "dict.yml"
    path.write_text("war:\n  - tank\n  - {a: 1}\n")
    with pytest.raises(NarrativeError) as err:
        load_lexicon(path)
    assert (err.value.path, err.value.line) == (str(path), 3)


def test_dicx_round_trip(tmp_path, capsys):
    src = tmp_path / "in.dicx"
    src.write_text("DicTerm,war,peace,mixed\nfight*,X,,X\ntruce,,X,\ncease fire,,2,X\n", encoding="utf-8")
    lex = load_lexicon(src)
    assert [(f.id, [(p.text, p.weight) for p in f.patterns]) for f in lex.frames] == [
        ("war", [("fight*", 1.0)]), ("peace", [("truce", 1.0), ("cease fire", 2.0)]),
        ("mixed", [("fight*", 1.0), ("cease fire", 1.0)])]
    assert main(["lexicon", "convert", str(src), str(tmp_path / "mid.yaml")]) == 0
    assert main(["lexicon", "convert", str(tmp_path / "mid.yaml"), str(tmp_path / "out.dicx")]) == 0
    assert (tmp_path / "out.dicx").read_text(encoding="utf-8") == src.read_text(encoding="utf-8")


def test_dicx_bad_cell_names_line(tmp_path):
    path = tmp_path / "bad.dicx"
    path.write_text("DicTerm,war\nfight,X\ntank,maybe\n")
    with pytest.raises(NarrativeError, match="cell 'maybe'") as err:
        load_lexicon(path)
    assert err.value.line == 3


def test_native_to_dic_reports_what_is_lost(tmp_path, capsys):
    src = tmp_path / "n.yaml"
    src.write_text("frames:\n  - id: a\n    patterns: [{pattern: x, weight: 2}]\n    exclude: [y]\n")
    assert main(["lexicon", "convert", str(src), str(tmp_path / "n.dic")]) == 0
    out = capsys.readouterr().out
    assert "pattern weights are not kept" in out and "exclusions are not kept" in out
    assert (tmp_path / "n.dic").read_text() == "%\n1\ta\n%\nx\t1\n"
