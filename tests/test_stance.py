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
    ("Observers logged violations of the truce by both sides.", ["ceasefire_violation"], 0),  # no one accused
    ("Figures from the Guard and the rebels alike are propaganda.", ["propaganda_skepticism"], 0),
    # an aggression is bad for the side that commits it: the words before it name that side
    ("Air defences repelled the Zionist aggression over Homs.", [], 1),
    ("Iranian aggression in the region must end.", [], -1),
    # a crime counts against whoever commits it
    ("the Israeli massacre of the families in the camp", [], 1),
    ("war crimes committed by Iranian-backed militias", [], -1),
    # how a side's own words name the other
    ("the raid was a blatant violation of Lebanon's sovereignty", [], 1),
    ("the Zionist regime will pay for this crime", [], 1),
    ("the Iranian regime arms every militia on our border", [], -1),
    ("the regime has bombed the market twice this week", [], -1),
])
def test_signs(axis, text, frames, sign):
    score, evidence = axis.score(text, frames)
    assert (score > 0.05) - (score < -0.05) == sign, evidence


def test_text_evidence_is_not_overridden_by_the_speaker():
    df = pd.DataFrame({"text": ["The rebels were routed."] * 2, "frames": ["", ""],
                       "speaker": ["Hossein Salami", "Free Syrian Army"]})
    out = score_stance(df)
    assert out["stance"].iloc[0] == out["stance"].iloc[1]


def _said(rows):
    """Statements (speaker, mention, role, cue, text, frames) of one invented document."""
    return pd.DataFrame([dict(doc_id="d1", speaker=s, speaker_mention=m, speaker_role=r, kind="indirect", cue=c,
                              text=t, frames=f) for s, m, r, c, t, f in rows])


def test_a_voiced_statement_without_evidence_leans_to_its_speakers_side():
    out = score_stance(_said([
        ("Reza Tavakoli", "Iranian Foreign Ministry spokesman Reza Tavakoli", "official", "said",
         "the attack on the consulate would not go unpunished", ""),
        ("Avi Levran", "Israel's defence minister Avi Levran", "official", "said",
         "we will act wherever the threat is found", ""),
        ("Avi Levran", "the Israeli minister", "official", "vowed", "to act against the convoys", ""),
        ("Amir_77", "Amir_77", "commenter", "", "We will see who laughs last.", ""),
        ("Marta Holm", "Marta Holm", "other", "said", "we will know more next week", ""),
    ]))
    signs = [(s > 0.05) - (s < -0.05) for s in out["stance"]]
    assert signs == [1, -1, -1, 0, 0], out["stance_evidence"].tolist()
    assert out["stance_evidence"].iloc[0] == "speaker +side"


def test_a_factual_report_gets_no_lean_from_its_speaker():
    out = score_stance(_said([
        ("Reza Tavakoli", "Iranian Foreign Ministry spokesman Reza Tavakoli", "official", "said",
         "four engineers were killed in the strike on the depot", ""),
        ("IRGC", "the IRGC", "official", "according to", "we lost two officers near the airport", ""),
    ]))
    assert out["stance"].tolist() == [0.0, 0.0]


def test_a_frame_voiced_for_the_speakers_own_side_follows_that_side():
    """"The other side broke the truce" and "our fist is strong" speak for the speaker's side."""
    text = "the mortar fire was a grave breach of the truce"
    out = score_stance(_said([
        ("Avi Levran", "Israeli defence minister Avi Levran", "official", "called", text, "ceasefire_violation"),
        ("Hassan Jaber", "Hezbollah lawmaker Hassan Jaber", "official", "called", text, "ceasefire_violation"),
        ("Avi Levran", "Israeli defence minister Avi Levran", "official", "said",
         "the army would answer with an iron fist", "resistance_strength"),
        ("Marta Holm", "Marta Holm", "other", "said", text, "ceasefire_violation"),
    ]))
    signs = [(s > 0.05) - (s < -0.05) for s in out["stance"]]
    assert signs == [-1, 1, -1, 1], out["stance_evidence"].tolist()  # an unknown speaker keeps the frame's sign


def test_the_document_tells_a_speakers_side_where_their_mention_does_not():
    text = ("The council met on Tuesday. Israel's ambassador, Avi Levran, showed a map of the bases. "
            "Speaking after the session in Tehran, Marta Holm said the talks were useful.")
    df = _said([("Avi Levran", "Levran", "official", "said", "we will not allow it", ""),
                ("Marta Holm", "Marta Holm", "other", "said", "we will not give up on talks", "")])
    out = score_stance(df, doc_texts={"d1": text})
    assert out["stance"].iloc[0] < 0  # the appositive names him
    assert out["stance"].iloc[1] == 0  # a place before the comma is no title
    assert score_stance(df)["stance"].iloc[0] == 0  # without the document: unknown


def test_appositives_after_a_name_describe_the_speaker():
    from narrative.stance import default_targets, descriptions

    sides = default_targets()[0].speakers
    text = ("Brigadier General Karim Yazdi, who heads the IRGC's training mission in Syria, spoke on Monday. "
            "Nour Saleh, a member of the Houthis' political bureau, spoke too. "
            "Dana Weiss, who accused Iran of lying, and Omar Haddad, for the first time, spoke.")
    assert sides.side(descriptions(text, ["Karim Yazdi"])) == 1
    assert sides.side(descriptions(text, ["Nour Saleh"])) == 1
    assert descriptions(text, ["Dana Weiss"]) == []  # what a speaker did is not who they are
    assert descriptions(text, ["Omar Haddad"]) == []


def test_the_sentence_before_a_name_does_not_describe_it():
    """"... recruits Afghans in Iran. Lena Moradi, a researcher ...": "Iran." ends another sentence and
    does not put her on Iran's side; "IRGC commander Maj. Gen." before a name still does."""
    from narrative.stance import default_targets, descriptions

    sides = default_targets()[0].speakers
    text = ("A rights group has studied how the brigade recruits Afghans in Iran. Lena Moradi, a researcher at "
            "the group, spoke to us. The speech by IRGC commander Maj. Gen. Karim Yazdi followed.")
    assert descriptions(text, ["Lena Moradi"]) == ["a researcher at the group"]
    assert sides.side(descriptions(text, ["Lena Moradi"])) == 0
    assert sides.side(descriptions(text, ["Karim Yazdi"])) == 1


def test_former_officials_and_dissenters():
    from narrative.stance import default_targets

    sides = default_targets()[0].speakers
    assert sides.side(["a former Guard commander"]) == 0
    assert sides.side(["a former Israeli military intelligence officer"]) == -1
    assert sides.side(["an exiled Iranian journalist"]) == -1
    assert sides.side(["the reformist daily"]) == -1
    assert sides.side(["Hezbollah lawmaker"]) == 1


# A user's lexicon with a target of its own: the ceasefire.
TRUCE_LEXICON = """
frames:
  - id: truce_talk
    label: Truce talk
    patterns: [truce]
targets:
  - id: ceasefire
    label: The ceasefire
    names: [ceasefire, truce]
"""


def test_user_target_from_a_lexicon():
    lex = parse_lexicon_text(TRUCE_LEXICON + "    events: {good: [holding], bad: [collapse*]}\n")
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


def test_a_commenter_mocking_a_claim_in_quotation_marks_counts_against_the_target():
    df = pd.DataFrame({"text": ["Another “victory” for the Guard: forty coffins and the same hill lost again.",
                                "Another victory for the Guard: the hill is ours again.",
                                "the Guard had won “a great victory” on the hill"],
                       "frames": ["resistance_strength"] * 3, "kind": ["comment", "comment", "partial"]})
    out = score_stance(df)
    assert out["stance"].iloc[0] < 0 and out["stance_evidence"].iloc[0].startswith("mocks “victory”")
    assert out["stance"].iloc[1] > 0  # no quotation marks: the commenter's own claim
    assert out["stance"].iloc[2] > 0  # in reported speech the quotation marks hold the speaker's words


def test_a_claim_mocked_in_single_quotation_marks_or_a_promised_revenge_counts_against_the_target():
    """Single quotes mock too (curly, or straight ones that are not apostrophes), and so does a
    promised “revenge” quoted back at the side that promised it."""
    df = pd.DataFrame({"text": ["So that is what a ‘shrine defender’ earns: a poster and a pension that never comes.",
                                "Each time the Guards bury a few 'advisers' and talk of a plot.",
                                "Three years on, the “crushing revenge” is still a mural in Palestine Square.",
                                "The Guards' advisers came home as martyrs, and the city mourned them."],
                       "frames": ["martyrdom", "loss_minimization", "retaliation", "martyrdom"],
                       "kind": ["direct", "comment", "comment", "comment"]})
    out = score_stance(df)
    assert out["stance_evidence"].iloc[0].startswith("mocks “defender”") and out["stance"].iloc[0] < 0
    assert out["stance_evidence"].iloc[1].startswith("mocks “advisers”") and out["stance"].iloc[1] < 0
    assert out["stance_evidence"].iloc[2].startswith("mocks “revenge”") and out["stance"].iloc[2] < 0
    assert "mocks" not in out["stance_evidence"].iloc[3] and out["stance"].iloc[3] > 0  # an apostrophe

def test_an_unowned_event_belongs_to_the_side_the_speaker_is_against_or_for():
    text = "the strikes will grow more painful as long as the aggression continues"
    out = score_stance(_said([
        ("Reza Tavakoli", "Iranian Foreign Ministry spokesman Reza Tavakoli", "official", "said", text, ""),
        ("Avi Levran", "Israeli defence minister Avi Levran", "official", "said", text, ""),
        ("Marta Holm", "Marta Holm", "other", "said", text, ""),
    ]))
    signs = [(s > 0.05) - (s < -0.05) for s in out["stance"]]
    assert signs == [1, -1, -1], out["stance_evidence"].tolist()  # unknown speaker: the target's, as before


def test_tone_counts_only_where_a_target_weighs_it():
    body = TRUCE_LEXICON
    df = pd.DataFrame({"text": ["The truce is a wonderful and brilliant achievement."], "frames": [""]})
    assert score_stance(df, parse_lexicon_text(body))["stance"].iloc[0] > 0  # 0.5 unless set
    assert score_stance(df, parse_lexicon_text(body + "    tone: 0\n"))["stance"].iloc[0] == 0
    shipped = pd.DataFrame({"text": ["Iran's cooperation with its neighbours is at a wonderful level."],
                            "frames": [""]})
    assert score_stance(shipped)["stance"].iloc[0] == 0  # the shipped target: sentiment is not stance


def test_the_enemy_is_the_speakers_enemy():
    text = "the enemy has learned nothing from its last defeat"
    out = score_stance(_said([
        ("Avi Levran", "Israeli defence minister Avi Levran", "official", "said", text, ""),
        ("Reza Tavakoli", "Iranian Foreign Ministry spokesman Reza Tavakoli", "official", "said", text, ""),
        ("Amir_77", "Amir_77", "commenter", "", "The enemy wants us divided.", ""),
    ]))
    signs = [(s > 0.05) - (s < -0.05) for s in out["stance"]]
    assert signs == [-1, 1, 1], out["stance_evidence"].tolist()  # unknown: the axis's word, mostly


def test_a_side_that_ended_no_longer_leans():
    """Syria's government spoke for the axis until it fell (8 December 2024), not after."""
    rows = [dict(doc_id=d, speaker="Syria's foreign minister", speaker_mention="Syria's foreign minister",
                 speaker_role="official", kind="indirect", cue="said", date=date, frames="",
                 text="we will not allow foreign forces to remain on our soil")
            for d, date in (("old", "2018-03-01"), ("new", "2025-03-01"), ("undated", ""))]
    out = score_stance(pd.DataFrame(rows))
    assert out["stance"].iloc[0] > 0 and out["stance"].iloc[1] == 0 and out["stance"].iloc[2] > 0


def test_an_event_that_befalls_a_side_is_the_other_sides():
    """"aggression against the Islamic Republic" is the aggressor's, not Iran's; "against us" is the
    speaker's opponents' (the target's when the speaker's side is unknown, as "the enemy" is)."""
    df = pd.DataFrame({"text": ["Any aggression against the Islamic Republic would be a grave mistake.",
                                "Any aggression against us will meet our answer.",
                                "Iranian aggression against its neighbours has to stop.",
                                "The army won a victory over the rebels near Hama."],
                       "frames": "", "kind": "direct"})
    out = score_stance(df)
    assert list(out["stance"] > 0) == [True, True, False, True], out["stance_evidence"].tolist()
    assert out["stance"].iloc[2] < 0


def test_members_of_the_us_congress_are_against_the_axis():
    """A hearing's senators and congressmen speak for the US side: "Senator Reed", "Congresswoman X"."""
    from narrative.stance import default_targets

    sides = default_targets()[0].speakers
    assert sides.side(["Senator Reed"]) == -1
    assert sides.side(["Congresswoman Ilhan Varga"]) == -1
