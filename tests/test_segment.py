"""Page segmentation: body, comments (every widget layout), bylines, captions, bios and furniture."""
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


def test_wordpress_comments_with_dates_and_reply_links():
    page = ("Title\n\nKayhan reported that the front was calm and quiet for now in the north.\n\n"
            "  • Reza K. says:\n    March 5, 2016 at 3:14 pm\n\n    The martyrs are heroes.\n\n"
            "    They will not be forgotten.\n\n    Reply\n"
            "  • Anna says:\n    March 6, 2016 at 9:02 am\n\n    Propaganda again.\n\nLeave a Reply\n")
    comments = [(a, t) for k, a, t in kinds(page) if k == "comment"]
    assert comments == [("Reza K.", "The martyrs are heroes.\n\n    They will not be forgotten."),
                        ("Anna", "Propaganda again.")]


def test_disqus_comments():
    page = ("Title\n\nTasnim reported that two drones were downed over the town on Sunday.\n\n"
            "Sam Jones • 3 years ago\nNobody believes these numbers.\n\nAli • a year ago\nThey will retake it.\n")
    comments = [(a, t) for k, a, t in kinds(page) if k == "comment"]
    assert comments == [("Sam Jones", "Nobody believes these numbers."), ("Ali", "They will retake it.")]


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
