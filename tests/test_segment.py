"""Page segmentation: body, comments (every widget layout), bylines, captions, bios and furniture."""
import pytest

from narrative.segment import segment_rows


def kinds(text):
    return [(k, a, text[s:e]) for k, s, e, a in segment_rows(text)]


def test_article_furniture_is_kept_apart_from_the_body():
    page = ("• Home\n\nGuard losses mount near Hama\n\n"
            "Fighters rest near Hama. (Image from Tasnim)\n\nBy Jane Roe & Omar Said | May 2, 2016\n\n"
            "The Guard announced on Monday that four advisers were killed in the fighting near Hama.\n\n"
            "Fighters rest near Hama on Sunday afternoon after the assault.\n\n"
            "Officials in Tehran have not said how many units rotated home this spring.\n\n"
            "Fighters rest near Hama on Sunday afternoon after the assault.\n\n"
            "Jane Roe is a research analyst at the Example Institute. Follow her on Twitter @janeroe\n\n"
            "Tags: , , ,\n\nShare this:\n\nTwitter\n")
    got = kinds(page)
    assert ("byline", "Jane Roe; Omar Said", "By Jane Roe & Omar Said | May 2, 2016") in got
    assert ("title", "", "Guard losses mount near Hama") in got
    assert [t for k, a, t in got if k == "body"] == [
        "The Guard announced on Monday that four advisers were killed in the fighting near Hama.",
        "Officials in Tehran have not said how many units rotated home this spring."]
    assert ("caption", "", "Fighters rest near Hama. (Image from Tasnim)") in got
    assert sum(1 for k, a, t in got if k == "caption") == 3  # the marked caption and the repeated one, twice
    assert not any(k == "body" and "research analyst" in t for k, a, t in got)


COMMENT_LAYOUTS = {
    "wordpress comments with dates and reply links": (
        ("Title\n\nKayhan reported that the front was calm and quiet for now in the north.\n\n"
         "  • Reza K. says:\n    March 5, 2016 at 3:14 pm\n\n    The martyrs are heroes.\n\n"
         "    They will not be forgotten.\n\n    Reply\n"
         "  • Anna says:\n    March 6, 2016 at 9:02 am\n\n    Propaganda again.\n\nLeave a Reply\n"),
        [("Reza K.", "The martyrs are heroes.\n\n    They will not be forgotten."),
         ("Anna", "Propaganda again.")]),
    "disqus comments": (
        ("Title\n\nTasnim reported that two drones were downed over the town on Sunday.\n\n"
         "Sam Jones • 3 years ago\nNobody believes these numbers.\n\nAli • a year ago\nThey will retake it.\n"),
        [("Sam Jones", "Nobody believes these numbers."), ("Ali", "They will retake it.")]),
    "wordpress comments with the name and date on two lines": (
        ("Guard commander killed near Aleppo\n\nA senior commander was killed near Aleppo on Sunday, "
         "the agency said.\n\n3 Comments\n\nMark Adkins\nMay 12, 2016 at 3:45 pm\n\n"
         "Why do they keep sending generals to the front?\n\nReply\n\nSara K.\n13 May 2016 at 09:02\n\n"
         "Because the militias cannot hold the line.\n\nReply ↓\n\nLeave a Reply\n\nName *\n"),
        [("Mark Adkins", "Why do they keep sending generals to the front?"),
         ("Sara K.", "Because the militias cannot hold the line.")]),
    "comment headers with the date on the same line": (
        ("Title\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
         "Comments (3)\n\n1. PeterZ - May 14, 2016\n\nThis is propaganda.\n\n"
         "Leila | 2 days ago\nThey will be back.\n\nomid_t on Tuesday, March 3, 2020 at 10:15 PM\n"
         "Nobody believes it.\n\n12 likes\n"),
        [("PeterZ", "This is propaganda."), ("Leila", "They will be back."),
         ("omid_t", "Nobody believes it.")]),
    "blogger comments said with an ellipsis": (
        ("Title\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
         "Anonymous said...\n\nThe talks were doomed from the start.\n\nMarch 3, 2020 at 10:15 PM\n\n"
         "Kaveh said…\n\nAgreed.\n\nMarch 4, 2020 at 8:01 AM\n"),
        [("Anonymous", "The talks were doomed from the start."), ("Kaveh", "Agreed.")]),
    "name and date with a blank line between": (
        ("Title\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
         "2 Comments\n\nMark Adkins\n\nMay 12, 2016 at 3:45 pm\n\nWhy do they keep sending generals?\n\n"
         "Reply\n\nSara K.\n\nMay 13, 2016 at 9:02 am\n\nBecause the militias cannot hold.\n"),
        [("Mark Adkins", "Why do they keep sending generals?"), ("Sara K.", "Because the militias cannot hold.")]),
    "short relative dates and widget rows": (
        ("Title\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
         "Comments\n\nMark Adkins · 3 yr. ago\n\nWhy do they keep sending generals?\n\nLike · Reply · 3y\n\n"
         "Sara K. · May 13, 2016\n\nBecause the militias cannot hold.\n\nLike · Reply\n"),
        [("Mark Adkins", "Why do they keep sending generals?"), ("Sara K.", "Because the militias cannot hold.")]),
    "live-blog thread with votes, indented replies and a footer": (
        ("Live: strikes near Homs\n\nThe agency said two depots were hit near the airport overnight.\n\n"
         "COMMENTS (3)\n\nSort by: Best | Newest\n\nNorthWatcher\n▲ 17 ▼\nAbout time somebody hit those depots.\n"
         "Log in to Reply\n\n    hala_t\n    ▲ 2 ▼\n    Replying to NorthWatcher: and who pays for the broken windows?\n"
         "    Log in to Reply\n\nR. Okafor\n↑ 5\nSame claim as last month.\nLog in to Reply\n\n"
         "About | Contact | Terms | © Example Daily 2022\n"),
        [("NorthWatcher", "About time somebody hit those depots."),
         ("hala_t", "Replying to NorthWatcher: and who pays for the broken windows?"),
         ("R. Okafor", "Same claim as last month.")]),
    "name and date, votes on the same line, a sorted section": (
        ("Title\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
         "Comments (2) · Sorted by newest\n\nOmid_R · 3 hours ago · ▲ 12\nNobody believes the ministry.\n"
         "Reply · Share\n\n    Lea · 2 hours ago · 4 likes\n    They never do.\n    Reply · Share\n"),
        [("Omid_R", "Nobody believes the ministry."), ("Lea", "They never do.")]),
    "persian-calendar dates": (
        ("Title\n\nThe commander said on Sunday that the advisers would stay in Aleppo.\n\n"
         "Comments\n\nMaryam - 1395/02/14 - 09:40\nGod bless the defenders.\nReply\n\n"
         "Ali from Qom - 1395/02/14 - 11:02\nWhere was the air cover?\nReply\n\nPublished: 2\n"),
        [("Maryam", "God bless the defenders."), ("Ali from Qom", "Where was the air cover?")]),
    "blog thread with yearless dates, an author tag and a quoted line": (
        ("Title\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
         "12 Comments\n\nGunner_61\nApr 3\nFair analysis, sir.\nReply (4)\n\n"
         "    Tom Reyes (author)\n    Apr 3\n    Thanks, Gunner.\n    Reply (1)\n\n"
         "    k_saleh\n    Apr 4\n    > Fair analysis\n    Not really.\n    Reply (2)\n"),
        [("Gunner_61", "Fair analysis, sir."), ("Tom Reyes", "Thanks, Gunner."),
         ("k_saleh", "> Fair analysis\n    Not really.")]),
    "video page: handles with relative dates, machine translation and like counts": (
        ("Strike near Baghdad | Orbit News\n\nOrbit News\n2.1M subscribers\n\nThe ministry said on Sunday "
         "that the talks in Astana had failed once more.\n\nComments 1,204\nSort by\n\nAdd a comment...\n\n"
         "Pinned by Orbit News\n@OrbitNews 4 years ago (edited)\nUPDATE: the ministry has denied the report.\n"
         "212\nReply\n38 replies\n\n@user-xy7rz 4 years ago\nHe defeated ISIS when the world did nothing.\n"
         "1.2K\nReply\n12 replies\n\n@mahsa.azadi 3 weeks ago\nTranslated from Persian by Google\n"
         "People were quietly celebrating tonight.\nSee original (Persian)\n2.3K\nReply\n"),
        [("@OrbitNews", "UPDATE: the ministry has denied the report."),
         ("@user-xy7rz", "He defeated ISIS when the world did nothing."),
         ("@mahsa.azadi", "People were quietly celebrating tonight.")]),
    "new reddit: level lines, name over its age, a widget row of words, a bot's summary of the article": (
        ("r/worldnews\nPosted by u/Kestrel_Ana\n6 hr. ago\nTehran says the designation will be answered\n"
         "The foreign ministry said the designation of the Guard was illegal and would be answered.\n"
         "1.2k Comments  Share  Save  Hide  Report\n\nLog in or sign up to leave a comment\n\nSort By: Best\n\n"
         "level 1\nAutoModerator\nMOD\n· 6 hr. ago\nReminder: comments that call for violence will be removed.\n"
         "I am a bot, and this action was performed automatically.\n1\nReply Share Report Save Follow\n\n"
         "level 1\ndigest_bot\n· 6 hr. ago\nSummary of the linked article (reduced by 80%).\n"
         "The ministry said the designation was “illegal”.\n412\n"
         "Reply Share Report Save Follow\n\nlevel 1\ncobalt_fen\n· 6 hr. ago\nSo now both armies are terrorists.\n"
         "9.8k\nReply Share Report Save Follow\n\nlevel 2\nNotFromQom\n· 5 hr. ago\nIt will hurt my aunt, not them.\n"
         "3.1k\nReply Share Report Save Follow\n"),
        [("AutoModerator", "Reminder: comments that call for violence will be removed.\nI am a bot, and this action was "
                           "performed automatically."),
         ("cobalt_fen", "So now both armies are terrorists."), ("NotFromQom", "It will hurt my aunt, not them.")]),
    "a badge line between the name and the date ('Rising fan', 'Valued commenter'); 'Verified' is furniture": (
        ("Strikes near Sanaa\n\nThe coalition said on Monday that it had struck a launch site near Sanaa.\n\n"
         "14 Comments\n\nSort by Newest\n\nNadia Farhat\nRising fan\n3 days ago\n"
         "They said the same thing in 2019.\nVerified\n\nOmar Kassab\nValued commenter\n2 days ago\n"
         "And nothing changed on the ground.\n"),
        [("Nadia Farhat", "They said the same thing in 2019."), ("Omar Kassab", "And nothing changed on the ground.")]),
    "a daily's comments: 'NAME | City' over the date, a 'Recommend 45' counter": (
        ("Pakistan condemns strikes\n\nISLAMABAD: The Foreign Office on Friday said Pakistan stands with Iran.\n\n"
         "Comments (2)\n\nTariq Mehmood\nJun 14, 2025 10:22am\nPakistan must stay away from this fire.\n"
         "Recommend 45\n\nZubair Ahmed | Karachi\nJun 14, 2025 12:40pm\nBrotherly country, we stand with you.\n"
         "Recommend 8\n"),
        [("Tariq Mehmood", "Pakistan must stay away from this fire."),
         ("Zubair Ahmed", "Brotherly country, we stand with you.")]),
    "'NAME | City | date' headers under 'Comments (2) Closed', 'Like 47' counters": (
        ("Gulf backs the plan\n\nThe cabinet said on Tuesday that the army would present its plan.\n\n"
         "Comments (2) Closed\n\nFahad Rasheed | Karachi | Jun 14, 2025 08:12am\nWell done FO.\nRecommend 74\n\n"
         "Khaleeji_Observer | 2 hours ago\nIran will fight this decision.\nLike 63\n\nComments are closed.\n"),
        [("Fahad Rasheed", "Well done FO."), ("Khaleeji_Observer", "Iran will fight this decision.")]),
    "'NAME   07-01-2024 12:10' (a wide gap before the date) and 'Reply   23 likes'": (
        ("Drone hits village\n\nThe ministry said on Sunday that a drone had struck a farm near Erbil.\n\nComments\n\n"
         "Aso Hawleri   07-01-2024 12:10\nEvery month the same story.\nReply   23 likes\n\n"
         "Shirin K.   07-01-2024 13:05\nTell that to the farmers.\nReply   31 likes\n\nLoad more comments\n\n"
         "© 2024 Nishtiman24 Media Network. All rights reserved.   About us   Contact\n"),
        [("Aso Hawleri", "Every month the same story."), ("Shirin K.", "Tell that to the farmers.")]),
    "talkbacks: 'Talkbacks (2)', the name over the date, 'Thumbs up 21 | Thumbs down 6'": (
        ("Berri: no talk of weapons\n\nThe Speaker told his visitors on Monday that the plan covered the south "
         "only.\n\nTalkbacks (2)\n\nLebanonFirst\n22 September 2025, 10:41\nBerri is playing the good cop again.\n"
         "Thumbs up 21 | Thumbs down 6\n\nKarim.Z\n22 September 2025, 12:02\nAny news on the conference?\n"
         "Thumbs up 5 | Thumbs down 0\n"),
        [("LebanonFirst", "Berri is playing the good cop again."), ("Karim.Z", "Any news on the conference?")]),
    "numbered talkbacks: a title over 'Name, City   (11.12.24)'; a footer line with 'All rights reserved'": (
        ("Drone hits Eilat\n\nThe army said on Monday that the drone had been launched from Iraq.\n\n"
         "Talkbacks (2)\nAdd a talkback\n\n1. Bomb Baghdad already\nMoshe, Be'er Sheva   (11.12.24)\nHow many more "
         "drones until someone wakes up?\n\n2. Eilat is also Israel\nOrna L., Eilat   (11.12.24)\nMy kids slept in the "
         "shelter again.\n\nShalhevet English | About | Contact | © All rights reserved\n"),
        [("Moshe", "How many more drones until someone wakes up?"), ("Orna L.", "My kids slept in the shelter again.")]),
    "Slashdot-style threads: a title with its score over 'by NAME (ID) on DATE (#ID)', indented replies": (
        ("Who hit the refinery?\n\nThe ministry said on Sunday that the drones had come from the north.\n\n"
         "87 comments | Threshold: -1 | Sorted: highest scored first\n\nCheck the range (Score:5, Insightful)\n"
         "by DhowWatcher (48213) on Monday October 7, 2019 @07:12AM (#60213377)\n\nNothing launched from Saada "
         "flies that far.\n\n    Re:Check the range (Score:2)\n    by kestrel_ops (editor) on Monday October 7, "
         "2019 @07:40AM (#60213401)\n\n    It flew from somewhere closer.\n\nNo (Score:0, Troll)\n"
         "by Anonymous Coward on Monday October 7, 2019 @08:02AM\n\nThey all lie.\n\nLoad 84 more comments\n"),
        [("DhowWatcher", "Nothing launched from Saada flies that far."), ("kestrel_ops", "It flew from somewhere closer."),
         ("Anonymous Coward", "They all lie.")]),
    "replies indented under '↳ NAME replied to HANDLE' over their age": (
        ("Vigil in Edmonton\n\nThe society said on Sunday that it had counted 13 dead from the city.\n\n"
         "12 Comments\n\nmill_creek_mom\n3 hours ago\nThree days of lies while families waited.\nLike (58)   Reply\n\n"
         "  ↳ Ziba Nargesi replied to mill_creek_mom\n  2 hours ago\n  The Guards fired, and then they lied.\n"
         "  Like (44)   Reply\n\nRon Ketter\n4 hours ago\nIs there a fund for the families?\nLike (6)   Reply\n\n"
         "  ↳ Prairie Heritage Society replied to Ron Ketter\n  4 hours ago\n  Thank you Ron. The link is on our page.\n"
         "  Like (12)   Reply\n"),
        [("mill_creek_mom", "Three days of lies while families waited."),
         ("Ziba Nargesi", "The Guards fired, and then they lied."),
         ("Ron Ketter", "Is there a fund for the families?"),
         ("Prairie Heritage Society", "Thank you Ron. The link is on our page.")]),
}


@pytest.mark.parametrize("layout", COMMENT_LAYOUTS)
def test_comment_layouts(layout):
    page, expected = COMMENT_LAYOUTS[layout]
    assert [(a, t) for k, a, t in kinds(page) if k == "comment"] == expected


def test_bullet_names_open_comments_only_inside_a_comment_section():
    page = ("• Current Edition\n\nTitle\n\nThe army said that the road to the airport had been reopened.\n\n"
            "  • Mina says:\n\n    First!\n\n  • Karim\n\n      Second comment here.\n")
    got = kinds(page)
    assert ("boilerplate", "", "• Current Edition") in got
    assert [(a, t) for k, a, t in got if k == "comment"] == [("Mina", "First!"), ("Karim", "Second comment here.")]


def test_offsets_are_exact():
    page = "Title\r\n\r\nThe ministry said the talks had failed again.\r\n\r\n  • Leo says:\r\n\r\n    Sad news.\r\n"
    for kind, start, end, author in segment_rows(page):
        assert page[start:end] == page[start:end].strip() and page[start:end]


def test_a_title_over_a_date_line_is_no_comment_even_under_a_comment_count():
    # The page header counts the comments before the article begins: no comment section yet.
    page = ("12 Comments\n\nGuard commander killed\nMay 12, 2016\n\nBy Jane Roe\n\n"
            "A senior commander of the Guard was killed near Aleppo on Sunday, the agency said.\n\n"
            "The funeral will be held in Tehran.\n")
    got = kinds(page)
    assert not [t for k, a, t in got if k == "comment"]
    assert any(k == "body" and t.startswith("A senior commander") for k, a, t in got)


def test_wire_datelines_are_cut_from_the_first_sentence():
    for dateline in ["DAMASCUS (Reuters) - ", "TEHRAN, Iran (AP) — ", "BEIRUT — ", "Tehran, May 5 (IRNA) - ",
                     "WASHINGTON/TEHRAN (Reuters) -  "]:
        page = f"Title\n\n{dateline}Iran's foreign ministry said on Tuesday that the strike was a crime.\n"
        got = kinds(page)
        assert ("boilerplate", "", dateline.rstrip()) in [(k, a, t.rstrip()) for k, a, t in got], dateline
        assert ("body", "", "Iran's foreign ministry said on Tuesday that the strike was a crime.") in got
    # Not datelines: a sentence that starts with an acronym or a name.
    for body in ["IRGC commanders said on Monday that the front was quiet.",
                 "Tehran - which denies any role - said the strike was a crime."]:
        assert ("body", "", body) in kinds(f"Title\n\n{body}\n"), body


def test_links_to_other_articles_credits_and_photo_credits_are_furniture():
    page = ("Title\n\nThe ministry said on Tuesday that Israel would pay a heavy price for it.\n\n"
            "READ MORE: Iran says enemies \"will regret\" the attack\n\n"
            "Also read: Hezbollah chief says \"the response is coming\"\n\n"
            "Mourners carry a coffin in Tehran, April 5, 2024. REUTERS/Majid Asgaripour\n\n"
            "A man walks past the embassy in Damascus. (AP Photo/Omar Sanadiki)\n\n"
            "A Reuters/Ipsos poll found that most respondents opposed the war.\n\n"
            "Reporting by Jane Roe; Editing by John Doe\n\n"
            "Home » Analysis » Tehran says \"the response is coming\"\n\n"
            "Previous: Iraq's militias say they are ready to fight in Syria\n"
            "Next story: Jets pound the countryside, activists say\n")
    got = kinds(page)
    assert [t for k, a, t in got if k == "body"] == [
        "The ministry said on Tuesday that Israel would pay a heavy price for it.",
        "A Reuters/Ipsos poll found that most respondents opposed the war."]
    assert sum(1 for k, a, t in got if k == "caption") == 2


TRANSCRIPT = ("Interview: the envoy on the truce\n\nBy Jane Roe\n\n"
              "The Courier spoke with Iran's ambassador to Damascus, Karim Nazari, about the truce.\n\n"
              "The Courier: Is the ceasefire holding?\n\n"
              "Nazari: The terrorists violate it every day.\n\nWe will not let them regroup.\n\n"
              "The Courier: Will Iran send more advisers?\n\n"
              "Nazari: That is for the Security Council to decide.\n\n"
              "Q: And the talks in Astana?\n\nA: They will go on.\n\n"
              "The interview was edited for length.\n")


def test_interview_answers_are_segments_of_their_speaker():
    got = [(k, a, t) for k, a, t in kinds(TRANSCRIPT) if k in ("answer", "body")]
    assert got == [
        ("body", "", "The Courier spoke with Iran's ambassador to Damascus, Karim Nazari, about the truce."),
        ("body", "", "Is the ceasefire holding?"),
        ("answer", "Nazari", "The terrorists violate it every day."),  # one answer per paragraph
        ("answer", "Nazari", "We will not let them regroup."),
        ("body", "", "Will Iran send more advisers?"),
        ("answer", "Nazari", "That is for the Security Council to decide."),
        ("body", "", "And the talks in Astana?"),
        ("answer", "Nazari", "They will go on."),  # "A" is the one interviewee named in labels
        ("body", "", "The interview was edited for length.")]  # after the last turn: the author again


def test_notes_and_single_labels_make_no_transcript():
    page = ("Title\n\nUpdate: The ministry said on Monday that the talks would resume.\n\n"
            "Note: An earlier version misspelt the envoy's name.\n\nUpdate: The talks resumed.\n\n"
            "Note: Times are local.\n\nSalami: the enemy will regret it, the commander was quoted as saying.\n")
    assert not [k for k, a, t in kinds(page) if k == "answer"]


def test_interview_answers_are_direct_statements_of_the_interviewee():
    from narrative.extract import Extractor

    got = [(s["speaker"], s["speaker_role"], s["kind"], s["text"]) for s in
           Extractor().extract(TRANSCRIPT, segment_rows(TRANSCRIPT)) if s["kind"] != "narration"]
    assert got == [("Karim Nazari", "official", "direct", "The terrorists violate it every day."),
                   ("Karim Nazari", "official", "direct", "We will not let them regroup."),
                   ("Karim Nazari", "official", "direct", "That is for the Security Council to decide."),
                   ("Karim Nazari", "official", "direct", "They will go on.")]


def test_embedded_posts_are_statements_of_their_account_holder():
    from narrative.extract import Extractor

    for gap in ["\n", "\n\n"]:  # the attribution in the post's paragraph, or in its own
        page = ("Title\n\nThe army struck a depot near the border on Monday, the agency said.\n\n"
                "We hit the depot tonight. We will not let them entrench on our border. pic.twitter.com/x1"
                f"{gap}— Dana Levi (@DanaLeviIDF) April 1, 2024\n\nThe strike was the third this month.\n")
        got = kinds(page)
        assert ("post", "Dana Levi", "We hit the depot tonight. We will not let them entrench on our border. "
                "pic.twitter.com/x1") in got, gap
        assert ("boilerplate", "", "— Dana Levi (@DanaLeviIDF) April 1, 2024") in got
        said = [(s["speaker"], s["kind"]) for s in Extractor().extract(page, segment_rows(page)) if s["kind"] != "narration"]
        assert ("Dana Levi", "direct") in said


def test_html_character_references_left_by_a_scraper_are_decoded(tmp_path):
    from narrative.extract import Extractor
    from narrative.ingest import read_file

    (tmp_path / "a.txt").write_text("Title\n\nHezbollah official Karim Saadeh said&nbsp;the attack "
                                    "&#8220;will not go unanswered.&#8221;\n", encoding="utf-8")
    text = next(read_file(tmp_path / "a.txt"))["text"]
    said = [(s["speaker"], s["kind"], s["text"]) for s in Extractor().extract(text, segment_rows(text))]
    assert ("Karim Saadeh", "partial", "the attack “will not go unanswered.”") in said


def test_shipped_furniture_regexes_keep_their_meaning_when_tested_anchored_or_floating():
    """segment._AnyOf tries a regex that starts with "^" at the start of the line only: every
    top-level branch of such a regex in the shipped lists must start with "^" too."""
    from narrative.lexicons import load_yaml

    def branches(regex):
        depth, out, cur, escaped = 0, [], "", False
        for ch in regex:
            if escaped or ch == "\\":
                escaped, cur = not escaped and ch == "\\", cur + ch
                continue
            depth += (ch in "([") - (ch in ")]")
            if ch == "|" and depth == 0:
                out, cur = out + [cur], ""
            else:
                cur += ch
        return out + [cur]

    data = load_yaml("boilerplate.yaml")
    for key in ("comment_section", "comment_trailer", "body_end", "line", "caption"):
        for regex in data[key]:
            if regex.startswith("^"):
                assert all(b.startswith("^") for b in branches(regex)), (key, regex)
    assert branches(r"^a|^(b|c)\|d") == ["^a", r"^(b|c)\|d"]


def test_a_q_and_a_explainer_is_the_outlets_own_voice():
    page = ("Explainer: who are the Quds Force?\n\nBy Jane Roe\n\nGeneral Qassem Soleimani has led the force "
            "since 1998, and its role in Syria has grown every year.\n\nQ: What is the Quds Force?\n\n"
            "A: It is the foreign arm of the Revolutionary Guard.\n\nQ: Where does it fight?\n\n"
            "A: In Syria and Iraq, mostly through local militias.\n")
    got = kinds(page)
    assert not [t for k, a, t in got if k == "answer"]
    assert ("body", "", "It is the foreign arm of the Revolutionary Guard.") in got
    interview = page.replace("General Qassem Soleimani has led", "In an interview, General Karim Nazari, who has led")
    assert [a for k, a, t in kinds(interview) if k == "answer"] == ["A", "A"]


def test_transcript_labels_with_an_outlet_and_a_headline_label():
    """'Question (IRNA): ...' is a question turn (not a 'Tehran (IRNA):' dateline), asked by the outlet
    its label names; a 'Name: ...' headline above the first question is no turn; 'Most viewed' ends
    the body."""
    text = ("Kanaani: talks “not a bargaining chip”\n\nThe spokesman spoke on Monday about the talks in Beijing.\n\n"
            "Question (IRNA): Will Iran respond?\n\nKanaani: Iran reserves its right to respond.\n\n"
            "Question (Reuters): Is the presence negotiable?\n\nKanaani: It is not a bargaining chip.\n\n"
            "Most viewed\n- Minister to visit Damascus “soon”, official says\n")
    rows = segment_rows(text)
    answers = [(text[a:b], who) for kind, a, b, who in rows if kind == "answer"]
    assert answers == [("Will Iran respond?", "IRNA"), ("Iran reserves its right to respond.", "Kanaani"),
                       ("Is the presence negotiable?", "Reuters"), ("It is not a bargaining chip.", "Kanaani")]
    assert [text[a:b] for kind, a, b, _ in rows if kind == "body"] == [
        "Kanaani: talks “not a bargaining chip”", "The spokesman spoke on Monday about the talks in Beijing."]


def test_a_long_titled_comment_heading_opens_the_comment_section():
    """WordPress's "6 thoughts on “<the post's whole title>”" is a heading however long the title;
    the "NAME | date at time" lines under it open comments. "Like Loading..." is widget text."""
    title = "The boys of Golshahr: how the brigade recruits young Afghan refugees for the war in Syria"
    page = (f"{title}\n\nThe recruiters came to the school in the spring and promised the boys papers.\n\n"
            "Like this:\nLike Loading...\n\n"
            f"2 thoughts on “{title}”\n\n"
            "Sam Reeve | March 3, 2016 at 4:12 pm\nA sad piece. Nobody should send children to war.\nReply\n\n"
            "Hamid_K | March 3, 2016 at 6:40 pm\nThey went for their faith, not for papers.\nReply\n")
    rows = [(kind, page[a:b], who) for kind, a, b, who in segment_rows(page)]
    assert [(w, t) for k, t, w in rows if k == "comment"] == [
        ("Sam Reeve", "A sad piece. Nobody should send children to war."),
        ("Hamid_K", "They went for their faith, not for papers.")]
    assert not any("Loading" in t for k, t, _ in rows if k == "body")


FORUM = """Gulf Defence Board - View Single Thread - Houthi drones over Marib

Gulf Defence Board > Regional Conflicts > Yemen
Houthi drones over Marib

Page 4 of 9   « First  <  3  4  5  >  Last »

#61
Old 03-11-2021, 08:02 PM
Sandgrouse
Senior Member
Join Date: Feb 2015
Posts: 1,904

Saba is running a Houthi statement saying the drones hit "military targets only". Coalition says it intercepted all of them.

Reply With Quote

#62
Old 03-11-2021, 08:40 PM
Harith.M
Member
Join Date: Jun 2018
Location: Sanaa
Posts: 77

Quote:
Originally Posted by Sandgrouse
Coalition says it intercepted all of them.

They say that every night. Marib is still burning.
__________________
Free Yemen

Reply With Quote

Page 4 of 9   « First  <  3  4  5  >  Last »
« Previous Thread | Next Thread »
"""


def test_forum_posts_are_comments_of_their_posters_without_quotes_or_signatures():
    got = [(k, a, t) for k, a, t in kinds(FORUM) if k == "comment"]
    assert got == [
        ("comment", "Sandgrouse", 'Saba is running a Houthi statement saying the drones hit "military targets only". '
                                  "Coalition says it intercepted all of them."),
        ("comment", "Harith.M", "They say that every night. Marib is still burning.")]
    assert all(k == "boilerplate" for k, a, t in kinds(FORUM) if "Join Date" in t or "Free Yemen" in t)


XENFORO = """Harbour Talk
Home   Forums   What's new   Members

Strikes on the border posts (repost)
Thread starter Sandgrouse · Start date Mar 3, 2024 · Replies: 2

Sandgrouse
Well-known member
Joined: Jan 2015 · Messages: 3,120
Mar 3, 2024   #1

Pasting the wire story below, worth a read.

The interior ministry said on Sunday that two border posts had been hit by drones overnight and that no one had been hurt, although the damage to the towers was considerable and would take weeks to repair.

A spokesman for the armed faction that claimed the attack wrote on its channel that the posts had been used to watch the roads and that more attacks would follow if the patrols did not stop, a claim the ministry dismissed.

The governor of the province told reporters that residents had heard four explosions before dawn and that the army had closed the road to the crossing until further notice, without giving a reason.

Diplomats in the capital said the timing of the attack, a day before the talks, was no accident, and that the faction wanted a seat at the table rather than a war on the border.

Like   Reply   Report

Harith.M
Active member
Mar 3, 2024   #2

Sandgrouse said:
the posts had been used to watch the roads
Click to expand...

They were watching the smugglers, not the roads. Everyone in the province knows it.

Like   Reply   Report

Nadia_K
Member
Mar 3, 2024   #3

Nobody was hurt this time. Next time we may not be so lucky.

Like   Reply   Report

You must log in or register to reply here.
"""


def test_a_xenforo_threads_pasted_article_is_the_body_and_replies_are_comments():
    """A XenForo thread: "NAME / member title / date   #N" heads each post; the opening post pasting a wire
    story (four long paragraphs) is the page's body, the replies are comments without the quoted post
    ("NAME said: ... Click to expand...") or the "Like   Reply   Report" bar."""
    rows = kinds(XENFORO)
    assert [(k, a, t) for k, a, t in rows if k == "comment"] == [
        ("comment", "Harith.M", "They were watching the smugglers, not the roads. Everyone in the province knows it."),
        ("comment", "Nadia_K", "Nobody was hurt this time. Next time we may not be so lucky.")]
    assert any(k == "body" and t.startswith("The interior ministry said on Sunday") for k, a, t in rows)


def test_readers_comments_with_a_count_open_a_section_of_dated_comments():
    """"Readers' Comments (2)" opens the section; "Abdulla, Muharraq | 25 Aug 2022, 7:41 AM" heads a comment."""
    page = ("Lapid urges the world to walk away\n\nThe prime minister said the text was a bad deal and that "
            "Israel would not be bound by it.\n\nReaders' Comments (2)\n\nAbdulla, Muharraq | 25 Aug 2022, 7:41 AM\n"
            "Every agreement ends with us paying the price.\n\nMahmood Al-Aradi | 25 Aug 2022, 9:44 AM\n"
            "The Americans broke the deal first.\n")
    assert [(a, t) for k, a, t in kinds(page) if k == "comment"] == [
        ("Abdulla, Muharraq", "Every agreement ends with us paying the price."),
        ("Mahmood Al-Aradi", "The Americans broke the deal first.")]


def test_a_post_number_without_a_member_box_is_no_forum():
    page = "Title\n\n#1\nThe minister said the talks would resume.\n\n#2\nThe envoy said they would not.\n"
    assert not [k for k, a, t in kinds(page) if k == "comment"]


BRIEFING = """Weekly briefing, 5 May 2019 (excerpts)

Foreign Ministry spokesman Karim Nazari took questions in Tehran on Monday.

NAZARI (opening remarks): In the name of God. The attacks on the border posts were the work of terrorists armed from abroad, and we will answer them.

IRNA: Has Iran lost advisers in Syria this week?

NAZARI: Our advisers are there at the request of the legitimate government. I have no figure to give.

Reuters (question in English, translated by the moderator): Will Iran stay in Syria?

NAZARI: As long as the Syrian government asks us to.

MODERATOR: Last question, please.

The briefing then turned to the nuclear talks.
"""


def test_a_press_briefing_with_one_question_per_reporter_is_a_transcript():
    got = [(k, a, t) for k, a, t in kinds(BRIEFING) if k in ("answer", "body")]
    assert got == [
        ("body", "", "Foreign Ministry spokesman Karim Nazari took questions in Tehran on Monday."),
        ("answer", "NAZARI", "In the name of God. The attacks on the border posts were the work of terrorists armed "
                             "from abroad, and we will answer them."),  # opening remarks before the first question
        ("body", "", "Has Iran lost advisers in Syria this week?"),
        ("answer", "NAZARI", "Our advisers are there at the request of the legitimate government. I have no figure to give."),
        ("body", "", "Will Iran stay in Syria?"),
        ("answer", "NAZARI", "As long as the Syrian government asks us to."),
        ("body", "", "Last question, please."),  # a label used once ends the answer before it
        ("body", "", "The briefing then turned to the nuclear talks.")]


def test_a_bulleted_sentence_is_body_and_a_bulleted_link_is_not():
    page = ("Weekly digest\n\nWe counted nine funerals this week.\n\n"
            "• Hossein Salami told state TV that the reports were “the psychological operations of the enemy.”\n\n"
            "Related\n\n• Iran denies losses in Aleppo\n")
    got = kinds(page)
    assert ("body", "", "• Hossein Salami told state TV that the reports were “the psychological operations of the enemy.”") in got
    assert ("body", "", "• Iran denies losses in Aleppo") not in got


def test_related_coverage_headlines_end_the_body():
    """An aggregator's "Related Coverage" list of headlines (one says "... says it is 'ready'") is no body."""
    page = ("Iran warns of wider war\n\nTehran said on Monday that it would stand by Damascus.\n\nAdvertisement\n\n"
            "Related Coverage\n\nInspectors leave with samples\nArmy says it is 'ready' for any attack\n"
            "Parliament to debate action\n")
    body = [text for kind, _, text in kinds(page) if kind == "body"]
    assert body == ["Tehran said on Monday that it would stand by Damascus."]  # (the first line is the title)


def test_transcript_labels_alone_on_their_line_and_a_host_role():
    """A radio transcript puts "NAME:" on its own line and the turn below; "NAME, HOST:" asks even when
    most of the host's turns are not questions; live-blog time stamps ("14:05 GMT —") are furniture."""
    text = ("TRANSCRIPT\n\nSAMIRA COLE, HOST:\nWelcome to the programme. Tonight, the border.\n"
            "NADER HOSSEINI:\nThank you.\nCOLE:\nThe strikes go on.\n"
            "HOSSEINI:\nThey change nothing on the ground. The front holds.\n"
            "COLE:\nAnd the casualties, as the ministry reports them.\n"
            "HOSSEINI:\nThey are lower than the Saudi channels claim.\n\n14:05 GMT —\nMore later.\n")
    rows = segment_rows(text)
    assert [(text[a:b], who) for kind, a, b, who in rows if kind == "answer"] == [
        ("They change nothing on the ground. The front holds.", "NADER HOSSEINI"),
        ("They are lower than the Saudi channels claim.", "NADER HOSSEINI")]  # ("HOSSEINI:" is the one named in full)
    assert "14:05 GMT —" in [text[a:b].strip() for kind, a, b, _ in rows if kind == "boilerplate"]


def test_an_embedded_post_card_is_the_accounts_post():
    """A post card pasted from X or Telegram: display name, "@handle" line, the post, then its time and
    counts. The post is the account's; the header and the counts are furniture."""
    t = ("Here is how the brigade announced it:\n\n"
         "Kataib Sayyid al-Shuhada | كتائب سيد الشهداء\n@kss_media · Telegram\n"
         "🔴 Our fighters struck the occupation base at Ain al-Asad at dawn today.\n"
         "👁 12.4K    edited 07:10\n\n"
         "The Pentagon did not comment.\n")
    rows = [(k, t[a:b], x) for k, a, b, x in segment_rows(t)]
    assert ("post", "Our fighters struck the occupation base at Ain al-Asad at dawn today.",
            "Kataib Sayyid al-Shuhada") in rows
    assert not any("@kss_media" in s or "12.4K" in s for k, s, _ in rows if k != "boilerplate")


def test_a_reddit_thread_is_comments_of_their_posters():
    """Old Reddit: "[–] NAME 1.1k points 4 hours ago", then the comment, then its links; "level 2" and
    "[deleted]" are furniture, and so is "this post was submitted on ..."."""
    t = ("Iran says strike was revenge (self.worldnews)\nsubmitted 5 hours ago by salt_and_cedar\n\n"
         "sorted by: best\n\nlevel 1\n[–] cedar_owl 2.1k points 5 hours ago\nBoth sides will lie for a week.\n"
         "permalink · save · report · reply\n\n    level 2\n    [–] [deleted] 12 points 4 hours ago\n    [deleted]\n"
         "    permalink · save · parent · report · reply\n\n    level 2\n    [–] Mashhad_Rose 300 points 4 hours ago\n"
         "    My cousin in Ahvaz heard nothing at all.\n    permalink · save · parent · report · reply\n\n"
         "load more comments (12 replies)\n\nthis post was submitted on 08 Jan 2020\n1,921 points (91% upvoted)\n")
    comments = [(t[a:b].strip(), x) for k, a, b, x in segment_rows(t) if k == "comment"]
    assert comments == [("Both sides will lie for a week.", "cedar_owl"),
                        ("My cousin in Ahvaz heard nothing at all.", "Mashhad_Rose")]


def test_fact_check_fields_are_no_transcript_labels():
    t = ("CLAIM 1\n\nClaim: A video shows a destroyer sinking.\nRating: FALSE\n\nWhat we found\n\n"
         "The video is old. The navy said the ship was on patrol.\n\nCLAIM 2\n\nClaim: A carrier fled.\n"
         "Rating: FALSE\n\nThe carrier left on schedule.\n")
    assert not any(k == "answer" for k, *_ in segment_rows(t))


def test_a_print_interview_answers_a_paragraph_at_a_time_without_its_pull_quote():
    """The outlet asks (its turns are often statements, but shorter); each paragraph of an answer is an
    answer of its own; a pull quote repeating an answer ("“...”" then "— NAME") is furniture."""
    t = ("Gulf Review: General, many families ask why their sons died so far away.\n\n"
         "Rahimi: I understand them. We fought there so that we would not fight in Ahvaz.\n\n"
         "“We fought there so that we would not fight in Ahvaz.”\n— Gen. Hamid Rahimi\n\n"
         "Gulf Review: And the losses?\n\n"
         "Rahimi: Every martyr has a name and a grave.\n\nThe numbers on Saudi channels are invented.\n\n"
         "Gulf Review: Thank you, General.\n\nRahimi: Thank you.\n")
    rows = [(k, t[a:b].strip(), x) for k, a, b, x in segment_rows(t)]
    answers = [s for k, s, x in rows if k == "answer"]
    assert answers == ["I understand them. We fought there so that we would not fight in Ahvaz.",
                       "Every martyr has a name and a grave.", "The numbers on Saudi channels are invented."]
    # ("Rahimi: Thank you." only closes the interview: no statement, since session 17)
    assert all(x == "Rahimi" for k, s, x in rows if k == "answer")


def test_a_broadcast_transcript_with_stage_directions_and_a_speech_excerpt():
    page = ("Summary: Al-Alam broadcast an interview with Hussein al-Ezzi, a Houthi official, after it aired part "
            "of a speech by the group's leader, Abdul-Malik al-Houthi.\n\n"
            "PRESENTER (Rami Saleh): Good evening. Let us first listen to the Leader of the Revolution.\n\n"
            "ABDUL-MALIK AL-HOUTHI: Their fleets do not frighten us. [applause]\n\n"
            "Every ship bound for the enemy's ports is a target. [Crowd chants]\n\n"
            "[End of recorded excerpt]\n\n"
            "PRESENTER: What do you say to the American claims?\n\n"
            "AL-EZZI: It is a lie. [laughs] The truth is that their strikes failed.\n\n"
            "Our forces are intact. [unclear] ... the Zionist lobby.\n\n"
            "[Translator's note: the speaker uses an idiom meaning 'world Zionism'.]\n\n"
            "PRESENTER: Is there a message to Washington?\n\n"
            "AL-EZZI: Stop the war on Gaza, and the sea will be calm [Bab al-Mandab] again.\n\n"
            "PRESENTER: Thank you.\n\n")
    answers = [(a, t) for k, a, t in kinds(page) if k == "answer"]
    assert answers == [
        ("ABDUL-MALIK AL-HOUTHI", "Their fleets do not frighten us."),
        ("ABDUL-MALIK AL-HOUTHI", "Every ship bound for the enemy's ports is a target."),
        ("AL-EZZI", "It is a lie."), ("AL-EZZI", "The truth is that their strikes failed."),
        ("AL-EZZI", "Our forces are intact."),
        ("AL-EZZI", "Stop the war on Gaza, and the sea will be calm [Bab al-Mandab] again.")]


def test_indented_post_cards_with_a_verified_mark_or_a_telegram_line():
    page = ("04:10 BST\nNetanyahu posts on X\n\n"
            "  Benjamin Netanyahu - בנימין נתניהו  ✔\n  @netanyahu\n  Our defence held tonight.\n"
            "  4:02 AM · Apr 14, 2024\n  31.4K Reposts   142K Likes\n\n"
            "The Houthi spokesman posted a message on the group's channel:\n\n"
            "  Yahya Saree | يحيى سريع\n  Telegram · Official channel of the Spokesman of the Yemeni Armed Forces\n"
            "  The enemy's days of aggression without punishment are over.\n  👁 61.3K   edited 02:58\n")
    posts = [(a, t.strip()) for k, a, t in kinds(page) if k == "post"]
    assert posts == [("Benjamin Netanyahu", "Our defence held tonight."),
                     ("Yahya Saree", "The enemy's days of aggression without punishment are over.")]


def test_a_speakers_name_in_capitals_labels_a_video_transcripts_soundbite_not_a_datelines_city():
    page = ("Transcript\n\n0:33\nIn Washington, Secretary of State Mike Pompeo defended the strike.\n0:37\n"
            "MIKE POMPEO: He ran Iran's militias from Lebanon to Yemen. The President made the right decision.\n"
            "0:46\nOil prices jumped on the news, traders in London said.\n\n"
            "TEL AVIV: Officials in Tel Aviv said the strike was over and that the army would stand down.\n\n"
            "KARIM HADDAD: Thank you.\n\nKarim Haddad, a shopkeeper, said the street burned.\n")
    got = [(k, a, t) for k, a, t in kinds(page) if k in ("answer", "body")]
    assert ("answer", "Mike Pompeo", "He ran Iran's militias from Lebanon to Yemen. The President made the right "
                                     "decision.") in got
    assert ("body", "", "Officials in Tel Aviv said the strike was over and that the army would stand down.") in got
    assert not any(a == "Karim Haddad" for k, a, t in got)  # a courtesy, no statement


def test_an_explainers_bullets_without_full_stops_are_body_in_a_list_with_prose():
    page = ("What has been said?\n\nThe ministry said on Sunday that the talks in Astana had failed once more.\n\n"
            "• Secretary of State Antony Blinken urged all sides to avoid “any step that escalates the conflict”\n"
            "• State Department spokesman Matthew Miller said the US had not been involved in the attack\n"
            "• Supreme Leader Ali Khamenei has not commented publicly on the blasts\n\n"
            "Key events\n  • 3h ago   Israeli army on damage at Nevatim\n"
            "  • 6h ago   Iran’s UN mission says “the matter can be considered closed”\n"
            "  • 8h ago   IRGC confirms the launch of drones and missiles at Israel\nShow key events only\n")
    body = [t for k, a, t in kinds(page) if k == "body"]
    assert "• State Department spokesman Matthew Miller said the US had not been involved in the attack" in body
    assert "• Supreme Leader Ali Khamenei has not commented publicly on the blasts" in body
    assert not any("IRGC confirms" in t for t in body)


FACEBOOK = """Gulf states weigh their options as strikes on Yemen go on

The Houthis warned that any Gulf state helping the strikes would be a target, a spokesman said on Sunday.

Topics: Yemen, Red Sea

12 Comments
Sort by  Most relevant ▾

Add a comment...

Huda Al Sayegh · Follow
Top fan
Nobody in the Gulf wants this war. Keep us out of it.
Like · Reply · 👍❤ 14 · 3h

    Karim Odeh
    Huda Al Sayegh they should have thought of that in 2015.
    Like · Reply · 👍 3 · 2h · Edited

    View 2 more replies

Gulf Ledger
Author
Thank you for reading. We report every side's statements.
Like · Reply · 2 · 1h

Load 9 more comments

Facebook Comments Plugin
"""


def test_facebook_comments_plugin():
    """Facebook's plugin: a name ("· Follow" or alone) over the comment's lines, whose last line is the
    widget's ("Like · Reply · 👍 3 · 2h · Edited"); badges ("Top fan", "Author"), "View 2 more replies",
    "Load 9 more comments" and the plugin's own lines are furniture; replies are indented."""
    rows = segment_rows(FACEBOOK)
    comments = [(a, FACEBOOK[s:e].strip()) for k, s, e, a in rows if k == "comment"]
    assert comments == [("Huda Al Sayegh", "Nobody in the Gulf wants this war. Keep us out of it."),
                        ("Karim Odeh", "Huda Al Sayegh they should have thought of that in 2015."),
                        ("Gulf Ledger", "Thank you for reading. We report every side's statements.")]
    assert [FACEBOOK[s:e] for k, s, e, a in rows if k == "body"] == [
        "The Houthis warned that any Gulf state helping the strikes would be a target, a spokesman said on Sunday."]


DEBATE = """Iran: Detained Nationals

Mrs Ruth Calder (Hexley) (Con): The families have waited two years for an answer.

[Interruption.]

They deserve better than silence from this Government.

Mr Speaker: Order.

Dr Neil Varma (Strand) (Lab): I agree with the hon. Lady on every point.
"""


def test_a_stage_direction_paragraph_inside_a_members_turn_is_no_ones():
    """A parliament's record: "[Interruption.]" on its own inside a member's turn is a stage direction,
    as in an interview transcript; the member's turn goes on after it."""
    rows = segment_rows(DEBATE)
    answers = [(a, DEBATE[s:e].strip()) for k, s, e, a in rows if k == "answer"]
    assert answers == [("Mrs Ruth Calder", "The families have waited two years for an answer."),
                       ("Mrs Ruth Calder", "They deserve better than silence from this Government."),
                       ("Dr Neil Varma", "I agree with the hon. Lady on every point.")]
    assert not any("Interruption" in DEBATE[s:e] for k, s, e, a in rows if k == "body")


X_THREAD = """Post

Conversation

Lena Farouk
@lfarouk_news
1/3 THREAD: what we know about this morning's drone attack on the Ras Tanura terminal.
9:02 AM · May 3, 2021
1.1K Reposts  220 Likes

Lena Farouk
@lfarouk_news
2/3 The Houthis claimed it within the hour. Here is their spokesman's post:
Quote
Yahya Saree
@YSaree_YE · May 3
Our drone force struck Ras Tanura, a legitimate response to the siege of our people.
9:40 AM · May 3, 2021
800 reposts 2K likes

Lena Farouk
@lfarouk_news
3/3 Riyadh says the fire is under control.
10:15 AM · May 3, 2021
300 reposts 900 likes

Replies

Hadi Yamani 🇾🇪
@hadi_yamani
Replying to @lfarouk_news
The world wakes up only when Saudi oil burns.
Translate post
10:30 AM · May 3, 2021
45 Likes
"""


def test_an_x_thread_with_quoted_posts_and_replies():
    """A scraped X thread: the numbered posts of the thread's account are the page's body (its author's
    narration and the speech it reports; the numbers are furniture); a quoted post ("Quote", a name, an
    @handle) is its account's post; a reply ("Replying to @...") is a comment by its account, whose
    flag is no part of the name; "Translate post" is furniture."""
    rows = segment_rows(X_THREAD)
    posts = [(a, X_THREAD[s:e]) for k, s, e, a in rows if k == "post"]
    assert posts == [("Yahya Saree", "Our drone force struck Ras Tanura, a legitimate response to the siege of our people.")]
    body = [X_THREAD[s:e] for k, s, e, a in rows if k == "body"]
    assert "The Houthis claimed it within the hour. Here is their spokesman's post:" in body
    assert "Riyadh says the fire is under control." in body
    comments = [(a, X_THREAD[s:e].strip()) for k, s, e, a in rows if k == "comment"]
    assert comments == [("Hadi Yamani", "The world wakes up only when Saudi oil burns.")]


QUOTE_COMPILATION = """In Their Own Words

This page collects statements by theme. Our own clarifications appear in square brackets.

• “If the enemy is not stopped in Aleppo, it will have to be stopped in Hamadan.”
— Hossein Salami, then deputy commander of the IRGC, speech in Tabriz, 12 May 2017 (Tasnim)

• “Every truce in Aleppo was used by the terrorists to bring in new weapons.”
— Ali Akbar Velayati, interview with Al-Mayadeen, 14 December 2016
[Velayati gave a nearly identical answer two days later.]

“The Zionists who rejoiced will weep.”

— Kayhan editorial, 3 June 2016

The page was last updated in 2019 — before the war in Gaza.

— End of text —
"""


def test_quotations_with_a_dash_attribution_under_them():
    """A compilation of quotes: a quotation (a bullet before it) and "— NAME, title, occasion, date
    (source)" under it, in its paragraph or the next, is NAME's; an editor's note in brackets after it and
    "— End of text —" are no one's."""
    rows = segment_rows(QUOTE_COMPILATION)
    posts = [(a, QUOTE_COMPILATION[s:e]) for k, s, e, a in rows if k == "post"]
    assert posts == [("Hossein Salami", "If the enemy is not stopped in Aleppo, it will have to be stopped in Hamadan."),
                     ("Ali Akbar Velayati", "Every truce in Aleppo was used by the terrorists to bring in new weapons."),
                     ("Kayhan editorial", "The Zionists who rejoiced will weep.")]


def test_a_quotation_over_several_lines_and_a_described_speaker_under_it():
    """A bulleted quotation over two lines, then "— commander of the Fatemiyoun Division, ...": one
    quotation, the description's; "— attributed to NAME by ..." names no speaker."""
    page = ("In Their Own Words\n\nThis page collects statements by theme.\n\n"
            "• “Our advisers are there at the request of a legitimate government.\n"
            "They are not combat units.”\n— Bahram Qasemi, Foreign Ministry spokesman, 26 June 2017\n\n"
            "• “In Iran we Afghans were refugees; in Syria we became the defenders of the shrine.”\n"
            "— commander of the Fatemiyoun Division, interview with Defa Press, 2017\n\n"
            "• “The Americans will leave Iraq the way they left Lebanon.”\n"
            "— attributed to Qassem Soleimani by an Iraqi lawmaker\n")
    posts = [(a, page[s:e]) for k, s, e, a in segment_rows(page) if k == "post"]
    assert posts == [("Bahram Qasemi", "Our advisers are there at the request of a legitimate government.\n"
                                       "They are not combat units."),
                     ("commander of the Fatemiyoun Division",
                      "In Iran we Afghans were refugees; in Syria we became the defenders of the shrine.")]


FILM = """The Long Road: A Documentary
Full transcript

PART ONE: THE SHRINE

[Music]

NARRATOR:
In the summer of 2013, the war in Syria reached the gates of a shrine.

[Caption: Reza Karimi, former officer, Islamic Revolutionary Guard Corps. Name changed]
[Speaking Persian, subtitled]

We were told we were going to defend the shrine.

If we had not stopped them in Aleppo, we would have been fighting them in Tehran.

NARRATOR:
Karimi spent eleven months in Syria.

[Archive: Qassem Soleimani, commander of the Quds Force, Kerman, 2016]
[Subtitles from Persian]

The martyrs of the shrine are the honour of this nation.

[Crowd chanting]

[Caption: Brigadier General (retired) Fahad Shehri, former adviser, Saudi Ministry of Defence]

Every missile that reached Riyadh had a fingerprint.

PART TWO: THE PARTY OF GOD

A new front opened in 2014.
"""


def test_a_film_transcript_with_captions():
    """A film transcript: the paragraphs after "[Caption: NAME, ...]" or "[Archive: NAME, ...]" are
    NAME's (a title in brackets dropped from the name), up to "NARRATOR:", the next caption or a
    heading; the narrator's paragraphs are the body, stage notes furniture."""
    rows = segment_rows(FILM)
    answers = [(a, FILM[s:e]) for k, s, e, a in rows if k == "answer"]
    assert answers == [("Reza Karimi", "We were told we were going to defend the shrine."),
                       ("Reza Karimi", "If we had not stopped them in Aleppo, we would have been fighting them in Tehran."),
                       ("Qassem Soleimani", "The martyrs of the shrine are the honour of this nation."),
                       ("Brigadier General Fahad Shehri", "Every missile that reached Riyadh had a fingerprint.")]
    body = [FILM[s:e] for k, s, e, a in rows if k == "body"]
    assert "Karimi spent eleven months in Syria." in body and "A new front opened in 2014." in body


COMMITTEE = """Oral evidence: Iran's regional networks

Witnesses: Dr Roxana Tehrani and Colonel (retd) James Harker.

Q12 Chair: Good afternoon. Is the network weaker two months on from the killing of General Soleimani?

Dr Tehrani: It is weaker in Iraq and roughly unchanged everywhere else.

Q13 Alicia Kearns: Colonel Harker, how much control does Tehran have over the factions?

Colonel Harker: Operational control, less than people think. Strategic direction, a great deal.
"""


def test_a_select_committees_oral_evidence():
    """A committee's oral evidence: members ask under numbered questions ("Q13 NAME:") and witnesses
    answer under their titles, each perhaps once; every one of them speaks (a debate, no interviewer)."""
    rows = segment_rows(COMMITTEE)
    assert [a for k, s, e, a in rows if k == "answer"] == ["Chair", "Dr Tehrani", "Alicia Kearns", "Colonel Harker"]


COURT = """United States v. Nader Karimi
Transcript of Jury Trial, Day 4

Appearances: Kevin Halloran, Assistant United States Attorney, for the United States; Joanne Okafor, Esq., for the Defendant.

Case 1:20-cr-00117 Document 212 Filed 04/19/21 Page 37 of 244
                                                            612
 1                 (In open court; jury present.)
 2  THE COURT: Good morning. Mr. Halloran, you may call your
 3  next witness.
 4           PARVIZ AMINI, GOVERNMENT'S WITNESS, SWORN
 5                       DIRECT EXAMINATION
 6  BY MR. HALLORAN:
 7  Q. You have pleaded guilty in connection with this case,
 8  correct?
 9  A. Yes. To conspiracy to violate the sanctions on Iran.
10  Q. How do you know the goods went to the Revolutionary
11  Guards?
12  A. Because Nader told me. He said the end user was the
13  aerospace force of the Sepah.
14  MS. OKAFOR: Objection, Your Honor.
15  THE COURT: Overruled.
16                        CROSS-EXAMINATION
17  BY MS. OKAFOR:
18  Q. You never saw a single drone, did you?
19  A. No. I saw invoices.
"""


def test_a_court_reporters_transcript():
    """A court transcript: "Q." lines are the examining lawyer's (the last "BY MR. NAME:"), "A." lines
    the witness's ("NAME, GOVERNMENT'S WITNESS, SWORN"), labelled lines their speaker's; a turn keeps its
    later lines with their margin numbers; headings, page headers and "(...)" notes are furniture."""
    rows = segment_rows(COURT)
    turns = [(a, COURT[s:e]) for k, s, e, a in rows if k == "answer"]
    assert turns[0] == ("The Court", "Good morning. Mr. Halloran, you may call your\n 3  next witness.")
    assert turns[1] == ("Mr. Halloran", "You have pleaded guilty in connection with this case,\n 8  correct?")
    assert turns[4][0] == "Parviz Amini" and turns[4][1].endswith("aerospace force of the Sepah.")
    assert [a for a, _ in turns[5:]] == ["Ms. Okafor", "The Court", "Ms. Okafor", "Parviz Amini"]


INSTAGRAM = """Instagram
Log in

gulf.voice.official
Verified

gulf.voice.official Verified Five years ago tonight... more
See translation

Five years ago tonight the commander went to meet his Lord, and his school has a million students.

#Anniversary #Resistance
2w

Liked by news_agency and 12,345 others
View all 84 comments

ali.rezaei_1370 2w
Rest in peace, commander of hearts
41 likes Reply
View replies (3)

nilufar.azad 2w
ok, which station is next? Baghdad? Beirut?
318 likes Reply

gulf.voice.official Verified 2w
@nilufar.azad The next station is Al-Quds, God willing.
97 likes Reply

Add a comment…

More posts from gulf.voice.official
"""


TALK = """Talk:Zeinabiyoun Brigade
From Examplepedia, the free encyclopedia

Casualty figures[edit]

The infobox cites only one agency for the figure of 800 dead.

That agency belongs to the IRGC, so it is not independent. — Cobaltfinch (talk) 14:02, 3 May 2020 (UTC)

:It is reliable for what officials say, which is what the sentence reports. — Mazandar57 (talk) 16:40, 3 May 2020 (UTC)

Requested move[edit]
* Support per nom. — Hollowmere (talk · contribs) 16:10, 15 May 2020 (UTC)
* Oppose. According to Fars, the unit was renamed in 2015. — BrusqueBadger (talk) 08:55, 16 May 2020 (UTC)

::::the numbers are too low — Preceding unsigned comment added by 203.0.113.47 (talk) 21:50, 6 May 2020 (UTC)
"""


def test_instagram_comments():
    """An Instagram page: "handle 2w" (and "handle Verified 2w") opens a comment; "41 likes Reply",
    "View replies (3)" are the widget's; "View all 84 comments" opens the section."""
    rows = segment_rows(INSTAGRAM)
    comments = [(a, INSTAGRAM[s:e].strip()) for k, s, e, a in rows if k == "comment"]
    assert comments == [("ali.rezaei_1370", "Rest in peace, commander of hearts"),
                        ("nilufar.azad", "ok, which station is next? Baghdad? Beirut?"),
                        ("gulf.voice.official", "@nilufar.azad The next station is Al-Quds, God willing.")]


def test_a_wiki_talk_page():
    """A talk page's signed comments are their signers' (from after the reply colons or !vote bullet to the
    signature; an unsigned paragraph of prose just above belongs to the comment signed below it; the
    unsigned-comment template names the IP)."""
    rows = segment_rows(TALK)
    got = [(a, TALK[s:e].strip()) for k, s, e, a in rows if k == "letter"]
    assert [a for a, _ in got] == ["Cobaltfinch", "Mazandar57", "Hollowmere", "BrusqueBadger", "203.0.113.47"]
    assert got[0][1].startswith("The infobox cites") and got[0][1].endswith("it is not independent.")
    assert got[1][1].startswith("It is reliable") and got[2][1] == "Support per nom."
    assert got[4][1] == "the numbers are too low"


AGGREGATOR = """Newsfeed
World › Middle East

TOP STORIES

Harbour Wire · 2 hours ago
Iran launches drones at Israel in first direct attack
Iran launched more than 300 drones and missiles at Israel overnight, the Israeli military said on Sunday, adding that most had been intercepted.

Tasnim · 3 hours ago
Salami: "From now on, any aggression will be answered from Iranian soil"
The commander of the IRGC said on Sunday that the rules of the game had been rewritten, and that the operation had achieved its aims.

Gulf Courier · 8 hours ago
Riyadh calls for restraint as region braces for response
Saudi Arabia's foreign ministry urged all parties to "step back before the region pays for a war that nobody can win."

More stories

Harbour Wire · 11 hours ago
Oil prices rise in early Asian trade as markets wait
"""

CHAT = """The Basra Gazette

We obtained an export of a group chat used by faction media officials. Excerpt:

18/10/2023, 21:09 - Abu Zahraa created group "Media Room"
18/10/2023, 21:14 - Abu Zahraa: From tonight every statement goes out under one name only.
18/10/2023, 21:16 - Sajjad Media: Received.
19/10/2023, 02:31 - Mortada Telegram: <Media omitted>
19/10/2023, 02:35 - Abu Zahraa: [Replying to Sajjad Media: "Received."] Do not publish the footage.
The statement says the drone hit its target.
19/10/2023, 02:51 - Sajjad Media: [Forwarded] The Islamic Resistance in Iraq: Our operations will continue until the occupation leaves.
26/10/2023, 00:12 - Hajj Kamil: <voice note, 0:48> [Transcription by the Gazette: Nobody sleeps in the usual places.]
04/01/2024, 14:20 - Mortada Telegram: This message was deleted

[Editor's note: The Pentagon said the strikes hit two facilities in eastern Syria.]
"""


def test_a_news_aggregators_story_cards_are_no_comments():
    """"Tasnim · 3 hours ago" over a headline and a snippet is an aggregator's card (its line furniture, its
    headline and snippet body), not a comment; on a page of such cards, a card with its headline alone too."""
    rows = segment_rows(AGGREGATOR)
    assert not any(k == "comment" for k, *_ in rows)
    body = [AGGREGATOR[s:e] for k, s, e, _ in rows if k == "body"]
    assert any(b.startswith('Salami: "From now on') for b in body)
    assert not any("· 2 hours ago" in b or "· 11 hours ago" in b for b in body)


def test_a_chat_export():
    """A chat export's lines are their senders' (a line, and an unprefixed line under it); the app's lines,
    media placeholders and deleted messages are not; a forward is its issuer's; a reply's preview is left out;
    a voice note is its transcription."""
    rows = segment_rows(CHAT)
    got = [(a, CHAT[s:e]) for k, s, e, a in rows if k == "answer"]
    assert got == [("Abu Zahraa", "From tonight every statement goes out under one name only."),
                   ("Sajjad Media", "Received."),
                   ("Abu Zahraa", "Do not publish the footage.\nThe statement says the drone hit its target."),
                   ("The Islamic Resistance in Iraq", "Our operations will continue until the occupation leaves."),
                   ("Hajj Kamil", "Nobody sleeps in the usual places.")]


def test_a_journal_articles_keywords_do_not_end_its_body():
    """"Keywords: ..." under a journal article's abstract is furniture, not the end of the article (it ends a
    page's body where nothing long follows it, as under a readout)."""
    long = "The factions insisted that their decisions were their own, and that Iran only advised them{}. " * 4
    page = (f"Title of the article\n\nAbstract\nWe study the factions.\n\nKeywords: Iraq; IRGC\n\n1. Introduction\n"
            f"{long.format('', ' in 2014', ' in 2015', ' in 2016')}\n\n{long.format(' later', ' often', '', ' again')}\n")
    assert any(k == "body" and page[s:e].startswith("The factions") for k, s, e, _ in segment_rows(page))
    short = "Title\n\nThe president said that the attack failed, and that the war was over now.\n\nKeywords: Syria\n\nRelated news\n"
    assert [k for k, *_ in segment_rows(short)][-2:] == ["boilerplate", "boilerplate"]


PODCAST = """TRANSCRIPT

[00:00:04]
MARA VENN: Hello and welcome to Sea Lanes. I'm Mara Venn, and with me are two guests this week.

LEILA HADDAD: Thanks for having me, it is good to be back on the show.

TOMAS GRIER: Good to be here, Mara, and thanks for the invitation.

[00:02:10]
MARA: Leila, let me start with you. Have the strikes changed how the Houthis behave?

LEILA: Not in the way Washington hoped. The launches dipped in January and then came straight back.

MARA: Tomas, is the Navy winning?

TG: Winning is the wrong word. The destroyers have shot down well over a hundred drones and missiles.
"""


def test_a_podcast_transcript_with_first_names_initials_and_time_codes():
    """A podcast's speakers are introduced in full ("LEILA HADDAD:") and labelled later by first name or initials
    ("LEILA:", "TG:"): one speaker each; a "[00:02:10]" line is furniture, and the host (who asks) speaks in the
    show's own voice, her introduction too."""
    rows = segment_rows(PODCAST)
    got = [(a, PODCAST[s:e]) for k, s, e, a in rows if k == "answer"]
    assert got[-2:] == [("LEILA HADDAD", "Not in the way Washington hoped. The launches dipped in January and then "
                                         "came straight back."),
                        ("TOMAS GRIER", "Winning is the wrong word. The destroyers have shot down well over a hundred "
                                        "drones and missiles.")]
    assert not any(a.startswith("MARA") for a, _ in got)


def test_a_caption_that_ends_in_its_photo_credit():
    """A long read's caption under its photo ends in the credit ("Photograph: NAME/Outlet"): a caption, whose
    names are no one's words and no antecedent of "he says"."""
    page = ("The long read\n\nby Clara Roe\n\nDhiyaa Salman at his home in Basra. Photograph: Youssef Karam/The "
            "Northgate Review\n\nThe first thing Dhiyaa Salman shows me is a card. ‘This was my pension,’ he says.\n")
    got = kinds(page)
    assert ("caption", "", "Dhiyaa Salman at his home in Basra. Photograph: Youssef Karam/The Northgate Review") in got
    assert ("body", "", "The first thing Dhiyaa Salman shows me is a card. ‘This was my pension,’ he says.") in got


def test_a_bylines_date_is_no_part_of_the_authors_name():
    page = ("Tehran vows revenge\n\nPosted by Miriam Castell on May 12, 2016\n\nThe Guard said on Tuesday that 14 of "
            "its advisers had been killed near Aleppo.\n\nBy Jane Roe and Karim Haddad, 3 June 2019 at 10:15\n")
    assert [a for k, a, t in kinds(page) if k == "byline"] == ["Miriam Castell", "Jane Roe; Karim Haddad"]


def test_a_blogs_menu_row_is_furniture_and_its_byline_ends_at_the_middle_dot():
    """A row of four or more capitalised links ("Home · Daily Reads · Papers A-Z · About") is a menu, and a
    byline's "· Tuesday, ... · 9 min read" is no part of the author's name."""
    page = ("Kaghaz\n\nHome · Daily Reads · Papers A-Z · Who’s Who · About · Support on Patreon\n\nMonday’s papers\n\n"
            "Posted by Shirin Aghdasi-Moore (shirin_am) · Monday, May 4, 2020 · 6 min read · 3 responses\n\n"
            "Kayhan said on Monday that the talks were a trap. The papers agreed.\n")
    got = kinds(page)
    assert ("boilerplate", "", "Home · Daily Reads · Papers A-Z · Who’s Who · About · Support on Patreon") in got
    assert [a for k, a, t in got if k == "byline"] == ["Shirin Aghdasi-Moore (shirin_am)"]
    assert ("body", "", "Kayhan said on Monday that the talks were a trap. The papers agreed.") in got
    spaced = "Kedge Notes\n\nHome  Analysis  Law of the Sea  Podcast  Contact\n\nThe navy said the ship was free.\n"
    assert ("boilerplate", "", "Home  Analysis  Law of the Sea  Podcast  Contact") in kinds(spaced)


def test_a_bio_is_one_sentence_a_posts_widget_row_opens_no_comments_and_up_next_ends_the_story():
    """"Iran was unmoved. NAME told reporters" is no author bio (a bio is one sentence), so the story goes on;
    a link aggregator's "64 comments · share · save" above the post's text is its widget row, not the comment
    section; "Up Next" opens a related-links box; "[removed by moderator]" is no comment."""
    story = ("Iraq recalls envoy\n\nIraq recalled its ambassador on Tuesday.\n\nIran was unmoved. Spokesman Nasser "
             "Kanaani told reporters in Tehran that the strike was lawful.\n\nThe State Department said it "
             "condemned the strike.\n\nUp Next\nOil edges up as strikes add to supply worries\n")
    got = kinds(story)
    assert ("body", "", "The State Department said it condemned the strike.") in got
    assert [k for k, a, t in got if "Oil edges up" in t] == ["boilerplate"]
    post = ("They bombed Koya again\nsubmitted 1 day ago by kurd_ldn · Iran / Iraq\n64 comments · share · save · hide · "
            "report · crosspost\n\nOn Monday night the Guards fired missiles at the camps again.\n\nall 64 comments\n"
            "sorted by: best ▾\n\n▲ 412 ▼\nthrowaway_22 · 1 day ago\nSame story every year.\nreply · share · report\n\n"
            "▲ 12 ▼\n[deleted] · 1 day ago\n[removed by moderator]\nreply · share · report\n")
    got = kinds(post)
    assert ("body", "", "On Monday night the Guards fired missiles at the camps again.") in got
    assert [(a, t) for k, a, t in got if k == "comment"] == [("throwaway_22", "Same story every year.")]


def test_a_short_video_transcripts_labels_speak_once():
    """After "Video transcript:", "Returnee 1:" and "Border official:" each speak once; "Reporter:" is the outlet."""
    page = ("Returnees pressed to fight\n\nThe ministry said on Monday that 5,000 people had crossed the border.\n\n"
            "Video transcript:\n\nReporter: At the crossing, buses arrive every hour.\n\nReturnee 1: They asked me if I "
            "had been to Syria before.\n\nReporter: Officials say they register 15,000 people a day.\n\nBorder official: We "
            "give them food and a SIM card.\n\n[End of transcript]\n")
    got = [(a, t) for k, a, t in kinds(page) if k == "answer"]
    assert got == [("Returnee 1", "They asked me if I had been to Syria before."),
                   ("Border official", "We give them food and a SIM card.")]


def test_a_telegram_card_without_a_handle_is_the_channels_post():
    """A Telegram card pasted as the channel's name on a line, the post, then its view count and time:
    the post is the channel's, the name and the count furniture."""
    t = ("The channel posted this the same evening:\n\n"
         "Saraya al-Difaa Media\n"
         "Our brigades entered the eastern villages under the banner of the martyrs. Let the occupiers know it.\n"
         "3.2K views   21:05\n\n"
         "The coalition did not comment on the claim.\n")
    rows = [(k, t[a:b], x) for k, a, b, x in segment_rows(t)]
    assert ("post", "Our brigades entered the eastern villages under the banner of the martyrs. Let the occupiers "
            "know it.", "Saraya al-Difaa Media") in rows
    assert ("body", "The coalition did not comment on the claim.", "") in rows
    # a short line over a paragraph with no view count under it is no card
    t2 = "Fighting in the east\nOur brigades entered the eastern villages on Monday, the agency said.\n"
    assert all(k != "post" for k, _, _, _ in segment_rows(t2))


def test_a_post_attribution_inside_single_line_paragraphs_ends_the_post():
    """A page whose paragraphs are single lines: the embedded post, its "— NAME (@handle)" line, and the
    article going on right below it in what reads as one paragraph."""
    t = ("Title\n\nThe first photo appeared on May 25.\n"
         "The general at the ops room, per Fars. Baghdad told us the army would lead. pic.twitter.com/Ab12\n"
         "— Warren Keogh (@wkeogh_iq) May 25, 2016\n"
         "Baghdad has tried to play down the militias’ part in the battle.\n")
    rows = [(k, t[a:b], x) for k, a, b, x in segment_rows(t)]
    assert ("post", "The general at the ops room, per Fars. Baghdad told us the army would lead. "
            "pic.twitter.com/Ab12", "Warren Keogh") in rows
    assert ("body", "Baghdad has tried to play down the militias’ part in the battle.", "") in rows


def test_a_caption_whose_credit_sentence_follows_its_description():
    """"Mourners fill the square on May 3. Image via Fars, which said the crowd ..." is a photo caption (the
    credit is a sentence of its own after the description), not a paragraph of the article."""
    page = ("Guard funerals draw crowds\n\nBy Jane Roe | May 4, 2016\n\n"
            "Mourners fill Azadi Square in Tehran on May 3. Image via Fars, which said the crowd stretched "
            "“to the edge of the city.”\n\n"
            "The Guard said on Monday that the funerals would go on for three days.\n\n"
            "Trucks enter the Bekaa near Hermel on May 5. Screenshot from Al-Manar, which said the drivers were "
            "“welcomed like heroes.”\n\n"
            "An image via satellite shows the square at noon.\n")
    got = kinds(page)
    assert [k for k, a, t in got if t.startswith(("Mourners fill", "Trucks enter"))] == ["caption", "caption"]
    assert [t for k, a, t in got if k == "body"] == [
        "The Guard said on Monday that the funerals would go on for three days.",
        "An image via satellite shows the square at noon."]


def test_a_live_blogs_key_events_box_is_furniture():
    """The box a live blog puts over its entries ("Key events", "2h ago  Biden: strike brought 'a reckoning'",
    "Show key events only") repeats the entries' headlines: furniture, not the page's body."""
    text = ("The Harbour Post\n\nLIVE  Middle East crisis\n\nIsrael and Hezbollah trade fire - as it happened\n\n"
            "Key events\n2h ago  Biden: strike brought 'a reckoning'\n6h ago  Hezbollah confirms commander's death\n"
            "Show key events only\nPlease turn on JavaScript to use this feature\n\n21.36 BST\n"
            "Hezbollah said its fighters had shelled a position near Metula.\n")
    rows = segment_rows(text)
    body = " ".join(text[a:b] for kind, a, b, _ in rows if kind == "body")
    assert "Hezbollah said its fighters had shelled a position near Metula." in body
    assert "ago" not in body and "Key events" not in body and "JavaScript" not in body


def test_a_related_links_box_named_for_its_section_ends_the_body():
    """"More from Press Review" over a list of other stories' headlines ("Friday's papers: “...” and ...") is a
    related-links box: its headlines are no one's words. A live blog's subhead "More from the Israeli military
    spokesman" is not such a box: the entries under it stay in the body."""
    page = ("Press Review\n\nBy Jane Roe\n\nKayhan said on Friday that the talks had failed.\n\n"
            "More from Press Review\nFriday’s papers: “The last meter of Khiam” and a funeral\n"
            "Qassem’s first speech: “Our fighters need nobody’s permission”\n")
    body = [t for k, a, t in kinds(page) if k == "body"]
    assert body == ["Kayhan said on Friday that the talks had failed."]
    blog = ("Live: the border\n\nKayhan said on Friday that the talks had failed.\n\n"
            "More from the Israeli military spokesman\n"
            "The army said it had struck a launcher near Tyre.\n")
    assert "The army said it had struck a launcher near Tyre." in " ".join(t for k, a, t in kinds(blog) if k == "body")


def test_an_aggregators_voted_thread_under_a_top_comments_line():
    """A news aggregator's thread: "top 10 of 47 comments · sorted by: best", then "▲ 63 ▼  handle · 13h" over
    each comment (a badge may follow the handle) and "reply · share · report" under it."""
    page = ("Iran's revenge, week two\n\nKayhan said on Saturday that the answer would come.\n\n"
            "top 10 of 47 comments · sorted by: best\n\n"
            "▲ 63 ▼  hashem_from_isfahan · 13h\nIsfahan here. Petrol queues on Thursday, nothing since.\n"
            "reply · share · report\n\n"
            "    ▲ 21 ▼  geopol_grayling (OP) · 12h\n    @hashem_from_isfahan Matches what a friend told me.\n"
            "    reply · share · report\n")
    got = [(k, a, t) for k, a, t in kinds(page) if k == "comment"]
    assert [(a, t.strip()) for k, a, t in got] == [
        ("hashem_from_isfahan", "Isfahan here. Petrol queues on Thursday, nothing since."),
        ("geopol_grayling", "@hashem_from_isfahan Matches what a friend told me.")]


def test_a_row_of_page_tools_between_bars_is_furniture():
    """A row of short items between bars with a page tool among them ("A-  A  A+  |  Print  |  Email  |
    Share", "... since 1962 | e-Paper | Subscribe | Sign in") is furniture, no body a later "he" could be;
    a commenter's "NAME | Karachi | Jun 14, 2025" line is not such a row."""
    text = ("The Harbour Courier\nOur city's paper since 1962 | e-Paper | Subscribe | Sign in\n\n"
            "Freed sailors describe their captivity\n\n"
            "A-  A  A+   |   Print   |   Email   |   Share\n\n"
            "The naval lieutenant who led the boarding party said they had been inside Iraqi waters.\n\n"
            "Comments\n\nFahad Rasheed | Karachi | Jun 14, 2025 08:12am\nThey were lucky.\n")
    got = kinds(text)
    assert ("boilerplate", "", "A-  A  A+   |   Print   |   Email   |   Share") in got
    assert ("boilerplate", "", "Our city's paper since 1962 | e-Paper | Subscribe | Sign in") in got
    assert ("comment", "Fahad Rasheed", "They were lucky.") in [(k, a, t.strip()) for k, a, t in got]


def test_comments_under_a_sorted_header_with_a_dated_line_and_a_button_row():
    """'COMMENTS (5)   Sorted by: Top' opens the comments (the sort order set apart by spaces); each
    commenter's name is alone on its line with 'Mar 16, 2011 · 7:48 PM' under it, and 'Like · 31 · Reply'
    closes the comment (no words of the commenter's)."""
    text = ("Troops clear the square\n\nBahrain said on Wednesday that it had cleared the square.\n\n"
            "COMMENTS (5)   Sorted by: Top\n\n"
            "harbour_watcher\nMar 16, 2011 · 7:48 PM\nAsk the Lebanese how they feel about foreign troops.\n"
            "Like · 31 · Reply\n\n"
            "nour.sitra\nMar 16, 2011 · 8:05 PM\nThere is no Iran in our tents, only tea.\nLike · 27 · Reply\n")
    got = [(k, a, t.strip()) for k, a, t in kinds(text)]
    assert ("comment", "harbour_watcher", "Ask the Lebanese how they feel about foreign troops.") in got
    assert ("comment", "nour.sitra", "There is no Iran in our tents, only tea.") in got


def test_comments_signed_below_their_words():
    """'Reader Comments (3)', then each comment's words with 'Posted by: NAME, Town | date' under them (on
    the next line or after a blank one): the words are the signer's comment, the town left out of the name;
    the signature itself is furniture."""
    text = ("Court hears confessions\n\nThe prosecutor said the defendants had “confessed freely.”\n\n"
            "Tags: Iran, trial\n\nReader Comments (3)\n\n"
            "Every country has the right to try people who spy for others.\n"
            "Posted by: Anoop Varghese, Kannur | 09/08/2009 12:14 PM\n\n"
            "Confessions on TV with no lawyer.\nNobody believes them.\n\n"
            "Posted by: Deepa S., Bangalore | 09/08/2009 06:20 PM\n\n"
            "Hypocrisy, nothing else.\nPosted by: Basheer K. | 09/08/2009 07:02 PM\n\nMore from World\n")
    got = [(k, a, t.strip()) for k, a, t in kinds(text)]
    comments = [(a, t) for k, a, t in got if k == "comment"]
    assert comments == [("Anoop Varghese", "Every country has the right to try people who spy for others."),
                        ("Deepa S.", "Confessions on TV with no lawyer.\nNobody believes them."),
                        ("Basheer K.", "Hypocrisy, nothing else.")]
    assert not any("Posted by" in t for k, a, t in got if k != "boilerplate")


def test_numbered_talkbacks_dated_with_dots_and_their_vote_rows():
    """'1. Itzik, Ramat Gan | 02.08.21 | 08:01' opens a talkback (a date written with dots), and the row of
    counts and links under its words, '👍 41  👎 9  Reply', is the widget's."""
    text = ("Who sends the drones\n\nThe drone struck the tanker's bridge on Thursday night, the operator said.\n\n"
            "Talkbacks (2)\n\n1. Itzik, Ramat Gan | 02.08.21 | 08:01\nIran kills, and the problem is always us.\n"
            "👍 41  👎 9  Reply\n\n2. yaakov_s | 02.08.21 | 10:05\nThe evidence is two coffins.\n👍 12  👎 2  Reply\n")
    comments = [(a, t.strip()) for k, a, t in kinds(text) if k == "comment"]
    assert comments == [("Itzik, Ramat Gan", "Iran kills, and the problem is always us."),
                        ("yaakov_s", "The evidence is two coffins.")]


def test_comment_headers_with_the_commenters_town_between_dots():
    """'Bienvenido Alcoseba · Riyadh, KSA · Oct 12, 2011 8:14 AM' opens a comment: the name, the town (with a
    comma of its own) and the date, set apart by middle dots; 'Reply · Like (21)' under it is the widget's."""
    text = ("Filipino workers told to stay calm\n\nThe labor attaché said there was “no reason to panic.”\n\n"
            "Readers' Comments (2)\n\nBienvenido Alcoseba · Riyadh, KSA · Oct 12, 2011 8:14 AM\n"
            "We are 11 years here in Riyadh and nothing like this before.\nReply · Like (21)\n\n"
            "Luzviminda T. · Jeddah · Oct 12, 2011 9:40 AM\nThis story is very strange.\nReply · Like (9)\n")
    comments = [(a, t.strip()) for k, a, t in kinds(text) if k == "comment"]
    assert comments == [("Bienvenido Alcoseba", "We are 11 years here in Riyadh and nothing like this before."),
                        ("Luzviminda T.", "This story is very strange.")]
