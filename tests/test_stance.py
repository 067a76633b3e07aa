"""Stance scores from the statement's own words: frames, events by side, fixed cues, negation, tone."""
import pandas as pd
import pytest

from narrative.lexicon import parse_lexicon_text
from narrative.stance import default_targets, score_stance


@pytest.fixture(scope="module")
def axis():
    return default_targets()[0]


@pytest.mark.parametrize("text,frames,sign", [
    ("Victory is ours, the fighters of the resistance said.", [], 1),
    ("IRGC troops were routed near Aleppo.", [], -1),
    ("ISIL is now in disarray after the strikes.", [], 1),            # bad news for the opponents
    ("The fall of the town was not a strategic setback.", [], 0),     # negated: no evidence of a setback
    ("Moderate rebel factions should be given MANPADS.", [], -1),    # arming the opposition, whoever is named
    ("The army took revenge on the terrorists.", ["retaliation", "foreign_backed_terrorists"], 1),
    ("Iran's proxies keep Assad in power at any cost.", ["iranian_expansionism"], -1),
    ("Thanks for the detailed report.", [], 0),
    # accusing frames count against the side the statement names
    ("Hezbollah fighters broke the truce again last night.", ["ceasefire_violation"], -1),
    ("The regime's gunners violated the ceasefire within hours.", ["ceasefire_violation"], -1),
    ("The rebels broke the truce again last night.", ["ceasefire_violation"], 1),
    ("Tehran considers the raid a grave breach of the truce.", ["ceasefire_violation"], 1),  # Tehran accuses
    ("The casualty figures from the Saudi channels are pure propaganda.", ["propaganda_skepticism"], 1),
    ("The Guard's casualty figures are pure propaganda.", ["propaganda_skepticism"], -1),
    # an aggression is bad for the side that commits it: the words before it name that side
    ("Air defences repelled the Zionist aggression over Homs.", [], 1),
    ("Iranian aggression in the region must end.", [], -1),
])
def test_signs(axis, text, frames, sign):
    score, evidence = axis.score(text, frames)
    assert (score > 0.05) - (score < -0.05) == sign, evidence


def test_no_speaker_information_is_used():
    df = pd.DataFrame({"text": ["The rebels were routed."] * 2, "frames": ["", ""],
                       "speaker": ["Hossein Salami", "Free Syrian Army"]})
    out = score_stance(df)
    assert out["stance"].iloc[0] == out["stance"].iloc[1]


def test_user_target_from_a_lexicon():
    lex = parse_lexicon_text("""
frames:
  - id: truce_talk
    label: Truce talk
    patterns: [truce]
targets:
  - id: ceasefire
    label: The ceasefire
    names: [ceasefire, truce]
    events: {good: [holding], bad: [collapse*]}
""")
    df = pd.DataFrame({"text": ["The truce is holding.", "The ceasefire collapsed overnight."], "frames": ["", ""]})
    out = score_stance(df, lex)
    assert out["stance_ceasefire"].tolist()[0] > 0 > out["stance_ceasefire"].tolist()[1]
    assert out["stance"].tolist() == out["stance_ceasefire"].tolist()


def test_terms_word_prefilter_never_hides_a_match():
    from narrative.stance import Terms, Words

    terms = Terms(["terror*", "in disarray", "foreign-backed", "iran's", "u.s.-led", "*stan", "pro-assad*",
                   "on the run", "victor*"])
    texts = ["Terrorists fled; the rebels were IN  disarray.", "Iran's army, Foreign-Backed gangs",
             "the U.S.-led coalition", "Kurdistan and Pro-Assad forces", "They are on the\nrun", "victory!",
             "foreign backed", "irans", "in the disarray", "counter-terrorism", "Victor’s gains"]
    for text in texts:
        expected = [m.group(0) for m in terms.regex.finditer(text)]
        assert [m.group(0) for m in terms.finditer(text, Words(text))] == expected, text
    assert terms.always  # "*stan" has no literal start: always tried
    assert not Terms(["in disarray"]).possible(Words("in the north"))  # keyed on its rarer word


def test_gate_and_remembered_vocabulary_never_rule_out_a_match(monkeypatch):
    """``possible`` learns which words start with a glob's prefix; whatever it remembers (or forgets
    when the vocabulary grows past its cap), a text it rules out has no match, and a gate over
    several term lists answers for all of them."""
    from narrative.stance import Terms, Words

    monkeypatch.setattr(Terms, "MAX_VOCABULARY", 5)
    lists = [Terms(["liberat*", "strategic setback"]), Terms(["humiliat*", "red line"]), Terms(["massacre*"])]
    gate = Terms.gate(lists)
    texts = ["The liberation of Aleppo", "a humiliating retreat", "no match in this one at all",
             "Liberated towns and a red line", "massacres were reported", "the setback was strategic",
             "a strategic  setback", "LIBERATORS", "the liberal press", "humility", "Aleppo liberation"] * 3
    for text in texts:
        words = Words(text)
        found = [bool(t.regex.search(text)) for t in lists]
        for t, hit in zip(lists, found):
            assert t.possible(words) or not hit, text
        assert gate.possible(words) == any(t.possible(words) for t in lists), text
    assert not gate.possible(Words("the liberal press and humility"))  # prefixes need the whole glob start
    assert len(lists[0]._seen) <= 5 + len(Words(texts[-1]))  # the cap held


def test_whom_an_accusation_accuses_decides_its_sign():
    """"accused X of ...": the content opens with the accused; accusing the target's opponents
    leans toward the target, accusing the target against it, whoever accuses."""
    df = pd.DataFrame({"text": ["Washington of handing the rebels “a blank cheque”",
                                "Iranian-backed militias of shelling the clinic on Tuesday",
                                "Washington of handing the rebels “a blank cheque”",
                                "the weather of ruining the harvest"],
                       "cue": ["accused", "accused", "said", "blamed"], "frames": ""})
    out = score_stance(df)
    assert out["stance"].iloc[0] > 0 and "accuses opponents" in out["stance_evidence"].iloc[0]
    assert out["stance"].iloc[1] < 0 and "accuses target" in out["stance_evidence"].iloc[1]
    assert "accuses" not in out["stance_evidence"].iloc[2]  # no accusing cue
    assert "accuses" not in out["stance_evidence"].iloc[3]  # neither side accused
