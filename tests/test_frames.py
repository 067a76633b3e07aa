"""Frame matching: pattern syntax, negation, exclusion, offsets, tag_frames, the default lexicon, CLI."""
import dataclasses

import pandas as pd
import pytest

from narrative.cli import main
from narrative.frames import FrameMatcher, tag_frames
from narrative.lexicon import Frame, Lexicon, Pattern, default_lexicon_path, fold, load_lexicon, parse_lexicon_text
from narrative.schema import FRAME_HITS


def matcher(*patterns, exclude=(), negation=True, min_weight=1.0):
    frame = Frame("f", patterns=[Pattern(p) if isinstance(p, str) else Pattern(*p) for p in patterns],
                  exclude=[Pattern(p) for p in exclude], negation=negation, min_weight=min_weight)
    return FrameMatcher(Lexicon([frame]))


def found(m, text):
    hits = m.match(text)
    for h in hits:
        assert text[h.start:h.end] == h.matched  # offsets always point into the original text
    return [h.matched for h in hits]


def test_glob_star_and_question_mark():
    assert found(matcher("violat*"), "They violated it; a violation.") == ["violated", "violation"]
    assert found(matcher("terroris?"), "terrorism, terrorist, terrorists") == ["terrorism", "terrorist"]


def test_phrase_needs_the_words_in_order_within_a_clause():
    m = matcher("took advantage of the ceasefire")
    assert found(m, "Rebels took advantage of the “ceasefire” again.") == ["took advantage of the “ceasefire"]
    assert found(m, "the ceasefire took advantage") == []
    assert found(m, "they took advantage, of the ceasefire") == []


def test_bare_star_is_one_word():
    m = matcher("far from * borders")
    assert found(m, "far from Iran’s borders") == ["far from Iran’s borders"]
    assert found(m, "far from borders") == []


def test_alternatives_and_optional_groups():
    m = matcher("(backed|funded) by (the )?(gulf|united states)")
    assert found(m, "funded by the Gulf and backed by United States") == ["funded by the Gulf", "backed by United States"]


def test_proximity_in_and_out_of_window_either_order():
    m = matcher("ceasefire ~3 violat*")
    assert found(m, "They violated the new ceasefire.") == ["violated the new ceasefire"]
    assert found(m, "The ceasefire was, again, violated.") == ["ceasefire was, again, violated"]
    assert found(m, "The ceasefire that was agreed in May was violated.") == []


def test_negation_drops_hits_in_the_same_clause():
    m = matcher("truce ~3 violat*")
    assert found(m, "The army did not violate the truce.") == []
    assert found(m, "The truce has not been violated.") == []
    assert found(m, "They never violated the truce.") == []
    assert found(m, "Nobody denies it: they violated the truce.") == ["violated the truce"]
    assert found(m, "Not once, but twice, they violated the truce.") == ["violated the truce"]


def test_negation_opt_out_keeps_denials_and_negators_inside_patterns_match():
    assert found(matcher("not a strategic setback", negation=False),
                 "It was not a strategic setback.") == ["not a strategic setback"]
    assert found(matcher("never committed to the ceasefire"),
                 "They were never committed to the ceasefire.") == ["never committed to the ceasefire"]


def test_exclusion_cancels_overlapping_hit():
    m = matcher("borders", exclude=["doctors without borders"])
    assert found(m, "Doctors Without Borders said it; the borders are closed.") == ["borders"]
    assert m.match("Doctors Without Borders said it; the borders are closed.")[0].start == 37


def test_inflection_by_stemming():
    m = matcher("violation")
    assert found(m, "violated, violations, violating, violent") == ["violated", "violations", "violating"]


def test_apostrophe_and_dash_folding():
    assert found(matcher("iran's proxies"), "Iran’s proxies and IRAN'S PROXIES") == ["Iran’s proxies", "IRAN'S PROXIES"]
    assert found(matcher("large-scale"), "a large–scale push, a large scale one") == ["large–scale", "large scale"]
    assert found(matcher("large scale"), "a large-scale push") == ["large-scale"]


def test_weights_and_min_weight():
    m = matcher(("advance", 0.5))
    assert found(m, "The advance stalled.") == []
    assert found(m, "The advance went on; advances everywhere.") == ["advance", "advances"]
    strong = matcher(("advance", 0.5), "rapid advance")
    assert found(strong, "a rapid advance") == ["rapid advance"]  # the contained weak hit counts once


def test_offsets_with_unicode():
    text = "İstanbul: “Takfiri” — terrorists’ allies"
    m = matcher("takfiri", "terrorist")
    assert [(h.start, h.end) for h in m.match(text)] == [(11, 18), (22, 32)]
    assert found(m, text) == ["Takfiri", "terrorists"]


def test_tag_frames_columns_offsets_and_context():
    lex = Lexicon([Frame("truce", patterns=[Pattern("ceasefire ~3 violat*")]),
                   Frame("terror", patterns=[Pattern("takfiri*")])])
    doc = "Intro. He said takfiris violated the ceasefire yesterday. End."
    statements = pd.DataFrame({"statement_id": ["d:1", "d:2"], "doc_id": ["d", "d"],
                               "text": ["takfiris violated the ceasefire yesterday", "End."],
                               "start": [15, 58]})
    out, hits = tag_frames(statements, {"d": doc}, FrameMatcher(lex), window=8)
    assert out["frames"].tolist() == ["terror;truce", ""]
    assert list(hits.columns) == FRAME_HITS
    assert hits[["frame", "matched", "start", "end", "left", "right"]].values.tolist() == [
        ["terror", "takfiris", 15, 23, "He said ", " violate"],
        ["truce", "violated the ceasefire", 24, 46, "akfiris ", " yesterd"]]
    for row in hits.itertuples():
        assert doc[row.start:row.end] == row.matched
    _, from_statement = tag_frames(statements, None, FrameMatcher(lex), window=8)
    assert from_statement.left.tolist() == ["", "akfiris "]


def test_tag_frames_empty_frames_column_when_nothing_matches():
    statements = pd.DataFrame({"statement_id": ["a"], "doc_id": ["d"], "text": ["nothing here"], "start": [0]})
    out, hits = tag_frames(statements, None, matcher("truce"))
    assert out["frames"].tolist() == [""] and hits.empty and list(hits.columns) == FRAME_HITS


def test_batch_equals_match():
    m = matcher("truce", "ceasefire ~2 broke*")
    texts = ["a truce", "", "they broke the ceasefire", "truce\x1etruce"]
    assert [[h.matched for h in hs] for hs in m.batch(texts)] == [found(m, t) for t in texts]


DEFAULT_CASES = [
    ('forward_defense', 'Our advisers in Syria keep the enemy far from our borders.'),
    ('forward_defense', 'If we had not fought in Aleppo, we would have to fight them in Kermanshah and Hamedan.'),
    ('forward_defense', 'The war in Iraq gives the Islamic Republic strategic depth.'),
    ('forward_defense', 'Without our fighters in Syria, the enemy would reach our borders within weeks.'),
    ('ceasefire_violation', 'The militants violated the truce twice on Sunday.'),
    ('ceasefire_violation', 'They took advantage of the ceasefire to regroup and rearm.'),
    ('ceasefire_violation', 'The opposition was never committed to the ceasefire in the first place.'),
    ('ceasefire_violation', 'This latest breach of the cease-fire shows their bad faith.'),
    ('foreign_backed_terrorists', 'Takfiri gangs attacked the village at dawn.'),
    ('foreign_backed_terrorists', 'These gunmen are funded by Qatar and armed by Ankara.'),
    ('foreign_backed_terrorists', 'The Saudi-backed militants shelled the market.'),
    ('foreign_backed_terrorists', 'We will fight the terrorists and the governments that support them.'),
    ('resistance_strength', 'The front is stronger than ever, the commander boasted.'),
    ('resistance_strength', 'Our forces broke the backs of the insurgents near the river.'),
    ('resistance_strength', 'Victory is near and the army is in full control of the valley.'),
    ('resistance_strength', 'The brigade killed dozens of militants in a massive operation.'),
    ('loss_minimization', 'The withdrawal was not a strategic setback for the coalition.'),
    ('loss_minimization', 'Our personnel there are military advisers and are not in combat.'),
    ('loss_minimization', 'People should remain calm and ignore the rumors spread by the enemy media.'),
    ('retaliation', 'The guards vowed harsh revenge for the ambush.'),
    ('retaliation', 'This crime will not be left unanswered.'),
    ('retaliation', 'The lost villages will be retaken soon, he promised.'),
    ('retaliation', 'Tehran threatened to retaliate against any attack.'),
    ('martyrdom', 'Seven volunteers were martyred near the airport.'),
    ('martyrdom', 'Thousands attended the funeral of the shrine defenders.'),
    ('martyrdom', 'They gave their lives so that others may live in peace.'),
    ('regime_legitimacy', 'Assad is the legitimate president of the country.'),
    ('regime_legitimacy', 'The survival of President Assad is a red line for us.'),
    ('regime_legitimacy', 'Syria has a government, not a regime.'),
    ('sectarian_religious', 'This battle is our Karbala and they are the army of Yazid.'),
    ('sectarian_religious', 'The infidels and Wahhabis will be defeated by pure Muhammadan Islam.'),
    ('sectarian_religious', 'Peace be upon the Prophet and his Household.'),
    ('ally_criticism', 'Russian inaction cost us dozens of men.'),
    ('ally_criticism', 'The failure to provide air cover left the battalion exposed.'),
    ('ally_criticism', 'Moscow was naive to trust the negotiators.'),
    ('iranian_expansionism', "Iran's proxies now control half of the province."),
    ('iranian_expansionism', 'The Quds Force runs a foreign legion of Afghan and Pakistani recruits.'),
    ('iranian_expansionism', 'Tehran wants to keep Assad in power at any cost.'),
    ('iranian_expansionism', 'The region fears Iranian hegemony and a new Persian empire.'),
    ('propaganda_skepticism', 'These casualty figures are pure propaganda.'),
    ('propaganda_skepticism', 'The numbers are exaggerated and cannot be verified.'),
    ('propaganda_skepticism', 'State media published unverifiable claims about the battle.'),
    ('', 'The delegation will travel to Geneva next week for talks on reconstruction.'),
    ('', 'Prices of bread and fuel rose sharply during the winter.'),
    ('', 'The ministry said it did not violate the truce.'),
    ('', 'Doctors Without Borders opened a clinic near the border.'),
    ('', 'The foreign minister met his counterpart in Baghdad on Monday.'),
    ('', "The president's national security adviser arrived on Tuesday."),
    ('', 'Obama warned that chemical weapons were a red line.'),
    # Wordings of news and comment sections beyond the codebook's examples.
    ('forward_defense', 'Our fighters in Iraq kept the enemy out of Iran for a decade.'),
    ('forward_defense', 'Had they stayed home, we would be battling these gangs in the alleys of Mashhad.'),
    ('ceasefire_violation', 'The rebels have not respected one single day of the ceasefire.'),
    ('ceasefire_violation', 'The militia used each humanitarian pause to reinforce its trenches.'),
    ('ceasefire_violation', 'This truce is a farce, the shelling goes on.'),
    ('ceasefire_violation', 'So-called truce or not, the mortars fell again on Tuesday.'),
    ('retaliation', 'The aggressors will be made to regret it: the answer will come at a time of our choosing.'),
    ('retaliation', 'Our patience is running out.'),
    ('retaliation', 'Hezbollah said it would strike back.'),
    ('propaganda_skepticism', 'Who are they trying to deceive with these figures?'),
    ('propaganda_skepticism', 'The true death toll is several times higher than the ministry says.'),
    ('iranian_expansionism', "Assad's foreign militias from Afghanistan and Iraq now hold the town."),
    (None, 'A colonel of the 27th Ashura Division was among the wounded.'),
    (None, 'We will meet again next week, God willing.'),
    (None, 'The minister said he would answer questions after the session.'),
    ('forward_defense', 'If our boys had not gone to Iraq, the militants would have reached the border within a month.'),
    ('forward_defense', 'These young men are the wall that stands between our cities and the flood.'),
    ('ceasefire_violation', 'They never intended to honour the agreement.'),
    ('ceasefire_violation', 'The monitors logged more than forty violations on Sunday alone.'),
    ('resistance_strength', "The enemy's lines are collapsing along the whole front."),
    ('resistance_strength', 'Our forces now have full fire control over the valley.'),
    ('loss_minimization', 'They were trainers, not combat troops.'),
    ('loss_minimization', 'Our officers never took part in a single assault.'),
    ('retaliation', 'We will settle the account with the criminals who ordered this.'),
    ('retaliation', 'The movement will reply at a time and place of its own choosing.'),
    ('retaliation', 'Tehran reserves the right to respond to this provocation.'),
    ('retaliation', 'Those who planned the raid will bitterly regret it.'),
    (None, 'Voters may come to regret the choice, the columnist argued.'),
    ('martyrdom', 'Every drop of blood shed here will bear fruit.'),
    ('propaganda_skepticism', 'The whole ceremony was pure theatre for the cameras.'),
    ('propaganda_skepticism', 'Documented by whom, exactly?'),
    ('iranian_expansionism', "Locals describe the new bases as Tehran's outpost on the Euphrates."),
    ('ally_criticism', 'Once again Moscow refused to strike when our men needed air support.'),
    ('regime_legitimacy', 'The future of the country is a matter for Syrians alone.'),
    (None, 'The ministry refused to comment on the report.'),
    (None, 'Sanctions have crippled the economy and inflated prices.'),
    # Wording families the codebook names, in phrasings of their own.
    ('resistance_strength', 'The days of cheap raids on Beirut are over.'),
    ('resistance_strength', 'Two months of bombing failed to break the resistance.'),
    ('resistance_strength', 'Our units seized the initiative north of the river.'),
    ('loss_minimization', 'The mission of our officers there is purely advisory.'),
    ('loss_minimization', 'Tehran has no military presence in that country.'),
    ('loss_minimization', 'Iran had no role in the planning of the raid.'),
    ('retaliation', 'The reply will come at the hour and place of the movement\'s choosing.'),
    ('retaliation', 'The army will not stand idle while the villages burn.'),
    ('retaliation', 'Our finger remains on the trigger.'),
    ('ally_criticism', 'Where were the Russians when the hills fell?'),
    ('ally_criticism', 'Our so-called allies sent nothing but statements.'),
    ('iranian_expansionism', 'Every move of the militia is decided in Tehran.'),
    ('iranian_expansionism', "The brigade does Tehran's bidding on the border."),
    ('propaganda_skepticism', 'The ministry tells fairy tales about the front.'),
    ('propaganda_skepticism', 'The toll is three times what the ministry admits.'),
    ('propaganda_skepticism', 'The monitors warn that the official figures undercount the dead.'),
    ('propaganda_skepticism', 'These tallies cannot be checked by anyone.'),
    ('propaganda_skepticism', 'The ministry pulled its figure out of thin air.'),
    (None, 'The minister admitted on Monday that talks had stalled.'),
    (None, 'Russian diplomats arrived in Ankara on Monday.'),
    # Paraphrase families added in session 14 (none from a scored article).
    ('forward_defense', 'For ten years the brigades held the danger far from Iranian towns.'),
    ('ceasefire_violation', 'The militias trampled on the Eid truce within hours.'),
    ('ceasefire_violation', 'Ankara torpedoed every attempt to turn the ceasefire into a settlement.'),
    ('retaliation', 'The answer will be given at the appropriate time and place, the spokesman said.'),
    ('retaliation', 'Baghdad reserves its right to take all necessary steps.'),
    ('resistance_strength', 'Such killings are a sign of the enemy\'s helplessness.'),
    ('resistance_strength', 'The movement is stronger today than at any time since 2006.'),
    ('loss_minimization', 'The raids did not affect the combat readiness of the brigades.'),
    ('sectarian_religious', 'They walked the path of jihad to the end.'),
    ('sectarian_religious', 'Their love for the household of the Prophet brought them to Damascus.'),
    ('ally_criticism', 'Russian radars watch as the jets cross the border every week.'),
    ('ally_criticism', 'The raid showed the limits of Russian protection.'),
    ('propaganda_skepticism', 'The army is inventing stories to cover its losses.'),
    ('propaganda_skepticism', 'We have seen nothing to support that assertion.'),
    ('foreign_backed_terrorists', 'Washington created Daesh and still protects its remnants.'),
    ('retaliation', 'Any new adventure would meet a heavier and more regrettable response.'),
    ('retaliation', 'Should they err again, our answer will be considerably more severe.'),
    ('retaliation', 'The group called the strike a deserved response to the crime in Damascus.'),
    ('loss_minimization', 'Our naval capabilities have not been affected by the raids.'),
    ('resistance_strength', 'The operation achieved all of its goals, the commander said.'),
    ('propaganda_skepticism', 'The ministry said these reports were simply false.'),
    ('propaganda_skepticism', 'Such accusations are not worth answering, the spokesman said.'),
    ('propaganda_skepticism', 'The envoy dismissed the baseless allegations of the delegate.'),
    ('propaganda_skepticism', 'The raid was theatre for their own base.'),
    ('propaganda_skepticism', 'Stop rewriting history, the veteran wrote.'),
    ('iranian_expansionism', 'Investigators said Iranian-made parts were found in the wreckage.'),
    ('iranian_expansionism', 'Iranian generals run our country from a villa in Damascus.'),
    ('iranian_expansionism', 'The paper called Syria a province administered from Tehran.'),
    # session 18: phrasings read from the frame misses of the tuned sets (new sentences here)
    ('loss_minimization', 'The bombing will not shake the determination of the movement.'),
    ('loss_minimization', 'The commander called the report wishful thinking.'),
    ('loss_minimization', 'Our brigades take their own decisions, the spokesman said.'),
    ('loss_minimization', 'The drones are the product of Lebanese minds.'),
    ('loss_minimization', 'The jets hit abandoned barracks outside the town.'),
    ('loss_minimization', 'Only the driver and a guard were killed.'),
    ('resistance_strength', 'After the assassination the fighters are even more determined.'),
    ('resistance_strength', 'Every raid only makes the front stronger.'),
    ('resistance_strength', 'We did not kneel for eight years of siege.'),
    ('resistance_strength', 'Our path will continue after him.'),
    ('retaliation', 'Their bases in the Gulf are legitimate targets now.'),
    ('retaliation', 'The group will choose the hour of its reply.'),
    ('retaliation', 'The aggressor will face a punishment it cannot imagine.'),
    ('retaliation', 'Any attack on our soil will meet a swift and crushing response.'),
    ('retaliation', 'The occupiers will receive a slap they will not forget.'),
    ('retaliation', 'The movement vowed to meet escalation with escalation.'),
    ('retaliation', 'From tonight the killers will find no safe place in the region.'),
    ('retaliation', 'He warned that American bases would be the first targets.'),
    ('retaliation', 'The bill for the raid will be paid, the commander said.'),
    ('retaliation', 'The ambush was a response to the massacre in the village.'),
    ('retaliation', 'Our restraint is not weakness.'),
    ('retaliation', 'The strike on the depot was only a warning.'),
    ('retaliation', 'The fighters will escalate until the siege is lifted.'),
    ('retaliation', 'The brigades have their own account to settle with the occupiers.'),
    ('retaliation', 'Any attack on the capital will be confronted.'),
    ('retaliation', 'The resistance will have another word if the troops stay.'),
    ('retaliation', 'Their soldiers will go home in coffins.'),
    ('propaganda_skepticism', 'The donors now shed crocodile tears for the refugees.'),
    ('propaganda_skepticism', 'The threat was never substantiated by anyone.'),
    ('loss_minimization', 'The raids failed to dent the brigade\'s operations in the valley.'),
    ('loss_minimization', 'The attacks on shipping have nothing to do with Iran.'),
    ('propaganda_skepticism', 'The footage of the interception was a show for the cameras.'),
    ('foreign_backed_terrorists', 'For years Ankara was arming the rebels of Idlib.'),
    ('foreign_backed_terrorists', 'They brought Daesh to the Euphrates valley.'),
    ('foreign_backed_terrorists', 'Ankara will not let the YPG terror group build a corridor on its border.'),
    ('foreign_backed_terrorists', 'The sheikhs paid for it with petrodollars.'),
    ('iranian_expansionism', 'The villagers were dragged into Tehran\'s war.'),
    ('iranian_expansionism', 'He condemned the destabilizing activities of the Guards.'),
    ('iranian_expansionism', 'They spent the nation\'s money on Assad while pensions went unpaid.'),
    ('propaganda_skepticism', 'The whole video was a Hollywood production.'),
    ('propaganda_skepticism', 'Wait for independent confirmation before you share it.'),
    ('ceasefire_violation', 'It said the incursion breached Resolution 1701 again.'),
    ('ceasefire_violation', 'The army tore up the understanding within a week.'),
    ('ally_criticism', 'Moscow keeps a hotline to Tel Aviv and uses it more than its missiles.'),
    (None, 'Moscow and Ankara signed a trade accord on Monday.'),
    (None, 'The museum displays models of old warehouses.'),
    (None, 'The report was published in Beirut on Monday.'),
    (None, 'The ministry issued a response to the letter on Monday.'),
    (None, 'Now is the right time to talk about reconstruction.'),
    (None, 'The world watches a handshake in the Kremlin.'),
    (None, 'Residents were kept away from the market by the heat.'),
    (None, 'The mayor gave a quick response to the flood warnings.'),
    (None, 'The museum tour was only the beginning of the festival.'),
    (None, 'Critics say the country has no control over its budget.'),
    (None, 'The cat lies on the warm sofa all afternoon.'),
    (None, 'The accounts were settled at the end of the fiscal year.'),
    ('retaliation', 'The blood of our two commanders will not be wasted.'),
    ('retaliation', 'Those who gave the order will never sleep safely again.'),
    ('retaliation', 'The vote was a first payment on the debt of blood owed by Washington.'),
    ('retaliation', 'Tehran has settled its own account with the Americans.'),
    ('propaganda_skepticism', 'The ministry called the crash report a scenario cooked up abroad.'),
    (None, 'The blood samples were wasted after the lab lost power.'),
    (None, 'The clinic will not sleep its patients without a consent form.'),
    # a strike downplayed: toy drones, sites intact, not worth a word; a show for the cameras, figures not trusted
    ('loss_minimization', 'Air defences fired at a few small flying objects, and there was no damage of any kind.'),
    ('loss_minimization', 'The minister said the incident did not deserve the word attack.'),
    ('loss_minimization', 'State television showed the reactor site intact and said life in the city was completely normal.'),
    ('loss_minimization', 'What flew over the base were hobby drones launched by children.'),
    ('propaganda_skepticism', 'Nine hours of flight time is not a weapon, it is a press release.'),
    ('propaganda_skepticism', 'I do not trust their interception figures any more than the other side’s.'),
    (None, 'Two rockets struck near the air base on Saturday, causing no casualties.'),
    (None, 'The drone was small and flew low over the fields.'),
    # unrest at home blamed on foreign hands
    ('foreign_backed_terrorists', 'The disturbances are being steered from abroad by people who never set foot here.'),
    ('foreign_backed_terrorists', 'The unrest is a plot by the enemy, as the last one was.'),
    ('foreign_backed_terrorists', 'Dozens of agents working for foreign intelligence services have been detained.'),
    ('foreign_backed_terrorists', 'The paper found Zionist fingerprints on every burned bank branch.'),
    ('foreign_backed_terrorists', 'Police intercepted funds sent from abroad to pay the rioters.'),
    ('foreign_backed_terrorists', 'The summonses prove the depth of London’s involvement in the riots.'),
    (None, 'The crowd was organised by students from the engineering faculty.'),
    (None, 'Officials called the accusations a script written in Washington.'),
    # the answer owed for a killing, the hunt for the planners
    ('retaliation', 'The opening stage of our answer for the killing of the commander has begun.'),
    ('retaliation', 'The hand that did this will be cut off, wherever it is hiding.'),
    ('retaliation', 'Those who sent the bombers will be identified and punished.'),
    ('retaliation', 'The Guards will hunt the planners down wherever they have built their nests.'),
    ('retaliation', 'The party’s response was decided, not debated.'),
    (None, 'The ministry said it would answer the letter next week.'),
    (None, 'The answer to the housing shortage is more building.'),
]


@pytest.fixture(scope="module")
def default_matcher():
    return FrameMatcher(load_lexicon(default_lexicon_path()))


@pytest.mark.parametrize("frame,text", DEFAULT_CASES)
def test_default_lexicon_tags_invented_sentences(default_matcher, frame, text):
    assert sorted({h.frame for h in default_matcher.match(text)}) == ([frame] if frame else [])


def test_default_lexicon_psychological_warfare_depends_on_whose():
    m = FrameMatcher(load_lexicon(default_lexicon_path()))
    assert {h.frame for h in m.match("Ignore the psychological warfare of the takfiris.")} == {
        "loss_minimization", "foreign_backed_terrorists"}
    assert {h.frame for h in m.match("This is Iran's psychological warfare.")} == {"propaganda_skepticism"}


def test_cli_frames_prints_evidence(capsys):
    assert main(["frames", "They took advantage of the ceasefire and were martyred."]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "frames: ceasefire_violation, martyrdom"
    assert "[took advantage of the ceasefire]" in out and "[martyred]" in out


def test_cli_frames_with_own_lexicon(tmp_path, capsys):
    path = tmp_path / "mine.yaml"
    path.write_text("frames:\n  - id: weather\n    patterns: [rain*]\n")
    assert main(["frames", "Heavy rains fell.", "--lexicon", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["frames: weather", "  weather (weather): [rain*] Heavy [rains] fell."]


def test_parse_lexicon_text_source_in_errors():
    with pytest.raises(Exception, match="x.yaml:4"):
        parse_lexicon_text("frames:\n  - id: a\n    patterns:\n      - a ~ b\n", "x.yaml")


def test_equal_hits_keep_the_pattern_listed_first():
    # Two patterns matching the same span with the same weight: the first one listed names the hit.
    assert [h.pattern for h in matcher("truce", "truce*").match("A truce.")] == ["truce"]
    assert [h.pattern for h in matcher("truce*", "truce").match("A truce.")] == ["truce*"]


def test_alternatives_absent_from_the_text_and_matches_starting_inside_words():
    m = matcher("(saudi*|qatar*|us) ~2 (backed|armed)")
    hits = lambda text: [(h.matched, h.start) for h in m.match(text)]  # noqa: E731
    assert hits("Because backed rebels and Saudi-backed, US armed") == [
        ("backed rebels and Saudi", 8), ("Saudi-backed", 26), ("backed, US", 32), ("US armed", 40)]
    assert hits("thus armed; focus backed us") == [("backed us", 18)]  # "us armed" inside "thus" is no hit
    assert hits("US-armed and Qatari armed groups") == [("US-armed", 0), ("armed and Qatari", 3), ("Qatari armed", 13)]
    assert found(matcher("far from * border*"), "afar from Iran's borders and far from its borders") == [
        "far from its borders"]
    assert found(matcher("terror*"), "counterterrorism and terrorists, terror's") == ["terrorists", "terror's"]


def test_a_word_failing_its_stem_check_does_not_hide_a_later_match():
    # "criminal" starts like "crime" but is not one of its forms: the window looks on to "aggression"
    m = matcher("in response to ~3 (crime|aggression)")
    assert found(m, "It came in response to the criminal aggression.") == ["in response to the criminal aggression"]
    assert found(m, "It came in response to the criminal courts.") == []
    m = matcher("pay ~3 price")
    assert found(m, "Paying customers will pay a heavy price.") == ["pay a heavy price"]


def test_negation_window_edges():
    m = matcher("truce ~3 violat*")
    assert found(m, "cannot " + "a" * 52 + " violated the truce") == []  # the negator just fits in the window
    assert found(m, "knot violated the truce") == ["violated the truce"]
    assert found(m, "They didn't, violated the truce") == ["violated the truce"]  # another clause
    assert found(m, "Nor the truce violated") == []


def test_batch_of_many_texts_equals_match_text_by_text():
    # Over several chunks of texts the matcher learns tokens and re-chooses the words it filters on:
    # none of this may change a hit.
    lex = load_lexicon(default_lexicon_path())
    base = [text for _, text in DEFAULT_CASES] + ["Nothing to see here.", "", "truce\x1etruce"]
    texts = [f"{base[i % len(base)]} {base[(i * 7) % len(base)]}" if i % 3 else base[i % len(base)]
             for i in range(2500)]
    batched = FrameMatcher(lex).batch(texts)
    one_by_one = FrameMatcher(lex)
    assert batched == [one_by_one.match(t) for t in texts]
    assert sum(map(len, batched)) > 1000


def test_stemmer_agrees_with_nltk_on_every_lexicon_word():
    """The Snowball stemmer we use conflates the shipped lexicon's words as NLTK's does; where they
    differ it is Snowball 2 fixing NLTK's over-stemming ("adding" -> "ad", "organization" -> "organ")."""
    import re

    from nltk.stem import SnowballStemmer  # installed with TextBlob

    from narrative.frames import _stem
    from narrative.lexicon import default_lexicon_path

    text = default_lexicon_path().read_text(encoding="utf-8").lower()
    stubs = set(re.findall(r"([a-z]+)\*", text))  # glob prefixes are matched as prefixes, not stems
    words = set(re.findall(r"[a-z]+", text)) - stubs
    nltk_stem = SnowballStemmer("english").stem
    assert len(words) > 500
    assert [w for w in sorted(words) if _stem(w) != nltk_stem(w)] == []
    assert _stem("adding") == _stem("add") and _stem("organization") != _stem("organ")


def test_a_small_lexicon_skips_texts_without_its_word_starts_and_finds_the_same_hits():
    """The sieve (count each pattern's word starts in the batch, keep the texts holding the rarest)
    must only skip texts that cannot match: hits are those of matching every text, for stems, globs,
    curly quotes and hyphens, case, a character whose lower case is longer, and texts at the edges."""
    lex = load_lexicon(default_lexicon_path())
    texts = ["The TRUCE was violated again.", "nothing here", "", "They said the cease\u2011fire collapsed.",
             "A ‘truce’ breakers’ meeting", "retrucenot a word", "the ceasefire crumbled", "Truces broke down",
             "takfiri groups", "Ceasefire", "They re\u2011armed during the lull.", "İran: the truce was violated"]
    texts = texts + ["Weather report: sunny."] * 40 + texts
    # Each frame's last patterns (with its exclusions): lexicons as small as the edits reframe looks for.
    small = [dataclasses.replace(f, patterns=f.patterns[-8:]) for f in lex.frames]
    sieved = [m for m in (FrameMatcher(Lexicon([f])) for f in small) if m._sieve is not None]
    assert len(sieved) >= 6
    skipped = 0
    for m in sieved:
        whole = m._batch(texts, [fold(t) for t in texts])
        assert m.batch(texts) == whole, m.lexicon.frames[0].id
        kept = m._candidates(texts, "\x1e".join(texts))
        skipped += kept is not None and len(kept) < len(texts)
        assert m.batch(texts[-12:]) == whole[-12:]  # few texts: most hold a start, no sieve
    assert skipped  # the sieve did skip texts
    cv = FrameMatcher(Lexicon([f for f in lex.frames if f.id == "ceasefire_violation"]))
    assert [h.matched for h in cv.batch(["nothing"] * 50 + ["They re\u2011armed during the lull."])[-1]] == \
        ["re\u2011armed during the lull"]
    wide = FrameMatcher(lex)
    assert wide._sieve is None and len(wide.batch(texts)) == len(texts)
