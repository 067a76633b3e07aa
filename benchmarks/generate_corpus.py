#!/usr/bin/env python3
"""Generate a synthetic corpus of scraped-looking news articles for benchmarks.

usage: generate_corpus.py OUT_DIR [--mb 20] [--seed 0] [--min-kb 3] [--max-kb 15]

Writes OUT_DIR/syn_NNNNNN.txt files (3-15 KB each) and OUT_DIR/metadata.csv
(doc_id,outlet,title,author,date,url) until about ``--mb`` megabytes of text
have been written. The articles imitate analyst sites and blogs covering Iran's
role in the Syrian war: a title, a byline, image captions (sometimes repeated),
narration with scare quotes, reported speech with varied cues and speakers
(direct quotes in curly or straight marks, quotes spanning two sentences,
partial quotes, indirect speech, "according to", outlet headlines and op-eds,
pronoun follow-ups such as "He likewise said"), author bio lines, "Tags: , ,"
lines, "  • NAME says:" comment sections with 4-space indented paragraphs and
"@ NAME" replies, related-link lists and footers. About 3% of the documents are
truncated blog reposts of an earlier document ("From X… intro", "via ...").

All text is invented; names of public figures and outlets are used with
made-up statements. The output is deterministic for a given --seed and size.

Speed: sentences are rendered once into pools (sized to the corpus) and then
recombined, so generation runs at well over 50 MB/s on one core.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import string
import sys
import time
from pathlib import Path

# --------------------------------------------------------------------------- vocabulary

# (full first mention, short name, description used in follow-ups, pronoun, role)
SPEAKERS = [
    ("IRGC Deputy Commander Brigadier General Hossein Salami", "Salami", "The commander", "He", "official"),
    ("IRGC chief commander Major General Mohammad Ali Jafari", "Jafari", "The Guard chief", "He", "official"),
    ("Qods Force commander Qassem Soleimani", "Soleimani", "The general", "He", "official"),
    ("Ali Akbar Velayati, the Supreme Leader's adviser on international affairs,", "Velayati", "The adviser", "He", "official"),
    ("Supreme National Security Council secretary Ali Shamkhani", "Shamkhani", "The security chief", "He", "official"),
    ("Defense Minister Hossein Dehghan", "Dehghan", "The minister", "He", "official"),
    ("former IRGC commander Mohsen Rezaei", "Rezaei", "The former commander", "He", "official"),
    ("Parliament speaker Ali Larijani", "Larijani", "The speaker", "He", "official"),
    ("Supreme Leader Ali Khamenei", "Khamenei", "The Supreme Leader", "He", "official"),
    ("Syrian President Bashar al-Assad", "Assad", "The Syrian president", "He", "official"),
    ("Hezbollah leader Hassan Nasrallah", "Nasrallah", "The Hezbollah chief", "He", "organization"),
    ("IRGC ground forces commander Mohammad Pakpour", "Pakpour", "The commander", "He", "official"),
    ("Basij commander Mohammad Reza Naqdi", "Naqdi", "The Basij chief", "He", "official"),
    ("foreign ministry spokesman Bahram Ghasemi", "Ghasemi", "The spokesman", "He", "official"),
    ("a Jaysh al Fath spokesman, Abu Omar al-Idlibi,", "al-Idlibi", "The spokesman", "He", "organization"),
    ("Russian Foreign Minister Sergei Lavrov", "Lavrov", "The Russian minister", "He", "official"),
    ("a senior Guard officer who asked not to be named", "the officer", "The officer", "He", "official"),
    ("analyst Farah Nouri of the Levant Policy Forum", "Nouri", "The analyst", "She", "organization"),
]

OUTLETS = ["Kayhan", "Fars News", "Tasnim", "Mehr", "IRNA", "Press TV", "Tabnak", "ISNA",
           "al-Manar", "Javan", "Vatan-e Emrooz", "Resalat"]
OUTLET_DESC = {"Kayhan": "The newspaper", "Javan": "The daily", "Vatan-e Emrooz": "The daily",
               "Resalat": "The newspaper"}

PLACES = ["Aleppo", "Khan Touman", "Hama", "Idlib", "Palmyra", "Deir ez-Zor", "Latakia", "Homs",
          "Nubl and Zahraa", "the Damascus countryside", "Daraa", "Quneitra", "al-Eis", "Harbal",
          "Tal Sahm", "the Qalamoun mountains", "Suran", "Khanasser", "Kuweires", "al-Hader"]
IRAN_CITIES = ["Kermanshah", "Tehran", "Hamedan", "Ilam", "Mashhad", "Shiraz", "Qom", "Isfahan",
               "Tabriz", "Ahvaz", "Kurdistan"]
REBELS = ["Jaysh al Fath", "the Nusra Front", "Ahrar al Sham", "the Free Syrian Army",
          "Jaysh al Islam", "the Islamic State", "Hay'at Tahrir al Sham", "the rebel coalition"]
BACKERS = ["Saudi Arabia", "Turkey", "Qatar", "the United States", "the Zionist regime",
           "Washington and its regional allies", "the Persian Gulf monarchies"]
FORCES = ["the IRGC", "the Guard", "the Fatemiyoun Division", "Hezbollah", "the Syrian army",
          "the resistance forces", "the Qods Force", "the shrine defenders", "Harakat al Nujaba",
          "the Zeinabiyoun Brigade", "the Basij volunteers"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

LEADINS = ["addressed supporters in a televised speech", "spoke at a memorial ceremony",
           "gave an interview to state television", "addressed a rally on Friday",
           "met a delegation of Basij volunteers"]
INDIRECT_CUES = ["said", "told reporters", "warned", "vowed", "claimed", "insisted", "reiterated",
                 "stated", "announced", "boasted", "proclaimed", "argued", "added", "declared",
                 "stressed", "told state television", "said in a speech", "wrote in an Instagram post"]

# propositions: {P} place, {C} Iranian city, {R} rebels, {B} backer, {F} force, {N} number
CLAIMS = [
    "the fight in {P} keeps the enemies of Iran far from its borders",
    "if the resistance had not stood in {P}, Iran would be fighting in {C} today",
    "{R} had been driven out of {P} with heavy losses",
    "the takfiri terrorists in {P} are armed and paid by {B}",
    "{B} had exploited the ceasefire to resupply {R}",
    "the terrorists violated the truce more than {N} times in a single week",
    "the loss of {P} was only a temporary setback",
    "reports of Iranian casualties in {P} are psychological warfare by the enemy",
    "Iran has only military advisers in Syria",
    "the blood of the martyrs of {P} will not be left unanswered",
    "{P} would be retaken within days",
    "the Axis of Resistance is stronger today than at any time since 2011",
    "the survival of the Syrian government is a red line for Iran",
    "Bashar al-Assad is the legitimate president of Syria",
    "Russia had failed to provide air cover during the battle for {P}",
    "{F} broke the backs of the terrorists around {P}",
    "the martyrs of {C} gave their lives to defend the shrines",
    "the war in Syria is a war between the army of Islam and the army of blasphemy",
    "the number of Iranians killed in Syria had been exaggerated by hostile media",
    "{N} fighters of {R} were killed in the counteroffensive near {P}",
    "{R} had never committed to the ceasefire",
    "Iran would continue to support the Syrian nation until the complete defeat of terrorism",
    "the Americans are responsible for the creation of the Islamic State",
    "the rebels' gains around {P} were temporary",
    "Iran is using {F} as a foreign legion to keep Assad in power at any cost",
    "Tehran's casualty figures for {P} could not be verified",
]
QUOTES = [
    "Had we not fought in {P}, we would be fighting in {C} now",
    "Our martyrs have closed the road to the enemy",
    "Victory is ours, and the terrorists know it",
    "The enemies of Islam will pay a heavy price for every drop of blood",
    "We are not in Syria to fight; we are there to advise",
    "The ceasefire was a gift to the terrorists and their masters in {B}",
    "{P} will be liberated, God willing",
    "The resistance holds the initiative on every front",
    "Those who arm the takfiris are partners in their crimes",
    "The Russian jets were nowhere to be seen when our men needed them",
    "The front in {P} is the front line of {C}",
    "Every martyr is a lamp on the road to Jerusalem",
    "The Syrian people alone will decide the fate of their president",
    "We will take harsh revenge on the terrorists and those who support them",
    "The so-called moderate rebels are the same people who behead prisoners",
    "Iran's presence in Syria is legal and at the request of its government",
    "The fall of Aleppo to the terrorists would have been the fall of Baghdad",
    "Propaganda will not change the facts on the ground",
]
FRAGMENTS = ["shattered", "broke the backs of", "crushed", "humiliated", "liberated",
             "cleansed of takfiris", "encircled", "routed"]
LABELS = ["takfiri terrorists", "foreign mercenaries", "the army of blasphemy",
          "agents of the Zionist regime", "hired killers paid in riyals", "Saudi-backed gangs",
          "Iran's foreign legion", "occupiers", "the shrine defenders' greatest test"]
HEADLINES = ["Victory in {P} is a victory for {C}", "The takfiris' backs are broken",
             "{B}'s plot fails in {P}", "Martyrs of {P} return home", "Red line in Damascus",
             "The resistance will not retreat", "Where is Russia?", "{P}: revenge is coming"]
ADVISERS = ["advisers", "military advisers", "volunteers", "shrine defenders"]
TRUCES = ["ceasefire", "truce", "cessation of hostilities", "de-escalation zone"]

NARRATION = [
    "The Guard has published {N} death notices since the fighting resumed on {D}.",
    "The fighting around {P} has intensified over the past two weeks.",
    "Syrian and allied militias opened a new push south of {P} under Russian air cover.",
    "The Guard's so-called “{A}” have been dying in growing numbers.",
    "{F} deployed additional units to {P} after the rebel advance.",
    "It was the heaviest single-day loss for the Guard since the Russian intervention began.",
    "The funerals were held in {C} and broadcast on state television.",
    "Iran's official line is that its men in Syria are “{A},” not combat troops.",
    "Rebel groups, including {R}, have made gains in the countryside around {P}.",
    "The so-called “{T}” never held for more than a few days.",
    "The rebels, many of them anything but “moderate,” were pushed back from {P}.",
    "Satellite imagery from {D} shows new positions north of {P}.",
    "Several of the dead served in provincial Guard units based in {C}.",
    "The Qods Force rarely acknowledges its own dead.",
    "Talks in Geneva look even less promising after the fighting around {P}.",
    "Tehran has framed the war as a defence of the shrines and of Iran itself.",
    "At least {N} members of {F} were reported killed in the clashes.",
    "The bodies were flown to {C} on {D} for burial.",
    "Russian jets were largely absent from the skies over {P} during the assault.",
    "The figures are impossible to verify independently.",
    "Rebel convoys from the Turkish border now have to take a longer road around {P}.",
]
COMMENT_SENTENCES = [
    "Clear and useful summary, thanks.",
    "This is pure propaganda and nobody can verify these numbers.",
    "Every nation has the right to defend itself, and Iran is defending itself in Syria.",
    "The Iranian people did not ask for this war.",
    "Like it or not, Assad is the legitimate president and the West has no say in that.",
    "Russia will use Iran and then leave it alone, as always.",
    "How many more funerals before Tehran admits it is a ground war?",
    "The martyrs are heroes and history will remember them.",
    "The rebels are armed by Saudi Arabia and Turkey, this is no secret.",
    "Great article, I have been following this for years.",
    "Does anyone have a source for the casualty figures?",
    "Advisers do not die by the dozen on the front line.",
    "Without Hezbollah and Iran, Damascus would have fallen in 2013.",
    "The so-called moderates are the same people who behead prisoners.",
    "This war has turned Syria into Iran's colony.",
    "I wonder why the Russian air force was not there when it was needed.",
    "The coffins tell a different story than the official statements.",
    "Call it what you like, Damascus is still the recognised government.",
    "Good analysis, but the numbers seem low to me.",
    "They are fighting the same takfiris who attacked Iraq in 2014.",
]
HANDLES = ["Parviz K.", "Daniel W.", "sandra_h", "Ghassan T.", "Rosa Mendel", "Hamid R.",
           "Jack Tolliver", "M. Ostrowski", "Leila", "Arash", "bill_mcn", "Kourosh T.",
           "Gavin", "hamaobserver", "Nina K.", "Mohammad Reza", "Stephen Lowe", "Elif",
           "J. Harper", "Ali Mousavi", "frontline_fan", "Omid", "Tom B.", "Rami Haddad",
           "kestrel", "Anonymous", "Sam", "Zahra M.", "old_soldier", "Yusuf"]
AUTHORS = ["Lena Varga", "Tomas Reyes", "Miriam Castell", "Daniel Okafor", "Sara Lindqvist",
           "Jonah Whitfield", "Amira Saleh", "Peter Novak", "Hana Kimura", "Marcus Bell",
           "Irene Costa", "Kaveh Sadri"]
SITES = [("Levant Conflict Monitor", "levant-monitor.example.org", "a research analyst"),
         ("The Eastern Front Review", "eastern-front-review.example.com", "a contributor"),
         ("Gulf & Levant Review", "gulf-levant-review.example.org", "a journalist"),
         ("Center for Gulf and Levant Studies", "cgls.example.org", "a senior fellow"),
         ("Kestrel Notes (blog)", "kestrelnotes.example.net", "the author"),
         ("Middle East Threat Watch", "mideast-threat-watch.example.org", "a research analyst")]
BLOGS = [("The Watchtower Digest (repost)", "watchtower-digest.example.net"),
         ("Freedom Ledger (repost)", "freedomledger.example.net")]
TITLE_T = ["IRGC losses mount in {P}", "Guard commanders defend Syria mission after {P} battle",
           "Tehran vows revenge after setback in {P}", "Iran blames ceasefire for {P} losses",
           "Soleimani reportedly seen near {P}", "Russia absent as rebels advance on {P}",
           "Iran's martyrs and the politics of the {P} front", "{R} claims gains near {P}",
           "The IRGC's role in the battle for {P}"]
RELATED = ["Iran's Afghan brigade expands in Syria", "Hezbollah's losses in Qalamoun",
           "The Guard's shrine defenders and the politics of grief",
           "Why Russia stayed out of the battle for southern Aleppo",
           "Who recruits Iran's foreign fighters", "Soleimani's war in pictures"]
CAPTIONS = ["Mourners carry the coffin of an IRGC member killed near {P}. (Image: {O})",
            "Qods Force commander Qassem Soleimani with fighters near {P}. (Photo: social media)",
            "Pro-government fighters near {P}. (Image: {O})"]


# --------------------------------------------------------------------------- rendering

class FastRandom(random.Random):
    """random.Random with cheaper choice/randint/randrange (built on random() only).

    The stock methods go through _randbelow, which dominates generation time.
    """

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))

    def randrange(self, n):  # only the one-argument form is used here
        return int(self.random() * n)


class Filler:
    """Fills {P}/{C}/{R}/{B}/{F}/{A}/{T}/{O}/{N}/{D} slots with random picks (only the slots used)."""

    SLOTS = {"P": PLACES, "C": IRAN_CITIES, "R": REBELS, "B": BACKERS, "F": FORCES,
             "A": ADVISERS, "T": TRUCES, "O": OUTLETS}

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._slots: dict[str, tuple[str, ...]] = {}

    def __call__(self, template: str) -> str:
        slots = self._slots.get(template)
        if slots is None:
            slots = tuple(sorted({n for _, n, _, _ in string.Formatter().parse(template) if n}))
            self._slots[template] = slots
        if not slots:
            return template
        rnd = self.rng.random
        vals = {}
        for name in slots:
            if name == "N":
                vals[name] = 3 + int(rnd() * 398)
            elif name == "D":
                vals[name] = f"{MONTHS[int(rnd() * 12)]} {1 + int(rnd() * 28)}"
            else:
                seq = self.SLOTS[name]
                vals[name] = seq[int(rnd() * len(seq))]
        return template.format_map(vals)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def when(rng: random.Random) -> str:
    return rng.choice(["", "", " on " + rng.choice(DAYS), " last week", " in Tehran",
                       " on state television", f" in {rng.choice(IRAN_CITIES)}"])


def statement_cluster(rng: random.Random, fill: Filler) -> str:
    """One to three sentences of reported speech by one speaker (or outlet)."""
    kind = rng.random()
    if kind < 0.22:  # an outlet: headline, op-ed, according to, described as, the newspaper stated
        o = rng.choice(OUTLETS)
        form = rng.randrange(5)
        if form == 0:
            s = f"{o} ran the headline “{fill(rng.choice(HEADLINES))}” on {rng.choice(DAYS)}."
            if rng.random() < 0.6:
                desc = OUTLET_DESC.get(o, "The outlet")
                s += f" {desc} stated that “{fill(rng.choice(CLAIMS))}.”"
            return s
        if form == 1:
            return f"An op-ed in {o} proclaimed that {fill(rng.choice(CLAIMS))}."
        if form == 2:
            return f"According to {o}, {fill(rng.choice(CLAIMS))}."
        if form == 3:
            return f"{o} described {fill(rng.choice(['the rebels in {P}', '{R}', 'the attackers', 'the fighters of {R}']))} as “{rng.choice(LABELS)}.”"
        return f"{o} reported that {fill(rng.choice(CLAIMS))}."
    full, short, desc, pron, _role = rng.choice(SPEAKERS)
    first = cap(full)
    form = rng.randrange(9)
    if form == 0:  # direct, quote first
        s = f"“{fill(rng.choice(QUOTES))},” {full.rstrip(',')} said{when(rng)}."
    elif form == 1:  # direct spanning two sentences
        q1, q2 = rng.sample(QUOTES, 2)
        s = f"“{fill(q1)}. {fill(q2)},” {short} told reporters."
        s = f"{first} {rng.choice(LEADINS)}. " + s
    elif form == 2:  # speaker first, colon
        s = f"{first} said{when(rng)}: “{fill(rng.choice(QUOTES))}.”"
    elif form == 3:  # partial quote
        s = (f"{first} boasted that {fill(rng.choice(FORCES))} had “{rng.choice(FRAGMENTS)}” "
             f"{fill(rng.choice(REBELS))} around {fill(rng.choice(PLACES))}.")
    elif form == 4:  # partial with quoted tail
        c = fill(rng.choice(CLAIMS))
        words = c.split()
        k = max(2, len(words) - rng.randint(3, 6))
        s = f"{first} {rng.choice(INDIRECT_CUES)} that {' '.join(words[:k])} “{' '.join(words[k:])}.”"
    elif form == 5:  # accused / urged / denied
        v = rng.randrange(3)
        if v == 0:
            s = f"{first} accused {rng.choice(BACKERS)} of arming {fill(rng.choice(REBELS))} in {fill(rng.choice(PLACES))}."
        elif v == 1:
            s = f"{first} urged the international community to recognise {fill(rng.choice(REBELS))} as a terrorist group."
        else:
            s = f"{first} denied that {fill(rng.choice(CLAIMS))}."
    else:  # indirect
        s = f"{first} {rng.choice(INDIRECT_CUES)}{when(rng)} that {fill(rng.choice(CLAIMS))}."
    # follow-ups with pronoun or description
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        f = rng.randrange(4)
        if f == 0:
            s += f" {pron} likewise said that {fill(rng.choice(CLAIMS))}."
        elif f == 1:
            s += f" {desc} claimed that {fill(rng.choice(CLAIMS))}."
        elif f == 2:
            s += f" {pron} added: “{fill(rng.choice(QUOTES))}.”"
        else:
            s += f" {cap(short)} {rng.choice(['echoed', 'reiterated', 'repeated'])} the claim that {fill(rng.choice(CLAIMS))}."
    return s


def comment_block(rng: random.Random, handle: str) -> str:
    """"  • NAME says:" then 1-3 paragraphs indented by four spaces."""
    n_par = rng.choice((1, 1, 1, 2, 2, 3))
    sents = rng.sample(COMMENT_SENTENCES, n_par * 4)
    paras = [" ".join(sents[4 * i: 4 * i + rng.randint(1, 4)]) for i in range(n_par)]
    return f"  • {handle} says:\n\n    " + "\n\n    ".join(paras)


class Pools:
    """Pre-rendered sentences, paragraphs and comments, recombined by documents."""

    def __init__(self, rng: random.Random, n: int):
        fill = Filler(rng)
        self.statements = [statement_cluster(rng, fill) for _ in range(n)]
        self.narration = [cap(fill(rng.choice(NARRATION))) for _ in range(max(1000, n // 2))]
        self.paragraphs = [self._paragraph(rng) for _ in range(n)]
        self.par_len = [len(p) + 2 for p in self.paragraphs]
        self.comments = [comment_block(rng, rng.choice(HANDLES)) for _ in range(max(500, n // 2))]
        self.titles = [fill(rng.choice(TITLE_T)) for _ in range(max(200, n // 20))]
        self.slugs = {t: slug(t) for t in self.titles}
        self.captions = [fill(rng.choice(CAPTIONS)) for _ in range(max(100, n // 40))]

    def _paragraph(self, rng) -> str:
        sents = rng.choices(self.narration, k=rng.randint(2, 5))
        for _ in range(rng.randint(1, 3)):
            sents.insert(rng.randrange(len(sents) + 1), rng.choice(self.statements))
        return " ".join(sents)


def straighten(text: str) -> str:
    """Curly to straight quotes (str.replace is much faster than str.translate here)."""
    return text.replace("“", '"').replace("”", '"').replace("’", "'")


def make_doc(rng: random.Random, pools: Pools, target: int, max_bytes: int):
    site, domain, bio_role = rng.choice(SITES)
    authors = rng.sample(AUTHORS, rng.choice((1, 1, 1, 2)))
    year = rng.choice((2015, 2016, 2016, 2017))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    date = f"{year}-{month:02d}-{day:02d}"
    title = rng.choice(pools.titles)
    head = [title]
    bl = rng.randrange(3)
    names = " & ".join(authors)
    if bl == 0:
        head.append(f"By {names} | {MONTHS[month - 1]} {day}, {year}")
    elif bl == 1:
        head.append(f"Posted by {names} on {MONTHS[month - 1]} {day}, {year}")
    else:
        head.append(f"{names}\n{MONTHS[month - 1]} {day}, {year}")
    caption = rng.choice(pools.captions) if rng.random() < 0.5 else None
    if caption:
        head.append(caption)
    parts = head
    size = sum(len(p) for p in parts)
    body_target = target * rng.uniform(0.55, 0.85)
    n_par = 0
    pars, plen = pools.paragraphs, pools.par_len
    rnd, npars = rng.random, len(pars)
    while size < body_target:
        j = int(rnd() * npars)
        parts.append(pars[j])
        size += plen[j]
        n_par += 1
        if caption and n_par == 3 and rng.random() < 0.6:
            parts.append(caption)  # scraped pages often repeat the caption
    bio = f"{authors[0]} is {bio_role} at {site.replace(' (blog)', '')}."
    if rng.random() < 0.5:
        bio += f" Follow {'them' if len(authors) > 1 else 'on'} Twitter @{authors[0].split()[0].lower()}"
    parts.append(bio)
    parts.append("Tags:" + " ," * rng.randint(2, 6))
    text = "\n\n".join(parts) + "\n\n"
    # comments
    handles: list[str] = []
    comments = []
    size = len(text)  # characters; close enough to bytes for sizing
    for _ in range(rng.choice((0, 2, 3, 4, 5, 6, 8))):
        c = rng.choice(pools.comments)
        if size + len(c) + 200 > target and comments:
            break
        h = c[4:c.index(" says:")]
        if handles and h == handles[-1]:
            continue
        others = [x for x in handles if x != h]
        if others and rnd() < 0.25:  # a reply to an earlier commenter
            k = c.index("\n\n    ") + 6
            c = f"{c[:k]}@ {rng.choice(others)} {c[k].lower()}{c[k + 1:]}"
        handles.append(h)
        comments.append(c)
        size += len(c) + 2
    if comments:
        text += "\n" + "\n\n".join(comments) + "\n\n"
    tail = rng.randrange(3)
    if tail == 0:
        text += "\nRelated\n\n" + "\n\n".join(rng.sample(RELATED, 3)) + "\n"
    elif tail == 1:
        text += "\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
    else:
        text += "\nPrevious ArticleNext Article\n"
    if rng.random() < 0.3:
        text = straighten(text)
    data = text.encode("utf-8")
    if len(data) > max_bytes:  # cut at a paragraph boundary
        cut = data.rfind(b"\n\n", 0, max_bytes)
        data = data[:cut] + b"\n"
    meta = {"outlet": site, "title": title, "author": "; ".join(authors), "date": date,
            "url": f"https://{domain}/{year}/{month:02d}/{day:02d}/{pools.slugs[title]}/"}
    return data, meta


def make_repost(rng: random.Random, orig: bytes, meta: dict, min_bytes: int):
    blog, domain = rng.choice(BLOGS)
    text = orig.decode("utf-8")
    paras = text.split("\n\n")
    src = meta["outlet"]
    intro = rng.choice(["Tehran's body count keeps rising.", "Worth reading in full.",
                        "More evidence the Guard is fighting, not advising.",
                        "Another chapter in the war nobody in Tehran wants to talk about."])
    keep = max(4, int(len(paras) * rng.uniform(0.4, 0.7)))
    body = paras[:keep]
    last = body[-1]
    body[-1] = last[: max(40, int(len(last) * rng.uniform(0.3, 0.8)))]
    out = [meta["title"] + " #Iran", f"From {src}… {intro}"] + body + [
        f"via {meta['title']} | {src}.", "Leave a Reply",
        "Your email address will not be published. Required fields are marked *"]
    data = ("\n\n".join(out) + "\n").encode("utf-8")
    if len(data) < min_bytes:
        return None
    m = dict(meta, outlet=blog, title=meta["title"] + " #Iran", author="",
             url=f"https://{domain}/{slug(meta['title'])}-iran/")
    return data, m


def slug(title: str) -> str:
    return "-".join("".join(ch for ch in w.lower() if ch.isalnum()) for w in title.split())[:80]


# --------------------------------------------------------------------------- driver

def generate(out_dir, mb: float = 20, seed: int = 0, min_kb: float = 3, max_kb: float = 15,
             repost_rate: float = 0.03, quiet: bool = False) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = FastRandom(seed)
    total_target = int(mb * 1_000_000)
    min_b, max_b = int(min_kb * 1000), int(max_kb * 1000)
    t0, c0 = time.perf_counter(), time.process_time()
    # one pooled paragraph per 4 KB of corpus: each is reused ~6 times, in different documents
    pools = Pools(rng, n=max(2000, min(100_000, total_target // 4000)))
    written = 0
    rows = []
    recent: list[tuple[bytes, dict]] = []
    i = 0
    out_s = str(out)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    while written < total_target:
        doc = None
        if recent and rng.random() < repost_rate:
            doc = make_repost(rng, *rng.choice(recent), min_bytes=min_b)
        if doc is None:
            target = int(rng.uniform(min_b * 1.1, max_b * 0.95))
            doc = make_doc(rng, pools, target, max_b)
            if len(doc[0]) < min_b:
                continue
            recent.append(doc)
            if len(recent) > 50:
                recent.pop(0)
        data, meta = doc
        doc_id = f"syn_{i:06d}"
        fd = os.open(os.path.join(out_s, doc_id + ".txt"), flags, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        rows.append({"doc_id": doc_id, **meta})
        written += len(data)
        i += 1
    with open(out / "metadata.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["doc_id", "outlet", "title", "author", "date", "url"])
        w.writeheader()
        w.writerows(rows)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    stats = {"docs": i, "bytes": written, "seconds": secs, "cpu_seconds": cpu,
             "mb_per_s": written / 1e6 / max(secs, 1e-9)}
    if not quiet:
        print(f"wrote {i} documents, {written / 1e6:.1f} MB to {out} in {secs:.2f}s "
              f"({stats['mb_per_s']:.0f} MB/s; {written / 1e6 / max(cpu, 1e-9):.0f} MB per CPU second)",
              file=sys.stderr)
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", help="directory to write the .txt files and metadata.csv into")
    ap.add_argument("--mb", type=float, default=20, help="corpus size in megabytes (default 20)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--min-kb", type=float, default=3, help="smallest document, KB (default 3)")
    ap.add_argument("--max-kb", type=float, default=15, help="largest document, KB (default 15)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.mb <= 0 or args.min_kb <= 0 or args.max_kb < args.min_kb * 1.5:
        ap.error("need --mb > 0 and --max-kb >= 1.5 * --min-kb > 0")
    out = Path(args.out_dir)
    if out.exists() and any(out.glob("syn_*.txt")):
        ap.error(f"{out} already holds a generated corpus; choose an empty directory")
    generate(out, args.mb, args.seed, args.min_kb, args.max_kb, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
