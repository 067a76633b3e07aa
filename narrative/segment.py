"""Split a scraped page into body, comments and page furniture, keeping character offsets.

``segment(text)`` returns a DataFrame with one row per segment:

====== =====================================================================
kind   title, byline, caption, body, comment, answer, post, boilerplate
start  offset of the segment's first character in ``text``
end    offset just past its last character
author the commenter of a comment, the speaker's label of an interview
       answer, the account holder of an embedded post, the names of a
       byline, else ""
====== =====================================================================

Body segments are paragraphs (runs of non-blank lines); a comment segment
spans the whole comment, and an answer of an interview transcript one paragraph
of the answer (an answer of several paragraphs is several answer segments).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache, partial
from itertools import accumulate, islice, repeat, takewhile
from operator import add, not_, sub
from typing import NamedTuple

import pandas as pd

from .lexicons import load_yaml
from .speakers import Registry, title_name

COLUMNS = ["kind", "start", "end", "author"]


class Line(NamedTuple):  # a tuple: split_lines makes one per line of every page
    start: int
    end: int
    raw: str
    text: str  # raw, stripped
    indent: int  # the width of raw's leading spaces, tabs and no-break spaces
    blank: bool  # nothing but white space


class _AnyOf:
    """Regexes tested only for a match at all, in two searches: the anchored ones (``^...``) as one
    alternation tried at the start of the line only, the others as one alternation. (All in one
    alternation would try the anchored ones at every position of the line.) A regex that starts
    with ``^`` is anchored as a whole: each branch of a top-level ``|`` in it must start with ``^``."""

    def __init__(self, regexes: list[str], flags):
        anchored = [r[1:] for r in regexes if r.startswith("^")]
        floating = [r for r in regexes if not r.startswith("^")]
        self.anchored = re.compile("|".join(f"(?:{r})" for r in anchored), flags).match if anchored else None
        self.floating = re.compile("|".join(f"(?:{r})" for r in floating), flags).search if floating else None

    def search(self, s: str) -> bool:
        return bool(self.anchored and self.anchored(s) or self.floating and self.floating(s))


@lru_cache(maxsize=None)
def patterns():
    """The compiled boilerplate patterns of ``lexicons/boilerplate.yaml``."""
    data = load_yaml("boilerplate.yaml")
    flags = re.IGNORECASE
    date = data.get("date", "(?!)")
    votes = data.get("votes", "(?!)")
    badge = data.get("badge", "(?!)")

    def fill(p):
        return p.replace("{date}", date).replace("{votes}", votes).replace("{badge}", badge)

    def many(key):
        return [re.compile(fill(p), flags) for p in data.get(key, [])]

    def one(key):
        return _AnyOf([fill(p) for p in data.get(key, [])], flags)

    countries = "|".join(map(re.escape, sorted(Registry.default().countries, key=len, reverse=True)))

    return {
        "comment_header": many("comment_header"),
        "comment_header_dated": many("comment_header_dated"),
        "comment_section": one("comment_section"),
        "comment_signature": re.compile(fill(data.get("comment_signature", "(?!)")), flags),
        "date": re.compile(f"^{date}$", flags),
        "date_tail": re.compile(rf"(?:\s+(?:on|at)\s+|\s*[,–—-]\s*|\s+)(?:{date})\s*$", flags),
        "comment_meta": re.compile(fill(data.get("comment_meta", "(?!)")), flags),
        "comment_bullet": re.compile(data["comment_bullet"]),
        "comment_trailer": one("comment_trailer"),
        "badge": re.compile(badge, flags),
        "body_end": one("body_end"),
        "line": one("line"),
        "caption": one("caption"),
        "stamp": re.compile(fill(data.get("stamp", "(?!)")), flags),
        "byline": re.compile(data["byline"], flags),
        "bio": re.compile(data["bio"]),
        "dateline": re.compile(data.get("dateline", "(?!)")),
        "paragraph_mark": re.compile(data.get("paragraph_mark", "(?!)")),
        "ruled_heading": re.compile(data.get("ruled_heading", "(?!)")),
        "turn_label": re.compile(data.get("turn_label", "(?!)").replace("{countries}", countries)),
        "hearing_label": re.compile(data.get("hearing_label", "(?!)")),
        "letters_page": re.compile(data.get("letters_page", "(?!)")),
        "letter_signature": re.compile(data.get("letter_signature", "(?!)")),
        "letter_signature_block": re.compile(data.get("letter_signature_block", "(?!)")),
        "talk_signature": re.compile(data.get("talk_signature", "(?!)")),
        **{k: re.compile(data.get(k, "(?!)")) for k in ("email_header", "email_quote_intro", "chat_line")},
        "chat_nothing": re.compile(data.get("chat_nothing", "(?!)"), flags),
        "host_roles": frozenset(x.lower() for x in data.get("host_roles", [])),
        "post_attribution": re.compile(data.get("post_attribution", "(?!)")),
        "post_header": re.compile(data.get("post_header", "(?!)")),
        "post_footer": re.compile(data.get("post_footer", "(?!)")),
        "post_tag": re.compile(data.get("post_tag", "(?!)"), re.IGNORECASE),
        **{k: re.compile(fill(data.get(k, "(?!)")), flags) for k in ("forum_post", "forum_post_dated", "forum_date",
                                                                       "forum_member",
                                                                       "forum_quote", "forum_signature",
                                                                       "forum_trailer", "forum_footer")},
        "not_turn_labels": frozenset(x.lower() for x in data.get("not_turn_labels", [])),
        # (a member's party or a delegate's state: either makes the record a debate)
        "party_tag": re.compile("(?:{}|{})".format(data.get("party_tag", "(?!)"),
                                                   data.get("delegation_tag", "(?!)").replace("{countries}", countries))),
        "chamber_labels": frozenset(x.lower() for x in data.get("chamber_labels", [])),
        "interview_cue": re.compile(data.get("interview_cue", "(?!)"), flags),
        "courtesy": re.compile(data.get("courtesy", "(?!)"), flags),
        "bot_name": re.compile(data.get("bot_name", "(?!)"), flags),
        "bot_line": re.compile(data.get("bot_line", "(?!)"), flags),
    }


def split_lines(text: str) -> list[Line]:
    """Lines of ``text`` with their offsets (line breaks excluded).

    Each column is computed for all lines at once by C-level maps, and the tuples made without a
    Python-level ``__new__``: a page has hundreds of lines.

    >>> [(ln.start, ln.end, ln.text, ln.indent, ln.blank) for ln in split_lines("Title\\r\\n\\n  Body\\n")]
    [(0, 5, 'Title', 0, False), (7, 7, '', 0, True), (8, 14, 'Body', 2, False)]
    """
    with_breaks = text.splitlines(keepends=True)
    raws = list(map(str.rstrip, with_breaks, repeat("\r\n", len(with_breaks))))
    texts = list(map(str.strip, raws))
    starts = list(accumulate(map(len, with_breaks), initial=0))
    lengths = list(map(len, raws))
    indents = map(sub, lengths, map(len, map(str.lstrip, raws, repeat(" \t\u00a0", len(raws)))))
    return list(map(_new_line, zip(starts, map(add, starts, lengths), raws, texts, indents, map(not_, texts))))


_new_line = partial(tuple.__new__, Line)


def comment_author(line: Line):
    """The commenter's name if ``line`` opens a comment ("Mark Adkins says:"), else None."""
    return _header_name(line.text, "comment_header")


def _header_name(s: str, key: str):
    """The "name" group of the first of ``patterns()[key]`` that matches the line ``s``, else None."""
    if len(s) > 90:
        return None
    for regex in patterns()[key]:
        m = regex.match(s)
        if m:
            # (Disqus: "Cedar_Realist  Jawad_Nabatieh • 3 days ago", the commenter, then whom the reply answers)
            return _name_tag(_WIDE_GAP.split(m.group("name").strip())[0])
    return None


def _forum_posts(lines: list[Line], kinds: list[str], authors: list[str], comment_ids: list[int]) -> int:
    """Mark a forum thread's posts (see ``forum_post`` in ``lexicons/boilerplate.yaml``) as comments
    of their posters, in place: the post's own words are ``comment`` lines; its number, date, member
    box, quoted posts, signature and "Reply With Quote" are ``boilerplate``. Returns the number of
    posts. A page is a thread only when two post numbers or more each open a member box."""
    pats = patterns()
    starts = []  # (the header's first line, the line after the header's number line, the poster or "")
    for i, ln in enumerate(lines):
        if pats["forum_post"].match(ln.text):
            box = [x.text for x in lines[i + 1:i + 8]]
            if any(pats["forum_member"].search(s) for s in box):
                starts.append((i, i + 1, ""))
        elif pats["forum_post_dated"].match(ln.text.strip()):
            # XenForo: the name and member box above the "date   #N" line, up to the blank line before them
            h = i
            while h > 0 and not lines[h - 1].blank and i - h < 6:
                h -= 1
            if h < i and any(pats["forum_member"].search(x.text.strip()) for x in lines[h + 1:i]):
                starts.append((h, i + 1, re.split(r"\s{2,}", lines[h].text.strip())[0]))
    if len(starts) < 2:
        return 0
    ends = [h for h, _, _ in starts[1:]] + [len(lines)]
    for n, ((i, j, name), end) in enumerate(zip(starts, ends)):
        for k in range(i, j):
            kinds[k] = "boilerplate"
        while j < end and not (lines[j].blank and name):  # the header: date, name, member box
            s = lines[j].text.strip()
            if s and not name and not pats["forum_date"].match(s):
                name = re.split(r"\s{2,}", s)[0]
            kinds[j] = "boilerplate"
            j += 1
        skipping, first = False, j  # inside a quoted post or a signature
        while j < end:
            ln, s = lines[j], lines[j].text.strip()
            if ln.blank:
                skipping = skipping and pats["forum_quote"].match(lines[j - 1].text.strip()) is not None
                j += 1
                continue
            if pats["line"].search(s) or pats["body_end"].search(s) or pats["forum_footer"].match(s):
                break  # the page footer after the last post
            if pats["forum_quote"].match(s) or pats["forum_signature"].match(s):
                skipping = True
            if skipping or pats["forum_trailer"].match(s):
                kinds[j] = "boilerplate"
            else:
                kinds[j], authors[j], comment_ids[j] = "comment", name, n
            j += 1
        own = [k for k in range(first, j) if comment_ids[k] == n]
        if n == 0 and sum(len(lines[k].text) > 150 for k in own) >= 4:
            # The thread's opening post pastes an article (four paragraphs of prose or more): the page's body,
            # whose reported speech is the article's (the poster's note above it is the page's narration)
            for k in own:
                kinds[k], authors[k], comment_ids[k] = "body", "", -1
        for k in range(j, end):
            kinds[k] = kinds[k] or "boilerplate"
    return len(starts)


_HEADLINE_LABEL = re.compile(r"[A-Z][^:“”\"\n]{1,40}:\s")
# A story card's line over its headline: "Tasnim · 3 hours ago", "Opinion · Javan · NAME · Yesterday".
_CARD_HEADER = re.compile(r"(?:[^·\n]{1,60}·\s*){1,4}(?:(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|"
                          r"yesterday|today)$", re.IGNORECASE)


def _news_card(lines: list[Line], i: int) -> bool:
    """Whether the "NAME · 3 hours ago" line ``lines[i]`` heads a news aggregator's story card (a headline, then
    a snippet of prose), not a comment."""
    after = [ln.text for ln in islice(lines, i + 1, i + 4) if not ln.blank][:2]
    # (a headline may end in a quotation when a speaker's name heads it: "Salami: “...”"; a handle, "@user 4 years
    # ago", and a widget's line under it, "Translated from Persian by Google", are a comment's)
    return len(after) == 2 and not lines[i].text.startswith("@") and len(after[0]) < 160 and \
        len(after[0].split()) >= 4 and not _SENTENCE_END.search(after[0]) and not _furniture(after[0]) and \
        (not after[0].endswith(("”", '"')) or _HEADLINE_LABEL.match(after[0]) is not None) and \
        len(after[1]) > 80 and _is_prose(after[1])


def _section_author(lines: list[Line], i: int):
    """Inside a comment section, the commenter if ``lines[i]`` opens a comment by its date: on the
    same line ("Mark | May 2, 2016") or alone on the next one, after at most one blank line (a
    name line, then "May 2, 2016 at 3:45 pm"; or its votes, "▲ 31 ▼"), else None. A tag after
    the name ("Dale Roe (author)") is not part of it."""
    s = lines[i].text
    name = _header_name(s, "comment_header_dated")
    if name is not None:
        return None if patterns()["line"].search(s.strip()) else name  # "this post was submitted on 08 Jan"
    if len(s) > 50 or not _NAME_LINE.match(_REPLY_TO.sub("", s)) or _SENTENCE_END.search(s) or _furniture(s) or \
            patterns()["badge"].fullmatch(s.strip()):
        return None  # (a reply's "NAME → OTHER NAME" is the name and whom it answers; "MOD" is a badge)
    # The date on the next line; or after one blank line when the line before the name ends the
    # last comment or opens the section ("Reply", "3 Comments"): a comment's last words over a
    # Blogger-style date trailer are no name.
    meta = patterns()["comment_meta"].match
    if i + 1 < len(lines) and meta(lines[i + 1].text) or \
            i + 2 < len(lines) and patterns()["badge"].fullmatch(lines[i + 1].text.strip()) and meta(lines[i + 2].text):
        return _name_tag(s)  # (the name, then its badge: "AutoModerator\nMOD\n· 6 hr. ago")
    # Facebook: the name opening a block of lines, the comment's, whose last one is the widget's ("Like ·
    # Reply · 5h").
    block = list(takewhile(lambda ln: not ln.blank, islice(lines, i + 1, i + 12))) if i and lines[i - 1].blank else []
    if len(block) >= 2 and not meta(s) and patterns()["comment_trailer"].search(block[-1].text) and \
            not all(patterns()["comment_trailer"].search(ln.text) for ln in block):
        return _name_tag(s)
    if i + 2 < len(lines) and lines[i + 1].blank and meta(lines[i + 2].text):
        before = next((ln.text for ln in reversed(lines[max(0, i - 3):i]) if not ln.blank), "")
        if _furniture(before):
            return _name_tag(s)
    return None


_WIDE_GAP = re.compile(r"\s{2,}")
_TRANSCRIPT_MARK = re.compile(r"\s*(?:video\s+|audio\s+|full\s+)?transcript\s*:?\s*$", re.IGNORECASE)
_NUMBERED_TITLE = re.compile(r"\d{1,3}\.\s+\S.{0,100}$")  # a numbered talkback's title line
# A role tag after a commenter's name ("Dale Roe (author)", "Mia (moderator)", Disqus's badge "Mia Mod"),
# and the commenter a reply answers ("Nate → RedSeaRoutes"). (A moderator stays a commenter: the site's
# own account, named as the outlet, is the outlet's; see pipeline._own_comments.)
_NAME_TAG = re.compile(r"\s*(?:\((?:author|editor|moderator|admin|staff|op|verified)\)|\s(?:Mod|Admin|Staff))$",
                       re.IGNORECASE)
_REPLY_TO = re.compile(r"\s+(?:→|->|➔|▸)\s+\S.*$")


def _name_tag(s: str) -> str:
    """A commenter's name without its bullet, role tag or the name it replies to.

    >>> _name_tag("Nadia Karam Mod → Hassan_Ameli"), _name_tag("• Dale Roe (author)")
    ('Nadia Karam', 'Dale Roe')
    """
    return _NAME_TAG.sub("", _REPLY_TO.sub("", _BULLET.sub("", s))).split(" | ", 1)[0]  # ("NAME | Karachi")


def _furniture(s: str) -> bool:
    """A widget, section or footer line ("Reply", "3 Comments", "Leave a Reply", "Share")."""
    return any(patterns()[k].search(s) for k in ("comment_trailer", "line", "body_end", "comment_section"))


def _is_prose(s: str) -> bool:
    """A sentence of prose (not a title, label or widget line), citation marks after it or not
    ("... on 5 September.[14]").

    >>> _is_prose("Government forces broke the three-year siege on 5 September.[14][15]"), _is_prose("See also")
    (True, False)
    """
    if s.endswith("]"):
        s = _CITATION_MARKS.sub("", s)
    return len(s) > 40 and s.endswith((".", "!", "?", "”", '"'))


_CITATION_MARKS = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|citation needed)\])+$")


# A commenter's name alone on its line: a few words, no sentence punctuation.
_NAME_LINE = re.compile(r"^(?:[•·●▪◦*-]\s*|\d{1,3}\.\s+)?[^\s.!?:;,\"“”]\S*(?:\s+[^\s!?:;,\"“”]+){0,3}$")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?]$")  # "Agreed." ends a sentence; "Sara K." is a name
_QUOTED_TITLE = re.compile(r"[“\"].*[”\"]")
_TIMED = re.compile(r"^\S\s*(?:\d+\s*[a-z]{0,7}\.?\s+ago\b|\d{1,2}[:.]\d{2}\b)", re.IGNORECASE)  # a live blog's list
_BULLET = re.compile(r"^(?:[•·●▪◦*-]\s*|\d{1,3}\.\s+)")


def _is_caption(s: str, repeated: set) -> bool:
    return s in repeated or patterns()["caption"].search(s)


def segment(text: str) -> pd.DataFrame:
    """Segment a scraped article (a DataFrame of ``segment_rows``).

    >>> page = "Title\\n\\nBy Jane Roe\\n\\nSalami said it.\\n\\nTags: , ,\\n\\n  • Bob says:\\n\\n    Nice.\\n"
    >>> segment(page)[["kind", "author"]].values.tolist()
    [['title', ''], ['byline', 'Jane Roe'], ['body', ''], ['boilerplate', ''], ['boilerplate', ''], ['comment', 'Bob']]
    """
    return pd.DataFrame(segment_rows(text), columns=COLUMNS)


def segment_rows(text: str) -> list[tuple[str, int, int, str]]:
    """The segments of ``text`` as (kind, start, end, author) tuples, without DataFrame overhead.

    >>> segment_rows("Title\\n\\nSalami said it was over.\\n")
    [('title', 0, 5, ''), ('body', 7, 31, '')]
    """
    pats = patterns()
    lines = split_lines(text)
    texts = [ln.text for ln in lines]
    counts: dict[str, int] = {}
    for s in texts:
        if len(s) >= 25:
            counts[s] = counts.get(s, 0) + 1
    repeated = {s for s, n in counts.items() if n > 1}

    kinds: list[str] = [""] * len(lines)
    authors: list[str] = [""] * len(lines)
    comment_ids: list[int] = [-1] * len(lines)

    n_comments = _forum_posts(lines, kinds, authors, comment_ids)
    # A news aggregator's story cards ("Tasnim · 3 hours ago", a headline, a snippet) are no comments; on a page
    # with three such cards or more, a card with its headline alone is none either.
    cards = {i for i, s in enumerate(texts) if "·" in s and _CARD_HEADER.match(s) and _news_card(lines, i)}
    aggregator = len(cards) >= 3
    # Comments: a header line, then the comment's lines up to the next header or a furniture line.
    in_comments, prose = False, False
    i = 0
    while i < len(lines):
        if kinds[i]:  # a forum post's line
            i += 1
            continue
        if i in cards or aggregator and "·" in texts[i] and _CARD_HEADER.match(texts[i]):
            cards.add(i)  # "Meridian Wire · 2 hours ago" over a headline: an aggregator's card (boilerplate, below)
            i += 1
            continue
        name = comment_author(lines[i])
        if name is None and in_comments:
            name = _section_author(lines, i)
        if name is None and in_comments:
            m = pats["comment_bullet"].match(texts[i])
            nxt = next((ln for ln in islice(lines, i + 1, None) if not ln.blank), None)
            if m and nxt is not None and nxt.indent > lines[i].indent:
                name = m.group("name")
        if name is None and in_comments and (sig := pats["comment_signature"].match(texts[i])):
            # "Every country has the right ...\nPosted by: NAME, Kannur | 09/08/2009 12:14 PM": the words
            # above the signature (a paragraph of lines no comment took) are the signer's comment
            k = i - 1
            while k >= 0 and lines[k].blank:
                k -= 1
            above = []
            while k >= 0 and not lines[k].blank and not kinds[k] and not pats["comment_section"].search(texts[k]):
                above.append(k)
                k -= 1
            if above and sum(len(texts[k].split()) for k in above) >= 3:
                for k in above:
                    kinds[k], authors[k], comment_ids[k] = "comment", sig.group("name").strip(), n_comments
                kinds[i] = "boilerplate"
                n_comments += 1
                i += 1
                continue
        if name is None:
            # "3 Comments" opens the comment section only after the article's prose has begun (a
            # page header may count the comments too); a quoted post title ("6 thoughts on “...”")
            # does not count towards a heading's length.
            # (A line shorter than 80 characters is short without its quoted title: no need to cut it.)
            in_comments = in_comments or prose and (len(texts[i]) < 80 or len(_QUOTED_TITLE.sub("", texts[i])) < 80) \
                and pats["comment_section"].search(texts[i])
            prose = prose or _is_prose(texts[i])
            i += 1
            continue
        in_comments = True
        kinds[i] = "boilerplate"
        j = i + 1
        body_indent = None
        while j < len(lines):
            ln = lines[j]
            if ln.blank:
                j += 1
                continue
            if comment_author(ln) is not None or _section_author(lines, j) is not None:
                break
            meta = pats["comment_meta"].match(ln.text)  # "• 3 hours ago • edited": no bulleted name
            if in_comments and not meta and pats["comment_bullet"].match(ln.text) and ln.indent <= lines[i].indent:
                break
            if body_indent is None:
                body_indent = ln.indent
            elif body_indent > 0 and ln.indent == 0:
                break  # an unindented line after indented comment text: the widget is over
            if pats["line"].search(ln.text) or pats["body_end"].search(ln.text):
                break
            if _NUMBERED_TITLE.match(ln.text) and j + 1 < len(lines) and _section_author(lines, j + 1) is not None:
                break  # "2. Eilat is also Israel" over the next talkback's "Orna L., Eilat (11.12.24)": its title
            if meta or pats["comment_trailer"].search(ln.text):
                if any(k == n_comments for k in comment_ids[i:j]):
                    break  # "Reply", "Log in to Reply" after the comment's words: the comment is over
                kinds[j] = "boilerplate"  # a date or "Reply" line before the comment's first words
                body_indent = None
                j += 1
                continue
            kinds[j], authors[j], comment_ids[j] = "comment", name, n_comments
            j += 1
        # Widget lines ("Reply", dates) at the end of a comment are not part of it.
        k = j - 1
        while k > i and (lines[k].blank or pats["comment_trailer"].search(lines[k].text)):
            if not lines[k].blank:
                kinds[k], comment_ids[k], authors[k] = "boilerplate", -1, ""
            k -= 1
        if pats["bot_name"].search(name) or any(kinds[k] == "comment" and pats["bot_line"].search(texts[k])
                                                for k in range(i + 1, j)):
            for k in range(i + 1, j):  # a bot's summary of the linked article: the article's words, no reader's
                if kinds[k] == "comment":
                    kinds[k], authors[k], comment_ids[k] = "body", "", -1
        n_comments += 1
        i = j

    # The body ends at the first footer line (tags, bio, "Leave a Reply") or the first comment.
    first_comment = next((k for k, kind in enumerate(kinds) if kind), len(lines))
    body_end = first_comment
    n_body = 0  # paragraphs of real prose seen so far: a bio or footer cannot come before them
    for k in range(first_comment):
        s = texts[k]
        if not s:
            continue
        if n_body and pats["body_end"].search(s) or n_body >= 2 and len(s) < 400 and pats["bio"].match(s):
            if s[:8].lower() == "keywords" and sum(len(t) >= 300 and _is_prose(t) for t in texts[k + 1:first_comment]) >= 2:
                continue  # a journal article's keywords under its abstract: the article follows
            body_end = k
            break
        if _is_prose(s):
            n_body += 1  # a sentence of prose: the article body has begun

    title_done = False
    bullets = []  # bulleted lines taken for furniture (a menu) for want of a full stop
    for k, ln in enumerate(lines):
        s = texts[k]
        if kinds[k] or not s:
            continue
        if k >= body_end or k in cards:
            kinds[k] = "boilerplate"
        elif _is_caption(s, repeated):
            kinds[k] = "caption"
        elif pats["line"].search(s) or pats["stamp"].match(s):
            kinds[k] = "boilerplate"
        elif s.startswith(("•", "·", "●")) and not _is_prose(s[1:].strip()):  # a bulleted sentence is prose
            kinds[k] = "boilerplate"
            if len(s.split()) >= 8 and not _TIMED.match(s):  # (not "• 8h ago  IRGC confirms launch")
                bullets.append(k)
        elif (m := pats["byline"].match(s)) and len(s) < 150 and not s.endswith("."):
            kinds[k], authors[k] = "byline", _byline_names(m.group("names"))
        elif not title_done and len(s) < 200 and not s.endswith((".", "!", "?", "”", '"')):
            kinds[k] = "title"
        else:
            kinds[k] = "body"
        if kinds[k] in ("title", "body"):
            title_done = True

    # ... unless the list they are in has a sentence of prose: an explainer's key points, not all ending
    # in a full stop ("• He called the blasts “a massacre”", "• NAME said the US had not been involved")
    for k in bullets + bullets[::-1]:
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(lines) and texts[j].startswith(("•", "·", "●"))]
        if any(kinds[j] == "body" for j in near):
            kinds[k] = "body"
    # Each genre's pass reads the rows the passes before it left, in this order. Turns come before datelines:
    # "Question (IRNA):" opens a turn, not a "Tehran (IRNA):" dateline.
    rows = _merge(lines, kinds, authors, comment_ids)
    for genre in (_embedded_posts, _letters, _emails, _written_questions, _chat_export, _talk_page, _captions,
                  _court_record, _interview_turns, _cited_blocks, _subtitles, _split_datelines):
        rows = genre(text, rows)
    return rows


# A display name's verified mark, and its name again in another script ("Benjamin Netanyahu - בנימין נתניהו").
_VERIFIED = re.compile(r"[\s✔✓☑️\U0001F1E6-\U0001F1FF]+$")  # (and a flag: "Hadi Al-Sanaani 🇾🇪")
_OTHER_SCRIPT = re.compile(r"\s+[-–|]\s+[^A-Za-z]*$|^[^A-Za-z]*\s+[-–|]\s+")


def _display_name(name: str) -> str:
    """A post card's display name without its verified mark or its name in another script.

    >>> _display_name("Benjamin Netanyahu - בנימין נתניהו  ✔"), _display_name("المقاومة الإسلامية – Islamic Resistance")
    ('Benjamin Netanyahu', 'Islamic Resistance')
    """
    return _OTHER_SCRIPT.sub("", _VERIFIED.sub("", name.strip()))


def _embedded_posts(text: str, rows: list[tuple]) -> list[tuple]:
    """An embedded post ("…\n— Avichay Adraee (@AvichayAdraee) April 1, 2024") as a ``post``
    segment of the named account holder: the lines above its attribution in the same paragraph,
    else the paragraph just above. The attribution line is boilerplate."""
    attribution, header, footer = patterns()["post_attribution"], patterns()["post_header"], patterns()["post_footer"]
    out = []
    headed = None  # the name a post header standing alone gives the paragraph below it
    replying = False  # ... and whether a "Replying to @..." line came between them
    for kind, start, end, author in rows:
        para = text[start:end]
        if headed is not None and _REPLYING.fullmatch(para):
            out.append(("boilerplate", start, end, ""))  # "Replying to @khaddad_gulf" between a header and its post
            replying = True
            continue
        if kind == "body" and para.startswith("Quote\n") and (qh := header.match(para[6:])):
            # A quoted post inside a post: "Quote\nYahya Saree\n@YSaree_YE · Sep 14\n<its words>"
            f = footer.search(para, 6 + qh.end())
            out += [("boilerplate", start, start + 6 + qh.end() - 1, ""),
                    ("post", start + 6 + qh.end(), start + (f.start() if f else len(para)),
                     _display_name(qh.group("name")))]
            if f:
                out.append(("boilerplate", start + f.start() + 1, end, ""))
            continue
        (name, headed), (reply, replying) = (headed, None), (replying, False)
        if kind == "body" and out and (out[-1][0] == "post" or len(out) > 1 and out[-2][0] == "post") and \
                footer.match("\n" + para):
            out.append(("boilerplate", start, end, ""))  # "412 Reposts  96 Quotes", a line below the post
            continue
        if kind == "body" and out and out[-1][0] == "body" and _PULL_BY.fullmatch(para) and \
                _repeated_quote(text, out[-1][1], out[-1][2]):
            # A pull quote: a sentence quoted again in large type, "— NAME" under it; said once already.
            out[-1] = ("boilerplate",) + out[-1][1:3] + ("",)
            out.append(("boilerplate", start, end, ""))
            continue
        h = header.match(para) if kind == "body" and ("@" in para or "Telegram" in para or "[" in para[:8]) \
            else None
        if h is not None and h.end() >= len(para.rstrip()):
            headed = _display_name(h.group("name"))  # "[09:05] NAME\nTranslated from Arabic:" over the post
            out.append(("boilerplate", start, end, ""))
            continue
        if kind == "body" and name is not None:
            head, account = 0, name  # the post under a header of its own
        elif h is not None:
            head, account = h.end(), _display_name(h.group("name"))
        elif kind == "body" and (ch := _CHANNEL_CARD.match(para)) is not None and \
                _VIEWS_LINE.match(text, end):
            # A Telegram card with no handle: "Kataib Hezbollah Media\n<the post>\n4.1K views   18:42"
            head, account = ch.end(), _display_name(ch.group("name"))
        else:
            account = None
        if account is not None:
            # A post card: "U.S. Central Command\n@CENTCOM\nAt approximately ...\n10:14 AM · Jun 6, 2024"
            f = footer.search(para, head)
            body_end = start + (f.start() if f else len(para))
            body = start + head
            while body < body_end and (text[body].isspace() or unicodedata.category(text[body]) in ("So", "Mn")):
                body += 1  # a channel's "🔴" or "⚡️" before its words
            if tag := patterns()["post_tag"].match(text, body, body_end):
                body = tag.end()  # "Urgent | ..."
            if rp := _REPLYING.match(text, body, body_end):
                body, reply = rp.end(), True
            # (a reply under the post: a comment by its account)
            out += [("boilerplate", start, body - 1, "")] * (body > start) + [
                ("comment" if reply else "post", body, body_end, account)]
            if f:
                out.append(("boilerplate", body_end + 1, end, ""))
            continue
        by = _QUOTE_BY.search(para) if kind == "body" and ("\n—" in para or "\n–" in para or para[:1] in "—–") \
            else None
        q, above = None, 0
        if by and not _TEXT_END_NAME.match(by.group("name")):
            q = _QUOTED_BLOCK.fullmatch(text, start, start + by.start())  # the quotation above it, in its paragraph
            while q is None and by.start() == 0 and above < 3 and len(out) > above and out[-above - 1][0] == "body":
                above += 1  # ... or in the rows just above (a quotation over several lines)
                q = _QUOTED_BLOCK.fullmatch(text, out[-above][1], out[-1][2])
        if q:
            # A quotation and "— NAME, title, occasion, date (source)" under it (a compilation of quotes,
            # an epigraph): NAME's words; the bullet, the marks and the attribution are furniture.
            first = out[-above][1] if above else start
            del out[len(out) - above:]
            out += [("boilerplate", first, q.start("q"), ""), ("post", q.start("q"), q.end("q"), by.group("name")),
                    ("boilerplate", q.end("q"), end, "")]
            continue
        if by and _DATED.search(by.group(0)) and not _TEXT_END_NAME.match(by.group("name")):
            # A block quotation set without marks (a blog's blockquote), "— NAME, occasion, date" on the line
            # right under it: NAME's words
            if by.start() > 0 and _is_prose(para[:by.start()].rstrip()):
                out += [("post", start, start + by.start(), by.group("name")),
                        ("boilerplate", start + by.start() + 1, end, "")]
                continue
            if by.start() == 0 and out and out[-1][0] == "body" and "\n\n" not in text[out[-1][2]:start] and \
                    _is_prose(text[out[-1][1]:out[-1][2]].rstrip()):
                out[-1] = ("post",) + out[-1][1:3] + (by.group("name"),)
                out.append(("boilerplate", start, end, ""))
                continue
        m = attribution.search(para) if kind in ("body", "caption") and "(@" in para else None
        if m is None:
            out.append((kind, start, end, author))
            continue
        cut, name = start + m.start() + (para[m.start()] == "\n"), m.group("name").strip()
        if cut > start:  # the post and its attribution in one paragraph
            out.append(("post", start, cut - 1 if text[cut - 1] == "\n" else cut, name))
        elif out and out[-1][0] == "body":
            out[-1] = ("post", out[-1][1], out[-1][2], name)
        line_end = start + m.end()
        out.append(("boilerplate", cut, line_end if line_end < end else end, ""))
        if line_end < end:
            out.append((kind, line_end + 1, end, author))  # the article goes on below the attribution line
    return _thread(text, out)


def _letters(text: str, rows: list[tuple]) -> list[tuple]:
    """A letters page's letters as ``letter`` segments of their writers: the body paragraphs above each
    signature ("HUSSEIN FAKIH, Nabatieh", or the name over the town: "Daniel Ruskin-Hale\\nDayton, Ohio"), after
    the letter's title, up to the signature before it."""
    pats = patterns()
    line, block = pats["letter_signature"], pats["letter_signature_block"]

    def sign(s, e):
        return line.fullmatch(text, s, e) or block.fullmatch(text, s, e)

    if not ("etters" in text or "ETTERS" in text or "Editor" in text) or not pats["letters_page"].search(text) or \
            not any(k == "body" and sign(s, e) for k, s, e, _ in rows):
        return rows
    out = []
    for kind, start, end, author in rows:
        m = sign(start, end) if kind == "body" else None
        if m is None:
            out.append((kind, start, end, author))
            continue
        k = len(out)
        while k and out[k - 1][0] == "body" and _is_prose(text[out[k - 1][1]:out[k - 1][2]].rstrip()):
            k -= 1  # the letter's paragraphs, back to its title (or the signature before)
        if k < len(out):
            out[k:] = [("letter", out[k][1], out[-1][2], title_name(m.group("name")))]
        out.append(("boilerplate", start, end, ""))
    return out


# ("---------- Forwarded message ---------" over a header: a clipping forwarded, not its sender's words)
_FORWARDED = re.compile(r"Forwarded message|Begin forwarded message", re.IGNORECASE)
_QUOTED_EMAIL = re.compile(r"(?m)^>[ \t]?")  # a reply's quoted line: "> 1. Succession. ..."
_MESSAGE_RULE = re.compile(r"\s*(?:-{5,}|_{5,}|={5,})\s*(?:\n\s*Message \d+ of \d+\s*)?|\s*Message \d+ of \d+\s*")


def _emails(text: str, rows: list[tuple]) -> list[tuple]:
    """A leaked or published mail thread's messages as the turns of their senders ("From: NAME <address>"):
    each paragraph of prose is an ``answer`` of the sender; greetings, sign-offs and the signature (after
    "--") are boilerplate. A reply's quotation of an earlier message ("On ..., NAME wrote:" then "> ..."
    lines) is that writer's where the thread does not hold it already (else boilerplate); a forwarded
    clipping is the page's own body (the clipping's reported speech is read as an article's)."""
    if "From:" not in text or "Subject:" not in text:
        return rows
    pats = patterns()
    head, intro = pats["email_header"], pats["email_quote_intro"]
    # (a header's lines may fall in several rows: a line repeated on the page reads as a caption)
    heads = [m for m in head.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    if len(heads) < 2:
        return rows
    out, sender, quoted_by, forwarded, signed = [], None, None, False, False
    for row in rows:
        kind, start, end, author = row
        para = text[start:end]
        h = next((m for m in heads if m.start() < end and start < m.end()), None)
        if h is not None:
            if start <= h.start():
                forwarded = forwarded or _FORWARDED.search(text, max(0, h.start() - 80), h.start()) is not None
                sender, quoted_by, signed = (None if forwarded else h.group("name").strip()), None, False
            out.append(("boilerplate", start, end, ""))
        elif kind not in ("body", "caption"):
            out.append(row)
        elif _MESSAGE_RULE.fullmatch(para):
            sender, forwarded = None, False
            out.append(("boilerplate", start, end, ""))
        elif sender is None or STAGE_PARAGRAPH.fullmatch(para):
            out.append(row)  # the page's own words, or a forwarded clipping's ("[Site note: ...]": the site's)
        elif signed or para.startswith(("--\n", "-- \n", "Attachments:")) or para.strip() == "--":
            signed = True
            out.append(("boilerplate", start, end, ""))
        elif m := intro.match(para):
            quoted_by = m.group("name").strip()
            out.append(("boilerplate", start, end, ""))
        elif para.startswith(">"):
            for line in re.finditer(r"[^\n]+", para):
                q0 = _QUOTED_EMAIL.match(text, start + line.start()).end()
                words = text[q0:start + line.end()].strip()
                mine = quoted_by and len(words) > 3 and text.count(words) == 1
                out.append(("answer" if mine else "boilerplate", q0 if mine else start + line.start(),
                            start + line.end(), quoted_by if mine else ""))
        elif not _is_prose(para.strip()):
            out.append(("boilerplate", start, end, ""))  # "Hi Elliot,", "Best,\nSamira", a signature block
        else:
            out.extend(_spoken(text, start, end, sender))
    return out


# A parliament's written question: the formula before what is asked ("To ask the Secretary of State for
# Defence, whether ...", "To ask His Majesty's Government what ..."); who made a written statement.
_TO_ASK = re.compile(r"To ask (?:(?:His|Her) Majesty[’']s Government,?|the [^\n]{3,150}?,)\s*"
                     r"(?=(?:what|whether|if|how|when|which|why|who|for what)\b)")
_MADE_BY = re.compile(r"(?m)^Made by:[ \t]*(?P<name>[^()\n]{3,80}?)[ \t]*(?:\(|$)")


def _written_questions(text: str, rows: list[tuple]) -> list[tuple]:
    """A parliament's written questions and answers: under "Question for ...", "UIN ..., tabled on ...", the asker's
    name, then "Question" and what is asked (the asker's, after "To ask ..."); under "Answered on DATE", the
    minister's name and the answer's paragraphs (the minister's); a written statement's paragraphs are the
    "Made by:" minister's. Labels, dates, attachments and grouping notes are furniture."""
    if "Answered on " not in text or "To ask " not in text:
        return rows
    out, asker, speaker, expect_asker = [], None, None, False
    for row in rows:
        kind, start, end, author = row
        if kind not in ("body", "caption"):
            out.append(row)
            continue
        para = text[start:end]
        lines = para.split("\n")
        if lines[0].startswith(("Question for ", "UIN ")):
            expect_asker, speaker = lines[-1].startswith("UIN "), None
            commons = not lines[-1].startswith("UIN HL")  # (a Lords question's UIN is "HL2207")
        elif expect_asker:
            asker, expect_asker = lines[0].strip(), False
            if commons and not asker.endswith(" MP") and " " in asker:
                asker += " MP"  # a member of the Commons, whose name line has no title
        elif lines[0].strip() == "Question" and len(lines) > 1 and asker:
            q0 = start + len(lines[0]) + 1
            ask = _TO_ASK.match(text, q0)
            out += [("boilerplate", start, ask.end() if ask else q0, ""), ("answer", ask.end() if ask else q0, end, asker)]
            continue
        elif lines[0].startswith("Answered on ") and len(lines) > 1:
            speaker = lines[1].strip()
        elif made := _MADE_BY.search(para):
            speaker = made.group("name")
        elif speaker and _is_prose(para.strip()) and not para.startswith(("Attachments:", "This question was grouped")):
            out.extend(_spoken(text, start, end, speaker))
            continue
        else:
            if para.startswith(("Attachments:", "This question was grouped", "Written statement")):
                speaker = None
            out.append(row)
            continue
        out.append(("boilerplate", start, end, ""))
    return out


# A research text's block quotation signed with its source's code at the end: "... (Interview 14, former PMF
# commander, Baghdad, March 2021)", "(R7, questionnaire, June 2020)", "(Respondent 3)".
CODED_SOURCE = r"(?:Interview(?:ee)?|Respondent|Participant|Informant|Source)\s+#?\d+[a-z]?|[RPI]\d{1,3}"
_CODED_SOURCE = re.compile(rf"\s*\((?P<code>{CODED_SOURCE})(?:,[^()\n]{{0,120}})?\)\s*$")


def _cited_blocks(text: str, rows: list[tuple]) -> list[tuple]:
    """An indented block quotation that ends with its interviewee's code in brackets, as an ``answer`` of the
    code ("Interview 14"); the bracket is boilerplate. A quotation run into a sentence of the text ("told us
    that ... (Interview 22, ...)") is left to the sentence's verb."""
    if "(" not in text:
        return rows
    out = []
    for row in rows:
        kind, start, end, author = row
        line0 = text.rfind("\n", 0, start) + 1
        if kind == "body" and start - line0 >= 2 and not text[line0:start].strip() and \
                (m := _CODED_SOURCE.search(text, start, end)) is not None and m.start() > start:
            out += [("answer", start, m.start(), m.group("code")), ("boilerplate", m.start(), end, "")]
        else:
            out.append(row)
    return out


# A subtitle file's cue (SRT, or WebVTT without the number): "12\n00:00:54,540 --> 00:00:57,990\n".
_CUE_HEADER = re.compile(r"(?m)^(?:\d{1,5}[ \t]*\n)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*"
                         r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*\n")
# A cue line's speaker change ("- ", "[Presenter] ", "- [Crowd] "), a sound note ("[crowd chanting]") and a
# translator's note ("(TN: ...)", over lines).
_CUE_LABEL = re.compile(r"[ \t]*(?:-[ \t]+)?(?:\[(?P<label>[A-Z][^\]\n]{0,40})\][ \t]+(?=\S))?")
_SOUND_NOTE = re.compile(r"[ \t]*(?:-[ \t]+)?\[[^\]\n]*\][ \t]*$")
_TRANSLATORS_NOTE = re.compile(r"\((?:TN|T\.N\.|Translator[’']s note)\s*:[^)]*\)", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
_CUE_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*[ \t]*$")


def _subtitles(text: str, rows: list[tuple]) -> list[tuple]:
    """A subtitle file (SRT or WebVTT) of a speech on the page: one ``answer`` per sentence, across cues, of the
    speaker the page's title names ("NAME: ...") or else the first registered person its text names before the
    cues. A sentence after a bracketed label ("[Crowd] ...") is the label's; the presenter's are the page's own
    voice (body). Cue numbers, time codes, sound notes and translator's notes are boilerplate."""
    if "-->" not in text:
        return rows
    cues = list(_CUE_HEADER.finditer(text))
    if len(cues) < 4:
        return rows
    first = cues[0].start()
    speaker = None
    for kind, start, end, _ in rows:
        if start >= first:
            break
        if kind == "title" and (m := re.match(r"([^:\n]{3,80}):\s", text[start:end])):
            speaker = speaker or (m.group(1) if Registry.default().resolve(m.group(1)).kind == "person" else None)
        elif kind == "body" and speaker is None:
            found = [sp for _, _, sp in Registry.default().find(text, start, end) if sp.type == "person"]
            speaker = found[0].name if found else None
    if speaker is None:
        return rows
    last_end = text.find("\n\n", cues[-1].end())
    last_end = len(text) if last_end < 0 else last_end
    spans, open_ = [], None  # sentences: [start, end, label]
    for i, cue in enumerate(cues):
        c1 = cues[i + 1].start() if i + 1 < len(cues) else last_end
        notes = [(m.start(), m.end()) for m in _TRANSLATORS_NOTE.finditer(text, cue.end(), c1)]
        for line in _LINE.finditer(text, cue.end(), c1):
            a, b = line.start(), line.end()
            for n0, n1 in notes:  # (a note's part of the line is left out: "rose as martyrs. (TN: the word")
                a, b = (max(a, n1), b) if n0 <= a < n1 else (a, min(b, n0)) if a < n0 < b else (a, b)
            a += len(text[a:b]) - len(text[a:b].lstrip())
            b -= len(text[a:b]) - len(text[a:b].rstrip())
            if b <= a or _SOUND_NOTE.fullmatch(text, a, b):
                continue
            lab = _CUE_LABEL.match(text, a, b)
            a = lab.end()
            if lab.group("label"):
                if open_ is not None:
                    spans.append(open_)
                open_ = [a, b, lab.group("label")]
            elif open_ is None:
                open_ = [a, b, speaker]
            else:
                open_[1] = b
            if _CUE_SENTENCE_END.search(text, a, b):
                spans.append(open_)
                open_ = None
    if open_ is not None:
        spans.append(open_)
    out = [row[:2] + (min(row[2], first),) + row[3:] for row in rows if row[1] < first]
    pos = first
    pats = patterns()
    for a, b, label in spans:
        if a > pos:
            out.append(("boilerplate", pos, a, ""))
        if label.lower() in pats["host_roles"]:
            out.append(("body", a, b, ""))  # "[Presenter] We now go to the speech ...": the page's own voice
        elif pats["courtesy"].match(" ".join(text[a:b].split())):
            out.append(("boilerplate", a, b, ""))  # "In the name of God, the Most Gracious, ..."
        else:  # ("[Crowd]": "the crowd", a description)
            out.append(("answer", a, b, f"the {label.lower()}" if label != speaker and label.istitle() and
                        " " not in label else label))
        pos = b
    out.append(("boilerplate", pos, last_end, ""))
    out += [row for row in rows if row[1] >= last_end]
    return out


_CHAT_FORWARDED = re.compile(r"\[Forwarded\][ \t]*(?:(?P<name>[A-Z][^:\n]{1,60}?):[ \t]+)?")
_CHAT_REPLYING = re.compile(r"\[Replying to [^\]\n]*\][ \t]*")
_CHAT_VOICE = re.compile(r"<voice note[^>\n]*>[ \t]*\[[^:\]\n]*:[ \t]*(?P<words>[^\]\n]*)\]")


def _chat_export(text: str, rows: list[tuple]) -> list[tuple]:
    """A chat export's messages ("18/10/2023, 21:14 - NAME: ...") as ``answer`` segments of their senders, a line
    and the unprefixed lines under it each; the app's own lines, media placeholders and deleted messages are
    boilerplate. A forwarded statement ("[Forwarded] The Islamic Resistance in Iraq: ...") is its issuer's; a
    reply's preview ("[Replying to NAME: ...]") is left out; a voice note is the words of its transcription."""
    if not ("/" in text and " - " in text or "] " in text):
        return rows
    pats = patterns()
    line, nothing = pats["chat_line"], pats["chat_nothing"]
    if sum(1 for _ in zip(range(3), (m for m in line.finditer(text) if m.group("name")))) < 3:
        return rows
    out = []
    for row in rows:
        kind, start, end, author = row
        first = line.match(text, start, end) if kind == "body" else None
        if first is None:
            if kind == "body" and out and out[-1][0] == "answer" and "\n\n" not in text[out[-1][2]:start]:
                out[-1] = out[-1][:2] + (end, out[-1][3])  # a message's next line, set apart as a row of its own
            else:
                out.append(row)
            continue
        msgs = []  # [start, end, sender] of each message, continuation lines included
        for ln in re.finditer(r"[^\n]+", text[start:end]):
            m = line.match(text, start + ln.start(), start + ln.end())
            if m is None:
                if msgs and msgs[-1][2]:
                    msgs[-1][1] = start + ln.end()  # a message over several lines
                else:
                    out.append(("body", start + ln.start(), start + ln.end(), ""))
                continue
            if not m.group("name"):
                msgs.append([m.start(), m.end(), ""])  # "NAME created group ...": the app's own line
                continue
            m0, sender = m.start("msg"), m.group("name").strip()
            if (fw := _CHAT_FORWARDED.match(text, m0)) is not None:
                m0, sender = fw.end(), (fw.group("name") or sender).strip()
            if (rp := _CHAT_REPLYING.match(text, m0)) is not None:
                m0 = rp.end()
            if (vn := _CHAT_VOICE.match(text, m0)) is not None:
                msgs.append([m.start(), vn.start("words"), ""])
                msgs.append([vn.start("words"), vn.end("words"), sender])
                continue
            msgs.append([m.start(), m0, ""])
            if not nothing.match(text[m0:m.end()]):
                msgs.append([m0, m.end(), sender])
        out += [("answer" if who else "boilerplate", a, b, who) for a, b, who in msgs if b > a]
    return out


_TALK_INDENT = re.compile(r"[ \t]*(?:[:*#][ \t]*)*")  # a talk page's reply depth (":::") or !vote bullet ("* ")


def _line_start(text: str, lo: int, i: int) -> int:
    """Where the line holding offset ``i`` starts, ``lo`` at the earliest."""
    return max(lo, text.rfind("\n", lo, i) + 1)


def _talk_page(text: str, rows: list[tuple]) -> list[tuple]:
    """A wiki talk page's signed comments as ``letter`` segments of their signers (the comment, and the speech
    it reports): each runs from after its reply colons or bullet to its signature ("— NAME (talk) 14:02, 3 May
    2020 (UTC)"), over the unsigned paragraphs of prose just before it; the signature is boilerplate."""
    if "(UTC)" not in text:
        return rows
    sign = patterns()["talk_signature"]
    if sum(1 for _ in zip(range(2), sign.finditer(text))) < 2:
        return rows
    out, pending = [], []  # pending: unsigned prose paragraphs a signature below may close
    for row in rows:
        kind, start, end, author = row
        signed = list(sign.finditer(text, start, end)) if kind == "body" else []
        if not signed:
            if kind == "body" and _is_prose(text[start:end].strip()):
                pending.append(row)
            else:
                out += pending + [row]
                pending = []
            continue
        pos = start
        for m in signed:
            c0 = _line_start(text, pos, m.start())  # the signed line, and the lines of prose above it
            while c0 > pos and _is_prose(text[_line_start(text, pos, c0 - 1):c0].strip()):
                c0 = _line_start(text, pos, c0 - 1)
            if c0 > pos:  # ("Requested move[edit]" above "* Support per nom. — NAME (talk) ...": a heading)
                out += pending + [("boilerplate", pos, c0, "")]
                pending = []
            c0 = pending[0][1] if pending else c0
            c0 = _TALK_INDENT.match(text, c0).end()
            if text[c0:m.start()].strip():
                out.append(("letter", c0, m.start(), m.group("name")))
            out.append(("boilerplate", m.start(), m.end(), ""))
            pending, pos = [], m.end() + 1
        if text[pos:end].strip():
            pending.append(("body", pos, end, author))
    return out + pending


# A court reporter's transcript: numbered lines ("13  correct?"), "BY MR. HALLORAN:" before an
# examination's "Q." and "A." lines, "NAME, GOVERNMENT'S WITNESS, SWORN", and labels ("THE COURT:").
_MARGIN = re.compile(r"[ \t]{0,3}\d{1,2}(?:[ \t]{1,12}|$)")
_EXAMINER = re.compile(r"BY\s+((?:MR|MS|MRS|DR)\.\s+[A-Z][A-Z'’-]+):\s*$")
_WITNESS = re.compile(r"([A-Z][A-Z'’. -]+?),\s+(?:GOVERNMENT'S|GOVERNMENT’S|DEFENDANT'S|DEFENDANT’S|DEFENSE|PLAINTIFF'S|"
                      r"PLAINTIFF’S|PROSECUTION)\s+WITNESS\b")
_COURT_LABEL = re.compile(r"(THE COURT|THE WITNESS|THE INTERPRETER|THE CLERK|(?:MR|MS|MRS|DR)\.\s+[A-Z][A-Z'’-]+):\s+")
_QA = re.compile(r"([QA])\.\s+")


def _court_record(text: str, rows: list[tuple]) -> list[tuple]:
    """A court transcript's turns as ``answer`` rows: a "Q." line and the lines after it are the
    examining lawyer's (named by the last "BY MR. NAME:"), an "A." line the witness's (named by
    "NAME, GOVERNMENT'S WITNESS"), a labelled line ("MS. OKAFOR:", "THE COURT:") its speaker's; the
    margin's line numbers stay inside a turn, page headers, headings and "(Witness sworn.)" are furniture."""
    if "Q. " not in text or "A. " not in text or \
            len(re.findall(r"(?m)^[ \t]{0,3}\d{1,2}[ \t]+(?:Q|A)\.[ \t]", text)) < 6:
        return rows
    out, examiner, witness, turn = [], None, None, None  # turn: [start, end, speaker]

    def close():
        nonlocal turn
        if turn is not None:
            out.extend(_spoken(text, turn[0], turn[1], turn[2]))
            turn = None

    for kind, start, end, author in rows:
        if kind not in ("body", "caption", "boilerplate"):
            close()
            out.append((kind, start, end, author))
            continue
        for line in re.finditer(r"[^\n]+", text[start:end]):
            l0, l1 = start + line.start(), start + line.end()
            margin = _MARGIN.match(text, l0, l1)
            c0 = margin.end() if margin else l0
            body = text[c0:l1].strip()
            if not margin or not body or body.startswith("(") or _EXAMINER.match(body) or _WITNESS.match(body) or \
                    body.isupper():
                close()  # a page's header or footer, a heading, "(Witness sworn.)", "BY MR. NAME:"
                if ex := _EXAMINER.match(body):
                    examiner = title_name(ex.group(1))
                elif wi := _WITNESS.match(body):
                    witness = title_name(wi.group(1).strip())
                out.append(("boilerplate", l0, l1, ""))
                continue
            label = _QA.match(text, c0, l1) or _COURT_LABEL.match(text, c0, l1)
            if label is not None:
                close()
                who = (examiner if label.group(1) == "Q" else witness) if label.re is _QA else \
                    title_name(label.group(1))
                out.append(("boilerplate", l0, label.end(), ""))
                turn = [label.end(), l1, who] if who else None
            elif turn is not None:
                turn[1] = l1  # the turn goes on, margin number and all
    close()
    return out


# A film transcript: "[Caption: NAME, description]" or "[Archive: NAME, occasion]" over a contributor's words
# (bracketed stage notes may follow on their own lines); "NARRATOR:" over the film's own voice.
_CAPTION = re.compile(r"\s*(?:\[[^\]\n]*\]\s*)*?\[(?:Caption|Archive|Archive clip|Clip|On screen):\s*[“\"]?"
                      r"(?P<name>[A-Z][^,\]\n“”\"()]{1,60}?(?:\s*\([^()\n]*\)[^,\]\n()]*)?)[”\"]?\s*(?:,[^\]\n]*)?\]"
                      r"(?:\s*\[[^\]\n]*\])*\s*")
_NARRATOR = re.compile(r"\s*(?:NARRATOR|Narrator|PRESENTER|VOICEOVER|Voiceover|VO)\s*:\s*")
_STAGE_ROW = re.compile(r"\s*(?:\[[^\]\n]*\]\s*)+")


def _captions(text: str, rows: list[tuple]) -> list[tuple]:
    """A film transcript's contributors: the paragraphs after a "[Caption: NAME, ...]" or "[Archive:
    NAME, ...]" line are NAME's ``answer`` rows, up to the narrator's next label, another caption or a
    heading; "NARRATOR:" and stage notes ("[Music]") are furniture, the narrator's words the body."""
    if not ("[Caption" in text or "[Archive" in text or "[Clip" in text or "[On screen" in text) or \
            not any(k == "body" and _CAPTION.fullmatch(text, s, e) for k, s, e, _ in rows):
        return rows
    out, speaker = [], None
    for kind, start, end, author in rows:
        if kind not in ("body", "caption"):
            out.append((kind, start, end, author))
            continue
        if cap := _CAPTION.fullmatch(text, start, end):
            speaker = re.sub(r"\s*\([^()]*\)", "", cap.group("name")).strip()  # ("Brigadier General (retired) NAME")
            out.append(("boilerplate", start, end, ""))
        elif nar := _NARRATOR.match(text, start, end):
            speaker = None
            out.append(("boilerplate", start, nar.end(), ""))
            if nar.end() < end:
                out.append(("body", nar.end(), end, ""))
        elif _STAGE_ROW.fullmatch(text, start, end):
            out.append(("boilerplate", start, end, ""))
        elif speaker is not None and kind == "body" and not text[start:end].isupper():
            out.extend(_spoken(text, start, end, speaker))
        else:
            speaker = None  # a heading ("PART TWO: THE PARTY OF GOD") ends the turn
            out.append((kind, start, end, author))
    return out


_THREAD_NUMBER = re.compile(r"\d{1,3}/\d{1,3}\b[ \t]*")  # "2/14 " opening a post of a numbered thread


def _thread(text: str, rows: list[tuple]) -> list[tuple]:
    """The page's own thread ("1/14 THREAD: ...", "2/14 ..." posted by one account, and that account's
    replies under it) is the page's body, its author's narration and the speech it reports; the
    numbers are furniture."""
    numbered = Counter(a for k, s, e, a in rows if k == "post" and _THREAD_NUMBER.match(text, s, e))
    own = {a for a, n in numbered.items() if n >= 2}
    if not own:
        return rows
    out = []
    for kind, start, end, author in rows:
        if kind in ("post", "comment") and author in own:
            n = _THREAD_NUMBER.match(text, start, end)
            if n:
                out.append(("boilerplate", start, n.end(), ""))
            out.append(("body", n.end() if n else start, end, ""))
        else:
            out.append((kind, start, end, author))
    return out


# "— Hossein Salami, then deputy commander of the IRGC, speech in Tabriz, 12 May 2017 (Tasnim)" under a
# quotation (an editor's "[...]" line may follow), and the quotation: "• “...”".
_QUOTE_BY = re.compile(r"(?:^|\n)[ \t]*[—–][ \t]*(?P<name>(?!attributed\b|source\b|via\b|see\b|from\b)[A-Za-z][^,\n()]{1,60}?)"
                       r"[ \t]*(?:[,(][^\n]*)?"
                       r"(?:\n[ \t]*\[[^\n]*\][ \t]*)*$")
_TEXT_END_NAME = re.compile(r"(?i)end\b")  # "— End of text —" is no one's name
_DATED = re.compile(r",[^\n]*\b(?:1[89]|20)\d\d\b")  # an attribution's date: ", televised speech, 22 February 2024"
_QUOTED_BLOCK = re.compile(r"\s*(?:[•·●▪*][ \t]*)?[“\"](?P<q>[^“”\"]+(?:[“\"][^“”\"]*[”\"][^“”\"]*)*)[”\"]\s*")
_REPLYING = re.compile(r"[ \t]*Replying to @\w{1,30}(?:(?:,|\s+and)\s+@\w{1,30})*[ \t]*(?:\n|$)")
# A channel's name alone on the first line of a card (then the post, then its view count).
_CHANNEL_CARD = re.compile(r"(?P<name>[A-Z][^\n.:;!?,“”\"]{1,58}[^\n.:;!?,“”\"\s])[ \t]*\n(?=[^\n]{20})")
_VIEWS_LINE = re.compile(r"\s*\n[ \t]*[\d.,]+[KM]?[ \t]+views\b", re.IGNORECASE)
_PULL_BY = re.compile(r"\s*[—–]\s*[A-Z][^\n]{1,60}")
_QUOTED_LINE = re.compile(r"\s*[“\"‘]([^“”\"]{20,300}?)[”\"’]\s*")


def _repeated_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one quotation whose words (their first 40 characters) stand
    elsewhere in ``text`` too."""
    m = _QUOTED_LINE.fullmatch(text, start, end)
    if m is None:
        return False
    probe = m.group(1)[:40]
    return text.find(probe) != m.start(1) or text.find(probe, m.end(1)) >= 0


def _split_datelines(text: str, rows: list[tuple]) -> list[tuple]:
    """A body paragraph that opens with a wire dateline ("BEIRUT (Reuters) -") or a cable's paragraph mark
    ("8. (S) ") loses it to a boilerplate segment, so that the city and agency are not read as the first
    sentence's subject; a cable's heading between rules of dashes is boilerplate.
    A "dateline" that is a speaker's name in capitals ("MIKE POMPEO: He ran ..." in a news video's
    transcript) labels that person's words instead."""
    pats = patterns()
    dateline, mark, ruled = pats["dateline"], pats["paragraph_mark"], pats["ruled_heading"]
    out = []
    for kind, start, end, author in rows:
        if kind == "body" and (_ruled(text, start) and ruled.match(text[start:end]) or
                               out and _ruled(text, out[-1][1]) and _RULE.fullmatch(text, out[-1][1], out[-1][2]) and
                               "\n" not in text[start:end] and end - start <= 100):
            out.append(("boilerplate", start, end, ""))  # "-----\nYemen: “Wahhabi Fatwas”\n-----": a cable's heading
            continue
        if kind == "body" and text[start:start + 1].isdigit() and (pm := mark.match(text[start:end])):
            out.append(("boilerplate", start, start + pm.end(), ""))  # "8. (S) ": a cable's paragraph mark
            start += pm.end()
        m = dateline.match(text[start:end]) if kind == "body" else None
        if m:
            out.append(("boilerplate", start, start + m.end(), ""))
            # (a short turn, "MOHAMMAD FARAHANI: Thank you, Dana.", is no statement)
            speaker = _caps_speaker(text, start, start + m.end()) if end - start - m.end() > 40 else None
            out.extend(_spoken(text, start + m.end(), end, speaker) if speaker else
                       [(kind, start + m.end(), end, author)])
        else:
            out.append((kind, start, end, author))
    return out


_RULE = re.compile(r"\s*-{5,}\s*")


def _ruled(text: str, start: int) -> bool:
    """Whether the row at ``start`` opens with a rule of dashes (a cheap look before the regexes)."""
    return text.find("-----", start, start + 8) >= 0


def _caps_speaker(text: str, start: int, end: int) -> str | None:
    """The person a label in capitals names ("MIKE POMPEO:" is Mike Pompeo): a registered person, or
    one the text names after a title ("Secretary of State Mike Pompeo") or with an appositive ("Karim
    Haddad, a shopkeeper,"); a city's dateline ("NEW YORK:", "TEL AVIV:") names no one."""
    label = text[start:end].rstrip()
    if not label.endswith(":") or "(" in label or "," in label:
        return None
    words = label[:-1].split()
    if len(words) < 2:
        return None
    name = title_name(" ".join(words))
    reg = Registry.default()  # (read once per process)
    res = reg.resolve(name)
    if res.entry is not None:
        return res.name if res.kind == "person" else None
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        if re.match(r",\s+(?:a|an|the|who)\s", text[m.end():m.end() + 8]):
            return name
        for w in reversed(re.findall(r"[\w.]+", text[max(0, m.start() - 40):m.start()])[-4:]):
            if reg.descriptors.get(w.lower()) or w.lower() in reg.person_heads:
                return name  # "Secretary of State Mike Pompeo", "Hezbollah spokesman NAME"
            if not (w[:1].isupper() or w == "of"):
                break  # "officials in Tel Aviv"
    return None


def _join_label_lines(text: str, rows: list[tuple], turn_label) -> list[tuple]:
    """A speaker label alone on its line ("FARAHANI:") and the body paragraph below it: one row, as if
    the turn began on the label's line."""
    out, skip = [], False
    for i, row in enumerate(rows):
        if skip:
            skip = False
            continue
        kind, start, end, author = row
        m = None
        if kind == "body" and i + 1 < len(rows) and rows[i + 1][0] == "body" and text[start:end].rstrip().endswith(":") \
                and "\n" not in text[start:end].strip() and not _TRANSCRIPT_MARK.match(text, start, end):
            m = turn_label.match(text[start:rows[i + 1][2]])
        if m and start + m.end() >= rows[i + 1][1]:
            out.append(("body", start, rows[i + 1][2], author))
            skip = True
        else:
            out.append(row)
    return out


def _interview_turns(text: str, rows: list[tuple]) -> list[tuple]:
    """An interview transcript's answers as ``answer`` segments (author: the speaker's label).

    The document is a transcript when at least two speaker labels ("Q:", "Akbari:") each open two
    body paragraphs or more. The interviewer is "Q"/"Question" or the label whose turns are mostly
    questions (or, between two labels none of whose turns are mostly questions, the one that asks
    more and speaks less): its turns stay body (the outlet's own voice). Every other label's turn
    and the unlabelled paragraphs that follow it up to the next label are answers, one per
    paragraph. Bare "A:" answers
    with no named interviewee are someone's only when the page calls itself an interview before
    them (else a Q&A explainer: the outlet's voice). Labels are boilerplate.
    """
    pats = patterns()
    rows = _join_label_lines(text, rows, pats["turn_label"])
    labels, hearing = {}, pats["hearing_label"]
    for i, (kind, start, end, _) in enumerate(rows):
        m = pats["turn_label"].match(text[start:end]) or hearing.match(text[start:end]) if kind == "body" else None
        if m and m.group("label").lower() not in pats["not_turn_labels"]:
            labels[i] = m
    if any(pats["party_tag"].search(text, rows[i][1], rows[i][1] + m.end()) for i, m in labels.items()) or \
            sum(m.re is hearing for m in labels.values()) >= 2 or sum(bool(m.group("qnum")) for m in labels.values()) >= 2:
        return _debate_turns(text, rows, labels)
    count: dict[str, int] = {}
    for m in labels.values():
        count[m.group("label")] = count.get(m.group("label"), 0) + 1
    # After a "Video transcript:" line a label may speak once ("Returnee 1:", "Border official:")
    marker = next((i for i, row in enumerate(rows) if _TRANSCRIPT_MARK.match(text, row[1], row[2])), None)
    once = {m.group("label") for i, m in labels.items() if marker is not None and i > marker and
            not m.group("label").isupper()}  # (labels in capitals have their own rule, below)
    # "LEYLA DORRAN, DIRECTOR, ...:" once, then "DORRAN:" (or a podcast's "LEYLA:", "LD:"): one speaker's turns
    full = {}
    for lab in list(count):
        if lab.isupper() and " " in lab:
            words = lab.split()
            for short in {words[-1], words[0], "".join(w[0] for w in words)} & set(count):
                if short != lab and full.setdefault(short, lab) == lab:
                    count[lab] = count[short] = count[lab] + count[short]
    questions = {}
    for i, m in labels.items():
        kind, start, end, _ = rows[i]
        questions.setdefault(m.group("label"), []).append(text[start:end].rstrip().endswith("?"))
    asked = {lab for lab, q in questions.items() if lab in ("Q", "Question") or sum(q) * 2 > len(q)}
    two = [lab for lab, q in questions.items() if len(q) >= 2]
    if not asked and len(two) == 2:
        # A print interview whose questions are often statements ("Many families still ask why ..."): the
        # label that asks more often, else the one with the shorter turns, is the interviewer's.
        def share(lab):
            return sum(questions[lab]) / len(questions[lab])

        def mean_length(lab):
            spans = [rows[i][2] - rows[i][1] for i, m in labels.items() if m.group("label") == lab]
            return sum(spans) / len(spans)

        a, b = sorted(two, key=lambda lab: (-share(lab), mean_length(lab)))
        if share(a) > 0 and mean_length(a) < mean_length(b):
            asked.add(a)
    for m in labels.values():
        if not pats["host_roles"].isdisjoint(re.findall(r"[\w-]+", (m.group("role") or "").lower())):
            # "DANA WHITFIELD, HOST:" asks, and so does "WHITFIELD:" after it; so does a broadcaster's own
            # correspondent ("NICK ABERNATHY, ANC SENIOR CORRESPONDENT (voice-over):"): the outlet's voice.
            asked |= {m.group("label"), m.group("label").split()[-1]}
    asked |= {lab for short, lab in full.items() if short in asked} | {s for s, lab in full.items() if lab in asked}
    asked |= {lab for lab in count if lab.lower() in pats["host_roles"]}  # "Reporter:", "Presenter:": the outlet's
    briefing = False
    if sum(1 for n in count.values() if n >= 2) < 2 and len(once) < 2:
        # A press briefing: one speaker answers reporters who each ask once ("IRNA: ...?").
        if not any(n >= 2 and lab not in asked for lab, n in count.items()) or \
                sum(1 for lab, n in count.items() if n == 1 and lab in asked) < 2:
            return rows
        briefing = True
    # A label used once ("Explainer: ..." in a title) is no speaker's, unless it is Q or A (or a reporter's),
    # or a name in capitals where other capitalised labels speak more often ("ABDUL-MALIK AL-HOUTHI:" once,
    # in a transcript of "PRESENTER:" and "AL-BUKHAITI:").
    # (a long turn: "MODERATOR: Last question, please." and "NADER HOSSEINI: Thank you." are no speech)
    caps = any(n >= 2 and lab.isupper() and len(lab) > 3 for lab, n in count.items())
    starts = sorted(labels)

    def long_turn(lab):
        i = next(i for i, m in labels.items() if m.group("label") == lab)
        j = next((k for k in starts if k > i), len(rows))
        return j - i > 2 or rows[i][2] - rows[i][1] > 160

    count = {lab: n for lab, n in count.items() if n >= 2 or lab in ("Q", "A", "Question", "Answer") or lab in once
             or briefing and lab in asked or caps and lab.isupper() and len(lab) > 3 and long_turn(lab)}
    every = labels  # a label used once ("MODERATOR: Last question, please.") still ends the turn before it
    labels = {i: m for i, m in labels.items() if m.group("label") in count}
    asks = {lab for lab in asked if lab in count}
    first_q = min((i for i, m in labels.items() if m.group("label") in asks), default=0)
    # "Kanaani: advisers “not a bargaining chip”" as a headline above the first question is no turn;
    # opening remarks before it are ("GHASEMI (opening remarks): In the name of God. ...").
    labels = {i: m for i, m in labels.items() if i >= first_q or _is_prose(text[rows[i][1]:rows[i][2]].rstrip())
              and rows[i][2] - rows[i][1] > 80 and m.group("label") not in asks}
    named = [lab for lab in count if lab not in asks and lab not in ("A", "Answer")]
    answer = named[0] if len(named) == 1 else None  # "A:" is the one interviewee named in labels
    if not named and not pats["interview_cue"].search(text, 0, rows[min(labels)][1]):
        asks |= {"A", "Answer"}  # a Q&A explainer: the answers are the outlet's own voice
    def voice(m):
        lab = m.group("label")
        if lab in asks:
            # "Question (IRNA): ...": a reporter's question whose label names the outlet is the outlet's
            paren = ASKER_OUTLET.search(m.group(0))
            return paren.group(1) if paren and Registry.default().resolve(paren.group(1)).role == "outlet" else None
        return answer if lab in ("A", "Answer") and answer else full.get(lab, lab)

    return _turns(text, rows, labels, voice, every)


def _debate_turns(text: str, rows: list[tuple], labels: dict) -> list[tuple]:
    """A parliament's record (Hansard): every labelled member speaks, one ``answer`` per paragraph, up
    to the next label (the last label's turn is its paragraph); the chair's and the floor's turns
    ("Mr Speaker: Order.", "Hon. Members: Hear, hear!") are procedure, boilerplate."""
    pats = patterns()
    chamber, party = pats["chamber_labels"], pats["party_tag"]
    tagged = {m.group("label") for i, m in labels.items() if m.re is pats["hearing_label"] or m.group("office")
              or party.search(text, rows[i][1], rows[i][1] + m.end())}
    seen = [m.group("label") for m in labels.values()]
    # A committee's members ask under numbered questions ("Q13 NAME:"), its witnesses answer under their
    # titles ("Dr Tehrani:", "Colonel Harker:"), each perhaps once.
    asking = {m.group("label") for m in labels.values() if m.group("qnum")}
    titles = Registry.default().title_words

    def member(lab):
        """A member, the chair or the floor: tagged, named again, an office ("The Secretary-General:"), or
        introduced with a party elsewhere ("Dr NAME (Seat) (Lab) rose—"); not a title ("Red Sea: Attack on ...")."""
        return lab in tagged or lab.lower() in chamber or seen.count(lab) > 1 or lab in asking or \
            asking and lab.split()[0].lower() in titles or \
            lab.startswith("The ") and Registry.default().descriptors.get(lab.split()[-1].lower()) == "official" or \
            re.search(rf"{re.escape(lab)}\s*(?:\([^()\n]{{1,80}}\)\s*){{0,2}}{party.pattern}", text) is not None

    labels = {i: m for i, m in labels.items() if member(m.group("label"))}
    # (a hearing's "Senator REED" speaks as "Senator Reed", "Mr. McCAUL" as "Mr. McCaul": as prose writes them)
    hearing = {m.group("label") for m in labels.values() if m.re is pats["hearing_label"]}
    return _turns(text, rows, labels, lambda m: False if m.group("label").lower() in chamber else
                  re.sub(r"(?<=[A-Z])[A-Z]+\b", lambda w: w.group(0).lower(), m.group("label"))
                  if m.group("label") in hearing else m.group("label"))


# A paragraph that reports a transcript's speaker in the third person after an opener: "For his part,
# Zarif said that" (not a speaker's own "General Votel told this committee in February that").
NARRATED_TURN = re.compile(r"(?:[^.!?“”\"\n]{0,160}?,\s+)(?:[A-Z][\w'’-]+\s+){0,3}?(?:al-|el-)?([A-Z][\w'’-]+)\s+"
                           r"(?:said|added|stressed|noted|affirmed|pointed out|told|explained|stated|replied|"
                           r"responded|answered|continued|went on)\b")
ASKER_OUTLET = re.compile(r"\(([A-Z][^()\n]{1,40})\)")  # "Question (Al-Mayadeen):"


def _turns(text: str, rows: list[tuple], labels: dict, voice, ends=()) -> list[tuple]:
    """``rows`` with the turns of a transcript's ``labels`` (row index -> label match): a label is
    boilerplate, and its turn runs over the unlabelled body paragraphs after it up to the next label
    or a row of ``ends`` (the last label's turn is its own paragraph). ``voice(match)`` says whose the
    turn is: a speaker's name (``answer`` rows, a paragraph at a time), None (the interviewer's: body,
    the outlet's own voice) or False (the chair's procedure: boilerplate)."""
    out, speaker, last = [], None, max(labels)
    surnames = {re.sub(r"^(?:al|el)-", "", m.group("label").split()[-1].lower()) for m in labels.values()}
    for i, row in enumerate(rows):
        kind, start, end, author = row
        if kind == "body" and speaker is not None and i not in labels and \
                (told := NARRATED_TURN.match(text, start, end)) and told.group(1).lower() in surnames:
            # "Answering a question about Afrin, al-Muallem said that ...": the page's own report of a
            # speaker's answer between the turns, not the speaker's words
            speaker = None
        if i in labels:
            cut = start + labels[i].end()
            speaker = voice(labels[i])
            out.append(("boilerplate", start, end if speaker is False else cut, ""))
            if speaker is None:
                out.append((kind, cut, end, author))
            elif speaker:
                out.extend(_spoken(text, cut, end, speaker))
            speaker = speaker or None
        elif i in ends:
            speaker = None
            out.append(row)
        elif kind == "body" and speaker is not None and (STAGE_PARAGRAPH.fullmatch(text, start, end) or
                                                         _heading(text[start:end].strip())):
            # "[Translator's note: ...]", "[applause]", "STATEMENT OF GENERAL JOSEPH L. VOTEL": no one's words
            out.append(("boilerplate", start, end, ""))
        elif kind == "body" and speaker is not None and i < last:
            out.extend(_spoken(text, start, end, speaker))
        else:
            out.append(row)
    return out


def _heading(par: str) -> bool:
    """A transcript's heading between turns: in capitals, or a few words with no full stop ("Prepared
    Statement by General NAME").

    >>> _heading("STATEMENT OF SENATOR JACK REED"), _heading("Prepared Statement by General Joseph L. Votel")
    (True, True)
    >>> _heading("We will not leave Syria."), _heading("I was there")
    (False, False)
    """
    return par.isupper() or par[-1:] not in ".!?…:;,\"”’')]" and 3 <= len(par.split()) <= 12 and \
        sum(w[:1].isupper() for w in par.split()) * 2 > len(par.split())


# A transcript's stage direction in brackets after a sentence ("... on Eilat. [laughs] The truth is"): it
# ends the speaker's run of words there; a gloss inside a sentence ("Umm al-Rashrash [Eilat] will") does not.
STAGE_DIRECTION = re.compile(r"(?<=[.!?…\"”])[ \t]*(?:\[[^\[\]\n]{1,120}\][ \t]*)+")
STAGE_PARAGRAPH = re.compile(r"\s*(?:\[[^\[\]]{1,400}\]\s*)+")
# A run after a stage direction that starts mid-sentence ("[unclear] ... the Zionist lobby."): a fragment.
FRAGMENT = re.compile(r"\s*(?:\.\.\.|…)")


def _spoken(text: str, start: int, end: int, speaker: str) -> list[tuple]:
    """A transcript paragraph of ``speaker``'s as answer rows, one per run of words between stage
    directions (which, with a fragment after "[unclear]" and a turn that only runs the briefing, "Go
    ahead, Said.", are boilerplate)."""
    out, pos = [], start
    for m in STAGE_DIRECTION.finditer(text, start, end):
        out.append(("answer", pos, m.start(), speaker))
        out.append(("boilerplate", m.start(), m.end(), ""))
        pos = m.end()
    if pos < end:
        out.append(("answer", pos, end, speaker))
    courtesy = patterns()["courtesy"]
    return [("boilerplate",) + row[1:3] + ("",) if row[0] == "answer" and (
        FRAGMENT.match(text, row[1], row[2]) or courtesy.match(text[row[1]:row[2]].strip()))
            else row for row in out if row[2] > row[1]]


def _byline_names(names: str) -> str:
    """The byline's names, joined with "; ", without their date ("Posted by NAME on May 12, 2016").

    >>> _byline_names("Jane Roe and Karim Haddad on May 12, 2016 at 3:45 pm")
    'Jane Roe; Karim Haddad'
    """
    names = patterns()["date_tail"].sub("", names.strip())
    parts = re.split(r"\s*(?:&|\band\b|,|;)\s*", names)
    return "; ".join(p for p in parts if p and not p.startswith("@"))


def _merge(lines, kinds, authors, comment_ids):
    """Join consecutive lines of one kind into segments: paragraphs for the body, whole comments."""
    rows = []
    cur = None
    prev_text = ""
    for ln, kind, author, cid in zip(lines, kinds, authors, comment_ids):
        if ln.blank:
            if cur and cur[0] != "comment":
                rows.append(cur)
                cur = None
            continue
        start = ln.start + ln.indent
        key = (kind, cid if kind == "comment" else None)
        # A body line ending a sentence closes its paragraph (one-line paragraphs without blank lines).
        same = cur and (cur[0], cur[4]) == key and kind in ("body", "comment", "boilerplate", "caption")
        if same and not (kind == "body" and (prev_text.endswith((".", "!", "?", "”", '"', ":")) or
                                             ln.text.startswith(("•", "·", "●")))):  # a bullet, a paragraph
            cur[2] = ln.end
            prev_text = ln.text
            continue
        prev_text = ln.text
        if cur:
            rows.append(cur)
        cur = [kind, start, ln.end, author, key[1]]
    if cur:
        rows.append(cur)
    return [(kind, start, end, author) for kind, start, end, author, _ in rows]
