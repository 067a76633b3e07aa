"""Who is speaking: the speaker registry, noun-phrase chunking of speaker mentions, and roles.

``Registry.resolve(mention)`` turns a mention as written ("IRGC Deputy
Commander Brigadier General Hossein Salami", "reformist-leaning newspaper
Ghanoon", "A senior security official") into a canonical name and a role,
using ``lexicons/speakers.yaml``; names not in the registry come out as
written, with a role guessed from their titles and head nouns.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import load_yaml
from .text import trie_regex

TOKEN = re.compile(r"\(?[\w][\w.'’\-]*\)?|&")
# A person's name as a modifier: "Biden administration official", "Netanyahu aide", "Trump loyalists".
PERSON_AS_MODIFIER = re.compile(r"\s+(?:administration|government|campaign|camp|aides?|advisers?|advisors?|"
                                r"loyalists?|allies|confidants?|spokes(?:man|woman|person))\b")
# "A Hamas spokesman", "an IRGC spokesman", "one spokesman": some holder of the title, not the registered one
INDEFINITE = re.compile(r"\s*(?:an?|one)\s", re.I)
_WORD_CHAR = re.compile(r"[\w\-]")
# Nouns through which an owner speaks: "the Guard's office", "Kayhan's editor", "Salami's remarks".
VOICE_NOUNS = frozenset("""office bureau department ministry spokesman spokesperson spokeswoman website site account
channel newspaper statement statements op-ed editorial media press wing service command headquarters unit council
agency editor editors remarks comments speech message letter announcement post tweet interview
representative envoy directorate page feed bulletin newscast broadcast programme program column report""".split())
RETIRED_MARKS = frozenset({"(retd)", "(rtd)", "(ret)", "(retired)"})  # "Commodore (retd) NAME": part of the title
BREAK_GAP = re.compile(r"[,;:–—“”\"]")
_NAME_SPLIT = re.compile(r"[\s\-‐’']+")  # the words of a name, whatever joins them ("Amir-Abdollahian")
# First word of an alias: a word not glued to a preceding word or hyphen.
DATE_ISO = re.compile(r"\d{4}-\d\d-\d\d$")
FIRST_WORD = re.compile(r"(?<![\w\-])[\w]+\.?")
DETERMINERS = {"the", "a", "an", "one", "some", "several", "many", "other", "two", "three", "four", "five", "plenty", "lots",
               "its", "their", "his", "her", "top", "senior"}
# European name particles in lower case: "Ursula von der Leyen", "Rafael van der Vaart"
LOWER_PARTICLES = {"von", "van", "der", "den", "dos", "du", "da"}
CONNECTORS = {"of", "and", "&", "al", "al-", "bin", "ibn", "de", "el", "the", "for", "with", "at", "from", "in", "to"} | \
    LOWER_PARTICLES
# Connectors that can open a name when capitalised ("Al Qaeda", "El Watan"); "In", "For", "Of" cannot.
NAME_CONNECTORS = {"al", "al-", "bin", "ibn", "de", "el"}
# A lower-case noun that may modify a descriptor noun after it (not a verb form or adverb).
NOUN_MODIFIER = re.compile(r"^(?:[a-z]+(?<!ed)(?<!ing)(?<!ly)(?<!s)|rights|news|arms|customs|logistics|operations|affairs|"
                           r"communications|relations|elections|sales|ports)$")
# A question's words, capitalised at a sentence's start, are no name ("Why, he asked, had ...").
WH_WORDS = frozenset("why how what where when who whom which whose whether".split())
# Capitalised sentence openers that are no given name ("Later Salami said").
OPENING_WORDS = frozenset("""later earlier meanwhile then also yesterday today now but and however separately still
instead indeed similarly likewise there here when while after before as since if so yet thus once again even only
both for with from by on at in""".split())
# A nationality adjective ("Lebanese", "Iraqi", "Syrian"): a plain noun may follow it inside a speaker phrase.
NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ese|i|ish)$")
# A name particle alone ("al") or glued to a capital ("al-Burhan"), inside a run of name words.
NAME_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|abu|de|von|van|der|den|dos|du|da)(?:-[A-Z]|$)")
# A name's last word written with its particle in lower case: "al-Hamawi", "el-Sisi", "bin-Laden".
PARTICLE_NAME = re.compile(r"^(?:al|el|bin|ibn|abu|ad|ar|as|ash|at|az)-[A-Z]")
# The word right after a name, in the same phrase ("Abdul Mahdi al-Karbalai").
NEXT_WORD = re.compile(r"[ \-]([\w][\w\-’']*)")
# Words whose full stop is part of them ("Gen. X"), not a sentence end.
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "brig", "maj", "lt", "col", "adm", "capt", "cmdr", "gov", "sen",
                 "rep", "amb", "sgt", "st", "jr", "sr", "no", "co", "inc", "ltd", "corp", "prof", "rev", "hon"}
# Date words: "in June", "By 15 November" name a time, never a speaker or part of one.
DATE_WORDS = frozenset("""january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
monday tuesday wednesday thursday friday saturday sunday""".split())
# Prepositions that, capitalised at a sentence start, open an adverbial, not a speaker ("Beside it hangs").
OPENING_PREPOSITIONS = frozenset("""beside besides behind beyond among amid amidst across inside outside under near
along despite throughout within without against toward towards through upon over around above below by until
like unlike during after before since not
when whenever while whereas if unless once because though although whether please
remember recall consider imagine read note tn""".split())  # "Please report", "Remember when ...", "[TN: ...]": no one
# Auxiliaries that open a question ("Does he regret going?"), never a name; "Will", "Can" and "May" can be names.
QUESTION_OPENERS = frozenset("do does did is are was were has have had should would could shall must will can might".split())
# "Not everyone agrees", "When I asked him": no name either
PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "thing", "him": "person",
            "we": "author", "i": "author"}


AGE_MODIFIER = re.compile(r"\d{1,3}-year-old", re.IGNORECASE)  # "The 85-year-old cleric": the person just named
AGED = re.compile(rf"[Tt]he\s+{AGE_MODIFIER.pattern}")  # "the 29-year-old": a person described by age alone


def capitalised(w: str) -> bool:
    """Whether ``w`` is written as a name: a capital, or a particle glued to one ("al-Kaabi").

    >>> [capitalised(w) for w in ("Kaabi", "al-Kaabi", "al", "told")]
    [True, True, False, False]
    """
    return w[:1].isupper() or PARTICLE_NAME.match(w) is not None


@dataclass
class Speaker:
    name: str
    role: str
    type: str = "person"
    affiliation: str = ""
    country: str = ""
    aliases: list = field(default_factory=list)
    titles: list = field(default_factory=list)
    offices: list = field(default_factory=list)  # [{titles, from, until}]: titles held for a time
    nouns: list = field(default_factory=list)  # descriptions that refer back to it: "the military" (the IDF)
    office_role: str = ""  # the role of its office-holders when not "official": a rebel group's commander


# The word right before an alias that may name its country: "Syrian ", "Syria's ".
COUNTRY_BEFORE = re.compile(r"([A-Z][\w.]*?)(?:[’']s)?\s+$")
# A description, then the preposition before a name: "The spokesman for the ", "a commander of ".
DESCRIBED_FOR = re.compile(r"^\s*(.*?\S)\s+(?:for|of|at|from|in)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class Resolved:
    """A resolved speaker: canonical name, role, and the registry entry when there is one."""
    name: str
    role: str
    kind: str          # person, outlet, body, government, group, unknown
    entry: Speaker | None = None


class Registry:
    """The speaker registry of ``lexicons/speakers.yaml`` (or another file of that shape).

    >>> reg = Registry.default()
    >>> reg.resolve("IRGC Deputy Commander Brigadier General Hossein Salami").name
    'Hossein Salami'
    >>> r = reg.resolve("reformist-leaning newspaper Ghanoon"); (r.name, r.role)
    ('Ghanoon', 'outlet')
    >>> r = reg.resolve("A senior non-Syrian security official"); (r.name, r.role)
    ('senior non-Syrian security official', 'official')
    """

    def __init__(self, data: dict):
        self.speakers = [Speaker(**{k: v for k, v in s.items() if k in Speaker.__dataclass_fields__})
                         for s in data.get("speakers", [])]
        self.descriptors = {}
        for role, nouns in (data.get("descriptors") or {}).items():
            for noun in nouns:
                self.descriptors.setdefault(noun.lower(), role)
        self.official_titles = set(data.get("official_titles") or [])
        self.masthead_words = set(data.get("masthead_words") or [])
        self.company_words = set(data.get("company_words") or [])
        # Honorifics before a name say nothing about who it is ("Sayyed Hassan Nasrallah"); clerical
        # titles among them hold no office ("Sheikh NAME" is not an official for the title).
        self.clerical_titles = set(data.get("clerical_titles") or [])
        address = list(data.get("forms_of_address") or [])
        self.honorifics = set(data.get("honorifics") or []) | self.clerical_titles | {
            f for w in address for f in (w, w + ".")}
        # "the Sayyed", "the Allama": an honorific alone, for the person last named with it
        alone = sorted(set(data.get("honorifics") or []) | self.clerical_titles | {"Ayatollah"}, key=len, reverse=True)
        self.honorific_alone = re.compile(rf"(?:[Tt]he\s+)({'|'.join(map(re.escape, alone))})", re.IGNORECASE)
        #: A form of address opening a name ("Mr. ", "Dame "): what :func:`clean_mention` drops.
        self.address = re.compile(rf"^(?:{'|'.join(map(re.escape, address)) or '(?!)'})\.?\s+(?=\w)")
        self.countries = set(data.get("countries") or [])
        # The rest of a list of countries after its first, from the comma on: ", Germany and Britain"
        # ("France, Germany and Britain said": one speaker, not the last two)
        country = rf"(?:the\s+)?(?:{'|'.join(map(re.escape, sorted(self.countries, key=len, reverse=True))) or '(?!)'})"
        self.country_list_tail = re.compile(rf"(?:,\s+{country})*,?\s+and\s+{country}(?![\w-])")
        self.country_at_end = re.compile(rf"(?<![\w-]){country}$")
        self.nationalities = {k.lower(): v for k, v in (data.get("nationalities") or {}).items()}
        # Descriptor nouns of outlets and groups that name a person ("columnist"), not the body ("daily").
        self.person_nouns = {w.lower() for w in data.get("person_nouns") or []}
        # The descriptor nouns that name a person: the listed ones, the person nouns and the 'other'
        # descriptors but the impersonal ones ("a report", "the crowd")
        impersonal = {w.lower() for w in data.get("impersonal_descriptors") or []}
        self.person_heads = {w.lower() for w in data.get("person_heads") or []} | self.person_nouns | {
            w.lower() for w in (data.get("descriptors") or {}).get("other") or [] if w.lower() not in impersonal}
        self.kin_nouns = {w.lower() for w in data.get("kin_nouns") or []}
        self.royal_titles = set(data.get("royal_titles") or [])
        # "Ali's younger sister Zahraa", "his widow Maryam": a relative named after the kin noun
        kin = "|".join(map(re.escape, sorted(self.kin_nouns, key=len, reverse=True))) or "(?!)"
        self.kin_name = re.compile(r"(?:[A-Z][\w’'\-]*[’']s|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+"
                                   r"(?:(?:younger|elder|older|eldest|youngest|late)\s+)?"
                                   rf"(?:{kin}),?\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\b")
        self.group_ranks = {w.lower() for w in data.get("group_ranks") or []}
        self.armed_group_words = {w.lower() for w in data.get("armed_group_words") or []}
        self.party_nouns = {w.lower() for w in data.get("party_nouns") or []}
        self.named_unit_nouns = {w.lower() for w in data.get("named_unit_nouns") or []}
        self.state_body_heads = {w.lower() for w in data.get("state_body_heads") or []}
        self.group_anaphors = {w.lower() for w in data.get("group_anaphors") or []}
        self.modifiers = frozenset(w.lower() for w in data.get("phrase_modifiers") or [])
        self.modifier_suffixes = tuple(data.get("modifier_suffixes") or ())
        self.family_first = {w.lower() for w in data.get("family_name_first") or []}
        self.description_kin = {h.lower(): re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)
                                for h, words in (data.get("description_kin") or {}).items() if words}
        self.title_abbreviations = {k.lower(): v for k, v in (data.get("title_abbreviations") or {}).items()}
        gender = data.get("gender_words") or {}
        self.gender_words = {"she": frozenset(w.lower() for w in gender.get("male") or []),  # words "she" rules out
                             "he": frozenset(w.lower() for w in gender.get("female") or [])}
        alias_map, holders = {}, {}
        for sp in self.speakers:
            for alias in sp.aliases or [sp.name]:
                alias_map.setdefault(alias, sp)
            for office in [{"titles": sp.titles}] + (sp.offices or []):
                for title in office.get("titles") or []:
                    term = (str(office.get("from") or ""), str(office.get("until") or "~"))
                    holders.setdefault(title.lower(), []).append((term, sp))
        self.alias_map, self.holders, self._dated = alias_map, holders, {}
        # Names of several words whatever their case: "Iran's foreign ministry" is "Iran's Foreign Ministry".
        self.alias_folded = {}
        for alias, sp in alias_map.items():
            if " " in alias:
                self.alias_folded.setdefault(alias.lower(), sp)
        self.by_name = {sp.name: sp for sp in self.speakers}
        self.title_words = {w.lower() for w in self.honorifics | self.official_titles}  # not part of a name
        # The given names of registered people ("Ali", "Mohammad"): where a name run into a body's words starts
        self.given_names = {a.split()[0] for sp in self.speakers if sp.type == "person"
                            for a in sp.aliases or [sp.name] if " " in a and a[:1].isupper()
                            and a.split()[0] not in self.official_titles and a.split()[0].lower() not in self.title_words}
        titles = "|".join(re.escape(t) for t in sorted(self.official_titles, key=len, reverse=True) if t[:1].isupper())
        self.title_prefix = re.compile(rf"(?:{'|'.join(map(re.escape, data.get('title_prefixes') or [])) or '(?!)'})"
                                       rf"[ -](?:{titles or '(?!)'})(?![\w-])")
        self.nouns = {sp.name: {n.lower() for n in sp.nouns} for sp in self.speakers if sp.nouns}
        # Aliases are indexed by their first word, and a trie-shaped regex of those words finds the
        # places where one can start (a plain alternation of every alias is slow to scan). A first
        # word is a whole word: capitalised or a digit, or one of the few lower-case starters in use.
        self.by_first = {}
        for name in sorted(alias_map, key=len, reverse=True):
            self.by_first.setdefault(FIRST_WORD.match(name).group(0).rstrip("."), []).append(name)
        starts = [w for w in self.by_first if w[:1].islower() or "A" <= w[:1] <= "Z" or w[:1].isdigit()
                  and w[:1].isascii()]
        self.first_re = re.compile(r"(?<![\w\-’'])(?:" + trie_regex(starts) + r")(?!\w)") if starts else None
        # For each first word, its aliases (the longest that ends a word matches).
        self.names_re = {w: re.compile("(?:" + trie_regex(names) + r")(?![\w\-])") for w, names in self.by_first.items()}
        self._use_titles(self._title_map(""))
        multi = sorted((d for d in self.descriptors if " " in d), key=len, reverse=True)
        self.multi_descriptors = multi
        self.descriptor_tails = {d.rsplit(None, 1)[1] for d in multi}  # "board" of "editorial board": in a phrase

    def _title_map(self, date: str) -> dict:
        """title -> the one speaker it names on ``date`` (ISO, or "" when unknown)."""
        out = {}
        for title, held in self.holders.items():
            who = {id(sp): sp for (start, until), sp in held if not date or start <= date < until}
            if len(who) == 1:
                out[title] = next(iter(who.values()))
        return out

    def _use_titles(self, title_map):
        self.title_map = title_map
        titles = sorted(title_map, key=len, reverse=True)
        self.title_re = re.compile(r"(?<![\w\-])(" + "|".join(map(re.escape, titles)) + r")(?![\w\-])",
                                   re.IGNORECASE) if titles else None

    @lru_cache(maxsize=4096)  # asked once per document; a corpus's documents share their dates
    def on(self, date) -> "Registry":
        """The registry as of ``date`` (an article's, ISO ``YYYY-MM-DD``, or "" when unknown): its titles
        name whoever held them then.

        >>> reg = Registry.default()
        >>> [reg.on(d).resolve("Iran's foreign minister").name for d in ("2016-05-01", "2025-03-01")]
        ['Mohammad Javad Zarif', 'Abbas Araghchi']
        >>> reg.on("").resolve("Iran's foreign minister").entry is None  # undated: which one?
        True
        """
        date = str(date or "")[:10]
        if not DATE_ISO.match(date):
            date = ""
        title_map = self._title_map(date)
        key = tuple(sorted((t, id(sp)) for t, sp in title_map.items()))
        reg = self._dated.get(key)
        if reg is None:  # one copy per distinct set of holders (a handful per corpus), sharing everything else
            reg = self._dated[key] = copy.copy(self)
            reg._use_titles(title_map)
        return reg

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Registry":
        return cls(load_yaml("speakers.yaml"))

    # -- lookups -----------------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None):
        """Registry entries named in ``text[start:end]``: list of (start, end, Speaker), longest first.

        >>> [(a, b, sp.name) for a, b, sp in Registry.default().find("Ali Shamkhani told Kayhan")]
        [(0, 13, 'Ali Shamkhani'), (19, 25, 'Kayhan')]
        """
        end = len(text) if end is None else end
        out, pos = [], start
        if self.first_re is None:
            return out
        for m in self.first_re.finditer(text, start, end):
            a = m.start()
            if a < pos:
                continue
            name = self._alias_at(text, a, end, m.group(0))
            if name is not None:
                out.append((a, a + len(name), self.alias_map[name]))
                pos = a + len(name)
        return out

    def _alias_at(self, text: str, a: int, end: int, first: str) -> str | None:
        """The longest alias starting at ``a`` with first word ``first`` that ends a word at or
        before ``end``."""
        m = self.names_re[first].match(text, a)  # one regex match: the longest that ends a word
        if m is None:
            return None
        if m.end() <= end:
            return m.group(0)
        # It runs past ``end``: a shorter one may not (rare, ``end`` falls between words).
        return next((n for n in self.by_first[first]  # longest first
                     if a + len(n) <= end and text.startswith(n, a) and not _WORD_CHAR.match(text, a + len(n))), None)

    @lru_cache(maxsize=65536)  # the registry never changes after loading; words repeat a lot
    def opens_phrase(self, w: str) -> bool:
        """Whether a speaker phrase can start with the word ``w`` (see :func:`noun_phrase`): most
        words cannot, which settles most calls at once.

        >>> [Registry.default().opens_phrase(w) for w in ("The", "said", "of", "Al", "In")]
        [True, False, False, True, False]
        """
        k = self.token_kind(w)
        return not (k == "stop" or k == "conn" and not (w[:1].isupper() and w.lower() in NAME_CONNECTORS)
                    or w.lower() in OPENING_PREPOSITIONS or w.lower() in DATE_WORDS or w.lower() in QUESTION_OPENERS)

    @lru_cache(maxsize=65536)
    def token_kind(self, w: str) -> str:
        """How a word can take part in a speaker phrase: det, conn, np or stop.

        >>> [Registry.default().token_kind(w) for w in ("the", "of", "Salami", "senior", "said")]
        ['det', 'conn', 'np', 'detnp', 'stop']
        """
        core = w.lower().strip("()")
        np_word = bool(w[:1].isupper() or w[:1].isdigit() or (w.startswith("(") and w[1:2].isupper())
                       or core in self.modifiers or core.endswith(self.modifier_suffixes) or "-" in core
                       or self.descriptors.get(core.rstrip("’'s").rstrip("’'")) or self.descriptors.get(core)
                       # "militia members", "party critics"; "editorial board"
                       or core in self.person_heads or core in self.descriptor_tails)
        if core in DETERMINERS:
            return "detnp" if np_word else "det"
        if core in CONNECTORS:
            return "conn"
        return "np" if np_word else "stop"

    def descriptor_role(self, words: list[str]) -> str | None:
        """The role suggested by the last descriptor noun among ``words``."""
        joined = " " + " ".join(w.lower() for w in words) + " "
        best, best_end = None, -1  # a phrase ("think tank") inside the words counts where it ends
        for multi in self.multi_descriptors:
            i = joined.rfind(f" {multi} ")
            if i >= 0 and i + 1 + len(multi) > best_end:
                best, best_end = self.descriptors[multi], i + 1 + len(multi)
        end = len(joined) - 1
        for w in reversed(words):
            if end <= best_end:
                break
            role = self.descriptors.get(w.lower().rstrip("’'s").rstrip("’'")) or self.descriptors.get(w.lower())
            if role:
                return role
            end -= len(w) + 1
        return best

    @lru_cache(maxsize=65536)  # the registry never changes after loading; mentions repeat a lot
    def is_speakerish(self, mention: str) -> bool:
        """Could ``mention`` be a speaker: a registry name, a descriptor noun, or a proper name?"""
        if not mention:
            return False
        if self.find(mention):
            return True
        ws = TOKEN.findall(mention)
        if len(ws) > 1 and ws[-1][:1] == "(":
            ws = ws[:-1]  # "The Indian National Shipowners' Association (INSA)": the name before its acronym
        if self.descriptor_role(ws) or self.honorific_alone.fullmatch(mention) or AGED.fullmatch(mention):
            return True  # ("the sheikh": the person last named with the title; "the 29-year-old": with his age)
        caps = [w for w in ws if capitalised(w) and w.lower() not in DETERMINERS and w.lower() not in OPENING_PREPOSITIONS
                and w.lower() not in WH_WORDS]
        if len(ws) > 1 and ws[-1].lower() in DATE_WORDS and not (capitalised(ws[-2]) and ws[-2].lower() not in
                                                                 OPENING_PREPOSITIONS | DATE_WORDS):
            return False  # "By 15 November", "Mashhad in June": a time (not "Theresa May")
        return len(caps) >= 1 and capitalised(ws[-1])

    def names_person(self, words: list[str]) -> bool:
        """Whether the head noun of a description names a person ("A Pentagon spokesman", "the commander of
        the unit"), not a body ("the ministry", "Kataib Hezbollah militia"): its last word before a
        preposition.

        >>> reg = Registry.default()
        >>> [reg.names_person(m.split()) for m in ("the spokesman of the Karbala Division", "the foreign ministry")]
        [True, False]
        """
        head = ""
        for i, w in enumerate(words):
            if i and w.lower() in HEAD_ENDS:
                break
            head = w
        return head.lower().strip("()") in self.person_heads

    def _trailing_names(self, words: list[str]) -> int:
        """How many trailing words of ``words`` are name words (not titles, honorifics or descriptors)."""
        run = 0
        for w in reversed(words):
            if w[:1].isupper() and w not in self.official_titles and w not in self.clerical_titles and \
                    not self.descriptors.get(w.lower()) or \
                    w[:1].islower() and NAME_PARTICLE.match(w):  # "Abdel Fattah al-Burhan"
                run += 1
            else:
                break
        return run

    def _name_run(self, words: list[str]) -> int:
        """How many trailing words of a title-then-name mention are the name ("Provincial governor
        Karim Haddad": 2); 0 unless the words are a title followed by a name of two words or more."""
        run = self._trailing_names(words)
        if 2 <= run < len(words) and words[-run - 1].lower() not in CONNECTORS and words[-run][:1].isupper() \
                and words[-run].lower() not in OPENING_PREPOSITIONS:  # "Campaign Against Arms Trade": one name
            return run
        return 0

    def _name_after_body(self, words: list[str]) -> int:
        """How many trailing words are the name in "TITLE of/for the BODY NAME" ("Under Secretary of the
        Treasury Dana R. Whitcombe": 3), where the body's words run into the name: the name starts at the
        word before a middle initial, else it is the last two words and the registry's given names before
        them; 0 without an office title before "of"/"for", or with a known body's name among the name's words."""
        run = self._trailing_names(words)
        if run < 3 or run >= len(words) or words[-run - 1].lower() not in CONNECTORS or \
                not any(w in self.official_titles for w in words[:-run]) or words[-1].lower() in self.state_body_heads:
            return 0  # (nor "spokeswoman for the European Union's External Action Service": a body's head noun)
        tail = words[-run:]
        initial = next((i for i in range(1, run - 1) if re.fullmatch(r"[A-Z]\.", tail[i])), None)
        n = run - initial + 1 if initial is not None else 2
        while initial is None and n < run and tail[-n - 1] in self.given_names:  # "... Affairs Ali Bagheri Kani"
            n += 1
        joined = " ".join(tail)
        name_at = len(" ".join(tail[:-n])) + 1 if n < run else 0
        # ("spokesman for Kataib Sayyid al-Shuhada": a body's name, no person's)
        return 0 if any(sp.type != "person" and b > name_at for _, b, sp in self.find(joined)) else n

    def _other_given_name(self, where: str, start: int, end: int) -> bool:
        if " " in where[start:end].strip():
            return False
        before = TOKEN.findall(where[max(0, start - 40):start])
        return self.other_given_name(before[-1] if before else "")

    def _other_family_name(self, where: str, end: int) -> bool:
        """Whether a registered person's alias runs on into more of a name ("Abdul Mahdi al-Karbalai" is
        not Adel Abdul Mahdi): a particle name or a capitalised word that is no title, body or alias."""
        m = NEXT_WORD.match(where, end)
        if m is None:
            return False
        w = m.group(1)
        return bool(PARTICLE_NAME.match(w)) or self._name_word(w)

    def other_given_name(self, w: str) -> bool:
        """Whether ``w`` before a registered surname alone is the given name of someone else ("Mahmoud"
        Salami), not a title or honorific ("General" Salami, "Sayyed" Nasrallah)."""
        return w[:1].isupper() and w.lower() not in OPENING_WORDS and not w.endswith(("’s", "'s")) and \
            self._name_word(w)

    def _name_word(self, w: str) -> bool:
        """Whether ``w`` is a capitalised word of a person's name: no title, honorific, descriptor,
        determiner, connector or registered alias."""
        return capitalised(w) and w not in self.official_titles and w not in self.honorifics \
            and not self.descriptors.get(w.lower()) and w.lower() not in DETERMINERS | CONNECTORS \
            and not self.find(w)

    def spelled(self, sp: Speaker, surface: str) -> str:
        """The registered person ``sp``'s name as the text spells it: the canonical name when the words
        of ``surface`` (the alias found, titles aside) are in it, else the longest alias holding them ("Qasemi" is
        "Bahram Qasemi", not "Bahram Ghasemi"), so that a speaker reads as the article wrote it.
        :meth:`canonical` maps it back when statements are grouped.

        >>> reg = Registry.default()
        >>> reg.resolve("spokesman Bahram Qasemi").name, reg.resolve("Bashar Assad").name
        ('Bahram Qasemi', 'Bashar al-Assad')
        >>> reg.resolve("U.S. officials").name, reg.canonical("U.S. officials")
        ('U.S. officials', 'US government')
        """
        if sp.type == "government" and surface.lower().endswith(" officials"):
            return surface  # "US officials" (unnamed office-holders) read as written, grouped with the government
        if sp.type != "person":
            return sp.name
        words = set(_NAME_SPLIT.split(surface.lower())) - self.title_words - {""}  # "Ayatollah" changes nothing

        def holds(name):
            return words <= set(_NAME_SPLIT.split(name.lower()))
        if holds(sp.name):
            return sp.name
        holding = [a for a in sp.aliases if holds(a)]  # "Bashar al-Jaafari", not "Bashar Jaafari"
        return max(holding, key=len) if holding else surface

    def entry(self, name: str) -> Speaker | None:
        """The registry entry of the speaker called ``name`` in a statement: its canonical name, or an
        alias of two words or more, as :meth:`spelled` gives (not a commenter's one-word handle).

        >>> Registry.default().entry("Bahram Qasemi").name, Registry.default().entry("Ann Smith")
        ('Bahram Ghasemi', None)
        """
        return (self.alias_map.get(name) if " " in name else None) or self.by_name.get(name)

    def canonical(self, name: str) -> str:
        """The registry's name of the speaker called ``name`` (see :meth:`entry`), else ``name``.

        >>> Registry.default().canonical("Bahram Qasemi"), Registry.default().canonical("Ann Smith")
        ('Bahram Ghasemi', 'Ann Smith')
        """
        sp = self.entry(name)
        return name if sp is None else sp.name

    @lru_cache(maxsize=65536)
    def resolve(self, mention: str) -> Resolved:
        """Canonical name and role of a speaker mention (see the class example); a name in capitals
        (a UN press release's "KHALED KHIARI") is spelt as a name.

        >>> Registry.default().resolve("KHALED KHIARI").name
        'Khaled Khiari'
        """
        res = self._resolve(mention)
        if res.role == "official" and res.kind == "person" and (res.entry is None or res.entry.type != "person") and \
                self.armed_group_member(mention):
            res = Resolved(res.name, "organization", res.kind, res.entry)  # "a rebel commander", "FSA spokesman"
        if res.role == "unknown" and res.kind == "person" and mention.lstrip()[:1].isupper() and \
                mention.split(None, 1)[0] in self.official_titles:
            res = Resolved(res.name, "official", res.kind, res.entry)  # "Lord NAME", "Baroness NAME of PLACE": the form of address is a title
        if res.entry is None and res.kind == "person" and res.name.isupper() and " " in res.name:
            return Resolved(title_name(res.name), res.role, res.kind, None)
        return res

    def armed_group_member(self, mention: str) -> bool:
        """Whether ``mention`` describes a member of an armed group whose office-holders speak in the group's
        role (`armed_group_words` and entries with `office_role: organization` in speakers.yaml).

        >>> reg = Registry.default()
        >>> reg.armed_group_member("a rebel commander in Yabroud"), reg.armed_group_member("FSA spokesman")
        (True, True)
        >>> [reg.armed_group_member(m) for m in ("a Hezbollah commander", "a spokesman for the al-Baraa Brigade")]
        [False, True]
        """
        if any(w.lower() in self.armed_group_words for w in TOKEN.findall(mention)):
            return True
        if (of := UNIT_OF.search(mention)) and self._named_unit(TOKEN.findall(of.group(1))):
            return True  # "a commander of the al-Tawhid Brigade"
        return any(sp.office_role == "organization" for _, _, sp in self.find(mention))

    def _named_unit(self, words: list[str]) -> bool:
        """Whether ``words`` are a unit noun after a proper name alone (``named_unit_nouns``): a militia's
        or rebel group's name, not a state's numbered or owned unit.

        >>> reg = Registry.default()
        >>> reg._named_unit(["the", "al-Baraa", "Brigade"]), reg._named_unit(["the", "104th", "Brigade"])
        (True, False)
        >>> reg._named_unit(["the", "Syrian", "Army", "Brigade"]), reg._named_unit(["Brigade"])
        (False, False)
        """
        if len(words) < 2 or words[-1].lower() not in self.named_unit_nouns:
            return False
        name = [w for w in words[:-1] if w.lower() not in DETERMINERS]
        return bool(name) and all(
            capitalised(w) and not any(c.isdigit() for c in w) and w.lower() not in ORDINALS
            and w.lower() not in self.nationalities and w not in self.countries and w.lower() not in self.descriptors
            and w not in self.official_titles for w in name)

    def starts_other_name(self, w: str) -> bool:
        """Whether the capitalised word ``w`` before an outlet's alias begins another name ("Nida" of "Nida
        al-Watan"), not a nationality, country, title, descriptor or modifier ("Syrian", "IRGC-affiliated").

        >>> reg = Registry.default()
        >>> reg.starts_other_name("Nida"), reg.starts_other_name("Syrian"), reg.starts_other_name("IRGC-affiliated")
        (True, False, False)
        """
        low = w.lower()
        return not (low in self.nationalities or w in self.countries or low in DETERMINERS or low in OPENING_WORDS
                    or low in self.title_words or self.descriptors.get(low) or low.endswith(self.modifier_suffixes)
                    or low in self.modifiers or low in ("tonight", "tomorrow", "meanwhile")
                    or "-" in w or w.endswith(("’s", "'s")) or self.find(w) or low in DATE_WORDS)  # ("Pro-Hezbollah")

    def _other_country(self, before: str, country: str) -> bool:
        """Whether the words ``before`` an alias end in another country's adjective or possessive than
        ``country``: "Syrian state television", "Syria's state television" (not "Iranian state television").

        >>> Registry.default()._other_country("Syrian ", "Iran"), Registry.default()._other_country("the Iranian ", "Iran")
        (True, False)
        """
        m = COUNTRY_BEFORE.search(before)
        if m is None:
            return False
        word = m.group(1)
        named = self.nationalities.get(word.lower()) or (word if word in self.countries else None)
        return named is not None and named != country

    def _resolve(self, mention: str) -> Resolved:
        clean = clean_mention(mention)
        if self.title_re is not None:
            m = self.title_re.search(clean)
            if m and len(clean) - len(m.group(0)) < 4:
                sp = self.title_map[m.group(1).lower()]
                if INDEFINITE.match(mention):
                    return Resolved(clean, sp.role, sp.type, None)  # "An IRGC spokesman": one, not the one named
                return Resolved(sp.name, sp.role, sp.type, sp)
        bare = re.sub(r"[’']s$", "", mention.strip(" ,;:"))
        whole = self.alias_map.get(bare) or self.alias_map.get(bare[:1].lower() + bare[1:]) or \
            (self.alias_folded.get(bare.lower()) if " " in bare else None)
        if whole is not None:  # aliases that carry their article: "the Russians", "the Kremlin"
            return Resolved(self.spelled(whole, bare), whole.role, whole.type, whole)
        if (cb := COUNTRY_BODY.fullmatch(clean)) and cb.group(1) in self.countries and \
                cb.group(2).lower() in self.state_body_heads and not self.find(clean[cb.end(1):]):
            return Resolved(clean, "official", "body", None)  # "Iran’s Civil Aviation Organization": a state's agency
        po = PERSON_OF.match(clean)
        if po:
            head = TOKEN.findall(po.group("head"))
            run = self._trailing_names(head)
            if run < len(head) and head[-run - 1].lower() in CONNECTORS:  # "Minister of Foreign Affairs of Iran"
                run = self._name_after_body(head)
            known = [sp.type for _, _, sp in self.find(po.group("head"))]
            if "person" in known:
                return self._resolve(po.group("head"))  # "Bashar al-Assad of Syria"
            if run >= 2 and not known:
                # "Researcher NAME of the Euphrates Research Center": the person, in the role of the body
                # he speaks for (an office title before the name makes an official)
                body = self.resolve(po.group("body"))
                titled = any(w in self.official_titles for w in head[:-run])
                role = "official" if titled else (body.role if body.role != "unknown" else "organization")
                return Resolved(" ".join(head[-run:]), role, "person", None)
        si = SOURCE_IN.match(clean)
        if si and (body := self.resolve(si.group("body"))).role in ("official", "outlet", "organization") and \
                body.kind != "person":
            # "an informed source in the Quds Force", "a source at the Syrian Foreign Ministry": an insider,
            # in the role of the body (but "a source close to Hezbollah" is no insider)
            return Resolved(clean, body.role, "person", None)
        loc = LOCATIVE.search(clean)
        if loc and loc.start() > 0 and self.descriptor_role(TOKEN.findall(clean[:loc.start()])):
            # "The Russian embassy in Tehran", "an Arab diplomat in Tehran": where a described speaker is,
            # not who speaks (the description decides; the name keeps the place)
            res = self.resolve(clean[:loc.start()])
            return Resolved(clean if res.entry is None else res.name, res.role, res.kind, res.entry)
        found, where = self.find(clean), clean
        if not found:
            where = mention.strip(" ,;:–—")
            found = self.find(where)  # aliases that carry their article: "the Guard's office"
        if found:
            start, end, sp = _head_match(found)
            if sp.type == "person" and (self._other_given_name(where, start, end) or
                                        self._other_family_name(where, end)):
                # "Gholamreza Soleimani", "Abdul Mahdi al-Karbalai": a namesake of the registered person
                found = None
            elif sp.type == "person" and PERSON_AS_MODIFIER.match(where, end):
                # "a senior Biden administration official", "a Netanyahu aide": someone of the person's, unnamed
                role = self.descriptor_role(TOKEN.findall(where[end:])) or sp.role
                return Resolved(clean, role, "person", None)
            elif sp.type == "outlet" and sp.country and self._other_country(where[:start], sp.country):
                # "Syrian state television" is an outlet, but not Iran's ("state television": IRIB)
                return Resolved(clean, sp.role, sp.type, None)
            elif sp.type == "outlet" and (pw := NAME_BEFORE.search(where, 0, start)) and \
                    self.starts_other_name(pw.group(1)):
                # "Nida al-Watan" is a paper of its own, not Syria's Al-Watan
                return Resolved(where[pw.start(1):end], "outlet", "outlet", None)
        if found:
            if where[end:end + 2] in ("’s", "'s"):
                owned = TOKEN.findall(where[end + 2:])
                head = (owned or [""])[-1].lower()
                if not head or head in VOICE_NOUNS:
                    return Resolved(sp.name, sp.role, sp.type, sp)  # "the Guard's public relations office"
                run = self._name_run(owned)
                if run and (owned_role := self.descriptor_role(owned[:-run])):
                    # "Shargh's columnist Ahmad Rezvani", "Hezbollah's deputy chief Naim Qassem": a named member
                    # (a party's or militia's spokesman is its office-holder, as "a spokesman for X" is; an
                    # outlet's is the outlet's)
                    office = any(w in self.official_titles and (w.lower() not in SPOKES or sp.role != "outlet")
                                 for w in owned[:-run])
                    role = "official" if office else "outlet" if owned_role == "outlet" else sp.role
                    return Resolved(" ".join(owned[-run:]), role, "person", None)
                pp = DESCRIBED_FOR.match(where[:start])
                if pp and self.descriptor_role(TOKEN.findall(pp.group(1))):
                    # "The spokesman for the IRGC’s ground forces": the spokesman, in the body's role
                    res = self.resolve(pp.group(1))
                    return Resolved(clean, sp.role if sp.role != "unknown" else res.role, res.kind, None)
                if sp.type != "person" and len(owned) <= 3 and self.names_person(owned) and \
                        (owned_role := self.descriptor_role(owned)) in ("official", "outlet", "other"):
                    # "Hezbollah’s leader", "Kayhan's editor", "the group's fighters": a member, in the role
                    # the noun gives; the office's holder when the registry has the title ("Hezbollah deputy
                    # secretary-general" on the article's date)
                    titled = self.resolve(f"{where[start:end]} {' '.join(owned)}")
                    return titled if titled.entry is not None and titled.entry.type == "person" else \
                        Resolved(clean, owned_role, "person", sp)
                return Resolved(clean, "unknown", "thing", None)  # "Soleimani's photos" say nothing
            pp = DESCRIBED_FOR.match(where[:start]) if sp.type != "person" else None
            if pp and sp.role == "organization" and (head := TOKEN.findall(pp.group(1))) and \
                    head[-1].lower() in SPOKES and not where[end:].strip(" ,;:–—"):
                # "a spokesman for Kataib Hezbollah": the party's office-holder, as "Kataib Hezbollah spokesman" is
                return Resolved(clean, "official", "person", sp)
            if pp and (head := TOKEN.findall(pp.group(1))) and head[-1].lower() not in SPOKES and \
                    "and" not in head and self.names_person(head):
                # "The representative of the Islamic Republic of Iran": a person who speaks for it
                return Resolved(clean, sp.role if sp.role != "unknown" else self.descriptor_role(head) or "unknown",
                                "person", None)  # in the role of the body he speaks for
            tail = re.sub(r"^(?:[’']s)?\s+", "", where[end:]).rstrip()  # not str.strip: "spokesman" keeps its s
            tail_words = TOKEN.findall(tail)
            if not tail_words:
                return Resolved(self.spelled(sp, where[start:end]), sp.role, sp.type, sp)
            # "IRGC Karbala unit", "Hezbollah spokesman": a part or member of a known body.
            role = sp.role
            tail_role = self.descriptor_role(tail_words)
            if sp.type in ("person",):
                return Resolved(self.spelled(sp, where[start:end]), sp.role, sp.type, sp)
            owner = _COUNTRY_OWNER.search(where[:start])
            if tail_role == "official" and owner and owner.group(1) in self.countries:
                return Resolved(clean, "official", "body", None)  # "Iran's UN mission": Iran's, not the UN's
            run = self._name_run(tail_words)
            if run and tail_role:
                # "Hezbollah lawmaker Hassan Fadlallah", "Hezbollah spokesman NAME": a named member; an office
                # title makes an official.
                head = tail_words[:-run]
                office = any(w in self.official_titles for w in head)
                return Resolved(" ".join(tail_words[-run:]), "official" if office else role, "person", None)
            if tail_role == "outlet" and sp.role != "outlet":
                role = "outlet"
            elif tail_role in ("official", "other") and role == "organization" and self.names_person(tail_words):
                # "a Hezbollah official", "Kataib Hezbollah spokesman": the party's office-holder; "a Fatemiyoun
                # fighter" speaks for himself
                role = tail_role
            elif tail_role == "other" and sp.type == "government" and tail_words[-1].lower() not in ("source", "sources"):
                role = tail_role  # "a Tehran shopkeeper", "a Baghdad analyst": of the city, not of its government
            # "Hezbollah spokesman", "a senior Fatemiyoun officer": a member, whom "he" refers back to.
            return Resolved(clean, role, "person" if self.names_person(tail_words) else "group", sp)
        if clean in self.countries or (" and " in clean and all(
                c.removeprefix("the ") in self.countries for c in re.split(r",\s+|,?\s+and\s+", clean))):
            return Resolved(clean, "official", "government", None)  # "Turkey said": its government speaks
        words = TOKEN.findall(clean)
        if len(words) >= 2 and words[-2].lower().rstrip(",") in self.kin_nouns and capitalised(words[-1]) and \
                words[-1][:1].isupper():
            return Resolved(words[-1], "other", "person", None)  # "His son Karwan", "her brother, Ali": the relative
        if len(words) >= 2 and words[-2] in self.royal_titles and capitalised(words[-1]) and words[-1][:1].isupper() and \
                words[-1] not in self.royal_titles and not self.descriptors.get(words[-1].lower()):
            royal = 3 if len(words) >= 3 and f"{words[-3]} {words[-2]}" in self.royal_titles else 2
            return Resolved(" ".join(words[-royal:]), "official", "person", None)  # "Bahrain’s King Hamad"
        role = self.descriptor_role(words)
        # "Provincial governor Karim Haddad": titles describe, the trailing proper name names.
        name_run = self._name_run(words) or self._name_after_body(words)
        if name_run:
            head = words[:-name_run]
            titled = any(w in self.official_titles or self.descriptors.get(w.lower()) == "official" for w in head)
            name = " ".join(words[-name_run:])
            head_role = self.descriptor_role(head)
            kind = "person"
            if not titled and head_role in ("outlet", "organization") and head[-1].lower() not in self.person_nouns:
                kind = "outlet" if head_role == "outlet" else "group"  # "the weekly Sedaye Jonub": the paper
            return Resolved(name, "official" if titled else (head_role or "unknown"), kind, None)
        if role is None and len(words) >= 2 and words[-1] in self.masthead_words and \
                all(w[:1].isupper() for w in words):
            return Resolved(clean, "outlet", "outlet", None)  # "The Westbridge Post": a newspaper's name
        if role is None and len(words) >= 2 and words[-1] in self.company_words and \
                all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return Resolved(clean, "organization", "group", None)  # "Norbulk Shipping": a company's name
        if role is None:
            titled = any(w in self.official_titles for w in words[:-1])
            role = "official" if titled else "unknown"
            kind = "person" if words and capitalised(words[-1]) else "unknown"
        elif role == "official" and self._named_unit(words):
            return Resolved(clean, "organization", "group", None)  # "the al-Baraa Brigade": a militia's name
        elif role == "organization" and len(words) > 1 and words[-1].lower() in STATE_PARTS and \
                any(self.descriptors.get(w.lower()) == "official" for w in words[:-1]):
            # "the Majlis National Security and Foreign Policy Committee", "the Senate Foreign Relations Committee"
            return Resolved(clean, "official", "body", None)
        else:
            kind = "person" if self.names_person(words) else {"outlet": "outlet", "organization": "group"}.get(role, "body")
            if role == "other" and any(w in self.official_titles for w in words):
                role = "official"
            cut = next((i for i, w in enumerate(words) if w in HEAD_OF), 0)
            if cut and role != "official" and self.descriptor_role(words[:cut]) == "official" and \
                    words[cut - 1].lower() not in self.group_ranks:
                # "a lawmaker from the Sadrist bloc": an office-holder (not "a commander of the group")
                role = "official"
            elif cut and role != "official" and words[cut - 1].lower() in ("member", "members") and \
                    cut + 1 < len(words) and words[cut + 1][-2:] in ("’s", "'s") and \
                    self.descriptor_role([words[cut + 1][:-2]]) == "official":
                role = "official"  # "a member of parliament’s national security committee": of a state body
        return Resolved(clean, role, kind, None)


PERSON_OF = re.compile(r"^(?P<head>.*?[A-Z][\w’'\-]+(?:\s+(?:(?:al|bin|ibn|el|abu)[\s\-])?[A-Z][\w’'\-]+)+)\s+(?:of|at|from|with)\s+"
                       r"(?:the\s+)?(?P<body>[A-Z][^,;]*)$")
SOURCE_IN = re.compile(r"^(?:[\w\-]+\s+){0,2}sources?\s+(?:in|at|within|inside)\s+(?:the\s+)?(?P<body>[^,;]+)$",
                       re.IGNORECASE)
# ("Russia's envoy to the United Nations": where the envoy is sent, not whom he speaks for)
LOCATIVE = re.compile(r"\s(?:in|at|near|based in|from|to)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*$")
COUNTRY_BODY = re.compile(r"([A-Z][\w ]*?)[’']s\s+(?:[A-Z][\w\-]*\s+){1,4}([A-Z][\w\-]*)")  # "Iran's Civil Aviation Organization"
_COUNTRY_OWNER = re.compile(r"([A-Z][\w ]*?)[’']s\s+$")
HEAD_ENDS = {"of", "for", "at", "in", "from", "with", "on", "close", "near", "based", "who", "which"}
NAME_BEFORE = re.compile(r"(?<![\w\-’'])([A-Z][\w’'\-]*)\s+$")  # the capitalised word right before an alias
UNIT_OF = re.compile(r"\s(?:of|for|from|in)\s+((?:the\s+)?[^,;]+)$")  # the body a member belongs to
STATE_PARTS = {"committee", "subcommittee", "commission"}  # a state body's part, named with its body
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth"}
HEAD_OF = {"of", "for", "from", "in", "at", "with"}  # what follows a description's head noun
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokesmen"}


def _head_match(found):
    """Of several registry names in one mention, the head: the last person, else the last name."""
    persons = [f for f in found if f[2].type == "person"]
    return (persons or found)[-1]


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|some|several|its|their|his|her)\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"[’']s$")


def title_name(caps: str) -> str:
    """A name written in capitals, spelt as a name.

    >>> title_name("ABDUL-MALIK AL-HOUTHI"), title_name("MIKE POMPEO")
    ('Abdul-Malik Al-Houthi', 'Mike Pompeo')
    """
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in caps.split())


@lru_cache(maxsize=65536)  # a pure function of the mention, asked again for the same mentions
def clean_mention(mention: str) -> str:
    """Strip determiners, possessive endings and punctuation from a mention.

    >>> clean_mention("The IRGC Karbala unit,")
    'IRGC Karbala unit'
    >>> clean_mention("Kayhan’s")
    'Kayhan'
    >>> clean_mention("Ms. Amna Osman")
    'Amna Osman'
    """
    s = mention.strip(" ,;:–—-\u00a0")
    s = _LEADING_DETERMINER.sub("", s)
    s = Registry.default().address.sub("", s)  # "Mr. Niknam" is Niknam
    s = _POSSESSIVE_END.sub("", s)
    return s.strip()


def noun_phrase(text: str, start: int, registry: Registry, max_tokens: int = 14,
                limit: int | None = None) -> tuple[int, int] | None:
    """The speaker-like noun phrase starting at ``start`` in ``text``: (start, end) or None.

    >>> reg = Registry.default()
    >>> t = "Arab media citing local sources reported that"
    >>> a, b = noun_phrase(t, 0, reg); t[a:b]
    'Arab media'
    >>> t = "The spokesman of the 25th Karbala Division announced"
    >>> a, b = noun_phrase(t, 0, reg); t[a:b]
    'The spokesman of the 25th Karbala Division'
    """
    limit = len(text) if limit is None else limit
    kind = registry.token_kind
    first = TOKEN.search(text, start, limit)
    if first is None:
        return None
    if not registry.opens_phrase(first.group(0)) and not registry.title_prefix.match(text, first.start()):
        return None
    tokens = TOKEN.finditer(text, first.end(), limit)
    ahead = []  # tokens read ahead (a connector looks at the next two)

    def peek(j):
        while len(ahead) < j:
            m = next(tokens, None)
            if m is None:
                return ""
            ahead.append(m)
        return ahead[j - 1].group(0)

    end_ok = None
    prev_k = prev_w = ""
    last = start
    n = 0
    m = first
    while True:
        a, b, w = m.start(), m.end(), m.group(0)
        stop_after = False
        if w[-1] == "." and w.count(".") == 1 and w[:-1].lower() not in ABBREVIATIONS and \
                not (n and len(w) == 2 and w[0].isupper() and peek(1)[:1].isupper()):  # "Merrick B. Garland"
            b, w, stop_after = b - 1, w[:-1], True  # "according to the army.": the sentence's full stop
        # Stop at the first comma / dash / quote between tokens: a noun phrase does not cross them.
        if n and a - last > 0:
            gap = text[last:a]
            if gap != " " and BREAK_GAP.search(gap):
                if gap == ", " and prev_w[:1].isupper() and registry.country_at_end.search(text, start, last) and \
                        (cl := registry.country_list_tail.match(text, last, limit)):
                    end_ok = cl.end()  # "France, Germany and Britain said", "the leaders of Britain, France and ..."
                break
        if n and w == "I" and prev_w[:1].islower():
            break  # "a senior officer I have known for years": a relative clause, no Roman numeral
        if n and w[:1] == "(" and (w[-1:] != ")" or not w[1:2].isupper()) and w.lower() not in RETIRED_MARKS:
            break  # "Al-Manar (Hezbollah TV)", "Kayhan (daily, ...)": a parenthesis describes, it names no one
        k = kind(w)
        if w == "on" and n and prev_w in registry.official_titles and peek(1)[:1].isupper() and \
                peek(1).lower() not in DATE_WORDS and not registry.find(peek(1)):
            k = "conn"  # "Adviser to the Leader on International Affairs NAME" (not "official on Al-Masirah")
        if k == "det":
            if n and prev_k != "conn":
                break  # "told Levant Wire the army had": a determiner after a name opens a new phrase
            ok = False
        elif k == "detnp":  # "senior", "top": skipped at the start, part of the phrase after it
            ok = n > 0
        elif k == "conn" and n:
            nxt, follow = peek(1), peek(2)
            if nxt.lower() in DATE_WORDS or not (nxt[:1].isupper() or nxt[:1].isdigit() or PARTICLE_NAME.match(nxt)
                    or (w.lower() == "and" and registry.descriptors.get(nxt.lower()))
                    # "von der Leyen"
                    or nxt in LOWER_PARTICLES and w in LOWER_PARTICLES | {"de"} and follow[:1].isupper()
                    or nxt.lower() in ("the", "al", "al-") and (follow[:1].isupper() or follow[:1].isdigit()
                                                                 or PARTICLE_NAME.match(follow))
                    or w.lower() == "of" and nxt in registry.modifiers and follow[:1].isupper()  # "office of acting Prime ..."
                    # "a member of parliament, whose name I will spare,": a descriptor of several words
                    or f"{prev_w} {w} {nxt}".lower() in registry.descriptors
                    or nxt.lower() in ("the", "their", "its", "his", "her") and w.lower() == "of" and
                    registry.descriptors.get(follow.lower())  # ("one of their generals")
                    or nxt.lower() == "the" and w.lower() in ("of", "for") and NOUN_MODIFIER.match(follow) and
                    registry.descriptors.get(peek(3).lower().rstrip("."))  # "the spokesman of the international coalition"
                    # "the governor’s deputy for security affairs", "deputy minister for political affairs"
                    or w.lower() == "for" and prev_w.lower() in registry.person_heads and nxt[:1].islower() and
                    "affairs" in (follow.lower().rstrip(".,"), peek(3).lower().rstrip(".,"))):
                break
            ok = False
        elif k == "np" or (k == "conn" and w[:1].isupper() and w.lower() in NAME_CONNECTORS):  # "Al Qaeda"
            ok = not (n and w in ("first", "own"))  # "SANA first blamed": an adverb, not "the first deputy"
        elif (prev_k in ("det", "detnp", "plain") or NATIONALITY.match(prev_w) or prev_w in registry.modifiers or
              # "the IRGC public relations office" (but "the Guard’s media department": the Guard speaks)
              prev_k == "np" and not prev_w.endswith(("’s", "'s"))) and w[:1].islower() \
                and (registry.descriptors.get(peek(1).lower().rstrip(".")) or  # "customs officer." ends a sentence
                     registry.descriptors.get(f"{peek(1)} {peek(2)}".lower().rstrip(".")) or
                     registry.descriptors.get(f"{w} {peek(1)}".lower().rstrip(".")) or  # "the Houthi political bureau"
                     # "the border ports commission": two plain nouns before the descriptor
                     NOUN_MODIFIER.match(peek(1)) and registry.descriptors.get(peek(2).lower().rstrip("."))) \
                and NOUN_MODIFIER.match(w):
            ok = False  # "a war monitor", "the Lebanese health ministry": a plain noun before a descriptor noun
            k = "plain"
        else:
            break
        n += 1
        last = b
        prev_k, prev_w = k, w
        if ok:
            end_ok = b
        if n >= max_tokens or stop_after:
            break
        m = ahead.pop(0) if ahead else next(tokens, None)
        if m is None:
            break
    if end_ok is None:
        return None
    return first.start(), end_ok
