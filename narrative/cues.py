"""The speech-cue lexicon (``lexicons/cues.yaml``) compiled to regular expressions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .lexicons import load_yaml

WORD = re.compile(r"[\w\-]+")
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
TIME_ADJUNCT = (rf"(?:(?:late|early)\s+)?(?:on\s+(?:or\s+(?:about|around)\s+)?)?(?:{MONTHS}\s+\d{{1,2}}(?:,?\s*\d{{4}})?|"
                rf"{DAYS}(?:\s+{PART_OF_DAY})?|the\s+same\s+day|overnight|tonight|last\s+night|this\s+{PART_OF_DAY}|"
                rf"the\s+(?:following|next|previous)\s+(?:day|week)|yesterday|today|(?:late|early)\s+{MONTHS}|"
                rf"(?:last|this|earlier\s+this|later\s+that|earlier|later)\s+(?:week|month|year|day)|"
                rf"in\s+(?:or\s+(?:about|around)\s+)?{MONTHS}(?:\s+\d{{4}})?|in\s+\d{{4}}|(?:immediately\s+)?(?:following|after)\s+the\s+\w+|"
                rf"on\s+several\s+occasions|at\s+the\s+time|"
                rf"(?:all|throughout\s+the)\s+(?:week|weekend|day|month|year|{PART_OF_DAY})|"  # "insisted all week that"
                rf"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}|a\s+few|several)\s+"
                rf"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier))")


@dataclass(frozen=True)
class Cue:
    form: str
    content: str      # clause, object, to, np, headline
    weak: bool
    quoted: bool = False  # speech only with a quotation in the content ("called the strike “a crime”")
    research: bool = False  # speech only with a study or its authors as subject ("the report found")
    that: bool = False  # the content needs "that" or a quotation first ("found that ...", not "found the bodies")
    document: bool = False  # only a document's words, quoted: "“...,” the statement read", "The message read: “...”"
    postposed: bool = False  # only as a reporting clause after its words: "“...,” he continued", "X, he went on, Y"
    addressee: bool = False  # a clause cue that may name whom it addresses first: "warned Washington that ..."
    cognition: bool = False  # a belief, not an utterance: "both sides believe", "officials fear"
    requires: str = ""  # a regex the content must start with: "held Israel “fully responsible”", not "held talks"

    @cached_property  # asked several times for every verb match: computed once per cue
    def participle(self) -> bool:
        return self.form.split()[0].endswith("ing")


@lru_cache(maxsize=None)
def compiled(folder: str | None = None):
    """All cue regexes, built once from the YAML."""
    data = load_yaml("cues.yaml", folder)
    forms = {}
    for entry in data.get("verbs", []):
        for form in entry["forms"]:
            forms[form.lower()] = Cue(form.lower(), entry.get("content", "clause"), bool(entry.get("weak")),
                                      bool(entry.get("quoted")), bool(entry.get("research")),
                                      bool(entry.get("that")), bool(entry.get("document")),
                                      bool(entry.get("postposed")), bool(entry.get("addressee")),
                                      bool(entry.get("cognition")),
                                      entry.get("requires", ""))

    def alt(items, after=lambda item: ""):
        """The items as one alternation, longest first, each followed by ``after(item)`` (a lookahead)."""
        return "|".join(re.escape(i).replace(r"\ ", r"\s+") + after(i) for i in sorted(items, key=len, reverse=True))

    def required(form):
        """The words a form requires after it, as a lookahead ("held" only before "Israel responsible")."""
        return rf"(?=\s+(?i:{forms[form].requires}))" if forms[form].requires else ""

    def key_words(items, longest=False, lower=True):
        """One word each item's matches must contain (its first, or its longest), as ``WORD`` splits it."""
        keys = set()
        for item in items:
            words = WORD.findall(item.lower() if lower else item)
            keys.add(max(words, key=len) if longest else words[0])
        return frozenset(keys)

    adjuncts = alt(data.get("adjuncts", []))
    return {
        # Words a sentence must hold for each regex to have a chance: most sentences hold none, and a
        # set test is much cheaper than scanning with a long alternation.
        "verb_words": key_words(forms, lower=False),  # the verb regex is case-sensitive
        "noun_words": key_words(data.get("nouns", []), longest=True),
        "passive_words": key_words(data.get("passive_verbs", []), longest=True),
        "according_words": key_words(data.get("according", []), longest=True),
        "forms": forms,
        "research_subjects": frozenset(w.lower() for w in data.get("research_subjects", [])),
        # A research subject the speaker lexicon does not describe, all of the clause before its verb:
        # "The Meridian survey", "The commission's authors", "An inquiry by the UN", then adverbs.
        "research_np": re.compile(rf"(?P<np>(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w\-’']+\s+){{0,4}}?"
                                  rf"(?:{alt(data.get('research_subjects', []))})(?:[’']s(?:\s+[\w\-]+){{1,2}}|"
                                  rf"\s+(?:by|of|from|at|for|into)\s+[^,;:“”\"]{{1,60}}?)?)"
                                  rf"(?:\s+(?:also|later|then|\w+ly|has|have|had))*\s*$", re.IGNORECASE),
        # Case-sensitive: "States" in "the United States" is not the verb "states".
        # (a form that requires words after it matches only before them: everywhere, "held" is no verb in "the
        # ceremony held on Friday", only in "held Israel responsible")
        "verb": re.compile(rf"(?<![\w\-’'])({alt(forms, required)})(?![\w\-])"),
        # ("the claims of certain Western media that": whose they are may come between)
        "noun": re.compile(rf"(?<![\w\-])({alt(data.get('nouns', []))})(?:\s+(?:of|by)\s+[^,;:“”\"]{{2,60}}?)?\s+that\b",
                           re.IGNORECASE),
        # "The appellant's evidence was that", "Iran's position is that": the possessor's (see Extractor._noun)
        "copula_noun": re.compile(rf"(?<![\w\-])({alt(data.get('copula_nouns', []))})\s+(?:is|was|remains|remained|"
                                  rf"has\s+been|had\s+been|has\s+always\s+been)\s+that\b", re.IGNORECASE),
        "copula_noun_words": key_words(data.get("copula_nouns", []), longest=True),
        # "Kayhan’s headline the next morning was “...”": up to four words between the noun and its copula
        "copula_quote": re.compile(rf"(?<![\w\-])({alt(data.get('copula_quote_nouns', []))})"
                                   rf"(?:\s+[^\s,;:“”\"]+){{0,4}}?\s+(?:is|was|read|reads)"
                                   rf"(?:\s*:?|\s+[^“”\":;.!?]{{1,60}}:)\s*(?=[“\"])",  # ("was the most neutral of the day:")
                                   re.IGNORECASE),
        "copula_quote_words": key_words(data.get("copula_quote_nouns", []), longest=True),
        "passive": re.compile(rf"\b(?:{alt(data.get('passive_auxiliaries', []))})\s+(?:\w+ly\s+)?(?:also\s+)?"
                              rf"({alt(data.get('passive_verbs', []))})\s+by\s+", re.IGNORECASE),
        "according": re.compile(rf"\b({alt(data.get('according', []))})(?:\s*,\s*|\s+)", re.IGNORECASE),
        # (and a manner adverb set in commas: "said to me, very politely, “...”")
        "adjunct": re.compile(rf"\s*(?:,\s*)?(?:{TIME_ADJUNCT}|{adjuncts}|(?-i:(?:very\s+)?[a-z]{{3,}}ly)(?=\s*,))"
                              rf"(?![\w\-’']|\s*[’']s\b)\s*,?\s*", re.IGNORECASE),  # ("last night's strikes": no adjunct)
        "time": re.compile(TIME_ADJUNCT, re.IGNORECASE),
        "negator": re.compile(rf"(?<![\w\-])(?:{alt(data.get('negators', []))})(?![\w\-])", re.IGNORECASE),
    }
