"""Statement extraction on invented sentences: one phenomenon per case, exact speaker, kind and text."""
import pytest

from narrative.extract import Extractor
from narrative.segment import segment, segment_rows
from narrative.speakers import Registry


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def reported(ex, text, *fields, segments=None, date=""):
    """The statements ``ex`` finds in ``text`` (of ``date``) besides narration: dicts, or tuples of
    ``fields`` (the values themselves for one field)."""
    found = [s for s in ex.extract(text, segments, date=date) if s["kind"] != "narration"]
    if len(fields) == 1:
        return [s[fields[0]] for s in found]
    return [tuple(s[f] for f in fields) for s in found] if fields else found


def statements(ex, text, with_segments=False):
    segs = segment(text) if with_segments else None
    return reported(ex, text, "speaker", "kind", "text", segments=segs)


CASES = [
    # direct quote, speaker after the quote
    ("“We will not leave Aleppo,” Ali Shamkhani said on Tuesday.",
     [("Ali Shamkhani", "direct", "We will not leave Aleppo")]),
    # straight quotes, verb before speaker
    ('"The truce is dead," said Hossein Dehghan.',
     [("Hossein Dehghan", "direct", "The truce is dead")]),
    # colon introduction of a quote spanning two sentences
    ("Mohsen Rezaei told reporters: “The enemy will pay. Our answer will be harsh.”",
     [("Mohsen Rezaei", "direct", "The enemy will pay. Our answer will be harsh.")]),
    # partial quote mixed with paraphrase, title and rank before the name
    ("IRGC Deputy Commander Brigadier General Hossein Salami boasted that the offensive had “shattered” the rebels.",
     [("Hossein Salami", "partial", "the offensive had “shattered” the rebels")]),
    # indirect speech with addressee and date between cue and content
    ("Ali Akbar Velayati told Iranian media on May 3 that the coalition would prevail.",
     [("Ali Akbar Velayati", "indirect", "the coalition would prevail")]),
    # vowed to + participle clause kept with it
    ("Bashar al-Assad vowed to recapture every village, warning it could take years.",
     [("Bashar al-Assad", "indirect", "recapture every village, warning it could take years")]),
    # according to, with an appositive
    ("According to Mohammad Esmail Kowsari, a former Guard commander, four soldiers were captured near Hama.",
     [("Mohammad Esmail Kowsari", "indirect", "four soldiers were captured near Hama")]),
    # trailing according to
    ("The convoy was attacked near Palmyra, according to Tasnim.",
     [("Tasnim News Agency", "indirect", "The convoy was attacked near Palmyra")]),
    # headline attributed to an outlet
    ("Kayhan ran the headline “Victory at the gates of Deir ez-Zor” on Sunday.",
     [("Kayhan", "headline", "Victory at the gates of Deir ez-Zor")]),
    # op-ed in an outlet
    ("An op-ed in Fars News proclaimed that the truce only helped the terrorists.",
     [("Fars News Agency", "indirect", "the truce only helped the terrorists")]),
    # passive with agent
    ("Russia’s silence was sharply criticized by the reformist newspaper Etemad.",
     [("Etemad", "indirect", "Russia’s silence")]),
    # denial in a subordinate clause after another statement
    ("Rebels claimed they had captured two Iranians, though Hezbollah has denied that any of its men were taken.",
     [("Rebels", "indirect", "they had captured two Iranians"),
      ("Hezbollah", "indirect", "any of its men were taken")]),
    # two coordinated cues with one subject
    ("Judiciary chief Sadegh Larijani condemned “the cowardly attack” and promised that the culprits would be punished.",
     [("Sadegh Larijani", "direct", "the cowardly attack"),
      ("Sadegh Larijani", "indirect", "the culprits would be punished")]),
    # a possessive source runs to the comma and resolves to the registered body
    ("According to the Guard's public relations office, three advisers were killed near Hama.",
     [("Islamic Revolutionary Guard Corps (IRGC)", "indirect", "three advisers were killed near Hama")]),
    # a description with a named appositive: the named person speaks, with the body's role
    ("A spokesman for Harakat al Nujaba, Hashem al-Moussawi, told reporters that the road was cut.",
     [("Hashem al-Moussawi", "indirect", "the road was cut")]),
    # an addressee with a place before "that"
    ("Hossein Salami told mourners in Shiraz that the fallen had bought security for every city.",
     [("Hossein Salami", "indirect", "the fallen had bought security for every city")]),
    # a channel between the verb and "that"
    ("Militia fighters complained on Telegram that the jets never came.",
     [("Militia fighters", "indirect", "the jets never came")]),
    # a possessive office is its body
    ("The IRGC's public relations office announced that nine advisers had died.",
     [("Islamic Revolutionary Guard Corps (IRGC)", "indirect", "nine advisers had died")]),
    # "a count kept by X": X is the source
    ("According to a tally kept by the researcher Lina Saleh, 90 fighters died in May.",
     [("Lina Saleh", "indirect", "90 fighters died in May")]),
    # "an Instagram post" is a noun, not a speech verb
    ("Mohsen Rezaei wrote in an Instagram post that revenge would come.",
     [("Mohsen Rezaei", "indirect", "revenge would come")]),
    # the object of a preposition is never the speaker
    ("The death notices from Aleppo suggest that more Iranians are fighting.", []),
    # negated cue is no statement
    ("Officials did not say whether the commander had been killed.", []),
    # scare quotes by the author alone are no statement
    ("The Guard has sent more “advisers” to the front this spring.", []),
    # first-person author is narration
    ("I have argued before that the offensive will stall.", []),
    # a quote that never closes does not swallow the rest
    ("Jafari said the enemy “would be crushed. Later the army moved north. Nobody said anything else.",
     [("Mohammad Ali Jafari", "partial", "the enemy “would be crushed")]),
    # an estimate is a claim; "an estimated 300" is a number
    ("The Syrian Observatory estimated that 300 fighters had been killed near Aleppo.",
     [("Syrian Observatory for Human Rights", "indirect", "300 fighters had been killed near Aleppo")]),
    ("An estimated 300 fighters were killed near Aleppo last month.", []),
    # an adverbial opener ("Shortly after ...,") is no speaker
    ("Shortly after the vote, the Syrian embassy in Paris issued a statement calling the motion “a hostile farce.”",
     [("Syrian embassy in Paris", "partial", "the motion “a hostile farce.”")]),
    # a name that holds a preposition is one name, not a descriptor and a name
    ("The Coalition Against Cluster Munitions said in a tweet that the strikes were “a war crime.”",
     [("Coalition Against Cluster Munitions", "partial", "the strikes were “a war crime.”")]),
    # a party, an office noun and a name: the name speaks, in office
    ("Green backbencher Martin Ashby, a critic of arms sales, spoke last. He told MPs that the Guard had "
     "“defended Iraq when nobody else did.”",
     [("Martin Ashby", "partial", "the Guard had “defended Iraq when nobody else did.”")]),
    # a plural noun modifying the head ("customs officer")
    ("“Nobody opened those trucks,” said one Lebanese customs officer.",
     [("one Lebanese customs officer", "direct", "Nobody opened those trucks")]),
    # "the same report": the outlet just named
    ("Al-Mayadeen said the convoy had reached Deir ez-Zor. The same report says four trucks were hit.",
     [("Al Mayadeen", "indirect", "the convoy had reached Deir ez-Zor"),
      ("Al Mayadeen", "indirect", "four trucks were hit")]),
    # documents as the source of "according to"
    ("According to internal shipping records seen by the paper, most of the crates held drone parts.",
     [("internal shipping records", "indirect", "most of the crates held drone parts")]),
    # a plural person noun after a plain noun ("militia members"), two plain nouns before a descriptor
    ("Three former militia members told the paper that the depot belonged to the Guard.",
     [("Three former militia members", "indirect", "the depot belonged to the Guard")]),
    ("Asked about the letter, the border customs commission said in a statement that it “knew nothing” of it.",
     [("border customs commission", "partial", "it “knew nothing” of it")]),
    # a post-modifier between the subject and the verb
    ("A European diplomat familiar with the talks told the paper that the deal was “all but dead.”",
     [("European diplomat", "partial", "the deal was “all but dead.”")]),
    # "a senior officer I have known": a relative clause, and "he" is that officer, not "Plenty"
    ("Plenty of analysts read that as a retreat. A senior Jordanian officer I have known for years was blunter. "
     "“They are buying time,” he told me.",
     [("senior Jordanian officer", "direct", "They are buying time")]),
    # a possessive description as the antecedent of "he"
    ("The shipping firm’s former driver described the route in detail. “We drove at night,” he said.",
     [("shipping firm’s former driver", "indirect", "the route in detail"),
      ("shipping firm’s former driver", "direct", "We drove at night")]),
    # a reflexive between the verb and "that"
    ("The general said himself last month that “every village” would be retaken.",
     [("general", "partial", "“every village” would be retaken")]),
    # a channel named by "called" is the one "the channel" refers back to
    ('The video first ran on a Telegram channel called "Front Line Wire," which has 90,000 followers. '
     'The channel wrote that "the enemy jet was hit."',
     [("Front Line Wire", "direct", "the enemy jet was hit.")]),
    # a "not" inside a parenthetical before the verb does not negate it; one right before it does
    ("A retired officer, speaking on condition that he not be named, described the envoy as “a quartermaster.”",
     [("retired officer", "partial", "the envoy as “a quartermaster.”")]),
    ("The envoy did not, however, say when the convoy would leave.", []),
    # an adverb without -ly between the subject and the verb
    ("Syrian officials have always insisted that the advisers were “guests.”",
     [("Syrian officials", "partial", "the advisers were “guests.”")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_phenomena(ex, text, expected):
    assert statements(ex, text) == expected


def test_pronoun_resolves_to_previous_subject(ex):
    text = ("Supreme Leader Ali Khamenei met the families of the fallen on Monday. "
            "He said the fight keeps the enemy far from Iran’s borders.")
    assert statements(ex, text) == [("Ali Khamenei", "indirect", "the fight keeps the enemy far from Iran’s borders")]


def test_description_resolves_to_earlier_outlet(ex):
    text = ("Kayhan insinuated that Moscow had been naive. "
            "The newspaper stated that Tehran never trusted the truce.")
    assert statements(ex, text) == [
        ("Kayhan", "indirect", "Moscow had been naive"),
        ("Kayhan", "indirect", "Tehran never trusted the truce"),
    ]


def test_title_names_whoever_held_it_on_the_articles_date(ex):
    text = "The IRGC deputy commander said the losses were not a strategic setback."
    said = [(s["speaker"], s["speaker_role"]) for date in ("2016-02-13", "2021-03-01", "")
            for s in ex.extract(text, date=date) if s["kind"] != "narration"]
    # Undated, the title names no one in particular: it stays the speaker as written.
    assert said == [("Hossein Salami", "official"), ("Ali Fadavi", "official"), ("IRGC deputy commander", "official")]
    text = "Iran's foreign minister told reporters that the talks were over."
    assert [s["speaker"] for date in ("2016-05-01", "2022-01-10", "2025-03-01")
            for s in ex.extract(text, date=date) if s["kind"] != "narration"] == \
        ["Mohammad Javad Zarif", "Hossein Amir Abdollahian", "Abbas Araghchi"]


def test_unknown_speaker_keeps_name_and_guesses_role(ex):
    text = "Provincial governor Karim Haddad said the road to Homs had reopened."
    (st,) = reported(ex, text)
    assert (st["speaker"], st["speaker_role"]) == ("Karim Haddad", "official")
    text = "The reformist daily Hamavaz reported that two brigades had returned home."
    (st,) = reported(ex, text)
    assert (st["speaker"], st["speaker_role"]) == ("reformist daily Hamavaz", "outlet")


def test_comments_are_statements_of_their_commenters(ex):
    page = ("Iran’s losses mount\n\nBy Jane Roe\n\nThe Guard announced that five officers were killed.\n\n"
            "Tags: , ,\n\n  • Arash K. says:\n\n    Shrine defenders are heroes.\n\n    Rest in peace.\n\n"
            "  • Lena says:\n\n    Source?\n\nLeave a Reply\n")
    got = statements(ex, page, with_segments=True)
    assert got == [
        ("Islamic Revolutionary Guard Corps (IRGC)", "indirect", "five officers were killed"),
        ("Arash K.", "comment", "Shrine defenders are heroes.\n\n    Rest in peace."),
        ("Lena", "comment", "Source?"),
    ]


def test_offsets_point_at_the_text(ex):
    text = "Intro line.\n\nAli Shamkhani told a reporter that the assault was “a violation” of the truce."
    for st in ex.extract(text):
        assert text[st["start"]:st["end"]] == st["text"]


def test_narration_keeps_the_author_voice(ex):
    text = "The offensive stalled in May. Velayati said the front was stable."
    sts = ex.extract(text, narration_speaker="Jane Roe")
    assert [(s["kind"], s["speaker"]) for s in sts] == [("narration", "Jane Roe"), ("indirect", "Ali Akbar Velayati")]


def test_many_stray_quote_marks_do_not_crash_or_swallow(ex):
    text = ("He said “a " * 200) + "end. " + "Salami said the war was won."
    sts = [s for s in ex.extract(text) if s["speaker"] == "Hossein Salami"]
    assert [s["text"] for s in sts] == ["the war was won"]


def test_he_added_continues_the_last_speaker(ex):
    text = ("Ali Akbar Velayati told reporters that Qassem Soleimani was a symbol of resistance. "
            "He added: “Assad is the legitimate president of Syria.”")
    assert statements(ex, text)[-1] == ("Ali Akbar Velayati", "direct", "Assad is the legitimate president of Syria.")


def test_that_view_is_not_a_complementizer(ex):
    text = "Ali Shamkhani echoed that view a day later, saying that any solution must respect the Syrian people."
    assert statements(ex, text) == [("Ali Shamkhani", "indirect", "any solution must respect the Syrian people")]


def test_they_needs_a_plural_antecedent(ex):
    text = ("Soleimani’s photos serve three purposes: they warn the rebels that Iran will not leave.")
    assert [s[0] for s in statements(ex, text)] == []


def test_according_to_cut_off_before_its_comma_gives_no_statement():
    """A scraped page truncated mid-sentence ("According to Resala") must not crash extraction."""
    ex = Extractor()
    stmts = ex.extract("Title\n\nThe war goes on. According to Resala")
    assert [st["kind"] for st in stmts] == ["narration", "narration"]
    st = ex.extract("According to the ministry the attack was repelled by the army.")[0]
    assert st["speaker_role"] != "author" and st["text"] == "the attack was repelled by the army"


def test_registry_finds_the_longest_alias_that_ends_a_word_within_the_range():
    """Aliases are matched by one trie-shaped regex per first word; the range's end and word
    boundaries must still pick what a longest-first scan of the aliases would."""
    from narrative.speakers import Registry

    reg = Registry({"speakers": [
        {"name": "Ali Shamkhani", "role": "official", "aliases": ["Ali Shamkhani", "Ali", "Ali Sham"]},
        {"name": "Kayhan", "role": "outlet", "type": "outlet", "aliases": ["Kayhan", "Kayhan International"]},
        {"name": "State Department", "role": "official", "aliases": ["the State Department"]}]})

    def names(text, start=0, end=None):
        return [(text[a:b], sp.name) for a, b, sp in reg.find(text, start, end)]

    t = "Ali Shamkhani told Kayhan International and the State Department; Alice and Kayhan-TV did not."
    assert names(t) == [("Ali Shamkhani", "Ali Shamkhani"), ("Kayhan International", "Kayhan"),
                        ("the State Department", "State Department")]
    assert names(t, 0, 13) == [("Ali Shamkhani", "Ali Shamkhani")]
    # The range ends inside the longest alias: the longest one that fits and ends a word there.
    assert names(t, 0, 10) == [("Ali", "Ali Shamkhani")]
    assert names(t, 14, 30) == [("Kayhan", "Kayhan")]
    assert names("Ali Shamkhanis") == [("Ali", "Ali Shamkhani")]  # "Ali Sham" does not end a word
    assert names("Alice, Kayhan-TV, the state department") == []


def test_pronoun_skips_quotation_openers_and_function_words(ex):
    """'He' must not resolve to the first word of a quotation ("We ...") or of an adverbial
    opener ("In an interview ..."): neither names a speaker."""
    t = ("Sheikh Nabil Qaouk addressed mourners in Nabatieh. “We are committed to the truce,” he said. "
         "In a televised speech later that night, he vowed to “defend every village.” "
         "“There will be no second warning,” he told the crowd.")
    assert statements(ex, t) == [
        ("Nabil Qaouk", "direct", "We are committed to the truce"),
        ("Nabil Qaouk", "direct", "defend every village."),
        ("Nabil Qaouk", "direct", "There will be no second warning")]


def test_unregistered_people_get_roles_from_titles_appositives_and_earlier_mentions(ex):
    """Names outside the registry: abbreviated ranks make an official, an appositive names the
    role, a later bare surname or "Mr. X" is the person named in full before, and a named person
    with nothing known about them is 'other' (never 'unknown')."""
    t = ("Brig. Gen. Karim Tavakoli said the brigade had “held every position.” "
         "Mr. Tavakoli denied that any officer had been captured. "
         "“Nobody wants a new round,” said Leila Haddad, a senior fellow at the Beirut-based Issam Fares Institute. "
         "“Our think tank warned of this,” said Omar Suleiman, director of the think tank Sahel Analytics. "
         "“We buried four neighbours,” said Yusuf Karam, 61, a shopkeeper.")
    got = reported(ex, t, "speaker", "speaker_role")
    assert got == [("Karim Tavakoli", "official"), ("Karim Tavakoli", "official"),
                   ("Leila Haddad", "organization"), ("Omar Suleiman", "organization"), ("Yusuf Karam", "other")]


def test_organisation_name_with_of_is_not_title_plus_name():
    from narrative.speakers import Registry

    r = Registry.default().resolve("the Committee for Protection of Civilian Sites")
    assert r.name == "Committee for Protection of Civilian Sites"


def test_person_named_after_a_description_or_inside_a_body_mention(ex):
    """'The Basij commander, Gen. X, vowed': X speaks, with the rank dropped (and a later 'He' is X);
    'Hezbollah lawmaker X' and 'Russian Foreign Ministry spokeswoman X' are people; a country's
    ministry speaks as an official."""
    t = ("The Basij commander, Gen. Rahim Nowrouzi, vowed that the killers would “pay a heavy price.” "
         "He also warned the United States against any attempt to “exploit the situation.” "
         "Hezbollah lawmaker Ali Fayyad said the truce was “hanging by a thread.” "
         "Russian Foreign Ministry spokeswoman Irina Volkova said Ankara had broken its promise. "
         "Jordan's foreign ministry said the border crossing would stay closed. "
         "The army chief, Gen. Abdel Karim al-Tayeb, struck a defiant tone. “We will not negotiate,” he told troops.")
    got = reported(ex, t, "speaker", "speaker_role")
    assert got == [("Rahim Nowrouzi", "official"), ("Rahim Nowrouzi", "official"), ("Ali Fayyad", "official"),
                   ("Irina Volkova", "official"), ("Jordan's foreign ministry", "official"), ("Abdel Karim al-Tayeb", "official")]


@pytest.mark.parametrize("text, expected", [
    # a cue word modifying a noun is no verb; the real verb follows
    ("Syrian state media said Israeli jets fired six missiles at the airport.",
     [("Syrian state media", "indirect", "Israeli jets fired six missiles at the airport")]),
    # "said little about" reports nothing
    ("Moscow, for its part, has said little about the Iranian casualties.", []),
    # "said in a statement that": one statement, not a second one for the noun "statement that"
    ("The Sudanese army said in a statement that the militia had looted homes in Bahri.",
     [("Sudanese army", "indirect", "the militia had looted homes in Bahri")]),
    # a channel with more words before "that"
    ("Ayatollah Ali Khamenei said in a message of condolence to the families that “the criminals will be punished.”",
     [("Ali Khamenei", "direct", "the criminals will be punished.")]),
    # content opening with "at least"
    ("The Syrian Observatory for Human Rights said at least nine civilians were killed near Ariha.",
     [("Syrian Observatory for Human Rights", "indirect", "at least nine civilians were killed near Ariha")]),
    # "one woman" is a speaker
    ("“I thought the whole street had collapsed,” one woman told a reporter from the Al-Watan newspaper.",
     [("one woman", "direct", "I thought the whole street had collapsed")]),
    # a named registry person after a description speaks
    ("Iran’s supreme leader, Ayatollah Ali Khamenei, said the martyrs had “defended the shrine.”",
     [("Ali Khamenei", "partial", "the martyrs had “defended the shrine.”")]),
])
def test_false_and_missed_cue_contents(ex, text, expected):
    assert statements(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # wire style: the reporting clause after the content, with a trailing appositive or participle
    ("A drone strike on a car near Khiam killed three men on Monday, Lebanese security sources said, the second such strike this week.",
     [("Lebanese security sources", "official", "A drone strike on a car near Khiam killed three men on Monday")]),
    ("An Iranian adviser was killed near Saraqeb, the semi-official Tasnim news agency reported, without giving details.",
     [("semi-official Tasnim news agency", "outlet", "An Iranian adviser was killed near Saraqeb")]),
    # a quotation before the source, and a channel phrase after the verb that is no content
    ("“Armed groups shelled Aleppo 14 times,” the Russian Centre for Reconciliation said in a statement carried by TASS.",
     [("Russian Centre for Reconciliation", "official", "Armed groups shelled Aleppo 14 times")]),
    # an opener, not content
    ("Asked about the strike, the minister said nothing.", []),
])
def test_postposed_reporting_clause(ex, text, expected):
    got = reported(ex, text, "speaker", "speaker_role", "text")
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # unnamed sources: a parenthetical (with its own "because he ...") or an anonymity clause before the verb
    ("A Turkish official, speaking on condition of anonymity because he was not authorised to brief reporters, "
     "said Ankara would “respond in kind.”",
     [("Turkish official", "partial", "Ankara would “respond in kind.”")]),
    ("A senior army officer who spoke on condition of anonymity told Levant Wire the army had sent 900 more troops.",
     [("senior army officer", "indirect", "the army had sent 900 more troops")]),
    ("A former officer now living in Europe, who asked not to be named for fear of reprisals against his family, "
     "claimed the real toll was far higher.",
     [("former officer", "indirect", "the real toll was far higher")]),
    # "Name, description, who told X, description, that ..." and a second verb coordinated with it
    ("The only reaction came from Karim Jaberi, spokesman of the parliament’s security committee, who told ICANA, "
     "the parliament’s news agency, that Iran had “not been consulted” and warned that the pause would be exploited.",
     [("Karim Jaberi", "partial", "Iran had “not been consulted”"),
      ("Karim Jaberi", "indirect", "the pause would be exploited")]),
    # coordinated verbs whose first content stops before them: a headline, a cut-off clause, "but said"
    ("Kayhan ran the headline “Another truce, another gift to the takfiris” and accused “naive friends” of repeating old mistakes.",
     [("Kayhan", "headline", "Another truce, another gift to the takfiris"),
      ("Kayhan", "partial", "“naive friends” of repeating old mistakes")]),
    ("Ali Shamkhani said the rebels had fired dozens of rockets since the truce began and called on Moscow to resume air strikes.",
     [("Ali Shamkhani", "indirect", "the rebels had fired dozens of rockets since the truce began"),
      ("Ali Shamkhani", "indirect", "Moscow to resume air strikes")]),
])
def test_subjects_across_parentheticals_and_coordinated_verbs(ex, text, expected):
    assert statements(ex, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "called X “...”" is speech with a quotation, naming or summoning without one is not
    ("President Hassan Rouhani called the attack “a cowardly crime” and said it “will not go unanswered.”",
     [("Hassan Rouhani", "partial", "the attack “a cowardly crime”"),
      ("Hassan Rouhani", "partial", "it “will not go unanswered.”")]),
    ("Hezbollah called up its reserves on Monday and called a meeting of its council.", []),
    # "The statement ..." speaks for whoever issued the statement just reported
    ("In a statement read on state television, the IRGC said two colonels were among the dead. "
     "The statement called them “martyrs of the shrine.”",
     [("Islamic Revolutionary Guard Corps (IRGC)", "indirect", "two colonels were among the dead"),
      ("Islamic Revolutionary Guard Corps (IRGC)", "partial", "them “martyrs of the shrine.”")]),
    # a description that names no one, then the name in apposition
    ("Its head, Rami Abdel Rahman, told AFP that the building housed senior officers.",
     [("Rami Abdel Rahman", "indirect", "the building housed senior officers")]),
])
def test_called_the_statement_and_named_heads(ex, text, expected):
    assert statements(ex, text) == expected


def test_quotation_running_over_paragraphs(ex):
    """Wire style: a quotation left open at a paragraph's end and reopened by the next paragraph
    is still the same speaker's, and one statement over both paragraphs (as heldout_s14 and
    heldout_s16 code it; the older heldout set split it)."""
    t = ("Truce holds in the south\n\nBy A. Writer\n\nThe foreign ministry reacted on Monday.\n\n"
         "“Israel respects no red line,” Nasser Kanaani, the ministry’s spokesman, told reporters. "
         "“It thinks it can expand the war without paying a price.\n\n"
         "“That is a grave miscalculation.”\n\nThe briefing ended there.")
    assert statements(ex, t, with_segments=True) == [
        ("Nasser Kanaani", "direct", "Israel respects no red line"),
        ("Nasser Kanaani", "direct",
         "It thinks it can expand the war without paying a price.\n\n“That is a grave miscalculation.")]


@pytest.mark.parametrize("text, expected", [
    # a plain noun before a descriptor noun ("war monitor", "aid agencies") is part of the speaker
    ("Shelling resumed around Ariha on Tuesday, according to a war monitor and local residents.",
     [("war monitor", "organization", "Shelling resumed around Ariha on Tuesday")]),
    ("Aid agencies warn that the cholera outbreak is spreading fast.",
     [("Aid agencies", "organization", "the cholera outbreak is spreading fast")]),
    # an outlet described by its owner, then named
    ("The army’s official news agency, Al-Jaish News, reported that 14 soldiers had been killed.",
     [("Al-Jaish News", "outlet", "14 soldiers had been killed")]),
])
def test_descriptor_speakers(ex, text, expected):
    got = reported(ex, text, "speaker", "speaker_role", "text")
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a speaker phrase at the sentence end keeps its full stop out ("the army.")
    ("The wreckage was taken to a base near Haifa for examination, according to a statement by the army.",
     [("army", "The wreckage was taken to a base near Haifa for examination")]),
    # ... but the according-phrase is only a channel when the clause before has its own speech verb
    ("Gen. Tarek Hamdan struck a defiant tone. “There will be no talks,” he told troops in Homs, according to "
     "a video published by the army.",
     [("Tarek Hamdan", "There will be no talks")]),
    # "told a briefing": an audience, not the content
    ("“Their supply lines are cut,” spokeswoman Natalia Humeniuk told a briefing in Odesa.",
     [("Natalia Humeniuk", "Their supply lines are cut")]),
    # a verb coordinated with an uncued one takes the sentence's subject
    ("Russia’s defence ministry did not comment on the bridge but said its air defences had shot down 12 rockets.",
     [("Russia’s defence ministry", "its air defences had shot down 12 rockets")]),
    # "His office said": the person "his" refers to
    ("Benjamin Netanyahu chaired the cabinet. His office later said he had spoken with the U.S. envoy.",
     [("Benjamin Netanyahu", "he had spoken with the U.S. envoy")]),
    ("Moscow said nothing and denied everything.", []),
])
def test_sentence_end_speakers_audiences_and_owners(ex, text, expected):
    assert [(s, t) for s, _, t in statements(ex, text)] == expected


def test_speaker_not_taken_from_inside_a_prepositional_phrase(ex):
    """'X, quoted by the Lebanese daily Al-Akhbar, said': the outlet is where X was quoted; no
    part of the preposition's object ('daily Al-Akhbar') is the subject either."""
    t = "A commander of the militia, quoted by the Lebanese daily Al-Akhbar, said the talks were “another matter.”"
    got = reported(ex, t, "speaker", "speaker_role", "text")
    assert got == [("commander of the militia", "organization", "the talks were “another matter.”")]


def test_country_speaks_as_official(ex):
    t = "Jordan said the crossing would stay closed. Iraq denied that its militias had crossed the border."
    got = reported(ex, t, "speaker", "speaker_role")
    assert got == [("Jordan", "official"), ("Iraq", "official")]


def test_contrast_clause_with_its_own_speaker_leaves_according_content(ex):
    """'According to X, A, though the group says B': B is the group's (X, just named), not part of A;
    a contrast clause without a speech verb stays in A."""
    t = ("According to the Yemen Medical Union, at least 120 civilians have died since May, "
         "though the group says the real toll is likely far higher. "
         "According to Tasnim, five soldiers died near the village, while rebels attacked the base.")
    got = reported(ex, t, "speaker", "text")
    assert got == [("Yemen Medical Union", "at least 120 civilians have died since May"),
                   ("Yemen Medical Union", "the real toll is likely far higher"),
                   ("Tasnim News Agency", "five soldiers died near the village, while rebels attacked the base")]


def test_description_then_identified_as_name(ex):
    """'A commander of the Fatemiyoun Division, identified only as Abu Hamed, wrote': the man named
    speaks, in the role of the body he belongs to."""
    t = "A commander of the Fatemiyoun Division, identified only as Abu Hamed, wrote that his men were surrounded."
    got = reported(ex, t, "speaker", "speaker_role", "text")
    assert got == [("Abu Hamed", "organization", "his men were surrounded")]


def test_since_after_a_perfect_tense_belongs_to_the_content():
    """'since' cuts off the circumstances of the saying ("..., since nobody asked"), but after a
    perfect tense it dates what was said ("had lost 40 men since March")."""
    ex = Extractor()
    got = reported(ex, "The defence minister said the army had lost 40 men since March.", "text")
    assert got == ["the army had lost 40 men since March"]
    got = reported(ex, "Ali Shamkhani said the rebels were beaten since they lacked support.", "text")
    assert got == ["the rebels were beaten"]


def test_name_ending_in_a_lower_case_particle_is_a_name(ex):
    """'Abu Talal al-Rawi', 'al-Rawi': an Arabic name whose last word starts with its particle in
    lower case is still a proper name (a speaker, a person), in full and alone."""
    t = ("Abu Talal al-Rawi, a spokesman for the Sons of the Valley militia, said the convoy had been hit twice. "
         "“We will bury them and then we will answer,” al-Rawi told a local radio station.")
    got = reported(ex, t, "speaker", "speaker_role", "kind", "text")
    assert got == [("Abu Talal al-Rawi", "organization", "indirect", "the convoy had been hit twice"),
                   ("Abu Talal al-Rawi", "organization", "direct", "We will bury them and then we will answer")]


def test_sentence_opener_is_no_subject_for_later_pronouns(ex):
    """'Speaking to the crowd, NAME, ..., was blunt. “...,” he said.' and 'On Oct. 2 it ...': an opening
    participle or adverbial is no name; the subject after its comma is whom 'he' refers to."""
    t = ("Speaking to the mourners, Brigadier General Kamran Nikzad, the provincial commander, was defiant. "
         "“Our sons went so that our cities would stay quiet,” he said.")
    got = reported(ex, t, "speaker", "speaker_role", "kind")
    assert got == [("Kamran Nikzad", "official", "direct")]
    t = ("Asked about the casualty figures, the spokesman for the Ahrar Brigade, Omar Haddad, shrugged. "
         "“They count our dead twice and theirs never,” he said.")
    got = reported(ex, t, "speaker", "kind")
    assert got == [("Omar Haddad", "direct")]


def test_description_introduced_as_a_name(ex):
    """'a militia commander introduced as NAME', 'an official who goes by the name NAME': the person
    named speaks, as the subject and for a later 'he'."""
    t = ("At the rally, a Saraya al-Khorasani commander introduced as Hajj Karim Shabib spoke first. "
         "“We have not finished,” he said. "
         "A Badr Organization official who goes by the name Abu Zahra al-Basri wrote on Telegram that the raid had failed.")
    got = reported(ex, t, "speaker", "kind", "text")
    assert got == [("Hajj Karim Shabib", "direct", "We have not finished"),
                   ("Abu Zahra al-Basri", "indirect", "the raid had failed")]


def test_demonstrative_subject_of_the_content_is_not_an_anaphor(ex):
    """'condemned A and said those arrested were ...': 'those' opens the reported clause (its
    subject); only a demonstrative that ends its clause stands for earlier content."""
    t = "Interior minister Fadi Karam denounced the raid as “piracy” and said those detained had been “kidnapped.”"
    got = reported(ex, t, "speaker", "cue", "text")
    assert got == [("Fadi Karam", "denounced", "the raid as “piracy”"),
                   ("Fadi Karam", "said", "those detained had been “kidnapped.”")]


def test_subordinator_inside_a_quotation_does_not_end_the_content(ex):
    """'said the army went “to stop them before they reached the city”': a 'before' or 'because'
    inside the quoted words is the speaker's, not the circumstances of the saying."""
    t = "Colonel Reza Amini said the brigade had moved “to hold the pass before the snow closes it” last week."
    got = reported(ex, t, "text")
    assert got == ["the brigade had moved “to hold the pass before the snow closes it” last week"]


def test_quotation_then_told_addressee(ex):
    """'“...,” NAME, APPOSITIVE, told mourners on Friday.': what was told is the quotation, not the
    addressee and the date."""
    t = ("“We will return to every village we lost,” Brigadier General Saeed Tavakoli, the army’s commander "
         "in the south, told mourners on Friday. “They will not see the spring.”")
    got = reported(ex, t, "speaker", "kind", "text")
    assert got == [("Saeed Tavakoli", "direct", "We will return to every village we lost"),
                   ("Saeed Tavakoli", "direct", "They will not see the spring.")]


def test_quoted_as_saying(ex):
    """'X reported A, and quoted a security source as saying B': B is the source's, A stays X's."""
    t = ("The Tasnim news agency reported that two drones were downed near Ahvaz, and quoted a security "
         "source as saying the launch sites “are known to us.”")
    got = reported(ex, t, "speaker", "cue", "text")
    assert got == [("Tasnim news agency", "reported", "two drones were downed near Ahvaz"),
                   ("security source", "quoted as saying", "the launch sites “are known to us.”")]


def test_cue_lexicon_additions(ex):
    """Speech verbs and channels added to cues.yaml: 'thanked X for “...”', 'cautioned that',
    'crowed that', 'said by phone that', participle 'running the headline “...”'."""
    t = ("Lebanon’s envoy, Karim Nassar, thanked the Iraqi people for “opening their homes to us.” "
         "Analyst Tomas Berg cautioned that the figures were “rough at best.” "
         "A resident, Salma Younis, said by phone that the bakery had closed. "
         "The Mehr news agency ignored the losses, running the headline “The lions of the desert advance.”")
    got = reported(ex, t, "speaker", "cue", "text")
    assert got == [("Karim Nassar", "thanked", "the Iraqi people for “opening their homes to us.”"),
                   ("Tomas Berg", "cautioned", "the figures were “rough at best.”"),
                   ("Salma Younis", "said", "the bakery had closed"),
                   ("Mehr news agency", "ran the headline", "The lions of the desert advance.")]


def test_registry_and_title_additions():
    """The Pentagon is the US Defense Department (not the whole government); al-Manar is an outlet;
    'Secretary-General' is an office title; 'member of parliament' an official."""
    from narrative.speakers import Registry
    reg = Registry.default()
    assert reg.resolve("The US Defense Department").name == reg.resolve("the Pentagon").name
    assert reg.resolve("Hezbollah’s al-Manar television").role == "outlet"
    assert reg.resolve("Arab League Secretary-General Amr Haddad").role == "official"
    assert reg.resolve("a hardline member of parliament").role == "official"


def test_an_indefinite_title_is_not_its_registered_holder():
    """"A State Department spokesperson" is some spokesperson; "the State Department spokesperson" may be the
    registered one. The article may be "a", "an" or "one", in any case."""
    from narrative.speakers import Registry
    reg = Registry.default()
    holder = reg.resolve("the State Department spokesperson")
    assert holder.entry is not None and holder.entry.type == "person"
    for mention in ("A State Department spokesperson", "a State Department spokesperson",
                    "One State Department spokesperson", "An IRGC spokesman"):
        got = reg.resolve(mention)
        assert got.name != holder.name and got.role == "official", mention


def test_naming_and_plural_nouns_are_not_speech(ex):
    """'what officials call “X”', 'as the rebels call themselves', 'a group calling itself “X”' name
    things; 'Gulf states would' and 'the reports were' are plural nouns, not the verbs 'states', 'reports'."""
    t = ("The strike hit what Turkish officials call a “terror corridor” near the border. "
         "Fighters of the Free Sham Front, as the rebels call themselves, held the ridge. "
         "A cell calling itself “the Avengers of Homs” claimed the blast. "
         "Ali Shamkhani said Gulf states would “pay a price” for the attack.")
    got = reported(ex, t, "speaker", "cue", "text")
    assert got == [("Ali Shamkhani", "said", "Gulf states would “pay a price” for the attack")]


def test_appositive_role_from_head_and_body(ex):
    """An unregistered person's role from the appositive: 'a fellow at the X Institute' and 'a
    spokesman for the Y militia' speak for an organisation; 'an analyst close to the Guard' is only
    close to it (other); a relative clause after the head ('who has studied the army') says nothing."""
    t = ("Lina Sabbagh, a fellow at the Cedar Policy Institute in Paris, said the truce was fragile. "
         "Omar Kanaan, a spokesman for the Liwa al-Quds militia, said the road was cut. "
         "Dariush Farahmand, a military analyst close to the Guard, said the army was tired. "
         "Anna Keller, a researcher who has studied the army for years, said morale was low.")
    got = reported(ex, t, "speaker", "speaker_role")
    assert got == [("Lina Sabbagh", "organization"), ("Omar Kanaan", "organization"),
                   ("Dariush Farahmand", "other"), ("Anna Keller", "other")]


def test_postposed_clause_with_time_place_or_channel(ex):
    """'..., the ministry said on Friday.' and its wire variants: a time ('late on Monday', 'Tuesday'),
    a channel ('in a statement on its website'), a place or an addressee ('told reporters in Amman')
    between the reporting verb and the full stop leave the clause before it the content; a dateline
    ('TRIPOLI –') opens no content and 'field sources' keeps its plain noun."""
    t = ("Gunmen blocked the coastal road near the refinery, the interior ministry said on Friday.\n\n"
         "Two medics were hurt when the clinic was shelled, officials said in a statement on its website.\n\n"
         "The ferry docked after a two-day delay, the port agency reported late on Monday.\n\n"
         "At least six people drowned off the cape, the Blue Crescent said Tuesday.\n\n"
         "The bridge was blown up before dawn, a commander told reporters in Amman on Sunday.\n\n"
         "TRIPOLI – Loyalist units retook the airport after a night of fighting, field sources said.")
    got = statements(ex, t)
    assert got == [
        ("interior ministry", "indirect", "Gunmen blocked the coastal road near the refinery"),
        ("officials", "indirect", "Two medics were hurt when the clinic was shelled"),
        ("port agency", "indirect", "The ferry docked after a two-day delay"),
        ("Blue Crescent", "indirect", "At least six people drowned off the cape"),
        ("commander", "indirect", "The bridge was blown up before dawn"),
        ("field sources", "indirect", "Loyalist units retook the airport after a night of fighting")]
    # A verb followed by its content is unchanged.
    assert statements(ex, "The ministry said on Friday that the road was open.") == [
        ("ministry", "indirect", "the road was open")]


def test_it_refers_to_outlet_or_body(ex):
    """'it' speaks for the outlet, group or state body named last as a subject: after an opener with
    no comma ('On March 2 it said'), with a participle ('..., writing that'), in a relative clause
    ('whom it described as'); never for a person or a plural name, and a dummy 'it' says nothing."""
    t = ("The weekly Sedaye Jonub struck a harsher note. In a signed column on March 2 it likened the "
         "defeat to a betrayal, writing that “the generals sold the valley.”\n\n"
         "Nahar Radio, a station close to the army, has aired many claims. On March 9 it said the "
         "bridge at Qasra had fallen.\n\n"
         "The Delta Observer, which is close to the Guards, profiled one of the Iranians, Major Amin Dorri, "
         "whom it described as “a son of the revolution.”\n\n"
         "It is worth noting that the figures were never confirmed.")
    got = statements(ex, t)
    assert got == [
        ("Sedaye Jonub", "direct", "the generals sold the valley."),
        ("Nahar Radio", "indirect", "the bridge at Qasra had fallen"),
        ("Delta Observer", "direct", "a son of the revolution.")]


def test_lower_case_possessive_and_described_subjects(ex):
    """'The port's operator said', 'The institute's director, NAME, said': a lower-case owner and the
    noun that speaks for it (the name after it when there is one, with the owner's role); 'A local
    clan elder, Sheikh NAME, said': the name after a description the chunker reads only in part."""
    t = ("The port’s operator, a Limassol-based firm, said the cranes were “slightly damaged.” "
         "The institute’s director, Leila Haddad, said the survey was incomplete. "
         "A local village leader, Sheikh Amer al-Tamimi, said the wells had been poisoned. "
         "A preacher at the old mosque told worshippers that the siege would end soon.")
    got = reported(ex, t, "speaker", "speaker_role")
    assert got == [("port’s operator", "other"), ("Leila Haddad", "organization"),
                   ("Amer al-Tamimi", "official"), ("preacher", "other")]


def test_subject_with_place_and_participle_clause(ex):
    """'Fighters on the front line, speaking to our correspondent, complained that ...': the subject
    keeps a lower-case place after it and a participle clause before the verb, whose object
    ('our correspondent', 'Reuters') is not the speaker."""
    t = ("Gunners on the eastern ridge, speaking to our reporter, complained that the shells were old. "
         "Families of the missing, talking to Reuters by phone, said the lists were wrong.")
    assert statements(ex, t) == [("Gunners", "indirect", "the shells were old"),
                                 ("Families", "indirect", "the lists were wrong")]


def test_quotation_after_colon_of_non_speech_verb(ex):
    """'NAME went further on Twitter: “...”': a quotation after a colon ending a clause whose subject
    is a known speaker is that speaker's; a capitalised common noun ('Posters on the walls read:')
    is not one."""
    t = ("Karim Nouri, head of the border council, went a step further on Telegram: “If we lose the "
         "river today, we will lose the city tomorrow.” "
         "Posters on the walls read: “The martyrs are still watching over us.”")
    assert statements(ex, t) == [
        ("Karim Nouri", "direct", "If we lose the river today, we will lose the city tomorrow.")]


def test_reported_questions(ex):
    """'asked whether / how / why ...' reports a question from its wh-word, subordinate clauses
    included; 'asked not to be named', 'Asked about X,' and 'asked N to leave when ...' are no speech."""
    t = ("The liberal weekly Payam-e Now, in a short editorial, asked whether the country could keep "
         "paying for “a war nobody voted for” when its hospitals were short of insulin. "
         "Its columnist Reza Ghaffari wrote that the cost was “beyond counting” and asked how many more "
         "sons would be buried before anyone said so. "
         "A guard commander, who asked not to be named, said the front was calm. "
         "The governor asked reporters to leave the hall when the sirens sounded.")
    assert statements(ex, t) == [
        ("Payam-e Now", "partial", "whether the country could keep paying for “a war nobody voted for” "
                                   "when its hospitals were short of insulin"),
        ("Reza Ghaffari", "partial", "the cost was “beyond counting”"),
        ("Reza Ghaffari", "indirect", "how many more sons would be buried before anyone said so"),
        ("guard commander", "indirect", "the front was calm")]


def test_person_questioned_by_the_author(ex):
    """'I asked NAME, a ..., how ...': the person the author questions is remembered for a later
    'She told me' (with the role the appositive gives)."""
    t = ("The mayor, Idris Kanj, said in a speech that the port was “open for business.” "
         "I asked Dana Weiss, a shipping analyst at the Tide Risk Group, whether that was true. "
         "She told me the port had handled “barely a dozen ships” since March.")
    got = reported(ex, t, "speaker", "speaker_role", "text")
    assert got[-1] == ("Dana Weiss", "organization", "the port had handled “barely a dozen ships” since March")


def test_capitalised_pronoun_is_no_name(ex):
    """'He' or 'She' opening a sentence is a pronoun, never remembered as a person called 'He': a later
    “...,” he said goes to the person named before."""
    t = ("Yusuf Darwish, a spokesman for the border brigade, denied the claim. "
         "He accused the militias of shelling the clinic. "
         "“They never meant to keep the truce,” he said.")
    got = reported(ex, t, "speaker", "text")
    assert got[-1] == ("Yusuf Darwish", "They never meant to keep the truce")
    assert all(speaker == "Yusuf Darwish" for speaker, _ in got)



def test_coordinated_verb_takes_named_subject(ex):
    """'A spokesman for X, Colonel NAME, declined to ... but said': the name after the description
    (and its prepositional phrase) speaks."""
    t = ("A spokesman for the border mission, Colonel Piet Janssen, declined to comment on the raid "
         "but said the mission “stands by its report.”")
    assert statements(ex, t) == [("Piet Janssen", "partial", "the mission “stands by its report.”")]


def test_noun_in_content_is_no_cue(ex):
    """A cue form in -s after a determiner inside an earlier content is a noun ('dismissed the
    Turkish claims as ...'), and its 'subject' is not remembered for a later 'He'."""
    t = ("Ministry spokesman Karim Sayegh dismissed the Turkish claims as “pure fiction” and repeated "
         "that the border was calm. He accused the smugglers of “lying for money.”")
    got = reported(ex, t, "speaker", "text")
    assert got == [("Karim Sayegh", "the Turkish claims as “pure fiction”"),
                   ("Karim Sayegh", "the border was calm"),
                   ("Karim Sayegh", "the smugglers of “lying for money.”")]


def test_participle_with_its_own_that_clause_is_a_second_statement(ex):
    """'urged X to “...”, adding that B', 'denied sending X, insisting that B': the participle with a
    that-clause is a second statement by the same speaker (a participle without one stays in the content,
    a negation inside the first quotation does not negate it, and a weak verb's bare object is no statement)."""
    text = ("The Red Crescent envoy, Lars Eklund, urged both sides to “open the bridge,” adding that "
            "no lorry had crossed since Monday.")
    assert statements(ex, text) == [("Lars Eklund", "partial", "both sides to “open the bridge,”"),
                                    ("Lars Eklund", "indirect", "no lorry had crossed since Monday")]
    text = "Mahmoud Rahimi denied sending drones to the coast, insisting that the factory made only tractors."
    assert statements(ex, text) == [("Mahmoud Rahimi", "indirect", "sending drones to the coast"),
                                    ("Mahmoud Rahimi", "indirect", "the factory made only tractors")]
    text = "Mahmoud Rahimi told the cadets that the army “is not a wall,” promising that “it will grow back.”"
    assert statements(ex, text) == [("Mahmoud Rahimi", "partial", "the army “is not a wall,”"),
                                    ("Mahmoud Rahimi", "direct", "it will grow back.")]
    text = "Kayhan questioned the new plan, writing that the enemy had rearmed."
    assert statements(ex, text) == [("Kayhan", "indirect", "the enemy had rearmed")]


def test_the_noun_of_a_named_body_refers_to_it(ex):
    """'the committee' after 'the Provincial Relief Committee ... Hezbollah ...' is the committee, not the
    organisation named last; it is a clearly named source for a weak verb."""
    text = ("The Provincial Relief Committee in Homs announced on Monday that it had reopened two bakeries. "
            "Hezbollah said its men had left. The committee dismissed the report as “a fairy tale.”")
    assert statements(ex, text)[-1] == ("Provincial Relief Committee in Homs", "partial", "the report as “a fairy tale.”")


def test_reporting_clause_set_inside_the_sentence(ex):
    """'The border, he told reporters, was ...': a reporting clause in commas after the reported clause's
    first words; the content is the whole sentence with the reporting clause inside it, as an interrupted
    quotation keeps its "he said" (before, a pronoun there found no subject and a content opening with
    'was' or 'had' was dropped; until session 17 the content was the words after the clause only: the held-out
    sets code it both ways, and the whole sentence also matches the shorter coding)."""
    text = ("Colonel Tariq Mansour, the garrison's commander, was calm. The border, he told reporters, "
            "was “quieter than it has been in years.”")
    assert statements(ex, text) == [("Tariq Mansour", "partial",
                                     "The border, he told reporters, was “quieter than it has been in years.”")]
    text = "The raids, the interior ministry said in a statement, had targeted smugglers near the port."
    assert statements(ex, text) == [("interior ministry", "indirect", text[:-1])]
    text = ("The representative of Iran spoke last. The Council's silence in the face of such a crime, he "
            "continued, would only embolden the regime. The fighting continued for days.")
    assert statements(ex, text) == [("representative of Iran", "indirect", "The Council's silence in the face "
                                     "of such a crime, he continued, would only embolden the regime")]


def test_speech_verb_in_an_infinitive_after_a_channel(ex):
    """'used a televised address to call X “...”', 'took to Twitter to warn that ...': the channel sits
    between the subject and the speech verb (FILLER); a coordinated verb after it keeps the speaker."""
    text = ("Defence Minister Karim Haddad used a televised address to call the raid “a cowardly crime” "
            "and predicted that the army would respond.")
    assert statements(ex, text) == [("Karim Haddad", "partial", "the raid “a cowardly crime”"),
                                    ("Karim Haddad", "indirect", "the army would respond")]
    text = "Opposition leader Salma Aziz took to Twitter to warn that the vote would be rigged."
    assert statements(ex, text) == [("Salma Aziz", "indirect", "the vote would be rigged")]


def test_speaker_named_inside_a_passive(ex):
    """'identified by the agency only as “NAME,”' names the speaker (no statement of its own, and 'The
    officer added' later is that person); 'Farmers interviewed by NAME said': the farmers speak."""
    text = ("A Syrian officer at the crossing, identified by the agency only as “Abu Fadi,” told the agency that "
            "the road would reopen. The officer added, “We are ready for anything.”")
    assert statements(ex, text) == [("Abu Fadi", "indirect", "the road would reopen"),
                                    ("Abu Fadi", "direct", "We are ready for anything.")]
    text = "Farmers interviewed by Al Jazeera said the canal had been dry since June."
    assert statements(ex, text) == [("Farmers", "indirect", "the canal had been dry since June")]


def test_document_subject_speaks_for_its_owner(ex):
    """'an IRGC statement read aloud to mourners called ...', 'A video released by the Houthis said ...':
    a document subject with its issuer before the verb speaks for the issuer."""
    text = ("At the funeral in Shiraz for Ali Karimi, killed in May, an IRGC statement read aloud to mourners "
            "called him “a hero of the resistance.”")
    assert statements(ex, text) == [("Islamic Revolutionary Guard Corps (IRGC)", "partial",
                                     "him “a hero of the resistance.”")]
    text = "A video released by the Houthis on Sunday said the tanker had been hit twice."
    assert statements(ex, text) == [("Houthis", "indirect", "the tanker had been hit twice")]


def test_author_narration_with_speech_words(ex):
    """'Local traders tell a different story.' and 'argued over who ...' report no proposition."""
    assert statements(ex, "Local traders tell a different story.") == []
    assert statements(ex, "The council is still arguing over what, exactly, the deal achieved.") == []


def test_as_before_an_article_or_well_does_not_end_the_content(ex):
    """'said the talks should be seen as a failure', 'said ... had died as well': 'as' is no
    subordinator there, so the reported clause goes on."""
    text = "The envoy, Rana Saleh, said the vote should not be read as a defeat for the militias."
    assert statements(ex, text) == [("Rana Saleh", "indirect", "the vote should not be read as a defeat for the militias")]
    text = "The health ministry says at least 40 civilians have died as well, and hundreds have fled the area."
    assert statements(ex, text)[0][2] == "at least 40 civilians have died as well, and hundreds have fled the area"
    text = "Karim Nassar said the army advanced as the rebels withdrew."
    assert statements(ex, text) == [("Karim Nassar", "indirect", "the army advanced")]


def test_nationality_then_plain_noun_then_descriptor_is_one_speaker(ex):
    """'The Lebanese health ministry says': the plain noun 'health' between a nationality and the
    descriptor noun is part of the speaker, not a break that leaves 'ministry' alone."""
    text = "The Jordanian health ministry says 12 people were injured in the blast."
    assert statements(ex, text) == [("Jordanian health ministry", "indirect", "12 people were injured in the blast")]
    # ", in what it called ...": the reporter's gloss ends the reported clause
    text = 'The army said it had struck "a rocket launcher" near Tyre, in what it called a response as a warning.'
    assert statements(ex, text) == [("army", "partial", 'it had struck "a rocket launcher" near Tyre')]


def test_passive_quoted_as_saying(ex):
    """'NAME was quoted by X as saying ...', '... was quoted in the daily X as saying': the subject
    speaks; the agent of 'quoted by' is the channel, not a speaker with the subject as content."""
    text = "Karim Haddad was quoted by the Mehr news agency as saying that the border crossing would reopen soon."
    assert statements(ex, text) == [("Karim Haddad", "indirect", "the border crossing would reopen soon")]
    text = ("A senior aide to the governor was quoted in the daily Al-Watan as saying that the "
            "convoy had “never left Homs.”")
    assert statements(ex, text) == [("senior aide", "partial", "the convoy had “never left Homs.”")]


def test_family_members_and_broadcast_staff_are_speakers(ex):
    """'a widow in Nabatieh told ...', 'the authors write', 'Its anchor described ...': descriptor nouns
    for relatives, report authors and presenters."""
    text = "“We buried him without a grave,” a widow in Nabatieh told the radio station. “Nobody came.”"
    assert statements(ex, text) == [("widow in Nabatieh", "direct", "We buried him without a grave"),
                                    ("widow in Nabatieh", "direct", "Nobody came.")]
    text = "“The checkpoints are run for profit, not for security,” the authors write."
    assert statements(ex, text) == [("authors", "direct", "The checkpoints are run for profit, not for security")]


def test_namesake_of_a_registered_person(ex):
    """'Mahmoud Salami' is not the registered Hossein Salami: a capitalised given name before a
    registered surname names someone else, and a later bare 'Salami' or 'He' is that namesake;
    titles, honorifics and sentence openers before the surname change nothing."""
    text = ("Mahmoud Salami, a city councillor in Qom, said the shrine would be rebuilt. "
            "Salami added that the donations came from local families.")
    assert [s[0] for s in statements(ex, text)] == ["Mahmoud Salami", "Mahmoud Salami"]
    text = "The speaker was Brigadier General Ahmad Soleimani. He said the advisers were needed."
    assert statements(ex, text) == [("Ahmad Soleimani", "indirect", "the advisers were needed")]
    text = "General Soleimani said the war was won. Later Soleimani said it was over."
    assert [s[0] for s in statements(ex, text)] == ["Qassem Soleimani", "Qassem Soleimani"]


def test_went_on_to_keeps_the_subject(ex):
    """'NAME went on to accuse X of ...': the speech verb after 'went on to' is the subject's."""
    text = "Karim Haddad went on to accuse Qatar of “funding the gangs in the north.”"
    assert statements(ex, text) == [("Karim Haddad", "partial", "Qatar of “funding the gangs in the north.”")]


def test_channel_with_a_participle_after_a_postposed_verb(ex):
    """'said in a statement carried by IRNA that ...': the channel's participle phrase comes before
    the content; '“...,” the channel wrote in a post viewed 9,000 times.': no content after the verb,
    the quotation is what was written."""
    text = "The army said in a statement carried by the state news agency SANA that two soldiers were killed."
    assert statements(ex, text) == [("army", "indirect", "two soldiers were killed")]
    text = "“The border will burn,” Sabereen News wrote in a post viewed more than 40,000 times."
    assert statements(ex, text) == [("Sabereen News", "direct", "The border will burn")]


def test_quotation_resumes_after_a_mid_sentence_attribution(ex):
    """'“A,” NAME told reporters, “B.”': the second quotation is NAME's too (one statement when B
    goes on A's sentence, see test_one_quoted_sentence_broken_by_its_attribution_is_one_statement)."""
    text = "“We will answer,” Karim Haddad told reporters in Homs, “And the answer will be on the ground.”"
    assert statements(ex, text) == [("Karim Haddad", "direct", "We will answer"),
                                    ("Karim Haddad", "direct", "And the answer will be on the ground.")]
    # a translator's note after a quotation that is a sentence of its own
    text = "Karim Haddad said the bridge was “finished.” “Nobody will cross it again.” (translated)"
    assert statements(ex, text)[-1] == ("Karim Haddad", "direct", "Nobody will cross it again.")


def test_paragraph_of_quotation_after_a_statement_or_a_colon(ex):
    """A paragraph that is all quotation goes on quoting the speaker of the paragraph before: of a
    statement in its last sentence, or of a clause ending in a colon, however long its subject; a
    quotation running over paragraphs stays with that speaker."""
    text = ("Title\n\nKarim Haddad told mourners that the fallen were “the price of our security.”\n\n"
            "“If they had not gone, we would be fighting in our own streets.\n\n“Their blood is our shield.”\n")
    assert statements(ex, text, with_segments=True) == [
        ("Karim Haddad", "partial", "the fallen were “the price of our security.”"),
        ("Karim Haddad", "direct",
         "If they had not gone, we would be fighting in our own streets.\n\n“Their blood is our shield.")]
    text = ("Title\n\nSyria's envoy, Samir Darwish, who spoke after the vote, which passed narrowly, "
            "read from a prepared text:\n\n“The occupation of the Golan is the root of this crisis.”\n")
    assert statements(ex, text, with_segments=True) == [
        ("Samir Darwish", "direct", "The occupation of the Golan is the root of this crisis.")]
    text = "Title\n\nThe walls of the square were covered in banners that read:\n\n“Death to the enemies of the shrine.”\n"
    assert statements(ex, text, with_segments=True) == []


def test_question_openers_passives_and_nouns_are_not_speech(ex):
    """'Asked whether X had demanded Y, he replied ...': the question's verb is nobody's statement;
    'a family is told that ...': the subject of a passive 'told' says nothing; 'in a phone call that
    ...': 'call' before 'that' is a noun."""
    text = "Karim Haddad spoke in Homs. Asked whether Qatar had demanded a pullback, he replied that no one had asked."
    assert statements(ex, text) == [("Karim Haddad", "indirect", "no one had asked")]
    assert statements(ex, "Each week another village is told that its men will be drafted.") == []
    text = "Karim Haddad told his Iraqi counterpart Ali Saleh in a phone call that the border would stay open."
    assert statements(ex, text) == [("Karim Haddad", "indirect", "the border would stay open")]


def test_pronoun_subjects_of_coordinated_and_parenthetical_clauses(ex):
    """'He paused, then added that ...': 'then' coordinates the verb with a pronoun subject; 'Ali, he
    said, had ...': the pronoun of a parenthetical reporting clause is not the name before it."""
    text = "Mehdi Karimi buried his brother on Sunday. He paused, then added that the family was proud."
    assert statements(ex, text) == [("Mehdi Karimi", "indirect", "the family was proud")]
    text = "Mehdi Karimi stood by the grave. Ali, he said, had gone to Syria twice."
    assert statements(ex, text) == [("Mehdi Karimi", "indirect", "Ali, he said, had gone to Syria twice")]


def test_research_findings_are_statements(ex):
    """'The survey found that ...', 'Its authors concluded ...': a study or its authors report findings;
    'patrols found the rifles' (no study as subject, or no that-clause) is not speech."""
    text = "The survey found that most returning fighters had been paid in cash."
    assert statements(ex, text) == [("survey", "indirect", "most returning fighters had been paid in cash")]
    text = "Investigators concluded the depot had been hit from the air."
    assert statements(ex, text) == [("Investigators", "indirect", "the depot had been hit from the air")]
    text = "The commission's authors concluded that the truce was never honoured."
    assert statements(ex, text) == [("commission's authors", "indirect", "the truce was never honoured")]
    assert statements(ex, "Border patrols found that the tunnel had been sealed.") == []
    assert statements(ex, "Patrols found the rifles under a bridge near Deir ez-Zor.") == []
    assert statements(ex, "The survey found no trace of the missing convoy near the border.") == []


def test_rejected_claims_posts_and_put_it_this_way(ex):
    """'rejected accounts that ...' (a rejected claim, not 'rejected the offer'), 'posted on Telegram
    that ...' (not 'posted a video'), 'put it to me this way ...: CONTENT' (not 'put it to a vote')."""
    text = "Karim Haddad rejected accounts that the brigade had left Mayadin."
    assert statements(ex, text) == [("Karim Haddad", "indirect", "accounts that the brigade had left Mayadin")]
    assert statements(ex, "Karim Haddad rejected the offer from the governor of Homs.") == []
    text = "Karim Haddad posted on Telegram that the convoy had reached Homs."
    assert statements(ex, text) == [("Karim Haddad", "indirect", "the convoy had reached Homs")]
    assert statements(ex, "Karim Haddad posted a video of the convoy reaching Homs.") == []
    text = "Karim Haddad put it to me this way when I phoned him: the front “is quieter than in years.”"
    assert statements(ex, text) == [("Karim Haddad", "partial", "the front “is quieter than in years.”")]
    assert statements(ex, "The council put it to a vote on Monday: the motion failed.") == []


def test_participle_appositive_between_subject_and_verb(ex):
    """'NAME, the speaker of parliament, addressing lawmakers in Tehran, said': two comma-set phrases
    share their commas; the speaker is the name, never the place inside the participle phrase."""
    text = "Karim Haddad, the head of the council, speaking to mourners in Homs, said the martyrs had won."
    assert statements(ex, text) == [("Karim Haddad", "indirect", "the martyrs had won")]
    text = "Mourners, gathered in the square, waiting for the coffins, sang the anthem."
    assert statements(ex, text) == []


def test_possessive_spokesman_with_bare_name_and_acting_office(ex):
    """'Liwa Fatemiyoun's spokesman Karim Haddad said': the named spokesman speaks, as the militia's
    office-holder (official, as "a spokesman for Kataib Hezbollah" is), with or without commas; a
    paper's spokesman is the paper's, and a militia's fighter holds no office (he speaks for himself).
    'The Iraqi acting envoy, NAME, ...': the name, not the country. Without a name the owner still
    speaks."""
    text = "Liwa Fatemiyoun’s spokesman Karim Haddad said the brigade would stay in Syria."
    assert [(s["speaker"], s["speaker_role"]) for s in ex.extract(text)] == [("Karim Haddad", "official")]
    text = ("Komala’s spokeswoman, Shilan Rahimi, said the drones had hit a school. Kayhan’s spokesman, Ali Rezai, "
            "said the paper stood by its report. Kataib Hezbollah’s fighter, Abbas Nouri, said the base was empty.")
    assert [(s["speaker"], s["speaker_role"]) for s in ex.extract(text)] == [
        ("Shilan Rahimi", "official"), ("Ali Rezai", "outlet"), ("Abbas Nouri", "other")]
    text = "Liwa Fatemiyoun’s spokesman said the brigade would stay in Syria."
    assert statements(ex, text)[0][0] != "Karim Haddad"
    text = ("The Iraqi acting envoy, Karim Haddad, blamed Washington. The strikes, he told the council, "
            "were “an act of piracy.”")
    assert [s[0] for s in statements(ex, text)] == ["Karim Haddad"]


def test_reporting_noun_before_a_verb_is_no_verb(ex):
    """'A UN report said that ...': 'report' before another reporting verb is the subject noun, so one
    statement by the report, not a second one by 'UN' whose content starts with 'said'; 'army posts
    that overlooked ...' is no 'posted that'."""
    text = "An OPCW report said that chlorine had been used in Douma."
    assert statements(ex, text) == [("OPCW report", "indirect", "chlorine had been used in Douma")]
    assert statements(ex, "The rebels seized two army posts that overlooked the highway.") == []
    text = "The Levant Institute's report, released on Sunday, found that most recruits had deserted."
    assert statements(ex, text) == [("Levant Institute's report", "indirect", "most recruits had deserted")]


def test_relative_clause_inside_an_opener(ex):
    """'In reply to a question on the raid, which killed six, the envoy said ...': the
    relative clause closes at its comma and the subject follows; 'NAME, the head of X, which ..., has
    said ...' keeps NAME (the words after the comma are no subject)."""
    text = ("Syrian envoy Karim Haddad spoke on Tuesday. In reply to a question on the raid on Homs, which "
            "killed six doctors, the envoy said the raid was “a crime.”")
    assert statements(ex, text) == [("Karim Haddad", "partial", "the raid was “a crime.”")]
    text = ("Karim Haddad, the head of the Homs council, which backed the truce for years, has said repeatedly "
            "that the city “will not be bargained away.”")
    assert statements(ex, text) == [("Karim Haddad", "partial", "the city “will not be bargained away.”")]


def roles(ex, text):
    return reported(ex, text, "speaker", "speaker_role")


def test_a_partys_or_militias_office_holders_and_former_officers_are_officials(ex):
    """An official, spokesman or commander of a party or militia holds an office in it (the group itself is an
    organization); so do its registered leaders. A former or retired officer or MP still speaks as an official; a
    former member of a group does not, nor does a fighter."""
    t = ("A Kataib Hezbollah spokesman denied that the group had fired the drones. Hezbollah spokesman Mohammad "
         "Raad said the group would answer. Qais al-Khazali said the factions would stay. Kataib Hezbollah said "
         "it would pause its operations. Commodore Jonathan Pryce, a retired Royal Navy officer, said the convoy "
         "system was working. Rana Hadid, a former member of the group, said the orders came from Tehran. A "
         "Fatemiyoun fighter said the battle had been hard.")
    assert roles(ex, t) == [("Kataib Hezbollah spokesman", "official"), ("Mohammad Raad", "official"),
                            ("Qais al-Khazali", "official"), ("Kataib Hezbollah", "organization"),
                            ("Jonathan Pryce", "official"), ("Rana Hadid", "other"), ("Fatemiyoun fighter", "other")]


def test_he_never_refers_back_to_a_people_or_a_plural(ex):
    """'He' is the person named before, not a people ('the Iranians') or a plural description ('their
    relatives') named in between; a passive 'are promised' is no speech of its subject."""
    t = ("Colonel Karim Tavakoli said the front was calm. According to Tavakoli, the Saudis and their friends "
         "“armed the gunmen during the lull.” He rejected reports that six officers had died.")
    assert [s[0] for s in statements(ex, t)] == ["Karim Tavakoli"] * 3
    t = ("Reza Farahani runs a seminary in Herat. He says the recruits earn a wage and that their relatives "
         "are promised land, which few ever receive. But he insists faith is “the only reason”.")
    assert [s[0] for s in statements(ex, t)] == ["Reza Farahani", "Reza Farahani"]


def test_names_inside_a_quotation_are_no_antecedents(ex):
    """'He' after a quotation naming someone ('deals with Netanyahu') is still the speaker quoted."""
    t = ('Karim Tavakoli said Tehran had "paid in blood" while others were "making deals with Netanyahu." '
         'He urged the cabinet to "demand an explanation."')
    assert [s[0] for s in statements(ex, t)] == ["Karim Tavakoli", "Karim Tavakoli"]


def test_dates_and_prepositions_are_no_speakers(ex):
    """'By 20 March, the same station was ...', 'in Tabriz in May': a date or a preposition opening a
    sentence names no one, and a later 'he' skips a place with a month after it."""
    t = ("Sepah News’s channel posted a clip on Friday. By 20 March, however, the same channel was announcing "
         "the burial of three “martyrs,” all from Tabriz.")
    assert [s[0] for s in statements(ex, t)] == ["Sepah News"]
    t = "Behind the desk hangs a banner, stitched in gold thread, proclaiming the dead “the pride of the nation”."
    assert statements(ex, t) == []
    t = ("At a rally in Tabriz in May, which state television aired, a senior Zainabiyoun commander told the crowd "
         "that the brigade “will stay.” “We go where we are needed,” he said.")
    assert [s[0] for s in statements(ex, t)] == ["senior Zainabiyoun commander"] * 2


def test_descriptions_refer_back_to_the_right_antecedent(ex):
    """'the coalition' is the coalition named before, not 'coalition spokesman X'; 'the group' is the
    subject named before rather than a body named inside its appositive; 'The Syrian government' is the
    registered government, not a look-back; 'the military' is the Israel Defense Forces named before."""
    t = ("The Saudi-led Arab Coalition said on Sunday it had shot down a drone. Coalition spokesman Colonel "
         "Fahd al-Harbi said the drone had targeted a school. The coalition has repeatedly accused Tehran of "
         "arming the Houthis.")
    assert [s[0] for s in statements(ex, t)] == ["Saudi-led coalition", "Fahd al-Harbi", "Saudi-led coalition"]
    t = ("Asaib Ahl al-Haq, one of the largest factions within the Popular Mobilization Forces, blamed Washington. "
         "In a post on its channel, the group said the attack “will be answered.”")
    assert [s[0] for s in statements(ex, t)] == ["Asaib Ahl al-Haq"]
    t = "Al Jazeera hosted a debate. The Syrian government says the rebels broke the truce."
    assert [s[0] for s in statements(ex, t)] == ["Syrian government"]
    t = ("The IDF said its jets had hit a depot near Homs. The military added that it “holds Damascus "
         "responsible.”")
    assert [s[0] for s in statements(ex, t)] == ["Israel Defense Forces (IDF)"] * 2


def test_a_described_person_is_he_and_a_surname_keeps_its_particle(ex):
    """'A Pentagon spokesman said ... he told reporters': a member described through a registered body is a
    person; 'Al-Harbi' opening a sentence is the 'Fahd al-Harbi' named before, with his role."""
    t = ('A Pentagon spokesman said no American aircraft had flown that night. "It was not us," he told '
         'reporters.')
    assert [s[0] for s in statements(ex, t)] == ["Pentagon spokesman"] * 2
    t = ('"We saw the drone," Fahd al-Harbi, a spokesman for the militia, said. Al-Harbi, who rarely gives '
         'interviews, said the men had been unarmed.')
    assert roles(ex, t) == [("Fahd al-Harbi", "organization")] * 2


def test_roles_of_clerics_tribal_leaders_and_committee_members(ex):
    """A religious title ('Hojatoleslam', 'Sheikh') holds no office; a tribal leader is 'other'; a member
    of parliament's committee is an official; an analyst at an unnamed centre stays 'other'; a locative
    ('embassy in Tehran') does not make Tehran the speaker."""
    t = "Hojatoleslam Reza Farahani, a cleric who runs a seminary, said the recruits went for faith."
    assert roles(ex, t) == [("Reza Farahani", "other")]
    t = "A tribal leader from the Baggara, who asked not to be named, said the militia paid recruits."
    assert roles(ex, t) == [("tribal leader from the Baggara", "other")]
    t = "Karim Tavakoli, a member of parliament’s foreign affairs committee, said the talks had failed."
    assert roles(ex, t) == [("Karim Tavakoli", "official")]
    t = "Leila Haddad, an analyst at a Cairo-based research centre, said the talks had failed."
    assert roles(ex, t) == [("Leila Haddad", "other")]
    t = "The Russian embassy in Tehran responded in a statement, saying Moscow “takes no side.”"
    assert roles(ex, t) == [("Russian embassy in Tehran", "official")]


def test_sources_cited_quoted_and_possessed(ex):
    """', citing “sources close to X,” that ...': the content starts after 'that'; 'quoted X as telling /
    urging / saying' (X in quotation marks too) is X's statement; 'In a statement ..., the Guard’s media
    department said' and 'The Ground Force’s press office said' speak for their capitalised owner; a
    parenthesis after an outlet's name is no part of it."""
    t = ("Iran International reported on Monday, citing “sources close to the Guard,” that four officers had "
         "been killed near Homs.")
    assert statements(ex, t) == [("Iran International", "indirect", "four officers had been killed near Homs")]
    t = ("SANA quoted Foreign Minister Faisal Mekdad as telling his Iraqi counterpart that Damascus “will not "
         "negotiate its alliances.”")
    assert reported(ex, t, "speaker", "cue") == \
        [("Faisal Mekdad", "quoted as telling")]
    t = "The channel quoted “a well-placed source” as saying that no advisers had been at the base."
    assert statements(ex, t) == [("well-placed source", "indirect", "no advisers had been at the base")]
    t = ("In a statement carried by Sepah News, the Guard’s official outlet, the Aerospace Force’s public "
         "relations department said two launchers had been destroyed.")
    assert roles(ex, t) == [("Aerospace Force", "official")]
    t = "Al-Alam (Iranian Arabic TV), in its evening bulletin, described the convoy as “a civilian aid column”."
    assert roles(ex, t) == [("Al-Alam", "outlet")]


def test_subjects_with_a_prepositional_tail(ex):
    """'The mother of one of the fighters, speaking to Mehr, said ...'; 'Researcher NAME of the X Center
    has noted ...' (the person, in the role of the centre); 'Washington has long accused ...'; an
    apostrophe ('Iran’s') in a postposed report's content is no quotation mark."""
    t = "The mother of one of the fighters, speaking to Mehr, said she had not been told where he died."
    assert statements(ex, t) == [("mother", "indirect", "she had not been told where he died")]
    t = "Researcher Samir Khoury of the Tigris Policy Center has noted that the brigades now run the crossing."
    assert roles(ex, t) == [("Samir Khoury", "organization")]
    t = "Washington has long accused Tehran of arming the brigades."
    assert statements(ex, t) == [("US government", "indirect", "Tehran of arming the brigades")]
    t = "Jets struck a depot used by Iran’s Guard near Homs overnight, the military said, in a rare admission."
    assert statements(ex, t) == [("military", "indirect", "Jets struck a depot used by Iran’s Guard near Homs "
                                                          "overnight")]


def test_outlet_pieces_front_pages_and_digest_headlines(ex):
    """'Its front page carried the headline “...”' and 'Its front page read: “...”' are the outlet's
    headlines; 'An editorial inside predicted', 'The accompanying editorial argued' speak for the outlet
    named before; a digest line 'Outlet (description), front page, 3 May: “...”' is the outlet's; a
    one-word registered name after a described outlet ('The party’s newspaper, Al-Akhbar,') speaks."""
    t = ("The reformist daily Shargh changed its tone. Its front page on May 3 carried the headline “Who will pay "
         "for the war?” over a photo of the port. An editorial inside argued that the cabinet “owes the public "
         "an answer.”")
    assert reported(ex, t, "speaker", "kind") == \
        [("Shargh", "headline"), ("Shargh", "partial")]
    t = ("Etemad (reformist daily), front page, 3 May: “The bill for the war arrives.” The accompanying editorial "
         "said the cabinet had “no plan.”")
    assert [s[0] for s in statements(ex, t)] == ["Etemad", "Etemad"]
    t = ("The movement’s friendly newspaper, Al-Akhbar, went further, arguing that the raid “changed nothing.” "
         "Its front page on Monday read simply: “They bomb because they have lost.”")
    assert statements(ex, t) == [("Al-Akhbar", "partial", "the raid “changed nothing.”"),
                                 ("Al-Akhbar", "direct", "They bomb because they have lost.")]


def test_documents_and_subjects_named_by_their_channel(ex):
    """'One widely shared post on a Russian Telegram channel accused ...': the channel speaks; 'Amnesty
    International has documented ...' is reported; 'it said' after a subject resolved as a speaker is
    that subject ('The centrist news site Khabar Online asked ... “...,” it said')."""
    t = "One widely read post on a pro-Kremlin Telegram channel accused the Guard of “hiding behind our jets.”"
    assert [(s["speaker"], s["speaker_role"]) for s in ex.extract(t)] == [("pro-Kremlin Telegram channel", "outlet")]
    t = "Amnesty International has documented the detention of at least forty returning fighters."
    assert statements(ex, t) == [("Amnesty International", "indirect",
                                  "the detention of at least forty returning fighters")]
    t = ("Etemad, 4 May, quoted a lawmaker as saying that the figures were “secret.” The centrist news site "
         "Asr-e Iran asked in an editorial why the air defences had “stayed silent.” “Our friends protect the "
         "raiders better than our skies,” it said.")
    assert [s[0] for s in statements(ex, t)][-1] == "Asr-e Iran"


def test_no_statement_from_nouns_pronoun_objects_or_a_noun_after_a_quotation(ex):
    """'The group denies most of them' reports no content; 'a deafening blast that shattered' is a noun;
    '“liberated” Lebanon now presides over a state': 'state' after 'a' is no speech verb; a quotation after
    'while' stays in the content ('said X had “...” while Y was “...”')."""
    assert statements(ex, "Kataib Hezbollah was blamed for the rockets. The group denies most of them.") == []
    assert statements(ex, "Residents heard a deafening blast that shattered windows on three streets.") == []
    assert statements(ex, "A movement that says it “freed” Lebanon now presides over a state that cannot "
                          "pay its soldiers.") == []
    t = 'Karim Tavakoli said Iran had "paid in blood" to defend Syria while Moscow was "cutting deals."'
    assert statements(ex, t) == [("Karim Tavakoli", "partial",
                                  'Iran had "paid in blood" to defend Syria while Moscow was "cutting deals."')]


def test_a_leader_after_an_outlet_is_not_its_editorial(ex):
    """'A tribal leader' right after a newspaper is named is the leader, not the paper's 'leader'
    (editorial); 'Not everyone agrees' names no one for a later 'he'."""
    t = ("The hardline daily Vatan-e Emrooz went further. Not everyone in the valley agrees. A tribal leader from "
         "the Jubur, who asked not to be named, told our reporter that the brigades “pay our sons in bread.” He "
         "said refusers are “treated like traitors.”")
    assert [s[0] for s in statements(ex, t)] == ["tribal leader from the Jubur"] * 2


def test_capitalised_interview_labels_reported_speech_in_answers(ex):
    page = ("The Weekly Review\n\nINTERVIEW\n\nLina Farouk on the Gulf after the strikes\n\n"
            "Lina Farouk is a senior fellow at the Amman-based Institute for Gulf Affairs. She spoke to "
            "The Weekly Review about the strikes.\n\n"
            "THE WEEKLY REVIEW: Was the strike a message?\n\n"
            "FAROUK: It was a message to the home front. The minister said as much when he called the strike "
            "“a warning.”\n\n"
            "THE WEEKLY REVIEW: And the militias?\n\n"
            "FAROUK: They will wait. Their commanders have told me privately that the Americans are “bluffing.”\n")
    got = reported(ex, page, "speaker", "speaker_role", "kind", "text", segments=segment(page))
    assert ("Lina Farouk", "organization", "direct",
            "It was a message to the home front. The minister said as much when he called the strike "
            "“a warning.”") in got
    assert any(sp == "minister" and t == "the strike “a warning.”" for sp, r, k, t in got)
    # ("militias commanders": whose commanders)
    assert any(sp.endswith("commanders") and "the Americans are “bluffing.”" in t for sp, r, k, t in got)


def test_answer_look_back_matches_a_scan_of_the_text_before(ex):
    """_answer's look-back (the last name before an answer) scans the text once, not again before each
    answer: it finds what a scan of the text before the answer finds, at every offset, names cut by
    the offset included ("Hossein Akbari\nAkbari:" is one name in the whole text)."""
    import re
    from narrative.extract import PERSON_NAME
    t = ("Tehran Times spoke with Hossein Akbari, Iran's ambassador. Akbari Said\nAkbari: We met Ali Larijani "
         "and Qassem Soleimani\n\nQ: And Bashar al-Assad?  Hossein Akbari\nAkbari: Yes. Major Gen. Mohammad Bagheri "
         "agreed.\n\nA: Abu Mahdi al-Muhandis said so, Ali Larijani too")
    ex.extract(t)
    for pat, rescan in ((PERSON_NAME, False), (re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}Akbari\b"), False),
                        (re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}Gen\. Mohammad\b"), True)):  # a label with "."
        for start in range(len(t) + 1):
            want = list(pat.finditer(t[:start]))
            got = ex._last_before(pat, start, rescan=rescan)
            assert (got and got.span()) == (want[-1].span() if want else None), (pat.pattern, start)
    bio = re.compile(r"Hossein Akbari,?\s+(?:is|was)\s+((?:a|an|the)\s[^.;\n]{3,160})")  # his introduction
    t = "Hossein Akbari is an envoy. Hossein Akbari was the ambassador to Syria. " + t
    ex.extract(t)
    for start in range(len(t) + 1):
        want, got = bio.search(t[:start]), ex._first_before(bio, start)
        assert (got and got.span()) == (want and want.span()), start


def test_subject_named_by_identified_as_is_not_a_clause(ex):
    """'a commander identified only as NAME told': that 'as' names the subject; it does not open an
    'as X said' clause."""
    t = ("A Zainabiyoun officer identified only as Haj Mehdi told the Defa Press agency in March that his unit "
         "had lost “no more than six men.”")
    got = reported(ex, t, "speaker", "text")
    assert got == [("Haj Mehdi", "his unit had lost “no more than six men.”")]


def test_adverb_and_channel_between_subject_and_verb(ex):
    """'Al-Alam even reported that', 'used a visit to Baghdad to stress that': the speaker is still the
    subject."""
    t = ("Al-Alam even reported that the convoy had been “destroyed to the last truck.” "
         "Foreign Minister Javad Zarif used a visit to Baghdad to stress that Iran would “never abandon” Iraq.")
    got = reported(ex, t, "speaker", "cue", "text")
    assert got == [("Al-Alam", "reported", "the convoy had been “destroyed to the last truck.”"),
                   ("Mohammad Javad Zarif", "stress", "Iran would “never abandon” Iraq")]


def test_inverted_condition_after_that_is_content(ex):
    """'said that had the advisers not gone, ...': an auxiliary before its subject after 'that' is a
    condition, the content of the statement, and not a bare 'had'."""
    t = "General Gholam Ali Rashid said that had the advisers not gone to Iraq, “the enemy would be in Ilam today.”"
    got = reported(ex, t, "speaker", "text")
    assert got == [("Gholam Ali Rashid",
                    "had the advisers not gone to Iraq, “the enemy would be in Ilam today.”")]
    assert [s["kind"] for s in ex.extract("The spokesman said that had been a mistake.")] == ["narration"]


def test_relative_clause_speakers(ex):
    """'Turkey, which he accused of “...”': the pronoun speaks and the charge is the content; 'the
    will of a fighter from Herat who wrote, “...”': the phrase before 'who' speaks."""
    t = ("Qais al-Khazali spoke for an hour. He saved his anger for Turkey, which he accused of “opening its "
         "border to every butcher.” The agency printed the letter of a volunteer from Herat who wrote, "
         "“Do not weep for me, mother.”")
    got = reported(ex, t, "speaker", "cue", "text")
    assert got == [("Qais al-Khazali", "accused", "opening its border to every butcher."),
                   ("volunteer from Herat", "wrote", "Do not weep for me, mother.")]


def test_pronouns_agree_in_gender_with_described_people(ex):
    """'One man in Herat said ... “...,” she said': 'she' is not the man; a woman described before is."""
    t = ("A widow in Golshahr, who gave only her first name, has lost two sons. "
         "One man in Herat said his brigade lost forty men in a night. “They sold our sons for a card,” she said.")
    got = reported(ex, t, "speaker", "text")
    assert got == [("One man in Herat", "his brigade lost forty men in a night"),
                   ("widow in Golshahr", "They sold our sons for a card")]


def test_a_sentence_opening_with_when_i_names_no_one(ex):
    """'When I asked him ..., he laughed. “...,” he said': 'When I' is no name; he is the man named before."""
    t = ("Karim is in a camp near Athens now. When I asked him whether he would go back, he laughed. "
         "“Back to Herat, one day. Back to Syria, never,” he said.")
    got = reported(ex, t, "speaker", "kind")
    assert got == [("Karim", "direct")]


def test_the_description_refers_to_the_person_it_was_given_to(ex):
    """'Col. NAME, a spokesman for the coalition, said ... the spokesman said': the coalition's
    spokesman, not a registered spokesman of another government."""
    t = ("Iran's foreign ministry spokesman Bahram Ghasemi said the raid was illegal.\n\n"
         "Col. Ryan Dillon, a spokesman for the coalition in Baghdad, said the coalition had not been involved.\n\n"
         "Asked about the photographs, the spokesman said he could not confirm where they were taken.")
    got = reported(ex, t, "speaker")
    assert got == ["Bahram Ghasemi", "Ryan Dillon", "Ryan Dillon"]


def test_quoted_as_saying_after_a_title_and_name(ex):
    """'Al-Mayadeen quoted PMF deputy chairman NAME as saying ...': the person named speaks."""
    t = "Al-Mayadeen quoted PMF deputy chairman Abu Mahdi al-Muhandis as saying that the Hashd was “ready.”"
    got = reported(ex, t, "speaker", "text")
    assert got == [("Abu Mahdi al-Muhandis", "the Hashd was “ready.”")]


def test_abbreviated_titles_name_later_descriptions(ex):
    """'a speech by IRGC commander Maj. Gen. NAME ... The general went on to say': the general is NAME."""
    t = ("The fullest account came in a speech by IRGC commander Maj. Gen. Mohammad Ali Jafari in Tehran. "
         "Jafari declared that the war was “won.” The general went on to say that the advisers would stay.")
    got = reported(ex, t, "speaker", "text")
    assert got == [("Mohammad Ali Jafari", "the war was “won.”"),
                   ("Mohammad Ali Jafari", "the advisers would stay")]


def test_demonym_before_a_cue_in_s_makes_it_a_noun(ex):
    """'dismissing American calls for a withdrawal as ...': 'calls' is a noun, 'American' no speaker,
    and a later 'he' is still the general."""
    t = ("General Hossein Salami said the Guard would stay, dismissing American calls for a withdrawal as "
         "“a dream.” He also claimed that the Guard had “never had more than a few hundred advisers.”")
    got = reported(ex, t, "speaker", "cue")
    # (the naming participle after a finite clause is a statement of its own)
    assert got == [("Hossein Salami", "said"), ("Hossein Salami", "dismissing"), ("Hossein Salami", "claimed")]


def test_according_to_then_a_clause_with_its_own_verb(ex):
    """'According to X, the model Iran built would be “...”, and ...': the clause after the comma is
    the content, not an appositive of X."""
    t = ("According to Jafari, the Basij model that Iran helped build would now be “institutionalized” in Iraq, "
         "and the militias would remain a reserve.")
    got = reported(ex, t, "speaker", "text")
    assert got == [("Mohammad Ali Jafari", "the Basij model that Iran helped build would now be “institutionalized” "
                                           "in Iraq, and the militias would remain a reserve")]


def test_a_registered_official_keeps_the_articles_spelling_and_groups_as_one():
    """Gold and readers expect the name as written ("Qasemi"); the aggregates still count one person."""
    import pandas as pd

    from narrative.aggregate import aggregate

    ex = Extractor()
    names = []
    for text in ("Foreign Ministry spokesman Bahram Qasemi said that the strikes violated Syrian sovereignty.",
                 "Foreign Ministry spokesman Bahram Ghasemi said that Iran would respond.",
                 "Ayatollah Ali Khamenei said that the martyrs had defended the shrine."):
        names += reported(ex, text, "speaker", "speaker_role")
    assert names == [("Bahram Qasemi", "official"), ("Bahram Ghasemi", "official"), ("Ali Khamenei", "official")]
    st = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Bahram Qasemi", "Bahram Ghasemi"], "speaker_role": "official",
                       "kind": "indirect", "text": "x", "frames": "", "stance": [0.5, 1.0]})
    table = aggregate(st, "speaker", min_n=1)
    assert table["speaker"].tolist() == ["Bahram Ghasemi"] and table["n_statements"].tolist() == [2]


def test_a_negated_subject_reports_no_speech():
    said = reported(Extractor(), "No Iranian source has confirmed casualties from that incident.")
    assert said == []


def test_an_office_speaks_for_its_holder_and_a_reason_stays_in_the_content():
    ex = Extractor()
    got = []
    for text in ("The prime minister's office said the strikes were a violation of Iraqi sovereignty.",
                 "The strikes were illegal, Abdul-Mahdi's office said.",
                 "A US defense official said the targets had been chosen because they stored weapons supplied by Iran."):
        got += [(s["speaker"], s["speaker_role"], text[s["start"]:s["end"]]) for s in reported(ex, text)]
    assert got == [("prime minister's office", "official", "the strikes were a violation of Iraqi sovereignty"),
                   ("Adel Abdul Mahdi", "official", "The strikes were illegal"),
                   ("US defense official", "official", "the targets had been chosen because they stored weapons supplied by Iran")]


def test_a_participle_after_a_postposed_reporting_clause_is_the_same_speakers(ex):
    """'“...,” NAME said in a statement, adding that B': B is NAME's too, even when the quotation opens
    with names that could pass for a subject; a participle with no content of its own adds nothing."""
    t = ("“Washington and London will regret this folly,” Ansar Allah spokesman Mohammed Nasser said in a "
         "televised address, adding that 40 raids had hit the port of Hodeidah.")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("Mohammed Nasser", "direct", "Washington and London will regret this folly"),
        ("Mohammed Nasser", "indirect", "40 raids had hit the port of Hodeidah")]
    t = "“The road is open again,” Karim Haddad told reporters, pointing to the trucks behind him."
    assert reported(ex, t, "speaker", "text") == [("Karim Haddad", "The road is open again")]


def test_he_is_the_sentence_subject_rather_than_a_person_named_in_its_appositive(ex):
    t = ("Kamal Kharrazi, a senior adviser to Supreme Leader Ali Khamenei, arrived in Beirut on Friday. "
         "“The Resistance is stronger than ever,” he told the crowd. He added that Iran would not abandon its friends.")
    assert reported(ex, t, "speaker") == ["Kamal Kharrazi", "Kamal Kharrazi"]


def test_the_narrators_next_clause_about_the_speaker_ends_the_content(ex):
    t = ("Ali Bagheri said the sanctions were illegal, and he blamed the Europeans for the collapse of the "
         "talks, saying they had “betrayed every promise.”")
    # ("blamed X for Y" is itself an accusation; ", saying they had ..." with a clause of its own is a second
    # statement, while a participle with an object stays with it, as the sample's "censured the “terrorists”
    # ..., accusing Israel ..." does)
    assert reported(ex, t, "speaker", "text") == [
        ("Ali Bagheri", "the sanctions were illegal"),
        ("Ali Bagheri", "the Europeans for the collapse of the talks"),
        ("Ali Bagheri", "they had “betrayed every promise.”")]


def test_ordinary_people_a_relative_clause_and_a_named_bodys_office_as_speakers(ex):
    t = "“Nobody came to help us,” one demonstrator, who gave his name only as Hassan, told the Gulf Monitor."
    assert reported(ex, t, "speaker", "speaker_role") == [("one demonstrator", "other")]
    t = "Three guards were killed at the crossing, the IRGC public relations office said on Sunday."
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("IRGC public relations office", "official", "Three guards were killed at the crossing")]
    t = "According to a hospital source, who asked not to be named, nine of the wounded were children."
    assert reported(ex, t, "speaker", "text") == [("hospital source", "nine of the wounded were children")]


def test_a_statement_read_on_television_and_a_documents_words_that_read(ex):
    t = ("Two border guards were killed near Saravan overnight, the regional police command said in a "
         "statement read on provincial television.")
    assert reported(ex, t, "speaker", "text") == [
        ("regional police command", "Two border guards were killed near Saravan overnight")]
    t = ("Defence Minister Aziz Nasirzadeh said in a message to the families that the state would care for them. "
         "“Your sons did not die in vain,” "
         "the message read. The letter read: “The nation owes you its security.” "
         "A banner at the gate read “Welcome home.” Volunteers read the names of the dead aloud.")
    assert reported(ex, t, "speaker", "text") == [
        ("Aziz Nasirzadeh", "the state would care for them"),
        ("Aziz Nasirzadeh", "Your sons did not die in vain"),
        ("Aziz Nasirzadeh", "The nation owes you its security.")]


def test_a_channel_with_an_appositive_and_a_quoted_source_cited_before_the_verb(ex):
    t = "Ali Larijani wrote on X, formerly Twitter, that the talks had reached a dead end."
    assert reported(ex, t, "speaker", "text") == [("Ali Larijani", "the talks had reached a dead end")]
    t = ("The Fars news agency, citing an “informed source,” reported that the convoy had crossed at "
         "Al-Bukamal before dawn.")
    assert reported(ex, t, "speaker", "text") == [("Fars news agency", "the convoy had crossed at Al-Bukamal before dawn")]


def test_a_time_before_after_is_no_clause_boundary(ex):
    t = "The ministry said the raid, hours after the talks in Muscat, showed bad faith."
    assert reported(ex, t, "text") == ["the raid, hours after the talks in Muscat, showed bad faith"]
    t = "The ministry said the bridge was closed after the shelling began."
    assert reported(ex, t, "text") == ["the bridge was closed"]


def test_an_inverted_reporting_clause_after_the_content(ex):
    t = ("The real toll is at least twice as high, argues Leila Farahani of the Centre for Levant Studies, "
         "who keeps a database of funerals. She has counted them since 2014.")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("Leila Farahani", "indirect", "The real toll is at least twice as high")]
    t = "The strikes destroyed three depots, said the Pentagon in a statement on Monday."
    assert reported(ex, t, "speaker", "text")[0][1] == "The strikes destroyed three depots"
    # "said to be": no speaker after the verb, so nothing inverted
    t = "The minister, said to be ill, did not attend the session in Tehran."
    assert reported(ex, t) == []


def test_straight_single_quotes_and_a_quotation_announced_after_what_someone_said(ex):
    t = "Resalat said in an editorial that the enemy had 'mistaken Iran's patience for weakness' and would regret it."
    assert reported(ex, t, "speaker", "kind") == [("Resalat", "partial")]
    t = ("I will tell you what one volunteer from Herat told me in a clinic in Homs: 'They promised us papers. "
         "They gave us a grave.'")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("one volunteer from Herat", "direct", "They promised us papers. They gave us a grave.")]
    t = "This is what the ministry calls “a tactical redeployment” of its units."
    assert reported(ex, t) == []


def test_a_documents_issuer_a_possessive_voice_and_a_described_subject_named_before(ex):
    t = ("Lebanon’s foreign ministry has sent two letters to the Security Council. The letters describe the raid as "
         "a “grave breach of resolution 1701”.")
    assert reported(ex, t, "speaker") == ["Lebanon’s foreign ministry"]
    t = ("The spokesman for the army’s southern command, Colonel Firas Haddad, met reporters in Tyre. His opening "
         "remarks were aimed at the militias:\n“Whoever fires from a village brings the war into it.”\n\n"
         "Asked whether the army would deploy further south, the spokesman paused. “We go where the state sends "
         "us,” he said.")
    assert reported(ex, t, "speaker") == ["Firas Haddad", "Firas Haddad"]
    t = ("More from the Fars report. It quotes a Basij commander in Ahvaz, identified only by his nom de guerre "
         "Abu Zahra, as saying the depots hit “were empty”.")
    assert reported(ex, t, "speaker", "cue") == [("Abu Zahra", "quoted as saying")]


def test_a_live_blog_newest_first_is_read_in_time_order(ex):
    from narrative.segment import segment
    t = ("Live: the border crisis\n\n"
         "12:40 GMT —\n“We will answer at a time of our choosing,” he told the crowd.\nShare\n\n"
         "12:10 GMT —\nBrigadier General Karim Sadri, the commander of the border guards, has arrived in Zahedan.\n"
         "Share\n\n"
         "11:30 GMT —\nThe interior ministry says two guards were killed overnight.\nShare\n")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Karim Sadri", "We will answer at a time of our choosing"),
                   ("interior ministry", "two guards were killed overnight")]


def test_a_press_review_section_under_a_papers_name_in_capitals(ex):
    """A translated press review: a heading in capitals names the paper; its headline line, "the
    paper's editorial", "its front page read" and a photograph "under the words" are the paper's;
    a translator's note in brackets is the page's own voice."""
    t = ("HAMSHAHRI (municipal daily)\nFront-page headline: «The capital mourns its son»\n"
         "The paper's editorial said the city 'will not forget the men of the border'. It added that the funeral "
         "was «the largest in a decade».\n[Translator's note: the headline quotes a popular elegy.]\n\n"
         "ETTELAAT (moderate)\nEttelaat ran a photograph of the coffin across the top of its front page, under the "
         "words: «A son of Tehran comes home.»\nIts back page read: «Forty days of mourning begin.»")
    got = reported(ex, t, "speaker", "text")
    assert got[:4] == [("Hamshahri", "The capital mourns its son"),
                       ("Hamshahri", "the city 'will not forget the men of the border'"),
                       ("Hamshahri", "the funeral was «the largest in a decade»"),
                       ("Ettelaat", "A son of Tehran comes home.")]
    assert not any("elegy" in text for _, text in got)


def test_a_participle_after_the_agency_said_is_the_agencys(ex):
    t = ("Tasnim dismissed a report by the Saudi channel Al Arabiya that ten advisers had died. Only two officers "
         "were killed, the agency said, calling the higher figure «a fabrication».")
    assert reported(ex, t, "speaker", "cue")[-2:] == [("Tasnim News Agency", "said"), ("Tasnim News Agency", "calling")]


def test_one_quoted_sentence_broken_by_its_attribution_is_one_statement(ex):
    """"“A,” he said, “b ...”" (the quotation resumes in lower case) is one sentence, so one statement
    spanning both parts; a new quoted sentence after the attribution is a second one."""
    t = ("“In every generation there is a Karbala,” the preacher told the crowd, “and ours is on the Euphrates.” "
         "“We will stay,” said Ali Mousavi, a volunteer. “The enemy will leave.”")
    got = reported(ex, t, "speaker", "text")
    assert got[0] == ("preacher", "In every generation there is a Karbala,” the preacher told the crowd, "
                                  "“and ours is on the Euphrates.")
    assert got[1:] == [("Ali Mousavi", "We will stay"), ("Ali Mousavi", "The enemy will leave.")]


def test_a_colon_after_a_message_for_someone_introduces_the_subjects_words(ex):
    t = ("Colonel Reza Tabatabai toured the border posts on Sunday. He also had a message for the neighbouring "
         "states that have hosted American drones: “Whoever lends his airfield to the enemy lends him his roof.”")
    assert reported(ex, t, "speaker", "cue") == [("Reza Tabatabai", ":")]
    t = "The convoy passed the town of Qaim, where the residents had a long list of complaints: “We have no water.”"
    assert reported(ex, t, "speaker") == []


def test_a_description_with_a_lower_case_tail_is_named_by_its_appositive(ex):
    t = ("A senior officer from the Kermanshah provincial corps, Brigadier General Saeed Karimi, addressed the "
         "mourners. He said the fallen had “kept the war far from our cities”.")
    assert reported(ex, t, "speaker") == ["Saeed Karimi"]


def test_a_countrys_ministry_in_lower_case_speaks_as_the_ministry(ex):
    t = "Iran's foreign ministry said the talks would resume. Syria's defence ministry said the convoy was hit."
    assert reported(ex, t, "speaker", "speaker_role") == [("Iranian Foreign Ministry", "official"),
                                                          ("Syria's defence ministry", "official")]


def test_a_parenthesis_after_an_outlet_does_not_end_its_clause(ex):
    t = "Tishreen (Damascus; state-owned) said the army remained 'in full control of the desert road'."
    assert reported(ex, t, "speaker", "text") == [("Tishreen", "the army remained 'in full control of the desert road'")]


def test_a_participle_with_a_colon_quotation_is_a_second_statement(ex):
    t = ("Al-Akhbar's editorial questioned the Israeli account of the raid, concluding: «Nobody in this war "
         "counts honestly.»")
    assert reported(ex, t, "speaker", "cue", "kind")[-1] == ("Al-Akhbar", "concluding", "direct")


def test_excerpts_of_a_sermon_by_someone_are_his_words(ex):
    t = ("Javan carried excerpts of a sermon by Hojatoleslam Mahmoud Ardakani, who led the prayers in Yazd on "
         "Friday: «The blood of the martyrs waters the tree of the revolution.»")
    assert reported(ex, t, "speaker", "cue") == [("Mahmoud Ardakani", ":")]


def test_a_clip_label_in_a_transcript_names_the_voice_played(ex):
    from narrative.segment import segment
    t = ("HOST: Let us hear from Beirut.\n\n[CLIP — HASSAN NASRALLAH, translated from Arabic]\n"
         "\"We have never been stronger than we are today.\"\n\nHOST: That was last week.\n")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert ("Hassan Nasrallah", "We have never been stronger than we are today.") in got


def test_a_bare_spokesperson_at_a_bodys_briefing_speaks_for_it(ex):
    t = "At the Pentagon's weekly briefing, a spokesman said the strike had been “proportionate”."
    got = reported(ex, t, "speaker", "speaker_role")
    assert got[0][0].endswith(" spokesman") and "Pentagon" in got[0][0] and got[0][1] == "official"
    t = "After the Pentagon's strike on the depot, a spokesman for Kataib Hezbollah said the group would respond."
    assert "Pentagon" not in reported(ex, t, "speaker")[0]


def test_a_weak_cue_after_a_determiner_is_a_noun(ex):
    t = "After the Hezbollah attack, a spokesman for the army said the border was closed."
    assert reported(ex, t, "cue") == ["said"]


def test_she_is_not_a_man_described_as_a_son_before_his_name(ex):
    from narrative.segment import segment
    t = ("Zahra Karimi keeps the letters in a tin box. On the shelf stands a photograph of her youngest son, Mehdi, "
         "in uniform.\n\nShe said the letters stopped in March.\n")
    assert reported(ex, t, "speaker", segments=segment(t)) == ["Zahra Karimi"]


def test_telling_the_story_introduces_the_quotation_paragraph_after_it(ex):
    """"She tells the story slowly." gives no words, so it is no statement; the paragraph of quotation
    after it is hers."""
    from narrative.segment import segment
    t = ("Maryam Rahimi lost her husband near Aleppo in 2016. She tells the story slowly.\n\n"
         "“He left in May and called twice. Then nobody called.”\n\n"
         "Her neighbour, Hassan Nouri, told the story of how the convoy was hit.\n")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Maryam Rahimi", "He left in May and called twice. Then nobody called."),
                   ("Hassan Nouri", "the story of how the convoy was hit")]


def test_a_groups_directorate_and_a_bodys_briefing_in_an_opener(ex):
    t = ("The PMF's media directorate said the two men had died “on the road to Jerusalem”. At a Pentagon "
         "briefing later that day, a spokesperson said the strike was “necessary”.")
    got = reported(ex, t, "speaker", "speaker_role")
    assert got[0] == ("Popular Mobilization Forces", "organization")
    assert got[1][0].startswith("Pentagon") and got[1][1] == "official"


def test_the_shipped_registry_names_each_speaker_once():
    """A second entry under the same name would never be found (the first one's aliases win)."""
    from collections import Counter

    names = Counter(sp.name for sp in Registry.default().speakers)
    assert [n for n, c in names.items() if c > 1] == []
    assert Registry.default().resolve("Rishi Sunak").role == "official"


def test_a_panel_on_a_country_and_a_spokesperson_for_a_body_named_before(ex):
    t = ("In its report in March, the UN Panel of Experts on Libya wrote that the drones were “of Turkish make”. "
         "The Gazette asked Iran’s mission to the United Nations to comment. In an email, a spokesperson for the "
         "mission wrote that the report was “baseless”.")
    assert reported(ex, t, "speaker") == ["UN Panel of Experts on Libya",
                                          "Iran’s mission to the United Nations spokesperson"]


def test_speech_told_once_used_to_or_after_another_verb(ex):
    """"once said to me, very politely,", "used to tell us, ‘...’", "held up a photograph and said"."""
    t = ("A Turkish major at the checkpoint once said to me, very politely, “My orders come from Ankara.” "
         "Hajj Ali used to tell us, ‘A commander who hides loses his men.’ "
         "Lieberman says many things. In Munich he held up a map and said, “We will not wait.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Turkish major", "My orders come from Ankara."),
        ("Hajj Ali", "A commander who hides loses his men."),
        ("Avigdor Lieberman", "We will not wait.")]


def test_what_a_named_leader_told_someone_with_a_that_clause_after_the_colon(ex):
    t = ("I tell them what the Leader, Ayatollah Khamenei, told the families in Qom: that the war in Syria "
         "was a war for Iran.")
    assert reported(ex, t, "speaker", "text") == [("Ali Khamenei", "the war in Syria was a war for Iran")]


def test_a_series_of_verbs_after_commas_is_one_speakers(ex):
    t = ("On Gaza, the spokesman said Iran would back any deal the resistance accepted, warned that the "
         "enemy “breaks its promises,” and called on Muslim states to cut ties. Ali said the talks failed, "
         "Hassan Rouhani warned that war was coming.")
    got = reported(ex, t, "speaker", "cue")
    assert got[:3] == [("spokesman", "said"), ("spokesman", "warned"), ("spokesman", "called on")]
    assert got[-1] == ("Hassan Rouhani", "warned")


def test_asked_about_remarks_quoted_in_the_question(ex):
    """"Asked about remarks by NAME that “...,” he said": NAME's remarks are a statement, and the
    reporting clause's subject comes after the question; a bulleted "- Asked about" too."""
    t = ("Spokesman Esmaeil Baghaei spoke for an hour. Asked about remarks by US envoy Tom Barrack that "
         "Hezbollah’s “time is over,” Baghaei said such statements were “wishful thinking”.\n\n"
         "- Asked about reports that Iran had sent drones to Sudan, he dismissed them as “baseless”.")
    got = reported(ex, t, "speaker", "text")
    assert ("Tom Barrack", "Hezbollah’s “time is over,”") in got
    assert sum("Baghaei" in s for s, _ in got) == 2


def test_claims_of_someone_that_and_a_naming_participle_before_saying_that(ex):
    t = ("Baghaei rejected the claims of some Gulf media that Iran had lost Syria, describing such reports as "
         "“a psychological operation” and saying that Iran's role had been “advisory”.")
    got = reported(ex, t, "speaker", "cue", "text")
    assert ("Gulf media", "claims", "Iran had lost Syria") in got
    # a participle after a comma is the main clause's speaker's, not the claim clause's ("Iran")
    assert [x for x in got if x[1] != "claims"] == [
        ("Esmaeil Baghaei", "describing", "such reports as “a psychological operation”"),
        ("Esmaeil Baghaei", "saying", "Iran's role had been “advisory”")]  # (the registry's full name)


def test_a_group_allied_with_a_state_and_a_commander_telling_after_with(ex):
    t = ("Iraqi armed factions allied with Iran said on Monday they were ready to send fighters to Syria, with "
         "one commander telling Reuters that “we will fight them in Aleppo so as not to fight them in Basra.”")
    got = reported(ex, t, "speaker", "text")
    assert got[0] == ("Iraqi armed factions", "they were ready to send fighters to Syria")
    assert got[1][0] == "one commander"


def test_what_a_speaker_said_were_or_called_is_a_statement_of_its_own(ex):
    t = ("Hezbollah said it fired two rockets at an Israeli position, after what it said were repeated "
         "Israeli violations of the truce. The Houthis said they had hit a ship, in what they called a "
         "response to “the aggression” on Yemen. Foreign ministry spokesman Nasser Kanaani condemned what he "
         "called “a cowardly crime”.")
    got = reported(ex, t, "speaker", "text")
    assert ("Hezbollah", "it fired two rockets at an Israeli position") in got
    assert ("Hezbollah", "repeated Israeli violations of the truce") in got
    assert ("Houthis", "a response to “the aggression” on Yemen") in got
    assert [s for s, _ in got].count("Nasser Kanaani") == 1


def test_members_of_parliament_and_an_editorial_board_after_an_opener(ex):
    t = ("Several members of parliament have complained that Moscow decided “over the heads” of Tehran. "
         "Start with the Guardian. On Friday its editorial board wrote that the city had fallen.")
    assert reported(ex, t, "speaker") == ["members of parliament", "The Guardian"]


def test_a_countrys_minister_and_a_title_holder_named_by_a_possessive(ex):
    t = ("Not the aid workers, whose videos Syria’s information minister has called “a Hollywood production”. "
         "Iran's supreme leader said the war was over.")
    assert reported(ex, t, "speaker", "speaker_role") == [("Syria’s information minister", "official"),
                                                          ("Ali Khamenei", "official")]


def test_a_spokesperson_for_a_body_given_by_its_acronym_in_commas(ex):
    t = ("A spokesperson for the UN observer mission in the Golan, UNDOF, said both sides had fired across the "
         "line. A spokesman for the rebel alliance in Idlib, HTS, said the base was hit.")
    assert reported(ex, t, "speaker") == ["UNDOF spokesperson", "Hay'at Tahrir al Sham spokesman"]


def test_a_name_in_commas_takes_the_role_of_the_description_before_it(ex):
    t = ("Syria’s envoy to Moscow, Karim Haddad, said the talks had failed. "
         "Last month the head of the Foundation of Martyrs and Veterans Affairs, Hamid Rostami Lavasani, told "
         "mourners that the dead had gone willingly. The director of the Tigris Monitoring Group, Lina Sabbagh, "
         "said the figures were too low. The head of the Basij, Gholamreza Soleimani, said the war was over. "
         "A senior member of Hezbollah, Ali Fayyad, said it was not.")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("Karim Haddad", "official"), ("Hamid Rostami Lavasani", "official"), ("Lina Sabbagh", "organization"),
        ("Gholamreza Soleimani", "official"), ("Ali Fayyad", "organization")]


def test_an_envoy_or_mission_to_a_body_speaks_for_the_state_that_sent_it():
    reg = Registry.default()
    for mention in ("Russia’s envoy to the United Nations", "Iran’s permanent mission to the United Nations",
                    "Iran's UN mission"):
        assert reg.resolve(mention).role == "official", mention
    assert reg.resolve("Russia’s envoy to the United Nations").name != "United Nations"
    res = reg.resolve("Shargh's columnist Ahmad Rezvani")
    assert (res.name, res.role, res.kind) == ("Ahmad Rezvani", "outlet", "person")


def test_a_bare_surname_is_the_person_the_text_describes_in_full_elsewhere(ex):
    t = ("Source: Iraqi Interior Minister Lt. Gen. Abdul-Amir al-Shammari, interview with Al-Iraqiya, May 2.\n\n"
         "In the interview, al-Shammari was asked about the drone. “It came from the west,” he said. "
         "Later, al-Shammari said the border was closed.\n\n"
         "The boys are buried in Behesht-e Zahra. Zahra said she would not leave.")
    got = reported(ex, t, "speaker", "speaker_role")
    assert got[:2] == [("Abdul-Amir al-Shammari", "official")] * 2
    assert got[2][0] == "Zahra"  # a cemetery's name is no one's full name


def test_a_list_items_question_opener_is_no_antecedent(ex):
    t = ("Foreign ministry spokesman Esmaeil Baghaei told reporters on Monday that the talks would go on.\n\n"
         "- Asked about Western reports that Iran had sent missiles to Russia, he dismissed them as “a baseless "
         "claim”.")
    assert reported(ex, t, "speaker") == ["Esmaeil Baghaei"] * 2


def test_an_interviewee_described_with_abbreviated_titles_is_an_official(ex):
    t = ("Brig. Gen. Reza Tavakoli served as an adviser in Aleppo for four years.\n\n"
         "Monthly: What did you see there?\n\n"
         "Tavakoli: We saw a city that would not fall.\n\n"
         "Monthly: And the Russians?\n\n"
         "Tavakoli: They came late.")
    got = [(s["speaker"], s["speaker_role"]) for s in ex.extract(t, segment(t)) if s["kind"] == "direct"]
    assert got and set(got) == {("Reza Tavakoli", "official")}


def test_nicknames_of_soleimani_and_nasrallah():
    reg = Registry.default()
    assert reg.resolve("Hajj Qassem").name == "Qassem Soleimani"
    assert reg.resolve("Sayyed Hassan").name == "Hassan Nasrallah"


def test_a_transcript_label_in_capitals_is_the_person_named_in_the_introduction(ex):
    t = ("Summary: Al-Alam interviewed Hussein al-Ezzi, a member of the Houthi political bureau, on Sunday.\n\n"
         "PRESENTER: What do you say to the American claims?\n\n"
         "AL-EZZI: It is a lie. The truth is that their strikes failed.\n\n"
         "PRESENTER: And Riyadh?\n\n"
         "AL-EZZI: We have not closed the door.\n\n")
    got = {s["speaker"] for s in ex.extract(t, segment(t)) if s["kind"] == "direct"}
    assert got == {"Hussein al-Ezzi"}


def test_translated_agency_phrasing_of_iranian_wires(ex):
    t = ("Major General Yahya Rahim Safavi, who was addressing students on the anniversary, underlined that the "
         "Basij is \"the pillar of the revolution\". He expressed hope that the talks would \"bear fruit soon\". "
         "Hojatoleslam Ali Saeedi said the war was a test. The cleric further added that the families are "
         "\"the owners of the revolution\". Safavi rejected the figures published by Saudi media as \"a sheer lie\". "
         "He rejected the offer as unacceptable.")
    assert reported(ex, t, "speaker", "cue") == [
        ("Yahya Rahim Safavi", "underlined"), ("Yahya Rahim Safavi", "expressed hope"), ("Ali Saeedi", "said"),
        ("Ali Saeedi", "added"), ("Yahya Rahim Safavi", "rejected")]


def test_a_naming_participle_after_a_finite_clause_is_a_statement_of_its_own(ex):
    t = ("Foreign Ministry spokeswoman Marziyeh Afkham denied that Iran had sent combat units to Syria, "
         "describing such reports as \"a repetitive scenario\". The Houthi spokesman claimed an attack on the "
         "carrier, describing it as a “precise hit”.")
    assert reported(ex, t, "text") == [
        "Iran had sent combat units to Syria", "such reports as \"a repetitive scenario\"",
        "an attack on the carrier, describing it as a “precise hit”"]


def test_a_participle_after_while_and_a_pronoun_after_a_subordinate_clause(ex):
    t = ("Nasrallah declared that “we have won the war in Syria,” while acknowledging that pockets of fighting "
         "would continue. When I mentioned that some residents had told me otherwise, he smiled and said that "
         "people in villages “talk a great deal.”")
    assert reported(ex, t, "speaker", "cue", "text") == [
        ("Hassan Nasrallah", "declared", "we have won the war in Syria"),
        ("Hassan Nasrallah", "acknowledging", "pockets of fighting would continue"),
        ("Hassan Nasrallah", "said", "people in villages “talk a great deal.”")]


def test_according_to_data_compiled_by_a_source_and_an_aside_in_dashes(ex):
    t = ("Several ships with no link to Israel were hit, according to shipping data compiled by maritime security "
         "firms. The toll rose to 30, according to figures compiled by the Syrian Observatory for Human Rights. "
         "The army advanced, according to reports. According to Karam, much of the money — the pensions, the "
         "school fees — arrives from Tehran.")
    assert reported(ex, t, "speaker", "text") == [
        ("maritime security firms", "Several ships with no link to Israel were hit"),
        ("Syrian Observatory for Human Rights", "The toll rose to 30"),
        ("Karam", "much of the money — the pensions, the school fees — arrives from Tehran")]


def test_those_who_say_and_whoever_says(ex):
    t = ("There are those who say that you are dragging Yemen into a war. Whoever says this does not know "
         "the Yemeni people.")
    assert reported(ex, t, "speaker", "text") == [("those who say", "you are dragging Yemen into a war")]


def test_they_in_what_they_called_is_the_plural_speaker_of_the_clause(ex):
    t = ("The Houthis fired at a ship on Friday. The Americans and the British say that their strikes hit what "
         "they called \"radar sites\" and that they weakened the group.")
    got = reported(ex, t, "speaker", "text")
    assert got[-1] == ("Americans and the British",
                       "their strikes hit what they called \"radar sites\" and that they weakened the group")


def test_the_pronoun_after_a_list_items_participle_opener_is_the_speaker_before(ex):
    t = ("Foreign Ministry spokesman Esmaeil Baghaei told reporters that the talks would go on.\n\n"
         "The spokesman also made the following points in response to other questions:\n\n"
         "- Commemorating the anniversary of the martyrdom of Lieutenant General Qassem Soleimani, he described the “commander of "
         "hearts” as “the most effective fighter against Daesh”.")
    assert reported(ex, t, "speaker", segments=segment(t)) == ["Esmaeil Baghaei"] * 2


def test_a_nationality_in_a_description_picks_that_countrys_person(ex):
    t = ("President Ebrahim Raisi said the operation had taught the enemy a lesson. Joe Biden issued a statement "
         "after speaking with Benjamin Netanyahu. The US president said American forces had helped Israel. The "
         "Iranian president said the matter was closed.")
    assert reported(ex, t, "speaker")[-2:] == ["Joe Biden", "Ebrahim Raisi"]


def test_he_after_a_subject_named_in_commas_is_the_person_named(ex):
    t = ("Iran’s armed forces chief of staff, Maj Gen Mohammad Bagheri, told state television that the operation "
         "had “achieved all of its goals”. But he warned that if Israel retaliated, “our response will be much "
         "larger.” Hamas put out a statement describing the operation as “a natural right”. The group called on “the free people of "
         "the world” to keep up pressure on Israel.")
    assert reported(ex, t, "speaker") == ["Mohammad Bagheri", "Mohammad Bagheri", "Hamas", "Hamas"]


def test_a_quotation_alone_after_narration_about_a_named_person_is_theirs(ex):
    t = ("Mariam Haidar lives in Nabatieh. Her son left for Syria in 2013.\n\n"
         "Mariam is sixty now. She keeps his room as he left it.\n\n"
         "“When they brought him home, I did not cry in front of the people.”\n\n"
         "Hadi’s younger brother Karim remembers the last argument. “I told him to stay. He laughed at me.” "
         "He was twelve at the time.\n\n"
         "Interviews\n\n"
         "“He wanted a passport, not a halo.” A fighter on his three years in Syria\n\n"
         "The ministry published the figures on Monday. “These numbers are false and everyone knows it.”")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Mariam", "When they brought him home, I did not cry in front of the people."),
                   ("Karim", "I told him to stay. He laughed at me.")]


def test_a_quoted_block_after_a_colon_and_a_writers_byline(ex):
    t = ("Militia media in Iraq\n\n"
         "Abu Ali al-Askari, the security official of Kataib Hezbollah, uses a sharper register on his Telegram "
         "channel. After the strikes, he wrote:\n\n"
         "> The resistance is in no hurry. It chooses its time and its place. [4]\n\n"
         "Note the two moves in that post. Hossein Mousavi, who writes for Kayhan, said the war was over. "
         "A cleric who writes under the name Abu Zahra wrote that the truce had failed.")
    assert reported(ex, t, "speaker", "text", segments=segment(t)) == [
        ("Abu Ali al-Askari", "The resistance is in no hurry. It chooses its time and its place"),
        ("Hossein Mousavi", "the war was over"), ("Abu Zahra", "the truce had failed")]


def test_a_wire_leads_unnamed_commander_is_the_person_named_and_quoted_after_it(ex):
    t = ("Tehran, May 2, PNA – A senior commander of the Islamic Revolution Guards Corps (IRGC) said that the "
         "advisers in Syria defend Iran's own frontiers.\n\n"
         "According to the PNA correspondent, Brigadier General Reza Mahdavi, commander of the IRGC Imam Reza "
         "Corps, in a speech in Mashhad on Friday, noted that Iran went to Syria at the request of its "
         "government.\n\n"
         "A senior official of the Iraqi government said on Monday that the border was open.\n\n"
         "Ali Saleh, a farmer from Qaim, said he had seen no troops.")
    assert reported(ex, t, "speaker", segments=segment(t)) == [
        "Reza Mahdavi", "Reza Mahdavi", "senior official of the Iraqi government", "Ali Saleh"]


def test_a_registered_post_author_keeps_the_registrys_role_and_a_surname_in_another_case(ex):
    t = ("Joe Biden has told Benjamin Netanyahu that the US will not join a counter-strike.\n\n"
         "  Benjamin Netanyahu  ✔\n  @netanyahu\n  Our defence held tonight.\n  4:02 AM · Apr 14, 2024\n\n"
         "Al-Masirah interviewed Hussein al-Ezzi, a senior member of the Houthi political council, on Sunday. "
         "Al-Ezzi described the strikes as “a failed attempt”.")
    got = reported(ex, t, "speaker", "speaker_role", segments=segment(t))
    assert ("Benjamin Netanyahu", "official") in got
    assert ("Hussein al-Ezzi", "official") in got  # (a council is an office)


def test_an_interviewees_role_comes_from_the_description_before_the_name_not_the_clause_after(ex):
    t = ("BEIRUT - Iran’s ambassador to Syria, Reza Kamali, sat down with the Eastern Front Review in Damascus.\n\n"
         "Review: Will Iran stay?\n\n"
         "Kamali: Our advisers are there at the request of the legitimate government.\n\n"
         "Review: And the truce?\n\n"
         "Kamali: The terrorists have violated it every day.\n")
    got = {(s["speaker"], s["speaker_role"]) for s in ex.extract(t, segment(t)) if s["kind"] == "direct"}
    assert got == {("Reza Kamali", "official")}


def test_a_quotation_left_open_over_paragraphs_is_one_statement(ex):
    t = ("Leila Haddad is fifty now. She keeps his room as he left it.\n\n"
         "“When they brought him home, I did not cry. I had decided that before.\n\n"
         "“But at night I cried. We are proud and we cry.”\n\n"
         "“The funeral is where the party counts its dead,” Nadia Karam told me. “It shows that the loss is seen.\n\n"
         "“What it cannot show is a number.”")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [
        ("Leila Haddad", "When they brought him home, I did not cry. I had decided that before.\n\n“But at night I "
                         "cried. We are proud and we cry."),
        ("Nadia Karam", "The funeral is where the party counts its dead"),
        ("Nadia Karam", "It shows that the loss is seen.\n\n“What it cannot show is a number.")]


def test_a_quotation_paragraph_named_by_the_next_paragraph(ex):
    t = ("The Road Back\n\nBy Clara Whitfield\n\n"
         "“He ironed his own shirts. Nobody taught him.”\n\n"
         "The woman who says this is Samira Fakih, and the shirts are still in a wardrobe. Her son left in 2013.\n\n"
         "“Nobody asked us,” the neighbour said.")
    assert reported(ex, t, "speaker", "text", segments=segment(t)) == [
        ("Samira Fakih", "He ironed his own shirts. Nobody taught him."), ("neighbour", "Nobody asked us")]


def test_an_agency_relaying_a_statement_in_its_sentence_is_no_second_speaker(ex):
    t = ("Hossein Salami spoke on Monday. He also warned Washington that American bases in the region would be "
         "targeted, the state-run IRNA agency reported. The strikes killed 12 people, the agency reported.")
    assert reported(ex, t, "speaker", "text") == [
        ("Hossein Salami", "American bases in the region would be targeted"),
        ("IRNA", "The strikes killed 12 people")]


def test_an_interview_features_standing_questions_are_answered_by_its_interviewee(ex):
    # A feature that sets the writer's questions apart as paragraphs: once an answer names its speaker ("he
    # says"), a later answer without one, and a later "he" after a question, are the interviewee's; an
    # auxiliary opening a question ("Does he ...?") and a one-word section heading are no one.
    t = ("Karim Haidari, 31, fought for two years with a militia near Aleppo. He now drives a taxi in Kabul.\n\n"
         "What did they promise you?\n\n"
         "“A salary and papers for my family. That was the whole bargain,” he says.\n\n"
         "A spokesman for the brigade, reached by telephone, dismissed Haidari’s account as “a story for "
         "foreign journalists.”\n\n"
         "Were there Iranian officers at the front?\n\n"
         "“Always. They said they were advisers, but advisers do not give the orders to attack at dawn.”\n\n"
         "Regrets\n\n"
         "Does he regret going?\n\n"
         "He takes a long time to answer. “I don’t know. It was never our war,” he says.\n\n"
         "Would he go back?\n\n"
         "He laughs. “Never. Not for any money.”")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [
        ("Karim Haidari", "A salary and papers for my family. That was the whole bargain"),
        ("spokesman", "Haidari’s account as “a story for foreign journalists.”"),
        ("Karim Haidari", "Always. They said they were advisers, but advisers do not give the orders to attack at "
                          "dawn."),
        ("Karim Haidari", "I don’t know. It was never our war"),
        ("Karim Haidari", "Never. Not for any money.")]


def test_an_attributed_answer_keeps_its_own_speaker_after_a_question(ex):
    # A question in narration answered by an attributed quotation: the answer's own attribution wins over the
    # interviewee carried from the question before it.
    t = ("What does Tehran want?\n\n"
         "“We want the occupiers gone,” said Ali Fadavi, the deputy commander.\n\n"
         "A witness said the convoy left at night.\n\n"
         "Is this the end?\n\n"
         "“The end of the beginning,” a diplomat said.")
    assert reported(ex, t, "speaker", segments=segment(t)) == ["Ali Fadavi", "witness", "diplomat"]


def test_the_reporters_words_after_a_content_are_not_part_of_it(ex):
    # A gloss after a quotation closed with a comma, "without offering evidence", "before withdrawing the
    # report": the reporter's words; "blamed X for Y" is an accusation; "said a lot" says nothing.
    t = ("President Ebrahim Raisi promised that the crime “will not go unanswered,” which, for those keeping "
         "score at home, is the fortieth time that phrase has been used. Syria’s state agency SANA blamed the "
         "strike on the US-led “international coalition,” without offering evidence. It had first blamed the "
         "United States for the raid, before withdrawing the report. Tehran said a lot, and fast. "
         "Ali Fadavi said the “axis”, which Iran leads, would respond.")
    assert reported(ex, t, "speaker", "text") == [
        ("Ebrahim Raisi", "the crime “will not go unanswered,”"),
        ("SANA", "the strike on the US-led “international coalition,”"),
        ("SANA", "the United States for the raid"),
        ("Ali Fadavi", "the “axis”, which Iran leads, would respond")]


def test_a_second_that_clause_with_a_speaker_of_its_own_is_that_speakers(ex):
    t = ("Foreign Ministry spokesman Esmaeil Baghaei spoke on Monday. He added that Iran was in constant contact "
         "with Lebanese officials and that Foreign Minister Abbas Araghchi had told his Lebanese counterpart "
         "that “Iran will stand by Lebanon’s government.” He said that the strikes were illegal and that they "
         "would fail.")
    assert reported(ex, t, "speaker", "text") == [
        ("Esmaeil Baghaei", "Iran was in constant contact with Lebanese officials"),
        ("Abbas Araghchi", "Iran will stand by Lebanon’s government."),
        ("Esmaeil Baghaei", "the strikes were illegal and that they would fail")]


def test_a_participles_object_between_subject_and_verb_is_not_the_speaker(ex):
    t = ("The U.S.-led coalition fighting Islamic State said it was not involved. The UN mission monitoring "
         "the truce said both sides had fired. Syria’s state agency SANA first blamed the United States for "
         "the raid.")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("US-led coalition", "official"), ("UN mission", "organization"), ("SANA", "outlet")]


def test_un_meetings_coverage_speakers_are_representatives_and_a_briefer_in_capitals(ex):
    t = ("NADIA BARAKAT, Assistant Secretary-General for the Middle East, briefing the Council, said that, "
         "according to the Syrian authorities, the strike had destroyed the consular building.\n\n"
         "The Secretary-General had condemned the attack, she said, and recalled that \"diplomatic premises are "
         "protected under international law\".\n\n"
         "\"Any miscalculation could lead to broader conflict,\" she warned.\n\n"
         "The representative of the Islamic Republic of Iran said the \"terrorist attack\" had killed seven "
         "advisers. The Council's silence, he continued, would only \"embolden the Israeli regime\". He said the "
         "United States bore responsibility for the attack.\n\n"
         "The representative of the United Kingdom said her country was \"concerned about the risk of further "
         "escalation\".")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert got[0] == ("Nadia Barakat", "official", "the strike had destroyed the consular building")
    iran = "representative of the Islamic Republic of Iran"
    # ("she said, and recalled that": her words too; the quotation is the Secretary-General's, as she relays it)
    assert [g[0] for g in got[1:]] == ["Secretary-General", "Nadia Barakat", "Nadia Barakat", iran, iran, iran,
                                       "representative of the United Kingdom"]
    assert all(role == "official" for _, role, _ in got)
    assert got[6][2] == "the United States bore responsibility for the attack"


def test_an_explainers_key_points_and_labelled_bullets_are_their_speakers(ex):
    t = ("Israel–Hezbollah: what we know so far\n\n"
         "Key points from Hassan Nasrallah's televised speech on Thursday:\n\n"
         "• He acknowledged that the group had suffered “a severe and unprecedented blow”\n"
         "• He called the blasts “a massacre” and “a declaration of war” on Lebanon\n\n"
         "What has Iran said?\n\n"
         "• Foreign ministry spokesman Nasser Kanaani: condemned the explosions as “a clear example of "
         "terrorism”\n"
         "• Revolutionary Guards commander Hossein Salami: in a letter to Nasrallah, said the attack would be met "
         "with “a crushing response”\n\n"
         "At least 37 people have been killed in the two waves of explosions, according to Lebanon's health "
         "ministry.")
    assert reported(ex, t, "speaker", segments=segment(t)) == [
        "Hassan Nasrallah", "Hassan Nasrallah", "Nasser Kanaani", "Hossein Salami", "Lebanon's health ministry"]


def test_a_country_or_capital_in_the_present_tense_speaks(ex):
    # "Iran says": a country's name ends like "American" or "Iranian" but is no adjective before a noun
    t = ("Iran says it will respond. Tehran claims the strike failed. Sudan says the talks failed. "
         "American calls for a withdrawal were ignored. Iran's foreign ministry spokesman, Nasser Kanaani, "
         "condemned last night's strikes as “arbitrary”. Kata'ib Hizballah said the strikes would not pass.")
    assert reported(ex, t, "speaker", "text") == [
        ("Iran", "it will respond"), ("Iranian government", "the strike failed"), ("Sudan", "the talks failed"),
        ("Nasser Kanaani", "last night's strikes as “arbitrary”"),
        ("Kataib Hezbollah", "the strikes would not pass")]


def test_parliament_report_phrasings(ex):
    t = ("Ahvaz MP Hassan Ka'abi said the assassination had been carried out \"while the Americans were "
         "presenting a truce plan,\" which in his view proved that the regime \"has never honoured any "
         "ceasefire.\" He also criticised Moscow, saying that Russia had \"watched from the sidelines\".\n\n"
         "Maryam Hosseinpour, who represents Shiraz, recalled that Sayyed Hassan had \"lived for this day\". "
         "The committee recalled its members from the border.\n\n"
         "According to Ebrahim Rezaei, Araghchi had told committee members in a telephone call on Saturday that "
         "Iran \"will not leave the resistance alone\". Rezaei himself stressed that the support \"is strategic\".")
    assert reported(ex, t, "speaker", "text", segments=segment(t)) == [
        ("Hassan Ka'abi", "the assassination had been carried out \"while the Americans were presenting a truce "
                          "plan,\" which in his view proved that the regime \"has never honoured any ceasefire.\""),
        ("Hassan Ka'abi", "Russia had \"watched from the sidelines\""),
        ("Maryam Hosseinpour", "Sayyed Hassan had \"lived for this day\""),
        ("Abbas Araghchi", "Iran \"will not leave the resistance alone\""),
        ("Ebrahim Rezaei", "the support \"is strategic\"")]


def test_a_profiles_headings_and_openers_and_the_people_around_its_subject(ex):
    t = ("Brigadier General Javad Karimi-Nejad was born in 1962 in a village outside Neyshabur.\n\n"
         "The Syrian years\n\n"
         "It was Syria that made him indispensable. From 2012 he oversaw the movement of weapons to the forces "
         "defending Bashar al-Assad. In a 2013 interview, he described Syria as “the front line of our own "
         "house”.\n\n"
         "Hamid Karimi-Nejad, speaking to The Weekly Compass by telephone, said the family rarely knew where "
         "his brother was. Firas al-Bitar, a former Free Syrian Army commander, said he was no hero. "
         "Sayed Ali Hosseini, an Afghan veteran of the Fatemiyoun, said he carried the coffin himself.")
    got = reported(ex, t, "speaker", "speaker_role", segments=segment(t))
    assert got == [("Javad Karimi-Nejad", "official"), ("Hamid Karimi-Nejad", "other"),
                   ("Firas al-Bitar", "other"), ("Sayed Ali Hosseini", "other")]


def test_a_briefings_honorific_label_is_the_named_spokesperson_and_courtesies_say_nothing(ex):
    t = ("Department Press Briefing\n\nMatthew Miller, Department Spokesperson\nDepartment Press Briefing\n"
         "Washington, D.C.\n\n"
         "MR MILLER: Good afternoon. Last night, U.S. and UK forces conducted additional strikes in Yemen.\n\n"
         "With that, Matt.\n\nQUESTION: The Houthis say the strikes haven't done anything. Your response?\n\n"
         "MR MILLER: The Houthis can say whatever they want. Their claims are propaganda.\n\n"
         "QUESTION: Can I follow up?\n\nMR MILLER: Go ahead, Said.\n\n"
         "QUESTION: Is Iran behind this?\n\nMR MILLER: Iran has armed and financed the Houthis.\n\n"
         "MR MILLER: Thanks, everyone.\n")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert ("Houthis", "organization", "the strikes haven't done anything") in got
    miller = [g for g in got if g[0] != "Houthis"]
    assert {(s, r) for s, r, _ in miller} == {("Matthew Miller", "official")}
    assert not any(x in text for _, _, text in miller for x in ("With that", "Go ahead", "Thanks, everyone"))


def test_continued_and_went_on_report_speech_only_after_the_words(ex):
    t = ("Ali Fadavi spoke on Monday. “The war is over,” he continued. The fighting continued for days. "
         "“We won,” he went on. He went on to accuse Israel of lying. "
         "Iran reserved its \"legitimate right to a decisive response\", he said, stressing that the timing "
         "was Iran's alone.")
    assert reported(ex, t, "cue", "text") == [
        ("continued", "The war is over"), ("went on", "We won"), ("accuse", "Israel of lying"),
        ("said", "Iran reserved its \"legitimate right to a decisive response\""),
        ("stressing", "the timing was Iran's alone")]


def test_a_document_from_a_period_and_a_subject_after_a_time_opener(ex):
    t = ("An American intelligence assessment from the same period, later declassified, described him as “a "
         "principal conduit” for weapons. In 2019 the US Treasury placed him on its sanctions list, describing "
         "him as “a key facilitator”. A report from the UN said the strike was illegal.")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("American intelligence assessment", "other"), ("US Treasury", "official"), ("United Nations", "organization")]


def test_the_speaker_of_parliament_and_a_statement_signed_by_its_members(ex):
    """"the speaker said" is the Speaker named before; "the statement read" after "A statement signed by
    N lawmakers was read out by NAME" is the signatories', not the reader's or the last speaker's."""
    t = ("Parliament Speaker Reza Jalali-Far opened the session with a warning to Washington.\n\n"
         "\"The front,\" the speaker said, \"is not one man but a school.\"\n\n"
         "A statement signed by 190 lawmakers was then read out by Hossein Tavana, a member of the presiding "
         "board.\n\n"
         "\"The blood of the martyrs will not be forgotten,\" the statement read.\n\n"
         "A speaker at the rally outside said the crowd would march to the embassy.")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert got[0][:2] == ("Reza Jalali-Far", "official")
    assert "lawmakers" in got[1][0] and got[1][1:] == ("official", "The blood of the martyrs will not be forgotten")
    assert got[2][0] == "speaker"  # an unnamed speaker at a rally is no one named before


DISQUS_PAGE = """Why the port strikes will not end the shipping war

By Lena Ortiz

The strikes on the port destroyed two cranes, the navy said on Monday. Analysts doubt that the attacks on
shipping will stop before the war in Gaza ends.

12 Comments
Join the discussion…
Sort by Best

Avatar
Kestrel_77
• 3 hours ago • edited
The cranes were rebuilt in a month last time. Bombing ports is not a strategy.
12 △ ▽ • Reply • Share ›

    Avatar
    Lena Ortiz Mod → Kestrel_77
    • 2 hours ago
    Fair, but the insurers read the damage reports too.
    4 △ ▽ • Reply • Share ›

    Hide 3 replies

Avatar
This comment was deleted.

Avatar
Sanaa_Eye
• 1 hour ago
They have been under siege for ten years and they still fire. Nobody will break them now.
△ ▽ • Reply • Share ›

Load more comments
"""


def test_a_disqus_comment_widget(ex):
    """Disqus: "Avatar", the name (a reply's "NAME Mod → OTHER" is NAME), "• 3 hours ago • edited", then the
    comment, then "12 △ ▽ • Reply • Share ›"; hidden replies and deleted comments are furniture."""
    got = reported(ex, DISQUS_PAGE, "speaker", "speaker_role", "text", segments=segment(DISQUS_PAGE))
    comments = [g for g in got if g[1] == "commenter"]
    assert comments == [
        ("Kestrel_77", "commenter", "The cranes were rebuilt in a month last time. Bombing ports is not a strategy."),
        ("Lena Ortiz", "commenter", "Fair, but the insurers read the damage reports too."),
        ("Sanaa_Eye", "commenter", "They have been under siege for ten years and they still fire. Nobody will break "
                                   "them now.")]


TELEGRAM_DIGEST = """THE WIRE ROOM
What the channels said today

[09:12] Yahya Saree | المتحدث
Translated from Arabic:
🔴 The naval forces targeted a ship in the Gulf of Aden with several missiles, and the hit was accurate.
👁 210.4K  ↪ 2.2K

The ship's operator said later that no one was hurt.

[10:40] Forwarded from Sentinel Brief
⚡️ Urgent | Dozens of jets are over the port right now. Whoever fired on the ships knows the price.
👁 98.1K

[11:05] Levant Updates
Prime Minister Benjamin Netanyahu: "Whoever harms us will pay a very heavy price."
👁 301.7K

[12:30] Al-Manar Channel | قناة المنار
Translated from Arabic:
Hezbollah statement: The aggression on the port marks a new and dangerous phase of the confrontation.
👁 88.0K

[13:02] Tasnim News Agency (English)
Foreign Ministry spokesman Nasser Kanaani condemned the strike on the port, saying it was "a clear violation of international law."
👁 41.2K
"""


def test_a_telegram_digests_posts(ex):
    """"[09:12] NAME | <name in Arabic>" and "Translated from Arabic:" head a post by NAME ("Forwarded from
    X": by X); a label relays someone ("Prime Minister NAME: ...", "Hezbollah statement: ..."); a news
    channel's post of reported speech is that speech; "🔴", "⚡️ Urgent |" and "👁 210.4K" are furniture."""
    got = reported(ex, TELEGRAM_DIGEST, "speaker", "text", segments=segment(TELEGRAM_DIGEST))
    assert got[0] == ("Yahya Saree", "The naval forces targeted a ship in the Gulf of Aden with several missiles, "
                                     "and the hit was accurate.")
    assert ("Sentinel Brief", "Dozens of jets are over the port right now. Whoever fired on the ships knows the "
                                "price.") in got
    assert [s for s, t in got if "pay a very heavy price" in t] == ["Benjamin Netanyahu"]
    assert ("Hezbollah", "The aggression on the port marks a new and dangerous phase of the confrontation.") in got
    assert [s for s, t in got if "violation of international law" in t] == ["Nasser Kanaani"]
    assert not any("👁" in t or "Translated" in t for _, t in got)


HANSARD = """Red Sea: Attack on MV Northern Light

Column 512

12.31 pm

Sir Peter Hale (Westbury) (Con) (Urgent Question): To ask the Foreign Secretary if he will make a statement.

The Minister for the Middle East (Hamish Falconer): The missiles that struck the ship are Iranian in design and in supply.

We will hold Iran to account for its role. The Iranian Foreign Minister tells the world that Iran has no control over the Houthis.

Hon. Members: Hear, hear!

Mrs Joan Pryce (Kenbury) (Lab): The Minister has said the right words, but words are what the Houthis have had for a year.

Mr Speaker: Order. Questions must be brief.

Column 513

Dr Asha Rao (Oldcastle) (LD) rose—

Dr Asha Rao: Does the Minister share my view that, whatever Tehran says in public, it does not want a wider war?

Hamish Falconer: I do.

Mr Tom Ash (Tynedale) (Lab): Will the Minister confirm that no British-made parts were found in the wreckage?
"""


def test_a_parliaments_record(ex):
    """Hansard: every labelled member speaks (no interviewer), one statement per paragraph; a member
    "(Seat) (Party)" is an official; "The Minister for the Middle East (NAME):" is NAME and "the Minister"
    after it, though another minister was named since; the chair's and the floor's turns, column numbers and
    "rose—" are furniture; "my view that", "whatever Tehran says" and "Will the Minister confirm that ...?"
    report no one's speech."""
    got = reported(ex, HANSARD, "speaker", "speaker_role", "text", segments=segment(HANSARD))
    assert [g[0] for g in got] == ["Peter Hale", "Hamish Falconer", "Hamish Falconer", "Iranian Foreign Minister",
                                   "Joan Pryce", "Hamish Falconer", "Asha Rao", "Hamish Falconer", "Tom Ash"]
    assert {g[1] for g in got} == {"official"}
    assert got[3][2] == "Iran has no control over the Houthis"
    assert got[5][2].startswith("the right words")  # "The Minister has said the right words": the labels' minister
    assert got[8][2].startswith("Will the Minister confirm")  # his question, not the Minister's words
    assert not any("Hear" in g[2] or "Order" in g[2] or "Column" in g[2] or "rose" in g[2] for g in got)


def test_initials_us_titles_a_resolution_read_for_others_and_a_reporting_clause_in_a_quotation(ex):
    t = ("“The regime tried to silence a critic,” said Attorney General Merrick B. Garland. FBI Director "
         "Christopher A. Wray said the plot had failed.\n\n"
         "At the end of the prayers, a resolution was read on behalf of the worshippers.\n\n"
         "\"We condemn the attack on the consulate,\" the resolution read.\n\n"
         "The cleric spoke for an hour. Some people in the country, he acknowledged, \"complain about prices,\" "
         "but he said that such questions were \"planted by the enemy.\"")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert got[0][:2] == ("Merrick B. Garland", "official")
    assert got[1][:2] == ("Christopher A. Wray", "official")
    assert got[2][:2] == ("worshippers", "other") and got[2][2].startswith("We condemn")
    assert got[3][2].startswith("Some people in the country") and "planted" not in got[3][2]
    assert got[4][0] == got[3][0] == "cleric"  # "he" is not the "people" of the sentence


UN_RECORD = """The situation in the Middle East

The President: I give the floor to the Secretary-General.

The Secretary-General: The escalation of the past week has to stop before it engulfs the whole region.

I call on every party to step back.

The President: I thank the Secretary-General for his briefing.

Mr. Okafor (Nigeria) (spoke in French): My delegation condemns every attack on civilians, wherever it happens.

Dame Helen Marsh (United Kingdom): The United Kingdom stands with its partners. Tehran must stop arming its proxies.

Mr. Haddad (Islamic Republic of Iran): My country acted in self-defence. Our Foreign Minister said on Monday that "the operation is over."

The President: There are no more names inscribed on the list of speakers.
"""


def test_a_un_meeting_record(ex):
    """A UN verbatim record is a debate: a delegate's state in brackets ("(Islamic Republic of Iran)",
    even with "(spoke in French)" after it) makes him an official and is not his name ("Dame Helen
    Marsh (United Kingdom):" is Helen Marsh); "The Secretary-General:" speaks; the President's turns
    are procedure; speech a delegate reports is still its speaker's."""
    got = reported(ex, UN_RECORD, "speaker", "speaker_role", "text", segments=segment(UN_RECORD))
    assert [g[:2] for g in got[:5]] == [("Secretary-General", "official")] * 2 + [
        ("Okafor", "official"), ("Helen Marsh", "official"), ("Haddad", "official")]
    assert got[5][0].endswith("Foreign Minister") and len(got) == 6  # not "My delegation condemns ..." again
    assert got[4][2].startswith("My country acted") and got[5][2] == "the operation is over."
    assert not any("floor" in g[2] or "inscribed" in g[2] or "thank" in g[2] for g in got)


SPEECH_PAGE = """Full Text: Sayyed Hassan Nasrallah's Speech on Martyrs' Day

Editor's note: Hezbollah Secretary-General Sayyed Hassan Nasrallah spoke by video link to a rally in Nabatieh. His Eminence said the resistance "is stronger than ever." What follows is our full translation of the speech. The subheadings are ours.

The meaning of sacrifice

Brothers and sisters, we meet today to honour those who gave everything so that this land could be free.

(Crowd chants: "At your service, O Nasrallah!")

The enemy's own newspapers admitted it. One of their generals told Haaretz: 'We lost the war of wills.'

We will not be dragged into a war, but we will not be silent either.

— End of text —

Related: Photo essay from Nabatieh

The rally ended in the early evening, the site's correspondent said.
"""

STATEMENT_PAGE = """The IRGC launched a new operation on Monday. In Statement No. 2, the IRGC said the strikes were a response to aggression.

The full text of the statement follows:

Statement No. 2 of the Islamic Revolutionary Guard Corps

The noble nation of Iran,

1- At dawn today the Aerospace Force struck the bases from which the aggression was launched.

2- The Guards warn the governments of the region that their airspace must not be used against Iran.

Islamic Revolutionary Guard Corps
Public Relations

Reactions

Foreign Minister Abbas Araghchi said Iran was acting in self-defence.
"""


def test_a_text_reproduced_in_full_is_its_issuers(ex):
    """A page that reproduces a speech or a statement in full ("What follows is our full translation of
    the speech.", "The full text of the statement follows:"): each of its paragraphs is a direct
    statement of whose text it is (the title's "NAME's Speech", the heading "Statement No. 2 of X"), up
    to "— End of text —" or the issuer's signature; headings, salutations and stage notes are no one's;
    speech it reports is still its speaker's, but not the issuer's own again ("The Guards warn")."""
    got = reported(ex, SPEECH_PAGE, "speaker", "kind", "text", segments=segment(SPEECH_PAGE))
    assert [g[:2] for g in got] == [("Hassan Nasrallah", "partial")] + [("Hassan Nasrallah", "direct")] * 2 + [
        ("One of their generals", "direct"), ("Hassan Nasrallah", "direct"), ("site's correspondent", "indirect")]
    assert got[1][2].startswith("Brothers and sisters") and got[3][2] == "We lost the war of wills."
    assert not any("meaning of sacrifice" in g[2] or "Crowd" in g[2] or "Related" in g[2] for g in got)
    got = reported(ex, STATEMENT_PAGE, "speaker", "kind", "text", segments=segment(STATEMENT_PAGE))
    irgc = "Islamic Revolutionary Guard Corps (IRGC)"
    assert [g[:2] for g in got] == [(irgc, "indirect"), (irgc, "direct"), (irgc, "direct"),
                                    ("Abbas Araghchi", "indirect")]
    assert got[1][2].startswith("1- At dawn") and got[2][2].startswith("2- The Guards warn")
    # Without a name for it, the text is the last speaker's before it, for every paragraph (not the
    # ambassador it quotes).
    t = ("The ministry said the attack was a crime.\n\nThe full text of the statement follows:\n\n"
         "We condemn the attack. Our ambassador told us: \"The building is gone.\"\n\nWe will respond.\n")
    assert [s[:2] for s in reported(ex, t, "speaker", "kind", segments=segment(t))] == [
        ("ministry", "indirect"), ("ministry", "direct"), ("Our ambassador", "direct"), ("ministry", "direct")]


def test_forms_of_address_are_not_part_of_the_name(ex):
    """The registry's forms of address ("Prof.", "Lord", "Miss", "Mr.") open a name without being part of it."""
    t = ("Prof. Layla Haddad, a historian at the university, said the strikes would change nothing.\n\n"
         "Lord Ahmad told peers that the embassy would stay open.\n\n"
         "Mr. de Rivière said the council would meet again on Friday.")
    assert reported(ex, t, "speaker") == ["Layla Haddad", "Ahmad", "de Rivière"]


HEARING = """IRAN'S PROXIES IN IRAQ

HEARING BEFORE THE COMMITTEE ON FOREIGN RELATIONS

Chairman RISCH. The committee will come to order.

We meet to hear from Ambassador Nathan Pell on the militias in Iraq. The Iranians insist that these
groups answer to Baghdad.

Thank you. Senator MENENDEZ.

STATEMENT OF SENATOR ROBERT MENENDEZ

Senator MENENDEZ. Thank you, Mr. Chairman.

Mr. Pell, the Iranian foreign ministry spokesman, Bahram Qasemi, said in May that the advisers would stay in Iraq "as long as Baghdad wants them." Do you accept that?

Ambassador PELL. I do not, Senator. The militias take their orders from Tehran.

[Pause.]

Let me quote General Soleimani himself. In March he addressed the Americans directly: "Every one of your bases is within our reach."

Prepared Statement by Ambassador Nathan Pell

The Quds Force funds at least six of these groups.

Chairman RISCH. Thank you both. The hearing is adjourned.
"""


def test_a_printed_hearing(ex):
    """A printed hearing ("Chairman RISCH.", "Senator MENENDEZ.", "Ambassador PELL."): every labelled
    member speaks, named as prose writes the name; the chair's procedure ("The committee will come to
    order.", "Thank you. Senator MENENDEZ.") and headings ("STATEMENT OF ...", "Prepared Statement by
    ...") are no one's; a name addressed before the subject ("Mr. Pell, the ... spokesman, NAME, said")
    is not the speaker; "In March he addressed the Americans directly: “...”" quotes him."""
    got = reported(ex, HEARING, "speaker", "text", segments=segment(HEARING))
    assert got[0][0].endswith("Risch") and got[0][1].startswith("We meet to hear")
    assert ("Bahram Qasemi", "the advisers would stay in Iraq \"as long as Baghdad wants them.\"") in got
    assert any(s.endswith("Pell") and t.startswith("I do not") for s, t in got)
    assert ("Qassem Soleimani", "Every one of your bases is within our reach.") in got
    assert reported(ex, HEARING, "speaker_role", segments=segment(HEARING))[0] == "official"  # the chairman
    assert not any(t.startswith(("The committee will", "Thank you", "STATEMENT", "Prepared Statement", "[Pause"))
                   for s, t in got)
    assert got[-1][0].endswith("Pell") and got[-1][1].startswith("The Quds Force funds")


def test_a_machine_translated_arabic_report(ex):
    """Literal translations from Arabic: the verb before its subject ("Affirmed the deputy chairman ...,
    NAME, on Sunday, that ..."), "mentioned to X that", a body's spokesman with an adjective and a
    participle tail ("the spokesman of the international coalition led by Washington claimed"), and a
    verb's source set in commas before its "that" ("said ..., according to SANA, that")."""
    t = ("Affirmed the deputy chairman of the Mobilization Authority, Jamal Karimi, on Sunday, that the "
         "liberation of the border town was a victory for the whole region.\n\n"
         "From his side, the spokesman of the brigade, Ahmed Nouri, mentioned to «Al-Rafidain News» that "
         "«the forces did not enter the Syrian territory».\n\n"
         "He mentioned the attack only in passing.\n\n"
         "On the other side, the spokesman of the international coalition led by Washington claimed in a "
         "statement that «the militias entered the Syrian territory».\n\n"
         "And the Syrian Foreign Minister Walid al-Muallem said in a telephone contact with his counterpart, "
         "according to the Syrian Arab News Agency (SANA), that «the blood of the martyrs mixed».")
    got = reported(ex, t, "speaker", "text")
    assert got == [("Jamal Karimi", "the liberation of the border town was a victory for the whole region"),
                   ("Ahmed Nouri", "the forces did not enter the Syrian territory"),
                   ("spokesman of the international coalition", "the militias entered the Syrian territory"),
                   ("Walid al-Muallem", "the blood of the martyrs mixed")]


PRESS_CONFERENCE = """Joint press conference of the foreign ministers of Syria and Iran

Earlier on Monday, President Bashar al-Assad received Zarif and his delegation. The President affirmed that "the alliance between the two countries is stronger than ever."

Foreign Minister Muallem: Our talks today were frank and brotherly. We agreed on the next steps.

Zarif: Thank you, my dear brother. Iran will stand with Syria until the last terrorist leaves.

Question (IRNA): Mr. Zarif, Israel says it will not tolerate an Iranian presence in Syria. How do you respond?

Zarif: The Zionist regime has been threatening for forty years. Our advisers are here at the request of a legitimate government.

Foreign Minister Muallem: We have no chemical weapons, and the OPCW confirmed that years ago.

Answering a question about Afrin, al-Muallem said that Turkey "has violated every commitment it made in Astana."

For his part, Zarif said that Iran had "conveyed clearly to our Turkish friends" that the operation must end.

Question (Reuters): Mr. Zarif, do you bear any responsibility for the siege?

Zarif: I reject the premise of the question.
"""


def test_a_joint_press_conference(ex):
    """A press conference: "Question (IRNA):" is a question by the outlet its label names; a paragraph
    that reports a labelled speaker in the third person ("al-Muallem said that ...") is the page's
    report, not his turn going on; "the President" after "President NAME received Zarif" is NAME, not
    the man he received; "the OPCW confirmed that years ago" reports nothing."""
    got = reported(ex, PRESS_CONFERENCE, "speaker", "speaker_role", "text", segments=segment(PRESS_CONFERENCE))
    assert got[0][0] == "Bashar al-Assad"
    questions = [g for g in got if g[2].startswith("Mr. Zarif")]
    assert [g[:2] for g in questions] == [("IRNA", "outlet"), ("Reuters", "outlet")]
    turkey = next(g for g in got if g[2].startswith("Turkey"))
    assert turkey[0].endswith("Muallem") and turkey[2] == 'Turkey "has violated every commitment it made in Astana."'
    assert not any(g[2].startswith(("Answering", "For his part")) or g[2] == "years ago" for g in got)


def test_a_working_papers_block_quotations_and_citations(ex):
    """A paper: a block quotation without marks after a speech verb and a colon is the speaker's (one
    paragraph: the next is the authors' again); a citation after a quotation ("(Tasnim 2016)") is not
    the speaker's words; after a colon, "X, he said, would ..." starts at the colon; a plural's
    possessive ("the Guards’ media") is no quotation mark before a colon quotation."""
    t = ("Framing the war in Syria\n\n"
         "Brigadier General Karim Nazari, who was killed near Aleppo in 2015, had told a gathering of veterans:\n\n"
         "Our young men do not go to Syria for the sake of any government. They go for the shrine.\n\n"
         "The frame spread quickly in the Guards’ own outlets.\n\n"
         "Saudi foreign minister Adel al-Jubeir described Iran as “an arsonist that calls itself a fireman” "
         "(Al-Arabiya 2016), and the opposition called the militias “sectarian mercenaries” (HNC 2016).\n\n"
         "Hassan Nasrallah had already set the terms: American soldiers, he said, would leave the region "
         "“in coffins.”\n\n"
         "Sara Rahimi, who follows the Guards’ media at the Caspian Policy Lab, put it bluntly: "
         "“It was a strike built for the cameras.”")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got[0] == ("Karim Nazari", "Our young men do not go to Syria for the sake of any government. "
                                      "They go for the shrine")
    assert not any(g[1].startswith("The frame spread") for g in got)
    assert ("Adel al-Jubeir", "Iran as “an arsonist that calls itself a fireman”") in got
    assert ("Hassan Nasrallah", "American soldiers, he said, would leave the region “in coffins.”") in got
    assert ("Sara Rahimi", "It was a strike built for the cameras.") in got


def test_quoted_saying_a_headline_run_under_and_empty_objects(ex):
    """"quoted an unnamed commander saying" (no "as"), "ran it under the headline “...”"; "claimed it
    within hours" and "Will confirm when ..." report nothing."""
    t = ("A thread\n\nThe Houthis claimed it within hours.\n\n"
         "Tasnim ran it under the headline \"Yemeni drones set Aramco ablaze\" and quoted an unnamed IRGC commander "
         "saying the operation proved that \"the resistance axis can reach any point it chooses.\"\n\n"
         "Will confirm when Aramco says something.")
    got = reported(ex, t, "speaker", "kind", "text", segments=segment(t))
    assert got == [("Tasnim News Agency", "headline", "Yemeni drones set Aramco ablaze"),
                   ("unnamed IRGC commander", "partial",
                    "the operation proved that \"the resistance axis can reach any point it chooses.\"")]


LETTERS = """The Cedar Post

Opinion > Letters to the Editor

LETTERS TO THE EDITOR

Letters must include the writer's full name and town.

The calm one

Whatever one thinks of Hezbollah, its leader was the calmest voice in this country last week.

The same politicians were silent when the takfiris held the hills of Arsal. President Bashar al-Assad said in May that "the terrorists have lost," and even the UN envoy, Staffan de Mistura, admitted that the war "is approaching its end."

HUSSEIN FAKIH, Nabatieh

The missile over Riyadh

Your report gave far too much space to the boast of the Houthis that "every Saudi airport is now within the range of our missiles."

KHALID AL-OTAIBI, by email
"""


def test_a_letters_page(ex):
    """A letters page: each letter (its paragraphs under its title, up to the signature "NAME, Town" or
    "NAME, by email") is a comment by its writer, and the speech it reports is its speakers'; a clause
    with a speaker of its own ("..., and even the UN envoy, NAME, admitted") ends the statement before it;
    "the boast of X that ..." is X's."""
    got = reported(ex, LETTERS, "speaker", "kind", "text", segments=segment(LETTERS))
    letters = [g for g in got if g[1] == "comment"]
    assert [g[0] for g in letters] == ["Hussein Fakih", "Khalid Al-Otaibi"]
    assert letters[0][2].startswith("Whatever one thinks") and letters[0][2].endswith('"is approaching its end."')
    assert ("Bashar al-Assad", "direct", "the terrorists have lost") in got
    assert ("Staffan de Mistura", "partial", 'the war "is approaching its end."') in got
    assert any(g[0] == "Houthis" and g[2].startswith("every Saudi airport") for g in got)
    assert len(got) == 5  # ("Your report gave ...": a noun, no one's verb)


READOUT = """Official Website of the President

Dr Rouhani in telephone conversation with Syrian President

President Hassan Rouhani, in a telephone conversation with His Excellency Dr Bashar al-Assad, on Sunday evening, described the attack as "a clear aggression against an independent country".

The President of the Islamic Republic of Iran stressed that Iran would stand by Syria "until the eradication of terrorism".

The two sides stressed the need to continue consultations between Tehran and Damascus.

The Syrian President also appreciated the positions of the government and people of Iran.

The Syrian readout

The Presidency of the Syrian Arab Republic also issued a statement on the call. The text of the statement read:

President Bashar al-Assad received a telephone call from President Hassan Rouhani. President Rouhani affirmed his country's condemnation of the aggression, stressing that "it is doomed to fail".

The two presidents agreed that the aggression "came only after the defeat of the terrorist groups".

Keywords: Syria, telephone conversation, aggression
"""


def test_a_presidential_call_readout(ex):
    """A readout of a call: "The President of the Islamic Republic of Iran" on the article's date is the
    holder of the office; "the two sides", "the two presidents agreed that" are the two presidents;
    "appreciated the positions of"; the other side's readout reproduced in the third person is its
    speakers' words, not the presidency's; "Keywords:" ends the text."""
    got = reported(ex, READOUT, "speaker", "text", segments=segment(READOUT), date="2018-04-15")
    assert sum(set(g[0].split(" and ")) == {"Hassan Rouhani", "Bashar al-Assad"} for g in got) == 2
    assert ("Hassan Rouhani", 'Iran would stand by Syria "until the eradication of terrorism"') in got
    assert ("Bashar al-Assad", "the positions of the government and people of Iran") in got
    assert not any("Presidency" in s or "Keywords" in t for s, t in got)


CABLE = """Viewing cable 10ANKARA187, TURKEY/IRAN: MOTTAKI BRINGS TEHRAN'S MESSAGES

SUBJECT: TURKEY/IRAN: MOTTAKI BRINGS TEHRAN'S MESSAGES

3. (S) According to Arat, Mottaki claimed that recent Israeli threats against Lebanon were "the bluff of an army that was defeated in 2006."

------------------------------
Yemen: "Wahhabi Fatwas"
------------------------------

8. (S) An IRGC-affiliated contact (protect), a Tabriz businessman with a trading company in Istanbul, told PolOff on February 1 that Quds Force commander Qassem Soleimani had "personally" run the talks.
"""


def test_a_diplomatic_cable(ex):
    """A cable: paragraph marks ("8. (S) ") and headings between rules of dashes are furniture (a quoted
    heading is no one's headline); a "contact" is a source who speaks."""
    got = reported(ex, CABLE, "speaker", "text", segments=segment(CABLE))
    assert [g[0] for g in got] == ["Manouchehr Mottaki", "IRGC-affiliated contact"]
    assert got[1][1].startswith("Quds Force commander Qassem Soleimani had")


ENCYCLOPEDIA = """2017 Deir ez-Zor offensive

Offensive
Government forces broke the siege on 5 September.[14]

Reactions
Iran: Foreign Ministry spokesman Bahram Qasemi said the liberation was "a defeat for the terrorists".[31]
Hezbollah: Called the victory "a gift to the martyrs of the resistance".[35]
Israel – Expressed concern over the entrenchment of "Iranian forces and Shiite militias" near the border.[39]
Saudi Arabia: Said the offensive had been "used to extend Iran's hegemony across Arab lands".[40]

References
^ Lund, Aron (2017). "The end of the siege". The Century Foundation.
"""


def test_an_encyclopedia_articles_reactions(ex):
    """An encyclopedia article's reactions, one line per country or group: "Hezbollah: Called ...",
    "Israel – Expressed concern over ...", "Saudi Arabia: Said ..." are the label's; the references
    ("^ Lund, Aron (2017). “...”") are furniture."""
    got = reported(ex, ENCYCLOPEDIA, "speaker", "text", segments=segment(ENCYCLOPEDIA))
    assert [g[0] for g in got] == ["Bahram Qasemi", "Hezbollah", "Israel", "Saudi Arabia"]
    assert got[2][1].startswith("the entrenchment of")


def test_fm_and_pm_are_titles(ex):
    """"Iranian FM Mottaki", "Syrian FM Muallem": FM (and PM) abbreviate an office, the name after it speaks."""
    t = ("Iranian FM Mottaki told Davutoglu that an attack on Lebanon would be answered.\n\n"
         "Salehi said Iran would not hand over its uranium.")
    assert reported(ex, t, "speaker", "speaker_role") == [("Manouchehr Mottaki", "official"),
                                                          ("Ali Akbar Salehi", "official")]


def test_a_time_opener_without_its_comma(ex):
    """"On Nov. 3 NAME stood in the Serail and told reporters that ...": the time is no speaker."""
    t = "On Nov. 3 Ali Akbar Velayati stood in the Grand Serail and told reporters that the war was over."
    assert reported(ex, t, "speaker", "text") == [("Ali Akbar Velayati", "the war was over")]


def test_a_mission_to_the_un_after_a_subordinate_clause(ex):
    """"When we published the page, Iran's mission to the United Nations called it “...”": the
    subordinate clause is no subject, and a state's mission (embassy, delegation) "to" a body speaks."""
    t = ("When we published the first version of this page, Iran’s mission to the United Nations called it "
         "“a collection of lies.”\n\nSyria’s embassy in Beirut said the report was false.")
    got = reported(ex, t, "speaker", "text")
    assert got[0] == ("Iran’s mission to the United Nations", "it “a collection of lies.”")


NEWSCAST = """Transcripts > Evening Report

EVENING REPORT WITH MARA QUINLAN

Aired March 4, 2024 - 20:00   ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

MARA QUINLAN, NBX ANCHOR: Good evening. Tonight the Pentagon says its jets struck four militia depots in eastern Syria.

We go first to NBX's Tom Varga in Erbil.

(BEGIN VIDEOTAPE)

TOM VARGA, NBX SENIOR INTERNATIONAL CORRESPONDENT (voice-over): The fires burned until dawn outside al-Mayadin. By noon the factions had answered.

SALEH AL-KUBAISI, SPOKESMAN, IRAQI INTERIOR MINISTRY (through translator): We reject any attack on Iraqi soil, whoever carries it out, and we will not let our country become a battlefield for others.

VARGA (voice-over): In Tehran the message was different.

(END VIDEOTAPE)

QUINLAN: Joining me now is Leyla Dorran, who runs the Gulf program at the Halden Institute. Leyla, do the factions take orders from Tehran?

LEYLA DORRAN, DIRECTOR, GULF PROGRAM, HALDEN INSTITUTE: Not orders, no. Tehran sets the direction and the factions choose the timing, and that is exactly what gives Iran its deniability.

QUINLAN: And the response tonight?

DORRAN: Measured. Nobody in Tehran wants this to reach Iranian soil.

QUINLAN: Leyla Dorran, thank you.
"""


def test_a_cable_news_transcript(ex):
    """A broadcast transcript: labels give the role in capitals after the name; the anchor's and the
    network's correspondents' turns are the outlet's own voice (their reported speech still counts); a
    guest's surname label keeps the role of her full label."""
    got = reported(ex, NEWSCAST, "speaker", "speaker_role", "kind", "text", segments=segment(NEWSCAST))
    assert ("Saleh Al-Kubaisi", "official", "direct", "We reject any attack on Iraqi soil, whoever carries it "
            "out, and we will not let our country become a battlefield for others.") in got
    dorran = [g for g in got if g[0] == "Leyla Dorran"]
    assert len(dorran) == 2 and {g[1] for g in dorran} == {"organization"}
    assert dorran[1][3] == "Measured. Nobody in Tehran wants this to reach Iranian soil."
    assert any(g[0].startswith("Pentagon") and g[3].startswith("its jets struck") for g in got)
    assert not any(g[0] in ("Mara Quinlan", "Tom Varga", "Quinlan", "Varga") for g in got)


MAILS = """LEAKBOX
Collections > The Corvell Institute mails

This thread comes from the mailbox of a think-tank director. We publish it in full.

Message 1 of 3

From: Dana Petrosyan <d.petrosyan@corvell.org>
To: Hugo Lind <h.lind@corvell.org>
Date: Mon, 6 Apr 2020 10:12:40 -0400
Subject: Houthi drones - draft

Hi Hugo,

Draft attached. The central claim is that the drones are assembled in Yemen from Iranian kits, not flown in whole.

Also, Abdulsalam told Al-Masirah on Friday that the group builds "every bolt" itself. I have quoted it with a caveat.

Best,
Dana

--
Dana Petrosyan
Senior Fellow, Yemen Programme
The Corvell Institute

--
Dana Petrosyan
Research Fellow, Yemen

Message 2 of 3

From: Hugo Lind <h.lind@corvell.org>
To: Dana Petrosyan <d.petrosyan@corvell.org>
Date: Tue, 7 Apr 2020 09:02:11 -0400
Subject: Re: Houthi drones - draft

Thanks.

On Mon, 6 Apr 2020 at 10:12, Dana Petrosyan <d.petrosyan@corvell.org> wrote:
> Draft attached. The central claim is that the drones are assembled in Yemen from Iranian kits, not flown in whole.

Good, but the kits point needs a second source before we publish anything on it.

On Sun, 5 Apr 2020, Rafe Collier <rafe@collieradvisory.net> wrote:
> The engines are the giveaway. Every one we have seen was made for the Iranian program.

H.

Message 3 of 3

From: Dana Petrosyan <d.petrosyan@corvell.org>
To: Hugo Lind <h.lind@corvell.org>
Date: Tue, 7 Apr 2020 11:40:05 -0400
Subject: Fwd: wire copy

Here is the wire copy you asked for; it came in this morning.

---------- Forwarded message ---------
From: Gulf Wire Alerts <alerts@gulfwire.com>
Date: Tue, Apr 7, 2020 at 7:45 AM
Subject: Coalition says drone downed
To: <d.petrosyan@corvell.org>

RIYADH, April 7 (Gulf Wire) - The Saudi-led coalition said it had shot down a drone launched toward Jizan.
"""


def test_a_leaked_mail_thread(ex):
    """A published mail thread: each paragraph of prose is its sender's (greetings, sign-offs and the
    signature are not); a reply's quotation of a message the thread holds is not said again, one it does not
    hold is its writer's; a forwarded clipping is read as an article (its reported speech counts)."""
    rows = segment(MAILS)
    got = reported(ex, MAILS, "speaker", "kind", "text", segments=rows)
    petrosyan = [g[2] for g in got if g[0] == "Dana Petrosyan"]
    assert petrosyan[0].startswith("Draft attached.") and len(petrosyan) == 3
    assert ("Hugo Lind", "direct", "Good, but the kits point needs a second source before we publish anything on "
            "it.") in got
    assert ("Rafe Collier", "direct", "The engines are the giveaway. Every one we have seen was made for the "
            "Iranian program.") in got
    assert any(g[0] == "Mohammed Abdulsalam" or g[0] == "Abdulsalam" for g in got)
    assert any(g[0].startswith("Saudi-led coalition") and g[2].startswith("it had shot down") for g in got)
    assert not any(g[0] in ("Gulf Wire Alerts", "Date", "From") for g in got)
    assert sum(1 for g in got if "central claim" in g[2]) == 1
    # (the signature's title and body, on the lines under her name, say whom she speaks for)
    assert {s["speaker_role"] for s in ex.extract(MAILS, rows) if s["speaker"] == "Dana Petrosyan"} == {"organization"}


def test_a_role_from_the_body_after_a_field_and_not_from_a_coordinated_guest(ex):
    """"a senior lecturer in Middle East politics at the University of X": the university, not the field, says
    whom the lecturer speaks for; "Dr A of the Institute, and Commodore B": the Institute is not B's."""
    t = ("We heard from Dr Nadia Farrow, a senior lecturer in Middle East politics at the University of Harwick. "
         "She said that the convoys carried rockets.")
    assert roles(ex, t) == [("Nadia Farrow", "organization")]
    t = ("TRANSCRIPT\n\nRUTH CALLOW: With me are Dr Lena Sorel of the Aden Policy Institute, and Commodore Mark "
         "Ellery, who chased pirates there for years. Lena, are the strikes working?\n\nLENA SOREL: Not in the way "
         "Washington hoped. The launches go on.\n\nRUTH CALLOW: Mark?\n\nMARK ELLERY: The escorts are working. "
         "Fewer ships have been hit since March.\n\nLENA SOREL: Fewer ships sail, too.\n")
    assert ("Mark Ellery", "official") in reported(ex, t, "speaker", "speaker_role", segments=segment(t))


TRIBUNAL = """DECISION AND REASONS

1. The appellant is a citizen of Iran. He appeals against the refusal of his protection claim.

2. The Secretary of State’s refusal letter stated that the appellant had “freely joined” the Basij.

3. The appellant’s evidence was that he served as a clerk in Damascus in 2014. In cross-examination he accepted that he had handled fuel records for the front.

4. We heard from Dr Ines Varley, a lecturer at the University of Harwick. She said that clerks in Damascus “could not have been unaware” of the fighting. Her position was that the Basij kept no true volunteers.

5. Mr P. Olsen, for the Secretary of State, submitted that the appellant’s duties had helped the war effort.

6. The evidence is that he left in 2016.
"""


def test_a_tribunal_decision(ex):
    """A written judgment: "the appellant" is a speaker "he" refers back to; "X's evidence was that" and "her
    position was that" are statements of the possessor; counsel "submitted that", a witness "accepted that";
    "She" after "the appellant ... he" is the witness the tribunal heard, not the appellant; "the evidence is
    that" with no possessor is nobody's."""
    got = reported(ex, TRIBUNAL, "speaker", "text")
    assert ("Secretary of State", "the appellant had “freely joined” the Basij") in got
    assert ("appellant", "he served as a clerk in Damascus in 2014") in got
    assert ("appellant", "he had handled fuel records for the front") in got
    assert ("Ines Varley", "clerks in Damascus “could not have been unaware” of the fighting") in got
    assert ("Ines Varley", "the Basij kept no true volunteers") in got
    assert any(g[0].endswith("Olsen") and g[1].startswith("the appellant’s duties") for g in got)
    assert not any("left in 2016" in g[1] for g in got)


def test_an_object_pronoun_and_a_manner_or_an_earlier_thing_said_are_no_content(ex):
    """"saying it with a smile", "said the same thing in 2006": no proposition is reported."""
    text = "Some people are saying it with a smile. They said the same thing in 2006, and again in 2014."
    assert reported(ex, text, "text") == []
    assert reported(ex, "Tasnim echoed the same two themes of truce-breaking and foreign support.", "text")


def test_a_press_reviews_led_with_headline_and_an_editorials_author(ex):
    """A press review: "led with “...”" is the paper's headline ("led with rockets" is nothing); "he wrote"
    after "The paper's lead editorial, by NAME, ran ..." is the editorial's author, a name no registry knows."""
    text = ("JAVAN\n\nJavan, which is close to the Guards, led with “The path of the martyrs continues.” "
            "Hezbollah led with rockets and drones on Sunday.\n\n"
            "KAYHAN\n\nThe paper’s lead editorial, by Mehdi Sourani, ran to a full page. “Those who thought the "
            "resistance was one man never understood it,” he wrote.")
    got = reported(ex, text, "speaker", "kind", "text")
    assert ("Javan", "headline", "The path of the martyrs continues.") in got
    assert ("Mehdi Sourani", "direct", "Those who thought the resistance was one man never understood it") in got
    assert len(got) == 2


def test_an_official_who_briefed_reporters_said(ex):
    """"A senior administration official who briefed reporters on condition of anonymity said ...": the
    relative clause belongs to the speaker's description, and "said" is the cue."""
    got = reported(ex, "A senior administration official who briefed reporters on condition of anonymity said the "
                       "United States is not looking for a war with Iran.", "speaker", "text")
    assert got == [("senior administration official", "the United States is not looking for a war with Iran")]


def test_an_agency_quoting_someone_before_a_colon(ex):
    """"IRNA quoted the foreign ministry spokesman: “...”": the one quoted speaks, not the agency."""
    got = reported(ex, 'IRNA quoted the foreign ministry spokesman: "We will respond at a time of our choosing."',
                   "speaker", "kind", "text")
    assert got == [("foreign ministry spokesman", "direct", "We will respond at a time of our choosing.")]


def test_in_her_view_at_a_sentences_start(ex):
    """"In her view, “...”" and "In her opinion ..." report the one "her" refers to; "..., in her view, ..."
    inside a clause is no statement of its own."""
    text = ("We heard from Dr Ines Varley, a lecturer at the University of Harwick. In her view, “no clerk in "
            "Damascus could have been unaware of the fighting” (at [15]). In her opinion such statements were "
            "“designed for a domestic audience”. The claim was, in her view, wrong.")
    got = reported(ex, text, "speaker", "text")
    assert got == [("Ines Varley", "no clerk in Damascus could have been unaware of the fighting"),
                   ("Ines Varley", "such statements were “designed for a domestic audience”")]


def test_the_one_the_author_met_who_spoke(ex):
    """"I spoke to a former Guard officer last night who put it bluntly: ..." and "We met a Hezbollah commander
    in Tyre who told us that ...": the person met speaks, not the author."""
    got = reported(ex, "I spoke to a former Guard officer last night who put it bluntly: the Quds Force does not "
                       "want to lose its network. We met a Hezbollah commander in Tyre who told us that the war "
                       "was not over.", "speaker", "text")
    assert got == [("former Guard officer", "the Quds Force does not want to lose its network"),
                   ("Hezbollah commander", "the war was not over")]


def test_more_iranian_and_iraqi_papers_are_outlets(ex):
    """Papers a press review names (Ham-Mihan, Tehran Times, Rudaw) are outlets the registry knows, so "Its
    editorial" after "Ham-Mihan went further." is the paper's."""
    text = ("Etemad led with a photograph of the funeral. Ham-Mihan went further. Its unsigned editorial said that "
            "the country had “enemies on four fronts.” Rudaw reported that the border crossing was closed.")
    got = reported(ex, text, "speaker", "speaker_role", "text")
    assert ("Ham-Mihan", "outlet", "the country had “enemies on four fronts.”") in got
    assert ("Rudaw", "outlet", "the border crossing was closed") in got


def test_an_aggregators_headline_and_snippet_and_an_editors_note(ex):
    """A headline with no full stop over its much longer snippet ends its sentence (the snippet's postposed
    speaker speaks only the snippet); "Salami: “...”" heads a card as the speaker's headline; the speech an
    editor's note reports counts (a translator's note glosses, and reports no one)."""
    text = ("Harbour Wire · 2 hours ago\nIran launches drones at Israel in first direct attack\nIran launched more than "
            "300 drones and missiles at Israel overnight, the Israeli military said on Sunday, adding that most had "
            "been intercepted by the air defences.\n\n[Editor's note: The Pentagon said the strikes hit two "
            "facilities in eastern Syria.]\n\n[Translator's note: the headline echoes a line from an elegy.]")
    got = reported(ex, text, "speaker", "text", segments=segment(text))
    assert any(g[1] == "Iran launched more than 300 drones and missiles at Israel overnight" for g in got)
    assert any(g[0].startswith("Pentagon") and g[1] == "the strikes hit two facilities in eastern Syria" for g in got)
    assert not any("elegy" in g[1] or "first direct attack" in g[1] for g in got)


WRITTEN_QUESTIONS = """Written questions, answers and statements

Question for Ministry of Defence
UIN 11403, tabled on 29 January 2024

Harriet Vosper
Liberal Democrat
Eastmoor

Question
To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether UK personnel were present at the base in Jordan that was attacked.

Answered on 6 February 2024
Edmund Carrow
Minister of State (Armed Forces)

No UK personnel were injured in the attack. The Pentagon has said that the attack bore the footprints of Kataib Hezbollah.

Attachments:
Letter from the Minister (PDF, 131 KB)

Question for Foreign, Commonwealth and Development Office
UIN HL2311, tabled on 7 February 2024

Baroness Wyndham of Selsey
Crossbench

Question
To ask His Majesty's Government what assessment they have made of the Houthis' attacks on shipping in the Red Sea.

Written statement
Statement made on 12 January 2024
Made by: Sir Julian Thorne (Secretary of State for Defence)

Last night the Royal Air Force conducted targeted strikes against Houthi military facilities in Yemen.
"""


def test_written_questions_and_a_written_statement(ex):
    """A parliament's written questions: what is asked is the asker's (after "To ask ..., "), the answer's
    paragraphs the minister's under "Answered on", with the title on the line under the name; a written
    statement's paragraphs are the "Made by:" minister's (the title in brackets); speech an answer reports counts.
    The askers are members of the Commons (an MP) or the Lords ("HL" UINs, a peer's title): officials."""
    got = reported(ex, WRITTEN_QUESTIONS, "speaker", "speaker_role", "text", segments=segment(WRITTEN_QUESTIONS))
    assert ("Harriet Vosper MP", "official", "whether UK personnel were present at the base in Jordan that was "
            "attacked.") in got
    assert ("Wyndham of Selsey", "official", "what assessment they have made of the Houthis' attacks on shipping "
            "in the Red Sea.") in got
    assert ("Edmund Carrow", "official", "No UK personnel were injured in the attack. The Pentagon has said that "
            "the attack bore the footprints of Kataib Hezbollah.") in got
    assert any(g[0].startswith("Pentagon") and g[2] == "the attack bore the footprints of Kataib Hezbollah" for g in got)
    assert ("Julian Thorne", "official", "Last night the Royal Air Force conducted targeted strikes against Houthi "
            "military facilities in Yemen.") in got
    assert not any("Attachments" in g[2] or "PDF" in g[2] for g in got)


def test_a_registered_speakers_headline_on_an_aggregator(ex):
    """A headline "NAME: what NAME said" (a registered speaker, the words not a verb's) is NAME's statement; a
    label before a colon ("News ID: 418273") is nobody's; an opinion card's "writes NAME" is the columnist's."""
    page = ("TOP STORIES\n\nGalilee Post · 1 hour ago\nGallant: Iran “tried to frighten Israel and achieved the "
            "opposite”\nDefence Minister Yoav Gallant told air crews on Sunday that the base was “fully operational” "
            "and fully ready.\n\nNews ID: 418273\n\nOPINION\n\nOpinion · Harbor Times · Jonas Whitfield · 4 hours ago\n"
            "Iran’s big show was built to fail\nTehran telegraphed the barrage for days because it wanted pictures, "
            "not casualties, writes Jonas Whitfield. The real audience was at home.\n")
    got = reported(ex, page, "speaker", "text", segments=segment(page))
    assert ("Yoav Gallant", "Iran “tried to frighten Israel and achieved the opposite”") in got
    assert ("Jonas Whitfield", "Tehran telegraphed the barrage for days because it wanted pictures, not casualties") in got
    assert not any("418273" in g[1] or "Harbor Times" in g[1] for g in got)


def test_a_research_texts_block_quotations_signed_with_an_interviewees_code(ex):
    """An indented block quotation ending in its source's code in brackets ("(Interview 14, former PMF commander,
    Baghdad, March 2021)", "(R7, questionnaire, June 2020)") is that interviewee's, the bracket left out, even
    after a lead-in naming someone else; a quotation run into a sentence stays the sentence verb's. "Every
    commander we interviewed agreed that" reports the interviewees (the writer's contact clause)."""
    t = ("3. Advisers in the room\nEvery commander we interviewed agreed that the Guard was there from the start. "
         "Our former commander was blunt about it:\n\n    In 2014 the Iranians were the only ones who came. They "
         "came with weapons and maps. (Interview 14, former PMF commander, Baghdad, March 2021)\n\n"
         "A tribal leader told us that the factions “answer to the man with the Persian accent” (Interview 18, "
         "tribal leader, al-Qaim, December 2020).\n\n    We buried them and the next morning every brigade was at "
         "its post. (R7, questionnaire, June 2020)\n")
    got = reported(ex, t, "speaker", "speaker_role", "kind", "text", segments=segment(t))
    assert got == [
        ("Every commander", "official", "indirect", "the Guard was there from the start"),
        ("Interview 14", "other", "direct", "In 2014 the Iranians were the only ones who came. They came with "
         "weapons and maps."),
        ("tribal leader", "other", "partial", "the factions “answer to the man with the Persian accent”"),
        ("R7", "other", "direct", "We buried them and the next morning every brigade was at its post.")]


SUBTITLES = """Hassan Nasrallah: "The Border Is Our Red Line"

In a televised speech, Hezbollah leader Hassan Nasrallah warned Israel against any advance.

1
00:00:00,820 --> 00:00:04,790
[Presenter] We now go to the speech
of His Eminence the Secretary-General.

2
00:00:05,083 --> 00:00:07,153
[crowd chanting]

3
00:00:07,306 --> 00:00:11,254
In the name of God, the Most Gracious,
the Most Merciful.

4
00:00:11,682 --> 00:00:15,467
The enemy fired on our villages,
and more than twenty of our people

5
00:00:15,562 --> 00:00:19,317
rose as martyrs. (TN: the word used
is shahid.)

6
00:00:19,543 --> 00:00:23,868
- [Crowd] We are with you, Sayyed!
- The border is our red line.

Tags: Hezbollah, Lebanon
"""


def test_a_subtitle_files_speech_sentence_by_sentence(ex):
    """An SRT file of a speech: each sentence, across cues (their numbers and time codes inside it), is the
    speaker's the page's title names; a "[Crowd]" line is the crowd's; the presenter's lines are the page's
    voice; sound notes, translator's notes and the opening invocation are no one's speech."""
    got = reported(ex, SUBTITLES, "speaker", "kind", "text", segments=segment(SUBTITLES))
    said = [g for g in got if g[0] == "Hassan Nasrallah"]
    assert ("Hassan Nasrallah", "direct", "The enemy fired on our villages,\nand more than twenty of our people\n\n5\n"
            "00:00:15,562 --> 00:00:19,317\nrose as martyrs.") in said
    assert ("Hassan Nasrallah", "direct", "The border is our red line.") in said
    assert any(g[0] == "crowd" and g[2] == "We are with you, Sayyed!" for g in got)
    assert not any("Most Merciful" in g[2] or "TN:" in g[2] or "We now go" in g[2] or "chanting" in g[2] for g in got)


def test_a_criminal_complaints_capitalised_defendants_and_their_messages(ex):
    """A US complaint's defendants in capitals speak: "SAAB wrote to KHALIL: “...”" (the addressee before the
    colon), "INDIVIDUAL-1 wrote ...", and "stated, in substance and in part, that ..." (the formula skipped)."""
    t = ("COMPLAINT\n\n19.  On or about March 3, 2024, SAAB wrote to KHALIL: \"box says agricultural drone parts.\" "
         "The same day KHALIL wrote to SAAB: \"if anyone ask we sell to farmers [sic].\"\n\n20.  On or about "
         "February 12, 2024, INDIVIDUAL-1 wrote to KHALIL: \"the uncles want 40 engines.\"\n\n21.  SAAB stated, in "
         "substance and in part, that he had shipped \"farm equipment\" for KHALIL.\n")
    got = statements(ex, t)
    assert got == [("SAAB", "direct", "box says agricultural drone parts."),
                   ("KHALIL", "direct", "if anyone ask we sell to farmers [sic]."),
                   ("INDIVIDUAL-1", "direct", "the uncles want 40 engines."),
                   ("SAAB", "partial", "he had shipped \"farm equipment\" for KHALIL")]


def test_a_title_of_a_body_run_into_the_name(ex):
    """US press releases write "said Under Secretary of the Treasury for X NAME": "Under" opens the title
    here (not an adverbial, as in "Under the deal"), and the name is the words from a middle initial, or the
    last two with a registered given name before them, not the body's words run into it."""
    t = ("“The network turned Iranian oil into a payroll for the militias,” said Under Secretary of the Treasury "
         "for Terrorism and Financial Intelligence Dana R. Whitcombe. Under the deal, Iran said it would “comply "
         "fully”.")
    assert roles(ex, t) == [("Dana R. Whitcombe", "official"), ("Iran", "official")]
    t = "“The talks are over,” said Under Secretary Maren Holt."
    assert roles(ex, t) == [("Maren Holt", "official")]
    reg = Registry.default()
    assert reg.resolve("Deputy Minister of Foreign Affairs Ali Bagheri Kani").name == "Ali Bagheri Kani"
    assert reg.resolve("Secretary of the Treasury Dana Whitcombe").name == "Dana Whitcombe"
    # no name after the body: the office speaks ("Foreign Affairs" is no person)
    assert reg.resolve("Minister of Foreign Affairs of Iran").name == "Minister of Foreign Affairs of Iran"


def test_a_coordinated_clause_with_its_own_speaker_ends_the_content_before_it(ex):
    """"X denied A, and its spokesperson, NAME, described B": the second clause's subject is the named
    spokesperson (the comma of ", and" is no parenthetical's), and A ends before ", and", whoever speaks next."""
    t = ("The ministry has repeatedly denied arming the Houthis, and its spokesperson, Nasser Kanaani, described "
         "the sanctions as “economic terrorism.”")
    assert reported(ex, t, "speaker", "text") == [
        ("ministry", "arming the Houthis"), ("Nasser Kanaani", "the sanctions as “economic terrorism.”")]
    t = "The ministry denied the report, and its spokesman said the sanctions had “failed”."
    assert reported(ex, t, "speaker", "text") == [
        ("ministry", "the report"), ("ministry", "the sanctions had “failed”")]


def test_a_spokesman_for_a_militia_is_its_office_holder(ex):
    """"a spokesman for Kataib Sayyid al-Shuhada" holds an office in the militia, as "Kataib Hezbollah
    spokesman" does; the militia's name is no person's ("Sayyid al-Shuhada" is not a name after a title)."""
    t = ("A spokesman for Kataib Sayyid al-Shuhada said it was an attack on Iraqi sovereignty. A spokesman for "
         "Kataib Hezbollah said the group had no role. A spokesman for the IRGC said the base had not been hit.")
    assert roles(ex, t) == [("spokesman for Kataib Sayyid al-Shuhada", "official"),
                            ("spokesman for Kataib Hezbollah", "official"),
                            ("Islamic Revolutionary Guard Corps (IRGC)", "official")]
    assert Registry.default().resolve("spokesman for Kataib Sayyid al-Shuhada").entry.name == "Kataib Sayyid al-Shuhada"


OPED = """OPINION | GUEST ESSAY

Killing a General Did Not Make the Region Safer

By Parviz Ahmadi-Rad

That afternoon I wrote to the secretary general of the United Nations that the strike was “an act of state terrorism on the soil of a third country.” I told my counterpart in Baghdad that we would respect his parliament. I have not changed my view.

The editorial board of The Harwick Courier, no friend of my country, wrote on Jan. 4 that the region was “better off” without him. The Westbridge Post reported that the base had been “emptied in advance”. The White House insisted at first that the base had suffered “nothing that matters.”

In Tahrir Square, the young Iraqis who have been protesting since October against corruption chanted “Neither Washington nor Tehran.” Masoud Barzani has said publicly that without the general’s help in August 2014, Erbil “would have fallen in a week.”

LETTERS IN RESPONSE

To the Editor:

Re “Killing a General” (Opinion, Jan. 21):

The essay writes as if the general were a diplomat who happened to carry a gun. I served two tours in Iraq, and the bombs that killed my friends were not diplomacy.

Daniel Ruskin-Hale
Dayton, Ohio
The writer served in the U.S. Army from 2005 to 2011.
"""


def test_a_signed_op_ed_and_the_letters_in_response(ex):
    """An op-ed: its author's "I wrote ... that “...”" quotes his own words (his unquoted "I told X that"
    stays narration); a paper's editorial board and a paper known only by its masthead ("The Westbridge
    Post") are outlets; the White House is a voice of its own; a subject with a relative clause ("Iraqis who
    have been protesting since October") chants; "said that without X, Y ..." reports Y. Letters in
    response ("To the Editor:", the name over the town) are comments of their writers."""
    got = [(s["speaker"], s["speaker_role"], s["kind"], OPED[s["start"]:s["end"]])
           for s in ex.extract(OPED, segment_rows(OPED), narration_speaker="Parviz Ahmadi-Rad")
           if s["kind"] != "narration"]
    assert got[0][:3] == ("Parviz Ahmadi-Rad", "other", "partial") and got[0][3].startswith("the strike was")
    assert not any("respect his parliament" in g[3] for g in got)
    assert ("editorial board of The Harwick Courier", "outlet") == got[1][:2]
    assert ("Westbridge Post", "outlet", "partial", "the base had been “emptied in advance”") in got
    assert ("White House", "official") == got[3][:2]
    assert ("Iraqis", "other", "direct", "Neither Washington nor Tehran.") in got
    assert any(g[0] == "Masoud Barzani" and g[3].startswith("without the general’s help") for g in got)
    assert got[-1][:3] == ("Daniel Ruskin-Hale", "commenter", "comment") and got[-1][3].startswith("The essay writes")
    assert len(got) == 7


BLOCKS = """Start with Sanaa. Abdul-Malik al-Houthi has spoken about the Red Sea almost every Thursday. The clearest version came last week:

Our operations in the sea are a decision of the Yemeni people. No one in the world can tell us to stop them.
— Abdul-Malik al-Houthi, televised speech, 22 February 2024

In the same speech he promised “surprises” that the enemy “does not expect”. The movement’s chief negotiator put the same idea on X in December:

We have informed all concerned parties that ships linked to the Israeli enemy will be targeted.
— Mohammed Abdulsalam, on X, 19 December 2023

He added that other ships had “nothing to fear”.
"""


def test_block_quotations_without_marks_and_their_dated_attribution_lines(ex):
    """A blog's block quotation set without marks, with "— NAME, occasion, date" on the line under it, is
    NAME's (not the lead-in's description, "the movement's chief negotiator"); "he" and "He added" after
    it go on with NAME, and the block's own words ("Our operations") name no one."""
    got = reported(ex, BLOCKS, "speaker", "kind", "text", segments=segment(BLOCKS))
    assert [g[:2] for g in got] == [("Abdul-Malik al-Houthi", "direct"), ("Abdul-Malik al-Houthi", "partial"),
                                    ("Mohammed Abdulsalam", "direct"), ("Mohammed Abdulsalam", "partial")]
    assert got[0][2].startswith("Our operations") and got[0][2].endswith("to stop them.")


def test_replies_comments_and_nouns_that_look_like_cues(ex):
    """"“...,” one user replied under the post" and "“...,” a user commented": the quotation is the reply
    (the place after the verb is no content); "the Arabian Ledger report rests on" is a noun (in what the
    readers pointed out), and "a round-up of the agency reports, via the wires:" reports nothing."""
    t = ("“This is gameplay. Look at the smoke,” one user replied under the post. “Bro this is a game I have on "
         "my phone,” a TikTok user commented. Several readers have pointed out that the Arabian Ledger report rests "
         "on anonymous sources. Here is a round-up of the Iranian agency reports, via the wires:")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("one user", "direct", "This is gameplay. Look at the smoke"),
        ("TikTok user", "direct", "Bro this is a game I have on my phone"),
        ("readers", "indirect", "the Arabian Ledger report rests on anonymous sources")]
    # (a plural subject's verb, and a verb that is no noun, stay verbs after "the Hill", "the ministry")
    t = "Some Democrats on the Hill say it will hurt Yemenis. Damascus, the ministry wrote, “reserves its right”."
    assert reported(ex, t, "speaker") == ["Democrats on the Hill", "ministry"]


def test_a_headings_colon_leads_in_no_paragraph(ex):
    """A live blog's entry heading "Mood in Dahiyeh: “We stayed up”" ends in a quotation, not in a colon: the
    paragraph under it ("From our correspondent in Beirut, NAME:") is not the heading's words."""
    t = ("Mood in Dahiyeh: “We stayed up to watch”\n\nFrom our correspondent in Beirut, Mariam Chehade:\n\n"
         "In the southern suburbs, people had followed the night on their phones.\n")
    assert not any(g.startswith("From our correspondent") for g in reported(ex, t, "text", segments=segment(t)))


def test_a_quoted_name_inside_a_subject(ex):
    """"A senior official in the “axis of resistance” told X that ...": the quoted name is part of the
    subject, not a quotation of X's (nor X's words); "... 13 “foreign fighters” who it said were Iranians"
    stays one report, as the coded sets have it."""
    t = ('A senior official in the "axis of resistance" told Al-Mayadeen, the Beirut-based channel close to '
         'Hezbollah, that the rocket fire had been "a message, not a war". The Syrian Observatory for Human Rights '
         'said at least 19 fighters were killed, including 13 "foreign fighters" who it said were mostly Iranians.')
    assert reported(ex, t, "speaker", "text") == [
        ("senior official", 'the rocket fire had been "a message, not a war"'),
        ("Syrian Observatory for Human Rights",
         'at least 19 fighters were killed, including 13 "foreign fighters" who it said were mostly Iranians')]


def test_posts_described_in_running_text(ex):
    """"shared it with the comment “...”", "posted the clip under the headline “...”", "with the text: “...”":
    the post's words are its poster's, and "a user called @X", "a channel called NAME" name the poster (a
    name after "called", not speech; "a spokesman called Israel “a cancer”" still is)."""
    t = ("On TikTok, a user called @sanaa.lion.313 posted the clip with the text: “Truman burning!!” A Telegram "
         "channel called Front of Support 24, which has about 210,000 subscribers, posted it under the headline "
         "“Exclusive: first images of the Truman hit”. A spokesman called Israel “a cancer”.")
    assert reported(ex, t, "speaker", "speaker_role", "kind", "text") == [
        ("@sanaa.lion.313", "other", "direct", "Truman burning!!"),
        ("Front of Support 24", "outlet", "direct", "Exclusive: first images of the Truman hit"),
        ("spokesman", "official", "partial", "Israel “a cancer”")]


def test_a_bodys_member_named_by_a_possessive_and_a_channel_noun_before_that(ex):
    """"Hezbollah’s leader has said" is the party's office-holder (not "Soleimani's photos", which say
    nothing); "denied to us by text message that ..." is one statement, the verb's (the message is its
    channel, not a second speaker)."""
    t = ("Hezbollah’s leader has said that the group’s attacks are meant to support Hamas. A Kataib Hezbollah "
         "spokesman denied to us by text message that the group “has ever received orders”. Soleimani’s photos "
         "show that he was there.")
    assert reported(ex, t, "speaker", "speaker_role") == [("Hezbollah’s leader", "official"),
                                                          ("Kataib Hezbollah spokesman", "official")]


STYLED_SPEECH_PAGE = """Sayyed Nasrallah: US Withdrawal Proof of Defeat

Hezbollah Secretary General His Eminence Sayyed Hasan Nasrallah stressed on Saturday that the US decision was "a clear admission of defeat".

In a speech marking the anniversary of the martyr leaders Sheikh Ragheb Harb, Sayyed Abbas al-Moussawi and Hajj Imad Moughniyeh, His Eminence stressed that the martyrs "drew with their blood the path".

Speaking about the war on Syria, Sayyed Nasrallah said:

"When the war on Syria began, they told the world it was a question of weeks."

His Eminence mocked the remarks of Benjamin Netanyahu, who had boasted that he had sat with Arab ministers "around one table". The Sayyed commented: "He said it himself."

Cedar_Realist  Jawad_Nabatieh  • 3 days ago
Victory over whom? Half of Syria is rubble.
"""


def test_a_speech_report_with_styles_of_address_and_a_lead_in_that_is_no_comment_header(ex):
    """"Speaking about the war, Sayyed Nasrallah said:" is an article's lead-in, not a commenter's "NAME
    said:" (a name has no comma, and a past tense with a colon needs a date); "His Eminence" is the one so
    styled before (not the martyrs just listed), "The Sayyed" the last person named "Sayyed ..." alone;
    "Hasan Nasrallah" is the registry's Hassan Nasrallah; a Disqus reply's header names the replier first."""
    got = reported(ex, STYLED_SPEECH_PAGE, "speaker", "kind", segments=segment(STYLED_SPEECH_PAGE))
    names = [Registry.default().canonical(g[0]) for g in got]
    assert names == ["Hassan Nasrallah"] * 3 + ["Benjamin Netanyahu", "Hassan Nasrallah", "Cedar_Realist"]
    assert got[2][1] == "direct" and got[-1][1] == "comment"


def test_asides_after_the_verb_and_titles_with_on_and_to(ex):
    """"added, referring to rumours that ..., that such reports were", "reported, without citing a source, that"
    (the aside is skipped);
    "adding, “...”" is a second statement; "Senior Adviser to the Leader on International Affairs NAME" is
    one subject ("Iran on Monday said" is not)."""
    t = ('The source added, referring to rumours that the commander had been wounded, that such reports were '
         '"psychological warfare". Channel 12 reported, without citing a source, that the cabinet had approved the '
         'strikes. Ali Larijani said the victories "proved" it, adding, "They must now pack their '
         'bags." Senior Adviser to the Leader on International Affairs Ali Akbar Velayati, in a meeting on '
         'Wednesday, underlined that the support was "a strategic choice". Iran on Monday said the talks were over.')
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("source", "partial", 'such reports were "psychological warfare"'),
        ("Channel 12", "indirect", "the cabinet had approved the strikes"),
        ("Ali Larijani", "partial", 'the victories "proved" it'),
        ("Ali Larijani", "direct", "They must now pack their bags."),
        ("Ali Akbar Velayati", "partial", 'the support was "a strategic choice"'),
        ("Iran", "indirect", "the talks were over")]


def test_wire_phrasings_of_a_reactions_roundup(ex):
    """A wire roundup: "Dec 8 (Agency) - Syrian rebels seized ... and said" (a dateline without a city);
    "“...,” an informed source told FNA, adding that “...”" (an adjective before the head is no verb); "X, the
    leader of Y, better known as Z, said in a speech at the Umayyad Mosque in Damascus: “...”" (where, then the
    colon); "The Houthi political bureau said" and "The Fatemiyoun's own Instagram page said" (a body's voice)."""
    t = ("Dec 8 (Lodestar) - Syrian rebels seized Damascus on Sunday and said they had ended the rule of Assad.\n\n"
         "“Advisers played a decisive role,” an informed source told FNA, adding that “the terrorists fled.”\n\n"
         "Ahmed al-Sharaa, the leader of Hayat Tahrir al-Sham, better known as Abu Mohammed al-Golani, said in a "
         "speech at the Umayyad Mosque in Damascus: “Syria has been returned to its people.”\n\n"
         "The Houthi political bureau said events in Syria were “an internal affair”. The Fatemiyoun's own "
         "Instagram page said that its fighters had “written the name of Afghanistan in history”.\n")
    got = reported(ex, t, "speaker", "kind", "text", segments=segment(t))
    assert [g[0] for g in got] == ["Syrian rebels", "informed source", "informed source", "Ahmed al-Sharaa",
                                   "Houthi political bureau", "Fatemiyoun Division"]
    assert got[0][2] == "they had ended the rule of Assad" and got[3][1:] == (
        "direct", "Syria has been returned to its people.")


def test_lists_of_countries_and_caretaker_titles(ex):
    """"France, Germany and Britain said" is one speaker, their governments (not the last two countries, nor
    no one when the list follows "the leaders of"); "Lebanon’s caretaker Prime Minister NAME met ... and said" is
    NAME's ("caretaker", like "acting", describes the office)."""
    t = ("France, Germany and Britain said in a joint statement that Iran must return to the talks. The leaders of "
         "Britain, France and Germany said the deal could still be saved. In Iran, Iraq and Syria, officials said the "
         "drought was worsening.\n\nLebanon’s caretaker Prime Minister Najib Mikati met the envoy and said the "
         "government would not be dragged into war. Iraq’s outgoing Prime Minister Mustafa al-Kadhimi visited the "
         "site and said the attack was cowardly.")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("France, Germany and Britain", "official", "Iran must return to the talks"),
        ("leaders of Britain, France and Germany", "official", "the deal could still be saved"),
        ("officials", "official", "the drought was worsening"),
        ("Najib Mikati", "official", "the government would not be dragged into war"),
        ("Mustafa al-Kadhimi", "official", "the attack was cowardly")]


def test_south_asian_reporting_idioms(ex):
    """"termed X as Y" (as "described X as Y"), "opined that", "was of the view that"; "NAME on Friday said" is
    NAME (a weekday is no part of the name, as "on Yemen" is of "the UN Panel of Experts on Yemen"); "The office
    of acting Prime Minister NAME" speaks for him."""
    t = ("ISLAMABAD: Foreign Office spokesperson Mumtaz Zahra Baloch on Friday termed the Israeli strikes on Iran as a "
         "blatant violation of international law.\n\nAllama Raja Nasir Abbas opined that the fighters had defended "
         "the shrines with honour. Senator Mushahid Hussain was of the view that Pakistan must stay neutral.\n\n"
         "The office of acting Prime Minister Adel Abdul-Mahdi described the strikes as “a flagrant violation of "
         "Iraqi sovereignty”. The UN Panel of Experts on Yemen wrote that the drones were Iranian.")
    assert reported(ex, t, "speaker", "text") == [
        ("Mumtaz Zahra Baloch", "the Israeli strikes on Iran as a blatant violation of international law"),
        ("Raja Nasir Abbas", "the fighters had defended the shrines with honour"),
        ("Mushahid Hussain", "Pakistan must stay neutral"),
        ("Adel Abdul Mahdi", "the strikes as “a flagrant violation of Iraqi sovereignty”"),
        ("UN Panel of Experts on Yemen", "the drones were Iranian")]


def test_agency_idioms_of_tass_xinhua_and_spa(ex):
    """TASS: "the diplomat stressed" after "Deputy Foreign Minister NAME" is NAME, and so is "According to him,";
    Xinhua: a family name written first ("Guo Jiakun ... Guo said"); "Tehran would respond “decisively”" inside
    a minister's words is no statement of Tehran's; ", the Saudi Press Agency (SPA) reported." is no content."""
    t = ("Russia considers the strikes unacceptable, Russian Deputy Foreign Minister Sergey Ryabkov told TASS on "
         "Saturday.\n\n\"We strongly condemn these actions,\" the diplomat stressed. According to him, the strikes "
         "\"undermine the entire architecture of regional security.\"\n\nChina is deeply concerned about the "
         "escalation, Chinese Foreign Ministry spokesperson Guo Jiakun said on Friday. When asked about the attack, "
         "Guo said China opposes any violation of the sovereignty of Iran.\n\nEarlier, Iranian Foreign Minister "
         "Abbas Araghchi said that Tehran would respond \"decisively\" to any aggression.\n\nThe ministry said the "
         "talks had failed, the Saudi Press Agency (SPA) reported.")
    assert reported(ex, t, "speaker", "text") == [
        ("Sergey Ryabkov", "Russia considers the strikes unacceptable"),
        ("Sergey Ryabkov", "We strongly condemn these actions"),
        ("Sergey Ryabkov", 'the strikes "undermine the entire architecture of regional security."'),
        ("Guo Jiakun", "China is deeply concerned about the escalation"),
        ("Guo Jiakun", "China opposes any violation of the sovereignty of Iran"),
        ("Abbas Araghchi", 'Tehran would respond "decisively" to any aggression'),
        ("ministry", "the talks had failed")]


def test_a_participle_after_with_has_its_own_subject(ex):
    """"India called for restraint, with ministry spokesperson NAME saying that B": NAME says B, and India's
    content ends before ", with"."""
    t = ("India on Thursday called for restraint in West Asia, with External Affairs Ministry spokesperson Randhir "
         "Jaiswal saying that the safety of Indian seafarers was of \"paramount importance\". Iran condemned the "
         "strikes on its consulate in Damascus, with officials warning that a response would come.")
    assert reported(ex, t, "speaker", "text") == [
        ("India", "restraint in West Asia"),
        ("Randhir Jaiswal", 'the safety of Indian seafarers was of "paramount importance"'),
        ("Iran", "the strikes on its consulate in Damascus"),
        ("officials", "a response would come")]


def test_as_name_put_it_and_the_words_after_its_comma(ex):
    """"As NAME put it in July, “...”" and "As NAME said on Monday, the talks ..." are NAME's words; "As NAME said
    goodbye, ..." and "The deal, as NAME said, ..." report nothing this way."""
    t = ("Hezbollah knows this. As Sheikh Naim Qassem put it in a speech in July, “these weapons are our honour.” As "
         "Ali Niknam said on Monday, the talks “are dead”. As Ali Niknam told reporters, the deal is dead and buried. "
         "As Ali Niknam said goodbye, the crowd cheered loudly at the gate.")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("Naim Qassem", "direct", "these weapons are our honour."),
        ("Ali Niknam", "partial", "the talks “are dead”"),
        ("Ali Niknam", "indirect", "the deal is dead and buried")]


def test_who_speaks_after_a_statement_that_names_others(ex):
    """"he said NAME had discussed it with his counterpart OTHER. “...,” he said.": "he" is the spokesman again,
    not a person named inside his words, nor "the Indian Navy" (a body); "Asked whether X had raised it with Iran,
    which backs the Houthis, he said": "he", not Iran."""
    t = ("Speaking at the weekly media briefing, Ministry of External Affairs (MEA) spokesperson Randhir Jaiswal "
         "said the Indian Navy had responded \"promptly\" to the distress call. One sailor, he said, had suffered burn "
         "injuries.\n\nAsked whether India had taken up the matter with Iran, which backs the Houthis, he said External "
         "Affairs Minister S Jaishankar had discussed \"the situation in the Red Sea\" with his Iranian counterpart "
         "Hossein Amir-Abdollahian. \"We have conveyed our concerns,\" he said.")
    assert reported(ex, t, "speaker", "text") == [
        ("Randhir Jaiswal", 'the Indian Navy had responded "promptly" to the distress call'),
        ("Randhir Jaiswal", "One sailor, he said, had suffered burn injuries"),
        ("Randhir Jaiswal", 'External Affairs Minister S Jaishankar had discussed "the situation in the Red Sea" with '
                            "his Iranian counterpart Hossein Amir-Abdollahian"),
        ("Randhir Jaiswal", "We have conveyed our concerns")]
    # (at a sentence's start, "He" is whom the last words were about: Soleimani told the fighters)
    t = ("Karrar Radhi is now a captain.\n\nIn the winter of 2014, Karrar says, Qassem Soleimani visited their position "
         "near the airport road. He told the fighters that ‘Damascus is the first line of Najaf and Karbala’.")
    assert reported(ex, t, "speaker")[-1] == "Qassem Soleimani"


def test_where_a_statement_ends_and_the_next_begins(ex):
    """", but ruled out B" ends A (the speaker's next act); "said A, and that as long as X, B" is one statement; ",
    saying Washington should ..." after "condemned X" is a second; "dismissed as “groundless” remarks that ..."
    keeps its "as"; "rejected US claims that X" is X by the US (as "the claims of Western media that"); "“strengthen, not
    weaken,” adding: “...”" is no negated verb; ", ROSPRESS reported citing IRNA." is no content."""
    t = ("Khawaja Asif said that Pakistan stood with Iran “diplomatically and morally”, but ruled out any military "
         "role for Pakistan in the conflict.\n\nMao Ning said the root of the tension \"lies in Gaza\", and that as "
         "long as there is no ceasefire there, \"the fire will keep spreading\". Mao Ning dismissed as \"groundless\" "
         "recent remarks by US officials that China should \"press Iran\", saying Washington should \"reflect on its "
         "own role\".\n\nNasser Kanaani rejected US claims that Tehran was behind the drone attack on the base, "
         "ROSPRESS reported citing the IRNA news agency.\n\nRaja Nasir Abbas Jafri said that the martyrdom of the "
         "commanders would “strengthen, not weaken, the resistance”, adding: “The blood of the martyrs is our fuel.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Khawaja Asif", "Pakistan stood with Iran “diplomatically and morally”"),
        ("Mao Ning", 'the root of the tension "lies in Gaza", and that as long as there is no ceasefire there, '
                     '"the fire will keep spreading"'),
        ("Mao Ning", 'as "groundless" recent remarks by US officials that China should "press Iran"'),
        ("Mao Ning", 'Washington should "reflect on its own role"'),
        ("US", "Tehran was behind the drone attack on the base"),
        ("Raja Nasir Abbas Jafri", "the martyrdom of the commanders would “strengthen, not weaken, the resistance”"),
        ("Raja Nasir Abbas Jafri", "The blood of the martyrs is our fuel.")]


def test_a_family_name_first_named_as_an_object(ex):
    """"briefed Chinese Foreign Minister Wang Yi on ... Wang said" is Wang Yi (named in full only as the object);
    "Meanwhile, forces killed 14 men, according to the ministry." is the ministry's; "X, says Turkish foreign
    minister at joint news conference with Syrian counterpart" (a headline's bare channel) is the minister's."""
    t = ("In a phone conversation on Monday, Iranian Foreign Minister Hossein Amir-Abdollahian briefed Chinese Foreign "
         "Minister Wang Yi on Iran's position.\n\nWang said the strike on the embassy had \"crossed a line\".\n\n"
         "Meanwhile, Turkish security forces killed 14 militants in northern Syria, according to the National Defense "
         "Ministry.\n\nTürkiye will not allow any actor to use terror group 'as a tool' to destabilize Syria, says "
         "Turkish foreign minister at joint news conference with Syrian counterpart\n")
    assert reported(ex, t, "speaker", "text") == [
        ("Wang Yi", 'the strike on the embassy had "crossed a line"'),
        ("National Defense Ministry", "Turkish security forces killed 14 militants in northern Syria"),
        ("Turkish foreign minister", "Türkiye will not allow any actor to use terror group 'as a tool' to destabilize "
                                     "Syria")]


def test_honorifics_initials_and_said_this_while_addressing(ex):
    """"the Allama termed" is the Allama named before; "“...”" with no tag, then "NAME said this while addressing
    a rally", is NAME's (not the speaker before it); "Sheikh Qassem" is the Naim Qassem named before; "Mr
    Jaishankar" is the "External Affairs Minister S Jaishankar" named inside someone else's words."""
    t = ("Addressing the protesters, MWM chief Allama Raja Nasir Abbas Jafri said Israel had attacked Iran.\n\n"
         "Responding to a question, the Allama termed the placing of former fighters on the list as “an attempt to "
         "malign the community”.\n\n“The Muslim world must now speak with one voice.”\n\nJUI-F central information "
         "secretary Maulana Habibullah Tanoli said this while addressing a protest rally at Liaquat Bagh.\n\n"
         "Hezbollah Secretary-General Naim Qassem said the group would not disarm. As Sheikh Qassem put it in July, "
         "“these weapons are our honour.”\n\nThe spokesman said External Affairs Minister S Jaishankar had "
         "discussed the situation with his counterpart.\n\nIn a post on X, Mr Jaishankar said: \"Relieved that all "
         "our crew are safe.\"")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert [g[:2] for g in got] == [
        ("Raja Nasir Abbas Jafri", "official"), ("Raja Nasir Abbas Jafri", "official"),
        ("Habibullah Tanoli", "official"), ("Naim Qassem", "official"), ("Naim Qassem", "official"),
        ("spokesman", "official"), ("S Jaishankar", "official")]
    assert got[2][2] == "The Muslim world must now speak with one voice."


def test_a_statement_given_in_full_over_several_paragraphs(ex):
    """"said in a statement, the text of which follows:" then paragraphs without marks, up to the signature
    line: each paragraph is the spokesman's (its "The Armed Forces affirm that ..." too); the narrator's "In his
    speech, the Leader affirmed that ..." after the signature is not."""
    t = ("Sanaa strikes\n\nThe operations come as Yemen continues to stand with the Palestinian people in Gaza.\n\n"
         "The spokesman of the Armed Forces, Brigadier General Yahya Saree, said in a statement, the text of which "
         "follows:\n\nIn support of the Palestinian people, the naval forces targeted the ship in the Gulf of Aden with "
         "a number of missiles.\n\nThe ship was targeted after the company that owns it violated the ban on entering "
         "the ports.\n\nThe Yemeni Armed Forces affirm that the crime against the port of Hodeidah will not go "
         "unpunished.\n\nIssued by the Yemeni Armed Forces\n\nIn his weekly speech on Thursday, the Leader of the "
         "Revolution, Sayyed Abdulmalik al-Houthi, affirmed that the response to the aggression is certain.")
    got = reported(ex, t, "speaker", "kind", "text", segments=segment(t))
    assert [g[:2] for g in got][:3] == [("Yahya Saree", "direct")] * 3
    assert got[2][2] == "The Yemeni Armed Forces affirm that the crime against the port of Hodeidah will not go " \
                        "unpunished"
    assert len(got) == 4 and got[3][0] != "Yahya Saree"


def test_regional_wire_formulas(ex):
    """"Shafaq News/ A security source reported" (the agency's slash dateline); "who it said “...”" (the body,
    not the fighters); "He indicated that"; "claimed responsibility for the attack, saying B" (only B is said);
    "The Iran-backed “Islamic Resistance in Iraq”" (the name in its marks); "reported tonight that"; "According
    to the report," (the outlet's); "One of the wounded workers ... told X from his bed at Y: “...”";
    "considering that"; "Magen David Adom paramedics said"."""
    t = ("Shanasheel News/ A security source reported on Tuesday that a drone targeted a depot near Tikrit. He "
         "indicated that a security force had cordoned off the site.\n\nThe PMF Commission mourned, in a statement, "
         "two of its fighters, who it said \"rose as martyrs while performing their duty\".\n\nThe Iran-backed “Islamic "
         "Resistance in Iraq” claimed responsibility for the attack in a statement on Telegram, saying its fighters "
         "had struck “a vital target”.\n\nChannel 12 News reported tonight that the cabinet would discuss “a response "
         "in Iraq”. According to the report, the army has prepared “a bank of targets”.\n\nOne of the wounded "
         "workers, a 45-year-old resident of the city, told Shalhevet from his bed at Yoseftal: “I heard a buzz like "
         "a lawnmower.”\n\nSamir Geagea estimated that Hezbollah \"is buying time\", considering that the state \"has "
         "already given it more time than it deserves\". Magen David Adom paramedics said they had treated two men "
         "for shrapnel wounds.")
    assert reported(ex, t, "speaker", "text", segments=segment(t)) == [
        ("security source", "a drone targeted a depot near Tikrit"),
        ("security source", "a security force had cordoned off the site"),
        ("PMF Commission", "rose as martyrs while performing their duty"),
        ("Islamic Resistance in Iraq", "its fighters had struck “a vital target”"),
        ("Channel 12 News", "the cabinet would discuss “a response in Iraq”"),
        ("Channel 12 News", "the army has prepared “a bank of targets”"),
        ("workers", "I heard a buzz like a lawnmower."),
        ("Samir Geagea", 'Hezbollah "is buying time"'),
        ("Samir Geagea", 'the state "has already given it more time than it deserves"'),
        ("Magen David Adom paramedics", "they had treated two men for shrapnel wounds")]


def test_a_video_transcripts_numbered_speakers_and_their_pronouns(ex):
    """"Returnee 1:" is a person (as a study's "Interview 14" is); "They asked me if ..." inside his answer names
    no one outside it, so it is no statement of whoever "they" were last."""
    t = ("Returnees pressed to fight\n\nThe Video Unit said on Monday that 5,000 people had crossed the border.\n\n"
         "Video transcript:\n\nReporter: At the crossing, buses arrive every hour.\n\nReturnee 1: They asked me if I had "
         "been to Syria before. I said no. They said, then go now, it is your chance.\n\nReturnee 2: I was born in "
         "Iran.\n\nBorder official: We give them food and a SIM card.\n\n[End of transcript]\n")
    assert reported(ex, t, "speaker", "kind", segments=segment(t)) == [
        ("Video Unit", "indirect"), ("Returnee 1", "direct"), ("Returnee 2", "direct"), ("Border official", "direct")]


def test_a_participle_after_a_source_given_by_according_to(ex):
    """", according to Iranian media, noting that ..." (a statement with no speaker's mention before the
    participle) is no crash: the source's statement stays, the participle adds nothing of its own."""
    t = ("The three were attached to the IRGC 19th Fajr Division, according to Iranian media, noting that the unit "
         "had deployed in the spring.")
    assert reported(ex, t, "speaker", "text") == [
        ("Iranian media", "The three were attached to the IRGC 19th Fajr Division")]


def test_a_deputy_of_a_bloc_and_stressing_the_necessity_of(ex):
    """"MP NAME of the Sadiqoun bloc told X that A, stressing the necessity of “B”": a bloc is a body (the name
    before it speaks), and the translated formula "stressing the necessity of “...”" is a second statement."""
    t = ('In this context, MP Haider al-Saadi of the Sadiqoun bloc told Shanasheel News Agency that the strike '
         '"proves that the Hashd needs a law", stressing the necessity of "passing the law in the current session".')
    assert reported(ex, t, "speaker", "text") == [
        ("Haider al-Saadi", 'the strike "proves that the Hashd needs a law"'),
        ("Haider al-Saadi", 'the necessity of "passing the law in the current session"')]


def test_a_relative_named_after_the_kin_noun(ex):
    """"His son Karwan told X that ..." is Karwan, a person, so the "he said" after his quotation is Karwan too
    (not the doctor quoted before him)."""
    t = ("A doctor at the hospital, who asked not to be named, said his condition was “stable”.\n\nHis son Karwan told "
         "Nishtiman24 that the family had heard “a sound like a motorcycle”.\n\n“My father was watering the sheep. Why "
         "do they send their drones to our village?” he said.")
    assert reported(ex, t, "speaker", "kind") == [("doctor", "partial"), ("Karwan", "partial"), ("Karwan", "direct")]


def test_a_translation_digests_quotations_footnotes_and_excerpts(ex):
    """A MEMRI-style digest: "He said:" over a quotation that ends in a footnote mark "[1]"; "said that A, but
    hinted that B"; "excerpts from a 2014 speech to Basij students by the late IRGC commander NAME, who ...:" over
    a quotation (NAME's, not the daily's); "The Russian Center for Reconciliation ... at the Hmeimim air base said"."""
    t = ("Digest\n\nAli Akbar Velayati said in a meeting that the victory was great. He said:\n\n“Aleppo is not the end "
         "of the road. President Assad [Bashar Al-Assad] will remain the elected president.”[1]\n\nAli Shamkhani said "
         "that the cooperation with Russia had been “effective,” but hinted that Moscow had believed in the truces for "
         "too long.\n\nThe daily republished excerpts from a 2014 speech to Basij students by the late IRGC commander "
         "Hossein Hamedani, who was killed near Aleppo in October 2015:\n\n“The day will come when the flag will fly "
         "over Aleppo.”[8]\n\nThe Russian Center for Reconciliation of the Opposing Sides at the Hmeimim air base said "
         "in its daily bulletin that it had registered 32 violations.")
    got = reported(ex, t, "speaker", "kind", segments=segment(t))
    assert got == [("Ali Akbar Velayati", "indirect"), ("Ali Akbar Velayati", "direct"), ("Ali Shamkhani", "partial"),
                   ("Ali Shamkhani", "indirect"), ("Hossein Hamedani", "direct"),
                   ("Russian Center for Reconciliation of the Opposing Sides at the Hmeimim air base", "indirect")]


def test_quoted_as_saying_with_a_place_and_appealed_to(ex):
    """"quoted an officer of the Russian military police at the roundabout as saying that ..." is the officer's;
    "said that A and appealed to the United Nations “to send observers”" is two statements."""
    t = ("Shehadeh quoted an officer of the Russian military police at the roundabout as saying that his men “have no "
         "authority over these people.” The Syria Civil Defence said in a statement that its volunteers were “among "
         "those trapped” and appealed to the United Nations “to send observers immediately.”")
    assert reported(ex, t, "speaker", "text") == [
        ("officer of the Russian military police at the roundabout", "his men “have no authority over these people.”"),
        ("Syria Civil Defence", "its volunteers were “among those trapped”"),
        ("Syria Civil Defence", "the United Nations “to send observers immediately.”")]


def test_speaker_phrase_modifiers_are_read_from_the_registry_data():
    """The lower-case words allowed inside a speaker phrase ("the late commander") are the registry's
    `phrase_modifiers`, so a researcher can add one ("embattled") in speakers.yaml without code."""
    from narrative.lexicons import load_yaml

    text = "“We will hold the line,” the embattled IRGC commander Hamid Taghavi told reporters."
    assert reported(Extractor(), text, "speaker") == []  # "embattled" breaks the phrase after the quote
    data = load_yaml("speakers.yaml")
    data["phrase_modifiers"] = list(data["phrase_modifiers"]) + ["embattled"]
    custom = Extractor(Registry(data))
    assert reported(custom, text, "speaker", "speaker_mention") == [
        ("Hamid Taghavi", "the embattled IRGC commander Hamid Taghavi")]
    assert reported(custom, "The embattled commander told reporters that the line would hold.",
                    "speaker") == ["embattled commander"]


def test_a_warning_addressed_to_someone_starts_after_that(ex):
    """"warned Washington that B": B is what was said, Washington is whom it was said to; without
    "that" the words after the verb are the content ("warned Israel would pay ...")."""
    t = ("Hossein Salami warned the United States and its allies that Iran would not leave Syria. "
         "Hassan Nasrallah warned the Israelis on Sunday that any attack would be answered. "
         "Ali Shamkhani warned Riyadh’s rulers that their war in Yemen was lost. "
         "Mohammad Bagheri warned Israel would pay a price that nobody could imagine.")
    assert statements(ex, t) == [
        ("Hossein Salami", "indirect", "Iran would not leave Syria"),
        ("Hassan Nasrallah", "indirect", "any attack would be answered"),
        ("Ali Shamkhani", "indirect", "their war in Yemen was lost"),
        ("Mohammad Bagheri", "indirect", "Israel would pay a price that nobody could imagine")]


def test_a_name_echoed_before_a_participle_with_its_own_clause_is_no_statement(ex):
    """"echoed Salami on Wednesday, telling a gathering ... that B": one statement, B; the name echoed
    (and the day) is no content, however long the audience of the participle is."""
    t = ("IRGC chief commander Mohammad Ali Jafari echoed Salami on Wednesday, telling a gathering of Basij "
         "volunteers in Tehran that the war in Syria is “a war for the survival of the Islamic Revolution.”")
    assert statements(ex, t) == [
        ("Mohammad Ali Jafari", "partial",
         "the war in Syria is “a war for the survival of the Islamic Revolution.”")]


def test_without_admitting_is_no_statement(ex):
    """"keep the mission going without ever admitting that B": nobody says B (and "As long as" names
    no speaker for the participle)."""
    t = ("As long as the coffins come home wrapped in flags, the leadership can keep the mission going "
         "without ever admitting that it is a ground war. "
         "The agency, without citing sources, said that the convoy had reached Deir ez-Zor.")
    assert statements(ex, t) == [("agency", "indirect", "the convoy had reached Deir ez-Zor")]


def test_told_our_reporter_is_an_addressee(ex):
    """The outlet's own reporter or paper, told something, is whom the words were said to."""
    t = ("The mother of one of the fallen, a young man from Mashhad, told our reporter: “If my son had not gone, the takfiris "
         "would be at the gates of Mashhad today.” A Fatemiyoun fighter told our Kabul correspondent that "
         "the brigade had lost forty men.")
    assert statements(ex, t) == [
        ("mother", "direct", "If my son had not gone, the takfiris would be at the gates of Mashhad today."),
        ("Fatemiyoun fighter", "indirect", "the brigade had lost forty men")]


@pytest.mark.parametrize("text, expected", [
    ("Ali Shamkhani made it clear that Iran would not withdraw its advisers.",
     [("Ali Shamkhani", "indirect", "Iran would not withdraw its advisers")]),
    ("Hassan Nasrallah expressed confidence that the resistance would prevail.",
     [("Hassan Nasrallah", "indirect", "the resistance would prevail")]),
    ("Hossein Salami signalled that the Guard would respond.",
     [("Hossein Salami", "indirect", "the Guard would respond")]),
    ("Qassem Soleimani is reported to have said that the battle for Aleppo was decisive.",
     [("Qassem Soleimani", "indirect", "the battle for Aleppo was decisive")]),
    ("Hossein Salami notified the UN Security Council that Iran reserved the right to respond.",
     [("Hossein Salami", "indirect", "Iran reserved the right to respond")]),
    ("Hossein Salami promised the families of the fallen that their sons had not died in vain.",
     [("Hossein Salami", "indirect", "their sons had not died in vain")]),
    ("Kayhan did not let that pass. In a commentary the next day it answered that the critics were never "
     "offended by the black flags.",
     [("Kayhan", "indirect", "the critics were never offended by the black flags")]),
    # ... but "answered questions", "made clear progress" and "expressed confidence in" are no statements
    ("Ali Shamkhani answered questions from reporters. The army made clear progress. Zarif expressed "
     "confidence in the talks.", []),
])
def test_more_reporting_idioms(ex, text, expected):
    assert statements(ex, text) == expected


def test_a_militia_is_no_coalition_and_the_group_is_the_last_subject(ex):
    """"the coalition" does not refer back to whatever organisation was named last (a militia), and
    "The group" after a sentence whose subject was a group is that group, even when another group
    was called "the group" further back."""
    t = ("Harakat al-Nujaba published the names of its dead. The group said they had fallen near Tal Afar. "
         "Kataib Hezbollah said in a statement that five of its fighters had been killed, and accused the "
         "coalition of “providing air cover to Daesh.” The group vowed that the crime would not pass. "
         "The coalition, for its part, insists that it is not working with the militias.")
    assert reported(ex, t, "speaker") == ["Harakat al Nujaba", "Kataib Hezbollah", "Kataib Hezbollah",
                                          "Kataib Hezbollah", "coalition"]


def test_an_outlets_piece_with_a_time_before_its_verb(ex):
    t = ("The hardline daily Kayhan ran a long report on May 24. Its editorial two days later claimed that "
         "“the Americans watched from the sky.”")
    assert statements(ex, t) == [("Kayhan", "direct", "the Americans watched from the sky.")]


def test_a_surname_after_a_name_with_its_particle_is_that_person(ex):
    """"Hadi al-Amiri ... Amiri said", "Adnan Hardan al-Fahdawi, a member of the provincial council, ...
    Fahdawi said": the person named in full, with the role given there."""
    t = ("Karim Hardan al-Zubaidi, a member of the Anbar provincial council, told reporters that men had "
         "been abused. “They took the young men to a farm near the highway,” Zubaidi said.")
    assert reported(ex, t, "speaker", "speaker_role") == [("Karim Hardan al-Zubaidi", "official")] * 2


def test_a_relative_clause_reports_up_to_its_closing_comma(ex):
    t = ("Harakat al-Nujaba, whose secretary general Akram al-Kaabi has said that his fighters obey the "
         "Leader, published the names of 14 members. Hossein Salami, who said last week that the war was "
         "over, has now published a list of names.")
    assert statements(ex, t) == [("Akram al-Kaabi", "indirect", "his fighters obey the Leader"),
                                 ("Hossein Salami", "indirect", "the war was over")]


def test_the_sheikh_is_the_sheikh_named_before(ex):
    t = ("Sheikh Rashid Hamad al-Dulaimi, the head of one of the largest tribes in the area, told reporters "
         "that the tribes “welcome the army, but not the militias.”\n\n“We do not want to be liberated a "
         "second time,” the sheikh said.")
    assert reported(ex, t, "speaker") == ["Rashid Hamad al-Dulaimi"] * 2


def test_a_name_with_a_long_title_after_a_description_speaks(ex):
    t = ("A Peshmerga commander at Altun Kupri, Brigadier General Karwan Aziz Shwani, told reporters by phone "
         "that his men were facing “American tanks in the hands of the militias.”")
    assert reported(ex, t, "speaker", "speaker_role") == [("Karwan Aziz Shwani", "official")]


def test_roles_of_insiders_members_and_a_clerics_representatives():
    """"a source in the Quds Force" speaks from inside a state body (official), "a source close to
    Hezbollah" does not; "a lawmaker from the Sadrist bloc" holds an office; a cleric's representative
    holds none."""
    reg = Registry.default()
    assert reg.resolve("an informed source in the Quds Force").role == "official"
    assert reg.resolve("a source at the Syrian Foreign Ministry").role == "official"
    assert reg.resolve("a source close to Hezbollah").role == "other"
    assert reg.resolve("a lawmaker from the Sadrist bloc").role == "official"
    assert reg.resolve("a commander of the group").role == "organization"
    assert reg.resolve("the commander of the Imam Reza Corps").name == "commander of the Imam Reza Corps"
    assert reg.resolve("Abdul Mahdi al-Karbalai").name == "Abdul Mahdi al-Karbalai"  # no Adel Abdul Mahdi
    ex = Extractor(reg)
    t = ("Ahmed al-Hilli, the representative of Grand Ayatollah al-Sistani, said in his sermon that the "
         "volunteers must respect civilians. Baravan Hama Saleh, a Kurdistan Democratic Party (KDP) member "
         "of the Iraqi parliament, said the United States had abandoned its ally.")
    assert reported(ex, t, "speaker", "speaker_role") == [("Ahmed al-Hilli", "other"),
                                                         ("Baravan Hama Saleh", "official")]


def test_quoted_as_saying_a_relative(ex):
    t = ("The Tasnim news agency quoted the young officer’s mother as saying that her son had “begged to go "
         "for two years.”")
    assert reported(ex, t, "speaker", "speaker_role") == [("young officer’s mother", "other")]


def test_a_pluperfect_content_keeps_its_time_clause(ex):
    t = ("In Tuz Khurmatu, Kurdish residents said dozens of houses had been burned and looted after the "
         "Peshmerga left the town on Monday. A Fars News correspondent embedded with the brigade reported "
         "that the fighters had fled west.")
    assert statements(ex, t) == [
        ("Kurdish residents", "indirect",
         "dozens of houses had been burned and looted after the Peshmerga left the town on Monday"),
        ("Fars News correspondent", "indirect", "the fighters had fled west")]


def test_the_lawmaker_after_a_member_of_a_parliaments_committee(ex):
    t = ("Kadhim al-Saadi, a member of the Iraqi parliament’s security and defense committee, told reporters "
         "that Iran had answered first. The lawmaker said the parliament would not allow anyone to tarnish "
         "the Hashd.")
    assert reported(ex, t, "speaker") == ["Kadhim al-Saadi"] * 2


def test_a_relative_named_in_narration_is_read_from_the_registry_kin_nouns():
    """"Her grandson Karim remembers ...": the relative of the kin noun is the narrated person a paragraph of
    quotation goes on with; the kin nouns are the registry's `kin_nouns` (a researcher adds "stepson" in
    speakers.yaml without code), and "she says" is not a grandson."""
    from narrative.lexicons import load_yaml

    lead = "Zahraa is fifty-four now. Her {} Karim remembers the last argument.\n\n“He said the shrine needed him.”"
    assert reported(Extractor(), lead.format("grandson"), "speaker") == ["Karim"]
    assert reported(Extractor(), lead.format("grandson") + "\n\n“He said it,” she says.", "speaker") == [
        "Karim", "Zahraa"]
    assert reported(Extractor(), lead.format("stepson"), "speaker") == []
    data = load_yaml("speakers.yaml")
    data["kin_nouns"] = list(data["kin_nouns"]) + ["stepson"]
    assert reported(Extractor(Registry(data)), lead.format("stepson"), "speaker") == ["Karim"]


def test_one_of_whom_speaks_for_the_noun_phrase_before_it(ex):
    """"fighters of Kataib Hezbollah, one of whom can be heard shouting that “...”": a member of the noun
    phrase before "one/some/both of whom" speaks; the relative clause is no subject of its own."""
    t = ("Tasnim followed with a video of the general greeting fighters of Kataib Hezbollah, one of whom can be "
         "heard shouting that “Hajj Qassem is with us, so victory is with us.” "
         "The reporter met three Hezbollah commanders near Qusayr, one of whom said that the town would fall "
         "within days.")
    assert reported(ex, t, "speaker", "text") == [
        ("fighters of Kataib Hezbollah", "Hajj Qassem is with us, so victory is with us."),
        ("three Hezbollah commanders", "the town would fall within days")]


def test_a_slogan_shouted_in_a_that_clause_is_speech_but_the_shouting_that_is_a_noun(ex):
    """"shouted that “...”" is the verb with its clause ("shout" speaks only with a quotation); "the
    shouting that “...”" and "amid shouts that" are nouns."""
    t = ("A young volunteer shouted that Hajj Qassem was “with us until the end.” "
         "The shouting that “God is great” went on for an hour.")
    assert statements(ex, t) == [("young volunteer", "partial", "Hajj Qassem was “with us until the end.”")]


def test_a_participle_after_a_short_object_is_its_own_statement(ex):
    """"denied any role, saying B": two or fewer words before the participle are no content of their own,
    B is the statement; "vowed to retake the country, warning it could take long" stays one."""
    t = ("Tehran denied sending troops, saying its officers in Syria are only advisers. "
         "Bashar al-Assad vowed to retake the country, warning it could take a long time.")
    assert statements(ex, t) == [
        ("Iranian government", "indirect", "its officers in Syria are only advisers"),
        ("Bashar al-Assad", "indirect", "retake the country, warning it could take a long time")]


def test_as_after_a_verb_of_regarding_heads_its_complement_not_a_clause(ex):
    """"said he regarded Syria as Iran's front line": "as" completes "regarded"; "as the rebels advanced"
    (a verb of its own) and "as long as" stay what they are."""
    t = ("Ali Shamkhani said Tehran regarded the war in Syria as Iran's first line of defence. "
         "Ali Shamkhani said he saw the army regroup as the rebels advanced. "
         "Ali Shamkhani said the army would hold as long as the people stood with it.")
    assert reported(ex, t, "text") == [
        "Tehran regarded the war in Syria as Iran's first line of defence",
        "he saw the army regroup",
        "the army would hold as long as the people stood with it"]


def test_new_person_nouns_speak(ex):
    """An associate, a former detainee, the freed hostages: people who speak, in the role "other"."""
    t = ("Soleimani rarely spoke in public, but a close associate said he regarded Syria as Iran's front line. "
         "One of the freed hostages told the agency that they had been treated well.")
    assert reported(ex, t, "speaker", "speaker_role") == [("close associate", "other"), ("hostages", "other")]


def test_state_television_of_another_country_is_not_irib():
    """The registry's "state television" is Iran's; "Syrian state television" is an outlet of its own."""
    reg = Registry.default()
    assert reg.resolve("Iranian state television").name == "IRIB"
    syrian = reg.resolve("Syrian state television")
    assert (syrian.name, syrian.role, syrian.entry) == ("Syrian state television", "outlet", None)


def test_a_possessive_owners_officials_speak_in_a_members_role(ex):
    """"its officials insisted", "their leaders have said": the owner's officials (as "a Hezbollah
    official" is one), not a bare "officials"; "His office said" still speaks for him."""
    t = ("For months Hezbollah denied any combat role. As late as April, its officials insisted that its men in "
         "Syria were “defending their villages.” "
         "Ali Akbar Velayati flew to Damascus. His office said the visit had been planned for weeks.")
    assert reported(ex, t, "speaker", "speaker_role")[1:] == [
        ("Hezbollah officials", "official"), ("Ali Akbar Velayati", "official")]


def test_a_request_with_asked_is_a_statement_unless_it_is_reported_inside_another(ex):
    """"asked Turkey and Qatar, “which ...,” to secure their release" reports a request, as "urged" does;
    "asked not to be named", "asked whether" and a request inside a that-clause are not requests of the
    subject."""
    t = ("Ali Akbar Salehi said the captives were “pilgrims, nothing more,” and asked Turkey and Qatar, "
         "“which have influence over these groups,” to secure their release. "
         "An official, who asked not to be named, said the talks had failed. "
         "Channel 9 reported that the cabinet would meet, and that Washington had asked Israel to wait.")
    assert statements(ex, t) == [
        ("Ali Akbar Salehi", "partial", "the captives were “pilgrims, nothing more,”"),
        ("Ali Akbar Salehi", "partial", "Turkey and Qatar, “which have influence over these groups,” to secure "
                                        "their release"),
        ("official", "indirect", "the talks had failed"),
        ("Channel 9", "indirect", "the cabinet would meet, and that Washington had asked Israel to wait")]


def test_an_as_clause_with_its_own_speaker_ends_the_content(ex):
    """"warned that A, as Washington pressed its case that B": B is Washington's; "as Tehran had always
    said it would be" reports nothing of its own."""
    t = ("Iran's leaders warned on Monday that a strike on Syria would set the region on fire, as Washington "
         "pressed its case that government forces had used poison gas. "
         "Hossein Salami said that the siege was over, as Tehran had always said it would be.")
    assert statements(ex, t) == [
        ("Iran's leaders", "indirect", "a strike on Syria would set the region on fire"),
        ("US government", "indirect", "government forces had used poison gas"),
        ("Hossein Salami", "indirect", "the siege was over")]


def test_a_described_speaker_where_he_works_and_a_name_he_gave(ex):
    """"A doctor at a field hospital in Douma, who gave his name as Abu Karim, told": the name given; "A
    nurse at the main hospital in Hama said": where she works is part of who speaks; "NAME (not his real
    name)" is a name; "who identified himself as NAME" too."""
    t = ("A doctor at a field hospital in Douma, who gave his name as Abu Karim, told the agency by phone that "
         "the clinic had run out of oxygen. A nurse at the main hospital in Hama said the wounded were mostly "
         "children. A former detainee, Samir (not his real name), told the group that he had been beaten. "
         "A rebel commander in Yabroud who identified himself as Abu Jaafar told reporters that his men had "
         "withdrawn.")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("Abu Karim", "other"), ("nurse at the main hospital in Hama", "other"), ("Samir", "other"),
        ("Abu Jaafar", "organization")]


def test_rebel_office_holders_speak_in_their_groups_role():
    """A rebel or jihadist group's commanders and spokesmen are organization (`armed_group_words`, and
    registry entries with `office_role: organization`); a party's or a state militia's stay officials."""
    reg = Registry.default()
    roles = {m: reg.resolve(m).role for m in ("a rebel commander", "a spokesman for the Free Syrian Army",
                                              "Nusra commander Abu Ahmad", "a Hezbollah commander",
                                              "militia commander")}
    assert roles == {"a rebel commander": "organization", "a spokesman for the Free Syrian Army": "organization",
                     "Nusra commander Abu Ahmad": "organization", "a Hezbollah commander": "official",
                     "militia commander": "official"}


def test_a_lead_definite_description_is_the_person_named_next(ex):
    """"..., the governor of Hama province said.\\n\\nNAME told reporters ...": the person named at the start
    of the next paragraph, whom the text describes nowhere else, is the governor (his role, and the lead
    is his); "had declared war on" is no statement of the rebels'."""
    t = ("DAMASCUS (TNA) - Gunmen broke the truce in the old city on Sunday and fired on an aid convoy, the "
         "governor of Hama province said.\n\n"
         "Karim Haddad told reporters that two drivers had been wounded.\n\n"
         "\"They accepted the truce and broke it,\" Haddad said. The rebels, he added, had declared war on the "
         "city.")
    assert reported(ex, t, "speaker", "speaker_role", segments=segment(t)) == [("Karim Haddad", "official")] * 4


def test_a_member_of_a_state_bodys_committee_is_an_official():
    """"a member of parliament’s national security committee": parliament's, so a state office-holder."""
    assert Registry.default().resolve("a member of parliament’s national security committee").role == "official"


def test_a_unit_named_by_a_proper_name_alone_is_an_armed_group(ex):
    """"the Abu al-Rida Brigade" and "the al-Qaqaa Battalions" name militias or rebel groups: they and their
    spokesmen and commanders are organization; a numbered unit or one that names its state stays official."""
    t = ("The Abu al-Rida Brigade said in a statement that its fighters had held the shrine road. "
         "A spokesman for the al-Qaqaa Battalions said the captives were officers. "
         "Abu Hadi, a commander of the Ansar al-Sham Brigade, told reporters that the town would fall. "
         "A commander of the 41st Brigade said the road was open. "
         "The Republican Guard brigade said the airport was secure.")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("Abu al-Rida Brigade", "organization"), ("spokesman for the al-Qaqaa Battalions", "organization"),
        ("Abu Hadi", "organization"), ("commander of the 41st Brigade", "official"),
        ("Republican Guard brigade", "official")]


def test_a_body_whose_name_opens_with_its_article_ends_a_speaker_phrase(ex):
    """"Residents of al-Mayadin", "a spokesman for al-Nusra Front": a name written with a lower-case
    article ("al-") still belongs to the phrase before it."""
    t = ("Residents of al-Mayadin said the strikes shook buildings across the town. "
         "A spokesman for al-Nusra Front said the fighters had withdrawn.")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("Residents of al-Mayadin", "other"), ("spokesman for al-Nusra Front", "organization")]


def test_a_relative_pronoun_object_with_its_own_speaker(ex):
    """", which its envoy said was unacceptable unless ...": the phrase after the relative pronoun speaks,
    and the pronoun is the content's subject; the content ends at the relative clause's comma; "which state
    media reported at the time, cannot be checked" reports nothing (the main clause follows the comma)."""
    t = ("Moscow then blocked a Security Council statement on the siege, which its envoy said was unacceptable "
         "unless it also condemned “the crimes of the armed groups.” "
         "Asked about the strike on the consulate, which Tehran says provoked its response, the spokesman "
         "repeated that Beijing opposed attacks on embassies. "
         "The figure of two million mourners, which state media reported at the time, cannot be checked.")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("Russian government", "partial", "was unacceptable unless it also condemned “the crimes of the armed groups.”"),
        ("Iranian government", "indirect", "provoked its response"),
        ("spokesman", "indirect", "Beijing opposed attacks on embassies")]


def test_a_relative_clause_with_a_speech_verb_ends_at_the_main_verb(ex):
    """"Rouhani, who took office a month ago promising to mend ties, struck a more measured tone": the promise
    ends where the main clause's verb (an irregular past) follows the relative clause's comma."""
    t = "President Hassan Rouhani, who took office a month ago promising to mend ties with Europe, struck a calmer tone."
    assert reported(ex, t, "speaker", "text") == [("Hassan Rouhani", "mend ties with Europe")]


def test_unnamed_officials_of_a_country_read_as_written(ex):
    """"U.S. officials said": the speaker reads "U.S. officials" (office-holders, as the text names them), and
    groups with the government when statements are counted by speaker."""
    t = "U.S. officials said no soldiers had been hurt in the barrage. Iranian officials said the drill had ended."
    assert reported(ex, t, "speaker", "speaker_role") == [("U.S. officials", "official"),
                                                          ("Iranian officials", "official")]
    assert Registry.default().canonical("Iranian officials") == "Iranian government"


def test_asked_opener_with_a_long_lead_then_a_coordinated_verb(ex):
    """"Asked at a briefing on May 3 which ports had been hit, Blinken declined to say, and repeated that B": the
    question's words are no subject; the person after the opener repeats B."""
    t = ("Asked at a State Department briefing on May 3 which ports had been hit, Blinken declined to say, and "
         "repeated that the warning had been credible. Two Republican senators who attended a closed briefing "
         "said they had seen “no evidence of any kind.”")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("Antony Blinken", "official", "the warning had been credible"),
        ("Two Republican senators", "official", "they had seen “no evidence of any kind.”")]


def test_a_time_after_after_or_before_is_no_clause_break(ex):
    """"any soldier still there after Friday night “will be a target”": "after Friday" is a time in the
    content, not a clause of the narrator's."""
    t = ("The militia said foreign troops should leave the airport and that any soldier still there after Friday "
         "night “will be treated as an occupier.”")
    assert reported(ex, t, "text") == [
        "foreign troops should leave the airport and that any soldier still there after Friday night “will be "
        "treated as an occupier.”"]


def test_a_heading_opening_with_a_preposition_is_no_speakers_headline(ex):
    """"After Nasrallah: ..." is a title, not Nasrallah's words; "Nasrallah: ..." is his."""
    t = ("The Levant Desk | Analysis\n\nAfter Nasrallah: a party, a war and a funeral\n\n"
         "Nasrallah: the enemy has lost its way\n\nThe crowd left.")
    assert reported(ex, t, "speaker", "text", segments=segment(t)) == [("Hassan Nasrallah", "the enemy has lost its way")]


def test_declared_mourning_is_an_act_and_nobody_said_nothing(ex):
    """"declared three days of public mourning" and "declared a national holiday" report no proposition (but
    "said mourning would not weaken" does); "nobody outside Iran has confirmed" and "No one in Washington has
    said" are no one's words; "Remember when X was promising us ..." is no speaker called Remember; "would
    strike if Iran attacked" is a condition."""
    t = ("Khamenei declared three days of public mourning and wrote that the killers “will regret this day.” "
         "Baghdad declared a national day of mourning for the victims. "
         "The Basij said mourning would not weaken the resistance. "
         "Nobody outside Iran has confirmed that the base was destroyed. "
         "No one in Washington has said that the talks are over. "
         "Remember when every pundit on cable was promising us “a new world war” by Friday? "
         "Trump warned that the United States would strike back if Iran attacked American assets.")
    assert reported(ex, t, "speaker", "text") == [
        ("Ali Khamenei", "the killers “will regret this day.”"),
        ("Basij", "mourning would not weaken the resistance"),
        ("Donald Trump", "the United States would strike back if Iran attacked American assets")]


def test_headlines_given_with_a_copula_a_choice_or_as_a_question(ex):
    """"Kayhan’s headline the next day was “...”", "Javan went with “...”", "Etemad asked on its front page,
    “...?”" are the papers' words; "The headline was “...”" says whose nowhere."""
    t = ("Kayhan’s headline the next day was “The enemy fired first.” Javan, the daily close to the Guard, went "
         "with “Patience is a weapon.” The reformist Etemad asked on its front page, “Who will answer for this?” "
         "The headline was “Victory is near.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Kayhan", "The enemy fired first."), ("Javan", "Patience is a weapon."),
        ("Etemad", "Who will answer for this?")]


def test_in_what_the_speaker_called_a_description(ex):
    """"fired missiles, in what the Guards called revenge for the killing of X": what the speaker called the
    event is its statement; "in what it calls Operation Dawn" is a name."""
    t = ("Iran fired missiles at two bases before dawn, in what the Revolutionary Guards called revenge for the "
         "killing of their commander, while the Pentagon said the damage was being assessed. "
         "The Guards fired again in what they call Operation Dawn.")
    assert reported(ex, t, "speaker", "text") == [
        ("Islamic Revolutionary Guard Corps (IRGC)", "revenge for the killing of their commander"),
        ("Pentagon (US Defense Department)", "the damage was being assessed")]


def test_she_after_a_spokeswoman_for_a_body_and_he_after_a_named_object(ex):
    """"A spokeswoman for the State Department said A. She urged B": the spokeswoman (the department), not a man
    named before; "a spokesman for the X, told AFP that the factions would avenge NAME. He said B": the
    spokesman, not NAME (an object inside his words)."""
    t = ("Iraj Masjedi said the vote was binding. A spokeswoman for the US State Department said Washington was "
         "reading the text. She urged Iraqi leaders to “think about who fills the space.”\n\n"
         "In Baghdad, a spokesman for Kataib Sayyid al-Shuhada told AFP that the factions would avenge Abu Mahdi "
         "al-Muhandis. He said the United States had “torn up the old rules.”")
    assert reported(ex, t, "speaker")[1:] == ["US State Department", "US State Department",
                                              "spokesman for Kataib Sayyid al-Shuhada",
                                              "spokesman for Kataib Sayyid al-Shuhada"]


def test_an_infinitive_after_a_time_or_an_audience(ex):
    """"threatened in the days before to target X", "vowed in a speech to the nation to expel Y": the
    infinitive after the phrase is the content; "pledged to work to restore" keeps "work"."""
    t = ("The president had threatened in the days before to target Iranian cultural sites. Nasrallah vowed in a "
         "speech to the nation to expel US forces from the region. Salami pledged to work to restore the bases.")
    assert reported(ex, t, "text") == ["target Iranian cultural sites", "expel US forces from the region",
                                       "work to restore the bases"]


def test_an_outlet_citing_an_insider_source(ex):
    """"Tasnim, citing an informed source in the Quds Force, reported": the insider speaks, in his body's role;
    "citing informed sources" leaves the outlet's report."""
    t = ("Tasnim, citing an informed source in the Quds Force, reported that the general had led the assault. "
         "Fars, citing informed sources, reported that seven missiles had hit the refinery.")
    assert reported(ex, t, "speaker", "speaker_role") == [("informed source in the Quds Force", "official"),
                                                          ("Fars News Agency", "outlet")]


def test_parliamentary_committees_and_iraqs_security_media_cell_are_official():
    """A committee named with its state body ("the Majlis National Security Committee", "the Senate Armed
    Services Committee") is a state body; the Security Media Cell speaks for Iraq's security services."""
    reg = Registry.default()
    assert [reg.resolve(m).role for m in ("the Majlis National Security Committee",
                                          "the Senate Armed Services Committee", "the Security Media Cell",
                                          "the Local Coordination Committees")] == \
        ["official", "official", "official", "organization"]


def test_the_state_as_a_noun_and_imperatives_are_no_speakers(ex):
    """"the Lebanese state no longer polices" holds no verb "state"; "Read all of it, then ask yourself why" and
    "[Note: ...] He denied" name no speaker called Read or Note: "he" is the man quoted before the note."""
    t = ("The border is one the Lebanese state no longer polices, and the Lebanese state failed to be a provider. "
         "Read all of it, then ask yourself why the bakeries run on diesel.\n\n"
         "Nasrallah spoke for an hour. [Note: the transcript differs in a few words.] He denied that the party "
         "kept any weapons in the port.")
    assert reported(ex, t, "speaker", "text") == [("Hassan Nasrallah", "the party kept any weapons in the port")]


def test_named_in_a_second_relative_clause_and_a_speaker_after_while(ex):
    """"A shop owner in Hermel who got the first load, and who asked to be identified only as Abu Karim, told
    us": the name given; "accused X of “...,” while NAME, who heads Y, complained that B": B is NAME's."""
    t = ("A shop owner in Hermel who got one of the first loads, and who asked to be identified only as Abu "
         "Karim, told us he had sold it “in three hours.” Samir Geagea accused the party of “running a fuel "
         "route for Tehran,” while Georges Haddad, who heads a union of importers, complained that the diesel "
         "was undercutting legal traders.")
    assert reported(ex, t, "speaker", "text") == [
        ("Abu Karim", "he had sold it “in three hours.”"),
        ("Samir Geagea", "the party of “running a fuel route for Tehran,”"),
        ("Georges Haddad", "the diesel was undercutting legal traders")]


def test_a_paper_whose_name_holds_another_papers(ex):
    """"Nida al-Watan" is a paper of its own, not Syria's Al-Watan, and "The paper wrote that nothing entered
    ..." is its statement ("that nothing ..." is a clause)."""
    t = ("Nida al-Watan, the most hostile of the dailies, answered with a front page of three words: “The mini "
         "state.” The paper wrote that nothing entered the port without the party’s knowledge.")
    assert reported(ex, t, "speaker", "text") == [
        ("Nida al-Watan", "The mini state."),
        ("Nida al-Watan", "nothing entered the port without the party’s knowledge")]


def test_an_outlets_bulletin_columnist_and_editorial_speak_for_it(ex):
    """"Al-Manar’s evening bulletin on May 5 remarked that", "One of its columnists wrote that", "“...,” and its
    editorial described X as “...”": the outlet's."""
    t = ("Al-Manar’s evening bulletin on May 5 remarked that the denial had come “faster than the ambulances.” "
         "Etemad stood almost alone. One of its columnists wrote that the allies “cannot answer every question "
         "with a speech.” Kayhan ran the headline “The colonist returns,” and its editorial described the visit "
         "as “a mandate in a suit.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Al-Manar", "the denial had come “faster than the ambulances.”"),
        ("Etemad columnist", "the allies “cannot answer every question with a speech.”"),
        ("Kayhan", "The colonist returns"), ("Kayhan", "the visit as “a mandate in a suit.”")]


def test_a_person_described_by_a_reduced_relative_an_age_and_a_relative_clause(ex):
    """"A young man interviewed at the rally by the X channel, who said A, told the reporter: “B”" and "Ali,
    29, who said A, said: “B”": the person both times (not the channel, the age or a noun inside A)."""
    t = ("A young man interviewed at the rally by the Al-Jadeed channel, who said he had lost two cousins in the "
         "blast, told the reporter: “Nobody will lecture us tonight.”\n\n"
         "In Chiyah, Ali, 29, who said his brother had been shot near the bridge, said: \"He came back a martyr.\"")
    assert reported(ex, t, "speaker", "text") == [
        ("young man", "he had lost two cousins in the blast"), ("young man", "Nobody will lecture us tonight."),
        ("Ali", "his brother had been shot near the bridge"), ("Ali", "He came back a martyr.")]


def test_headline_under_a_photo_and_contents_that_go_on(ex):
    """"put a photo ... on its front page under the headline “...”" is the paper's headline; "said the shots
    came from the roofs as the march passed, and that B" keeps its as-clause; "meant as “...”" is a complement;
    "warned, however, that “...”" starts after "however"; "had written on Monday that" is a cue."""
    t = ("Vatan-e Emrooz put a photo of the flag on its front page under the headline “Beirut will not kneel.” "
         "Witnesses said the first shots came from the roofs as the march passed the roundabout, and that gunmen "
         "fired back. An analyst at the Gulf Institute, Omar Nasser, said the march had been meant as \"a warning "
         "to every judge.\" Mousavi warned, however, that “some foreign parties want to ride the wave.” "
         "The daily Kayhan had written on Monday that the protests had been “confiscated.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Vatan-e Emrooz", "Beirut will not kneel."),
        ("Witnesses", "the first shots came from the roofs as the march passed the roundabout, and that gunmen "
                      "fired back"),
        ("Omar Nasser", "the march had been meant as \"a warning to every judge.\""),
        ("Mousavi", "some foreign parties want to ride the wave."),
        ("Kayhan", "the protests had been “confiscated.”")]


def test_a_groups_own_name_a_request_told_and_a_resignation(ex):
    """"The Amal movement ... said" is Amal (a name, not "the movement" named before); "told his supporters to
    leave the squares and said B": both Nasrallah's; "announced the resignation of his government" is an act."""
    t = ("Hezbollah said it had no link to the men. The Amal movement issued a similar denial and said it had "
         "“never sent anyone to beat a citizen.” Four days earlier Nasrallah told his supporters to leave the "
         "squares and said the movement was being steered by “embassies and money.” Saad Hariri announced the "
         "resignation of his government on Tuesday, on the thirteenth day of protests.")
    assert reported(ex, t, "speaker", "text") == [
        ("Hezbollah", "it had no link to the men"),
        ("Amal movement", "it had “never sent anyone to beat a citizen.”"),
        ("Hassan Nasrallah", "his supporters to leave the squares"),
        ("Hassan Nasrallah", "the movement was being steered by “embassies and money.”")]


def test_a_countrys_air_force_and_sources_after_according_to(ex):
    """"Ukraine’s air force said" is the air force; "According to a technical note circulated last week by X",
    "According to a report by the UN panel" and "According to a diplomatic note seen by the agency": X, the panel
    (not "panel, ..." as content) and the note."""
    t = ("Ukraine’s air force said on Monday that its crews had brought down 40 of the drones over the capital. "
         "According to a technical note circulated last week by the Halden Arms Survey, 20 of the 50 parts in one "
         "drone were made abroad. According to a report by the UN panel, the engines were Iranian. According to a "
         "diplomatic note seen by the agency, the plant could build a thousand drones a year.")
    assert reported(ex, t, "speaker", "text") == [
        ("Ukraine’s air force", "its crews had brought down 40 of the drones over the capital"),
        ("Halden Arms Survey", "20 of the 50 parts in one drone were made abroad"),
        ("UN panel", "the engines were Iranian"),
        ("diplomatic note", "the plant could build a thousand drones a year")]


def test_a_papers_commentary_a_pressed_opener_and_a_translators_note(ex):
    """"a Tasnim commentary boasted" is Tasnim's (not the paper named before it); "Pressed on the reports, he
    said" is his; "[TN: ...]" names no one a later "he" could be."""
    t = ("Kayhan ran the headline “The sky has learned Persian” on Monday, and a Tasnim commentary boasted that the "
         "drones had done “what NATO could not.” [TN: the pun does not survive translation.]\n\n"
         "Nasser Kanaani spoke next. Pressed on the Crimea reports, he said they had been “recycled from old files.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Kayhan", "The sky has learned Persian"), ("Tasnim commentary", "the drones had done “what NATO could not.”"),
        ("Nasser Kanaani", "they had been “recycled from old files.”")]


def test_words_after_who_the_site_said_and_a_quotation_after_told_whom(ex):
    """"a man it identified only as Hajj Reza, a drone pilot who, the site said, “served six years”": the
    site's words come after the reporting clause; "He told the interviewer: “...”" is Hajj Reza's quotation."""
    t = ("Mashregh published an interview with a man it identified only as Hajj Reza, a drone pilot who, the site "
         "said, “served six years at the shrine.” He told the interviewer: “We flew these over Aleppo.”")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("Mashregh News", "direct", "served six years at the shrine."),
        ("Hajj Reza", "direct", "We flew these over Aleppo.")]


def test_particles_judged_claims_infinitive_claims_and_a_relative_described(ex):
    """"Ursula von der Leyen said"; "rejected as “baseless” accusations that ..." and "rejected the
    “manufactured” allegations" (a judgement on the claims); "claimed this week to have shot down ..."; "The
    father of a defender of the shrine killed in 2016 told KVNA that ..."."""
    t = ("Ursula von der Leyen said the package would target “those who build the drones.” Iran on Monday rejected "
         "as “baseless” Western accusations that it was building a drone plant. Its envoy also rejected the "
         "“manufactured” allegations in a letter to the council. The Ukrainian air force claimed this week to have "
         "shot down 300 drones since September. The father of a defender of the shrine killed in 2016 told KVNA "
         "that the campaign “will not make us forget.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Ursula von der Leyen", "the package would target “those who build the drones.”"),
        ("Iran", "as “baseless” Western accusations that it was building a drone plant"),
        ("Iran", "the “manufactured” allegations in a letter to the council"),
        ("Ukrainian air force", "to have shot down 300 drones since September"),
        ("father of a defender of the shrine killed in 2016", "the campaign “will not make us forget.”")]


def test_asked_in_commas_after_the_subject_is_a_question_put_to_it(ex):
    """"Lapid’s office, asked whether policy had changed, said only that B": the office was asked, it asked
    nothing; B is its statement."""
    t = ("Prime Minister Yair Lapid’s office, asked whether policy had changed, said only that the position "
         "“is unchanged.” Kanaani, asked whether Iran had sent drones, said the claims were false.")
    assert reported(ex, t, "speaker", "text") == [("Yair Lapid", "the position “is unchanged.”"),
                                                  ("Nasser Kanaani", "the claims were false")]


def test_a_headline_given_after_with_a_headline_and_a_colon(ex):
    """"Al-Akhbar, the paper closest to Hezbollah, set the tone with a headline across a photograph of the silos:
    “...”" is Al-Akhbar's headline."""
    t = ("Al-Akhbar, the paper closest to Hezbollah, set the tone on Thursday with a headline across a photograph "
         "of the broken silos: “Beirut under the rubble, the vultures circling.”")
    assert reported(ex, t, "speaker", "text") == [("Al-Akhbar", "Beirut under the rubble, the vultures circling.")]


def test_according_to_inside_a_relative_clause(ex):
    """"The Israeli army, which according to several press reports has struck tankers since 2019, let this one
    pass": the reports' content is the relative clause's predicate, not the main clause after it."""
    t = ("The Israeli navy, which according to several press reports has struck Iranian tankers since 2019, let "
         "this one pass.")
    assert reported(ex, t, "speaker", "text") == [("press reports", "has struck Iranian tankers since 2019")]


def test_a_quoted_word_inside_a_noun_phrase_is_no_ones_quotation(ex):
    """"The “siege” it claims to have broken is the work of bankers": a word in quotation marks after a
    determiner is the author's scare quote, not a quotation of "it"."""
    t = "Hezbollah cast itself as the provider. The “siege” it claims to have broken is the work of bankers."
    assert reported(ex, t) == []


def test_a_subject_before_a_quotation_attributed_after_it_is_the_speakers_words(ex):
    """"Those who had bet on a war “have lost their bet,” he said": the speaker's sentence from its subject on
    (partial); resumed after "he said", one statement. "The Americans who came ..." is no "he"."""
    t = ("Nasrallah spoke on Friday evening. Those who had bet on a war across the Gulf “have lost their bet,” he "
         "said. The Americans who came to the region “will leave it in coffins,” he said, “one by one.”")
    assert reported(ex, t, "speaker", "kind", "text") == [
        ("Hassan Nasrallah", "partial", "Those who had bet on a war across the Gulf “have lost their bet,”"),
        ("Hassan Nasrallah", "partial",
         "The Americans who came to the region “will leave it in coffins,” he said, “one by one.”")]


def test_occupations_speak_and_kept_informed_is_no_speech(ex):
    """A manager, brokers, a ship's master and the police speak (other people, police official); "had kept
    the administration informed" is a state, so "He added" is still the spokesman."""
    t = ("The tanker’s Oslo-based manager said the missile had started a small fire. War-risk premiums have "
         "climbed to 0.7 percent of a hull's value, according to two London brokers we spoke to. “The engine room "
         "is gone,” the master wrote in a message to the company. Police said two men had been arrested. John "
         "Kirby said the Saudis had kept the administration informed throughout. He added that Iran’s record "
         "gave Washington “no reason to trust it.”")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("tanker’s Oslo-based manager", "other"), ("two London brokers", "other"), ("master", "other"),
        ("Police", "official"), ("John Kirby", "official"), ("John Kirby", "official")]


def test_phrases_between_the_verb_and_that(ex):
    """"has argued for weeks that", "reported, with a photograph of the ship’s bow, that", "said after an
    emergency meeting that": the content starts after "that"; "arguing that had Iran not fought, ...": a
    condition, after "that", is content."""
    t = ("Washington has argued for weeks that the Houthis could not sustain this alone. Tasnim reported, with a "
         "photograph of the ship’s bow, that the destroyer Alborz had sailed into the Red Sea. Ali Rezaei, a Javan "
         "columnist, went further, arguing that had Iran not fought in Syria, “we would be fighting in Ahvaz.”")
    assert reported(ex, t, "speaker", "text") == [
        ("US government", "the Houthis could not sustain this alone"),
        ("Tasnim News Agency", "the destroyer Alborz had sailed into the Red Sea"),
        ("Ali Rezaei", "had Iran not fought in Syria, “we would be fighting in Ahvaz.”")]


def test_a_name_after_an_opener_and_before_its_apposition_speaks(ex):
    """"Later that morning Hussein al-Ezzi, the deputy foreign minister, wrote": the name, not the
    apposition; "Earlier this month the US Navy's Fifth Fleet, which is based in Bahrain, said": the fleet."""
    t = ("Later that morning Hussein al-Ezzi, the deputy foreign minister in the Sanaa government, wrote on X that "
         "Washington had “opened a door.” Earlier this month the US Navy's Fifth Fleet, which is headquartered in "
         "Bahrain, said a patrol ship had stopped a dhow.")
    assert reported(ex, t, "speaker") == ["Hussein al-Ezzi", "US Navy's Fifth Fleet"]


def test_quoted_as_saying_with_a_quoted_description_and_a_pronoun_after_its_topic(ex):
    """'quoted an unnamed “senior security official” as saying that': the official; "Markets, she told the
    paper, “...”": she (the economist), not the markets she speaks of."""
    t = ("On its second page the paper quoted an unnamed “senior security official” as saying that the talks had "
         "been “prepared in Baghdad.” Shargh quoted the economist Leila Azarmehr as saying that the market had "
         "reacted first. Markets, she told the paper, “believe in what they see.”")
    assert reported(ex, t, "speaker") == ["unnamed senior security official", "Leila Azarmehr", "Leila Azarmehr"]


def test_the_speakers_own_act_after_and_ends_the_content(ex):
    """"said the kingdom had chosen dialogue, and thanked the mediators": the thanks are the speaker's act,
    not what was said."""
    t = ("In a statement carried by the Saudi Press Agency, Musaed al-Aiban said the kingdom had chosen dialogue "
         "out of conviction, and thanked the mediators in Baghdad and Muscat.")
    assert reported(ex, t, "text") == ["the kingdom had chosen dialogue out of conviction"]


def test_a_possessive_speaker_after_the_content_and_a_numbered_sections_heading(ex):
    """"..., the canal's chief said on Sunday, as Western officials warned that B": the chief's words are the
    clause before him (B is the officials'); "2. Tehran: applause, with a footnote" heads a section, it is no
    headline of Tehran's words."""
    t = ("Egypt's revenue from the canal has fallen by almost half since the attacks began, the canal's chief said "
         "on Sunday, as Western officials warned that a sunken ship could leak fertiliser.\n\n"
         "2. Tehran: applause, with a footnote\n\nThe papers were pleased.")
    assert reported(ex, t, "speaker", "text") == [
        ("chief", "Egypt's revenue from the canal has fallen by almost half since the attacks began"),
        ("Western officials", "a sunken ship could leak fertiliser")]


def test_a_press_reviews_headlines_printed_asked_and_titled(ex):
    """A press review's ways of quoting a paper: "printed its main headline in Hebrew, with the Persian
    underneath: “...”", "asked, in bold type, only: “...?”", "Its editorial, headed “...,” warned that",
    "wanted to know, in a front-page question, how ...", "Its columnist complained that A, and the paper’s
    editorial grumbled that B" (two statements)."""
    t = ("Siasat-e Rooz printed its main headline in Arabic, with a translation underneath: “The answer came "
         "from our own soil.” Etemad’s front page asked, in bold type, only: “What comes next?” Sazandegi’s "
         "editorial, headed “The invoice,” warned that “every missile has a price at the bakery.” Donya-e Eqtesad "
         "wanted to know, in a front-page question, why the sirens had “stayed silent until dawn.” Resalat was "
         "unhappy. Its columnist complained that the warning had been “far too polite,” and the paper’s editorial "
         "grumbled that Moscow had offered “sympathy, not satellites.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Siasat-e Rooz", "The answer came from our own soil."), ("Etemad", "What comes next?"),
        ("Sazandegi", "every missile has a price at the bakery."),
        ("Donya-e-Eqtesad", "why the sirens had “stayed silent until dawn.”"),
        ("Resalat columnist", "the warning had been “far too polite,”"),
        ("Resalat", "Moscow had offered “sympathy, not satellites.”")]


def test_a_quotation_signed_with_a_dash_and_a_colon_after_an_agencys_apposition(ex):
    """"QUOTE OF THE DAY: “...” — a listener to a radio phone-in, May 2": the listener's words (a member of
    the public: other); "said in an interview with ILNA, the labour news agency: “...”": the quotation after
    the colon; "who sits on the parliament's energy committee" makes an official."""
    t = ("The radio stations had a busy week.\n\nQUOTE OF THE DAY: “The whole city stood on the rooftops to watch them fly.” — a listener to a morning "
         "radio phone-in, May 2\n\n"
         "Mehrdad Kazemi-Nejad, who sits on the Majlis committee for energy, said in an interview with ILNA, the "
         "labour news agency: “Nobody who opened the sky to them will be forgotten.”")
    assert reported(ex, t, "speaker", "speaker_role", "text", segments=segment_rows(t)) == [
        ("listener", "other", "The whole city stood on the rooftops to watch them fly."),
        ("Mehrdad Kazemi-Nejad", "official", "Nobody who opened the sky to them will be forgotten.")]


def test_a_monitoring_notes_numbered_paragraphs(ex):
    """A monitoring note's reports: "at 05:20 that" (a time with its colon), "Residents of the Kaveh district
    south-west of the city told", "said that by noon “...”" (a time before the clause, no comma), "“until
    further notice,” and reopened ...": the narrator's next clause; "State radio’s 7 a.m. bulletin told
    listeners that"; "Iraq’s Civil Aviation Authority" is a state agency (official)."""
    t = ("3. Residents of the Kaveh district south-west of the city told one of our contacts that they saw two "
         "flashes over the airfield. Iraq’s Civil Aviation Authority announced at 05:20 that the airspace was "
         "closed “until further notice,” and reopened it shortly after ten. A pharmacist near the base said that by "
         "noon “everyone had an opinion and nobody had a fact.”\n\n"
         "4. State radio’s 7 a.m. bulletin told listeners that the noise had come from “a routine exercise.”")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("Residents of the Kaveh", "other", "they saw two flashes over the airfield"),
        ("Iraq’s Civil Aviation Authority", "official", "the airspace was closed “until further notice,”"),
        ("pharmacist", "other", "by noon “everyone had an opinion and nobody had a fact.”"),
        ("State radio", "outlet", "the noise had come from “a routine exercise.”")]


def test_subjects_with_quoted_names_and_sources_cited_in_passing(ex):
    """"Hezbollah, a pillar of the so-called “axis of resistance,” said": an appositive ending in a quoted
    name; "the umbrella group known as the Islamic Resistance in Iraq claimed": the name; ", a claim the army
    has not addressed": the narrator's gloss; "According to two US outlets, citing officials ..., President
    Joe Biden told X that": Biden's words; "responded by warning that" is one statement."""
    t = ("Lebanon's Hezbollah, a pillar of Tehran's so-called “axis of resistance,” said it had shelled two "
         "positions near the border. In Iraq, the umbrella group known as the Islamic Resistance in Iraq claimed on "
         "Telegram that it had launched drones at Haifa, a claim the Israeli army has not addressed. According to "
         "two US outlets, citing officials briefed on the call, President Joe Biden told Benjamin Netanyahu that "
         "Washington would stay out of any reprisal. The Tasnim news agency responded by warning that Amman’s "
         "“services to the enemy” had been “recorded.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Hezbollah", "it had shelled two positions near the border"),
        ("Islamic Resistance in Iraq", "it had launched drones at Haifa"),
        ("Joe Biden", "Washington would stay out of any reprisal"),
        ("Tasnim news agency", "Amman’s “services to the enemy” had been “recorded.”")]


def test_a_communique_of_ministers_and_an_order_after_a_warning(ex):
    """"The G7 ministers’ joint communique urged": the ministers; "cautioned that A, and told Washington to
    “...”": two statements of the mission, the second its request."""
    t = ("The G7 ministers’ joint communique urged “all sides” to avoid “a spiral nobody can stop.” Iran's mission "
         "to the United Nations cautioned that any new Israeli “adventure” would meet “a far harsher answer,” and "
         "told Washington to “stay out of it.”")
    assert reported(ex, t, "speaker", "text") == [
        ("G7 ministers", "“all sides” to avoid “a spiral nobody can stop.”"),
        ("Iran's mission to the United Nations", "any new Israeli “adventure” would meet “a far harsher answer,”"),
        ("Iran's mission to the United Nations", "Washington to “stay out of it.”")]


def test_a_press_reviews_section_heading_and_sources_cited_by_the_paper(ex):
    """"Al-Mada (independent daily)" heads a section: "The paper reported" below is Al-Mada; "reported, citing
    a security source, that" and "reported, according to eyewitnesses in Karrada, that": the source cited
    speaks (but "citing unnamed sources" stays the paper's); "splashed the story across page one with the
    headline “...,” and wrote that B": the headline is the paper's too."""
    t = ("The Thursday papers.\n\nAl-Mada (independent daily)\n\nThe paper reported, citing a security source, that "
         "the commander had survived two earlier attempts on his life. It also reported, according to eyewitnesses "
         "in Karrada, that a crowd had gathered within minutes. It added, citing unnamed sources, that the talks "
         "were off.\n\nKayhan splashed the story across page one with the headline “American terror in the streets "
         "of Baghdad,” and wrote in its lead commentary that the strike proved the resistance right.")
    assert reported(ex, t, "speaker", "text", segments=segment_rows(t)) == [
        ("security source", "the commander had survived two earlier attempts on his life"),
        ("eyewitnesses in Karrada", "a crowd had gathered within minutes"),
        ("Al-Mada", "the talks were off"),
        ("Kayhan", "American terror in the streets of Baghdad"),
        ("Kayhan", "the strike proved the resistance right")]


def test_subjects_hidden_by_openers_relatives_and_idioms(ex):
    """"told a cabinet meeting that was broadcast on state television that": the content after the second
    "that"; "Before he left he posted": the second "he"; "An adviser to the Iranian negotiating team, who ...,
    dismissed the talk as “...”": the adviser; "said something I had never seen from them" and "wanted to make
    sure, in writing, that" report nothing; "NAME, one of the channels I read, was celebrating: “...,” it wrote":
    the channel."""
    t = ("Prime Minister Mohammed Shia al-Sudani told a cabinet meeting that was broadcast on state television that "
         "the coalition’s mission was over. Kazem Gharib-Zadeh flew home on Friday. Before he left he posted on Twitter "
         "that a deal was close. An adviser to the Iranian negotiating team, who asked to remain anonymous, dismissed "
         "the talk of a collapse as “psychological warfare.” The statement also said something I had never seen from "
         "them. The group wanted to make sure, in writing, that Tehran could not be blamed. The Islamic Resistance "
         "in Iraq claimed three attacks. Nida al-Qadisiya, one of the channels I read every day, was celebrating by "
         "noon: “The Tower has fallen,” it wrote over a picture of smoke.")
    assert reported(ex, t, "speaker", "text") == [
        ("Mohammed Shia al-Sudani", "the coalition’s mission was over"),
        ("Kazem Gharib-Zadeh", "a deal was close"),
        ("adviser to the Iranian", "the talk of a collapse as “psychological warfare.”"),
        ("Nida al-Qadisiya", "The Tower has fallen")]


def test_the_authors_own_point_about_beliefs_and_a_person_described_by_a_relative_clause(ex):
    """"The danger is that both sides now believe ...": the author's point, no belief reported (but "The problem
    is that Kayhan reported that ..." is Kayhan's report); "quoted Dr. NAME, who teaches ... at ...": a later
    "he told the site" is NAME, not the official named before."""
    t = ("Brigadier General Amirali Hajizadeh said the missiles had hit every target. Benny Gantz said Israel would "
         "answer at a time of its choosing. The danger is that both sides now believe they have learned each "
         "other’s limits. The problem is that Kayhan reported that the damage was total.\n\n"
         "The site’s analysis quoted Dr. Farid Naji al-Samarrai, who teaches political science at the University "
         "of Mosul. The strike, he told the site, had put the prime minister “in a corner.”")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("Amirali Hajizadeh", "official", "the missiles had hit every target"),
        ("Benny Gantz", "official", "Israel would answer at a time of its choosing"),
        ("Kayhan", "outlet", "the damage was total"),
        ("Farid Naji al-Samarrai", "other", "The strike, he told the site, had put the prime minister “in a corner.”")]


def test_an_unsigned_editorial_named_after_a_copula_speaks_as_it(ex):
    """"The surprise was the unsigned editorial on page three. It argued that ...": "It" is the paper's
    editorial, not the council that spoke last."""
    t = ("Here is how Wednesday’s papers read it.\n\nAl-Sabah (state-owned daily)\n\nThe paper led with the prime minister’s visit to Basra. Inside, it reported "
         "that he had cut his visit short. And the Ministerial Council for National Security, which met late on "
         "Tuesday, said it had ordered an inquiry into the strike.\n\nThe surprise was the unsigned editorial on page three. It argued "
         "that the decision of war must rest “with the state alone.”")
    assert reported(ex, t, "speaker", "text", segments=segment_rows(t))[-2:] == [
        ("Ministerial Council for National Security", "it had ordered an inquiry into the strike"),
        ("Al-Sabah", "the decision of war must rest “with the state alone.”")]


def test_both_after_two_sources_and_a_long_quotation_after_described_as(ex):
    """"according to two diplomats who ... Both said he had described the offer as “...”": "Both" are the two
    diplomats, and the quotation after "described ... as" belongs to what they said, however long it is."""
    t = ("Enrique Mora has grown impatient, according to two diplomats who met him in Vienna this week. Both said he "
         "had described the latest Iranian reply as “a step backwards dressed up as a step forward, and everyone "
         "in the room knew it.”")
    assert reported(ex, t, "speaker", "text")[-1] == (
        "two diplomats", "he had described the latest Iranian reply as “a step backwards dressed up as a step "
        "forward, and everyone in the room knew it.”")


def test_a_timelines_stamped_entries_and_a_titled_commentary(ex):
    """A monitoring brief's numbered timeline: "04:20 - The X office, in a ... statement, said" (the time and
    dash before the subject); 'Kayhan's website published a commentary headlined "...," which argued that A and
    called on B': the headline, A and B are Kayhan's (the piece's owner, not the broadcaster named before)."""
    t = ("TIMELINE\n\n2. 04:20 - The IRGC's public relations office, in a statement carried by Fars, said that the "
         "barrage had been \"the final answer of this round,\" and that its units would stay \"at the launchers.\"\n\n"
         "3. 07:30 IDT - Iranian state television announced that the fighting had stopped.\n\n"
         "9. 22:15 - Kayhan's website published a commentary headlined \"A pause is not a peace,\" which argued that "
         "the enemy \"has broken every truce it signed\" and called on the armed forces to treat the lull \"as a "
         "time to reload.\"\n")
    assert reported(ex, t, "speaker", "text", segments=segment_rows(t)) == [
        ("Islamic Revolutionary Guard Corps (IRGC)", "the barrage had been \"the final answer of this round,\" and that "
         "its units would stay \"at the launchers.\""),
        ("IRIB", "the fighting had stopped"),
        ("Kayhan", "A pause is not a peace"),
        ("Kayhan", "the enemy \"has broken every truce it signed\""),
        ("Kayhan", "the armed forces to treat the lull \"as a time to reload.\"")]


def test_a_press_reviews_headlines_given_without_a_headline_verb(ex):
    """Headlines a roundup gives with everyday verbs: 'ran “...” across its front page', 'went for “...”',
    'went with a shorter thought across its top: “...”', 'under the banner “...”', 'and the headline “...”',
    'ran a more sober headline, “...,” and reported that', and after a colon that names what was printed ('four
    words in red:', 'a single word across it:', 'asked the same question in its headline, more bluntly:'), even of
    one word; but 'ran a campaign' and 'who runs a company' report nothing, and the
    programmer who runs it is who speaks."""
    t = ("Kayhan ran “Foreign hands behind the fires” across its front page on Sunday. Jam-e Jam went for “Blood in "
         "the shrine, hashtags abroad.” Javan chose a photograph of the square and the headline “One script, "
         "two cities.” Resalat printed the statement under the banner “Made in Langley” [the CIA's headquarters]. "
         "Etemad ran a more sober headline, “The truce holds, the doubts remain,” and reported that funerals would "
         "be held on Friday. Vatan-e Emrooz printed a portrait of the president with a single word across it: "
         "“Surrender.” Ham-Mihan asked the same question in its headline, more bluntly: “Who let them in?” "
         "Ad-Diyar went with a shorter thought across its top: “The envoy waits on Netanyahu.” A programmer in Tabriz "
         "who runs a small hosting company told me that his sales had halved. Hezbollah ran a campaign of "
         "“steadfastness” for a year.")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("Kayhan", "outlet", "Foreign hands behind the fires"),
        ("Jam-e Jam", "outlet", "Blood in the shrine, hashtags abroad."),
        ("Javan", "outlet", "One script, two cities."),
        ("Resalat", "outlet", "Made in Langley"),
        ("Etemad", "outlet", "The truce holds, the doubts remain"),
        ("Etemad", "outlet", "funerals would be held on Friday"),
        ("Vatan-e Emrooz", "outlet", "Surrender."),
        ("Ham-Mihan", "outlet", "Who let them in?"),
        ("Ad-Diyar", "outlet", "The envoy waits on Netanyahu."),
        ("programmer in Tabriz", "other", "his sales had halved")]


def test_a_think_tank_notes_reactions_to_a_truce(ex):
    """"warned the same evening: “...”" (the time before the colon is no content); "If the truce collapsed, he
    added, the state “will pay”" (the fronted condition and its main clause together); "NAME, the spokesman of
    ..., said Washington and Paris, as guarantors, “...”" (a subject and its appositive, not a reported clause
    before an inverted "said"); "called the deal “...,” while Al-Akhbar ... mocked the committee as “...”" and
    "quoted officers as saying “...,” and L’Orient-Le Jour’s editorialist wrote that" (each clause its speaker's);
    "A young man beside her, who ..., said" (the man)."""
    t = ("Defence Minister Israel Katz warned the same evening: “We will answer every shot with ten.” If the truce "
         "collapsed, he added, the Lebanese state “will pay the bill.” Esmaeil Baghaei, the spokesman of Iran’s "
         "diplomatic service, said Washington and Paris, as guarantors, “bear direct responsibility” for every breach. "
         "Tasnim called the deal “a signed admission of defeat,” while Al-Akhbar, in a front-page column, mocked the "
         "committee as “a committee that counts our dead.” The Times of Israel quoted army officers as saying they "
         "expected “a long period of enforcement,” and L’Orient-Le Jour’s editorialist wrote that the text had left "
         "“all the hard questions for later.” Umm Ali, 62, said she had heard the news on the radio. A young man "
         "beside her, who would not give his name, said he did not believe the party would stay quiet for long.")
    assert reported(ex, t, "speaker", "text") == [
        ("Israel Katz", "We will answer every shot with ten."),
        ("Israel Katz", "If the truce collapsed, he added, the Lebanese state “will pay the bill.”"),
        ("Esmaeil Baghaei", "Washington and Paris, as guarantors, “bear direct responsibility” for every breach"),
        ("Tasnim News Agency", "the deal “a signed admission of defeat,”"),
        ("Al-Akhbar", "the committee as “a committee that counts our dead.”"),
        ("army officers", "they expected “a long period of enforcement,”"),
        ("L’Orient-Le Jour’s editorialist", "the text had left “all the hard questions for later.”"),
        ("Umm Ali", "she had heard the news on the radio"),
        ("young man", "he did not believe the party would stay quiet for long")]


def test_a_protest_stories_reported_voices(ex):
    """"The UN special rapporteur on the human rights situation in Iran said" (a lower-case phrase closed by a
    name); "...; her family says" (the family of the woman just named); "according to a tally broadcast by state
    television" (the broadcaster); "described her death as “...,” but he spent the speech on X" (the complement
    ends the content); "At the funeral, where mourners chanted “...” as the coffins passed, NAME was quoted as
    saying: “...”" (the chant ends at the relative clause's comma, and NAME speaks)."""
    t = ("Jina Rahimi, 23, was detained on Monday. Police say she fainted from a heart condition; her family says she "
         "had no such condition. At least 12 people have been killed, according to a tally broadcast by state "
         "television on Thursday. The UN special rapporteur on the human rights situation in Iran said the hangings "
         "were \"killings sanctioned by the state.\" Supreme Leader Ali Khamenei spoke to cadets. He described her "
         "death as “a bitter event that deserves an inquiry,” but he spent most of the speech on the riots. At the "
         "funeral on Friday, where mourners chanted “Death to the seditionists” as the coffins passed, the Guards’ "
         "chief commander, Hossein Salami, was quoted by Sepah News as saying: “The enemy will regret this day.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Police", "she fainted from a heart condition"),
        ("Jina Rahimi's family", "she had no such condition"),
        ("IRIB", "At least 12 people have been killed"),
        ("UN special rapporteur", "the hangings were \"killings sanctioned by the state.\""),
        ("Ali Khamenei", "her death as “a bitter event that deserves an inquiry,”"),
        ("mourners", "“Death to the seditionists” as the coffins passed"),
        ("Hossein Salami", "The enemy will regret this day.")]


def test_a_wire_storys_what_clauses_and_a_but_clause_of_its_own(ex):
    """"in what President NAME told the nation was a blow that ..." and "in what it called retaliation for ..."
    (a country's "it") are the speakers' words; "told reporters that A, “...,” but cautioned that without inspectors
    the IAEA could not say B": two statements (a fronted "without ..." opens the second); "State television’s
    evening news described X as “...,” and aired what it said were ...": the broadcaster, the complement ending at
    the quotation; "NAME, the head of the International Atomic Energy Agency," is an official, not an outlet."""
    t = ("Iran fired missiles at Al Udeid Air Base on Monday in what it called retaliation for the bombing of its "
         "nuclear sites. The United States struck the sites overnight in what President Donald Trump told the nation "
         "was a blow that had left the programme in ruins. Rafael Grossi, the head of the International Atomic Energy "
         "Agency, told reporters that the agency had detected “nothing unusual in the air,” but cautioned that without "
         "inspectors the IAEA could not yet say what was left. State television’s evening news described the truce as "
         "“a retreat forced on the enemy,” and aired what it said were interviews with frightened residents of Haifa.")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("Iran", "official", "retaliation for the bombing of its nuclear sites"),
        ("Donald Trump", "official", "a blow that had left the programme in ruins"),
        ("Rafael Grossi", "official", "the agency had detected “nothing unusual in the air,”"),
        ("Rafael Grossi", "official", "without inspectors the IAEA could not yet say what was left"),
        ("IRIB", "outlet", "the truce as “a retreat forced on the enemy,”"),
        ("IRIB", "outlet", "interviews with frightened residents of Haifa")]


def test_quoted_people_with_relative_clauses_and_a_tribute_paid(ex):
    """"quoted Larijani, who met Berri and Prime Minister NAME, as telling reporters that": Larijani (not the
    last name of his relative clause); "The Taiwanese firm whose brand was printed on the pagers said": the firm;
    "said that A, and paid tribute to “...”": the tribute's words are a second statement."""
    t = ("The paper quoted Larijani, who met Berri and caretaker Prime Minister Najib Mikati, as telling reporters "
         "that Tehran would back “any decision the Lebanese take together.” The Taiwanese firm whose brand was printed "
         "on the pagers said in a statement that the devices had been made by a licensee in Budapest. Hezbollah said "
         "on its Telegram channel that its fighters would remain \"fully ready,\" and paid tribute to \"the martyrs "
         "who paid for this steadfastness with their blood.\"")
    assert reported(ex, t, "speaker", "text") == [
        ("Larijani", "Tehran would back “any decision the Lebanese take together.”"),
        ("Taiwanese firm", "the devices had been made by a licensee in Budapest"),
        ("Hezbollah", "its fighters would remain \"fully ready,\""),
        ("Hezbollah", "the martyrs who paid for this steadfastness with their blood.")]


def test_a_relative_clause_interrupted_by_its_speaker_and_a_second_papers_headline(ex):
    """"what he called “the riots”, which, he said, had been “planned ...” by X": the relative clause after "he
    said" is his; "Etemad wrote that A, “...,” and Ham-Mihan ran, without a photograph, the headline “...”": A is
    Etemad's, the headline Ham-Mihan's."""
    t = ("Ali Khamenei spoke to police cadets on Monday. He spent most of the speech on what he called “the riots”, "
         "which, he said, had been “planned and paid for” by the United States. The reformist Etemad wrote that the "
         "statement had “answered none of the families’ questions,” and Ham-Mihan ran, without a photograph, the "
         "headline “The dead of Zahedan have names too.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Ali Khamenei", "had been “planned and paid for” by the United States"),
        ("Ali Khamenei", "the riots"),
        ("Ham-Mihan", "The dead of Zahedan have names too."),
        ("Etemad", "the statement had “answered none of the families’ questions,”")]


def test_a_body_named_by_its_place_then_its_acronym(ex):
    """"The United Nations peacekeeping force in south Lebanon, UNIFIL, said": the force, by its acronym (not
    the United Nations as a whole, and not only for the verb after "and")."""
    t = ("The United Nations peacekeeping force in south Lebanon, UNIFIL, said it stood ready to support the "
         "army's deployment and urged both sides to \"turn words into actions.\"")
    assert reported(ex, t, "speaker", "text") == [
        ("UNIFIL", "it stood ready to support the army's deployment"),
        ("UNIFIL", "both sides to \"turn words into actions.\"")]


def test_a_press_reviews_lead_story_headline_and_quoted_source(ex):
    """A Beirut press review: "Its lead story, citing “sources close to X,” said" (the paper, through its story);
    "An-Nahar led on the draft. It reported that A, and quoted a “senior political source” as saying that B, a
    reference to C" (the paper says A, the source B, and the gloss is the reviewer's); "Javan claimed under the
    headline “...” that D" (the headline, then D)."""
    t = ("Al-Akhbar, the daily closest to Hezbollah, gave the envoy its whole front page. Its lead story, citing "
         "“sources close to the resistance,” said the party had passed its written comments to Berri.\n\n"
         "An-Nahar led on the draft itself. It reported that the proposal gives Israel 60 days to withdraw, and "
         "quoted a “senior political source” as saying that the disputes were about “who watches and who acts,” a "
         "reference to the makeup of the monitoring committee.\n\n"
         "Javan, the daily affiliated with the Revolutionary Guards, claimed under the headline “The cemetery of the "
         "Merkavas” that Hezbollah fighters had destroyed more than 70 Israeli tanks.")
    assert reported(ex, t, "speaker", "text") == [
        ("Al-Akhbar", "the party had passed its written comments to Berri"),
        ("An-Nahar", "the proposal gives Israel 60 days to withdraw"),
        ("senior political source", "the disputes were about “who watches and who acts,”"),
        ("Javan", "The cemetery of the Merkavas"),
        ("Javan", "Hezbollah fighters had destroyed more than 70 Israeli tanks")]


def test_a_wire_storys_claim_presenter_and_ministries(ex):
    """A wire story on a bombing: "The claim, carried by the group’s Amaq news agency on Telegram, said" (the group);
    "a presenter on the state broadcaster’s news channel told viewers it “...,” describing X as “...”" (the
    presenter, twice: the clause before has a subject of its own); "the intelligence ministry said" after "the
    health ministry said" (another ministry); a subhead in capitals in quotation marks and "Mass-casualty attacks
    inside Iran are rare" (no one's words); "reported that A, citing an unnamed security source" (A only)."""
    t = ("The Islamic State claimed the attack on Thursday. The claim, carried by the group’s Amaq news agency on "
         "Telegram, said two of its fighters had blown themselves up.\n\n"
         "The toll rose to 91, the health ministry said.\n\n“WHEREVER IT IS HIDING”\n\n"
         "Hours later, a presenter on the state broadcaster’s news channel told viewers it “changes nothing about who "
         "holds the strings,” describing the group as “a tool the Americans built.”\n\n"
         "Tasnim reported that one of the bombers was a foreign national, citing an unnamed security source. In a "
         "statement, the intelligence ministry said its officers had detained suspects in several provinces.\n\n"
         "A FAMILIAR ENEMY\n\nMass-casualty attacks inside Iran are rare.")
    assert reported(ex, t, "speaker", "text") == [
        ("Islamic State", "the attack on Thursday"),
        ("Islamic State", "two of its fighters had blown themselves up"),
        ("health ministry", "The toll rose to 91"),
        ("presenter", "it “changes nothing about who holds the strings,”"),
        ("presenter", "the group as “a tool the Americans built.”"),
        ("Tasnim News Agency", "one of the bombers was a foreign national"),
        ("intelligence ministry", "its officers had detained suspects in several provinces")]


def test_a_press_reviews_front_pages_in_red_in_a_line_and_under_a_fronted_headline(ex):
    """"Its front page carries a flag and, in red, “...”" (the paper's words; its front page is no one a later "it"
    refers to); "The unsigned lead editorial argued" (the paper); "led with a photograph ... and the line “...”";
    "Its front-page headline, “...,” uses"; "Under the headline “...” the paper asked how ..." (both the paper's)."""
    t = ("Kayhan’s answer is that the claim fits the story. Its front page carries the black flag of the group "
         "and, in red, “Daesh is their signature, not their alibi.” The unsigned lead editorial argued that the "
         "group had been “raised in the American barracks of Iraq.” Further down, the paper warned the Foreign "
         "Ministry not to accept condolences from Washington, which it called “a letter written with the same pen "
         "as the bombs.”\n\n"
         "Javan, the daily closest to the Guards, led with a photograph of the grave and the line “Even his grave "
         "frightens them” [the verb is stronger in Persian].\n\n"
         "Etemad’s front page is the most uncomfortable reading of the morning. Under the headline “Who let them "
         "in?” the paper asked how two men carrying explosives had walked through a crowd.\n\n"
         "Resalat printed the names of the dead. Its front-page headline, “Ninety-one names, one crime,” uses the "
         "official toll.")
    got = reported(ex, t, "speaker", "text")
    assert ("Kayhan", "Daesh is their signature, not their alibi.") in got
    assert ("Kayhan", "the group had been “raised in the American barracks of Iraq.”") in got
    assert ("Kayhan", "a letter written with the same pen as the bombs.") in got
    assert ("Javan", "Even his grave frightens them") in got
    assert ("Etemad", "Who let them in?") in got
    assert ("Etemad", "how two men carrying explosives had walked through a crowd") in got
    assert ("Resalat", "Ninety-one names, one crime") in got
    assert all(spk in ("Kayhan", "Javan", "Etemad", "Resalat") for spk, _ in got)


def test_a_regional_blogs_pakistani_reactions(ex):
    """"An IRGC spokesman told reporters" is one spokesman (not the registry's holder of the title); "Jaish al-Adl
    ..., said A. It denied B" (the group twice); "The next day she announced" (an opener without its comma);
    "Kayhan had splashed “...” across its front page"; "Traders at the Taftan crossing, 600 kilometres to the north,
    said" (people at a place)."""
    t = ("An IRGC spokesman told reporters in Tehran that the Guards would strike “wherever the enemies build a "
         "nest.”\n\nJaish al-Adl, in a message posted to its Telegram channel, said the missiles had hit houses of its "
         "members. It denied that any of its fighters had been among the dead.\n\n"
         "Mumtaz Zahra Baloch, the foreign office spokeswoman, said two children had been killed. The next day she "
         "announced that Pakistan was recalling its ambassador.\n\n"
         "The Kayhan daily, true to form, had splashed “The arm of the Guards is long” across its front page.\n\n"
         "Traders at the Taftan crossing, 600 kilometres to the north, said lorries were still moving.")
    got = reported(ex, t, "speaker", "text")
    assert got[:5] == [
        ("IRGC spokesman", "the Guards would strike “wherever the enemies build a nest.”"),
        ("Jaish al-Adl", "the missiles had hit houses of its members"),
        ("Jaish al-Adl", "any of its fighters had been among the dead"),
        ("Mumtaz Zahra Baloch", "two children had been killed"),
        ("Mumtaz Zahra Baloch", "Pakistan was recalling its ambassador")]
    assert got[5][1] == "The arm of the Guards is long" and "Kayhan" in got[5][0]
    assert got[6][1] == "lorries were still moving" and got[6][0].startswith("Traders at the Taftan")


def test_a_participle_aside_and_a_plural_noun_after_a_preposition(ex):
    """"said the killing, coming as the talks had reached a sensitive stage, pointed to escalation" (the "as" is
    inside a participle aside: the content goes on); "NAME, a surgeon who won the run-off on promises to ease
    tensions, wrote that" ("promises" is a noun: the surgeon is NAME, who wrote)."""
    t = ("Egypt’s foreign ministry, in a statement, said the killing, coming as the talks had reached a sensitive "
         "stage, pointed to an Israeli policy of escalation.\n\n"
         "Pezeshkian, a 69-year-old heart surgeon who won this month’s run-off on promises to ease tensions with the "
         "West, wrote on X that the killing had been timed “to greet a new government with a coffin.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Egypt’s foreign ministry", "the killing, coming as the talks had reached a sensitive stage, pointed to an "
                                     "Israeli policy of escalation"),
        ("Masoud Pezeshkian", "the killing had been timed “to greet a new government with a coffin.”")]


def test_a_speech_summarys_excerpts_an_age_description_and_a_comparison(ex):
    """A speech summary: "QASSEM: “...”" (an excerpt under its speaker's name in capitals); "The 85-year-old
    cleric, addressing ..., did not name the neighbour. “...,” he said." (the leader just named); "said the
    speech had been aimed as much at Iranians as at Washington" (a comparison, not a clause of time)."""
    t = ("Hezbollah leader Naim Qassem spoke for forty minutes.\n\n"
         "QASSEM: “We do not interfere in who rules Syria. That is for the Syrians.”\n\n"
         "Iran’s Supreme Leader Ali Khamenei said on Wednesday that the collapse had been planned abroad.\n\n"
         "The 85-year-old cleric, addressing several thousand people in Tehran, did not name the neighbour. "
         "“Nobody should be confused about who drew this map,” he said.\n\n"
         "Nasrin Abolfathi-Lund, who studies Iran’s alliances at the Kallisto Centre, said the speech had been "
         "aimed as much at Iranians as at Washington.")
    assert reported(ex, t, "speaker", "text") == [
        ("Naim Qassem", "We do not interfere in who rules Syria. That is for the Syrians."),
        ("Ali Khamenei", "the collapse had been planned abroad"),
        ("Ali Khamenei", "Nobody should be confused about who drew this map"),
        ("Nasrin Abolfathi-Lund", "the speech had been aimed as much at Iranians as at Washington")]


def test_a_press_reviews_unnamed_and_described_sources(ex):
    """"A senior Biden administration official ... said" (an official, not Biden); "quoted a Quds Force officer it
    did not name as saying" and "quoted currency traders as blaming “...”" (the ones quoted); "“...,” its
    front-page column began" (the paper's); "announced that A, and its security official NAME, whose identity
    is unknown, posted on X that B" (B is the official's, not part of A)."""
    t = ("A senior Biden administration official, briefing reporters by phone, said Iran had suffered “its worst "
         "week in four decades.”\n\n"
         "Inside, Javan quoted a Quds Force officer it did not name as saying that the army had “handed over its "
         "barracks.”\n\n"
         "Farhikhtegan turned its guns on Moscow. “Russia gave Assad an aeroplane ticket,” its front-page column "
         "began.\n\n"
         "Shargh reported that the dollar had passed 730,000 rials, and quoted currency traders as blaming “the "
         "Syria news and the winter.”\n\n"
         "Kataib Hezbollah announced that it would “observe and prepare,” and its security official Abu Ali "
         "al-Askari, whose real identity remains a matter of guesswork, posted on X that the collapse was “a "
         "lesson.”")
    assert reported(ex, t, "speaker", "text") == [
        ("senior Biden administration official", "Iran had suffered “its worst week in four decades.”"),
        ("Quds Force officer", "the army had “handed over its barracks.”"),
        ("Farhikhtegan", "Russia gave Assad an aeroplane ticket"),
        ("Shargh", "the dollar had passed 730,000 rials"),
        ("currency traders", "the Syria news and the winter."),
        ("Kataib Hezbollah", "it would “observe and prepare,”"),
        ("Abu Ali al-Askari", "the collapse was “a lesson.”")]


def test_a_press_reviews_lines_and_a_timelines_statement(ex):
    """"Kayhan’s front page was almost all photograph, with a single line in red across the bottom: “...”" and
    "Etemad’s headline was the most neutral of the day: “...”" (the papers'); "prayed that God would accept him
    “...”" (a prayer said aloud); "A diplomat, now living in Hamburg, who did not want his name used, told me
    ... “...,” he said" (the diplomat, not Hamburg); a timeline's "- 05:15: Hezbollah said ... Its statement
    called" (Hezbollah's statement)."""
    t = ("Kayhan’s front page was almost all photograph, with a single line in red across the bottom: “Revenge is "
         "no longer a word.”\n\nEtemad’s headline was the most neutral of the day: “The new president’s first "
         "test.”\n\nPresident Recep Tayyip Erdoğan told lawmakers that Haniyeh had been “a brother,” and prayed "
         "that God would accept him “among the martyrs.”\n\n"
         "A onetime Iranian diplomat, posted to Beirut and now living in Hamburg, who did not want his name used, "
         "told me he thinks the delay is deliberate. “Every day they wait, Israel pays for alerts,” he said.\n\n"
         "25 August\n\n- 04:40 (Israel time): The Israeli military said its aircraft had struck launchers.\n\n"
         "- 05:15: Hezbollah said it had fired several hundred rockets. Its statement called the "
         "operation “the opening stage of our answer.”")
    assert reported(ex, t, "speaker", "text", segments=segment(t)) == [
        ("Kayhan", "Revenge is no longer a word."),
        ("Etemad", "The new president’s first test."),
        ("Recep Tayyip Erdoğan", "Haniyeh had been “a brother,”"),
        ("Recep Tayyip Erdoğan", "God would accept him “among the martyrs.”"),
        ("Iranian diplomat", "he thinks the delay is deliberate"),
        ("Iranian diplomat", "Every day they wait, Israel pays for alerts"),
        ("Israel Defense Forces (IDF)", "its aircraft had struck launchers"),
        ("Hezbollah", "it had fired several hundred rockets"),
        ("Hezbollah", "the operation “the opening stage of our answer.”")]


def test_a_sentence_sourced_at_its_end_after_an_order(ex):
    """"On Sunday NAME ordered X to the region and told Y to speed up its transit, according to a Pentagon
    statement": the whole clause is the statement's (an order given is no speech verb of its own, and a clause
    opening with a time is no opener); "On Monday, according to the agency, the army withdrew" stays as it was."""
    t = ("On Sunday Defense Secretary Lloyd Austin ordered the submarine USS Georgia to the Middle East and told the "
         "Abraham Lincoln carrier strike group to speed up its transit, according to a Pentagon statement.\n\n"
         "On Monday, according to the agency, the army withdrew.")
    got = reported(ex, t, "speaker", "text")
    assert got[0] == ("Pentagon statement", "On Sunday Defense Secretary Lloyd Austin ordered the submarine USS "
                                            "Georgia to the Middle East and told the Abraham Lincoln carrier strike "
                                            "group to speed up its transit")
    assert got[-1] == ("agency", "the army withdrew")


def test_a_time_clause_inside_a_future_content_and_a_long_addressee(ex):
    """"said the group would set out its position when its leader gives a speech on Saturday" (the time of what
    will happen, not of the saying: kept; "said he would not resign when he met reporters" is cut as before);
    "told an emergency meeting of Muslim foreign ministers on Wednesday that" (a long addressee);
    "and he credited X with Y" (a second statement)."""
    t = ("Hezbollah’s Al-Manar television said the group would set out its position when its secretary-general, "
         "Naim Qassem, gives a televised speech on Saturday.\n\n"
         "The minister said he would not resign when he met reporters on Monday.\n\n"
         "Iran told an emergency meeting of Muslim foreign ministers on Wednesday that its response would be "
         "“legitimate.”\n\n"
         "Benjamin Netanyahu said Iran’s “chain of outposts” was being broken, and he credited Israel’s war against "
         "Hezbollah with breaking the first links.")
    assert reported(ex, t, "speaker", "text") == [
        ("Hezbollah’s Al-Manar television", "the group would set out its position when its secretary-general, Naim "
                                            "Qassem, gives a televised speech on Saturday"),
        ("minister", "he would not resign"),
        ("Iran", "its response would be “legitimate.”"),
        ("Benjamin Netanyahu", "Iran’s “chain of outposts” was being broken"),
        ("Benjamin Netanyahu", "Israel’s war against Hezbollah with breaking the first links")]


def test_a_question_word_before_a_reporting_aside_is_no_subject(ex):
    """"Why, he asked, had Hezbollah not fought for Aleppo? His answer was that “...”": "his" is the speaker named
    before, not "Why"."""
    t = ("Hezbollah leader Naim Qassem said the party had not been surprised.\n\n"
         "Why, he asked, had Hezbollah not fought for Aleppo or Hama? His answer was that “a party cannot defend a "
         "city that the state’s own army has already left.”")
    assert reported(ex, t, "speaker") == ["Naim Qassem", "Naim Qassem"]


def test_a_lead_in_subject_before_a_quotation_then_a_participle(ex):
    """'Islamabad's “only purpose was ...,” the statement said, adding that B': the statement's (the ministry's)
    quotation and B, not Islamabad's (the words before the quotation are its subject, not a speaker)."""
    t = ("In a statement issued before sunrise, the Foreign Office said the strikes had killed “a number of "
         "terrorists.” Islamabad's “only purpose was to protect Pakistani lives,” the statement said, adding that "
         "Iran remained “a brotherly country.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Foreign Office", "the strikes had killed “a number of terrorists.”"),
        ("Foreign Office", "only purpose was to protect Pakistani lives"),
        ("Foreign Office", "Iran remained “a brotherly country.”")]


def test_a_paper_opening_with_a_persons_words_before_a_colon(ex):
    """"Iran, the government daily, opened with President NAME’s words at the same ceremony: “...”": his words, not
    the paper's; "Kayhan opened with the words of its editor: “...”" stays the paper's."""
    t = ("Iran, the government’s own daily, opened with President Masoud Pezeshkian’s words at the same ceremony: "
         "“Whoever thought a new government meant a quiet Iran has misread both.”\n\n"
         "Kayhan opened with the words of its editor: “No retreat.”")
    assert reported(ex, t, "speaker") == ["Masoud Pezeshkian", "Kayhan"]


def test_an_order_to_people_described_by_place(ex):
    """"told residents of several villages inside the buffer zone, among them the town of Quneitra, to stay in their
    homes" (an order to people described by where they live: the addressee and the order), and the warning after it
    is the same spokesman's (not a speaker named "... told residents")."""
    t = ("An Arabic-speaking spokesman for the Israeli army told residents of several villages inside the buffer "
         "zone, among them the town of Quneitra, to stay in their homes “until further notice” and warned that "
         "anyone approaching Israeli forces “puts himself in danger.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Israel Defense Forces (IDF)", "residents of several villages inside the buffer zone, among them the town "
                                        "of Quneitra, to stay in their homes “until further notice”"),
        ("Israel Defense Forces (IDF)", "anyone approaching Israeli forces “puts himself in danger.”")]


def test_a_country_named_paper_in_an_appositive_is_the_paper(ex):
    """"Iran, the government daily, said" is the paper called Iran (an outlet), while "Iran, the country's largest
    buyer of grain, said" and "Syria, Russia's ally, said" stay the governments."""
    t = ("Iran, the government daily, said on Sunday that the talks had “reached a dead end.” Iran, the region’s "
         "largest buyer of Russian grain, said the shipments would continue. Syria, Russia’s closest Arab ally, said "
         "the bases would stay.")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("Iran", "outlet", "the talks had “reached a dead end.”"),
        ("Iran", "official", "the shipments would continue"),
        ("Syria", "official", "the bases would stay")]


def test_holding_someone_responsible_is_an_accusation(ex):
    """"held Israel “fully responsible” for" reports an accusation; "wrote A and held B responsible" is two
    statements; "warned that it held Damascus responsible" is one (the warning's content); "the ceremony held
    on Friday" and "held talks with officials responsible for security" are no speech, and do not change who
    speaks in the sentence."""
    t = ("Hezbollah held Israel “fully responsible for this criminal aggression”. "
         "The ambassador wrote that Iran would respond “in its own time” and held the United States responsible as "
         "Israel’s main armourer. The Israeli military warned that it held Damascus responsible for “every attack "
         "launched from its territory.” The ministers held talks with officials responsible for security. "
         "According to the agency’s correspondent, General Hamid Sarkheili, in a speech at the ceremony held on "
         "Friday in Semnan, said the advisers would stay.")
    assert reported(ex, t, "speaker", "text") == [
        ("Hezbollah", "Israel “fully responsible for this criminal aggression”"),
        ("ambassador", "Iran would respond “in its own time”"),
        ("ambassador", "the United States responsible as Israel’s main armourer"),
        ("Israel Defense Forces (IDF)", "it held Damascus responsible for “every attack launched from its territory.”"),
        ("Hamid Sarkheili", "the advisers would stay")]


def test_a_meetings_communique_speaks_though_its_issuers_are_not_named_there(ex):
    """"The meeting’s final communique said" and "The final communique said" report the communique's words (an
    official text, whoever met); "The G7 ministers’ joint communique urged" stays the ministers'."""
    t = ("Foreign ministers of the Organisation of Islamic Cooperation met in Jeddah on Wednesday. The meeting’s final "
         "communique said Israel bore responsibility for the attack. The final communique of the summit in Riyadh a "
         "month later went further. The final communique said the occupation “must end.” The G7 ministers’ joint "
         "communique urged restraint on all sides.")
    assert reported(ex, t, "speaker", "speaker_role", "text") == [
        ("meeting’s final communique", "official", "Israel bore responsibility for the attack"),
        ("final communique", "official", "the occupation “must end.”"),
        ("G7 ministers", "official", "restraint on all sides")]


def test_an_envoys_talks_page_relative_clauses_openers_and_inner_speakers(ex):
    """"NAME, who restored the “maximum pressure” campaign ..., disclosed in early March that" (a quotation inside
    the relative clause); "insisted all week that"; "wrote to NAME with an offer that Tehran described as “...”" (a
    relative clause, not what he wrote); "The 85-year-old cleric" is the last sentence's subject, not a name in
    passing; "the White House said NAME had told X A, and described B" (after a comma, the outer speaker)."""
    t = ("Trump, who restored the “maximum pressure” campaign of sanctions on Iran in February, disclosed in early "
         "March that he had written to Khamenei. Tehran insisted all week that the format would be indirect. The "
         "envoys met a month after President Donald Trump wrote to Supreme Leader Ali Khamenei with an offer that "
         "Tehran described as “more a threat than an offer.” Khamenei had said in February that talks were not "
         "wise, a position he tied to Trump’s exit from the 2015 agreement. In a speech on March 12, the "
         "85-year-old cleric said the letter was a trick. In a statement, the White House said Witkoff had told "
         "Araghchi he wanted a deal “if that is at all possible,” and described the exchange as “direct.”")
    got = reported(ex, t, "speaker", "text")
    assert got[0] == ("Donald Trump", "he had written to Khamenei")
    assert got[1] == ("Iranian government", "the format would be indirect")
    assert ("Iranian government", "more a threat than an offer.") in got
    assert not any(spk == "Donald Trump" and "described" in text for spk, text in got)
    assert ("Ali Khamenei", "the letter was a trick") in got
    assert got[-1] == ("White House", "the exchange as “direct.”")
    assert ("White House", "Witkoff had told Araghchi he wanted a deal “if that is at all possible,”") in got


def test_a_gulf_papers_statements_headlines_and_traders(ex):
    """"A Saudi foreign ministry statement said A. It added B" (the ministry, then "it" is the ministry, not the
    council named before); "Ham-Mihan’s headline, “...,” sits over a chart" (the paper's); "Dealers on Tehran’s
    Ferdowsi Street told" and "Shipping agents in Sohar port noted" (people at a named place)."""
    t = ("The Gulf Cooperation Council welcomed the talks in a statement, calling the mediation “a model.” "
         "A Saudi foreign ministry statement said the kingdom supported “every effort.” It added that Riyadh "
         "hoped the talks would succeed.\n\n"
         "Ham-Mihan’s headline, “Two and a half hours that moved the dollar,” sits over a chart of the rate.\n\n"
         "Dealers on Tehran’s Ferdowsi Street told Halvern the rial had gained six percent.\n\n"
         "Shipping agents in Sohar port noted that insurers had trimmed their prices.")
    got = reported(ex, t, "speaker", "speaker_role", "text")
    assert got[1] == ("Saudi foreign ministry", "official", "the kingdom supported “every effort.”")
    assert got[2] == ("Saudi foreign ministry", "official", "Riyadh hoped the talks would succeed")
    assert got[3] == ("Ham-Mihan", "outlet", "Two and a half hours that moved the dollar")
    assert got[4] == ("Dealers", "other", "the rial had gained six percent")
    assert got[5][1:] == ("other", "insurers had trimmed their prices") and got[5][0].startswith("Shipping agents")


def test_a_live_blogs_retired_officer_company_and_port_director(ex):
    """"We have been speaking to Commodore (retd) NAME, who ... He said" (the one the author spoke to);
    "NAME Shipping, the operator of X, says A but left after about an hour, and B. The company described"
    (a company's name; a duration after "after" is no clause); "The director of ports and maritime affairs for
    Hormozgan province told"; "It was he who claimed that" (a cleft sentence); "Late on Thursday, NAME released a
    video that it said showed" (the subject after the opener)."""
    t = ("We have been speaking to Commodore (retd) Crispin Hallworth, who commanded a frigate in the Gulf. He said "
         "the Guards had rehearsed this kind of boarding for years.\n\n"
         "Norbulk Shipping, the operator of the Mesdar, says armed guards boarded the tanker but left after about an "
         "hour, and the ship has continued its voyage. The company described its crew as “shaken but unharmed.”\n\n"
         "The director of ports and maritime affairs for Hormozgan province told state television that the crew "
         "were safe. It was he who claimed overnight that the tanker had struck a fishing boat.\n\n"
         "Tasnim said the warships had been “loitering.” It dismissed talk of retaliation.\n\n"
         "Late on Thursday, U.S. Central Command released a video that it said showed a patrol boat alongside "
         "the tanker.")
    got = reported(ex, t, "speaker", "text")
    assert got[0] == ("Crispin Hallworth", "the Guards had rehearsed this kind of boarding for years")
    assert got[1] == ("Norbulk Shipping", "armed guards boarded the tanker but left after about an hour, and the "
                                          "ship has continued its voyage")
    assert got[2] == ("Norbulk Shipping", "its crew as “shaken but unharmed.”")
    assert got[3] == ("director of ports and maritime affairs", "the crew were safe")
    assert got[4] == ("director of ports and maritime affairs", "the tanker had struck a fishing boat")
    assert got[-1] == ("U.S. Central Command", "showed a patrol boat alongside the tanker")


def test_a_court_filings_dates_and_a_company_named_after_its_description(ex):
    """"told agents on or about May 2, 2024 that" and "in or about October 2023 that" (a filing's dates before the
    content); "the Piraeus-based manager, NAME Shipmanagement, said ... The company said" (a company, as its name
    says, whom "the company" then names)."""
    t = ("A relative of KHALIL told agents on or about May 2, 2024 that KHALIL had asked for money. CW-1 told "
         "agents in or about October 2023 that the parts were for the south.\n\n"
         "The maritime trade centre said the ship had been hit. In a statement, the Piraeus-based manager, Thalassa "
         "Meridian Shipmanagement, said flooding had left the vessel adrift. The company said the search was "
         "continuing.")
    got = reported(ex, t, "speaker", "speaker_role", "text")
    assert got[0] == ("relative of KHALIL", "other", "KHALIL had asked for money")
    assert got[1] == ("CW-1", "other", "the parts were for the south")
    assert got[-2:] == [("Thalassa Meridian Shipmanagement", "organization", "flooding had left the vessel adrift"),
                        ("Thalassa Meridian Shipmanagement", "organization", "the search was continuing")]


def test_a_when_or_while_clause_after_a_past_perfect_is_the_contents_own_time(ex):
    """"said Moscow had been “nowhere to be seen” when the Islamic State retook the town" and "said his fighters had
    entered from the west while Iraqi units held the other bank" keep their clauses; "said the talks had failed
    when he met reporters" and "said A while visiting B" are the reporting's time, and ", while B" after a comma the
    author's contrast."""
    t = ("Hassan Nasrallah said his fighters had entered al-Bukamal from the west while Iraqi units held the other "
         "bank. Javan said Moscow had been “nowhere to be seen” when the Islamic State briefly retook the town. "
         "Rouhani said the talks had failed when he met reporters. Rouhani said the army had won while visiting "
         "the front. Mike Johnson said the announcements had given the militias time to leave, while a group of "
         "Democrats called for a vote.")
    assert reported(ex, t, "text") == [
        "his fighters had entered al-Bukamal from the west while Iraqi units held the other bank",
        "Moscow had been “nowhere to be seen” when the Islamic State briefly retook the town",
        "the talks had failed", "the army had won", "the announcements had given the militias time to leave"]


def test_an_oil_newsletters_sources_openers_and_asides(ex):
    """Who speaks in a market letter: "told reporters travelling with him, adding" (the addressees, no words of
    their own), "By Sunday evening the minister, in the post for a week, said", "A crude buyer at a refiner said",
    "according to shipbroker Harrow & Lisle", "shipbrokers said", "offered to halt ..., an offer ..." (the offer,
    not the author's gloss on it), and not "bulletins offered to subscribers"."""
    t = ("“Every trace we found leads back to Tehran,” Mike Pompeo told reporters travelling with him, adding that "
         "the claim from Sanaa was “a borrowed coat.” By Sunday evening Energy Minister Prince Abdulaziz bin Salman, "
         "in the post for barely a week, said the outage would be made good within a month.\n\n"
         "A crude buyer at a Korean refiner said his firm had been promised its November cargo. Freight for "
         "supertankers rose by a third on Tuesday, according to shipbroker Harrow & Lisle. Insurance premiums "
         "doubled overnight, shipbrokers said.\n\n"
         "Mahdi al-Mashat offered to halt the drone attacks if the air raids stopped, an offer Riyadh has not "
         "answered. The service sends its bulletins offered to subscribers twice a day.")
    assert reported(ex, t, "speaker", "text") == [
        ("Mike Pompeo", "Every trace we found leads back to Tehran"),
        ("Mike Pompeo", "the claim from Sanaa was “a borrowed coat.”"),
        ("Abdulaziz bin Salman", "the outage would be made good within a month"),
        ("crude buyer", "his firm had been promised its November cargo"),
        ("shipbroker Harrow & Lisle", "Freight for supertankers rose by a third on Tuesday"),
        ("shipbrokers", "Insurance premiums doubled overnight"),
        ("Mahdi al-Mashat", "halt the drone attacks if the air raids stopped")]


def test_reporting_clauses_inside_a_sentence_after_an_opener_a_condition_or_a_copula(ex):
    """"Hours after the speech, the coalition said, a missile was fired" (the opener is not what was said), "If
    the market decides that ..., he said, the question becomes ..." (a long condition with its own "that"), "The
    offer was, the paper said, “...”" (the quotation completes the sentence), and "NAME’s tweet ..., which a daily
    printed in full, called X “...”" (a tweet speaks for its owner)."""
    t = ("Hours after the speech, the coalition said, a ballistic missile was fired from Saada and intercepted.\n\n"
         "Ines Marlowe, who follows oil at a Zurich bank, said the strikes were precise. If the market decides "
         "that the drones were launched from Iran or from southern Iraq, she said, the question becomes how "
         "Washington answers.\n\n"
         "Kayhan turned on Moscow as well. Vladimir Putin’s advice that Riyadh should buy Russian air defences "
         "was, the paper said, “the patter of an arms salesman.”\n\n"
         "Foreign Minister Mohammad Javad Zarif’s tweet from Sunday, which Etemad printed in full, called the "
         "charges “a script written years ago.”")
    assert reported(ex, t, "speaker", "text") == [
        ("coalition", "Hours after the speech, the coalition said, a ballistic missile was fired from Saada and "
                      "intercepted"),
        ("Ines Marlowe", "the strikes were precise"),
        ("Ines Marlowe", "If the market decides that the drones were launched from Iran or from southern Iraq, she "
                         "said, the question becomes how Washington answers"),
        ("Kayhan", "the patter of an arms salesman."),
        ("Mohammad Javad Zarif", "the charges “a script written years ago.”")]


def test_a_royal_title_and_one_name_is_a_person_and_the_participles_object_is_not_the_next_he(ex):
    """"Bahrain’s King Hamad" and "Emir Tamim" are people (officials) whom "he" refers back to, as the registered
    "King Salman" is; "Sultan al-Sharafat" is a man named Sultan. "NAME spent two days in Tehran, meeting X and Y,
    who runs ... He told" is NAME, the sentence's subject, not the last person named in its participle clause."""
    t = ("Bahrain’s King Hamad was less guarded. Opening the summit in Manama, he said the attacks were a crime. "
         "Qatar’s Emir Tamim said the talks were useful. Sultan al-Sharafat, a herder, said the road was quiet.\n\n"
         "Rafael Grossi spent a day in Tehran, meeting Abbas Araghchi and Mohammad Eslami, who runs the atomic "
         "energy agency. He told reporters before leaving that inspections had to “go back to where they were.”")
    assert reported(ex, t, "speaker", "speaker_role") == [
        ("King Hamad", "official"), ("Emir Tamim", "official"), ("Sultan al-Sharafat", "other"),
        ("Rafael Grossi", "official")]


def test_a_bloggers_relatives_speak_and_the_dead_do_not(ex):
    """"..., and my aunt Perishan lives near the camp. She called ... “...,” she said." is the aunt; "My cousin
    Zhilwan is a nurse ... She wrote that" is the cousin (a kin noun before a name); "When I asked her, again,
    whether ..., she said that" is she, past the question's "whether"; after "Reza’s cousin was killed near
    Palmyra.", a paragraph of quotation is Reza's, not the dead man's; "When my uncle called me that night, he said
    “...”" is what he said, not what he called anyone."""
    t = ("On Monday night we waited for news, and my aunt Perishan lives two streets from the camp. She called at "
         "seven. “The windows went again,” she said. When I asked her, for the fifth time this year, whether they "
         "would move to Erbil, she said that Erbil was “no safer, only dearer.”\n\n"
         "My cousin Zhilwan is a nurse at the hospital, and she was on the night shift. She wrote to me at 2 a.m. "
         "that they had received “two dead and eleven wounded.”\n\n"
         "Reza joined the brigade in 2014.\n\n"
         "Reza’s cousin was killed near Palmyra in 2017.\n\n"
         "“My cousin is on a poster in Mashhad now. He was nineteen.”\n\n"
         "When my uncle called me the night of the strike, he said “they are at war in our house again.”")
    assert reported(ex, t, "speaker", "text") == [
        ("Perishan", "The windows went again"), ("Perishan", "Erbil was “no safer, only dearer.”"),
        ("Zhilwan", "they had received “two dead and eleven wounded.”"),
        ("Reza", "My cousin is on a poster in Mashhad now. He was nineteen."),
        ("uncle", "they are at war in our house again.")]


def test_a_translated_column_is_its_authors_through_lead_ins_and_the_translators_notes(ex):
    """A translation blog quotes a column paragraph by paragraph: "a column in the daily Javan by NAME" makes "The
    column", "It opens like this:", "In the column he is only “the guest”:", "the columnist" and "It closes:" the
    author's (a paper's writer), and a translator's note in square brackets between two quoted paragraphs, naming
    another paper, does not take the column over."""
    t = ("The sharpest example was a column in the hardline daily Javan by Kourosh Alavi-Nejad, a regular writer on "
         "Iraq.\n\nThe column ran on page two under the title “The wall that fell twice.” It opens like this:\n\n"
         "“On Sunday night the map was redrawn in a single room.”\n\n"
         "[The room is in Sulaimani. Tasnim was still denying on Monday that the meeting had taken place.]\n\n"
         "“Our enemies wanted a second Israel. They forgot the sons of the marjaiyya.”\n\n"
         "He then turns to the general, whom he never names. In the column he is only “the guest”:\n\n"
         "“It is said that the guest spoke a single sentence.”\n\n"
         "[The columnist is writing for Iranian Kurds, and Fars agreed with him.]\n\nIt closes:\n\n"
         "“The martyrs did not fall so that the country could be cut into pieces.”")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert ("Tasnim News Agency", "outlet", "the meeting had taken place") in got
    assert [(s, r) for s, r, x in got if s != "Tasnim News Agency"] == [("Kourosh Alavi-Nejad", "outlet")] * 5


def test_front_pages_text_messages_and_welcomes_in_a_diaspora_blog(ex):
    """"Kayhan’s front page, which said, under a photo of the Council, “...”" (an aside before the quotation),
    "she had typed: “...”" and "texted me that" (a text message's words), "Ham-Mihan’s front page, whose editorial
    asked why" (the paper), "welcomed the decision as “long overdue”" and "put up the headline “...”"; not "typed a
    letter", "welcomed the agreement" or "messaging"."""
    t = ("Anoush sent me a screenshot of Kayhan’s front page, which said, under a photo of the Council, “The West "
         "has lost Iran for good.” Under it she had typed: “They lost Iran in 1979.” Later she texted me that the "
         "shops were shut. She also sent me Ham-Mihan’s front page, whose editorial asked why the government “had "
         "no plan at all.” My father typed a letter to the mayor.\n\n"
         "Marco Rubio welcomed the decision as “long overdue.” Faisal Mekdad welcomed the agreement on Friday. "
         "Israeli messaging concentrated on the border. Javan put up the headline “The last arrow” on its website.")
    assert reported(ex, t, "speaker", "text") == [
        ("Kayhan", "The West has lost Iran for good."), ("Anoush", "They lost Iran in 1979."),
        ("Anoush", "the shops were shut"), ("Ham-Mihan", "why the government “had no plan at all.”"),
        ("Marco Rubio", "the decision as “long overdue.”"), ("Javan", "The last arrow")]


def test_a_described_speaker_here_or_there_before_an_aside(ex):
    """"A Western diplomat here, over coffee on Saturday, told me that" and "A Komala official there told": the
    place adverb after the description is no new subject."""
    t = ("A Western diplomat here, over coffee on Saturday, told me that the people in Tehran “want Biden more than "
         "Haifa.” A Komala official there told reporters that the camp had been empty since September.")
    assert reported(ex, t, "speaker", "speaker_role") == [("Western diplomat", "official"), ("Komala official", "official")]


def test_a_time_phrase_before_the_verb_and_a_deputy_for_affairs(ex):
    """"State television’s evening news that day called" and "A statement by the PAK after the November strikes
    said" (a time phrase between subject and verb, not a clause), and "interviewed the governor’s deputy for
    security affairs, who said" (an office "for ... affairs", the antecedent of "who")."""
    t = ("State television’s evening news that day called the strikes “the punishment of the guilty.” A statement by "
         "the Kurdistan Freedom Party (PAK) after the November strikes said the party would “refuse to fight "
         "Tehran’s war.” The provincial daily, which belongs to the governorate, interviewed the governor’s deputy for "
         "security affairs, who said the groups had sent armed men into the province.")
    assert reported(ex, t, "speaker", "text") == [
        ("IRIB", "the strikes “the punishment of the guilty.”"),
        ("Kurdistan Freedom Party (PAK)", "the party would “refuse to fight Tehran’s war.”"),
        ("governor’s deputy for security affairs", "the groups had sent armed men into the province")]


def test_a_blogs_title_topic_its_authors_bio_and_a_dummy_it_say_nothing(ex):
    """"Red lines: what Tehran is telling Witkoff after three rounds" (a topic), "It is worth slowing down and
    asking what each side has said" (the author's question; "It" is no one) and "NAME writes The Kariz from
    Toronto" (a bio) are no statements; "His strategic affairs minister told" keeps "strategic"."""
    t = ("Red lines, moving lines: what Tehran is telling Witkoff after three rounds\n\n"
         "Benjamin Netanyahu spoke on Sunday. His strategic affairs minister told a Washington audience that Israel "
         "would “not wait for Oman.” It is worth slowing down and asking what each side has actually said in "
         "public, because the lines have moved.\n\nLeyla Farrokhzad-Moore writes The Samovar from Vancouver.")
    assert reported(ex, t, "speaker", "text", segments=segment(t)) == [
        ("strategic affairs minister", "Israel would “not wait for Oman.”")]


def test_a_press_reviews_editors_and_an_office_holder_quoted_as_saying(ex):
    """"Under it, editor-in-chief NAME returned to ..., writing that" (an opener, then a paper's editor, who writes
    as the paper: outlet), "Inside, the paper’s editor argued" (the paper named before) and "quoted the chairman
    of parliament’s national security committee as saying" (an office-holder described, not named)."""
    t = ("Kayhan led with the port. Under it, editor-in-chief Mehdi Zarrabi-Kashi returned to the theme of his "
         "Sunday editorial, writing that a strike “would not be a war.”\n\n"
         "Vatan-e Emrooz ran a portrait. Inside, the paper’s editor argued that the government had “painted a "
         "target.” Resalat quoted the chairman of parliament’s national security committee as saying the law "
         "would be “the first slap.”")
    assert reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t)) == [
        ("Mehdi Zarrabi-Kashi", "outlet", "a strike “would not be a war.”"),
        ("Vatan-e Emrooz", "outlet", "the government had “painted a target.”"),
        ("chairman of parliament’s national security committee", "official", "the law would be “the first slap.”")]


def test_kurdish_parties_the_guards_statement_and_a_place_that_is_no_it(ex):
    """Iran's Kurdish parties and the KRG are registered ("The KDPI said"); "The Guards’ statement said" is the
    IRGC's (a plural possessive); after "On the night of 15 January 2024 the IRGC fired missiles at a house in Erbil.",
    "Its statement said" is the IRGC's, not Erbil's (a place); "Baghdad: sitting this one out" is a heading."""
    t = ("Baghdad: sitting this one out\n\nThe KDPI said one of its members had been killed in Koya. The Guards’ "
         "statement, which state television read out, said the Ground Forces had hit “the bases of separatist "
         "groups.”\n\nOn the night of 15 January 2024 the IRGC fired ballistic missiles at a house in Erbil. Its "
         "statement said it had destroyed “a headquarters of espionage.”")
    assert reported(ex, t, "speaker", "speaker_role", segments=segment(t)) == [
        ("Democratic Party of Iranian Kurdistan (KDPI)", "organization"),
        ("Islamic Revolutionary Guard Corps (IRGC)", "official"), ("Islamic Revolutionary Guard Corps (IRGC)", "official")]


def test_a_likeness_a_time_opener_a_local_time_and_a_papers_page(ex):
    """"sounding like a man who had won ... he called" (a likeness is no one: he is NAME), "On Thursday the head of
    the agency, NAME, stood ... and said:" (a time opener is no subject), "At eleven on Friday, Toronto time, Iran’s
    General Staff put out a statement saying" (a local time) and "a photograph of its front page, which said"
    (the paper's)."""
    t = ("President Ebrahim Raisi spent his week in New York sounding like a man who had won. In his address he "
         "called sanctions “a crime against the nation.” On Thursday the head of the Civil Aviation Organization, "
         "Ali Abedzadeh, stood in front of the cameras and said: “The plane caught fire by itself.” At eleven at "
         "night on Friday, Toronto time, Iran’s General Staff put out a statement saying the airliner had been hit "
         "“unintentionally.” My cousin still buys Kayhan for the crossword. He sent me a photograph of its front "
         "page, which said the enemies of Iran were “dancing on the coffins.”")
    assert reported(ex, t, "speaker") == ["Ebrahim Raisi", "Ali Abedzadeh", "Iran’s General Staff", "Kayhan"]


def test_a_pronoun_after_which_is_the_sentences_subject_past_an_opener_without_its_comma(ex):
    """"In the same statement Biden announced sanctions on NAME and on the ministry, which he accused of “...”": "he"
    after "which" is the sentence's subject (an opener without its comma before it), not the person named last;
    "In a post on Twitter NAME wrote" keeps its opener's words out of the subject as before."""
    t = ("In the same statement Joe Biden announced new sanctions on former president Mahmoud Ahmadinejad and on the "
         "Ministry of Intelligence, which he accused of “trading in human beings.” In a post on Twitter Mohammad "
         "Javad Zarif wrote that there were “clear signs” of an Israeli hand.")
    assert reported(ex, t, "speaker", "text") == [("Joe Biden", "trading in human beings."),
                                                  ("Mohammad Javad Zarif", "there were “clear signs” of an Israeli hand")]


def test_told_with_no_addressee_is_a_passive_and_a_board_or_society_speaks(ex):
    """'had been visited by agents and told not to speak': 'told' with no addressee before its infinitive
    is a passive inside the reported clause, not a second statement; 'The board said', 'the society
    said': bodies that speak, as 'the committee said' does."""
    t = ("Farahzad Ravanbod spoke at the vigil. He warned that several relatives in Iran had been visited by "
         "security agents and told not to speak to foreign journalists.")
    assert statements(ex, t) == [("Farahzad Ravanbod", "indirect", "several relatives in Iran had been visited by security agents "
                                                    "and told not to speak to foreign journalists")]
    t = ("The board said in a statement that its investigators would be given access to the recorders. The "
         "society said it had counted 13 dead.")
    assert roles(ex, t) == [("board", "organization"), ("society", "organization")]


def test_an_unnamed_source_with_what_he_knows_or_whom_he_speaks_to(ex):
    """Between an unnamed source and its verb: what he was told ("briefed on the arrangement", "with
    knowledge of the talks"), the writer's acquaintance ("I have known for years"), his audience
    ("briefing reporters", "speaking to journalists"). A description of several words ("a member of
    parliament") keeps its appositive; "repeated his call to" reports a demand."""
    t = ("A Qatari official briefed on the arrangement said Doha would release the money only against invoices. "
         "An Omani official I have known for years told me over the phone that Muscat was happy. "
         "A senior officer briefing reporters claimed that the top echelon was dead. "
         "A diplomat speaking to journalists said the talks had stalled. "
         "A member of parliament, whose name I will spare, told a news website that the passengers had erred. "
         "Senator Tom Cotton repeated his call to claw the money back.")
    assert statements(ex, t) == [
        ("Qatari official", "indirect", "Doha would release the money only against invoices"),
        ("Omani official", "indirect", "Muscat was happy"),
        ("senior officer", "indirect", "the top echelon was dead"),
        ("diplomat", "indirect", "the talks had stalled"),
        ("member of parliament", "indirect", "the passengers had erred"),
        ("Tom Cotton", "indirect", "claw the money back")]


def test_a_new_subject_with_a_relative_clause_after_and_ends_the_series(ex):
    """'Lawyers warned that A, and a former prisoner, who asked me not to use her name, said that B': the
    prisoner says B; "and" with a subject of its own is no series of one speaker's verbs."""
    t = ("Lawyers warned that the swap was a mistake, and a former prisoner, who asked me not to use her name, "
         "said that Iran would fill the cells.")
    assert statements(ex, t) == [("Lawyers", "indirect", "the swap was a mistake"),
                                 ("former prisoner", "indirect", "Iran would fill the cells")]


def test_according_to_after_a_conjunction_reports_the_clause_after_it(ex):
    """'No figure was given, but according to IRNA, “millions” took part': IRNA's words are after the
    source, not the author's clause before "but"; '... and, according to a readout, said that B' leaves
    B to "said"; '..., according to the monitor.' still reports the clause before."""
    t = ("No official figure was given for the crowd, but according to IRNA, the official news agency, “millions” "
         "took part. The Bell 212 was built in the United States and, according to Iranian aviation sources, "
         "entered Iranian service before 1979. Foreign Minister Ayman Safadi expressed his condolences and, according "
         "to a ministry readout, said Jordan would not become a postbox. Meanwhile, forces killed 14 men, according "
         "to the monitor.")
    assert [(s[0], s[2]) for s in statements(ex, t)] == [
        ("IRNA", "“millions” took part"),
        ("Iranian aviation sources", "entered Iranian service before 1979"),
        ("Ayman Safadi", "Jordan would not become a postbox"),
        ("monitor", "forces killed 14 men")]


def test_what_a_described_outlet_called_and_a_paper_that_printed_a_headline(ex):
    """'found what Turkey's Anadolu agency called “a heat source”': the agency's words, as with a bare
    name; 'Javan printed “...” over a photograph': a headline; 'Pezeshkian himself, speaking at ...,
    said': the aside after "himself" is skipped."""
    t = ("A Turkish drone found what Turkey’s Anadolu agency called “a heat source” on a wooded slope. "
         "Javan printed “The path of the martyr continues” over a photograph of Raisi. "
         "Pezeshkian himself, speaking at the mausoleum of Ayatollah Khomeini on Saturday, said he would govern "
         "for everyone.")
    assert [(s[0], s[1], s[2]) for s in statements(ex, t)] == [
        ("Turkey’s Anadolu agency", "direct", "a heat source"),
        ("Javan", "headline", "The path of the martyr continues"),
        ("Masoud Pezeshkian", "indirect", "he would govern for everyone")]


def test_a_city_before_a_private_persons_noun_is_no_government(ex):
    """'A Tehran shopkeeper', 'a Baghdad analyst', 'A Tehran pollster, who asked me not to name his firm,':
    people of the city (other), not its government, and not the firm in the relative clause; 'a Tehran
    official' and 'Iraqi government sources' stay official; 'the president-elect' is an office."""
    t = ("A Tehran pollster, who asked me not to name his firm, told me that the people were angry. A Baghdad "
         "analyst said the vote was rigged. A Tehran official said the vote was clean. Iraqi government sources "
         "said the count was slow. On Wednesday, the president-elect said Iran would stand by Syria.")
    assert roles(ex, t) == [("Tehran pollster", "other"), ("Baghdad analyst", "other"), ("Tehran official", "official"),
                            ("Iraqi government sources", "official"), ("president-elect", "official")]


def test_described_bodies_and_places_between_a_subject_and_its_verb(ex):
    """'A shopkeeper across the street told ISNA, a semi-official agency, that': where he stood; 'An
    association of lorry owners in Iran's East Azerbaijan province said': the association; 'The
    chairwoman of the Meghri orchard growers’ cooperative, whose members ..., said': a body with two
    modifiers; 'Iran's English-language state channel' is no "state" verb; 'expressed concern for'."""
    t = ("A shopkeeper across the street told ISNA, a semi-official agency, that he had heard shots. "
         "An association of lorry owners in Iran's East Azerbaijan province said the road would save a day. "
         "The chairwoman of the Meghri orchard growers’ cooperative, whose members sell figs, said buyers had paid. "
         "Press TV, Iran's English-language state channel, described the talk as “a fantasy.” "
         "Nasser Kanaani expressed concern for “the safety of the residents.”")
    assert [(s[0], s[2]) for s in statements(ex, t)] == [
        ("shopkeeper", "he had heard shots"), ("association", "the road would save a day"),
        ("chairwoman of the Meghri", "buyers had paid"), ("Press TV", "the talk as “a fantasy.”"),
        ("Nasser Kanaani", "the safety of the residents.")]
    t = ("The family says a committee of the Popular Mobilisation Commission told them that he did not qualify. "
         "A group of progressive Democrats in the House wrote that he needed the approval of Congress.")
    assert [s[0] for s in statements(ex, t)] == ["family", "committee of the Popular Mobilisation Commission",
                                                 "Democrats in the House"]


def test_a_person_described_by_an_agent_noun_and_a_timelines_envoys(ex):
    """'gave a page to Dr. NAME, a hydrologist who ...': a person (an agent noun the lists lack), whom
    a later "she" is; a timeline's present tense with a chargé d'affaires or a consul general, and a
    paper that 'headlines its front page “...”'."""
    t = ("Ham-Mihan gave half a page to Dr. Mahgol Shahbod-Saravani, a hydrologist who taught at Zabol. "
         "She warned that the lake was dying.\n\n"
         "5 June. The Taliban's chargé d'affaires in Tehran tells ISNA that the Emirate respects Iran's share.\n\n"
         "8 June. The hardline daily Vatan-e Emrooz headlines its front page “Patience has an expiry date” over a "
         "photograph.\n\nIran’s consul general in Kapan said the consulate now issued visas in two days.")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert got == [("Mahgol Shahbod-Saravani", "other", "the lake was dying"),
                   ("Taliban's chargé d'affaires in Tehran", "official", "the Emirate respects Iran's share"),
                   ("Vatan-e Emrooz", "outlet", "Patience has an expiry date"),
                   ("Iran’s consul general in Kapan", "official", "the consulate now issued visas in two days")]


def test_a_crowds_chant_after_as_and_pronouns_past_a_quantifier_or_a_whose_clause(ex):
    """'as the crowd chanted “...”': the words chanted (not "as the rebels call them"); 'Every bottle ...,
    she wrote,': "Every" is no one a later "she" could be; 'NAME, whose movement has a large following,
    has tried ...': a person with a movement, whom "he" then is."""
    t = ("Young men tore down the flag as the crowd chanted “Iran, out, out!” By dawn the villa was a shell. "
         "The columnist Golriz Ghoreishi-Tabar went further. Every bottle of petrol thrown in Najaf, she wrote, "
         "“was bought with dollars,” and she called on Baghdad to “arrest the directors.” "
         "Nasrallah spoke on Friday. Muqtada al-Sadr, whose movement has a large following in both cities, has "
         "tried to have it both ways. In a statement, he condemned attacks on “the homes of guests.”")
    assert [s[0] for s in statements(ex, t)] == ["crowd", "Golriz Ghoreishi-Tabar", "Golriz Ghoreishi-Tabar",
                                                 "Muqtada al-Sadr"]


def test_he_after_a_person_described_as_a_paramedic_but_not_after_a_place_described_by_an_incident(ex):
    """'found NAME, a paramedic from Abadan, ...': a person (every 'other' descriptor but the impersonal
    ones names people), whom a later "he" is; 'stopped at Camp Yasin, a scene of the 2019 incident': a
    place ("incident" is no agent noun), so "he" is still the governor."""
    t = ("The provincial governor, Ali Karimi, toured the burnt market on Sunday. His convoy then stopped at "
         "Camp Yasin, a scene of the 2019 incident. He said the road would reopen within a week.\n\n"
         "Reporters later found Reza Tavakoli, a paramedic from Abadan, at the depot. He said the fire had been "
         "set deliberately.")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert got == [("Ali Karimi", "official", "the road would reopen within a week"),
                   ("Reza Tavakoli", "other", "the fire had been set deliberately")]


def test_an_attribution_after_a_fronted_time_phrase_and_a_person_described_by_age(ex):
    """'The day after the meeting, the officials said, the use of ... rose': the words after the
    attribution are said too (not the time phrase alone); 'DATELINE - For nine years NAME has carried
    ..., sending ...' makes NAME the subject (past the dateline and a duration without its comma), whom
    'Since ..., the 29-year-old said, ...' then names by age."""
    t = ("Iranian officials met their Afghan counterparts in Kabul on Monday. The day after the meeting, the "
         "officials said, the use of the border crossing rose sharply.\n\n"
         "MASHHAD, Iran/ISLAM QALA, Afghanistan (Vantrell) - For nine years Reza Golzar-Amani has laid tiles on "
         "building sites in Mashhad, Iran's second city, sending most of what he earns to Herat. Since a shooting "
         "on the border on May 27, the 31-year-old said, his foreman has told him to stay at home.")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Iranian officials", "The day after the meeting, the officials said, the use of the border "
                                         "crossing rose sharply"),
                   ("Reza Golzar-Amani", "Since a shooting on the border on May 27, the 31-year-old said, his foreman "
                                         "has told him to stay at home")]


def test_a_quotation_opening_the_sentence_before_what_he_called_and_a_person_among_them(ex):
    """'“...,” he said, mocking what he called “...”': the verbs find the later quotation only, but the one
    the sentence opens with is still his; 'Among them was NAME, 61, a retired ...': NAME, with his age
    between, is whom a later "He" is (not the mourners of the sentence before)."""
    t = ("Brigadier General Reza Naqdi spoke at the rally in Bushehr. “We will answer in our own time,” he said, "
         "mocking what he called “the paper tigers of the Gulf.”\n\n"
         "Mourners lined the road as the coffins passed. Among them was Karim Sa'adi-Far, 61, a retired "
         "fisherman whose grandson was killed. He said the boy had wanted “to see the sea from a warship.”")
    got = reported(ex, t, "speaker", "kind", "text", segments=segment(t))
    assert ("Reza Naqdi", "direct", "We will answer in our own time") in got
    assert ("Karim Sa'adi-Far", "partial", "the boy had wanted “to see the sea from a warship.”") in got
    assert not any(s == "Mourners" for s, _, _ in got)


def test_a_possessive_office_holder_before_a_participle_and_a_named_subject_after_a_conjunction(ex):
    """'The city’s deputy mayor for transport rejected that account, saying ...': the office-holder speaks
    (the lower-case owner, then the whole head); '..., and Al-Alam, the state broadcaster’s Arabic-language
    channel, reported that ...': a clause with a subject of its own, which ends the one before (its
    quotation's closing mark kept)."""
    t = ("The city’s deputy mayor for transport rejected that account, saying the buses had run “on time and "
         "full.”\n\n"
         "The daily Javan called the raid “a lesson for the aggressors,” and Al-Alam, the state broadcaster’s "
         "Arabic-language channel, reported that the drones had “found every target.”")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("city’s deputy mayor", "the buses had run “on time and full.”"),
                   ("Javan", "the raid “a lesson for the aggressors,”"),
                   ("Al-Alam", "the drones had “found every target.”")]


def test_a_body_named_for_a_service_and_a_participle_after_a_reported_clause(ex):
    """'A spokesman for the Foreign Intelligence Service': a body whose head noun is "Service", no man
    called "Intelligence Service"; 'He confirmed that A, saying B': B is his second statement, not part
    of what the engineers did."""
    t = ('A spokesman for the Foreign Intelligence Service said the report was "a fabrication."\n\n'
         "Colonel Hamid Sarrafi, who runs the base, spoke on Monday. He confirmed that the engineers had "
         "repaired the runway, saying the airport would reopen “within days.”")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("spokesman for the Foreign Intelligence Service", 'the report was "a fabrication."'),
                   ("Hamid Sarrafi", "the engineers had repaired the runway"),
                   ("Hamid Sarrafi", "the airport would reopen “within days.”")]


def test_dated_documents_a_participle_apposition_after_a_date_and_the_same_statement(ex):
    """'On 3 March NAME, speaking for the ministry ..., said': NAME after the date (the participle's
    apposition is no end of an opener); 'The navy’s statement of 4 May said': the navy, an official body
    (a British date after "of"); 'The same statement warned that any American reply would ...': the
    statement of whoever issued it, and "reply" after "any" is a noun, nobody's verb."""
    t = ("On 3 March Nasser Kanaani, speaking for the foreign ministry at his weekly briefing, said the "
         "claims were “recycled fiction.”\n\n"
         "The navy’s statement of 4 May said the frigate had been “shadowed at every mile.”\n\n"
         "In a statement on Monday the Revolutionary Guards said the drills would go on. The same statement "
         "warned that any American reply would bring “a long regret.”")
    got = reported(ex, t, "speaker", "speaker_role", "text", segments=segment(t))
    assert got == [("Nasser Kanaani", "official", "the claims were “recycled fiction.”"),
                   ("navy", "official", "the frigate had been “shadowed at every mile.”"),
                   ("Islamic Revolutionary Guard Corps (IRGC)", "official", "the drills would go on"),
                   ("Islamic Revolutionary Guard Corps (IRGC)", "official",
                    "any American reply would bring “a long regret.”")]


def test_a_source_tag_ends_the_sentence_and_a_quoted_heading_reports_no_one(ex):
    """'“...” [IRNA, Persian] A US official ... said': the bracketed source tag closes the sentence before
    (and is no part of its words), so the official is the next sentence's subject; a line that is only a
    short quotation without a sentence's end is a section heading: no statement, and no speaker going on."""
    t = ("Amir Ali Hajizadeh said the new missile had been used “for the first time in anger.” [IRNA, Persian] "
         "A US official, speaking on condition of anonymity, dismissed the claim as “theatre.”\n\n"
         "“Days, not weeks”\n\n"
         "Repairs at the base began on Sunday, and the runway was open by Thursday.")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Amir Ali Hajizadeh", "the new missile had been used “for the first time in anger.”"),
                   ("US official", "the claim as “theatre.”")]
    one_line = "Talks end\n\nAli Larijani said the talks were “over.” [IRNA]\n“Days, not weeks”\nRepairs began on Sunday."
    assert reported(ex, one_line, "speaker", "text", segments=segment(one_line)) == [
        ("Ali Larijani", "the talks were “over.”")]


def test_an_infinitive_cue_after_going_on_television_but_not_after_an_intention(ex):
    """'NAME, who commands X, went on state television the next morning to claim that ...': NAME claims
    (past the relative clause); 'wants to say that', 'plans to announce that': an intention, no words."""
    t = ("Brigadier General Ali Hajizadeh-Nouri, who commands the air defence base, went on state television "
         "the next morning to claim that every drone had been shot down.\n\n"
         "Tehran wants to say that the talks failed. The minister plans to announce that the border is open.")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Ali Hajizadeh-Nouri", "every drone had been shot down")]


def test_a_described_officer_of_rank_is_a_person_a_later_he_is(ex):
    """'The naval lieutenant who commanded the boarding party said ...': a lieutenant (as a captain, a
    major or a sergeant) is a person, so the '“...,” he said' after it is his."""
    t = ("The naval lieutenant who had commanded the boarding party said the group had been “well inside "
         "Iraqi waters” when the boats surrounded them.\n\n"
         "“We were never in Iranian waters. Not for one minute,” he said.")
    got = reported(ex, t, "speaker", "kind", segments=segment(t))
    assert got == [("naval lieutenant", "partial"), ("naval lieutenant", "direct")]


def test_a_name_with_particles_a_request_in_quotation_marks_and_according_to_after_and(ex):
    """'Bahrain’s top diplomat, Sheikh Khalid bin Ahmed bin Mohammed Al Khalifa, accused': the name set off
    after the description, particles and all; 'NAME wrote to A at B, and, according to IRNA, called X
    “...”': the sentence's subject calls it (the agency only relays); 'He asked both men to “halt ...”': a
    request whose words open with a quotation mark."""
    t = ("Bahrain’s top diplomat, Sheikh Khalid bin Ahmed bin Mohammed Al Khalifa, accused Iran of “treating "
         "Bahrain as a province.”\n\n"
         "Foreign Minister Ali Akbar Salehi wrote to Ban Ki-moon at the United Nations, and, according to IRNA, "
         "called the deployment “an occupation dressed up as help.” He asked both men to “halt the killing.”")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Khalid bin Ahmed Al Khalifa", "Iran of “treating Bahrain as a province.”"),
                   ("Ali Akbar Salehi", "the deployment “an occupation dressed up as help.”"),
                   ("Ali Akbar Salehi", "both men to “halt the killing.”")]


def test_a_subordinate_clauses_words_end_at_the_main_subject_and_brushed_aside_as(ex):
    """'When Iran announced that A, the three governments urged ...': A ends where the main clause's subject
    starts; 'brushed aside the statement as “...”' is a dismissal with its words (not 'brushed aside the
    sanctions and kept enriching')."""
    t = ('When Iran announced on 1 July that it had exceeded the limit, the three governments urged Iran to '
         '"undo this breach at once."\n\n'
         'Abbas Mousavi, the foreign ministry spokesman, brushed aside the cabinet\'s statement as "a script '
         'written in Washington." Iran brushed aside the sanctions and kept enriching.')
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Iran", "it had exceeded the limit"),
                   ("three governments", 'Iran to "undo this breach at once."'),
                   ("Abbas Mousavi", 'the cabinet\'s statement as "a script written in Washington."')]


def test_a_characterisation_with_as_a_time_adverb_before_that_and_a_night_when_they_believed(ex):
    """'presented the pardon as an act of generosity': a characterisation with its "as" (not 'Hezbollah has
    cast itself as the provider', the author's); 'has insisted ever since that': the time between the verb
    and "that"; 'said there had been a night when they believed ...': "when" after "a night" is part of
    the words, and the belief inside them no statement of its own."""
    t = ("President Ahmadinejad presented the pardon as an act of generosity. Hezbollah has presented itself as "
         "the provider that the state failed to be.\n\n"
         "Tehran has insisted ever since that the five are diplomats.\n\n"
         "The marine captain said there had been a night when they believed they were about to be shot.")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("Mahmoud Ahmadinejad", "the pardon as an act of generosity"),
                   ("Iranian government", "the five are diplomats"),
                   ("marine captain", "there had been a night when they believed they were about to be shot")]


def test_people_counted_after_a_day_a_monitor_named_after_its_description_and_asides(ex):
    """'On Sunday several hundred students gathered ... and chanted that': the students (not "On Sunday");
    'A war monitor, the Syrian Observatory for Human Rights, counted the dead and said that': the body the
    registry knows, named after its description; 'As usual, ...' is an opener, no one a later "she" could
    be; 'a letter that, according to the channel, she had written': an aside inside a relative clause,
    no statement of the channel's."""
    t = ("On Sunday several hundred students gathered outside the embassy and chanted that the sailors should "
         "be “tried as spies.”\n\n"
         "A war monitor, the Syrian Observatory for Human Rights, counted the dead and said that at least 21 "
         "fighters had been killed.\n\n"
         "As usual, all translations are mine. In a letter that, according to the channel, she had written to "
         "her family, she said she had been treated well.")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [("students", "the sailors should be “tried as spies.”"),
                   ("Syrian Observatory for Human Rights", "at least 21 fighters had been killed")]


def test_attributions_with_a_dated_aside_and_a_clause_that_ends_in_a_quotation(ex):
    """'“...,” NAME told a gathering in Ankara on Nov. 3, adding that B': the attribution (with its date's
    abbreviation) and B, his second statement; 'The Hashd, he told a news conference on Nov. 8, was “...”':
    a reporting clause set in commas, a date inside; 'The group would treat them as “an occupying force,”
    he said': a clause whose last words are quoted; but '...: “The Tower has fallen,” it wrote over a
    picture': the quotation is what it wrote."""
    t = ("“Tal Afar is not Fallujah,” President Recep Tayyip Erdogan told a gathering of village headmen in Ankara "
         "on Nov. 3, adding that Turkey would not leave “our Turkmen brothers at the mercy of militias that take "
         "their orders from Tehran.”\n\n"
         "Prime Minister Haider al-Abadi brushed the warnings aside. The Hashd, he told a news conference on "
         "Nov. 8, was “an Iraqi force under Iraqi command.”\n\n"
         "A spokesman for Kataib Hezbollah was blunter. The group would treat the Turkish troops at Bashiqa as "
         "“an occupying force,” he said.\n\n"
         "Sada al-Jabha, one of the channels I read every day, was celebrating: “The Tower has fallen,” it wrote "
         "over a picture of smoke that I am fairly sure was taken somewhere else.")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got == [
        ("Recep Tayyip Erdogan", "Tal Afar is not Fallujah"),
        ("Recep Tayyip Erdogan", "Turkey would not leave “our Turkmen brothers at the mercy of militias that take "
                                 "their orders from Tehran.”"),
        ("Haider al-Abadi", "The Hashd, he told a news conference on Nov. 8, was “an Iraqi force under Iraqi "
                            "command.”"),
        ("spokesman for Kataib Hezbollah", "The group would treat the Turkish troops at Bashiqa as “an occupying "
                                           "force,”"),
        ("Sada al-Jabha", "The Tower has fallen")]


def test_a_document_from_an_owner(ex):
    """'A notice from the IRGC's public relations department said': the document speaks for the owner it
    comes from (not a "department" on its own)."""
    t = "A notice from the IRGC's public relations department said that the seven had been “martyred” at the base."
    assert reported(ex, t, "speaker", "speaker_role") == [("Islamic Revolutionary Guard Corps (IRGC)", "official")]


def test_a_quotation_then_and_a_new_subject_with_its_own_reporting_verb(ex):
    """'called the account “a tissue of lies,” and the joint command of Iran’s allies in Syria had described
    ...': the ministry's words end with the quotation (a subject of eight words, then "had" and a reporting
    verb); but '..., and the answer for Haniyeh was for Iran to decide' goes on (after "the", "answer" is a
    noun, and "was" comes first)."""
    t = ("On Feb. 10 the foreign ministry had called the Israeli account of the drone “a tissue of lies,” and the "
         "joint command of Iran’s allies in Syria had described the aircraft as a surveillance drone.\n\n"
         "Hassan Nasrallah spoke on Friday. The Lebanese, he said, could “go back to their coffee and their work,” "
         "and the answer for Haniyeh was for Iran to decide.")
    got = reported(ex, t, "speaker", "text", segments=segment(t))
    assert got[0] == ("foreign ministry", "the Israeli account of the drone “a tissue of lies,”")
    assert got[-1] == ("Hassan Nasrallah", "The Lebanese, he said, could “go back to their coffee and their work,” "
                                           "and the answer for Haniyeh was for Iran to decide")


def test_a_person_identified_by_initials_only(ex):
    """'A former fighter from Tafas ..., identified as R.B., told us: “...”': the initials a monitoring report
    keeps people anonymous by are the speaker's name (not "R"), and a later "He added" is the same man."""
    t = ("A former fighter from Tafas who has since joined the army, identified as R.B., told us: “It is the same "
         "war with a different flag on my shoulder.” He added that the officers who trained his group “pray "
         "differently from us.”")
    assert reported(ex, t, "speaker") == ["R.B.", "R.B."]
    # ("identified here as A.K., who put his name on a list, told us that": the "as" of a name given, no naming)
    t = ("A former rebel commander in Nawa, identified here as A.K., who put his name on a list in July, told us that "
         "a unit of 40 men had taken over a school.")
    assert reported(ex, t, "speaker", "text") == [("A.K.", "a unit of 40 men had taken over a school")]


def test_a_person_described_once_keeps_the_role_where_a_later_mention_gives_none(ex):
    # The title before the name gives the role; "“...,” Darvishi said" later describes no one.
    text = ("Iran's ambassador Kamal Darvishi said the council's silence had “handed Israel a permission slip.”\n\n"
            "“We did not start this,” Darvishi said.\n\n"
            "Farid Nouri, a taxi driver in Tabriz, said prices had “doubled in a week.”\n\n"
            "“Nobody can pay,” Nouri said.")
    assert reported(ex, text, "speaker", "speaker_role") == [
        ("Kamal Darvishi", "official"), ("Kamal Darvishi", "official"), ("Farid Nouri", "other"),
        ("Farid Nouri", "other")]
    # A name the text never describes stays a private person's.
    assert reported(ex, "“It is over,” Sami Haddad said.", "speaker_role") == ["other"]


def test_roles_from_speaking_for_and_heading_a_body(ex):
    text = ("Colin Mabry, speaking for the State Department in Washington, said the trial had been “a sham.”\n\n"
            "Youssef Karam, who heads the group's bloc in parliament, said the overflights were “a violation.”\n\n"
            "Tarek Nassif, who chairs the Beirut Centre for Regional Studies, said the war was “inevitable.”\n\n"
            "Nabil Aoun, who commanded an artillery battalion in the 1990s, said the army had “lost its nerve.”\n\n"
            "Qari Zaheer Awan, who heads a council of seminaries, said Pakistan should “stay out.”\n\n"
            "Fouad Haddad, who heads an association of fuel distributors, said diesel was “too cheap.”\n\n"
            "A former commander of a rebel brigade in Nawa, identified here as A.K., told us that a unit had "
            "taken over the school.")
    assert reported(ex, text, "speaker", "speaker_role") == [
        ("Colin Mabry", "official"), ("Youssef Karam", "official"), ("Tarek Nassif", "organization"),
        ("Nabil Aoun", "other"), ("Qari Zaheer Awan", "other"), ("Fouad Haddad", "organization"),
        ("A.K.", "other")]


def test_relative_clauses_possessive_owners_and_participles_after_a_subject(ex):
    # A heading above is no part of the name a relative clause follows, and the clause's words end at the
    # main verb after its comma ("did not attend").
    text = ("KARIMI DEFIANT\n\nKarimi, 67, who says he won the vote, did not attend the prayers.\n\n"
            "Nader Sohrabi was angry.\n\n"
            # "in which he said": the person whose possessive opens the sentence, not the man named before
            "Karimi’s website, Kalameh, published a statement in which he said he would keep “every road open.”\n\n"
            # a column "was by" its writer, whom "She" then names
            "The most quoted column of the week was by Jaleh Farrokhi in Etemad. She wrote that the vote "
            "had been “escorted, not counted.”\n\n"
            # a participle and its place after the subject's head, with or without a relative clause after it
            "A student arrested in Tabriz told us the guards were “cruel.”\n\n"
            "A teacher detained in Shiraz, who said he was beaten, told us the cells were “full.”")
    assert reported(ex, text, "speaker", "speaker_role", "text") == [
        ("Karimi", "other", "he won the vote"),
        ("Karimi", "other", "he would keep “every road open.”"),
        ("Jaleh Farrokhi", "outlet", "the vote had been “escorted, not counted.”"),
        ("student", "other", "the guards were “cruel.”"),
        ("teacher", "other", "he was beaten"),
        ("teacher", "other", "the cells were “full.”")]


def test_owners_of_dated_pieces_posted_statements_courts_and_tails_that_report_a_whole_clause(ex):
    text = ("The conservative daily Resalat struck a different note. Its Nov. 8 editorial said the attack was "
            "“a gift to our enemies.”\n\n"
            "Kata'ib Hezbollah rejected the ruling. A statement posted on its channels on 27 December said the "
            "decision had been “written under pressure.”\n\n"
            "Fatah filed a challenge with the Federal Supreme Court. On 27 December the court rejected it. In a "
            "ruling read out on state television by the court's president, it said the complaint had “no basis.”\n\n"
            "Al-Sabah, the state-owned daily, gave its front page to one picture. Inside, an unsigned editorial "
            "argued that “the state that counted the votes will also count the drones.”\n\n"
            "Qaani met faction leaders in Baghdad on Monday and urged them to avoid escalation, two Iraqi security "
            "officials and a source close to the factions told the agency.\n\n"
            "Baghaei told reporters that the charge was “absurd,” Reuters reported.\n\n"
            "Defence Minister Benny Gantz urged Washington to treat the attack as “a test,” his office said.")
    assert reported(ex, text, "speaker", "speaker_role") == [
        ("Resalat", "outlet"), ("Kataib Hezbollah", "organization"), ("court", "official"),
        ("Al-Sabah", "outlet"), ("two Iraqi security officials and a source", "official"),
        ("Esmaeil Baghaei", "official"), ("Benny Gantz", "official")]


def test_what_a_speaker_called_something_in_quotation_marks(ex):
    # After a verb that reports no speech, "what it called “...”" is the speaker's characterisation; after
    # one that does, it stays inside that statement; a name in quotation marks, or a quotation the noun phrase
    # goes on after, is none.
    text = ("Iran’s foreign ministry summoned Britain’s ambassador on Monday over what it called “a coordinated "
            "smear.”\n\n"
            "On 19 September Azerbaijan began what its Defence Ministry called \"measures to disarm illegal armed "
            "formations\" in Karabakh.\n\n"
            "The minister condemned what he called “a cowardly act of terror.”\n\n"
            "The Guards launched what they call “Operation True Promise” on Saturday.\n\n"
            "Baghaei rejected what he called “Western claims” that Iran was arming the group.\n\n"
            "Defence Minister Benny Gantz, briefing ambassadors from Security Council member states on Wednesday, "
            "said: “Our patience has a limit.”")
    assert reported(ex, text, "speaker", "kind", "text") == [
        ("Iran’s foreign ministry", "direct", "a coordinated smear."),
        ("Defence Ministry", "direct", "measures to disarm illegal armed formations"),
        ("minister", "partial", "what he called “a cowardly act of terror.”"),
        ("Esmaeil Baghaei", "partial", "“Western claims” that Iran was arming the group"),
        ("Benny Gantz", "direct", "Our patience has a limit.")]


def test_the_leader_and_a_leader_with_another_name_before_it(ex):
    # "The Leader" (capitalised, after Khamenei is named) is Khamenei, whom the registry calls the leader;
    # "The Hezbollah leader" is no one named before unless the text ties him to Hezbollah.
    text = ("The week belonged to Ayatollah Khamenei. The Leader said the bombing was “a crime.”\n\n"
            "Hassan Nasrallah spoke on Friday. The Hezbollah leader said the war was “lost.”")
    assert reported(ex, text, "speaker") == ["Ali Khamenei", "Hezbollah leader"]


def test_senators_named_after_their_description_and_a_restrictive_relative_clause(ex):
    text = ("The committee's Republican chairman, Senator Bob Corker of Tennessee, opened by telling Kerry that the "
            "deal had “ended up leasing” the programme. The ranking Democrat, Senator Ben Cardin of Maryland, said "
            "he had not yet made up his mind.\n\n"
            # "who wrote the open letter" writes no proposition, and ends before the main clause's verb
            "Senator Tom Cotton, the Arkansas Republican who wrote the open letter to Iran’s leaders in March, posted "
            "a clip of the chants with a single line: “Take him at his word.”")
    assert reported(ex, text, "speaker", "speaker_role", "kind") == [
        ("Bob Corker", "official", "partial"), ("Ben Cardin", "official", "indirect"),
        ("Tom Cotton", "official", "direct")]


def test_party_leaders_and_names_introduced_by_as(ex):
    # Whoever heads a party, or owns one in a whose-clause, holds a party office (official); the words that only
    # introduce a name ("named in a complaint unsealed in federal court as NAME") give it no office.
    text = ("Samir Geagea, who heads the Lebanese Forces party, said Hezbollah was “wrong.”\n\n"
            "Michel Aoun, whose Free Patriotic Movement is Hezbollah’s main Christian ally, said the fighters were "
            "“protecting villages.”\n\n"
            "Abu Rateb, who heads the rebel military council in the town, said it would “hold.”\n\n"
            "The two were named in a complaint unsealed in federal court in Manhattan as Mansur Arbani, 56, and "
            "Gholam Shakiri. “If others go with him, that is their bad luck,” Arbani said.")
    assert reported(ex, text, "speaker", "speaker_role") == [
        ("Samir Geagea", "official"), ("Michel Aoun", "official"), ("Abu Rateb", "organization"),
        ("Arbani", "other")]


def test_former_office_holders_of_the_islamic_republic_are_officials(ex):
    text = ("Mir Hossein Mousavi said the vote had been “stolen.” “We will not retreat,” Mousavi said.\n\n"
            "Mehdi Karroubi wrote that detainees had been “abused.”\n\n"
            "Foreign ministry spokesman Abbas Mousavi said the claims were “baseless.”")
    assert reported(ex, text, "speaker", "speaker_role") == [
        ("Mir Hossein Mousavi", "official"), ("Mir Hossein Mousavi", "official"), ("Mehdi Karroubi", "official"),
        ("Abbas Mousavi", "official")]


def test_a_named_analyst_of_a_centre_and_the_ministry_of_the_state_just_spoken_of(ex):
    text = ("A Kuwaiti analyst, Dr Hamad al-Enezi of the Gulf Centre for Strategic Readings, said on Al Arabiya that "
            "Riyadh's real fear was “an Iran that is richer.”\n\n"
            "Bahrain was the most openly suspicious. In a statement published by the Bahrain News Agency, the foreign "
            "ministry said Iran had “never stopped exporting its revolution” to the island.")
    assert reported(ex, text, "speaker", "speaker_role") == [
        ("Hamad al-Enezi", "other"), ("Bahrain's foreign ministry", "official")]
